#pragma once

// What the dashboards' Qt Charts views share. Header-only: the sdk itself does not link Qt Charts;
// a dashboard that draws charts does (DEPENDS Qt6::Charts).

#include <QAbstractAxis>
#include <QAbstractSeries>
#include <QChart>
#include <QChartView>

namespace DashboardChart {

// The look every dashboard chart has: antialiased, legend below, thin margins.
inline void setUp(QChartView *view)
{
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(260);
    view->chart()->legend()->setAlignment(Qt::AlignBottom);
    view->chart()->setMargins(QMargins(4, 4, 4, 4));
}

// Removes every series and axis before a chart is drawn again.
inline void clear(QChart *chart, const QString &title)
{
    chart->removeAllSeries();
    for (QAbstractAxis *axis : chart->axes()) {
        chart->removeAxis(axis);
        delete axis;
    }
    chart->setTitle(title);
}

// Adds the two axes and attaches every series to both.
inline void attachAxes(QChart *chart, QAbstractAxis *x, QAbstractAxis *y)
{
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    for (QAbstractSeries *s : chart->series()) {
        s->attachAxis(x);
        s->attachAxis(y);
    }
}

} // namespace DashboardChart
