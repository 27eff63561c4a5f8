#pragma once

#include "connections/connections_export.h"

#include "ngsild/ConnectionSettings.h"

#include <QList>
#include <QString>

class QSettings;

// A named broker connection as the user configured it. Stored in QSettings under
// "connections/<id>" without any secret: tokens, client secrets and passwords live in the OS
// keychain under "<id>/<field>" (see SecretStore).
struct CITYDECK_CONNECTIONS_EXPORT ConnectionProfile
{
    QString id;
    QString name;
    ConnectionSettings settings;
    QString notificationAddress; // "host:port" the broker can reach for notifications; empty = 127.0.0.1, any port
    int retentionDays = 90;      // values older than this are folded into hourly aggregates
    int cacheLimitMb = 2048;     // the cache's size cap; the oldest values go first past it

    static QList<ConnectionProfile> loadAll(QSettings *settings);
    void save(QSettings *settings) const;
    static void remove(QSettings *settings, const QString &id);
    static QString newId(const QString &name);

    // The keychain fields this profile's authentication needs ("token", "clientSecret", "password").
    QStringList secretFields() const;
    QString secret(const QString &field) const;
    void setSecret(const QString &field, const QString &value);
};
