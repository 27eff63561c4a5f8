#include "shell/PluginsDialog.h"

#include "sdk/PluginCatalog.h"
#include "sdk/PluginSpec.h"
#include "sdk/SdkVersion.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QStyle>
#include <QTableWidget>
#include <QVBoxLayout>

PluginsDialog::PluginsDialog(PluginCatalog *catalog, const QString &language, QWidget *parent)
    : QDialog(parent)
    , m_table(new QTableWidget(this))
{
    setWindowTitle(tr("Plug-ins"));
    resize(900, 420);

    const QList<PluginSpec *> specs = catalog->specs();
    m_table->setColumnCount(ColumnCount);
    m_table->setHorizontalHeaderLabels(
        {tr("Dashboard"), tr("Version"), tr("SDK"), tr("State"), tr("Details"), tr("File")});
    m_table->setRowCount(int(specs.size()));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();

    const QIcon ok = style()->standardIcon(QStyle::SP_DialogApplyButton);
    const QIcon bad = style()->standardIcon(QStyle::SP_MessageBoxWarning);
    for (int row = 0; row < specs.size(); ++row) {
        const PluginSpec *spec = specs.at(row);
        const DashboardMetadata &meta = spec->metadata();
        const QString name = meta.name.isEmpty() ? QFileInfo(spec->filePath()).fileName()
                                                 : meta.localizedName(language);
        auto *nameItem = new QTableWidgetItem(spec->hasError() ? bad : ok, name);
        nameItem->setToolTip(meta.id);
        m_table->setItem(row, NameColumn, nameItem);
        m_table->setItem(row, VersionColumn, new QTableWidgetItem(meta.version));
        m_table->setItem(row, SdkColumn, new QTableWidgetItem(meta.sdkVersion));
        m_table->setItem(row, StateColumn, new QTableWidgetItem(spec->stateLabel()));
        const QString details = spec->hasError() ? spec->errorString() : meta.localizedDescription(language);
        auto *detailsItem = new QTableWidgetItem(details);
        detailsItem->setToolTip(details);
        m_table->setItem(row, DetailsColumn, detailsItem);
        auto *fileItem = new QTableWidgetItem(QDir::toNativeSeparators(spec->filePath()));
        fileItem->setToolTip(fileItem->text());
        m_table->setItem(row, FileColumn, fileItem);
    }
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setSectionResizeMode(DetailsColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(FileColumn, QHeaderView::Interactive);
    m_table->setColumnWidth(FileColumn, 200);

    auto *intro = new QLabel(tr("CityDeck provides dashboard sdk %1. Plug-ins are searched in: %2")
                                 .arg(SdkVersion::current(),
                                      QDir::toNativeSeparators(catalog->searchPaths().join(QStringLiteral("; ")))),
                             this);
    intro->setWordWrap(true);
    intro->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *empty = new QLabel(tr("No plug-in file was found in these folders."), this);
    empty->setVisible(specs.isEmpty());

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(empty);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
}
