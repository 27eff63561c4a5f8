#include "MemoryBackend.h"

#include "core/EntityDraft.h"

#include "core/IsoTime.h"

void MemoryBackend::add(const QString &id, const QString &type, const QString &attribute, qint64 observedAt,
                        const QVariant &value, const QString &unitCode)
{
    Item &item = m_items[id];
    item.type = type;
    item.series[attribute].unit = unitCode;
    item.series[attribute].values.insert(observedAt, value);
}

void MemoryBackend::addStatic(const QString &id, const QString &type, const QString &attribute, const QVariant &value)
{
    Item &item = m_items[id];
    item.type = type;
    item.statics.insert(attribute, value);
}

void MemoryBackend::setLocation(const QString &id, const QString &type, const Geometry &geometry)
{
    Item &item = m_items[id];
    item.type = type;
    item.location = geometry;
}

std::vector<Entity> MemoryBackend::stateAt(qint64 t, const QStringList &types, const QStringList &ids)
{
    ++calls;
    std::vector<Entity> out;
    for (auto it = m_items.cbegin(); it != m_items.cend(); ++it) {
        if ((!types.isEmpty() && !types.contains(it->type)) || (!ids.isEmpty() && !ids.contains(it.key())))
            continue;
        EntityDraft e;
        e.id = it.key();
        e.types << it->type;
        for (auto s = it->statics.cbegin(); s != it->statics.cend(); ++s) {
            AttributeDraft a;
            a.value = s.value();
            e.add(s.key(), a);
        }
        if (it->location.isValid()) {
            AttributeDraft a;
            a.kind = Attribute::Kind::GeoProperty;
            a.geometry = it->location;
            e.add(QStringLiteral("location"), a);
        }
        for (auto s = it->series.cbegin(); s != it->series.cend(); ++s) {
            auto latest = s->values.upperBound(t);
            if (latest == s->values.cbegin())
                continue;
            --latest;
            AttributeDraft a;
            a.value = latest.value();
            a.observedAt = latest.key();
            a.unitCode = s->unit;
            e.add(s.key(), a);
        }
        if (!e.attributes.empty())
            out.push_back(std::move(e).toEntity());
    }
    return out;
}

QList<TemporalSample> MemoryBackend::series(const QString &entityId, const QString &attribute, qint64 from, qint64 to,
                                            const QString &)
{
    QList<TemporalSample> out;
    const Series s = m_items.value(entityId).series.value(attribute);
    for (auto it = s.values.lowerBound(from); it != s.values.cend() && it.key() <= to; ++it)
        out << TemporalSample{it.value(), it.key(), IsoTime::invalid, QString()};
    return out;
}

std::pair<qint64, qint64> MemoryBackend::timeRange()
{
    qint64 low = IsoTime::invalid, high = IsoTime::invalid;
    for (const Item &item : std::as_const(m_items)) {
        for (const Series &s : item.series) {
            if (s.values.isEmpty())
                continue;
            low = low == IsoTime::invalid ? s.values.firstKey() : qMin(low, s.values.firstKey());
            high = high == IsoTime::invalid ? s.values.lastKey() : qMax(high, s.values.lastKey());
        }
    }
    return {low, high};
}

QStringList MemoryBackend::types()
{
    QStringList out;
    for (const Item &item : std::as_const(m_items)) {
        if (!out.contains(item.type))
            out << item.type;
    }
    out.sort();
    return out;
}
