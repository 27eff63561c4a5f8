#include "shell/AlarmPanel.h"

#include "sdk/AlarmBoard.h"
#include "sdk/FeedAlarm.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QDateTime>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpression>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

AlarmPanel::AlarmPanel(AlarmBoard *board, QWidget *parent)
    : QWidget(parent)
    , m_board(board)
    , m_table(new QTableView(this))
    , m_feedTable(new QTableView(this))
    , m_feedHeading(new QLabel(tr("Data source"), this))
    , m_summary(new QLabel(this))
    , m_acknowledge(new QPushButton(tr("Acknowledge"), this))
    , m_acknowledgeAll(new QPushButton(tr("Acknowledge all"), this))
{
    // The data source's alarms apart from the dashboards': they say whether anything shown is live.
    const QString feedSource = QRegularExpression::escape(QLatin1String(FeedAlarm::kSource));
    auto *dashboards = new QSortFilterProxyModel(this);
    dashboards->setSourceModel(board);
    dashboards->setFilterRole(AlarmBoard::SourceRole);
    dashboards->setFilterRegularExpression(QRegularExpression(QStringLiteral("^(?!%1$)").arg(feedSource)));
    auto *feed = new QSortFilterProxyModel(this);
    feed->setSourceModel(board);
    feed->setFilterRole(AlarmBoard::SourceRole);
    feed->setFilterRegularExpression(QRegularExpression(QStringLiteral("^%1$").arg(feedSource)));
    m_feedTable->setModel(feed);
    m_feedTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_feedTable->verticalHeader()->hide();
    m_feedTable->horizontalHeader()->hide();
    m_feedTable->setColumnHidden(AlarmBoard::SourceColumn, true);
    m_feedTable->setColumnHidden(AlarmBoard::EntityColumn, true);
    m_feedTable->horizontalHeader()->setSectionResizeMode(AlarmBoard::TitleColumn, QHeaderView::Stretch);
    m_feedTable->setAccessibleName(tr("Data source alarms"));
    m_feedHeading->setProperty("role", QStringLiteral("muted"));
    m_table->setModel(dashboards);
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
    m_table->setColumnWidth(AlarmBoard::StatusColumn, fm.horizontalAdvance(tr("Cleared, unacknowledged")) + 32);
    for (int column : {int(AlarmBoard::SeverityColumn), int(AlarmBoard::TimeColumn), int(AlarmBoard::StatusColumn)})
        m_feedTable->setColumnWidth(column, m_table->columnWidth(column));
    m_table->setAccessibleName(tr("Alarms"));

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_summary, 1);
    bar->addWidget(m_acknowledge);
    bar->addWidget(m_acknowledgeAll);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addLayout(bar);
    layout->addWidget(m_feedHeading);
    layout->addWidget(m_feedTable);
    layout->addWidget(m_table, 1);

    connect(m_acknowledge, &QPushButton::clicked, this, &AlarmPanel::acknowledgeSelected);
    connect(m_acknowledgeAll, &QPushButton::clicked, this, [this] { m_board->acknowledgeAll(); });
    connect(board, &AlarmBoard::unacknowledgedCountChanged, this, &AlarmPanel::updateState);
    connect(board, &QAbstractItemModel::rowsInserted, this, &AlarmPanel::updateState);
    connect(board, &QAbstractItemModel::rowsRemoved, this, &AlarmPanel::updateState);
    connect(board, &QAbstractItemModel::dataChanged, this, &AlarmPanel::updateState);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &AlarmPanel::updateState);
    connect(m_feedTable->selectionModel(), &QItemSelectionModel::selectionChanged, this, &AlarmPanel::updateState);
    updateState();
}

void AlarmPanel::acknowledgeSelected()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows() + m_feedTable->selectionModel()->selectedRows();
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
    const bool feedAlarms = m_feedTable->model()->rowCount() > 0;
    m_feedHeading->setVisible(feedAlarms);
    m_feedTable->setVisible(feedAlarms);
    // As tall as its rows, up to three: the dashboards' alarms keep the room.
    const int rows = std::min(m_feedTable->model()->rowCount(), 3);
    m_feedTable->setFixedHeight(rows * m_feedTable->verticalHeader()->defaultSectionSize() + 2 * m_feedTable->frameWidth());
    m_acknowledge->setEnabled(m_table->selectionModel()->hasSelection() || m_feedTable->selectionModel()->hasSelection());
    m_acknowledgeAll->setEnabled(open > 0);
}
