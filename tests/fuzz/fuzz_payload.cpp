// libFuzzer target for the NGSI-LD payload parser (entities, notifications, GeoJSON, temporal).
// Any input must give entities or an error — never a crash, a hang or a sanitizer report.

#include "core/EntityJson.h"
#include "ngsild/PayloadParser.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static PayloadParser parser; // reused, as in the client: its caches must survive bad input
    const ParseResult result = parser.parse(QByteArrayView(reinterpret_cast<const char *>(data), qsizetype(size)));
    if (result.ok() && !result.entities.empty())
        (void)EntityJson::toLine(result.entities.front()); // the CLI's path too
    return 0;
}
