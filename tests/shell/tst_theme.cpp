#include "shell/Theme.h"

#include <QApplication>
#include <QStyle>
#include <QTest>

#include <cmath>

// WCAG 2.1 relative luminance and contrast ratio.
static double luminance(const QColor &c)
{
    auto channel = [](double v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

static double contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

class TestTheme : public QObject
{
    Q_OBJECT

private slots:
    void keysRoundTrip()
    {
        for (Theme::Id id : Theme::all()) {
            QCOMPARE(Theme::fromKey(Theme::key(id)), id);
            QVERIFY(!Theme::displayName(id).isEmpty());
        }
        QCOMPARE(Theme::fromKey(QStringLiteral("neon"), Theme::Id::Dark), Theme::Id::Dark);
    }

    void textIsReadable_data()
    {
        QTest::addColumn<int>("theme");
        QTest::addColumn<double>("minimum");
        // WCAG AA for normal text is 4.5:1; the high-contrast theme must reach AAA, 7:1.
        QTest::newRow("light") << int(Theme::Id::Light) << 4.5;
        QTest::newRow("dark") << int(Theme::Id::Dark) << 4.5;
        QTest::newRow("high contrast") << int(Theme::Id::HighContrast) << 7.0;
    }

    void textIsReadable()
    {
        QFETCH(int, theme);
        QFETCH(double, minimum);
        const QPalette p = Theme::palette(Theme::Id(theme));
        const std::pair<QPalette::ColorRole, QPalette::ColorRole> pairs[] = {
            {QPalette::Text, QPalette::Base},
            {QPalette::WindowText, QPalette::Window},
            {QPalette::ButtonText, QPalette::Button},
            {QPalette::HighlightedText, QPalette::Highlight},
            {QPalette::ToolTipText, QPalette::ToolTipBase},
        };
        for (const auto &[fg, bg] : pairs) {
            const double ratio = contrast(p.color(fg), p.color(bg));
            QVERIFY2(ratio >= minimum, qPrintable(QStringLiteral("%1 on %2: %3").arg(fg).arg(bg).arg(ratio)));
        }
        // Muted text (placeholders, hints) is still readable at AA-large.
        QVERIFY(contrast(p.color(QPalette::PlaceholderText), p.color(QPalette::Base)) >= 3.0);
    }

    void applySetsStyleAndPalette()
    {
        Theme::apply(qApp, Theme::Id::Dark);
        QVERIFY(qApp->styleSheet().contains(QStringLiteral("QDockWidget::title")));
        QCOMPARE(qApp->palette().color(QPalette::Window), Theme::palette(Theme::Id::Dark).color(QPalette::Window));
        QCOMPARE(qApp->property("citydeckTheme").toString(), QStringLiteral("dark"));
    }
};

QTEST_MAIN(TestTheme)
#include "tst_theme.moc"
