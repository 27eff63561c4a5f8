#pragma once

#include "sdk/sdk_export.h"

#include "core/Entity.h"

#include <QString>

// Reading values the way brokers send them, for the dashboards: a number that may be absent or
// not a number, a text that may be a list (Smart Data Models' `category`, `status`), a reference
// that may be a Relationship or, from some feeds, a plain Property holding the id.
class CITYDECK_SDK_EXPORT EntityValues
{
public:
    // NaN when the attribute is absent or not a (finite) number.
    static double number(const Entity &entity, const QString &attribute);
    // The first text of a text or a list of texts; empty otherwise.
    static QString firstText(const QVariant &value);
    // The target id of a Relationship (or of a Property holding one); empty without the attribute.
    static QString reference(const Entity &entity, const QString &attribute);
};
