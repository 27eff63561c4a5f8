#include "ngsild/BrokerClient.h"

#include "core/Version.h"
#include "ngsild/BrokerCall.h"
#include "ngsild/NgsiLdLog.h"
#include "ngsild/QueryJob.h"
#include "ngsild/TokenProvider.h"

#include <QNetworkAccessManager>

BrokerClient::BrokerClient(const ConnectionSettings &settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_network(new QNetworkAccessManager(this))
    , m_tokens(new TokenProvider(m_network, settings, this))
    , m_profile(BrokerProfile::forVendor(settings.vendorHint))
{
    // Redirects stay on the same scheme: a broker moving us from https to http is an error.
    m_network->setRedirectPolicy(QNetworkRequest::NoLessSafeRedirectPolicy);
}

BrokerClient::~BrokerClient()
{
    // Jobs and calls are children: end them while this object (and the network) still exist,
    // so that none calls back into a half-destroyed client.
    qDeleteAll(findChildren<QueryJob *>(Qt::FindDirectChildrenOnly));
    for (BrokerCall *c : findChildren<BrokerCall *>(Qt::FindDirectChildrenOnly)) {
        c->disconnect(this);
        delete c;
    }
}

void BrokerClient::setProfile(const BrokerProfile &profile)
{
    if (profile.vendor() == m_profile.vendor() && profile.version() == m_profile.version())
        return;
    m_profile = profile;
    qCInfo(lcNgsiLd).noquote() << "broker identified as" << profile.displayName();
    emit profileChanged(profile);
}

int BrokerClient::pageSize() const
{
    int max = m_profile.maxPageSize();
    if (m_learnedMaxPage > 0)
        max = qMin(max, m_learnedMaxPage);
    return m_settings.pageSize > 0 ? qMin(m_settings.pageSize, max) : max;
}

void BrokerClient::lowerMaxPageSize(int size)
{
    m_learnedMaxPage = qMax(1, size);
    qCInfo(lcNgsiLd) << "broker page size limited to" << m_learnedMaxPage;
}

void BrokerClient::observe(const QList<QPair<QByteArray, QByteArray>> &headers, const QByteArray &errorBody)
{
    if (m_profile.vendor() != BrokerProfile::Vendor::Unknown)
        return;
    for (const auto &[name, value] : headers) {
        if (name.compare("Server", Qt::CaseInsensitive) == 0 || name.compare("X-Powered-By", Qt::CaseInsensitive) == 0) {
            const BrokerProfile p = BrokerProfile::fromServerHeader(value);
            if (p.vendor() != BrokerProfile::Vendor::Unknown) {
                setProfile(p);
                return;
            }
        }
    }
    if (!errorBody.isEmpty()) {
        const BrokerProfile p = BrokerProfile::fromErrorBody(errorBody);
        if (p.vendor() != BrokerProfile::Vendor::Unknown)
            setProfile(p);
    }
}

BrokerCall *BrokerClient::call(const QByteArray &verb, const QUrl &url, const QByteArray &accept,
                               const QByteArray &body, const QByteArray &contentType)
{
    return send(verb, url, accept, body, contentType, m_settings);
}

BrokerCall *BrokerClient::checkCall(const QUrl &url, int timeoutMs)
{
    ConnectionSettings quick = m_settings;
    quick.timeoutMs = std::min(timeoutMs, m_settings.timeoutMs);
    quick.maxRetries = 0;
    return send("GET", url, "application/json", {}, {}, quick);
}

BrokerCall *BrokerClient::send(const QByteArray &verb, const QUrl &url, const QByteArray &accept, const QByteArray &body,
                               const QByteArray &contentType, const ConnectionSettings &settings)
{
    QNetworkRequest request(url);
    request.setRawHeader("Accept", accept);
    request.setRawHeader("User-Agent", QByteArrayLiteral("CityDeck/" CITYDECK_VERSION));
    if (!contentType.isEmpty())
        request.setRawHeader("Content-Type", contentType);
    // With JSON (not JSON-LD) bodies the @context travels in the Link header.
    if (!m_settings.contextUrl.isEmpty() && !contentType.contains("ld+json")) {
        request.setRawHeader("Link", QStringLiteral("<%1>; rel=\"http://www.w3.org/ns/json-ld#context\"; "
                                                    "type=\"application/ld+json\"")
                                         .arg(m_settings.contextUrl)
                                         .toUtf8());
    }
    if (!m_settings.tenant.isEmpty()) {
        const QByteArray header = m_settings.tenantHeader == ConnectionSettings::TenantHeader::FiwareService
            ? QByteArrayLiteral("Fiware-Service")
            : QByteArrayLiteral("NGSILD-Tenant");
        request.setRawHeader(header, m_settings.tenant.toUtf8());
    }
    auto *c = new BrokerCall(m_network, m_tokens, settings, verb, request, body, this);
    connect(c, &BrokerCall::finished, this, [this](const BrokerResponse &r) {
        observe(r.headers, r.status >= 400 ? r.body : QByteArray());
    });
    c->start();
    return c;
}

QueryJob *BrokerClient::queryEntities(const EntityQuery &query)
{
    auto *job = new QueryJob(this, query, this);
    job->start();
    return job;
}

QueryJob *BrokerClient::fetchEntity(const QString &id, const EntityQuery &options)
{
    auto *job = new QueryJob(this, options, this);
    job->setSingleEntity(id);
    job->start();
    return job;
}

QueryJob *BrokerClient::queryTemporal(const TemporalQuery &query)
{
    auto *job = new QueryJob(this, query, this);
    job->start();
    return job;
}
