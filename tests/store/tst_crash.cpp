// Kills a journal writer with SIGKILL at random points, 50 times, and checks after each kill that
// the cache is intact and holds every batch the writer reported committed.

#include "store/CacheFile.h"
#include "store/Journal.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QSet>
#include <QTest>

#include <limits>

#include <signal.h>

class TestCrash : public QObject
{
    Q_OBJECT

private slots:
    void killedWritersLoseNothingCommitted()
    {
        const QString writer = qEnvironmentVariable("CITYDECK_JOURNAL_WRITER");
        QVERIFY2(QFile::exists(writer), "CITYDECK_JOURNAL_WRITER is not set to the writer program");
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("crash.sqlite"));
        QRandomGenerator random(4242);
        qint64 next = 1;
        QList<qint64> committed;
        for (int round = 0; round < 50; ++round) {
            QProcess p;
            p.start(writer, {path, QString::number(next)});
            QVERIFY(p.waitForStarted(5000));
            QTest::qWait(20 + random.bounded(180));
            ::kill(pid_t(p.processId()), SIGKILL);
            QVERIFY(p.waitForFinished(5000));
            const QList<QByteArray> lines = p.readAllStandardOutput().split('\n');
            for (const QByteArray &line : lines) {
                if (line.startsWith("committed "))
                    committed << line.mid(10).toLongLong();
            }
            if (!committed.isEmpty())
                next = committed.last() + 1;

            CacheFile file;
            QString error, notice;
            QVERIFY2(file.open(path, &error, &notice), qPrintable(error));
            QVERIFY2(notice.isEmpty(), qPrintable(notice)); // never judged damaged
            QCOMPARE(file.integrityCheck(), QStringLiteral("ok"));
            Journal journal(&file);
            // Every committed batch wrote 50 readings at batch × 1000 ms: all are there.
            QSet<qint64> present;
            for (const TemporalSample &sample : journal.series(QStringLiteral("urn:ngsi-ld:Sensor:7"), QStringLiteral("reading"), 0,
                                                              std::numeric_limits<qint64>::max()))
                present.insert(sample.observedAt / 1000);
            for (qint64 batch : std::as_const(committed))
                QVERIFY2(present.contains(batch), qPrintable(QStringLiteral("batch %1 lost").arg(batch)));
            QVERIFY(journal.observationCount() >= qint64(committed.size()) * 50);
        }
        QVERIFY2(committed.size() > 50, "the writer should have committed batches between kills");
        // A last full integrity check.
        CacheFile file;
        QString error;
        QVERIFY(file.open(path, &error));
        QCOMPARE(file.integrityCheck(), QStringLiteral("ok"));
        qInfo() << committed.size() << "batches committed across 50 kills";
    }
};

QTEST_GUILESS_MAIN(TestCrash)
#include "tst_crash.moc"
