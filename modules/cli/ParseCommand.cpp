#include "cli/ParseCommand.h"

#include "core/EntityJson.h"
#include "ngsild/PayloadParser.h"

#include <QCommandLineParser>
#include <QFile>
#include <QTextStream>

#include <cstdio>

int ParseCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("file"), QStringLiteral("payload file, or - for standard input"));
    const QCommandLineOption maxSize(QStringLiteral("max-size"), QStringLiteral("largest payload read, in MB (default 64)"),
                                     QStringLiteral("MB"), QStringLiteral("64"));
    parser.addOption(maxSize);
    if (!parser.parse(arguments) || parser.positionalArguments().size() != 1) {
        err << "citydeck-cli parse: " << (parser.errorText().isEmpty() ? QStringLiteral("expected one FILE or -")
                                                                       : parser.errorText())
            << Qt::endl;
        return 2;
    }
    const QString path = parser.positionalArguments().constFirst();
    const qint64 limit = parser.value(maxSize).toLongLong() * 1024 * 1024;
    QFile file;
    const bool opened = path == QLatin1String("-") ? file.open(stdin, QIODevice::ReadOnly)
                                                   : (file.setFileName(path), file.open(QIODevice::ReadOnly));
    if (!opened) {
        err << "citydeck-cli parse: cannot read " << path << ": " << file.errorString() << Qt::endl;
        return 2;
    }
    const QByteArray bytes = file.read(limit + 1);
    if (bytes.size() > limit) {
        err << "citydeck-cli parse: " << path << " is larger than " << parser.value(maxSize) << " MB" << Qt::endl;
        return 2;
    }
    PayloadParser payloadParser;
    const ParseResult result = payloadParser.parse(bytes);
    for (const QString &warning : result.warnings)
        err << "warning: " << warning << Qt::endl;
    if (!result.ok()) {
        err << "citydeck-cli parse: " << path << ": " << result.error << Qt::endl;
        return 2;
    }
    for (const Entity &entity : result.entities)
        out << QString::fromUtf8(EntityJson::toLine(entity)) << '\n';
    out.flush();
    err << result.entities.size() << " entities" << Qt::endl;
    return 0;
}
