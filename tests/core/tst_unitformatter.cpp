#include "core/UnitFormatter.h"

#include <QSignalSpy>
#include <QTest>

#include <limits>

class TestUnitFormatter : public QObject
{
    Q_OBJECT

private slots:
    void metric_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<double>("value");
        QTest::addColumn<QString>("expected");
        QTest::newRow("short distance") << "distance" << 742.4 << "742 m";
        QTest::newRow("long distance") << "distance" << 12345.0 << "12.3 km";
        QTest::newRow("temperature") << "temperature" << 21.46 << "21.5 °C";
        QTest::newRow("energy kWh") << "energy" << 3.456 << "3.46 kWh";
        QTest::newRow("energy MWh") << "energy" << 1234.0 << "1.23 MWh";
        QTest::newRow("energy GWh") << "energy" << 2.5e6 << "2.50 GWh";
        QTest::newRow("power W") << "power" << 640.0 << "640 W";
        QTest::newRow("power kW") << "power" << 15300.0 << "15.3 kW";
        QTest::newRow("volume L") << "volume" << 12.0 << "12.0 L";
        QTest::newRow("volume m3") << "volume" << 4200.0 << "4.20 m³";
        QTest::newRow("percent") << "percent" << 0.423 << "42 %";
    }

    void metric()
    {
        QFETCH(QString, kind);
        QFETCH(double, value);
        QFETCH(QString, expected);
        UnitFormatter units;
        units.setLocale(QLocale::c());
        QCOMPARE(format(units, kind, value), expected);
    }

    void imperial_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<double>("value");
        QTest::addColumn<QString>("expected");
        QTest::newRow("feet") << "distance" << 100.0 << "328 ft";
        QTest::newRow("miles") << "distance" << 16093.44 << "10.0 mi";
        QTest::newRow("fahrenheit") << "temperature" << 100.0 << "212 °F";
        QTest::newRow("gallons") << "volume" << 378.5411784 << "100 gal";
        QTest::newRow("energy unchanged") << "energy" << 5.0 << "5.00 kWh";
    }

    void imperial()
    {
        QFETCH(QString, kind);
        QFETCH(double, value);
        QFETCH(QString, expected);
        UnitFormatter units;
        units.setLocale(QLocale::c());
        units.setSystem(UnitFormatter::System::Imperial);
        QCOMPARE(format(units, kind, value), expected);
    }

    void localeDecimalSeparator()
    {
        UnitFormatter units;
        units.setLocale(QLocale(QLocale::French, QLocale::France));
        QCOMPARE(units.energy(1234.0), QStringLiteral("1,23 MWh"));
    }

    void notANumberIsADash()
    {
        UnitFormatter units;
        QCOMPARE(units.power(std::numeric_limits<double>::quiet_NaN()), QStringLiteral("—"));
    }

    void systemKeysRoundTrip()
    {
        for (auto system : {UnitFormatter::System::Metric, UnitFormatter::System::Imperial})
            QCOMPARE(UnitFormatter::systemFromKey(UnitFormatter::systemKey(system)), system);
        QCOMPARE(UnitFormatter::systemFromKey(QStringLiteral("cubits")), UnitFormatter::System::Metric);
    }

    void changeIsSignalledOnce()
    {
        UnitFormatter units;
        QSignalSpy spy(&units, &UnitFormatter::systemChanged);
        units.setSystem(UnitFormatter::System::Imperial);
        units.setSystem(UnitFormatter::System::Imperial);
        QCOMPARE(spy.count(), 1);
    }

private:
    static QString format(const UnitFormatter &u, const QString &kind, double v)
    {
        if (kind == QLatin1String("distance"))
            return u.distance(v);
        if (kind == QLatin1String("temperature"))
            return u.temperature(v);
        if (kind == QLatin1String("energy"))
            return u.energy(v);
        if (kind == QLatin1String("power"))
            return u.power(v);
        if (kind == QLatin1String("volume"))
            return u.volume(v);
        return u.percent(v);
    }
};

QTEST_GUILESS_MAIN(TestUnitFormatter)
#include "tst_unitformatter.moc"
