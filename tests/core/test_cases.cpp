#include <catch2/catch.hpp>

#include "testsupport.h"

#include "documents/meetingdocuments.h"
#include "procedure/appeal.h"
#include "procedure/nexthandling.h"
#include "text/richtext.h"

#include <QFile>

namespace {

qint64 auditEntries(Store &store)
{
    return required(store.auditHead()).first;
}

Case newCase(const QString &title, const QString &classCode, const QDate &opened)
{
    Case entry;
    entry.title = title;
    entry.diaryNumber.taskClass = classCode;
    entry.initiated = opened;
    return entry;
}

// A body with one meeting on `day`, an item on it, opened and closed: a
// handling decided as `decision` says, numbered § 1 of the body's year.
struct Handled
{
    qint64 body = 0;
    Meeting meeting;
    qint64 item = 0;
};

Handled handledBy(Store &store, const Body &body, const QDate &day, const QString &title, const QString &decision,
                  Publicity publicity = Publicity::Public)
{
    Handled handled;
    handled.body = required(store.addBody(body));
    Meeting meeting;
    meeting.bodyId = handled.body;
    meeting.year = day.year();
    meeting.number = 3;
    meeting.plannedStart = QDateTime(day, QTime(17, 0));
    meeting.place = QStringLiteral("Kunnantalo");
    meeting.id = required(store.addMeeting(meeting));
    AgendaItem item;
    item.meetingId = meeting.id;
    item.title = title;
    item.proposal = RichText::fromPlainText(QStringLiteral("Ehdotus."));
    item.publicity = publicity;
    if (publicity != Publicity::Public)
        item.confidentialityBasis = LegalBasis::fromText(QStringLiteral("JulkL 24 § 1 mom. 25 k"));
    handled.item = required(store.addAgendaItem(item));
    REQUIRE(store.openMeeting(meeting.id, meeting.plannedStart).ok());
    AgendaItem decided = required(store.agendaItem(handled.item)).value();
    decided.decision = RichText::fromPlainText(decision);
    REQUIRE(store.updateAgendaItem(decided).ok());
    REQUIRE(store.closeMeeting(meeting.id, meeting.plannedStart.addSecs(3600)).ok());
    handled.meeting = required(store.meeting(meeting.id)).value();
    return handled;
}

Body body(const char *name, const char *shortName, BodyKind kind, const char *swedish)
{
    Body made{0, QString::fromUtf8(name), QString::fromUtf8(shortName), kind, Codes::defaultQuorumRule(kind)};
    made.swedishName = QString::fromUtf8(swedish);
    return made;
}

QString agendaHtml(Store &store, const Meeting &meeting, Audience audience, Language language)
{
    MeetingDocuments::Options options;
    options.audience = audience;
    options.language = language;
    return required(MeetingDocuments::agenda(store, meeting, options)).html;
}

} // namespace

TEST_CASE("Diary numbers are read as number, task class and year, with a registry prefix kept", "[cases]")
{
    const auto plain = DiaryNumber::parse(QStringLiteral("198/00.01.01/2026"));
    REQUIRE(plain);
    CHECK(plain->number == 198);
    CHECK(plain->taskClass == QStringLiteral("00.01.01"));
    CHECK(plain->year == 2026);
    CHECK(plain->prefix.isEmpty());
    CHECK(plain->toString() == QStringLiteral("198/00.01.01/2026"));
    const auto prefixed = DiaryNumber::parse(QStringLiteral(" KUNTA:12/02.05/2025 "));
    REQUIRE(prefixed);
    CHECK(prefixed->prefix == QStringLiteral("KUNTA:"));
    CHECK(prefixed->toString() == QStringLiteral("KUNTA:12/02.05/2025"));
    for (const char *bad : {"", "198/2026", "0/00.01.01/2026", "198/0.01.01/2026", "198/00.01.01.02.03/2026",
                            "198/00.01.01/26", "x/00.01.01/2026", "198 /00.01.01/2026", "198/00-01-01/2026",
                            "198/00.01.01/0999"})
        CHECK_FALSE(DiaryNumber::parse(QString::fromUtf8(bad)));
    CHECK(DiaryNumber::isTaskClassCode(QStringLiteral("10")));
    CHECK(DiaryNumber::isTaskClassCode(QStringLiteral("10.02.03.01")));
    CHECK_FALSE(DiaryNumber::isTaskClassCode(QStringLiteral("10.2")));
}

TEST_CASE("The register numbers cases per year, keeps prefixes and refuses a taken or malformed number",
          "[cases][store]")
{
    TestDir dir;
    auto store = createStore(dir.path(QStringLiteral("s.sqlite")));
    // A new store holds no classes, yet offers the built-in ones.
    CHECK(required(store->taskClasses()).size() == Store::builtInTaskClasses().size());
    CHECK(auditEntries(*store) == 0);

    const qint64 first = required(store->openCase(newCase(QStringLiteral("Tontin myynti"), QStringLiteral("10.00.03"),
                                                          QDate(2026, 3, 2))));
    const Case one = required(store->caseFile(first)).value();
    CHECK(one.diaryNumber.toString() == QStringLiteral("1/10.00.03/2026"));
    // The class used is stored now, as the built-in class was.
    const TaskClass used = required(store->taskClass(one.taskClassId)).value();
    CHECK(used.code == QStringLiteral("10.00.03"));
    CHECK(used.permanent());

    Case prefixed = newCase(QStringLiteral("Talousarvio 2027"), QStringLiteral("02.02.00"), QDate(2026, 9, 1));
    prefixed.diaryNumber.prefix = QStringLiteral("KUNTA:");
    const Case two = required(store->caseFile(required(store->openCase(prefixed)))).value();
    CHECK(two.diaryNumber.toString() == QStringLiteral("KUNTA:2/02.02.00/2026"));
    // Another year starts again from 1.
    const Case next = required(store->caseFile(required(store->openCase(
        newCase(QStringLiteral("Talousarvio 2028"), QStringLiteral("02.02.00"), QDate(2027, 1, 4)))))).value();
    CHECK(next.diaryNumber.toString() == QStringLiteral("1/02.02.00/2027"));
    // Found by the number, with or without its prefix, and by number and year.
    CHECK(required(store->findCase(QStringLiteral("2/02.02.00/2026"))).id == two.id);
    CHECK(required(store->findCase(QStringLiteral("KUNTA:2/02.02.00/2026"))).id == two.id);
    CHECK(required(store->searchCases(QStringLiteral("2/2026"))).constFirst().id == two.id);
    CHECK(required(store->searchCases(QStringLiteral("talousarvio"))).size() == 2);

    const qint64 before = auditEntries(*store);
    const QByteArray bytes = storeBytes(dir.path(QStringLiteral("s.sqlite")));
    Case taken = newCase(QStringLiteral("Toinen"), QStringLiteral("10.00.03"), QDate(2026, 4, 1));
    taken.diaryNumber.number = 2;
    CHECK_THAT(refusal(store->openCase(taken)), Catch::Contains("is taken"));
    Case unknown = newCase(QStringLiteral("Tuntematon"), QStringLiteral("99.99.99"), QDate(2026, 4, 1));
    CHECK_THAT(refusal(store->openCase(unknown)), Catch::Contains("no task class 99.99.99"));
    Case badPrefix = newCase(QStringLiteral("Etuliite"), QStringLiteral("10.00.03"), QDate(2026, 4, 1));
    badPrefix.diaryNumber.prefix = QStringLiteral("KUN TA:");
    CHECK_THAT(refusal(store->openCase(badPrefix)), Catch::Contains("registry prefix"));
    Case secret = newCase(QStringLiteral("Salainen"), QStringLiteral("10.00.03"), QDate(2026, 4, 1));
    secret.publicity = Publicity::Confidential;
    CHECK_THAT(refusal(store->openCase(secret)), Catch::Contains("legal basis"));
    Case closedEarly = one;
    closedEarly.state = CaseState::Closed;
    closedEarly.closed = QDate(2026, 3, 1);
    CHECK_THAT(refusal(store->updateCase(closedEarly)), Catch::Contains("before it was opened"));
    Case badParty = one;
    badParty.parties = {{QStringLiteral("Ostaja\nOy"), PartyKind::Organisation, QStringLiteral("ostaja"), QString()}};
    CHECK_THAT(refusal(store->updateCase(badParty)), Catch::Contains("name of a party of a case must be on one line"));
    badParty.parties = {{QStringLiteral(" "), PartyKind::Person, QString(), QString()}};
    CHECK_THAT(refusal(store->updateCase(badParty)), Catch::Contains("needs a name"));
    TaskClass badCode;
    badCode.code = QStringLiteral("1.2.3");
    badCode.name = QStringLiteral("Väärä");
    CHECK_THAT(refusal(store->addTaskClass(badCode)), Catch::Contains("not a task class code"));
    CHECK(auditEntries(*store) == before);
    CHECK(storeBytes(dir.path(QStringLiteral("s.sqlite"))) == bytes);

    // An item added with a registered case's number is its handling; taken
    // out of the case, it stays out when saved, and is listed as unlinked.
    const RecordedMeeting recorded = recordMeeting(*store);
    const Meeting unheld = addUnheldMeeting(*store, recorded.meeting);
    AgendaItem named;
    named.meetingId = unheld.id;
    named.title = QStringLiteral("Tontin myynti, jatko");
    named.caseReference = QStringLiteral(" 1/10.00.03/2026 ");
    const qint64 namedId = required(store->addAgendaItem(named));
    CHECK(required(store->agendaItem(namedId))->caseId == one.id);
    CHECK(required(store->agendaItem(namedId))->taskClass == QStringLiteral("10.00.03"));
    REQUIRE(store->linkItemToCase(namedId, 0).ok());
    AgendaItem unlinked = required(store->agendaItem(namedId)).value();
    CHECK(unlinked.caseId == 0);
    REQUIRE(store->updateAgendaItem(unlinked).ok());
    CHECK(required(store->agendaItem(namedId))->caseId == 0);
    // Listed with the recorded meeting's six, whose references name no case.
    const auto listed = required(store->unlinkedItems());
    CHECK(listed.size() == 7);
    CHECK(std::any_of(listed.cbegin(), listed.cend(), [&](const Store::UnlinkedItem &u) { return u.itemId == namedId; }));
    // Linked again, a save keeps the link.
    REQUIRE(store->linkItemToCase(namedId, one.id).ok());
    REQUIRE(store->updateAgendaItem(required(store->agendaItem(namedId)).value()).ok());
    CHECK(required(store->caseHandlings(one.id)).size() == 1);
    // A reference written anew names the item's case: another registered
    // case's number moves it there, one that names no case (or none) takes
    // it out, and the registered number links it again.
    Case other;
    other.title = QStringLiteral("Toinen asia");
    other.diaryNumber.taskClass = QStringLiteral("10.00.03");
    other.initiated = QDate(2026, 4, 2);
    const qint64 otherId = required(store->openCase(other));
    const QString otherNumber = required(store->caseFile(otherId)).value().diaryNumber.toString();
    AgendaItem retyped = required(store->agendaItem(namedId)).value();
    retyped.caseReference = otherNumber;
    REQUIRE(store->updateAgendaItem(retyped).ok());
    CHECK(required(store->agendaItem(namedId))->caseId == otherId);
    retyped = required(store->agendaItem(namedId)).value();
    retyped.caseReference = QStringLiteral("KH/99/2019");
    REQUIRE(store->updateAgendaItem(retyped).ok());
    CHECK(required(store->agendaItem(namedId))->caseId == 0);
    CHECK(required(store->agendaItem(namedId))->caseReference == QStringLiteral("KH/99/2019"));
    retyped = required(store->agendaItem(namedId)).value();
    retyped.caseReference = QStringLiteral("1/10.00.03/2026");
    REQUIRE(store->updateAgendaItem(retyped).ok());
    CHECK(required(store->agendaItem(namedId))->caseId == one.id);

    // Parties are kept with the case, an address over several lines too.
    Case withParties = one;
    withParties.parties = {{QStringLiteral("Ostaja Oy"), PartyKind::Organisation, QStringLiteral("ostaja"),
                            QStringLiteral("Tehdaskatu 1\n70100 Testilä")},
                           {QStringLiteral("Matti Myyjä"), PartyKind::Person, QStringLiteral("naapuri"), QString()}};
    REQUIRE(store->updateCase(withParties).ok());
    const Case reread = required(store->caseFile(one.id)).value();
    REQUIRE(reread.parties.size() == 2);
    CHECK(reread.parties.at(0).kind == PartyKind::Organisation);
    CHECK(reread.parties.at(0).contact == QStringLiteral("Tehdaskatu 1\n70100 Testilä"));
    CHECK(reread.parties.at(1).name == QStringLiteral("Matti Myyjä"));
    CHECK(reread.diaryNumber == one.diaryNumber);
    CHECK(checkProblems(dir.path(QStringLiteral("s.sqlite"))).isEmpty());
}

TEST_CASE("Case search finds cases by their items' texts too, the best item's case first, each case once", "[cases][store]")
{
    TestDir dir;
    auto store = createStore(dir.path(QStringLiteral("s.sqlite")));
    // Three cases whose titles do not hold the word looked for, numbered
    // in another order than their items rank.
    auto open = [&](const QString &title) {
        return required(store->openCase(newCase(title, QStringLiteral("10.00.03"), QDate(2026, 3, 2))));
    };
    const qint64 plot = open(QStringLiteral("Tontin myynti"));
    const qint64 streets = open(QStringLiteral("Katujen kunnossapito"));
    const qint64 transport = open(QStringLiteral("Koulukuljetukset"));
    const RecordedMeeting recorded = recordMeeting(*store);
    const Meeting unheld = addUnheldMeeting(*store, recorded.meeting);
    auto item = [&](const QString &title, const QString &background, qint64 caseId) {
        AgendaItem entry;
        entry.meetingId = unheld.id;
        entry.title = title;
        entry.background = background;
        const qint64 id = required(store->addAgendaItem(entry));
        REQUIRE(store->linkItemToCase(id, caseId).ok());
    };
    // The word in a title weighs four times the word in a text (bm25 with
    // the title's weight 4): the streets' item ranks first, the plot's
    // second; the streets' second item finds its case again, listed once.
    item(QStringLiteral("Kaukolämpöverkon laajennus"), QStringLiteral("<p>Kaukolämpöverkko laajenee.</p>"), streets);
    item(QStringLiteral("Tontin hinta"), QStringLiteral("<p>Tontille tulee kaukolämpöverkko.</p>"), plot);
    item(QStringLiteral("Kuljetusten hankinta"), QStringLiteral("<p>Bussit.</p>"), transport);
    item(QStringLiteral("Katujen kaivuluvat"), QStringLiteral("<p>Kaukolämpöverkon kaivutyöt.</p>"), streets);
    QList<qint64> ids;
    for (const Case &found : required(store->searchCases(QStringLiteral("kaukolämpöverkko"))))
        ids.append(found.id);
    CHECK(ids == QList<qint64>{streets, plot});
    const QList<Case> first = required(store->searchCases(QStringLiteral("kaukolämpöverkko"), 1));
    REQUIRE(first.size() == 1);
    CHECK(first.first().id == streets);
    CHECK(first.first().title == QStringLiteral("Katujen kunnossapito"));
    CHECK(required(store->searchCases(QStringLiteral("bussit"))).constFirst().id == transport);
}

TEST_CASE("A case through three bodies prints its earlier handling in Finnish and Swedish, withheld from the public "
          "where confidential",
          "[cases][documents]")
{
    TestDir dir;
    auto store = createStore(dir.path(QStringLiteral("s.sqlite")));
    const RecordedMeeting recorded = recordMeeting(*store);
    // The committee prepared the matter, the board (KH 12/2026 § 5, 11.5.2026)
    // proposed, the council decides.
    const Handled committee = handledBy(*store, body("Tekninen lautakunta", "TL", BodyKind::Committee, "Tekniska nämnden"),
                                        QDate(2026, 4, 28), QStringLiteral("Tontin myynti"),
                                        QStringLiteral("Lautakunta puoltaa tontin myyntiä."));
    const qint64 caseId = required(store->openCase(newCase(QStringLiteral("Tontin myynti"), QStringLiteral("10.00.03"),
                                                           QDate(2026, 4, 1))));
    const AgendaItem board = recorded.items.at(4);
    REQUIRE(board.sectionNumber == 5);
    REQUIRE(store->linkItemToCase(committee.item, caseId).ok());
    REQUIRE(store->linkItemToCase(board.id, caseId).ok());
    // An item of the case carries its diary number from now on.
    CHECK(required(store->agendaItem(committee.item))->caseId == caseId);

    const qint64 council = required(store->addBody(body("Kunnanvaltuusto", "KV", BodyKind::Council, "Kommunfullmäktige")));
    Meeting councilMeeting;
    councilMeeting.bodyId = council;
    councilMeeting.year = 2026;
    councilMeeting.number = 4;
    councilMeeting.plannedStart = QDateTime(QDate(2026, 6, 8), QTime(18, 0));
    councilMeeting.place = QStringLiteral("Valtuustosali");
    councilMeeting.id = required(store->addMeeting(councilMeeting));
    required(store->addMembership({0, council, required(store->persons()).constFirst().id, MembershipRole::Chair, 0,
                                   QDate(2025, 6, 1), QDate(2029, 5, 31)}));

    // Refused: an item not decided, a meeting already held.
    CHECK_THAT(refusal(NextHandling::prepare(*store, board.id, recorded.meeting.id)), Catch::Contains("already on"));
    CHECK_THAT(refusal(NextHandling::prepare(*store, board.id, committee.meeting.id)), Catch::Contains("held or cancelled"));

    const qint64 next = required(NextHandling::prepare(*store, board.id, councilMeeting.id));
    const AgendaItem prepared = required(store->agendaItem(next)).value();
    CHECK(prepared.caseId == caseId);
    CHECK(prepared.caseReference == QStringLiteral("1/10.00.03/2026"));
    CHECK(prepared.taskClass == QStringLiteral("10.00.03"));
    CHECK(prepared.title == board.title);
    CHECK(prepared.proposal == required(store->agendaItem(board.id))->decision);
    CHECK(prepared.appealKind == AppealKind::MunicipalAppeal);
    CHECK(prepared.presenterPersonId == 0);
    CHECK_THAT(refusal(NextHandling::prepare(*store, next, councilMeeting.id)), Catch::Contains("not decided"));

    const QList<CaseHandling> handlings = required(store->caseHandlings(caseId));
    REQUIRE(handlings.size() == 3);
    CHECK(handlings.at(0).itemId == committee.item);
    CHECK(handlings.at(1).itemId == board.id);
    CHECK(handlings.at(2).itemId == next);
    CHECK(required(store->earlierHandlings(prepared)).size() == 2);

    const QString boardDecision = RichText::toPlainText(required(store->agendaItem(board.id))->decision).trimmed();
    REQUIRE_FALSE(boardDecision.isEmpty());
    const QString finnish = agendaHtml(*store, councilMeeting, Audience::Internal, Language::Finnish);
    const qsizetype heading = finnish.indexOf(QStringLiteral("Aikaisempi käsittely"));
    const qsizetype first = finnish.indexOf(QStringLiteral("Tekninen lautakunta 28.4.2026 § 1"));
    const qsizetype second = finnish.indexOf(QStringLiteral("Kunnanhallitus 11.5.2026 § 5"));
    const qsizetype proposal = finnish.indexOf(QStringLiteral("<h3>Päätösehdotus</h3>"));
    CHECK(heading > 0);
    CHECK(first > heading);
    CHECK(second > first);
    CHECK(proposal > second);
    CHECK(finnish.indexOf(QStringLiteral("Lautakunta puoltaa tontin myyntiä.")) > first);
    CHECK(finnish.indexOf(boardDecision.left(30).toHtmlEscaped()) > second);

    const QString swedish = agendaHtml(*store, councilMeeting, Audience::Internal, Language::Swedish);
    CHECK(swedish.contains(QStringLiteral("Tidigare behandling")));
    CHECK(swedish.indexOf(QStringLiteral("Tekniska nämnden 28.4.2026 § 1"))
          < swedish.indexOf(QStringLiteral("Kommunstyrelsen 11.5.2026 § 5")));
    CHECK(swedish.indexOf(QStringLiteral("Tekniska nämnden 28.4.2026 § 1")) > 0);
    CHECK_FALSE(swedish.contains(QStringLiteral("Aikaisempi käsittely")));
    // The board's extract of § 5 prints the committee's handling before it.
    const auto extract = MeetingDocuments::extract(*store, recorded.meeting, required(store->agendaItem(board.id)).value());
    INFO(extract.error().toStdString());
    REQUIRE(extract.ok());
    CHECK(extract->html.contains(QStringLiteral("Tekninen lautakunta 28.4.2026 § 1")));
    CHECK_FALSE(extract->html.contains(QStringLiteral("Kunnanhallitus 11.5.2026 § 5</b>")));

    // A confidential handling: the public sees where and when, not what.
    const qint64 secretCase = required(store->openCase(newCase(QStringLiteral("Vahingonkorvausvaatimus"),
                                                               QStringLiteral("00.04.02"), QDate(2026, 5, 1))));
    const AgendaItem confidential = recorded.items.at(3);
    REQUIRE(store->linkItemToCase(confidential.id, secretCase).ok());
    const qint64 appeal = required(NextHandling::prepare(*store, confidential.id, councilMeeting.id));
    CHECK(required(store->agendaItem(appeal))->publicity == Publicity::Confidential);
    const QString internal = agendaHtml(*store, councilMeeting, Audience::Internal, Language::Finnish);
    CHECK(internal.contains(RecordedMeeting::secretCanary));
    const QString published = agendaHtml(*store, councilMeeting, Audience::Public, Language::Finnish);
    // The confidential item itself is withheld, its earlier handling with it.
    CHECK_FALSE(published.contains(QStringLiteral("Kunnanhallitus 11.5.2026 § 4")));
    CHECK_FALSE(published.contains(RecordedMeeting::secretCanary));
    CHECK(published.contains(QStringLiteral("Tekninen lautakunta 28.4.2026 § 1")));

    CHECK(checkProblems(dir.path(QStringLiteral("s.sqlite"))).isEmpty());
}

TEST_CASE("A public item whose earlier handling was confidential shows the public only where and when",
          "[cases][documents]")
{
    TestDir dir;
    auto store = createStore(dir.path(QStringLiteral("s.sqlite")));
    const RecordedMeeting recorded = recordMeeting(*store);
    const qint64 caseId = required(store->openCase(newCase(QStringLiteral("Vahingonkorvaus"), QStringLiteral("00.04.02"),
                                                           QDate(2026, 5, 1))));
    REQUIRE(store->linkItemToCase(recorded.items.at(3).id, caseId).ok());
    const Meeting next = addUnheldMeeting(*store, recorded.meeting);
    AgendaItem follow;
    follow.meetingId = next.id;
    follow.title = QStringLiteral("Vahingonkorvausasian jatkokäsittely");
    follow.caseId = caseId;
    follow.proposal = RichText::fromPlainText(QStringLiteral("Merkitään tiedoksi."));
    const qint64 id = required(store->addAgendaItem(follow));
    CHECK(required(store->agendaItem(id))->caseReference == QStringLiteral("1/00.04.02/2026"));
    const QString published = agendaHtml(*store, next, Audience::Public, Language::Finnish);
    CHECK(published.contains(QStringLiteral("Kunnanhallitus 11.5.2026 § 4")));
    CHECK_FALSE(published.contains(RecordedMeeting::secretCanary));
    CHECK(published.contains(QStringLiteral("Asian sisältö on salassa pidettävä")));
    const QString internal = agendaHtml(*store, next, Audience::Internal, Language::Finnish);
    CHECK(internal.contains(RecordedMeeting::secretCanary));
}

TEST_CASE("Extracts sent are kept as recorded, with each recipient's day of notification and last day of appeal",
          "[cases][store]")
{
    TestDir dir;
    auto store = createStore(dir.path(QStringLiteral("s.sqlite")));
    const RecordedMeeting recorded = recordMeeting(*store);
    const AgendaItem sold = recorded.items.at(4); // a municipal appeal
    ExtractSent letter{0, sold.id, QStringLiteral("Ostaja Oy"), QStringLiteral("Tehdaskatu 1\n70100 Testilä"),
                       SendMethod::Letter, QDate(2026, 5, 18), {}};
    ExtractSent email{0, sold.id, QStringLiteral("Maanmittauslaitos"), QStringLiteral("kirjaamo@maanmittauslaitos.fi"),
                      SendMethod::Email, QDate(2026, 5, 18), {}};
    required(store->recordExtractSent(letter));
    required(store->recordExtractSent(email));
    const QList<ExtractSent> sent = required(store->extractsSent(sold.id));
    REQUIRE(sent.size() == 2);
    CHECK(sent.at(0).recipient == QStringLiteral("Ostaja Oy"));
    CHECK(sent.at(0).address == QStringLiteral("Tehdaskatu 1\n70100 Testilä"));
    CHECK(sent.at(1).method == SendMethod::Email);

    // Worked out by hand: a letter posted on Monday 18.5.2026 is notified on
    // the seventh day, Monday 25.5.; 30 days from it end on Wednesday 24.6.
    const Appeal::Deadline byLetter = required(Appeal::partyDeadline(sold.appealKind, SendMethod::Letter, QDate(2026, 5, 18)));
    CHECK(byLetter.notified == QDate(2026, 5, 25));
    CHECK(byLetter.lastDay == QDate(2026, 6, 24));
    // An e-mail on 18.5. is notified on the third day, Thursday 21.5.; 30
    // days end on Midsummer Day, Saturday 20.6., so the last day is Monday 22.6.
    const Appeal::Deadline byEmail = required(Appeal::partyDeadline(sold.appealKind, SendMethod::Email, QDate(2026, 5, 18)));
    CHECK(byEmail.notified == QDate(2026, 5, 21));
    CHECK(byEmail.lastDay == QDate(2026, 6, 22));
    CHECK(byEmail.moved);
    // A request for rectification: 14 days from 21.5. end on Thursday 4.6.
    CHECK(required(Appeal::partyDeadline(AppealKind::Rectification, SendMethod::ElectronicService, QDate(2026, 5, 18)))
              .lastDay == QDate(2026, 6, 4));
    CHECK_FALSE(Appeal::partyDeadline(AppealKind::NotAppealable, SendMethod::Letter, QDate(2026, 5, 18)).ok());

    const qint64 before = auditEntries(*store);
    ExtractSent early = letter;
    early.sent = QDate(2026, 5, 10);
    CHECK_THAT(refusal(store->recordExtractSent(early)), Catch::Contains("before its meeting"));
    const Meeting unheld = addUnheldMeeting(*store, recorded.meeting);
    AgendaItem pending;
    pending.meetingId = unheld.id;
    pending.title = QStringLiteral("Tuleva asia");
    ExtractSent tooSoon = letter;
    tooSoon.itemId = required(store->addAgendaItem(pending));
    const qint64 afterItem = auditEntries(*store);
    CHECK_THAT(refusal(store->recordExtractSent(tooSoon)), Catch::Contains("has not been held"));
    ExtractSent nobody = letter;
    nobody.recipient = QStringLiteral("  ");
    CHECK_THAT(refusal(store->recordExtractSent(nobody)), Catch::Contains("recipient"));
    CHECK(auditEntries(*store) == afterItem);
    CHECK(afterItem == before + 2); // the meeting and the item
    {
        RawConnection raw(dir.path(QStringLiteral("s.sqlite")));
        CHECK_FALSE(raw.exec(QStringLiteral("UPDATE extract_sent SET sent = '2026-05-19'")));
        CHECK_FALSE(raw.exec(QStringLiteral("DELETE FROM extract_sent")));
    }
    // The case's extracts are its items'.
    const qint64 caseId = required(store->openCase(newCase(QStringLiteral("Tontin myynti"), QStringLiteral("10.00.03"),
                                                           QDate(2026, 4, 1))));
    CHECK(required(store->caseExtractsSent(caseId)).isEmpty());
    REQUIRE(store->linkItemToCase(sold.id, caseId).ok());
    const QList<ExtractSent> ofCase = required(store->caseExtractsSent(caseId));
    REQUIRE(ofCase.size() == 2);
    CHECK(ofCase.at(1).recipient == QStringLiteral("Maanmittauslaitos"));
}

TEST_CASE("Retention lists closed cases of classes kept for a time, never a permanent one", "[cases][store]")
{
    TestDir dir;
    auto store = createStore(dir.path(QStringLiteral("s.sqlite")));
    auto closedCase = [&](const char *title, const char *code, const QDate &closed) {
        const qint64 id = required(store->openCase(newCase(QString::fromUtf8(title), QString::fromLatin1(code),
                                                           QDate(2020, 2, 3))));
        Case entry = required(store->caseFile(id)).value();
        if (closed.isValid()) {
            entry.state = CaseState::Closed;
            entry.closed = closed;
            REQUIRE(store->updateCase(entry).ok());
        }
        return id;
    };
    // 10 years from the end of 2020: destroyable from 1.1.2031.
    const qint64 grants = closedCase("Avustukset 2020", "02.05.01", QDate(2020, 11, 30));
    closedCase("Tilinpäätös 2019", "02.06.01", QDate(2020, 6, 1)); // permanent
    closedCase("Avustukset 2021", "02.05.01", QDate());            // not closed
    const QList<RetentionEntry> due = required(store->retention());
    REQUIRE(due.size() == 1);
    CHECK(due.at(0).caseId == grants);
    CHECK(due.at(0).retentionYears == 10);
    CHECK(due.at(0).destroyableFrom == QDate(2031, 1, 1));

    // A plan that makes the class permanent takes the case off the list.
    TaskClass grantsClass = required(store->taskClassByCode(QStringLiteral("02.05.01"))).value();
    grantsClass.retentionYears.reset();
    const auto imported = required(store->importTaskClasses({grantsClass}));
    CHECK(imported == std::pair(0, 1));
    CHECK(required(store->retention()).isEmpty());
}

TEST_CASE("A case's records are destroyed only when its retention period has run, never anything permanent",
          "[cases][store]")
{
    TestDir dir;
    const QString path = dir.path(QStringLiteral("s.sqlite"));
    auto store = createStore(path);
    const RecordedMeeting recorded = recordMeeting(*store); // held 11.5.2026
    const AgendaItem grant = recorded.items.at(4);
    const AgendaItem other = recorded.items.at(2);
    // Grants are kept 10 years (the built-in class 02.05.01).
    const qint64 caseId = required(store->openCase(newCase(QStringLiteral("Avustus Testilän Kyläyhdistykselle"),
                                                           QStringLiteral("02.05.01"), QDate(2026, 4, 1))));
    const qint64 keptId = required(store->openCase(newCase(QStringLiteral("Kyläyhdistyksen toinen avustus"),
                                                           QStringLiteral("02.05.01"), QDate(2026, 4, 1))));
    REQUIRE(store->linkItemToCase(grant.id, caseId).ok());
    REQUIRE(store->linkItemToCase(other.id, keptId).ok());
    Case entry = required(store->caseFile(caseId)).value();
    entry.parties = {{QStringLiteral("Testilän Kyläyhdistys ry"), PartyKind::Organisation, QStringLiteral("hakija"),
                      QStringLiteral("Kylätie 1, 99999 Testilä")},
                     {QStringLiteral("Matti Meikäläinen"), PartyKind::Person, QStringLiteral("yhteyshenkilö"),
                      QStringLiteral("matti@example.fi")}};
    entry.state = CaseState::Closed;
    entry.closed = QDate(2026, 9, 30);
    REQUIRE(store->updateCase(entry).ok());
    required(store->recordExtractSent({0, grant.id, QStringLiteral("Testilän Kyläyhdistys ry"), QString(),
                                       SendMethod::Letter, QDate(2026, 5, 18), {}}));
    required(store->recordExtractSent({0, other.id, QStringLiteral("Toinen"), QString(), SendMethod::Email,
                                       QDate(2026, 5, 18), {}}));

    // Refusals, each leaving the store as it was. Closed in 2026 and kept 10
    // years from the end of 2026: destroyable from 1.1.2037, not on 31.12.2036.
    const qint64 before = auditEntries(*store);
    CHECK_THAT(refusal(store->destroyCaseRecords(caseId, QDate(2036, 12, 31))),
               Catch::Contains("may be destroyed from 1.1.2037"));
    const qint64 permanent = required(store->openCase(newCase(QStringLiteral("Tilinpäätös 2019"),
                                                              QStringLiteral("02.06.01"), QDate(2020, 2, 3))));
    Case accounts = required(store->caseFile(permanent)).value();
    accounts.state = CaseState::Closed;
    accounts.closed = QDate(2020, 6, 1);
    REQUIRE(store->updateCase(accounts).ok());
    const qint64 afterSetUp = auditEntries(*store);
    CHECK(afterSetUp == before + 3); // the class stored at its first use, the case opened and closed
    CHECK_THAT(refusal(store->destroyCaseRecords(permanent, QDate(2200, 1, 1))), Catch::Contains("kept permanently"));
    CHECK_THAT(refusal(store->destroyCaseRecords(keptId, QDate(2200, 1, 1))), Catch::Contains("is not closed"));
    CHECK_THAT(refusal(store->destroyCaseRecords(999999, QDate(2200, 1, 1))), Catch::Contains("no case with id"));
    CHECK(auditEntries(*store) == afterSetUp);
    CHECK(required(store->caseFile(caseId)).value().parties.size() == 2);

    // On the first day allowed: the parties and extracts go, audited; the
    // register entry, its item and the other case's extract stay.
    const CaseDestruction destroyed = required(store->destroyCaseRecords(caseId, QDate(2037, 1, 1)));
    CHECK(destroyed.parties == 2);
    CHECK(destroyed.extractsSent == 1);
    CHECK(auditEntries(*store) == afterSetUp + 2); // the extract deleted, the case updated
    const Case after = required(store->caseFile(caseId)).value();
    CHECK(after.parties.isEmpty());
    CHECK(after.destroyed == QDate(2037, 1, 1));
    CHECK(after.title == QStringLiteral("Avustus Testilän Kyläyhdistykselle"));
    CHECK(after.diaryNumber.toString() == QStringLiteral("1/02.05.01/2026"));
    CHECK(required(store->caseExtractsSent(caseId)).isEmpty());
    CHECK(required(store->extractsSent(other.id)).size() == 1);
    CHECK(required(store->agendaItem(grant.id)).value().decision == grant.decision);
    REQUIRE(required(store->caseHandlings(caseId)).size() == 1);
    CHECK(required(store->retention()).isEmpty());
    CHECK_THAT(refusal(store->destroyCaseRecords(caseId, QDate(2037, 1, 2))), Catch::Contains("destroyed on 1.1.2037 already"));
    CHECK_THAT(refusal(store->updateCase(after)), Catch::Contains("its register entry is kept as it is"));
    // Nothing joins a destroyed case: no item, no extract sent.
    const qint64 beforeJoining = auditEntries(*store);
    CHECK_THAT(refusal(store->linkItemToCase(recorded.items.at(1).id, caseId)), Catch::Contains("no item joins it"));
    CHECK_THAT(refusal(store->recordExtractSent({0, grant.id, QStringLiteral("Myöhässä"), QString(), SendMethod::Letter,
                                                 QDate(2037, 1, 5), {}})),
               Catch::Contains("no extract sent is recorded"));
    CHECK(auditEntries(*store) == beforeJoining);
    Case reopened = newCase(QStringLiteral("Uusi"), QStringLiteral("02.05.01"), QDate(2026, 4, 1));
    reopened.destroyed = QDate(2026, 5, 1);
    CHECK_THAT(refusal(store->openCase(reopened)), Catch::Contains("opened with its records"));
    store.reset();
    CHECK(checkProblems(path).isEmpty());
    {
        // The record keeps everything else: an extract of a case not destroyed
        // cannot be removed behind the store's back.
        RawConnection raw(path);
        CHECK_FALSE(raw.exec(QStringLiteral("DELETE FROM extract_sent")));
        CHECK_FALSE(raw.exec(QStringLiteral("UPDATE extract_sent SET sent = '2026-05-19'")));
        // Nor can a case be marked destroyed to let them go: not before its
        // retention has run (the other case is not even closed), and a
        // destroyed case's entry does not change.
        CHECK_FALSE(raw.exec(QStringLiteral("UPDATE case_file SET parties = '[]', destroyed = '2037-01-01' WHERE id = %1")
                                 .arg(keptId)));
        CHECK_FALSE(raw.exec(QStringLiteral("UPDATE case_file SET destroyed = NULL WHERE id = %1").arg(caseId)));
        CHECK_FALSE(raw.exec(QStringLiteral("UPDATE case_file SET parties = '[{\"name\":\"X\"}]' WHERE id = %1").arg(caseId)));
        CHECK_FALSE(raw.exec(QStringLiteral("UPDATE case_file SET destroyed = '2036-12-31' WHERE id = %1").arg(permanent)));
    }
}
