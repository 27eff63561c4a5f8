#pragma once

#include "core/EntityDraft.h"

#include <QHash>
#include <QSet>
#include <QStringList>

#include <vector>

class SqlStatements;
class StateSnapshot;

// The journal's "state at T": entities with their statics, each series at its newest value at
// or before T. A series whose newest value is not after T is answered from its own row (the
// live case, one scan of a small table); the others with one seek into its history. The entity
// list (ids, types, parsed statics) is kept between calls and re-read only where the journal
// wrote, so that moving the time cursor costs the series and nothing else.
class JournalReader
{
public:
    explicit JournalReader(SqlStatements *sql) : m_sql(sql) {}

    // snapshot: the tables as of the last clean close while nothing has been written since (else null).
    std::vector<Entity> stateAt(qint64 t, const QStringList &types, const QStringList &ids, const StateSnapshot *snapshot);
    // The writer inserted an entity (the list is read again) or changed one (that one is).
    void entityAdded() { m_valid = false; }
    void entityChanged(qint64 row) { m_dirty.insert(row); }
    void clear() { m_valid = false; m_dirty.clear(); }

private:
    struct Known
    {
        qint64 row = 0;
        QString uri;
        QStringList types;
        QByteArray json;
        Entity statics; // attributes only: the base of each state drafted for this entity
        bool parsed = false;
        qint64 firstSeen = 0;
    };
    void load(const StateSnapshot *snapshot);
    void add(std::vector<Known> &previous, const QHash<qint64, size_t> &previousPosition, qint64 row, QByteArrayView uri,
             const QString &type, QByteArrayView statics, qint64 firstSeen);
    void reload(qint64 row);
    static void setStatics(Known &k, QByteArrayView json);
    static const Entity &statics(Known &k);

    SqlStatements *m_sql;
    std::vector<Known> m_known;      // sorted by uri
    QHash<qint64, size_t> m_position; // entity row → index in m_known
    QSet<qint64> m_dirty;
    bool m_valid = false;
};
