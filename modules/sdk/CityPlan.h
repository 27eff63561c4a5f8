#pragma once

#include "sdk/sdk_export.h"

#include "map/LabelLayer.h"
#include "map/MapFeature.h"
#include "map/OgrImporter.h"
#include "map/VectorLayer.h"

#include <QList>
#include <QObject>

// The city's plan as the shell loaded it (the demo city's districts, streets and buildings, or
// the user's GDAL layer files), shared with the dashboards: each draws it under its own data and
// folds its sensors into the districts it names. The shell fills it; dashboards only read it.
class CITYDECK_SDK_EXPORT CityPlan : public QObject
{
    Q_OBJECT
public:
    // What a layer holds decides its look, whether it carries labels and where it stacks.
    enum class Kind { Areas, Buildings, Lines, Points };

    struct Layer
    {
        QString name;
        Kind kind = Kind::Areas;
        QList<MapFeature> features;
    };

    explicit CityPlan(QObject *parent = nullptr);

    static Layer fromImported(const OgrImporter::ImportedLayer &imported);
    static VectorLayer::Style styleFor(Kind kind);

    // A layer of the same name is replaced.
    void addLayer(const Layer &layer);
    void removeLayer(const QString &name);
    const QList<Layer> &layers() const { return m_layers; }
    QRectF extent() const;

    // Districts: the labelled polygons of the area layers. The district holding a point in
    // projected metres, empty when none does.
    QString districtAt(QPointF metres) const;
    QStringList districtNames() const;

    // A map layer for one plan layer, styled by its kind (main streets stand out).
    static VectorLayer *createMapLayer(const Layer &layer, QObject *parent);
    // The names of the main streets of the plan's line layers, for a LabelLayer.
    std::vector<LabelLayer::Label> streetLabels() const;
    // The whole plan for a dashboard's own map, bottom to top (areas, buildings, lines, points,
    // then street names), owned by parent.
    QList<MapLayer *> createMapLayers(QObject *parent) const;

signals:
    void changed();

private:
    QList<Layer> m_layers;
};
