#pragma once

#include "cli/cli_export.h"

#include <QStringList>

class QTextStream;

// `citydeck-cli probe URL [--tenant T] [--token-env VAR]`: which broker answers, the entity
// types it offers and how many entities each has — or the exact error.
class CITYDECK_CLI_EXPORT ProbeCommand
{
public:
    static int run(const QStringList &arguments, QTextStream &out, QTextStream &err);
};
