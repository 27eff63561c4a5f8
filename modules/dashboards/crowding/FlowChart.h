#pragma once

#include "crowding/FlowAggregator.h"

#include <QChartView>

// A subject's day by hour as a bar chart (the hour in progress lighter), with the same weekday a
// week and a year before as lines and the forecast as a dashed continuation from the last
// complete hour.
class FlowChart : public QChartView
{
    Q_OBJECT
public:
    explicit FlowChart(QWidget *parent = nullptr);

    void setDay(const FlowDay &day, const QString &title);
    // What is drawn (tests): series names and their point or bar counts.
    QStringList seriesNames() const;
};
