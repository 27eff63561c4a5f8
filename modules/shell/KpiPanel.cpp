#include "shell/KpiPanel.h"

#include "sdk/KpiBoard.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

KpiPanel::KpiPanel(KpiBoard *board, QWidget *parent)
    : QWidget(parent)
    , m_board(board)
    , m_table(new QTableView(this))
    , m_summary(new QLabel(this))
{
    m_table->setModel(board);
    m_table->setAlternatingRowColors(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(KpiBoard::NameColumn, QHeaderView::Stretch);
    m_table->setAccessibleName(tr("Key performance indicators"));
    m_summary->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);

    connect(board, &QAbstractItemModel::rowsInserted, this, &KpiPanel::updateState);
    connect(board, &QAbstractItemModel::rowsRemoved, this, &KpiPanel::updateState);
    connect(board, &QAbstractItemModel::dataChanged, this, &KpiPanel::updateState);
    updateState();
}

void KpiPanel::updateState()
{
    const QList<Kpi> kpis = m_board->kpis();
    if (kpis.isEmpty()) {
        m_summary->setText(tr("No KPIs published yet. Dashboards publish their pilot KPIs here."));
        return;
    }
    const auto onTarget = std::count_if(kpis.cbegin(), kpis.cend(), [](const Kpi &k) { return k.meetsTarget(); });
    const auto withTarget = std::count_if(kpis.cbegin(), kpis.cend(), [](const Kpi &k) { return k.hasTarget(); });
    m_summary->setText(tr("%1 of %2 indicators with a target are on target.").arg(onTarget).arg(withTarget));
}
