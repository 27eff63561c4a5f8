#pragma once

#include "core/core_export.h"

#include <QDateTime>
#include <QMetaType>
#include <QString>

// One alarm raised by a dashboard about an entity (a full car park, a silent sensor), or by
// CityDeck about its data source (the broker unreachable).
// Value type: the alarm board in the sdk stores and numbers them.
struct CITYDECK_CORE_EXPORT Alarm
{
    enum class Severity { Info, Warning, Critical };

    quint64 id = 0;             // assigned by the board
    QString source;             // dashboard id that raised it
    QString entityId;           // NGSI-LD entity it is about, may be empty
    Severity severity = Severity::Warning;
    QString title;
    QString message;
    QDateTime raisedAt;         // time-cursor time when raised, UTC
    QDateTime acknowledgedAt;   // invalid while unacknowledged
    QString acknowledgedBy;
    QDateTime clearedAt;        // the condition ended (back to normal); invalid while active

    bool isAcknowledged() const { return acknowledgedAt.isValid(); }
    bool isCleared() const { return clearedAt.isValid(); }
    static QString severityKey(Severity severity);
};

Q_DECLARE_METATYPE(Alarm)
