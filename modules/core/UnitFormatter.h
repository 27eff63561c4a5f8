#pragma once

#include "core/core_export.h"

#include <QLocale>
#include <QObject>
#include <QString>

// Formats measured quantities for display in the user's unit system and locale, so every
// dashboard writes "1,2 MWh" or "54 °F" the same way. Values come in SI/NGSI-LD units.
class CITYDECK_CORE_EXPORT UnitFormatter : public QObject
{
    Q_OBJECT

public:
    enum class System { Metric, Imperial };
    Q_ENUM(System)

    explicit UnitFormatter(QObject *parent = nullptr);

    System system() const { return m_system; }
    void setSystem(System system);
    void setLocale(const QLocale &locale) { m_locale = locale; }
    QLocale locale() const { return m_locale; }

    static QString systemKey(System system);
    static System systemFromKey(const QString &key, System fallback = System::Metric);

    QString distance(double metres) const;      // m / km, or ft / mi
    QString temperature(double celsius) const;  // °C or °F
    QString energy(double kilowattHours) const; // kWh / MWh / GWh in both systems
    QString power(double watts) const;          // W / kW / MW in both systems
    QString volume(double litres) const;        // L / m³, or gal (US)
    QString percent(double ratio) const;        // 0.42 → 42 %
    // A value with its UN/CEFACT unit code (CEL, KWH, MWH, WTT, KWT, LTR, MTQ, MTR, KMT, MMT,
    // MTS, KMH, P1, C62…), converted to the user's system; unknown codes are shown as they are.
    QString measured(double value, const QString &unitCode) const;
    // Any attribute as one line: a measured number, a text, a relationship's target, a point.
    QString attributeText(const class Attribute &attribute) const;

signals:
    void systemChanged(UnitFormatter::System system);

private:
    QString number(double value, int decimals) const;

    System m_system = System::Metric;
    QLocale m_locale;
};
