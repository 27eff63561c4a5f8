// City layers through GDAL/OGR from real third-party files that Debian ships (fetched by `run`
// with apt-get download + dpkg -x into build/geodata):
//  - West Oakland and Kirchberg OSM extracts (python-osmnx-doc; © OpenStreetMap contributors,
//    ODbL 1.0),
//  - London cycle hire docks (GeoJSON) and Boston census tracts (Shapefile, NAD83) from the R
//    package spData (CC0 / public data; r-cran-spdata),
//  - Chicago's 77 community areas (Shapefile) from PySAL's examples (BSD; python3-libpysal).
// Also the demo city's own layers, and files that are not layers.

#include "citysim/CityLayerExport.h"
#include "map/OgrImporter.h"
#include "map/WebMercator.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

namespace {
QString geodata(const QString &name)
{
    const QString root = qEnvironmentVariable("CITYDECK_GEODATA_DIR");
    if (root.isEmpty() || !QDir(root).exists())
        return {};
    QDirIterator it(root, {name}, QDir::Files, QDirIterator::Subdirectories);
    return it.hasNext() ? it.next() : QString();
}

#define NEED(path, name)                                                                                                   \
    const QString path = geodata(QStringLiteral(name));                                                                    \
    if (path.isEmpty())                                                                                                    \
        QSKIP("geodata fixture " name " is absent: `./run test` fetches it (apt-get download python-osmnx-doc r-cran-spdata " \
              "python3-libpysal)");

// Every feature's bounds fall inside this lon/lat box.
bool inside(const OgrImporter::ImportedLayer &l, const QGeoRectangle &box)
{
    const QRectF metres = WebMercator::project(box);
    for (const MapFeature &f : l.features) {
        const QRectF b = f.bounds();
        if (!metres.contains(b.topLeft()) || !metres.contains(b.bottomRight()))
            return false;
    }
    return true;
}

const OgrImporter::ImportedLayer *layerNamed(const QList<OgrImporter::ImportedLayer> &all, const QString &name)
{
    for (const OgrImporter::ImportedLayer &l : all) {
        if (l.name == name)
            return &l;
    }
    return nullptr;
}
} // namespace

class TestImport : public QObject
{
    Q_OBJECT

private slots:
    void chicagoCommunityAreasFromAShapefile()
    {
        NEED(path, "Chicago77.shp");
        QList<OgrImporter::ImportedLayer> layers;
        QString error;
        // A known defect of this file: no .prj, and its coordinates are Illinois State Plane East
        // feet, not degrees. Read as WGS 84 it would land in the ocean; CityDeck asks instead.
        QVERIFY(!OgrImporter::importFile(path, &layers, &error));
        QVERIFY2(error.contains(OgrImporter::unknownCrsText()), qPrintable(error));
        QVERIFY(!OgrImporter::importFile(path, &layers, &error, {}, QStringLiteral("EPSG:99999999")));
        QVERIFY2(OgrImporter::importFile(path, &layers, &error, {}, QStringLiteral("EPSG:3435")), qPrintable(error));
        QCOMPARE(layers.size(), 1);
        QCOMPARE(layers[0].features.size(), 77);
        QVERIFY(layers[0].features[0].shape == MapFeature::Shape::Polygon);
        QVERIFY(inside(layers[0], QGeoRectangle(QGeoCoordinate(42.1, -88.0), QGeoCoordinate(41.6, -87.5))));
        QStringList names;
        for (const MapFeature &f : layers[0].features)
            names << f.label;
        QVERIFY2(names.join(u',').contains(QLatin1String("LOOP"), Qt::CaseInsensitive), qPrintable(names.join(u',')));
    }

    void bostonTractsAreReprojected()
    {
        NEED(path, "boston_tracts.shp");
        QList<OgrImporter::ImportedLayer> layers;
        QString error;
        QVERIFY2(OgrImporter::importFile(path, &layers, &error), qPrintable(error));
        QCOMPARE(layers[0].features.size(), 506);
        QVERIFY2(!layers[0].sourceCrs.isEmpty(), "the .prj names a CRS");
        QVERIFY(inside(layers[0], QGeoRectangle(QGeoCoordinate(42.7, -71.6), QGeoCoordinate(42.0, -70.6))));
        QVERIFY(layers[0].fields.contains(QLatin1String("MEDV"))); // the classic housing value column
    }

    void londonCycleHireDocksFromGeoJson()
    {
        NEED(path, "cycle_hire.geojson");
        QList<OgrImporter::ImportedLayer> layers;
        QString error;
        QVERIFY2(OgrImporter::importFile(path, &layers, &error), qPrintable(error));
        QCOMPARE(layers[0].features.size(), 742);
        QVERIFY(layers[0].features[0].shape == MapFeature::Shape::Point);
        QVERIFY(inside(layers[0], QGeoRectangle(QGeoCoordinate(51.6, -0.25), QGeoCoordinate(51.4, 0.0))));
        int docks = 0;
        for (const MapFeature &f : layers[0].features)
            docks += f.properties.value(QStringLiteral("nbikes")).toInt() + f.properties.value(QStringLiteral("nempty")).toInt();
        QVERIFY(docks > 10000); // counts came through as numbers
    }

    void openStreetMapExtracts()
    {
        NEED(oakland, "West-Oakland.osm");
        NEED(kirchberg, "planet_10.068,48.135_10.071,48.137.osm");
        QList<OgrImporter::ImportedLayer> layers;
        QString error;
        QVERIFY2(OgrImporter::importFile(oakland, &layers, &error), qPrintable(error));
        const OgrImporter::ImportedLayer *lines = layerNamed(layers, QStringLiteral("lines"));
        QVERIFY(lines && lines->features.size() >= 30);
        QVERIFY(inside(*lines, QGeoRectangle(QGeoCoordinate(37.9, -122.4), QGeoCoordinate(37.7, -122.2))));
        QVERIFY(lines->fields.contains(QLatin1String("highway")));
        QVERIFY2(OgrImporter::importFile(kirchberg, &layers, &error), qPrintable(error));
        const OgrImporter::ImportedLayer *areas = layerNamed(layers, QStringLiteral("multipolygons"));
        QVERIFY(areas);
        int buildings = 0, withLevels = 0;
        for (const MapFeature &f : areas->features) {
            if (!f.properties.value(QStringLiteral("building")).toString().isEmpty()) {
                ++buildings;
                withLevels += f.properties.value(QStringLiteral("other_tags")).toString().contains(QLatin1String("building:levels"));
            }
        }
        QVERIFY2(buildings > 10, qPrintable(QString::number(buildings)));
        QVERIFY2(withLevels > 0, "Kirchberg's buildings carry building:levels");
    }

    void theDemoCityPlan()
    {
        const CityLayout city = CityLayout::generate(42);
        QList<OgrImporter::ImportedLayer> layers;
        QString error;
        QVERIFY2(OgrImporter::importData(CityLayerExport::buildings(city), QStringLiteral("buildings"), &layers, &error), qPrintable(error));
        QCOMPARE(layers[0].features.size(), city.buildings.size());
        QCOMPARE(layers[0].features[0].id, city.buildings[0].id);
        QCOMPARE(layers[0].features[0].properties.value(QStringLiteral("building:levels")).toInt(), city.buildings[0].floors);
        QVERIFY(OgrImporter::importData(CityLayerExport::streets(city), QStringLiteral("streets"), &layers, &error));
        QCOMPARE(layers[0].features.size(), city.streets.size());
        QVERIFY(OgrImporter::importData(CityLayerExport::districts(city), QStringLiteral("districts"), &layers, &error));
        QCOMPARE(layers[0].features.size(), 12);
        QCOMPARE(layers[0].features[5].label, QStringLiteral("Centre-ville"));
    }

    void filesThatAreNotLayersSayWhy()
    {
        QTemporaryDir dir;
        const QString junk = dir.filePath(QStringLiteral("districts.geojson"));
        QFile f(junk);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"geometry\":{\"type\":\"Point\",\"coordinates\":[");
        f.close();
        QList<OgrImporter::ImportedLayer> layers;
        QString error;
        QVERIFY(!OgrImporter::importFile(junk, &layers, &error));
        QVERIFY2(error.contains(QLatin1String("districts.geojson")), qPrintable(error));
        QVERIFY(!OgrImporter::importFile(dir.filePath(QStringLiteral("none.gpkg")), &layers, &error));
        QVERIFY2(error.contains(QLatin1String("does not exist")), qPrintable(error));
        QVERIFY(!OgrImporter::importData("{\"type\":\"FeatureCollection\",\"features\":[]}", QStringLiteral("empty"), &layers, &error));
        QVERIFY2(error.contains(QLatin1String("no features")), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestImport)
#include "tst_import.moc"
