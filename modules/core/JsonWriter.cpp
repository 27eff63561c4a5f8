#include "core/JsonWriter.h"

#include "core/EntityJson.h"
#include "core/Geometry.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <charconv>
#include <cmath>

void JsonWriter::string(QByteArray &out, QStringView text)
{
    out += '"';
    // Most names and values are ASCII: written as they are, without a UTF-8 copy.
    bool ascii = true;
    for (const QChar c : text) {
        if (c.unicode() >= 0x80 || c.unicode() < 0x20 || c == u'"' || c == u'\\') {
            ascii = false;
            break;
        }
    }
    if (ascii) {
        const qsizetype at = out.size();
        out.resize(at + text.size());
        char *to = out.data() + at;
        for (const QChar c : text)
            *to++ = char(c.unicode());
        out += '"';
        return;
    }
    const QByteArray utf8 = text.toUtf8();
    for (const char c : utf8) {
        switch (c) {
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        case '\n': out += "\\n"; break;
        case '\r': out += "\\r"; break;
        case '\t': out += "\\t"; break;
        default:
            if (static_cast<unsigned char>(c) < 0x20) {
                char escape[8];
                std::snprintf(escape, sizeof escape, "\\u%04x", c);
                out += escape;
            } else {
                out += c;
            }
        }
    }
    out += '"';
}

void JsonWriter::number(QByteArray &out, double value)
{
    if (!std::isfinite(value)) {
        out += "null"; // JSON has no NaN or infinity
        return;
    }
    char buffer[32];
    const auto end = std::to_chars(buffer, buffer + sizeof buffer, value).ptr; // shortest round-trip form
    out.append(buffer, end - buffer);
}

void JsonWriter::value(QByteArray &out, const QVariant &v)
{
    switch (v.typeId()) {
    case QMetaType::UnknownType:
    case QMetaType::Nullptr:
        out += "null";
        return;
    case QMetaType::Bool:
        out += v.toBool() ? "true" : "false";
        return;
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
        out += QByteArray::number(v.toLongLong());
        return;
    case QMetaType::Double:
    case QMetaType::Float:
        number(out, v.toDouble());
        return;
    case QMetaType::QString:
        string(out, v.toString());
        return;
    case QMetaType::QDateTime:
        string(out, IsoTime::format(v.toDateTime()));
        return;
    case QMetaType::QStringList: {
        out += '[';
        bool first = true;
        for (const QString &s : v.toStringList()) {
            if (!first)
                out += ',';
            first = false;
            string(out, s);
        }
        out += ']';
        return;
    }
    default:
        break;
    }
    // Structured values (JSON objects and arrays) are rare: Qt writes them.
    const QJsonValue json = EntityJson::valueToJson(v);
    if (json.isObject())
        out += QJsonDocument(json.toObject()).toJson(QJsonDocument::Compact);
    else if (json.isArray())
        out += QJsonDocument(json.toArray()).toJson(QJsonDocument::Compact);
    else if (json.isDouble())
        number(out, json.toDouble());
    else if (json.isBool())
        out += json.toBool() ? "true" : "false";
    else if (json.isString())
        string(out, json.toString());
    else
        out += "null";
}

namespace {
void position(QByteArray &out, const QPointF &p)
{
    out += '[';
    JsonWriter::number(out, p.x());
    out += ',';
    JsonWriter::number(out, p.y());
    out += ']';
}

void ring(QByteArray &out, std::span<const QPointF> points)
{
    out += '[';
    for (size_t i = 0; i < points.size(); ++i) {
        if (i > 0)
            out += ',';
        position(out, points[i]);
    }
    out += ']';
}

// Rings [begin, end) of g, as a JSON array.
void rings(QByteArray &out, const Geometry &g, int begin, int end)
{
    out += '[';
    for (int r = begin; r < end; ++r) {
        if (r > begin)
            out += ',';
        ring(out, g.ring(r));
    }
    out += ']';
}
} // namespace

void JsonWriter::geometry(QByteArray &out, const Geometry &g)
{
    if (!g.isValid()) {
        out += "{}";
        return;
    }
    out += "{\"type\":";
    string(out, Geometry::typeName(g.type()));
    out += ",\"coordinates\":";
    switch (g.type()) {
    case Geometry::Type::Point:
        position(out, g.firstPoint());
        break;
    case Geometry::Type::MultiPoint:
    case Geometry::Type::LineString:
        ring(out, {g.points().constData(), size_t(g.points().size())});
        break;
    case Geometry::Type::MultiLineString:
    case Geometry::Type::Polygon:
        rings(out, g, 0, g.ringCount());
        break;
    case Geometry::Type::MultiPolygon:
        out += '[';
        for (int p = 0; p < g.partCount(); ++p) {
            if (p > 0)
                out += ',';
            rings(out, g, g.partBegin(p), g.partEnd(p));
        }
        out += ']';
        break;
    case Geometry::Type::None:
        break;
    }
    out += '}';
}

void JsonWriter::attribute(QByteArray &out, const Attribute &a)
{
    out += "{\"kind\":";
    string(out, Attribute::kindName(a.kind()));
    switch (a.kind()) {
    case Attribute::Kind::GeoProperty:
        if (a.hasGeometry() || !a.hasSamples()) {
            out += ",\"value\":";
            if (a.hasGeometry())
                geometry(out, a.geometry());
            else
                out += "null";
        }
        break;
    case Attribute::Kind::Relationship: {
        const QStringList objects = a.objects();
        out += ",\"object\":";
        if (objects.size() == 1)
            string(out, objects.first());
        else
            value(out, objects);
        break;
    }
    case Attribute::Kind::LanguageProperty: {
        out += ",\"languageMap\":";
        languageMap(out, a.languageMap());
        break;
    }
    default:
        if (!a.hasSamples() || a.value().isValid()) {
            out += ",\"value\":";
            value(out, a.value());
        }
        break;
    }
    if (a.observedAt() != IsoTime::invalid) {
        out += ",\"observedAt\":";
        string(out, IsoTime::format(a.observedAt()));
    }
    if (!a.unitCode().isEmpty()) {
        out += ",\"unitCode\":";
        string(out, a.unitCode());
    }
    if (!a.datasetId().isEmpty()) {
        out += ",\"datasetId\":";
        string(out, a.datasetId());
    }
    if (!a.sub().empty()) {
        out += ",\"sub\":";
        groups(out, a.sub());
    }
    if (a.hasSamples()) {
        out += ",\"values\":[";
        bool first = true;
        for (const TemporalSample &s : a.samples()) {
            if (!first)
                out += ',';
            first = false;
            out += "{\"value\":";
            value(out, s.value);
            if (s.observedAt != IsoTime::invalid) {
                out += ",\"observedAt\":";
                string(out, IsoTime::format(s.observedAt));
            }
            if (s.endAt != IsoTime::invalid) {
                out += ",\"endAt\":";
                string(out, IsoTime::format(s.endAt));
            }
            if (!s.method.isEmpty()) {
                out += ",\"method\":";
                string(out, s.method);
            }
            out += '}';
        }
        out += ']';
    }
    out += '}';
}

void JsonWriter::instances(QByteArray &out, const AttributeGroup &group)
{
    out += '[';
    bool first = true;
    for (const Attribute &a : group.instances()) {
        if (!first)
            out += ',';
        first = false;
        attribute(out, a);
    }
    out += ']';
}

void JsonWriter::groups(QByteArray &out, ConstSpan<AttributeGroup> groups)
{
    out += '{';
    bool first = true;
    for (const AttributeGroup &g : groups) {
        if (!first)
            out += ',';
        first = false;
        string(out, g.name());
        out += ':';
        instances(out, g);
    }
    out += '}';
}

void JsonWriter::languageMap(QByteArray &out, const QMap<QString, QString> &texts)
{
    out += '{';
    bool first = true;
    for (auto it = texts.begin(); it != texts.end(); ++it) {
        if (!first)
            out += ',';
        first = false;
        string(out, it.key());
        out += ':';
        string(out, it.value());
    }
    out += '}';
}
