#include "shell/Preferences.h"

#include <QLocale>
#include <QSettings>

namespace {
const QString kLanguage = QStringLiteral("ui/language");
const QString kTheme = QStringLiteral("ui/theme");
const QString kUnits = QStringLiteral("ui/units");
const QString kWorkspace = QStringLiteral("workspace/current");
} // namespace

Preferences::Preferences(QSettings *settings)
    : m_settings(settings)
{
}

QString Preferences::language() const
{
    const QString code = m_settings->value(kLanguage).toString();
    return supportedLanguages().contains(code) ? code : QString();
}

void Preferences::setLanguage(const QString &code)
{
    m_settings->setValue(kLanguage, supportedLanguages().contains(code) ? code : QString());
}

QString Preferences::effectiveLanguage() const
{
    const QString chosen = language();
    if (!chosen.isEmpty())
        return chosen;
    const QString system = QLocale::system().name().section(QLatin1Char('_'), 0, 0);
    return supportedLanguages().contains(system) ? system : QStringLiteral("en");
}

Theme::Id Preferences::theme() const
{
    return Theme::fromKey(m_settings->value(kTheme).toString(), Theme::Id::Light);
}

void Preferences::setTheme(Theme::Id theme)
{
    m_settings->setValue(kTheme, Theme::key(theme));
}

UnitFormatter::System Preferences::units() const
{
    return UnitFormatter::systemFromKey(m_settings->value(kUnits).toString());
}

void Preferences::setUnits(UnitFormatter::System system)
{
    m_settings->setValue(kUnits, UnitFormatter::systemKey(system));
}

QString Preferences::lastWorkspace() const
{
    return m_settings->value(kWorkspace).toString();
}

void Preferences::setLastWorkspace(const QString &key)
{
    m_settings->setValue(kWorkspace, key);
}

bool Preferences::hasChosenWorkspace() const
{
    return m_settings->contains(kWorkspace);
}
