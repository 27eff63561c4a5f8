#pragma once

#include "core/core_export.h"

#include "core/CompactList.h"
#include "core/ConstSpan.h"
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

class AttributeGroup;
struct AttributeDetails;

// One NGSI-LD attribute instance, whatever representation it arrived in (normalized,
// keyValues, GeoJSON properties, temporal): the one model every dashboard and the store read.
// Read-only: writers fill an AttributeDraft (core/EntityDraft.h) and freeze it into an entity;
// the payload reader builds attributes in place. Pages hold tens of thousands of them, so the
// common members (value, time, unit) live inline and everything rarer (geometry, dataset,
// language map, sub-attributes, samples) lives in one optional block.
class CITYDECK_CORE_EXPORT Attribute
{
public:
    enum class Kind : quint8 { Property, GeoProperty, Relationship, LanguageProperty, JsonProperty, VocabProperty };

    // User-provided: value-initialisation (emplace_back()) would otherwise zero all 80 bytes
    // before the members initialise themselves.
    Attribute() noexcept {}
    Attribute(const Attribute &other);
    Attribute(Attribute &&other) noexcept = default;
    Attribute &operator=(const Attribute &other);
    Attribute &operator=(Attribute &&other) noexcept = default;
    ~Attribute();

    Kind kind() const { return m_kind; }
    qint64 observedAt() const { return m_observedAt; }
    QDateTime observedAtTime() const { return IsoTime::toDateTime(m_observedAt); }
    // Property: null, bool, qint64, double, QString, QDateTime (JSON-LD DateTime value objects) or
    // QJsonValue (objects, arrays); JsonProperty: QJsonValue; VocabProperty: QString or
    // QStringList; Relationship: the target's id when there is exactly one.
    QVariant value() const { return m_value; }
    QString unitCode() const { return m_unitCode; }
    Geometry geometry() const;                      // GeoProperty
    bool hasGeometry() const;                       // a valid one, without copying it
    QStringList objects() const;                    // Relationship targets (usually one)
    QString object() const;
    QMap<QString, QString> languageMap() const;     // LanguageProperty: language tag → text
    QString datasetId() const;
    ConstSpan<AttributeGroup> sub() const;          // sub-properties and sub-relationships
    QList<TemporalSample> samples() const;          // temporal representations, as sent
    bool hasSamples() const;

    static QString kindName(Kind kind);
    static bool kindFromName(std::string_view name, Kind *kind);

    // The value as a number when it is one (or a numeric text); false otherwise.
    double toNumber(bool *ok = nullptr) const;
    const AttributeGroup *subGroup(QStringView name) const;
    const Attribute *subAttribute(QStringView name) const;

private:
    // Those that build attributes in place (see the class comment).
    friend class AttributeGroup;
    friend class Entity;
    friend class EntityDraft;
    friend struct AttributeDraft;
    friend class PayloadReader;
    friend class ModelFloor;

    AttributeDetails &details();
    void setGeometry(Geometry geometry);
    void setObjects(QStringList objects);
    const QString &datasetIdRef() const;

    Kind m_kind = Kind::Property;
    qint64 m_observedAt = IsoTime::invalid;
    QVariant m_value;
    QString m_unitCode;
    std::unique_ptr<AttributeDetails> m_details;
};

// All instances of one attribute name (one per datasetId; the default instance has none).
// Almost every attribute has a single instance: it lives inline, without a heap allocation
// (112 bytes a group, so that an entity's eight groups fit one small allocation).
class CITYDECK_CORE_EXPORT AttributeGroup
{
public:
    AttributeGroup() noexcept {} // as Attribute(): no zeroing before the members initialise
    explicit AttributeGroup(QString groupName) noexcept : m_name(std::move(groupName)) {}

    const QString &name() const { return m_name; }
    ConstSpan<Attribute> instances() const { return {m_instances.begin(), m_instances.size()}; }

private:
    friend class Attribute;
    friend class Entity;
    friend class EntityDraft;
    friend struct AttributeGroupDraft;
    friend class PayloadReader;
    friend class ModelFloor;

    // Temporal data: adds an instance as samples of the instance with the same datasetId (a new
    // instance when there is none). A single value becomes a sample (a Relationship's object is
    // its value); samples already held at the same instant, end and method are not repeated.
    void mergeSamples(Attribute &&instance);

    QString m_name;
    CompactList<Attribute> m_instances;
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
