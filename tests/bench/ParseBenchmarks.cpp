#include "ParseBenchmarks.h"

#include "ModelFloor.h"
#include "PayloadCorpus.h"
#include "ngsild/PayloadParser.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <benchmark/benchmark.h>
#include <algorithm>
#include <chrono>
#include <vector>
#include <simdjson.h>

using namespace simdjson;

namespace {
// Reads every scalar of a value (keys included), as a minimal consumer of the data must.
double touch(ondemand::value value)
{
    switch (value.type()) {
    case ondemand::json_type::object: {
        double sum = 0;
        for (auto field : value.get_object()) {
            sum += double(std::string_view(field.unescaped_key()).size());
            sum += touch(field.value());
        }
        return sum;
    }
    case ondemand::json_type::array: {
        double sum = 0;
        for (ondemand::value item : value.get_array())
            sum += touch(item);
        return sum;
    }
    case ondemand::json_type::number:
        return double(value.get_double());
    case ondemand::json_type::string:
        return double(std::string_view(value.get_string()).size());
    case ondemand::json_type::boolean:
        return bool(value.get_bool()) ? 1 : 0;
    case ondemand::json_type::null:
        return value.is_null() ? 0 : 1;
    }
    return 0;
}
} // namespace

double ParseBenchmarks::simdjsonTraversal(const QList<QByteArray> &pages)
{
    static ondemand::parser parser;
    double sum = 0;
    for (const QByteArray &page : pages) {
        const padded_string padded(page.constData(), size_t(page.size())); // the client copies too
        ondemand::document doc = parser.iterate(padded);
        for (ondemand::value entity : doc.get_array())
            sum += touch(entity);
    }
    return sum;
}

ParseBenchmarks::Interleaved ParseBenchmarks::interleaved(const QList<QByteArray> &pages, int rounds)
{
    using Clock = std::chrono::steady_clock;
    PayloadParser parser;
    std::vector<Entity> prototypes = parser.parse(pages.value(0)).entities;
    prototypes.resize(std::min<size_t>(prototypes.size(), 64)); // few enough to stay in cache
    const ModelFloor floor(std::move(prototypes));
    Interleaved out;
    out.unfaithful = floor.unfaithful();
    if (!out.unfaithful.isEmpty())
        return out; // no timing: the floor would not be about the same model
    for (int round = 0; round < rounds; ++round) {
        Clock::duration limitTime{}, ourTime{}, floorTime{};
        for (const QByteArray &page : pages) {
            const QList<QByteArray> one{page};
            size_t entities = 0;
            auto t0 = Clock::now();
            benchmark::DoNotOptimize(simdjsonTraversal(one));
            auto t1 = Clock::now();
            {
                ParseResult r = parser.parse(page);
                entities = r.entities.size();
                benchmark::DoNotOptimize(r.entities.data());
            } // the model is freed inside the timed part, as in the throughput benchmark
            auto t2 = Clock::now();
            benchmark::DoNotOptimize(floor.buildAndFree(entities));
            auto t3 = Clock::now();
            limitTime += t1 - t0;
            ourTime += t2 - t1;
            floorTime += t3 - t2;
        }
        out.ratios.push_back(double(limitTime.count()) / double(ourTime.count()));
        out.floorShares.push_back(double(floorTime.count()) / double(limitTime.count()));
    }
    std::sort(out.ratios.begin(), out.ratios.end());
    std::sort(out.floorShares.begin(), out.floorShares.end());
    return out;
}

void ParseBenchmarks::registerAll(const QList<QByteArray> *pages)
{
    const qint64 bytes = PayloadCorpus::size(*pages);
    benchmark::RegisterBenchmark("simdjson_ondemand_touch_all", [pages, bytes](benchmark::State &state) {
        for (auto _ : state)
            benchmark::DoNotOptimize(simdjsonTraversal(*pages));
        state.SetBytesProcessed(state.iterations() * bytes);
    })->Unit(benchmark::kMillisecond);
    benchmark::RegisterBenchmark("citydeck_payload_parser", [pages, bytes](benchmark::State &state) {
        PayloadParser parser;
        size_t entities = 0;
        for (auto _ : state) {
            for (const QByteArray &page : *pages) {
                ParseResult r = parser.parse(page);
                entities += r.entities.size();
                benchmark::DoNotOptimize(r.entities.data());
            }
        }
        state.SetBytesProcessed(state.iterations() * bytes);
        state.counters["entities"] = benchmark::Counter(double(entities), benchmark::Counter::kIsRate);
    })->Unit(benchmark::kMillisecond);
    benchmark::RegisterBenchmark("qjsondocument_reference", [pages, bytes](benchmark::State &state) {
        for (auto _ : state) {
            for (const QByteArray &page : *pages)
                benchmark::DoNotOptimize(QJsonDocument::fromJson(page).array().size());
        }
        state.SetBytesProcessed(state.iterations() * bytes);
    })->Unit(benchmark::kMillisecond);
}
