#include "watering/WateringSettings.h"

#include <QSettings>

namespace {
double number(QSettings *s, const char *key, double fallback)
{
    bool ok = false;
    const double v = s->value(QLatin1String(key), fallback).toDouble(&ok);
    return ok && std::isfinite(v) ? v : fallback;
}
} // namespace

void WateringSettings::setRule(const QString &fieldId, const WateringRule &rule)
{
    if (fieldId.isEmpty()) {
        defaults = rule;
        perField.clear();
    } else if (rule == defaults) {
        perField.remove(fieldId);
    } else {
        perField.insert(fieldId, rule);
    }
}

QTimeZone WateringSettings::zone() const
{
    const QTimeZone z(timeZoneId);
    return timeZoneId.isEmpty() || !z.isValid() ? QTimeZone::systemTimeZone() : z;
}

WateringRule WateringSettings::loadRule(QSettings *s, const WateringRule &fallback)
{
    WateringRule r = fallback;
    r.dryThreshold = number(s, "dryThreshold", r.dryThreshold);
    r.criticalThreshold = number(s, "criticalThreshold", r.criticalThreshold);
    r.targetMoisture = number(s, "targetMoisture", r.targetMoisture);
    r.rootDepthMm = number(s, "rootDepthMm", r.rootDepthMm);
    r.rateMmPerHour = number(s, "rateMmPerHour", r.rateMmPerHour);
    r.rainProbability = number(s, "rainProbability", r.rainProbability);
    r.rainAmountMm = number(s, "rainAmountMm", r.rainAmountMm);
    r.horizonHours = int(number(s, "horizonHours", r.horizonHours));
    r.mowingGapHours = number(s, "mowingGapHours", r.mowingGapHours);
    r.fixedDepthMm = number(s, "fixedDepthMm", r.fixedDepthMm);
    QList<WateringWindow> windows;
    if (WateringRule::parseWindows(s->value(QStringLiteral("windows")).toString(), &windows))
        r.windows = windows;
    // A hand-edited file with thresholds out of order keeps the fallback rather than a rule that cannot work.
    return r.isValid() ? r : fallback;
}

void WateringSettings::saveRule(QSettings *s, const WateringRule &r)
{
    s->setValue(QStringLiteral("dryThreshold"), r.dryThreshold);
    s->setValue(QStringLiteral("criticalThreshold"), r.criticalThreshold);
    s->setValue(QStringLiteral("targetMoisture"), r.targetMoisture);
    s->setValue(QStringLiteral("rootDepthMm"), r.rootDepthMm);
    s->setValue(QStringLiteral("rateMmPerHour"), r.rateMmPerHour);
    s->setValue(QStringLiteral("rainProbability"), r.rainProbability);
    s->setValue(QStringLiteral("rainAmountMm"), r.rainAmountMm);
    s->setValue(QStringLiteral("horizonHours"), r.horizonHours);
    s->setValue(QStringLiteral("mowingGapHours"), r.mowingGapHours);
    s->setValue(QStringLiteral("fixedDepthMm"), r.fixedDepthMm);
    s->setValue(QStringLiteral("windows"), r.windowsText());
}

WateringSettings WateringSettings::load(QSettings *settings)
{
    WateringSettings w;
    settings->beginGroup(group());
    w.pricePerM3 = std::max(0.0, number(settings, "pricePerM3", w.pricePerM3));
    w.timeZoneId = settings->value(QStringLiteral("timeZone")).toByteArray();
    settings->beginGroup(QStringLiteral("rule"));
    w.defaults = loadRule(settings, w.defaults);
    settings->endGroup();
    const int n = settings->beginReadArray(QStringLiteral("fields"));
    for (int i = 0; i < n; ++i) {
        settings->setArrayIndex(i);
        const QString id = settings->value(QStringLiteral("id")).toString();
        if (!id.isEmpty())
            w.perField.insert(id, loadRule(settings, w.defaults));
    }
    settings->endArray();
    settings->endGroup();
    return w;
}

void WateringSettings::save(QSettings *settings) const
{
    settings->beginGroup(group());
    settings->setValue(QStringLiteral("pricePerM3"), pricePerM3);
    if (!timeZoneId.isEmpty())
        settings->setValue(QStringLiteral("timeZone"), timeZoneId);
    settings->beginGroup(QStringLiteral("rule"));
    saveRule(settings, defaults);
    settings->endGroup();
    settings->remove(QStringLiteral("fields"));
    settings->beginWriteArray(QStringLiteral("fields"), int(perField.size()));
    int i = 0;
    for (auto it = perField.cbegin(); it != perField.cend(); ++it, ++i) {
        settings->setArrayIndex(i);
        settings->setValue(QStringLiteral("id"), it.key());
        saveRule(settings, it.value());
    }
    settings->endArray();
    settings->endGroup();
}
