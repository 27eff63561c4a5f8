// The watering rule of docs/WATERING.md, headless and table-driven: each case is a field at the
// decision time (05:00 local, UTC+1) with its soil, forecast, reservations and mowing, and the
// decision, volume and reason computed by hand.

#include "watering/DecisionEngine.h"
#include "watering/WateringSettings.h"

#include <QDateTime>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

namespace {
const QTimeZone kZone(3600);
const QDate kDay(2026, 7, 15);
constexpr qint64 kHour = 3600LL * 1000;
constexpr double kArea = 6400; // m²

qint64 local(int hour, int minute = 0, int dayOffset = 0)
{
    return DecisionEngine::at(kDay.addDays(dayOffset), hour * 60 + minute, kZone);
}

// Hourly forecast issued at 05:00: `rain` maps a local hour to (probability, mm); other hours dry.
QList<ForecastHour> forecast(const QList<std::tuple<int, double, double>> &rain, qint64 issued = local(5))
{
    QList<ForecastHour> out;
    for (int k = 0; k < 24; ++k) {
        ForecastHour h{issued + k * kHour, issued + (k + 1) * kHour, 0.05, 0.0, issued};
        const int hour = QDateTime::fromMSecsSinceEpoch(h.start, kZone).time().hour();
        for (const auto &[rainHour, p, mm] : rain) {
            if (rainHour == hour && h.start < issued + 18 * kHour) {
                h.probability = p;
                h.mm = mm;
            }
        }
        out << h;
    }
    return out;
}

FieldInput field(double moisture, const QList<TimeSpan> &reservations = {}, const QList<TimeSpan> &mowings = {})
{
    return FieldInput{QStringLiteral("urn:ngsi-ld:Garden:test"), QStringLiteral("Test field"), kArea, moisture, local(5), reservations, mowings};
}
} // namespace

Q_DECLARE_METATYPE(FieldInput)
Q_DECLARE_METATYPE(ForecastHour)
Q_DECLARE_METATYPE(WateringDecision::Action)
Q_DECLARE_METATYPE(WateringDecision::Reason)

class TestDecisionEngine : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QLocale::setDefault(QLocale::c());
    }

    void decides_data()
    {
        QTest::addColumn<FieldInput>("input");
        QTest::addColumn<QList<ForecastHour>>("weather");
        QTest::addColumn<WateringDecision::Action>("action");
        QTest::addColumn<WateringDecision::Reason>("reason");
        QTest::addColumn<double>("volume");
        QTest::addColumn<qint64>("start");
        QTest::addColumn<QString>("says");

        using A = WateringDecision::Action;
        using R = WateringDecision::Reason;
        const QList<ForecastHour> dry = forecast({});
        const QList<ForecastHour> afternoonRain = forecast({{14, 0.72, 2.0}, {15, 0.7, 2.5}, {16, 0.65, 1.5}});
        const qint64 none = IsoTime::invalid;
        // (0.34 − 0.265) × 150 mm = 11.25 mm over 6 400 m² = 72 m³, 1 h 52 min 30 s at 6 mm/h.
        QTest::newRow("dry soil, rain later today: skip") << field(0.22) << afternoonRain << A::Skip << R::Rain << 0.0 << none
                                                          << QStringLiteral("rain expected 14:00–17:00, 72 %, 6.0 mm: skipped although the soil is dry");
        QTest::newRow("dry soil, no rain: water") << field(0.265) << dry << A::Water << R::None << 72.0 << local(5)
                                                  << QStringLiteral("water 72.0 m³ at 05:00");
        QTest::newRow("very dry: capped by the window") << field(0.20) << dry << A::Water << R::None << 76.8 << local(5)
                                                        << QStringLiteral("water 76.8 m³ at 05:00"); // 6 mm/h × 2 h = 12 mm
        QTest::newRow("likely but light rain: water") << field(0.265) << forecast({{15, 0.8, 1.0}}) << A::Water << R::None << 72.0 << local(5)
                                                      << QStringLiteral("no rain expected");
        QTest::newRow("heavy but unlikely rain: water") << field(0.265) << forecast({{15, 0.4, 8.0}}) << A::Water << R::None << 72.0 << local(5)
                                                        << QStringLiteral("water 72.0 m³");
        QTest::newRow("rain beyond the horizon: water") << field(0.265) << forecast({{22, 0.9, 5.0}}) << A::Water << R::None << 72.0 << local(5)
                                                        << QStringLiteral("water 72.0 m³");
        QTest::newRow("moist soil: skip") << field(0.30) << dry << A::Skip << R::Moist << 0.0 << none
                                          << QStringLiteral("soil moist enough (0.300 ≥ 0.270 m³/m³)");
        QTest::newRow("reserved over the window: shifted") << field(0.265, {{local(6), local(9), QStringLiteral("School sport")}}) << dry << A::Shifted
                                                           << R::Reserved << 72.0 << local(21)
                                                           << QStringLiteral("field reserved 06:00–09:00: watering moved to 21:00");
        QTest::newRow("booking after the watering ends") << field(0.265, {{local(7), local(9)}}) << dry << A::Water << R::None << 72.0
                                                         << local(5) << QStringLiteral("water 72.0 m³ at 05:00"); // 05:00–06:52
        QTest::newRow("mowing tomorrow, morning booked: deferred")
            << field(0.265, {{local(6), local(9)}}, {{local(7, 0, 1), local(9, 0, 1)}}) << dry << A::Skip << R::Mowing << 0.0 << none
            << QStringLiteral("mowing tomorrow 07:00: water after mowing");
        QTest::newRow("mowing next week: no effect") << field(0.265, {}, {{local(7, 0, 7), local(9, 0, 7)}}) << dry << A::Water << R::None << 72.0
                                                     << local(5) << QStringLiteral("water 72.0 m³ at 05:00");
        QTest::newRow("booked morning and evening: skip")
            << field(0.265, {{local(6), local(9)}, {local(20), local(22, 30)}}) << dry << A::Skip << R::Reserved << 0.0 << none
            << QStringLiteral("field reserved in every watering window");
        QTest::newRow("no forecast: soil alone") << field(0.265) << QList<ForecastHour>() << A::Water << R::None << 72.0 << local(5)
                                                 << QStringLiteral("no weather forecast received: decided on the soil alone");
        QTest::newRow("stale forecast is no forecast") << field(0.22) << forecast({{14, 0.9, 6.0}}, local(1)) << A::Water << R::None << 76.8
                                                       << local(5) << QStringLiteral("no weather forecast received");
        FieldInput silent = field(0.22);
        silent.moistureAt = local(1, 30);
        QTest::newRow("no soil reading for 3 h: no data") << silent << dry << A::NoData << R::NoSoilReading << 0.0 << none
                                                          << QStringLiteral("no soil reading since today 01:30");
        FieldInput never = field(std::nan(""));
        never.moistureAt = IsoTime::invalid;
        QTest::newRow("never read: no data") << never << dry << A::NoData << R::NoSoilReading << 0.0 << none << QStringLiteral("no soil reading");
    }

    void decides()
    {
        QFETCH(FieldInput, input);
        QFETCH(QList<ForecastHour>, weather);
        QFETCH(WateringDecision::Action, action);
        QFETCH(WateringDecision::Reason, reason);
        QFETCH(double, volume);
        QFETCH(qint64, start);
        QFETCH(QString, says);
        const WateringRule rule;
        const qint64 t = DecisionEngine::decisionTime(kDay, rule, kZone);
        QCOMPARE(t, local(5));
        const WateringDecision d = DecisionEngine::decide(rule, input, weather, t, kZone);
        QVERIFY2(d.explanation.contains(says), qPrintable(d.explanation));
        QCOMPARE(d.action, action);
        QCOMPARE(d.reason, reason);
        QVERIFY2(std::abs(d.volume - volume) < 0.05, qPrintable(QString::number(d.volume)));
        QCOMPARE(d.start, start);
        QCOMPARE(d.waters(), volume > 0);
        if (d.waters())
            QCOMPARE(d.end - d.start, qint64(std::llround(d.depthMm / rule.rateMmPerHour * kHour)));
        QCOMPARE(d.noForecast, says.contains(QStringLiteral("forecast")));
    }

    void provisionalPlanUsesWhatIsKnownNow()
    {
        // At 01:00 the 05:00 decision is foreseen from the 01:00 reading and the 01:00 forecast.
        FieldInput in = field(0.22);
        in.moistureAt = local(1);
        const WateringDecision d = DecisionEngine::decide(WateringRule(), in, forecast({{14, 0.9, 4.0}}, local(1)), local(5), kZone, local(1));
        QCOMPARE(d.action, WateringDecision::Action::Skip);
        QCOMPARE(d.reason, WateringDecision::Reason::Rain);
    }

    void otherParametersChangeTheDecision()
    {
        WateringRule rule;
        rule.rainProbability = 0.8; // the afternoon's 72 % is no longer rain
        const WateringDecision d = DecisionEngine::decide(rule, field(0.22), forecast({{14, 0.72, 6.0}}), local(5), kZone);
        QCOMPARE(d.action, WateringDecision::Action::Water);
        rule = WateringRule();
        rule.windows = {{4 * 60, 5 * 60}};
        rule.rateMmPerHour = 12; // one hour at 12 mm/h holds the 11.25 mm
        FieldInput atFour = field(0.265);
        atFour.moistureAt = local(4);
        const WateringDecision early = DecisionEngine::decide(rule, atFour, forecast({}, local(4)), local(4), kZone);
        QCOMPARE(early.start, local(4));
        QCOMPARE(early.end, local(4, 56, 0) + 15 * 1000);
    }

    void areaOfAFieldPolygon()
    {
        // 100 m × 64 m around Saint-Quentin, built in metres on the same projection.
        const double lat0 = 49.8489, lon0 = 3.2876;
        const double mLat = 6371008.8 * M_PI / 180.0, mLon = mLat * std::cos(lat0 * M_PI / 180.0);
        QPolygonF ring;
        for (QPointF p : {QPointF(-50, -32), QPointF(50, -32), QPointF(50, 32), QPointF(-50, 32), QPointF(-50, -32)})
            ring << QPointF(lon0 + p.x() / mLon, lat0 + p.y() / mLat);
        QVERIFY(std::abs(DecisionEngine::ringArea(ring) - 6400) < 1);
        QCOMPARE(DecisionEngine::ringArea(QPolygonF{QPointF(0, 0), QPointF(1, 1)}), 0.0);
    }

    void windowsAndSettings()
    {
        QList<WateringWindow> w;
        QVERIFY(WateringRule::parseWindows(QStringLiteral("05:00-07:00, 21:00–23:30"), &w));
        QCOMPARE(w, (QList<WateringWindow>{{300, 420}, {1260, 1410}}));
        QVERIFY(!WateringRule::parseWindows(QStringLiteral("07:00-05:00"), &w));
        QVERIFY(!WateringRule::parseWindows(QStringLiteral("21:00-23:00, 05:00-07:00"), &w)); // the first is the usual one
        QVERIFY(!WateringRule::parseWindows(QStringLiteral("5h-7h"), &w));
        QVERIFY(!WateringRule::parseWindows(QString(), &w));

        QTemporaryDir dir;
        QSettings file(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
        WateringSettings s;
        WateringRule own;
        own.dryThreshold = 0.25;
        own.windows = {{22 * 60, 23 * 60}};
        s.setRule(QStringLiteral("urn:ngsi-ld:Garden:a"), own);
        s.pricePerM3 = 4.25;
        s.save(&file);
        const WateringSettings back = WateringSettings::load(&file);
        QCOMPARE(back.ruleFor(QStringLiteral("urn:ngsi-ld:Garden:a")), own);
        QCOMPARE(back.ruleFor(QStringLiteral("urn:ngsi-ld:Garden:b")), WateringRule());
        QCOMPARE(back.pricePerM3, 4.25);
        // A hand-edited rule that cannot work falls back to the defaults.
        file.setValue(WateringSettings::group() + QStringLiteral("/rule/dryThreshold"), 0.9);
        QCOMPARE(WateringSettings::load(&file).defaults, WateringRule());
        s.setRule({}, own); // every field: their own rules go
        QVERIFY(s.perField.isEmpty());
        QCOMPARE(s.defaults, own);
    }
};

QTEST_GUILESS_MAIN(TestDecisionEngine)
#include "tst_decisionengine.moc"
