#pragma once

#include "ngsild/ngsild_export.h"

#include "ngsild/BrokerError.h"
#include "ngsild/ConnectionSettings.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QPair>
#include <functional>

class QNetworkAccessManager;

// Supplies the authentication header of every request: none, a static bearer token, Wilma's
// X-Auth-Token, or an OAuth2 access token (password or client-credentials grant, Keycloak
// style) fetched from the token endpoint and refreshed before it expires or after a 401.
class CITYDECK_NGSILD_EXPORT TokenProvider : public QObject
{
    Q_OBJECT

public:
    using Header = QPair<QByteArray, QByteArray>;
    using Ready = std::function<void(const BrokerError &error)>;

    TokenProvider(QNetworkAccessManager *network, const ConnectionSettings &settings, QObject *parent = nullptr);

    bool usesOAuth2() const;
    // Calls ready once a valid header is available (at once unless a token must be fetched).
    void ensureToken(const Ready &ready);
    // Forget the current OAuth2 token (after a 401): the next ensureToken fetches a new one.
    void invalidate();
    QList<Header> headers() const;
    QDateTime expiresAt() const { return m_expiresAt; }

private:
    void fetch();
    void finishFetch(const BrokerError &error);

    QNetworkAccessManager *m_network;
    ConnectionSettings m_settings;
    QByteArray m_accessToken;
    QByteArray m_refreshToken;
    QDateTime m_expiresAt;
    QList<Ready> m_waiting;
    bool m_fetching = false;
};
