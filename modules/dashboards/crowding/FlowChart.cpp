#include "crowding/FlowChart.h"

#include "sdk/DashboardChart.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QLegendMarker>
#include <QLineSeries>
#include <QStackedBarSeries>
#include <QValueAxis>

namespace {
QLineSeries *lineOf(const FlowDay::Hours &hours, const QString &name, const QPen &pen)
{
    auto *line = new QLineSeries;
    line->setName(name);
    line->setPen(pen);
    for (int h = 0; h < 24; ++h) {
        if (std::isfinite(hours[size_t(h)]))
            line->append(h, hours[size_t(h)]);
    }
    return line;
}
} // namespace

FlowChart::FlowChart(QWidget *parent)
    : QChartView(parent)
{
    DashboardChart::setUp(this);
}

void FlowChart::setDay(const FlowDay &day, const QString &title)
{
    QChart *c = chart();
    DashboardChart::clear(c, title);

    auto *counted = new QBarSet(tr("People per hour"));
    counted->setColor(QColor(0x31, 0x68, 0x8e));
    counted->setBorderColor(QColor(0x31, 0x68, 0x8e));
    auto *partial = new QBarSet(tr("Hour in progress"));
    partial->setColor(QColor(0x9e, 0xbc, 0xda));
    partial->setBorderColor(QColor(0x31, 0x68, 0x8e));
    double top = 1;
    for (int h = 0; h < 24; ++h) {
        const double v = std::isfinite(day.counts[size_t(h)]) ? day.counts[size_t(h)] : 0;
        *counted << (h == day.hourInProgress ? 0 : v);
        *partial << (h == day.hourInProgress ? v : 0);
        top = std::max({top, v, std::isfinite(day.lastWeek[size_t(h)]) ? day.lastWeek[size_t(h)] : 0,
                        std::isfinite(day.lastYear[size_t(h)]) ? day.lastYear[size_t(h)] : 0});
    }
    auto *bars = new QStackedBarSeries;
    bars->append(counted);
    if (day.hourInProgress >= 0)
        bars->append(partial);
    else
        delete partial;
    bars->setBarWidth(0.8);
    c->addSeries(bars);

    QList<QAbstractSeries *> lines;
    if (day.hasLastWeek())
        lines << lineOf(day.lastWeek, tr("Same weekday last week"), QPen(QColor(0x33, 0x33, 0x33), 1.6, Qt::DotLine));
    if (day.hasLastYear())
        lines << lineOf(day.lastYear, tr("Same weekday last year"), QPen(QColor(0xcc, 0x79, 0xa7), 1.6, Qt::DashDotLine));
    if (!day.forecast.isEmpty() && day.hourInProgress >= 0) {
        // Dashed from the last complete hour's count into the hours ahead.
        auto *forecast = new QLineSeries;
        forecast->setName(tr("Forecast"));
        forecast->setPen(QPen(QColor(0xd5, 0x5e, 0x00), 2.4, Qt::DashLine));
        const int last = day.hourInProgress - 1;
        if (last >= 0 && std::isfinite(day.counts[size_t(last)]))
            forecast->append(last, day.counts[size_t(last)]);
        for (int i = 0; i < day.forecast.size() && day.hourInProgress + i < 24; ++i) {
            if (std::isfinite(day.forecast.at(i).value)) {
                forecast->append(day.hourInProgress + i, day.forecast.at(i).value);
                top = std::max(top, day.forecast.at(i).value);
            }
        }
        lines << forecast;
    }
    for (QAbstractSeries *s : std::as_const(lines))
        c->addSeries(s);

    auto *hours = new QBarCategoryAxis;
    for (int h = 0; h < 24; ++h)
        hours->append(QStringLiteral("%1").arg(h, 2, 10, QLatin1Char('0')));
    hours->setTitleText(tr("Hour"));
    auto *people = new QValueAxis;
    people->setRange(0, top * 1.08);
    people->applyNiceNumbers();
    people->setLabelFormat(QStringLiteral("%.0f"));
    people->setTitleText(tr("People"));
    DashboardChart::attachAxes(c, hours, people);
}

QStringList FlowChart::seriesNames() const
{
    QStringList out;
    for (QAbstractSeries *s : chart()->series()) {
        if (auto *bars = qobject_cast<QStackedBarSeries *>(s)) {
            for (QBarSet *set : bars->barSets())
                out << set->label();
        } else {
            out << s->name();
        }
    }
    return out;
}
