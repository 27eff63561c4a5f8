#pragma once

#include "core/core_export.h"

#include "core/Attribute.h"

#include <vector>

struct AttributeGroupDraft;

// An attribute instance being written (from the store, from JSON, in tests): every member
// plain and public. EntityDraft freezes drafts into an Entity's read-only attributes.
struct CITYDECK_CORE_EXPORT AttributeDraft
{
    // Out of line: the group type is incomplete here.
    AttributeDraft();
    explicit AttributeDraft(Attribute::Kind k);
    explicit AttributeDraft(const Attribute &attribute); // to edit a copy

    Attribute::Kind kind = Attribute::Kind::Property;
    qint64 observedAt = IsoTime::invalid;
    QVariant value;         // as Attribute::value(); a Relationship's targets go to objects
    QString unitCode;
    Geometry geometry;      // GeoProperty
    QStringList objects;    // Relationship targets
    QMap<QString, QString> languageMap;
    QString datasetId;
    std::vector<AttributeGroupDraft> sub;
    QList<TemporalSample> samples;

    // Appends it to the writer as an instance of the attribute `name` (a NameTable id).
    void writeTo(EntityBody::Writer &writer, quint32 name) const;
};

struct CITYDECK_CORE_EXPORT AttributeGroupDraft
{
    AttributeGroupDraft() = default;
    explicit AttributeGroupDraft(QString groupName) : name(std::move(groupName)) {}
    explicit AttributeGroupDraft(const AttributeGroup &group);

    QString name;
    std::vector<AttributeDraft> instances;

    // Appends every instance to the writer (none, logged, when the NameTable is full).
    void writeTo(EntityBody::Writer &writer) const;
    // Temporal data: adds an instance as samples of the instance with the same datasetId (a new
    // instance when there is none). A single value becomes a sample (a Relationship's target is
    // its value); samples already held at the same instant, end and method are not repeated.
    void mergeSamples(AttributeDraft &&instance);
};
