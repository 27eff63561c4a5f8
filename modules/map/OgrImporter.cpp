#include "map/OgrImporter.h"

#include "map/MapLog.h"
#include "map/WebMercator.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>
#include <QUuid>

#include <cpl_conv.h>
#include <cpl_error.h>
#include <cpl_vsi.h>
#include <gdal.h>
#include <ogr_api.h>
#include <ogr_srs_api.h>

#include <memory>
#include <mutex>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("OgrImporter", text);
}

// GDAL reports through a global handler: errors of this import are collected, not printed.
struct QuietErrors
{
    QuietErrors() { CPLPushErrorHandler(CPLQuietErrorHandler); CPLErrorReset(); }
    ~QuietErrors() { CPLPopErrorHandler(); }
    static QString last() { return QString::fromUtf8(CPLGetLastErrorMsg()); }
};

void addGeometry(OGRGeometryH g, MapFeature &f)
{
    const OGRwkbGeometryType type = wkbFlatten(OGR_G_GetGeometryType(g));
    auto ring = [](OGRGeometryH r) {
        QPolygonF p;
        const int n = OGR_G_GetPointCount(r);
        p.reserve(n);
        for (int i = 0; i < n; ++i)
            p << WebMercator::project(OGR_G_GetX(r, i), OGR_G_GetY(r, i));
        return p;
    };
    switch (type) {
    case wkbPoint:
        f.shape = MapFeature::Shape::Point;
        f.parts << QPolygonF{WebMercator::project(OGR_G_GetX(g, 0), OGR_G_GetY(g, 0))};
        break;
    case wkbLineString:
    case wkbLinearRing:
        f.shape = MapFeature::Shape::Line;
        f.parts << ring(g);
        break;
    case wkbPolygon:
        f.shape = MapFeature::Shape::Polygon;
        for (int i = 0; i < OGR_G_GetGeometryCount(g); ++i)
            f.parts << ring(OGR_G_GetGeometryRef(g, i));
        break;
    case wkbMultiPoint:
    case wkbMultiLineString:
    case wkbMultiPolygon:
    case wkbGeometryCollection:
        for (int i = 0; i < OGR_G_GetGeometryCount(g); ++i)
            addGeometry(OGR_G_GetGeometryRef(g, i), f);
        break;
    default:
        break; // curves, TINs: not drawn
    }
}

struct Transform
{
    OGRSpatialReferenceH wgs = nullptr;
    OGRSpatialReferenceH assumed = nullptr; // for layers that name no CRS
    QStringList unknown;                    // layers with no CRS and coordinates that are not degrees
    QHash<OGRLayerH, OGRCoordinateTransformationH> byLayer;
    QHash<OGRLayerH, QString> crs;
    Transform()
    {
        wgs = OSRNewSpatialReference(nullptr);
        OSRImportFromEPSG(wgs, 4326);
        OSRSetAxisMappingStrategy(wgs, OAMS_TRADITIONAL_GIS_ORDER);
    }
    ~Transform()
    {
        for (OGRCoordinateTransformationH ct : std::as_const(byLayer)) {
            if (ct)
                OCTDestroyCoordinateTransformation(ct);
        }
        OSRDestroySpatialReference(wgs);
        if (assumed)
            OSRDestroySpatialReference(assumed);
    }
    // Null when the layer is already in WGS 84 longitude/latitude or does not say.
    OGRCoordinateTransformationH of(OGRLayerH layer)
    {
        if (const auto it = byLayer.constFind(layer); it != byLayer.cend())
            return *it;
        OGRCoordinateTransformationH ct = nullptr;
        OGRSpatialReferenceH src = OGR_L_GetSpatialRef(layer);
        if (!src && assumed) {
            src = assumed;
        } else if (!src) {
            // No CRS: fine when the coordinates are degrees, else they would land anywhere.
            OGREnvelope e;
            if (OGR_L_GetExtent(layer, &e, TRUE) == OGRERR_NONE && (e.MinX < -180.5 || e.MaxX > 180.5 || e.MinY < -90.5 || e.MaxY > 90.5))
                unknown << QString::fromUtf8(OGR_L_GetName(layer));
        }
        if (src) {
            const char *authority = OSRGetAuthorityName(src, nullptr), *code = OSRGetAuthorityCode(src, nullptr);
            crs.insert(layer, authority && code ? QStringLiteral("%1:%2").arg(QLatin1String(authority), QLatin1String(code)) : QStringLiteral("custom"));
            OGRSpatialReferenceH clone = OSRClone(src);
            OSRSetAxisMappingStrategy(clone, OAMS_TRADITIONAL_GIS_ORDER);
            if (!OSRIsSame(clone, wgs))
                ct = OCTNewCoordinateTransformation(clone, wgs);
            OSRDestroySpatialReference(clone);
        }
        byLayer.insert(layer, ct);
        return ct;
    }
};

QString idOf(OGRFeatureH feature, OGRFeatureDefnH defn, const QString &layer)
{
    for (const char *name : {"id", "@id", "osm_id", "osm_way_id", "ID", "gid"}) {
        const int i = OGR_FD_GetFieldIndex(defn, name);
        if (i >= 0 && OGR_F_IsFieldSetAndNotNull(feature, i))
            return QString::fromUtf8(OGR_F_GetFieldAsString(feature, i));
    }
    return QStringLiteral("%1/%2").arg(layer).arg(OGR_F_GetFID(feature));
}

void readFeature(OGRFeatureH feature, OGRLayerH layer, Transform &transform, OgrImporter::ImportedLayer &out)
{
    OGRGeometryH g = OGR_F_GetGeometryRef(feature);
    if (!g || OGR_G_IsEmpty(g)) {
        ++out.skipped;
        return;
    }
    if (OGRCoordinateTransformationH ct = transform.of(layer); ct && OGR_G_Transform(g, ct) != OGRERR_NONE) {
        ++out.skipped;
        return;
    }
    MapFeature f;
    addGeometry(g, f);
    if (f.parts.isEmpty()) {
        ++out.skipped;
        return;
    }
    OGRFeatureDefnH defn = OGR_L_GetLayerDefn(layer);
    for (int i = 0; i < OGR_FD_GetFieldCount(defn); ++i) {
        if (!OGR_F_IsFieldSetAndNotNull(feature, i))
            continue;
        OGRFieldDefnH field = OGR_FD_GetFieldDefn(defn, i);
        const QString name = QString::fromUtf8(OGR_Fld_GetNameRef(field));
        switch (OGR_Fld_GetType(field)) {
        case OFTInteger:
        case OFTInteger64:
            f.properties.insert(name, OGR_F_GetFieldAsInteger64(feature, i));
            break;
        case OFTReal:
            f.properties.insert(name, OGR_F_GetFieldAsDouble(feature, i));
            break;
        default:
            f.properties.insert(name, QString::fromUtf8(OGR_F_GetFieldAsString(feature, i)));
        }
    }
    f.id = idOf(feature, defn, out.name);
    for (const char *key : {"name", "NAME", "Name", "community", "COMMUNITY"}) {
        if (const QVariant v = f.properties.value(QLatin1String(key)); v.isValid()) {
            f.label = v.toString();
            break;
        }
    }
    out.features << std::move(f);
}

void fields(OGRLayerH layer, OgrImporter::ImportedLayer &out)
{
    OGRFeatureDefnH defn = OGR_L_GetLayerDefn(layer);
    for (int i = 0; i < OGR_FD_GetFieldCount(defn); ++i)
        out.fields << QString::fromUtf8(OGR_Fld_GetNameRef(OGR_FD_GetFieldDefn(defn, i)));
}
} // namespace

QString OgrImporter::unknownCrsText()
{
    return tr("no coordinate system");
}

bool OgrImporter::importFile(const QString &path, QList<ImportedLayer> *out, QString *error, const QStringList &only, const QString &assumedCrs)
{
    static std::once_flag registered;
    std::call_once(registered, [] { GDALAllRegister(); });
    const QuietErrors quiet;
    const QString display = path.startsWith(QLatin1String("/vsimem/")) ? QFileInfo(path).completeBaseName() : QFileInfo(path).fileName();
    if (!path.startsWith(QLatin1String("/vsimem/")) && !QFileInfo::exists(path)) {
        *error = tr("%1 does not exist").arg(path);
        return false;
    }
    GDALDatasetH ds = GDALOpenEx(path.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY, nullptr, nullptr, nullptr);
    if (!ds) {
        const QString why = QuietErrors::last();
        *error = tr("%1 is not a vector layer GDAL can read%2").arg(display, why.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(why));
        return false;
    }
    const std::unique_ptr<void, void (*)(void *)> closer(ds, [](void *d) { GDALClose(d); });
    Transform transform;
    if (!assumedCrs.isEmpty()) {
        transform.assumed = OSRNewSpatialReference(nullptr);
        if (OSRSetFromUserInput(transform.assumed, assumedCrs.toUtf8().constData()) != OGRERR_NONE) {
            *error = tr("%1 is not a coordinate system PROJ knows (try EPSG:code)").arg(assumedCrs);
            return false;
        }
        OSRSetAxisMappingStrategy(transform.assumed, OAMS_TRADITIONAL_GIS_ORDER);
    }
    QHash<OGRLayerH, int> index; // layer → position in result
    QList<ImportedLayer> result;
    auto slot = [&](OGRLayerH layer) -> ImportedLayer * {
        const auto it = index.constFind(layer);
        if (it != index.cend())
            return *it < 0 ? nullptr : &result[*it];
        const QString name = QString::fromUtf8(OGR_L_GetName(layer));
        if (!only.isEmpty() && !only.contains(name)) {
            index.insert(layer, -1);
            return nullptr;
        }
        index.insert(layer, int(result.size()));
        ImportedLayer &l = result.emplace_back();
        l.name = name;
        fields(layer, l);
        return &l;
    };
    const bool osm = QLatin1String(GDALGetDriverShortName(GDALGetDatasetDriver(ds))) == QLatin1String("OSM");
    if (osm) {
        // The OSM driver reads the file once, handing out features of all layers interleaved.
        OGRLayerH layer = nullptr;
        while (OGRFeatureH f = GDALDatasetGetNextFeature(ds, &layer, nullptr, nullptr, nullptr)) {
            if (ImportedLayer *l = layer ? slot(layer) : nullptr)
                readFeature(f, layer, transform, *l);
            OGR_F_Destroy(f);
        }
    } else {
        for (int i = 0; i < GDALDatasetGetLayerCount(ds); ++i) {
            OGRLayerH layer = GDALDatasetGetLayer(ds, i);
            ImportedLayer *l = slot(layer);
            if (!l)
                continue;
            transform.of(layer);
            if (transform.unknown.contains(l->name)) {
                index[layer] = -1;
                result.removeLast();
                continue;
            }
            OGR_L_ResetReading(layer);
            while (OGRFeatureH f = OGR_L_GetNextFeature(layer)) {
                readFeature(f, layer, transform, result[index.value(layer)]);
                OGR_F_Destroy(f);
            }
        }
    }
    for (auto it = index.cbegin(); it != index.cend(); ++it) {
        if (*it >= 0)
            result[*it].sourceCrs = transform.crs.value(it.key());
    }
    result.removeIf([](const ImportedLayer &l) { return l.features.isEmpty(); });
    if (result.isEmpty() && !transform.unknown.isEmpty()) {
        *error = tr("%1 has %2: its coordinates are not longitude/latitude and the file does not say which system they are in "
                    "(a Shapefile without its .prj?); choose it, e.g. EPSG:3435")
                     .arg(display, unknownCrsText());
        return false;
    }
    if (result.isEmpty()) {
        *error = tr("%1 has no features with a geometry").arg(display);
        return false;
    }
    for (const ImportedLayer &l : std::as_const(result)) {
        qCInfo(lcMap).noquote() << "imported" << display << "layer" << l.name << ":" << l.features.size() << "features from"
                                << (l.sourceCrs.isEmpty() ? QStringLiteral("WGS 84") : l.sourceCrs) << "(" << l.skipped << "skipped )";
    }
    *out = std::move(result);
    return true;
}

bool OgrImporter::importData(const QByteArray &data, const QString &name, QList<ImportedLayer> *out, QString *error)
{
    const QByteArray path = "/vsimem/citydeck-" + QUuid::createUuid().toByteArray(QUuid::Id128) + "/" + name.toUtf8() + ".geojson";
    VSILFILE *file = VSIFileFromMemBuffer(path.constData(), reinterpret_cast<GByte *>(const_cast<char *>(data.constData())),
                                          vsi_l_offset(data.size()), FALSE);
    if (!file) {
        *error = tr("could not read %1 from memory").arg(name);
        return false;
    }
    VSIFCloseL(file);
    const bool ok = importFile(QString::fromUtf8(path), out, error);
    VSIUnlink(path.constData());
    return ok;
}

QString OgrImporter::fileFilter()
{
    return tr("City layers (*.geojson *.json *.gpkg *.shp *.osm *.pbf *.kml *.gml);;All files (*)");
}
