#include "VtkBenchmarks.h"

#include "BenchStats.h"

#include "vtkview/CityScene.h"
#include "vtkview/SceneColors.h"
#include "vtkview/VtkView.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QOpenGLContext>
#include <QOpenGLFunctions>
#include <QRandomGenerator>
#include <QWindow>

#include <vtkCamera.h>
#include <vtkCellArray.h>
#include <vtkLookupTable.h>
#include <vtkPolyData.h>
#include <vtkRenderer.h>

#include <algorithm>

namespace {
// A city of n buildings on a grid of blocks: rectangles and L-shapes, 3–30 floors, as the demo's.
QList<BuildingMesh::Footprint> city(int n)
{
    QRandomGenerator random(9);
    QList<BuildingMesh::Footprint> out;
    const int side = int(std::ceil(std::sqrt(double(n))));
    for (int i = 0; i < n; ++i) {
        const double x = (i % side) * 28.0, y = (i / side) * 28.0;
        const double w = 10 + random.bounded(10.0), h = 10 + random.bounded(10.0);
        QPolygonF ring;
        if (i % 4 == 0)
            ring = {QPointF(x, y), QPointF(x + w, y), QPointF(x + w, y + h / 2), QPointF(x + w / 2, y + h / 2), QPointF(x + w / 2, y + h), QPointF(x, y + h)};
        else
            ring = {QPointF(x, y), QPointF(x + w, y), QPointF(x + w, y + h), QPointF(x, y + h)};
        out << BuildingMesh::Footprint{{ring}, 3.0 * (1 + random.bounded(30)), 0};
    }
    return out;
}
} // namespace

VtkBenchmarks::Result VtkBenchmarks::run(int buildings, int frames)
{
    Result r;
    r.buildings = buildings;
    if (QGuiApplication::platformName() == QLatin1String("offscreen") || QGuiApplication::platformName() == QLatin1String("minimal"))
        return r; // no OpenGL display to measure
    VtkView view;
    view.resize(1280, 800);
    view.setTimingFrames(true);
    CityScene scene(&view);
    const QList<BuildingMesh::Footprint> footprints = city(buildings);
    QElapsedTimer timer;
    timer.start();
    scene.setBuildings(footprints);
    r.buildMs = double(timer.nsecsElapsed()) / 1e6;
    r.triangles = scene.mesh()->GetPolys()->GetNumberOfCells();
    std::vector<double> values(static_cast<size_t>(buildings), 0.0);
    QRandomGenerator random(3);
    for (double &v : values)
        v = random.bounded(100.0);
    scene.setColors(SceneColors::sequential(ColorRamp::Viridis, 0, 100), QStringLiteral("Power (kW)"));
    scene.setValues(values);
    view.show();
    for (int i = 0; i < 50 && !(view.windowHandle() && view.windowHandle()->isExposed()); ++i) // not a test: no QTest here
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    view.grabFramebuffer(); // first frame: shaders, buffers
    r.renderer = QString::fromLatin1(reinterpret_cast<const char *>(view.context()->functions()->glGetString(GL_RENDERER)));

    std::vector<double> plain, updates, writes;
    for (int f = 0; f < frames; ++f) {
        view.renderer()->GetActiveCamera()->Azimuth(2); // the operator turning the city
        view.grabFramebuffer();
        plain.push_back(view.lastFrameMs());
        for (double &v : values)
            v = std::fmod(v + 7.5, 100.0); // the cursor moved: every building has a new value
        timer.restart();
        scene.setValues(values);
        writes.push_back(double(timer.nsecsElapsed()) / 1e6);
        view.grabFramebuffer();
        updates.push_back(writes.back() + view.lastFrameMs());
    }
    r.medianFrameMs = BenchStats::median(plain);
    r.p95FrameMs = BenchStats::percentile(plain, 0.95);
    r.setValuesMs = BenchStats::median(writes);
    r.colourUpdateMs = std::max(0.0, BenchStats::median(updates) - r.medianFrameMs);
    return r;
}
