#include "TestBroker.h"

#include "ngsild/BrokerCall.h"
#include "ngsild/BrokerClient.h"
#include "ngsild/QueryJob.h"

#include <QNetworkRequest>
#include <QSet>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

#include <memory>

Q_DECLARE_METATYPE(TestBroker::Profile)

// The client against a broker that behaves like Orion-LD, Scorpio or Stellio, faults included.
class TestBrokerClient : public QObject
{
    Q_OBJECT

private:
    static ConnectionSettings settingsFor(const TestBroker &broker, int pageSize = 0)
    {
        ConnectionSettings s;
        s.pageSize = pageSize;
        s.brokerUrl = broker.url();
        s.retryBaseMs = 5;
        s.maxRetryDelayMs = 50;
        s.timeoutMs = 5000;
        return s;
    }

    // Runs a query to its end; the job belongs to the client.
    static QueryJob *run(BrokerClient &client, const EntityQuery &query)
    {
        QueryJob *job = client.queryEntities(query);
        QSignalSpy done(job, &QueryJob::finished);
        if (!job->isFinished())
            done.wait(20000);
        return job;
    }

    static QueryJob *runType(BrokerClient &client, const QString &type)
    {
        EntityQuery q;
        q.types = {type};
        return run(client, q);
    }

    static QSet<QString> ids(const QueryJob *job)
    {
        QSet<QString> out;
        for (const Entity &e : job->entities())
            out.insert(e.id);
        return out;
    }

    static void profiles()
    {
        QTest::addColumn<TestBroker::Profile>("profile");
        QTest::newRow("orion-ld") << TestBroker::Profile::OrionLd;
        QTest::newRow("scorpio") << TestBroker::Profile::Scorpio;
        QTest::newRow("stellio") << TestBroker::Profile::Stellio;
    }

private slots:
    void pagesShrinkToTheBrokersLimit_data() { profiles(); }
    void pagesShrinkToTheBrokersLimit()
    {
        QFETCH(TestBroker::Profile, profile);
        TestBroker broker(profile);
        QVERIFY(broker.listen());
        broker.setMaxPage(100);
        broker.addEntities(QStringLiteral("OffStreetParking"), 250);
        ConnectionSettings s = settingsFor(broker);
        s.vendorHint = BrokerProfile::Vendor::Scorpio; // believes in pages of 1000
        BrokerClient client(s);
        EntityQuery q;
        q.types = {QStringLiteral("OffStreetParking")};
        QueryJob *job = run(client, q);
        QVERIFY2(!job->error().isError(), qPrintable(job->error().message()));
        QCOMPARE(int(job->entities().size()), 250);
        QCOMPARE(ids(job).size(), 250);
        QCOMPARE(job->announcedCount(), 250);
        QCOMPARE(client.pageSize(), 100);
        QVERIFY(job->warnings().join(QLatin1Char(' ')).contains(QStringLiteral("refused pages of 1000")));
        // The refused request, then three pages of at most 100.
        QCOMPARE(job->pageRequests(), 3);
        QCOMPARE(broker.requests().size(), 4);
    }

    void linkNextIsFollowed_data() { profiles(); }
    void linkNextIsFollowed()
    {
        QFETCH(TestBroker::Profile, profile);
        TestBroker broker(profile);
        QVERIFY(broker.listen());
        broker.addEntities(QStringLiteral("CrowdFlowObserved"), 25);
        broker.addEntities(QStringLiteral("Other"), 5);
        BrokerClient client(settingsFor(broker, 10));
        QueryJob *job = runType(client, QStringLiteral("CrowdFlowObserved"));
        QVERIFY2(!job->error().isError(), qPrintable(job->error().message()));
        QCOMPARE(ids(job).size(), 25);
        QCOMPARE(job->duplicatesDropped(), 0);
        QCOMPARE(broker.requests().size(), 3);
        if (profile != TestBroker::Profile::OrionLd) {
            // The second request is the broker's own next link, not one the client made up.
            QCOMPARE(broker.requests().at(1).url.query(QUrl::FullyDecoded),
                     QStringLiteral("type=CrowdFlowObserved&limit=10&offset=10&count=true"));
        }
    }

    void overlappingPagesAreDeduplicatedAndReported()
    {
        TestBroker broker(TestBroker::Profile::OrionLd);
        QVERIFY(broker.listen());
        broker.addEntities(QStringLiteral("ParkingSpot"), 30);
        broker.queueFault(TestBroker::Fault::None);
        broker.queueFault(TestBroker::Fault::OverlappingPage, 2);
        BrokerClient client(settingsFor(broker, 10));
        QueryJob *job = runType(client, QStringLiteral("ParkingSpot"));
        QVERIFY(!job->error().isError());
        QCOMPARE(int(job->entities().size()), ids(job).size());
        QCOMPARE(job->duplicatesDropped(), 1); // entity 9 came twice
        const QString warnings = job->warnings().join(QLatin1Char('\n'));
        QVERIFY2(warnings.contains(QStringLiteral("announced 30 entities but 29 distinct")), qPrintable(warnings));
    }

    void fetchOneEntityById()
    {
        TestBroker broker(TestBroker::Profile::Scorpio);
        QVERIFY(broker.listen());
        broker.addEntities(QStringLiteral("OffStreetParking"), 3);
        BrokerClient client(settingsFor(broker));
        QueryJob *job = client.fetchEntity(QStringLiteral("urn:ngsi-ld:OffStreetParking:00001"));
        QSignalSpy done(job, &QueryJob::finished);
        QVERIFY(done.wait(5000));
        QVERIFY2(!job->error().isError(), qPrintable(job->error().message()));
        QCOMPARE(int(job->entities().size()), 1);
        QCOMPARE(job->entities().front().id, QStringLiteral("urn:ngsi-ld:OffStreetParking:00001"));
        QCOMPARE(broker.requests().constLast().url.path(), QStringLiteral("/ngsi-ld/v1/entities/urn:ngsi-ld:OffStreetParking:00001"));
        job = client.fetchEntity(QStringLiteral("urn:ngsi-ld:OffStreetParking:missing"));
        QSignalSpy done2(job, &QueryJob::finished);
        QVERIFY(done2.wait(5000));
        QCOMPARE(job->error().kind(), BrokerError::Kind::NotFound);
    }

    void countHeaderMismatchIsReported()
    {
        TestBroker broker;
        QVERIFY(broker.listen());
        broker.addEntities(QStringLiteral("Building"), 12);
        broker.setAnnouncedCountOffset(5);
        BrokerClient client(settingsFor(broker));
        QueryJob *job = run(client, EntityQuery());
        QCOMPARE(int(job->entities().size()), 12);
        QVERIFY(job->warnings().join(QLatin1Char(' ')).contains(QStringLiteral("announced 17")));
    }

    void tenantNotFoundIsOneError_data() { profiles(); }
    void tenantNotFoundIsOneError()
    {
        QFETCH(TestBroker::Profile, profile);
        TestBroker broker(profile);
        QVERIFY(broker.listen());
        broker.setKnownTenants({QStringLiteral("saint-quentin")});
        ConnectionSettings s = settingsFor(broker);
        s.tenant = QStringLiteral("bruges");
        BrokerClient client(s);
        QueryJob *job = run(client, EntityQuery());
        QCOMPARE(job->error().kind(), BrokerError::Kind::TenantNotFound);
        QVERIFY(job->entities().empty());
        QCOMPARE(client.profile().vendor(), profile == TestBroker::Profile::OrionLd ? BrokerProfile::Vendor::OrionLd
                                            : profile == TestBroker::Profile::Scorpio ? BrokerProfile::Vendor::Scorpio
                                                                                      : BrokerProfile::Vendor::Stellio);
    }

    void headersCarryContextTenantAndAuth()
    {
        TestBroker broker;
        QVERIFY(broker.listen());
        broker.setKnownTenants({QStringLiteral("delft")});
        broker.setRequiredToken("s3cret");
        broker.addEntities(QStringLiteral("Garden"), 3);
        ConnectionSettings s = settingsFor(broker);
        s.tenant = QStringLiteral("delft");
        s.contextUrl = QStringLiteral("https://smartdatamodels.org/context.jsonld");
        s.auth = ConnectionSettings::Auth::Bearer;
        s.token = QStringLiteral("s3cret");
        BrokerClient client(s);
        QueryJob *job = run(client, EntityQuery());
        QVERIFY2(!job->error().isError(), qPrintable(job->error().message()));
        const TestBroker::Request r = broker.requests().constFirst();
        QCOMPARE(r.headers.value("ngsild-tenant"), QByteArray("delft"));
        QCOMPARE(r.headers.value("link"), QByteArray("<https://smartdatamodels.org/context.jsonld>; "
                                                     "rel=\"http://www.w3.org/ns/json-ld#context\"; "
                                                     "type=\"application/ld+json\""));
        QCOMPARE(r.headers.value("authorization"), QByteArray("Bearer s3cret"));
        QNetworkRequest logged;
        logged.setRawHeader("Authorization", "Bearer s3cret");
        logged.setRawHeader("X-Auth-Token", "wilma-token");
        const QString redacted = BrokerCall::redactedHeaders(logged);
        QVERIFY(!redacted.contains(QStringLiteral("s3cret")));
        QVERIFY(!redacted.contains(QStringLiteral("wilma-token")));
    }

    void fiwareServiceTenantHeader()
    {
        TestBroker broker;
        QVERIFY(broker.listen());
        broker.setKnownTenants({QStringLiteral("mechelen")});
        ConnectionSettings s = settingsFor(broker);
        s.tenant = QStringLiteral("mechelen");
        s.tenantHeader = ConnectionSettings::TenantHeader::FiwareService;
        BrokerClient client(s);
        QueryJob *job = run(client, EntityQuery());
        QVERIFY(!job->error().isError());
        QCOMPARE(broker.requests().constFirst().headers.value("fiware-service"), QByteArray("mechelen"));
    }

    void oauth2TokenIsFetchedAndRefreshedAfter401()
    {
        TestBroker broker;
        QVERIFY(broker.listen());
        broker.setRequiredToken("nobody-has-this");
        broker.addEntities(QStringLiteral("Alert"), 2);
        ConnectionSettings s = settingsFor(broker);
        s.auth = ConnectionSettings::Auth::OAuth2ClientCredentials;
        s.tokenUrl = QUrl(broker.url().toString() + QStringLiteral("/token"));
        s.clientId = QStringLiteral("citydeck");
        s.clientSecret = QStringLiteral("very-secret");
        BrokerClient client(s);
        QueryJob *job = run(client, EntityQuery());
        QVERIFY2(!job->error().isError(), qPrintable(job->error().message()));
        QCOMPARE(broker.tokensIssued(), 1);
        broker.setRequiredToken("rotated-by-keycloak");
        job = run(client, EntityQuery());
        QVERIFY2(!job->error().isError(), qPrintable(job->error().message()));
        QCOMPARE(broker.tokensIssued(), 2); // one 401, one new token, one retry
        QCOMPARE(int(job->entities().size()), 2);
    }

    void oauth2RefusalIsClear()
    {
        TestBroker broker;
        QVERIFY(broker.listen());
        ConnectionSettings s = settingsFor(broker);
        s.auth = ConnectionSettings::Auth::OAuth2Password;
        s.tokenUrl = QUrl(broker.url().toString() + QStringLiteral("/token"));
        s.clientId = QStringLiteral("intruder");
        BrokerClient client(s);
        QueryJob *job = run(client, EntityQuery());
        QCOMPARE(job->error().kind(), BrokerError::Kind::Unauthorized);
        QVERIFY(job->error().message().contains(QStringLiteral("Invalid client credentials")));
    }

    void faults_data()
    {
        QTest::addColumn<int>("fault");
        QTest::addColumn<int>("times");
        QTest::addColumn<int>("expectedKind");
        QTest::addColumn<QString>("expectedText");
        QTest::newRow("dropped mid-page, retried") << int(TestBroker::Fault::DropMidBody) << 1 << int(BrokerError::Kind::None) << "";
        QTest::newRow("503 Retry-After, retried") << int(TestBroker::Fault::Unavailable) << 2 << int(BrokerError::Kind::None) << "";
        QTest::newRow("503 for ever") << int(TestBroker::Fault::Unavailable) << 9 << int(BrokerError::Kind::Unavailable) << "503";
        QTest::newRow("slow past the timeout") << int(TestBroker::Fault::Slow) << 9 << int(BrokerError::Kind::Timeout) << "";
        QTest::newRow("malformed JSON") << int(TestBroker::Fault::MalformedJson) << 1 << int(BrokerError::Kind::Malformed) << "malformed JSON";
        QTest::newRow("truncated JSON") << int(TestBroker::Fault::TruncatedJson) << 1 << int(BrokerError::Kind::Malformed) << "malformed JSON";
        QTest::newRow("HTML from a proxy") << int(TestBroker::Fault::HtmlError) << 9 << int(BrokerError::Kind::Unavailable) << "502 Bad Gateway";
        QTest::newRow("oversized body") << int(TestBroker::Fault::Oversized) << 1 << int(BrokerError::Kind::TooLarge) << "larger than 1 MB";
        QTest::newRow("wrong content type") << int(TestBroker::Fault::WrongContentType) << 1 << int(BrokerError::Kind::Malformed) << "unreadable page";
    }

    void faults()
    {
        QFETCH(int, fault);
        QFETCH(int, times);
        QFETCH(int, expectedKind);
        QFETCH(QString, expectedText);
        TestBroker broker;
        QVERIFY(broker.listen());
        broker.addEntities(QStringLiteral("WeatherObserved"), 5);
        broker.queueFault(TestBroker::Fault(fault), times);
        broker.setSlowMs(800);
        broker.setOversizedBytes(2 * 1024 * 1024);
        ConnectionSettings s = settingsFor(broker);
        s.timeoutMs = 300;
        s.maxRetries = 2;
        s.maxResponseBytes = 1024 * 1024;
        BrokerClient client(s);
        QueryJob *job = run(client, EntityQuery());
        QVERIFY(job->isFinished());
        QCOMPARE(int(job->error().kind()), expectedKind);
        QVERIFY2(job->error().message().contains(expectedText), qPrintable(job->error().message()));
        if (expectedKind == int(BrokerError::Kind::None))
            QCOMPARE(int(job->entities().size()), 5);
        else
            QVERIFY(job->entities().empty()); // never a silent partial result
    }

    void unreachableHost()
    {
        ConnectionSettings s;
        s.brokerUrl = QUrl(QStringLiteral("http://127.0.0.1:1"));
        s.maxRetries = 1;
        s.retryBaseMs = 5;
        BrokerClient client(s);
        QueryJob *job = run(client, EntityQuery());
        QCOMPARE(job->error().kind(), BrokerError::Kind::Network);
    }

    void cancelStopsAtOnce()
    {
        TestBroker broker;
        QVERIFY(broker.listen());
        broker.queueFault(TestBroker::Fault::Slow);
        broker.setSlowMs(3000);
        BrokerClient client(settingsFor(broker));
        QueryJob *job = client.queryEntities(EntityQuery());
        QSignalSpy done(job, &QueryJob::finished);
        QTimer::singleShot(50, job, &QueryJob::cancel);
        QVERIFY(done.wait(1000));
        QCOMPARE(job->error().kind(), BrokerError::Kind::Cancelled);
    }

    void temporalPartialContentIsCompleted()
    {
        TestBroker broker(TestBroker::Profile::Stellio);
        QVERIFY(broker.listen());
        const qint64 start = IsoTime::parse(std::string_view("2026-03-14T00:00:00Z"));
        broker.addSeries(QStringLiteral("urn:ngsi-ld:CrowdFlowObserved:c1"), QStringLiteral("CrowdFlowObserved"),
                         QStringLiteral("peopleCount"), 100, start);
        broker.setTemporalPageLimit(30);
        BrokerClient client(settingsFor(broker));
        TemporalQuery q;
        q.entities.types = {QStringLiteral("CrowdFlowObserved")};
        q.timerel = TemporalQuery::TimeRel::Between;
        q.timeAt = IsoTime::toDateTime(start);
        q.endTimeAt = IsoTime::toDateTime(start + 100 * 60000LL);
        QueryJob *job = client.queryTemporal(q);
        QSignalSpy done(job, &QueryJob::finished);
        QVERIFY(done.wait(10000));
        QVERIFY2(!job->error().isError(), qPrintable(job->error().message()));
        QCOMPARE(int(job->entities().size()), 1);
        const Attribute *count = job->entities().front().attribute(u"peopleCount");
        QVERIFY(count);
        QCOMPARE(count->samples().size(), 100);
        QSet<qint64> instants;
        for (const TemporalSample &sample : count->samples())
            instants.insert(sample.observedAt);
        QCOMPARE(instants.size(), 100);
        QCOMPARE(broker.requests().size(), 4); // 30 + 30 + 30 + 10
    }
};

QTEST_GUILESS_MAIN(TestBrokerClient)
#include "tst_brokerclient.moc"
