#pragma once

#include "energy/EnergyBuilding.h"
#include "energy/EnergyMeasures.h"

#include <QTimeZone>
#include <QWidget>

class EntityStore;
class QChartView;
class QLabel;
class TypicalProfile;

// The picked building: what it is, what its meter says now, its consumption over the period as a
// chart (by hour for a day, by day for a week or a month), and how it compares with the buildings
// of the same use. Everything at the cursor's time, live or reviewed.
class BuildingPanel : public QWidget
{
    Q_OBJECT
public:
    struct Consumption
    {
        QList<qint64> starts; // hour or day starts
        QList<double> kwh;
    };

    explicit BuildingPanel(const EntityStore *store, QWidget *parent = nullptr);

    // building: nullptr clears the panel. all: every building (for the comparison).
    void showBuilding(const EnergyBuilding *building, const std::vector<EnergyBuilding> &all, const QHash<QString, double> &before,
              const TypicalProfile &typical, EnergyMeasures::Period period, qint64 t);
    // kWh per hour (a day) or per day (a week, a month) ending at t, from the meter's cumulative
    // import: what was used between two readings belongs to the interval they close.
    static Consumption consumption(const EntityStore &store, const QString &meterId, EnergyMeasures::Period period, qint64 t,
                                   const QTimeZone &zone);
    QString comparisonText() const;
    QChartView *chart() const { return m_chart; }

private:
    const EntityStore *m_store;
    QLabel *m_title;
    QLabel *m_facts;
    QLabel *m_comparison;
    QChartView *m_chart;
    QTimeZone m_zone = QTimeZone::systemTimeZone();
};
