#include "shell/ShellStatusBar.h"

#include "core/TimeCursor.h"

#include <QLabel>
#include <QProgressBar>
#include <QToolButton>
#include <QLocale>
#include <QStyle>

namespace {
void repolish(QWidget *w)
{
    w->style()->unpolish(w);
    w->style()->polish(w);
}
} // namespace

ShellStatusBar::ShellStatusBar(TimeCursor *cursor, QWidget *parent)
    : QStatusBar(parent)
    , m_cursor(cursor)
    , m_connectionLabel(new QLabel(this))
    , m_asOfLabel(new QLabel(this))
    , m_modeBadge(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_cancel(new QToolButton(this))
{
    // Long loads (history back-fill): a bar with the step and a way out.
    m_progress->setMaximumWidth(220);
    m_progress->setTextVisible(true);
    m_progress->hide();
    m_cancel->setText(tr("Cancel"));
    m_cancel->setToolTip(tr("Stop loading; what is already cached stays"));
    m_cancel->hide();
    connect(m_cancel, &QToolButton::clicked, this, &ShellStatusBar::cancelRequested);
    addWidget(m_progress);
    addWidget(m_cancel);
    m_modeBadge->setProperty("role", QStringLiteral("badge"));
    m_connectionLabel->setAccessibleName(tr("Connection state"));
    m_asOfLabel->setAccessibleName(tr("Data time"));
    m_modeBadge->setAccessibleName(tr("Live or review mode"));
    addPermanentWidget(m_connectionLabel);
    addPermanentWidget(m_asOfLabel);
    addPermanentWidget(m_modeBadge);

    connect(cursor, &TimeCursor::modeChanged, this, &ShellStatusBar::updateMode);
    connect(cursor, &TimeCursor::timeChanged, this, &ShellStatusBar::updateAsOf);
    setConnection(Connection::None);
    updateMode();
}

void ShellStatusBar::setConnection(Connection state, const QString &detail)
{
    m_connection = state;
    static const char *dots[] = {"#8c959f", "#bf8700", "#1a7f37", "#8c959f", "#d62728", "#d62728"};
    // The state word, then what it is connected to and how (broker, live or polling) or why not.
    const QString text = detail.isEmpty() ? connectionText() : connectionText() + QStringLiteral(" — ") + detail;
    m_connectionLabel->setText(QStringLiteral("<span style=\"color:%1\">●</span> %2")
                                   .arg(QLatin1String(dots[int(state)]), text.toHtmlEscaped()));
    m_connectionLabel->setToolTip(detail);
    updateMode();
}

void ShellStatusBar::setProgress(const QString &step, int done, int total)
{
    const bool busy = total > 0 && done < total;
    m_progress->setVisible(busy);
    m_cancel->setVisible(busy);
    if (!busy)
        return;
    m_progress->setRange(0, total);
    m_progress->setValue(done);
    m_progress->setFormat(step);
    m_progress->setToolTip(step);
}

bool ShellStatusBar::isShowingProgress() const
{
    return !m_progress->isHidden();
}

QString ShellStatusBar::connectionText() const
{
    switch (m_connection) {
    case Connection::None:
        return tr("No data source");
    case Connection::Connecting:
        return tr("Connecting…");
    case Connection::Online:
        return tr("Connected");
    case Connection::Offline:
        return tr("Offline — showing cached data");
    case Connection::Error:
        return tr("Connection error");
    case Connection::Lost:
        return tr("Not live");
    }
    return {};
}

void ShellStatusBar::setAsOf(const QDateTime &time)
{
    m_asOf = time;
    updateAsOf();
}

QString ShellStatusBar::asOfText() const
{
    const QDateTime shown = m_cursor->isLive() ? m_asOf : m_cursor->time();
    if (!shown.isValid())
        return tr("As of: no data yet");
    return tr("As of %1").arg(QLocale().toString(shown.toLocalTime(), QLocale::ShortFormat));
}

bool ShellStatusBar::isLiveButStale() const
{
    return m_cursor->isLive()
        && (m_connection == Connection::Lost || m_connection == Connection::Offline || m_connection == Connection::Error);
}

QString ShellStatusBar::modeText() const
{
    if (!m_cursor->isLive())
        return tr("REVIEW");
    if (isLiveButStale())
        return tr("NOT LIVE");
    return m_connection == Connection::None ? tr("LIVE — no source") : tr("LIVE");
}

void ShellStatusBar::updateMode()
{
    const char *state = !m_cursor->isLive() ? "review"
        : isLiveButStale()                  ? "lost"
        : m_connection == Connection::Online ? "live"
                                             : "none";
    m_modeBadge->setText(modeText());
    m_modeBadge->setProperty("state", QLatin1String(state));
    m_modeBadge->setToolTip(!m_cursor->isLive() ? tr("Dashboards show the past instant chosen on the time cursor")
                            : isLiveButStale()  ? tr("Dashboards show the last data received: the feed is not live")
                                                : tr("Dashboards show live data"));
    repolish(m_modeBadge);
    updateAsOf();
}

void ShellStatusBar::updateAsOf()
{
    m_asOfLabel->setText(asOfText());
}
