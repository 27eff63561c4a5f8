// PayloadReader, continued: values, times, geometries and raw JSON (the walk over entities and
// attributes is in PayloadReader.cpp).

#include "ngsild/PayloadReader.h"

#include "ngsild/OnDemand.h"
#include "ngsild/PayloadParser.h"

#include "core/NameTable.h"

#include <QJsonArray>
#include <QJsonObject>

#include <cstring>

using namespace simdjson;
using namespace OnDemand;
using namespace EntityBody;

void PayloadReader::readTemporalValues(Value value, Record &a, quint32 method)
{
    if (value.type() != ondemand::json_type::array) {
        warn(QStringLiteral("temporal values are not a list"));
        return;
    }
    for (ondemand::value pair : value.get_array()) {
        if (pair.type() != ondemand::json_type::array) {
            warn(QStringLiteral("temporal value is not a [value, time] pair"));
            continue;
        }
        SampleRecord sample;
        sample.method = method;
        int index = 0;
        for (ondemand::value p : pair.get_array()) {
            if (index == 0) {
                if (Attribute::Kind(a.kind) == Attribute::Kind::GeoProperty && p.type() == ondemand::json_type::object) {
                    ondemand::object g = p.get_object();
                    ondemand::object_iterator it = g.begin();
                    GeometryReader reader;
                    readGeometryFields(g, it, reader);
                    m_writer.value(sample.type, sample.value,
                                   QVariant::fromValue(QJsonValue(finishGeometry(reader, QString()).toGeoJson())));
                } else {
                    readValue(p, 0, sample.type, sample.value);
                }
            } else if (index == 1) {
                sample.observedAt = readTime(p, QString());
            } else if (index == 2) {
                sample.endAt = readTime(p, QString());
            }
            ++index;
        }
        m_writer.sample(a) = sample;
    }
}

void PayloadReader::readValue(Value value, quint32 name, ValueType &type, Scalar &out)
{
    switch (value.type()) {
    case ondemand::json_type::string:
        type = ValueType::Text;
        out.text = m_writer.text(std::string_view(value.get_string()));
        return;
    case ondemand::json_type::number: {
        ondemand::number n = value.get_number();
        if (n.is_int64()) {
            type = ValueType::Int;
            out.i = n.get_int64();
        } else {
            type = ValueType::Double;
            out.d = n.as_double();
        }
        return;
    }
    case ondemand::json_type::boolean:
        type = ValueType::Bool;
        out.i = bool(value.get_bool());
        return;
    case ondemand::json_type::null:
        value.is_null();
        type = ValueType::Null;
        return;
    case ondemand::json_type::object:
        readObjectValue(value.get_object(), name, type, out);
        return;
    case ondemand::json_type::array: {
        const std::string_view raw = rawJson(value);
        if (raw.find("@value") != std::string_view::npos) {
            // Fully expanded JSON-LD wraps scalars: [{"@value": 5}].
            const QJsonArray array = parseJson(raw).toArray();
            if (array.size() == 1 && array.first().isObject() && array.first().toObject().contains(QStringLiteral("@value"))) {
                m_writer.value(type, out, array.first().toObject().value(QStringLiteral("@value")).toVariant());
                return;
            }
        }
        type = ValueType::Json;
        out.text = m_writer.text(raw);
        return;
    }
    }
}

void PayloadReader::readObjectValue(Object object, quint32 name, ValueType &type, Scalar &out)
{
    const std::string_view valueType = peekType(object);
    if (valueType == "DateTime" || valueType == "Date" || valueType == "Time") {
        std::string_view text;
        for (auto field : object) {
            if (std::string_view(field.unescaped_key()) == "@value")
                text = field.value().get_string();
        }
        if (valueType == "DateTime") {
            const qint64 t = IsoTime::parse(text);
            if (t != IsoTime::invalid) {
                type = ValueType::DateTime;
                out.i = t;
                return;
            }
            warn(QStringLiteral("\"%1\" holds an invalid DateTime \"%2\": kept as text").arg(NameTable::name(name), toQString(text)));
        }
        type = ValueType::Text;
        out.text = m_writer.text(text);
        return;
    }
    const std::string_view raw = object.raw_json();
    checkNesting(raw);
    type = ValueType::Json;
    out.text = m_writer.text(raw);
}

void PayloadReader::readGeometryFields(Object &object, ondemand::object_iterator &it, GeometryReader &reader)
{
    for (; it != object.end(); ++it) {
        auto field = *it;
        reader.field(field.unescaped_key(), field.value());
    }
}

quint32 PayloadReader::writeGeometry(GeometryReader &reader, const QString &name)
{
    QString problem;
    const quint32 at = reader.write(m_writer, &problem);
    if (!problem.isEmpty())
        warn(QStringLiteral("\"%1\": %2").arg(name, problem));
    return at;
}

Geometry PayloadReader::finishGeometry(GeometryReader &reader, const QString &name)
{
    QString problem;
    Geometry g = reader.finish(&problem);
    if (!problem.isEmpty())
        warn(QStringLiteral("\"%1\": %2").arg(name, problem));
    return g;
}

QStringList PayloadReader::readStrings(Value value)
{
    QStringList out;
    if (value.type() == ondemand::json_type::string) {
        out << toQString(value.get_string());
    } else if (value.type() == ondemand::json_type::array) {
        for (ondemand::value v : value.get_array()) {
            if (v.type() == ondemand::json_type::string)
                out << toQString(v.get_string());
            else if (v.type() == ondemand::json_type::object)
                out << toJson(v).toObject().value(QStringLiteral("@id")).toString();
        }
    } else if (value.type() == ondemand::json_type::object) {
        out << toJson(value).toObject().value(QStringLiteral("@id")).toString();
    }
    out.removeAll(QString());
    return out;
}

qint64 PayloadReader::readTime(Value value, const QString &attribute)
{
    // Only warnings name the attribute: the label costs nothing on the usual path.
    const auto name = [&attribute] { return attribute.isEmpty() ? QStringLiteral("a temporal value") : attribute; };
    if (value.type() != ondemand::json_type::string) {
        warn(QStringLiteral("\"%1\": a time must be a text").arg(name()));
        return IsoTime::invalid;
    }
    const std::string_view text = value.get_string();
    // An entity's attributes are mostly observed at one instant, and a page's entities at few.
    if (m_lastTimeValue != IsoTime::invalid && text.size() == m_lastTimeSize
        && std::memcmp(text.data(), m_lastTime, text.size()) == 0)
        return m_lastTimeValue;
    const qint64 t = IsoTime::parse(text);
    if (t == IsoTime::invalid) {
        warn(QStringLiteral("\"%1\": invalid time \"%2\"").arg(name(), toQString(text)));
    } else if (!IsoTime::hasZone(text)) {
        // Not remembered: each attribute with such a time is named.
        warn(QStringLiteral("\"%1\": time \"%2\" has no time zone: read as UTC").arg(name(), toQString(text)));
    } else if (text.size() <= sizeof(m_lastTime)) {
        std::memcpy(m_lastTime, text.data(), text.size());
        m_lastTimeSize = text.size();
        m_lastTimeValue = t;
    }
    return t;
}

void PayloadReader::checkNesting(std::string_view json)
{
    int depth = 0;
    bool inText = false;
    for (size_t i = 0; i < json.size(); ++i) {
        const char c = json[i];
        if (inText) {
            if (c == '\\')
                ++i;
            else if (c == '"')
                inText = false;
        } else if (c == '"') {
            inText = true;
        } else if (c == '[' || c == '{') {
            if (++depth > PayloadParser::maxNesting)
                throw simdjson_error(DEPTH_ERROR);
        } else if (c == ']' || c == '}') {
            --depth;
        }
    }
}

std::string_view PayloadReader::rawJson(Value value)
{
    switch (value.type()) {
    case ondemand::json_type::object: {
        ondemand::object object = value.get_object();
        const std::string_view raw = object.raw_json();
        checkNesting(raw);
        return raw;
    }
    case ondemand::json_type::array: {
        ondemand::array array = value.get_array();
        const std::string_view raw = array.raw_json();
        checkNesting(raw);
        return raw;
    }
    default:
        return value.raw_json_token();
    }
}

QJsonValue PayloadReader::toJson(Value value)
{
    switch (value.type()) {
    case ondemand::json_type::object:
    case ondemand::json_type::array:
        return parseJson(rawJson(value));
    case ondemand::json_type::string:
        return toQString(value.get_string());
    case ondemand::json_type::number: {
        ondemand::number n = value.get_number();
        return n.is_int64() ? QJsonValue(qint64(n.get_int64())) : QJsonValue(n.as_double());
    }
    case ondemand::json_type::boolean:
        return bool(value.get_bool());
    case ondemand::json_type::null:
        value.is_null();
        return QJsonValue::Null;
    }
    return {};
}
