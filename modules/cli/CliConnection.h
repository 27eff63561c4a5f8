#pragma once

#include "cli/cli_export.h"

#include "ngsild/ConnectionSettings.h"

#include <QCommandLineOption>
#include <QList>

class QCommandLineParser;

// The connection options every network command shares (URL, tenant, context, token, temporal
// URL, page size, timeout) and their translation into ConnectionSettings.
class CITYDECK_CLI_EXPORT CliConnection
{
public:
    // Adds the options and the URL positional argument.
    static void addOptions(QCommandLineParser &parser);
    // False with *error set when an option is wrong (e.g. the token variable is unset).
    static bool settingsFrom(const QCommandLineParser &parser, ConnectionSettings *settings, QString *error);
};
