#pragma once

#include <QtGlobal>

// A read-only view of items that lie one after the other (an entity's attribute groups, a
// group's instances), with Qt's names: the model hands these out instead of its containers, so
// that how it stores its items stays its own business.
template <typename T>
class ConstSpan
{
public:
    constexpr ConstSpan() noexcept = default;
    constexpr ConstSpan(const T *data, qsizetype size) noexcept : m_data(data), m_size(size) {}

    qsizetype size() const { return m_size; }
    bool isEmpty() const { return m_size == 0; }
    bool empty() const { return m_size == 0; }
    const T *data() const { return m_data; }
    const T *begin() const { return m_data; }
    const T *end() const { return m_data + m_size; }
    const T &first() const { return m_data[0]; }
    const T &front() const { return m_data[0]; }
    const T &last() const { return m_data[m_size - 1]; }
    const T &at(qsizetype i) const { return m_data[i]; }
    const T &operator[](qsizetype i) const { return m_data[i]; }

private:
    const T *m_data = nullptr;
    qsizetype m_size = 0;
};
