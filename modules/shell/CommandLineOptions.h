#pragma once

#include "shell/shell_export.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

// CityDeck's command line: --workspace, --demo, --lang, --reset-layout, --kiosk, --settings,
// --list-plugins, --open, plus --help and --version. Parsing is separate from acting so that it can be tested.
class CITYDECK_SHELL_EXPORT CommandLineOptions
{
    Q_DECLARE_TR_FUNCTIONS(CommandLineOptions)

public:
    enum class Outcome { Run, ShowHelp, ShowVersion, Error };

    // arguments include the program name, as QCoreApplication::arguments().
    static CommandLineOptions parse(const QStringList &arguments);

    Outcome outcome = Outcome::Run;
    QString message; // help text, version line or error
    QString workspace;
    QString language;
    QString settingsFile;
    bool demo = false;
    quint64 demoSeed = 20260314;
    double demoSpeed = 1.0;
    bool resetLayout = false;
    bool kiosk = false;
    bool listPlugins = false;
    QStringList openDashboards;
};
