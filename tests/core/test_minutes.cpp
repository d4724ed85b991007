#include <catch2/catch.hpp>

#include "testsupport.h"

#include "documents/meetingdocuments.h"
#include "procedure/meetingevents.h"
#include "procedure/meetingsession.h"

// The minutes as real minutes write what happened: the real day of the
// meeting, who presided over which §, how members took part, and a vote on
// tabling captioned as what it was.

namespace {

struct Held
{
    Meeting meeting;
    QList<AgendaItem> items;
    QHash<QString, qint64> persons;   // full name → id
};

// KH 13/2026 (planned for Monday 25.5.2026 at 16.00), held instead on
// Saturday 23.5.2026 from 18.05 to 19.30. Present: Mäkelä (chair), Öhman,
// Virtanen (by remote connection) and Niemi; Åström (vice chair) is away at
// the opening.
//  1. Mäkelä is disqualified and the vice chair is away, so the board
//     chooses Öhman to preside. Virtanen proposes tabling, Niemi seconds; a
//     count vote of the three entitled, JAA 2 and EI 1, continues with the
//     matter, and the base proposal is adopted.
//  2. Virtanen moves from his remote connection to the meeting room at
//     18.40; Åström arrives by remote connection at 18.45. Mäkelä presides.
//  3. Decided as proposed.
Held holdMeeting(Store &store)
{
    const RecordedMeeting earlier = recordMeeting(store);
    Held held;
    held.meeting = addUnheldMeeting(store, earlier.meeting);
    for (const Person &person : required(store.persons()))
        held.persons.insert(person.displayName(), person.id);
    for (const char *title : {"Kirjaston aukioloajat", "Uimahallin lipunhinnat", "Koulukuljetukset"}) {
        AgendaItem item;
        item.meetingId = held.meeting.id;
        item.title = QString::fromUtf8(title);
        item.proposal = QStringLiteral("<p>Hyväksytään.</p>");
        item.appealKind = AppealKind::Rectification;
        required(store.addAgendaItem(item));
    }
    const qint64 makela = held.persons.value(QStringLiteral("Aino Mäkelä")),
                 astrom = held.persons.value(QStringLiteral("Bertil Åström")),
                 ohman = held.persons.value(QStringLiteral("Cecilia Öhman")),
                 virtanen = held.persons.value(QStringLiteral("Daniel Virtanen")),
                 niemi = held.persons.value(QStringLiteral("Eero Niemi"));
    using namespace MeetingEvents;
    const QDate day(2026, 5, 23);
    ItemDecision::VoteRecord tabling;
    tabling.on = QStringLiteral("virtanen");
    tabling.yes = 2;
    tabling.no = 1;
    const QByteArray events = file({
        open(QDateTime(day, QTime(18, 5))),
        attendance({makela, ohman, virtanen, niemi}, {}, {}, {virtanen}),
        disqualified({makela, 1, QStringLiteral("HL 28 § 1 mom. 1 k (asianosainen)")}),
        temporaryChair(1, ohman),
        proposal(1, QStringLiteral("virtanen"), ProposalType::Tabling, virtanen),
        second(1, QStringLiteral("virtanen"), niemi),
        vote(1, tabling),
        decision(1),
        move({virtanen, Attendance::Movement::Switches, 2, QTime(18, 40), false}),
        move({astrom, Attendance::Movement::Arrives, 2, QTime(18, 45), true}),
        decision(2),
        decision(3),
        close(QDateTime(day, QTime(19, 30))),
    });
    const auto recorded = MeetingSession::record(store, held.meeting, events);
    INFO(recorded.error().toStdString());
    REQUIRE(recorded.ok());
    held.meeting = required(store.meeting(held.meeting.id)).value();
    held.items = required(store.agendaItems(held.meeting.id));
    return held;
}

int section(const Held &held, int position)
{
    REQUIRE(held.items.at(position - 1).sectionNumber);
    return *held.items.at(position - 1).sectionNumber;
}

} // namespace

TEST_CASE("The minutes give the day the meeting was really held", "[minutes][date]")
{
    TestDir dir;
    auto store = createStore(dir.path(QStringLiteral("s.sqlite")));
    const Held held = holdMeeting(*store);
    CHECK(held.meeting.actualStart == QDateTime(QDate(2026, 5, 23), QTime(18, 5)));
    CHECK(held.meeting.actualEnd == QDateTime(QDate(2026, 5, 23), QTime(19, 30)));
    const OfficialDocument minutes = required(MeetingDocuments::minutes(*store, held.meeting));
    // 23.5.2026 is a Saturday.
    CHECK(minutes.html.contains(QStringLiteral("lauantaina 23.5.2026 klo 18.05–19.30")));
    CHECK_FALSE(minutes.html.contains(QStringLiteral("25.5.2026")));
    CHECK(minutes.date == QStringLiteral("23.5.2026"));
}

TEST_CASE("The minutes say who presided over which §, and each who presided signs", "[minutes][chair]")
{
    TestDir dir;
    auto store = createStore(dir.path(QStringLiteral("s.sqlite")));
    const Held held = holdMeeting(*store);
    const int first = section(held, 1), second = section(held, 2), third = section(held, 3);
    const OfficialDocument minutes = required(MeetingDocuments::minutes(*store, held.meeting));
    const QString html = minutes.html;
    // In § 1, where Öhman presided, the item says so; not in the others.
    const QString note = QStringLiteral("Asian käsittelyn ajan puheenjohtajana toimi tilapäiseksi puheenjohtajaksi "
                                        "valittu Cecilia Öhman.");
    CHECK(html.count(note) == 1);
    const qsizetype item1 = html.indexOf(QStringLiteral("id=\"item-1\"")), item2 = html.indexOf(QStringLiteral("id=\"item-2\""));
    CHECK(html.indexOf(note) > item1);
    CHECK(html.indexOf(note) < item2);
    // Who presided opens the item's proceedings.
    CHECK(html.contains(QStringLiteral("<h3>Käsittely</h3>\n<p class=\"presiding\">%1</p>").arg(note)));
    // The signatures: each who presided, with the § numbers, two to a row.
    CHECK(html.contains(QStringLiteral("<p class=\"sign-role\">Puheenjohtaja § %1</p><p class=\"sign-line\">"
                                       "______________________________</p><p>Cecilia Öhman</p>").arg(first)));
    CHECK(html.contains(QStringLiteral("<p class=\"sign-role\">Puheenjohtaja § %1–%2</p><p class=\"sign-line\">"
                                       "______________________________</p><p>Aino Mäkelä</p>").arg(second).arg(third)));
    CHECK(html.contains(QStringLiteral("<p>Aino Mäkelä</p></td></tr><tr><td><p class=\"sign-role\">Pöytäkirjanpitäjä</p>")));
    CHECK(minutes.signaturePageText
          == QStringLiteral("Pöytäkirja allekirjoitetaan sähköisesti tälle sivulle tässä järjestyksessä: "
                            "pöytäkirjanpitäjä, pöytäkirjantarkastajat, puheenjohtaja Cecilia Öhman (§ %1), "
                            "puheenjohtaja Aino Mäkelä (§ %2–%3).").arg(first).arg(second).arg(third));
    // The secretary, one minute-checker's place (none was selected), and each who presided.
    CHECK(minutes.signingRoles
          == QStringList{QStringLiteral("pöytäkirjanpitäjä"), QStringLiteral("pöytäkirjantarkastaja"),
                         QStringLiteral("puheenjohtaja § %1").arg(first),
                         QStringLiteral("puheenjohtaja § %1–%2").arg(second).arg(third)});

    // The municipality's and the members' names keep their capitals when a
    // proposal quoted after "että" starts with one.
    const QStringList properNouns =
        MeetingSession::names(required(MeetingSession::setting(*store, held.meeting)), Language::Finnish).properNouns;
    CHECK(properNouns.contains(QStringLiteral("Testilän")));
    CHECK(properNouns.contains(QStringLiteral("Öhman")));
    CHECK(properNouns.contains(QStringLiteral("Cecilia")));
    CHECK_FALSE(properNouns.contains(QStringLiteral("kunta")));

    // In Swedish.
    MeetingDocuments::Options swedish;
    swedish.language = Language::Swedish;
    const OfficialDocument protokoll = required(MeetingDocuments::minutes(*store, held.meeting, swedish));
    CHECK(protokoll.html.contains(QStringLiteral("Som tillfällig ordförande under behandlingen av ärendet fungerade "
                                                 "Cecilia Öhman.")));
    CHECK(protokoll.signaturePageText.endsWith(
        QStringLiteral("ordförande Cecilia Öhman (§ %1), ordförande Aino Mäkelä (§ %2–%3).").arg(first).arg(second).arg(third)));
}

TEST_CASE("A meeting past midnight gives the day it ended", "[minutes][date]")
{
    TestDir dir;
    auto store = createStore(dir.path(QStringLiteral("s.sqlite")));
    const Meeting held = addUnheldMeeting(*store, recordMeeting(*store).meeting);
    AgendaItem item;
    item.meetingId = held.id;
    item.title = QStringLiteral("Talousarvio 2027");
    required(store->addAgendaItem(item));
    // Opened on Monday 25.5.2026 at 23.30, closed at 0.20 — a bare clock
    // time in the closing is on the day the meeting opened, so it is given
    // with its date.
    const QByteArray events = QByteArrayLiteral(R"({"events": [{"type": "open", "at": "2026-05-25T23:30"},
        {"type": "attendance", "present": ["Aino Mäkelä", "Cecilia Öhman", "Daniel Virtanen", "Eero Niemi"]},
        {"type": "decision", "item": 1}, {"type": "close", "at": "0:20"}]})");
    CHECK_THAT(refusal(MeetingSession::record(*store, held, events)),
               Catch::Contains("closes 25.5.2026 0.20, before it was opened 25.5.2026 23.30"));
    const auto recorded = MeetingSession::record(
        *store, held, QByteArray(events).replace(R"("at": "0:20")", R"("at": "2026-05-26T00:20")"));
    INFO(recorded.error().toStdString());
    REQUIRE(recorded.ok());
    const Meeting closed = required(store->meeting(held.id)).value();
    const QString html = required(MeetingDocuments::minutes(*store, closed)).html;
    CHECK(html.contains(QStringLiteral("maanantaina 25.5.2026 klo 23.30 – 26.5.2026 klo 0.20")));
}

TEST_CASE("A vote on tabling is captioned as continuing against tabling", "[minutes][votes]")
{
    TestDir dir;
    auto store = createStore(dir.path(QStringLiteral("s.sqlite")));
    const Held held = holdMeeting(*store);
    const QString html = required(MeetingDocuments::minutes(*store, held.meeting)).html;
    CHECK(html.contains(QStringLiteral("<caption>Äänestys menettelystä: JAA = asian käsittelyn jatkaminen, "
                                       "EI = Virtasen ehdotus asian pöydällepanosta</caption>")));
    CHECK(html.contains(QStringLiteral("<p>Tulos: asian käsittelyä jatketaan äänin 2–1 (tyhjiä 0).</p>")));
    CHECK_FALSE(html.contains(QStringLiteral("JAA = pohjaehdotus, EI = Virtasen ehdotus")));
    MeetingDocuments::Options swedish;
    swedish.language = Language::Swedish;
    const QString sv = required(MeetingDocuments::minutes(*store, held.meeting, swedish)).html;
    CHECK(sv.contains(QStringLiteral("<caption>Omröstning om förfarandet: JA = fortsatt behandling, "
                                     "NEJ = Virtanens förslag om bordläggning</caption>")));
    CHECK(sv.contains(QStringLiteral("<p>Resultat: behandlingen fortsätter med rösterna 2–1 (blanka 0).</p>")));
}

TEST_CASE("The minutes show how each member took part: in the room or by remote connection", "[minutes][remote]")
{
    TestDir dir;
    auto store = createStore(dir.path(QStringLiteral("s.sqlite")));
    const Held held = holdMeeting(*store);
    const int second = section(held, 2);
    const QString html = required(MeetingDocuments::minutes(*store, held.meeting)).html;
    CHECK(html.contains(QStringLiteral("<tr><th scope=\"row\">Daniel Virtanen</th><td>jäsen</td><td>osallistui "
                                       "etäyhteydellä; siirtyi kokouspaikalle klo 18.40 § %1 aikana</td></tr>")
                            .arg(second)));
    CHECK(html.contains(QStringLiteral("<tr><th scope=\"row\">Bertil Åström</th><td>varapuheenjohtaja</td><td>saapui "
                                       "etäyhteydellä klo 18.45 § %1 aikana</td></tr>").arg(second)));
    CHECK(html.contains(QStringLiteral("<tr><th scope=\"row\">Eero Niemi</th><td>jäsen</td><td></td></tr>")));
    MeetingDocuments::Options swedish;
    swedish.language = Language::Swedish;
    const QString sv = required(MeetingDocuments::minutes(*store, held.meeting, swedish)).html;
    CHECK(sv.contains(QStringLiteral("deltog på distans; övergick till att delta på mötesplatsen kl. 18.40 under § %1")
                          .arg(second)));
    CHECK(sv.contains(QStringLiteral("anslöt på distans kl. 18.45 under § %1").arg(second)));
}

TEST_CASE("A vice chair who presided throughout is named once, an extract names who presided over its item", "[minutes][chair]")
{
    // KH 13/2026 without the chair Mäkelä: the vice chair Åström presides
    // over both items.
    TestDir dir;
    auto store = createStore(dir.path(QStringLiteral("s.sqlite")));
    const Meeting planned = addUnheldMeeting(*store, recordMeeting(*store).meeting);
    for (const char *title : {"Uimahallin lipunhinnat", "Koulukuljetukset"}) {
        AgendaItem item;
        item.meetingId = planned.id;
        item.title = QString::fromUtf8(title);
        item.appealKind = AppealKind::Rectification;
        required(store->addAgendaItem(item));
    }
    const auto recorded = MeetingSession::record(*store, planned, QByteArrayLiteral(R"({"events": [
        {"type": "open", "at": "2026-05-25T16:00"},
        {"type": "attendance", "present": ["Bertil Åström", "Cecilia Öhman", "Daniel Virtanen", "Eero Niemi"]},
        {"type": "decision", "item": 1}, {"type": "decision", "item": 2},
        {"type": "close", "at": "2026-05-25T17:00"}]})"));
    INFO(recorded.error().toStdString());
    REQUIRE(recorded.ok());
    const Meeting held = required(store->meeting(planned.id)).value();
    const QString html = required(MeetingDocuments::minutes(*store, held)).html;
    CHECK(html.count(QStringLiteral("Kokouksen puheenjohtajana toimi varapuheenjohtaja Bertil Åström.")) == 1);
    CHECK_FALSE(html.contains(QStringLiteral("Asian käsittelyn ajan puheenjohtajana")));
    CHECK(html.contains(QStringLiteral("<p class=\"sign-role\">Puheenjohtaja</p><p class=\"sign-line\">"
                                       "______________________________</p><p>Bertil Åström</p>")));
    const QList<AgendaItem> items = required(store->agendaItems(held.id));
    const OfficialDocument extract = required(MeetingDocuments::extract(*store, held, items.at(1)));
    CHECK(extract.html.contains(QStringLiteral("<p class=\"presiding\">Asian käsittelyn ajan puheenjohtajana toimi "
                                               "varapuheenjohtaja Bertil Åström.</p>")));
}
