#pragma once

#include "store/store_export.h"

#include <QString>

#include <atomic>

// Keeps a connection's cache within its retention and size: observations older than the
// retention are folded into hourly aggregates (kept longer, for KPI review) and deleted; when
// the file still holds more than its cap, the oldest observations go the same way. Runs on a
// worker thread over its own SQLite connection, in short transactions, so that the live writer
// only ever waits for one of them.
class CITYDECK_STORE_EXPORT CacheMaintenance
{
public:
    struct Policy
    {
        qint64 retentionMs = 90LL * 24 * 3600 * 1000;
        qint64 hourlyRetentionMs = 2LL * 365 * 24 * 3600 * 1000;
        qint64 maxBytes = 2LL * 1024 * 1024 * 1024;
        qint64 chunkMs = 6LL * 3600 * 1000; // observations deleted per transaction
        const std::atomic_bool *cancel = nullptr;
    };
    struct Result
    {
        qint64 deleted = 0;       // observations (folded into hourly first)
        qint64 hourlyDeleted = 0; // aggregates past their own retention
        qint64 bytesBefore = 0;
        qint64 bytesAfter = 0;
        qint64 oldestKept = 0;    // observedAt of the oldest observation left; IsoTime::invalid when none
        bool capReached = false;  // data inside the retention had to go to respect the cap
        QString error;
        QString summary() const;
    };

    static Result run(const QString &path, qint64 now, const Policy &policy);
};
