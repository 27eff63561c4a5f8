#pragma once

#include "sdk/EntityStore.h"

#include <vector>

// Parsed fixture entities (../shared/fixtures) as a connection's cache: their state at any time,
// no history — what a dashboard shows for Smart Data Models' and ETSI's example payloads.
class FixtureBackend : public EntityStore::Backend
{
public:
    std::vector<Entity> entities;

    std::vector<Entity> stateAt(qint64 t, const QStringList &types, const QStringList &ids) override;
    QList<TemporalSample> series(const QString &entityId, const QString &attribute, qint64 from, qint64 to,
                                 const QString &datasetId) override;
    std::pair<qint64, qint64> timeRange() override;
    QStringList types() override;
};
