#include "map/MapView.h"

#include "map/MapDecorations.h"
#include "map/WebMercator.h"

#include <QGestureEvent>
#include <QKeyEvent>
#include <QPainter>
#include <QPinchGesture>
#include <QRubberBand>
#include <QToolButton>
#include <QToolTip>
#include <QVBoxLayout>

#include <cmath>

namespace {
constexpr double kClickSlop = 4;    // pixels a press may move and still be a click
constexpr double kFriction = 0.004; // pixels/ms lost per ms of glide
} // namespace

MapView::MapView(QWidget *parent)
    : QWidget(parent)
{
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setMinimumSize(200, 150);
    grabGesture(Qt::PinchGesture);
    m_viewport = MapViewport(WebMercator::project(QGeoCoordinate(49.8489, 3.2876)), 13, size());
    m_glide.setInterval(16);
    connect(&m_glide, &QTimer::timeout, this, &MapView::glide);
    auto button = [this](const QString &text, const QString &tip) {
        auto *b = new QToolButton(this);
        b->setText(text);
        b->setToolTip(tip);
        b->setAutoRaise(false);
        b->setFixedSize(30, 30);
        b->setFocusPolicy(Qt::NoFocus);
        return b;
    };
    m_zoomIn = button(QStringLiteral("+"), tr("Zoom in (+)"));
    m_zoomOut = button(QStringLiteral("−"), tr("Zoom out (−)"));
    m_homeButton = button(QStringLiteral("⌂"), tr("Whole city (Home)"));
    connect(m_zoomIn, &QToolButton::clicked, this, [this] { zoomBy(1); });
    connect(m_zoomOut, &QToolButton::clicked, this, [this] { zoomBy(-1); });
    connect(m_homeButton, &QToolButton::clicked, this, &MapView::goHome);
}

MapView::~MapView() = default;

void MapView::addLayer(MapLayer *layer)
{
    insertLayer(int(m_layers.size()), layer);
}

void MapView::insertLayer(int index, MapLayer *layer)
{
    m_layers.insert(std::clamp(index, 0, int(m_layers.size())), layer);
    connect(layer, &MapLayer::changed, this, qOverload<>(&QWidget::update));
    layer->setSelection(QSet<QString>(m_selection.cbegin(), m_selection.cend()));
    update();
}

void MapView::removeLayer(MapLayer *layer)
{
    m_layers.removeAll(layer);
    disconnect(layer, nullptr, this, nullptr);
    update();
}

QList<MapLayer *> MapView::layers() const
{
    QList<MapLayer *> out;
    for (const QPointer<MapLayer> &l : m_layers) {
        if (l)
            out << l.data();
    }
    return out;
}

void MapView::setViewport(const MapViewport &viewport)
{
    m_viewport = viewport;
    m_viewport.setSize(size());
    viewportMoved();
}

void MapView::setCentre(const QGeoCoordinate &centre, double zoom)
{
    m_viewport.setZoom(zoom);
    m_viewport.setCentre(centre);
    viewportMoved();
}

void MapView::viewportMoved()
{
    update();
    emit viewportChanged(m_viewport);
}

void MapView::goHome()
{
    if (!m_home.isNull())
        fitTo(m_home);
}

void MapView::fitTo(const QRectF &metres)
{
    m_glide.stop();
    // Kept until the user moves the map: a layout change meanwhile fits it again.
    m_pendingFit = metres;
    m_viewport.fit(metres);
    viewportMoved();
}

void MapView::fitToLayer(const MapLayer *layer)
{
    if (layer && !layer->extent().isNull())
        fitTo(layer->extent());
}

void MapView::zoomBy(double steps, QPointF at)
{
    m_pendingFit = {};
    if (at.x() < 0)
        at = QPointF(width() / 2.0, height() / 2.0);
    m_viewport.zoomAround(at, m_viewport.zoom() + steps);
    viewportMoved();
}

void MapView::setBackground(const QColor &color)
{
    m_background = color;
    update();
}

void MapView::setLegendsVisible(bool on)
{
    m_legends = on;
    update();
}

void MapView::setSelection(const QStringList &ids)
{
    if (ids == m_selection)
        return;
    m_selection = ids;
    const QSet<QString> set(ids.cbegin(), ids.cend());
    for (MapLayer *l : layers())
        l->setSelection(set);
    emit selectionChanged(ids);
}

void MapView::paintMap(QPainter &painter, const MapViewport &viewport, MapLayer::RenderMode mode, bool decorations)
{
    const QRectF area(QPointF(0, 0), viewport.size());
    painter.fillRect(area, m_background);
    QStringList sources;
    QList<MapLegend> legends;
    for (MapLayer *l : layers()) {
        if (!l->isVisible())
            continue;
        painter.save();
        painter.setOpacity(l->opacity());
        l->render(painter, viewport, mode);
        painter.restore();
        if (!l->attribution().isEmpty() && !sources.contains(l->attribution()))
            sources << l->attribution();
        if (const std::optional<MapLegend> legend = l->legend())
            legends << *legend;
    }
    if (!decorations)
        return;
    const QRectF scale = MapDecorations::paintScaleBar(painter, viewport, area);
    MapDecorations::paintNorthArrow(painter, area);
    MapDecorations::paintAttribution(painter, sources, area);
    if (m_legends)
        MapDecorations::paintLegends(painter, legends, area);
    if (m_cursor.isValid() && mode == MapLayer::RenderMode::Interactive) {
        const QString text = QStringLiteral("%1° %2, %3° %4")
                                 .arg(std::abs(m_cursor.latitude()), 0, 'f', 5)
                                 .arg(m_cursor.latitude() >= 0 ? tr("N") : tr("S"))
                                 .arg(std::abs(m_cursor.longitude()), 0, 'f', 5)
                                 .arg(m_cursor.longitude() >= 0 ? tr("E") : tr("W"));
        const QFontMetricsF fm(painter.font());
        const QRectF box(scale.left(), scale.top() - fm.height() - 8, fm.horizontalAdvance(text) + 10, fm.height() + 4);
        painter.fillRect(box, QColor(255, 255, 255, 200));
        painter.setPen(QColor(0x22, 0x22, 0x22));
        painter.drawText(box, Qt::AlignCenter, text);
    }
}

QImage MapView::renderImage(double scale)
{
    QImage image((QSizeF(size()) * scale).toSize(), QImage::Format_ARGB32_Premultiplied);
    QPainter painter(&image);
    painter.scale(scale, scale);
    paintMap(painter, m_viewport, MapLayer::RenderMode::Complete, true);
    return image;
}

void MapView::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    paintMap(painter, m_viewport, MapLayer::RenderMode::Interactive, true);
}

void MapView::resizeEvent(QResizeEvent *)
{
    m_viewport.setSize(size());
    const int x = width() - 40;
    m_zoomIn->move(x, 66);
    m_zoomOut->move(x, 98);
    m_homeButton->move(x, 134);
    if (!m_pendingFit.isNull())
        m_viewport.fit(m_pendingFit);
    viewportMoved();
}

std::optional<MapLayer::Hit> MapView::hitAt(QPointF pos) const
{
    const QList<MapLayer *> all = layers();
    for (auto it = all.crbegin(); it != all.crend(); ++it) {
        if (!(*it)->isVisible())
            continue;
        if (std::optional<MapLayer::Hit> hit = (*it)->hitTest(pos, m_viewport))
            return hit;
    }
    return std::nullopt;
}

void MapView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return;
    m_glide.stop();
    m_pendingFit = {};
    m_pressPos = m_lastPos = event->position();
    m_moved = false;
    m_velocity = {};
    m_moveClock.start();
    m_panning = !(event->modifiers() & Qt::ShiftModifier);
    if (!m_panning) {
        if (!m_band)
            m_band = new QRubberBand(QRubberBand::Rectangle, this);
        m_band->setGeometry(QRect(m_pressPos.toPoint(), QSize()));
        m_band->show();
    }
}

void MapView::mouseMoveEvent(QMouseEvent *event)
{
    const QPointF pos = event->position();
    m_cursor = m_viewport.toCoordinate(pos);
    emit cursorMoved(m_cursor);
    if (!(event->buttons() & Qt::LeftButton)) {
        const std::optional<MapLayer::Hit> hit = hitAt(pos);
        const QString id = hit ? hit->id : QString();
        if (hit)
            QToolTip::showText(event->globalPosition().toPoint(), hit->tooltip, this);
        else
            QToolTip::hideText();
        if (id != m_hovered) {
            m_hovered = id;
            emit featureHovered(id);
        }
        update(); // the coordinate readout
        return;
    }
    if (QLineF(pos, m_pressPos).length() > kClickSlop)
        m_moved = true;
    if (!m_panning) {
        m_band->setGeometry(QRectF(m_pressPos, pos).normalized().toRect());
        return;
    }
    const QPointF delta = pos - m_lastPos;
    const double ms = std::max<qint64>(1, m_moveClock.restart());
    m_velocity = 0.6 * m_velocity + 0.4 * delta / ms; // smoothed, for the glide
    m_lastPos = pos;
    m_viewport.panBy(delta);
    viewportMoved();
}

void MapView::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return;
    if (!m_panning && m_band) {
        m_band->hide();
        const QRectF r = QRectF(m_pressPos, event->position()).normalized();
        const QRectF metres = QRectF(m_viewport.toMetres(r.bottomLeft()), m_viewport.toMetres(r.topRight())).normalized();
        QStringList ids;
        for (MapLayer *l : layers()) {
            if (l->isVisible())
                ids << l->idsIn(metres);
        }
        ids.removeDuplicates();
        setSelection(ids);
        return;
    }
    if (!m_moved) {
        const std::optional<MapLayer::Hit> hit = hitAt(event->position());
        if (hit && !hit->zoomTo.isNull()) {
            fitTo(hit->zoomTo); // a cluster: show what it holds
        } else if (hit) {
            setSelection({hit->id});
            emit featureClicked(hit->id);
        } else {
            setSelection({});
        }
        return;
    }
    // A fling glides on; a drag that stopped before release does not.
    if (m_moveClock.elapsed() < 60 && QLineF(QPointF(), m_velocity).length() > 0.3)
        m_glide.start();
}

void MapView::glide()
{
    m_viewport.panBy(m_velocity * 16);
    const double speed = QLineF(QPointF(), m_velocity).length();
    const double next = std::max(0.0, speed - kFriction * 16);
    m_velocity = speed > 0 ? m_velocity * (next / speed) : QPointF();
    if (next < 0.05)
        m_glide.stop();
    viewportMoved();
}

void MapView::mouseDoubleClickEvent(QMouseEvent *event)
{
    zoomBy(event->modifiers() & Qt::ShiftModifier ? -1 : 1, event->position());
}

void MapView::wheelEvent(QWheelEvent *event)
{
    const double steps = event->angleDelta().y() / 120.0 * 0.5;
    if (steps != 0)
        zoomBy(steps, event->position());
    event->accept();
}

void MapView::keyPressEvent(QKeyEvent *event)
{
    m_pendingFit = {};
    const double step = std::min(width(), height()) / 5.0;
    switch (event->key()) {
    case Qt::Key_Left: m_viewport.panBy(QPointF(step, 0)); break;
    case Qt::Key_Right: m_viewport.panBy(QPointF(-step, 0)); break;
    case Qt::Key_Up: m_viewport.panBy(QPointF(0, step)); break;
    case Qt::Key_Down: m_viewport.panBy(QPointF(0, -step)); break;
    case Qt::Key_Plus:
    case Qt::Key_Equal: zoomBy(1); return;
    case Qt::Key_Minus: zoomBy(-1); return;
    case Qt::Key_Home: goHome(); return;
    default: QWidget::keyPressEvent(event); return;
    }
    viewportMoved();
}

void MapView::leaveEvent(QEvent *)
{
    m_cursor = QGeoCoordinate();
    if (!m_hovered.isEmpty()) {
        m_hovered.clear();
        emit featureHovered({});
    }
    update();
}

bool MapView::event(QEvent *event)
{
    if (event->type() == QEvent::Gesture) {
        gesture(static_cast<QGestureEvent *>(event));
        return true;
    }
    return QWidget::event(event);
}

void MapView::gesture(QGestureEvent *event)
{
    if (auto *pinch = static_cast<QPinchGesture *>(event->gesture(Qt::PinchGesture))) {
        if (pinch->changeFlags() & QPinchGesture::ScaleFactorChanged)
            zoomBy(std::log2(pinch->scaleFactor()), mapFromGlobal(pinch->centerPoint()));
        event->accept(pinch);
    }
}
