#include "shell/AlarmPanel.h"

#include "sdk/AlarmBoard.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QDateTime>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

AlarmPanel::AlarmPanel(AlarmBoard *board, QWidget *parent)
    : QWidget(parent)
    , m_board(board)
    , m_table(new QTableView(this))
    , m_summary(new QLabel(this))
    , m_acknowledge(new QPushButton(tr("Acknowledge"), this))
    , m_acknowledgeAll(new QPushButton(tr("Acknowledge all"), this))
{
    m_table->setModel(board);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideMiddle); // entity ids differ at their end
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setSectionResizeMode(AlarmBoard::TitleColumn, QHeaderView::Stretch);
    // Widths from the font, so that a date or a typical entity id is never cut.
    const QFontMetrics fm = m_table->fontMetrics();
    const QString sampleTime = QLocale().toString(QDateTime(QDate(2026, 12, 28), QTime(23, 59, 59)), QLocale::ShortFormat);
    m_table->setColumnWidth(AlarmBoard::SeverityColumn, fm.horizontalAdvance(tr("Critical")) + 32);
    m_table->setColumnWidth(AlarmBoard::TimeColumn, fm.horizontalAdvance(sampleTime) + 24);
    m_table->setColumnWidth(AlarmBoard::SourceColumn, 180);
    m_table->setColumnWidth(AlarmBoard::EntityColumn, fm.horizontalAdvance(QStringLiteral("urn:ngsi-ld:OffStreetParking:centre-01")) + 16);
    m_table->setColumnWidth(AlarmBoard::StatusColumn, fm.horizontalAdvance(tr("Acknowledged")) + 32);
    m_table->setAccessibleName(tr("Alarms"));

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_summary, 1);
    bar->addWidget(m_acknowledge);
    bar->addWidget(m_acknowledgeAll);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addLayout(bar);
    layout->addWidget(m_table, 1);

    connect(m_acknowledge, &QPushButton::clicked, this, &AlarmPanel::acknowledgeSelected);
    connect(m_acknowledgeAll, &QPushButton::clicked, this, [this] { m_board->acknowledgeAll(); });
    connect(board, &AlarmBoard::unacknowledgedCountChanged, this, &AlarmPanel::updateState);
    connect(board, &QAbstractItemModel::rowsInserted, this, &AlarmPanel::updateState);
    connect(board, &QAbstractItemModel::rowsRemoved, this, &AlarmPanel::updateState);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &AlarmPanel::updateState);
    updateState();
}

void AlarmPanel::acknowledgeSelected()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    QList<quint64> ids;
    for (const QModelIndex &row : rows)
        ids << row.data(AlarmBoard::AlarmIdRole).toULongLong();
    for (quint64 id : std::as_const(ids))
        m_board->acknowledge(id);
}

void AlarmPanel::updateState()
{
    const int open = m_board->unacknowledgedCount();
    if (m_board->rowCount() == 0)
        m_summary->setText(tr("No alarms. Dashboards raise alarms here when a threshold is crossed."));
    else
        m_summary->setText(tr("Open alarms: %1 of %2").arg(open).arg(m_board->rowCount()));
    m_acknowledge->setEnabled(m_table->selectionModel()->hasSelection());
    m_acknowledgeAll->setEnabled(open > 0);
}
