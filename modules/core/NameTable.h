#pragma once

#include "core/core_export.h"

#include <QString>

#include <string_view>

// The names every entity repeats (attribute names, unit codes, dataset ids): stored once for the
// whole process and referred to by a 32-bit index, so that an entity's records hold 4 bytes per
// name instead of a QString and its reference count. Indices never change and names are never
// freed; a name is published before its index can be seen by anyone, so reading a name by its
// index needs no lock (only adding one takes the table's mutex; parsers cache what they looked
// up). Id 0 is the empty name.
class CITYDECK_CORE_EXPORT NameTable
{
public:
    static constexpr quint32 none = 0xffffffffu; // the table is full (a hostile payload's names)
    static constexpr quint32 capacity = 1u << 22;

    static quint32 id(QStringView name);
    static quint32 id(std::string_view utf8);
    static const QString &name(quint32 id); // the empty name for 0 and for none
    static quint32 size();                  // names held, the empty one included
};
