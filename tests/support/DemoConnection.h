#pragma once

#include "citysim/SimServer.h"
#include "connections/DataSource.h"

#include <QHash>
#include <QTemporaryDir>

class DashboardContext;

// The demo city served on a local port and connected to as the app does — a real DataSource
// with its cache, the dashboard context's store and clock on it, the city plan imported through
// GDAL — for the dashboards' GUI tests.
class DemoConnection
{
public:
    // A dashboard test's own settings: the user's configuration under dir, the test's names.
    static void isolateSettings(const QTemporaryDir &dir, const char *testName);

    // start: the simulated "now" (frozen); history: what the first load fetches, by default
    // and by type (ms).
    DemoConnection(qint64 start, qint64 history, const QHash<QString, qint64> &historyByType);

    SimServer &server() { return m_server; }
    DataSource &source() { return m_source; }
    // Wires the context to the connection and the plan; false with a message on failure.
    bool attach(DashboardContext *context, QString *error);
    // Connects and waits until the first load is done (live).
    bool connectAndWait(int timeoutMs = 120000);

private:
    SimServer m_server;
    QTemporaryDir m_cache;
    DataSource m_source;
};
