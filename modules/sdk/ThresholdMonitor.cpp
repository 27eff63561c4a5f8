#include "sdk/ThresholdMonitor.h"

#include "sdk/AlarmBoard.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QSettings>

namespace {
const QString kDistrictPrefix = QStringLiteral("district:");
}

QString ThresholdMonitor::districtSubject(const QString &district)
{
    return kDistrictPrefix + district;
}

QString ThresholdMonitor::districtLabel(const QString &district)
{
    return tr("District %1").arg(district);
}

bool ThresholdRule::matches(const QString &subject) const
{
    const bool district = subject.startsWith(kDistrictPrefix);
    if (scope == QLatin1String("*"))
        return !district;
    if (scope == kDistrictPrefix + QLatin1Char('*'))
        return district;
    return scope == subject;
}

QJsonObject ThresholdRule::toJson() const
{
    return {{QStringLiteral("scope"), scope},
            {QStringLiteral("measure"), measure},
            {QStringLiteral("limit"), limit},
            {QStringLiteral("severity"), Alarm::severityKey(severity)}};
}

ThresholdRule ThresholdRule::fromJson(const QJsonObject &json)
{
    ThresholdRule r;
    r.scope = json.value(QStringLiteral("scope")).toString();
    r.measure = json.value(QStringLiteral("measure")).toString();
    r.limit = json.value(QStringLiteral("limit")).toDouble();
    const QString severity = json.value(QStringLiteral("severity")).toString();
    for (Alarm::Severity s : {Alarm::Severity::Info, Alarm::Severity::Warning, Alarm::Severity::Critical}) {
        if (Alarm::severityKey(s) == severity)
            r.severity = s;
    }
    return r;
}

QList<ThresholdRule> ThresholdRule::load(const QSettings *settings, const QString &key, const QList<ThresholdRule> &defaults)
{
    if (!settings->contains(key))
        return defaults;
    QList<ThresholdRule> rules;
    for (const QJsonValue &r : QJsonDocument::fromJson(settings->value(key).toByteArray()).array()) {
        const ThresholdRule rule = fromJson(r.toObject());
        if (!rule.scope.isEmpty() && !rule.measure.isEmpty())
            rules << rule;
    }
    return rules;
}

void ThresholdRule::save(QSettings *settings, const QString &key, const QList<ThresholdRule> &rules)
{
    QJsonArray array;
    for (const ThresholdRule &r : rules)
        array << r.toJson();
    settings->setValue(key, QJsonDocument(array).toJson(QJsonDocument::Compact));
}

ThresholdMonitor::ThresholdMonitor(AlarmBoard *board, const QString &source, QObject *parent)
    : QObject(parent)
    , m_board(board)
    , m_source(source)
{
}

void ThresholdMonitor::setRules(const QList<ThresholdRule> &rules)
{
    if (rules == m_rules)
        return;
    m_rules = rules;
    m_active.clear();
}

QString ThresholdMonitor::describe(const ThresholdRule &rule, double value) const
{
    const QString measure = m_measureNames.value(rule.measure, rule.measure);
    const QLocale locale;
    return tr("%1: %2 (limit %3)").arg(measure, locale.toString(value, 'g', 4), locale.toString(rule.limit, 'g', 4));
}

QList<ThresholdMonitor::Breach> ThresholdMonitor::check(const QList<Reading> &readings, const QDateTime &t, bool raise)
{
    QList<Breach> breaches;
    for (const Reading &r : readings) {
        for (int i = 0; i < m_rules.size(); ++i) {
            const ThresholdRule &rule = m_rules.at(i);
            const auto value = r.values.constFind(rule.measure);
            if (value == r.values.cend() || !rule.matches(r.subject))
                continue;
            const QString key = r.subject + QLatin1Char('\n') + QString::number(i);
            if (*value >= rule.limit) {
                breaches << Breach{r.subject, i, *value};
                if (raise && !m_active.contains(key)) {
                    m_active.insert(key);
                    Alarm alarm;
                    alarm.source = m_source;
                    alarm.entityId = r.entityId;
                    alarm.severity = rule.severity;
                    alarm.title = tr("%1 over its limit").arg(r.label);
                    alarm.message = describe(rule, *value);
                    alarm.raisedAt = t;
                    m_board->raise(alarm);
                }
            } else if (*value < rule.limit * (1 - m_hysteresis)) {
                m_active.remove(key);
            }
        }
    }
    return breaches;
}
