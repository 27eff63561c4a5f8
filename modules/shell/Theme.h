#pragma once

#include "shell/shell_export.h"

#include <QCoreApplication>
#include <QPalette>
#include <QString>
#include <QStringList>

class QApplication;

// The three looks a control room needs: light for offices, dark for dim control rooms, and
// high contrast for accessibility and video walls. Fusion style + palette + a small style sheet.
class CITYDECK_SHELL_EXPORT Theme
{
    Q_DECLARE_TR_FUNCTIONS(Theme)

public:
    enum class Id { Light, Dark, HighContrast };

    static QList<Id> all() { return {Id::Light, Id::Dark, Id::HighContrast}; }
    static QString key(Id id);
    static Id fromKey(const QString &key, Id fallback = Id::Light);
    static QString displayName(Id id);

    static QPalette palette(Id id);
    static QString styleSheet(Id id);
    static void apply(QApplication *app, Id id);
};
