#include "core/QuitOnSignal.h"

#include <QCoreApplication>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

#include <csignal>

class TestQuitOnSignal : public QObject
{
    Q_OBJECT

private slots:
    void termQuitsTheEventLoop()
    {
        QuitOnSignal watcher;
        QVERIFY(watcher.isActive());
        QSignalSpy received(&watcher, &QuitOnSignal::signalReceived);
        QTimer::singleShot(0, [] { std::raise(SIGTERM); });
        QTimer guard;
        guard.setSingleShot(true);
        bool timedOut = false;
        connect(&guard, &QTimer::timeout, [&] {
            timedOut = true;
            QCoreApplication::quit();
        });
        guard.start(5000);
        QCoreApplication::exec(); // returns through quit(), not through the guard
        QVERIFY(!timedOut);
        QCOMPARE(received.count(), 1);
        QCOMPARE(received.at(0).at(0).toInt(), int(SIGTERM));
    }

    void interruptToo()
    {
        QuitOnSignal watcher;
        QSignalSpy received(&watcher, &QuitOnSignal::signalReceived);
        QTimer::singleShot(0, [] { std::raise(SIGINT); });
        QTimer::singleShot(5000, [] { QCoreApplication::quit(); });
        QCoreApplication::exec();
        QCOMPARE(received.count(), 1);
        QCOMPARE(received.at(0).at(0).toInt(), int(SIGINT));
    }
};

QTEST_GUILESS_MAIN(TestQuitOnSignal)
#include "tst_quitonsignal.moc"
