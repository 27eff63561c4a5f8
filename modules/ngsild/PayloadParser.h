#pragma once

#include "ngsild/ngsild_export.h"

#include "ngsild/ParseResult.h"
#include "ngsild/InternTable.h"
#include "ngsild/TermMap.h"

#include <QByteArrayView>

#include <memory>


// Reads every NGSI-LD payload shape into the entity model with simdjson On-Demand: an entity,
// an array of entities, a notification, a GeoJSON Feature/FeatureCollection, normalized,
// keyValues/simplified, temporal (instances, temporalValues, aggregatedValues), with short
// or expanded attribute names. Upstream defects (Relationship with "value", Property holding a
// geometry, invalid dates, "@id"/"@type" keys) are read with a warning, never a crash.
// Not thread-safe: one parser per thread; reuse it, it keeps its buffers and interned names.
class CITYDECK_NGSILD_EXPORT PayloadParser
{
public:
    explicit PayloadParser(TermMap terms = TermMap());
    ~PayloadParser();
    PayloadParser(const PayloadParser &) = delete;
    PayloadParser &operator=(const PayloadParser &) = delete;

    ParseResult parse(QByteArrayView json);

    static constexpr int maxWarnings = 50;

private:
    friend class PayloadReader;
    const QString &intern(std::string_view text);
    const QString &termFor(std::string_view key);
    // A Relationship's target: many entities point to few targets (bays to their car park,
    // counters to their street), so targets are shared, up to a bounded number.
    QString target(std::string_view id);
    // An entity's type list when it has one type: shared by the entities of that type.
    const QStringList &typeListFor(std::string_view type);

    TermMap m_terms;
    struct State; // simdjson's parser and buffers, kept between payloads
    std::unique_ptr<State> m_state;
    InternTable<QString> m_strings;
    InternTable<QString> m_keys;
    InternTable<QString> m_targets;
    InternTable<QStringList> m_typeLists;
    size_t m_lastEntityCount = 0; // to size the next page's list at once
    size_t m_lastAttributeCount = 8; // to size the next entity's groups at once
};
