#include "shell/TimeBar.h"

#include "core/IsoTime.h"
#include "core/TimeCursor.h"
#include "sdk/EntityStore.h"
#include "shell/ShellLog.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QSlider>
#include <QStyle>
#include <QTimer>
#include <QToolButton>

#include <algorithm>

namespace {
constexpr qint64 kMinute = 60 * 1000;
constexpr qint64 kHour = 60 * kMinute;
constexpr int kSliderSteps = 10000;
constexpr int kPlayTickMs = 100;
} // namespace

const QList<int> &TimeBar::speeds()
{
    static const QList<int> list{1, 10, 60, 300, 900, 3600};
    return list;
}

const QList<qint64> &TimeBar::windows()
{
    static const QList<qint64> list{kHour, 6 * kHour, 24 * kHour, 7 * 24 * kHour, 30 * 24 * kHour};
    return list;
}

TimeBar::TimeBar(TimeCursor *cursor, EntityStore *store, QWidget *parent)
    : QWidget(parent)
    , m_cursor(cursor)
    , m_store(store)
    , m_live(new QToolButton(this))
    , m_back(new QToolButton(this))
    , m_play(new QToolButton(this))
    , m_forward(new QToolButton(this))
    , m_speed(new QComboBox(this))
    , m_slider(new QSlider(Qt::Horizontal, this))
    , m_edit(new QDateTimeEdit(this))
    , m_window(new QComboBox(this))
    , m_player(new QTimer(this))
    , m_clock(new QTimer(this))
{
    setObjectName(QStringLiteral("timeBar"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 2, 6, 2);

    m_live->setText(tr("Back to live"));
    m_live->setToolTip(tr("Show live data again (Ctrl+End)"));
    m_live->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_End));
    m_back->setIcon(style()->standardIcon(QStyle::SP_MediaSeekBackward));
    m_forward->setIcon(style()->standardIcon(QStyle::SP_MediaSeekForward));
    showPlaying(false);
    for (int s : speeds())
        m_speed->addItem(tr("%1×").arg(s), s);
    m_speed->setToolTip(tr("Playback speed"));
    m_speed->setCurrentIndex(speeds().indexOf(60));
    m_slider->setRange(0, kSliderSteps);
    m_edit->setCalendarPopup(true);
    m_edit->setDisplayFormat(QLocale().dateTimeFormat(QLocale::ShortFormat).contains(QLatin1String("ss"))
                                 ? QLocale().dateTimeFormat(QLocale::ShortFormat)
                                 : QLocale().dateFormat(QLocale::ShortFormat) + QStringLiteral(" HH:mm:ss"));
    m_edit->setTimeSpec(Qt::LocalTime);
    m_edit->setToolTip(tr("Review the city at this date and time"));
    const QStringList windowNames{tr("1 hour"), tr("6 hours"), tr("24 hours"), tr("7 days"), tr("30 days")};
    for (int i = 0; i < windows().size(); ++i)
        m_window->addItem(windowNames.at(i), windows().at(i));
    m_window->setToolTip(tr("Window reviewed and exported"));
    m_window->setCurrentIndex(qMax(0, windows().indexOf(cursor->windowMs())));

    layout->addWidget(m_live);
    layout->addWidget(m_back);
    layout->addWidget(m_play);
    layout->addWidget(m_forward);
    layout->addWidget(m_speed);
    layout->addWidget(m_slider, 1);
    layout->addWidget(m_edit);
    layout->addWidget(new QLabel(tr("Window:"), this));
    layout->addWidget(m_window);

    connect(m_live, &QToolButton::clicked, this, &TimeBar::backToLive);
    connect(m_back, &QToolButton::clicked, this, &TimeBar::stepBack);
    connect(m_forward, &QToolButton::clicked, this, &TimeBar::stepForward);
    connect(m_play, &QToolButton::clicked, this, [this] { isPlaying() ? pause() : play(); });
    connect(m_slider, &QSlider::valueChanged, this, &TimeBar::sliderMoved);
    connect(m_edit, &QDateTimeEdit::dateTimeChanged, this, [this](const QDateTime &t) {
        if (!m_updating)
            moveTo(IsoTime::fromDateTime(t));
    });
    connect(m_window, &QComboBox::currentIndexChanged, this, [this] {
        m_cursor->setWindowMs(m_window->currentData().toLongLong());
        refresh();
    });
    connect(m_cursor, &TimeCursor::timeChanged, this, &TimeBar::refresh);
    connect(m_cursor, &TimeCursor::modeChanged, this, &TimeBar::refresh);
    m_player->setInterval(kPlayTickMs);
    connect(m_player, &QTimer::timeout, this, &TimeBar::tick);
    // Live: the slider's end and the picker follow the clock.
    m_clock->setInterval(1000);
    connect(m_clock, &QTimer::timeout, this, &TimeBar::refresh);
    m_clock->start();
    // What the cache holds changes with new values, not with the clock.
    connect(m_store, &EntityStore::stored, this, &TimeBar::showCacheRange);
    connect(m_store, &EntityStore::reset, this, &TimeBar::showCacheRange);
    refresh();
    showCacheRange();
}

void TimeBar::showPlaying(bool playing)
{
    m_play->setIcon(style()->standardIcon(playing ? QStyle::SP_MediaPause : QStyle::SP_MediaPlay));
    m_play->setToolTip(playing ? tr("Pause") : tr("Play the window from the time shown"));
}

void TimeBar::showCacheRange()
{
    const auto [oldest, newest] = m_store->timeRange();
    m_slider->setToolTip(oldest == IsoTime::invalid
                             ? tr("Time shown, within the window (the cache is empty)")
                             : tr("Time shown, within the window (the cache holds %1 to %2)")
                                   .arg(QLocale().toString(IsoTime::toDateTime(oldest).toLocalTime(), QLocale::ShortFormat),
                                        QLocale().toString(IsoTime::toDateTime(newest).toLocalTime(), QLocale::ShortFormat)));
}

bool TimeBar::isPlaying() const
{
    return m_player->isActive();
}

int TimeBar::speed() const
{
    return m_speed->currentData().toInt();
}

void TimeBar::setSpeed(int speed)
{
    const int index = speeds().indexOf(speed);
    if (index >= 0)
        m_speed->setCurrentIndex(index);
}

qint64 TimeBar::stepMs() const
{
    return qMax(kMinute, m_cursor->windowMs() / 100 / kMinute * kMinute);
}

std::pair<qint64, qint64> TimeBar::sliderRange() const
{
    const qint64 end = IsoTime::fromDateTime(m_cursor->now());
    return {end - m_cursor->windowMs(), end};
}

void TimeBar::moveTo(qint64 t)
{
    if (t >= IsoTime::fromDateTime(m_cursor->now())) {
        backToLive();
        return;
    }
    m_cursor->review(IsoTime::toDateTime(t));
}

void TimeBar::play()
{
    if (m_cursor->isLive())
        m_cursor->review(IsoTime::toDateTime(sliderRange().first)); // live has nothing ahead: play the window
    m_sinceTick.start();
    m_player->start();
    showPlaying(true);
    qCInfo(lcShell) << "playing the window at" << speed() << "x";
}

void TimeBar::pause()
{
    m_player->stop();
    showPlaying(false);
}

void TimeBar::tick()
{
    // Elapsed wall time, not the timer's nominal interval: a busy GUI must not slow playback.
    const qint64 elapsed = m_sinceTick.restart();
    const qint64 t = IsoTime::fromDateTime(m_cursor->time()) + elapsed * speed();
    if (t >= IsoTime::fromDateTime(m_cursor->now())) {
        pause();
        backToLive();
        return;
    }
    m_cursor->review(IsoTime::toDateTime(t));
}

void TimeBar::step(int direction)
{
    moveTo(IsoTime::floor(IsoTime::fromDateTime(m_cursor->time()) + direction * stepMs(), kMinute));
}

void TimeBar::stepBack()
{
    step(-1);
}

void TimeBar::stepForward()
{
    if (!m_cursor->isLive())
        step(+1);
}

void TimeBar::backToLive()
{
    pause();
    m_cursor->goLive();
}

void TimeBar::sliderMoved(int position)
{
    if (m_updating)
        return;
    const auto [start, end] = sliderRange();
    if (position >= kSliderSteps) {
        backToLive();
        return;
    }
    moveTo(start + (end - start) * position / kSliderSteps);
}

void TimeBar::refresh()
{
    const bool live = m_cursor->isLive();
    const auto [start, end] = sliderRange();
    const qint64 t = IsoTime::fromDateTime(m_cursor->time());
    m_updating = true;
    m_slider->setValue(live ? kSliderSteps : int(std::clamp<qint64>((t - start) * kSliderSteps / std::max<qint64>(1, end - start), 0, kSliderSteps)));
    if (!m_edit->hasFocus())
        m_edit->setDateTime(IsoTime::toDateTime(t).toLocalTime());
    m_edit->setMaximumDateTime(IsoTime::toDateTime(end).toLocalTime());
    m_updating = false;
    m_live->setEnabled(!live);
    m_forward->setEnabled(!live);
    m_back->setToolTip(tr("Step back %1 min").arg(stepMs() / kMinute));
    m_forward->setToolTip(tr("Step forward %1 min").arg(stepMs() / kMinute));
}
