#pragma once

#include "citysim/citysim_export.h"

#include "citysim/CityLayout.h"
#include "citysim/SimNoise.h"
#include "core/IsoTime.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

// One pilot domain of the simulated city (crowding, parking, watering, crime, energy, KPIs):
// which entities exist and what they hold at a simulated instant, in NGSI-LD normalized form
// with Smart Data Models names. Values are pure functions of (seed, entity, time slot), or of
// a state integrated hour by hour from a fixed origin, so answers never depend on request order.
class CITYDECK_CITYSIM_EXPORT SimDomain
{
public:
    SimDomain(const CityLayout &city, const SimNoise &noise, qint64 originMs);
    virtual ~SimDomain();
    SimDomain(const SimDomain &) = delete;
    SimDomain &operator=(const SimDomain &) = delete;

    virtual QStringList types() const = 0;
    // The ids of a type existing at time t (ms since the epoch), sorted.
    virtual QStringList ids(const QString &type, qint64 t) = 0;
    // The entity at time t; empty when it does not exist then.
    virtual QJsonObject entity(const QString &id, qint64 t) = 0;
    // Milliseconds between two observations of an entity of that type; 0 for static entities.
    virtual qint64 period(const QString &type) const = 0;
    // How far back the temporal API serves this domain's types. Domains with integrated state
    // (soil, meters) keep a week; a domain whose values depend on time alone can serve more.
    virtual int historyDays() const { return 7; }
    // The type of an id of this domain ("urn:ngsi-ld:<Type>:…").
    static QString typeOf(const QString &id);
    // The evening of the week's event (one a week, the day chosen by the seed), as [start, end).
    std::pair<qint64, qint64> eventWindow(qint64 t) const;

    static constexpr qint64 kMinute = 60 * 1000;
    static constexpr qint64 kHour = 60 * kMinute;
    static constexpr qint64 kDay = 24 * kHour;

protected:
    // Local wall-clock features of a simulated instant (the city runs on Central European Time).
    static double localHour(qint64 t);  // 0–24, fractional
    static int weekday(qint64 t);       // 1 = Monday … 7 = Sunday
    static qint64 align(qint64 t, qint64 period) { return IsoTime::floor(t, period); }
    qint64 hourIndex(qint64 t) const { return (t - m_origin) / kHour; }

    static QJsonObject property(const QJsonValue &value, qint64 observedAt = -1, const QString &unitCode = {});
    static QJsonObject relationship(const QString &object);
    static QJsonObject relationships(const QStringList &objects);
    static QJsonObject geoProperty(const QJsonObject &geometry);
    static QJsonObject point(QPointF lonLat);
    static QJsonObject lineString(const QPolygonF &line);
    static QJsonObject polygon(const QPolygonF &ring);
    static QJsonObject dateTime(qint64 t);
    static QString iso(qint64 t);
    static QJsonObject newEntity(const QString &id, const QString &type);

    const CityLayout &m_city;
    const SimNoise &m_noise;
    const qint64 m_origin; // the hour from which integrated states (soil, meters, incidents) start
};
