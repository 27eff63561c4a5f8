#pragma once

#include "core/core_export.h"

#include "core/Geometry.h"
#include "core/IsoTime.h"

#include <QMap>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <QVarLengthArray>

#include <string_view>
#include <vector>

struct Attribute;

// One value of a temporal representation: (value, observedAt), or for aggregated values
// (value, start, end) with the aggregation method ("avg", "max", ...).
struct CITYDECK_CORE_EXPORT TemporalSample
{
    QVariant value;
    qint64 observedAt = IsoTime::invalid;
    qint64 endAt = IsoTime::invalid;
    QString method;

    bool operator==(const TemporalSample &o) const
    {
        return value == o.value && observedAt == o.observedAt && endAt == o.endAt && method == o.method;
    }
};

struct AttributeGroup;

// One NGSI-LD attribute instance, whatever representation it arrived in (normalized,
// keyValues, GeoJSON properties, temporal): the one model every dashboard and the store use.
struct CITYDECK_CORE_EXPORT Attribute
{
    enum class Kind : quint8 { Property, GeoProperty, Relationship, LanguageProperty, JsonProperty, VocabProperty };

    Kind kind = Kind::Property;
    // Property: null, bool, qint64, double, QString, QDateTime (JSON-LD DateTime value objects) or
    // QJsonValue (objects, arrays); JsonProperty: QJsonValue; VocabProperty: QString or QStringList.
    QVariant value;
    Geometry geometry;                   // GeoProperty
    QStringList objects;                 // Relationship targets (usually one)
    QMap<QString, QString> languageMap;  // LanguageProperty: language tag → text
    QString datasetId;
    QString unitCode;
    qint64 observedAt = IsoTime::invalid;
    std::vector<AttributeGroup> sub;     // sub-properties and sub-relationships
    QList<TemporalSample> samples;       // temporal representations, oldest or newest first as sent

    static QString kindName(Kind kind);
    static bool kindFromName(std::string_view name, Kind *kind);

    // The value as a number when it is one (or a numeric text); false otherwise.
    double toNumber(bool *ok = nullptr) const;
    QString object() const { return objects.value(0); }
    QDateTime observedAtTime() const { return IsoTime::toDateTime(observedAt); }
    const AttributeGroup *subGroup(QStringView name) const;
    const Attribute *subAttribute(QStringView name) const;
};

// All instances of one attribute name (one per datasetId; the default instance has none).
// Almost every attribute has a single instance: it lives inline, without a heap allocation.
struct CITYDECK_CORE_EXPORT AttributeGroup
{
    QString name;
    QVarLengthArray<Attribute, 1> instances;

    // Temporal data: adds an instance as samples of the instance with the same datasetId (a new
    // instance when there is none). A single value becomes a sample (a Relationship's object is
    // its value); samples already held at the same instant, end and method are not repeated.
    void mergeSamples(Attribute &&instance);
};
