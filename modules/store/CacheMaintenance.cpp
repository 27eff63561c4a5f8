#include "store/CacheMaintenance.h"

#include "core/IsoTime.h"
#include "store/CacheFile.h"
#include "store/Journal.h"
#include "store/StoreLog.h"

#include <QLocale>

QString CacheMaintenance::Result::summary() const
{
    if (!error.isEmpty())
        return QStringLiteral("cache maintenance failed: %1").arg(error);
    return QStringLiteral("cache maintenance: %1 old values folded into hourly aggregates, %2 aggregates past retention removed; "
                          "%3 MB → %4 MB%5")
        .arg(deleted)
        .arg(hourlyDeleted)
        .arg(QString::number(double(bytesBefore) / 1048576.0, 'f', 1), QString::number(double(bytesAfter) / 1048576.0, 'f', 1),
             capReached ? QStringLiteral(" (size cap reached: data inside the retention was removed)") : QString());
}

CacheMaintenance::Result CacheMaintenance::run(const QString &path, qint64 now, const Policy &policy)
{
    Result result;
    CacheFile file;
    if (!file.attach(path, &result.error))
        return result;
    Journal journal(&file);
    result.bytesBefore = file.usedBytes();
    auto cancelled = [&] { return policy.cancel && policy.cancel->load(); };
    // Deletes the oldest observations up to `limit`, one chunk per transaction.
    auto pruneTo = [&](qint64 limit) {
        qint64 oldest = journal.timeRange().first;
        while (!cancelled() && oldest != IsoTime::invalid && oldest < limit) {
            const qint64 upTo = std::min(limit, oldest + policy.chunkMs);
            const qint64 n = journal.prune(upTo, &result.error);
            if (n < 0)
                return false;
            result.deleted += n;
            oldest = journal.timeRange().first;
        }
        return true;
    };
    if (!pruneTo(now - policy.retentionMs))
        return result;
    // The cap: drop the oldest chunk until the data fits (or nothing is left to drop).
    while (!cancelled() && file.usedBytes() > policy.maxBytes) {
        const qint64 oldest = journal.timeRange().first;
        if (oldest == IsoTime::invalid)
            break;
        result.capReached = true;
        if (!pruneTo(oldest + policy.chunkMs))
            return result;
    }
    const QByteArray dropHourly = "DELETE FROM hourly WHERE hour < " + QByteArray::number((now - policy.hourlyRetentionMs) / 3600000);
    if (!file.exec(dropHourly.constData(), &result.error))
        return result;
    result.hourlyDeleted = file.changes();
    // Free pages go back to the disk (files created since auto_vacuum=INCREMENTAL).
    file.exec("PRAGMA incremental_vacuum; PRAGMA wal_checkpoint(PASSIVE);");
    result.bytesAfter = file.usedBytes();
    result.oldestKept = journal.timeRange().first;
    qCInfo(lcStore).noquote() << result.summary();
    return result;
}
