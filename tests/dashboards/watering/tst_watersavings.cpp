// Water saved against the analogue scenario on a hand-built week: one field with a meter (its
// water is metered), one without (its water is the replayed decisions'), the fixed schedule's
// 5 mm a day on each; per day, week, month and season, over a KPI's period, as CSV. The plan in
// review holds what the cache held at the decision time; the what-if with the rule in force is
// the replay of the same days, and with another rule it moves the soil by hand-computed amounts.

#include "MemoryBackend.h"

#include "watering/WaterSavings.h"
#include "watering/WhatIf.h"

#include "watering/WateringAlarms.h"
#include "watering/WateringMonitor.h"

#include "core/TimeCursor.h"
#include "sdk/AlarmBoard.h"
#include "sdk/DashboardContext.h"
#include "sdk/EntityStore.h"
#include "sdk/KpiBoard.h"

#include <QSettings>
#include <QTemporaryDir>

#include <QTest>

namespace {
const QTimeZone kZone(3600);
const QDate kMonday(2026, 7, 6);
const QString kA = QStringLiteral("urn:ngsi-ld:Garden:a");
const QString kB = QStringLiteral("urn:ngsi-ld:Garden:b");
const QString kRecordA = QStringLiteral("urn:ngsi-ld:GreenspaceRecord:a");
const QString kRecordB = QStringLiteral("urn:ngsi-ld:GreenspaceRecord:b");
const QString kMeterA = QStringLiteral("urn:ngsi-ld:WaterConsumptionObserved:a");

qint64 local(int dayOffset, int hour, int minute = 0)
{
    return DecisionEngine::at(kMonday.addDays(dayOffset), hour * 60 + minute, kZone);
}

Geometry field(double x, double widthM, double heightM)
{
    const double mLat = 6371008.8 * M_PI / 180.0, mLon = mLat * std::cos(49.85 * M_PI / 180.0);
    QList<QPointF> ring;
    for (QPointF p : {QPointF(0, 0), QPointF(widthM, 0), QPointF(widthM, heightM), QPointF(0, heightM), QPointF(0, 0)})
        ring << QPointF(3.28 + (x + p.x()) / mLon, 49.85 + p.y() / mLat);
    return Geometry(Geometry::Type::Polygon, ring);
}
} // namespace

class TestWaterSavings : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_backend = MemoryBackend();
        m_store.setBackend(nullptr);
        m_backend.addStatic(kA, QStringLiteral("Garden"), QStringLiteral("name"), QStringLiteral("Stade A"));
        m_backend.setLocation(kA, QStringLiteral("Garden"), field(0, 100, 64));
        m_backend.addStatic(kA, QStringLiteral("Garden"), QStringLiteral("refRecord"), kRecordA);
        m_backend.addStatic(kB, QStringLiteral("Garden"), QStringLiteral("name"), QStringLiteral("Stade B"));
        m_backend.setLocation(kB, QStringLiteral("Garden"), field(300, 100, 80));
        m_backend.addStatic(kRecordB, QStringLiteral("GreenspaceRecord"), QStringLiteral("refGreenspace"), kB);
        m_backend.addStatic(kMeterA, QStringLiteral("WaterConsumptionObserved"), QStringLiteral("refGreenspace"), kA);
        // B at each decision time: watered Monday and Wednesday (11.25 mm) and Friday (12 mm, the window's cap).
        const double b[7] = {0.265, 0.30, 0.265, 0.30, 0.25, 0.30, 0.30};
        for (int d = 0; d < 7; ++d) {
            m_backend.add(kRecordA, QStringLiteral("GreenspaceRecord"), QStringLiteral("soilMoistureVwc"), local(d, 5), 0.30);
            m_backend.add(kRecordB, QStringLiteral("GreenspaceRecord"), QStringLiteral("soilMoistureVwc"), local(d, 5), b[d]);
        }
        // Wednesday: 0.31 read at 02:00 (the provisional plan skips), 0.40 after the watering.
        m_backend.add(kRecordB, QStringLiteral("GreenspaceRecord"), QStringLiteral("soilMoistureVwc"), local(2, 2), 0.31);
        m_backend.add(kRecordB, QStringLiteral("GreenspaceRecord"), QStringLiteral("soilMoistureVwc"), local(2, 7), 0.40);
        // A's meter at each local midnight: 40 m³ on Monday, 35 on Wednesday and on Saturday.
        const double readings[8] = {1000, 1040, 1040, 1075, 1075, 1075, 1110, 1110};
        for (int d = 0; d < 8; ++d)
            m_backend.add(kMeterA, QStringLiteral("WaterConsumptionObserved"), QStringLiteral("waterConsumption"), local(d, 0), readings[d]);
        m_store.setBackend(&m_backend);
        m_areaA = DecisionEngine::ringArea(field(0, 100, 64).ringPolygon(0));
        m_areaB = DecisionEngine::ringArea(field(300, 100, 80).ringPolygon(0));
        QVERIFY(std::abs(m_areaA - 6400) < 1 && std::abs(m_areaB - 8000) < 1);
    }

    void readsTheFields()
    {
        const WateringReader::Snapshot s = WateringReader::read(m_store, local(2, 12));
        QCOMPARE(s.fields.size(), 2);
        QCOMPARE(s.fields.at(0).name, QStringLiteral("Stade A"));
        QCOMPARE(s.fields.at(0).recordId, kRecordA); // through the Garden's refRecord
        QCOMPARE(s.fields.at(0).meterId, kMeterA);
        QCOMPARE(s.fields.at(1).recordId, kRecordB); // through the record's refGreenspace
        QVERIFY(s.fields.at(1).meterId.isEmpty());
        QCOMPARE(s.fields.at(1).moisture, 0.40);
        QVERIFY(s.forecast.isEmpty());
    }

    void dailyWeeklyMonthlySeasonal()
    {
        WateringPlanner planner(&m_store, kZone);
        const WateringReader::Snapshot s = WateringReader::read(m_store, local(7, 0));
        const WateringSettings settings;
        const QList<WaterSavings::DayUse> days = WaterSavings::daily(planner, s.fields, settings, kMonday, kMonday.addDays(6), local(7, 0));
        QCOMPARE(days.size(), 14);
        const double metered[7] = {40, 0, 35, 0, 0, 35, 0};
        const double computed[7] = {11.25, 0, 11.25, 0, 12, 0, 0}; // mm
        double smartB = 0;
        for (const WaterSavings::DayUse &u : days) {
            const int d = int(kMonday.daysTo(u.day));
            if (u.fieldId == kA) {
                QVERIFY(u.metered);
                QCOMPARE(u.smart, metered[d]);
                QVERIFY(qFuzzyCompare(u.baseline, 0.005 * m_areaA));
            } else {
                QVERIFY(!u.metered);
                QVERIFY2(std::abs(u.smart - computed[d] / 1000 * m_areaB) < 1e-6, qPrintable(u.day.toString()));
                smartB += u.smart;
            }
        }
        const double smart = 110 + smartB;
        const double baseline = 7 * 0.005 * (m_areaA + m_areaB);
        for (auto period : {WaterSavings::Period::Week, WaterSavings::Period::Month, WaterSavings::Period::Season}) {
            const QList<WaterSavings::Row> rows = WaterSavings::aggregate(days, period);
            QCOMPARE(rows.size(), 1);
            QVERIFY(std::abs(rows.first().smart - smart) < 1e-6);
            QVERIFY(std::abs(rows.first().baseline - baseline) < 1e-6);
            QCOMPARE(rows.first().days, 7);
            QVERIFY(std::abs(rows.first().savedPercent() - 100 * (baseline - smart) / baseline) < 1e-9);
        }
        QCOMPARE(WaterSavings::aggregate(days, WaterSavings::Period::Season).first().label, QStringLiteral("Summer 2026"));
        QCOMPARE(WaterSavings::aggregate(days, WaterSavings::Period::Week).first().label, QStringLiteral("Week 28, 2026"));
        const QList<WaterSavings::Row> perDay = WaterSavings::aggregate(days, WaterSavings::Period::Day, kA);
        QCOMPARE(perDay.size(), 7);
        QCOMPARE(perDay.at(2).smart, 35.0);
        QCOMPARE(WaterSavings::periodStart(QDate(2027, 2, 10), WaterSavings::Period::Season), QDate(2026, 12, 1));
        QCOMPARE(WaterSavings::periodStart(QDate(2026, 11, 30), WaterSavings::Period::Season), QDate(2026, 9, 1));

        // A KPI's period: the same week as waterings started in it.
        const WaterSavings::Row week = WaterSavings::between(planner, s.fields, settings, local(0, 0), local(7, 0));
        QVERIFY(std::abs(week.smart - smart) < 1e-6);
        QVERIFY(std::abs(week.baseline - baseline) < 1e-6);
        // From Tuesday 06:00: Monday's baseline and waterings are out, the meter counts from its reading before.
        const WaterSavings::Row fromTuesday = WaterSavings::between(planner, s.fields, settings, local(1, 6), local(7, 0));
        QVERIFY(std::abs(fromTuesday.baseline - 5 * 0.005 * (m_areaA + m_areaB)) < 1e-6); // Wednesday … Sunday
        QVERIFY(std::abs(fromTuesday.smart - (70 + 23.25 / 1000 * m_areaB)) < 1e-6);

        const QByteArray csv = WaterSavings::csv(WaterSavings::aggregate(days, WaterSavings::Period::Week), 2.0, QStringLiteral("All, fields"));
        const QList<QByteArray> lines = csv.trimmed().split('\n');
        QCOMPARE(lines.size(), 2);
        QVERIFY(lines.at(1).startsWith("\"All, fields\",\"Week 28, 2026\",2026-07-06,2026-07-12,7,"));
        QVERIFY(lines.at(1).endsWith("," + QByteArray::number((baseline - smart) * 2.0, 'f', 2)));

        // Until Wednesday 12:00, Wednesday counts what happened so far.
        const QList<WaterSavings::DayUse> partial = WaterSavings::daily(planner, s.fields, settings, kMonday.addDays(2), kMonday.addDays(2), local(2, 12));
        QCOMPARE(partial.size(), 2);
        QCOMPARE(partial.at(0).smart, 0.0); // A's reading of Thursday midnight is not there yet
    }

    void reviewShowsThePlanThatHeldThen()
    {
        WateringPlanner planner(&m_store, kZone);
        const WateringSettings settings;
        const QList<WateringPlanner::FieldPlan> early = planner.planAt(local(2, 3), settings);
        QCOMPARE(early.size(), 2);
        QVERIFY(early.at(1).provisional);
        QCOMPARE(early.at(1).decision.action, WateringDecision::Action::Skip); // 0.31 read at 02:00
        const QList<WateringPlanner::FieldPlan> noon = planner.planAt(local(2, 12), settings);
        QVERIFY(!noon.at(1).provisional);
        QCOMPARE(noon.at(1).decision.action, WateringDecision::Action::Water); // 0.265 at 05:00, not the 0.40 read later
        QCOMPARE(noon.at(1).decision.moisture, 0.265);
        QVERIFY(noon.at(1).decision.noForecast);
    }

    void whatIfWithTheRuleInForceIsTheReplay()
    {
        WateringPlanner planner(&m_store, kZone);
        const WateringReader::Snapshot s = WateringReader::read(m_store, local(7, 0));
        const WateringSettings settings;
        const WhatIf::Result same = WhatIf::run(planner, s.fields, settings, settings, kMonday, kMonday.addDays(6));
        const WateringPlanner::Replay replay = planner.replay(kMonday, kMonday.addDays(6), settings, {kA, kB});
        double replayed = 0;
        for (const auto &days : replay) {
            for (const WateringDecision &d : days)
                replayed += d.volume;
        }
        QVERIFY(replayed > 0);
        QVERIFY(std::abs(same.whatIfM3() - replayed) < 1e-9);
        QVERIFY(std::abs(same.actualM3() - replayed) < 1e-9);
        QCOMPARE(same.fields.at(1).whatIfWaterings, 3);
        QCOMPARE(same.whatIfDryDays(), same.actualDryDays());

        // Water only below 0.10: B skips Monday, Wednesday and Friday (−0.075, −0.075, −0.08), reads
        // 0.07 on Saturday at 05:00, is watered then (12 mm) and is no longer dry on Sunday.
        WateringSettings stingy;
        stingy.defaults.dryThreshold = 0.10;
        stingy.defaults.criticalThreshold = 0.10;
        const WhatIf::Result other = WhatIf::run(planner, s.fields, settings, stingy, kMonday, kMonday.addDays(6));
        const WhatIf::Field &b = other.fields.at(1);
        QCOMPARE(b.id, kB);
        QCOMPARE(b.actualWaterings, 3);
        QCOMPARE(b.whatIfWaterings, 1);
        QVERIFY(std::abs(b.whatIfM3 - 0.012 * m_areaB) < 1e-9);
        QCOMPARE(b.actualDryDays, 0);
        QCOMPARE(b.whatIfDryDays, 1);
        QCOMPARE(other.fields.at(0).whatIfWaterings, 0);
    }

    void alarmsWhileLive()
    {
        // Monday 12:00 after the week: B's probe has been silent since Sunday 05:00, A has read
        // below the critical level all day, A's meter counted water during a shower, and no
        // forecast came.
        const QString station = QStringLiteral("urn:ngsi-ld:WeatherObserved:s");
        for (int h = 0; h <= 26; ++h) {
            m_backend.add(kRecordA, QStringLiteral("GreenspaceRecord"), QStringLiteral("soilMoistureVwc"), local(6, 10) + h * 3600000LL, 0.18);
            m_backend.add(station, QStringLiteral("WeatherObserved"), QStringLiteral("precipitation"), local(6, 10) + h * 3600000LL,
                          h == 20 ? 1.2 : 0.0);
        }
        m_backend.add(kMeterA, QStringLiteral("WaterConsumptionObserved"), QStringLiteral("waterConsumption"), local(7, 6), 1110.0);
        m_backend.add(kMeterA, QStringLiteral("WaterConsumptionObserved"), QStringLiteral("waterConsumption"), local(7, 7), 1140.0);
        const qint64 t = local(7, 12);
        const WateringReader::Snapshot snap = WateringReader::read(m_store, t);
        QStringList keys;
        for (const WateringAlarms::Condition &c : WateringAlarms::check(m_store, snap, WateringSettings(), kZone))
            keys << c.key;
        keys.sort();
        QCOMPARE(keys, (QStringList{QStringLiteral("dry|") + kA, QStringLiteral("forecast"),
                                    QStringLiteral("rainwater|%1|%2").arg(kA).arg(local(7, 7)), QStringLiteral("silent|") + kB}));

        // Through the sdk: raised once while live, cleared when the forecast comes back, none in review.
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("w.ini")), QSettings::IniFormat);
        DashboardContext context;
        context.setSettings(&settings);
        context.timeCursor()->setClock([t] { return IsoTime::toDateTime(t); });
        context.store()->setBackend(&m_backend);
        {
            const QString kId = QStringLiteral("org.citydeck.watering");
            WateringSettings zoned;
            zoned.timeZoneId = "UTC+01:00";
            zoned.save(&settings);
            WateringMonitor monitor(&context, kId);
            monitor.update();
            QCOMPARE(context.alarms()->alarms().size(), 4);
            monitor.update();
            QCOMPARE(context.alarms()->alarms().size(), 4);
            QCOMPARE(context.kpis()->kpis().size(), 3);
            for (int k = 0; k < 24; ++k) {
                const QString id = QStringLiteral("urn:ngsi-ld:WeatherForecast:h%1").arg(k);
                const qint64 start = local(7, 11) + k * 3600000LL;
                m_backend.add(id, QStringLiteral("WeatherForecast"), QStringLiteral("validFrom"), local(7, 11), IsoTime::toDateTime(start));
                m_backend.add(id, QStringLiteral("WeatherForecast"), QStringLiteral("validTo"), local(7, 11), IsoTime::toDateTime(start + 3600000LL));
                m_backend.add(id, QStringLiteral("WeatherForecast"), QStringLiteral("dateIssued"), local(7, 11), IsoTime::toDateTime(local(7, 11)));
                m_backend.add(id, QStringLiteral("WeatherForecast"), QStringLiteral("precipitationProbability"), local(7, 11), 0.1);
            }
            monitor.update();
            int cleared = 0;
            for (const Alarm &a : context.alarms()->alarms())
                cleared += a.isCleared() ? 1 : 0;
            QCOMPARE(cleared, 1);
            QVERIFY(!monitor.activeConditions().contains(QStringLiteral("forecast")));
            context.timeCursor()->review(IsoTime::toDateTime(local(3, 12)));
            monitor.update();
            QCOMPARE(context.alarms()->alarms().size(), 4);
        }
    }

private:
    MemoryBackend m_backend;
    EntityStore m_store;
    double m_areaA = 0;
    double m_areaB = 0;
};

QTEST_GUILESS_MAIN(TestWaterSavings)
#include "tst_watersavings.moc"
