#include "ngsild/PayloadParser.h"

#include "ngsild/PayloadReader.h"

#include <simdjson.h>

struct PayloadParser::State
{
    simdjson::ondemand::parser parser;
};

PayloadParser::PayloadParser(TermMap terms)
    : m_terms(std::move(terms))
    , m_state(std::make_unique<State>())
{
}

PayloadParser::~PayloadParser() = default;

const QString &PayloadParser::intern(std::string_view text)
{
    auto it = m_strings.find(text);
    if (it == m_strings.end())
        it = m_strings.emplace(std::string(text), QString::fromUtf8(text.data(), qsizetype(text.size()))).first;
    return it->second;
}

const QString &PayloadParser::termFor(std::string_view key)
{
    auto it = m_keys.find(key);
    if (it == m_keys.end())
        it = m_keys.emplace(std::string(key), m_terms.termFor(key)).first;
    return it->second;
}

ParseResult PayloadParser::parse(QByteArrayView json)
{
    ParseResult result;
    if (json.trimmed().isEmpty()) {
        result.error = QStringLiteral("empty payload");
        return result;
    }
    // simdjson reads up to SIMDJSON_PADDING bytes past the end: copy into a padded buffer.
    const simdjson::padded_string padded(json.data(), size_t(json.size()));
    try {
        simdjson::ondemand::document doc = m_state->parser.iterate(padded);
        PayloadReader reader(*this, result);
        reader.readDocument(doc);
    } catch (const simdjson::simdjson_error &e) {
        result.error = QStringLiteral("malformed JSON: %1").arg(QString::fromLatin1(e.what()));
    }
    if (!result.error.isEmpty())
        result.entities.clear();
    return result;
}
