#pragma once

#include "map/map_export.h"

#include "map/MapViewport.h"

#include <QColor>
#include <QObject>
#include <QSet>
#include <QString>

#include <optional>

class QPainter;

// A legend block: a title and either classes (colour + label) or a continuous ramp between two
// labels.
struct MapLegend
{
    QString title;
    QList<QPair<QColor, QString>> classes;
    QList<QColor> ramp; // a few evenly spaced colours; empty for classes
    QString low;
    QString high;
};

// One layer of the map (QGIS' layer + renderer): it draws itself through a viewport, answers
// hit tests and selections with entity or feature ids, and says when it needs a repaint.
class CITYDECK_MAP_EXPORT MapLayer : public QObject
{
    Q_OBJECT

public:
    explicit MapLayer(const QString &name, QObject *parent = nullptr);

    QString name() const { return m_name; }
    void setName(const QString &name);
    bool isVisible() const { return m_visible; }
    void setVisible(bool visible);
    double opacity() const { return m_opacity; }
    void setOpacity(double opacity);
    QString attribution() const { return m_attribution; }
    void setAttribution(const QString &text) { m_attribution = text; }

    // Interactive: may draw what it has and finish in the background (then emits changed());
    // Complete: the whole picture now (export, screenshots, tests).
    enum class RenderMode { Interactive, Complete };
    virtual void render(QPainter &painter, const MapViewport &viewport, RenderMode mode) = 0;
    // Projected metres; null when unknown (a tile layer covers the world).
    virtual QRectF extent() const { return {}; }

    struct Hit
    {
        QString id;
        QString tooltip;
        QRectF zoomTo; // a cluster: the area to zoom into; null for a single feature
    };
    virtual std::optional<Hit> hitTest(QPointF screen, const MapViewport &viewport) const;
    virtual QStringList idsIn(const QRectF &metres) const;
    virtual std::optional<MapLegend> legend() const { return std::nullopt; }

    // Features drawn highlighted (a selection shared by the map and the dashboards' charts).
    void setSelection(const QSet<QString> &ids);
    const QSet<QString> &selection() const { return m_selection; }

signals:
    void changed();

private:
    QString m_name;
    QString m_attribution;
    bool m_visible = true;
    double m_opacity = 1;
    QSet<QString> m_selection;
};
