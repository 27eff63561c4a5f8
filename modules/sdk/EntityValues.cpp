#include "sdk/EntityValues.h"

#include <QJsonArray>
#include <QJsonValue>

#include <cmath>

double EntityValues::number(const Entity &entity, const QString &attribute)
{
    bool ok = false;
    const double v = entity.number(attribute, &ok);
    return ok && std::isfinite(v) ? v : std::nan("");
}

QString EntityValues::firstText(const QVariant &value)
{
    if (value.metaType().id() == QMetaType::QJsonValue) {
        const QJsonValue v = value.toJsonValue();
        return v.isArray() ? v.toArray().first().toString() : v.toString();
    }
    if (value.metaType().id() == QMetaType::QStringList || value.metaType().id() == QMetaType::QVariantList)
        return value.toList().value(0).toString();
    return value.toString();
}

QString EntityValues::reference(const Entity &entity, const QString &attribute)
{
    const Attribute *a = entity.attribute(attribute);
    if (!a)
        return {};
    const QString object = a->object();
    return object.isEmpty() ? a->value().toString() : object;
}
