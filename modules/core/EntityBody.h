#pragma once

#include "core/core_export.h"

#include "core/Geometry.h"

#include <QAtomicInt>
#include <QJsonValue>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <QtGlobal>

#include <limits>
#include <span>
#include <string_view>
#include <vector>

// The packed storage of one entity's attributes (the compact model, see docs/PERFORMANCE.md):
// one allocation holding every record, text, coordinate and sample,
// shared by the copies of an entity and never changed once written. Records refer to each other
// by index within their section; each record also knows its own offset from the body's start,
// so that a record alone (an Attribute, an AttributeGroup) finds its body. Texts are UTF-8.
namespace EntityBody {

enum class ValueType : quint8 { None, Null, Bool, Int, Double, Text, DateTime, Json, TextList };

constexpr qint64 kNoTime = std::numeric_limits<qint64>::min(); // IsoTime::invalid

struct Span // a range of items (records, texts' bytes, list entries) within one section
{
    quint32 first = 0;
    quint32 size = 0;
};

union Scalar
{
    qint64 i;
    double d;
    Span text; // Text, Json: bytes; TextList: Span entries in the bytes section
};

struct AttributeRecord
{
    quint8 kind = 0;
    ValueType type = ValueType::None;
    quint16 flags = 0;
    quint32 self = 0;       // offset of this record from the body's start
    qint64 observedAt = kNoTime;
    Scalar value{0};
    quint32 unit = 0;       // NameTable id
    quint32 extra = 0;      // 1 + index of its ExtraRecord, 0 when it has none
};

struct GroupRecord
{
    quint32 name = 0;       // NameTable id
    quint32 first = 0;      // index of its first AttributeRecord
    quint32 count = 0;
    quint32 self = 0;
};

struct ExtraRecord // the rare parts of an attribute
{
    Span sub;               // GroupRecords
    Span dataset;           // bytes
    quint32 geometry = 0;   // 1 + byte offset of its GeometryRecord, 0 when none
    Span languages;         // Span pairs (tag, text) in the bytes section
    Span samples;           // SampleRecords
    Span objects;           // Span entries in the bytes section (several Relationship targets)
};

struct SampleRecord
{
    ValueType type = ValueType::None;
    quint8 reserved[3] = {};
    quint32 method = 0;     // NameTable id ("avg", "max"…), 0 for plain values
    Scalar value{0};
    qint64 observedAt = kNoTime;
    qint64 endAt = kNoTime;
};

struct GeometryRecord // followed by ring ends (rings > 1), part ends (parts > 1), then points
{
    quint8 type = 0;
    quint8 reserved[3] = {};
    quint32 points = 0;
    quint32 rings = 0;
    quint32 parts = 0;
};

struct Header
{
    QAtomicInt ref;
    quint32 size = 0;
    quint32 groups = 0, attributes = 0, extras = 0, samples = 0, bytes = 0; // section offsets
    Span top;               // the entity's own groups
};

static_assert(sizeof(AttributeRecord) == 32 && sizeof(GroupRecord) == 16 && sizeof(SampleRecord) == 32);

// Builds bodies, one entity after the other, reusing its buffers; throws std::length_error when
// one body would pass 2 GB (records address it with 32-bit offsets). Attributes are written where
// they are read: instances of one name at one level end up next to each other whatever order
// they come in, and sub-attributes are written between enterSub() and leaveSub().
class CITYDECK_CORE_EXPORT Writer
{
public:
    Writer();

    // A new instance of the attribute `name` at the current level; it is the current attribute
    // (of its level) until the next one. The reference is valid until the next call.
    AttributeRecord &attribute(quint32 name);
    AttributeRecord &current();
    ExtraRecord &extra(); // of the current attribute, created on first use
    ExtraRecord &extraOf(AttributeRecord &record);

    void enterSub(); // the current attribute's sub-attributes follow
    void leaveSub();

    Span text(std::string_view utf8);
    Span text(QStringView text);
    Span texts(std::span<const Span> entries); // a list of texts already written
    Span texts(const QStringList &items);
    // A Relationship's targets: one (the usual case) is the value, several go to the extra record.
    void setObjects(AttributeRecord &owner, const QStringList &targets);
    quint32 geometry(quint8 type, std::span<const double> xy, std::span<const qint32> ringEnds,
                     std::span<const qint32> partEnds);
    quint32 geometry(const Geometry &geometry);
    std::string_view bytes(Span s) const { return {m_bytes.data() + s.first, s.size}; } // written so far
    SampleRecord &sample() { return sample(current()); }
    // Appended to that attribute's samples (kept contiguous); `owner` is a record of this writer.
    SampleRecord &sample(AttributeRecord &owner);
    bool hasTop(quint32 name) const; // an attribute of that name was written at the top level
    // A value of the model (Attribute::value()) into a record's type and scalar.
    void value(ValueType &type, Scalar &value, const QVariant &variant);
    // Every instance of a group of another body, with all it refers to, at the current level.
    void copy(const Header *from, const GroupRecord &group);

    // Temporal payloads list one instance per observation: SameDataset turns the top-level
    // instances of a name that share a datasetId into the samples of one instance.
    enum class Merge { None, SameDataset };
    // The body of everything written since the last finish(), its reference count at 1.
    Header *finish(Merge merge = Merge::None);
    void clear();

private:
    struct Staged
    {
        quint32 group;
        AttributeRecord record;
    };
    struct Level
    {
        std::vector<quint32> names;
        std::vector<Staged> attributes;
    };
    Span flush(Level &level, Merge merge);
    void makeRoom(size_t more) const; // std::length_error past the offsets' range
    void mergeSameDataset(std::vector<Staged> &instances);
    Scalar copyValue(const Header *from, ValueType type, Scalar value);
    Span copyTexts(const Header *from, Span entries);
    void copyExtra(const Header *from, const ExtraRecord &source);

    std::vector<Level> m_levels;
    int m_depth = 0;
    std::vector<GroupRecord> m_groups;
    std::vector<AttributeRecord> m_attributes;
    std::vector<ExtraRecord> m_extras;
    std::vector<SampleRecord> m_samples;
    std::vector<char> m_bytes;
};

// The body a record lives in.
inline const Header *headerOf(const void *record, quint32 self)
{
    return reinterpret_cast<const Header *>(static_cast<const char *>(record) - self);
}
inline const char *section(const Header *h, quint32 offset)
{
    return reinterpret_cast<const char *>(h) + offset;
}
// A geometry's cut lists (empty for a single ring or part) and its points (x, y pairs).
inline std::span<const qint32> ringEndsOf(const GeometryRecord *g)
{
    return {reinterpret_cast<const qint32 *>(g + 1), g->rings > 1 ? g->rings : 0};
}
inline std::span<const qint32> partEndsOf(const GeometryRecord *g)
{
    return {reinterpret_cast<const qint32 *>(g + 1) + (g->rings > 1 ? g->rings : 0), g->parts > 1 ? g->parts : 0};
}
inline size_t pointsOffset(size_t cuts)
{
    return (sizeof(GeometryRecord) + cuts * sizeof(qint32) + 7) & ~size_t(7);
}
inline std::span<const double> pointsOf(const GeometryRecord *g)
{
    const size_t cuts = ringEndsOf(g).size() + partEndsOf(g).size();
    return {reinterpret_cast<const double *>(reinterpret_cast<const char *>(g) + pointsOffset(cuts)), size_t(g->points) * 2};
}

void CITYDECK_CORE_EXPORT release(Header *body);

// Reading a body's sections.
inline const GroupRecord *groups(const Header *h)
{
    return reinterpret_cast<const GroupRecord *>(section(h, h->groups));
}
inline const AttributeRecord *attributes(const Header *h)
{
    return reinterpret_cast<const AttributeRecord *>(section(h, h->attributes));
}
inline const ExtraRecord *extraOf(const Header *h, const AttributeRecord &a)
{
    return a.extra ? reinterpret_cast<const ExtraRecord *>(section(h, h->extras)) + (a.extra - 1) : nullptr;
}
inline const SampleRecord *samples(const Header *h)
{
    return reinterpret_cast<const SampleRecord *>(section(h, h->samples));
}
inline std::string_view bytes(const Header *h, Span s)
{
    return {section(h, h->bytes) + s.first, s.size};
}
inline std::span<const Span> entries(const Header *h, Span list) // texts(), language pairs
{
    return {reinterpret_cast<const Span *>(section(h, h->bytes) + list.first), list.size};
}
inline const GeometryRecord *geometryAt(const Header *h, quint32 at) // ExtraRecord::geometry
{
    return at ? reinterpret_cast<const GeometryRecord *>(section(h, h->bytes) + at - 1) : nullptr;
}
inline QString text(const Header *h, Span s)
{
    const std::string_view b = bytes(h, s);
    return QString::fromUtf8(b.data(), qsizetype(b.size()));
}
// A record's value as the model hands it out (see Attribute::value()).
QVariant CITYDECK_CORE_EXPORT toVariant(const Header *h, ValueType type, const Scalar &value);
// Raw JSON text (an object, an array or a scalar, as a Json value holds it) parsed.
QJsonValue CITYDECK_CORE_EXPORT parseJson(std::string_view raw);

} // namespace EntityBody
