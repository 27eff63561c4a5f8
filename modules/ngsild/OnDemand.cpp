#include "ngsild/OnDemand.h"

#include <cstring>

using namespace simdjson;

namespace {
// A key against a literal of the same length: a fixed-size compare the compiler inlines.
template <size_t N>
bool is(std::string_view key, const char (&literal)[N])
{
    return std::memcmp(key.data(), literal, N - 1) == 0;
}
} // namespace

namespace OnDemand {

bool isAggregationMethod(std::string_view key)
{
    static constexpr std::string_view methods[] = {"avg", "min", "max", "sum", "sumsq", "stddev", "totalCount",
                                                   "distinctCount"};
    for (std::string_view m : methods) {
        if (key == m)
            return true;
    }
    return false;
}

std::string_view peekType(ondemand::object &object)
{
    std::string_view type;
    for (const char *key : {"type", "@type"}) {
        auto field = object.find_field_unordered(key);
        // Any error but "not there" leaves the iterator unusable: stop the document here.
        if (field.error() != SUCCESS && field.error() != NO_SUCH_FIELD)
            throw simdjson_error(field.error());
        if (field.error() == SUCCESS) {
            ondemand::value v = field.value_unsafe();
            if (v.type() == ondemand::json_type::string) {
                type = v.get_string();
            } else if (v.type() == ondemand::json_type::array) {
                for (ondemand::value item : v.get_array()) {
                    if (item.type() == ondemand::json_type::string) {
                        type = item.get_string();
                        break;
                    }
                }
            }
        }
        if (const error_code e = object.reset().error())
            throw simdjson_error(e);
        if (!type.empty())
            break;
    }
    return type;
}

// What a member of a normalized attribute is, from its short name (by length first: this runs
// for every member of every attribute).
Member memberOf(std::string_view key)
{
    switch (key.size()) {
    case 4:
        return is(key, "json") ? Member::Json : is(key, "lang") ? Member::Bookkeeping : Member::Other;
    case 5:
        return is(key, "value") ? Member::Value : is(key, "vocab") ? Member::Vocab : Member::Other;
    case 6:
        return is(key, "object") ? Member::Object
            : is(key, "values")  ? Member::Values
            : is(key, "entity")  ? Member::LinkedEntity
                                 : Member::Other;
    case 7:
        return is(key, "objects") ? Member::Values : Member::Other;
    case 8:
        return is(key, "unitCode") ? Member::UnitCode : Member::Other;
    case 9:
        return is(key, "datasetId") ? Member::DatasetId
            : is(key, "valueList")  ? Member::ValueList
            : is(key, "createdAt") || is(key, "deletedAt") || is(key, "expiresAt") ? Member::Bookkeeping
                                                                                     : Member::Other;
    case 10:
        return is(key, "observedAt") ? Member::ObservedAt
            : is(key, "objectList")  ? Member::ObjectList
            : is(key, "entityList")  ? Member::LinkedEntity
            : is(key, "instanceId") || is(key, "modifiedAt") || is(key, "objectType") ? Member::Bookkeeping
                                                                                       : Member::Other;
    case 11:
        return is(key, "languageMap") ? Member::LanguageMap : Member::Other;
    }
    // showChanges: previousValue, previousObject, previousLanguageMap, previousVocab, previousJson,
    // previousValueList, previousObjectList.
    if (key.size() > 8 && is(key.substr(0, 8), "previous"))
        return Member::Bookkeeping;
    return Member::Other;
}

ConciseKind conciseKindOf(ondemand::object &object)
{
    ConciseKind kind = ConciseKind::None;
    for (auto field : object) {
        const std::string_view key = field.unescaped_key();
        switch (memberOf(key)) {
        case Member::Object:
        case Member::ObjectList:
            kind = ConciseKind::Relationship;
            break;
        case Member::LanguageMap:
            kind = ConciseKind::LanguageProperty;
            break;
        case Member::Vocab:
            kind = ConciseKind::VocabProperty;
            break;
        case Member::Json:
            kind = ConciseKind::JsonProperty;
            break;
        case Member::Value:
        case Member::ValueList:
            if (kind == ConciseKind::None)
                kind = ConciseKind::Property;
            break;
        default:
            break;
        }
    }
    if (const error_code e = object.reset().error())
        throw simdjson_error(e);
    return kind;
}

std::string_view leadingType(ondemand::object &object, ondemand::object_iterator &it)
{
    it = object.begin();
    if (it != object.end()) {
        auto field = *it;
        const std::string_view key = field.unescaped_key();
        if (key == "type" || key == "@type") {
            ondemand::value v = field.value();
            if (v.type() == ondemand::json_type::string) {
                const std::string_view type = v.get_string();
                ++it;
                return type;
            }
        }
        if (const error_code e = object.reset().error())
            throw simdjson_error(e);
    }
    const std::string_view type = peekType(object);
    it = object.begin();
    return type;
}

} // namespace OnDemand
