#include "crowding/CrowdingSettings.h"

#include <QSettings>

CrowdingSettings CrowdingSettings::load(QSettings *settings)
{
    CrowdingSettings s;
    settings->beginGroup(group());
    s.sources = CrowdSource::load(settings);
    s.privacyK = std::clamp(settings->value(QStringLiteral("privacyK"), PrivacyThreshold::kDefault).toInt(), 1, 1000);
    s.heatmapRadius = std::clamp(settings->value(QStringLiteral("heatmapRadius"), s.heatmapRadius).toDouble(), 8.0, 200.0);
    const int palette = settings->value(QStringLiteral("palette"), int(s.palette)).toInt();
    if (ColorRamp::all().contains(ColorRamp::Name(palette)))
        s.palette = ColorRamp::Name(palette);
    if (const QString w = settings->value(QStringLiteral("weight")).toString(); w == QLatin1String("occupancy"))
        s.weight = w;
    s.rules = ThresholdRule::load(settings, QStringLiteral("rules"), defaultRules());
    settings->endGroup();
    return s;
}

void CrowdingSettings::save(QSettings *settings) const
{
    settings->beginGroup(group());
    CrowdSource::save(settings, sources);
    settings->setValue(QStringLiteral("privacyK"), privacyK);
    settings->setValue(QStringLiteral("heatmapRadius"), heatmapRadius);
    settings->setValue(QStringLiteral("palette"), int(palette));
    settings->setValue(QStringLiteral("weight"), weight);
    ThresholdRule::save(settings, QStringLiteral("rules"), rules);
    settings->endGroup();
}

QList<ThresholdRule> CrowdingSettings::defaultRules()
{
    return {ThresholdRule{QStringLiteral("*"), QStringLiteral("occupancy"), 0.95, Alarm::Severity::Warning}};
}
