#pragma once

#include "cli/cli_export.h"

#include <QStringList>

class QTextStream;

// `citydeck-cli parse FILE|-`: any NGSI-LD payload file (entity, array, notification, GeoJSON,
// temporal) as one JSON line per entity on stdout; warnings and the summary on stderr.
class CITYDECK_CLI_EXPORT ParseCommand
{
public:
    static int run(const QStringList &arguments, QTextStream &out, QTextStream &err);
};
