#pragma once

#include "sdk/sdk_export.h"

#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringList>

// A dashboard plug-in's JSON metadata (compiled in with Q_PLUGIN_METADATA), validated.
// Example:
//   { "id": "org.citydeck.parking", "name": "Parking", "version": "1.0.0",
//     "sdkVersion": "1.0", "description": "...", "entityTypes": ["OffStreetParking"],
//     "roles": ["operator", "council"], "category": "Mobility", "history": {"OffStreetParking": 21},
//     "translations": { "fr": { "name": "Stationnement", "description": "..." } } }
class CITYDECK_SDK_EXPORT DashboardMetadata
{
public:
    // Roles a dashboard can suit; they match the shell's role workspaces.
    static QStringList knownRoles();

    // Parses and validates; on failure returns false and lists every problem in errors.
    static bool fromJson(const QJsonObject &json, DashboardMetadata *out, QStringList *errors);

    QString id;
    QString name;
    QString version;
    QString sdkVersion;
    QString description;
    QString category;
    QString vendor;
    QStringList entityTypes;
    QStringList roles;
    // Days of history the dashboard needs per entity type (its forecasts, week-over-week views):
    // the connection fetches at least that much when it loads.
    QMap<QString, int> historyDays;

    // Name and description in the UI language, falling back to the English source.
    QString localizedName(const QString &language) const;
    QString localizedDescription(const QString &language) const;
    bool suitsRole(const QString &role) const { return roles.contains(role); }

private:
    struct Translation
    {
        QString name;
        QString description;
    };
    QMap<QString, Translation> m_translations;
};
