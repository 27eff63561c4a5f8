#include "sync/SyncEngine.h"

#include "ngsild/BrokerClient.h"
#include "ngsild/EntityQuery.h"
#include "ngsild/NotificationReceiver.h"
#include "ngsild/QueryJob.h"
#include "ngsild/TemporalQuery.h"
#include "store/Journal.h"
#include "sync/SyncLog.h"

#include <QDateTime>

SyncEngine::SyncEngine(BrokerClient *client, NotificationReceiver *receiver, Journal *journal, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_receiver(receiver)
    , m_journal(journal)
{
}

SyncEngine::~SyncEngine()
{
    cancel();
}

void SyncEngine::setPhase(Phase phase, const QString &text)
{
    m_phase = phase;
    m_status = text;
    qCInfo(lcSync).noquote() << text;
    emit phaseChanged(phase, text);
}

void SyncEngine::start(const Options &options)
{
    cancel();
    m_options = options;
    m_step = 0;
    m_initial = true;
    m_warnings.clear();
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    m_backfillFrom = now - options.historyMs;
    m_backfillTo = now;
    setPhase(Phase::Loading, tr("Loading the current state of %n type(s)…", nullptr, int(options.types.size())));
    loadNext();
}

void SyncEngine::cancel()
{
    if (m_job)
        m_job->cancel();
    m_job.clear();
    if (m_feed) {
        m_feed->stop();
        m_feed->deleteLater();
        m_feed = nullptr;
    }
    if (m_phase == Phase::Loading || m_phase == Phase::Backfilling || m_phase == Phase::Live || m_phase == Phase::Polling)
        setPhase(Phase::Cancelled, tr("Stopped"));
}

void SyncEngine::store(const std::vector<Entity> &entities)
{
    if (entities.empty())
        return;
    Journal::Stats stats;
    QString error;
    if (!m_journal->append(entities, QDateTime::currentMSecsSinceEpoch(), m_client ? m_client->settings().tenant : QString(), &stats, &error)) {
        // The data stays in memory for this session's dashboards; say why it was not kept.
        m_warnings << tr("could not write to the cache: %1").arg(error);
        qCWarning(lcSync).noquote() << m_warnings.last();
        return;
    }
    m_stored += stats.observations;
    for (const Entity &e : entities) {
        for (const AttributeGroup &g : e.attributes()) {
            for (const Attribute &a : g.instances()) {
                m_newest = std::max(m_newest, a.observedAt());
                if (!a.samples().isEmpty())
                    m_newest = std::max(m_newest, a.samples().last().observedAt);
            }
        }
    }
    emit stored(stats.observations, m_newest);
}

void SyncEngine::loadNext()
{
    if (!m_client)
        return;
    if (m_step >= m_options.types.size()) {
        m_step = 0;
        // The history window ends at the newest observation the broker gave, not at this
        // computer's clock: a broker replaying the past (or a skewed clock) still gets its window.
        m_backfillTo = m_newest > 0 ? m_newest : QDateTime::currentMSecsSinceEpoch();
        m_backfillFrom = m_options.since > 0 ? m_options.since : m_backfillTo - m_options.historyMs;
        setPhase(Phase::Backfilling, tr("Fetching the last %n hour(s) of history…", nullptr, int(m_options.historyMs / 3600000)));
        backfillNext();
        return;
    }
    emit progress(tr("Current state: %1").arg(m_options.types.at(m_step)), m_step, int(m_options.types.size()) * 2);
    EntityQuery query;
    query.types = {m_options.types.at(m_step)};
    m_job = m_client->queryEntities(query);
    connect(m_job, &QueryJob::finished, this, [this, job = m_job.data()] {
        job->deleteLater();
        if (job->error().isError()) {
            setPhase(Phase::Failed, tr("Loading %1 failed: %2").arg(m_options.types.at(m_step), job->error().message()));
            return;
        }
        m_warnings += job->warnings();
        store(job->takeEntities());
        ++m_step;
        loadNext();
    });
}

void SyncEngine::backfillSince(qint64 from)
{
    m_backfillFrom = from;
    m_backfillTo = 0; // open-ended: everything after `from`
    m_step = 0;
    m_initial = false;
    setPhase(Phase::Backfilling, tr("Back-filling since %1…").arg(QDateTime::fromMSecsSinceEpoch(from).toString(Qt::ISODate)));
    backfillNext();
}

void SyncEngine::backfillNext()
{
    if (!m_client)
        return;
    if (m_step >= m_options.types.size() || (m_options.historyMs <= 0 && m_options.since <= 0)) {
        if (m_initial)
            emit initialLoadFinished();
        if (m_options.live && !m_feed)
            goLive();
        else if (m_feed)
            setPhase(m_feed->mode() == LiveFeed::Mode::Polling ? Phase::Polling : Phase::Live, m_feed->statusText());
        else
            setPhase(Phase::Idle, tr("Cache filled"));
        return;
    }
    const int total = int(m_options.types.size());
    emit progress(tr("History: %1").arg(m_options.types.at(m_step)), (m_initial ? total : 0) + m_step, m_initial ? 2 * total : total);
    TemporalQuery query;
    query.entities.types = {m_options.types.at(m_step)};
    query.timerel = m_backfillTo > 0 ? TemporalQuery::TimeRel::Between : TemporalQuery::TimeRel::After;
    // A type some dashboard needs more of goes further back on a first load (not after offline).
    qint64 from = m_backfillFrom;
    if (m_initial && m_options.since <= 0 && m_backfillTo > 0)
        from = std::min(from, m_backfillTo - m_options.historyByType.value(m_options.types.at(m_step)));
    query.timeAt = QDateTime::fromMSecsSinceEpoch(from, Qt::UTC);
    if (m_backfillTo > 0)
        query.endTimeAt = QDateTime::fromMSecsSinceEpoch(m_backfillTo, Qt::UTC);
    m_job = m_client->queryTemporal(query);
    connect(m_job, &QueryJob::finished, this, [this, job = m_job.data()] {
        job->deleteLater();
        if (job->error().isError()) {
            // History is a bonus: brokers without a temporal API still give live data.
            m_warnings << tr("no history for %1: %2").arg(m_options.types.at(m_step), job->error().message());
            qCWarning(lcSync).noquote() << m_warnings.last();
        } else {
            store(job->takeEntities());
        }
        ++m_step;
        backfillNext();
    });
}

void SyncEngine::goLive()
{
    m_feed = new LiveFeed(m_client, m_receiver, this);
    connect(m_feed, &LiveFeed::entitiesUpdated, this, &SyncEngine::store);
    connect(m_feed, &LiveFeed::modeChanged, this, [this](LiveFeed::Mode mode, const QString &text) {
        if (mode == LiveFeed::Mode::Polling)
            setPhase(Phase::Polling, text);
        else if (mode == LiveFeed::Mode::Notified)
            setPhase(Phase::Live, text);
    });
    LiveFeed::Request request;
    request.types = m_options.types;
    request.throttlingSeconds = m_options.throttlingSeconds;
    QString error;
    if (!m_feed->start(request, &error))
        setPhase(Phase::Failed, error);
    else
        setPhase(Phase::Live, tr("Subscribing…"));
}
