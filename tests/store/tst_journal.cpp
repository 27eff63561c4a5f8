// The SQLite journal: round trip of every attribute kind, de-duplication, history, migration,
// damaged and foreign files.

#include "core/EntityJson.h"
#include "core/EntityDraft.h"
#include "store/CacheFile.h"
#include "store/Journal.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

namespace {
const qint64 kT0 = IsoTime::parse(std::string_view("2026-03-14T09:00:00Z"));

// One entity with every attribute kind, observed and static, as CityDeck's JSON line.
const char *kEveryKind =
    "{\"id\":\"urn:ngsi-ld:OffStreetParking:1\",\"type\":\"OffStreetParking\",\"attrs\":{"
    "\"availableSpotNumber\":[{\"kind\":\"Property\",\"value\":121,\"observedAt\":\"2026-03-14T09:00:00Z\",\"unitCode\":\"C62\","
    "\"sub\":{\"reliability\":[{\"kind\":\"Property\",\"value\":0.9}]}}],"
    "\"occupancy\":[{\"kind\":\"Property\",\"value\":0.25,\"observedAt\":\"2026-03-14T09:00:00Z\"}],"
    "\"status\":[{\"kind\":\"Property\",\"value\":\"open\",\"observedAt\":\"2026-03-14T09:00:00Z\"}],"
    "\"full\":[{\"kind\":\"Property\",\"value\":false,\"observedAt\":\"2026-03-14T09:00:00Z\"}],"
    "\"lastCleaned\":[{\"kind\":\"Property\",\"value\":{\"@type\":\"DateTime\",\"@value\":\"2026-03-13T22:15:00Z\"},\"observedAt\":\"2026-03-14T09:00:00Z\"}],"
    "\"camera\":[{\"kind\":\"JsonProperty\",\"value\":{\"fps\":12,\"zones\":[1,2]},\"observedAt\":\"2026-03-14T09:00:00Z\"}],"
    "\"refDevice\":[{\"kind\":\"Relationship\",\"object\":\"urn:ngsi-ld:Device:cam1\",\"observedAt\":\"2026-03-14T09:00:00Z\"}],"
    "\"refGroups\":[{\"kind\":\"Relationship\",\"object\":[\"urn:ngsi-ld:ParkingGroup:a\",\"urn:ngsi-ld:ParkingGroup:b\"],\"observedAt\":\"2026-03-14T09:00:00Z\"}],"
    "\"queue\":[{\"kind\":\"GeoProperty\",\"value\":{\"type\":\"LineString\",\"coordinates\":[[3.28,49.84],[3.29,49.85]]},\"observedAt\":\"2026-03-14T09:00:00Z\"}],"
    "\"sign\":[{\"kind\":\"LanguageProperty\",\"languageMap\":{\"fr\":\"Complet\",\"nl\":\"Vol\"},\"observedAt\":\"2026-03-14T09:00:00Z\"}],"
    "\"allowedVehicleType\":[{\"kind\":\"VocabProperty\",\"value\":[\"car\",\"motorcycle\"],\"observedAt\":\"2026-03-14T09:00:00Z\"}],"
    "\"speed\":[{\"kind\":\"Property\",\"value\":12,\"observedAt\":\"2026-03-14T09:00:00Z\",\"datasetId\":\"urn:ngsi-ld:Dataset:gps\"},"
    "{\"kind\":\"Property\",\"value\":11,\"observedAt\":\"2026-03-14T09:00:00Z\",\"datasetId\":\"urn:ngsi-ld:Dataset:radar\"}],"
    "\"name\":[{\"kind\":\"Property\",\"value\":\"Parking Hôtel de Ville\"}],"
    "\"location\":[{\"kind\":\"GeoProperty\",\"value\":{\"type\":\"Polygon\",\"coordinates\":[[[3.28,49.84],[3.29,49.84],[3.29,49.85],[3.28,49.84]]]}}]"
    "}}";

Entity everyKind()
{
    return EntityJson::entityFromJson(QJsonDocument::fromJson(kEveryKind).object());
}

// Comparable form: attribute groups sorted by name, instances by dataset.
QByteArray canonical(const Entity &e)
{
    QJsonObject o = EntityJson::toJson(e);
    QJsonObject attrs = o.value(QStringLiteral("attrs")).toObject();
    for (auto it = attrs.begin(); it != attrs.end(); ++it) {
        QJsonArray list = it.value().toArray();
        QList<QJsonValue> items(list.begin(), list.end());
        std::sort(items.begin(), items.end(), [](const QJsonValue &a, const QJsonValue &b) {
            return a.toObject().value(QStringLiteral("datasetId")).toString() < b.toObject().value(QStringLiteral("datasetId")).toString();
        });
        QJsonArray sorted;
        for (const QJsonValue &v : items)
            sorted.append(v);
        it.value() = sorted;
    }
    o.insert(QStringLiteral("attrs"), attrs);
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

EntityDraft readingDraft(const QString &id, double value, qint64 at)
{
    EntityDraft e;
    e.id = id;
    e.types << QStringLiteral("CrowdFlowObserved");
    AttributeDraft a;
    a.value = value;
    a.observedAt = at;
    a.unitCode = QStringLiteral("C62");
    e.add(QStringLiteral("peopleCount"), a);
    return e;
}

Entity reading(const QString &id, double value, qint64 at)
{
    return readingDraft(id, value, at).toEntity();
}
} // namespace

class TestJournal : public QObject
{
    Q_OBJECT

private slots:
    void everyKindComesBack()
    {
        QTemporaryDir dir;
        CacheFile file;
        QString error;
        QVERIFY2(file.open(dir.filePath(QStringLiteral("c.sqlite")), &error), qPrintable(error));
        Journal journal(&file);
        const Entity in = everyKind();
        QVERIFY(in.attributeCount() >= 14);
        Journal::Stats stats;
        QVERIFY2(journal.append({in}, kT0, QStringLiteral("bruges"), &stats, &error), qPrintable(error));
        QCOMPARE(stats.observations, 13); // 12 observed attributes, speed twice
        const std::vector<Entity> out = journal.stateAt(kT0);
        QCOMPARE(int(out.size()), 1);
        QCOMPARE(canonical(out.front()), canonical(in));
        // Also after closing and reopening the file.
        file.close();
        QVERIFY(file.open(dir.filePath(QStringLiteral("c.sqlite")), &error));
        Journal again(&file);
        QCOMPARE(canonical(again.stateAt(kT0).front()), canonical(in));
        QCOMPARE(again.types(), QStringList{QStringLiteral("OffStreetParking")});
    }

    void duplicatesAreDroppedAndHistoryKept()
    {
        QTemporaryDir dir;
        CacheFile file;
        QString error;
        QVERIFY(file.open(dir.filePath(QStringLiteral("c.sqlite")), &error));
        Journal journal(&file);
        std::vector<Entity> batch;
        for (int i = 0; i < 10; ++i)
            batch.push_back(reading(QStringLiteral("urn:ngsi-ld:CrowdFlowObserved:c%1").arg(i), i, kT0));
        Journal::Stats stats;
        QVERIFY(journal.append(batch, kT0, {}, &stats));
        QCOMPARE(stats.observations, 10);
        QVERIFY(journal.append(batch, kT0 + 5000, {}, &stats)); // the same values again (poll, notification)
        QCOMPARE(stats.observations, 0);
        QCOMPARE(stats.duplicates, 10);
        QCOMPARE(journal.observationCount(), 10);
        for (int step = 1; step <= 4; ++step)
            QVERIFY(journal.append({reading(QStringLiteral("urn:ngsi-ld:CrowdFlowObserved:c3"), 100 + step, kT0 + step * 900000)}, kT0));
        // State at T takes the latest value at or before T; series lists them in time order.
        QCOMPARE(journal.stateAt(kT0 + 2 * 900000 + 1, {}, {QStringLiteral("urn:ngsi-ld:CrowdFlowObserved:c3")}).front().number(u"peopleCount"), 102.0);
        QCOMPARE(journal.stateAt(kT0 - 1).size(), size_t(0)); // nothing was known before
        const QList<TemporalSample> s = journal.series(QStringLiteral("urn:ngsi-ld:CrowdFlowObserved:c3"), QStringLiteral("peopleCount"), kT0, kT0 + 3600000);
        QCOMPARE(s.size(), 5);
        QCOMPARE(s.at(4).value.toDouble(), 104.0);
        QCOMPARE(journal.timeRange().second, kT0 + 4 * 900000);
        // Retention: old rows go, hourly aggregates stay.
        QCOMPARE(journal.prune(kT0 + 2 * 900000), qint64(10 + 1));
        QCOMPARE(journal.series(QStringLiteral("urn:ngsi-ld:CrowdFlowObserved:c3"), QStringLiteral("peopleCount"), kT0, kT0 + 3600000).size(), 3);
        const QList<TemporalSample> hourly = journal.hourly(QStringLiteral("urn:ngsi-ld:CrowdFlowObserved:c3"), QStringLiteral("peopleCount"), kT0, kT0 + 3600000);
        QCOMPARE(hourly.size(), 3); // avg, min, max of the hour
        QCOMPARE(hourly.at(2).value.toDouble(), 101.0);
    }

    void temporalSamplesAreJournaled()
    {
        QTemporaryDir dir;
        CacheFile file;
        QString error;
        QVERIFY(file.open(dir.filePath(QStringLiteral("c.sqlite")), &error));
        Journal journal(&file);
        EntityDraft e = readingDraft(QStringLiteral("urn:ngsi-ld:CrowdFlowObserved:t"), 0, IsoTime::invalid);
        AttributeDraft &a = e.attributes.front().instances.front();
        for (int i = 0; i < 24; ++i)
            a.samples.append({double(i), kT0 + i * 3600000LL, IsoTime::invalid, QString()});
        a.samples.append({42.0, kT0, kT0 + 86400000LL, QStringLiteral("avg")}); // aggregates are not journaled
        Journal::Stats stats;
        QVERIFY(journal.append({e.toEntity()}, kT0, {}, &stats));
        QCOMPARE(stats.observations, 24);
    }

    void newestValueSurvivesBackfillAndStaticsMergeAcrossSessions()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("c.sqlite"));
        auto reading = [](double v, qint64 t) {
            EntityDraft e;
            e.id = QStringLiteral("urn:ngsi-ld:WaterQualityObserved:1");
            e.types << QStringLiteral("WaterQualityObserved");
            AttributeDraft a;
            a.value = v;
            a.observedAt = t;
            e.add(QStringLiteral("pH"), a);
            return e;
        };
        auto addStatic = [](EntityDraft &e, const QString &name, const QString &value) {
            AttributeDraft a;
            a.value = value;
            e.add(name, a);
        };
        // One app session on the cache file.
        struct Session
        {
            CacheFile file;
            std::unique_ptr<Journal> journal;
            explicit Session(const QString &path)
            {
                QString error;
                if (file.open(path, &error))
                    journal = std::make_unique<Journal>(&file);
            }
        };
        {
            Session first(path);
            QVERIFY(first.journal);
            Journal &journal = *first.journal;
            EntityDraft live = reading(7.4, kT0 + 2 * 3600000);
            addStatic(live, QStringLiteral("name"), QStringLiteral("Canal north"));
            QVERIFY(journal.append({live.toEntity()}, kT0 + 2 * 3600000));
            // The temporal backfill arrives afterwards with older values: the newest stays.
            EntityDraft history = reading(0, 0);
            AttributeDraft &ph = history.attributes.front().instances.front();
            ph.observedAt = IsoTime::invalid;
            ph.samples = {{7.1, kT0, IsoTime::invalid, QString()}, {7.2, kT0 + 3600000, IsoTime::invalid, QString()}};
            QVERIFY(journal.append({history.toEntity()}, kT0 + 3 * 3600000));
            QCOMPARE(journal.stateAt(kT0 + 5 * 3600000).front().number(u"pH"), 7.4);
            QCOMPARE(journal.stateAt(kT0 + 3600000 + 1).front().number(u"pH"), 7.2); // review: from history
            QCOMPARE(journal.stateAt(kT0).front().number(u"pH"), 7.1);
        }
        // Next session: a notification with another static attribute; both statics are kept.
        Session second(path);
        QVERIFY(second.journal);
        Journal &journal = *second.journal;
        EntityDraft next = reading(7.5, kT0 + 4 * 3600000);
        addStatic(next, QStringLiteral("dataProvider"), QStringLiteral("Waterschap"));
        QVERIFY(journal.append({next.toEntity()}, kT0 + 4 * 3600000));
        const Entity now = journal.stateAt(kT0 + 5 * 3600000).front();
        QCOMPARE(now.number(u"pH"), 7.5);
        QCOMPARE(now.attribute(u"name")->value().toString(), QStringLiteral("Canal north"));
        QCOMPARE(now.attribute(u"dataProvider")->value().toString(), QStringLiteral("Waterschap"));
        QCOMPARE(journal.entityCount(), 1);
    }

    void staticEntitiesOfAHistoryLoadAreKnownFromItsStart()
    {
        // A sports field (Garden) has no observed attribute: received now with a 30-day history,
        // it must be on the map when the officer reviews last week, not only from now on.
        QTemporaryDir dir;
        CacheFile file;
        QString error;
        QVERIFY2(file.open(dir.filePath(QStringLiteral("c.sqlite")), &error), qPrintable(error));
        Journal journal(&file);
        auto garden = [](const QString &id) {
            EntityDraft e;
            e.id = id;
            e.types << QStringLiteral("Garden");
            AttributeDraft a;
            a.value = QStringLiteral("Stade");
            e.add(QStringLiteral("name"), a);
            return std::move(e).toEntity();
        };
        const qint64 now = kT0 + 30LL * 24 * 3600000;
        QVERIFY(journal.append({garden(QStringLiteral("urn:ngsi-ld:Garden:live"))}, now, {}, nullptr, &error));
        QVERIFY(journal.append({garden(QStringLiteral("urn:ngsi-ld:Garden:history"))}, now, {}, nullptr, &error, kT0));
        QCOMPARE(journal.stateAt(kT0 + 3600000, {QStringLiteral("Garden")}).size(), size_t(1));
        QCOMPARE(journal.stateAt(kT0 - 3600000, {QStringLiteral("Garden")}).size(), size_t(0));
        QCOMPARE(journal.stateAt(now, {QStringLiteral("Garden")}).size(), size_t(2));
        // An entity first seen live and loaded with history later is known from the history's start.
        QVERIFY(journal.append({garden(QStringLiteral("urn:ngsi-ld:Garden:live"))}, now + 60000, {}, nullptr, &error, kT0));
        QCOMPARE(journal.stateAt(kT0 + 3600000, {QStringLiteral("Garden")}).size(), size_t(2));
    }

    void migratesTheVersionOneSchema()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v1.sqlite"));
        sqlite3 *db = nullptr;
        QCOMPARE(sqlite3_open(path.toUtf8().constData(), &db), SQLITE_OK);
        const char *v1 =
            "CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT) WITHOUT ROWID;"
            "CREATE TABLE entity(id INTEGER PRIMARY KEY, uri TEXT NOT NULL UNIQUE, type TEXT NOT NULL,"
            " tenant TEXT NOT NULL DEFAULT '', static_json TEXT, first_seen INTEGER NOT NULL, last_seen INTEGER NOT NULL);"
            "CREATE INDEX entity_type ON entity(type);"
            "CREATE TABLE series(id INTEGER PRIMARY KEY, entity INTEGER NOT NULL REFERENCES entity(id) ON DELETE CASCADE,"
            " name TEXT NOT NULL, dataset TEXT NOT NULL DEFAULT '', UNIQUE(entity, name, dataset));"
            "CREATE TABLE observation(series INTEGER NOT NULL, observed_at INTEGER NOT NULL, received_at INTEGER NOT NULL,"
            " kind INTEGER NOT NULL, vtype INTEGER NOT NULL, num REAL, text TEXT, unit TEXT, extra TEXT,"
            " PRIMARY KEY(series, observed_at)) WITHOUT ROWID;"
            "CREATE INDEX observation_time ON observation(observed_at);"
            "INSERT INTO meta VALUES('clean_close', 1);"
            "INSERT INTO entity VALUES(1, 'urn:ngsi-ld:CrowdFlowObserved:old', 'CrowdFlowObserved', '', NULL, 1000, 1000);"
            "INSERT INTO series VALUES(1, 1, 'peopleCount', '');"
            "INSERT INTO observation VALUES(1, 1000, 1000, 0, 2, 17, NULL, 'C62', NULL);"
            "PRAGMA application_id=1128549169; PRAGMA user_version=1;";
        QCOMPARE(sqlite3_exec(db, v1, nullptr, nullptr, nullptr), SQLITE_OK);
        sqlite3_close(db);
        CacheFile file;
        QString error, notice;
        QVERIFY2(file.open(path, &error, &notice), qPrintable(error));
        QVERIFY(notice.isEmpty());
        QCOMPARE(file.pragmaInt("user_version"), CacheFile::kSchemaVersion);
        Journal journal(&file);
        QCOMPARE(journal.stateAt(2000).front().number(u"peopleCount"), 17.0);
        QVERIFY(journal.prune(2000) == 1); // the version 2 table (hourly) is there
    }

    void damagedOrForeignFilesAreMovedAside_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("reason");
        QTest::newRow("garbage") << QByteArray(8192, 'x') << QStringLiteral("not an SQLite database");
        QTest::newRow("truncated header") << QByteArray("SQLite format 3\0\x10\x00", 18) << QStringLiteral("unreadable");
        QTest::newRow("foreign") << QByteArray() << QStringLiteral("another application");
    }

    void damagedOrForeignFilesAreMovedAside()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, reason);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("c.sqlite"));
        if (content.isEmpty()) { // another application's SQLite file
            sqlite3 *db = nullptr;
            sqlite3_open(path.toUtf8().constData(), &db);
            sqlite3_exec(db, "CREATE TABLE photos(id INTEGER PRIMARY KEY, file TEXT); INSERT INTO photos VALUES(1, 'a.jpg');", nullptr, nullptr, nullptr);
            sqlite3_close(db);
        } else {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(content);
        }
        const QByteArray original = [&] { QFile f(path); f.open(QIODevice::ReadOnly); return f.readAll(); }();
        CacheFile file;
        QString error, notice;
        QVERIFY2(file.open(path, &error, &notice), qPrintable(error));
        QVERIFY2(notice.contains(reason), qPrintable(notice));
        // The old file is kept, byte for byte, beside the new cache.
        const QStringList aside = QDir(dir.path()).entryList({QStringLiteral("c.sqlite.unreadable-*")});
        QVERIFY(!aside.isEmpty());
        QFile kept(dir.filePath(aside.filter(QRegularExpression(QStringLiteral("\\d$"))).value(0)));
        QVERIFY(kept.open(QIODevice::ReadOnly));
        QCOMPARE(kept.readAll(), original);
        Journal journal(&file);
        QVERIFY(journal.append({reading(QStringLiteral("urn:x:1"), 1, kT0)}, kT0));
        QCOMPARE(journal.observationCount(), 1);
    }
};

QTEST_GUILESS_MAIN(TestJournal)
#include "tst_journal.moc"
