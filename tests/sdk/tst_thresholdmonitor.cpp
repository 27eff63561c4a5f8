// Threshold alarms through the sdk: one alarm per crossing, re-armed only after the value fell
// below the limit by the hysteresis margin; review mode reports breaches and raises nothing;
// scopes for every entity, every district or one subject; rules survive a JSON round trip.

#include "sdk/AlarmBoard.h"
#include "sdk/ThresholdEditor.h"
#include "sdk/ThresholdMonitor.h"

#include <QJsonDocument>
#include <QTest>

namespace {
ThresholdMonitor::Reading reading(const QString &subject, double count)
{
    return {subject, subject, subject.startsWith(QLatin1String("district:")) ? QString() : subject, {{QStringLiteral("count"), count}}};
}
} // namespace

class TestThresholdMonitor : public QObject
{
    Q_OBJECT

private slots:
    // The scopes every dashboard offers first, and the rules they make match the district readings.
    void cityScopes()
    {
        const QList<ThresholdEditor::Choice> scopes =
            ThresholdEditor::cityScopes(QStringLiteral("Every counter"), {QStringLiteral("Nord"), QStringLiteral("Sud")});
        QStringList keys;
        for (const ThresholdEditor::Choice &c : scopes)
            keys << c.key;
        QCOMPARE(keys, (QStringList{QStringLiteral("*"), QStringLiteral("district:*"), QStringLiteral("district:Nord"),
                                    QStringLiteral("district:Sud")}));
        QCOMPARE(scopes.at(0).label, QStringLiteral("Every counter"));
        QCOMPARE(scopes.at(2).label, ThresholdMonitor::districtLabel(QStringLiteral("Nord")));
        const QString nord = ThresholdMonitor::districtSubject(QStringLiteral("Nord"));
        const auto watches = [&](int scope) {
            ThresholdRule rule;
            rule.scope = scopes.at(scope).key;
            return rule.matches(nord);
        };
        QVERIFY(!watches(0));
        QVERIFY(watches(1));
        QVERIFY(watches(2));
        QVERIFY(!watches(3));
    }

    void oneAlarmPerCrossing()
    {
        AlarmBoard board;
        ThresholdMonitor monitor(&board, QStringLiteral("org.test"));
        monitor.setMeasureName(QStringLiteral("count"), QStringLiteral("people"));
        monitor.setRules({ThresholdRule{QStringLiteral("*"), QStringLiteral("count"), 100, Alarm::Severity::Critical}});
        const QDateTime t = QDateTime::currentDateTimeUtc();
        const double values[] = {50, 120, 130, 95, 110, 80, 101};
        const int raised[] = {0, 1, 1, 1, 1, 1, 2}; // 95 is within 10 % of the limit: not re-armed
        for (int i = 0; i < 7; ++i) {
            const QList<ThresholdMonitor::Breach> b = monitor.check({reading(QStringLiteral("c1"), values[i])}, t, true);
            QCOMPARE(b.size(), values[i] >= 100 ? 1 : 0);
            QCOMPARE(board.alarms().size(), raised[i]);
        }
        const Alarm a = board.alarms().constFirst();
        QCOMPARE(a.source, QStringLiteral("org.test"));
        QCOMPARE(a.entityId, QStringLiteral("c1"));
        QCOMPARE(a.severity, Alarm::Severity::Critical);
        QVERIFY(a.message.contains(QStringLiteral("people")));
    }

    void reviewRaisesNothing()
    {
        AlarmBoard board;
        ThresholdMonitor monitor(&board, QStringLiteral("org.test"));
        monitor.setRules({ThresholdRule{QStringLiteral("district:*"), QStringLiteral("count"), 10, Alarm::Severity::Warning},
                          ThresholdRule{QStringLiteral("c2"), QStringLiteral("count"), 5, Alarm::Severity::Info}});
        const QList<ThresholdMonitor::Breach> b = monitor.check(
            {reading(QStringLiteral("c1"), 50), reading(QStringLiteral("c2"), 6), reading(QStringLiteral("district:Centre"), 20)},
            QDateTime::currentDateTimeUtc(), false);
        QCOMPARE(b.size(), 2); // c1 has no rule of its own and "district:*" is not about counters
        QCOMPARE(board.alarms().size(), 0);
        // Going live afterwards raises what is over now.
        monitor.check({reading(QStringLiteral("district:Centre"), 20)}, QDateTime::currentDateTimeUtc(), true);
        QCOMPARE(board.alarms().size(), 1);
        QVERIFY(board.alarms().constFirst().entityId.isEmpty());
    }

    void rulesRoundTrip()
    {
        const ThresholdRule r{QStringLiteral("district:Centre-ville"), QStringLiteral("occupancy"), 0.85, Alarm::Severity::Critical};
        QCOMPARE(ThresholdRule::fromJson(QJsonDocument::fromJson(QJsonDocument(r.toJson()).toJson()).object()), r);
        QVERIFY(r.matches(QStringLiteral("district:Centre-ville")));
        QVERIFY(!r.matches(QStringLiteral("district:Europe")));
        ThresholdRule every;
        every.scope = QStringLiteral("*");
        QVERIFY(every.matches(QStringLiteral("urn:x")));
        QVERIFY(!every.matches(QStringLiteral("district:Europe")));
    }
};

QTEST_GUILESS_MAIN(TestThresholdMonitor)
#include "tst_thresholdmonitor.moc"
