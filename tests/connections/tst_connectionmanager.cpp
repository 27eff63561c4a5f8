// The connection manager and the live data source, on the built-in demo city (as citydeck --demo).

#include "core/EntityDraft.h"
#include "connections/ConnectionController.h"
#include "connections/ConnectionEditor.h"
#include "connections/ConnectionManager.h"
#include "connections/DataSource.h"
#include "sdk/EntityStore.h"
#include "store/CacheFile.h"
#include "store/Journal.h"
#include "citysim/SimServer.h"
#include "store/Journal.h"

#include <QDir>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include "Screenshot.h"

namespace {
} // namespace

class TestConnectionManager : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
    }

    void demoCityShowsEveryDomain()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
        QWidget window;
        ConnectionController controller(&settings, &window);
        controller.dataSource()->setCacheDirectory(dir.path());
        controller.dataSource()->setHistory(3600 * 1000);
        // Dashboards read the connection's cache through the sdk's store.
        EntityStore store;
        controller.attachStore(&store);
        QSignalSpy reset(&store, &EntityStore::reset);
        QSignalSpy stored(&store, &EntityStore::stored);
        QString error;
        QVERIFY2(controller.startDemo(20260314, 4.0, &error), qPrintable(error));
        QVERIFY(controller.isDemoRunning());
        QVERIFY(reset.count() >= 1);
        QCOMPARE(store.sourceName(), controller.demoProfile().name);
        // Live time is the city's clock, which runs four times faster here.
        const qint64 wallBefore = QDateTime::currentMSecsSinceEpoch();
        const qint64 cityBefore = controller.now().toMSecsSinceEpoch();
        QTest::qWait(500);
        QVERIFY(controller.now().toMSecsSinceEpoch() - cityBefore >= 3 * (QDateTime::currentMSecsSinceEpoch() - wallBefore) / 2);

        // The app goes live on it through a subscription.
        DataSource *source = controller.dataSource();
        QTRY_COMPARE_WITH_TIMEOUT(source->state(), DataSource::State::Live, 20000);
        QTRY_VERIFY_WITH_TIMEOUT(source->entityCount() > 3000, 20000);
        QVERIFY(source->journal()->observationCount() > 10000); // the last hour, kept in the cache
        QVERIFY(source->lastObservation().isValid());
        QVERIFY(source->statusText().contains(QStringLiteral("CityDeck demo city")));
        QVERIFY(stored.count() > 0);
        QVERIFY(store.types().contains(QStringLiteral("OffStreetParking")));
        const std::vector<Entity> parks = store.stateAt(controller.now().toMSecsSinceEpoch(), {QStringLiteral("OffStreetParking")});
        QCOMPARE(parks.size(), size_t(8));
        QVERIFY(parks.front().attribute(u"availableSpotNumber"));
        QVERIFY(!store.series(parks.front().id, QStringLiteral("availableSpotNumber"), store.timeRange().first,
                              store.timeRange().second).isEmpty());

        // Test in the manager: the broker and a count for every entity type of the five domains.
        ConnectionManager *manager = controller.createManager(&window);
        manager->show();
        QVERIFY(QTest::qWaitForWindowExposed(manager));
        QSignalSpy tested(manager, &ConnectionManager::testFinished);
        manager->testSelected();
        QVERIFY(tested.wait(20000));
        QVERIFY2(manager->testSummary().contains(QStringLiteral("CityDeck demo city")), qPrintable(manager->testSummary()));
        QHash<QString, int> counts;
        QTableWidget *table = manager->countsTable();
        for (int row = 0; row < table->rowCount(); ++row)
            counts.insert(table->item(row, 0)->text(), QLocale().toInt(table->item(row, 1)->text()));
        for (const char *type : {"CrowdFlowObserved", "OffStreetParking", "ParkingSpot", "Garden", "GreenspaceRecord",
                                 "WeatherObserved", "WeatherForecast", "Alert", "Building", "ThreePhaseAcMeasurement",
                                 "KeyPerformanceIndicator"})
            QVERIFY2(counts.value(QLatin1String(type)) > 0, type);
        QCOMPARE(counts.value(QStringLiteral("CrowdFlowObserved")), 40);
        Screenshot::grab(manager, QStringLiteral("connection-manager-demo"));
        manager->close();
    }

    void offlineStartShowsTheCacheThenCatchesUp()
    {
        QTemporaryDir dir;
        CitySimulation::Options o;
        o.start = IsoTime::parse(std::string_view("2026-03-14T10:00:00Z"));
        o.speed = 0;
        auto server = std::make_unique<SimServer>(o);
        QVERIFY(server->listen());
        const quint16 port = quint16(server->url().port());
        ConnectionProfile p;
        p.id = QStringLiteral("saint-quentin");
        p.name = QStringLiteral("Saint-Quentin");
        p.settings.brokerUrl = server->url();
        p.settings.maxRetries = 0;
        {
            DataSource first;
            first.setCacheDirectory(dir.path());
            first.setHistory(3600 * 1000);
            first.connectTo(p);
            QTRY_COMPARE_WITH_TIMEOUT(first.state(), DataSource::State::Live, 30000);
        }
        server.reset(); // the broker goes away
        DataSource source;
        source.setCacheDirectory(dir.path());
        source.setRetryInterval(300);
        source.connectTo(p);
        QTRY_COMPARE_WITH_TIMEOUT(source.state(), DataSource::State::Offline, 20000);
        QVERIFY(source.entityCount() > 3000);
        QCOMPARE(source.lastObservation(), IsoTime::toDateTime(o.start));
        // It comes back: CityDeck reconnects by itself and is live again.
        o.start += 30 * 60 * 1000;
        server = std::make_unique<SimServer>(o);
        QVERIFY(server->listen(QHostAddress::LocalHost, port));
        QTRY_COMPARE_WITH_TIMEOUT(source.state(), DataSource::State::Live, 30000);
        QCOMPARE(source.lastObservation(), IsoTime::toDateTime(o.start));
    }

    void retentionRunsInTheBackground()
    {
        QTemporaryDir dir;
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        const qint64 hour = 3600 * 1000;
        {
            CacheFile file;
            QString error;
            QVERIFY(file.open(dir.filePath(QStringLiteral("old-city.sqlite")), &error));
            Journal journal(&file);
            for (qint64 t = now - 10 * 24 * hour + hour / 2; t < now; t += hour) {
                EntityDraft e;
                e.id = QStringLiteral("urn:ngsi-ld:Sensor:1");
                e.types << QStringLiteral("Sensor");
                AttributeDraft a;
                a.value = double(t % 1000);
                a.observedAt = t;
                e.add(QStringLiteral("level"), a);
                QVERIFY(journal.append({e.toEntity()}, t));
            }
        }
        ConnectionProfile p;
        p.id = QStringLiteral("old-city");
        p.name = QStringLiteral("Old city");
        p.settings.brokerUrl = QUrl(QStringLiteral("http://127.0.0.1:1"));
        p.settings.maxRetries = 0;
        p.retentionDays = 3;
        DataSource source;
        source.setCacheDirectory(dir.path());
        source.setMaintenanceDelay(0);
        QSignalSpy maintained(&source, &DataSource::maintained);
        source.connectTo(p);
        QVERIFY(maintained.wait(20000));
        QCOMPARE(maintained.first().at(1).toLongLong(), qint64(7 * 24));
        QVERIFY2(maintained.first().at(0).toString().startsWith(QStringLiteral("Cache tidied: 168 values past the 3-day retention")),
                 qPrintable(maintained.first().at(0).toString()));
        QVERIFY(source.lastObservation().isValid()); // the recent values stay
        QTRY_COMPARE_WITH_TIMEOUT(source.state(), DataSource::State::Offline, 20000);
    }

    void unreachableBrokerSaysWhy()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
        ConnectionProfile p;
        p.id = QStringLiteral("nowhere");
        p.name = QStringLiteral("Nowhere");
        p.settings.brokerUrl = QUrl(QStringLiteral("http://127.0.0.1:9"));
        p.save(&settings);
        QWidget window;
        ConnectionController controller(&settings, &window);
        ConnectionManager *manager = controller.createManager(&window);
        manager->select(p.id);
        QSignalSpy tested(manager, &ConnectionManager::testFinished);
        manager->testSelected();
        QVERIFY(tested.wait(20000));
        QVERIFY2(manager->testSummary().contains(QStringLiteral("Failed")), qPrintable(manager->testSummary()));
        QCOMPARE(manager->countsTable()->rowCount(), 0);
        delete manager;
    }

    void profilesKeepSecretsOutOfSettings()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("s.ini"));
        {
            QSettings settings(file, QSettings::IniFormat);
            ConnectionProfile p;
            p.id = ConnectionProfile::newId(QStringLiteral("Bruges Orion-LD"));
            p.name = QStringLiteral("Bruges Orion-LD");
            p.settings.brokerUrl = QUrl(QStringLiteral("https://orion.bruges.example:1026"));
            p.settings.tenant = QStringLiteral("bruges");
            p.settings.auth = ConnectionSettings::Auth::Bearer;
            p.settings.token = QStringLiteral("very-secret-token");
            p.save(&settings);
            QVERIFY(p.id.startsWith(QStringLiteral("bruges-orion-ld-")));
            QCOMPARE(p.secretFields(), QStringList{QStringLiteral("token")});
        }
        QFile ini(file);
        QVERIFY(ini.open(QIODevice::ReadOnly));
        const QByteArray stored = ini.readAll();
        QVERIFY(stored.contains("bruges"));
        QVERIFY(!stored.contains("very-secret-token"));
        QSettings settings(file, QSettings::IniFormat);
        const QList<ConnectionProfile> loaded = ConnectionProfile::loadAll(&settings);
        QCOMPARE(loaded.size(), 1);
        QCOMPARE(loaded.first().settings.tenant, QStringLiteral("bruges"));
        QCOMPARE(loaded.first().settings.auth, ConnectionSettings::Auth::Bearer);
        QVERIFY(loaded.first().settings.token.isEmpty());
    }

    void editorRefusesWhatCannotWork()
    {
        ConnectionEditor editor{ConnectionProfile()};
        editor.show();
        auto edits = editor.findChildren<QLineEdit *>();
        edits.at(0)->setText(QStringLiteral("Delft Scorpio"));   // name
        edits.at(1)->setText(QStringLiteral("ftp://delft"));     // broker URL
        editor.accept();
        QCOMPARE(editor.result(), int(QDialog::Rejected));
        edits.at(1)->setText(QStringLiteral("http://scorpio.delft.example:9090"));
        editor.accept();
        QCOMPARE(editor.result(), int(QDialog::Accepted));
        QCOMPARE(editor.profile().settings.brokerUrl.port(), 9090);
        Screenshot::grab(&editor, QStringLiteral("connection-editor"));
    }
};

QTEST_MAIN(TestConnectionManager)
#include "tst_connectionmanager.moc"
