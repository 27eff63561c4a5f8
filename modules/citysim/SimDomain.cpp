#include "citysim/SimDomain.h"

#include "core/IsoTime.h"

#include <cmath>

namespace {
constexpr qint64 kCetOffset = 3600 * 1000; // fixed UTC+1: no jumps in the curves at DST changes

QJsonArray coordinates(QPointF p)
{
    // 6 decimals ≈ 0.1 m, what sensors and brokers carry.
    return {std::round(p.x() * 1e6) / 1e6, std::round(p.y() * 1e6) / 1e6};
}
} // namespace

SimDomain::SimDomain(const CityLayout &city, const SimNoise &noise, qint64 originMs)
    : m_city(city)
    , m_noise(noise)
    , m_origin(originMs)
{
}

SimDomain::~SimDomain() = default;

QString SimDomain::typeOf(const QString &id)
{
    return id.section(QLatin1Char(':'), 2, 2);
}

double SimDomain::localHour(qint64 t)
{
    const qint64 local = t + kCetOffset;
    return double(((local % kDay) + kDay) % kDay) / kHour;
}

int SimDomain::weekday(qint64 t)
{
    // 1970-01-01 was a Thursday (4).
    const qint64 day = (t + kCetOffset) / kDay - ((t + kCetOffset) % kDay < 0 ? 1 : 0);
    return int(((day + 3) % 7 + 7) % 7) + 1;
}

QJsonObject SimDomain::property(const QJsonValue &value, qint64 observedAt, const QString &unitCode)
{
    QJsonObject o{{QStringLiteral("type"), QStringLiteral("Property")}, {QStringLiteral("value"), value}};
    if (observedAt >= 0)
        o.insert(QStringLiteral("observedAt"), iso(observedAt));
    if (!unitCode.isEmpty())
        o.insert(QStringLiteral("unitCode"), unitCode);
    return o;
}

QJsonObject SimDomain::relationship(const QString &object)
{
    return {{QStringLiteral("type"), QStringLiteral("Relationship")}, {QStringLiteral("object"), object}};
}

QJsonObject SimDomain::relationships(const QStringList &objects)
{
    return {{QStringLiteral("type"), QStringLiteral("Relationship")},
            {QStringLiteral("object"), QJsonArray::fromStringList(objects)}};
}

QJsonObject SimDomain::geoProperty(const QJsonObject &geometry)
{
    return {{QStringLiteral("type"), QStringLiteral("GeoProperty")}, {QStringLiteral("value"), geometry}};
}

QJsonObject SimDomain::point(QPointF lonLat)
{
    return {{QStringLiteral("type"), QStringLiteral("Point")}, {QStringLiteral("coordinates"), coordinates(lonLat)}};
}

QJsonObject SimDomain::lineString(const QPolygonF &line)
{
    QJsonArray points;
    for (QPointF p : line)
        points.append(coordinates(p));
    return {{QStringLiteral("type"), QStringLiteral("LineString")}, {QStringLiteral("coordinates"), points}};
}

QJsonObject SimDomain::polygon(const QPolygonF &ring)
{
    QJsonArray points;
    for (QPointF p : ring)
        points.append(coordinates(p));
    return {{QStringLiteral("type"), QStringLiteral("Polygon")}, {QStringLiteral("coordinates"), QJsonArray{points}}};
}

QJsonObject SimDomain::dateTime(qint64 t)
{
    return {{QStringLiteral("@type"), QStringLiteral("DateTime")}, {QStringLiteral("@value"), iso(t)}};
}

QString SimDomain::iso(qint64 t)
{
    return IsoTime::format(t);
}

QJsonObject SimDomain::newEntity(const QString &id, const QString &type)
{
    return {{QStringLiteral("id"), id}, {QStringLiteral("type"), type}};
}

std::pair<qint64, qint64> SimDomain::eventWindow(qint64 t) const
{
    // Weeks counted from Monday 1970-01-05 (local); one evening a week chosen by the seed.
    const qint64 local = t + kHour;
    const qint64 week = (local - 4 * kDay) / (7 * kDay);
    const qint64 weekStart = 4 * kDay + week * 7 * kDay - kHour;
    const int day = int(m_noise.hash(SimNoise::Crowd, 9001, quint64(week)) % 7);
    const qint64 start = weekStart + day * kDay + 19 * kHour;
    return {start, start + 4 * kHour + 30 * kMinute};
}

