#include "shell/CommandLineOptions.h"

#include <QTest>

class TestCommandLine : public QObject
{
    Q_OBJECT

private:
    static CommandLineOptions parse(const QStringList &args)
    {
        return CommandLineOptions::parse(QStringList{QStringLiteral("citydeck")} + args);
    }

private slots:
    void defaults()
    {
        const CommandLineOptions o = parse({});
        QCOMPARE(o.outcome, CommandLineOptions::Outcome::Run);
        QVERIFY(o.workspace.isEmpty());
        QVERIFY(!o.demo && !o.resetLayout && !o.kiosk);
    }

    void everyOption()
    {
        const CommandLineOptions o = parse({"--workspace", "Tourism", "--demo", "--lang", "nl", "--reset-layout",
                                            "--kiosk", "--settings", "/tmp/x.ini"});
        QCOMPARE(o.outcome, CommandLineOptions::Outcome::Run);
        QCOMPARE(o.workspace, QStringLiteral("tourism"));
        QCOMPARE(o.language, QStringLiteral("nl"));
        QCOMPARE(o.settingsFile, QStringLiteral("/tmp/x.ini"));
        QVERIFY(o.demo && o.resetLayout && o.kiosk);
    }

    void workspaceByDisplayName()
    {
        QCOMPARE(parse({"--workspace", "council officer"}).workspace, QStringLiteral("council"));
    }

    void helpAndVersion()
    {
        const CommandLineOptions help = parse({"--help"});
        QCOMPARE(help.outcome, CommandLineOptions::Outcome::ShowHelp);
        for (const char *option : {"--workspace", "--demo", "--lang", "--reset-layout", "--version"})
            QVERIFY2(help.message.contains(QLatin1String(option)), option);
        const CommandLineOptions version = parse({"--version"});
        QCOMPARE(version.outcome, CommandLineOptions::Outcome::ShowVersion);
        QVERIFY(version.message.startsWith(QStringLiteral("CityDeck ")));
    }

    void errors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("expected");
        QTest::newRow("unknown workspace") << QStringList{"--workspace", "mayor"} << "mayor";
        QTest::newRow("unknown language") << QStringList{"--lang", "xx"} << "xx";
        QTest::newRow("unknown option") << QStringList{"--frobnicate"} << "frobnicate";
        QTest::newRow("stray argument") << QStringList{"file.txt"} << "file.txt";
        QTest::newRow("missing value") << QStringList{"--workspace"} << "workspace";
    }

    void errors()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, expected);
        const CommandLineOptions o = parse(args);
        QCOMPARE(o.outcome, CommandLineOptions::Outcome::Error);
        QVERIFY2(o.message.contains(expected), qPrintable(o.message));
    }
};

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
