#include "shell/SettingsDialog.h"

#include "shell/Preferences.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

SettingsDialog::SettingsDialog(Preferences *preferences, QWidget *parent)
    : QDialog(parent)
    , m_preferences(preferences)
    , m_language(new QComboBox(this))
    , m_theme(new QComboBox(this))
    , m_units(new QComboBox(this))
    , m_languageNote(new QLabel(this))
{
    setWindowTitle(tr("Settings"));
    setMinimumWidth(440);

    // Each language is named in itself, so a user can find theirs whatever the UI language.
    m_language->addItem(tr("System language"), QString());
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("Français"), QStringLiteral("fr"));
    m_language->addItem(QStringLiteral("Nederlands"), QStringLiteral("nl"));
    m_language->addItem(QStringLiteral("Deutsch"), QStringLiteral("de"));
    m_language->setCurrentIndex(qMax(0, m_language->findData(preferences->language())));

    for (Theme::Id id : Theme::all())
        m_theme->addItem(Theme::displayName(id), Theme::key(id));
    m_theme->setCurrentIndex(qMax(0, m_theme->findData(Theme::key(preferences->theme()))));

    m_units->addItem(tr("Metric (m, km, °C, L)"), UnitFormatter::systemKey(UnitFormatter::System::Metric));
    m_units->addItem(tr("Imperial (ft, mi, °F, gal)"), UnitFormatter::systemKey(UnitFormatter::System::Imperial));
    m_units->setCurrentIndex(qMax(0, m_units->findData(UnitFormatter::systemKey(preferences->units()))));

    m_languageNote->setProperty("role", QStringLiteral("muted"));
    m_languageNote->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(tr("&Language:"), m_language);
    form->addRow(QString(), m_languageNote);
    form->addRow(tr("&Theme:"), m_theme);
    form->addRow(tr("&Units:"), m_units);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addStretch(1);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_language, &QComboBox::currentIndexChanged, this, &SettingsDialog::updateLanguageNote);
    updateLanguageNote();
}

void SettingsDialog::updateLanguageNote()
{
    const bool changed = m_language->currentData().toString() != m_preferences->language();
    m_languageNote->setText(changed ? tr("The new language is used from the next start of CityDeck.")
                                    : tr("Dates and numbers follow the language."));
}

bool SettingsDialog::apply()
{
    const QString language = m_language->currentData().toString();
    const bool languageChanged = language != m_preferences->language();
    m_preferences->setLanguage(language);
    m_preferences->setTheme(Theme::fromKey(m_theme->currentData().toString()));
    m_preferences->setUnits(UnitFormatter::systemFromKey(m_units->currentData().toString()));
    return languageChanged;
}
