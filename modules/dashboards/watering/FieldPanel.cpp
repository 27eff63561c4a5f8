#include "watering/FieldPanel.h"

#include "watering/DryingCurve.h"
#include "watering/FieldListModel.h"
#include "watering/WateringColors.h"

#include "sdk/DashboardChart.h"
#include "sdk/EntityStore.h"

#include <QAreaSeries>
#include <QComboBox>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineSeries>
#include <QLocale>
#include <QScatterSeries>
#include <QScrollArea>
#include <QValueAxis>
#include <QVBoxLayout>

namespace {
QLineSeries *addLine(QChart *chart, const QString &name, const QPen &pen)
{
    auto *s = new QLineSeries;
    s->setName(name);
    s->setPen(pen);
    chart->addSeries(s);
    return s;
}
} // namespace

FieldPanel::FieldPanel(QWidget *parent)
    : QWidget(parent)
    , m_choice(new QComboBox(this))
    , m_chart(new QChartView(this))
    , m_info(new QLabel(this))
{
    DashboardChart::setUp(m_chart);
    m_info->setWordWrap(true);
    m_info->setTextFormat(Qt::RichText);
    m_info->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_info->setMinimumWidth(320);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(m_info);
    scroll->setWidgetResizable(true);
    scroll->setMaximumWidth(420);
    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Field:"), this));
    top->addWidget(m_choice, 1);
    auto *body = new QHBoxLayout;
    body->addWidget(m_chart, 3);
    body->addWidget(scroll, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(body, 1);
    connect(m_choice, &QComboBox::activated, this, [this] { emit fieldChosen(fieldId()); });
}

void FieldPanel::setFields(const QList<WateringField> &fields)
{
    const QString current = fieldId();
    const QSignalBlocker block(m_choice);
    m_choice->clear();
    for (const WateringField &f : fields)
        m_choice->addItem(f.name, f.id);
    const int i = m_choice->findData(current);
    m_choice->setCurrentIndex(i >= 0 ? i : 0);
}

void FieldPanel::selectField(const QString &id)
{
    const int i = m_choice->findData(id);
    if (i >= 0)
        m_choice->setCurrentIndex(i);
}

QString FieldPanel::fieldId() const
{
    return m_choice->currentData().toString();
}

QString FieldPanel::infoText() const
{
    return m_info->text();
}

QStringList FieldPanel::seriesNames() const
{
    QStringList out;
    for (const QAbstractSeries *s : m_chart->chart()->series())
        out << s->name();
    return out;
}

void FieldPanel::refresh(WateringPlanner &planner, const QList<WateringPlanner::FieldPlan> &plan, const WateringSettings &settings, qint64 t)
{
    const QString id = fieldId();
    const WateringReader::Snapshot &now = planner.snapshot(t);
    const int index = now.indexOf(id);
    QChart *chart = m_chart->chart();
    m_waterings = 0;
    if (index < 0) {
        DashboardChart::clear(chart, tr("No sports field in the cache yet"));
        m_info->clear();
        return;
    }
    const WateringField field = now.fields.at(index);
    const QList<ForecastHour> forecast = now.forecast;
    const QString stationId = now.stationId;
    const WateringRule rule = settings.ruleFor(id);
    const QTimeZone zone = settings.zone();
    const QLocale locale;
    // Whole days, so that the axis' ticks fall on midnights (the axis draws in the system's time).
    const QTimeZone axisZone = QTimeZone::systemTimeZone();
    const QDate axisDay = DecisionEngine::localDay(t, axisZone);
    const qint64 from = DecisionEngine::at(axisDay.addDays(-kHistoryDays), 0, axisZone);
    const qint64 until = DecisionEngine::at(axisDay.addDays(kForecastHours / 24 + 1), 0, axisZone);
    WateringDecision today;
    for (const WateringPlanner::FieldPlan &p : plan) {
        if (p.fieldId == id)
            today = p.decision;
    }
    const EntityStore *store = planner.store();
    const QList<TemporalSample> moisture = field.recordId.isEmpty() ? QList<TemporalSample>()
                                                                    : store->series(field.recordId, QStringLiteral("soilMoistureVwc"), from, t);
    const QList<TemporalSample> temperature = field.recordId.isEmpty() ? QList<TemporalSample>()
                                                                       : store->series(field.recordId, QStringLiteral("soilTemperature"), from, t);
    const QList<TemporalSample> rain = stationId.isEmpty() ? QList<TemporalSample>() : store->series(stationId, QStringLiteral("precipitation"), from, t);
    const WateringPlanner::Replay replay = planner.replay(DecisionEngine::localDay(from, zone), DecisionEngine::localDay(t, zone), settings, {id});

    DashboardChart::clear(chart, tr("%1 — soil moisture, last %2 days and next %3 h").arg(field.name).arg(kHistoryDays).arg(kForecastHours));
    QLineSeries *soil = addLine(chart, tr("Soil moisture (m³/m³)"), QPen(QColor(0x31, 0x68, 0x8e), 2));
    for (const TemporalSample &s : moisture)
        soil->append(double(s.observedAt), s.value.toDouble());
    QLineSeries *dry = addLine(chart, tr("Dry threshold"), QPen(WateringColors::color(WateringColors::Soil::Dry), 1.5, Qt::DashLine));
    dry->append(double(from), rule.dryThreshold);
    dry->append(double(until), rule.dryThreshold);
    QLineSeries *critical = addLine(chart, tr("Critical"), QPen(QColor(0xd5, 0x5e, 0x00), 1.5, Qt::DotLine));
    critical->append(double(from), rule.criticalThreshold);
    critical->append(double(until), rule.criticalThreshold);
    QLineSeries *drying = addLine(chart, tr("Expected (next 48 h)"), QPen(QColor(0x31, 0x68, 0x8e), 2, Qt::DashLine));
    const QList<TemporalSample> recent = moisture.mid(std::max<qsizetype>(0, moisture.size() - 49));
    for (QPointF p : DryingCurve::project(recent, forecast, today, rule, t, kForecastHours))
        drying->append(p);
    auto *waterings = new QScatterSeries;
    waterings->setName(tr("Waterings"));
    waterings->setMarkerSize(11);
    waterings->setColor(QColor(0x00, 0x72, 0xb2));
    QStringList wateringLines;
    for (const WateringDecision &d : replay.value(id)) {
        if (!d.waters() || d.start > t || d.start < from)
            continue;
        ++m_waterings;
        // On the probe's line: its first reading after the watering started.
        double level = std::isfinite(d.moisture) ? d.moisture + d.depthMm / rule.rootDepthMm : rule.targetMoisture;
        for (const TemporalSample &s : moisture) {
            if (s.observedAt > d.start) {
                level = s.value.toDouble();
                break;
            }
        }
        waterings->append(double(d.start), level);
        wateringLines << tr("%1: %2 m³").arg(locale.toString(QDateTime::fromMSecsSinceEpoch(d.start, zone), QStringLiteral("ddd d MMM HH:mm")),
                                             locale.toString(d.volume, 'f', 1));
    }
    chart->addSeries(waterings);

    auto *x = new QDateTimeAxis;
    x->setFormat(QStringLiteral("ddd dd/MM"));
    x->setRange(QDateTime::fromMSecsSinceEpoch(from), QDateTime::fromMSecsSinceEpoch(until));
    x->setTickCount(int((until - from) / (24 * DecisionEngine::kHourMs)) + 1);
    auto *y = new QValueAxis;
    y->setRange(0.1, 0.46);
    y->setTitleText(tr("m³/m³"));
    y->setLabelFormat(QStringLiteral("%.2f"));
    DashboardChart::attachAxes(chart, x, y);

    // Soil temperature and rain on the right, each with its own axis.
    QLineSeries *temp = addLine(chart, tr("Soil temperature (°C)"), QPen(QColor(0xcc, 0x79, 0xa7), 1.2));
    double tMin = 0, tMax = 25;
    for (const TemporalSample &s : temperature) {
        temp->append(double(s.observedAt), s.value.toDouble());
        tMin = std::min(tMin, std::floor(s.value.toDouble()));
        tMax = std::max(tMax, std::ceil(s.value.toDouble()));
    }
    auto *rainLine = new QLineSeries;
    double rainMax = 2;
    for (const TemporalSample &s : rain) {
        const double mm = s.value.toDouble();
        rainLine->append(double(s.observedAt) - 3.6e6, 0);
        rainLine->append(double(s.observedAt) - 3.6e6, mm);
        rainLine->append(double(s.observedAt), mm);
        rainLine->append(double(s.observedAt), 0);
        rainMax = std::max(rainMax, mm);
    }
    auto *rainArea = new QAreaSeries(rainLine);
    rainArea->setName(tr("Rain observed (mm/h)"));
    rainArea->setColor(QColor(0x56, 0xb4, 0xe9, 110));
    rainArea->setBorderColor(QColor(0x56, 0xb4, 0xe9));
    chart->addSeries(rainArea);
    auto *tAxis = new QValueAxis;
    tAxis->setRange(tMin, tMax);
    tAxis->setTitleText(tr("°C"));
    tAxis->setLabelFormat(QStringLiteral("%.0f"));
    chart->addAxis(tAxis, Qt::AlignRight);
    temp->attachAxis(x);
    temp->attachAxis(tAxis);
    auto *rAxis = new QValueAxis;
    rAxis->setRange(0, std::ceil(rainMax * 3));
    rAxis->setTitleText(tr("mm"));
    rAxis->setLabelFormat(QStringLiteral("%.0f"));
    chart->addAxis(rAxis, Qt::AlignRight);
    rainArea->attachAxis(x);
    rainArea->attachAxis(rAxis);

    // Beside the chart: today's plan, the calendar, the waterings.
    auto clockOf = [&](qint64 ms) { return locale.toString(QDateTime::fromMSecsSinceEpoch(ms, zone), QStringLiteral("ddd d MMM HH:mm")); };
    QStringList html{QStringLiteral("<h3>%1</h3>").arg(field.name.toHtmlEscaped())};
    html << tr("<b>Today:</b> %1 — %2").arg(FieldListModel::actionName(today), today.explanation.toHtmlEscaped());
    html << tr("<b>Area:</b> %1 m² · <b>Threshold:</b> %2 m³/m³ · <b>Target:</b> %3 m³/m³")
                .arg(locale.toString(field.areaM2, 'f', 0), locale.toString(rule.dryThreshold, 'f', 3), locale.toString(rule.targetMoisture, 'f', 3));
    QStringList bookings;
    const QDate day = DecisionEngine::localDay(t, zone);
    for (const TimeSpan &r : field.reservations) {
        if (DecisionEngine::localDay(r.start, zone) == day)
            bookings << QStringLiteral("%1–%2 %3")
                            .arg(QDateTime::fromMSecsSinceEpoch(r.start, zone).toString(QStringLiteral("HH:mm")),
                                 QDateTime::fromMSecsSinceEpoch(r.end, zone).toString(QStringLiteral("HH:mm")), r.title.toHtmlEscaped());
    }
    html << tr("<b>Reservations today:</b> %1").arg(bookings.isEmpty() ? tr("none") : bookings.join(QStringLiteral("; ")));
    html << tr("<b>Next mowing:</b> %1").arg(field.nextMowing ? clockOf(field.nextMowing->start) : tr("not scheduled"));
    if (field.lastMowing)
        html << tr("<b>Last mowing:</b> %1").arg(clockOf(field.lastMowing->start));
    html << tr("<b>Water meter:</b> %1").arg(field.meterId.isEmpty() ? tr("none (water computed from the decisions)")
                                                                      : tr("%1 m³").arg(locale.toString(field.meterReading, 'f', 2)));
    html << tr("<b>Waterings, last %1 days:</b> %2").arg(kHistoryDays).arg(wateringLines.isEmpty() ? tr("none") : wateringLines.join(QStringLiteral("<br>")));
    m_info->setText(html.join(QStringLiteral("<br>")));
}
