#pragma once

#include "watering/WateringPlanner.h"

#include <QChartView>
#include <QWidget>

class QComboBox;
class QLabel;

// One field over time: soil moisture and soil temperature for the last week with the field's
// thresholds, the rain the station observed, the waterings (when and how much), the drying
// expected over the next 48 h, and beside it today's plan, reservations and mowing.
class FieldPanel : public QWidget
{
    Q_OBJECT
public:
    explicit FieldPanel(QWidget *parent = nullptr);

    void setFields(const QList<WateringField> &fields);
    void selectField(const QString &id);
    QString fieldId() const;
    // Draws the chosen field at t.
    void refresh(WateringPlanner &planner, const QList<WateringPlanner::FieldPlan> &plan, const WateringSettings &settings, qint64 t);

    QChartView *chartView() const { return m_chart; }
    QString infoText() const;
    QStringList seriesNames() const;
    int wateringsShown() const { return m_waterings; }

    static constexpr int kHistoryDays = 7;
    static constexpr int kForecastHours = 48;

signals:
    void fieldChosen(const QString &id);

private:
    QComboBox *m_choice;
    QChartView *m_chart;
    QLabel *m_info;
    int m_waterings = 0;
};
