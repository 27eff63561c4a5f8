#include "ngsild/PayloadParser.h"

#include "ngsild/PayloadReader.h"

#include "core/NameTable.h"

#include <simdjson.h>

#include <cstring>
#include <stdexcept>

struct PayloadParser::State
{
    simdjson::ondemand::parser parser;
    // simdjson reads up to SIMDJSON_PADDING bytes past the end: payloads are copied into this
    // buffer, kept between payloads so that a page costs no allocation (nor fresh pages).
    std::unique_ptr<char[]> buffer;
    size_t capacity = 0;

    simdjson::padded_string_view pad(QByteArrayView json)
    {
        const size_t size = size_t(json.size());
        if (capacity < size + simdjson::SIMDJSON_PADDING) {
            capacity = size + size / 4 + simdjson::SIMDJSON_PADDING;
            buffer = std::make_unique_for_overwrite<char[]>(capacity);
        }
        std::memcpy(buffer.get(), json.data(), size);
        std::memset(buffer.get() + size, 0, simdjson::SIMDJSON_PADDING);
        return simdjson::padded_string_view(buffer.get(), size, capacity);
    }
};

PayloadParser::PayloadParser(TermMap terms)
    : m_terms(std::move(terms))
    , m_state(std::make_unique<State>())
{
}

PayloadParser::~PayloadParser() = default;

const QString &PayloadParser::termFor(std::string_view key)
{
    if (const QString *known = m_keys.find(key))
        return *known;
    return m_keys.insert(key, m_terms.termFor(key));
}

quint32 PayloadParser::termId(std::string_view key)
{
    if (const quint32 *known = m_termIds.find(key))
        return *known;
    return m_termIds.insert(key, NameTable::id(QStringView(termFor(key))));
}

quint32 PayloadParser::nameId(std::string_view text)
{
    if (const quint32 *known = m_nameIds.find(text))
        return *known;
    return m_nameIds.insert(text, NameTable::id(text));
}

const QStringList &PayloadParser::typeListFor(std::string_view type)
{
    if (const QStringList *known = m_typeLists.find(type))
        return *known;
    return m_typeLists.insert(type, QStringList{termFor(type)});
}

ParseResult PayloadParser::parse(QByteArrayView json)
{
    ParseResult result;
    if (json.trimmed().isEmpty()) {
        result.error = QStringLiteral("empty payload");
        return result;
    }
    m_writer.clear(); // what a failed payload left
    try {
        simdjson::ondemand::document doc = m_state->parser.iterate(m_state->pad(json));
        result.entities.reserve(m_lastEntityCount);
        PayloadReader reader(*this, result);
        reader.readDocument(doc);
        // join=inline: the linked entities, each its own small document (the main one is done).
        while (reader.hasLinked()) {
            const simdjson::padded_string linked(reader.takeLinked());
            simdjson::ondemand::document linkedDoc = m_state->parser.iterate(linked);
            reader.readLinked(linkedDoc);
        }
        reader.finish();
        m_lastEntityCount = std::min<size_t>(result.entities.size(), 10000);
    } catch (const simdjson::simdjson_error &e) {
        result.error = e.error() == simdjson::DEPTH_ERROR
            ? QStringLiteral("nesting deeper than %1 levels").arg(maxNesting)
            : QStringLiteral("malformed JSON: %1").arg(QString::fromLatin1(e.what()));
    } catch (const std::length_error &e) {
        result.error = QStringLiteral("an entity is too large to hold: %1").arg(QString::fromLatin1(e.what()));
    }
    if (!result.error.isEmpty())
        result.entities.clear();
    return result;
}
