#pragma once

#include "vtkview/vtkview_export.h"

#include "vtkview/BuildingMesh.h"

#include <QImage>
#include <QObject>
#include <QRectF>

#include <vtkSmartPointer.h>

#include <vector>

class VtkView;
class vtkActor;
class vtkCellPicker;
class vtkLookupTable;
class vtkPolyData;
class vtkPolyDataMapper;
class vtkScalarBarActor;

// A city in 3D on a VtkView (3D Slicer's split: this is the logic, VtkView the widget): the
// buildings as one extruded mesh coloured by a value per building, the ground with district
// outlines and streets, a scalar-bar legend, the picked building outlined, and camera presets.
// Changing the values rewrites one scalar array: the geometry is built once.
class CITYDECK_VTKVIEW_EXPORT CityScene : public QObject
{
    Q_OBJECT
public:
    enum class Preset { Overview, District, Street };

    explicit CityScene(VtkView *view, QObject *parent = nullptr);
    ~CityScene() override;

    VtkView *view() const { return m_view; }
    void setBuildings(const QList<BuildingMesh::Footprint> &footprints);
    int buildingCount() const { return int(m_footprints.size()); }
    vtkPolyData *mesh() const;
    // District outlines and street centre lines (local metres), drawn on a ground plane.
    void setGround(const QList<QPolygonF> &districts, const QList<QPolygonF> &streets);
    // One value per building (NaN: none), coloured through the table; the legend shows title.
    void setValues(const std::vector<double> &values);
    void setColors(vtkLookupTable *table, const QString &title);
    // The building drawn outlined (-1: none).
    void setHighlight(int building);
    int highlight() const { return m_highlight; }
    // The building under a widget position, -1 when none.
    int pick(QPoint widgetPos) const;
    // Where the camera looks: the whole city, an area (a district), or a building from the street.
    void showPreset(Preset preset, const QRectF &focus = {});
    // The picture as shown, legend included.
    QImage image();
    // The RGB colour a value gets (tests, legends elsewhere).
    QColor colorOf(double value) const;

private:
    VtkView *m_view;
    QList<BuildingMesh::Footprint> m_footprints;
    QRectF m_extent;
    vtkSmartPointer<vtkPolyData> m_mesh;
    vtkSmartPointer<vtkPolyDataMapper> m_mapper;
    vtkSmartPointer<vtkActor> m_buildings;
    vtkSmartPointer<vtkActor> m_ground;
    vtkSmartPointer<vtkActor> m_lines;
    vtkSmartPointer<vtkActor> m_outline;
    vtkSmartPointer<vtkScalarBarActor> m_legend;
    vtkSmartPointer<vtkLookupTable> m_table;
    vtkSmartPointer<vtkCellPicker> m_picker;
    int m_highlight = -1;
};
