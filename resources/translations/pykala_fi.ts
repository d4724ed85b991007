<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi">
<context>
    <name>AccessibilityStatement</name>
    <message>
        <source>The site&apos;s accessibility statement says where feedback goes, and the organisation has no registry address or e-mail set. Set them with &apos;pykala-cli organisation --address TEXT --email ADDRESS&apos;.</source>
        <translation>Sivuston saavutettavuusseloste kertoo, minne palautteen voi antaa, eikä organisaatiolle ole asetettu kirjaamon osoitetta tai sähköpostiosoitetta. Aseta ne komennolla &apos;pykala-cli organisation --address TEKSTI --email OSOITE&apos;.</translation>
    </message>
</context>
<context>
    <name>AgendaModel</name>
    <message>
        <source>§ %1</source>
        <translation>§ %1</translation>
    </message>
    <message>
        <source>§</source>
        <translation>§</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Otsikko</translation>
    </message>
    <message>
        <source>Preparers</source>
        <translation>Valmistelijat</translation>
    </message>
    <message>
        <source>Publicity</source>
        <translation>Julkisuus</translation>
    </message>
</context>
<context>
    <name>AgendaPreparation</name>
    <message>
        <source>The record of meeting %1 does not replay: %2</source>
        <translation>Kokouksen %1 kirjattuja tapahtumia ei voi käydä läpi uudelleen: %2</translation>
    </message>
    <message>
        <source>There is no agenda item with id %1.</source>
        <translation>Asiaa tunnisteella %1 ei ole.</translation>
    </message>
</context>
<context>
    <name>Appeal</name>
    <message>
        <source>The publication date is not a valid date.</source>
        <translation>Julkaisupäivä ei ole kelvollinen päivämäärä.</translation>
    </message>
    <message>
        <source>A preparatory or enforcement decision cannot be appealed, so it has no appeal period.</source>
        <translation>Valmistelua tai täytäntöönpanoa koskevaan päätökseen ei saa hakea muutosta, joten sillä ei ole muutoksenhakuaikaa.</translation>
    </message>
    <message>
        <source>The %1-day period of a procurement decision runs from the day a party is notified of the decision with its instructions (hankintalaki 132 § and 147 §), not from the publication of the minutes, so no last day follows from a publication date.</source>
        <translation>Hankintapäätöksen %1 päivän määräaika lasketaan päivästä, jona asianosainen on saanut tiedon päätöksestä ohjeineen (hankintalaki 132 § ja 147 §), eikä pöytäkirjan nähtäväksi asettamisesta, joten viimeistä päivää ei voi laskea julkaisupäivästä.</translation>
    </message>
    <message>
        <source>The day the extract was sent is not a valid date.</source>
        <translation>Otteen lähetyspäivä ei ole kelvollinen päivämäärä.</translation>
    </message>
</context>
<context>
    <name>AppealInstructions</name>
    <message>
        <source>The appeal instruction texts are missing from the program.</source>
        <translation>Muutoksenhakuohjeiden tekstit puuttuvat ohjelmasta.</translation>
    </message>
    <message>
        <source>There is no appeal instruction for %1.</source>
        <translation>Muutoksenhakuohjetta lajille %1 ei ole.</translation>
    </message>
    <message>
        <source>The appeal instructions name the administrative court, and the organisation has none set. Set it with &apos;pykala-cli organisation --court CODE&apos; (one of %1).</source>
        <translation>Muutoksenhakuohjeessa nimetään hallinto-oikeus, eikä organisaatiolle ole asetettu sitä. Aseta se komennolla &apos;pykala-cli organisation --court KOODI&apos; (jokin näistä: %1).</translation>
    </message>
    <message>
        <source>The appeal instructions give the address where requests are sent, and the organisation has none set. Set it with &apos;pykala-cli organisation --address TEXT --email ADDRESS&apos;.</source>
        <translation>Muutoksenhakuohjeessa annetaan osoite, johon vaatimukset lähetetään, eikä organisaatiolle ole asetettu sitä. Aseta se komennolla &apos;pykala-cli organisation --address TEKSTI --email OSOITE&apos;.</translation>
    </message>
</context>
<context>
    <name>ArchivePackage</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Tiedostoon %1 ei voitu kirjoittaa: %2</translation>
    </message>
    <message>
        <source>Name the folder to write the archive package to.</source>
        <translation>Anna kansio, johon arkistopaketti kirjoitetaan.</translation>
    </message>
    <message>
        <source>%1 exists and is not an empty folder; give a new folder for the archive package.</source>
        <translation>%1 on jo olemassa eikä ole tyhjä kansio; anna arkistopaketille uusi kansio.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Kansiota %1 ei ole.</translation>
    </message>
    <message>
        <source>No case was closed in %1: there is nothing to archive for that year.</source>
        <translation>Vuonna %1 ei suljettu yhtään asiaa: siltä vuodelta ei ole arkistoitavaa.</translation>
    </message>
    <message>
        <source>Could not make a folder in %1: %2</source>
        <translation>Kansioon %1 ei voitu tehdä kansiota: %2</translation>
    </message>
    <message>
        <source>The archive export was cancelled; no package was written.</source>
        <translation>Arkistoinnin vienti peruttiin; pakettia ei kirjoitettu.</translation>
    </message>
    <message numerus="yes">
        <source>None of the %n case(s) closed in %1 can be archived yet: %2</source>
        <translation>
            <numerusform>Vuonna %1 suljettiin %n asia, eikä sitä voi vielä arkistoida: %2</numerusform>
            <numerusform>Vuonna %1 suljettiin %n asiaa, eikä yhtäkään niistä voi vielä arkistoida: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not replace the empty folder %1.</source>
        <translation>Tyhjää kansiota %1 ei voitu korvata.</translation>
    </message>
    <message>
        <source>Could not move the package to %1.</source>
        <translation>Pakettia ei voitu siirtää kansioon %1.</translation>
    </message>
    <message>
        <source>Case %1 has no task class.</source>
        <translation>Asialla %1 ei ole tehtäväluokkaa.</translation>
    </message>
    <message>
        <source>The store has no organisation.</source>
        <translation>Asiakirjavarastossa ei ole organisaatiota.</translation>
    </message>
    <message>
        <source>its handling at %1 was not held.</source>
        <translation>kokousta %1, jossa asia käsitellään, ei ole pidetty.</translation>
    </message>
    <message>
        <source>its handling at %1 has no § number.</source>
        <translation>asian käsittelyllä kokouksessa %1 ei ole pykälänumeroa.</translation>
    </message>
    <message>
        <source>the minutes of %1 are not signed by all who sign them.</source>
        <translation>kaikki allekirjoittajat eivät ole allekirjoittaneet kokouksen %1 pöytäkirjaa.</translation>
    </message>
    <message>
        <source>it has no handling at a meeting.</source>
        <translation>asiaa ei ole käsitelty yhdessäkään kokouksessa.</translation>
    </message>
    <message>
        <source>Could not make the folder %1.</source>
        <translation>Kansiota %1 ei voitu tehdä.</translation>
    </message>
</context>
<context>
    <name>Attendance</name>
    <message>
        <source>Person %1 holds no seat in the body and cannot be recorded as a member present.</source>
        <translation>Henkilöllä %1 ei ole paikkaa toimielimessä, eikä häntä voi merkitä läsnä olevaksi jäseneksi.</translation>
    </message>
    <message>
        <source>The disqualification of person %1 in item %2 needs its ground.</source>
        <translation>Henkilön %1 esteellisyydelle asiassa %2 on merkittävä peruste.</translation>
    </message>
    <message>
        <source>The moves are not in the order of the agenda: item %1 comes after item %2.</source>
        <translation>Saapumiset ja poistumiset eivät ole esityslistan järjestyksessä: asia %1 tulee asian %2 jälkeen.</translation>
    </message>
    <message>
        <source>Person %1 holds no seat in the body.</source>
        <translation>Henkilöllä %1 ei ole paikkaa toimielimessä.</translation>
    </message>
    <message>
        <source>Person %1 arrives during item %2 but is already present.</source>
        <translation>Henkilö %1 saapuu asian %2 aikana, mutta on jo läsnä.</translation>
    </message>
    <message>
        <source>Person %1 leaves during item %2 but is not present.</source>
        <translation>Henkilö %1 poistuu asian %2 aikana, mutta ei ole läsnä.</translation>
    </message>
    <message>
        <source>Person %1 is recorded as disqualified in item %2 but is not present.</source>
        <translation>Henkilö %1 on merkitty esteelliseksi asiassa %2, mutta ei ole läsnä.</translation>
    </message>
    <message>
        <source>A move is recorded for item %1, which is not on the agenda.</source>
        <translation>Saapuminen tai poistuminen on merkitty asiaan %1, jota ei ole esityslistalla.</translation>
    </message>
    <message>
        <source>Person %1 is recorded as taking part by a remote connection but is not present at the opening.</source>
        <translation>Henkilö %1 on merkitty osallistuvaksi etäyhteydellä, mutta hän ei ole läsnä kokouksen alussa.</translation>
    </message>
    <message>
        <source>Person %1 changes how they take part during item %2 but is not present.</source>
        <translation>Henkilö %1 muuttaa osallistumistapaansa asian %2 aikana, mutta hän ei ole läsnä.</translation>
    </message>
    <message>
        <source>Person %1 switches to a remote connection during item %2 but already takes part by one.</source>
        <translation>Henkilö %1 siirtyy etäyhteyteen asian %2 aikana, mutta hän osallistuu jo etäyhteydellä.</translation>
    </message>
    <message>
        <source>Person %1 switches to the meeting room during item %2 but is already there.</source>
        <translation>Henkilö %1 siirtyy kokouspaikalle asian %2 aikana, mutta hän on jo siellä.</translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>Unknown entity %1.</source>
        <translation>Tuntematon tietuetyyppi %1.</translation>
    </message>
    <message>
        <source>Audit log entries %1 to %2 are missing.</source>
        <translation>Lokitapahtumat %1–%2 puuttuvat.</translation>
    </message>
    <message>
        <source>Audit log entry %1 does not follow the entry before it: the log was altered.</source>
        <translation>Lokitapahtuma %1 ei jatka edellistä tapahtumaa: lokia on muutettu.</translation>
    </message>
    <message>
        <source>Audit log entry %1 was altered after it was written.</source>
        <translation>Lokitapahtumaa %1 on muutettu kirjoittamisen jälkeen.</translation>
    </message>
    <message>
        <source>The newest audit log entries (after %1) are missing.</source>
        <translation>Uusimmat lokitapahtumat (tapahtuman %1 jälkeen) puuttuvat.</translation>
    </message>
    <message>
        <source>%1 %2 is not in the audit log: it was written outside Pykälä.</source>
        <translation>%1 %2 puuttuu muutoslokista: se on kirjoitettu Pykälän ohi.</translation>
    </message>
    <message>
        <source>%1 %2 differs from its last audited value: it was changed outside Pykälä.</source>
        <translation>%1 %2 poikkeaa viimeksi lokiin kirjatusta arvosta: sitä on muutettu Pykälän ohi.</translation>
    </message>
    <message>
        <source>%1 %2 is missing: it was deleted outside Pykälä.</source>
        <translation>%1 %2 puuttuu: se on poistettu Pykälän ohi.</translation>
    </message>
    <message>
        <source>Audit log entry %1 changes %2 %3 from a value the log never recorded: the record was changed outside Pykälä before it.</source>
        <translation>Lokitapahtuma %1 muuttaa tietuetta %2 %3 arvosta, jota lokiin ei ole kirjattu: tietuetta on muutettu Pykälän ohi ennen sitä.</translation>
    </message>
</context>
<context>
    <name>BackgroundWork</name>
    <message>
        <source>Stop</source>
        <translation>Lopeta</translation>
    </message>
    <message>
        <source>Stopping once the step under way is done…</source>
        <translation>Lopetetaan, kun käynnissä oleva vaihe on valmis…</translation>
    </message>
    <message>
        <source>Pykälä</source>
        <translation>Pykälä</translation>
    </message>
</context>
<context>
    <name>BodyDialog</name>
    <message>
        <source>Edit Body – %1</source>
        <translation>Muokkaa toimielintä – %1</translation>
    </message>
    <message>
        <source>New Body</source>
        <translation>Uusi toimielin</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Tallenna</translation>
    </message>
    <message>
        <source>Add Body</source>
        <translation>Lisää toimielin</translation>
    </message>
</context>
<context>
    <name>BodyForm</name>
    <message>
        <source>Meetings usually &amp;start at</source>
        <translation>Kokoukset alkavat &amp;tavallisesti klo</translation>
    </message>
    <message>
        <source>Minutes are signed &amp;electronically</source>
        <translation>Pöytäkirjat allekirjoitetaan &amp;sähköisesti</translation>
    </message>
    <message>
        <source>e.g. Tekninen lautakunta</source>
        <translation>esim. Tekninen lautakunta</translation>
    </message>
    <message>
        <source>for Swedish documents, e.g. Tekniska nämnden</source>
        <translation>ruotsinkielisiin asiakirjoihin, esim. Tekniska nämnden</translation>
    </message>
    <message>
        <source>e.g. TEKLTK</source>
        <translation>esim. TEKLTK</translation>
    </message>
    <message>
        <source>One word without &apos;/&apos;: it names the meetings, as in KH 12/2026.</source>
        <translation>Yksi sana ilman merkkiä &apos;/&apos;: se nimeää kokoukset, kuten KH 12/2026.</translation>
    </message>
    <message>
        <source>Kuntalaki 103 §: the council needs two thirds of its members present, other bodies more than half.</source>
        <translation>Kuntalaki 103 §: valtuusto on päätösvaltainen, kun kaksi kolmasosaa valtuutetuista on läsnä, muut toimielimet, kun enemmän kuin puolet jäsenistä on läsnä.</translation>
    </message>
    <message>
        <source>The organisation&apos;s</source>
        <translation>Organisaation</translation>
    </message>
    <message>
        <source>e.g. Kunnantalo, kokoushuone 2</source>
        <translation>esim. Kunnantalo, kokoushuone 2</translation>
    </message>
    <message>
        <source>Usual starting time</source>
        <translation>Tavallinen alkamisaika</translation>
    </message>
    <message>
        <source>A new meeting of the body starts at this time unless you change it.</source>
        <translation>Toimielimen uusi kokous alkaa tähän aikaan, ellet muuta sitä.</translation>
    </message>
    <message>
        <source>Signed with certificates in Pykälä; otherwise on paper.</source>
        <translation>Allekirjoitetaan varmenteilla Pykälässä; muuten paperilla.</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>&amp;Nimi:</translation>
    </message>
    <message>
        <source>S&amp;wedish name:</source>
        <translation>&amp;Ruotsinkielinen nimi:</translation>
    </message>
    <message>
        <source>S&amp;hort name:</source>
        <translation>&amp;Lyhenne:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Laji:</translation>
    </message>
    <message>
        <source>&amp;Quorum:</source>
        <translation>&amp;Päätösvaltaisuus:</translation>
    </message>
    <message>
        <source>§ n&amp;umbers:</source>
        <translation>Pykälä&amp;numerointi:</translation>
    </message>
    <message>
        <source>Si&amp;gning order:</source>
        <translation>&amp;Allekirjoitusjärjestys:</translation>
    </message>
    <message>
        <source>&amp;Document language:</source>
        <translation>Asiakirjojen &amp;kieli:</translation>
    </message>
    <message>
        <source>Usual &amp;place:</source>
        <translation>Tavallinen &amp;kokouspaikka:</translation>
    </message>
    <message>
        <source> days after the meeting</source>
        <translation> päivää kokouksen jälkeen</translation>
    </message>
    <message>
        <source>Members&apos; packages can be read</source>
        <translation>Jäsenten paketteja voi lukea</translation>
    </message>
    <message>
        <source>Review mode refuses a member&apos;s meeting package after this and offers to delete it.</source>
        <translation>Lukutila ei avaa jäsenen kokouspakettia tämän jälkeen ja tarjoutuu poistamaan sen.</translation>
    </message>
    <message>
        <source>Members&apos; pac&amp;kages can be read:</source>
        <translation>Jäsenten pa&amp;ketteja voi lukea:</translation>
    </message>
</context>
<context>
    <name>BodyTemplates</name>
    <message>
        <source>The templates of the bodies are missing from this build.</source>
        <translation>Toimielinten mallit puuttuvat tästä ohjelmaversiosta.</translation>
    </message>
    <message>
        <source>The templates of the bodies are broken.</source>
        <translation>Toimielinten mallit ovat rikki.</translation>
    </message>
</context>
<context>
    <name>BringInDialog</name>
    <message>
        <source>Bring In an Earlier Item</source>
        <translation>Tuo aiemmin käsitelty asia</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Kokous</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Asia</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Käsittelyn tulos</translation>
    </message>
    <message>
        <source>%1 § %2</source>
        <translation>%1 § %2</translation>
    </message>
    <message>
        <source>No tabled or returned items are waiting.</source>
        <translation>Pöydälle pantuja tai palautettuja asioita ei ole odottamassa.</translation>
    </message>
    <message>
        <source>Bring In</source>
        <translation>Tuo</translation>
    </message>
    <message>
        <source>Choose the item to bring in.</source>
        <translation>Valitse tuotava asia.</translation>
    </message>
    <message>
        <source>Tabled</source>
        <translation>Pantu pöydälle</translation>
    </message>
    <message>
        <source>Returned for preparation</source>
        <translation>Palautettu uudelleen valmisteltavaksi</translation>
    </message>
    <message numerus="yes">
        <source>Items that earlier meetings of this body tabled or returned for preparation, and that no later agenda has taken up yet (the last %n year(s)). To copy any other earlier item, find it by its words.</source>
        <translation>
            <numerusform>Asiat, jotka toimielimen aiemmat kokoukset ovat panneet pöydälle tai palauttaneet uudelleen valmisteltaviksi ja joita mikään myöhempi esityslista ei ole vielä ottanut käsiteltäviksi (viimeinen %n vuosi). Muun aiemman asian voi kopioida hakemalla sitä sen sanoilla.</numerusform>
            <numerusform>Asiat, jotka toimielimen aiemmat kokoukset ovat panneet pöydälle tai palauttaneet uudelleen valmisteltaviksi ja joita mikään myöhempi esityslista ei ole vielä ottanut käsiteltäviksi (viimeiset %n vuotta). Muun aiemman asian voi kopioida hakemalla sitä sen sanoilla.</numerusform>
        </translation>
    </message>
    <message>
        <source>Find an earlier item</source>
        <translation>Hae aiempaa asiaa</translation>
    </message>
    <message>
        <source>Words of an earlier item&apos;s title or text, e.g. päiväkoti</source>
        <translation>Aiemman asian otsikon tai tekstin sanoja, esim. päiväkoti</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Hae:</translation>
    </message>
    <message>
        <source>Earlier items</source>
        <translation>Aiemmat asiat</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Löytyi</translation>
    </message>
    <message>
        <source>No earlier item has the words “%1”.</source>
        <translation>Millään aiemmalla asialla ei ole sanoja ”%1”.</translation>
    </message>
</context>
<context>
    <name>CancelMeetingDialog</name>
    <message>
        <source>Cancel %1</source>
        <translation>Peru %1</translation>
    </message>
    <message>
        <source>Reason for cancelling</source>
        <translation>Peruutuksen syy</translation>
    </message>
    <message>
        <source>e.g. No matters to decide</source>
        <translation>esim. Ei käsiteltäviä asioita</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Syy:</translation>
    </message>
    <message>
        <source>A cancelled meeting is not held, and it cannot be convened or moved again. Its agenda and its record keep the reason.</source>
        <translation>Peruttua kokousta ei pidetä, eikä sitä voi enää kutsua koolle tai siirtää. Sen esityslista ja tiedot säilyttävät syyn.</translation>
    </message>
    <message>
        <source>Cancel Meeting</source>
        <translation>Peru kokous</translation>
    </message>
    <message>
        <source>Keep Meeting</source>
        <translation>Älä peru</translation>
    </message>
</context>
<context>
    <name>CaseView</name>
    <message>
        <source>There is no case with id %1 in the case register.</source>
        <translation>Asiarekisterissä ei ole asiaa tunnisteella %1.</translation>
    </message>
</context>
<context>
    <name>CaseWindow</name>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Muokkaa…</translation>
    </message>
    <message>
        <source>Add &amp;Party…</source>
        <translation>Lisää a&amp;sianosainen…</translation>
    </message>
    <message>
        <source>Record E&amp;xtract Sent…</source>
        <translation>Kirjaa lähetetty &amp;ote…</translation>
    </message>
    <message>
        <source>&amp;Destroy Records…</source>
        <translation>&amp;Hävitä asiakirjat…</translation>
    </message>
    <message>
        <source>Case Register</source>
        <translation>Asiarekisteri</translation>
    </message>
    <message>
        <source>Find cases by number (12/2026), title or the text of their items</source>
        <translation>Hae asioita diaarinumeron (12/2026), otsikon tai asiakohtien tekstin perusteella</translation>
    </message>
    <message>
        <source>Find cases</source>
        <translation>Hae asioita</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>Kaikki tilat</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Tila</translation>
    </message>
    <message>
        <source>Diary number</source>
        <translation>Diaarinumero</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Otsikko</translation>
    </message>
    <message>
        <source>Task class</source>
        <translation>Tehtäväluokka</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Asiat</translation>
    </message>
    <message>
        <source>The case</source>
        <translation>Asia</translation>
    </message>
    <message>
        <source>&amp;Open Case…</source>
        <translation>&amp;Avaa asia…</translation>
    </message>
    <message>
        <source>Destroy the parties and extracts sent of a closed case whose retention period has run; its register entry and its minutes are kept</source>
        <translation>Hävitä suljetun asian asianosaistiedot ja lähetetyt otteet, kun sen säilytysaika on kulunut; rekisterimerkintä ja pöytäkirjat säilytetään</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tilaviesti</translation>
    </message>
    <message>
        <source>Closed, records destroyed</source>
        <translation>Suljettu, asiakirjat hävitetty</translation>
    </message>
    <message>
        <source>The register has no cases yet. Open Case… opens one.</source>
        <translation>Asiarekisterissä ei ole vielä asioita. Avaa asia… -painikkeella avataan uusi asia.</translation>
    </message>
    <message>
        <source>No case is chosen.</source>
        <translation>Asiaa ei ole valittu.</translation>
    </message>
    <message>
        <source>Task class: %1 %2, %3</source>
        <translation>Tehtäväluokka: %1 %2, %3</translation>
    </message>
    <message>
        <source>kept permanently</source>
        <translation>säilytetään pysyvästi</translation>
    </message>
    <message numerus="yes">
        <source>kept %n year(s) after closing</source>
        <translation>
            <numerusform>säilytetään %n vuoden asian sulkemisesta</numerusform>
            <numerusform>säilytetään %n vuotta asian sulkemisesta</numerusform>
        </translation>
    </message>
    <message>
        <source>State: %1; opened %2</source>
        <translation>Tila: %1; avattu %2</translation>
    </message>
    <message>
        <source>, decided %1</source>
        <translation>, ratkaistu %1</translation>
    </message>
    <message>
        <source>, implemented %1</source>
        <translation>, toimeenpantu %1</translation>
    </message>
    <message>
        <source>, closed %1</source>
        <translation>, suljettu %1</translation>
    </message>
    <message>
        <source>Publicity: %1</source>
        <translation>Julkisuus: %1</translation>
    </message>
    <message numerus="yes">
        <source>, %n year(s)</source>
        <translation>
            <numerusform>, %n vuosi</numerusform>
            <numerusform>, %n vuotta</numerusform>
        </translation>
    </message>
    <message>
        <source>Preparer in charge: %1</source>
        <translation>Vastuuvalmistelija: %1</translation>
    </message>
    <message>
        <source>Its records were destroyed on %1: its parties and extracts sent are gone; its register entry and its minutes are kept.</source>
        <translation>Asian asiakirjat hävitettiin %1: asianosaistiedot ja lähetetyt otteet on poistettu; rekisterimerkintä ja pöytäkirjat säilytetään.</translation>
    </message>
    <message>
        <source>Handlings</source>
        <translation>Käsittelyt</translation>
    </message>
    <message>
        <source>No item of a meeting belongs to the case yet.</source>
        <translation>Asiaan ei vielä kuulu yhtään kokouksen asiakohtaa.</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Toimielin</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Kokous</translation>
    </message>
    <message>
        <source>§</source>
        <translation>§</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Asia</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Ehdotus</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Päätös</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Asiakirjat</translation>
    </message>
    <message>
        <source>Extract of %1</source>
        <translation>Pöytäkirjanote %1</translation>
    </message>
    <message>
        <source>No documents yet.</source>
        <translation>Ei vielä asiakirjoja.</translation>
    </message>
    <message>
        <source>Extracts sent</source>
        <translation>Lähetetyt otteet</translation>
    </message>
    <message>
        <source>No extract has been recorded as sent.</source>
        <translation>Yhtään otetta ei ole kirjattu lähetetyksi.</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Vastaanottaja</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Lähetetty</translation>
    </message>
    <message>
        <source>Notified</source>
        <translation>Tiedoksisaanti</translation>
    </message>
    <message>
        <source>Last day of appeal</source>
        <translation>Muutoksenhaun viimeinen päivä</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>not appealable</source>
        <translation>ei muutoksenhakuoikeutta</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>Asianosaiset</translation>
    </message>
    <message>
        <source>The case has no parties recorded.</source>
        <translation>Asiaan ei ole kirjattu asianosaisia.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Laji</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rooli</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Yhteystiedot</translation>
    </message>
    <message>
        <source>The item is no longer in the store.</source>
        <translation>Asiaa ei enää ole asiakirjavarastossa.</translation>
    </message>
    <message>
        <source>The meeting is no longer in the store.</source>
        <translation>Kokousta ei enää ole varastossa.</translation>
    </message>
    <message>
        <source>The attachment is no longer in the store.</source>
        <translation>Liitettä ei enää ole asiakirjavarastossa.</translation>
    </message>
    <message>
        <source>Opened case %1.</source>
        <translation>Avattiin asia %1.</translation>
    </message>
    <message>
        <source>Choose a case first.</source>
        <translation>Valitse ensin asia.</translation>
    </message>
    <message>
        <source>Saved case %1.</source>
        <translation>Tallennettiin asia %1.</translation>
    </message>
    <message>
        <source>Added a party to case %1.</source>
        <translation>Lisättiin asianosainen asiaan %1.</translation>
    </message>
    <message>
        <source>Recorded the extract sent to %1.</source>
        <translation>Kirjattiin vastaanottajalle %1 lähetetty ote.</translation>
    </message>
    <message>
        <source>Destroy the records of case %1 for good: its parties and the extracts sent? Its register entry and its minutes are kept.</source>
        <translation>Hävitetäänkö asian %1 asiakirjat lopullisesti: asianosaistiedot ja lähetetyt otteet? Rekisterimerkintä ja pöytäkirjat säilytetään.</translation>
    </message>
    <message>
        <source>Destroyed the records of case %1.</source>
        <translation>Hävitettiin asian %1 asiakirjat.</translation>
    </message>
    <message>
        <source>&amp;Task Classification…</source>
        <translation>&amp;Tehtäväluokitus…</translation>
    </message>
    <message>
        <source>The task classes of the information management plan: retention and default publicity, edited or imported from a spreadsheet</source>
        <translation>Tiedonohjaussuunnitelman tehtäväluokat: säilytysaika ja oletusjulkisuus, muokattuina tai taulukosta tuotuina</translation>
    </message>
    <message>
        <source>Export for &amp;Archive…</source>
        <translation>Vie &amp;arkistoon…</translation>
    </message>
    <message>
        <source>A year&apos;s closed cases with their signed minutes, extracts and attachments, and SÄHKE2 metadata, into a new folder</source>
        <translation>Vuoden suljetut asiat allekirjoitettuine pöytäkirjoineen, otteineen ja liitteineen sekä SÄHKE2-metatietoineen uuteen kansioon</translation>
    </message>
    <message>
        <source>Export for Archive</source>
        <translation>Vie arkistoon</translation>
    </message>
    <message>
        <source>The cases closed in the year:</source>
        <translation>Vuonna suljetut asiat:</translation>
    </message>
    <message>
        <source>Export for Archive: Where to Write</source>
        <translation>Vie arkistoon: minne kirjoitetaan</translation>
    </message>
    <message>
        <source>Exporting the cases of %1 for the archive…</source>
        <translation>Viedään vuoden %1 asioita arkistoon…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Peru</translation>
    </message>
    <message>
        <source>Case %1 of %2: %3</source>
        <translation>Asia %1/%2: %3</translation>
    </message>
    <message>
        <source>Wrote the archive package of %1 to %2: %3 case(s), %4 record(s).</source>
        <translation>Vuoden %1 arkistopaketti kirjoitettiin kansioon %2: asioita %3, asiakirjoja %4.</translation>
    </message>
    <message>
        <source>Not archived: %1: %2</source>
        <translation>Ei arkistoitu: %1: %2</translation>
    </message>
</context>
<context>
    <name>CertificateFile</name>
    <message>
        <source>The file is %1 bytes: a certificate is a few kilobytes. Give the certificate itself, as a .pem or .cer file.</source>
        <translation>Tiedoston koko on %1 tavua: varmenne on muutaman kilotavun kokoinen. Anna itse varmenne .pem- tai .cer-tiedostona.</translation>
    </message>
    <message>
        <source>The file holds a private key. Give only the certificate: a private key never leaves its owner.</source>
        <translation>Tiedostossa on yksityinen avain. Anna vain varmenne: yksityinen avain ei koskaan lähde omistajaltaan.</translation>
    </message>
    <message>
        <source>The file is not an X.509 certificate (PEM or DER).</source>
        <translation>Tiedosto ei ole X.509-varmenne (PEM tai DER).</translation>
    </message>
    <message>
        <source>The file holds %1 certificates; give the person&apos;s own certificate alone.</source>
        <translation>Tiedostossa on %1 varmennetta; anna henkilön oma varmenne yksinään.</translation>
    </message>
    <message>
        <source>The certificate names no subject.</source>
        <translation>Varmenteessa ei ole haltijaa.</translation>
    </message>
    <message>
        <source>The certificate of %1 expired on %2; register the one in use now.</source>
        <translation>Haltijan %1 varmenne vanheni %2; rekisteröi nyt käytössä oleva varmenne.</translation>
    </message>
</context>
<context>
    <name>CertificatesDialog</name>
    <message>
        <source>Certificates of %1</source>
        <translation>Varmenteet – %1</translation>
    </message>
    <message>
        <source>The certificates %1 signs minutes with and, where it is another (a Finnish identity card has its own), the one meeting packages are encrypted to. Each is registered from the certificate file itself: never a private key. Minutes are signed in %1&apos;s turn only with a certificate registered here for signing.</source>
        <translation>Varmenne, jolla %1 allekirjoittaa pöytäkirjoja, ja jos se on eri varmenne (henkilökortissa on oma), varmenne, jolle kokouspaketit salataan. Kukin rekisteröidään itse varmennetiedostosta, ei koskaan yksityisestä avaimesta. Vuorollaan %1 voi allekirjoittaa pöytäkirjan vain täällä allekirjoitusta varten rekisteröidyllä varmenteella.</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>Käyttö</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>Haltija</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Myöntäjä</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Voimassa</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint</source>
        <translation>SHA-256-sormenjälki</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Varmenteet</translation>
    </message>
    <message>
        <source>For signing</source>
        <translation>Allekirjoitukseen</translation>
    </message>
    <message>
        <source>For encrypting packages</source>
        <translation>Pakettien salaukseen</translation>
    </message>
    <message>
        <source>What the certificate is for</source>
        <translation>Mihin varmennetta käytetään</translation>
    </message>
    <message>
        <source>&amp;Add from File…</source>
        <translation>&amp;Lisää tiedostosta…</translation>
    </message>
    <message>
        <source>Register a certificate from its file (.pem, .crt, .cer or .der)</source>
        <translation>Rekisteröi varmenne sen tiedostosta (.pem, .crt, .cer tai .der)</translation>
    </message>
    <message>
        <source>Certificate File</source>
        <translation>Varmennetiedosto</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer *.der);;All files (*)</source>
        <translation>Varmenteet (*.pem *.crt *.cer *.der);;Kaikki tiedostot (*)</translation>
    </message>
    <message>
        <source>&amp;Register:</source>
        <translation>&amp;Rekisteröi:</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>signing</source>
        <translation>allekirjoitus</translation>
    </message>
    <message>
        <source>encryption</source>
        <translation>salaus</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>Tiedostoa %1 ei voitu lukea: %2</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>--language must be fi or sv, not &quot;%1&quot;.</source>
        <translation>--language on fi tai sv, ei &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Created the store %1.</source>
        <translation>Asiakirjavarasto %1 luotiin.</translation>
    </message>
    <message>
        <source>--as-of must be a date such as 2026-05-31, not &quot;%1&quot;.</source>
        <translation>--as-of on päivämäärä muodossa 2026-05-31, ei &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Added demo data: %1 bodies, %2 persons, %3 meetings, %4 agenda items, %5 attachments.</source>
        <translation>Esimerkkiaineisto lisättiin: %1 toimielintä, %2 henkilöä, %3 kokousta, %4 asiaa, %5 liitettä.</translation>
    </message>
    <message>
        <source>Cannot read standard input.</source>
        <translation>Vakiosyötettä ei voi lukea.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Tiedostoa %1 ei voi lukea: %2</translation>
    </message>
    <message>
        <source>%1: %2 Nothing was imported.</source>
        <translation>%1: %2 Mitään ei tuotu.</translation>
    </message>
    <message>
        <source>Imported %1 meetings with %2 agenda items and %3 attachments; added %4 bodies, %5 persons and %6 memberships.</source>
        <translation>Tuotiin %1 kokousta, %2 asiaa ja %3 liitettä; lisättiin %4 toimielintä, %5 henkilöä ja %6 jäsenyyttä.</translation>
    </message>
    <message>
        <source>Cannot write to standard output.</source>
        <translation>Vakiotulosteeseen ei voi kirjoittaa.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Tiedostoon %1 ei voi kirjoittaa: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n jäsen</numerusform>
            <numerusform>%n jäsentä</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no body with the short name %1. &apos;pykala-cli bodies&apos; lists them.</source>
        <translation>Toimielintä lyhenteellä %1 ei ole. &apos;pykala-cli bodies&apos; luettelee toimielimet.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n asia</numerusform>
            <numerusform>%n asiaa</numerusform>
        </translation>
    </message>
    <message>
        <source>No agenda items match.</source>
        <translation>Hakua vastaavia asioita ei löytynyt.</translation>
    </message>
    <message numerus="yes">
        <source>The store is intact: integrity and foreign keys check out, and %n audit log entries form an unbroken chain that matches the stored records.</source>
        <translation>
            <numerusform>Asiakirjavarasto on eheä: eheys ja viittaukset ovat kunnossa, ja %n lokitapahtuma muodostaa katkeamattoman ketjun, joka vastaa tallennettuja tietoja.</numerusform>
            <numerusform>Asiakirjavarasto on eheä: eheys ja viittaukset ovat kunnossa, ja %n lokitapahtumaa muodostaa katkeamattoman ketjun, joka vastaa tallennettuja tietoja.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The store failed its check (%n problem(s)). Restore it from a backup.</source>
        <translation>
            <numerusform>Asiakirjavaraston tarkistus epäonnistui (%n ongelma). Palauta varasto varmuuskopiosta.</numerusform>
            <numerusform>Asiakirjavaraston tarkistus epäonnistui (%n ongelmaa). Palauta varasto varmuuskopiosta.</numerusform>
        </translation>
    </message>
    <message>
        <source>Create a new, empty store.</source>
        <translation>Luo uusi, tyhjä asiakirjavarasto.</translation>
    </message>
    <message>
        <source>Fill an empty store with generated demo data.</source>
        <translation>Täytä tyhjä varasto luodulla esimerkkiaineistolla.</translation>
    </message>
    <message>
        <source>Import an interchange document (- reads standard input).</source>
        <translation>Tuo siirtotiedosto (- lukee vakiosyötteen).</translation>
    </message>
    <message>
        <source>Export the store or one meeting (- writes standard output).</source>
        <translation>Vie varasto tai yksi kokous (- kirjoittaa vakiotulosteeseen).</translation>
    </message>
    <message>
        <source>List the bodies.</source>
        <translation>Luettele toimielimet.</translation>
    </message>
    <message>
        <source>List meetings.</source>
        <translation>Luettele kokoukset.</translation>
    </message>
    <message>
        <source>Print a meeting&apos;s agenda, e.g. show &quot;KH 12/2026&quot;.</source>
        <translation>Tulosta kokouksen esityslista, esim. show &quot;KH 12/2026&quot;.</translation>
    </message>
    <message>
        <source>Full-text search over agenda items.</source>
        <translation>Vapaasanahaku asioista.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Komennot:</translation>
    </message>
    <message>
        <source>Run &apos;pykala-cli --help&apos; for usage.</source>
        <translation>Käyttöohje: &apos;pykala-cli --help&apos;.</translation>
    </message>
    <message>
        <source>Pykälä case store, headless.</source>
        <translation>Pykälän asiakirjavarasto komentoriviltä.</translation>
    </message>
    <message>
        <source>The store file (default: $PYKALA_STORE, else %1).</source>
        <translation>Varastotiedosto (oletus: $PYKALA_STORE, muuten %1).</translation>
    </message>
    <message>
        <source>demo: random seed (default 1).</source>
        <translation>demo: satunnaislukujen siemen (oletus 1).</translation>
    </message>
    <message>
        <source>export: only this meeting.</source>
        <translation>export: vain tämä kokous.</translation>
    </message>
    <message>
        <source>search: at most N results (default 20).</source>
        <translation>search: enintään N tulosta (oletus 20).</translation>
    </message>
    <message>
        <source>The command to run.</source>
        <translation>Suoritettava komento.</translation>
    </message>
    <message>
        <source>Its arguments.</source>
        <translation>Komennon argumentit.</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>Komento puuttuu.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Tuntematon komento &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The command %1 takes no --%2 option.</source>
        <translation>Komennolla %1 ei ole valitsinta --%2.</translation>
    </message>
    <message>
        <source>Usage: pykala-cli %1 %2</source>
        <translation>Käyttö: pykala-cli %1 %2</translation>
    </message>
    <message>
        <source>--%1 must be a whole number from %2 to %3, not &quot;%4&quot;.</source>
        <translation>--%1 on kokonaisluku väliltä %2–%3, ei &quot;%4&quot;.</translation>
    </message>
    <message>
        <source>--published must be a date such as 2026-05-31, not &quot;%1&quot;.</source>
        <translation>--published on päivämäärä muodossa 2026-05-31, ei &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--kind must be one of %1 (or oikaisuvaatimus, kunnallisvalitus, hallintovalitus, hankintaoikaisu), not &quot;%2&quot;.</source>
        <translation>--kind on yksi näistä: %1 (tai oikaisuvaatimus, kunnallisvalitus, hallintovalitus, hankintaoikaisu), ei &quot;%2&quot;.</translation>
    </message>
    <message numerus="yes">
        <source>Published %1; deemed notified %2; last day of appeal %3 (%n day(s) from notification).</source>
        <translation>
            <numerusform>Julkaistu %1; tiedoksisaanti %2; muutoksenhaun viimeinen päivä %3 (%n päivä tiedoksisaannista).</numerusform>
            <numerusform>Julkaistu %1; tiedoksisaanti %2; muutoksenhaun viimeinen päivä %3 (%n päivää tiedoksisaannista).</numerusform>
        </translation>
    </message>
    <message>
        <source>The period ends on %1%2, so the last day moves to the next working day.</source>
        <translation>Määräaika päättyy %1%2, joten viimeinen päivä siirtyy seuraavaan arkipäivään.</translation>
    </message>
    <message>
        <source>Notification day and last day of appeal for a publication date.</source>
        <translation>Tiedoksisaantipäivä ja muutoksenhaun viimeinen päivä julkaisupäivästä.</translation>
    </message>
    <message>
        <source>deadlines needs --%1.</source>
        <translation>deadlines tarvitsee valitsimen --%1.</translation>
    </message>
    <message>
        <source>%1: %2 Nothing was recorded.</source>
        <translation>%1: %2 Mitään ei kirjattu.</translation>
    </message>
    <message>
        <source>Recorded the events of %1; %2 item(s) have proceedings.</source>
        <translation>Kokouksen %1 tapahtumat kirjattiin; käsittelymerkintöjä on %2 asiassa.</translation>
    </message>
    <message>
        <source>The meeting has not been opened yet, so nothing has been decided. Record its events with &apos;pykala-cli record&apos;.</source>
        <translation>Kokousta ei ole vielä avattu, joten mitään ei ole päätetty. Kirjaa sen tapahtumat komennolla &apos;pykala-cli record&apos;.</translation>
    </message>
    <message>
        <source>Quorum: %1 of %2 present, %3 needed — %4.</source>
        <translation>Päätösvaltaisuus: %1/%2 läsnä, tarvitaan %3 — %4.</translation>
    </message>
    <message>
        <source>reached</source>
        <translation>päätösvaltainen</translation>
    </message>
    <message>
        <source>NOT reached</source>
        <translation>EI päätösvaltainen</translation>
    </message>
    <message>
        <source>Result: %1.</source>
        <translation>Tulos: %1.</translation>
    </message>
    <message>
        <source>Elected: %1.</source>
        <translation>Valituiksi tulivat: %1.</translation>
    </message>
    <message>
        <source>Record a meeting&apos;s events from a JSON file, all or nothing.</source>
        <translation>Kirjaa kokouksen tapahtumat JSON-tiedostosta, kaikki tai ei mitään.</translation>
    </message>
    <message>
        <source>What the engine computed for an item, e.g. outcome &quot;KH 12/2026 § 156&quot;.</source>
        <translation>Mitä moottori laski asialle, esim. outcome &quot;KH 12/2026 § 156&quot;.</translation>
    </message>
    <message>
        <source>Warning: item %1 was handled without quorum (%2 of %3 present, %4 needed).</source>
        <translation>Varoitus: asia %1 käsiteltiin päätösvaltaisuuden puuttuessa (%2/%3 läsnä, tarvitaan %4).</translation>
    </message>
    <message>
        <source>Result: pending; the votes are still to be recorded.</source>
        <translation>Tulos: kesken; äänestykset on vielä kirjattava.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Tiedostoon %1 ei voitu kirjoittaa: %2</translation>
    </message>
    <message>
        <source>Wrote %1 (%2).</source>
        <translation>Kirjoitettiin %1 (%2).</translation>
    </message>
    <message>
        <source>--lang must be fi or sv, not &quot;%1&quot;.</source>
        <translation>--lang on fi tai sv, ei &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Name: %1</source>
        <translation>Nimi: %1</translation>
    </message>
    <message>
        <source>Business id: %1</source>
        <translation>Y-tunnus: %1</translation>
    </message>
    <message>
        <source>Document language: %1</source>
        <translation>Asiakirjojen kieli: %1</translation>
    </message>
    <message>
        <source>Administrative court: %1</source>
        <translation>Hallinto-oikeus: %1</translation>
    </message>
    <message>
        <source>Swedish name: %1</source>
        <translation>Ruotsinkielinen nimi: %1</translation>
    </message>
    <message>
        <source>Registry address: %1</source>
        <translation>Kirjaamon osoite: %1</translation>
    </message>
    <message>
        <source>Registry e-mail: %1</source>
        <translation>Kirjaamon sähköposti: %1</translation>
    </message>
    <message>
        <source>--%1 must be a date such as 2026-11-25, not &quot;%2&quot;.</source>
        <translation>--%1 on päivämäärä muodossa 2026-11-25, ei &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Minutes of %1: checked %2, published %3.</source>
        <translation>Kokouksen %1 pöytäkirja: tarkastettu %2, julkaistu %3.</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>ei vielä</translation>
    </message>
    <message>
        <source>Write a meeting&apos;s agenda: -o FILE.pdf (PDF/A) or FILE.html.</source>
        <translation>Kirjoita kokouksen esityslista: -o TIEDOSTO.pdf (PDF/A) tai TIEDOSTO.html.</translation>
    </message>
    <message>
        <source>Write a meeting&apos;s minutes: -o FILE.pdf (PDF/A) or FILE.html.</source>
        <translation>Kirjoita kokouksen pöytäkirja: -o TIEDOSTO.pdf (PDF/A) tai TIEDOSTO.html.</translation>
    </message>
    <message>
        <source>Write an extract of the minutes, e.g. extract &quot;KH 12/2026 § 156&quot; -o FILE.pdf.</source>
        <translation>Kirjoita pöytäkirjanote, esim. extract &quot;KH 12/2026 § 156&quot; -o TIEDOSTO.pdf.</translation>
    </message>
    <message>
        <source>Show the organisation, or set its details with options.</source>
        <translation>Näytä organisaatio tai aseta sen tiedot valitsimilla.</translation>
    </message>
    <message>
        <source>Record the days the minutes were checked and published.</source>
        <translation>Kirjaa pöytäkirjan tarkastus- ja julkaisupäivä.</translation>
    </message>
    <message>
        <source>init, organisation: the business id (Y-tunnus).</source>
        <translation>init, organisation: Y-tunnus.</translation>
    </message>
    <message>
        <source>organisation: the administrative court, e.g. ita-suomi.</source>
        <translation>organisation: hallinto-oikeus, esim. ita-suomi.</translation>
    </message>
    <message>
        <source>organisation: the registry&apos;s postal address (lines split by \n).</source>
        <translation>organisation: kirjaamon postiosoite (rivit erotetaan merkinnällä \n).</translation>
    </message>
    <message>
        <source>agenda, minutes, extract, publish: the document language, fi or sv (default: the body&apos;s).</source>
        <translation>agenda, minutes, extract, publish: asiakirjan kieli, fi tai sv (oletus: toimielimen kieli).</translation>
    </message>
    <message>
        <source>publication: the day the minutes were checked.</source>
        <translation>publication: pöytäkirjan tarkastuspäivä.</translation>
    </message>
    <message>
        <source>show, agenda, minutes, extract: leave out confidential content and personal data.</source>
        <translation>show, agenda, minutes, extract: jätä pois salassa pidettävä sisältö ja henkilötiedot.</translation>
    </message>
    <message>
        <source>deadlines, publication: the day the minutes were published.</source>
        <translation>deadlines, publication: pöytäkirjan julkaisupäivä.</translation>
    </message>
    <message>
        <source>%1 needs -o %2.</source>
        <translation>%1 tarvitsee valitsimen -o %2.</translation>
    </message>
    <message>
        <source>publication needs --checked, --published or both.</source>
        <translation>publication tarvitsee valitsimen --checked, --published tai molemmat.</translation>
    </message>
    <message>
        <source>Cannot read the password file %1: %2</source>
        <translation>Salasanatiedostoa %1 ei voi lukea: %2</translation>
    </message>
    <message>
        <source>Signature %1: %2%3</source>
        <translation>Allekirjoitus %1: %2%3</translation>
    </message>
    <message>
        <source>time: %1</source>
        <translation>aika: %1</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>ei ilmoitettu</translation>
    </message>
    <message>
        <source>hash algorithm: %1</source>
        <translation>tiivistealgoritmi: %1</translation>
    </message>
    <message>
        <source>covers: %1</source>
        <translation>kattaa: %1</translation>
    </message>
    <message>
        <source>the whole document</source>
        <translation>koko asiakirjan</translation>
    </message>
    <message>
        <source>the document up to byte %1 (a later revision follows)</source>
        <translation>asiakirjan tavuun %1 asti (myöhempi versio seuraa)</translation>
    </message>
    <message>
        <source>not its whole revision</source>
        <translation>ei koko versiotaan</translation>
    </message>
    <message>
        <source>not valid now</source>
        <translation>ei voimassa nyt</translation>
    </message>
    <message>
        <source>Verify the signatures of a PDF; exit 0 only when all are valid.</source>
        <translation>Tarkista PDF:n allekirjoitukset; paluuarvo 0 vain, kun kaikki ovat kelvollisia.</translation>
    </message>
    <message>
        <source>List the certificates usable for signing.</source>
        <translation>Luettele allekirjoittamiseen käytettävät varmenteet.</translation>
    </message>
    <message>
        <source>Signed %1 as %2: %3</source>
        <translation>Allekirjoitettiin %1 varmenteella %2: %3</translation>
    </message>
    <message>
        <source>Sign a PDF into -o OUT.pdf with --cert NICK, in the next signature slot.</source>
        <translation>Allekirjoita PDF tiedostoon -o ULOS.pdf varmenteella --cert NIMI seuraavaan allekirjoituspaikkaan.</translation>
    </message>
    <message>
        <source>sign: where the signature is made.</source>
        <translation>sign: allekirjoituspaikka.</translation>
    </message>
    <message>
        <source>sign needs -o OUT.pdf and --cert NICK.</source>
        <translation>sign tarvitsee valitsimet -o ULOS.pdf ja --cert NIMI.</translation>
    </message>
    <message>
        <source>The signed minutes were not kept.</source>
        <translation>Allekirjoitettua pöytäkirjaa ei tallennettu.</translation>
    </message>
    <message>
        <source>%1: signature %2 of %3 made; %4</source>
        <translation>%1: allekirjoitus %2/%3 tehty; %4</translation>
    </message>
    <message>
        <source>the minutes are complete and the meeting finalised.</source>
        <translation>pöytäkirja on valmis ja kokous lopullisesti kirjattu.</translation>
    </message>
    <message>
        <source>the record is frozen until the minutes are complete.</source>
        <translation>kokouksen tiedot on lukittu, kunnes pöytäkirja on valmis.</translation>
    </message>
    <message>
        <source>Sign a meeting&apos;s minutes into the store with --cert NICK; the first signature freezes the record.</source>
        <translation>Allekirjoita kokouksen pöytäkirja asiakirjavarastoon varmenteella --cert NIMI; ensimmäinen allekirjoitus lukitsee kokouksen tiedot.</translation>
    </message>
    <message>
        <source>sign-minutes needs --cert NICK.</source>
        <translation>sign-minutes tarvitsee valitsimen --cert NIMI.</translation>
    </message>
    <message>
        <source>the organisation&apos;s</source>
        <translation>organisaation</translation>
    </message>
    <message>
        <source>Signing order: %1</source>
        <translation>Allekirjoitusjärjestys: %1</translation>
    </message>
    <message>
        <source>--decided must be a date such as 2026-06-01, not &quot;%1&quot;.</source>
        <translation>--decided on päivämäärä muodossa 2026-06-01, ei &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Recorded correction %1 of %2.</source>
        <translation>Kirjattiin oikaisu %1 kohteeseen %2.</translation>
    </message>
    <message>
        <source>Record a correction (oikaisu) of signed minutes, beside them.</source>
        <translation>Kirjaa allekirjoitetun pöytäkirjan oikaisu sen rinnalle.</translation>
    </message>
    <message>
        <source>List the corrections of a meeting&apos;s signed minutes.</source>
        <translation>Luettele kokouksen allekirjoitetun pöytäkirjan oikaisut.</translation>
    </message>
    <message>
        <source>init, organisation, body: document language, fi or sv.</source>
        <translation>init, organisation, body: asiakirjojen kieli, fi tai sv.</translation>
    </message>
    <message>
        <source>correct: the correction&apos;s text.</source>
        <translation>correct: oikaisun teksti.</translation>
    </message>
    <message>
        <source>correct: the day the correction was decided.</source>
        <translation>correct: oikaisun päätöspäivä.</translation>
    </message>
    <message>
        <source>body: who signs the minutes, in order, e.g. secretary,minute-checkers,chair.</source>
        <translation>body: pöytäkirjan allekirjoittajat järjestyksessä, esim. secretary,minute-checkers,chair.</translation>
    </message>
    <message>
        <source>correct needs --text TEXT and --decided DATE.</source>
        <translation>correct tarvitsee valitsimet --text TEKSTI ja --decided PÄIVÄ.</translation>
    </message>
    <message>
        <source>There is no file %1.</source>
        <translation>Tiedostoa %1 ei ole.</translation>
    </message>
    <message>
        <source>Imported %1 into %2.</source>
        <translation>Tuotiin %1 tietokantaan %2.</translation>
    </message>
    <message>
        <source>Import a PKCS#12 certificate and key into the certificate database.</source>
        <translation>Tuo PKCS#12-varmenne ja -avain varmennetietokantaan.</translation>
    </message>
    <message>
        <source>import-cert: a file whose first line is the PKCS#12 file&apos;s password.</source>
        <translation>import-cert: tiedosto, jonka ensimmäinen rivi on PKCS#12-tiedoston salasana.</translation>
    </message>
    <message>
        <source>No certificates with a private key are available for signing: the database has none, or its password (--password-file) is wrong.</source>
        <translation>Allekirjoittamiseen ei ole varmenteita yksityisine avaimineen: tietokannassa ei ole niitä, tai sen salasana (--password-file) on väärä.</translation>
    </message>
    <message>
        <source>The signature was made and stored in the store, but %1 could not be written: %2</source>
        <translation>Allekirjoitus tehtiin ja tallennettiin asiakirjavarastoon, mutta tiedostoa %1 ei voitu kirjoittaa: %2</translation>
    </message>
    <message>
        <source>The minutes of %1 have not been signed; &apos;pykala-cli sign-minutes&apos; signs them.</source>
        <translation>Kokouksen %1 pöytäkirjaa ei ole allekirjoitettu; &apos;pykala-cli sign-minutes&apos; allekirjoittaa sen.</translation>
    </message>
    <message>
        <source>Wrote the signed minutes of %1 (%2 of %3 signatures, SHA-256 %4) to %5.</source>
        <translation>Kokouksen %1 allekirjoitettu pöytäkirja (%2/%3 allekirjoitusta, SHA-256 %4) kirjoitettiin tiedostoon %5.</translation>
    </message>
    <message>
        <source>Write a meeting&apos;s signed minutes, as the store keeps them, to -o FILE.pdf.</source>
        <translation>Kirjoita kokouksen allekirjoitettu pöytäkirja, sellaisena kuin asiakirjavarasto sen säilyttää, tiedostoon -o TIEDOSTO.pdf.</translation>
    </message>
    <message>
        <source>--for must be member (for a member of the body, confidential items included) or public, not &quot;%1&quot;.</source>
        <translation>--for on member (toimielimen jäsenelle, salassa pidettävät asiat mukana) tai public, ei &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Wrote %1, a public package.</source>
        <translation>Kirjoitettiin %1: julkinen kokouspaketti.</translation>
    </message>
    <message>
        <source>Registered as disclosure %1: SHA-256 %2, %3 bytes.</source>
        <translation>Kirjattu luovutusrekisteriin numerolla %1: SHA-256 %2, %3 tavua.</translation>
    </message>
    <message>
        <source>List the packages made of the meetings (the disclosure register).</source>
        <translation>Luettele kokouksista tehdyt kokouspaketit (luovutusrekisteri).</translation>
    </message>
    <message>
        <source>package: the person it is for, by name or id; required for a member.</source>
        <translation>package: henkilö, jolle paketti on, nimellä tai tunnisteella; pakollinen jäsenen paketissa.</translation>
    </message>
    <message>
        <source>package needs -o FILE and --for member or --for public.</source>
        <translation>package tarvitsee valitsimet -o TIEDOSTO ja --for member tai --for public.</translation>
    </message>
    <message>
        <source>demo: number of bodies (2-%1, default 5).</source>
        <translation>demo: toimielinten määrä (2–%1, oletus 5).</translation>
    </message>
    <message>
        <source>demo: years of meetings (1-%1, default 2).</source>
        <translation>demo: kokousvuosien määrä (1–%1, oletus 2).</translation>
    </message>
    <message>
        <source>package: who it is for, member (confidential items included) or public; agenda, minutes, extract: internal (the default), member, party (an extract for a party of the case) or public.</source>
        <translation>package: kenelle paketti on, member (jäsen, salassa pidettävät asiat mukana) tai public; agenda, minutes, extract: internal (oletus, toimielimen oma), member, party (ote asianosaiselle) tai public.</translation>
    </message>
    <message>
        <source>--for must be internal, member, party or public, not &quot;%1&quot;.</source>
        <translation>--for on internal, member, party tai public, ei &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--public and --for %1 name two audiences; give one.</source>
        <translation>--public ja --for %1 nimeävät kaksi vastaanottajaryhmää; anna vain toinen.</translation>
    </message>
    <message numerus="yes">
        <source>%n signature(s) of signed minutes verify, and the records and the audit log match what they sign.</source>
        <translation>
            <numerusform>Allekirjoitettujen pöytäkirjojen allekirjoituksia on %n, ja se on pätevä; tiedot ja muutosloki vastaavat sitä, mitä se allekirjoittaa.</numerusform>
            <numerusform>Allekirjoitettujen pöytäkirjojen allekirjoituksia on %n, ja ne ovat kaikki päteviä; tiedot ja muutosloki vastaavat sitä, mitä ne allekirjoittavat.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them have a certificate that the certificate database in use does not trust: who signed is proven by checking with the municipality&apos;s database (--nssdb DIR).</source>
        <translation>
            <numerusform>Niistä %n on varmenteella, johon käytössä oleva varmennetietokanta ei luota: allekirjoittajan henkilöllisyys todennetaan tarkistamalla kunnan omalla tietokannalla (--nssdb HAKEMISTO).</numerusform>
            <numerusform>Niistä %n on varmenteilla, joihin käytössä oleva varmennetietokanta ei luota: allekirjoittajien henkilöllisyys todennetaan tarkistamalla kunnan omalla tietokannalla (--nssdb HAKEMISTO).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them were made before signatures committed to the audit log: the history before them is proven by the chain alone.</source>
        <translation>
            <numerusform>Niistä %n on tehty ennen kuin allekirjoitukset sidottiin muutoslokiin: sitä edeltävä historia todennetaan pelkällä lokin ketjulla.</numerusform>
            <numerusform>Niistä %n on tehty ennen kuin allekirjoitukset sidottiin muutoslokiin: niitä edeltävä historia todennetaan pelkällä lokin ketjulla.</numerusform>
        </translation>
    </message>
    <message>
        <source>Verify integrity, foreign keys, the audit chain and the signed minutes against the record.</source>
        <translation>Tarkista eheys, viittaukset, muutoslokin ketju sekä allekirjoitetut pöytäkirjat tietoja vasten.</translation>
    </message>
    <message>
        <source>Add a body, edit one, or show one&apos;s settings: body add --short KH --name NAME --kind board; body edit KH --place PLACE; body KH.</source>
        <translation>Lisää toimielin, muokkaa sitä tai näytä sen asetukset: body add --short KH --name NIMI --kind board; body edit KH --place PAIKKA; body KH.</translation>
    </message>
    <message>
        <source>List the persons with their ids.</source>
        <translation>Luettele henkilöt tunnisteineen.</translation>
    </message>
    <message>
        <source>List the memberships with their ids.</source>
        <translation>Luettele jäsenyydet tunnisteineen.</translation>
    </message>
    <message>
        <source>Add an item to a meeting&apos;s agenda, or edit one: item add &quot;KH 12/2026&quot; --title TITLE --proposal TEXT.</source>
        <translation>Lisää asia kokouksen esityslistalle tai muokkaa asiaa: item add &quot;KH 12/2026&quot; --title OTSIKKO --proposal TEKSTI.</translation>
    </message>
    <message>
        <source>organisation, body: the name in Swedish, for Swedish documents.</source>
        <translation>organisation, body: ruotsinkielinen nimi ruotsinkielisiä asiakirjoja varten.</translation>
    </message>
    <message>
        <source>organisation: the registry&apos;s e-mail address; person: the person&apos;s.</source>
        <translation>organisation: kirjaamon sähköpostiosoite; person: henkilön sähköpostiosoite.</translation>
    </message>
    <message>
        <source>deadlines: the appeal kind, e.g. rectification; body: council, board, committee or section.</source>
        <translation>deadlines: muutoksenhakulaji, esim. rectification; body: council, board, committee tai section.</translation>
    </message>
    <message>
        <source>body: the body&apos;s short name, e.g. KH.</source>
        <translation>body: toimielimen lyhenne, esim. KH.</translation>
    </message>
    <message>
        <source>body: the quorum rule, more-than-half or two-thirds (default: two-thirds for a council).</source>
        <translation>body: päätösvaltaisuussääntö, more-than-half tai two-thirds (oletus: valtuustolle two-thirds).</translation>
    </message>
    <message>
        <source>body: § numbers yearly or continuous.</source>
        <translation>body: pykälänumerointi vuosittain (yearly) tai juoksevasti (continuous).</translation>
    </message>
    <message>
        <source>body: where its meetings usually are; meeting: where it is.</source>
        <translation>body: missä kokoukset tavallisesti pidetään; meeting: kokouksen paikka.</translation>
    </message>
    <message>
        <source>body: when its meetings usually start; meeting: when it starts, e.g. 16:00.</source>
        <translation>body: milloin kokoukset tavallisesti alkavat; meeting: kokouksen alkamisaika, esim. 16:00.</translation>
    </message>
    <message>
        <source>meeting: when it is planned to end, e.g. 18:00.</source>
        <translation>meeting: suunniteltu päättymisaika, esim. 18:00.</translation>
    </message>
    <message>
        <source>body: how its minutes are signed, electronic or paper.</source>
        <translation>body: miten pöytäkirjat allekirjoitetaan, electronic (sähköisesti) tai paper (paperilla).</translation>
    </message>
    <message>
        <source>person: the given name.</source>
        <translation>person: etunimi.</translation>
    </message>
    <message>
        <source>person: the family name.</source>
        <translation>person: sukunimi.</translation>
    </message>
    <message>
        <source>person: occupation or office; item: the item&apos;s title.</source>
        <translation>person: ammatti tai virka; item: asian otsikko.</translation>
    </message>
    <message>
        <source>person: the phone number.</source>
        <translation>person: puhelinnumero.</translation>
    </message>
    <message>
        <source>membership: the member, by id or full name.</source>
        <translation>membership: jäsen tunnisteella tai koko nimellä.</translation>
    </message>
    <message>
        <source>membership: the member whose personal deputy this is.</source>
        <translation>membership: jäsen, jonka henkilökohtainen varajäsen tämä on.</translation>
    </message>
    <message>
        <source>meeting add, edit: the day it is held; meeting convene: the day the invitation went out (default today).</source>
        <translation>meeting add, edit: kokouspäivä; meeting convene: päivä, jona kokouskutsu lähetettiin (oletus tänään).</translation>
    </message>
    <message>
        <source>meeting: in-person, remote, hybrid or electronic-procedure.</source>
        <translation>meeting: in-person, remote, hybrid tai electronic-procedure.</translation>
    </message>
    <message>
        <source>meeting cancel: why it is cancelled.</source>
        <translation>meeting cancel: miksi kokous perutaan.</translation>
    </message>
    <message>
        <source>meeting add: leave the standard opening items out.</source>
        <translation>meeting add: jätä vakiomuotoiset avausasiat pois.</translation>
    </message>
    <message>
        <source>item: the case reference (diary number).</source>
        <translation>item: asian diaarinumero.</translation>
    </message>
    <message>
        <source>item: the task class, e.g. 00.01.01.</source>
        <translation>item: tehtäväluokka, esim. 00.01.01.</translation>
    </message>
    <message>
        <source>item: the background text (paragraphs split by empty lines).</source>
        <translation>item: asian selostus (kappaleet tyhjin rivein erotettuina).</translation>
    </message>
    <message>
        <source>item: the proposal.</source>
        <translation>item: päätösehdotus.</translation>
    </message>
    <message>
        <source>item: who presents it, by id or full name.</source>
        <translation>item: esittelijä tunnisteella tai koko nimellä.</translation>
    </message>
    <message>
        <source>item: public, confidential or partly-confidential.</source>
        <translation>item: public, confidential tai partly-confidential.</translation>
    </message>
    <message>
        <source>item: the legal basis of its confidentiality.</source>
        <translation>item: salassapidon lainkohta.</translation>
    </message>
    <message>
        <source>--signing must be electronic or paper, not &quot;%1&quot;.</source>
        <translation>--signing on electronic tai paper, ei &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Minutes signed: %1</source>
        <translation>Pöytäkirjat allekirjoitetaan: %1</translation>
    </message>
    <message>
        <source>electronically</source>
        <translation>sähköisesti</translation>
    </message>
    <message>
        <source>on paper</source>
        <translation>paperilla</translation>
    </message>
    <message>
        <source>Usual place and time: %1 %2</source>
        <translation>Tavallinen paikka ja aika: %1 %2</translation>
    </message>
    <message>
        <source>Usage: pykala-cli body add --short KH --name NAME --kind KIND [options]</source>
        <translation>Käyttö: pykala-cli body add --short KH --name NIMI --kind LAJI [valitsimet]</translation>
    </message>
    <message>
        <source>body add needs --short, --name and --kind (council, board, committee or section).</source>
        <translation>body add tarvitsee valitsimet --short, --name ja --kind (council, board, committee tai section).</translation>
    </message>
    <message>
        <source>Added body %1 (id %2).</source>
        <translation>Lisättiin toimielin %1 (tunniste %2).</translation>
    </message>
    <message>
        <source>Usage: pykala-cli body add|edit SHORT [options], or body SHORT</source>
        <translation>Käyttö: pykala-cli body add|edit LYHENNE [valitsimet] tai body LYHENNE</translation>
    </message>
    <message>
        <source>There is no person with id %1.</source>
        <translation>Henkilöä, jonka tunniste on %1, ei ole.</translation>
    </message>
    <message>
        <source>person add needs at least --family (and usually --given).</source>
        <translation>person add tarvitsee vähintään valitsimen --family (ja yleensä --given).</translation>
    </message>
    <message>
        <source>Saved %1 (id %2).</source>
        <translation>Tallennettiin %1 (tunniste %2).</translation>
    </message>
    <message>
        <source>Added %1 (id %2).</source>
        <translation>Lisättiin %1 (tunniste %2).</translation>
    </message>
    <message>
        <source>membership add needs --body, --person, --role and --from.</source>
        <translation>membership add tarvitsee valitsimet --body, --person, --role ja --from.</translation>
    </message>
    <message>
        <source>Added membership %1.</source>
        <translation>Lisättiin jäsenyys %1.</translation>
    </message>
    <message>
        <source>membership end needs --until, the membership&apos;s last day.</source>
        <translation>membership end tarvitsee valitsimen --until, jäsenyyden viimeisen päivän.</translation>
    </message>
    <message>
        <source>Membership %1 ends on %2.</source>
        <translation>Jäsenyys %1 päättyy %2.</translation>
    </message>
    <message>
        <source>(deputy for %1)</source>
        <translation>(henkilökohtainen varajäsen: %1)</translation>
    </message>
    <message>
        <source>meeting add needs --body SHORT and --date DATE.</source>
        <translation>meeting add tarvitsee valitsimet --body LYHENNE ja --date PÄIVÄ.</translation>
    </message>
    <message>
        <source>Give the meeting&apos;s place with --place; the body has no usual place to take.</source>
        <translation>Anna kokouksen paikka valitsimella --place; toimielimellä ei ole tavallista kokouspaikkaa.</translation>
    </message>
    <message>
        <source>Added meeting %1 (id %2).</source>
        <translation>Lisättiin kokous %1 (tunniste %2).</translation>
    </message>
    <message>
        <source>%1 convened on %2.</source>
        <translation>%1 kutsuttiin koolle %2.</translation>
    </message>
    <message>
        <source>meeting cancel needs --reason; the record keeps why.</source>
        <translation>meeting cancel tarvitsee valitsimen --reason; peruutuksen syy säilytetään.</translation>
    </message>
    <message>
        <source>%1 cancelled.</source>
        <translation>%1 peruttiin.</translation>
    </message>
    <message>
        <source>%1 is on %2 at %3.</source>
        <translation>%1 pidetään %2, paikka: %3.</translation>
    </message>
    <message>
        <source>Saved item %1.</source>
        <translation>Tallennettiin asia %1.</translation>
    </message>
    <message>
        <source>Added item %1 to the agenda.</source>
        <translation>Lisättiin asia %1 esityslistalle.</translation>
    </message>
    <message>
        <source>Import members of bodies from a spreadsheet saved as CSV, all rows or none; --dry-run only checks.</source>
        <translation>Tuo toimielinten jäsenet CSV-muotoon tallennetusta taulukosta, kaikki rivit tai ei mitään; --dry-run vain tarkistaa.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n row(s) of members (%2, separated by &quot;%3&quot;).</source>
        <translation>
            <numerusform>%1: %n jäsenrivi (%2, erottimena &quot;%3&quot;).</numerusform>
            <numerusform>%1: %n jäsenriviä (%2, erottimena &quot;%3&quot;).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new person(s)</source>
        <translation>
            <numerusform>%n uusi henkilö</numerusform>
            <numerusform>%n uutta henkilöä</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) already in the store</source>
        <translation>
            <numerusform>%n henkilö on jo varastossa</numerusform>
            <numerusform>%n henkilöä on jo varastossa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new membership(s);</source>
        <translation>
            <numerusform>%n uusi jäsenyys;</numerusform>
            <numerusform>%n uutta jäsenyyttä;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already in the store, passed over.</source>
        <translation>
            <numerusform>%n oli jo varastossa, ohitettiin.</numerusform>
            <numerusform>%n oli jo varastossa, ohitettiin.</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported.</source>
        <translation>Tuotiin.</translation>
    </message>
    <message>
        <source>Dry run: nothing was written.</source>
        <translation>Koeajo: mitään ei kirjoitettu.</translation>
    </message>
    <message>
        <source>Add a person or edit one (by id or full name): person add --given NAME --family NAME; register their certificate: person certificate NAME --file CERT.pem --use signing; list them: person certificates NAME.</source>
        <translation>Lisää henkilö tai muokkaa henkilöä (tunnisteella tai koko nimellä): person add --given ETUNIMI --family SUKUNIMI; rekisteröi henkilön varmenne: person certificate NIMI --file VARMENNE.pem --use signing; luettele varmenteet: person certificates NIMI.</translation>
    </message>
    <message>
        <source>person certificate: the certificate file, PEM or DER.</source>
        <translation>person certificate: varmennetiedosto, PEM tai DER.</translation>
    </message>
    <message>
        <source>person certificate: what it is for, signing (the default) or encryption.</source>
        <translation>person certificate: käyttötarkoitus, signing (allekirjoitus, oletus) tai encryption (salaus).</translation>
    </message>
    <message>
        <source>Registered the %1 certificate of %2 (SHA-256 %3).</source>
        <translation>Rekisteröitiin henkilön %2 varmenne käyttöön %1 (SHA-256 %3).</translation>
    </message>
    <message>
        <source>Usage: pykala-cli person add --given NAME --family NAME [options], person edit PERSON [options], person certificate PERSON --file CERT [--use signing|encryption], or person certificates PERSON</source>
        <translation>Käyttö: pykala-cli person add --given ETUNIMI --family SUKUNIMI [valitsimet], person edit HENKILÖ [valitsimet], person certificate HENKILÖ --file VARMENNE [--use signing|encryption] tai person certificates HENKILÖ</translation>
    </message>
    <message>
        <source>Signature %1 of the minutes of %2 (%3) has a certificate that %4 does not trust (%5): who signed is not proven.</source>
        <translation>Kokouksen %2 pöytäkirjan allekirjoituksen %1 (%3) varmenteeseen %4 ei luota (%5): allekirjoittajaa ei ole todennettu.</translation>
    </message>
    <message>
        <source>%1 takes no --%2 option.</source>
        <translation>%1 ei ota valitsinta --%2.</translation>
    </message>
    <message>
        <source>A body&apos;s templates of recurring items: template list --body KH; template save &quot;KH 12/2026 § 5&quot; --name NAME [--replace]; template remove NAME --body KH. item add MEETING --template NAME uses one.</source>
        <translation>Toimielimen toistuvien asioiden mallit: template list --body KH; template save &quot;KH 12/2026 § 5&quot; --name NIMI [--replace]; template remove NIMI --body KH. item add KOKOUS --template NIMI käyttää mallia.</translation>
    </message>
    <message>
        <source>init, organisation: the organisation&apos;s name; body: the body&apos;s name; template save: the template&apos;s name.</source>
        <translation>init, organisation: organisaation nimi; body: toimielimen nimi; template save: mallin nimi.</translation>
    </message>
    <message>
        <source>item add: start from the body&apos;s item template of this name or id.</source>
        <translation>item add: aloita toimielimen asiamallista, jolla on tämä nimi tai tunniste.</translation>
    </message>
    <message>
        <source>template save: overwrite the body&apos;s template of the same name.</source>
        <translation>template save: korvaa toimielimen samanniminen malli.</translation>
    </message>
    <message>
        <source>Usage: pykala-cli item add MEETING --title TITLE [options], item add MEETING --template NAME [options], or item edit ITEM [options]</source>
        <translation>Käyttö: pykala-cli item add KOKOUS --title OTSIKKO [valinnat], item add KOKOUS --template NIMI [valinnat] tai item edit ASIA [valinnat]</translation>
    </message>
    <message>
        <source>item edit takes no --template option: a template makes a new item.</source>
        <translation>item edit ei ota valintaa --template: mallista tehdään uusi asia.</translation>
    </message>
    <message>
        <source>item add needs --title, or --template to start from a template.</source>
        <translation>item add tarvitsee valinnan --title tai mallista aloitettaessa --template.</translation>
    </message>
    <message>
        <source>Usage: pykala-cli template list --body SHORT, template save ITEM --name NAME [--replace], or template remove TEMPLATE --body SHORT</source>
        <translation>Käyttö: pykala-cli template list --body LYHENNE, template save ASIA --name NIMI [--replace] tai template remove MALLI --body LYHENNE</translation>
    </message>
    <message>
        <source>template list needs --body, the body whose templates to list.</source>
        <translation>template list tarvitsee valinnan --body: toimielimen, jonka mallit luetellaan.</translation>
    </message>
    <message>
        <source>%1 has no item templates. Save one with &apos;pykala-cli template save ITEM --name NAME&apos;.</source>
        <translation>Toimielimellä %1 ei ole asiamalleja. Tallenna malli komennolla &apos;pykala-cli template save ASIA --name NIMI&apos;.</translation>
    </message>
    <message>
        <source>template save needs --name, the name the template is chosen by.</source>
        <translation>template save tarvitsee valinnan --name: nimen, jolla malli valitaan.</translation>
    </message>
    <message>
        <source>Saved item template %1 (id %2).</source>
        <translation>Asiamalli %1 tallennettiin (tunniste %2).</translation>
    </message>
    <message>
        <source>template remove needs --body, the body whose template it is.</source>
        <translation>template remove tarvitsee valinnan --body: toimielimen, jonka malli on kyseessä.</translation>
    </message>
    <message>
        <source>Removed item template %1.</source>
        <translation>Asiamalli %1 poistettiin.</translation>
    </message>
    <message>
        <source>Add a membership of a body, correct one, end one on its last day, record a resignation with a successor, remove one added by mistake, or end a term: membership add --body KH --person NAME --role member --from DATE; membership edit ID --until DATE; membership end ID --until DATE; membership resign ID --successor NAME --from DATE; membership remove ID; membership term --body KH --last-day DATE.</source>
        <translation>Lisää toimielimen jäsenyys, korjaa jäsenyyttä, päätä jäsenyys sen viimeisenä päivänä, kirjaa ero ja seuraaja, poista vahingossa lisätty jäsenyys tai päätä toimikausi: membership add --body KH --person NIMI --role member --from PÄIVÄ; membership edit TUNNISTE --until PÄIVÄ; membership end TUNNISTE --until PÄIVÄ; membership resign TUNNISTE --successor NIMI --from PÄIVÄ; membership remove TUNNISTE; membership term --body KH --last-day PÄIVÄ.</translation>
    </message>
    <message>
        <source>membership: its last day (membership edit: empty for none).</source>
        <translation>membership: jäsenyyden viimeinen päivä (membership edit: tyhjä, jos päättymispäivää ei ole).</translation>
    </message>
    <message>
        <source>membership resign: who takes the seat, by id or full name.</source>
        <translation>membership resign: paikalle tuleva seuraaja tunnisteella tai koko nimellä.</translation>
    </message>
    <message>
        <source>membership resign: the personal deputy does not move to the successor; their deputy membership ends with the seat.</source>
        <translation>membership resign: henkilökohtainen varajäsen ei siirry seuraajan varajäseneksi, vaan hänen varajäsenyytensä päättyy paikan mukana.</translation>
    </message>
    <message>
        <source>membership term: the last day of the term that ends.</source>
        <translation>membership term: päättyvän toimikauden viimeinen päivä.</translation>
    </message>
    <message>
        <source>membership term: end the presenters&apos; and secretaries&apos; memberships too.</source>
        <translation>membership term: päätä myös esittelijöiden ja pöytäkirjanpitäjien jäsenyydet.</translation>
    </message>
    <message>
        <source>membership edit needs at least one of --role, --deputy-for, --from and --until.</source>
        <translation>membership edit tarvitsee ainakin yhden valitsimista --role, --deputy-for, --from ja --until.</translation>
    </message>
    <message>
        <source>Only a personal deputy (--role deputy) stands in for a member; this membership&apos;s role is %1.</source>
        <translation>Vain henkilökohtainen varajäsen (--role deputy) on jonkun jäsenen varajäsen; tämän jäsenyyden rooli on %1.</translation>
    </message>
    <message>
        <source>A personal deputy stands in for a member: give --deputy-for PERSON.</source>
        <translation>Henkilökohtainen varajäsen on jonkun jäsenen varajäsen: anna --deputy-for HENKILÖ.</translation>
    </message>
    <message>
        <source>Saved membership %1:</source>
        <translation>Tallennettiin jäsenyys %1:</translation>
    </message>
    <message>
        <source>membership resign needs --successor, who takes the seat, and --from, their first day.</source>
        <translation>membership resign tarvitsee valitsimet --successor, paikalle tuleva seuraaja, ja --from, hänen ensimmäinen päivänsä.</translation>
    </message>
    <message>
        <source>Membership %1 ends on %2; %3 holds it from %4 (membership %5).</source>
        <translation>Jäsenyys %1 päättyy %2; paikalle tulee %3 %4 alkaen (jäsenyys %5).</translation>
    </message>
    <message numerus="yes">
        <source>%n personal deputy(s) now stand(s) in for the successor.</source>
        <translation>
            <numerusform>%n henkilökohtainen varajäsen siirtyi seuraajan varajäseneksi.</numerusform>
            <numerusform>%n henkilökohtaista varajäsentä siirtyi seuraajan varajäseniksi.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n personal deputy membership(s) ended with the seat.</source>
        <translation>
            <numerusform>%n varajäsenyys päättyi paikan mukana.</numerusform>
            <numerusform>%n varajäsenyyttä päättyi paikan mukana.</numerusform>
        </translation>
    </message>
    <message>
        <source>The successor was the member&apos;s personal deputy: that deputy membership ended too.</source>
        <translation>Seuraaja oli jäsenen henkilökohtainen varajäsen: hänen varajäsenyytensä päättyi samalla.</translation>
    </message>
    <message>
        <source>membership term needs --body and --last-day, the last day of the term that ends (for a council term, 31 May of the election year).</source>
        <translation>membership term tarvitsee valitsimet --body ja --last-day, päättyvän toimikauden viimeinen päivä (valtuustokaudella vaalivuoden 31. toukokuuta).</translation>
    </message>
    <message numerus="yes">
        <source>%n membership(s) of %1 ended on %2.</source>
        <translation>
            <numerusform>Toimielimen %1 %n jäsenyys päättyi %2.</numerusform>
            <numerusform>Toimielimen %1 %n jäsenyyttä päättyi %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage: pykala-cli membership add --body SHORT --person PERSON --role ROLE --from DATE [--until DATE] [--deputy-for PERSON], membership edit ID [--role ROLE] [--deputy-for PERSON] [--from DATE] [--until DATE], membership end ID --until DATE, membership resign ID --successor PERSON --from DATE [--end-deputy], membership remove ID, or membership term --body SHORT --last-day DATE [--officials]</source>
        <translation>Käyttö: pykala-cli membership add --body LYHENNE --person HENKILÖ --role ROOLI --from PÄIVÄ [--until PÄIVÄ] [--deputy-for HENKILÖ], membership edit TUNNISTE [--role ROOLI] [--deputy-for HENKILÖ] [--from PÄIVÄ] [--until PÄIVÄ], membership end TUNNISTE --until PÄIVÄ, membership resign TUNNISTE --successor HENKILÖ --from PÄIVÄ [--end-deputy], membership remove TUNNISTE tai membership term --body LYHENNE --last-day PÄIVÄ [--officials]</translation>
    </message>
    <message>
        <source>Name the membership by its id, as &apos;pykala-cli memberships&apos; lists it, not &quot;%1&quot;.</source>
        <translation>Nimeä jäsenyys tunnisteellaan, jonka &apos;pykala-cli memberships&apos; näyttää, ei &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>There is no membership with id %1. &apos;pykala-cli memberships&apos; lists them.</source>
        <translation>Jäsenyyttä tunnisteella %1 ei ole. &apos;pykala-cli memberships&apos; luettelee jäsenyydet.</translation>
    </message>
    <message>
        <source>Removed membership %1.</source>
        <translation>Poistettiin jäsenyys %1.</translation>
    </message>
    <message>
        <source>deputy for %1</source>
        <translation>henkilökohtainen varajäsen: %1</translation>
    </message>
    <message>
        <source>meeting invite needs --smtp-host HOST and --from ADDRESS (the sender).</source>
        <translation>meeting invite tarvitsee valitsimet --smtp-host PALVELIN ja --from OSOITE (lähettäjä).</translation>
    </message>
    <message>
        <source>--security must be tls, starttls or none, not &quot;%1&quot;.</source>
        <translation>--security on tls, starttls tai none, ei &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--from: %1</source>
        <translation>--from: %1</translation>
    </message>
    <message>
        <source>--password-file is the password of a login: give the user name with --smtp-user too.</source>
        <translation>--password-file on kirjautumisen salasana: anna myös käyttäjätunnus valitsimella --smtp-user.</translation>
    </message>
    <message>
        <source>--smtp-user needs the password: in --password-file FILE (its first line) or in the environment variable PYKALA_SMTP_PASSWORD.</source>
        <translation>--smtp-user tarvitsee salasanan: valitsimen --password-file TIEDOSTO ensimmäisellä rivillä tai ympäristömuuttujassa PYKALA_SMTP_PASSWORD.</translation>
    </message>
    <message>
        <source>%1 is cancelled: no invitation goes out.</source>
        <translation>%1 on peruttu: kutsua ei lähetetä.</translation>
    </message>
    <message>
        <source>%1 has already been opened: the invitation went out before.</source>
        <translation>%1 on jo avattu: kutsu lähti jo aiemmin.</translation>
    </message>
    <message>
        <source>Nobody invited to %1 has a usable e-mail address in the register, so nothing was sent (%2).</source>
        <translation>Kenelläkään kokoukseen %1 kutsutulla ei ole rekisterissä käyttökelpoista sähköpostiosoitetta, joten mitään ei lähetetty (%2).</translation>
    </message>
    <message>
        <source>Sent: %1 &lt;%2&gt;</source>
        <translation>Lähetetty: %1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>Not sent: %1 &lt;%2&gt;: %3</source>
        <translation>Ei lähetetty: %1 &lt;%2&gt;: %3</translation>
    </message>
    <message>
        <source>No e-mail address, not sent: %1</source>
        <translation>Ei sähköpostiosoitetta, ei lähetetty: %1</translation>
    </message>
    <message>
        <source>Not sent: %1: %2</source>
        <translation>Ei lähetetty: %1: %2</translation>
    </message>
    <message>
        <source>Nothing was sent: %1</source>
        <translation>Mitään ei lähetetty: %1</translation>
    </message>
    <message>
        <source>Not sent to %1 of %2 addresses (%3): %4</source>
        <translation>Ei lähetetty %1 osoitteeseen %2:sta (%3): %4</translation>
    </message>
    <message>
        <source>Not sent to %1 of %2 addresses: %3; the listing says why.</source>
        <translation>Ei lähetetty %1 osoitteeseen %2:sta: %3; syyt ovat luettelossa.</translation>
    </message>
    <message>
        <source>The invitation of %1 was sent to every address, %2 in all. Record the day it went out with: pykala-cli meeting convene &quot;%1&quot;</source>
        <translation>Kokouksen %1 kutsu lähetettiin jokaiseen osoitteeseen, yhteensä %2. Merkitse lähetyspäivä komennolla: pykala-cli meeting convene &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Add a meeting (the body&apos;s usual place and time, and the opening items), move it, convene it, cancel it with a reason, or send its invitation with the public agenda through an SMTP server: meeting invite &quot;KH 12/2026&quot; --smtp-host HOST --from ADDRESS.</source>
        <translation>Lisää kokous (toimielimen tavallinen paikka ja aika sekä avausasiat), siirrä sitä, kutsu se koolle, peru se perusteluineen tai lähetä sen kutsu julkisen esityslistan kanssa SMTP-palvelimen kautta: meeting invite &quot;KH 12/2026&quot; --smtp-host PALVELIN --from OSOITE.</translation>
    </message>
    <message>
        <source>bodies, meetings, search, check, deadlines, outcome, organisation, verify, certs, disclosures, body, persons, memberships, membership edit, resign and term, meeting invite: print JSON; add commands print the new id.</source>
        <translation>bodies, meetings, search, check, deadlines, outcome, organisation, verify, certs, disclosures, body, persons, memberships, membership edit, resign ja term, meeting invite: tulosta JSON; lisäyskomennot tulostavat uuden tunnisteen.</translation>
    </message>
    <message>
        <source>membership: its first day; membership resign: the successor&apos;s first day; meeting invite: the sender, ADDRESS or &quot;NAME &lt;ADDRESS&gt;&quot;.</source>
        <translation>membership: ensimmäinen päivä; membership resign: seuraajan ensimmäinen päivä; meeting invite: lähettäjä, OSOITE tai &quot;NIMI &lt;OSOITE&gt;&quot;.</translation>
    </message>
    <message>
        <source>meeting invite: the mail server (SMTP) that sends the messages.</source>
        <translation>meeting invite: sähköpostipalvelin (SMTP), joka lähettää viestit.</translation>
    </message>
    <message>
        <source>meeting invite: the mail server&apos;s port (default: 465 for tls, 587 for starttls, 25 for none).</source>
        <translation>meeting invite: sähköpostipalvelimen portti (oletus: 465 suojaukselle tls, 587 suojaukselle starttls, 25 suojaukselle none).</translation>
    </message>
    <message>
        <source>meeting invite: tls (from the first byte), starttls (required; the default) or none (only to this computer, unless --allow-unencrypted).</source>
        <translation>meeting invite: tls (ensimmäisestä tavusta alkaen), starttls (pakollinen; oletus) tai none (vain tälle tietokoneelle, ellei annettu --allow-unencrypted).</translation>
    </message>
    <message>
        <source>meeting invite: allow --security none to a server on another computer, on a network you trust.</source>
        <translation>meeting invite: salli --security none toisella tietokoneella olevaan palvelimeen verkossa, johon luotat.</translation>
    </message>
    <message>
        <source>meeting invite: the user name of the mail server&apos;s login; the password comes from --password-file or $PYKALA_SMTP_PASSWORD.</source>
        <translation>meeting invite: sähköpostipalvelimen käyttäjätunnus; salasana luetaan valitsimesta --password-file tai muuttujasta $PYKALA_SMTP_PASSWORD.</translation>
    </message>
    <message>
        <source>meeting invite: seconds to wait for the mail server (default 60).</source>
        <translation>meeting invite: kuinka monta sekuntia sähköpostipalvelinta odotetaan (oletus 60).</translation>
    </message>
    <message>
        <source>Usage: pykala-cli meeting add --body SHORT --date DATE [options], or meeting edit|convene|cancel|invite MEETING [options]</source>
        <translation>Käyttö: pykala-cli meeting add --body LYHENNE --date PÄIVÄ [valitsimet] tai meeting edit|convene|cancel|invite KOKOUS [valitsimet]</translation>
    </message>
    <message>
        <source>Unknown meeting action &quot;%1&quot;: add, edit, convene, cancel or invite.</source>
        <translation>Tuntematon kokoustoiminto &quot;%1&quot;: add, edit, convene, cancel tai invite.</translation>
    </message>
    <message>
        <source>Could not read the password file %1: %2</source>
        <translation>Salasanatiedostoa %1 ei voitu lukea: %2</translation>
    </message>
    <message>
        <source>%1 Give them with --p12-password-file and --password-file.</source>
        <translation>%1 Anna ne valinnoilla --p12-password-file ja --password-file.</translation>
    </message>
    <message>
        <source>meetings, search: only this year&apos;s.</source>
        <translation>meetings, search: vain tämän vuoden kokoukset.</translation>
    </message>
    <message>
        <source>search: relevance (the default) or date, newest first.</source>
        <translation>search: relevance (osuvimmat ensin, oletus) tai date (uusimmat ensin).</translation>
    </message>
    <message>
        <source>--sort must be relevance or date, not &quot;%1&quot;.</source>
        <translation>--sort on relevance tai date, ei &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>signature: %1 (%2)</source>
        <translation>allekirjoitus: %1 (%2)</translation>
    </message>
    <message>
        <source>certificate: %1 (%2)</source>
        <translation>varmenne: %1 (%2)</translation>
    </message>
    <message>
        <source>Copy a whole store, its history included, into a new store: an SQLite file that does not exist yet, or an empty PostgreSQL database (postgresql://…). The copy is checked against the store copied.</source>
        <translation>Kopioi koko varasto historioineen uuteen varastoon: SQLite-tiedostoon, jota ei vielä ole, tai tyhjään PostgreSQL-tietokantaan (postgresql://…). Kopio tarkistetaan kopioitua varastoa vasten.</translation>
    </message>
    <message>
        <source>estimating the time left</source>
        <translation>arvioidaan jäljellä olevaa aikaa</translation>
    </message>
    <message>
        <source>about %1 s left</source>
        <translation>noin %1 s jäljellä</translation>
    </message>
    <message>
        <source>about %1 min %2 s left</source>
        <translation>noin %1 min %2 s jäljellä</translation>
    </message>
    <message>
        <source>Copying: %1 of %2 rows, %3</source>
        <translation>Kopioidaan: %1/%2 riviä, %3</translation>
    </message>
    <message>
        <source>Checking the copy…</source>
        <translation>Tarkistetaan kopiota…</translation>
    </message>
    <message>
        <source>Copied %1 into %2 in %3 s: %4 rows, an audit log of %5 entries. The copy checks out, and its %6 audited records match the store copied.</source>
        <translation>Kopioitiin %1 kohteeseen %2 ajassa %3 s: %4 riviä ja %5 lokitapahtuman muutosloki. Kopio läpäisee tarkistuksen, ja sen %6 lokiin kirjattua tietuetta vastaavat kopioitua varastoa.</translation>
    </message>
    <message>
        <source>--user names who the audit log of a store file names; a server&apos;s log names the user you signed in as (%1). Leave --user out, or sign in as %2.</source>
        <translation>--user kertoo, kenet varastotiedoston muutosloki nimeää; palvelimen muutosloki nimeää käyttäjän, jona kirjauduit (%1). Jätä --user pois tai kirjaudu käyttäjänä %2.</translation>
    </message>
    <message>
        <source>Who the audit log of a store file names (default: $USER); on a server, the user signed in.</source>
        <translation>Kenet varastotiedoston muutosloki nimeää (oletus: $USER); palvelimella kirjautunut käyttäjä.</translation>
    </message>
    <message>
        <source>Who may read and change what in a store on a server, enforced by the server: access setup makes the roles (kunta_member…) and their row-level security; access grant aino --role secretary --person &quot;Aino Mäkelä&quot; --body KH [--password-file FILE]; access revoke aino; access list.</source>
        <translation>Kuka saa lukea ja muuttaa mitäkin palvelimen varastossa, palvelimen valvomana: access setup luo roolit (kunta_member…) ja niiden rivitason suojauksen; access grant aino --role secretary --person &quot;Aino Mäkelä&quot; --body KH [--password-file TIEDOSTO]; access revoke aino; access list.</translation>
    </message>
    <message>
        <source>sign: the signer&apos;s role, e.g. pöytäkirjanpitäjä; membership: chair, vice-chair, member, deputy, secretary or presenter; access grant: administrator, registry, secretary, presenter, member or public.</source>
        <translation>sign: allekirjoittajan rooli, esim. pöytäkirjanpitäjä; membership: chair, vice-chair, member, deputy, secretary tai presenter; access grant: administrator, registry, secretary, presenter, member tai public.</translation>
    </message>
    <message>
        <source>meetings, memberships, search: only this body&apos;s; membership add and term, meeting add, template: the body; access grant: the bodies of a secretary or presenter, separated by commas.</source>
        <translation>meetings, memberships, search: vain tämän toimielimen; membership add ja term, meeting add, template: toimielin; access grant: sihteerin tai esittelijän toimielimet pilkuin erotettuina.</translation>
    </message>
    <message>
        <source>Usage: pykala-cli access setup, access grant LOGIN --role ROLE [--person PERSON] [--body SHORT[,SHORT…]] [--password-file FILE], access revoke LOGIN, or access list</source>
        <translation>Käyttö: pykala-cli access setup, access grant TUNNUS --role ROOLI [--person HENKILÖ] [--body LYHENNE[,LYHENNE…]] [--password-file TIEDOSTO], access revoke TUNNUS tai access list</translation>
    </message>
    <message>
        <source>Set up the store&apos;s roles on the server.</source>
        <translation>Varaston roolit on luotu palvelimelle.</translation>
    </message>
    <message>
        <source>access grant needs --role: administrator, registry, secretary, presenter, member or public.</source>
        <translation>access grant tarvitsee valitsimen --role: administrator, registry, secretary, presenter, member tai public.</translation>
    </message>
    <message>
        <source>The password file %1 is empty: its first line is the password.</source>
        <translation>Salasanatiedosto %1 on tyhjä: sen ensimmäinen rivi on salasana.</translation>
    </message>
    <message>
        <source>%1 signs in as %2.</source>
        <translation>%1 kirjautuu roolissa %2.</translation>
    </message>
    <message>
        <source>%1 no longer has a role in the store.</source>
        <translation>Tunnuksella %1 ei enää ole roolia varastossa.</translation>
    </message>
    <message>
        <source>The store has no logins. Give one a role with &apos;pykala-cli access grant LOGIN --role ROLE&apos;.</source>
        <translation>Varastolla ei ole käyttäjätunnuksia. Anna tunnukselle rooli komennolla &apos;pykala-cli access grant TUNNUS --role ROOLI&apos;.</translation>
    </message>
    <message>
        <source>The case register: case open --title TITLE --task-class 10.00.03 [--date DATE]; case show 12/10.00.03/2026; case edit CASE --state decided --date DATE; case party CASE --name NAME --role ROLE --contact ADDRESS; case link ITEM CASE; case unlink ITEM; case unlinked lists items whose case reference names no case.</source>
        <translation>Asiarekisteri: case open --title TITLE --task-class 10.00.03 [--date DATE]; case show 12/10.00.03/2026; case edit CASE --state decided --date DATE; case party CASE --name NAME --role ROLE --contact ADDRESS; case link ITEM CASE; case unlink ITEM; case unlinked luettelee asiakohdat, joiden diaarinumero ei viittaa mihinkään asiarekisterin asiaan.</translation>
    </message>
    <message>
        <source>List the cases of the register, newest first, or find them by number, title and text.</source>
        <translation>Luettele asiarekisterin asiat uusimmasta alkaen tai hae niitä diaarinumeron, otsikon ja tekstin perusteella.</translation>
    </message>
    <message>
        <source>Prepare the next body&apos;s item of a decided item&apos;s case on a meeting to come, e.g. send-to &quot;KH 12/2026 § 5&quot; &quot;KV 4/2026&quot;.</source>
        <translation>Valmistele päätetyn asian jatkokäsittely: uusi asiakohta seuraavan toimielimen tulevaan kokoukseen, esim. send-to &quot;KH 12/2026 § 5&quot; &quot;KV 4/2026&quot;.</translation>
    </message>
    <message>
        <source>Record an extract of a decision as sent: --recipient NAME --method letter|email|electronic-service --date DATE [--address TEXT]; prints the day of notification and the last day of appeal.</source>
        <translation>Kirjaa päätöksestä lähetetty pöytäkirjanote: --recipient NAME --method letter|email|electronic-service --date DATE [--address TEXT]; tulostaa tiedoksisaantipäivän ja muutoksenhaun viimeisen päivän.</translation>
    </message>
    <message>
        <source>case open: the diary number&apos;s running number, when it was given already (default: the year&apos;s next).</source>
        <translation>case open: diaarinumeron juokseva numero, jos numero on jo annettu (oletus: vuoden seuraava vapaa numero).</translation>
    </message>
    <message>
        <source>case open: the registry&apos;s prefix of the diary number, e.g. KUNTA:.</source>
        <translation>case open: diaarinumeron kirjaamoetuliite, esim. KUNTA:.</translation>
    </message>
    <message>
        <source>case open, edit: the preparer in charge, by name or id.</source>
        <translation>case open, edit: vastuuvalmistelija nimellä tai tunnisteella.</translation>
    </message>
    <message>
        <source>case edit, cases: initiated, in-preparation, decided, implemented or closed.</source>
        <translation>case edit, cases: initiated (vireillä), in-preparation (valmistelussa), decided (päätetty), implemented (toimeenpantu) tai closed (päättynyt).</translation>
    </message>
    <message>
        <source>case party: the party&apos;s postal address or e-mail.</source>
        <translation>case party: asianosaisen postiosoite tai sähköpostiosoite.</translation>
    </message>
    <message>
        <source>extract-sent: letter, email or electronic-service.</source>
        <translation>extract-sent: letter (kirje), email (sähköposti) tai electronic-service (sähköinen asiointipalvelu).</translation>
    </message>
    <message>
        <source>cases: find cases by diary number, title or the text of their items.</source>
        <translation>cases: hae asioita diaarinumeron, otsikon tai asiakohtien tekstin perusteella.</translation>
    </message>
    <message>
        <source>taskclass set: years its records are kept, or permanent.</source>
        <translation>taskclass set: asiakirjojen säilytysaika vuosina tai permanent (pysyvä).</translation>
    </message>
    <message>
        <source>taskclass set: whether its records hold personal data, yes or no.</source>
        <translation>taskclass set: sisältävätkö luokan asiakirjat henkilötietoja, yes tai no.</translation>
    </message>
    <message>
        <source>Task class: %1 %2</source>
        <translation>Tehtäväluokka: %1 %2</translation>
    </message>
    <message>
        <source>State: %1, opened %2</source>
        <translation>Tila: %1, avattu %2</translation>
    </message>
    <message>
        <source>Publicity: %1 (%2)</source>
        <translation>Julkisuus: %1 (%2)</translation>
    </message>
    <message>
        <source>Party: %1, %2 %3</source>
        <translation>Asianosainen: %1, %2 %3</translation>
    </message>
    <message>
        <source>Extract to %1 (%2) sent %3, notified %4</source>
        <translation>Ote vastaanottajalle %1 (%2) lähetetty %3, tiedoksisaantipäivä %4</translation>
    </message>
    <message>
        <source>, last day of appeal %1</source>
        <translation>, muutoksenhaun viimeinen päivä %1</translation>
    </message>
    <message>
        <source>Usage: pykala-cli case open --title TITLE --task-class CODE [--date DATE], case show CASE, case edit CASE [--title TITLE] [--state STATE --date DATE], case party CASE --name NAME [--role ROLE] [--contact TEXT], case link ITEM CASE, case unlink ITEM, or case unlinked</source>
        <translation>Käyttö: pykala-cli case open --title TITLE --task-class CODE [--date DATE], case show CASE, case edit CASE [--title TITLE] [--state STATE --date DATE], case party CASE --name NAME [--role ROLE] [--contact TEXT], case link ITEM CASE, case unlink ITEM tai case unlinked</translation>
    </message>
    <message>
        <source>case open needs --title and --task-class, e.g. --task-class 10.00.03.</source>
        <translation>case open tarvitsee valitsimet --title ja --task-class, esim. --task-class 10.00.03.</translation>
    </message>
    <message>
        <source>--number must be a whole number from 1, not &quot;%1&quot;.</source>
        <translation>--number on vähintään 1 oleva kokonaisluku, ei &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The case just opened is not there.</source>
        <translation>Juuri avattua asiaa ei löydy varastosta.</translation>
    </message>
    <message>
        <source>Opened case %1 (id %2).</source>
        <translation>Avattiin asia %1 (tunniste %2).</translation>
    </message>
    <message>
        <source>Every item&apos;s case reference names a case of the register.</source>
        <translation>Jokaisen asiakohdan diaarinumero viittaa asiarekisterin asiaan.</translation>
    </message>
    <message>
        <source>Item %1 belongs to no case now.</source>
        <translation>Asiakohta %1 ei nyt kuulu mihinkään asiaan.</translation>
    </message>
    <message>
        <source>Item %1 is a handling of case %2.</source>
        <translation>Asiakohta %1 on asian %2 käsittely.</translation>
    </message>
    <message>
        <source>case party needs --name, the party&apos;s name.</source>
        <translation>case party tarvitsee valitsimen --name, asianosaisen nimen.</translation>
    </message>
    <message>
        <source>A case keeps no day of becoming %1; leave --date out.</source>
        <translation>Asialle ei tallenneta tilan %1 alkamispäivää; jätä --date pois.</translation>
    </message>
    <message>
        <source>case edit takes --date with --state: the day the case reached that state.</source>
        <translation>case edit ottaa valitsimen --date vain valitsimen --state kanssa: päivä, jona asia siirtyi kyseiseen tilaan.</translation>
    </message>
    <message>
        <source>Saved case %1.</source>
        <translation>Tallennettiin asia %1.</translation>
    </message>
    <message>
        <source>--year must be a year such as 2026, not &quot;%1&quot;.</source>
        <translation>--year on vuosiluku, kuten 2026, ei &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>No cases found.</source>
        <translation>Asioita ei löytynyt.</translation>
    </message>
    <message>
        <source>Added item %1 to %2, the next handling of its case.</source>
        <translation>Lisättiin asiakohta %1 kokoukseen %2 asian seuraavaksi käsittelyksi.</translation>
    </message>
    <message>
        <source>extract-sent needs --recipient NAME, --method letter|email|electronic-service and --date DATE.</source>
        <translation>extract-sent tarvitsee valitsimet --recipient NAME, --method letter|email|electronic-service ja --date DATE.</translation>
    </message>
    <message>
        <source>Recorded the extract sent to %1; notified %2</source>
        <translation>Kirjattiin vastaanottajalle %1 lähetetty ote; tiedoksisaantipäivä %2</translation>
    </message>
    <message>
        <source> (personal data)</source>
        <translation> (henkilötietoja)</translation>
    </message>
    <message>
        <source>--retention must be a number of years or &quot;permanent&quot;, not &quot;%1&quot;.</source>
        <translation>--retention on vuosimäärä tai &quot;permanent&quot;, ei &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--personal-data must be yes or no, not &quot;%1&quot;.</source>
        <translation>--personal-data on yes tai no, ei &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Saved task class %1.</source>
        <translation>Tallennettiin tehtäväluokka %1.</translation>
    </message>
    <message>
        <source>Usage: pykala-cli taskclass list, or taskclass set CODE [--name NAME] [--retention YEARS|permanent] [--publicity PUBLICITY --basis BASIS] [--personal-data yes|no]</source>
        <translation>Käyttö: pykala-cli taskclass list tai taskclass set CODE [--name NAME] [--retention YEARS|permanent] [--publicity PUBLICITY --basis BASIS] [--personal-data yes|no]</translation>
    </message>
    <message>
        <source>due</source>
        <translation>hävitettävissä</translation>
    </message>
    <message>
        <source>Only the case records listed may be destroyed, from the day shown; minutes and their items are kept permanently, and so is every case of a permanent class.</source>
        <translation>Vain luetteloitujen asioiden asiakirjat saa hävittää, kunkin ilmoitetusta päivästä alkaen; pöytäkirjat asiakohtineen säilytetään pysyvästi, samoin kuin kaikki pysyvästi säilytettävien tehtäväluokkien asiat.</translation>
    </message>
    <message>
        <source>Usage: pykala-cli archive [--year YEAR] -o DIRECTORY</source>
        <translation>Käyttö: pykala-cli archive [--year VUOSI] -o HAKEMISTO</translation>
    </message>
    <message>
        <source>Archiving case %1 of %2: %3</source>
        <translation>Arkistoidaan asiaa %1/%2: %3</translation>
    </message>
    <message>
        <source>Wrote the archive package of %1 to %2: %3 case(s), %4 record(s), %5 bytes.</source>
        <translation>Vuoden %1 arkistopaketti kirjoitettiin hakemistoon %2: %3 asiaa, %4 asiakirjaa, %5 tavua.</translation>
    </message>
    <message>
        <source>Not archived: %1: %2</source>
        <translation>Ei arkistoitu: %1: %2</translation>
    </message>
    <message>
        <source>The task classification of the information management plan: taskclass list; taskclass set 02.05.01 --name NAME --retention 10|permanent [--publicity confidential --basis BASIS] [--personal-data yes|no]; taskclass import FILE.csv [--dry-run], all rows or none.</source>
        <translation>Tiedonohjaussuunnitelman tehtäväluokitus: taskclass list; taskclass set 02.05.01 --name NAME --retention 10|permanent [--publicity confidential --basis BASIS] [--personal-data yes|no]; taskclass import FILE.csv [--dry-run], kaikki rivit tai ei mitään.</translation>
    </message>
    <message>
        <source>List the closed cases whose records may be destroyed, and from when; never minutes, never a permanent class. retention destroy CASE destroys a due case&apos;s parties and extracts sent, keeping its register entry and items.</source>
        <translation>Luettele suljetut asiat, joiden asiakirjat saa hävittää, ja mistä päivästä alkaen; pöytäkirjoja ja pysyvästi säilytettävien tehtäväluokkien asioita ei koskaan. retention destroy CASE hävittää asian, jonka säilytysaika on kulunut, asianosaistiedot ja lähetetyt otteet; asian rekisterimerkintä ja asiakohdat säilytetään.</translation>
    </message>
    <message>
        <source>Write the archive package of the cases closed in a year (the last one unless --year says): for each case its signed minutes, extracts and attachments, with SÄHKE2 metadata files (docs/archive-record.xsd). archive --year 2026 -o DIRECTORY.</source>
        <translation>Kirjoita vuoden aikana suljettujen asioiden arkistopaketti (edellinen vuosi, ellei --year kerro muuta): kustakin asiasta allekirjoitetut pöytäkirjat, otteet ja liitteet SÄHKE2-metatietotiedostoineen (docs/archive-record.xsd). archive --year 2026 -o HAKEMISTO.</translation>
    </message>
    <message>
        <source>agenda, minutes, extract, sign, package: the file to write; publish, archive: the directory.</source>
        <translation>agenda, minutes, extract, sign, package: kirjoitettava tiedosto; publish, archive: hakemisto.</translation>
    </message>
    <message>
        <source>import-members, taskclass import: check the file against the store and report, writing nothing.</source>
        <translation>import-members, taskclass import: tarkista tiedosto varastoa vasten ja raportoi, kirjoittamatta mitään.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n task class(es) (%2, separated by &quot;%3&quot;).</source>
        <translation>
            <numerusform>%1: %n tehtäväluokka (%2, erottimena &quot;%3&quot;).</numerusform>
            <numerusform>%1: %n tehtäväluokkaa (%2, erottimena &quot;%3&quot;).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new</source>
        <translation>
            <numerusform>%n uusi</numerusform>
            <numerusform>%n uutta</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed</source>
        <translation>
            <numerusform>%n muuttunut</numerusform>
            <numerusform>%n muuttunutta</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n ennallaan</numerusform>
            <numerusform>%n ennallaan</numerusform>
        </translation>
    </message>
    <message>
        <source>Records destroyed %1: its parties and extracts sent are gone.</source>
        <translation>Asiakirjat hävitetty %1: asianosaistiedot ja lähetetyt otteet on poistettu.</translation>
    </message>
    <message>
        <source>Usage: pykala-cli retention, or retention destroy CASE.</source>
        <translation>Käyttö: pykala-cli retention tai retention destroy ASIA.</translation>
    </message>
    <message>
        <source>Destroyed the records of case %1: its parties (%2) and extracts sent (%3). Its register entry and its items are kept.</source>
        <translation>Hävitettiin asian %1 asiakirjat: asianosaistiedot (%2) ja lähetetyt otteet (%3). Asian rekisterimerkintä ja asiakohdat säilytetään.</translation>
    </message>
    <message>
        <source>Publishing meeting %1 of %2</source>
        <translation>Julkaistaan kokousta %1/%2</translation>
    </message>
    <message>
        <source>Published the site to %1: %2 meeting(s), %3 laid out anew, %4 file(s).</source>
        <translation>Sivusto julkaistiin kansioon %1: %2 kokousta, joista %3 taitettiin uudelleen, %4 tiedostoa.</translation>
    </message>
    <message>
        <source>Write the public web version of a meeting into -o DIR; without a meeting, the whole public site with its open data (OParl, Atom): publish -o DIR --base-url https://… .</source>
        <translation>Kirjoita kokouksen julkinen verkkoversio kansioon -o DIR; ilman kokousta koko julkinen sivusto avoimine tietoineen (OParl, Atom): publish -o DIR --base-url https://… .</translation>
    </message>
    <message>
        <source>demo: the day the data is as of; publish: the day of publication that the site&apos;s minutes must have reached (default today).</source>
        <translation>demo: päivä, jonka tilanteen tiedot kuvaavat; publish: päivä, johon mennessä sivuston pöytäkirjojen julkaisupäivän on oltava (oletuksena tänään).</translation>
    </message>
    <message>
        <source>publish (the site): the address the directory is served at, e.g. https://www.example.fi/paatokset/.</source>
        <translation>publish (sivusto): osoite, josta kansio näkyy verkossa, esim. https://www.example.fi/paatokset/.</translation>
    </message>
    <message>
        <source>publish without a meeting writes the whole site and needs --base-url URL, the address the directory is served at.</source>
        <translation>publish ilman kokousta kirjoittaa koko sivuston ja tarvitsee valitsimen --base-url URL, osoitteen, josta kansio näkyy verkossa.</translation>
    </message>
    <message>
        <source>Write a read-only meeting package for review to -o FILE: --for member --recipient NAME --cert NICK (encrypted for the member&apos;s certificate, signed with yours), or --for public.</source>
        <translation>Kirjoita vain luettava kokouspaketti tiedostoon -o TIEDOSTO: --for member --recipient NIMI --cert NIMI (salattuna jäsenen varmenteelle ja allekirjoitettuna omallasi) tai --for public.</translation>
    </message>
    <message>
        <source>Open a meeting package as review mode does (a member&apos;s with your key, in memory) and show whom it is for, who made and signed it and until when it can be read.</source>
        <translation>Avaa kokouspaketti kuten lukutila (jäsenen paketti avaimellasi, muistissa) ja näytä, kenelle se on, kuka sen teki ja allekirjoitti ja mihin asti sitä voi lukea.</translation>
    </message>
    <message>
        <source>verify, certs, sign, check, package, package-info: the NSS certificate database directory (default: ~/.pki/nssdb).</source>
        <translation>verify, certs, sign, check, package, package-info: NSS-varmennetietokannan hakemisto (oletus: ~/.pki/nssdb).</translation>
    </message>
    <message>
        <source>verify, certs, sign, package, package-info: a file whose first line is the database or token password; meeting invite: the mail server&apos;s password (else $PYKALA_SMTP_PASSWORD); access grant: the login&apos;s password.</source>
        <translation>verify, certs, sign, package, package-info: tiedosto, jonka ensimmäinen rivi on tietokannan tai kortin salasana; meeting invite: sähköpostipalvelimen salasana (muuten $PYKALA_SMTP_PASSWORD); access grant: tunnuksen salasana.</translation>
    </message>
    <message>
        <source>sign, package: the nickname of the signing certificate.</source>
        <translation>sign, package: allekirjoitusvarmenteen lempinimi.</translation>
    </message>
    <message>
        <source>body: how many days after the meeting its members&apos; packages can be read (default 30).</source>
        <translation>body: montako päivää kokouksen jälkeen jäsenten paketteja voi lukea (oletus 30).</translation>
    </message>
    <message>
        <source>package: the member&apos;s encryption certificate, PEM or DER, instead of the one registered for them.</source>
        <translation>package: jäsenen salausvarmenne, PEM tai DER, hänelle rekisteröidyn sijaan.</translation>
    </message>
    <message>
        <source>A member&apos;s package is signed by its maker: add --cert NICK, your signing certificate (&apos;pykala-cli certs&apos; lists them).</source>
        <translation>Jäsenen paketin allekirjoittaa sen tekijä: lisää --cert NIMI, allekirjoitusvarmenteesi (&apos;pykala-cli certs&apos; luettelee ne).</translation>
    </message>
    <message>
        <source>Cannot read the certificate %1: %2</source>
        <translation>Varmennetta %1 ei voi lukea: %2</translation>
    </message>
    <message>
        <source>A public package is neither signed nor encrypted: leave out --cert and --recipient-cert.</source>
        <translation>Julkista pakettia ei allekirjoiteta eikä salata: jätä pois --cert ja --recipient-cert.</translation>
    </message>
    <message>
        <source>Wrote %1 for %2, a member&apos;s package (confidential items included), encrypted for their certificate and signed with %3.</source>
        <translation>Kirjoitettiin %1 henkilölle %2: jäsenen paketti (myös salassa pidettävät asiat), salattuna hänen varmenteelleen ja allekirjoitettuna varmenteella %3.</translation>
    </message>
    <message>
        <source>%1 is a store, not a meeting package.</source>
        <translation>%1 on varasto eikä kokouspaketti.</translation>
    </message>
    <message>
        <source>Meeting package %1 of %2, %3</source>
        <translation>Kokouspaketti %1 kokouksesta %2, %3</translation>
    </message>
    <message>
        <source>For: %1 (a member&apos;s package, confidential items included)</source>
        <translation>Kenelle: %1 (jäsenen paketti, myös salassa pidettävät asiat)</translation>
    </message>
    <message>
        <source>For: the public</source>
        <translation>Kenelle: yleisölle</translation>
    </message>
    <message>
        <source>Made: %1 by %2</source>
        <translation>Tehty: %1, tekijä %2</translation>
    </message>
    <message>
        <source>Encrypted for you and signed by %1 (certificate from %2), %3</source>
        <translation>Salattu sinulle ja allekirjoittanut %1 (varmenteen myöntäjä %2), %3</translation>
    </message>
    <message>
        <source>a certificate your database trusts</source>
        <translation>varmenne, johon tietokantasi luottaa</translation>
    </message>
    <message>
        <source>a certificate your database does not trust</source>
        <translation>varmenne, johon tietokantasi ei luota</translation>
    </message>
    <message>
        <source>Can be read until: %1</source>
        <translation>Luettavissa asti: %1</translation>
    </message>
    <message>
        <source>--package-days must be a number of days from %1 to %2, not &quot;%3&quot;.</source>
        <translation>--package-days on päivien määrä väliltä %1–%2, ei &quot;%3&quot;.</translation>
    </message>
    <message numerus="yes">
        <source>Members&apos; packages readable until: %n day(s) after the meeting</source>
        <translation>
            <numerusform>Jäsenten paketit luettavissa: %n päivä kokouksen jälkeen</numerusform>
            <numerusform>Jäsenten paketit luettavissa: %n päivää kokouksen jälkeen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is a member&apos;s encrypted meeting package: it is read with the member&apos;s key in review mode (pykala FILE), and &apos;pykala-cli package-info FILE&apos; says what it is.</source>
        <translation>%1 on jäsenen salattu kokouspaketti: se luetaan jäsenen avaimella lukutilassa (pykala TIEDOSTO), ja &apos;pykala-cli package-info TIEDOSTO&apos; kertoo, mikä se on.</translation>
    </message>
</context>
<context>
    <name>Cli::Reader</name>
    <message>
        <source>--%1 must be one of %2, not &quot;%3&quot;.</source>
        <translation>--%1 on jokin näistä: %2, ei &quot;%3&quot;.</translation>
    </message>
    <message>
        <source>--%1 must be a date such as 2026-12-14 or 14.12.2026, not &quot;%2&quot;.</source>
        <translation>--%1 on päivämäärä, esim. 2026-12-14 tai 14.12.2026, ei &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>--%1 must be a time such as 16:00, not &quot;%2&quot;.</source>
        <translation>--%1 on kellonaika, esim. 16:00, ei &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>There is no person &quot;%1&quot; in the store. &apos;pykala-cli persons&apos; lists them.</source>
        <translation>Henkilöä &quot;%1&quot; ei ole asiakirjavarastossa. &apos;pykala-cli persons&apos; luettelee henkilöt.</translation>
    </message>
    <message>
        <source>Several persons are called &quot;%1&quot; (ids %2): name one by its id.</source>
        <translation>Usean henkilön nimi on &quot;%1&quot; (tunnisteet %2): nimeä henkilö tunnisteellaan.</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>&amp;Check the server&apos;s certificate (encrypted connection)</source>
        <translation>&amp;Tarkista palvelimen varmenne (salattu yhteys)</translation>
    </message>
    <message>
        <source>Connect to Server</source>
        <translation>Yhdistä palvelimeen</translation>
    </message>
    <message>
        <source>e.g. paatokset.kunta.fi</source>
        <translation>esim. paatokset.kunta.fi</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Palvelin</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Portti</translation>
    </message>
    <message>
        <source>e.g. kunta</source>
        <translation>esim. kunta</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Tietokanta</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Käyttäjätunnus</translation>
    </message>
    <message>
        <source>from ~/.pgpass when left empty</source>
        <translation>tyhjänä tiedostosta ~/.pgpass</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Salasana</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Palvelin:</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;ortti:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Tietokanta:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Käyttäjätunnus:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Salasana:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Osoite:</translation>
    </message>
    <message>
        <source>C&amp;onnect</source>
        <translation>&amp;Yhdistä</translation>
    </message>
    <message>
        <source>A store shared on the municipality&apos;s PostgreSQL server. Ask its administrator for the server, the database and your user name.</source>
        <translation>Kunnan PostgreSQL-palvelimella oleva yhteinen varasto. Kysy palvelin, tietokanta ja käyttäjätunnuksesi sen ylläpitäjältä.</translation>
    </message>
    <message>
        <source>Give the server and the database.</source>
        <translation>Anna palvelin ja tietokanta.</translation>
    </message>
    <message>
        <source>Sign in with my identity &amp;card</source>
        <translation>Kirjaudu &amp;henkilökortilla</translation>
    </message>
    <message>
        <source>the card&apos;s authentication certificate, e.g. ~/kortti.crt</source>
        <translation>kortin todentamisvarmenne, esim. ~/kortti.crt</translation>
    </message>
    <message>
        <source>Card certificate</source>
        <translation>Kortin varmenne</translation>
    </message>
    <message>
        <source>Key on the card</source>
        <translation>Kortin avain</translation>
    </message>
    <message>
        <source>The PKCS#11 address of the card&apos;s authentication key, e.g. token=HENKILOKORTTI;object=todentaminen;type=private</source>
        <translation>Kortin todentamisavaimen PKCS#11-osoite, esim. token=HENKILOKORTTI;object=todentaminen;type=private</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Osoite</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Selaa…</translation>
    </message>
    <message>
        <source>Choose the card certificate</source>
        <translation>Valitse kortin varmenne</translation>
    </message>
    <message>
        <source>Card c&amp;ertificate:</source>
        <translation>Kortin &amp;varmenne:</translation>
    </message>
    <message>
        <source>&amp;Key on the card:</source>
        <translation>Kortin &amp;avain:</translation>
    </message>
    <message>
        <source>Card Certificate</source>
        <translation>Kortin varmenne</translation>
    </message>
    <message>
        <source>Certificates (*.crt *.pem *.cer);;All files (*)</source>
        <translation>Varmenteet (*.crt *.pem *.cer);;Kaikki tiedostot (*)</translation>
    </message>
    <message>
        <source>&amp;PIN:</source>
        <translation>&amp;PIN-koodi:</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN-koodi</translation>
    </message>
    <message>
        <source>the PIN of the card&apos;s authentication key</source>
        <translation>kortin todentamisavaimen PIN-koodi</translation>
    </message>
    <message>
        <source>Signing in with a card needs its certificate file and its PIN.</source>
        <translation>Kortilla kirjautumiseen tarvitaan sen varmennetiedosto ja PIN-koodi.</translation>
    </message>
</context>
<context>
    <name>ConveneDialog</name>
    <message>
        <source>Invitation sent on</source>
        <translation>Kutsu lähetetty</translation>
    </message>
    <message>
        <source>Convene %1</source>
        <translation>Kutsu koolle %1</translation>
    </message>
    <message>
        <source>&amp;Invitation sent on:</source>
        <translation>&amp;Kutsu lähetetty:</translation>
    </message>
    <message>
        <source>The meeting was convened on %1. Correct the day the invitation went out if it was another.</source>
        <translation>Kokous kutsuttiin koolle %1. Korjaa kutsun lähetyspäivä, jos se oli toinen.</translation>
    </message>
    <message>
        <source>Record the day the invitation and the agenda went out to those invited: the meeting is then convened.</source>
        <translation>Merkitse päivä, jona kutsu ja esityslista lähtivät kutsutuille: kokous on silloin kutsuttu koolle.</translation>
    </message>
    <message>
        <source>Convene</source>
        <translation>Kutsu koolle</translation>
    </message>
</context>
<context>
    <name>CopyStoreDialog</name>
    <message>
        <source>A new &amp;file:</source>
        <translation>Uusi &amp;tiedosto:</translation>
    </message>
    <message>
        <source>An empty &amp;PostgreSQL database:</source>
        <translation>Tyhjä &amp;PostgreSQL-tietokanta:</translation>
    </message>
    <message>
        <source>Copy Store To</source>
        <translation>Kopioi varasto</translation>
    </message>
    <message>
        <source>The whole store — its register, meetings, signed minutes and audit log — is copied into a new store, which is then checked against this one. This store is not changed.</source>
        <translation>Koko varasto — rekisteri, kokoukset, allekirjoitetut pöytäkirjat ja muutosloki — kopioidaan uuteen varastoon, joka tarkistetaan sitten tätä vasten. Tätä varastoa ei muuteta.</translation>
    </message>
    <message>
        <source>New store file</source>
        <translation>Uuden varaston tiedosto</translation>
    </message>
    <message>
        <source>PostgreSQL database address</source>
        <translation>PostgreSQL-tietokannan osoite</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Valitse…</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopioi</translation>
    </message>
    <message>
        <source>Pykälä stores (*.sqlite)</source>
        <translation>Pykälän varastot (*.sqlite)</translation>
    </message>
    <message>
        <source>Choose the file to copy the store into.</source>
        <translation>Valitse tiedosto, johon varasto kopioidaan.</translation>
    </message>
    <message>
        <source>Give the address of the PostgreSQL database, e.g. postgresql://server/database?user=name.</source>
        <translation>Anna PostgreSQL-tietokannan osoite, esim. postgresql://palvelin/tietokanta?user=tunnus.</translation>
    </message>
    <message>
        <source>That is the address of a database: choose &quot;An empty PostgreSQL database&quot; for it.</source>
        <translation>Tämä on tietokannan osoite: valitse sille &quot;Tyhjä PostgreSQL-tietokanta&quot;.</translation>
    </message>
    <message>
        <source>A PostgreSQL database&apos;s address begins with postgresql://, e.g. postgresql://server/database?user=name.</source>
        <translation>PostgreSQL-tietokannan osoite alkaa postgresql://, esim. postgresql://palvelin/tietokanta?user=tunnus.</translation>
    </message>
    <message>
        <source>%1 exists already, and a copy never replaces a file. Choose another name.</source>
        <translation>%1 on jo olemassa, eikä kopio koskaan korvaa tiedostoa. Valitse toinen nimi.</translation>
    </message>
    <message>
        <source>Copying the store…</source>
        <translation>Kopioidaan varastoa…</translation>
    </message>
    <message>
        <source>Copying the store: %1 of %2 rows…</source>
        <translation>Kopioidaan varastoa: %1/%2 riviä…</translation>
    </message>
    <message>
        <source>Checking the copy…</source>
        <translation>Tarkistetaan kopiota…</translation>
    </message>
</context>
<context>
    <name>CsvTable</name>
    <message>
        <source>Row %1, column &quot;%2&quot;: %3</source>
        <translation>Rivi %1, sarake &quot;%2&quot;: %3</translation>
    </message>
    <message>
        <source>Row %1, column %2: %3</source>
        <translation>Rivi %1, sarake %2: %3</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>Rivi %1: %2</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Mitään ei tuotu.</translation>
    </message>
    <message numerus="yes">
        <source>The file has %n problem(s); nothing was imported.</source>
        <translation>
            <numerusform>Tiedostossa on %n ongelma; mitään ei tuotu.</numerusform>
            <numerusform>Tiedostossa on %n ongelmaa; mitään ei tuotu.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more problem(s), not listed.</source>
        <translation>
            <numerusform>… ja %n ongelma lisää, luettelematta.</numerusform>
            <numerusform>… ja %n ongelmaa lisää, luettelematta.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the sheet as CSV (in Excel &quot;CSV UTF-8&quot; or &quot;CSV (semicolon delimited)&quot;, in LibreOffice &quot;Text CSV&quot;) and import that file.</source>
        <translation>Tallenna taulukko CSV-muodossa (Excelissä &quot;CSV UTF-8&quot; tai &quot;CSV (luetteloerotin)&quot;, LibreOfficessa &quot;Teksti CSV&quot;) ja tuo se tiedosto.</translation>
    </message>
    <message>
        <source>The file is UTF-16 text (Excel&apos;s &quot;Unicode text&quot;), not CSV.</source>
        <translation>Tiedosto on UTF-16-tekstiä (Excelin &quot;Unicode-teksti&quot;), ei CSV:tä.</translation>
    </message>
    <message>
        <source>The file is a spreadsheet workbook (.xlsx or .ods), not CSV.</source>
        <translation>Tiedosto on laskentataulukon työkirja (.xlsx tai .ods), ei CSV:tä.</translation>
    </message>
    <message>
        <source>The file is an Excel 97–2003 workbook (.xls), not CSV.</source>
        <translation>Tiedosto on Excel 97–2003 -työkirja (.xls), ei CSV:tä.</translation>
    </message>
    <message>
        <source>The file is not text: it holds a zero byte (at byte %1), which no CSV file saved from a spreadsheet does. Is this the right file?</source>
        <translation>Tiedosto ei ole tekstiä: siinä on nollatavu (tavussa %1), jota taulukosta tallennetussa CSV-tiedostossa ei ole. Onko tämä oikea tiedosto?</translation>
    </message>
    <message>
        <source>a quoted cell is never closed: its opening quote (&quot;) has no closing quote, so the rest of the file would be this one cell. Add the missing quote.</source>
        <translation>lainausmerkeissä oleva solu ei pääty: sen alkavalla lainausmerkillä (&quot;) ei ole päättävää, joten koko loppu tiedostosta olisi tätä yhtä solua. Lisää puuttuva lainausmerkki.</translation>
    </message>
    <message>
        <source>The columns are separated by tabs, not by &apos;;&apos; or &apos;,&apos;.</source>
        <translation>Sarakkeet on erotettu sarkaimin, ei merkeillä &apos;;&apos; tai &apos;,&apos;.</translation>
    </message>
    <message>
        <source>text follows the closing quote of a quoted cell; quote the whole cell, and write each quote inside it twice (&quot;&quot;).</source>
        <translation>lainausmerkeissä olevan solun päättävän lainausmerkin jälkeen on tekstiä; pane koko solu lainausmerkkeihin ja kirjoita jokainen sen sisällä oleva lainausmerkki kahdesti (&quot;&quot;).</translation>
    </message>
    <message>
        <source>no such column; the columns are %1 (or the same in Swedish or English). Rename the column or remove it: its values would not be imported.</source>
        <translation>tuntematon sarake; sarakkeet ovat %1 (tai samat ruotsiksi tai englanniksi). Nimeä sarake uudelleen tai poista se: sen arvoja ei tuotaisi.</translation>
    </message>
    <message>
        <source>the same column as column %1 (%2); keep one of them.</source>
        <translation>sama sarake kuin sarake %1 (%2); säilytä niistä toinen.</translation>
    </message>
    <message>
        <source>the header row has no column for %1 (%2); it is required.</source>
        <translation>otsikkorivillä ei ole saraketta, jossa on %1 (%2); se on pakollinen.</translation>
    </message>
    <message>
        <source>the row has %1 cells, but the header row has %2 columns: a separator too many, or a cell with a separator in it that is not in quotes, shifts the values into the wrong columns.</source>
        <translation>rivillä on %1 solua, mutta otsikkorivillä on %2 saraketta: ylimääräinen erotin tai solu, jossa on erotin mutta jota ei ole pantu lainausmerkkeihin, siirtää arvot väärille sarakkeille.</translation>
    </message>
    <message>
        <source>the row has %1 cells, but the header row has %2 columns: a separator too few shifts the values into the wrong columns.</source>
        <translation>rivillä on %1 solua, mutta otsikkorivillä on %2 saraketta: puuttuva erotin siirtää arvot väärille sarakkeille.</translation>
    </message>
    <message>
        <source>a value in a column that the header row does not name; name the column or clear the cell.</source>
        <translation>arvo sarakkeessa, jota otsikkorivi ei nimeä; nimeä sarake tai tyhjennä solu.</translation>
    </message>
    <message>
        <source>the cell is %1 characters long; at most %2 are read.</source>
        <translation>solussa on %1 merkkiä; enintään %2 luetaan.</translation>
    </message>
    <message>
        <source>the cell holds bytes that are not UTF-8, though the file begins as UTF-8 does (with a byte order mark). Save the sheet again as CSV UTF-8.</source>
        <translation>solussa on tavuja, jotka eivät ole UTF-8:aa, vaikka tiedosto alkaa kuten UTF-8 (tavujärjestysmerkillä). Tallenna taulukko uudelleen muodossa CSV UTF-8.</translation>
    </message>
</context>
<context>
    <name>DecisionRecord</name>
    <message>
        <source>%1 has not been closed; its minutes are signed after the meeting.</source>
        <translation>Kokousta %1 ei ole päätetty; pöytäkirja allekirjoitetaan kokouksen jälkeen.</translation>
    </message>
    <message>
        <source>%1 is finalised: its minutes have all their %2 signatures.</source>
        <translation>%1 on lopullisesti kirjattu: pöytäkirjassa ovat kaikki %2 allekirjoitusta.</translation>
    </message>
    <message>
        <source>Could not make a working directory for signing.</source>
        <translation>Allekirjoittamiseen tarvittavaa työhakemistoa ei voitu luoda.</translation>
    </message>
    <message>
        <source>Could not write the minutes for signing: %1</source>
        <translation>Pöytäkirjaa ei voitu kirjoittaa allekirjoitettavaksi: %1</translation>
    </message>
    <message>
        <source>Could not read the signed minutes: %1</source>
        <translation>Allekirjoitettua pöytäkirjaa ei voitu lukea: %1</translation>
    </message>
    <message>
        <source>The signed minutes of meeting %1 have no meeting in the store.</source>
        <translation>Kokouksen %1 allekirjoitetulla pöytäkirjalla ei ole kokousta asiakirjavarastossa.</translation>
    </message>
    <message>
        <source>%1 %2 differs from what was signed in its minutes: it was changed outside Pykälä.</source>
        <translation>%1 %2 poikkeaa siitä, mitä pöytäkirjassa allekirjoitettiin: sitä on muutettu Pykälän ohi.</translation>
    </message>
    <message>
        <source>(the meeting&apos;s own record)</source>
        <translation>(kokouksen omat tiedot)</translation>
    </message>
    <message>
        <source>%1 %2 was signed in its minutes and is missing now.</source>
        <translation>%1 %2 allekirjoitettiin pöytäkirjassa, mutta puuttuu nyt.</translation>
    </message>
    <message>
        <source>The record of %1 differs from what was signed in its minutes.</source>
        <translation>Kokouksen %1 tiedot poikkeavat siitä, mitä pöytäkirjassa allekirjoitettiin.</translation>
    </message>
    <message>
        <source>It is the turn of the %1 to sign the minutes of %2, not of the %3.</source>
        <translation>Kokouksen %2 pöytäkirjan allekirjoitusvuorossa on %1, ei %3.</translation>
    </message>
    <message>
        <source>%1 has already signed the minutes of %2; the next signature is another&apos;s.</source>
        <translation>%1 on jo allekirjoittanut kokouksen %2 pöytäkirjan; seuraava allekirjoitus on toisen.</translation>
    </message>
    <message>
        <source>The minutes need %1 signatures (%2 of them by the secretary and those who presided) and their signature page has room for %3: record at most %4 minute-checkers.</source>
        <translation>Pöytäkirjaan tarvitaan %1 allekirjoitusta (niistä %2 pöytäkirjanpitäjältä ja puheenjohtajana toimineilta), ja allekirjoitussivulle mahtuu %3: merkitse enintään %4 pöytäkirjantarkastajaa.</translation>
    </message>
    <message>
        <source>The minutes need %1 signatures, %2 of them by the secretary and those who presided, and their signature page has room for %3.</source>
        <translation>Pöytäkirjaan tarvitaan %1 allekirjoitusta, niistä %2 pöytäkirjanpitäjältä ja puheenjohtajana toimineilta, ja allekirjoitussivulle mahtuu %3.</translation>
    </message>
    <message>
        <source>the signed minutes of %1</source>
        <translation>kokouksen %1 allekirjoitettu pöytäkirja</translation>
    </message>
    <message>
        <source>The signed minutes of %1 are not a signed PDF: they were replaced outside Pykälä.</source>
        <translation>Kokouksen %1 allekirjoitettu pöytäkirja ei ole allekirjoitettu PDF: se on korvattu Pykälän ohi.</translation>
    </message>
    <message>
        <source>Signature %1 of the minutes of %2 (%3, %4) does not verify (%5): the signed minutes were changed outside Pykälä.</source>
        <translation>Kokouksen %2 pöytäkirjan allekirjoitus %1 (%3, %4) ei ole pätevä (%5): allekirjoitettua pöytäkirjaa on muutettu Pykälän ohi.</translation>
    </message>
    <message>
        <source>Signature %1 of the minutes of %2 (%3) does not cover its revision of the file.</source>
        <translation>Kokouksen %2 pöytäkirjan allekirjoitus %1 (%3) ei kata tiedoston omaa versiotaan.</translation>
    </message>
    <message>
        <source>Audit log entry %1, which signature %2 of the minutes of %3 commits to, is missing: the log was cut outside Pykälä.</source>
        <translation>Lokitapahtuma %1, johon kokouksen %3 pöytäkirjan allekirjoitus %2 on sidottu, puuttuu: lokia on lyhennetty Pykälän ohi.</translation>
    </message>
    <message>
        <source>The audit log up to entry %1 is not the one signature %2 of the minutes of %3 commits to: its history was rewritten outside Pykälä.</source>
        <translation>Muutosloki lokitapahtumaan %1 asti ei ole se, johon kokouksen %3 pöytäkirjan allekirjoitus %2 on sidottu: sen historia on kirjoitettu uudelleen Pykälän ohi.</translation>
    </message>
    <message>
        <source>The signed minutes of %1 were changed after their last signature.</source>
        <translation>Kokouksen %1 allekirjoitettua pöytäkirjaa on muutettu viimeisen allekirjoituksen jälkeen.</translation>
    </message>
    <message>
        <source>The store records %1 signatures of the minutes of %2; the signed file has %3.</source>
        <translation>Asiakirjavaraston mukaan kokouksen %2 pöytäkirjassa on %1 allekirjoitusta; allekirjoitetussa tiedostossa niitä on %3.</translation>
    </message>
    <message>
        <source>The signed minutes of %1 carry no digest of their record.</source>
        <translation>Kokouksen %1 allekirjoitetussa pöytäkirjassa ei ole sen tietojen tiivistettä.</translation>
    </message>
    <message>
        <source>The record digest kept with the signed minutes of %1 is not the one they were signed with: it was changed outside Pykälä.</source>
        <translation>Kokouksen %1 allekirjoitetun pöytäkirjan rinnalla säilytetty tietojen tiiviste ei ole se, jolla pöytäkirja allekirjoitettiin: sitä on muutettu Pykälän ohi.</translation>
    </message>
    <message>
        <source>The signed minutes of %1 have %2 signatures; they take %3.</source>
        <translation>Kokouksen %1 allekirjoitetussa pöytäkirjassa on %2 allekirjoitusta; siihen kuuluu %3.</translation>
    </message>
    <message>
        <source>Signature %1 of the minutes of %2 is by %3 as &quot;%4&quot;; that turn is the %5&apos;s.</source>
        <translation>Kokouksen %2 pöytäkirjan allekirjoituksen %1 on tehnyt %3 tehtävässä &quot;%4&quot;; se vuoro kuuluu tehtävälle %5.</translation>
    </message>
    <message>
        <source>Signature %1 of the minutes of %2 is a second one by %3.</source>
        <translation>Kokouksen %2 pöytäkirjan allekirjoitus %1 on henkilön %3 toinen allekirjoitus.</translation>
    </message>
    <message>
        <source>Signature %1 of the minutes of %2 (%3) commits to no audit entry, though the one before it does: Pykälä did not make it.</source>
        <translation>Kokouksen %2 pöytäkirjan allekirjoitusta %1 (%3) ei ole sidottu muutoslokiin, vaikka edellinen on: sitä ei ole tehty Pykälällä.</translation>
    </message>
    <message>
        <source>Signature %1 of the minutes of %2 (%3) is out of its order: Pykälä did not make it there.</source>
        <translation>Kokouksen %2 pöytäkirjan allekirjoitus %1 (%3) on väärässä järjestyksessä: Pykälä ei ole tehnyt sitä siihen.</translation>
    </message>
    <message>
        <source>The certificate is %1&apos;s, and it is %2&apos;s turn to sign as %3: each signs with their own.</source>
        <translation>Varmenne on henkilön %1, ja allekirjoitusvuorossa on %2 (%3): kukin allekirjoittaa omalla varmenteellaan.</translation>
    </message>
    <message>
        <source>The certificate is not registered for %1, whose turn it is to sign as %2. Register %1&apos;s signing certificate first (Register › Persons › Certificates…, or pykala-cli person certificate).</source>
        <translation>Varmennetta ei ole rekisteröity henkilölle %1, jonka vuoro on allekirjoittaa (%2). Rekisteröi ensin henkilön %1 allekirjoitusvarmenne (Rekisteri › Henkilöt › Varmenteet… tai pykala-cli person certificate).</translation>
    </message>
    <message>
        <source>There is no certificate &quot;%1&quot; with its key in the certificate database; &apos;pykala-cli certs&apos; lists them.</source>
        <translation>Varmennetietokannassa ei ole varmennetta ”%1” avaimineen; &apos;pykala-cli certs&apos; luettelee ne.</translation>
    </message>
    <message>
        <source>%1 cannot be signed with &quot;%2&quot;: %3</source>
        <translation>Pöytäkirjaa %1 ei voi allekirjoittaa varmenteella ”%2”: %3</translation>
    </message>
    <message>
        <source>Signature %1 of the minutes of %2 (%3, %4) is not by the person of its turn: %5</source>
        <translation>Kokouksen %2 pöytäkirjan allekirjoitus %1 (%3, %4) ei ole vuorossa olleen henkilön: %5</translation>
    </message>
    <message>
        <source>The minutes of %1 were frozen with the turns %2, and the body&apos;s settings now give %3: its signing order or document language was changed after the first signature. Set them back to sign the rest.</source>
        <translation>Kokouksen %1 pöytäkirja lukittiin allekirjoitusvuoroin %2, mutta toimielimen asetukset antavat nyt %3: sen allekirjoitusjärjestystä tai asiakirjakieltä on muutettu ensimmäisen allekirjoituksen jälkeen. Palauta ne ennalleen, niin loput voivat allekirjoittaa.</translation>
    </message>
    <message>
        <source>The minutes name no one to sign as %1. The secretary&apos;s turn is the body&apos;s secretary on the meeting&apos;s day (Register › Add Official, or pykala-cli membership add --role secretary); a minute-checker&apos;s, those the meeting selected; a chair&apos;s, who presided.</source>
        <translation>Pöytäkirja ei nimeä ketään allekirjoittamaan roolissa %1. Pöytäkirjanpitäjän vuoro on toimielimen pöytäkirjanpitäjän kokouspäivänä (Rekisteri › Lisää viranhaltija tai pykala-cli membership add --role secretary); pöytäkirjantarkastajan vuoro kokouksen valitsemien tarkastajien; puheenjohtajan vuoro puheenjohtajana toimineen.</translation>
    </message>
    <message>
        <source>%1 cannot be signed yet: %2</source>
        <translation>Pöytäkirjaa %1 ei voi vielä allekirjoittaa: %2</translation>
    </message>
</context>
<context>
    <name>DemoData</name>
    <message>
        <source>The demo has from 2 to %1 bodies; %2 was asked for.</source>
        <translation>Esimerkkiaineistossa on 2–%1 toimielintä; pyydettiin %2.</translation>
    </message>
    <message>
        <source>The demo covers from 1 to %1 years; %2 was asked for.</source>
        <translation>Esimerkkiaineisto kattaa 1–%1 vuotta; pyydettiin %2.</translation>
    </message>
    <message>
        <source>The store already holds data; demo data goes only into an empty store. Create one with &apos;pykala-cli init&apos;.</source>
        <translation>Varastossa on jo tietoja; esimerkkiaineisto lisätään vain tyhjään varastoon. Luo sellainen komennolla &apos;pykala-cli init&apos;.</translation>
    </message>
    <message>
        <source>The demo data is missing from this build.</source>
        <translation>Esimerkkiaineisto puuttuu tästä käännöksestä.</translation>
    </message>
    <message>
        <source>The demo data of this build is broken: %1</source>
        <translation>Tämän käännöksen esimerkkiaineisto on viallinen: %1</translation>
    </message>
</context>
<context>
    <name>DemoStore</name>
    <message>
        <source>Creating the demo municipality…</source>
        <translation>Luodaan esittelykuntaa…</translation>
    </message>
    <message>
        <source>Creating the demo municipality: the register, then the meetings (%1 of %2)…</source>
        <translation>Luodaan esittelykuntaa: ensin rekisteri, sitten kokoukset (%1/%2)…</translation>
    </message>
</context>
<context>
    <name>DocumentPrinting</name>
    <message>
        <source>Print Preview – %1</source>
        <translation>Tulostuksen esikatselu – %1</translation>
    </message>
    <message>
        <source>Pykälä</source>
        <translation>Pykälä</translation>
    </message>
    <message>
        <source>Print %1</source>
        <translation>Tulosta %1</translation>
    </message>
</context>
<context>
    <name>DocumentRenderer</name>
    <message>
        <source>Laying out a document needs the graphical application object.</source>
        <translation>Asiakirjan taittaminen tarvitsee graafisen sovellusolion.</translation>
    </message>
    <message>
        <source>Could not start painting the document on the printer or file.</source>
        <translation>Asiakirjan piirtämistä tulostimelle tai tiedostoon ei voitu aloittaa.</translation>
    </message>
    <message>
        <source>Could not start page %1 of the document.</source>
        <translation>Asiakirjan sivua %1 ei voitu aloittaa.</translation>
    </message>
    <message>
        <source>%1 contains the character “%2” (U+%3), which the documents&apos; font cannot show. Write it with other characters.</source>
        <translation>Kohdassa %1 on merkki ”%2” (U+%3), jota asiakirjojen kirjasin ei pysty näyttämään. Kirjoita se muilla merkeillä.</translation>
    </message>
    <message>
        <source>The signature font could not be loaded from the program&apos;s resources.</source>
        <translation>Allekirjoitusten kirjasinta ei voitu ladata ohjelman resursseista.</translation>
    </message>
    <message>
        <source>The document font (Pykala Sans) could not be loaded from the program&apos;s resources.</source>
        <translation>Asiakirjojen kirjasinta (Pykala Sans) ei voitu ladata ohjelman resursseista.</translation>
    </message>
</context>
<context>
    <name>DocumentWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Tiedosto</translation>
    </message>
    <message>
        <source>&amp;Save As…</source>
        <translation>&amp;Tallenna nimellä…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>T&amp;ulosta…</translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation>Tulostuksen &amp;esikatselu…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Sulje</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n sivu</numerusform>
            <numerusform>%n sivua</numerusform>
        </translation>
    </message>
    <message>
        <source>Save As</source>
        <translation>Tallenna nimellä</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-asiakirjat (*.pdf)</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>Tiedostoon %1 ei voitu kirjoittaa: %2</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Tallennettu %1</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Tulosta</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 could not be written for viewing: %2</source>
        <translation>Tiedostoa %1 ei voitu kirjoittaa katseltavaksi: %2</translation>
    </message>
    <message>
        <source>No program is set up to show %1 (%2).</source>
        <translation>Tiedoston %1 (%2) näyttämiseen ei ole määritetty ohjelmaa.</translation>
    </message>
    <message>
        <source>A confidential attachment of your package is not saved as a file.</source>
        <translation>Pakettisi salassa pidettävää liitettä ei tallenneta tiedostoksi.</translation>
    </message>
</context>
<context>
    <name>EditCaseDialog</name>
    <message>
        <source>Edit Case – %1</source>
        <translation>Muokkaa asiaa – %1</translation>
    </message>
    <message>
        <source>e.g. JulkL 24 § 1 mom. 25 k</source>
        <translation>esim. JulkL 24 § 1 mom. 25 k</translation>
    </message>
    <message>
        <source>as the act says (25 years)</source>
        <translation>lain mukaan (25 vuotta)</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Otsikko:</translation>
    </message>
    <message>
        <source>&amp;State:</source>
        <translation>&amp;Tila:</translation>
    </message>
    <message>
        <source>State &amp;reached on:</source>
        <translation>Tilan &amp;päivämäärä:</translation>
    </message>
    <message>
        <source>&amp;Publicity:</source>
        <translation>&amp;Julkisuus:</translation>
    </message>
    <message>
        <source>Legal &amp;basis:</source>
        <translation>&amp;Salassapitoperuste:</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Tallenna</translation>
    </message>
    <message>
        <source>Secrecy &amp;period in years:</source>
        <translation>Salassapito&amp;aika vuosina:</translation>
    </message>
</context>
<context>
    <name>Election</name>
    <message>
        <source>An election fills at least one seat.</source>
        <translation>Vaalissa täytetään vähintään yksi paikka.</translation>
    </message>
    <message>
        <source>An election needs candidates.</source>
        <translation>Vaalissa on oltava ehdokkaita.</translation>
    </message>
    <message>
        <source>Candidate %1 cannot have a negative number of votes.</source>
        <translation>Ehdokkaalla %1 ei voi olla negatiivista äänimäärää.</translation>
    </message>
    <message>
        <source>Candidate %1 is named twice.</source>
        <translation>Ehdokas %1 on mainittu kahdesti.</translation>
    </message>
    <message>
        <source>List %1 cannot have a negative number of votes.</source>
        <translation>Listalla %1 ei voi olla negatiivista äänimäärää.</translation>
    </message>
    <message>
        <source>List %1 has no candidates.</source>
        <translation>Listalla %1 ei ole ehdokkaita.</translation>
    </message>
    <message>
        <source>Candidate %1 stands on two lists or twice on one.</source>
        <translation>Ehdokas %1 on kahdella listalla tai kahdesti samalla listalla.</translation>
    </message>
</context>
<context>
    <name>ElectionDialog</name>
    <message>
        <source>Members &amp;demanding a proportional election:</source>
        <translation>Suhteellista vaalia &amp;vaativat jäsenet:</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>Ehdokas</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Äänet</translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation>Ehdokkaat</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Lista</translation>
    </message>
    <message>
        <source>Candidates in order (separated by ;)</source>
        <translation>Ehdokkaat järjestyksessä (erottimena ;)</translation>
    </message>
    <message>
        <source>Candidate lists</source>
        <translation>Ehdokaslistat</translation>
    </message>
    <message>
        <source>Election</source>
        <translation>Vaali</translation>
    </message>
    <message>
        <source>Majority election</source>
        <translation>Enemmistövaali</translation>
    </message>
    <message>
        <source>Proportional election</source>
        <translation>Suhteellinen vaali</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Vaalitapa</translation>
    </message>
    <message>
        <source>Seats to fill</source>
        <translation>Täytettävät paikat</translation>
    </message>
    <message>
        <source>Members demanding a proportional election</source>
        <translation>Suhteellista vaalia vaativat jäsenet</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>Vaali&amp;tapa:</translation>
    </message>
    <message>
        <source>&amp;Seats to fill:</source>
        <translation>Täytettävät &amp;paikat:</translation>
    </message>
    <message>
        <source>Add &amp;Row</source>
        <translation>Lisää &amp;rivi</translation>
    </message>
    <message>
        <source>Another candidate or list</source>
        <translation>Uusi ehdokas tai lista</translation>
    </message>
    <message>
        <source>A tie at the last seat is decided by lot when the election is recorded; the lot is kept with the record.</source>
        <translation>Jos viimeisestä paikasta syntyy tasatilanne, arpa ratkaisee sen vaalia kirjattaessa; arvonnan tulos tallennetaan kirjauksen mukana.</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Kirjaa</translation>
    </message>
    <message>
        <source>Row %1: give the votes as a whole number.</source>
        <translation>Rivi %1: anna äänimäärä kokonaislukuna.</translation>
    </message>
    <message>
        <source>Row %1: a list needs its name and its candidates.</source>
        <translation>Rivi %1: listalle on annettava nimi ja ehdokkaat.</translation>
    </message>
    <message>
        <source>Give at least one candidate list.</source>
        <translation>Anna vähintään yksi ehdokaslista.</translation>
    </message>
    <message>
        <source>Row %1: give the candidate&apos;s name.</source>
        <translation>Rivi %1: anna ehdokkaan nimi.</translation>
    </message>
    <message>
        <source>Give at least one candidate and their votes.</source>
        <translation>Anna vähintään yksi ehdokas ja tämän äänimäärä.</translation>
    </message>
</context>
<context>
    <name>EndMembershipDialog</name>
    <message>
        <source>End Membership – %1</source>
        <translation>Päätä jäsenyys – %1</translation>
    </message>
    <message>
        <source>%1, %2 of %3 since %4. The membership ends on its last day; its history stays.</source>
        <translation>%1, %3: %2 %4 alkaen. Jäsenyys päättyy viimeisenä päivänään; sen historia säilyy.</translation>
    </message>
    <message>
        <source>&amp;Last day:</source>
        <translation>&amp;Viimeinen päivä:</translation>
    </message>
    <message>
        <source>End Membership</source>
        <translation>Päätä jäsenyys</translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <source>Record</source>
        <translation>Kirjaa</translation>
    </message>
</context>
<context>
    <name>ExtractSentDialog</name>
    <message>
        <source>Record Extract Sent</source>
        <translation>Kirjaa lähetetty ote</translation>
    </message>
    <message>
        <source>postal address or e-mail address</source>
        <translation>postiosoite tai sähköpostiosoite</translation>
    </message>
    <message>
        <source>Notification and last day of appeal</source>
        <translation>Tiedoksisaanti ja muutoksenhaun viimeinen päivä</translation>
    </message>
    <message>
        <source>&amp;Decision:</source>
        <translation>P&amp;äätös:</translation>
    </message>
    <message>
        <source>&amp;Recipient:</source>
        <translation>&amp;Vastaanottaja:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Osoite:</translation>
    </message>
    <message>
        <source>Sent &amp;by:</source>
        <translation>&amp;Lähetystapa:</translation>
    </message>
    <message>
        <source>Sent &amp;on:</source>
        <translation>Lähetys&amp;päivä:</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Kirjaukset</translation>
    </message>
    <message>
        <source>None of the case&apos;s decisions has been made yet.</source>
        <translation>Asiassa ei ole vielä tehty yhtään päätöstä.</translation>
    </message>
    <message>
        <source>Notified on %1; the last day of appeal is %2.</source>
        <translation>Tiedoksi %1; muutoksenhaun viimeinen päivä on %2.</translation>
    </message>
    <message>
        <source>Notified on %1; the decision cannot be appealed.</source>
        <translation>Tiedoksi %1; päätökseen ei saa hakea muutosta.</translation>
    </message>
    <message>
        <source>None of the case&apos;s decisions has been made yet: an extract is sent of a decision.</source>
        <translation>Asiassa ei ole vielä tehty yhtään päätöstä: ote lähetetään päätöksestä.</translation>
    </message>
</context>
<context>
    <name>Generator</name>
    <message>
        <source>The demo&apos;s proceedings are inconsistent: %1</source>
        <translation>Esimerkkiaineiston käsittelymerkinnät ovat ristiriitaiset: %1</translation>
    </message>
</context>
<context>
    <name>HelpWindow</name>
    <message>
        <source>Pykälä User&apos;s Guide</source>
        <translation>Pykälän käyttöopas</translation>
    </message>
    <message>
        <source>User&apos;s guide</source>
        <translation>Käyttöopas</translation>
    </message>
    <message>
        <source>%1 is not part of the user&apos;s guide.</source>
        <translation>%1 ei kuulu käyttöoppaaseen.</translation>
    </message>
    <message>
        <source>Guide</source>
        <translation>Opas</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Takaisin</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sulje</translation>
    </message>
</context>
<context>
    <name>Interchange</name>
    <message>
        <source>The file is not valid JSON: %1 at %2.</source>
        <translation>Tiedosto ei ole kelvollista JSONia: %1 kohdassa %2.</translation>
    </message>
    <message>
        <source>$: the document must be a JSON object.</source>
        <translation>$: asiakirjan on oltava JSON-olio.</translation>
    </message>
    <message>
        <source>$.format: this is not a Pykälä interchange document (format must be &quot;%1&quot;).</source>
        <translation>$.format: tämä ei ole Pykälän siirtotiedosto (formaatin on oltava &quot;%1&quot;).</translation>
    </message>
    <message>
        <source>$.version: the document is of format version %1; this version of Pykälä reads up to %2. Import it with a newer version.</source>
        <translation>$.version: asiakirjan formaattiversio on %1; tämä Pykälän versio lukee enintään version %2. Tuo se uudemmalla versiolla.</translation>
    </message>
    <message>
        <source>There is no meeting with id %1.</source>
        <translation>Kokousta tunnisteella %1 ei ole.</translation>
    </message>
    <message>
        <source>the store already has a body %1 that is &quot;%2&quot;, not &quot;%3&quot;.</source>
        <translation>varastossa on jo toimielin %1, joka on &quot;%2&quot; eikä &quot;%3&quot;.</translation>
    </message>
    <message>
        <source>id %1 is used twice.</source>
        <translation>tunniste %1 on käytössä kahdesti.</translation>
    </message>
    <message>
        <source>short name %1 is used twice.</source>
        <translation>lyhenne %1 on käytössä kahdesti.</translation>
    </message>
    <message>
        <source>no person has id %1.</source>
        <translation>henkilöä tunnisteella %1 ei ole.</translation>
    </message>
    <message>
        <source>a deputy must name the member they stand in for, and only a deputy can.</source>
        <translation>varajäsenelle on nimettävä jäsen, jonka varajäsen hän on, eikä muille.</translation>
    </message>
    <message>
        <source>a person cannot be their own deputy.</source>
        <translation>henkilö ei voi olla oma varajäsenensä.</translation>
    </message>
    <message>
        <source>the membership ends before it starts.</source>
        <translation>jäsenyys päättyy ennen kuin se alkaa.</translation>
    </message>
    <message>
        <source>no body has id %1.</source>
        <translation>toimielintä tunnisteella %1 ei ole.</translation>
    </message>
    <message>
        <source>the body has two meetings numbered %1/%2.</source>
        <translation>toimielimellä on kaksi kokousta numerolla %1/%2.</translation>
    </message>
    <message>
        <source>the meeting is numbered in %1 but held in another year.</source>
        <translation>kokous on numeroitu vuodelle %1 mutta pidetään toisena vuonna.</translation>
    </message>
    <message>
        <source>position %1 is used twice.</source>
        <translation>järjestysnumero %1 on käytössä kahdesti.</translation>
    </message>
    <message>
        <source>a confidential item must name its legal basis.</source>
        <translation>salassa pidettävälle asialle on merkittävä salassapitoperuste.</translation>
    </message>
    <message>
        <source>is not valid Base64.</source>
        <translation>ei ole kelvollista Base64-koodausta.</translation>
    </message>
    <message>
        <source>the content is %1 bytes, not %2.</source>
        <translation>sisältö on %1 tavua eikä %2.</translation>
    </message>
    <message>
        <source>does not match the content: the file was damaged or altered.</source>
        <translation>ei vastaa sisältöä: tiedosto on vioittunut tai sitä on muutettu.</translation>
    </message>
    <message>
        <source>a confidential attachment must name its legal basis.</source>
        <translation>salassa pidettävälle liitteelle on merkittävä salassapitoperuste.</translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation>rivi %1, sarake %2</translation>
    </message>
    <message>
        <source>The imported meeting vanished.</source>
        <translation>Tuotu kokous katosi.</translation>
    </message>
    <message>
        <source>an invitee needs a name, or a person.</source>
        <translation>kutsutulla on oltava nimi tai henkilö.</translation>
    </message>
    <message>
        <source>the body has two templates named &quot;%1&quot;.</source>
        <translation>toimielimellä on kaksi mallia nimeltä ”%1”.</translation>
    </message>
    <message>
        <source>task class %1 is given twice.</source>
        <translation>tehtäväluokka %1 on annettu kahdesti.</translation>
    </message>
    <message>
        <source>a class that is not public by default must name its legal basis.</source>
        <translation>luokalle, joka ei ole oletuksena julkinen, on merkittävä salassapitoperuste.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a diary number (N/TT.TT.TT/YYYY).</source>
        <translation>&quot;%1&quot; ei ole diaarinumero (N/TT.TT.TT/YYYY).</translation>
    </message>
    <message>
        <source>number %1 is given to two cases.</source>
        <translation>numero %1 on annettu kahdelle asialle.</translation>
    </message>
    <message>
        <source>a confidential case must name its legal basis.</source>
        <translation>salassa pidettävälle asialle on merkittävä salassapitoperuste.</translation>
    </message>
    <message>
        <source>no case has id %1.</source>
        <translation>asiaa tunnisteella %1 ei ole.</translation>
    </message>
</context>
<context>
    <name>Invitation</name>
    <message>
        <source>In person</source>
        <translation>Läsnäolokokous</translation>
    </message>
    <message>
        <source>Electronic meeting</source>
        <translation>Sähköinen kokous</translation>
    </message>
    <message>
        <source>Hybrid meeting</source>
        <translation>Hybridikokous</translation>
    </message>
    <message>
        <source>Electronic decision procedure</source>
        <translation>Sähköinen päätöksentekomenettely</translation>
    </message>
    <message>
        <source>Invitation: %1 %2 on %3</source>
        <translation>Kokouskutsu: %1 %2 %3</translation>
    </message>
    <message>
        <source>You are invited to the meeting of %1, %2.</source>
        <translation>Teidät kutsutaan kokoukseen: %1, %2.</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 klo %2</translation>
    </message>
    <message>
        <source>–%1</source>
        <translation>–%1</translation>
    </message>
    <message>
        <source>Time: %1</source>
        <translation>Aika: %1</translation>
    </message>
    <message>
        <source>Place: %1</source>
        <translation>Paikka: %1</translation>
    </message>
    <message>
        <source>Mode: %1</source>
        <translation>Kokousmuoto: %1</translation>
    </message>
    <message>
        <source>Agenda:</source>
        <translation>Esityslista:</translation>
    </message>
    <message>
        <source>§ %1 %2</source>
        <translation>§ %1 %2</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>The agenda is attached as a PDF file. It is the public version: members and deputies receive the confidential items in their meeting packages.</source>
        <translation>Esityslista on liitteenä PDF-tiedostona. Se on julkinen versio: jäsenet ja varajäsenet saavat salassa pidettävät asiat kokouspaketeissaan.</translation>
    </message>
</context>
<context>
    <name>InvitationDialog</name>
    <message>
        <source>Invitation List – %1</source>
        <translation>Kutsulista – %1</translation>
    </message>
    <message>
        <source>Members, deputies and officials</source>
        <translation>Jäsenet, varajäsenet ja viranhaltijat</translation>
    </message>
    <message>
        <source>Others invited</source>
        <translation>Muut kutsutut</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Tehtävä</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Sähköposti</translation>
    </message>
    <message>
        <source>Person to invite</source>
        <translation>Kutsuttava henkilö</translation>
    </message>
    <message>
        <source>Pick a person or type a name</source>
        <translation>Valitse henkilö tai kirjoita nimi</translation>
    </message>
    <message>
        <source>Role, e.g. council chair</source>
        <translation>Tehtävä, esim. valtuuston puheenjohtaja</translation>
    </message>
    <message>
        <source>E-mail (for a typed name)</source>
        <translation>Sähköposti (kirjoitetulle nimelle)</translation>
    </message>
    <message>
        <source>&amp;Invite</source>
        <translation>&amp;Kutsu</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Poista</translation>
    </message>
    <message>
        <source>&amp;Copy E-mail Addresses</source>
        <translation>K&amp;opioi sähköpostiosoitteet</translation>
    </message>
    <message>
        <source>Copies everyone&apos;s e-mail address, for sending the invitation and the agenda</source>
        <translation>Kopioi kaikkien sähköpostiosoitteet kokouskutsun ja esityslistan lähettämistä varten</translation>
    </message>
    <message>
        <source>&amp;Members and officials (from the body&apos;s memberships)</source>
        <translation>&amp;Jäsenet ja viranhaltijat (toimielimen jäsenyyksistä)</translation>
    </message>
    <message>
        <source>&amp;Others invited</source>
        <translation>&amp;Muut kutsutut</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source> – personal deputy %1</source>
        <translation> – henkilökohtainen varajäsen %1</translation>
    </message>
    <message>
        <source>There is no meeting with id %1.</source>
        <translation>Kokousta tunnisteella %1 ei ole.</translation>
    </message>
</context>
<context>
    <name>InvitationMail</name>
    <message>
        <source>The folder %1 could not be made for the agenda to attach.</source>
        <translation>Liitettävälle esityslistalle ei voitu tehdä kansiota %1.</translation>
    </message>
    <message>
        <source>The agenda could not be written to %1 for attaching: %2</source>
        <translation>Liitettävää esityslistaa ei voitu kirjoittaa tiedostoon %1: %2</translation>
    </message>
    <message>
        <source>No program to open the mail program with was found (xdg-email, from the package xdg-utils). Install it, or copy the addresses from the invitation list.</source>
        <translation>Sähköpostiohjelman avaavaa ohjelmaa ei löytynyt (xdg-email, paketista xdg-utils). Asenna se tai kopioi osoitteet kutsulistalta.</translation>
    </message>
    <message>
        <source>The mail program could not be opened: %1 did not start (%2).</source>
        <translation>Sähköpostiohjelmaa ei voitu avata: %1 ei käynnistynyt (%2).</translation>
    </message>
    <message>
        <source>No mail program is set up on this desktop. Choose one in the desktop&apos;s settings (default applications), or copy the addresses from the invitation list.</source>
        <translation>Työpöydälle ei ole määritetty sähköpostiohjelmaa. Valitse se työpöydän asetuksista (oletussovellukset) tai kopioi osoitteet kutsulistalta.</translation>
    </message>
    <message>
        <source>The mail program could not read the agenda to attach. %1</source>
        <translation>Sähköpostiohjelma ei voinut lukea liitettävää esityslistaa. %1</translation>
    </message>
    <message>
        <source>The mail program could not be opened (xdg-email ended with code %1). %2</source>
        <translation>Sähköpostiohjelmaa ei voitu avata (xdg-email päättyi koodilla %1). %2</translation>
    </message>
    <message>
        <source>crash</source>
        <translation>kaatuminen</translation>
    </message>
    <message>
        <source>personal deputy of %1</source>
        <translation>henkilökohtainen varajäsen: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>InvitationReportDialog</name>
    <message>
        <source>Invitation of %1 Sent</source>
        <translation>Kokouksen %1 kutsu lähetetty</translation>
    </message>
    <message>
        <source>Invited</source>
        <translation>Kutsuttu</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Osoite</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Viesti</translation>
    </message>
    <message>
        <source>What became of each message</source>
        <translation>Miten kunkin viestin kävi</translation>
    </message>
    <message>
        <source>Not sent.</source>
        <translation>Ei lähetetty.</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Lähetetty</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Ei lähetetty</translation>
    </message>
    <message>
        <source>No address</source>
        <translation>Ei osoitetta</translation>
    </message>
    <message>
        <source>No e-mail address in the register</source>
        <translation>Rekisterissä ei ole sähköpostiosoitetta</translation>
    </message>
    <message>
        <source>Address unusable</source>
        <translation>Osoite ei kelpaa</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Why not sent</source>
        <translation>Miksi ei lähetetty</translation>
    </message>
    <message numerus="yes">
        <source>The invitation was sent to every address, %n in all.</source>
        <translation>
            <numerusform>Kutsu lähetettiin ainoaan osoitteeseen.</numerusform>
            <numerusform>Kutsu lähetettiin jokaiseen osoitteeseen, yhteensä %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>The invitation was sent to no one. %1</source>
        <translation>Kutsua ei lähetetty kenellekään. %1</translation>
    </message>
    <message>
        <source>The invitation was sent to %1 of %2 addresses; %3 did not receive it (marked Not sent). Send it to them again, or another way.</source>
        <translation>Kutsu lähetettiin %1 osoitteeseen %2:sta; %3 ei saanut sitä (merkintä Ei lähetetty). Lähetä se heille uudelleen tai muuten.</translation>
    </message>
    <message numerus="yes">
        <source>%n invited have no usable e-mail address and got no message: send them the invitation another way.</source>
        <translation>
            <numerusform>%n kutsutulla ei ole käyttökelpoista sähköpostiosoitetta, eikä hän saanut viestiä: lähetä hänelle kutsu muuten.</numerusform>
            <numerusform>%n kutsutulla ei ole käyttökelpoista sähköpostiosoitetta, eivätkä he saaneet viestiä: lähetä heille kutsu muuten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Yhteenveto</translation>
    </message>
    <message>
        <source>Record as Convened on %1</source>
        <translation>Merkitse kutsutuksi koolle %1</translation>
    </message>
    <message>
        <source>Record today as the day the invitation went out, as Convene… does</source>
        <translation>Merkitse tämä päivä kutsun lähetyspäiväksi, kuten Kutsu koolle… tekee</translation>
    </message>
    <message>
        <source>Convened on %1</source>
        <translation>Kutsuttu koolle %1</translation>
    </message>
</context>
<context>
    <name>ItemDecision</name>
    <message>
        <source>Every proposal needs an id of its own; &quot;%1&quot; is empty or used twice.</source>
        <translation>Jokaisella ehdotuksella on oltava oma tunnisteensa; &quot;%1&quot; on tyhjä tai käytössä kahdesti.</translation>
    </message>
    <message>
        <source>Proposal &quot;%1&quot; is made by person %2, who is not present and entitled to take part in this item.</source>
        <translation>Ehdotuksen &quot;%1&quot; tekijä, henkilö %2, ei ole läsnä eikä oikeutettu osallistumaan tämän asian käsittelyyn.</translation>
    </message>
    <message>
        <source>Person %1 cannot second their own proposal &quot;%2&quot;.</source>
        <translation>Henkilö %1 ei voi kannattaa omaa ehdotustaan &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Person %1 seconds proposal &quot;%2&quot; a second time.</source>
        <translation>Henkilö %1 kannattaa ehdotusta &quot;%2&quot; toiseen kertaan.</translation>
    </message>
    <message>
        <source>Proposal &quot;%1&quot; is seconded by person %2, who is not present and entitled to take part in this item.</source>
        <translation>Ehdotusta &quot;%1&quot; kannattaa henkilö %2, joka ei ole läsnä eikä oikeutettu osallistumaan tämän asian käsittelyyn.</translation>
    </message>
    <message>
        <source>An item is decided on exactly one base proposal; %1 were recorded.</source>
        <translation>Asia ratkaistaan täsmälleen yhden pohjaehdotuksen pohjalta; kirjattuja on %1.</translation>
    </message>
    <message>
        <source>Person %1 voted on &quot;%2&quot; against &quot;%3&quot; but is not present and entitled to vote on this item.</source>
        <translation>Henkilö %1 äänesti asetelmassa &quot;%2&quot; vastaan &quot;%3&quot;, mutta ei ole läsnä eikä äänioikeutettu tässä asiassa.</translation>
    </message>
    <message>
        <source>The vote on &quot;%1&quot; against &quot;%2&quot; has no ballot of person %3, who is entitled to vote.</source>
        <translation>Äänestyksestä &quot;%1&quot; vastaan &quot;%2&quot; puuttuu äänioikeutetun henkilön %3 ääni.</translation>
    </message>
    <message>
        <source>The vote on &quot;%1&quot; against &quot;%2&quot; counts %3 votes, but only %4 members are entitled to vote.</source>
        <translation>Äänestyksessä &quot;%1&quot; vastaan &quot;%2&quot; on %3 ääntä, mutta äänioikeutettuja jäseniä on vain %4.</translation>
    </message>
    <message>
        <source>Proposal &quot;%1&quot; was seconded, so the body must vote on it before the matter itself; record that vote.</source>
        <translation>Ehdotusta &quot;%1&quot; kannatettiin, joten siitä on äänestettävä ennen itse asiaa; kirjaa se äänestys.</translation>
    </message>
    <message>
        <source>The matter was %1 when proposal &quot;%2&quot; won, so no further votes can be taken on it.</source>
        <translation>Asia %1, kun ehdotus &quot;%2&quot; voitti, joten siitä ei voi enää äänestää.</translation>
    </message>
    <message>
        <source>tabled</source>
        <translation>pantiin pöydälle</translation>
    </message>
    <message>
        <source>returned</source>
        <translation>palautettiin valmisteluun</translation>
    </message>
    <message>
        <source>Proposal &quot;%1&quot; was not seconded and lapsed; it cannot be voted on.</source>
        <translation>Ehdotus &quot;%1&quot; raukesi kannattamattomana; siitä ei voi äänestää.</translation>
    </message>
    <message>
        <source>The voting order needs %1 round(s) of voting, but %2 were recorded.</source>
        <translation>Äänestysjärjestys edellyttää %1 äänestystä, mutta kirjattuja on %2.</translation>
    </message>
    <message>
        <source>The vote on &quot;%1&quot; against &quot;%2&quot; has no JAA or EI votes.</source>
        <translation>Äänestyksessä &quot;%1&quot; vastaan &quot;%2&quot; ei ole yhtään JAA- eikä EI-ääntä.</translation>
    </message>
    <message>
        <source>A procedural vote names &quot;%1&quot;, which is no tabling or return proposal of the item.</source>
        <translation>Menettelyäänestys nimeää ehdotuksen &quot;%1&quot;, joka ei ole asian pöydällepano- tai palautusehdotus.</translation>
    </message>
    <message>
        <source>Proposal &quot;%1&quot; is voted on twice.</source>
        <translation>Ehdotuksesta &quot;%1&quot; äänestetään kahdesti.</translation>
    </message>
    <message>
        <source>The qualified majority is required of &quot;%1&quot;, which is not a proposal in the vote.</source>
        <translation>Määräenemmistöä vaaditaan ehdotukselta &quot;%1&quot;, joka ei ole äänestettävä ehdotus.</translation>
    </message>
    <message>
        <source>The vote on &quot;%1&quot; against &quot;%2&quot; gives the chair&apos;s ballot, but no one presides over this item: the chair and every vice chair are away or disqualified. Record the temporary chair the body chose.</source>
        <translation>Äänestyksessä &quot;%1&quot; vastaan &quot;%2&quot; on annettu puheenjohtajan ääni, mutta kukaan ei johda puhetta tässä asiassa: puheenjohtaja ja kaikki varapuheenjohtajat ovat poissa tai esteellisiä. Merkitse toimielimen valitsema tilapäinen puheenjohtaja.</translation>
    </message>
    <message>
        <source>The vote on &quot;%1&quot; against &quot;%2&quot; gives the chair&apos;s ballot as absent, but the person presiding is present; it is JAA, EI or TYHJÄ.</source>
        <translation>Äänestyksessä &quot;%1&quot; vastaan &quot;%2&quot; puheenjohtajan ääneksi on merkitty POISSA, mutta puheenjohtajana toimiva on läsnä; ääni on JAA, EI tai TYHJÄ.</translation>
    </message>
    <message>
        <source>The vote on &quot;%1&quot; against &quot;%2&quot; gives the chair&apos;s ballot as %3, but no such vote is counted; the chair&apos;s vote is one of the counts.</source>
        <translation>Äänestyksessä &quot;%1&quot; vastaan &quot;%2&quot; puheenjohtajan ääneksi on merkitty %3, mutta sellaisia ääniä ei ole laskettu; puheenjohtajan ääni sisältyy äänimääriin.</translation>
    </message>
</context>
<context>
    <name>ItemEditModel</name>
    <message>
        <source>The item being edited could not be saved: %1</source>
        <translation>Muokattavaa asiaa ei voitu tallentaa: %1</translation>
    </message>
    <message>
        <source>There is no agenda item with id %1.</source>
        <translation>Asiaa tunnisteella %1 ei ole.</translation>
    </message>
    <message>
        <source>The minutes of this meeting are signed: the item can no longer change. A mistake is put right with a correction (oikaisu).</source>
        <translation>Tämän kokouksen pöytäkirja on allekirjoitettu: asiaa ei voi enää muuttaa. Virhe korjataan oikaisulla.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>Tiedostoa %1 ei voi lukea: %2</translation>
    </message>
    <message>
        <source>There is no attachment with id %1.</source>
        <translation>Liitettä tunnisteella %1 ei ole.</translation>
    </message>
    <message>
        <source>The item is no longer in the store.</source>
        <translation>Asiaa ei enää ole asiakirjavarastossa.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Otsikko</translation>
    </message>
    <message>
        <source>Case reference</source>
        <translation>Diaarinumero</translation>
    </message>
    <message>
        <source>Task class</source>
        <translation>Tehtäväluokka</translation>
    </message>
    <message>
        <source>Preparers</source>
        <translation>Valmistelijat</translation>
    </message>
    <message>
        <source>Presenter</source>
        <translation>Esittelijä</translation>
    </message>
    <message>
        <source>Background</source>
        <translation>Selostus</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Päätösehdotus</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Päätös</translation>
    </message>
    <message>
        <source>Publicity</source>
        <translation>Julkisuus</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Salassapitoperuste</translation>
    </message>
    <message>
        <source>Appeal instruction</source>
        <translation>Muutoksenhakuohje</translation>
    </message>
    <message>
        <source>Language of the texts</source>
        <translation>Tekstien kieli</translation>
    </message>
    <message>
        <source>It was changed elsewhere while you were editing it (%1). Keep your text or take the other in the notice above the item.</source>
        <translation>Asiaa muutettiin muualla, kun muokkasit sitä (%1). Valitse asian yläpuolella olevasta ilmoituksesta, säilytätkö oman tekstisi vai käytätkö toista.</translation>
    </message>
    <message>
        <source>The item was removed elsewhere: your changes cannot be saved.</source>
        <translation>Asia poistettiin muualla: muutoksiasi ei voi tallentaa.</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Liitteet</translation>
    </message>
    <message>
        <source>Take the text changed elsewhere</source>
        <translation>Ota muualla muutettu teksti</translation>
    </message>
    <message>
        <source>waiting for the legal basis</source>
        <translation>salassapitoperuste puuttuu</translation>
    </message>
</context>
<context>
    <name>ItemEditor</name>
    <message>
        <source>Notice</source>
        <translation>Ilmoitus</translation>
    </message>
    <message>
        <source>Background</source>
        <translation>Selostus</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Ehdotus</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Päätös</translation>
    </message>
    <message>
        <source>&amp;Background</source>
        <translation>&amp;Selostus</translation>
    </message>
    <message>
        <source>Pro&amp;posal</source>
        <translation>&amp;Päätösehdotus</translation>
    </message>
    <message>
        <source>&amp;Decision</source>
        <translation>P&amp;äätös</translation>
    </message>
    <message>
        <source>Item editing</source>
        <translation>Asian muokkaus</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Kumoa</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Tee uudelleen</translation>
    </message>
    <message>
        <source>Bold</source>
        <translation>Lihavointi</translation>
    </message>
    <message>
        <source>Bold text</source>
        <translation>Lihavoi teksti</translation>
    </message>
    <message>
        <source>Italic</source>
        <translation>Kursiivi</translation>
    </message>
    <message>
        <source>Italic text</source>
        <translation>Kursivoi teksti</translation>
    </message>
    <message>
        <source>Subheading</source>
        <translation>Väliotsikko</translation>
    </message>
    <message>
        <source>Make the paragraph a subheading</source>
        <translation>Muuta kappale väliotsikoksi</translation>
    </message>
    <message>
        <source>Ctrl+Alt+H</source>
        <translation>Ctrl+Alt+H</translation>
    </message>
    <message>
        <source>• List</source>
        <translation>• Luettelo</translation>
    </message>
    <message>
        <source>Bulleted list</source>
        <translation>Luettelomerkeillä varustettu luettelo</translation>
    </message>
    <message>
        <source>Ctrl+Shift+8</source>
        <translation>Ctrl+Shift+8</translation>
    </message>
    <message>
        <source>1. List</source>
        <translation>1. Luettelo</translation>
    </message>
    <message>
        <source>Numbered list</source>
        <translation>Numeroitu luettelo</translation>
    </message>
    <message>
        <source>Ctrl+Shift+7</source>
        <translation>Ctrl+Shift+7</translation>
    </message>
    <message>
        <source>Personal data</source>
        <translation>Henkilötieto</translation>
    </message>
    <message>
        <source>Mark the selected text as personal data: published documents leave it out</source>
        <translation>Merkitse valittu teksti henkilötiedoksi: julkaistavista asiakirjoista se jätetään pois</translation>
    </message>
    <message>
        <source>Ctrl+Shift+P</source>
        <translation>Ctrl+Shift+P</translation>
    </message>
    <message>
        <source>Save state</source>
        <translation>Tallennustila</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Muokkaa: %1</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Otsikko:</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Otsikko</translation>
    </message>
    <message>
        <source>&amp;Case reference:</source>
        <translation>&amp;Diaarinumero:</translation>
    </message>
    <message>
        <source>Case reference</source>
        <translation>Diaarinumero</translation>
    </message>
    <message>
        <source>e.g. 198/00.01.01/2026</source>
        <translation>esim. 198/00.01.01/2026</translation>
    </message>
    <message>
        <source>Tas&amp;k class:</source>
        <translation>&amp;Tehtäväluokka:</translation>
    </message>
    <message>
        <source>Task class</source>
        <translation>Tehtäväluokka</translation>
    </message>
    <message>
        <source>e.g. 00.01.01</source>
        <translation>esim. 00.01.01</translation>
    </message>
    <message>
        <source>Presenter</source>
        <translation>Esittelijä</translation>
    </message>
    <message>
        <source>P&amp;resenter:</source>
        <translation>&amp;Esittelijä:</translation>
    </message>
    <message>
        <source>Change presenter</source>
        <translation>Vaihda esittelijä</translation>
    </message>
    <message>
        <source>Preparers</source>
        <translation>Valmistelijat</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Yhteystiedot</translation>
    </message>
    <message>
        <source>Preparer to add</source>
        <translation>Lisättävä valmistelija</translation>
    </message>
    <message>
        <source>Pick a person or type a name</source>
        <translation>Valitse henkilö tai kirjoita nimi</translation>
    </message>
    <message>
        <source>Add &amp;Preparer</source>
        <translation>Lisää &amp;valmistelija</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Poista</translation>
    </message>
    <message>
        <source>Remove preparer</source>
        <translation>Poista valmistelija</translation>
    </message>
    <message>
        <source>Preparers:</source>
        <translation>Valmistelijat:</translation>
    </message>
    <message>
        <source>Publicity</source>
        <translation>Julkisuus</translation>
    </message>
    <message>
        <source>Legal basis of confidentiality</source>
        <translation>Salassapitoperuste</translation>
    </message>
    <message>
        <source>Legal basis, e.g. JulkL 24 § 1 mom. 25 k</source>
        <translation>Salassapitoperuste, esim. JulkL 24 § 1 mom. 25 k</translation>
    </message>
    <message>
        <source>P&amp;ublicity:</source>
        <translation>&amp;Julkisuus:</translation>
    </message>
    <message>
        <source>Change publicity</source>
        <translation>Muuta julkisuutta</translation>
    </message>
    <message>
        <source>Edit legal basis</source>
        <translation>Muokkaa salassapitoperustetta</translation>
    </message>
    <message>
        <source>Appeal instruction</source>
        <translation>Muutoksenhakuohje</translation>
    </message>
    <message>
        <source>&amp;Appeal instruction:</source>
        <translation>&amp;Muutoksenhakuohje:</translation>
    </message>
    <message>
        <source>Change appeal instruction</source>
        <translation>Vaihda muutoksenhakuohje</translation>
    </message>
    <message>
        <source>Format %1</source>
        <translation>Muotoile: %1</translation>
    </message>
    <message>
        <source>Attac&amp;hments</source>
        <translation>&amp;Liitteet</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Liitteet</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Tiedosto</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Koko</translation>
    </message>
    <message>
        <source>Add &amp;File…</source>
        <translation>Lisää t&amp;iedosto…</translation>
    </message>
    <message>
        <source>Pre&amp;view</source>
        <translation>Esi&amp;katsele</translation>
    </message>
    <message>
        <source>Remove attachment</source>
        <translation>Poista liite</translation>
    </message>
    <message>
        <source>Publicity of the attachment</source>
        <translation>Liitteen julkisuus</translation>
    </message>
    <message>
        <source>Legal basis of the attachment&apos;s confidentiality</source>
        <translation>Liitteen salassapitoperuste</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Salassapitoperuste</translation>
    </message>
    <message>
        <source>(no presenter)</source>
        <translation>(ei esittelijää)</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>tel. %1</source>
        <translation>puh. %1</translation>
    </message>
    <message>
        <source>Add preparer</source>
        <translation>Lisää valmistelija</translation>
    </message>
    <message>
        <source>Edit preparers</source>
        <translation>Muokkaa valmistelijoita</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Tallennettu %1</translation>
    </message>
    <message>
        <source>Editing…</source>
        <translation>Muokataan…</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Ei tallennettu</translation>
    </message>
    <message>
        <source>Not saved: %1 Correct it and the item is saved.</source>
        <translation>Ei tallennettu: %1 Korjaa virhe, niin asia tallentuu.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Add Attachments</source>
        <translation>Lisää liitteitä</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Virkanimike</translation>
    </message>
    <message>
        <source>Language of the item&apos;s texts</source>
        <translation>Asian tekstien kieli</translation>
    </message>
    <message>
        <source>The body&apos;s document language</source>
        <translation>Toimielimen asiakirjakieli</translation>
    </message>
    <message>
        <source>Finnish</source>
        <translation>suomi</translation>
    </message>
    <message>
        <source>Swedish</source>
        <translation>ruotsi</translation>
    </message>
    <message>
        <source>Te&amp;xts written in:</source>
        <translation>Tekstie&amp;n kieli:</translation>
    </message>
    <message>
        <source>Change the language of the texts</source>
        <translation>Vaihda tekstien kieli</translation>
    </message>
    <message>
        <source>&lt;b&gt;This item was changed elsewhere&lt;/b&gt; (%1). Those changes are shown here; your unsaved changes are kept and will be saved.</source>
        <translation>&lt;b&gt;Asiaa muutettiin muualla&lt;/b&gt; (%1). Muutokset näkyvät tässä; tallentamattomat muutoksesi säilyvät ja tallentuvat.</translation>
    </message>
    <message>
        <source>&lt;b&gt;This item was changed elsewhere&lt;/b&gt; (%1) and is shown as it is now.</source>
        <translation>&lt;b&gt;Asiaa muutettiin muualla&lt;/b&gt; (%1); tässä näkyy sen nykyinen sisältö.</translation>
    </message>
    <message>
        <source>Changed elsewhere</source>
        <translation>Muutettu muualla</translation>
    </message>
    <message>
        <source>Keep &amp;My Text</source>
        <translation>Säil&amp;ytä oma tekstini</translation>
    </message>
    <message>
        <source>Save your text over the change made elsewhere</source>
        <translation>Tallenna oma tekstisi muualla tehdyn muutoksen päälle</translation>
    </message>
    <message>
        <source>Use the &amp;Other Text</source>
        <translation>Käytä toist&amp;a tekstiä</translation>
    </message>
    <message>
        <source>Show the text as it was changed elsewhere; Undo brings yours back</source>
        <translation>Näytä teksti sellaisena kuin se muutettiin muualla; Kumoa palauttaa omasi</translation>
    </message>
    <message>
        <source>Close &amp;Item</source>
        <translation>Sulje &amp;asia</translation>
    </message>
    <message>
        <source>Close the removed item; its unsaved changes are lost</source>
        <translation>Sulje poistettu asia; sen tallentamattomat muutokset menetetään</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Dismiss the notice</source>
        <translation>Sulje ilmoitus</translation>
    </message>
    <message>
        <source>The text changed elsewhere is shown. Undo (%1) brings yours back.</source>
        <translation>Muualla muutettu teksti näytetään. Kumoa (%1) palauttaa oman tekstisi.</translation>
    </message>
    <message>
        <source>&lt;b&gt;This item was removed elsewhere.&lt;/b&gt; Your unsaved changes cannot be saved: copy what you need, then close the item.</source>
        <translation>&lt;b&gt;Asia poistettiin muualla.&lt;/b&gt; Tallentamattomia muutoksiasi ei voi tallentaa: kopioi tarvitsemasi ja sulje sitten asia.</translation>
    </message>
    <message>
        <source>&lt;b&gt;This item was changed elsewhere while you were editing it&lt;/b&gt; (%1). Your unsaved text is kept here and is not saved until you choose.</source>
        <translation>&lt;b&gt;Asiaa muutettiin muualla, kun muokkasit sitä&lt;/b&gt; (%1). Tallentamaton tekstisi säilyy tässä, eikä sitä tallenneta ennen kuin valitset.</translation>
    </message>
    <message>
        <source>Save as Template…</source>
        <translation>Tallenna malliksi…</translation>
    </message>
    <message>
        <source>Keep this item as a template of its body, for the meetings to come</source>
        <translation>Tallenna asia toimielimen malliksi tulevia kokouksia varten</translation>
    </message>
    <message>
        <source>Saved as the template “%1”. From Template… on a meeting&apos;s page puts it on the agenda.</source>
        <translation>Tallennettu malliksi ”%1”. Kokouksen sivun Mallista… lisää sen esityslistalle.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Pick one of the usual grounds or type the basis</source>
        <translation>Valitse tavallisista perusteista tai kirjoita peruste</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Ei tallennettu: %1</translation>
    </message>
    <message>
        <source>&amp;Copy My Text</source>
        <translation>&amp;Kopioi oma tekstini</translation>
    </message>
    <message>
        <source>Copy the item&apos;s text as it is here to the clipboard, to keep it whichever text stays</source>
        <translation>Kopioi asian teksti sellaisena kuin se on tässä leikepöydälle, jotta se säilyy, kumpi teksti tahansa jää voimaan</translation>
    </message>
    <message>
        <source>Your text is on the clipboard.</source>
        <translation>Tekstisi on leikepöydällä.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 changed this item on %2 while you were editing it&lt;/b&gt; (%3). Your unsaved text is kept here and is not saved until you choose.</source>
        <translation>&lt;b&gt;%1 muutti asiaa %2 muokatessasi sitä&lt;/b&gt; (%3). Tallentamaton tekstisi säilyy tässä, eikä sitä tallenneta ennen kuin valitset.</translation>
    </message>
    <message>
        <source>Send to…</source>
        <translation>Lähetä käsiteltäväksi…</translation>
    </message>
    <message>
        <source>Prepare the next body&apos;s item of this decision&apos;s case on a meeting to come, e.g. from the board to the council</source>
        <translation>Valmistele tämän päätöksen asialle seuraavan toimielimen asiakohta tulevaan kokoukseen, esim. kunnanhallitukselta valtuustolle</translation>
    </message>
</context>
<context>
    <name>ItemTemplates</name>
    <message>
        <source>There is no meeting with id %1.</source>
        <translation>Kokousta tunnisteella %1 ei ole.</translation>
    </message>
    <message>
        <source>There is no agenda item with id %1.</source>
        <translation>Asiaa tunnisteella %1 ei ole.</translation>
    </message>
    <message>
        <source>There is no item template with id %1.</source>
        <translation>Asiamallia tunnisteella %1 ei ole.</translation>
    </message>
    <message>
        <source>The template &quot;%1&quot; is of %2; a meeting takes only its own body&apos;s templates.</source>
        <translation>Malli ”%1” kuuluu toimielimelle %2; kokoukseen voi ottaa vain oman toimielimen malleja.</translation>
    </message>
    <message>
        <source>The body has no item template &quot;%1&quot;. &apos;pykala-cli template list --body SHORT&apos; lists them.</source>
        <translation>Toimielimellä ei ole asiamallia ”%1”. &apos;pykala-cli template list --body LYHENNE&apos; luettelee mallit.</translation>
    </message>
</context>
<context>
    <name>ItemTemplatesDialog</name>
    <message>
        <source>Re&amp;name…</source>
        <translation>&amp;Nimeä uudelleen…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Poista</translation>
    </message>
    <message>
        <source>Item Templates of %1</source>
        <translation>Asiamallit – %1</translation>
    </message>
    <message>
        <source>Recurring items kept for this body. Add to Agenda puts a new item made from the chosen template last on the agenda. To make a template, open an item and choose Save as Template.</source>
        <translation>Toimielimen toistuvat asiat. Lisää esityslistalle lisää valitusta mallista tehdyn uuden asian esityslistan loppuun. Mallin saa tekemällä asiasta: avaa asia ja valitse Tallenna malliksi.</translation>
    </message>
    <message>
        <source>Item templates</source>
        <translation>Asiamallit</translation>
    </message>
    <message>
        <source>What the template holds</source>
        <translation>Mallin sisältö</translation>
    </message>
    <message>
        <source>&amp;Templates</source>
        <translation>&amp;Mallit</translation>
    </message>
    <message>
        <source>&amp;What it holds</source>
        <translation>&amp;Sisältö</translation>
    </message>
    <message>
        <source>&amp;Add to Agenda</source>
        <translation>&amp;Lisää esityslistalle</translation>
    </message>
    <message>
        <source>Give the chosen template another name</source>
        <translation>Anna valitulle mallille uusi nimi</translation>
    </message>
    <message>
        <source>Remove the chosen template; items made from it stay as they are</source>
        <translation>Poista valittu malli; siitä tehdyt asiat pysyvät ennallaan</translation>
    </message>
    <message>
        <source>Rename Template</source>
        <translation>Mallin uusi nimi</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nimi:</translation>
    </message>
    <message>
        <source>Remove Template</source>
        <translation>Poista malli</translation>
    </message>
    <message>
        <source>Remove the template &quot;%1&quot;? Items already made from it stay as they are.</source>
        <translation>Poistetaanko malli ”%1”? Siitä jo tehdyt asiat pysyvät ennallaan.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>This body has no item templates yet. Open an item and choose Save as Template to make one.</source>
        <translation>Toimielimellä ei ole vielä asiamalleja. Avaa asia ja valitse Tallenna malliksi.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Preparer: %1</source>
        <translation>Valmistelija: %1</translation>
    </message>
    <message>
        <source>Background</source>
        <translation>Selostus</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Päätösehdotus</translation>
    </message>
    <message>
        <source>Choose a template first.</source>
        <translation>Valitse ensin malli.</translation>
    </message>
    <message>
        <source>Choose the template to add.</source>
        <translation>Valitse lisättävä malli.</translation>
    </message>
</context>
<context>
    <name>JsonSchema</name>
    <message>
        <source>The interchange schema is not valid JSON: %1</source>
        <translation>Siirtotiedoston skeema ei ole kelvollista JSONia: %1</translation>
    </message>
    <message>
        <source>is nested too deeply.</source>
        <translation>on sisäkkäin liian syvällä.</translation>
    </message>
    <message>
        <source>matches more than one of the allowed forms.</source>
        <translation>vastaa useampaa kuin yhtä sallittua muotoa.</translation>
    </message>
    <message>
        <source>must be %1.</source>
        <translation>on oltava %1.</translation>
    </message>
    <message>
        <source>%1 is not one of: %2.</source>
        <translation>%1 ei ole mikään näistä: %2.</translation>
    </message>
    <message>
        <source>must be of type %1, not %2.</source>
        <translation>on oltava tyyppiä %1, ei %2.</translation>
    </message>
    <message>
        <source>must not be empty.</source>
        <translation>ei saa olla tyhjä.</translation>
    </message>
    <message>
        <source>is longer than %1 characters.</source>
        <translation>on pidempi kuin %1 merkkiä.</translation>
    </message>
    <message>
        <source>%1 is not of the expected form (%2).</source>
        <translation>%1 ei ole odotetussa muodossa (%2).</translation>
    </message>
    <message>
        <source>%1 is not a date of the form 2026-05-31.</source>
        <translation>%1 ei ole päivämäärä muodossa 2026-05-31.</translation>
    </message>
    <message>
        <source>%1 is not a date and time of the form 2026-05-31T18:00:00.</source>
        <translation>%1 ei ole aika muodossa 2026-05-31T18:00:00.</translation>
    </message>
    <message>
        <source>must be at least %1.</source>
        <translation>on oltava vähintään %1.</translation>
    </message>
    <message>
        <source>must be at most %1.</source>
        <translation>saa olla enintään %1.</translation>
    </message>
    <message>
        <source>is missing.</source>
        <translation>puuttuu.</translation>
    </message>
    <message>
        <source>is not a known field.</source>
        <translation>ei ole tunnettu kenttä.</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Public</source>
        <translation>Julkinen</translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation>Salassa pidettävä</translation>
    </message>
    <message>
        <source>Partly confidential</source>
        <translation>Osittain salassa pidettävä</translation>
    </message>
    <message>
        <source>Request for rectification</source>
        <translation>Oikaisuvaatimus</translation>
    </message>
    <message>
        <source>Municipal appeal</source>
        <translation>Kunnallisvalitus</translation>
    </message>
    <message>
        <source>Administrative appeal</source>
        <translation>Hallintovalitus</translation>
    </message>
    <message>
        <source>Procurement rectification and appeal</source>
        <translation>Hankintaoikaisu ja valitus</translation>
    </message>
    <message>
        <source>Not appealable</source>
        <translation>Ei muutoksenhakuoikeutta</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>suunniteltu</translation>
    </message>
    <message>
        <source>convened</source>
        <translation>kutsuttu koolle</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>käynnissä</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>päättynyt</translation>
    </message>
    <message>
        <source>minutes checked</source>
        <translation>pöytäkirja tarkastettu</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>peruttu</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>Läsnäolokokous</translation>
    </message>
    <message>
        <source>Electronic meeting</source>
        <translation>Sähköinen kokous</translation>
    </message>
    <message>
        <source>Hybrid meeting</source>
        <translation>Hybridikokous</translation>
    </message>
    <message>
        <source>Electronic decision procedure</source>
        <translation>Sähköinen päätöksentekomenettely</translation>
    </message>
    <message>
        <source>Council</source>
        <translation>Valtuusto</translation>
    </message>
    <message>
        <source>Executive board</source>
        <translation>Hallitus</translation>
    </message>
    <message>
        <source>Committee</source>
        <translation>Lautakunta</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Jaosto</translation>
    </message>
    <message>
        <source>Two thirds of the members present</source>
        <translation>Kaksi kolmasosaa jäsenistä läsnä</translation>
    </message>
    <message>
        <source>More than half of the members present</source>
        <translation>Enemmän kuin puolet jäsenistä läsnä</translation>
    </message>
    <message>
        <source>From 1 each year</source>
        <translation>Alkaa vuosittain 1:stä</translation>
    </message>
    <message>
        <source>Running on from year to year</source>
        <translation>Juoksee vuodesta toiseen</translation>
    </message>
    <message>
        <source>chair</source>
        <translation>puheenjohtaja</translation>
    </message>
    <message>
        <source>vice chair</source>
        <translation>varapuheenjohtaja</translation>
    </message>
    <message>
        <source>member</source>
        <translation>jäsen</translation>
    </message>
    <message>
        <source>deputy</source>
        <translation>varajäsen</translation>
    </message>
    <message>
        <source>secretary</source>
        <translation>pöytäkirjanpitäjä</translation>
    </message>
    <message>
        <source>presenter</source>
        <translation>esittelijä</translation>
    </message>
    <message>
        <source>Finnish</source>
        <translation>suomi</translation>
    </message>
    <message>
        <source>Swedish</source>
        <translation>ruotsi</translation>
    </message>
    <message>
        <source>minute-checkers</source>
        <translation>pöytäkirjantarkastajat</translation>
    </message>
    <message>
        <source>Helsinki Administrative Court</source>
        <translation>Helsingin hallinto-oikeus</translation>
    </message>
    <message>
        <source>Hämeenlinna Administrative Court</source>
        <translation>Hämeenlinnan hallinto-oikeus</translation>
    </message>
    <message>
        <source>Eastern Finland Administrative Court</source>
        <translation>Itä-Suomen hallinto-oikeus</translation>
    </message>
    <message>
        <source>Northern Finland Administrative Court</source>
        <translation>Pohjois-Suomen hallinto-oikeus</translation>
    </message>
    <message>
        <source>Turku Administrative Court</source>
        <translation>Turun hallinto-oikeus</translation>
    </message>
    <message>
        <source>Vaasa Administrative Court</source>
        <translation>Vaasan hallinto-oikeus</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 klo %2</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>ylläpitäjä</translation>
    </message>
    <message>
        <source>registry</source>
        <translation>kirjaamo</translation>
    </message>
    <message>
        <source>public reader</source>
        <translation>julkinen lukija</translation>
    </message>
    <message>
        <source>Initiated</source>
        <translation>Vireillä</translation>
    </message>
    <message>
        <source>In preparation</source>
        <translation>Valmistelussa</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Ratkaistu</translation>
    </message>
    <message>
        <source>Implemented</source>
        <translation>Toimeenpantu</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Suljettu</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Kirje</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Sähköposti</translation>
    </message>
    <message>
        <source>Electronic service</source>
        <translation>Sähköinen asiointipalvelu</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Henkilö</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisaatio</translation>
    </message>
</context>
<context>
    <name>MailAddress</name>
    <message>
        <source>No e-mail address is given.</source>
        <translation>Sähköpostiosoitetta ei ole annettu.</translation>
    </message>
    <message>
        <source>“%1” is not an e-mail address such as name@example.fi: correct it.</source>
        <translation>”%1” ei ole sähköpostiosoite, kuten nimi@esimerkki.fi: korjaa se.</translation>
    </message>
    <message>
        <source>The address “%1” has letters outside ASCII before the @, which few mail servers accept: give another address.</source>
        <translation>Osoitteessa ”%1” on ennen @-merkkiä muita kuin ASCII-kirjaimia, joita harva sähköpostipalvelin hyväksyy: anna toinen osoite.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Pykälä</source>
        <translation>Pykälä</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Tiedosto</translation>
    </message>
    <message>
        <source>&amp;Open Store…</source>
        <translation>&amp;Avaa varasto…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Lopeta</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Ohje</translation>
    </message>
    <message>
        <source>&amp;About Pykälä</source>
        <translation>&amp;Tietoja Pykälästä</translation>
    </message>
    <message>
        <source>About Pykälä</source>
        <translation>Tietoja Pykälästä</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Pykälä&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Council meetings and decision records for Finnish municipalities.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Pykälä&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Kokoukset ja päätösasiakirjat suomalaisille kunnille.&lt;/p&gt;&lt;p&gt;Lisenssi: GNU General Public License, versio 3 tai uudempi.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Open Store</source>
        <translation>Avaa varasto</translation>
    </message>
    <message>
        <source>Pykälä stores (*.sqlite *.db);;All files (*)</source>
        <translation>Pykälä-varastot (*.sqlite *.db);;Kaikki tiedostot (*)</translation>
    </message>
    <message>
        <source>%1 – Pykälä</source>
        <translation>%1 – Pykälä</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n meeting(s)</source>
        <translation>
            <numerusform>%1 · %n kokous</numerusform>
            <numerusform>%1 · %n kokousta</numerusform>
        </translation>
    </message>
    <message>
        <source>Print &amp;Agenda…</source>
        <translation>Tulosta &amp;esityslista…</translation>
    </message>
    <message>
        <source>Print &amp;Minutes…</source>
        <translation>Tulosta &amp;pöytäkirja…</translation>
    </message>
    <message>
        <source>Agenda Print Pre&amp;view…</source>
        <translation>Esityslistan &amp;esikatselu…</translation>
    </message>
    <message>
        <source>Minutes Print Previe&amp;w…</source>
        <translation>Pöytäkirjan e&amp;sikatselu…</translation>
    </message>
    <message>
        <source>Select a meeting first.</source>
        <translation>Valitse ensin kokous.</translation>
    </message>
    <message>
        <source>Bodies, meetings and items</source>
        <translation>Toimielimet, kokoukset ja asiat</translation>
    </message>
    <message>
        <source>Bodies, then years, meetings and their agenda items</source>
        <translation>Toimielimet ja niiden alla vuodet, kokoukset ja kokousten asiat</translation>
    </message>
    <message>
        <source>&amp;New Store…</source>
        <translation>&amp;Uusi varasto…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Avaa &amp;viimeaikainen</translation>
    </message>
    <message>
        <source>Open &amp;PDF…</source>
        <translation>Avaa P&amp;DF…</translation>
    </message>
    <message>
        <source>Open PDF</source>
        <translation>Avaa PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-asiakirjat (*.pdf)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Muokkaa</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Etsi…</translation>
    </message>
    <message>
        <source>&amp;Meeting</source>
        <translation>&amp;Kokous</translation>
    </message>
    <message>
        <source>New &amp;Meeting…</source>
        <translation>Uusi &amp;kokous…</translation>
    </message>
    <message>
        <source>New &amp;Item</source>
        <translation>Uusi &amp;asia</translation>
    </message>
    <message>
        <source>&lt;h2&gt;%1&lt;/h2&gt;&lt;p&gt;The store has no bodies yet. Add them with &lt;tt&gt;pykala-cli body&lt;/tt&gt;, or import a store with &lt;tt&gt;pykala-cli import&lt;/tt&gt;.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;%1&lt;/h2&gt;&lt;p&gt;Asiakirjavarastossa ei ole vielä toimielimiä. Lisää ne komennolla &lt;tt&gt;pykala-cli body&lt;/tt&gt; tai tuo varasto komennolla &lt;tt&gt;pykala-cli import&lt;/tt&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h2&gt;%1&lt;/h2&gt;&lt;p&gt;Choose a meeting on the left, or search all minutes and agendas.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;%1&lt;/h2&gt;&lt;p&gt;Valitse kokous vasemmalta tai hae kaikista pöytäkirjoista ja esityslistoista.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The item being edited could not be saved: %1</source>
        <translation>Muokattavaa asiaa ei voitu tallentaa: %1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ei yhtään)</translation>
    </message>
    <message>
        <source>New Store</source>
        <translation>Uusi varasto</translation>
    </message>
    <message>
        <source>Pykälä stores (*.sqlite)</source>
        <translation>Pykälä-varastot (*.sqlite)</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>Tiedostoa %1 ei voi lukea: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The item being edited could not be saved: %1

Close anyway and lose the last change?</source>
        <translation>Muokattavaa asiaa ei voitu tallentaa: %1

Suljetaanko silti? Viimeisin muutos menetetään.</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Asetukset…</translation>
    </message>
    <message>
        <source>&amp;Run Meeting</source>
        <translation>&amp;Pidä kokous</translation>
    </message>
    <message>
        <source>The meeting window could not save its texts; nothing was changed.</source>
        <translation>Kokousikkuna ei voinut tallentaa tekstejään; mitään ei muutettu.</translation>
    </message>
    <message>
        <source>Open for Re&amp;view…</source>
        <translation>Avaa &amp;luettavaksi…</translation>
    </message>
    <message>
        <source>Open for Review</source>
        <translation>Avaa luettavaksi</translation>
    </message>
    <message>
        <source>Meeting packages (*.%1);;Pykälä stores (*.sqlite);;All files (*)</source>
        <translation>Kokouspaketit (*.%1);;Pykälä-varastot (*.sqlite);;Kaikki tiedostot (*)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Näytä</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Päivitä</translation>
    </message>
    <message>
        <source>Show what the store holds now, with the changes made elsewhere</source>
        <translation>Näytä asiakirjavaraston nykyinen sisältö muualla tehtyine muutoksineen</translation>
    </message>
    <message>
        <source>Import &amp;Members…</source>
        <translation>Tuo &amp;jäsenet…</translation>
    </message>
    <message>
        <source>Re&amp;gister of Bodies and Members…</source>
        <translation>Toimielin- ja &amp;jäsenrekisteri…</translation>
    </message>
    <message>
        <source>%1 exists already, and a new store never replaces a file. Choose another name.</source>
        <translation>%1 on jo olemassa, eikä uusi varasto koskaan korvaa tiedostoa. Valitse toinen nimi.</translation>
    </message>
    <message>
        <source>&amp;User&apos;s Guide</source>
        <translation>&amp;Käyttöopas</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Pikanäppäimet</translation>
    </message>
    <message>
        <source>Menus, anywhere in the main window</source>
        <translation>Valikot, missä tahansa pääikkunassa</translation>
    </message>
    <message>
        <source>Meeting page</source>
        <translation>Kokouksen sivu</translation>
    </message>
    <message>
        <source>Item editor</source>
        <translation>Asian muokkaus</translation>
    </message>
    <message>
        <source>Meeting window</source>
        <translation>Kokousikkuna</translation>
    </message>
    <message>
        <source>Document window</source>
        <translation>Asiakirjaikkuna</translation>
    </message>
    <message>
        <source>Connect to &amp;Server…</source>
        <translation>Yhdistä &amp;palvelimeen…</translation>
    </message>
    <message>
        <source>&amp;Copy Store To…</source>
        <translation>&amp;Kopioi varasto…</translation>
    </message>
    <message>
        <source>Copy Store To</source>
        <translation>Kopioi varasto</translation>
    </message>
    <message>
        <source>The store was copied into %1: %2 rows, and an audit log of %3 entries. The copy checks out, and its %4 audited records match this store&apos;s.</source>
        <translation>Varasto kopioitiin kohteeseen %1: %2 riviä ja %3 lokitapahtuman muutosloki. Kopio läpäisee tarkistuksen, ja sen %4 lokiin kirjattua tietuetta vastaavat tämän varaston tietueita.</translation>
    </message>
    <message>
        <source> · signed in as %1 (%2)</source>
        <translation> · kirjautunut: %1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Case Register…</source>
        <translation>A&amp;siarekisteri…</translation>
    </message>
    <message>
        <source>Publish the &amp;Site…</source>
        <translation>Julkaise s&amp;ivusto…</translation>
    </message>
</context>
<context>
    <name>MeetingConsole</name>
    <message>
        <source>&amp;Proposal…</source>
        <translation>&amp;Ehdotus…</translation>
    </message>
    <message>
        <source>Record a counter-, rejection, tabling or return proposal</source>
        <translation>Kirjaa vasta-, hylkäys-, pöydällepano- tai palautusehdotus</translation>
    </message>
    <message>
        <source>&amp;Second…</source>
        <translation>&amp;Kannatus…</translation>
    </message>
    <message>
        <source>Record who seconded the selected proposal</source>
        <translation>Kirjaa, kuka kannatti valittua ehdotusta</translation>
    </message>
    <message>
        <source>Dis&amp;qualification…</source>
        <translation>E&amp;steellisyys…</translation>
    </message>
    <message>
        <source>Record that someone is disqualified for this item</source>
        <translation>Kirjaa jonkun esteellisyys tässä asiassa</translation>
    </message>
    <message>
        <source>Disse&amp;nt…</source>
        <translation>Eriävä &amp;mielipide…</translation>
    </message>
    <message>
        <source>Record a dissent from the decision</source>
        <translation>Kirjaa päätöksestä jätetty eriävä mielipide</translation>
    </message>
    <message>
        <source>&amp;Election…</source>
        <translation>&amp;Vaali…</translation>
    </message>
    <message>
        <source>Record an election and compute who was elected</source>
        <translation>Kirjaa vaali ja laske, ketkä tulivat valituiksi</translation>
    </message>
    <message>
        <source>Record &amp;Decision</source>
        <translation>Kirjaa &amp;päätös</translation>
    </message>
    <message>
        <source>Record the decision; the decision and proceedings are written into the item</source>
        <translation>Kirjaa päätös; päätös ja käsittely kirjoitetaan asiaan</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Kokous</translation>
    </message>
    <message>
        <source>Pykälä</source>
        <translation>Pykälä</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Ongelma</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Open Meeting</source>
        <translation>Avaa kokous</translation>
    </message>
    <message>
        <source>Record the opening now, with the attendance ticked</source>
        <translation>Kirjaa kokouksen avaus nyt; läsnä oleviksi kirjataan rastitetut</translation>
    </message>
    <message>
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <source>Previous Item</source>
        <translation>Edellinen asia</translation>
    </message>
    <message>
        <source>Handle the previous item</source>
        <translation>Käsittele edellinen asia</translation>
    </message>
    <message>
        <source>Next Item</source>
        <translation>Seuraava asia</translation>
    </message>
    <message>
        <source>Handle the next item</source>
        <translation>Käsittele seuraava asia</translation>
    </message>
    <message>
        <source>Minute-Checkers…</source>
        <translation>Pöytäkirjantarkastajat…</translation>
    </message>
    <message>
        <source>Record whom the body selected to check the minutes</source>
        <translation>Kirjaa, kenet toimielin valitsi tarkastamaan pöytäkirjan</translation>
    </message>
    <message>
        <source>Close Meeting</source>
        <translation>Päätä kokous</translation>
    </message>
    <message>
        <source>Record the closing now</source>
        <translation>Kirjaa kokouksen päättyminen nyt</translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <source>Close Window</source>
        <translation>Sulje ikkuna</translation>
    </message>
    <message>
        <source>Close this window; everything recorded is kept</source>
        <translation>Sulje tämä ikkuna; kaikki kirjattu säilyy</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Jäsen</translation>
    </message>
    <message>
        <source>Personal deputy</source>
        <translation>Henkilökohtainen varajäsen</translation>
    </message>
    <message>
        <source>In this item</source>
        <translation>Tässä asiassa</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Läsnäolo</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Tehtävä</translation>
    </message>
    <message>
        <source>Others attending</source>
        <translation>Muut saapuvilla olevat</translation>
    </message>
    <message>
        <source>Officials and experts attending without a seat; recorded at the opening.</source>
        <translation>Kokouksessa läsnä olevat viranhaltijat ja asiantuntijat, joilla ei ole paikkaa toimielimessä; kirjataan avauksessa.</translation>
    </message>
    <message>
        <source>Add &amp;Other</source>
        <translation>Lisää m&amp;uu</translation>
    </message>
    <message>
        <source>Add a row for someone else attending</source>
        <translation>Lisää rivi muulle saapuvilla olevalle</translation>
    </message>
    <message>
        <source>&amp;Attendance</source>
        <translation>&amp;Läsnäolo</translation>
    </message>
    <message>
        <source>§</source>
        <translation>§</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Asia</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Tila</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Esityslista</translation>
    </message>
    <message>
        <source>The item selected here is the one being handled.</source>
        <translation>Tässä valittu asia on käsiteltävänä.</translation>
    </message>
    <message>
        <source>A&amp;genda</source>
        <translation>Esit&amp;yslista</translation>
    </message>
    <message>
        <source>Current item</source>
        <translation>Käsiteltävä asia</translation>
    </message>
    <message>
        <source>Quorum</source>
        <translation>Päätösvaltaisuus</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Käsittelyn tulos</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Ehdotus</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Laji</translation>
    </message>
    <message>
        <source>Proposed by</source>
        <translation>Ehdottaja</translation>
    </message>
    <message>
        <source>Seconded by</source>
        <translation>Kannattaja</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Teksti</translation>
    </message>
    <message>
        <source>Proposals</source>
        <translation>Ehdotukset</translation>
    </message>
    <message>
        <source>The proposals made in this item, with who made and seconded them.</source>
        <translation>Tässä asiassa tehdyt ehdotukset tekijöineen ja kannattajineen.</translation>
    </message>
    <message>
        <source>Presenter Amends…</source>
        <translation>Esittelijä muuttaa…</translation>
    </message>
    <message>
        <source>Presenter Withdraws…</source>
        <translation>Esittelijä peruuttaa…</translation>
    </message>
    <message>
        <source>For Information Only</source>
        <translation>Merkitään tiedoksi</translation>
    </message>
    <message>
        <source>&amp;Base Proposal</source>
        <translation>Poh&amp;jaehdotus</translation>
    </message>
    <message>
        <source>The presenter amends or withdraws the base proposal, or the item is for information</source>
        <translation>Esittelijä muuttaa tai peruuttaa pohjaehdotuksen, tai asia merkitään tiedoksi</translation>
    </message>
    <message>
        <source>Voting order</source>
        <translation>Äänestysjärjestys</translation>
    </message>
    <message>
        <source>The order the proposals enter the vote. Drag to change it before the first vote, or use Alt+Up and Alt+Down.</source>
        <translation>Järjestys, jossa ehdotukset otetaan äänestykseen. Muuta sitä vetämällä ennen ensimmäistä äänestystä tai näppäimillä Alt+↑ ja Alt+↓.</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Päätös</translation>
    </message>
    <message>
        <source>Proceedings</source>
        <translation>Käsittely</translation>
    </message>
    <message>
        <source>Written from the record when the decision is recorded; edit it as the minutes should read.</source>
        <translation>Muodostetaan kirjauksista, kun päätös kirjataan; muokkaa teksti pöytäkirjaan tulevaan asuun.</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>Tallennus</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Ei vielä tallennettu</translation>
    </message>
    <message>
        <source>&amp;Voting order:</source>
        <translation>Ää&amp;nestysjärjestys:</translation>
    </message>
    <message>
        <source>Vote</source>
        <translation>Äänestys</translation>
    </message>
    <message>
        <source>Decision and proceedings</source>
        <translation>Päätös ja käsittely</translation>
    </message>
    <message>
        <source>P&amp;roceedings:</source>
        <translation>Käs&amp;ittely:</translation>
    </message>
    <message>
        <source>There is no meeting with id %1.</source>
        <translation>Kokousta tunnisteella %1 ei ole.</translation>
    </message>
    <message>
        <source>%1 – Meeting</source>
        <translation>%1 – Kokous</translation>
    </message>
    <message>
        <source>§ %1 %2</source>
        <translation>§ %1 %2</translation>
    </message>
    <message>
        <source>Item %1: %2</source>
        <translation>Asia %1: %2</translation>
    </message>
    <message>
        <source>Recorded at %1.</source>
        <translation>Kirjattu klo %1.</translation>
    </message>
    <message>
        <source>opened %1, closed %2</source>
        <translation>avattu %1, päätetty %2</translation>
    </message>
    <message>
        <source>opened %1, in progress</source>
        <translation>avattu %1, käynnissä</translation>
    </message>
    <message>
        <source>%1 – %2 · %3 · %4</source>
        <translation>%1 – %2 · %3 · %4</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>present</source>
        <translation>läsnä</translation>
    </message>
    <message>
        <source>away</source>
        <translation>poissa</translation>
    </message>
    <message>
        <source>§ %1</source>
        <translation>§ %1</translation>
    </message>
    <message>
        <source>The agenda has no items.</source>
        <translation>Esityslistalla ei ole asioita.</translation>
    </message>
    <message>
        <source>No vote is needed while only the base proposal stands.</source>
        <translation>Äänestystä ei tarvita, kun esillä on vain pohjaehdotus.</translation>
    </message>
    <message>
        <source>The order the rules give. Drag to change it; the changed order is recorded with the first vote.</source>
        <translation>Sääntöjen mukainen järjestys. Muuta sitä vetämällä; muutettu järjestys kirjataan ensimmäisen äänestyksen yhteydessä.</translation>
    </message>
    <message>
        <source>Changed by the chair; recorded with the first vote.</source>
        <translation>Puheenjohtajan muuttama; kirjataan ensimmäisen äänestyksen yhteydessä.</translation>
    </message>
    <message>
        <source>The order voted in.</source>
        <translation>Järjestys, jossa äänestettiin.</translation>
    </message>
    <message>
        <source>The minutes are signed; the texts can no longer change.</source>
        <translation>Pöytäkirja on allekirjoitettu; tekstejä ei voi enää muuttaa.</translation>
    </message>
    <message>
        <source>Edit the texts as the minutes should read; they are saved as you type.</source>
        <translation>Muokkaa tekstit pöytäkirjaan tulevaan asuun; ne tallentuvat kirjoittaessasi.</translation>
    </message>
    <message>
        <source>A preview: recording the decision writes these texts into the item.</source>
        <translation>Esikatselu: päätöksen kirjaaminen kirjoittaa nämä tekstit asiaan.</translation>
    </message>
    <message>
        <source>The item is no longer in the store.</source>
        <translation>Asiaa ei enää ole asiakirjavarastossa.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Ei tallennettu: %1</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Tallennettu klo %1.</translation>
    </message>
    <message>
        <source>The proceedings could not be saved: %1
Close the window anyway?</source>
        <translation>Käsittelyä ei voitu tallentaa: %1
Suljetaanko ikkuna silti?</translation>
    </message>
    <message>
        <source>Open the meeting at %1 with %2 of %3 seats taken?</source>
        <translation>Avataanko kokous klo %1, kun %2/%3 paikkaa on täytetty?</translation>
    </message>
    <message>
        <source>Close the meeting at %1? Nothing can be recorded after it.</source>
        <translation>Päätetäänkö kokous klo %1? Sen jälkeen mitään ei voi kirjata.</translation>
    </message>
    <message>
        <source>The minute-checkers have not been recorded.</source>
        <translation>Pöytäkirjantarkastajia ei ole kirjattu.</translation>
    </message>
    <message>
        <source>Minute-Checkers</source>
        <translation>Pöytäkirjantarkastajat</translation>
    </message>
    <message>
        <source>Tick those the body selected to check the minutes, usually two, in the order they were named.</source>
        <translation>Rastita ne, jotka toimielin valitsi tarkastamaan pöytäkirjan (yleensä kaksi), nimeämisjärjestyksessä.</translation>
    </message>
    <message>
        <source>&amp;Selected:</source>
        <translation>&amp;Valitut:</translation>
    </message>
    <message>
        <source>Tick the minute-checkers the body selected.</source>
        <translation>Rastita toimielimen valitsemat pöytäkirjantarkastajat.</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Laji:</translation>
    </message>
    <message>
        <source>Counter-proposal</source>
        <translation>Vastaehdotus</translation>
    </message>
    <message>
        <source>Reject the matter</source>
        <translation>Asia hylätään</translation>
    </message>
    <message>
        <source>Table the matter</source>
        <translation>Asia pannaan pöydälle</translation>
    </message>
    <message>
        <source>Return it for preparation</source>
        <translation>Asia palautetaan valmisteluun</translation>
    </message>
    <message>
        <source>Proposed &amp;by:</source>
        <translation>&amp;Ehdottaja:</translation>
    </message>
    <message>
        <source>&amp;Proposal:</source>
        <translation>Ehdotu&amp;s:</translation>
    </message>
    <message>
        <source>&amp;Departs from the base proposal (0–9):</source>
        <translation>&amp;Poikkeama pohjaehdotuksesta (0–9):</translation>
    </message>
    <message>
        <source>The chair&apos;s judgement of how far the proposal departs from the base proposal; the most divergent is voted on first.</source>
        <translation>Puheenjohtajan arvio siitä, kuinka paljon ehdotus poikkeaa pohjaehdotuksesta; eniten poikkeavasta äänestetään ensin.</translation>
    </message>
    <message>
        <source>Seconding</source>
        <translation>Kannatus</translation>
    </message>
    <message>
        <source>Seconding %1.</source>
        <translation>Kannatettava ehdotus: %1.</translation>
    </message>
    <message>
        <source>Seconded &amp;by:</source>
        <translation>&amp;Kannattaja:</translation>
    </message>
    <message>
        <source>Nobody else present may second this proposal.</source>
        <translation>Kukaan muu läsnä oleva ei voi kannattaa tätä ehdotusta.</translation>
    </message>
    <message>
        <source>Record that %1 is for information only?</source>
        <translation>Kirjataanko asia %1 merkityksi tiedoksi?</translation>
    </message>
    <message>
        <source>The Presenter Amends the Base Proposal</source>
        <translation>Esittelijä muuttaa pohjaehdotusta</translation>
    </message>
    <message>
        <source>The Presenter Withdraws the Base Proposal</source>
        <translation>Esittelijä peruuttaa pohjaehdotuksen</translation>
    </message>
    <message>
        <source>How the presenter amended the base proposal in the meeting.</source>
        <translation>Miten esittelijä muutti pohjaehdotusta kokouksessa.</translation>
    </message>
    <message>
        <source>The chair&apos;s proposal, which becomes the base proposal.</source>
        <translation>Puheenjohtajan ehdotus, josta tulee pohjaehdotus.</translation>
    </message>
    <message>
        <source>&amp;Amendment:</source>
        <translation>&amp;Muutos:</translation>
    </message>
    <message>
        <source>&amp;Chair&apos;s proposal:</source>
        <translation>&amp;Puheenjohtajan ehdotus:</translation>
    </message>
    <message>
        <source>Disqualification</source>
        <translation>Esteellisyys</translation>
    </message>
    <message>
        <source>%1: the person is away for this item, and their deputy may take the seat.</source>
        <translation>%1: henkilö on poissa tämän asian käsittelyn ajan, ja hänen varajäsenensä voi tulla hänen tilalleen.</translation>
    </message>
    <message>
        <source>&amp;Disqualified:</source>
        <translation>&amp;Esteellinen:</translation>
    </message>
    <message>
        <source>&amp;Ground:</source>
        <translation>&amp;Peruste:</translation>
    </message>
    <message>
        <source>e.g. HL 28 § 1 mom. 1 k (asianosainen)</source>
        <translation>esim. HL 28 § 1 mom. 1 k (asianosainen)</translation>
    </message>
    <message>
        <source>Dissent</source>
        <translation>Eriävä mielipide</translation>
    </message>
    <message>
        <source>%1: a member who took part and did not vote for the decision may dissent, with or without reasons.</source>
        <translation>%1: jäsen, joka osallistui asian käsittelyyn eikä äänestänyt päätöksen puolesta, voi jättää eriävän mielipiteen perusteluin tai ilman.</translation>
    </message>
    <message>
        <source>&amp;Dissenting:</source>
        <translation>&amp;Eriävän mielipiteen jättäjä:</translation>
    </message>
    <message>
        <source>&amp;Reasons (optional):</source>
        <translation>&amp;Perustelut (valinnainen):</translation>
    </message>
    <message>
        <source>Nobody took part in this item.</source>
        <translation>Kukaan ei osallistunut tämän asian käsittelyyn.</translation>
    </message>
    <message>
        <source>Others a&amp;ttending</source>
        <translation>Muut saapuvilla &amp;olevat</translation>
    </message>
    <message>
        <source>Decis&amp;ion:</source>
        <translation>Pää&amp;tös:</translation>
    </message>
    <message>
        <source>Re&amp;mote Arrival…</source>
        <translation>Saapuminen &amp;etäyhteydellä…</translation>
    </message>
    <message>
        <source>Record that someone arrives by a remote connection at this moment during the current item</source>
        <translation>Merkitse, että joku saapuu etäyhteydellä tällä hetkellä käsiteltävän asian aikana</translation>
    </message>
    <message>
        <source>Temporary &amp;Chair…</source>
        <translation>Tilapäinen &amp;puheenjohtaja…</translation>
    </message>
    <message>
        <source>Record whom the body chose to preside over this item</source>
        <translation>Merkitse, kenet toimielin valitsi johtamaan puhetta tässä asiassa</translation>
    </message>
    <message>
        <source>Deputy</source>
        <translation>Varajäsen</translation>
    </message>
    <message>
        <source>Remote</source>
        <translation>Etänä</translation>
    </message>
    <message>
        <source>Whoever takes the seat does so by a remote connection</source>
        <translation>Paikalla istuva osallistuu etäyhteydellä</translation>
    </message>
    <message>
        <source>Tick who is present, and in the Remote column who of them takes part by a remote connection. After the opening a tick records an arrival, clearing it a departure, and a change in the Remote column a change between the meeting room and a remote connection, at this moment during the current item. Space ticks the focused cell; Left and Right move between the columns.</source>
        <translation>Rastita läsnäolijat ja Etänä-sarakkeeseen ne, jotka osallistuvat etäyhteydellä. Kokouksen avaamisen jälkeen rasti merkitsee saapumisen, sen poistaminen poistumisen ja Etänä-sarakkeen muutos siirtymisen kokouspaikan ja etäyhteyden välillä tällä hetkellä käsiteltävän asian aikana. Välilyönti rastittaa valitun solun; vasen ja oikea nuoli siirtävät sarakkeesta toiseen.</translation>
    </message>
    <message>
        <source>Presiding</source>
        <translation>Puheenjohtajana</translation>
    </message>
    <message>
        <source>planned for %1</source>
        <translation>suunniteltu %1</translation>
    </message>
    <message>
        <source>present by a remote connection</source>
        <translation>läsnä etäyhteydellä</translation>
    </message>
    <message>
        <source>by a remote connection</source>
        <translation>etäyhteydellä</translation>
    </message>
    <message>
        <source>in the meeting room</source>
        <translation>kokouspaikalla</translation>
    </message>
    <message>
        <source>remote</source>
        <comment>takes part by a remote connection</comment>
        <translation>etänä</translation>
    </message>
    <message>
        <source>Remote Arrival</source>
        <translation>Saapuminen etäyhteydellä</translation>
    </message>
    <message>
        <source>%1: someone arrives by a remote connection at this moment.</source>
        <translation>%1: joku saapuu etäyhteydellä tällä hetkellä.</translation>
    </message>
    <message>
        <source>&amp;Arriving:</source>
        <translation>&amp;Saapuja:</translation>
    </message>
    <message>
        <source>Everyone with a seat is present already.</source>
        <translation>Kaikki, joilla on paikka, ovat jo läsnä.</translation>
    </message>
    <message>
        <source>Temporary Chair</source>
        <translation>Tilapäinen puheenjohtaja</translation>
    </message>
    <message>
        <source>%1: neither the chair nor a vice chair can preside. Whom did the body choose to preside over this item?</source>
        <translation>%1: puheenjohtaja tai varapuheenjohtaja ei voi johtaa puhetta. Kenet toimielin valitsi johtamaan puhetta tässä asiassa?</translation>
    </message>
    <message>
        <source>&amp;Presiding:</source>
        <translation>&amp;Puheenjohtajana:</translation>
    </message>
    <message>
        <source>Withdraw Event</source>
        <translation>Peru kirjaus</translation>
    </message>
    <message>
        <source>Withdraw Last…</source>
        <translation>Peru viimeisin…</translation>
    </message>
    <message>
        <source>Withdraw the last event recorded, recorded by mistake, with the reason</source>
        <translation>Peru viimeisin virheellisesti tehty kirjaus ja kerro syy</translation>
    </message>
    <message>
        <source>Item %1</source>
        <translation>Asia %1</translation>
    </message>
    <message>
        <source>Event %1 cannot be withdrawn: only what was recorded during the meeting, while it runs, and each event once.</source>
        <translation>Kirjausta %1 ei voi perua: vain kokouksen aikana tehdyn kirjauksen voi perua, kokouksen ollessa käynnissä ja kunkin vain kerran.</translation>
    </message>
    <message>
        <source>Why is event %1 withdrawn?

%2</source>
        <translation>Miksi kirjaus %1 perutaan?

%2</translation>
    </message>
    <message numerus="yes">
        <source>%1 have no decision recorded.</source>
        <translation>
            <numerusform>Asiassa %1 ei ole kirjattu päätöstä.</numerusform>
            <numerusform>Asioissa %1 ei ole kirjattu päätöstä.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Run It Here</source>
        <translation>&amp;Pidä kokous tässä</translation>
    </message>
    <message>
        <source>Followed</source>
        <translation>Seurattava kokous</translation>
    </message>
    <message>
        <source>Run the meeting from this window, now that nobody else does</source>
        <translation>Pidä kokousta tästä ikkunasta, kun kukaan muu ei sitä pidä</translation>
    </message>
    <message>
        <source>Nobody runs this meeting now. This window shows it as it was last recorded.</source>
        <translation>Kukaan ei nyt pidä tätä kokousta. Ikkuna näyttää sen sellaisena kuin se viimeksi kirjattiin.</translation>
    </message>
    <message>
        <source>%1 runs this meeting. This window follows it as it is recorded; nothing can be recorded here.</source>
        <translation>%1 pitää tätä kokousta. Tämä ikkuna seuraa sitä sitä mukaa kuin se kirjataan; tässä ei voi kirjata mitään.</translation>
    </message>
    <message>
        <source>%1 – Meeting (following)</source>
        <translation>%1 – Kokous (seuraa)</translation>
    </message>
    <message>
        <source>The meeting is now run from this window.</source>
        <translation>Kokousta pidetään nyt tästä ikkunasta.</translation>
    </message>
    <message>
        <source>%1 runs this meeting: nothing can be recorded in this window, which follows it.</source>
        <translation>%1 pitää tätä kokousta: tässä ikkunassa, joka seuraa sitä, ei voi kirjata mitään.</translation>
    </message>
    <message>
        <source>The texts as the console running the meeting saved them.</source>
        <translation>Tekstit sellaisina kuin kokousta pitävä ikkuna ne tallensi.</translation>
    </message>
    <message>
        <source>%1 This window follows the meeting as it is recorded.</source>
        <translation>%1 Tämä ikkuna seuraa kokousta sitä mukaa kuin se kirjataan.</translation>
    </message>
</context>
<context>
    <name>MeetingDialogs</name>
    <message>
        <source>Problem</source>
        <translation>Ongelma</translation>
    </message>
</context>
<context>
    <name>MeetingDocuments</name>
    <message>
        <source>%1 has not been opened, so it has no minutes yet. Record its opening and attendance with &apos;pykala-cli record&apos;.</source>
        <translation>Kokousta %1 ei ole avattu, joten sillä ei vielä ole pöytäkirjaa. Kirjaa avaus ja läsnäolo komennolla &apos;pykala-cli record&apos;.</translation>
    </message>
    <message>
        <source>%1 has not been handled in a meeting yet, so there are no minutes to extract from.</source>
        <translation>Asiaa %1 ei ole vielä käsitelty kokouksessa, joten pöytäkirjaa, josta ote tehtäisiin, ei ole.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not name an agenda item. Give its id or write it as &quot;KH 12/2026 § 156&quot;.</source>
        <translation>&quot;%1&quot; ei nimeä asiaa. Anna sen tunniste tai kirjoita muodossa &quot;KH 12/2026 § 156&quot;.</translation>
    </message>
    <message>
        <source>There is no agenda item %1.</source>
        <translation>Asiaa %1 ei ole.</translation>
    </message>
    <message>
        <source>The item&apos;s meeting is missing.</source>
        <translation>Asian kokous puuttuu.</translation>
    </message>
    <message>
        <source>The store has no organisation; documents name it in every page header. Set it with &apos;pykala-cli organisation --name NAME&apos;.</source>
        <translation>Asiakirjavarastossa ei ole organisaatiota; asiakirjat nimeävät sen jokaisen sivun ylätunnisteessa. Aseta se komennolla &apos;pykala-cli organisation --name NIMI&apos;.</translation>
    </message>
</context>
<context>
    <name>MeetingPackage</name>
    <message>
        <source>%1 has no seat or office in %2 on %3, so a package with its confidential items may not go to them. Name a member, deputy or official of the body, or make a public package with --for public.</source>
        <translation>Henkilöllä %1 ei ole paikkaa eikä tehtävää toimielimessä %2 päivänä %3, joten salassa pidettäviä asioita sisältävää pakettia ei saa antaa hänelle. Nimeä toimielimen jäsen, varajäsen tai viranhaltija, tai tee julkinen paketti valitsimella --for public.</translation>
    </message>
    <message>
        <source>Several persons in %1 are called %2 (ids %3); name the recipient by id.</source>
        <translation>Toimielimessä %1 on useita henkilöitä nimeltä %2 (tunnisteet %3); nimeä vastaanottaja tunnisteella.</translation>
    </message>
    <message>
        <source>Name the package file, e.g. -o &quot;KH 12-2026.%1&quot;.</source>
        <translation>Anna paketin tiedostonimi, esim. -o &quot;KH 12-2026.%1&quot;.</translation>
    </message>
    <message>
        <source>%1 exists and is not a meeting package; it was left as it was. Choose another file name.</source>
        <translation>%1 on jo olemassa eikä ole kokouspaketti; se jätettiin ennalleen. Valitse toinen tiedostonimi.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Kansiota %1 ei ole.</translation>
    </message>
    <message>
        <source>A package for a member names the member: add --recipient NAME. A package for anyone else is made with --for public.</source>
        <translation>Jäsenen paketissa nimetään jäsen: lisää --recipient NIMI. Muille tehdään paketti valitsimella --for public.</translation>
    </message>
    <message>
        <source>The package could not be moved to %1, so it was not made; disclosure %2 in the register names it all the same. Check that the folder is writable and make it again.</source>
        <translation>Pakettia ei voitu siirtää paikkaan %1, joten sitä ei tehty; luovutusrekisterin merkintä %2 mainitsee sen silti. Tarkista, että kansioon voi kirjoittaa, ja tee paketti uudelleen.</translation>
    </message>
    <message>
        <source>A meeting package is made for a member of the body or for the public, not for %1.</source>
        <translation>Kokouspaketti tehdään toimielimen jäsenelle tai yleisölle, ei kohderyhmälle %1.</translation>
    </message>
    <message>
        <source>Could not make a working folder beside %1; check that the folder is writable.</source>
        <translation>Tiedoston %1 viereen ei voitu tehdä työkansiota; tarkista, että kansioon voi kirjoittaa.</translation>
    </message>
    <message>
        <source>%1 has no encryption certificate registered, so no package can be encrypted for them. Register it (Register › Persons, or &apos;pykala-cli person certificate &quot;%1&quot; --file CERT.pem --use encryption&apos;), or give it with --recipient-cert FILE.</source>
        <translation>Henkilölle %1 ei ole rekisteröity salausvarmennetta, joten pakettia ei voi salata hänelle. Rekisteröi varmenne (Rekisteri › Henkilöt tai &apos;pykala-cli person certificate &quot;%1&quot; --file VARMENNE.pem --use encryption&apos;) tai anna se valitsimella --recipient-cert TIEDOSTO.</translation>
    </message>
    <message>
        <source>No encryption certificate registered for %1 is valid today. Register their current one.</source>
        <translation>Mikään henkilölle %1 rekisteröity salausvarmenne ei ole tänään voimassa. Rekisteröi hänen nykyinen varmenteensa.</translation>
    </message>
    <message>
        <source>The certificate given for %1 cannot be used: %2</source>
        <translation>Henkilölle %1 annettua varmennetta ei voi käyttää: %2</translation>
    </message>
    <message>
        <source>A member&apos;s package is signed by its maker: name your signing certificate with --cert NICK (&apos;pykala-cli certs&apos; lists them).</source>
        <translation>Jäsenen paketin allekirjoittaa sen tekijä: nimeä allekirjoitusvarmenteesi valitsimella --cert NIMI (&apos;pykala-cli certs&apos; luettelee ne).</translation>
    </message>
    <message>
        <source>The package could not be written beside %1: %2. Check that the folder is writable and has room.</source>
        <translation>Pakettia ei voitu kirjoittaa tiedoston %1 viereen: %2. Tarkista, että kansioon voi kirjoittaa ja että siinä on tilaa.</translation>
    </message>
    <message>
        <source>There is no file %1.</source>
        <translation>Tiedostoa %1 ei ole.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Tiedostoa %1 ei voi lukea: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 is a member&apos;s package that is not encrypted: it was taken out of the envelope it was made in, so it is not opened. Ask for a new package.</source>
        <translation>%1 on jäsenen paketti, jota ei ole salattu: se on otettu pois kuoresta, johon se tehtiin, joten sitä ei avata. Pyydä uusi paketti.</translation>
    </message>
    <message>
        <source>The package %1 for %2 could be read until %3 and has expired. Delete it; the secretary can make a new one if you still need it.</source>
        <translation>Paketti %1 henkilölle %2 oli luettavissa %3 asti ja on vanhentunut. Poista se; pöytäkirjanpitäjä voi tehdä uuden, jos tarvitset sitä vielä.</translation>
    </message>
    <message>
        <source>%1 is %2 MB, larger than a meeting package can be (2 GB); it is not opened.</source>
        <translation>%1 on %2 Mt, suurempi kuin kokouspaketti voi olla (2 Gt); sitä ei avata.</translation>
    </message>
</context>
<context>
    <name>MeetingPage</name>
    <message>
        <source>Meeting</source>
        <translation>Kokous</translation>
    </message>
    <message>
        <source>Meeting details</source>
        <translation>Kokouksen tiedot</translation>
    </message>
    <message>
        <source>Hint</source>
        <translation>Vihje</translation>
    </message>
    <message>
        <source>New Item</source>
        <translation>Uusi asia</translation>
    </message>
    <message>
        <source>Add an item last on the agenda</source>
        <translation>Lisää asia esityslistan loppuun</translation>
    </message>
    <message>
        <source>New agenda item</source>
        <translation>Uusi asia</translation>
    </message>
    <message>
        <source>Bring In…</source>
        <translation>Tuo aiempi asia…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Poista</translation>
    </message>
    <message>
        <source>Remove the selected item from the agenda</source>
        <translation>Poista valittu asia esityslistalta</translation>
    </message>
    <message>
        <source>Move Up</source>
        <translation>Siirrä ylös</translation>
    </message>
    <message>
        <source>Move the selected item up (or drag it)</source>
        <translation>Siirrä valittua asiaa ylöspäin (tai vedä sitä)</translation>
    </message>
    <message>
        <source>Ctrl+Up</source>
        <translation>Ctrl+Up</translation>
    </message>
    <message>
        <source>Move Down</source>
        <translation>Siirrä alas</translation>
    </message>
    <message>
        <source>Move the selected item down (or drag it)</source>
        <translation>Siirrä valittua asiaa alaspäin (tai vedä sitä)</translation>
    </message>
    <message>
        <source>Ctrl+Down</source>
        <translation>Ctrl+Down</translation>
    </message>
    <message>
        <source>Invitation List…</source>
        <translation>Kutsulista…</translation>
    </message>
    <message>
        <source>Members, officials and others invited</source>
        <translation>Jäsenet, viranhaltijat ja muut kutsutut</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Esityslista</translation>
    </message>
    <message>
        <source>Show the agenda as it will be sent</source>
        <translation>Näytä esityslista sellaisena kuin se lähetetään</translation>
    </message>
    <message>
        <source>Print Agenda…</source>
        <translation>Tulosta esityslista…</translation>
    </message>
    <message>
        <source>Print the agenda</source>
        <translation>Tulosta esityslista</translation>
    </message>
    <message>
        <source>Export Agenda…</source>
        <translation>Vie esityslista…</translation>
    </message>
    <message>
        <source>Save the agenda as PDF/A or as a web page</source>
        <translation>Tallenna esityslista PDF/A-tiedostona tai verkkosivuna</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Pöytäkirja</translation>
    </message>
    <message>
        <source>Show the minutes made from the meeting&apos;s record</source>
        <translation>Näytä kokouksen kirjauksista muodostettu pöytäkirja</translation>
    </message>
    <message>
        <source>Sign Minutes…</source>
        <translation>Allekirjoita pöytäkirja…</translation>
    </message>
    <message>
        <source>Sign the minutes with your certificate</source>
        <translation>Allekirjoita pöytäkirja varmenteellasi</translation>
    </message>
    <message>
        <source>Signed Minutes</source>
        <translation>Allekirjoitettu pöytäkirja</translation>
    </message>
    <message>
        <source>Show the signed minutes and their signatures</source>
        <translation>Näytä allekirjoitettu pöytäkirja ja sen allekirjoitukset</translation>
    </message>
    <message>
        <source>Items in agenda order. Enter opens an item; Ctrl+Up and Ctrl+Down move it.</source>
        <translation>Asiat esityslistan järjestyksessä. Enter avaa asian; Ctrl+Up ja Ctrl+Down siirtävät sitä.</translation>
    </message>
    <message>
        <source>Pykälä</source>
        <translation>Pykälä</translation>
    </message>
    <message>
        <source>There is no meeting with id %1.</source>
        <translation>Kokousta tunnisteella %1 ei ole.</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>–%1</source>
        <translation>–%1</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 · %4</source>
        <translation>%1 · %2 · %3 · %4</translation>
    </message>
    <message>
        <source>Drag items to reorder the agenda, or use Move Up and Move Down.</source>
        <translation>Muuta esityslistan järjestystä vetämällä asioita tai käytä toimintoja Siirrä ylös ja Siirrä alas.</translation>
    </message>
    <message>
        <source>The meeting has been opened: its agenda order is part of the record.</source>
        <translation>Kokous on avattu: esityslistan järjestys on osa kokouksen kirjauksia.</translation>
    </message>
    <message>
        <source>Remove “%1” from the agenda, with its attachments?</source>
        <translation>Poistetaanko ”%1” liitteineen esityslistalta?</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 %2.pdf</source>
        <translation>%1 %2.pdf</translation>
    </message>
    <message>
        <source>Export Agenda</source>
        <translation>Vie esityslista</translation>
    </message>
    <message>
        <source>Agenda %1.pdf</source>
        <translation>Esityslista %1.pdf</translation>
    </message>
    <message>
        <source>PDF/A documents (*.pdf);;Web pages (*.html);;Public web pages, without confidential items (*.html)</source>
        <translation>PDF/A-asiakirjat (*.pdf);;Verkkosivut (*.html);;Julkiset verkkosivut ilman salassa pidettäviä asioita (*.html)</translation>
    </message>
    <message>
        <source>Public web pages</source>
        <translation>Julkiset verkkosivut</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>Tiedostoon %1 ei voitu kirjoittaa: %2</translation>
    </message>
    <message>
        <source>The minutes are not signed.</source>
        <translation>Pöytäkirjaa ei ole allekirjoitettu.</translation>
    </message>
    <message>
        <source>Signed minutes %1</source>
        <translation>Allekirjoitettu pöytäkirja %1</translation>
    </message>
    <message>
        <source>Minutes %1 signed.pdf</source>
        <translation>Pöytäkirja %1 allekirjoitettu.pdf</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Asiakirjat</translation>
    </message>
    <message>
        <source>Run Meeting</source>
        <translation>Pidä kokous</translation>
    </message>
    <message>
        <source>Attendance, proposals, votes and decisions as the meeting goes on</source>
        <translation>Läsnäolo, ehdotukset, äänestykset ja päätökset kokouksen kuluessa</translation>
    </message>
    <message>
        <source>Meeting&apos;s life cycle</source>
        <translation>Kokouksen vaiheet</translation>
    </message>
    <message>
        <source>Copy an earlier item here: one tabled or returned, or any found by its words</source>
        <translation>Kopioi tänne aiempi asia: pöydälle pantu tai palautettu tai mikä tahansa sanoillaan haettu</translation>
    </message>
    <message>
        <source>Convene…</source>
        <translation>Kutsu koolle…</translation>
    </message>
    <message>
        <source>Record the day the invitation went out</source>
        <translation>Merkitse päivä, jona kokouskutsu lähti</translation>
    </message>
    <message>
        <source>Time and Place…</source>
        <translation>Aika ja paikka…</translation>
    </message>
    <message>
        <source>Change the meeting&apos;s time, place or mode before it is held</source>
        <translation>Muuta kokouksen aikaa, paikkaa tai tapaa ennen kokousta</translation>
    </message>
    <message>
        <source>Cancel Meeting…</source>
        <translation>Peru kokous…</translation>
    </message>
    <message>
        <source>Cancel the meeting, with the reason</source>
        <translation>Peru kokous ja kerro syy</translation>
    </message>
    <message>
        <source>Send Invitation…</source>
        <translation>Lähetä kutsu…</translation>
    </message>
    <message>
        <source>Open a message to those invited, with the public agenda, in your mail program</source>
        <translation>Avaa sähköpostiohjelmassa viesti kutsutuille julkinen esityslista liitteenä</translation>
    </message>
    <message>
        <source>Meeting Packages…</source>
        <translation>Kokouspaketit…</translation>
    </message>
    <message>
        <source>Write a meeting package for each member, deputy and official, and the public package</source>
        <translation>Kirjoita kokouspaketti jokaiselle jäsenelle, varajäsenelle ja viranhaltijalle sekä julkinen paketti</translation>
    </message>
    <message>
        <source>Checked and Published…</source>
        <translation>Tarkastus ja julkaisu…</translation>
    </message>
    <message>
        <source>Record the days the minutes were checked and published</source>
        <translation>Merkitse päivät, joina pöytäkirja tarkastettiin ja julkaistiin</translation>
    </message>
    <message>
        <source>Publish…</source>
        <translation>Julkaise…</translation>
    </message>
    <message>
        <source>Write the public version into a folder for the web: the agenda, and the minutes once checked</source>
        <translation>Kirjoita julkinen versio kansioon verkkoa varten: esityslista ja tarkastettu pöytäkirja</translation>
    </message>
    <message>
        <source>Cancelled: %1</source>
        <translation>Peruttu: %1</translation>
    </message>
    <message>
        <source>Convened on %1.</source>
        <translation>Kutsuttu koolle %1.</translation>
    </message>
    <message>
        <source>Minutes checked on %1 and published on %2.</source>
        <translation>Pöytäkirja tarkastettu %1 ja julkaistu %2.</translation>
    </message>
    <message>
        <source>Minutes checked on %1, not yet published.</source>
        <translation>Pöytäkirja tarkastettu %1, ei vielä julkaistu.</translation>
    </message>
    <message>
        <source>Minutes not yet checked.</source>
        <translation>Pöytäkirjaa ei ole vielä tarkastettu.</translation>
    </message>
    <message>
        <source>Select a meeting: this acts on the meeting whose page is shown.</source>
        <translation>Valitse kokous: toiminto koskee kokousta, jonka sivu on näkyvissä.</translation>
    </message>
    <message>
        <source>A cancelled meeting cannot be convened.</source>
        <translation>Peruttua kokousta ei voi kutsua koolle.</translation>
    </message>
    <message>
        <source>The meeting has already been opened.</source>
        <translation>Kokous on jo avattu.</translation>
    </message>
    <message>
        <source>Convened on %1: correct the day the invitation went out</source>
        <translation>Kutsuttu koolle %1: korjaa kutsun lähetyspäivä</translation>
    </message>
    <message>
        <source>A cancelled meeting cannot be moved.</source>
        <translation>Peruttua kokousta ei voi siirtää.</translation>
    </message>
    <message>
        <source>The meeting has been opened: its time and place are in its record.</source>
        <translation>Kokous on avattu: sen aika ja paikka ovat kokouksen tiedoissa.</translation>
    </message>
    <message>
        <source>The meeting is already cancelled.</source>
        <translation>Kokous on jo peruttu.</translation>
    </message>
    <message>
        <source>The meeting has been opened: only a meeting still to be held can be cancelled.</source>
        <translation>Kokous on avattu: vain pitämättömän kokouksen voi perua.</translation>
    </message>
    <message>
        <source>The meeting is cancelled: no invitation goes out.</source>
        <translation>Kokous on peruttu: kutsua ei lähetetä.</translation>
    </message>
    <message>
        <source>The meeting is cancelled: there is no agenda to read.</source>
        <translation>Kokous on peruttu: luettavaa esityslistaa ei ole.</translation>
    </message>
    <message>
        <source>The agenda has no items yet.</source>
        <translation>Esityslistalla ei ole vielä asioita.</translation>
    </message>
    <message>
        <source>A cancelled meeting has no minutes.</source>
        <translation>Perutulla kokouksella ei ole pöytäkirjaa.</translation>
    </message>
    <message>
        <source>The minutes are checked and published after the meeting is closed.</source>
        <translation>Pöytäkirja tarkastetaan ja julkaistaan, kun kokous on päättynyt.</translation>
    </message>
    <message>
        <source>From Template…</source>
        <translation>Mallista…</translation>
    </message>
    <message>
        <source>Add a recurring item from one of the body&apos;s item templates</source>
        <translation>Lisää toistuva asia toimielimen asiamallista</translation>
    </message>
    <message>
        <source>Send each one invited a message with the public agenda through the mail server</source>
        <translation>Lähetä jokaiselle kutsutulle viesti julkisen esityslistan kanssa sähköpostipalvelimen kautta</translation>
    </message>
    <message>
        <source>The mail server is not set up: %1 Set it in Preferences, under E-mail.</source>
        <translation>Sähköpostipalvelinta ei ole määritetty: %1 Määritä se Asetusten kohdassa Sähköposti.</translation>
    </message>
    <message>
        <source>The mail program cannot be opened: xdg-email (package xdg-utils) is not installed. Copy the addresses from the invitation list instead, or send through a mail server (Preferences, E-mail).</source>
        <translation>Sähköpostiohjelmaa ei voi avata: xdg-email (paketti xdg-utils) ei ole asennettu. Kopioi osoitteet kutsulistalta tai lähetä sähköpostipalvelimen kautta (Asetukset, Sähköposti).</translation>
    </message>
</context>
<context>
    <name>MeetingPlanning</name>
    <message>
        <source>There is no body with id %1.</source>
        <translation>Toimielintä, jonka tunniste on %1, ei ole.</translation>
    </message>
    <message>
        <source>A new meeting needs the day it is held.</source>
        <translation>Uudelle kokoukselle tarvitaan kokouspäivä.</translation>
    </message>
</context>
<context>
    <name>MeetingProgress</name>
    <message>
        <source>base proposal</source>
        <translation>pohjaehdotus</translation>
    </message>
    <message>
        <source>counter-proposal</source>
        <translation>vastaehdotus</translation>
    </message>
    <message>
        <source>rejection</source>
        <translation>hylkäys</translation>
    </message>
    <message>
        <source>tabling</source>
        <translation>pöydällepano</translation>
    </message>
    <message>
        <source>return for preparation</source>
        <translation>palautus valmisteluun</translation>
    </message>
    <message>
        <source>adopted as proposed</source>
        <translation>hyväksytty ehdotuksen mukaisesti</translation>
    </message>
    <message>
        <source>adopted as amended</source>
        <translation>hyväksytty muutettuna</translation>
    </message>
    <message>
        <source>adopted per a counter-proposal</source>
        <translation>hyväksytty vastaehdotuksen mukaisesti</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>hylätty</translation>
    </message>
    <message>
        <source>tabled</source>
        <translation>pantu pöydälle</translation>
    </message>
    <message>
        <source>returned for preparation</source>
        <translation>palautettu valmisteluun</translation>
    </message>
    <message>
        <source>noted</source>
        <translation>merkitty tiedoksi</translation>
    </message>
    <message>
        <source>person %1</source>
        <translation>henkilö %1</translation>
    </message>
    <message>
        <source>Continue with the matter</source>
        <translation>Asian käsittelyn jatkaminen</translation>
    </message>
    <message>
        <source>The chair&apos;s proposal</source>
        <translation>Puheenjohtajan ehdotus</translation>
    </message>
    <message>
        <source>The base proposal</source>
        <translation>Pohjaehdotus</translation>
    </message>
    <message>
        <source>%1&apos;s proposal</source>
        <translation>Ehdotus: %1</translation>
    </message>
    <message>
        <source>%1&apos;s proposal to reject</source>
        <translation>Hylkäysehdotus: %1</translation>
    </message>
    <message>
        <source>%1&apos;s proposal to table</source>
        <translation>Pöydällepanoehdotus: %1</translation>
    </message>
    <message>
        <source>%1&apos;s proposal to return</source>
        <translation>Palautusehdotus: %1</translation>
    </message>
    <message>
        <source>elected: %1</source>
        <translation>valitut: %1</translation>
    </message>
    <message>
        <source>election recorded</source>
        <translation>vaali kirjattu</translation>
    </message>
    <message>
        <source>decided: %1</source>
        <translation>päätetty: %1</translation>
    </message>
    <message>
        <source>vote pending</source>
        <translation>äänestys kesken</translation>
    </message>
    <message>
        <source>in handling</source>
        <translation>käsittelyssä</translation>
    </message>
    <message>
        <source>%1 (chair)</source>
        <translation>%1 (puheenjohtaja)</translation>
    </message>
    <message>
        <source>%1 (vice chair)</source>
        <translation>%1 (varapuheenjohtaja)</translation>
    </message>
    <message>
        <source>disqualified</source>
        <translation>esteellinen</translation>
    </message>
    <message>
        <source>votes</source>
        <translation>äänestää</translation>
    </message>
    <message>
        <source>deputy votes</source>
        <translation>varajäsen äänestää</translation>
    </message>
    <message>
        <source>disqualified; deputy votes</source>
        <translation>esteellinen; varajäsen äänestää</translation>
    </message>
    <message>
        <source>seat empty</source>
        <translation>paikka tyhjänä</translation>
    </message>
    <message>
        <source>Attendance: %1</source>
        <translation>Läsnäolo: %1</translation>
    </message>
    <message>
        <source>✔ Quorum: %1 of %2 seats taken, %3 needed. The body has a quorum.</source>
        <translation>✔ Päätösvaltaisuus: %1/%2 paikkaa täytetty, tarvitaan %3. Toimielin on päätösvaltainen.</translation>
    </message>
    <message>
        <source>✖ No quorum: %1 of %2 seats taken, %3 needed. The body cannot decide.</source>
        <translation>✖ Ei päätösvaltainen: %1/%2 paikkaa täytetty, tarvitaan %3. Toimielin ei voi tehdä päätöksiä.</translation>
    </message>
    <message>
        <source>not seconded</source>
        <translation>ei kannatettu</translation>
    </message>
    <message>
        <source>as the agenda, amended: %1</source>
        <translation>esityslistan mukaisesti, muutettuna: %1</translation>
    </message>
    <message>
        <source>as the agenda</source>
        <translation>esityslistan mukaisesti</translation>
    </message>
    <message>
        <source>Round %1 of %2: %3 against %4</source>
        <translation>Äänestys %1/%2: %3 vastaan %4</translation>
    </message>
    <message>
        <source>Procedural vote: %1</source>
        <translation>Menettelyäänestys: %1</translation>
    </message>
    <message>
        <source>Votes are taken once the meeting is opened.</source>
        <translation>Äänestykset käydään, kun kokous on avattu.</translation>
    </message>
    <message>
        <source>An election is recorded with its own votes.</source>
        <translation>Vaali kirjataan omine äänineen.</translation>
    </message>
    <message>
        <source>The item is decided.</source>
        <translation>Asia on päätetty.</translation>
    </message>
    <message>
        <source>No vote is waiting.</source>
        <translation>Äänestystä ei ole odottamassa.</translation>
    </message>
    <message>
        <source>Elected: %1.</source>
        <translation>Valituiksi tulivat: %1.</translation>
    </message>
    <message>
        <source>A lot between %1 put them in the order %2.</source>
        <translation>Arvonta ehdokkaiden %1 kesken määräsi järjestyksen %2.</translation>
    </message>
    <message>
        <source>Outcome: %1.</source>
        <translation>Käsittelyn tulos: %1.</translation>
    </message>
    <message>
        <source>Outcome: %1 – %2.</source>
        <translation>Käsittelyn tulos: %1 – %2.</translation>
    </message>
    <message>
        <source>Lapsed without seconding: %1.</source>
        <translation>Raukesi kannattamattomana: %1.</translation>
    </message>
    <message>
        <source>Votes to come.</source>
        <translation>Äänestyksiä on vielä tulossa.</translation>
    </message>
    <message>
        <source>Dissent: %1.</source>
        <translation>Eriävä mielipide: %1.</translation>
    </message>
    <message>
        <source>Row %1 of the others attending has a role but no name; give the name or clear the row.</source>
        <translation>Muiden saapuvilla olevien rivillä %1 on tehtävä mutta ei nimeä; anna nimi tai tyhjennä rivi.</translation>
    </message>
    <message>
        <source>Nobody present may make a proposal in this item.</source>
        <translation>Kukaan läsnä olevista ei voi tehdä ehdotusta tässä asiassa.</translation>
    </message>
    <message>
        <source>Write the proposal as it was made; the minutes quote it.</source>
        <translation>Kirjoita ehdotus sellaisena kuin se tehtiin; pöytäkirjaan se tulee lainauksena.</translation>
    </message>
    <message>
        <source>Write the text as it was presented; the minutes quote it.</source>
        <translation>Kirjoita teksti sellaisena kuin se esitettiin; pöytäkirjaan se tulee lainauksena.</translation>
    </message>
    <message>
        <source>Nobody present to disqualify.</source>
        <translation>Läsnä ei ole ketään, jonka voisi merkitä esteelliseksi.</translation>
    </message>
    <message>
        <source>Give the ground of the disqualification; the minutes state it.</source>
        <translation>Anna esteellisyyden peruste; se mainitaan pöytäkirjassa.</translation>
    </message>
    <message>
        <source>%1 (temporary chair)</source>
        <translation>%1 (tilapäinen puheenjohtaja)</translation>
    </message>
    <message>
        <source>Presiding: %1</source>
        <translation>Puheenjohtajana: %1</translation>
    </message>
    <message>
        <source>Neither the chair nor a vice chair is ticked present: once the meeting is opened, the body chooses a temporary chair.</source>
        <translation>Puheenjohtajaa tai varapuheenjohtajaa ei ole rastitettu läsnä olevaksi: kun kokous on avattu, toimielin valitsee tilapäisen puheenjohtajan.</translation>
    </message>
    <message>
        <source>No one presided over this item.</source>
        <translation>Kukaan ei johtanut puhetta tässä asiassa.</translation>
    </message>
    <message>
        <source>Neither the chair nor a vice chair can preside over this item: choose a temporary chair.</source>
        <translation>Puheenjohtaja tai varapuheenjohtaja ei voi johtaa puhetta tässä asiassa: valitkaa tilapäinen puheenjohtaja.</translation>
    </message>
    <message>
        <source>This meeting was planned for %1, and today is %2. If you open it now, the minutes will give today as the meeting&apos;s date.</source>
        <translation>Kokous oli suunniteltu pidettäväksi %1, ja tänään on %2. Jos avaat kokouksen nyt, pöytäkirjaan merkitään kokouksen päiväksi tämä päivä.</translation>
    </message>
    <message>
        <source>How someone takes part can change only while the meeting is running.</source>
        <translation>Osallistumistapa voi muuttua vain kokouksen aikana.</translation>
    </message>
    <message>
        <source>%1 is not present; record their arrival instead.</source>
        <translation>%1 ei ole läsnä; merkitse sen sijaan saapuminen.</translation>
    </message>
    <message>
        <source>%1 already takes part by a remote connection.</source>
        <translation>%1 osallistuu jo etäyhteydellä.</translation>
    </message>
    <message>
        <source>%1 is already in the meeting room.</source>
        <translation>%1 on jo kokouspaikalla.</translation>
    </message>
    <message>
        <source>A temporary chair is chosen for an item being handled in the meeting.</source>
        <translation>Tilapäinen puheenjohtaja valitaan kokouksessa käsiteltävänä olevaan asiaan.</translation>
    </message>
    <message>
        <source>%1 presides over this item; the body chooses a temporary chair only when the chair and every vice chair are away or disqualified.</source>
        <translation>%1 johtaa puhetta tässä asiassa; toimielin valitsee tilapäisen puheenjohtajan vain, kun puheenjohtaja ja kaikki varapuheenjohtajat ovat poissa tai esteellisiä.</translation>
    </message>
    <message>
        <source>%1 does not take part in this item and cannot preside over it.</source>
        <translation>%1 ei osallistu tämän asian käsittelyyn eikä voi johtaa siinä puhetta.</translation>
    </message>
    <message>
        <source>Choose the temporary chair among those taking part in this item.</source>
        <translation>Valitse tilapäinen puheenjohtaja tämän asian käsittelyyn osallistuvista.</translation>
    </message>
</context>
<context>
    <name>MeetingRecord</name>
    <message>
        <source>Item %1</source>
        <translation>Asia %1</translation>
    </message>
    <message>
        <source>The file is not valid JSON: %1 at character %2.</source>
        <translation>Tiedosto ei ole kelvollista JSONia: %1 merkin %2 kohdalla.</translation>
    </message>
    <message>
        <source>$.events: the file has no events; write {&quot;events&quot;: [ … ]}.</source>
        <translation>$.events: tiedostossa ei ole tapahtumia; kirjoita {&quot;events&quot;: [ … ]}.</translation>
    </message>
    <message>
        <source>an event is a JSON object.</source>
        <translation>tapahtuma on JSON-olio.</translation>
    </message>
    <message>
        <source>The meeting was closed; %1 comes after it.</source>
        <translation>Kokous on päätetty; %1 tulee sen jälkeen.</translation>
    </message>
    <message>
        <source>The meeting is opened twice (%1).</source>
        <translation>Kokous avataan kahdesti (%1).</translation>
    </message>
    <message>
        <source>Nothing can be recorded before the meeting is opened: %1 comes first.</source>
        <translation>Mitään ei voi kirjata ennen kokouksen avaamista: %1 tulee ensin.</translation>
    </message>
    <message>
        <source>Attendance at the opening is recorded twice (%1); record later changes as arrivals and departures.</source>
        <translation>Läsnäolo avauksessa kirjataan kahdesti (%1); kirjaa myöhemmät muutokset saapumisina ja poistumisina.</translation>
    </message>
    <message>
        <source>%1 is not the personal deputy of %2 (%3).</source>
        <translation>%1 ei ole henkilön %2 henkilökohtainen varajäsen (%3).</translation>
    </message>
    <message>
        <source>%1: proposal &quot;%2&quot; is made twice in item %3.</source>
        <translation>%1: ehdotus &quot;%2&quot; tehdään kahdesti asiassa %3.</translation>
    </message>
    <message>
        <source>%1: item %2 has no proposal &quot;%3&quot; to second.</source>
        <translation>%1: asiassa %2 ei ole kannatettavaa ehdotusta &quot;%3&quot;.</translation>
    </message>
    <message>
        <source>%1: a qualified majority is a fraction such as 2/3.</source>
        <translation>%1: määräenemmistö on murtoluku, kuten 2/3.</translation>
    </message>
    <message>
        <source>%1: &quot;on&quot; names a tabling or return proposal of item %2, and &quot;%3&quot; is none.</source>
        <translation>%1: &quot;on&quot; nimeää asian %2 pöydällepano- tai palautusehdotuksen, eikä &quot;%3&quot; ole sellainen.</translation>
    </message>
    <message>
        <source>%1: %2 declares dissent but did not take part in the decision.</source>
        <translation>%1: %2 jättää eriävän mielipiteen, mutta ei osallistunut päätöksentekoon.</translation>
    </message>
    <message>
        <source>%1: a proportional election needs the demand of %2 present members; %3 demanded it.</source>
        <translation>%1: suhteellinen vaali edellyttää %2 läsnä olevan jäsenen vaatimusta; sitä vaati %3.</translation>
    </message>
    <message>
        <source>%1: the lists have %2 votes, but only %3 members are entitled to vote.</source>
        <translation>%1: listoilla on %2 ääntä, mutta äänioikeutettuja jäseniä on vain %3.</translation>
    </message>
    <message>
        <source>the event names person %1, who is not in the document.</source>
        <translation>tapahtuma mainitsee henkilön %1, jota ei ole asiakirjassa.</translation>
    </message>
    <message>
        <source>Everyone else attending needs a name (%1).</source>
        <translation>Jokaiselle muulle läsnäolijalle on annettava nimi (%1).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a ballot; write JAA, EI, TYHJÄ or POISSA.</source>
        <translation>&quot;%1&quot; ei ole ääni; kirjoita JAA, EI, TYHJÄ tai POISSA.</translation>
    </message>
    <message>
        <source>%1 cannot sit for %2, who is present (%3).</source>
        <translation>%1 ei voi toimia henkilön %2 sijaisena, koska tämä on läsnä (%3).</translation>
    </message>
    <message>
        <source>%1 names item %2; the agenda has items 1 to %3.</source>
        <translation>%1 viittaa asiaan %2; esityslistalla on asiat 1–%3.</translation>
    </message>
    <message>
        <source>%1 comes after item %2 was voted on; proposals and secondings come before the vote.</source>
        <translation>%1 tulee asian %2 äänestyksen jälkeen; ehdotukset ja kannatukset tehdään ennen äänestystä.</translation>
    </message>
    <message>
        <source>%1: %2 declares dissent twice in item %3.</source>
        <translation>%1: %2 jättää eriävän mielipiteen kahdesti asiassa %3.</translation>
    </message>
    <message>
        <source>%1: an election item has candidates and votes of its own, not proposals or votes on proposals.</source>
        <translation>%1: vaaliasiassa on omat ehdokkaat ja äänet, ei ehdotuksia eikä äänestyksiä niistä.</translation>
    </message>
    <message>
        <source>%1: %2 members demanded a proportional election, but only %3 are present.</source>
        <translation>%1: suhteellista vaalia vaati %2 jäsentä, mutta läsnä on vain %3.</translation>
    </message>
    <message>
        <source>%1: %2 voted for the decision and cannot dissent from it.</source>
        <translation>%1: %2 äänesti päätöksen puolesta eikä voi jättää siitä eriävää mielipidettä.</translation>
    </message>
    <message>
        <source>The minute-checkers are selected twice (%1).</source>
        <translation>Pöytäkirjantarkastajat valitaan kahdesti (%1).</translation>
    </message>
    <message>
        <source>%1 names no one; the body selects (usually two) minute-checkers.</source>
        <translation>%1 ei nimeä ketään; toimielin valitsee (yleensä kaksi) pöytäkirjantarkastajaa.</translation>
    </message>
    <message>
        <source>%1 names %2 twice.</source>
        <translation>%1 nimeää henkilön %2 kahdesti.</translation>
    </message>
    <message>
        <source>%1 is selected as a minute-checker but did not attend the meeting.</source>
        <translation>%1 on valittu pöytäkirjantarkastajaksi, mutta ei ollut kokouksessa läsnä.</translation>
    </message>
    <message>
        <source>The meeting closes %1, before it was opened %2 (%3); write the closing&apos;s date when it is not the day the meeting opened.</source>
        <translation>Kokous päättyy %1, ennen kuin se avattiin %2 (%3); kirjoita päättymisen päivämäärä, kun se ei ole kokouksen avaamispäivä.</translation>
    </message>
    <message>
        <source>Item %1: %2 takes part in this item and presides over it; the body chooses a temporary chair only when the chair and every vice chair are away or disqualified.</source>
        <translation>Asia %1: %2 osallistuu tämän asian käsittelyyn ja johtaa siinä puhetta; toimielin valitsee tilapäisen puheenjohtajan vain, kun puheenjohtaja ja kaikki varapuheenjohtajat ovat poissa tai esteellisiä.</translation>
    </message>
    <message>
        <source>Item %1: %2 is chosen to preside but is not present and entitled to take part in this item.</source>
        <translation>Asia %1: %2 valitaan johtamaan puhetta, mutta hän ei ole läsnä ja oikeutettu osallistumaan tämän asian käsittelyyn.</translation>
    </message>
    <message>
        <source>%1: %2 was chosen to preside over item %3 and still takes part in it.</source>
        <translation>%1: %2 valittiin johtamaan puhetta asiassa %3 ja osallistuu edelleen sen käsittelyyn.</translation>
    </message>
    <message>
        <source>%1 withdraws event %2, which is not an earlier event of the meeting&apos;s record.</source>
        <translation>%1 peruu kirjauksen %2, joka ei ole kokouksen pöytäkirjanpidon aiempi kirjaus.</translation>
    </message>
    <message>
        <source>%1: event %2 (%3) cannot be withdrawn; only what happened during the meeting can.</source>
        <translation>%1: kirjausta %2 (%3) ei voi perua; vain kokouksen kuluessa tapahtuneen voi perua.</translation>
    </message>
    <message>
        <source>%1: event %2 (%3) is withdrawn already.</source>
        <translation>%1: kirjaus %2 (%3) on jo peruttu.</translation>
    </message>
    <message>
        <source>%1 says no reason; a withdrawal says why.</source>
        <translation>%1 ei kerro syytä; perumisesta kerrotaan syy.</translation>
    </message>
    <message>
        <source>The record has no event %1; its events are 1 to %2.</source>
        <translation>Kirjausta %1 ei ole; kirjaukset ovat 1–%2.</translation>
    </message>
    <message>
        <source>Event %1 is withdrawn already.</source>
        <translation>Kirjaus %1 on jo peruttu.</translation>
    </message>
</context>
<context>
    <name>MeetingRecord::Parser</name>
    <message>
        <source>&quot;%1&quot; is not an event type; the types are %2.</source>
        <translation>&quot;%1&quot; ei ole tapahtumatyyppi; tyypit ovat %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a ballot; write JAA, EI, TYHJÄ or POISSA.</source>
        <translation>&quot;%1&quot; ei ole ääni; kirjoita JAA, EI, TYHJÄ tai POISSA.</translation>
    </message>
    <message>
        <source>the meeting&apos;s agenda has items 1 to %1.</source>
        <translation>kokouksen esityslistalla on asiat 1–%1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a clock time such as 16:05.</source>
        <translation>&quot;%1&quot; ei ole kellonaika, kuten 16:05.</translation>
    </message>
    <message>
        <source>is missing; a %1 event needs it.</source>
        <translation>puuttuu; %1-tapahtuma tarvitsee sen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a kind of proposal; the kinds are %2.</source>
        <translation>&quot;%1&quot; ei ole ehdotuksen laji; lajit ovat %2.</translation>
    </message>
    <message>
        <source>a vote needs either &quot;ballots&quot; (a roll call) or the counts &quot;yes&quot;, &quot;no&quot; and &quot;blank&quot;.</source>
        <translation>äänestykseen tarvitaan joko &quot;ballots&quot; (nimenhuuto) tai äänimäärät &quot;yes&quot;, &quot;no&quot; ja &quot;blank&quot;.</translation>
    </message>
    <message>
        <source>an election is &quot;majority&quot; or &quot;proportional&quot;.</source>
        <translation>vaali on &quot;majority&quot; tai &quot;proportional&quot;.</translation>
    </message>
    <message>
        <source>person %1 is not a member or deputy of the body.</source>
        <translation>henkilö %1 ei ole toimielimen jäsen eikä varajäsen.</translation>
    </message>
    <message>
        <source>no member or deputy of the body is called &quot;%1&quot;.</source>
        <translation>toimielimessä ei ole jäsentä tai varajäsentä nimeltä &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; names more than one person; give the person&apos;s id.</source>
        <translation>&quot;%1&quot; viittaa useampaan henkilöön; anna henkilön tunniste.</translation>
    </message>
    <message>
        <source>%1 has two ballots in this vote.</source>
        <translation>Henkilöllä %1 on kaksi ääntä tässä äänestyksessä.</translation>
    </message>
    <message>
        <source>is a list of persons.</source>
        <translation>on luettelo henkilöistä.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date and time such as 2026-12-14T16:05 (or a clock time such as 16:05 on the planned day).</source>
        <translation>&quot;%1&quot; ei ole päivämäärä ja kellonaika, kuten 2026-12-14T16:05 (tai suunnitellun päivän kellonaika, kuten 16:05).</translation>
    </message>
    <message>
        <source>is true (by a remote connection) or false (in the meeting room).</source>
        <translation>on true (etäyhteydellä) tai false (kokouspaikalla).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a ballot; write JAA, EI or TYHJÄ.</source>
        <translation>&quot;%1&quot; ei ole ääni; kirjoita JAA, EI tai TYHJÄ.</translation>
    </message>
    <message>
        <source>an event of type %1 has no such field; its fields are %2.</source>
        <translation>tyypin %1 tapahtumassa ei ole tällaista kenttää; sen kentät ovat %2.</translation>
    </message>
    <message>
        <source>is an object.</source>
        <translation>on objekti.</translation>
    </message>
    <message>
        <source>has no such field; the fields are %1.</source>
        <translation>tällaista kenttää ei ole; kentät ovat %1.</translation>
    </message>
    <message>
        <source>is the number of the event withdrawn, counted from 1 in the meeting&apos;s record.</source>
        <translation>on perutun kirjauksen numero kokouksen kirjauksissa ykkösestä lukien.</translation>
    </message>
    <message>
        <source>says why the event is withdrawn.</source>
        <translation>kertoo, miksi kirjaus perutaan.</translation>
    </message>
</context>
<context>
    <name>MeetingSession</name>
    <message>
        <source>The meeting&apos;s body is not in the store.</source>
        <translation>Kokouksen toimielintä ei ole varastossa.</translation>
    </message>
    <message>
        <source>The body has no members on %1; record its memberships first.</source>
        <translation>Toimielimellä ei ole jäseniä %1; kirjaa ensin jäsenyydet.</translation>
    </message>
    <message>
        <source>Item %1 has no outcome to write down yet.</source>
        <translation>Asialla %1 ei ole vielä kirjattavaa lopputulosta.</translation>
    </message>
    <message>
        <source>Item %1: no one presides over it, because the chair and every vice chair are away or disqualified; record the temporary chair the body chose first.</source>
        <translation>Asia %1: kukaan ei johda siinä puhetta, koska puheenjohtaja ja kaikki varapuheenjohtajat ovat poissa tai esteellisiä; merkitse ensin toimielimen valitsema tilapäinen puheenjohtaja.</translation>
    </message>
    <message>
        <source>event %1 (%2)</source>
        <translation>kirjaus %1 (%2)</translation>
    </message>
    <message>
        <source>Event %1 (%2) cannot be withdrawn while later events depend on it: %3. Withdraw those first, the last one first.</source>
        <translation>Kirjausta %1 (%2) ei voi perua, koska myöhemmät kirjaukset riippuvat siitä: %3. Peru ne ensin, viimeisin ensin.</translation>
    </message>
</context>
<context>
    <name>MemberCsv</name>
    <message>
        <source>the body</source>
        <translation>toimielin</translation>
    </message>
    <message>
        <source>the given name</source>
        <translation>etunimi</translation>
    </message>
    <message>
        <source>the family name</source>
        <translation>sukunimi</translation>
    </message>
    <message>
        <source>the role</source>
        <translation>rooli</translation>
    </message>
    <message>
        <source>the member a deputy stands in for</source>
        <translation>jäsen, jonka varajäsen henkilö on</translation>
    </message>
    <message>
        <source>the day the membership starts</source>
        <translation>jäsenyyden alkamispäivä</translation>
    </message>
    <message>
        <source>the day the membership ends</source>
        <translation>jäsenyyden päättymispäivä</translation>
    </message>
    <message>
        <source>the e-mail address</source>
        <translation>sähköpostiosoite</translation>
    </message>
    <message>
        <source>the phone number</source>
        <translation>puhelinnumero</translation>
    </message>
    <message>
        <source>the title or occupation</source>
        <translation>arvo tai ammatti</translation>
    </message>
    <message>
        <source>%1 is not a date; write it as 1.6.2025 or 2025-06-01.</source>
        <translation>%1 ei ole päivämäärä; kirjoita se muodossa 1.6.2025 tai 2025-06-01.</translation>
    </message>
    <message>
        <source>%1 is not a day of the calendar.</source>
        <translation>%1 ei ole kalenterin päivä.</translation>
    </message>
    <message>
        <source>%1 is not a year of a membership; check the date.</source>
        <translation>%1 ei ole jäsenyyden vuosi; tarkista päivämäärä.</translation>
    </message>
    <message>
        <source>The import was cancelled.</source>
        <translation>Tuonti keskeytettiin.</translation>
    </message>
    <message>
        <source>the given name is empty.</source>
        <translation>etunimi puuttuu.</translation>
    </message>
    <message>
        <source>the family name is empty.</source>
        <translation>sukunimi puuttuu.</translation>
    </message>
    <message>
        <source>%1 is not an e-mail address.</source>
        <translation>%1 ei ole sähköpostiosoite.</translation>
    </message>
    <message>
        <source>the role is empty; write jäsen, varajäsen, puheenjohtaja, varapuheenjohtaja, sihteeri or esittelijä.</source>
        <translation>rooli puuttuu; kirjoita jäsen, varajäsen, puheenjohtaja, varapuheenjohtaja, sihteeri tai esittelijä.</translation>
    </message>
    <message>
        <source>%1 is not a role; the roles are puheenjohtaja, varapuheenjohtaja, jäsen, varajäsen, sihteeri and esittelijä (or the same in Swedish or English).</source>
        <translation>%1 ei ole rooli; roolit ovat puheenjohtaja, varapuheenjohtaja, jäsen, varajäsen, sihteeri ja esittelijä (tai samat ruotsiksi tai englanniksi).</translation>
    </message>
    <message>
        <source>the day the membership starts is empty; write it as 1.6.2025 or 2025-06-01.</source>
        <translation>jäsenyyden alkamispäivä puuttuu; kirjoita se muodossa 1.6.2025 tai 2025-06-01.</translation>
    </message>
    <message>
        <source>the membership would end (%1) before it starts (%2).</source>
        <translation>jäsenyys päättyisi (%1) ennen kuin se alkaa (%2).</translation>
    </message>
    <message>
        <source>a deputy (%1) must name the member they stand in for.</source>
        <translation>varajäsenelle (rooli %1) on nimettävä jäsen, jonka varajäsen hän on.</translation>
    </message>
    <message>
        <source>a deputy must name the member they stand in for, but the file has no column for it (%1).</source>
        <translation>varajäsenelle on nimettävä jäsen, jonka varajäsen hän on, mutta tiedostossa ei ole sille saraketta (%1).</translation>
    </message>
    <message>
        <source>only a deputy (varajäsen) names a member they stand in for; this row&apos;s role is %1.</source>
        <translation>vain varajäsenelle nimetään jäsen, jonka varajäsen hän on; tämän rivin rooli on %1.</translation>
    </message>
    <message>
        <source>the body is empty; write its short name, such as KH, or its name.</source>
        <translation>toimielin puuttuu; kirjoita sen lyhenne, kuten KH, tai sen nimi.</translation>
    </message>
    <message>
        <source>%1 names %2 bodies (%3); write the short name of the one meant.</source>
        <translation>%1 vastaa %2 toimielintä (%3); kirjoita tarkoitetun toimielimen lyhenne.</translation>
    </message>
    <message>
        <source>there is no body %1: the store has no bodies yet. Add the body first.</source>
        <translation>toimielintä %1 ei ole: varastossa ei ole vielä toimielimiä. Lisää toimielin ensin.</translation>
    </message>
    <message>
        <source>there is no body %1 in the store; the bodies are %2.</source>
        <translation>varastossa ei ole toimielintä %1; toimielimet ovat %2.</translation>
    </message>
    <message>
        <source>row %1</source>
        <translation>rivi %1</translation>
    </message>
    <message>
        <source>the file names %1 persons called %2, with different e-mail addresses: %3. Give this row&apos;s e-mail address to say which one is meant.</source>
        <translation>tiedostossa on %1 henkilöä nimeltä %2 eri sähköpostiosoittein: %3. Anna tämän rivin sähköpostiosoite, niin tiedetään, kumpaa tarkoitetaan.</translation>
    </message>
    <message>
        <source>row %1 gives %2 for %3; a person has one title and one phone number: write the same on each row, or leave the cell empty.</source>
        <translation>rivillä %1 henkilölle %3 on annettu %2; henkilöllä on yksi arvo tai ammatti ja yksi puhelinnumero: kirjoita sama jokaiselle riville tai jätä solu tyhjäksi.</translation>
    </message>
    <message>
        <source>no e-mail address</source>
        <translation>ei sähköpostiosoitetta</translation>
    </message>
    <message>
        <source>the store has %1 persons called %2 (%3), and the row does not say which one is meant; give the e-mail address the store has for them.</source>
        <translation>varastossa on %1 henkilöä nimeltä %2 (%3), eikä rivi kerro, ketä tarkoitetaan; anna sähköpostiosoite, joka hänellä on varastossa.</translation>
    </message>
    <message>
        <source>this %1 and the one on row %2 have different e-mail addresses, but both would be the store&apos;s %1, who has none; give the store&apos;s person an e-mail address first, or correct the file.</source>
        <translation>tällä ja rivin %2 henkilöllä %1 on eri sähköpostiosoitteet, mutta molemmat olisivat varaston %1, jolla ei ole sähköpostiosoitetta; anna varaston henkilölle ensin sähköpostiosoite tai korjaa tiedosto.</translation>
    </message>
    <message>
        <source>%1 is not a member of %2 in this file or in the store; a personal deputy stands in for a member, the chair or a vice chair of the same body.</source>
        <translation>%1 ei ole toimielimen %2 jäsen tässä tiedostossa eikä varastossa; henkilökohtainen varajäsen on saman toimielimen jäsenen, puheenjohtajan tai varapuheenjohtajan varajäsen.</translation>
    </message>
    <message>
        <source>%1 names %2 members of %3; write the e-mail address of the one meant instead.</source>
        <translation>%1 vastaa toimielimen %3 %2 jäsentä; kirjoita sen sijaan tarkoitetun jäsenen sähköpostiosoite.</translation>
    </message>
    <message>
        <source>a person cannot be their own deputy.</source>
        <translation>henkilö ei voi olla oma varajäsenensä.</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>%1 alkaen</translation>
    </message>
    <message>
        <source>repeats row %1: the same person, body, role and first day.</source>
        <translation>toistaa rivin %1: sama henkilö, toimielin, rooli ja alkamispäivä.</translation>
    </message>
    <message>
        <source>ending %1</source>
        <translation>päättyen %1</translation>
    </message>
    <message>
        <source>with no end</source>
        <translation>ilman päättymispäivää</translation>
    </message>
    <message>
        <source>standing in for %1</source>
        <translation>varajäsenenä henkilölle %1</translation>
    </message>
    <message>
        <source>the store already has this membership (from %1), %2. An import adds memberships but changes none: make the row say the same, or change the membership in Pykälä first.</source>
        <translation>varastossa on jo tämä jäsenyys (%1 alkaen), %2. Tuonti lisää jäsenyyksiä mutta ei muuta niitä: kirjoita riville samat tiedot tai muuta jäsenyys ensin Pykälässä.</translation>
    </message>
    <message>
        <source>The file is larger than %1 bytes, the most that is read; a list of members is far smaller. Is this the right file?</source>
        <translation>Tiedosto on suurempi kuin %1 tavua, joka on enin mitä luetaan; jäsenluettelo on paljon pienempi. Onko tämä oikea tiedosto?</translation>
    </message>
    <message>
        <source>%1 does not hold a seat in %2 for the whole of this deputy&apos;s membership (%3), and a personal deputy&apos;s membership lies within the member&apos;s; check the dates.</source>
        <translation>%1 ei ole toimielimen %2 jäsen koko tämän varajäsenen jäsenyyden ajan (%3), ja henkilökohtaisen varajäsenen jäsenyys on jäsenen jäsenyyden sisällä; tarkista päivämäärät.</translation>
    </message>
    <message>
        <source>The file is empty: it has no header row and no members.</source>
        <translation>Tiedosto on tyhjä: siinä ei ole otsikkoriviä eikä jäseniä.</translation>
    </message>
    <message>
        <source>The file has a header row but no members below it.</source>
        <translation>Tiedostossa on otsikkorivi mutta sen alla ei ole jäseniä.</translation>
    </message>
    <message>
        <source>The file has more than %1 rows of members; at most %1 are read at once. Split it into several files, one for each body for example.</source>
        <translation>Tiedostossa on yli %1 jäsenriviä; kerralla luetaan enintään %1. Jaa se useaan tiedostoon, esimerkiksi yksi kullekin toimielimelle.</translation>
    </message>
    <message>
        <source>the header row has more than %1 columns; a list of members has at most %1. Is this the right file?</source>
        <translation>otsikkorivillä on yli %1 saraketta; jäsenluettelossa on enintään %1. Onko tämä oikea tiedosto?</translation>
    </message>
    <message>
        <source>the row has more than %1 cells; a list of members has at most %1 columns. Is this the right file?</source>
        <translation>rivillä on yli %1 solua; jäsenluettelossa on enintään %1 saraketta. Onko tämä oikea tiedosto?</translation>
    </message>
    <message>
        <source>the first row is not a header row: none of its cells names a column of a list of members (%1, or the same in Swedish or English). Add a header row above the members.</source>
        <translation>ensimmäinen rivi ei ole otsikkorivi: mikään sen soluista ei nimeä jäsenluettelon saraketta (%1 tai samat ruotsiksi tai englanniksi). Lisää otsikkorivi jäsenten yläpuolelle.</translation>
    </message>
</context>
<context>
    <name>MemberImportDialog</name>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Selaa…</translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation>&amp;Tarkista</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Tuo</translation>
    </message>
    <message>
        <source>C&amp;opy Problems</source>
        <translation>&amp;Kopioi ongelmat</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sulje</translation>
    </message>
    <message>
        <source>Import Members</source>
        <translation>Tuo jäsenet</translation>
    </message>
    <message>
        <source>Members of bodies from a spreadsheet saved as CSV, one row per membership. The header row names the columns, e.g. Toimielin; Etunimi; Sukunimi; Rooli; Varajäsen kenelle; Alkaen; Päättyen; Sähköposti (Swedish and English names work too). The file is checked first and nothing is written until you press Import; then all of it is imported, or nothing.</source>
        <translation>Toimielinten jäsenet CSV-muotoon tallennetusta laskentataulukosta, rivi jäsenyyttä kohden. Otsikkorivi nimeää sarakkeet, esim. Toimielin; Etunimi; Sukunimi; Rooli; Varajäsen kenelle; Alkaen; Päättyen; Sähköposti (ruotsin- ja englanninkieliset nimet käyvät myös). Tiedosto tarkistetaan ensin, eikä mitään kirjoiteta ennen kuin painat Tuo; silloin tuodaan kaikki tai ei mitään.</translation>
    </message>
    <message>
        <source>the CSV file, e.g. jasenet.csv</source>
        <translation>CSV-tiedosto, esim. jasenet.csv</translation>
    </message>
    <message>
        <source>Choose the CSV file; it is checked at once</source>
        <translation>Valitse CSV-tiedosto; se tarkistetaan heti</translation>
    </message>
    <message>
        <source>Reads the file again and checks every row against the store, writing nothing</source>
        <translation>Lukee tiedoston uudelleen ja tarkistaa jokaisen rivin varastoa vasten kirjoittamatta mitään</translation>
    </message>
    <message>
        <source>Adds the persons and memberships checked, in one transaction</source>
        <translation>Lisää tarkistetut henkilöt ja jäsenyydet yhtenä kokonaisuutena</translation>
    </message>
    <message>
        <source>Copies every problem, a line each, to paste into an e-mail or a note</source>
        <translation>Kopioi kaikki ongelmat, kunkin omalle rivilleen, liitettäväksi sähköpostiin tai muistioon</translation>
    </message>
    <message>
        <source>Result of the check</source>
        <translation>Tarkistuksen tulos</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Rivi</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Sarake</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Ongelma</translation>
    </message>
    <message>
        <source>Problems of the file</source>
        <translation>Tiedoston ongelmat</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopioi</translation>
    </message>
    <message>
        <source>Persons in the file</source>
        <translation>Tiedoston henkilöt</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Tiedosto:</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV-tiedostot (*.csv *.txt);;Kaikki tiedostot (*)</translation>
    </message>
    <message>
        <source>Choose the CSV file first.</source>
        <translation>Valitse ensin CSV-tiedosto.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>Tiedostoa %1 ei voi lukea: %2</translation>
    </message>
    <message>
        <source>Checking the file…</source>
        <translation>Tarkistetaan tiedostoa…</translation>
    </message>
    <message>
        <source>Importing the members…</source>
        <translation>Tuodaan jäseniä…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Peru</translation>
    </message>
    <message>
        <source>Checking row %1 of %2…</source>
        <translation>Tarkistetaan riviä %1/%2…</translation>
    </message>
    <message>
        <source>Writing %1 of %2…</source>
        <translation>Kirjoitetaan %1/%2…</translation>
    </message>
    <message>
        <source>Put them right in the spreadsheet, save it as CSV again and check it again.</source>
        <translation>Korjaa ne laskentataulukossa, tallenna se uudelleen CSV-muotoon ja tarkista uudelleen.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>tiedosto</translation>
    </message>
    <message>
        <source>header</source>
        <translation>otsikko</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more problem(s)</source>
        <translation>
            <numerusform>… ja %n muu ongelma</numerusform>
            <numerusform>… ja %n muuta ongelmaa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) of members read (%1, separated by &quot;%2&quot;).</source>
        <translation>
            <numerusform>Luettiin %n jäsenrivi (%1, erottimena &quot;%2&quot;).</numerusform>
            <numerusform>Luettiin %n jäsenriviä (%1, erottimena &quot;%2&quot;).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported: %n new person(s),</source>
        <translation>
            <numerusform>Tuotiin: %n uusi henkilö,</numerusform>
            <numerusform>Tuotiin: %n uutta henkilöä,</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n membership(s) added;</source>
        <translation>
            <numerusform>%n jäsenyys lisättiin;</numerusform>
            <numerusform>%n jäsenyyttä lisättiin;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>An import adds %n new person(s)</source>
        <translation>
            <numerusform>Tuonti lisää %n uuden henkilön</numerusform>
            <numerusform>Tuonti lisää %n uutta henkilöä</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n membership(s);</source>
        <translation>
            <numerusform>ja %n jäsenyyden;</numerusform>
            <numerusform>ja %n jäsenyyttä;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) of the file are already in the store,</source>
        <translation>
            <numerusform>tiedoston henkilöistä %n on jo varastossa,</numerusform>
            <numerusform>tiedoston henkilöistä %n on jo varastossa,</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n membership(s) already there are passed over.</source>
        <translation>
            <numerusform>%n jo olemassa oleva jäsenyys ohitetaan.</numerusform>
            <numerusform>%n jo olemassa olevaa jäsenyyttä ohitetaan.</numerusform>
        </translation>
    </message>
    <message>
        <source>All of it was written in one transaction.</source>
        <translation>Kaikki kirjoitettiin yhtenä kokonaisuutena.</translation>
    </message>
    <message>
        <source>Nothing has been written yet: press Import to add them.</source>
        <translation>Mitään ei ole vielä kirjoitettu: lisää ne painamalla Tuo.</translation>
    </message>
    <message>
        <source>added: %1</source>
        <translation>lisätty: %1</translation>
    </message>
    <message>
        <source>new: %1</source>
        <translation>uusi: %1</translation>
    </message>
    <message>
        <source>already in the store: %1</source>
        <translation>jo varastossa: %1</translation>
    </message>
</context>
<context>
    <name>MembershipChanges</name>
    <message>
        <source>Give the successor&apos;s first day.</source>
        <translation>Anna seuraajan ensimmäinen päivä.</translation>
    </message>
    <message>
        <source>There is no membership with id %1.</source>
        <translation>Jäsenyyttä tunnisteella %1 ei ole.</translation>
    </message>
    <message>
        <source>Choose the successor.</source>
        <translation>Valitse seuraaja.</translation>
    </message>
    <message>
        <source>The successor is the person leaving; choose someone else.</source>
        <translation>Seuraaja on sama henkilö, joka eroaa; valitse joku muu.</translation>
    </message>
    <message>
        <source>The membership does not run on both %1 and %2; a successor takes over a membership in force.</source>
        <translation>Jäsenyys ei ole voimassa sekä %1 että %2; seuraaja jatkaa voimassa olevaa jäsenyyttä.</translation>
    </message>
    <message>
        <source>Give the last day of the term.</source>
        <translation>Anna toimikauden viimeinen päivä.</translation>
    </message>
</context>
<context>
    <name>MembershipDialog</name>
    <message>
        <source>Add Member – %1</source>
        <translation>Lisää jäsen – %1</translation>
    </message>
    <message>
        <source>Add Official – %1</source>
        <translation>Lisää viranhaltija – %1</translation>
    </message>
    <message>
        <source>Edit Membership – %1</source>
        <translation>Muokkaa jäsenyyttä – %1</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Henkilö</translation>
    </message>
    <message>
        <source>The member whose personal deputy this is.</source>
        <translation>Jäsen, jonka henkilökohtainen varajäsen tämä on.</translation>
    </message>
    <message>
        <source>Personal deputy</source>
        <translation>Henkilökohtainen varajäsen</translation>
    </message>
    <message>
        <source>Adds the member&apos;s personal deputy for the same period, if one was elected.</source>
        <translation>Lisää jäsenen henkilökohtaisen varajäsenen samaksi ajaksi, jos sellainen valittiin.</translation>
    </message>
    <message>
        <source>&amp;Ends on</source>
        <translation>&amp;Päättyy</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Viimeinen päivä</translation>
    </message>
    <message>
        <source>&amp;Person:</source>
        <translation>&amp;Henkilö:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rooli:</translation>
    </message>
    <message>
        <source>&amp;Deputy for:</source>
        <translation>&amp;Kenen varajäsen:</translation>
    </message>
    <message>
        <source>Personal &amp;deputy:</source>
        <translation>Henkilökohtainen &amp;varajäsen:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Alkaen:</translation>
    </message>
    <message>
        <source>The presenter (esittelijä) makes the base proposals; the secretary keeps the minutes. Both are listed in the invitation and the minutes.</source>
        <translation>Esittelijä tekee pohjaehdotukset; pöytäkirjanpitäjä pitää pöytäkirjaa. Molemmat mainitaan kokouskutsussa ja pöytäkirjassa.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Tallenna</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Lisää</translation>
    </message>
    <message>
        <source>Choose the person, or add a new one with New Person….</source>
        <translation>Valitse henkilö tai lisää uusi painikkeella Uusi henkilö….</translation>
    </message>
    <message>
        <source>Choose the member this deputy stands in for; the body has no member in this period yet.</source>
        <translation>Valitse jäsen, jonka varajäsen tämä on; toimielimellä ei vielä ole jäsentä tällä ajalla.</translation>
    </message>
</context>
<context>
    <name>MinutesDaysDialog</name>
    <message>
        <source>Minutes &amp;checked on:</source>
        <translation>Pöytäkirja &amp;tarkastettu:</translation>
    </message>
    <message>
        <source>Day the minutes were checked</source>
        <translation>Pöytäkirjan tarkastuspäivä</translation>
    </message>
    <message>
        <source>Minutes &amp;published on:</source>
        <translation>Pöytäkirja &amp;julkaistu:</translation>
    </message>
    <message>
        <source>Day the minutes were published</source>
        <translation>Pöytäkirjan julkaisupäivä</translation>
    </message>
    <message>
        <source>Minutes of %1</source>
        <translation>Pöytäkirja %1</translation>
    </message>
    <message>
        <source>The minute-checkers check the minutes after the meeting; the checked minutes are then published in the public data network. The appeal periods run from publication.</source>
        <translation>Pöytäkirjantarkastajat tarkastavat pöytäkirjan kokouksen jälkeen; tarkastettu pöytäkirja julkaistaan sitten yleisessä tietoverkossa. Muutoksenhakuajat lasketaan julkaisusta.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Tallenna</translation>
    </message>
</context>
<context>
    <name>NavigatorModel</name>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>§ %1 %2</source>
        <translation>§ %1 %2</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Cancelled: %1</source>
        <translation>Peruttu: %1</translation>
    </message>
</context>
<context>
    <name>NewMeetingDialog</name>
    <message>
        <source>New Meeting</source>
        <translation>Uusi kokous</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Toimielin</translation>
    </message>
    <message>
        <source>Meeting number</source>
        <translation>Kokouksen numero</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Alkamisaika</translation>
    </message>
    <message>
        <source>Planned end</source>
        <translation>Suunniteltu päättymisaika</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Paikka</translation>
    </message>
    <message>
        <source>e.g. Council chamber, Town hall</source>
        <translation>esim. valtuustosali, kaupungintalo</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Kokousmuoto</translation>
    </message>
    <message>
        <source>&amp;Body:</source>
        <translation>&amp;Toimielin:</translation>
    </message>
    <message>
        <source>&amp;Number:</source>
        <translation>&amp;Numero:</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation>&amp;Alkamisaika:</translation>
    </message>
    <message>
        <source>Planned &amp;end:</source>
        <translation>Suunniteltu p&amp;äättymisaika:</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Paikka:</translation>
    </message>
    <message>
        <source>&amp;Mode:</source>
        <translation>&amp;Kokousmuoto:</translation>
    </message>
    <message>
        <source>Create Meeting</source>
        <translation>Luo kokous</translation>
    </message>
    <message>
        <source>Add a body first: a meeting belongs to a body.</source>
        <translation>Lisää ensin toimielin: kokous kuuluu aina toimielimelle.</translation>
    </message>
    <message>
        <source>Give the meeting&apos;s place; the invitation and the minutes name it.</source>
        <translation>Anna kokouspaikka; se mainitaan kokouskutsussa ja pöytäkirjassa.</translation>
    </message>
    <message>
        <source>Put the standard &amp;opening items on the agenda</source>
        <translation>Lisää esityslistalle vakiomuotoiset &amp;avausasiat</translation>
    </message>
    <message>
        <source>Opening of the meeting, legality and quorum, the minute-checkers and the approval of the agenda, in the body&apos;s document language.</source>
        <translation>Kokouksen avaus, laillisuus ja päätösvaltaisuus, pöytäkirjantarkastajien valinta ja esityslistan hyväksyminen toimielimen asiakirjakielellä.</translation>
    </message>
</context>
<context>
    <name>NextHandling</name>
    <message>
        <source>There is no agenda item with id %1.</source>
        <translation>Asiakohtaa tunnisteella %1 ei ole.</translation>
    </message>
    <message>
        <source>There is no meeting with id %1.</source>
        <translation>Kokousta tunnisteella %1 ei ole.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not decided yet: its meeting has not been held and closed. Send an item on once its body has decided it.</source>
        <translation>Asiaa &quot;%1&quot; ei ole vielä päätetty: sen kokousta ei ole pidetty ja päätetty. Lähetä asia eteenpäin vasta, kun toimielin on tehnyt siinä päätöksen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no decision written: there is nothing to propose to the next body.</source>
        <translation>Asiaan &quot;%1&quot; ei ole kirjoitettu päätöstä: seuraavalle toimielimelle ei ole mitään ehdotettavaa.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already on that meeting&apos;s agenda.</source>
        <translation>Asia &quot;%1&quot; on jo kyseisen kokouksen esityslistalla.</translation>
    </message>
    <message>
        <source>The meeting chosen has been held or cancelled: send &quot;%1&quot; to a meeting to come.</source>
        <translation>Valittu kokous on jo pidetty tai peruttu: lähetä asia &quot;%1&quot; tulevaan kokoukseen.</translation>
    </message>
    <message>
        <source>The meeting chosen is before the one that decided &quot;%1&quot;: a case goes on to a later meeting.</source>
        <translation>Valittu kokous on ennen kokousta, jossa asia &quot;%1&quot; päätettiin: asia siirtyy aina myöhempään kokoukseen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; belongs to no case and has no task class to open one by. Give the item its case first.</source>
        <translation>Asiakohta &quot;%1&quot; ei kuulu mihinkään asiaan, eikä sillä ole tehtäväluokkaa, jolla asian voisi avata. Liitä asiakohta ensin asiaan.</translation>
    </message>
</context>
<context>
    <name>Nss</name>
    <message>
        <source>There is no NSS certificate database in %1. Make one with &apos;certutil -N -d sql:%1&apos; and import certificates with &apos;pk12util -i FILE.p12 -d sql:%1&apos;, or give another with --nssdb.</source>
        <translation>Hakemistossa %1 ei ole NSS-varmennetietokantaa. Luo se komennolla &apos;certutil -N -d sql:%1&apos; ja tuo varmenteet komennolla &apos;pk12util -i TIEDOSTO.p12 -d sql:%1&apos;, tai anna toinen valitsimella --nssdb.</translation>
    </message>
    <message>
        <source>%1 is not installed (Debian package libnss3-tools).</source>
        <translation>%1 ei ole asennettu (Debian-paketti libnss3-tools).</translation>
    </message>
    <message>
        <source>%1 did not finish.</source>
        <translation>%1 ei päättynyt.</translation>
    </message>
    <message>
        <source>%1 failed.</source>
        <translation>%1 epäonnistui.</translation>
    </message>
    <message>
        <source>There is no NSS certificate database in %1.</source>
        <translation>Kansiossa %1 ei ole NSS-varmennetietokantaa.</translation>
    </message>
    <message>
        <source>The certificates of %1 could not be listed: %2</source>
        <translation>Tietokannan %1 varmenteita ei voitu luetella: %2</translation>
    </message>
    <message>
        <source>The certificate %1 could not be read: %2</source>
        <translation>Varmennetta %1 ei voitu lukea: %2</translation>
    </message>
    <message>
        <source>There is no file %1.</source>
        <translation>Tiedostoa %1 ei ole.</translation>
    </message>
    <message>
        <source>Could not make a private working directory.</source>
        <translation>Yksityistä työkansiota ei voitu tehdä.</translation>
    </message>
    <message>
        <source>Could not write a private working file: %1</source>
        <translation>Yksityistä työtiedostoa ei voitu kirjoittaa: %1</translation>
    </message>
    <message>
        <source>Could not make the directory %1.</source>
        <translation>Kansiota %1 ei voitu tehdä.</translation>
    </message>
    <message>
        <source>Could not make a certificate database in %1: %2</source>
        <translation>Varmennetietokantaa ei voitu tehdä kansioon %1: %2</translation>
    </message>
    <message>
        <source>Could not import %1 (%2). Check the file&apos;s password and the database&apos;s.</source>
        <translation>Tiedostoa %1 ei voitu tuoda (%2). Tarkista tiedoston ja tietokannan salasanat.</translation>
    </message>
</context>
<context>
    <name>OpenCaseDialog</name>
    <message>
        <source>Open Case</source>
        <translation>Avaa asia</translation>
    </message>
    <message>
        <source>e.g. Tontin myynti Teollisuustie 4</source>
        <translation>esim. Tontin myynti Teollisuustie 4</translation>
    </message>
    <message>
        <source>The task class of the information management plan: it gives the case its retention and default publicity. Type to find a class by its code or name.</source>
        <translation>Tiedonohjaussuunnitelman tehtäväluokka: se määrää asian säilytysajan ja oletusjulkisuuden. Hae luokkaa kirjoittamalla sen koodi tai nimi.</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Otsikko:</translation>
    </message>
    <message>
        <source>Task &amp;class:</source>
        <translation>&amp;Tehtäväluokka:</translation>
    </message>
    <message>
        <source>&amp;Opened on:</source>
        <translation>&amp;Avauspäivä:</translation>
    </message>
    <message>
        <source>Choose the case&apos;s task class.</source>
        <translation>Valitse asian tehtäväluokka.</translation>
    </message>
</context>
<context>
    <name>OpenData</name>
    <message>
        <source>The site&apos;s address must be a web address such as https://www.example.fi/paatokset/, not &quot;%1&quot;: give --base-url the address the published folder is served at.</source>
        <translation>Sivuston osoitteen on oltava verkko-osoite, kuten https://www.example.fi/paatokset/, ei &quot;%1&quot;: anna valitsimelle --base-url osoite, josta julkaistu kansio näkyy verkossa.</translation>
    </message>
</context>
<context>
    <name>OpeningItems</name>
    <message>
        <source>The templates of the opening items are missing from this build.</source>
        <translation>Avausasioiden mallipohjat puuttuvat tästä käännöksestä.</translation>
    </message>
    <message>
        <source>The templates of the opening items are broken.</source>
        <translation>Avausasioiden mallipohjat ovat viallisia.</translation>
    </message>
    <message>
        <source>There is no meeting with id %1.</source>
        <translation>Kokousta tunnisteella %1 ei ole.</translation>
    </message>
</context>
<context>
    <name>PackageEnvelope</name>
    <message>
        <source>No certificate database is in use; choose one first (--nssdb).</source>
        <translation>Varmennetietokantaa ei ole valittu; valitse se ensin (--nssdb).</translation>
    </message>
    <message>
        <source>The certificate could not be read (%1).</source>
        <translation>Varmennetta ei voitu lukea (%1).</translation>
    </message>
    <message>
        <source>The encryption certificate of %1 could not be read: %2</source>
        <translation>Henkilön %1 salausvarmennetta ei voitu lukea: %2</translation>
    </message>
    <message>
        <source>The encryption certificate of %1 (%2) holds no RSA key, and packages are encrypted for RSA keys only (NSS here has no elliptic-curve key agreement). Register the person&apos;s RSA encryption certificate.</source>
        <translation>Henkilön %1 salausvarmenteessa (%2) ei ole RSA-avainta, ja paketit salataan vain RSA-avaimille (tämän järjestelmän NSS ei tue elliptisten käyrien avainsopimusta). Rekisteröi henkilön RSA-salausvarmenne.</translation>
    </message>
    <message>
        <source>The encryption certificate of %1 is valid from %2 to %3, not today. Register the person&apos;s current certificate.</source>
        <translation>Henkilön %1 salausvarmenne on voimassa %2–%3, ei tänään. Rekisteröi henkilön nykyinen varmenne.</translation>
    </message>
    <message>
        <source>The certificate of %1 (%2) is not for encryption: its key usage does not allow key encipherment. Register the person&apos;s encryption certificate (on a Finnish identity card, the authentication certificate).</source>
        <translation>Henkilön %1 varmenne (%2) ei ole salaukseen: sen avaimen käyttötarkoitus ei salli avaimen salausta. Rekisteröi henkilön salausvarmenne (henkilökortilla todentamisvarmenne).</translation>
    </message>
    <message>
        <source>There is no certificate %1 in the certificate database; &apos;pykala-cli certs&apos; lists those you can sign with.</source>
        <translation>Varmennetietokannassa ei ole varmennetta %1; &apos;pykala-cli certs&apos; luettelee ne, joilla voit allekirjoittaa.</translation>
    </message>
    <message>
        <source>The certificate %1 is not valid today, so it cannot sign the package.</source>
        <translation>Varmenne %1 ei ole tänään voimassa, joten sillä ei voi allekirjoittaa pakettia.</translation>
    </message>
    <message>
        <source>The key of the certificate %1 could not be used: the password may be wrong, or the card holding it not inserted.</source>
        <translation>Varmenteen %1 avainta ei voitu käyttää: salasana voi olla väärä tai avaimen sisältävä kortti ei ole lukijassa.</translation>
    </message>
    <message>
        <source>The package could not be signed (%1).</source>
        <translation>Pakettia ei voitu allekirjoittaa (%1).</translation>
    </message>
    <message>
        <source>The package could not be encrypted for %1 (%2).</source>
        <translation>Pakettia ei voitu salata henkilölle %1 (%2).</translation>
    </message>
    <message>
        <source>The package could not be encrypted (%1).</source>
        <translation>Pakettia ei voitu salata (%1).</translation>
    </message>
    <message>
        <source>The package cannot be opened: it is damaged or was changed after it was made (%1). Ask for a new package.</source>
        <translation>Pakettia ei voi avata: se on vioittunut tai sitä on muutettu tekemisen jälkeen (%1). Pyydä uusi paketti.</translation>
    </message>
    <message>
        <source>Your key could not be used: the password may be wrong, or the card holding it not inserted.</source>
        <translation>Avaintasi ei voitu käyttää: salasana voi olla väärä tai avaimen sisältävä kortti ei ole lukijassa.</translation>
    </message>
    <message>
        <source>The package is not for any key you hold: it was encrypted for another person&apos;s certificate, or your key is on a card that is not inserted. Open it with the certificate database (or card) holding your key.</source>
        <translation>Paketti ei ole salattu millekään avaimellesi: se on salattu toisen henkilön varmenteelle, tai avaimesi on kortilla, joka ei ole lukijassa. Avaa se varmennetietokannalla (tai kortilla), jossa avaimesi on.</translation>
    </message>
    <message>
        <source>not an encrypted package</source>
        <translation>ei salattu paketti</translation>
    </message>
    <message>
        <source>nothing inside</source>
        <translation>sisältö puuttuu</translation>
    </message>
    <message>
        <source>not signed</source>
        <translation>ei allekirjoitettu</translation>
    </message>
    <message>
        <source>not one signature</source>
        <translation>ei yhtä allekirjoitusta</translation>
    </message>
    <message>
        <source>nothing signed</source>
        <translation>allekirjoitettu sisältö puuttuu</translation>
    </message>
    <message>
        <source>the signer&apos;s certificate is missing</source>
        <translation>allekirjoittajan varmenne puuttuu</translation>
    </message>
    <message>
        <source>unknown digest</source>
        <translation>tuntematon tiivistealgoritmi</translation>
    </message>
    <message>
        <source>the signature does not verify</source>
        <translation>allekirjoitus ei täsmää</translation>
    </message>
</context>
<context>
    <name>PackagesDialog</name>
    <message>
        <source>&amp;Write Packages</source>
        <translation>&amp;Kirjoita paketit</translation>
    </message>
    <message>
        <source>Meeting Packages of %1</source>
        <translation>Kokouspaketit %1</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Kansio</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Tulos</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Vastaanottaja</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Tehtävä</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Tiedosto</translation>
    </message>
    <message>
        <source>Packages to write</source>
        <translation>Kirjoitettavat paketit</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>personal deputy of %1</source>
        <translation>henkilökohtainen varajäsen: %1</translation>
    </message>
    <message>
        <source>Public package</source>
        <translation>Julkinen paketti</translation>
    </message>
    <message>
        <source>%1 public</source>
        <translation>%1 julkinen</translation>
    </message>
    <message>
        <source>anyone: the public version</source>
        <translation>kaikille: julkinen versio</translation>
    </message>
    <message>
        <source>No member&apos;s package for %1: only those with a seat or office in the body on %2 may receive the confidential items. The public package can go to them.</source>
        <translation>Jäsenen pakettia ei tehdä: %1. Salassa pidettävät asiat saa vain se, jolla on paikka tai tehtävä toimielimessä %2. Heille voi antaa julkisen paketin.</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Kansio:</translation>
    </message>
    <message>
        <source>Folder for the Packages</source>
        <translation>Pakettien kansio</translation>
    </message>
    <message>
        <source>Tick whom the packages are for.</source>
        <translation>Rastita, kenelle paketit tehdään.</translation>
    </message>
    <message>
        <source>Writing the meeting packages…</source>
        <translation>Kirjoitetaan kokouspaketteja…</translation>
    </message>
    <message>
        <source>The meeting is no longer in the store.</source>
        <translation>Kokousta ei enää ole varastossa.</translation>
    </message>
    <message>
        <source>The package for %1…</source>
        <translation>Paketti: %1…</translation>
    </message>
    <message>
        <source>The public package…</source>
        <translation>Julkinen paketti…</translation>
    </message>
    <message>
        <source>Not written: stopped</source>
        <translation>Ei kirjoitettu: lopetettiin</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Kirjoitettu</translation>
    </message>
    <message>
        <source>Disclosure %1 in the register, SHA-256 %2</source>
        <translation>Luovutusrekisterin merkintä %1, SHA-256 %2</translation>
    </message>
    <message>
        <source>Not written: %1</source>
        <translation>Ei kirjoitettu: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n package(s) written into %1 and entered in the disclosure register.</source>
        <translation>
            <numerusform>%n paketti kirjoitettu kansioon %1 ja merkitty luovutusrekisteriin.</numerusform>
            <numerusform>%n pakettia kirjoitettu kansioon %1 ja merkitty luovutusrekisteriin.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not written for %1; the list says why. The others were written.</source>
        <translation>Ei kirjoitettu: %1; syy on luettelossa. Muut kirjoitettiin.</translation>
    </message>
    <message numerus="yes">
        <source>Stopped: %n package(s) not written.</source>
        <translation>
            <numerusform>Lopetettiin: %n paketti jäi kirjoittamatta.</numerusform>
            <numerusform>Lopetettiin: %n pakettia jäi kirjoittamatta.</numerusform>
        </translation>
    </message>
    <message>
        <source>A member&apos;s package holds the agenda with the confidential items, for reading in Pykälä&apos;s review mode. It is signed with your certificate and encrypted for the member&apos;s registered encryption certificate: only their key opens it, and it can be read until the body&apos;s days after the meeting have run. Each package is entered in the disclosure register.</source>
        <translation>Jäsenen paketissa on esityslista salassa pidettävine asioineen luettavaksi Pykälän lukutilassa. Se allekirjoitetaan varmenteellasi ja salataan jäsenelle rekisteröidylle salausvarmenteelle: vain hänen avaimensa avaa sen, ja sitä voi lukea, kunnes toimielimen asettama aika kokouksen jälkeen on kulunut. Jokainen paketti merkitään luovutusrekisteriin.</translation>
    </message>
    <message>
        <source>Sign with</source>
        <translation>Allekirjoita varmenteella</translation>
    </message>
    <message>
        <source>Password of the certificate database or card</source>
        <translation>Varmennetietokannan tai kortin salasana</translation>
    </message>
    <message>
        <source>&amp;Sign with:</source>
        <translation>&amp;Allekirjoita varmenteella:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Salasana:</translation>
    </message>
    <message>
        <source>No package: %1</source>
        <translation>Ei pakettia: %1</translation>
    </message>
    <message>
        <source>No certificate to sign with: give the password, or import yours in Settings › Signing</source>
        <translation>Ei allekirjoitusvarmennetta: anna salasana tai tuo omasi kohdassa Asetukset › Allekirjoitus</translation>
    </message>
</context>
<context>
    <name>PartyDialog</name>
    <message>
        <source>Add Party – %1</source>
        <translation>Lisää asianosainen – %1</translation>
    </message>
    <message>
        <source>e.g. hakija, ostaja, asianosainen</source>
        <translation>esim. hakija, ostaja, asianosainen</translation>
    </message>
    <message>
        <source>postal address or e-mail, as the extract is sent</source>
        <translation>postiosoite tai sähköpostiosoite, johon ote lähetetään</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nimi:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Laji:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rooli:</translation>
    </message>
    <message>
        <source>&amp;Contact:</source>
        <translation>&amp;Yhteystiedot:</translation>
    </message>
    <message>
        <source>Add Party</source>
        <translation>Lisää asianosainen</translation>
    </message>
    <message>
        <source>A party needs a name.</source>
        <translation>Asianosaiselle on annettava nimi.</translation>
    </message>
</context>
<context>
    <name>PdfA</name>
    <message>
        <source>The PDF writer&apos;s catalogue or document information is missing.</source>
        <translation>PDF-kirjoittimen tuottamasta tiedostosta puuttuu luettelo tai asiakirjan tiedot.</translation>
    </message>
    <message>
        <source>The PDF writer wrote no XMP metadata; it must be asked for PDF/A-1b.</source>
        <translation>PDF-kirjoitin ei kirjoittanut XMP-metatietoja; siltä on pyydettävä PDF/A-1b.</translation>
    </message>
    <message>
        <source>The PDF writer&apos;s output has no cross-reference table.</source>
        <translation>PDF-kirjoittimen tuottamassa tiedostossa ei ole viitetaulukkoa.</translation>
    </message>
    <message>
        <source>The PDF writer&apos;s cross-reference table is not where the file says.</source>
        <translation>PDF-kirjoittimen viitetaulukko ei ole siellä, missä tiedosto sanoo.</translation>
    </message>
    <message>
        <source>The PDF writer&apos;s trailer names no catalogue or document information.</source>
        <translation>PDF-kirjoittimen tiedoston loppuosa ei nimeä luetteloa tai asiakirjan tietoja.</translation>
    </message>
    <message>
        <source>The PDF writer&apos;s cross-reference table is empty.</source>
        <translation>PDF-kirjoittimen viitetaulukko on tyhjä.</translation>
    </message>
    <message>
        <source>Object %1 of the PDF writer&apos;s output is not where its table says.</source>
        <translation>PDF-kirjoittimen tiedoston objekti %1 ei ole siellä, missä taulukko sanoo.</translation>
    </message>
    <message>
        <source>Object %1 of the PDF writer&apos;s output refers to object %2, which is not in the file.</source>
        <translation>PDF-kirjoittimen tiedoston objekti %1 viittaa objektiin %2, jota tiedostossa ei ole.</translation>
    </message>
    <message>
        <source>An outline entry of the document points at page %1, which it does not have.</source>
        <translation>Asiakirjan sisällysluettelon kohta osoittaa sivulle %1, jota asiakirjassa ei ole.</translation>
    </message>
    <message>
        <source>A link of the document is on or points at a page it does not have.</source>
        <translation>Asiakirjan linkki on sivulla, jota asiakirjassa ei ole, tai osoittaa sellaiselle.</translation>
    </message>
    <message>
        <source>Page %1 of the PDF writer&apos;s output has no content stream of its own.</source>
        <translation>PDF-kirjoittimen tuottaman tiedoston sivulla %1 ei ole omaa sisältövirtaa.</translation>
    </message>
    <message>
        <source>Page %1 of the PDF writer&apos;s output could not be decompressed.</source>
        <translation>PDF-kirjoittimen tuottaman tiedoston sivua %1 ei voitu purkaa.</translation>
    </message>
    <message>
        <source>The document&apos;s structure names a parent after its child.</source>
        <translation>Asiakirjan rakenteessa ylempi osa on nimetty vasta alemman jälkeen.</translation>
    </message>
</context>
<context>
    <name>PdfViewer</name>
    <message>
        <source>Page %1</source>
        <translation>Sivu %1</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Asiakirja</translation>
    </message>
    <message>
        <source>Find in document</source>
        <translation>Etsi asiakirjasta</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Edellinen</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Seuraava</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>Zoomaus</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Sovita leveyteen</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Zoom In</source>
        <translation>Suurenna</translation>
    </message>
    <message>
        <source>Zoom Out</source>
        <translation>Pienennä</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Sivu</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>Allekirjoitukset</translation>
    </message>
    <message>
        <source>Page thumbnails</source>
        <translation>Sivujen pienoiskuvat</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Sivut</translation>
    </message>
    <message>
        <source>The PDF is protected by a password.</source>
        <translation>PDF on suojattu salasanalla.</translation>
    </message>
    <message>
        <source>The file is not a readable PDF.</source>
        <translation>Tiedosto ei ole luettava PDF.</translation>
    </message>
    <message>
        <source>Page %1 / %2</source>
        <translation>Sivu %1 / %2</translation>
    </message>
    <message>
        <source>Not found: %1</source>
        <translation>Ei löytynyt: %1</translation>
    </message>
    <message>
        <source>Match %1 of %2 · page %3</source>
        <translation>Osuma %1/%2 · sivu %3</translation>
    </message>
    <message>
        <source>This PDF is signed, but its signatures cannot be verified here: %1</source>
        <translation>PDF on allekirjoitettu, mutta sen allekirjoituksia ei voi tarkistaa tässä: %1</translation>
    </message>
    <message>
        <source>The signatures could not be verified: %1</source>
        <translation>Allekirjoituksia ei voitu tarkistaa: %1</translation>
    </message>
    <message>
        <source>✔ Signatures valid.</source>
        <translation>✔ Allekirjoitukset ovat kelvollisia.</translation>
    </message>
    <message>
        <source>✘ Signatures NOT valid.</source>
        <translation>✘ Allekirjoitukset EIVÄT ole kelvollisia.</translation>
    </message>
    <message>
        <source>There is no document to print.</source>
        <translation>Tulostettavaa asiakirjaa ei ole.</translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation>Tulostinta ei voitu käynnistää.</translation>
    </message>
    <message>
        <source>Page %1 of the PDF is damaged and cannot be shown.</source>
        <translation>PDF-tiedoston sivu %1 on vioittunut, eikä sitä voi näyttää.</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>Edit Person – %1</source>
        <translation>Muokkaa henkilöä – %1</translation>
    </message>
    <message>
        <source>New Person</source>
        <translation>Uusi henkilö</translation>
    </message>
    <message>
        <source>e.g. yrittäjä, kunnanjohtaja</source>
        <translation>esim. yrittäjä, kunnanjohtaja</translation>
    </message>
    <message>
        <source>An official&apos;s title is printed with their name in the agenda and the minutes.</source>
        <translation>Viranhaltijan virkanimike tulostuu hänen nimensä kanssa esityslistaan ja pöytäkirjaan.</translation>
    </message>
    <message>
        <source>for invitations, e.g. aino.makela@example.fi</source>
        <translation>kokouskutsuja varten, esim. aino.makela@example.fi</translation>
    </message>
    <message>
        <source>&amp;Given name:</source>
        <translation>&amp;Etunimi:</translation>
    </message>
    <message>
        <source>&amp;Family name:</source>
        <translation>&amp;Sukunimi:</translation>
    </message>
    <message>
        <source>&amp;Title or occupation:</source>
        <translation>&amp;Arvo tai ammatti:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;Sähköposti:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Puhelin:</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Tallenna</translation>
    </message>
    <message>
        <source>Add Person</source>
        <translation>Lisää henkilö</translation>
    </message>
    <message>
        <source>Give the person&apos;s family name.</source>
        <translation>Anna henkilön sukunimi.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail address.</source>
        <translation>&quot;%1&quot; ei ole sähköpostiosoite.</translation>
    </message>
</context>
<context>
    <name>PersonPicker</name>
    <message>
        <source>New Person…</source>
        <translation>Uusi henkilö…</translation>
    </message>
    <message>
        <source>Type to find a person</source>
        <translation>Kirjoita nimeä etsiäksesi henkilön</translation>
    </message>
    <message>
        <source>Adds a person to the store and chooses them here</source>
        <translation>Lisää henkilön varastoon ja valitsee hänet tähän</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ei ketään)</translation>
    </message>
</context>
<context>
    <name>Pq</name>
    <message>
        <source>PostgreSQL&apos;s client library (libpq.so.5) could not be loaded: %1. Install Debian&apos;s package libpq5 to open a store on a server.</source>
        <translation>PostgreSQL:n asiakaskirjastoa (libpq.so.5) ei voitu ladata: %1. Asenna Debianin paketti libpq5, jotta voit avata palvelimella olevan varaston.</translation>
    </message>
    <message>
        <source>PostgreSQL&apos;s client library (libpq.so.5) is too old: it has no %1. Install libpq5 of PostgreSQL 14 or later to open a store on a server.</source>
        <translation>PostgreSQL:n asiakaskirjasto (libpq.so.5) on liian vanha: siitä puuttuu %1. Asenna PostgreSQL 14:n tai uudemman libpq5, jotta voit avata palvelimella olevan varaston.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Asetukset</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Kieli</translation>
    </message>
    <message>
        <source>The language of menus, buttons and messages. Documents keep the organisation&apos;s document language.</source>
        <translation>Valikoiden, painikkeiden ja viestien kieli. Asiakirjat laaditaan edelleen organisaation asiakirjakielellä.</translation>
    </message>
    <message>
        <source>Certificate database</source>
        <translation>Varmennetietokanta</translation>
    </message>
    <message>
        <source>The NSS database that holds your signing certificates; empty for the default.</source>
        <translation>NSS-tietokanta, jossa allekirjoitusvarmenteesi ovat; jätä tyhjäksi, niin käytetään oletusta.</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Selaa…</translation>
    </message>
    <message>
        <source>Choose the certificate database&apos;s folder</source>
        <translation>Valitse varmennetietokannan kansio</translation>
    </message>
    <message>
        <source>Certificate Database</source>
        <translation>Varmennetietokanta</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Kieli:</translation>
    </message>
    <message>
        <source>&amp;Certificate database:</source>
        <translation>&amp;Varmennetietokanta:</translation>
    </message>
    <message>
        <source>A changed certificate database is used from the next start of Pykälä.</source>
        <translation>Muutettu varmennetietokanta otetaan käyttöön, kun Pykälä käynnistetään seuraavan kerran.</translation>
    </message>
    <message>
        <source>Also to another computer, on a trusted network only</source>
        <translation>Myös toiselle tietokoneelle, vain luotetussa verkossa</translation>
    </message>
    <message>
        <source>Send &amp;Test Message</source>
        <translation>Lähetä &amp;testiviesti</translation>
    </message>
    <message>
        <source>Through my mail program (xdg-email)</source>
        <translation>Sähköpostiohjelmani kautta (xdg-email)</translation>
    </message>
    <message>
        <source>Through a mail server (SMTP)</source>
        <translation>Sähköpostipalvelimen kautta (SMTP)</translation>
    </message>
    <message>
        <source>Send invitations</source>
        <translation>Kutsujen lähetys</translation>
    </message>
    <message>
        <source>Mail server</source>
        <translation>Sähköpostipalvelin</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Portti</translation>
    </message>
    <message>
        <source>TLS (usually port 465)</source>
        <translation>TLS (yleensä portti 465)</translation>
    </message>
    <message>
        <source>STARTTLS (usually port 587)</source>
        <translation>STARTTLS (yleensä portti 587)</translation>
    </message>
    <message>
        <source>None, unencrypted (a server on this computer)</source>
        <translation>Ei mitään, salaamaton (palvelin tällä tietokoneella)</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Suojaus</translation>
    </message>
    <message>
        <source>empty when the server needs no login</source>
        <translation>tyhjä, jos palvelin ei vaadi kirjautumista</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Käyttäjätunnus</translation>
    </message>
    <message>
        <source>Kunnanhallitus</source>
        <translation>Kunnanhallitus</translation>
    </message>
    <message>
        <source>Sender&apos;s name</source>
        <translation>Lähettäjän nimi</translation>
    </message>
    <message>
        <source>Sender&apos;s address</source>
        <translation>Lähettäjän osoite</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Time to wait for the server</source>
        <translation>Palvelimen odotusaika</translation>
    </message>
    <message>
        <source>Test message</source>
        <translation>Testiviesti</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Sähköposti</translation>
    </message>
    <message>
        <source>Send &amp;invitations:</source>
        <translation>&amp;Kutsujen lähetys:</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Palvelin:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>P&amp;ortti:</translation>
    </message>
    <message>
        <source>Securit&amp;y:</source>
        <translation>S&amp;uojaus:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Käyttäjä&amp;tunnus:</translation>
    </message>
    <message>
        <source>Sender&apos;s &amp;name:</source>
        <translation>Lähettäjän &amp;nimi:</translation>
    </message>
    <message>
        <source>Sender&apos;s &amp;address:</source>
        <translation>Lähettäjän &amp;osoite:</translation>
    </message>
    <message>
        <source>&amp;Wait for the server:</source>
        <translation>&amp;Odota palvelinta:</translation>
    </message>
    <message>
        <source>The password is asked for when a message is sent and kept only until Pykälä is closed, never on disk.</source>
        <translation>Salasana kysytään, kun viesti lähetetään, ja se säilytetään vain siihen asti, kun Pykälä suljetaan – ei koskaan levyllä.</translation>
    </message>
    <message>
        <source>Pykälä: test message</source>
        <translation>Pykälä: testiviesti</translation>
    </message>
    <message>
        <source>Pykälä sent this message to try the mail server %1 (port %2, %3). If it arrived, invitations can be sent through this server.</source>
        <translation>Pykälä lähetti tämän viestin kokeillakseen sähköpostipalvelinta %1 (portti %2, %3). Jos viesti tuli perille, kutsut voi lähettää tämän palvelimen kautta.</translation>
    </message>
    <message>
        <source>A test message was sent to %1: check that it arrived.</source>
        <translation>Testiviesti lähetettiin osoitteeseen %1: tarkista, että se tuli perille.</translation>
    </message>
    <message>
        <source>The test message was not sent.</source>
        <translation>Testiviestiä ei lähetetty.</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>Haltija</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Myöntäjä</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Voimassa asti</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Avain</translation>
    </message>
    <message>
        <source>Certificates in the database</source>
        <translation>Tietokannan varmenteet</translation>
    </message>
    <message>
        <source>&amp;Import Certificate…</source>
        <translation>&amp;Tuo varmenne…</translation>
    </message>
    <message>
        <source>Import a certificate with its private key from a PKCS#12 file (.p12 or .pfx)</source>
        <translation>Tuo varmenne yksityisine avaimineen PKCS#12-tiedostosta (.p12 tai .pfx)</translation>
    </message>
    <message>
        <source>Import Certificate</source>
        <translation>Tuo varmenne</translation>
    </message>
    <message>
        <source>PKCS#12 files (*.p12 *.pfx);;All files (*)</source>
        <translation>PKCS#12-tiedostot (*.p12 *.pfx);;Kaikki tiedostot (*)</translation>
    </message>
    <message>
        <source>The password of %1:</source>
        <translation>Tiedoston %1 salasana:</translation>
    </message>
    <message>
        <source>The password of the certificate database (empty when it has none; a new database gets this one):</source>
        <translation>Varmennetietokannan salasana (tyhjä, jos sillä ei ole salasanaa; uusi tietokanta saa tämän):</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Päivitä</translation>
    </message>
    <message>
        <source>List the certificates of the database in the field above</source>
        <translation>Luettele yllä olevan tietokannan varmenteet</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Varmenteet</translation>
    </message>
    <message>
        <source>%1 (not valid now)</source>
        <translation>%1 (ei nyt voimassa)</translation>
    </message>
    <message>
        <source>yours, with its key</source>
        <translation>oma, avaimineen</translation>
    </message>
    <message>
        <source>no key</source>
        <translation>ei avainta</translation>
    </message>
    <message>
        <source>The database %1 holds no certificates yet.</source>
        <translation>Tietokannassa %1 ei ole vielä varmenteita.</translation>
    </message>
    <message numerus="yes">
        <source>The database %1 holds %n certificate(s).</source>
        <translation>
            <numerusform>Tietokannassa %1 on %n varmenne.</numerusform>
            <numerusform>Tietokannassa %1 on %n varmennetta.</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported %1. %2</source>
        <translation>Tuotiin %1. %2</translation>
    </message>
</context>
<context>
    <name>Publication</name>
    <message>
        <source>Could not make the directory %1; check that it can be written.</source>
        <translation>Hakemistoa %1 ei voitu luoda; tarkista, että siihen voi kirjoittaa.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Tiedostoon %1 ei voitu kirjoittaa: %2</translation>
    </message>
    <message>
        <source>%1 is a file; publish into a directory.</source>
        <translation>%1 on tiedosto; julkaise hakemistoon.</translation>
    </message>
    <message>
        <source>Could not replace %1; check that it can be written.</source>
        <translation>Kohdetta %1 ei voitu korvata; tarkista, että siihen voi kirjoittaa.</translation>
    </message>
    <message>
        <source>its kind (.%1) is not one that is published as it is</source>
        <translation>sen tyyppiä (.%1) ei julkaista sellaisenaan</translation>
    </message>
    <message>
        <source>its content is not plain text</source>
        <translation>sen sisältö ei ole pelkkää tekstiä</translation>
    </message>
    <message>
        <source>its content is not the .%1 its name says</source>
        <translation>sen sisältö ei ole nimen mukaista .%1-muotoa</translation>
    </message>
    <message>
        <source>%1 already holds files that are not an earlier publication of this meeting&apos;s organisation (it has no %2). Nothing was changed: publish into a new or empty directory.</source>
        <translation>Hakemistossa %1 on jo tiedostoja, jotka eivät ole tämän kokouksen organisaation aiempi julkaisu (siinä ei ole tiedostoa %2). Mitään ei muutettu: julkaise uuteen tai tyhjään hakemistoon.</translation>
    </message>
    <message>
        <source>%1 holds a publication of %2, not of %3. Nothing was changed: publish into another directory.</source>
        <translation>Hakemistossa %1 on organisaation %2 julkaisu, ei organisaation %3. Mitään ei muutettu: julkaise toiseen hakemistoon.</translation>
    </message>
    <message>
        <source>Attachment %1 of %2, &quot;%3&quot;, cannot be published: %4. A browser could run it at the publication&apos;s address. Publish it as PDF, an image, plain text or an office document, or make it not public. Nothing was published.</source>
        <translation>Asian %2 liitettä %1, &quot;%3&quot;, ei voi julkaista: %4. Selain voisi suorittaa sen julkaisun osoitteessa. Julkaise se PDF-tiedostona, kuvana, pelkkänä tekstinä tai toimisto-ohjelman asiakirjana, tai merkitse se ei-julkiseksi. Mitään ei julkaistu.</translation>
    </message>
    <message>
        <source>%1 is in progress: its public minutes are published once the meeting is closed and its minutes are checked.</source>
        <translation>Kokous %1 on käynnissä: sen julkinen pöytäkirja julkaistaan, kun kokous on päättynyt ja pöytäkirja tarkastettu.</translation>
    </message>
    <message>
        <source>The minutes of %1 have not been checked: record the day they were checked (on the meeting page, or &apos;pykala-cli publication &quot;%1&quot; --checked DATE&apos;) before publishing them.</source>
        <translation>Kokouksen %1 pöytäkirjaa ei ole tarkastettu: kirjaa tarkastuspäivä (kokouksen sivulla tai &apos;pykala-cli publication &quot;%1&quot; --checked PÄIVÄ&apos;) ennen julkaisemista.</translation>
    </message>
    <message>
        <source>The minutes of %1 are signed electronically and have not been signed yet: publish them once every signature is in.</source>
        <translation>Kokouksen %1 pöytäkirja allekirjoitetaan sähköisesti, eikä sitä ole vielä allekirjoitettu: julkaise se, kun kaikki allekirjoitukset on tehty.</translation>
    </message>
    <message>
        <source>The minutes of %1 are signed electronically and have %2 of their %3 signatures: publish them once every signature is in.</source>
        <translation>Kokouksen %1 pöytäkirja allekirjoitetaan sähköisesti, ja siinä on %2 allekirjoitusta %3:sta: julkaise se, kun kaikki allekirjoitukset on tehty.</translation>
    </message>
    <message>
        <source>Could not write %1; check that it can be written.</source>
        <translation>Tiedostoa %1 ei voitu kirjoittaa; tarkista, että siihen voi kirjoittaa.</translation>
    </message>
    <message>
        <source>The store has no organisation yet: set it with &apos;pykala-cli organisation --name NAME&apos; before publishing.</source>
        <translation>Varastossa ei ole vielä organisaatiota: aseta se komennolla &apos;pykala-cli organisation --name NIMI&apos; ennen julkaisemista.</translation>
    </message>
    <message>
        <source>Publishing was cancelled; the site was left as it was.</source>
        <translation>Julkaiseminen keskeytettiin; sivusto jätettiin ennalleen.</translation>
    </message>
</context>
<context>
    <name>PublishDialog</name>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Selaa…</translation>
    </message>
    <message>
        <source>Choose the folder</source>
        <translation>Valitse kansio</translation>
    </message>
    <message>
        <source>Choose the folder to write into.</source>
        <translation>Valitse kansio, johon kirjoitetaan.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist; choose another.</source>
        <translation>Kansiota %1 ei ole; valitse toinen.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be written to; choose another.</source>
        <translation>Kansioon %1 ei voi kirjoittaa; valitse toinen.</translation>
    </message>
    <message>
        <source>&amp;Open Folder</source>
        <translation>&amp;Avaa kansio</translation>
    </message>
    <message>
        <source>&amp;Publish</source>
        <translation>&amp;Julkaise</translation>
    </message>
    <message>
        <source>Publish %1</source>
        <translation>Julkaise %1</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Kansio</translation>
    </message>
    <message>
        <source>Publication&apos;s folder</source>
        <translation>Julkaisun kansio</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Tulos</translation>
    </message>
    <message>
        <source>The public agenda and minutes of %1 as web pages and PDF/A files, with the public attachments and an index page.</source>
        <translation>Kokouksen %1 julkinen esityslista ja pöytäkirja verkkosivuina ja PDF/A-tiedostoina, julkiset liitteet ja hakemistosivu.</translation>
    </message>
    <message>
        <source>The public agenda of %1 as a web page and a PDF/A file, with the public attachments and an index page.</source>
        <translation>Kokouksen %1 julkinen esityslista verkkosivuna ja PDF/A-tiedostona, julkiset liitteet ja hakemistosivu.</translation>
    </message>
    <message>
        <source>Confidential items show only their title and legal basis, and text marked as personal data is left out. An earlier publication in the folder is replaced; a folder holding anything else is left alone.</source>
        <translation>Salassa pidettävistä asioista näkyvät vain otsikko ja salassapitoperuste, ja henkilötiedoiksi merkitty teksti jätetään pois. Kansiossa oleva aiempi julkaisu korvataan; kansioon, jossa on muuta, ei kosketa.</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Kansio:</translation>
    </message>
    <message>
        <source>Folder for the Publication</source>
        <translation>Julkaisun kansio</translation>
    </message>
    <message>
        <source>Publication&apos;s f&amp;older:</source>
        <translation>Julkaisun k&amp;ansio:</translation>
    </message>
    <message>
        <source>Written as:</source>
        <translation>Kirjoitetaan kansioksi:</translation>
    </message>
    <message>
        <source>Name the publication&apos;s own folder, such as %1.</source>
        <translation>Anna julkaisun omalle kansiolle nimi, esim. %1.</translation>
    </message>
    <message>
        <source>The meeting is no longer in the store.</source>
        <translation>Kokousta ei enää ole varastossa.</translation>
    </message>
    <message>
        <source>Writing the public version…</source>
        <translation>Kirjoitetaan julkista versiota…</translation>
    </message>
    <message numerus="yes">
        <source>Published %n file(s) into %1.</source>
        <translation>
            <numerusform>Julkaistiin %n tiedosto kansioon %1.</numerusform>
            <numerusform>Julkaistiin %n tiedostoa kansioon %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Add attachment %1</source>
        <translation>Lisää liite %1</translation>
    </message>
    <message>
        <source>Remove attachment %1</source>
        <translation>Poista liite %1</translation>
    </message>
    <message>
        <source>Change publicity of %1</source>
        <translation>Muuta kohteen %1 julkisuutta</translation>
    </message>
</context>
<context>
    <name>RecordPanel</name>
    <message>
        <source>No.</source>
        <translation>Nro</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Kirjaus</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Kirjaukset</translation>
    </message>
    <message>
        <source>Every event recorded, in order. A withdrawn event is struck through. The context menu (or Shift+F10) withdraws the chosen event; Ctrl+Z withdraws the last.</source>
        <translation>Kaikki kirjaukset järjestyksessä. Peruttu kirjaus on yliviivattu. Pikavalikko (tai Shift+F10) peruu valitun kirjauksen; Ctrl+Z peruu viimeisimmän.</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>&amp;Kirjaukset</translation>
    </message>
    <message>
        <source>Withdrawn (event %1): %2</source>
        <translation>Peruttu (kirjaus %1): %2</translation>
    </message>
    <message>
        <source>%1 — withdrawn</source>
        <translation>%1 – peruttu</translation>
    </message>
    <message>
        <source>&amp;Withdraw…</source>
        <translation>&amp;Peru…</translation>
    </message>
    <message>
        <source>Withdraw this event, recorded by mistake, with the reason; the record keeps both</source>
        <translation>Peru tämä virheellinen kirjaus ja kerro syy; molemmat säilyvät kirjauksissa</translation>
    </message>
    <message>
        <source>The meeting opened at %1</source>
        <translation>Kokous avattiin klo %1</translation>
    </message>
    <message>
        <source>The meeting closed at %1</source>
        <translation>Kokous päätettiin klo %1</translation>
    </message>
    <message numerus="yes">
        <source>Attendance at the opening: %n present</source>
        <translation>
            <numerusform>Läsnäolo avattaessa: %n läsnä</numerusform>
            <numerusform>Läsnäolo avattaessa: %n läsnä</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 arrived by a remote connection at %3</source>
        <translation>%1: %2 saapui etäyhteydellä klo %3</translation>
    </message>
    <message>
        <source>%1: %2 arrived at %3</source>
        <translation>%1: %2 saapui klo %3</translation>
    </message>
    <message>
        <source>%1: %2 left at %3</source>
        <translation>%1: %2 poistui klo %3</translation>
    </message>
    <message>
        <source>%1: %2 moved to a remote connection at %3</source>
        <translation>%1: %2 siirtyi etäyhteyteen klo %3</translation>
    </message>
    <message>
        <source>%1: %2 moved to the meeting room at %3</source>
        <translation>%1: %2 siirtyi kokouspaikalle klo %3</translation>
    </message>
    <message>
        <source>%1: %2 disqualified (%3)</source>
        <translation>%1: %2 esteellinen (%3)</translation>
    </message>
    <message>
        <source>%1: %2 chosen to preside</source>
        <translation>%1: %2 valittiin puheenjohtajaksi</translation>
    </message>
    <message>
        <source>%1: %2 proposed rejecting the matter</source>
        <translation>%1: %2 ehdotti asian hylkäämistä</translation>
    </message>
    <message>
        <source>%1: %2 proposed tabling the matter</source>
        <translation>%1: %2 ehdotti asian pöydälle panoa</translation>
    </message>
    <message>
        <source>%1: %2 proposed returning the matter for preparation</source>
        <translation>%1: %2 ehdotti asian palauttamista valmisteluun</translation>
    </message>
    <message>
        <source>%1: %2 made a counter-proposal</source>
        <translation>%1: %2 teki vastaehdotuksen</translation>
    </message>
    <message>
        <source>%1: “%2”</source>
        <translation>%1: ”%2”</translation>
    </message>
    <message>
        <source>%1: %2 seconded the proposal %3</source>
        <translation>%1: %2 kannatti ehdotusta %3</translation>
    </message>
    <message>
        <source>%1: the base proposal was amended</source>
        <translation>%1: pohjaehdotusta muutettiin</translation>
    </message>
    <message>
        <source>%1: the base proposal was withdrawn</source>
        <translation>%1: pohjaehdotus peruttiin</translation>
    </message>
    <message>
        <source>%1: for information</source>
        <translation>%1: merkittiin tiedoksi</translation>
    </message>
    <message>
        <source>%1: the voting order was set</source>
        <translation>%1: äänestysjärjestys vahvistettiin</translation>
    </message>
    <message>
        <source>%1: a majority of %2/%3 is required</source>
        <translation>%1: vaaditaan %2/%3 enemmistö</translation>
    </message>
    <message>
        <source>%1: a vote, %2 yes, %3 no, %4 blank</source>
        <translation>%1: äänestys, jaa %2, ei %3, tyhjä %4</translation>
    </message>
    <message>
        <source>%1: a vote on the proposal %5, %2 yes, %3 no, %4 blank</source>
        <translation>%1: äänestys ehdotuksesta %5, jaa %2, ei %3, tyhjä %4</translation>
    </message>
    <message numerus="yes">
        <source>%1: an election of %n seat(s)</source>
        <translation>
            <numerusform>%1: vaali, %n paikka</numerusform>
            <numerusform>%1: vaali, %n paikkaa</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 dissented</source>
        <translation>%1: %2 jätti eriävän mielipiteen</translation>
    </message>
    <message>
        <source>Minute-checkers: %1</source>
        <translation>Pöytäkirjantarkastajat: %1</translation>
    </message>
    <message>
        <source>%1: the decision was recorded</source>
        <translation>%1: päätös kirjattiin</translation>
    </message>
    <message>
        <source>Event %1 withdrawn: %2</source>
        <translation>Kirjaus %1 peruttiin: %2</translation>
    </message>
    <message>
        <source>%1: %2 seconded the proposal of %3</source>
        <translation>%1: %2 kannatti henkilön %3 ehdotusta</translation>
    </message>
</context>
<context>
    <name>RegisterWindow</name>
    <message>
        <source>Show &amp;ended memberships</source>
        <translation>Näytä &amp;päättyneet jäsenyydet</translation>
    </message>
    <message>
        <source>Register of Bodies and Members</source>
        <translation>Toimielin- ja jäsenrekisteri</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Rekisteri</translation>
    </message>
    <message>
        <source>Bodies</source>
        <translation>Toimielimet</translation>
    </message>
    <message>
        <source>Add &amp;Body…</source>
        <translation>Lisää &amp;toimielin…</translation>
    </message>
    <message>
        <source>Adds a body: a committee, a section…</source>
        <translation>Lisää toimielimen: lautakunnan, jaoston…</translation>
    </message>
    <message>
        <source>Edit B&amp;ody…</source>
        <translation>&amp;Muokkaa toimielintä…</translation>
    </message>
    <message>
        <source>Its names, kind, quorum, § numbering, signing, usual place and time</source>
        <translation>Sen nimet, laji, päätösvaltaisuus, pykälänumerointi, allekirjoitus, tavallinen kokouspaikka ja -aika</translation>
    </message>
    <message>
        <source>&amp;Bodies</source>
        <translation>T&amp;oimielimet</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Henkilö</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rooli</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Alkaen</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Päättyen</translation>
    </message>
    <message>
        <source>Members and officials</source>
        <translation>Jäsenet ja viranhaltijat</translation>
    </message>
    <message>
        <source>Add &amp;Member…</source>
        <translation>Lisää &amp;jäsen…</translation>
    </message>
    <message>
        <source>A member, chair or vice chair with their personal deputy, or a deputy</source>
        <translation>Jäsen, puheenjohtaja tai varapuheenjohtaja henkilökohtaisine varajäsenineen, tai varajäsen</translation>
    </message>
    <message>
        <source>Add O&amp;fficial…</source>
        <translation>Lisää &amp;viranhaltija…</translation>
    </message>
    <message>
        <source>The presenter (esittelijä) or the secretary of the body</source>
        <translation>Toimielimen esittelijä tai pöytäkirjanpitäjä</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>Muo&amp;kkaa…</translation>
    </message>
    <message>
        <source>Corrects the role, the member a deputy stands in for, or the dates</source>
        <translation>Korjaa roolin, jäsenen, jonka varajäsen henkilö on, tai päivämäärät</translation>
    </message>
    <message>
        <source>E&amp;nd…</source>
        <translation>&amp;Päätä…</translation>
    </message>
    <message>
        <source>Ends the membership on its last day; its history stays</source>
        <translation>Päättää jäsenyyden sen viimeisenä päivänä; historia säilyy</translation>
    </message>
    <message>
        <source>&amp;Resignation…</source>
        <translation>&amp;Ero ja seuraaja…</translation>
    </message>
    <message>
        <source>The member leaves and a successor takes the seat from a given day</source>
        <translation>Jäsen eroaa, ja seuraaja tulee tilalle annetusta päivästä</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>Po&amp;ista</translation>
    </message>
    <message>
        <source>Removes a membership added by mistake</source>
        <translation>Poistaa vahingossa lisätyn jäsenyyden</translation>
    </message>
    <message>
        <source>Change of &amp;Term…</source>
        <translation>&amp;Toimikauden vaihtuminen…</translation>
    </message>
    <message>
        <source>Ends the memberships of the body on the old term&apos;s last day</source>
        <translation>Päättää toimielimen jäsenyydet vanhan toimikauden viimeisenä päivänä</translation>
    </message>
    <message>
        <source>&amp;Import Members…</source>
        <translation>&amp;Tuo jäsenet…</translation>
    </message>
    <message>
        <source>Adds members from a spreadsheet saved as CSV</source>
        <translation>Lisää jäsenet CSV-muotoon tallennetusta laskentataulukosta</translation>
    </message>
    <message>
        <source>Bodies and &amp;Members</source>
        <translation>Toimielimet ja &amp;jäsenet</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Etunimi</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Sukunimi</translation>
    </message>
    <message>
        <source>Title or occupation</source>
        <translation>Arvo tai ammatti</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Sähköposti</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Puhelin</translation>
    </message>
    <message>
        <source>Persons</source>
        <translation>Henkilöt</translation>
    </message>
    <message>
        <source>Add &amp;Person…</source>
        <translation>Lisää &amp;henkilö…</translation>
    </message>
    <message>
        <source>A member, a deputy or an official</source>
        <translation>Jäsen, varajäsen tai viranhaltija</translation>
    </message>
    <message>
        <source>&amp;Edit Person…</source>
        <translation>&amp;Muokkaa henkilöä…</translation>
    </message>
    <message>
        <source>Names, title, e-mail and phone</source>
        <translation>Nimet, arvo, sähköposti ja puhelin</translation>
    </message>
    <message>
        <source>&amp;Persons</source>
        <translation>&amp;Henkilöt</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Viimeisin muutos</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Members and officials of %1</source>
        <translation>Toimielimen %1 jäsenet ja viranhaltijat</translation>
    </message>
    <message>
        <source>Add a body first: members belong to a body.</source>
        <translation>Lisää ensin toimielin: jäsenet kuuluvat toimielimeen.</translation>
    </message>
    <message>
        <source>personal deputy</source>
        <translation>henkilökohtainen varajäsen</translation>
    </message>
    <message>
        <source>personal deputy for %1</source>
        <translation>henkilökohtainen varajäsen: %1</translation>
    </message>
    <message>
        <source>Ended on %1</source>
        <translation>Päättyi %1</translation>
    </message>
    <message>
        <source>%1 was added.</source>
        <translation>%1 lisättiin.</translation>
    </message>
    <message>
        <source>Choose a body first.</source>
        <translation>Valitse ensin toimielin.</translation>
    </message>
    <message>
        <source>%1 was saved.</source>
        <translation>%1 tallennettiin.</translation>
    </message>
    <message>
        <source>Choose a person first.</source>
        <translation>Valitse ensin henkilö.</translation>
    </message>
    <message>
        <source>The membership was added.</source>
        <translation>Jäsenyys lisättiin.</translation>
    </message>
    <message>
        <source>The official was added.</source>
        <translation>Viranhaltija lisättiin.</translation>
    </message>
    <message>
        <source>Choose a membership first.</source>
        <translation>Valitse ensin jäsenyys.</translation>
    </message>
    <message>
        <source>The membership was saved.</source>
        <translation>Jäsenyys tallennettiin.</translation>
    </message>
    <message>
        <source>The membership ends on %1.</source>
        <translation>Jäsenyys päättyy %1.</translation>
    </message>
    <message>
        <source>Choose the membership of the member who leaves.</source>
        <translation>Valitse eroavan jäsenen jäsenyys.</translation>
    </message>
    <message>
        <source>Remove %1&apos;s membership (%2 from %3) as one added by mistake?

A membership that has come to an end is ended, not removed: once a meeting has been held while it ran, it cannot be removed.</source>
        <translation>Poistetaanko henkilön %1 jäsenyys (%2 %3 alkaen) vahingossa lisättynä?

Päättynyt jäsenyys päätetään, sitä ei poisteta: kun sen aikana on pidetty kokous, sitä ei voi poistaa.</translation>
    </message>
    <message>
        <source>%1&apos;s membership was removed.</source>
        <translation>Henkilön %1 jäsenyys poistettiin.</translation>
    </message>
    <message numerus="yes">
        <source>%n membership(s) ended on %1. Add the new term&apos;s members, or import them with Import Members….</source>
        <translation>
            <numerusform>%n jäsenyys päättyi %1. Lisää uuden toimikauden jäsenet tai tuo ne toiminnolla Tuo jäsenet….</numerusform>
            <numerusform>%n jäsenyyttä päättyi %1. Lisää uuden toimikauden jäsenet tai tuo ne toiminnolla Tuo jäsenet….</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Certificates…</source>
        <translation>&amp;Varmenteet…</translation>
    </message>
    <message>
        <source>The person&apos;s signing and encryption certificates</source>
        <translation>Henkilön allekirjoitus- ja salausvarmenteet</translation>
    </message>
</context>
<context>
    <name>RescheduleDialog</name>
    <message>
        <source>Time and Place of %1</source>
        <translation>Kokouksen %1 aika ja paikka</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Alkamisaika</translation>
    </message>
    <message>
        <source>Planned end</source>
        <translation>Suunniteltu päättymisaika</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Paikka</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Kokousmuoto</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation>&amp;Alkamisaika:</translation>
    </message>
    <message>
        <source>Planned &amp;end:</source>
        <translation>Suunniteltu p&amp;äättymisaika:</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Paikka:</translation>
    </message>
    <message>
        <source>&amp;Mode:</source>
        <translation>&amp;Kokousmuoto:</translation>
    </message>
    <message>
        <source>The meeting has been convened: tell those invited of the change, e.g. by sending the invitation again.</source>
        <translation>Kokous on kutsuttu koolle: kerro muutoksesta kutsutuille, esimerkiksi lähettämällä kutsu uudelleen.</translation>
    </message>
    <message>
        <source>The meeting keeps its number, so it stays within %1.</source>
        <translation>Kokous säilyttää numeronsa, joten se pysyy vuodessa %1.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Tallenna</translation>
    </message>
    <message>
        <source>Give the meeting&apos;s place; the invitation and the minutes name it.</source>
        <translation>Anna kokouspaikka; se mainitaan kokouskutsussa ja pöytäkirjassa.</translation>
    </message>
</context>
<context>
    <name>ReviewNotes</name>
    <message>
        <source>Your notes in %1 cannot be read: %2.</source>
        <translation>Muistiinpanojasi tiedostossa %1 ei voi lukea: %2.</translation>
    </message>
    <message>
        <source>%1 is not a file of review notes, or it is damaged; it was left as it is and no notes are kept until it is moved away.</source>
        <translation>%1 ei ole muistiinpanotiedosto tai se on vioittunut; se jätettiin ennalleen, eikä muistiinpanoja tallenneta ennen kuin se siirretään pois.</translation>
    </message>
    <message>
        <source>Your notes in %1 were written by a newer version of Pykälä; open them with that version.</source>
        <translation>Muistiinpanosi tiedostossa %1 on kirjoitettu Pykälän uudemmalla versiolla; avaa ne sillä.</translation>
    </message>
    <message>
        <source>%1 could not be removed.</source>
        <translation>Tiedostoa %1 ei voitu poistaa.</translation>
    </message>
    <message>
        <source>Your notes cannot be saved in %1: %2. Move the package to a folder you can write to.</source>
        <translation>Muistiinpanojasi ei voi tallentaa tiedostoon %1: %2. Siirrä paketti kansioon, johon voit kirjoittaa.</translation>
    </message>
    <message>
        <source>Your notes could not be saved in %1: %2.</source>
        <translation>Muistiinpanojasi ei voitu tallentaa tiedostoon %1: %2.</translation>
    </message>
</context>
<context>
    <name>ReviewWindow</name>
    <message>
        <source>About this review</source>
        <translation>Tietoja luettavasta aineistosta</translation>
    </message>
    <message>
        <source>Meeting package %1 for %2, made %3. It holds confidential items: keep it to yourself and do not pass it on.</source>
        <translation>Kokouspaketti %1 henkilölle %2, tehty %3. Se sisältää salassa pidettäviä asioita: pidä se omana tietonasi äläkä luovuta sitä eteenpäin.</translation>
    </message>
    <message>
        <source>%1 for %2 — Review</source>
        <translation>%1 henkilölle %2 — Lukutila</translation>
    </message>
    <message>
        <source>Public meeting package %1, made %2.</source>
        <translation>Julkinen kokouspaketti %1, tehty %2.</translation>
    </message>
    <message>
        <source>%1 (public) — Review</source>
        <translation>%1 (julkinen) — Lukutila</translation>
    </message>
    <message>
        <source>The store %1, opened for reading only.</source>
        <translation>Varasto %1 on avattu vain luettavaksi.</translation>
    </message>
    <message>
        <source>%1 — Review</source>
        <translation>%1 — Lukutila</translation>
    </message>
    <message>
        <source>Meetings and items</source>
        <translation>Kokoukset ja asiat</translation>
    </message>
    <message>
        <source>The meetings to review and their agenda items</source>
        <translation>Luettavat kokoukset ja niiden esityslistan asiat</translation>
    </message>
    <message>
        <source>Agenda text</source>
        <translation>Esityslistan teksti</translation>
    </message>
    <message>
        <source>The selected item as the agenda presents it; select words to highlight them</source>
        <translation>Valittu asia esityslistan mukaisena; valitse sanoja korostaaksesi ne</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Liitteet</translation>
    </message>
    <message>
        <source>Press Enter to open the attachment</source>
        <translation>Avaa liite Enter-näppäimellä</translation>
    </message>
    <message>
        <source>A&amp;ttachments</source>
        <translation>Lii&amp;tteet</translation>
    </message>
    <message>
        <source>&amp;Open Attachment</source>
        <translation>&amp;Avaa liite</translation>
    </message>
    <message>
        <source>Opens the selected attachment</source>
        <translation>Avaa valitun liitteen</translation>
    </message>
    <message>
        <source>My notes on this item</source>
        <translation>Omat muistiinpanot tästä asiasta</translation>
    </message>
    <message>
        <source>Kept on this computer only, saved as you type</source>
        <translation>Säilytetään vain tällä tietokoneella, tallentuu kirjoittaessasi</translation>
    </message>
    <message>
        <source>My &amp;notes on this item</source>
        <translation>Omat &amp;muistiinpanot tästä asiasta</translation>
    </message>
    <message>
        <source>My highlights</source>
        <translation>Omat korostukset</translation>
    </message>
    <message>
        <source>Press Enter to show the passage, Delete to remove the highlight</source>
        <translation>Enter näyttää kohdan, Delete poistaa korostuksen</translation>
    </message>
    <message>
        <source>My &amp;highlights</source>
        <translation>Omat &amp;korostukset</translation>
    </message>
    <message>
        <source>Highlight &amp;Selection</source>
        <translation>Korosta &amp;valinta</translation>
    </message>
    <message>
        <source>&amp;Remove Highlight</source>
        <translation>&amp;Poista korostus</translation>
    </message>
    <message>
        <source>&amp;Highlight Selection</source>
        <translation>&amp;Korosta valinta</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Tiedosto</translation>
    </message>
    <message>
        <source>&amp;Open for Review…</source>
        <translation>&amp;Avaa luettavaksi…</translation>
    </message>
    <message>
        <source>&amp;Agenda as PDF</source>
        <translation>&amp;Esityslista PDF:nä</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Sulje</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Muokkaa</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopioi</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>Valitse &amp;kaikki</translation>
    </message>
    <message>
        <source>The item is no longer in the store.</source>
        <translation>Asiaa ei enää ole asiakirjavarastossa.</translation>
    </message>
    <message>
        <source>The meeting is no longer in the store.</source>
        <translation>Kokousta ei enää ole varastossa.</translation>
    </message>
    <message>
        <source>Time: %1</source>
        <translation>Aika: %1</translation>
    </message>
    <message>
        <source>Place: %1</source>
        <translation>Paikka: %1</translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation>Tila: %1</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Esityslista</translation>
    </message>
    <message>
        <source>my notes</source>
        <translation>omia muistiinpanoja</translation>
    </message>
    <message>
        <source>Select an item to read it and to keep notes on it.</source>
        <translation>Valitse asia lukeaksesi sen ja tehdäksesi siitä muistiinpanoja.</translation>
    </message>
    <message>
        <source>Case %1</source>
        <translation>Dnro %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Preparer: %1</source>
        <translation>Valmistelija: %1</translation>
    </message>
    <message>
        <source>The item is confidential: its content is not in a public package.</source>
        <translation>Asia on salassa pidettävä: sen sisältö ei ole julkisessa paketissa.</translation>
    </message>
    <message>
        <source>Presenter: %1</source>
        <translation>Esittelijä: %1</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Ehdotus</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Päätös</translation>
    </message>
    <message>
        <source>(no attachments)</source>
        <translation>(ei liitteitä)</translation>
    </message>
    <message>
        <source>%1 (no longer in the item)</source>
        <translation>%1 (ei enää asiassa)</translation>
    </message>
    <message>
        <source>Select the words to highlight in an item&apos;s text first.</source>
        <translation>Valitse ensin korostettavat sanat asian tekstistä.</translation>
    </message>
    <message>
        <source>Select some words to highlight, not only spaces.</source>
        <translation>Valitse korostettavaksi sanoja, ei pelkkiä välilyöntejä.</translation>
    </message>
    <message>
        <source>A highlight lies within one part of the item: its title, background, proposal or decision. Select less.</source>
        <translation>Korostus on yhden asian osan sisällä: otsikon, selostuksen, ehdotuksen tai päätöksen. Valitse vähemmän.</translation>
    </message>
    <message>
        <source>That passage is no longer in the item.</source>
        <translation>Kohtaa ei enää ole asiassa.</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Ei vielä tallennettu</translation>
    </message>
    <message>
        <source>Saved on this computer</source>
        <translation>Tallennettu tälle tietokoneelle</translation>
    </message>
    <message>
        <source>Select a meeting first.</source>
        <translation>Valitse ensin kokous.</translation>
    </message>
    <message>
        <source>Agenda %1</source>
        <translation>Esityslista %1</translation>
    </message>
    <message>
        <source>Open for Review</source>
        <translation>Avaa luettavaksi</translation>
    </message>
    <message>
        <source>Meeting packages (*.%1);;Pykälä stores (*.sqlite);;All files (*)</source>
        <translation>Kokouspaketit (*.%1);;Pykälä-varastot (*.sqlite);;Kaikki tiedostot (*)</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Lukutila</translation>
    </message>
    <message>
        <source>Your notes could not be saved: %1

Close anyway and lose the last change?</source>
        <translation>Muistiinpanojasi ei voitu tallentaa: %1

Suljetaanko silti, jolloin viimeisin muutos menetetään?</translation>
    </message>
    <message>
        <source>Your notes and highlights are kept on this computer in %1, not in the package.</source>
        <translation>Muistiinpanosi ja korostuksesi säilytetään tällä tietokoneella tiedostossa %1, ei paketissa.</translation>
    </message>
    <message>
        <source>Your notes and highlights are kept on this computer in %1, not in the store.</source>
        <translation>Muistiinpanosi ja korostuksesi säilytetään tällä tietokoneella tiedostossa %1, ei varastossa.</translation>
    </message>
    <message>
        <source>My notes on items no longer on this agenda</source>
        <translation>Omat muistiinpanot asioista, joita ei enää ole tällä esityslistalla</translation>
    </message>
    <message>
        <source>Open Package</source>
        <translation>Avaa paketti</translation>
    </message>
    <message>
        <source>The package is opened with your key. Password of %1 (your certificate database or card):</source>
        <translation>Paketti avataan avaimellasi. Kohteen %1 salasana (varmennetietokantasi tai korttisi):</translation>
    </message>
    <message>
        <source>Expired Package</source>
        <translation>Vanhentunut paketti</translation>
    </message>
    <message>
        <source>%1

Delete the package and your notes on it from this computer now?</source>
        <translation>%1

Poistetaanko paketti ja sitä koskevat muistiinpanosi tältä tietokoneelta nyt?</translation>
    </message>
    <message>
        <source>The expired package %1 and your notes on it were deleted.</source>
        <translation>Vanhentunut paketti %1 ja sitä koskevat muistiinpanosi poistettiin.</translation>
    </message>
    <message>
        <source>%1 could not be deleted; delete it yourself.</source>
        <translation>Tiedostoa %1 ei voitu poistaa; poista se itse.</translation>
    </message>
    <message>
        <source>It was encrypted for your key and signed by %1 (certificate from %2%3); it is read from memory and can be read until %4.</source>
        <translation>Se on salattu avaimellesi ja sen on allekirjoittanut %1 (varmenteen myöntäjä %2%3); se luetaan muistista, ja sitä voi lukea %4 asti.</translation>
    </message>
    <message>
        <source>, which your certificate database does not trust</source>
        <translation>, johon varmennetietokantasi ei luota</translation>
    </message>
    <message>
        <source>%1 (%2) cannot be shown from memory, and a member&apos;s package never writes its content to the disk. Ask the secretary for it as PDF.</source>
        <translation>Liitettä %1 (%2) ei voi näyttää muistista, eikä jäsenen paketin sisältöä koskaan kirjoiteta levylle. Pyydä se pöytäkirjanpitäjältä PDF-muodossa.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>SaveTemplateDialog</name>
    <message>
        <source>&amp;Replace the template of this name</source>
        <translation>&amp;Korvaa tämänniminen malli</translation>
    </message>
    <message>
        <source>Save as Template</source>
        <translation>Tallenna malliksi</translation>
    </message>
    <message>
        <source>The template keeps the item&apos;s title, task class, preparers, presenter, background, proposal, publicity, appeal instructions and recipients of extracts, for the meetings of %1. Its case, decision and attachments stay with this item.</source>
        <translation>Malliin tallentuvat asian otsikko, tehtäväluokka, valmistelijat, esittelijä, selostus, päätösehdotus, julkisuus, muutoksenhakuohje ja otteen saajat toimielimen %1 kokouksia varten. Diaarinumero, päätös ja liitteet jäävät tälle asialle.</translation>
    </message>
    <message>
        <source>Template name</source>
        <translation>Mallin nimi</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nimi:</translation>
    </message>
    <message>
        <source>%1 Or tick &quot;Replace the template of this name&quot;.</source>
        <translation>%1 Tai valitse ”Korvaa tämänniminen malli”.</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <source>Search all minutes and agendas</source>
        <translation>Hae kaikista pöytäkirjoista ja esityslistoista</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Haku</translation>
    </message>
    <message>
        <source>Search results summary</source>
        <translation>Hakutulosten yhteenveto</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Hakutulokset</translation>
    </message>
    <message>
        <source>§ %1 %2</source>
        <translation>§ %1 %2</translation>
    </message>
    <message>
        <source>Nothing found for “%1”.</source>
        <translation>Haulla ”%1” ei löytynyt mitään.</translation>
    </message>
    <message>
        <source>The %1 best matches, by meeting.</source>
        <translation>%1 parasta osumaa kokouksittain.</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es), by meeting.</source>
        <translation>
            <numerusform>%n osuma kokouksittain.</numerusform>
            <numerusform>%n osumaa kokouksittain.</numerusform>
        </translation>
    </message>
    <message>
        <source>Search in body</source>
        <translation>Haku toimielimen kokouksista</translation>
    </message>
    <message>
        <source>Only the meetings of this body</source>
        <translation>Vain tämän toimielimen kokoukset</translation>
    </message>
    <message>
        <source>Search in year</source>
        <translation>Haku vuoden kokouksista</translation>
    </message>
    <message>
        <source>Only the meetings of this year</source>
        <translation>Vain tämän vuoden kokoukset</translation>
    </message>
    <message>
        <source>Order of the results</source>
        <translation>Tulosten järjestys</translation>
    </message>
    <message>
        <source>Best matches</source>
        <translation>Osuvimmat ensin</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation>Uusimmat ensin</translation>
    </message>
    <message>
        <source>All bodies</source>
        <translation>Kaikki toimielimet</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>Kaikki vuodet</translation>
    </message>
    <message>
        <source>The %1 newest matches, by meeting.</source>
        <translation>%1 uusinta osumaa kokouksittain.</translation>
    </message>
</context>
<context>
    <name>SendInvitationDialog</name>
    <message>
        <source>Send the Invitation of %1</source>
        <translation>Lähetä kokouksen %1 kutsu</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Vastaanottajat</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Aihe</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Viesti</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>No e-mail address, so not in the message: %1. Send them the invitation another way, or add their address to the register.</source>
        <translation>Ei sähköpostiosoitetta, joten ei mukana viestissä: %1. Lähetä heille kutsu muuten tai lisää heidän osoitteensa rekisteriin.</translation>
    </message>
    <message numerus="yes">
        <source>&amp;To (%n address(es)):</source>
        <translation>
            <numerusform>&amp;Vastaanottaja (%n osoite):</numerusform>
            <numerusform>&amp;Vastaanottajat (%n osoitetta):</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>&amp;Aihe:</translation>
    </message>
    <message>
        <source>&amp;Message:</source>
        <translation>&amp;Viesti:</translation>
    </message>
    <message>
        <source>Your mail program opens a new message with the public agenda attached; read it through and send it from there, then record the day with Convene… on the meeting&apos;s page.</source>
        <translation>Sähköpostiohjelmaan avautuu uusi viesti, jonka liitteenä on julkinen esityslista. Lue se läpi ja lähetä se sieltä; merkitse sitten lähetyspäivä kokouksen sivun toiminnolla Kutsu koolle…</translation>
    </message>
    <message>
        <source>Open in Mail Program</source>
        <translation>Avaa sähköpostiohjelmassa</translation>
    </message>
    <message>
        <source>Nobody invited has an e-mail address in the register, so there is no one to send the message to.</source>
        <translation>Kenelläkään kutsutulla ei ole rekisterissä sähköpostiosoitetta, joten viestiä ei ole kenelle lähettää.</translation>
    </message>
    <message>
        <source>Give the message a subject.</source>
        <translation>Anna viestille aihe.</translation>
    </message>
    <message>
        <source>Not in the message: %1. %2</source>
        <translation>Ei mukana viestissä: %1. %2</translation>
    </message>
    <message>
        <source>Each address receives a message of its own, with the public agenda attached, from %1 through the mail server %2; nobody sees the others&apos; addresses. Once it is sent, you can record the day the meeting was convened.</source>
        <translation>Jokaiseen osoitteeseen lähtee oma viesti, jonka liitteenä on julkinen esityslista, lähettäjältä %1 sähköpostipalvelimen %2 kautta; kukaan ei näe muiden osoitteita. Kun viestit on lähetetty, voit merkitä päivän, jona kokous kutsuttiin koolle.</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Lähetä</translation>
    </message>
</context>
<context>
    <name>SendToDialog</name>
    <message>
        <source>Send to…</source>
        <translation>Lähetä käsiteltäväksi…</translation>
    </message>
    <message>
        <source>%1 %2/%3, %4</source>
        <translation>%1 %2/%3, %4</translation>
    </message>
    <message>
        <source>The next body&apos;s item of the same case is put last on the meeting&apos;s agenda, with the earlier handling and a proposal drafted from this decision for its presenter to finish.</source>
        <translation>Seuraavan toimielimen asiakohta samassa asiassa lisätään kokouksen esityslistan viimeiseksi. Siihen tulevat aikaisempi käsittely ja tästä päätöksestä laadittu ehdotus, jonka esittelijä viimeistelee.</translation>
    </message>
    <message>
        <source>&amp;Meeting:</source>
        <translation>&amp;Kokous:</translation>
    </message>
    <message>
        <source>Prepare Item</source>
        <translation>Valmistele asiakohta</translation>
    </message>
    <message>
        <source>No meeting to come is planned after this one. Add the next body&apos;s meeting first (Meeting › New Meeting…).</source>
        <translation>Tämän kokouksen jälkeen ei ole suunniteltu yhtään tulevaa kokousta. Lisää ensin seuraavan toimielimen kokous (Kokous › Uusi kokous…).</translation>
    </message>
</context>
<context>
    <name>SetupAssistant</name>
    <message>
        <source>The business ID &quot;%1&quot; should be seven digits, a hyphen and a check digit, such as 0123456-2.</source>
        <translation>Y-tunnuksessa &quot;%1&quot; pitäisi olla seitsemän numeroa, yhdysmerkki ja tarkistusnumero, esimerkiksi 0123456-2.</translation>
    </message>
    <message>
        <source>The business ID %1 does not add up: its check digit is wrong. Copy it from the trade register (ytj.fi).</source>
        <translation>Y-tunnus %1 ei täsmää: sen tarkistusnumero on väärä. Kopioi se kaupparekisteristä (ytj.fi).</translation>
    </message>
    <message>
        <source>New Store</source>
        <translation>Uusi varasto</translation>
    </message>
    <message>
        <source>&amp;Create Store</source>
        <translation>&amp;Luo varasto</translation>
    </message>
    <message>
        <source>The Organisation</source>
        <translation>Organisaatio</translation>
    </message>
    <message>
        <source>The municipality or joint authority whose meetings this store keeps. Its name heads every agenda and minutes.</source>
        <translation>Kunta tai kuntayhtymä, jonka kokoukset tähän varastoon tallennetaan. Sen nimi on jokaisen esityslistan ja pöytäkirjan alussa.</translation>
    </message>
    <message>
        <source>e.g. Järvenrannan kunta</source>
        <translation>esim. Järvenrannan kunta</translation>
    </message>
    <message>
        <source>for Swedish documents, e.g. Järvenranta kommun</source>
        <translation>ruotsinkielisiin asiakirjoihin, esim. Järvenranta kommun</translation>
    </message>
    <message>
        <source>e.g. 0123456-2</source>
        <translation>esim. 0123456-2</translation>
    </message>
    <message>
        <source>The language of the documents of bodies that have none of their own.</source>
        <translation>Niiden toimielinten asiakirjojen kieli, joilla ei ole omaa.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ei logoa</translation>
    </message>
    <message>
        <source>Logo file</source>
        <translation>Logotiedosto</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Selaa…</translation>
    </message>
    <message>
        <source>Choose the logo image (PNG, JPEG or SVG, at most 1 MB)</source>
        <translation>Valitse logokuva (PNG, JPEG tai SVG, enintään 1 Mt)</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>&amp;Tyhjennä</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Ei logoa</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.svg);;All files (*)</source>
        <translation>Kuvat (*.png *.jpg *.jpeg *.svg);;Kaikki tiedostot (*)</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>&amp;Nimi:</translation>
    </message>
    <message>
        <source>&amp;Swedish name:</source>
        <translation>&amp;Ruotsinkielinen nimi:</translation>
    </message>
    <message>
        <source>B&amp;usiness ID:</source>
        <translation>&amp;Y-tunnus:</translation>
    </message>
    <message>
        <source>&amp;Document language:</source>
        <translation>Asiakirjojen &amp;kieli:</translation>
    </message>
    <message>
        <source>Logo:</source>
        <translation>Logo:</translation>
    </message>
    <message>
        <source>Registry and Appeals</source>
        <translation>Kirjaamo ja muutoksenhaku</translation>
    </message>
    <message>
        <source>Requests for rectification go to the registry (kirjaamo) and appeals to the administrative court: the appeal instructions of the minutes name both.</source>
        <translation>Oikaisuvaatimukset osoitetaan kirjaamoon ja valitukset hallinto-oikeuteen: pöytäkirjan muutoksenhakuohjeet mainitsevat molemmat.</translation>
    </message>
    <message>
        <source>Järvenrannan kunta
Kirjaamo
Kunnantie 1</source>
        <translation>Järvenrannan kunta
Kirjaamo
Kunnantie 1</translation>
    </message>
    <message>
        <source>00100</source>
        <translation>00100</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Postinumero</translation>
    </message>
    <message>
        <source>e.g. Järvenranta</source>
        <translation>esim. Järvenranta</translation>
    </message>
    <message>
        <source>Locality</source>
        <translation>Postitoimipaikka</translation>
    </message>
    <message>
        <source>e.g. kirjaamo@jarvenranta.fi</source>
        <translation>esim. kirjaamo@jarvenranta.fi</translation>
    </message>
    <message>
        <source>(not chosen yet)</source>
        <translation>(ei vielä valittu)</translation>
    </message>
    <message>
        <source>Registry&apos;s &amp;address:</source>
        <translation>Kirjaamon &amp;osoite:</translation>
    </message>
    <message>
        <source>&amp;Postal code and locality:</source>
        <translation>&amp;Postinumero ja -toimipaikka:</translation>
    </message>
    <message>
        <source>Registry&apos;s &amp;e-mail:</source>
        <translation>Kirjaamon &amp;sähköposti:</translation>
    </message>
    <message>
        <source>Administrative &amp;court:</source>
        <translation>&amp;Hallinto-oikeus:</translation>
    </message>
    <message>
        <source>The locality also dates the certifications of the minutes (&quot;Järvenranta 12.5.2026&quot;). All of this can be left for later, but minutes with appeal instructions cannot be made without it.</source>
        <translation>Postitoimipaikka on myös pöytäkirjan todistusten paikka (&quot;Järvenranta 12.5.2026&quot;). Kaiken tämän voi jättää myöhemmäksi, mutta muutoksenhakuohjeellista pöytäkirjaa ei voi tehdä ilman niitä.</translation>
    </message>
    <message>
        <source>Bodies</source>
        <translation>Toimielimet</translation>
    </message>
    <message>
        <source>Tick the bodies the organisation has and check each one&apos;s settings; its short name names its meetings (KH 12/2026). Members are added later, in the register or from a spreadsheet.</source>
        <translation>Rastita organisaation toimielimet ja tarkista kunkin asetukset; lyhenne nimeää kokoukset (KH 12/2026). Jäsenet lisätään myöhemmin rekisterissä tai laskentataulukosta.</translation>
    </message>
    <message>
        <source>Bodies to add</source>
        <translation>Lisättävät toimielimet</translation>
    </message>
    <message>
        <source>&amp;Add Another Body</source>
        <translation>Lisää &amp;muu toimielin</translation>
    </message>
    <message>
        <source>A body the templates lack, such as a section (jaosto)</source>
        <translation>Toimielin, jota malleissa ei ole, kuten jaosto</translation>
    </message>
    <message>
        <source>&amp;Bodies:</source>
        <translation>T&amp;oimielimet:</translation>
    </message>
    <message>
        <source>New body</source>
        <translation>Uusi toimielin</translation>
    </message>
    <message>
        <source>Create the Store</source>
        <translation>Luo varasto</translation>
    </message>
    <message>
        <source>Nothing has been written yet. Create Store makes the store file with all of this, in one transaction.</source>
        <translation>Mitään ei ole vielä kirjoitettu. Luo varasto tekee varastotiedoston kaikkine näine tietoineen yhtenä kokonaisuutena.</translation>
    </message>
    <message>
        <source>What will be created</source>
        <translation>Mitä luodaan</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>Tiedostoa %1 ei voi lukea: %2</translation>
    </message>
    <message>
        <source>The logo is %1 kB; at most 1 MB is kept. Save a smaller image.</source>
        <translation>Logo on %1 kt; enintään 1 Mt tallennetaan. Tallenna pienempi kuva.</translation>
    </message>
    <message>
        <source>%1 is not an image Pykälä can read; choose a PNG, JPEG or SVG file.</source>
        <translation>%1 ei ole kuva, jonka Pykälä osaa lukea; valitse PNG-, JPEG- tai SVG-tiedosto.</translation>
    </message>
    <message>
        <source>Store file</source>
        <translation>Varastotiedosto</translation>
    </message>
    <message>
        <source>In Swedish: %1</source>
        <translation>Ruotsiksi: %1</translation>
    </message>
    <message>
        <source>Business ID: %1</source>
        <translation>Y-tunnus: %1</translation>
    </message>
    <message>
        <source>Document language: %1</source>
        <translation>Asiakirjojen kieli: %1</translation>
    </message>
    <message>
        <source>Logo: %1</source>
        <translation>Logo: %1</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisaatio</translation>
    </message>
    <message>
        <source>No registry address yet</source>
        <translation>Kirjaamon osoitetta ei vielä ole</translation>
    </message>
    <message>
        <source>No administrative court chosen yet</source>
        <translation>Hallinto-oikeutta ei ole vielä valittu</translation>
    </message>
    <message>
        <source>Registry and appeals</source>
        <translation>Kirjaamo ja muutoksenhaku</translation>
    </message>
    <message>
        <source>Bodies (%1)</source>
        <translation>Toimielimet (%1)</translation>
    </message>
    <message>
        <source>None: add them later in the register.</source>
        <translation>Ei yhtään: lisää ne myöhemmin rekisterissä.</translation>
    </message>
    <message>
        <source>signed electronically</source>
        <translation>allekirjoitetaan sähköisesti</translation>
    </message>
    <message>
        <source>signed on paper</source>
        <translation>allekirjoitetaan paperilla</translation>
    </message>
    <message>
        <source>Then add the members and officials of each body in Edit › Register of Bodies and Members…, or import them from a spreadsheet with File › Import Members….</source>
        <translation>Lisää sitten kunkin toimielimen jäsenet ja viranhaltijat kohdassa Muokkaa › Toimielin- ja jäsenrekisteri… tai tuo ne laskentataulukosta toiminnolla Tiedosto › Tuo jäsenet….</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Give the organisation&apos;s name.</source>
        <translation>Anna organisaation nimi.</translation>
    </message>
    <message>
        <source>The postal code &quot;%1&quot; should be five digits.</source>
        <translation>Postinumeron &quot;%1&quot; pitäisi olla viisi numeroa.</translation>
    </message>
    <message>
        <source>Give both the postal code and the locality, or neither.</source>
        <translation>Anna sekä postinumero että postitoimipaikka, tai ei kumpaakaan.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail address.</source>
        <translation>&quot;%1&quot; ei ole sähköpostiosoite.</translation>
    </message>
    <message>
        <source>Give each body ticked its name.</source>
        <translation>Anna jokaiselle rastitulle toimielimelle nimi.</translation>
    </message>
    <message>
        <source>Give %1 a short name, such as KH: it names the meetings.</source>
        <translation>Anna toimielimelle %1 lyhenne, kuten KH: se nimeää kokoukset.</translation>
    </message>
    <message>
        <source>%1 and %2 have the same short name %3; each body needs its own.</source>
        <translation>Toimielimillä %1 ja %2 on sama lyhenne %3; jokainen toimielin tarvitsee omansa.</translation>
    </message>
    <message>
        <source>%1 exists already, and a new store never replaces a file. Cancel and choose another name.</source>
        <translation>%1 on jo olemassa, eikä uusi varasto koskaan korvaa tiedostoa. Peru ja valitse toinen nimi.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Nothing was created: %1</source>
        <translation>Mitään ei luotu: %1</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Pikanäppäimet</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Toiminto</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Näppäimet</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Pikanäppäimet</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>Signer</name>
    <message>
        <source>No certificate &quot;%1&quot; with its key can be used: the password may be wrong, the token not inserted, or the certificate not in the database. &apos;pykala-cli certs&apos; lists the usable ones.</source>
        <translation>Varmennetta ”%1” avaimineen ei voi käyttää: salasana voi olla väärä, tunniste asettamatta tai varmenne puuttua tietokannasta. &apos;pykala-cli certs&apos; luettelee käytettävät.</translation>
    </message>
    <message>
        <source>The certificate &quot;%1&quot; is valid from %2 to %3, not today: it cannot sign.</source>
        <translation>Varmenne ”%1” on voimassa %2–%3, ei tänään: sillä ei voi allekirjoittaa.</translation>
    </message>
    <message>
        <source>Write the signed document to another file than %1.</source>
        <translation>Kirjoita allekirjoitettu asiakirja eri tiedostoon kuin %1.</translation>
    </message>
    <message>
        <source>%1 is not a PDF document that can be read.</source>
        <translation>%1 ei ole luettava PDF-asiakirja.</translation>
    </message>
    <message>
        <source>%1 is encrypted; signed minutes are never encrypted.</source>
        <translation>%1 on salattu; allekirjoitettuja pöytäkirjoja ei salata.</translation>
    </message>
    <message>
        <source>The document already has %1 signatures, all the signature page has room for.</source>
        <translation>Asiakirjassa on jo %1 allekirjoitusta, niin monta kuin allekirjoitussivulle mahtuu.</translation>
    </message>
    <message>
        <source>Signing with &quot;%1&quot; failed: the password is wrong, the key cannot be used, or %2 cannot be written.</source>
        <translation>Allekirjoitus varmenteella ”%1” epäonnistui: salasana on väärä, avainta ei voi käyttää tai hakemistoon %2 ei voi kirjoittaa.</translation>
    </message>
    <message>
        <source>The signed document did not verify, so it was not kept: %1</source>
        <translation>Allekirjoitettu asiakirja ei läpäissyt tarkistusta, joten sitä ei säilytetty: %1</translation>
    </message>
    <message>
        <source>Could not replace %1.</source>
        <translation>Tiedostoa %1 ei voitu korvata.</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>Tiedostoon %1 ei voitu kirjoittaa.</translation>
    </message>
</context>
<context>
    <name>SigningDialog</name>
    <message>
        <source>&amp;Sign</source>
        <translation>&amp;Allekirjoita</translation>
    </message>
    <message>
        <source>Sign the Minutes – %1</source>
        <translation>Pöytäkirjan allekirjoitus – %1</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Varmenne</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Myöntäjä</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Voimassa asti</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Varmenteet</translation>
    </message>
    <message>
        <source>Password or PIN</source>
        <translation>Salasana tai PIN</translation>
    </message>
    <message>
        <source>Of the certificate database or the card</source>
        <translation>Varmennetietokannan tai kortin</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>Allekirjoitukset</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Viesti</translation>
    </message>
    <message>
        <source>&amp;Password or PIN:</source>
        <translation>&amp;Salasana tai PIN:</translation>
    </message>
    <message>
        <source>&amp;Certificate (database %1)</source>
        <translation>&amp;Varmenne (tietokanta %1)</translation>
    </message>
    <message>
        <source>Si&amp;gnatures on the minutes</source>
        <translation>Pöytäkirjan a&amp;llekirjoitukset</translation>
    </message>
    <message>
        <source>%1 (not valid now)</source>
        <translation>%1 (ei nyt voimassa)</translation>
    </message>
    <message>
        <source>Give the password or PIN of your certificate database or card, and press Enter to see your certificates.</source>
        <translation>Anna varmennetietokantasi tai korttisi salasana tai PIN ja näytä varmenteesi painamalla Enter.</translation>
    </message>
    <message>
        <source>No certificate with a private key could be read: the password or PIN may be wrong, or the database has none (import one with &apos;pykala-cli import-cert FILE.p12&apos;, or insert your card).</source>
        <translation>Yhtään varmennetta yksityisine avaimineen ei voitu lukea: salasana tai PIN voi olla väärä, tai tietokannassa ei ole varmenteita (tuo varmenne komennolla &apos;pykala-cli import-cert TIEDOSTO.p12&apos; tai aseta korttisi lukijaan).</translation>
    </message>
    <message>
        <source>The meeting has not been closed: its minutes cannot be signed yet.</source>
        <translation>Kokousta ei ole päätetty: pöytäkirjaa ei voi vielä allekirjoittaa.</translation>
    </message>
    <message numerus="yes">
        <source>All %n signature(s) are in: the minutes are complete.</source>
        <translation>
            <numerusform>Allekirjoitus (%n/%n) on tehty: pöytäkirja on valmis.</numerusform>
            <numerusform>Kaikki %n allekirjoitusta on tehty: pöytäkirja on valmis.</numerusform>
        </translation>
    </message>
    <message>
        <source>Signed %1 of %2. Next to sign: %3.</source>
        <translation>Allekirjoitettu %1/%2. Seuraavana allekirjoittaa: %3.</translation>
    </message>
    <message>
        <source>The signed minutes could not be verified: %1</source>
        <translation>Allekirjoitettua pöytäkirjaa ei voitu tarkistaa: %1</translation>
    </message>
    <message>
        <source>%1. %2 — %3, %4: %5</source>
        <translation>%1. %2 — %3, %4: %5</translation>
    </message>
    <message>
        <source>%1. %2 — not signed yet</source>
        <translation>%1. %2 — ei vielä allekirjoitettu</translation>
    </message>
    <message>
        <source>Choose a certificate that is valid today.</source>
        <translation>Valitse varmenne, joka on voimassa tänään.</translation>
    </message>
    <message>
        <source>The meeting is no longer in the store.</source>
        <translation>Kokousta ei enää ole varastossa.</translation>
    </message>
    <message>
        <source>Signed and verified: %1</source>
        <translation>Allekirjoitettu ja tarkistettu: %1</translation>
    </message>
    <message>
        <source>Registered for</source>
        <translation>Rekisteröity henkilölle</translation>
    </message>
    <message>
        <source>not registered</source>
        <translation>ei rekisteröity</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>The minutes are not signed yet. The first signature makes them from the record and freezes it: nothing of this meeting can change afterwards. First to sign: %1.</source>
        <translation>Pöytäkirjaa ei ole vielä allekirjoitettu. Ensimmäinen allekirjoitus muodostaa sen kirjauksista ja lukitsee ne: kokouksesta ei voi sen jälkeen muuttaa mitään. Ensimmäisenä allekirjoittaa: %1.</translation>
    </message>
</context>
<context>
    <name>SiteDialog</name>
    <message>
        <source>&amp;Publish</source>
        <translation>&amp;Julkaise</translation>
    </message>
    <message>
        <source>Publish the Site</source>
        <translation>Julkaise sivusto</translation>
    </message>
    <message>
        <source>The folder the web server serves</source>
        <translation>Kansio, jota verkkopalvelin jakaa</translation>
    </message>
    <message>
        <source>Site&apos;s folder</source>
        <translation>Sivuston kansio</translation>
    </message>
    <message>
        <source>Site&apos;s address</source>
        <translation>Sivuston osoite</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Tulos</translation>
    </message>
    <message>
        <source>Every convened meeting&apos;s public agenda, and its public minutes from the day they are published, as web pages and PDF/A files with the public attachments; a front page; and the open data: an OParl 1.1 interface, the same in the shapes of the 6Aika open decision API, and an Atom feed of the minutes.</source>
        <translation>Jokaisen koolle kutsutun kokouksen julkinen esityslista ja julkaisupäivästään alkaen julkinen pöytäkirja verkkosivuina ja PDF/A-tiedostoina julkisine liitteineen, etusivu sekä avoin data: OParl 1.1 -rajapinta, sama 6Aika-kaupunkien avoimen päätösrajapinnan muodossa ja Atom-syöte pöytäkirjoista.</translation>
    </message>
    <message>
        <source>Confidential items show only their title and legal basis, and text marked as personal data is left out. The folder is replaced whole: choose an empty folder or an earlier site. A meeting whose content did not change keeps its PDF files.</source>
        <translation>Salassa pidettävistä asioista näytetään vain otsikko ja salassapitoperuste, ja henkilötiedoksi merkitty teksti jätetään pois. Kansio korvataan kokonaan: valitse tyhjä kansio tai aiempi sivusto. Kokous, jonka sisältö ei ole muuttunut, säilyttää PDF-tiedostonsa.</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Kansio:</translation>
    </message>
    <message>
        <source>Site&apos;s Folder</source>
        <translation>Sivuston kansio</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Osoite:</translation>
    </message>
    <message>
        <source>The address the folder is served at: the open data&apos;s links start with it.</source>
        <translation>Osoite, josta kansio näkyy verkossa: avoimen datan linkit alkavat sillä.</translation>
    </message>
    <message>
        <source>Choose the site&apos;s folder: an empty folder, or the folder of an earlier site.</source>
        <translation>Valitse sivuston kansio: tyhjä kansio tai aiemman sivuston kansio.</translation>
    </message>
    <message>
        <source>Meeting %1 of %2</source>
        <translation>Kokous %1/%2</translation>
    </message>
    <message>
        <source>Publishing the site…</source>
        <translation>Julkaistaan sivustoa…</translation>
    </message>
    <message numerus="yes">
        <source>Published %n meeting(s) into %1; %2 laid out anew.</source>
        <translation>
            <numerusform>Julkaistiin %n kokous kansioon %1; %2 taitettiin uudelleen.</numerusform>
            <numerusform>Julkaistiin %n kokousta kansioon %1; %2 taitettiin uudelleen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SmtpClient</name>
    <message>
        <source>Give the mail server (SMTP) that sends the messages, such as smtp.kunta.fi.</source>
        <translation>Anna sähköpostipalvelin (SMTP), joka lähettää viestit, esimerkiksi smtp.kunta.fi.</translation>
    </message>
    <message>
        <source>“%1” is not the name of a mail server such as smtp.kunta.fi.</source>
        <translation>”%1” ei ole sähköpostipalvelimen nimi, kuten smtp.kunta.fi.</translation>
    </message>
    <message>
        <source>The mail server&apos;s port must be from 1 to 65535, not %1.</source>
        <translation>Sähköpostipalvelimen portin on oltava väliltä 1–65535, ei %1.</translation>
    </message>
    <message>
        <source>The time to wait for the mail server must be from 1 to 3600 seconds, not %1.</source>
        <translation>Sähköpostipalvelimen odotusajan on oltava 1–3600 sekuntia, ei %1.</translation>
    </message>
    <message>
        <source>Give the sender&apos;s e-mail address: the messages are sent from it.</source>
        <translation>Anna lähettäjän sähköpostiosoite: viestit lähetetään siitä.</translation>
    </message>
    <message>
        <source>The sender&apos;s address cannot be used: %1</source>
        <translation>Lähettäjän osoitetta ei voi käyttää: %1</translation>
    </message>
    <message>
        <source>Sending to %1 without encryption would show the messages, and any password, to everyone on the way. Choose TLS or STARTTLS, or allow an unencrypted connection explicitly if the network to the server is trusted.</source>
        <translation>Salaamaton lähetys palvelimeen %1 näyttäisi viestit ja mahdollisen salasanan kaikille matkan varrella. Valitse TLS tai STARTTLS tai salli salaamaton yhteys erikseen, jos verkko palvelimelle on luotettu.</translation>
    </message>
    <message>
        <source>The mail could not be sent: libcurl could not be started.</source>
        <translation>Postia ei voitu lähettää: libcurlia ei voitu käynnistää.</translation>
    </message>
    <message>
        <source>The mail server %1 was not found: the name does not resolve. Check the server&apos;s name and the network connection.</source>
        <translation>Sähköpostipalvelinta %1 ei löytynyt: nimeä ei voi selvittää. Tarkista palvelimen nimi ja verkkoyhteys.</translation>
    </message>
    <message>
        <source>The mail server %1 could not be reached on port %2 (%3). Check the server and the port, and the network connection.</source>
        <translation>Sähköpostipalvelimeen %1 ei saatu yhteyttä portissa %2 (%3). Tarkista palvelin, portti ja verkkoyhteys.</translation>
    </message>
    <message>
        <source>The mail server %1 did not answer on port %2 within %3 seconds. Check the server and the port; a server that takes TLS from the start (usually port 465) needs the security TLS.</source>
        <translation>Sähköpostipalvelin %1 ei vastannut portissa %2 %3 sekunnin kuluessa. Tarkista palvelin ja portti; palvelin, joka käyttää TLS:ää alusta alkaen (yleensä portti 465), tarvitsee suojaukseksi TLS:n.</translation>
    </message>
    <message>
        <source>The mail server %1 does not offer STARTTLS on port %2, so nothing was sent unencrypted. Choose TLS if the server takes it from the start (usually port 465), or ask the server&apos;s administrator.</source>
        <translation>Sähköpostipalvelin %1 ei tarjoa STARTTLS:ää portissa %2, joten mitään ei lähetetty salaamattomana. Valitse TLS, jos palvelin käyttää sitä alusta alkaen (yleensä portti 465), tai kysy palvelimen ylläpitäjältä.</translation>
    </message>
    <message>
        <source>The certificate of the mail server %1 could not be verified (%2), so nothing was sent: the server may not be the one named. Check the server&apos;s name, or ask its administrator.</source>
        <translation>Sähköpostipalvelimen %1 varmennetta ei voitu tarkistaa (%2), joten mitään ei lähetetty: palvelin ei ehkä ole se, joksi se on nimetty. Tarkista palvelimen nimi tai kysy sen ylläpitäjältä.</translation>
    </message>
    <message>
        <source>No encrypted (TLS) connection could be made with the mail server %1 on port %2 (%3). Check the security: port 465 usually takes TLS, port 587 STARTTLS.</source>
        <translation>Salattua (TLS) yhteyttä sähköpostipalvelimeen %1 porttiin %2 ei saatu (%3). Tarkista suojaus: portissa 465 käytetään yleensä TLS:ää, portissa 587 STARTTLS:ää.</translation>
    </message>
    <message>
        <source>The mail server %1 did not accept a login as %2 (%3): check the user name and the password.</source>
        <translation>Sähköpostipalvelin %1 ei hyväksynyt kirjautumista käyttäjänä %2 (%3): tarkista käyttäjätunnus ja salasana.</translation>
    </message>
    <message>
        <source>The mail server %1 refused the login as %2 (“%3”): check the user name and the password.</source>
        <translation>Sähköpostipalvelin %1 hylkäsi kirjautumisen käyttäjänä %2 (”%3”): tarkista käyttäjätunnus ja salasana.</translation>
    </message>
    <message>
        <source>The mail server refused the address %1: “%2”.</source>
        <translation>Sähköpostipalvelin hylkäsi osoitteen %1: ”%2”.</translation>
    </message>
    <message>
        <source>The mail server refused the message to %1: “%2”.</source>
        <translation>Sähköpostipalvelin hylkäsi viestin osoitteeseen %1: ”%2”.</translation>
    </message>
    <message>
        <source>The mail server %1 wants a login before it sends (“%2”): give the user name.</source>
        <translation>Sähköpostipalvelin %1 vaatii kirjautumisen ennen lähettämistä (”%2”): anna käyttäjätunnus.</translation>
    </message>
    <message>
        <source>The mail server %1 wants a login but offered none on this connection (“%2”): choose STARTTLS or TLS.</source>
        <translation>Sähköpostipalvelin %1 vaatii kirjautumisen mutta ei tarjonnut sitä tässä yhteydessä (”%2”): valitse STARTTLS tai TLS.</translation>
    </message>
    <message>
        <source>The mail server %1 refused the sender&apos;s address %2 (“%3”). Check the sender&apos;s address: many servers send only from the address of the user logged in.</source>
        <translation>Sähköpostipalvelin %1 hylkäsi lähettäjän osoitteen %2 (”%3”). Tarkista lähettäjän osoite: monet palvelimet lähettävät vain kirjautuneen käyttäjän osoitteesta.</translation>
    </message>
    <message>
        <source>The mail server %1 refused to send (“%2”).</source>
        <translation>Sähköpostipalvelin %1 kieltäytyi lähettämästä (”%2”).</translation>
    </message>
    <message>
        <source>Sending through the mail server %1 failed: %2. Try again; if it fails again, check the server, the port and the security.</source>
        <translation>Lähetys sähköpostipalvelimen %1 kautta epäonnistui: %2. Yritä uudelleen; jos se epäonnistuu taas, tarkista palvelin, portti ja suojaus.</translation>
    </message>
    <message>
        <source>The sending was stopped before this message.</source>
        <translation>Lähetys keskeytettiin ennen tätä viestiä.</translation>
    </message>
    <message>
        <source>The mail could not be sent: the library libcurl.so.4 could not be loaded (%1). Install Debian&apos;s package libcurl4.</source>
        <translation>Postia ei voitu lähettää: kirjastoa libcurl.so.4 ei voitu ladata (%1). Asenna Debianin paketti libcurl4.</translation>
    </message>
    <message>
        <source>The mail could not be sent: the library libcurl.so.4 has no function %1. Reinstall Debian&apos;s package libcurl4.</source>
        <translation>Postia ei voitu lähettää: kirjastosta libcurl.so.4 puuttuu funktio %1. Asenna Debianin paketti libcurl4 uudelleen.</translation>
    </message>
</context>
<context>
    <name>SmtpSending</name>
    <message>
        <source>Mail Server Password</source>
        <translation>Sähköpostipalvelimen salasana</translation>
    </message>
    <message>
        <source>The password of %1 on the mail server %2. Pykälä keeps it until it is closed, and never on disk.</source>
        <translation>Käyttäjän %1 salasana sähköpostipalvelimella %2. Pykälä säilyttää sen, kunnes se suljetaan, eikä koskaan levyllä.</translation>
    </message>
    <message>
        <source>Sending through %1…</source>
        <translation>Lähetetään palvelimen %1 kautta…</translation>
    </message>
    <message>
        <source>Sending to %1 (%2 of %3)…</source>
        <translation>Lähetetään: %1 (%2/%3)…</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>The store is locked by another program. Close the other program or wait until it has finished, then try again.</source>
        <translation>Toinen ohjelma on lukinnut asiakirjavaraston. Sulje se tai odota, kunnes se on valmis, ja yritä uudelleen.</translation>
    </message>
    <message>
        <source>The store is read-only. Check the file&apos;s permissions.</source>
        <translation>Asiakirjavarastoon ei voi kirjoittaa. Tarkista tiedoston käyttöoikeudet.</translation>
    </message>
    <message>
        <source>The store could not be read or written (%1). Check the disk.</source>
        <translation>Asiakirjavarastoa ei voitu lukea tai kirjoittaa (%1). Tarkista levy.</translation>
    </message>
    <message>
        <source>The store is damaged (%1). Run &apos;pykala-cli check&apos; and restore the store from a backup.</source>
        <translation>Asiakirjavarasto on vioittunut (%1). Aja &apos;pykala-cli check&apos; ja palauta varasto varmuuskopiosta.</translation>
    </message>
    <message>
        <source>The disk is full. Free some space and try again.</source>
        <translation>Levy on täynnä. Vapauta tilaa ja yritä uudelleen.</translation>
    </message>
    <message>
        <source>The change conflicts with the stored records (%1).</source>
        <translation>Muutos on ristiriidassa tallennettujen tietojen kanssa (%1).</translation>
    </message>
    <message>
        <source>The store reported an error: %1</source>
        <translation>Asiakirjavarasto ilmoitti virheestä: %1</translation>
    </message>
    <message>
        <source>Qt&apos;s SQLite driver (QSQLITE) is not installed. Install the package libqt6sql6-sqlite and try again.</source>
        <translation>Qt:n SQLite-ajuria (QSQLITE) ei ole asennettu. Asenna paketti libqt6sql6-sqlite ja yritä uudelleen.</translation>
    </message>
    <message>
        <source>%1 already exists; a new store is never written over an existing file. Choose another path.</source>
        <translation>%1 on jo olemassa; uutta varastoa ei koskaan kirjoiteta olemassa olevan tiedoston päälle. Valitse toinen polku.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Kansiota %1 ei voi luoda.</translation>
    </message>
    <message>
        <source>There is no store at %1. Create one with &apos;pykala-cli init&apos;.</source>
        <translation>Polussa %1 ei ole asiakirjavarastoa. Luo sellainen komennolla &apos;pykala-cli init&apos;.</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 ei ole tiedosto.</translation>
    </message>
    <message>
        <source>Cannot read %1. Check the file&apos;s permissions.</source>
        <translation>Tiedostoa %1 ei voi lukea. Tarkista käyttöoikeudet.</translation>
    </message>
    <message>
        <source>%1 is not a Pykälä store (it is not an SQLite database). It was left untouched.</source>
        <translation>%1 ei ole Pykälän asiakirjavarasto (se ei ole SQLite-tietokanta). Tiedostoon ei koskettu.</translation>
    </message>
    <message>
        <source>The store %1 is damaged: the file is shorter than its header says, so it was probably truncated. Restore it from a backup.</source>
        <translation>Asiakirjavarasto %1 on vioittunut: tiedosto on lyhyempi kuin sen otsake kertoo, joten se on luultavasti katkennut. Palauta se varmuuskopiosta.</translation>
    </message>
    <message>
        <source>Cannot open the store %1: %2</source>
        <translation>Asiakirjavarastoa %1 ei voi avata: %2</translation>
    </message>
    <message>
        <source>%1 is an SQLite database but not a Pykälä store. It was left untouched.</source>
        <translation>%1 on SQLite-tietokanta mutta ei Pykälän asiakirjavarasto. Tiedostoon ei koskettu.</translation>
    </message>
    <message>
        <source>The store %1 was written by a newer version of Pykälä (schema %2; this version reads up to %3). Open it with the newer version. The store was left untouched.</source>
        <translation>Asiakirjavaraston %1 on kirjoittanut Pykälän uudempi versio (skeema %2; tämä versio lukee enintään version %3). Avaa se uudemmalla versiolla. Varastoon ei koskettu.</translation>
    </message>
    <message>
        <source>The store %1 cannot use write-ahead logging (journal mode %2). Move it to a local disk.</source>
        <translation>Asiakirjavarasto %1 ei voi käyttää WAL-lokia (lokitila %2). Siirrä se paikalliselle levylle.</translation>
    </message>
    <message>
        <source>Updating the store to schema %1 failed: %2</source>
        <translation>Varaston päivitys skeemaan %1 epäonnistui: %2</translation>
    </message>
    <message>
        <source>The transaction has already ended.</source>
        <translation>Transaktio on jo päättynyt.</translation>
    </message>
    <message>
        <source>The organisation needs a name.</source>
        <translation>Organisaatiolla on oltava nimi.</translation>
    </message>
    <message>
        <source>The logo&apos;s media type must be an image type, such as image/png.</source>
        <translation>Logon mediatyypin on oltava kuvatyyppi, kuten image/png.</translation>
    </message>
    <message>
        <source>A body needs a name.</source>
        <translation>Toimielimellä on oltava nimi.</translation>
    </message>
    <message>
        <source>The body&apos;s short name &quot;%1&quot; must be one word without &apos;/&apos;, such as KH.</source>
        <translation>Toimielimen lyhenne &quot;%1&quot; on yksi sana ilman merkkiä &apos;/&apos;, kuten KH.</translation>
    </message>
    <message>
        <source>There already is a body with the short name %1.</source>
        <translation>Toimielin lyhenteellä %1 on jo olemassa.</translation>
    </message>
    <message>
        <source>There is no body with id %1.</source>
        <translation>Toimielintä tunnisteella %1 ei ole.</translation>
    </message>
    <message>
        <source>A person needs a family name.</source>
        <translation>Henkilöllä on oltava sukunimi.</translation>
    </message>
    <message>
        <source>There is no person with id %1.</source>
        <translation>Henkilöä tunnisteella %1 ei ole.</translation>
    </message>
    <message>
        <source>A membership needs the date it starts.</source>
        <translation>Jäsenyydelle on annettava alkamispäivä.</translation>
    </message>
    <message>
        <source>A membership cannot end (%1) before it starts (%2).</source>
        <translation>Jäsenyys ei voi päättyä (%1) ennen kuin se alkaa (%2).</translation>
    </message>
    <message>
        <source>A personal deputy must name the member they stand in for, and only a deputy can.</source>
        <translation>Henkilökohtaiselle varajäsenelle on nimettävä jäsen, jonka varajäsen hän on, eikä muille.</translation>
    </message>
    <message>
        <source>A person cannot be their own deputy.</source>
        <translation>Henkilö ei voi olla oma varajäsenensä.</translation>
    </message>
    <message>
        <source>The membership names a body or person that is not in the store.</source>
        <translation>Jäsenyydessä mainittua toimielintä tai henkilöä ei ole varastossa.</translation>
    </message>
    <message>
        <source>There is no membership with id %1.</source>
        <translation>Jäsenyyttä tunnisteella %1 ei ole.</translation>
    </message>
    <message>
        <source>A meeting&apos;s number must be 1 or more.</source>
        <translation>Kokouksen numeron on oltava vähintään 1.</translation>
    </message>
    <message>
        <source>A meeting needs its planned start time.</source>
        <translation>Kokoukselle on annettava suunniteltu alkamisaika.</translation>
    </message>
    <message>
        <source>Meeting %1/%2 is planned to start in %3; a meeting is numbered in the year it is held.</source>
        <translation>Kokous %1/%2 on suunniteltu vuodelle %3; kokous numeroidaan pitovuotensa mukaan.</translation>
    </message>
    <message>
        <source>A meeting cannot end before it starts.</source>
        <translation>Kokous ei voi päättyä ennen kuin se alkaa.</translation>
    </message>
    <message>
        <source>A meeting&apos;s actual end needs an actual start before it.</source>
        <translation>Kokouksen toteutuneelle päättymiselle on oltava sitä aiempi toteutunut alkaminen.</translation>
    </message>
    <message>
        <source>There is no meeting with id %1.</source>
        <translation>Kokousta tunnisteella %1 ei ole.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not name a meeting. Write it as SHORT NUMBER/YEAR, such as &quot;KH 12/2026&quot;, or give its id.</source>
        <translation>&quot;%1&quot; ei nimeä kokousta. Kirjoita se muodossa LYHENNE NUMERO/VUOSI, kuten &quot;KH 12/2026&quot;, tai anna sen tunniste.</translation>
    </message>
    <message>
        <source>There is no body with the short name %1. &apos;pykala-cli bodies&apos; lists them.</source>
        <translation>Toimielintä lyhenteellä %1 ei ole. &apos;pykala-cli bodies&apos; luettelee toimielimet.</translation>
    </message>
    <message>
        <source>There is no meeting %1 %2/%3.</source>
        <translation>Kokousta %1 %2/%3 ei ole.</translation>
    </message>
    <message>
        <source>Meeting %1 %2/%3 already exists.</source>
        <translation>Kokous %1 %2/%3 on jo olemassa.</translation>
    </message>
    <message>
        <source>The meeting&apos;s body (id %1) is not in the store.</source>
        <translation>Kokouksen toimielintä (tunniste %1) ei ole varastossa.</translation>
    </message>
    <message>
        <source>An agenda item needs a title.</source>
        <translation>Asialla on oltava otsikko.</translation>
    </message>
    <message>
        <source>Item &quot;%1&quot; is confidential but names no legal basis. Give the basis, such as &quot;JulkL 24 § 1 mom. 25 k&quot;.</source>
        <translation>Asia &quot;%1&quot; on salassa pidettävä, mutta siltä puuttuu salassapitoperuste. Anna peruste, kuten &quot;JulkL 24 § 1 mom. 25 k&quot;.</translation>
    </message>
    <message>
        <source>A § number must be 1 or more.</source>
        <translation>Pykälänumeron on oltava vähintään 1.</translation>
    </message>
    <message>
        <source>Every preparer of item &quot;%1&quot; needs a name.</source>
        <translation>Asian &quot;%1&quot; jokaisella valmistelijalla on oltava nimi.</translation>
    </message>
    <message>
        <source>Every recipient of an extract of item &quot;%1&quot; needs a name.</source>
        <translation>Asian &quot;%1&quot; pöytäkirjanotteen jokaisella vastaanottajalla on oltava nimi.</translation>
    </message>
    <message>
        <source>Item &quot;%1&quot; cannot be added: its meeting or presenter is not in the store, or position %2 is taken.</source>
        <translation>Asiaa &quot;%1&quot; ei voi lisätä: sen kokousta tai esittelijää ei ole varastossa, tai järjestysnumero %2 on varattu.</translation>
    </message>
    <message>
        <source>There is no agenda item with id %1.</source>
        <translation>Asiaa tunnisteella %1 ei ole.</translation>
    </message>
    <message>
        <source>An attachment needs a file name.</source>
        <translation>Liitteellä on oltava tiedostonimi.</translation>
    </message>
    <message>
        <source>Attachment %1 needs a media type, such as application/pdf.</source>
        <translation>Liitteelle %1 on annettava mediatyyppi, kuten application/pdf.</translation>
    </message>
    <message>
        <source>Attachment %1 is confidential but names no legal basis.</source>
        <translation>Liite %1 on salassa pidettävä, mutta siltä puuttuu salassapitoperuste.</translation>
    </message>
    <message>
        <source>Attachment %1 cannot be added: its item is not in the store, or position %2 is taken.</source>
        <translation>Liitettä %1 ei voi lisätä: sen asiaa ei ole varastossa, tai järjestysnumero %2 on varattu.</translation>
    </message>
    <message>
        <source>There is no attachment with id %1.</source>
        <translation>Liitettä tunnisteella %1 ei ole.</translation>
    </message>
    <message>
        <source>The search has no words to look for.</source>
        <translation>Haussa ei ole haettavia sanoja.</translation>
    </message>
    <message>
        <source>The number of results must be 1 or more.</source>
        <translation>Tulosten määrän on oltava vähintään 1.</translation>
    </message>
    <message>
        <source>%1 row %2 refers to a missing %3 row.</source>
        <translation>Taulun %1 rivi %2 viittaa puuttuvaan tauluun %3.</translation>
    </message>
    <message>
        <source>Attachment %1 (%2) does not match its SHA-256.</source>
        <translation>Liite %1 (%2) ei vastaa SHA-256-tiivistettään.</translation>
    </message>
    <message>
        <source>The task class &quot;%1&quot; of item &quot;%2&quot; is not of the form 00.01.02.</source>
        <translation>Asian &quot;%2&quot; tehtäväluokka &quot;%1&quot; ei ole muotoa 00.01.02.</translation>
    </message>
    <message>
        <source>§ %1 is already used by %2 in %3; § numbers run per body per year.</source>
        <translation>§ %1 on jo toimielimen %2 käytössä vuonna %3; pykälät numeroidaan toimielimittäin vuosittain.</translation>
    </message>
    <message>
        <source>Opening a meeting needs the time it started.</source>
        <translation>Kokouksen avaamiseen tarvitaan sen alkamisaika.</translation>
    </message>
    <message>
        <source>The meeting has already been opened (it is %1).</source>
        <translation>Kokous on jo avattu (tila: %1).</translation>
    </message>
    <message>
        <source>Only a meeting in progress can be closed (this one is %1).</source>
        <translation>Vain käynnissä oleva kokous voidaan päättää (tämän tila: %1).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an administrative court; the courts are %2.</source>
        <translation>&quot;%1&quot; ei ole hallinto-oikeus; hallinto-oikeudet ovat %2.</translation>
    </message>
    <message>
        <source>The minutes cannot be checked before the meeting is held.</source>
        <translation>Pöytäkirjaa ei voi tarkastaa ennen kokousta.</translation>
    </message>
    <message>
        <source>The minutes cannot be published before the meeting is held.</source>
        <translation>Pöytäkirjaa ei voi julkaista ennen kokousta.</translation>
    </message>
    <message>
        <source>The minutes are published after they are checked, not before.</source>
        <translation>Pöytäkirja julkaistaan tarkastamisen jälkeen, ei ennen.</translation>
    </message>
    <message>
        <source>The store&apos;s trigger %1 is missing: its protections were removed outside Pykälä.</source>
        <translation>Asiakirjavaraston liipaisin %1 puuttuu: sen suojaukset on poistettu Pykälän ohi.</translation>
    </message>
    <message>
        <source>Signed minutes need the signed PDF and their signatures.</source>
        <translation>Allekirjoitettu pöytäkirja tarvitsee allekirjoitetun PDF:n ja allekirjoituksensa.</translation>
    </message>
    <message>
        <source>The signing order &quot;%1&quot; must name secretary, minute-checkers and chair, each once.</source>
        <translation>Allekirjoitusjärjestyksen ”%1” on nimettävä secretary, minute-checkers ja chair, kukin kerran.</translation>
    </message>
    <message>
        <source>A correction needs its text.</source>
        <translation>Oikaisu tarvitsee tekstinsä.</translation>
    </message>
    <message>
        <source>A correction needs the day it was decided.</source>
        <translation>Oikaisu tarvitsee päätöspäivänsä.</translation>
    </message>
    <message>
        <source>The meeting&apos;s minutes are not signed: correct its record itself, not with a correction.</source>
        <translation>Kokouksen pöytäkirjaa ei ole allekirjoitettu: korjaa sen tiedot suoraan, älä oikaisulla.</translation>
    </message>
    <message>
        <source>The signed minutes of meeting %1 do not match their SHA-256.</source>
        <translation>Kokouksen %1 allekirjoitettu pöytäkirja ei vastaa SHA-256-tiivistettään.</translation>
    </message>
    <message>
        <source>The store&apos;s trigger %1 was changed outside Pykälä.</source>
        <translation>Asiakirjavaraston liipaisinta %1 on muutettu Pykälän ohi.</translation>
    </message>
    <message>
        <source>The meeting&apos;s minutes still lack signatures: a correction is made to complete minutes.</source>
        <translation>Kokouksen pöytäkirjasta puuttuu vielä allekirjoituksia: oikaisu tehdään valmiiseen pöytäkirjaan.</translation>
    </message>
    <message>
        <source>A correction cannot be decided before the meeting it corrects.</source>
        <translation>Oikaisua ei voi päättää ennen kokousta, jota se oikaisee.</translation>
    </message>
    <message>
        <source>The meeting of item &quot;%1&quot; has been opened; its record names the items by their places on the agenda, which can no longer change.</source>
        <translation>Asian &quot;%1&quot; kokous on avattu; kokouksen kirjauksissa asiat yksilöidään niiden esityslistapaikan mukaan, joten paikkoja ei voi enää muuttaa.</translation>
    </message>
    <message>
        <source>Item &quot;%1&quot; cannot move to place %2: the agenda has places 1–%3.</source>
        <translation>Asiaa &quot;%1&quot; ei voi siirtää paikalle %2: esityslistalla on paikat 1–%3.</translation>
    </message>
    <message>
        <source>The meeting&apos;s signed minutes are no longer in the store.</source>
        <translation>Kokouksen allekirjoitettua pöytäkirjaa ei ole enää varastossa.</translation>
    </message>
    <message>
        <source>Item &quot;%1&quot; was not saved: an item&apos;s place on the agenda changes only by moving it, and its meeting does not change.</source>
        <translation>Asiaa &quot;%1&quot; ei tallennettu: asian paikka esityslistalla muuttuu vain siirtämällä sitä, eikä sen kokous muutu.</translation>
    </message>
    <message>
        <source>An invitee needs a name, or a person of the store.</source>
        <translation>Kutsutulla on oltava nimi tai asiakirjavarastoon kirjattu henkilö.</translation>
    </message>
    <message>
        <source>%1 cannot be invited: the meeting or the person is not in the store, or place %2 on the list is taken.</source>
        <translation>Kutsuminen ei onnistu (%1): kokousta tai henkilöä ei ole asiakirjavarastossa, tai kutsulistan paikka %2 on varattu.</translation>
    </message>
    <message>
        <source>The person</source>
        <translation>henkilö</translation>
    </message>
    <message>
        <source>There is no invitee with id %1.</source>
        <translation>Kutsuttua tunnisteella %1 ei ole.</translation>
    </message>
    <message>
        <source>The meeting package %1 was made by an older version of Pykälä. Ask for a new package of the meeting.</source>
        <translation>Kokouspaketti %1 on tehty Pykälän vanhemmalla versiolla. Pyydä kokouksesta uusi paketti.</translation>
    </message>
    <message>
        <source>The store %1 was written by an older version of Pykälä and has to be updated before it can be read: open it once normally (not read-only). It was left untouched.</source>
        <translation>Varasto %1 on kirjoitettu Pykälän vanhemmalla versiolla, ja se on päivitettävä ennen lukemista: avaa se kerran tavalliseen tapaan (ei vain luettavaksi). Siihen ei koskettu.</translation>
    </message>
    <message>
        <source>%1 is open for reading only (a meeting package, or a store opened for review); nothing was changed. Make changes in the organisation&apos;s own store.</source>
        <translation>%1 on avattu vain luettavaksi (kokouspaketti tai luettavaksi avattu varasto); mitään ei muutettu. Tee muutokset organisaation omaan varastoon.</translation>
    </message>
    <message>
        <source>A package for a member names the member it is for.</source>
        <translation>Jäsenen paketissa on nimettävä jäsen, jolle se on.</translation>
    </message>
    <message>
        <source>%1 is empty: there is no store in it to read.</source>
        <translation>%1 on tyhjä: siinä ei ole luettavaa varastoa.</translation>
    </message>
    <message>
        <source>The store is not open.</source>
        <translation>Varasto ei ole auki.</translation>
    </message>
    <message>
        <source>Qt&apos;s SQLite driver uses another SQLite library (%1) than this Pykälä was built with (%2). Install Pykälä for the Qt of this system, or build it against that Qt.</source>
        <translation>Qt:n SQLite-ajuri käyttää eri SQLite-kirjastoa (%1) kuin se, jota vasten tämä Pykälä on käännetty (%2). Asenna tämän järjestelmän Qt:lle tehty Pykälä tai käännä Pykälä sitä vasten.</translation>
    </message>
    <message>
        <source>The meeting&apos;s minutes are signed, so its record can no longer change. Record a correction of the minutes instead.</source>
        <translation>Kokouksen pöytäkirja on allekirjoitettu, joten sen tapahtumia ei voi enää muuttaa. Kirjaa sen sijaan pöytäkirjan oikaisu.</translation>
    </message>
    <message>
        <source>The store %1 is damaged: its header gives schema version %2, which no version of Pykälä writes. It was left untouched; restore it from a backup.</source>
        <translation>Asiakirjavarasto %1 on vioittunut: sen otsake ilmoittaa skeemaversioksi %2, jota mikään Pykälän versio ei kirjoita. Siihen ei koskettu; palauta se varmuuskopiosta.</translation>
    </message>
    <message>
        <source>The search index has an entry for agenda item %1, which is not in the store.</source>
        <translation>Hakuhakemistossa on merkintä asialle %1, jota ei ole varastossa.</translation>
    </message>
    <message>
        <source>Agenda item %1 has no entry in the search index.</source>
        <translation>Asialla %1 ei ole merkintää hakuhakemistossa.</translation>
    </message>
    <message>
        <source>The search index does not match agenda item %1: the item or its index was changed outside Pykälä.</source>
        <translation>Hakuhakemisto ei vastaa asiaa %1: asiaa tai sen hakemistomerkintää on muutettu Pykälän ohi.</translation>
    </message>
    <message>
        <source>Only a cancelled meeting has a reason for its cancellation.</source>
        <translation>Peruutuksen syy on vain perutulla kokouksella.</translation>
    </message>
    <message>
        <source>Convening a meeting needs the day its invitation went out.</source>
        <translation>Koolle kutsumiseen tarvitaan päivä, jona kokouskutsu lähetettiin.</translation>
    </message>
    <message>
        <source>Only a meeting still to be held can be convened (this one is %1).</source>
        <translation>Vain pitämättä oleva kokous voidaan kutsua koolle (tämän tila on %1).</translation>
    </message>
    <message>
        <source>Only a meeting still to be held can be moved (this one is %1).</source>
        <translation>Vain pitämättä olevaa kokousta voidaan siirtää (tämän tila on %1).</translation>
    </message>
    <message>
        <source>Meeting %1/%2 is numbered in %2; it cannot move to %3. Cancel it and add a meeting in that year.</source>
        <translation>Kokous %1/%2 on numeroitu vuodelle %2; sitä ei voi siirtää vuodelle %3. Peru se ja lisää kokous sille vuodelle.</translation>
    </message>
    <message>
        <source>Give the reason the meeting is cancelled; the record keeps it.</source>
        <translation>Anna kokouksen peruutuksen syy; se säilytetään.</translation>
    </message>
    <message>
        <source>Only a meeting still to be held can be cancelled (this one is %1).</source>
        <translation>Vain pitämättä oleva kokous voidaan perua (tämän tila on %1).</translation>
    </message>
    <message>
        <source>Ending a membership needs its last day.</source>
        <translation>Jäsenyyden päättämiseen tarvitaan sen viimeinen päivä.</translation>
    </message>
    <message>
        <source>The membership already ends on %1.</source>
        <translation>Jäsenyys päättyy jo %1.</translation>
    </message>
    <message>
        <source>Registered certificate %1 (%2) does not match its SHA-256.</source>
        <translation>Rekisteröity varmenne %1 (%2) ei vastaa SHA-256-tiivistettään.</translation>
    </message>
    <message>
        <source>A certificate is registered with its bytes, its subject and its validity.</source>
        <translation>Varmenne rekisteröidään tavuineen, haltijoineen ja voimassaoloaikoineen.</translation>
    </message>
    <message>
        <source>The certificate of %1 is already registered for another person (id %2).</source>
        <translation>Haltijan %1 varmenne on jo rekisteröity toiselle henkilölle (tunniste %2).</translation>
    </message>
    <message>
        <source>The certificate of %1 is already registered for %2.</source>
        <translation>Haltijan %1 varmenne on jo rekisteröity käyttöön %2.</translation>
    </message>
    <message>
        <source>The certificate names a person who is not in the store.</source>
        <translation>Varmenne on liitetty henkilöön, jota ei ole asiakirjavarastossa.</translation>
    </message>
    <message>
        <source>A membership keeps its body and person; end it and add a new one instead.</source>
        <translation>Jäsenyyden toimielin ja henkilö pysyvät; päätä jäsenyys ja lisää sen sijaan uusi.</translation>
    </message>
    <message>
        <source>The change would alter who held a seat at %1 on %2, a meeting already held: its record keeps the seats of that day. End the membership and add a new one instead.</source>
        <translation>Muutos muuttaisi sitä, kenellä oli paikka jo pidetyssä kokouksessa %1 (%2): kokouksen tallenne säilyttää sen päivän paikat. Päätä jäsenyys ja lisää sen sijaan uusi.</translation>
    </message>
    <message>
        <source>The membership cannot end on %1: %2 was held on %3 with it in force, and that meeting&apos;s record keeps the seats of its day. End it on %3 or later.</source>
        <translation>Jäsenyys ei voi päättyä %1: kokous %2 pidettiin %3 jäsenyyden ollessa voimassa, ja kokouksen tallenne säilyttää sen päivän paikat. Päätä jäsenyys aikaisintaan %3.</translation>
    </message>
    <message>
        <source>The membership cannot be removed: %1 was held on %2 while it ran, and that meeting&apos;s record keeps the seats of its day. End the membership instead.</source>
        <translation>Jäsenyyttä ei voi poistaa: kokous %1 pidettiin %2 sen ollessa voimassa, ja kokouksen tallenne säilyttää sen päivän paikat. Päätä jäsenyys sen sijaan.</translation>
    </message>
    <message>
        <source>The invitation to meeting %1/%2 went out on %3; the meeting cannot move before that day. Cancel it and add a new meeting.</source>
        <translation>Kutsu kokoukseen %1/%2 lähti %3; kokousta ei voi siirtää sitä päivää aiemmaksi. Peru se ja lisää uusi kokous.</translation>
    </message>
    <message>
        <source>The minutes are checked and published once the meeting is closed (this one is %1).</source>
        <translation>Pöytäkirja tarkastetaan ja julkaistaan, kun kokous on päättynyt (tämän tila on %1).</translation>
    </message>
    <message>
        <source>The minutes are published once checked; give the day they were checked as well.</source>
        <translation>Pöytäkirja julkaistaan tarkastettuna; anna myös tarkastuspäivä.</translation>
    </message>
    <message>
        <source>An item template needs a name.</source>
        <translation>Asiamalli tarvitsee nimen.</translation>
    </message>
    <message>
        <source>The template &quot;%1&quot; cannot be added: its body or presenter is not in the store.</source>
        <translation>Mallia ”%1” ei voi lisätä: sen toimielin tai esittelijä ei ole varastossa.</translation>
    </message>
    <message>
        <source>There is no item template with id %1.</source>
        <translation>Asiamallia tunnisteella %1 ei ole.</translation>
    </message>
    <message>
        <source>The body already has a template named &quot;%1&quot;. Choose another name, or replace that template.</source>
        <translation>Toimielimellä on jo malli nimeltä ”%1”. Valitse toinen nimi tai korvaa se malli.</translation>
    </message>
    <message>
        <source>Item &quot;%1&quot; cannot be added: meeting %2 is cancelled, and a cancelled meeting&apos;s agenda stays as it was. Add the item to another meeting.</source>
        <translation>Asiaa &quot;%1&quot; ei voi lisätä: kokous %2 on peruttu, eikä perutun kokouksen esityslistaa muuteta. Lisää asia toiseen kokoukseen.</translation>
    </message>
    <message>
        <source>The invitation cannot have gone out on %1, after the meeting&apos;s day %2. Give the day it was sent, on the meeting&apos;s day at the latest.</source>
        <translation>Kokouskutsu ei ole voinut lähteä %1, kokouspäivän %2 jälkeen. Anna kutsun lähetyspäivä; se on viimeistään kokouspäivä.</translation>
    </message>
    <message>
        <source>The invitation cannot have gone out on %1, more than a year before the meeting&apos;s day %2. Give the day it was sent (check the year).</source>
        <translation>Kokouskutsu ei ole voinut lähteä %1, yli vuotta ennen kokouspäivää %2. Anna päivä, jona kutsu lähetettiin (tarkista vuosi).</translation>
    </message>
    <message>
        <source>Not recorded: the meeting was cancelled before Pykälä kept the reason.</source>
        <translation>Syytä ei kirjattu: kokous peruttiin ennen kuin Pykälä tallensi peruutusten syitä.</translation>
    </message>
    <message>
        <source>from %1 on</source>
        <translation>%1 alkaen</translation>
    </message>
    <message>
        <source>for %1–%2</source>
        <translation>ajalle %1–%2</translation>
    </message>
    <message>
        <source>%1 cannot be the personal deputy of %2 in %3 %4: %2 does not hold a seat in %3 (as member, chair or vice chair) for the whole of that period, and a personal deputy&apos;s membership lies within the member&apos;s. Check the dates, or add the member&apos;s seat first.</source>
        <translation>%1 ei voi olla henkilön %2 henkilökohtainen varajäsen toimielimessä %3 %4: %2 ei ole toimielimen %3 jäsen, puheenjohtaja tai varapuheenjohtaja koko sinä aikana, ja henkilökohtaisen varajäsenen jäsenyys on jäsenen jäsenyyden sisällä. Tarkista päivämäärät tai lisää ensin jäsenen jäsenyys.</translation>
    </message>
    <message>
        <source>%1 is the personal deputy of %2 in %3 %4, and a personal deputy&apos;s membership lies within the member&apos;s: %2&apos;s seat cannot change so. End or change %1&apos;s membership first; a resignation with a successor moves the deputy to the successor.</source>
        <translation>%1 on henkilön %2 henkilökohtainen varajäsen toimielimessä %3 %4, ja henkilökohtaisen varajäsenen jäsenyys on jäsenen jäsenyyden sisällä: henkilön %2 jäsenyyttä ei voi muuttaa näin. Päätä tai muuta ensin henkilön %1 varajäsenyys; eron ja seuraajan kirjaaminen siirtää varajäsenen seuraajalle.</translation>
    </message>
    <message>
        <source>The reference from %1 to %2 is missing from the store&apos;s schema: it was removed outside Pykälä.</source>
        <translation>Viittaus %1 → %2 puuttuu varaston rakenteesta: se on poistettu Pykälän ohi.</translation>
    </message>
    <message>
        <source>The references of table %1 are not checked: its triggers were turned off outside Pykälä.</source>
        <translation>Taulun %1 viittauksia ei tarkisteta: sen liipaisimet on kytketty pois Pykälän ohi.</translation>
    </message>
    <message>
        <source>The store&apos;s function %1 is missing: its protections were removed outside Pykälä.</source>
        <translation>Varaston funktio %1 puuttuu: sen suojaukset on poistettu Pykälän ohi.</translation>
    </message>
    <message>
        <source>The store&apos;s function %1 was changed outside Pykälä.</source>
        <translation>Varaston funktiota %1 on muutettu Pykälän ohi.</translation>
    </message>
    <message>
        <source>The store&apos;s trigger %1 was turned off outside Pykälä.</source>
        <translation>Varaston liipaisin %1 on kytketty pois Pykälän ohi.</translation>
    </message>
    <message>
        <source>The store is open for reading only; nothing was changed.</source>
        <translation>Varasto on avattu vain luettavaksi; mitään ei muutettu.</translation>
    </message>
    <message>
        <source>You may not do this in the store (%1). Ask the store&apos;s administrator for the rights you need.</source>
        <translation>Sinulla ei ole oikeutta tähän varastossa (%1). Pyydä tarvitsemasi oikeudet varaston ylläpitäjältä.</translation>
    </message>
    <message>
        <source>The store&apos;s server has no disk space left. Ask its administrator to free some, then try again.</source>
        <translation>Varaston palvelimen levytila on lopussa. Pyydä ylläpitäjää vapauttamaan tilaa ja yritä sitten uudelleen.</translation>
    </message>
    <message>
        <source>The connection to the store&apos;s server was lost (%1). Check the network and that the server is running, then open the store again.</source>
        <translation>Yhteys varaston palvelimeen katkesi (%1). Tarkista verkkoyhteys ja että palvelin on käynnissä, ja avaa varasto sitten uudelleen.</translation>
    </message>
    <message>
        <source>Cannot connect to the store %1: out of memory.</source>
        <translation>Varastoon %1 ei voi yhdistää: muisti loppui.</translation>
    </message>
    <message>
        <source>Cannot connect to the store %1: %2. Check the address, that the server is running and that your user name and password are right.</source>
        <translation>Varastoon %1 ei voi yhdistää: %2. Tarkista osoite, että palvelin on käynnissä ja että käyttäjätunnus ja salasana ovat oikein.</translation>
    </message>
    <message>
        <source>The database %1 uses the encoding %2; a Pykälä store needs UTF8. Create the database with ENCODING &apos;UTF8&apos; (docs/deployment.md).</source>
        <translation>Tietokannan %1 merkistö on %2; Pykälän varasto tarvitsee merkistön UTF8. Luo tietokanta asetuksella ENCODING &apos;UTF8&apos; (docs/deployment.md).</translation>
    </message>
    <message>
        <source>The database %1 has no schema to keep the store in (its search_path names none that exists). Create the schema or correct the search_path.</source>
        <translation>Tietokannassa %1 ei ole skeemaa, johon varaston voi tallentaa (sen search_path ei nimeä yhtään olemassa olevaa). Luo skeema tai korjaa search_path.</translation>
    </message>
    <message>
        <source>The database %1 holds other tables and is not a Pykälä store. It was left untouched; give an empty database for a new store.</source>
        <translation>Tietokannassa %1 on muita tauluja, eikä se ole Pykälän varasto. Siihen ei koskettu; anna uutta varastoa varten tyhjä tietokanta.</translation>
    </message>
    <message>
        <source>The database %1 already holds a store; a new store is never written over an existing one. Give an empty database.</source>
        <translation>Tietokannassa %1 on jo varasto; uutta varastoa ei koskaan kirjoiteta olemassa olevan päälle. Anna tyhjä tietokanta.</translation>
    </message>
    <message>
        <source>Making the store&apos;s schema %1 failed: %2</source>
        <translation>Varaston rakenteen %1 luominen epäonnistui: %2</translation>
    </message>
    <message>
        <source>The database %1 is empty: there is no store in it. Make one with &apos;pykala-cli --store URI init&apos;, or copy a store into it with &apos;pykala-cli migrate&apos; or File › Copy Store To….</source>
        <translation>Tietokanta %1 on tyhjä: siinä ei ole varastoa. Luo varasto komennolla &apos;pykala-cli --store OSOITE init&apos; tai kopioi siihen varasto komennolla &apos;pykala-cli migrate&apos; tai valitsemalla Tiedosto › Kopioi varasto….</translation>
    </message>
    <message>
        <source>This version of Pykälä cannot update a store on %1 to schema %2. It was left as it was; install a version that can.</source>
        <translation>Tämä Pykälän versio ei osaa päivittää %1-varastoa rakenteeseen %2. Varasto jätettiin ennalleen; asenna versio, joka osaa.</translation>
    </message>
    <message>
        <source>The table %1 has other columns in the store copied (%2) than in the copy (%3): the two are not of the same version of Pykälä. Nothing was copied.</source>
        <translation>Taulussa %1 on kopioitavassa varastossa eri sarakkeet (%2) kuin kopiossa (%3): ne eivät ole samasta Pykälän versiosta. Mitään ei kopioitu.</translation>
    </message>
    <message>
        <source>Copying the rows %1 to %2 of the table %3 failed: %4 Nothing was copied.</source>
        <translation>Taulun %3 rivien %1–%2 kopioiminen epäonnistui: %4 Mitään ei kopioitu.</translation>
    </message>
    <message>
        <source>A store cannot be copied into itself. Give a new store to copy it into.</source>
        <translation>Varastoa ei voi kopioida itseensä. Anna uusi varasto, johon se kopioidaan.</translation>
    </message>
    <message>
        <source>%1 is open for reading only; a store is copied into a store that can be written.</source>
        <translation>%1 on avattu vain luettavaksi; varasto kopioidaan varastoon, johon voi kirjoittaa.</translation>
    </message>
    <message>
        <source>The copy does not know the table %1. Nothing was copied.</source>
        <translation>Kopiointi ei tunne taulua %1. Mitään ei kopioitu.</translation>
    </message>
    <message>
        <source>%1 is a meeting package, one meeting&apos;s copy for review, and is not copied. Copy the organisation&apos;s own store.</source>
        <translation>%1 on kokouspaketti, yhden kokouksen luettava kopio, eikä sitä kopioida. Kopioi organisaation oma varasto.</translation>
    </message>
    <message>
        <source>%1 already holds records (its table %2 is not empty), and a store is copied only into one that holds nothing. Give a new file, or an empty PostgreSQL database. It was left as it was.</source>
        <translation>Kohteessa %1 on jo tietoja (sen taulu %2 ei ole tyhjä), ja varasto kopioidaan vain tyhjään varastoon. Anna uusi tiedosto tai tyhjä PostgreSQL-tietokanta. Kohde jätettiin ennalleen.</translation>
    </message>
    <message>
        <source>The copy was stopped; nothing was copied into %1.</source>
        <translation>Kopiointi keskeytettiin; kohteeseen %1 ei kopioitu mitään.</translation>
    </message>
    <message>
        <source>The new file %1 was removed.</source>
        <translation>Uusi tiedosto %1 poistettiin.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) of the copy differ from the store copied (the first: %1).</source>
        <translation>
            <numerusform>Kopion %n tietue poikkeaa kopioidusta varastosta (%1).</numerusform>
            <numerusform>Kopion %n tietuetta poikkeaa kopioidusta varastosta (ensimmäinen: %1).</numerusform>
        </translation>
    </message>
    <message>
        <source>The copy&apos;s audit log does not end where the store copied ends (entry %1, not %2).</source>
        <translation>Kopion muutosloki ei pääty samaan kohtaan kuin kopioidun varaston (tapahtumaan %1, ei %2).</translation>
    </message>
    <message>
        <source>The change was not saved: the store&apos;s server ended it after an error. Try again.</source>
        <translation>Muutosta ei tallennettu: varaston palvelin keskeytti sen virheen jälkeen. Yritä uudelleen.</translation>
    </message>
    <message numerus="yes">
        <source>The copy fails its check (%n problem(s); the first: %1). Run &apos;pykala-cli check&apos; on the store copied: a copy has the problems of its source.</source>
        <translation>
            <numerusform>Kopio ei läpäise tarkistusta (%n ongelma; ensimmäinen: %1). Aja &apos;pykala-cli check&apos; kopioidulle varastolle: kopiossa on lähteensä ongelmat.</numerusform>
            <numerusform>Kopio ei läpäise tarkistusta (%n ongelmaa; ensimmäinen: %1). Aja &apos;pykala-cli check&apos; kopioidulle varastolle: kopiossa on lähteensä ongelmat.</numerusform>
        </translation>
    </message>
    <message>
        <source>SQLite&apos;s full-text search (FTS5) is missing from the SQLite library in use.</source>
        <translation>Käytössä olevasta SQLite-kirjastosta puuttuu kokotekstihaku (FTS5).</translation>
    </message>
    <message>
        <source>another program</source>
        <translation>toinen ohjelma</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 koneella %2</translation>
    </message>
    <message>
        <source>Cannot hold the meeting: the lock file %1 cannot be written beside the store. Check the folder&apos;s permissions.</source>
        <translation>Kokousta ei voi varata: lukitustiedostoa %1 ei voi kirjoittaa varaston viereen. Tarkista kansion oikeudet.</translation>
    </message>
    <message>
        <source>A store file has no roles: whoever may read the file reads the store. Roles are for a store on a server.</source>
        <translation>Varastotiedostolla ei ole rooleja: varastoa lukee kuka tahansa, joka saa lukea tiedostoa. Roolit ovat palvelimen varastoa varten.</translation>
    </message>
    <message>
        <source>The store %1 is open read-only.</source>
        <translation>Varasto %1 on avattu vain luettavaksi.</translation>
    </message>
    <message>
        <source>Setting up the store&apos;s roles failed: %1 The user needs to own the store and may create roles (CREATEROLE).</source>
        <translation>Varaston roolien luominen epäonnistui: %1 Käyttäjän on omistettava varasto ja saatava luoda rooleja (CREATEROLE).</translation>
    </message>
    <message>
        <source>A store file has no logins: whoever may read the file reads the store.</source>
        <translation>Varastotiedostolla ei ole käyttäjätunnuksia: varastoa lukee kuka tahansa, joka saa lukea tiedostoa.</translation>
    </message>
    <message>
        <source>A login needs a name of 1 to 63 characters.</source>
        <translation>Käyttäjätunnuksen nimessä on oltava 1–63 merkkiä.</translation>
    </message>
    <message>
        <source>There is no role &quot;%1&quot;. The roles are %2.</source>
        <translation>Roolia &quot;%1&quot; ei ole. Roolit ovat %2.</translation>
    </message>
    <message>
        <source>The login %1 needs the person it belongs to: a %2 signs in as a person of the store.</source>
        <translation>Tunnukselle %1 tarvitaan henkilö, jolle se kuuluu: rooli %2 kirjautuu varaston henkilönä.</translation>
    </message>
    <message>
        <source>A %1 works for given bodies: name at least one.</source>
        <translation>Rooli %1 toimii nimetyille toimielimille: nimeä vähintään yksi.</translation>
    </message>
    <message>
        <source>Only a secretary or a presenter is given bodies; a member reads the bodies the person sits on.</source>
        <translation>Toimielimiä annetaan vain sihteerille tai esittelijälle; jäsen lukee niitä toimielimiä, joissa henkilö istuu.</translation>
    </message>
    <message>
        <source>The password could not be hashed: %1</source>
        <translation>Salasanasta ei voitu laskea tiivistettä: %1</translation>
    </message>
    <message>
        <source>The store has no login %1.</source>
        <translation>Varastolla ei ole tunnusta %1.</translation>
    </message>
    <message>
        <source>A store file has no logins.</source>
        <translation>Varastotiedostolla ei ole käyttäjätunnuksia.</translation>
    </message>
    <message>
        <source>The key on the card is named without its PIN in %1. Give the PIN as pin-value in the key&apos;s address (sslkey=pkcs11:…;pin-value=…): it is never asked for on a terminal, shown or kept.</source>
        <translation>Kortin avain on nimetty ilman PIN-koodia osoitteessa %1. Anna PIN-koodi avaimen osoitteessa kenttänä pin-value (sslkey=pkcs11:…;pin-value=…): sitä ei koskaan kysytä päätteellä, näytetä eikä tallenneta.</translation>
    </message>
    <message>
        <source>The store&apos;s roles are not set up on the server: run &apos;pykala-cli access setup&apos; first.</source>
        <translation>Varaston rooleja ei ole luotu palvelimelle: suorita ensin &apos;pykala-cli access setup&apos;.</translation>
    </message>
    <message>
        <source>You keep other bodies&apos; records: this body&apos;s are changed by its own secretary or presenter.</source>
        <translation>Hoidat muiden toimielinten asiakirjoja: tämän toimielimen asiakirjoja muuttaa sen oma sihteeri tai esittelijä.</translation>
    </message>
    <message>
        <source>Your role in this store (%1) reads the records; it does not change them.</source>
        <translation>Roolisi tässä varastossa (%1) lukee asiakirjoja mutta ei muuta niitä.</translation>
    </message>
    <message>
        <source>%1 owns the store or passes every row-level policy: a role would not bind it. Give the person a login of their own.</source>
        <translation>%1 omistaa varaston tai ohittaa kaikki rivitason säännöt: rooli ei sitoisi sitä. Anna henkilölle oma käyttäjätunnus.</translation>
    </message>
    <message>
        <source>Giving the store&apos;s roles its new tables failed: %1 Update the store as a user who owns it and may create roles (CREATEROLE).</source>
        <translation>Varaston roolien oikeuksien antaminen uusiin tauluihin epäonnistui: %1 Päivitä varasto käyttäjänä, joka omistaa varaston ja saa luoda rooleja (CREATEROLE).</translation>
    </message>
    <message>
        <source>decided</source>
        <translation>päätetty</translation>
    </message>
    <message>
        <source>implemented</source>
        <translation>toimeenpantu</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>päättynyt</translation>
    </message>
    <message>
        <source>There is no task class %1 in the information management plan. Add it to the classification first (pykala-cli taskclass set CODE --name NAME).</source>
        <translation>Tiedonohjaussuunnitelmassa ei ole tehtäväluokkaa %1. Lisää se ensin tehtäväluokitukseen (pykala-cli taskclass set CODE --name NAME).</translation>
    </message>
    <message>
        <source>Task class %1 is already in the classification; change that one instead.</source>
        <translation>Tehtäväluokka %1 on jo tehtäväluokituksessa; muuta sen sijaan sitä.</translation>
    </message>
    <message>
        <source>There is no task class with id %1.</source>
        <translation>Tehtäväluokkaa tunnisteella %1 ei ole.</translation>
    </message>
    <message>
        <source>Task class %1 is given twice; give each class once.</source>
        <translation>Tehtäväluokka %1 on annettu kahdesti; anna kukin luokka vain kerran.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither a diary number (such as 12/00.01.00/2026) nor a case id.</source>
        <translation>&quot;%1&quot; ei ole diaarinumero (kuten 12/00.01.00/2026) eikä asian tunniste.</translation>
    </message>
    <message>
        <source>There is no case %1 in the case register.</source>
        <translation>Asiarekisterissä ei ole asiaa %1.</translation>
    </message>
    <message>
        <source>Case &quot;%1&quot; names a task class that is not in the classification (id %2).</source>
        <translation>Asian &quot;%1&quot; tehtäväluokkaa ei ole tehtäväluokituksessa (tunniste %2).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a registry prefix: letters and digits ending in a colon, e.g. KUNTA:.</source>
        <translation>&quot;%1&quot; ei ole kirjaamoetuliite: se koostuu kirjaimista ja numeroista ja päättyy kaksoispisteeseen, esim. KUNTA:.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a diary number: it reads number/task class/year, e.g. 12/00.01.00/2026.</source>
        <translation>&quot;%1&quot; ei ole diaarinumero: sen muoto on numero/tehtäväluokka/vuosi, esim. 12/00.01.00/2026.</translation>
    </message>
    <message>
        <source>Diary number %1 is taken: number %2 of %3 is another case&apos;s. Each number is given once a year; leave the number out to take the next free one.</source>
        <translation>Diaarinumero %1 on varattu: vuoden %3 numero %2 on jo toisella asialla. Kukin numero annetaan kerran vuodessa; jätä numero pois, niin asia saa seuraavan vapaan numeron.</translation>
    </message>
    <message>
        <source>Case &quot;%1&quot; cannot be opened: its task class or preparer is not in the store.</source>
        <translation>Asiaa &quot;%1&quot; ei voi avata: sen tehtäväluokkaa tai valmistelijaa ei ole varastossa.</translation>
    </message>
    <message>
        <source>Case &quot;%1&quot; needs a task class of the classification.</source>
        <translation>Asialle &quot;%1&quot; on annettava tehtäväluokituksen mukainen tehtäväluokka.</translation>
    </message>
    <message>
        <source>There is no case with id %1.</source>
        <translation>Asiaa tunnisteella %1 ei ole.</translation>
    </message>
    <message>
        <source>Item &quot;%1&quot; names a case that is not in the case register (id %2).</source>
        <translation>Asiakohdan &quot;%1&quot; asiaa ei ole asiarekisterissä (tunniste %2).</translation>
    </message>
    <message>
        <source>There is no case with id %1 in the case register.</source>
        <translation>Asiarekisterissä ei ole asiaa tunnisteella %1.</translation>
    </message>
    <message>
        <source>Item %1 cannot be linked to a case: it is not in the store.</source>
        <translation>Asiakohtaa %1 ei voi liittää asiaan: sitä ei ole varastossa.</translation>
    </message>
    <message>
        <source>Class %1, named by the items&apos; case references</source>
        <translation>Tehtäväluokka %1, johon asiakohtien diaarinumerot viittaavat</translation>
    </message>
    <message>
        <source>An extract sent needs its recipient.</source>
        <translation>Lähetetylle otteelle on merkittävä vastaanottaja.</translation>
    </message>
    <message>
        <source>An extract sent needs the day it was sent.</source>
        <translation>Lähetetylle otteelle on merkittävä lähetyspäivä.</translation>
    </message>
    <message>
        <source>An extract of &quot;%1&quot; cannot have been sent: its meeting has not been held and closed, so there is no decision to send yet.</source>
        <translation>Otetta asiasta &quot;%1&quot; ei ole voitu lähettää: sen kokousta ei ole pidetty ja päätetty, joten lähetettävää päätöstä ei vielä ole.</translation>
    </message>
    <message>
        <source>An extract of &quot;%1&quot; cannot have been sent on %2, before its meeting on %3.</source>
        <translation>Otetta asiasta &quot;%1&quot; ei ole voitu lähettää %2, koska asian kokous pidettiin vasta %3.</translation>
    </message>
    <message>
        <source>Case &quot;%1&quot; is opened with its records; they are destroyed only when its retention period has run.</source>
        <translation>Asia &quot;%1&quot; avataan asiakirjoineen; asiakirjat hävitetään vasta, kun asian säilytysaika on kulunut.</translation>
    </message>
    <message>
        <source>The records of case %1 were destroyed on %2; its register entry is kept as it is.</source>
        <translation>Asian %1 asiakirjat hävitettiin %2; asian rekisterimerkintä säilytetään sellaisenaan.</translation>
    </message>
    <message>
        <source>The records of case %1 were destroyed on %2 already.</source>
        <translation>Asian %1 asiakirjat on jo hävitetty %2.</translation>
    </message>
    <message>
        <source>Case %1 is of task class %2, which is kept permanently: nothing of it may be destroyed.</source>
        <translation>Asia %1 kuuluu tehtäväluokkaan %2, joka säilytetään pysyvästi: siitä ei saa hävittää mitään.</translation>
    </message>
    <message>
        <source>Case %1 is not closed, so its retention period has not begun; nothing of it may be destroyed.</source>
        <translation>Asiaa %1 ei ole suljettu, joten sen säilytysaika ei ole alkanut; siitä ei saa hävittää mitään.</translation>
    </message>
    <message numerus="yes">
        <source>The retention period of case %1 (%n year(s) from the end of %2) has not run: its records may be destroyed from %3.</source>
        <translation>
            <numerusform>Asian %1 säilytysaika (%n vuosi vuoden %2 lopusta) ei ole vielä kulunut: sen asiakirjat saa hävittää %3 alkaen.</numerusform>
            <numerusform>Asian %1 säilytysaika (%n vuotta vuoden %2 lopusta) ei ole vielä kulunut: sen asiakirjat saa hävittää %3 alkaen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The records of case %1 were destroyed on %2: no item joins it any more.</source>
        <translation>Asian %1 asiakirjat hävitettiin %2: siihen ei enää liitetä asiakohtia.</translation>
    </message>
    <message>
        <source>The records of case %1 were destroyed on %2: no extract sent is recorded for it any more.</source>
        <translation>Asian %1 asiakirjat hävitettiin %2: sille ei enää kirjata lähetettyjä otteita.</translation>
    </message>
    <message>
        <source>Unknown entity %1.</source>
        <translation>Tuntematon kohde %1.</translation>
    </message>
    <message>
        <source>Members&apos; packages expire %1 to %2 days after the meeting, not %3.</source>
        <translation>Jäsenten paketit vanhenevat %1–%2 päivää kokouksen jälkeen, ei %3.</translation>
    </message>
    <message>
        <source>Cannot open a store in memory: %1</source>
        <translation>Varastoa ei voi avata muistiin: %1</translation>
    </message>
    <message>
        <source>Cannot open a store in memory: Qt&apos;s SQLite driver gives no connection.</source>
        <translation>Varastoa ei voi avata muistiin: Qt:n SQLite-ajuri ei anna yhteyttä.</translation>
    </message>
    <message>
        <source>There is not enough memory to open %1.</source>
        <translation>Muisti ei riitä tiedoston %1 avaamiseen.</translation>
    </message>
    <message>
        <source>%1 holds no readable store: %2</source>
        <translation>Tiedostossa %1 ei ole luettavaa varastoa: %2</translation>
    </message>
    <message>
        <source>%1 holds no meeting package.</source>
        <translation>Tiedostossa %1 ei ole kokouspakettia.</translation>
    </message>
    <message>
        <source>Only an SQLite store has an image.</source>
        <translation>Vain SQLite-varastosta voi ottaa kuvan.</translation>
    </message>
    <message>
        <source>The store could not be copied out of memory: %1</source>
        <translation>Varastoa ei voitu kopioida muistista: %1</translation>
    </message>
    <message>
        <source>The search index&apos;s terms for agenda item %1 do not match its entry: they were changed outside Pykälä.</source>
        <translation>Hakuhakemiston sanat eivät vastaa asian %1 hakemistomerkintää: niitä on muutettu Pykälän ulkopuolella.</translation>
    </message>
    <message>
        <source>A block of the search index could not be read: run a check of the store (pykala-cli check).</source>
        <translation>Hakuhakemiston lohkoa ei voitu lukea: tarkista asiakirjavarasto (pykala-cli check).</translation>
    </message>
    <message>
        <source>The search index&apos;s block of the term “%1” for agenda items %2 to %3 does not match the term&apos;s entries: it was changed outside Pykälä.</source>
        <translation>Hakuhakemiston sanan ”%1” lohko asioille %2–%3 ei vastaa sanan hakemistomerkintöjä: sitä on muutettu Pykälän ulkopuolella.</translation>
    </message>
</context>
<context>
    <name>SuccessionDialog</name>
    <message>
        <source>Resignation and Successor – %1</source>
        <translation>Ero ja seuraaja – %1</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>%1 alkaen</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; leaves the seat: %2 of %3, %4. The successor takes it in the same role for the rest of the period.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; jättää paikkansa: %3, %2, %4. Seuraaja tulee tilalle samaan rooliin jäljellä olevaksi ajaksi.</translation>
    </message>
    <message>
        <source>Successor</source>
        <translation>Seuraaja</translation>
    </message>
    <message>
        <source>What will be recorded</source>
        <translation>Mitä kirjataan</translation>
    </message>
    <message>
        <source>&amp;Successor:</source>
        <translation>&amp;Seuraaja:</translation>
    </message>
    <message>
        <source>Successor&apos;s &amp;first day:</source>
        <translation>Seuraajan &amp;ensimmäinen päivä:</translation>
    </message>
    <message>
        <source>Record Succession</source>
        <translation>Kirjaa ero ja seuraaja</translation>
    </message>
    <message>
        <source>The personal &amp;deputy %1 stands in for the successor</source>
        <translation>Henkilökohtainen &amp;varajäsen %1 on seuraajan varajäsen</translation>
    </message>
    <message>
        <source>%1&apos;s membership ends on %2.</source>
        <translation>Henkilön %1 jäsenyys päättyy %2.</translation>
    </message>
    <message>
        <source> until %1</source>
        <translation> %1 asti</translation>
    </message>
    <message>
        <source>%1 is %2 from %3%4.</source>
        <translation>%1 on %2 %3 alkaen%4.</translation>
    </message>
    <message>
        <source>The successor was the personal deputy: that deputy membership ends on %1 too.</source>
        <translation>Seuraaja oli henkilökohtainen varajäsen: varajäsenyys päättyy myös %1.</translation>
    </message>
    <message>
        <source>The personal deputy %1 does not stand in for the successor: that deputy membership ends on %2 too.</source>
        <translation>Henkilökohtainen varajäsen %1 ei ole seuraajan varajäsen: hänen varajäsenyytensä päättyy myös %2.</translation>
    </message>
</context>
<context>
    <name>TaskClassCsv</name>
    <message>
        <source>the code is empty.</source>
        <translation>koodi puuttuu.</translation>
    </message>
    <message>
        <source>%1 is not a task class code: a code has one to four two-digit parts separated by dots, e.g. 00.01.01.</source>
        <translation>%1 ei ole tehtäväluokan koodi: koodissa on yhdestä neljään pisteillä erotettua kaksinumeroista osaa, esim. 00.01.01.</translation>
    </message>
    <message>
        <source>the same class as row %1; give each class once.</source>
        <translation>sama luokka kuin rivillä %1; anna kukin luokka vain kerran.</translation>
    </message>
    <message>
        <source>the name is empty.</source>
        <translation>nimi puuttuu.</translation>
    </message>
    <message>
        <source>the retention period is empty; write the years (&quot;10&quot;) or &quot;pysyvä&quot; for a class kept permanently.</source>
        <translation>säilytysaika puuttuu; kirjoita vuodet (&quot;10&quot;) tai pysyvästi säilytettävälle luokalle &quot;pysyvä&quot;.</translation>
    </message>
    <message>
        <source>%1 is not a retention period; write the years from 1 to 1000 (&quot;10&quot;) or &quot;pysyvä&quot; for a class kept permanently.</source>
        <translation>%1 ei ole säilytysaika; kirjoita vuodet väliltä 1–1000 (&quot;10&quot;) tai pysyvästi säilytettävälle luokalle &quot;pysyvä&quot;.</translation>
    </message>
    <message>
        <source>%1 is not a publicity; write &quot;julkinen&quot;, &quot;osittain salassa pidettävä&quot; or &quot;salassa pidettävä&quot;.</source>
        <translation>%1 ei ole julkisuusluokka; kirjoita &quot;julkinen&quot;, &quot;osittain salassa pidettävä&quot; tai &quot;salassa pidettävä&quot;.</translation>
    </message>
    <message>
        <source>the class is not public by default: name the legal basis of its confidentiality (e.g. &quot;JulkL 24 § 1 mom. 25 k&quot;).</source>
        <translation>luokka ei ole oletuksena julkinen: anna sen salassapitoperuste (esim. &quot;JulkL 24 § 1 mom. 25 k&quot;).</translation>
    </message>
    <message>
        <source>%1 is neither yes nor no; write &quot;kyllä&quot; or &quot;ei&quot;.</source>
        <translation>%1 ei ole kyllä- eikä ei-arvo; kirjoita &quot;kyllä&quot; tai &quot;ei&quot;.</translation>
    </message>
    <message>
        <source>the task class code</source>
        <translation>tehtäväluokan koodi</translation>
    </message>
    <message>
        <source>the name of the class</source>
        <translation>luokan nimi</translation>
    </message>
    <message>
        <source>the retention period</source>
        <translation>säilytysaika</translation>
    </message>
    <message>
        <source>the default publicity</source>
        <translation>oletusjulkisuus</translation>
    </message>
    <message>
        <source>the legal basis of confidentiality</source>
        <translation>salassapitoperuste</translation>
    </message>
    <message>
        <source>whether its cases hold personal data</source>
        <translation>sisältävätkö luokan asiat henkilötietoja</translation>
    </message>
    <message>
        <source>The file is larger than %1 bytes, the most that is read; a task classification is far smaller. Is this the right file?</source>
        <translation>Tiedosto on suurempi kuin %1 tavua, joka on enin mitä luetaan; tehtäväluokitus on paljon pienempi. Onko tämä oikea tiedosto?</translation>
    </message>
    <message>
        <source>The file is empty: it has no header row and no task classes.</source>
        <translation>Tiedosto on tyhjä: siinä ei ole otsikkoriviä eikä tehtäväluokkia.</translation>
    </message>
    <message>
        <source>The file has a header row but no task classes below it.</source>
        <translation>Tiedostossa on otsikkorivi mutta sen alla ei ole tehtäväluokkia.</translation>
    </message>
    <message>
        <source>The file has more than %1 rows of task classes; at most %1 are read at once.</source>
        <translation>Tiedostossa on yli %1 tehtäväluokkariviä; kerralla luetaan enintään %1.</translation>
    </message>
    <message>
        <source>the header row has more than %1 columns; a task classification has at most %1. Is this the right file?</source>
        <translation>otsikkorivillä on yli %1 saraketta; tehtäväluokituksessa on enintään %1. Onko tämä oikea tiedosto?</translation>
    </message>
    <message>
        <source>the row has more than %1 cells; a task classification has at most %1 columns. Is this the right file?</source>
        <translation>rivillä on yli %1 solua; tehtäväluokituksessa on enintään %1 saraketta. Onko tämä oikea tiedosto?</translation>
    </message>
    <message>
        <source>the first row is not a header row: none of its cells names a column of a task classification (%1, or the same in Swedish or English). Add a header row above the classes.</source>
        <translation>ensimmäinen rivi ei ole otsikkorivi: mikään sen soluista ei nimeä tehtäväluokituksen saraketta (%1 tai samat ruotsiksi tai englanniksi). Lisää otsikkorivi luokkien yläpuolelle.</translation>
    </message>
</context>
<context>
    <name>TaskClassEditDialog</name>
    <message>
        <source>Its cases hold &amp;personal data</source>
        <translation>Sen asiat sisältävät &amp;henkilötietoja</translation>
    </message>
    <message>
        <source>Task Class %1</source>
        <translation>Tehtäväluokka %1</translation>
    </message>
    <message>
        <source>permanently</source>
        <translation>pysyvästi</translation>
    </message>
    <message>
        <source>Years the records of its cases are kept after the year they close; 0 keeps them permanently</source>
        <translation>Vuodet, jotka luokan asioiden asiakirjat säilytetään sulkemisvuoden jälkeen; 0 säilyttää ne pysyvästi</translation>
    </message>
    <message>
        <source>e.g. JulkL 24 § 1 mom. 25 k</source>
        <translation>esim. JulkL 24 § 1 mom. 25 k</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nimi:</translation>
    </message>
    <message>
        <source>&amp;Kept, in years:</source>
        <translation>&amp;Säilytysaika vuosina:</translation>
    </message>
    <message>
        <source>Default p&amp;ublicity:</source>
        <translation>Oletus&amp;julkisuus:</translation>
    </message>
    <message>
        <source>Legal &amp;basis:</source>
        <translation>&amp;Salassapitoperuste:</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Tallenna</translation>
    </message>
</context>
<context>
    <name>TaskClassificationDialog</name>
    <message>
        <source>Task Classification</source>
        <translation>Tehtäväluokitus</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Koodi</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Säilytys</translation>
    </message>
    <message>
        <source>Default publicity</source>
        <translation>Oletusjulkisuus</translation>
    </message>
    <message>
        <source>Personal data</source>
        <translation>Henkilötieto</translation>
    </message>
    <message>
        <source>Task classes</source>
        <translation>Tehtäväluokat</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tilaviesti</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Muokkaa…</translation>
    </message>
    <message>
        <source>&amp;Import from Spreadsheet…</source>
        <translation>&amp;Tuo taulukosta…</translation>
    </message>
    <message>
        <source>Classes from a spreadsheet saved as CSV: code, name, retention, publicity, basis, personal data; a file with any problem is refused whole</source>
        <translation>Luokat CSV-muotoon tallennetusta taulukosta: koodi, nimi, säilytysaika, julkisuus, peruste, henkilötiedot; tiedosto, jossa on yksikin virhe, hylätään kokonaan</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sulje</translation>
    </message>
    <message>
        <source>A class marked built-in is offered from Pykälä&apos;s own classification until it is first used or changed.</source>
        <translation>Valmiiksi merkitty luokka tulee Pykälän omasta luokituksesta, kunnes sitä ensimmäisen kerran käytetään tai muutetaan.</translation>
    </message>
    <message>
        <source>%1 (built-in)</source>
        <translation>%1 (valmis)</translation>
    </message>
    <message>
        <source>permanently</source>
        <translation>pysyvästi</translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n vuosi</numerusform>
            <numerusform>%n vuotta</numerusform>
        </translation>
    </message>
    <message>
        <source>yes</source>
        <translation>kyllä</translation>
    </message>
    <message>
        <source>no</source>
        <translation>ei</translation>
    </message>
    <message>
        <source>Saved task class %1.</source>
        <translation>Tallennettiin tehtäväluokka %1.</translation>
    </message>
    <message>
        <source>Import Task Classification</source>
        <translation>Tuo tehtäväluokitus</translation>
    </message>
    <message>
        <source>Spreadsheets saved as CSV (*.csv *.txt);;All files (*)</source>
        <translation>CSV-muotoon tallennetut taulukot (*.csv *.txt);;Kaikki tiedostot (*)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Tiedostoa %1 ei voi lukea: %2</translation>
    </message>
    <message>
        <source>Imported the task classification: %1 new, %2 changed, %3 unchanged.</source>
        <translation>Tehtäväluokitus tuotiin: %1 uutta, %2 muuttunutta, %3 ennallaan.</translation>
    </message>
</context>
<context>
    <name>TermChangeDialog</name>
    <message>
        <source>Also end the &amp;presenters&apos; and secretaries&apos; memberships</source>
        <translation>Päätä myös &amp;esittelijöiden ja pöytäkirjanpitäjien jäsenyydet</translation>
    </message>
    <message>
        <source>Change of Term – %1</source>
        <translation>Toimikauden vaihtuminen – %1</translation>
    </message>
    <message>
        <source>At the change of term the memberships of %1 end on the last day of the old term; their history stays. Then add the new term&apos;s members, or import them from a spreadsheet with Import Members….</source>
        <translation>Toimikauden vaihtuessa toimielimen %1 jäsenyydet päättyvät vanhan toimikauden viimeisenä päivänä; niiden historia säilyy. Lisää sitten uuden toimikauden jäsenet tai tuo ne laskentataulukosta toiminnolla Tuo jäsenet….</translation>
    </message>
    <message>
        <source>Officials hold their offices across terms: leave this unticked to keep them.</source>
        <translation>Viranhaltijoiden tehtävät jatkuvat toimikaudesta toiseen: jätä tämä rastittamatta, niin ne säilyvät.</translation>
    </message>
    <message>
        <source>Memberships that end</source>
        <translation>Päättyvät jäsenyydet</translation>
    </message>
    <message>
        <source>&amp;Last day of the term:</source>
        <translation>Toimikauden &amp;viimeinen päivä:</translation>
    </message>
    <message>
        <source>End Memberships</source>
        <translation>Päätä jäsenyydet</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>for %1</source>
        <translation>(varajäsen: %1)</translation>
    </message>
    <message>
        <source>(from %1)</source>
        <translation>(%1 alkaen)</translation>
    </message>
    <message>
        <source>No membership of %1 runs beyond %2: none needs to end.</source>
        <translation>Yksikään toimielimen %1 jäsenyys ei jatku %2 jälkeen: mitään ei tarvitse päättää.</translation>
    </message>
    <message numerus="yes">
        <source>%n membership(s) end on %1:</source>
        <translation>
            <numerusform>%n jäsenyys päättyy %1:</numerusform>
            <numerusform>%n jäsenyyttä päättyy %1:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TextRules</name>
    <message>
        <source>the organisation</source>
        <translation>organisaatio</translation>
    </message>
    <message>
        <source>a body</source>
        <translation>toimielin</translation>
    </message>
    <message>
        <source>a person</source>
        <translation>henkilö</translation>
    </message>
    <message>
        <source>a meeting</source>
        <translation>kokous</translation>
    </message>
    <message>
        <source>an invitee</source>
        <translation>kutsuttu</translation>
    </message>
    <message>
        <source>an agenda item</source>
        <translation>asia</translation>
    </message>
    <message>
        <source>a preparer</source>
        <translation>valmistelija</translation>
    </message>
    <message>
        <source>a recipient of an extract</source>
        <translation>otteen saaja</translation>
    </message>
    <message>
        <source>an attachment</source>
        <translation>liite</translation>
    </message>
    <message>
        <source>a correction</source>
        <translation>oikaisu</translation>
    </message>
    <message>
        <source>the %1 of %2</source>
        <translation>kenttä %1 (%2)</translation>
    </message>
    <message>
        <source>%1 holds a character that cannot be kept (U+%2 at character %3): control characters other than newline and tab, and characters lost on the way in, are refused. Remove it and try again.</source>
        <translation>%1 sisältää merkin, jota ei voi tallentaa (U+%2 kohdassa %3): muut ohjausmerkit kuin rivinvaihto ja sarkain sekä matkalla kadonneet merkit hylätään. Poista merkki ja yritä uudelleen.</translation>
    </message>
    <message>
        <source>%1 is %2 characters long; at most %3 are kept. Shorten it and try again.</source>
        <translation>%1 on %2 merkkiä pitkä; enintään %3 merkkiä tallennetaan. Lyhennä sitä ja yritä uudelleen.</translation>
    </message>
    <message>
        <source>The event&apos;s %1 is nested deeper than %2 levels.</source>
        <translation>Tapahtuman kenttä %1 on sisäkkäin syvemmällä kuin %2 tasoa.</translation>
    </message>
    <message>
        <source>the event&apos;s %1</source>
        <translation>tapahtuman kenttä %1</translation>
    </message>
    <message>
        <source>a field name of the event</source>
        <translation>tapahtuman kentän nimi</translation>
    </message>
    <message>
        <source>The event is %1 bytes long; at most %2 are kept.</source>
        <translation>Tapahtuma on %1 tavua pitkä; enintään %2 tavua tallennetaan.</translation>
    </message>
    <message>
        <source>a disclosure</source>
        <translation>luovutus</translation>
    </message>
    <message>
        <source>an item template</source>
        <translation>asiamalli</translation>
    </message>
    <message>
        <source>the name of the organisation</source>
        <translation>organisaation nimi</translation>
    </message>
    <message>
        <source>the Swedish name of the organisation</source>
        <translation>organisaation ruotsinkielinen nimi</translation>
    </message>
    <message>
        <source>the business id of the organisation</source>
        <translation>organisaation Y-tunnus</translation>
    </message>
    <message>
        <source>the registry address of the organisation</source>
        <translation>organisaation kirjaamon osoite</translation>
    </message>
    <message>
        <source>the registry e-mail address of the organisation</source>
        <translation>organisaation kirjaamon sähköpostiosoite</translation>
    </message>
    <message>
        <source>the name of a body</source>
        <translation>toimielimen nimi</translation>
    </message>
    <message>
        <source>the short name of a body</source>
        <translation>toimielimen lyhenne</translation>
    </message>
    <message>
        <source>the Swedish name of a body</source>
        <translation>toimielimen ruotsinkielinen nimi</translation>
    </message>
    <message>
        <source>the usual meeting place of a body</source>
        <translation>toimielimen tavallinen kokouspaikka</translation>
    </message>
    <message>
        <source>the given name of a person</source>
        <translation>henkilön etunimi</translation>
    </message>
    <message>
        <source>the family name of a person</source>
        <translation>henkilön sukunimi</translation>
    </message>
    <message>
        <source>the title of a person</source>
        <translation>henkilön arvo tai ammatti</translation>
    </message>
    <message>
        <source>the e-mail address of a person</source>
        <translation>henkilön sähköpostiosoite</translation>
    </message>
    <message>
        <source>the phone number of a person</source>
        <translation>henkilön puhelinnumero</translation>
    </message>
    <message>
        <source>the place of a meeting</source>
        <translation>kokouksen paikka</translation>
    </message>
    <message>
        <source>the cancellation reason of a meeting</source>
        <translation>kokouksen peruutuksen syy</translation>
    </message>
    <message>
        <source>the name of an invitee</source>
        <translation>kutsutun nimi</translation>
    </message>
    <message>
        <source>the role of an invitee</source>
        <translation>kutsutun tehtävä</translation>
    </message>
    <message>
        <source>the e-mail address of an invitee</source>
        <translation>kutsutun sähköpostiosoite</translation>
    </message>
    <message>
        <source>the title of an agenda item</source>
        <translation>asian otsikko</translation>
    </message>
    <message>
        <source>the case reference of an agenda item</source>
        <translation>asian diaarinumero</translation>
    </message>
    <message>
        <source>the task class of an agenda item</source>
        <translation>asian tehtäväluokka</translation>
    </message>
    <message>
        <source>the confidentiality basis of an agenda item</source>
        <translation>asian salassapitoperuste</translation>
    </message>
    <message>
        <source>the background of an agenda item</source>
        <translation>asian selostus</translation>
    </message>
    <message>
        <source>the proposal of an agenda item</source>
        <translation>asian päätösehdotus</translation>
    </message>
    <message>
        <source>the proceedings of an agenda item</source>
        <translation>asian käsittely</translation>
    </message>
    <message>
        <source>the decision of an agenda item</source>
        <translation>asian päätös</translation>
    </message>
    <message>
        <source>the name of a preparer</source>
        <translation>valmistelijan nimi</translation>
    </message>
    <message>
        <source>the title of a preparer</source>
        <translation>valmistelijan virkanimike</translation>
    </message>
    <message>
        <source>the contact details of a preparer</source>
        <translation>valmistelijan yhteystiedot</translation>
    </message>
    <message>
        <source>the name of a recipient of an extract</source>
        <translation>otteen saajan nimi</translation>
    </message>
    <message>
        <source>the address of a recipient of an extract</source>
        <translation>otteen saajan osoite</translation>
    </message>
    <message>
        <source>the name of an attachment</source>
        <translation>liitteen nimi</translation>
    </message>
    <message>
        <source>the confidentiality basis of an attachment</source>
        <translation>liitteen salassapitoperuste</translation>
    </message>
    <message>
        <source>the text of a correction</source>
        <translation>oikaisun teksti</translation>
    </message>
    <message>
        <source>the recipient of a disclosure</source>
        <translation>luovutuksen vastaanottaja</translation>
    </message>
    <message>
        <source>%1 must be on one line: a line break or a tab (U+%2 at character %3) cannot be kept in it. Write it on one line and try again.</source>
        <translation>%1 on kirjoitettava yhdelle riville: siihen ei voi tallentaa rivinvaihtoa eikä sarkainta (U+%2 kohdassa %3). Kirjoita se yhdelle riville ja yritä uudelleen.</translation>
    </message>
    <message>
        <source>the code of a task class</source>
        <translation>tehtäväluokan koodi</translation>
    </message>
    <message>
        <source>the name of a task class</source>
        <translation>tehtäväluokan nimi</translation>
    </message>
    <message>
        <source>the confidentiality basis of a task class</source>
        <translation>tehtäväluokan salassapitoperuste</translation>
    </message>
    <message>
        <source>the title of a case</source>
        <translation>asian otsikko</translation>
    </message>
    <message>
        <source>the registry prefix of a diary number</source>
        <translation>diaarinumeron kirjaamoetuliite</translation>
    </message>
    <message>
        <source>the confidentiality basis of a case</source>
        <translation>asian salassapitoperuste</translation>
    </message>
    <message>
        <source>the parties of a case</source>
        <translation>asian asianosaiset</translation>
    </message>
    <message>
        <source>the name of a party of a case</source>
        <translation>asianosaisen nimi</translation>
    </message>
    <message>
        <source>the role of a party of a case</source>
        <translation>asianosaisen rooli</translation>
    </message>
    <message>
        <source>the contact details of a party of a case</source>
        <translation>asianosaisen yhteystiedot</translation>
    </message>
    <message>
        <source>the recipient of an extract</source>
        <translation>lähetetyn otteen vastaanottaja</translation>
    </message>
    <message>
        <source>the address an extract was sent to</source>
        <translation>osoite, johon ote lähetettiin</translation>
    </message>
    <message>
        <source>a task class</source>
        <translation>tehtäväluokka</translation>
    </message>
    <message>
        <source>a case</source>
        <translation>asiarekisterin asia</translation>
    </message>
    <message>
        <source>an extract sent</source>
        <translation>lähetetty ote</translation>
    </message>
</context>
<context>
    <name>UiLanguage</name>
    <message>
        <source>The system&apos;s language (%1)</source>
        <translation>Järjestelmän kieli (%1)</translation>
    </message>
</context>
<context>
    <name>Verification</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Tiedostoa %1 ei voi lukea: %2</translation>
    </message>
    <message>
        <source>%1 is not a PDF document that can be read.</source>
        <translation>%1 ei ole luettava PDF-asiakirja.</translation>
    </message>
    <message>
        <source>%1 is encrypted; signed minutes are never encrypted.</source>
        <translation>%1 on salattu; allekirjoitettuja pöytäkirjoja ei salata.</translation>
    </message>
    <message>
        <source>The document has no signatures.</source>
        <translation>Asiakirjassa ei ole allekirjoituksia.</translation>
    </message>
    <message>
        <source>The signature of %1 does not match the document: it was changed after signing.</source>
        <translation>Allekirjoittajan %1 allekirjoitus ei vastaa asiakirjaa: asiakirjaa on muutettu allekirjoittamisen jälkeen.</translation>
    </message>
    <message>
        <source>The signature of %1 is not valid (%2).</source>
        <translation>Allekirjoittajan %1 allekirjoitus ei ole kelvollinen (%2).</translation>
    </message>
    <message>
        <source>The certificate of %1 is not trusted (%2): its issuer is not among the trusted ones of the certificate database, or it has expired or been revoked.</source>
        <translation>Allekirjoittajan %1 varmenteeseen ei luoteta (%2): sen myöntäjä ei ole varmennetietokannan luotettujen joukossa, tai varmenne on vanhentunut tai peruttu.</translation>
    </message>
    <message>
        <source>The signature of %1 does not cover its revision of the document.</source>
        <translation>Allekirjoittajan %1 allekirjoitus ei kata asiakirjan versiotaan kokonaan.</translation>
    </message>
    <message>
        <source>The document was changed after the last signature (by %1): a later revision is not signed.</source>
        <translation>Asiakirjaa on muutettu viimeisen allekirjoituksen (%1) jälkeen: myöhempää versiota ei ole allekirjoitettu.</translation>
    </message>
    <message>
        <source>The signature is valid and covers the whole document.</source>
        <translation>Allekirjoitus on kelvollinen ja kattaa koko asiakirjan.</translation>
    </message>
    <message>
        <source>All %1 signatures are valid, and the last covers the whole document.</source>
        <translation>Kaikki %1 allekirjoitusta ovat kelvollisia, ja viimeinen kattaa koko asiakirjan.</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>kelvollinen</translation>
    </message>
    <message>
        <source>not valid</source>
        <translation>ei kelvollinen</translation>
    </message>
    <message>
        <source>the document was changed after signing</source>
        <translation>asiakirjaa on muutettu allekirjoittamisen jälkeen</translation>
    </message>
    <message>
        <source>the signature cannot be read</source>
        <translation>allekirjoitusta ei voi lukea</translation>
    </message>
    <message>
        <source>the signature could not be checked</source>
        <translation>allekirjoitusta ei voitu tarkistaa</translation>
    </message>
    <message>
        <source>the signature is missing</source>
        <translation>allekirjoitus puuttuu</translation>
    </message>
    <message>
        <source>the signature was not checked</source>
        <translation>allekirjoitusta ei tarkistettu</translation>
    </message>
    <message>
        <source>trusted certificate</source>
        <translation>luotettu varmenne</translation>
    </message>
    <message>
        <source>certificate issued by an authority not trusted here</source>
        <translation>varmenteen myöntäjä ei ole täällä luotettu</translation>
    </message>
    <message>
        <source>certificate issued by an unknown authority</source>
        <translation>varmenteen myöntäjä on tuntematon</translation>
    </message>
    <message>
        <source>certificate revoked</source>
        <translation>varmenne on mitätöity</translation>
    </message>
    <message>
        <source>certificate expired</source>
        <translation>varmenne on vanhentunut</translation>
    </message>
    <message>
        <source>the certificate could not be checked</source>
        <translation>varmennetta ei voitu tarkistaa</translation>
    </message>
    <message>
        <source>the certificate was not checked</source>
        <translation>varmennetta ei tarkistettu</translation>
    </message>
    <message>
        <source>does not cover its revision</source>
        <translation>ei kata omaa versiotaan</translation>
    </message>
    <message>
        <source>NOT valid: %1</source>
        <translation>EI kelpaa: %1</translation>
    </message>
</context>
<context>
    <name>Voting</name>
    <message>
        <source>There can be only one base proposal.</source>
        <translation>Pohjaehdotuksia voi olla vain yksi.</translation>
    </message>
    <message>
        <source>Only one rejection proposal can be put to the vote; the body decides on the others first.</source>
        <translation>Äänestykseen voidaan asettaa vain yksi hylkäysehdotus; toimielin päättää muista ensin.</translation>
    </message>
    <message>
        <source>A vote needs the base proposal.</source>
        <translation>Äänestyksessä on oltava pohjaehdotus.</translation>
    </message>
    <message>
        <source>The voting order must contain each of the %1 proposals exactly once.</source>
        <translation>Äänestysjärjestyksessä on oltava jokainen %1 ehdotuksesta täsmälleen kerran.</translation>
    </message>
    <message>
        <source>The voting order names &quot;%1&quot;, which is not a proposal in the vote.</source>
        <translation>Äänestysjärjestyksessä on &quot;%1&quot;, joka ei ole äänestettävä ehdotus.</translation>
    </message>
    <message>
        <source>The voting order names &quot;%1&quot; twice.</source>
        <translation>Äänestysjärjestyksessä on &quot;%1&quot; kahdesti.</translation>
    </message>
    <message>
        <source>A rejection proposal is voted on last, against the winner.</source>
        <translation>Hylkäysehdotuksesta äänestetään viimeisenä voittanutta ehdotusta vastaan.</translation>
    </message>
    <message>
        <source>A vote puts two different proposals against each other.</source>
        <translation>Äänestyksessä asetetaan vastakkain kaksi eri ehdotusta.</translation>
    </message>
    <message>
        <source>Vote counts cannot be negative.</source>
        <translation>Äänimäärät eivät voi olla negatiivisia.</translation>
    </message>
    <message>
        <source>The proposal that needs a qualified majority is not in this vote.</source>
        <translation>Määräenemmistöä vaativa ehdotus ei ole tässä äänestyksessä.</translation>
    </message>
    <message>
        <source>The vote is tied %1–%1 and the chair&apos;s vote decides it, but the chair voted neither JAA nor EI.</source>
        <translation>Äänet menivät tasan %1–%1, jolloin puheenjohtajan ääni ratkaisee, mutta puheenjohtaja ei äänestänyt JAA eikä EI.</translation>
    </message>
    <message>
        <source>The vote is tied %1–%1, and the vote of whoever presides decides it, but no one presides over this item: the chair and every vice chair are away or disqualified. Record the temporary chair the body chose.</source>
        <translation>Äänet menivät tasan %1–%1, ja puheenjohtajana toimivan ääni ratkaisee, mutta kukaan ei johda puhetta tässä asiassa: puheenjohtaja ja kaikki varapuheenjohtajat ovat poissa tai esteellisiä. Merkitse toimielimen valitsema tilapäinen puheenjohtaja.</translation>
    </message>
</context>
<context>
    <name>VotingPanel</name>
    <message>
        <source>Yes</source>
        <translation>Jaa</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Ei</translation>
    </message>
    <message>
        <source>Blank</source>
        <translation>Tyhjä</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Poissa</translation>
    </message>
    <message>
        <source>Others Yes</source>
        <translation>Muille Jaa</translation>
    </message>
    <message>
        <source>Record Vote</source>
        <translation>Kirjaa äänestys</translation>
    </message>
    <message>
        <source>Roll call</source>
        <translation>Nimenhuuto</translation>
    </message>
    <message>
        <source>Vote</source>
        <translation>Äänestys</translation>
    </message>
    <message>
        <source>What Yes and No stand for</source>
        <translation>Mitä Jaa ja Ei tarkoittavat</translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>Äänimäärät</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Tulos</translation>
    </message>
    <message>
        <source>Give every member without a ballot a Yes vote</source>
        <translation>Anna Jaa-ääni jokaiselle jäsenelle, joka ei ole vielä äänestänyt</translation>
    </message>
    <message>
        <source>Record the vote in the meeting&apos;s record</source>
        <translation>Kirjaa äänestys kokouksen tietoihin</translation>
    </message>
    <message>
        <source>Yes (JAA): %1
No (EI): %2</source>
        <translation>JAA: %1
EI: %2</translation>
    </message>
    <message>
        <source>%1 (chair)</source>
        <translation>%1 (puheenjohtaja)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Yes %1 · No %2 · Blank %3 · Absent %4 · not yet given %5</source>
        <translation>Jaa %1 · Ei %2 · Tyhjä %3 · Poissa %4 · antamatta %5</translation>
    </message>
    <message>
        <source>The result shows when every ballot is given.</source>
        <translation>Tulos näkyy, kun kaikki äänet on annettu.</translation>
    </message>
    <message>
        <source>%1 wins %2–%3.</source>
        <translation>%1 voittaa äänin %2–%3.</translation>
    </message>
    <message>
        <source>A tie, decided by the chair&apos;s vote.</source>
        <translation>Äänet menivät tasan; puheenjohtajan ääni ratkaisi.</translation>
    </message>
    <message>
        <source>The qualified majority was not reached.</source>
        <translation>Määräenemmistöä ei saavutettu.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Pykälä desktop client.</source>
        <translation>Pykälän työpöytäsovellus.</translation>
    </message>
    <message>
        <source>Pykälä</source>
        <translation>Pykälä</translation>
    </message>
    <message>
        <source>The store to open (default: $PYKALA_STORE, else the store used last, else %1).</source>
        <translation>Avattava asiakirjavarasto (oletus: $PYKALA_STORE, muuten viimeksi käytetty varasto, muuten %1).</translation>
    </message>
    <message>
        <source>Open the store read-only for review. A meeting package always opens so.</source>
        <translation>Avaa varasto vain luettavaksi. Kokouspaketti avautuu aina näin.</translation>
    </message>
    <message>
        <source>Name the package or store to review: pykala --review FILE.</source>
        <translation>Anna luettava paketti tai varasto: pykala --review TIEDOSTO.</translation>
    </message>
    <message>
        <source>%1

The store on this computer opens instead.</source>
        <translation>%1

Sen sijaan avataan tämän tietokoneen varasto.</translation>
    </message>
</context>
</TS>
