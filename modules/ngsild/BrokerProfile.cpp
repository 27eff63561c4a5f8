#include "ngsild/BrokerProfile.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

BrokerProfile BrokerProfile::forVendor(Vendor vendor)
{
    BrokerProfile p;
    p.m_vendor = vendor;
    return p;
}

BrokerProfile BrokerProfile::fromServerHeader(const QByteArray &server)
{
    const QString s = QString::fromUtf8(server).toLower();
    BrokerProfile p;
    if (s.contains(QLatin1String("orion")))
        p.m_vendor = Vendor::OrionLd;
    else if (s.contains(QLatin1String("scorpio")))
        p.m_vendor = Vendor::Scorpio;
    else if (s.contains(QLatin1String("stellio")))
        p.m_vendor = Vendor::Stellio;
    else if (s.contains(QLatin1String("citydeck")))
        p.m_vendor = Vendor::CityDeckSim;
    static const QRegularExpression version(QStringLiteral("[/ ]v?(\\d+\\.\\d+(?:\\.\\d+)?)"));
    if (p.m_vendor != Vendor::Unknown) {
        const auto m = version.match(s);
        if (m.hasMatch())
            p.m_version = m.captured(1);
    }
    return p;
}

BrokerProfile BrokerProfile::fromInfoBody(const QByteArray &body)
{
    const QJsonObject o = QJsonDocument::fromJson(body).object();
    BrokerProfile p;
    if (o.contains(QStringLiteral("orionld version")) || o.contains(QStringLiteral("orion version"))) {
        p.m_vendor = Vendor::OrionLd;
        p.m_version = o.value(QStringLiteral("orionld version")).toString();
    } else {
        const QString all = QString::fromUtf8(body).toLower();
        p = fromServerHeader(all.toUtf8());
        if (p.m_vendor != Vendor::Unknown && p.m_version.isEmpty())
            p.m_version = o.value(QStringLiteral("version")).toString();
    }
    return p;
}

BrokerProfile BrokerProfile::fromErrorBody(const QByteArray &body)
{
    const QJsonObject o = QJsonDocument::fromJson(body).object();
    BrokerProfile p;
    const QString type = o.value(QStringLiteral("type")).toString();
    if (type.endsWith(QLatin1Char(' ')) || o.contains(QStringLiteral("details")))
        p.m_vendor = Vendor::Scorpio;
    return p;
}

QString BrokerProfile::displayName() const
{
    QString name;
    switch (m_vendor) {
    case Vendor::OrionLd:
        name = QStringLiteral("Orion-LD");
        break;
    case Vendor::Scorpio:
        name = QStringLiteral("Scorpio");
        break;
    case Vendor::Stellio:
        name = QStringLiteral("Stellio");
        break;
    case Vendor::CityDeckSim:
        name = QStringLiteral("CityDeck demo city");
        break;
    case Vendor::Unknown:
        return QStringLiteral("unknown NGSI-LD broker");
    }
    return m_version.isEmpty() ? name : name + QLatin1Char(' ') + m_version;
}

int BrokerProfile::maxPageSize() const
{
    switch (m_vendor) {
    case Vendor::OrionLd:
    case Vendor::Scorpio:
    case Vendor::CityDeckSim:
        return 1000;
    case Vendor::Stellio:
        return 100;
    case Vendor::Unknown:
        break;
    }
    return 100; // the smallest common maximum: safe until the broker is known
}

QString BrokerProfile::coreContextVersion() const
{
    switch (m_vendor) {
    case Vendor::Scorpio:
        return QStringLiteral("1.8");
    case Vendor::Stellio:
        return QStringLiteral("1.9");
    default:
        return QStringLiteral("1.6");
    }
}

QString BrokerProfile::coreContextUrl(const QString &version)
{
    return QStringLiteral("https://uri.etsi.org/ngsi-ld/v1/ngsi-ld-core-context-v%1.jsonld").arg(version);
}
