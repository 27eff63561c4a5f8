#include "crowding/FlowPanel.h"

#include "crowding/FlowChart.h"

#include "core/IsoTime.h"
#include "core/TimeCursor.h"
#include "sdk/CsvExport.h"
#include "sdk/DashboardContext.h"
#include "sdk/EntityStore.h"
#include "sdk/WidgetExport.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {
const QString kAll = QStringLiteral("*");
const QString kDistrict = QStringLiteral("district:");

QString hourRange(int h)
{
    return QStringLiteral("%1:00–%2:00").arg(h, 2, 10, QLatin1Char('0')).arg((h + 1) % 24, 2, 10, QLatin1Char('0'));
}

// The day's total against the same hours of the comparison day, as a signed percentage.
double change(const FlowDay::Hours &now, const FlowDay::Hours &before, int hourInProgress)
{
    double a = 0, b = 0;
    for (int h = 0; h < 24; ++h) {
        if (h == hourInProgress || !std::isfinite(now[size_t(h)]) || !std::isfinite(before[size_t(h)]))
            continue;
        a += now[size_t(h)];
        b += before[size_t(h)];
    }
    return b > 0 ? (a - b) / b * 100 : std::nan("");
}

// Sorts by the number behind the text (a percentage, a count), not by the text.
class NumberItem : public QTableWidgetItem
{
public:
    NumberItem(double value, const QString &text)
        : QTableWidgetItem(text)
        , m_value(std::isfinite(value) ? value : -1e300)
    {
        setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    }
    bool operator<(const QTableWidgetItem &other) const override
    {
        const auto *o = dynamic_cast<const NumberItem *>(&other);
        return o ? m_value < o->m_value : QTableWidgetItem::operator<(other);
    }

private:
    double m_value;
};

QString percentText(double v)
{
    if (!std::isfinite(v))
        return QStringLiteral("–");
    if (std::abs(v) < 0.5)
        return QStringLiteral("±0 %");
    return QStringLiteral("%1%2 %").arg(v > 0 ? QStringLiteral("+") : QString(), QLocale().toString(v, 'f', 0));
}
} // namespace

FlowPanel::FlowPanel(DashboardContext *context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
{
    m_subjectBox = new QComboBox(this);
    m_subjectBox->setMinimumContentsLength(24);
    m_dateEdit = new QDateEdit(this);
    m_dateEdit->setCalendarPopup(true);
    m_dateEdit->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    auto *csv = new QPushButton(tr("Export CSV…"), this);
    auto *picture = new QPushButton(tr("Export chart…"), this);
    picture->setToolTip(tr("The chart as a PNG image or a PDF document"));
    m_chart = new FlowChart(this);
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_districts = new QTableWidget(0, 5, this);
    m_districts->setHorizontalHeaderLabels({tr("District"), tr("People so far"), tr("vs last week"), tr("Busiest hour"), tr("Towards")});
    m_districts->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_districts->verticalHeader()->hide();
    m_districts->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_districts->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_districts->setSortingEnabled(true);

    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Counted at:"), this));
    top->addWidget(m_subjectBox, 1);
    top->addWidget(new QLabel(tr("Day:"), this));
    top->addWidget(m_dateEdit);
    top->addStretch();
    top->addWidget(csv);
    top->addWidget(picture);
    auto *lower = new QWidget(this);
    auto *lowerLayout = new QVBoxLayout(lower);
    lowerLayout->setContentsMargins(0, 0, 0, 0);
    lowerLayout->addWidget(m_summary);
    lowerLayout->addWidget(m_districts, 1);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_chart);
    split->addWidget(lower);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(top);
    layout->addWidget(split, 1);

    connect(m_subjectBox, &QComboBox::activated, this, &FlowPanel::refresh);
    connect(m_dateEdit, &QDateEdit::dateChanged, this, &FlowPanel::refresh);
    connect(csv, &QPushButton::clicked, this, [this] { askExport(true); });
    connect(picture, &QPushButton::clicked, this, [this] { askExport(false); });
    connect(m_districts, &QTableWidget::cellDoubleClicked, this, [this](int row) {
        selectSubject(m_districts->item(row, 0)->data(Qt::UserRole).toString());
    });
    // The day follows the cursor's day (a review of last Tuesday shows last Tuesday).
    connect(m_context->timeCursor(), &TimeCursor::timeChanged, this, [this](const QDateTime &t) {
        const QDate day = t.toTimeZone(m_zone).date();
        if (day != m_dateEdit->date())
            setDay(day);
    });
    m_dateEdit->setDate(m_context->timeCursor()->time().toTimeZone(m_zone).date());
}

void FlowPanel::setConfiguration(const QList<CrowdSource> &sources, const PrivacyThreshold &privacy)
{
    m_sources = sources;
    m_privacy = privacy;
    m_shownKey.clear();
}

void FlowPanel::setCounters(const QList<CrowdCounter> &counters)
{
    FlowSubject all{kAll, tr("All counters"), {}};
    QMap<QString, FlowSubject> districts;
    QList<FlowSubject> single;
    for (const CrowdCounter &c : counters) {
        all.members << FlowSubject::Member{c.id, c.type};
        if (!c.district.isEmpty()) {
            FlowSubject &d = districts[c.district];
            d.key = kDistrict + c.district;
            d.label = tr("District: %1").arg(c.district);
            d.members << FlowSubject::Member{c.id, c.type};
        }
        single << FlowSubject{c.id, c.name, {{c.id, c.type}}};
    }
    std::sort(single.begin(), single.end(), [](const FlowSubject &a, const FlowSubject &b) { return a.label.localeAwareCompare(b.label) < 0; });
    QList<FlowSubject> subjects{all};
    subjects << districts.values() << single;
    const bool same = subjects.size() == m_subjects.size()
        && std::equal(subjects.begin(), subjects.end(), m_subjects.begin(), [](const FlowSubject &a, const FlowSubject &b) {
               return a.key == b.key && a.members.size() == b.members.size();
           });
    if (same)
        return;
    const QString chosen = subjectKey();
    m_subjects = subjects;
    const QSignalBlocker block(m_subjectBox);
    m_subjectBox->clear();
    for (const FlowSubject &s : std::as_const(m_subjects))
        m_subjectBox->addItem(s.label, s.key);
    m_subjectBox->setCurrentIndex(std::max(0, m_subjectBox->findData(chosen.isEmpty() ? kAll : chosen)));
    m_shownKey.clear();
}

void FlowPanel::selectSubject(const QString &key)
{
    const int index = m_subjectBox->findData(key);
    if (index >= 0 && index != m_subjectBox->currentIndex()) {
        m_subjectBox->setCurrentIndex(index);
        refresh();
    }
}

QString FlowPanel::subjectKey() const
{
    return m_subjectBox->currentData().toString();
}

void FlowPanel::setDay(const QDate &day)
{
    m_dateEdit->setDate(day); // refreshes through dateChanged
}

FlowAggregator FlowPanel::aggregator() const
{
    return FlowAggregator(m_context->store(), m_sources, m_zone, m_privacy);
}

QString FlowPanel::stateKey(qint64 now) const
{
    return QStringLiteral("%1|%2|%3").arg(subjectKey(), m_dateEdit->date().toString(Qt::ISODate)).arg(now / (15 * 60 * 1000));
}

void FlowPanel::refreshIfChanged()
{
    if (stateKey(IsoTime::fromDateTime(m_context->timeCursor()->time())) != m_shownKey)
        refresh();
}

void FlowPanel::refresh()
{
    const int index = m_subjectBox->currentIndex();
    if (index < 0 || index >= m_subjects.size())
        return;
    const qint64 now = IsoTime::fromDateTime(m_context->timeCursor()->time());
    m_shownKey = stateKey(now);
    const FlowSubject &subject = m_subjects.at(index);
    const FlowAggregator agg = aggregator();
    m_day = agg.day(subject, m_dateEdit->date(), now);
    m_chart->setDay(m_day, tr("%1 — %2").arg(subject.label, QLocale().toString(m_day.day, QLocale::LongFormat)));
    m_summary->setText(summaryText());
    fillDistricts(agg, now);
}

QString FlowPanel::summaryText() const
{
    const QLocale locale;
    QStringList lines;
    if (!std::isfinite(m_day.total) && !m_day.hasLastWeek()) {
        lines << tr("No counts stored for this day.");
    } else {
        lines << tr("People counted: <b>%1</b> (%2 against the same hours last week%3).")
                     .arg(std::isfinite(m_day.total) ? locale.toString(m_day.total, 'f', 0) : m_privacy.hiddenText(),
                          percentText(change(m_day.counts, m_day.lastWeek, m_day.hourInProgress)),
                          m_day.hasLastYear() ? tr(", %1 against last year").arg(percentText(change(m_day.counts, m_day.lastYear, m_day.hourInProgress)))
                                              : tr("; no count a year ago in the cache"));
    }
    if (!m_day.busiest.isEmpty()) {
        QStringList hours;
        for (int h : m_day.busiest)
            hours << tr("%1 (%2)").arg(hourRange(h), locale.toString(m_day.counts[size_t(h)], 'f', 0));
        lines << tr("Busiest hours: %1.").arg(hours.join(QStringLiteral(", ")));
    }
    if (std::isfinite(m_day.towards) && std::isfinite(m_day.away) && m_day.towards + m_day.away > 0)
        lines << tr("Walking towards: %1 %, away: %2 %.")
                     .arg(locale.toString(m_day.towards / (m_day.towards + m_day.away) * 100, 'f', 0),
                          locale.toString(m_day.away / (m_day.towards + m_day.away) * 100, 'f', 0));
    if (!m_day.forecast.isEmpty()) {
        if (m_day.accuracy1h.points > 0)
            lines << tr("Forecast error on the last 7 days (mean absolute error): 1 hour ahead ±%1 people (%2 %), 3 hours ahead ±%3 people (%4 %).")
                         .arg(locale.toString(m_day.accuracy1h.mae, 'f', 0), locale.toString(m_day.accuracy1h.relative() * 100, 'f', 0),
                              locale.toString(m_day.accuracy3h.mae, 'f', 0), locale.toString(m_day.accuracy3h.relative() * 100, 'f', 0));
        else
            lines << tr("The forecast's error cannot be measured yet: the cache holds less than two weeks of counts.");
    } else if (m_day.hourInProgress < 0) {
        lines << tr("Forecasts are shown for today.");
    }
    int hidden = 0;
    for (bool s : m_day.suppressed)
        hidden += s ? 1 : 0;
    if (hidden > 0)
        lines << tr("%1 hour(s) with fewer than %2 people are not shown (privacy).").arg(hidden).arg(m_privacy.k());
    return lines.join(QStringLiteral("<br>"));
}

void FlowPanel::fillDistricts(const FlowAggregator &agg, qint64 now)
{
    const QLocale locale;
    m_districts->setSortingEnabled(false);
    m_districts->setRowCount(0);
    for (const FlowSubject &s : std::as_const(m_subjects)) {
        if (!s.key.startsWith(kDistrict) && s.key != kAll)
            continue;
        // The chosen subject was just computed; the others without their forecast.
        const FlowDay d = s.key == subjectKey() ? m_day : agg.day(s, m_dateEdit->date(), now, false);
        const int row = m_districts->rowCount();
        m_districts->insertRow(row);
        auto *name = new QTableWidgetItem(s.key == kAll ? s.label : s.key.mid(kDistrict.size()));
        name->setData(Qt::UserRole, s.key);
        auto number = [](double v, const QString &text) { return new NumberItem(v, text); };
        m_districts->setItem(row, 0, name);
        m_districts->setItem(row, 1, number(d.total, std::isfinite(d.total) ? locale.toString(d.total, 'f', 0) : m_privacy.hiddenText()));
        const double c = change(d.counts, d.lastWeek, d.hourInProgress);
        m_districts->setItem(row, 2, number(c, percentText(c)));
        m_districts->setItem(row, 3, new QTableWidgetItem(d.busiest.isEmpty() ? QStringLiteral("–") : hourRange(d.busiest.constFirst())));
        const double share = std::isfinite(d.towards) && std::isfinite(d.away) && d.towards + d.away > 0 ? d.towards / (d.towards + d.away) * 100 : std::nan("");
        m_districts->setItem(row, 4, number(share, std::isfinite(share) ? QStringLiteral("%1 %").arg(locale.toString(share, 'f', 0)) : QStringLiteral("–")));
    }
    m_districts->setSortingEnabled(true);
}

bool FlowPanel::exportCsv(const QString &path, QString *error) const
{
    const qint64 now = IsoTime::fromDateTime(m_context->timeCursor()->time());
    const FlowAggregator agg = aggregator();
    QByteArray out = "subject,date,hour,people,sameWeekdayLastWeek,sameWeekdayLastYear,forecast,note\n";
    auto number = [](double v) { return std::isfinite(v) ? QString::number(v, 'f', 0) : QString(); };
    const int chosen = m_subjectBox->currentIndex();
    for (int i = 0; i < m_subjects.size(); ++i) {
        const FlowSubject &s = m_subjects.at(i);
        if (i != chosen && !s.key.startsWith(kDistrict) && s.key != kAll)
            continue;
        const FlowDay d = i == chosen ? m_day : agg.day(s, m_dateEdit->date(), now);
        for (int h = 0; h < 24; ++h) {
            double forecast = std::nan("");
            for (const SeasonalForecast::Point &p : d.forecast) {
                if (QDateTime::fromMSecsSinceEpoch(p.start, m_zone).time().hour() == h && QDateTime::fromMSecsSinceEpoch(p.start, m_zone).date() == d.day)
                    forecast = p.value;
            }
            const QString note = d.suppressed[size_t(h)] ? QStringLiteral("fewer than %1 people").arg(m_privacy.k())
                                 : h == d.hourInProgress  ? QStringLiteral("hour in progress")
                                                          : QString();
            const QStringList fields{CsvExport::field(s.label), d.day.toString(Qt::ISODate), QString::number(h), number(d.counts[size_t(h)]),
                                     number(d.lastWeek[size_t(h)]), number(d.lastYear[size_t(h)]), number(forecast), note};
            out += fields.join(QLatin1Char(',')).toUtf8() + '\n';
        }
    }
    return CsvExport::writeFile(path, out, error);
}

void FlowPanel::askExport(bool csv)
{
    const QString text = csv ? WidgetExport::askAndWrite(this, tr("Export pedestrian flows as CSV"), tr("CSV (*.csv)"),
                                                         [this](const QString &path, QString *error) { return exportCsv(path, error); })
                             : WidgetExport::askAndWrite(m_chart, m_chart->chart()->title());
    if (!text.isEmpty())
        emit message(text);
}
