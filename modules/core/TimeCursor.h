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
    QDateTime now() const { return m_clock().toUTC(); }

    // The window reviewed and exported: [time − window, time]. Default 24 hours.
    qint64 windowMs() const { return m_windowMs; }
    void setWindowMs(qint64 ms);

public slots:
    void goLive();
    // Switches to Review at t; a time in the future of the clock is clamped to now.
    void review(const QDateTime &t);

signals:
    void modeChanged(TimeCursor::Mode mode);
    void timeChanged(const QDateTime &time);
    void windowChanged(qint64 ms);

private:
    Clock m_clock;
    Mode m_mode = Mode::Live;
    QDateTime m_reviewTime;
    qint64 m_windowMs = 24LL * 3600 * 1000;
};
