#include "energy/BuildingPanel.h"

#include "energy/TypicalProfile.h"

#include "sdk/DashboardChart.h"
#include "sdk/EntityStore.h"
#include "sdk/HourlySeries.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QDateTime>
#include <QLabel>
#include <QLocale>
#include <QValueAxis>
#include <QVBoxLayout>

#include <algorithm>

BuildingPanel::BuildingPanel(const EntityStore *store, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_title(new QLabel(this))
    , m_facts(new QLabel(this))
    , m_comparison(new QLabel(this))
    , m_chart(new QChartView(this))
{
    DashboardChart::setUp(m_chart);
    m_chart->chart()->legend()->hide();
    m_title->setTextFormat(Qt::RichText);
    m_facts->setTextFormat(Qt::RichText);
    m_facts->setWordWrap(true);
    m_comparison->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_facts);
    layout->addWidget(m_chart, 1);
    layout->addWidget(m_comparison);
    layout->addStretch(0); // keeps the texts at the top while no chart is shown
    showBuilding(nullptr, {}, {}, TypicalProfile(), EnergyMeasures::Period::Day, 0);
}

BuildingPanel::Consumption BuildingPanel::consumption(const EntityStore &store, const QString &meterId, EnergyMeasures::Period period,
                                                      qint64 t, const QTimeZone &zone)
{
    Consumption out;
    const QList<TemporalSample> readings =
        store.series(meterId, QStringLiteral("totalActiveEnergyImport"), t - EnergyMeasures::periodMs(period) - HourlySeries::kHourMs, t);
    QList<TemporalSample> used;
    for (qsizetype i = 1; i < readings.size(); ++i) {
        const double d = readings.at(i).value.toDouble() - readings.at(i - 1).value.toDouble();
        if (d >= 0) // a reset meter starts again: that interval is unknown
            used << TemporalSample{d, readings.at(i).observedAt, readings.at(i).endAt, {}};
    }
    const QList<HourlySeries::Hour> hours = HourlySeries::fold(used, HourlySeries::Fold::Sum, zone, true);
    const qint64 from = t - EnergyMeasures::periodMs(period);
    for (const HourlySeries::Hour &h : hours) {
        if (h.start + HourlySeries::kHourMs <= from)
            continue;
        qint64 start = h.start;
        if (period != EnergyMeasures::Period::Day)
            start = HourlySeries::dayStart(QDateTime::fromMSecsSinceEpoch(h.start, zone).date(), zone);
        if (out.starts.isEmpty() || out.starts.last() != start) {
            out.starts << start;
            out.kwh << 0;
        }
        out.kwh.last() += h.value;
    }
    return out;
}

void BuildingPanel::showBuilding(const EnergyBuilding *b, const std::vector<EnergyBuilding> &all, const QHash<QString, double> &before,
                         const TypicalProfile &typical, EnergyMeasures::Period period, qint64 t)
{
    QChart *c = m_chart->chart();
    if (!b) {
        m_title->setText(tr("<b>No building selected</b>"));
        m_facts->setText(tr("Click a building in the 3D view, or a line of the tables."));
        m_comparison->clear();
        DashboardChart::clear(c, QString());
        m_chart->hide();
        return;
    }
    m_chart->show();
    const QLocale locale;
    auto number = [&locale](double v, int decimals) { return std::isfinite(v) ? locale.toString(v, 'f', decimals) : QStringLiteral("–"); };
    const double used = EnergyMeasures::energyOver(*b, before);
    const double usual = typical.at(b->meterId, t);
    m_title->setText(QStringLiteral("<b>%1</b>").arg(b->name.toHtmlEscaped()));
    QStringList facts{tr("Use: %1").arg(b->use.isEmpty() ? QStringLiteral("–") : b->use.toHtmlEscaped()),
                      tr("District: %1").arg(b->district.isEmpty() ? QStringLiteral("–") : b->district.toHtmlEscaped()),
                      tr("%1 floors, %2 m high, %3 m² of floor").arg(b->floors).arg(number(b->height, 1), number(b->floorArea, 0)),
                      tr("Power now: <b>%1 kW</b> (typical for this hour: %2 kW)").arg(number(b->powerW / 1000, 1), number(usual / 1000, 1)),
                      tr("%1: %2 kWh, %3 kWh/m²").arg(EnergyMeasures::periodName(period), number(used, 0),
                                                      number(b->floorArea > 0 ? used / b->floorArea : std::nan(""), 2))};
    if (!b->details.isEmpty()) {
        QStringList rows;
        for (const auto &[name, text] : b->details)
            rows << QStringLiteral("<tr><td><i>%1</i>&nbsp;</td><td>%2</td></tr>").arg(name.toHtmlEscaped(), text.toHtmlEscaped());
        facts << QStringLiteral("<table>%1</table>").arg(rows.join(QString()));
    }
    if (b->meterId.isEmpty())
        facts << tr("<i>No meter refers to this building.</i>");
    else if (b->stale)
        facts << tr("<i>Its meter sent nothing recently.</i>");
    m_facts->setText(facts.join(QStringLiteral("<br>")));

    // The same use, the same period: where does it stand?
    std::vector<double> peers;
    for (const EnergyBuilding &o : all) {
        const double e = EnergyMeasures::energyOver(o, before);
        if (o.use == b->use && o.floorArea > 0 && std::isfinite(e))
            peers.push_back(e / o.floorArea);
    }
    if (peers.size() >= 3 && std::isfinite(used) && b->floorArea > 0) {
        std::sort(peers.begin(), peers.end());
        const double median = peers[peers.size() / 2];
        const double mine = used / b->floorArea;
        const double diff = median > 0 ? std::round((mine / median - 1) * 100) : std::nan("");
        const QString sign = !std::isfinite(diff) ? QString() : diff > 0 ? QStringLiteral("+") : diff < 0 ? QStringLiteral("−") : QStringLiteral("±");
        m_comparison->setText(tr("Against %1 buildings of the same use (median %2 kWh/m²): %3%4 %.")
                                  .arg(peers.size())
                                  .arg(number(median, 2), sign, number(std::abs(diff), 0)));
    } else {
        m_comparison->setText(tr("Too few buildings of the same use with readings to compare."));
    }

    const Consumption use = b->meterId.isEmpty() ? Consumption() : consumption(*m_store, b->meterId, period, t, m_zone);
    DashboardChart::clear(c, period == EnergyMeasures::Period::Day ? tr("kWh per hour") : tr("kWh per day"));
    auto *set = new QBarSet(tr("kWh"));
    set->setColor(QColor(0x31, 0x68, 0x8e));
    auto *axis = new QBarCategoryAxis;
    axis->setLabelsAngle(-90); // 24 hours or 30 days side by side
    double top = 1;
    for (int i = 0; i < use.starts.size(); ++i) {
        *set << use.kwh.at(i);
        top = std::max(top, use.kwh.at(i));
        const QDateTime at = QDateTime::fromMSecsSinceEpoch(use.starts.at(i), m_zone);
        axis->append(period == EnergyMeasures::Period::Day ? at.toString(QStringLiteral("HH")) : at.toString(QStringLiteral("dd/MM")));
    }
    auto *bars = new QBarSeries;
    bars->append(set);
    c->addSeries(bars);
    auto *y = new QValueAxis;
    y->setRange(0, top * 1.1);
    y->applyNiceNumbers();
    y->setLabelFormat(QStringLiteral("%.0f"));
    DashboardChart::attachAxes(c, axis, y);
}

QString BuildingPanel::comparisonText() const
{
    return m_comparison->text();
}
