#include <catch2/catch.hpp>

#include "testsupport.h"

#include "exchange/interchange.h"
#include "exchange/jsonschema.h"
#include "procedure/meetingsession.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <functional>

namespace {

QByteArray exported(const Store &store, qint64 meeting = 0)
{
    const auto json = Interchange::exportJson(store, meeting);
    INFO(json.error().toStdString());
    REQUIRE(json.ok());
    return *json;
}

// Imports into the store at path and returns the error, closing the store so
// that its file holds everything (WAL checkpointed).
QString importError(const QString &path, const QByteArray &json)
{
    auto store = openStore(path);
    const auto result = Interchange::importJson(*store, json);
    return result.ok() ? QString() : result.error();
}

QByteArray replaced(QByteArray json, const char *from, const char *to)
{
    INFO("looking for " << from);
    REQUIRE(json.contains(from));
    return json.replace(from, to);
}

} // namespace

TEST_CASE("Export, import into an empty store and export again give the same document", "[exchange]")
{
    TestDir dir;
    auto original = createStore(dir.path(QStringLiteral("a.sqlite")));
    const Sample sample = addSample(*original);
    // Gaps in ids and a later change must not matter.
    REQUIRE(original->removeMembership(original->memberships(sample.body)->first().id).ok());
    AgendaItem item = original->agendaItem(sample.publicItem)->value();
    item.sectionNumber = 7;
    item.decision = QStringLiteral("<p>Hyväksyttiin <b>yksimielisesti</b>.</p>");
    REQUIRE(original->updateAgendaItem(item).ok());
    // The invitation list: a person of the store and a typed-in expert.
    REQUIRE(original->addInvitee({0, sample.meeting, 0, sample.deputy, {}, QStringLiteral("valtuuston puheenjohtaja"), {}}).ok());
    REQUIRE(original->addInvitee({0, sample.meeting, 0, 0, QStringLiteral("Ville Vesi"), QStringLiteral("asiantuntija"),
                                  QStringLiteral("ville.vesi@example.fi")}).ok());
    const QByteArray first = exported(*original);

    auto copy = createStore(dir.path(QStringLiteral("b.sqlite")));
    const auto summary = Interchange::importJson(*copy, first);
    INFO(summary.error().toStdString());
    REQUIRE(summary.ok());
    CHECK(summary->meetings == 1);
    CHECK(summary->items == 2);
    CHECK(summary->attachments == 1);
    CHECK(summary->persons == 3);
    CHECK(exported(*copy) == first);
    CHECK(copy->check()->ok());
    const auto invited = copy->invitees(copy->meetings()->first().id);
    REQUIRE(invited->size() == 2);
    CHECK(copy->person(invited->at(0).personId)->value().familyName
          == original->person(sample.deputy)->value().familyName);
    CHECK(invited->at(1).email == QStringLiteral("ville.vesi@example.fi"));
    CHECK(copy->attachments(copy->agendaItems(copy->meetings()->first().id)->first().id, true)->first().content
          == QByteArrayLiteral("%PDF-1.4 test"));

    const QJsonObject root = QJsonDocument::fromJson(first).object();
    const auto schema = JsonSchema::fromJson(Interchange::schemaJson());
    REQUIRE(schema.ok());
    CHECK(schema->validate(root).isEmpty());
    CHECK(root.value(u"scope").toString() == QStringLiteral("store"));
}

TEST_CASE("The organisation's Swedish name and an item's own language go through export and import", "[exchange]")
{
    TestDir dir;
    auto original = createStore(dir.path(QStringLiteral("a.sqlite")));
    const Sample sample = addSample(*original);
    Organisation organisation = original->organisation()->value();
    organisation.swedishName = QStringLiteral("Testilä kommun");
    REQUIRE(original->setOrganisation(organisation).ok());
    AgendaItem item = original->agendaItem(sample.confidentialItem)->value();
    item.language = Language::Swedish;
    REQUIRE(original->updateAgendaItem(item).ok());
    const QByteArray first = exported(*original);
    const QJsonObject root = QJsonDocument::fromJson(first).object();
    CHECK(root.value(u"organisation")[u"swedishName"].toString() == QStringLiteral("Testilä kommun"));
    const QJsonArray items = root.value(u"meetings")[0][u"items"].toArray();
    CHECK_FALSE(items.at(0).toObject().contains(u"language")); // the body's language
    CHECK(items.at(1)[u"language"].toString() == QStringLiteral("sv"));

    const QString path = dir.path(QStringLiteral("b.sqlite"));
    {
        auto copy = createStore(path);
        REQUIRE(required(Interchange::importJson(*copy, first)).items == 2);
        CHECK(exported(*copy) == first);
        CHECK(copy->organisation()->value().swedishName == QStringLiteral("Testilä kommun"));
        const auto copied = copy->agendaItems(copy->meetings()->first().id).value();
        CHECK_FALSE(copied.at(0).language.has_value());
        CHECK(copied.at(1).language == Language::Swedish);
    }

    // Another code is refused with where and why; nothing is imported.
    const QString target = dir.path(QStringLiteral("c.sqlite"));
    createStore(target);
    const QByteArray before = fileDigest(target);
    CHECK(importError(target, replaced(first, "\"language\": \"sv\"", "\"language\": \"en\""))
          == QStringLiteral("$.meetings[0].items[1].language: \"en\" is not one of: fi, sv."));
    CHECK(importError(target, replaced(first, "\"language\": \"sv\"", "\"language\": null"))
          .startsWith(QStringLiteral("$.meetings[0].items[1].language: ")));
    CHECK(fileDigest(target) == before);
}

TEST_CASE("One meeting is exported with its body and persons, and imports once", "[exchange]")
{
    TestDir dir;
    const QString path = dir.path(QStringLiteral("a.sqlite"));
    auto store = createStore(path);
    const Sample sample = addSample(*store);
    Person outsider{0, QStringLiteral("Ulla"), QStringLiteral("Ulkopuolinen"), {}, {}, {}};
    REQUIRE(store->addPerson(outsider).ok());
    const QByteArray json = exported(*store, sample.meeting);
    const QJsonObject root = QJsonDocument::fromJson(json).object();
    CHECK(root.value(u"scope").toString() == QStringLiteral("meeting"));
    CHECK(root.value(u"persons").toArray().size() == 3);
    CHECK(root.value(u"meetings").toArray().size() == 1);

    const QString other = dir.path(QStringLiteral("b.sqlite"));
    createStore(other);
    CHECK(importError(other, json).isEmpty());
    CHECK(exported(*openStore(other)) == exported(*openStore(other), openStore(other)->meetings()->first().id)
                                             .replace("\"scope\": \"meeting\"", "\"scope\": \"store\""));
    // The same meeting again: refused, naming where, and nothing is added.
    const QByteArray before = fileDigest(other);
    const QString error = importError(other, json);
    CHECK(error.startsWith(QStringLiteral("$.meetings[0]: Meeting KH 12/2026 already exists")));
    CHECK(fileDigest(other) == before);
}

TEST_CASE("Malformed and schema-invalid documents are refused with their JSON path", "[exchange][bad-input]")
{
    TestDir dir;
    const QString path = dir.path(QStringLiteral("a.sqlite"));
    const QByteArray good = exported(*[&] {
        auto store = createStore(path);
        addSample(*store);
        return store;
    }());
    const QString target = dir.path(QStringLiteral("b.sqlite"));
    writeSampleStore(target); // something to lose
    const QByteArray before = fileDigest(target);

    struct Case
    {
        QByteArray json;
        const char *message;
    };
    const QList<Case> cases{
        {QByteArrayLiteral("{\n  \"format\": \"pykala-interchange\",\n  \"version\": 1,\n  oops\n}"),
         "not valid JSON: "},
        {QByteArrayLiteral("[1, 2]"), "$: the document must be a JSON object."},
        {QByteArrayLiteral("{\"format\": \"jotain muuta\"}"), "$.format: this is not a Pykälä interchange document"},
        {replaced(good, "\"version\": 2", "\"version\": 9"), "$.version: the document is of format version 9"},
        {replaced(good, "\"publicity\": \"confidential\"", "\"publicity\": \"secret\""),
         "$.meetings[0].items[1].publicity: \"secret\" is not one of: public, confidential, partly-confidential."},
        {replaced(good, "\"number\": 12", "\"number\": \"12\""), "$.meetings[0].number: must be of type integer"},
        {replaced(good, "\"number\": 12", "\"number\": 12.5"), "$.meetings[0].number: must be of type integer"},
        {replaced(good, "\"title\": \"Vahingonkorvausvaatimus\"", "\"titel\": \"Vahingonkorvausvaatimus\""), "$.meetings[0].items[1].title: is missing."},
        {replaced(good, "\"givenName\": \"Aino\"", "\"givenName\": \"Aino\", \"nickname\": \"Ainska\""),
         "$.persons[0].nickname: is not a known field."},
        {replaced(good, "\"plannedStart\": \"2026-05-11T16:00:00\"", "\"plannedStart\": \"11.5.2026 klo 16\""),
         "$.meetings[0].plannedStart: "},
        {replaced(good, "\"validFrom\": \"2025-06-01\"", "\"validFrom\": \"2025-02-30\""),
         "$.bodies[0].memberships[0].validFrom: \"2025-02-30\" is not a date"},
        {replaced(good, "\"presenter\": 3", "\"presenter\": 99"), "$.meetings[0].items[0].presenter: no person has id 99."},
        {replaced(good, "\"confidentialityBasis\": \"JulkL 24 § 1 mom. 32 k\"", "\"confidentialityBasis\": \" \""),
         "$.meetings[0].items[1].confidentialityBasis: a confidential item must name its legal basis."},
        {replaced(good, "\"size\": 13", "\"size\": 14"), "$.meetings[0].items[0].attachments[0].size: "},
        {replaced(good, "\"content\": \"JVBERi0xLjQgdGVzdA==\"", "\"content\": \"JVBERi0xLjQgdGVzdQ==\""),
         "$.meetings[0].items[0].attachments[0].sha256: does not match the content"},
        {replaced(good, "\"year\": 2026", "\"year\": 2025"), "$.meetings[0].plannedStart: the meeting is numbered in 2025"},
        {replaced(good, "\"shortName\": \"KH\"", "\"shortName\": \"K H\""), "$.bodies[0].shortName: "},
        {replaced(good, "\"events\": [\n            ]", "\"events\": [{\"type\": \"open\", \"at\": \"16:00\"}, {\"type\": \"attendance\", \"present\": [99]}]"),
         "$.meetings[0].events[1]: the event names person 99, who is not in the document."},
        {replaced(good, "\"events\": [\n            ]", "\"events\": [{\"at\": \"16:00\"}]"), "$.meetings[0].events[0].type: is missing."},
        {replaced(good, "\"shortName\": \"KH\"", "\"shortName\": \"KH\\n\""), "$.bodies[0].shortName: "},
        {replaced(good, "\"position\": 2", "\"position\": 3000000000"), "$.meetings[0].items[1].position: must be at most"},
        {replaced(good, "\"validFrom\": \"2025-06-01\"", "\"validFrom\": \"2025/06/01x\""),
         "$.bodies[0].memberships[0].validFrom: \"2025/06/01x\" is not of the expected form"},
        {replaced(good, "\"plannedStart\": \"2026-05-11T16:00:00\"", "\"plannedStart\": \"2026-12-31T24:00:00\""),
         "$.meetings[0].plannedStart: "},
    };
    for (const Case &c : cases) {
        const QString error = importError(target, c.json);
        INFO("expected: " << c.message);
        INFO("got: " << error.toStdString());
        CHECK(error.contains(QString::fromUtf8(c.message)));
        CHECK(fileDigest(target) == before);
    }
}

TEST_CASE("Imported events must replay through the rules", "[exchange][bad-input]")
{
    TestDir dir;
    const QString path = dir.path(QStringLiteral("a.sqlite"));
    writeSampleStore(path);
    const QByteArray good = exported(*openStore(path));
    const QString target = dir.path(QStringLiteral("b.sqlite"));
    createStore(target);
    const QByteArray before = fileDigest(target);
    // Member 2 (Åberg) leaves during item 1 without having been present.
    const QString error = importError(
        target, replaced(good, "\"events\": [\n            ]",
                         "\"events\": [{\"type\": \"open\", \"at\": \"16:00\"}, {\"type\": \"attendance\", "
                         "\"present\": [1]}, {\"type\": \"leave\", \"person\": 2, \"item\": 1, \"at\": \"16:10\"}]"));
    CHECK(error.startsWith(QStringLiteral("$.meetings[0].events: Person")));
    CHECK(error.contains(QStringLiteral("leaves during item 1 but is not present")));
    CHECK(fileDigest(target) == before);
    // Imported events are checked like a recorded file: items that do not exist, unknown ballots.
    CHECK(importError(target, replaced(good, "\"events\": [\n            ]",
                                       "\"events\": [{\"type\": \"decision\", \"item\": 200}]"))
              .startsWith(QStringLiteral("$.meetings[0].events[0].item: the meeting's agenda has items 1 to 2.")));
    CHECK(importError(target, replaced(good, "\"events\": [\n            ]", "\"events\": [{\"type\": \"noting\"}]"))
              .startsWith(QStringLiteral("$.meetings[0].events[0].item: is missing")));
    CHECK(fileDigest(target) == before);
}

TEST_CASE("An import that fails half-way leaves the store as it was", "[exchange][bad-input]")
{
    TestDir dir;
    const QString path = dir.path(QStringLiteral("a.sqlite"));
    writeSampleStore(path);
    // A document that adds a new body and meeting first, then collides with
    // the stored KH 12/2026.
    QByteArray json = exported(*openStore(path));
    QJsonObject root = QJsonDocument::fromJson(json).object();
    QJsonArray bodies = root.value(u"bodies").toArray();
    QJsonObject other = bodies.at(0).toObject();
    other.insert(QStringLiteral("id"), 2);
    other.insert(QStringLiteral("shortName"), QStringLiteral("SIVLTK"));
    other.insert(QStringLiteral("name"), QStringLiteral("Sivistyslautakunta"));
    other.insert(QStringLiteral("kind"), QStringLiteral("committee"));
    bodies.append(other);
    root.insert(QStringLiteral("bodies"), bodies);
    QJsonArray meetings = root.value(u"meetings").toArray();
    QJsonObject first = meetings.at(0).toObject();
    first.insert(QStringLiteral("body"), 2);
    meetings.prepend(first);
    root.insert(QStringLiteral("meetings"), meetings);
    json = QJsonDocument(root).toJson();

    const QByteArray before = fileDigest(path);
    const QString error = importError(path, json);
    CHECK(error.startsWith(QStringLiteral("$.meetings[1]: Meeting KH 12/2026 already exists")));
    CHECK(fileDigest(path) == before);
    auto store = openStore(path);
    CHECK_FALSE(store->bodyByShortName(QStringLiteral("SIVLTK"))->has_value());
    CHECK(store->check()->ok());
}

TEST_CASE("The schema validator checks what the schema says", "[exchange]")
{
    const auto schema = JsonSchema::fromJson(QByteArrayLiteral(R"({
        "type": "object", "required": ["a"], "additionalProperties": false,
        "properties": {
            "a": {"type": "array", "items": {"$ref": "#/$defs/n"}},
            "b": {"oneOf": [{"type": "null"}, {"type": "string", "minLength": 1, "maxLength": 3}]}
        },
        "$defs": {"n": {"type": "integer", "minimum": 1, "maximum": 5}}
    })"));
    REQUIRE(schema.ok());
    auto check = [&](const char *json) {
        return schema->validate(QJsonDocument::fromJson(json).object()).toStdString();
    };
    CHECK(check(R"({"a": [1, 5]})").empty());
    CHECK(check(R"({"a": [1, 6]})") == "$.a[1]: must be at most 5.");
    CHECK(check(R"({"a": [0]})") == "$.a[0]: must be at least 1.");
    CHECK(check(R"({"b": null})") == "$.a: is missing.");
    CHECK(check(R"({"a": [], "b": null})").empty());
    CHECK(check(R"({"a": [], "b": ""})") == "$.b: must not be empty.");
    CHECK(check(R"({"a": [], "b": "abcd"})") == "$.b: is longer than 3 characters.");
    CHECK(check(R"({"a": [], "c": 1})") == "$.c: is not a known field.");
    CHECK_THAT(refusal(JsonSchema::fromJson(QByteArrayLiteral("{"))), Catch::Contains("schema is not valid JSON"));
}

TEST_CASE("A temporary chair and remote participation go through export and import", "[exchange]")
{
    TestDir dir;
    auto original = createStore(dir.path(QStringLiteral("a.sqlite")));
    const Meeting held = addUnheldMeeting(*original, recordMeeting(*original).meeting);
    AgendaItem item;
    item.meetingId = held.id;
    item.title = QStringLiteral("Uimahallin lipunhinnat");
    required(original->addAgendaItem(item));
    QHash<QString, qint64> ids;
    for (const Person &person : required(original->persons()))
        ids.insert(person.displayName(), person.id);
    const QByteArray events = QStringLiteral(R"({"events": [{"type": "open", "at": "2026-05-23T18:05"},
        {"type": "attendance", "present": ["Cecilia Öhman", "Daniel Virtanen", "Eero Niemi"], "remote": ["Eero Niemi"]},
        {"type": "temporary-chair", "item": 1, "person": "Cecilia Öhman"},
        {"type": "participation", "person": "Eero Niemi", "item": 1, "at": "18:20", "remote": false},
        {"type": "close", "at": "2026-05-23T19:00"}]})").toUtf8();
    const auto recorded = MeetingSession::record(*original, held, events);
    INFO(recorded.error().toStdString());
    REQUIRE(recorded.ok());
    const QByteArray first = exported(*original);

    auto copy = createStore(dir.path(QStringLiteral("b.sqlite")));
    const auto summary = Interchange::importJson(*copy, first);
    INFO(summary.error().toStdString());
    REQUIRE(summary.ok());
    CHECK(exported(*copy) == first);
    Meeting imported;
    for (const Meeting &meeting : required(copy->meetings())) {
        if (meeting.number == held.number)
            imported = meeting;
    }
    CHECK(imported.actualStart == QDateTime(QDate(2026, 5, 23), QTime(18, 5)));
    const auto setting = required(MeetingSession::setting(*copy, imported));
    const auto replay = required(MeetingSession::current(*copy, imported));
    CHECK(setting.names.value(replay.items.first().presiding) == QStringLiteral("Cecilia Öhman"));
    CHECK(replay.items.first().temporaryChair);
    REQUIRE(replay.attendance.remoteAtOpening.size() == 1);
    CHECK(setting.names.value(*replay.attendance.remoteAtOpening.cbegin()) == QStringLiteral("Eero Niemi"));
}

TEST_CASE("An import with a text beyond its limit or a control character is refused whole", "[exchange][bad-input][limits]")
{
    TestDir dir;
    auto original = createStore(dir.path(QStringLiteral("a.sqlite")));
    addSample(*original);
    const QByteArray document = exported(*original);
    const QString target = dir.path(QStringLiteral("b.sqlite"));
    createStore(target);
    const QByteArray before = storeBytes(target);
    // An escape sequence that retitles a terminal, in a title; and a title
    // of 1,001 characters.
    QJsonObject root = QJsonDocument::fromJson(document).object();
    QJsonArray meetings = root.value(u"meetings").toArray();
    QJsonObject meeting = meetings.first().toObject();
    QJsonArray items = meeting.value(u"items").toArray();
    QJsonObject item = items.first().toObject();
    for (const QString &title : {QStringLiteral("Kaava\x1b]0;pwned\x07"), QString(1001, u't')}) {
        item.insert(QStringLiteral("title"), title);
        items[0] = item;
        meeting.insert(QStringLiteral("items"), items);
        meetings[0] = meeting;
        root.insert(QStringLiteral("meetings"), meetings);
        const QString error = importError(target, QJsonDocument(root).toJson());
        INFO(error.toStdString());
        CHECK((error.contains(QStringLiteral("The title of an agenda item holds a character that cannot be kept (U+001b"))
               || error.contains(QStringLiteral("The title of an agenda item is 1,001 characters long"))));
        CHECK(storeBytes(target) == before);
    }
}

TEST_CASE("A body's usual place, time and signing, and a meeting's convening and cancellation go through export and import", "[exchange]")
{
    TestDir dir;
    auto original = createStore(dir.path(QStringLiteral("a.sqlite")));
    const Sample sample = addSample(*original);
    Body body = original->body(sample.body)->value();
    body.defaultPlace = QStringLiteral("Kunnantalo, kokoushuone 2");
    body.defaultStart = QTime(17, 30);
    body.signsElectronically = true;
    REQUIRE(original->updateBody(body).ok());
    const Meeting meeting = original->meeting(sample.meeting)->value();
    REQUIRE(original->conveneMeeting(meeting.id, meeting.plannedStart.date().addDays(-7)).ok());
    REQUIRE(original->cancelMeeting(meeting.id, QStringLiteral("Ei käsiteltäviä asioita.")).ok());
    const QByteArray first = exported(*original);
    const QJsonObject root = QJsonDocument::fromJson(first).object();
    CHECK(root.value(u"bodies")[0][u"defaultStart"].toString() == QStringLiteral("17:30"));
    CHECK(root.value(u"bodies")[0][u"signsElectronically"].toBool());
    CHECK(root.value(u"meetings")[0][u"convened"].toString()
          == meeting.plannedStart.date().addDays(-7).toString(Qt::ISODate));
    CHECK(root.value(u"meetings")[0][u"cancellationReason"].toString() == QStringLiteral("Ei käsiteltäviä asioita."));

    auto copy = createStore(dir.path(QStringLiteral("b.sqlite")));
    REQUIRE(Interchange::importJson(*copy, first).ok());
    CHECK(exported(*copy) == first);
    const Body copiedBody = copy->bodies()->first();
    CHECK(copiedBody.defaultPlace == QStringLiteral("Kunnantalo, kokoushuone 2"));
    CHECK(copiedBody.defaultStart == QTime(17, 30));
    CHECK(copiedBody.signsElectronically);
    const Meeting copied = copy->meetings()->first();
    CHECK(copied.state == MeetingState::Cancelled);
    CHECK(copied.cancellationReason == QStringLiteral("Ei käsiteltäviä asioita."));
    // Its agenda came with it, though a cancelled meeting takes no new items.
    CHECK(required(copy->agendaItems(copied.id)).size() == 2);
    CHECK(required(copy->check()).ok());

    // A time that is no time is refused by the schema, with where.
    auto target = createStore(dir.path(QStringLiteral("c.sqlite")));
    const auto refused = Interchange::importJson(*target, replaced(first, "\"defaultStart\": \"17:30\"", "\"defaultStart\": \"25:00\""));
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().startsWith(QStringLiteral("$.bodies[0].defaultStart: ")));
}

TEST_CASE("A cancelled meeting imports with its reason, a document older than reasons gives the store's words",
          "[exchange][bad-input]")
{
    TestDir dir;
    auto original = createStore(dir.path(QStringLiteral("a.sqlite")));
    const Sample sample = addSample(*original);
    REQUIRE(original->cancelMeeting(sample.meeting, QStringLiteral("Ei käsiteltäviä asioita.")).ok());
    const QByteArray document = exported(*original);
    const QByteArray reason = "\"cancellationReason\": \"Ei käsiteltäviä asioita.\"";

    // An empty reason, as Pykälä's exports wrote for meetings cancelled
    // before reasons were kept: the store's words for a reason not kept.
    auto empty = createStore(dir.path(QStringLiteral("tyhja.sqlite")));
    REQUIRE(Interchange::importJson(*empty, replaced(document, reason.constData(), "\"cancellationReason\": \" \"")).ok());
    CHECK(required(empty->meetings()).first().cancellationReason == Store::unrecordedCancellationReason());

    // A document written before the field existed has none: the meeting
    // comes in with the store's words for a reason not kept.
    auto older = createStore(dir.path(QStringLiteral("vanha.sqlite")));
    REQUIRE(Interchange::importJson(*older, replaced(document, (reason + ",").constData(), "")).ok());
    const Meeting imported = required(older->meetings()).first();
    CHECK(imported.state == MeetingState::Cancelled);
    CHECK(imported.cancellationReason == Store::unrecordedCancellationReason());
    CHECK(imported.cancellationReason.startsWith(QStringLiteral("Not recorded")));
    CHECK(required(older->agendaItems(imported.id)).size() == 2);
    CHECK(required(older->check()).ok());

    // A meeting of a store older than reasons (its row holds none) reads,
    // exports and imports again with the same words.
    const QString legacyPath = dir.path(QStringLiteral("a.sqlite"));
    original.reset();
    {
        RawConnection raw(legacyPath);
        REQUIRE(raw.exec(QStringLiteral("UPDATE meeting SET cancellation_reason = ''")));
    }
    auto legacy = openStore(legacyPath);
    CHECK(required(legacy->meeting(sample.meeting))->cancellationReason == Store::unrecordedCancellationReason());
    const QByteArray legacyDocument = exported(*legacy);
    auto copy = createStore(dir.path(QStringLiteral("kopio.sqlite")));
    REQUIRE(Interchange::importJson(*copy, legacyDocument).ok());
    CHECK(exported(*copy) == legacyDocument);
}

TEST_CASE("An imported meeting's convening day is checked like the store's own", "[exchange][bad-input]")
{
    TestDir dir;
    auto original = createStore(dir.path(QStringLiteral("a.sqlite")));
    const Sample sample = addSample(*original); // KH 12/2026 on 11.5.2026
    REQUIRE(original->conveneMeeting(sample.meeting, QDate(2026, 5, 4)).ok());
    const QByteArray document = exported(*original);
    const QString path = dir.path(QStringLiteral("b.sqlite"));
    createStore(path);
    const QByteArray before = storeBytes(path);
    CHECK(importError(path, replaced(document, "\"convened\": \"2026-05-04\"", "\"convened\": \"2026-05-12\""))
          == QStringLiteral("$.meetings[0]: The invitation cannot have gone out on 12.5.2026, after the meeting's day "
                            "11.5.2026. Give the day it was sent, on the meeting's day at the latest."));
    CHECK(importError(path, replaced(document, "\"convened\": \"2026-05-04\"", "\"convened\": \"2020-05-04\""))
          == QStringLiteral("$.meetings[0]: The invitation cannot have gone out on 4.5.2020, more than a year before the "
                            "meeting's day 11.5.2026. Give the day it was sent (check the year)."));
    CHECK(storeBytes(path) == before);
}

TEST_CASE("An imported personal deputy's membership lies within the member's seats, in any order the document gives",
          "[exchange][bad-input]")
{
    TestDir dir;
    auto original = createStore(dir.path(QStringLiteral("a.sqlite")));
    addSample(*original); // Pöyhönen deputy for Åberg, both 1.6.2025–31.5.2029
    const QJsonObject root = QJsonDocument::fromJson(exported(*original)).object();
    auto withMemberships = [&](const std::function<void(QJsonArray &)> &change) {
        QJsonObject changed = root;
        QJsonArray bodies = changed.value(u"bodies").toArray();
        QJsonObject body = bodies.at(0).toObject();
        QJsonArray memberships = body.value(u"memberships").toArray();
        change(memberships);
        body.insert(QStringLiteral("memberships"), memberships);
        bodies.replace(0, body);
        changed.insert(QStringLiteral("bodies"), bodies);
        return QJsonDocument(changed).toJson();
    };
    REQUIRE(root.value(u"bodies")[0][u"memberships"][2][u"role"].toString() == QStringLiteral("deputy"));

    // The deputy's membership beyond the member's: refused, where and why.
    const QString path = dir.path(QStringLiteral("b.sqlite"));
    createStore(path);
    const QByteArray before = storeBytes(path);
    CHECK(importError(path, withMemberships([](QJsonArray &memberships) {
              QJsonObject deputy = memberships.at(2).toObject();
              deputy.insert(QStringLiteral("validUntil"), QJsonValue(QJsonValue::Null));
              memberships.replace(2, deputy);
          }))
          == QStringLiteral("$.bodies[0].memberships[2]: Pekka Pöyhönen cannot be the personal deputy of Östen Åberg "
                            "in KH from 1.6.2025 on: Östen Åberg does not hold a seat in KH (as member, chair or vice "
                            "chair) for the whole of that period, and a personal deputy's membership lies within the "
                            "member's. Check the dates, or add the member's seat first."));
    CHECK(storeBytes(path) == before);

    // The deputy first and the member after: the seats come in first.
    auto copy = createStore(dir.path(QStringLiteral("c.sqlite")));
    const auto summary = Interchange::importJson(*copy, withMemberships([](QJsonArray &memberships) {
        const QJsonValue deputy = memberships.takeAt(2);
        memberships.prepend(deputy);
    }));
    INFO(summary.error().toStdString());
    REQUIRE(summary.ok());
    CHECK(summary->memberships == 3);
}

TEST_CASE("A meeting's export carries the seats its personal deputies lie within", "[exchange]")
{
    TestDir dir;
    auto store = createStore(dir.path(QStringLiteral("a.sqlite")));
    const Sample sample = addSample(*store); // KH 12/2026 on 11.5.2026
    // Salo is a member until 31.12.2025 and the vice chair after; Laine is her
    // personal deputy throughout.
    const qint64 salo = required(store->addPerson({0, QStringLiteral("Sanni"), QStringLiteral("Salo"), {}, {}, {}}));
    const qint64 laine = required(store->addPerson({0, QStringLiteral("Liisa"), QStringLiteral("Laine"), {}, {}, {}}));
    required(store->addMembership({0, sample.body, salo, MembershipRole::Member, 0, QDate(2025, 6, 1), QDate(2025, 12, 31)}));
    required(store->addMembership({0, sample.body, salo, MembershipRole::ViceChair, 0, QDate(2026, 1, 1), QDate(2029, 5, 31)}));
    required(store->addMembership({0, sample.body, laine, MembershipRole::Deputy, salo, QDate(2025, 6, 1), QDate(2029, 5, 31)}));

    const QByteArray json = exported(*store, sample.meeting);
    // The five memberships of the meeting's day, and Salo's earlier seat.
    const QJsonArray memberships = QJsonDocument::fromJson(json).object().value(u"bodies")[0][u"memberships"].toArray();
    CHECK(memberships.size() == 6);
    QStringList periods;
    for (const QJsonValue &m : memberships)
        periods << m[u"role"].toString() + QLatin1Char(' ') + m[u"validFrom"].toString();
    CHECK(periods.contains(QStringLiteral("member 2025-06-01")));
    CHECK(periods.count(QStringLiteral("member 2025-06-01")) == 2); // Åberg's and Salo's first seat
    auto copy = createStore(dir.path(QStringLiteral("b.sqlite")));
    const auto imported = Interchange::importJson(*copy, json);
    INFO(imported.error().toStdString());
    CHECK(imported.ok());
}

TEST_CASE("A body's item templates go with the whole store's export and are imported once", "[exchange][templates]")
{
    TestDir dir;
    auto original = createStore(dir.path(QStringLiteral("a.sqlite")));
    const Sample sample = addSample(*original);
    ItemTemplate notices;
    notices.bodyId = sample.body;
    notices.name = QStringLiteral("Ilmoitukset");
    notices.item.title = QStringLiteral("Ilmoitusasiat");
    notices.item.presenterPersonId = sample.chair;
    notices.item.proposal = QStringLiteral("<p>Merkitään tiedoksi.</p>");
    notices.item.preparers = {{QStringLiteral("Kaisa Koski"), QStringLiteral("hallintojohtaja"), {}}};
    notices.item.appealKind = AppealKind::NotAppealable;
    notices.item.language = Language::Swedish;
    REQUIRE(original->addItemTemplate(notices).ok());
    ItemTemplate staff = notices;
    staff.name = QStringLiteral("Henkilöstö");
    staff.item = {};
    staff.item.title = QStringLiteral("Henkilöstöasia");
    staff.item.publicity = Publicity::Confidential;
    staff.item.confidentialityBasis = LegalBasis::fromText(QStringLiteral("JulkL 24 § 1 mom. 32 k"));
    REQUIRE(original->addItemTemplate(staff).ok());

    const QByteArray first = exported(*original);
    const QJsonArray templates = QJsonDocument::fromJson(first).object().value(u"bodies")[0][u"itemTemplates"].toArray();
    REQUIRE(templates.size() == 2);
    CHECK(templates.at(0)[u"name"].toString() == QStringLiteral("Henkilöstö")); // by name
    CHECK(templates.at(1)[u"proposal"].toString() == QStringLiteral("<p>Merkitään tiedoksi.</p>"));
    CHECK(templates.at(1)[u"language"].toString() == QStringLiteral("sv"));
    // Not with one meeting.
    CHECK_FALSE(QJsonDocument::fromJson(exported(*original, sample.meeting)).object().value(u"bodies")[0].toObject()
                    .contains(u"itemTemplates"));

    auto copy = createStore(dir.path(QStringLiteral("b.sqlite")));
    CHECK(required(Interchange::importJson(*copy, first)).itemTemplates == 2);
    CHECK(exported(*copy) == first);
    const QList<ItemTemplate> copied = required(copy->itemTemplates(copy->bodies()->first().id));
    REQUIRE(copied.size() == 2);
    CHECK(copied.at(0).item.confidentialityBasis.text == QStringLiteral("JulkL 24 § 1 mom. 32 k"));
    CHECK(required(copy->person(copied.at(1).item.presenterPersonId))->familyName
          == required(original->person(sample.chair))->familyName);
    // Again (the register alone): the store's templates of those names
    // stay, nothing is added.
    QJsonObject registerOnly = QJsonDocument::fromJson(first).object();
    registerOnly.insert(QStringLiteral("meetings"), QJsonArray());
    CHECK(required(Interchange::importJson(*copy, QJsonDocument(registerOnly).toJson())).itemTemplates == 0);
    CHECK(required(copy->itemTemplates(copy->bodies()->first().id)).size() == 2);

    // Two of one name, or a presenter who is not there, are refused with where.
    auto target = createStore(dir.path(QStringLiteral("c.sqlite")));
    QString refused = Interchange::importJson(*target, replaced(first, "\"name\": \"Henkilöstö\"",
                                                                "\"name\": \"Ilmoitukset\""))
                          .error();
    CHECK(refused.startsWith(QStringLiteral("$.bodies[0].itemTemplates[1].name: ")));
    refused = Interchange::importJson(*target, replaced(first, "\"presenter\": 1,\n", "\"presenter\": 99,\n")).error();
    CHECK_THAT(refused.toStdString(), Catch::Contains("itemTemplates[1].presenter: no person has id 99"));
    refused = Interchange::importJson(*target, replaced(first, "\"name\": \"Henkilöstö\"", "\"name\": \"\"")).error();
    CHECK(refused.startsWith(QStringLiteral("$.bodies[0].itemTemplates[0].name: ")));
    CHECK(target->bodies()->isEmpty());
}

TEST_CASE("A version 1 document imports as it always did", "[exchange][cases]")
{
    // tests/data/interchange-v1.json was exported by Pykälä at format
    // version 1 (the store of tests/data/store-schema-16.sqlite): no case
    // register, items with their case references.
    QFile file(QStringLiteral(PYKALA_SOURCE_DIR "/tests/data/interchange-v1.json"));
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray v1 = file.readAll();
    TestDir dir;
    auto store = createStore(dir.path(QStringLiteral("a.sqlite")));
    const auto summary = Interchange::importJson(*store, v1);
    INFO(summary.error().toStdString());
    REQUIRE(summary.ok());
    CHECK(summary->items == 10);
    CHECK(summary->cases == 0);
    CHECK(summary->taskClasses == 0);

    // Exported again, it is the same document in version 2: an empty case
    // register, and no item of a case, with no extracts sent.
    QJsonObject expected = QJsonDocument::fromJson(v1).object();
    REQUIRE(expected.value(u"version").toInt() == 1);
    expected.insert(QStringLiteral("version"), 2);
    expected.insert(QStringLiteral("taskClasses"), QJsonArray());
    expected.insert(QStringLiteral("cases"), QJsonArray());
    // The bodies' package days, which version 1 did not have: 30.
    QJsonArray bodies = expected.value(u"bodies").toArray();
    for (qsizetype b = 0; b < bodies.size(); ++b) {
        QJsonObject body = bodies.at(b).toObject();
        body.insert(QStringLiteral("packageExpiryDays"), 30);
        bodies[b] = body;
    }
    expected.insert(QStringLiteral("bodies"), bodies);
    QJsonArray meetings = expected.value(u"meetings").toArray();
    for (qsizetype m = 0; m < meetings.size(); ++m) {
        QJsonObject meeting = meetings.at(m).toObject();
        QJsonArray items = meeting.value(u"items").toArray();
        for (qsizetype i = 0; i < items.size(); ++i) {
            QJsonObject item = items.at(i).toObject();
            item.insert(QStringLiteral("case"), QJsonValue::Null);
            item.insert(QStringLiteral("extractsSent"), QJsonArray());
            items[i] = item;
        }
        meeting.insert(QStringLiteral("items"), items);
        meetings[m] = meeting;
    }
    expected.insert(QStringLiteral("meetings"), meetings);
    CHECK(QJsonDocument::fromJson(exported(*store)).object() == expected);
}

TEST_CASE("The case register goes through export and import byte for byte", "[exchange][cases]")
{
    TestDir dir;
    const QString path = dir.path(QStringLiteral("v16.sqlite"));
    copyTestStore("store-schema-16", path);
    auto original = openStore(path);
    // A case destroyed; an item taken out of its case though its reference
    // still names it; a class of the store's own.
    const Case claim = required(original->findCase(QStringLiteral("340/00.04.02/2026")));
    required(original->destroyCaseRecords(claim.id, QDate(2037, 1, 1)));
    const Case review = required(original->findCase(QStringLiteral("339/10.02.00/2026")));
    const qint64 reviewItem = required(original->caseHandlings(review.id)).first().itemId;
    REQUIRE(original->linkItemToCase(reviewItem, 0).ok());
    TaskClass own{0, QStringLiteral("99.01"), QStringLiteral("Kunnan omat"), 3, Publicity::Confidential,
                  LegalBasis::fromText(QStringLiteral("JulkL 24 § 1 mom. 25 k")), true};
    required(original->addTaskClass(own));
    const QByteArray first = exported(*original);

    const QJsonObject root = QJsonDocument::fromJson(first).object();
    CHECK(root.value(u"version").toInt() == 2);
    const auto schema = JsonSchema::fromJson(Interchange::schemaJson());
    REQUIRE(schema.ok());
    CHECK(schema->validate(root).isEmpty());
    const QJsonArray cases = root.value(u"cases").toArray();
    REQUIRE(cases.size() == 8);
    CHECK(root.value(u"taskClasses").toArray().size() == 7);

    auto copy = createStore(dir.path(QStringLiteral("b.sqlite")));
    const auto summary = Interchange::importJson(*copy, first);
    INFO(summary.error().toStdString());
    REQUIRE(summary.ok());
    CHECK(summary->cases == 8);
    CHECK(summary->taskClasses == 7);
    CHECK(exported(*copy) == first);
    CHECK(copy->check()->ok());
    const Case copied = required(copy->findCase(QStringLiteral("340/00.04.02/2026")));
    CHECK(copied.destroyed == QDate(2037, 1, 1));
    CHECK(copied.parties.isEmpty());
    CHECK(required(copy->findCase(QStringLiteral("KUNTA:350/10.00.03/2026"))).parties.at(0).kind
          == PartyKind::Organisation);
    CHECK(required(copy->caseHandlings(required(copy->findCase(QStringLiteral("339/10.02.00/2026"))).id)).isEmpty());

    // One meeting's document carries the cases of its items and their
    // classes; imported into the store it came from, the cases are those.
    const qint64 meeting = required(original->meetings()).first().id;
    const QJsonObject one = QJsonDocument::fromJson(exported(*original, meeting)).object();
    CHECK(one.value(u"cases").toArray().size() == 6); // 339 was taken out, KUNTA:350 has no item
    CHECK(one.value(u"taskClasses").toArray().size() == 4);
}

TEST_CASE("A version 2 document with a broken case register is refused whole", "[exchange][cases][bad-input]")
{
    TestDir dir;
    const QString source = dir.path(QStringLiteral("v16.sqlite"));
    copyTestStore("store-schema-16", source);
    const QByteArray good = exported(*openStore(source));
    const QString target = dir.path(QStringLiteral("b.sqlite"));
    writeSampleStore(target);
    const QByteArray before = fileDigest(target);
    struct Bad
    {
        QByteArray json;
        const char *message;
    };
    const QList<Bad> bad{
        {replaced(good, "\"case\": 1,", "\"case\": 99,"), "no case has id 99"},
        {replaced(good, "\"diaryNumber\": \"337/00.01.00/2026\"", "\"diaryNumber\": \"337/0.1/2026\""),
         "$.cases[0].diaryNumber"},
        {replaced(good, "\"diaryNumber\": \"339/10.02.00/2026\"", "\"diaryNumber\": \"337/10.02.00/2026\""),
         "number 337/2026 is given to two cases"},
        {replaced(good, "\"method\": \"letter\"", "\"method\": \"pigeon\""), "method"},
        {replaced(good, "\"sent\": \"2026-01-26\"", "\"sent\": \"2026-01-02\""), "before its meeting"},
        {replaced(good, "\"retentionYears\": 10\n", "\"retentionYears\": 0\n"), "$.taskClasses"},
    };
    for (const Bad &one : bad) {
        INFO(one.message);
        CHECK_THAT(importError(target, one.json).toStdString(), Catch::Contains(one.message));
        CHECK(fileDigest(target) == before);
    }
}
