#pragma once

#include "core/IsoTime.h"

#include "sync/sync_export.h"

#include "ngsild/LiveFeed.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QStringList>

#include <functional>

class BrokerClient;
class Journal;
class NotificationReceiver;
class QueryJob;

// Keeps one connection's journal filled: on start, the current entities of the wanted types,
// then their history through the temporal API over a window (default 24 h), then live through
// the subscription (or polling). Every batch goes into the journal at once. Cancellable, with
// progress; a reconnection back-fills the gap since the newest value stored. When the live feed is
// lost (broker unreachable, subscription gone, notifications stopped) and comes back, the gap since
// the last value received is back-filled through the temporal API — or, where the broker has none,
// the current state is fetched and the missing span named.
class CITYDECK_SYNC_EXPORT SyncEngine : public QObject
{
    Q_OBJECT
public:
    enum class Phase { Idle, Loading, Backfilling, Live, Polling, Lost, Failed, Cancelled };
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
    // The live feed (after start(), once the initial load is done), for its settings and state.
    LiveFeed *feed() const { return m_feed; }
    // A gap (or the join after the first load) is being back-filled, or waits to be.
    bool hasPendingGap() const { return m_gapFrom != 0; }
    // Called with the feed just made, before it starts: tests shorten its bounds here.
    void setFeedSetup(std::function<void(LiveFeed *)> setup) { m_feedSetup = std::move(setup); }
    void setGapRetryInterval(int ms) { m_gapRetryMs = ms; }

    Phase phase() const { return m_phase; }
    QString statusText() const { return m_status; }
    qint64 storedObservations() const { return m_stored; }
    qint64 newestObservation() const { return m_newest; }
    QStringList warnings() const { return m_warnings; }
    // Batches received but not kept (a full disk, a read-only cache): callers must know.
    int storeFailures() const { return m_storeFailures; }

signals:
    void progress(const QString &step, int done, int total);
    void phaseChanged(SyncEngine::Phase phase, const QString &text);
    void stored(int observations, qint64 newestObservedAt);
    void initialLoadFinished();
    // The live feed stopped after sinceMs (wall clock) / came back.
    void feedLost(LiveFeed::Problem problem, qint64 sinceMs, const QString &detail);
    void feedRestored();
    // A gap after a lost feed was filled: observations new to the journal, the span (observedAt,
    // ms) and the types the broker had no history for (only their current state was fetched).
    void gapFilled(int observations, qint64 from, qint64 to, const QStringList &withoutHistory);

private:
    void loadNext();
    void backfillNext();
    void goLive();
    void onFeedMode(LiveFeed::Mode mode, const QString &text);
    void fillGap();
    void fillGapNext();
    void finishGap();
    // knownSince: a history answer stands for the broker since then (Journal::append).
    void store(const std::vector<Entity> &entities, qint64 knownSince = IsoTime::invalid);
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
    Phase m_phase = Phase::Idle;
    QString m_status;
    qint64 m_stored = 0;
    qint64 m_newest = 0;
    QStringList m_warnings;
    int m_storeFailures = 0;
    // The gap after a lost feed: observedAt of the newest value before it (0: none pending).
    qint64 m_gapFrom = 0;
    bool m_gapRunning = false;
    bool m_gapQuiet = false; // the join after the first load: back-filled without a notice
    int m_gapStep = 0;
    int m_gapStored = 0;
    QStringList m_gapMissing; // types without history: only their current state was fetched
    int m_gapRetryMs = 15000;
    std::function<void(LiveFeed *)> m_feedSetup;
    static constexpr qint64 kGapMarginMs = 5 * 60 * 1000; // throttled or late values before the loss
};
