#include "vtkview/CityScene.h"

#include "vtkview/SceneColors.h"
#include "vtkview/VtkView.h"

#include <vtkActor.h>
#include <vtkCamera.h>
#include <vtkCellArray.h>
#include <vtkCellPicker.h>
#include <vtkGenericCell.h>
#include <vtkLookupTable.h>
#include <vtkPoints.h>
#include <vtkPolyData.h>
#include <vtkPolyDataMapper.h>
#include <vtkProperty.h>
#include <vtkProperty2D.h>
#include <vtkRenderer.h>
#include <vtkScalarBarActor.h>
#include <vtkTextProperty.h>
#include <vtkUnsignedCharArray.h>
#include <vtkCellData.h>

namespace {
vtkSmartPointer<vtkActor> actorFor(vtkPolyData *data)
{
    auto mapper = vtkSmartPointer<vtkPolyDataMapper>::New();
    mapper->SetInputData(data);
    auto actor = vtkSmartPointer<vtkActor>::New();
    actor->SetMapper(mapper);
    return actor;
}

void styleText(vtkTextProperty *text, int size, bool bold)
{
    text->SetColor(0.15, 0.15, 0.15);
    text->SetFontSize(size);
    text->SetBold(bold);
    text->SetItalic(false);
    text->SetShadow(false);
}
} // namespace

CityScene::CityScene(VtkView *view, QObject *parent)
    : QObject(parent)
    , m_view(view)
    , m_mesh(vtkSmartPointer<vtkPolyData>::New())
    , m_mapper(vtkSmartPointer<vtkPolyDataMapper>::New())
    , m_buildings(vtkSmartPointer<vtkActor>::New())
    , m_legend(vtkSmartPointer<vtkScalarBarActor>::New())
    , m_table(SceneColors::sequential(ColorRamp::Viridis, 0, 1))
    , m_picker(vtkSmartPointer<vtkCellPicker>::New())
{
    vtkRenderer *r = view->renderer();
    r->SetBackground(0.93, 0.94, 0.95);
    r->SetBackground2(0.78, 0.84, 0.90);
    r->GradientBackgroundOn();

    m_mapper->SetInputData(m_mesh);
    m_mapper->SetScalarModeToUsePointData();
    m_mapper->SetColorModeToMapScalars();
    m_mapper->UseLookupTableScalarRangeOn();
    m_mapper->SetLookupTable(m_table);
    m_mapper->InterpolateScalarsBeforeMappingOff();
    m_buildings->SetMapper(m_mapper);
    m_buildings->GetProperty()->SetAmbient(0.3);
    m_buildings->GetProperty()->SetDiffuse(0.75);
    r->AddActor(m_buildings);

    m_legend->SetLookupTable(m_table);
    m_legend->SetNumberOfLabels(5);
    // Upright on the right: the title above the bar, the labels beside it, nothing overlapping.
    m_legend->SetOrientationToVertical();
    m_legend->SetPosition(0.85, 0.08);
    m_legend->SetWidth(0.12);
    m_legend->SetHeight(0.6);
    m_legend->SetMaximumWidthInPixels(150);
    m_legend->SetBarRatio(0.3);
    m_legend->SetLabelFormat("%.3g");
    m_legend->UnconstrainedFontSizeOn();
    styleText(m_legend->GetTitleTextProperty(), 15, true);
    styleText(m_legend->GetLabelTextProperty(), 13, false);
    m_legend->DrawBackgroundOn();
    m_legend->GetBackgroundProperty()->SetColor(1, 1, 1);
    m_legend->GetBackgroundProperty()->SetOpacity(0.85);
    m_legend->SetDrawNanAnnotation(false); // grey, "no data", is said by the dashboard beside it
    m_legend->SetTextPad(3);
    r->AddViewProp(m_legend);

    m_picker->SetTolerance(0.0005);
    m_picker->PickFromListOn();
    m_picker->AddPickList(m_buildings);
}

CityScene::~CityScene() = default;

vtkPolyData *CityScene::mesh() const
{
    return m_mesh;
}

void CityScene::setBuildings(const QList<BuildingMesh::Footprint> &footprints)
{
    m_footprints = footprints;
    m_mesh = BuildingMesh::build(footprints);
    m_mapper->SetInputData(m_mesh);
    double b[6];
    m_mesh->GetBounds(b);
    m_extent = m_mesh->GetNumberOfPoints() > 0 ? QRectF(QPointF(b[0], b[2]), QPointF(b[1], b[3])) : QRectF();
    m_highlight = -1;
    if (m_outline)
        m_view->renderer()->RemoveActor(m_outline);
    m_outline = nullptr;
    showPreset(Preset::Overview);
}

void CityScene::setGround(const QList<QPolygonF> &districts, const QList<QPolygonF> &streets)
{
    vtkRenderer *r = m_view->renderer();
    if (m_ground)
        r->RemoveActor(m_ground);
    if (m_lines)
        r->RemoveActor(m_lines);
    QRectF area = m_extent;
    for (const QPolygonF &d : districts)
        area = area.isNull() ? d.boundingRect() : area.united(d.boundingRect());
    area.adjust(-200, -200, 200, 200);
    auto plane = vtkSmartPointer<vtkPolyData>::New();
    auto planePoints = vtkSmartPointer<vtkPoints>::New();
    for (QPointF p : {area.topLeft(), area.topRight(), area.bottomRight(), area.bottomLeft()})
        planePoints->InsertNextPoint(p.x(), p.y(), -0.2);
    auto quad = vtkSmartPointer<vtkCellArray>::New();
    const vtkIdType ids[4] = {0, 1, 2, 3};
    quad->InsertNextCell(4, ids);
    plane->SetPoints(planePoints);
    plane->SetPolys(quad);
    m_ground = actorFor(plane);
    m_ground->GetProperty()->SetColor(0.84, 0.83, 0.80);
    m_ground->GetProperty()->LightingOff();
    m_ground->PickableOff();
    r->AddActor(m_ground);

    // Districts dark and wide, streets light: one polydata, coloured per line.
    auto lines = vtkSmartPointer<vtkPolyData>::New();
    auto points = vtkSmartPointer<vtkPoints>::New();
    auto cells = vtkSmartPointer<vtkCellArray>::New();
    auto colours = vtkSmartPointer<vtkUnsignedCharArray>::New();
    colours->SetNumberOfComponents(3);
    auto add = [&](const QPolygonF &line, const unsigned char rgb[3]) {
        if (line.size() < 2)
            return;
        cells->InsertNextCell(vtkIdType(line.size()));
        for (QPointF p : line)
            cells->InsertCellPoint(points->InsertNextPoint(p.x(), p.y(), 0.1));
        colours->InsertNextTypedTuple(rgb);
    };
    const unsigned char street[3] = {200, 196, 188}, district[3] = {110, 104, 120};
    for (const QPolygonF &s : streets)
        add(s, street);
    for (const QPolygonF &d : districts)
        add(d, district);
    lines->SetPoints(points);
    lines->SetLines(cells);
    lines->GetCellData()->SetScalars(colours);
    m_lines = actorFor(lines);
    m_lines->GetProperty()->SetLineWidth(2);
    m_lines->GetProperty()->LightingOff();
    m_lines->PickableOff();
    r->AddActor(m_lines);
    m_view->update();
}

void CityScene::setValues(const std::vector<double> &values)
{
    BuildingMesh::setValues(m_mesh, values);
    m_view->update();
}

void CityScene::setColors(vtkLookupTable *table, const QString &title)
{
    m_table = table;
    m_mapper->SetLookupTable(table);
    m_legend->SetLookupTable(table);
    m_legend->SetTitle(title.toUtf8().constData());
    m_view->update();
}

QColor CityScene::colorOf(double value) const
{
    double rgb[3];
    m_table->GetColor(value, rgb);
    return QColor::fromRgbF(float(rgb[0]), float(rgb[1]), float(rgb[2]));
}

void CityScene::setHighlight(int building)
{
    vtkRenderer *r = m_view->renderer();
    if (m_outline)
        r->RemoveActor(m_outline);
    m_outline = nullptr;
    m_highlight = building >= 0 && building < m_footprints.size() ? building : -1;
    if (m_highlight >= 0) {
        // The building again, as a thick black wireframe a little larger: it reads on any colour.
        BuildingMesh::Footprint f = m_footprints.at(m_highlight);
        f.height += 0.3;
        m_outline = actorFor(BuildingMesh::build({f}));
        m_outline->GetMapper()->ScalarVisibilityOff();
        m_outline->GetProperty()->SetRepresentationToWireframe();
        m_outline->GetProperty()->SetColor(0.05, 0.05, 0.05);
        m_outline->GetProperty()->SetLineWidth(3);
        m_outline->GetProperty()->LightingOff();
        m_outline->PickableOff();
        r->AddActor(m_outline);
    }
    m_view->update();
}

int CityScene::pick(QPoint widgetPos) const
{
    const QPoint d = m_view->toDisplay(widgetPos);
    if (!m_picker->Pick(d.x(), d.y(), 0, m_view->renderer()))
        return -1;
    const vtkIdType cell = m_picker->GetCellId();
    if (cell < 0)
        return -1;
    return BuildingMesh::buildingOfPoint(m_mesh, m_mesh->GetCell(cell)->GetPointId(0));
}

void CityScene::showPreset(Preset preset, const QRectF &focus)
{
    QRectF area = focus.isNull() ? m_extent : focus;
    if (area.isNull())
        area = QRectF(-500, -500, 1000, 1000);
    vtkRenderer *r = m_view->renderer();
    vtkCamera *camera = r->GetActiveCamera();
    const QPointF c = area.center();
    const double size = std::max({area.width(), area.height(), 60.0});
    camera->SetViewUp(0, 0, 1);
    camera->SetViewAngle(30);
    switch (preset) {
    case Preset::Overview:
    case Preset::District: {
        // From the south-south-west, 50° above the horizon: heights read, streets stay visible;
        // then moved along that direction until the area fits.
        camera->SetFocalPoint(c.x(), c.y(), 0);
        camera->SetPosition(c.x() - 0.35 * size, c.y() - 1.0 * size, 1.35 * size);
        double b[6];
        m_mesh->GetBounds(b);
        const double top = m_mesh->GetNumberOfPoints() > 0 ? b[5] : 30;
        r->ResetCamera(area.left(), area.right(), area.top(), area.bottom(), 0, top);
        camera->Dolly(1.25); // ResetCamera fits the bounding sphere: generous for a flat city
        break;
    }
    case Preset::Street:
        // A pedestrian's eye a little above the roofs of the street, looking at the focus.
        camera->SetFocalPoint(c.x(), c.y(), 12);
        camera->SetPosition(c.x() - 90, c.y() - 160, 28);
        camera->SetViewAngle(55);
        break;
    }
    r->ResetCameraClippingRange();
    m_view->update();
}

QImage CityScene::image()
{
    return m_view->grabFramebuffer();
}
