#pragma once

#include "core/Entity.h"

#include <QHash>
#include <QStringList>

#include <vector>

class SqlStatements;

// The journal's "state at T": entities with their statics, each series at its newest value at
// or before T. A series whose newest value is not after T is answered from its own row (the
// live case, one scan of a small table); the others with one seek into its history. Parsed
// statics are kept between calls, so that moving the time cursor does not parse them again.
class JournalReader
{
public:
    explicit JournalReader(SqlStatements *sql) : m_sql(sql) {}

    std::vector<Entity> stateAt(qint64 t, const QStringList &types, const QStringList &ids);
    // An entity's statics changed: its parsed copy is out of date.
    void forget(qint64 entityRow) { m_statics.remove(entityRow); }
    void clear() { m_statics.clear(); }

private:
    struct Statics
    {
        QByteArray json;
        std::vector<AttributeGroup> groups;
    };
    const std::vector<AttributeGroup> &statics(qint64 row, const QByteArray &json);

    SqlStatements *m_sql;
    QHash<qint64, Statics> m_statics;
};
