#pragma once

#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QList>
#include <QMap>
#include <QObject>
#include <QSet>
#include <QTcpServer>
#include <QUrl>

class QTcpSocket;

// A scriptable NGSI-LD broker on 127.0.0.1 for the client tests: it serves entities and temporal
// data the way Orion-LD, Scorpio or Stellio do (page limits and their error bodies, Link header
// styles, tenant errors, Server headers) and injects faults on demand (dropped connections,
// 503 with Retry-After, slow answers, malformed or truncated JSON, HTML error pages, oversized
// bodies, wrong Content-Type, overlapping pages). Plain QTcpServer so faults can be exact.
class TestBroker : public QObject
{
    Q_OBJECT

public:
    enum class Profile { OrionLd, Scorpio, Stellio };
    enum class Fault {
        None,
        DropMidBody,      // headers + half the body, then close
        Unavailable,      // 503 with Retry-After: 0
        Slow,             // answer after slowMs
        MalformedJson,
        TruncatedJson,
        HtmlError,        // 502 with an HTML page from a "proxy"
        Oversized,        // a valid but huge body
        WrongContentType, // text/plain body that is not JSON
        OverlappingPage,  // offset paging that repeats the previous page's last entity
        Hang,             // accepts the request and never answers
        NotImplemented    // 501 OperationNotSupported (a broker without that API)
    };

    struct Request
    {
        QByteArray method;
        QUrl url;
        QMap<QByteArray, QByteArray> headers; // lower-case names
        QByteArray body;
    };

    explicit TestBroker(Profile profile = Profile::OrionLd, QObject *parent = nullptr);
    ~TestBroker() override;

    bool listen();
    QUrl url() const;
    Profile profile() const { return m_profile; }

    // n entities "urn:ngsi-ld:<type>:<i>" with a numeric attribute and a location.
    void addEntities(const QString &type, int count);
    void addEntity(const QJsonObject &entity) { m_entities.append(entity); }
    // A temporal series for one entity attribute: n values one minute apart from start.
    void addSeries(const QString &id, const QString &type, const QString &attr, int n, qint64 startMs);

    void queueFault(Fault fault, int times = 1);
    // Faults for the next requests whose path starts with pathPrefix only (others go through).
    void queueFault(Fault fault, int times, const QString &pathPrefix);
    void setSlowMs(int ms) { m_slowMs = ms; }
    void setOversizedBytes(qint64 bytes) { m_oversized = bytes; }
    void setKnownTenants(const QSet<QString> &tenants) { m_tenants = tenants; }
    void setRequiredToken(const QByteArray &token) { m_requiredToken = token; }
    void setTokenLifetime(int seconds) { m_tokenLifetime = seconds; }
    void setSendLinkNext(bool on) { m_sendLinkNext = on; }
    void setTemporalPageLimit(int instances) { m_temporalLimit = instances; }
    void setAnnouncedCountOffset(int delta) { m_countDelta = delta; }
    void setMaxPage(int max) { m_maxPage = max; }

    // Subscriptions: stored as posted; notifications go to their endpoint.
    void setNotifyOnCreate(bool on) { m_notifyOnCreate = on; }
    void setRefuseSubscriptions(bool on) { m_refuseSubscriptions = on; }
    QMap<QString, QJsonObject> subscriptions() const { return m_subscriptions; }
    void notifyAll();
    void setEntityValue(const QString &id, const QString &attr, double value);

    // A value reaches the broker (an IoT agent's update): appended to the entity's temporal
    // history and made its current value, observed at t (ms).
    void record(const QString &id, const QString &attr, double value, qint64 t);
    // Everything the broker holds of one attribute, oldest first: (observedAt ms, value).
    QList<QPair<qint64, double>> history(const QString &id, const QString &attr) const;

    // Lifecycle faults. kill(): the process dies (listening socket closed, connections cut);
    // restart(): a fresh process on the same port, without the subscriptions it had.
    void kill();
    bool restart();
    // Every request from now on is accepted and never answered (a wedged broker).
    void setHangAll(bool on) { m_hangAll = on; }
    // The broker still answers, but its notifications fail (reported in GET /subscriptions/{id}).
    void setNotificationsBlocked(bool on) { m_notificationsBlocked = on; }

    QList<Request> requests() const { return m_requests; }
    int tokensIssued() const { return m_tokensIssued; }

private:
    void onConnection();
    void onReadyRead(QTcpSocket *socket);
    void handle(QTcpSocket *socket, const Request &request);
    void reply(QTcpSocket *socket, int status, const QByteArray &body,
               const QList<QPair<QByteArray, QByteArray>> &headers = {}, const QByteArray &contentType = "application/json");
    void replyError(QTcpSocket *socket, int status, const QString &type, const QString &title, const QString &detail);
    void serveEntities(QTcpSocket *socket, const Request &request, Fault fault);
    void serveTemporal(QTcpSocket *socket, const Request &request);
    void serveToken(QTcpSocket *socket, const Request &request);
    int maxPage() const;

    QTcpServer m_server;
    Profile m_profile;
    QList<QJsonObject> m_entities;
    QMap<QString, QList<QJsonObject>> m_series; // entity id → samples {attr, value, observedAt}
    QMap<QString, QString> m_seriesTypes;
    QList<Fault> m_faults;
    QList<QPair<QString, Fault>> m_pathFaults;
    QList<Request> m_requests;
    QMap<QTcpSocket *, QByteArray> m_buffers;
    QSet<QString> m_tenants;
    QByteArray m_requiredToken;
    int m_tokenLifetime = 300;
    int m_tokensIssued = 0;
    int m_slowMs = 2000;
    qint64 m_oversized = 2 * 1024 * 1024;
    bool m_sendLinkNext = true;
    int m_temporalLimit = 0;
    int m_countDelta = 0;
    int m_maxPage = 0;
    bool m_notifyOnCreate = false;
    bool m_refuseSubscriptions = false;
    QMap<QString, QJsonObject> m_subscriptions;
    struct Delivery
    {
        int timesSent = 0;
        QString lastSuccess;
        QString lastFailure;
    };
    QMap<QString, Delivery> m_deliveries; // subscription id → what happened to its notifications
    quint16 m_port = 0;
    bool m_hangAll = false;
    bool m_notificationsBlocked = false;
    class QNetworkAccessManager *m_network = nullptr;
};
