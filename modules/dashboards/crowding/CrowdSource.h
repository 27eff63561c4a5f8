#pragma once

#include "sdk/HourlySeries.h"

#include <QList>
#include <QString>
#include <QStringList>

class QSettings;

// Which entity type counts people and in which attributes: CrowdFlowObserved out of the box,
// any other type with a count and a location (a Wi-Fi probe counter, a camera) once the user
// maps it in the dashboard's settings.
struct CrowdSource
{
    QString type;
    QString count;      // people counted (summed per hour) or present (averaged)
    QString occupancy;  // 0–1, optional
    QString towards;    // people counted in the segment's direction, optional
    QString away;
    QString congested;  // boolean, optional
    HourlySeries::Fold fold = HourlySeries::Fold::Sum;

    bool isValid() const { return !type.isEmpty() && !count.isEmpty(); }
    bool operator==(const CrowdSource &) const = default;

    static CrowdSource crowdFlowObserved();
    // The sources saved in the dashboard's settings (CrowdFlowObserved when none).
    static QList<CrowdSource> load(QSettings *settings);
    static void save(QSettings *settings, const QList<CrowdSource> &sources);
    static QStringList types(const QList<CrowdSource> &sources);
    static const CrowdSource *find(const QList<CrowdSource> &sources, const QString &type);
};
