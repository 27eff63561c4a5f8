#include "parking/ParkingDashboard.h"

#include "parking/OccupancyHistory.h"
#include "parking/OccupancyPanel.h"
#include "parking/ParkingLog.h"
#include "parking/ParkingMapPanel.h"
#include "parking/ParkingNames.h"
#include "parking/ParkingSiteModel.h"

#include "core/IsoTime.h"
#include "core/TimeCursor.h"
#include "map/MapView.h"
#include "sdk/AsOfLabel.h"
#include "sdk/CityPlan.h"
#include "sdk/CsvExport.h"
#include "sdk/DashboardAlarmView.h"
#include "sdk/DashboardContext.h"
#include "sdk/EntityStateModel.h"
#include "sdk/EntityStore.h"
#include "sdk/ThresholdEditor.h"
#include "sdk/ThresholdMonitor.h"
#include "sdk/WidgetExport.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMap>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace {
const QString kOccupancy = QStringLiteral("occupancy");
const QString kSilent = QStringLiteral("silentMinutes");
} // namespace

ParkingDashboard::ParkingDashboard(DashboardContext *context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_history(std::make_unique<OccupancyHistory>(context->store(), QTimeZone::systemTimeZone()))
{
    m_settings = ParkingSettings::load(context->settings());
    m_model = new EntityStateModel(context, this);
    m_model->setTypes(ParkingNames::siteTypes() << ParkingNames::spot());
    m_monitor = new ThresholdMonitor(context->alarms(), sourceId(), this);
    m_monitor->setMeasureName(kOccupancy, tr("occupancy"));
    m_monitor->setMeasureName(kSilent, tr("minutes without data"));
    m_monitor->setRules(m_settings.rules);

    auto *asOf = new AsOfLabel(m_model, this);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_tabs = new QTabWidget(this);

    // Sites: the map, and beside it the sortable list and the alarms.
    m_map = new ParkingMapPanel(context->cityPlan(), this);
    m_siteModel = new ParkingSiteModel(this);
    m_sorted = new QSortFilterProxyModel(this);
    m_sorted->setSourceModel(m_siteModel);
    m_sorted->setSortRole(ParkingSiteModel::SortRole);
    m_siteView = new QTableView(this);
    m_siteView->setModel(m_sorted);
    m_siteView->setSortingEnabled(true);
    m_siteView->sortByColumn(ParkingSiteModel::OccupancyColumn, Qt::DescendingOrder);
    m_siteView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_siteView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_siteView->verticalHeader()->hide();
    m_siteView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_siteView->horizontalHeader()->setSectionResizeMode(ParkingSiteModel::NameColumn, QHeaderView::Interactive);
    m_siteView->horizontalHeader()->setStretchLastSection(true);
    m_siteView->setColumnWidth(ParkingSiteModel::NameColumn, 210);
    m_siteView->setColumnHidden(ParkingSiteModel::DistrictColumn, true); // in the tooltip and the CSV; the list stays narrow
    m_alarms = new DashboardAlarmView(context->alarms(), sourceId(), this);
    auto *exportSites = new QPushButton(tr("Export sites CSV…"), this);
    auto *side = new QSplitter(Qt::Vertical, this);
    auto *siteBox = new QGroupBox(tr("Sites (click to select, double-click to zoom in)"), side);
    auto *siteLayout = new QVBoxLayout(siteBox);
    siteLayout->addWidget(m_siteView);
    siteLayout->addWidget(exportSites, 0, Qt::AlignRight);
    auto *alarmBox = new QGroupBox(tr("Parking alarms"), side);
    (new QVBoxLayout(alarmBox))->addWidget(m_alarms);
    side->addWidget(siteBox);
    side->addWidget(alarmBox);
    side->setStretchFactor(0, 3);
    side->setStretchFactor(1, 1);
    side->setMinimumWidth(400);
    auto *live = new QSplitter(this);
    live->addWidget(m_map);
    live->addWidget(side);
    live->setStretchFactor(0, 3);
    live->setStretchFactor(1, 2);
    live->setSizes({800, 640});
    m_tabs->addTab(live, tr("Sites"));

    m_occupancy = new OccupancyPanel(context, m_history.get(), this);
    m_tabs->addTab(m_occupancy, tr("Occupancy over time"));

    m_thresholds = new ThresholdEditor(this);
    m_thresholds->setMeasures({{kOccupancy, tr("Occupancy (0–1)")}, {kSilent, tr("Minutes without data")}});
    m_thresholds->setRules(m_settings.rules);
    auto *thresholdBox = new QGroupBox(tr("Thresholds (alarms)"), this);
    auto *thresholdLayout = new QVBoxLayout(thresholdBox);
    thresholdLayout->addWidget(new QLabel(tr("An alarm is raised once when a site crosses its limit, and again only after it fell 10 % below it. "
                                             "Nothing is raised while reviewing the past."),
                                          thresholdBox));
    thresholdLayout->addWidget(m_thresholds);
    m_tabs->addTab(thresholdBox, tr("Thresholds"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(asOf);
    layout->addWidget(m_status);
    layout->addWidget(m_tabs, 1);

    {
        const QSignalBlocker block(m_occupancy);
        m_occupancy->setResolution(m_settings.resolution);
    }
    connect(m_model, &EntityStateModel::refreshed, this, &ParkingDashboard::refresh);
    connect(m_context->store(), &EntityStore::reset, m_monitor, &ThresholdMonitor::reset);
    connect(m_map, &ParkingMapPanel::siteClicked, this, &ParkingDashboard::selectSite);
    connect(m_siteView, &QTableView::clicked, this, [this](const QModelIndex &index) { selectSite(index.data(ParkingSiteModel::IdRole).toString()); });
    connect(m_siteView, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        m_map->zoomToSite(index.data(ParkingSiteModel::IdRole).toString());
    });
    connect(m_alarms, &DashboardAlarmView::entityActivated, this, [this](const QString &id) {
        m_tabs->setCurrentIndex(0);
        selectSite(id);
        m_map->zoomToSite(id);
    });
    connect(m_occupancy, &OccupancyPanel::subjectChosen, this, [this](const QString &id) {
        if (id != OccupancyHistory::kCity)
            selectSite(id);
    });
    connect(m_occupancy, &OccupancyPanel::resolutionChosen, this, [this](OccupancyHistory::Resolution r) {
        m_settings.resolution = r;
        m_settings.save(m_context->settings());
    });
    connect(m_occupancy, &OccupancyPanel::message, m_status, &QLabel::setText);
    connect(m_thresholds, &ThresholdEditor::rulesChanged, this, &ParkingDashboard::setRules);
    connect(exportSites, &QPushButton::clicked, this, &ParkingDashboard::askExportSites);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        if (m_tabs->currentWidget() == m_occupancy)
            m_occupancy->refreshIfChanged();
    });
    m_model->refresh();
}

ParkingDashboard::~ParkingDashboard() = default;

void ParkingDashboard::setRules(const QList<ThresholdRule> &rules)
{
    m_settings.rules = rules;
    m_monitor->setRules(rules);
    if (m_thresholds->rules() != rules)
        m_thresholds->setRules(rules);
    m_settings.save(m_context->settings());
    refresh();
}

void ParkingDashboard::selectSite(const QString &id)
{
    m_map->view()->setSelection({id});
    const int row = m_siteModel->rowOf(id);
    if (row >= 0) {
        const QModelIndex index = m_sorted->mapFromSource(m_siteModel->index(row, 0));
        m_siteView->selectionModel()->select(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        m_siteView->scrollTo(index);
    }
    m_occupancy->selectSubject(id);
}

void ParkingDashboard::refresh()
{
    const qint64 t = m_model->time();
    m_state = ParkingReader::read(m_model->entities(), m_context->cityPlan(), t, m_model->staleAfterMs());
    ParkingReader::addTrends(m_state.sites, *m_context->store(), t);
    m_history->setSites(m_state.sites);
    checkThresholds(t);
    m_map->setState(m_state.sites, m_state.bays, m_breached);
    m_siteModel->setSites(m_state.sites, m_breached);
    m_occupancy->setSites(m_state.sites);
    if (m_tabs->currentWidget() == m_occupancy)
        m_occupancy->refreshIfChanged();
    updateScopes();

    double free = 0, total = 0;
    int full = 0, silent = 0, inconsistent = 0;
    for (const ParkingSite &s : std::as_const(m_state.sites)) {
        if (s.kind != ParkingSite::Kind::Group && !s.stale && std::isfinite(s.counts.available) && std::isfinite(s.counts.total)) {
            free += s.counts.available;
            total += s.counts.total;
        }
        full += s.counts.isKnown() && s.counts.occupancy >= OccupancyHistory::kSaturation && !s.stale ? 1 : 0;
        silent += s.stale ? 1 : 0;
        inconsistent += s.counts.isInconsistent() ? 1 : 0;
    }
    const QLocale locale;
    m_status->setText(m_state.sites.isEmpty()
                          ? tr("No parking site in the cache yet (types: %1).").arg(ParkingNames::siteTypes().join(QStringLiteral(", ")))
                          : tr("%1 sites · %2 spaces free of %3 · %4 at 95 % or more · %5 without recent data · %6 with inconsistent data")
                                .arg(m_state.sites.size())
                                .arg(locale.toString(free, 'f', 0), locale.toString(total, 'f', 0))
                                .arg(full)
                                .arg(silent)
                                .arg(inconsistent));
    qCDebug(lcParking) << "sites" << m_state.sites.size() << "bays" << m_state.bays.size() << "breached" << m_breached.size();
}

void ParkingDashboard::checkThresholds(qint64 t)
{
    QList<ThresholdMonitor::Reading> readings;
    QMap<QString, std::pair<double, double>> districts; // occupied, total
    for (const ParkingSite &s : std::as_const(m_state.sites)) {
        ThresholdMonitor::Reading r{s.id, s.name, s.id, {}};
        // A silent sensor's last occupancy is not today's: only its silence is checked.
        if (s.counts.isKnown() && !s.stale && !s.closed)
            r.values.insert(kOccupancy, s.counts.occupancy);
        if (s.observedAt > 0)
            r.values.insert(kSilent, double(t - s.observedAt) / 60000.0);
        readings << r;
        if (!s.district.isEmpty() && s.kind != ParkingSite::Kind::Group && !s.stale && s.counts.isKnown() && std::isfinite(s.counts.total)) {
            districts[s.district].first += s.counts.occupancy * s.counts.total;
            districts[s.district].second += s.counts.total;
        }
    }
    for (auto it = districts.cbegin(); it != districts.cend(); ++it) {
        if (it.value().second > 0)
            readings << ThresholdMonitor::Reading{ThresholdMonitor::districtSubject(it.key()),
                                                  ThresholdMonitor::districtLabel(it.key()),
                                                  {},
                                                  {{kOccupancy, it.value().first / it.value().second}}};
    }
    const TimeCursor *cursor = m_context->timeCursor();
    m_breached.clear();
    for (const ThresholdMonitor::Breach &b : m_monitor->check(readings, cursor->time(), cursor->isLive()))
        m_breached.insert(b.subject);
}

void ParkingDashboard::updateScopes()
{
    QList<ThresholdEditor::Choice> scopes = ThresholdEditor::cityScopes(tr("Every site"), m_context->cityPlan()->districtNames());
    for (const ParkingSite &s : std::as_const(m_state.sites))
        scopes << ThresholdEditor::Choice{s.id, s.name};
    m_thresholds->setScopes(scopes);
}

bool ParkingDashboard::exportSitesCsv(const QString &path, QString *error) const
{
    QByteArray out = "id,name,kind,district,available,total,occupancy,trend30min,observedAt,stale,closed,overThreshold,problems\n";
    auto number = [](double v, int decimals) { return std::isfinite(v) ? QString::number(v, 'f', decimals) : QString(); };
    for (const ParkingSite &s : m_state.sites) {
        const QStringList fields{CsvExport::field(s.id), CsvExport::field(s.name), CsvExport::field(ParkingSiteModel::kindName(s.kind)),
                                 CsvExport::field(s.district), number(s.counts.available, 0), number(s.counts.total, 0),
                                 number(s.counts.occupancy, 3), number(s.trend, 3), s.observedAt > 0 ? IsoTime::format(s.observedAt) : QString(),
                                 s.stale ? QStringLiteral("yes") : QStringLiteral("no"), s.closed ? QStringLiteral("yes") : QStringLiteral("no"),
                                 m_breached.contains(s.id) ? QStringLiteral("yes") : QStringLiteral("no"),
                                 CsvExport::field(s.counts.problems().join(QStringLiteral("; ")))};
        out += fields.join(QLatin1Char(',')).toUtf8() + '\n';
    }
    return CsvExport::writeFile(path, out, error);
}

void ParkingDashboard::askExportSites()
{
    const QString text = WidgetExport::askAndWrite(this, tr("Export parking sites as CSV"), tr("CSV (*.csv)"),
                                                   [this](const QString &path, QString *error) { return exportSitesCsv(path, error); });
    if (!text.isEmpty())
        m_status->setText(text);
}
