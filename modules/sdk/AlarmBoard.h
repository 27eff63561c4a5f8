#pragma once

#include "sdk/sdk_export.h"

#include "core/Alarm.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

// Every alarm the dashboards raise, newest first, as a table the shell's alarm area shows.
// Keeps at most capacity() alarms: when full, the oldest acknowledged one goes first, so an
// unacknowledged alarm is never dropped silently while acknowledged history is available.
class CITYDECK_SDK_EXPORT AlarmBoard : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { SeverityColumn, TimeColumn, SourceColumn, EntityColumn, TitleColumn, StatusColumn, ColumnCount };
    enum Role { AlarmIdRole = Qt::UserRole + 1, SeverityRole, SourceRole }; // SourceRole: the dashboard id, to filter one's own

    explicit AlarmBoard(QObject *parent = nullptr);

    // Returns the id given to the alarm. raisedAt defaults to now (UTC).
    quint64 raise(Alarm alarm);
    bool acknowledge(quint64 id, const QString &by = QString());
    int acknowledgeAll(const QString &by = QString());
    // The condition ended: the alarm stays listed (until acknowledged and trimmed) as cleared.
    bool clear(quint64 id);
    // New wording while the condition lasts (the data source's reason may change).
    bool updateText(quint64 id, const QString &title, const QString &message);

    QList<Alarm> alarms() const { return m_alarms; }
    Alarm alarm(quint64 id) const;
    int unacknowledgedCount() const;
    int capacity() const { return m_capacity; }
    void setCapacity(int capacity);
    // Display name of a source dashboard id (the catalog fills it from the metadata).
    void setSourceLabel(const QString &sourceId, const QString &label);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString severityLabel(Alarm::Severity severity);

signals:
    void alarmRaised(const Alarm &alarm);
    void unacknowledgedCountChanged(int count);

private:
    int rowOf(quint64 id) const;
    void trimToCapacity();

    QList<Alarm> m_alarms; // newest first
    QHash<QString, QString> m_sourceLabels;
    quint64 m_nextId = 1;
    int m_capacity = 10000;
};
