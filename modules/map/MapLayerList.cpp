#include "map/MapLayerList.h"

#include "map/MapLayer.h"
#include "map/MapView.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QSlider>
#include <QToolButton>
#include <QVBoxLayout>

MapLayerList::MapLayerList(MapView *view, QWidget *parent)
    : QWidget(parent)
    , m_view(view)
{
    m_list = new QListWidget(this);
    m_list->setToolTip(tr("Tick to show a layer; the top one is drawn over the others"));
    m_opacity = new QSlider(Qt::Horizontal, this);
    m_opacity->setRange(0, 100);
    m_opacity->setToolTip(tr("Opacity of the selected layer"));
    m_zoom = new QToolButton(this);
    m_zoom->setText(tr("Zoom to layer"));
    m_remove = new QToolButton(this);
    m_remove->setText(tr("Remove"));
    auto *row = new QHBoxLayout;
    row->addWidget(new QLabel(tr("Opacity"), this));
    row->addWidget(m_opacity, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_zoom);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_list, 1);
    layout->addLayout(row);
    layout->addLayout(buttons);

    connect(m_list, &QListWidget::itemChanged, this, [this](QListWidgetItem *item) {
        if (auto *layer = item->data(Qt::UserRole).value<MapLayer *>())
            layer->setVisible(item->checkState() == Qt::Checked);
    });
    connect(m_list, &QListWidget::currentRowChanged, this, &MapLayerList::selected);
    connect(m_opacity, &QSlider::valueChanged, this, [this](int v) {
        if (MapLayer *layer = currentLayer())
            layer->setOpacity(v / 100.0);
    });
    connect(m_zoom, &QToolButton::clicked, this, [this] { m_view->fitToLayer(currentLayer()); });
    connect(m_remove, &QToolButton::clicked, this, [this] {
        if (MapLayer *layer = currentLayer())
            emit removeRequested(layer);
    });
    refresh();
}

MapLayer *MapLayerList::currentLayer() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item ? item->data(Qt::UserRole).value<MapLayer *>() : nullptr;
}

void MapLayerList::refresh()
{
    const QSignalBlocker block(m_list);
    m_list->clear();
    const QList<MapLayer *> layers = m_view->layers();
    for (auto it = layers.crbegin(); it != layers.crend(); ++it) {
        auto *item = new QListWidgetItem((*it)->name(), m_list);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState((*it)->isVisible() ? Qt::Checked : Qt::Unchecked);
        item->setData(Qt::UserRole, QVariant::fromValue(*it));
    }
    selected();
}

void MapLayerList::selected()
{
    MapLayer *layer = currentLayer();
    m_opacity->setEnabled(layer);
    m_zoom->setEnabled(layer && !layer->extent().isNull());
    m_remove->setEnabled(layer);
    const QSignalBlocker block(m_opacity);
    m_opacity->setValue(layer ? int(layer->opacity() * 100) : 100);
}
