#pragma once

#include "map/map_export.h"

#include "map/MapLayer.h"
#include "map/MapViewport.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QTimer>
#include <QWidget>

class QGestureEvent;
class QRubberBand;
class QToolButton;

// The map widget (QGIS' canvas): layers drawn bottom to top over a plain land colour, so that
// with no tiles the city layers still stand on a background and never on a grey void. Drag to
// pan (with momentum), wheel, pinch, double-click or +/− to zoom at the cursor, arrows to pan,
// Home for the city, Shift+drag to select an area. Clicks and hovers answer with entity ids: the
// signal API dashboards use to link the map with their charts.
class CITYDECK_MAP_EXPORT MapView : public QWidget
{
    Q_OBJECT

public:
    explicit MapView(QWidget *parent = nullptr);
    ~MapView() override;

    // Layers are drawn in the order added; the view does not own them.
    void addLayer(MapLayer *layer);
    void insertLayer(int index, MapLayer *layer);
    void removeLayer(MapLayer *layer);
    QList<MapLayer *> layers() const;

    const MapViewport &viewport() const { return m_viewport; }
    void setViewport(const MapViewport &viewport);
    void setCentre(const QGeoCoordinate &centre, double zoom);
    void setHomeExtent(const QRectF &metres) { m_home = metres; }
    QRectF homeExtent() const { return m_home; }
    void goHome();
    void fitTo(const QRectF &metres);
    void fitToLayer(const MapLayer *layer);
    void zoomBy(double steps, QPointF at = QPointF(-1, -1));

    QColor background() const { return m_background; }
    void setBackground(const QColor &color);
    void setLegendsVisible(bool on);

    // Highlights these ids in every layer (and says so through selectionChanged).
    void setSelection(const QStringList &ids);
    QStringList selection() const { return m_selection; }

    // The whole map as the user sees it, complete (no tile or frame still on its way), at `scale`
    // times the widget's pixels: screenshots and exports.
    QImage renderImage(double scale = 1.0);
    void paintMap(QPainter &painter, const MapViewport &viewport, MapLayer::RenderMode mode, bool decorations);

signals:
    void featureClicked(const QString &id);
    void featureHovered(const QString &id); // empty when the cursor leaves every feature
    void selectionChanged(const QStringList &ids);
    void viewportChanged(const MapViewport &viewport);
    void cursorMoved(const QGeoCoordinate &coordinate);

protected:
    bool event(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void leaveEvent(QEvent *event) override;

private:
    void viewportMoved();
    void gesture(QGestureEvent *event);
    std::optional<MapLayer::Hit> hitAt(QPointF pos) const;
    void glide();

    QList<QPointer<MapLayer>> m_layers;
    MapViewport m_viewport;
    QRectF m_home;
    QRectF m_pendingFit; // asked for before the widget had its size: done at the first resize
    QColor m_background{0xf2, 0xef, 0xe9};
    bool m_legends = true;
    QStringList m_selection;
    QGeoCoordinate m_cursor;
    QString m_hovered;

    // Pointer state: drag to pan, Shift+drag to select, a press without a move is a click.
    QPointF m_pressPos;
    QPointF m_lastPos;
    bool m_moved = false;
    bool m_panning = false;
    QRubberBand *m_band = nullptr;
    QPointF m_velocity; // pixels per ms, for the glide after a fling
    QElapsedTimer m_moveClock;
    QTimer m_glide;
    QToolButton *m_zoomIn = nullptr;
    QToolButton *m_zoomOut = nullptr;
    QToolButton *m_homeButton = nullptr;
};
