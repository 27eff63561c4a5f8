#pragma once

#include "watering/WateringRule.h"

#include <QHash>
#include <QTimeZone>

class QSettings;

// The watering rule's parameters (the defaults and each field's own), the water price and the
// city's time zone, kept in the app's settings under dashboards/org.citydeck.watering.
struct WateringSettings
{
    WateringRule defaults;
    QHash<QString, WateringRule> perField; // Garden id → its own rule
    double pricePerM3 = 3.1;               // €/m³, the officer's figure
    QByteArray timeZoneId;                 // empty: the system's

    static QString group() { return QStringLiteral("dashboards/org.citydeck.watering"); }
    WateringRule ruleFor(const QString &fieldId) const { return perField.value(fieldId, defaults); }
    // Sets one field's rule, or every field's when fieldId is empty (their own rules go).
    void setRule(const QString &fieldId, const WateringRule &rule);
    QTimeZone zone() const;

    static WateringSettings load(QSettings *settings);
    void save(QSettings *settings) const;
    static WateringRule loadRule(QSettings *settings, const WateringRule &fallback);
    static void saveRule(QSettings *settings, const WateringRule &rule);
};
