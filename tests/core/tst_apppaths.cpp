#include "core/AppPaths.h"

#include <QCoreApplication>
#include <QDir>
#include <QTest>

class TestAppPaths : public QObject
{
    Q_OBJECT

private slots:
    void relativeToTheBinary()
    {
        qunsetenv("CITYDECK_ROOT");
        const QString root = QDir::cleanPath(QCoreApplication::applicationDirPath() + QStringLiteral("/.."));
        QCOMPARE(AppPaths::installRoot(), root);
        QCOMPARE(AppPaths::bundledPluginDir(), root + QStringLiteral("/lib/citydeck/plugins"));
        QCOMPARE(AppPaths::translationsDir(), root + QStringLiteral("/share/citydeck/translations"));
    }

    void rootOverride()
    {
        qputenv("CITYDECK_ROOT", "/opt/citydeck/");
        QCOMPARE(AppPaths::installRoot(), QStringLiteral("/opt/citydeck"));
        QCOMPARE(AppPaths::dataDir(), QStringLiteral("/opt/citydeck/share/citydeck"));
        qunsetenv("CITYDECK_ROOT");
    }

    void extraPluginFoldersComeFirst()
    {
        qputenv("CITYDECK_PLUGIN_PATH", QByteArray("/tmp/a") + QDir::listSeparator().toLatin1() + "/tmp/b");
        const QStringList dirs = AppPaths::pluginDirs();
        QVERIFY(dirs.size() >= 3);
        QCOMPARE(dirs.at(0), QStringLiteral("/tmp/a"));
        QCOMPARE(dirs.at(1), QStringLiteral("/tmp/b"));
        QVERIFY(dirs.contains(AppPaths::bundledPluginDir()));
        qunsetenv("CITYDECK_PLUGIN_PATH");
    }
};

QTEST_GUILESS_MAIN(TestAppPaths)
#include "tst_apppaths.moc"
