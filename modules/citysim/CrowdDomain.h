#pragma once

#include "citysim/SimDomain.h"

// ~40 pedestrian counters (CrowdFlowObserved) counting 15-minute periods: daily and weekly
// rhythms, market mornings around the market place (Wednesday, Saturday) and one evening event
// a week near the venue that draws a crowd.
class CITYDECK_CITYSIM_EXPORT CrowdDomain : public SimDomain
{
public:
    using SimDomain::SimDomain;

    QStringList types() const override { return {QStringLiteral("CrowdFlowObserved")}; }
    QStringList ids(const QString &type, qint64 t) override;
    QJsonObject entity(const QString &id, qint64 t) override;
    qint64 period(const QString &) const override { return 15 * kMinute; }
    // Counts depend on time alone: five weeks for forecasts and week-over-week comparisons.
    int historyDays() const override { return 35; }

    // People counted by one counter in the period that ends at or before t.
    int peopleCount(int counter, qint64 t) const;

private:
    double activity(int counter, qint64 periodStart) const;
};
