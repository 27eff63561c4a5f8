#pragma once

#include "sdk/EntityStore.h"

#include <QMap>

// An EntityStore backend held in memory, for tests of what reads the store (models, widgets,
// exports) without a cache file.
class MemoryBackend : public EntityStore::Backend
{
public:
    void add(const QString &id, const QString &type, const QString &attribute, qint64 observedAt, const QVariant &value,
             const QString &unitCode = {});
    void addStatic(const QString &id, const QString &type, const QString &attribute, const QVariant &value);
    // A GeoProperty "location".
    void setLocation(const QString &id, const QString &type, const Geometry &geometry);

    std::vector<Entity> stateAt(qint64 t, const QStringList &types, const QStringList &ids) override;
    QList<TemporalSample> series(const QString &entityId, const QString &attribute, qint64 from, qint64 to,
                                 const QString &datasetId) override;
    std::pair<qint64, qint64> timeRange() override;
    QStringList types() override;

    int calls = 0;

private:
    struct Series
    {
        QString unit;
        QMap<qint64, QVariant> values;
    };
    struct Item
    {
        QString type;
        QMap<QString, QVariant> statics;
        Geometry location;
        QMap<QString, Series> series;
    };
    QMap<QString, Item> m_items;
};
