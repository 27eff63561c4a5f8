#pragma once

#include "ngsild/ngsild_export.h"

#include "ngsild/BrokerProfile.h"
#include "ngsild/ConnectionSettings.h"
#include "ngsild/EntityQuery.h"
#include "ngsild/TermMap.h"

#include <QObject>

class BrokerCall;
class QNetworkAccessManager;
class QueryJob;
class TokenProvider;
struct TemporalQuery;

// The entry point to one NGSI-LD broker: builds requests with the connection's @context Link
// header, tenant and authentication, learns which broker it talks to, and starts the
// asynchronous, cancellable jobs (entity queries with paging, temporal queries, probes).
class CITYDECK_NGSILD_EXPORT BrokerClient : public QObject
{
    Q_OBJECT

public:
    explicit BrokerClient(const ConnectionSettings &settings, QObject *parent = nullptr);
    ~BrokerClient() override;

    const ConnectionSettings &settings() const { return m_settings; }
    BrokerProfile profile() const { return m_profile; }
    void setProfile(const BrokerProfile &profile);
    const TermMap &terms() const { return m_terms; }
    void setTerms(const TermMap &terms) { m_terms = terms; }
    // The page size to ask for: the configured one, within the broker's maximum.
    int pageSize() const;
    void lowerMaxPageSize(int size);

    // A started request to an /ngsi-ld/v1 URL with the standard headers; emits finished() once.
    BrokerCall *call(const QByteArray &verb, const QUrl &url, const QByteArray &accept = "application/json",
                     const QByteArray &body = {}, const QByteArray &contentType = {});
    // A GET with a short timeout and no retries: liveness checks must answer within their bound
    // instead of riding out a broker's outage through the usual retries.
    BrokerCall *checkCall(const QUrl &url, int timeoutMs);
    QueryJob *queryEntities(const EntityQuery &query);
    QueryJob *queryTemporal(const TemporalQuery &query);
    // GET /entities/{id}: one entity (attrs, format and lang from options); NotFound when absent.
    QueryJob *fetchEntity(const QString &id, const EntityQuery &options = {});

    // Learns the vendor from a response (Server header, error body shape).
    void observe(const QList<QPair<QByteArray, QByteArray>> &headers, const QByteArray &errorBody = {});

signals:
    void profileChanged(const BrokerProfile &profile);

private:
    BrokerCall *send(const QByteArray &verb, const QUrl &url, const QByteArray &accept, const QByteArray &body,
                     const QByteArray &contentType, const ConnectionSettings &settings);

    ConnectionSettings m_settings;
    QNetworkAccessManager *m_network;
    TokenProvider *m_tokens;
    BrokerProfile m_profile;
    TermMap m_terms;
    int m_learnedMaxPage = 0;
};
