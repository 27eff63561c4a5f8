#include "sdk/EntityStateModel.h"

#include "core/IsoTime.h"
#include "core/TimeCursor.h"
#include "core/UnitFormatter.h"
#include "sdk/DashboardContext.h"
#include "sdk/EntityStore.h"

#include <QFont>
#include <QGuiApplication>
#include <QLocale>
#include <QPalette>
#include <QTimer>

EntityStateModel::EntityStateModel(DashboardContext *context, QObject *parent)
    : QAbstractTableModel(parent)
    , m_context(context)
    , m_coalesce(new QTimer(this))
    , m_asOf(IsoTime::invalid)
{
    // Live batches can arrive many times a second: one re-read for a burst of them.
    m_coalesce->setSingleShot(true);
    m_coalesce->setInterval(200);
    connect(m_coalesce, &QTimer::timeout, this, &EntityStateModel::refresh);
    connect(context->timeCursor(), &TimeCursor::timeChanged, this, &EntityStateModel::scheduleRefresh);
    connect(context->store(), &EntityStore::reset, this, &EntityStateModel::scheduleRefresh);
    connect(context->store(), &EntityStore::stored, this, [this] {
        if (isLive())
            scheduleRefresh();
    });
    connect(context, &DashboardContext::staleAfterChanged, this, &EntityStateModel::scheduleRefresh);
    connect(context->units(), &UnitFormatter::systemChanged, this, [this] {
        if (!m_entities.empty())
            emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
    });
}

void EntityStateModel::setTypes(const QStringList &types)
{
    m_types = types;
    refresh();
}

void EntityStateModel::setAttributes(const QStringList &attributes)
{
    beginResetModel();
    m_attributes = attributes;
    endResetModel();
}

void EntityStateModel::setStaleAfterMs(qint64 ms)
{
    m_staleAfterMs = qMax<qint64>(0, ms);
    refresh();
}

qint64 EntityStateModel::staleAfterMs() const
{
    return m_staleAfterMs > 0 ? m_staleAfterMs : m_context->staleAfterMs();
}

bool EntityStateModel::isLive() const
{
    return m_context->timeCursor()->isLive();
}

int EntityStateModel::rowOf(const QString &entityId) const
{
    for (size_t i = 0; i < m_entities.size(); ++i) {
        if (m_entities[i].id == entityId)
            return int(i);
    }
    return -1;
}

void EntityStateModel::scheduleRefresh()
{
    m_coalesce->start();
}

void EntityStateModel::refresh()
{
    m_coalesce->stop();
    m_time = IsoTime::fromDateTime(m_context->timeCursor()->time());
    std::vector<Entity> entities = m_context->store()->stateAt(m_time, m_types);
    // Same rows as before: update in place so that views keep their selection and scroll.
    bool sameRows = entities.size() == m_entities.size();
    for (size_t i = 0; sameRows && i < entities.size(); ++i)
        sameRows = entities[i].id == m_entities[i].id;
    if (!sameRows)
        beginResetModel();
    m_entities = std::move(entities);
    m_lastObserved.assign(m_entities.size(), IsoTime::invalid);
    m_asOf = IsoTime::invalid;
    m_staleCount = 0;
    const qint64 staleAfter = staleAfterMs();
    for (size_t i = 0; i < m_entities.size(); ++i) {
        const qint64 last = EntityStore::lastObserved(m_entities[i]);
        m_lastObserved[i] = last;
        if (last != IsoTime::invalid && (m_asOf == IsoTime::invalid || last > m_asOf))
            m_asOf = last;
        if (EntityStore::isStale(last, m_time, staleAfter))
            ++m_staleCount;
    }
    if (!sameRows)
        endResetModel();
    else if (!m_entities.empty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
    emit refreshed();
}

int EntityStateModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entities.size());
}

int EntityStateModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : FixedColumnCount + int(m_attributes.size());
}

QVariant EntityStateModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const Entity &e = m_entities[size_t(index.row())];
    const qint64 last = m_lastObserved[size_t(index.row())];
    const bool stale = EntityStore::isStale(last, m_time, staleAfterMs());
    switch (role) {
    case EntityIdRole:
        return e.id;
    case StaleRole:
        return stale;
    case LastObservedRole:
        return last;
    case Qt::FontRole:
        if (stale) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    case Qt::ForegroundRole:
        return stale ? QVariant(QGuiApplication::palette().color(QPalette::Disabled, QPalette::Text)) : QVariant();
    case Qt::ToolTipRole:
        if (stale)
            return tr("No value for %1 min before the time shown").arg((m_time - last) / 60000);
        return {};
    case Qt::DisplayRole:
    case SortRole:
        break;
    default:
        return {};
    }
    const int column = index.column();
    switch (column) {
    case EntityColumn:
        return e.id;
    case TypeColumn:
        return e.type();
    case LastObservedColumn:
        if (last == IsoTime::invalid)
            return role == SortRole ? QVariant(qint64(0)) : QVariant(tr("—"));
        return role == SortRole ? QVariant(last)
                                : QVariant(QLocale().toString(IsoTime::toDateTime(last).toLocalTime(), QLocale::ShortFormat));
    case StatusColumn:
        return last == IsoTime::invalid ? tr("static") : stale ? tr("stale") : tr("current");
    default:
        break;
    }
    const Attribute *a = e.attribute(m_attributes.value(column - FixedColumnCount));
    if (!a)
        return {};
    if (role == SortRole) {
        bool isNumber = false;
        const double n = a->toNumber(&isNumber);
        return isNumber ? QVariant(n) : QVariant(a->value().toString());
    }
    return m_context->units()->attributeText(*a);
}

QVariant EntityStateModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case EntityColumn:
        return tr("Entity");
    case TypeColumn:
        return tr("Type");
    case LastObservedColumn:
        return tr("Newest value");
    case StatusColumn:
        return tr("Status");
    default:
        return m_attributes.value(section - FixedColumnCount);
    }
}
