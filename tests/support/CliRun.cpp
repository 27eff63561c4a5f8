#include "CliRun.h"

#include <QProcess>
#include <QSignalSpy>

CliRun CliRun::run(const QStringList &args, const QByteArray &input, const QStringList &env, int timeoutMs)
{
    QProcess process;
    QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
    e.remove(QStringLiteral("QT_LOGGING_RULES")); // as a user runs it
    for (const QString &kv : env)
        e.insert(kv.section(QLatin1Char('='), 0, 0), kv.section(QLatin1Char('='), 1));
    process.setProcessEnvironment(e);
    QSignalSpy finished(&process, &QProcess::finished);
    process.start(qEnvironmentVariable("CITYDECK_CLI"), args);
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    if (!finished.wait(timeoutMs))
        process.kill();
    CliRun r;
    r.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    r.out = process.readAllStandardOutput().split('\n');
    r.out.removeAll(QByteArray());
    r.err = QString::fromUtf8(process.readAllStandardError());
    return r;
}
