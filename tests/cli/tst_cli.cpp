#include "CliRun.h"
#include "TestBroker.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryFile>
#include <QTest>

// citydeck-cli as installers run it, against the test broker running in this process.
class TestCli : public QObject
{
    Q_OBJECT

    using Run = CliRun;
    static Run cli(const QStringList &args, const QByteArray &input = {}, const QStringList &env = {})
    {
        return CliRun::run(args, input, env);
    }

private slots:
    void queryPrintsOneLinePerEntity()
    {
        TestBroker broker(TestBroker::Profile::Scorpio);
        QVERIFY(broker.listen());
        broker.addEntities(QStringLiteral("OffStreetParking"), 25);
        const Run r = cli({QStringLiteral("query"), broker.url().toString(), QStringLiteral("--type"),
                           QStringLiteral("OffStreetParking"), QStringLiteral("--page-size"), QStringLiteral("10")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out.size(), 25);
        const QJsonObject first = QJsonDocument::fromJson(r.out.constFirst()).object();
        QCOMPARE(first.value(QStringLiteral("type")).toString(), QStringLiteral("OffStreetParking"));
        const QJsonObject occupancy = first.value(QStringLiteral("attrs")).toObject().value(QStringLiteral("occupancy"))
                                          .toArray().first().toObject();
        QCOMPARE(occupancy.value(QStringLiteral("kind")).toString(), QStringLiteral("Property"));
        QCOMPARE(occupancy.value(QStringLiteral("observedAt")).toString(), QStringLiteral("2026-03-14T09:30:00Z"));
        QVERIFY2(r.err.trimmed().endsWith(QStringLiteral("25 entities")), qPrintable(r.err));
    }

    void queryWarnsWhenTheCountDisagrees()
    {
        TestBroker broker;
        QVERIFY(broker.listen());
        broker.addEntities(QStringLiteral("Building"), 4);
        broker.setAnnouncedCountOffset(2);
        const Run r = cli({QStringLiteral("query"), broker.url().toString(), QStringLiteral("--type"), QStringLiteral("Building")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.err.contains(QStringLiteral("warning: the broker announced 6 entities but 4")), qPrintable(r.err));
    }

    void queryErrorsAreOneLineAndExit2()
    {
        TestBroker broker(TestBroker::Profile::Stellio);
        QVERIFY(broker.listen());
        Run r = cli({QStringLiteral("query"), broker.url().toString(), QStringLiteral("--type"), QStringLiteral("X"),
                     QStringLiteral("--tenant"), QStringLiteral("nowhere")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("tenant not found")), qPrintable(r.err));
        QCOMPARE(r.err.trimmed().count(QLatin1Char('\n')), 0);
        r = cli({QStringLiteral("query"), broker.url().toString()});
        QCOMPARE(r.exitCode, 2);
        r = cli({QStringLiteral("query"), QStringLiteral("http://127.0.0.1:1"), QStringLiteral("--type"), QStringLiteral("X"),
                 QStringLiteral("--timeout"), QStringLiteral("2")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("network")), qPrintable(r.err));
        r = cli({QStringLiteral("query"), broker.url().toString(), QStringLiteral("--type"), QStringLiteral("X"),
                 QStringLiteral("--token-env"), QStringLiteral("CITYDECK_TEST_UNSET_TOKEN")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(QStringLiteral("CITYDECK_TEST_UNSET_TOKEN")));
    }

    void tokenComesFromTheEnvironment()
    {
        TestBroker broker;
        QVERIFY(broker.listen());
        broker.setRequiredToken("from-env");
        broker.addEntities(QStringLiteral("Alert"), 1);
        const Run r = cli({QStringLiteral("query"), broker.url().toString(), QStringLiteral("--type"), QStringLiteral("Alert"),
                           QStringLiteral("--token-env"), QStringLiteral("CITYDECK_TEST_TOKEN")},
                          {}, {QStringLiteral("CITYDECK_TEST_TOKEN=from-env")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out.size(), 1);
        QVERIFY(!r.err.contains(QStringLiteral("from-env")));
    }

    void probeNamesTheBrokerAndCounts()
    {
        TestBroker broker(TestBroker::Profile::OrionLd);
        QVERIFY(broker.listen());
        broker.addEntities(QStringLiteral("OffStreetParking"), 8);
        broker.addEntities(QStringLiteral("CrowdFlowObserved"), 40);
        const Run r = cli({QStringLiteral("probe"), broker.url().toString()});
        QCOMPARE(r.exitCode, 0);
        const QString out = QString::fromUtf8(r.out.join('\n'));
        QVERIFY2(out.contains(QStringLiteral("broker: Orion-LD 1.5.1")), qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("types: 2")), qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("CrowdFlowObserved\t40")), qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("OffStreetParking\t8")), qPrintable(out));
        const Run down = cli({QStringLiteral("probe"), QStringLiteral("http://127.0.0.1:1")});
        QCOMPARE(down.exitCode, 2);
    }

    void parseFileAndStdin()
    {
        QTemporaryFile file;
        QVERIFY(file.open());
        file.write("{\"id\":\"urn:ngsi-ld:A:1\",\"type\":\"A\",\"speed\":{\"type\":\"Property\",\"values\":[[1,\"2026-01-01T00:00:00Z\"]]}}");
        file.flush();
        Run r = cli({QStringLiteral("parse"), file.fileName()});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out.size(), 1);
        QVERIFY(r.out.constFirst().contains("\"values\":[{\"observedAt\":\"2026-01-01T00:00:00Z\",\"value\":1}]"));
        r = cli({QStringLiteral("parse"), QStringLiteral("-")}, "[{\"id\":\"urn:a:1\",\"type\":\"A\"},{\"id\":\"urn:a:2\",\"type\":\"A\"}]");
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out.size(), 2);
        r = cli({QStringLiteral("parse"), QStringLiteral("-")}, "[{\"id\":");
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(QStringLiteral("malformed JSON")));
        r = cli({QStringLiteral("parse"), QStringLiteral("/nonexistent/file.json")});
        QCOMPARE(r.exitCode, 2);
        r = cli({QStringLiteral("frobnicate")});
        QCOMPARE(r.exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
