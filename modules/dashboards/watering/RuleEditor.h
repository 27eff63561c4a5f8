#pragma once

#include "watering/WateringField.h"
#include "watering/WateringRule.h"

#include <QWidget>

class QComboBox;
class QDoubleSpinBox;
class QLineEdit;
class QSpinBox;

// The watering rule's parameters as a form, for every field or for one: thresholds, target,
// rain probability and amount, horizon, windows, mowing gap, application rate, root depth and the
// fixed schedule's depth. Used to change the rule in force and to try one in the what-if.
class RuleEditor : public QWidget
{
    Q_OBJECT
public:
    explicit RuleEditor(QWidget *parent = nullptr);

    void setFields(const QList<WateringField> &fields);
    QString scope() const; // empty: every field
    void setScope(const QString &fieldId);
    void setRule(const WateringRule &rule);
    // The form's rule; *why says what is wrong when it is not valid.
    WateringRule rule(bool *valid = nullptr, QString *why = nullptr) const;

signals:
    void scopeChanged(const QString &fieldId);
    void edited();

private:
    QComboBox *m_scope;
    QDoubleSpinBox *m_dry;
    QDoubleSpinBox *m_critical;
    QDoubleSpinBox *m_target;
    QDoubleSpinBox *m_probability;
    QDoubleSpinBox *m_amount;
    QSpinBox *m_horizon;
    QLineEdit *m_windows;
    QDoubleSpinBox *m_gap;
    QDoubleSpinBox *m_rate;
    QDoubleSpinBox *m_depth;
    QDoubleSpinBox *m_fixed;
};
