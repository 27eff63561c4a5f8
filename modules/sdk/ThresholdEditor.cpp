#include "sdk/ThresholdEditor.h"

#include "sdk/AlarmBoard.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {
enum Column { ScopeColumn, MeasureColumn, LimitColumn, SeverityColumn, ColumnCount };

QComboBox *choiceBox(const QList<ThresholdEditor::Choice> &choices, const QString &current, QWidget *parent)
{
    auto *box = new QComboBox(parent);
    for (const ThresholdEditor::Choice &c : choices)
        box->addItem(c.label, c.key);
    if (box->findData(current) < 0 && !current.isEmpty())
        box->addItem(current, current); // a rule about something not seen now stays as it is
    box->setCurrentIndex(std::max(0, box->findData(current)));
    return box;
}
} // namespace

QList<ThresholdEditor::Choice> ThresholdEditor::cityScopes(const QString &everyEntity, const QStringList &districts)
{
    QList<Choice> scopes{{QStringLiteral("*"), everyEntity},
                         {ThresholdMonitor::districtSubject(QStringLiteral("*")), tr("Every district")}};
    for (const QString &d : districts)
        scopes << Choice{ThresholdMonitor::districtSubject(d), ThresholdMonitor::districtLabel(d)};
    return scopes;
}

ThresholdEditor::ThresholdEditor(QWidget *parent)
    : QWidget(parent)
{
    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setHorizontalHeaderLabels({tr("Watches"), tr("Measure"), tr("Alarm at or above"), tr("Severity")});
    m_table->horizontalHeader()->setSectionResizeMode(ScopeColumn, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    auto *add = new QPushButton(tr("Add threshold"), this);
    auto *remove = new QPushButton(tr("Remove selected"), this);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    connect(add, &QPushButton::clicked, this, [this] {
        ThresholdRule rule;
        rule.scope = m_scopes.isEmpty() ? QStringLiteral("*") : m_scopes.constFirst().key;
        rule.measure = m_measures.isEmpty() ? QString() : m_measures.constFirst().key;
        addRow(rule);
        emit rulesChanged(rules());
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        QList<int> rows;
        for (const QModelIndex &i : m_table->selectionModel()->selectedRows())
            rows << i.row();
        std::sort(rows.rbegin(), rows.rend());
        for (int r : rows)
            m_table->removeRow(r);
        emit rulesChanged(rules());
    });
}

void ThresholdEditor::setScopes(const QList<Choice> &scopes)
{
    // Dashboards offer their subjects after every read: rebuilding the rows would close an
    // editor the operator has open.
    if (scopes == m_scopes)
        return;
    m_scopes = scopes;
    setRules(rules());
}

void ThresholdEditor::setMeasures(const QList<Choice> &measures)
{
    m_measures = measures;
    setRules(rules());
}

void ThresholdEditor::setRules(const QList<ThresholdRule> &rules)
{
    m_table->setRowCount(0);
    for (const ThresholdRule &r : rules)
        addRow(r);
}

void ThresholdEditor::addRow(const ThresholdRule &rule)
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    auto *scope = choiceBox(m_scopes, rule.scope, m_table);
    auto *measure = choiceBox(m_measures, rule.measure, m_table);
    auto *limit = new QDoubleSpinBox(m_table);
    limit->setRange(0, 1e9);
    limit->setDecimals(2);
    limit->setValue(rule.limit);
    auto *severity = new QComboBox(m_table);
    for (Alarm::Severity s : {Alarm::Severity::Info, Alarm::Severity::Warning, Alarm::Severity::Critical})
        severity->addItem(AlarmBoard::severityLabel(s), int(s));
    severity->setCurrentIndex(severity->findData(int(rule.severity)));
    m_table->setCellWidget(row, ScopeColumn, scope);
    m_table->setCellWidget(row, MeasureColumn, measure);
    m_table->setCellWidget(row, LimitColumn, limit);
    m_table->setCellWidget(row, SeverityColumn, severity);
    auto changed = [this] { emit rulesChanged(rules()); };
    connect(scope, &QComboBox::activated, this, changed);
    connect(measure, &QComboBox::activated, this, changed);
    connect(limit, &QDoubleSpinBox::editingFinished, this, changed);
    connect(severity, &QComboBox::activated, this, changed);
}

QList<ThresholdRule> ThresholdEditor::rules() const
{
    QList<ThresholdRule> out;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        ThresholdRule r;
        r.scope = static_cast<QComboBox *>(m_table->cellWidget(row, ScopeColumn))->currentData().toString();
        r.measure = static_cast<QComboBox *>(m_table->cellWidget(row, MeasureColumn))->currentData().toString();
        r.limit = static_cast<QDoubleSpinBox *>(m_table->cellWidget(row, LimitColumn))->value();
        r.severity = Alarm::Severity(static_cast<QComboBox *>(m_table->cellWidget(row, SeverityColumn))->currentData().toInt());
        out << r;
    }
    return out;
}
