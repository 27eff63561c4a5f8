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
// one shared QString each. A direct-mapped cache with a cheap hash answers almost every lookup
// without the map's full hash: pages repeat the same few dozen names thousands of times.
class InternTable
{
public:
    const QString *find(std::string_view key)
    {
        Slot &slot = m_slots[slotOf(key)];
        if (slot.value && slot.key == key)
            return slot.value;
        const auto it = m_map.find(key);
        if (it == m_map.end())
            return nullptr;
        slot = {it->first, &it->second};
        return &it->second;
    }

    const QString &insert(std::string_view key, QString value)
    {
        const QString &stored = m_map.insert_or_assign(std::string(key), std::move(value)).first->second;
        m_slots[slotOf(key)] = {std::string(key), &stored};
        return stored;
    }

private:
    static size_t slotOf(std::string_view key)
    {
        // First and last eight bytes (overlapping for short keys) and the length.
        uint64_t a = 0, b = 0;
        if (key.size() >= 8) {
            std::memcpy(&a, key.data(), 8);
            std::memcpy(&b, key.data() + key.size() - 8, 8);
        } else {
            std::memcpy(&a, key.data(), key.size());
        }
        const uint64_t h = (a * 0x9E3779B97F4A7C15ull) ^ (b * 0xC2B2AE3D27D4EB4Full) ^ key.size();
        return size_t(h >> 56); // 256 slots
    }

    struct Slot
    {
        std::string key;
        const QString *value = nullptr;
    };
    std::array<Slot, 256> m_slots;
    std::unordered_map<std::string, QString, StringHash, std::equal_to<>> m_map;
};
