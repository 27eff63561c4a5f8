#pragma once

#include "watering/WaterSavings.h"

#include <QChartView>
#include <QWidget>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QTableWidget;

// Water used against the analogue scenario: per field or for all fields, per day, week, month or
// season — the smart rule's water (metered, else computed), the fixed schedule's, the water saved
// in m³ and %, and its price — as a chart, a table and a CSV file.
class SavingsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit SavingsPanel(QWidget *parent = nullptr);

    void setData(const QList<WaterSavings::DayUse> &days, const QList<WateringField> &fields);
    void setPrice(double pricePerM3);
    double price() const;
    void setPeriod(WaterSavings::Period period);
    void setField(const QString &fieldId);

    const QList<WaterSavings::Row> &rows() const { return m_rows; }
    QChartView *chartView() const { return m_chart; }
    QTableWidget *table() const { return m_table; }
    QString summary() const;
    QString scopeName() const;
    bool exportCsv(const QString &path, QString *error) const;

signals:
    void priceChanged(double pricePerM3);
    void message(const QString &text);

private:
    void redraw();

    QComboBox *m_period;
    QComboBox *m_field;
    QDoubleSpinBox *m_price;
    QChartView *m_chart;
    QTableWidget *m_table;
    QLabel *m_summary;
    QList<WaterSavings::DayUse> m_days;
    QList<WaterSavings::Row> m_rows;
};
