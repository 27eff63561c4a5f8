#pragma once

#include "sdk/DashboardMetadata.h"

#include <QString>

// Loads a dashboard plug-in from the build's plug-in folder through the sdk's catalog, as the app
// does, and checks what every dashboard owes: it runs, it links nothing of CityDeck but the sdk,
// core and map (readelf NEEDED), and it makes its widget. Returns the problems (empty: none) and
// the plug-in's metadata.
QString checkDashboardPlugin(const QString &id, DashboardMetadata *metadata);
