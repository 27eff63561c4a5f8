#pragma once

#include "shell/shell_export.h"

#include <QWidget>

class AsOfLabel;
class DashboardContext;
class EntityStateModel;
class QComboBox;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QSpinBox;
class QTableView;
class QTreeWidget;

// The "Data" panel: every entity of the connection's cache at the time cursor — its attributes,
// when it last reported, whether it is stale — and CSV export of one series or of the whole
// window. What an operator checks first when a dashboard looks wrong.
class CITYDECK_SHELL_EXPORT DataBrowser : public QWidget
{
    Q_OBJECT
public:
    DataBrowser(DashboardContext *context, QWidget *parent = nullptr);

    EntityStateModel *model() const { return m_model; }
    // Shows one type only (empty: every type).
    void setType(const QString &type);
    QString type() const;
    bool selectEntity(const QString &id);
    QString selectedEntity() const;
    QString selectedAttribute() const;
    QString asOfText() const;
    QTreeWidget *details() const { return m_details; }

    // CSV of the shown entities' series over the cursor's window (or of the selected
    // attribute only); lines written, -1 with *error.
    qint64 exportWindow(const QString &path, QString *error = nullptr) const;
    qint64 exportSeries(const QString &path, QString *error = nullptr) const;

private:
    void reloadTypes();
    void chooseColumns();
    void showDetails();
    void askExport(bool seriesOnly);
    qint64 writeCsv(const QString &path, bool seriesOnly, QString *error) const;

    DashboardContext *m_context;
    EntityStateModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QComboBox *m_types;
    QLineEdit *m_filter;
    QSpinBox *m_staleAfter;
    AsOfLabel *m_asOf;
    QTableView *m_table;
    QTreeWidget *m_details;
    QPushButton *m_exportSeries;
    QPushButton *m_exportWindow;
};
