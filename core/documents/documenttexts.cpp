#include "documenttexts.h"

#include "model/meeting.h"

#include <QLocale>

const DocumentTexts &DocumentTexts::of(Language language)
{
    static const DocumentTexts finnish{
        QStringLiteral("ESITYSLISTA"), QStringLiteral("PÖYTÄKIRJA"), QStringLiteral("PÖYTÄKIRJANOTE"),
        QStringLiteral("Esityslista"), QStringLiteral("Pöytäkirja"), QStringLiteral("Pöytäkirjanote"),
        QStringLiteral("esityslista"), QStringLiteral("poytakirja"), QStringLiteral("ote"),
        QStringLiteral("Julkinen versio: salassa pidettävien asioiden sisältö ja henkilötiedot on jätetty pois "
                       "(kuntalaki 140 §)."),
        QStringLiteral("Aika"), QStringLiteral("Paikka"), QStringLiteral("Kokoustapa"), QStringLiteral("klo"),
        {{MeetingMode::InPerson, QStringLiteral("lähikokous")},
         {MeetingMode::Remote, QStringLiteral("sähköinen kokous")},
         {MeetingMode::Hybrid, QStringLiteral("hybridikokous")},
         {MeetingMode::ElectronicProcedure, QStringLiteral("sähköinen päätöksentekomenettely")}},
        QStringLiteral("Jäsenet ja varajäsenet"), QStringLiteral("Jäsen"), QStringLiteral("Henkilökohtainen varajäsen"),
        QStringLiteral("Muut kutsutut"),
        QStringLiteral("puheenjohtaja"), QStringLiteral("varapuheenjohtaja"), QStringLiteral("jäsen"),
        QStringLiteral("varajäsen"), QStringLiteral("pöytäkirjanpitäjä"), QStringLiteral("esittelijä"),
        QStringLiteral("Läsnä"), QStringLiteral("Poissa"), QStringLiteral("Muut läsnäolleet"), QStringLiteral("Nimi"),
        QStringLiteral("Tehtävä"), QStringLiteral("Huomautukset"), QStringLiteral("saapui klo %1 %2 aikana"),
        QStringLiteral("poistui klo %1 %2 aikana"),
        QStringLiteral("Laillisuus ja päätösvaltaisuus"),
        QStringLiteral("Toimielimessä on %2 jäsentä, joista kokouksen alussa läsnä oli %1. Päätösvaltaisuuteen tarvitaan "
                       "vähintään %3 jäsentä, "),
        QStringLiteral("joten kokous oli päätösvaltainen."), QStringLiteral("joten kokous ei ollut päätösvaltainen."),
        QStringLiteral("Kokous ei ollut tämän asian kohdalla päätösvaltainen: läsnä oli %1 jäsentä, vähintään %2 "
                       "tarvitaan."),
        QStringLiteral("Käsitellyt asiat"), QStringLiteral("Allekirjoitukset"), QStringLiteral("Pöytäkirjan tarkastus"),
        QStringLiteral("Pöytäkirjantarkastajat"), QStringLiteral("Pöytäkirja on tarkastettu ja hyväksytty %1."),
        QStringLiteral("Pöytäkirjaa ei ole vielä tarkastettu."), QStringLiteral("Paikka ja aika"),
        QStringLiteral("Pöytäkirjan nähtävänäolo"),
        QStringLiteral("Pöytäkirja on asetettu nähtäväksi yleiseen tietoverkkoon %1."),
        QStringLiteral("Pöytäkirja asetetaan nähtäväksi yleiseen tietoverkkoon tarkastamisen jälkeen."),
        QStringLiteral("Asialuettelo"), QStringLiteral("§"), QStringLiteral("Nro"), QStringLiteral("Asia"),
        QStringLiteral("Sivu"), QStringLiteral("Muutoksenhakuohjeet"),
        QStringLiteral("Dnro"), QStringLiteral("Valmistelija"), QStringLiteral("Esittelijä"),
        QStringLiteral("Päätösehdotus"), QStringLiteral("Käsittely"), QStringLiteral("Päätös"),
        QStringLiteral("Esteellisyys"), QStringLiteral("%1 oli esteellinen (%2) eikä osallistunut asian käsittelyyn."),
        QStringLiteral("Äänestys"), QStringLiteral("Äänestys %1: JAA = %2, EI = %3"),
        QStringLiteral("Äänestys menettelystä: JAA = %1, EI = %2"),
        QStringLiteral("Yhteensä"), QStringLiteral("Tulos: %1 voitti äänin %2–%3 (tyhjiä %4)."),
        QStringLiteral(" Äänet menivät tasan; puheenjohtajan ääni ratkaisi."),
        QStringLiteral(" Päätökseen vaadittava määräenemmistö ei täyttynyt."),
        QStringLiteral("Vaali"), QStringLiteral("Ehdokas"), QStringLiteral("Äänet"), QStringLiteral("Lista"),
        QStringLiteral("Vertausluku"), QStringLiteral("valittu"), QStringLiteral("Arvonta ratkaisi järjestyksen: %1."),
        QStringLiteral("Ehdokkaat ja äänet"), QStringLiteral("Ehdokkaiden vertausluvut"),
        QStringLiteral("Eriävä mielipide"), QStringLiteral("%1 jätti eriävän mielipiteen: %2"),
        QStringLiteral("%1 jätti eriävän mielipiteen."), QStringLiteral("Liitteet"), QStringLiteral("Ote"),
        QStringLiteral("Otteen oikeaksi todistaa"), QStringLiteral("JAA"), QStringLiteral("EI"),
        QStringLiteral("TYHJÄ"), QStringLiteral("POISSA"),
        QStringLiteral("Kokousta ei ole vielä pidetty."),
        QStringLiteral("Esityslista: asiat, päätösehdotukset ja liitteet"),
        QStringLiteral("Pöytäkirja: läsnäolo, käsittely, äänestykset, päätökset ja muutoksenhakuohjeet"),
        QStringLiteral("Pöytäkirjanote ja muutoksenhakuohje"), QStringLiteral("esityslista"),
        QStringLiteral("pöytäkirja"), QStringLiteral("pöytäkirjanote"),
        QStringLiteral("Sähköiset allekirjoitukset"),
        QStringLiteral("Pöytäkirja allekirjoitetaan sähköisesti tälle sivulle tässä järjestyksessä: %1."),
        QStringLiteral("pöytäkirjantarkastajat"), QStringLiteral("pöytäkirjantarkastaja"),
        QStringLiteral("Tila"), QStringLiteral("Esityslistalla ei ole asioita."),
        {{MeetingState::Planned, QStringLiteral("suunniteltu")},
         {MeetingState::Convened, QStringLiteral("kutsuttu koolle")},
         {MeetingState::InProgress, QStringLiteral("käynnissä")},
         {MeetingState::Closed, QStringLiteral("päättynyt")},
         {MeetingState::MinutesChecked, QStringLiteral("pöytäkirja tarkastettu")},
         {MeetingState::Cancelled, QStringLiteral("peruttu")}},
        QStringLiteral("asian käsittelyn jatkaminen"), QStringLiteral("%1 asian pöydällepanosta"),
        QStringLiteral("%1 asian palauttamisesta"), QStringLiteral("Tulos: %1 äänin %2–%3 (tyhjiä %4)."),
        QStringLiteral("asian käsittelyä jatketaan"), QStringLiteral("asia pannaan pöydälle"),
        QStringLiteral("asia palautetaan uudelleen valmisteltavaksi"),
        QStringLiteral("Asian käsittelyn ajan puheenjohtajana toimi varapuheenjohtaja %1."),
        QStringLiteral("Asian käsittelyn ajan puheenjohtajana toimi tilapäiseksi puheenjohtajaksi valittu %1."),
        QStringLiteral("%1 %2"),
        QStringLiteral("osallistui etäyhteydellä"), QStringLiteral("saapui etäyhteydellä klo %1 %2 aikana"),
        QStringLiteral("siirtyi etäyhteyteen klo %1 %2 aikana"),
        QStringLiteral("siirtyi kokouspaikalle klo %1 %2 aikana"),
        QStringLiteral("Kokouksen puheenjohtajana toimi varapuheenjohtaja %1."),
        QStringLiteral("Kokouksen puheenjohtajana toimi tilapäiseksi puheenjohtajaksi valittu %1."),
        QStringLiteral("Kokous on peruttu: %1"),
        QStringLiteral("Aikaisempi käsittely")};
    static const DocumentTexts swedish{
        QStringLiteral("FÖREDRAGNINGSLISTA"), QStringLiteral("PROTOKOLL"), QStringLiteral("PROTOKOLLSUTDRAG"),
        QStringLiteral("Föredragningslista"), QStringLiteral("Protokoll"), QStringLiteral("Protokollsutdrag"),
        QStringLiteral("foredragningslista"), QStringLiteral("protokoll"), QStringLiteral("utdrag"),
        QStringLiteral("Offentlig version: innehållet i sekretessbelagda ärenden och personuppgifter har utelämnats "
                       "(kommunallagen 140 §)."),
        QStringLiteral("Tid"), QStringLiteral("Plats"), QStringLiteral("Mötesform"), QStringLiteral("kl."),
        {{MeetingMode::InPerson, QStringLiteral("fysiskt sammanträde")},
         {MeetingMode::Remote, QStringLiteral("elektroniskt sammanträde")},
         {MeetingMode::Hybrid, QStringLiteral("hybridsammanträde")},
         {MeetingMode::ElectronicProcedure, QStringLiteral("elektroniskt beslutsförfarande")}},
        QStringLiteral("Ledamöter och ersättare"), QStringLiteral("Ledamot"), QStringLiteral("Personlig ersättare"),
        QStringLiteral("Övriga kallade"),
        QStringLiteral("ordförande"), QStringLiteral("vice ordförande"), QStringLiteral("ledamot"),
        QStringLiteral("ersättare"), QStringLiteral("protokollförare"), QStringLiteral("föredragande"),
        QStringLiteral("Närvarande"), QStringLiteral("Frånvarande"), QStringLiteral("Övriga närvarande"),
        QStringLiteral("Namn"), QStringLiteral("Uppdrag"), QStringLiteral("Anmärkningar"),
        QStringLiteral("anlände kl. %1 under %2"), QStringLiteral("avlägsnade sig kl. %1 under %2"),
        QStringLiteral("Laglighet och beslutförhet"),
        QStringLiteral("Organet har %2 ledamöter, av vilka %1 var närvarande vid sammanträdets början. För beslutförhet "
                       "krävs minst %3 ledamöter, "),
        QStringLiteral("och organet var beslutfört."), QStringLiteral("och organet var inte beslutfört."),
        QStringLiteral("Organet var inte beslutfört i detta ärende: %1 ledamöter var närvarande, minst %2 krävs."),
        QStringLiteral("Behandlade ärenden"), QStringLiteral("Underskrifter"), QStringLiteral("Protokolljustering"),
        QStringLiteral("Protokolljusterare"), QStringLiteral("Protokollet har justerats och godkänts den %1."),
        QStringLiteral("Protokollet har ännu inte justerats."), QStringLiteral("Ort och tid"),
        QStringLiteral("Framläggande av protokollet"),
        QStringLiteral("Protokollet har lagts fram på det allmänna datanätet den %1."),
        QStringLiteral("Protokollet läggs fram på det allmänna datanätet efter justeringen."),
        QStringLiteral("Ärendeförteckning"), QStringLiteral("§"), QStringLiteral("Nr"), QStringLiteral("Ärende"),
        QStringLiteral("Sida"), QStringLiteral("Besvärsanvisningar"),
        QStringLiteral("Dnr"), QStringLiteral("Beredare"), QStringLiteral("Föredragande"),
        QStringLiteral("Beslutsförslag"), QStringLiteral("Behandling"), QStringLiteral("Beslut"),
        QStringLiteral("Jäv"), QStringLiteral("%1 var jävig (%2) och deltog inte i behandlingen av ärendet."),
        QStringLiteral("Omröstning"), QStringLiteral("Omröstning %1: JA = %2, NEJ = %3"),
        QStringLiteral("Omröstning om förfarandet: JA = %1, NEJ = %2"),
        QStringLiteral("Sammanlagt"), QStringLiteral("Resultat: %1 vann med rösterna %2–%3 (blanka %4)."),
        QStringLiteral(" Rösterna föll lika; ordförandens röst avgjorde."),
        QStringLiteral(" Den kvalificerade majoritet som beslutet kräver uppnåddes inte."),
        QStringLiteral("Val"), QStringLiteral("Kandidat"), QStringLiteral("Röster"), QStringLiteral("Lista"),
        QStringLiteral("Jämförelsetal"), QStringLiteral("vald"), QStringLiteral("Lotten avgjorde ordningen: %1."),
        QStringLiteral("Kandidater och röster"), QStringLiteral("Kandidaternas jämförelsetal"),
        QStringLiteral("Avvikande mening"), QStringLiteral("%1 anmälde avvikande mening: %2"),
        QStringLiteral("%1 anmälde avvikande mening."), QStringLiteral("Bilagor"), QStringLiteral("Utdrag"),
        QStringLiteral("Utdragets riktighet bestyrker"), QStringLiteral("JA"), QStringLiteral("NEJ"),
        QStringLiteral("BLANK"), QStringLiteral("FRÅNVARANDE"),
        QStringLiteral("Sammanträdet har ännu inte hållits."),
        QStringLiteral("Föredragningslista: ärenden, beslutsförslag och bilagor"),
        QStringLiteral("Protokoll: närvaro, behandling, omröstningar, beslut och besvärsanvisningar"),
        QStringLiteral("Protokollsutdrag och besvärsanvisning"), QStringLiteral("föredragningslista"),
        QStringLiteral("protokoll"), QStringLiteral("protokollsutdrag"),
        QStringLiteral("Elektroniska underskrifter"),
        QStringLiteral("Protokollet undertecknas elektroniskt på denna sida i denna ordning: %1."),
        QStringLiteral("protokolljusterarna"), QStringLiteral("protokolljusterare"),
        QStringLiteral("Status"), QStringLiteral("Föredragningslistan har inga ärenden."),
        {{MeetingState::Planned, QStringLiteral("planerat")},
         {MeetingState::Convened, QStringLiteral("sammankallat")},
         {MeetingState::InProgress, QStringLiteral("pågår")},
         {MeetingState::Closed, QStringLiteral("avslutat")},
         {MeetingState::MinutesChecked, QStringLiteral("protokollet justerat")},
         {MeetingState::Cancelled, QStringLiteral("inställt")}},
        QStringLiteral("fortsatt behandling"), QStringLiteral("%1 om bordläggning"),
        QStringLiteral("%1 om återremiss"), QStringLiteral("Resultat: %1 med rösterna %2–%3 (blanka %4)."),
        QStringLiteral("behandlingen fortsätter"), QStringLiteral("ärendet bordläggs"),
        QStringLiteral("ärendet återremitteras för ny beredning"),
        QStringLiteral("Som ordförande under behandlingen av ärendet fungerade vice ordförande %1."),
        QStringLiteral("Som tillfällig ordförande under behandlingen av ärendet fungerade %1."),
        QStringLiteral("%1 %2"),
        QStringLiteral("deltog på distans"), QStringLiteral("anslöt på distans kl. %1 under %2"),
        QStringLiteral("övergick till distansdeltagande kl. %1 under %2"),
        QStringLiteral("övergick till att delta på mötesplatsen kl. %1 under %2"),
        QStringLiteral("Som ordförande för sammanträdet fungerade vice ordförande %1."),
        QStringLiteral("Som tillfällig ordförande för sammanträdet fungerade %1."),
        QStringLiteral("Sammanträdet har ställts in: %1"),
        QStringLiteral("Tidigare behandling")};
    return language == Language::Swedish ? swedish : finnish;
}

QString DocumentTexts::roleName(MembershipRole role) const
{
    switch (role) {
    case MembershipRole::Chair:
        return chair;
    case MembershipRole::ViceChair:
        return viceChair;
    case MembershipRole::Member:
        return member;
    case MembershipRole::Deputy:
        return deputy;
    case MembershipRole::Secretary:
        return secretary;
    case MembershipRole::Presenter:
        return presenter;
    }
    return QString();
}

QString DocumentTexts::meetingTime(const Meeting &meeting, const QLocale &locale, const QString &weekday) const
{
    const bool held = meeting.actualStart.isValid();
    const QDateTime start = held ? meeting.actualStart : meeting.plannedStart;
    const QDateTime end = held ? meeting.actualEnd : meeting.plannedEnd;
    QString text = locale.toString(start.date(), weekday) + QLatin1Char(' ') + day(start.date()) + QLatin1Char(' ')
        + clock + QLatin1Char(' ') + clockTime(start.time());
    if (end.isValid() && end.date() != start.date())
        text += QStringLiteral(" – ") + day(end.date()) + QLatin1Char(' ') + clock + QLatin1Char(' ')
            + clockTime(end.time());
    else if (end.isValid())
        text += QStringLiteral("–") + clockTime(end.time());
    return text;
}

QString DocumentTexts::dayFormat()
{
    return QStringLiteral("d.M.yyyy");
}

QString DocumentTexts::clockFormat()
{
    return QStringLiteral("H.mm");
}

QString DocumentTexts::day(const QDate &date)
{
    return date.toString(dayFormat());
}

QString DocumentTexts::clockTime(const QTime &time)
{
    return time.toString(clockFormat());
}
