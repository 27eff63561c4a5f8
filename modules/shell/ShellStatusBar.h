#pragma once

#include "shell/shell_export.h"

#include <QDateTime>
#include <QStatusBar>

class QLabel;
class QProgressBar;
class QToolButton;
class TimeCursor;

// Connection state, "as of" time and the Live/Review badge, always visible to the operator.
class CITYDECK_SHELL_EXPORT ShellStatusBar : public QStatusBar
{
    Q_OBJECT

public:
    // Lost: the broker was live and stopped answering (or its feed stopped); nothing shown is live.
    enum class Connection { None, Connecting, Online, Offline, Error, Lost };

    explicit ShellStatusBar(TimeCursor *cursor, QWidget *parent = nullptr);

    void setConnection(Connection state, const QString &detail = QString());
    Connection connection() const { return m_connection; }
    // Time of the newest data shown; invalid = no data yet.
    void setAsOf(const QDateTime &time);
    // A long load's step and progress; hidden once done reaches total (or total is 0).
    void setProgress(const QString &step, int done, int total);
    bool isShowingProgress() const;

    QString connectionText() const;
    QString asOfText() const;
    QString modeText() const;
    // True while the cursor is live but the data is not (offline, lost, error).
    bool isLiveButStale() const;

signals:
    void cancelRequested();

private:
    void updateMode();
    void updateAsOf();

    TimeCursor *m_cursor;
    QLabel *m_connectionLabel;
    QLabel *m_asOfLabel;
    QLabel *m_modeBadge;
    QProgressBar *m_progress;
    QToolButton *m_cancel;
    Connection m_connection = Connection::None;
    QDateTime m_asOf;
};
