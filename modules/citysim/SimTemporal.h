#pragma once

#include "citysim/citysim_export.h"

#include "citysim/SimResponse.h"

#include <QJsonObject>
#include <QStringList>
#include <QUrlQuery>

class CitySimulation;

// The temporal representation of simulated entities (GET /temporal/entities): the instants
// selected by timerel/timeAt/endTimeAt (within the 7 days kept) or lastN, one sample per
// observation period, as normalized instances, temporalValues or aggregatedValues
// (aggrMethods over aggrPeriodDuration buckets). At most 1000 instants per answer, like
// Mintaka and Stellio: the rest is announced with 206 and a Content-Range.
class CITYDECK_CITYSIM_EXPORT SimTemporal
{
public:
    explicit SimTemporal(CitySimulation *city) : m_city(city) {}

    bool setWindow(const QUrlQuery &query, SimResponse *error);
    // Restricts the window so that entities observed every `period` ms stay within the cap.
    void plan(qint64 smallestPeriod);
    bool isCut() const { return m_cut; }
    QJsonObject entity(const QJsonObject &current, const QStringList &attrs);
    void markTruncated(SimResponse *response) const;

    static constexpr int kMaxInstants = 1000;
    static qint64 parseDuration(const QString &iso); // "PT1H", "P1D", "PT15M" → ms; -1 if invalid

private:
    enum class Format { Normalized, TemporalValues, Aggregated };
    QList<qint64> instants(qint64 period) const;

    CitySimulation *m_city;
    qint64 m_from = 0;
    qint64 m_to = 0;
    int m_lastN = 0;
    Format m_format = Format::Normalized;
    QStringList m_methods;
    qint64 m_bucket = 0;
    bool m_cut = false;
    qint64 m_first = -1; // instants actually sent, for Content-Range
    qint64 m_last = -1;
};
