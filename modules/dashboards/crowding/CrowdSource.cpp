#include "crowding/CrowdSource.h"

#include <QSettings>

CrowdSource CrowdSource::crowdFlowObserved()
{
    CrowdSource s;
    s.type = QStringLiteral("CrowdFlowObserved");
    s.count = QStringLiteral("peopleCount");
    s.occupancy = QStringLiteral("occupancy");
    s.towards = QStringLiteral("peopleCountTowards");
    s.away = QStringLiteral("peopleCountAway");
    s.congested = QStringLiteral("congested");
    return s;
}

QList<CrowdSource> CrowdSource::load(QSettings *settings)
{
    QList<CrowdSource> out;
    const int n = settings->beginReadArray(QStringLiteral("sources"));
    for (int i = 0; i < n; ++i) {
        settings->setArrayIndex(i);
        CrowdSource s;
        s.type = settings->value(QStringLiteral("type")).toString();
        s.count = settings->value(QStringLiteral("count")).toString();
        s.occupancy = settings->value(QStringLiteral("occupancy")).toString();
        s.towards = settings->value(QStringLiteral("towards")).toString();
        s.away = settings->value(QStringLiteral("away")).toString();
        s.congested = settings->value(QStringLiteral("congested")).toString();
        s.fold = settings->value(QStringLiteral("fold")).toString() == QLatin1String("mean") ? HourlySeries::Fold::Mean : HourlySeries::Fold::Sum;
        if (s.isValid())
            out << s;
    }
    settings->endArray();
    if (out.isEmpty())
        out << crowdFlowObserved();
    return out;
}

void CrowdSource::save(QSettings *settings, const QList<CrowdSource> &sources)
{
    settings->beginWriteArray(QStringLiteral("sources"), int(sources.size()));
    for (int i = 0; i < sources.size(); ++i) {
        const CrowdSource &s = sources.at(i);
        settings->setArrayIndex(i);
        settings->setValue(QStringLiteral("type"), s.type);
        settings->setValue(QStringLiteral("count"), s.count);
        settings->setValue(QStringLiteral("occupancy"), s.occupancy);
        settings->setValue(QStringLiteral("towards"), s.towards);
        settings->setValue(QStringLiteral("away"), s.away);
        settings->setValue(QStringLiteral("congested"), s.congested);
        settings->setValue(QStringLiteral("fold"), s.fold == HourlySeries::Fold::Mean ? QStringLiteral("mean") : QStringLiteral("sum"));
    }
    settings->endArray();
}

QStringList CrowdSource::types(const QList<CrowdSource> &sources)
{
    QStringList out;
    for (const CrowdSource &s : sources)
        out << s.type;
    return out;
}

const CrowdSource *CrowdSource::find(const QList<CrowdSource> &sources, const QString &type)
{
    for (const CrowdSource &s : sources) {
        if (s.type == type)
            return &s;
    }
    return nullptr;
}
