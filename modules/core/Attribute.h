#pragma once

#include "core/core_export.h"

#include "core/CompactList.h"
#include "core/Geometry.h"
#include "core/IsoTime.h"

#include <QMap>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <memory>
#include <string_view>
#include <vector>

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
struct AttributeDetails;

// One NGSI-LD attribute instance, whatever representation it arrived in (normalized,
// keyValues, GeoJSON properties, temporal): the one model every dashboard and the store use.
// Pages hold tens of thousands of them, so the common members (value, time, unit) live inline
// and everything rarer (geometry, dataset, language map, sub-attributes, samples) lives in one
// optional block: an attribute is 80 bytes, and eight of them fit a small allocation.
struct CITYDECK_CORE_EXPORT Attribute
{
    enum class Kind : quint8 { Property, GeoProperty, Relationship, LanguageProperty, JsonProperty, VocabProperty };

    Kind kind = Kind::Property;
    qint64 observedAt = IsoTime::invalid;
    // Property: null, bool, qint64, double, QString, QDateTime (JSON-LD DateTime value objects) or
    // QJsonValue (objects, arrays); JsonProperty: QJsonValue; VocabProperty: QString or
    // QStringList; Relationship: the target's id when there is exactly one.
    QVariant value;
    QString unitCode;

    // User-provided: value-initialisation (emplace_back()) would otherwise zero all 80 bytes
    // before the members initialise themselves.
    Attribute() noexcept {}
    Attribute(const Attribute &other);
    Attribute(Attribute &&other) noexcept = default;
    Attribute &operator=(const Attribute &other);
    Attribute &operator=(Attribute &&other) noexcept = default;
    ~Attribute();

    const Geometry &geometry() const;                 // GeoProperty
    void setGeometry(Geometry geometry);
    QStringList objects() const;                      // Relationship targets (usually one)
    QString object() const;
    void setObjects(QStringList objects);
    const QMap<QString, QString> &languageMap() const; // LanguageProperty: language tag → text
    const QString &datasetId() const;
    const std::vector<AttributeGroup> &sub() const;  // sub-properties and sub-relationships
    const QList<TemporalSample> &samples() const;    // temporal representations, as sent
    // The rare members, for writers (created on first use).
    AttributeDetails &details();
    bool hasDetails() const { return bool(m_details); }

    static QString kindName(Kind kind);
    static bool kindFromName(std::string_view name, Kind *kind);

    // The value as a number when it is one (or a numeric text); false otherwise.
    double toNumber(bool *ok = nullptr) const;
    QDateTime observedAtTime() const { return IsoTime::toDateTime(observedAt); }
    const AttributeGroup *subGroup(QStringView name) const;
    const Attribute *subAttribute(QStringView name) const;

private:
    std::unique_ptr<AttributeDetails> m_details;
};

// All instances of one attribute name (one per datasetId; the default instance has none).
// Almost every attribute has a single instance: it lives inline, without a heap allocation
// (112 bytes a group, so that an entity's eight groups fit one small allocation).
struct CITYDECK_CORE_EXPORT AttributeGroup
{
    AttributeGroup() noexcept {} // as Attribute(): no zeroing before the members initialise
    explicit AttributeGroup(QString groupName) noexcept : name(std::move(groupName)) {}

    QString name;
    CompactList<Attribute> instances;

    // Temporal data: adds an instance as samples of the instance with the same datasetId (a new
    // instance when there is none). A single value becomes a sample (a Relationship's object is
    // its value); samples already held at the same instant, end and method are not repeated.
    void mergeSamples(Attribute &&instance);
};

struct CITYDECK_CORE_EXPORT AttributeDetails
{
    Geometry geometry;
    QStringList objects; // only when a Relationship has several targets
    QMap<QString, QString> languageMap;
    QString datasetId;
    std::vector<AttributeGroup> sub;
    QList<TemporalSample> samples;
};
