#pragma once

#include "ngsild/ngsild_export.h"

#include "ngsild/ParseResult.h"
#include "ngsild/InternTable.h"
#include "ngsild/TermMap.h"

#include "core/EntityBody.h"

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
    // Temporal answers: an attribute's array is its instances, so an empty one is no instance,
    // not an empty list value (brokers send "attr": [] for a range without values).
    void setTemporal(bool temporal) { m_temporal = temporal; }

    static constexpr int maxWarnings = 50;
    // JSON nested deeper than this is an error ("nesting deeper than …"), never a silent skip.
    static constexpr int maxNesting = 1000;

private:
    friend class PayloadReader;
    const QString &termFor(std::string_view key);
    // NameTable ids (core/NameTable.h), cached per parser: a key's term (attribute names), a
    // text as it is (unit codes, aggregation methods). NameTable::none when the table is full.
    quint32 termId(std::string_view key);
    quint32 nameId(std::string_view text);
    // An entity's type list when it has one type: shared by the entities of that type.
    const QStringList &typeListFor(std::string_view type);

    TermMap m_terms;
    struct State; // simdjson's parser and buffers, kept between payloads
    std::unique_ptr<State> m_state;
    InternTable<QString> m_keys;
    InternTable<quint32> m_termIds;
    InternTable<quint32> m_nameIds;
    InternTable<QStringList> m_typeLists;
    bool m_temporal = false;
    size_t m_lastEntityCount = 0; // to size the next page's list at once
    EntityBody::Writer m_writer; // entities' bodies, its buffers reused from page to page
};
