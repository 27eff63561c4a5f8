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

enum class Member { Value, Object, LanguageMap, Json, Vocab, ObservedAt, UnitCode, DatasetId, Bookkeeping, Values, Other };

// What a member of a normalized attribute is, from its short name.
Member memberOf(std::string_view key);

} // namespace OnDemand
