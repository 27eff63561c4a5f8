#include "core/EntityBody.h"

#include <QString>

#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <limits>
#include <new>
#include <stdexcept>

namespace EntityBody {

namespace {
quint32 align8(size_t n)
{
    return quint32((n + 7) & ~size_t(7));
}

template <typename T>
void copySection(char *body, quint32 offset, const std::vector<T> &items)
{
    if (!items.empty())
        std::memcpy(body + offset, items.data(), items.size() * sizeof(T));
}
} // namespace

Writer::Writer()
    : m_levels(1)
{
}

AttributeRecord &Writer::attribute(quint32 name)
{
    Level &level = m_levels[size_t(m_depth)];
    quint32 group = 0;
    while (group < level.names.size() && level.names[group] != name)
        ++group;
    if (group == level.names.size())
        level.names.push_back(name);
    return level.attributes.emplace_back(Staged{group, AttributeRecord{}}).record;
}

AttributeRecord &Writer::current()
{
    return m_levels[size_t(m_depth)].attributes.back().record;
}

ExtraRecord &Writer::extra()
{
    return extraOf(current());
}

ExtraRecord &Writer::extraOf(AttributeRecord &a)
{
    if (a.extra == 0) {
        m_extras.emplace_back();
        a.extra = quint32(m_extras.size());
    }
    return m_extras[a.extra - 1];
}

void Writer::enterSub()
{
    ++m_depth;
    if (size_t(m_depth) == m_levels.size())
        m_levels.emplace_back();
}

void Writer::leaveSub()
{
    const Span sub = flush(m_levels[size_t(m_depth)], Merge::None);
    --m_depth;
    if (sub.size > 0)
        extra().sub = sub;
}

Span Writer::flush(Level &level, Merge merge)
{
    if (merge == Merge::SameDataset && level.attributes.size() > level.names.size())
        mergeSameDataset(level.attributes);
    // Each name's instances one after the other, names in first-seen order.
    Span groups{quint32(m_groups.size()), 0};
    if (level.attributes.size() == level.names.size()) {
        // One instance a name (the usual entity): the staged order is the group order.
        for (const Staged &s : level.attributes) {
            m_groups.push_back(GroupRecord{level.names[s.group],
                                           quint32(m_attributes.size()), 1, 0});
            m_attributes.push_back(s.record);
        }
        level.names.clear();
        level.attributes.clear();
        return {groups.first, quint32(m_groups.size()) - groups.first};
    }
    for (quint32 g = 0; g < level.names.size(); ++g) {
        GroupRecord group;
        group.name = level.names[g];
        group.first = quint32(m_attributes.size());
        for (const Staged &s : level.attributes) {
            if (s.group == g)
                m_attributes.push_back(s.record);
        }
        group.count = quint32(m_attributes.size()) - group.first;
        m_groups.push_back(group);
    }
    groups.size = quint32(m_groups.size()) - groups.first;
    level.names.clear();
    level.attributes.clear();
    return groups;
}

bool Writer::hasTop(quint32 name) const
{
    const std::vector<quint32> &names = m_levels[0].names;
    return std::find(names.cbegin(), names.cend(), name) != names.cend();
}

void Writer::makeRoom(size_t more) const
{
    // Offsets are 32-bit: a body stays under 4 GB (a payload that big is refused long before).
    if (m_bytes.size() + more + 4096 > std::numeric_limits<quint32>::max() / 2)
        throw std::length_error("entity body over 2 GB");
}

Span Writer::text(std::string_view utf8)
{
    makeRoom(utf8.size());
    const Span s{quint32(m_bytes.size()), quint32(utf8.size())};
    m_bytes.insert(m_bytes.end(), utf8.begin(), utf8.end());
    return s;
}

Span Writer::text(QStringView text)
{
    const QByteArray utf8 = text.toUtf8();
    return this->text(std::string_view(utf8.constData(), size_t(utf8.size())));
}

Span Writer::texts(std::span<const Span> entries)
{
    makeRoom(entries.size_bytes());
    m_bytes.resize(align8(m_bytes.size()));
    const Span s{quint32(m_bytes.size()), quint32(entries.size())};
    const char *raw = reinterpret_cast<const char *>(entries.data());
    m_bytes.insert(m_bytes.end(), raw, raw + entries.size_bytes());
    return s;
}

quint32 Writer::geometry(quint8 type, std::span<const double> xy, std::span<const qint32> ringEnds,
                         std::span<const qint32> partEnds)
{
    makeRoom(xy.size_bytes() + (ringEnds.size() + partEnds.size()) * sizeof(qint32));
    m_bytes.resize(align8(m_bytes.size()));
    const quint32 at = quint32(m_bytes.size());
    GeometryRecord g;
    g.type = type;
    g.points = quint32(xy.size() / 2);
    g.rings = quint32(std::max<size_t>(ringEnds.size(), 1));
    g.parts = quint32(std::max<size_t>(partEnds.size(), 1));
    const size_t cuts = (ringEnds.size() > 1 ? ringEnds.size() : 0) + (partEnds.size() > 1 ? partEnds.size() : 0);
    const size_t pointsAt = pointsOffset(cuts);
    m_bytes.resize(at + pointsAt + xy.size_bytes());
    char *out = m_bytes.data() + at;
    std::memcpy(out, &g, sizeof g);
    char *cut = out + sizeof g;
    if (ringEnds.size() > 1) {
        std::memcpy(cut, ringEnds.data(), ringEnds.size_bytes());
        cut += ringEnds.size_bytes();
    }
    if (partEnds.size() > 1)
        std::memcpy(cut, partEnds.data(), partEnds.size_bytes());
    if (!xy.empty())
        std::memcpy(out + pointsAt, xy.data(), xy.size_bytes());
    return at + 1;
}

SampleRecord &Writer::sample(AttributeRecord &owner)
{
    ExtraRecord &e = extraOf(owner);
    if (e.samples.size == 0) {
        e.samples.first = quint32(m_samples.size());
    } else if (e.samples.first + e.samples.size != m_samples.size()) {
        // Another attribute's samples came in between (a sub-attribute's): move ours last.
        const quint32 first = quint32(m_samples.size());
        for (quint32 i = 0; i < e.samples.size; ++i)
            m_samples.push_back(m_samples[e.samples.first + i]);
        e.samples.first = first;
    }
    ++e.samples.size;
    return m_samples.emplace_back();
}

Header *Writer::finish(Merge merge)
{
    while (m_depth > 0)
        leaveSub();
    const Span top = flush(m_levels[0], merge);
    Header h;
    h.groups = align8(sizeof(Header));
    h.attributes = h.groups + quint32(m_groups.size() * sizeof(GroupRecord));
    h.extras = h.attributes + quint32(m_attributes.size() * sizeof(AttributeRecord));
    h.samples = align8(h.extras + m_extras.size() * sizeof(ExtraRecord));
    h.bytes = h.samples + quint32(m_samples.size() * sizeof(SampleRecord));
    h.size = h.bytes + quint32(m_bytes.size());
    h.top = top;
    for (size_t i = 0; i < m_groups.size(); ++i)
        m_groups[i].self = h.groups + quint32(i * sizeof(GroupRecord));
    for (size_t i = 0; i < m_attributes.size(); ++i)
        m_attributes[i].self = h.attributes + quint32(i * sizeof(AttributeRecord));
    char *body = static_cast<char *>(std::malloc(h.size));
    if (!body)
        throw std::bad_alloc();
    Header *out = new (body) Header;
    out->ref.storeRelaxed(1);
    out->size = h.size;
    out->groups = h.groups;
    out->attributes = h.attributes;
    out->extras = h.extras;
    out->samples = h.samples;
    out->bytes = h.bytes;
    out->top = h.top;
    copySection(body, h.groups, m_groups);
    copySection(body, h.attributes, m_attributes);
    copySection(body, h.extras, m_extras);
    copySection(body, h.samples, m_samples);
    copySection(body, h.bytes, m_bytes);
    clear();
    return out;
}

void Writer::clear()
{
    for (Level &level : m_levels) {
        level.names.clear();
        level.attributes.clear();
    }
    m_depth = 0;
    m_groups.clear();
    m_attributes.clear();
    m_extras.clear();
    m_samples.clear();
    m_bytes.clear();
}

void release(Header *body)
{
    if (body && !body->ref.deref()) {
        body->~Header();
        std::free(body);
    }
}

} // namespace EntityBody
