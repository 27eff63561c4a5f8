#include "shell/LanguageLoader.h"

#include "core/AppPaths.h"
#include "shell/ShellLog.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

QString LanguageLoader::catalogueFile(const QString &language)
{
    return AppPaths::translationsDir() + QStringLiteral("/citydeck_%1.qm").arg(language);
}

bool LanguageLoader::install(QCoreApplication *app, const QString &language)
{
    QLocale::setDefault(QLocale(language));
    if (language == QLatin1String("en"))
        return true;

    auto *qt = new QTranslator(app);
    if (qt->load(QStringLiteral("qtbase_") + language, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        app->installTranslator(qt);
    else
        qCInfo(lcShell) << "no Qt translation for" << language;

    auto *own = new QTranslator(app);
    if (!own->load(catalogueFile(language))) {
        qCWarning(lcShell) << "translation" << catalogueFile(language) << "not found: the interface stays in English";
        delete own;
        return false;
    }
    app->installTranslator(own);
    return true;
}
