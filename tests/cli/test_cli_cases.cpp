// pykala-cli case, cases, send-to, extract-sent, taskclass and retention: the
// case register from a script.

#include <catch2/catch.hpp>

#include "testsupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

QJsonValue json(const CliRun &run)
{
    INFO("stdout: " << run.out.toStdString() << " stderr: " << run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    const QJsonDocument document = QJsonDocument::fromJson(run.out.toUtf8());
    return document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object());
}

} // namespace

TEST_CASE("A case is opened, handled, sent on and its extracts recorded from a script", "[cli][cases]")
{
    TestDir dir;
    const QString path = dir.path(QStringLiteral("kunta.sqlite"));
    {
        auto store = createStore(path);
        const RecordedMeeting recorded = recordMeeting(*store); // KH 12/2026
        addUnheldMeeting(*store, recorded.meeting);             // KH 13/2026
    }
    const QJsonObject opened = json(runCliOn(path, {QStringLiteral("case"), QStringLiteral("open"), QStringLiteral("--title"),
                                               QStringLiteral("Tontin myynti"), QStringLiteral("--task-class"),
                                               QStringLiteral("10.00.03"), QStringLiteral("--date"),
                                               QStringLiteral("2026-04-01"), QStringLiteral("--json")}))
                                   .toObject();
    CHECK(opened.value(u"id").toInteger() > 0);
    CHECK(runCliOn(path, {QStringLiteral("case"), QStringLiteral("link"), QStringLiteral("KH 12/2026 § 5"),
                     QStringLiteral("1/10.00.03/2026")})
              .exitCode
          == 0);
    CHECK(runCliOn(path, {QStringLiteral("case"), QStringLiteral("party"), QStringLiteral("1/10.00.03/2026"),
                     QStringLiteral("--name"), QStringLiteral("Ostaja Oy"), QStringLiteral("--kind"),
                     QStringLiteral("organisation"), QStringLiteral("--role"), QStringLiteral("ostaja")})
              .exitCode
          == 0);
    const CliRun sent = runCliOn(path, {QStringLiteral("extract-sent"), QStringLiteral("KH 12/2026 § 5"),
                                   QStringLiteral("--recipient"), QStringLiteral("Ostaja Oy"), QStringLiteral("--method"),
                                   QStringLiteral("letter"), QStringLiteral("--date"), QStringLiteral("18.5.2026")});
    INFO(sent.err.toStdString());
    REQUIRE(sent.exitCode == 0);
    // A letter of 18.5.2026: notified 25.5.; 30 days of municipal appeal end on 24.6.
    CHECK(sent.out.contains(QStringLiteral("notified 2026-05-25")));
    CHECK(sent.out.contains(QStringLiteral("last day of appeal 2026-06-24")));

    const QJsonObject shown = json(runCliOn(path, {QStringLiteral("case"), QStringLiteral("show"),
                                              QStringLiteral("1/10.00.03/2026"), QStringLiteral("--json")}))
                                  .toObject();
    CHECK(shown.value(u"title").toString() == QStringLiteral("Tontin myynti"));
    REQUIRE(shown.value(u"handlings").toArray().size() == 1);
    CHECK(shown.value(u"handlings").toArray().at(0).toObject().value(u"meeting").toString() == QStringLiteral("KH 12/2026"));
    CHECK(shown.value(u"parties").toArray().at(0).toObject().value(u"kind").toString() == QStringLiteral("organisation"));
    CHECK(shown.value(u"extractsSent").toArray().at(0).toObject().value(u"lastDayOfAppeal").toString()
          == QStringLiteral("2026-06-24"));

    const QJsonObject added = json(runCliOn(path, {QStringLiteral("send-to"), QStringLiteral("KH 12/2026 § 5"),
                                              QStringLiteral("KH 13/2026"), QStringLiteral("--json")}))
                                  .toObject();
    CHECK(added.value(u"id").toInteger() > 0);
    const QJsonArray found = json(runCliOn(path, {QStringLiteral("cases"), QStringLiteral("--search"), QStringLiteral("tontin"),
                                             QStringLiteral("--json")}))
                                 .toArray();
    REQUIRE(found.size() == 1);
    CHECK(found.at(0).toObject().value(u"diaryNumber").toString() == QStringLiteral("1/10.00.03/2026"));

    CHECK(runCliOn(path, {QStringLiteral("case"), QStringLiteral("edit"), QStringLiteral("1/10.00.03/2026"),
                     QStringLiteral("--state"), QStringLiteral("closed"), QStringLiteral("--date"),
                     QStringLiteral("2026-09-30")})
              .exitCode
          == 0);
    CHECK(runCliOn(path, {QStringLiteral("taskclass"), QStringLiteral("set"), QStringLiteral("10.00.03"),
                     QStringLiteral("--retention"), QStringLiteral("20")})
              .exitCode
          == 0);
    const QJsonArray due = json(runCliOn(path, {QStringLiteral("retention"), QStringLiteral("--json")})).toArray();
    REQUIRE(due.size() == 1);
    CHECK(due.at(0).toObject().value(u"destroyableFrom").toString() == QStringLiteral("2047-01-01"));

    // Refusals: one line each, nothing written.
    const QByteArray before = storeBytes(path);
    expectCliRefused(runCliOn(path, {QStringLiteral("case"), QStringLiteral("open"), QStringLiteral("--title"),
                             QStringLiteral("X"), QStringLiteral("--task-class"), QStringLiteral("99.99")}),
                  1, "no task class 99.99");
    expectCliRefused(runCliOn(path, {QStringLiteral("case"), QStringLiteral("open"), QStringLiteral("--title"),
                             QStringLiteral("X"), QStringLiteral("--task-class"), QStringLiteral("10.00.03"),
                             QStringLiteral("--number"), QStringLiteral("1"), QStringLiteral("--date"),
                             QStringLiteral("2026-05-01")}),
                  1, "is taken");
    expectCliRefused(runCliOn(path, {QStringLiteral("case"), QStringLiteral("show"), QStringLiteral("1/10.00.03")}), 1,
                  "neither a diary number");
    expectCliRefused(runCliOn(path, {QStringLiteral("case"), QStringLiteral("show"), QStringLiteral("5/10.00.03/2026")}), 1,
                  "no case 5/10.00.03/2026");
    expectCliRefused(runCliOn(path, {QStringLiteral("extract-sent"), QStringLiteral("KH 12/2026 § 5"),
                             QStringLiteral("--recipient"), QStringLiteral("X"), QStringLiteral("--method"),
                             QStringLiteral("pigeon"), QStringLiteral("--date"), QStringLiteral("2026-05-18")}),
                  2, "--method must be one of letter, email, electronic-service");
    expectCliRefused(runCliOn(path, {QStringLiteral("taskclass"), QStringLiteral("set"), QStringLiteral("10.00.03"),
                             QStringLiteral("--retention"), QStringLiteral("forever")}),
                  2, "--retention must be");
    expectCliRefused(runCliOn(path, {QStringLiteral("send-to"), QStringLiteral("KH 12/2026 § 5"), QStringLiteral("KH 12/2026")}),
                  1, "already on");
    expectCliRefused(runCliOn(path, {QStringLiteral("case"), QStringLiteral("edit"), QStringLiteral("1/10.00.03/2026"),
                                     QStringLiteral("--state"), QStringLiteral("in-preparation"), QStringLiteral("--date"),
                                     QStringLiteral("2026-05-01")}),
                     2, "leave --date out");
    expectCliRefused(runCliOn(path, {QStringLiteral("retention"), QStringLiteral("destroy"), QStringLiteral("1/10.00.03/2026")}),
                     1, "may be destroyed from 1.1.2047");
    CHECK(storeBytes(path) == before);

    // A class kept one year: a case closed in 2015 was due on 1.1.2017.
    REQUIRE(runCliOn(path, {QStringLiteral("taskclass"), QStringLiteral("set"), QStringLiteral("99.01"), QStringLiteral("--name"),
                            QStringLiteral("Tilapäiset"), QStringLiteral("--retention"), QStringLiteral("1")})
                .exitCode
            == 0);
    REQUIRE(runCliOn(path, {QStringLiteral("case"), QStringLiteral("open"), QStringLiteral("--title"), QStringLiteral("Vanha"),
                            QStringLiteral("--task-class"), QStringLiteral("99.01"), QStringLiteral("--date"),
                            QStringLiteral("2015-02-01")})
                .exitCode
            == 0);
    REQUIRE(runCliOn(path, {QStringLiteral("case"), QStringLiteral("party"), QStringLiteral("1/99.01/2015"), QStringLiteral("--name"),
                            QStringLiteral("Maija Meikäläinen"), QStringLiteral("--role"), QStringLiteral("hakija")})
                .exitCode
            == 0);
    REQUIRE(runCliOn(path, {QStringLiteral("case"), QStringLiteral("edit"), QStringLiteral("1/99.01/2015"), QStringLiteral("--state"),
                            QStringLiteral("closed"), QStringLiteral("--date"), QStringLiteral("2015-06-01")})
                .exitCode
            == 0);
    const CliRun destroyed = runCliOn(path, {QStringLiteral("retention"), QStringLiteral("destroy"), QStringLiteral("1/99.01/2015")});
    INFO(destroyed.err.toStdString());
    REQUIRE(destroyed.exitCode == 0);
    CHECK(destroyed.out.contains(QStringLiteral("its parties (1) and extracts sent (0)")));
    const QJsonObject gone = json(runCliOn(path, {QStringLiteral("case"), QStringLiteral("show"), QStringLiteral("1/99.01/2015"),
                                                  QStringLiteral("--json")}))
                                 .toObject();
    CHECK(gone.value(u"parties").toArray().isEmpty());
    CHECK(gone.value(u"destroyed").toString() == QDate::currentDate().toString(Qt::ISODate));
    expectCliRefused(runCliOn(path, {QStringLiteral("retention"), QStringLiteral("destroy"), QStringLiteral("1/99.01/2015")}),
                     1, "already");
}

TEST_CASE("The task classification is imported from a spreadsheet, all rows or none", "[cli][cases][csv]")
{
    TestDir dir;
    const QString path = dir.path(QStringLiteral("kunta.sqlite"));
    createStore(path);
    const QString file = dir.path(QStringLiteral("tos.csv"));
    const auto write = [&](const QByteArray &bytes) {
        QFile out(file);
        REQUIRE(out.open(QIODevice::WriteOnly));
        out.write(bytes);
    };
    // Windows-1252, as Excel's "CSV (semicolon delimited)" saves it on a Finnish machine.
    write("Teht\xE4v\xE4luokka;Nimi;S\xE4ilytysaika;Julkisuus;Salassapitoperuste;Henkil\xF6tietoja\r\n"
          "99.01;Kunnan hallinto;pysyv\xE4;julkinen;;ei\r\n"
          "99.02;Toimeentulotuki;10;salassa pidett\xE4v\xE4;JulkL 24 \xA7 1 mom. 25 k;kyll\xE4\r\n"
          "99.03.01;Tontinmyynti;20 v;;;\r\n");
    const QByteArray empty = storeBytes(path);
    const CliRun dry = runCliOn(path, {QStringLiteral("taskclass"), QStringLiteral("import"), file, QStringLiteral("--dry-run")});
    INFO(dry.err.toStdString());
    REQUIRE(dry.exitCode == 0);
    CHECK(dry.out.contains(QStringLiteral("3 task classes (Windows-1252, separated by \";\")")));
    CHECK(dry.out.contains(QStringLiteral("3 new, 0 changed, 0 unchanged.")));
    CHECK(storeBytes(path) == empty);

    REQUIRE(runCliOn(path, {QStringLiteral("taskclass"), QStringLiteral("import"), file}).exitCode == 0);
    QJsonObject byCode;
    for (const QJsonValue &c : json(runCliOn(path, {QStringLiteral("taskclass"), QStringLiteral("list"), QStringLiteral("--json")})).toArray())
        byCode.insert(c.toObject().value(u"code").toString(), c);
    CHECK(byCode.value(u"99.01").toObject().value(u"retention").toString() == QStringLiteral("permanent"));
    CHECK(byCode.value(u"99.01").toObject().value(u"personalData").toBool() == false);
    CHECK(byCode.value(u"99.02").toObject().value(u"name").toString() == QStringLiteral("Toimeentulotuki"));
    CHECK(byCode.value(u"99.02").toObject().value(u"retention").toString() == QStringLiteral("10"));
    CHECK(byCode.value(u"99.02").toObject().value(u"publicity").toString() == QStringLiteral("confidential"));
    CHECK(byCode.value(u"99.02").toObject().value(u"personalData").toBool() == true);
    CHECK(byCode.value(u"99.03.01").toObject().value(u"retention").toString() == QStringLiteral("20"));
    CHECK(byCode.value(u"99.03.01").toObject().value(u"publicity").toString() == QStringLiteral("public"));

    // The same file again changes nothing, and writes nothing.
    const QByteArray imported = storeBytes(path);
    const CliRun again = runCliOn(path, {QStringLiteral("taskclass"), QStringLiteral("import"), file});
    REQUIRE(again.exitCode == 0);
    CHECK(again.out.contains(QStringLiteral("0 new, 0 changed, 3 unchanged.")));
    CHECK(storeBytes(path) == imported);

    // A file without the publicity and personal-data columns changes what it
    // has and leaves the rest of a stored class as it was.
    write("koodi;nimi;säilytysaika\n99.02;Toimeentulotuen hakemukset;12\n");
    const CliRun partial = runCliOn(path, {QStringLiteral("taskclass"), QStringLiteral("import"), file});
    INFO(partial.err.toStdString());
    REQUIRE(partial.exitCode == 0);
    CHECK(partial.out.contains(QStringLiteral("0 new, 1 changed, 0 unchanged.")));
    for (const QJsonValue &c : json(runCliOn(path, {QStringLiteral("taskclass"), QStringLiteral("list"), QStringLiteral("--json")})).toArray()) {
        const QJsonObject one = c.toObject();
        if (one.value(u"code").toString() != u"99.02")
            continue;
        CHECK(one.value(u"name").toString() == QStringLiteral("Toimeentulotuen hakemukset"));
        CHECK(one.value(u"retention").toString() == QStringLiteral("12"));
        CHECK(one.value(u"publicity").toString() == QStringLiteral("confidential"));
        CHECK(one.value(u"personalData").toBool());
    }
    const QByteArray changed = storeBytes(path);

    // A file with problems: each named by row and column, nothing imported
    // (not even its good row).
    write("Koodi,Nimi,Säilytysaika,Julkisuus,Salassapitoperuste,Henkilötietoja\n"
          "99.04,Hyvä luokka,5,,,\n"
          "9.1,Väärä koodi,5,,,\n"
          "99.04,Toistettu,5,,,\n"
          "99.05,Ikuinen,ikuisesti,,,\n"
          "99.06,Salainen,10,salassa pidettävä,,\n"
          "99.07,Ehkä,10,julkinen,,ehkä\n"
          "99.08,,10,,,\n");
    const CliRun bad = runCliOn(path, {QStringLiteral("taskclass"), QStringLiteral("import"), file});
    CHECK(bad.exitCode == 1);
    CHECK(bad.err.startsWith(QStringLiteral("pykala-cli: %1: The file has 6 problems; nothing was imported.\n").arg(file)));
    CHECK(bad.err.contains(QStringLiteral("Row 3, column \"Koodi\": \"9.1\" is not a task class code")));
    CHECK(bad.err.contains(QStringLiteral("Row 4, column \"Koodi\": the same class as row 2; give each class once.")));
    CHECK(bad.err.contains(QStringLiteral("Row 5, column \"Säilytysaika\": \"ikuisesti\" is not a retention period")));
    CHECK(bad.err.contains(QStringLiteral("Row 6, column \"Salassapitoperuste\": the class is not public by default")));
    CHECK(bad.err.contains(QStringLiteral("Row 7, column \"Henkilötietoja\": \"ehkä\" is neither yes nor no")));
    CHECK(bad.err.contains(QStringLiteral("Row 8, column \"Nimi\": the name is empty.")));
    CHECK(storeBytes(path) == changed);

    write("Nimi;Säilytysaika\nHallinto;10\n");
    expectCliRefused(runCliOn(path, {QStringLiteral("taskclass"), QStringLiteral("import"), file}), 1,
                     "the header row has no column for the task class code");
    CHECK(storeBytes(path) == changed);
}
