#pragma once

#include "sdk/sdk_export.h"

#include "core/Kpi.h"

#include <QAbstractTableModel>
#include <QList>

// The pilots' KPIs that dashboards publish, as a table for the council officer's review area.
// A KPI is keyed by (source, id): publishing it again updates it in place.
class CITYDECK_SDK_EXPORT KpiBoard : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, ValueColumn, TargetColumn, StatusColumn, PeriodColumn, SourceColumn, ColumnCount };

    explicit KpiBoard(QObject *parent = nullptr);

    void publish(const Kpi &kpi);
    bool withdraw(const QString &source, const QString &id);
    int withdrawAll(const QString &source);
    QList<Kpi> kpis() const { return m_kpis; }
    void setSourceLabel(const QString &sourceId, const QString &label);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    void kpiPublished(const Kpi &kpi);

private:
    int rowOf(const QString &source, const QString &id) const;
    static QString formatValue(double value, const QString &unit);

    QList<Kpi> m_kpis;
    QHash<QString, QString> m_sourceLabels;
};
