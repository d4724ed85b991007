// pykala-cli case, cases, send-to, extract-sent, taskclass and retention: the
// case register from a script.

#include <catch2/catch.hpp>

#include "testsupport.h"

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
    CHECK(storeBytes(path) == before);
}
