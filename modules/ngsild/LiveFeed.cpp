#include "ngsild/LiveFeed.h"

#include "core/EntityJson.h"
#include "ngsild/BrokerCall.h"
#include "ngsild/BrokerClient.h"
#include "ngsild/NgsiLdLog.h"
#include "ngsild/NotificationReceiver.h"
#include "ngsild/QueryJob.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>
#include <QUuid>

LiveFeed::LiveFeed(BrokerClient *client, NotificationReceiver *receiver, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_receiver(receiver)
    , m_firstNotificationTimer(new QTimer(this))
    , m_renewTimer(new QTimer(this))
    , m_pollTimer(new QTimer(this))
{
    m_firstNotificationTimer->setSingleShot(true);
    m_renewTimer->setSingleShot(true);
    connect(m_firstNotificationTimer, &QTimer::timeout, this, [this] {
        startPolling(tr("no notification arrived within %1 s of subscribing (is this computer reachable from "
                        "the broker?)")
                         .arg(m_firstNotificationMs / 1000.0));
    });
    connect(m_renewTimer, &QTimer::timeout, this, &LiveFeed::renew);
    connect(m_pollTimer, &QTimer::timeout, this, &LiveFeed::poll);
    if (receiver)
        connect(receiver, &NotificationReceiver::notificationReceived, this, &LiveFeed::onNotification);
}

LiveFeed::~LiveFeed()
{
    stop();
}

bool LiveFeed::start(const Request &request, QString *error)
{
    QString problem;
    if (request.types.isEmpty())
        problem = tr("a live feed needs at least one entity type");
    else if (request.timeIntervalSeconds > 0 && request.throttlingSeconds > 0)
        problem = tr("throttling and timeInterval cannot be combined");
    else if (request.timeIntervalSeconds > 0 && !request.watchedAttributes.isEmpty())
        problem = tr("watched attributes and timeInterval cannot be combined");
    if (!problem.isEmpty()) {
        if (error)
            *error = problem;
        return false;
    }
    m_request = request;
    m_snapshot.clear();
    if (!m_receiver || !m_receiver->isListening()) {
        startPolling(tr("no notification receiver is listening"));
        return true;
    }
    subscribe();
    return true;
}

QByteArray LiveFeed::subscriptionBody() const
{
    QJsonArray entities;
    for (const QString &type : m_request.types)
        entities.append(QJsonObject{{QStringLiteral("type"), type}});
    QJsonObject body{
        {QStringLiteral("id"), m_subscriptionId},
        {QStringLiteral("type"), QStringLiteral("Subscription")},
        {QStringLiteral("description"), QStringLiteral("CityDeck live feed")},
        {QStringLiteral("entities"), entities},
        {QStringLiteral("notification"),
         QJsonObject{{QStringLiteral("format"), QStringLiteral("normalized")},
                     {QStringLiteral("endpoint"), QJsonObject{{QStringLiteral("uri"), m_endpoint.toString()},
                                                              {QStringLiteral("accept"), QStringLiteral("application/json")}}}}},
        {QStringLiteral("expiresAt"), IsoTime::format(m_expiresAt)},
    };
    if (!m_request.watchedAttributes.isEmpty())
        body.insert(QStringLiteral("watchedAttributes"), QJsonArray::fromStringList(m_request.watchedAttributes));
    if (!m_request.q.isEmpty())
        body.insert(QStringLiteral("q"), m_request.q);
    if (m_request.throttlingSeconds > 0)
        body.insert(QStringLiteral("throttling"), m_request.throttlingSeconds);
    if (m_request.timeIntervalSeconds > 0)
        body.insert(QStringLiteral("timeInterval"), m_request.timeIntervalSeconds);
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

void LiveFeed::subscribe()
{
    m_endpoint = m_receiver->createEndpoint();
    m_subscriptionId = QStringLiteral("urn:ngsi-ld:Subscription:citydeck-")
        + QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_expiresAt = QDateTime::currentDateTimeUtc().addSecs(m_request.lifetimeSeconds);
    setMode(Mode::Subscribing, tr("subscribing to %1").arg(m_request.types.join(QStringLiteral(", "))));
    BrokerCall *call = m_client->call("POST", m_client->settings().apiUrl(QStringLiteral("/subscriptions")),
                                      "application/json", subscriptionBody(), "application/json");
    connect(call, &BrokerCall::finished, this, [this](const BrokerResponse &r) {
        if (!r.ok()) {
            m_receiver->removeEndpoint(m_endpoint);
            m_subscriptionId.clear();
            startPolling(tr("the broker refused the subscription: %1").arg(r.error.message()));
            return;
        }
        const QByteArray location = r.header("Location");
        if (!location.isEmpty())
            m_subscriptionId = QString::fromUtf8(location).section(QLatin1Char('/'), -1);
        setMode(Mode::WaitingForNotification, tr("subscribed; waiting for the first notification"));
        m_firstNotificationTimer->start(m_firstNotificationMs);
        const qint64 renewIn = qint64(m_request.lifetimeSeconds) * 800; // at 80 % of the lifetime
        m_renewTimer->start(int(qMin<qint64>(renewIn, std::numeric_limits<int>::max())));
    });
}

void LiveFeed::renew()
{
    if (m_subscriptionId.isEmpty() || !m_client)
        return;
    m_expiresAt = QDateTime::currentDateTimeUtc().addSecs(m_request.lifetimeSeconds);
    const QByteArray body = QJsonDocument(QJsonObject{{QStringLiteral("expiresAt"),
                                                       IsoTime::format(m_expiresAt)}})
                                .toJson(QJsonDocument::Compact);
    BrokerCall *call = m_client->call("PATCH", m_client->settings().apiUrl(QStringLiteral("/subscriptions/") + m_subscriptionId),
                                      "application/json", body, "application/json");
    connect(call, &BrokerCall::finished, this, [this](const BrokerResponse &r) {
        if (!r.ok()) {
            qCWarning(lcNgsiLd).noquote() << "subscription renewal failed:" << r.error.message() << "— subscribing again";
            subscribe();
            return;
        }
        m_renewTimer->start(int(qMin<qint64>(qint64(m_request.lifetimeSeconds) * 800, std::numeric_limits<int>::max())));
    });
}

void LiveFeed::onNotification(const QUrl &endpoint, const QString &, const std::vector<Entity> &entities)
{
    if (endpoint != m_endpoint || m_mode == Mode::Stopped)
        return;
    m_firstNotificationTimer->stop();
    if (m_mode != Mode::Notified) {
        m_pollTimer->stop();
        setMode(Mode::Notified, tr("live through notifications"));
    }
    for (const Entity &e : entities)
        m_snapshot.insert(e.id, EntityJson::toLine(e));
    emit entitiesUpdated(entities);
}

void LiveFeed::startPolling(const QString &reason)
{
    setMode(Mode::Polling, tr("polling every %1 s: %2").arg(m_pollMs / 1000.0).arg(reason));
    poll();
    m_pollTimer->start(m_pollMs);
}

void LiveFeed::poll()
{
    if (m_pollRunning || !m_client)
        return;
    m_pollRunning = true;
    EntityQuery query;
    query.types = m_request.types;
    query.q = m_request.q;
    QueryJob *job = m_client->queryEntities(query);
    connect(job, &QueryJob::finished, this, [this, job] {
        m_pollRunning = false;
        job->deleteLater();
        if (job->error().isError()) {
            qCWarning(lcNgsiLd).noquote() << "poll failed:" << job->error().message();
            return;
        }
        std::vector<Entity> changed;
        for (Entity &e : job->takeEntities()) {
            QByteArray line = EntityJson::toLine(e);
            auto it = m_snapshot.find(e.id);
            if (it != m_snapshot.end() && *it == line)
                continue;
            m_snapshot.insert(e.id, line);
            changed.push_back(std::move(e));
        }
        if (!changed.empty())
            emit entitiesUpdated(changed);
    });
}

void LiveFeed::stop()
{
    m_firstNotificationTimer->stop();
    m_renewTimer->stop();
    m_pollTimer->stop();
    if (!m_subscriptionId.isEmpty() && m_client) {
        // Fire and forget: the broker drops the subscription when it expires anyway.
        m_client->call("DELETE", m_client->settings().apiUrl(QStringLiteral("/subscriptions/") + m_subscriptionId));
    }
    if (m_receiver && m_endpoint.isValid())
        m_receiver->removeEndpoint(m_endpoint);
    m_subscriptionId.clear();
    m_endpoint = QUrl();
    if (m_mode != Mode::Idle && m_mode != Mode::Stopped)
        setMode(Mode::Stopped, tr("stopped"));
}

void LiveFeed::setMode(Mode mode, const QString &text)
{
    m_mode = mode;
    m_status = text;
    qCInfo(lcNgsiLd).noquote() << "live feed:" << text;
    emit modeChanged(mode, text);
}
