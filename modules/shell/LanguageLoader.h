#pragma once

#include "shell/shell_export.h"

#include <QString>

class QCoreApplication;

// Installs CityDeck's own translation and Qt's for a language. English is the source language:
// nothing to install. Missing files are logged, never fatal.
class CITYDECK_SHELL_EXPORT LanguageLoader
{
public:
    // Returns true when CityDeck's catalogue for the language was installed (or English).
    static bool install(QCoreApplication *app, const QString &language);
    static QString catalogueFile(const QString &language);
};
