#pragma once

#include "ngsild/ngsild_export.h"

#include "core/Entity.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QUrl>

#include <vector>

class BrokerClient;
class FeedWatchdog;
class NotificationReceiver;
class QTimer;

// Keeps CityDeck live on a set of entity types: an NGSI-LD subscription delivering to the
// NotificationReceiver, renewed before it expires and deleted on stop. When no notification
// arrives in time after subscribing (a desktop behind NAT is unreachable for the broker) or
// the broker refuses the subscription, it falls back to polling with diffing, and says so.
// A FeedWatchdog measures that the feed is alive: a broker that stops answering makes it Lost
// (no stale picture passes for live); a subscription the broker lost is created again; blocked
// notifications switch it to polling. Each loss and each recovery is signalled with the instant
// the feed was last known good, so that the gap can be back-filled.
class CITYDECK_NGSILD_EXPORT LiveFeed : public QObject
{
    Q_OBJECT

public:
    enum class Mode { Idle, Subscribing, WaitingForNotification, Notified, Polling, Lost, Stopped };
    Q_ENUM(Mode)
    enum class Problem { None, Unreachable, SubscriptionGone, NotificationsStopped };
    Q_ENUM(Problem)

    struct Request
    {
        QStringList types;
        QStringList watchedAttributes;
        QString q;
        int throttlingSeconds = 0;    // at most one notification per N s
        int timeIntervalSeconds = 0;  // periodic notifications instead of on change
        int lifetimeSeconds = 3600;   // expiresAt, renewed at 80 % of it
    };

    LiveFeed(BrokerClient *client, NotificationReceiver *receiver, QObject *parent = nullptr);
    ~LiveFeed() override;

    void setFirstNotificationTimeout(int ms) { m_firstNotificationMs = ms; }
    void setPollInterval(int ms) { m_pollMs = ms; }
    // How long a subscribed feed may stay silent before the broker is asked whether it is alive
    // (a polled one: one poll interval plus a fifth of this). The check itself is bounded by the
    // watchdog's timeout, and the watchdog's tick: worst-case detection is their sum.
    void setSilenceBound(int ms) { m_silenceMs = ms; }
    FeedWatchdog *watchdog() const { return m_watchdog; }

    // Validates the request (NGSI-LD forbids throttling with timeInterval, and watched attributes
    // with timeInterval); false with *error when it cannot be sent.
    bool start(const Request &request, QString *error = nullptr);
    void stop();

    Mode mode() const { return m_mode; }
    QString statusText() const { return m_status; }
    QString subscriptionId() const { return m_subscriptionId; }
    QByteArray subscriptionBody() const;
    Problem problem() const { return m_problem; }
    // Wall-clock ms when the feed was last known good (0 while there is no problem).
    qint64 problemSince() const { return m_problemSince; }
    // The time of day of an instant (ms since the epoch), local and short, as the feed's
    // messages and the back-fill's name it ("since 14:03", "for 14:02–14:09").
    static QString clockTime(qint64 ms);

signals:
    void entitiesUpdated(const std::vector<Entity> &entities);
    void modeChanged(LiveFeed::Mode mode, const QString &statusText);
    // The feed stopped being live (or fell back to polling) after sinceMs (wall clock).
    void feedLost(LiveFeed::Problem problem, qint64 sinceMs, const QString &detail);
    // Data flows again; what happened after sinceMs may be missing and must be back-filled.
    void feedRestored(qint64 sinceMs);

private:
    void subscribe();
    void renew();
    void startPolling(const QString &reason);
    void poll();
    void onNotification(const QUrl &endpoint, const QString &subscriptionId, const std::vector<Entity> &entities);
    void setMode(Mode mode, const QString &text);
    void onChecked(int verdict, const QString &detail);
    void reportProblem(Problem problem, const QString &detail);
    void restored();
    void watch();

    QPointer<BrokerClient> m_client;
    QPointer<NotificationReceiver> m_receiver;
    Request m_request;
    QUrl m_endpoint;
    QString m_subscriptionId;
    QDateTime m_expiresAt;
    QTimer *m_firstNotificationTimer;
    QTimer *m_renewTimer;
    QTimer *m_pollTimer;
    FeedWatchdog *m_watchdog;
    Problem m_problem = Problem::None;
    qint64 m_problemSince = 0;
    bool m_resumePolling = false; // what the feed did before the broker went away
    bool m_resubscribe = false; // the broker went away while subscribing: subscribe once it answers
    QHash<QString, QByteArray> m_snapshot; // entity id → its JSON line, for diffing polls
    Mode m_mode = Mode::Idle;
    QString m_status;
    int m_firstNotificationMs = 60000;
    int m_pollMs = 30000;
    int m_silenceMs = 25000;
    bool m_pollRunning = false;
};
