// EntityBody::Writer: values of the model, copies from other bodies and the merge of temporal
// instances (the record layout itself is in EntityBody.cpp).

#include "core/EntityBody.h"

#include "core/IsoTime.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QStringList>

#include <algorithm>
#include <cstring>

namespace EntityBody {

namespace {
QByteArray compactJson(const QJsonValue &json)
{
    if (json.isObject())
        return QJsonDocument(json.toObject()).toJson(QJsonDocument::Compact);
    if (json.isArray())
        return QJsonDocument(json.toArray()).toJson(QJsonDocument::Compact);
    // A scalar has no document of its own: written as a one-item list, without the brackets.
    const QByteArray wrapped = QJsonDocument(QJsonArray{json}).toJson(QJsonDocument::Compact);
    return wrapped.mid(1, wrapped.size() - 2);
}
} // namespace

void Writer::value(ValueType &type, Scalar &value, const QVariant &variant)
{
    value.i = 0;
    switch (variant.typeId()) {
    case QMetaType::UnknownType:
        type = ValueType::None;
        return;
    case QMetaType::Nullptr:
        type = ValueType::Null;
        return;
    case QMetaType::Bool:
        type = ValueType::Bool;
        value.i = variant.toBool();
        return;
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::Short:
    case QMetaType::UShort:
        type = ValueType::Int;
        value.i = variant.toLongLong();
        return;
    case QMetaType::Double:
    case QMetaType::Float:
    case QMetaType::ULongLong:
        type = ValueType::Double;
        value.d = variant.toDouble();
        return;
    case QMetaType::QString:
        type = ValueType::Text;
        value.text = text(QStringView(variant.toString()));
        return;
    case QMetaType::QDateTime:
        type = ValueType::DateTime;
        value.i = IsoTime::fromDateTime(variant.toDateTime());
        return;
    case QMetaType::QStringList:
        type = ValueType::TextList;
        value.text = texts(variant.toStringList());
        return;
    default:
        break;
    }
    const QJsonValue json = variant.userType() == qMetaTypeId<QJsonValue>() ? variant.value<QJsonValue>()
                                                                           : QJsonValue::fromVariant(variant);
    const QByteArray raw = compactJson(json);
    type = ValueType::Json;
    value.text = text(std::string_view(raw.constData(), size_t(raw.size())));
}

QVariant toVariant(const Header *h, ValueType type, const Scalar &value)
{
    switch (type) {
    case ValueType::None:
        return {};
    case ValueType::Null:
        return QVariant::fromValue(nullptr);
    case ValueType::Bool:
        return bool(value.i);
    case ValueType::Int:
        return value.i;
    case ValueType::Double:
        return value.d;
    case ValueType::Text:
        return text(h, value.text);
    case ValueType::DateTime:
        return IsoTime::toDateTime(value.i);
    case ValueType::Json:
        return QVariant::fromValue(parseJson(bytes(h, value.text)));
    case ValueType::TextList: {
        QStringList list;
        for (const Span &s : entries(h, value.text))
            list << text(h, s);
        return list;
    }
    }
    return {};
}

QJsonValue parseJson(std::string_view raw)
{
    // Wrapped so that arrays, objects and scalars all come back through one QJsonDocument call.
    QByteArray wrapped;
    wrapped.reserve(qsizetype(raw.size()) + 2);
    wrapped.append('[').append(raw.data(), qsizetype(raw.size())).append(']');
    return QJsonDocument::fromJson(wrapped).array().first();
}

Span Writer::texts(const QStringList &items)
{
    std::vector<Span> spans;
    spans.reserve(size_t(items.size()));
    for (const QString &s : items)
        spans.push_back(text(QStringView(s)));
    return texts(spans);
}

void Writer::setObjects(AttributeRecord &owner, const QStringList &targets)
{
    owner.type = ValueType::None;
    owner.value.i = 0;
    if (targets.size() == 1) {
        owner.type = ValueType::Text;
        owner.value.text = text(QStringView(targets.first()));
    } else if (targets.size() > 1) {
        const Span list = texts(targets);
        extraOf(owner).objects = list;
    }
}

quint32 Writer::geometry(const Geometry &g)
{
    // Geometry's flat form: its points and, when there are several, where rings and parts end.
    std::vector<double> xy;
    xy.reserve(size_t(g.pointCount()) * 2);
    for (const QPointF &p : g.points()) {
        xy.push_back(p.x());
        xy.push_back(p.y());
    }
    std::vector<qint32> ringEnds, partEnds;
    if (g.ringCount() > 1) {
        for (int r = 0; r < g.ringCount(); ++r) {
            const std::span<const QPointF> ring = g.ring(r);
            ringEnds.push_back(qint32(ring.data() + ring.size() - g.points().constData()));
        }
    }
    if (g.partCount() > 1) {
        for (int p = 0; p < g.partCount(); ++p)
            partEnds.push_back(qint32(g.partEnd(p)));
    }
    return geometry(quint8(g.type()), xy, ringEnds, partEnds);
}

Scalar Writer::copyValue(const Header *from, ValueType type, Scalar value)
{
    if (type == ValueType::Text || type == ValueType::Json)
        value.text = text(EntityBody::bytes(from, value.text));
    else if (type == ValueType::TextList)
        value.text = copyTexts(from, value.text);
    return value;
}

Span Writer::copyTexts(const Header *from, Span list)
{
    std::vector<Span> items;
    items.reserve(list.size);
    for (const Span &s : entries(from, list))
        items.push_back(text(EntityBody::bytes(from, s)));
    return texts(items);
}

void Writer::copy(const Header *from, const GroupRecord &group)
{
    const AttributeRecord *records = attributes(from) + group.first;
    for (quint32 i = 0; i < group.count; ++i) {
        const AttributeRecord &source = records[i];
        const Scalar value = copyValue(from, source.type, source.value);
        AttributeRecord &r = attribute(group.name);
        r = source;
        r.self = 0;
        r.extra = 0;
        r.value = value;
        if (const ExtraRecord *e = EntityBody::extraOf(from, source))
            copyExtra(from, *e);
    }
}

void Writer::copyExtra(const Header *from, const ExtraRecord &source)
{
    // Each part is written before extra() is asked for: writing may grow the extras.
    if (source.dataset.size > 0) {
        const Span dataset = text(EntityBody::bytes(from, source.dataset));
        extra().dataset = dataset;
    }
    if (const GeometryRecord *g = geometryAt(from, source.geometry)) {
        const quint32 at = geometry(g->type, pointsOf(g), ringEndsOf(g), partEndsOf(g));
        extra().geometry = at;
    }
    if (source.languages.size > 0) {
        const Span languages = copyTexts(from, source.languages);
        extra().languages = languages;
    }
    if (source.objects.size > 0) {
        const Span objects = copyTexts(from, source.objects);
        extra().objects = objects;
    }
    for (quint32 i = 0; i < source.samples.size; ++i) {
        SampleRecord s = samples(from)[source.samples.first + i];
        s.value = copyValue(from, s.type, s.value);
        sample() = s;
    }
    if (source.sub.size > 0) {
        enterSub();
        for (quint32 i = 0; i < source.sub.size; ++i)
            copy(from, groups(from)[source.sub.first + i]);
        leaveSub();
    }
}

void Writer::mergeSameDataset(std::vector<Staged> &staged)
{
    const auto datasetOf = [this](const AttributeRecord &r) {
        const Span d = r.extra ? m_extras[r.extra - 1].dataset : Span();
        return std::string_view(m_bytes.data() + d.first, d.size);
    };
    // An instance's samples, or its own value as one sample (a Relationship's target is its value).
    const auto samplesOf = [this](const AttributeRecord &r, std::vector<SampleRecord> &into) {
        const ExtraRecord *e = r.extra ? &m_extras[r.extra - 1] : nullptr;
        if (e && e->samples.size > 0) {
            const auto first = m_samples.begin() + e->samples.first;
            into.insert(into.end(), first, first + e->samples.size);
            return;
        }
        SampleRecord s;
        s.type = r.type;
        s.value = r.value;
        s.observedAt = r.observedAt;
        s.endAt = IsoTime::invalid;
        if (s.type == ValueType::None && e && e->objects.size > 0) {
            s.type = ValueType::Text;
            std::memcpy(&s.value.text, m_bytes.data() + e->objects.first, sizeof(Span));
        }
        into.push_back(s);
    };
    std::vector<Staged> out;
    out.reserve(staged.size());
    std::vector<std::vector<SampleRecord>> runs; // per kept instance; empty while it merged nothing
    for (const Staged &s : staged) {
        size_t same = 0;
        while (same < out.size()
               && (out[same].group != s.group || datasetOf(out[same].record) != datasetOf(s.record)))
            ++same;
        if (same == out.size()) {
            out.push_back(s);
            runs.emplace_back();
            continue;
        }
        std::vector<SampleRecord> &held = runs[same];
        if (held.empty())
            samplesOf(out[same].record, held);
        std::vector<SampleRecord> added;
        samplesOf(s.record, added);
        for (const SampleRecord &x : added) {
            const bool known = x.observedAt != IsoTime::invalid
                && std::any_of(held.cbegin(), held.cend(), [&x](const SampleRecord &y) {
                       return y.observedAt == x.observedAt && y.endAt == x.endAt && y.method == x.method;
                   });
            if (!known)
                held.push_back(x);
        }
    }
    for (size_t i = 0; i < out.size(); ++i) {
        if (runs[i].empty())
            continue;
        AttributeRecord &r = out[i].record;
        extraOf(r).samples = {quint32(m_samples.size()), quint32(runs[i].size())};
        m_samples.insert(m_samples.end(), runs[i].cbegin(), runs[i].cend());
        // The instance keeps the latest value as its current value.
        const SampleRecord &latest = *std::max_element(runs[i].cbegin(), runs[i].cend(),
                                                       [](const SampleRecord &x, const SampleRecord &y) {
                                                           return x.observedAt < y.observedAt;
                                                       });
        r.type = latest.type;
        r.value = latest.value;
        r.observedAt = latest.observedAt;
    }
    staged = std::move(out);
}

} // namespace EntityBody
