#pragma once

#include "watering/WateringPlanner.h"

#include <QDate>

// Re-runs past days from the cache with other parameters: the water that would have been used
// and the days the soil would have gone below its critical threshold. The soil is taken to dry
// and take rain as it did; what the other rule waters more (or less) than the replayed one raises
// (or lowers) the probe's readings by depth ÷ root depth from the watering on. With the same
// parameters it is the replay of the same days.
class WhatIf
{
public:
    struct Field
    {
        QString id;
        QString name;
        double actualM3 = 0;  // the replayed decisions with the rule in force
        double whatIfM3 = 0;
        int actualWaterings = 0;
        int whatIfWaterings = 0;
        int actualDryDays = 0; // days with a reading below the critical threshold
        int whatIfDryDays = 0;
    };
    struct Result
    {
        QDate first;
        QDate last;
        QList<Field> fields;
        double actualM3() const { return total(&Field::actualM3); }
        double whatIfM3() const { return total(&Field::whatIfM3); }
        int actualDryDays() const { return total(&Field::actualDryDays); }
        int whatIfDryDays() const { return total(&Field::whatIfDryDays); }

    private:
        template <typename T>
        T total(T Field::*member) const
        {
            T sum = 0;
            for (const Field &f : fields)
                sum += f.*member;
            return sum;
        }
    };

    // fieldId empty: every field gets `candidate`; else only that field does.
    static Result run(WateringPlanner &planner, const QList<WateringField> &fields, const WateringSettings &inForce,
                      const WateringSettings &candidate, const QDate &first, const QDate &last);
};
