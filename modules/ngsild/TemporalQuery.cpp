#include "ngsild/TemporalQuery.h"

#include "core/IsoTime.h"

QString TemporalQuery::toQueryString() const
{
    QStringList items;
    const QString base = entities.toQueryString();
    if (!base.isEmpty())
        items << base;
    auto add = [&items](const char *key, const QString &value) {
        if (!value.isEmpty())
            items << EntityQuery::encodeItem(QString::fromLatin1(key), value);
    };
    static const char *rels[] = {"before", "after", "between"};
    if (timeAt.isValid()) {
        add("timerel", QString::fromLatin1(rels[int(timerel)]));
        add("timeAt", IsoTime::format(timeAt));
        if (timerel == TimeRel::Between)
            add("endTimeAt", IsoTime::format(endTimeAt));
    }
    add("timeproperty", timeproperty);
    if (lastN > 0)
        add("lastN", QString::number(lastN));
    if (format == Format::TemporalValues) {
        add("options", QStringLiteral("temporalValues"));
    } else if (format == Format::Aggregated) {
        add("options", QStringLiteral("aggregatedValues"));
        add("aggrMethods", aggrMethods.join(QLatin1Char(',')));
        add("aggrPeriodDuration", aggrPeriodDuration);
    }
    return items.join(QLatin1Char('&'));
}
