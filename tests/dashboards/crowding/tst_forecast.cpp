// The short-term forecast (sdk SeasonalForecast), measured honestly: exact on a series that
// repeats every week, corrected by the last hours when the level moves, and on five weeks of
// the demo city's counters better than the naive forecasts a control room could make by hand.

#include "citysim/CitySimulation.h"
#include "citysim/CrowdDomain.h"
#include "core/IsoTime.h"
#include "sdk/SeasonalForecast.h"

#include <QTest>

namespace {
constexpr qint64 kHour = HourlySeries::kHourMs;
const QTimeZone kUtc = QTimeZone::utc();
const qint64 kEnd = IsoTime::parse(std::string_view("2026-03-14T10:00:00Z")); // a Saturday morning

// An hourly value that depends only on the weekday and the hour.
double weekly(qint64 t)
{
    const QDateTime d = QDateTime::fromMSecsSinceEpoch(t, kUtc);
    return 10 + 5 * d.date().dayOfWeek() + 3 * d.time().hour();
}

// Mean absolute error of another forecaster over the same hours as the back-test.
template <typename F>
double naiveMae(const QHash<qint64, double> &values, qint64 end, int horizon, F predict)
{
    double error = 0;
    int n = 0;
    for (qint64 t = end - 7 * 24 * kHour; t < end; t += kHour) {
        const double p = predict(t, t - (horizon - 1) * kHour);
        if (values.contains(t) && std::isfinite(p)) {
            error += std::abs(p - values.value(t));
            ++n;
        }
    }
    return error / n;
}
} // namespace

class TestForecast : public QObject
{
    Q_OBJECT

private slots:
    void exactOnAWeeklyPattern()
    {
        QList<HourlySeries::Hour> history;
        for (qint64 t = kEnd - 35 * 24 * kHour; t < kEnd; t += kHour)
            history << HourlySeries::Hour{t, weekly(t), 1};
        const SeasonalForecast f(history, kUtc);
        const QList<SeasonalForecast::Point> next = f.forecast(kEnd, 3);
        QCOMPARE(next.size(), 3);
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(next.at(i).start, kEnd + i * kHour);
            QCOMPARE(next.at(i).value, weekly(kEnd + i * kHour));
        }
        const SeasonalForecast::Accuracy a = f.backtest(kEnd, 7, 3);
        QCOMPARE(a.points, 7 * 24);
        QCOMPARE(a.mae, 0.0);
    }

    void recentHoursCorrectTheBaseline()
    {
        // The same pattern, but the last three hours ran 50 % above it (an event).
        QList<HourlySeries::Hour> history;
        for (qint64 t = kEnd - 35 * 24 * kHour; t < kEnd; t += kHour)
            history << HourlySeries::Hour{t, weekly(t) * (t >= kEnd - 3 * kHour ? 1.5 : 1.0), 1};
        const SeasonalForecast f(history, kUtc);
        const QList<SeasonalForecast::Point> next = f.forecast(kEnd, 3);
        QCOMPARE(next.at(0).value, weekly(kEnd) * 1.5);
        // The correction fades: 1 + 0.5 × 0.6 for the second hour.
        QCOMPARE(next.at(1).value, weekly(kEnd + kHour) * 1.3);
        // No look-ahead: a forecast from an earlier hour ignores the event.
        QCOMPARE(f.forecast(kEnd - 3 * kHour, 1).constFirst().value, weekly(kEnd - 3 * kHour));
        // Without weeks, the previous days stand in; without anything, there is no forecast.
        const SeasonalForecast shortHistory({HourlySeries::Hour{kEnd - 24 * kHour, 42, 1}}, kUtc);
        QCOMPARE(shortHistory.forecast(kEnd, 1).constFirst().value, 42.0);
        QVERIFY(std::isnan(SeasonalForecast({}, kUtc).forecast(kEnd, 1).constFirst().value));
        QCOMPARE(SeasonalForecast({}, kUtc).backtest(kEnd).points, 0);
    }

    void errorOnTheDemoCitysHistory()
    {
        CitySimulation::Options o;
        o.start = kEnd;
        o.speed = 0;
        CitySimulation city(o);
        const int counters = int(city.layout().counters.size());
        QVERIFY(counters >= 30);
        // Five weeks of every counter, summed per hour as the flows view does for the whole city.
        QHash<qint64, double> all;
        for (int c = 0; c < counters; ++c) {
            for (qint64 t = kEnd - 35 * 24 * kHour + 15 * 60000; t <= kEnd; t += 15 * 60000)
                all[t - 1 - (t - 1) % kHour] += city.crowd().peopleCount(c, t);
        }
        QList<HourlySeries::Hour> history;
        for (auto it = all.cbegin(); it != all.cend(); ++it)
            history << HourlySeries::Hour{it.key(), it.value(), 4};
        std::sort(history.begin(), history.end(), [](const auto &a, const auto &b) { return a.start < b.start; });
        const SeasonalForecast f(history, kUtc);
        const SeasonalForecast::Accuracy oneHour = f.backtest(kEnd, 7, 1);
        const SeasonalForecast::Accuracy threeHours = f.backtest(kEnd, 7, 3);
        QCOMPARE(oneHour.points, 7 * 24);
        // Naive forecasts: the last complete hour again, and the same hour a week before.
        auto value = [&](qint64 t) { return all.value(t, std::nan("")); };
        const double persistence1 = naiveMae(all, kEnd, 1, [&](qint64, qint64 from) { return value(from - kHour); });
        const double persistence3 = naiveMae(all, kEnd, 3, [&](qint64, qint64 from) { return value(from - kHour); });
        const double lastWeek = naiveMae(all, kEnd, 1, [&](qint64 t, qint64) { return value(t - 7 * 24 * kHour); });
        qInfo("demo city, all counters, last 7 days: MAE 1 h %.0f (%.1f %% of %.0f people/h), 3 h %.0f (%.1f %%); "
              "naive: last hour %.0f (1 h) %.0f (3 h), last week %.0f",
              oneHour.mae, oneHour.relative() * 100, oneHour.meanActual, threeHours.mae, threeHours.relative() * 100, persistence1,
              persistence3, lastWeek);
        QVERIFY(oneHour.relative() < 0.15);
        QVERIFY(threeHours.relative() < 0.25);
        QVERIFY(oneHour.mae < persistence1);
        QVERIFY(threeHours.mae < persistence3);
        QVERIFY(oneHour.mae < lastWeek);
    }
};

QTEST_GUILESS_MAIN(TestForecast)
#include "tst_forecast.moc"
