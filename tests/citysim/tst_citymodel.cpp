// The simulated city: determinism and plausibility of what it shows.

#include "citysim/CitySimulation.h"
#include "citysim/CrimeDomain.h"
#include "citysim/EnergyDomain.h"
#include "citysim/ParkingDomain.h"
#include "citysim/WateringDomain.h"
#include "core/IsoTime.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

namespace {
const qint64 kStart = IsoTime::parse(std::string_view("2026-03-14T09:30:00Z")); // a Saturday: market morning

CitySimulation::Options frozen(quint64 seed = 7)
{
    CitySimulation::Options o;
    o.seed = seed;
    o.start = kStart;
    o.speed = 0;
    return o;
}

// Every entity of every type at t, as one JSON text (ids in order).
QByteArray snapshot(CitySimulation &city, qint64 t)
{
    QJsonArray all;
    for (const QString &type : city.types()) {
        for (const QString &id : city.ids(type, t))
            all.append(city.entity(id, t));
    }
    return QJsonDocument(all).toJson(QJsonDocument::Compact);
}

double value(const QJsonObject &e, const QString &attr)
{
    return e.value(attr).toObject().value(QStringLiteral("value")).toDouble(-1);
}
} // namespace

class TestCityModel : public QObject
{
    Q_OBJECT

private slots:
    void layoutHasTheCityOfTheIssue()
    {
        CitySimulation city(frozen());
        const CityLayout &l = city.layout();
        QCOMPARE(l.districts.size(), 12);
        QVERIFY2(l.buildings.size() > 1700 && l.buildings.size() < 2400, qPrintable(QString::number(l.buildings.size())));
        QCOMPARE(l.counters.size(), 40);
        QCOMPARE(l.carParks.size(), 8);
        QCOMPARE(l.fields.size(), 9);
        // Around the configured centre, within a few kilometres.
        for (const CityLayout::Building &b : l.buildings) {
            QVERIFY(SimGeo::distance(b.centre, l.geo.centre()) < 4500);
            QVERIFY(b.floors >= 1 && b.height > 3 && b.footprint.isClosed());
        }
        QStringList types = city.types();
        for (const char *t : {"CrowdFlowObserved", "OffStreetParking", "ParkingSpot", "Garden", "GreenspaceRecord",
                              "WeatherObserved", "WeatherForecast", "Alert", "Building", "ThreePhaseAcMeasurement",
                              "KeyPerformanceIndicator"})
            QVERIFY2(types.contains(QLatin1String(t)), t);
    }

    void sameSeedSameCity()
    {
        CitySimulation a(frozen()), b(frozen());
        const QByteArray first = snapshot(a, kStart);
        QCOMPARE(snapshot(b, kStart), first);
        // Asking in another order (history first) changes nothing either.
        CitySimulation c(frozen());
        snapshot(c, kStart - 3 * 24 * 3600 * 1000LL);
        QCOMPARE(snapshot(c, kStart), first);
        CitySimulation other(frozen(8));
        QVERIFY(snapshot(other, kStart) != first);
    }

    void valuesArePlausible()
    {
        CitySimulation city(frozen());
        for (qint64 t = kStart - CitySimulation::kHistory; t <= kStart; t += 5 * 3600 * 1000LL + 17 * 60 * 1000LL) {
            for (const QString &id : city.ids(QStringLiteral("CrowdFlowObserved"), t)) {
                const QJsonObject e = city.entity(id, t);
                const double occupancy = value(e, QStringLiteral("occupancy"));
                QVERIFY(occupancy >= 0 && occupancy <= 1);
                QVERIFY(value(e, QStringLiteral("peopleCount")) >= 0);
                QCOMPARE(value(e, QStringLiteral("peopleCountTowards")) + value(e, QStringLiteral("peopleCountAway")),
                         value(e, QStringLiteral("peopleCount")));
            }
            int freeBays = 0;
            for (const QString &id : city.ids(QStringLiteral("ParkingSpot"), t))
                freeBays += city.entity(id, t).value(QStringLiteral("status")).toObject().value(QStringLiteral("value")).toString() == QLatin1String("free");
            for (const QString &id : city.ids(QStringLiteral("OffStreetParking"), t)) {
                const QJsonObject e = city.entity(id, t);
                const double available = value(e, QStringLiteral("availableSpotNumber"));
                QVERIFY(available >= 0 && available <= value(e, QStringLiteral("totalSpotNumber")));
                QVERIFY(value(e, QStringLiteral("occupancy")) >= 0 && value(e, QStringLiteral("occupancy")) <= 1);
                if (id.endsWith(QLatin1String("sq-0001")))
                    QCOMPARE(double(freeBays), available); // the bays add up to the car park
            }
            for (const QString &id : city.ids(QStringLiteral("GreenspaceRecord"), t)) {
                const double m = value(city.entity(id, t), QStringLiteral("soilMoistureVwc"));
                QVERIFY(m >= 0.08 && m <= 0.46);
            }
            for (const QString &id : city.ids(QStringLiteral("Alert"), t)) {
                const QJsonObject e = city.entity(id, t);
                QCOMPARE(e.value(QStringLiteral("category")).toObject().value(QStringLiteral("value")).toString(), QStringLiteral("security"));
                const qint64 issued = IsoTime::parse(e.value(QStringLiteral("dateIssued")).toObject().value(QStringLiteral("value"))
                                                         .toObject().value(QStringLiteral("@value")).toString());
                QVERIFY(issued <= t && issued > t - CrimeDomain::kKept);
            }
        }
    }

    void cumulativeMetersNeverGoBack()
    {
        CitySimulation city(frozen());
        for (int b = 0; b < city.layout().buildings.size(); b += 97) {
            double previous = -1;
            for (qint64 t = kStart - CitySimulation::kHistory; t <= kStart; t += 15 * 60 * 1000LL) {
                const double kwh = city.energy().energy(b, t);
                QVERIFY(kwh >= previous);
                QVERIFY(city.energy().power(b, t) >= 0);
                previous = kwh;
            }
        }
    }

    void rhythmsShow()
    {
        CitySimulation city(frozen());
        // Car parks fuller on a weekday afternoon than at 3 in the morning.
        const qint64 tuesday3pm = IsoTime::parse(std::string_view("2026-03-10T14:00:00Z"));
        const qint64 tuesday3am = IsoTime::parse(std::string_view("2026-03-10T02:00:00Z"));
        int day = 0, night = 0;
        for (int s = 0; s < 8; ++s) {
            day += city.parking().occupied(s, tuesday3pm);
            night += city.parking().occupied(s, tuesday3am);
        }
        QVERIFY2(day > 2 * night, qPrintable(QStringLiteral("%1 vs %2").arg(day).arg(night)));
        // Smart watering never uses more water than the every-day baseline.
        QVERIFY(city.watering().waterUsed(kStart - CitySimulation::kHistory, kStart, false)
                <= city.watering().waterUsed(kStart - CitySimulation::kHistory, kStart, true));
        // The forecast's chance of rain is a probability.
        const auto [p, mm] = city.watering().forecast(kStart);
        QVERIFY(p >= 0 && p <= 1 && mm >= 0);
    }

    void parkingKinds()
    {
        CitySimulation city(frozen());
        ParkingDomain &parking = city.parking();
        const QStringList kerbs = parking.ids(QStringLiteral("OnStreetParking"), kStart);
        QCOMPARE(kerbs.size(), 10);
        QCOMPARE(parking.ids(QStringLiteral("ParkingGroup"), kStart).size(), ParkingDomain::kGroupKerbs);
        for (const QString &id : kerbs) {
            const QJsonObject e = parking.entity(id, kStart);
            const int total = e.value(QStringLiteral("totalSpotNumber")).toObject().value(QStringLiteral("value")).toInt();
            const int available = e.value(QStringLiteral("availableSpotNumber")).toObject().value(QStringLiteral("value")).toInt();
            const int occupied = e.value(QStringLiteral("occupiedSpotNumber")).toObject().value(QStringLiteral("value")).toInt();
            QVERIFY(total >= 8);
            QCOMPARE(available + occupied, total);
            QCOMPARE(e.value(QStringLiteral("location")).toObject().value(QStringLiteral("value")).toObject().value(QStringLiteral("type")).toString(),
                     QStringLiteral("Polygon"));
            QVERIFY(!e.contains(QStringLiteral("occupancy"))); // as the Smart Data Models example: computed by the reader
        }
        // The dead kerb sensor keeps its last observation; the others follow the clock.
        const QString dead = city.layout().kerbs.at(ParkingDomain::kDeadKerb).id;
        const QString observed = parking.entity(dead, kStart).value(QStringLiteral("availableSpotNumber")).toObject().value(QStringLiteral("observedAt")).toString();
        QVERIFY(IsoTime::parse(observed) <= parking.deadSince());
        QVERIFY(kStart - parking.deadSince() >= 2 * 3600 * 1000);
        const QString alive = parking.entity(kerbs.first(), kStart).value(QStringLiteral("availableSpotNumber")).toObject().value(QStringLiteral("observedAt")).toString();
        QCOMPARE(IsoTime::parse(alive), kStart - kStart % (5 * 60 * 1000));
        // Entrances: a busy afternoon brings more cars in than the small hours.
        const qint64 tuesday3pm = IsoTime::parse(std::string_view("2026-03-10T14:00:00Z"));
        int day = 0, night = 0;
        for (qint64 t = 0; t < 3600 * 1000; t += 5 * 60 * 1000) {
            day += parking.entrances(1, tuesday3pm + t);
            night += parking.entrances(1, tuesday3pm - 12 * 3600 * 1000 + t);
        }
        QVERIFY2(day > 2 * night && night >= 0, qPrintable(QStringLiteral("%1 vs %2").arg(day).arg(night)));
    }

    void clockRuns()
    {
        CitySimulation::Options o = frozen();
        o.speed = 3600; // an hour a second
        CitySimulation city(o);
        const qint64 before = city.now();
        QTest::qWait(200);
        QVERIFY(city.now() - before >= 600 * 1000); // at least 10 simulated minutes
        city.advance(3600 * 1000);
        QVERIFY(city.now() - before >= 3600 * 1000);
    }
};

QTEST_GUILESS_MAIN(TestCityModel)
#include "tst_citymodel.moc"
