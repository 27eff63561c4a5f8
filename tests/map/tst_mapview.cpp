// The map widget under a real display (Xvfb in `./run test`): the demo city's plan with a
// choropleth, clustered markers and a heatmap, looked at through screenshots saved in
// <build>/screenshots; clicks, clusters, rubber-band selection, keys, wheel; PNG and PDF export.

#include "citysim/CityLayerExport.h"
#include "map/HeatmapLayer.h"
#include "map/MapExporter.h"
#include "map/MapView.h"
#include "map/MarkerLayer.h"
#include "map/OgrImporter.h"
#include "map/VectorLayer.h"
#include "map/WebMercator.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "Screenshot.h"
#include <QWheelEvent>

namespace {
QList<MapFeature> features(const QByteArray &geojson)
{
    QList<OgrImporter::ImportedLayer> layers;
    QString error;
    if (!OgrImporter::importData(geojson, QStringLiteral("layer"), &layers, &error))
        qFatal("%s", qPrintable(error));
    return layers[0].features;
}
} // namespace

class TestMapView : public QObject
{
    Q_OBJECT

private:
    CityLayout m_city = CityLayout::generate(42);
    MapView *m_view = nullptr;
    VectorLayer *m_districts = nullptr;
    MarkerLayer *m_markers = nullptr;
    HeatmapLayer *m_heat = nullptr;

private slots:
    void initTestCase()
    {
        m_view = new MapView;
        m_view->resize(1200, 800);
        m_districts = new VectorLayer(QStringLiteral("Districts"), m_view);
        QList<MapFeature> districts = features(CityLayerExport::districts(m_city));
        std::vector<double> values;
        for (int i = 0; i < districts.size(); ++i)
            values.push_back(districts[i].value = 100.0 + 37.0 * ((i * 7) % 12)); // visitors per hour
        m_districts->setFeatures(districts);
        m_districts->setChoropleth(ClassBreaks::compute(values, 5, ClassBreaks::NaturalBreaks), ColorRamp(ColorRamp::Cividis),
                                   QStringLiteral("Visitors per hour"));
        m_districts->setOpacity(0.55);
        m_districts->setLabelsVisible(true);
        auto *buildings = new VectorLayer(QStringLiteral("Buildings"), m_view);
        buildings->setFeatures(features(CityLayerExport::buildings(m_city)));
        buildings->setStyle({QColor(0xd9, 0xd0, 0xc9), QColor(0xb9, 0xae, 0xa4), 0.8, 3, Qt::SolidLine});
        auto *streets = new VectorLayer(QStringLiteral("Streets"), m_view);
        streets->setFeatures(features(CityLayerExport::streets(m_city)));
        streets->setStyle({Qt::transparent, QColor(0xc9, 0xc1, 0xb1), 1.5, 3, Qt::SolidLine});
        m_heat = new HeatmapLayer(QStringLiteral("Crowding"), m_view);
        std::vector<QPointF> people;
        QRandomGenerator random(3);
        for (int i = 0; i < 20000; ++i) {
            const CityLayout::Site &c = m_city.counters.at(int(random.bounded(int(m_city.counters.size()))));
            people.push_back(WebMercator::project(c.position.x() + (random.generateDouble() - 0.5) * 0.004,
                                                  c.position.y() + (random.generateDouble() - 0.5) * 0.003));
        }
        m_heat->setPoints(std::move(people));
        m_markers = new MarkerLayer(QStringLiteral("Counters"), m_view);
        std::vector<MapMarker> markers;
        for (const CityLayout::Site &c : m_city.counters) {
            MapMarker m;
            m.id = c.id;
            m.metres = WebMercator::project(c.position.x(), c.position.y());
            m.text = QString::number(int(c.weight * 100));
            m.trend = markers.size() % 3 == 0 ? 1 : markers.size() % 3 == 1 ? -1 : 0;
            m.tooltip = c.name;
            markers.push_back(m);
        }
        m_markers->setMarkers(std::move(markers));
        for (MapLayer *l : std::initializer_list<MapLayer *>{m_districts, buildings, streets, m_heat, m_markers})
            m_view->addLayer(l);
        m_view->setHomeExtent(m_districts->extent());
        m_view->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_view));
        m_view->goHome();
    }

    void cleanupTestCase() { delete m_view; }

    void drawsTheCityWithLegendAndDecorations()
    {
        const QImage image = m_view->renderImage();
        Screenshot::save(image, QStringLiteral("map-city.png"));
        QCOMPARE(image.size(), QSize(1200, 800));
        // Not a void: most pixels are something else than the background.
        int background = 0;
        for (int y = 0; y < image.height(); y += 10) {
            for (int x = 0; x < image.width(); x += 10)
                background += image.pixelColor(x, y) == m_view->background();
        }
        QVERIFY2(background < 120 * 80 / 3, qPrintable(QString::number(background)));
        QVERIFY(m_districts->legend().has_value());
        QCOMPARE(m_districts->legend()->classes.size(), 5);
        // The heatmap warms the centre, where the counters are.
        const QPointF centre = m_view->viewport().toScreen(WebMercator::project(m_city.counters[0].position.x(), m_city.counters[0].position.y()));
        const QColor warm = image.pixelColor(centre.toPoint() + QPoint(0, 14));
        QVERIFY(warm != m_view->background());
    }

    void clickingAMarkerNamesItsEntity()
    {
        const CityLayout::Site &site = m_city.counters[3];
        m_view->setCentre(QGeoCoordinate(site.position.y(), site.position.x()), 17.5);
        QSignalSpy clicked(m_view, &MapView::featureClicked);
        QTest::mouseClick(m_view, Qt::LeftButton, {}, QPoint(600, 400));
        QCOMPARE(clicked.size(), 1);
        QCOMPARE(clicked.at(0).at(0).toString(), site.id);
        QCOMPARE(m_view->selection(), QStringList{site.id});
        QVERIFY(m_markers->selection().contains(site.id));
        Screenshot::save(m_view->renderImage(), QStringLiteral("map-street-level.png"));
        // Clicking where nothing is (outside the city) clears the selection.
        m_view->setCentre(QGeoCoordinate(49.5, 2.5), 15);
        QTest::mouseClick(m_view, Qt::LeftButton, {}, QPoint(600, 400));
        QVERIFY(m_view->selection().isEmpty());
    }

    void clustersZoomInWhenClicked()
    {
        m_view->goHome();
        const double zoom = m_view->viewport().zoom();
        const auto &clusters = m_markers->clusters(zoom);
        auto big = std::max_element(clusters.cbegin(), clusters.cend(), [](const auto &a, const auto &b) { return a.members.size() < b.members.size(); });
        QVERIFY(big->members.size() > 1);
        const std::optional<MapLayer::Hit> hit = m_markers->hitTest(m_view->viewport().toScreen(big->metres), m_view->viewport());
        QVERIFY(hit && !hit->zoomTo.isNull());
        QTest::mouseClick(m_view, Qt::LeftButton, {}, m_view->viewport().toScreen(big->metres).toPoint());
        QVERIFY2(m_view->viewport().zoom() > zoom, qPrintable(QString::number(m_view->viewport().zoom())));
    }

    void shiftDragSelectsAnArea()
    {
        m_view->goHome();
        QSignalSpy selected(m_view, &MapView::selectionChanged);
        QTest::mousePress(m_view, Qt::LeftButton, Qt::ShiftModifier, QPoint(5, 5));
        QTest::mouseMove(m_view, QPoint(600, 400));
        QTest::mouseRelease(m_view, Qt::LeftButton, Qt::ShiftModifier, QPoint(1195, 795));
        QVERIFY(!selected.isEmpty());
        const QStringList ids = selected.last().at(0).toStringList();
        // Every counter and district is inside the whole view.
        QVERIFY(ids.contains(m_city.counters[0].id));
        QVERIFY(ids.contains(m_city.districts[0].id));
        m_view->setSelection({});
    }

    void keysAndWheel()
    {
        m_view->goHome();
        const MapViewport home = m_view->viewport();
        QTest::keyClick(m_view, Qt::Key_Plus);
        QCOMPARE(m_view->viewport().zoom(), home.zoom() + 1);
        QTest::keyClick(m_view, Qt::Key_Left);
        QVERIFY(m_view->viewport().centre().x() < home.centre().x());
        QTest::keyClick(m_view, Qt::Key_Home);
        QCOMPARE(m_view->viewport().zoom(), home.zoom());
        // The wheel zooms at the cursor: the point under it stays.
        const QPointF cursor(900, 200);
        const QGeoCoordinate under = m_view->viewport().toCoordinate(cursor);
        QWheelEvent wheel(cursor, m_view->mapToGlobal(cursor), QPoint(), QPoint(0, 240), Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(m_view, &wheel);
        QCOMPARE(m_view->viewport().zoom(), home.zoom() + 1);
        QVERIFY(QLineF(m_view->viewport().toScreen(WebMercator::project(under)), cursor).length() < 1e-6);
    }

    void exportsPngAndPdf()
    {
        m_view->goHome();
        QTemporaryDir dir;
        QString error;
        const QString png = dir.filePath(QStringLiteral("map.png")), pdf = dir.filePath(QStringLiteral("map.pdf"));
        QVERIFY2(MapExporter::exportPng(m_view, png, 192, &error), qPrintable(error));
        const QImage image(png);
        QCOMPARE(image.size(), QSize(2400, 1600));
        Screenshot::save(image.scaled(1200, 800, Qt::KeepAspectRatio, Qt::SmoothTransformation), QStringLiteral("map-export-192dpi.png"));
        QVERIFY2(MapExporter::exportPdf(m_view, pdf, 150, QStringLiteral("Saint-Quentin — test"), &error), qPrintable(error));
        QFile f(pdf);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.read(5) == "%PDF-");
        QVERIFY(f.size() > 20000);
        // A folder that cannot be written: an error, no file.
        QVERIFY(!MapExporter::exportPng(m_view, QStringLiteral("/proc/citydeck/map.png"), 96, &error));
        QVERIFY(!error.isEmpty());
    }
};

QTEST_MAIN(TestMapView)
#include "tst_mapview.moc"
