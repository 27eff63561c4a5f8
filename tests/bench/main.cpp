// run-benchmarks: CityDeck's speed targets, each against a limit measured in the same run.
//   run-benchmarks            the full sets (50 MB of pages), then the ratios
//   run-benchmarks --smoke    tiny sets, to check the benchmarks still run (ctest)

#include "ParseBenchmarks.h"
#include "PayloadCorpus.h"

#include <QCoreApplication>

#include <benchmark/benchmark.h>

#include <cstdio>
#include <map>
#include <string>

namespace {
// Keeps each benchmark's bytes/s to print the ratios after the normal report.
class RatioReporter : public benchmark::ConsoleReporter
{
public:
    void ReportRuns(const std::vector<Run> &runs) override
    {
        ConsoleReporter::ReportRuns(runs);
        for (const Run &run : runs) {
            const auto it = run.counters.find("bytes_per_second");
            if (it != run.counters.end())
                bytesPerSecond[run.benchmark_name()] = it->second.value;
        }
    }
    std::map<std::string, double> bytesPerSecond;
};
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    bool smoke = false;
    std::vector<char *> args;
    for (int i = 0; i < argc; ++i) {
        if (std::string(argv[i]) == "--smoke")
            smoke = true;
        else
            args.push_back(argv[i]);
    }
    const QList<QByteArray> pages = PayloadCorpus::pages(smoke ? 1024 * 1024 : 50LL * 1024 * 1024);
    std::printf("parse corpus: %d pages, %.1f MB of normalized entities\n", int(pages.size()),
                PayloadCorpus::size(pages) / 1048576.0);
    ParseBenchmarks::registerAll(&pages);

    int benchArgc = int(args.size());
    std::string minTime = "--benchmark_min_time=0.01";
    if (smoke)
        args.push_back(minTime.data()), ++benchArgc;
    benchmark::Initialize(&benchArgc, args.data());
    RatioReporter reporter;
    benchmark::RunSpecifiedBenchmarks(&reporter);

    const double limit = reporter.bytesPerSecond["simdjson_ondemand_touch_all"];
    const double ours = reporter.bytesPerSecond["citydeck_payload_parser"];
    const double qt = reporter.bytesPerSecond["qjsondocument_reference"];
    if (limit > 0) {
        const double ratio = ours / limit;
        std::printf("\nRATIO parse: citydeck %.0f MB/s, simdjson On-Demand %.0f MB/s, QJsonDocument %.0f MB/s\n",
                    ours / 1e6, limit / 1e6, qt / 1e6);
        std::printf("RATIO parse (separate runs): citydeck / simdjson = %.1f %%; QJsonDocument / simdjson = %.1f %%\n",
                    ratio * 100, qt / limit * 100);
    }
    const int rounds = smoke ? 1 : 5;
    const double interleaved = ParseBenchmarks::interleavedRatio(pages, rounds);
    std::printf("RATIO parse (interleaved, median of %d): citydeck / simdjson = %.1f %% (target >= 40 %%) %s\n", rounds,
                interleaved * 100, interleaved >= 0.40 ? "MET" : "NOT MET");
    benchmark::Shutdown();
    return 0;
}
