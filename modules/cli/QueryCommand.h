#pragma once

#include "cli/cli_export.h"

#include <QStringList>

class QTextStream;

// `citydeck-cli query URL --type T [--q EXPR] [--key-values] …`: every matching entity as one
// JSON line (the entity model, normalized whatever the broker sent), then "N entities" on
// stderr, plus a warning line when the broker's count header disagreed. Exit 0, or 2 with a
// one-line reason.
class CITYDECK_CLI_EXPORT QueryCommand
{
public:
    static int run(const QStringList &arguments, QTextStream &out, QTextStream &err);
};
