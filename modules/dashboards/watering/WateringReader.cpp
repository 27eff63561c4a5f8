#include "watering/WateringReader.h"

#include "watering/DecisionEngine.h"

#include "sdk/CityPlan.h"
#include "sdk/EntityStore.h"
#include "sdk/EntityValues.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>

namespace {
const QString kGarden = QStringLiteral("Garden");
const QString kRecord = QStringLiteral("GreenspaceRecord");
const QString kMeter = QStringLiteral("WaterConsumptionObserved");
const QString kSchedule = QStringLiteral("SportsFieldSchedule");
const QString kForecast = QStringLiteral("WeatherForecast");
const QString kStation = QStringLiteral("WeatherObserved");

QJsonValue jsonOf(const QVariant &value)
{
    if (value.metaType().id() == QMetaType::QJsonValue)
        return value.toJsonValue();
    return QJsonValue::fromVariant(value);
}

qint64 jsonTime(const QJsonValue &v)
{
    if (v.isString())
        return IsoTime::parse(v.toString());
    if (v.isObject())
        return IsoTime::parse(v.toObject().value(QStringLiteral("@value")).toString());
    return IsoTime::invalid;
}

// The suffix after the type in "urn:ngsi-ld:<Type>:<suffix>": what links a meter without a
// reference to its field.
QString suffixOf(const QString &id)
{
    return id.section(QLatin1Char(':'), 3, -1);
}

qint64 observedAt(const Entity &e, const QString &attribute)
{
    const Attribute *a = e.attribute(attribute);
    return a ? a->observedAt() : IsoTime::invalid;
}
} // namespace

int WateringReader::Snapshot::indexOf(const QString &fieldId) const
{
    for (int i = 0; i < fields.size(); ++i) {
        if (fields.at(i).id == fieldId)
            return i;
    }
    return -1;
}

QStringList WateringReader::types()
{
    return {kGarden, kRecord, kMeter, kSchedule, kForecast, kStation};
}

qint64 WateringReader::timeOf(const QVariant &value)
{
    if (value.metaType().id() == QMetaType::QDateTime)
        return IsoTime::fromDateTime(value.toDateTime());
    if (value.metaType().id() == QMetaType::QString)
        return IsoTime::parse(value.toString());
    return jsonTime(jsonOf(value));
}

QList<TimeSpan> WateringReader::spansOf(const QVariant &value)
{
    const QJsonValue v = jsonOf(value);
    const QJsonArray items = v.isArray() ? v.toArray() : QJsonArray{v};
    QList<TimeSpan> out;
    for (const QJsonValue &item : items) {
        const QJsonObject o = item.toObject();
        const qint64 start = jsonTime(o.value(QStringLiteral("start")));
        const qint64 end = jsonTime(o.value(QStringLiteral("end")));
        if (start != IsoTime::invalid && end != IsoTime::invalid && end > start)
            out << TimeSpan{start, end, o.value(QStringLiteral("title")).toString()};
    }
    return out;
}

WateringReader::Snapshot WateringReader::read(const EntityStore &store, qint64 t, const CityPlan *plan)
{
    Snapshot s;
    s.time = t;
    const std::vector<Entity> entities = store.stateAt(t, types());
    QHash<QString, int> fieldOf;      // Garden id → index
    QHash<QString, QString> recordOf; // record id → Garden id (from the Garden's refRecord)
    QHash<QString, QString> bySuffix; // id suffix → Garden id
    for (const Entity &e : entities) {
        if (e.type() != kGarden)
            continue;
        WateringField f;
        f.id = e.id;
        f.name = EntityValues::firstText(e.attribute(QStringLiteral("name")) ? e.attribute(QStringLiteral("name"))->value() : QVariant());
        if (f.name.isEmpty())
            f.name = e.id;
        const Geometry g = e.location();
        if (g.isValid() && g.ringCount() > 0 && (g.type() == Geometry::Type::Polygon || g.type() == Geometry::Type::MultiPolygon)) {
            f.ring = g.ringPolygon(0);
            f.areaM2 = DecisionEngine::ringArea(f.ring);
        }
        f.geometry = EntityGeometry::project(g);
        f.district = plan && f.geometry.valid ? plan->districtAt(f.geometry.anchor) : QString();
        if (const Attribute *last = e.attribute(QStringLiteral("dateLastWatering")))
            f.lastWatering = timeOf(last->value());
        if (const QString record = EntityValues::reference(e, QStringLiteral("refRecord")); !record.isEmpty()) {
            recordOf.insert(record, e.id);
            if (!suffixOf(record).isEmpty())
                recordOf.insert(suffixOf(record), e.id); // Smart Data Models' own example points at "urn:ngsi-ld:Record:…"
        }
        if (!suffixOf(e.id).isEmpty())
            bySuffix.insert(suffixOf(e.id), e.id);
        s.fields << f;
    }
    std::sort(s.fields.begin(), s.fields.end(), [](const WateringField &a, const WateringField &b) { return a.name < b.name; });
    for (int i = 0; i < s.fields.size(); ++i)
        fieldOf.insert(s.fields.at(i).id, i);

    auto fieldFor = [&](const Entity &e) -> WateringField * {
        // The reference as sent, else the same name under another type ("urn:ngsi-ld:Greenspace:X"
        // for the Garden X, as in Smart Data Models' example), else the Garden's refRecord, else
        // the id's own suffix (a meter "…:sq-0001" for the Garden "…:sq-0001").
        const QString ref = EntityValues::reference(e, QStringLiteral("refGreenspace"));
        for (const QString &garden : {ref, bySuffix.value(suffixOf(ref)), recordOf.value(e.id), recordOf.value(suffixOf(e.id)),
                                      bySuffix.value(suffixOf(e.id))}) {
            if (const int i = garden.isEmpty() ? -1 : fieldOf.value(garden, -1); i >= 0)
                return &s.fields[i];
        }
        return nullptr;
    };

    for (const Entity &e : entities) {
        const QString type = e.type();
        if (type == kRecord) {
            if (WateringField *f = fieldFor(e)) {
                f->recordId = e.id;
                f->moisture = EntityValues::number(e, QStringLiteral("soilMoistureVwc"));
                f->moistureAt = observedAt(e, QStringLiteral("soilMoistureVwc"));
                if (f->moistureAt == IsoTime::invalid && e.attribute(QStringLiteral("dateObserved"))) // key-values carry no observedAt
                    f->moistureAt = timeOf(e.attribute(QStringLiteral("dateObserved"))->value());
                f->soilTemperature = EntityValues::number(e, QStringLiteral("soilTemperature"));
            }
        } else if (type == kMeter) {
            if (WateringField *f = fieldFor(e)) {
                f->meterId = e.id;
                f->meterReading = EntityValues::number(e, QStringLiteral("waterConsumption"));
                f->meterAt = observedAt(e, QStringLiteral("waterConsumption"));
            }
        } else if (type == kSchedule) {
            if (WateringField *f = fieldFor(e)) {
                f->scheduleId = e.id;
                if (const Attribute *a = e.attribute(QStringLiteral("reservations")))
                    f->reservations = spansOf(a->value());
                if (const Attribute *a = e.attribute(QStringLiteral("nextMowing")))
                    f->nextMowing = spansOf(a->value()).value(0);
                if (const Attribute *a = e.attribute(QStringLiteral("lastMowing")))
                    f->lastMowing = spansOf(a->value()).value(0);
                if (f->nextMowing && f->nextMowing->end <= f->nextMowing->start)
                    f->nextMowing.reset();
                if (f->lastMowing && f->lastMowing->end <= f->lastMowing->start)
                    f->lastMowing.reset();
            }
        } else if (type == kForecast) {
            ForecastHour h;
            h.start = e.attribute(QStringLiteral("validFrom")) ? timeOf(e.attribute(QStringLiteral("validFrom"))->value()) : IsoTime::invalid;
            h.end = e.attribute(QStringLiteral("validTo")) ? timeOf(e.attribute(QStringLiteral("validTo"))->value()) : IsoTime::invalid;
            // Periods of a few hours only: a day's summary says nothing about when the rain falls.
            if (h.start == IsoTime::invalid || h.end <= h.start || h.end - h.start > DecisionEngine::kForecastSpanMs)
                continue;
            h.issued = e.attribute(QStringLiteral("dateIssued")) ? timeOf(e.attribute(QStringLiteral("dateIssued"))->value()) : IsoTime::invalid;
            h.probability = EntityValues::number(e, QStringLiteral("precipitationProbability"));
            h.mm = EntityValues::number(e, QStringLiteral("precipitation"));
            if (!std::isfinite(h.probability))
                continue;
            h.probability = h.probability > 1.0 ? h.probability / 100.0 : h.probability; // some feeds send percent
            h.mm = std::isfinite(h.mm) ? std::max(0.0, h.mm) : 0.0;
            s.forecast << h;
            if (h.issued != IsoTime::invalid && (s.forecastIssued == IsoTime::invalid || h.issued > s.forecastIssued))
                s.forecastIssued = h.issued;
        } else if (type == kStation && s.stationId.isEmpty()) {
            s.stationId = e.id;
            s.rainObserved = EntityValues::number(e, QStringLiteral("precipitation"));
            s.rainObservedAt = observedAt(e, QStringLiteral("precipitation"));
        }
    }
    std::sort(s.forecast.begin(), s.forecast.end(), [](const ForecastHour &a, const ForecastHour &b) { return a.start < b.start; });
    return s;
}
