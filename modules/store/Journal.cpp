#include "store/Journal.h"

#include "core/EntityJson.h"
#include "store/CacheFile.h"
#include "store/StoreLog.h"
#include "store/ValueCodec.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <sqlite3.h>

namespace {
void bindText(sqlite3_stmt *s, int i, const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    sqlite3_bind_text(s, i, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
}

void bindBytes(sqlite3_stmt *s, int i, const QByteArray &bytes, bool present)
{
    if (present)
        sqlite3_bind_text(s, i, bytes.constData(), int(bytes.size()), SQLITE_TRANSIENT);
    else
        sqlite3_bind_null(s, i);
}

QString columnText(sqlite3_stmt *s, int i)
{
    return QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(s, i)), sqlite3_column_bytes(s, i));
}

// Resets a statement read for one row: a statement left on a row keeps its read transaction
// open, which pins the WAL (no checkpoint past it) and makes this connection's next write fail
// at once with SQLITE_BUSY_SNAPSHOT instead of waiting its turn.
struct Done
{
    sqlite3_stmt *s;
    ~Done() { sqlite3_reset(s); }
};

// An attribute instance is observed (journal rows) when it has samples or an observedAt.
bool isObserved(const Attribute &a)
{
    return !a.samples().isEmpty() || a.observedAt != IsoTime::invalid;
}
} // namespace

Journal::Journal(CacheFile *file)
    : m_file(file)
{
}

Journal::~Journal()
{
    for (sqlite3_stmt *s : std::as_const(m_statements))
        sqlite3_finalize(s);
}

sqlite3_stmt *Journal::prepare(const char *sql)
{
    sqlite3_stmt *&stmt = m_statements[QByteArray(sql)];
    if (!stmt && sqlite3_prepare_v3(m_file->db(), sql, -1, SQLITE_PREPARE_PERSISTENT, &stmt, nullptr) != SQLITE_OK) {
        qCWarning(lcStore) << "cannot prepare" << sql << m_file->lastError();
        stmt = nullptr;
    }
    if (stmt) {
        sqlite3_reset(stmt);
        sqlite3_clear_bindings(stmt);
    }
    return stmt;
}

qint64 Journal::entityRow(const Entity &e, qint64 receivedAt, const QString &tenant, QString *error)
{
    // Static attributes (no observedAt): kept as the entity's JSON, merged with what was known.
    Entity statics;
    for (const AttributeGroup &g : e.attributes) {
        AttributeGroup kept{g.name, {}};
        for (const Attribute &a : g.instances) {
            if (!isObserved(a))
                kept.instances.push_back(a);
        }
        if (!kept.instances.empty())
            statics.attributes.push_back(std::move(kept));
    }
    QByteArray json;
    if (!statics.attributes.empty()) {
        QJsonObject merged = EntityJson::toJson(statics).value(QStringLiteral("attrs")).toObject();
        const QByteArray before = m_staticJson.value(e.id);
        if (!before.isEmpty()) {
            QJsonObject old = QJsonDocument::fromJson(before).object();
            for (auto it = merged.begin(); it != merged.end(); ++it)
                old.insert(it.key(), it.value());
            merged = old;
        }
        json = QJsonDocument(merged).toJson(QJsonDocument::Compact);
    }
    auto known = m_entityRows.constFind(e.id);
    if (known != m_entityRows.cend() && (json.isEmpty() || json == m_staticJson.value(e.id))) {
        sqlite3_stmt *touch = prepare("UPDATE entity SET last_seen=max(last_seen, ?2) WHERE id=?1");
        sqlite3_bind_int64(touch, 1, *known);
        sqlite3_bind_int64(touch, 2, receivedAt);
        sqlite3_step(touch);
        return *known;
    }
    sqlite3_stmt *upsert = prepare(
        "INSERT INTO entity(uri, type, tenant, static_json, first_seen, last_seen) VALUES(?1, ?2, ?3, ?4, ?5, ?5) "
        "ON CONFLICT(uri) DO UPDATE SET type=excluded.type, static_json=coalesce(excluded.static_json, static_json), "
        "first_seen=min(first_seen, excluded.first_seen), last_seen=max(last_seen, excluded.last_seen) RETURNING id, static_json");
    bindText(upsert, 1, e.id);
    bindText(upsert, 2, e.type());
    bindText(upsert, 3, tenant);
    bindBytes(upsert, 4, json, !json.isEmpty());
    sqlite3_bind_int64(upsert, 5, receivedAt);
    if (sqlite3_step(upsert) != SQLITE_ROW) {
        *error = m_file->lastError();
        return -1;
    }
    const qint64 row = sqlite3_column_int64(upsert, 0);
    m_staticJson.insert(e.id, QByteArray(reinterpret_cast<const char *>(sqlite3_column_blob(upsert, 1)), sqlite3_column_bytes(upsert, 1)));
    sqlite3_step(upsert); // RETURNING: finish the statement
    m_entityRows.insert(e.id, row);
    return row;
}

qint64 Journal::seriesRow(qint64 entity, const QString &name, const QString &dataset, QString *error)
{
    const QString key = QString::number(entity) + QChar(0x1f) + name + QChar(0x1f) + dataset;
    if (const auto it = m_seriesRows.constFind(key); it != m_seriesRows.cend())
        return *it;
    sqlite3_stmt *s = prepare("INSERT INTO series(entity, name, dataset) VALUES(?1, ?2, ?3) "
                              "ON CONFLICT(entity, name, dataset) DO UPDATE SET name=excluded.name RETURNING id");
    sqlite3_bind_int64(s, 1, entity);
    bindText(s, 2, name);
    bindText(s, 3, dataset);
    if (sqlite3_step(s) != SQLITE_ROW) {
        *error = m_file->lastError();
        return -1;
    }
    const qint64 row = sqlite3_column_int64(s, 0);
    sqlite3_step(s);
    m_seriesRows.insert(key, row);
    return row;
}

bool Journal::append(const std::vector<Entity> &entities, qint64 receivedAt, const QString &tenant, Stats *stats, QString *error)
{
    QString problem;
    Stats counted;
    if (!m_file->exec("BEGIN IMMEDIATE", &problem)) {
        if (error)
            *error = problem;
        return false;
    }
    auto fail = [&](const QString &why) {
        m_file->exec("ROLLBACK");
        // Cached rows may name rows of the rolled-back transaction: forget them.
        m_entityRows.clear();
        m_staticJson.clear();
        m_seriesRows.clear();
        if (error)
            *error = why;
        return false;
    };
    sqlite3_stmt *insert = nullptr;
    for (const Entity &e : entities) {
        if (e.id.isEmpty())
            continue;
        const qint64 entity = entityRow(e, receivedAt, tenant, &problem);
        if (entity < 0)
            return fail(problem);
        ++counted.entities;
        for (const AttributeGroup &g : e.attributes) {
            for (const Attribute &a : g.instances) {
                if (!isObserved(a))
                    continue;
                const qint64 series = seriesRow(entity, g.name, a.datasetId(), &problem);
                if (series < 0)
                    return fail(problem);
                auto write = [&](qint64 observedAt, const ValueCodec::Row &row) {
                    insert = prepare("INSERT OR IGNORE INTO observation(series, observed_at, received_at, kind, vtype, num, text, unit, extra) "
                                     "VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)");
                    sqlite3_bind_int64(insert, 1, series);
                    sqlite3_bind_int64(insert, 2, observedAt);
                    sqlite3_bind_int64(insert, 3, receivedAt);
                    sqlite3_bind_int(insert, 4, row.kind);
                    sqlite3_bind_int(insert, 5, row.vtype);
                    if (row.hasNum)
                        sqlite3_bind_double(insert, 6, row.num);
                    bindBytes(insert, 7, row.text, row.hasText);
                    if (!a.unitCode.isEmpty())
                        bindText(insert, 8, a.unitCode);
                    bindBytes(insert, 9, row.extra, !row.extra.isEmpty());
                    if (sqlite3_step(insert) != SQLITE_DONE)
                        return false;
                    (sqlite3_changes(m_file->db()) ? counted.observations : counted.duplicates) += 1;
                    return true;
                };
                if (a.samples().isEmpty()) {
                    if (!write(a.observedAt, ValueCodec::encode(a)))
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
    if (!m_file->exec("COMMIT", &problem))
        return fail(problem);
    if (stats)
        *stats = counted;
    return true;
}

std::vector<Entity> Journal::stateAt(qint64 t, const QStringList &types, const QStringList &ids)
{
    std::vector<Entity> out;
    sqlite3_stmt *entities = prepare("SELECT id, uri, type, static_json, first_seen FROM entity ORDER BY uri");
    sqlite3_stmt *seriesList = nullptr;
    // Collect the rows first: the statements below reuse the connection.
    struct Row { qint64 id; QString uri, type; QByteArray statics; qint64 firstSeen; };
    QList<Row> rows;
    while (sqlite3_step(entities) == SQLITE_ROW) {
        Row r{sqlite3_column_int64(entities, 0), columnText(entities, 1), columnText(entities, 2),
              QByteArray(reinterpret_cast<const char *>(sqlite3_column_blob(entities, 3)), sqlite3_column_bytes(entities, 3)),
              sqlite3_column_int64(entities, 4)};
        if ((!types.isEmpty() && !types.contains(r.type)) || (!ids.isEmpty() && !ids.contains(r.uri)))
            continue;
        rows << r;
    }
    for (const Row &r : std::as_const(rows)) {
        Entity e;
        e.id = r.uri;
        e.types << r.type;
        if (!r.statics.isEmpty())
            e.attributes = EntityJson::groupsFromJson(QJsonDocument::fromJson(r.statics).object());
        seriesList = prepare("SELECT s.name, s.dataset, o.observed_at, o.unit, o.kind, o.vtype, o.num, o.text, o.extra FROM series s "
                             "JOIN observation o ON o.series = s.id AND o.observed_at = "
                             "(SELECT max(observed_at) FROM observation WHERE series = s.id AND observed_at <= ?2) "
                             "WHERE s.entity = ?1");
        sqlite3_bind_int64(seriesList, 1, r.id);
        sqlite3_bind_int64(seriesList, 2, t);
        bool observed = false;
        while (sqlite3_step(seriesList) == SQLITE_ROW) {
            Attribute a = ValueCodec::decode(ValueCodec::read(seriesList, 4));
            a.observedAt = sqlite3_column_int64(seriesList, 2);
            a.unitCode = columnText(seriesList, 3);
            const QString dataset = columnText(seriesList, 1);
            if (!dataset.isEmpty())
                a.details().datasetId = dataset;
            e.groupFor(columnText(seriesList, 0)).instances.push_back(std::move(a));
            observed = true;
        }
        if (observed || r.firstSeen <= t)
            out.push_back(std::move(e));
    }
    return out;
}

qint64 Journal::seriesOf(const QString &entityId, const QString &attribute, const QString &dataset)
{
    sqlite3_stmt *s = prepare("SELECT s.id FROM series s JOIN entity e ON e.id = s.entity WHERE e.uri=?1 AND s.name=?2 AND s.dataset=?3");
    bindText(s, 1, entityId);
    bindText(s, 2, attribute);
    bindText(s, 3, dataset);
    const Done done{s};
    return sqlite3_step(s) == SQLITE_ROW ? sqlite3_column_int64(s, 0) : -1;
}

QList<TemporalSample> Journal::series(const QString &entityId, const QString &attribute, qint64 from, qint64 to, const QString &datasetId)
{
    QList<TemporalSample> out;
    const qint64 series = seriesOf(entityId, attribute, datasetId);
    if (series < 0)
        return out;
    sqlite3_stmt *s = prepare("SELECT observed_at, kind, vtype, num, text, extra FROM observation "
                              "WHERE series=?1 AND observed_at BETWEEN ?2 AND ?3 ORDER BY observed_at");
    sqlite3_bind_int64(s, 1, series);
    sqlite3_bind_int64(s, 2, from);
    sqlite3_bind_int64(s, 3, to);
    while (sqlite3_step(s) == SQLITE_ROW) {
        const Attribute a = ValueCodec::decode(ValueCodec::read(s, 1));
        TemporalSample sample;
        sample.value = a.kind == Attribute::Kind::Relationship ? QVariant(a.object()) : a.value;
        if (a.kind == Attribute::Kind::GeoProperty)
            sample.value = QVariant::fromValue(QJsonValue(a.geometry().toGeoJson()));
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
    sqlite3_stmt *s = prepare("SELECT hour, mean, low, high FROM hourly WHERE series=?1 AND hour BETWEEN ?2 AND ?3 ORDER BY hour");
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
    sqlite3_stmt *s = const_cast<Journal *>(this)->prepare("SELECT count(*) FROM observation");
    const Done done{s};
    return sqlite3_step(s) == SQLITE_ROW ? sqlite3_column_int64(s, 0) : 0;
}

int Journal::entityCount() const
{
    sqlite3_stmt *s = const_cast<Journal *>(this)->prepare("SELECT count(*) FROM entity");
    const Done done{s};
    return sqlite3_step(s) == SQLITE_ROW ? sqlite3_column_int(s, 0) : 0;
}

QStringList Journal::types() const
{
    QStringList out;
    sqlite3_stmt *s = const_cast<Journal *>(this)->prepare("SELECT DISTINCT type FROM entity ORDER BY type");
    while (sqlite3_step(s) == SQLITE_ROW)
        out << columnText(s, 0);
    return out;
}

std::pair<qint64, qint64> Journal::timeRange() const
{
    sqlite3_stmt *s = const_cast<Journal *>(this)->prepare("SELECT min(observed_at), max(observed_at) FROM observation");
    const Done done{s};
    if (sqlite3_step(s) != SQLITE_ROW || sqlite3_column_type(s, 0) == SQLITE_NULL)
        return {IsoTime::invalid, IsoTime::invalid};
    return {sqlite3_column_int64(s, 0), sqlite3_column_int64(s, 1)};
}
