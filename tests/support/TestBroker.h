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
        OverlappingPage   // offset paging that repeats the previous page's last entity
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
    class QNetworkAccessManager *m_network = nullptr;
};
