// Every user-visible string has a finished French, Dutch and German translation, and the .ts
// files cover every tr() string in the sources (checked by running lupdate on them).

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

namespace {
struct Message
{
    QString context;
    QString source;
    QString translation;
    QString type;         // unfinished, vanished, obsolete or empty
    QStringList numerus;  // numerus forms, when numerus="yes"
};

QList<Message> readTs(const QString &path, QString *error)
{
    QList<Message> out;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return out;
    }
    QXmlStreamReader xml(&file);
    QString context;
    Message current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (xml.name() == QLatin1String("message")) {
            current = Message{context, {}, {}, {}, {}};
        } else if (xml.name() == QLatin1String("source")) {
            current.source = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation")) {
            current.type = xml.attributes().value(QLatin1String("type")).toString();
            // Numerus translations hold <numerusform> children; plain ones hold text.
            QString text;
            while (!(xml.isEndElement() && xml.name() == QLatin1String("translation")) && !xml.atEnd()) {
                xml.readNext();
                if (xml.isStartElement() && xml.name() == QLatin1String("numerusform"))
                    current.numerus << xml.readElementText();
                else if (xml.isCharacters())
                    text += xml.text();
            }
            current.translation = current.numerus.isEmpty() ? text : current.numerus.join(QLatin1Char('|'));
            out << current;
        }
    }
    if (xml.hasError())
        *error = xml.errorString();
    return out;
}

QSet<QString> placeholders(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("%(\\d|n)"));
    QSet<QString> found;
    for (auto it = re.globalMatch(text); it.hasNext();)
        found.insert(it.next().captured(0));
    return found;
}

bool hasAccelerator(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("&[^&\\s]"));
    return re.match(text).hasMatch();
}

QStringList tsFiles()
{
    return qEnvironmentVariable("CITYDECK_TS_FILES").split(QLatin1Char(','), Qt::SkipEmptyParts);
}
} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QCOMPARE(tsFiles().size(), 3);
    }

    void everyEntryIsFinished_data()
    {
        QTest::addColumn<QString>("ts");
        for (const QString &ts : tsFiles())
            QTest::newRow(qPrintable(QFileInfo(ts).fileName())) << ts;
    }

    void everyEntryIsFinished()
    {
        QFETCH(QString, ts);
        QString error;
        const QList<Message> messages = readTs(ts, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(messages.size() > 100);
        QStringList problems;
        for (const Message &m : messages) {
            const QString where = m.context + QStringLiteral(": ") + m.source.left(60);
            if (!m.type.isEmpty())
                problems << QStringLiteral("%1 is %2").arg(where, m.type);
            else if (m.translation.trimmed().isEmpty() || m.numerus.contains(QString()))
                problems << QStringLiteral("%1 has no translation").arg(where);
            else if (placeholders(m.source) != placeholders(m.translation))
                problems << QStringLiteral("%1 has other placeholders than its source").arg(where);
            else if (hasAccelerator(m.source) && !hasAccelerator(m.translation))
                problems << QStringLiteral("%1 lost its keyboard accelerator").arg(where);
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    // lupdate over the real sources must find nothing that the committed .ts files lack.
    void tsFilesCoverEverySourceString()
    {
        const QString lupdate = qEnvironmentVariable("CITYDECK_LUPDATE");
        const QString sources = qEnvironmentVariable("CITYDECK_I18N_SOURCE_LIST");
        QVERIFY2(QFileInfo::exists(lupdate), qPrintable(lupdate));
        QVERIFY2(QFileInfo::exists(sources), qPrintable(sources));
        QTemporaryDir dir;
        const QString fresh = dir.filePath(QStringLiteral("fresh.ts"));
        QProcess process;
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.start(lupdate, {QStringLiteral("-silent"), QStringLiteral("-locations"), QStringLiteral("none"),
                                QLatin1Char('@') + sources, QStringLiteral("-ts"), fresh});
        QVERIFY(process.waitForFinished(120000));
        QCOMPARE(process.exitCode(), 0);
        QString error;
        const QList<Message> wanted = readTs(fresh, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(wanted.size() > 100);
        for (const QString &ts : tsFiles()) {
            QSet<QString> have;
            for (const Message &m : readTs(ts, &error))
                have.insert(m.context + QLatin1Char('\x1f') + m.source);
            QStringList missing;
            for (const Message &m : wanted) {
                if (!have.contains(m.context + QLatin1Char('\x1f') + m.source))
                    missing << m.context + QStringLiteral(": ") + m.source;
            }
            QVERIFY2(missing.isEmpty(),
                     qPrintable(QFileInfo(ts).fileName() + QStringLiteral(" lacks (run the update_translations "
                                                                          "target, then translate):\n")
                                + missing.join(QLatin1Char('\n'))));
        }
    }

    void compiledCataloguesTranslate_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("expected");
        QTest::newRow("fr") << "fr" << "Réglages";
        QTest::newRow("nl") << "nl" << "Instellingen";
        QTest::newRow("de") << "de" << "Einstellungen";
    }

    void compiledCataloguesTranslate()
    {
        QFETCH(QString, language);
        QFETCH(QString, expected);
        const QString qmDir = qEnvironmentVariable("CITYDECK_BUILD_DIR") + QStringLiteral("/share/citydeck/translations");
        QTranslator translator;
        QVERIFY(translator.load(QStringLiteral("citydeck_") + language, qmDir));
        QCOMPARE(translator.translate("SettingsDialog", "Settings"), expected);
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
