// Footprints extruded into one mesh: points and cells per building, heights, courtyards (holes),
// concave outlines, skipped degenerate footprints, and per-building values written as scalars.

#include "vtkview/BuildingMesh.h"

#include <QTest>

#include <vtkCellArray.h>
#include <vtkDataArray.h>
#include <vtkIdList.h>
#include <vtkPointData.h>
#include <vtkPoints.h>
#include <vtkPolyData.h>
#include <vtkTriangle.h>

namespace {
QPolygonF rect(double x, double y, double w, double h)
{
    return QPolygonF{QPointF(x, y), QPointF(x + w, y), QPointF(x + w, y + h), QPointF(x, y + h), QPointF(x, y)};
}

// Area of the triangles at height z (the roofs).
double roofArea(vtkPolyData *mesh, double z)
{
    double area = 0;
    vtkCellArray *polys = mesh->GetPolys();
    auto ids = vtkSmartPointer<vtkIdList>::New();
    polys->InitTraversal();
    while (polys->GetNextCell(ids)) {
        if (ids->GetNumberOfIds() != 3)
            continue;
        double p[3][3];
        for (int i = 0; i < 3; ++i)
            mesh->GetPoint(ids->GetId(i), p[i]);
        if (std::abs(p[0][2] - z) < 1e-6 && std::abs(p[1][2] - z) < 1e-6 && std::abs(p[2][2] - z) < 1e-6)
            area += vtkTriangle::TriangleArea(p[0], p[1], p[2]);
    }
    return area;
}

int cellsOfSize(vtkPolyData *mesh, int size)
{
    int n = 0;
    auto ids = vtkSmartPointer<vtkIdList>::New();
    mesh->GetPolys()->InitTraversal();
    while (mesh->GetPolys()->GetNextCell(ids))
        n += ids->GetNumberOfIds() == size ? 1 : 0;
    return n;
}
} // namespace

class TestBuildingMesh : public QObject
{
    Q_OBJECT

private slots:
    void box()
    {
        auto mesh = BuildingMesh::build({{{rect(0, 0, 10, 10)}, 12, 0}});
        QCOMPARE(mesh->GetNumberOfPoints(), vtkIdType(8));
        QCOMPARE(cellsOfSize(mesh, 4), 4); // walls
        QCOMPARE(cellsOfSize(mesh, 3), 2); // roof
        double b[6];
        mesh->GetBounds(b);
        QCOMPARE(b[4], 0.0);
        QCOMPARE(b[5], 12.0);
        QCOMPARE(b[1] - b[0], 10.0);
        QVERIFY(qFuzzyCompare(roofArea(mesh, 12), 100.0));
    }

    void courtyardAndConcave()
    {
        // A 20 × 20 block with a 10 × 10 courtyard, given clockwise (the mesh turns it), and an L
        // standing on a 3 m podium.
        QPolygonF outer = rect(0, 0, 20, 20);
        std::reverse(outer.begin(), outer.end());
        const QPolygonF hole = rect(5, 5, 10, 10);
        const QPolygonF ell{QPointF(100, 0), QPointF(130, 0), QPointF(130, 10), QPointF(110, 10), QPointF(110, 30), QPointF(100, 30)};
        auto mesh = BuildingMesh::build({{{outer, hole}, 9, 0}, {{ell}, 7, 3}});
        QCOMPARE(mesh->GetNumberOfPoints(), vtkIdType(2 * 4 + 2 * 4 + 2 * 6));
        QCOMPARE(cellsOfSize(mesh, 4), 4 + 4 + 6);
        QVERIFY2(qFuzzyCompare(roofArea(mesh, 9), 300.0), qPrintable(QString::number(roofArea(mesh, 9)))); // courtyard cut out
        QVERIFY2(qFuzzyCompare(roofArea(mesh, 10), 500.0), qPrintable(QString::number(roofArea(mesh, 10)))); // concave, whole
        double b[6];
        mesh->GetBounds(b);
        QCOMPARE(b[5], 10.0);
    }

    void multiPolygonBuilding()
    {
        // Two wings (a MultiPolygon), the second with a courtyard: each its own outline.
        const QList<QPolygonF> rings{rect(0, 0, 10, 10), rect(30, 0, 20, 20), rect(35, 5, 10, 10)};
        auto mesh = BuildingMesh::build({BuildingMesh::Footprint(rings, 6, 0, {0, 1})});
        QCOMPARE(mesh->GetNumberOfPoints(), vtkIdType(3 * 8));
        QVERIFY2(qFuzzyCompare(roofArea(mesh, 6), 100.0 + 300.0), qPrintable(QString::number(roofArea(mesh, 6))));
        for (vtkIdType p = 0; p < mesh->GetNumberOfPoints(); ++p)
            QCOMPARE(BuildingMesh::buildingOfPoint(mesh, p), 0);
        // Read as one polygon, the second wing would be a "hole" outside the outline: not what GeoJSON says.
        auto wrong = BuildingMesh::build({BuildingMesh::Footprint(rings, 6)});
        QVERIFY(!qFuzzyCompare(roofArea(wrong, 6), 400.0));
    }

    void degenerateFootprintsKeepIndices()
    {
        const QPolygonF line{QPointF(0, 0), QPointF(5, 0), QPointF(0, 0)};
        auto mesh = BuildingMesh::build({{{line}, 10, 0}, {{rect(0, 0, 4, 4)}, 0, 0}, {{rect(50, 50, 4, 4)}, 5, 0}, {{}, 5, 0}});
        QCOMPARE(mesh->GetNumberOfPoints(), vtkIdType(8));
        for (vtkIdType p = 0; p < mesh->GetNumberOfPoints(); ++p)
            QCOMPARE(BuildingMesh::buildingOfPoint(mesh, p), 2);
        QCOMPARE(BuildingMesh::buildingOfPoint(mesh, 99), -1);
    }

    void valuesPerBuilding()
    {
        auto mesh = BuildingMesh::build({{{rect(0, 0, 10, 10)}, 5, 0}, {{rect(20, 0, 10, 10)}, 8, 0}});
        vtkDataArray *values = mesh->GetPointData()->GetScalars();
        QCOMPARE(QString::fromLatin1(values->GetName()), QString::fromLatin1(BuildingMesh::valueArray()));
        QVERIFY(std::isnan(values->GetTuple1(0)));
        const vtkMTimeType before = values->GetMTime();
        BuildingMesh::setValues(mesh, {42.0, std::nan("")});
        QVERIFY(values->GetMTime() > before); // the mapper sees the change
        for (vtkIdType p = 0; p < 8; ++p)
            QCOMPARE(values->GetTuple1(p), 42.0);
        for (vtkIdType p = 8; p < 16; ++p)
            QVERIFY(std::isnan(values->GetTuple1(p)));
        // Fewer values than buildings: the rest have none.
        BuildingMesh::setValues(mesh, {1.0});
        QVERIFY(std::isnan(values->GetTuple1(15)));
    }
};

QTEST_MAIN(TestBuildingMesh)
#include "tst_buildingmesh.moc"
