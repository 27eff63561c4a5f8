#include "shell/CommandLineOptions.h"

#include "core/Version.h"
#include "shell/Preferences.h"
#include "shell/Workspace.h"

#include <QCommandLineParser>

CommandLineOptions CommandLineOptions::parse(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("CityDeck — a control room for smart-city pilots on NGSI-LD brokers."));
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    QStringList workspaceKeys;
    for (const Workspace &w : Workspace::all())
        workspaceKeys << w.key();
    const QCommandLineOption workspace(QStringLiteral("workspace"),
                                       tr("Start in workspace NAME (%1).").arg(workspaceKeys.join(QStringLiteral(", "))),
                                       tr("NAME"));
    const QCommandLineOption demo(QStringLiteral("demo"), tr("Connect to the embedded demo city."));
    const QCommandLineOption demoSeed(QStringLiteral("demo-seed"), tr("Seed of the demo city (same seed, same city)."), tr("SEED"),
                                      QStringLiteral("20260314"));
    const QCommandLineOption demoSpeed(QStringLiteral("demo-speed"), tr("Simulated seconds per second in the demo city."), tr("X"),
                                       QStringLiteral("1"));
    const QCommandLineOption lang(QStringLiteral("lang"),
                                  tr("User interface language (%1) for this run.")
                                      .arg(Preferences::supportedLanguages().join(QStringLiteral(", "))),
                                  tr("CODE"));
    const QCommandLineOption reset(QStringLiteral("reset-layout"),
                                   tr("Forget the saved window layouts of all workspaces."));
    const QCommandLineOption kiosk(QStringLiteral("kiosk"), tr("Start full screen without chrome (video walls)."));
    const QCommandLineOption settings(QStringLiteral("settings"),
                                      tr("Read and write settings in FILE instead of the user's settings."),
                                      tr("FILE"));
    const QCommandLineOption listPlugins(QStringLiteral("list-plugins"),
                                         tr("Print every plug-in found, its state and any error, then exit."));
    const QCommandLineOption open(QStringLiteral("open"), tr("Open the dashboard ID at start (may be repeated)."), tr("ID"));
    parser.addOptions({workspace, demo, demoSeed, demoSpeed, lang, reset, kiosk, settings, listPlugins, open});

    CommandLineOptions out;
    if (!parser.parse(arguments)) {
        out.outcome = Outcome::Error;
        out.message = parser.errorText();
        return out;
    }
    if (parser.isSet(help)) {
        out.outcome = Outcome::ShowHelp;
        out.message = parser.helpText();
        return out;
    }
    if (parser.isSet(version)) {
        out.outcome = Outcome::ShowVersion;
        out.message = QStringLiteral("CityDeck %1").arg(QLatin1String(CITYDECK_VERSION));
        return out;
    }
    out.openDashboards = parser.values(open);
    if (!parser.positionalArguments().isEmpty()) {
        out.outcome = Outcome::Error;
        out.message = tr("Unexpected argument: %1").arg(parser.positionalArguments().constFirst());
        return out;
    }
    if (parser.isSet(workspace)) {
        Workspace found = Workspace::forRole(Workspace::Role::Operator);
        if (!Workspace::find(parser.value(workspace), &found)) {
            out.outcome = Outcome::Error;
            out.message = tr("Unknown workspace \"%1\"; use one of: %2")
                              .arg(parser.value(workspace), workspaceKeys.join(QStringLiteral(", ")));
            return out;
        }
        out.workspace = found.key();
    }
    if (parser.isSet(lang)) {
        out.language = parser.value(lang);
        if (!Preferences::supportedLanguages().contains(out.language)) {
            out.outcome = Outcome::Error;
            out.message = tr("Unsupported language \"%1\"; use one of: %2")
                              .arg(out.language, Preferences::supportedLanguages().join(QStringLiteral(", ")));
            return out;
        }
    }
    out.demo = parser.isSet(demo) || parser.isSet(demoSeed) || parser.isSet(demoSpeed);
    bool okSeed = true, okSpeed = true;
    out.demoSeed = parser.value(demoSeed).toULongLong(&okSeed);
    out.demoSpeed = parser.value(demoSpeed).toDouble(&okSpeed);
    if (!okSeed || !okSpeed || out.demoSpeed < 0) {
        out.outcome = Outcome::Error;
        out.message = tr("--demo-seed needs a non-negative integer and --demo-speed a non-negative number");
        return out;
    }
    out.resetLayout = parser.isSet(reset);
    out.kiosk = parser.isSet(kiosk);
    out.listPlugins = parser.isSet(listPlugins);
    out.settingsFile = parser.value(settings);
    return out;
}
