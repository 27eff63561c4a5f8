#include "shell/CityMapPanel.h"

#include "shell/ShellLog.h"

#include "core/IsoTime.h"
#include "core/TimeCursor.h"
#include "map/LabelLayer.h"
#include "map/MapExporter.h"
#include "map/MapLayerList.h"
#include "map/MapView.h"
#include "map/MarkerLayer.h"
#include "map/TileDownloader.h"
#include "map/TileLayer.h"
#include "map/VectorLayer.h"
#include "map/WebMercator.h"
#include "sdk/CityPlan.h"
#include "sdk/DashboardContext.h"
#include "sdk/EntityStore.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace {
const char *const kLayerFilesKey = "map/layerFiles";
const char *const kBasemapKey = "map/basemap";

// Entity types get colours from one qualitative palette readable by colour-blind users (Okabe–Ito).
QColor typeColor(const QString &type)
{
    static const QList<QColor> palette{QColor(0x00, 0x72, 0xb2), QColor(0xe6, 0x9f, 0x00), QColor(0x00, 0x9e, 0x73),
                                       QColor(0xcc, 0x79, 0xa7), QColor(0xd5, 0x5e, 0x00), QColor(0x56, 0xb4, 0xe9),
                                       QColor(0x33, 0x33, 0x33)};
    return palette.at(int(qHash(type) % palette.size()));
}

bool holdsPolygons(const QList<MapFeature> &features)
{
    return !features.isEmpty() && features.constFirst().shape == MapFeature::Shape::Polygon;
}
} // namespace

CityMapPanel::CityMapPanel(DashboardContext *context, QSettings *settings, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_settings(settings)
{
    m_view = new MapView(this);
    m_streetNames = new LabelLayer(tr("Street names"), this);
    m_entities = new MarkerLayer(tr("Entities at the time cursor"), this);
    m_entities->setClustering(64, 15.5);
    m_view->addLayer(m_streetNames);
    m_view->addLayer(m_entities);
    m_layers = new MapLayerList(m_view, this);

    auto *addFile = new QPushButton(tr("Add layer file…"), this);
    addFile->setToolTip(tr("GeoJSON, GeoPackage, Shapefile or OpenStreetMap file, in any coordinate system"));
    auto *basemap = new QPushButton(tr("Offline basemap…"), this);
    basemap->setToolTip(tr("Use an .mbtiles file as the background map (no network needed)"));
    auto *png = new QPushButton(tr("Export PNG…"), this);
    auto *pdf = new QPushButton(tr("Export PDF…"), this);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *side = new QWidget(this);
    auto *sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(4, 0, 0, 0);
    sideLayout->addWidget(new QLabel(tr("<b>Layers</b>"), side));
    sideLayout->addWidget(m_layers, 1);
    sideLayout->addWidget(addFile);
    sideLayout->addWidget(basemap);
    sideLayout->addWidget(png);
    sideLayout->addWidget(pdf);
    sideLayout->addWidget(m_status);
    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_view);
    splitter->addWidget(side);
    splitter->setStretchFactor(0, 1);
    splitter->setSizes({800, 220});
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    connect(addFile, &QPushButton::clicked, this, &CityMapPanel::askAddFile);
    connect(basemap, &QPushButton::clicked, this, &CityMapPanel::askBasemap);
    connect(png, &QPushButton::clicked, this, [this] { askExport(false); });
    connect(pdf, &QPushButton::clicked, this, [this] { askExport(true); });
    connect(m_layers, &MapLayerList::removeRequested, this, &CityMapPanel::removeLayer);
    connect(m_view, &MapView::featureClicked, this, &CityMapPanel::entityClicked);
    connect(this, &CityMapPanel::message, m_status, &QLabel::setText);

    // Entities follow the cursor and, when live, new data; bursts are read once.
    m_refresh.setSingleShot(true);
    m_refresh.setInterval(300);
    connect(&m_refresh, &QTimer::timeout, this, &CityMapPanel::refreshEntities);
    TimeCursor *cursor = m_context->timeCursor();
    connect(cursor, &TimeCursor::timeChanged, &m_refresh, qOverload<>(&QTimer::start));
    connect(cursor, &TimeCursor::modeChanged, &m_refresh, qOverload<>(&QTimer::start));
    connect(m_context->store(), &EntityStore::reset, &m_refresh, qOverload<>(&QTimer::start));
    connect(m_context->store(), &EntityStore::stored, this, [this, cursor] {
        if (cursor->isLive())
            m_refresh.start();
    });

    // What the user chose before: an offline basemap, and their city layer files.
    if (const QString saved = m_settings->value(QLatin1String(kBasemapKey)).toString(); !saved.isEmpty()) {
        QString error;
        if (!openBasemap(saved, &error))
            emit message(tr("The offline basemap could not be opened: %1").arg(error));
    }
    for (const QString &entry : m_settings->value(QLatin1String(kLayerFilesKey)).toStringList()) {
        QString error;
        const QString path = entry.section(QLatin1Char('\t'), 0, 0), crs = entry.section(QLatin1Char('\t'), 1);
        if (!addLayerFile(path, &error, false, crs))
            qCWarning(lcShell).noquote() << "city layer" << path << "not loaded:" << error;
    }
}

CityMapPanel::~CityMapPanel() = default;

void CityMapPanel::addImported(const QList<OgrImporter::ImportedLayer> &layers)
{
    CityPlan *plan = m_context->cityPlan();
    for (const OgrImporter::ImportedLayer &imported : layers) {
        const CityPlan::Layer l = CityPlan::fromImported(imported);
        // The plan is what dashboards draw under their data and fold districts from.
        plan->addLayer(l);
        VectorLayer *layer = CityPlan::createMapLayer(l, this);
        if (std::vector<LabelLayer::Label> names = plan->streetLabels(); !names.empty())
            m_streetNames->setLabels(std::move(names));
        // City layers sit between the basemap and the street names; polygons under lines.
        const int labels = int(m_view->layers().indexOf(m_streetNames));
        int at = labels;
        if (holdsPolygons(l.features)) {
            at = m_basemap ? 1 : 0;
            for (VectorLayer *existing : std::as_const(m_cityLayers)) {
                if (holdsPolygons(existing->features()))
                    at = std::max(at, int(m_view->layers().indexOf(existing)) + 1);
            }
        }
        m_view->insertLayer(at, layer);
        m_cityLayers << layer;
    }
    BoundsBuilder city;
    for (VectorLayer *l : std::as_const(m_cityLayers)) {
        if (!l->extent().isNull())
            city.add(l->extent());
    }
    m_view->setHomeExtent(city.rect());
    m_layers->refresh();
}

bool CityMapPanel::addLayerFile(const QString &path, QString *error, bool remember, const QString &crs)
{
    QList<OgrImporter::ImportedLayer> layers;
    if (!OgrImporter::importFile(path, &layers, error, {}, crs))
        return false;
    for (OgrImporter::ImportedLayer &l : layers)
        l.name = layers.size() == 1 ? QFileInfo(path).completeBaseName() : QStringLiteral("%1 — %2").arg(QFileInfo(path).completeBaseName(), l.name);
    addImported(layers);
    int features = 0;
    for (const OgrImporter::ImportedLayer &l : std::as_const(layers))
        features += int(l.features.size());
    emit message(tr("%1: %2 features in %3 layers").arg(QFileInfo(path).fileName()).arg(features).arg(layers.size()));
    if (remember) {
        QStringList files = m_settings->value(QLatin1String(kLayerFilesKey)).toStringList();
        const QString entry = crs.isEmpty() ? path : path + QLatin1Char('\t') + crs;
        if (!files.contains(entry))
            m_settings->setValue(QLatin1String(kLayerFilesKey), files << entry);
    }
    return true;
}

bool CityMapPanel::addGeoJson(const QString &name, const QByteArray &geojson, QString *error)
{
    QList<OgrImporter::ImportedLayer> layers;
    if (!OgrImporter::importData(geojson, name, &layers, error))
        return false;
    for (OgrImporter::ImportedLayer &l : layers)
        l.name = name;
    addImported(layers);
    return true;
}

void CityMapPanel::setBasemap(TileLayer *layer)
{
    if (m_basemap) {
        m_view->removeLayer(m_basemap);
        m_basemap->deleteLater();
    }
    m_basemap = layer;
    if (layer) {
        m_view->insertLayer(0, layer);
        connect(layer, &TileLayer::problem, this, &CityMapPanel::message);
    }
    m_layers->refresh();
}

bool CityMapPanel::openBasemap(const QString &path, QString *error)
{
    auto cache = std::make_unique<TileCache>();
    QString warning;
    if (!cache->openReadOnly(path, error, &warning))
        return false;
    const QString name = cache->metadata().value(QStringLiteral("name"), QFileInfo(path).completeBaseName());
    setBasemap(new TileLayer(tr("Basemap: %1").arg(name), std::move(cache), nullptr, this));
    m_settings->setValue(QLatin1String(kBasemapKey), path);
    emit message(warning.isEmpty() ? tr("Offline basemap %1 (%2 tiles)").arg(name).arg(m_basemap->cache()->tileCount()) : warning);
    return true;
}

void CityMapPanel::setOnlineBasemap(bool on)
{
    if (!on) {
        if (m_basemap && m_basemap->downloader())
            setBasemap(nullptr);
        return;
    }
    if (m_basemap)
        return;
    auto cache = std::make_unique<TileCache>();
    QString error;
    const QString path = QStandardPaths::writableLocation(QStandardPaths::CacheLocation) + QStringLiteral("/tiles/openstreetmap.mbtiles");
    if (!cache->open(path, &error)) {
        emit message(tr("The tile cache %1 could not be opened: %2").arg(path, error));
        return;
    }
    cache->setMetadata(QStringLiteral("name"), QStringLiteral("OpenStreetMap"));
    cache->setMetadata(QStringLiteral("format"), QStringLiteral("png"));
    cache->setMetadata(QStringLiteral("attribution"), tr("© OpenStreetMap contributors"));
    auto *downloader = new TileDownloader(QStringLiteral("https://tile.openstreetmap.org/{z}/{x}/{y}.png"), this);
    connect(downloader, &TileDownloader::offlineChanged, this, [this](bool offline) {
        if (offline)
            emit message(tr("The tile server cannot be reached: cached tiles and the city layers are shown"));
    });
    setBasemap(new TileLayer(tr("Basemap: OpenStreetMap"), std::move(cache), downloader, this));
}

void CityMapPanel::removeLayer(MapLayer *layer)
{
    if (layer == m_entities || layer == m_streetNames)
        return layer->setVisible(false); // built in: hidden, not removed
    if (layer == m_basemap) {
        m_settings->remove(QLatin1String(kBasemapKey));
        setBasemap(nullptr);
        return;
    }
    m_view->removeLayer(layer);
    m_cityLayers.removeAll(qobject_cast<VectorLayer *>(layer));
    m_context->cityPlan()->removeLayer(layer->name());
    layer->deleteLater();
    m_layers->refresh();
}

void CityMapPanel::showCity()
{
    if (!m_view->homeExtent().isNull())
        m_view->goHome();
    else
        m_view->fitToLayer(m_entities);
}

void CityMapPanel::refreshEntities()
{
    const qint64 t = IsoTime::fromDateTime(m_context->timeCursor()->time());
    std::vector<MapMarker> markers;
    for (const Entity &e : m_context->store()->stateAt(t)) {
        const Geometry g = e.location();
        if (!g.isValid())
            continue;
        const QPointF p = g.type() == Geometry::Type::Point ? g.firstPoint() : g.bounds().center();
        MapMarker m;
        m.id = e.id;
        m.metres = WebMercator::project(p.x(), p.y());
        m.color = typeColor(e.type());
        m.size = 6;
        const Attribute *name = e.attribute(u"name");
        m.tooltip = QStringLiteral("%1\n%2\n%3").arg(name ? name->value().toString() : e.id, e.type(), e.id);
        markers.push_back(std::move(m));
    }
    const bool first = m_entities->markers().empty();
    m_entities->setMarkers(std::move(markers));
    if (first && m_view->homeExtent().isNull())
        m_view->fitToLayer(m_entities);
}

void CityMapPanel::askAddFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Add a city layer"), QString(), OgrImporter::fileFilter());
    if (path.isEmpty())
        return;
    QString error;
    if (addLayerFile(path, &error))
        return;
    // A file that does not say its coordinate system (a Shapefile without .prj): ask for it.
    if (error.contains(OgrImporter::unknownCrsText())) {
        bool ok = false;
        const QString crs = QInputDialog::getText(this, tr("Coordinate system"),
                                                  tr("%1\n\nCoordinate system of this file (e.g. EPSG:2154 for Lambert-93):").arg(error),
                                                  QLineEdit::Normal, QStringLiteral("EPSG:"), &ok);
        if (ok && !crs.isEmpty() && addLayerFile(path, &error, true, crs.trimmed()))
            return;
    }
    emit message(tr("Not added: %1").arg(error));
}

void CityMapPanel::askBasemap()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Offline basemap"), QString(), tr("MBTiles (*.mbtiles);;All files (*)"));
    QString error;
    if (!path.isEmpty() && !openBasemap(path, &error))
        emit message(tr("Not opened: %1").arg(error));
}

void CityMapPanel::askExport(bool pdf)
{
    const QString path = QFileDialog::getSaveFileName(this, pdf ? tr("Export the map as PDF") : tr("Export the map as PNG"),
                                                      QString(), pdf ? tr("PDF (*.pdf)") : tr("PNG image (*.png)"));
    if (path.isEmpty())
        return;
    bool ok = false;
    const int dpi = QInputDialog::getInt(this, tr("Resolution"), tr("Dots per inch:"), pdf ? 300 : 150, 72, 600, 1, &ok);
    if (!ok)
        return;
    QString error;
    const bool written = pdf ? MapExporter::exportPdf(m_view, path, dpi, tr("CityDeck — city map at %1").arg(m_context->timeCursor()->time().toString(Qt::ISODate)), &error)
                             : MapExporter::exportPng(m_view, path, dpi, &error);
    emit message(written ? tr("Map written to %1").arg(path) : tr("The map could not be written: %1").arg(error));
}
