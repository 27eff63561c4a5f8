#include "connections/DataSource.h"

#include "connections/ConnectionsLog.h"
#include "ngsild/BrokerClient.h"
#include "ngsild/BrokerProbe.h"
#include "ngsild/NotificationReceiver.h"
#include "store/CacheFile.h"
#include "store/Journal.h"
#include "sync/SyncEngine.h"
#include "ngsild/LiveFeed.h"

#include <QFutureWatcher>
#include <QHostAddress>
#include <QtConcurrent/QtConcurrentRun>
#include <QLocale>
#include <QStandardPaths>
#include <QTimer>

DataSource::DataSource(QObject *parent)
    : QObject(parent)
    , m_retry(new QTimer(this))
    , m_maintenanceTimer(new QTimer(this))
{
    m_retry->setSingleShot(true);
    connect(m_retry, &QTimer::timeout, this, &DataSource::probe);
    m_maintenanceTimer->setSingleShot(true);
    connect(m_maintenanceTimer, &QTimer::timeout, this, &DataSource::runMaintenance);
}

bool DataSource::isMaintaining() const
{
    return m_maintenance && m_maintenance->isRunning();
}

bool DataSource::runMaintenance()
{
    if (!m_cache)
        return false;
    if (isMaintaining())
        return true;
    CacheMaintenance::Policy policy;
    policy.retentionMs = qint64(m_profile.retentionDays) * 24 * 3600 * 1000;
    policy.maxBytes = qint64(m_profile.cacheLimitMb) * 1024 * 1024;
    policy.cancel = &m_cancelMaintenance;
    m_cancelMaintenance = false;
    delete m_maintenance;
    m_maintenance = new QFutureWatcher<CacheMaintenance::Result>(this);
    connect(m_maintenance, &QFutureWatcherBase::finished, this, [this] {
        const CacheMaintenance::Result r = m_maintenance->result();
        QString text;
        if (!r.error.isEmpty()) {
            qCWarning(lcConnections).noquote() << r.summary();
            text = tr("The cache could not be tidied: %1").arg(r.error);
        } else if (r.deleted > 0 || r.hourlyDeleted > 0) {
            text = r.capReached ? tr("Cache at its size limit: the oldest %1 values were folded into hourly averages (%2 MB now)")
                                : tr("Cache tidied: %1 values past the %3-day retention folded into hourly averages (%2 MB now)");
            text = text.arg(QLocale().toString(r.deleted), QLocale().toString(double(r.bytesAfter) / 1048576.0, 'f', 1));
            if (!r.capReached)
                text = text.arg(m_profile.retentionDays);
        }
        emit maintained(text, r.deleted);
        m_maintenanceTimer->start(6 * 3600 * 1000);
    });
    m_maintenance->setFuture(QtConcurrent::run(&CacheMaintenance::run, cachePath(), QDateTime::currentMSecsSinceEpoch(), policy));
    return true;
}

DataSource::~DataSource()
{
    disconnectFromBroker();
}

QString DataSource::brokerName() const
{
    return m_client ? m_client->profile().displayName() : QString();
}

QString DataSource::cachePath() const
{
    const QString dir = m_cacheDir.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/cache")
                                             : m_cacheDir;
    return dir + QLatin1Char('/') + m_profile.id + QStringLiteral(".sqlite");
}

QDateTime DataSource::lastObservation() const
{
    if (!m_journal)
        return {};
    const qint64 newest = m_journal->timeRange().second;
    return newest == IsoTime::invalid ? QDateTime() : IsoTime::toDateTime(newest);
}

int DataSource::entityCount() const
{
    return m_journal ? m_journal->entityCount() : 0;
}

std::vector<Entity> DataSource::stateAt(qint64 t, const QStringList &types, const QStringList &ids)
{
    return m_journal ? m_journal->stateAt(t, types, ids) : std::vector<Entity>{};
}

QList<TemporalSample> DataSource::series(const QString &entityId, const QString &attribute, qint64 from, qint64 to,
                                         const QString &datasetId)
{
    return m_journal ? m_journal->series(entityId, attribute, from, to, datasetId) : QList<TemporalSample>{};
}

std::pair<qint64, qint64> DataSource::timeRange()
{
    return m_journal ? m_journal->timeRange() : std::pair<qint64, qint64>{IsoTime::invalid, IsoTime::invalid};
}

QStringList DataSource::types()
{
    return m_journal ? m_journal->types() : QStringList{};
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
    m_retry->stop();
    m_maintenanceTimer->stop();
    if (isMaintaining()) {
        // Stops after the transaction under way; the cache must not close under it.
        m_cancelMaintenance = true;
        m_maintenance->waitForFinished();
    }
    delete m_maintenance;
    m_maintenance = nullptr;
    delete m_sync; // unsubscribes
    m_sync = nullptr;
    delete m_receiver;
    m_receiver = nullptr;
    delete m_probe;
    m_probe = nullptr;
    delete m_client;
    m_client = nullptr;
    setFeedProblem({}, 0);
    const bool hadCache = m_cache != nullptr;
    m_journal.reset();
    m_cache.reset();
    if (hadCache)
        emit cacheChanged();
    if (m_state != State::None)
        setState(State::None, tr("No data source"));
}

void DataSource::cancelLoading()
{
    if (m_sync && m_state == State::Connecting) {
        m_sync->cancel();
        setState(State::Offline, tr("Loading cancelled; showing what was cached"));
    }
}

void DataSource::connectTo(const ConnectionProfile &profile)
{
    disconnectFromBroker();
    m_profile = profile;
    m_cache = std::make_unique<CacheFile>();
    QString error, notice;
    if (!m_cache->open(cachePath(), &error, &notice)) {
        // Live data still flows; it is just not kept.
        qCWarning(lcConnections).noquote() << "no cache:" << error;
        m_cache.reset();
    } else {
        m_journal = std::make_unique<Journal>(m_cache.get());
        m_maintenanceTimer->start(m_maintenanceDelayMs);
    }
    if (!notice.isEmpty())
        emit cacheNotice(notice);
    emit cacheChanged();
    m_client = new BrokerClient(profile.settings, this);
    setState(State::Connecting, tr("Connecting to %1…").arg(profile.settings.brokerUrl.toString()));
    if (m_journal && !m_journal->isEmpty())
        emit updated(lastObservation(), entityCount()); // the cache is shown while connecting
    probe();
}

void DataSource::probe()
{
    delete m_probe;
    m_probe = new BrokerProbe(m_client, this);
    connect(m_probe, &BrokerProbe::finished, this, &DataSource::onProbed);
    m_probe->start();
}

void DataSource::onProbed()
{
    if (m_probe->error().isError()) {
        const QString why = m_probe->error().message();
        m_retry->start(m_retryMs);
        setFeedProblem(tr("broker unreachable"), m_feedSince > 0 ? m_feedSince : QDateTime::currentMSecsSinceEpoch());
        if (m_journal && !m_journal->isEmpty()) {
            m_wasOffline = true;
            setState(State::Offline, tr("newest data %1; %2")
                                         .arg(QLocale().toString(lastObservation().toLocalTime(), QLocale::ShortFormat), why));
        } else {
            setState(State::Error, tr("%1: %2").arg(m_profile.name, why));
        }
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
        address = QHostAddress(m_profile.notificationAddress.section(QLatin1Char(':'), 0, 0));
        port = quint16(m_profile.notificationAddress.section(QLatin1Char(':'), 1, 1).toUInt());
    }
    QString error;
    if (!m_receiver->listen(address, port, &error))
        qCWarning(lcConnections) << error << "- CityDeck will poll instead";
    if (!m_journal) {
        setState(State::Error, tr("%1: the cache could not be opened").arg(m_profile.name));
        return;
    }
    m_sync = new SyncEngine(m_client, m_receiver, m_journal.get(), this);
    wireSync();
    SyncEngine::Options options;
    options.types = types;
    options.historyMs = m_historyMs;
    options.historyByType = m_historyByType;
    if (m_wasOffline) {
        // Back from offline: the gap since the newest cached value is fetched too.
        const qint64 newest = m_journal->timeRange().second;
        if (newest != IsoTime::invalid)
            options.since = newest;
        m_wasOffline = false;
    }
    m_sync->start(options);
}

void DataSource::wireSync()
{
    m_sync->setFeedSetup(m_feedSetup);
    connect(m_sync, &SyncEngine::progress, this, &DataSource::progress);
    connect(m_sync, &SyncEngine::stored, this, [this](int, qint64) { emit updated(lastObservation(), entityCount()); });
    connect(m_sync, &SyncEngine::phaseChanged, this, [this](SyncEngine::Phase phase, const QString &text) {
        const QString broker = brokerName();
        switch (phase) {
        case SyncEngine::Phase::Loading:
        case SyncEngine::Phase::Backfilling:
            setState(State::Connecting, tr("%1 — %2").arg(broker, text));
            break;
        case SyncEngine::Phase::Live:
            setState(State::Live, tr("%1 — live (notifications)").arg(broker));
            break;
        case SyncEngine::Phase::Polling:
            setState(State::Polling, tr("%1 — polling: %2").arg(broker, text));
            break;
        case SyncEngine::Phase::Lost:
            setState(State::Lost, tr("%1 — %2").arg(broker, text));
            break;
        case SyncEngine::Phase::Failed:
            setFeedProblem(tr("connection error"), m_feedSince > 0 ? m_feedSince : QDateTime::currentMSecsSinceEpoch());
            setState(State::Error, tr("%1: %2").arg(m_profile.name, text));
            break;
        default:
            break;
        }
    });
    // Offline at start: the first load back-filled the gap since the newest cached value.
    connect(m_sync, &SyncEngine::initialLoadFinished, this, [this] { setFeedProblem({}, 0); });
    connect(m_sync, &SyncEngine::feedLost, this, [this](LiveFeed::Problem problem, qint64 since) {
        switch (problem) {
        case LiveFeed::Problem::Unreachable:
            setFeedProblem(tr("broker unreachable"), since);
            break;
        case LiveFeed::Problem::SubscriptionGone:
            setFeedProblem(tr("subscription lost"), since);
            break;
        case LiveFeed::Problem::NotificationsStopped:
            setFeedProblem(tr("notifications stopped"), since);
            break;
        case LiveFeed::Problem::None:
            break;
        }
    });
    connect(m_sync, &SyncEngine::feedRestored, this, [this] { setFeedProblem({}, 0); });
    connect(m_sync, &SyncEngine::gapFilled, this, [this](int observations, qint64 from, qint64 to, const QStringList &withoutHistory) {
        QString text = tr("Back-filled %n value(s) for %1–%2", nullptr, observations)
                           .arg(LiveFeed::clockTime(from), LiveFeed::clockTime(to));
        if (!withoutHistory.isEmpty())
            text += tr("; the broker has no history for %1: only the current state was fetched, values observed in "
                       "between are missing")
                        .arg(withoutHistory.join(QStringLiteral(", ")));
        qCInfo(lcConnections).noquote() << text;
        emit notice(text);
    });
}

void DataSource::setFeedProblem(const QString &problem, qint64 sinceMs)
{
    if (problem == m_feedProblem && (problem.isEmpty() || sinceMs == m_feedSince))
        return;
    m_feedProblem = problem;
    m_feedSince = problem.isEmpty() ? 0 : sinceMs;
    if (!problem.isEmpty())
        qCWarning(lcConnections).noquote() << m_profile.name << ": not live —" << problem << "since" << IsoTime::format(m_feedSince);
    emit feedChanged(m_feedProblem, feedProblemSince());
}

QDateTime DataSource::feedProblemSince() const
{
    return m_feedSince > 0 ? QDateTime::fromMSecsSinceEpoch(m_feedSince, Qt::UTC) : QDateTime();
}
