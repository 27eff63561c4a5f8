#include "shell/DashboardNavigator.h"

#include "shell/DashboardItemDelegate.h"

#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QVBoxLayout>

DashboardNavigator::DashboardNavigator(QWidget *parent)
    : QWidget(parent)
    , m_filter(new QLineEdit(this))
    , m_list(new QListView(this))
    , m_empty(new QLabel(this))
    , m_model(new QStandardItemModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
{
    m_filter->setPlaceholderText(tr("Filter dashboards"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Filter dashboards"));

    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterRole(Qt::UserRole + 99); // name + description + category
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);

    m_list->setModel(m_proxy);
    m_list->setItemDelegate(new DashboardItemDelegate(m_list));
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_list->setUniformItemSizes(true);
    m_list->setAccessibleName(tr("Dashboards"));
    m_list->setToolTip(tr("Double-click a dashboard to open it"));

    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_empty->setProperty("role", QStringLiteral("muted"));
    m_empty->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_empty->setMargin(8);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_filter);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_empty, 1);

    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_filter, &QLineEdit::textChanged, this, &DashboardNavigator::updateEmptyState);
    connect(m_list, &QListView::activated, this, &DashboardNavigator::activate);
    updateEmptyState();
}

void DashboardNavigator::setEntries(const QList<Entry> &entries)
{
    m_model->clear();
    for (const Entry &e : entries) {
        auto *item = new QStandardItem(e.icon, e.name);
        item->setData(e.description, DashboardItemDelegate::DescriptionRole);
        item->setData(e.id, DashboardItemDelegate::IdRole);
        item->setData(e.category, DashboardItemDelegate::CategoryRole);
        item->setData(QStringList{e.name, e.description, e.category}.join(QLatin1Char(' ')), Qt::UserRole + 99);
        item->setToolTip(e.description);
        m_model->appendRow(item);
    }
    m_proxy->sort(0);
    updateEmptyState();
}

void DashboardNavigator::setEmptyText(const QString &text)
{
    m_emptyText = text;
    updateEmptyState();
}

int DashboardNavigator::entryCount() const
{
    return m_model->rowCount();
}

QStringList DashboardNavigator::visibleIds() const
{
    QStringList ids;
    for (int row = 0; row < m_proxy->rowCount(); ++row)
        ids << m_proxy->index(row, 0).data(DashboardItemDelegate::IdRole).toString();
    return ids;
}

void DashboardNavigator::setFilterText(const QString &text)
{
    m_filter->setText(text);
}

void DashboardNavigator::activate(const QModelIndex &index)
{
    const QString id = index.data(DashboardItemDelegate::IdRole).toString();
    if (!id.isEmpty())
        emit openRequested(id);
}

void DashboardNavigator::updateEmptyState()
{
    const bool none = m_model->rowCount() == 0;
    m_list->setVisible(!none);
    m_filter->setEnabled(!none);
    m_empty->setVisible(none || m_proxy->rowCount() == 0);
    m_empty->setText(none ? m_emptyText : tr("No dashboard matches \"%1\".").arg(m_filter->text()));
}
