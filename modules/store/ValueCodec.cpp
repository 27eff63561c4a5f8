#include "store/ValueCodec.h"

#include "core/EntityJson.h"
#include "core/JsonWriter.h"
#include "store/SqlStatements.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <sqlite3.h>

namespace {
QJsonValue parse(const QByteArray &text)
{
    const QJsonDocument doc = QJsonDocument::fromJson("[" + text + "]");
    return doc.array().first();
}
} // namespace

ValueCodec::Row ValueCodec::encode(const Attribute &a, const QVariant *sampleValue)
{
    Row r;
    r.kind = int(a.kind());
    QStringList objects; // several Relationship targets (the first is the text)
    const QVariant v = sampleValue ? *sampleValue : a.value();
    if (!sampleValue && a.kind() == Attribute::Kind::GeoProperty && a.hasGeometry()) {
        r.vtype = Json;
        JsonWriter::geometry(r.text, a.geometry());
        r.hasText = true;
    } else if (!sampleValue && a.kind() == Attribute::Kind::Relationship) {
        objects = a.objects();
        r.vtype = Text;
        r.text = objects.value(0).toUtf8();
        r.hasText = true;
    } else {
        switch (v.typeId()) {
        case QMetaType::UnknownType:
        case QMetaType::Nullptr:
            r.vtype = Null;
            break;
        case QMetaType::Bool:
            r.vtype = Bool;
            r.num = v.toBool() ? 1 : 0;
            r.hasNum = true;
            break;
        case QMetaType::Int:
        case QMetaType::LongLong:
        case QMetaType::UInt:
        case QMetaType::ULongLong:
            r.vtype = Int;
            r.num = double(v.toLongLong());
            r.hasNum = true;
            break;
        case QMetaType::Double:
        case QMetaType::Float:
            r.vtype = Double;
            r.num = v.toDouble();
            r.hasNum = true;
            break;
        case QMetaType::QString:
            r.vtype = Text;
            r.text = v.toString().toUtf8();
            r.hasText = true;
            break;
        case QMetaType::QDateTime:
            r.vtype = DateTime;
            r.num = double(IsoTime::fromDateTime(v.toDateTime()));
            r.hasNum = true;
            break;
        case QMetaType::QStringList:
            r.vtype = TextList;
            JsonWriter::value(r.text, v);
            r.hasText = true;
            break;
        default:
            r.vtype = Json;
            JsonWriter::value(r.text, v);
            r.hasText = true;
            break;
        }
    }
    // The rare parts, as one JSON object (sub-properties come with most measurements).
    auto key = [&r](const char *name) {
        r.extra += r.extra.isEmpty() ? "{\"" : ",\"";
        r.extra += name;
        r.extra += "\":";
    };
    if (objects.size() > 1) {
        key("objects");
        JsonWriter::value(r.extra, objects);
    }
    if (const QMap<QString, QString> languages = a.languageMap(); !languages.isEmpty()) {
        key("languageMap");
        JsonWriter::languageMap(r.extra, languages);
    }
    if (!a.sub().empty()) {
        key("sub");
        JsonWriter::groups(r.extra, a.sub());
    }
    if (!r.extra.isEmpty())
        r.extra += '}';
    return r;
}

QVariant ValueCodec::value(const Row &r)
{
    switch (r.vtype) {
    case Bool:
        return r.num != 0;
    case Int:
        return qint64(r.num);
    case Double:
        return r.num;
    case Text:
        return QString::fromUtf8(r.text);
    case DateTime:
        return IsoTime::toDateTime(qint64(r.num));
    case TextList: {
        QStringList list;
        for (const QJsonValue &v : parse(r.text).toArray())
            list << v.toString();
        return list;
    }
    case Json:
        return QVariant::fromValue(parse(r.text));
    default:
        return QVariant::fromValue(nullptr);
    }
}

AttributeDraft ValueCodec::decode(const Row &r)
{
    AttributeDraft a(Attribute::Kind(std::clamp(r.kind, 0, 5)));
    const QJsonObject extra = r.extra.isEmpty() ? QJsonObject() : QJsonDocument::fromJson(r.extra).object();
    if (a.kind == Attribute::Kind::GeoProperty && r.vtype == Json) {
        a.geometry = Geometry::fromGeoJson(parse(r.text).toObject());
    } else if (a.kind == Attribute::Kind::Relationship && r.vtype == Text) {
        QStringList objects{QString::fromUtf8(r.text)};
        if (extra.contains(QStringLiteral("objects"))) {
            objects.clear();
            for (const QJsonValue &o : extra.value(QStringLiteral("objects")).toArray())
                objects << o.toString();
        }
        a.objects = objects;
    } else {
        a.value = value(r);
    }
    const QJsonObject map = extra.value(QStringLiteral("languageMap")).toObject();
    for (auto it = map.begin(); it != map.end(); ++it)
        a.languageMap.insert(it.key(), it.value().toString());
    if (extra.contains(QStringLiteral("sub")))
        a.sub = EntityJson::groupsFromJson(extra.value(QStringLiteral("sub")).toObject());
    return a;
}

void ValueCodec::bind(sqlite3_stmt *stmt, int first, const Row &row)
{
    sqlite3_bind_int(stmt, first, row.kind);
    sqlite3_bind_int(stmt, first + 1, row.vtype);
    if (row.hasNum)
        sqlite3_bind_double(stmt, first + 2, row.num);
    else
        sqlite3_bind_null(stmt, first + 2);
    if (row.hasText)
        sqlite3_bind_text(stmt, first + 3, row.text.constData(), int(row.text.size()), SQLITE_TRANSIENT);
    else
        sqlite3_bind_null(stmt, first + 3);
    if (!row.extra.isEmpty())
        sqlite3_bind_text(stmt, first + 4, row.extra.constData(), int(row.extra.size()), SQLITE_TRANSIENT);
    else
        sqlite3_bind_null(stmt, first + 4);
}

ValueCodec::Row ValueCodec::read(sqlite3_stmt *stmt, int first)
{
    Row r;
    r.kind = sqlite3_column_int(stmt, first);
    r.vtype = sqlite3_column_int(stmt, first + 1);
    r.hasNum = sqlite3_column_type(stmt, first + 2) != SQLITE_NULL;
    r.num = sqlite3_column_double(stmt, first + 2);
    r.hasText = sqlite3_column_type(stmt, first + 3) != SQLITE_NULL;
    r.text = sqlColumn(stmt, first + 3).toByteArray();
    r.extra = sqlColumn(stmt, first + 4).toByteArray();
    return r;
}
