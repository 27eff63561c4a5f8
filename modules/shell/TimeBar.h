#pragma once

#include "shell/shell_export.h"

#include <QElapsedTimer>
#include <QWidget>

class EntityStore;
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QSlider;
class QTimer;
class QToolButton;
class TimeCursor;

// The time bar under the dashboards: Live, or Review at any instant of the chosen window —
// a date-time picker, a slider over the window, play/pause at 1× to 3600×, steps back and
// forward, and "back to live". It only moves the TimeCursor; dashboards follow the cursor.
class CITYDECK_SHELL_EXPORT TimeBar : public QWidget
{
    Q_OBJECT
public:
    TimeBar(TimeCursor *cursor, EntityStore *store, QWidget *parent = nullptr);

    static const QList<int> &speeds();
    // The window spans offered, in ms (1 h, 6 h, 24 h, 7 days, 30 days).
    static const QList<qint64> &windows();

    bool isPlaying() const;
    int speed() const;
    void setSpeed(int speed);
    // One step back or forward: a hundredth of the window, rounded to whole minutes.
    qint64 stepMs() const;
    // The slider's span: [start, end] in ms (end is now).
    std::pair<qint64, qint64> sliderRange() const;

public slots:
    void play();
    void pause();
    void stepBack();
    void stepForward();
    void backToLive();

private:
    void moveTo(qint64 t);
    void step(int direction);
    void showPlaying(bool playing);
    void showCacheRange();
    void tick();
    void refresh();
    void sliderMoved(int position);

    TimeCursor *m_cursor;
    EntityStore *m_store;
    QToolButton *m_live;
    QToolButton *m_back;
    QToolButton *m_play;
    QToolButton *m_forward;
    QComboBox *m_speed;
    QSlider *m_slider;
    QDateTimeEdit *m_edit;
    QComboBox *m_window;
    QTimer *m_player;
    QTimer *m_clock;
    QElapsedTimer m_sinceTick;
    bool m_updating = false;
};
