#pragma once

#include "ngsild/ngsild_export.h"

#include "core/Entity.h"

#include <QHostAddress>
#include <QObject>
#include <QSet>
#include <QUrl>

#include <memory>
#include <vector>

class PayloadParser;
class QHttpServer;

// CityDeck's own HTTP endpoint for NGSI-LD notifications. Each subscription gets an unguessable
// path token (/notify/<token>); anything else — unknown path, other method, oversized or
// unreadable body — is refused with the matching HTTP status and never reaches the dashboards.
class CITYDECK_NGSILD_EXPORT NotificationReceiver : public QObject
{
    Q_OBJECT

public:
    explicit NotificationReceiver(QObject *parent = nullptr);
    ~NotificationReceiver() override;

    // Port 0 picks a free one. False with *error set when the address cannot be bound.
    bool listen(const QHostAddress &address, quint16 port, QString *error = nullptr);
    bool isListening() const { return m_port != 0; }
    quint16 port() const { return m_port; }
    // Why the last listen() failed, for the status line; empty after a success.
    QString errorString() const { return m_error; }
    // The host brokers must use to reach this machine (default: the bound address).
    void setPublicHost(const QString &host) { m_publicHost = host; }
    void setMaxBodyBytes(qint64 bytes) { m_maxBody = bytes; }

    // A new endpoint URL with a fresh random token.
    QUrl createEndpoint();
    void removeEndpoint(const QUrl &endpoint);
    int endpointCount() const { return int(m_tokens.size()); }
    int rejectedCount() const { return m_rejected; }

signals:
    void notificationReceived(const QUrl &endpoint, const QString &subscriptionId, const std::vector<Entity> &entities);
    void rejected(const QString &reason);

private:
    QUrl endpointFor(const QString &token) const;

    std::unique_ptr<QHttpServer> m_server;
    std::unique_ptr<PayloadParser> m_parser;
    QSet<QString> m_tokens;
    QHostAddress m_address;
    QString m_publicHost;
    QString m_error;
    quint16 m_port = 0;
    qint64 m_maxBody = 16LL * 1024 * 1024;
    int m_rejected = 0;
};
