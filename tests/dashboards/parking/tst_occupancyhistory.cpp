// Occupancy over time from a hand-built history: hourly means from counts, the city weighted by
// spaces, days and weeks, peak hours on weekdays and at the weekend, hours at saturation, the
// mean stay by Little's law, and the KPIs published for the council — all checked against values
// computed by hand.

#include "MemoryBackend.h"

#include "core/IsoTime.h"
#include "parking/OccupancyHistory.h"
#include "parking/ParkingKpis.h"
#include "parking/ParkingNames.h"
#include "parking/ParkingReader.h"
#include "sdk/EntityStore.h"

#include <QTest>

namespace {
constexpr qint64 kHour = 3600 * 1000;
constexpr qint64 kDay = 24 * kHour;
const qint64 kMonday = IsoTime::parse(std::string_view("2026-03-02T00:00:00Z"));
const qint64 kEnd = kMonday + 14 * kDay; // Monday 16 March, midnight
const QString kLot = QStringLiteral("urn:ngsi-ld:OffStreetParking:lot");
const QString kKerb = QStringLiteral("urn:ngsi-ld:OnStreetParking:kerb");

// The lot: 90 % over lunch on weekdays, 60 % at 15:00 at the weekend, 30 % / 20 % otherwise.
double lotOccupancy(qint64 t)
{
    const int hour = int((t % kDay) / kHour);
    const bool weekend = ((t - kMonday) / kDay) % 7 >= 5;
    if (weekend)
        return hour == 15 ? 0.6 : 0.2;
    return hour == 12 || hour == 13 ? 0.9 : 0.3;
}
} // namespace

class TestOccupancyHistory : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        m_backend.addStatic(kLot, ParkingNames::offStreet(), ParkingNames::total(), 100);
        m_backend.setLocation(kLot, ParkingNames::offStreet(), Geometry::point(3.29, 49.85));
        m_backend.addStatic(kKerb, ParkingNames::onStreet(), ParkingNames::total(), 10);
        m_backend.setLocation(kKerb, ParkingNames::onStreet(), Geometry::point(3.30, 49.85));
        for (qint64 t = kMonday; t < kEnd; t += 15 * 60 * 1000) {
            m_backend.add(kLot, ParkingNames::offStreet(), ParkingNames::available(), t, int(std::lround(100 - 100 * lotOccupancy(t))));
            m_backend.add(kLot, ParkingNames::offStreet(), ParkingNames::entrances(), t + 15 * 60 * 1000, 5); // 20 cars an hour
            m_backend.add(kKerb, ParkingNames::onStreet(), ParkingNames::occupied(), t, 10);                   // always full
        }
        m_store.setBackend(&m_backend);
        m_state = ParkingReader::read(m_store.stateAt(kEnd - 1), nullptr, kEnd - 1, kHour);
        QCOMPARE(m_state.sites.size(), 2);
    }

    void hourlyAndCityWide()
    {
        OccupancyHistory h(&m_store, QTimeZone::utc());
        h.setSites(m_state.sites);
        const QList<HourlySeries::Hour> lot = h.hours(kLot, kMonday, kEnd);
        QCOMPARE(lot.size(), 14 * 24);
        QCOMPARE(lot.at(12).value, 0.9);
        QCOMPARE(lot.at(12).start, kMonday + 12 * kHour);
        QCOMPARE(lot.at(3).value, 0.3);
        // The city: each site weighted by its spaces.
        const QList<HourlySeries::Hour> city = h.hours(OccupancyHistory::kCity, kMonday, kEnd);
        QCOMPARE(city.size(), 14 * 24);
        QCOMPARE(city.at(12).value, (0.9 * 100 + 1.0 * 10) / 110);
        QCOMPARE(city.at(3).value, (0.3 * 100 + 10) / 110);
        QVERIFY(h.hours(QStringLiteral("urn:ngsi-ld:OffStreetParking:unknown"), kMonday, kEnd).isEmpty());
        // A day inside the two weeks already read: the same hours as a fresh read of that day.
        OccupancyHistory fresh(&m_store, QTimeZone::utc());
        fresh.setSites(m_state.sites);
        const QList<HourlySeries::Hour> tuesday = h.hours(kLot, kMonday + kDay, kMonday + 2 * kDay);
        QCOMPARE(tuesday.size(), 24);
        QCOMPARE(tuesday, fresh.hours(kLot, kMonday + kDay, kMonday + 2 * kDay));
        QCOMPARE(h.hours(OccupancyHistory::kCity, kMonday + kDay, kMonday + 2 * kDay), fresh.hours(OccupancyHistory::kCity, kMonday + kDay, kMonday + 2 * kDay));
    }

    void daysAndWeeks()
    {
        OccupancyHistory h(&m_store, QTimeZone::utc());
        h.setSites(m_state.sites);
        const QList<HourlySeries::Hour> lot = h.hours(kLot, kMonday, kEnd);
        const QList<OccupancyHistory::Period> days = OccupancyHistory::rollUp(lot, OccupancyHistory::Resolution::Day, QTimeZone::utc());
        QCOMPARE(days.size(), 14);
        QCOMPARE(days.at(0).start, kMonday);
        QCOMPARE(days.at(0).hours, 24);
        QVERIFY(qFuzzyCompare(days.at(0).mean, (2 * 0.9 + 22 * 0.3) / 24));
        QCOMPARE(days.at(0).peak, 0.9);
        QVERIFY(qFuzzyCompare(days.at(5).mean, (0.6 + 23 * 0.2) / 24)); // Saturday
        const QList<OccupancyHistory::Period> weeks = OccupancyHistory::rollUp(lot, OccupancyHistory::Resolution::Week, QTimeZone::utc());
        QCOMPARE(weeks.size(), 2);
        QCOMPARE(weeks.at(1).start, kMonday + 7 * kDay);
        QCOMPARE(weeks.at(1).hours, 168);
        QVERIFY(qFuzzyCompare(weeks.at(0).mean, (5 * (2 * 0.9 + 22 * 0.3) + 2 * (0.6 + 23 * 0.2)) / 168));
        // By hour: every hour its own period.
        QCOMPARE(OccupancyHistory::rollUp(lot, OccupancyHistory::Resolution::Hour, QTimeZone::utc()).size(), lot.size());
    }

    void peaksSaturationAndStay()
    {
        OccupancyHistory h(&m_store, QTimeZone::utc());
        h.setSites(m_state.sites);
        const OccupancyHistory::Peaks lot = OccupancyHistory::peaks(h.hours(kLot, kEnd - 7 * kDay, kEnd), QTimeZone::utc());
        QCOMPARE(lot.weekdayHour, 12);
        QCOMPARE(lot.weekdayValue, 0.9);
        QCOMPARE(lot.weekendHour, 15);
        QCOMPARE(lot.weekendValue, 0.6);
        QCOMPARE(lot.saturatedHours, 0);
        QCOMPARE(lot.hours, 168);
        const OccupancyHistory::Peaks kerb = OccupancyHistory::peaks(h.hours(kKerb, kEnd - 7 * kDay, kEnd), QTimeZone::utc());
        QCOMPARE(kerb.saturatedHours, 168);
        // Little's law: mean cars parked ÷ cars entering an hour.
        const double meanParked = 100 * (5 * (2 * 0.9 + 22 * 0.3) + 2 * (0.6 + 23 * 0.2)) / 168;
        QVERIFY(qFuzzyCompare(h.meanStayHours(kLot, kEnd - 7 * kDay, kEnd), meanParked / 20));
        // The city: only the sites that count their entrances.
        QVERIFY(qFuzzyCompare(h.meanStayHours(OccupancyHistory::kCity, kEnd - 7 * kDay, kEnd), meanParked / 20));
        QVERIFY(!std::isfinite(h.meanStayHours(kKerb, kEnd - 7 * kDay, kEnd)));
    }

    void kpis()
    {
        OccupancyHistory h(&m_store, QTimeZone::utc());
        QList<ParkingSite> sites = m_state.sites;
        h.setSites(sites);
        sites[1].stale = true;
        const QList<Kpi> kpis = ParkingKpis::compute(h, sites, kEnd + 10 * 60 * 1000, QStringLiteral("org.citydeck.parking"));
        QCOMPARE(kpis.size(), 3);
        const double lotMean = (5 * (2 * 0.9 + 22 * 0.3) + 2 * (0.6 + 23 * 0.2)) / 168;
        QCOMPARE(kpis.at(0).id, QStringLiteral("parking.averageOccupancy"));
        QVERIFY(qFuzzyCompare(kpis.at(0).value, (lotMean * 100 + 10) / 110 * 100));
        QCOMPARE(kpis.at(0).periodStart, IsoTime::toDateTime(kEnd - 7 * kDay));
        QCOMPARE(kpis.at(0).periodEnd, IsoTime::toDateTime(kEnd));
        QCOMPARE(kpis.at(1).value, 168.0);
        QVERIFY(!kpis.at(1).higherIsBetter);
        QCOMPARE(kpis.at(2).value, 50.0);
        QVERIFY(kpis.at(2).hasTarget() && !kpis.at(2).meetsTarget());
        for (const Kpi &k : kpis)
            QCOMPARE(k.source, QStringLiteral("org.citydeck.parking"));
    }

private:
    MemoryBackend m_backend;
    EntityStore m_store;
    ParkingReader::State m_state;
};

QTEST_MAIN(TestOccupancyHistory)
#include "tst_occupancyhistory.moc"
