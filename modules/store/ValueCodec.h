#pragma once

#include "store/store_export.h"

#include "core/AttributeDraft.h"

#include <QByteArray>
#include <QVariant>

struct sqlite3_stmt;

// How one attribute value is laid out in an observation row: kind, a value type tag, a number
// (numbers, booleans, times as ms), a text (texts, relationship targets, GeoJSON, JSON) and an
// "extra" JSON for the rare parts (several targets, language map, sub-attributes). Every
// attribute kind comes back as it went in.
class CITYDECK_STORE_EXPORT ValueCodec
{
public:
    enum VType { Null = 0, Bool, Int, Double, Text, DateTime, Json, TextList };

    struct Row
    {
        int kind = 0;
        int vtype = Null;
        double num = 0;
        bool hasNum = false;
        QByteArray text;  // UTF-8
        bool hasText = false;
        QByteArray extra; // compact JSON, empty when none
    };

    // The attribute's current value (or a temporal sample's value when given).
    static Row encode(const Attribute &a, const QVariant *sampleValue = nullptr);
    static AttributeDraft decode(const Row &row);
    // Reads a row from columns starting at `first`: kind, vtype, num, text, extra.
    static Row read(sqlite3_stmt *stmt, int first);
    // Binds a row to parameters starting at `first`, in the same order (kind, vtype, num, text, extra).
    static void bind(sqlite3_stmt *stmt, int first, const Row &row);
    static QVariant value(const Row &row);
};
