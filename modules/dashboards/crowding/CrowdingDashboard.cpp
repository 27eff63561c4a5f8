#include "crowding/CrowdingDashboard.h"

#include "crowding/CrowdMapPanel.h"
#include "crowding/CrowdReader.h"
#include "crowding/CrowdingLog.h"
#include "crowding/FlowPanel.h"
#include "crowding/SourceMappingEditor.h"

#include "core/IsoTime.h"
#include "core/TimeCursor.h"
#include "map/MapView.h"
#include "sdk/AsOfLabel.h"
#include "sdk/CityPlan.h"
#include "sdk/DashboardAlarmView.h"
#include "sdk/DashboardContext.h"
#include "sdk/EntityStateModel.h"
#include "sdk/EntityStore.h"
#include "sdk/ThresholdEditor.h"
#include "sdk/ThresholdMonitor.h"

#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {
const QString kCount = QStringLiteral("count");
const QString kOccupancy = QStringLiteral("occupancy");
} // namespace

CrowdingDashboard::CrowdingDashboard(DashboardContext *context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
{
    m_settings = CrowdingSettings::load(context->settings());
    m_model = new EntityStateModel(context, this);
    m_monitor = new ThresholdMonitor(context->alarms(), sourceId(), this);
    m_monitor->setMeasureName(kCount, tr("people"));
    m_monitor->setMeasureName(kOccupancy, tr("occupancy"));

    auto *asOf = new AsOfLabel(m_model, this);
    m_status = new QLabel(this);
    m_tabs = new QTabWidget(this);

    // Live crowd: the map, and beside it the busiest counters and the alarms.
    m_map = new CrowdMapPanel(context->cityPlan(), this);
    m_busiest = new QTableWidget(0, 3, this);
    m_busiest->setHorizontalHeaderLabels({tr("Counter"), tr("People"), tr("Occupancy")});
    m_busiest->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_busiest->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_busiest->verticalHeader()->hide();
    m_busiest->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_busiest->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_alarms = new DashboardAlarmView(context->alarms(), sourceId(), this);
    auto *side = new QSplitter(Qt::Vertical, this);
    auto *busiestBox = new QGroupBox(tr("Busiest counters"), side);
    (new QVBoxLayout(busiestBox))->addWidget(m_busiest);
    auto *alarmBox = new QGroupBox(tr("Crowding alarms"), side);
    (new QVBoxLayout(alarmBox))->addWidget(m_alarms);
    side->addWidget(busiestBox);
    side->addWidget(alarmBox);
    side->setMinimumWidth(340);
    auto *live = new QSplitter(this);
    live->addWidget(m_map);
    live->addWidget(side);
    live->setStretchFactor(0, 3);
    live->setStretchFactor(1, 1);
    live->setSizes({900, 320});
    m_tabs->addTab(live, tr("Crowd map"));

    m_flows = new FlowPanel(context, this);
    m_tabs->addTab(m_flows, tr("Pedestrian flows"));

    // Thresholds, privacy and sources.
    auto *setup = new QWidget(this);
    m_thresholds = new ThresholdEditor(setup);
    m_thresholds->setMeasures({{kCount, tr("People per counting period")}, {kOccupancy, tr("Occupancy (0–1)")}});
    m_privacy = new QSpinBox(setup);
    m_privacy->setRange(1, 1000);
    m_privacy->setSuffix(tr(" people"));
    m_privacy->setToolTip(tr("Counts under this number are hidden in every view and export, so that nobody can be singled out"));
    m_mapping = new SourceMappingEditor(context, setup);
    auto *thresholdBox = new QGroupBox(tr("Thresholds (alarms)"), setup);
    (new QVBoxLayout(thresholdBox))->addWidget(m_thresholds);
    auto *privacyBox = new QGroupBox(tr("Privacy"), setup);
    auto *privacyLayout = new QHBoxLayout(privacyBox);
    privacyLayout->addWidget(new QLabel(tr("Hide counts under:"), privacyBox));
    privacyLayout->addWidget(m_privacy);
    privacyLayout->addStretch();
    auto *sourceBox = new QGroupBox(tr("Counters from"), setup);
    (new QVBoxLayout(sourceBox))->addWidget(m_mapping);
    auto *setupLayout = new QVBoxLayout(setup);
    setupLayout->addWidget(thresholdBox, 2);
    setupLayout->addWidget(privacyBox);
    setupLayout->addWidget(sourceBox, 1);
    m_tabs->addTab(setup, tr("Thresholds and privacy"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(asOf);
    layout->addWidget(m_status);
    layout->addWidget(m_tabs, 1);

    applySettings();
    connect(m_model, &EntityStateModel::refreshed, this, &CrowdingDashboard::refresh);
    connect(m_context->store(), &EntityStore::reset, m_monitor, &ThresholdMonitor::reset);
    connect(m_map, &CrowdMapPanel::lookChanged, this, [this](double radius, ColorRamp::Name palette, CrowdMapPanel::Weight weight) {
        m_settings.heatmapRadius = radius;
        m_settings.palette = palette;
        m_settings.weight = weight == CrowdMapPanel::Weight::Occupancy ? kOccupancy : kCount;
        saveSettings();
    });
    connect(m_map, &CrowdMapPanel::counterClicked, m_flows, &FlowPanel::selectSubject);
    connect(m_alarms, &DashboardAlarmView::entityActivated, this, [this](const QString &id) {
        m_tabs->setCurrentIndex(0);
        m_map->view()->setSelection({id});
    });
    connect(m_busiest, &QTableWidget::cellClicked, this, [this](int row) {
        m_map->view()->setSelection({m_busiest->item(row, 0)->data(Qt::UserRole).toString()});
    });
    connect(m_thresholds, &ThresholdEditor::rulesChanged, this, &CrowdingDashboard::setRules);
    connect(m_privacy, &QSpinBox::valueChanged, this, &CrowdingDashboard::setPrivacyK);
    connect(m_mapping, &SourceMappingEditor::sourcesChanged, this, [this](const QList<CrowdSource> &sources) {
        m_settings.sources = sources;
        saveSettings();
        applySettings();
    });
    connect(m_flows, &FlowPanel::message, m_status, &QLabel::setText);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        if (m_tabs->currentWidget() == m_flows)
            m_flows->refreshIfChanged();
    });
}

CrowdingDashboard::~CrowdingDashboard() = default;

void CrowdingDashboard::applySettings()
{
    m_model->setTypes(CrowdSource::types(m_settings.sources));
    m_model->setAttributes({kCount});
    m_map->setRadius(m_settings.heatmapRadius);
    m_map->setPalette(m_settings.palette);
    m_map->setWeight(m_settings.weight == kOccupancy ? CrowdMapPanel::Weight::Occupancy : CrowdMapPanel::Weight::Count);
    m_flows->setConfiguration(m_settings.sources, PrivacyThreshold(m_settings.privacyK));
    m_monitor->setRules(m_settings.rules);
    m_thresholds->setRules(m_settings.rules);
    const QSignalBlocker block(m_privacy);
    m_privacy->setValue(m_settings.privacyK);
    m_mapping->setSources(m_settings.sources);
    m_model->refresh();
}

void CrowdingDashboard::saveSettings()
{
    m_settings.save(m_context->settings());
}

void CrowdingDashboard::setPrivacyK(int k)
{
    m_settings.privacyK = std::max(1, k);
    saveSettings();
    m_flows->setConfiguration(m_settings.sources, PrivacyThreshold(m_settings.privacyK));
    refresh();
    m_flows->refresh();
}

void CrowdingDashboard::setRules(const QList<ThresholdRule> &rules)
{
    m_settings.rules = rules;
    m_monitor->setRules(rules);
    if (m_thresholds->rules() != rules)
        m_thresholds->setRules(rules);
    saveSettings();
    refresh();
}

void CrowdingDashboard::refresh()
{
    const qint64 t = m_model->time();
    m_counters = CrowdReader::read(m_model->entities(), m_settings.sources, m_context->cityPlan(), t, m_model->staleAfterMs());
    CrowdReader::addTrends(m_counters, m_settings.sources, *m_context->store(), t);
    checkThresholds();
    const PrivacyThreshold privacy(m_settings.privacyK);
    m_map->setCounters(m_counters, privacy, m_breached);
    m_flows->setCounters(m_counters);
    if (m_tabs->currentWidget() == m_flows)
        m_flows->refreshIfChanged();
    fillBusiest();
    updateScopes();

    int congested = 0, stale = 0;
    for (const CrowdCounter &c : std::as_const(m_counters)) {
        congested += c.congested && !c.stale ? 1 : 0;
        stale += c.stale ? 1 : 0;
    }
    m_status->setText(m_counters.isEmpty()
                          ? tr("No people counter in the cache yet (types: %1).").arg(CrowdSource::types(m_settings.sources).join(QStringLiteral(", ")))
                          : tr("%1 counters · %2 congested · %3 over a threshold · %4 without recent data")
                                .arg(m_counters.size())
                                .arg(congested)
                                .arg(m_breached.size())
                                .arg(stale));
    qCDebug(lcCrowding) << "counters" << m_counters.size() << "breached" << m_breached.size();
}

void CrowdingDashboard::checkThresholds()
{
    QList<ThresholdMonitor::Reading> readings;
    QMap<QString, ThresholdMonitor::Reading> districts;
    for (const CrowdCounter &c : std::as_const(m_counters)) {
        if (c.stale)
            continue;
        ThresholdMonitor::Reading r{c.id, c.name, c.id, {}};
        if (std::isfinite(c.count))
            r.values.insert(kCount, c.count);
        if (std::isfinite(c.occupancy))
            r.values.insert(kOccupancy, c.occupancy);
        readings << r;
        if (!c.district.isEmpty() && std::isfinite(c.count)) {
            ThresholdMonitor::Reading &d = districts[c.district];
            d.subject = ThresholdMonitor::districtSubject(c.district);
            d.label = ThresholdMonitor::districtLabel(c.district);
            d.values[kCount] += c.count;
        }
    }
    readings << districts.values();
    const TimeCursor *cursor = m_context->timeCursor();
    m_breached.clear();
    for (const ThresholdMonitor::Breach &b : m_monitor->check(readings, cursor->time(), cursor->isLive()))
        m_breached.insert(b.subject);
}

void CrowdingDashboard::fillBusiest()
{
    const PrivacyThreshold privacy(m_settings.privacyK);
    QList<const CrowdCounter *> order;
    for (const CrowdCounter &c : std::as_const(m_counters)) {
        if (!c.stale && std::isfinite(c.count))
            order << &c;
    }
    std::sort(order.begin(), order.end(), [](const CrowdCounter *a, const CrowdCounter *b) { return a->count > b->count; });
    order = order.mid(0, 10);
    const QLocale locale;
    m_busiest->setRowCount(int(order.size()));
    for (int row = 0; row < order.size(); ++row) {
        const CrowdCounter &c = *order.at(row);
        auto *name = new QTableWidgetItem((m_breached.contains(c.id) ? QStringLiteral("⚠ ") : QString()) + c.name);
        name->setData(Qt::UserRole, c.id);
        name->setToolTip(c.district.isEmpty() ? c.id : tr("%1 — district %2").arg(c.id, c.district));
        const QString arrow = c.trend > 0 ? QStringLiteral(" ↑") : c.trend < 0 ? QStringLiteral(" ↓") : QString();
        auto *people = new QTableWidgetItem(privacy.hides(c.count) ? privacy.hiddenText() : locale.toString(c.count, 'f', 0) + arrow);
        people->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        auto *occupancy = new QTableWidgetItem(std::isfinite(c.occupancy) && !privacy.hides(c.count)
                                                   ? QStringLiteral("%1 %").arg(locale.toString(c.occupancy * 100, 'f', 0))
                                                   : QStringLiteral("–"));
        occupancy->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_busiest->setItem(row, 0, name);
        m_busiest->setItem(row, 1, people);
        m_busiest->setItem(row, 2, occupancy);
    }
}

void CrowdingDashboard::updateScopes()
{
    QList<ThresholdEditor::Choice> scopes = ThresholdEditor::cityScopes(tr("Every counter"), m_context->cityPlan()->districtNames());
    for (const CrowdCounter &c : std::as_const(m_counters))
        scopes << ThresholdEditor::Choice{c.id, c.name};
    m_thresholds->setScopes(scopes);
}
