#include "TestBroker.h"

#include "connections/DataSource.h"
#include "core/IsoTime.h"
#include "ngsild/BrokerResponse.h"
#include "ngsild/FeedWatchdog.h"
#include "ngsild/LiveFeed.h"
#include "sdk/AlarmBoard.h"
#include "sdk/EntityStore.h"
#include "sdk/FeedAlarm.h"
#include "sync/SyncEngine.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

// A dead broker never reads as live, and nothing is lost when it comes back: each fault is
// detected within its bound, named, raised as a data-source alarm, and after recovery the cache
// holds exactly the broker's history — nothing missing, nothing doubled.
class TestFeedRecovery : public QObject
{
    Q_OBJECT

    static constexpr const char *kId = "urn:ngsi-ld:Sensor:00000";
    static constexpr const char *kAttr = "occupancy";

    // The broker, the data source on it and an IoT agent writing a value every 100 ms (one
    // minute apart in observedAt) and notifying the subscribers.
    struct Rig
    {
        TestBroker broker;
        QTemporaryDir dir;
        DataSource source;
        EntityStore store;
        AlarmBoard alarms;
        FeedAlarm feedAlarm{&store, &alarms};
        QTimer agent;
        qint64 t = 0;
        int n = 0;

        Rig()
        {
            broker.addEntities(QStringLiteral("Sensor"), 1);
            broker.setNotifyOnCreate(true);
            t = IsoTime::floor(QDateTime::currentMSecsSinceEpoch() - 3 * 3600 * 1000, 60000);
            for (int i = 0; i < 20; ++i)
                produce(false); // history before CityDeck connects
            agent.setInterval(100);
            QObject::connect(&agent, &QTimer::timeout, &agent, [this] { produce(true); });
            source.setCacheDirectory(dir.path());
            source.setRetryInterval(300);
            source.setMaintenanceDelay(3600 * 1000);
            source.setFeedSetup([](LiveFeed *feed) {
                // The product's bounds (25 s silence, 5 s tick, 10 s check), scaled down.
                feed->setSilenceBound(1500);
                feed->setPollInterval(500);
                feed->setFirstNotificationTimeout(60000);
                feed->watchdog()->setTickInterval(200);
                feed->watchdog()->setCheckTimeout(1000);
            });
            QObject::connect(&source, &DataSource::feedChanged, &store, &EntityStore::setFeedProblem);
        }

        void produce(bool notify)
        {
            t += 60000;
            broker.record(QString::fromLatin1(kId), QString::fromLatin1(kAttr), ++n * 0.5, t);
            if (notify)
                broker.notifyAll();
        }

        bool connect()
        {
            if (!broker.listen())
                return false;
            ConnectionProfile p;
            p.id = QStringLiteral("feed-test");
            p.name = QStringLiteral("Test broker");
            p.settings.brokerUrl = broker.url();
            p.settings.retryBaseMs = 5;
            source.connectTo(p);
            agent.start();
            return true;
        }

        // Every value of the attribute in the cache equals the broker's history, one for one.
        void compareWithBroker() const
        {
            const QList<QPair<qint64, double>> expected = broker.history(QString::fromLatin1(kId), QString::fromLatin1(kAttr));
            auto cachedNow = [&] {
                return const_cast<DataSource &>(source).series(QString::fromLatin1(kId), QString::fromLatin1(kAttr),
                                                               expected.first().first, expected.last().first, {});
            };
            // The last notification may still be on its way on a loaded machine.
            QTRY_VERIFY_WITH_TIMEOUT(cachedNow().size() >= expected.size(), 5000);
            const QList<TemporalSample> cached = cachedNow();
            QStringList missing, extra;
            QSet<qint64> seen;
            for (const TemporalSample &s : cached)
                seen.insert(s.observedAt);
            for (const auto &[at, value] : expected) {
                if (!seen.contains(at))
                    missing << IsoTime::format(at);
            }
            qInfo("broker history %d values, cache %d values", int(expected.size()), int(cached.size()));
            QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("missing: ") + missing.join(QLatin1Char(' '))));
            QCOMPARE(cached.size(), expected.size()); // nothing doubled
            for (int i = 0; i < cached.size(); ++i)
                QCOMPARE(cached.at(i).value.toDouble(), expected.at(i).second);
        }
    };

    // Waits for the data source to be live on notifications with the whole history stored.
    static void waitLive(Rig &rig)
    {
        QTRY_COMPARE_WITH_TIMEOUT(rig.source.state(), DataSource::State::Live, 20000);
        QTRY_VERIFY_WITH_TIMEOUT(rig.source.syncEngine()->feed()
                                     && rig.source.syncEngine()->feed()->mode() == LiveFeed::Mode::Notified,
                                 10000);
        QTRY_VERIFY_WITH_TIMEOUT(!rig.source.syncEngine()->hasPendingGap(), 10000); // the join after the first load
        QVERIFY(rig.store.isFeedLive());
        QCOMPARE(rig.feedAlarm.activeAlarm(), quint64(0));
    }

private slots:
    void killedBrokerComesBackWithoutItsSubscription()
    {
        Rig rig;
        QVERIFY(rig.connect());
        waitLive(rig);
        QTest::qWait(500);
        QSignalSpy notices(&rig.source, &DataSource::notice);
        const QString firstSubscription = rig.source.syncEngine()->feed()->subscriptionId();

        rig.broker.kill();
        rig.agent.stop(); // nothing reaches a dead broker
        QElapsedTimer clock;
        clock.start();
        QTRY_COMPARE_WITH_TIMEOUT(rig.source.state(), DataSource::State::Lost, 10000);
        qInfo("killed broker detected after %lld ms (bound: silence 1500 + tick 200 + check 1000)", clock.elapsed());
        QCOMPARE(rig.source.feedProblem(), QStringLiteral("broker unreachable"));
        QVERIFY(rig.source.statusText().contains(QStringLiteral("broker unreachable since")));
        QVERIFY(!rig.store.isFeedLive());
        QVERIFY(rig.feedAlarm.activeAlarm() != 0);
        const Alarm raised = rig.alarms.alarm(rig.feedAlarm.activeAlarm());
        QCOMPARE(raised.source, QString::fromLatin1(FeedAlarm::kSource));
        QVERIFY(!raised.isCleared());

        // A fresh broker process, without CityDeck's subscription; the agent writes again.
        QVERIFY(rig.broker.restart());
        rig.agent.start();
        clock.restart();
        QTRY_VERIFY_WITH_TIMEOUT(rig.source.syncEngine()->feed()->mode() == LiveFeed::Mode::Notified
                                     && rig.source.syncEngine()->feed()->subscriptionId() != firstSubscription,
                                 10000);
        qInfo("recovered (new subscription) %lld ms after the restart", clock.elapsed());
        QTRY_VERIFY_WITH_TIMEOUT(!notices.isEmpty(), 10000);
        QVERIFY2(notices.last().at(0).toString().startsWith(QStringLiteral("Back-filled")), qPrintable(notices.last().at(0).toString()));
        QVERIFY(rig.store.isFeedLive());
        QVERIFY(rig.alarms.alarm(raised.id).isCleared());
        QCOMPARE(rig.broker.subscriptions().size(), 1);

        rig.agent.stop();
        rig.compareWithBroker();
    }

    void wedgedBrokerIsLostThen503DuringTheBackfill()
    {
        Rig rig;
        QVERIFY(rig.connect());
        waitLive(rig);
        rig.broker.setHangAll(true); // accepts every connection, answers and notifies nothing; values still come in
        QElapsedTimer clock;
        clock.start();
        QTRY_COMPARE_WITH_TIMEOUT(rig.source.state(), DataSource::State::Lost, 10000);
        qInfo("wedged broker detected after %lld ms", clock.elapsed());
        QVERIFY(rig.source.statusText().contains(QStringLiteral("broker unreachable since")));
        QTest::qWait(500);

        // Back, but the temporal API is busy twice (503, Retry-After: 0) when the gap is fetched.
        rig.broker.queueFault(TestBroker::Fault::Unavailable, 2, QStringLiteral("/ngsi-ld/v1/temporal/"));
        QSignalSpy notices(&rig.source, &DataSource::notice);
        rig.broker.setHangAll(false);
        QTRY_VERIFY_WITH_TIMEOUT(!notices.isEmpty(), 15000);
        QVERIFY(notices.last().at(0).toString().startsWith(QStringLiteral("Back-filled")));
        QVERIFY(rig.store.isFeedLive());
        rig.agent.stop();
        rig.compareWithBroker();
    }

    void blockedNotificationsFallBackToPollingThenBackfill()
    {
        Rig rig;
        QVERIFY(rig.connect());
        waitLive(rig);
        QSignalSpy changes(&rig.source, &DataSource::feedChanged);
        rig.broker.setNotificationsBlocked(true); // the broker answers; its notifications fail
        QElapsedTimer clock;
        clock.start();
        QTRY_COMPARE_WITH_TIMEOUT(rig.source.feedProblem(), QStringLiteral("notifications stopped"), 10000);
        qInfo("blocked notifications detected after %lld ms", clock.elapsed());
        QTRY_COMPARE_WITH_TIMEOUT(rig.source.state(), DataSource::State::Polling, 5000);
        QVERIFY(rig.source.statusText().contains(QStringLiteral("notifications stopped since")));
        QVERIFY(rig.feedAlarm.activeAlarm() != 0);
        QTest::qWait(1000); // polls see only the newest value: the ones between must come from history

        QSignalSpy notices(&rig.source, &DataSource::notice);
        rig.broker.setNotificationsBlocked(false);
        QTRY_COMPARE_WITH_TIMEOUT(rig.source.syncEngine()->feed()->mode(), LiveFeed::Mode::Notified, 5000);
        QTRY_VERIFY_WITH_TIMEOUT(!notices.isEmpty(), 10000);
        QVERIFY(rig.store.isFeedLive());
        QCOMPARE(rig.feedAlarm.activeAlarm(), quint64(0));
        rig.agent.stop();
        rig.compareWithBroker();
    }

    void noTemporalApiFetchesTheCurrentStateAndSaysWhatIsMissing()
    {
        Rig rig;
        QVERIFY(rig.connect());
        waitLive(rig);
        rig.broker.kill();
        QTRY_COMPARE_WITH_TIMEOUT(rig.source.state(), DataSource::State::Lost, 10000);
        QVERIFY(rig.broker.restart());
        // This broker has no temporal API (Orion-LD without TRoE): every temporal call is refused.
        rig.broker.queueFault(TestBroker::Fault::NotImplemented, 1000, QStringLiteral("/ngsi-ld/v1/temporal/"));
        QSignalSpy notices(&rig.source, &DataSource::notice);
        QTRY_VERIFY_WITH_TIMEOUT(!notices.isEmpty(), 15000);
        const QString text = notices.last().at(0).toString();
        QVERIFY2(text.contains(QStringLiteral("only the current state was fetched")), qPrintable(text));
        QVERIFY(rig.store.isFeedLive());
    }

    void takenNotificationPortPollsAndSaysWhy()
    {
        QTcpServer squatter; // another program holds the configured notification port
        QVERIFY(squatter.listen(QHostAddress::LocalHost, 0));
        TestBroker broker;
        broker.addEntities(QStringLiteral("Sensor"), 3);
        QVERIFY(broker.listen());
        QTemporaryDir dir;
        DataSource source;
        source.setCacheDirectory(dir.path());
        source.setMaintenanceDelay(3600 * 1000);
        ConnectionProfile p;
        p.id = QStringLiteral("port-test");
        p.name = QStringLiteral("Test broker");
        p.settings.brokerUrl = broker.url();
        p.notificationAddress = QStringLiteral("127.0.0.1:%1").arg(squatter.serverPort());
        source.connectTo(p);
        QTRY_COMPARE_WITH_TIMEOUT(source.state(), DataSource::State::Polling, 20000);
        QVERIFY2(source.statusText().contains(QStringLiteral("is taken")), qPrintable(source.statusText()));
        QVERIFY(source.statusText().contains(QString::number(squatter.serverPort())));
        QTRY_COMPARE_WITH_TIMEOUT(source.entityCount(), 3, 10000);
        QVERIFY(broker.subscriptions().isEmpty()); // nothing subscribed that could never be delivered
    }

    void subscriptionVerdicts()
    {
        auto judge = [](int status, const QByteArray &body, int received) {
            BrokerResponse r;
            r.status = status;
            r.body = body;
            if (status == 404)
                r.error = BrokerError::fromResponse(404, body, "application/json");
            QString detail;
            return FeedWatchdog::judgeSubscription(r, received, &detail);
        };
        using V = FeedWatchdog::Verdict;
        QCOMPARE(judge(404, "{\"type\":\"https://uri.etsi.org/ngsi-ld/errors/ResourceNotFound\"}", 0), V::SubscriptionGone);
        QCOMPARE(judge(200, "{\"status\":\"expired\"}", 0), V::SubscriptionGone);
        QCOMPARE(judge(200, "{\"status\":\"active\",\"notification\":{\"timesSent\":3}}", 3), V::Alive);
        QCOMPARE(judge(200, "{\"status\":\"active\",\"notification\":{\"timesSent\":4}}", 3), V::Alive); // one on its way
        QCOMPARE(judge(200, "{\"status\":\"active\",\"notification\":{\"timesSent\":9}}", 3), V::NotificationsStopped);
        // Scorpio / Stellio: a failed notification status; Orion-LD: lastFailure after lastSuccess.
        QCOMPARE(judge(200, "{\"status\":\"active\",\"notification\":{\"status\":\"failed\"}}", 0), V::NotificationsStopped);
        QCOMPARE(judge(200, "{\"notification\":{\"lastFailure\":\"2026-03-14T09:31:00Z\",\"lastSuccess\":\"2026-03-14T09:30:00Z\"}}", 0),
                 V::NotificationsStopped);
        QCOMPARE(judge(200, "{\"notification\":{\"lastFailure\":\"2026-03-14T09:30:00Z\",\"lastSuccess\":\"2026-03-14T09:31:00Z\"}}", 0),
                 V::Alive);
    }
};

QTEST_GUILESS_MAIN(TestFeedRecovery)
#include "tst_feedrecovery.moc"
