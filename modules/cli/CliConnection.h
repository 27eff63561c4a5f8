#pragma once

#include "cli/cli_export.h"

#include "ngsild/ConnectionSettings.h"

#include <QCommandLineOption>
#include <QList>

class QCommandLineParser;
class QTextStream;

// The connection options every network command shares (URL, tenant, context, token, temporal
// URL, page size, timeout) and their translation into ConnectionSettings.
class CITYDECK_CLI_EXPORT CliConnection
{
public:
    // Adds the options and the URL positional argument.
    static void addOptions(QCommandLineParser &parser);
    // False with *error set when an option is wrong (e.g. the token variable is unset).
    static bool settingsFrom(const QCommandLineParser &parser, ConnectionSettings *settings, QString *error);
    // Parses a network command's arguments (options already added). Returns -1 to go on, or
    // the exit code once help was printed (0) or a one-line error reported (2).
    static int parse(QCommandLineParser &parser, const QStringList &arguments, const QString &command,
                     ConnectionSettings *settings, QTextStream &out, QTextStream &err);
};
