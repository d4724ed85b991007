// Every kind of published page, checked by tools nobody on the project
// wrote: axe-core in Debian's Chromium with the WCAG 2.1 A and AA rules, at a
// desktop width and at 320 CSS pixels (where the page must not scroll
// sideways), and the Nu HTML Checker. tests/web/check-pages.mjs runs them;
// `make test` installs them (tests/web/package-lock.json, Debian's chromium).

#include <catch2/catch.hpp>

#include "testsupport.h"

#include "documents/publication.h"
#include "model/documentlanguage.h"

#include <QDir>
#include <QProcess>

namespace {

const QString base = QStringLiteral("https://www.testila.fi/paatokset/");
const QString webTools = QStringLiteral(PYKALA_SOURCE_DIR "/tests/web");

// Runs the checkers over `pages` of `site`; fails the test with what they
// said when they find anything.
void requireAccessible(const QString &site, const QStringList &pages)
{
    INFO("The web checkers are installed by 'make test' (npm ci in tests/web; Debian's chromium and a Java runtime).");
    REQUIRE(QFile::exists(webTools + QStringLiteral("/node_modules/axe-core/axe.min.js")));
    for (const QString &page : pages) {
        INFO(page.toStdString());
        REQUIRE(QFile::exists(QDir(site).filePath(page)));
    }
    QProcess node;
    node.setWorkingDirectory(webTools);
    node.setProcessChannelMode(QProcess::MergedChannels);
    node.start(QStringLiteral("node"), QStringList{QStringLiteral("check-pages.mjs"), site} + pages);
    REQUIRE(node.waitForStarted(30000));
    REQUIRE(node.waitForFinished(300000));
    const QString said = QString::fromUtf8(node.readAll());
    INFO(said.toStdString());
    REQUIRE(node.exitStatus() == QProcess::NormalExit);
    REQUIRE(node.exitCode() == 0);
    // Each page was opened at both widths and checked by the Nu HTML Checker.
    CHECK(said.count(QStringLiteral(" axe rules passed, 0 violated")) == 2 * pages.size());
    CHECK(said.contains(QStringLiteral("Nu HTML Checker: 0 error(s) in %1 page(s)").arg(pages.size())));
}

// The fixture's meeting with what makes pages hard: a wide table in an
// item's text, a long unbroken word, an attachment, and the next meeting.
RecordedMeeting hardMeeting(Store &store)
{
    RecordedMeeting fixture = recordMeeting(store);
    AgendaItem item = fixture.items.at(4);
    item.background += QStringLiteral(
        "<p>Kiinteistötunnus 902-403-0012-0005-M601, katuosoite Asemanseudunpientaloalueenkokoojakatu 12.</p>"
        "<table><tr><th>Vuosi</th><th>Myyntihinta</th><th>Vuokra</th><th>Kunnallistekniikka</th><th>Yhteensä</th></tr>"
        "<tr><td>2026</td><td>40 000 euroa</td><td>1 200 euroa</td><td>15 000 euroa</td><td>56 200 euroa</td></tr></table>");
    REQUIRE(store.updateAgendaItem(item).ok());
    Attachment map;
    map.itemId = item.id;
    map.name = QStringLiteral("Tonttikartta.pdf");
    map.mediaType = QStringLiteral("application/pdf");
    map.content = QByteArrayLiteral("%PDF-1.4 kartta");
    required(store.addAttachment(map));
    addUnheldMeeting(store, fixture.meeting);
    return fixture;
}

} // namespace

TEST_CASE("Every kind of published page passes axe-core (WCAG 2.1 AA) and the Nu HTML Checker, also 320 px wide",
          "[web][accessibility]")
{
    TestDir dir;
    auto store = createStore(dir.path(QStringLiteral("s.sqlite")));
    const RecordedMeeting fixture = hardMeeting(*store);

    // The site in Finnish: its front page, the accessibility statement, a
    // held meeting's index, agenda and minutes, the next meeting's index and
    // agenda.
    const QString site = dir.path(QStringLiteral("site"));
    const auto published = Publication::publishSite(*store, site, base, QDate(2026, 6, 1));
    INFO(published.error().toStdString());
    REQUIRE(published.ok());
    // One meeting alone, as 'publish MEETING' writes it.
    REQUIRE(Publication::publish(*store, fixture.meeting, QDir(site).filePath(QStringLiteral("yksi"))).ok());
    requireAccessible(site, {QStringLiteral("index.html"), QStringLiteral("saavutettavuusseloste.html"),
                             QStringLiteral("KH/2026-12/index.html"), QStringLiteral("KH/2026-12/KH-12-2026-esityslista.html"),
                             QStringLiteral("KH/2026-12/KH-12-2026-poytakirja.html"), QStringLiteral("KH/2026-13/index.html"),
                             QStringLiteral("KH/2026-13/KH-13-2026-esityslista.html"), QStringLiteral("yksi/index.html")});

    // The site of a Swedish-speaking organisation, whose minutes have an item
    // written in Finnish: its parts carry lang="fi".
    Organisation organisation = required(store->organisation()).value();
    organisation.defaultLanguage = Language::Swedish;
    organisation.swedishName = QStringLiteral("Testilä kommun");
    REQUIRE(store->setOrganisation(organisation).ok());
    Body body = required(store->body(fixture.meeting.bodyId)).value();
    body.documentLanguage = Language::Swedish;
    REQUIRE(store->updateBody(body).ok());
    AgendaItem finnish = fixture.items.at(2);
    finnish.language = Language::Finnish;
    REQUIRE(store->updateAgendaItem(finnish).ok());
    const QString swedish = dir.path(QStringLiteral("sv"));
    REQUIRE(Publication::publishSite(*store, swedish, base, QDate(2026, 6, 1)).ok());
    const QString minutes = QString::fromUtf8(readFile(QDir(swedish).filePath(QStringLiteral("KH/2026-12/KH-12-2026-protokoll.html"))));
    CHECK(minutes.startsWith(QStringLiteral("<!DOCTYPE html>\n<html lang=\"sv\">")));
    CHECK(minutes.contains(QStringLiteral("<span lang=\"fi\">Päiväkodin rakentaminen</span>")));
    requireAccessible(swedish, {QStringLiteral("index.html"), QStringLiteral("tillganglighetsutlatande.html"),
                                QStringLiteral("KH/2026-12/index.html"),
                                QStringLiteral("KH/2026-12/KH-12-2026-protokoll.html"),
                                QStringLiteral("KH/2026-12/KH-12-2026-foredragningslista.html")});
}

TEST_CASE("The web checkers find what is wrong: a page that breaks the rules fails", "[web][accessibility]")
{
    TestDir dir;
    const QString site = dir.path(QStringLiteral("site"));
    REQUIRE(QDir().mkpath(site));
    // An image without alternative text, a duplicate id, a faint text and a
    // table wider than a phone outside any scrolling container.
    writeFile(QDir(site).filePath(QStringLiteral("huono.html")),
              "<!DOCTYPE html>\n<html lang=\"fi\"><head><meta charset=\"utf-8\">"
              "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>Huono</title></head>"
              "<body><main><h1>Huono sivu</h1><img src=\"kuva.png\"><p id=\"a\">yksi</p><p id=\"a\">kaksi</p>"
              "<p style=\"color:#bbb\">haalea</p><table><tr><th>Nimi</th><th>Tehtävä</th><th>Saapui</th>"
              "<th>Poistui</th><th>Huomautukset</th></tr><tr><td>Pitkänimiseksihenkilöksi</td>"
              "<td>varapuheenjohtaja</td><td>16.00</td><td>18.00</td><td>etäyhteydellä</td></tr></table>"
              "</main></body></html>\n");
    QProcess node;
    node.setWorkingDirectory(webTools);
    node.setProcessChannelMode(QProcess::MergedChannels);
    node.start(QStringLiteral("node"), {QStringLiteral("check-pages.mjs"), site, QStringLiteral("huono.html")});
    REQUIRE(node.waitForFinished(300000));
    const QString said = QString::fromUtf8(node.readAll());
    INFO(said.toStdString());
    CHECK(node.exitCode() == 1);
    CHECK(said.contains(QStringLiteral("axe image-alt")));
    CHECK(said.contains(QStringLiteral("axe color-contrast")));
    CHECK(said.contains(QStringLiteral("the page scrolls sideways")));
    CHECK(said.contains(QStringLiteral("Duplicate ID")));
}
