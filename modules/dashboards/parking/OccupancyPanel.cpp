#include "parking/OccupancyPanel.h"

#include "parking/OccupancyChart.h"

#include "core/IsoTime.h"
#include "core/TimeCursor.h"
#include "sdk/CsvExport.h"
#include "sdk/DashboardContext.h"
#include "sdk/WidgetExport.h"

#include <QComboBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

using Resolution = OccupancyHistory::Resolution;

namespace {
QString percent(double v)
{
    return std::isfinite(v) ? QStringLiteral("%1 %").arg(QLocale().toString(v * 100, 'f', 0)) : QStringLiteral("–");
}

QString hourRange(int h)
{
    return QStringLiteral("%1:00–%2:00").arg(h, 2, 10, QLatin1Char('0')).arg((h + 1) % 24, 2, 10, QLatin1Char('0'));
}

// A table cell that sorts by the number in Qt::UserRole, not by its text (unknown sorts last).
class NumericItem : public QTableWidgetItem
{
public:
    using QTableWidgetItem::QTableWidgetItem;
    bool operator<(const QTableWidgetItem &other) const override
    {
        const QVariant a = data(Qt::UserRole), b = other.data(Qt::UserRole);
        return a.isValid() && b.isValid() ? a.toDouble() < b.toDouble() : QTableWidgetItem::operator<(other);
    }
};

QTableWidgetItem *cell(const QString &text, double key)
{
    auto *item = new NumericItem(text);
    item->setData(Qt::UserRole, std::isfinite(key) ? key : -1e9);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}
} // namespace

OccupancyPanel::OccupancyPanel(DashboardContext *context, OccupancyHistory *history, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_history(history)
{
    m_subjectBox = new QComboBox(this);
    m_subjectBox->addItem(tr("Whole city"), OccupancyHistory::kCity);
    m_subjectBox->setMinimumContentsLength(28);
    m_resolutionBox = new QComboBox(this);
    m_resolutionBox->addItem(tr("By hour (last 2 days and forecast)"), int(Resolution::Hour));
    m_resolutionBox->addItem(tr("By day (5 weeks)"), int(Resolution::Day));
    m_resolutionBox->addItem(tr("By week (5 weeks)"), int(Resolution::Week));
    m_chart = new OccupancyChart(this);
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    m_peaks = new QTableWidget(0, 6, this);
    m_peaks->setHorizontalHeaderLabels({tr("Site"), tr("Weekday peak"), tr("Weekend peak"), tr("Hours ≥ 95 %"), tr("Mean occupancy"), tr("Mean stay")});
    m_peaks->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_peaks->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_peaks->verticalHeader()->hide();
    m_peaks->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_peaks->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_peaks->horizontalHeader()->setSortIndicator(3, Qt::DescendingOrder); // the sites most often full on top
    m_peaks->horizontalHeaderItem(5)->setToolTip(tr("Cars parked ÷ cars entering (Little's law), where the site counts its entrances"));
    auto *csv = new QPushButton(tr("Export CSV…"), this);
    auto *picture = new QPushButton(tr("Export chart…"), this);

    auto *controls = new QHBoxLayout;
    controls->addWidget(new QLabel(tr("Show:"), this));
    controls->addWidget(m_subjectBox, 1);
    controls->addWidget(m_resolutionBox);
    controls->addStretch();
    controls->addWidget(csv);
    controls->addWidget(picture);
    auto *top = new QWidget(this);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addLayout(controls);
    topLayout->addWidget(m_chart, 1);
    topLayout->addWidget(m_summary);
    auto *peakBox = new QGroupBox(tr("Peak hours, last 7 days (double-click a site to chart it)"), this);
    (new QVBoxLayout(peakBox))->addWidget(m_peaks);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(top);
    split->addWidget(peakBox);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(split);

    connect(m_subjectBox, &QComboBox::activated, this, [this] {
        refresh();
        emit subjectChosen(m_subjectBox->currentData().toString());
    });
    connect(m_resolutionBox, &QComboBox::activated, this, [this] {
        refresh();
        emit resolutionChosen(Resolution(m_resolutionBox->currentData().toInt()));
    });
    connect(m_peaks, &QTableWidget::cellDoubleClicked, this, [this](int row) {
        const QString key = m_peaks->item(row, 0)->data(Qt::UserRole).toString();
        selectSubject(key);
        emit subjectChosen(key);
    });
    connect(csv, &QPushButton::clicked, this, [this] { askExport(true); });
    connect(picture, &QPushButton::clicked, this, [this] { askExport(false); });
}

void OccupancyPanel::setSites(const QList<ParkingSite> &sites)
{
    const QString chosen = m_subjectBox->currentData().toString();
    QList<const ParkingSite *> order;
    for (const ParkingSite &s : sites)
        order << &s;
    std::sort(order.begin(), order.end(), [](const ParkingSite *a, const ParkingSite *b) { return a->name.localeAwareCompare(b->name) < 0; });
    QStringList keys{OccupancyHistory::kCity};
    for (const ParkingSite *s : std::as_const(order))
        keys << s->id;
    QStringList shown;
    for (int i = 0; i < m_subjectBox->count(); ++i)
        shown << m_subjectBox->itemData(i).toString();
    if (shown == keys)
        return;
    const QSignalBlocker block(m_subjectBox);
    while (m_subjectBox->count() > 1)
        m_subjectBox->removeItem(1);
    for (const ParkingSite *s : std::as_const(order))
        m_subjectBox->addItem(s->name, s->id);
    m_subjectBox->setCurrentIndex(std::max(0, m_subjectBox->findData(chosen)));
}

void OccupancyPanel::selectSubject(const QString &key)
{
    const int i = m_subjectBox->findData(key);
    if (i < 0 || i == m_subjectBox->currentIndex())
        return;
    m_subjectBox->setCurrentIndex(i);
    if (isVisible())
        refresh();
}

void OccupancyPanel::setResolution(Resolution resolution)
{
    m_resolutionBox->setCurrentIndex(m_resolutionBox->findData(int(resolution)));
    refresh();
}

QString OccupancyPanel::stateKey() const
{
    const qint64 t = IsoTime::fromDateTime(m_context->timeCursor()->time());
    return QStringLiteral("%1|%2|%3|%4")
        .arg(m_subjectBox->currentData().toString())
        .arg(m_resolutionBox->currentData().toInt())
        .arg(HourlySeries::hourStart(t, m_history->zone()))
        .arg(m_history->sites().size());
}

void OccupancyPanel::refreshIfChanged()
{
    if (stateKey() != m_shownKey)
        refresh();
}

QString OccupancyPanel::subjectLabel(const QString &key) const
{
    const int i = m_subjectBox->findData(key);
    return i >= 0 ? m_subjectBox->itemText(i) : key;
}

OccupancyPanel::View OccupancyPanel::compute(const QString &subject, qint64 t) const
{
    View v;
    v.subject = subject;
    v.resolution = Resolution(m_resolutionBox->currentData().toInt());
    const QTimeZone &zone = m_history->zone();
    const qint64 hour = HourlySeries::hourStart(t, zone);
    const qint64 to = hour + HourlySeries::kHourMs; // the hour in progress too
    const QList<HourlySeries::Hour> hours = m_history->hours(subject, to - kHistoryMs, to);
    // The hour in progress is forecast, not shown as if it were complete.
    QList<HourlySeries::Hour> done;
    for (const HourlySeries::Hour &h : hours) {
        if (h.start < hour)
            done << h;
    }
    const SeasonalForecast forecast(done, zone);
    if (!forecast.isEmpty()) {
        v.forecast = forecast.forecast(hour, kForecastHours);
        v.accuracy1h = forecast.backtest(hour, 7, 1);
        v.accuracy3h = forecast.backtest(hour, 7, 3);
    }
    QList<HourlySeries::Hour> shown = done;
    if (v.resolution == Resolution::Hour)
        shown.removeIf([hour](const HourlySeries::Hour &h) { return h.start < hour - 48 * HourlySeries::kHourMs; });
    v.periods = OccupancyHistory::rollUp(shown, v.resolution, zone);
    QList<HourlySeries::Hour> week = done;
    week.removeIf([hour](const HourlySeries::Hour &h) { return h.start < hour - 7 * 24 * HourlySeries::kHourMs; });
    v.week = OccupancyHistory::peaks(week, zone);
    v.stayHours = m_history->meanStayHours(subject, hour - 7 * 24 * HourlySeries::kHourMs, hour);
    return v;
}

void OccupancyPanel::refresh()
{
    const qint64 t = IsoTime::fromDateTime(m_context->timeCursor()->time());
    m_view = compute(m_subjectBox->currentData().toString(), t);
    m_shownKey = stateKey();
    m_chart->setData(m_view.periods, m_view.resolution, m_view.resolution == Resolution::Hour ? m_view.forecast : QList<SeasonalForecast::Point>(),
                     tr("Occupancy — %1").arg(m_subjectBox->currentText()));
    m_summary->setText(summaryText());
    fillPeakTable(t);
}

QString OccupancyPanel::summaryText() const
{
    const QLocale locale;
    QStringList lines;
    QStringList next;
    for (const SeasonalForecast::Point &p : m_view.forecast) {
        if (std::isfinite(p.value))
            next << QStringLiteral("%1 %2").arg(locale.toString(QDateTime::fromMSecsSinceEpoch(p.start, m_history->zone()).time(), QStringLiteral("HH:mm")),
                                                percent(std::clamp(p.value, 0.0, 1.0)));
    }
    if (next.isEmpty()) {
        lines << tr("<b>Forecast:</b> not enough history yet (it needs the same hours on previous days).");
    } else {
        auto error = [&locale](const SeasonalForecast::Accuracy &a) {
            return a.points > 0 ? tr("±%1 points").arg(locale.toString(a.mae * 100, 'f', 1)) : tr("not measured yet");
        };
        lines << tr("<b>Forecast</b> (same weekday and hour over past weeks, corrected by the last hours): %1").arg(next.join(QStringLiteral(" · ")));
        lines << tr("Its mean error over the last 7 days: %1 one hour ahead, %2 three hours ahead.").arg(error(m_view.accuracy1h), error(m_view.accuracy3h));
    }
    if (m_view.week.hours > 0) {
        QString peaks = tr("<b>Last 7 days:</b> mean %1, %2 h at saturation").arg(percent(m_view.week.mean)).arg(m_view.week.saturatedHours);
        if (m_view.week.weekdayHour >= 0)
            peaks += tr("; weekday peak %1 (%2)").arg(hourRange(m_view.week.weekdayHour), percent(m_view.week.weekdayValue));
        if (m_view.week.weekendHour >= 0)
            peaks += tr("; weekend peak %1 (%2)").arg(hourRange(m_view.week.weekendHour), percent(m_view.week.weekendValue));
        if (std::isfinite(m_view.stayHours))
            peaks += tr("; mean stay %1 h").arg(locale.toString(m_view.stayHours, 'f', 1));
        lines << peaks + QLatin1Char('.');
    }
    return lines.join(QStringLiteral("<br>"));
}

void OccupancyPanel::fillPeakTable(qint64 t)
{
    const qint64 hour = HourlySeries::hourStart(t, m_history->zone());
    const qint64 from = hour - 7 * 24 * HourlySeries::kHourMs;
    QStringList keys{OccupancyHistory::kCity};
    for (const ParkingSite &s : m_history->sites()) {
        if (s.kind != ParkingSite::Kind::Group)
            keys << s.id;
    }
    const QLocale locale;
    m_peaks->setSortingEnabled(false);
    m_peaks->setRowCount(int(keys.size()));
    for (int row = 0; row < keys.size(); ++row) {
        const QString &key = keys.at(row);
        const OccupancyHistory::Peaks p = OccupancyHistory::peaks(m_history->hours(key, from, hour), m_history->zone());
        const double stay = m_history->meanStayHours(key, from, hour);
        auto *name = new QTableWidgetItem(subjectLabel(key));
        name->setData(Qt::UserRole, key);
        if (key == OccupancyHistory::kCity) {
            QFont bold = name->font();
            bold.setBold(true);
            name->setFont(bold);
        }
        m_peaks->setItem(row, 0, name);
        auto peak = [](int h, double v) { return h >= 0 ? QStringLiteral("%1 · %2").arg(hourRange(h), percent(v)) : QStringLiteral("–"); };
        auto put = [this, row](int column, QTableWidgetItem *item) { m_peaks->setItem(row, column, item); };
        put(1, cell(peak(p.weekdayHour, p.weekdayValue), p.weekdayValue));
        put(2, cell(peak(p.weekendHour, p.weekendValue), p.weekendValue));
        put(3, cell(p.hours ? locale.toString(p.saturatedHours) : QStringLiteral("–"), p.hours ? p.saturatedHours : std::nan("")));
        put(4, cell(percent(p.mean), p.mean));
        put(5, cell(std::isfinite(stay) ? tr("%1 h").arg(locale.toString(stay, 'f', 1)) : QStringLiteral("–"), stay));
    }
    m_peaks->setSortingEnabled(true);
}

bool OccupancyPanel::exportCsv(const QString &path, QString *error) const
{
    // Long format, every site and the city at the chosen resolution, forecasts marked as such.
    const qint64 t = IsoTime::fromDateTime(m_context->timeCursor()->time());
    QByteArray out = "subject,subjectId,resolution,periodStart,meanOccupancy,busiestHourOccupancy,hoursWithData,kind\n";
    const QString resolution = QStringList{QStringLiteral("hour"), QStringLiteral("day"), QStringLiteral("week")}.value(m_resolutionBox->currentData().toInt());
    auto number = [](double v) { return std::isfinite(v) ? QString::number(v, 'f', 4) : QString(); };
    for (int i = 0; i < m_subjectBox->count(); ++i) {
        const QString key = m_subjectBox->itemData(i).toString();
        const View v = key == m_view.subject ? m_view : compute(key, t);
        const QString head = CsvExport::field(m_subjectBox->itemText(i)) + QLatin1Char(',') + CsvExport::field(key) + QLatin1Char(',') + resolution;
        for (const OccupancyHistory::Period &p : v.periods)
            out += QStringLiteral("%1,%2,%3,%4,%5,observed\n").arg(head, IsoTime::format(p.start), number(p.mean), number(p.peak)).arg(p.hours).toUtf8();
        for (const SeasonalForecast::Point &p : v.forecast) {
            if (std::isfinite(p.value) && v.resolution == Resolution::Hour)
                out += QStringLiteral("%1,%2,%3,,,forecast\n").arg(head, IsoTime::format(p.start), number(std::clamp(p.value, 0.0, 1.0))).toUtf8();
        }
    }
    return CsvExport::writeFile(path, out, error);
}

void OccupancyPanel::askExport(bool csv)
{
    const QString text = csv ? WidgetExport::askAndWrite(this, tr("Export parking occupancy as CSV"), tr("CSV (*.csv)"),
                                                         [this](const QString &path, QString *error) { return exportCsv(path, error); })
                             : WidgetExport::askAndWrite(m_chart, m_chart->chart()->title());
    if (!text.isEmpty())
        emit message(text);
}
