#include "core/TimeCursor.h"

#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>

class TestTimeCursor : public QObject
{
    Q_OBJECT

private:
    const QDateTime m_now = QDateTime(QDate(2026, 3, 14), QTime(9, 30), Qt::UTC);

    void freeze(TimeCursor &cursor) const
    {
        const QDateTime now = m_now;
        cursor.setClock([now] { return now; });
    }

private slots:
    void startsLiveOnTheClock()
    {
        TimeCursor cursor;
        freeze(cursor);
        QVERIFY(cursor.isLive());
        QCOMPARE(cursor.time(), m_now);
    }

    void reviewFixesTimeAndSignalsOnce()
    {
        TimeCursor cursor;
        freeze(cursor);
        QSignalSpy modes(&cursor, &TimeCursor::modeChanged);
        QSignalSpy times(&cursor, &TimeCursor::timeChanged);
        const QDateTime t = m_now.addSecs(-3600);
        cursor.review(t);
        QCOMPARE(cursor.mode(), TimeCursor::Mode::Review);
        QCOMPARE(cursor.time(), t);
        QCOMPARE(modes.count(), 1);
        QCOMPARE(times.count(), 1);
        cursor.review(t); // same instant: nothing to tell
        QCOMPARE(times.count(), 1);
        cursor.review(t.addSecs(60));
        QCOMPARE(modes.count(), 1);
        QCOMPARE(times.count(), 2);
    }

    void reviewInTheFutureIsClampedToNow()
    {
        TimeCursor cursor;
        freeze(cursor);
        cursor.review(m_now.addDays(2));
        QCOMPARE(cursor.time(), m_now);
    }

    void reviewConvertsToUtc()
    {
        TimeCursor cursor;
        freeze(cursor);
        const QDateTime paris(QDate(2026, 3, 14), QTime(8, 0), QTimeZone("Europe/Paris"));
        cursor.review(paris);
        QCOMPARE(cursor.time().timeSpec(), Qt::UTC);
        QCOMPARE(cursor.time(), QDateTime(QDate(2026, 3, 14), QTime(7, 0), Qt::UTC));
    }

    void invalidReviewIsIgnored()
    {
        TimeCursor cursor;
        QSignalSpy modes(&cursor, &TimeCursor::modeChanged);
        cursor.review(QDateTime());
        QVERIFY(cursor.isLive());
        QCOMPARE(modes.count(), 0);
    }

    void goLiveReturnsToTheClock()
    {
        TimeCursor cursor;
        freeze(cursor);
        cursor.review(m_now.addSecs(-60));
        QSignalSpy modes(&cursor, &TimeCursor::modeChanged);
        cursor.goLive();
        QVERIFY(cursor.isLive());
        QCOMPARE(cursor.time(), m_now);
        QCOMPARE(modes.count(), 1);
        cursor.goLive();
        QCOMPARE(modes.count(), 1);
    }
};

QTEST_GUILESS_MAIN(TestTimeCursor)
#include "tst_timecursor.moc"
