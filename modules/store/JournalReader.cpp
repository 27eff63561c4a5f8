#include "store/JournalReader.h"

#include "core/EntityJson.h"
#include "store/SqlStatements.h"
#include "store/StateSnapshot.h"
#include "store/ValueCodec.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

#include <sqlite3.h>

namespace {
// Types, attribute names and units repeat on every row: one QString each, shared.
class RecentStrings
{
public:
    const QString &get(QByteArrayView utf8)
    {
        for (const auto &[bytes, text] : m_items) {
            if (bytes == utf8)
                return text;
        }
        if (m_items.size() >= 32)
            m_items.erase(m_items.begin());
        m_items.emplace_back(utf8.toByteArray(), QString::fromUtf8(utf8));
        return m_items.back().second;
    }

private:
    std::vector<std::pair<QByteArray, QString>> m_items;
};
} // namespace

void JournalReader::setStatics(Known &k, QByteArrayView json)
{
    if (k.json == json)
        return;
    k.json = json.toByteArray();
    k.statics = Entity();
    k.parsed = false;
}

const Entity &JournalReader::statics(Known &k)
{
    // Parsed when first asked for: opening a big cache for one type parses that type only.
    if (!k.parsed) {
        EntityDraft draft;
        if (!k.json.isEmpty())
            draft.attributes = EntityJson::groupsFromJson(QJsonDocument::fromJson(k.json).object());
        k.statics = std::move(draft).toEntity();
        k.parsed = true;
    }
    return k.statics;
}

void JournalReader::add(std::vector<Known> &previous, const QHash<qint64, size_t> &previousPosition, qint64 row,
                        QByteArrayView uri, const QString &type, QByteArrayView statics, qint64 firstSeen)
{
    Known k;
    k.row = row;
    // Statics parsed before and unchanged are kept, not parsed again.
    if (const auto it = previousPosition.constFind(k.row); it != previousPosition.cend()) {
        k.json = std::move(previous[*it].json);
        k.statics = std::move(previous[*it].statics);
        k.parsed = previous[*it].parsed;
    }
    k.uri = QString::fromUtf8(uri);
    k.types = QStringList{type};
    setStatics(k, statics);
    k.firstSeen = firstSeen;
    m_known.push_back(std::move(k));
}

void JournalReader::load(const StateSnapshot *snapshot)
{
    // In table order (sequential reads, also on a cold disk), then sorted by id once.
    std::vector<Known> previous = std::move(m_known);
    QHash<qint64, size_t> previousPosition = std::move(m_position);
    m_known.clear();
    m_position.clear();
    RecentStrings strings;
    if (snapshot) {
        m_known.reserve(snapshot->entities.size());
        for (const StateSnapshot::EntityRow &e : snapshot->entities)
            add(previous, previousPosition, e.row, e.uri, strings.get(e.type), e.statics, e.firstSeen);
    } else {
        sqlite3_stmt *s = m_sql->get("SELECT id, uri, type, static_json, first_seen FROM entity");
        while (sqlite3_step(s) == SQLITE_ROW)
            add(previous, previousPosition, sqlite3_column_int64(s, 0), sqlColumn(s, 1), strings.get(sqlColumn(s, 2)),
                sqlColumn(s, 3), sqlite3_column_int64(s, 4));
        sqlite3_reset(s);
    }
    std::sort(m_known.begin(), m_known.end(), [](const Known &a, const Known &b) { return a.uri < b.uri; });
    m_position.reserve(qsizetype(m_known.size()));
    for (size_t i = 0; i < m_known.size(); ++i)
        m_position.insert(m_known[i].row, i);
    m_dirty.clear();
    m_valid = true;
}

void JournalReader::reload(qint64 row)
{
    const auto it = m_position.constFind(row);
    if (it == m_position.cend()) {
        m_valid = false;
        return;
    }
    sqlite3_stmt *s = m_sql->get("SELECT type, static_json FROM entity WHERE id = ?1");
    sqlite3_bind_int64(s, 1, row);
    const SqlDone done{s};
    if (sqlite3_step(s) != SQLITE_ROW)
        return;
    Known &k = m_known[*it];
    k.types = QStringList{QString::fromUtf8(sqlColumn(s, 0))};
    setStatics(k, sqlColumn(s, 1));
}

std::vector<Entity> JournalReader::stateAt(qint64 t, const QStringList &types, const QStringList &ids,
                                           const StateSnapshot *snapshot)
{
    if (!m_valid)
        load(snapshot);
    for (qint64 row : std::as_const(m_dirty))
        reload(row);
    m_dirty.clear();
    if (!m_valid)
        load(snapshot);

    const QSet<QString> typeSet(types.cbegin(), types.cend());
    const QSet<QString> idSet(ids.cbegin(), ids.cend());
    std::vector<EntityDraft> out;
    std::vector<const Known *> source;
    std::vector<int> index; // entity row → position in out (rows are dense), -1 when not asked for
    for (Known &k : m_known) {
        if ((!typeSet.isEmpty() && !typeSet.contains(k.types.constFirst())) || (!idSet.isEmpty() && !idSet.contains(k.uri)))
            continue;
        if (k.row >= qint64(index.size()))
            index.resize(size_t(k.row) + 1024, -1);
        index[size_t(k.row)] = int(out.size());
        EntityDraft &e = out.emplace_back();
        e.id = k.uri;
        e.types = k.types;
        e.base = statics(k);
        source.push_back(&k);
    }
    std::vector<bool> observed(out.size(), false);
    RecentStrings strings;
    // Reviewing the past: a series' newest value at or before t, in one seek.
    sqlite3_stmt *seek = m_sql->get("SELECT observed_at, unit, kind, vtype, num, text, extra FROM observation "
                                    "WHERE series = ?1 AND observed_at <= ?2 ORDER BY observed_at DESC LIMIT 1");
    sqlite3_bind_int64(seek, 2, t);
    // One series with its newest value (from its row or the snapshot).
    auto take = [&](qint64 row, qint64 id, QByteArrayView name, QByteArrayView dataset, qint64 lastAt, QByteArrayView unit,
                    const auto &readValue) {
        const int at = row < qint64(index.size()) ? index[size_t(row)] : -1;
        if (at < 0)
            return;
        AttributeDraft a;
        if (lastAt <= t) {
            a = ValueCodec::decode(readValue());
            a.observedAt = lastAt;
            a.unitCode = strings.get(unit);
        } else {
            sqlite3_reset(seek);
            sqlite3_bind_int64(seek, 1, id);
            const bool found = sqlite3_step(seek) == SQLITE_ROW;
            if (found) {
                a = ValueCodec::decode(ValueCodec::read(seek, 2));
                a.observedAt = sqlite3_column_int64(seek, 0);
                a.unitCode = strings.get(sqlColumn(seek, 1));
            }
            sqlite3_reset(seek);
            if (!found)
                return;
        }
        if (!dataset.isEmpty())
            a.datasetId = QString::fromUtf8(dataset);
        out[size_t(at)].add(strings.get(name), std::move(a));
        observed[size_t(at)] = true;
    };
    if (snapshot) {
        for (const StateSnapshot::SeriesRow &r : snapshot->series)
            take(r.entity, r.id, r.name, r.dataset, r.lastAt, r.unit, [&r] { return r.value; });
    } else {
        sqlite3_stmt *series = m_sql->get("SELECT entity, name, dataset, last_at, last_unit, last_kind, last_vtype, last_num, "
                                          "last_text, last_extra, id FROM series WHERE last_at IS NOT NULL");
        while (sqlite3_step(series) == SQLITE_ROW)
            take(sqlite3_column_int64(series, 0), sqlite3_column_int64(series, 10), sqlColumn(series, 1), sqlColumn(series, 2),
                 sqlite3_column_int64(series, 3), sqlColumn(series, 4), [series] { return ValueCodec::read(series, 5); });
        sqlite3_reset(series);
    }
    // Entities first seen after t did not exist yet for whoever looked then.
    std::vector<Entity> known;
    known.reserve(out.size());
    for (size_t i = 0; i < out.size(); ++i) {
        if (observed[i] || source[i]->firstSeen <= t)
            known.push_back(std::move(out[i]).toEntity());
    }
    return known;
}
