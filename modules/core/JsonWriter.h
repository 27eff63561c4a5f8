#pragma once

#include "core/core_export.h"

#include "core/Attribute.h"

#include <QByteArray>

// Writes the entity model as the compact JSON EntityJson reads back (same keys and shapes as
// EntityJson::toJson), straight into a byte array: no QJsonObject tree on the way. The store
// writes every received entity's static attributes through it, so it must be cheap.
class CITYDECK_CORE_EXPORT JsonWriter
{
public:
    static void string(QByteArray &out, QStringView text);
    static void number(QByteArray &out, double value);
    static void value(QByteArray &out, const QVariant &value);
    static void geometry(QByteArray &out, const Geometry &geometry);
    static void attribute(QByteArray &out, const Attribute &attribute);
    // [instance, …] of one attribute group.
    static void instances(QByteArray &out, const AttributeGroup &group);
    // {"name":[instance, …], …}: attribute groups (sub-attributes, statics).
    static void groups(QByteArray &out, ConstSpan<AttributeGroup> groups);
    // {"fr":"…", …}
    static void languageMap(QByteArray &out, const QMap<QString, QString> &texts);
};
