// The published site's open data: every OParl object validated against the
// official OParl 1.1 schemas (tests/data/oparl-1.1) with valijson, and the
// rules the specification's prose adds checked one by one; the Atom feed
// read back; nothing confidential anywhere.

#include <catch2/catch.hpp>

#include "testsupport.h"

#include "demo/demodata.h"
#include "documents/opendata.h"
#include "documents/publication.h"
#include "procedure/membershipchanges.h"

#include <valijson/adapters/qtjson_adapter.hpp>
#include <valijson/schema.hpp>
#include <valijson/schema_parser.hpp>
#include <valijson/validation_results.hpp>
#include <valijson/validator.hpp>

#include <QBuffer>
#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QXmlStreamReader>

#include <map>
#include <memory>

namespace {

const QString base = QStringLiteral("https://www.example.fi/paatokset/");
const QString typePrefix = QStringLiteral("https://schema.oparl.org/1.1/");

// What valijson found, one problem a line, or empty.
std::string problems(valijson::ValidationResults &results)
{
    std::string text;
    valijson::ValidationResults::Error error;
    while (results.popError(error)) {
        for (const std::string &part : error.context)
            text += part;
        text += ": " + error.description + "\n";
    }
    return text;
}

// The official schemas, each parsed once.
class OparlSchemas
{
public:
    OparlSchemas()
    {
        const QDir dir(QStringLiteral(PYKALA_SOURCE_DIR "/tests/data/oparl-1.1/schema"));
        for (const QString &name : dir.entryList({QStringLiteral("*.json")})) {
            const QJsonObject json = QJsonDocument::fromJson(readFile(dir.filePath(name))).object();
            REQUIRE_FALSE(json.isEmpty());
            auto schema = std::make_unique<valijson::Schema>();
            valijson::SchemaParser parser(valijson::SchemaParser::kDraft7);
            parser.populateSchema(valijson::adapters::QtJsonAdapter(json), *schema);
            const QString type = name.chopped(5);
            m_json.emplace(type, json);
            m_schemas.emplace(type, std::move(schema));
        }
        REQUIRE(m_schemas.size() == 12);
    }

    // Validates `object` against its type's schema, and every object it
    // embeds (the schemas' "schema" keyword names an embedded object's
    // type, which a JSON Schema validator does not follow) against theirs.
    void validate(const QJsonObject &object, const QString &where) const
    {
        const QString type = object.value(u"type").toString();
        INFO(where.toStdString() << ": " << QJsonDocument(object).toJson(QJsonDocument::Compact).left(400).toStdString());
        REQUIRE(type.startsWith(typePrefix));
        const QString name = type.mid(typePrefix.size());
        const auto schema = m_schemas.find(name);
        REQUIRE(schema != m_schemas.end());
        valijson::Validator validator;
        valijson::ValidationResults results;
        const bool valid = validator.validate(*schema->second, valijson::adapters::QtJsonAdapter(object), &results);
        INFO(problems(results));
        REQUIRE(valid);
        ++m_validated[name];
        const QJsonObject properties = m_json.at(name).value(u"properties").toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            // An object, or an array of objects; a list's address (a
            // string) names the type of the list's objects instead.
            const QJsonObject property = properties.value(it.key()).toObject();
            const QString kind = property.value(u"type").toString();
            const QString embedded = kind == u"object" ? property.value(u"schema").toString()
                : kind == u"array"                     ? property.value(u"items").toObject().value(u"schema").toString()
                                                       : QString();
            if (embedded.isEmpty())
                continue;
            const QString expected = typePrefix + embedded.chopped(5);
            const QJsonArray values = it->isArray() ? it->toArray() : QJsonArray{*it};
            for (const QJsonValue &value : values) {
                REQUIRE(value.toObject().value(u"type").toString() == expected);
                validate(value.toObject(), where + QStringLiteral(" › ") + it.key());
            }
        }
    }

    // The type of the objects of the list that `property` of `type` names.
    QString listType(const QString &type, const QString &property) const
    {
        const QJsonObject schema = m_json.at(type).value(u"properties").toObject().value(property).toObject();
        REQUIRE(schema.value(u"references").toString() == QStringLiteral("externalList"));
        return typePrefix + schema.value(u"items").toObject().value(u"schema").toString().chopped(5);
    }

    int validated(const QString &type) const
    {
        const auto found = m_validated.find(type);
        return found == m_validated.end() ? 0 : found->second;
    }

private:
    std::map<QString, QJsonObject> m_json;
    std::map<QString, std::unique_ptr<valijson::Schema>> m_schemas;
    mutable std::map<QString, int> m_validated;
};

// The project's schema of the 6Aika shapes, docs/paatos-api.schema.json:
// one validator per definition.
class PaatosSchema
{
public:
    PaatosSchema()
    {
        m_root = QJsonDocument::fromJson(readFile(QStringLiteral(PYKALA_SOURCE_DIR "/docs/paatos-api.schema.json"))).object();
        REQUIRE_FALSE(m_root.isEmpty());
    }

    void validate(const QString &definition, const QJsonObject &object, const QString &where)
    {
        auto found = m_schemas.find(definition);
        if (found == m_schemas.end()) {
            REQUIRE(m_root.value(u"definitions").toObject().contains(definition));
            QJsonObject root = m_root;
            root.insert(QStringLiteral("$ref"), QStringLiteral("#/definitions/") + definition);
            auto schema = std::make_unique<valijson::Schema>();
            valijson::SchemaParser parser(valijson::SchemaParser::kDraft7);
            parser.populateSchema(valijson::adapters::QtJsonAdapter(root), *schema);
            found = m_schemas.emplace(definition, std::move(schema)).first;
        }
        valijson::Validator validator;
        valijson::ValidationResults results;
        const bool valid = validator.validate(*found->second, valijson::adapters::QtJsonAdapter(object), &results);
        INFO(where.toStdString() << " as " << definition.toStdString() << ": "
                                 << QJsonDocument(object).toJson(QJsonDocument::Compact).left(400).toStdString() << "\n"
                                 << problems(results));
        REQUIRE(valid);
        ++m_validated[definition];
    }

    int validated(const QString &definition) const
    {
        const auto found = m_validated.find(definition);
        return found == m_validated.end() ? 0 : found->second;
    }

private:
    QJsonObject m_root;
    std::map<QString, std::unique_ptr<valijson::Schema>> m_schemas;
    std::map<QString, int> m_validated;
};

QString siteFile(const QString &site, const QString &url)
{
    REQUIRE(url.startsWith(base));
    return QDir(site).filePath(url.mid(base.size()));
}

QJsonObject readJson(const QString &path)
{
    INFO(path.toStdString());
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(readFile(path), &error);
    REQUIRE(error.error == QJsonParseError::NoError);
    REQUIRE(document.isObject());
    return document.object();
}

// Every URL of the site in an object (not the schema's type URLs) must be a
// file of the site; an object's own file holds it whole.
void requireLinksResolve(const QString &site, const QJsonValue &value)
{
    if (value.isString()) {
        const QString text = value.toString();
        if (text.startsWith(QStringLiteral("https://")) && !text.startsWith(typePrefix)) {
            INFO(text.toStdString());
            REQUIRE(text.startsWith(base));
            REQUIRE(QFile::exists(siteFile(site, QString(text).remove(QRegularExpression(QStringLiteral("#.*$"))))));
        }
    } else if (value.isArray()) {
        for (const QJsonValue &each : value.toArray())
            requireLinksResolve(site, each);
    } else if (value.isObject()) {
        for (const QJsonValue &each : value.toObject())
            requireLinksResolve(site, each);
    }
}

struct OparlTree
{
    QMap<QString, QJsonObject> objects; // by id, each as its own file has it
    QMap<QString, QList<QJsonObject>> lists; // by the first page's URL, its objects in order
};

// Reads and checks the whole tree from oparl/system.json down: the schemas
// and the rules of the specification's prose — created and modified on every
// object, created not after modified; a list is pages of data, pagination
// and links (first, last, self; prev and next where there are such pages),
// whose counts add up; an object's id is the address of its file, which
// holds the same object; embedded objects are those objects.
OparlTree readTree(const QString &site, const OparlSchemas &schemas)
{
    OparlTree tree;
    const auto checkObject = [&](const QJsonObject &object, const QString &where) {
        schemas.validate(object, where);
        const QString id = object.value(u"id").toString();
        INFO(id.toStdString());
        for (const char *stamp : {"created", "modified"})
            REQUIRE(object.contains(QString::fromLatin1(stamp)));
        const QDateTime created = QDateTime::fromString(object.value(u"created").toString(), Qt::ISODate);
        const QDateTime modified = QDateTime::fromString(object.value(u"modified").toString(), Qt::ISODate);
        REQUIRE(created.isValid());
        REQUIRE(modified.isValid());
        REQUIRE(created <= modified);
        REQUIRE(object.value(u"deleted").toBool() == false);
        // Its own file holds the same object.
        const QJsonObject own = readJson(siteFile(site, id));
        REQUIRE(own == object);
        tree.objects.insert(id, object);
        requireLinksResolve(site, object);
    };
    const auto readList = [&](const QString &first, const QString &type) {
        QList<QJsonObject> all;
        QString page = first;
        int number = 0, total = -1, pages = -1;
        QString previous;
        while (!page.isEmpty()) {
            ++number;
            INFO(page.toStdString());
            const QJsonObject list = readJson(siteFile(site, page));
            REQUIRE(list.keys() == QStringList{QStringLiteral("data"), QStringLiteral("links"), QStringLiteral("pagination")});
            const QJsonObject pagination = list.value(u"pagination").toObject();
            const QJsonObject links = list.value(u"links").toObject();
            if (total < 0) {
                total = pagination.value(u"totalElements").toInt(-1);
                pages = pagination.value(u"totalPages").toInt(-1);
            }
            REQUIRE(pagination.value(u"totalElements").toInt() == total);
            REQUIRE(pagination.value(u"totalPages").toInt() == pages);
            REQUIRE(pagination.value(u"currentPage").toInt() == number);
            REQUIRE(links.value(u"first").toString() == first);
            REQUIRE(links.value(u"self").toString() == page);
            REQUIRE(links.value(u"prev").toString() == previous);
            const QJsonArray data = list.value(u"data").toArray();
            REQUIRE(data.size() <= pagination.value(u"elementsPerPage").toInt());
            for (const QJsonValue &each : data) {
                REQUIRE(each.toObject().value(u"type").toString() == type);
                checkObject(each.toObject(), page);
                all.append(each.toObject());
            }
            previous = page;
            page = links.value(u"next").toString();
            if (page.isEmpty())
                REQUIRE(links.value(u"last").toString() == previous);
        }
        REQUIRE(number == pages);
        REQUIRE(all.size() == total);
        tree.lists.insert(first, all);
        return all;
    };

    const QJsonObject system = readJson(QDir(site).filePath(QStringLiteral("oparl/system.json")));
    checkObject(system, QStringLiteral("system"));
    REQUIRE(system.value(u"id").toString() == base + QStringLiteral("oparl/system.json"));
    REQUIRE(system.value(u"oparlVersion").toString() == QStringLiteral("https://schema.oparl.org/1.1/"));
    const QList<QJsonObject> bodies = readList(system.value(u"body").toString(),
                                               schemas.listType(QStringLiteral("System"), QStringLiteral("body")));
    REQUIRE(bodies.size() == 1);
    const QJsonObject body = bodies.first();
    REQUIRE(body.value(u"system").toString() == system.value(u"id").toString());
    for (const char *list : {"organization", "person", "meeting", "paper", "agendaItem", "consultation", "file",
                             "membership", "legislativeTermList"})
        readList(body.value(QString::fromLatin1(list)).toString(),
                 schemas.listType(QStringLiteral("Body"), QString::fromLatin1(list)));
    // The embedded objects are the objects at their addresses.
    for (const QJsonObject &object : std::as_const(tree.objects)) {
        for (const QJsonValue &value : object) {
            const QJsonArray values = value.isArray() ? value.toArray() : QJsonArray{value};
            for (const QJsonValue &each : values) {
                if (each.isObject()) {
                    INFO(each.toObject().value(u"id").toString().toStdString());
                    REQUIRE(tree.objects.value(each.toObject().value(u"id").toString()) == each.toObject());
                }
            }
        }
    }
    return tree;
}

// The 6Aika shapes under paatos/v1/: each kind's list pages (count, next,
// previous, results) and every object at its own address, validated with
// the project's schema; every address in them is a file of the site.
QMap<QString, QList<QJsonObject>> readPaatos(const QString &site, PaatosSchema &schema)
{
    QMap<QString, QList<QJsonObject>> kinds;
    for (const char *kind : {"organization", "post", "person", "membership", "event", "action", "case", "function"}) {
        const QString name = QString::fromLatin1(kind);
        QString page = base + QStringLiteral("paatos/v1/%1/index.json").arg(name);
        QString previous;
        QList<QJsonObject> all;
        int count = -1;
        while (!page.isEmpty()) {
            const QJsonObject list = readJson(siteFile(site, page));
            schema.validate(QStringLiteral("page"), list, page);
            if (count < 0)
                count = list.value(u"count").toInt();
            REQUIRE(list.value(u"count").toInt() == count);
            REQUIRE(list.value(u"previous").toString() == previous);
            for (const QJsonValue &each : list.value(u"results").toArray()) {
                const QJsonObject object = each.toObject();
                schema.validate(name, object, page);
                requireLinksResolve(site, object);
                // Its own file holds it.
                const QString own = object.contains(QStringLiteral("url"))
                    ? object.value(u"url").toString()
                    : base + QStringLiteral("paatos/v1/%1/%2.json").arg(name, object.value(u"id").toString());
                REQUIRE(readJson(siteFile(site, own)) == object);
                all.append(object);
            }
            previous = page;
            page = list.value(u"next").toString();
        }
        REQUIRE(all.size() == count);
        kinds.insert(name, all);
    }
    return kinds;
}

QStringList siteFiles(const QString &site)
{
    QStringList files;
    QDirIterator it(site, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext())
        files << QDir(site).relativeFilePath(it.next());
    files.sort();
    return files;
}

QMap<QString, QByteArray> siteBytes(const QString &site)
{
    QMap<QString, QByteArray> bytes;
    for (const QString &file : siteFiles(site))
        bytes.insert(file, readFile(QDir(site).filePath(file)));
    return bytes;
}

QList<QJsonObject> byType(const OparlTree &tree, const char *type)
{
    QList<QJsonObject> found;
    for (const QJsonObject &object : tree.objects) {
        if (object.value(u"type").toString() == typePrefix + QString::fromLatin1(type))
            found.append(object);
    }
    return found;
}

} // namespace

TEST_CASE("A council term runs from 1 June of an election year for four years, the 2021 term from 1 August",
          "[opendata][term]")
{
    using MembershipChanges::councilTermOf;
    const auto term = [](int y1, int m1, int d1, int y2, int m2, int d2) {
        return std::pair<QDate, QDate>{QDate(y1, m1, d1), QDate(y2, m2, d2)};
    };
    CHECK(councilTermOf(QDate(2026, 12, 5)) == term(2025, 6, 1, 2029, 5, 31));
    CHECK(councilTermOf(QDate(2025, 6, 1)) == term(2025, 6, 1, 2029, 5, 31));
    CHECK(councilTermOf(QDate(2025, 5, 31)) == term(2021, 8, 1, 2025, 5, 31));
    CHECK(councilTermOf(QDate(2021, 8, 1)) == term(2021, 8, 1, 2025, 5, 31));
    CHECK(councilTermOf(QDate(2021, 7, 31)) == term(2017, 6, 1, 2021, 7, 31));
    CHECK(councilTermOf(QDate(2017, 5, 31)) == term(2013, 6, 1, 2017, 5, 31));
    CHECK(councilTermOf(QDate(2029, 6, 1)) == term(2029, 6, 1, 2033, 5, 31));
}

TEST_CASE("The site's OParl tree follows the OParl 1.1 schemas and its prose, and holds nothing confidential",
          "[opendata][oparl]")
{
    TestDir dir;
    auto store = createStore(dir.path(QStringLiteral("s.sqlite")));
    const RecordedMeeting fixture = recordMeeting(*store);
    // A public attachment of a public item, and one of the confidential item.
    Attachment plan;
    plan.itemId = fixture.items.at(2).id;
    plan.name = QStringLiteral("Asemapiirros.pdf");
    plan.mediaType = QStringLiteral("application/pdf");
    plan.content = QByteArrayLiteral("%PDF-1.4 asemapiirros");
    required(store->addAttachment(plan));
    Attachment claim;
    claim.itemId = fixture.items.at(3).id;
    claim.name = QStringLiteral("Korvaushakemus.pdf");
    claim.mediaType = QStringLiteral("application/pdf");
    claim.content = QByteArrayLiteral("%PDF-1.4 ") + RecordedMeeting::secretCanary.toUtf8();
    required(store->addAttachment(claim));
    // The body's next meeting, convened: its agenda only.
    const Meeting next = addUnheldMeeting(*store, fixture.meeting);

    const QString site = dir.path(QStringLiteral("site"));
    const auto published = Publication::publishSite(*store, site, QStringLiteral("https://www.example.fi/paatokset"),
                                                    QDate(2026, 6, 1));
    INFO(published.error().toStdString());
    REQUIRE(published.ok());
    CHECK(published->meetings == 2);
    CHECK(published->laidOut == 2);

    const OparlSchemas schemas;
    const OparlTree tree = readTree(site, schemas);
    for (const char *type : {"System", "Body", "Organization", "Person", "Membership", "LegislativeTerm", "Meeting",
                             "AgendaItem", "File"})
        CHECK(schemas.validated(QString::fromLatin1(type)) > 0);

    // The meetings: the held one with its minutes, the next one with its agenda.
    const QList<QJsonObject> meetings = tree.lists.value(base + QStringLiteral("oparl/body/1/meeting.json"));
    REQUIRE(meetings.size() == 2);
    const QJsonObject held = meetings.at(0);
    CHECK(held.value(u"name").toString() == QStringLiteral("Kunnanhallitus 12/2026"));
    // Opened two minutes late: the local wall-clock time, with its offset.
    CHECK(held.value(u"start").toString().startsWith(QStringLiteral("2026-05-11T16:02:00")));
    CHECK(QDateTime::fromString(held.value(u"start").toString(), Qt::ISODate)
          == QDateTime(QDate(2026, 5, 11), QTime(16, 2)));
    CHECK(held.value(u"invitation").toObject().value(u"accessUrl").toString()
          == base + QStringLiteral("KH/2026-12/KH-12-2026-esityslista.pdf"));
    CHECK(held.value(u"resultsProtocol").toObject().value(u"accessUrl").toString()
          == base + QStringLiteral("KH/2026-12/KH-12-2026-poytakirja.pdf"));
    CHECK(meetings.at(1).value(u"name").toString() == QStringLiteral("Kunnanhallitus 13/2026"));
    CHECK_FALSE(meetings.at(1).contains(QStringLiteral("resultsProtocol")));
    CHECK(meetings.at(1).value(u"web").toString() == base + QStringLiteral("KH/2026-13/index.html"));
    // Each published file's size and digest are those of the file served.
    for (const QJsonObject &file : byType(tree, "File")) {
        const QByteArray bytes = readFile(siteFile(site, file.value(u"accessUrl").toString()));
        CHECK(file.value(u"size").toInteger() == bytes.size());
        CHECK(file.value(u"sha512Checksum").toString()
              == QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha512).toHex()));
    }

    // The items: the confidential one by its number and title, no decision,
    // not public, no attachment; a public one with its decision.
    const QJsonArray items = held.value(u"agendaItem").toArray();
    REQUIRE(items.size() == 6);
    const QJsonObject secret = items.at(3).toObject();
    CHECK(secret.value(u"name").toString() == QStringLiteral("Vahingonkorvausvaatimus"));
    CHECK(secret.value(u"number").toString() == QStringLiteral("§ 4"));
    CHECK(secret.value(u"public").toBool() == false);
    CHECK_FALSE(secret.contains(QStringLiteral("resolutionText")));
    CHECK_FALSE(secret.contains(QStringLiteral("auxiliaryFile")));
    const QJsonObject daycare = items.at(2).toObject();
    CHECK(daycare.value(u"public").toBool());
    CHECK(daycare.value(u"result").toString() == QStringLiteral("adopted-as-proposed"));
    CHECK_FALSE(secret.contains(QStringLiteral("result")));
    // The roll call: Mäkelä, Åström and Lahti JAA, Öhman and Virtanen EI.
    CHECK(daycare.value(u"resolutionText").toString() == QStringLiteral("Kunnanhallitus hyväksyi pohjaehdotuksen äänin 3–2."));
    REQUIRE(daycare.value(u"auxiliaryFile").toArray().size() == 1);
    CHECK(daycare.value(u"auxiliaryFile").toArray().first().toObject().value(u"name").toString()
          == QStringLiteral("Asemapiirros.pdf"));
    // The held meeting's agenda and minutes and one attachment, and the next
    // meeting's agenda.
    CHECK(byType(tree, "File").size() == 4);

    // The people: names and memberships, no contacts; the deputy stands in
    // for her member, without a vote of her own.
    const QList<QJsonObject> persons = byType(tree, "Person");
    CHECK(persons.size() == 8);
    for (const QJsonObject &person : persons) {
        CHECK_FALSE(person.contains(QStringLiteral("email")));
        CHECK_FALSE(person.contains(QStringLiteral("phone")));
    }
    const auto lahti = std::find_if(persons.cbegin(), persons.cend(), [](const QJsonObject &person) {
        return person.value(u"name").toString() == QStringLiteral("Fanni Lahti");
    });
    REQUIRE(lahti != persons.cend());
    const QJsonObject deputy = lahti->value(u"membership").toArray().first().toObject();
    CHECK(deputy.value(u"role").toString() == QStringLiteral("varajäsen"));
    CHECK(deputy.value(u"votingRight").toBool() == false);
    CHECK(deputy.value(u"startDate").toString() == QStringLiteral("2025-06-01"));
    CHECK(deputy.value(u"endDate").toString() == QStringLiteral("2029-05-31"));
    CHECK_FALSE(deputy.value(u"onBehalfOf").toString().isEmpty());
    // The council term of the meetings.
    const QList<QJsonObject> terms = byType(tree, "LegislativeTerm");
    REQUIRE(terms.size() == 1);
    CHECK(terms.first().value(u"startDate").toString() == QStringLiteral("2025-06-01"));
    CHECK(terms.first().value(u"endDate").toString() == QStringLiteral("2029-05-31"));

    // The same in the 6Aika shapes.
    PaatosSchema paatosSchema;
    const auto paatos = readPaatos(site, paatosSchema);
    CHECK(paatos.value(QStringLiteral("event")).size() == 2);
    CHECK(paatos.value(QStringLiteral("person")).size() == 8);
    CHECK(paatos.value(QStringLiteral("organization")).size() == 2); // the municipality and its board
    // The board's posts: the roles its memberships hold, each once.
    QStringList posts;
    for (const QJsonObject &post : paatos.value(QStringLiteral("post")))
        posts << post.value(u"id").toString().section(u'-', 1);
    CHECK(posts == QStringList{QStringLiteral("chair"), QStringLiteral("vice-chair"), QStringLiteral("member"),
                               QStringLiteral("deputy"), QStringLiteral("secretary"), QStringLiteral("presenter")});
    const auto action = [&](qint64 id) {
        for (const QJsonObject &one : paatos.value(QStringLiteral("action"))) {
            if (one.value(u"id").toInteger() == id)
                return one;
        }
        FAIL("no action " << id);
        return QJsonObject();
    };
    // The confidential item: its title, no contents, no attachments, no
    // resolution; the roll call's item: its texts and how it was decided.
    const QJsonObject secretAction = action(fixture.items.at(3).id);
    CHECK(secretAction.value(u"title").toString() == QStringLiteral("Vahingonkorvausvaatimus"));
    CHECK(secretAction.value(u"article_number").toString() == QStringLiteral("4"));
    CHECK(secretAction.value(u"contents").toArray().isEmpty());
    CHECK(secretAction.value(u"attachments").toArray().isEmpty());
    CHECK(secretAction.value(u"resolution").isNull());
    const QJsonObject daycareAction = action(fixture.items.at(2).id);
    CHECK(daycareAction.value(u"resolution").toString() == QStringLiteral("adopted-as-proposed"));
    QStringList types;
    for (const QJsonValue &content : daycareAction.value(u"contents").toArray())
        types << content.toObject().value(u"type").toString();
    CHECK(types == QStringList{QStringLiteral("background"), QStringLiteral("draft resolution"),
                               QStringLiteral("proceedings"), QStringLiteral("resolution")});
    CHECK(daycareAction.value(u"contents").toArray().first().toObject().value(u"hypertext").toString().contains(
        QStringLiteral("[henkilötieto poistettu]")));
    REQUIRE(daycareAction.value(u"attachments").toArray().size() == 1);
    // The plot: JAA for the base proposal 3, EI for Öhman's counter-proposal 1.
    CHECK(action(fixture.items.at(4).id).value(u"resolution").toString() == QStringLiteral("adopted-as-proposed"));
    // The opening items were decided as proposed, without a vote.
    CHECK(action(fixture.items.at(0).id).value(u"resolution").toString() == QStringLiteral("adopted-as-proposed"));
    for (const char *definition : {"organization", "post", "person", "membership", "event", "action", "page"})
        CHECK(paatosSchema.validated(QString::fromLatin1(definition)) > 0);

    // Nothing confidential and no personal data in any file of the site.
    for (const QString &file : siteFiles(site)) {
        const QByteArray bytes = readFile(QDir(site).filePath(file));
        INFO(file.toStdString());
        for (const QString &canary : {RecordedMeeting::secretCanary, RecordedMeeting::personalCanary,
                                      QStringLiteral("Meikäläinen")}) {
            CHECK_FALSE(bytes.contains(canary.toUtf8()));
            CHECK_FALSE(bytes.contains(QJsonDocument(QJsonArray{canary}).toJson(QJsonDocument::Compact).mid(2).chopped(2)));
        }
    }

    // The accessibility statement: the site, the day, the registry's contact,
    // linked from every page of the site.
    const QString statement = QString::fromUtf8(readFile(QDir(site).filePath(QStringLiteral("saavutettavuusseloste.html"))));
    CHECK(statement.contains(QStringLiteral("<h1>Saavutettavuusseloste</h1>")));
    CHECK(statement.contains(QStringLiteral("<a href=\"https://www.example.fi/paatokset/\">")));
    CHECK(statement.contains(QStringLiteral("päivitetty 1.6.2026")));
    CHECK(statement.contains(QStringLiteral("<a href=\"mailto:kirjaamo@testila.fi\">")));
    CHECK(statement.contains(QStringLiteral("Kunnantie 1<br>")));
    for (const QString &page : {QStringLiteral("index.html"), QStringLiteral("KH/2026-12/index.html"),
                                QStringLiteral("KH/2026-12/KH-12-2026-poytakirja.html")}) {
        INFO(page.toStdString());
        const QString up = page.count(u'/') == 2 ? QStringLiteral("../../") : QString();
        CHECK(readFile(QDir(site).filePath(page)).contains(
            QStringLiteral("<footer>\n<p><a href=\"%1saavutettavuusseloste.html\">").arg(up).toUtf8()));
    }

    // Before the minutes' day of publication the site has the agendas only.
    const QString early = dir.path(QStringLiteral("early"));
    REQUIRE(Publication::publishSite(*store, early, base, QDate(2026, 5, 12)).ok());
    const OparlTree agendas = readTree(early, schemas);
    for (const QJsonObject &meeting : byType(agendas, "Meeting"))
        CHECK_FALSE(meeting.contains(QStringLiteral("resultsProtocol")));
    for (const QJsonObject &item : byType(agendas, "AgendaItem"))
        CHECK_FALSE(item.contains(QStringLiteral("resolutionText")));
    CHECK_FALSE(QFile::exists(QDir(early).filePath(QStringLiteral("KH/2026-12/KH-12-2026-poytakirja.pdf"))));
    (void)next;
}

TEST_CASE("A demo archive's site: cases as papers with their consultations, lists in pages, the same bytes again",
          "[opendata][oparl]")
{
    TestDir dir;
    auto store = createStore(dir.path(QStringLiteral("s.sqlite")));
    DemoData::Options demo;
    demo.bodies = 2;
    demo.years = 1;
    demo.seed = 3;
    demo.asOf = QDate(2026, 9, 15);
    REQUIRE(DemoData::generate(*store, demo).ok());
    const QString site = dir.path(QStringLiteral("site"));
    const auto published = Publication::publishSite(*store, site, base, demo.asOf);
    INFO(published.error().toStdString());
    REQUIRE(published.ok());

    const OparlSchemas schemas;
    const OparlTree tree = readTree(site, schemas);
    for (const char *type : {"Paper", "Consultation"})
        CHECK(schemas.validated(QString::fromLatin1(type)) > 0);
    // More items than one page holds: the list runs over pages.
    CHECK(tree.lists.value(base + QStringLiteral("oparl/body/1/agendaItem.json")).size() > 100);
    // Each paper's consultations are its handlings at the published meetings,
    // the last one deciding a decided case; each names the paper back.
    int multiple = 0;
    for (const QJsonObject &paper : byType(tree, "Paper")) {
        const QJsonArray consultations = paper.value(u"consultation").toArray();
        REQUIRE_FALSE(consultations.isEmpty());
        if (consultations.size() > 1)
            ++multiple;
        for (const QJsonValue &consultation : consultations) {
            CHECK(consultation.toObject().value(u"paper").toString() == paper.value(u"id").toString());
            const QJsonObject item = tree.objects.value(consultation.toObject().value(u"agendaItem").toString());
            CHECK(item.value(u"consultation").toString() == consultation.toObject().value(u"id").toString());
            CHECK(item.value(u"meeting").toString() == consultation.toObject().value(u"meeting").toString());
        }
        CHECK(paper.value(u"reference").toString().contains(QRegularExpression(QStringLiteral("^\\d+/\\d\\d\\.\\d\\d\\.\\d\\d/\\d{4}$"))));
    }
    CHECK(multiple > 0); // the board prepares the council's cases

    // The 6Aika shapes: every case's actions name the case back, every
    // event's actions name the event.
    PaatosSchema paatosSchema;
    const auto paatos = readPaatos(site, paatosSchema);
    for (const char *definition : {"case", "function", "action", "event"})
        CHECK(paatosSchema.validated(QString::fromLatin1(definition)) > 0);
    QHash<QString, QJsonObject> actions;
    for (const QJsonObject &one : paatos.value(QStringLiteral("action")))
        actions.insert(one.value(u"url").toString(), one);
    CHECK(actions.size() == tree.lists.value(base + QStringLiteral("oparl/body/1/agendaItem.json")).size());
    for (const QJsonObject &one : paatos.value(QStringLiteral("case"))) {
        for (const QJsonValue &handling : one.value(u"actions").toArray())
            CHECK(actions.value(handling.toString()).value(u"case").toString() == one.value(u"url").toString());
    }
    for (const QJsonObject &one : paatos.value(QStringLiteral("event"))) {
        for (const QJsonValue &handling : one.value(u"actions").toArray())
            CHECK(actions.value(handling.toString()).value(u"event").toString() == one.value(u"url").toString());
    }
    CHECK(paatos.value(QStringLiteral("case")).size() == byType(tree, "Paper").size());

    // Published again from the same record: the same bytes, no PDF laid out.
    const QMap<QString, QByteArray> before = siteBytes(site);
    const auto again = Publication::publishSite(*store, site, base, demo.asOf);
    REQUIRE(again.ok());
    CHECK(again->laidOut == 0);
    CHECK(siteBytes(site) == before);
}

TEST_CASE("The Atom feed names the newest published minutes and their public decisions", "[opendata][atom]")
{
    TestDir dir;
    auto store = createStore(dir.path(QStringLiteral("s.sqlite")));
    const RecordedMeeting fixture = recordMeeting(*store);
    const QString site = dir.path(QStringLiteral("site"));
    REQUIRE(Publication::publishSite(*store, site, base, QDate(2026, 6, 1)).ok());
    const QString feed = QDir(site).filePath(QStringLiteral("feed.atom"));
    // Well-formed XML, by a parser nobody here wrote.
    QProcess xmllint;
    xmllint.start(QStringLiteral("xmllint"), {QStringLiteral("--noout"), feed});
    REQUIRE(xmllint.waitForFinished(30000));
    INFO(xmllint.readAllStandardError().toStdString());
    REQUIRE(xmllint.exitCode() == 0);

    QXmlStreamReader xml(readFile(feed));
    QStringList titles, summaries;
    QSet<QString> ids;
    int entries = 0;
    bool feedHasId = false, feedHasUpdated = false;
    QString element;
    int depth = 0;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            ++depth;
            REQUIRE(xml.namespaceUri() == QStringLiteral("http://www.w3.org/2005/Atom"));
            element = xml.name().toString();
            if (element == u"entry")
                ++entries;
            if (depth == 2 && element == u"id")
                feedHasId = true;
            if (depth == 2 && element == u"updated")
                feedHasUpdated = true;
        } else if (xml.isEndElement()) {
            --depth;
        } else if (xml.isCharacters() && !xml.isWhitespace()) {
            if (depth == 3 && element == u"title")
                titles << xml.text().toString();
            if (depth == 3 && element == u"summary")
                summaries << xml.text().toString();
            if (depth == 3 && element == u"id") {
                REQUIRE_FALSE(ids.contains(xml.text().toString()));
                ids.insert(xml.text().toString());
            }
            if (depth == 3 && element == u"updated")
                REQUIRE(QDateTime::fromString(xml.text().toString(), Qt::ISODate).isValid());
        }
    }
    REQUIRE_FALSE(xml.hasError());
    CHECK(feedHasId);
    CHECK(feedHasUpdated);
    // The minutes, then the five public items' decisions; not the
    // confidential one's.
    CHECK(entries == 6);
    CHECK(titles.size() == 6);
    CHECK(titles.first() == QStringLiteral("Kunnanhallitus, pöytäkirja 12/2026"));
    CHECK(titles.at(4) == QStringLiteral("Kunnanhallitus 12/2026 § 5 Tontin myynti"));
    for (const QString &title : std::as_const(titles))
        CHECK_FALSE(title.contains(QStringLiteral("Vahingonkorvausvaatimus")));
    for (const QString &summary : std::as_const(summaries))
        CHECK_FALSE(summary.contains(RecordedMeeting::secretCanary));
    (void)fixture;
}

TEST_CASE("A site is refused a bad address or another folder, and a failure or cancel leaves it as it was",
          "[opendata][bad-input]")
{
    TestDir dir;
    auto store = createStore(dir.path(QStringLiteral("s.sqlite")));
    const RecordedMeeting fixture = recordMeeting(*store);
    const QString site = dir.path(QStringLiteral("site"));
    for (const char *bad : {"", "www.example.fi/paatokset", "ftp://example.fi/", "https:///paatokset",
                            "https://example.fi/?page=1", "https://user@example.fi/", "https://example.fi/#x"}) {
        INFO(bad);
        const auto refused = Publication::publishSite(*store, site, QString::fromLatin1(bad), QDate(2026, 6, 1));
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().contains(QStringLiteral("--base-url")));
        CHECK_FALSE(QFile::exists(site));
    }
    // A folder of someone else's files is not touched.
    const QString other = dir.path(QStringLiteral("other"));
    REQUIRE(QDir().mkpath(other));
    writeFile(QDir(other).filePath(QStringLiteral("notes.txt")), "mine");
    const auto refused = Publication::publishSite(*store, other, base, QDate(2026, 6, 1));
    REQUIRE_FALSE(refused.ok());
    CHECK(siteFiles(other) == QStringList{QStringLiteral("notes.txt")});

    // The accessibility statement says where feedback goes: without the
    // registry's contact the site is refused.
    Organisation organisation = required(store->organisation()).value();
    Organisation noContact = organisation;
    noContact.registryAddress.clear();
    noContact.registryEmail.clear();
    REQUIRE(store->setOrganisation(noContact).ok());
    const auto uncontactable = Publication::publishSite(*store, site, base, QDate(2026, 6, 1));
    REQUIRE_FALSE(uncontactable.ok());
    CHECK(uncontactable.error().contains(QStringLiteral("--email")));
    CHECK_FALSE(QFile::exists(site));
    REQUIRE(store->setOrganisation(organisation).ok());

    REQUIRE(Publication::publishSite(*store, site, base, QDate(2026, 6, 1)).ok());
    const QMap<QString, QByteArray> before = siteBytes(site);
    // Cancelled halfway: the site as it was, nothing left beside it.
    AgendaItem changed = fixture.items.at(4);
    changed.title = QStringLiteral("Tontin myynti Asemanseudulta");
    REQUIRE(store->updateAgendaItem(changed).ok());
    const auto cancelled = Publication::publishSite(*store, site, base, QDate(2026, 6, 1),
                                                    [](int done, int) { return done < 1; });
    REQUIRE_FALSE(cancelled.ok());
    CHECK(siteBytes(site) == before);
    const QStringList beside = QDir(dir.path(QString())).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
    CHECK(beside.filter(QStringLiteral(".site-")).isEmpty());
    // An attachment that cannot be published fails the whole site.
    Attachment page;
    page.itemId = fixture.items.at(4).id;
    page.name = QStringLiteral("kartta.html");
    page.mediaType = QStringLiteral("text/html");
    page.content = QByteArrayLiteral("<script>alert(1)</script>");
    const qint64 pageId = required(store->addAttachment(page));
    const auto unsafe = Publication::publishSite(*store, site, base, QDate(2026, 6, 1));
    REQUIRE_FALSE(unsafe.ok());
    CHECK(unsafe.error().contains(QStringLiteral("kartta.html")));
    CHECK(siteBytes(site) == before);
    REQUIRE(store->removeAttachment(pageId).ok());

    // Published again: only the changed meeting is laid out, and its new
    // title is in its pages and the open data.
    const auto again = Publication::publishSite(*store, site, base, QDate(2026, 6, 1));
    REQUIRE(again.ok());
    CHECK(again->laidOut == 1);
    CHECK(readFile(QDir(site).filePath(QStringLiteral("KH/2026-12/KH-12-2026-poytakirja.html")))
              .contains("Tontin myynti Asemanseudulta"));
    CHECK(readJson(QDir(site).filePath(QStringLiteral("oparl/agendaItem/%1.json").arg(changed.id)))
              .value(u"name").toString() == changed.title);

    // A change the pages do not show but the PDF files do — the logo in
    // their header — lays them out again too.
    const QByteArray minutesBefore = readFile(QDir(site).filePath(QStringLiteral("KH/2026-12/KH-12-2026-poytakirja.pdf")));
    QImage logo(40, 40, QImage::Format_RGB32);
    logo.fill(Qt::darkBlue);
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    REQUIRE(logo.save(&buffer, "PNG"));
    Organisation withLogo = required(store->organisation()).value();
    withLogo.logo = png;
    withLogo.logoMediaType = QStringLiteral("image/png");
    REQUIRE(store->setOrganisation(withLogo).ok());
    const auto relaid = Publication::publishSite(*store, site, base, QDate(2026, 6, 1));
    REQUIRE(relaid.ok());
    CHECK(relaid->laidOut == 1);
    CHECK(readFile(QDir(site).filePath(QStringLiteral("KH/2026-12/KH-12-2026-poytakirja.pdf"))) != minutesBefore);
}

TEST_CASE("pykala-cli publish without a meeting writes the site, and says what is missing", "[opendata][cli]")
{
    TestDir dir;
    const QString path = dir.path(QStringLiteral("s.sqlite"));
    {
        auto store = createStore(path);
        recordMeeting(*store);
    }
    const QString site = dir.path(QStringLiteral("site"));
    expectCliRefused(runCliOn(path, {QStringLiteral("publish"), QStringLiteral("-o"), site}), 2, "--base-url");
    expectCliRefused(runCliOn(path, {QStringLiteral("publish"), QStringLiteral("-o"), site, QStringLiteral("--base-url"),
                                     QStringLiteral("example.fi")}),
                     1, "--base-url");
    expectCliRefused(runCliOn(path, {QStringLiteral("publish"), QStringLiteral("-o"), site, QStringLiteral("--base-url"),
                                     base, QStringLiteral("--as-of"), QStringLiteral("1.6.2026")}),
                     2, "--as-of");
    CHECK_FALSE(QFile::exists(site));
    const CliRun run = runCliOn(path, {QStringLiteral("publish"), QStringLiteral("-o"), site, QStringLiteral("--base-url"),
                                       base, QStringLiteral("--as-of"), QStringLiteral("2026-06-01")});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    CHECK(run.out.contains(QStringLiteral("1 meeting(s), 1 laid out anew")));
    CHECK(QFile::exists(QDir(site).filePath(QStringLiteral("oparl/system.json"))));
    CHECK(QFile::exists(QDir(site).filePath(QStringLiteral("KH/2026-12/KH-12-2026-poytakirja.pdf"))));
    CHECK(readFile(QDir(site).filePath(QStringLiteral("index.html"))).contains("href=\"KH/2026-12/index.html\""));
}
