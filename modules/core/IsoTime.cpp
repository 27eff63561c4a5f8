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

// Two digits at fixed places, -1 when they are not digits: the canonical form's fast path.
int twoDigits(const char *p)
{
    const unsigned a = unsigned(p[0] - '0'), b = unsigned(p[1] - '0');
    return a < 10 && b < 10 ? int(a * 10 + b) : -1;
}

struct Fields
{
    int year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0;
};

// The fraction of a second (after seconds only) and the zone from pos on, then the instant.
qint64 finish(std::string_view s, size_t pos, const Fields &f, bool hasSeconds)
{
    qint64 millis = 0;
    if (hasSeconds && pos < s.size() && (s[pos] == '.' || s[pos] == ',')) {
        ++pos;
        int scale = 100;
        const size_t start = pos;
        while (pos < s.size() && s[pos] >= '0' && s[pos] <= '9') {
            millis += (s[pos] - '0') * scale;
            scale /= 10;
            ++pos;
        }
        if (pos == start)
            return IsoTime::invalid;
    }
    if (f.month < 1 || f.month > 12 || f.day < 1 || f.day > daysInMonth(f.year, f.month) || f.hour > 24 || f.minute > 59
        || f.second > 60 || (f.hour == 24 && (f.minute || f.second || millis)))
        return IsoTime::invalid;
    qint64 offsetMinutes = 0;
    if (pos < s.size()) {
        const char z = s[pos];
        if ((z == 'Z' || z == 'z') && pos + 1 == s.size()) {
            // UTC
        } else if (z == '+' || z == '-') {
            int oh, om = 0;
            if (!digits(s, pos + 1, 2, &oh))
                return IsoTime::invalid;
            size_t next = pos + 3;
            if (next < s.size() && s[next] == ':')
                ++next;
            if (next < s.size()) {
                if (!digits(s, next, 2, &om) || next + 2 != s.size())
                    return IsoTime::invalid;
            }
            offsetMinutes = (oh * 60 + om) * (z == '-' ? -1 : 1);
        } else {
            return IsoTime::invalid;
        }
    }
    const qint64 seconds = daysFromCivil(f.year, f.month, f.day) * 86400 + f.hour * 3600 + f.minute * 60
        + qMin(f.second, 59) - offsetMinutes * 60;
    return seconds * 1000 + millis;
}
} // namespace

bool IsoTime::hasZone(std::string_view s)
{
    if (s.empty())
        return false;
    if (s.back() == 'Z' || s.back() == 'z')
        return true;
    // An offset follows the time: after the "T" (a date's own dashes come before it).
    const size_t t = s.find_first_of("Tt ");
    return t != std::string_view::npos && s.find_first_of("+-", t) != std::string_view::npos;
}

qint64 IsoTime::parse(std::string_view s)
{
    Fields f;
    if (s.size() >= 20 && s[4] == '-' && s[7] == '-' && s[10] == 'T' && s[13] == ':' && s[16] == ':') {
        // "YYYY-MM-DDTHH:MM:SS…", as every broker writes it: fixed places, no bounds to check.
        const int century = twoDigits(s.data()), year = twoDigits(s.data() + 2);
        f = {century * 100 + year, twoDigits(s.data() + 5), twoDigits(s.data() + 8), twoDigits(s.data() + 11),
             twoDigits(s.data() + 14), twoDigits(s.data() + 17)};
        if ((century | year | f.month | f.day | f.hour | f.minute | f.second) < 0)
            return invalid;
        return finish(s, 19, f, true);
    }
    if (!digits(s, 0, 4, &f.year) || s.size() < 10 || s[4] != '-' || !digits(s, 5, 2, &f.month) || s[7] != '-'
        || !digits(s, 8, 2, &f.day))
        return invalid;
    size_t pos = 10;
    bool hasSeconds = false;
    if (pos < s.size() && (s[pos] == 'T' || s[pos] == 't' || s[pos] == ' ')) {
        ++pos;
        if (!digits(s, pos, 2, &f.hour) || pos + 2 >= s.size() || s[pos + 2] != ':' || !digits(s, pos + 3, 2, &f.minute))
            return invalid;
        pos += 5;
        if (pos < s.size() && s[pos] == ':') {
            if (!digits(s, pos + 1, 2, &f.second))
                return invalid;
            pos += 3;
            hasSeconds = true;
        }
    }
    return finish(s, pos, f, hasSeconds);
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
