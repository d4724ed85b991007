#include <catch2/catch.hpp>

#include "testsupport.h"

#include "documents/appealinstructions.h"
#include "model/organisation.h"
#include "procedure/appeal.h"
#include "procedure/finnishcalendar.h"

#include <QRegularExpression>

namespace {

Appeal::Deadline deadline(AppealKind kind, const char *published)
{
    const auto result = Appeal::deadline(kind, QDate::fromString(QString::fromLatin1(published), Qt::ISODate));
    INFO(result.error().toStdString());
    REQUIRE(result.ok());
    return *result;
}

QDate day(const char *iso)
{
    return QDate::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

Organisation testila()
{
    Organisation organisation;
    organisation.name = QStringLiteral("Testilän kunta");
    organisation.swedishName = QStringLiteral("Testilä kommun");
    organisation.administrativeCourt = QStringLiteral("ita-suomi");
    organisation.registryAddress = QStringLiteral("Kunnantie 1\n70100 Testilä");
    organisation.registryEmail = QStringLiteral("kirjaamo@testila.fi");
    return organisation;
}

// The instructions as a reader sees them: the text without tags, one space
// between words.
QString instructions(AppealKind kind, const QList<int> &sections, const QString &authority, Language language,
                     const QDate &published = QDate(2026, 5, 13))
{
    const auto html = AppealInstructions::html({{kind, sections}}, testila(), {authority, published}, language);
    INFO(html.error().toStdString());
    REQUIRE(html.ok());
    static const QRegularExpression tags(QStringLiteral("<[^>]*>")), spaces(QStringLiteral("\\s+"));
    return QString(*html).replace(tags, QStringLiteral(" ")).replace(spaces, QStringLiteral(" "));
}

} // namespace

TEST_CASE("Easter Sunday by the Gregorian computus", "[appeal][calendar]")
{
    CHECK(FinnishCalendar::easterSunday(2024) == day("2024-03-31"));
    CHECK(FinnishCalendar::easterSunday(2025) == day("2025-04-20"));
    CHECK(FinnishCalendar::easterSunday(2026) == day("2026-04-05"));
    CHECK(FinnishCalendar::easterSunday(2027) == day("2027-03-28"));
    CHECK(FinnishCalendar::easterSunday(2038) == day("2038-04-25")); // the latest possible
    CHECK(FinnishCalendar::easterSunday(2285) == day("2285-03-22")); // the earliest possible
}

TEST_CASE("Finnish holidays and the days a time limit cannot end on", "[appeal][calendar]")
{
    using FinnishCalendar::holidayName;
    // 2026: Easter Sunday 5 April, so Good Friday 3.4, Easter Monday 6.4,
    // Ascension Day (Easter + 39) Thursday 14.5, Pentecost (Easter + 49) 24.5.
    CHECK(holidayName(day("2026-04-03")) == QStringLiteral("pitkäperjantai"));
    CHECK(holidayName(day("2026-04-06")) == QStringLiteral("toinen pääsiäispäivä"));
    CHECK(holidayName(day("2026-05-14")) == QStringLiteral("helatorstai"));
    CHECK(holidayName(day("2026-05-24")) == QStringLiteral("helluntaipäivä"));
    // Midsummer Eve is the Friday of 19–25 June: in 2026 the 19th; Midsummer Day the 20th.
    CHECK(holidayName(day("2026-06-19")) == QStringLiteral("juhannusaatto"));
    CHECK(holidayName(day("2026-06-20")) == QStringLiteral("juhannuspäivä"));
    CHECK(holidayName(day("2027-06-25")) == QStringLiteral("juhannusaatto"));
    // All Saints' Day is the Saturday of 31 October – 6 November: 31.10.2026, 1.11.2025, 6.11.2027.
    CHECK(holidayName(day("2026-10-31")) == QStringLiteral("pyhäinpäivä"));
    CHECK(holidayName(day("2025-11-01")) == QStringLiteral("pyhäinpäivä"));
    CHECK(holidayName(day("2027-11-06")) == QStringLiteral("pyhäinpäivä"));
    CHECK(holidayName(day("2026-01-06")) == QStringLiteral("loppiainen"));
    CHECK(holidayName(day("2026-05-01")) == QStringLiteral("vappu"));
    CHECK(holidayName(day("2026-12-06")) == QStringLiteral("itsenäisyyspäivä"));
    CHECK(holidayName(day("2026-12-24")) == QStringLiteral("jouluaatto"));
    CHECK(holidayName(day("2026-12-24"), Language::Swedish) == QStringLiteral("julafton"));
    CHECK(holidayName(day("2026-04-06"), Language::Swedish) == QStringLiteral("annandag påsk"));
    CHECK(holidayName(day("2026-06-26")).isEmpty()); // a Friday after Midsummer
    CHECK(holidayName(day("2026-04-02")).isEmpty()); // Maundy Thursday is a working day
    CHECK(FinnishCalendar::isNonWorkingDay(day("2026-03-14"))); // Saturday
    CHECK_FALSE(FinnishCalendar::isNonWorkingDay(day("2026-03-16"))); // Monday
}

TEST_CASE("Notification on day 7 and the last day of appeal", "[appeal]")
{
    // Published Mon 2.2.2026 → notified Mon 9.2. Rectification, 14 days not
    // counting the day of notification: 9.2 + 14 = Mon 23.2, a working day.
    auto plain = deadline(AppealKind::Rectification, "2026-02-02");
    CHECK(plain.notified == day("2026-02-09"));
    CHECK(plain.lastDay == day("2026-02-23"));
    CHECK(plain.periodDays == 14);
    CHECK_FALSE(plain.moved);

    // Municipal appeal, 30 days: published 2.2.2026, notified 9.2, 9.2 + 30 = Wed 11.3.
    CHECK(deadline(AppealKind::MunicipalAppeal, "2026-02-02").lastDay == day("2026-03-11"));
    // An administrative appeal is 30 days too.
    CHECK(deadline(AppealKind::AdministrativeAppeal, "2026-02-02").lastDay == day("2026-03-11"));
}

TEST_CASE("A procurement decision's period runs from a party's notification, not from the minutes", "[appeal][procurement]")
{
    // Only a party may request hankintaoikaisu or appeal to the market court,
    // within 14 days of being notified of the decision with its instructions
    // (hankintalaki 1397/2016, 132 § and 147 §): the minutes' publication
    // does not start it, so no last day follows from it.
    CHECK(Appeal::periodDays(AppealKind::Procurement) == 14);
    const auto procurement = Appeal::deadline(AppealKind::Procurement, day("2026-02-02"));
    REQUIRE_FALSE(procurement.ok());
    CHECK_THAT(procurement.error().toStdString(),
               Catch::Contains("runs from the day a party is notified of the decision") &&
                   Catch::Contains("not from the publication of the minutes") && Catch::Contains("14-day"));
    CHECK_FALSE(procurement.error().contains(u'\n'));
}

TEST_CASE("A last day on a weekend or holiday moves to the next working day", "[appeal]")
{
    SECTION("a weekend")
    {
        // Published Sat 21.2.2026 → notified Sat 28.2; 28.2 + 14 = Sat 14.3
        // → Sun 15.3 → Mon 16.3.
        const auto d = deadline(AppealKind::Rectification, "2026-02-21");
        CHECK(d.notified == day("2026-02-28"));
        CHECK(d.lastDay == day("2026-03-16"));
        CHECK(d.moved);
    }
    SECTION("Easter")
    {
        // Published Fri 13.3.2026 → notified 20.3; 20.3 + 14 = Good Friday 3.4
        // → Sat 4.4 → Easter Sunday 5.4 → Easter Monday 6.4 → Tue 7.4.
        const auto d = deadline(AppealKind::Rectification, "2026-03-13");
        CHECK(d.notified == day("2026-03-20"));
        CHECK(d.lastDay == day("2026-04-07"));
    }
    SECTION("Christmas")
    {
        // Published Tue 17.11.2026 → notified 24.11; 24.11 + 30 = Christmas Eve
        // Thu 24.12 → Christmas Day 25.12 → Boxing Day Sat 26.12 → Sun 27.12 → Mon 28.12.
        const auto d = deadline(AppealKind::MunicipalAppeal, "2026-11-17");
        CHECK(d.notified == day("2026-11-24"));
        CHECK(d.lastDay == day("2026-12-28"));
    }
    SECTION("Midsummer")
    {
        // Published Fri 29.5.2026 → notified 5.6; 5.6 + 14 = Midsummer Eve Fri 19.6
        // → Midsummer Day Sat 20.6 → Sun 21.6 → Mon 22.6.
        const auto d = deadline(AppealKind::Rectification, "2026-05-29");
        CHECK(d.notified == day("2026-06-05"));
        CHECK(d.lastDay == day("2026-06-22"));
    }
    SECTION("May Day and Ascension Day")
    {
        // Published Fri 10.4.2026 → notified 17.4; 17.4 + 14 = May Day Fri 1.5 → Mon 4.5.
        CHECK(deadline(AppealKind::Rectification, "2026-04-10").lastDay == day("2026-05-04"));
        // Published Thu 23.4.2026 → notified 30.4; 30.4 + 14 = Ascension Thu 14.5 → Fri 15.5.
        CHECK(deadline(AppealKind::Rectification, "2026-04-23").lastDay == day("2026-05-15"));
    }
    SECTION("Independence Day")
    {
        // Published Mon 15.11.2027 → notified 22.11; 22.11 + 14 = Independence
        // Day Mon 6.12 → Tue 7.12.
        CHECK(deadline(AppealKind::Rectification, "2027-11-15").lastDay == day("2027-12-07"));
    }
}

TEST_CASE("A decision that cannot be appealed has no appeal period", "[appeal][bad-input]")
{
    const auto none = Appeal::deadline(AppealKind::NotAppealable, day("2026-02-02"));
    REQUIRE_FALSE(none.ok());
    CHECK(none.error().contains(QStringLiteral("cannot be appealed")));
    CHECK_THAT(refusal(Appeal::deadline(AppealKind::Rectification, QDate())), Catch::Contains("not a valid date"));
    CHECK(Appeal::parseKind(QStringLiteral("oikaisuvaatimus")) == AppealKind::Rectification);
    CHECK(Appeal::parseKind(QStringLiteral("Kunnallisvalitus")) == AppealKind::MunicipalAppeal);
    CHECK(Appeal::parseKind(QStringLiteral("hankintaoikaisu")) == AppealKind::Procurement);
    CHECK(Appeal::parseKind(QStringLiteral("administrative-appeal")) == AppealKind::AdministrativeAppeal);
    CHECK_FALSE(Appeal::parseKind(QStringLiteral("valitus")).has_value());
}

TEST_CASE("A request for procurement rectification is addressed to the body in the allative", "[appeal][texts]")
{
    // Finnish addresses a request to someone with the allative (-lle); the
    // sentence that names the authority keeps the nominative. Swedish needs
    // no case ending: "riktas till kommunstyrelsen".
    const QString board = instructions(AppealKind::Procurement, {7}, QStringLiteral("kunnanhallitus"), Language::Finnish);
    CHECK(board.contains(QStringLiteral("Hankintaoikaisuvaatimus osoitetaan kunnanhallitukselle.")));
    CHECK_FALSE(board.contains(QStringLiteral("viranomaiselle kunnanhallitus")));
    const QString technical = instructions(AppealKind::Procurement, {7}, QStringLiteral("tekninen lautakunta"),
                                           Language::Finnish);
    CHECK(technical.contains(QStringLiteral("Hankintaoikaisuvaatimus osoitetaan tekniselle lautakunnalle.")));
    const QString swedish = instructions(AppealKind::Procurement, {7}, QStringLiteral("kommunstyrelsen"),
                                         Language::Swedish);
    CHECK(swedish.contains(QStringLiteral("Begäran om upphandlingsrättelse riktas till kommunstyrelsen.")));
    CHECK_FALSE(swedish.contains(QStringLiteral("till myndigheten")));
    const QString rectification = instructions(AppealKind::Rectification, {3}, QStringLiteral("kunnanhallitus"),
                                               Language::Finnish);
    CHECK(rectification.contains(QStringLiteral("Viranomainen, jolle oikaisuvaatimus tehdään, on kunnanhallitus.")));
}

TEST_CASE("An instruction for one section speaks of one decision, for several of them all", "[appeal][texts]")
{
    // One §: "Koskee pykälää" (partitive singular), "Tähän päätökseen";
    // several: "Koskee pykäliä", "Näihin päätöksiin" (kuntalaki 136 §).
    const QString one = instructions(AppealKind::NotAppealable, {5}, QStringLiteral("kunnanhallitus"), Language::Finnish);
    CHECK(one.contains(QStringLiteral("Koskee pykälää: § 5")));
    CHECK(one.contains(QStringLiteral("Tähän päätökseen ei saa hakea muutosta oikaisuvaatimuksella eikä "
                                      "kunnallisvalituksella, koska päätös koskee vain asian valmistelua tai "
                                      "täytäntöönpanoa (kuntalaki 136 §).")));
    CHECK_FALSE(one.contains(QStringLiteral("pykäliä")));
    CHECK_FALSE(one.contains(QStringLiteral("Näihin")));
    const QString several = instructions(AppealKind::NotAppealable, {1, 2, 6}, QStringLiteral("kunnanhallitus"),
                                         Language::Finnish);
    CHECK(several.contains(QStringLiteral("Koskee pykäliä: § 1–2, 6")));
    CHECK(several.contains(QStringLiteral("Näihin päätöksiin ei saa hakea muutosta oikaisuvaatimuksella eikä "
                                          "kunnallisvalituksella, koska päätökset koskevat vain asian valmistelua tai "
                                          "täytäntöönpanoa (kuntalaki 136 §).")));
    // A run of two is two sections.
    CHECK(instructions(AppealKind::NotAppealable, {1, 2}, QStringLiteral("kunnanhallitus"), Language::Finnish)
              .contains(QStringLiteral("Koskee pykäliä: § 1–2")));

    const QString ett = instructions(AppealKind::NotAppealable, {5}, QStringLiteral("kommunstyrelsen"), Language::Swedish);
    CHECK(ett.contains(QStringLiteral("Gäller paragraf: § 5")));
    CHECK(ett.contains(QStringLiteral("Ändring i detta beslut får inte sökas genom omprövningsyrkande eller "
                                      "kommunalbesvär, eftersom beslutet gäller endast beredning eller verkställighet "
                                      "(kommunallagen 136 §).")));
    const QString flera = instructions(AppealKind::NotAppealable, {1, 2}, QStringLiteral("kommunstyrelsen"),
                                       Language::Swedish);
    CHECK(flera.contains(QStringLiteral("Gäller paragraferna: § 1–2")));
    CHECK(flera.contains(QStringLiteral("Ändring i dessa beslut får inte sökas genom omprövningsyrkande eller "
                                        "kommunalbesvär, eftersom besluten gäller endast beredning eller verkställighet "
                                        "(kommunallagen 136 §).")));
    // Every kind names its sections in the number they have.
    CHECK(instructions(AppealKind::MunicipalAppeal, {5}, QStringLiteral("kunnanhallitus"), Language::Finnish)
              .contains(QStringLiteral("Koskee pykälää: § 5")));
}

TEST_CASE("The procurement instruction counts its periods from the party's notification", "[appeal][texts][procurement]")
{
    for (const QDate &published : {QDate(2026, 5, 13), QDate()}) {
        INFO("published " << published.toString(Qt::ISODate).toStdString());
        const QString fi = instructions(AppealKind::Procurement, {7}, QStringLiteral("kunnanhallitus"),
                                        Language::Finnish, published);
        // Who, and from when (hankintalaki 132 §; the market court: 146 §
        // the right to appeal, 147 § the period).
        CHECK(fi.contains(QStringLiteral("Tähän hankintapäätökseen tyytymätön asianosainen voi vaatia hankintayksiköltä "
                                         "hankintaoikaisua (hankintalaki 1397/2016, 132 §). Hankintaoikaisua voi vaatia "
                                         "vain asianosainen, kuten tarjouskilpailuun osallistunut tarjoaja tai ehdokas. "
                                         "Hankintaoikaisua on vaadittava kirjallisesti 14 päivän kuluessa siitä, kun "
                                         "asianosainen on saanut tiedon hankintapäätöksestä oikaisuohjeineen.")));
        CHECK(fi.contains(QStringLiteral("Hankintaoikaisun vaatiminen ei pidennä markkinaoikeuteen tehtävän valituksen "
                                         "määräaikaa.")));
        CHECK(fi.contains(QStringLiteral("Asianosainen voi hakea hankintapäätökseen muutosta valittamalla "
                                         "markkinaoikeuteen (hankintalaki 146 §). Valitus on tehtävä kirjallisesti 14 "
                                         "päivän kuluessa siitä, kun asianosainen on saanut tiedon hankintapäätöksestä "
                                         "valitusosoituksineen (hankintalaki 147 §).")));
        CHECK(fi.count(QStringLiteral("146 §")) == 1);
        // The party's notification, not a municipal member's.
        CHECK(fi.contains(QStringLiteral("Määräajat lasketaan siitä, kun asianosainen on saanut hankintapäätöksen "
                                         "tiedoksi, eivätkä ne ala pöytäkirjan nähtäväksi asettamisesta. Kun päätös on "
                                         "lähetetty sähköisenä viestinä asianosaisen hankintayksikölle ilmoittamaan "
                                         "osoitteeseen, asianosaisen katsotaan saaneen päätöksestä tiedon sinä päivänä, "
                                         "jona viesti on lähetetty, jollei näytetä viestin saapuneen myöhemmin. Kirjeellä "
                                         "lähetetystä päätöksestä asianosaisen katsotaan saaneen tiedon seitsemäntenä "
                                         "päivänä kirjeen lähettämisestä, jollei muuta näytetä. Tiedoksisaantipäivää ei "
                                         "lueta määräaikaan.")));
        CHECK_FALSE(fi.contains(QStringLiteral("Kunnan jäsen")));
        CHECK_FALSE(fi.contains(QStringLiteral("kunnan jäsen")));
        // No last day: it cannot be known from the minutes.
        CHECK_FALSE(fi.contains(QStringLiteral("määräaika päättyy")));
        CHECK_FALSE(fi.contains(QStringLiteral("Pöytäkirja on asetettu nähtäväksi")));
        CHECK_FALSE(fi.contains(QStringLiteral("määräajan viimeinen päivä lasketaan")));
        CHECK_FALSE(fi.contains(QStringLiteral("2026")));

        const QString sv = instructions(AppealKind::Procurement, {7}, QStringLiteral("kommunstyrelsen"),
                                        Language::Swedish, published);
        CHECK(sv.contains(QStringLiteral("En part som är missnöjd med detta upphandlingsbeslut kan begära "
                                         "upphandlingsrättelse hos den upphandlande enheten (upphandlingslagen 1397/2016, "
                                         "132 §). Endast en part, såsom en anbudsgivare eller anbudssökande som har "
                                         "deltagit i anbudstävlingen, kan begära upphandlingsrättelse. Begäran om "
                                         "upphandlingsrättelse ska framställas skriftligt inom 14 dagar från det att "
                                         "parten har fått del av upphandlingsbeslutet med anvisning om rättelse.")));
        CHECK(sv.contains(QStringLiteral("Besvär ska anföras skriftligt inom 14 dagar från det att parten har fått del av "
                                         "upphandlingsbeslutet med besvärsanvisning (upphandlingslagen 147 §).")));
        CHECK(sv.contains(QStringLiteral("Tidsfristerna räknas från det att parten har fått del av upphandlingsbeslutet, "
                                         "och de börjar inte löpa från det att protokollet har lagts fram. När beslutet "
                                         "har sänts som ett elektroniskt meddelande till den adress som parten har "
                                         "uppgett för den upphandlande enheten, anses parten ha fått del av beslutet den "
                                         "dag då meddelandet sändes, om det inte visas att meddelandet har kommit fram "
                                         "senare. Om beslutet har sänts per brev, anses parten ha fått del av det den "
                                         "sjunde dagen efter det att brevet sändes, om inte något annat visas.")));
        CHECK_FALSE(sv.contains(QStringLiteral("kommunmedlem")));
        CHECK_FALSE(sv.contains(QStringLiteral("tidsfristen går ut")));
        CHECK_FALSE(sv.contains(QStringLiteral("2026")));
    }
    // The request for rectification still counts from the publication.
    CHECK(instructions(AppealKind::Rectification, {3}, QStringLiteral("kunnanhallitus"), Language::Finnish)
              .contains(QStringLiteral("Kunnan jäsenen katsotaan saaneen päätöksestä tiedon 20.5.2026, ja määräaika "
                                       "päättyy 3.6.2026.")));
}
