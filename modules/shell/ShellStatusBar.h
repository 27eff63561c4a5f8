#pragma once

#include "shell/shell_export.h"

#include <QDateTime>
#include <QStatusBar>

class QLabel;
class TimeCursor;

// Connection state, "as of" time and the Live/Review badge, always visible to the operator.
class CITYDECK_SHELL_EXPORT ShellStatusBar : public QStatusBar
{
    Q_OBJECT

public:
    enum class Connection { None, Connecting, Online, Offline, Error };

    explicit ShellStatusBar(TimeCursor *cursor, QWidget *parent = nullptr);

    void setConnection(Connection state, const QString &detail = QString());
    Connection connection() const { return m_connection; }
    // Time of the newest data shown; invalid = no data yet.
    void setAsOf(const QDateTime &time);

    QString connectionText() const;
    QString asOfText() const;
    QString modeText() const;

private:
    void updateMode();
    void updateAsOf();

    TimeCursor *m_cursor;
    QLabel *m_connectionLabel;
    QLabel *m_asOfLabel;
    QLabel *m_modeBadge;
    Connection m_connection = Connection::None;
    QDateTime m_asOf;
};
