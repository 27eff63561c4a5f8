#include "sdk/DashboardAlarmView.h"

#include "sdk/AlarmBoard.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

DashboardAlarmView::DashboardAlarmView(AlarmBoard *board, const QString &source, QWidget *parent)
    : QWidget(parent)
    , m_board(board)
{
    auto *own = new QSortFilterProxyModel(this);
    own->setSourceModel(board);
    own->setFilterRole(AlarmBoard::SourceRole);
    own->setFilterFixedString(source);
    m_table = new QTableView(this);
    m_table->setModel(own);
    // The source is this dashboard and the title names the entity: room for the title.
    m_table->setColumnHidden(AlarmBoard::SourceColumn, true);
    m_table->setColumnHidden(AlarmBoard::EntityColumn, true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(AlarmBoard::TitleColumn, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    auto *acknowledge = new QPushButton(tr("Acknowledge"), this);
    auto *acknowledgeAll = new QPushButton(tr("Acknowledge all"), this);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(acknowledge);
    buttons->addWidget(acknowledgeAll);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);

    connect(acknowledge, &QPushButton::clicked, this, [this] {
        for (const QModelIndex &i : m_table->selectionModel()->selectedRows())
            m_board->acknowledge(i.data(AlarmBoard::AlarmIdRole).toULongLong());
    });
    connect(acknowledgeAll, &QPushButton::clicked, this, [this] {
        for (int row = 0; row < m_table->model()->rowCount(); ++row)
            m_board->acknowledge(m_table->model()->index(row, 0).data(AlarmBoard::AlarmIdRole).toULongLong());
    });
    connect(m_table, &QTableView::doubleClicked, this, [this](const QModelIndex &i) {
        const QString entity = i.siblingAtColumn(AlarmBoard::EntityColumn).data().toString();
        if (!entity.isEmpty())
            emit entityActivated(entity);
    });
}

int DashboardAlarmView::rowCount() const
{
    return m_table->model()->rowCount();
}
