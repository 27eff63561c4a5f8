#include "vtkview/BuildingMesh.h"

#include <vtkCellArray.h>
#include <vtkContourTriangulator.h>
#include <vtkFloatArray.h>
#include <vtkIdList.h>
#include <vtkIntArray.h>
#include <vtkPointData.h>
#include <vtkPoints.h>
#include <vtkPolyData.h>

#include <cmath>

namespace {
// Without the repeated closing point and without consecutive duplicates.
QPolygonF openRing(const QPolygonF &ring)
{
    QPolygonF out;
    out.reserve(ring.size());
    for (QPointF p : ring) {
        if (out.isEmpty() || std::hypot(p.x() - out.last().x(), p.y() - out.last().y()) > 1e-6)
            out << p;
    }
    while (out.size() > 1 && std::hypot(out.first().x() - out.last().x(), out.first().y() - out.last().y()) <= 1e-6)
        out.removeLast();
    return out;
}
} // namespace

double BuildingMesh::signedArea(const QPolygonF &ring)
{
    double a = 0;
    for (qsizetype i = 0, n = ring.size(); i < n; ++i)
        a += ring[i].x() * ring[(i + 1) % n].y() - ring[(i + 1) % n].x() * ring[i].y();
    return a / 2;
}

vtkSmartPointer<vtkPolyData> BuildingMesh::build(const QList<Footprint> &footprints)
{
    auto points = vtkSmartPointer<vtkPoints>::New();
    points->SetDataTypeToFloat();
    auto polys = vtkSmartPointer<vtkCellArray>::New();
    auto building = vtkSmartPointer<vtkIntArray>::New();
    building->SetName(buildingArray());
    // Scratch for courtyards: the contour triangulator reads rings as line cells over the mesh's points.
    auto contours = vtkSmartPointer<vtkPolyData>::New();
    contours->SetPoints(points);
    auto lines = vtkSmartPointer<vtkCellArray>::New();
    contours->SetLines(lines);
    auto outline = vtkSmartPointer<vtkIdList>::New();
    const double up[3] = {0, 0, 1};

    for (int b = 0; b < footprints.size(); ++b) {
        const Footprint &f = footprints.at(b);
        if (f.rings.isEmpty() || !(f.height > 0))
            continue;
        // A MultiPolygon building is several polygons, each an outline and its holes.
        const QList<int> starts = f.parts.isEmpty() ? QList<int>{0} : f.parts;
        for (int part = 0; part < starts.size(); ++part) {
            const int first = starts.at(part);
            const int last = part + 1 < starts.size() ? starts.at(part + 1) : int(f.rings.size());
            QList<QPolygonF> rings;
            for (int r = first; r < last && r < f.rings.size(); ++r) {
                QPolygonF ring = openRing(f.rings.at(r));
                if (ring.size() < 3)
                    continue;
                // Outline counter-clockwise, holes clockwise: the roof faces up, walls face out.
                const bool ccw = signedArea(ring) > 0;
                if ((r == first) != ccw)
                    std::reverse(ring.begin(), ring.end());
                rings << ring;
            }
            if (rings.isEmpty() || signedArea(rings.first()) <= 0)
                continue;
            const double bottom = f.base, top = f.base + f.height;
            QList<vtkIdType> topStart;
            for (const QPolygonF &ring : std::as_const(rings)) {
                const vtkIdType start = points->GetNumberOfPoints();
                for (QPointF p : ring)
                    points->InsertNextPoint(p.x(), p.y(), bottom);
                for (QPointF p : ring)
                    points->InsertNextPoint(p.x(), p.y(), top);
                const vtkIdType n = ring.size();
                for (vtkIdType i = 0; i < n; ++i) {
                    const vtkIdType j = (i + 1) % n;
                    const vtkIdType quad[4] = {start + i, start + j, start + n + j, start + n + i};
                    polys->InsertNextCell(4, quad);
                }
                topStart << start + n;
                for (vtkIdType i = 0; i < 2 * n; ++i)
                    building->InsertNextValue(b);
            }
            if (rings.size() == 1) {
                outline->Reset();
                for (vtkIdType i = 0; i < rings.first().size(); ++i)
                    outline->InsertNextId(topStart.first() + i);
                vtkContourTriangulator::TriangulatePolygon(outline, points, polys);
            } else {
                lines->Reset();
                for (int r = 0; r < rings.size(); ++r) {
                    const vtkIdType n = rings.at(r).size();
                    for (vtkIdType i = 0; i < n; ++i) {
                        const vtkIdType segment[2] = {topStart.at(r) + i, topStart.at(r) + (i + 1) % n};
                        lines->InsertNextCell(2, segment);
                    }
                }
                contours->SetLines(lines);
                contours->DeleteCells();
                vtkContourTriangulator::TriangulateContours(contours, 0, lines->GetNumberOfCells(), polys, up);
            }
        }
    }
    auto values = vtkSmartPointer<vtkFloatArray>::New();
    values->SetName(valueArray());
    values->SetNumberOfValues(points->GetNumberOfPoints());
    values->Fill(std::nanf(""));
    auto mesh = vtkSmartPointer<vtkPolyData>::New();
    mesh->SetPoints(points);
    mesh->SetPolys(polys);
    mesh->GetPointData()->AddArray(building);
    mesh->GetPointData()->SetScalars(values);
    return mesh;
}

void BuildingMesh::setValues(vtkPolyData *mesh, const std::vector<double> &perBuilding)
{
    auto *building = vtkIntArray::SafeDownCast(mesh->GetPointData()->GetArray(buildingArray()));
    auto *values = vtkFloatArray::SafeDownCast(mesh->GetPointData()->GetArray(valueArray()));
    if (!building || !values)
        return;
    const vtkIdType n = building->GetNumberOfValues();
    const int *b = building->GetPointer(0);
    float *v = values->GetPointer(0);
    const size_t count = perBuilding.size();
    for (vtkIdType i = 0; i < n; ++i) {
        const size_t index = size_t(b[i]);
        v[i] = index < count ? float(perBuilding[index]) : std::nanf("");
    }
    values->Modified();
}

int BuildingMesh::buildingOfPoint(vtkPolyData *mesh, long long pointId)
{
    auto *building = vtkIntArray::SafeDownCast(mesh->GetPointData()->GetArray(buildingArray()));
    if (!building || pointId < 0 || pointId >= building->GetNumberOfValues())
        return -1;
    return building->GetValue(pointId);
}
