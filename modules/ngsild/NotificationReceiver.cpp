#include "ngsild/NotificationReceiver.h"

#include "ngsild/NgsiLdLog.h"
#include "ngsild/PayloadParser.h"

#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QRandomGenerator>

NotificationReceiver::NotificationReceiver(QObject *parent)
    : QObject(parent)
    , m_server(std::make_unique<QHttpServer>())
    , m_parser(std::make_unique<PayloadParser>())
{
    m_server->route(QStringLiteral("/notify/<arg>"), [this](const QString &token, const QHttpServerRequest &request) {
        auto refuse = [this](QHttpServerResponse::StatusCode status, const QString &reason) {
            ++m_rejected;
            qCWarning(lcNgsiLd).noquote() << "notification refused:" << reason;
            emit rejected(reason);
            return QHttpServerResponse(status);
        };
        if (!m_tokens.contains(token))
            return refuse(QHttpServerResponse::StatusCode::NotFound, QStringLiteral("unknown endpoint token"));
        if (request.method() != QHttpServerRequest::Method::Post)
            return refuse(QHttpServerResponse::StatusCode::MethodNotAllowed, QStringLiteral("not a POST"));
        if (request.body().size() > m_maxBody)
            return refuse(QHttpServerResponse::StatusCode::PayloadTooLarge, QStringLiteral("body too large"));
        const ParseResult result = m_parser->parse(request.body());
        if (!result.ok() || result.shape != ParseResult::Shape::Notification)
            return refuse(QHttpServerResponse::StatusCode::BadRequest,
                          result.ok() ? QStringLiteral("not a notification") : result.error);
        emit notificationReceived(endpointFor(token), result.subscriptionId, result.entities);
        return QHttpServerResponse(QHttpServerResponse::StatusCode::NoContent);
    });
}

NotificationReceiver::~NotificationReceiver() = default;

bool NotificationReceiver::listen(const QHostAddress &address, quint16 port, QString *error)
{
    const int bound = m_server->listen(address, port);
    if (bound <= 0) {
        m_error = tr("notifications cannot be received: %1:%2 is taken by another program or not allowed")
                      .arg(address.toString())
                      .arg(port);
        if (error)
            *error = m_error;
        return false;
    }
    m_error.clear();
    m_address = address;
    m_port = quint16(bound);
    qCInfo(lcNgsiLd) << "notification receiver on" << address.toString() << m_port;
    return true;
}

QUrl NotificationReceiver::endpointFor(const QString &token) const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(m_publicHost.isEmpty() ? m_address.toString() : m_publicHost);
    url.setPort(m_port);
    url.setPath(QStringLiteral("/notify/") + token);
    return url;
}

QUrl NotificationReceiver::createEndpoint()
{
    // 192 random bits, URL-safe: not guessable by anyone scanning the port.
    QByteArray bytes(24, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(bytes.data()), 6);
    const QString token = QString::fromLatin1(bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    m_tokens.insert(token);
    return endpointFor(token);
}

void NotificationReceiver::removeEndpoint(const QUrl &endpoint)
{
    m_tokens.remove(endpoint.path().section(QLatin1Char('/'), -1));
}
