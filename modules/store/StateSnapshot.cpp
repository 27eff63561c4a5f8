#include "store/StateSnapshot.h"

#include "store/SqlStatements.h"
#include "store/StoreLog.h"

#include <QFile>
#include <QSaveFile>
#include <QSet>

#include <cstring>

#include <sqlite3.h>

namespace {
constexpr char kMagic[8] = {'C', 'D', 'K', 'S', 'T', 'A', 'T', '1'};
constexpr char kEnd[8] = {'C', 'D', 'K', 'S', 'E', 'N', 'D', '1'};

class Writer
{
public:
    template <typename T> void put(T v) { m_out.append(reinterpret_cast<const char *>(&v), sizeof v); }
    void bytes(QByteArrayView b)
    {
        put(quint32(b.size()));
        m_out.append(b.data(), b.size());
    }
    void raw(const char (&b)[8]) { m_out.append(b, 8); }
    QByteArray &data() { return m_out; }

private:
    QByteArray m_out;
};

// Every read is bounds-checked: a damaged file fails, it never reads past the buffer.
class Reader
{
public:
    explicit Reader(const QByteArray &in) : m_in(in) {}
    template <typename T> T get()
    {
        T v{};
        if (!need(sizeof v))
            return v;
        std::memcpy(&v, m_in.constData() + m_at, sizeof v);
        m_at += qsizetype(sizeof v);
        return v;
    }
    QByteArray bytes()
    {
        const quint32 n = get<quint32>();
        if (!need(n))
            return {};
        QByteArray b(m_in.constData() + m_at, qsizetype(n));
        m_at += qsizetype(n);
        return b;
    }
    bool raw(const char (&b)[8])
    {
        if (!need(8) || std::memcmp(m_in.constData() + m_at, b, 8) != 0)
            return m_ok = false;
        m_at += 8;
        return true;
    }
    bool ok() const { return m_ok; }
    bool atEnd() const { return m_at == m_in.size(); }

private:
    bool need(size_t n)
    {
        if (m_ok && qsizetype(n) <= m_in.size() - m_at)
            return true;
        m_ok = false;
        return false;
    }
    const QByteArray &m_in;
    qsizetype m_at = 0;
    bool m_ok = true;
};

bool collect(sqlite3 *db, StateSnapshot &s)
{
    sqlite3_stmt *q = nullptr;
    auto prepare = [&](const char *sql) { return sqlite3_prepare_v2(db, sql, -1, &q, nullptr) == SQLITE_OK; };
    if (!prepare("SELECT id, first_seen, uri, type, static_json FROM entity"))
        return false;
    QSet<QByteArray> types;
    while (sqlite3_step(q) == SQLITE_ROW) {
        StateSnapshot::EntityRow &e = s.entities.emplace_back();
        e.row = sqlite3_column_int64(q, 0);
        e.firstSeen = sqlite3_column_int64(q, 1);
        e.uri = sqlColumn(q, 2).toByteArray();
        e.type = sqlColumn(q, 3).toByteArray();
        e.statics = sqlColumn(q, 4).toByteArray();
        types.insert(e.type);
    }
    sqlite3_finalize(q);
    for (const QByteArray &t : std::as_const(types))
        s.types << QString::fromUtf8(t);
    s.types.sort();
    if (!prepare("SELECT id, entity, last_at, name, dataset, last_unit, last_kind, last_vtype, last_num, last_text, last_extra "
                 "FROM series WHERE last_at IS NOT NULL"))
        return false;
    while (sqlite3_step(q) == SQLITE_ROW) {
        StateSnapshot::SeriesRow &r = s.series.emplace_back();
        r.id = sqlite3_column_int64(q, 0);
        r.entity = sqlite3_column_int64(q, 1);
        r.lastAt = sqlite3_column_int64(q, 2);
        r.name = sqlColumn(q, 3).toByteArray();
        r.dataset = sqlColumn(q, 4).toByteArray();
        r.unit = sqlColumn(q, 5).toByteArray();
        r.value = ValueCodec::read(q, 6);
    }
    sqlite3_finalize(q);
    if (!prepare(kTimeRangeSql))
        return false;
    if (sqlite3_step(q) == SQLITE_ROW && sqlite3_column_type(q, 0) != SQLITE_NULL) {
        s.hasRange = true;
        s.oldest = sqlite3_column_int64(q, 0);
        s.newest = sqlite3_column_int64(q, 1);
    }
    sqlite3_finalize(q);
    return true;
}
} // namespace

bool StateSnapshot::write(sqlite3 *db, const QString &path, quint64 stamp, QString *error)
{
    StateSnapshot s;
    if (!collect(db, s)) {
        *error = QString::fromUtf8(sqlite3_errmsg(db));
        return false;
    }
    Writer w;
    w.raw(kMagic);
    w.put(stamp);
    w.put(quint8(s.hasRange));
    w.put(s.oldest);
    w.put(s.newest);
    w.put(quint32(s.types.size()));
    for (const QString &t : std::as_const(s.types))
        w.bytes(t.toUtf8());
    w.put(quint32(s.entities.size()));
    for (const EntityRow &e : s.entities) {
        w.put(e.row);
        w.put(e.firstSeen);
        w.bytes(e.uri);
        w.bytes(e.type);
        w.bytes(e.statics);
    }
    w.put(quint32(s.series.size()));
    for (const SeriesRow &r : s.series) {
        w.put(r.id);
        w.put(r.entity);
        w.put(r.lastAt);
        w.bytes(r.name);
        w.bytes(r.dataset);
        w.bytes(r.unit);
        w.put(qint32(r.value.kind));
        w.put(qint32(r.value.vtype));
        w.put(quint8((r.value.hasNum ? 1 : 0) | (r.value.hasText ? 2 : 0)));
        w.put(r.value.num);
        w.bytes(r.value.text);
        w.bytes(r.value.extra);
    }
    w.raw(kEnd);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(w.data()) != w.data().size() || !file.commit()) {
        *error = file.errorString();
        return false;
    }
    return true;
}

std::unique_ptr<StateSnapshot> StateSnapshot::read(const QString &path, quint64 stamp)
{
    QFile file(path);
    if (stamp == 0 || !file.open(QIODevice::ReadOnly))
        return nullptr;
    const QByteArray data = file.readAll();
    Reader r(data);
    if (!r.raw(kMagic) || r.get<quint64>() != stamp) {
        qCInfo(lcStore) << "state snapshot" << path << "is not the one of this cache; the tables are read instead";
        return nullptr;
    }
    auto s = std::make_unique<StateSnapshot>();
    s->hasRange = r.get<quint8>() != 0;
    s->oldest = r.get<qint64>();
    s->newest = r.get<qint64>();
    for (quint32 n = r.get<quint32>(); r.ok() && n > 0; --n)
        s->types << QString::fromUtf8(r.bytes());
    const quint32 entities = r.get<quint32>();
    s->entities.resize(r.ok() ? qMin<size_t>(entities, size_t(data.size() / 28)) : 0);
    for (EntityRow &e : s->entities) {
        e.row = r.get<qint64>();
        e.firstSeen = r.get<qint64>();
        e.uri = r.bytes();
        e.type = r.bytes();
        e.statics = r.bytes();
    }
    const quint32 series = r.get<quint32>();
    s->series.resize(r.ok() ? qMin<size_t>(series, size_t(data.size() / 50)) : 0);
    for (SeriesRow &row : s->series) {
        row.id = r.get<qint64>();
        row.entity = r.get<qint64>();
        row.lastAt = r.get<qint64>();
        row.name = r.bytes();
        row.dataset = r.bytes();
        row.unit = r.bytes();
        row.value.kind = r.get<qint32>();
        row.value.vtype = r.get<qint32>();
        const quint8 flags = r.get<quint8>();
        row.value.hasNum = flags & 1;
        row.value.hasText = flags & 2;
        row.value.num = r.get<double>();
        row.value.text = r.bytes();
        row.value.extra = r.bytes();
    }
    if (s->entities.size() != entities || s->series.size() != series || !r.raw(kEnd) || !r.atEnd()) {
        qCWarning(lcStore) << "state snapshot" << path << "is damaged; the tables are read instead";
        return nullptr;
    }
    return s;
}
