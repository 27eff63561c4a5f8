#pragma once

#include "crowding/CrowdSource.h"
#include "crowding/PrivacyThreshold.h"

#include "map/ColorRamp.h"
#include "sdk/ThresholdMonitor.h"

#include <QList>

class QSettings;

// What the crowding dashboard remembers between sessions: the mapped sources, the privacy
// threshold, the operators' thresholds and the heatmap's look. Stored under the dashboard's
// own settings group; a damaged entry falls back to its default, never blocks the dashboard.
struct CrowdingSettings
{
    QList<CrowdSource> sources{CrowdSource::crowdFlowObserved()};
    int privacyK = PrivacyThreshold::kDefault;
    QList<ThresholdRule> rules;
    double heatmapRadius = 40;          // pixels
    ColorRamp::Name palette = ColorRamp::Magma;
    QString weight = QStringLiteral("count"); // "count" or "occupancy"

    static QString group() { return QStringLiteral("dashboards/org.citydeck.crowding"); }
    static CrowdingSettings load(QSettings *settings);
    void save(QSettings *settings) const;
    // The rule a new installation starts with: a counter's segment nearly full.
    static QList<ThresholdRule> defaultRules();
};
