// citydeck-cli sync / state / series against the simulated city.

#include "citysim/CitySimulation.h"
#include "citysim/SimServer.h"
#include "core/IsoTime.h"

#include "CliRun.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

namespace {
// The simulator lives in this event loop; syncing its history takes a while.
CliRun cli(const QStringList &args)
{
    return CliRun::run(args, {}, {}, 60000);
}
} // namespace

class TestCacheCli : public QObject
{
    Q_OBJECT

private slots:
    void syncThenReview()
    {
        CitySimulation::Options o;
        o.start = IsoTime::parse(std::string_view("2026-03-14T10:00:00Z"));
        o.speed = 0;
        SimServer server(o);
        QVERIFY(server.listen());
        QTemporaryDir dir;
        const QString cache = dir.filePath(QStringLiteral("sq.sqlite"));
        const CliRun sync = cli({QStringLiteral("sync"), server.url().toString(), QStringLiteral("--cache"), cache, QStringLiteral("--type"),
                              QStringLiteral("OffStreetParking,WeatherObserved"), QStringLiteral("--history"), QStringLiteral("6h")});
        QVERIFY2(sync.exitCode == 0, qPrintable(sync.err));
        QVERIFY2(sync.err.contains(QStringLiteral("9 entities")), qPrintable(sync.err));

        const CliRun state = cli({QStringLiteral("state"), QStringLiteral("--cache"), cache, QStringLiteral("--at"),
                               QStringLiteral("2026-03-14T08:02:00Z"), QStringLiteral("--type"), QStringLiteral("OffStreetParking")});
        QCOMPARE(state.exitCode, 0);
        QCOMPARE(state.out.size(), 8);
        const QJsonObject first = QJsonDocument::fromJson(state.out.first()).object();
        const QJsonObject available = first.value(QStringLiteral("attrs")).toObject().value(QStringLiteral("availableSpotNumber")).toArray().first().toObject();
        QCOMPARE(available.value(QStringLiteral("observedAt")).toString(), QStringLiteral("2026-03-14T08:00:00Z"));
        const qint64 t = IsoTime::parse(std::string_view("2026-03-14T08:00:00Z"));
        QCOMPARE(available.value(QStringLiteral("value")).toDouble(),
                 server.city()->entity(first.value(QStringLiteral("id")).toString(), t).value(QStringLiteral("availableSpotNumber"))
                     .toObject().value(QStringLiteral("value")).toDouble());

        const CliRun series = cli({QStringLiteral("series"), QStringLiteral("--cache"), cache, QStringLiteral("--id"),
                                QStringLiteral("urn:ngsi-ld:WeatherObserved:sq-station"), QStringLiteral("--attr"), QStringLiteral("temperature"),
                                QStringLiteral("--from"), QStringLiteral("2026-03-14T04:00:00Z"), QStringLiteral("--to"), QStringLiteral("2026-03-14T10:00:00Z")});
        QCOMPARE(series.exitCode, 0);
        QCOMPARE(series.out.first(), QByteArray("observedAt,value"));
        QCOMPARE(series.out.size(), 1 + 7); // hourly, both ends
        QVERIFY(series.out.at(1).startsWith("2026-03-14T04:00:00Z,"));

        QCOMPARE(cli({QStringLiteral("state"), QStringLiteral("--cache"), cache, QStringLiteral("--at"), QStringLiteral("yesterday")}).exitCode, 2);
        QCOMPARE(cli({QStringLiteral("sync"), server.url().toString(), QStringLiteral("--cache"), cache}).exitCode, 2); // no --type
    }
};

QTEST_GUILESS_MAIN(TestCacheCli)
#include "tst_cachecli.moc"
