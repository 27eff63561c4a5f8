#include "sdk/AlarmBoard.h"
#include "sdk/EntityStore.h"
#include "sdk/FeedAlarm.h"

#include <QSignalSpy>
#include <QTest>

class TestAlarmBoard : public QObject
{
    Q_OBJECT

private:
    static Alarm alarm(const QString &title, Alarm::Severity severity = Alarm::Severity::Warning)
    {
        Alarm a;
        a.source = QStringLiteral("org.citydeck.parking");
        a.entityId = QStringLiteral("urn:ngsi-ld:OffStreetParking:centre");
        a.severity = severity;
        a.title = title;
        return a;
    }

private slots:
    void raiseNumbersNewestFirst()
    {
        AlarmBoard board;
        QSignalSpy raised(&board, &AlarmBoard::alarmRaised);
        const quint64 first = board.raise(alarm(QStringLiteral("first")));
        const quint64 second = board.raise(alarm(QStringLiteral("second"), Alarm::Severity::Critical));
        QVERIFY(second > first);
        QCOMPARE(board.rowCount(), 2);
        QCOMPARE(board.index(0, AlarmBoard::TitleColumn).data().toString(), QStringLiteral("second"));
        QCOMPARE(board.index(0, AlarmBoard::SeverityColumn).data().toString(), QStringLiteral("Critical"));
        QVERIFY(board.alarm(first).raisedAt.isValid());
        QCOMPARE(raised.count(), 2);
        QCOMPARE(board.unacknowledgedCount(), 2);
    }

    void acknowledge()
    {
        AlarmBoard board;
        const quint64 id = board.raise(alarm(QStringLiteral("a")));
        board.raise(alarm(QStringLiteral("b")));
        QSignalSpy counts(&board, &AlarmBoard::unacknowledgedCountChanged);
        QVERIFY(board.acknowledge(id, QStringLiteral("operator-1")));
        QVERIFY(!board.acknowledge(id)); // already acknowledged
        QVERIFY(!board.acknowledge(9999));
        QCOMPARE(board.unacknowledgedCount(), 1);
        QCOMPARE(board.alarm(id).acknowledgedBy, QStringLiteral("operator-1"));
        QCOMPARE(counts.count(), 1);
        QCOMPARE(counts.at(0).at(0).toInt(), 1);
        QCOMPARE(board.acknowledgeAll(), 1);
        QCOMPARE(board.unacknowledgedCount(), 0);
    }

    void capacityDropsAcknowledgedFirst()
    {
        AlarmBoard board;
        board.setCapacity(3);
        const quint64 oldest = board.raise(alarm(QStringLiteral("oldest open")));
        const quint64 acked = board.raise(alarm(QStringLiteral("acknowledged")));
        board.acknowledge(acked);
        board.raise(alarm(QStringLiteral("third")));
        board.raise(alarm(QStringLiteral("fourth")));
        QCOMPARE(board.rowCount(), 3);
        QCOMPARE(board.alarm(acked).id, quint64(0)); // gone
        QCOMPARE(board.alarm(oldest).id, oldest);    // kept: still open
        board.raise(alarm(QStringLiteral("fifth")));
        QCOMPARE(board.rowCount(), 3);
        QCOMPARE(board.alarm(oldest).id, quint64(0)); // nothing acknowledged left: oldest goes
    }

    void sourceLabel()
    {
        AlarmBoard board;
        board.setSourceLabel(QStringLiteral("org.citydeck.parking"), QStringLiteral("Parking"));
        board.raise(alarm(QStringLiteral("x")));
        QCOMPARE(board.index(0, AlarmBoard::SourceColumn).data().toString(), QStringLiteral("Parking"));
        QCOMPARE(board.headerData(AlarmBoard::StatusColumn, Qt::Horizontal).toString(), QStringLiteral("Status"));
    }

    void clearedAlarmsStayListed()
    {
        AlarmBoard board;
        const quint64 id = board.raise(alarm(QStringLiteral("full")));
        QVERIFY(board.clear(id));
        QVERIFY(!board.clear(id)); // once
        QVERIFY(board.alarm(id).isCleared());
        QCOMPARE(board.index(0, AlarmBoard::StatusColumn).data().toString(), QStringLiteral("Cleared, unacknowledged"));
        QVERIFY(board.acknowledge(id));
        QCOMPARE(board.index(0, AlarmBoard::StatusColumn).data().toString(), QStringLiteral("Cleared"));
        QVERIFY(!board.clear(4242));
    }

    void dataSourceAlarmFollowsTheFeed()
    {
        AlarmBoard board;
        EntityStore store;
        store.setSourceName(QStringLiteral("Saint-Quentin"));
        FeedAlarm feedAlarm(&store, &board);
        QCOMPARE(board.rowCount(), 0);
        const QDateTime since = QDateTime::currentDateTimeUtc();
        store.setFeedProblem(QStringLiteral("broker unreachable"), since);
        QCOMPARE(board.rowCount(), 1);
        const Alarm raised = board.alarm(feedAlarm.activeAlarm());
        QCOMPARE(raised.source, QString::fromLatin1(FeedAlarm::kSource));
        QCOMPARE(raised.severity, Alarm::Severity::Critical);
        QCOMPARE(raised.title, QStringLiteral("Data not live: broker unreachable"));
        QVERIFY(raised.message.startsWith(QStringLiteral("Saint-Quentin: broker unreachable since")));
        QCOMPARE(board.index(0, AlarmBoard::SourceColumn).data().toString(), QStringLiteral("Data source"));
        // The same incident with another reason: reworded, not raised twice.
        store.setFeedProblem(QStringLiteral("subscription lost"), since);
        QCOMPARE(board.rowCount(), 1);
        QCOMPARE(board.alarm(raised.id).title, QStringLiteral("Data not live: broker unreachable"));
        QVERIFY(board.alarm(raised.id).message.contains(QStringLiteral("subscription lost since")));
        store.setFeedProblem({}, {});
        QVERIFY(board.alarm(raised.id).isCleared());
        QCOMPARE(feedAlarm.activeAlarm(), quint64(0));
        // A new incident is a new alarm.
        store.setFeedProblem(QStringLiteral("notifications stopped"), since.addSecs(60));
        QCOMPARE(board.rowCount(), 2);
        QVERIFY(feedAlarm.activeAlarm() != raised.id);
    }
};

QTEST_GUILESS_MAIN(TestAlarmBoard)
#include "tst_alarmboard.moc"
