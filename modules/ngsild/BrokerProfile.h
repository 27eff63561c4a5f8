#pragma once

#include "ngsild/ngsild_export.h"

#include <QByteArray>
#include <QString>

// What is known of the broker on the other end: vendor and version (a best guess from the
// Server header, version endpoints or error shapes), shown to the user and used for paging.
class CITYDECK_NGSILD_EXPORT BrokerProfile
{
public:
    enum class Vendor { Unknown, OrionLd, Scorpio, Stellio, CityDeckSim };

    static BrokerProfile forVendor(Vendor vendor);
    // From a Server (or X-Powered-By) header value; Unknown when it says nothing.
    static BrokerProfile fromServerHeader(const QByteArray &server);
    // From the body of a version/info endpoint (Orion-LD /ngsi-ld/ex/v1/version, …).
    static BrokerProfile fromInfoBody(const QByteArray &body);
    // From an error body's shape: Scorpio's type has a trailing space and uses "details".
    static BrokerProfile fromErrorBody(const QByteArray &body);

    Vendor vendor() const { return m_vendor; }
    QString version() const { return m_version; }
    void setVersion(const QString &version) { m_version = version; }
    QString displayName() const;
    // Largest page the broker accepts (Orion-LD and Scorpio 1000, Stellio 100).
    int maxPageSize() const;
    // Core @context version the vendor defaults to (Orion-LD 1.6, Scorpio 1.8, Stellio 1.9).
    QString coreContextVersion() const;
    static QString coreContextUrl(const QString &version);

private:
    Vendor m_vendor = Vendor::Unknown;
    QString m_version;
};
