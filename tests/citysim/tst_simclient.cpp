// CityDeck's NGSI-LD client against the simulated city over HTTP: the code path of a real broker.

#include "citysim/CitySimulation.h"
#include "citysim/CrowdDomain.h"
#include "citysim/SimServer.h"
#include "citysim/SimSubscriptions.h"
#include "citysim/SimBroker.h"
#include "core/EntityJson.h"
#include "core/IsoTime.h"
#include "ngsild/BrokerClient.h"
#include "ngsild/EntityQuery.h"
#include "ngsild/LiveFeed.h"
#include "ngsild/NotificationReceiver.h"
#include "ngsild/QueryJob.h"
#include "ngsild/TemporalQuery.h"

#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>

namespace {
const qint64 kStart = IsoTime::parse(std::string_view("2026-03-12T12:00:00Z"));

QueryJob *wait(QueryJob *job)
{
    QSignalSpy done(job, &QueryJob::finished);
    if (!job->isFinished())
        done.wait(30000);
    return job;
}
} // namespace

class TestSimClient : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        CitySimulation::Options o;
        o.start = kStart;
        o.speed = 0;
        m_server = std::make_unique<SimServer>(o);
        QVERIFY(m_server->listen());
        m_settings.brokerUrl = m_server->url();
        m_settings.timeoutMs = 20000;
    }

    void everyTypeArrivesWhole()
    {
        BrokerClient client(m_settings);
        CitySimulation *city = m_server->city();
        for (const QString &type : city->types()) {
            EntityQuery q;
            q.types = {type};
            q.pageSize = 300; // several pages for the big types
            QueryJob *job = wait(client.queryEntities(q));
            QVERIFY2(!job->error().isError(), qPrintable(job->error().message()));
            QCOMPARE(int(job->entities().size()), int(city->ids(type, city->now()).size()));
            QCOMPARE(job->duplicatesDropped(), 0);
            QVERIFY2(job->warnings().isEmpty(), qPrintable(job->warnings().join(QLatin1Char('\n'))));
        }
        QCOMPARE(client.profile().vendor(), BrokerProfile::Vendor::CityDeckSim);
    }

    void valuesSurviveTheTrip()
    {
        BrokerClient client(m_settings);
        EntityQuery q;
        q.types = {QStringLiteral("CrowdFlowObserved")};
        q.q = QStringLiteral("peopleCount>=0");
        QueryJob *job = wait(client.queryEntities(q));
        QCOMPARE(int(job->entities().size()), 40);
        const Entity &e = job->entities().front();
        const int index = int(e.id.right(4).toInt()) - 1;
        QCOMPARE(int(e.number(u"peopleCount")), m_server->city()->crowd().peopleCount(index, kStart));
        QCOMPARE(e.attribute(u"peopleCount")->unitCode(), QStringLiteral("C62"));
        QCOMPARE(e.location().type(), Geometry::Type::LineString);
        QCOMPARE(e.attribute(u"refRoadSegment")->kind(), Attribute::Kind::Relationship);
    }

    void temporalHistory()
    {
        BrokerClient client(m_settings);
        TemporalQuery q;
        q.entities.types = {QStringLiteral("GreenspaceRecord")};
        q.entities.attrs = {QStringLiteral("soilMoistureVwc")};
        q.timerel = TemporalQuery::TimeRel::Between;
        q.timeAt = IsoTime::toDateTime(kStart - 48 * 3600 * 1000LL);
        q.endTimeAt = IsoTime::toDateTime(kStart);
        q.format = TemporalQuery::Format::TemporalValues;
        QueryJob *job = wait(client.queryTemporal(q));
        QVERIFY2(!job->error().isError(), qPrintable(job->error().message()));
        QCOMPARE(int(job->entities().size()), 9);
        QCOMPARE(job->entities().front().attribute(u"soilMoistureVwc")->samples().size(), 49); // hourly, both ends
    }

    void temporalBeyondTheCapIsFollowed()
    {
        // Seven days of 15-minute readings: 673 instants per meter, one page of 2 meters; the
        // 5-minute car parks: 2017 instants, over the 1000 cap, continued through Content-Range.
        BrokerClient client(m_settings);
        TemporalQuery q;
        q.entities.types = {QStringLiteral("OffStreetParking")};
        q.entities.ids = {QStringLiteral("urn:ngsi-ld:OffStreetParking:sq-0002")};
        q.entities.attrs = {QStringLiteral("availableSpotNumber")};
        q.timerel = TemporalQuery::TimeRel::Between;
        q.timeAt = IsoTime::toDateTime(kStart - CitySimulation::kHistory);
        q.endTimeAt = IsoTime::toDateTime(kStart);
        QueryJob *job = wait(client.queryTemporal(q));
        QVERIFY2(!job->error().isError(), qPrintable(job->error().message()));
        QCOMPARE(job->entities().front().attribute(u"availableSpotNumber")->samples().size(), 7 * 24 * 12 + 1);
    }

    void notificationsArrive()
    {
        NotificationReceiver receiver;
        QVERIFY(receiver.listen(QHostAddress::LocalHost, 0));
        BrokerClient client(m_settings);
        LiveFeed feed(&client, &receiver);
        QSignalSpy updates(&feed, &LiveFeed::entitiesUpdated);
        LiveFeed::Request request;
        request.types = {QStringLiteral("OffStreetParking")};
        QVERIFY(feed.start(request));
        QVERIFY(updates.wait(10000)); // the initial notification
        QCOMPARE(feed.mode(), LiveFeed::Mode::Notified);
        QCOMPARE(updates.at(0).at(0).value<std::vector<Entity>>().size(), size_t(8));
        // Ten simulated minutes later the car parks have moved: a notification on change.
        m_server->city()->advance(10 * 60 * 1000);
        QVERIFY(updates.wait(10000));
        feed.stop();
        QTRY_COMPARE_WITH_TIMEOUT(m_server->broker()->subscriptions()->count(), 0, 5000); // deleted on stop
    }

    // The demo city in the concise representation (citydeck-sim --concise) reads exactly as
    // the normalized one: same JSON lines, query and notification alike.
    void conciseCityReadsAsNormalized()
    {
        CitySimulation::Options o;
        o.start = kStart;
        o.speed = 0;
        o.concise = true;
        SimServer concise(o);
        QVERIFY(concise.listen());
        o.concise = false;
        SimServer normalized(o); // the shared one's clock has moved on
        QVERIFY(normalized.listen());
        ConnectionSettings settings = m_settings;
        settings.brokerUrl = concise.url();
        ConnectionSettings normalizedSettings = m_settings;
        normalizedSettings.brokerUrl = normalized.url();

        SimBroker::Request raw;
        raw.method = "GET";
        raw.path = QStringLiteral("/ngsi-ld/v1/entities");
        raw.query.addQueryItem(QStringLiteral("type"), QStringLiteral("OffStreetParking"));
        const QByteArray body = concise.broker()->handle(raw).body;
        QVERIFY2(!body.contains("\"Property\"") && !body.contains("\"Relationship\""), body.left(400).constData());
        raw.query.addQueryItem(QStringLiteral("options"), QStringLiteral("normalized"));
        QVERIFY(concise.broker()->handle(raw).body.contains("\"Property\""));
        SimBroker::Request asked; // a normalized broker asked for concise (options=concise)
        asked.method = "GET";
        asked.path = raw.path;
        asked.query.addQueryItem(QStringLiteral("type"), QStringLiteral("OffStreetParking"));
        asked.query.addQueryItem(QStringLiteral("options"), QStringLiteral("concise"));
        QCOMPARE(normalized.broker()->handle(asked).body, body);

        BrokerClient normalizedClient(normalizedSettings);
        BrokerClient conciseClient(settings);
        for (const QString &type : normalized.city()->types()) {
            EntityQuery q;
            q.types = {type};
            q.pageSize = 1000;
            QueryJob *n = wait(normalizedClient.queryEntities(q));
            QueryJob *c = wait(conciseClient.queryEntities(q));
            QVERIFY2(!c->error().isError(), qPrintable(c->error().message()));
            QVERIFY2(c->warnings().isEmpty(), qPrintable(c->warnings().join(QLatin1Char('\n'))));
            QCOMPARE(c->entities().size(), n->entities().size());
            for (size_t i = 0; i < n->entities().size(); ++i)
                QCOMPARE(EntityJson::toLine(c->entities()[i]), EntityJson::toLine(n->entities()[i]));
        }

        NotificationReceiver receiver;
        QVERIFY(receiver.listen(QHostAddress::LocalHost, 0));
        LiveFeed feed(&conciseClient, &receiver);
        QSignalSpy updates(&feed, &LiveFeed::entitiesUpdated);
        LiveFeed::Request request;
        request.types = {QStringLiteral("OffStreetParking")};
        QVERIFY(feed.start(request));
        QVERIFY(updates.wait(10000));
        const std::vector<Entity> notified = updates.at(0).at(0).value<std::vector<Entity>>();
        EntityQuery q;
        q.types = request.types;
        QueryJob *n = wait(normalizedClient.queryEntities(q));
        QCOMPARE(notified.size(), n->entities().size());
        for (size_t i = 0; i < notified.size(); ++i)
            QCOMPARE(EntityJson::toLine(notified[i]), EntityJson::toLine(n->entities()[i]));
        feed.stop();
    }

    void standaloneSimulatorStartsAndStops()
    {
        const QString program = qEnvironmentVariable("CITYDECK_BUILD_DIR") + QStringLiteral("/bin/citydeck-sim");
        if (!QFile::exists(program))
            QSKIP("citydeck-sim is not built in CITYDECK_BUILD_DIR");
        QProcess sim;
        sim.start(program, {QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--seed"), QStringLiteral("5"),
                            QStringLiteral("--start"), QStringLiteral("2026-03-12T12:00:00Z"), QStringLiteral("--speed"), QStringLiteral("60"),
                            QStringLiteral("--tenant"), QStringLiteral("delft")});
        QVERIFY(sim.waitForStarted(5000));
        QTRY_VERIFY_WITH_TIMEOUT(sim.canReadLine(), 15000);
        const QString line = QString::fromUtf8(sim.readLine()).trimmed();
        QVERIFY2(line.startsWith(QStringLiteral("listening on http://127.0.0.1:")), qPrintable(line));
        ConnectionSettings settings;
        settings.brokerUrl = QUrl(line.section(QLatin1Char(' '), 2));
        settings.tenant = QStringLiteral("delft");
        BrokerClient client(settings);
        EntityQuery q;
        q.types = {QStringLiteral("OffStreetParking")};
        QueryJob *job = wait(client.queryEntities(q));
        QVERIFY2(!job->error().isError(), qPrintable(job->error().message()));
        QCOMPARE(int(job->entities().size()), 8);
        sim.terminate(); // SIGTERM: a clean stop
        QVERIFY(sim.waitForFinished(10000));
        QCOMPARE(sim.exitStatus(), QProcess::NormalExit);
        QCOMPARE(sim.exitCode(), 0);
        // Bad options end with a reason and exit code 2.
        QProcess wrong;
        wrong.start(program, {QStringLiteral("--start"), QStringLiteral("yesterday")});
        QVERIFY(wrong.waitForFinished(10000));
        QCOMPARE(wrong.exitCode(), 2);
        QVERIFY(wrong.readAllStandardError().contains("--start"));
    }

private:
    std::unique_ptr<SimServer> m_server;
    ConnectionSettings m_settings;
};

QTEST_GUILESS_MAIN(TestSimClient)
#include "tst_simclient.moc"
