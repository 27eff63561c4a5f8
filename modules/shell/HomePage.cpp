#include "shell/HomePage.h"

#include "shell/Workspace.h"

#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace {
QFrame *card(const QString &heading, QLabel *body, QWidget *extra = nullptr)
{
    auto *frame = new QFrame;
    frame->setProperty("role", QStringLiteral("card"));
    auto *layout = new QVBoxLayout(frame);
    layout->setContentsMargins(18, 14, 18, 14);
    auto *title = new QLabel(heading);
    QFont f = title->font();
    f.setBold(true);
    f.setPointSizeF(f.pointSizeF() * 1.1);
    title->setFont(f);
    body->setWordWrap(true);
    body->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(title);
    layout->addWidget(body);
    if (extra)
        layout->addWidget(extra, 0, Qt::AlignLeft);
    return frame;
}
} // namespace

HomePage::HomePage(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_workspaceText(new QLabel(this))
    , m_dashboardsText(new QLabel(this))
    , m_dataSourceText(new QLabel(this))
    , m_pluginsButton(new QPushButton(tr("Show plug-ins…"), this))
{
    m_title->setProperty("role", QStringLiteral("heading"));
    m_workspaceText->setProperty("role", QStringLiteral("muted"));
    m_workspaceText->setWordWrap(true);
    m_dataSourceText->setText(tr("No data source. Dashboards show data once CityDeck is connected to an "
                                 "NGSI-LD broker or to the demo city."));

    auto *column = new QVBoxLayout;
    column->setSpacing(14);
    column->addWidget(m_title);
    column->addWidget(m_workspaceText);
    column->addSpacing(8);
    column->addWidget(card(tr("Data source"), m_dataSourceText));
    column->addWidget(card(tr("Dashboards"), m_dashboardsText, m_pluginsButton));
    auto *hint = new QLabel(tr("Tip: F11 switches to kiosk mode for video walls; the Workspace menu "
                               "changes role."));
    hint->setProperty("role", QStringLiteral("muted"));
    hint->setWordWrap(true);
    column->addWidget(hint);
    column->addStretch(1);

    auto *outer = new QHBoxLayout(this);
    outer->setContentsMargins(32, 32, 32, 32);
    outer->addStretch(1);
    outer->addLayout(column, 4);
    outer->addStretch(1);

    connect(m_pluginsButton, &QPushButton::clicked, this, &HomePage::showPluginsRequested);
}

void HomePage::setWorkspace(const Workspace &workspace)
{
    m_title->setText(tr("%1 workspace").arg(workspace.displayName()));
    m_workspaceText->setText(workspace.description());
}

void HomePage::setDashboardCounts(int available, int failed)
{
    QString text = available == 0
        ? tr("No dashboard is installed for this workspace yet. Dashboard plug-ins are loaded from "
             "the plug-in folders listed in Help ▸ Plug-ins.")
        : tr("Dashboards available: %1. Double-click one in the navigator to open it; dashboards "
             "open as panels that can be tabbed, split or floated onto another screen.")
              .arg(available);
    if (failed > 0)
        text += QLatin1Char(' ') + tr("Plug-ins that could not be loaded: %1.").arg(failed);
    m_dashboardsText->setText(text);
    m_pluginsButton->setVisible(failed > 0 || available == 0);
}

void HomePage::setDataSourceText(const QString &text)
{
    m_dataSourceText->setText(text);
}
