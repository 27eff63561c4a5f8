#include "watering/WateringRule.h"

#include <QRegularExpression>
#include <QStringList>

namespace {
QString clock(int minutes)
{
    return QStringLiteral("%1:%2").arg(minutes / 60, 2, 10, QLatin1Char('0')).arg(minutes % 60, 2, 10, QLatin1Char('0'));
}
} // namespace

QString WateringRule::windowsText() const
{
    QStringList parts;
    for (const WateringWindow &w : windows)
        parts << clock(w.startMinute) + QLatin1Char('-') + clock(w.endMinute);
    return parts.join(QStringLiteral(", "));
}

bool WateringRule::parseWindows(const QString &text, QList<WateringWindow> *out)
{
    static const QRegularExpression one(QStringLiteral("^\\s*(\\d{1,2}):(\\d{2})\\s*[-–]\\s*(\\d{1,2}):(\\d{2})\\s*$"));
    QList<WateringWindow> windows;
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QRegularExpressionMatch m = one.match(part);
        if (!m.hasMatch())
            return false;
        const int start = m.captured(1).toInt() * 60 + m.captured(2).toInt();
        const int end = m.captured(3).toInt() * 60 + m.captured(4).toInt();
        if (m.captured(2).toInt() > 59 || m.captured(4).toInt() > 59 || end <= start || end > 24 * 60)
            return false;
        if (!windows.isEmpty() && start < windows.last().endMinute)
            return false; // in order, not overlapping: the first is the usual one
        windows << WateringWindow{start, end};
    }
    if (windows.isEmpty())
        return false;
    *out = windows;
    return true;
}

bool WateringRule::isValid() const
{
    return !windows.isEmpty() && criticalThreshold <= dryThreshold && dryThreshold < targetMoisture && rootDepthMm > 0
        && rateMmPerHour > 0 && horizonHours > 0;
}
