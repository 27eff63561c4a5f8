#pragma once

#include <QList>
#include <QString>

// A watering window in local time, as minutes since midnight ([start, end), end > start).
struct WateringWindow
{
    int startMinute = 0;
    int endMinute = 0;
    double hours() const { return (endMinute - startMinute) / 60.0; }
    bool operator==(const WateringWindow &) const = default;
};

// The parameters of the watering rule for one field (docs/WATERING.md); the defaults are the
// Saint-Quentin pilot's, which the demo city uses too.
struct WateringRule
{
    double dryThreshold = 0.27;      // m³/m³: water only below
    double criticalThreshold = 0.20; // m³/m³: an alarm after a day below
    double targetMoisture = 0.34;    // m³/m³: what a watering brings the soil back to
    double rootDepthMm = 150;        // the soil layer a watering wets
    double rateMmPerHour = 6;        // the sprinklers' application rate
    double rainProbability = 0.6;    // an hour of the forecast is rainy from this chance on
    double rainAmountMm = 2;         // skip when the rainy hours bring at least this much
    int horizonHours = 16;           // rain is looked for in [decision, decision + horizon)
    QList<WateringWindow> windows{{5 * 60, 7 * 60}, {21 * 60, 23 * 60}};
    double mowingGapHours = 12;      // no watering ending less than this before a mowing
    double fixedDepthMm = 5;         // the analogue scenario: this depth every day

    bool operator==(const WateringRule &) const = default;
    // "05:00-07:00, 21:00-23:00"; parse returns false (and leaves *out) on a malformed text.
    QString windowsText() const;
    static bool parseWindows(const QString &text, QList<WateringWindow> *out);
    // A valid rule has at least one window and thresholds in order.
    bool isValid() const;
};
