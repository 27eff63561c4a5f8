#pragma once

#include "watering/WateringPlanner.h"

#include <QWidget>

#include <memory>

class DashboardAlarmView;
class DashboardContext;
class EntityStateModel;
class FieldListModel;
class FieldMapPanel;
class FieldPanel;
class QLabel;
class QSortFilterProxyModel;
class QTabWidget;
class QTableView;
class RuleEditor;
class SavingsPanel;
class WhatIfPanel;

// The sports-field watering dashboard: the fields on the map by soil moisture with today's
// decision, the plan explained in a sortable list, one field over time, the water used against
// the fixed schedule, a what-if on the last days, and the rule's parameters. Everything follows
// the global time cursor and is recomputed from what the cache held at each decision time.
class WateringDashboard : public QWidget
{
    Q_OBJECT
public:
    static QString sourceId() { return QStringLiteral("org.citydeck.watering"); }

    explicit WateringDashboard(DashboardContext *context, QWidget *parent = nullptr);
    ~WateringDashboard() override;

    const WateringReader::Snapshot &snapshot() const { return m_snapshot; }
    const QList<WateringPlanner::FieldPlan> &plan() const { return m_plan; }
    const WateringSettings &settings() const { return m_settings; }
    WateringPlanner *planner() const { return m_planner.get(); }
    QTabWidget *tabs() const { return m_tabs; }
    FieldMapPanel *mapPanel() const { return m_map; }
    QTableView *fieldView() const { return m_fieldView; }
    FieldListModel *fieldModel() const { return m_fieldModel; }
    FieldPanel *fieldPanel() const { return m_field; }
    SavingsPanel *savingsPanel() const { return m_savings; }
    WhatIfPanel *whatIfPanel() const { return m_whatIf; }
    RuleEditor *ruleEditor() const { return m_rule; }
    DashboardAlarmView *alarmView() const { return m_alarms; }

    // Puts a rule in force for one field (or every field when fieldId is empty) and saves it.
    void setRule(const QString &fieldId, const WateringRule &rule);
    void setPrice(double pricePerM3);
    void selectField(const QString &id);
    // Re-runs the what-if panel's parameters on its last days.
    void runWhatIf();
    // Reads the cache at the cursor now (normally done when the model refreshes).
    void refresh();
    // Recomputes the savings (normally when their tab is shown and the hour changed).
    void refreshSavings();

private:
    // Puts an editor's rule in force for its scope; false with *why when the form is not valid.
    bool applyEditor(const RuleEditor *editor, QString *why);
    void refreshVisible();
    QDate firstDay() const;

    DashboardContext *m_context;
    WateringSettings m_settings;
    EntityStateModel *m_model;
    std::unique_ptr<WateringPlanner> m_planner;
    QTabWidget *m_tabs;
    QLabel *m_status;
    FieldMapPanel *m_map;
    FieldListModel *m_fieldModel;
    QSortFilterProxyModel *m_sorted;
    QTableView *m_fieldView;
    DashboardAlarmView *m_alarms;
    FieldPanel *m_field;
    SavingsPanel *m_savings;
    WhatIfPanel *m_whatIf;
    RuleEditor *m_rule;
    QLabel *m_ruleNote;
    WateringReader::Snapshot m_snapshot;
    QList<WateringPlanner::FieldPlan> m_plan;
    QString m_savingsKey;
};
