#include "store/StoreLog.h"

Q_LOGGING_CATEGORY(lcStore, "citydeck.store", QtInfoMsg)
