// citydeck-cli sync / state / series against the simulated city.

#include "citysim/CitySimulation.h"
#include "citysim/SimServer.h"
#include "core/IsoTime.h"

#include "CliRun.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

namespace {
// The city at 10:00 on 14 March 2026, its clock stopped: every run sees the same history.
CitySimulation::Options frozenCity()
{
    CitySimulation::Options o;
    o.start = IsoTime::parse(std::string_view("2026-03-14T10:00:00Z"));
    o.speed = 0;
    return o;
}

// The simulator lives in this event loop; syncing its history takes a while.
CliRun cli(const QStringList &args)
{
    return CliRun::run(args, {}, {}, 60000);
}

QByteArray digest(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256) : QByteArray();
}
} // namespace

class TestCacheCli : public QObject
{
    Q_OBJECT

private slots:
    void syncThenReview()
    {
        SimServer server(frozenCity());
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

    // The read path says a cache is damaged and exits 2; it neither answers nor moves the file.
    void stateRefusesADamagedCache()
    {
        SimServer server(frozenCity());
        QVERIFY(server.listen());
        QTemporaryDir dir;
        const QString cache = dir.filePath(QStringLiteral("d.sqlite"));
        const CliRun sync = cli({QStringLiteral("sync"), server.url().toString(), QStringLiteral("--cache"), cache, QStringLiteral("--type"),
                                 QStringLiteral("WeatherObserved"), QStringLiteral("--history"), QStringLiteral("6h")});
        QVERIFY2(sync.exitCode == 0, qPrintable(sync.err));
        const QStringList stateArgs{QStringLiteral("state"), QStringLiteral("--cache"), cache, QStringLiteral("--at"),
                                    QStringLiteral("2026-03-14T08:02:00Z")};
        QCOMPARE(cli(stateArgs).exitCode, 0);

        // Garbage over the second half of the file's pages: the clean-close flag (page 1) still
        // says "fine", so only a check finds it.
        QFile f(cache);
        QVERIFY(f.open(QIODevice::ReadWrite));
        const qint64 size = f.size();
        QVERIFY2(size >= 4 * 4096, qPrintable(QString::number(size)));
        f.seek(size / 2 / 4096 * 4096);
        f.write(QByteArray(int(size - f.pos()), '\x5a'));
        f.close();
        const QByteArray before = digest(cache);

        const CliRun state = cli(stateArgs);
        QCOMPARE(state.exitCode, 2);
        QVERIFY2(state.err.contains(QStringLiteral("the cache %1 is damaged").arg(cache)), qPrintable(state.err));
        QVERIFY(state.out.isEmpty());
        QCOMPARE(digest(cache), before);
        QCOMPARE(QDir(dir.path()).entryList({QStringLiteral("*unreadable*")}), QStringList());
        QCOMPARE(cli({QStringLiteral("series"), QStringLiteral("--cache"), cache, QStringLiteral("--id"), QStringLiteral("urn:x"),
                      QStringLiteral("--attr"), QStringLiteral("t"), QStringLiteral("--from"), QStringLiteral("2026-03-14T04:00:00Z"),
                      QStringLiteral("--to"), QStringLiteral("2026-03-14T10:00:00Z")}).exitCode, 2);
        // A missing cache is not created by reading it.
        const QString missing = dir.filePath(QStringLiteral("none.sqlite"));
        QCOMPARE(cli({QStringLiteral("state"), QStringLiteral("--cache"), missing, QStringLiteral("--at"),
                      QStringLiteral("2026-03-14T08:02:00Z")}).exitCode, 2);
        QVERIFY(!QFile::exists(missing));
    }

    // A full disk during sync: the values were not stored, so the exit status says so (2). The
    // disk fills through RLIMIT_FSIZE (ulimit -f, SIGXFSZ ignored: writes fail with EFBIG), which
    // needs no privilege, unlike a small tmpfs.
    void syncOnAFullDiskExits2()
    {
        if (!QFile::exists(QStringLiteral("/bin/sh")))
            QSKIP("needs /bin/sh to set a file size limit");
        SimServer server(frozenCity());
        QVERIFY(server.listen());
        QTemporaryDir dir;
        const QString wrapper = dir.filePath(QStringLiteral("cli-small-disk.sh"));
        QFile script(wrapper);
        QVERIFY(script.open(QIODevice::WriteOnly));
        // 400 blocks of 512 bytes: the new cache fits, the history does not.
        script.write("#!/bin/sh\ntrap '' XFSZ\nulimit -f 400 || exit 77\nexec \"$REAL_CLI\" \"$@\"\n");
        script.close();
        script.setPermissions(script.permissions() | QFileDevice::ExeOwner);
        const QByteArray real = qgetenv("CITYDECK_CLI");
        qputenv("CITYDECK_CLI", wrapper.toLocal8Bit());
        const QString cache = dir.filePath(QStringLiteral("full.sqlite"));
        const CliRun sync = CliRun::run({QStringLiteral("sync"), server.url().toString(), QStringLiteral("--cache"), cache,
                                         QStringLiteral("--type"), QStringLiteral("OffStreetParking,WeatherObserved,TrafficFlowObserved"),
                                         QStringLiteral("--history"), QStringLiteral("7d")},
                                        {}, {QStringLiteral("REAL_CLI=") + QString::fromLocal8Bit(real)}, 120000);
        qputenv("CITYDECK_CLI", real);
        if (sync.exitCode == 77)
            QSKIP("the shell cannot set a file size limit here");
        QVERIFY2(sync.err.contains(QStringLiteral("could not write to the cache")), qPrintable(sync.err));
        QCOMPARE(sync.exitCode, 2);
        QVERIFY2(sync.err.contains(QStringLiteral("could not be stored")), qPrintable(sync.err));
    }
};

QTEST_GUILESS_MAIN(TestCacheCli)
#include "tst_cachecli.moc"
