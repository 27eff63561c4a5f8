#pragma once

#include "connections/connections_export.h"

#include "connections/ConnectionProfile.h"
#include "sdk/EntityStore.h"
#include "store/CacheMaintenance.h"

#include <QDateTime>
#include <QObject>

#include <atomic>
#include <functional>
#include <memory>

class BrokerClient;
class BrokerProbe;
class CacheFile;
class Journal;
class NotificationReceiver;
class QTimer;
class SyncEngine;
template <typename T>
class QFutureWatcher;

// The connection CityDeck is live on. Every value received goes into the connection's cache
// (modules/store) through a SyncEngine: current state, history over a window, then live through
// a subscription (or polling). When the broker cannot be reached at start, the cache is shown
// and CityDeck says it is offline, retrying until the broker answers and back-filling the gap.
// Dashboards read that cache through the sdk's EntityStore, whose backend this is.
class CITYDECK_CONNECTIONS_EXPORT DataSource : public QObject, public EntityStore::Backend
{
    Q_OBJECT
public:
    enum class State { None, Connecting, Live, Polling, Lost, Offline, Error };
    Q_ENUM(State)

    explicit DataSource(QObject *parent = nullptr);
    ~DataSource() override;

    // Where caches live (default AppDataLocation/cache) and how much history to fetch.
    void setCacheDirectory(const QString &dir) { m_cacheDir = dir; }
    void setHistory(qint64 ms) { m_historyMs = ms; }
    // Longer history for some types (what the dashboards' metadata asks for).
    void setHistoryByType(const QHash<QString, qint64> &ms) { m_historyByType = ms; }
    void setRetryInterval(int ms) { m_retryMs = ms; }
    // Retention and size cap run on a worker thread this long after connecting, then every
    // six hours (the profile sets how long and how big).
    void setMaintenanceDelay(int ms) { m_maintenanceDelayMs = ms; }
    // Starts the retention/size pass now (unless one is running); false when there is no cache.
    bool runMaintenance();
    bool isMaintaining() const;

    void connectTo(const ConnectionProfile &profile);
    void disconnectFromBroker();
    void cancelLoading();

    State state() const { return m_state; }
    QString statusText() const { return m_status; }
    ConnectionProfile profile() const { return m_profile; }
    QString brokerName() const;
    QString cachePath() const;
    // The newest observedAt stored; invalid before any data.
    QDateTime lastObservation() const;
    int entityCount() const;
    // Why the data is not live (empty while it is): "broker unreachable", "notifications stopped"…
    QString feedProblem() const { return m_feedProblem; }
    // Wall-clock time since when (invalid while live).
    QDateTime feedProblemSince() const;
    // The sync engine of the open connection (nullptr before the broker answered once).
    SyncEngine *syncEngine() const { return m_sync; }
    // Applied to every live feed this source makes (tests shorten the liveness bounds).
    void setFeedSetup(std::function<void(class LiveFeed *)> setup) { m_feedSetup = std::move(setup); }
    Journal *journal() const { return m_journal.get(); }

    // EntityStore::Backend: the cache of the current connection (empty answers without one).
    std::vector<Entity> stateAt(qint64 t, const QStringList &types, const QStringList &ids) override;
    QList<TemporalSample> series(const QString &entityId, const QString &attribute, qint64 from, qint64 to,
                                 const QString &datasetId) override;
    std::pair<qint64, qint64> timeRange() override;
    QStringList types() override;

signals:
    void stateChanged(DataSource::State state, const QString &text);
    void updated(const QDateTime &lastObservation, int entityCount);
    void progress(const QString &step, int done, int total);
    // A previous cache file could not be used and was kept aside (the reason, for the user).
    void cacheNotice(const QString &text);
    // Another cache was opened (or the cache closed): what was read from it is out of date.
    void cacheChanged();
    // A retention/size pass finished: what it did for the status line (empty when it had nothing to do).
    void maintained(const QString &summary, qint64 deleted);
    // The feed stopped being live (problem, since when) or is live again (empty problem).
    void feedChanged(const QString &problem, const QDateTime &since);
    // Something the operator should read once: "back-filled 120 values for 14:02–14:09".
    void notice(const QString &text);

private:
    void setState(State state, const QString &text);
    void probe();
    void onProbed();
    void setFeedProblem(const QString &problem, qint64 sinceMs);
    void wireSync();

    ConnectionProfile m_profile;
    QString m_cacheDir;
    qint64 m_historyMs = 24LL * 3600 * 1000;
    QHash<QString, qint64> m_historyByType;
    int m_retryMs = 30000;
    std::unique_ptr<CacheFile> m_cache;
    std::unique_ptr<Journal> m_journal;
    BrokerClient *m_client = nullptr;
    BrokerProbe *m_probe = nullptr;
    NotificationReceiver *m_receiver = nullptr;
    SyncEngine *m_sync = nullptr;
    QTimer *m_retry;
    QTimer *m_maintenanceTimer;
    QFutureWatcher<CacheMaintenance::Result> *m_maintenance = nullptr;
    std::atomic_bool m_cancelMaintenance{false};
    int m_maintenanceDelayMs = 60 * 1000;
    bool m_wasOffline = false;
    QString m_feedProblem;
    qint64 m_feedSince = 0;
    std::function<void(class LiveFeed *)> m_feedSetup;
    State m_state = State::None;
    QString m_status;
};
