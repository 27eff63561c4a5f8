#pragma once

#include "parking/OccupancyHistory.h"

#include "sdk/SeasonalForecast.h"

#include <QChartView>

// Occupancy over time as a chart: the mean (and, by day or week, the busiest hour) as lines in
// per cent, the forecast dashed after the last value, the saturation level dotted.
class OccupancyChart : public QChartView
{
    Q_OBJECT
public:
    explicit OccupancyChart(QWidget *parent = nullptr);

    void setData(const QList<OccupancyHistory::Period> &periods, OccupancyHistory::Resolution resolution,
                 const QList<SeasonalForecast::Point> &forecast, const QString &title);
    QStringList seriesNames() const;
};
