#include "core/NameTable.h"

#include "core/CoreLog.h"

#include <QHash>
#include <QMutex>

#include <atomic>
#include <memory>

namespace {
constexpr quint32 kChunkBits = 12;
constexpr quint32 kChunkSize = 1u << kChunkBits;
constexpr quint32 kChunks = NameTable::capacity / kChunkSize;

struct Table
{
    QMutex mutex;
    QHash<QString, quint32> ids;
    // Chunks never move once allocated: a name's address stays valid for the process.
    std::atomic<QString *> chunks[kChunks] = {};
    std::atomic<quint32> count{1};
    bool warned = false;
};

Table &table()
{
    static Table *t = new Table; // never destroyed: entities may outlive static destructors
    return *t;
}

quint32 insert(Table &t, const QString &name)
{
    const quint32 n = t.count.load(std::memory_order_relaxed);
    if (n >= NameTable::capacity) {
        if (!t.warned)
            qCWarning(lcCore) << "the name table is full:" << n << "names; further names are kept per entity";
        t.warned = true;
        return NameTable::none;
    }
    QString *chunk = t.chunks[n >> kChunkBits].load(std::memory_order_relaxed);
    if (!chunk) {
        chunk = new QString[kChunkSize];
        t.chunks[n >> kChunkBits].store(chunk, std::memory_order_release);
    }
    chunk[n & (kChunkSize - 1)] = name;
    t.ids.insert(name, n);
    t.count.store(n + 1, std::memory_order_release);
    return n;
}
} // namespace

quint32 NameTable::id(QStringView name)
{
    if (name.isEmpty())
        return 0;
    Table &t = table();
    const QString key = name.toString();
    QMutexLocker lock(&t.mutex);
    const auto it = t.ids.constFind(key);
    return it != t.ids.cend() ? *it : insert(t, key);
}

quint32 NameTable::id(std::string_view utf8)
{
    return id(QString::fromUtf8(utf8.data(), qsizetype(utf8.size())));
}

const QString &NameTable::name(quint32 id)
{
    static const QString empty;
    if (id == 0 || id == none)
        return empty;
    return table().chunks[id >> kChunkBits].load(std::memory_order_acquire)[id & (kChunkSize - 1)];
}

quint32 NameTable::size()
{
    return table().count.load(std::memory_order_acquire);
}
