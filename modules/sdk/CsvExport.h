#pragma once

#include "sdk/sdk_export.h"

#include <QStringList>

class EntityStore;
class QIODevice;

// Writes what the store holds to CSV (RFC 4180, UTF-8, one value per line, times in ISO 8601
// UTC, numbers with a dot), so that a council officer can open a series or a dashboard's
// window in any spreadsheet. Columns: entityId,entityType,attribute,datasetId,observedAt,value,unitCode.
class CITYDECK_SDK_EXPORT CsvExport
{
public:
    struct Selection
    {
        QStringList types;      // empty: every type
        QStringList ids;        // empty: every entity of those types
        QStringList attributes; // empty: every observed attribute
        qint64 from = 0;        // ms since the epoch, inclusive
        qint64 to = 0;
    };

    // Lines written (without the header), or -1 with *error when the device fails.
    static qint64 write(const EntityStore &store, const Selection &selection, QIODevice *out, QString *error = nullptr);
    // One field, quoted when it holds a comma, a quote or a line break.
    static QString field(const QString &text);
    static QString valueText(const QVariant &value);
    // Writes a whole file (a dashboard's CSV) or nothing: a failed write leaves no half file.
    static bool writeFile(const QString &path, const QByteArray &data, QString *error);
};
