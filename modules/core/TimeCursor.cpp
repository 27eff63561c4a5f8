#include "core/TimeCursor.h"

#include "core/CoreLog.h"

TimeCursor::TimeCursor(QObject *parent)
    : QObject(parent)
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
{
}

QDateTime TimeCursor::time() const
{
    return m_mode == Mode::Live ? m_clock().toUTC() : m_reviewTime;
}

void TimeCursor::setClock(Clock clock)
{
    m_clock = clock ? std::move(clock) : Clock([] { return QDateTime::currentDateTimeUtc(); });
}

void TimeCursor::goLive()
{
    if (m_mode == Mode::Live)
        return;
    m_mode = Mode::Live;
    m_reviewTime = {};
    qCInfo(lcCore) << "time cursor back to live";
    emit modeChanged(m_mode);
    emit timeChanged(time());
}

void TimeCursor::review(const QDateTime &t)
{
    if (!t.isValid()) {
        qCWarning(lcCore) << "ignoring review at an invalid time";
        return;
    }
    const QDateTime now = m_clock().toUTC();
    const QDateTime target = t.toUTC() > now ? now : t.toUTC();
    const bool modeChanges = m_mode != Mode::Review;
    if (!modeChanges && target == m_reviewTime)
        return;
    m_mode = Mode::Review;
    m_reviewTime = target;
    if (modeChanges)
        emit modeChanged(m_mode);
    emit timeChanged(m_reviewTime);
}

void TimeCursor::setWindowMs(qint64 ms)
{
    if (ms <= 0 || ms == m_windowMs)
        return;
    m_windowMs = ms;
    emit windowChanged(ms);
}
