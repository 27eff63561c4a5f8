// Heatmap density: mass conservation, a symmetric kernel of the asked width, weights, the
// colour mapping; choropleth classes by quantile, equal interval and natural breaks.

#include "map/ClassBreaks.h"
#include "map/HeatmapRenderer.h"
#include "map/MapViewport.h"

#include <QRandomGenerator>
#include <QTest>

#include <cmath>

namespace {
const MapViewport kView(QPointF(367000, 6413000), 15, QSize(400, 300));
} // namespace

class TestHeatmap : public QObject
{
    Q_OBJECT

private slots:
    void massIsConserved()
    {
        std::vector<QPointF> points;
        std::vector<float> weights;
        QRandomGenerator random(5);
        for (int i = 0; i < 5000; ++i) {
            points.push_back(kView.toMetres(QPointF(random.bounded(400.0), random.bounded(300.0))));
            weights.push_back(float(1 + random.bounded(4)));
        }
        const double total = std::accumulate(weights.cbegin(), weights.cend(), 0.0);
        HeatmapRenderer::Options options;
        for (double radius : {4.0, 24.0, 60.0}) {
            options.radius = radius;
            const HeatmapRenderer::Grid g = HeatmapRenderer::density(points, weights, kView, options);
            QVERIFY2(std::abs(g.total() - total) / total < 1e-4, qPrintable(QStringLiteral("radius %1: %2 vs %3").arg(radius).arg(g.total()).arg(total)));
        }
        // Points far outside the view (beyond the kernel's reach) do not count.
        std::vector<QPointF> outside{kView.toMetres(QPointF(-2000, 150))};
        QCOMPARE(HeatmapRenderer::density(outside, {}, kView, options).total(), 0.0);
    }

    void theKernelIsSymmetricAndAsWideAsAsked()
    {
        HeatmapRenderer::Options options;
        options.radius = 30;
        options.cell = 2;
        const QPointF centre = kView.toMetres(QPointF(201, 151)); // the middle of cell (100, 75)
        const HeatmapRenderer::Grid g = HeatmapRenderer::density({centre}, {}, kView, options);
        const int cx = 100 + g.border, cy = 75 + g.border;
        for (int d = 1; d <= 10; ++d) {
            QCOMPARE(g.at(cx - d, cy), g.at(cx + d, cy));
            QCOMPARE(g.at(cx, cy - d), g.at(cx, cy + d));
            QCOMPARE(g.at(cx + d, cy), g.at(cx, cy + d)); // same along both axes
            QVERIFY(g.at(cx + d, cy) <= g.at(cx + d - 1, cy)); // falls off from the centre
        }
        QCOMPARE(g.max(), g.at(cx, cy));
        // Three boxes approximate a Gaussian of sigma = radius / 2 (in cells): the variance of a
        // box of width w is (w² − 1) / 12.
        double variance = 0;
        for (int w : HeatmapRenderer::boxes(7.5))
            variance += (w * w - 1) / 12.0;
        QVERIFY(std::abs(std::sqrt(variance) - 7.5) < 0.5);
        double spread = 0, mass = 0;
        for (int x = 0; x < g.width; ++x) {
            const double v = g.at(x, cy);
            spread += v * (x - cx) * (x - cx);
            mass += v;
        }
        QVERIFY(std::abs(std::sqrt(spread / mass) - 7.5) < 0.6);
    }

    void weightsScaleTheDensityAndColoursFollowIt()
    {
        HeatmapRenderer::Options options;
        const QPointF a = kView.toMetres(QPointF(100, 150)), b = kView.toMetres(QPointF(300, 150));
        const HeatmapRenderer::Grid g = HeatmapRenderer::density({a, b}, {1.f, 3.f}, kView, options);
        QVERIFY(std::abs(g.at(150 + g.border, 75 + g.border) / g.at(50 + g.border, 75 + g.border) - 3) < 1e-3);
        double top = 0;
        const QImage image = HeatmapRenderer::colorize(g, options, &top);
        QCOMPARE(image.size(), QSize(200, 150));
        QCOMPARE(top, double(g.max()));
        QCOMPARE(qAlpha(image.pixel(0, 0)), 0);                  // nothing there: transparent
        QVERIFY(qAlpha(image.pixel(150, 75)) > qAlpha(image.pixel(50, 75)) - 1); // hotter is at least as opaque
        QVERIFY(image.pixel(150, 75) != image.pixel(50, 75));
        // No points: an empty, transparent frame, not a crash.
        QCOMPARE(qAlpha(HeatmapRenderer::colorize(HeatmapRenderer::density({}, {}, kView, options), options).pixel(10, 10)), 0);
    }

    void classBreaks()
    {
        const std::vector<double> v{1, 2, 3, 10, 11, 12, 20, 21, 22};
        const ClassBreaks jenks = ClassBreaks::compute(v, 3, ClassBreaks::NaturalBreaks);
        QCOMPARE(jenks.limits(), (QList<double>{1, 10, 20, 22}));
        QCOMPARE(jenks.classOf(3), 0);
        QCOMPARE(jenks.classOf(10), 1);
        QCOMPARE(jenks.classOf(22), 2);
        const ClassBreaks equal = ClassBreaks::compute(v, 3, ClassBreaks::EqualInterval);
        QCOMPARE(equal.limits(), (QList<double>{1, 8, 15, 22}));
        const ClassBreaks quantile = ClassBreaks::compute({1, 2, 3, 4, 5, 6, 7, 8, 9}, 4, ClassBreaks::Quantile);
        QCOMPARE(quantile.limits(), (QList<double>{1, 3, 5, 7, 9}));
        QCOMPARE(quantile.classOf(std::nan("")), -1);
        // Ties collapse classes instead of making empty ones; a single value is one class.
        QCOMPARE(ClassBreaks::compute({5, 5, 5, 5, 9}, 4, ClassBreaks::Quantile).classCount(), 1);
        QCOMPARE(ClassBreaks::compute({4, 4}, 3, ClassBreaks::EqualInterval).classCount(), 1);
        QCOMPARE(ClassBreaks::compute({}, 3, ClassBreaks::NaturalBreaks).classCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestHeatmap)
#include "tst_heatmap.moc"
