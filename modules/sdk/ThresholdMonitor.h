#pragma once

#include "sdk/sdk_export.h"

#include "core/Alarm.h"

#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QSet>

class AlarmBoard;
class QSettings;

// One limit an operator set: "counter X above 400 people", "every zone above 80 % occupancy".
struct CITYDECK_SDK_EXPORT ThresholdRule
{
    QString scope;   // a subject id (entity id, "district:<name>"), "*" every entity, "district:*" every district
    QString measure; // the reading's measure ("peopleCount", "occupancy")
    double limit = 0;
    Alarm::Severity severity = Alarm::Severity::Warning;

    bool matches(const QString &subject) const;
    QJsonObject toJson() const;
    static ThresholdRule fromJson(const QJsonObject &json);
    // A dashboard's rules under `key` of the settings' current group; `defaults` when never saved
    // (an empty saved list stays empty: the operator removed every rule).
    static QList<ThresholdRule> load(const QSettings *settings, const QString &key, const QList<ThresholdRule> &defaults);
    static void save(QSettings *settings, const QString &key, const QList<ThresholdRule> &rules);
    bool operator==(const ThresholdRule &) const = default;
};

// Watches readings against threshold rules and raises one alarm on the board when a subject
// crosses a limit; it is raised again only after the value fell back below the limit by the
// hysteresis margin, so a count hovering at the limit does not flood the console. In review
// mode it reports breaches (for highlighting) without raising anything: the past does not ring.
class CITYDECK_SDK_EXPORT ThresholdMonitor : public QObject
{
    Q_OBJECT
public:
    // The subject of a district's reading, and its label in alarms and lists.
    static QString districtSubject(const QString &district);
    static QString districtLabel(const QString &district);

    struct Reading
    {
        QString subject;  // entity id or "district:<name>"
        QString label;    // for the alarm's text
        QString entityId; // the entity the alarm is about (empty for a district)
        QHash<QString, double> values;
    };

    struct Breach
    {
        QString subject;
        int rule = -1;
        double value = 0;
    };

    ThresholdMonitor(AlarmBoard *board, const QString &source, QObject *parent = nullptr);

    void setRules(const QList<ThresholdRule> &rules);
    const QList<ThresholdRule> &rules() const { return m_rules; }
    // Display name of a measure in alarm texts ("people", "occupancy").
    void setMeasureName(const QString &measure, const QString &name) { m_measureNames.insert(measure, name); }
    // Fraction of the limit a value must fall below it before the alarm re-arms (default 0.1).
    void setHysteresis(double fraction) { m_hysteresis = fraction; }

    // Readings at time t; raise: live (alarms go to the board), else review (breaches only).
    QList<Breach> check(const QList<Reading> &readings, const QDateTime &t, bool raise);
    // Forgets which subjects are over their limits (another connection was opened).
    void reset() { m_active.clear(); }

private:
    QString describe(const ThresholdRule &rule, double value) const;

    AlarmBoard *m_board;
    QString m_source;
    QList<ThresholdRule> m_rules;
    QHash<QString, QString> m_measureNames;
    double m_hysteresis = 0.1;
    QSet<QString> m_active; // subject + rule index, while over the limit
};
