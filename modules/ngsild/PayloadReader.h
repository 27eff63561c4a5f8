#pragma once

#include "ngsild/GeometryReader.h"
#include "ngsild/ParseResult.h"

#include "core/EntityBody.h"

#include <simdjson.h>

#include <QJsonValue>
#include <QString>
#include <QVariant>

#include <string>
#include <string_view>
#include <vector>

class PayloadParser;

// One walk over one document for PayloadParser (internal): turns simdjson On-Demand values into
// the entity model, writing each entity's packed body (core/EntityBody.h) as it reads. Errors
// from simdjson surface as simdjson_error exceptions, caught by the parser.
class PayloadReader
{
public:
    PayloadReader(PayloadParser &owner, ParseResult &result);

    void readDocument(simdjson::ondemand::document &doc);
    // Entities of join=inline met in the document, as raw JSON copies: the parser reads them
    // one by one with readLinked() once the document is done (the writer holds one entity).
    bool hasLinked() const { return m_nextLinked < m_linked.size(); }
    std::string takeLinked();
    void readLinked(simdjson::ondemand::document &doc);
    void finish(); // the count of warnings left out

private:
    using Object = simdjson::ondemand::object;
    using Value = simdjson::ondemand::value;
    using Record = EntityBody::AttributeRecord;

    void readRootObject(Object object);
    void readNotificationData(Value data);
    void addEntity(Object object);
    void readLinkedEntity(Object object);
    void readFeature(Object object);
    // The members of an entity (or of a feature's properties) into the writer, true when they
    // used "@id"/"@type"; finishEntity() then packs them, or drops them when there is no id.
    bool readMembers(Object object, Entity *entity);
    bool finishEntity(Entity *entity, bool sawAtKeys);
    quint32 attributeName(std::string_view key); // NameTable::none (told) when the table is full
    void readAttribute(quint32 name, Value value, int depth);
    // A normalized attribute (written, true), or else a keyValues value: written when plain is
    // null, else (an array item) returned as JSON in *plain without writing anything.
    bool readAttributeObject(quint32 name, Object object, QJsonValue *plain, int depth);
    // A typeless object's kind in the concise representation; false for a plain JSON value.
    static bool conciseKind(Object &object, Attribute::Kind *kind);
    // "Property", "Relationship"…, and the list kinds read as their plain ones.
    static bool attributeKind(std::string_view type, Attribute::Kind *kind);
    QStringList readObjectList(Value value);
    // typed: the attribute said "Property" (a defect, warned), else concise (no type to say).
    void readPropertyGeometry(quint32 name, Record &a, bool typed);
    // One member of a normalized attribute; its sub-attributes open the writer's sub level once
    // (*inSub), left by the caller when the attribute ends.
    void readNormalizedField(std::string_view key, Value value, Record &a, quint32 name, int depth, bool *inSub);
    void readTemporalValues(Value value, Record &a, quint32 method);
    void readValue(Value value, quint32 name, EntityBody::ValueType &type, EntityBody::Scalar &out);
    void readObjectValue(Object object, quint32 name, EntityBody::ValueType &type, EntityBody::Scalar &out);
    static void readGeometryFields(Object &object, simdjson::ondemand::object_iterator &it, GeometryReader &reader);
    quint32 writeGeometry(GeometryReader &reader, const QString &name);
    Geometry finishGeometry(GeometryReader &reader, const QString &name);
    QStringList readStrings(Value value);
    qint64 readTime(Value value, const QString &name);
    // Objects and arrays as their text, refused (simdjson DEPTH_ERROR) past maxNesting levels:
    // On-Demand does not count levels, Qt's reader gives up on deep ones, and silence would follow.
    static std::string_view rawJson(Value value);
    static void checkNesting(std::string_view json);
    static QJsonValue toJson(Value value);
    void warn(const QString &message);

    PayloadParser &m_owner;
    ParseResult &m_result;
    EntityBody::Writer &m_writer;
    QString m_entityId;
    int m_warningsDropped = 0;
    std::vector<std::string> m_linked;
    size_t m_nextLinked = 0;
    // The last time text read and its value.
    char m_lastTime[40];
    size_t m_lastTimeSize = 0;
    qint64 m_lastTimeValue = IsoTime::invalid;
};
