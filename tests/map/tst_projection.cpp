// Web Mercator: round trips through pixels at every zoom, tile math against known tiles, the
// TMS flip, and the viewport's zoom at the cursor and fit.

#include "map/MapViewport.h"
#include "map/WebMercator.h"

#include <QTest>

#include <cmath>

class TestProjection : public QObject
{
    Q_OBJECT

private slots:
    void roundTripsThroughPixelsAtEveryZoom()
    {
        const QList<QGeoCoordinate> places{{49.8489, 3.2876},   {51.2093, 3.2247},  {52.0116, 4.3571},  {43.7696, 11.2558},
                                           {37.9420, 23.6465},  {-33.8688, 151.2093}, {0, 0},            {85.0, -179.9},
                                           {-85.0, 179.9},      {64.1466, -21.9426}};
        for (int z = 0; z <= 20; ++z) {
            for (const QGeoCoordinate &c : places) {
                const QPointF pixel = WebMercator::toWorldPixel(WebMercator::project(c), z);
                const QGeoCoordinate back = WebMercator::unproject(WebMercator::fromWorldPixel(pixel, z));
                QVERIFY2(std::abs(back.latitude() - c.latitude()) < 1e-9 && std::abs(back.longitude() - c.longitude()) < 1e-9,
                         qPrintable(QStringLiteral("zoom %1 at %2").arg(z).arg(c.toString())));
                // A pixel is the world size at that zoom: 256 · 2^z.
                QVERIFY(pixel.x() >= 0 && pixel.x() <= 256.0 * std::exp2(z));
            }
        }
    }

    void knownTiles()
    {
        // Worked out from the slippy-map formula (OSM wiki) by hand.
        QCOMPARE(WebMercator::tileAt(QGeoCoordinate(49.8489, 3.2876), 13), (TileId{13, 4170, 2783}));
        QCOMPARE(WebMercator::tileAt(QGeoCoordinate(0.5, 0.5), 1), (TileId{1, 1, 0}));
        QCOMPARE(WebMercator::tileAt(QGeoCoordinate(-0.5, -0.5), 1), (TileId{1, 0, 1}));
        QCOMPARE(WebMercator::tileAt(QGeoCoordinate(10, 10), 0), (TileId{0, 0, 0}));
        // The tile's bounds contain the point, and neighbouring tiles share an edge.
        const TileId t = WebMercator::tileAt(QGeoCoordinate(49.8489, 3.2876), 16);
        QVERIFY(WebMercator::tileBounds(t).contains(QGeoCoordinate(49.8489, 3.2876)));
        QCOMPARE(WebMercator::tileRect(t).right(), WebMercator::tileRect({t.z, t.x + 1, t.y}).left());
        QCOMPARE(WebMercator::tileRect(t).top(), WebMercator::tileRect({t.z, t.x, t.y + 1}).bottom());
        // Zoom 0 is the whole world, ±85.0511° of latitude.
        const QGeoRectangle world = WebMercator::tileBounds({0, 0, 0});
        QVERIFY(std::abs(world.topLeft().latitude() - WebMercator::kMaxLatitude) < 1e-6);
        QVERIFY(std::abs(world.bottomRight().longitude() - 180) < 1e-6);
    }

    void tmsRowsFlip()
    {
        QCOMPARE(WebMercator::tmsRow(0, 0), 0);
        QCOMPARE(WebMercator::tmsRow(13, 2783), 8191 - 2783);
        for (int z = 0; z <= 20; ++z)
            QCOMPARE(WebMercator::tmsRow(z, WebMercator::tmsRow(z, 5 % (1 << z))), 5 % (1 << z));
    }

    void viewportZoomsAtTheCursorAndFits()
    {
        MapViewport v(WebMercator::project(QGeoCoordinate(49.8489, 3.2876)), 14, QSize(1000, 600));
        const QPointF cursor(820, 130);
        const QGeoCoordinate under = v.toCoordinate(cursor);
        v.zoomAround(cursor, 16.5);
        QCOMPARE(v.zoom(), 16.5);
        const QPointF back = v.toScreen(WebMercator::project(under));
        QVERIFY(std::abs(back.x() - cursor.x()) < 1e-6 && std::abs(back.y() - cursor.y()) < 1e-6);
        // Screen ↔ metres through the transform agree with the direct functions.
        const QPointF m = v.toMetres(QPointF(17, 590));
        QVERIFY(QLineF(v.transform().map(m), QPointF(17, 590)).length() < 1e-6);
        // Fit: the rectangle is visible whole.
        const QRectF city = WebMercator::project(QGeoRectangle(QGeoCoordinate(49.87, 3.24), QGeoCoordinate(49.82, 3.33)));
        v.fit(city, 24);
        QVERIFY(v.extent().contains(city));
        QVERIFY(v.extent().width() < city.width() * 2.5 || v.extent().height() < city.height() * 2.5); // and not far away
        // Zoom is kept inside the pyramid.
        v.setZoom(42);
        QCOMPARE(v.zoom(), MapViewport::kMaxZoom);
    }
};

QTEST_GUILESS_MAIN(TestProjection)
#include "tst_projection.moc"
