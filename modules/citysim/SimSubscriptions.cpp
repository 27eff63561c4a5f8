#include "citysim/SimSubscriptions.h"

#include "citysim/CitySimulation.h"
#include "citysim/SimEntityFormat.h"
#include "citysim/SimQuery.h"
#include "core/IsoTime.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QTimer>

namespace {
QStringList strings(const QJsonValue &v)
{
    QStringList out;
    for (const QJsonValue &item : v.toArray())
        out << item.toString();
    out.removeAll(QString());
    return out;
}

SimResponse bad(const QString &detail)
{
    return SimResponse::problem(400, QStringLiteral("BadRequestData"), QStringLiteral("Invalid subscription"), detail);
}
} // namespace

SimSubscriptions::SimSubscriptions(SimBroker *broker)
    : QObject(broker)
    , m_broker(broker)
    , m_network(new QNetworkAccessManager(this))
    , m_timer(new QTimer(this))
{
    m_timer->setInterval(1000);
    connect(m_timer, &QTimer::timeout, this, &SimSubscriptions::tick);
    m_timer->start();
}

SimSubscriptions::~SimSubscriptions() = default;

bool SimSubscriptions::parse(const QJsonObject &body, Subscription *s, QString *error) const
{
    if (body.value(QStringLiteral("type")).toString() != QLatin1String("Subscription")) {
        *error = QStringLiteral("type must be \"Subscription\"");
        return false;
    }
    for (const QJsonValue &e : body.value(QStringLiteral("entities")).toArray()) {
        const QJsonObject o = e.toObject();
        if (o.contains(QStringLiteral("type")))
            s->types << o.value(QStringLiteral("type")).toString().section(QLatin1Char('/'), -1);
        if (o.contains(QStringLiteral("id")))
            s->ids << o.value(QStringLiteral("id")).toString();
        if (o.contains(QStringLiteral("idPattern")))
            s->idPattern = o.value(QStringLiteral("idPattern")).toString();
    }
    s->watched = strings(body.value(QStringLiteral("watchedAttributes")));
    if (s->types.isEmpty() && s->watched.isEmpty()) {
        *error = QStringLiteral("entities or watchedAttributes are required");
        return false;
    }
    s->q = body.value(QStringLiteral("q")).toString();
    SimQuery check;
    if (!check.setQ(s->q, error))
        return false;
    const QJsonObject notification = body.value(QStringLiteral("notification")).toObject();
    const QJsonObject endpoint = notification.value(QStringLiteral("endpoint")).toObject();
    s->endpoint = QUrl(endpoint.value(QStringLiteral("uri")).toString());
    if (!s->endpoint.isValid() || !s->endpoint.scheme().startsWith(QLatin1String("http"))) {
        *error = QStringLiteral("notification.endpoint.uri must be an http(s) URL");
        return false;
    }
    s->ldJson = endpoint.value(QStringLiteral("accept")).toString() == QLatin1String("application/ld+json");
    const QString format = notification.value(QStringLiteral("format")).toString();
    s->keyValues = format == QLatin1String("keyValues") || format == QLatin1String("simplified");
    s->attributes = strings(notification.value(QStringLiteral("attributes")));
    s->throttling = body.value(QStringLiteral("throttling")).toInt();
    s->timeInterval = body.value(QStringLiteral("timeInterval")).toInt();
    if (s->throttling > 0 && s->timeInterval > 0) {
        *error = QStringLiteral("throttling and timeInterval cannot be used together");
        return false;
    }
    if (s->timeInterval > 0 && !s->watched.isEmpty()) {
        *error = QStringLiteral("timeInterval cannot be used with watchedAttributes");
        return false;
    }
    if (body.contains(QStringLiteral("expiresAt"))) {
        s->expiresAt = IsoTime::parse(body.value(QStringLiteral("expiresAt")).toString());
        if (s->expiresAt == IsoTime::invalid) {
            *error = QStringLiteral("expiresAt is not a valid date-time");
            return false;
        }
    }
    s->body = body;
    return true;
}

SimResponse SimSubscriptions::handle(const SimBroker::Request &r, const QStringList &rest, const QString &tenant)
{
    const QString id = rest.value(0);
    if (id.isEmpty() && r.method == "POST") {
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(r.body, &parseError);
        if (!doc.isObject())
            return SimResponse::problem(400, QStringLiteral("InvalidRequest"), QStringLiteral("Invalid JSON"), parseError.errorString());
        Subscription s;
        QString error;
        if (!parse(doc.object(), &s, &error))
            return bad(error);
        s.tenant = tenant;
        QString newId = doc.object().value(QStringLiteral("id")).toString();
        if (newId.isEmpty())
            newId = QStringLiteral("urn:ngsi-ld:Subscription:citydeck-sim-%1").arg(m_next++);
        if (m_subscriptions.contains(newId))
            return SimResponse::problem(409, QStringLiteral("AlreadyExists"), QStringLiteral("Already exists"), newId);
        m_subscriptions.insert(newId, s);
        m_order << newId;
        Subscription &stored = m_subscriptions[newId];
        send(newId, stored, changed(stored, true)); // the initial notification
        SimResponse created;
        created.status = 201;
        created.addHeader("Location", "/ngsi-ld/v1/subscriptions/" + newId.toUtf8());
        return created;
    }
    if (id.isEmpty() && r.method == "GET") {
        QJsonArray list;
        for (const QString &sid : std::as_const(m_order)) {
            if (m_subscriptions.value(sid).tenant == tenant)
                list.append(describe(sid, m_subscriptions.value(sid)));
        }
        return SimResponse::json(QJsonDocument(list).toJson(QJsonDocument::Compact));
    }
    auto it = m_subscriptions.find(id);
    if (it == m_subscriptions.end() || it->tenant != tenant)
        return SimResponse::problem(404, QStringLiteral("ResourceNotFound"), QStringLiteral("Subscription not found"), id);
    if (r.method == "GET")
        return SimResponse::json(QJsonDocument(describe(id, *it)).toJson(QJsonDocument::Compact));
    if (r.method == "DELETE") {
        m_subscriptions.erase(it);
        m_order.removeAll(id);
        SimResponse gone;
        gone.status = 204;
        return gone;
    }
    if (r.method == "PATCH") {
        const QJsonObject patch = QJsonDocument::fromJson(r.body).object();
        QJsonObject merged = it->body;
        for (auto p = patch.begin(); p != patch.end(); ++p)
            merged.insert(p.key(), p.value());
        merged.insert(QStringLiteral("type"), QStringLiteral("Subscription"));
        Subscription updated;
        QString error;
        if (!parse(merged, &updated, &error))
            return bad(error);
        updated.tenant = it->tenant;
        updated.seen = it->seen;
        updated.timesSent = it->timesSent;
        updated.lastSent = it->lastSent;
        *it = updated;
        SimResponse done;
        done.status = 204;
        return done;
    }
    return SimResponse::problem(405, QStringLiteral("OperationNotSupported"), QStringLiteral("Method not allowed"),
                                QString::fromLatin1(r.method));
}

QJsonObject SimSubscriptions::describe(const QString &id, const Subscription &s) const
{
    QJsonObject o = s.body;
    o.insert(QStringLiteral("id"), id);
    const bool expired = s.expiresAt >= 0 && s.expiresAt < QDateTime::currentMSecsSinceEpoch();
    o.insert(QStringLiteral("status"), expired ? QStringLiteral("expired") : QStringLiteral("active"));
    QJsonObject notification = o.value(QStringLiteral("notification")).toObject();
    notification.insert(QStringLiteral("timesSent"), s.timesSent);
    notification.insert(QStringLiteral("status"), s.lastFailure.isEmpty() ? QStringLiteral("ok") : QStringLiteral("failed"));
    if (s.lastSent >= 0)
        notification.insert(QStringLiteral("lastNotification"), IsoTime::format(s.lastSent));
    o.insert(QStringLiteral("notification"), notification);
    return o;
}

QList<QJsonObject> SimSubscriptions::changed(Subscription &s, bool all)
{
    CitySimulation *city = m_broker->city();
    const qint64 now = city->now();
    SimQuery filter;
    QString ignored;
    filter.setQ(s.q, &ignored);
    const QRegularExpression pattern(s.idPattern);
    QList<QJsonObject> out;
    const QStringList types = s.types.isEmpty() ? city->types() : s.types;
    for (const QString &type : types) {
        // Observed entities change only when their observation period turns over: between two
        // turns there is nothing to compare (event and static entities change by appearing).
        const qint64 period = city->period(type);
        const qint64 slot = period > 0 ? IsoTime::floor(now, period) : -1;
        if (!all && period > 0 && s.turns.value(type, -1) == slot)
            continue;
        s.turns.insert(type, slot);
        for (const QString &id : city->ids(type, now)) {
            if ((!s.ids.isEmpty() && !s.ids.contains(id)) || (!s.idPattern.isEmpty() && !pattern.match(id).hasMatch()))
                continue;
            if (!all && period == 0 && s.seen.contains(id))
                continue; // static entities change only by appearing
            const QJsonObject e = city->entity(id, now);
            if (e.isEmpty() || !filter.matches(e))
                continue;
            QJsonObject watched;
            for (auto a = e.begin(); a != e.end(); ++a) {
                if (s.watched.isEmpty() || s.watched.contains(a.key()))
                    watched.insert(a.key(), a.value());
            }
            if (!s.watched.isEmpty() && watched.isEmpty())
                continue;
            const QByteArray digest = QCryptographicHash::hash(QJsonDocument(watched).toJson(QJsonDocument::Compact),
                                                               QCryptographicHash::Md5);
            if (all || s.seen.value(id) != digest)
                out << e;
            s.seen.insert(id, digest);
        }
    }
    return out;
}

void SimSubscriptions::tick()
{
    const qint64 wall = QDateTime::currentMSecsSinceEpoch();
    for (const QString &id : std::as_const(m_order)) {
        Subscription &s = m_subscriptions[id];
        if (s.expiresAt >= 0 && s.expiresAt < wall)
            continue;
        if (s.timeInterval > 0) {
            if (wall - s.lastSent >= s.timeInterval * 1000LL)
                send(id, s, changed(s, true));
            continue;
        }
        if (s.throttling > 0 && s.lastSent >= 0 && wall - s.lastSent < s.throttling * 1000LL)
            continue;
        const QList<QJsonObject> entities = changed(s, false);
        if (!entities.isEmpty())
            send(id, s, entities);
    }
}

void SimSubscriptions::send(const QString &id, Subscription &s, const QList<QJsonObject> &entities)
{
    s.lastSent = QDateTime::currentMSecsSinceEpoch();
    QUrlQuery projection;
    if (!s.attributes.isEmpty())
        projection.addQueryItem(QStringLiteral("attrs"), s.attributes.join(QLatin1Char(',')));
    if (s.keyValues)
        projection.addQueryItem(QStringLiteral("options"), QStringLiteral("keyValues"));
    SimEntityFormat format;
    format.setConciseByDefault(m_broker->city()->options().concise);
    format.setFromRequest(projection, {});
    QJsonArray data;
    for (const QJsonObject &e : entities)
        data.append(format.present(e));
    QJsonObject body{{QStringLiteral("id"), QStringLiteral("urn:ngsi-ld:Notification:citydeck-sim-%1").arg(++m_notifications)},
                     {QStringLiteral("type"), QStringLiteral("Notification")},
                     {QStringLiteral("subscriptionId"), id},
                     {QStringLiteral("notifiedAt"), IsoTime::format(m_broker->city()->now())},
                     {QStringLiteral("data"), data}};
    QNetworkRequest request(s.endpoint);
    if (s.ldJson) {
        body.insert(QStringLiteral("@context"), SimBroker::coreContext());
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/ld+json"));
    } else {
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        request.setRawHeader("Link", QStringLiteral("<%1>; rel=\"http://www.w3.org/ns/json-ld#context\"; type=\"application/ld+json\"")
                                         .arg(SimBroker::coreContext()).toUtf8());
    }
    if (!s.tenant.isEmpty())
        request.setRawHeader("NGSILD-Tenant", s.tenant.toUtf8());
    request.setTransferTimeout(10000);
    QNetworkReply *reply = m_network->post(request, QJsonDocument(body).toJson(QJsonDocument::Compact));
    const int count = int(entities.size());
    connect(reply, &QNetworkReply::finished, this, [this, reply, id, count] {
        reply->deleteLater();
        const bool ok = reply->error() == QNetworkReply::NoError;
        auto it = m_subscriptions.find(id);
        if (it != m_subscriptions.end()) {
            ++it->timesSent;
            it->lastFailure = ok ? QString() : reply->errorString();
        }
        emit notificationSent(id, count, ok);
    });
}
