// Buildings and meters read into the 3D scene's terms, and what the buildings are coloured by,
// against values computed by hand: footprints in true local metres, heights from `height` or
// floors, power, energy over a period (a reset meter is unknown, not negative), intensity per m²,
// the deviation from the typical hour, the colour range, and consumption by hour and by day.

#include "MemoryBackend.h"

#include "core/IsoTime.h"
#include "energy/BuildingPanel.h"
#include "energy/EnergyMeasures.h"
#include "energy/EnergyReader.h"
#include "energy/TypicalProfile.h"
#include "sdk/EntityStore.h"

#include <QTest>

namespace {
constexpr qint64 kHour = 3600 * 1000;
const qint64 kT = IsoTime::parse(std::string_view("2026-03-10T12:00:00Z"));
const QString kBuilding = QStringLiteral("Building");
const QString kMeter = QStringLiteral("ThreePhaseAcMeasurement");

Geometry square(double lon, double lat, double side)
{
    return Geometry::fromCoordinates(Geometry::Type::Polygon,
                                     {{QPolygonF{QPointF(lon, lat), QPointF(lon + side, lat), QPointF(lon + side, lat + side), QPointF(lon, lat + side),
                                                 QPointF(lon, lat)}}});
}
} // namespace

class TestEnergyMeasures : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        // Three buildings: 10 floors, a 9 m one without floors, one without a meter.
        for (int i = 0; i < 3; ++i) {
            const QString id = QStringLiteral("urn:ngsi-ld:Building:%1").arg(i);
            m_backend.setLocation(id, kBuilding, square(3.28 + i * 0.002, 49.85, 0.0005));
            m_backend.addStatic(id, kBuilding, QStringLiteral("category"), QStringList{QStringLiteral("office")});
        }
        m_backend.addStatic(QStringLiteral("urn:ngsi-ld:Building:0"), kBuilding, QStringLiteral("floorsAboveGround"), 10);
        m_backend.addStatic(QStringLiteral("urn:ngsi-ld:Building:1"), kBuilding, QStringLiteral("height"), 9.0);
        // Meters every 15 minutes for 3 days: building 0 draws 20 kW (40 kW at noon today), building 1
        // 2 kW; building 1's meter was replaced an hour ago (its count starts again from 0).
        for (int i = 0; i < 2; ++i) {
            const QString meter = QStringLiteral("urn:ngsi-ld:ThreePhaseAcMeasurement:%1").arg(i);
            m_backend.addStatic(meter, kMeter, QStringLiteral("refBuilding"), QStringLiteral("urn:ngsi-ld:Building:%1").arg(i));
            m_backend.setLocation(meter, kMeter, Geometry::point(3.28, 49.85));
            double kwh = 1000;
            for (qint64 t = kT - 72 * kHour; t <= kT; t += kHour / 4) {
                const double kw = i == 0 ? (t >= kT - kHour / 2 ? 40.0 : 20.0) : 2.0;
                kwh += kw / 4;
                m_backend.add(meter, kMeter, QStringLiteral("totalActivePower"), t, kw * 1000);
                m_backend.add(meter, kMeter, QStringLiteral("totalActiveEnergyImport"), t, i == 1 && t >= kT - kHour ? kwh - 1000 - 143.5 : kwh);
            }
        }
        m_store.setBackend(&m_backend);
    }

    void readerFootprintsAndHeights()
    {
        const EnergyReader::Result r = EnergyReader::read(m_store.stateAt(kT, {kBuilding}), m_store.stateAt(kT, {kMeter}), nullptr, kT, kHour);
        QCOMPARE(int(r.buildings.size()), 3);
        const EnergyBuilding &a = r.buildings[0];
        // 0.0005° of longitude at 49.85° N is 35.9 m; of latitude 55.7 m: true metres, not Mercator's.
        const QRectF box = a.rings.first().boundingRect();
        QVERIFY2(std::abs(box.width() - 35.9) < 0.5, qPrintable(QString::number(box.width())));
        QVERIFY2(std::abs(box.height() - 55.7) < 0.8, qPrintable(QString::number(box.height())));
        QCOMPARE(a.height, 10 * EnergyReader::kStoreyHeight);
        QVERIFY(std::abs(a.floorArea - box.width() * box.height() * 10) < 50);
        QCOMPARE(a.use, QStringLiteral("office"));
        // Its other attributes, as text, for the panel.
        bool floorsShown = false;
        for (const auto &[name, text] : a.details)
            floorsShown |= name == QLatin1String("floorsAboveGround") && text == QLatin1String("10");
        QVERIFY(floorsShown);
        QCOMPARE(a.powerW, 40000.0);
        QCOMPARE(r.buildings[1].height, 9.0);
        QCOMPARE(r.buildings[2].height, EnergyReader::kDefaultHeight);
        QVERIFY(r.buildings[2].meterId.isEmpty());
        QVERIFY(std::isnan(r.buildings[2].powerW));
        QVERIFY(a.parts.isEmpty());
        // The second building sits 0.002° east: 143.6 m in the local frame.
        QVERIFY(std::abs(r.buildings[1].rings.first().boundingRect().left() - box.left() - 143.6) < 1);
    }

    void multiPolygonFloorArea()
    {
        // A building in two wings: both count, each with its own outline.
        MemoryBackend b;
        const QString id = QStringLiteral("urn:ngsi-ld:Building:wings");
        const auto ring = [](double lon) {
            return QPolygonF{QPointF(lon, 49.85), QPointF(lon + 0.0005, 49.85), QPointF(lon + 0.0005, 49.8505), QPointF(lon, 49.8505),
                             QPointF(lon, 49.85)};
        };
        b.setLocation(id, kBuilding, Geometry::fromCoordinates(Geometry::Type::MultiPolygon, {{ring(3.28)}, {ring(3.281)}}));
        b.addStatic(id, kBuilding, QStringLiteral("floorsAboveGround"), 2);
        EntityStore store;
        store.setBackend(&b);
        const EnergyReader::Result r = EnergyReader::read(store.stateAt(kT, {kBuilding}), {}, nullptr, kT, kHour);
        QCOMPARE(int(r.buildings.size()), 1);
        const EnergyBuilding &w = r.buildings[0];
        QCOMPARE(w.rings.size(), 2);
        QCOMPARE(w.parts, QList<int>({0, 1}));
        const QRectF one = w.rings.first().boundingRect();
        QVERIFY(std::abs(w.floorArea - 2 * 2 * one.width() * one.height()) < 20);
    }

    void measures()
    {
        EnergyReader::Result r = EnergyReader::read(m_store.stateAt(kT, {kBuilding}), m_store.stateAt(kT, {kMeter}), nullptr, kT, kHour);
        const qint64 day = EnergyMeasures::periodMs(EnergyMeasures::Period::Day);
        const QHash<QString, double> before = EnergyReader::cumulative(m_store.stateAt(kT - day, {kMeter}));
        TypicalProfile typical;
        QVERIFY(typical.update(m_store, r.buildings, kT, QTimeZone::utc(), 7));
        QVERIFY(!typical.update(m_store, r.buildings, kT + kHour, QTimeZone::utc(), 7)); // same day: kept
        QCOMPARE(typical.at(r.buildings[0].meterId, kT), 20000.0);

        const auto power = EnergyMeasures::values(EnergyMeasures::Measure::Power, r.buildings, before, typical, kT);
        QCOMPARE(power[0], 40.0);
        QCOMPARE(power[1], 2.0);
        QVERIFY(std::isnan(power[2]));
        // The 96 readings in (t − 24 h, t]: 93 quarters at 20 kW, the last 3 at 40 kW.
        const auto energy = EnergyMeasures::values(EnergyMeasures::Measure::Energy, r.buildings, before, typical, kT);
        QCOMPARE(energy[0], 93 * 5.0 + 3 * 10.0);
        QVERIFY(std::isnan(energy[1])); // the replaced meter: unknown, never negative
        const auto intensity = EnergyMeasures::values(EnergyMeasures::Measure::Intensity, r.buildings, before, typical, kT);
        QVERIFY(qFuzzyCompare(intensity[0], energy[0] / r.buildings[0].floorArea));
        const auto deviation = EnergyMeasures::values(EnergyMeasures::Measure::Deviation, r.buildings, before, typical, kT);
        QCOMPARE(deviation[0], 2.0);
        QCOMPARE(deviation[1], 1.0);
        // A stale meter has no value to colour by.
        EnergyReader::readMeters(r.buildings, m_store.stateAt(kT, {kMeter}), kT + 3 * kHour, kHour);
        QVERIFY(r.buildings[0].stale);
        QVERIFY(std::isnan(EnergyMeasures::values(EnergyMeasures::Measure::Power, r.buildings, before, typical, kT)[0]));
    }

    void rangeAndConsumption()
    {
        std::vector<double> v;
        for (int i = 0; i < 100; ++i)
            v.push_back(i);
        v.push_back(1e6); // one huge consumer
        v.push_back(std::nan(""));
        const auto [low, high] = EnergyMeasures::range(EnergyMeasures::Measure::Power, v);
        QCOMPARE(low, 0.0);
        QVERIFY(high < 100);
        QCOMPARE(EnergyMeasures::range(EnergyMeasures::Measure::Deviation, v), std::make_pair(0.0, 2.0));

        const BuildingPanel::Consumption hours = BuildingPanel::consumption(m_store, QStringLiteral("urn:ngsi-ld:ThreePhaseAcMeasurement:0"),
                                                                            EnergyMeasures::Period::Day, kT, QTimeZone::utc());
        QCOMPARE(hours.starts.size(), 24);
        QCOMPARE(hours.kwh.first(), 20.0);  // 4 quarters at 20 kW
        QCOMPARE(hours.kwh.last(), 35.0);   // 11:15 at 20 kW; 11:30, 11:45, 12:00 at 40 kW
        const BuildingPanel::Consumption days = BuildingPanel::consumption(m_store, QStringLiteral("urn:ngsi-ld:ThreePhaseAcMeasurement:0"),
                                                                           EnergyMeasures::Period::Week, kT, QTimeZone::utc());
        QCOMPARE(days.starts.size(), 4); // three days back and today
        QCOMPARE(days.kwh.at(1), 480.0);
    }

private:
    MemoryBackend m_backend;
    EntityStore m_store;
};

QTEST_MAIN(TestEnergyMeasures)
#include "tst_energymeasures.moc"
