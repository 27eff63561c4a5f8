#include "shell/AboutDialog.h"

#include "core/Version.h"
#include "shell/ComponentVersions.h"

#include <QDialogButtonBox>
#include <QGuiApplication>
#include <QHeaderView>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QPlainTextEdit>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {
QWidget *textPage(const QString &text)
{
    auto *edit = new QPlainTextEdit(text);
    edit->setReadOnly(true);
    return edit;
}
} // namespace

AboutDialog::AboutDialog(QWidget *parent)
    : QDialog(parent)
    , m_tabs(new QTabWidget(this))
{
    setWindowTitle(tr("About CityDeck"));
    resize(620, 440);

    auto *logo = new QLabel(this);
    logo->setPixmap(QIcon(QStringLiteral(":/citydeck/icons/org.citydeck.CityDeck.svg")).pixmap(72, 72));
    auto *title = new QLabel(QStringLiteral("CityDeck %1").arg(QLatin1String(CITYDECK_VERSION)), this);
    title->setProperty("role", QStringLiteral("heading"));
    auto *summary = new QLabel(tr("A control room for smart-city pilots: live dashboards, alarms and KPI "
                                  "review on FIWARE NGSI-LD context brokers."),
                               this);
    summary->setWordWrap(true);
    auto *header = new QHBoxLayout;
    auto *headerText = new QVBoxLayout;
    headerText->addWidget(title);
    headerText->addWidget(summary);
    header->addWidget(logo, 0, Qt::AlignTop);
    header->addLayout(headerText, 1);

    const auto components = ComponentVersions::all();
    auto *table = new QTableWidget(int(components.size()), 3, this);
    table->setHorizontalHeaderLabels({tr("Component"), tr("Version"), tr("Licence")});
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    for (int row = 0; row < components.size(); ++row) {
        table->setItem(row, 0, new QTableWidgetItem(components.at(row).name));
        table->setItem(row, 1, new QTableWidgetItem(components.at(row).version));
        table->setItem(row, 2, new QTableWidgetItem(components.at(row).licence));
    }
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_tabs->addTab(table, tr("Components"));

    m_tabs->addTab(textPage(tr("CityDeck is distributed under the MIT licence.\n\n"
                               "It uses Qt under the GNU LGPL 3.0, VTK under the BSD 3-clause licence, GDAL/OGR and "
                               "PROJ under the MIT licence and SQLite, which is in the public domain. "
                               "The licence texts are installed in share/doc/citydeck.")),
                   tr("Licences"));
    m_tabs->addTab(textPage(ComponentVersions::dataAttributions().join(QStringLiteral("\n\n"))),
                   tr("Data attributions"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(buttons);
}
