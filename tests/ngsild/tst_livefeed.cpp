#include "TestBroker.h"

#include "ngsild/BrokerClient.h"
#include "ngsild/FeedWatchdog.h"
#include "ngsild/LiveFeed.h"
#include "ngsild/NotificationReceiver.h"

#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>

Q_DECLARE_METATYPE(std::vector<Entity>)

// Subscriptions, the notification receiver and the polling fallback.
class TestLiveFeed : public QObject
{
    Q_OBJECT

private:
    static int post(const QUrl &url, const QByteArray &body, const QByteArray &verb = "POST")
    {
        QNetworkAccessManager network;
        QNetworkRequest request(url);
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        QNetworkReply *reply = network.sendCustomRequest(request, verb, body);
        QSignalSpy done(reply, &QNetworkReply::finished);
        done.wait(5000);
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        delete reply;
        return status;
    }

    static ConnectionSettings settingsFor(const TestBroker &broker)
    {
        ConnectionSettings s;
        s.brokerUrl = broker.url();
        s.retryBaseMs = 5;
        return s;
    }

private slots:
    void initTestCase() { qRegisterMetaType<std::vector<Entity>>(); }

    void receiverAcceptsOnlyItsTokens()
    {
        NotificationReceiver receiver;
        QVERIFY(receiver.listen(QHostAddress::LocalHost, 0));
        const QUrl endpoint = receiver.createEndpoint();
        QVERIFY(endpoint.path().size() > 30); // /notify/ + 32 random characters
        QSignalSpy received(&receiver, &NotificationReceiver::notificationReceived);
        const QByteArray notification = "{\"id\":\"urn:ngsi-ld:Notification:1\",\"type\":\"Notification\","
                                        "\"subscriptionId\":\"urn:ngsi-ld:Subscription:1\",\"notifiedAt\":\"2026-03-14T09:30:00Z\","
                                        "\"data\":[{\"id\":\"urn:ngsi-ld:A:1\",\"type\":\"A\",\"x\":{\"type\":\"Property\",\"value\":1}}]}";
        QUrl guessed = endpoint;
        guessed.setPath(QStringLiteral("/notify/guess"));
        QCOMPARE(post(guessed, notification), 404);
        QCOMPARE(post(endpoint, notification, "PUT"), 405);
        QCOMPARE(post(endpoint, "{\"id\": "), 400);
        QCOMPARE(post(endpoint, "{\"id\":\"urn:a:1\",\"type\":\"A\"}"), 400); // an entity, not a notification
        QCOMPARE(received.count(), 0);
        QCOMPARE(receiver.rejectedCount(), 4);
        QCOMPARE(post(endpoint, notification), 204);
        QCOMPARE(received.count(), 1);
        QCOMPARE(received.at(0).at(1).toString(), QStringLiteral("urn:ngsi-ld:Subscription:1"));
        receiver.removeEndpoint(endpoint);
        QCOMPARE(post(endpoint, notification), 404);
    }

    void notificationsKeepItLive()
    {
        TestBroker broker(TestBroker::Profile::Scorpio);
        QVERIFY(broker.listen());
        broker.addEntities(QStringLiteral("OffStreetParking"), 3);
        broker.setNotifyOnCreate(true);
        NotificationReceiver receiver;
        QVERIFY(receiver.listen(QHostAddress::LocalHost, 0));
        BrokerClient client(settingsFor(broker));
        LiveFeed feed(&client, &receiver);
        QSignalSpy updates(&feed, &LiveFeed::entitiesUpdated);
        LiveFeed::Request request;
        request.types = {QStringLiteral("OffStreetParking")};
        request.throttlingSeconds = 5;
        QVERIFY(feed.start(request));
        QVERIFY(updates.wait(5000));
        QCOMPARE(feed.mode(), LiveFeed::Mode::Notified);
        QCOMPARE(updates.at(0).at(0).value<std::vector<Entity>>().size(), size_t(3));
        // The subscription the broker got: our endpoint, our types, throttling, an expiry.
        QCOMPARE(broker.subscriptions().size(), 1);
        const QJsonObject sub = broker.subscriptions().first();
        QCOMPARE(sub.value(QStringLiteral("throttling")).toInt(), 5);
        QCOMPARE(sub.value(QStringLiteral("entities")).toArray().at(0).toObject().value(QStringLiteral("type")).toString(),
                 QStringLiteral("OffStreetParking"));
        QVERIFY(sub.value(QStringLiteral("notification")).toObject().value(QStringLiteral("endpoint")).toObject()
                    .value(QStringLiteral("uri")).toString().contains(QStringLiteral("/notify/")));
        QVERIFY(!sub.value(QStringLiteral("expiresAt")).toString().isEmpty());
        feed.stop();
        QTRY_VERIFY_WITH_TIMEOUT(broker.subscriptions().isEmpty(), 5000); // deleted on stop
        QCOMPARE(receiver.endpointCount(), 0);
    }

    void silenceFallsBackToPollingWithDiffs()
    {
        TestBroker broker;
        QVERIFY(broker.listen());
        broker.addEntities(QStringLiteral("CrowdFlowObserved"), 4);
        NotificationReceiver receiver;
        QVERIFY(receiver.listen(QHostAddress::LocalHost, 0));
        BrokerClient client(settingsFor(broker));
        LiveFeed feed(&client, &receiver);
        feed.setFirstNotificationTimeout(200);
        feed.setPollInterval(100);
        QSignalSpy updates(&feed, &LiveFeed::entitiesUpdated);
        LiveFeed::Request request;
        request.types = {QStringLiteral("CrowdFlowObserved")};
        QVERIFY(feed.start(request));
        QTRY_COMPARE_WITH_TIMEOUT(feed.mode(), LiveFeed::Mode::Polling, 5000);
        QVERIFY2(feed.statusText().contains(QStringLiteral("no notification arrived")), qPrintable(feed.statusText()));
        QTRY_COMPARE_WITH_TIMEOUT(updates.count(), 1, 5000); // the first poll: everything is new
        QCOMPARE(updates.at(0).at(0).value<std::vector<Entity>>().size(), size_t(4));
        QTest::qWait(350); // unchanged polls report nothing
        QCOMPARE(updates.count(), 1);
        broker.setEntityValue(QStringLiteral("urn:ngsi-ld:CrowdFlowObserved:00002"), QStringLiteral("occupancy"), 0.93);
        QTRY_COMPARE_WITH_TIMEOUT(updates.count(), 2, 5000);
        const auto changed = updates.at(1).at(0).value<std::vector<Entity>>();
        QCOMPARE(changed.size(), size_t(1));
        QCOMPARE(changed.front().number(u"occupancy"), 0.93);
    }

    void refusedSubscriptionPollsAndSaysWhy()
    {
        TestBroker broker;
        QVERIFY(broker.listen());
        broker.setRefuseSubscriptions(true);
        NotificationReceiver receiver;
        QVERIFY(receiver.listen(QHostAddress::LocalHost, 0));
        BrokerClient client(settingsFor(broker));
        LiveFeed feed(&client, &receiver);
        feed.setPollInterval(1000);
        LiveFeed::Request request;
        request.types = {QStringLiteral("Alert")};
        QVERIFY(feed.start(request));
        QTRY_COMPARE_WITH_TIMEOUT(feed.mode(), LiveFeed::Mode::Polling, 5000);
        QVERIFY2(feed.statusText().contains(QStringLiteral("refused the subscription")), qPrintable(feed.statusText()));
    }

    void unreachableWhileSubscribingSubscribesOnceBack()
    {
        TestBroker broker;
        QVERIFY(broker.listen());
        broker.setNotifyOnCreate(true);
        broker.addEntities(QStringLiteral("Alert"), 2);
        broker.kill(); // gone before CityDeck could subscribe: not a refusal, so no polling
        NotificationReceiver receiver;
        QVERIFY(receiver.listen(QHostAddress::LocalHost, 0));
        ConnectionSettings settings = settingsFor(broker);
        settings.maxRetries = 0;
        BrokerClient client(settings);
        LiveFeed feed(&client, &receiver);
        feed.watchdog()->setTickInterval(100);
        feed.watchdog()->setCheckTimeout(1000);
        QSignalSpy lost(&feed, &LiveFeed::feedLost);
        QSignalSpy restored(&feed, &LiveFeed::feedRestored);
        LiveFeed::Request request;
        request.types = {QStringLiteral("Alert")};
        QVERIFY(feed.start(request));
        QTRY_COMPARE_WITH_TIMEOUT(feed.mode(), LiveFeed::Mode::Lost, 5000);
        QCOMPARE(lost.count(), 1);
        QCOMPARE(lost.first().at(0).value<LiveFeed::Problem>(), LiveFeed::Problem::Unreachable);
        QVERIFY(feed.statusText().startsWith(QStringLiteral("broker unreachable since")));
        QVERIFY(broker.restart());
        QTRY_COMPARE_WITH_TIMEOUT(feed.mode(), LiveFeed::Mode::Notified, 5000);
        QCOMPARE(broker.subscriptions().size(), 1);
        QCOMPARE(restored.count(), 1);
        QCOMPARE(feed.problem(), LiveFeed::Problem::None);
    }

    void renewalPatchesExpiresAt()
    {
        TestBroker broker;
        QVERIFY(broker.listen());
        NotificationReceiver receiver;
        QVERIFY(receiver.listen(QHostAddress::LocalHost, 0));
        BrokerClient client(settingsFor(broker));
        LiveFeed feed(&client, &receiver);
        LiveFeed::Request request;
        request.types = {QStringLiteral("Building")};
        request.lifetimeSeconds = 1; // renewed after 0.8 s
        QVERIFY(feed.start(request));
        QTRY_VERIFY_WITH_TIMEOUT(std::any_of(broker.requests().cbegin(), broker.requests().cend(),
                                             [](const TestBroker::Request &r) { return r.method == "PATCH"; }),
                                 5000);
    }

    void invalidRequestsAreRefused()
    {
        LiveFeed feed(nullptr, nullptr);
        QString error;
        LiveFeed::Request request;
        QVERIFY(!feed.start(request, &error));
        request.types = {QStringLiteral("A")};
        request.throttlingSeconds = 1;
        request.timeIntervalSeconds = 10;
        QVERIFY(!feed.start(request, &error));
        QVERIFY(error.contains(QStringLiteral("timeInterval")));
    }
};

QTEST_GUILESS_MAIN(TestLiveFeed)
#include "tst_livefeed.moc"
