#include "sdk/DashboardMetadata.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>

namespace {
// A required non-empty string member; records an error otherwise.
QString requiredString(const QJsonObject &json, const QString &key, QStringList *errors)
{
    const QJsonValue value = json.value(key);
    if (!value.isString() || value.toString().trimmed().isEmpty()) {
        errors->append(QCoreApplication::translate("DashboardMetadata", "\"%1\" is missing or not a text").arg(key));
        return {};
    }
    return value.toString().trimmed();
}

QStringList stringList(const QJsonObject &json, const QString &key, QStringList *errors)
{
    const QJsonValue value = json.value(key);
    if (value.isUndefined())
        return {};
    if (!value.isArray()) {
        errors->append(QCoreApplication::translate("DashboardMetadata", "\"%1\" must be a list of texts").arg(key));
        return {};
    }
    QStringList out;
    for (const QJsonValue &item : value.toArray()) {
        if (!item.isString()) {
            errors->append(QCoreApplication::translate("DashboardMetadata", "\"%1\" must be a list of texts").arg(key));
            return {};
        }
        out << item.toString();
    }
    return out;
}
} // namespace

QStringList DashboardMetadata::knownRoles()
{
    return {QStringLiteral("operator"), QStringLiteral("council"), QStringLiteral("tourism")};
}

bool DashboardMetadata::fromJson(const QJsonObject &json, DashboardMetadata *out, QStringList *errors)
{
    QStringList problems;
    DashboardMetadata meta;
    meta.id = requiredString(json, QStringLiteral("id"), &problems);
    meta.name = requiredString(json, QStringLiteral("name"), &problems);
    meta.version = requiredString(json, QStringLiteral("version"), &problems);
    meta.sdkVersion = requiredString(json, QStringLiteral("sdkVersion"), &problems);
    meta.description = json.value(QStringLiteral("description")).toString();
    meta.category = json.value(QStringLiteral("category")).toString();
    meta.vendor = json.value(QStringLiteral("vendor")).toString();
    meta.entityTypes = stringList(json, QStringLiteral("entityTypes"), &problems);
    meta.roles = stringList(json, QStringLiteral("roles"), &problems);
    // "history": {"CrowdFlowObserved": 21} — days of history the dashboard needs per type.
    const QJsonValue history = json.value(QStringLiteral("history"));
    if (!history.isUndefined() && !history.isObject())
        problems << QCoreApplication::translate("DashboardMetadata", "\"history\" must map entity types to days");
    const QJsonObject historyObject = history.toObject();
    for (auto it = historyObject.begin(); it != historyObject.end(); ++it) {
        const int days = it.value().toInt(-1);
        if (days < 1 || days > 400)
            problems << QCoreApplication::translate("DashboardMetadata", "history of \"%1\" must be 1 to 400 days").arg(it.key());
        else
            meta.historyDays.insert(it.key(), days);
    }

    static const QRegularExpression idPattern(QStringLiteral("^[A-Za-z0-9_.-]+$"));
    if (!meta.id.isEmpty() && !idPattern.match(meta.id).hasMatch())
        problems << QCoreApplication::translate("DashboardMetadata", "\"id\" may only contain letters, digits, '.', '_' and '-'");
    for (const QString &role : std::as_const(meta.roles)) {
        if (!knownRoles().contains(role))
            problems << QCoreApplication::translate("DashboardMetadata", "unknown role \"%1\" (known: %2)").arg(role, knownRoles().join(QStringLiteral(", ")));
    }

    const QJsonObject translations = json.value(QStringLiteral("translations")).toObject();
    for (auto it = translations.begin(); it != translations.end(); ++it) {
        const QJsonObject t = it.value().toObject();
        meta.m_translations.insert(it.key(), {t.value(QStringLiteral("name")).toString(),
                                              t.value(QStringLiteral("description")).toString()});
    }

    if (errors)
        *errors = problems;
    if (!problems.isEmpty())
        return false;
    if (out)
        *out = meta;
    return true;
}

QString DashboardMetadata::localizedName(const QString &language) const
{
    const QString translated = m_translations.value(language).name;
    return translated.isEmpty() ? name : translated;
}

QString DashboardMetadata::localizedDescription(const QString &language) const
{
    const QString translated = m_translations.value(language).description;
    return translated.isEmpty() ? description : translated;
}
