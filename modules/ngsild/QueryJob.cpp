#include "ngsild/QueryJob.h"

#include "ngsild/BrokerCall.h"
#include "ngsild/BrokerClient.h"
#include "ngsild/LinkHeader.h"
#include "ngsild/NgsiLdLog.h"

#include <QRegularExpression>
#include <QUrlQuery>

namespace {
constexpr int kMaxRequests = 100000; // a broker that never stops paging is a broker bug

QUrl withQuery(QUrl url, const QString &query)
{
    url.setQuery(query, QUrl::TolerantMode);
    return url;
}
} // namespace

QueryJob::QueryJob(BrokerClient *client, const EntityQuery &query, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_query(query)
    , m_parser(client->terms())
{
}

QueryJob::QueryJob(BrokerClient *client, const TemporalQuery &query, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_query(query.entities)
    , m_temporal(query)
    , m_parser(client->terms())
{
    m_parser.setTemporal(true);
}

QueryJob::~QueryJob()
{
    if (m_call) {
        m_call->disconnect(this); // no callback into a half-destroyed job
        m_call->cancel();
    }
}

void QueryJob::start()
{
    m_limit = m_query.pageSize > 0 ? qMin(m_query.pageSize, m_client->pageSize()) : m_client->pageSize();
    requestOffset(0);
}

void QueryJob::cancel()
{
    if (m_finished)
        return;
    if (m_call) {
        m_call->disconnect(this);
        m_call->cancel();
    }
    finish(BrokerError(BrokerError::Kind::Cancelled, QStringLiteral("cancelled")));
}

void QueryJob::requestOffset(int offset)
{
    m_offset = offset;
    if (!m_singleId.isEmpty()) {
        EntityQuery options = m_query;
        options.types.clear();
        options.ids.clear();
        QUrl url = m_client->settings().apiUrl(QStringLiteral("/entities/")
                                               + QString::fromLatin1(QUrl::toPercentEncoding(m_singleId, ":")));
        url.setQuery(options.toQueryString(), QUrl::TolerantMode);
        request(url);
        return;
    }
    QString query = m_temporal ? m_temporal->toQueryString() : m_query.toQueryString();
    if (!query.isEmpty())
        query += QLatin1Char('&');
    query += QStringLiteral("limit=%1&offset=%2&count=true").arg(m_limit).arg(offset);
    const QUrl base = m_temporal ? m_client->settings().temporalApiUrl(QStringLiteral("/temporal/entities"))
                                 : m_client->settings().apiUrl(QStringLiteral("/entities"));
    request(withQuery(base, query));
}

void QueryJob::request(const QUrl &url)
{
    if (!m_client) {
        finish(BrokerError(BrokerError::Kind::Cancelled, QStringLiteral("the connection was closed")));
        return;
    }
    if (++m_requests > kMaxRequests) {
        finish(BrokerError(BrokerError::Kind::Other, QStringLiteral("more than %1 pages: stopped").arg(kMaxRequests)));
        return;
    }
    m_currentUrl = url;
    m_call = m_client->call("GET", url, m_query.acceptHeader());
    connect(m_call, &BrokerCall::finished, this, &QueryJob::onResponse);
}

void QueryJob::onResponse(const BrokerResponse &response)
{
    m_call = nullptr;
    if (m_finished)
        return;
    if (!response.ok()) {
        int hint = 0;
        if (response.error.isPageLimitError(&hint) && m_limit > 1) {
            const int smaller = hint > 0 && hint < m_limit ? hint : m_limit / 2;
            m_warnings << QStringLiteral("the broker refused pages of %1 entities; using %2").arg(m_limit).arg(smaller);
            m_limit = smaller;
            m_client->lowerMaxPageSize(smaller);
            --m_requests;
            requestOffset(m_offset);
            return;
        }
        finish(response.error);
        return;
    }
    bool countOk = false;
    const int announced = response.header("NGSILD-Results-Count").trimmed().toInt(&countOk);
    if (countOk)
        m_announced = announced;

    ParseResult page = m_parser.parse(response.body);
    if (!page.ok()) {
        finish(BrokerError(BrokerError::Kind::Malformed,
                           QStringLiteral("unreadable page from %1: %2").arg(response.url.toString(), page.error)));
        return;
    }
    for (const QString &w : std::as_const(page.warnings)) {
        if (m_warnings.size() < 200)
            m_warnings << w;
    }
    const int received = int(page.entities.size());
    const int before = int(m_entities.size());
    for (Entity &e : page.entities)
        addEntity(std::move(e));
    emit progress(int(m_entities.size()), m_announced);

    if (!m_singleId.isEmpty()) {
        finish();
        return;
    }
    if (m_temporal && followTemporalRange(response))
        return;

    const QUrl next = LinkHeader::next(response.headerValues("Link"), response.url);
    if (next.isValid() && received > 0 && int(m_entities.size()) > before) {
        request(next);
        return;
    }
    const QByteArray mintakaNext = response.header("Next-Page");
    if (m_temporal && !mintakaNext.isEmpty() && received > 0) {
        QUrlQuery q(m_currentUrl);
        q.removeAllQueryItems(QStringLiteral("pageAnchor"));
        q.addQueryItem(QStringLiteral("pageAnchor"), QString::fromUtf8(mintakaNext));
        const QByteArray pageSize = response.header("Page-Size");
        if (!pageSize.isEmpty()) {
            q.removeAllQueryItems(QStringLiteral("pageSize"));
            q.addQueryItem(QStringLiteral("pageSize"), QString::fromUtf8(pageSize));
        }
        QUrl url = m_currentUrl;
        url.setQuery(q);
        request(url);
        return;
    }
    const bool fullPage = received >= m_limit && received > 0;
    const bool moreAnnounced = m_announced < 0 || m_offset + received < m_announced;
    if (!next.isValid() && fullPage && moreAnnounced) {
        requestOffset(m_offset + received);
        return;
    }
    finish();
}

bool QueryJob::followTemporalRange(const BrokerResponse &response)
{
    if (response.status != 206)
        return false;
    // "date-time 2021-09-16T11:00-2021-09-16T10:22:39.650/3": the instants the page covers.
    static const QRegularExpression range(QStringLiteral("^date-time\\s+(\\S+?)-(\\d{4}-\\d\\d-\\d\\d\\S*)/(\\S+)$"));
    const auto m = range.match(QString::fromLatin1(response.header("Content-Range").trimmed()));
    if (!m.hasMatch()) {
        m_warnings << QStringLiteral("partial temporal answer without a readable Content-Range: later values missing");
        return false;
    }
    const qint64 first = IsoTime::parse(m.captured(1));
    const qint64 last = IsoTime::parse(m.captured(2));
    if (first == IsoTime::invalid || last == IsoTime::invalid || first == last)
        return false;
    TemporalQuery rest = *m_temporal;
    if (last > first) {
        // Oldest first: continue after the last instant received.
        rest.timerel = TemporalQuery::TimeRel::Between;
        rest.timeAt = IsoTime::toDateTime(last + 1);
        if (!m_temporal->endTimeAt.isValid() || m_temporal->timerel != TemporalQuery::TimeRel::Between)
            rest.endTimeAt = QDateTime::currentDateTimeUtc().addYears(1);
    } else {
        // Newest first (lastN): continue before the oldest instant received.
        rest.timerel = TemporalQuery::TimeRel::Between;
        rest.endTimeAt = IsoTime::toDateTime(last - 1);
        if (!m_temporal->timeAt.isValid() || m_temporal->timerel == TemporalQuery::TimeRel::Before)
            rest.timeAt = QDateTime::fromMSecsSinceEpoch(0, Qt::UTC);
    }
    QString query = rest.toQueryString() + QStringLiteral("&limit=%1&offset=%2&count=true").arg(m_limit).arg(m_offset);
    request(withQuery(response.url.adjusted(QUrl::RemoveQuery), query));
    return true;
}

void QueryJob::addEntity(Entity &&entity)
{
    const auto it = m_index.constFind(entity.id);
    if (it == m_index.cend()) {
        m_index.insert(entity.id, int(m_entities.size()));
        m_entities.push_back(std::move(entity));
        return;
    }
    if (m_temporal) {
        m_entities[*it].mergeTemporal(std::move(entity));
        return;
    }
    // Offset paging over a changing set can repeat an entity (Orion-LD issue #1573): keep one.
    ++m_duplicates;
    m_entities[*it] = std::move(entity);
}

void QueryJob::finish(const BrokerError &error)
{
    if (m_finished)
        return;
    m_finished = true;
    m_error = error;
    if (!error.isError() && !m_temporal && m_announced >= 0 && int(m_entities.size()) != m_announced) {
        m_warnings << QStringLiteral("the broker announced %1 entities but %2 distinct ones arrived (%3 duplicates "
                                     "dropped)")
                          .arg(m_announced)
                          .arg(m_entities.size())
                          .arg(m_duplicates);
    }
    if (error.isError())
        qCWarning(lcNgsiLd).noquote() << "query failed:" << error.message();
    emit finished();
}
