#include "energy/EnergyDashboard.h"

#include "energy/BuildingPanel.h"
#include "energy/EnergyLog.h"

#include "core/IsoTime.h"
#include "core/TimeCursor.h"
#include "sdk/AsOfLabel.h"
#include "sdk/CityPlan.h"
#include "sdk/DashboardAlarmView.h"
#include "sdk/DashboardContext.h"
#include "sdk/EntityStateModel.h"
#include "sdk/EntityStore.h"
#include "sdk/ThresholdEditor.h"
#include "sdk/ThresholdMonitor.h"
#include "sdk/WidgetExport.h"
#include "vtkview/CityScene.h"
#include "vtkview/SceneColors.h"
#include "vtkview/VtkView.h"

#include <QComboBox>
#include <QElapsedTimer>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMap>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

#include <limits>

#include <vtkLookupTable.h>

namespace {
const QString kBuilding = QStringLiteral("Building");
const QString kMeter = QStringLiteral("ThreePhaseAcMeasurement");
const QString kRatio = QStringLiteral("ratio");
// Entities are known from when the cache first received them: "the newest state" is asked at a
// time after any receipt.
constexpr qint64 kLastKnown = std::numeric_limits<qint64>::max() / 4;

QTableWidgetItem *number(double v, int decimals)
{
    auto *item = new QTableWidgetItem(std::isfinite(v) ? QLocale().toString(v, 'f', decimals) : QStringLiteral("–"));
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}
} // namespace

EnergyDashboard::EnergyDashboard(DashboardContext *context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
{
    m_settings = EnergySettings::load(context->settings());
    m_model = new EntityStateModel(context, this);
    m_model->setTypes({kMeter});
    m_monitor = new ThresholdMonitor(context->alarms(), sourceId(), this);
    m_monitor->setMeasureName(kRatio, tr("× its typical power"));
    m_monitor->setRules(m_settings.rules);

    m_view = new VtkView(this);
    m_scene = new CityScene(m_view, this);
    m_panel = new BuildingPanel(context->store(), this);
    m_measureBox = new QComboBox(this);
    for (EnergyMeasures::Measure m : EnergyMeasures::all())
        m_measureBox->addItem(EnergyMeasures::name(m), int(m));
    m_periodBox = new QComboBox(this);
    for (EnergyMeasures::Period p : {EnergyMeasures::Period::Day, EnergyMeasures::Period::Week, EnergyMeasures::Period::Month})
        m_periodBox->addItem(EnergyMeasures::periodName(p), int(p));
    m_rampBox = new QComboBox(this);
    for (ColorRamp::Name r : ColorRamp::all()) {
        if (ColorRamp::colourBlindSafe(r))
            m_rampBox->addItem(ColorRamp::displayName(r), int(r));
    }
    m_rampBox->setToolTip(tr("The deviation is always drawn purple (below usual) to orange (above)"));
    m_presetBox = new QComboBox(this);
    m_presetBox->addItems({tr("Whole city"), tr("District of the selection"), tr("Street level at the selection")});
    auto *exportButton = new QPushButton(tr("Export PNG…"), this);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);

    m_districts = new QTableWidget(0, 4, this);
    m_districts->setHorizontalHeaderLabels({tr("District"), tr("Buildings"), tr("Power now (kW)"), tr("Energy over the period (MWh)")});
    m_top = new QTableWidget(0, 3, this);
    m_top->setHorizontalHeaderLabels({tr("Building"), tr("Use"), tr("Value")});
    for (QTableWidget *t : {m_districts, m_top}) {
        t->verticalHeader()->hide();
        t->setEditTriggers(QAbstractItemView::NoEditTriggers);
        t->setSelectionBehavior(QAbstractItemView::SelectRows);
        t->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
        t->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    }
    m_alarms = new DashboardAlarmView(context->alarms(), sourceId(), this);
    auto *totals = new QWidget(this);
    auto *totalsLayout = new QVBoxLayout(totals);
    totalsLayout->addWidget(new QLabel(tr("Districts and city"), totals));
    totalsLayout->addWidget(m_districts, 1);
    totalsLayout->addWidget(new QLabel(tr("Top %1 by the measure shown").arg(kTopCount), totals));
    totalsLayout->addWidget(m_top, 1);
    m_side = new QTabWidget(this);
    m_side->addTab(m_panel, tr("Building"));
    m_side->addTab(totals, tr("Totals"));
    // The anomaly rule is the operator's: how many times its typical power makes a building ring.
    auto *alarmsPage = new QWidget(this);
    auto *alarmsLayout = new QVBoxLayout(alarmsPage);
    m_thresholds = new ThresholdEditor(alarmsPage);
    m_thresholds->setScopes({{QStringLiteral("*"), tr("Every building")}});
    m_thresholds->setMeasures({{kRatio, tr("Power ÷ its typical power for the hour")}});
    m_thresholds->setRules(m_settings.rules);
    alarmsLayout->addWidget(m_alarms, 2);
    alarmsLayout->addWidget(new QLabel(tr("Anomaly rules (loads under 500 W typical are not watched; nothing rings in review):"), alarmsPage));
    alarmsLayout->addWidget(m_thresholds, 1);
    m_side->addTab(alarmsPage, tr("Alarms"));
    m_side->setMinimumWidth(320);

    auto *controls = new QHBoxLayout;
    controls->addWidget(new QLabel(tr("Colour by:"), this));
    controls->addWidget(m_measureBox);
    controls->addWidget(m_periodBox);
    controls->addWidget(new QLabel(tr("Colours:"), this));
    controls->addWidget(m_rampBox);
    controls->addSpacing(12);
    controls->addWidget(new QLabel(tr("View:"), this));
    controls->addWidget(m_presetBox);
    controls->addStretch();
    controls->addWidget(exportButton);
    auto *split = new QSplitter(this);
    split->addWidget(m_view);
    split->addWidget(m_side);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(new AsOfLabel(m_model, this));
    layout->addWidget(m_status);
    layout->addLayout(controls);
    layout->addWidget(split, 1);

    m_measureBox->setCurrentIndex(m_measureBox->findData(int(m_settings.measure)));
    m_periodBox->setCurrentIndex(m_periodBox->findData(int(m_settings.period)));
    m_rampBox->setCurrentIndex(std::max(0, m_rampBox->findData(int(m_settings.ramp))));
    connect(m_model, &EntityStateModel::refreshed, this, &EnergyDashboard::refresh);
    connect(m_context->store(), &EntityStore::reset, m_monitor, &ThresholdMonitor::reset);
    connect(m_context->store(), &EntityStore::reset, this, [this] { m_buildingsDirty = true; });
    connect(m_context->store(), &EntityStore::stored, this, [this] { m_buildingsDirty = true; });
    connect(m_measureBox, &QComboBox::activated, this, [this] { setMeasure(EnergyMeasures::Measure(m_measureBox->currentData().toInt())); });
    connect(m_periodBox, &QComboBox::activated, this, [this] { setPeriod(EnergyMeasures::Period(m_periodBox->currentData().toInt())); });
    connect(m_rampBox, &QComboBox::activated, this, [this] {
        m_settings.ramp = ColorRamp::Name(m_rampBox->currentData().toInt());
        saveSettings();
        recolour();
    });
    connect(m_presetBox, &QComboBox::activated, this, &EnergyDashboard::showPreset);
    connect(m_thresholds, &ThresholdEditor::rulesChanged, this, &EnergyDashboard::setRules);
    connect(exportButton, &QPushButton::clicked, this, [this] {
        const QString text = WidgetExport::askAndWrite(this, tr("Export the 3D view"), tr("PNG image (*.png)"), [this](const QString &path, QString *error) {
            if (m_scene->image().save(path, "PNG"))
                return true;
            *error = tr("the image could not be written");
            return false;
        });
        if (!text.isEmpty())
            m_status->setText(text);
    });
    connect(m_view, &VtkView::clicked, this, [this](QPoint pos) { selectBuilding(m_scene->pick(pos)); });
    connect(m_top, &QTableWidget::cellClicked, this, [this](int row) { selectBuilding(indexOf(m_top->item(row, 0)->data(Qt::UserRole).toString())); });
    connect(m_alarms, &DashboardAlarmView::entityActivated, this, [this](const QString &id) {
        for (size_t i = 0; i < m_buildings.size(); ++i) {
            if (m_buildings[i].id == id || m_buildings[i].meterId == id)
                selectBuilding(int(i));
        }
    });
    m_model->refresh();
}

EnergyDashboard::~EnergyDashboard() = default;

int EnergyDashboard::indexOf(const QString &id) const
{
    for (size_t i = 0; i < m_buildings.size(); ++i) {
        if (m_buildings[i].id == id)
            return int(i);
    }
    return -1;
}

void EnergyDashboard::saveSettings()
{
    m_settings.save(m_context->settings());
}

void EnergyDashboard::setMeasure(EnergyMeasures::Measure measure)
{
    m_settings.measure = measure;
    m_measureBox->setCurrentIndex(m_measureBox->findData(int(measure)));
    saveSettings();
    recolour();
    fillTotals();
}

void EnergyDashboard::setPeriod(EnergyMeasures::Period period)
{
    m_settings.period = period;
    m_periodBox->setCurrentIndex(m_periodBox->findData(int(period)));
    saveSettings();
    refresh();
}

void EnergyDashboard::setRules(const QList<ThresholdRule> &rules)
{
    m_settings.rules = rules;
    m_monitor->setRules(rules);
    if (m_thresholds->rules() != rules)
        m_thresholds->setRules(rules);
    saveSettings();
    refresh();
}

void EnergyDashboard::refresh()
{
    QElapsedTimer spent;
    spent.start();
    m_time = m_model->time();
    const std::vector<Entity> &meters = m_model->entities();
    bool metersRead = false;
    if (m_buildingsDirty) {
        // The buildings are the twin's fixed part: read as last known (not at the cursor), so that
        // reviewing a time before the cache first fetched them still shows the city, and only
        // when the cache changed — a cursor step only reads the meters.
        const std::vector<Entity> buildings = m_context->store()->stateAt(kLastKnown, {kBuilding});
        m_buildingsDirty = false;
        QStringList ids;
        ids.reserve(qsizetype(buildings.size()));
        for (const Entity &e : buildings)
            ids << e.id;
        if (ids != m_geometryIds) {
            // New or other buildings: the one time the geometry is built.
            const EnergyReader::Result r = EnergyReader::read(buildings, meters, m_context->cityPlan(), m_time, m_model->staleAfterMs(), &m_frame);
            m_buildings = r.buildings;
            m_frame = r.frame;
            m_geometryIds = ids;
            m_selected = -1;
            metersRead = true; // read() took the meters too
            rebuildGeometry();
        }
    }
    if (!metersRead)
        EnergyReader::readMeters(m_buildings, meters, m_time, m_model->staleAfterMs());
    m_before = EnergyReader::cumulative(
        m_context->store()->stateAt(m_time - EnergyMeasures::periodMs(m_settings.period), {kMeter}));
    QElapsedTimer timer;
    timer.start();
    if (m_typical.update(*m_context->store(), m_buildings, m_time, QTimeZone::systemTimeZone()) && !m_buildings.empty())
        qCInfo(lcEnergy) << "typical hours of" << m_buildings.size() << "buildings read in" << timer.elapsed() << "ms";
    recolour();
    checkAnomalies(m_time);
    fillTotals();
    selectBuilding(m_selected);
    qCDebug(lcEnergy) << "refresh" << spent.elapsed() << "ms";
    int metered = 0, stale = 0;
    for (const EnergyBuilding &b : m_buildings) {
        metered += b.meterId.isEmpty() ? 0 : 1;
        stale += b.stale ? 1 : 0;
    }
    m_status->setText(m_buildings.empty() ? tr("No building with a footprint in the cache yet (types %1 and %2).").arg(kBuilding, kMeter)
                                          : tr("%1 buildings · %2 with a meter · %3 meters without recent data · %4 drawing far more than usual · "
                                               "grey: no value")
                                                .arg(m_buildings.size())
                                                .arg(metered)
                                                .arg(stale)
                                                .arg(m_breached.size()));
}

void EnergyDashboard::rebuildGeometry()
{
    QList<BuildingMesh::Footprint> footprints;
    footprints.reserve(qsizetype(m_buildings.size()));
    for (const EnergyBuilding &b : m_buildings)
        footprints << BuildingMesh::Footprint{b.rings, b.height, 0, b.parts};
    m_scene->setBuildings(footprints);
    QList<QPolygonF> districts, streets;
    if (const CityPlan *plan = m_context->cityPlan(); plan && m_frame.valid) {
        for (const CityPlan::Layer &layer : plan->layers()) {
            if (layer.kind != CityPlan::Kind::Areas && layer.kind != CityPlan::Kind::Lines)
                continue;
            for (const MapFeature &f : layer.features) {
                for (const QPolygonF &part : f.parts)
                    (layer.kind == CityPlan::Kind::Areas ? districts : streets) << m_frame.toLocal(part);
            }
        }
    }
    m_scene->setGround(districts, streets);
}

void EnergyDashboard::recolour()
{
    const EnergyMeasures::Measure measure = m_settings.measure;
    m_values = EnergyMeasures::values(measure, m_buildings, m_before, m_typical, m_time);
    const auto [low, high] = EnergyMeasures::range(measure, m_values);
    // The legend says the unit; the measure is named in the combo box above the view.
    const QString title = EnergyMeasures::unit(measure);
    m_scene->setColors(measure == EnergyMeasures::Measure::Deviation ? SceneColors::diverging(low, high)
                                                                     : SceneColors::sequential(m_settings.ramp, low, high),
                       title);
    m_scene->setValues(m_values);
}

void EnergyDashboard::fillTotals()
{
    struct Sum
    {
        int buildings = 0;
        double kw = 0, mwh = 0;
    };
    QMap<QString, Sum> byDistrict;
    Sum city;
    for (const EnergyBuilding &b : m_buildings) {
        const double kw = std::isfinite(b.powerW) && !b.stale ? b.powerW / 1000 : 0;
        const double used = EnergyMeasures::energyOver(b, m_before);
        const double mwh = std::isfinite(used) ? used / 1000 : 0;
        for (Sum *s : {&byDistrict[b.district.isEmpty() ? tr("(outside the districts)") : b.district], &city}) {
            ++s->buildings;
            s->kw += kw;
            s->mwh += mwh;
        }
    }
    m_districts->setSortingEnabled(false);
    m_districts->setRowCount(int(byDistrict.size()) + 1);
    int row = 0;
    auto put = [this, &row](const QString &name, const Sum &s, bool bold) {
        auto *item = new QTableWidgetItem(name);
        QFont f = item->font();
        f.setBold(bold);
        item->setFont(f);
        m_districts->setItem(row, 0, item);
        m_districts->setItem(row, 1, number(s.buildings, 0));
        m_districts->setItem(row, 2, number(s.kw, 0));
        m_districts->setItem(row, 3, number(s.mwh, 1));
        ++row;
    };
    put(tr("Whole city"), city, true);
    for (auto it = byDistrict.cbegin(); it != byDistrict.cend(); ++it)
        put(it.key(), it.value(), false);

    std::vector<int> order;
    for (size_t i = 0; i < m_values.size(); ++i) {
        if (std::isfinite(m_values[i]))
            order.push_back(int(i));
    }
    std::sort(order.begin(), order.end(), [this](int a, int b) { return m_values[size_t(a)] > m_values[size_t(b)]; });
    order.resize(std::min<size_t>(order.size(), kTopCount));
    m_top->setRowCount(int(order.size()));
    const QString unit = EnergyMeasures::unit(m_settings.measure);
    for (int r = 0; r < int(order.size()); ++r) {
        const EnergyBuilding &b = m_buildings[size_t(order[size_t(r)])];
        auto *name = new QTableWidgetItem(b.name);
        name->setData(Qt::UserRole, b.id);
        m_top->setItem(r, 0, name);
        m_top->setItem(r, 1, new QTableWidgetItem(b.use));
        auto *value = number(m_values[size_t(order[size_t(r)])], 2);
        value->setText(value->text() + QLatin1Char(' ') + unit);
        m_top->setItem(r, 2, value);
    }
}

void EnergyDashboard::checkAnomalies(qint64 t)
{
    QList<ThresholdMonitor::Reading> readings;
    for (const EnergyBuilding &b : m_buildings) {
        const double usual = m_typical.at(b.meterId, t);
        // Only meaningful loads: a flat going from 60 W to 150 W is not an incident.
        if (b.stale || !std::isfinite(b.powerW) || !std::isfinite(usual) || usual < 500)
            continue;
        readings << ThresholdMonitor::Reading{b.id, b.name, b.id, {{kRatio, b.powerW / usual}}};
    }
    m_breached.clear();
    const TimeCursor *cursor = m_context->timeCursor();
    for (const ThresholdMonitor::Breach &b : m_monitor->check(readings, cursor->time(), cursor->isLive()))
        m_breached.insert(b.subject);
}

void EnergyDashboard::selectBuilding(int index)
{
    m_selected = index >= 0 && index < int(m_buildings.size()) ? index : -1;
    if (m_scene->highlight() != m_selected)
        m_scene->setHighlight(m_selected);
    m_panel->showBuilding(m_selected >= 0 ? &m_buildings[size_t(m_selected)] : nullptr, m_buildings, m_before, m_typical, m_settings.period,
                          m_time);
    if (m_selected >= 0)
        m_side->setCurrentWidget(m_panel);
}

void EnergyDashboard::showPreset(int preset)
{
    if (preset == 0 || m_selected < 0) {
        m_scene->showPreset(CityScene::Preset::Overview);
        return;
    }
    const EnergyBuilding &b = m_buildings[size_t(m_selected)];
    if (preset == 2) {
        m_scene->showPreset(CityScene::Preset::Street, b.rings.first().boundingRect());
        return;
    }
    QRectF area;
    for (const EnergyBuilding &o : m_buildings) {
        if (o.district == b.district && !o.rings.isEmpty())
            area = area.isNull() ? o.rings.first().boundingRect() : area.united(o.rings.first().boundingRect());
    }
    m_scene->showPreset(CityScene::Preset::District, area);
}
