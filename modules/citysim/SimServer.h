#pragma once

#include "citysim/citysim_export.h"

#include "citysim/CitySimulation.h"

#include <QHostAddress>
#include <QObject>
#include <QUrl>

#include <memory>

class QHttpServer;
class QHttpServerRequest;
class SimBroker;

// The simulated city on the network: QHttpServer in front of SimBroker. Binds to 127.0.0.1 by
// default; port 0 picks a free one.
class CITYDECK_CITYSIM_EXPORT SimServer : public QObject
{
    Q_OBJECT
public:
    explicit SimServer(const CitySimulation::Options &options, QObject *parent = nullptr);
    ~SimServer() override;

    bool listen(const QHostAddress &address = QHostAddress::LocalHost, quint16 port = 0, QString *error = nullptr);
    QUrl url() const;
    CitySimulation *city() const { return m_city.get(); }
    SimBroker *broker() const { return m_broker; }

private:
    QByteArray respond(const QHttpServerRequest &request, int *status, QByteArray *contentType,
                       QList<QPair<QByteArray, QByteArray>> *headers);

    std::unique_ptr<CitySimulation> m_city;
    SimBroker *m_broker;
    QHttpServer *m_http;
    QHostAddress m_address;
    quint16 m_port = 0;
};
