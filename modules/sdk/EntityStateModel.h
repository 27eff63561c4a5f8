#pragma once

#include "sdk/sdk_export.h"

#include "core/Entity.h"

#include <QAbstractTableModel>
#include <QStringList>

#include <vector>

class DashboardContext;
class QTimer;

// The state of some entities at the time cursor, as a table: one row per entity, one column per
// chosen attribute, the time of its newest value and whether it is stale. It follows the cursor
// (live: re-read when new values are stored; review: re-read when the cursor moves) and reads
// only the store, never the network. Dashboards use it as their data feed and the shell's data
// browser shows it.
class CITYDECK_SDK_EXPORT EntityStateModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Role { EntityIdRole = Qt::UserRole + 1, StaleRole, LastObservedRole, SortRole };
    enum FixedColumn { EntityColumn, TypeColumn, LastObservedColumn, StatusColumn, FixedColumnCount };

    explicit EntityStateModel(DashboardContext *context, QObject *parent = nullptr);

    // Types read (empty: every type) and attribute columns (empty: none beyond the fixed ones).
    void setTypes(const QStringList &types);
    QStringList types() const { return m_types; }
    void setAttributes(const QStringList &attributes);
    QStringList attributes() const { return m_attributes; }
    // Overrides the context's stale threshold for this model (0: follow the context).
    void setStaleAfterMs(qint64 ms);
    qint64 staleAfterMs() const;

    // The time the rows show (ms, UTC), the newest value among them (invalid when none).
    qint64 time() const { return m_time; }
    qint64 asOf() const { return m_asOf; }
    int staleCount() const { return m_staleCount; }
    bool isLive() const;
    DashboardContext *context() const { return m_context; }
    const Entity &entity(int row) const { return m_entities.at(size_t(row)); }
    const std::vector<Entity> &entities() const { return m_entities; }
    int rowOf(const QString &entityId) const;

    // Reads the store again now (the model does it by itself when the cursor or the data move).
    void refresh();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    void refreshed();

private:
    void scheduleRefresh();

    DashboardContext *m_context;
    QTimer *m_coalesce;
    QStringList m_types;
    QStringList m_attributes;
    qint64 m_staleAfterMs = 0;
    std::vector<Entity> m_entities;
    std::vector<qint64> m_lastObserved;
    qint64 m_time = 0;
    qint64 m_asOf = 0;
    int m_staleCount = 0;
};
