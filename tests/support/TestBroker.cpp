#include "TestBroker.h"

#include "core/IsoTime.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QNetworkReply>
#include <QTcpSocket>
#include <QTimer>
#include <QUrlQuery>

TestBroker::TestBroker(Profile profile, QObject *parent)
    : QObject(parent)
    , m_profile(profile)
{
    connect(&m_server, &QTcpServer::newConnection, this, &TestBroker::onConnection);
}

TestBroker::~TestBroker()
{
    // Sockets outlive the members they report to: cut them loose first.
    for (QTcpSocket *socket : m_server.findChildren<QTcpSocket *>()) {
        socket->disconnect(this);
        socket->abort();
    }
    m_server.close();
}

bool TestBroker::listen()
{
    if (!m_server.listen(QHostAddress::LocalHost, m_port))
        return false;
    m_port = m_server.serverPort();
    return true;
}

void TestBroker::kill()
{
    for (QTcpSocket *socket : m_server.findChildren<QTcpSocket *>()) {
        socket->disconnect(this);
        socket->abort();
        socket->deleteLater();
    }
    m_buffers.clear();
    m_server.close();
}

bool TestBroker::restart()
{
    m_subscriptions.clear();
    m_deliveries.clear();
    m_faults.clear();
    m_pathFaults.clear();
    return listen();
}

void TestBroker::record(const QString &id, const QString &attr, double value, qint64 t)
{
    for (QJsonObject &e : m_entities) {
        if (e.value(QStringLiteral("id")).toString() != id)
            continue;
        m_seriesTypes.insert(id, e.value(QStringLiteral("type")).toString());
        e.insert(attr, QJsonObject{{QStringLiteral("type"), QStringLiteral("Property")},
                                   {QStringLiteral("value"), value},
                                   {QStringLiteral("observedAt"), IsoTime::format(t)}});
    }
    m_series[id].append(QJsonObject{{QStringLiteral("attr"), attr}, {QStringLiteral("value"), value}, {QStringLiteral("t"), double(t)}});
}

QList<QPair<qint64, double>> TestBroker::history(const QString &id, const QString &attr) const
{
    QList<QPair<qint64, double>> out;
    for (const QJsonObject &s : m_series.value(id)) {
        if (s.value(QStringLiteral("attr")).toString() == attr)
            out.append({qint64(s.value(QStringLiteral("t")).toDouble()), s.value(QStringLiteral("value")).toDouble()});
    }
    std::sort(out.begin(), out.end());
    return out;
}

QUrl TestBroker::url() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_port)); // also while killed
}

int TestBroker::maxPage() const
{
    if (m_maxPage > 0)
        return m_maxPage;
    return m_profile == Profile::Stellio ? 100 : 1000;
}

void TestBroker::addEntities(const QString &type, int count)
{
    for (int i = 0; i < count; ++i) {
        const QString id = QStringLiteral("urn:ngsi-ld:%1:%2").arg(type).arg(i, 5, 10, QLatin1Char('0'));
        m_entities.append(QJsonObject{
            {QStringLiteral("id"), id},
            {QStringLiteral("type"), type},
            {QStringLiteral("occupancy"), QJsonObject{{QStringLiteral("type"), QStringLiteral("Property")},
                                                       {QStringLiteral("value"), (i % 100) / 100.0},
                                                       {QStringLiteral("observedAt"), QStringLiteral("2026-03-14T09:30:00Z")}}},
            {QStringLiteral("location"),
             QJsonObject{{QStringLiteral("type"), QStringLiteral("GeoProperty")},
                         {QStringLiteral("value"), QJsonObject{{QStringLiteral("type"), QStringLiteral("Point")},
                                                               {QStringLiteral("coordinates"),
                                                                QJsonArray{3.28 + i * 1e-4, 49.84}}}}}},
        });
    }
}

void TestBroker::addSeries(const QString &id, const QString &type, const QString &attr, int n, qint64 startMs)
{
    m_seriesTypes.insert(id, type);
    for (int i = 0; i < n; ++i) {
        m_series[id].append(QJsonObject{{QStringLiteral("attr"), attr},
                                        {QStringLiteral("value"), double(i)},
                                        {QStringLiteral("t"), double(startMs + i * 60000LL)}});
    }
}

void TestBroker::queueFault(Fault fault, int times)
{
    for (int i = 0; i < times; ++i)
        m_faults.append(fault);
}

void TestBroker::queueFault(Fault fault, int times, const QString &pathPrefix)
{
    for (int i = 0; i < times; ++i)
        m_pathFaults.append({pathPrefix, fault});
}

void TestBroker::onConnection()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            m_buffers.remove(socket);
            socket->deleteLater();
        });
    }
}

void TestBroker::onReadyRead(QTcpSocket *socket)
{
    QByteArray &buffer = m_buffers[socket];
    buffer += socket->readAll();
    const int headerEnd = int(buffer.indexOf("\r\n\r\n"));
    if (headerEnd < 0)
        return;
    const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
    Request request;
    const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
    request.method = first.value(0);
    for (int i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const int colon = int(line.indexOf(':'));
        if (colon > 0)
            request.headers.insert(line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed());
    }
    const int length = request.headers.value("content-length").toInt();
    if (buffer.size() < headerEnd + 4 + length)
        return;
    request.body = buffer.mid(headerEnd + 4, length);
    request.url = QUrl(url().toString() + QString::fromLatin1(first.value(1)), QUrl::TolerantMode);
    buffer.clear();
    m_requests.append(request);
    handle(socket, request);
}

void TestBroker::reply(QTcpSocket *socket, int status, const QByteArray &body,
                       const QList<QPair<QByteArray, QByteArray>> &headers, const QByteArray &contentType)
{
    QByteArray out = "HTTP/1.1 " + QByteArray::number(status) + " X\r\n";
    static const char *servers[] = {"orion-ld/1.5.1", "Scorpio/4.1.14", "Stellio/2.8.0"};
    out += "Server: " + QByteArray(servers[int(m_profile)]) + "\r\n";
    out += "Content-Type: " + contentType + "\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n";
    for (const auto &[name, value] : headers)
        out += name + ": " + value + "\r\n";
    out += "Connection: close\r\n\r\n" + body;
    socket->write(out);
    socket->disconnectFromHost();
}

void TestBroker::replyError(QTcpSocket *socket, int status, const QString &type, const QString &title,
                            const QString &detail)
{
    QJsonObject o{{QStringLiteral("type"), QStringLiteral("https://uri.etsi.org/ngsi-ld/errors/") + type},
                  {QStringLiteral("title"), title}};
    if (m_profile == Profile::Scorpio) {
        // Scorpio's quirks: a trailing space after the type, and "details".
        o.insert(QStringLiteral("type"), o.value(QStringLiteral("type")).toString() + QLatin1Char(' '));
        o.insert(QStringLiteral("details"), detail);
    } else {
        o.insert(QStringLiteral("detail"), detail);
        o.insert(QStringLiteral("status"), status);
    }
    reply(socket, status, QJsonDocument(o).toJson(QJsonDocument::Compact), {}, "application/problem+json");
}

void TestBroker::handle(QTcpSocket *socket, const Request &request)
{
    const QString path = request.url.path();
    Fault fault = m_hangAll ? Fault::Hang : Fault::None;
    for (qsizetype i = 0; fault == Fault::None && i < m_pathFaults.size(); ++i) {
        if (path.startsWith(m_pathFaults.at(i).first))
            fault = m_pathFaults.takeAt(i).second;
    }
    if (fault == Fault::None && !m_faults.isEmpty())
        fault = m_faults.takeFirst();
    if (path == QLatin1String("/token")) {
        serveToken(socket, request);
        return;
    }
    switch (fault) {
    case Fault::DropMidBody: {
        const QByteArray body(4000, ' ');
        socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 4000\r\n\r\n[{\"id\":");
        socket->write(body.left(100));
        socket->flush();
        socket->abort();
        return;
    }
    case Fault::Unavailable:
        reply(socket, 503, "{\"title\":\"busy\"}", {{"Retry-After", "0"}});
        return;
    case Fault::Slow: {
        QTimer::singleShot(m_slowMs, socket, [this, socket, request] { handle(socket, request); });
        return;
    }
    case Fault::MalformedJson:
        reply(socket, 200, "[{\"id\": \"urn:ngsi-ld:X:1\", \"type\": }]");
        return;
    case Fault::TruncatedJson:
        reply(socket, 200, "[{\"id\": \"urn:ngsi-ld:X:1\", \"type\": \"X\", \"speed\": {\"type\": \"Prop");
        return;
    case Fault::HtmlError:
        reply(socket, 502, "<html><head><title>502 Bad Gateway</title></head><body><h1>502 Bad Gateway</h1>"
                           "<hr>nginx</body></html>", {}, "text/html");
        return;
    case Fault::Oversized: {
        QByteArray body = "[";
        while (body.size() < m_oversized)
            body += "{\"id\":\"urn:ngsi-ld:Big:1\",\"type\":\"Big\",\"pad\":\"" + QByteArray(1000, 'x') + "\"},";
        body.chop(1);
        body += "]";
        reply(socket, 200, body);
        return;
    }
    case Fault::WrongContentType:
        reply(socket, 200, "Service temporarily moved, see the maintenance page", {}, "text/plain");
        return;
    case Fault::Hang:
        return; // the connection stays open, unanswered
    case Fault::NotImplemented:
        replyError(socket, 501, QStringLiteral("OperationNotSupported"), QStringLiteral("Not implemented"),
                   QStringLiteral("this broker has no temporal API"));
        return;
    case Fault::OverlappingPage:
    case Fault::None:
        break;
    }
    if (!m_requiredToken.isEmpty() && request.headers.value("authorization") != "Bearer " + m_requiredToken) {
        replyError(socket, 401, QStringLiteral("Unauthorized"), QStringLiteral("Unauthorized"),
                   QStringLiteral("missing or invalid token"));
        return;
    }
    const QByteArray tenant = request.headers.value("ngsild-tenant", request.headers.value("fiware-service"));
    if (!tenant.isEmpty() && !m_tenants.contains(QString::fromUtf8(tenant))) {
        static const char *types[] = {"NonExistingTenant", "TenantNotFound", "NonexistentTenant"};
        replyError(socket, 404, QString::fromLatin1(types[int(m_profile)]), QStringLiteral("Tenant not found"),
                   QStringLiteral("tenant %1 does not exist").arg(QString::fromUtf8(tenant)));
        return;
    }
    if (path.startsWith(QLatin1String("/ngsi-ld/v1/subscriptions"))) {
        const QString id = path.section(QLatin1Char('/'), 4);
        if (request.method == "POST") {
            if (m_refuseSubscriptions) {
                replyError(socket, 501, QStringLiteral("OperationNotSupported"), QStringLiteral("Subscriptions are disabled"),
                           QStringLiteral("this broker runs without notifications"));
                return;
            }
            const QJsonObject body = QJsonDocument::fromJson(request.body).object();
            const QString newId = body.value(QStringLiteral("id")).toString();
            m_subscriptions.insert(newId, body);
            reply(socket, 201, {}, {{"Location", "/ngsi-ld/v1/subscriptions/" + newId.toUtf8()}});
            if (m_notifyOnCreate)
                QTimer::singleShot(10, this, &TestBroker::notifyAll);
        } else if (!m_subscriptions.contains(id)) {
            replyError(socket, 404, QStringLiteral("ResourceNotFound"), QStringLiteral("No such subscription"), id);
        } else if (request.method == "GET") {
            // Orion-LD's delivery members: timesSent, lastSuccess, lastFailure (+ a failed status).
            QJsonObject body = m_subscriptions.value(id);
            QJsonObject notification = body.value(QStringLiteral("notification")).toObject();
            const Delivery d = m_deliveries.value(id);
            notification.insert(QStringLiteral("timesSent"), d.timesSent);
            if (!d.lastSuccess.isEmpty())
                notification.insert(QStringLiteral("lastSuccess"), d.lastSuccess);
            if (!d.lastFailure.isEmpty()) {
                notification.insert(QStringLiteral("lastFailure"), d.lastFailure);
                notification.insert(QStringLiteral("lastFailureReason"), QStringLiteral("Connection refused"));
            }
            notification.insert(QStringLiteral("status"), d.lastFailure > d.lastSuccess ? QStringLiteral("failed") : QStringLiteral("ok"));
            body.insert(QStringLiteral("notification"), notification);
            body.insert(QStringLiteral("status"), QStringLiteral("active"));
            reply(socket, 200, QJsonDocument(body).toJson(QJsonDocument::Compact));
        } else if (request.method == "DELETE") {
            m_subscriptions.remove(id);
            reply(socket, 204, {});
        } else if (request.method == "PATCH") {
            const QJsonObject patch = QJsonDocument::fromJson(request.body).object();
            for (auto it = patch.begin(); it != patch.end(); ++it)
                m_subscriptions[id].insert(it.key(), it.value());
            reply(socket, 204, {});
        } else {
            replyError(socket, 405, QStringLiteral("MethodNotAllowed"), QStringLiteral("Method not allowed"), id);
        }
        return;
    }
    if (path.startsWith(QLatin1String("/ngsi-ld/v1/entities/"))) {
        const QString id = QUrl::fromPercentEncoding(path.section(QLatin1Char('/'), 4).toUtf8());
        for (const QJsonObject &e : std::as_const(m_entities)) {
            if (e.value(QStringLiteral("id")).toString() == id) {
                reply(socket, 200, QJsonDocument(e).toJson(QJsonDocument::Compact));
                return;
            }
        }
        replyError(socket, 404, QStringLiteral("ResourceNotFound"), QStringLiteral("Entity not found"), id);
        return;
    }
    if (path == QLatin1String("/ngsi-ld/v1/entities")) {
        serveEntities(socket, request, fault);
    } else if (path == QLatin1String("/ngsi-ld/v1/temporal/entities")) {
        serveTemporal(socket, request);
    } else if (path == QLatin1String("/ngsi-ld/v1/types")) {
        QSet<QString> types;
        for (const QJsonObject &e : std::as_const(m_entities))
            types.insert(e.value(QStringLiteral("type")).toString());
        QStringList sorted(types.cbegin(), types.cend());
        sorted.sort();
        reply(socket, 200, QJsonDocument(QJsonObject{{QStringLiteral("id"), QStringLiteral("urn:ngsi-ld:EntityTypeList:1")},
                                                     {QStringLiteral("type"), QStringLiteral("EntityTypeList")},
                                                     {QStringLiteral("typeList"), QJsonArray::fromStringList(sorted)}})
                               .toJson(QJsonDocument::Compact));
    } else {
        replyError(socket, 404, QStringLiteral("ResourceNotFound"), QStringLiteral("Not found"), path);
    }
}

void TestBroker::serveEntities(QTcpSocket *socket, const Request &request, Fault fault)
{
    const QUrlQuery q(request.url);
    const QStringList types = q.queryItemValue(QStringLiteral("type")).split(QLatin1Char(','), Qt::SkipEmptyParts);
    const int limit = q.hasQueryItem(QStringLiteral("limit")) ? q.queryItemValue(QStringLiteral("limit")).toInt() : 20;
    int offset = q.queryItemValue(QStringLiteral("offset")).toInt();
    if (limit > maxPage()) {
        switch (m_profile) {
        case Profile::OrionLd:
            replyError(socket, 400, QStringLiteral("BadRequestData"), QStringLiteral("Invalid value for URI parameter /limit/"),
                       QStringLiteral("must be an integer value <= %1").arg(maxPage()));
            break;
        case Profile::Scorpio:
            replyError(socket, 403, QStringLiteral("TooManyResults"), QStringLiteral("Too many results"),
                       QStringLiteral("The limit is too high, maximum %1").arg(maxPage()));
            break;
        case Profile::Stellio:
            replyError(socket, 403, QStringLiteral("AccessDenied"), QStringLiteral("Too many results"),
                       QStringLiteral("You asked for %1 results, but the supported maximum limit is %2")
                           .arg(limit)
                           .arg(maxPage()));
            break;
        }
        return;
    }
    QList<QJsonObject> matching;
    for (const QJsonObject &e : std::as_const(m_entities)) {
        if (types.isEmpty() || types.contains(e.value(QStringLiteral("type")).toString()))
            matching.append(e);
    }
    if (fault == Fault::OverlappingPage && offset > 0)
        --offset; // an entity slid between pages: the last of the previous page comes again
    QJsonArray page;
    for (int i = offset; i < qMin(int(matching.size()), offset + limit); ++i)
        page.append(matching.at(i));
    QList<QPair<QByteArray, QByteArray>> headers;
    if (q.queryItemValue(QStringLiteral("count")) == QLatin1String("true"))
        headers.append({"NGSILD-Results-Count", QByteArray::number(matching.size() + m_countDelta)});
    const int nextOffset = q.queryItemValue(QStringLiteral("offset")).toInt() + limit;
    if (m_sendLinkNext && m_profile != Profile::OrionLd && nextOffset < matching.size()) {
        // Scorpio: unencoded query values; Stellio: the same but as its own header with prev.
        const QString next = QStringLiteral("</ngsi-ld/v1/entities?type=%1&limit=%2&offset=%3&count=true>; rel=\"next\"; "
                                            "type=\"application/ld+json\"")
                                 .arg(types.join(QLatin1Char(',')))
                                 .arg(limit)
                                 .arg(nextOffset);
        if (m_profile == Profile::Stellio) {
            headers.append({QByteArrayLiteral("Link"), QByteArrayLiteral("</ngsi-ld/v1/entities?offset=0>; rel=\"prev\"; type=\"application/ld+json\"")});
            headers.append({"Link", next.toUtf8()});
        } else {
            headers.append({"Link", "<http://context/ngsi-context.jsonld>; rel=\"http://www.w3.org/ns/json-ld#context\", "
                                        + next.toUtf8()});
        }
    }
    reply(socket, 200, QJsonDocument(page).toJson(QJsonDocument::Compact), headers);
}

void TestBroker::serveTemporal(QTcpSocket *socket, const Request &request)
{
    const QUrlQuery q(request.url);
    const qint64 from = IsoTime::parse(q.queryItemValue(QStringLiteral("timeAt"), QUrl::FullyDecoded));
    const qint64 to = IsoTime::parse(q.queryItemValue(QStringLiteral("endTimeAt"), QUrl::FullyDecoded));
    QJsonArray out;
    QByteArray contentRange;
    for (auto it = m_series.cbegin(); it != m_series.cend(); ++it) {
        QMap<QString, QJsonArray> byAttr;
        qint64 first = 0, last = 0;
        int taken = 0, total = 0;
        for (const QJsonObject &s : it.value()) {
            const qint64 t = qint64(s.value(QStringLiteral("t")).toDouble());
            if ((from != IsoTime::invalid && t < from) || (to != IsoTime::invalid && t >= to))
                continue;
            ++total;
            if (m_temporalLimit > 0 && taken >= m_temporalLimit)
                continue;
            if (taken == 0)
                first = t;
            last = t;
            ++taken;
            byAttr[s.value(QStringLiteral("attr")).toString()].append(
                QJsonObject{{QStringLiteral("type"), QStringLiteral("Property")},
                            {QStringLiteral("value"), s.value(QStringLiteral("value"))},
                            {QStringLiteral("observedAt"), IsoTime::format(t)}});
        }
        if (taken < total)
            contentRange = "date-time " + IsoTime::format(first).toLatin1() + "-" + IsoTime::format(last).toLatin1()
                + "/" + QByteArray::number(taken);
        QJsonObject entity{{QStringLiteral("id"), it.key()}, {QStringLiteral("type"), m_seriesTypes.value(it.key())}};
        for (auto a = byAttr.cbegin(); a != byAttr.cend(); ++a)
            entity.insert(a.key(), a.value());
        out.append(entity);
    }
    QList<QPair<QByteArray, QByteArray>> headers;
    if (!contentRange.isEmpty())
        headers.append({"Content-Range", contentRange});
    reply(socket, contentRange.isEmpty() ? 200 : 206, QJsonDocument(out).toJson(QJsonDocument::Compact), headers);
}

void TestBroker::notifyAll()
{
    if (!m_server.isListening() || m_hangAll)
        return; // a dead or wedged broker sends nothing either
    if (!m_network)
        m_network = new QNetworkAccessManager(this);
    for (auto it = m_subscriptions.cbegin(); it != m_subscriptions.cend(); ++it) {
        QStringList types;
        for (const QJsonValue &e : it.value().value(QStringLiteral("entities")).toArray())
            types << e.toObject().value(QStringLiteral("type")).toString();
        QJsonArray data;
        for (const QJsonObject &e : std::as_const(m_entities)) {
            if (types.contains(e.value(QStringLiteral("type")).toString()))
                data.append(e);
        }
        const QJsonObject notification{{QStringLiteral("id"), QStringLiteral("urn:ngsi-ld:Notification:%1").arg(++m_tokensIssued)},
                                       {QStringLiteral("type"), QStringLiteral("Notification")},
                                       {QStringLiteral("subscriptionId"), it.key()},
                                       {QStringLiteral("notifiedAt"), QStringLiteral("2026-03-14T09:30:00Z")},
                                       {QStringLiteral("data"), data}};
        const QUrl endpoint(it.value().value(QStringLiteral("notification")).toObject().value(QStringLiteral("endpoint"))
                                .toObject().value(QStringLiteral("uri")).toString());
        Delivery &delivery = m_deliveries[it.key()];
        ++delivery.timesSent;
        // Milliseconds, so that a failure and a success in the same second still order.
        const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
        if (m_notificationsBlocked) {
            delivery.lastFailure = now;
            continue;
        }
        QNetworkRequest request(endpoint);
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        QNetworkReply *reply = m_network->post(request, QJsonDocument(notification).toJson(QJsonDocument::Compact));
        const QString id = it.key();
        connect(reply, &QNetworkReply::finished, this, [this, reply, id, now] {
            reply->deleteLater();
            if (reply->error() == QNetworkReply::NoError)
                m_deliveries[id].lastSuccess = now;
            else
                m_deliveries[id].lastFailure = now;
        });
    }
}

void TestBroker::setEntityValue(const QString &id, const QString &attr, double value)
{
    for (QJsonObject &e : m_entities) {
        if (e.value(QStringLiteral("id")).toString() == id) {
            QJsonObject a = e.value(attr).toObject();
            a.insert(QStringLiteral("value"), value);
            e.insert(attr, a);
        }
    }
}

void TestBroker::serveToken(QTcpSocket *socket, const Request &request)
{
    const QUrlQuery form(QString::fromUtf8(request.body));
    const QString grant = form.queryItemValue(QStringLiteral("grant_type"));
    if (form.queryItemValue(QStringLiteral("client_id")) != QLatin1String("citydeck")) {
        reply(socket, 401, "{\"error\":\"invalid_client\",\"error_description\":\"Invalid client credentials\"}");
        return;
    }
    ++m_tokensIssued;
    m_requiredToken = "token-" + QByteArray::number(m_tokensIssued);
    reply(socket, 200,
          QJsonDocument(QJsonObject{{QStringLiteral("access_token"), QString::fromLatin1(m_requiredToken)},
                                    {QStringLiteral("expires_in"), m_tokenLifetime},
                                    {QStringLiteral("token_type"), QStringLiteral("Bearer")},
                                    {QStringLiteral("grant"), grant}})
              .toJson(QJsonDocument::Compact));
}
