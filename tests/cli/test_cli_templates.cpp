// pykala-cli template and item add --template: a body's recurring items from a
// script.

#include <catch2/catch.hpp>

#include "testsupport.h"

#include "text/richtext.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

qint64 idOf(const CliRun &run)
{
    INFO("stdout: " << run.out.toStdString() << " stderr: " << run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    return QJsonDocument::fromJson(run.out.toUtf8()).object().value(u"id").toInteger();
}

qint64 auditEntries(const QString &path)
{
    return required(openStore(path)->check()).auditEntries;
}

} // namespace

TEST_CASE("A recurring item is saved as a template and put on the next agenda from a script", "[cli][templates]")
{
    TestDir dir;
    const QString path = dir.path(QStringLiteral("kunta.sqlite"));
    {
        auto store = createStore(path);
        const RecordedMeeting recorded = recordMeeting(*store); // KH 12/2026
        addUnheldMeeting(*store, recorded.meeting);              // KH 13/2026
    }
    CliRun empty = runCliOn(path, {QStringLiteral("template"), QStringLiteral("list"), QStringLiteral("--body"),
                              QStringLiteral("KH")});
    CHECK(empty.exitCode == 0);
    CHECK(empty.out.contains(QStringLiteral("KH has no item templates")));

    const qint64 item = idOf(runCliOn(path, {QStringLiteral("item"), QStringLiteral("add"), QStringLiteral("KH 13/2026"),
                                        QStringLiteral("--title"), QStringLiteral("Ilmoitusasiat"),
                                        QStringLiteral("--case"), QStringLiteral("7/00.00.00/2026"),
                                        QStringLiteral("--proposal"), QStringLiteral("Merkitään tiedoksi."),
                                        QStringLiteral("--json")}));
    const qint64 saved = idOf(runCliOn(path, {QStringLiteral("template"), QStringLiteral("save"), QString::number(item),
                                         QStringLiteral("--name"), QStringLiteral("Ilmoitukset"),
                                         QStringLiteral("--json")}));

    const CliRun listed = runCliOn(path, {QStringLiteral("template"), QStringLiteral("list"), QStringLiteral("--body"),
                                     QStringLiteral("KH"), QStringLiteral("--json")});
    REQUIRE(listed.exitCode == 0);
    const QJsonArray templates = QJsonDocument::fromJson(listed.out.toUtf8()).array();
    REQUIRE(templates.size() == 1);
    CHECK(templates.at(0).toObject().value(u"id").toInteger() == saved);
    CHECK(templates.at(0).toObject().value(u"name").toString() == QStringLiteral("Ilmoitukset"));
    CHECK(templates.at(0).toObject().value(u"title").toString() == QStringLiteral("Ilmoitusasiat"));

    // From the template, a title of its own over the template's.
    const qint64 second = idOf(runCliOn(path, {QStringLiteral("item"), QStringLiteral("add"), QStringLiteral("KH 13/2026"),
                                          QStringLiteral("--template"), QStringLiteral("Ilmoitukset"),
                                          QStringLiteral("--title"), QStringLiteral("Ilmoitusasiat, joulukuu"),
                                          QStringLiteral("--json")}));
    {
        auto store = openStore(path);
        const AgendaItem made = required(store->agendaItem(second)).value();
        CHECK(made.title == QStringLiteral("Ilmoitusasiat, joulukuu"));
        CHECK(RichText::toPlainText(made.proposal) == QStringLiteral("Merkitään tiedoksi."));
        CHECK(made.caseReference.isEmpty());
    }

    // Bad input: one line saying what to do, the store as it was.
    const qint64 head = auditEntries(path);
    expectCliRefused(runCliOn(path, {QStringLiteral("item"), QStringLiteral("add"), QStringLiteral("KH 13/2026"),
                             QStringLiteral("--template"), QStringLiteral("Ei ole")}),
                  1, "no item template \"Ei ole\"");
    expectCliRefused(runCliOn(path, {QStringLiteral("template"), QStringLiteral("save"), QString::number(item),
                             QStringLiteral("--name"), QStringLiteral("Ilmoitukset")}),
                  1, "already has a template named \"Ilmoitukset\"");
    expectCliRefused(runCliOn(path, {QStringLiteral("template"), QStringLiteral("save"), QString::number(item)}), 2,
                  "template save needs --name");
    expectCliRefused(runCliOn(path, {QStringLiteral("template"), QStringLiteral("list")}), 2, "template list needs --body");
    expectCliRefused(runCliOn(path, {QStringLiteral("template"), QStringLiteral("list"), QStringLiteral("--body"),
                             QStringLiteral("KH"), QStringLiteral("--replace")}),
                  2, "template list takes no --replace option");
    expectCliRefused(runCliOn(path, {QStringLiteral("template"), QStringLiteral("remove"), QStringLiteral("Ilmoitukset"),
                             QStringLiteral("--body"), QStringLiteral("XX")}),
                  1, "no body with the short name XX");
    expectCliRefused(runCliOn(path, {QStringLiteral("item"), QStringLiteral("edit"), QString::number(item),
                             QStringLiteral("--template"), QStringLiteral("Ilmoitukset")}),
                  2, "item edit takes no --template");
    expectCliRefused(runCliOn(path, {QStringLiteral("template"), QStringLiteral("copy")}), 2, "Usage: pykala-cli template");
    CHECK(auditEntries(path) == head);

    // Replaced, then removed by name.
    CHECK(idOf(runCliOn(path, {QStringLiteral("template"), QStringLiteral("save"), QString::number(second),
                          QStringLiteral("--name"), QStringLiteral("Ilmoitukset"), QStringLiteral("--replace"),
                          QStringLiteral("--json")}))
          == saved);
    const CliRun removed = runCliOn(path, {QStringLiteral("template"), QStringLiteral("remove"),
                                      QStringLiteral("Ilmoitukset"), QStringLiteral("--body"), QStringLiteral("KH")});
    CHECK(removed.exitCode == 0);
    CHECK(removed.out.contains(QStringLiteral("Removed item template Ilmoitukset.")));
    CHECK(required(openStore(path)->itemTemplates(required(openStore(path)->findMeeting(QStringLiteral("KH 13/2026"))).bodyId))
              .isEmpty());
}
