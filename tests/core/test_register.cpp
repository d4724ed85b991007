#include <catch2/catch.hpp>

#include "testsupport.h"

#include "procedure/bodytemplates.h"
#include "procedure/membershipchanges.h"

namespace {

QStringList keys(const QList<BodyTemplates::Template> &templates)
{
    QStringList result;
    for (const BodyTemplates::Template &entry : templates)
        result << entry.key;
    return result;
}

// Each membership of the body as "Family role [for Family] from–until".
QStringList register_(Store &store, qint64 body)
{
    QStringList lines;
    for (const Membership &m : required(store.memberships(body))) {
        QString line = required(store.person(m.personId))->familyName + QLatin1Char(' ') + Codes::code(m.role);
        if (m.deputyForPersonId)
            line += QStringLiteral(" for ") + required(store.person(m.deputyForPersonId))->familyName;
        line += QLatin1Char(' ') + m.validFrom.toString(Qt::ISODate) + QStringLiteral("–")
            + m.validUntil.toString(Qt::ISODate);
        lines << line;
    }
    return lines;
}

} // namespace

TEST_CASE("Body templates name a municipality's and a town's bodies", "[register][templates]")
{
    CHECK(BodyTemplates::formOf(QStringLiteral("Järvenrannan kunta")) == BodyTemplates::Form::Municipality);
    CHECK(BodyTemplates::formOf(QStringLiteral("Harjulan kaupunki")) == BodyTemplates::Form::Town);
    CHECK(BodyTemplates::formOf(QStringLiteral("Närpes stad")) == BodyTemplates::Form::Town);
    CHECK(BodyTemplates::formOf(QStringLiteral("Kaupunkila"), QStringLiteral("Kommunen")) == BodyTemplates::Form::Municipality);

    const auto municipality = required(BodyTemplates::all(BodyTemplates::Form::Municipality));
    const auto town = required(BodyTemplates::all(BodyTemplates::Form::Town));
    CHECK(keys(municipality) == QStringList{QStringLiteral("council"), QStringLiteral("board"),
                                            QStringLiteral("education"), QStringLiteral("technical"),
                                            QStringLiteral("welfare"), QStringLiteral("social-and-health"),
                                            QStringLiteral("environment"), QStringLiteral("audit"),
                                            QStringLiteral("central-election")});
    const Body council = municipality.at(0).body;
    CHECK(council.name == QStringLiteral("Kunnanvaltuusto"));
    CHECK(council.swedishName == QStringLiteral("Kommunfullmäktige"));
    CHECK(council.shortName == QStringLiteral("KV"));
    CHECK(council.kind == BodyKind::Council);
    CHECK(council.quorumRule == QuorumRule::TwoThirds);
    CHECK(council.defaultStart == QTime(18, 0));
    CHECK(town.at(0).body.name == QStringLiteral("Kaupunginvaltuusto"));
    CHECK(town.at(1).body.swedishName == QStringLiteral("Stadsstyrelsen"));
    CHECK(town.at(1).body.defaultPlace.startsWith(QStringLiteral("Kaupungintalo")));
    QSet<QString> shortNames;
    for (const BodyTemplates::Template &entry : municipality) {
        INFO(entry.key.toStdString());
        CHECK_FALSE(entry.body.swedishName.isEmpty());
        CHECK_FALSE(entry.body.defaultPlace.isEmpty());
        CHECK(entry.body.defaultStart.isValid());
        CHECK(entry.body.quorumRule == Codes::defaultQuorumRule(entry.body.kind));
        shortNames.insert(entry.body.shortName);
    }
    CHECK(shortNames.size() == municipality.size());
    // Every template is a body the store takes.
    TestDir dir;
    auto store = createStore(dir.path(QStringLiteral("t.sqlite")));
    for (const BodyTemplates::Template &entry : town)
        required(store->addBody(entry.body));
    CHECK(required(store->bodies()).size() == town.size());
}

TEST_CASE("A member is succeeded: the seat passes on the day, the personal deputy with it", "[register][membership]")
{
    TestDir dir;
    auto store = createStore(dir.path(QStringLiteral("s.sqlite")));
    const RecordedMeeting recorded = recordMeeting(*store); // Lahti is Niemi's deputy; KH 12/2026 held 11.5.2026
    const qint64 body = recorded.meeting.bodyId;
    const qint64 salo = required(store->addPerson({0, QStringLiteral("Sanni"), QStringLiteral("Salo"), {}, {}, {}}));
    auto idOf = [&](const QString &family, MembershipRole role) {
        for (const Membership &m : required(store->memberships(body)))
            if (m.role == role && required(store->person(m.personId))->familyName == family)
                return m.id;
        return qint64(0);
    };
    const qint64 niemi = idOf(QStringLiteral("Niemi"), MembershipRole::Member);

    // Not before the held meeting, whose seats stay; nothing written then.
    const qint64 head = required(store->auditHead()).first;
    CHECK_THAT(refusal(MembershipChanges::succeed(*store, {niemi, salo, QDate(2026, 5, 1)})),
               Catch::Contains("KH 12/2026"));
    CHECK_THAT(refusal(MembershipChanges::succeed(*store, {niemi, 0, QDate(2026, 9, 1)})),
               Catch::Contains("Choose the successor"));
    CHECK_THAT(refusal(MembershipChanges::succeed(*store, {niemi, required(store->membership(niemi))->personId,
                                                           QDate(2026, 9, 1)})),
               Catch::Contains("the person leaving"));
    CHECK_THAT(refusal(MembershipChanges::succeed(*store, {niemi, salo, QDate(2029, 6, 1)})),
               Catch::Contains("does not run on both 31.5.2029 and 1.6.2029"));
    CHECK(required(store->auditHead()).first == head);

    const auto result = required(MembershipChanges::succeed(*store, {niemi, salo, QDate(2026, 9, 1), true}));
    CHECK(result.deputiesMoved == 1);
    CHECK_FALSE(result.successorWasDeputy);
    const QStringList lines = register_(*store, body);
    CHECK(lines.contains(QStringLiteral("Niemi member 2025-06-01–2026-08-31")));
    CHECK(lines.contains(QStringLiteral("Salo member 2026-09-01–2029-05-31")));
    CHECK(lines.contains(QStringLiteral("Lahti deputy for Niemi 2025-06-01–2026-08-31")));
    CHECK(lines.contains(QStringLiteral("Lahti deputy for Salo 2026-09-01–2029-05-31")));
    CHECK(required(store->membership(result.successorMembershipId))->personId == salo);

    // Without moving the deputy, the deputy's membership ends with the seat:
    // a personal deputy stands in for their own member only.
    const qint64 virtanen = idOf(QStringLiteral("Virtanen"), MembershipRole::Member);
    const qint64 koski = required(store->addPerson({0, QStringLiteral("Kalle"), QStringLiteral("Koski"), {}, {}, {}}));
    const qint64 virtanenDeputy = required(store->addMembership(
        {0, body, koski, MembershipRole::Deputy, required(store->membership(virtanen))->personId, QDate(2025, 6, 1),
         QDate(2029, 5, 31)}));
    const qint64 aalto = required(store->addPerson({0, QStringLiteral("Aili"), QStringLiteral("Aalto"), {}, {}, {}}));
    const auto unmoved = required(MembershipChanges::succeed(*store, {virtanen, aalto, QDate(2026, 10, 1), false}));
    CHECK(unmoved.deputiesMoved == 0);
    CHECK(unmoved.deputiesEnded == 1);
    CHECK(required(store->membership(virtanenDeputy))->validUntil == QDate(2026, 9, 30));
    CHECK(register_(*store, body).contains(QStringLiteral("Koski deputy for Virtanen 2025-06-01–2026-09-30")));
    CHECK(register_(*store, body).contains(QStringLiteral("Aalto member 2026-10-01–2029-05-31")));

    // The personal deputy becomes the member: their deputy membership ends.
    const qint64 lahti = required(store->membership(idOf(QStringLiteral("Lahti"), MembershipRole::Deputy)))->personId;
    const auto promoted =
        required(MembershipChanges::succeed(*store, {result.successorMembershipId, lahti, QDate(2027, 1, 1)}));
    CHECK(promoted.successorWasDeputy);
    CHECK(promoted.deputiesMoved == 0);
    CHECK(register_(*store, body).contains(QStringLiteral("Lahti deputy for Salo 2026-09-01–2026-12-31")));
    CHECK(register_(*store, body).contains(QStringLiteral("Lahti member 2027-01-01–2029-05-31")));
    CHECK(required(store->check()).ok());
}

TEST_CASE("The end of a term ends the elected memberships on its last day, the officials' when asked", "[register][membership]")
{
    TestDir dir;
    auto store = createStore(dir.path(QStringLiteral("k.sqlite")));
    const RecordedMeeting recorded = recordMeeting(*store); // eight memberships 1.6.2025–31.5.2029
    const qint64 body = recorded.meeting.bodyId;
    // An open-ended one, one of the next term and one ended already.
    const qint64 salo = required(store->addPerson({0, QStringLiteral("Sanni"), QStringLiteral("Salo"), {}, {}, {}}));
    const qint64 open = required(store->addMembership({0, body, salo, MembershipRole::Member, 0, QDate(2025, 6, 1), {}}));
    const qint64 next = required(store->addMembership({0, body, salo, MembershipRole::Chair, 0, QDate(2027, 6, 1), {}}));
    const qint64 gone = required(store->addMembership(
        {0, body, salo, MembershipRole::ViceChair, 0, QDate(2025, 6, 1), QDate(2025, 12, 31)}));

    // Before the held meeting: refused whole.
    CHECK_THAT(refusal(MembershipChanges::endTerm(*store, body, QDate(2026, 5, 1))), Catch::Contains("KH 12/2026"));
    CHECK(required(store->membership(open))->validUntil.isNull());

    CHECK(required(MembershipChanges::endTerm(*store, body, QDate(2027, 5, 31))) == 7); // 6 elected + Salo's open one
    for (const Membership &m : required(store->memberships(body))) {
        INFO(m.id << " " << Codes::code(m.role).toStdString());
        if (m.id == next)
            CHECK(m.validUntil.isNull());
        else if (m.id == gone)
            CHECK(m.validUntil == QDate(2025, 12, 31));
        else if (m.role == MembershipRole::Secretary || m.role == MembershipRole::Presenter)
            CHECK(m.validUntil == QDate(2029, 5, 31));
        else
            CHECK(m.validUntil == QDate(2027, 5, 31));
    }
    CHECK(required(MembershipChanges::endTerm(*store, body, QDate(2027, 5, 31), true)) == 2);
    CHECK(required(MembershipChanges::endTerm(*store, body, QDate(2027, 5, 31), true)) == 0);
    CHECK(required(store->check()).ok());
}

TEST_CASE("The council term's last day is the 31 May of an election year nearest", "[register][membership]")
{
    CHECK(MembershipChanges::councilTermEnd(QDate(2026, 12, 6)) == QDate(2025, 5, 31));
    CHECK(MembershipChanges::councilTermEnd(QDate(2029, 2, 1)) == QDate(2029, 5, 31));
    CHECK(MembershipChanges::councilTermEnd(QDate(2028, 6, 1)) == QDate(2029, 5, 31));
    CHECK(MembershipChanges::councilTermEnd(QDate(2025, 9, 1)) == QDate(2025, 5, 31));
}

TEST_CASE("A deputy row written before the deputy rule can still be ended, and does not block the member's seat",
          "[register][membership][deputy]")
{
    TestDir dir;
    const QString path = dir.path(QStringLiteral("s.sqlite"));
    qint64 body = 0, member = 0, seat = 0, deputyId = 0;
    {
        auto store = createStore(path);
        body = required(store->addBody({0, QStringLiteral("Kunnanhallitus"), QStringLiteral("KH"), BodyKind::Board,
                                        QuorumRule::MoreThanHalf}));
        member = required(store->addPerson({0, QStringLiteral("Eero"), QStringLiteral("Niemi"), {}, {}, {}}));
        const qint64 deputy = required(store->addPerson({0, QStringLiteral("Fanni"), QStringLiteral("Lahti"), {}, {}, {}}));
        seat = required(store->addMembership({0, body, member, MembershipRole::Member, 0, QDate(2025, 6, 1), QDate(2029, 5, 31)}));
        deputyId = required(store->addMembership({0, body, deputy, MembershipRole::Deputy, member, QDate(2025, 6, 1),
                                                  QDate(2029, 5, 31)}));
    }
    // As an older version could write it: the deputy from a week before the seat.
    {
        RawConnection raw(path);
        REQUIRE(raw.exec(QStringLiteral("UPDATE membership SET valid_from = '2025-05-25' WHERE id = %1").arg(deputyId)));
    }
    auto store = openStore(path);
    // The member's seat changes (he becomes vice chair); the old row is not this change's doing.
    Membership promoted = required(store->membership(seat)).value();
    promoted.role = MembershipRole::ViceChair;
    const Status changed = store->updateMembership(promoted);
    INFO(changed.error().toStdString());
    REQUIRE(changed.ok());
    // The deputy's own row only shortened: allowed.
    REQUIRE(store->endMembership(deputyId, QDate(2027, 12, 31)).ok());
    CHECK(required(store->membership(deputyId))->validUntil == QDate(2027, 12, 31));
    // Lengthened or moved, it is held to the rule.
    Membership moved = required(store->membership(deputyId)).value();
    moved.validUntil = QDate(2030, 5, 31);
    CHECK_THAT(refusal(store->updateMembership(moved)), Catch::Contains("cannot be the personal deputy of Eero Niemi"));
}
