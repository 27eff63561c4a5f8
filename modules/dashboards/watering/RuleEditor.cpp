#include "watering/RuleEditor.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QSpinBox>

namespace {
QDoubleSpinBox *spin(QWidget *parent, double min, double max, int decimals, double step, const QString &suffix)
{
    auto *s = new QDoubleSpinBox(parent);
    s->setRange(min, max);
    s->setDecimals(decimals);
    s->setSingleStep(step);
    s->setSuffix(suffix);
    return s;
}
} // namespace

RuleEditor::RuleEditor(QWidget *parent)
    : QWidget(parent)
    , m_scope(new QComboBox(this))
    , m_dry(spin(this, 0.05, 0.5, 3, 0.005, tr(" m³/m³")))
    , m_critical(spin(this, 0.0, 0.5, 3, 0.005, tr(" m³/m³")))
    , m_target(spin(this, 0.05, 0.6, 3, 0.005, tr(" m³/m³")))
    , m_probability(spin(this, 0, 100, 0, 5, tr(" %")))
    , m_amount(spin(this, 0, 50, 1, 0.5, tr(" mm")))
    , m_horizon(new QSpinBox(this))
    , m_windows(new QLineEdit(this))
    , m_gap(spin(this, 0, 72, 1, 1, tr(" h")))
    , m_rate(spin(this, 0.5, 60, 1, 0.5, tr(" mm/h")))
    , m_depth(spin(this, 20, 600, 0, 10, tr(" mm")))
    , m_fixed(spin(this, 0, 50, 1, 0.5, tr(" mm")))
{
    m_scope->addItem(tr("Every field"), QString());
    m_horizon->setRange(1, 48);
    m_horizon->setSuffix(tr(" h"));
    m_windows->setPlaceholderText(QStringLiteral("05:00-07:00, 21:00-23:00"));
    auto *form = new QFormLayout(this);
    form->addRow(tr("Applies to:"), m_scope);
    form->addRow(tr("Water below (dry threshold):"), m_dry);
    form->addRow(tr("Critical (alarm after a day below):"), m_critical);
    form->addRow(tr("Target moisture after watering:"), m_target);
    form->addRow(tr("Rainy hour from a chance of:"), m_probability);
    form->addRow(tr("Skip when rainy hours bring at least:"), m_amount);
    form->addRow(tr("Forecast horizon:"), m_horizon);
    form->addRow(tr("Watering windows (first = usual):"), m_windows);
    form->addRow(tr("No watering ending less than this before mowing:"), m_gap);
    form->addRow(tr("Sprinkler application rate:"), m_rate);
    form->addRow(tr("Root depth watered:"), m_depth);
    form->addRow(tr("Fixed schedule (analogue): depth every day:"), m_fixed);
    connect(m_scope, &QComboBox::activated, this, [this] { emit scopeChanged(scope()); });
    for (QDoubleSpinBox *s : {m_dry, m_critical, m_target, m_probability, m_amount, m_gap, m_rate, m_depth, m_fixed})
        connect(s, &QDoubleSpinBox::valueChanged, this, &RuleEditor::edited);
    connect(m_horizon, &QSpinBox::valueChanged, this, &RuleEditor::edited);
    connect(m_windows, &QLineEdit::textEdited, this, &RuleEditor::edited);
    setRule(WateringRule());
}

void RuleEditor::setFields(const QList<WateringField> &fields)
{
    const QString current = scope();
    const QSignalBlocker block(m_scope);
    while (m_scope->count() > 1)
        m_scope->removeItem(1);
    for (const WateringField &f : fields)
        m_scope->addItem(f.name, f.id);
    const int i = m_scope->findData(current);
    m_scope->setCurrentIndex(i >= 0 ? i : 0);
}

QString RuleEditor::scope() const
{
    return m_scope->currentData().toString();
}

void RuleEditor::setScope(const QString &fieldId)
{
    const int i = m_scope->findData(fieldId);
    m_scope->setCurrentIndex(i >= 0 ? i : 0);
}

void RuleEditor::setRule(const WateringRule &r)
{
    const QSignalBlocker b1(m_dry), b2(m_critical), b3(m_target), b4(m_probability), b5(m_amount), b6(m_horizon), b7(m_gap), b8(m_rate),
        b9(m_depth), b10(m_fixed);
    m_dry->setValue(r.dryThreshold);
    m_critical->setValue(r.criticalThreshold);
    m_target->setValue(r.targetMoisture);
    m_probability->setValue(r.rainProbability * 100);
    m_amount->setValue(r.rainAmountMm);
    m_horizon->setValue(r.horizonHours);
    m_windows->setText(r.windowsText());
    m_gap->setValue(r.mowingGapHours);
    m_rate->setValue(r.rateMmPerHour);
    m_depth->setValue(r.rootDepthMm);
    m_fixed->setValue(r.fixedDepthMm);
}

WateringRule RuleEditor::rule(bool *valid, QString *why) const
{
    WateringRule r;
    r.dryThreshold = m_dry->value();
    r.criticalThreshold = m_critical->value();
    r.targetMoisture = m_target->value();
    r.rainProbability = m_probability->value() / 100.0;
    r.rainAmountMm = m_amount->value();
    r.horizonHours = m_horizon->value();
    r.mowingGapHours = m_gap->value();
    r.rateMmPerHour = m_rate->value();
    r.rootDepthMm = m_depth->value();
    r.fixedDepthMm = m_fixed->value();
    QString problem;
    if (!WateringRule::parseWindows(m_windows->text(), &r.windows))
        problem = tr("Windows must read like \"05:00-07:00, 21:00-23:00\", in order and not overlapping.");
    else if (!r.isValid())
        problem = tr("The critical level must not exceed the dry threshold, and the dry threshold must be below the target.");
    if (valid)
        *valid = problem.isEmpty();
    if (why)
        *why = problem;
    return r;
}
