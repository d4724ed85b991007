// Who may read and change what in a store on a server, enforced by the
// server itself: each role signs in with psql, not through Pykälä, and tries
// what it may not do. Run only on PostgreSQL (PYKALA_TEST_POSTGRESQL).

#include <catch2/catch.hpp>

#include "testsupport.h"

#include <QProcess>

namespace {

// The parts of the recorded meeting the tests name.
struct Board
{
    qint64 body = 0;
    qint64 meeting = 0;
    qint64 unheldMeeting = 0; // its next, convened
    qint64 publicItem = 0;
    qint64 confidentialItem = 0;
    qint64 member = 0;    // sits on the board
    qint64 secretary = 0; // the board's secretary, a person of the store
    qint64 registrar = 0;
};

struct Roles
{
    QString database;
    QString location; // the owner's
    Board sample;
    qint64 otherBody = 0;
    qint64 otherSecret = 0; // a confidential item of the other body
    qint64 unpublishedItem = 0;
    QString login(const char *name) const { return database + u'_' + QLatin1String(name); }
};

// What psql prints for one statement run as `user`, its errors included.
QString asUser(const Roles &roles, const QString &user, const QString &sql)
{
    QProcess psql;
    psql.setProcessChannelMode(QProcess::MergedChannels);
    psql.start(QStringLiteral("psql"),
               {QStringLiteral("-XtAq"), QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1"),
                QStringLiteral("postgresql:///%1?host=%2&user=%3")
                    .arg(roles.database, qEnvironmentVariable("PYKALA_TEST_POSTGRESQL"), user),
                QStringLiteral("-c"), sql});
    REQUIRE(psql.waitForFinished(30000));
    return QString::fromUtf8(psql.readAll()).trimmed();
}

// A board (the sample's KH, with a public and a confidential item, whose
// member is Östen Åberg) and a committee (its own confidential item, a
// member of its own), with the roles set up and a login of each role.
Roles setUp(TestDir &dir)
{
    Roles roles;
    const QString path = dir.path(QStringLiteral("roolit.sqlite"));
    roles.location = storeLocation(path);
    roles.database = roles.location.section(u'/', 3).section(u'?', 0, 0);
    auto store = createStore(path);
    const RecordedMeeting held = recordMeeting(*store); // its minutes published
    roles.sample.body = held.meeting.bodyId;
    roles.sample.meeting = held.meeting.id;
    roles.sample.unheldMeeting = addUnheldMeeting(*store, held.meeting).id;
    for (const AgendaItem &item : held.items) {
        if (item.publicity == Publicity::Public && !roles.sample.publicItem)
            roles.sample.publicItem = item.id;
        if (item.publicity == Publicity::Confidential)
            roles.sample.confidentialItem = item.id;
    }
    REQUIRE(roles.sample.publicItem);
    REQUIRE(roles.sample.confidentialItem);
    for (const Membership &membership : required(store->memberships(roles.sample.body))) {
        if (membership.role == MembershipRole::Member && !roles.sample.member)
            roles.sample.member = membership.personId;
        if (membership.role == MembershipRole::Chair)
            roles.sample.secretary = membership.personId;
    }
    REQUIRE(roles.sample.member);
    roles.sample.registrar = required(store->addPerson({0, QStringLiteral("Kaija"), QStringLiteral("Kirjaaja"),
                                                        QStringLiteral("kirjaaja"), QString(), QString()}));
    roles.otherBody = required(store->addBody({0, QStringLiteral("Tekninen lautakunta"), QStringLiteral("TEKLTK"),
                                               BodyKind::Committee, QuorumRule::MoreThanHalf}));
    const qint64 engineer = required(store->addPerson({0, QStringLiteral("Teemu"), QStringLiteral("Tekninen"),
                                                       QString(), QString(), QString()}));
    required(store->addMembership({0, roles.otherBody, engineer, MembershipRole::Member, 0, QDate(2025, 6, 1),
                                   QDate(2029, 5, 31)}));
    Meeting meeting;
    meeting.bodyId = roles.otherBody;
    meeting.number = 3;
    meeting.year = 2026;
    meeting.plannedStart = QDateTime(QDate(2026, 5, 12), QTime(17, 0));
    meeting.place = QStringLiteral("Kunnantalo");
    const qint64 otherMeeting = required(store->addMeeting(meeting));
    AgendaItem secret;
    secret.meetingId = otherMeeting;
    secret.title = QStringLiteral("Salainen urakkatarjous");
    secret.publicity = Publicity::Confidential;
    secret.confidentialityBasis = LegalBasis::fromText(QStringLiteral("JulkL 24 § 1 mom. 20 k"));
    roles.otherSecret = required(store->addAgendaItem(secret));
    AgendaItem open;
    open.meetingId = otherMeeting;
    open.title = QStringLiteral("Katuvalaistuksen urakka");
    roles.unpublishedItem = required(store->addAgendaItem(open));
    // A public item with a confidential attachment, whose name its search
    // entry holds.
    Attachment prices;
    prices.itemId = roles.unpublishedItem;
    prices.name = QStringLiteral("Urakoitsijoiden yksikköhinnat.pdf");
    prices.mediaType = QStringLiteral("application/pdf");
    prices.content = QByteArray("%PDF-1.4\n%%EOF\n");
    prices.publicity = Publicity::Confidential;
    prices.confidentialityBasis = LegalBasis::fromText(QStringLiteral("JulkL 24 § 1 mom. 20 k"));
    required(store->addAttachment(prices));
    // A confidential template of the committee.
    ItemTemplate confidentialTemplate;
    confidentialTemplate.bodyId = roles.otherBody;
    confidentialTemplate.name = QStringLiteral("Salainen hankinta");
    confidentialTemplate.item.title = QStringLiteral("Hankinnan tarjousvertailu");
    confidentialTemplate.item.publicity = Publicity::Confidential;
    confidentialTemplate.item.confidentialityBasis = LegalBasis::fromText(QStringLiteral("JulkL 24 § 1 mom. 20 k"));
    required(store->addItemTemplate(confidentialTemplate));
    // The board's meeting has its minutes published; the committee's not.

    REQUIRE(store->setUpAccess().ok());
    REQUIRE(store->grantLogin({roles.login("sihteeri"), QStringLiteral("secretary"), roles.sample.secretary,
                               {roles.sample.body}}).ok());
    REQUIRE(store->grantLogin({roles.login("jasen"), QStringLiteral("member"), roles.sample.member, {}}).ok());
    REQUIRE(store->grantLogin({roles.login("kirjaamo"), QStringLiteral("registry"), roles.sample.registrar, {}}).ok());
    REQUIRE(store->grantLogin({roles.login("yleiso"), QStringLiteral("public"), 0, {}}).ok());
    return roles;
}

} // namespace

TEST_CASE("Each role signs in with psql and reads and changes only what it may", "[server][access]")
{
    REQUIRE(testsOnServer());
    TestDir dir;
    const Roles roles = setUp(dir);
    const QString confidential = QStringLiteral("SELECT count(*) FROM agenda_item WHERE publicity <> 'public'");
    const QString otherSecret = QStringLiteral("SELECT title FROM agenda_item WHERE id = %1").arg(roles.otherSecret);
    const QString denied = QStringLiteral("ERROR:  permission denied for table ");

    // The owner (the tests' user) sees both bodies' two confidential items.
    CHECK(asUser(roles, QStringLiteral("pykala"), confidential) == QStringLiteral("2"));

    SECTION("a member reads the bodies the person sits on, and changes nothing")
    {
        const QString member = roles.login("jasen");
        CHECK(asUser(roles, member, confidential) == QStringLiteral("1"));
        CHECK(asUser(roles, member, otherSecret).isEmpty());
        CHECK(asUser(roles, member, QStringLiteral("SELECT count(*) FROM item_search WHERE id = %1").arg(roles.otherSecret))
              == QStringLiteral("0"));
        // The committee's public item is public; its confidential
        // attachment is not, nor the search entry that names it.
        CHECK(asUser(roles, member, QStringLiteral("SELECT count(*) FROM agenda_item WHERE id = %1").arg(roles.unpublishedItem))
              == QStringLiteral("1"));
        CHECK(asUser(roles, member, QStringLiteral("SELECT count(*) FROM attachment WHERE item_id = %1").arg(roles.unpublishedItem))
              == QStringLiteral("0"));
        CHECK(asUser(roles, member, QStringLiteral("SELECT count(*) FROM item_search WHERE body LIKE '%yksikköhin%'"))
              == QStringLiteral("0"));
        CHECK(asUser(roles, QStringLiteral("pykala"), QStringLiteral("SELECT count(*) FROM item_search WHERE body LIKE '%yksikköhin%'"))
              == QStringLiteral("1"));
        CHECK(asUser(roles, member, QStringLiteral("SELECT count(*) FROM item_template WHERE publicity <> 'public'"))
              == QStringLiteral("0"));
        // No temporary table stands in for the store's own to fool its policies.
        CHECK(asUser(roles, member, QStringLiteral("CREATE TEMP TABLE store_login (login text, person_id bigint, role text)"))
                  .contains(QStringLiteral("permission denied to create temporary tables")));
        CHECK(asUser(roles, member, QStringLiteral("UPDATE agenda_item SET title = 'x'")).startsWith(denied + QStringLiteral("agenda_item")));
        CHECK(asUser(roles, member, QStringLiteral("DELETE FROM audit_log")).startsWith(denied + QStringLiteral("audit_log")));
        CHECK(asUser(roles, member, QStringLiteral("INSERT INTO person (family_name) VALUES ('Uusi')"))
                  .startsWith(denied + QStringLiteral("person")));
        CHECK(asUser(roles, member, QStringLiteral("UPDATE store_login SET role = 'registry'"))
                  .startsWith(denied + QStringLiteral("store_login")));
    }
    SECTION("a secretary changes its own body's items and nothing of another body")
    {
        const QString secretary = roles.login("sihteeri");
        CHECK(asUser(roles, secretary, confidential) == QStringLiteral("1"));
        CHECK(asUser(roles, secretary,
                     QStringLiteral("UPDATE agenda_item SET title = title WHERE id = %1 RETURNING id").arg(roles.sample.publicItem))
              == QString::number(roles.sample.publicItem));
        // Another body's items: not even seen to be changed.
        CHECK(asUser(roles, secretary,
                     QStringLiteral("UPDATE agenda_item SET title = 'x' WHERE id IN (%1, %2) RETURNING id")
                         .arg(roles.otherSecret)
                         .arg(roles.unpublishedItem))
                  .isEmpty());
        CHECK(asUser(roles, secretary, QStringLiteral("INSERT INTO meeting (body_id, year, number, planned_start, place) "
                                                      "VALUES (%1, 2026, 9, '2026-09-01T17:00', 'x')")
                                           .arg(roles.otherBody))
                  .contains(QStringLiteral("new row violates row-level security policy for table \"meeting\"")));
        CHECK(asUser(roles, secretary, QStringLiteral("UPDATE body SET name = 'x'")).startsWith(denied + QStringLiteral("body")));
        // The audit log: only entries in its own name, never changed.
        CHECK(asUser(roles, secretary,
                     QStringLiteral("INSERT INTO audit_log (id, at, actor, action, entity, entity_id, old_digest, "
                                    "new_digest, previous_hash, hash) VALUES (999999, 'x', 'joku muu', 'insert', "
                                    "'body', 1, '', '', '', '')"))
                  .contains(QStringLiteral("new row violates row-level security policy for table \"audit_log\"")));
        CHECK(asUser(roles, secretary, QStringLiteral("DELETE FROM audit_log")).startsWith(denied + QStringLiteral("audit_log")));
        CHECK(asUser(roles, secretary, QStringLiteral("ALTER TABLE agenda_item DISABLE TRIGGER ALL"))
                  .contains(QStringLiteral("must be owner of table agenda_item")));
    }
    SECTION("the registry reads everything and changes no body's items")
    {
        const QString registry = roles.login("kirjaamo");
        CHECK(asUser(roles, registry, confidential) == QStringLiteral("2"));
        CHECK(asUser(roles, registry, otherSecret) == QStringLiteral("Salainen urakkatarjous"));
        CHECK(asUser(roles, registry, QStringLiteral("UPDATE agenda_item SET title = 'x' RETURNING id")).isEmpty());
        CHECK(asUser(roles, registry, QStringLiteral("UPDATE person SET title = title WHERE id = %1 RETURNING id")
                                          .arg(roles.sample.member))
              == QString::number(roles.sample.member));
    }
    SECTION("the public reads the public items of published minutes, and nothing of persons")
    {
        const QString reader = roles.login("yleiso");
        CHECK(asUser(roles, reader, confidential) == QStringLiteral("0"));
        // Every public item of the published minutes, and no other.
        CHECK(asUser(roles, reader, QStringLiteral("SELECT count(*) FROM agenda_item"))
              == asUser(roles, QStringLiteral("pykala"),
                        QStringLiteral("SELECT count(*) FROM agenda_item WHERE publicity = 'public' AND meeting_id = %1")
                            .arg(roles.sample.meeting)));
        CHECK(asUser(roles, reader, QStringLiteral("SELECT count(*) FROM agenda_item WHERE id = %1").arg(roles.sample.publicItem))
              == QStringLiteral("1"));
        CHECK(asUser(roles, reader, QStringLiteral("SELECT count(*) FROM agenda_item WHERE id = %1").arg(roles.unpublishedItem))
              == QStringLiteral("0"));
        CHECK(asUser(roles, reader, QStringLiteral("SELECT count(*) FROM extract_recipient")) == QStringLiteral("0"));
        CHECK(asUser(roles, reader, QStringLiteral("SELECT * FROM person")).startsWith(denied + QStringLiteral("person")));
        // Nor who wrote the record.
        CHECK(asUser(roles, reader, QStringLiteral("SELECT count(*) FROM audit_log")) == QStringLiteral("0"));
        CHECK(asUser(roles, reader, QStringLiteral("SELECT * FROM meeting_event")).startsWith(denied + QStringLiteral("meeting_event")));
        CHECK(asUser(roles, reader, QStringLiteral("UPDATE agenda_item SET title = 'x'")).startsWith(denied + QStringLiteral("agenda_item")));
    }
    SECTION("a login without a role here, or whose role was taken away, reads nothing")
    {
        CHECK(asUser(roles, QStringLiteral("pykala"),
                     QStringLiteral("CREATE ROLE %1 LOGIN").arg(roles.login("vieras"))).isEmpty());
        CHECK(asUser(roles, roles.login("vieras"), confidential).startsWith(denied));
        auto store = openStore(dir.path(QStringLiteral("roolit.sqlite")));
        REQUIRE(store->revokeLogin(roles.login("jasen")).ok());
        CHECK(asUser(roles, roles.login("jasen"), confidential).startsWith(denied));
        const Status again = store->revokeLogin(roles.login("jasen"));
        CHECK_FALSE(again.ok());
        CHECK_THAT(again.error().toStdString(), Catch::Contains("has no login"));
    }
}

TEST_CASE("Through Pykälä each role sees what the server lets it, and a change it may not make is refused",
          "[server][access]")
{
    REQUIRE(testsOnServer());
    TestDir dir;
    const Roles roles = setUp(dir);
    auto as = [&](const char *login) {
        QString location = roles.location;
        location.replace(QStringLiteral("user=pykala"), QStringLiteral("user=") + roles.login(login));
        return openAt(location);
    };
    // The member: the committee's confidential item is not there at all.
    auto member = as("jasen");
    const auto otherAgenda = required(member->agendaItems(required(member->agendaItem(roles.unpublishedItem))->meetingId));
    REQUIRE(otherAgenda.size() == 1);
    CHECK(otherAgenda.first().id == roles.unpublishedItem);
    CHECK_FALSE(required(member->agendaItem(roles.otherSecret)).has_value());
    CHECK(required(member->search(QStringLiteral("urakkatarjous"))).isEmpty());
    AgendaItem item = required(member->agendaItem(roles.sample.publicItem)).value();
    item.title = QStringLiteral("Jäsenen muutos");
    const Status refused = member->updateAgendaItem(item);
    CHECK_FALSE(refused.ok());
    CHECK_THAT(refused.error().toStdString(), Catch::Contains("You may not do this in the store"));
    CHECK(required(member->agendaItem(item.id))->title != item.title);

    // The client knows before trying: who signed in, and what the role may change.
    const auto memberLogin = required(member->currentLogin());
    REQUIRE(memberLogin.has_value());
    CHECK(memberLogin->role == QStringLiteral("member"));
    CHECK(memberLogin->personId == roles.sample.member);
    CHECK_THAT(required(member->changeRefusal(roles.sample.body)).toStdString(),
               Catch::Contains("Your role in this store (member) reads the records"));

    // The secretary's change is logged in the secretary's name, and the
    // store checks out (for its owner, who reads everything).
    auto secretary = as("sihteeri");
    CHECK(secretary->actor() == roles.login("sihteeri"));
    CHECK(required(secretary->changeRefusal(roles.sample.body)).isEmpty());
    CHECK_THAT(required(secretary->changeRefusal(roles.otherBody)).toStdString(),
               Catch::Contains("You keep other bodies' records"));
    // The owner, who set the roles up, has none of them and may change everything.
    auto owner = openStore(dir.path(QStringLiteral("roolit.sqlite")));
    CHECK_FALSE(required(owner->currentLogin()).has_value());
    CHECK(required(owner->changeRefusal(roles.otherBody)).isEmpty());
    item.title = QStringLiteral("Sihteerin muutos");
    REQUIRE(secretary->updateAgendaItem(item).ok());
    // The index's terms follow the change, though no login writes them itself.
    const auto byNewTitle = required(secretary->search(QStringLiteral("sihteerin muutos")));
    REQUIRE(byNewTitle.size() == 1);
    CHECK(byNewTitle.first().itemId == item.id);
    // What the secretary adds has its id, and what it removes goes whole.
    AgendaItem added;
    added.meetingId = roles.sample.unheldMeeting;
    added.title = QStringLiteral("Sihteerin lisäämä asia");
    const qint64 addedId = required(secretary->addAgendaItem(added));
    CHECK(addedId > 0);
    CHECK(required(secretary->agendaItem(addedId))->title == added.title);
    const Status removed = secretary->removeAgendaItem(addedId);
    INFO(removed.error().toStdString());
    REQUIRE(removed.ok());
    const auto change = required(secretary->lastChange(QStringLiteral("agenda_item"), item.id));
    REQUIRE(change.has_value());
    CHECK(change->actor == roles.login("sihteeri"));
    CHECK(checkProblems(dir.path(QStringLiteral("roolit.sqlite"))).isEmpty());

    // Every entry in the index's blocks, as older spans are: the owner
    // searches them; a login reads no block and finds by its terms' rows
    // what it did before, and no more.
    REQUIRE(asUser(roles, QStringLiteral("pykala"),
                   QStringLiteral("SELECT item_search_block_spans((SELECT until FROM item_search_blocked), "
                                  "(SELECT max(id) / 1024 * 1024 + 1024 FROM item_search))"))
                .isEmpty());
    REQUIRE(asUser(roles, QStringLiteral("pykala"), QStringLiteral("SELECT count(*) > 0 FROM item_search_block")) == u"t");
    CHECK(asUser(roles, roles.login("jasen"), QStringLiteral("SELECT count(*) FROM item_search_block")) == u"0");
    CHECK(asUser(roles, roles.login("jasen"), QStringLiteral("DELETE FROM item_search_block"))
              .contains(QStringLiteral("permission denied")));
    CHECK(required(member->search(QStringLiteral("urakkatarjous"))).isEmpty());
    CHECK(required(owner->search(QStringLiteral("urakkatarjous"))).size() == 1);
    const auto memberFinds = required(member->search(QStringLiteral("sihteerin muutos")));
    REQUIRE(memberFinds.size() == 1);
    CHECK(memberFinds.first().itemId == item.id);
    // The secretary's change of a blocked entry makes its blocks again.
    // The public reads the published minutes' items, the log's entries
    // not: its search reads the meetings' order anew each time.
    auto audience = as("yleiso");
    const auto publicFinds = required(audience->search(QStringLiteral("sihteerin muutos")));
    REQUIRE(publicFinds.size() == 1);
    CHECK(publicFinds.first().itemId == item.id);
    CHECK(required(audience->search(QStringLiteral("urakkatarjous"))).isEmpty());
    item.title = QStringLiteral("Toinen sihteerin muutos");
    REQUIRE(secretary->updateAgendaItem(item).ok());
    for (Store *reader : {secretary.get(), owner.get(), member.get(), audience.get()}) {
        const auto found = required(reader->search(QStringLiteral("toinen sihteerin muutos")));
        REQUIRE(found.size() == 1);
        CHECK(found.first().itemId == item.id);
    }
    CHECK(checkProblems(dir.path(QStringLiteral("roolit.sqlite"))).isEmpty());
}
