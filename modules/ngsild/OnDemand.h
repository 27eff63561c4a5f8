#pragma once

#include <simdjson.h>

#include <QString>

#include <string_view>

// Small helpers over simdjson On-Demand for the payload reader (internal to the parser).
namespace OnDemand {

inline QString toQString(std::string_view s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

// "avg", "max", … : the members of an aggregated temporal attribute.
bool isAggregationMethod(std::string_view key);

// The "type" (or "@type") of an object without consuming it: first element when it is a list.
std::string_view peekType(simdjson::ondemand::object &object);

// The object's type when "type" (or "@type") is its first member, as brokers write it: the
// walk then goes on from the next member, in one pass. Otherwise the type is looked up wherever
// it is and the walk restarts from the first member.
std::string_view leadingType(simdjson::ondemand::object &object, simdjson::ondemand::object_iterator &it);

enum class Member {
    Value, Object, LanguageMap, Json, Vocab, ValueList, ObjectList, ObservedAt, UnitCode, DatasetId,
    Bookkeeping, // instanceId, createdAt, previousValue, lang, …: standard members not kept
    LinkedEntity, // "entity" of a Relationship with join=inline (NGSI-LD 1.8)
    Values, Other
};

// What a member of a normalized or concise attribute is, from its short name.
Member memberOf(std::string_view key);

// The attribute kind a typeless object stands for in the concise representation (NGSI-LD
// 1.6+ §4.5.x): its members say it ("object" a Relationship, "languageMap" a
// LanguageProperty, …). Members are read without their values; the object is reset.
// False for a plain JSON object (a keyValues value).
enum class ConciseKind { None, Property, Relationship, LanguageProperty, VocabProperty, JsonProperty };
ConciseKind conciseKindOf(simdjson::ondemand::object &object);

} // namespace OnDemand
