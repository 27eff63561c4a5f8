#pragma once

#include "core/core_export.h"

#include <QAtomicInt>
#include <QtGlobal>

#include <span>
#include <string_view>
#include <vector>

class QStringView;

// The packed storage of one entity's attributes (step 2 of the compact model, see
// docs/PERFORMANCE.md): one allocation holding every record, text, coordinate and sample,
// shared by the copies of an entity and never changed once written. Records refer to each other
// by index within their section; each record also knows its own offset from the body's start,
// so that a record alone (an Attribute, an AttributeGroup) finds its body. Texts are UTF-8.
namespace EntityBody {

enum class ValueType : quint8 { None, Null, Bool, Int, Double, Text, DateTime, Json, TextList };

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
    qint64 observedAt = 0;
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
    qint64 observedAt = 0;
    qint64 endAt = 0;
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

// Builds bodies, one entity after the other, reusing its buffers. Attributes are written where
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

    void enterSub(); // the current attribute's sub-attributes follow
    void leaveSub();

    Span text(std::string_view utf8);
    Span text(QStringView text);
    Span texts(std::span<const Span> entries); // a list of texts already written
    quint32 geometry(quint8 type, std::span<const double> xy, std::span<const qint32> ringEnds,
                     std::span<const qint32> partEnds);
    SampleRecord &sample(); // appended to the current attribute's samples (kept contiguous)

    // The body of everything written since the last finish(), its reference count at 1.
    Header *finish();
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
    Span flush(Level &level);

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

} // namespace EntityBody
