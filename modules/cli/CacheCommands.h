#pragma once

#include "cli/cli_export.h"

#include <QStringList>

class QTextStream;

// The cache commands of citydeck-cli:
//   sync URL --cache FILE --type T[,T…] [--history 24h] [--for 60s]   fill or update a cache
//   state --cache FILE --at ISO8601 [--type T]   each entity's state at that time, as JSON lines
//   series --cache FILE --id ID --attr A --from T1 --to T2   observedAt,value CSV
// Exit 0, or 2 with a one-line reason on stderr.
class CITYDECK_CLI_EXPORT CacheCommands
{
public:
    static int sync(const QStringList &arguments, QTextStream &out, QTextStream &err);
    static int state(const QStringList &arguments, QTextStream &out, QTextStream &err);
    static int series(const QStringList &arguments, QTextStream &out, QTextStream &err);

    // "90s", "15m", "24h", "7d" → ms; -1 when unreadable.
    static qint64 parseDuration(const QString &text);
};
