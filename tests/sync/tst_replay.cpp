// Record a live session against the demo city, then review it: the state at each instant read
// back from the journal equals what live showed at that instant.

#include "citysim/CitySimulation.h"
#include "citysim/SimServer.h"
#include "core/IsoTime.h"
#include "ngsild/BrokerClient.h"
#include "ngsild/NotificationReceiver.h"
#include "store/CacheFile.h"
#include "store/Journal.h"
#include "sync/SyncEngine.h"

#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

namespace {
const qint64 kStart = IsoTime::parse(std::string_view("2026-03-14T10:00:00Z"));

QMap<QString, double> parkingAsSimulated(CitySimulation *city, qint64 t)
{
    QMap<QString, double> out;
    for (const QString &id : city->ids(QStringLiteral("OffStreetParking"), t))
        out.insert(id, city->entity(id, t).value(QStringLiteral("availableSpotNumber")).toObject().value(QStringLiteral("value")).toDouble());
    return out;
}
} // namespace

class TestReplay : public QObject
{
    Q_OBJECT

private slots:
    void reviewEqualsLive()
    {
        CitySimulation::Options o;
        o.start = kStart;
        o.speed = 0; // the test moves the clock
        SimServer server(o);
        QVERIFY(server.listen());
        QTemporaryDir dir;
        CacheFile file;
        QString error;
        QVERIFY(file.open(dir.filePath(QStringLiteral("demo.sqlite")), &error));
        Journal journal(&file);
        ConnectionSettings settings;
        settings.brokerUrl = server.url();
        BrokerClient client(settings);
        NotificationReceiver receiver;
        QVERIFY(receiver.listen(QHostAddress::LocalHost, 0));
        SyncEngine engine(&client, &receiver, &journal);
        QSignalSpy loaded(&engine, &SyncEngine::initialLoadFinished);
        SyncEngine::Options options;
        options.types = {QStringLiteral("OffStreetParking"), QStringLiteral("CrowdFlowObserved")};
        options.historyMs = 2 * 3600 * 1000;
        options.throttlingSeconds = 0;
        engine.start(options);
        QVERIFY(loaded.wait(30000));
        QVERIFY2(engine.warnings().isEmpty(), qPrintable(engine.warnings().join(QLatin1Char('\n'))));
        // Two hours of 5-minute car park history (25 instants) were back-filled.
        QCOMPARE(journal.series(QStringLiteral("urn:ngsi-ld:OffStreetParking:sq-0003"), QStringLiteral("availableSpotNumber"),
                                kStart - 2 * 3600 * 1000, kStart).size(), 25);
        QTRY_COMPARE_WITH_TIMEOUT(engine.phase(), SyncEngine::Phase::Live, 20000);

        // Live: the city moves on; what live showed at each instant is recorded.
        QMap<qint64, QMap<QString, double>> shown;
        for (int step = 1; step <= 3; ++step) {
            QSignalSpy stored(&engine, &SyncEngine::stored);
            server.city()->advance(20 * 60 * 1000);
            const qint64 t = server.city()->now();
            QVERIFY(stored.wait(15000));
            // Every car park's value of that instant has arrived (another type's, or a back-fill of
            // the join after the first load, may come first).
            const qint64 instant = t - t % (5 * 60 * 1000);
            const QMap<QString, double> simulated = parkingAsSimulated(server.city(), t);
            QTRY_VERIFY_WITH_TIMEOUT(std::all_of(simulated.keyBegin(), simulated.keyEnd(), [&](const QString &id) {
                                         return journal.series(id, QStringLiteral("availableSpotNumber"), instant, instant).size() == 1;
                                     }),
                                     15000);
            shown.insert(t, simulated);
        }
        engine.cancel();

        // Review: the same values at the same instants, from the journal alone.
        for (auto it = shown.cbegin(); it != shown.cend(); ++it) {
            QMap<QString, double> reviewed;
            for (const Entity &e : journal.stateAt(it.key(), {QStringLiteral("OffStreetParking")}))
                reviewed.insert(e.id, e.number(u"availableSpotNumber"));
            QCOMPARE(reviewed, it.value());
        }
        // And inside the back-filled history too.
        const qint64 past = kStart - 47 * 60 * 1000;
        QMap<QString, double> reviewed;
        for (const Entity &e : journal.stateAt(past, {QStringLiteral("OffStreetParking")}))
            reviewed.insert(e.id, e.number(u"availableSpotNumber"));
        QCOMPARE(reviewed, parkingAsSimulated(server.city(), past));
    }
};

QTEST_GUILESS_MAIN(TestReplay)
#include "tst_replay.moc"
