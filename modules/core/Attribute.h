#pragma once

#include "core/core_export.h"

#include "core/ConstSpan.h"
#include "core/EntityBody.h"
#include "core/Geometry.h"
#include "core/IsoTime.h"
#include "core/NameTable.h"

#include <QMap>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <string_view>

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

// One NGSI-LD attribute instance, whatever representation it arrived in (normalized,
// keyValues, GeoJSON properties, temporal): the one model every dashboard and the store read.
// It is a view of one record of its entity's packed body (core/EntityBody.h): it exists only
// inside an Entity, is reached by reference and decodes its parts on demand. Writers fill an
// AttributeDraft (core/AttributeDraft.h) and freeze it into an entity.
class CITYDECK_CORE_EXPORT Attribute
{
public:
    enum class Kind : quint8 { Property, GeoProperty, Relationship, LanguageProperty, JsonProperty, VocabProperty };

    Attribute(const Attribute &) = delete;
    Attribute &operator=(const Attribute &) = delete;

    Kind kind() const { return Kind(m_record.kind); }
    qint64 observedAt() const { return m_record.observedAt; }
    QDateTime observedAtTime() const { return IsoTime::toDateTime(m_record.observedAt); }
    // Property: null, bool, qint64, double, QString, QDateTime (JSON-LD DateTime value objects) or
    // QJsonValue (objects, arrays); JsonProperty: QJsonValue; VocabProperty: QString or
    // QStringList; Relationship: the target's id when there is exactly one.
    QVariant value() const;
    QString unitCode() const { return NameTable::name(m_record.unit); }
    Geometry geometry() const;                      // GeoProperty, rebuilt on each call
    bool hasGeometry() const;                       // a valid one, without building it
    QStringList objects() const;                    // Relationship targets (usually one)
    QString object() const;
    QMap<QString, QString> languageMap() const;     // LanguageProperty: language tag → text (a list's joined by lines)
    QMap<QString, QStringList> languageTexts() const; // language tag → its texts, as sent (one, or a list)
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
    friend class Entity;
    Attribute() = default;

    const EntityBody::Header *body() const { return EntityBody::headerOf(this, m_record.self); }
    const EntityBody::ExtraRecord *extra() const { return EntityBody::extraOf(body(), m_record); }
    std::string_view datasetBytes() const;

    EntityBody::AttributeRecord m_record;
};

// All instances of one attribute name (one per datasetId; the default instance has none), a
// view of a record of its entity's body as Attribute is.
class CITYDECK_CORE_EXPORT AttributeGroup
{
public:
    AttributeGroup(const AttributeGroup &) = delete;
    AttributeGroup &operator=(const AttributeGroup &) = delete;

    const QString &name() const { return NameTable::name(m_record.name); }
    quint32 nameId() const { return m_record.name; } // NameTable id
    ConstSpan<Attribute> instances() const;

private:
    friend class Entity;
    friend class EntityDraft;
    AttributeGroup() = default;

    EntityBody::GroupRecord m_record;
};

static_assert(sizeof(Attribute) == sizeof(EntityBody::AttributeRecord)
              && sizeof(AttributeGroup) == sizeof(EntityBody::GroupRecord));
