#include "sdk/KpiBoard.h"

#include <QTest>

class TestKpiBoard : public QObject
{
    Q_OBJECT

private:
    static Kpi kpi(const QString &id, double value, double target, bool higherIsBetter = true)
    {
        Kpi k;
        k.id = id;
        k.source = QStringLiteral("org.citydeck.watering");
        k.name = id;
        k.value = value;
        k.target = target;
        k.unit = QStringLiteral("m³");
        k.higherIsBetter = higherIsBetter;
        return k;
    }

private slots:
    void targetDirection()
    {
        QVERIFY(kpi(QStringLiteral("saved"), 120, 100).meetsTarget());
        QVERIFY(!kpi(QStringLiteral("saved"), 80, 100).meetsTarget());
        QVERIFY(kpi(QStringLiteral("used"), 80, 100, false).meetsTarget());
        Kpi noTarget = kpi(QStringLiteral("x"), 1, 0);
        noTarget.target = std::numeric_limits<double>::quiet_NaN();
        QVERIFY(!noTarget.hasTarget());
        QVERIFY(!noTarget.meetsTarget());
    }

    void publishUpdatesInPlace()
    {
        KpiBoard board;
        board.publish(kpi(QStringLiteral("saved"), 80, 100));
        board.publish(kpi(QStringLiteral("used"), 300, 250, false));
        QCOMPARE(board.rowCount(), 2);
        board.publish(kpi(QStringLiteral("saved"), 130, 100));
        QCOMPARE(board.rowCount(), 2);
        QCOMPARE(board.index(0, KpiBoard::StatusColumn).data().toString(), QStringLiteral("On target"));
        QCOMPARE(board.index(1, KpiBoard::StatusColumn).data().toString(), QStringLiteral("Off target"));
    }

    void withdraw()
    {
        KpiBoard board;
        board.publish(kpi(QStringLiteral("a"), 1, 2));
        board.publish(kpi(QStringLiteral("b"), 1, 2));
        QVERIFY(board.withdraw(QStringLiteral("org.citydeck.watering"), QStringLiteral("a")));
        QVERIFY(!board.withdraw(QStringLiteral("org.citydeck.watering"), QStringLiteral("a")));
        QCOMPARE(board.withdrawAll(QStringLiteral("org.citydeck.watering")), 1);
        QCOMPARE(board.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestKpiBoard)
#include "tst_kpiboard.moc"
