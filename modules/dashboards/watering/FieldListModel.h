#pragma once

#include "watering/WateringField.h"
#include "watering/WateringPlanner.h"

#include <QAbstractTableModel>
#include <QTimeZone>

// The fields and today's plan as a sortable table: moisture against the field's threshold, the
// decision, when, how much, and why.
class FieldListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, MoistureColumn, ThresholdColumn, SoilColumn, DecisionColumn, TimeColumn, VolumeColumn, ReasonColumn, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1, SortRole };

    explicit FieldListModel(QObject *parent = nullptr);

    void setState(const QList<WateringField> &fields, const QList<WateringPlanner::FieldPlan> &plan, const WateringSettings &settings,
                  qint64 t);
    int rowOf(const QString &id) const;
    const WateringDecision *decisionOf(const QString &id) const;

    static QString actionName(const WateringDecision &d);
    static QString soilName(int soil);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        WateringField field;
        WateringDecision decision;
        bool provisional = false;
        double threshold = 0;
        int soil = 0;
    };
    QList<Row> m_rows;
    QTimeZone m_zone;
};
