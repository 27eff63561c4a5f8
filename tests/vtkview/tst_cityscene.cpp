// The 3D view as a user sees it, under Xvfb with Mesa: buildings drawn in the colours of their
// values, the legend there, a click on a building picks that building, the highlight and the
// camera presets change the picture — screenshots in <build>/screenshots/vtkview-*.png.

#include "Screenshot.h"

#include "vtkview/CityScene.h"
#include "vtkview/SceneColors.h"
#include "vtkview/VtkView.h"

#include <QTest>

#include <vtkCamera.h>
#include <vtkLookupTable.h>
#include <vtkPolyData.h>
#include <vtkRenderer.h>

namespace {
QPolygonF rect(double x, double y, double w, double h)
{
    return QPolygonF{QPointF(x, y), QPointF(x + w, y), QPointF(x + w, y + h), QPointF(x, y + h)};
}

int colourDistance(QColor a, QColor b)
{
    return std::abs(a.red() - b.red()) + std::abs(a.green() - b.green()) + std::abs(a.blue() - b.blue());
}
} // namespace

class TestCityScene : public QObject
{
    Q_OBJECT

private slots:
    void renderColourPickPresets()
    {
        VtkView view;
        view.resize(900, 600);
        CityScene scene(&view);
        // A row of 5 × 5 blocks, 20 m apart, heights 10–50 m; values 0–24.
        QList<BuildingMesh::Footprint> footprints;
        std::vector<double> values;
        for (int i = 0; i < 25; ++i) {
            footprints << BuildingMesh::Footprint{{rect((i % 5) * 40.0, (i / 5) * 40.0, 24, 24)}, 10.0 + (i % 5) * 10, 0};
            values.push_back(i);
        }
        values[7] = std::nan("");
        scene.setBuildings(footprints);
        scene.setGround({rect(-20, -20, 220, 220)}, {QPolygonF{QPointF(-20, 32), QPointF(200, 32)}});
        scene.setColors(SceneColors::sequential(ColorRamp::Viridis, 0, 24), QStringLiteral("Power (kW)"));
        scene.setValues(values);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        const QImage shot = view.grabFramebuffer();
        Screenshot::save(shot, QStringLiteral("vtkview-scene"));
        QVERIFY(Screenshot::distinctColours(shot) > 50);

        // The colour table: the ends of viridis, NaN grey.
        QCOMPARE(scene.colorOf(0).name(), ColorRamp(ColorRamp::Viridis).color(0).name());
        QCOMPARE(scene.colorOf(24).name(), ColorRamp(ColorRamp::Viridis).color(1).name());
        QCOMPARE(scene.colorOf(std::nan("")).name(), QColor::fromRgbF(0.82f, 0.82f, 0.82f).name());

        // The roof of building 24 (the highest value, the yellow end) is drawn yellowish.
        const QPoint roof = view.toWidget(4 * 40 + 12, 4 * 40 + 12, 50);
        QVERIFY(QRect(QPoint(0, 0), view.size()).contains(roof));
        const QColor seen = shot.pixelColor(roof * shot.devicePixelRatio());
        QVERIFY2(seen.red() > 120 && seen.green() > 120 && seen.blue() < 120, qPrintable(seen.name()));
        // A click there picks that building; on the sky, nothing.
        QCOMPARE(scene.pick(roof), 24);
        QCOMPARE(scene.pick(view.toWidget(12, 12, 10)), 0);
        QCOMPARE(scene.pick(QPoint(5, 5)), -1);
        // The legend: a white box with dark text on the right.
        int white = 0, dark = 0;
        for (int y = int(shot.height() * 0.35); y < int(shot.height() * 0.9); ++y) {
            for (int x = int(shot.width() * 0.86); x < int(shot.width() * 0.99); ++x) {
                const QColor c = shot.pixelColor(x, y);
                white += c.lightness() > 240 ? 1 : 0;
                dark += c.lightness() < 80 ? 1 : 0;
            }
        }
        QVERIFY2(white > 1000 && dark > 100, qPrintable(QStringLiteral("%1 white, %2 dark").arg(white).arg(dark)));

        // Highlight and street-level preset change the picture; values update without rebuilding.
        scene.setHighlight(24);
        QCOMPARE(scene.highlight(), 24);
        const QImage highlighted = view.grabFramebuffer();
        QVERIFY(highlighted != shot);
        const vtkIdType points = scene.mesh()->GetNumberOfPoints();
        std::reverse(values.begin(), values.end());
        scene.setValues(values);
        QCOMPARE(scene.mesh()->GetNumberOfPoints(), points);
        const QColor recoloured = view.grabFramebuffer().pixelColor(roof * shot.devicePixelRatio());
        QVERIFY2(colourDistance(recoloured, seen) > 100, qPrintable(recoloured.name()));
        // Floated onto another window (a dock torn off): a new GL context; VTK is set up again.
        QWidget floating;
        floating.resize(900, 600);
        view.setParent(&floating);
        view.resize(900, 600);
        floating.show();
        QVERIFY(QTest::qWaitForWindowExposed(&floating));
        QVERIFY(Screenshot::distinctColours(view.grabFramebuffer()) > 50);
        view.setParent(nullptr);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QVERIFY(Screenshot::distinctColours(view.grabFramebuffer()) > 50);
        scene.showPreset(CityScene::Preset::Street, QRectF(80, 80, 24, 24));
        QVERIFY(view.renderer()->GetActiveCamera()->GetPosition()[2] < 40);
        Screenshot::grab(&view, QStringLiteral("vtkview-street"));
    }
};

QTEST_MAIN(TestCityScene)
#include "tst_cityscene.moc"
