#include "citysim/SimServer.h"

#include "citysim/CitySimLog.h"
#include "citysim/SimBroker.h"

#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QUrlQuery>

namespace {
QByteArray methodName(QHttpServerRequest::Method m)
{
    switch (m) {
    case QHttpServerRequest::Method::Get: return "GET";
    case QHttpServerRequest::Method::Post: return "POST";
    case QHttpServerRequest::Method::Put: return "PUT";
    case QHttpServerRequest::Method::Patch: return "PATCH";
    case QHttpServerRequest::Method::Delete: return "DELETE";
    case QHttpServerRequest::Method::Head: return "HEAD";
    case QHttpServerRequest::Method::Options: return "OPTIONS";
    default: return "OTHER";
    }
}
} // namespace

SimServer::SimServer(const CitySimulation::Options &options, QObject *parent)
    : QObject(parent)
    , m_city(std::make_unique<CitySimulation>(options))
    , m_broker(new SimBroker(m_city.get(), this))
    , m_http(new QHttpServer(this))
{
    auto handler = [this](const QHttpServerRequest &request) {
        int status = 200;
        QByteArray contentType;
        QList<QPair<QByteArray, QByteArray>> headers;
        const QByteArray body = respond(request, &status, &contentType, &headers);
        QHttpServerResponse response(contentType, body, QHttpServerResponse::StatusCode(status));
        for (const auto &[name, value] : headers)
            response.addHeader(name, value);
        return response;
    };
    // Every path under /ngsi-ld/v1 (ids never contain '/').
    m_http->route(QStringLiteral("/ngsi-ld/v1/<arg>"), [handler](const QString &, const QHttpServerRequest &r) { return handler(r); });
    m_http->route(QStringLiteral("/ngsi-ld/v1/<arg>/<arg>"),
                  [handler](const QString &, const QString &, const QHttpServerRequest &r) { return handler(r); });
    m_http->route(QStringLiteral("/ngsi-ld/v1/<arg>/<arg>/<arg>"),
                  [handler](const QString &, const QString &, const QString &, const QHttpServerRequest &r) { return handler(r); });
}

SimServer::~SimServer() = default;

QByteArray SimServer::respond(const QHttpServerRequest &request, int *status, QByteArray *contentType,
                              QList<QPair<QByteArray, QByteArray>> *headers)
{
    SimBroker::Request r;
    r.method = methodName(request.method());
    r.path = request.url().path(QUrl::FullyDecoded);
    r.query = QUrlQuery(request.url());
    r.headers = request.headers();
    r.body = request.body();
    const SimResponse response = m_broker->handle(r);
    qCDebug(lcCitySim) << r.method << request.url().toString() << "→" << response.status;
    *status = response.status;
    *contentType = response.contentType;
    *headers = response.headers;
    return response.body;
}

bool SimServer::listen(const QHostAddress &address, quint16 port, QString *error)
{
    const int bound = m_http->listen(address, port);
    if (bound <= 0) {
        if (error)
            *error = QStringLiteral("cannot listen on %1:%2").arg(address.toString()).arg(port);
        return false;
    }
    m_address = address;
    m_port = quint16(bound);
    return true;
}

QUrl SimServer::url() const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(m_address.toString());
    url.setPort(m_port);
    return url;
}
