#include "sdk/CsvExport.h"

#include "core/IsoTime.h"
#include "core/JsonWriter.h"
#include "sdk/EntityStore.h"

#include <QIODevice>
#include <QSaveFile>
#include <QJsonValue>
#include <QLocale>

QString CsvExport::field(const QString &text)
{
    if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"')) && !text.contains(QLatin1Char('\n'))
        && !text.contains(QLatin1Char('\r')))
        return text;
    QString quoted = text;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QString CsvExport::valueText(const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::Double:
    case QMetaType::Float:
        return QString::number(value.toDouble(), 'g', QLocale::FloatingPointShortest);
    case QMetaType::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QMetaType::QJsonValue:
    case QMetaType::QJsonObject:
    case QMetaType::QJsonArray:
    case QMetaType::QVariantMap:
    case QMetaType::QVariantList: {
        // A JSON text is written as it is; anything else as compact JSON.
        const QJsonValue json = QJsonValue::fromVariant(value);
        if (json.isString() || json.isNull() || json.isUndefined())
            return json.toVariant().toString();
        QByteArray out;
        JsonWriter::value(out, value);
        return QString::fromUtf8(out);
    }
    default:
        return value.toString();
    }
}

qint64 CsvExport::write(const EntityStore &store, const Selection &selection, QIODevice *out, QString *error)
{
    qint64 lines = 0;
    auto put = [&](const QString &line) {
        const QByteArray utf8 = line.toUtf8() + "\r\n";
        if (out->write(utf8) != utf8.size()) {
            if (error)
                *error = out->errorString();
            return false;
        }
        return true;
    };
    if (!put(QStringLiteral("entityId,entityType,attribute,datasetId,observedAt,value,unitCode")))
        return -1;
    // The entities known at the end of the window name the series to write.
    for (const Entity &e : store.stateAt(selection.to, selection.types, selection.ids)) {
        for (const AttributeGroup &g : e.attributes()) {
            if (!selection.attributes.isEmpty() && !selection.attributes.contains(g.name()))
                continue;
            for (const Attribute &a : g.instances()) {
                if (a.observedAt() == IsoTime::invalid)
                    continue; // static: not a series
                const QString prefix = field(e.id) + QLatin1Char(',') + field(e.type()) + QLatin1Char(',') + field(g.name())
                                       + QLatin1Char(',') + field(a.datasetId()) + QLatin1Char(',');
                const QString unit = QLatin1Char(',') + field(a.unitCode());
                for (const TemporalSample &s : store.series(e.id, g.name(), selection.from, selection.to, a.datasetId())) {
                    if (!put(prefix + IsoTime::format(s.observedAt) + QLatin1Char(',') + field(valueText(s.value)) + unit))
                        return -1;
                    ++lines;
                }
            }
        }
    }
    return lines;
}

bool CsvExport::writeFile(const QString &path, const QByteArray &data, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit()) {
        *error = file.errorString();
        return false;
    }
    return true;
}
