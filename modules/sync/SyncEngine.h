#pragma once

#include "sync/sync_export.h"

#include "ngsild/LiveFeed.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QStringList>

class BrokerClient;
class Journal;
class NotificationReceiver;
class QueryJob;

// Keeps one connection's journal filled: on start, the current entities of the wanted types,
// then their history through the temporal API over a window (default 24 h), then live through
// the subscription (or polling). Every batch goes into the journal at once. Cancellable, with
// progress; a reconnection back-fills the gap since the newest value stored.
class CITYDECK_SYNC_EXPORT SyncEngine : public QObject
{
    Q_OBJECT
public:
    enum class Phase { Idle, Loading, Backfilling, Live, Polling, Failed, Cancelled };
    Q_ENUM(Phase)

    struct Options
    {
        QStringList types;
        qint64 historyMs = 24LL * 3600 * 1000;
        QHash<QString, qint64> historyByType; // longer windows some types need (dashboards' forecasts)
        qint64 since = 0; // when set, the history starts here instead (the gap after being offline)
        bool live = true;
        int throttlingSeconds = 2;
    };

    SyncEngine(BrokerClient *client, NotificationReceiver *receiver, Journal *journal, QObject *parent = nullptr);
    ~SyncEngine() override;

    void start(const Options &options);
    void cancel();
    // Fetches the history of the wanted types since `from` (after a disconnection).
    void backfillSince(qint64 from);

    Phase phase() const { return m_phase; }
    QString statusText() const { return m_status; }
    qint64 storedObservations() const { return m_stored; }
    qint64 newestObservation() const { return m_newest; }
    QStringList warnings() const { return m_warnings; }

signals:
    void progress(const QString &step, int done, int total);
    void phaseChanged(SyncEngine::Phase phase, const QString &text);
    void stored(int observations, qint64 newestObservedAt);
    void initialLoadFinished();

private:
    void loadNext();
    void backfillNext();
    void goLive();
    void store(const std::vector<Entity> &entities);
    void setPhase(Phase phase, const QString &text);

    QPointer<BrokerClient> m_client;
    QPointer<NotificationReceiver> m_receiver;
    Journal *m_journal;
    Options m_options;
    LiveFeed *m_feed = nullptr;
    QPointer<QueryJob> m_job;
    int m_step = 0;
    qint64 m_backfillFrom = 0;
    qint64 m_backfillTo = 0;
    bool m_initial = true;
    Phase m_phase = Phase::Idle;
    QString m_status;
    qint64 m_stored = 0;
    qint64 m_newest = 0;
    QStringList m_warnings;
};
