#include "ngsild/LiveFeed.h"

#include "core/EntityJson.h"
#include "ngsild/BrokerCall.h"
#include "ngsild/BrokerClient.h"
#include "ngsild/FeedWatchdog.h"
#include "ngsild/NgsiLdLog.h"
#include "ngsild/NotificationReceiver.h"
#include "ngsild/QueryJob.h"

#include <QDateTime>
#include <QJsonArray>
#include <QLocale>
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
    , m_watchdog(new FeedWatchdog(client, this))
{
    m_watchdog->setCheckTimeout(10000);
    m_firstNotificationTimer->setSingleShot(true);
    m_renewTimer->setSingleShot(true);
    connect(m_firstNotificationTimer, &QTimer::timeout, this, [this] {
        startPolling(tr("no notification arrived within %1 s of subscribing (is this computer reachable from "
                        "the broker?)")
                         .arg(m_firstNotificationMs / 1000.0));
    });
    connect(m_renewTimer, &QTimer::timeout, this, &LiveFeed::renew);
    connect(m_pollTimer, &QTimer::timeout, this, &LiveFeed::poll);
    connect(m_watchdog, &FeedWatchdog::checked, this,
            [this](FeedWatchdog::Verdict verdict, const QString &detail) { onChecked(int(verdict), detail); });
    if (receiver) {
        connect(receiver, &NotificationReceiver::notificationReceived, this, &LiveFeed::onNotification);
        // A notification the receiver refused still came through: the path to us works.
        connect(receiver, &NotificationReceiver::rejected, m_watchdog, &FeedWatchdog::notification);
    }
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
    m_problem = Problem::None;
    m_problemSince = 0;
    m_resubscribe = false;
    m_watchdog->heard(); // "unreachable since" is at worst the start
    if (!m_receiver || !m_receiver->isListening()) {
        const QString why = m_receiver ? m_receiver->errorString() : QString();
        startPolling(why.isEmpty() ? tr("no notification receiver is listening") : why);
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
    m_resubscribe = false;
    if (m_endpoint.isValid())
        m_receiver->removeEndpoint(m_endpoint);
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
            m_endpoint = QUrl();
            m_subscriptionId.clear();
            const BrokerError::Kind kind = r.error.kind();
            if (kind == BrokerError::Kind::Network || kind == BrokerError::Kind::Timeout || kind == BrokerError::Kind::Unavailable) {
                // Not a refusal: the broker is away. Subscribe again once it answers.
                m_resubscribe = true;
                reportProblem(Problem::Unreachable, r.error.message());
                watch(); // a one-entity check at each tick until it answers
                return;
            }
            startPolling(tr("the broker refused the subscription: %1").arg(r.error.message()));
            return;
        }
        const QByteArray location = r.header("Location");
        if (!location.isEmpty())
            m_subscriptionId = QString::fromUtf8(location).section(QLatin1Char('/'), -1);
        setMode(Mode::WaitingForNotification, tr("subscribed; waiting for the first notification"));
        watch();
        restored();
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
    m_watchdog->notification();
    if (m_mode != Mode::Notified) {
        const bool wasPolling = m_mode == Mode::Polling;
        m_pollTimer->stop();
        setMode(Mode::Notified, tr("live through notifications"));
        if (wasPolling)
            watch(); // back from polling: the subscription is what is watched again
    }
    restored();
    for (const Entity &e : entities)
        m_snapshot.insert(e.id, EntityJson::toLine(e));
    emit entitiesUpdated(entities);
}

void LiveFeed::startPolling(const QString &reason)
{
    m_firstNotificationTimer->stop();
    setMode(Mode::Polling, tr("polling every %1 s: %2").arg(m_pollMs / 1000.0).arg(reason));
    watch();
    poll();
    m_pollTimer->start(m_pollMs);
}

void LiveFeed::watch()
{
    // Polling hears from the broker at each poll; a subscription, whenever something changes.
    const bool polling = m_mode == Mode::Polling || m_subscriptionId.isEmpty();
    m_watchdog->setSilenceBound(polling ? m_pollMs + m_silenceMs / 5 : m_silenceMs);
    m_watchdog->watch(polling ? QString() : m_subscriptionId, m_request.types);
}

QString LiveFeed::clockTime(qint64 ms)
{
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms).toLocalTime().time(), QLocale::ShortFormat);
}

void LiveFeed::reportProblem(Problem problem, const QString &detail)
{
    if (problem == m_problem && problem != Problem::SubscriptionGone)
        return; // still the same: said once
    if (m_problem == Problem::None)
        m_problemSince = m_watchdog->lastHeard();
    m_problem = problem;
    const QString since = clockTime(m_problemSince);
    switch (problem) {
    case Problem::Unreachable:
        if (m_mode != Mode::Lost)
            m_resumePolling = m_mode == Mode::Polling;
        m_pollTimer->stop();
        m_firstNotificationTimer->stop();
        setMode(Mode::Lost, tr("broker unreachable since %1: %2").arg(since, detail));
        break;
    case Problem::SubscriptionGone:
        setMode(Mode::Subscribing, tr("subscription lost since %1 (%2); subscribing again").arg(since, detail));
        break;
    case Problem::NotificationsStopped:
        setMode(Mode::Polling, tr("notifications stopped since %1 (%2); polling every %3 s")
                                   .arg(since, detail)
                                   .arg(m_pollMs / 1000.0));
        watch();
        poll();
        m_pollTimer->start(m_pollMs);
        break;
    case Problem::None:
        break;
    }
    emit feedLost(problem, m_problemSince, detail);
}

void LiveFeed::restored()
{
    if (m_problem == Problem::None)
        return;
    const qint64 since = m_problemSince;
    m_problem = Problem::None;
    m_problemSince = 0;
    qCInfo(lcNgsiLd).noquote() << "live feed restored; last known good at" << IsoTime::format(since);
    emit feedRestored(since);
}

void LiveFeed::onChecked(int verdict, const QString &detail)
{
    if (m_mode == Mode::Stopped || m_mode == Mode::Idle)
        return;
    switch (FeedWatchdog::Verdict(verdict)) {
    case FeedWatchdog::Verdict::Alive:
        if (m_problem != Problem::Unreachable)
            return;
        if (m_resubscribe) {
            subscribe(); // restored once the subscription exists
            return;
        }
        if (m_resumePolling) {
            setMode(Mode::Polling, tr("the broker answers again; polling every %1 s").arg(m_pollMs / 1000.0));
            watch();
            poll();
            m_pollTimer->start(m_pollMs);
        } else {
            // The subscription survived the outage (a 404 would have said otherwise).
            setMode(Mode::WaitingForNotification, tr("the broker answers again; waiting for notifications"));
            watch();
        }
        restored();
        return;
    case FeedWatchdog::Verdict::Unreachable:
        reportProblem(Problem::Unreachable, detail);
        return;
    case FeedWatchdog::Verdict::SubscriptionGone:
        reportProblem(Problem::SubscriptionGone, detail);
        subscribe();
        return;
    case FeedWatchdog::Verdict::NotificationsStopped:
        if (m_mode != Mode::Polling)
            reportProblem(Problem::NotificationsStopped, detail);
        return;
    }
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
            // The watchdog decides whether the broker is gone; a failed poll alone may be a blip.
            qCWarning(lcNgsiLd).noquote() << "poll failed:" << job->error().message();
            return;
        }
        m_watchdog->heard();
        if (m_problem == Problem::SubscriptionGone)
            restored(); // the subscription could not be made again: polling carries the feed
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
    m_watchdog->stop();
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
    m_watchdog->setLost(mode == Mode::Lost);
    m_status = text;
    qCInfo(lcNgsiLd).noquote() << "live feed:" << text;
    emit modeChanged(mode, text);
}
