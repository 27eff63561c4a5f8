#pragma once

#include "connections/connections_export.h"

#include "connections/ConnectionProfile.h"
#include "core/Entity.h"

#include <QDateTime>
#include <QObject>

#include <vector>

class BrokerClient;
class BrokerProbe;
class LiveFeed;
class NotificationReceiver;

// The connection CityDeck is live on: probes the broker, then keeps every entity type it offers
// up to date through a subscription (or polling when notifications cannot reach this desktop),
// and reports its state in words for the status bar.
class CITYDECK_CONNECTIONS_EXPORT DataSource : public QObject
{
    Q_OBJECT
public:
    enum class State { None, Connecting, Live, Polling, Error };
    Q_ENUM(State)

    explicit DataSource(QObject *parent = nullptr);
    ~DataSource() override;

    void connectTo(const ConnectionProfile &profile);
    void disconnectFromBroker();

    State state() const { return m_state; }
    QString statusText() const { return m_status; }
    ConnectionProfile profile() const { return m_profile; }
    QString brokerName() const;
    // The newest observedAt received; invalid before the first data.
    QDateTime lastObservation() const { return m_lastObservation; }
    int entityCount() const { return int(m_entities.size()); }
    const QHash<QString, Entity> &entities() const { return m_entities; }

signals:
    void stateChanged(DataSource::State state, const QString &text);
    void updated(const QDateTime &lastObservation, int entityCount);

private:
    void setState(State state, const QString &text);
    void onProbed();
    void onEntities(const std::vector<Entity> &entities);

    ConnectionProfile m_profile;
    BrokerClient *m_client = nullptr;
    BrokerProbe *m_probe = nullptr;
    NotificationReceiver *m_receiver = nullptr;
    LiveFeed *m_feed = nullptr;
    State m_state = State::None;
    QString m_status;
    QDateTime m_lastObservation;
    QHash<QString, Entity> m_entities; // id → latest state
};
