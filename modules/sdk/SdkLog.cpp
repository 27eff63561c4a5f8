#include "sdk/SdkLog.h"

Q_LOGGING_CATEGORY(lcSdk, "citydeck.sdk", QtInfoMsg)
