#pragma once

#include "ngsild/ngsild_export.h"

#include <QObject>
#include <QPointer>
#include <QStringList>

class BrokerCall;
class BrokerClient;
class QTimer;
struct BrokerResponse;

// Decides whether a silent live feed is still alive: liveness is measured, never assumed. Every
// sign of life (a notification, a successful poll or check) resets the silence clock; once the
// feed has been silent for longer than the bound, it asks the broker itself, with a short
// timeout and no retries: GET /subscriptions/{id} (status, timesSent, lastFailure) when there
// is a subscription, else a one-entity query. While the feed stays silent it asks again at each
// tick, so that a broker coming back is noticed as soon as it answers.
// Worst-case detection: silence bound + tick + check timeout (30 + 5 + 15 s by default).
class CITYDECK_NGSILD_EXPORT FeedWatchdog : public QObject
{
    Q_OBJECT
public:
    enum class Verdict {
        Alive,                // the broker answers and has nothing we missed
        Unreachable,          // no answer in time, a network error or an error status
        SubscriptionGone,     // 404 or expired: a restarted broker lost it
        NotificationsStopped  // the broker answers but its notifications do not reach us
    };
    Q_ENUM(Verdict)

    explicit FeedWatchdog(BrokerClient *client, QObject *parent = nullptr);
    ~FeedWatchdog() override;

    void setSilenceBound(int ms) { m_silenceMs = ms; }
    int silenceBound() const { return m_silenceMs; }
    void setTickInterval(int ms);
    void setCheckTimeout(int ms) { m_checkTimeoutMs = ms; }
    int checkTimeout() const { return m_checkTimeoutMs; }
    int tickInterval() const;

    // Starts watching: an empty subscription id checks with a one-entity query of the first type.
    void watch(const QString &subscriptionId, const QStringList &types);
    void stop();
    // While the feed is known lost, the broker is asked at every tick, whatever the silence.
    void setLost(bool lost) { m_lost = lost; }
    // A sign of life; notification() also counts what the broker should report as sent.
    void heard();
    void notification();
    // Wall-clock ms of the last sign of life.
    qint64 lastHeard() const { return m_lastHeard; }
    void checkNow();

    // The verdict on a GET /subscriptions/{id} answer, given how many notifications arrived.
    static Verdict judgeSubscription(const BrokerResponse &response, int received, QString *detail);

signals:
    void checked(FeedWatchdog::Verdict verdict, const QString &detail);

private:
    void tick();

    QPointer<BrokerClient> m_client;
    QTimer *m_timer;
    QPointer<BrokerCall> m_check;
    QString m_subscriptionId;
    QStringList m_types;
    qint64 m_lastHeard = 0;
    int m_received = 0;
    bool m_lost = false;
    int m_silenceMs = 30000;
    int m_checkTimeoutMs = 15000;
};
