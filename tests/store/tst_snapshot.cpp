// The state snapshot written beside a cache at a clean close: the same answers as the tables,
// and never used when it might be stale (written since, by another connection, after a crash,
// copied from elsewhere, damaged).

#include "store/CacheFile.h"
#include "store/Journal.h"
#include "store/StateSnapshot.h"

#include "core/EntityJson.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <sys/wait.h>
#include <unistd.h>

namespace {
const qint64 kT0 = IsoTime::parse(std::string_view("2026-03-14T09:00:00Z"));
constexpr qint64 kHour = 3600000;

Entity counter(int n, double count, qint64 at)
{
    const QByteArray t = IsoTime::format(at).toUtf8();
    const QByteArray json = "{\"id\":\"urn:ngsi-ld:CrowdFlowObserved:" + QByteArray::number(n) + "\",\"type\":\""
        + (n % 2 ? "CrowdFlowObserved" : "PedestrianCounter") + "\",\"attrs\":{"
        "\"peopleCount\":[{\"kind\":\"Property\",\"value\":" + QByteArray::number(count) + ",\"observedAt\":\"" + t + "\",\"unitCode\":\"C62\"}],"
        "\"direction\":[{\"kind\":\"Property\",\"value\":\"towards\",\"observedAt\":\"" + t + "\",\"datasetId\":\"urn:ngsi-ld:Dataset:wifi\"},"
        "{\"kind\":\"Property\",\"value\":\"away\",\"observedAt\":\"" + t + "\",\"datasetId\":\"urn:ngsi-ld:Dataset:camera\"}],"
        "\"name\":[{\"kind\":\"Property\",\"value\":\"Counter " + QByteArray::number(n) + " \u2014 Grand-Place\"}],"
        "\"location\":[{\"kind\":\"GeoProperty\",\"value\":{\"type\":\"Point\",\"coordinates\":[3.28," + QByteArray::number(49.84 + n / 1000.0) + "]}}]}}";
    return EntityJson::entityFromJson(QJsonDocument::fromJson(json).object());
}

QByteArray text(const std::vector<Entity> &entities)
{
    QByteArray out;
    for (const Entity &e : entities)
        out += EntityJson::toLine(e) + '\n';
    return out;
}

// Every answer the journal gives after opening, as text.
QByteArray answers(Journal &journal)
{
    const auto [oldest, newest] = journal.timeRange();
    return text(journal.stateAt(newest)) + text(journal.stateAt(kT0 + kHour + 1, {QStringLiteral("PedestrianCounter")}))
        + text(journal.stateAt(kT0 - 1)) + QByteArray::number(oldest) + ',' + QByteArray::number(newest) + ','
        + journal.types().join(u',').toUtf8() + ',' + QByteArray::number(journal.entityCount());
}

// Three hours of twenty counters, closed cleanly.
void fill(const QString &path)
{
    CacheFile file;
    QString error;
    QVERIFY2(file.open(path, &error), qPrintable(error));
    Journal journal(&file);
    for (int h = 0; h < 3; ++h) {
        std::vector<Entity> batch;
        for (int n = 1; n <= 20; ++n)
            batch.push_back(counter(n, n * 10 + h, kT0 + h * kHour));
        QVERIFY(journal.append(batch, kT0 + h * kHour));
    }
    QVERIFY(!journal.readsSnapshot());
}

// Opens the cache again and checks that its answers come from the snapshot and equal the
// tables'; returns them.
QByteArray reopenedAnswers(const QString &path);

// The answers of the tables, from a second connection (which never reads a snapshot).
QByteArray fromTables(const QString &path)
{
    CacheFile file;
    QString error;
    if (!file.attach(path, &error))
        return error.toUtf8();
    Journal journal(&file);
    return answers(journal);
}
QByteArray reopenedAnswers(const QString &path)
{
    CacheFile file;
    QString error;
    if (!file.open(path, &error))
        return error.toUtf8();
    Journal journal(&file);
    if (!journal.readsSnapshot())
        return "the snapshot was not used";
    const QByteArray seen = answers(journal);
    return seen == fromTables(path) ? seen : QByteArray("the snapshot's answers differ from the tables'");
}
} // namespace

class TestSnapshot : public QObject
{
    Q_OBJECT

private slots:
    void answersAsTheTablesDo()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("c.sqlite"));
        fill(path);
        QVERIFY(QFile::exists(StateSnapshot::pathFor(path)));
        const QByteArray snapshot = reopenedAnswers(path);
        QVERIFY2(snapshot.contains("Counter 7 \u2014 Grand-Place"), snapshot.constData());
        QVERIFY(snapshot.contains("urn:ngsi-ld:Dataset:camera"));
    }

    void aWriteRetiresItAndTheNextCloseRenewsIt()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("c.sqlite"));
        fill(path);
        {
            CacheFile file;
            QString error;
            QVERIFY(file.open(path, &error));
            Journal journal(&file);
            QVERIFY(journal.readsSnapshot());
            QCOMPARE(journal.stateAt(kT0 + 9 * kHour).size(), size_t(20)); // reads it into memory
            QVERIFY(journal.append({counter(21, 5, kT0 + 4 * kHour), counter(3, 999, kT0 + 4 * kHour)}, kT0 + 4 * kHour));
            QVERIFY(!journal.readsSnapshot());
            const std::vector<Entity> now = journal.stateAt(kT0 + 9 * kHour);
            QCOMPARE(now.size(), size_t(21));
            QCOMPARE(journal.timeRange().second, kT0 + 4 * kHour);
        }
        const QByteArray snapshot = reopenedAnswers(path);
        QVERIFY2(snapshot.contains("999"), snapshot.constData());
    }

    void anotherConnectionsWriteRetiresIt()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("c.sqlite"));
        fill(path);
        CacheFile file;
        QString error;
        QVERIFY(file.open(path, &error));
        Journal journal(&file);
        QVERIFY(journal.readsSnapshot());
        CacheFile maintenance;
        QVERIFY(maintenance.attach(path, &error));
        QVERIFY(Journal(&maintenance).prune(kT0 + kHour) > 0); // retention, in the background
        QVERIFY(!journal.readsSnapshot());
        QCOMPARE(journal.timeRange().first, kT0 + kHour);
    }

    void notUsedWhenStaleDamagedOrMissing_data()
    {
        QTest::addColumn<QString>("damage");
        QTest::newRow("missing") << QStringLiteral("missing");
        QTest::newRow("from an earlier close") << QStringLiteral("stale");
        QTest::newRow("truncated") << QStringLiteral("truncated");
        QTest::newRow("garbage") << QStringLiteral("garbage");
        QTest::newRow("writer killed") << QStringLiteral("crash");
    }

    void notUsedWhenStaleDamagedOrMissing()
    {
        QFETCH(QString, damage);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("c.sqlite")), state = StateSnapshot::pathFor(path);
        fill(path);
        QVERIFY(QFile::copy(state, dir.filePath(QStringLiteral("earlier"))));
        auto addHour = [&] {
            CacheFile file;
            QString error;
            QVERIFY(file.open(path, &error));
            QVERIFY(Journal(&file).append({counter(1, 4242, kT0 + 5 * kHour)}, kT0 + 5 * kHour));
            if (damage == QLatin1String("crash"))
                _exit(0); // no clean close: what a crash or SIGKILL leaves
        };
        if (damage == QLatin1String("crash")) {
            const pid_t child = fork();
            if (child == 0)
                addHour();
            int status = 0;
            QCOMPARE(waitpid(child, &status, 0), child);
            QVERIFY(WIFEXITED(status));
        } else {
            addHour();
        }
        QFile f(state);
        if (damage == QLatin1String("missing")) {
            QVERIFY(f.remove());
        } else if (damage == QLatin1String("stale")) {
            QVERIFY(f.remove());
            QVERIFY(QFile::copy(dir.filePath(QStringLiteral("earlier")), state));
        } else if (damage == QLatin1String("truncated")) {
            QVERIFY(f.resize(f.size() - 20));
        } else if (damage == QLatin1String("garbage")) {
            QVERIFY(f.open(QIODevice::ReadWrite));
            f.seek(40);
            f.write(QByteArray(64, '\xff'));
            f.close();
        }
        CacheFile file;
        QString error;
        QVERIFY(file.open(path, &error));
        Journal journal(&file);
        QVERIFY(!journal.readsSnapshot());
        const QByteArray seen = answers(journal);
        QVERIFY(seen.contains("4242"));
        QCOMPARE(seen, fromTables(path));
    }
};

QTEST_GUILESS_MAIN(TestSnapshot)
#include "tst_snapshot.moc"
