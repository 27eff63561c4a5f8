#include "sdk/DashboardMetadata.h"
#include "sdk/SdkVersion.h"

#include <QJsonDocument>
#include <QTest>

class TestDashboardMetadata : public QObject
{
    Q_OBJECT

private:
    static QJsonObject json(const char *text)
    {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(QByteArray(text), &error);
        Q_ASSERT(error.error == QJsonParseError::NoError);
        return doc.object();
    }

private slots:
    void completeMetadata()
    {
        DashboardMetadata meta;
        QStringList errors;
        QVERIFY(DashboardMetadata::fromJson(json(R"({
            "id": "org.citydeck.parking", "name": "Parking", "version": "1.0.0", "sdkVersion": "1.0",
            "description": "Occupancy of car parks", "category": "Mobility",
            "entityTypes": ["OffStreetParking", "ParkingSpot"], "roles": ["operator", "council"],
            "translations": {"fr": {"name": "Stationnement", "description": "Occupation des parkings"}}
        })"), &meta, &errors));
        QVERIFY(errors.isEmpty());
        QCOMPARE(meta.id, QStringLiteral("org.citydeck.parking"));
        QCOMPARE(meta.entityTypes, QStringList({"OffStreetParking", "ParkingSpot"}));
        QVERIFY(meta.suitsRole(QStringLiteral("council")));
        QVERIFY(!meta.suitsRole(QStringLiteral("tourism")));
        QCOMPARE(meta.localizedName(QStringLiteral("fr")), QStringLiteral("Stationnement"));
        QCOMPARE(meta.localizedDescription(QStringLiteral("fr")), QStringLiteral("Occupation des parkings"));
        QCOMPARE(meta.localizedName(QStringLiteral("nl")), QStringLiteral("Parking"));
    }

    void everyProblemIsReported()
    {
        DashboardMetadata meta;
        QStringList errors;
        QVERIFY(!DashboardMetadata::fromJson(json(R"({
            "id": "bad id!", "version": 2, "sdkVersion": "1.0", "roles": ["mayor"], "entityTypes": "Parking"
        })"), &meta, &errors));
        const QString all = errors.join(QLatin1Char('\n'));
        QVERIFY2(all.contains(QStringLiteral("\"name\"")), qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("\"version\"")), qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("\"entityTypes\"")), qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("mayor")), qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("\"id\"")), qPrintable(all));
        QCOMPARE(errors.size(), 5);
    }

    void emptyObject()
    {
        QStringList errors;
        QVERIFY(!DashboardMetadata::fromJson(QJsonObject(), nullptr, &errors));
        QCOMPARE(errors.size(), 4); // id, name, version, sdkVersion
    }

    void sdkCompatibility_data()
    {
        QTest::addColumn<QString>("declared");
        QTest::addColumn<bool>("compatible");
        QTest::newRow("same") << SdkVersion::current() << true;
        QTest::newRow("major only") << QString::number(SdkVersion::major) << true;
        QTest::newRow("newer minor") << QStringLiteral("%1.%2").arg(SdkVersion::major).arg(SdkVersion::minor + 1) << false;
        QTest::newRow("other major") << QStringLiteral("%1.0").arg(SdkVersion::major + 1) << false;
        QTest::newRow("garbage") << QStringLiteral("one.two") << false;
        QTest::newRow("empty") << QString() << false;
    }

    void sdkCompatibility()
    {
        QFETCH(QString, declared);
        QFETCH(bool, compatible);
        QCOMPARE(SdkVersion::incompatibility(declared).isEmpty(), compatible);
    }
};

QTEST_GUILESS_MAIN(TestDashboardMetadata)
#include "tst_dashboardmetadata.moc"
