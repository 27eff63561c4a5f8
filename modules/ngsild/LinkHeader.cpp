#include "ngsild/LinkHeader.h"

QList<LinkHeader::Link> LinkHeader::parse(const QList<QByteArray> &headerValues)
{
    QList<Link> links;
    for (const QByteArray &raw : headerValues) {
        const QString value = QString::fromUtf8(raw);
        int i = 0;
        while (i < value.size()) {
            const int open = value.indexOf(QLatin1Char('<'), i);
            if (open < 0)
                break;
            // The target ends at the '>' followed by parameters, a comma or the end: unencoded
            // query values may hold '>' themselves ("q=speed>5").
            int close = -1;
            for (int k = value.indexOf(QLatin1Char('>'), open + 1); k >= 0; k = value.indexOf(QLatin1Char('>'), k + 1)) {
                int n = k + 1;
                while (n < value.size() && value.at(n).isSpace())
                    ++n;
                if (n == value.size() || value.at(n) == QLatin1Char(';') || value.at(n) == QLatin1Char(',')) {
                    close = k;
                    break;
                }
            }
            if (close < 0)
                break;
            Link link;
            link.target = value.mid(open + 1, close - open - 1).trimmed();
            // Parameters run until the next comma that is followed by a new "<".
            int end = close + 1;
            bool quoted = false;
            while (end < value.size()) {
                const QChar c = value.at(end);
                if (c == QLatin1Char('"'))
                    quoted = !quoted;
                else if (c == QLatin1Char(',') && !quoted)
                    break;
                ++end;
            }
            const QStringList params = value.mid(close + 1, end - close - 1).split(QLatin1Char(';'), Qt::SkipEmptyParts);
            for (const QString &param : params) {
                const QString key = param.section(QLatin1Char('='), 0, 0).trimmed().toLower();
                QString v = param.section(QLatin1Char('='), 1).trimmed();
                if (v.startsWith(QLatin1Char('"')) && v.endsWith(QLatin1Char('"')) && v.size() >= 2)
                    v = v.mid(1, v.size() - 2);
                if (key == QLatin1String("rel"))
                    link.rel = v;
                else if (key == QLatin1String("type"))
                    link.type = v;
            }
            links << link;
            i = end + 1;
        }
    }
    return links;
}

QUrl LinkHeader::next(const QList<QByteArray> &headerValues, const QUrl &requestUrl)
{
    for (const Link &link : parse(headerValues)) {
        if (link.rel.split(QLatin1Char(' ')).contains(QLatin1String("next"))) {
            const QUrl target = QUrl(link.target, QUrl::TolerantMode);
            return target.isValid() ? requestUrl.resolved(target) : QUrl();
        }
    }
    return {};
}

QString LinkHeader::context(const QList<QByteArray> &headerValues)
{
    for (const Link &link : parse(headerValues)) {
        if (link.rel == QLatin1String("http://www.w3.org/ns/json-ld#context"))
            return link.target;
    }
    return {};
}
