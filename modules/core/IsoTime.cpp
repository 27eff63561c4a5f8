#include "core/IsoTime.h"

namespace {
bool digits(std::string_view s, size_t pos, size_t count, int *out)
{
    if (pos + count > s.size())
        return false;
    int v = 0;
    for (size_t i = pos; i < pos + count; ++i) {
        const char c = s[i];
        if (c < '0' || c > '9')
            return false;
        v = v * 10 + (c - '0');
    }
    *out = v;
    return true;
}

// Days from 1970-01-01 to y-m-d in the proleptic Gregorian calendar (Howard Hinnant).
qint64 daysFromCivil(int y, int m, int d)
{
    y -= m <= 2;
    const qint64 era = (y >= 0 ? y : y - 399) / 400;
    const unsigned yoe = unsigned(y - era * 400);
    const unsigned doy = unsigned((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1);
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + qint64(doe) - 719468;
}

int daysInMonth(int y, int m)
{
    static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    return m == 2 && leap ? 29 : days[m - 1];
}
} // namespace

qint64 IsoTime::parse(std::string_view s)
{
    int year, month, day, hour = 0, minute = 0, second = 0;
    if (!digits(s, 0, 4, &year) || s.size() < 10 || s[4] != '-' || !digits(s, 5, 2, &month) || s[7] != '-'
        || !digits(s, 8, 2, &day))
        return invalid;
    if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month))
        return invalid;
    size_t pos = 10;
    qint64 millis = 0;
    if (pos < s.size() && (s[pos] == 'T' || s[pos] == 't' || s[pos] == ' ')) {
        ++pos;
        if (!digits(s, pos, 2, &hour) || pos + 2 >= s.size() || s[pos + 2] != ':' || !digits(s, pos + 3, 2, &minute))
            return invalid;
        pos += 5;
        if (pos < s.size() && s[pos] == ':') {
            if (!digits(s, pos + 1, 2, &second))
                return invalid;
            pos += 3;
            if (pos < s.size() && (s[pos] == '.' || s[pos] == ',')) {
                ++pos;
                int scale = 100;
                const size_t start = pos;
                while (pos < s.size() && s[pos] >= '0' && s[pos] <= '9') {
                    millis += (s[pos] - '0') * scale;
                    scale /= 10;
                    ++pos;
                }
                if (pos == start)
                    return invalid;
            }
        }
        if (hour > 24 || minute > 59 || second > 60 || (hour == 24 && (minute || second || millis)))
            return invalid;
    }
    qint64 offsetMinutes = 0;
    if (pos < s.size()) {
        const char z = s[pos];
        if ((z == 'Z' || z == 'z') && pos + 1 == s.size()) {
            // UTC
        } else if (z == '+' || z == '-') {
            int oh, om = 0;
            if (!digits(s, pos + 1, 2, &oh))
                return invalid;
            size_t next = pos + 3;
            if (next < s.size() && s[next] == ':')
                ++next;
            if (next < s.size()) {
                if (!digits(s, next, 2, &om) || next + 2 != s.size())
                    return invalid;
            }
            offsetMinutes = (oh * 60 + om) * (z == '-' ? -1 : 1);
        } else {
            return invalid;
        }
    }
    const qint64 seconds = daysFromCivil(year, month, day) * 86400 + hour * 3600 + minute * 60 + qMin(second, 59)
        - offsetMinutes * 60;
    return seconds * 1000 + millis;
}

qint64 IsoTime::parse(const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    return parse(std::string_view(utf8.constData(), size_t(utf8.size())));
}

QString IsoTime::format(qint64 msecs)
{
    if (msecs == invalid)
        return {};
    const QDateTime dt = QDateTime::fromMSecsSinceEpoch(msecs, Qt::UTC);
    return dt.toString(msecs % 1000 ? QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ") : QStringLiteral("yyyy-MM-ddTHH:mm:ssZ"));
}

QDateTime IsoTime::toDateTime(qint64 msecs)
{
    return msecs == invalid ? QDateTime() : QDateTime::fromMSecsSinceEpoch(msecs, Qt::UTC);
}

qint64 IsoTime::fromDateTime(const QDateTime &dt)
{
    return dt.isValid() ? dt.toMSecsSinceEpoch() : invalid;
}
