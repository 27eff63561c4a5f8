#include "ngsild/NgsiLdLog.h"

Q_LOGGING_CATEGORY(lcNgsiLd, "citydeck.ngsild", QtInfoMsg)
