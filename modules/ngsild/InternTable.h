#pragma once

#include "ngsild/StringHash.h"

#include <QString>

#include <array>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <unordered_map>

// Short texts seen over and over in a payload (attribute names, unit codes, types) mapped to
// one shared value each (a QString, a type list). A direct-mapped cache with a cheap hash answers almost every lookup
// without the map's full hash: pages repeat the same few dozen names thousands of times.
template <typename Value>
class InternTable
{
public:
    const Value *find(std::string_view key)
    {
        const Words w = wordsOf(key);
        Slot &slot = m_slots[slotOf(w, key.size())];
        if (slot.value && slot.size == key.size() && slot.words.a == w.a && slot.words.b == w.b
            && (key.size() <= 16 || std::memcmp(slot.key->data() + 8, key.data() + 8, key.size() - 16) == 0))
            return slot.value;
        const auto it = m_map.find(key);
        if (it == m_map.end())
            return nullptr;
        slot = {&it->first, key.size(), w, &it->second};
        return &it->second;
    }

    const Value &insert(std::string_view key, Value value)
    {
        const auto it = m_map.insert_or_assign(std::string(key), std::move(value)).first;
        const Words w = wordsOf(key);
        m_slots[slotOf(w, key.size())] = {&it->first, key.size(), w, &it->second};
        return it->second;
    }

    size_t size() const { return m_map.size(); }
    void clear()
    {
        m_slots = {};
        m_map.clear();
    }

private:
    // First and last eight bytes (overlapping for short keys; zero-padded below eight): with the
    // length they identify keys of up to 16 bytes, and hash the others well enough.
    struct Words
    {
        uint64_t a = 0, b = 0;
    };
    static Words wordsOf(std::string_view key)
    {
        Words w;
        if (key.size() >= 8) {
            std::memcpy(&w.a, key.data(), 8);
            std::memcpy(&w.b, key.data() + key.size() - 8, 8);
        } else {
            std::memcpy(&w.a, key.data(), key.size());
        }
        return w;
    }
    static size_t slotOf(const Words &w, size_t size)
    {
        const uint64_t h = (w.a * 0x9E3779B97F4A7C15ull) ^ (w.b * 0xC2B2AE3D27D4EB4Full) ^ size;
        return size_t(h >> 56); // 256 slots
    }

    struct Slot
    {
        const std::string *key = nullptr; // the map's own key: nodes never move
        size_t size = 0;
        Words words;
        const Value *value = nullptr;
    };
    std::array<Slot, 256> m_slots;
    std::unordered_map<std::string, Value, StringHash, std::equal_to<>> m_map;
};
