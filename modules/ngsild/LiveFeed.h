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
class NotificationReceiver;
class QTimer;

// Keeps CityDeck live on a set of entity types: an NGSI-LD subscription delivering to the
// NotificationReceiver, renewed before it expires and deleted on stop. When no notification
// arrives in time after subscribing (a desktop behind NAT is unreachable for the broker) or
// the broker refuses the subscription, it falls back to polling with diffing, and says so.
class CITYDECK_NGSILD_EXPORT LiveFeed : public QObject
{
    Q_OBJECT

public:
    enum class Mode { Idle, Subscribing, WaitingForNotification, Notified, Polling, Stopped };
    Q_ENUM(Mode)

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

    // Validates the request (NGSI-LD forbids throttling with timeInterval, and watched attributes
    // with timeInterval); false with *error when it cannot be sent.
    bool start(const Request &request, QString *error = nullptr);
    void stop();

    Mode mode() const { return m_mode; }
    QString statusText() const { return m_status; }
    QString subscriptionId() const { return m_subscriptionId; }
    QByteArray subscriptionBody() const;

signals:
    void entitiesUpdated(const std::vector<Entity> &entities);
    void modeChanged(LiveFeed::Mode mode, const QString &statusText);

private:
    void subscribe();
    void renew();
    void startPolling(const QString &reason);
    void poll();
    void onNotification(const QUrl &endpoint, const QString &subscriptionId, const std::vector<Entity> &entities);
    void setMode(Mode mode, const QString &text);

    QPointer<BrokerClient> m_client;
    QPointer<NotificationReceiver> m_receiver;
    Request m_request;
    QUrl m_endpoint;
    QString m_subscriptionId;
    QDateTime m_expiresAt;
    QTimer *m_firstNotificationTimer;
    QTimer *m_renewTimer;
    QTimer *m_pollTimer;
    QHash<QString, QByteArray> m_snapshot; // entity id → its JSON line, for diffing polls
    Mode m_mode = Mode::Idle;
    QString m_status;
    int m_firstNotificationMs = 60000;
    int m_pollMs = 30000;
    bool m_pollRunning = false;
};
