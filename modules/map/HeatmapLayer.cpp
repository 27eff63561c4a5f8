#include "map/HeatmapLayer.h"

#include "map/MapFeature.h"

#include <QLocale>
#include <QPainter>
#include <QtConcurrent>

HeatmapLayer::HeatmapLayer(const QString &name, QObject *parent)
    : MapLayer(name, parent)
{
    connect(&m_watcher, &QFutureWatcher<Frame>::finished, this, [this] {
        m_computing = false;
        const Frame frame = m_watcher.result();
        if (frame.version == m_version || m_frame.image.isNull())
            m_frame = frame;
        emit changed(); // draws it, or asks for the current view if it moved meanwhile
    });
}

HeatmapLayer::~HeatmapLayer()
{
    m_watcher.waitForFinished();
}

void HeatmapLayer::setPoints(std::vector<QPointF> metres, std::vector<float> weights)
{
    auto data = std::make_shared<Data>();
    data->metres = std::move(metres);
    data->weights = std::move(weights);
    BoundsBuilder extent;
    for (const QPointF &p : data->metres)
        extent.add(p);
    m_extent = extent.rect();
    m_data = std::move(data);
    ++m_version;
    emit changed();
}

void HeatmapLayer::setOptions(const HeatmapRenderer::Options &options)
{
    m_options = options;
    ++m_version;
    emit changed();
}

HeatmapLayer::Frame HeatmapLayer::compute(std::shared_ptr<const Data> data, MapViewport viewport, HeatmapRenderer::Options options,
                                          quint64 version)
{
    Frame f;
    f.viewport = viewport;
    f.version = version;
    if (data)
        f.image = HeatmapRenderer::colorize(HeatmapRenderer::density(data->metres, data->weights, viewport, options), options, &f.top);
    return f;
}

void HeatmapLayer::drawFrame(QPainter &painter, const Frame &frame, const MapViewport &viewport) const
{
    if (frame.image.isNull())
        return;
    // The frame covers its own viewport's extent: map that area into this view.
    const QRectF target = viewport.transform().mapRect(frame.viewport.extent());
    painter.save();
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    painter.drawImage(target, frame.image);
    painter.restore();
}

void HeatmapLayer::render(QPainter &painter, const MapViewport &viewport, RenderMode mode)
{
    if (!m_data || m_data->metres.empty())
        return;
    const bool current = m_frame.version == m_version && m_frame.viewport == viewport;
    if (mode == RenderMode::Complete) {
        drawFrame(painter, current ? m_frame : compute(m_data, viewport, m_options, m_version), viewport);
        return;
    }
    if (!current && !m_computing) {
        m_computing = true;
        m_watcher.setFuture(QtConcurrent::run(&HeatmapLayer::compute, m_data, viewport, m_options, m_version));
    }
    drawFrame(painter, m_frame, viewport); // the last frame, moved to this view, until the new one is ready
}

std::optional<MapLegend> HeatmapLayer::legend() const
{
    MapLegend legend;
    legend.title = m_legendTitle.isEmpty() ? name() : m_legendTitle;
    for (int i = 0; i <= 4; ++i)
        legend.ramp << m_options.ramp.color(0.15 + 0.85 * i / 4.0);
    legend.low = tr("low");
    legend.high = m_frame.top > 0 ? tr("%1 per cell").arg(QLocale().toString(m_frame.top, 'g', 3)) : tr("high");
    return legend;
}
