#include "sdk/SdkVersion.h"

#include <QCoreApplication>
#include <QStringList>

QString SdkVersion::current()
{
    return QStringLiteral("%1.%2").arg(major).arg(minor);
}

QString SdkVersion::incompatibility(const QString &declared)
{
    const QStringList parts = declared.split(QLatin1Char('.'));
    bool okMajor = false;
    bool okMinor = true;
    const int declaredMajor = parts.value(0).toInt(&okMajor);
    const int declaredMinor = parts.size() > 1 ? parts.at(1).toInt(&okMinor) : 0;
    if (declared.isEmpty() || !okMajor || !okMinor || parts.size() > 3)
        return QCoreApplication::translate("SdkVersion", "invalid sdk version \"%1\"").arg(declared);
    if (declaredMajor != major || declaredMinor > minor)
        return QCoreApplication::translate("SdkVersion", "built for sdk %1, this CityDeck provides sdk %2")
            .arg(declared, current());
    return {};
}
