#pragma once

#include "core/IsoTime.h"

#include "store/store_export.h"

#include "core/Entity.h"

#include <QHash>
#include <QMap>
#include <QStringList>

#include <memory>
#include <vector>

class CacheFile;
class JournalReader;
class SqlStatements;
class StateSnapshot;
struct sqlite3_stmt;

// The journal of everything CityDeck received from one connection: entities with their
// static attributes, and one row per observed value (entity, attribute, datasetId, observedAt),
// appended in one transaction per batch and de-duplicated on that key. Each series also keeps
// its newest value on its own row, so that the live state is one small table away. Answers
// "state of these entities at T" and "series of attribute A of entity E between T1 and T2"
// without the network.
class CITYDECK_STORE_EXPORT Journal
{
public:
    explicit Journal(CacheFile *file);
    ~Journal();
    Journal(const Journal &) = delete;
    Journal &operator=(const Journal &) = delete;

    struct Stats
    {
        int entities = 0;
        int observations = 0; // new rows
        int duplicates = 0;   // rows already there
    };
    // Query results, notifications and temporal backfill alike; false with *error (nothing of the
    // batch is kept then). knownSince: the batch answers for the broker since then (a history
    // load's start), so its entities — static ones too — are known from then on in review.
    bool append(const std::vector<Entity> &entities, qint64 receivedAt, const QString &tenant = {}, Stats *stats = nullptr,
                QString *error = nullptr, qint64 knownSince = IsoTime::invalid);

    // Every entity known at t (of these types / ids when given) with, per attribute, the latest
    // value observed at or before t, and its static attributes.
    std::vector<Entity> stateAt(qint64 t, const QStringList &types = {}, const QStringList &ids = {});
    QList<TemporalSample> series(const QString &entityId, const QString &attribute, qint64 from, qint64 to,
                                 const QString &datasetId = {});
    // Observations older than `before` are deleted after being folded into hourly aggregates.
    qint64 prune(qint64 before, QString *error = nullptr);
    // Hourly aggregates (mean, min, max as samples with method "avg"/"min"/"max").
    QList<TemporalSample> hourly(const QString &entityId, const QString &attribute, qint64 from, qint64 to);

    qint64 observationCount() const; // counts every row: slow on a big cache
    bool isEmpty() const;
    int entityCount() const;
    QStringList types() const;
    // Whether the answers come from the state snapshot of the last clean close (nothing written
    // since) rather than the tables; both give the same answers.
    bool readsSnapshot() const { return snapshot() != nullptr; }
    // Oldest and newest observedAt; IsoTime::invalid when empty.
    std::pair<qint64, qint64> timeRange() const;

private:
    // What this session knows of an entity's row, to write only what changed.
    struct EntityRow
    {
        qint64 row = -1;
        qint64 lastSeen = 0;
        QString type;
        QMap<QString, QByteArray> statics; // attribute name → its instances as JSON
    };
    qint64 entityRow(const Entity &e, qint64 receivedAt, const QString &tenant, QString *error, qint64 knownSince);
    qint64 seriesRow(qint64 entity, const QString &name, const QString &dataset, const struct LatestValue *first,
                     bool *prefilled, QString *error);
    qint64 seriesOf(const QString &entityId, const QString &attribute, const QString &dataset);
    const QByteArray &unitUtf8(const QString &unitCode); // unit codes are few: converted once
    // The tables as of the last clean close, while nothing has been written since; else null.
    const StateSnapshot *snapshot() const;
    void forgetSession();

    CacheFile *m_file;
    std::unique_ptr<SqlStatements> m_sql;
    std::unique_ptr<JournalReader> m_reader;
    QHash<QString, EntityRow> m_entities;    // uri → row and statics last written
    struct SeriesKey
    {
        qint64 entity;
        QString name;
        QString dataset;
        bool operator==(const SeriesKey &o) const { return entity == o.entity && name == o.name && dataset == o.dataset; }
        friend size_t qHash(const SeriesKey &k, size_t seed = 0) { return qHashMulti(seed, k.entity, k.name, k.dataset); }
    };
    QHash<SeriesKey, qint64> m_seriesRows;  // (entity row, name, dataset) → series row
    QHash<QString, QByteArray> m_unitUtf8;
    QByteArray m_touched;                    // JSON array of entity rows seen again in this batch
    mutable std::unique_ptr<StateSnapshot> m_snapshot;
    mutable bool m_snapshotRead = false;
};
