#include "connections/ConnectionsLog.h"

Q_LOGGING_CATEGORY(lcConnections, "citydeck.connections", QtInfoMsg)
