#include "watering/SavingsPanel.h"

#include "sdk/CsvExport.h"
#include "sdk/DashboardChart.h"
#include "sdk/WidgetExport.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QValueAxis>
#include <QVBoxLayout>

SavingsPanel::SavingsPanel(QWidget *parent)
    : QWidget(parent)
    , m_period(new QComboBox(this))
    , m_field(new QComboBox(this))
    , m_price(new QDoubleSpinBox(this))
    , m_chart(new QChartView(this))
    , m_table(new QTableWidget(this))
    , m_summary(new QLabel(this))
{
    m_period->addItem(tr("Day"), int(WaterSavings::Period::Day));
    m_period->addItem(tr("Week"), int(WaterSavings::Period::Week));
    m_period->addItem(tr("Month"), int(WaterSavings::Period::Month));
    m_period->addItem(tr("Season"), int(WaterSavings::Period::Season));
    m_field->addItem(tr("All fields"), QString());
    m_price->setRange(0, 100);
    m_price->setDecimals(2);
    m_price->setSuffix(tr(" €/m³"));
    m_price->setValue(3.1);
    m_summary->setWordWrap(true);
    DashboardChart::setUp(m_chart);
    m_table->setColumnCount(7);
    m_table->setHorizontalHeaderLabels({tr("Period"), tr("Days"), tr("Smart rule (m³)"), tr("Fixed schedule (m³)"), tr("Saved (m³)"),
                                        tr("Saved (%)"), tr("Saved (€)")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    auto *exportCsv = new QPushButton(tr("Export CSV…"), this);
    auto *exportChart = new QPushButton(tr("Export chart…"), this);

    auto *controls = new QHBoxLayout;
    controls->addWidget(new QLabel(tr("Per:"), this));
    controls->addWidget(m_period);
    controls->addWidget(new QLabel(tr("Fields:"), this));
    controls->addWidget(m_field, 1);
    controls->addWidget(new QLabel(tr("Water price:"), this));
    controls->addWidget(m_price);
    controls->addWidget(exportCsv);
    controls->addWidget(exportChart);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_chart);
    split->addWidget(m_table);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(controls);
    layout->addWidget(m_summary);
    layout->addWidget(split, 1);

    connect(m_period, &QComboBox::currentIndexChanged, this, &SavingsPanel::redraw);
    connect(m_field, &QComboBox::currentIndexChanged, this, &SavingsPanel::redraw);
    connect(m_price, &QDoubleSpinBox::valueChanged, this, [this](double v) {
        redraw();
        emit priceChanged(v);
    });
    connect(exportCsv, &QPushButton::clicked, this, [this] {
        const QString text = WidgetExport::askAndWrite(this, tr("Export water savings as CSV"), tr("CSV (*.csv)"),
                                                       [this](const QString &path, QString *error) { return this->exportCsv(path, error); });
        if (!text.isEmpty())
            emit message(text);
    });
    connect(exportChart, &QPushButton::clicked, this, [this] {
        const QString text = WidgetExport::askAndWrite(m_chart, m_chart->chart()->title());
        if (!text.isEmpty())
            emit message(text);
    });
}

void SavingsPanel::setData(const QList<WaterSavings::DayUse> &days, const QList<WateringField> &fields)
{
    m_days = days;
    const QString current = m_field->currentData().toString();
    {
        const QSignalBlocker block(m_field);
        while (m_field->count() > 1)
            m_field->removeItem(1);
        for (const WateringField &f : fields)
            m_field->addItem(f.meterId.isEmpty() ? tr("%1 (computed, no meter)").arg(f.name) : f.name, f.id);
        const int i = m_field->findData(current);
        m_field->setCurrentIndex(i >= 0 ? i : 0);
    }
    redraw();
}

void SavingsPanel::setPrice(double pricePerM3)
{
    const QSignalBlocker block(m_price);
    m_price->setValue(pricePerM3);
    redraw();
}

double SavingsPanel::price() const
{
    return m_price->value();
}

void SavingsPanel::setPeriod(WaterSavings::Period period)
{
    m_period->setCurrentIndex(m_period->findData(int(period)));
}

void SavingsPanel::setField(const QString &fieldId)
{
    const int i = m_field->findData(fieldId);
    if (i >= 0)
        m_field->setCurrentIndex(i);
}

QString SavingsPanel::scopeName() const
{
    return m_field->currentText();
}

QString SavingsPanel::summary() const
{
    return m_summary->text();
}

void SavingsPanel::redraw()
{
    const auto period = WaterSavings::Period(m_period->currentData().toInt());
    m_rows = WaterSavings::aggregate(m_days, period, m_field->currentData().toString());
    const QLocale locale;
    const double price = m_price->value();

    WaterSavings::Row total;
    m_table->setRowCount(int(m_rows.size()));
    for (int i = 0; i < m_rows.size(); ++i) {
        const WaterSavings::Row &r = m_rows.at(i);
        total.smart += r.smart;
        total.baseline += r.baseline;
        total.days += r.days;
        const QStringList cells{r.label, QString::number(r.days), locale.toString(r.smart, 'f', 1), locale.toString(r.baseline, 'f', 1),
                                locale.toString(r.saved(), 'f', 1), locale.toString(r.savedPercent(), 'f', 1),
                                locale.toString(r.saved() * price, 'f', 2)};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells.at(c));
            item->setTextAlignment(c == 0 ? Qt::AlignLeft | Qt::AlignVCenter : Qt::AlignRight | Qt::AlignVCenter);
            m_table->setItem(i, c, item);
        }
    }
    m_summary->setText(m_rows.isEmpty()
                           ? tr("No watering data in the cache yet.")
                           : tr("%1, %2 days: the smart rule used %3 m³ where the fixed schedule would have used %4 m³ — %5 m³ saved "
                                "(%6 %), %7 at %8 €/m³. Metered where a field has a meter, else computed from the replayed decisions.")
                                 .arg(scopeName())
                                 .arg(total.days)
                                 .arg(locale.toString(total.smart, 'f', 0), locale.toString(total.baseline, 'f', 0),
                                      locale.toString(total.saved(), 'f', 0), locale.toString(total.savedPercent(), 'f', 1),
                                      locale.toCurrencyString(total.saved() * price, QStringLiteral("€")), locale.toString(price, 'f', 2)));

    QChart *chart = m_chart->chart();
    DashboardChart::clear(chart, tr("Water used: smart rule against the fixed schedule — %1").arg(scopeName()));
    auto *smart = new QBarSet(tr("Smart rule"));
    smart->setColor(QColor(0x00, 0x9e, 0x73));
    auto *fixed = new QBarSet(tr("Fixed schedule (analogue)"));
    fixed->setColor(QColor(0x99, 0x99, 0x99));
    QStringList categories;
    double top = 1;
    // The chart reads best with at most the last 31 periods (a month of days).
    const qsizetype skip = std::max<qsizetype>(0, m_rows.size() - 31);
    for (qsizetype i = skip; i < m_rows.size(); ++i) {
        const WaterSavings::Row &r = m_rows.at(i);
        *smart << r.smart;
        *fixed << r.baseline;
        categories << (period == WaterSavings::Period::Day ? locale.toString(r.first, QStringLiteral("d/M")) : r.label);
        top = std::max({top, r.smart, r.baseline});
    }
    auto *bars = new QBarSeries;
    bars->append(fixed);
    bars->append(smart);
    chart->addSeries(bars);
    auto *x = new QBarCategoryAxis;
    x->append(categories);
    if (categories.size() > 12)
        x->setLabelsAngle(-60);
    auto *y = new QValueAxis;
    y->setRange(0, top * 1.1);
    y->applyNiceNumbers();
    y->setTitleText(tr("m³"));
    y->setLabelFormat(QStringLiteral("%.0f"));
    DashboardChart::attachAxes(chart, x, y);
}

bool SavingsPanel::exportCsv(const QString &path, QString *error) const
{
    return CsvExport::writeFile(path, WaterSavings::csv(m_rows, m_price->value(), scopeName()), error);
}
