#pragma once

#include "core/core_export.h"

#include "core/AttributeDraft.h"
#include "core/Entity.h"

// An entity being written: what the store decodes, what JSON lines and tests describe. Its
// members are plain; toEntity() packs it into the read-only Entity every reader gets.
class CITYDECK_CORE_EXPORT EntityDraft
{
public:
    EntityDraft() = default;
    explicit EntityDraft(const Entity &entity); // to edit a copy

    QString id;
    QStringList types;
    std::vector<AttributeGroupDraft> attributes;
    // Attributes already packed (the store's cached statics): they go into the entity first,
    // copied record by record without a round trip through drafts; drafted instances of the
    // same name join them. Only its attributes are used.
    Entity base;

    // The group of that name, created when missing (first-seen order kept).
    AttributeGroupDraft &groupFor(const QString &name);
    // Adds an instance to the group of that name.
    AttributeDraft &add(const QString &name, AttributeDraft instance);

    Entity toEntity() &&;
    Entity toEntity() const &;
};
