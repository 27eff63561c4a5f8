// A journal writer for the crash test: appends numbered batches to a cache until killed, and
// prints "committed N" after each commit returns.

#include "core/Entity.h"
#include "core/EntityDraft.h"
#include "store/CacheFile.h"
#include "store/Journal.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc < 3)
        return 2;
    CacheFile file;
    QString error;
    if (!file.open(QString::fromLocal8Bit(argv[1]), &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 2;
    }
    Journal journal(&file);
    for (qint64 batch = QByteArray(argv[2]).toLongLong();; ++batch) {
        std::vector<Entity> entities;
        for (int i = 0; i < 50; ++i) {
            EntityDraft e;
            e.id = QStringLiteral("urn:ngsi-ld:Sensor:%1").arg(i);
            e.types << QStringLiteral("Sensor");
            AttributeDraft a;
            a.value = double(batch * 100 + i);
            a.observedAt = batch * 1000;
            a.unitCode = QStringLiteral("C62");
            e.add(QStringLiteral("reading"), a);
            entities.push_back(std::move(e).toEntity());
        }
        if (!journal.append(entities, batch * 1000, {}, nullptr, &error)) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
        std::printf("committed %lld\n", static_cast<long long>(batch));
        std::fflush(stdout);
    }
}
