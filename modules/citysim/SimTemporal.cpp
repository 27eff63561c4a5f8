#include "citysim/SimTemporal.h"

#include "citysim/CitySimulation.h"
#include "core/IsoTime.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QUrl>

#include <cmath>
#include <limits>

namespace {
bool isAggregate(const QString &m)
{
    static const QStringList known{QStringLiteral("avg"), QStringLiteral("min"), QStringLiteral("max"), QStringLiteral("sum"),
                                   QStringLiteral("totalCount"), QStringLiteral("distinctCount"), QStringLiteral("stddev"),
                                   QStringLiteral("sumsq")};
    return known.contains(m);
}

double aggregate(const QString &method, const QList<QJsonValue> &values)
{
    if (method == QLatin1String("totalCount"))
        return double(values.size());
    if (method == QLatin1String("distinctCount")) {
        QStringList seen;
        for (const QJsonValue &v : values) {
            const QString key = v.isString() ? v.toString() : QString::number(v.toDouble());
            if (!seen.contains(key))
                seen << key;
        }
        return double(seen.size());
    }
    double sum = 0, sumsq = 0, low = std::numeric_limits<double>::max(), high = std::numeric_limits<double>::lowest();
    int n = 0;
    for (const QJsonValue &v : values) {
        if (!v.isDouble() && !v.isBool())
            continue;
        const double x = v.isBool() ? double(v.toBool()) : v.toDouble();
        sum += x;
        sumsq += x * x;
        low = std::min(low, x);
        high = std::max(high, x);
        ++n;
    }
    if (n == 0)
        return 0;
    if (method == QLatin1String("sum"))
        return sum;
    if (method == QLatin1String("sumsq"))
        return sumsq;
    if (method == QLatin1String("min"))
        return low;
    if (method == QLatin1String("max"))
        return high;
    const double mean = sum / n;
    if (method == QLatin1String("stddev"))
        return std::sqrt(std::max(0.0, sumsq / n - mean * mean));
    return std::round(mean * 1000) / 1000;
}
} // namespace

qint64 SimTemporal::parseDuration(const QString &iso)
{
    static const QRegularExpression re(QStringLiteral("^P(?:(\\d+)W)?(?:(\\d+)D)?(?:T(?:(\\d+)H)?(?:(\\d+)M)?(?:(\\d+(?:\\.\\d+)?)S)?)?$"));
    const QRegularExpressionMatch m = re.match(iso);
    if (!m.hasMatch() || iso == QLatin1String("P") || iso.endsWith(QLatin1Char('T')))
        return -1;
    const qint64 ms = m.captured(1).toLongLong() * 7 * 86400000LL + m.captured(2).toLongLong() * 86400000LL
        + m.captured(3).toLongLong() * 3600000LL + m.captured(4).toLongLong() * 60000LL + qint64(m.captured(5).toDouble() * 1000);
    return ms > 0 ? ms : -1;
}

bool SimTemporal::setWindow(const QUrlQuery &query, SimResponse *error)
{
    auto bad = [error](const QString &detail) {
        *error = SimResponse::problem(400, QStringLiteral("BadRequestData"), QStringLiteral("Invalid temporal query"), detail);
        return false;
    };
    const qint64 now = m_city->now();
    m_from = m_city->historyStart(query.queryItemValue(QStringLiteral("type"), QUrl::FullyDecoded).split(QLatin1Char(','), Qt::SkipEmptyParts));
    m_to = now;
    const QString timerel = query.queryItemValue(QStringLiteral("timerel"));
    const qint64 timeAt = IsoTime::parse(query.queryItemValue(QStringLiteral("timeAt"), QUrl::FullyDecoded));
    const qint64 endTimeAt = IsoTime::parse(query.queryItemValue(QStringLiteral("endTimeAt"), QUrl::FullyDecoded));
    if (!timerel.isEmpty()) {
        if (timeAt == IsoTime::invalid)
            return bad(QStringLiteral("timerel needs a valid timeAt"));
        if (timerel == QLatin1String("before")) {
            m_to = std::min(now, timeAt - 1);
        } else if (timerel == QLatin1String("after")) {
            m_from = std::max(m_from, timeAt);
        } else if (timerel == QLatin1String("between")) {
            if (endTimeAt == IsoTime::invalid)
                return bad(QStringLiteral("timerel=between needs a valid endTimeAt"));
            m_from = std::max(m_from, timeAt);
            m_to = std::min(now, endTimeAt);
        } else {
            return bad(QStringLiteral("timerel must be before, after or between"));
        }
    }
    if (query.hasQueryItem(QStringLiteral("lastN"))) {
        bool ok = false;
        m_lastN = query.queryItemValue(QStringLiteral("lastN")).toInt(&ok);
        if (!ok || m_lastN <= 0)
            return bad(QStringLiteral("lastN must be a positive integer"));
    }
    const QStringList options = query.queryItemValue(QStringLiteral("options")).split(QLatin1Char(','))
        + query.queryItemValue(QStringLiteral("format")).split(QLatin1Char(','));
    if (options.contains(QStringLiteral("aggregatedValues"))) {
        m_format = Format::Aggregated;
        m_methods = query.queryItemValue(QStringLiteral("aggrMethods")).split(QLatin1Char(','), Qt::SkipEmptyParts);
        if (m_methods.isEmpty() || !std::all_of(m_methods.cbegin(), m_methods.cend(), isAggregate))
            return bad(QStringLiteral("aggrMethods must list avg, min, max, sum, sumsq, stddev, totalCount or distinctCount"));
        const QString duration = query.queryItemValue(QStringLiteral("aggrPeriodDuration"));
        m_bucket = duration.isEmpty() ? 0 : parseDuration(duration);
        if (m_bucket < 0)
            return bad(QStringLiteral("aggrPeriodDuration is not an ISO 8601 duration"));
    } else if (options.contains(QStringLiteral("temporalValues"))) {
        m_format = Format::TemporalValues;
    }
    return true;
}

void SimTemporal::plan(qint64 period)
{
    if (period <= 0 || m_lastN > 0 || m_format == Format::Aggregated)
        return;
    const qint64 first = IsoTime::floor(m_from, period);
    const qint64 lastAllowed = first + period * kMaxInstants;
    if (lastAllowed < m_to) {
        m_to = lastAllowed;
        m_cut = true;
    }
}

QList<qint64> SimTemporal::instants(qint64 period) const
{
    QList<qint64> out;
    qint64 t = IsoTime::floor(m_from, period);
    if (t < m_from)
        t += period;
    for (; t <= m_to; t += period)
        out << t;
    if (m_lastN > 0 && out.size() > std::min(m_lastN, kMaxInstants))
        out = out.mid(out.size() - std::min(m_lastN, kMaxInstants));
    return out;
}

QJsonObject SimTemporal::entity(const QJsonObject &current, const QStringList &attrs)
{
    const QString id = current.value(QStringLiteral("id")).toString();
    const qint64 period = m_city->period(current.value(QStringLiteral("type")).toString());
    QJsonObject out{{QStringLiteral("id"), id}, {QStringLiteral("type"), current.value(QStringLiteral("type"))}};
    QStringList dynamic;
    for (auto it = current.begin(); it != current.end(); ++it) {
        if (it.key() == QLatin1String("id") || it.key() == QLatin1String("type") || (!attrs.isEmpty() && !attrs.contains(it.key())))
            continue;
        if (period > 0 && it.value().toObject().contains(QStringLiteral("observedAt")))
            dynamic << it.key();
        else if (m_format == Format::Normalized)
            out.insert(it.key(), it.value()); // static attributes: their one instance
    }
    if (dynamic.isEmpty())
        return out;
    const QList<qint64> times = instants(period);
    if (!times.isEmpty()) {
        m_first = m_first < 0 ? times.first() : std::min(m_first, times.first());
        m_last = std::max(m_last, times.last());
    }
    QHash<QString, QJsonArray> instances;
    for (qint64 t : times) {
        const QJsonObject e = m_city->entity(id, t);
        for (const QString &name : std::as_const(dynamic)) {
            if (e.contains(name))
                instances[name].append(e.value(name));
        }
    }
    for (const QString &name : std::as_const(dynamic)) {
        const QJsonArray list = instances.value(name);
        const QJsonObject sample = current.value(name).toObject();
        const bool relationship = sample.value(QStringLiteral("type")).toString() == QLatin1String("Relationship");
        const QString valueKey = relationship ? QStringLiteral("object") : QStringLiteral("value");
        if (m_format == Format::Normalized) {
            out.insert(name, list);
            continue;
        }
        QJsonObject attribute{{QStringLiteral("type"), sample.value(QStringLiteral("type"))}};
        if (sample.contains(QStringLiteral("unitCode")))
            attribute.insert(QStringLiteral("unitCode"), sample.value(QStringLiteral("unitCode")));
        if (m_format == Format::TemporalValues) {
            QJsonArray values;
            for (const QJsonValue &i : list)
                values.append(QJsonArray{i.toObject().value(valueKey), i.toObject().value(QStringLiteral("observedAt"))});
            attribute.insert(relationship ? QStringLiteral("objects") : QStringLiteral("values"), values);
        } else {
            const qint64 bucket = m_bucket > 0 ? m_bucket : std::max<qint64>(1, m_to - m_from);
            for (const QString &method : std::as_const(m_methods)) {
                QJsonArray buckets;
                for (qint64 start = m_from; start < m_to; start += bucket) {
                    QList<QJsonValue> values;
                    for (const QJsonValue &i : list) {
                        const qint64 at = IsoTime::parse(i.toObject().value(QStringLiteral("observedAt")).toString());
                        if (at >= start && at < start + bucket)
                            values << i.toObject().value(valueKey);
                    }
                    if (!values.isEmpty())
                        buckets.append(QJsonArray{aggregate(method, values), IsoTime::format(start), IsoTime::format(start + bucket)});
                }
                attribute.insert(method, buckets);
            }
        }
        out.insert(name, attribute);
    }
    return out;
}

void SimTemporal::markTruncated(SimResponse *response) const
{
    response->status = 206;
    response->addHeader("Content-Range", QStringLiteral("date-time %1-%2/*").arg(IsoTime::format(m_first), IsoTime::format(m_last)).toUtf8());
}
