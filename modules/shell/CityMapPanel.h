#pragma once

#include "shell/shell_export.h"

#include "map/OgrImporter.h"

#include <QTimer>
#include <QWidget>

class DashboardContext;
class LabelLayer;
class MapLayer;
class MapLayerList;
class MapView;
class MarkerLayer;
class QLabel;
class QSettings;
class TileLayer;
class VectorLayer;

// View ▸ City map: the city plan (the demo city's own districts, streets and buildings, or the
// layer files the user imported through GDAL), a basemap (OpenStreetMap tiles cached on disk,
// or an offline .mbtiles file), and every entity with a location at the time cursor, clustered
// when zoomed out. Clicking an entity selects it everywhere (the Data panel shows it).
class CITYDECK_SHELL_EXPORT CityMapPanel : public QWidget
{
    Q_OBJECT

public:
    // settings: where the chosen basemap and layer files are remembered.
    CityMapPanel(DashboardContext *context, QSettings *settings, QWidget *parent = nullptr);
    ~CityMapPanel() override;

    MapView *view() const { return m_view; }
    MarkerLayer *entityLayer() const { return m_entities; }
    MapLayerList *layerList() const { return m_layers; }

    // A city layer file (GeoJSON, GeoPackage, Shapefile, OSM…): its layers are added, styled by
    // what they hold, and remembered for the next start. False with *error.
    // crs: the file's coordinate system when it does not say (OgrImporter::importFile).
    bool addLayerFile(const QString &path, QString *error, bool remember = true, const QString &crs = {});
    // A layer from GeoJSON in memory (the demo city's plan); not remembered.
    bool addGeoJson(const QString &name, const QByteArray &geojson, QString *error);
    // An .mbtiles file as the basemap, in place of the online tiles (remembered).
    bool openBasemap(const QString &path, QString *error);
    // OpenStreetMap tiles from the network, cached on disk (off in tests and air-gapped rooms).
    void setOnlineBasemap(bool on);
    // Shows the whole city (the extent of the city layers, else the entities).
    void showCity();
    // Re-reads the entities at the cursor now (normally coalesced after changes).
    void refreshEntities();

signals:
    void entityClicked(const QString &id);
    void message(const QString &text);

private:
    void addImported(const QList<OgrImporter::ImportedLayer> &layers);
    void setBasemap(TileLayer *layer);
    void removeLayer(MapLayer *layer);
    void askAddFile();
    void askBasemap();
    void askExport(bool pdf);

    DashboardContext *m_context;
    QSettings *m_settings;
    MapView *m_view;
    MapLayerList *m_layers;
    QLabel *m_status;
    TileLayer *m_basemap = nullptr;
    QList<VectorLayer *> m_cityLayers;
    LabelLayer *m_streetNames;
    MarkerLayer *m_entities;
    QTimer m_refresh;
};
