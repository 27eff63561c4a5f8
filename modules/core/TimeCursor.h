#pragma once

#include "core/core_export.h"

#include <QDateTime>
#include <QObject>

#include <functional>

// The one clock every dashboard reads: Live (now) or Review (a fixed past instant T).
// Dashboards never call QDateTime::currentDateTime() themselves, so that a review replays
// exactly what live showed.
class CITYDECK_CORE_EXPORT TimeCursor : public QObject
{
    Q_OBJECT
    Q_PROPERTY(Mode mode READ mode NOTIFY modeChanged)
    Q_PROPERTY(QDateTime time READ time NOTIFY timeChanged)

public:
    enum class Mode { Live, Review };
    Q_ENUM(Mode)

    using Clock = std::function<QDateTime()>;

    explicit TimeCursor(QObject *parent = nullptr);

    Mode mode() const { return m_mode; }
    bool isLive() const { return m_mode == Mode::Live; }

    // Live: the clock's current time; Review: the reviewed instant. Always UTC.
    QDateTime time() const;

    // Tests and the demo city's accelerated time replace the wall clock.
    void setClock(Clock clock);

public slots:
    void goLive();
    // Switches to Review at t; a time in the future of the clock is clamped to now.
    void review(const QDateTime &t);

signals:
    void modeChanged(TimeCursor::Mode mode);
    void timeChanged(const QDateTime &time);

private:
    Clock m_clock;
    Mode m_mode = Mode::Live;
    QDateTime m_reviewTime;
};
