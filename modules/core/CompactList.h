#pragma once

#include <QtGlobal>

#include <memory>
#include <new>
#include <utility>

// A list that holds its first element inline and moves to the heap from the second on, with
// 8 bytes of bookkeeping (QVarLengthArray<T, 1> takes 24). Attribute groups use it: almost every
// attribute has a single instance, and an entity's groups then fit a small allocation.
template <typename T>
class CompactList
{
public:
    CompactList() noexcept {}
    CompactList(const CompactList &other)
    {
        for (const T &item : other)
            emplace_back(item);
    }
    CompactList(CompactList &&other) noexcept { take(other); }
    CompactList &operator=(const CompactList &other)
    {
        if (this != &other) {
            CompactList copy(other);
            clear();
            take(copy);
        }
        return *this;
    }
    CompactList &operator=(CompactList &&other) noexcept
    {
        if (this != &other) {
            clear();
            take(other);
        }
        return *this;
    }
    ~CompactList() { clear(); }

    qsizetype size() const { return m_size; }
    bool empty() const { return m_size == 0; }
    bool isEmpty() const { return m_size == 0; }
    T *begin() { return data(); }
    T *end() { return data() + m_size; }
    const T *begin() const { return data(); }
    const T *end() const { return data() + m_size; }
    T &front() { return *data(); }
    const T &front() const { return *data(); }
    T &operator[](qsizetype i) { return data()[i]; }
    const T &operator[](qsizetype i) const { return data()[i]; }

    template <typename... Args>
    T &emplace_back(Args &&...args)
    {
        if (m_size == 0) {
            new (&m_one) T(std::forward<Args>(args)...);
            m_size = 1;
            return m_one;
        }
        if (m_size == 1 || m_size == m_capacity) {
            // The new element is built before the old ones move: args may refer to one of them.
            const qint32 capacity = m_size == 1 ? 4 : m_capacity * 2;
            T *heap = static_cast<T *>(::operator new(sizeof(T) * size_t(capacity)));
            new (heap + m_size) T(std::forward<Args>(args)...);
            T *old = data();
            std::uninitialized_move(old, old + m_size, heap);
            std::destroy(old, old + m_size);
            if (m_size > 1)
                ::operator delete(old);
            m_heap = heap;
            m_capacity = capacity;
            return heap[m_size++];
        }
        T *slot = new (m_heap + m_size) T(std::forward<Args>(args)...);
        ++m_size;
        return *slot;
    }
    void push_back(const T &item) { emplace_back(item); }
    void push_back(T &&item) { emplace_back(std::move(item)); }

    void clear()
    {
        std::destroy(begin(), end());
        if (m_size > 1)
            ::operator delete(m_heap);
        m_size = 0;
        m_capacity = 0;
    }

private:
    T *data() { return m_size > 1 ? m_heap : &m_one; }
    const T *data() const { return m_size > 1 ? m_heap : &m_one; }

    void take(CompactList &other) noexcept
    {
        if (other.m_size == 1) {
            new (&m_one) T(std::move(other.m_one));
            other.m_one.~T();
        } else if (other.m_size > 1) {
            m_heap = other.m_heap;
        }
        m_size = other.m_size;
        m_capacity = other.m_capacity;
        other.m_size = 0;
        other.m_capacity = 0;
    }

    union {
        T m_one;     // m_size == 1
        T *m_heap;   // m_size > 1: m_capacity slots
    };
    qint32 m_size = 0;
    qint32 m_capacity = 0;
};
