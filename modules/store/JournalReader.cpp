#include "store/JournalReader.h"

#include "core/EntityJson.h"
#include "store/SqlStatements.h"
#include "store/ValueCodec.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <sqlite3.h>

namespace {
QString columnText(sqlite3_stmt *s, int i)
{
    return QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(s, i)), sqlite3_column_bytes(s, i));
}

QByteArray columnBytes(sqlite3_stmt *s, int i)
{
    return QByteArray(reinterpret_cast<const char *>(sqlite3_column_blob(s, i)), sqlite3_column_bytes(s, i));
}
} // namespace

const std::vector<AttributeGroup> &JournalReader::statics(qint64 row, const QByteArray &json)
{
    Statics &cached = m_statics[row];
    if (cached.json != json || (cached.groups.empty() && !json.isEmpty())) {
        cached.json = json;
        cached.groups = json.isEmpty() ? std::vector<AttributeGroup>{} : EntityJson::groupsFromJson(QJsonDocument::fromJson(json).object());
    }
    return cached.groups;
}

std::vector<Entity> JournalReader::stateAt(qint64 t, const QStringList &types, const QStringList &ids)
{
    const QSet<QString> typeSet(types.cbegin(), types.cend());
    const QSet<QString> idSet(ids.cbegin(), ids.cend());
    std::vector<Entity> out;
    std::vector<qint64> firstSeen;
    QHash<qint64, size_t> index; // entity row → position in out
    sqlite3_stmt *entities = m_sql->get("SELECT id, uri, type, static_json, first_seen FROM entity ORDER BY uri");
    while (sqlite3_step(entities) == SQLITE_ROW) {
        const QString type = columnText(entities, 2);
        if (!typeSet.isEmpty() && !typeSet.contains(type))
            continue;
        const QString uri = columnText(entities, 1);
        if (!idSet.isEmpty() && !idSet.contains(uri))
            continue;
        const qint64 row = sqlite3_column_int64(entities, 0);
        Entity e;
        e.id = uri;
        e.types << type;
        e.attributes = statics(row, columnBytes(entities, 3));
        index.insert(row, out.size());
        out.push_back(std::move(e));
        firstSeen.push_back(sqlite3_column_int64(entities, 4));
    }
    std::vector<bool> observed(out.size(), false);
    sqlite3_stmt *series = m_sql->get("SELECT entity, name, dataset, last_at, last_unit, last_kind, last_vtype, last_num, last_text, "
                                      "last_extra, id FROM series WHERE last_at IS NOT NULL");
    while (sqlite3_step(series) == SQLITE_ROW) {
        const auto it = index.constFind(sqlite3_column_int64(series, 0));
        if (it == index.cend())
            continue;
        Attribute a;
        if (sqlite3_column_int64(series, 3) <= t) {
            a = ValueCodec::decode(ValueCodec::read(series, 5));
            a.observedAt = sqlite3_column_int64(series, 3);
            a.unitCode = columnText(series, 4);
        } else {
            // Reviewing the past: this series' newest value at or before t, in one seek.
            sqlite3_stmt *seek = m_sql->get("SELECT observed_at, unit, kind, vtype, num, text, extra FROM observation "
                                            "WHERE series = ?1 AND observed_at <= ?2 ORDER BY observed_at DESC LIMIT 1");
            sqlite3_bind_int64(seek, 1, sqlite3_column_int64(series, 10));
            sqlite3_bind_int64(seek, 2, t);
            const SqlDone done{seek};
            if (sqlite3_step(seek) != SQLITE_ROW)
                continue;
            a = ValueCodec::decode(ValueCodec::read(seek, 2));
            a.observedAt = sqlite3_column_int64(seek, 0);
            a.unitCode = columnText(seek, 1);
        }
        const QString dataset = columnText(series, 2);
        if (!dataset.isEmpty())
            a.details().datasetId = dataset;
        out[*it].groupFor(columnText(series, 1)).instances.push_back(std::move(a));
        observed[*it] = true;
    }
    // Entities first seen after t did not exist yet for whoever looked then.
    std::vector<Entity> known;
    known.reserve(out.size());
    for (size_t i = 0; i < out.size(); ++i) {
        if (observed[i] || firstSeen[i] <= t)
            known.push_back(std::move(out[i]));
    }
    return known;
}
