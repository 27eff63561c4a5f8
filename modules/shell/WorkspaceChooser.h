#pragma once

#include "shell/shell_export.h"

#include "shell/Workspace.h"

#include <QDialog>

// Offered on first start: pick the role workspace that fits the person at the screen.
class CITYDECK_SHELL_EXPORT WorkspaceChooser : public QDialog
{
    Q_OBJECT

public:
    explicit WorkspaceChooser(QWidget *parent = nullptr);

    Workspace chosen() const { return m_chosen; }

private:
    Workspace m_chosen = Workspace::forRole(Workspace::Role::Operator);
};
