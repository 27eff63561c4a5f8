#pragma once

#include "map/map_export.h"

#include <QList>
#include <QString>

#include <vector>

// Class limits for a choropleth: `limits` holds classes + 1 ascending values (min … max);
// class i covers [limits[i], limits[i+1]) and the last one includes the maximum.
class CITYDECK_MAP_EXPORT ClassBreaks
{
public:
    enum Method { Quantile, EqualInterval, NaturalBreaks };

    static ClassBreaks compute(std::vector<double> values, int classes, Method method);
    static QString methodName(Method method);

    Method method() const { return m_method; }
    const QList<double> &limits() const { return m_limits; }
    int classCount() const { return m_limits.size() > 1 ? int(m_limits.size()) - 1 : 0; }
    // -1 when there are no classes or the value is not a number.
    int classOf(double value) const;

private:
    static QList<double> jenks(const std::vector<double> &sorted, int classes);
    Method m_method = Quantile;
    QList<double> m_limits;
};
