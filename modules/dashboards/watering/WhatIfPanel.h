#pragma once

#include "watering/WhatIf.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QSpinBox;
class QTableWidget;
class RuleEditor;

// The officer's what-if: other parameters, re-run on the last days from the cache — the water
// that would have been used and the days the soil would have gone below its critical level,
// against the rule in force, before changing anything.
class WhatIfPanel : public QWidget
{
    Q_OBJECT
public:
    explicit WhatIfPanel(QWidget *parent = nullptr);

    RuleEditor *editor() const { return m_editor; }
    void setFields(const QList<WateringField> &fields, const WateringSettings &inForce);
    void setDays(int days);
    int days() const;
    // Shows a result (the dashboard runs it: it owns the planner).
    void showResult(const WhatIf::Result &result);
    const WhatIf::Result &result() const { return m_result; }
    QTableWidget *table() const { return m_table; }
    QString summary() const;
    // The candidate settings: those in force with the form's rule for its scope.
    WateringSettings candidate(bool *valid, QString *why) const;

signals:
    void runRequested();
    void applyRequested();

private:
    RuleEditor *m_editor;
    QSpinBox *m_days;
    QPushButton *m_run;
    QPushButton *m_apply;
    QTableWidget *m_table;
    QLabel *m_summary;
    WateringSettings m_inForce;
    WhatIf::Result m_result;
};
