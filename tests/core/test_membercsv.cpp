// Members of bodies from a spreadsheet saved as CSV (MemberCsv). Every
// expected value is worked out by hand from the file the test writes.

#include <catch2/catch.hpp>

#include "testsupport.h"

#include "exchange/membercsv.h"

#include <QHash>

#include <initializer_list>

namespace {

const char *const header = "toimielin;etunimi;sukunimi;rooli;varajäsen kenelle;alkaen;päättyen;sähköposti;puhelin;"
                           "arvo tai ammatti";

// A file of lines, each ended as Excel ends them.
QByteArray csv(std::initializer_list<const char *> lines, const char *end = "\r\n")
{
    QByteArray bytes;
    for (const char *line : lines)
        bytes += QByteArray(line) + end;
    return bytes;
}

struct Bodies
{
    qint64 kh = 0;
    qint64 kv = 0;
};

Bodies addBodies(Store &store)
{
    Bodies bodies;
    bodies.kh = required(store.addBody({0, QStringLiteral("Kunnanhallitus"), QStringLiteral("KH"), BodyKind::Board,
                                        QuorumRule::MoreThanHalf, QStringLiteral("Kommunstyrelsen")}));
    bodies.kv = required(store.addBody({0, QStringLiteral("Kunnanvaltuusto"), QStringLiteral("KV"),
                                        BodyKind::Council, QuorumRule::TwoThirds, QStringLiteral("Fullmäktige")}));
    return bodies;
}

qint64 addPerson(Store &store, const char *given, const char *family, const char *email = "",
                 const char *title = "")
{
    return required(store.addPerson({0, QString::fromUtf8(given), QString::fromUtf8(family), QString::fromUtf8(title),
                                     QString::fromUtf8(email), QString()}));
}

QString personName(const Store &store, qint64 id)
{
    return required(store.person(id))->displayName();
}

// The store's memberships as a person reads them, in the store's order:
// "KH deputy Pekka Pöyhönen for Aino Mäkelä 2025-06-01..2027-05-31".
std::string membershipLines(const Store &store)
{
    QHash<qint64, QString> bodies;
    for (const Body &body : required(store.bodies()))
        bodies.insert(body.id, body.shortName);
    QStringList lines;
    for (const Membership &membership : required(store.memberships())) {
        QString line = bodies.value(membership.bodyId) + QLatin1Char(' ') + Codes::code(membership.role)
            + QLatin1Char(' ') + personName(store, membership.personId);
        if (membership.deputyForPersonId)
            line += QStringLiteral(" for ") + personName(store, membership.deputyForPersonId);
        line += QLatin1Char(' ') + membership.validFrom.toString(Qt::ISODate) + QStringLiteral("..")
            + membership.validUntil.toString(Qt::ISODate);
        lines.append(line);
    }
    return lines.join(QLatin1Char('\n')).toStdString();
}

std::string personLines(const Store &store)
{
    QStringList lines;
    for (const Person &person : required(store.persons()))
        lines.append(QStringList{QString::number(person.id), person.givenName, person.familyName, person.title,
                                 person.email, person.phone}
                         .join(QLatin1Char('|')));
    return lines.join(QLatin1Char('\n')).toStdString();
}

// All an import could change: to show that a refused one changed nothing.
struct Snapshot
{
    qint64 auditEntries = 0;
    std::string persons;
    std::string memberships;
};

Snapshot snapshot(const Store &store)
{
    return {required(store.check()).auditEntries, personLines(store), membershipLines(store)};
}

void checkUnchanged(const Store &store, const Snapshot &before)
{
    const Snapshot now = snapshot(store);
    CHECK(now.auditEntries == before.auditEntries);
    CHECK(now.persons == before.persons);
    CHECK(now.memberships == before.memberships);
}

std::string problemLines(const MemberCsv::Problems &problems)
{
    QStringList lines;
    for (const MemberCsv::Problem &problem : problems.problems)
        lines.append(problem.text());
    return lines.join(QLatin1Char('\n')).toStdString();
}

// The problems of a file that must be refused, one line each; the store is
// left as it was.
std::string refused(Store &store, const QByteArray &bytes)
{
    const Snapshot before = snapshot(store);
    const auto result = MemberCsv::import(store, bytes);
    CHECK_FALSE(result.ok());
    CHECK_FALSE(result.value.has_value());
    checkUnchanged(store, before);
    return problemLines(result);
}

MemberCsv::Summary imported(Store &store, const QByteArray &bytes, const MemberCsv::Options &options = {})
{
    const auto result = MemberCsv::import(store, bytes, options);
    INFO(result.message().toStdString());
    REQUIRE(result.ok());
    return *result.value;
}

std::string names(const QStringList &list)
{
    return list.join(QStringLiteral(", ")).toStdString();
}

} // namespace

TEST_CASE("The example file, UTF-8 with a byte order mark, semicolons and CRLF, imports with its personal deputies",
          "[membercsv]")
{
    const QByteArray bytes = readFile(QStringLiteral(PYKALA_SOURCE_DIR "/docs/examples/jasenet.csv"));
    // As Excel's "CSV UTF-8" writes it.
    REQUIRE(bytes.startsWith("\xEF\xBB\xBFToimielin;Etunimi;"));
    REQUIRE(bytes.count("\r\n") == 14);
    REQUIRE(bytes.count('\n') == 14);

    TestDir dir;
    auto store = createStore(dir.path(QStringLiteral("s.sqlite")));
    addBodies(*store);
    const qint64 auditBefore = required(store->check()).auditEntries;

    const MemberCsv::Summary summary = imported(*store, bytes);
    CHECK(summary.encoding == QStringLiteral("UTF-8"));
    CHECK(summary.separator == QLatin1Char(';'));
    CHECK(summary.rows == 12); // the row of empty cells at the end is not one
    CHECK(names(summary.personsAdded)
          == "Aino Mäkelä, Östen Åberg, Liisa Laine, Matti Niemi, Pekka Pöyhönen, Sari Sjöberg, Juha Lahti, "
             "Kaisa Kivi, Riitta Rantanen, Ville Vesa");
    CHECK(summary.personsMatched.isEmpty());
    CHECK(summary.membershipsAdded == 12);
    CHECK(summary.membershipsSkipped == 0);
    CHECK(summary.written);

    // In the store's order: by body, then chair, vice chair, members,
    // deputies, presenter, secretary. Kaisa Kivi's row names her member
    // "Niemi Matti", family name first; Aino Mäkelä's KV row gives no
    // e-mail address and is the same person as her KH row.
    CHECK(membershipLines(*store)
          == "KH chair Aino Mäkelä 2025-06-01..2027-05-31\n"
             "KH vice-chair Östen Åberg 2025-06-01..2027-05-31\n"
             "KH member Liisa Laine 2025-06-01..2027-05-31\n"
             "KH member Matti Niemi 2025-06-01..2027-05-31\n"
             "KH deputy Pekka Pöyhönen for Aino Mäkelä 2025-06-01..2027-05-31\n"
             "KH deputy Sari Sjöberg for Östen Åberg 2025-06-01..2027-05-31\n"
             "KH deputy Juha Lahti for Liisa Laine 2025-06-01..2027-05-31\n"
             "KH deputy Kaisa Kivi for Matti Niemi 2025-06-01..2027-05-31\n"
             "KH presenter Riitta Rantanen 2025-06-01..\n"
             "KH secretary Ville Vesa 2025-06-01..\n"
             "KV chair Liisa Laine 2025-06-01..2029-05-31\n"
             "KV member Aino Mäkelä 2025-06-01..2029-05-31");
    const QList<Person> persons = required(store->persons());
    REQUIRE(persons.size() == 10);
    CHECK(persons.at(0).email == QStringLiteral("aino.makela@example.fi"));
    CHECK(persons.at(0).phone == QStringLiteral("040 111 1111"));
    CHECK(persons.at(0).title == QStringLiteral("yrittäjä"));
    CHECK(persons.at(2).title == QStringLiteral("sairaanhoitaja, TtM")); // quoted, with the other separator
    // One audit entry for each person and each membership, all in one go.
    CHECK(required(store->check()).auditEntries == auditBefore + 22);
    CHECK(required(store->check()).ok());

    SECTION("Importing it again adds nothing")
    {
        const Snapshot before = snapshot(*store);
        const MemberCsv::Summary again = imported(*store, bytes);
        CHECK(again.personsAdded.isEmpty());
        CHECK(names(again.personsMatched)
              == "Aino Mäkelä, Östen Åberg, Liisa Laine, Matti Niemi, Pekka Pöyhönen, Sari Sjöberg, Juha Lahti, "
                 "Kaisa Kivi, Riitta Rantanen, Ville Vesa");
        CHECK(again.membershipsAdded == 0);
        CHECK(again.membershipsSkipped == 12);
        checkUnchanged(*store, before);
    }
}

TEST_CASE("A Windows-1252 file separated by commas, with quoted cells, imports with its letters", "[membercsv]")
{
    // As Excel on a Swedish-language Windows writes "CSV": Windows-1252,
    // and here commas. Ö = D6, Å = C5, ä = E4, ö = F6, å = E5, – = 96 and
    // € = 80 (both in the range where Windows-1252 is not Latin-1).
    const QByteArray bytes = "Organ,F\xF6rnamn,Efternamn,Roll,Ers\xE4ttare f\xF6r,Fr\xE5n,Till,E-post,Titel\r\n"
                             "KH,\xD6sten,\xC5" "berg,ledamot,,2025-06-01,2027-05-31,osten@example.fi,"
                             "\"l\xE4rare, FM \x96 \"\"rektor\"\"\"\r\n"
                             "kommunstyrelsen,S\xF6ren,H\xE4kkinen,ers\xE4ttare,\xD6sten \xC5" "berg,2025-06-01,"
                             "2027-05-31,,\"ekonom\r\ncontroller\"\r\n"
                             "Fullm\xE4ktige,\xC5sa,\xD6hman,ordf\xF6rande,,1.6.2025,,,\x80-ansvarig\r\n";
    const auto read = MemberCsv::parse(bytes);
    INFO(read.message().toStdString());
    REQUIRE(read.ok());
    CHECK(read.value->encoding == QStringLiteral("Windows-1252"));
    CHECK(read.value->separator == QLatin1Char(','));
    CHECK(read.value->header.join(u'|') == QStringLiteral("Organ|Förnamn|Efternamn|Roll|Ersättare för|Från|Till|E-post|Titel"));
    REQUIRE(read.value->rows.size() == 3);
    CHECK(read.value->rows.at(0)[MemberCsv::Column::Title] == QStringLiteral("lärare, FM – \"rektor\""));
    // A line break inside a cell is a space; the row after it is row 4.
    CHECK(read.value->rows.at(1)[MemberCsv::Column::Title] == QStringLiteral("ekonom controller"));
    CHECK(read.value->rows.at(2).number == 4);
    CHECK(read.value->rows.at(2)[MemberCsv::Column::Title] == QStringLiteral("€-ansvarig"));

    TestDir dir;
    auto store = createStore(dir.path(QStringLiteral("s.sqlite")));
    addBodies(*store);
    const MemberCsv::Summary summary = imported(*store, bytes);
    CHECK(summary.encoding == QStringLiteral("Windows-1252"));
    CHECK(names(summary.personsAdded) == "Östen Åberg, Sören Häkkinen, Åsa Öhman");
    CHECK(summary.membershipsAdded == 3);
    CHECK(membershipLines(*store)
          == "KH member Östen Åberg 2025-06-01..2027-05-31\n"
             "KH deputy Sören Häkkinen for Östen Åberg 2025-06-01..2027-05-31\n"
             "KV chair Åsa Öhman 2025-06-01..");
    CHECK(required(store->persons()).at(0).title == QStringLiteral("lärare, FM – \"rektor\""));
    CHECK(required(store->persons()).at(0).email == QStringLiteral("osten@example.fi"));

    SECTION("A byte Windows-1252 leaves undefined is a control character, refused where it stands")
    {
        const QByteArray bad = "Organ,F\xF6rnamn,Efternamn,Roll,Fr\xE5n\r\nKH,A\x81no,M\xE4kel\xE4,ledamot,1.6.2025\r\n";
        CHECK(refused(*store, bad)
              == "Row 2, column \"Förnamn\": the given name of a person holds a character that cannot be kept "
                 "(U+0081 at character 2): control characters other than newline and tab, and characters lost "
                 "on the way in, are refused. Remove it and try again.");
    }
}

TEST_CASE("Reading: separators, quotes, line ends, blank rows and header names", "[membercsv]")
{
    using MemberCsv::Column;

    SECTION("';' is the separator of a header with no ',', whatever the rows hold; CR alone ends a line too")
    {
        const QByteArray bytes = csv({"toimielin;etunimi;sukunimi;rooli;alkaen;arvo tai ammatti",
                                      "KH;Aino;Mäkelä;jäsen;1.6.2025;opettaja, FM",
                                      "",
                                      ";;;;;",
                                      "KH;\"Östen\nÅke\";Åberg;jäsen;1.6.2025;\"rehtori\r\n\"\"vt.\"\"\"",
                                      "KH;  Liisa   ;Laine;jäsen;2025-06-01;",
                                      "",
                                      ""},
                                     "\r");
        const auto read = MemberCsv::parse(bytes);
        INFO(read.message().toStdString());
        REQUIRE(read.ok());
        const MemberCsv::Sheet &sheet = *read.value;
        CHECK(sheet.encoding == QStringLiteral("UTF-8"));
        CHECK(sheet.separator == QLatin1Char(';'));
        REQUIRE(sheet.rows.size() == 3);
        // Blank rows are passed over but counted, as the spreadsheet counts them.
        CHECK(sheet.rows.at(0).number == 2);
        CHECK(sheet.rows.at(1).number == 5);
        CHECK(sheet.rows.at(2).number == 6);
        CHECK(sheet.rows.at(0)[Column::Title] == QStringLiteral("opettaja, FM"));
        CHECK(sheet.rows.at(1)[Column::GivenName] == QStringLiteral("Östen Åke"));
        CHECK(sheet.rows.at(1)[Column::Title] == QStringLiteral("rehtori \"vt.\""));
        CHECK(sheet.rows.at(2)[Column::GivenName] == QStringLiteral("Liisa"));
        CHECK(sheet.rows.at(2)[Column::ValidFrom] == QStringLiteral("2025-06-01"));
        CHECK_FALSE(sheet.has(Column::DeputyFor));
        CHECK(sheet.columnName(Column::DeputyFor) == QStringLiteral("varajäsen kenelle"));
        CHECK(sheet.columnName(Column::Title) == QStringLiteral("arvo tai ammatti"));
    }

    SECTION("',' is the separator when the header holds more of them; names in any case, spaces trimmed")
    {
        const QByteArray bytes = csv({"  BODY , Given Name,FAMILY NAME,Role,From,\"Deputy for\",e-mail",
                                      "KH,Aino \"Ani\",Mäkelä,member,2025-06-01,,aino@example.fi"},
                                     "\n");
        const auto read = MemberCsv::parse(bytes);
        INFO(read.message().toStdString());
        REQUIRE(read.ok());
        CHECK(read.value->separator == QLatin1Char(','));
        CHECK(read.value->header.join(u'|') == QStringLiteral("BODY|Given Name|FAMILY NAME|Role|From|Deputy for|e-mail"));
        CHECK(read.value->columnName(Column::DeputyFor) == QStringLiteral("Deputy for"));
        REQUIRE(read.value->rows.size() == 1);
        // A quote in the middle of a cell opens nothing: it is a letter.
        CHECK(read.value->rows.at(0)[Column::GivenName] == QStringLiteral("Aino \"Ani\""));
    }

    SECTION("Swedish header names; a UTF-8 file without a byte order mark")
    {
        const QByteArray bytes = csv({"Organ;Förnamn;Efternamn;Roll;Ersättare för;Från;Till;E-post;Telefon;Titel",
                                      "KH;Åsa;Öhman;ersättare;Östen Åberg;1.6.2025;31.5.2027;;;"});
        const auto read = MemberCsv::parse(bytes);
        REQUIRE(read.ok());
        CHECK(read.value->encoding == QStringLiteral("UTF-8"));
        for (int c = 0; c < MemberCsv::columnCount; ++c)
            CHECK(read.value->has(Column(c)));
        CHECK(read.value->rows.at(0)[Column::DeputyFor] == QStringLiteral("Östen Åberg"));
    }

    SECTION("Role words in Finnish, Swedish and English and the store's codes")
    {
        CHECK(MemberCsv::roleOf(QStringLiteral("Puheenjohtaja")) == MembershipRole::Chair);
        CHECK(MemberCsv::roleOf(QStringLiteral("pj.")) == MembershipRole::Chair);
        CHECK(MemberCsv::roleOf(QStringLiteral("ordförande")) == MembershipRole::Chair);
        CHECK(MemberCsv::roleOf(QStringLiteral("  VARAPUHEENJOHTAJA ")) == MembershipRole::ViceChair);
        CHECK(MemberCsv::roleOf(QStringLiteral("vice ordförande")) == MembershipRole::ViceChair);
        CHECK(MemberCsv::roleOf(QStringLiteral("vice-chair")) == MembershipRole::ViceChair);
        CHECK(MemberCsv::roleOf(QStringLiteral("jäsen")) == MembershipRole::Member);
        CHECK(MemberCsv::roleOf(QStringLiteral("ledamot")) == MembershipRole::Member);
        CHECK(MemberCsv::roleOf(QStringLiteral("henkilökohtainen varajäsen")) == MembershipRole::Deputy);
        CHECK(MemberCsv::roleOf(QStringLiteral("ersättare")) == MembershipRole::Deputy);
        CHECK(MemberCsv::roleOf(QStringLiteral("deputy")) == MembershipRole::Deputy);
        CHECK(MemberCsv::roleOf(QStringLiteral("pöytäkirjanpitäjä")) == MembershipRole::Secretary);
        CHECK(MemberCsv::roleOf(QStringLiteral("sekreterare")) == MembershipRole::Secretary);
        CHECK(MemberCsv::roleOf(QStringLiteral("föredragande")) == MembershipRole::Presenter);
        CHECK(MemberCsv::roleOf(QStringLiteral("presenter")) == MembershipRole::Presenter);
        CHECK_FALSE(MemberCsv::roleOf(QStringLiteral("johtaja")).has_value());
        CHECK_FALSE(MemberCsv::roleOf(QString()).has_value());
    }
}

TEST_CASE("Personal deputies stand in for a member of the same body, in the file or the store", "[membercsv]")
{
    TestDir dir;
    auto store = createStore(dir.path(QStringLiteral("s.sqlite")));
    const Bodies bodies = addBodies(*store);
    const qint64 aino = addPerson(*store, "Aino", "Mäkelä");
    const qint64 ville = addPerson(*store, "Ville", "Vesa");
    const qint64 olli = addPerson(*store, "Olli", "Vanha");
    required(store->addMembership({0, bodies.kh, aino, MembershipRole::Member, 0, {2025, 6, 1}, {2027, 5, 31}}));
    required(store->addMembership({0, bodies.kh, ville, MembershipRole::Secretary, 0, {2025, 6, 1}, {}}));
    required(store->addMembership({0, bodies.kh, olli, MembershipRole::Member, 0, {2021, 6, 1}, {2025, 5, 31}}));

    SECTION("Every way a deputy row can be wrong, each named by row and column")
    {
        CHECK(refused(*store, csv({header,
                                   "KH;Pekka;Pöyhönen;varajäsen;aino mäkelä;1.6.2025;31.5.2027;;;",
                                   "KH;Sari;Sjöberg;varajäsen;Ville Vesa;1.6.2025;31.5.2027;;;",
                                   "KH;Juha;Lahti;varajäsen;;1.6.2025;31.5.2027;;;",
                                   "KH;Kaisa;Kivi;jäsen;Aino Mäkelä;1.6.2025;31.5.2027;;;",
                                   "KH;Kalle;Korhonen;jäsen;;1.6.2025;31.5.2027;;;",
                                   "KH;Kalle;Korhonen;varajäsen;Korhonen, Kalle;1.6.2025;31.5.2027;;;",
                                   "KH;Tiina;Talvi;varajäsen;Olli Vanha;1.6.2025;31.5.2027;;;",
                                   "KV;Pekka;Pöyhönen;varajäsen;Aino Mäkelä;1.6.2025;;;;"}))
              == "Row 3, column \"varajäsen kenelle\": \"Ville Vesa\" is not a member of KH in this file or in the "
                 "store; a personal deputy stands in for a member, the chair or a vice chair of the same body.\n"
                 "Row 4, column \"varajäsen kenelle\": a deputy (varajäsen) must name the member they stand in "
                 "for.\n"
                 "Row 5, column \"varajäsen kenelle\": only a deputy (varajäsen) names a member they stand in for; "
                 "this row's role is \"jäsen\".\n"
                 "Row 7, column \"varajäsen kenelle\": a person cannot be their own deputy.\n"
                 "Row 8, column \"varajäsen kenelle\": \"Olli Vanha\" does not hold a seat in KH for the whole of "
                 "this deputy's membership (1.6.2025–31.5.2027), and a personal deputy's membership lies within the "
                 "member's; check the dates.\n"
                 "Row 9, column \"varajäsen kenelle\": \"Aino Mäkelä\" is not a member of KV in this file or in "
                 "the store; a personal deputy stands in for a member, the chair or a vice chair of the same body.");
    }

    SECTION("A deputy's membership lies within the member's seats, in the file and the store")
    {
        // Aino Mäkelä is a member until 31.5.2027: a deputy until 31.5.2029,
        // or with no end, would stand in for no one for two years.
        const QByteArray beyond = csv({header, "KH;Pekka;Pöyhönen;varajäsen;Aino Mäkelä;1.6.2025;31.5.2029;;;",
                                       "KH;Sari;Sjöberg;varajäsen;Aino Mäkelä;1.6.2026;;;;"});
        CHECK(refused(*store, beyond)
              == "Row 2, column \"varajäsen kenelle\": \"Aino Mäkelä\" does not hold a seat in KH for the whole of "
                 "this deputy's membership (1.6.2025–31.5.2029), and a personal deputy's membership lies within the "
                 "member's; check the dates.\n"
                 "Row 3, column \"varajäsen kenelle\": \"Aino Mäkelä\" does not hold a seat in KH for the whole of "
                 "this deputy's membership (from 1.6.2026), and a personal deputy's membership lies within the "
                 "member's; check the dates.");
        CHECK(required(store->memberships(bodies.kh)).size() == 3);
        // With her seat as chair from 1.6.2027 in the file, the two seats
        // back to back hold the deputy's four years.
        const MemberCsv::Summary summary =
            imported(*store, csv({header, "KH;Pekka;Pöyhönen;varajäsen;Aino Mäkelä;1.6.2025;31.5.2029;;;",
                                  "KH;Aino;Mäkelä;puheenjohtaja;;1.6.2027;31.5.2029;;;"}));
        CHECK(summary.membershipsAdded == 2);
        CHECK(membershipLines(*store)
              == "KH chair Aino Mäkelä 2027-06-01..2029-05-31\n"
                 "KH member Olli Vanha 2021-06-01..2025-05-31\n"
                 "KH member Aino Mäkelä 2025-06-01..2027-05-31\n"
                 "KH deputy Pekka Pöyhönen for Aino Mäkelä 2025-06-01..2029-05-31\n"
                 "KH secretary Ville Vesa 2025-06-01..");
    }

    SECTION("A deputy of a member whose own row has a problem waits for that row to be put right")
    {
        CHECK(refused(*store, csv({header,
                                   "KH;Matti;Niemi;jäsen;;1.6.20255;;;;",
                                   "KH;Kaisa;Kivi;varajäsen;Matti Niemi;1.6.2025;;;;",
                                   "KH;Jussi;Järvi;jäsen;;1.6.2025;;jussi(at)example.fi;;",
                                   "KH;Juha;Lahti;varajäsen;Jussi Järvi;1.6.2025;;;;"}))
              == "Row 2, column \"alkaen\": \"1.6.20255\" is not a date; write it as 1.6.2025 or 2025-06-01.\n"
                 "Row 4, column \"sähköposti\": \"jussi(at)example.fi\" is not an e-mail address.");
    }

    SECTION("A file without the column cannot hold a deputy")
    {
        CHECK(refused(*store, csv({"toimielin;etunimi;sukunimi;rooli;alkaen",
                                   "KH;Pekka;Pöyhönen;varajäsen;1.6.2025"}))
              == "Row 2, column \"rooli\": a deputy must name the member they stand in for, but the file has no "
                 "column for it (varajäsen kenelle, kenen varajäsen, ersättare för, personlig ersättare för, "
                 "deputy for, personal deputy for).");
    }

    SECTION("Two members of the same name: the e-mail address says which")
    {
        const QByteArray ambiguous = csv({header,
                                          "KH;Matti;Virtanen;jäsen;;1.6.2025;;matti.a@example.fi;;",
                                          "KH;Matti;Virtanen;jäsen;;1.6.2025;;matti.b@example.fi;;",
                                          "KH;Erkki;Esa;varajäsen;Matti Virtanen;1.6.2025;;;;"});
        CHECK(refused(*store, ambiguous)
              == "Row 4, column \"varajäsen kenelle\": \"Matti Virtanen\" names 2 members of KH; write the e-mail "
                 "address of the one meant instead.");
        const MemberCsv::Summary summary = imported(*store, QByteArray(ambiguous).replace(
                                                                "Matti Virtanen;1.6", "MATTI.B@example.fi;1.6"));
        CHECK(names(summary.personsAdded) == "Matti Virtanen, Matti Virtanen, Erkki Esa");
        const QList<Person> persons = required(store->persons());
        const auto matti = std::find_if(persons.cbegin(), persons.cend(), [](const Person &p) {
            return p.email == QStringLiteral("matti.b@example.fi");
        });
        REQUIRE(matti != persons.cend());
        const QList<Membership> memberships = required(store->memberships(bodies.kh));
        const auto deputy = std::find_if(memberships.cbegin(), memberships.cend(),
                                         [](const Membership &m) { return m.role == MembershipRole::Deputy; });
        REQUIRE(deputy != memberships.cend());
        CHECK(deputy->deputyForPersonId == matti->id);
        CHECK(personName(*store, deputy->personId) == QStringLiteral("Erkki Esa"));
    }

    SECTION("A deputy for a member stored, and for the chair in the same file")
    {
        const MemberCsv::Summary summary =
            imported(*store, csv({header,
                                  "KH;Pekka;Pöyhönen;varajäsen;Mäkelä Aino;1.6.2025;31.5.2027;;;",
                                  "KV;Sari;Sjöberg;varajäsen;Liisa Laine;1.6.2025;;;;",
                                  "KV;Liisa;Laine;puheenjohtaja;;1.6.2025;;;;"}));
        CHECK(summary.membershipsAdded == 3);
        CHECK(membershipLines(*store)
              == "KH member Olli Vanha 2021-06-01..2025-05-31\n"
                 "KH member Aino Mäkelä 2025-06-01..2027-05-31\n"
                 "KH deputy Pekka Pöyhönen for Aino Mäkelä 2025-06-01..2027-05-31\n"
                 "KH secretary Ville Vesa 2025-06-01..\n"
                 "KV chair Liisa Laine 2025-06-01..\n"
                 "KV deputy Sari Sjöberg for Liisa Laine 2025-06-01..");
    }
}

TEST_CASE("Persons are matched with the store by full name and e-mail address", "[membercsv]")
{
    TestDir dir;
    auto store = createStore(dir.path(QStringLiteral("s.sqlite")));
    addBodies(*store);
    const qint64 aino = addPerson(*store, "Aino", "Mäkelä", "", "yrittäjä");
    addPerson(*store, "Matti", "Virtanen", "a@x.example.fi");
    const qint64 mattiB = addPerson(*store, "Matti", "Virtanen", "b@y.example.fi");
    addPerson(*store, "Liisa", "Laine", "liisa@old.example.fi");
    const char *const head = "toimielin;etunimi;sukunimi;rooli;alkaen;sähköposti;arvo tai ammatti";

    SECTION("Same name and address; failing that, same name and no address; a namesake elsewhere is new")
    {
        const MemberCsv::Summary summary =
            imported(*store, csv({head,
                                  "KH;AINO;mäkelä;jäsen;1.6.2025;aino@example.fi;",
                                  "KH;Matti;Virtanen;jäsen;1.6.2025;B@Y.example.fi;",
                                  "KH;Liisa;Laine;jäsen;1.6.2025;liisa@new.example.fi;",
                                  "KV;Aino;Mäkelä;jäsen;1.6.2025;;opettaja"}));
        CHECK(names(summary.personsMatched) == "Aino Mäkelä, Matti Virtanen");
        CHECK(names(summary.personsAdded) == "Liisa Laine");
        CHECK(summary.membershipsAdded == 4);
        const QList<Membership> memberships = required(store->memberships());
        QList<qint64> members;
        for (const Membership &membership : memberships)
            members.append(membership.personId);
        CHECK(members.count(aino) == 2);
        CHECK(members.count(mattiB) == 1);
        // A person matched keeps what the store has: no address, the old title.
        const Person stored = required(store->person(aino)).value();
        CHECK(stored.email.isEmpty());
        CHECK(stored.title == QStringLiteral("yrittäjä"));
        const QList<Person> persons = required(store->persons());
        REQUIRE(persons.size() == 5);
        CHECK(persons.last().email == QStringLiteral("liisa@new.example.fi"));
        CHECK(persons.last().familyName == QStringLiteral("Laine"));
    }

    SECTION("Ambiguous matches are refused, naming the row")
    {
        CHECK(refused(*store, csv({head, "KH;Matti;Virtanen;jäsen;1.6.2025;;"}))
              == "Row 2, column \"sähköposti\": the store has 2 persons called Matti Virtanen (a@x.example.fi, "
                 "b@y.example.fi), and the row does not say which one is meant; give the e-mail address the store "
                 "has for them.");
        CHECK(refused(*store, csv({head,
                                   "KV;Eeva;Esa;jäsen;1.6.2025;e1@example.fi;",
                                   "KH;Eeva;Esa;jäsen;1.6.2025;e2@example.fi;",
                                   "KH;eeva;esa;sihteeri;1.6.2025;;"}))
              == "Row 4, column \"sähköposti\": the file names 2 persons called eeva esa, with different e-mail "
                 "addresses: e1@example.fi (row 2), e2@example.fi (row 3). Give this row's e-mail address to say "
                 "which one is meant.");
        CHECK(refused(*store, csv({head,
                                   "KH;Aino;Mäkelä;jäsen;1.6.2025;a1@example.fi;",
                                   "KV;Aino;Mäkelä;jäsen;1.6.2025;a2@example.fi;"}))
              == "Row 3, column \"sähköposti\": this Aino Mäkelä and the one on row 2 have different e-mail "
                 "addresses, but both would be the store's Aino Mäkelä, who has none; give the store's person an "
                 "e-mail address first, or correct the file.");
    }

    SECTION("A person's title and phone are one, however often the file names them")
    {
        CHECK(refused(*store, csv({header,
                                   "KH;Pekka;Pöyhönen;jäsen;;1.6.2025;;;040 123 4567;opettaja",
                                   "KV;Pekka;Pöyhönen;jäsen;;1.6.2025;;;0401234567;",
                                   "KH;Pekka;Pöyhönen;sihteeri;;1.6.2021;31.5.2025;;;rehtori"}))
              == "Row 4, column \"arvo tai ammatti\": row 2 gives \"opettaja\" for Pekka Pöyhönen; a person has one "
                 "title and one phone number: write the same on each row, or leave the cell empty.");
    }
}

TEST_CASE("Every kind of bad row is refused, named by its row and column, and nothing is imported", "[membercsv]")
{
    TestDir dir;
    auto store = createStore(dir.path(QStringLiteral("s.sqlite")));
    const Bodies bodies = addBodies(*store);
    const qint64 aino = addPerson(*store, "Aino", "Mäkelä");
    required(store->addMembership({0, bodies.kh, aino, MembershipRole::Member, 0, {2025, 6, 1}, {2027, 5, 31}}));
    const auto bad = [&](const char *row) { return refused(*store, csv({header, row})); };

    CHECK(bad("XX;Aino;Mäkelä;jäsen;;1.6.2025;;;;")
          == "Row 2, column \"toimielin\": there is no body \"XX\" in the store; the bodies are KV "
             "(Kunnanvaltuusto), KH (Kunnanhallitus).");
    CHECK(bad(";Aino;Mäkelä;jäsen;;1.6.2025;;;;")
          == "Row 2, column \"toimielin\": the body is empty; write its short name, such as KH, or its name.");
    CHECK(bad("KH;;Mäkelä;jäsen;;1.6.2025;;;;") == "Row 2, column \"etunimi\": the given name is empty.");
    CHECK(bad("KH;Aino;;jäsen;;1.6.2025;;;;") == "Row 2, column \"sukunimi\": the family name is empty.");
    CHECK(bad("KH;Aino;Mäkelä;johtaja;;1.6.2025;;;;")
          == "Row 2, column \"rooli\": \"johtaja\" is not a role; the roles are puheenjohtaja, varapuheenjohtaja, "
             "jäsen, varajäsen, sihteeri and esittelijä (or the same in Swedish or English).");
    CHECK(bad("KH;Aino;Mäkelä;;;1.6.2025;;;;")
          == "Row 2, column \"rooli\": the role is empty; write jäsen, varajäsen, puheenjohtaja, varapuheenjohtaja, "
             "sihteeri or esittelijä.");
    CHECK(bad("KH;Aino;Mäkelä;jäsen;;6/1/2025;;;;")
          == "Row 2, column \"alkaen\": \"6/1/2025\" is not a date; write it as 1.6.2025 or 2025-06-01.");
    CHECK(bad("KH;Aino;Mäkelä;jäsen;;31.2.2025;;;;")
          == "Row 2, column \"alkaen\": \"31.2.2025\" is not a day of the calendar.");
    CHECK(bad("KH;Aino;Mäkelä;jäsen;;1.6.0225;;;;")
          == "Row 2, column \"alkaen\": 225 is not a year of a membership; check the date.");
    CHECK(bad("KH;Aino;Mäkelä;jäsen;;;;;;")
          == "Row 2, column \"alkaen\": the day the membership starts is empty; write it as 1.6.2025 or "
             "2025-06-01.");
    CHECK(bad("KH;Aino;Mäkelä;jäsen;;1.6.2025;1.1.2025;;;")
          == "Row 2, column \"päättyen\": the membership would end (1.1.2025) before it starts (1.6.2025).");
    CHECK(bad("KH;Aino;Mäkelä;jäsen;;1.6.2025;;aino(at)example.fi;;")
          == "Row 2, column \"sähköposti\": \"aino(at)example.fi\" is not an e-mail address.");
    CHECK(bad("KH;Ai\x1bno;Mäkelä;jäsen;;1.6.2025;;;;")
          == "Row 2, column \"etunimi\": the given name of a person holds a character that cannot be kept (U+001b "
             "at character 3): control characters other than newline and tab, and characters lost on the way in, "
             "are refused. Remove it and try again.");
    CHECK(bad("KH;Aino;Mäkelä;jäsen;;1.6.2025;31.5.2029;;;")
          == "Row 2: the store already has this membership (from 1.6.2025), ending 31.5.2027. An import adds "
             "memberships but changes none: make the row say the same, or change the membership in Pykälä "
             "first.");
    CHECK(bad("KH;Aino;Mäkelä;jäsen;;1.6.2025;;;;opettaja;FM")
          == "Row 2: the row has 11 cells, but the header row has 10 columns: a separator too many, or a cell "
             "with a separator in it that is not in quotes, shifts the values into the wrong columns.");
    CHECK(bad("KH;Aino;Mäkelä;jäsen;1.6.2025")
          == "Row 2: the row has 5 cells, but the header row has 10 columns: a separator too few shifts the "
             "values into the wrong columns.");
    CHECK(bad("KH;\"Aino\" Maria;Mäkelä;jäsen;;1.6.2025;;;;")
          == "Row 2, column \"etunimi\": text follows the closing quote of a quoted cell; quote the whole cell, "
             "and write each quote inside it twice (\"\").");
    const QByteArray longTitle = "KH;Eeva;Esa;jäsen;;1.6.2025;;;;" + QByteArray(1001, 'x');
    CHECK(bad(longTitle.constData())
          == "Row 2, column \"arvo tai ammatti\": the cell is 1,001 characters long; at most 1,000 are read.");
    CHECK(refused(*store, csv({"toimielin;etunimi;sukunimi;rooli;alkaen;", "KH;Eeva;Esa;jäsen;1.6.2025;huom!"}))
          == "Row 2, column 6: a value in a column that the header row does not name; name the column or clear "
             "the cell.");
    CHECK(refused(*store, csv({header, "KH;Aino;Mäkelä;jäsen;;1.6.2025;31.5.2027;;;",
                               "KV;Eeva;Esa;jäsen;;1.6.2025;;;;", "kh;aino;mäkelä;member;;2025-06-01;2027-05-31;;;"}))
          == "Row 4: repeats row 2: the same person, body, role and first day.");

    SECTION("The header row")
    {
        CHECK(refused(*store, csv({"toimielin;etunimi;sukunimi;rooli;alkaen;nimi", "KH;Aino;Mäkelä;jäsen;1.6.2025;x"}))
              == "Row 1, column \"nimi\": no such column; the columns are toimielin, etunimi, sukunimi, rooli, "
                 "varajäsen kenelle, alkaen, päättyen, sähköposti, puhelin, arvo tai ammatti (or the same in "
                 "Swedish or English). Rename the column or remove it: its values would not be imported.");
        const QByteArray longName = "toimielin;etunimi;sukunimi;rooli;alkaen;" + QByteArray(70, 'x') + "\r\n";
        // A long header name is cut short where a message quotes it.
        const std::string cut = "Row 1, column \"" + std::string(60, 'x') + "…\": no such column;";
        CHECK(refused(*store, longName + "KH;Aino;Mäkelä;jäsen;1.6.2025;\r\n").substr(0, cut.size()) == cut);
        CHECK(refused(*store, csv({"toimielin;organ;etunimi;sukunimi;rooli;alkaen", "KH;KH;Aino;Mäkelä;jäsen;1.6.2025"}))
              == "Row 1, column \"organ\": the same column as column 1 (\"toimielin\"); keep one of them.");
        CHECK(refused(*store, csv({"toimielin;etunimi;sukunimi;rooli", "KH;Aino;Mäkelä;jäsen"}))
              == "Row 1: the header row has no column for the day the membership starts (alkaen, från, from, "
                 "valid from); it is required.");
        CHECK(refused(*store, csv({"KH;Aino;Mäkelä;jäsen;1.6.2025"}))
              == "Row 1: the first row is not a header row: none of its cells names a column of a list of members "
                 "(toimielin, etunimi, sukunimi, rooli, varajäsen kenelle, alkaen, päättyen, sähköposti, puhelin, "
                 "arvo tai ammatti, or the same in Swedish or English). Add a header row above the members.");
    }

    SECTION("Every problem of every row is listed in row order, and the good rows wait for the bad")
    {
        const auto result = MemberCsv::import(*store, csv({header,
                                                           "KH;Pekka;Pöyhönen;jäsen;;1.6.2025;;;;",
                                                           "XX;;Laine;jäsen;;1.6.2025;;;;",
                                                           "KH;Matti;Niemi;jäsen;;1.6.2025;;;;",
                                                           "KH;Sari;;kuka;;huomenna;;;;"}));
        CHECK_FALSE(result.ok());
        CHECK(problemLines(result)
              == "Row 3, column \"toimielin\": there is no body \"XX\" in the store; the bodies are KV "
                 "(Kunnanvaltuusto), KH (Kunnanhallitus).\n"
                 "Row 3, column \"etunimi\": the given name is empty.\n"
                 "Row 5, column \"sukunimi\": the family name is empty.\n"
                 "Row 5, column \"rooli\": \"kuka\" is not a role; the roles are puheenjohtaja, varapuheenjohtaja, "
                 "jäsen, varajäsen, sihteeri and esittelijä (or the same in Swedish or English).\n"
                 "Row 5, column \"alkaen\": \"huomenna\" is not a date; write it as 1.6.2025 or 2025-06-01.");
        CHECK(result.message().section(u'\n', 0, 0) == QStringLiteral("The file has 5 problem(s); nothing was imported."));
        CHECK(required(store->persons()).size() == 1);
    }
}

TEST_CASE("Hostile input is refused with one clear message", "[membercsv]")
{
    TestDir dir;
    auto store = createStore(dir.path(QStringLiteral("s.sqlite")));
    addBodies(*store);
    const auto one = [&](const QByteArray &bytes) {
        const Snapshot before = snapshot(*store);
        const auto result = MemberCsv::import(*store, bytes);
        CHECK_FALSE(result.ok());
        CHECK(result.problems.size() == 1);
        CHECK(result.unlistedProblems == 0);
        // One line, saying that nothing was imported.
        CHECK_FALSE(result.message().contains(u'\n'));
        CHECK(result.message().endsWith(QStringLiteral(" Nothing was imported.")));
        checkUnchanged(*store, before);
        return result.problems.value(0).text().toStdString();
    };

    CHECK(one(QByteArray(MemberCsv::maxFileBytes + 1, ';'))
          == "The file is larger than 10,485,760 bytes, the most that is read; a list of members is far smaller. Is "
             "this the right file?");
    CHECK(one(QByteArray()) == "The file is empty: it has no header row and no members.");
    CHECK(one("\xEF\xBB\xBF\r\n  \r\n\n") == "The file is empty: it has no header row and no members.");
    CHECK(one(csv({header, ";;;;;;;;;", ""})) == "The file has a header row but no members below it.");
    CHECK(one(QByteArray("\x7F" "ELF\x02\x01\x01", 7) + QByteArray(100, '\0'))
          == "The file is not text: it holds a zero byte (at byte 8), which no CSV file saved from a spreadsheet "
             "does. Is this the right file?");
    CHECK(one(QByteArray("PK\x03\x04\x14\0\x06\0", 8))
          == "The file is a spreadsheet workbook (.xlsx or .ods), not CSV. Save the sheet as CSV (in Excel \"CSV "
             "UTF-8\" or \"CSV (semicolon delimited)\", in LibreOffice \"Text CSV\") and import that file.");
    CHECK(one(QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1\0\0", 10)).find("Excel 97–2003 workbook (.xls)")
          != std::string::npos);
    CHECK(one(QByteArray("\xFF\xFEt\0o\0i\0", 8)).find("UTF-16 text") != std::string::npos);
    CHECK(one("toimielin\tetunimi\tsukunimi\trooli\talkaen\nKH\tAino\tM\xC3\xA4kel\xC3\xA4\tj\xC3\xA4sen\t1.6.2025\n")
              .find("The columns are separated by tabs") != std::string::npos);
    CHECK(one(csv({"toimielin;etunimi;sukunimi;rooli;alkaen", "KH;\"Aino;Mäkelä;jäsen;1.6.2025",
                   "KH;Östen;Åberg;jäsen;1.6.2025"}))
          == "Row 2, column \"etunimi\": a quoted cell is never closed: its opening quote (\") has no closing quote, "
             "so the rest of the file would be this one cell. Add the missing quote.");
    CHECK(one(csv({"\"toimielin;etunimi;sukunimi;rooli;alkaen"}))
          == "Row 1, column 1: a quoted cell is never closed: its opening quote (\") has no closing quote, so the "
             "rest of the file would be this one cell. Add the missing quote.");

    // A cell of five million characters is one problem of its cell.
    QByteArray huge = csv({"toimielin;etunimi;sukunimi;rooli;alkaen;arvo tai ammatti"});
    huge += "KH;Aino;Mäkelä;jäsen;1.6.2025;\"" + QByteArray(5000000, 'x') + "\"\r\n";
    CHECK(one(huge) == "Row 2, column \"arvo tai ammatti\": the cell is 5,000,000 characters long; at most 1,000 are read.");

    CHECK(one(csv({"toimielin;etunimi;sukunimi;rooli;alkaen", "KH;Aino;Mäkelä;jäsen;1.6.2025"})
              + "KH;Aino;Mäkelä;jäsen;1.6.2025" + QByteArray(5000000, ';'))
          == "Row 3: the row has more than 50 cells; a list of members has at most 50 columns. Is this the right "
             "file?");

    QByteArray wide;
    for (int i = 0; i <= MemberCsv::maxColumns; ++i)
        wide += i == 0 ? QByteArray("toimielin") : ";sarake" + QByteArray::number(i);
    CHECK(one(wide + "\r\n") == "Row 1: the header row has more than 50 columns; a list of members has at most 50. Is "
                                "this the right file?");
}

TEST_CASE("Hostile input: more rows than are read", "[membercsv]")
{
    TestDir dir;
    auto store = createStore(dir.path(QStringLiteral("s.sqlite")));
    addBodies(*store);

    // 10,000 rows are read; 10,001 are not, and say so at once.
    QByteArray rows = csv({"toimielin;etunimi;sukunimi;rooli;alkaen"});
    for (int i = 1; i <= MemberCsv::maxRows; ++i)
        rows += "KH;Henkilö;Numero" + QByteArray::number(i) + ";jäsen;1.6.2025\r\n";
    const auto most = MemberCsv::parse(rows);
    CHECK(most.ok());
    CHECK(most.value->rows.size() == MemberCsv::maxRows);
    const auto tooMany = MemberCsv::import(*store, rows + "KH;Yksi;Liikaa;jäsen;1.6.2025\r\n");
    CHECK(problemLines(tooMany)
          == "The file has more than 10,000 rows of members; at most 10,000 are read at once. Split it into several "
             "files, one for each body for example.");
    CHECK(required(store->persons()).isEmpty());
}

TEST_CASE("Many bad rows: the first 1,000 problems are listed, the rest counted", "[membercsv]")
{
    TestDir dir;
    auto store = createStore(dir.path(QStringLiteral("s.sqlite")));
    addBodies(*store);
    {
        QByteArray bad = csv({"toimielin;etunimi;sukunimi;rooli;alkaen"});
        for (int i = 0; i < 1200; ++i)
            bad += "XX;Aino;Mäkelä;jäsen;1.6.2025\r\n";
        const auto result = MemberCsv::import(*store, bad);
        CHECK(result.problems.size() == CsvTable::maxListedProblems);
        CHECK(result.unlistedProblems == 200);
        CHECK(result.problems.first().row == 2);
        CHECK(result.problems.last().row == 1001);
        const QStringList lines = result.message().split(u'\n');
        CHECK(lines.first() == QStringLiteral("The file has 1200 problem(s); nothing was imported."));
        CHECK(lines.last() == QStringLiteral("… and 200 more problem(s), not listed."));
    }

}

TEST_CASE("Bytes that are not UTF-8 in a file that begins as UTF-8 does are refused where they stand", "[membercsv]")
{
    TestDir dir;
    auto store = createStore(dir.path(QStringLiteral("s.sqlite")));
    addBodies(*store);
    {
        CHECK(refused(*store, "\xEF\xBB\xBFtoimielin;etunimi;sukunimi;rooli;alkaen\r\nKH;Aino;M\xE4kel\xE4;"
                              "j\xC3\xA4sen;1.6.2025\r\n")
              == "Row 2, column \"sukunimi\": the cell holds bytes that are not UTF-8, though the file begins as "
                 "UTF-8 does (with a byte order mark). Save the sheet again as CSV UTF-8.");
    }
}

TEST_CASE("A dry run checks against the store and writes nothing, progress can cancel, and a cancelled write "
          "leaves the store as it was",
          "[membercsv]")
{
    TestDir dir;
    const QString path = dir.path(QStringLiteral("s.sqlite"));
    auto store = createStore(path);
    addBodies(*store);
    const QByteArray bytes = readFile(QStringLiteral(PYKALA_SOURCE_DIR "/docs/examples/jasenet.csv"));
    const Snapshot before = snapshot(*store);

    SECTION("Dry run")
    {
        MemberCsv::Options options;
        options.dryRun = true;
        const MemberCsv::Summary summary = imported(*store, bytes, options);
        CHECK_FALSE(summary.written);
        CHECK(summary.personsAdded.size() == 10);
        CHECK(summary.membershipsAdded == 12);
        checkUnchanged(*store, before);
        // It needs no write access at all.
        store.reset();
        auto readOnly = openStore(path, Store::Mode::ReadOnly);
        CHECK(imported(*readOnly, bytes, options).membershipsAdded == 12);
        const auto refusedWrite = MemberCsv::import(*readOnly, bytes);
        REQUIRE_FALSE(refusedWrite.ok());
        CHECK(refusedWrite.problems.first().message.contains(QStringLiteral("open for reading only")));
    }

    SECTION("Progress reports each row checked and each record written")
    {
        QList<std::tuple<MemberCsv::Stage, int, int>> calls;
        MemberCsv::Options options;
        options.progress = [&](MemberCsv::Stage stage, int done, int total) {
            calls.append({stage, done, total});
            return true;
        };
        imported(*store, bytes, options);
        // Checking 0…12 of 12 (13 calls with the last), writing 0…22 of 22.
        REQUIRE(calls.size() == 13 + 23);
        CHECK(calls.first() == std::tuple{MemberCsv::Stage::Checking, 0, 12});
        CHECK(calls.at(12) == std::tuple{MemberCsv::Stage::Checking, 12, 12});
        CHECK(calls.at(13) == std::tuple{MemberCsv::Stage::Writing, 0, 22});
        CHECK(calls.last() == std::tuple{MemberCsv::Stage::Writing, 22, 22});
    }

    SECTION("Cancelled while checking or half-way through writing: nothing is imported")
    {
        for (const MemberCsv::Stage cancelAt : {MemberCsv::Stage::Checking, MemberCsv::Stage::Writing}) {
            MemberCsv::Options options;
            options.progress = [&](MemberCsv::Stage stage, int done, int) {
                return !(stage == cancelAt && done == 11); // persons and memberships written by then
            };
            const auto result = MemberCsv::import(*store, bytes, options);
            CHECK_FALSE(result.ok());
            CHECK(result.message() == QStringLiteral("The import was cancelled. Nothing was imported."));
            checkUnchanged(*store, before);
        }
        CHECK(required(store->check()).ok());
    }
}
