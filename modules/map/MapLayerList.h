#pragma once

#include "map/map_export.h"

#include <QWidget>

class MapLayer;
class MapView;
class QListWidget;
class QSlider;
class QToolButton;

// The layers of a map as a list (top layer first): a check box shows or hides each, a slider sets
// the selected one's opacity, a button zooms to it. Dashboards put it beside their map.
class CITYDECK_MAP_EXPORT MapLayerList : public QWidget
{
    Q_OBJECT

public:
    explicit MapLayerList(MapView *view, QWidget *parent = nullptr);

    // Reads the view's layers again (after adding or removing some).
    void refresh();
    MapLayer *currentLayer() const;
    QListWidget *list() const { return m_list; }

signals:
    void removeRequested(MapLayer *layer);

private:
    void selected();

    MapView *m_view;
    QListWidget *m_list;
    QSlider *m_opacity;
    QToolButton *m_zoom;
    QToolButton *m_remove;
};
