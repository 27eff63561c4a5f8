// Pedestrian flows by hour and district against a hand-computed fixture: period counts stamped
// at their end fall in the right local hour, comparisons with last week and last year, busiest
// hours, the towards/away split, districts from the city plan and the privacy threshold in views
// and exports.

#include "MemoryBackend.h"

#include "core/IsoTime.h"
#include "core/TimeCursor.h"
#include "crowding/CrowdReader.h"
#include "crowding/FlowAggregator.h"
#include "crowding/FlowPanel.h"
#include "map/WebMercator.h"
#include "sdk/CityPlan.h"
#include "sdk/DashboardContext.h"
#include "sdk/EntityStore.h"

#include <QTemporaryDir>
#include <QTest>

namespace {
const QString kType = QStringLiteral("CrowdFlowObserved");
const QString kA = QStringLiteral("urn:ngsi-ld:CrowdFlowObserved:a");
const QString kB = QStringLiteral("urn:ngsi-ld:CrowdFlowObserved:b");
const QTimeZone kUtc = QTimeZone::utc();
const QDate kDay(2026, 3, 11); // a Wednesday

qint64 at(const QDate &day, int h, int m)
{
    return QDateTime(day, QTime(0, 0), kUtc).addSecs(h * 3600 + m * 60).toMSecsSinceEpoch();
}

void count(MemoryBackend &b, const QString &id, qint64 t, double people, double towards = -1)
{
    b.add(id, kType, QStringLiteral("peopleCount"), t, people);
    if (towards >= 0) {
        b.add(id, kType, QStringLiteral("peopleCountTowards"), t, towards);
        b.add(id, kType, QStringLiteral("peopleCountAway"), t, people - towards);
    }
}

// Counter a (north): 08:00–09:00 = 10+20+30+40 = 100 (towards 60), 09:00–10:00 = 4 × 5 = 20
// (towards 5), 23:00–24:00 = 9 (stamped at midnight). The 00:00 value (7) closes the day before.
// Counter b (south): 09:00–10:00 = 1 + 1 = 2. A week before, a: 08:00–09:00 = 50; 52 weeks
// before, a: 80.
void fill(MemoryBackend &b)
{
    count(b, kA, at(kDay, 0, 0), 7);
    const double eight[] = {10, 20, 30, 40}, eightTowards[] = {6, 12, 18, 24};
    for (int i = 0; i < 4; ++i)
        count(b, kA, at(kDay, 8, 15 * (i + 1)), eight[i], eightTowards[i]);
    for (int i = 0; i < 4; ++i)
        count(b, kA, at(kDay, 9, 15 * (i + 1)), 5, i == 0 ? 5 : 0);
    count(b, kA, at(kDay.addDays(1), 0, 0), 9);
    count(b, kB, at(kDay, 9, 15), 1);
    count(b, kB, at(kDay, 9, 30), 1);
    count(b, kA, at(kDay.addDays(-7), 9, 0), 50);
    count(b, kA, at(kDay.addDays(-364), 9, 0), 80);
    b.setLocation(kA, kType, Geometry::point(3.0, 50.01));
    b.setLocation(kB, kType, Geometry::point(3.0, 49.99));
}

CityPlan::Layer districts()
{
    auto square = [](const QString &name, double south, double north) {
        MapFeature f;
        f.label = name;
        f.shape = MapFeature::Shape::Polygon;
        f.parts = {QPolygonF{WebMercator::project(2.9, south), WebMercator::project(3.1, south), WebMercator::project(3.1, north),
                             WebMercator::project(2.9, north), WebMercator::project(2.9, south)}};
        return f;
    };
    return {QStringLiteral("districts"), CityPlan::Kind::Areas, {square(QStringLiteral("North"), 50.0, 50.1), square(QStringLiteral("South"), 49.9, 50.0)}};
}

FlowSubject subject(const QString &key, const QStringList &ids)
{
    FlowSubject s{key, key, {}};
    for (const QString &id : ids)
        s.members << FlowSubject::Member{id, kType};
    return s;
}

bool isNaN(double v)
{
    return std::isnan(v);
}
} // namespace

class TestFlowAggregation : public QObject
{
    Q_OBJECT

private slots:
    void hoursOfOneCounter()
    {
        MemoryBackend backend;
        fill(backend);
        EntityStore store;
        store.setBackend(&backend);
        const FlowAggregator agg(&store, {CrowdSource::crowdFlowObserved()}, kUtc, PrivacyThreshold(5));
        const FlowDay d = agg.day(subject(kA, {kA}), kDay, at(kDay.addDays(2), 0, 0));
        QCOMPARE(d.counts[8], 100.0);
        QCOMPARE(d.counts[9], 20.0);
        QCOMPARE(d.counts[23], 9.0);
        QVERIFY(isNaN(d.counts[0])); // 00:00 closed the day before
        QCOMPARE(d.total, 129.0);
        QCOMPARE(d.lastWeek[8], 50.0);
        QCOMPARE(d.lastYear[8], 80.0);
        QVERIFY(d.hasLastWeek() && d.hasLastYear());
        QCOMPARE(d.busiest, (QList<int>{8, 9, 23}));
        QCOMPARE(d.towards, 65.0);
        QCOMPARE(d.away, 55.0);
        QCOMPARE(d.hourInProgress, -1);
        QVERIFY(d.forecast.isEmpty()); // not today
    }

    void districtsAndCitySum()
    {
        MemoryBackend backend;
        fill(backend);
        EntityStore store;
        store.setBackend(&backend);
        CityPlan plan;
        plan.addLayer(districts());
        QCOMPARE(plan.districtNames(), (QStringList{QStringLiteral("North"), QStringLiteral("South")}));
        const QList<CrowdCounter> counters = CrowdReader::read(store.stateAt(at(kDay, 12, 0)), {CrowdSource::crowdFlowObserved()}, &plan,
                                                               at(kDay, 12, 0), 3600 * 1000);
        QCOMPARE(counters.size(), 2);
        QCOMPARE(counters.at(0).district, QStringLiteral("North"));
        QCOMPARE(counters.at(1).district, QStringLiteral("South"));
        QCOMPARE(counters.at(0).count, 5.0); // the newest value at noon
        QVERIFY(counters.at(0).stale);      // none for more than an hour

        const FlowAggregator agg(&store, {CrowdSource::crowdFlowObserved()}, kUtc, PrivacyThreshold(5));
        const FlowDay all = agg.day(subject(QStringLiteral("*"), {kA, kB}), kDay, at(kDay.addDays(2), 0, 0));
        QCOMPARE(all.counts[8], 100.0);
        QCOMPARE(all.counts[9], 22.0);
        // b alone: 2 people in that hour, under k = 5, is not shown and not the busiest.
        const FlowDay b = agg.day(subject(kB, {kB}), kDay, at(kDay.addDays(2), 0, 0));
        QVERIFY(isNaN(b.counts[9]));
        QVERIFY(b.suppressed[9]);
        QVERIFY(b.busiest.isEmpty());
        QVERIFY(isNaN(b.total));
    }

    void privacyThresholdIsConfigurable()
    {
        MemoryBackend backend;
        fill(backend);
        EntityStore store;
        store.setBackend(&backend);
        const FlowDay strict = FlowAggregator(&store, {CrowdSource::crowdFlowObserved()}, kUtc, PrivacyThreshold(25))
                                   .day(subject(kA, {kA}), kDay, at(kDay.addDays(2), 0, 0));
        QVERIFY(strict.suppressed[9] && strict.suppressed[23] && !strict.suppressed[8]);
        QCOMPARE(strict.total, 100.0);
        QCOMPARE(strict.busiest, QList<int>{8});
        const FlowDay open = FlowAggregator(&store, {CrowdSource::crowdFlowObserved()}, kUtc, PrivacyThreshold(1))
                                 .day(subject(kB, {kB}), kDay, at(kDay.addDays(2), 0, 0));
        QCOMPARE(open.counts[9], 2.0);
        QVERIFY(PrivacyThreshold(5).hides(4.9) && !PrivacyThreshold(5).hides(5) && !PrivacyThreshold(5).hides(std::nan("")));
    }

    void hoursFollowLocalTimeAcrossClockChanges()
    {
        const QTimeZone paris("Europe/Paris");
        QVERIFY(paris.isValid());
        // Every 15 minutes on the spring-forward day (23 hours) and the fall-back day (25 hours).
        for (const QDate &day : {QDate(2026, 3, 29), QDate(2026, 10, 25)}) {
            QList<TemporalSample> samples;
            const qint64 from = HourlySeries::dayStart(day, paris), to = HourlySeries::dayEnd(day, paris);
            for (qint64 t = from + 15 * 60000; t <= to; t += 15 * 60000)
                samples << TemporalSample{1.0, t, IsoTime::invalid, {}};
            const QList<HourlySeries::Hour> hours = HourlySeries::fold(samples, HourlySeries::Fold::Sum, paris);
            QCOMPARE(hours.size(), int((to - from) / HourlySeries::kHourMs));
            for (const HourlySeries::Hour &h : hours)
                QCOMPARE(h.value, 4.0);
            const auto profile = HourlySeries::dayProfile(hours, day, paris, HourlySeries::Fold::Sum);
            if (day.month() == 3) {
                QVERIFY(isNaN(profile[2])); // 02:00–03:00 did not exist
            } else {
                QCOMPARE(profile[2], 8.0); // 02:00–03:00 happened twice
            }
            QCOMPARE(profile[12], 4.0);
        }
        // Levels are averaged, not summed.
        const QList<TemporalSample> levels{{0.2, at(kDay, 10, 15), IsoTime::invalid, {}}, {0.4, at(kDay, 10, 45), IsoTime::invalid, {}},
                                           {QStringLiteral("n/a"), at(kDay, 10, 50), IsoTime::invalid, {}}};
        const QList<HourlySeries::Hour> mean = HourlySeries::fold(levels, HourlySeries::Fold::Mean, kUtc, false);
        QCOMPARE(mean.size(), 1);
        QCOMPARE(mean.constFirst().value, 0.3);
    }

    void csvExportHidesWhatTheViewHides()
    {
        MemoryBackend backend;
        fill(backend);
        DashboardContext context;
        context.store()->setBackend(&backend);
        context.timeCursor()->setClock([] { return QDateTime(kDay.addDays(2), QTime(0, 0), kUtc); });
        CityPlan *plan = context.cityPlan();
        plan->addLayer(districts());
        FlowPanel panel(&context);
        panel.setTimeZone(kUtc);
        panel.setConfiguration({CrowdSource::crowdFlowObserved()}, PrivacyThreshold(5));
        panel.setCounters(CrowdReader::read(context.store()->stateAt(at(kDay, 12, 0)), {CrowdSource::crowdFlowObserved()}, plan,
                                            at(kDay, 12, 0), 3600 * 1000));
        QCOMPARE(panel.subjects().size(), 5); // all, North, South, a, b
        panel.selectSubject(kB);
        panel.setDay(kDay);
        panel.refresh();
        QVERIFY(panel.current().suppressed[9]);
        QVERIFY(panel.summaryText().contains(QStringLiteral("fewer than 5")));

        QTemporaryDir dir;
        QString error;
        const QString path = dir.filePath(QStringLiteral("flows.csv"));
        QVERIFY2(panel.exportCsv(path, &error), qPrintable(error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.constFirst(), QStringLiteral("subject,date,hour,people,sameWeekdayLastWeek,sameWeekdayLastYear,forecast,note"));
        QCOMPARE(lines.size(), 1 + 24 * 4); // b, all, North, South
        QVERIFY(lines.contains(QStringLiteral("b,2026-03-11,9,,,,,fewer than 5 people")));
        QVERIFY(lines.contains(QStringLiteral("All counters,2026-03-11,9,22,,,,")));
        QVERIFY(lines.contains(QStringLiteral("District: North,2026-03-11,8,100,50,80,,")));
    }
};

QTEST_MAIN(TestFlowAggregation)
#include "tst_flowaggregation.moc"
