#include "store/Journal.h"

#include "core/EntityJson.h"
#include "core/JsonWriter.h"
#include "store/CacheFile.h"
#include "store/JournalReader.h"
#include "store/SqlStatements.h"
#include "store/StateSnapshot.h"
#include "store/StoreLog.h"
#include "store/ValueCodec.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <sqlite3.h>

// The newest value of a series within one batch, written to the series row at the end.
struct LatestValue
{
    qint64 observedAt = 0;
    ValueCodec::Row row;
    QByteArray unit; // UTF-8
    bool written = false; // already on the series row (it was created with it)
};

namespace {
constexpr qint64 kLastSeenResolution = 60 * 1000; // last_seen is kept to the minute

void bindText(sqlite3_stmt *s, int i, const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    sqlite3_bind_text(s, i, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
}

// An attribute instance is observed (journal rows) when it has samples or an observedAt.
bool isObserved(const Attribute &a)
{
    return a.hasSamples() || a.observedAt() != IsoTime::invalid;
}

// {"name":[…],…}: the statics as stored, from their per-attribute JSON.
QByteArray assemble(const QMap<QString, QByteArray> &statics)
{
    if (statics.isEmpty())
        return {};
    QByteArray json = "{";
    for (auto it = statics.cbegin(); it != statics.cend(); ++it) {
        if (json.size() > 1)
            json += ',';
        JsonWriter::string(json, it.key());
        json += ':';
        json += it.value();
    }
    return json + '}';
}

// A unit code, or NULL when there is none; the UTF-8 must outlive the statement's step.
void bindUnit(sqlite3_stmt *s, int i, const QByteArray &utf8)
{
    if (utf8.isEmpty())
        sqlite3_bind_null(s, i);
    else
        sqlite3_bind_text(s, i, utf8.constData(), int(utf8.size()), SQLITE_STATIC);
}

void bindLatest(sqlite3_stmt *s, int first, const LatestValue &v)
{
    sqlite3_bind_int64(s, first, v.observedAt);
    bindUnit(s, first + 1, v.unit);
    ValueCodec::bind(s, first + 2, v.row);
}
} // namespace

Journal::Journal(CacheFile *file)
    : m_file(file)
    , m_sql(std::make_unique<SqlStatements>(file->db()))
    , m_reader(std::make_unique<JournalReader>(m_sql.get()))
{
}

Journal::~Journal() = default;

const StateSnapshot *Journal::snapshot() const
{
    if (!m_snapshotRead) {
        m_snapshotRead = true;
        if (m_file->snapshotStamp() != 0 && m_file->unchangedSinceOpen())
            m_snapshot = StateSnapshot::read(StateSnapshot::pathFor(m_file->path()), quint64(m_file->snapshotStamp()));
    }
    if (m_snapshot && !m_file->unchangedSinceOpen())
        m_snapshot.reset(); // written since: the tables are the truth now
    return m_snapshot.get();
}

const QByteArray &Journal::unitUtf8(const QString &unitCode)
{
    auto it = m_unitUtf8.constFind(unitCode);
    if (it == m_unitUtf8.cend())
        it = m_unitUtf8.insert(unitCode, unitCode.toUtf8());
    return *it;
}

void Journal::forgetSession()
{
    // Cached rows may name rows of a rolled-back transaction.
    m_entities.clear();
    m_seriesRows.clear();
    m_reader->clear();
}

qint64 Journal::entityRow(const Entity &e, qint64 receivedAt, const QString &tenant, QString *error, qint64 knownSince)
{
    // Static attributes (no observedAt), per attribute as JSON: only what changed is written.
    QMap<QString, QByteArray> fresh;
    for (const AttributeGroup &g : e.attributes()) {
        QByteArray json;
        for (const Attribute &a : g.instances()) {
            if (isObserved(a))
                continue;
            json += json.isEmpty() ? '[' : ',';
            JsonWriter::attribute(json, a);
        }
        if (!json.isEmpty())
            fresh.insert(g.name(), json + ']');
    }
    EntityRow &known = m_entities[e.id];
    const qint64 firstSeen = knownSince != IsoTime::invalid && knownSince < receivedAt ? knownSince : receivedAt;
    if (known.row < 0) {
        sqlite3_stmt *insert = m_sql->get("INSERT INTO entity(uri, type, tenant, static_json, first_seen, last_seen) "
                                          "VALUES(?1, ?2, ?3, ?4, ?6, ?5) ON CONFLICT(uri) DO NOTHING");
        bindText(insert, 1, e.id);
        bindText(insert, 2, e.type());
        bindText(insert, 3, tenant);
        const QByteArray json = assemble(fresh);
        if (!json.isEmpty())
            sqlite3_bind_text(insert, 4, json.constData(), int(json.size()), SQLITE_TRANSIENT);
        sqlite3_bind_int64(insert, 5, receivedAt);
        sqlite3_bind_int64(insert, 6, firstSeen);
        if (sqlite3_step(insert) != SQLITE_DONE) {
            *error = m_file->lastError();
            return -1;
        }
        if (sqlite3_changes(m_file->db()) > 0) {
            known = {sqlite3_last_insert_rowid(m_file->db()), receivedAt, e.type(), fresh};
            m_reader->entityAdded();
            return known.row;
        }
        // Known from an earlier session: read what it holds, then merge below.
        sqlite3_stmt *read = m_sql->get("SELECT id, type, static_json, last_seen FROM entity WHERE uri = ?1");
        bindText(read, 1, e.id);
        const SqlDone done{read};
        if (sqlite3_step(read) != SQLITE_ROW) {
            *error = m_file->lastError();
            return -1;
        }
        known.row = sqlite3_column_int64(read, 0);
        known.type = QString::fromUtf8(sqlColumn(read, 1));
        known.lastSeen = sqlite3_column_int64(read, 3);
        // Written again the way fresh statics are, so that unchanged ones compare equal and the
        // first batch after a restart does not rewrite every entity.
        const QJsonObject stored = QJsonDocument::fromJson(sqlColumn(read, 2).toByteArray()).object();
        EntityDraft draft;
        draft.attributes = EntityJson::groupsFromJson(stored);
        const Entity statics = std::move(draft).toEntity();
        for (const AttributeGroup &g : statics.attributes()) {
            QByteArray json;
            JsonWriter::instances(json, g);
            known.statics.insert(g.name(), json);
        }
    }
    if (firstSeen < receivedAt) {
        // A history load reaches further back than this entity was known.
        sqlite3_stmt *earlier = m_sql->get("UPDATE entity SET first_seen = ?2 WHERE id = ?1 AND first_seen > ?2");
        sqlite3_bind_int64(earlier, 1, known.row);
        sqlite3_bind_int64(earlier, 2, firstSeen);
        if (sqlite3_step(earlier) != SQLITE_DONE) {
            *error = m_file->lastError();
            return -1;
        }
        sqlite3_reset(earlier);
        if (sqlite3_changes(m_file->db()) > 0)
            m_reader->entityAdded(); // first_seen is read with the entity list
    }
    bool changed = e.type() != known.type;
    for (auto it = fresh.cbegin(); it != fresh.cend(); ++it) {
        QByteArray &current = known.statics[it.key()];
        if (current != it.value()) {
            current = it.value();
            changed = true;
        }
    }
    if (changed) {
        sqlite3_stmt *update = m_sql->get("UPDATE entity SET type = ?2, static_json = ?3, last_seen = max(last_seen, ?4) WHERE id = ?1");
        sqlite3_bind_int64(update, 1, known.row);
        bindText(update, 2, e.type());
        const QByteArray json = assemble(known.statics);
        sqlite3_bind_text(update, 3, json.constData(), int(json.size()), SQLITE_TRANSIENT);
        sqlite3_bind_int64(update, 4, receivedAt);
        if (sqlite3_step(update) != SQLITE_DONE) {
            *error = m_file->lastError();
            return -1;
        }
        known.type = e.type();
        known.lastSeen = std::max(known.lastSeen, receivedAt);
        m_reader->entityChanged(known.row);
    } else if (receivedAt >= known.lastSeen + kLastSeenResolution) {
        m_touched.append(m_touched.isEmpty() ? "[" : ",").append(QByteArray::number(known.row));
        known.lastSeen = receivedAt;
    }
    return known.row;
}

qint64 Journal::seriesRow(qint64 entity, const QString &name, const QString &dataset, const LatestValue *first, bool *prefilled,
                          QString *error)
{
    *prefilled = false;
    const SeriesKey key{entity, name, dataset};
    if (const auto it = m_seriesRows.constFind(key); it != m_seriesRows.cend())
        return *it;
    // A new series is created with its first value as its newest: no second write for it.
    sqlite3_stmt *s = m_sql->get("INSERT INTO series(entity, name, dataset, last_at, last_unit, last_kind, last_vtype, last_num, "
                                 "last_text, last_extra) VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10) "
                                 "ON CONFLICT(entity, name, dataset) DO NOTHING");
    sqlite3_bind_int64(s, 1, entity);
    bindText(s, 2, name);
    bindText(s, 3, dataset);
    if (first)
        bindLatest(s, 4, *first);
    if (sqlite3_step(s) != SQLITE_DONE) {
        *error = m_file->lastError();
        return -1;
    }
    qint64 row = -1;
    if (sqlite3_changes(m_file->db()) > 0) {
        row = sqlite3_last_insert_rowid(m_file->db());
        *prefilled = first != nullptr;
    } else {
        sqlite3_stmt *read = m_sql->get("SELECT id FROM series WHERE entity = ?1 AND name = ?2 AND dataset = ?3");
        sqlite3_bind_int64(read, 1, entity);
        bindText(read, 2, name);
        bindText(read, 3, dataset);
        const SqlDone done{read};
        if (sqlite3_step(read) != SQLITE_ROW) {
            *error = m_file->lastError();
            return -1;
        }
        row = sqlite3_column_int64(read, 0);
    }
    m_seriesRows.insert(key, row);
    return row;
}

bool Journal::append(const std::vector<Entity> &entities, qint64 receivedAt, const QString &tenant, Stats *stats, QString *error,
                     qint64 knownSince)
{
    QString problem;
    Stats counted;
    if (!m_file->exec("BEGIN IMMEDIATE", &problem)) {
        if (error)
            *error = problem;
        return false;
    }
    m_touched.clear();
    auto fail = [&](const QString &why) {
        m_file->exec("ROLLBACK");
        forgetSession();
        if (error)
            *error = why;
        return false;
    };
    QHash<qint64, LatestValue> newest; // series → its newest value in this batch
    for (const Entity &e : entities) {
        if (e.id.isEmpty())
            continue;
        const qint64 entity = entityRow(e, receivedAt, tenant, &problem, knownSince);
        if (entity < 0)
            return fail(problem);
        ++counted.entities;
        for (const AttributeGroup &g : e.attributes()) {
            for (const Attribute &a : g.instances()) {
                if (!isObserved(a))
                    continue;
                const QByteArray &unit = unitUtf8(a.unitCode());
                // A single value can go onto a new series row as it is created.
                LatestValue single;
                const bool isSingle = !a.hasSamples();
                if (isSingle)
                    single = {a.observedAt(), ValueCodec::encode(a), unit, false};
                bool prefilled = false;
                const qint64 series = seriesRow(entity, g.name(), a.datasetId(), isSingle ? &single : nullptr, &prefilled, &problem);
                if (series < 0)
                    return fail(problem);
                auto write = [&](qint64 observedAt, const ValueCodec::Row &row) {
                    sqlite3_stmt *insert = m_sql->get("INSERT OR IGNORE INTO observation(series, observed_at, received_at, unit, "
                                                      "kind, vtype, num, text, extra) VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)");
                    sqlite3_bind_int64(insert, 1, series);
                    sqlite3_bind_int64(insert, 2, observedAt);
                    sqlite3_bind_int64(insert, 3, receivedAt);
                    bindUnit(insert, 4, unit);
                    ValueCodec::bind(insert, 5, row);
                    if (sqlite3_step(insert) != SQLITE_DONE)
                        return false;
                    if (sqlite3_changes(m_file->db()) == 0) {
                        ++counted.duplicates;
                        return true;
                    }
                    ++counted.observations;
                    const auto known = newest.constFind(series);
                    if (known == newest.cend() || observedAt > known->observedAt)
                        newest.insert(series, {observedAt, row, unit, prefilled && observedAt == single.observedAt});
                    return true;
                };
                if (isSingle) {
                    if (!write(a.observedAt(), single.row))
                        return fail(m_file->lastError());
                } else {
                    for (const TemporalSample &s : a.samples()) {
                        if (s.observedAt == IsoTime::invalid || !s.method.isEmpty())
                            continue; // aggregates are recomputed here, not journaled
                        if (!write(s.observedAt, ValueCodec::encode(a, &s.value)))
                            return fail(m_file->lastError());
                    }
                }
            }
        }
    }
    // Entities seen again without any change: last_seen for all of them in one statement.
    if (!m_touched.isEmpty()) {
        m_touched += ']';
        sqlite3_stmt *touch = m_sql->get("UPDATE entity SET last_seen = max(last_seen, ?1) WHERE id IN (SELECT value FROM json_each(?2))");
        sqlite3_bind_int64(touch, 1, receivedAt);
        sqlite3_bind_text(touch, 2, m_touched.constData(), int(m_touched.size()), SQLITE_STATIC);
        const bool touched = sqlite3_step(touch) == SQLITE_DONE;
        m_touched.clear();
        if (!touched)
            return fail(m_file->lastError());
    }
    // Each series' newest value onto its row, unless older than what the row holds (a backfill).
    for (auto it = newest.cbegin(); it != newest.cend(); ++it) {
        if (it->written)
            continue;
        sqlite3_stmt *update = m_sql->get("UPDATE series SET last_at = ?2, last_unit = ?3, last_kind = ?4, last_vtype = ?5, "
                                          "last_num = ?6, last_text = ?7, last_extra = ?8 "
                                          "WHERE id = ?1 AND (last_at IS NULL OR last_at <= ?2)");
        sqlite3_bind_int64(update, 1, it.key());
        bindLatest(update, 2, *it);
        if (sqlite3_step(update) != SQLITE_DONE)
            return fail(m_file->lastError());
    }
    if (!m_file->exec("COMMIT", &problem))
        return fail(problem);
    if (stats)
        *stats = counted;
    return true;
}

std::vector<Entity> Journal::stateAt(qint64 t, const QStringList &types, const QStringList &ids)
{
    return m_reader->stateAt(t, types, ids, snapshot());
}

qint64 Journal::seriesOf(const QString &entityId, const QString &attribute, const QString &dataset)
{
    sqlite3_stmt *s = m_sql->get("SELECT s.id FROM series s JOIN entity e ON e.id = s.entity WHERE e.uri=?1 AND s.name=?2 AND s.dataset=?3");
    bindText(s, 1, entityId);
    bindText(s, 2, attribute);
    bindText(s, 3, dataset);
    const SqlDone done{s};
    return sqlite3_step(s) == SQLITE_ROW ? sqlite3_column_int64(s, 0) : -1;
}

QList<TemporalSample> Journal::series(const QString &entityId, const QString &attribute, qint64 from, qint64 to, const QString &datasetId)
{
    QList<TemporalSample> out;
    const qint64 series = seriesOf(entityId, attribute, datasetId);
    if (series < 0)
        return out;
    sqlite3_stmt *s = m_sql->get("SELECT observed_at, kind, vtype, num, text, extra FROM observation "
                                 "WHERE series=?1 AND observed_at BETWEEN ?2 AND ?3 ORDER BY observed_at");
    sqlite3_bind_int64(s, 1, series);
    sqlite3_bind_int64(s, 2, from);
    sqlite3_bind_int64(s, 3, to);
    while (sqlite3_step(s) == SQLITE_ROW) {
        const AttributeDraft a = ValueCodec::decode(ValueCodec::read(s, 1));
        TemporalSample sample;
        sample.value = a.kind == Attribute::Kind::Relationship ? QVariant(a.objects.value(0)) : a.value;
        if (a.kind == Attribute::Kind::GeoProperty)
            sample.value = QVariant::fromValue(QJsonValue(a.geometry.toGeoJson()));
        sample.observedAt = sqlite3_column_int64(s, 0);
        out << sample;
    }
    return out;
}

qint64 Journal::prune(qint64 before, QString *error)
{
    // Fold numbers into hourly aggregates first (kept longer for KPI review), then delete. An
    // hour already folded in part (an earlier prune cut through it) is merged, not replaced.
    const QByteArray cut = QByteArray::number(before);
    const QByteArray fold = "BEGIN IMMEDIATE;"
                            "INSERT INTO hourly(series, hour, n, mean, low, high) "
                            "SELECT series, observed_at / 3600000, count(*), avg(num), min(num), max(num) FROM observation "
                            "WHERE observed_at < " + cut + " AND vtype IN (1, 2, 3) GROUP BY series, observed_at / 3600000 "
                            "ON CONFLICT(series, hour) DO UPDATE SET mean = (mean * n + excluded.mean * excluded.n) / (n + excluded.n), "
                            "n = n + excluded.n, low = min(low, excluded.low), high = max(high, excluded.high);"
                            "DELETE FROM observation WHERE observed_at < " + cut + ";";
    if (!m_file->exec(fold.constData(), error)) {
        m_file->exec("ROLLBACK");
        return -1;
    }
    const qint64 deleted = m_file->changes();
    if (!m_file->exec("COMMIT", error)) {
        m_file->exec("ROLLBACK");
        return -1;
    }
    return deleted;
}

QList<TemporalSample> Journal::hourly(const QString &entityId, const QString &attribute, qint64 from, qint64 to)
{
    QList<TemporalSample> out;
    const qint64 series = seriesOf(entityId, attribute, QString());
    sqlite3_stmt *s = m_sql->get("SELECT hour, mean, low, high FROM hourly WHERE series=?1 AND hour BETWEEN ?2 AND ?3 ORDER BY hour");
    sqlite3_bind_int64(s, 1, series);
    sqlite3_bind_int64(s, 2, from / 3600000);
    sqlite3_bind_int64(s, 3, to / 3600000);
    while (sqlite3_step(s) == SQLITE_ROW) {
        const qint64 start = sqlite3_column_int64(s, 0) * 3600000;
        const char *methods[] = {"avg", "min", "max"};
        for (int m = 0; m < 3; ++m)
            out << TemporalSample{sqlite3_column_double(s, 1 + m), start, start + 3600000, QString::fromLatin1(methods[m])};
    }
    return out;
}

qint64 Journal::observationCount() const
{
    sqlite3_stmt *s = m_sql->get("SELECT count(*) FROM observation");
    const SqlDone done{s};
    return sqlite3_step(s) == SQLITE_ROW ? sqlite3_column_int64(s, 0) : 0;
}

bool Journal::isEmpty() const
{
    sqlite3_stmt *s = m_sql->get("SELECT 1 FROM observation LIMIT 1");
    const SqlDone done{s};
    return sqlite3_step(s) != SQLITE_ROW;
}

int Journal::entityCount() const
{
    if (const StateSnapshot *snap = snapshot())
        return int(snap->entities.size());
    sqlite3_stmt *s = m_sql->get("SELECT count(*) FROM entity");
    const SqlDone done{s};
    return sqlite3_step(s) == SQLITE_ROW ? sqlite3_column_int(s, 0) : 0;
}

QStringList Journal::types() const
{
    if (const StateSnapshot *snap = snapshot())
        return snap->types;
    QStringList out;
    sqlite3_stmt *s = m_sql->get("SELECT DISTINCT type FROM entity ORDER BY type");
    while (sqlite3_step(s) == SQLITE_ROW)
        out << QString::fromUtf8(sqlColumn(s, 0));
    return out;
}

std::pair<qint64, qint64> Journal::timeRange() const
{
    if (const StateSnapshot *snap = snapshot())
        return snap->hasRange ? std::pair{snap->oldest, snap->newest} : std::pair{IsoTime::invalid, IsoTime::invalid};
    sqlite3_stmt *s = m_sql->get(kTimeRangeSql);
    const SqlDone done{s};
    if (sqlite3_step(s) != SQLITE_ROW || sqlite3_column_type(s, 0) == SQLITE_NULL)
        return {IsoTime::invalid, IsoTime::invalid};
    return {sqlite3_column_int64(s, 0), sqlite3_column_int64(s, 1)};
}
