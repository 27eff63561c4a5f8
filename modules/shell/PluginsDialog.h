#pragma once

#include "shell/shell_export.h"

#include <QDialog>

class PluginCatalog;
class QTableWidget;

// Every plug-in file found: loaded ones with their version, failed ones with the reason.
class CITYDECK_SHELL_EXPORT PluginsDialog : public QDialog
{
    Q_OBJECT

public:
    enum Column { NameColumn, VersionColumn, SdkColumn, StateColumn, DetailsColumn, FileColumn, ColumnCount };

    PluginsDialog(PluginCatalog *catalog, const QString &language, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }

private:
    QTableWidget *m_table;
};
