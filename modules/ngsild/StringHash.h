#pragma once

#include <functional>
#include <string>
#include <string_view>

// Transparent hashing so that std::unordered_map<std::string, …> can be searched with a
// std::string_view straight from simdjson, without building a std::string per lookup.
struct StringHash
{
    using is_transparent = void;
    size_t operator()(std::string_view s) const noexcept { return std::hash<std::string_view>{}(s); }
};
