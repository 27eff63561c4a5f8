#pragma once

#include "shell/shell_export.h"

#include <QDialog>

class Preferences;
class QComboBox;
class QLabel;

// Language, theme and units. Theme and units apply at once; language at the next start.
class CITYDECK_SHELL_EXPORT SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    SettingsDialog(Preferences *preferences, QWidget *parent = nullptr);

    // Writes the choices to the preferences; true when the language changed.
    bool apply();

    QComboBox *languageBox() const { return m_language; }
    QComboBox *themeBox() const { return m_theme; }
    QComboBox *unitsBox() const { return m_units; }

private:
    void updateLanguageNote();

    Preferences *m_preferences;
    QComboBox *m_language;
    QComboBox *m_theme;
    QComboBox *m_units;
    QLabel *m_languageNote;
};
