#include "watering/WateringDashboard.h"

#include "watering/FieldListModel.h"
#include "watering/FieldMapPanel.h"
#include "watering/FieldPanel.h"
#include "watering/RuleEditor.h"
#include "watering/SavingsPanel.h"
#include "watering/WateringLog.h"
#include "watering/WhatIfPanel.h"

#include "core/TimeCursor.h"
#include "map/MapView.h"
#include "sdk/AsOfLabel.h"
#include "sdk/DashboardAlarmView.h"
#include "sdk/DashboardContext.h"
#include "sdk/EntityStateModel.h"
#include "sdk/EntityStore.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace {
constexpr int kSavingsDays = 92; // a season at most: the cache keeps what the history setting holds
}

WateringDashboard::WateringDashboard(DashboardContext *context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_settings(WateringSettings::load(context->settings()))
{
    m_planner = std::make_unique<WateringPlanner>(context->store(), m_settings.zone(), context->cityPlan());
    m_model = new EntityStateModel(context, this);
    m_model->setTypes(WateringReader::types());
    m_model->setStaleAfterMs(3 * 3600 * 1000LL); // hourly probes: three missed readings

    auto *asOf = new AsOfLabel(m_model, this);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_tabs = new QTabWidget(this);

    // Fields: the map, and beside it today's plan and the alarms.
    m_map = new FieldMapPanel(context->cityPlan(), this);
    m_fieldModel = new FieldListModel(this);
    m_sorted = new QSortFilterProxyModel(this);
    m_sorted->setSourceModel(m_fieldModel);
    m_sorted->setSortRole(FieldListModel::SortRole);
    m_fieldView = new QTableView(this);
    m_fieldView->setModel(m_sorted);
    m_fieldView->setSortingEnabled(true);
    m_fieldView->sortByColumn(FieldListModel::MoistureColumn, Qt::AscendingOrder);
    m_fieldView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_fieldView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_fieldView->setWordWrap(true);
    m_fieldView->verticalHeader()->hide();
    m_fieldView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_fieldView->horizontalHeader()->setSectionResizeMode(FieldListModel::ReasonColumn, QHeaderView::Stretch);
    m_fieldView->setColumnHidden(FieldListModel::ThresholdColumn, true); // in the tooltip and the rule tab
    m_alarms = new DashboardAlarmView(context->alarms(), sourceId(), this);
    auto *side = new QSplitter(Qt::Vertical, this);
    auto *planBox = new QGroupBox(tr("Today's plan (click a field to select it, double-click to zoom in)"), side);
    (new QVBoxLayout(planBox))->addWidget(m_fieldView);
    auto *alarmBox = new QGroupBox(tr("Watering alarms"), side);
    (new QVBoxLayout(alarmBox))->addWidget(m_alarms);
    side->addWidget(planBox);
    side->addWidget(alarmBox);
    side->setStretchFactor(0, 3);
    side->setStretchFactor(1, 1);
    auto *live = new QSplitter(this);
    live->addWidget(m_map);
    live->addWidget(side);
    live->setStretchFactor(0, 2);
    live->setStretchFactor(1, 3);
    live->setSizes({600, 900});
    m_tabs->addTab(live, tr("Fields"));

    m_field = new FieldPanel(this);
    m_tabs->addTab(m_field, tr("Field over time"));
    m_savings = new SavingsPanel(this);
    m_savings->setPrice(m_settings.pricePerM3);
    m_tabs->addTab(m_savings, tr("Water saved"));
    m_whatIf = new WhatIfPanel(this);
    m_tabs->addTab(m_whatIf, tr("What-if"));

    // The rule in force, per field or for all.
    auto *rulePage = new QWidget(this);
    m_rule = new RuleEditor(rulePage);
    m_ruleNote = new QLabel(rulePage);
    m_ruleNote->setWordWrap(true);
    auto *apply = new QPushButton(tr("Apply"), rulePage);
    auto *reset = new QPushButton(tr("Back to the pilot's defaults"), rulePage);
    auto *ruleLayout = new QVBoxLayout(rulePage);
    ruleLayout->addWidget(new QLabel(tr("The day's decision is taken at the start of the first window, from what is known then: "
                                        "skip when the soil is moist enough or when rain is expected later that day (even if the soil is dry), "
                                        "otherwise water back to the target at the first window free of reservations and far enough before a mowing. "
                                        "See docs/WATERING.md."),
                                     rulePage));
    ruleLayout->itemAt(0)->widget()->setProperty("wordWrap", true);
    ruleLayout->addWidget(m_rule);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(apply);
    buttons->addWidget(reset);
    buttons->addStretch(1);
    ruleLayout->addLayout(buttons);
    ruleLayout->addWidget(m_ruleNote);
    ruleLayout->addStretch(1);
    m_tabs->addTab(rulePage, tr("Rule"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(asOf);
    layout->addWidget(m_status);
    layout->addWidget(m_tabs, 1);

    m_rule->setRule(m_settings.defaults);
    connect(m_model, &EntityStateModel::refreshed, this, &WateringDashboard::refresh);
    connect(context->store(), &EntityStore::reset, this, [this] { m_planner->clear(); });
    connect(m_map, &FieldMapPanel::fieldClicked, this, &WateringDashboard::selectField);
    connect(m_fieldView, &QTableView::clicked, this, [this](const QModelIndex &i) { selectField(i.data(FieldListModel::IdRole).toString()); });
    connect(m_fieldView, &QTableView::doubleClicked, this, [this](const QModelIndex &i) { m_map->zoomToField(i.data(FieldListModel::IdRole).toString()); });
    connect(m_alarms, &DashboardAlarmView::entityActivated, this, [this](const QString &id) {
        m_tabs->setCurrentIndex(0);
        selectField(id);
        m_map->zoomToField(id);
    });
    connect(m_field, &FieldPanel::fieldChosen, this, &WateringDashboard::selectField);
    connect(m_savings, &SavingsPanel::priceChanged, this, &WateringDashboard::setPrice);
    connect(m_savings, &SavingsPanel::message, m_status, &QLabel::setText);
    connect(m_whatIf, &WhatIfPanel::runRequested, this, &WateringDashboard::runWhatIf);
    connect(m_whatIf, &WhatIfPanel::applyRequested, this, [this] {
        QString why;
        m_status->setText(applyEditor(m_whatIf->editor(), &why) ? tr("The what-if parameters are now in force.") : why);
    });
    connect(m_rule, &RuleEditor::scopeChanged, this, [this](const QString &id) { m_rule->setRule(m_settings.ruleFor(id)); });
    connect(apply, &QPushButton::clicked, this, [this] {
        QString why;
        const bool applied = applyEditor(m_rule, &why);
        m_ruleNote->setText(!applied ? why : m_rule->scope().isEmpty() ? tr("Applied to every field.") : tr("Applied to this field only."));
    });
    connect(reset, &QPushButton::clicked, this, [this] {
        m_rule->setRule(WateringRule());
        setRule(m_rule->scope(), WateringRule());
        m_ruleNote->setText(tr("The pilot's default parameters are in force."));
    });
    connect(m_tabs, &QTabWidget::currentChanged, this, &WateringDashboard::refreshVisible);
    m_model->refresh();
}

WateringDashboard::~WateringDashboard() = default;

void WateringDashboard::setRule(const QString &fieldId, const WateringRule &rule)
{
    m_settings.setRule(fieldId, rule);
    m_settings.save(m_context->settings());
    m_savingsKey.clear();
    refresh();
}

bool WateringDashboard::applyEditor(const RuleEditor *editor, QString *why)
{
    bool valid = false;
    const WateringRule rule = editor->rule(&valid, why);
    if (valid)
        setRule(editor->scope(), rule);
    return valid;
}

void WateringDashboard::setPrice(double pricePerM3)
{
    m_settings.pricePerM3 = pricePerM3;
    m_settings.save(m_context->settings());
    if (std::abs(m_savings->price() - pricePerM3) > 1e-9)
        m_savings->setPrice(pricePerM3);
}

void WateringDashboard::selectField(const QString &id)
{
    m_map->view()->setSelection({id});
    const int row = m_fieldModel->rowOf(id);
    if (row >= 0) {
        const QModelIndex index = m_sorted->mapFromSource(m_fieldModel->index(row, 0));
        m_fieldView->selectionModel()->select(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        m_fieldView->scrollTo(index);
    }
    if (m_field->fieldId() != id) {
        m_field->selectField(id);
        if (m_tabs->currentWidget() == m_field)
            m_field->refresh(*m_planner, m_plan, m_settings, m_model->time());
    }
}

QDate WateringDashboard::firstDay() const
{
    const qint64 t = m_model->time();
    const auto [oldest, newest] = m_context->store()->timeRange();
    Q_UNUSED(newest);
    const qint64 from = oldest == IsoTime::invalid ? t : std::max(oldest, t - kSavingsDays * 24 * DecisionEngine::kHourMs);
    // The first whole day held.
    return DecisionEngine::localDay(from, m_settings.zone()).addDays(1);
}

void WateringDashboard::refresh()
{
    const qint64 t = m_model->time();
    if (m_context->timeCursor()->isLive())
        m_planner->clear(); // late values may have come for the decision time
    m_snapshot = m_planner->snapshot(t);
    m_plan = m_planner->planAt(t, m_settings);
    m_fieldModel->setState(m_snapshot.fields, m_plan, m_settings, t);
    m_map->setState(m_snapshot.fields, m_plan, m_settings, t);
    m_field->setFields(m_snapshot.fields);
    m_rule->setFields(m_snapshot.fields);
    m_whatIf->setFields(m_snapshot.fields, m_settings);

    int water = 0, shifted = 0, skipped = 0, noData = 0;
    double volume = 0;
    for (const WateringPlanner::FieldPlan &p : std::as_const(m_plan)) {
        water += p.decision.action == WateringDecision::Action::Water ? 1 : 0;
        shifted += p.decision.action == WateringDecision::Action::Shifted ? 1 : 0;
        skipped += p.decision.action == WateringDecision::Action::Skip ? 1 : 0;
        noData += p.decision.action == WateringDecision::Action::NoData ? 1 : 0;
        volume += p.decision.volume;
    }
    const QLocale locale;
    m_status->setText(m_snapshot.fields.isEmpty()
                          ? tr("No sports field in the cache yet (types: %1).").arg(WateringReader::types().join(QStringLiteral(", ")))
                          : tr("Fields: %1 · today: %2 to water, %3 shifted, %4 skipped, %5 without data · %6 m³ planned%7")
                                .arg(m_snapshot.fields.size())
                                .arg(water)
                                .arg(shifted)
                                .arg(skipped)
                                .arg(noData)
                                .arg(locale.toString(volume, 'f', 0))
                                .arg(m_snapshot.forecast.isEmpty() ? tr(" · no weather forecast: decided on the soil alone") : QString()));
    refreshVisible();
    qCDebug(lcWatering) << "fields" << m_snapshot.fields.size() << "forecast hours" << m_snapshot.forecast.size();
}

void WateringDashboard::refreshVisible()
{
    if (m_tabs->currentWidget() == m_field)
        m_field->refresh(*m_planner, m_plan, m_settings, m_model->time());
    else if (m_tabs->currentWidget() == m_savings)
        refreshSavings();
}

void WateringDashboard::refreshSavings()
{
    const qint64 t = m_model->time();
    // Once per hour of the cursor: the meters and decisions change hourly.
    const QString key = QStringLiteral("%1|%2").arg(t / DecisionEngine::kHourMs).arg(m_snapshot.fields.size());
    if (key == m_savingsKey)
        return;
    m_savingsKey = key;
    const QDate last = DecisionEngine::localDay(t, m_settings.zone());
    m_savings->setData(WaterSavings::daily(*m_planner, m_snapshot.fields, m_settings, firstDay(), last, t), m_snapshot.fields);
}

void WateringDashboard::runWhatIf()
{
    bool valid = false;
    QString why;
    const WateringSettings candidate = m_whatIf->candidate(&valid, &why);
    if (!valid) {
        m_status->setText(why);
        return;
    }
    const qint64 t = m_model->time();
    const QDate last = DecisionEngine::localDay(t, m_settings.zone()).addDays(-1); // whole days only
    const QDate first = std::max(firstDay(), last.addDays(1 - m_whatIf->days()));
    m_whatIf->showResult(WhatIf::run(*m_planner, m_snapshot.fields, m_settings, candidate, first, last));
}
