#include "core/IsoTime.h"

#include <QTest>

class TestIsoTime : public QObject
{
    Q_OBJECT

private slots:
    void parse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected"); // Qt's reading, or "" for invalid
        QTest::newRow("Z") << "2026-03-14T09:30:00Z" << "2026-03-14T09:30:00Z";
        QTest::newRow("millis") << "2021-09-16T10:59:58.790Z" << "2021-09-16T10:59:58.790Z";
        QTest::newRow("micros") << "2021-09-16T10:59:58.790123Z" << "2021-09-16T10:59:58.790Z";
        QTest::newRow("offset") << "2026-03-14T10:30:00+01:00" << "2026-03-14T09:30:00Z";
        QTest::newRow("offset no colon") << "2026-03-14T07:30:00-0200" << "2026-03-14T09:30:00Z";
        QTest::newRow("no zone = UTC") << "2018-08-07T11:10:00" << "2018-08-07T11:10:00Z";
        QTest::newRow("no seconds") << "2021-09-16T11:00" << "2021-09-16T11:00:00Z";
        QTest::newRow("date only") << "2020-08-01" << "2020-08-01T00:00:00Z";
        QTest::newRow("leap day") << "2024-02-29T12:00:00Z" << "2024-02-29T12:00:00Z";
        QTest::newRow("before 1970") << "1969-12-31T23:59:59Z" << "1969-12-31T23:59:59Z";
        QTest::newRow("double T (SDM defect)") << "2020-03-17TT08:45:00Z" << "";
        QTest::newRow("no leap day") << "2023-02-29T12:00:00Z" << "";
        QTest::newRow("month 13") << "2023-13-01T12:00:00Z" << "";
        QTest::newRow("garbage") << "yesterday" << "";
        QTest::newRow("trailing") << "2026-03-14T09:30:00Zx" << "";
        QTest::newRow("empty") << "" << "";
        // The canonical form's fast path must refuse what the general path refuses.
        QTest::newRow("letter in minutes") << "2026-03-14T09:3a:00Z" << "";
        QTest::newRow("sign in year") << "-026-03-14T09:30:00Z" << "";
        QTest::newRow("hour 25") << "2026-03-14T25:30:00Z" << "";
        QTest::newRow("24:00:01") << "2026-03-14T24:00:01Z" << "";
        QTest::newRow("dot without digits") << "2026-03-14T09:30:00.Z" << "";
        QTest::newRow("fraction without seconds") << "2026-03-14T09:30.5Z" << "";
        QTest::newRow("fraction after date") << "2026-03-14.5" << "";
        QTest::newRow("day 31 in April") << "2026-04-31T09:30:00Z" << "";
    }

    void parse()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        const qint64 ms = IsoTime::parse(text);
        if (expected.isEmpty()) {
            QCOMPARE(ms, IsoTime::invalid);
        } else {
            QCOMPARE(IsoTime::format(ms), expected);
            QCOMPARE(ms, QDateTime::fromString(expected, Qt::ISODateWithMs).toMSecsSinceEpoch());
        }
    }

    void agreesWithQtOverYears()
    {
        QDateTime t(QDate(1999, 12, 31), QTime(23, 0), Qt::UTC);
        for (int i = 0; i < 2000; ++i) {
            t = t.addSecs(3600 * 7 + 13);
            QCOMPARE(IsoTime::parse(t.toString(Qt::ISODate)), t.toMSecsSinceEpoch());
        }
    }
};

QTEST_GUILESS_MAIN(TestIsoTime)
#include "tst_isotime.moc"
