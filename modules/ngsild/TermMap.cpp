#include "ngsild/TermMap.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>

TermMap::TermMap()
{
    // NGSI-LD core terms whose IRIs do not end with the term itself.
    const QString core = QStringLiteral("https://uri.etsi.org/ngsi-ld/");
    addTerm(QStringLiteral("value"), core + QStringLiteral("hasValue"));
    addTerm(QStringLiteral("object"), core + QStringLiteral("hasObject"));
    addTerm(QStringLiteral("languageMap"), core + QStringLiteral("hasLanguageMap"));
    addTerm(QStringLiteral("json"), core + QStringLiteral("hasJSON"));
    addTerm(QStringLiteral("vocab"), core + QStringLiteral("hasVocab"));
    addTerm(QStringLiteral("objects"), core + QStringLiteral("hasObjects"));
    addTerm(QStringLiteral("values"), core + QStringLiteral("hasValues"));
}

void TermMap::addTerm(const QString &term, const QString &iri)
{
    m_iriToTerm[iri.toStdString()] = term;
}

bool TermMap::addContext(const QByteArray &document, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(document, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        if (error)
            *error = parseError.errorString();
        return false;
    }
    QJsonValue context = doc.isObject() ? doc.object().value(QStringLiteral("@context")) : QJsonValue(doc.array());
    QList<QJsonObject> objects;
    if (context.isObject())
        objects << context.toObject();
    for (const QJsonValue &item : context.toArray()) {
        if (item.isObject())
            objects << item.toObject();
    }
    // Prefixes first ("fiware": "https://uri.fiware.org/ns/data-models#"), then terms.
    QMap<QString, QString> prefixes;
    for (const QJsonObject &o : std::as_const(objects)) {
        for (auto it = o.begin(); it != o.end(); ++it) {
            const QString iri = it.value().toString();
            if (iri.endsWith(QLatin1Char('/')) || iri.endsWith(QLatin1Char('#')))
                prefixes.insert(it.key(), iri);
        }
    }
    auto expand = [&prefixes](const QString &value) {
        const int colon = value.indexOf(QLatin1Char(':'));
        if (colon > 0 && !value.mid(colon + 1).startsWith(QLatin1String("//"))) {
            const auto prefix = prefixes.constFind(value.left(colon));
            if (prefix != prefixes.cend())
                return *prefix + value.mid(colon + 1);
        }
        return value;
    };
    for (const QJsonObject &o : std::as_const(objects)) {
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (it.key().startsWith(QLatin1Char('@')) || prefixes.contains(it.key()))
                continue;
            const QJsonValue v = it.value();
            const QString iri = v.isObject() ? v.toObject().value(QStringLiteral("@id")).toString() : v.toString();
            if (!iri.isEmpty() && !iri.startsWith(QLatin1Char('@')))
                addTerm(it.key(), expand(iri));
        }
    }
    return true;
}

QString TermMap::termFor(std::string_view key) const
{
    if (key.find(':') == std::string_view::npos)
        return QString::fromUtf8(key.data(), qsizetype(key.size()));
    if (const auto it = m_iriToTerm.find(key); it != m_iriToTerm.end())
        return it->second;
    // Unknown IRI or compact IRI: its last segment is the term brokers would have compacted to.
    const size_t cut = key.find_last_of("/#:");
    const std::string_view term = key.substr(cut + 1);
    return QString::fromUtf8(term.data(), qsizetype(term.size()));
}
