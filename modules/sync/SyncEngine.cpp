#include "sync/SyncEngine.h"

#include "ngsild/BrokerClient.h"
#include "ngsild/EntityQuery.h"
#include "ngsild/NotificationReceiver.h"
#include "ngsild/QueryJob.h"
#include "ngsild/TemporalQuery.h"
#include "store/Journal.h"
#include "sync/SyncLog.h"

#include <QDateTime>
#include <QTimer>

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
    m_warnings.clear();
    m_storeFailures = 0;
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
    m_gapRunning = false;
    m_gapQuiet = false;
    m_gapFrom = 0;
    if (m_feed) {
        m_feed->stop();
        m_feed->deleteLater();
        m_feed = nullptr;
    }
    if (m_phase == Phase::Loading || m_phase == Phase::Backfilling || m_phase == Phase::Live || m_phase == Phase::Polling
        || m_phase == Phase::Lost)
        setPhase(Phase::Cancelled, tr("Stopped"));
}

void SyncEngine::store(const std::vector<Entity> &entities, qint64 knownSince)
{
    if (entities.empty())
        return;
    Journal::Stats stats;
    QString error;
    if (!m_journal->append(entities, QDateTime::currentMSecsSinceEpoch(), m_client ? m_client->settings().tenant : QString(), &stats, &error,
                           knownSince)) {
        // The data stays in memory for this session's dashboards; say why it was not kept.
        ++m_storeFailures;
        m_warnings << tr("could not write to the cache: %1").arg(error);
        qCWarning(lcSync).noquote() << m_warnings.last();
        return;
    }
    m_stored += stats.observations;
    if (m_gapRunning)
        m_gapStored += stats.observations;
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

void SyncEngine::backfillNext()
{
    if (!m_client)
        return;
    if (m_step >= m_options.types.size() || (m_options.historyMs <= 0 && m_options.since <= 0)) {
        m_job.clear(); // done; the gap fill may start its own
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
    emit progress(tr("History: %1").arg(m_options.types.at(m_step)), total + m_step, 2 * total);
    TemporalQuery query;
    query.entities.types = {m_options.types.at(m_step)};
    query.timerel = TemporalQuery::TimeRel::Between;
    // A type some dashboard needs more of goes further back on a first load (not after offline).
    qint64 from = m_backfillFrom;
    if (m_options.since <= 0)
        from = std::min(from, m_backfillTo - m_options.historyByType.value(m_options.types.at(m_step)));
    query.timeAt = QDateTime::fromMSecsSinceEpoch(from, Qt::UTC);
    query.endTimeAt = QDateTime::fromMSecsSinceEpoch(m_backfillTo, Qt::UTC);
    m_job = m_client->queryTemporal(query);
    connect(m_job, &QueryJob::finished, this, [this, job = m_job.data(), from] {
        job->deleteLater();
        if (job->error().isError()) {
            // History is a bonus: brokers without a temporal API still give live data.
            m_warnings << tr("no history for %1: %2").arg(m_options.types.at(m_step), job->error().message());
            qCWarning(lcSync).noquote() << m_warnings.last();
        } else {
            store(job->takeEntities(), from);
        }
        ++m_step;
        backfillNext();
    });
}

void SyncEngine::goLive()
{
    m_feed = new LiveFeed(m_client, m_receiver, this);
    connect(m_feed, &LiveFeed::entitiesUpdated, this, [this](const std::vector<Entity> &entities) { store(entities); });
    connect(m_feed, &LiveFeed::modeChanged, this, &SyncEngine::onFeedMode);
    connect(m_feed, &LiveFeed::feedLost, this, [this](LiveFeed::Problem problem, qint64 since, const QString &detail) {
        if (m_gapFrom == 0) { // a loss during a loss keeps the older start
            m_gapFrom = m_newest > 0 ? m_newest : since;
            m_gapStored = 0;
        }
        m_gapQuiet = false;
        emit feedLost(problem, since, detail);
    });
    connect(m_feed, &LiveFeed::feedRestored, this, [this] {
        emit feedRestored();
        fillGap();
    });
    if (m_feedSetup)
        m_feedSetup(m_feed);
    // What arrives between the state just loaded and the subscription (or the first poll) would be
    // seen by neither: once the feed runs, that join is back-filled like a gap, without a notice.
    m_gapFrom = m_newest;
    m_gapStored = 0;
    m_gapQuiet = m_newest > 0;
    LiveFeed::Request request;
    request.types = m_options.types;
    request.throttlingSeconds = m_options.throttlingSeconds;
    QString error;
    if (!m_feed->start(request, &error))
        setPhase(Phase::Failed, error); // else the feed's own mode says where it is
}

void SyncEngine::onFeedMode(LiveFeed::Mode mode, const QString &text)
{
    switch (mode) {
    case LiveFeed::Mode::Polling:
        setPhase(Phase::Polling, text);
        if (m_gapQuiet)
            fillGap();
        break;
    case LiveFeed::Mode::Notified:
    case LiveFeed::Mode::WaitingForNotification:
    case LiveFeed::Mode::Subscribing:
        if (!m_gapRunning)
            setPhase(Phase::Live, text);
        if (m_gapQuiet && mode != LiveFeed::Mode::Subscribing)
            fillGap();
        break;
    case LiveFeed::Mode::Lost:
        m_gapRunning = false; // the gap fill under way failed too; the next recovery starts it again
        if (m_job)
            m_job->cancel();
        setPhase(Phase::Lost, text);
        break;
    default:
        break;
    }
}

void SyncEngine::fillGap()
{
    if (m_gapFrom == 0 || m_gapRunning || !m_client || m_job || (m_feed && m_feed->mode() == LiveFeed::Mode::Lost))
        return;
    m_gapRunning = true;
    m_gapStep = 0;
    m_gapMissing.clear();
    if (!m_gapQuiet)
        setPhase(Phase::Backfilling, tr("Back-filling the values missed since %1…").arg(LiveFeed::clockTime(m_gapFrom)));
    fillGapNext();
}

void SyncEngine::fillGapNext()
{
    if (!m_gapRunning || !m_client)
        return;
    if (m_gapStep >= m_options.types.size()) {
        finishGap();
        return;
    }
    const QString type = m_options.types.at(m_gapStep);
    emit progress(tr("Back-filling: %1").arg(type), m_gapStep, int(m_options.types.size()));
    TemporalQuery query;
    query.entities.types = {type};
    query.timerel = TemporalQuery::TimeRel::After;
    query.timeAt = QDateTime::fromMSecsSinceEpoch(m_gapFrom - kGapMarginMs, Qt::UTC);
    m_job = m_client->queryTemporal(query);
    connect(m_job, &QueryJob::finished, this, [this, job = m_job.data(), type] {
        job->deleteLater();
        if (!m_gapRunning)
            return;
        const BrokerError error = job->error();
        if (!error.isError()) {
            m_warnings += job->warnings();
            store(job->takeEntities());
            ++m_gapStep;
            fillGapNext();
            return;
        }
        const BrokerError::Kind kind = error.kind();
        // 501 is an answer (no temporal API), not a failure to answer.
        if (kind == BrokerError::Kind::Network || kind == BrokerError::Kind::Timeout || kind == BrokerError::Kind::Unavailable
            || kind == BrokerError::Kind::RateLimited || (kind == BrokerError::Kind::ServerError && error.httpStatus() != 501)) {
            // Still failing after the call's retries: the gap stays open and is tried again.
            m_gapRunning = false;
            m_job.clear();
            qCWarning(lcSync).noquote() << "back-fill interrupted:" << error.message() << "- trying again in"
                                        << m_gapRetryMs / 1000 << "s";
            QTimer::singleShot(m_gapRetryMs, this, &SyncEngine::fillGap);
            return;
        }
        // No temporal API for this type: its current state at least, and say what is missing.
        qCWarning(lcSync).noquote() << "no history for the gap of" << type << ":" << error.message();
        EntityQuery current;
        current.types = {type};
        m_job = m_client->queryEntities(current);
        connect(m_job, &QueryJob::finished, this, [this, job = m_job.data(), type] {
            job->deleteLater();
            if (!m_gapRunning)
                return;
            if (!job->error().isError())
                store(job->takeEntities());
            m_gapMissing << type;
            ++m_gapStep;
            fillGapNext();
        });
    });
}

void SyncEngine::finishGap()
{
    const qint64 from = m_gapFrom;
    const qint64 to = std::max(m_newest, from);
    m_gapRunning = false;
    m_gapFrom = 0;
    m_job.clear();
    if (!m_gapMissing.isEmpty()) {
        m_warnings << tr("no history for %1: values observed between %2 and %3 are missing")
                          .arg(m_gapMissing.join(QStringLiteral(", ")), IsoTime::format(from), IsoTime::format(to));
        qCWarning(lcSync).noquote() << m_warnings.last();
    }
    qCInfo(lcSync).noquote() << "gap filled:" << m_gapStored << "values for" << IsoTime::format(from) << "–" << IsoTime::format(to);
    if (!m_gapQuiet)
        emit gapFilled(m_gapStored, from, to, m_gapMissing);
    m_gapQuiet = false;
    if (m_feed)
        onFeedMode(m_feed->mode(), m_feed->statusText());
}
