#include "sdk/AlarmBoard.h"

#include "sdk/SdkLog.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

AlarmBoard::AlarmBoard(QObject *parent)
    : QAbstractTableModel(parent)
{
}

quint64 AlarmBoard::raise(Alarm alarm)
{
    alarm.id = m_nextId++;
    if (!alarm.raisedAt.isValid())
        alarm.raisedAt = QDateTime::currentDateTimeUtc();
    alarm.acknowledgedAt = {};
    alarm.clearedAt = {};
    beginInsertRows({}, 0, 0);
    m_alarms.prepend(alarm);
    endInsertRows();
    qCInfo(lcSdk).noquote() << "alarm" << alarm.id << Alarm::severityKey(alarm.severity) << alarm.source
                            << alarm.entityId << alarm.title;
    trimToCapacity();
    emit alarmRaised(alarm);
    emit unacknowledgedCountChanged(unacknowledgedCount());
    return alarm.id;
}

bool AlarmBoard::acknowledge(quint64 id, const QString &by)
{
    const int row = rowOf(id);
    if (row < 0 || m_alarms.at(row).isAcknowledged())
        return false;
    m_alarms[row].acknowledgedAt = QDateTime::currentDateTimeUtc();
    m_alarms[row].acknowledgedBy = by;
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    emit unacknowledgedCountChanged(unacknowledgedCount());
    return true;
}

bool AlarmBoard::clear(quint64 id)
{
    const int row = rowOf(id);
    if (row < 0 || m_alarms.at(row).isCleared())
        return false;
    m_alarms[row].clearedAt = QDateTime::currentDateTimeUtc();
    qCInfo(lcSdk).noquote() << "alarm" << id << "cleared";
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    return true;
}

bool AlarmBoard::updateText(quint64 id, const QString &title, const QString &message)
{
    const int row = rowOf(id);
    if (row < 0)
        return false;
    m_alarms[row].title = title;
    m_alarms[row].message = message;
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    return true;
}

int AlarmBoard::acknowledgeAll(const QString &by)
{
    int count = 0;
    for (const Alarm &a : std::as_const(m_alarms)) {
        if (!a.isAcknowledged() && acknowledge(a.id, by))
            ++count;
    }
    return count;
}

Alarm AlarmBoard::alarm(quint64 id) const
{
    const int row = rowOf(id);
    return row < 0 ? Alarm() : m_alarms.at(row);
}

int AlarmBoard::unacknowledgedCount() const
{
    return int(std::count_if(m_alarms.cbegin(), m_alarms.cend(),
                             [](const Alarm &a) { return !a.isAcknowledged(); }));
}

void AlarmBoard::setCapacity(int capacity)
{
    m_capacity = qMax(1, capacity);
    trimToCapacity();
}

void AlarmBoard::setSourceLabel(const QString &sourceId, const QString &label)
{
    m_sourceLabels.insert(sourceId, label);
}

int AlarmBoard::rowOf(quint64 id) const
{
    for (int row = 0; row < m_alarms.size(); ++row) {
        if (m_alarms.at(row).id == id)
            return row;
    }
    return -1;
}

void AlarmBoard::trimToCapacity()
{
    while (m_alarms.size() > m_capacity) {
        // Oldest acknowledged first; only when none is left does the oldest alarm go.
        int victim = int(m_alarms.size()) - 1;
        for (int row = victim; row >= 0; --row) {
            if (m_alarms.at(row).isAcknowledged()) {
                victim = row;
                break;
            }
        }
        if (!m_alarms.at(victim).isAcknowledged())
            qCWarning(lcSdk) << "alarm board full: dropping unacknowledged alarm" << m_alarms.at(victim).id;
        beginRemoveRows({}, victim, victim);
        m_alarms.removeAt(victim);
        endRemoveRows();
    }
}

int AlarmBoard::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_alarms.size());
}

int AlarmBoard::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString AlarmBoard::severityLabel(Alarm::Severity severity)
{
    switch (severity) {
    case Alarm::Severity::Info:
        return tr("Info");
    case Alarm::Severity::Warning:
        return tr("Warning");
    case Alarm::Severity::Critical:
        return tr("Critical");
    }
    return {};
}

QVariant AlarmBoard::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_alarms.size())
        return {};
    const Alarm &a = m_alarms.at(index.row());
    if (role == AlarmIdRole)
        return QVariant::fromValue(a.id);
    if (role == SeverityRole)
        return int(a.severity);
    if (role == SourceRole)
        return a.source;
    if (role == Qt::ForegroundRole && index.column() == SeverityColumn && !a.isAcknowledged() && !a.isCleared()) {
        if (a.severity == Alarm::Severity::Critical)
            return QBrush(QColor(0xd6, 0x27, 0x28));
        if (a.severity == Alarm::Severity::Warning)
            return QBrush(QColor(0xc0, 0x6a, 0x00));
    }
    if (role == Qt::ToolTipRole)
        return a.message.isEmpty() ? a.title : a.message;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case SeverityColumn:
        return severityLabel(a.severity);
    case TimeColumn:
        return QLocale().toString(a.raisedAt.toLocalTime(), QLocale::ShortFormat);
    case SourceColumn:
        return m_sourceLabels.value(a.source, a.source);
    case EntityColumn:
        return a.entityId;
    case TitleColumn:
        return a.title;
    case StatusColumn:
        if (a.isCleared())
            return a.isAcknowledged() ? tr("Cleared") : tr("Cleared, unacknowledged");
        return a.isAcknowledged() ? tr("Acknowledged") : tr("Open");
    default:
        return {};
    }
}

QVariant AlarmBoard::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case SeverityColumn:
        return tr("Severity");
    case TimeColumn:
        return tr("Raised");
    case SourceColumn:
        return tr("Dashboard");
    case EntityColumn:
        return tr("Entity");
    case TitleColumn:
        return tr("Alarm");
    case StatusColumn:
        return tr("Status");
    default:
        return {};
    }
}
