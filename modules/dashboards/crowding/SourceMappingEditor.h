#pragma once

#include "crowding/CrowdSource.h"

#include <QWidget>

class DashboardContext;
class QComboBox;
class QListWidget;

// Any entity type with a count and a location can feed the crowding views: the user picks the
// type among those in the cache and which of its numeric attributes is the count (and, when
// there is one, the occupancy).
class SourceMappingEditor : public QWidget
{
    Q_OBJECT
public:
    explicit SourceMappingEditor(DashboardContext *context, QWidget *parent = nullptr);

    void setSources(const QList<CrowdSource> &sources);
    QList<CrowdSource> sources() const { return m_sources; }

signals:
    void sourcesChanged(const QList<CrowdSource> &sources);

private:
    void refillTypes();
    void refillAttributes();
    void showSources();

    DashboardContext *m_context;
    QList<CrowdSource> m_sources;
    QListWidget *m_list;
    QComboBox *m_type;
    QComboBox *m_count;
    QComboBox *m_occupancy;
    QComboBox *m_fold;
};
