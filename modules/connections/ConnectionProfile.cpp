#include "connections/ConnectionProfile.h"

#include <QRegularExpression>
#include <QSettings>
#include <QUuid>

namespace {
const QString kGroup = QStringLiteral("connections");
}

QList<ConnectionProfile> ConnectionProfile::loadAll(QSettings *s)
{
    QList<ConnectionProfile> out;
    s->beginGroup(kGroup);
    for (const QString &id : s->childGroups()) {
        s->beginGroup(id);
        ConnectionProfile p;
        p.id = id;
        p.name = s->value(QStringLiteral("name"), id).toString();
        ConnectionSettings &c = p.settings;
        c.brokerUrl = s->value(QStringLiteral("brokerUrl")).toUrl();
        c.temporalUrl = s->value(QStringLiteral("temporalUrl")).toUrl();
        c.tenant = s->value(QStringLiteral("tenant")).toString();
        c.tenantHeader = s->value(QStringLiteral("fiwareService")).toBool() ? ConnectionSettings::TenantHeader::FiwareService
                                                                             : ConnectionSettings::TenantHeader::NgsiLdTenant;
        c.contextUrl = s->value(QStringLiteral("contextUrl")).toString();
        c.auth = ConnectionSettings::Auth(std::clamp(s->value(QStringLiteral("auth")).toInt(), 0, 4));
        c.tokenUrl = s->value(QStringLiteral("tokenUrl")).toUrl();
        c.clientId = s->value(QStringLiteral("clientId")).toString();
        c.username = s->value(QStringLiteral("username")).toString();
        p.notificationAddress = s->value(QStringLiteral("notificationAddress")).toString();
        p.retentionDays = qMax(1, s->value(QStringLiteral("retentionDays"), p.retentionDays).toInt());
        p.cacheLimitMb = qMax(16, s->value(QStringLiteral("cacheLimitMb"), p.cacheLimitMb).toInt());
        s->endGroup();
        if (c.brokerUrl.isValid())
            out << p;
    }
    s->endGroup();
    std::sort(out.begin(), out.end(), [](const ConnectionProfile &a, const ConnectionProfile &b) {
        return a.name.localeAwareCompare(b.name) < 0;
    });
    return out;
}

void ConnectionProfile::save(QSettings *s) const
{
    s->beginGroup(kGroup + QLatin1Char('/') + id);
    s->remove(QString());
    s->setValue(QStringLiteral("name"), name);
    s->setValue(QStringLiteral("brokerUrl"), settings.brokerUrl);
    s->setValue(QStringLiteral("temporalUrl"), settings.temporalUrl);
    s->setValue(QStringLiteral("tenant"), settings.tenant);
    s->setValue(QStringLiteral("fiwareService"), settings.tenantHeader == ConnectionSettings::TenantHeader::FiwareService);
    s->setValue(QStringLiteral("contextUrl"), settings.contextUrl);
    s->setValue(QStringLiteral("auth"), int(settings.auth));
    s->setValue(QStringLiteral("tokenUrl"), settings.tokenUrl);
    s->setValue(QStringLiteral("clientId"), settings.clientId);
    s->setValue(QStringLiteral("username"), settings.username);
    s->setValue(QStringLiteral("notificationAddress"), notificationAddress);
    s->setValue(QStringLiteral("retentionDays"), retentionDays);
    s->setValue(QStringLiteral("cacheLimitMb"), cacheLimitMb);
    s->endGroup();
}

void ConnectionProfile::remove(QSettings *s, const QString &id)
{
    s->remove(kGroup + QLatin1Char('/') + id);
}

QString ConnectionProfile::newId(const QString &name)
{
    QString slug = name.toLower();
    slug.replace(QRegularExpression(QStringLiteral("[^a-z0-9]+")), QStringLiteral("-"));
    slug = slug.left(32).remove(QRegularExpression(QStringLiteral("^-+|-+$")));
    return (slug.isEmpty() ? QStringLiteral("broker") : slug) + QLatin1Char('-')
        + QUuid::createUuid().toString(QUuid::WithoutBraces).left(8);
}

QStringList ConnectionProfile::secretFields() const
{
    using Auth = ConnectionSettings::Auth;
    switch (settings.auth) {
    case Auth::Bearer:
    case Auth::XAuthToken:
        return {QStringLiteral("token")};
    case Auth::OAuth2Password:
        return {QStringLiteral("clientSecret"), QStringLiteral("password")};
    case Auth::OAuth2ClientCredentials:
        return {QStringLiteral("clientSecret")};
    case Auth::None:
        break;
    }
    return {};
}

QString ConnectionProfile::secret(const QString &field) const
{
    if (field == QLatin1String("token"))
        return settings.token;
    if (field == QLatin1String("clientSecret"))
        return settings.clientSecret;
    return field == QLatin1String("password") ? settings.password : QString();
}

void ConnectionProfile::setSecret(const QString &field, const QString &value)
{
    if (field == QLatin1String("token"))
        settings.token = value;
    else if (field == QLatin1String("clientSecret"))
        settings.clientSecret = value;
    else if (field == QLatin1String("password"))
        settings.password = value;
}
