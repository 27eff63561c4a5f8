#pragma once

#include "sdk/sdk_export.h"

#include <QString>

// The dashboard sdk's own version. A plug-in declares the sdk version it was built for;
// it loads when the major numbers match and its minor is not newer than ours.
class CITYDECK_SDK_EXPORT SdkVersion
{
public:
    static constexpr int major = 1;
    static constexpr int minor = 0;

    static QString current();
    // Empty when compatible, otherwise the reason (for the Plugins dialog).
    static QString incompatibility(const QString &declared);
};
