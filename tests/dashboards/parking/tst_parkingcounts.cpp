// Parking counts made whole and checked: occupancy from the counts and the counts from occupancy,
// contradictory or malformed values flagged (never a crash), bays counted for their site, and
// the Smart Data Models / ETSI parking examples read as a user would see them.

#include "MemoryBackend.h"

#include "core/IsoTime.h"
#include "parking/ParkingCounts.h"
#include "parking/ParkingNames.h"
#include "parking/ParkingReader.h"

#include <QTest>

namespace {
const double NaN = std::nan("");
const qint64 kT = IsoTime::parse(std::string_view("2026-03-10T12:00:00Z"));
constexpr qint64 kMinute = 60 * 1000;
} // namespace

class TestParkingCounts : public QObject
{
    Q_OBJECT

private slots:
    void occupancyFromCounts()
    {
        ParkingCounts c = ParkingCounts::resolve(100, 25, NaN, NaN);
        QCOMPARE(c.occupancy, 0.75);
        QCOMPARE(c.occupied, 75.0);
        QCOMPARE(c.flags, 0);
        // Occupied and total only (OnStreetParking feeds): available follows.
        c = ParkingCounts::resolve(6, NaN, 3, NaN);
        QCOMPARE(c.occupancy, 0.5);
        QCOMPARE(c.available, 3.0);
        // No total: available + occupied make it.
        c = ParkingCounts::resolve(NaN, 3, 3, NaN);
        QCOMPARE(c.total, 6.0);
        QCOMPARE(c.occupancy, 0.5);
    }

    void countsFromOccupancy()
    {
        const ParkingCounts c = ParkingCounts::resolve(200, NaN, NaN, 0.4);
        QCOMPARE(c.available, 120.0);
        QCOMPARE(c.occupied, 80.0);
        QCOMPARE(c.occupancy, 0.4);
        QCOMPARE(c.flags, 0);
        // Occupancy alone: known, but no counts to show.
        const ParkingCounts alone = ParkingCounts::resolve(NaN, NaN, NaN, 0.3);
        QCOMPARE(alone.occupancy, 0.3);
        QVERIFY(!std::isfinite(alone.available));
    }

    void inconsistentDataIsFlagged()
    {
        // More available than the total: the count is dropped, nothing is guessed.
        ParkingCounts c = ParkingCounts::resolve(100, 130, NaN, NaN);
        QVERIFY(c.flags & ParkingCounts::OverTotal);
        QVERIFY(!c.isKnown());
        QVERIFY(!c.problems().isEmpty());
        // ... unless the occupancy says it.
        c = ParkingCounts::resolve(100, 130, NaN, 0.3);
        QVERIFY(c.flags & ParkingCounts::OverTotal);
        QCOMPARE(c.occupancy, 0.3);
        QCOMPARE(c.available, 70.0);
        // Negative counts.
        c = ParkingCounts::resolve(100, -5, NaN, NaN);
        QVERIFY(c.flags & ParkingCounts::NegativeCount);
        QVERIFY(!c.isKnown());
        c = ParkingCounts::resolve(-1, NaN, NaN, NaN);
        QVERIFY(c.flags & ParkingCounts::NegativeCount);
        // Occupancy and counts disagree: the counts win (they are the map's label).
        c = ParkingCounts::resolve(100, 20, NaN, 0.5);
        QVERIFY(c.flags & ParkingCounts::CountsDisagree);
        QCOMPARE(c.occupancy, 0.8);
        // One bay either way is rounding.
        c = ParkingCounts::resolve(7, 3, NaN, 0.57);
        QCOMPARE(c.flags, 0);
        // Available + occupied ≠ total.
        c = ParkingCounts::resolve(100, 20, 50, NaN);
        QVERIFY(c.flags & ParkingCounts::CountsDisagree);
        QCOMPARE(c.occupancy, 0.5);
        // A percentage where a fraction is due, and an impossible one.
        c = ParkingCounts::resolve(NaN, NaN, NaN, 68);
        QVERIFY(c.flags & ParkingCounts::OccupancyAsPercent);
        QCOMPARE(c.occupancy, 0.68);
        c = ParkingCounts::resolve(NaN, NaN, NaN, 250);
        QVERIFY(c.flags & ParkingCounts::OccupancyOutOfRange);
        QVERIFY(!c.isKnown());
        // A total of zero divides nothing.
        c = ParkingCounts::resolve(0, 0, NaN, NaN);
        QVERIFY(!c.isKnown());
    }

    void occupancyFromOneSample()
    {
        QCOMPARE(ParkingCounts::occupancyFrom(ParkingNames::available(), 30, 120), 0.75);
        QCOMPARE(ParkingCounts::occupancyFrom(ParkingNames::occupied(), 30, 120), 0.25);
        QCOMPARE(ParkingCounts::occupancyFrom(ParkingNames::occupancy(), 0.4, NaN), 0.4);
        QCOMPARE(ParkingCounts::occupancyFrom(ParkingNames::occupancy(), 40, NaN), 0.4);
        QVERIFY(!std::isfinite(ParkingCounts::occupancyFrom(ParkingNames::available(), 130, 120)));
        QVERIFY(!std::isfinite(ParkingCounts::occupancyFrom(ParkingNames::available(), -1, 120)));
        QVERIFY(!std::isfinite(ParkingCounts::occupancyFrom(ParkingNames::available(), 10, NaN)));
    }

    void readerToleratesWrongTypesAndCountsBays()
    {
        MemoryBackend b;
        const QString lot = QStringLiteral("urn:ngsi-ld:OffStreetParking:a");
        b.addStatic(lot, ParkingNames::offStreet(), QStringLiteral("name"), QStringLiteral("Lot A"));
        b.setLocation(lot, ParkingNames::offStreet(), Geometry::point(3.29, 49.85));
        b.addStatic(lot, ParkingNames::offStreet(), ParkingNames::total(), 10);
        // A text where a number is due: unknown and flagged, no crash.
        b.add(lot, ParkingNames::offStreet(), ParkingNames::available(), kT - 5 * kMinute, QStringLiteral("n/a"));
        for (int i = 0; i < 4; ++i) {
            const QString bay = QStringLiteral("urn:ngsi-ld:ParkingSpot:a-%1").arg(i);
            b.setLocation(bay, ParkingNames::spot(), Geometry::point(3.29 + i * 1e-5, 49.85));
            b.addStatic(bay, ParkingNames::spot(), ParkingNames::refSite(), lot);
            b.add(bay, ParkingNames::spot(), ParkingNames::status(), kT - kMinute, i < 3 ? QStringLiteral("occupied") : QStringLiteral("free"));
        }
        const QString kerb = QStringLiteral("urn:ngsi-ld:OnStreetParking:k");
        b.setLocation(kerb, ParkingNames::onStreet(), Geometry::point(3.3, 49.86));
        b.addStatic(kerb, ParkingNames::onStreet(), ParkingNames::total(), 8);
        b.add(kerb, ParkingNames::onStreet(), ParkingNames::available(), kT - 3 * 3600 * 1000, 12); // over the total, and silent
        const QString nowhere = QStringLiteral("urn:ngsi-ld:OffStreetParking:nowhere"); // no location: cannot be drawn
        b.addStatic(nowhere, ParkingNames::offStreet(), ParkingNames::total(), 10);

        const ParkingReader::State s = ParkingReader::read(b.stateAt(kT, {}, {}), nullptr, kT, 3600 * 1000);
        QCOMPARE(s.sites.size(), 2);
        QCOMPARE(s.bays.size(), 4);
        const ParkingSite &a = s.sites.at(0).id == lot ? s.sites.at(0) : s.sites.at(1);
        const ParkingSite &k = s.sites.at(0).id == lot ? s.sites.at(1) : s.sites.at(0);
        QCOMPARE(a.name, QStringLiteral("Lot A"));
        QCOMPARE(a.bays, 4);
        // The lot's own count is unusable: its bays count for it.
        QCOMPARE(a.counts.total, 4.0);
        QCOMPARE(a.counts.occupancy, 0.75);
        QVERIFY(a.counts.flags & ParkingCounts::NotNumeric);
        QCOMPARE(k.kind, ParkingSite::Kind::OnStreet);
        QVERIFY(k.counts.flags & ParkingCounts::OverTotal);
        QVERIFY(k.stale);
        QCOMPARE(k.seriesAttribute, ParkingNames::available());
        for (const ParkingBay &bay : s.bays)
            QCOMPARE(bay.siteId, lot);
    }
};

QTEST_MAIN(TestParkingCounts)
#include "tst_parkingcounts.moc"
