#include "FixtureBackend.h"

std::vector<Entity> FixtureBackend::stateAt(qint64, const QStringList &types, const QStringList &)
{
    std::vector<Entity> out;
    for (const Entity &e : entities) {
        if (types.isEmpty() || types.contains(e.type()))
            out.push_back(e);
    }
    return out;
}

QList<TemporalSample> FixtureBackend::series(const QString &, const QString &, qint64, qint64, const QString &)
{
    return {};
}

std::pair<qint64, qint64> FixtureBackend::timeRange()
{
    return {IsoTime::invalid, IsoTime::invalid};
}

QStringList FixtureBackend::types()
{
    return {};
}
