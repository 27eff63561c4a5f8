#pragma once

#include "map/map_export.h"

#include "map/MapFeature.h"

#include <QList>
#include <QString>
#include <QStringList>

// Reads city layers (districts, streets, building footprints) from any vector format GDAL/OGR
// knows — GeoJSON, GeoPackage, Shapefile, OpenStreetMap XML/PBF — in any CRS, reprojected
// with PROJ to WGS 84 and then to Web Mercator. One ImportedLayer per OGR layer with features.
class CITYDECK_MAP_EXPORT OgrImporter
{
public:
    struct ImportedLayer
    {
        QString name;
        QString sourceCrs; // e.g. "EPSG:26986"; empty when the file did not say (taken as WGS 84)
        QStringList fields;
        QList<MapFeature> features;
        int skipped = 0;   // features without a usable geometry
    };

    // layers: only these OGR layers (all when empty). assumedCrs ("EPSG:3435", a PROJ string):
    // the CRS of a file that does not say (a Shapefile without .prj); without it such a file is
    // read as WGS 84 only if its coordinates are degrees, else *error says to choose its CRS.
    // False with *error when nothing could be read.
    static bool importFile(const QString &path, QList<ImportedLayer> *out, QString *error, const QStringList &layers = {},
                           const QString &assumedCrs = {});
    // What *error starts with when a file's CRS must be chosen.
    static QString unknownCrsText();
    // The same from bytes in memory (the demo city's own GeoJSON layers).
    static bool importData(const QByteArray &data, const QString &name, QList<ImportedLayer> *out, QString *error);
    // File name filter for an open dialog.
    static QString fileFilter();
};
