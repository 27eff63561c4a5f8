#include "shell/WorkspaceChooser.h"

#include <QCommandLinkButton>
#include <QLabel>
#include <QVBoxLayout>

WorkspaceChooser::WorkspaceChooser(QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Welcome to CityDeck"));
    setMinimumWidth(480);
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Choose the workspace that fits your role. You can change it at any time "
                                "from the Workspace menu."));
    intro->setWordWrap(true);
    layout->addWidget(intro);
    for (const Workspace &workspace : Workspace::all()) {
        auto *button = new QCommandLinkButton(workspace.displayName(), workspace.description(), this);
        button->setObjectName(QStringLiteral("workspace-") + workspace.key());
        connect(button, &QCommandLinkButton::clicked, this, [this, workspace] {
            m_chosen = workspace;
            accept();
        });
        layout->addWidget(button);
    }
}
