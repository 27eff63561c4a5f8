#include "watering/WhatIfPanel.h"

#include "watering/RuleEditor.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

WhatIfPanel::WhatIfPanel(QWidget *parent)
    : QWidget(parent)
    , m_editor(new RuleEditor(this))
    , m_days(new QSpinBox(this))
    , m_run(new QPushButton(tr("Re-run with these parameters"), this))
    , m_apply(new QPushButton(tr("Put these parameters in force"), this))
    , m_table(new QTableWidget(this))
    , m_summary(new QLabel(this))
{
    m_days->setRange(1, 90);
    m_days->setValue(30);
    m_days->setSuffix(tr(" days"));
    m_summary->setWordWrap(true);
    m_table->setColumnCount(7);
    m_table->setHorizontalHeaderLabels({tr("Field"), tr("In force (m³)"), tr("What-if (m³)"), tr("Difference (m³)"), tr("Waterings"),
                                        tr("Dry days, in force"), tr("Dry days, what-if")});
    m_table->horizontalHeaderItem(4)->setToolTip(tr("Waterings with the rule in force / with these parameters"));
    m_table->horizontalHeaderItem(5)->setToolTip(tr("Days with a reading below the critical level"));
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    auto *intro = new QLabel(tr("Try other parameters on the city's own history before changing the rule: each past day is decided again "
                                "from what the cache held at its decision time. The soil is taken to dry and take rain as it did, "
                                "raised or lowered by the water the other rule gives more or less."),
                             this);
    intro->setWordWrap(true);
    auto *left = new QVBoxLayout;
    left->addWidget(m_editor);
    auto *runRow = new QHBoxLayout;
    runRow->addWidget(new QLabel(tr("Last"), this));
    runRow->addWidget(m_days);
    runRow->addWidget(m_run, 1);
    left->addLayout(runRow);
    left->addWidget(m_apply);
    left->addStretch(1);
    auto *right = new QVBoxLayout;
    right->addWidget(m_summary);
    right->addWidget(m_table, 1);
    auto *body = new QHBoxLayout;
    body->addLayout(left, 2);
    body->addLayout(right, 3);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(body, 1);
    m_apply->setEnabled(false);
    connect(m_run, &QPushButton::clicked, this, &WhatIfPanel::runRequested);
    connect(m_apply, &QPushButton::clicked, this, &WhatIfPanel::applyRequested);
    connect(m_editor, &RuleEditor::scopeChanged, this, [this](const QString &id) { m_editor->setRule(m_inForce.ruleFor(id)); });
}

void WhatIfPanel::setFields(const QList<WateringField> &fields, const WateringSettings &inForce)
{
    const bool first = m_inForce.perField.isEmpty() && m_inForce.defaults == WateringRule() && m_result.fields.isEmpty();
    m_inForce = inForce;
    m_editor->setFields(fields);
    if (first)
        m_editor->setRule(inForce.ruleFor(m_editor->scope()));
}

void WhatIfPanel::setDays(int days)
{
    m_days->setValue(days);
}

int WhatIfPanel::days() const
{
    return m_days->value();
}

QString WhatIfPanel::summary() const
{
    return m_summary->text();
}

WateringSettings WhatIfPanel::candidate(bool *valid, QString *why) const
{
    WateringSettings s = m_inForce;
    s.setRule(m_editor->scope(), m_editor->rule(valid, why));
    return s;
}

void WhatIfPanel::showResult(const WhatIf::Result &result)
{
    m_result = result;
    const QLocale locale;
    m_table->setRowCount(int(result.fields.size()));
    for (int i = 0; i < result.fields.size(); ++i) {
        const WhatIf::Field &f = result.fields.at(i);
        const QStringList cells{f.name,
                                locale.toString(f.actualM3, 'f', 1),
                                locale.toString(f.whatIfM3, 'f', 1),
                                locale.toString(f.whatIfM3 - f.actualM3, 'f', 1),
                                QStringLiteral("%1 → %2").arg(f.actualWaterings).arg(f.whatIfWaterings),
                                QString::number(f.actualDryDays),
                                QString::number(f.whatIfDryDays)};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells.at(c));
            item->setTextAlignment(c == 0 ? Qt::AlignLeft | Qt::AlignVCenter : Qt::AlignRight | Qt::AlignVCenter);
            m_table->setItem(i, c, item);
        }
    }
    const double diff = result.whatIfM3() - result.actualM3();
    m_summary->setText(tr("%1 to %2: the rule in force used %3 m³; these parameters would have used %4 m³ (%5 m³, %6 %). "
                          "Days below the critical level, summed over the fields: %7 in force, %8 with these parameters.")
                           .arg(locale.toString(result.first, QLocale::ShortFormat), locale.toString(result.last, QLocale::ShortFormat),
                                locale.toString(result.actualM3(), 'f', 0), locale.toString(result.whatIfM3(), 'f', 0),
                                (diff >= 0 ? QStringLiteral("+") : QString()) + locale.toString(diff, 'f', 0),
                                locale.toString(result.actualM3() > 0 ? 100.0 * diff / result.actualM3() : 0.0, 'f', 1))
                           .arg(result.actualDryDays())
                           .arg(result.whatIfDryDays()));
    m_apply->setEnabled(true);
}
