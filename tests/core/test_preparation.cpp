#include <catch2/catch.hpp>

#include "testsupport.h"

#include "procedure/agendapreparation.h"
#include "procedure/invitationlist.h"
#include "procedure/meetingsession.h"


TEST_CASE("Tabled and returned items of earlier meetings are offered until brought in again", "[preparation]")
{
    TestDir dir;
    auto store = createStore(dir.path(QStringLiteral("s.sqlite")));
    const RecordedMeeting first = recordMeeting(*store);
    const Meeting held = holdMeetingTablingItems(*store, first.meeting);
    const Meeting next = addUnheldMeeting(*store, held);

    auto pending = AgendaPreparation::pendingItems(*store, next);
    INFO(pending.error().toStdString());
    REQUIRE(pending.ok());
    REQUIRE(pending->size() == 2);
    CHECK(pending->at(0).item.title == QStringLiteral("Kirkonkylän kaavamuutos"));
    CHECK(pending->at(0).outcome == ItemDecision::OutcomeKind::Tabled);
    CHECK(pending->at(0).meetingReference == QStringLiteral("KH 13/2026"));
    CHECK(pending->at(1).item.title == QStringLiteral("Koulukuljetusten periaatteet"));
    CHECK(pending->at(1).outcome == ItemDecision::OutcomeKind::Returned);
    // The meeting that tabled them is not offered its own items.
    CHECK(required(AgendaPreparation::pendingItems(*store, held)).isEmpty());

    const qint64 copy = required(AgendaPreparation::bringIn(*store, next.id, pending->at(0).item.id));
    const AgendaItem brought = required(store->agendaItem(copy)).value();
    CHECK(brought.meetingId == next.id);
    CHECK(brought.position == 1);
    CHECK_FALSE(brought.sectionNumber.has_value());
    CHECK(brought.caseReference == QStringLiteral("77/10.02.03/2026"));
    CHECK(brought.proposal == pending->at(0).item.proposal);
    CHECK(brought.preparers.size() == 1);
    CHECK(brought.decision.isEmpty());
    const auto files = store->attachments(copy, true);
    REQUIRE(files->size() == 1);
    CHECK(files->first().content == QByteArrayLiteral("%PDF-1.4 kartta"));

    // Brought in: no longer offered; the returned one still is.
    pending = AgendaPreparation::pendingItems(*store, next);
    REQUIRE(pending.ok());
    REQUIRE(pending->size() == 1);
    CHECK(pending->first().item.title == QStringLiteral("Koulukuljetusten periaatteet"));
    CHECK(store->check()->ok());

    // The meeting after, while `next` is not held yet: what `next` took up
    // is not offered again.
    const Meeting after = addUnheldMeeting(*store, next);
    const auto offered = AgendaPreparation::pendingItems(*store, after);
    REQUIRE(offered.ok());
    REQUIRE(offered->size() == 1);
    CHECK(offered->first().item.title == QStringLiteral("Koulukuljetusten periaatteet"));

    // A failed copy leaves nothing: the target meeting does not exist.
    const auto before = store->agendaItems(next.id)->size();
    CHECK_THAT(refusal(AgendaPreparation::bringIn(*store, 9999, pending->first().item.id)),
               Catch::Contains("its meeting or presenter is not in the store"));
    CHECK_THAT(refusal(AgendaPreparation::bringIn(*store, next.id, 9999)),
               Catch::Contains("There is no agenda item with id 9999"));
    CHECK(store->agendaItems(next.id)->size() == before);
    CHECK(store->check()->ok());
}

TEST_CASE("The invitation list: seats and offices on the meeting's day, then the others invited", "[preparation]")
{
    TestDir dir;
    auto store = createStore(dir.path(QStringLiteral("s.sqlite")));
    const RecordedMeeting first = recordMeeting(*store);
    const Meeting next = addUnheldMeeting(*store, first.meeting);
    const auto persons = required(store->persons());
    auto idOf = [&](const QString &name) {
        for (const Person &person : persons) {
            if (person.displayName() == name)
                return person.id;
        }
        return qint64(0);
    };
    // Åström's term ends before the meeting; Mäkelä has an address.
    for (const Membership &membership : required(store->memberships(first.meeting.bodyId))) {
        if (membership.personId == idOf(QStringLiteral("Bertil Åström")))
            REQUIRE(store->endMembership(membership.id, next.plannedStart.date().addDays(-1)).ok());
    }
    Person makela = required(store->person(idOf(QStringLiteral("Aino Mäkelä")))).value();
    makela.email = QStringLiteral("aino.makela@testila.fi");
    REQUIRE(store->updatePerson(makela).ok());
    // The presenter invited again is listed once, with the office.
    required(store->addInvitee({0, next.id, 0, idOf(QStringLiteral("Pekka Pöyhönen")), QString(), QStringLiteral("x"), QString()}));
    required(store->addInvitee({0, next.id, 0, 0, QStringLiteral("Ville Vesi"), QStringLiteral("asiantuntija"),
                                QStringLiteral("ville.vesi@example.fi")}));

    const auto list = required(InvitationList::of(*store, next));
    QStringList lines;
    for (const InvitationList::Entry &entry : list)
        lines << QStringLiteral("%1|%2|%3|%4|%5")
                     .arg(entry.name, entry.role ? Codes::code(*entry.role) : QStringLiteral("-"), entry.deputyFor,
                          entry.invitedAs, entry.email);
    CHECK(lines == QStringList{QStringLiteral("Aino Mäkelä|chair|||aino.makela@testila.fi"),
                               QStringLiteral("Cecilia Öhman|member|||"), QStringLiteral("Daniel Virtanen|member|||"),
                               QStringLiteral("Eero Niemi|member|||"), QStringLiteral("Fanni Lahti|deputy|Eero Niemi||"),
                               QStringLiteral("Pekka Pöyhönen|presenter|||"), QStringLiteral("Liisa Laine|secretary|||"),
                               QStringLiteral("Ville Vesi|-||asiantuntija|ville.vesi@example.fi")});
    CHECK(list.at(4).deputyForPersonId == idOf(QStringLiteral("Eero Niemi")));
    CHECK_FALSE(list.last().holdsSeat());
    CHECK(list.first().holdsSeat());
}
