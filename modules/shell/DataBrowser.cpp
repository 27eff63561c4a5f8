#include "shell/DataBrowser.h"

#include "core/IsoTime.h"
#include "core/TimeCursor.h"
#include "core/UnitFormatter.h"
#include "sdk/AsOfLabel.h"
#include "sdk/CsvExport.h"
#include "sdk/DashboardContext.h"
#include "sdk/EntityStateModel.h"
#include "sdk/EntityStore.h"
#include "shell/ShellLog.h"

#include <QComboBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {
constexpr int kMaxColumns = 6; // attribute columns shown for one type; the details list all
}

DataBrowser::DataBrowser(DashboardContext *context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_model(new EntityStateModel(context, this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_types(new QComboBox(this))
    , m_filter(new QLineEdit(this))
    , m_staleAfter(new QSpinBox(this))
    , m_asOf(new AsOfLabel(m_model, this))
    , m_table(new QTableView(this))
    , m_details(new QTreeWidget(this))
    , m_exportSeries(new QPushButton(tr("Export series…"), this))
    , m_exportWindow(new QPushButton(tr("Export window…"), this))
{
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(EntityStateModel::SortRole);
    m_proxy->setFilterKeyColumn(EntityStateModel::EntityColumn);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_filter->setPlaceholderText(tr("Filter by id"));
    m_filter->setClearButtonEnabled(true);
    m_staleAfter->setRange(1, 7 * 24 * 60);
    m_staleAfter->setSuffix(tr(" min"));
    m_staleAfter->setValue(int(context->staleAfterMs() / 60000));
    m_staleAfter->setToolTip(tr("Entities with no value for longer than this are marked stale"));
    m_exportWindow->setToolTip(tr("Every series of the entities listed, over the window, as CSV"));
    m_exportSeries->setToolTip(tr("The selected attribute's values over the window, as CSV"));
    m_exportSeries->setEnabled(false);

    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(EntityStateModel::EntityColumn, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setResizeContentsPrecision(200); // thousands of rows: fit the first ones
    m_details->setHeaderLabels({tr("Attribute"), tr("Value"), tr("Observed")});
    m_details->setRootIsDecorated(false);
    m_details->setAlternatingRowColors(true);

    auto *bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Type:"), this));
    bar->addWidget(m_types);
    bar->addWidget(m_filter, 1);
    bar->addWidget(new QLabel(tr("Stale after:"), this));
    bar->addWidget(m_staleAfter);
    bar->addWidget(m_exportSeries);
    bar->addWidget(m_exportWindow);
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_table);
    split->addWidget(m_details);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(bar);
    layout->addWidget(m_asOf);
    layout->addWidget(split, 1);

    connect(m_types, &QComboBox::currentIndexChanged, this, [this] { setType(m_types->currentData().toString()); });
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_staleAfter, &QSpinBox::valueChanged, this, [this](int minutes) { m_model->setStaleAfterMs(qint64(minutes) * 60000); });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &DataBrowser::showDetails);
    // Other rows (a connection's first values, another type): columns fit what they show now.
    connect(m_model, &QAbstractItemModel::modelReset, m_table, &QTableView::resizeColumnsToContents);
    connect(m_model, &EntityStateModel::refreshed, this, [this] {
        if (m_model->attributes().isEmpty() && !type().isEmpty())
            chooseColumns(); // the type's first values arrived after it was chosen
        showDetails();
    });
    connect(m_details, &QTreeWidget::currentItemChanged, this, [this] { m_exportSeries->setEnabled(!selectedAttribute().isEmpty()); });
    connect(m_exportWindow, &QPushButton::clicked, this, [this] { askExport(false); });
    connect(m_exportSeries, &QPushButton::clicked, this, [this] { askExport(true); });
    connect(context->store(), &EntityStore::reset, this, &DataBrowser::reloadTypes);
    connect(context->store(), &EntityStore::stored, this, [this] {
        if (m_types->count() <= 1)
            reloadTypes(); // the first values of a new connection
    });
    reloadTypes();
}

void DataBrowser::reloadTypes()
{
    const QString current = type();
    const QSignalBlocker block(m_types);
    m_types->clear();
    m_types->addItem(tr("All types"), QString());
    for (const QString &t : m_context->store()->types())
        m_types->addItem(t, t);
    m_types->setCurrentIndex(qMax(0, m_types->findData(current)));
    setType(m_types->currentData().toString());
}

void DataBrowser::setType(const QString &type)
{
    const int index = m_types->findData(type);
    if (index >= 0 && index != m_types->currentIndex()) {
        const QSignalBlocker block(m_types);
        m_types->setCurrentIndex(index);
    }
    m_model->setAttributes({});
    m_model->setTypes(type.isEmpty() ? QStringList() : QStringList{type});
    chooseColumns();
}

QString DataBrowser::type() const
{
    return m_types->currentData().toString();
}

void DataBrowser::chooseColumns()
{
    // One type: its observed attributes become columns (in the order the first entity has them).
    QStringList columns;
    if (!type().isEmpty()) {
        for (const Entity &e : m_model->entities()) {
            for (const AttributeGroup &g : e.attributes()) {
                if (columns.size() < kMaxColumns && !columns.contains(g.name()) && !g.instances().empty()
                    && g.instances().front().observedAt() != IsoTime::invalid)
                    columns << g.name();
            }
            if (columns.size() >= kMaxColumns)
                break;
        }
    }
    m_model->setAttributes(columns);
    m_table->setColumnHidden(EntityStateModel::TypeColumn, !type().isEmpty()); // one type: no need to repeat it
    m_table->resizeColumnsToContents();
}

bool DataBrowser::selectEntity(const QString &id)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return false;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    if (!index.isValid())
        return false;
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    return true;
}

QString DataBrowser::selectedEntity() const
{
    return m_table->selectionModel()->currentIndex().data(EntityStateModel::EntityIdRole).toString();
}

QString DataBrowser::selectedAttribute() const
{
    const QTreeWidgetItem *item = m_details->currentItem();
    return item && item->data(0, Qt::UserRole + 1).toBool() ? item->text(0) : QString();
}

QString DataBrowser::asOfText() const
{
    return m_asOf->text();
}

void DataBrowser::showDetails()
{
    const QString attribute = selectedAttribute();
    m_details->clear();
    const int row = m_model->rowOf(selectedEntity());
    if (row < 0) {
        m_exportSeries->setEnabled(false);
        return;
    }
    const Entity &e = m_model->entity(row);
    for (const AttributeGroup &g : e.attributes()) {
        for (const Attribute &a : g.instances()) {
            auto *item = new QTreeWidgetItem(m_details);
            item->setText(0, g.name());
            item->setText(1, m_context->units()->attributeText(a));
            item->setToolTip(1, item->text(1));
            const bool observed = a.observedAt() != IsoTime::invalid;
            item->setData(0, Qt::UserRole + 1, observed); // only observed attributes have a series
            item->setText(2, observed ? QLocale().toString(IsoTime::toDateTime(a.observedAt()).toLocalTime(), QLocale::ShortFormat)
                                      : tr("static"));
            if (g.name() == attribute)
                m_details->setCurrentItem(item);
        }
    }
    m_details->resizeColumnToContents(0);
    m_exportSeries->setEnabled(!selectedAttribute().isEmpty());
}

qint64 DataBrowser::writeCsv(const QString &path, bool seriesOnly, QString *error) const
{
    CsvExport::Selection selection;
    selection.to = IsoTime::fromDateTime(m_context->timeCursor()->time());
    selection.from = selection.to - m_context->timeCursor()->windowMs();
    if (seriesOnly) {
        if (selectedAttribute().isEmpty()) {
            if (error)
                *error = tr("Select an observed attribute of an entity first.");
            return -1;
        }
        selection.ids = {selectedEntity()};
        selection.attributes = {selectedAttribute()};
    } else {
        selection.types = m_model->types();
        if (!m_filter->text().isEmpty()) {
            for (int row = 0; row < m_proxy->rowCount(); ++row)
                selection.ids << m_proxy->index(row, 0).data(EntityStateModel::EntityIdRole).toString();
        }
        if (!m_filter->text().isEmpty() && selection.ids.isEmpty()) {
            if (error)
                *error = tr("No entity matches the filter.");
            return -1;
        }
    }
    // Written whole or not at all: a failed export never leaves half a file behind.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = file.errorString();
        return -1;
    }
    const qint64 lines = CsvExport::write(*m_context->store(), selection, &file, error);
    if (lines < 0 || !file.commit()) {
        if (error && error->isEmpty())
            *error = file.errorString();
        return -1;
    }
    qCInfo(lcShell).noquote() << "exported" << lines << "values to" << path;
    return lines;
}

qint64 DataBrowser::exportWindow(const QString &path, QString *error) const
{
    return writeCsv(path, false, error);
}

qint64 DataBrowser::exportSeries(const QString &path, QString *error) const
{
    return writeCsv(path, true, error);
}

void DataBrowser::askExport(bool seriesOnly)
{
    const QString suggested = seriesOnly ? QString(selectedEntity().section(QLatin1Char(':'), -1) + QLatin1Char('-') + selectedAttribute())
                                         : (type().isEmpty() ? QStringLiteral("citydeck-window") : type());
    const QString path = QFileDialog::getSaveFileName(this, seriesOnly ? tr("Export series") : tr("Export window"),
                                                      suggested + QStringLiteral(".csv"), tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QString error;
    const qint64 lines = writeCsv(path, seriesOnly, &error);
    if (lines < 0)
        QMessageBox::warning(this, tr("Export failed"), tr("Could not export to %1:\n%2").arg(path, error));
    else
        QMessageBox::information(this, tr("Export finished"), tr("Values written to %1: %2.").arg(path, QLocale().toString(lines)));
}
