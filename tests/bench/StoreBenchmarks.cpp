#include "StoreBenchmarks.h"

#include "BenchStats.h"

#include "core/EntityJson.h"
#include "core/IsoTime.h"
#include "ngsild/PayloadParser.h"
#include "store/CacheFile.h"
#include "store/Journal.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>

#include <algorithm>
#include <chrono>
#include <fcntl.h>
#include <simdjson.h>
#include <sqlite3.h>
#include <string>
#include <unistd.h>
#include <unordered_map>
#include <vector>

using namespace simdjson;
using Clock = std::chrono::steady_clock;

namespace {
constexpr qint64 kMinute = 60000;
constexpr qint64 kStep = 15 * kMinute;
constexpr int kSteps = 7 * 24 * 4; // 7 days of 15-minute values
const qint64 kStart = IsoTime::parse(std::string_view("2026-03-07T00:00:00Z"));
constexpr int kBenchVersion = 2;

double msSince(Clock::time_point t0)
{
    return std::chrono::duration<double, std::milli>(Clock::now() - t0).count();
}

// The limit: what any ingest must do at least — read each entity's id, type and attributes with
// simdjson, keep the statics as their raw JSON, and insert the same entity, series and
// observation rows with prepared statements (ids of entities and series cached in memory).
class LimitIngest
{
public:
    explicit LimitIngest(sqlite3 *db)
        : m_db(db)
    {
        sqlite3_prepare_v3(db, "INSERT INTO entity(uri, type, tenant, static_json, first_seen, last_seen) VALUES(?1, ?2, '', ?3, ?4, ?4)",
                           -1, SQLITE_PREPARE_PERSISTENT, &m_entity, nullptr);
        // A new series carries its first value as its newest, as the journal's do.
        sqlite3_prepare_v3(db, "INSERT INTO series(entity, name, dataset, last_at, last_unit, last_kind, last_vtype, last_num) "
                               "VALUES(?1, ?2, '', ?3, ?4, 0, 3, ?5)",
                           -1, SQLITE_PREPARE_PERSISTENT, &m_series, nullptr);
        sqlite3_prepare_v3(db, "INSERT OR IGNORE INTO observation(series, observed_at, received_at, kind, vtype, num, unit) "
                               "VALUES(?1, ?2, ?3, 0, 3, ?4, ?5)",
                           -1, SQLITE_PREPARE_PERSISTENT, &m_observation, nullptr);
        sqlite3_prepare_v3(db, "UPDATE series SET last_at = ?2, last_num = ?3 WHERE id = ?1 AND last_at <= ?2", -1,
                           SQLITE_PREPARE_PERSISTENT, &m_latest, nullptr);
    }
    ~LimitIngest()
    {
        sqlite3_finalize(m_entity);
        sqlite3_finalize(m_series);
        sqlite3_finalize(m_observation);
        sqlite3_finalize(m_latest);
    }

    qint64 page(const QByteArray &json, qint64 receivedAt)
    {
        qint64 values = 0;
        const padded_string padded(json.constData(), size_t(json.size()));
        ondemand::document doc = m_parser.iterate(padded);
        sqlite3_exec(m_db, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr);
        for (ondemand::object entity : doc.get_array()) {
            std::string_view id, type;
            std::string statics = "{";
            struct Row { std::string_view name; qint64 t; double v; std::string_view unit; };
            std::vector<Row> rows;
            for (auto field : entity) {
                const std::string_view key = field.unescaped_key();
                if (key == "id") {
                    id = field.value().get_string();
                } else if (key == "type") {
                    type = field.value().get_string();
                } else {
                    ondemand::object attr = field.value().get_object();
                    std::string_view raw = attr.raw_json();
                    attr.reset();
                    Row row{key, IsoTime::invalid, 0, {}};
                    for (auto part : attr) {
                        const std::string_view k = part.unescaped_key();
                        if (k == "observedAt")
                            row.t = IsoTime::parse(std::string_view(part.value().get_string()));
                        else if (k == "value" && part.value().type() == ondemand::json_type::number)
                            row.v = double(part.value().get_double());
                        else if (k == "unitCode")
                            row.unit = part.value().get_string();
                    }
                    if (row.t != IsoTime::invalid) {
                        rows.push_back(row);
                    } else {
                        if (statics.size() > 1)
                            statics += ',';
                        statics += '"';
                        statics += key;
                        statics += "\":";
                        statics += raw;
                    }
                }
            }
            statics += '}';
            sqlite3_reset(m_entity);
            // An entity seen before is not written again (the minimum: no statics comparison).
            auto known = m_entityRows.find(std::string(id));
            if (known == m_entityRows.end()) {
                sqlite3_bind_text(m_entity, 1, id.data(), int(id.size()), SQLITE_TRANSIENT);
                sqlite3_bind_text(m_entity, 2, type.data(), int(type.size()), SQLITE_TRANSIENT);
                sqlite3_bind_text(m_entity, 3, statics.data(), int(statics.size()), SQLITE_TRANSIENT);
                sqlite3_bind_int64(m_entity, 4, receivedAt);
                sqlite3_step(m_entity);
                known = m_entityRows.emplace(std::string(id), sqlite3_last_insert_rowid(m_db)).first;
            }
            const qint64 entityRow = known->second;
            for (const Row &r : rows) {
                std::string key = std::to_string(entityRow);
                key += '\x1f';
                key += r.name;
                auto it = m_seriesRows.find(key);
                if (it == m_seriesRows.end()) {
                    sqlite3_reset(m_series);
                    sqlite3_bind_int64(m_series, 1, entityRow);
                    sqlite3_bind_text(m_series, 2, r.name.data(), int(r.name.size()), SQLITE_TRANSIENT);
                    sqlite3_bind_int64(m_series, 3, r.t);
                    if (r.unit.empty())
                        sqlite3_bind_null(m_series, 4);
                    else
                        sqlite3_bind_text(m_series, 4, r.unit.data(), int(r.unit.size()), SQLITE_TRANSIENT);
                    sqlite3_bind_double(m_series, 5, r.v);
                    sqlite3_step(m_series);
                    it = m_seriesRows.emplace(key, sqlite3_last_insert_rowid(m_db)).first;
                } else {
                    // A known series: its newest value moves onto its row.
                    sqlite3_reset(m_latest);
                    sqlite3_bind_int64(m_latest, 1, it->second);
                    sqlite3_bind_int64(m_latest, 2, r.t);
                    sqlite3_bind_double(m_latest, 3, r.v);
                    sqlite3_step(m_latest);
                }
                sqlite3_reset(m_observation);
                sqlite3_bind_int64(m_observation, 1, it->second);
                sqlite3_bind_int64(m_observation, 2, r.t);
                sqlite3_bind_int64(m_observation, 3, receivedAt);
                sqlite3_bind_double(m_observation, 4, r.v);
                if (r.unit.empty())
                    sqlite3_bind_null(m_observation, 5);
                else
                    sqlite3_bind_text(m_observation, 5, r.unit.data(), int(r.unit.size()), SQLITE_TRANSIENT);
                sqlite3_step(m_observation);
                ++values;
            }
        }
        sqlite3_exec(m_db, "COMMIT", nullptr, nullptr, nullptr);
        return values;
    }

private:
    sqlite3 *m_db;
    ondemand::parser m_parser;
    sqlite3_stmt *m_entity = nullptr;
    sqlite3_stmt *m_series = nullptr;
    sqlite3_stmt *m_observation = nullptr;
    sqlite3_stmt *m_latest = nullptr;
    std::unordered_map<std::string, qint64> m_entityRows;
    std::unordered_map<std::string, qint64> m_seriesRows;
};

QString freshFile(const QString &dir, const QString &name)
{
    const QString path = dir + QLatin1Char('/') + name;
    for (const char *suffix : {"", "-wal", "-shm"})
        QFile::remove(path + QLatin1String(suffix));
    return path;
}

// Drops the file's pages from the OS cache (no root needed for one's own files).
void evict(const QString &path)
{
    for (const char *suffix : {"", "-wal", "-shm", "-state"}) {
        const int fd = ::open(QFile::encodeName(path + QLatin1String(suffix)).constData(), O_RDONLY);
        if (fd < 0)
            continue;
        ::fdatasync(fd);
        ::posix_fadvise(fd, 0, 0, POSIX_FADV_DONTNEED);
        ::close(fd);
    }
}

// Reads the file once, so that the cursor moves are timed as in an app that has been using its
// cache (its pages in the OS cache), not the disk; the cold case is timed by coldOpen().
void warm(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return;
    QByteArray buffer(1 << 20, Qt::Uninitialized);
    while (f.read(buffer.data(), buffer.size()) > 0) {
    }
}

// A journal of n entities (ten types), one numeric series each every 15 minutes for 7 days, and
// static name + location; written with raw SQL in primary-key order, the time index built last.
bool buildJournal(const QString &path, int n)
{
    CacheFile file;
    QString error;
    if (!file.open(path, &error)) {
        std::fprintf(stderr, "cannot create %s: %s\n", qPrintable(path), qPrintable(error));
        return false;
    }
    sqlite3 *db = file.db();
    file.exec("PRAGMA synchronous=OFF; DROP INDEX observation_time; BEGIN;");
    sqlite3_stmt *entity = nullptr, *series = nullptr, *obs = nullptr;
    sqlite3_prepare_v2(db, "INSERT INTO entity(id, uri, type, static_json, first_seen, last_seen) VALUES(?1, ?2, ?3, ?4, ?5, ?6)", -1, &entity, nullptr);
    sqlite3_prepare_v2(db, "INSERT INTO series(id, entity, name, last_at, last_unit, last_kind, last_vtype, last_num) "
                           "VALUES(?1, ?1, 'level', ?2, 'C62', 0, 3, ?3)", -1, &series, nullptr);
    sqlite3_prepare_v2(db, "INSERT INTO observation(series, observed_at, received_at, kind, vtype, num, unit) VALUES(?1, ?2, ?2, 0, 3, ?3, 'C62')",
                       -1, &obs, nullptr);
    QRandomGenerator random(20260314);
    for (int e = 1; e <= n; ++e) {
        const QByteArray uri = "urn:ngsi-ld:Sensor:s" + QByteArray::number(e);
        const QByteArray type = "Sensor" + QByteArray::number(e % 10);
        const double lon = 3.25 + random.bounded(1000) / 10000.0, lat = 49.82 + random.bounded(1000) / 10000.0;
        const QByteArray statics = "{\"name\":[{\"kind\":\"Property\",\"value\":\"Sensor " + QByteArray::number(e) +
                                   "\"}],\"location\":[{\"kind\":\"GeoProperty\",\"value\":{\"type\":\"Point\",\"coordinates\":[" +
                                   QByteArray::number(lon, 'f', 6) + "," + QByteArray::number(lat, 'f', 6) + "]}}]}";
        sqlite3_reset(entity);
        sqlite3_bind_int(entity, 1, e);
        sqlite3_bind_text(entity, 2, uri.constData(), int(uri.size()), SQLITE_TRANSIENT);
        sqlite3_bind_text(entity, 3, type.constData(), int(type.size()), SQLITE_TRANSIENT);
        sqlite3_bind_text(entity, 4, statics.constData(), int(statics.size()), SQLITE_TRANSIENT);
        sqlite3_bind_int64(entity, 5, kStart);
        sqlite3_bind_int64(entity, 6, kStart + kSteps * kStep);
        sqlite3_step(entity);
        double level = random.bounded(100);
        for (int s = 0; s < kSteps; ++s) {
            level = std::clamp(level + random.bounded(11) - 5, 0.0, 100.0);
            sqlite3_reset(obs);
            sqlite3_bind_int(obs, 1, e);
            sqlite3_bind_int64(obs, 2, kStart + s * kStep);
            sqlite3_bind_double(obs, 3, level);
            sqlite3_step(obs);
        }
        sqlite3_reset(series); // with its newest value, as the journal keeps it
        sqlite3_bind_int(series, 1, e);
        sqlite3_bind_int64(series, 2, kStart + (kSteps - 1) * kStep);
        sqlite3_bind_double(series, 3, level);
        sqlite3_step(series);
    }
    sqlite3_finalize(entity);
    sqlite3_finalize(series);
    sqlite3_finalize(obs);
    const QByteArray done = "COMMIT; CREATE INDEX observation_time ON observation(observed_at);"
                            "INSERT OR REPLACE INTO meta VALUES('bench', " + QByteArray::number(kBenchVersion) + "); PRAGMA wal_checkpoint(TRUNCATE);";
    return file.exec(done.constData(), &error);
}

bool ensureJournal(const QString &path, int n)
{
    if (QFile::exists(path)) {
        CacheFile file;
        QString error;
        if (file.open(path, &error)) {
            sqlite3_stmt *s = nullptr;
            sqlite3_prepare_v2(file.db(), "SELECT value FROM meta WHERE key='bench'", -1, &s, nullptr);
            const bool current = sqlite3_step(s) == SQLITE_ROW && sqlite3_column_int(s, 0) == kBenchVersion;
            sqlite3_finalize(s);
            if (current)
                return true;
        }
    }
    std::printf("building a journal of %d entities × %d values (kept for the next runs)…\n", n, kSteps);
    std::fflush(stdout);
    const auto t0 = Clock::now();
    const bool ok = buildJournal(freshFile(QFileInfo(path).absolutePath(), QFileInfo(path).fileName()), n);
    std::printf("  built in %.1f s\n", msSince(t0) / 1000);
    return ok;
}
} // namespace

QString StoreBenchmarks::journalPath(int entities, const QString &dir)
{
    return dir + QStringLiteral("/state-%1.sqlite").arg(entities);
}

StoreBenchmarks::Ingest StoreBenchmarks::ingest(const QList<QByteArray> &pages, const QString &dir, int rounds)
{
    Ingest result;
    std::vector<double> ratios, ours, limits, updates, updateLimits, updateRatios;
    const qint64 receivedAt = IsoTime::parse(std::string_view("2026-03-14T10:00:00Z"));
    {
        PayloadParser parser;
        for (const QByteArray &page : pages) {
            for (const Entity &e : parser.parse(page).entities) {
                for (const AttributeGroup &g : e.attributes())
                    result.attributeValues += qint64(g.instances().size());
            }
        }
    }
    for (int round = 0; round < rounds; ++round) {
        CacheFile limitFile, ourFile;
        QString error;
        limitFile.open(freshFile(dir, QStringLiteral("ingest-limit.sqlite")), &error);
        ourFile.open(freshFile(dir, QStringLiteral("ingest-ours.sqlite")), &error);
        LimitIngest limit(limitFile.db());
        Journal journal(&ourFile);
        PayloadParser parser;
        double limitMs = 0, ourMs = 0, limitUpdateMs = 0, ourUpdateMs = 0;
        qint64 limitValues = 0, ourValues = 0, limitUpdates = 0, ourUpdates = 0;
        for (const QByteArray &page : pages) {
            auto t0 = Clock::now();
            limitValues += limit.page(page, receivedAt);
            limitMs += msSince(t0);
            t0 = Clock::now();
            Journal::Stats stats;
            journal.append(parser.parse(page).entities, receivedAt, {}, &stats);
            ourValues += stats.observations;
            ourMs += msSince(t0);
        }
        // Then the live case: the same entities report again an hour later (new values only).
        for (QByteArray page : pages) {
            page.replace("T09:", "T10:");
            auto t0 = Clock::now();
            limitUpdates += limit.page(page, receivedAt + 3600000);
            limitUpdateMs += msSince(t0);
            t0 = Clock::now();
            Journal::Stats stats;
            journal.append(parser.parse(page).entities, receivedAt + 3600000, {}, &stats);
            ourUpdates += stats.observations;
            ourUpdateMs += msSince(t0);
        }
        updates.push_back(ourUpdates / ourUpdateMs * 1000);
        updateLimits.push_back(limitUpdates / limitUpdateMs * 1000);
        updateRatios.push_back(limitUpdateMs / ourUpdateMs);
        if (ourValues != limitValues || ourUpdates != limitUpdates)
            std::fprintf(stderr, "ingest: the two pipelines stored %lld and %lld values\n", ourValues, limitValues);
        result.values = ourValues;
        ours.push_back(ourValues / ourMs * 1000);
        limits.push_back(limitValues / limitMs * 1000);
        ratios.push_back(limitMs / ourMs);
    }
    result.oursValuesPerSecond = BenchStats::median(ours);
    result.limitValuesPerSecond = BenchStats::median(limits);
    result.ratio = BenchStats::median(ratios);
    result.updateValuesPerSecond = BenchStats::median(updates);
    result.updateLimitValuesPerSecond = BenchStats::median(updateLimits);
    result.updateRatio = BenchStats::median(updateRatios);
    return result;
}

StoreBenchmarks::State StoreBenchmarks::stateAt(int entities, const QString &dir, int moves)
{
    State result;
    result.entities = entities;
    const QString path = journalPath(entities, dir);
    if (!ensureJournal(path, entities))
        return result;
    result.fileMb = QFileInfo(path).size() / 1048576.0;
    warm(path);
    CacheFile file;
    QString error;
    file.open(path, &error);
    // A write, as a live session makes: the moves read the tables, not the state snapshot of the
    // last clean close (which only an untouched cache uses, and which is faster).
    file.exec("INSERT OR REPLACE INTO meta VALUES('bench-touched', 1)");
    Journal journal(&file);
    result.rows = journal.observationCount();
    QRandomGenerator random(7);
    std::vector<double> times;
    for (int m = 0; m <= moves; ++m) {
        const qint64 t = kStart + qint64(random.bounded(kSteps)) * kStep + random.bounded(int(kStep));
        const auto t0 = Clock::now();
        const std::vector<Entity> state = journal.stateAt(t);
        const double ms = msSince(t0);
        if (int(state.size()) != entities)
            std::fprintf(stderr, "state at T: %d entities instead of %d\n", int(state.size()), entities);
        if (m == 0)
            result.firstMs = ms;
        else
            times.push_back(ms);
    }
    result.medianMs = BenchStats::median(times);
    result.p95Ms = BenchStats::percentile(times, 0.95);
    return result;
}

StoreBenchmarks::ColdOpen StoreBenchmarks::coldOpen(int entities, const QString &dir)
{
    ColdOpen result;
    const QString path = journalPath(entities, dir);
    if (!ensureJournal(path, entities))
        return result;
    result.fileMb = QFileInfo(path).size() / 1048576.0;
    evict(path);
    const auto t0 = Clock::now();
    CacheFile file;
    QString error;
    if (!file.open(path, &error))
        return result;
    Journal journal(&file);
    // The first answer a dashboard needs: the newest time, then its type's state at that time.
    const qint64 newest = journal.timeRange().second;
    result.answered = int(journal.stateAt(newest, {QStringLiteral("Sensor3")}).size());
    result.ms = msSince(t0);
    return result;
}
