#pragma once

#include "shell/shell_export.h"

#include "core/UnitFormatter.h"
#include "shell/Theme.h"

#include <QString>

class QSettings;

// The user's choices that outlive a session (language, theme, units, last workspace), kept in
// QSettings. Never holds secrets: those go to the OS keychain.
class CITYDECK_SHELL_EXPORT Preferences
{
public:
    // The settings object is borrowed; tests pass one backed by a temporary file.
    explicit Preferences(QSettings *settings);

    QSettings *settings() const { return m_settings; }

    // "" means the system language.
    QString language() const;
    void setLanguage(const QString &code);
    static QStringList supportedLanguages() { return {QStringLiteral("en"), QStringLiteral("fr"), QStringLiteral("nl"), QStringLiteral("de")}; }
    // The language to use now: the chosen one, else the system's if supported, else English.
    QString effectiveLanguage() const;

    Theme::Id theme() const;
    void setTheme(Theme::Id theme);

    UnitFormatter::System units() const;
    void setUnits(UnitFormatter::System system);

    QString lastWorkspace() const;
    void setLastWorkspace(const QString &key);
    bool hasChosenWorkspace() const;

private:
    QSettings *m_settings;
};
