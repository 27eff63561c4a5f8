#pragma once

#include "ngsild/ngsild_export.h"

#include "ngsild/StringHash.h"

#include <QByteArray>
#include <QString>

#include <string>
#include <string_view>
#include <unordered_map>

// Maps attribute and type names as brokers send them — short terms, compact IRIs
// ("fiware:name") or expanded IRIs ("https://smartdatamodels.org/dataModel.Parking/totalSpotNumber")
// — back to the short terms the dashboards use. Built from the JSON-LD @context documents the
// connection uses; unknown IRIs fall back to their last segment.
class CITYDECK_NGSILD_EXPORT TermMap
{
public:
    TermMap();

    // Reads a JSON-LD context document ({"@context": {...}} or [...]; URL entries are skipped).
    bool addContext(const QByteArray &document, QString *error = nullptr);
    void addTerm(const QString &term, const QString &iri);

    // The short term for a key as sent. Keys without ':' are already terms.
    QString termFor(std::string_view key) const;
    int size() const { return int(m_iriToTerm.size()); }

private:
    std::unordered_map<std::string, QString, StringHash, std::equal_to<>> m_iriToTerm;
};
