// The sdk's data path for dashboards: the store facade, the state-at-cursor model, the "as of"
// line, stale marking and CSV export — over an in-memory backend.

#include "core/EntityDraft.h"
#include "MemoryBackend.h"

#include "core/IsoTime.h"
#include "core/TimeCursor.h"
#include "core/UnitFormatter.h"
#include "sdk/AsOfLabel.h"
#include "sdk/CsvExport.h"
#include "sdk/DashboardContext.h"
#include "sdk/EntityStateModel.h"
#include "sdk/EntityStore.h"

#include <QBuffer>
#include <QLocale>
#include <QSignalSpy>
#include <QTest>

namespace {
constexpr qint64 kMinute = 60000;
const qint64 kT0 = IsoTime::parse(std::string_view("2026-03-14T08:00:00Z"));

// Two counters every 15 minutes for two hours; the second stops reporting after 08:30.
void fill(MemoryBackend &b)
{
    for (int i = 0; i <= 8; ++i) {
        b.add(QStringLiteral("urn:ngsi-ld:CrowdFlowObserved:a"), QStringLiteral("CrowdFlowObserved"), QStringLiteral("peopleCount"),
              kT0 + i * 15 * kMinute, double(10 * i), QStringLiteral("C62"));
        if (i <= 2)
            b.add(QStringLiteral("urn:ngsi-ld:CrowdFlowObserved:b"), QStringLiteral("CrowdFlowObserved"), QStringLiteral("peopleCount"),
                  kT0 + i * 15 * kMinute, double(100 + i), QStringLiteral("C62"));
    }
    b.addStatic(QStringLiteral("urn:ngsi-ld:CrowdFlowObserved:a"), QStringLiteral("CrowdFlowObserved"), QStringLiteral("name"),
                QStringLiteral("Rue d'Isle, \"north\""));
    b.add(QStringLiteral("urn:ngsi-ld:WeatherObserved:w"), QStringLiteral("WeatherObserved"), QStringLiteral("temperature"),
          kT0, 11.5, QStringLiteral("CEL"));
}
} // namespace

class TestEntityStore : public QObject
{
    Q_OBJECT

private slots:
    void facadeWithoutBackendIsEmpty()
    {
        EntityStore store;
        QVERIFY(!store.hasData());
        QVERIFY(store.stateAt(kT0).empty());
        QVERIFY(store.series(QStringLiteral("x"), QStringLiteral("y"), 0, kT0).isEmpty());
        QCOMPARE(store.timeRange().first, IsoTime::invalid);
        MemoryBackend backend;
        fill(backend);
        QSignalSpy reset(&store, &EntityStore::reset);
        store.setBackend(&backend);
        QCOMPARE(reset.count(), 1);
        QCOMPARE(store.types(), (QStringList{QStringLiteral("CrowdFlowObserved"), QStringLiteral("WeatherObserved")}));
        QCOMPARE(store.timeRange().second, kT0 + 120 * kMinute);
        QCOMPARE(store.stateAt(kT0 + 20 * kMinute, {QStringLiteral("CrowdFlowObserved")}).size(), size_t(2));
    }

    void staleness()
    {
        QVERIFY(!EntityStore::isStale(Entity(), kT0, kMinute)); // nothing observed: static, not stale
        EntityDraft draft;
        AttributeDraft a;
        a.observedAt = kT0;
        draft.add(QStringLiteral("x"), a);
        a.observedAt = kT0 + 5 * kMinute;
        draft.add(QStringLiteral("y"), a);
        const Entity e = draft.toEntity();
        QCOMPARE(EntityStore::lastObserved(e), kT0 + 5 * kMinute);
        QVERIFY(!EntityStore::isStale(e, kT0 + 15 * kMinute, 10 * kMinute));
        QVERIFY(EntityStore::isStale(e, kT0 + 15 * kMinute + 1, 10 * kMinute));
    }

    void modelFollowsTheCursor()
    {
        DashboardContext context;
        qint64 now = kT0 + 120 * kMinute;
        context.timeCursor()->setClock([&now] { return IsoTime::toDateTime(now); });
        MemoryBackend backend;
        fill(backend);
        context.store()->setBackend(&backend);
        EntityStateModel model(&context);
        model.setTypes({QStringLiteral("CrowdFlowObserved")});
        model.setAttributes({QStringLiteral("peopleCount"), QStringLiteral("name")});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.columnCount(), int(EntityStateModel::FixedColumnCount) + 2);
        const int a = model.rowOf(QStringLiteral("urn:ngsi-ld:CrowdFlowObserved:a"));
        const int b = model.rowOf(QStringLiteral("urn:ngsi-ld:CrowdFlowObserved:b"));
        const int count = EntityStateModel::FixedColumnCount;
        QCOMPARE(model.index(a, count).data(EntityStateModel::SortRole).toDouble(), 80.0);
        QCOMPARE(model.index(a, count + 1).data().toString(), QStringLiteral("Rue d'Isle, \"north\""));
        // Live at 10:00: b last reported 08:30, 90 minutes ago — stale past the 60-minute default.
        QCOMPARE(model.asOf(), kT0 + 120 * kMinute);
        QVERIFY(model.index(b, 0).data(EntityStateModel::StaleRole).toBool());
        QVERIFY(!model.index(a, 0).data(EntityStateModel::StaleRole).toBool());
        QCOMPARE(model.index(b, EntityStateModel::StatusColumn).data().toString(), QStringLiteral("stale"));
        QCOMPARE(model.staleCount(), 1);
        QVERIFY(AsOfLabel::describe(&model).startsWith(QStringLiteral("Live — as of")));
        QVERIFY(AsOfLabel::describe(&model).contains(QStringLiteral("1 of 2 stale")));
        // The broker stops answering: the same data, never called live.
        const QDateTime lostAt = QDateTime::currentDateTimeUtc();
        context.store()->setFeedProblem(QStringLiteral("broker unreachable"), lostAt);
        const QString since = QLocale().toString(lostAt.toLocalTime().time(), QLocale::ShortFormat);
        QVERIFY2(AsOfLabel::describe(&model).startsWith(QStringLiteral("NOT LIVE — data as of ")), qPrintable(AsOfLabel::describe(&model)));
        QVERIFY(AsOfLabel::describe(&model).contains(QStringLiteral("broker unreachable since ") + since));
        QVERIFY(!context.store()->isFeedLive());
        context.store()->setFeedProblem({}, {});
        QVERIFY(AsOfLabel::describe(&model).startsWith(QStringLiteral("Live — as of")));

        // Review at 08:20: values of 08:15, nobody stale; the model re-reads by itself.
        QSignalSpy refreshed(&model, &EntityStateModel::refreshed);
        context.timeCursor()->review(IsoTime::toDateTime(kT0 + 20 * kMinute));
        QVERIFY(refreshed.wait(2000));
        QCOMPARE(model.index(a, count).data(EntityStateModel::SortRole).toDouble(), 10.0);
        QCOMPARE(model.index(b, count).data(EntityStateModel::SortRole).toDouble(), 101.0);
        QCOMPARE(model.staleCount(), 0);
        QCOMPARE(model.asOf(), kT0 + 15 * kMinute);
        QVERIFY(AsOfLabel::describe(&model).startsWith(QStringLiteral("Review at")));

        // In review, new live values do not move what is shown (no re-read at all).
        const int callsBefore = backend.calls;
        context.store()->notifyStored(now);
        QTest::qWait(400);
        QCOMPARE(backend.calls, callsBefore);
        // A tighter threshold for this model only.
        model.setStaleAfterMs(4 * kMinute);
        QCOMPARE(model.staleCount(), 2);
        // Before any data: no rows, and the line says so.
        context.timeCursor()->review(IsoTime::toDateTime(kT0 - kMinute));
        QVERIFY(refreshed.wait(2000));
        QCOMPARE(model.rowCount(), 1); // a has a static name, no value yet
        QCOMPARE(model.index(0, EntityStateModel::StatusColumn).data().toString(), QStringLiteral("static"));
    }

    void liveModelRereadsOnNewValues()
    {
        DashboardContext context;
        qint64 now = kT0 + 10 * kMinute;
        context.timeCursor()->setClock([&now] { return IsoTime::toDateTime(now); });
        MemoryBackend backend;
        context.store()->setBackend(&backend);
        EntityStateModel model(&context);
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(AsOfLabel::describe(&model), QStringLiteral("Live — no data in the cache yet"));
        fill(backend);
        QSignalSpy refreshed(&model, &EntityStateModel::refreshed);
        for (int i = 0; i < 5; ++i)
            context.store()->notifyStored(now); // a burst: one re-read
        QVERIFY(refreshed.wait(2000));
        QTest::qWait(300);
        QCOMPARE(refreshed.count(), 1);
        QCOMPARE(model.rowCount(), 3);
    }

    void unitsAndAttributeText()
    {
        UnitFormatter units;
        units.setLocale(QLocale::c());
        QCOMPARE(units.measured(11.5, QStringLiteral("CEL")), QStringLiteral("11.5 °C"));
        QCOMPARE(units.measured(1500, QStringLiteral("KWH")), QStringLiteral("1.50 MWh"));
        QCOMPARE(units.measured(42, QStringLiteral("C62")), QStringLiteral("42"));
        QCOMPARE(units.measured(3.25, QStringLiteral("XYZ")), QStringLiteral("3.25 XYZ"));
        units.setSystem(UnitFormatter::System::Imperial);
        QCOMPARE(units.measured(0, QStringLiteral("CEL")), QStringLiteral("32 °F"));
        EntityDraft draft;
        draft.add(QStringLiteral("rel"), AttributeDraft(Attribute::Kind::Relationship)).objects = {QStringLiteral("urn:ngsi-ld:Building:1")};
        draft.add(QStringLiteral("geo"), AttributeDraft(Attribute::Kind::GeoProperty)).geometry = Geometry::point(3.2876, 49.8489);
        const Entity e = std::move(draft).toEntity();
        QCOMPARE(units.attributeText(*e.attribute(u"rel")), QStringLiteral("urn:ngsi-ld:Building:1"));
        QCOMPARE(units.attributeText(*e.attribute(u"geo")), QStringLiteral("Point (49.84890, 3.28760)"));
    }

    void csvExport()
    {
        MemoryBackend backend;
        fill(backend);
        EntityStore store;
        store.setBackend(&backend);
        CsvExport::Selection s;
        s.types = {QStringLiteral("CrowdFlowObserved")};
        s.from = kT0 + 15 * kMinute;
        s.to = kT0 + 45 * kMinute;
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        QCOMPARE(CsvExport::write(store, s, &buffer), qint64(5)); // a: 3 values, b: 2 (08:15, 08:30)
        const QStringList lines = QString::fromUtf8(buffer.data()).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 6);
        QCOMPARE(lines.at(0), QStringLiteral("entityId,entityType,attribute,datasetId,observedAt,value,unitCode"));
        QVERIFY(lines.contains(QStringLiteral("urn:ngsi-ld:CrowdFlowObserved:a,CrowdFlowObserved,peopleCount,,2026-03-14T08:15:00Z,10,C62")));
        QVERIFY(lines.contains(QStringLiteral("urn:ngsi-ld:CrowdFlowObserved:b,CrowdFlowObserved,peopleCount,,2026-03-14T08:30:00Z,102,C62")));
        QCOMPARE(CsvExport::field(QStringLiteral("a,\"b\"\nc")), QStringLiteral("\"a,\"\"b\"\"\nc\""));
        QCOMPARE(CsvExport::valueText(0.1), QStringLiteral("0.1"));
        // A device that refuses to write: an error, not a crash.
        QBuffer closed;
        QString error;
        QCOMPARE(CsvExport::write(store, s, &closed, &error), qint64(-1));
        QVERIFY(!error.isEmpty());
    }
};

QTEST_MAIN(TestEntityStore)
#include "tst_entitystore.moc"
