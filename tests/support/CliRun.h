#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

// citydeck-cli (the program in $CITYDECK_CLI) run as an installer runs it. It waits by spinning
// this process's event loop, so that a broker living in the test (TestBroker, SimServer) answers.
struct CliRun
{
    int exitCode = -1; // -1: crashed or killed after the timeout
    QList<QByteArray> out; // stdout lines, empty ones dropped
    QString err;

    static CliRun run(const QStringList &args, const QByteArray &input = {}, const QStringList &env = {}, int timeoutMs = 30000);
};
