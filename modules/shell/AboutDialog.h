#pragma once

#include "shell/shell_export.h"

#include <QDialog>

class QTabWidget;

// Product version, component versions, licences and data attributions.
class CITYDECK_SHELL_EXPORT AboutDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AboutDialog(QWidget *parent = nullptr);

    QTabWidget *tabs() const { return m_tabs; }

private:
    QTabWidget *m_tabs;
};
