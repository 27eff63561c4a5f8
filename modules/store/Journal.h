#pragma once

#include "store/store_export.h"

#include "core/Entity.h"

#include <QHash>
#include <QStringList>

#include <vector>

class CacheFile;
struct sqlite3_stmt;

// The journal of everything CityDeck received from one connection: entities with their
// static attributes, and one row per observed value (entity, attribute, datasetId, observedAt),
// appended in one transaction per batch and de-duplicated on that key. Answers "state of these
// entities at T" and "series of attribute A of entity E between T1 and T2" without the network.
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
    // batch is kept then).
    bool append(const std::vector<Entity> &entities, qint64 receivedAt, const QString &tenant = {}, Stats *stats = nullptr,
                QString *error = nullptr);

    // Every entity known at t (of these types / ids when given) with, per attribute, the latest
    // value observed at or before t, and its static attributes.
    std::vector<Entity> stateAt(qint64 t, const QStringList &types = {}, const QStringList &ids = {});
    QList<TemporalSample> series(const QString &entityId, const QString &attribute, qint64 from, qint64 to,
                                 const QString &datasetId = {});
    // Observations older than `before` are deleted after being folded into hourly aggregates.
    qint64 prune(qint64 before, QString *error = nullptr);
    // Hourly aggregates (mean, min, max as samples with method "avg"/"min"/"max").
    QList<TemporalSample> hourly(const QString &entityId, const QString &attribute, qint64 from, qint64 to);

    qint64 observationCount() const;
    int entityCount() const;
    QStringList types() const;
    // Oldest and newest observedAt; IsoTime::invalid when empty.
    std::pair<qint64, qint64> timeRange() const;

private:
    sqlite3_stmt *prepare(const char *sql);
    qint64 entityRow(const Entity &e, qint64 receivedAt, const QString &tenant, QString *error);
    qint64 seriesRow(qint64 entity, const QString &name, const QString &dataset, QString *error);
    qint64 seriesOf(const QString &entityId, const QString &attribute, const QString &dataset);

    CacheFile *m_file;
    QHash<QByteArray, sqlite3_stmt *> m_statements;
    QHash<QString, qint64> m_entityRows;         // uri → row
    QHash<QString, QByteArray> m_staticJson;      // uri → static attributes last written
    QHash<QString, qint64> m_seriesRows;          // "row\x1fname\x1fdataset" → row
};
