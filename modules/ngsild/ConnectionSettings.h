#pragma once

#include "ngsild/ngsild_export.h"

#include "ngsild/BrokerProfile.h"

#include <QString>
#include <QUrl>

// How to reach one broker. Secrets (token, client secret, password) are filled in from the OS
// keychain by the caller and never written to QSettings or logs.
struct CITYDECK_NGSILD_EXPORT ConnectionSettings
{
    enum class TenantHeader { NgsiLdTenant, FiwareService };
    enum class Auth { None, Bearer, OAuth2Password, OAuth2ClientCredentials, XAuthToken };

    QUrl brokerUrl;            // http://host:1026 — /ngsi-ld/v1 is appended
    QUrl temporalUrl;          // Mintaka or another temporal endpoint; empty = brokerUrl
    QString tenant;
    TenantHeader tenantHeader = TenantHeader::NgsiLdTenant;
    QString contextUrl;        // sent as the Link header; empty = the core context only
    QString coreContextVersion; // empty = the vendor's default

    Auth auth = Auth::None;
    QString token;             // Bearer / X-Auth-Token
    QUrl tokenUrl;             // OAuth2 token endpoint (Keycloak: …/protocol/openid-connect/token)
    QString clientId;
    QString clientSecret;
    QString username;
    QString password;

    BrokerProfile::Vendor vendorHint = BrokerProfile::Vendor::Unknown;
    int pageSize = 0;                          // 0 = the broker's maximum
    int timeoutMs = 30000;                     // per request, without any byte received
    qint64 maxResponseBytes = 64LL * 1024 * 1024;
    int maxRetries = 4;                        // for network faults, 429 and 502–504
    int retryBaseMs = 500;                     // first backoff; doubles, with ±25 % jitter
    int maxRetryDelayMs = 30000;               // cap, also for Retry-After

    QUrl apiUrl(const QString &path) const;          // brokerUrl + /ngsi-ld/v1 + path
    QUrl temporalApiUrl(const QString &path) const;  // temporalUrl (or brokerUrl) + /ngsi-ld/v1 + path
};
