// citydeck-cli: the installers' and administrators' tool, on the same libraries as the app.

#include "cli/CacheCommands.h"
#include "cli/ParseCommand.h"
#include "cli/ProbeCommand.h"
#include "cli/QueryCommand.h"
#include "core/Version.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QTextStream>

#include <cstdio>

namespace {
const char *kUsage =
    "usage: citydeck-cli COMMAND [options]\n"
    "  probe URL             identify the broker, list its entity types and counts\n"
    "  query URL --type T    print every matching entity as one JSON line\n"
    "  parse FILE|-          print the entities of an NGSI-LD payload file as JSON lines\n"
    "  sync URL --cache FILE --type T [--history 24h] [--for 60s]   fill or update a cache\n"
    "  state --cache FILE --at ISO8601 [--type T]   each entity's state at that time (JSON lines)\n"
    "  series --cache FILE --id ID --attr A --from T1 --to T2   one attribute as observedAt,value CSV\n"
    "  --version             print the version\n"
    "  --verbose             also print the libraries' log (requests, retries)\n"
    "Run 'citydeck-cli COMMAND --help' for a command's options.\n";
}

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("citydeck-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CITYDECK_VERSION));
    QTextStream out(stdout);
    QTextStream err(stderr);
    QStringList args = QCoreApplication::arguments();
    const QString command = args.value(1);
    if (command == QLatin1String("--version")) {
        out << "citydeck-cli " << CITYDECK_VERSION << Qt::endl;
        return 0;
    }
    args.removeAt(1); // the command; the parser sees "citydeck-cli <options>"
    // stderr carries one-line reasons and summaries; the libraries' logs only with --verbose.
    if (args.removeAll(QStringLiteral("--verbose")) == 0 && qEnvironmentVariableIsEmpty("QT_LOGGING_RULES"))
        QLoggingCategory::setFilterRules(QStringLiteral("citydeck.*.info=false\ncitydeck.*.warning=false"));
    if (command == QLatin1String("parse"))
        return ParseCommand::run(args, out, err);
    if (command == QLatin1String("query"))
        return QueryCommand::run(args, out, err);
    if (command == QLatin1String("sync"))
        return CacheCommands::sync(args, out, err);
    if (command == QLatin1String("state"))
        return CacheCommands::state(args, out, err);
    if (command == QLatin1String("series"))
        return CacheCommands::series(args, out, err);
    if (command == QLatin1String("probe"))
        return ProbeCommand::run(args, out, err);
    err << kUsage;
    return command.isEmpty() || command == QLatin1String("--help") ? 0 : 2;
}
