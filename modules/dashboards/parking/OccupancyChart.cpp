#include "parking/OccupancyChart.h"

#include "parking/ParkingColors.h"

#include "sdk/DashboardChart.h"

#include <QDateTime>
#include <QDateTimeAxis>
#include <QLineSeries>
#include <QValueAxis>

OccupancyChart::OccupancyChart(QWidget *parent)
    : QChartView(parent)
{
    DashboardChart::setUp(this);
}

void OccupancyChart::setData(const QList<OccupancyHistory::Period> &periods, OccupancyHistory::Resolution resolution,
                             const QList<SeasonalForecast::Point> &forecast, const QString &title)
{
    QChart *c = chart();
    DashboardChart::clear(c, title);
    const bool hourly = resolution == OccupancyHistory::Resolution::Hour;
    auto line = [c](const QString &name, const QPen &pen) {
        auto *s = new QLineSeries;
        s->setName(name);
        s->setPen(pen);
        c->addSeries(s);
        return s;
    };
    QLineSeries *mean = line(hourly ? tr("Occupancy (hourly mean)") : tr("Mean occupancy"), QPen(QColor(0x31, 0x68, 0x8e), 2));
    QLineSeries *peak = hourly ? nullptr : line(tr("Busiest hour"), QPen(ParkingColors::filling(), 2));
    qint64 first = 0, last = 0;
    for (const OccupancyHistory::Period &p : periods) {
        mean->append(double(p.start), p.mean * 100);
        if (peak)
            peak->append(double(p.start), p.peak * 100);
        first = first ? first : p.start;
        last = p.start;
    }
    if (!forecast.isEmpty()) {
        QPen dashed(QColor(0x31, 0x68, 0x8e), 2, Qt::DashLine);
        QLineSeries *f = line(tr("Forecast"), dashed);
        // Joined to the last hour shown, so the eye reads one line going on.
        if (!periods.isEmpty() && hourly)
            f->append(double(periods.last().start), periods.last().mean * 100);
        for (const SeasonalForecast::Point &p : forecast) {
            if (std::isfinite(p.value)) {
                f->append(double(p.start), std::clamp(p.value, 0.0, 1.0) * 100);
                last = std::max(last, p.start);
                first = first ? first : p.start;
            }
        }
    }
    QPen dotted(ParkingColors::nearlyFull(), 1.5, Qt::DotLine);
    QLineSeries *saturation = line(tr("Saturation (95 %)"), dotted);
    saturation->append(double(first), OccupancyHistory::kSaturation * 100);
    saturation->append(double(std::max(last, first + 1)), OccupancyHistory::kSaturation * 100);

    auto *x = new QDateTimeAxis;
    x->setFormat(hourly ? QStringLiteral("ddd HH:mm") : QStringLiteral("dd MMM"));
    // Qt Charts does not fit a date axis to its series. By hour, the range is widened to whole
    // 6-hour steps of the axis' (local) clock so the ticks fall on 00:00, 06:00, 12:00, 18:00.
    constexpr qint64 step = 6LL * 3600 * 1000;
    if (hourly && last > first) {
        QDateTime start = QDateTime::fromMSecsSinceEpoch(first);
        start.setTime(QTime(start.time().hour() - start.time().hour() % 6, 0));
        first = start.toMSecsSinceEpoch();
        last = first + (last - first + step - 1) / step * step;
        x->setTickCount(int((last - first) / step) + 1);
    } else {
        x->setTickCount(7);
    }
    x->setRange(QDateTime::fromMSecsSinceEpoch(first), QDateTime::fromMSecsSinceEpoch(std::max(last, first + 1)));
    auto *y = new QValueAxis;
    y->setRange(0, 100);
    y->setLabelFormat(QStringLiteral("%d %"));
    y->setTickCount(6);
    DashboardChart::attachAxes(c, x, y);
}

QStringList OccupancyChart::seriesNames() const
{
    QStringList out;
    for (const QAbstractSeries *s : chart()->series())
        out << s->name();
    return out;
}
