#pragma once

#include "ngsild/GeometryReader.h"
#include "ngsild/ParseResult.h"

#include <simdjson.h>

#include <QJsonValue>
#include <QString>
#include <QVariant>

#include <string_view>

class PayloadParser;

// One walk over one document for PayloadParser (internal): turns simdjson On-Demand values into
// the entity model. Errors from simdjson surface as simdjson_error exceptions, caught by the parser.
class PayloadReader
{
public:
    PayloadReader(PayloadParser &owner, ParseResult &result);

    void readDocument(simdjson::ondemand::document &doc);

private:
    using Object = simdjson::ondemand::object;
    using Value = simdjson::ondemand::value;
    using Array = simdjson::ondemand::array;

    void readRootObject(Object object);
    void addEntity(Object object);
    bool readEntity(Object object, Entity *entity, const QString &fallbackId = QString());
    void readFeature(Object object, Entity *entity);
    void readAttribute(const QString &name, Value value, std::vector<AttributeGroup> &groups, int depth);
    bool readAttributeObject(const QString &name, Object object, Attribute *out, QJsonValue *plain, int depth);
    void readPropertyGeometry(const QString &name, Attribute *a);
    void readNormalizedField(std::string_view key, Value value, Attribute *a, const QString &name, int depth);
    void readTemporalValues(Value value, Attribute *a, const QString &method);
    QVariant readValue(Value value, const QString &name);
    QVariant readObjectValue(Object object, const QString &name);
    Geometry readGeometry(Object object, const QString &name);
    // The members from `it` on into `reader` (which may know the type already), then the geometry.
    Geometry readGeometry(Object &object, simdjson::ondemand::object_iterator &it, GeometryReader reader,
                          const QString &name);
    QStringList readStrings(Value value);
    qint64 readTime(Value value, const QString &name);
    static QJsonValue toJson(Value value);
    static void groupTemporalInstances(AttributeGroup &group);
    void warn(const QString &message);

    PayloadParser &m_owner;
    ParseResult &m_result;
    QString m_entityId;
    int m_warningsDropped = 0;
    // The last time text read and its value.
    char m_lastTime[40];
    size_t m_lastTimeSize = 0;
    qint64 m_lastTimeValue = IsoTime::invalid;
};
