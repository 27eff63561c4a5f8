#include "shell/Theme.h"

#include <QApplication>
#include <QStyleFactory>

QString Theme::key(Id id)
{
    switch (id) {
    case Id::Light:
        return QStringLiteral("light");
    case Id::Dark:
        return QStringLiteral("dark");
    case Id::HighContrast:
        return QStringLiteral("high-contrast");
    }
    return QStringLiteral("light");
}

Theme::Id Theme::fromKey(const QString &key, Id fallback)
{
    for (Id id : all()) {
        if (Theme::key(id) == key)
            return id;
    }
    return fallback;
}

QString Theme::displayName(Id id)
{
    switch (id) {
    case Id::Light:
        return tr("Light");
    case Id::Dark:
        return tr("Dark");
    case Id::HighContrast:
        return tr("High contrast");
    }
    return {};
}

namespace {
struct Colors
{
    QColor window, base, alternate, text, mutedText, button, highlight, highlightedText, link, border;
};

Colors colorsFor(Theme::Id id)
{
    switch (id) {
    case Theme::Id::Dark:
        return {QColor(0x1e, 0x22, 0x27), QColor(0x16, 0x19, 0x1d), QColor(0x22, 0x27, 0x2d),
                QColor(0xe6, 0xe9, 0xed), QColor(0x9a, 0xa4, 0xaf), QColor(0x2a, 0x30, 0x37),
                QColor(0x1f, 0x6f, 0xeb), QColor(0xff, 0xff, 0xff), QColor(0x6c, 0xb6, 0xff),
                QColor(0x3a, 0x41, 0x49)};
    case Theme::Id::HighContrast:
        return {QColor(0x00, 0x00, 0x00), QColor(0x00, 0x00, 0x00), QColor(0x12, 0x12, 0x12),
                QColor(0xff, 0xff, 0xff), QColor(0xff, 0xff, 0xff), QColor(0x00, 0x00, 0x00),
                QColor(0xff, 0xd7, 0x00), QColor(0x00, 0x00, 0x00), QColor(0x00, 0xff, 0xff),
                QColor(0xff, 0xff, 0xff)};
    case Theme::Id::Light:
        break;
    }
    return {QColor(0xf3, 0xf4, 0xf6), QColor(0xff, 0xff, 0xff), QColor(0xf7, 0xf8, 0xfa),
            QColor(0x1f, 0x24, 0x29), QColor(0x5f, 0x6b, 0x76), QColor(0xfa, 0xfb, 0xfc),
            QColor(0x1f, 0x6f, 0xeb), QColor(0xff, 0xff, 0xff), QColor(0x0b, 0x5c, 0xd5),
            QColor(0xd0, 0xd5, 0xdb)};
}
} // namespace

QPalette Theme::palette(Id id)
{
    const Colors c = colorsFor(id);
    QPalette p;
    p.setColor(QPalette::Window, c.window);
    p.setColor(QPalette::WindowText, c.text);
    p.setColor(QPalette::Base, c.base);
    p.setColor(QPalette::AlternateBase, c.alternate);
    p.setColor(QPalette::ToolTipBase, c.base);
    p.setColor(QPalette::ToolTipText, c.text);
    p.setColor(QPalette::PlaceholderText, c.mutedText);
    p.setColor(QPalette::Text, c.text);
    p.setColor(QPalette::Button, c.button);
    p.setColor(QPalette::ButtonText, c.text);
    p.setColor(QPalette::BrightText, QColor(0xff, 0x55, 0x55));
    p.setColor(QPalette::Highlight, c.highlight);
    p.setColor(QPalette::HighlightedText, c.highlightedText);
    p.setColor(QPalette::Link, c.link);
    p.setColor(QPalette::Mid, c.border);
    p.setColor(QPalette::Dark, c.border.darker(130));
    p.setColor(QPalette::Light, c.base.lighter(110));
    const QColor disabled = id == Id::HighContrast ? QColor(0xa0, 0xa0, 0xa0) : c.mutedText;
    for (auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, disabled);
    return p;
}

QString Theme::styleSheet(Id id)
{
    const Colors c = colorsFor(id);
    const int borderWidth = id == Id::HighContrast ? 2 : 1;
    // Widgets opt in through object names/properties, so plug-ins keep their own look.
    return QStringLiteral(R"(
QDockWidget::title { padding: 6px 8px; background: %1; border-bottom: %5px solid %2; }
QStatusBar { border-top: %5px solid %2; }
QStatusBar QLabel { padding: 0 6px; }
QLabel[role="badge"] { border-radius: 4px; padding: 2px 8px; font-weight: bold; }
QLabel[role="badge"][state="live"] { background: #1a7f37; color: white; }
QLabel[role="badge"][state="review"] { background: #bf8700; color: black; }
QLabel[role="badge"][state="none"] { background: %1; color: %3; border: %5px solid %2; }
QLabel[role="badge"][state="lost"] { background: #b42318; color: white; }
QLabel[feed="lost"] { background: #b42318; color: white; font-weight: bold; padding: 2px 6px; border-radius: 4px; }
QLabel[role="heading"] { font-size: 20pt; font-weight: 600; }
QLabel[role="muted"] { color: %4; }
QFrame[role="card"] { background: %6; border: %5px solid %2; border-radius: 8px; }
QLineEdit { padding: 4px 6px; border: %5px solid %2; border-radius: 4px; background: %6; }
QLineEdit:focus { border-color: %7; }
QTableView { gridline-color: %2; }
)")
        .arg(c.button.name(), c.border.name(), c.text.name(), c.mutedText.name())
        .arg(borderWidth)
        .arg(c.base.name(), c.highlight.name());
}

void Theme::apply(QApplication *app, Id id)
{
    if (auto *fusion = QStyleFactory::create(QStringLiteral("Fusion")))
        app->setStyle(fusion);
    app->setPalette(palette(id));
    app->setStyleSheet(styleSheet(id));
    app->setProperty("citydeckTheme", key(id));
}
