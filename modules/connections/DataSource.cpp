#include "connections/DataSource.h"

#include "connections/ConnectionsLog.h"
#include "ngsild/BrokerClient.h"
#include "ngsild/BrokerProbe.h"
#include "ngsild/LiveFeed.h"
#include "ngsild/NotificationReceiver.h"

#include <QHostAddress>

DataSource::DataSource(QObject *parent)
    : QObject(parent)
{
}

DataSource::~DataSource()
{
    disconnectFromBroker();
}

QString DataSource::brokerName() const
{
    return m_client ? m_client->profile().displayName() : QString();
}

void DataSource::setState(State state, const QString &text)
{
    m_state = state;
    m_status = text;
    qCInfo(lcConnections).noquote() << m_profile.name << ":" << text;
    emit stateChanged(state, text);
}

void DataSource::disconnectFromBroker()
{
    if (m_feed)
        m_feed->stop(); // deletes the subscription on the broker
    delete m_feed;
    m_feed = nullptr;
    delete m_receiver;
    m_receiver = nullptr;
    delete m_probe;
    m_probe = nullptr;
    delete m_client;
    m_client = nullptr;
    m_entities.clear();
    m_lastObservation = QDateTime();
    if (m_state != State::None)
        setState(State::None, tr("No data source"));
}

void DataSource::connectTo(const ConnectionProfile &profile)
{
    disconnectFromBroker();
    m_profile = profile;
    m_client = new BrokerClient(profile.settings, this);
    m_probe = new BrokerProbe(m_client, this);
    connect(m_probe, &BrokerProbe::finished, this, &DataSource::onProbed);
    setState(State::Connecting, tr("Connecting to %1…").arg(profile.settings.brokerUrl.toString()));
    m_probe->start();
}

void DataSource::onProbed()
{
    if (m_probe->error().isError()) {
        setState(State::Error, tr("%1: %2").arg(m_profile.name, m_probe->error().message()));
        return;
    }
    QStringList types;
    for (const BrokerProbe::TypeCount &c : m_probe->counts())
        types << c.type;
    // Notifications come to this desktop: on the configured address, or any free local port.
    m_receiver = new NotificationReceiver(this);
    QHostAddress address = QHostAddress::LocalHost;
    quint16 port = 0;
    if (!m_profile.notificationAddress.isEmpty()) {
        const QStringList parts = m_profile.notificationAddress.split(QLatin1Char(':'));
        address = QHostAddress(parts.value(0));
        port = quint16(parts.value(1).toUInt());
    }
    QString error;
    if (!m_receiver->listen(address, port, &error))
        qCWarning(lcConnections) << error << "- CityDeck will poll instead";
    m_feed = new LiveFeed(m_client, m_receiver, this);
    m_feed->setFirstNotificationTimeout(15000);
    connect(m_feed, &LiveFeed::entitiesUpdated, this, &DataSource::onEntities);
    connect(m_feed, &LiveFeed::modeChanged, this, [this](LiveFeed::Mode mode, const QString &text) {
        const QString broker = brokerName();
        switch (mode) {
        case LiveFeed::Mode::Notified:
            setState(State::Live, tr("%1 — live (notifications)").arg(broker));
            break;
        case LiveFeed::Mode::Polling:
            setState(State::Polling, tr("%1 — polling: %2").arg(broker, text));
            break;
        case LiveFeed::Mode::Subscribing:
        case LiveFeed::Mode::WaitingForNotification:
            setState(State::Connecting, tr("%1 — subscribing…").arg(broker));
            break;
        default:
            break;
        }
    });
    LiveFeed::Request request;
    request.types = types;
    request.throttlingSeconds = 2;
    if (!m_feed->start(request, &error))
        setState(State::Error, error);
}

void DataSource::onEntities(const std::vector<Entity> &entities)
{
    for (const Entity &e : entities) {
        for (const AttributeGroup &g : e.attributes) {
            for (const Attribute &a : g.instances) {
                if (a.observedAt != IsoTime::invalid) {
                    const QDateTime t = a.observedAtTime();
                    if (!m_lastObservation.isValid() || t > m_lastObservation)
                        m_lastObservation = t;
                }
            }
        }
        m_entities.insert(e.id, e);
    }
    emit updated(m_lastObservation, int(m_entities.size()));
}
