#pragma once

#include "shell/shell_export.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

// The third-party components CityDeck runs on, with the versions loaded at run time and their
// licences — for the About dialog and for support requests.
class CITYDECK_SHELL_EXPORT ComponentVersions
{
    Q_DECLARE_TR_FUNCTIONS(ComponentVersions)

public:
    struct Component
    {
        QString name;
        QString version;
        QString licence;
    };

    static QList<Component> all();
    static QString asText(); // one "name version (licence)" line each
    // Data sources whose licences require attribution wherever their data is shown.
    static QStringList dataAttributions();
};
