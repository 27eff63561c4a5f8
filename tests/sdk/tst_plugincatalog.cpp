#include "sdk/DashboardContext.h"
#include "sdk/KpiBoard.h"
#include "sdk/PluginCatalog.h"
#include "sdk/PluginSpec.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QWidget>

#include <memory>

class TestPluginCatalog : public QObject
{
    Q_OBJECT

private:
    static QString goodDir() { return qEnvironmentVariable("CITYDECK_TEST_PLUGIN_DIR"); }
    static QString brokenDir() { return qEnvironmentVariable("CITYDECK_TEST_BROKEN_PLUGIN_DIR"); }

    static PluginSpec *specFor(const PluginCatalog &catalog, const QString &fileStem)
    {
        for (PluginSpec *spec : catalog.specs()) {
            if (QFileInfo(spec->filePath()).completeBaseName() == fileStem)
                return spec;
        }
        return nullptr;
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(QDir(goodDir()).exists(), "CITYDECK_TEST_PLUGIN_DIR must name the built test plug-ins");
        QVERIFY(QDir(brokenDir()).exists());
    }

    void goodPluginsLoadAndCreateDashboards()
    {
        DashboardContext context;
        PluginCatalog catalog(&context);
        catalog.setSearchPaths({goodDir()});
        catalog.loadAll();
        QCOMPARE(catalog.runningSpecs().size(), 2);
        PluginSpec *good = catalog.specById(QStringLiteral("org.citydeck.test.good"));
        QVERIFY(good);
        QCOMPARE(good->state(), PluginSpec::State::Running);
        QCOMPARE(good->metadata().version, QStringLiteral("1.2.3"));
        QVERIFY(!good->hasError());
        // initialize() ran with the context: the plug-in published its KPI.
        QCOMPARE(context.kpis()->rowCount(), 1);
        QCOMPARE(context.kpis()->index(0, KpiBoard::SourceColumn).data().toString(), QStringLiteral("Test dashboard"));

        QString error;
        std::unique_ptr<QWidget> widget(catalog.createDashboard(QStringLiteral("org.citydeck.test.good"), nullptr, &error));
        QVERIFY2(widget, qPrintable(error));
        QCOMPARE(widget->objectName(), QStringLiteral("testDashboard"));
        QVERIFY(!catalog.createDashboard(QStringLiteral("org.citydeck.nonexistent"), nullptr, &error));
        QVERIFY(error.contains(QStringLiteral("nonexistent")));
        widget.reset();

        catalog.shutdown();
        QCOMPARE(good->state(), PluginSpec::State::Stopped);
        QVERIFY(catalog.runningSpecs().isEmpty());
    }

    void brokenPluginsAreReportedNotFatal_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("state");
        QTest::addColumn<QString>("reason");
        QTest::newRow("bad metadata") << "citydeck_test_badmeta" << int(PluginSpec::State::Invalid) << "\"name\"";
        QTest::newRow("wrong sdk") << "citydeck_test_wrongsdk" << int(PluginSpec::State::Incompatible) << "sdk 2.0";
        QTest::newRow("missing symbol") << "citydeck_test_missingsymbol" << int(PluginSpec::State::Failed)
                                        << "citydeck_symbol_that_does_not_exist";
        QTest::newRow("throws in initialize") << "citydeck_test_throwinit" << int(PluginSpec::State::Failed)
                                              << "sensor table corrupt";
        QTest::newRow("other interface") << "citydeck_test_wrongiid" << int(PluginSpec::State::Invalid)
                                         << "org.example.SomethingElse/1";
    }

    void brokenPluginsAreReportedNotFatal()
    {
        QFETCH(QString, file);
        QFETCH(int, state);
        QFETCH(QString, reason);
        DashboardContext context;
        PluginCatalog catalog(&context);
        catalog.setSearchPaths({brokenDir()});
        catalog.loadAll();
        PluginSpec *spec = specFor(catalog, file);
        QVERIFY2(spec, qPrintable(file));
        QCOMPARE(int(spec->state()), state);
        QVERIFY(spec->hasError());
        QVERIFY2(spec->errorString().contains(reason), qPrintable(spec->errorString()));
        QVERIFY(!spec->plugin());
        QVERIFY(!spec->stateLabel().isEmpty());
    }

    void exceptionInCreateIsCaught()
    {
        DashboardContext context;
        PluginCatalog catalog(&context);
        catalog.setSearchPaths({brokenDir()});
        catalog.loadAll();
        PluginSpec *spec = catalog.specById(QStringLiteral("org.citydeck.test.throwcreate"));
        QVERIFY(spec);
        QCOMPARE(spec->state(), PluginSpec::State::Running);
        QString error;
        QWidget *widget = catalog.createDashboard(QStringLiteral("org.citydeck.test.throwcreate"), nullptr, &error);
        QVERIFY(!widget);
        QVERIFY2(error.contains(QStringLiteral("no renderer available")), qPrintable(error));
        QVERIFY(spec->hasError());
    }

    void strayFilesAndDuplicates()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QFile fake(dir.filePath(QStringLiteral("libnotaplugin.so")));
        QVERIFY(fake.open(QIODevice::WriteOnly));
        fake.write("this is not an ELF file");
        fake.close();
        // The same plug-in a second time (e.g. bundled and in the user folder): refused by id.
        QVERIFY(QFile::copy(goodDir() + QStringLiteral("/citydeck_test_good.so"),
                            dir.filePath(QStringLiteral("citydeck_test_good_copy.so"))));

        DashboardContext context;
        PluginCatalog catalog(&context);
        catalog.setSearchPaths({goodDir(), dir.path(), dir.filePath(QStringLiteral("does-not-exist"))});
        catalog.loadAll();
        PluginSpec *stray = specFor(catalog, QStringLiteral("libnotaplugin"));
        QVERIFY(stray);
        QCOMPARE(stray->state(), PluginSpec::State::Invalid);
        QVERIFY2(stray->errorString().contains(QStringLiteral("not a Qt plug-in")), qPrintable(stray->errorString()));
        PluginSpec *copy = specFor(catalog, QStringLiteral("citydeck_test_good_copy"));
        QVERIFY(copy);
        QCOMPARE(copy->state(), PluginSpec::State::Invalid);
        QVERIFY2(copy->errorString().contains(QStringLiteral("already loaded")), qPrintable(copy->errorString()));
        QCOMPARE(catalog.runningSpecs().size(), 2);
    }
};

QTEST_MAIN(TestPluginCatalog)
#include "tst_plugincatalog.moc"
