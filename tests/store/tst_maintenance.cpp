// Retention and the size cap, applied in the background while live values keep arriving.

#include "core/IsoTime.h"
#include "core/EntityDraft.h"
#include "store/CacheFile.h"
#include "store/CacheMaintenance.h"
#include "store/Journal.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <future>

namespace {
constexpr qint64 kMinute = 60000;
constexpr qint64 kDay = 24 * 60 * kMinute;
const qint64 kNow = IsoTime::parse(std::string_view("2026-03-24T00:00:00Z"));

double valueAt(int sensor, qint64 t)
{
    return sensor * 10 + std::fmod(double(t / kMinute), 97.0);
}

// One batch: every sensor's value at t.
std::vector<Entity> batch(int sensors, qint64 t)
{
    std::vector<Entity> out;
    for (int s = 0; s < sensors; ++s) {
        EntityDraft e;
        e.id = QStringLiteral("urn:ngsi-ld:Sensor:%1").arg(s);
        e.types << QStringLiteral("Sensor");
        AttributeDraft a;
        a.value = valueAt(s, t);
        a.observedAt = t;
        a.unitCode = QStringLiteral("C62");
        e.add(QStringLiteral("level"), a);
        out.push_back(std::move(e).toEntity());
    }
    return out;
}

// 20 sensors every 15 minutes over the 10 days before kNow.
void fill(const QString &path)
{
    CacheFile file;
    QString error;
    QVERIFY2(file.open(path, &error), qPrintable(error));
    Journal journal(&file);
    for (qint64 t = kNow - 10 * kDay; t < kNow; t += 15 * kMinute)
        QVERIFY2(journal.append(batch(20, t), t, {}, nullptr, &error), qPrintable(error));
}
} // namespace

class TestMaintenance : public QObject
{
    Q_OBJECT

private slots:
    void retentionFoldsIntoHourlyAggregates()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("c.sqlite"));
        fill(path);
        CacheMaintenance::Policy policy;
        policy.retentionMs = 3 * kDay;
        policy.chunkMs = 90 * kMinute; // cuts through hours: their halves must merge
        const CacheMaintenance::Result r = CacheMaintenance::run(path, kNow, policy);
        QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
        QCOMPARE(r.deleted, qint64(20 * 7 * 96));
        QCOMPARE(r.oldestKept, kNow - 3 * kDay);
        QVERIFY(!r.capReached);

        CacheFile file;
        QString error;
        QVERIFY(file.open(path, &error));
        Journal journal(&file);
        QCOMPARE(journal.observationCount(), qint64(20 * 3 * 96));
        // Every deleted hour is one aggregate of its four values, whatever chunk cut it.
        const qint64 hourStart = kNow - 9 * kDay + 5 * 60 * kMinute;
        const QList<TemporalSample> hourly = journal.hourly(QStringLiteral("urn:ngsi-ld:Sensor:3"), QStringLiteral("level"),
                                                            kNow - 10 * kDay, kNow - 3 * kDay - 1);
        QCOMPARE(hourly.size(), 3 * 7 * 24); // avg, min, max per hour
        double low = 1e9, high = -1e9, sum = 0;
        for (int q = 0; q < 4; ++q) {
            const double v = valueAt(3, hourStart + q * 15 * kMinute);
            low = std::min(low, v);
            high = std::max(high, v);
            sum += v;
        }
        const QList<TemporalSample> one = journal.hourly(QStringLiteral("urn:ngsi-ld:Sensor:3"), QStringLiteral("level"), hourStart, hourStart);
        QCOMPARE(one.size(), 3);
        QCOMPARE(one.at(0).value.toDouble(), sum / 4);
        QCOMPARE(one.at(1).value.toDouble(), low);
        QCOMPARE(one.at(2).value.toDouble(), high);
        // Recent data is untouched.
        QCOMPARE(journal.series(QStringLiteral("urn:ngsi-ld:Sensor:3"), QStringLiteral("level"), kNow - kDay, kNow).size(), 96);
        // Aggregates past their own retention go too.
        policy.hourlyRetentionMs = 8 * kDay;
        const CacheMaintenance::Result again = CacheMaintenance::run(path, kNow, policy);
        QCOMPARE(again.deleted, qint64(0));
        QCOMPARE(again.hourlyDeleted, qint64(20 * 2 * 24));
    }

    void sizeCapRemovesTheOldestFirst()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("c.sqlite"));
        fill(path);
        qint64 before = 0;
        {
            CacheFile file;
            QString error;
            QVERIFY(file.open(path, &error));
            before = file.usedBytes();
            QCOMPARE(file.pragmaInt("auto_vacuum"), 2); // incremental: freed pages leave the file
        }
        const qint64 fileBefore = QFile(path).size();
        CacheMaintenance::Policy policy;
        policy.maxBytes = before / 2;
        const CacheMaintenance::Result r = CacheMaintenance::run(path, kNow, policy);
        QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
        QVERIFY(r.capReached);
        QVERIFY2(r.bytesAfter <= policy.maxBytes, qPrintable(r.summary()));
        QVERIFY(r.deleted > 0);
        QVERIFY(r.oldestKept > kNow - 10 * kDay);
        QVERIFY(QFile(path).size() < fileBefore);
        CacheFile file;
        QString error;
        QVERIFY(file.open(path, &error));
        Journal journal(&file);
        QCOMPARE(journal.timeRange().second, kNow - 15 * kMinute); // the newest kept
        QCOMPARE(file.integrityCheck(), QStringLiteral("ok"));
    }

    void liveWritesGoOnDuringMaintenance()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("c.sqlite"));
        fill(path);
        CacheFile file;
        QString error;
        QVERIFY(file.open(path, &error));
        Journal journal(&file);
        CacheMaintenance::Policy policy;
        policy.retentionMs = kDay;
        policy.chunkMs = 30 * kMinute;
        auto job = std::async(std::launch::async, [&] { return CacheMaintenance::run(path, kNow + kDay, policy); });
        int written = 0;
        for (qint64 t = kNow; job.wait_for(std::chrono::milliseconds(0)) != std::future_status::ready || written < 20; t += 15 * kMinute) {
            QVERIFY2(journal.append(batch(20, t), t, {}, nullptr, &error), qPrintable(error));
            ++written;
            QTest::qWait(2); // a live feed, not a tight loop: the maintenance gets its turns
        }
        const CacheMaintenance::Result r = job.get();
        QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
        QVERIFY(r.deleted > 0);
        // Every live batch is there.
        QCOMPARE(journal.series(QStringLiteral("urn:ngsi-ld:Sensor:0"), QStringLiteral("level"), kNow, kNow + written * 15 * kMinute).size(),
                 written);
        QCOMPARE(file.integrityCheck(), QStringLiteral("ok"));
    }

    void refusesWhatIsNotACache()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("foreign.sqlite"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("not a database at all, just text");
        f.close();
        const CacheMaintenance::Result r = CacheMaintenance::run(path, kNow, {});
        QVERIFY(!r.error.isEmpty());
        QVERIFY(r.summary().startsWith(QStringLiteral("cache maintenance failed")));
        QFile again(path);
        QVERIFY(again.open(QIODevice::ReadOnly));
        QCOMPARE(again.readAll(), QByteArray("not a database at all, just text")); // untouched
        const CacheMaintenance::Result missing = CacheMaintenance::run(dir.filePath(QStringLiteral("none.sqlite")), kNow, {});
        QVERIFY(!missing.error.isEmpty());
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("none.sqlite"))));
    }

    void cancelStopsBetweenChunks()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("c.sqlite"));
        fill(path);
        std::atomic_bool cancel{true};
        CacheMaintenance::Policy policy;
        policy.retentionMs = kDay;
        policy.cancel = &cancel;
        const CacheMaintenance::Result r = CacheMaintenance::run(path, kNow, policy);
        QCOMPARE(r.deleted, qint64(0));
    }
};

QTEST_GUILESS_MAIN(TestMaintenance)
#include "tst_maintenance.moc"
