#include "core/UnitFormatter.h"

#include "core/Attribute.h"

#include <QJsonDocument>

#include <cmath>

namespace {
constexpr double kFeetPerMetre = 3.280839895;
constexpr double kMetresPerMile = 1609.344;
constexpr double kLitresPerUsGallon = 3.785411784;

// Fewer decimals for bigger numbers: 3.42, 34.2, 342.
int decimalsFor(double value)
{
    const double a = std::abs(value);
    if (a >= 100.0)
        return 0;
    if (a >= 10.0)
        return 1;
    return 2;
}
} // namespace

UnitFormatter::UnitFormatter(QObject *parent)
    : QObject(parent)
{
}

void UnitFormatter::setSystem(System system)
{
    if (system == m_system)
        return;
    m_system = system;
    emit systemChanged(system);
}

QString UnitFormatter::systemKey(System system)
{
    return system == System::Imperial ? QStringLiteral("imperial") : QStringLiteral("metric");
}

UnitFormatter::System UnitFormatter::systemFromKey(const QString &key, System fallback)
{
    if (key == QLatin1String("imperial"))
        return System::Imperial;
    if (key == QLatin1String("metric"))
        return System::Metric;
    return fallback;
}

QString UnitFormatter::number(double value, int decimals) const
{
    return m_locale.toString(value, 'f', decimals);
}

QString UnitFormatter::distance(double metres) const
{
    if (!std::isfinite(metres))
        return QStringLiteral("—");
    if (m_system == System::Imperial) {
        const double feet = metres * kFeetPerMetre;
        if (std::abs(feet) < 1000.0)
            return number(feet, 0) + QStringLiteral(" ft");
        const double miles = metres / kMetresPerMile;
        return number(miles, decimalsFor(miles)) + QStringLiteral(" mi");
    }
    if (std::abs(metres) < 1000.0)
        return number(metres, 0) + QStringLiteral(" m");
    const double km = metres / 1000.0;
    return number(km, decimalsFor(km)) + QStringLiteral(" km");
}

QString UnitFormatter::temperature(double celsius) const
{
    if (!std::isfinite(celsius))
        return QStringLiteral("—");
    if (m_system == System::Imperial)
        return number(celsius * 9.0 / 5.0 + 32.0, 0) + QStringLiteral(" °F");
    return number(celsius, 1) + QStringLiteral(" °C");
}

QString UnitFormatter::energy(double kilowattHours) const
{
    if (!std::isfinite(kilowattHours))
        return QStringLiteral("—");
    const double a = std::abs(kilowattHours);
    if (a >= 1.0e6)
        return number(kilowattHours / 1.0e6, decimalsFor(kilowattHours / 1.0e6)) + QStringLiteral(" GWh");
    if (a >= 1.0e3)
        return number(kilowattHours / 1.0e3, decimalsFor(kilowattHours / 1.0e3)) + QStringLiteral(" MWh");
    return number(kilowattHours, decimalsFor(kilowattHours)) + QStringLiteral(" kWh");
}

QString UnitFormatter::power(double watts) const
{
    if (!std::isfinite(watts))
        return QStringLiteral("—");
    const double a = std::abs(watts);
    if (a >= 1.0e6)
        return number(watts / 1.0e6, decimalsFor(watts / 1.0e6)) + QStringLiteral(" MW");
    if (a >= 1.0e3)
        return number(watts / 1.0e3, decimalsFor(watts / 1.0e3)) + QStringLiteral(" kW");
    return number(watts, 0) + QStringLiteral(" W");
}

QString UnitFormatter::volume(double litres) const
{
    if (!std::isfinite(litres))
        return QStringLiteral("—");
    if (m_system == System::Imperial) {
        const double gallons = litres / kLitresPerUsGallon;
        return number(gallons, decimalsFor(gallons)) + QStringLiteral(" gal");
    }
    if (std::abs(litres) >= 1000.0)
        return number(litres / 1000.0, decimalsFor(litres / 1000.0)) + QStringLiteral(" m³");
    return number(litres, decimalsFor(litres)) + QStringLiteral(" L");
}

QString UnitFormatter::percent(double ratio) const
{
    if (!std::isfinite(ratio))
        return QStringLiteral("—");
    return number(ratio * 100.0, 0) + QStringLiteral(" %");
}

QString UnitFormatter::measured(double value, const QString &unitCode) const
{
    if (!std::isfinite(value))
        return QStringLiteral("—");
    const QString code = unitCode.toUpper();
    // Codes of a quantity this formatter converts: the factor to its base unit.
    struct Quantity
    {
        const char *code;
        double factor;
        QString (UnitFormatter::*format)(double) const;
    };
    static const Quantity quantities[] = {
        {"CEL", 1, &UnitFormatter::temperature}, {"KWH", 1, &UnitFormatter::energy},   {"MWH", 1e3, &UnitFormatter::energy},
        {"WTT", 1, &UnitFormatter::power},       {"KWT", 1e3, &UnitFormatter::power},  {"LTR", 1, &UnitFormatter::volume},
        {"MTQ", 1e3, &UnitFormatter::volume},    {"MTR", 1, &UnitFormatter::distance}, {"KMT", 1e3, &UnitFormatter::distance},
    };
    for (const Quantity &q : quantities) {
        if (code == QLatin1String(q.code))
            return (this->*q.format)(value * q.factor);
    }
    if (code == QLatin1String("P1"))
        return number(value, decimalsFor(value)) + QStringLiteral(" %");
    if (code == QLatin1String("MMT"))
        return number(value, 1) + QStringLiteral(" mm");
    if (code == QLatin1String("MTS"))
        return m_system == System::Imperial ? number(value * 2.2369363, 1) + QStringLiteral(" mph")
                                            : number(value, 1) + QStringLiteral(" m/s");
    if (code == QLatin1String("KMH"))
        return m_system == System::Imperial ? number(value / 1.609344, 0) + QStringLiteral(" mph")
                                            : number(value, 0) + QStringLiteral(" km/h");
    const QString n = number(value, value == std::floor(value) && std::abs(value) < 1.0e15 ? 0 : decimalsFor(value));
    return code.isEmpty() || code == QLatin1String("C62") ? n : n + QLatin1Char(' ') + unitCode;
}

QString UnitFormatter::attributeText(const Attribute &a) const
{
    switch (a.kind()) {
    case Attribute::Kind::Relationship:
        return a.objects().join(QStringLiteral(", "));
    case Attribute::Kind::GeoProperty: {
        const Geometry &g = a.geometry();
        const QPointF c = g.type() == Geometry::Type::Point ? g.firstPoint() : g.bounds().center();
        return Geometry::typeName(g.type()) + QStringLiteral(" (%1, %2)").arg(m_locale.toString(c.y(), 'f', 5),
                                                                        m_locale.toString(c.x(), 'f', 5));
    }
    case Attribute::Kind::LanguageProperty: {
        const QMap<QString, QString> &texts = a.languageMap();
        const QString own = texts.value(m_locale.name().section(QLatin1Char('_'), 0, 0));
        return !own.isEmpty() ? own : texts.value(QStringLiteral("en"), texts.isEmpty() ? QString() : texts.first());
    }
    default:
        break;
    }
    bool isNumber = false;
    const double n = a.toNumber(&isNumber);
    const QVariant value = a.value();
    if (isNumber && value.typeId() != QMetaType::QString)
        return measured(n, a.unitCode());
    if (value.typeId() == QMetaType::QJsonValue || value.typeId() == QMetaType::QVariantMap
        || value.typeId() == QMetaType::QVariantList)
        return QString::fromUtf8(QJsonDocument::fromVariant(value).toJson(QJsonDocument::Compact));
    if (value.typeId() == QMetaType::Bool)
        return value.toBool() ? tr("yes") : tr("no");
    return value.toString();
}
