#include "ngsild/TokenProvider.h"

#include "ngsild/NgsiLdLog.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QUrlQuery>

namespace {
constexpr int kRefreshMarginSeconds = 30; // refresh this long before the token expires
}

TokenProvider::TokenProvider(QNetworkAccessManager *network, const ConnectionSettings &settings, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_settings(settings)
{
}

bool TokenProvider::usesOAuth2() const
{
    return m_settings.auth == ConnectionSettings::Auth::OAuth2Password
        || m_settings.auth == ConnectionSettings::Auth::OAuth2ClientCredentials;
}

QList<TokenProvider::Header> TokenProvider::headers() const
{
    switch (m_settings.auth) {
    case ConnectionSettings::Auth::Bearer:
        return {{"Authorization", "Bearer " + m_settings.token.toUtf8()}};
    case ConnectionSettings::Auth::XAuthToken:
        return {{"X-Auth-Token", m_settings.token.toUtf8()}};
    case ConnectionSettings::Auth::OAuth2Password:
    case ConnectionSettings::Auth::OAuth2ClientCredentials:
        if (!m_accessToken.isEmpty())
            return {{"Authorization", "Bearer " + m_accessToken}};
        return {};
    case ConnectionSettings::Auth::None:
        break;
    }
    return {};
}

void TokenProvider::invalidate()
{
    m_accessToken.clear();
    m_expiresAt = {};
}

void TokenProvider::ensureToken(const Ready &ready)
{
    const bool fresh = !m_accessToken.isEmpty()
        && QDateTime::currentDateTimeUtc().secsTo(m_expiresAt) > kRefreshMarginSeconds;
    if (!usesOAuth2() || fresh) {
        ready(BrokerError());
        return;
    }
    m_waiting.append(ready);
    if (!m_fetching)
        fetch();
}

void TokenProvider::fetch()
{
    m_fetching = true;
    QUrlQuery form;
    if (!m_refreshToken.isEmpty()) {
        form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("refresh_token"));
        form.addQueryItem(QStringLiteral("refresh_token"), QString::fromUtf8(m_refreshToken));
    } else if (m_settings.auth == ConnectionSettings::Auth::OAuth2Password) {
        form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("password"));
        form.addQueryItem(QStringLiteral("username"), m_settings.username);
        form.addQueryItem(QStringLiteral("password"), m_settings.password);
    } else {
        form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("client_credentials"));
    }
    form.addQueryItem(QStringLiteral("client_id"), m_settings.clientId);
    if (!m_settings.clientSecret.isEmpty())
        form.addQueryItem(QStringLiteral("client_secret"), m_settings.clientSecret);

    QNetworkRequest request(m_settings.tokenUrl);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
    request.setTransferTimeout(m_settings.timeoutMs);
    QNetworkReply *reply = m_network->post(request, form.toString(QUrl::FullyEncoded).toUtf8());
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QByteArray body = reply->readAll();
        if (reply->error() != QNetworkReply::NoError && status == 0) {
            finishFetch(BrokerError(BrokerError::Kind::Network,
                                    QStringLiteral("token endpoint %1: %2").arg(m_settings.tokenUrl.toString(),
                                                                                reply->errorString())));
            return;
        }
        const QJsonObject json = QJsonDocument::fromJson(body).object();
        const QString token = json.value(QStringLiteral("access_token")).toString();
        if (status >= 400 || token.isEmpty()) {
            const bool hadRefresh = !m_refreshToken.isEmpty();
            m_refreshToken.clear();
            if (hadRefresh && status >= 400) {
                fetch(); // the refresh token expired: start over with the configured grant
                return;
            }
            const QString reason = json.value(QStringLiteral("error_description")).toString(
                json.value(QStringLiteral("error")).toString(QStringLiteral("no access_token in the answer")));
            finishFetch(BrokerError(BrokerError::Kind::Unauthorized,
                                    QStringLiteral("token endpoint refused (HTTP %1): %2").arg(status).arg(reason)));
            return;
        }
        m_accessToken = token.toUtf8();
        m_refreshToken = json.value(QStringLiteral("refresh_token")).toString().toUtf8();
        const int lifetime = json.value(QStringLiteral("expires_in")).toInt(300);
        m_expiresAt = QDateTime::currentDateTimeUtc().addSecs(lifetime);
        qCInfo(lcNgsiLd) << "OAuth2 token obtained, valid for" << lifetime << "s";
        finishFetch(BrokerError());
    });
}

void TokenProvider::finishFetch(const BrokerError &error)
{
    m_fetching = false;
    const QList<Ready> waiting = std::exchange(m_waiting, {});
    for (const Ready &ready : waiting)
        ready(error);
}
