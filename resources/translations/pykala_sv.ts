<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv">
<context>
    <name>AccessibilityStatement</name>
    <message>
        <source>The site&apos;s accessibility statement says where feedback goes, and the organisation has no registry address or e-mail set. Set them with &apos;pykala-cli organisation --address TEXT --email ADDRESS&apos;.</source>
        <translation>Webbplatsens tillgänglighetsutlåtande anger vart respons ska skickas, och organisationen har ingen adress eller e-postadress till registraturen. Ange dem med &apos;pykala-cli organisation --address TEXT --email ADRESS&apos;.</translation>
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
        <translation>Rubrik</translation>
    </message>
    <message>
        <source>Preparers</source>
        <translation>Beredare</translation>
    </message>
    <message>
        <source>Publicity</source>
        <translation>Offentlighet</translation>
    </message>
</context>
<context>
    <name>AgendaPreparation</name>
    <message>
        <source>The record of meeting %1 does not replay: %2</source>
        <translation>De antecknade händelserna för sammanträde %1 kan inte spelas upp på nytt: %2</translation>
    </message>
    <message>
        <source>There is no agenda item with id %1.</source>
        <translation>Det finns inget ärende med id %1.</translation>
    </message>
</context>
<context>
    <name>Appeal</name>
    <message>
        <source>The publication date is not a valid date.</source>
        <translation>Publiceringsdagen är inget giltigt datum.</translation>
    </message>
    <message>
        <source>A preparatory or enforcement decision cannot be appealed, so it has no appeal period.</source>
        <translation>Ändring i ett beslut som gäller beredning eller verkställighet får inte sökas, så det har ingen besvärstid.</translation>
    </message>
    <message>
        <source>The %1-day period of a procurement decision runs from the day a party is notified of the decision with its instructions (hankintalaki 132 § and 147 §), not from the publication of the minutes, so no last day follows from a publication date.</source>
        <translation>Tidsfristen på %1 dagar för ett upphandlingsbeslut räknas från den dag då en part har fått del av beslutet med anvisningar (upphandlingslagen 132 § och 147 §), inte från framläggandet av protokollet, så ingen sista dag följer av ett publiceringsdatum.</translation>
    </message>
    <message>
        <source>The day the extract was sent is not a valid date.</source>
        <translation>Dagen då utdraget skickades är inget giltigt datum.</translation>
    </message>
</context>
<context>
    <name>AppealInstructions</name>
    <message>
        <source>The appeal instruction texts are missing from the program.</source>
        <translation>Besvärsanvisningarnas texter saknas i programmet.</translation>
    </message>
    <message>
        <source>There is no appeal instruction for %1.</source>
        <translation>Det finns ingen besvärsanvisning för %1.</translation>
    </message>
    <message>
        <source>The appeal instructions name the administrative court, and the organisation has none set. Set it with &apos;pykala-cli organisation --court CODE&apos; (one of %1).</source>
        <translation>Besvärsanvisningen nämner förvaltningsdomstolen, och organisationen har ingen angiven. Ange den med &apos;pykala-cli organisation --court KOD&apos; (en av %1).</translation>
    </message>
    <message>
        <source>The appeal instructions give the address where requests are sent, and the organisation has none set. Set it with &apos;pykala-cli organisation --address TEXT --email ADDRESS&apos;.</source>
        <translation>Besvärsanvisningen anger adressen dit yrkanden sänds, och organisationen har ingen angiven. Ange den med &apos;pykala-cli organisation --address TEXT --email ADRESS&apos;.</translation>
    </message>
</context>
<context>
    <name>ArchivePackage</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Det gick inte att skriva %1: %2</translation>
    </message>
    <message>
        <source>Name the folder to write the archive package to.</source>
        <translation>Ange mappen som arkivpaketet ska skrivas till.</translation>
    </message>
    <message>
        <source>%1 exists and is not an empty folder; give a new folder for the archive package.</source>
        <translation>%1 finns redan och är ingen tom mapp; ange en ny mapp för arkivpaketet.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Mappen %1 finns inte.</translation>
    </message>
    <message>
        <source>No case was closed in %1: there is nothing to archive for that year.</source>
        <translation>Inget ärende avslutades år %1: det finns inget att arkivera för det året.</translation>
    </message>
    <message>
        <source>Could not make a folder in %1: %2</source>
        <translation>Det gick inte att skapa en mapp i %1: %2</translation>
    </message>
    <message>
        <source>The archive export was cancelled; no package was written.</source>
        <translation>Arkivexporten avbröts; inget paket skrevs.</translation>
    </message>
    <message numerus="yes">
        <source>None of the %n case(s) closed in %1 can be archived yet: %2</source>
        <translation>
            <numerusform>%n ärende avslutades år %1, men det kan ännu inte arkiveras: %2</numerusform>
            <numerusform>%n ärenden avslutades år %1, men inget av dem kan ännu arkiveras: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not replace the empty folder %1.</source>
        <translation>Det gick inte att ersätta den tomma mappen %1.</translation>
    </message>
    <message>
        <source>Could not move the package to %1.</source>
        <translation>Det gick inte att flytta paketet till %1.</translation>
    </message>
    <message>
        <source>Case %1 has no task class.</source>
        <translation>Ärendet %1 har ingen uppgiftsklass.</translation>
    </message>
    <message>
        <source>The store has no organisation.</source>
        <translation>Ärendearkivet har ingen organisation.</translation>
    </message>
    <message>
        <source>its handling at %1 was not held.</source>
        <translation>sammanträdet %1 där det behandlas har inte hållits.</translation>
    </message>
    <message>
        <source>its handling at %1 has no § number.</source>
        <translation>dess behandling vid %1 har inget paragrafnummer.</translation>
    </message>
    <message>
        <source>the minutes of %1 are not signed by all who sign them.</source>
        <translation>protokollet från %1 är inte undertecknat av alla som ska underteckna det.</translation>
    </message>
    <message>
        <source>it has no handling at a meeting.</source>
        <translation>det har inte behandlats vid något sammanträde.</translation>
    </message>
    <message>
        <source>Could not make the folder %1.</source>
        <translation>Det gick inte att skapa mappen %1.</translation>
    </message>
</context>
<context>
    <name>Attendance</name>
    <message>
        <source>Person %1 holds no seat in the body and cannot be recorded as a member present.</source>
        <translation>Person %1 har ingen plats i organet och kan inte antecknas som närvarande ledamot.</translation>
    </message>
    <message>
        <source>The disqualification of person %1 in item %2 needs its ground.</source>
        <translation>Jävet för person %1 i ärende %2 behöver en grund.</translation>
    </message>
    <message>
        <source>The moves are not in the order of the agenda: item %1 comes after item %2.</source>
        <translation>Ankomster och avgångar är inte i föredragningslistans ordning: ärende %1 kommer efter ärende %2.</translation>
    </message>
    <message>
        <source>Person %1 holds no seat in the body.</source>
        <translation>Person %1 har ingen plats i organet.</translation>
    </message>
    <message>
        <source>Person %1 arrives during item %2 but is already present.</source>
        <translation>Person %1 anländer under ärende %2 men är redan närvarande.</translation>
    </message>
    <message>
        <source>Person %1 leaves during item %2 but is not present.</source>
        <translation>Person %1 avlägsnar sig under ärende %2 men är inte närvarande.</translation>
    </message>
    <message>
        <source>Person %1 is recorded as disqualified in item %2 but is not present.</source>
        <translation>Person %1 har antecknats som jävig i ärende %2 men är inte närvarande.</translation>
    </message>
    <message>
        <source>A move is recorded for item %1, which is not on the agenda.</source>
        <translation>En ankomst eller avgång har antecknats för ärende %1, som inte finns på föredragningslistan.</translation>
    </message>
    <message>
        <source>Person %1 is recorded as taking part by a remote connection but is not present at the opening.</source>
        <translation>Person %1 har antecknats delta på distans men är inte närvarande vid sammanträdets början.</translation>
    </message>
    <message>
        <source>Person %1 changes how they take part during item %2 but is not present.</source>
        <translation>Person %1 ändrar sitt sätt att delta under ärende %2 men är inte närvarande.</translation>
    </message>
    <message>
        <source>Person %1 switches to a remote connection during item %2 but already takes part by one.</source>
        <translation>Person %1 övergår till distansdeltagande under ärende %2 men deltar redan på distans.</translation>
    </message>
    <message>
        <source>Person %1 switches to the meeting room during item %2 but is already there.</source>
        <translation>Person %1 övergår till mötesplatsen under ärende %2 men är redan där.</translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>Unknown entity %1.</source>
        <translation>Okänd posttyp %1.</translation>
    </message>
    <message>
        <source>Audit log entries %1 to %2 are missing.</source>
        <translation>Loggposterna %1–%2 saknas.</translation>
    </message>
    <message>
        <source>Audit log entry %1 does not follow the entry before it: the log was altered.</source>
        <translation>Loggpost %1 följer inte på posten före den: loggen har ändrats.</translation>
    </message>
    <message>
        <source>Audit log entry %1 was altered after it was written.</source>
        <translation>Loggpost %1 har ändrats efter att den skrevs.</translation>
    </message>
    <message>
        <source>The newest audit log entries (after %1) are missing.</source>
        <translation>De senaste loggposterna (efter %1) saknas.</translation>
    </message>
    <message>
        <source>%1 %2 is not in the audit log: it was written outside Pykälä.</source>
        <translation>%1 %2 finns inte i ändringsloggen: den har skrivits utanför Pykälä.</translation>
    </message>
    <message>
        <source>%1 %2 differs from its last audited value: it was changed outside Pykälä.</source>
        <translation>%1 %2 avviker från sitt senast loggade värde: den har ändrats utanför Pykälä.</translation>
    </message>
    <message>
        <source>%1 %2 is missing: it was deleted outside Pykälä.</source>
        <translation>%1 %2 saknas: den har raderats utanför Pykälä.</translation>
    </message>
    <message>
        <source>Audit log entry %1 changes %2 %3 from a value the log never recorded: the record was changed outside Pykälä before it.</source>
        <translation>Loggpost %1 ändrar %2 %3 från ett värde som loggen aldrig registrerat: posten har ändrats utanför Pykälä före den.</translation>
    </message>
</context>
<context>
    <name>BackgroundWork</name>
    <message>
        <source>Stop</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Stopping once the step under way is done…</source>
        <translation>Avbryts när det pågående steget är klart…</translation>
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
        <translation>Redigera organ – %1</translation>
    </message>
    <message>
        <source>New Body</source>
        <translation>Nytt organ</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Spara</translation>
    </message>
    <message>
        <source>Add Body</source>
        <translation>Lägg till organ</translation>
    </message>
</context>
<context>
    <name>BodyForm</name>
    <message>
        <source>Meetings usually &amp;start at</source>
        <translation>Sammanträdena börjar &amp;vanligen kl.</translation>
    </message>
    <message>
        <source>Minutes are signed &amp;electronically</source>
        <translation>Protokollen undertecknas &amp;elektroniskt</translation>
    </message>
    <message>
        <source>e.g. Tekninen lautakunta</source>
        <translation>t.ex. Tekninen lautakunta</translation>
    </message>
    <message>
        <source>for Swedish documents, e.g. Tekniska nämnden</source>
        <translation>för svenska handlingar, t.ex. Tekniska nämnden</translation>
    </message>
    <message>
        <source>e.g. TEKLTK</source>
        <translation>t.ex. TEKLTK</translation>
    </message>
    <message>
        <source>One word without &apos;/&apos;: it names the meetings, as in KH 12/2026.</source>
        <translation>Ett ord utan &apos;/&apos;: den namnger sammanträdena, som i KH 12/2026.</translation>
    </message>
    <message>
        <source>Kuntalaki 103 §: the council needs two thirds of its members present, other bodies more than half.</source>
        <translation>Kommunallagen 103 §: fullmäktige är beslutfört när två tredjedelar av ledamöterna är närvarande, andra organ när fler än hälften är det.</translation>
    </message>
    <message>
        <source>The organisation&apos;s</source>
        <translation>Organisationens</translation>
    </message>
    <message>
        <source>e.g. Kunnantalo, kokoushuone 2</source>
        <translation>t.ex. Kommungården, mötesrum 2</translation>
    </message>
    <message>
        <source>Usual starting time</source>
        <translation>Vanlig starttid</translation>
    </message>
    <message>
        <source>A new meeting of the body starts at this time unless you change it.</source>
        <translation>Ett nytt sammanträde för organet börjar vid denna tid om du inte ändrar den.</translation>
    </message>
    <message>
        <source>Signed with certificates in Pykälä; otherwise on paper.</source>
        <translation>Undertecknas med certifikat i Pykälä; annars på papper.</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>&amp;Namn:</translation>
    </message>
    <message>
        <source>S&amp;wedish name:</source>
        <translation>&amp;Svenskt namn:</translation>
    </message>
    <message>
        <source>S&amp;hort name:</source>
        <translation>&amp;Förkortning:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Typ:</translation>
    </message>
    <message>
        <source>&amp;Quorum:</source>
        <translation>&amp;Beslutförhet:</translation>
    </message>
    <message>
        <source>§ n&amp;umbers:</source>
        <translation>Paragraf&amp;numrering:</translation>
    </message>
    <message>
        <source>Si&amp;gning order:</source>
        <translation>&amp;Underskriftsordning:</translation>
    </message>
    <message>
        <source>&amp;Document language:</source>
        <translation>&amp;Dokumentspråk:</translation>
    </message>
    <message>
        <source>Usual &amp;place:</source>
        <translation>Vanlig &amp;plats:</translation>
    </message>
    <message>
        <source> days after the meeting</source>
        <translation> dagar efter mötet</translation>
    </message>
    <message>
        <source>Members&apos; packages can be read</source>
        <translation>Ledamöternas paket kan läsas</translation>
    </message>
    <message>
        <source>Review mode refuses a member&apos;s meeting package after this and offers to delete it.</source>
        <translation>Läsläget öppnar inte en ledamots mötespaket efter detta och erbjuder sig att radera det.</translation>
    </message>
    <message>
        <source>Members&apos; pac&amp;kages can be read:</source>
        <translation>Ledamöternas pa&amp;ket kan läsas:</translation>
    </message>
</context>
<context>
    <name>BodyTemplates</name>
    <message>
        <source>The templates of the bodies are missing from this build.</source>
        <translation>Mallarna för organen saknas i den här versionen.</translation>
    </message>
    <message>
        <source>The templates of the bodies are broken.</source>
        <translation>Mallarna för organen är trasiga.</translation>
    </message>
</context>
<context>
    <name>BringInDialog</name>
    <message>
        <source>Bring In an Earlier Item</source>
        <translation>Ta upp ett tidigare ärende</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Sammanträde</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Ärende</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <source>%1 § %2</source>
        <translation>%1 § %2</translation>
    </message>
    <message>
        <source>No tabled or returned items are waiting.</source>
        <translation>Inga bordlagda eller återremitterade ärenden väntar.</translation>
    </message>
    <message>
        <source>Bring In</source>
        <translation>Ta upp</translation>
    </message>
    <message>
        <source>Choose the item to bring in.</source>
        <translation>Välj ärendet som ska tas upp.</translation>
    </message>
    <message>
        <source>Tabled</source>
        <translation>Bordlagt</translation>
    </message>
    <message>
        <source>Returned for preparation</source>
        <translation>Återremitterat</translation>
    </message>
    <message numerus="yes">
        <source>Items that earlier meetings of this body tabled or returned for preparation, and that no later agenda has taken up yet (the last %n year(s)). To copy any other earlier item, find it by its words.</source>
        <translation>
            <numerusform>Ärenden som organets tidigare sammanträden har bordlagt eller återremitterat och som ingen senare föredragningslista ännu har tagit upp (det senaste %n året). Ett annat tidigare ärende kopieras genom att söka det med dess ord.</numerusform>
            <numerusform>Ärenden som organets tidigare sammanträden har bordlagt eller återremitterat och som ingen senare föredragningslista ännu har tagit upp (de senaste %n åren). Ett annat tidigare ärende kopieras genom att söka det med dess ord.</numerusform>
        </translation>
    </message>
    <message>
        <source>Find an earlier item</source>
        <translation>Sök ett tidigare ärende</translation>
    </message>
    <message>
        <source>Words of an earlier item&apos;s title or text, e.g. päiväkoti</source>
        <translation>Ord ur ett tidigare ärendes rubrik eller text, t.ex. daghem</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Sök:</translation>
    </message>
    <message>
        <source>Earlier items</source>
        <translation>Tidigare ärenden</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Hittat</translation>
    </message>
    <message>
        <source>No earlier item has the words “%1”.</source>
        <translation>Inget tidigare ärende har orden ”%1”.</translation>
    </message>
</context>
<context>
    <name>CancelMeetingDialog</name>
    <message>
        <source>Cancel %1</source>
        <translation>Ställ in %1</translation>
    </message>
    <message>
        <source>Reason for cancelling</source>
        <translation>Orsak till att sammanträdet ställs in</translation>
    </message>
    <message>
        <source>e.g. No matters to decide</source>
        <translation>t.ex. Inga ärenden att behandla</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Orsak:</translation>
    </message>
    <message>
        <source>A cancelled meeting is not held, and it cannot be convened or moved again. Its agenda and its record keep the reason.</source>
        <translation>Ett inställt sammanträde hålls inte och kan inte längre sammankallas eller flyttas. Dess föredragningslista och uppgifter behåller orsaken.</translation>
    </message>
    <message>
        <source>Cancel Meeting</source>
        <translation>Ställ in sammanträdet</translation>
    </message>
    <message>
        <source>Keep Meeting</source>
        <translation>Ställ inte in</translation>
    </message>
</context>
<context>
    <name>CaseView</name>
    <message>
        <source>There is no case with id %1 in the case register.</source>
        <translation>Det finns inget ärende med id %1 i ärenderegistret.</translation>
    </message>
</context>
<context>
    <name>CaseWindow</name>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Redigera…</translation>
    </message>
    <message>
        <source>Add &amp;Party…</source>
        <translation>Lägg till &amp;part…</translation>
    </message>
    <message>
        <source>Record E&amp;xtract Sent…</source>
        <translation>Anteckna skickat &amp;utdrag…</translation>
    </message>
    <message>
        <source>&amp;Destroy Records…</source>
        <translation>&amp;Förstör handlingarna…</translation>
    </message>
    <message>
        <source>Case Register</source>
        <translation>Ärenderegister</translation>
    </message>
    <message>
        <source>Find cases by number (12/2026), title or the text of their items</source>
        <translation>Sök ärenden efter nummer (12/2026), rubrik eller texten i deras behandlingar</translation>
    </message>
    <message>
        <source>Find cases</source>
        <translation>Sök ärenden</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>Alla statusar</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Diary number</source>
        <translation>Diarienummer</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Rubrik</translation>
    </message>
    <message>
        <source>Task class</source>
        <translation>Uppgiftsklass</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Ärenden</translation>
    </message>
    <message>
        <source>The case</source>
        <translation>Ärendet</translation>
    </message>
    <message>
        <source>&amp;Open Case…</source>
        <translation>&amp;Öppna ärende…</translation>
    </message>
    <message>
        <source>Destroy the parties and extracts sent of a closed case whose retention period has run; its register entry and its minutes are kept</source>
        <translation>Förstör parterna och de skickade utdragen i ett avslutat ärende vars förvaringstid har löpt ut; registeruppgifterna och protokollen bevaras</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Closed, records destroyed</source>
        <translation>Avslutat, handlingarna förstörda</translation>
    </message>
    <message>
        <source>The register has no cases yet. Open Case… opens one.</source>
        <translation>Registret har ännu inga ärenden. Öppna ärende… öppnar ett.</translation>
    </message>
    <message>
        <source>No case is chosen.</source>
        <translation>Inget ärende har valts.</translation>
    </message>
    <message>
        <source>Task class: %1 %2, %3</source>
        <translation>Uppgiftsklass: %1 %2, %3</translation>
    </message>
    <message>
        <source>kept permanently</source>
        <translation>bevaras varaktigt</translation>
    </message>
    <message numerus="yes">
        <source>kept %n year(s) after closing</source>
        <translation>
            <numerusform>bevaras %n år efter avslutandet</numerusform>
            <numerusform>bevaras %n år efter avslutandet</numerusform>
        </translation>
    </message>
    <message>
        <source>State: %1; opened %2</source>
        <translation>Status: %1; öppnat %2</translation>
    </message>
    <message>
        <source>, decided %1</source>
        <translation>, avgjort %1</translation>
    </message>
    <message>
        <source>, implemented %1</source>
        <translation>, verkställt %1</translation>
    </message>
    <message>
        <source>, closed %1</source>
        <translation>, avslutat %1</translation>
    </message>
    <message>
        <source>Publicity: %1</source>
        <translation>Offentlighet: %1</translation>
    </message>
    <message numerus="yes">
        <source>, %n year(s)</source>
        <translation>
            <numerusform>, %n år</numerusform>
            <numerusform>, %n år</numerusform>
        </translation>
    </message>
    <message>
        <source>Preparer in charge: %1</source>
        <translation>Ansvarig beredare: %1</translation>
    </message>
    <message>
        <source>Its records were destroyed on %1: its parties and extracts sent are gone; its register entry and its minutes are kept.</source>
        <translation>Ärendets handlingar förstördes %1: parterna och de skickade utdragen är borta; registeruppgifterna och protokollen bevaras.</translation>
    </message>
    <message>
        <source>Handlings</source>
        <translation>Behandlingar</translation>
    </message>
    <message>
        <source>No item of a meeting belongs to the case yet.</source>
        <translation>Ärendet har ännu inte behandlats på något sammanträde.</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Organ</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Sammanträde</translation>
    </message>
    <message>
        <source>§</source>
        <translation>§</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Ärende</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Förslag</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Beslut</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Handlingar</translation>
    </message>
    <message>
        <source>Extract of %1</source>
        <translation>Utdrag ur %1</translation>
    </message>
    <message>
        <source>No documents yet.</source>
        <translation>Inga handlingar ännu.</translation>
    </message>
    <message>
        <source>Extracts sent</source>
        <translation>Skickade utdrag</translation>
    </message>
    <message>
        <source>No extract has been recorded as sent.</source>
        <translation>Inget utdrag har antecknats som skickat.</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Mottagare</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Skickat</translation>
    </message>
    <message>
        <source>Notified</source>
        <translation>Delfående</translation>
    </message>
    <message>
        <source>Last day of appeal</source>
        <translation>Sista dag för ändringssökande</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>not appealable</source>
        <translation>får inte överklagas</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>Parter</translation>
    </message>
    <message>
        <source>The case has no parties recorded.</source>
        <translation>Inga parter har antecknats för ärendet.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Roll</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontaktuppgifter</translation>
    </message>
    <message>
        <source>The item is no longer in the store.</source>
        <translation>Ärendet finns inte längre i arkivet.</translation>
    </message>
    <message>
        <source>The meeting is no longer in the store.</source>
        <translation>Sammanträdet finns inte längre i arkivet.</translation>
    </message>
    <message>
        <source>The attachment is no longer in the store.</source>
        <translation>Bilagan finns inte längre i arkivet.</translation>
    </message>
    <message>
        <source>Opened case %1.</source>
        <translation>Ärendet %1 öppnades.</translation>
    </message>
    <message>
        <source>Choose a case first.</source>
        <translation>Välj först ett ärende.</translation>
    </message>
    <message>
        <source>Saved case %1.</source>
        <translation>Ärendet %1 sparades.</translation>
    </message>
    <message>
        <source>Added a party to case %1.</source>
        <translation>En part lades till i ärendet %1.</translation>
    </message>
    <message>
        <source>Recorded the extract sent to %1.</source>
        <translation>Utdraget som skickats till %1 antecknades.</translation>
    </message>
    <message>
        <source>Destroy the records of case %1 for good: its parties and the extracts sent? Its register entry and its minutes are kept.</source>
        <translation>Förstöra handlingarna i ärendet %1 slutgiltigt: parterna och de skickade utdragen? Registeruppgifterna och protokollen bevaras.</translation>
    </message>
    <message>
        <source>Destroyed the records of case %1.</source>
        <translation>Handlingarna i ärendet %1 förstördes.</translation>
    </message>
    <message>
        <source>&amp;Task Classification…</source>
        <translation>&amp;Uppgiftsklassificering…</translation>
    </message>
    <message>
        <source>The task classes of the information management plan: retention and default publicity, edited or imported from a spreadsheet</source>
        <translation>Informationsstyrningsplanens uppgiftsklasser: förvaringstid och offentlighet, redigerade eller importerade från ett kalkylark</translation>
    </message>
    <message>
        <source>Export for &amp;Archive…</source>
        <translation>Exportera till &amp;arkiv…</translation>
    </message>
    <message>
        <source>A year&apos;s closed cases with their signed minutes, extracts and attachments, and SÄHKE2 metadata, into a new folder</source>
        <translation>Ett års avslutade ärenden med undertecknade protokoll, utdrag och bilagor samt SÄHKE2-metadata, i en ny mapp</translation>
    </message>
    <message>
        <source>Export for Archive</source>
        <translation>Exportera till arkiv</translation>
    </message>
    <message>
        <source>The cases closed in the year:</source>
        <translation>Ärenden avslutade år:</translation>
    </message>
    <message>
        <source>Export for Archive: Where to Write</source>
        <translation>Exportera till arkiv: var skrivs paketet</translation>
    </message>
    <message>
        <source>Exporting the cases of %1 for the archive…</source>
        <translation>Ärendena för %1 exporteras till arkivet…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Case %1 of %2: %3</source>
        <translation>Ärende %1 av %2: %3</translation>
    </message>
    <message>
        <source>Wrote the archive package of %1 to %2: %3 case(s), %4 record(s).</source>
        <translation>Arkivpaketet för %1 skrevs till %2: ärenden %3, handlingar %4.</translation>
    </message>
    <message>
        <source>Not archived: %1: %2</source>
        <translation>Inte arkiverat: %1: %2</translation>
    </message>
</context>
<context>
    <name>CertificateFile</name>
    <message>
        <source>The file is %1 bytes: a certificate is a few kilobytes. Give the certificate itself, as a .pem or .cer file.</source>
        <translation>Filen är %1 byte: ett certifikat är några kilobyte. Ange själva certifikatet som .pem- eller .cer-fil.</translation>
    </message>
    <message>
        <source>The file holds a private key. Give only the certificate: a private key never leaves its owner.</source>
        <translation>Filen innehåller en privat nyckel. Ange endast certifikatet: en privat nyckel lämnar aldrig sin ägare.</translation>
    </message>
    <message>
        <source>The file is not an X.509 certificate (PEM or DER).</source>
        <translation>Filen är inte ett X.509-certifikat (PEM eller DER).</translation>
    </message>
    <message>
        <source>The file holds %1 certificates; give the person&apos;s own certificate alone.</source>
        <translation>Filen innehåller %1 certifikat; ange personens eget certifikat ensamt.</translation>
    </message>
    <message>
        <source>The certificate names no subject.</source>
        <translation>Certifikatet anger ingen innehavare.</translation>
    </message>
    <message>
        <source>The certificate of %1 expired on %2; register the one in use now.</source>
        <translation>Certifikatet för %1 gick ut %2; registrera det som används nu.</translation>
    </message>
</context>
<context>
    <name>CertificatesDialog</name>
    <message>
        <source>Certificates of %1</source>
        <translation>Certifikat – %1</translation>
    </message>
    <message>
        <source>The certificates %1 signs minutes with and, where it is another (a Finnish identity card has its own), the one meeting packages are encrypted to. Each is registered from the certificate file itself: never a private key. Minutes are signed in %1&apos;s turn only with a certificate registered here for signing.</source>
        <translation>Certifikatet som %1 undertecknar protokoll med och, om det är ett annat (identitetskortet har ett eget), det som mötespaket krypteras för. Vart och ett registreras från själva certifikatfilen: aldrig en privat nyckel. I sin tur undertecknar %1 protokollet endast med ett certifikat registrerat här för undertecknande.</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>Användning</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>Innehavare</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Utfärdare</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Giltigt</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint</source>
        <translation>SHA-256-fingeravtryck</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Certifikat</translation>
    </message>
    <message>
        <source>For signing</source>
        <translation>För undertecknande</translation>
    </message>
    <message>
        <source>For encrypting packages</source>
        <translation>För kryptering av paket</translation>
    </message>
    <message>
        <source>What the certificate is for</source>
        <translation>Vad certifikatet används till</translation>
    </message>
    <message>
        <source>&amp;Add from File…</source>
        <translation>&amp;Lägg till från fil…</translation>
    </message>
    <message>
        <source>Register a certificate from its file (.pem, .crt, .cer or .der)</source>
        <translation>Registrera ett certifikat från dess fil (.pem, .crt, .cer eller .der)</translation>
    </message>
    <message>
        <source>Certificate File</source>
        <translation>Certifikatfil</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer *.der);;All files (*)</source>
        <translation>Certifikat (*.pem *.crt *.cer *.der);;Alla filer (*)</translation>
    </message>
    <message>
        <source>&amp;Register:</source>
        <translation>&amp;Registrera:</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>signing</source>
        <translation>undertecknande</translation>
    </message>
    <message>
        <source>encryption</source>
        <translation>kryptering</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>%1 kunde inte läsas: %2</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>--language must be fi or sv, not &quot;%1&quot;.</source>
        <translation>--language ska vara fi eller sv, inte &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Created the store %1.</source>
        <translation>Ärendearkivet %1 skapades.</translation>
    </message>
    <message>
        <source>--as-of must be a date such as 2026-05-31, not &quot;%1&quot;.</source>
        <translation>--as-of ska vara ett datum som 2026-05-31, inte &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Added demo data: %1 bodies, %2 persons, %3 meetings, %4 agenda items, %5 attachments.</source>
        <translation>Exempeldata lades till: %1 organ, %2 personer, %3 sammanträden, %4 ärenden, %5 bilagor.</translation>
    </message>
    <message>
        <source>Cannot read standard input.</source>
        <translation>Standardinmatningen kan inte läsas.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Filen %1 kan inte läsas: %2</translation>
    </message>
    <message>
        <source>%1: %2 Nothing was imported.</source>
        <translation>%1: %2 Ingenting importerades.</translation>
    </message>
    <message>
        <source>Imported %1 meetings with %2 agenda items and %3 attachments; added %4 bodies, %5 persons and %6 memberships.</source>
        <translation>Importerade %1 sammanträden med %2 ärenden och %3 bilagor; lade till %4 organ, %5 personer och %6 medlemskap.</translation>
    </message>
    <message>
        <source>Cannot write to standard output.</source>
        <translation>Standardutmatningen kan inte skrivas.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Filen %1 kan inte skrivas: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n ledamot</numerusform>
            <numerusform>%n ledamöter</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no body with the short name %1. &apos;pykala-cli bodies&apos; lists them.</source>
        <translation>Det finns inget organ med förkortningen %1. &apos;pykala-cli bodies&apos; listar dem.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n ärende</numerusform>
            <numerusform>%n ärenden</numerusform>
        </translation>
    </message>
    <message>
        <source>No agenda items match.</source>
        <translation>Inga ärenden matchar sökningen.</translation>
    </message>
    <message numerus="yes">
        <source>The store is intact: integrity and foreign keys check out, and %n audit log entries form an unbroken chain that matches the stored records.</source>
        <translation>
            <numerusform>Ärendearkivet är intakt: integritet och referenser stämmer, och %n loggpost bildar en obruten kedja som motsvarar de lagrade uppgifterna.</numerusform>
            <numerusform>Ärendearkivet är intakt: integritet och referenser stämmer, och %n loggposter bildar en obruten kedja som motsvarar de lagrade uppgifterna.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The store failed its check (%n problem(s)). Restore it from a backup.</source>
        <translation>
            <numerusform>Kontrollen av ärendearkivet misslyckades (%n problem). Återställ arkivet från en säkerhetskopia.</numerusform>
            <numerusform>Kontrollen av ärendearkivet misslyckades (%n problem). Återställ arkivet från en säkerhetskopia.</numerusform>
        </translation>
    </message>
    <message>
        <source>Create a new, empty store.</source>
        <translation>Skapa ett nytt, tomt ärendearkiv.</translation>
    </message>
    <message>
        <source>Fill an empty store with generated demo data.</source>
        <translation>Fyll ett tomt arkiv med genererade exempeldata.</translation>
    </message>
    <message>
        <source>Import an interchange document (- reads standard input).</source>
        <translation>Importera ett överföringsdokument (- läser standardinmatningen).</translation>
    </message>
    <message>
        <source>Export the store or one meeting (- writes standard output).</source>
        <translation>Exportera arkivet eller ett sammanträde (- skriver till standardutmatningen).</translation>
    </message>
    <message>
        <source>List the bodies.</source>
        <translation>Lista organen.</translation>
    </message>
    <message>
        <source>List meetings.</source>
        <translation>Lista sammanträden.</translation>
    </message>
    <message>
        <source>Print a meeting&apos;s agenda, e.g. show &quot;KH 12/2026&quot;.</source>
        <translation>Skriv ut ett sammanträdes föredragningslista, t.ex. show &quot;KH 12/2026&quot;.</translation>
    </message>
    <message>
        <source>Full-text search over agenda items.</source>
        <translation>Fritextsökning bland ärenden.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Kommandon:</translation>
    </message>
    <message>
        <source>Run &apos;pykala-cli --help&apos; for usage.</source>
        <translation>Se &apos;pykala-cli --help&apos; för användning.</translation>
    </message>
    <message>
        <source>Pykälä case store, headless.</source>
        <translation>Pykäläs ärendearkiv från kommandoraden.</translation>
    </message>
    <message>
        <source>The store file (default: $PYKALA_STORE, else %1).</source>
        <translation>Arkivfilen (standard: $PYKALA_STORE, annars %1).</translation>
    </message>
    <message>
        <source>demo: random seed (default 1).</source>
        <translation>demo: slumptalsfrö (standard 1).</translation>
    </message>
    <message>
        <source>export: only this meeting.</source>
        <translation>export: endast detta sammanträde.</translation>
    </message>
    <message>
        <source>search: at most N results (default 20).</source>
        <translation>search: högst N träffar (standard 20).</translation>
    </message>
    <message>
        <source>The command to run.</source>
        <translation>Kommandot som ska köras.</translation>
    </message>
    <message>
        <source>Its arguments.</source>
        <translation>Dess argument.</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>Inget kommando angavs.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Okänt kommando &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The command %1 takes no --%2 option.</source>
        <translation>Kommandot %1 har inget alternativ --%2.</translation>
    </message>
    <message>
        <source>Usage: pykala-cli %1 %2</source>
        <translation>Användning: pykala-cli %1 %2</translation>
    </message>
    <message>
        <source>--%1 must be a whole number from %2 to %3, not &quot;%4&quot;.</source>
        <translation>--%1 ska vara ett heltal från %2 till %3, inte &quot;%4&quot;.</translation>
    </message>
    <message>
        <source>--published must be a date such as 2026-05-31, not &quot;%1&quot;.</source>
        <translation>--published ska vara ett datum som 2026-05-31, inte &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--kind must be one of %1 (or oikaisuvaatimus, kunnallisvalitus, hallintovalitus, hankintaoikaisu), not &quot;%2&quot;.</source>
        <translation>--kind ska vara något av %1 (eller oikaisuvaatimus, kunnallisvalitus, hallintovalitus, hankintaoikaisu), inte &quot;%2&quot;.</translation>
    </message>
    <message numerus="yes">
        <source>Published %1; deemed notified %2; last day of appeal %3 (%n day(s) from notification).</source>
        <translation>
            <numerusform>Publicerat %1; delfående %2; sista dag för ändringssökande %3 (%n dag från delfåendet).</numerusform>
            <numerusform>Publicerat %1; delfående %2; sista dag för ändringssökande %3 (%n dagar från delfåendet).</numerusform>
        </translation>
    </message>
    <message>
        <source>The period ends on %1%2, so the last day moves to the next working day.</source>
        <translation>Tiden går ut %1%2, så sista dagen flyttas till nästa vardag.</translation>
    </message>
    <message>
        <source>Notification day and last day of appeal for a publication date.</source>
        <translation>Dag för delfående och sista dag för ändringssökande från publiceringsdagen.</translation>
    </message>
    <message>
        <source>deadlines needs --%1.</source>
        <translation>deadlines behöver --%1.</translation>
    </message>
    <message>
        <source>%1: %2 Nothing was recorded.</source>
        <translation>%1: %2 Ingenting antecknades.</translation>
    </message>
    <message>
        <source>Recorded the events of %1; %2 item(s) have proceedings.</source>
        <translation>Händelserna vid %1 antecknades; %2 ärenden har behandlingsanteckningar.</translation>
    </message>
    <message>
        <source>The meeting has not been opened yet, so nothing has been decided. Record its events with &apos;pykala-cli record&apos;.</source>
        <translation>Sammanträdet har ännu inte öppnats, så ingenting har beslutats. Anteckna dess händelser med &apos;pykala-cli record&apos;.</translation>
    </message>
    <message>
        <source>Quorum: %1 of %2 present, %3 needed — %4.</source>
        <translation>Beslutförhet: %1 av %2 närvarande, %3 behövs — %4.</translation>
    </message>
    <message>
        <source>reached</source>
        <translation>beslutfört</translation>
    </message>
    <message>
        <source>NOT reached</source>
        <translation>INTE beslutfört</translation>
    </message>
    <message>
        <source>Result: %1.</source>
        <translation>Resultat: %1.</translation>
    </message>
    <message>
        <source>Elected: %1.</source>
        <translation>Valda: %1.</translation>
    </message>
    <message>
        <source>Record a meeting&apos;s events from a JSON file, all or nothing.</source>
        <translation>Anteckna ett sammanträdes händelser från en JSON-fil, allt eller inget.</translation>
    </message>
    <message>
        <source>What the engine computed for an item, e.g. outcome &quot;KH 12/2026 § 156&quot;.</source>
        <translation>Vad motorn beräknade för ett ärende, t.ex. outcome &quot;KST 12/2026 § 156&quot;.</translation>
    </message>
    <message>
        <source>Warning: item %1 was handled without quorum (%2 of %3 present, %4 needed).</source>
        <translation>Varning: ärende %1 behandlades utan beslutförhet (%2 av %3 närvarande, %4 behövs).</translation>
    </message>
    <message>
        <source>Result: pending; the votes are still to be recorded.</source>
        <translation>Resultat: öppet; omröstningarna ska ännu antecknas.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Det gick inte att skriva %1: %2</translation>
    </message>
    <message>
        <source>Wrote %1 (%2).</source>
        <translation>Skrev %1 (%2).</translation>
    </message>
    <message>
        <source>--lang must be fi or sv, not &quot;%1&quot;.</source>
        <translation>--lang ska vara fi eller sv, inte &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Name: %1</source>
        <translation>Namn: %1</translation>
    </message>
    <message>
        <source>Business id: %1</source>
        <translation>FO-nummer: %1</translation>
    </message>
    <message>
        <source>Document language: %1</source>
        <translation>Handlingarnas språk: %1</translation>
    </message>
    <message>
        <source>Administrative court: %1</source>
        <translation>Förvaltningsdomstol: %1</translation>
    </message>
    <message>
        <source>Swedish name: %1</source>
        <translation>Svenskt namn: %1</translation>
    </message>
    <message>
        <source>Registry address: %1</source>
        <translation>Registraturens adress: %1</translation>
    </message>
    <message>
        <source>Registry e-mail: %1</source>
        <translation>Registraturens e-post: %1</translation>
    </message>
    <message>
        <source>--%1 must be a date such as 2026-11-25, not &quot;%2&quot;.</source>
        <translation>--%1 ska vara ett datum som 2026-11-25, inte &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Minutes of %1: checked %2, published %3.</source>
        <translation>Protokollet för %1: justerat %2, publicerat %3.</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>inte ännu</translation>
    </message>
    <message>
        <source>Write a meeting&apos;s agenda: -o FILE.pdf (PDF/A) or FILE.html.</source>
        <translation>Skriv sammanträdets föredragningslista: -o FIL.pdf (PDF/A) eller FIL.html.</translation>
    </message>
    <message>
        <source>Write a meeting&apos;s minutes: -o FILE.pdf (PDF/A) or FILE.html.</source>
        <translation>Skriv sammanträdets protokoll: -o FIL.pdf (PDF/A) eller FIL.html.</translation>
    </message>
    <message>
        <source>Write an extract of the minutes, e.g. extract &quot;KH 12/2026 § 156&quot; -o FILE.pdf.</source>
        <translation>Skriv ett protokollsutdrag, t.ex. extract &quot;KH 12/2026 § 156&quot; -o FIL.pdf.</translation>
    </message>
    <message>
        <source>Show the organisation, or set its details with options.</source>
        <translation>Visa organisationen eller ange dess uppgifter med flaggor.</translation>
    </message>
    <message>
        <source>Record the days the minutes were checked and published.</source>
        <translation>Registrera dagarna då protokollet justerades och publicerades.</translation>
    </message>
    <message>
        <source>init, organisation: the business id (Y-tunnus).</source>
        <translation>init, organisation: FO-numret (Y-tunnus).</translation>
    </message>
    <message>
        <source>organisation: the administrative court, e.g. ita-suomi.</source>
        <translation>organisation: förvaltningsdomstolen, t.ex. ita-suomi.</translation>
    </message>
    <message>
        <source>organisation: the registry&apos;s postal address (lines split by \n).</source>
        <translation>organisation: registraturens postadress (rader åtskilda med \n).</translation>
    </message>
    <message>
        <source>agenda, minutes, extract, publish: the document language, fi or sv (default: the body&apos;s).</source>
        <translation>agenda, minutes, extract, publish: handlingens språk, fi eller sv (standard: organets språk).</translation>
    </message>
    <message>
        <source>publication: the day the minutes were checked.</source>
        <translation>publication: dagen då protokollet justerades.</translation>
    </message>
    <message>
        <source>show, agenda, minutes, extract: leave out confidential content and personal data.</source>
        <translation>show, agenda, minutes, extract: utelämna sekretessbelagt innehåll och personuppgifter.</translation>
    </message>
    <message>
        <source>deadlines, publication: the day the minutes were published.</source>
        <translation>deadlines, publication: dagen då protokollet publicerades.</translation>
    </message>
    <message>
        <source>%1 needs -o %2.</source>
        <translation>%1 behöver -o %2.</translation>
    </message>
    <message>
        <source>publication needs --checked, --published or both.</source>
        <translation>publication behöver --checked, --published eller båda.</translation>
    </message>
    <message>
        <source>Cannot read the password file %1: %2</source>
        <translation>Lösenordsfilen %1 kan inte läsas: %2</translation>
    </message>
    <message>
        <source>Signature %1: %2%3</source>
        <translation>Underskrift %1: %2%3</translation>
    </message>
    <message>
        <source>time: %1</source>
        <translation>tid: %1</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>inte angiven</translation>
    </message>
    <message>
        <source>hash algorithm: %1</source>
        <translation>hashalgoritm: %1</translation>
    </message>
    <message>
        <source>covers: %1</source>
        <translation>omfattar: %1</translation>
    </message>
    <message>
        <source>the whole document</source>
        <translation>hela handlingen</translation>
    </message>
    <message>
        <source>the document up to byte %1 (a later revision follows)</source>
        <translation>handlingen fram till byte %1 (en senare version följer)</translation>
    </message>
    <message>
        <source>not its whole revision</source>
        <translation>inte hela sin version</translation>
    </message>
    <message>
        <source>not valid now</source>
        <translation>inte giltigt nu</translation>
    </message>
    <message>
        <source>Verify the signatures of a PDF; exit 0 only when all are valid.</source>
        <translation>Verifiera underskrifterna i en PDF; slutkod 0 endast när alla är giltiga.</translation>
    </message>
    <message>
        <source>List the certificates usable for signing.</source>
        <translation>Lista certifikaten som kan användas för underskrift.</translation>
    </message>
    <message>
        <source>Signed %1 as %2: %3</source>
        <translation>Undertecknade %1 med %2: %3</translation>
    </message>
    <message>
        <source>Sign a PDF into -o OUT.pdf with --cert NICK, in the next signature slot.</source>
        <translation>Underteckna en PDF till -o UT.pdf med --cert NAMN på nästa underskriftsplats.</translation>
    </message>
    <message>
        <source>sign: where the signature is made.</source>
        <translation>sign: var underskriften görs.</translation>
    </message>
    <message>
        <source>sign needs -o OUT.pdf and --cert NICK.</source>
        <translation>sign behöver -o UT.pdf och --cert NAMN.</translation>
    </message>
    <message>
        <source>The signed minutes were not kept.</source>
        <translation>Det undertecknade protokollet sparades inte.</translation>
    </message>
    <message>
        <source>%1: signature %2 of %3 made; %4</source>
        <translation>%1: underskrift %2 av %3 gjord; %4</translation>
    </message>
    <message>
        <source>the minutes are complete and the meeting finalised.</source>
        <translation>protokollet är färdigt och sammanträdet slutligt registrerat.</translation>
    </message>
    <message>
        <source>the record is frozen until the minutes are complete.</source>
        <translation>sammanträdets uppgifter är låsta tills protokollet är färdigt.</translation>
    </message>
    <message>
        <source>Sign a meeting&apos;s minutes into the store with --cert NICK; the first signature freezes the record.</source>
        <translation>Underteckna sammanträdets protokoll i ärendearkivet med --cert NAMN; den första underskriften låser sammanträdets uppgifter.</translation>
    </message>
    <message>
        <source>sign-minutes needs --cert NICK.</source>
        <translation>sign-minutes behöver --cert NAMN.</translation>
    </message>
    <message>
        <source>the organisation&apos;s</source>
        <translation>organisationens</translation>
    </message>
    <message>
        <source>Signing order: %1</source>
        <translation>Underskriftsordning: %1</translation>
    </message>
    <message>
        <source>--decided must be a date such as 2026-06-01, not &quot;%1&quot;.</source>
        <translation>--decided ska vara ett datum som 2026-06-01, inte &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Recorded correction %1 of %2.</source>
        <translation>Registrerade rättelse %1 av %2.</translation>
    </message>
    <message>
        <source>Record a correction (oikaisu) of signed minutes, beside them.</source>
        <translation>Registrera en rättelse av ett undertecknat protokoll vid sidan av det.</translation>
    </message>
    <message>
        <source>List the corrections of a meeting&apos;s signed minutes.</source>
        <translation>Lista rättelserna av sammanträdets undertecknade protokoll.</translation>
    </message>
    <message>
        <source>init, organisation, body: document language, fi or sv.</source>
        <translation>init, organisation, body: handlingarnas språk, fi eller sv.</translation>
    </message>
    <message>
        <source>correct: the correction&apos;s text.</source>
        <translation>correct: rättelsens text.</translation>
    </message>
    <message>
        <source>correct: the day the correction was decided.</source>
        <translation>correct: dagen då rättelsen beslutades.</translation>
    </message>
    <message>
        <source>body: who signs the minutes, in order, e.g. secretary,minute-checkers,chair.</source>
        <translation>body: vem som undertecknar protokollet, i ordning, t.ex. secretary,minute-checkers,chair.</translation>
    </message>
    <message>
        <source>correct needs --text TEXT and --decided DATE.</source>
        <translation>correct behöver --text TEXT och --decided DATUM.</translation>
    </message>
    <message>
        <source>There is no file %1.</source>
        <translation>Filen %1 finns inte.</translation>
    </message>
    <message>
        <source>Imported %1 into %2.</source>
        <translation>Importerade %1 till %2.</translation>
    </message>
    <message>
        <source>Import a PKCS#12 certificate and key into the certificate database.</source>
        <translation>Importera ett PKCS#12-certifikat med nyckel till certifikatdatabasen.</translation>
    </message>
    <message>
        <source>import-cert: a file whose first line is the PKCS#12 file&apos;s password.</source>
        <translation>import-cert: en fil vars första rad är PKCS#12-filens lösenord.</translation>
    </message>
    <message>
        <source>No certificates with a private key are available for signing: the database has none, or its password (--password-file) is wrong.</source>
        <translation>Inga certifikat med privat nyckel finns för underskrift: databasen har inga, eller dess lösenord (--password-file) är fel.</translation>
    </message>
    <message>
        <source>The signature was made and stored in the store, but %1 could not be written: %2</source>
        <translation>Underskriften gjordes och sparades i ärendearkivet, men %1 kunde inte skrivas: %2</translation>
    </message>
    <message>
        <source>The minutes of %1 have not been signed; &apos;pykala-cli sign-minutes&apos; signs them.</source>
        <translation>Protokollet för %1 har inte undertecknats; &apos;pykala-cli sign-minutes&apos; undertecknar det.</translation>
    </message>
    <message>
        <source>Wrote the signed minutes of %1 (%2 of %3 signatures, SHA-256 %4) to %5.</source>
        <translation>Det undertecknade protokollet för %1 (%2 av %3 underskrifter, SHA-256 %4) skrevs till %5.</translation>
    </message>
    <message>
        <source>Write a meeting&apos;s signed minutes, as the store keeps them, to -o FILE.pdf.</source>
        <translation>Skriv sammanträdets undertecknade protokoll, så som ärendearkivet bevarar det, till -o FIL.pdf.</translation>
    </message>
    <message>
        <source>--for must be member (for a member of the body, confidential items included) or public, not &quot;%1&quot;.</source>
        <translation>--for ska vara member (för en ledamot av organet, sekretessbelagda ärenden medräknade) eller public, inte &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Wrote %1, a public package.</source>
        <translation>Skrev %1, ett offentligt mötespaket.</translation>
    </message>
    <message>
        <source>Registered as disclosure %1: SHA-256 %2, %3 bytes.</source>
        <translation>Antecknat i utlämningsregistret som nummer %1: SHA-256 %2, %3 byte.</translation>
    </message>
    <message>
        <source>List the packages made of the meetings (the disclosure register).</source>
        <translation>Lista mötespaketen som gjorts av sammanträdena (utlämningsregistret).</translation>
    </message>
    <message>
        <source>package: the person it is for, by name or id; required for a member.</source>
        <translation>package: personen paketet är för, med namn eller id; krävs för en ledamot.</translation>
    </message>
    <message>
        <source>package needs -o FILE and --for member or --for public.</source>
        <translation>package behöver -o FIL och --for member eller --for public.</translation>
    </message>
    <message>
        <source>demo: number of bodies (2-%1, default 5).</source>
        <translation>demo: antal organ (2–%1, standard 5).</translation>
    </message>
    <message>
        <source>demo: years of meetings (1-%1, default 2).</source>
        <translation>demo: antal år med sammanträden (1–%1, standard 2).</translation>
    </message>
    <message>
        <source>package: who it is for, member (confidential items included) or public; agenda, minutes, extract: internal (the default), member, party (an extract for a party of the case) or public.</source>
        <translation>package: vem paketet är för, member (ledamot, sekretessbelagda ärenden medräknade) eller public; agenda, minutes, extract: internal (standard, organets eget), member, party (utdrag för en part) eller public.</translation>
    </message>
    <message>
        <source>--for must be internal, member, party or public, not &quot;%1&quot;.</source>
        <translation>--for ska vara internal, member, party eller public, inte &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--public and --for %1 name two audiences; give one.</source>
        <translation>--public och --for %1 anger två mottagargrupper; ange bara en.</translation>
    </message>
    <message numerus="yes">
        <source>%n signature(s) of signed minutes verify, and the records and the audit log match what they sign.</source>
        <translation>
            <numerusform>De undertecknade protokollen har %n underskrift, och den är giltig; uppgifterna och ändringsloggen motsvarar det den undertecknar.</numerusform>
            <numerusform>De undertecknade protokollen har %n underskrifter, och alla är giltiga; uppgifterna och ändringsloggen motsvarar det de undertecknar.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them have a certificate that the certificate database in use does not trust: who signed is proven by checking with the municipality&apos;s database (--nssdb DIR).</source>
        <translation>
            <numerusform>%n av dem har ett certifikat som certifikatdatabasen i bruk inte litar på: vem som undertecknade bevisas genom kontroll med kommunens egen databas (--nssdb KATALOG).</numerusform>
            <numerusform>%n av dem har certifikat som certifikatdatabasen i bruk inte litar på: vem som undertecknade bevisas genom kontroll med kommunens egen databas (--nssdb KATALOG).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them were made before signatures committed to the audit log: the history before them is proven by the chain alone.</source>
        <translation>
            <numerusform>%n av dem gjordes innan underskrifterna knöts till ändringsloggen: historien före den bevisas enbart av kedjan.</numerusform>
            <numerusform>%n av dem gjordes innan underskrifterna knöts till ändringsloggen: historien före dem bevisas enbart av kedjan.</numerusform>
        </translation>
    </message>
    <message>
        <source>Verify integrity, foreign keys, the audit chain and the signed minutes against the record.</source>
        <translation>Kontrollera integritet, referenser, ändringsloggens kedja och de undertecknade protokollen mot uppgifterna.</translation>
    </message>
    <message>
        <source>Add a body, edit one, or show one&apos;s settings: body add --short KH --name NAME --kind board; body edit KH --place PLACE; body KH.</source>
        <translation>Lägg till ett organ, redigera ett eller visa dess inställningar: body add --short KH --name NAMN --kind board; body edit KH --place PLATS; body KH.</translation>
    </message>
    <message>
        <source>List the persons with their ids.</source>
        <translation>Lista personerna med deras id.</translation>
    </message>
    <message>
        <source>List the memberships with their ids.</source>
        <translation>Lista medlemskapen med deras id.</translation>
    </message>
    <message>
        <source>Add an item to a meeting&apos;s agenda, or edit one: item add &quot;KH 12/2026&quot; --title TITLE --proposal TEXT.</source>
        <translation>Lägg till ett ärende på ett sammanträdes föredragningslista, eller redigera ett: item add &quot;KH 12/2026&quot; --title RUBRIK --proposal TEXT.</translation>
    </message>
    <message>
        <source>organisation, body: the name in Swedish, for Swedish documents.</source>
        <translation>organisation, body: namnet på svenska, för svenska handlingar.</translation>
    </message>
    <message>
        <source>organisation: the registry&apos;s e-mail address; person: the person&apos;s.</source>
        <translation>organisation: registraturens e-postadress; person: personens.</translation>
    </message>
    <message>
        <source>deadlines: the appeal kind, e.g. rectification; body: council, board, committee or section.</source>
        <translation>deadlines: typ av ändringssökande, t.ex. rectification; body: council, board, committee eller section.</translation>
    </message>
    <message>
        <source>body: the body&apos;s short name, e.g. KH.</source>
        <translation>body: organets förkortning, t.ex. KH.</translation>
    </message>
    <message>
        <source>body: the quorum rule, more-than-half or two-thirds (default: two-thirds for a council).</source>
        <translation>body: regeln för beslutförhet, more-than-half eller two-thirds (standard: two-thirds för fullmäktige).</translation>
    </message>
    <message>
        <source>body: § numbers yearly or continuous.</source>
        <translation>body: paragrafnumrering årsvis (yearly) eller löpande (continuous).</translation>
    </message>
    <message>
        <source>body: where its meetings usually are; meeting: where it is.</source>
        <translation>body: var sammanträdena vanligen hålls; meeting: sammanträdets plats.</translation>
    </message>
    <message>
        <source>body: when its meetings usually start; meeting: when it starts, e.g. 16:00.</source>
        <translation>body: när sammanträdena vanligen börjar; meeting: när det börjar, t.ex. 16:00.</translation>
    </message>
    <message>
        <source>meeting: when it is planned to end, e.g. 18:00.</source>
        <translation>meeting: när det planeras sluta, t.ex. 18:00.</translation>
    </message>
    <message>
        <source>body: how its minutes are signed, electronic or paper.</source>
        <translation>body: hur protokollen undertecknas, electronic (elektroniskt) eller paper (på papper).</translation>
    </message>
    <message>
        <source>person: the given name.</source>
        <translation>person: förnamnet.</translation>
    </message>
    <message>
        <source>person: the family name.</source>
        <translation>person: efternamnet.</translation>
    </message>
    <message>
        <source>person: occupation or office; item: the item&apos;s title.</source>
        <translation>person: yrke eller tjänst; item: ärendets rubrik.</translation>
    </message>
    <message>
        <source>person: the phone number.</source>
        <translation>person: telefonnumret.</translation>
    </message>
    <message>
        <source>membership: the member, by id or full name.</source>
        <translation>membership: ledamoten, med id eller fullständigt namn.</translation>
    </message>
    <message>
        <source>membership: the member whose personal deputy this is.</source>
        <translation>membership: den ledamot vars personliga ersättare detta är.</translation>
    </message>
    <message>
        <source>meeting add, edit: the day it is held; meeting convene: the day the invitation went out (default today).</source>
        <translation>meeting add, edit: sammanträdesdagen; meeting convene: dagen då kallelsen skickades (standard i dag).</translation>
    </message>
    <message>
        <source>meeting: in-person, remote, hybrid or electronic-procedure.</source>
        <translation>meeting: in-person, remote, hybrid eller electronic-procedure.</translation>
    </message>
    <message>
        <source>meeting cancel: why it is cancelled.</source>
        <translation>meeting cancel: varför sammanträdet ställs in.</translation>
    </message>
    <message>
        <source>meeting add: leave the standard opening items out.</source>
        <translation>meeting add: utelämna de sedvanliga öppningsärendena.</translation>
    </message>
    <message>
        <source>item: the case reference (diary number).</source>
        <translation>item: ärendets diarienummer.</translation>
    </message>
    <message>
        <source>item: the task class, e.g. 00.01.01.</source>
        <translation>item: uppgiftsklassen, t.ex. 00.01.01.</translation>
    </message>
    <message>
        <source>item: the background text (paragraphs split by empty lines).</source>
        <translation>item: beredningstexten (stycken åtskilda av tomma rader).</translation>
    </message>
    <message>
        <source>item: the proposal.</source>
        <translation>item: beslutsförslaget.</translation>
    </message>
    <message>
        <source>item: who presents it, by id or full name.</source>
        <translation>item: föredraganden, med id eller fullständigt namn.</translation>
    </message>
    <message>
        <source>item: public, confidential or partly-confidential.</source>
        <translation>item: public, confidential eller partly-confidential.</translation>
    </message>
    <message>
        <source>item: the legal basis of its confidentiality.</source>
        <translation>item: lagrummet för sekretessen.</translation>
    </message>
    <message>
        <source>--signing must be electronic or paper, not &quot;%1&quot;.</source>
        <translation>--signing ska vara electronic eller paper, inte &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Minutes signed: %1</source>
        <translation>Protokollen undertecknas: %1</translation>
    </message>
    <message>
        <source>electronically</source>
        <translation>elektroniskt</translation>
    </message>
    <message>
        <source>on paper</source>
        <translation>på papper</translation>
    </message>
    <message>
        <source>Usual place and time: %1 %2</source>
        <translation>Vanlig plats och tid: %1 %2</translation>
    </message>
    <message>
        <source>Usage: pykala-cli body add --short KH --name NAME --kind KIND [options]</source>
        <translation>Användning: pykala-cli body add --short KH --name NAMN --kind TYP [alternativ]</translation>
    </message>
    <message>
        <source>body add needs --short, --name and --kind (council, board, committee or section).</source>
        <translation>body add behöver --short, --name och --kind (council, board, committee eller section).</translation>
    </message>
    <message>
        <source>Added body %1 (id %2).</source>
        <translation>Organet %1 lades till (id %2).</translation>
    </message>
    <message>
        <source>Usage: pykala-cli body add|edit SHORT [options], or body SHORT</source>
        <translation>Användning: pykala-cli body add|edit FÖRKORTNING [alternativ], eller body FÖRKORTNING</translation>
    </message>
    <message>
        <source>There is no person with id %1.</source>
        <translation>Det finns ingen person med id %1.</translation>
    </message>
    <message>
        <source>person add needs at least --family (and usually --given).</source>
        <translation>person add behöver åtminstone --family (och vanligen --given).</translation>
    </message>
    <message>
        <source>Saved %1 (id %2).</source>
        <translation>%1 sparades (id %2).</translation>
    </message>
    <message>
        <source>Added %1 (id %2).</source>
        <translation>%1 lades till (id %2).</translation>
    </message>
    <message>
        <source>membership add needs --body, --person, --role and --from.</source>
        <translation>membership add behöver --body, --person, --role och --from.</translation>
    </message>
    <message>
        <source>Added membership %1.</source>
        <translation>Medlemskap %1 lades till.</translation>
    </message>
    <message>
        <source>membership end needs --until, the membership&apos;s last day.</source>
        <translation>membership end behöver --until, medlemskapets sista dag.</translation>
    </message>
    <message>
        <source>Membership %1 ends on %2.</source>
        <translation>Medlemskap %1 upphör %2.</translation>
    </message>
    <message>
        <source>(deputy for %1)</source>
        <translation>(personlig ersättare för %1)</translation>
    </message>
    <message>
        <source>meeting add needs --body SHORT and --date DATE.</source>
        <translation>meeting add behöver --body FÖRKORTNING och --date DATUM.</translation>
    </message>
    <message>
        <source>Give the meeting&apos;s place with --place; the body has no usual place to take.</source>
        <translation>Ange sammanträdets plats med --place; organet har ingen vanlig plats att utgå från.</translation>
    </message>
    <message>
        <source>Added meeting %1 (id %2).</source>
        <translation>Sammanträdet %1 lades till (id %2).</translation>
    </message>
    <message>
        <source>%1 convened on %2.</source>
        <translation>%1 sammankallades %2.</translation>
    </message>
    <message>
        <source>meeting cancel needs --reason; the record keeps why.</source>
        <translation>meeting cancel behöver --reason; orsaken bevaras.</translation>
    </message>
    <message>
        <source>%1 cancelled.</source>
        <translation>%1 ställdes in.</translation>
    </message>
    <message>
        <source>%1 is on %2 at %3.</source>
        <translation>%1 hålls %2, plats: %3.</translation>
    </message>
    <message>
        <source>Saved item %1.</source>
        <translation>Ärende %1 sparades.</translation>
    </message>
    <message>
        <source>Added item %1 to the agenda.</source>
        <translation>Ärende %1 lades till på föredragningslistan.</translation>
    </message>
    <message>
        <source>Import members of bodies from a spreadsheet saved as CSV, all rows or none; --dry-run only checks.</source>
        <translation>Importera organens ledamöter från ett kalkylark sparat som CSV, alla rader eller ingen; --dry-run kontrollerar bara.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n row(s) of members (%2, separated by &quot;%3&quot;).</source>
        <translation>
            <numerusform>%1: %n rad med ledamöter (%2, avgränsad med &quot;%3&quot;).</numerusform>
            <numerusform>%1: %n rader med ledamöter (%2, avgränsade med &quot;%3&quot;).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new person(s)</source>
        <translation>
            <numerusform>%n ny person</numerusform>
            <numerusform>%n nya personer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) already in the store</source>
        <translation>
            <numerusform>%n person finns redan i ärendearkivet</numerusform>
            <numerusform>%n personer finns redan i ärendearkivet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new membership(s);</source>
        <translation>
            <numerusform>%n nytt medlemskap;</numerusform>
            <numerusform>%n nya medlemskap;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already in the store, passed over.</source>
        <translation>
            <numerusform>%n fanns redan i ärendearkivet och hoppades över.</numerusform>
            <numerusform>%n fanns redan i ärendearkivet och hoppades över.</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported.</source>
        <translation>Importerades.</translation>
    </message>
    <message>
        <source>Dry run: nothing was written.</source>
        <translation>Provkörning: ingenting skrevs.</translation>
    </message>
    <message>
        <source>Add a person or edit one (by id or full name): person add --given NAME --family NAME; register their certificate: person certificate NAME --file CERT.pem --use signing; list them: person certificates NAME.</source>
        <translation>Lägg till en person eller redigera en (med id eller fullständigt namn): person add --given FÖRNAMN --family EFTERNAMN; registrera personens certifikat: person certificate NAMN --file CERT.pem --use signing; lista dem: person certificates NAMN.</translation>
    </message>
    <message>
        <source>person certificate: the certificate file, PEM or DER.</source>
        <translation>person certificate: certifikatfilen, PEM eller DER.</translation>
    </message>
    <message>
        <source>person certificate: what it is for, signing (the default) or encryption.</source>
        <translation>person certificate: vad det används till, signing (underskrift, standard) eller encryption (kryptering).</translation>
    </message>
    <message>
        <source>Registered the %1 certificate of %2 (SHA-256 %3).</source>
        <translation>Certifikatet för %2 registrerades för %1 (SHA-256 %3).</translation>
    </message>
    <message>
        <source>Usage: pykala-cli person add --given NAME --family NAME [options], person edit PERSON [options], person certificate PERSON --file CERT [--use signing|encryption], or person certificates PERSON</source>
        <translation>Användning: pykala-cli person add --given FÖRNAMN --family EFTERNAMN [alternativ], person edit PERSON [alternativ], person certificate PERSON --file CERT [--use signing|encryption], eller person certificates PERSON</translation>
    </message>
    <message>
        <source>Signature %1 of the minutes of %2 (%3) has a certificate that %4 does not trust (%5): who signed is not proven.</source>
        <translation>Underskrift %1 i protokollet från %2 (%3) har ett certifikat som %4 inte litar på (%5): vem som undertecknade är inte bevisat.</translation>
    </message>
    <message>
        <source>%1 takes no --%2 option.</source>
        <translation>%1 tar inget alternativ --%2.</translation>
    </message>
    <message>
        <source>A body&apos;s templates of recurring items: template list --body KH; template save &quot;KH 12/2026 § 5&quot; --name NAME [--replace]; template remove NAME --body KH. item add MEETING --template NAME uses one.</source>
        <translation>Ett organs mallar för återkommande ärenden: template list --body KH; template save &quot;KH 12/2026 § 5&quot; --name NAMN [--replace]; template remove NAMN --body KH. item add MÖTE --template NAMN använder en mall.</translation>
    </message>
    <message>
        <source>init, organisation: the organisation&apos;s name; body: the body&apos;s name; template save: the template&apos;s name.</source>
        <translation>init, organisation: organisationens namn; body: organets namn; template save: mallens namn.</translation>
    </message>
    <message>
        <source>item add: start from the body&apos;s item template of this name or id.</source>
        <translation>item add: utgå från organets ärendemall med detta namn eller id.</translation>
    </message>
    <message>
        <source>template save: overwrite the body&apos;s template of the same name.</source>
        <translation>template save: ersätt organets mall med samma namn.</translation>
    </message>
    <message>
        <source>Usage: pykala-cli item add MEETING --title TITLE [options], item add MEETING --template NAME [options], or item edit ITEM [options]</source>
        <translation>Användning: pykala-cli item add MÖTE --title RUBRIK [val], item add MÖTE --template NAMN [val] eller item edit ÄRENDE [val]</translation>
    </message>
    <message>
        <source>item edit takes no --template option: a template makes a new item.</source>
        <translation>item edit tar inget --template: av en mall görs ett nytt ärende.</translation>
    </message>
    <message>
        <source>item add needs --title, or --template to start from a template.</source>
        <translation>item add behöver --title, eller --template för att utgå från en mall.</translation>
    </message>
    <message>
        <source>Usage: pykala-cli template list --body SHORT, template save ITEM --name NAME [--replace], or template remove TEMPLATE --body SHORT</source>
        <translation>Användning: pykala-cli template list --body KORTNAMN, template save ÄRENDE --name NAMN [--replace] eller template remove MALL --body KORTNAMN</translation>
    </message>
    <message>
        <source>template list needs --body, the body whose templates to list.</source>
        <translation>template list behöver --body, organet vars mallar ska listas.</translation>
    </message>
    <message>
        <source>%1 has no item templates. Save one with &apos;pykala-cli template save ITEM --name NAME&apos;.</source>
        <translation>%1 har inga ärendemallar. Spara en med &apos;pykala-cli template save ÄRENDE --name NAMN&apos;.</translation>
    </message>
    <message>
        <source>template save needs --name, the name the template is chosen by.</source>
        <translation>template save behöver --name, namnet som mallen väljs med.</translation>
    </message>
    <message>
        <source>Saved item template %1 (id %2).</source>
        <translation>Ärendemallen %1 sparades (id %2).</translation>
    </message>
    <message>
        <source>template remove needs --body, the body whose template it is.</source>
        <translation>template remove behöver --body, organet som mallen hör till.</translation>
    </message>
    <message>
        <source>Removed item template %1.</source>
        <translation>Ärendemallen %1 togs bort.</translation>
    </message>
    <message>
        <source>Add a membership of a body, correct one, end one on its last day, record a resignation with a successor, remove one added by mistake, or end a term: membership add --body KH --person NAME --role member --from DATE; membership edit ID --until DATE; membership end ID --until DATE; membership resign ID --successor NAME --from DATE; membership remove ID; membership term --body KH --last-day DATE.</source>
        <translation>Lägg till ett medlemskap i ett organ, rätta ett, avsluta ett på dess sista dag, registrera en avgång med efterträdare, ta bort ett som lagts till av misstag eller avsluta en mandatperiod: membership add --body KH --person NAMN --role member --from DATUM; membership edit ID --until DATUM; membership end ID --until DATUM; membership resign ID --successor NAMN --from DATUM; membership remove ID; membership term --body KH --last-day DATUM.</translation>
    </message>
    <message>
        <source>membership: its last day (membership edit: empty for none).</source>
        <translation>membership: medlemskapets sista dag (membership edit: tomt om det saknas).</translation>
    </message>
    <message>
        <source>membership resign: who takes the seat, by id or full name.</source>
        <translation>membership resign: vem som tar över platsen, med id eller fullständigt namn.</translation>
    </message>
    <message>
        <source>membership resign: the personal deputy does not move to the successor; their deputy membership ends with the seat.</source>
        <translation>membership resign: den personliga ersättaren blir inte efterträdarens ersättare; ersättarens medlemskap upphör med platsen.</translation>
    </message>
    <message>
        <source>membership term: the last day of the term that ends.</source>
        <translation>membership term: sista dagen av den mandatperiod som upphör.</translation>
    </message>
    <message>
        <source>membership term: end the presenters&apos; and secretaries&apos; memberships too.</source>
        <translation>membership term: avsluta även föredragandenas och sekreterarnas medlemskap.</translation>
    </message>
    <message>
        <source>membership edit needs at least one of --role, --deputy-for, --from and --until.</source>
        <translation>membership edit behöver minst ett av --role, --deputy-for, --from och --until.</translation>
    </message>
    <message>
        <source>Only a personal deputy (--role deputy) stands in for a member; this membership&apos;s role is %1.</source>
        <translation>Endast en personlig ersättare (--role deputy) är ersättare för en ledamot; detta medlemskaps roll är %1.</translation>
    </message>
    <message>
        <source>A personal deputy stands in for a member: give --deputy-for PERSON.</source>
        <translation>En personlig ersättare är ersättare för en ledamot: ange --deputy-for PERSON.</translation>
    </message>
    <message>
        <source>Saved membership %1:</source>
        <translation>Medlemskap %1 sparades:</translation>
    </message>
    <message>
        <source>membership resign needs --successor, who takes the seat, and --from, their first day.</source>
        <translation>membership resign behöver --successor, den som tar över platsen, och --from, hens första dag.</translation>
    </message>
    <message>
        <source>Membership %1 ends on %2; %3 holds it from %4 (membership %5).</source>
        <translation>Medlemskap %1 upphör %2; %3 har platsen från %4 (medlemskap %5).</translation>
    </message>
    <message numerus="yes">
        <source>%n personal deputy(s) now stand(s) in for the successor.</source>
        <translation>
            <numerusform>%n personlig ersättare är nu efterträdarens ersättare.</numerusform>
            <numerusform>%n personliga ersättare är nu efterträdarens ersättare.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n personal deputy membership(s) ended with the seat.</source>
        <translation>
            <numerusform>%n ersättarmedlemskap upphörde med platsen.</numerusform>
            <numerusform>%n ersättarmedlemskap upphörde med platsen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The successor was the member&apos;s personal deputy: that deputy membership ended too.</source>
        <translation>Efterträdaren var ledamotens personliga ersättare: det ersättarmedlemskapet upphörde också.</translation>
    </message>
    <message>
        <source>membership term needs --body and --last-day, the last day of the term that ends (for a council term, 31 May of the election year).</source>
        <translation>membership term behöver --body och --last-day, sista dagen av den mandatperiod som upphör (för fullmäktiges mandatperiod 31 maj valåret).</translation>
    </message>
    <message numerus="yes">
        <source>%n membership(s) of %1 ended on %2.</source>
        <translation>
            <numerusform>%n medlemskap i %1 upphörde %2.</numerusform>
            <numerusform>%n medlemskap i %1 upphörde %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage: pykala-cli membership add --body SHORT --person PERSON --role ROLE --from DATE [--until DATE] [--deputy-for PERSON], membership edit ID [--role ROLE] [--deputy-for PERSON] [--from DATE] [--until DATE], membership end ID --until DATE, membership resign ID --successor PERSON --from DATE [--end-deputy], membership remove ID, or membership term --body SHORT --last-day DATE [--officials]</source>
        <translation>Användning: pykala-cli membership add --body FÖRKORTNING --person PERSON --role ROLL --from DATUM [--until DATUM] [--deputy-for PERSON], membership edit ID [--role ROLL] [--deputy-for PERSON] [--from DATUM] [--until DATUM], membership end ID --until DATUM, membership resign ID --successor PERSON --from DATUM [--end-deputy], membership remove ID, eller membership term --body FÖRKORTNING --last-day DATUM [--officials]</translation>
    </message>
    <message>
        <source>Name the membership by its id, as &apos;pykala-cli memberships&apos; lists it, not &quot;%1&quot;.</source>
        <translation>Ange medlemskapet med dess id, så som &apos;pykala-cli memberships&apos; listar det, inte &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>There is no membership with id %1. &apos;pykala-cli memberships&apos; lists them.</source>
        <translation>Det finns inget medlemskap med id %1. &apos;pykala-cli memberships&apos; listar dem.</translation>
    </message>
    <message>
        <source>Removed membership %1.</source>
        <translation>Medlemskap %1 togs bort.</translation>
    </message>
    <message>
        <source>deputy for %1</source>
        <translation>personlig ersättare för %1</translation>
    </message>
    <message>
        <source>meeting invite needs --smtp-host HOST and --from ADDRESS (the sender).</source>
        <translation>meeting invite behöver --smtp-host SERVER och --from ADRESS (avsändaren).</translation>
    </message>
    <message>
        <source>--security must be tls, starttls or none, not &quot;%1&quot;.</source>
        <translation>--security ska vara tls, starttls eller none, inte &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--from: %1</source>
        <translation>--from: %1</translation>
    </message>
    <message>
        <source>--password-file is the password of a login: give the user name with --smtp-user too.</source>
        <translation>--password-file är lösenordet för en inloggning: ange också användarnamnet med --smtp-user.</translation>
    </message>
    <message>
        <source>--smtp-user needs the password: in --password-file FILE (its first line) or in the environment variable PYKALA_SMTP_PASSWORD.</source>
        <translation>--smtp-user behöver lösenordet: på första raden i --password-file FIL eller i miljövariabeln PYKALA_SMTP_PASSWORD.</translation>
    </message>
    <message>
        <source>%1 is cancelled: no invitation goes out.</source>
        <translation>%1 är inställt: ingen kallelse skickas.</translation>
    </message>
    <message>
        <source>%1 has already been opened: the invitation went out before.</source>
        <translation>%1 har redan öppnats: kallelsen skickades redan tidigare.</translation>
    </message>
    <message>
        <source>Nobody invited to %1 has a usable e-mail address in the register, so nothing was sent (%2).</source>
        <translation>Ingen av de kallade till %1 har en användbar e-postadress i registret, så ingenting skickades (%2).</translation>
    </message>
    <message>
        <source>Sent: %1 &lt;%2&gt;</source>
        <translation>Skickat: %1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>Not sent: %1 &lt;%2&gt;: %3</source>
        <translation>Inte skickat: %1 &lt;%2&gt;: %3</translation>
    </message>
    <message>
        <source>No e-mail address, not sent: %1</source>
        <translation>Ingen e-postadress, inte skickat: %1</translation>
    </message>
    <message>
        <source>Not sent: %1: %2</source>
        <translation>Inte skickat: %1: %2</translation>
    </message>
    <message>
        <source>Nothing was sent: %1</source>
        <translation>Ingenting skickades: %1</translation>
    </message>
    <message>
        <source>Not sent to %1 of %2 addresses (%3): %4</source>
        <translation>Inte skickat till %1 av %2 adresser (%3): %4</translation>
    </message>
    <message>
        <source>Not sent to %1 of %2 addresses: %3; the listing says why.</source>
        <translation>Inte skickat till %1 av %2 adresser: %3; förteckningen anger varför.</translation>
    </message>
    <message>
        <source>The invitation of %1 was sent to every address, %2 in all. Record the day it went out with: pykala-cli meeting convene &quot;%1&quot;</source>
        <translation>Kallelsen till %1 skickades till varje adress, %2 sammanlagt. Anteckna dagen den skickades med: pykala-cli meeting convene &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Add a meeting (the body&apos;s usual place and time, and the opening items), move it, convene it, cancel it with a reason, or send its invitation with the public agenda through an SMTP server: meeting invite &quot;KH 12/2026&quot; --smtp-host HOST --from ADDRESS.</source>
        <translation>Lägg till ett sammanträde (organets vanliga plats och tid samt öppningsärendena), flytta det, sammankalla det, ställ in det med en motivering eller skicka kallelsen med den offentliga föredragningslistan via en SMTP-server: meeting invite &quot;KH 12/2026&quot; --smtp-host SERVER --from ADRESS.</translation>
    </message>
    <message>
        <source>bodies, meetings, search, check, deadlines, outcome, organisation, verify, certs, disclosures, body, persons, memberships, membership edit, resign and term, meeting invite: print JSON; add commands print the new id.</source>
        <translation>bodies, meetings, search, check, deadlines, outcome, organisation, verify, certs, disclosures, body, persons, memberships, membership edit, resign och term, meeting invite: skriv ut JSON; tilläggskommandon skriver ut det nya id:t.</translation>
    </message>
    <message>
        <source>membership: its first day; membership resign: the successor&apos;s first day; meeting invite: the sender, ADDRESS or &quot;NAME &lt;ADDRESS&gt;&quot;.</source>
        <translation>membership: första dagen; membership resign: efterträdarens första dag; meeting invite: avsändaren, ADRESS eller &quot;NAMN &lt;ADRESS&gt;&quot;.</translation>
    </message>
    <message>
        <source>meeting invite: the mail server (SMTP) that sends the messages.</source>
        <translation>meeting invite: e-postservern (SMTP) som skickar meddelandena.</translation>
    </message>
    <message>
        <source>meeting invite: the mail server&apos;s port (default: 465 for tls, 587 for starttls, 25 for none).</source>
        <translation>meeting invite: e-postserverns port (standard: 465 för tls, 587 för starttls, 25 för none).</translation>
    </message>
    <message>
        <source>meeting invite: tls (from the first byte), starttls (required; the default) or none (only to this computer, unless --allow-unencrypted).</source>
        <translation>meeting invite: tls (från första byten), starttls (obligatorisk; standard) eller none (bara till den här datorn, om inte --allow-unencrypted).</translation>
    </message>
    <message>
        <source>meeting invite: allow --security none to a server on another computer, on a network you trust.</source>
        <translation>meeting invite: tillåt --security none till en server på en annan dator, i ett nätverk du litar på.</translation>
    </message>
    <message>
        <source>meeting invite: the user name of the mail server&apos;s login; the password comes from --password-file or $PYKALA_SMTP_PASSWORD.</source>
        <translation>meeting invite: användarnamnet för inloggningen på e-postservern; lösenordet kommer från --password-file eller $PYKALA_SMTP_PASSWORD.</translation>
    </message>
    <message>
        <source>meeting invite: seconds to wait for the mail server (default 60).</source>
        <translation>meeting invite: hur många sekunder e-postservern väntas på (standard 60).</translation>
    </message>
    <message>
        <source>Usage: pykala-cli meeting add --body SHORT --date DATE [options], or meeting edit|convene|cancel|invite MEETING [options]</source>
        <translation>Användning: pykala-cli meeting add --body FÖRKORTNING --date DATUM [alternativ], eller meeting edit|convene|cancel|invite SAMMANTRÄDE [alternativ]</translation>
    </message>
    <message>
        <source>Unknown meeting action &quot;%1&quot;: add, edit, convene, cancel or invite.</source>
        <translation>Okänd sammanträdesåtgärd &quot;%1&quot;: add, edit, convene, cancel eller invite.</translation>
    </message>
    <message>
        <source>Could not read the password file %1: %2</source>
        <translation>Lösenordsfilen %1 kunde inte läsas: %2</translation>
    </message>
    <message>
        <source>%1 Give them with --p12-password-file and --password-file.</source>
        <translation>%1 Ange dem med --p12-password-file och --password-file.</translation>
    </message>
    <message>
        <source>meetings, search: only this year&apos;s.</source>
        <translation>meetings, search: endast detta års sammanträden.</translation>
    </message>
    <message>
        <source>search: relevance (the default) or date, newest first.</source>
        <translation>search: relevance (bästa träffarna först, standard) eller date (nyaste först).</translation>
    </message>
    <message>
        <source>--sort must be relevance or date, not &quot;%1&quot;.</source>
        <translation>--sort ska vara relevance eller date, inte &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>signature: %1 (%2)</source>
        <translation>underskrift: %1 (%2)</translation>
    </message>
    <message>
        <source>certificate: %1 (%2)</source>
        <translation>certifikat: %1 (%2)</translation>
    </message>
    <message>
        <source>Copy a whole store, its history included, into a new store: an SQLite file that does not exist yet, or an empty PostgreSQL database (postgresql://…). The copy is checked against the store copied.</source>
        <translation>Kopiera ett helt arkiv med dess historik till ett nytt arkiv: en SQLite-fil som inte finns ännu, eller en tom PostgreSQL-databas (postgresql://…). Kopian kontrolleras mot det kopierade arkivet.</translation>
    </message>
    <message>
        <source>estimating the time left</source>
        <translation>uppskattar återstående tid</translation>
    </message>
    <message>
        <source>about %1 s left</source>
        <translation>cirka %1 s kvar</translation>
    </message>
    <message>
        <source>about %1 min %2 s left</source>
        <translation>cirka %1 min %2 s kvar</translation>
    </message>
    <message>
        <source>Copying: %1 of %2 rows, %3</source>
        <translation>Kopierar: %1 av %2 rader, %3</translation>
    </message>
    <message>
        <source>Checking the copy…</source>
        <translation>Kontrollerar kopian…</translation>
    </message>
    <message>
        <source>Copied %1 into %2 in %3 s: %4 rows, an audit log of %5 entries. The copy checks out, and its %6 audited records match the store copied.</source>
        <translation>Kopierade %1 till %2 på %3 s: %4 rader och en ändringslogg med %5 poster. Kopian klarar kontrollen, och dess %6 loggförda poster motsvarar det kopierade arkivet.</translation>
    </message>
    <message>
        <source>--user names who the audit log of a store file names; a server&apos;s log names the user you signed in as (%1). Leave --user out, or sign in as %2.</source>
        <translation>--user anger vem ändringsloggen i en lagerfil nämner; en servers logg nämner användaren du loggade in som (%1). Utelämna --user eller logga in som %2.</translation>
    </message>
    <message>
        <source>Who the audit log of a store file names (default: $USER); on a server, the user signed in.</source>
        <translation>Vem ändringsloggen i en lagerfil nämner (standard: $USER); på en server den inloggade användaren.</translation>
    </message>
    <message>
        <source>Who may read and change what in a store on a server, enforced by the server: access setup makes the roles (kunta_member…) and their row-level security; access grant aino --role secretary --person &quot;Aino Mäkelä&quot; --body KH [--password-file FILE]; access revoke aino; access list.</source>
        <translation>Vem som får läsa och ändra vad i ett lager på en server, upprätthållet av servern: access setup skapar rollerna (kunta_member…) och deras radnivåskydd; access grant aino --role secretary --person &quot;Aino Mäkelä&quot; --body KH [--password-file FIL]; access revoke aino; access list.</translation>
    </message>
    <message>
        <source>sign: the signer&apos;s role, e.g. pöytäkirjanpitäjä; membership: chair, vice-chair, member, deputy, secretary or presenter; access grant: administrator, registry, secretary, presenter, member or public.</source>
        <translation>sign: undertecknarens roll, t.ex. protokollförare; membership: chair, vice-chair, member, deputy, secretary eller presenter; access grant: administrator, registry, secretary, presenter, member eller public.</translation>
    </message>
    <message>
        <source>meetings, memberships, search: only this body&apos;s; membership add and term, meeting add, template: the body; access grant: the bodies of a secretary or presenter, separated by commas.</source>
        <translation>meetings, memberships, search: endast detta organs; membership add och term, meeting add, template: organet; access grant: en sekreterares eller föredragandes organ, åtskilda med kommatecken.</translation>
    </message>
    <message>
        <source>Usage: pykala-cli access setup, access grant LOGIN --role ROLE [--person PERSON] [--body SHORT[,SHORT…]] [--password-file FILE], access revoke LOGIN, or access list</source>
        <translation>Användning: pykala-cli access setup, access grant ANVÄNDARNAMN --role ROLL [--person PERSON] [--body FÖRKORTNING[,FÖRKORTNING…]] [--password-file FIL], access revoke ANVÄNDARNAMN eller access list</translation>
    </message>
    <message>
        <source>Set up the store&apos;s roles on the server.</source>
        <translation>Lagrets roller har skapats på servern.</translation>
    </message>
    <message>
        <source>access grant needs --role: administrator, registry, secretary, presenter, member or public.</source>
        <translation>access grant behöver --role: administrator, registry, secretary, presenter, member eller public.</translation>
    </message>
    <message>
        <source>The password file %1 is empty: its first line is the password.</source>
        <translation>Lösenordsfilen %1 är tom: dess första rad är lösenordet.</translation>
    </message>
    <message>
        <source>%1 signs in as %2.</source>
        <translation>%1 loggar in i rollen %2.</translation>
    </message>
    <message>
        <source>%1 no longer has a role in the store.</source>
        <translation>%1 har inte längre någon roll i lagret.</translation>
    </message>
    <message>
        <source>The store has no logins. Give one a role with &apos;pykala-cli access grant LOGIN --role ROLE&apos;.</source>
        <translation>Lagret har inga användarnamn. Ge ett användarnamn en roll med &apos;pykala-cli access grant ANVÄNDARNAMN --role ROLL&apos;.</translation>
    </message>
    <message>
        <source>The case register: case open --title TITLE --task-class 10.00.03 [--date DATE]; case show 12/10.00.03/2026; case edit CASE --state decided --date DATE; case party CASE --name NAME --role ROLE --contact ADDRESS; case link ITEM CASE; case unlink ITEM; case unlinked lists items whose case reference names no case.</source>
        <translation>Ärenderegistret: case open --title RUBRIK --task-class 10.00.03 [--date DATUM]; case show 12/10.00.03/2026; case edit DNR --state decided --date DATUM; case party DNR --name NAMN --role ROLL --contact ADRESS; case link ÄRENDE DNR; case unlink ÄRENDE; case unlinked listar de ärenden vars diarienummer inte motsvarar något ärende i registret.</translation>
    </message>
    <message>
        <source>List the cases of the register, newest first, or find them by number, title and text.</source>
        <translation>Lista ärendena i ärenderegistret, det nyaste först, eller sök dem efter diarienummer, rubrik och text.</translation>
    </message>
    <message>
        <source>Prepare the next body&apos;s item of a decided item&apos;s case on a meeting to come, e.g. send-to &quot;KH 12/2026 § 5&quot; &quot;KV 4/2026&quot;.</source>
        <translation>Bered den fortsatta behandlingen av ett avgjort ärende i nästa organ, på ett kommande sammanträde, t.ex. send-to &quot;KH 12/2026 § 5&quot; &quot;KV 4/2026&quot;.</translation>
    </message>
    <message>
        <source>Record an extract of a decision as sent: --recipient NAME --method letter|email|electronic-service --date DATE [--address TEXT]; prints the day of notification and the last day of appeal.</source>
        <translation>Anteckna att ett protokollsutdrag har skickats: --recipient NAMN --method letter|email|electronic-service --date DATUM [--address TEXT]; skriver ut delfåendedagen och sista dagen för ändringssökande.</translation>
    </message>
    <message>
        <source>case open: the diary number&apos;s running number, when it was given already (default: the year&apos;s next).</source>
        <translation>case open: diarienumrets löpnummer, om det redan har tilldelats (standard: årets nästa).</translation>
    </message>
    <message>
        <source>case open: the registry&apos;s prefix of the diary number, e.g. KUNTA:.</source>
        <translation>case open: registraturens prefix i diarienumret, t.ex. KUNTA:.</translation>
    </message>
    <message>
        <source>case open, edit: the preparer in charge, by name or id.</source>
        <translation>case open, edit: ansvarig beredare, med namn eller id.</translation>
    </message>
    <message>
        <source>case edit, cases: initiated, in-preparation, decided, implemented or closed.</source>
        <translation>case edit, cases: initiated, in-preparation, decided, implemented eller closed.</translation>
    </message>
    <message>
        <source>case party: the party&apos;s postal address or e-mail.</source>
        <translation>case party: partens postadress eller e-postadress.</translation>
    </message>
    <message>
        <source>extract-sent: letter, email or electronic-service.</source>
        <translation>extract-sent: letter, email eller electronic-service.</translation>
    </message>
    <message>
        <source>cases: find cases by diary number, title or the text of their items.</source>
        <translation>cases: sök ärenden efter diarienummer, rubrik eller texten i de ärenden på föredragningslistorna som hör till dem.</translation>
    </message>
    <message>
        <source>taskclass set: years its records are kept, or permanent.</source>
        <translation>taskclass set: förvaringstiden för klassens handlingar i år, eller permanent.</translation>
    </message>
    <message>
        <source>taskclass set: whether its records hold personal data, yes or no.</source>
        <translation>taskclass set: om klassens handlingar innehåller personuppgifter, yes eller no.</translation>
    </message>
    <message>
        <source>Task class: %1 %2</source>
        <translation>Uppgiftsklass: %1 %2</translation>
    </message>
    <message>
        <source>State: %1, opened %2</source>
        <translation>Status: %1, öppnat %2</translation>
    </message>
    <message>
        <source>Publicity: %1 (%2)</source>
        <translation>Offentlighet: %1 (%2)</translation>
    </message>
    <message>
        <source>Party: %1, %2 %3</source>
        <translation>Part: %1, %2 %3</translation>
    </message>
    <message>
        <source>Extract to %1 (%2) sent %3, notified %4</source>
        <translation>Utdrag till %1 (%2) skickat %3, delfående %4</translation>
    </message>
    <message>
        <source>, last day of appeal %1</source>
        <translation>, sista dag för ändringssökande %1</translation>
    </message>
    <message>
        <source>Usage: pykala-cli case open --title TITLE --task-class CODE [--date DATE], case show CASE, case edit CASE [--title TITLE] [--state STATE --date DATE], case party CASE --name NAME [--role ROLE] [--contact TEXT], case link ITEM CASE, case unlink ITEM, or case unlinked</source>
        <translation>Användning: pykala-cli case open --title RUBRIK --task-class KOD [--date DATUM], case show DNR, case edit DNR [--title RUBRIK] [--state STATUS --date DATUM], case party DNR --name NAMN [--role ROLL] [--contact TEXT], case link ÄRENDE DNR, case unlink ÄRENDE eller case unlinked</translation>
    </message>
    <message>
        <source>case open needs --title and --task-class, e.g. --task-class 10.00.03.</source>
        <translation>case open behöver --title och --task-class, t.ex. --task-class 10.00.03.</translation>
    </message>
    <message>
        <source>--number must be a whole number from 1, not &quot;%1&quot;.</source>
        <translation>--number ska vara ett heltal från 1 uppåt, inte &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The case just opened is not there.</source>
        <translation>Ärendet som just öppnades finns inte.</translation>
    </message>
    <message>
        <source>Opened case %1 (id %2).</source>
        <translation>Ärendet %1 öppnades (id %2).</translation>
    </message>
    <message>
        <source>Every item&apos;s case reference names a case of the register.</source>
        <translation>Varje ärendes diarienummer motsvarar ett ärende i ärenderegistret.</translation>
    </message>
    <message>
        <source>Item %1 belongs to no case now.</source>
        <translation>Ärende %1 hör nu inte till något diariefört ärende.</translation>
    </message>
    <message>
        <source>Item %1 is a handling of case %2.</source>
        <translation>Ärende %1 är en behandling av ärendet med diarienummer %2.</translation>
    </message>
    <message>
        <source>case party needs --name, the party&apos;s name.</source>
        <translation>case party behöver --name, partens namn.</translation>
    </message>
    <message>
        <source>A case keeps no day of becoming %1; leave --date out.</source>
        <translation>För ett ärende sparas ingen dag då det blev %1; utelämna --date.</translation>
    </message>
    <message>
        <source>case edit takes --date with --state: the day the case reached that state.</source>
        <translation>case edit godtar --date endast tillsammans med --state: dagen då ärendet fick den statusen.</translation>
    </message>
    <message>
        <source>Saved case %1.</source>
        <translation>Ärendet %1 sparades.</translation>
    </message>
    <message>
        <source>--year must be a year such as 2026, not &quot;%1&quot;.</source>
        <translation>--year ska vara ett årtal som 2026, inte &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>No cases found.</source>
        <translation>Inga ärenden hittades.</translation>
    </message>
    <message>
        <source>Added item %1 to %2, the next handling of its case.</source>
        <translation>Ärende %1 lades till på föredragningslistan för %2 som nästa behandling av det diarieförda ärendet.</translation>
    </message>
    <message>
        <source>extract-sent needs --recipient NAME, --method letter|email|electronic-service and --date DATE.</source>
        <translation>extract-sent behöver --recipient NAMN, --method letter|email|electronic-service och --date DATUM.</translation>
    </message>
    <message>
        <source>Recorded the extract sent to %1; notified %2</source>
        <translation>Utdraget som skickats till %1 antecknades; delfående %2</translation>
    </message>
    <message>
        <source> (personal data)</source>
        <translation> (personuppgifter)</translation>
    </message>
    <message>
        <source>--retention must be a number of years or &quot;permanent&quot;, not &quot;%1&quot;.</source>
        <translation>--retention ska vara ett antal år eller &quot;permanent&quot;, inte &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--personal-data must be yes or no, not &quot;%1&quot;.</source>
        <translation>--personal-data ska vara yes eller no, inte &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Saved task class %1.</source>
        <translation>Uppgiftsklassen %1 sparades.</translation>
    </message>
    <message>
        <source>Usage: pykala-cli taskclass list, or taskclass set CODE [--name NAME] [--retention YEARS|permanent] [--publicity PUBLICITY --basis BASIS] [--personal-data yes|no]</source>
        <translation>Användning: pykala-cli taskclass list eller taskclass set KOD [--name NAMN] [--retention ÅR|permanent] [--publicity OFFENTLIGHET --basis GRUND] [--personal-data yes|no]</translation>
    </message>
    <message>
        <source>due</source>
        <translation>får förstöras</translation>
    </message>
    <message>
        <source>Only the case records listed may be destroyed, from the day shown; minutes and their items are kept permanently, and so is every case of a permanent class.</source>
        <translation>Endast de listade ärendehandlingarna får förstöras, från den angivna dagen; protokollen och ärendena i dem förvaras varaktigt, liksom varje ärende i en klass som förvaras varaktigt.</translation>
    </message>
    <message>
        <source>Usage: pykala-cli archive [--year YEAR] -o DIRECTORY</source>
        <translation>Användning: pykala-cli archive [--year ÅR] -o KATALOG</translation>
    </message>
    <message>
        <source>Archiving case %1 of %2: %3</source>
        <translation>Arkiverar ärende %1 av %2: %3</translation>
    </message>
    <message>
        <source>Wrote the archive package of %1 to %2: %3 case(s), %4 record(s), %5 bytes.</source>
        <translation>Arkivpaketet för %1 skrevs till %2: %3 ärende(n), %4 handling(ar), %5 byte.</translation>
    </message>
    <message>
        <source>Not archived: %1: %2</source>
        <translation>Inte arkiverat: %1: %2</translation>
    </message>
    <message>
        <source>The task classification of the information management plan: taskclass list; taskclass set 02.05.01 --name NAME --retention 10|permanent [--publicity confidential --basis BASIS] [--personal-data yes|no]; taskclass import FILE.csv [--dry-run], all rows or none.</source>
        <translation>Informationsstyrningsplanens uppgiftsklassificering: taskclass list; taskclass set 02.05.01 --name NAMN --retention 10|permanent [--publicity confidential --basis GRUND] [--personal-data yes|no]; taskclass import FIL.csv [--dry-run], alla rader eller ingen.</translation>
    </message>
    <message>
        <source>List the closed cases whose records may be destroyed, and from when; never minutes, never a permanent class. retention destroy CASE destroys a due case&apos;s parties and extracts sent, keeping its register entry and items.</source>
        <translation>Lista de avslutade ärenden vars handlingar får förstöras, och från vilken dag; aldrig protokoll, aldrig en klass som bevaras varaktigt. retention destroy DNR förstör parterna och de skickade utdragen i ett ärende vars förvaringstid har löpt ut, men behåller registeruppgifterna och behandlingarna.</translation>
    </message>
    <message>
        <source>Write the archive package of the cases closed in a year (the last one unless --year says): for each case its signed minutes, extracts and attachments, with SÄHKE2 metadata files (docs/archive-record.xsd). archive --year 2026 -o DIRECTORY.</source>
        <translation>Skriv arkivpaketet för de ärenden som avslutades under ett år (föregående år om inte --year anger ett annat): för varje ärende dess undertecknade protokoll, utdrag och bilagor, med SÄHKE2-metadatafiler (docs/archive-record.xsd). archive --year 2026 -o KATALOG.</translation>
    </message>
    <message>
        <source>agenda, minutes, extract, sign, package: the file to write; publish, archive: the directory.</source>
        <translation>agenda, minutes, extract, sign, package: filen som ska skrivas; publish, archive: katalogen.</translation>
    </message>
    <message>
        <source>import-members, taskclass import: check the file against the store and report, writing nothing.</source>
        <translation>import-members, taskclass import: kontrollera filen mot ärendearkivet och rapportera, utan att skriva något.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n task class(es) (%2, separated by &quot;%3&quot;).</source>
        <translation>
            <numerusform>%1: %n uppgiftsklass (%2, avgränsare &quot;%3&quot;).</numerusform>
            <numerusform>%1: %n uppgiftsklasser (%2, avgränsare &quot;%3&quot;).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new</source>
        <translation>
            <numerusform>%n ny</numerusform>
            <numerusform>%n nya</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed</source>
        <translation>
            <numerusform>%n ändrad</numerusform>
            <numerusform>%n ändrade</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n oförändrad</numerusform>
            <numerusform>%n oförändrade</numerusform>
        </translation>
    </message>
    <message>
        <source>Records destroyed %1: its parties and extracts sent are gone.</source>
        <translation>Handlingarna förstördes %1: parterna och de skickade utdragen är borta.</translation>
    </message>
    <message>
        <source>Usage: pykala-cli retention, or retention destroy CASE.</source>
        <translation>Användning: pykala-cli retention eller retention destroy DNR.</translation>
    </message>
    <message>
        <source>Destroyed the records of case %1: its parties (%2) and extracts sent (%3). Its register entry and its items are kept.</source>
        <translation>Handlingarna i ärendet %1 förstördes: dess parter (%2) och skickade utdrag (%3). Registeruppgifterna och behandlingarna bevaras.</translation>
    </message>
    <message>
        <source>Publishing meeting %1 of %2</source>
        <translation>Sammanträde %1 av %2 publiceras</translation>
    </message>
    <message>
        <source>Published the site to %1: %2 meeting(s), %3 laid out anew, %4 file(s).</source>
        <translation>Webbplatsen publicerades i %1: %2 sammanträden, av dem %3 ombrutna, %4 filer.</translation>
    </message>
    <message>
        <source>Write the public web version of a meeting into -o DIR; without a meeting, the whole public site with its open data (OParl, Atom): publish -o DIR --base-url https://… .</source>
        <translation>Skriv ett sammanträdes offentliga webbversion i -o DIR; utan sammanträde hela den offentliga webbplatsen med öppna data (OParl, Atom): publish -o DIR --base-url https://… .</translation>
    </message>
    <message>
        <source>demo: the day the data is as of; publish: the day of publication that the site&apos;s minutes must have reached (default today).</source>
        <translation>demo: dagen som uppgifterna gäller; publish: dagen som webbplatsens protokolls publiceringsdag ska ha nått (som standard i dag).</translation>
    </message>
    <message>
        <source>publish (the site): the address the directory is served at, e.g. https://www.example.fi/paatokset/.</source>
        <translation>publish (webbplatsen): adressen där katalogen visas på webben, t.ex. https://www.example.fi/paatokset/.</translation>
    </message>
    <message>
        <source>publish without a meeting writes the whole site and needs --base-url URL, the address the directory is served at.</source>
        <translation>publish utan sammanträde skriver hela webbplatsen och behöver --base-url URL, adressen där katalogen visas på webben.</translation>
    </message>
    <message>
        <source>Write a read-only meeting package for review to -o FILE: --for member --recipient NAME --cert NICK (encrypted for the member&apos;s certificate, signed with yours), or --for public.</source>
        <translation>Skriv ett skrivskyddat mötespaket till -o FIL: --for member --recipient NAMN --cert NAMN (krypterat för ledamotens certifikat, undertecknat med ditt) eller --for public.</translation>
    </message>
    <message>
        <source>Open a meeting package as review mode does (a member&apos;s with your key, in memory) and show whom it is for, who made and signed it and until when it can be read.</source>
        <translation>Öppna ett mötespaket som läsläget gör (en ledamots med din nyckel, i minnet) och visa för vem det är, vem som gjorde och undertecknade det och till när det kan läsas.</translation>
    </message>
    <message>
        <source>verify, certs, sign, check, package, package-info: the NSS certificate database directory (default: ~/.pki/nssdb).</source>
        <translation>verify, certs, sign, check, package, package-info: NSS-certifikatdatabasens katalog (standard: ~/.pki/nssdb).</translation>
    </message>
    <message>
        <source>verify, certs, sign, package, package-info: a file whose first line is the database or token password; meeting invite: the mail server&apos;s password (else $PYKALA_SMTP_PASSWORD); access grant: the login&apos;s password.</source>
        <translation>verify, certs, sign, package, package-info: en fil vars första rad är databasens eller kortets lösenord; meeting invite: e-postserverns lösenord (annars $PYKALA_SMTP_PASSWORD); access grant: inloggningens lösenord.</translation>
    </message>
    <message>
        <source>sign, package: the nickname of the signing certificate.</source>
        <translation>sign, package: signeringscertifikatets smeknamn.</translation>
    </message>
    <message>
        <source>body: how many days after the meeting its members&apos; packages can be read (default 30).</source>
        <translation>body: hur många dagar efter mötet ledamöternas paket kan läsas (standard 30).</translation>
    </message>
    <message>
        <source>package: the member&apos;s encryption certificate, PEM or DER, instead of the one registered for them.</source>
        <translation>package: ledamotens krypteringscertifikat, PEM eller DER, i stället för det som registrerats för hen.</translation>
    </message>
    <message>
        <source>A member&apos;s package is signed by its maker: add --cert NICK, your signing certificate (&apos;pykala-cli certs&apos; lists them).</source>
        <translation>En ledamots paket undertecknas av den som gör det: lägg till --cert NAMN, ditt signeringscertifikat (&apos;pykala-cli certs&apos; listar dem).</translation>
    </message>
    <message>
        <source>Cannot read the certificate %1: %2</source>
        <translation>Certifikatet %1 kan inte läsas: %2</translation>
    </message>
    <message>
        <source>A public package is neither signed nor encrypted: leave out --cert and --recipient-cert.</source>
        <translation>Ett offentligt paket varken undertecknas eller krypteras: utelämna --cert och --recipient-cert.</translation>
    </message>
    <message>
        <source>Wrote %1 for %2, a member&apos;s package (confidential items included), encrypted for their certificate and signed with %3.</source>
        <translation>Skrev %1 för %2: en ledamots paket (även sekretessbelagda ärenden), krypterat för hens certifikat och undertecknat med %3.</translation>
    </message>
    <message>
        <source>%1 is a store, not a meeting package.</source>
        <translation>%1 är ett ärendearkiv, inte ett mötespaket.</translation>
    </message>
    <message>
        <source>Meeting package %1 of %2, %3</source>
        <translation>Mötespaket %1 av %2, %3</translation>
    </message>
    <message>
        <source>For: %1 (a member&apos;s package, confidential items included)</source>
        <translation>För: %1 (en ledamots paket, även sekretessbelagda ärenden)</translation>
    </message>
    <message>
        <source>For: the public</source>
        <translation>För: allmänheten</translation>
    </message>
    <message>
        <source>Made: %1 by %2</source>
        <translation>Gjort: %1 av %2</translation>
    </message>
    <message>
        <source>Encrypted for you and signed by %1 (certificate from %2), %3</source>
        <translation>Krypterat för dig och undertecknat av %1 (certifikat från %2), %3</translation>
    </message>
    <message>
        <source>a certificate your database trusts</source>
        <translation>ett certifikat som din databas litar på</translation>
    </message>
    <message>
        <source>a certificate your database does not trust</source>
        <translation>ett certifikat som din databas inte litar på</translation>
    </message>
    <message>
        <source>Can be read until: %1</source>
        <translation>Kan läsas till: %1</translation>
    </message>
    <message>
        <source>--package-days must be a number of days from %1 to %2, not &quot;%3&quot;.</source>
        <translation>--package-days ska vara ett antal dagar från %1 till %2, inte &quot;%3&quot;.</translation>
    </message>
    <message numerus="yes">
        <source>Members&apos; packages readable until: %n day(s) after the meeting</source>
        <translation>
            <numerusform>Ledamöternas paket kan läsas: %n dag efter mötet</numerusform>
            <numerusform>Ledamöternas paket kan läsas: %n dagar efter mötet</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is a member&apos;s encrypted meeting package: it is read with the member&apos;s key in review mode (pykala FILE), and &apos;pykala-cli package-info FILE&apos; says what it is.</source>
        <translation>%1 är en ledamots krypterade mötespaket: det läses med ledamotens nyckel i läsläget (pykala FIL), och &apos;pykala-cli package-info FIL&apos; berättar vad det är.</translation>
    </message>
</context>
<context>
    <name>Cli::Reader</name>
    <message>
        <source>--%1 must be one of %2, not &quot;%3&quot;.</source>
        <translation>--%1 ska vara något av %2, inte &quot;%3&quot;.</translation>
    </message>
    <message>
        <source>--%1 must be a date such as 2026-12-14 or 14.12.2026, not &quot;%2&quot;.</source>
        <translation>--%1 ska vara ett datum som 2026-12-14 eller 14.12.2026, inte &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>--%1 must be a time such as 16:00, not &quot;%2&quot;.</source>
        <translation>--%1 ska vara en tid som 16:00, inte &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>There is no person &quot;%1&quot; in the store. &apos;pykala-cli persons&apos; lists them.</source>
        <translation>Det finns ingen person &quot;%1&quot; i ärendearkivet. &apos;pykala-cli persons&apos; listar dem.</translation>
    </message>
    <message>
        <source>Several persons are called &quot;%1&quot; (ids %2): name one by its id.</source>
        <translation>Flera personer heter &quot;%1&quot; (id %2): ange en med dess id.</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>&amp;Check the server&apos;s certificate (encrypted connection)</source>
        <translation>&amp;Kontrollera serverns certifikat (krypterad förbindelse)</translation>
    </message>
    <message>
        <source>Connect to Server</source>
        <translation>Anslut till server</translation>
    </message>
    <message>
        <source>e.g. paatokset.kunta.fi</source>
        <translation>t.ex. paatokset.kunta.fi</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>e.g. kunta</source>
        <translation>t.ex. kommun</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Databas</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Användarnamn</translation>
    </message>
    <message>
        <source>from ~/.pgpass when left empty</source>
        <translation>tomt: från ~/.pgpass</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Lösenord</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Databas:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Användarnamn:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Lösenord:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Adress:</translation>
    </message>
    <message>
        <source>C&amp;onnect</source>
        <translation>A&amp;nslut</translation>
    </message>
    <message>
        <source>A store shared on the municipality&apos;s PostgreSQL server. Ask its administrator for the server, the database and your user name.</source>
        <translation>Ett gemensamt arkiv på kommunens PostgreSQL-server. Fråga dess administratör efter servern, databasen och ditt användarnamn.</translation>
    </message>
    <message>
        <source>Give the server and the database.</source>
        <translation>Ange servern och databasen.</translation>
    </message>
    <message>
        <source>Sign in with my identity &amp;card</source>
        <translation>Logga in med mitt &amp;identitetskort</translation>
    </message>
    <message>
        <source>the card&apos;s authentication certificate, e.g. ~/kortti.crt</source>
        <translation>kortets autentiseringscertifikat, t.ex. ~/kortti.crt</translation>
    </message>
    <message>
        <source>Card certificate</source>
        <translation>Kortets certifikat</translation>
    </message>
    <message>
        <source>Key on the card</source>
        <translation>Nyckeln på kortet</translation>
    </message>
    <message>
        <source>The PKCS#11 address of the card&apos;s authentication key, e.g. token=HENKILOKORTTI;object=todentaminen;type=private</source>
        <translation>PKCS#11-adressen till kortets autentiseringsnyckel, t.ex. token=HENKILOKORTTI;object=todentaminen;type=private</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adress</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Bläddra…</translation>
    </message>
    <message>
        <source>Choose the card certificate</source>
        <translation>Välj kortets certifikat</translation>
    </message>
    <message>
        <source>Card c&amp;ertificate:</source>
        <translation>Kortets &amp;certifikat:</translation>
    </message>
    <message>
        <source>&amp;Key on the card:</source>
        <translation>&amp;Nyckeln på kortet:</translation>
    </message>
    <message>
        <source>Card Certificate</source>
        <translation>Kortets certifikat</translation>
    </message>
    <message>
        <source>Certificates (*.crt *.pem *.cer);;All files (*)</source>
        <translation>Certifikat (*.crt *.pem *.cer);;Alla filer (*)</translation>
    </message>
    <message>
        <source>&amp;PIN:</source>
        <translation>&amp;PIN-kod:</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN-kod</translation>
    </message>
    <message>
        <source>the PIN of the card&apos;s authentication key</source>
        <translation>PIN-koden till kortets autentiseringsnyckel</translation>
    </message>
    <message>
        <source>Signing in with a card needs its certificate file and its PIN.</source>
        <translation>Inloggning med kort kräver kortets certifikatfil och PIN-kod.</translation>
    </message>
</context>
<context>
    <name>ConveneDialog</name>
    <message>
        <source>Invitation sent on</source>
        <translation>Kallelsen skickad</translation>
    </message>
    <message>
        <source>Convene %1</source>
        <translation>Sammankalla %1</translation>
    </message>
    <message>
        <source>&amp;Invitation sent on:</source>
        <translation>&amp;Kallelsen skickad:</translation>
    </message>
    <message>
        <source>The meeting was convened on %1. Correct the day the invitation went out if it was another.</source>
        <translation>Sammanträdet sammankallades %1. Rätta dagen då kallelsen skickades om den var en annan.</translation>
    </message>
    <message>
        <source>Record the day the invitation and the agenda went out to those invited: the meeting is then convened.</source>
        <translation>Anteckna dagen då kallelsen och föredragningslistan skickades till de kallade: sammanträdet är då sammankallat.</translation>
    </message>
    <message>
        <source>Convene</source>
        <translation>Sammankalla</translation>
    </message>
</context>
<context>
    <name>CopyStoreDialog</name>
    <message>
        <source>A new &amp;file:</source>
        <translation>En ny &amp;fil:</translation>
    </message>
    <message>
        <source>An empty &amp;PostgreSQL database:</source>
        <translation>En tom &amp;PostgreSQL-databas:</translation>
    </message>
    <message>
        <source>Copy Store To</source>
        <translation>Kopiera arkivet</translation>
    </message>
    <message>
        <source>The whole store — its register, meetings, signed minutes and audit log — is copied into a new store, which is then checked against this one. This store is not changed.</source>
        <translation>Hela arkivet — registret, sammanträdena, de undertecknade protokollen och ändringsloggen — kopieras till ett nytt arkiv, som sedan kontrolleras mot detta. Detta arkiv ändras inte.</translation>
    </message>
    <message>
        <source>New store file</source>
        <translation>Det nya arkivets fil</translation>
    </message>
    <message>
        <source>PostgreSQL database address</source>
        <translation>PostgreSQL-databasens adress</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Välj…</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopiera</translation>
    </message>
    <message>
        <source>Pykälä stores (*.sqlite)</source>
        <translation>Pykälä-arkiv (*.sqlite)</translation>
    </message>
    <message>
        <source>Choose the file to copy the store into.</source>
        <translation>Välj filen som arkivet kopieras till.</translation>
    </message>
    <message>
        <source>Give the address of the PostgreSQL database, e.g. postgresql://server/database?user=name.</source>
        <translation>Ange PostgreSQL-databasens adress, t.ex. postgresql://server/databas?user=namn.</translation>
    </message>
    <message>
        <source>That is the address of a database: choose &quot;An empty PostgreSQL database&quot; for it.</source>
        <translation>Det är en databas adress: välj &quot;En tom PostgreSQL-databas&quot; för den.</translation>
    </message>
    <message>
        <source>A PostgreSQL database&apos;s address begins with postgresql://, e.g. postgresql://server/database?user=name.</source>
        <translation>En PostgreSQL-databas adress börjar med postgresql://, t.ex. postgresql://server/databas?user=namn.</translation>
    </message>
    <message>
        <source>%1 exists already, and a copy never replaces a file. Choose another name.</source>
        <translation>%1 finns redan, och en kopia ersätter aldrig en fil. Välj ett annat namn.</translation>
    </message>
    <message>
        <source>Copying the store…</source>
        <translation>Kopierar arkivet…</translation>
    </message>
    <message>
        <source>Copying the store: %1 of %2 rows…</source>
        <translation>Kopierar arkivet: %1 av %2 rader…</translation>
    </message>
    <message>
        <source>Checking the copy…</source>
        <translation>Kontrollerar kopian…</translation>
    </message>
</context>
<context>
    <name>CsvTable</name>
    <message>
        <source>Row %1, column &quot;%2&quot;: %3</source>
        <translation>Rad %1, kolumn &quot;%2&quot;: %3</translation>
    </message>
    <message>
        <source>Row %1, column %2: %3</source>
        <translation>Rad %1, kolumn %2: %3</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>Rad %1: %2</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Ingenting importerades.</translation>
    </message>
    <message numerus="yes">
        <source>The file has %n problem(s); nothing was imported.</source>
        <translation>
            <numerusform>Filen har %n problem; ingenting importerades.</numerusform>
            <numerusform>Filen har %n problem; ingenting importerades.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more problem(s), not listed.</source>
        <translation>
            <numerusform>… och %n problem till, som inte räknas upp.</numerusform>
            <numerusform>… och %n problem till, som inte räknas upp.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the sheet as CSV (in Excel &quot;CSV UTF-8&quot; or &quot;CSV (semicolon delimited)&quot;, in LibreOffice &quot;Text CSV&quot;) and import that file.</source>
        <translation>Spara bladet som CSV (i Excel &quot;CSV UTF-8&quot; eller &quot;CSV (semikolonavgränsad)&quot;, i LibreOffice &quot;Text CSV&quot;) och importera den filen.</translation>
    </message>
    <message>
        <source>The file is UTF-16 text (Excel&apos;s &quot;Unicode text&quot;), not CSV.</source>
        <translation>Filen är UTF-16-text (Excels &quot;Unicode-text&quot;), inte CSV.</translation>
    </message>
    <message>
        <source>The file is a spreadsheet workbook (.xlsx or .ods), not CSV.</source>
        <translation>Filen är en kalkylarbetsbok (.xlsx eller .ods), inte CSV.</translation>
    </message>
    <message>
        <source>The file is an Excel 97–2003 workbook (.xls), not CSV.</source>
        <translation>Filen är en Excel 97–2003-arbetsbok (.xls), inte CSV.</translation>
    </message>
    <message>
        <source>The file is not text: it holds a zero byte (at byte %1), which no CSV file saved from a spreadsheet does. Is this the right file?</source>
        <translation>Filen är inte text: den innehåller en nollbyte (vid byte %1), vilket ingen CSV-fil sparad från ett kalkylark gör. Är detta rätt fil?</translation>
    </message>
    <message>
        <source>a quoted cell is never closed: its opening quote (&quot;) has no closing quote, so the rest of the file would be this one cell. Add the missing quote.</source>
        <translation>en cell inom citattecken avslutas aldrig: dess inledande citattecken (&quot;) har inget avslutande, så resten av filen skulle bli denna enda cell. Lägg till det saknade citattecknet.</translation>
    </message>
    <message>
        <source>The columns are separated by tabs, not by &apos;;&apos; or &apos;,&apos;.</source>
        <translation>Kolumnerna är avgränsade med tabbar, inte med &apos;;&apos; eller &apos;,&apos;.</translation>
    </message>
    <message>
        <source>text follows the closing quote of a quoted cell; quote the whole cell, and write each quote inside it twice (&quot;&quot;).</source>
        <translation>text följer efter det avslutande citattecknet i en cell inom citattecken; sätt hela cellen inom citattecken och skriv varje citattecken i den två gånger (&quot;&quot;).</translation>
    </message>
    <message>
        <source>no such column; the columns are %1 (or the same in Swedish or English). Rename the column or remove it: its values would not be imported.</source>
        <translation>okänd kolumn; kolumnerna är %1 (eller detsamma på svenska eller engelska). Byt namn på kolumnen eller ta bort den: dess värden skulle inte importeras.</translation>
    </message>
    <message>
        <source>the same column as column %1 (%2); keep one of them.</source>
        <translation>samma kolumn som kolumn %1 (%2); behåll en av dem.</translation>
    </message>
    <message>
        <source>the header row has no column for %1 (%2); it is required.</source>
        <translation>rubrikraden har ingen kolumn för %1 (%2); den är obligatorisk.</translation>
    </message>
    <message>
        <source>the row has %1 cells, but the header row has %2 columns: a separator too many, or a cell with a separator in it that is not in quotes, shifts the values into the wrong columns.</source>
        <translation>raden har %1 celler, men rubrikraden har %2 kolumner: en avgränsare för mycket, eller en cell med en avgränsare som inte står inom citattecken, flyttar värdena till fel kolumner.</translation>
    </message>
    <message>
        <source>the row has %1 cells, but the header row has %2 columns: a separator too few shifts the values into the wrong columns.</source>
        <translation>raden har %1 celler, men rubrikraden har %2 kolumner: en avgränsare för lite flyttar värdena till fel kolumner.</translation>
    </message>
    <message>
        <source>a value in a column that the header row does not name; name the column or clear the cell.</source>
        <translation>ett värde i en kolumn som rubrikraden inte namnger; namnge kolumnen eller töm cellen.</translation>
    </message>
    <message>
        <source>the cell is %1 characters long; at most %2 are read.</source>
        <translation>cellen är %1 tecken lång; högst %2 läses.</translation>
    </message>
    <message>
        <source>the cell holds bytes that are not UTF-8, though the file begins as UTF-8 does (with a byte order mark). Save the sheet again as CSV UTF-8.</source>
        <translation>cellen innehåller byte som inte är UTF-8, fast filen börjar som UTF-8 gör (med en byteordningsmarkering). Spara bladet på nytt som CSV UTF-8.</translation>
    </message>
</context>
<context>
    <name>DecisionRecord</name>
    <message>
        <source>%1 has not been closed; its minutes are signed after the meeting.</source>
        <translation>Sammanträdet %1 har inte avslutats; protokollet undertecknas efter sammanträdet.</translation>
    </message>
    <message>
        <source>%1 is finalised: its minutes have all their %2 signatures.</source>
        <translation>%1 är slutligt registrerat: protokollet har alla sina %2 underskrifter.</translation>
    </message>
    <message>
        <source>Could not make a working directory for signing.</source>
        <translation>Det gick inte att skapa en arbetskatalog för underskriften.</translation>
    </message>
    <message>
        <source>Could not write the minutes for signing: %1</source>
        <translation>Protokollet kunde inte skrivas för underskrift: %1</translation>
    </message>
    <message>
        <source>Could not read the signed minutes: %1</source>
        <translation>Det undertecknade protokollet kunde inte läsas: %1</translation>
    </message>
    <message>
        <source>The signed minutes of meeting %1 have no meeting in the store.</source>
        <translation>Det undertecknade protokollet för sammanträde %1 har inget sammanträde i ärendearkivet.</translation>
    </message>
    <message>
        <source>%1 %2 differs from what was signed in its minutes: it was changed outside Pykälä.</source>
        <translation>%1 %2 avviker från det som undertecknades i protokollet: det har ändrats utanför Pykälä.</translation>
    </message>
    <message>
        <source>(the meeting&apos;s own record)</source>
        <translation>(sammanträdets egna uppgifter)</translation>
    </message>
    <message>
        <source>%1 %2 was signed in its minutes and is missing now.</source>
        <translation>%1 %2 undertecknades i protokollet men saknas nu.</translation>
    </message>
    <message>
        <source>The record of %1 differs from what was signed in its minutes.</source>
        <translation>Uppgifterna om %1 avviker från det som undertecknades i protokollet.</translation>
    </message>
    <message>
        <source>It is the turn of the %1 to sign the minutes of %2, not of the %3.</source>
        <translation>Det är %1 som står i tur att underteckna protokollet för %2, inte %3.</translation>
    </message>
    <message>
        <source>%1 has already signed the minutes of %2; the next signature is another&apos;s.</source>
        <translation>%1 har redan undertecknat protokollet för %2; nästa underskrift är någon annans.</translation>
    </message>
    <message>
        <source>The minutes need %1 signatures (%2 of them by the secretary and those who presided) and their signature page has room for %3: record at most %4 minute-checkers.</source>
        <translation>Protokollet behöver %1 underskrifter (%2 av dem av protokollföraren och dem som varit ordförande) och underskriftssidan rymmer %3: anteckna högst %4 protokolljusterare.</translation>
    </message>
    <message>
        <source>The minutes need %1 signatures, %2 of them by the secretary and those who presided, and their signature page has room for %3.</source>
        <translation>Protokollet behöver %1 underskrifter, %2 av dem av protokollföraren och dem som varit ordförande, och underskriftssidan rymmer %3.</translation>
    </message>
    <message>
        <source>the signed minutes of %1</source>
        <translation>det undertecknade protokollet från %1</translation>
    </message>
    <message>
        <source>The signed minutes of %1 are not a signed PDF: they were replaced outside Pykälä.</source>
        <translation>Det undertecknade protokollet från %1 är inte en undertecknad PDF: det har ersatts utanför Pykälä.</translation>
    </message>
    <message>
        <source>Signature %1 of the minutes of %2 (%3, %4) does not verify (%5): the signed minutes were changed outside Pykälä.</source>
        <translation>Underskrift %1 i protokollet från %2 (%3, %4) är inte giltig (%5): det undertecknade protokollet har ändrats utanför Pykälä.</translation>
    </message>
    <message>
        <source>Signature %1 of the minutes of %2 (%3) does not cover its revision of the file.</source>
        <translation>Underskrift %1 i protokollet från %2 (%3) täcker inte sin version av filen.</translation>
    </message>
    <message>
        <source>Audit log entry %1, which signature %2 of the minutes of %3 commits to, is missing: the log was cut outside Pykälä.</source>
        <translation>Loggpost %1, som underskrift %2 i protokollet från %3 är knuten till, saknas: loggen har kortats utanför Pykälä.</translation>
    </message>
    <message>
        <source>The audit log up to entry %1 is not the one signature %2 of the minutes of %3 commits to: its history was rewritten outside Pykälä.</source>
        <translation>Ändringsloggen fram till post %1 är inte den som underskrift %2 i protokollet från %3 är knuten till: dess historia har skrivits om utanför Pykälä.</translation>
    </message>
    <message>
        <source>The signed minutes of %1 were changed after their last signature.</source>
        <translation>Det undertecknade protokollet från %1 har ändrats efter den sista underskriften.</translation>
    </message>
    <message>
        <source>The store records %1 signatures of the minutes of %2; the signed file has %3.</source>
        <translation>Enligt ärendearkivet har protokollet från %2 %1 underskrifter; den undertecknade filen har %3.</translation>
    </message>
    <message>
        <source>The signed minutes of %1 carry no digest of their record.</source>
        <translation>Det undertecknade protokollet från %1 har ingen kontrollsumma av sina uppgifter.</translation>
    </message>
    <message>
        <source>The record digest kept with the signed minutes of %1 is not the one they were signed with: it was changed outside Pykälä.</source>
        <translation>Kontrollsumman av uppgifterna som förvaras med det undertecknade protokollet från %1 är inte den som protokollet undertecknades med: den har ändrats utanför Pykälä.</translation>
    </message>
    <message>
        <source>The signed minutes of %1 have %2 signatures; they take %3.</source>
        <translation>Det undertecknade protokollet från %1 har %2 underskrifter; det ska ha %3.</translation>
    </message>
    <message>
        <source>Signature %1 of the minutes of %2 is by %3 as &quot;%4&quot;; that turn is the %5&apos;s.</source>
        <translation>Underskrift %1 i protokollet från %2 är gjord av %3 som &quot;%4&quot;; den turen hör till %5.</translation>
    </message>
    <message>
        <source>Signature %1 of the minutes of %2 is a second one by %3.</source>
        <translation>Underskrift %1 i protokollet från %2 är en andra underskrift av %3.</translation>
    </message>
    <message>
        <source>Signature %1 of the minutes of %2 (%3) commits to no audit entry, though the one before it does: Pykälä did not make it.</source>
        <translation>Underskrift %1 i protokollet från %2 (%3) är inte knuten till ändringsloggen, fast den före är det: den är inte gjord med Pykälä.</translation>
    </message>
    <message>
        <source>Signature %1 of the minutes of %2 (%3) is out of its order: Pykälä did not make it there.</source>
        <translation>Underskrift %1 i protokollet från %2 (%3) står i fel ordning: Pykälä har inte gjort den där.</translation>
    </message>
    <message>
        <source>The certificate is %1&apos;s, and it is %2&apos;s turn to sign as %3: each signs with their own.</source>
        <translation>Certifikatet är %1s, och det är %2s tur att underteckna som %3: var och en undertecknar med sitt eget.</translation>
    </message>
    <message>
        <source>The certificate is not registered for %1, whose turn it is to sign as %2. Register %1&apos;s signing certificate first (Register › Persons › Certificates…, or pykala-cli person certificate).</source>
        <translation>Certifikatet är inte registrerat för %1, vars tur det är att underteckna som %2. Registrera först %1s certifikat för undertecknande (Register › Personer › Certifikat… eller pykala-cli person certificate).</translation>
    </message>
    <message>
        <source>There is no certificate &quot;%1&quot; with its key in the certificate database; &apos;pykala-cli certs&apos; lists them.</source>
        <translation>Det finns inget certifikat ”%1” med nyckel i certifikatdatabasen; &apos;pykala-cli certs&apos; listar dem.</translation>
    </message>
    <message>
        <source>%1 cannot be signed with &quot;%2&quot;: %3</source>
        <translation>%1 kan inte undertecknas med ”%2”: %3</translation>
    </message>
    <message>
        <source>Signature %1 of the minutes of %2 (%3, %4) is not by the person of its turn: %5</source>
        <translation>Underskrift %1 i protokollet för %2 (%3, %4) är inte gjord av personen i tur: %5</translation>
    </message>
    <message>
        <source>The minutes of %1 were frozen with the turns %2, and the body&apos;s settings now give %3: its signing order or document language was changed after the first signature. Set them back to sign the rest.</source>
        <translation>Protokollet för %1 låstes med turerna %2, men organets inställningar ger nu %3: dess underskriftsordning eller dokumentspråk har ändrats efter den första underskriften. Återställ dem för att underteckna resten.</translation>
    </message>
    <message>
        <source>The minutes name no one to sign as %1. The secretary&apos;s turn is the body&apos;s secretary on the meeting&apos;s day (Register › Add Official, or pykala-cli membership add --role secretary); a minute-checker&apos;s, those the meeting selected; a chair&apos;s, who presided.</source>
        <translation>Protokollet anger ingen som undertecknar som %1. Sekreterarens tur är organets sekreterare på mötesdagen (Register › Lägg till tjänsteinnehavare eller pykala-cli membership add --role secretary); protokolljusterarens de som mötet valde; ordförandens den som var ordförande.</translation>
    </message>
    <message>
        <source>%1 cannot be signed yet: %2</source>
        <translation>%1 kan inte undertecknas ännu: %2</translation>
    </message>
</context>
<context>
    <name>DemoData</name>
    <message>
        <source>The demo has from 2 to %1 bodies; %2 was asked for.</source>
        <translation>Exempeldata har 2–%1 organ; %2 begärdes.</translation>
    </message>
    <message>
        <source>The demo covers from 1 to %1 years; %2 was asked for.</source>
        <translation>Exempeldata omfattar 1–%1 år; %2 begärdes.</translation>
    </message>
    <message>
        <source>The store already holds data; demo data goes only into an empty store. Create one with &apos;pykala-cli init&apos;.</source>
        <translation>Arkivet innehåller redan data; exempeldata läggs bara i ett tomt arkiv. Skapa ett med &apos;pykala-cli init&apos;.</translation>
    </message>
    <message>
        <source>The demo data is missing from this build.</source>
        <translation>Exempeldata saknas i denna version.</translation>
    </message>
    <message>
        <source>The demo data of this build is broken: %1</source>
        <translation>Exempeldata i denna version är trasiga: %1</translation>
    </message>
</context>
<context>
    <name>DemoStore</name>
    <message>
        <source>Creating the demo municipality…</source>
        <translation>Demokommunen skapas…</translation>
    </message>
    <message>
        <source>Creating the demo municipality: the register, then the meetings (%1 of %2)…</source>
        <translation>Demokommunen skapas: först registret, sedan mötena (%1 av %2)…</translation>
    </message>
</context>
<context>
    <name>DocumentPrinting</name>
    <message>
        <source>Print Preview – %1</source>
        <translation>Förhandsgranskning – %1</translation>
    </message>
    <message>
        <source>Pykälä</source>
        <translation>Pykälä</translation>
    </message>
    <message>
        <source>Print %1</source>
        <translation>Skriv ut %1</translation>
    </message>
</context>
<context>
    <name>DocumentRenderer</name>
    <message>
        <source>Laying out a document needs the graphical application object.</source>
        <translation>Ombrytningen av en handling behöver det grafiska programobjektet.</translation>
    </message>
    <message>
        <source>Could not start painting the document on the printer or file.</source>
        <translation>Det gick inte att börja rita handlingen på skrivaren eller i filen.</translation>
    </message>
    <message>
        <source>Could not start page %1 of the document.</source>
        <translation>Det gick inte att påbörja sida %1 av handlingen.</translation>
    </message>
    <message>
        <source>%1 contains the character “%2” (U+%3), which the documents&apos; font cannot show. Write it with other characters.</source>
        <translation>%1 innehåller tecknet ”%2” (U+%3), som handlingarnas typsnitt inte kan visa. Skriv det med andra tecken.</translation>
    </message>
    <message>
        <source>The signature font could not be loaded from the program&apos;s resources.</source>
        <translation>Underskrifternas typsnitt kunde inte läsas in från programmets resurser.</translation>
    </message>
    <message>
        <source>The document font (Pykala Sans) could not be loaded from the program&apos;s resources.</source>
        <translation>Handlingarnas typsnitt (Pykala Sans) kunde inte läsas in från programmets resurser.</translation>
    </message>
</context>
<context>
    <name>DocumentWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arkiv</translation>
    </message>
    <message>
        <source>&amp;Save As…</source>
        <translation>Spara so&amp;m…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>Skriv &amp;ut…</translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation>Förhands&amp;granska…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Stäng</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n sida</numerusform>
            <numerusform>%n sidor</numerusform>
        </translation>
    </message>
    <message>
        <source>Save As</source>
        <translation>Spara som</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-dokument (*.pdf)</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 kunde inte skrivas: %2</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Sparat %1</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Skriv ut</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 could not be written for viewing: %2</source>
        <translation>%1 kunde inte skrivas för visning: %2</translation>
    </message>
    <message>
        <source>No program is set up to show %1 (%2).</source>
        <translation>Inget program är inställt för att visa %1 (%2).</translation>
    </message>
    <message>
        <source>A confidential attachment of your package is not saved as a file.</source>
        <translation>En sekretessbelagd bilaga i ditt paket sparas inte som fil.</translation>
    </message>
</context>
<context>
    <name>EditCaseDialog</name>
    <message>
        <source>Edit Case – %1</source>
        <translation>Redigera ärende – %1</translation>
    </message>
    <message>
        <source>e.g. JulkL 24 § 1 mom. 25 k</source>
        <translation>t.ex. JulkL 24 § 1 mom. 25 k</translation>
    </message>
    <message>
        <source>as the act says (25 years)</source>
        <translation>enligt lagen (25 år)</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Rubrik:</translation>
    </message>
    <message>
        <source>&amp;State:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>State &amp;reached on:</source>
        <translation>Status&amp;datum:</translation>
    </message>
    <message>
        <source>&amp;Publicity:</source>
        <translation>&amp;Offentlighet:</translation>
    </message>
    <message>
        <source>Legal &amp;basis:</source>
        <translation>Sekretess&amp;grund:</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Spara</translation>
    </message>
    <message>
        <source>Secrecy &amp;period in years:</source>
        <translation>Sekretess&amp;tid i år:</translation>
    </message>
</context>
<context>
    <name>Election</name>
    <message>
        <source>An election fills at least one seat.</source>
        <translation>Ett val tillsätter minst en plats.</translation>
    </message>
    <message>
        <source>An election needs candidates.</source>
        <translation>Ett val behöver kandidater.</translation>
    </message>
    <message>
        <source>Candidate %1 cannot have a negative number of votes.</source>
        <translation>Kandidaten %1 kan inte ha ett negativt antal röster.</translation>
    </message>
    <message>
        <source>Candidate %1 is named twice.</source>
        <translation>Kandidaten %1 nämns två gånger.</translation>
    </message>
    <message>
        <source>List %1 cannot have a negative number of votes.</source>
        <translation>Listan %1 kan inte ha ett negativt antal röster.</translation>
    </message>
    <message>
        <source>List %1 has no candidates.</source>
        <translation>Listan %1 har inga kandidater.</translation>
    </message>
    <message>
        <source>Candidate %1 stands on two lists or twice on one.</source>
        <translation>Kandidaten %1 står på två listor eller två gånger på samma lista.</translation>
    </message>
</context>
<context>
    <name>ElectionDialog</name>
    <message>
        <source>Members &amp;demanding a proportional election:</source>
        <translation>Ledamöter som &amp;kräver proportionellt val:</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>Kandidat</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Röster</translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation>Kandidater</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Lista</translation>
    </message>
    <message>
        <source>Candidates in order (separated by ;)</source>
        <translation>Kandidater i ordning (åtskilda med ;)</translation>
    </message>
    <message>
        <source>Candidate lists</source>
        <translation>Kandidatlistor</translation>
    </message>
    <message>
        <source>Election</source>
        <translation>Val</translation>
    </message>
    <message>
        <source>Majority election</source>
        <translation>Majoritetsval</translation>
    </message>
    <message>
        <source>Proportional election</source>
        <translation>Proportionellt val</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Valsätt</translation>
    </message>
    <message>
        <source>Seats to fill</source>
        <translation>Platser att besätta</translation>
    </message>
    <message>
        <source>Members demanding a proportional election</source>
        <translation>Ledamöter som kräver proportionellt val</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>Val&amp;sätt:</translation>
    </message>
    <message>
        <source>&amp;Seats to fill:</source>
        <translation>&amp;Platser att besätta:</translation>
    </message>
    <message>
        <source>Add &amp;Row</source>
        <translation>Lägg till &amp;rad</translation>
    </message>
    <message>
        <source>Another candidate or list</source>
        <translation>Ytterligare en kandidat eller lista</translation>
    </message>
    <message>
        <source>A tie at the last seat is decided by lot when the election is recorded; the lot is kept with the record.</source>
        <translation>Lika röstetal om den sista platsen avgörs genom lottning när valet antecknas; lottningen sparas med anteckningen.</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Anteckna</translation>
    </message>
    <message>
        <source>Row %1: give the votes as a whole number.</source>
        <translation>Rad %1: ange rösterna som ett heltal.</translation>
    </message>
    <message>
        <source>Row %1: a list needs its name and its candidates.</source>
        <translation>Rad %1: en lista behöver ett namn och kandidater.</translation>
    </message>
    <message>
        <source>Give at least one candidate list.</source>
        <translation>Ange minst en kandidatlista.</translation>
    </message>
    <message>
        <source>Row %1: give the candidate&apos;s name.</source>
        <translation>Rad %1: ange kandidatens namn.</translation>
    </message>
    <message>
        <source>Give at least one candidate and their votes.</source>
        <translation>Ange minst en kandidat och kandidatens röster.</translation>
    </message>
</context>
<context>
    <name>EndMembershipDialog</name>
    <message>
        <source>End Membership – %1</source>
        <translation>Avsluta medlemskap – %1</translation>
    </message>
    <message>
        <source>%1, %2 of %3 since %4. The membership ends on its last day; its history stays.</source>
        <translation>%1, %2 i %3 sedan %4. Medlemskapet upphör på sin sista dag; dess historik bevaras.</translation>
    </message>
    <message>
        <source>&amp;Last day:</source>
        <translation>&amp;Sista dag:</translation>
    </message>
    <message>
        <source>End Membership</source>
        <translation>Avsluta medlemskap</translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <source>Record</source>
        <translation>Anteckna</translation>
    </message>
</context>
<context>
    <name>ExtractSentDialog</name>
    <message>
        <source>Record Extract Sent</source>
        <translation>Anteckna skickat utdrag</translation>
    </message>
    <message>
        <source>postal address or e-mail address</source>
        <translation>postadress eller e-postadress</translation>
    </message>
    <message>
        <source>Notification and last day of appeal</source>
        <translation>Delfående och sista dag för ändringssökande</translation>
    </message>
    <message>
        <source>&amp;Decision:</source>
        <translation>&amp;Beslut:</translation>
    </message>
    <message>
        <source>&amp;Recipient:</source>
        <translation>&amp;Mottagare:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adress:</translation>
    </message>
    <message>
        <source>Sent &amp;by:</source>
        <translation>Skickat &amp;via:</translation>
    </message>
    <message>
        <source>Sent &amp;on:</source>
        <translation>Skickat &amp;den:</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Anteckningar</translation>
    </message>
    <message>
        <source>None of the case&apos;s decisions has been made yet.</source>
        <translation>Inget av ärendets beslut har ännu fattats.</translation>
    </message>
    <message>
        <source>Notified on %1; the last day of appeal is %2.</source>
        <translation>Delfått %1; sista dag för ändringssökande är %2.</translation>
    </message>
    <message>
        <source>Notified on %1; the decision cannot be appealed.</source>
        <translation>Delfått %1; beslutet får inte överklagas.</translation>
    </message>
    <message>
        <source>None of the case&apos;s decisions has been made yet: an extract is sent of a decision.</source>
        <translation>Inget av ärendets beslut har ännu fattats: ett utdrag kan skickas först när ett beslut har fattats.</translation>
    </message>
</context>
<context>
    <name>Generator</name>
    <message>
        <source>The demo&apos;s proceedings are inconsistent: %1</source>
        <translation>Exempeldatas behandlingsanteckningar är motstridiga: %1</translation>
    </message>
</context>
<context>
    <name>HelpWindow</name>
    <message>
        <source>Pykälä User&apos;s Guide</source>
        <translation>Pykäläs bruksanvisning</translation>
    </message>
    <message>
        <source>User&apos;s guide</source>
        <translation>Bruksanvisning</translation>
    </message>
    <message>
        <source>%1 is not part of the user&apos;s guide.</source>
        <translation>%1 hör inte till bruksanvisningen.</translation>
    </message>
    <message>
        <source>Guide</source>
        <translation>Anvisning</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Tillbaka</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
</context>
<context>
    <name>Interchange</name>
    <message>
        <source>The file is not valid JSON: %1 at %2.</source>
        <translation>Filen är inte giltig JSON: %1 vid %2.</translation>
    </message>
    <message>
        <source>$: the document must be a JSON object.</source>
        <translation>$: dokumentet måste vara ett JSON-objekt.</translation>
    </message>
    <message>
        <source>$.format: this is not a Pykälä interchange document (format must be &quot;%1&quot;).</source>
        <translation>$.format: detta är inte ett överföringsdokument från Pykälä (formatet ska vara &quot;%1&quot;).</translation>
    </message>
    <message>
        <source>$.version: the document is of format version %1; this version of Pykälä reads up to %2. Import it with a newer version.</source>
        <translation>$.version: dokumentet har formatversion %1; denna version av Pykälä läser upp till %2. Importera det med en nyare version.</translation>
    </message>
    <message>
        <source>There is no meeting with id %1.</source>
        <translation>Det finns inget sammanträde med id %1.</translation>
    </message>
    <message>
        <source>the store already has a body %1 that is &quot;%2&quot;, not &quot;%3&quot;.</source>
        <translation>arkivet har redan ett organ %1 som är &quot;%2&quot;, inte &quot;%3&quot;.</translation>
    </message>
    <message>
        <source>id %1 is used twice.</source>
        <translation>id %1 används två gånger.</translation>
    </message>
    <message>
        <source>short name %1 is used twice.</source>
        <translation>förkortningen %1 används två gånger.</translation>
    </message>
    <message>
        <source>no person has id %1.</source>
        <translation>ingen person har id %1.</translation>
    </message>
    <message>
        <source>a deputy must name the member they stand in for, and only a deputy can.</source>
        <translation>en ersättare ska ange den ledamot hen ersätter, och bara en ersättare kan göra det.</translation>
    </message>
    <message>
        <source>a person cannot be their own deputy.</source>
        <translation>en person kan inte vara sin egen ersättare.</translation>
    </message>
    <message>
        <source>the membership ends before it starts.</source>
        <translation>medlemskapet upphör innan det börjar.</translation>
    </message>
    <message>
        <source>no body has id %1.</source>
        <translation>inget organ har id %1.</translation>
    </message>
    <message>
        <source>the body has two meetings numbered %1/%2.</source>
        <translation>organet har två sammanträden med nummer %1/%2.</translation>
    </message>
    <message>
        <source>the meeting is numbered in %1 but held in another year.</source>
        <translation>sammanträdet är numrerat för %1 men hålls ett annat år.</translation>
    </message>
    <message>
        <source>position %1 is used twice.</source>
        <translation>position %1 används två gånger.</translation>
    </message>
    <message>
        <source>a confidential item must name its legal basis.</source>
        <translation>ett sekretessbelagt ärende ska ange grunden för sekretessen.</translation>
    </message>
    <message>
        <source>is not valid Base64.</source>
        <translation>är inte giltig Base64.</translation>
    </message>
    <message>
        <source>the content is %1 bytes, not %2.</source>
        <translation>innehållet är %1 byte, inte %2.</translation>
    </message>
    <message>
        <source>does not match the content: the file was damaged or altered.</source>
        <translation>stämmer inte med innehållet: filen är skadad eller ändrad.</translation>
    </message>
    <message>
        <source>a confidential attachment must name its legal basis.</source>
        <translation>en sekretessbelagd bilaga ska ange grunden för sekretessen.</translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation>rad %1, kolumn %2</translation>
    </message>
    <message>
        <source>The imported meeting vanished.</source>
        <translation>Det importerade sammanträdet försvann.</translation>
    </message>
    <message>
        <source>an invitee needs a name, or a person.</source>
        <translation>en inbjuden behöver ett namn eller en person.</translation>
    </message>
    <message>
        <source>the body has two templates named &quot;%1&quot;.</source>
        <translation>organet har två mallar med namnet ”%1”.</translation>
    </message>
    <message>
        <source>task class %1 is given twice.</source>
        <translation>uppgiftsklassen %1 anges två gånger.</translation>
    </message>
    <message>
        <source>a class that is not public by default must name its legal basis.</source>
        <translation>en klass som inte är offentlig som standard ska ange sekretessgrunden.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a diary number (N/TT.TT.TT/YYYY).</source>
        <translation>&quot;%1&quot; är inget diarienummer (N/TT.TT.TT/YYYY).</translation>
    </message>
    <message>
        <source>number %1 is given to two cases.</source>
        <translation>nummer %1 har getts till två ärenden.</translation>
    </message>
    <message>
        <source>a confidential case must name its legal basis.</source>
        <translation>ett sekretessbelagt ärende ska ange sekretessgrunden.</translation>
    </message>
    <message>
        <source>no case has id %1.</source>
        <translation>inget ärende har id %1.</translation>
    </message>
</context>
<context>
    <name>Invitation</name>
    <message>
        <source>In person</source>
        <translation>Fysiskt sammanträde</translation>
    </message>
    <message>
        <source>Electronic meeting</source>
        <translation>Elektroniskt sammanträde</translation>
    </message>
    <message>
        <source>Hybrid meeting</source>
        <translation>Hybridsammanträde</translation>
    </message>
    <message>
        <source>Electronic decision procedure</source>
        <translation>Elektroniskt beslutsförfarande</translation>
    </message>
    <message>
        <source>Invitation: %1 %2 on %3</source>
        <translation>Kallelse: %1 %2 den %3</translation>
    </message>
    <message>
        <source>You are invited to the meeting of %1, %2.</source>
        <translation>Ni kallas till sammanträde: %1, %2.</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 kl. %2</translation>
    </message>
    <message>
        <source>–%1</source>
        <translation>–%1</translation>
    </message>
    <message>
        <source>Time: %1</source>
        <translation>Tid: %1</translation>
    </message>
    <message>
        <source>Place: %1</source>
        <translation>Plats: %1</translation>
    </message>
    <message>
        <source>Mode: %1</source>
        <translation>Sammanträdesform: %1</translation>
    </message>
    <message>
        <source>Agenda:</source>
        <translation>Föredragningslista:</translation>
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
        <translation>Föredragningslistan är bifogad som PDF-fil. Den är den offentliga versionen: ledamöter och ersättare får de sekretessbelagda ärendena i sina mötespaket.</translation>
    </message>
</context>
<context>
    <name>InvitationDialog</name>
    <message>
        <source>Invitation List – %1</source>
        <translation>Kallelselista – %1</translation>
    </message>
    <message>
        <source>Members, deputies and officials</source>
        <translation>Ledamöter, ersättare och tjänstemän</translation>
    </message>
    <message>
        <source>Others invited</source>
        <translation>Övriga inbjudna</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Uppdrag</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>Person to invite</source>
        <translation>Person som ska bjudas in</translation>
    </message>
    <message>
        <source>Pick a person or type a name</source>
        <translation>Välj en person eller skriv ett namn</translation>
    </message>
    <message>
        <source>Role, e.g. council chair</source>
        <translation>Uppdrag, t.ex. fullmäktiges ordförande</translation>
    </message>
    <message>
        <source>E-mail (for a typed name)</source>
        <translation>E-post (för ett inskrivet namn)</translation>
    </message>
    <message>
        <source>&amp;Invite</source>
        <translation>&amp;Bjud in</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Ta bort</translation>
    </message>
    <message>
        <source>&amp;Copy E-mail Addresses</source>
        <translation>&amp;Kopiera e-postadresser</translation>
    </message>
    <message>
        <source>Copies everyone&apos;s e-mail address, for sending the invitation and the agenda</source>
        <translation>Kopierar allas e-postadresser för att skicka kallelsen och föredragningslistan</translation>
    </message>
    <message>
        <source>&amp;Members and officials (from the body&apos;s memberships)</source>
        <translation>&amp;Ledamöter och tjänstemän (från organets medlemskap)</translation>
    </message>
    <message>
        <source>&amp;Others invited</source>
        <translation>&amp;Övriga inbjudna</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source> – personal deputy %1</source>
        <translation> – personlig ersättare %1</translation>
    </message>
    <message>
        <source>There is no meeting with id %1.</source>
        <translation>Det finns inget sammanträde med id %1.</translation>
    </message>
</context>
<context>
    <name>InvitationMail</name>
    <message>
        <source>The folder %1 could not be made for the agenda to attach.</source>
        <translation>Mappen %1 för föredragningslistan som ska bifogas kunde inte skapas.</translation>
    </message>
    <message>
        <source>The agenda could not be written to %1 for attaching: %2</source>
        <translation>Föredragningslistan som ska bifogas kunde inte skrivas till %1: %2</translation>
    </message>
    <message>
        <source>No program to open the mail program with was found (xdg-email, from the package xdg-utils). Install it, or copy the addresses from the invitation list.</source>
        <translation>Inget program för att öppna e-postprogrammet hittades (xdg-email, i paketet xdg-utils). Installera det eller kopiera adresserna från kallelselistan.</translation>
    </message>
    <message>
        <source>The mail program could not be opened: %1 did not start (%2).</source>
        <translation>E-postprogrammet kunde inte öppnas: %1 startade inte (%2).</translation>
    </message>
    <message>
        <source>No mail program is set up on this desktop. Choose one in the desktop&apos;s settings (default applications), or copy the addresses from the invitation list.</source>
        <translation>Inget e-postprogram är inställt på skrivbordet. Välj ett i skrivbordets inställningar (standardprogram) eller kopiera adresserna från kallelselistan.</translation>
    </message>
    <message>
        <source>The mail program could not read the agenda to attach. %1</source>
        <translation>E-postprogrammet kunde inte läsa föredragningslistan som ska bifogas. %1</translation>
    </message>
    <message>
        <source>The mail program could not be opened (xdg-email ended with code %1). %2</source>
        <translation>E-postprogrammet kunde inte öppnas (xdg-email avslutades med kod %1). %2</translation>
    </message>
    <message>
        <source>crash</source>
        <translation>krasch</translation>
    </message>
    <message>
        <source>personal deputy of %1</source>
        <translation>personlig ersättare för %1</translation>
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
        <translation>Kallelsen till %1 skickad</translation>
    </message>
    <message>
        <source>Invited</source>
        <translation>Kallad</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adress</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meddelande</translation>
    </message>
    <message>
        <source>What became of each message</source>
        <translation>Hur det gick med varje meddelande</translation>
    </message>
    <message>
        <source>Not sent.</source>
        <translation>Inte skickat.</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Skickat</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Inte skickat</translation>
    </message>
    <message>
        <source>No address</source>
        <translation>Ingen adress</translation>
    </message>
    <message>
        <source>No e-mail address in the register</source>
        <translation>Ingen e-postadress i registret</translation>
    </message>
    <message>
        <source>Address unusable</source>
        <translation>Adressen duger inte</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Why not sent</source>
        <translation>Varför inte skickat</translation>
    </message>
    <message numerus="yes">
        <source>The invitation was sent to every address, %n in all.</source>
        <translation>
            <numerusform>Kallelsen skickades till den enda adressen.</numerusform>
            <numerusform>Kallelsen skickades till varje adress, %n sammanlagt.</numerusform>
        </translation>
    </message>
    <message>
        <source>The invitation was sent to no one. %1</source>
        <translation>Kallelsen skickades inte till någon. %1</translation>
    </message>
    <message>
        <source>The invitation was sent to %1 of %2 addresses; %3 did not receive it (marked Not sent). Send it to them again, or another way.</source>
        <translation>Kallelsen skickades till %1 av %2 adresser; %3 fick den inte (märkta Inte skickat). Skicka den till dem igen eller på annat sätt.</translation>
    </message>
    <message numerus="yes">
        <source>%n invited have no usable e-mail address and got no message: send them the invitation another way.</source>
        <translation>
            <numerusform>%n kallad har ingen användbar e-postadress och fick inget meddelande: skicka kallelsen till hen på annat sätt.</numerusform>
            <numerusform>%n kallade har ingen användbar e-postadress och fick inget meddelande: skicka kallelsen till dem på annat sätt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Sammanfattning</translation>
    </message>
    <message>
        <source>Record as Convened on %1</source>
        <translation>Anteckna som sammankallat %1</translation>
    </message>
    <message>
        <source>Record today as the day the invitation went out, as Convene… does</source>
        <translation>Anteckna i dag som dagen då kallelsen skickades, som Sammankalla… gör</translation>
    </message>
    <message>
        <source>Convened on %1</source>
        <translation>Sammankallat %1</translation>
    </message>
</context>
<context>
    <name>ItemDecision</name>
    <message>
        <source>Every proposal needs an id of its own; &quot;%1&quot; is empty or used twice.</source>
        <translation>Varje förslag behöver ett eget id; &quot;%1&quot; är tomt eller används två gånger.</translation>
    </message>
    <message>
        <source>Proposal &quot;%1&quot; is made by person %2, who is not present and entitled to take part in this item.</source>
        <translation>Förslaget &quot;%1&quot; har framställts av person %2, som inte är närvarande och berättigad att delta i detta ärende.</translation>
    </message>
    <message>
        <source>Person %1 cannot second their own proposal &quot;%2&quot;.</source>
        <translation>Person %1 kan inte understöda sitt eget förslag &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Person %1 seconds proposal &quot;%2&quot; a second time.</source>
        <translation>Person %1 understöder förslaget &quot;%2&quot; en andra gång.</translation>
    </message>
    <message>
        <source>Proposal &quot;%1&quot; is seconded by person %2, who is not present and entitled to take part in this item.</source>
        <translation>Förslaget &quot;%1&quot; understöds av person %2, som inte är närvarande och berättigad att delta i detta ärende.</translation>
    </message>
    <message>
        <source>An item is decided on exactly one base proposal; %1 were recorded.</source>
        <translation>Ett ärende avgörs utgående från exakt ett grundförslag; %1 har antecknats.</translation>
    </message>
    <message>
        <source>Person %1 voted on &quot;%2&quot; against &quot;%3&quot; but is not present and entitled to vote on this item.</source>
        <translation>Person %1 röstade om &quot;%2&quot; mot &quot;%3&quot; men är inte närvarande och röstberättigad i detta ärende.</translation>
    </message>
    <message>
        <source>The vote on &quot;%1&quot; against &quot;%2&quot; has no ballot of person %3, who is entitled to vote.</source>
        <translation>Omröstningen om &quot;%1&quot; mot &quot;%2&quot; saknar rösten av person %3, som är röstberättigad.</translation>
    </message>
    <message>
        <source>The vote on &quot;%1&quot; against &quot;%2&quot; counts %3 votes, but only %4 members are entitled to vote.</source>
        <translation>Omröstningen om &quot;%1&quot; mot &quot;%2&quot; har %3 röster, men endast %4 ledamöter är röstberättigade.</translation>
    </message>
    <message>
        <source>Proposal &quot;%1&quot; was seconded, so the body must vote on it before the matter itself; record that vote.</source>
        <translation>Förslaget &quot;%1&quot; understöddes, så organet ska rösta om det före själva ärendet; anteckna den omröstningen.</translation>
    </message>
    <message>
        <source>The matter was %1 when proposal &quot;%2&quot; won, so no further votes can be taken on it.</source>
        <translation>Ärendet %1 när förslaget &quot;%2&quot; vann, så inga fler omröstningar kan hållas om det.</translation>
    </message>
    <message>
        <source>tabled</source>
        <translation>bordlades</translation>
    </message>
    <message>
        <source>returned</source>
        <translation>återremitterades</translation>
    </message>
    <message>
        <source>Proposal &quot;%1&quot; was not seconded and lapsed; it cannot be voted on.</source>
        <translation>Förslaget &quot;%1&quot; förföll i brist på understöd; det kan inte röstas om.</translation>
    </message>
    <message>
        <source>The voting order needs %1 round(s) of voting, but %2 were recorded.</source>
        <translation>Omröstningsordningen kräver %1 omröstning(ar), men %2 har antecknats.</translation>
    </message>
    <message>
        <source>The vote on &quot;%1&quot; against &quot;%2&quot; has no JAA or EI votes.</source>
        <translation>Omröstningen om &quot;%1&quot; mot &quot;%2&quot; har inga JA- eller NEJ-röster.</translation>
    </message>
    <message>
        <source>A procedural vote names &quot;%1&quot;, which is no tabling or return proposal of the item.</source>
        <translation>En omröstning om förfarandet anger &quot;%1&quot;, som inte är ett förslag om bordläggning eller återremiss i ärendet.</translation>
    </message>
    <message>
        <source>Proposal &quot;%1&quot; is voted on twice.</source>
        <translation>Om förslaget &quot;%1&quot; röstas två gånger.</translation>
    </message>
    <message>
        <source>The qualified majority is required of &quot;%1&quot;, which is not a proposal in the vote.</source>
        <translation>Kvalificerad majoritet krävs för &quot;%1&quot;, som inte är ett förslag i omröstningen.</translation>
    </message>
    <message>
        <source>The vote on &quot;%1&quot; against &quot;%2&quot; gives the chair&apos;s ballot, but no one presides over this item: the chair and every vice chair are away or disqualified. Record the temporary chair the body chose.</source>
        <translation>Omröstningen om &quot;%1&quot; mot &quot;%2&quot; anger ordförandens röst, men ingen är ordförande i detta ärende: ordföranden och alla vice ordförande är frånvarande eller jäviga. Anteckna den tillfälliga ordförande som organet valde.</translation>
    </message>
    <message>
        <source>The vote on &quot;%1&quot; against &quot;%2&quot; gives the chair&apos;s ballot as absent, but the person presiding is present; it is JAA, EI or TYHJÄ.</source>
        <translation>Omröstningen om &quot;%1&quot; mot &quot;%2&quot; anger ordförandens röst som frånvarande, men den som är ordförande är närvarande; rösten är JAA, EI eller TYHJÄ.</translation>
    </message>
    <message>
        <source>The vote on &quot;%1&quot; against &quot;%2&quot; gives the chair&apos;s ballot as %3, but no such vote is counted; the chair&apos;s vote is one of the counts.</source>
        <translation>Omröstningen om &quot;%1&quot; mot &quot;%2&quot; anger ordförandens röst som %3, men ingen sådan röst har räknats; ordförandens röst ingår i rösttalen.</translation>
    </message>
</context>
<context>
    <name>ItemEditModel</name>
    <message>
        <source>The item being edited could not be saved: %1</source>
        <translation>Ärendet som redigeras kunde inte sparas: %1</translation>
    </message>
    <message>
        <source>There is no agenda item with id %1.</source>
        <translation>Det finns inget ärende med id %1.</translation>
    </message>
    <message>
        <source>The minutes of this meeting are signed: the item can no longer change. A mistake is put right with a correction (oikaisu).</source>
        <translation>Protokollet för detta sammanträde är undertecknat: ärendet kan inte längre ändras. Ett fel rättas med en rättelse.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>Filen %1 kan inte läsas: %2</translation>
    </message>
    <message>
        <source>There is no attachment with id %1.</source>
        <translation>Det finns ingen bilaga med id %1.</translation>
    </message>
    <message>
        <source>The item is no longer in the store.</source>
        <translation>Ärendet finns inte längre i arkivet.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Rubrik</translation>
    </message>
    <message>
        <source>Case reference</source>
        <translation>Diarienummer</translation>
    </message>
    <message>
        <source>Task class</source>
        <translation>Uppgiftsklass</translation>
    </message>
    <message>
        <source>Preparers</source>
        <translation>Beredare</translation>
    </message>
    <message>
        <source>Presenter</source>
        <translation>Föredragande</translation>
    </message>
    <message>
        <source>Background</source>
        <translation>Beskrivning</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Beslutsförslag</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Beslut</translation>
    </message>
    <message>
        <source>Publicity</source>
        <translation>Offentlighet</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Sekretessgrund</translation>
    </message>
    <message>
        <source>Appeal instruction</source>
        <translation>Besvärsanvisning</translation>
    </message>
    <message>
        <source>Language of the texts</source>
        <translation>Texternas språk</translation>
    </message>
    <message>
        <source>It was changed elsewhere while you were editing it (%1). Keep your text or take the other in the notice above the item.</source>
        <translation>Ärendet ändrades på annat håll medan du redigerade det (%1). Välj i meddelandet ovanför ärendet om du behåller din text eller använder den andra.</translation>
    </message>
    <message>
        <source>The item was removed elsewhere: your changes cannot be saved.</source>
        <translation>Ärendet togs bort på annat håll: dina ändringar kan inte sparas.</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Bilagor</translation>
    </message>
    <message>
        <source>Take the text changed elsewhere</source>
        <translation>Ta texten som ändrats på annat håll</translation>
    </message>
    <message>
        <source>waiting for the legal basis</source>
        <translation>sekretessgrunden saknas</translation>
    </message>
</context>
<context>
    <name>ItemEditor</name>
    <message>
        <source>Notice</source>
        <translation>Meddelande</translation>
    </message>
    <message>
        <source>Background</source>
        <translation>Beskrivning</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Förslag</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Beslut</translation>
    </message>
    <message>
        <source>&amp;Background</source>
        <translation>&amp;Beskrivning</translation>
    </message>
    <message>
        <source>Pro&amp;posal</source>
        <translation>Beslut&amp;sförslag</translation>
    </message>
    <message>
        <source>&amp;Decision</source>
        <translation>Beslu&amp;t</translation>
    </message>
    <message>
        <source>Item editing</source>
        <translation>Redigering av ärende</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Ångra</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Gör om</translation>
    </message>
    <message>
        <source>Bold</source>
        <translation>Fetstil</translation>
    </message>
    <message>
        <source>Bold text</source>
        <translation>Gör texten fet</translation>
    </message>
    <message>
        <source>Italic</source>
        <translation>Kursiv</translation>
    </message>
    <message>
        <source>Italic text</source>
        <translation>Gör texten kursiv</translation>
    </message>
    <message>
        <source>Subheading</source>
        <translation>Underrubrik</translation>
    </message>
    <message>
        <source>Make the paragraph a subheading</source>
        <translation>Gör stycket till en underrubrik</translation>
    </message>
    <message>
        <source>Ctrl+Alt+H</source>
        <translation>Ctrl+Alt+H</translation>
    </message>
    <message>
        <source>• List</source>
        <translation>• Lista</translation>
    </message>
    <message>
        <source>Bulleted list</source>
        <translation>Punktlista</translation>
    </message>
    <message>
        <source>Ctrl+Shift+8</source>
        <translation>Ctrl+Shift+8</translation>
    </message>
    <message>
        <source>1. List</source>
        <translation>1. Lista</translation>
    </message>
    <message>
        <source>Numbered list</source>
        <translation>Numrerad lista</translation>
    </message>
    <message>
        <source>Ctrl+Shift+7</source>
        <translation>Ctrl+Shift+7</translation>
    </message>
    <message>
        <source>Personal data</source>
        <translation>Personuppgift</translation>
    </message>
    <message>
        <source>Mark the selected text as personal data: published documents leave it out</source>
        <translation>Markera den valda texten som personuppgift: publicerade handlingar utelämnar den</translation>
    </message>
    <message>
        <source>Ctrl+Shift+P</source>
        <translation>Ctrl+Shift+P</translation>
    </message>
    <message>
        <source>Save state</source>
        <translation>Sparstatus</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Redigera %1</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Rubrik:</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Rubrik</translation>
    </message>
    <message>
        <source>&amp;Case reference:</source>
        <translation>&amp;Diarienummer:</translation>
    </message>
    <message>
        <source>Case reference</source>
        <translation>Diarienummer</translation>
    </message>
    <message>
        <source>e.g. 198/00.01.01/2026</source>
        <translation>t.ex. 198/00.01.01/2026</translation>
    </message>
    <message>
        <source>Tas&amp;k class:</source>
        <translation>&amp;Uppgiftsklass:</translation>
    </message>
    <message>
        <source>Task class</source>
        <translation>Uppgiftsklass</translation>
    </message>
    <message>
        <source>e.g. 00.01.01</source>
        <translation>t.ex. 00.01.01</translation>
    </message>
    <message>
        <source>Presenter</source>
        <translation>Föredragande</translation>
    </message>
    <message>
        <source>P&amp;resenter:</source>
        <translation>&amp;Föredragande:</translation>
    </message>
    <message>
        <source>Change presenter</source>
        <translation>Byt föredragande</translation>
    </message>
    <message>
        <source>Preparers</source>
        <translation>Beredare</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontaktuppgifter</translation>
    </message>
    <message>
        <source>Preparer to add</source>
        <translation>Beredare som ska läggas till</translation>
    </message>
    <message>
        <source>Pick a person or type a name</source>
        <translation>Välj en person eller skriv ett namn</translation>
    </message>
    <message>
        <source>Add &amp;Preparer</source>
        <translation>Lägg till b&amp;eredare</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <source>Remove preparer</source>
        <translation>Ta bort beredare</translation>
    </message>
    <message>
        <source>Preparers:</source>
        <translation>Beredare:</translation>
    </message>
    <message>
        <source>Publicity</source>
        <translation>Offentlighet</translation>
    </message>
    <message>
        <source>Legal basis of confidentiality</source>
        <translation>Sekretessgrund</translation>
    </message>
    <message>
        <source>Legal basis, e.g. JulkL 24 § 1 mom. 25 k</source>
        <translation>Sekretessgrund, t.ex. OffL 24 § 1 mom. 25 p.</translation>
    </message>
    <message>
        <source>P&amp;ublicity:</source>
        <translation>&amp;Offentlighet:</translation>
    </message>
    <message>
        <source>Change publicity</source>
        <translation>Ändra offentlighet</translation>
    </message>
    <message>
        <source>Edit legal basis</source>
        <translation>Redigera sekretessgrund</translation>
    </message>
    <message>
        <source>Appeal instruction</source>
        <translation>Besvärsanvisning</translation>
    </message>
    <message>
        <source>&amp;Appeal instruction:</source>
        <translation>Bes&amp;värsanvisning:</translation>
    </message>
    <message>
        <source>Change appeal instruction</source>
        <translation>Byt besvärsanvisning</translation>
    </message>
    <message>
        <source>Format %1</source>
        <translation>Formatera %1</translation>
    </message>
    <message>
        <source>Attac&amp;hments</source>
        <translation>Bi&amp;lagor</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Bilagor</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fil</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Storlek</translation>
    </message>
    <message>
        <source>Add &amp;File…</source>
        <translation>Lägg till f&amp;il…</translation>
    </message>
    <message>
        <source>Pre&amp;view</source>
        <translation>Förhands&amp;granska</translation>
    </message>
    <message>
        <source>Remove attachment</source>
        <translation>Ta bort bilaga</translation>
    </message>
    <message>
        <source>Publicity of the attachment</source>
        <translation>Bilagans offentlighet</translation>
    </message>
    <message>
        <source>Legal basis of the attachment&apos;s confidentiality</source>
        <translation>Bilagans sekretessgrund</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Sekretessgrund</translation>
    </message>
    <message>
        <source>(no presenter)</source>
        <translation>(ingen föredragande)</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>tel. %1</source>
        <translation>tfn %1</translation>
    </message>
    <message>
        <source>Add preparer</source>
        <translation>Lägg till beredare</translation>
    </message>
    <message>
        <source>Edit preparers</source>
        <translation>Redigera beredare</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Sparat %1</translation>
    </message>
    <message>
        <source>Editing…</source>
        <translation>Redigeras…</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Inte sparat</translation>
    </message>
    <message>
        <source>Not saved: %1 Correct it and the item is saved.</source>
        <translation>Inte sparat: %1 Rätta felet så sparas ärendet.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Add Attachments</source>
        <translation>Lägg till bilagor</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Language of the item&apos;s texts</source>
        <translation>Språket i ärendets texter</translation>
    </message>
    <message>
        <source>The body&apos;s document language</source>
        <translation>Organets dokumentspråk</translation>
    </message>
    <message>
        <source>Finnish</source>
        <translation>finska</translation>
    </message>
    <message>
        <source>Swedish</source>
        <translation>svenska</translation>
    </message>
    <message>
        <source>Te&amp;xts written in:</source>
        <translation>Te&amp;xterna är skrivna på:</translation>
    </message>
    <message>
        <source>Change the language of the texts</source>
        <translation>Ändra texternas språk</translation>
    </message>
    <message>
        <source>&lt;b&gt;This item was changed elsewhere&lt;/b&gt; (%1). Those changes are shown here; your unsaved changes are kept and will be saved.</source>
        <translation>&lt;b&gt;Ärendet ändrades på annat håll&lt;/b&gt; (%1). Ändringarna visas här; dina osparade ändringar finns kvar och sparas.</translation>
    </message>
    <message>
        <source>&lt;b&gt;This item was changed elsewhere&lt;/b&gt; (%1) and is shown as it is now.</source>
        <translation>&lt;b&gt;Ärendet ändrades på annat håll&lt;/b&gt; (%1) och visas som det är nu.</translation>
    </message>
    <message>
        <source>Changed elsewhere</source>
        <translation>Ändrat på annat håll</translation>
    </message>
    <message>
        <source>Keep &amp;My Text</source>
        <translation>Behåll &amp;min text</translation>
    </message>
    <message>
        <source>Save your text over the change made elsewhere</source>
        <translation>Spara din text över ändringen som gjorts på annat håll</translation>
    </message>
    <message>
        <source>Use the &amp;Other Text</source>
        <translation>Använd den &amp;andra texten</translation>
    </message>
    <message>
        <source>Show the text as it was changed elsewhere; Undo brings yours back</source>
        <translation>Visa texten så som den ändrades på annat håll; Ångra ger tillbaka din</translation>
    </message>
    <message>
        <source>Close &amp;Item</source>
        <translation>Stäng &amp;ärendet</translation>
    </message>
    <message>
        <source>Close the removed item; its unsaved changes are lost</source>
        <translation>Stäng det borttagna ärendet; dess osparade ändringar går förlorade</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Dismiss the notice</source>
        <translation>Stäng meddelandet</translation>
    </message>
    <message>
        <source>The text changed elsewhere is shown. Undo (%1) brings yours back.</source>
        <translation>Texten som ändrades på annat håll visas. Ångra (%1) ger tillbaka din text.</translation>
    </message>
    <message>
        <source>&lt;b&gt;This item was removed elsewhere.&lt;/b&gt; Your unsaved changes cannot be saved: copy what you need, then close the item.</source>
        <translation>&lt;b&gt;Ärendet togs bort på annat håll.&lt;/b&gt; Dina osparade ändringar kan inte sparas: kopiera det du behöver och stäng sedan ärendet.</translation>
    </message>
    <message>
        <source>&lt;b&gt;This item was changed elsewhere while you were editing it&lt;/b&gt; (%1). Your unsaved text is kept here and is not saved until you choose.</source>
        <translation>&lt;b&gt;Ärendet ändrades på annat håll medan du redigerade det&lt;/b&gt; (%1). Din osparade text finns kvar här och sparas inte förrän du väljer.</translation>
    </message>
    <message>
        <source>Save as Template…</source>
        <translation>Spara som mall…</translation>
    </message>
    <message>
        <source>Keep this item as a template of its body, for the meetings to come</source>
        <translation>Spara ärendet som en mall för organet, för kommande möten</translation>
    </message>
    <message>
        <source>Saved as the template “%1”. From Template… on a meeting&apos;s page puts it on the agenda.</source>
        <translation>Sparat som mallen ”%1”. Från mall… på mötets sida lägger den på föredragningslistan.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Pick one of the usual grounds or type the basis</source>
        <translation>Välj bland de vanliga grunderna eller skriv grunden</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Inte sparat: %1</translation>
    </message>
    <message>
        <source>&amp;Copy My Text</source>
        <translation>&amp;Kopiera min text</translation>
    </message>
    <message>
        <source>Copy the item&apos;s text as it is here to the clipboard, to keep it whichever text stays</source>
        <translation>Kopiera ärendets text som den är här till urklipp, så att den bevaras vilken text som än blir kvar</translation>
    </message>
    <message>
        <source>Your text is on the clipboard.</source>
        <translation>Din text finns i urklipp.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 changed this item on %2 while you were editing it&lt;/b&gt; (%3). Your unsaved text is kept here and is not saved until you choose.</source>
        <translation>&lt;b&gt;%1 ändrade ärendet %2 medan du redigerade det&lt;/b&gt; (%3). Din osparade text finns kvar här och sparas inte förrän du väljer.</translation>
    </message>
    <message>
        <source>Send to…</source>
        <translation>Skicka för behandling…</translation>
    </message>
    <message>
        <source>Prepare the next body&apos;s item of this decision&apos;s case on a meeting to come, e.g. from the board to the council</source>
        <translation>Bered ärendets fortsatta behandling i nästa organ på ett kommande sammanträde, t.ex. från styrelsen till fullmäktige</translation>
    </message>
</context>
<context>
    <name>ItemTemplates</name>
    <message>
        <source>There is no meeting with id %1.</source>
        <translation>Det finns inget möte med id %1.</translation>
    </message>
    <message>
        <source>There is no agenda item with id %1.</source>
        <translation>Det finns inget ärende med id %1.</translation>
    </message>
    <message>
        <source>There is no item template with id %1.</source>
        <translation>Det finns ingen ärendemall med id %1.</translation>
    </message>
    <message>
        <source>The template &quot;%1&quot; is of %2; a meeting takes only its own body&apos;s templates.</source>
        <translation>Mallen ”%1” hör till %2; ett möte tar endast det egna organets mallar.</translation>
    </message>
    <message>
        <source>The body has no item template &quot;%1&quot;. &apos;pykala-cli template list --body SHORT&apos; lists them.</source>
        <translation>Organet har ingen ärendemall ”%1”. &apos;pykala-cli template list --body KORTNAMN&apos; listar dem.</translation>
    </message>
</context>
<context>
    <name>ItemTemplatesDialog</name>
    <message>
        <source>Re&amp;name…</source>
        <translation>Byt &amp;namn…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Ta bort</translation>
    </message>
    <message>
        <source>Item Templates of %1</source>
        <translation>Ärendemallar – %1</translation>
    </message>
    <message>
        <source>Recurring items kept for this body. Add to Agenda puts a new item made from the chosen template last on the agenda. To make a template, open an item and choose Save as Template.</source>
        <translation>Organets återkommande ärenden. Lägg till på listan lägger ett nytt ärende gjort av den valda mallen sist på föredragningslistan. En mall görs av ett ärende: öppna det och välj Spara som mall.</translation>
    </message>
    <message>
        <source>Item templates</source>
        <translation>Ärendemallar</translation>
    </message>
    <message>
        <source>What the template holds</source>
        <translation>Mallens innehåll</translation>
    </message>
    <message>
        <source>&amp;Templates</source>
        <translation>&amp;Mallar</translation>
    </message>
    <message>
        <source>&amp;What it holds</source>
        <translation>&amp;Innehåll</translation>
    </message>
    <message>
        <source>&amp;Add to Agenda</source>
        <translation>&amp;Lägg till på listan</translation>
    </message>
    <message>
        <source>Give the chosen template another name</source>
        <translation>Ge den valda mallen ett annat namn</translation>
    </message>
    <message>
        <source>Remove the chosen template; items made from it stay as they are</source>
        <translation>Ta bort den valda mallen; ärenden gjorda av den förblir som de är</translation>
    </message>
    <message>
        <source>Rename Template</source>
        <translation>Byt mallens namn</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Namn:</translation>
    </message>
    <message>
        <source>Remove Template</source>
        <translation>Ta bort mall</translation>
    </message>
    <message>
        <source>Remove the template &quot;%1&quot;? Items already made from it stay as they are.</source>
        <translation>Ta bort mallen ”%1”? Ärenden som redan gjorts av den förblir som de är.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>This body has no item templates yet. Open an item and choose Save as Template to make one.</source>
        <translation>Organet har inga ärendemallar ännu. Öppna ett ärende och välj Spara som mall.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Preparer: %1</source>
        <translation>Beredare: %1</translation>
    </message>
    <message>
        <source>Background</source>
        <translation>Redogörelse</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Beslutsförslag</translation>
    </message>
    <message>
        <source>Choose a template first.</source>
        <translation>Välj först en mall.</translation>
    </message>
    <message>
        <source>Choose the template to add.</source>
        <translation>Välj mallen som ska läggas till.</translation>
    </message>
</context>
<context>
    <name>JsonSchema</name>
    <message>
        <source>The interchange schema is not valid JSON: %1</source>
        <translation>Överföringsschemat är inte giltig JSON: %1</translation>
    </message>
    <message>
        <source>is nested too deeply.</source>
        <translation>är för djupt nästlad.</translation>
    </message>
    <message>
        <source>matches more than one of the allowed forms.</source>
        <translation>matchar mer än en av de tillåtna formerna.</translation>
    </message>
    <message>
        <source>must be %1.</source>
        <translation>ska vara %1.</translation>
    </message>
    <message>
        <source>%1 is not one of: %2.</source>
        <translation>%1 är inte något av: %2.</translation>
    </message>
    <message>
        <source>must be of type %1, not %2.</source>
        <translation>ska vara av typen %1, inte %2.</translation>
    </message>
    <message>
        <source>must not be empty.</source>
        <translation>får inte vara tom.</translation>
    </message>
    <message>
        <source>is longer than %1 characters.</source>
        <translation>är längre än %1 tecken.</translation>
    </message>
    <message>
        <source>%1 is not of the expected form (%2).</source>
        <translation>%1 har inte den förväntade formen (%2).</translation>
    </message>
    <message>
        <source>%1 is not a date of the form 2026-05-31.</source>
        <translation>%1 är inte ett datum av formen 2026-05-31.</translation>
    </message>
    <message>
        <source>%1 is not a date and time of the form 2026-05-31T18:00:00.</source>
        <translation>%1 är inte en tidpunkt av formen 2026-05-31T18:00:00.</translation>
    </message>
    <message>
        <source>must be at least %1.</source>
        <translation>ska vara minst %1.</translation>
    </message>
    <message>
        <source>must be at most %1.</source>
        <translation>får vara högst %1.</translation>
    </message>
    <message>
        <source>is missing.</source>
        <translation>saknas.</translation>
    </message>
    <message>
        <source>is not a known field.</source>
        <translation>är inte ett känt fält.</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Public</source>
        <translation>Offentlig</translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation>Sekretessbelagd</translation>
    </message>
    <message>
        <source>Partly confidential</source>
        <translation>Delvis sekretessbelagd</translation>
    </message>
    <message>
        <source>Request for rectification</source>
        <translation>Omprövningsbegäran</translation>
    </message>
    <message>
        <source>Municipal appeal</source>
        <translation>Kommunalbesvär</translation>
    </message>
    <message>
        <source>Administrative appeal</source>
        <translation>Förvaltningsbesvär</translation>
    </message>
    <message>
        <source>Procurement rectification and appeal</source>
        <translation>Upphandlingsrättelse och besvär</translation>
    </message>
    <message>
        <source>Not appealable</source>
        <translation>Får inte överklagas</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>planerat</translation>
    </message>
    <message>
        <source>convened</source>
        <translation>sammankallat</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>pågår</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>avslutat</translation>
    </message>
    <message>
        <source>minutes checked</source>
        <translation>protokollet justerat</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>inställt</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>Fysiskt sammanträde</translation>
    </message>
    <message>
        <source>Electronic meeting</source>
        <translation>Elektroniskt sammanträde</translation>
    </message>
    <message>
        <source>Hybrid meeting</source>
        <translation>Hybridsammanträde</translation>
    </message>
    <message>
        <source>Electronic decision procedure</source>
        <translation>Elektroniskt beslutsförfarande</translation>
    </message>
    <message>
        <source>Council</source>
        <translation>Fullmäktige</translation>
    </message>
    <message>
        <source>Executive board</source>
        <translation>Styrelse</translation>
    </message>
    <message>
        <source>Committee</source>
        <translation>Nämnd</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Sektion</translation>
    </message>
    <message>
        <source>Two thirds of the members present</source>
        <translation>Två tredjedelar av ledamöterna närvarande</translation>
    </message>
    <message>
        <source>More than half of the members present</source>
        <translation>Fler än hälften av ledamöterna närvarande</translation>
    </message>
    <message>
        <source>From 1 each year</source>
        <translation>Från 1 varje år</translation>
    </message>
    <message>
        <source>Running on from year to year</source>
        <translation>Löpande från år till år</translation>
    </message>
    <message>
        <source>chair</source>
        <translation>ordförande</translation>
    </message>
    <message>
        <source>vice chair</source>
        <translation>vice ordförande</translation>
    </message>
    <message>
        <source>member</source>
        <translation>ledamot</translation>
    </message>
    <message>
        <source>deputy</source>
        <translation>ersättare</translation>
    </message>
    <message>
        <source>secretary</source>
        <translation>protokollförare</translation>
    </message>
    <message>
        <source>presenter</source>
        <translation>föredragande</translation>
    </message>
    <message>
        <source>Finnish</source>
        <translation>finska</translation>
    </message>
    <message>
        <source>Swedish</source>
        <translation>svenska</translation>
    </message>
    <message>
        <source>minute-checkers</source>
        <translation>protokolljusterare</translation>
    </message>
    <message>
        <source>Helsinki Administrative Court</source>
        <translation>Helsingfors förvaltningsdomstol</translation>
    </message>
    <message>
        <source>Hämeenlinna Administrative Court</source>
        <translation>Tavastehus förvaltningsdomstol</translation>
    </message>
    <message>
        <source>Eastern Finland Administrative Court</source>
        <translation>Östra Finlands förvaltningsdomstol</translation>
    </message>
    <message>
        <source>Northern Finland Administrative Court</source>
        <translation>Norra Finlands förvaltningsdomstol</translation>
    </message>
    <message>
        <source>Turku Administrative Court</source>
        <translation>Åbo förvaltningsdomstol</translation>
    </message>
    <message>
        <source>Vaasa Administrative Court</source>
        <translation>Vasa förvaltningsdomstol</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 kl. %2</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>administratör</translation>
    </message>
    <message>
        <source>registry</source>
        <translation>registratur</translation>
    </message>
    <message>
        <source>public reader</source>
        <translation>offentlig läsare</translation>
    </message>
    <message>
        <source>Initiated</source>
        <translation>Anhängigt</translation>
    </message>
    <message>
        <source>In preparation</source>
        <translation>Under beredning</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Avgjort</translation>
    </message>
    <message>
        <source>Implemented</source>
        <translation>Verkställt</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Avslutat</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Brev</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>Electronic service</source>
        <translation>Elektronisk tjänst</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
</context>
<context>
    <name>MailAddress</name>
    <message>
        <source>No e-mail address is given.</source>
        <translation>Ingen e-postadress har angetts.</translation>
    </message>
    <message>
        <source>“%1” is not an e-mail address such as name@example.fi: correct it.</source>
        <translation>”%1” är inte en e-postadress som namn@exempel.fi: rätta den.</translation>
    </message>
    <message>
        <source>The address “%1” has letters outside ASCII before the @, which few mail servers accept: give another address.</source>
        <translation>Adressen ”%1” har tecken utanför ASCII före @, vilket få e-postservrar godtar: ange en annan adress.</translation>
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
        <translation>&amp;Arkiv</translation>
    </message>
    <message>
        <source>&amp;Open Store…</source>
        <translation>&amp;Öppna arkiv…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Avsluta</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjälp</translation>
    </message>
    <message>
        <source>&amp;About Pykälä</source>
        <translation>&amp;Om Pykälä</translation>
    </message>
    <message>
        <source>About Pykälä</source>
        <translation>Om Pykälä</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Pykälä&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Council meetings and decision records for Finnish municipalities.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Pykälä&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Sammanträden och beslutshandlingar för finländska kommuner.&lt;/p&gt;&lt;p&gt;Licens: GNU General Public License, version 3 eller senare.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Open Store</source>
        <translation>Öppna arkiv</translation>
    </message>
    <message>
        <source>Pykälä stores (*.sqlite *.db);;All files (*)</source>
        <translation>Pykälä-arkiv (*.sqlite *.db);;Alla filer (*)</translation>
    </message>
    <message>
        <source>%1 – Pykälä</source>
        <translation>%1 – Pykälä</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n meeting(s)</source>
        <translation>
            <numerusform>%1 · %n sammanträde</numerusform>
            <numerusform>%1 · %n sammanträden</numerusform>
        </translation>
    </message>
    <message>
        <source>Print &amp;Agenda…</source>
        <translation>Skriv ut &amp;föredragningslistan…</translation>
    </message>
    <message>
        <source>Print &amp;Minutes…</source>
        <translation>Skriv ut &amp;protokollet…</translation>
    </message>
    <message>
        <source>Agenda Print Pre&amp;view…</source>
        <translation>Förhands&amp;granska föredragningslistan…</translation>
    </message>
    <message>
        <source>Minutes Print Previe&amp;w…</source>
        <translation>Förhandsgranska &amp;protokollet…</translation>
    </message>
    <message>
        <source>Select a meeting first.</source>
        <translation>Välj först ett sammanträde.</translation>
    </message>
    <message>
        <source>Bodies, meetings and items</source>
        <translation>Organ, sammanträden och ärenden</translation>
    </message>
    <message>
        <source>Bodies, then years, meetings and their agenda items</source>
        <translation>Organ och under dem år, sammanträden och deras ärenden</translation>
    </message>
    <message>
        <source>&amp;New Store…</source>
        <translation>&amp;Nytt arkiv…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Öppna &amp;senaste</translation>
    </message>
    <message>
        <source>Open &amp;PDF…</source>
        <translation>Öppna P&amp;DF…</translation>
    </message>
    <message>
        <source>Open PDF</source>
        <translation>Öppna PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-dokument (*.pdf)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Redigera</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Sök…</translation>
    </message>
    <message>
        <source>&amp;Meeting</source>
        <translation>&amp;Sammanträde</translation>
    </message>
    <message>
        <source>New &amp;Meeting…</source>
        <translation>Nytt &amp;sammanträde…</translation>
    </message>
    <message>
        <source>New &amp;Item</source>
        <translation>Nytt &amp;ärende</translation>
    </message>
    <message>
        <source>&lt;h2&gt;%1&lt;/h2&gt;&lt;p&gt;The store has no bodies yet. Add them with &lt;tt&gt;pykala-cli body&lt;/tt&gt;, or import a store with &lt;tt&gt;pykala-cli import&lt;/tt&gt;.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;%1&lt;/h2&gt;&lt;p&gt;Ärendearkivet har ännu inga organ. Lägg till dem med &lt;tt&gt;pykala-cli body&lt;/tt&gt; eller importera ett arkiv med &lt;tt&gt;pykala-cli import&lt;/tt&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h2&gt;%1&lt;/h2&gt;&lt;p&gt;Choose a meeting on the left, or search all minutes and agendas.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;%1&lt;/h2&gt;&lt;p&gt;Välj ett sammanträde till vänster eller sök i alla protokoll och föredragningslistor.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The item being edited could not be saved: %1</source>
        <translation>Ärendet som redigeras kunde inte sparas: %1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(inga)</translation>
    </message>
    <message>
        <source>New Store</source>
        <translation>Nytt arkiv</translation>
    </message>
    <message>
        <source>Pykälä stores (*.sqlite)</source>
        <translation>Pykälä-arkiv (*.sqlite)</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>Filen %1 kan inte läsas: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The item being edited could not be saved: %1

Close anyway and lose the last change?</source>
        <translation>Ärendet som redigeras kunde inte sparas: %1

Stäng ändå och förlora den senaste ändringen?</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Inställningar…</translation>
    </message>
    <message>
        <source>&amp;Run Meeting</source>
        <translation>&amp;Håll sammanträde</translation>
    </message>
    <message>
        <source>The meeting window could not save its texts; nothing was changed.</source>
        <translation>Sammanträdesfönstret kunde inte spara sina texter; ingenting ändrades.</translation>
    </message>
    <message>
        <source>Open for Re&amp;view…</source>
        <translation>Öppna för &amp;läsning…</translation>
    </message>
    <message>
        <source>Open for Review</source>
        <translation>Öppna för läsning</translation>
    </message>
    <message>
        <source>Meeting packages (*.%1);;Pykälä stores (*.sqlite);;All files (*)</source>
        <translation>Mötespaket (*.%1);;Pykälä-arkiv (*.sqlite);;Alla filer (*)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Visa</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Uppdatera</translation>
    </message>
    <message>
        <source>Show what the store holds now, with the changes made elsewhere</source>
        <translation>Visa vad arkivet innehåller nu, med ändringar som gjorts på annat håll</translation>
    </message>
    <message>
        <source>Import &amp;Members…</source>
        <translation>Importera &amp;ledamöter…</translation>
    </message>
    <message>
        <source>Re&amp;gister of Bodies and Members…</source>
        <translation>&amp;Register över organ och ledamöter…</translation>
    </message>
    <message>
        <source>%1 exists already, and a new store never replaces a file. Choose another name.</source>
        <translation>%1 finns redan, och ett nytt arkiv ersätter aldrig en fil. Välj ett annat namn.</translation>
    </message>
    <message>
        <source>&amp;User&apos;s Guide</source>
        <translation>&amp;Bruksanvisning</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Kortkommandon</translation>
    </message>
    <message>
        <source>Menus, anywhere in the main window</source>
        <translation>Menyerna, var som helst i huvudfönstret</translation>
    </message>
    <message>
        <source>Meeting page</source>
        <translation>Sammanträdets sida</translation>
    </message>
    <message>
        <source>Item editor</source>
        <translation>Redigering av ärendet</translation>
    </message>
    <message>
        <source>Meeting window</source>
        <translation>Sammanträdesfönstret</translation>
    </message>
    <message>
        <source>Document window</source>
        <translation>Dokumentfönstret</translation>
    </message>
    <message>
        <source>Connect to &amp;Server…</source>
        <translation>Anslut till &amp;server…</translation>
    </message>
    <message>
        <source>&amp;Copy Store To…</source>
        <translation>&amp;Kopiera arkivet…</translation>
    </message>
    <message>
        <source>Copy Store To</source>
        <translation>Kopiera arkivet</translation>
    </message>
    <message>
        <source>The store was copied into %1: %2 rows, and an audit log of %3 entries. The copy checks out, and its %4 audited records match this store&apos;s.</source>
        <translation>Arkivet kopierades till %1: %2 rader och en ändringslogg med %3 poster. Kopian klarar kontrollen, och dess %4 loggförda poster motsvarar detta arkivs.</translation>
    </message>
    <message>
        <source> · signed in as %1 (%2)</source>
        <translation> · inloggad som %1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Case Register…</source>
        <translation>&amp;Ärenderegister…</translation>
    </message>
    <message>
        <source>Publish the &amp;Site…</source>
        <translation>Publicera &amp;webbplatsen…</translation>
    </message>
</context>
<context>
    <name>MeetingConsole</name>
    <message>
        <source>&amp;Proposal…</source>
        <translation>&amp;Förslag…</translation>
    </message>
    <message>
        <source>Record a counter-, rejection, tabling or return proposal</source>
        <translation>Anteckna ett mot-, förkastnings-, bordläggnings- eller återremissförslag</translation>
    </message>
    <message>
        <source>&amp;Second…</source>
        <translation>&amp;Understöd…</translation>
    </message>
    <message>
        <source>Record who seconded the selected proposal</source>
        <translation>Anteckna vem som understödde det valda förslaget</translation>
    </message>
    <message>
        <source>Dis&amp;qualification…</source>
        <translation>&amp;Jäv…</translation>
    </message>
    <message>
        <source>Record that someone is disqualified for this item</source>
        <translation>Anteckna att någon är jävig i detta ärende</translation>
    </message>
    <message>
        <source>Disse&amp;nt…</source>
        <translation>&amp;Avvikande mening…</translation>
    </message>
    <message>
        <source>Record a dissent from the decision</source>
        <translation>Anteckna en avvikande mening mot beslutet</translation>
    </message>
    <message>
        <source>&amp;Election…</source>
        <translation>&amp;Val…</translation>
    </message>
    <message>
        <source>Record an election and compute who was elected</source>
        <translation>Anteckna ett val och räkna ut vilka som blev valda</translation>
    </message>
    <message>
        <source>Record &amp;Decision</source>
        <translation>Anteckna &amp;beslut</translation>
    </message>
    <message>
        <source>Record the decision; the decision and proceedings are written into the item</source>
        <translation>Anteckna beslutet; beslutet och behandlingen skrivs in i ärendet</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Sammanträde</translation>
    </message>
    <message>
        <source>Pykälä</source>
        <translation>Pykälä</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Open Meeting</source>
        <translation>Öppna sammanträdet</translation>
    </message>
    <message>
        <source>Record the opening now, with the attendance ticked</source>
        <translation>Anteckna öppnandet nu, med närvaron enligt kryssen</translation>
    </message>
    <message>
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <source>Previous Item</source>
        <translation>Föregående ärende</translation>
    </message>
    <message>
        <source>Handle the previous item</source>
        <translation>Behandla föregående ärende</translation>
    </message>
    <message>
        <source>Next Item</source>
        <translation>Nästa ärende</translation>
    </message>
    <message>
        <source>Handle the next item</source>
        <translation>Behandla nästa ärende</translation>
    </message>
    <message>
        <source>Minute-Checkers…</source>
        <translation>Protokolljusterare…</translation>
    </message>
    <message>
        <source>Record whom the body selected to check the minutes</source>
        <translation>Anteckna vilka organet valde att justera protokollet</translation>
    </message>
    <message>
        <source>Close Meeting</source>
        <translation>Avsluta sammanträdet</translation>
    </message>
    <message>
        <source>Record the closing now</source>
        <translation>Anteckna avslutandet nu</translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <source>Close Window</source>
        <translation>Stäng fönstret</translation>
    </message>
    <message>
        <source>Close this window; everything recorded is kept</source>
        <translation>Stäng fönstret; allt som antecknats bevaras</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Ledamot</translation>
    </message>
    <message>
        <source>Personal deputy</source>
        <translation>Personlig ersättare</translation>
    </message>
    <message>
        <source>In this item</source>
        <translation>I detta ärende</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Närvaro</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Uppdrag</translation>
    </message>
    <message>
        <source>Others attending</source>
        <translation>Övriga närvarande</translation>
    </message>
    <message>
        <source>Officials and experts attending without a seat; recorded at the opening.</source>
        <translation>Tjänsteinnehavare och sakkunniga som är närvarande utan plats i organet; antecknas vid öppnandet.</translation>
    </message>
    <message>
        <source>Add &amp;Other</source>
        <translation>Lägg till &amp;övrig</translation>
    </message>
    <message>
        <source>Add a row for someone else attending</source>
        <translation>Lägg till en rad för en annan närvarande</translation>
    </message>
    <message>
        <source>&amp;Attendance</source>
        <translation>&amp;Närvaro</translation>
    </message>
    <message>
        <source>§</source>
        <translation>§</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Ärende</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Föredragningslista</translation>
    </message>
    <message>
        <source>The item selected here is the one being handled.</source>
        <translation>Ärendet som väljs här är det som behandlas.</translation>
    </message>
    <message>
        <source>A&amp;genda</source>
        <translation>Föredragnings&amp;lista</translation>
    </message>
    <message>
        <source>Current item</source>
        <translation>Aktuellt ärende</translation>
    </message>
    <message>
        <source>Quorum</source>
        <translation>Beslutförhet</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Förslag</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Proposed by</source>
        <translation>Förslagsställare</translation>
    </message>
    <message>
        <source>Seconded by</source>
        <translation>Understödare</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Proposals</source>
        <translation>Förslag</translation>
    </message>
    <message>
        <source>The proposals made in this item, with who made and seconded them.</source>
        <translation>Förslagen i detta ärende, med vem som framställde och understödde dem.</translation>
    </message>
    <message>
        <source>Presenter Amends…</source>
        <translation>Föredraganden ändrar…</translation>
    </message>
    <message>
        <source>Presenter Withdraws…</source>
        <translation>Föredraganden återtar…</translation>
    </message>
    <message>
        <source>For Information Only</source>
        <translation>För kännedom</translation>
    </message>
    <message>
        <source>&amp;Base Proposal</source>
        <translation>&amp;Grundförslag</translation>
    </message>
    <message>
        <source>The presenter amends or withdraws the base proposal, or the item is for information</source>
        <translation>Föredraganden ändrar eller återtar grundförslaget, eller ärendet antecknas för kännedom</translation>
    </message>
    <message>
        <source>Voting order</source>
        <translation>Omröstningsordning</translation>
    </message>
    <message>
        <source>The order the proposals enter the vote. Drag to change it before the first vote, or use Alt+Up and Alt+Down.</source>
        <translation>Ordningen i vilken förslagen tas upp till omröstning. Dra för att ändra den före den första omröstningen, eller använd Alt+↑ och Alt+↓.</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Beslut</translation>
    </message>
    <message>
        <source>Proceedings</source>
        <translation>Behandling</translation>
    </message>
    <message>
        <source>Written from the record when the decision is recorded; edit it as the minutes should read.</source>
        <translation>Skrivs utifrån anteckningarna när beslutet antecknas; redigera texten så som den ska stå i protokollet.</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>Sparande</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Inte sparat ännu</translation>
    </message>
    <message>
        <source>&amp;Voting order:</source>
        <translation>&amp;Omröstningsordning:</translation>
    </message>
    <message>
        <source>Vote</source>
        <translation>Omröstning</translation>
    </message>
    <message>
        <source>Decision and proceedings</source>
        <translation>Beslut och behandling</translation>
    </message>
    <message>
        <source>P&amp;roceedings:</source>
        <translation>Be&amp;handling:</translation>
    </message>
    <message>
        <source>There is no meeting with id %1.</source>
        <translation>Det finns inget sammanträde med id %1.</translation>
    </message>
    <message>
        <source>%1 – Meeting</source>
        <translation>%1 – Sammanträde</translation>
    </message>
    <message>
        <source>§ %1 %2</source>
        <translation>§ %1 %2</translation>
    </message>
    <message>
        <source>Item %1: %2</source>
        <translation>Ärende %1: %2</translation>
    </message>
    <message>
        <source>Recorded at %1.</source>
        <translation>Antecknat kl. %1.</translation>
    </message>
    <message>
        <source>opened %1, closed %2</source>
        <translation>öppnat %1, avslutat %2</translation>
    </message>
    <message>
        <source>opened %1, in progress</source>
        <translation>öppnat %1, pågår</translation>
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
        <translation>närvarande</translation>
    </message>
    <message>
        <source>away</source>
        <translation>frånvarande</translation>
    </message>
    <message>
        <source>§ %1</source>
        <translation>§ %1</translation>
    </message>
    <message>
        <source>The agenda has no items.</source>
        <translation>Föredragningslistan har inga ärenden.</translation>
    </message>
    <message>
        <source>No vote is needed while only the base proposal stands.</source>
        <translation>Ingen omröstning behövs så länge endast grundförslaget föreligger.</translation>
    </message>
    <message>
        <source>The order the rules give. Drag to change it; the changed order is recorded with the first vote.</source>
        <translation>Ordningen enligt reglerna. Dra för att ändra den; den ändrade ordningen antecknas med den första omröstningen.</translation>
    </message>
    <message>
        <source>Changed by the chair; recorded with the first vote.</source>
        <translation>Ändrad av ordföranden; antecknas med den första omröstningen.</translation>
    </message>
    <message>
        <source>The order voted in.</source>
        <translation>Ordningen som omröstningarna hölls i.</translation>
    </message>
    <message>
        <source>The minutes are signed; the texts can no longer change.</source>
        <translation>Protokollet är undertecknat; texterna kan inte längre ändras.</translation>
    </message>
    <message>
        <source>Edit the texts as the minutes should read; they are saved as you type.</source>
        <translation>Redigera texterna så som de ska stå i protokollet; de sparas medan du skriver.</translation>
    </message>
    <message>
        <source>A preview: recording the decision writes these texts into the item.</source>
        <translation>Förhandsvisning: när beslutet antecknas skrivs dessa texter in i ärendet.</translation>
    </message>
    <message>
        <source>The item is no longer in the store.</source>
        <translation>Ärendet finns inte längre i arkivet.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Inte sparat: %1</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Sparat kl. %1.</translation>
    </message>
    <message>
        <source>The proceedings could not be saved: %1
Close the window anyway?</source>
        <translation>Behandlingen kunde inte sparas: %1
Stäng fönstret ändå?</translation>
    </message>
    <message>
        <source>Open the meeting at %1 with %2 of %3 seats taken?</source>
        <translation>Öppna sammanträdet kl. %1 med %2 av %3 platser besatta?</translation>
    </message>
    <message>
        <source>Close the meeting at %1? Nothing can be recorded after it.</source>
        <translation>Avsluta sammanträdet kl. %1? Därefter kan ingenting antecknas.</translation>
    </message>
    <message>
        <source>The minute-checkers have not been recorded.</source>
        <translation>Protokolljusterarna har inte antecknats.</translation>
    </message>
    <message>
        <source>Minute-Checkers</source>
        <translation>Protokolljusterare</translation>
    </message>
    <message>
        <source>Tick those the body selected to check the minutes, usually two, in the order they were named.</source>
        <translation>Kryssa för dem som organet valde att justera protokollet, oftast två, i den ordning de nämndes.</translation>
    </message>
    <message>
        <source>&amp;Selected:</source>
        <translation>&amp;Valda:</translation>
    </message>
    <message>
        <source>Tick the minute-checkers the body selected.</source>
        <translation>Kryssa för de protokolljusterare som organet valde.</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Typ:</translation>
    </message>
    <message>
        <source>Counter-proposal</source>
        <translation>Motförslag</translation>
    </message>
    <message>
        <source>Reject the matter</source>
        <translation>Ärendet förkastas</translation>
    </message>
    <message>
        <source>Table the matter</source>
        <translation>Ärendet bordläggs</translation>
    </message>
    <message>
        <source>Return it for preparation</source>
        <translation>Ärendet återremitteras</translation>
    </message>
    <message>
        <source>Proposed &amp;by:</source>
        <translation>Förslags&amp;ställare:</translation>
    </message>
    <message>
        <source>&amp;Proposal:</source>
        <translation>&amp;Förslag:</translation>
    </message>
    <message>
        <source>&amp;Departs from the base proposal (0–9):</source>
        <translation>A&amp;vvikelse från grundförslaget (0–9):</translation>
    </message>
    <message>
        <source>The chair&apos;s judgement of how far the proposal departs from the base proposal; the most divergent is voted on first.</source>
        <translation>Ordförandens bedömning av hur mycket förslaget avviker från grundförslaget; det mest avvikande röstas om först.</translation>
    </message>
    <message>
        <source>Seconding</source>
        <translation>Understöd</translation>
    </message>
    <message>
        <source>Seconding %1.</source>
        <translation>Förslag som understöds: %1.</translation>
    </message>
    <message>
        <source>Seconded &amp;by:</source>
        <translation>&amp;Understödare:</translation>
    </message>
    <message>
        <source>Nobody else present may second this proposal.</source>
        <translation>Ingen annan närvarande kan understöda detta förslag.</translation>
    </message>
    <message>
        <source>Record that %1 is for information only?</source>
        <translation>Anteckna ärendet %1 för kännedom?</translation>
    </message>
    <message>
        <source>The Presenter Amends the Base Proposal</source>
        <translation>Föredraganden ändrar grundförslaget</translation>
    </message>
    <message>
        <source>The Presenter Withdraws the Base Proposal</source>
        <translation>Föredraganden återtar grundförslaget</translation>
    </message>
    <message>
        <source>How the presenter amended the base proposal in the meeting.</source>
        <translation>Hur föredraganden ändrade grundförslaget under sammanträdet.</translation>
    </message>
    <message>
        <source>The chair&apos;s proposal, which becomes the base proposal.</source>
        <translation>Ordförandens förslag, som blir grundförslag.</translation>
    </message>
    <message>
        <source>&amp;Amendment:</source>
        <translation>&amp;Ändring:</translation>
    </message>
    <message>
        <source>&amp;Chair&apos;s proposal:</source>
        <translation>&amp;Ordförandens förslag:</translation>
    </message>
    <message>
        <source>Disqualification</source>
        <translation>Jäv</translation>
    </message>
    <message>
        <source>%1: the person is away for this item, and their deputy may take the seat.</source>
        <translation>%1: personen är frånvarande under detta ärende, och hens ersättare kan ta platsen.</translation>
    </message>
    <message>
        <source>&amp;Disqualified:</source>
        <translation>&amp;Jävig:</translation>
    </message>
    <message>
        <source>&amp;Ground:</source>
        <translation>&amp;Grund:</translation>
    </message>
    <message>
        <source>e.g. HL 28 § 1 mom. 1 k (asianosainen)</source>
        <translation>t.ex. FvL 28 § 1 mom. 1 punkten (part)</translation>
    </message>
    <message>
        <source>Dissent</source>
        <translation>Avvikande mening</translation>
    </message>
    <message>
        <source>%1: a member who took part and did not vote for the decision may dissent, with or without reasons.</source>
        <translation>%1: en ledamot som deltog i behandlingen och inte röstade för beslutet kan anmäla avvikande mening, med eller utan motivering.</translation>
    </message>
    <message>
        <source>&amp;Dissenting:</source>
        <translation>&amp;Anmäld av:</translation>
    </message>
    <message>
        <source>&amp;Reasons (optional):</source>
        <translation>&amp;Motivering (frivillig):</translation>
    </message>
    <message>
        <source>Nobody took part in this item.</source>
        <translation>Ingen deltog i behandlingen av detta ärende.</translation>
    </message>
    <message>
        <source>Others a&amp;ttending</source>
        <translation>Öv&amp;riga närvarande</translation>
    </message>
    <message>
        <source>Decis&amp;ion:</source>
        <translation>Be&amp;slut:</translation>
    </message>
    <message>
        <source>Re&amp;mote Arrival…</source>
        <translation>Ankomst på &amp;distans…</translation>
    </message>
    <message>
        <source>Record that someone arrives by a remote connection at this moment during the current item</source>
        <translation>Anteckna att någon anländer på distans just nu under det aktuella ärendet</translation>
    </message>
    <message>
        <source>Temporary &amp;Chair…</source>
        <translation>Tillfällig &amp;ordförande…</translation>
    </message>
    <message>
        <source>Record whom the body chose to preside over this item</source>
        <translation>Anteckna vem organet valde till ordförande i detta ärende</translation>
    </message>
    <message>
        <source>Deputy</source>
        <translation>Ersättare</translation>
    </message>
    <message>
        <source>Remote</source>
        <translation>Distans</translation>
    </message>
    <message>
        <source>Whoever takes the seat does so by a remote connection</source>
        <translation>Den som har platsen deltar på distans</translation>
    </message>
    <message>
        <source>Tick who is present, and in the Remote column who of them takes part by a remote connection. After the opening a tick records an arrival, clearing it a departure, and a change in the Remote column a change between the meeting room and a remote connection, at this moment during the current item. Space ticks the focused cell; Left and Right move between the columns.</source>
        <translation>Kryssa för de närvarande och i kolumnen Distans dem som deltar på distans. Efter öppnandet antecknar ett kryss en ankomst, ett borttaget kryss ett avlägsnande och en ändring i kolumnen Distans en övergång mellan mötesplatsen och distansdeltagande, just nu under det aktuella ärendet. Mellanslag kryssar för den markerade cellen; vänster- och högerpil flyttar mellan kolumnerna.</translation>
    </message>
    <message>
        <source>Presiding</source>
        <translation>Ordförande</translation>
    </message>
    <message>
        <source>planned for %1</source>
        <translation>planerat till %1</translation>
    </message>
    <message>
        <source>present by a remote connection</source>
        <translation>närvarande på distans</translation>
    </message>
    <message>
        <source>by a remote connection</source>
        <translation>på distans</translation>
    </message>
    <message>
        <source>in the meeting room</source>
        <translation>på mötesplatsen</translation>
    </message>
    <message>
        <source>remote</source>
        <comment>takes part by a remote connection</comment>
        <translation>distans</translation>
    </message>
    <message>
        <source>Remote Arrival</source>
        <translation>Ankomst på distans</translation>
    </message>
    <message>
        <source>%1: someone arrives by a remote connection at this moment.</source>
        <translation>%1: någon anländer på distans just nu.</translation>
    </message>
    <message>
        <source>&amp;Arriving:</source>
        <translation>&amp;Anländer:</translation>
    </message>
    <message>
        <source>Everyone with a seat is present already.</source>
        <translation>Alla med en plats är redan närvarande.</translation>
    </message>
    <message>
        <source>Temporary Chair</source>
        <translation>Tillfällig ordförande</translation>
    </message>
    <message>
        <source>%1: neither the chair nor a vice chair can preside. Whom did the body choose to preside over this item?</source>
        <translation>%1: varken ordföranden eller en vice ordförande kan vara ordförande. Vem valde organet till ordförande i detta ärende?</translation>
    </message>
    <message>
        <source>&amp;Presiding:</source>
        <translation>&amp;Ordförande:</translation>
    </message>
    <message>
        <source>Withdraw Event</source>
        <translation>Återkalla anteckning</translation>
    </message>
    <message>
        <source>Withdraw Last…</source>
        <translation>Återkalla senaste…</translation>
    </message>
    <message>
        <source>Withdraw the last event recorded, recorded by mistake, with the reason</source>
        <translation>Återkalla den senaste anteckningen, gjord av misstag, med orsaken</translation>
    </message>
    <message>
        <source>Item %1</source>
        <translation>Ärende %1</translation>
    </message>
    <message>
        <source>Event %1 cannot be withdrawn: only what was recorded during the meeting, while it runs, and each event once.</source>
        <translation>Anteckning %1 kan inte återkallas: endast det som antecknats under mötet, medan det pågår, och varje anteckning en gång.</translation>
    </message>
    <message>
        <source>Why is event %1 withdrawn?

%2</source>
        <translation>Varför återkallas anteckning %1?

%2</translation>
    </message>
    <message numerus="yes">
        <source>%1 have no decision recorded.</source>
        <translation>
            <numerusform>I ärendet %1 har inget beslut antecknats.</numerusform>
            <numerusform>I ärendena %1 har inget beslut antecknats.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Run It Here</source>
        <translation>&amp;Led mötet här</translation>
    </message>
    <message>
        <source>Followed</source>
        <translation>Följt möte</translation>
    </message>
    <message>
        <source>Run the meeting from this window, now that nobody else does</source>
        <translation>Led mötet från detta fönster, nu när ingen annan gör det</translation>
    </message>
    <message>
        <source>Nobody runs this meeting now. This window shows it as it was last recorded.</source>
        <translation>Ingen leder mötet nu. Fönstret visar det som det senast protokollfördes.</translation>
    </message>
    <message>
        <source>%1 runs this meeting. This window follows it as it is recorded; nothing can be recorded here.</source>
        <translation>%1 leder mötet. Detta fönster följer det medan det protokollförs; här kan inget protokollföras.</translation>
    </message>
    <message>
        <source>%1 – Meeting (following)</source>
        <translation>%1 – Möte (följs)</translation>
    </message>
    <message>
        <source>The meeting is now run from this window.</source>
        <translation>Mötet leds nu från detta fönster.</translation>
    </message>
    <message>
        <source>%1 runs this meeting: nothing can be recorded in this window, which follows it.</source>
        <translation>%1 leder mötet: inget kan protokollföras i detta fönster, som följer det.</translation>
    </message>
    <message>
        <source>The texts as the console running the meeting saved them.</source>
        <translation>Texterna som fönstret som leder mötet sparade dem.</translation>
    </message>
    <message>
        <source>%1 This window follows the meeting as it is recorded.</source>
        <translation>%1 Detta fönster följer mötet medan det protokollförs.</translation>
    </message>
</context>
<context>
    <name>MeetingDialogs</name>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
</context>
<context>
    <name>MeetingDocuments</name>
    <message>
        <source>%1 has not been opened, so it has no minutes yet. Record its opening and attendance with &apos;pykala-cli record&apos;.</source>
        <translation>Sammanträdet %1 har inte öppnats och har därför inget protokoll ännu. Registrera öppnandet och närvaron med &apos;pykala-cli record&apos;.</translation>
    </message>
    <message>
        <source>%1 has not been handled in a meeting yet, so there are no minutes to extract from.</source>
        <translation>Ärendet %1 har ännu inte behandlats vid ett sammanträde, så det finns inget protokoll att ta utdrag ur.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not name an agenda item. Give its id or write it as &quot;KH 12/2026 § 156&quot;.</source>
        <translation>&quot;%1&quot; anger inget ärende. Ange dess id eller skriv det som &quot;KH 12/2026 § 156&quot;.</translation>
    </message>
    <message>
        <source>There is no agenda item %1.</source>
        <translation>Ärendet %1 finns inte.</translation>
    </message>
    <message>
        <source>The item&apos;s meeting is missing.</source>
        <translation>Ärendets sammanträde saknas.</translation>
    </message>
    <message>
        <source>The store has no organisation; documents name it in every page header. Set it with &apos;pykala-cli organisation --name NAME&apos;.</source>
        <translation>Ärendearkivet har ingen organisation; handlingarna anger den i varje sidhuvud. Ange den med &apos;pykala-cli organisation --name NAMN&apos;.</translation>
    </message>
</context>
<context>
    <name>MeetingPackage</name>
    <message>
        <source>%1 has no seat or office in %2 on %3, so a package with its confidential items may not go to them. Name a member, deputy or official of the body, or make a public package with --for public.</source>
        <translation>%1 har ingen plats eller uppgift i %2 den %3, så ett paket med sekretessbelagda ärenden får inte ges till hen. Ange en ledamot, ersättare eller tjänsteinnehavare i organet, eller gör ett offentligt paket med --for public.</translation>
    </message>
    <message>
        <source>Several persons in %1 are called %2 (ids %3); name the recipient by id.</source>
        <translation>Flera personer i %1 heter %2 (id %3); ange mottagaren med id.</translation>
    </message>
    <message>
        <source>Name the package file, e.g. -o &quot;KH 12-2026.%1&quot;.</source>
        <translation>Ange paketets filnamn, t.ex. -o &quot;KH 12-2026.%1&quot;.</translation>
    </message>
    <message>
        <source>%1 exists and is not a meeting package; it was left as it was. Choose another file name.</source>
        <translation>%1 finns redan och är inte ett mötespaket; den lämnades orörd. Välj ett annat filnamn.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Mappen %1 finns inte.</translation>
    </message>
    <message>
        <source>A package for a member names the member: add --recipient NAME. A package for anyone else is made with --for public.</source>
        <translation>Ett paket för en ledamot anger ledamoten: lägg till --recipient NAMN. Ett paket för någon annan görs med --for public.</translation>
    </message>
    <message>
        <source>The package could not be moved to %1, so it was not made; disclosure %2 in the register names it all the same. Check that the folder is writable and make it again.</source>
        <translation>Paketet kunde inte flyttas till %1, så det gjordes inte; post %2 i utlämningsregistret nämner det ändå. Kontrollera att mappen är skrivbar och gör paketet på nytt.</translation>
    </message>
    <message>
        <source>A meeting package is made for a member of the body or for the public, not for %1.</source>
        <translation>Ett mötespaket görs för en ledamot av organet eller för allmänheten, inte för %1.</translation>
    </message>
    <message>
        <source>Could not make a working folder beside %1; check that the folder is writable.</source>
        <translation>Det gick inte att skapa en arbetsmapp bredvid %1; kontrollera att mappen är skrivbar.</translation>
    </message>
    <message>
        <source>%1 has no encryption certificate registered, so no package can be encrypted for them. Register it (Register › Persons, or &apos;pykala-cli person certificate &quot;%1&quot; --file CERT.pem --use encryption&apos;), or give it with --recipient-cert FILE.</source>
        <translation>%1 har inget registrerat krypteringscertifikat, så inget paket kan krypteras för hen. Registrera det (Register › Personer eller &apos;pykala-cli person certificate &quot;%1&quot; --file CERT.pem --use encryption&apos;) eller ange det med --recipient-cert FIL.</translation>
    </message>
    <message>
        <source>No encryption certificate registered for %1 is valid today. Register their current one.</source>
        <translation>Inget krypteringscertifikat som registrerats för %1 är giltigt i dag. Registrera hens nuvarande.</translation>
    </message>
    <message>
        <source>The certificate given for %1 cannot be used: %2</source>
        <translation>Certifikatet som angetts för %1 kan inte användas: %2</translation>
    </message>
    <message>
        <source>A member&apos;s package is signed by its maker: name your signing certificate with --cert NICK (&apos;pykala-cli certs&apos; lists them).</source>
        <translation>En ledamots paket undertecknas av den som gör det: ange ditt signeringscertifikat med --cert NAMN (&apos;pykala-cli certs&apos; listar dem).</translation>
    </message>
    <message>
        <source>The package could not be written beside %1: %2. Check that the folder is writable and has room.</source>
        <translation>Paketet kunde inte skrivas bredvid %1: %2. Kontrollera att mappen är skrivbar och har utrymme.</translation>
    </message>
    <message>
        <source>There is no file %1.</source>
        <translation>Filen %1 finns inte.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kan inte läsas: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 is a member&apos;s package that is not encrypted: it was taken out of the envelope it was made in, so it is not opened. Ask for a new package.</source>
        <translation>%1 är en ledamots paket som inte är krypterat: det har tagits ur det kuvert det gjordes i, så det öppnas inte. Be om ett nytt paket.</translation>
    </message>
    <message>
        <source>The package %1 for %2 could be read until %3 and has expired. Delete it; the secretary can make a new one if you still need it.</source>
        <translation>Paketet %1 för %2 kunde läsas till %3 och har gått ut. Radera det; sekreteraren kan göra ett nytt om du fortfarande behöver det.</translation>
    </message>
    <message>
        <source>%1 is %2 MB, larger than a meeting package can be (2 GB); it is not opened.</source>
        <translation>%1 är %2 MB, större än ett mötespaket kan vara (2 GB); den öppnas inte.</translation>
    </message>
</context>
<context>
    <name>MeetingPage</name>
    <message>
        <source>Meeting</source>
        <translation>Sammanträde</translation>
    </message>
    <message>
        <source>Meeting details</source>
        <translation>Sammanträdets uppgifter</translation>
    </message>
    <message>
        <source>Hint</source>
        <translation>Tips</translation>
    </message>
    <message>
        <source>New Item</source>
        <translation>Nytt ärende</translation>
    </message>
    <message>
        <source>Add an item last on the agenda</source>
        <translation>Lägg till ett ärende sist på föredragningslistan</translation>
    </message>
    <message>
        <source>New agenda item</source>
        <translation>Nytt ärende</translation>
    </message>
    <message>
        <source>Bring In…</source>
        <translation>Ta upp tidigare ärende…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <source>Remove the selected item from the agenda</source>
        <translation>Ta bort det valda ärendet från föredragningslistan</translation>
    </message>
    <message>
        <source>Move Up</source>
        <translation>Flytta upp</translation>
    </message>
    <message>
        <source>Move the selected item up (or drag it)</source>
        <translation>Flytta det valda ärendet uppåt (eller dra det)</translation>
    </message>
    <message>
        <source>Ctrl+Up</source>
        <translation>Ctrl+Up</translation>
    </message>
    <message>
        <source>Move Down</source>
        <translation>Flytta ned</translation>
    </message>
    <message>
        <source>Move the selected item down (or drag it)</source>
        <translation>Flytta det valda ärendet nedåt (eller dra det)</translation>
    </message>
    <message>
        <source>Ctrl+Down</source>
        <translation>Ctrl+Down</translation>
    </message>
    <message>
        <source>Invitation List…</source>
        <translation>Kallelselista…</translation>
    </message>
    <message>
        <source>Members, officials and others invited</source>
        <translation>Ledamöter, tjänstemän och övriga inbjudna</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Föredragningslista</translation>
    </message>
    <message>
        <source>Show the agenda as it will be sent</source>
        <translation>Visa föredragningslistan så som den kommer att skickas</translation>
    </message>
    <message>
        <source>Print Agenda…</source>
        <translation>Skriv ut föredragningslistan…</translation>
    </message>
    <message>
        <source>Print the agenda</source>
        <translation>Skriv ut föredragningslistan</translation>
    </message>
    <message>
        <source>Export Agenda…</source>
        <translation>Exportera föredragningslistan…</translation>
    </message>
    <message>
        <source>Save the agenda as PDF/A or as a web page</source>
        <translation>Spara föredragningslistan som PDF/A eller som webbsida</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>Show the minutes made from the meeting&apos;s record</source>
        <translation>Visa protokollet som skapats utifrån sammanträdets anteckningar</translation>
    </message>
    <message>
        <source>Sign Minutes…</source>
        <translation>Underteckna protokollet…</translation>
    </message>
    <message>
        <source>Sign the minutes with your certificate</source>
        <translation>Underteckna protokollet med ditt certifikat</translation>
    </message>
    <message>
        <source>Signed Minutes</source>
        <translation>Undertecknat protokoll</translation>
    </message>
    <message>
        <source>Show the signed minutes and their signatures</source>
        <translation>Visa det undertecknade protokollet och dess underskrifter</translation>
    </message>
    <message>
        <source>Items in agenda order. Enter opens an item; Ctrl+Up and Ctrl+Down move it.</source>
        <translation>Ärenden i föredragningslistans ordning. Enter öppnar ett ärende; Ctrl+Up och Ctrl+Down flyttar det.</translation>
    </message>
    <message>
        <source>Pykälä</source>
        <translation>Pykälä</translation>
    </message>
    <message>
        <source>There is no meeting with id %1.</source>
        <translation>Det finns inget sammanträde med id %1.</translation>
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
        <translation>Dra ärendena för att ändra föredragningslistans ordning, eller använd Flytta upp och Flytta ned.</translation>
    </message>
    <message>
        <source>The meeting has been opened: its agenda order is part of the record.</source>
        <translation>Sammanträdet har öppnats: föredragningslistans ordning ingår i anteckningarna.</translation>
    </message>
    <message>
        <source>Remove “%1” from the agenda, with its attachments?</source>
        <translation>Ta bort ”%1” med bilagor från föredragningslistan?</translation>
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
        <translation>Exportera föredragningslistan</translation>
    </message>
    <message>
        <source>Agenda %1.pdf</source>
        <translation>Föredragningslista %1.pdf</translation>
    </message>
    <message>
        <source>PDF/A documents (*.pdf);;Web pages (*.html);;Public web pages, without confidential items (*.html)</source>
        <translation>PDF/A-dokument (*.pdf);;Webbsidor (*.html);;Offentliga webbsidor utan sekretessbelagda ärenden (*.html)</translation>
    </message>
    <message>
        <source>Public web pages</source>
        <translation>Offentliga webbsidor</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 kunde inte skrivas: %2</translation>
    </message>
    <message>
        <source>The minutes are not signed.</source>
        <translation>Protokollet är inte undertecknat.</translation>
    </message>
    <message>
        <source>Signed minutes %1</source>
        <translation>Undertecknat protokoll %1</translation>
    </message>
    <message>
        <source>Minutes %1 signed.pdf</source>
        <translation>Protokoll %1 undertecknat.pdf</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Handlingar</translation>
    </message>
    <message>
        <source>Run Meeting</source>
        <translation>Håll sammanträde</translation>
    </message>
    <message>
        <source>Attendance, proposals, votes and decisions as the meeting goes on</source>
        <translation>Närvaro, förslag, omröstningar och beslut under sammanträdets gång</translation>
    </message>
    <message>
        <source>Meeting&apos;s life cycle</source>
        <translation>Sammanträdets skeden</translation>
    </message>
    <message>
        <source>Copy an earlier item here: one tabled or returned, or any found by its words</source>
        <translation>Kopiera hit ett tidigare ärende: ett bordlagt eller återremitterat, eller vilket som helst som hittats med sina ord</translation>
    </message>
    <message>
        <source>Convene…</source>
        <translation>Sammankalla…</translation>
    </message>
    <message>
        <source>Record the day the invitation went out</source>
        <translation>Anteckna dagen då kallelsen skickades</translation>
    </message>
    <message>
        <source>Time and Place…</source>
        <translation>Tid och plats…</translation>
    </message>
    <message>
        <source>Change the meeting&apos;s time, place or mode before it is held</source>
        <translation>Ändra sammanträdets tid, plats eller form innan det hålls</translation>
    </message>
    <message>
        <source>Cancel Meeting…</source>
        <translation>Ställ in sammanträdet…</translation>
    </message>
    <message>
        <source>Cancel the meeting, with the reason</source>
        <translation>Ställ in sammanträdet och ange orsaken</translation>
    </message>
    <message>
        <source>Send Invitation…</source>
        <translation>Skicka kallelsen…</translation>
    </message>
    <message>
        <source>Open a message to those invited, with the public agenda, in your mail program</source>
        <translation>Öppna ett meddelande till de kallade med den offentliga föredragningslistan i ditt e-postprogram</translation>
    </message>
    <message>
        <source>Meeting Packages…</source>
        <translation>Mötespaket…</translation>
    </message>
    <message>
        <source>Write a meeting package for each member, deputy and official, and the public package</source>
        <translation>Skriv ett mötespaket för varje ledamot, ersättare och tjänsteinnehavare samt det offentliga paketet</translation>
    </message>
    <message>
        <source>Checked and Published…</source>
        <translation>Justering och publicering…</translation>
    </message>
    <message>
        <source>Record the days the minutes were checked and published</source>
        <translation>Anteckna dagarna då protokollet justerades och publicerades</translation>
    </message>
    <message>
        <source>Publish…</source>
        <translation>Publicera…</translation>
    </message>
    <message>
        <source>Write the public version into a folder for the web: the agenda, and the minutes once checked</source>
        <translation>Skriv den offentliga versionen i en mapp för webben: föredragningslistan och det justerade protokollet</translation>
    </message>
    <message>
        <source>Cancelled: %1</source>
        <translation>Inställt: %1</translation>
    </message>
    <message>
        <source>Convened on %1.</source>
        <translation>Sammankallat %1.</translation>
    </message>
    <message>
        <source>Minutes checked on %1 and published on %2.</source>
        <translation>Protokollet justerat %1 och publicerat %2.</translation>
    </message>
    <message>
        <source>Minutes checked on %1, not yet published.</source>
        <translation>Protokollet justerat %1, ännu inte publicerat.</translation>
    </message>
    <message>
        <source>Minutes not yet checked.</source>
        <translation>Protokollet är ännu inte justerat.</translation>
    </message>
    <message>
        <source>Select a meeting: this acts on the meeting whose page is shown.</source>
        <translation>Välj ett sammanträde: funktionen gäller sammanträdet vars sida visas.</translation>
    </message>
    <message>
        <source>A cancelled meeting cannot be convened.</source>
        <translation>Ett inställt sammanträde kan inte sammankallas.</translation>
    </message>
    <message>
        <source>The meeting has already been opened.</source>
        <translation>Sammanträdet har redan öppnats.</translation>
    </message>
    <message>
        <source>Convened on %1: correct the day the invitation went out</source>
        <translation>Sammankallat %1: rätta dagen då kallelsen skickades</translation>
    </message>
    <message>
        <source>A cancelled meeting cannot be moved.</source>
        <translation>Ett inställt sammanträde kan inte flyttas.</translation>
    </message>
    <message>
        <source>The meeting has been opened: its time and place are in its record.</source>
        <translation>Sammanträdet har öppnats: dess tid och plats finns i dess uppgifter.</translation>
    </message>
    <message>
        <source>The meeting is already cancelled.</source>
        <translation>Sammanträdet är redan inställt.</translation>
    </message>
    <message>
        <source>The meeting has been opened: only a meeting still to be held can be cancelled.</source>
        <translation>Sammanträdet har öppnats: bara ett sammanträde som ännu inte hållits kan ställas in.</translation>
    </message>
    <message>
        <source>The meeting is cancelled: no invitation goes out.</source>
        <translation>Sammanträdet är inställt: ingen kallelse skickas.</translation>
    </message>
    <message>
        <source>The meeting is cancelled: there is no agenda to read.</source>
        <translation>Sammanträdet är inställt: det finns ingen föredragningslista att läsa.</translation>
    </message>
    <message>
        <source>The agenda has no items yet.</source>
        <translation>Föredragningslistan har ännu inga ärenden.</translation>
    </message>
    <message>
        <source>A cancelled meeting has no minutes.</source>
        <translation>Ett inställt sammanträde har inget protokoll.</translation>
    </message>
    <message>
        <source>The minutes are checked and published after the meeting is closed.</source>
        <translation>Protokollet justeras och publiceras när sammanträdet har avslutats.</translation>
    </message>
    <message>
        <source>From Template…</source>
        <translation>Från mall…</translation>
    </message>
    <message>
        <source>Add a recurring item from one of the body&apos;s item templates</source>
        <translation>Lägg till ett återkommande ärende från organets ärendemallar</translation>
    </message>
    <message>
        <source>Send each one invited a message with the public agenda through the mail server</source>
        <translation>Skicka varje kallad ett meddelande med den offentliga föredragningslistan via e-postservern</translation>
    </message>
    <message>
        <source>The mail server is not set up: %1 Set it in Preferences, under E-mail.</source>
        <translation>E-postservern är inte inställd: %1 Ställ in den under E-post i Inställningar.</translation>
    </message>
    <message>
        <source>The mail program cannot be opened: xdg-email (package xdg-utils) is not installed. Copy the addresses from the invitation list instead, or send through a mail server (Preferences, E-mail).</source>
        <translation>E-postprogrammet kan inte öppnas: xdg-email (paketet xdg-utils) är inte installerat. Kopiera adresserna från kallelselistan i stället, eller skicka via en e-postserver (Inställningar, E-post).</translation>
    </message>
</context>
<context>
    <name>MeetingPlanning</name>
    <message>
        <source>There is no body with id %1.</source>
        <translation>Det finns inget organ med id %1.</translation>
    </message>
    <message>
        <source>A new meeting needs the day it is held.</source>
        <translation>Ett nytt sammanträde behöver sin sammanträdesdag.</translation>
    </message>
</context>
<context>
    <name>MeetingProgress</name>
    <message>
        <source>base proposal</source>
        <translation>grundförslag</translation>
    </message>
    <message>
        <source>counter-proposal</source>
        <translation>motförslag</translation>
    </message>
    <message>
        <source>rejection</source>
        <translation>förkastande</translation>
    </message>
    <message>
        <source>tabling</source>
        <translation>bordläggning</translation>
    </message>
    <message>
        <source>return for preparation</source>
        <translation>återremiss</translation>
    </message>
    <message>
        <source>adopted as proposed</source>
        <translation>godkänt enligt förslaget</translation>
    </message>
    <message>
        <source>adopted as amended</source>
        <translation>godkänt i ändrad form</translation>
    </message>
    <message>
        <source>adopted per a counter-proposal</source>
        <translation>godkänt enligt ett motförslag</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>förkastat</translation>
    </message>
    <message>
        <source>tabled</source>
        <translation>bordlagt</translation>
    </message>
    <message>
        <source>returned for preparation</source>
        <translation>återremitterat</translation>
    </message>
    <message>
        <source>noted</source>
        <translation>antecknat för kännedom</translation>
    </message>
    <message>
        <source>person %1</source>
        <translation>person %1</translation>
    </message>
    <message>
        <source>Continue with the matter</source>
        <translation>Fortsatt behandling av ärendet</translation>
    </message>
    <message>
        <source>The chair&apos;s proposal</source>
        <translation>Ordförandens förslag</translation>
    </message>
    <message>
        <source>The base proposal</source>
        <translation>Grundförslaget</translation>
    </message>
    <message>
        <source>%1&apos;s proposal</source>
        <translation>%1s förslag</translation>
    </message>
    <message>
        <source>%1&apos;s proposal to reject</source>
        <translation>%1s förslag att förkasta</translation>
    </message>
    <message>
        <source>%1&apos;s proposal to table</source>
        <translation>%1s bordläggningsförslag</translation>
    </message>
    <message>
        <source>%1&apos;s proposal to return</source>
        <translation>%1s återremissförslag</translation>
    </message>
    <message>
        <source>elected: %1</source>
        <translation>valda: %1</translation>
    </message>
    <message>
        <source>election recorded</source>
        <translation>valet antecknat</translation>
    </message>
    <message>
        <source>decided: %1</source>
        <translation>avgjort: %1</translation>
    </message>
    <message>
        <source>vote pending</source>
        <translation>omröstning pågår</translation>
    </message>
    <message>
        <source>in handling</source>
        <translation>under behandling</translation>
    </message>
    <message>
        <source>%1 (chair)</source>
        <translation>%1 (ordförande)</translation>
    </message>
    <message>
        <source>%1 (vice chair)</source>
        <translation>%1 (vice ordförande)</translation>
    </message>
    <message>
        <source>disqualified</source>
        <translation>jävig</translation>
    </message>
    <message>
        <source>votes</source>
        <translation>röstar</translation>
    </message>
    <message>
        <source>deputy votes</source>
        <translation>ersättaren röstar</translation>
    </message>
    <message>
        <source>disqualified; deputy votes</source>
        <translation>jävig; ersättaren röstar</translation>
    </message>
    <message>
        <source>seat empty</source>
        <translation>platsen tom</translation>
    </message>
    <message>
        <source>Attendance: %1</source>
        <translation>Närvaro: %1</translation>
    </message>
    <message>
        <source>✔ Quorum: %1 of %2 seats taken, %3 needed. The body has a quorum.</source>
        <translation>✔ Beslutförhet: %1 av %2 platser besatta, %3 behövs. Organet är beslutfört.</translation>
    </message>
    <message>
        <source>✖ No quorum: %1 of %2 seats taken, %3 needed. The body cannot decide.</source>
        <translation>✖ Inte beslutfört: %1 av %2 platser besatta, %3 behövs. Organet kan inte fatta beslut.</translation>
    </message>
    <message>
        <source>not seconded</source>
        <translation>inte understött</translation>
    </message>
    <message>
        <source>as the agenda, amended: %1</source>
        <translation>enligt föredragningslistan, ändrat: %1</translation>
    </message>
    <message>
        <source>as the agenda</source>
        <translation>enligt föredragningslistan</translation>
    </message>
    <message>
        <source>Round %1 of %2: %3 against %4</source>
        <translation>Omröstning %1 av %2: %3 mot %4</translation>
    </message>
    <message>
        <source>Procedural vote: %1</source>
        <translation>Omröstning om förfarandet: %1</translation>
    </message>
    <message>
        <source>Votes are taken once the meeting is opened.</source>
        <translation>Omröstningar hålls när sammanträdet har öppnats.</translation>
    </message>
    <message>
        <source>An election is recorded with its own votes.</source>
        <translation>Ett val antecknas med sina egna röster.</translation>
    </message>
    <message>
        <source>The item is decided.</source>
        <translation>Ärendet är avgjort.</translation>
    </message>
    <message>
        <source>No vote is waiting.</source>
        <translation>Ingen omröstning väntar.</translation>
    </message>
    <message>
        <source>Elected: %1.</source>
        <translation>Valda: %1.</translation>
    </message>
    <message>
        <source>A lot between %1 put them in the order %2.</source>
        <translation>Lottning mellan %1 gav ordningen %2.</translation>
    </message>
    <message>
        <source>Outcome: %1.</source>
        <translation>Resultat: %1.</translation>
    </message>
    <message>
        <source>Outcome: %1 – %2.</source>
        <translation>Resultat: %1 – %2.</translation>
    </message>
    <message>
        <source>Lapsed without seconding: %1.</source>
        <translation>Förföll i brist på understöd: %1.</translation>
    </message>
    <message>
        <source>Votes to come.</source>
        <translation>Omröstningar återstår.</translation>
    </message>
    <message>
        <source>Dissent: %1.</source>
        <translation>Avvikande mening: %1.</translation>
    </message>
    <message>
        <source>Row %1 of the others attending has a role but no name; give the name or clear the row.</source>
        <translation>Rad %1 bland övriga närvarande har ett uppdrag men inget namn; ange namnet eller töm raden.</translation>
    </message>
    <message>
        <source>Nobody present may make a proposal in this item.</source>
        <translation>Ingen närvarande kan framställa förslag i detta ärende.</translation>
    </message>
    <message>
        <source>Write the proposal as it was made; the minutes quote it.</source>
        <translation>Skriv förslaget så som det framställdes; protokollet citerar det.</translation>
    </message>
    <message>
        <source>Write the text as it was presented; the minutes quote it.</source>
        <translation>Skriv texten så som den framfördes; protokollet citerar den.</translation>
    </message>
    <message>
        <source>Nobody present to disqualify.</source>
        <translation>Ingen närvarande som kan antecknas som jävig.</translation>
    </message>
    <message>
        <source>Give the ground of the disqualification; the minutes state it.</source>
        <translation>Ange grunden för jävet; den anges i protokollet.</translation>
    </message>
    <message>
        <source>%1 (temporary chair)</source>
        <translation>%1 (tillfällig ordförande)</translation>
    </message>
    <message>
        <source>Presiding: %1</source>
        <translation>Ordförande: %1</translation>
    </message>
    <message>
        <source>Neither the chair nor a vice chair is ticked present: once the meeting is opened, the body chooses a temporary chair.</source>
        <translation>Varken ordföranden eller en vice ordförande är förkryssad som närvarande: när sammanträdet har öppnats väljer organet en tillfällig ordförande.</translation>
    </message>
    <message>
        <source>No one presided over this item.</source>
        <translation>Ingen var ordförande i detta ärende.</translation>
    </message>
    <message>
        <source>Neither the chair nor a vice chair can preside over this item: choose a temporary chair.</source>
        <translation>Varken ordföranden eller en vice ordförande kan vara ordförande i detta ärende: välj en tillfällig ordförande.</translation>
    </message>
    <message>
        <source>This meeting was planned for %1, and today is %2. If you open it now, the minutes will give today as the meeting&apos;s date.</source>
        <translation>Sammanträdet var planerat till %1, och i dag är det %2. Om du öppnar det nu anger protokollet dagens datum som sammanträdets datum.</translation>
    </message>
    <message>
        <source>How someone takes part can change only while the meeting is running.</source>
        <translation>Sättet att delta kan ändras endast medan sammanträdet pågår.</translation>
    </message>
    <message>
        <source>%1 is not present; record their arrival instead.</source>
        <translation>%1 är inte närvarande; anteckna i stället ankomsten.</translation>
    </message>
    <message>
        <source>%1 already takes part by a remote connection.</source>
        <translation>%1 deltar redan på distans.</translation>
    </message>
    <message>
        <source>%1 is already in the meeting room.</source>
        <translation>%1 är redan på mötesplatsen.</translation>
    </message>
    <message>
        <source>A temporary chair is chosen for an item being handled in the meeting.</source>
        <translation>En tillfällig ordförande väljs för ett ärende som behandlas vid sammanträdet.</translation>
    </message>
    <message>
        <source>%1 presides over this item; the body chooses a temporary chair only when the chair and every vice chair are away or disqualified.</source>
        <translation>%1 är ordförande i detta ärende; organet väljer en tillfällig ordförande endast när ordföranden och alla vice ordförande är frånvarande eller jäviga.</translation>
    </message>
    <message>
        <source>%1 does not take part in this item and cannot preside over it.</source>
        <translation>%1 deltar inte i behandlingen av detta ärende och kan inte vara ordförande i det.</translation>
    </message>
    <message>
        <source>Choose the temporary chair among those taking part in this item.</source>
        <translation>Välj den tillfälliga ordföranden bland dem som deltar i behandlingen av detta ärende.</translation>
    </message>
</context>
<context>
    <name>MeetingRecord</name>
    <message>
        <source>Item %1</source>
        <translation>Ärende %1</translation>
    </message>
    <message>
        <source>The file is not valid JSON: %1 at character %2.</source>
        <translation>Filen är inte giltig JSON: %1 vid tecken %2.</translation>
    </message>
    <message>
        <source>$.events: the file has no events; write {&quot;events&quot;: [ … ]}.</source>
        <translation>$.events: filen har inga händelser; skriv {&quot;events&quot;: [ … ]}.</translation>
    </message>
    <message>
        <source>an event is a JSON object.</source>
        <translation>en händelse är ett JSON-objekt.</translation>
    </message>
    <message>
        <source>The meeting was closed; %1 comes after it.</source>
        <translation>Sammanträdet har avslutats; %1 kommer efter det.</translation>
    </message>
    <message>
        <source>The meeting is opened twice (%1).</source>
        <translation>Sammanträdet öppnas två gånger (%1).</translation>
    </message>
    <message>
        <source>Nothing can be recorded before the meeting is opened: %1 comes first.</source>
        <translation>Ingenting kan antecknas innan sammanträdet öppnats: %1 kommer först.</translation>
    </message>
    <message>
        <source>Attendance at the opening is recorded twice (%1); record later changes as arrivals and departures.</source>
        <translation>Närvaron vid öppnandet antecknas två gånger (%1); anteckna senare ändringar som ankomster och avgångar.</translation>
    </message>
    <message>
        <source>%1 is not the personal deputy of %2 (%3).</source>
        <translation>%1 är inte personlig ersättare för %2 (%3).</translation>
    </message>
    <message>
        <source>%1: proposal &quot;%2&quot; is made twice in item %3.</source>
        <translation>%1: förslaget &quot;%2&quot; framställs två gånger i ärende %3.</translation>
    </message>
    <message>
        <source>%1: item %2 has no proposal &quot;%3&quot; to second.</source>
        <translation>%1: ärende %2 har inget förslag &quot;%3&quot; att understöda.</translation>
    </message>
    <message>
        <source>%1: a qualified majority is a fraction such as 2/3.</source>
        <translation>%1: en kvalificerad majoritet är ett bråk som 2/3.</translation>
    </message>
    <message>
        <source>%1: &quot;on&quot; names a tabling or return proposal of item %2, and &quot;%3&quot; is none.</source>
        <translation>%1: &quot;on&quot; anger ett förslag om bordläggning eller återremiss i ärende %2, och &quot;%3&quot; är inget sådant.</translation>
    </message>
    <message>
        <source>%1: %2 declares dissent but did not take part in the decision.</source>
        <translation>%1: %2 anmäler avvikande mening men deltog inte i beslutet.</translation>
    </message>
    <message>
        <source>%1: a proportional election needs the demand of %2 present members; %3 demanded it.</source>
        <translation>%1: ett proportionellt val kräver att %2 närvarande ledamöter begär det; %3 begärde det.</translation>
    </message>
    <message>
        <source>%1: the lists have %2 votes, but only %3 members are entitled to vote.</source>
        <translation>%1: listorna har %2 röster, men endast %3 ledamöter är röstberättigade.</translation>
    </message>
    <message>
        <source>the event names person %1, who is not in the document.</source>
        <translation>händelsen nämner person %1, som inte finns i dokumentet.</translation>
    </message>
    <message>
        <source>Everyone else attending needs a name (%1).</source>
        <translation>Varje annan närvarande behöver ett namn (%1).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a ballot; write JAA, EI, TYHJÄ or POISSA.</source>
        <translation>&quot;%1&quot; är ingen röst; skriv JA, NEJ, BLANK eller FRÅNVARANDE.</translation>
    </message>
    <message>
        <source>%1 cannot sit for %2, who is present (%3).</source>
        <translation>%1 kan inte ersätta %2, som är närvarande (%3).</translation>
    </message>
    <message>
        <source>%1 names item %2; the agenda has items 1 to %3.</source>
        <translation>%1 anger ärende %2; föredragningslistan har ärendena 1–%3.</translation>
    </message>
    <message>
        <source>%1 comes after item %2 was voted on; proposals and secondings come before the vote.</source>
        <translation>%1 kommer efter omröstningen i ärende %2; förslag och understöd kommer före omröstningen.</translation>
    </message>
    <message>
        <source>%1: %2 declares dissent twice in item %3.</source>
        <translation>%1: %2 anmäler avvikande mening två gånger i ärende %3.</translation>
    </message>
    <message>
        <source>%1: an election item has candidates and votes of its own, not proposals or votes on proposals.</source>
        <translation>%1: ett valärende har egna kandidater och röster, inte förslag eller omröstningar om förslag.</translation>
    </message>
    <message>
        <source>%1: %2 members demanded a proportional election, but only %3 are present.</source>
        <translation>%1: %2 ledamöter begärde proportionellt val, men endast %3 är närvarande.</translation>
    </message>
    <message>
        <source>%1: %2 voted for the decision and cannot dissent from it.</source>
        <translation>%1: %2 röstade för beslutet och kan inte anmäla avvikande mening.</translation>
    </message>
    <message>
        <source>The minute-checkers are selected twice (%1).</source>
        <translation>Protokolljusterarna väljs två gånger (%1).</translation>
    </message>
    <message>
        <source>%1 names no one; the body selects (usually two) minute-checkers.</source>
        <translation>%1 nämner ingen; organet väljer (oftast två) protokolljusterare.</translation>
    </message>
    <message>
        <source>%1 names %2 twice.</source>
        <translation>%1 nämner %2 två gånger.</translation>
    </message>
    <message>
        <source>%1 is selected as a minute-checker but did not attend the meeting.</source>
        <translation>%1 har valts till protokolljusterare men deltog inte i sammanträdet.</translation>
    </message>
    <message>
        <source>The meeting closes %1, before it was opened %2 (%3); write the closing&apos;s date when it is not the day the meeting opened.</source>
        <translation>Sammanträdet avslutas %1, innan det öppnades %2 (%3); skriv avslutningens datum när det inte är dagen då sammanträdet öppnades.</translation>
    </message>
    <message>
        <source>Item %1: %2 takes part in this item and presides over it; the body chooses a temporary chair only when the chair and every vice chair are away or disqualified.</source>
        <translation>Ärende %1: %2 deltar i detta ärende och är ordförande i det; organet väljer en tillfällig ordförande endast när ordföranden och alla vice ordförande är frånvarande eller jäviga.</translation>
    </message>
    <message>
        <source>Item %1: %2 is chosen to preside but is not present and entitled to take part in this item.</source>
        <translation>Ärende %1: %2 väljs till ordförande men är inte närvarande och berättigad att delta i detta ärende.</translation>
    </message>
    <message>
        <source>%1: %2 was chosen to preside over item %3 and still takes part in it.</source>
        <translation>%1: %2 valdes till ordförande i ärende %3 och deltar fortfarande i det.</translation>
    </message>
    <message>
        <source>%1 withdraws event %2, which is not an earlier event of the meeting&apos;s record.</source>
        <translation>%1 återkallar anteckning %2, som inte är en tidigare anteckning i mötets protokollföring.</translation>
    </message>
    <message>
        <source>%1: event %2 (%3) cannot be withdrawn; only what happened during the meeting can.</source>
        <translation>%1: anteckning %2 (%3) kan inte återkallas; endast det som hände under mötet kan det.</translation>
    </message>
    <message>
        <source>%1: event %2 (%3) is withdrawn already.</source>
        <translation>%1: anteckning %2 (%3) är redan återkallad.</translation>
    </message>
    <message>
        <source>%1 says no reason; a withdrawal says why.</source>
        <translation>%1 anger ingen orsak; en återkallelse anger varför.</translation>
    </message>
    <message>
        <source>The record has no event %1; its events are 1 to %2.</source>
        <translation>Det finns ingen anteckning %1; anteckningarna är 1–%2.</translation>
    </message>
    <message>
        <source>Event %1 is withdrawn already.</source>
        <translation>Anteckning %1 är redan återkallad.</translation>
    </message>
</context>
<context>
    <name>MeetingRecord::Parser</name>
    <message>
        <source>&quot;%1&quot; is not an event type; the types are %2.</source>
        <translation>&quot;%1&quot; är ingen händelsetyp; typerna är %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a ballot; write JAA, EI, TYHJÄ or POISSA.</source>
        <translation>&quot;%1&quot; är ingen röst; skriv JA, NEJ, BLANK eller FRÅNVARANDE.</translation>
    </message>
    <message>
        <source>the meeting&apos;s agenda has items 1 to %1.</source>
        <translation>sammanträdets föredragningslista har ärendena 1–%1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a clock time such as 16:05.</source>
        <translation>&quot;%1&quot; är inget klockslag som 16:05.</translation>
    </message>
    <message>
        <source>is missing; a %1 event needs it.</source>
        <translation>saknas; en händelse av typen %1 behöver det.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a kind of proposal; the kinds are %2.</source>
        <translation>&quot;%1&quot; är ingen förslagstyp; typerna är %2.</translation>
    </message>
    <message>
        <source>a vote needs either &quot;ballots&quot; (a roll call) or the counts &quot;yes&quot;, &quot;no&quot; and &quot;blank&quot;.</source>
        <translation>en omröstning behöver antingen &quot;ballots&quot; (namnupprop) eller rösttalen &quot;yes&quot;, &quot;no&quot; och &quot;blank&quot;.</translation>
    </message>
    <message>
        <source>an election is &quot;majority&quot; or &quot;proportional&quot;.</source>
        <translation>ett val är &quot;majority&quot; eller &quot;proportional&quot;.</translation>
    </message>
    <message>
        <source>person %1 is not a member or deputy of the body.</source>
        <translation>person %1 är varken ledamot eller ersättare i organet.</translation>
    </message>
    <message>
        <source>no member or deputy of the body is called &quot;%1&quot;.</source>
        <translation>organet har ingen ledamot eller ersättare som heter &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; names more than one person; give the person&apos;s id.</source>
        <translation>&quot;%1&quot; avser flera personer; ange personens id.</translation>
    </message>
    <message>
        <source>%1 has two ballots in this vote.</source>
        <translation>%1 har två röster i denna omröstning.</translation>
    </message>
    <message>
        <source>is a list of persons.</source>
        <translation>är en lista över personer.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date and time such as 2026-12-14T16:05 (or a clock time such as 16:05 on the planned day).</source>
        <translation>&quot;%1&quot; är inte ett datum och en tid som 2026-12-14T16:05 (eller en tid som 16:05 på den planerade dagen).</translation>
    </message>
    <message>
        <source>is true (by a remote connection) or false (in the meeting room).</source>
        <translation>är true (på distans) eller false (på mötesplatsen).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a ballot; write JAA, EI or TYHJÄ.</source>
        <translation>&quot;%1&quot; är inte en röst; skriv JAA, EI eller TYHJÄ.</translation>
    </message>
    <message>
        <source>an event of type %1 has no such field; its fields are %2.</source>
        <translation>en händelse av typen %1 har inget sådant fält; dess fält är %2.</translation>
    </message>
    <message>
        <source>is an object.</source>
        <translation>är ett objekt.</translation>
    </message>
    <message>
        <source>has no such field; the fields are %1.</source>
        <translation>inget sådant fält finns; fälten är %1.</translation>
    </message>
    <message>
        <source>is the number of the event withdrawn, counted from 1 in the meeting&apos;s record.</source>
        <translation>är numret på den återkallade anteckningen, räknat från 1 i mötets anteckningar.</translation>
    </message>
    <message>
        <source>says why the event is withdrawn.</source>
        <translation>anger varför anteckningen återkallas.</translation>
    </message>
</context>
<context>
    <name>MeetingSession</name>
    <message>
        <source>The meeting&apos;s body is not in the store.</source>
        <translation>Sammanträdets organ finns inte i arkivet.</translation>
    </message>
    <message>
        <source>The body has no members on %1; record its memberships first.</source>
        <translation>Organet har inga ledamöter %1; anteckna medlemskapen först.</translation>
    </message>
    <message>
        <source>Item %1 has no outcome to write down yet.</source>
        <translation>Ärende %1 har ännu inget resultat att anteckna.</translation>
    </message>
    <message>
        <source>Item %1: no one presides over it, because the chair and every vice chair are away or disqualified; record the temporary chair the body chose first.</source>
        <translation>Ärende %1: ingen är ordförande i det, eftersom ordföranden och alla vice ordförande är frånvarande eller jäviga; anteckna först den tillfälliga ordförande som organet valde.</translation>
    </message>
    <message>
        <source>event %1 (%2)</source>
        <translation>anteckning %1 (%2)</translation>
    </message>
    <message>
        <source>Event %1 (%2) cannot be withdrawn while later events depend on it: %3. Withdraw those first, the last one first.</source>
        <translation>Anteckning %1 (%2) kan inte återkallas medan senare anteckningar beror på den: %3. Återkalla dem först, den sista först.</translation>
    </message>
</context>
<context>
    <name>MemberCsv</name>
    <message>
        <source>the body</source>
        <translation>organet</translation>
    </message>
    <message>
        <source>the given name</source>
        <translation>förnamnet</translation>
    </message>
    <message>
        <source>the family name</source>
        <translation>efternamnet</translation>
    </message>
    <message>
        <source>the role</source>
        <translation>rollen</translation>
    </message>
    <message>
        <source>the member a deputy stands in for</source>
        <translation>ledamoten som ersättaren är ersättare för</translation>
    </message>
    <message>
        <source>the day the membership starts</source>
        <translation>dagen då medlemskapet börjar</translation>
    </message>
    <message>
        <source>the day the membership ends</source>
        <translation>dagen då medlemskapet upphör</translation>
    </message>
    <message>
        <source>the e-mail address</source>
        <translation>e-postadressen</translation>
    </message>
    <message>
        <source>the phone number</source>
        <translation>telefonnumret</translation>
    </message>
    <message>
        <source>the title or occupation</source>
        <translation>titeln eller yrket</translation>
    </message>
    <message>
        <source>%1 is not a date; write it as 1.6.2025 or 2025-06-01.</source>
        <translation>%1 är inget datum; skriv det som 1.6.2025 eller 2025-06-01.</translation>
    </message>
    <message>
        <source>%1 is not a day of the calendar.</source>
        <translation>%1 är ingen dag i kalendern.</translation>
    </message>
    <message>
        <source>%1 is not a year of a membership; check the date.</source>
        <translation>%1 är inget år för ett medlemskap; kontrollera datumet.</translation>
    </message>
    <message>
        <source>The import was cancelled.</source>
        <translation>Importen avbröts.</translation>
    </message>
    <message>
        <source>the given name is empty.</source>
        <translation>förnamnet saknas.</translation>
    </message>
    <message>
        <source>the family name is empty.</source>
        <translation>efternamnet saknas.</translation>
    </message>
    <message>
        <source>%1 is not an e-mail address.</source>
        <translation>%1 är ingen e-postadress.</translation>
    </message>
    <message>
        <source>the role is empty; write jäsen, varajäsen, puheenjohtaja, varapuheenjohtaja, sihteeri or esittelijä.</source>
        <translation>rollen saknas; skriv ledamot, ersättare, ordförande, vice ordförande, sekreterare eller föredragande.</translation>
    </message>
    <message>
        <source>%1 is not a role; the roles are puheenjohtaja, varapuheenjohtaja, jäsen, varajäsen, sihteeri and esittelijä (or the same in Swedish or English).</source>
        <translation>%1 är ingen roll; rollerna är ordförande, vice ordförande, ledamot, ersättare, sekreterare och föredragande (eller detsamma på finska eller engelska).</translation>
    </message>
    <message>
        <source>the day the membership starts is empty; write it as 1.6.2025 or 2025-06-01.</source>
        <translation>dagen då medlemskapet börjar saknas; skriv den som 1.6.2025 eller 2025-06-01.</translation>
    </message>
    <message>
        <source>the membership would end (%1) before it starts (%2).</source>
        <translation>medlemskapet skulle upphöra (%1) innan det börjar (%2).</translation>
    </message>
    <message>
        <source>a deputy (%1) must name the member they stand in for.</source>
        <translation>en ersättare (roll %1) måste namnge den ledamot som hen är ersättare för.</translation>
    </message>
    <message>
        <source>a deputy must name the member they stand in for, but the file has no column for it (%1).</source>
        <translation>en ersättare måste namnge den ledamot som hen är ersättare för, men filen har ingen kolumn för det (%1).</translation>
    </message>
    <message>
        <source>only a deputy (varajäsen) names a member they stand in for; this row&apos;s role is %1.</source>
        <translation>bara en ersättare namnger den ledamot hen är ersättare för; radens roll är %1.</translation>
    </message>
    <message>
        <source>the body is empty; write its short name, such as KH, or its name.</source>
        <translation>organet saknas; skriv dess förkortning, till exempel KH, eller dess namn.</translation>
    </message>
    <message>
        <source>%1 names %2 bodies (%3); write the short name of the one meant.</source>
        <translation>%1 motsvarar %2 organ (%3); skriv förkortningen för det som avses.</translation>
    </message>
    <message>
        <source>there is no body %1: the store has no bodies yet. Add the body first.</source>
        <translation>det finns inget organ %1: ärendearkivet har inga organ ännu. Lägg först till organet.</translation>
    </message>
    <message>
        <source>there is no body %1 in the store; the bodies are %2.</source>
        <translation>det finns inget organ %1 i ärendearkivet; organen är %2.</translation>
    </message>
    <message>
        <source>row %1</source>
        <translation>rad %1</translation>
    </message>
    <message>
        <source>the file names %1 persons called %2, with different e-mail addresses: %3. Give this row&apos;s e-mail address to say which one is meant.</source>
        <translation>filen namnger %1 personer som heter %2, med olika e-postadresser: %3. Ange radens e-postadress för att säga vem som avses.</translation>
    </message>
    <message>
        <source>row %1 gives %2 for %3; a person has one title and one phone number: write the same on each row, or leave the cell empty.</source>
        <translation>rad %1 anger %2 för %3; en person har en titel och ett telefonnummer: skriv detsamma på varje rad, eller lämna cellen tom.</translation>
    </message>
    <message>
        <source>no e-mail address</source>
        <translation>ingen e-postadress</translation>
    </message>
    <message>
        <source>the store has %1 persons called %2 (%3), and the row does not say which one is meant; give the e-mail address the store has for them.</source>
        <translation>ärendearkivet har %1 personer som heter %2 (%3), och raden säger inte vem som avses; ange den e-postadress som arkivet har för personen.</translation>
    </message>
    <message>
        <source>this %1 and the one on row %2 have different e-mail addresses, but both would be the store&apos;s %1, who has none; give the store&apos;s person an e-mail address first, or correct the file.</source>
        <translation>denna %1 och den på rad %2 har olika e-postadresser, men båda skulle vara arkivets %1, som saknar adress; ge först arkivets person en e-postadress, eller rätta filen.</translation>
    </message>
    <message>
        <source>%1 is not a member of %2 in this file or in the store; a personal deputy stands in for a member, the chair or a vice chair of the same body.</source>
        <translation>%1 är inte ledamot i %2 i denna fil eller i ärendearkivet; en personlig ersättare är ersättare för en ledamot, ordföranden eller en vice ordförande i samma organ.</translation>
    </message>
    <message>
        <source>%1 names %2 members of %3; write the e-mail address of the one meant instead.</source>
        <translation>%1 motsvarar %2 ledamöter i %3; skriv i stället e-postadressen till den som avses.</translation>
    </message>
    <message>
        <source>a person cannot be their own deputy.</source>
        <translation>en person kan inte vara sin egen ersättare.</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>från %1</translation>
    </message>
    <message>
        <source>repeats row %1: the same person, body, role and first day.</source>
        <translation>upprepar rad %1: samma person, organ, roll och första dag.</translation>
    </message>
    <message>
        <source>ending %1</source>
        <translation>som upphör %1</translation>
    </message>
    <message>
        <source>with no end</source>
        <translation>utan slutdag</translation>
    </message>
    <message>
        <source>standing in for %1</source>
        <translation>som ersättare för %1</translation>
    </message>
    <message>
        <source>the store already has this membership (from %1), %2. An import adds memberships but changes none: make the row say the same, or change the membership in Pykälä first.</source>
        <translation>ärendearkivet har redan detta medlemskap (från %1), %2. En import lägger till medlemskap men ändrar inga: låt raden säga detsamma, eller ändra först medlemskapet i Pykälä.</translation>
    </message>
    <message>
        <source>The file is larger than %1 bytes, the most that is read; a list of members is far smaller. Is this the right file?</source>
        <translation>Filen är större än %1 byte, det mesta som läses; en ledamotsförteckning är mycket mindre. Är detta rätt fil?</translation>
    </message>
    <message>
        <source>%1 does not hold a seat in %2 for the whole of this deputy&apos;s membership (%3), and a personal deputy&apos;s membership lies within the member&apos;s; check the dates.</source>
        <translation>%1 har inte en plats i %2 under hela denna ersättares medlemskap (%3), och en personlig ersättares medlemskap ligger inom ledamotens; kontrollera datumen.</translation>
    </message>
    <message>
        <source>The file is empty: it has no header row and no members.</source>
        <translation>Filen är tom: den har ingen rubrikrad och inga ledamöter.</translation>
    </message>
    <message>
        <source>The file has a header row but no members below it.</source>
        <translation>Filen har en rubrikrad men inga ledamöter under den.</translation>
    </message>
    <message>
        <source>The file has more than %1 rows of members; at most %1 are read at once. Split it into several files, one for each body for example.</source>
        <translation>Filen har fler än %1 rader med ledamöter; högst %1 läses åt gången. Dela upp den i flera filer, till exempel en för varje organ.</translation>
    </message>
    <message>
        <source>the header row has more than %1 columns; a list of members has at most %1. Is this the right file?</source>
        <translation>rubrikraden har fler än %1 kolumner; en ledamotsförteckning har högst %1. Är detta rätt fil?</translation>
    </message>
    <message>
        <source>the row has more than %1 cells; a list of members has at most %1 columns. Is this the right file?</source>
        <translation>raden har fler än %1 celler; en ledamotsförteckning har högst %1 kolumner. Är detta rätt fil?</translation>
    </message>
    <message>
        <source>the first row is not a header row: none of its cells names a column of a list of members (%1, or the same in Swedish or English). Add a header row above the members.</source>
        <translation>den första raden är ingen rubrikrad: ingen av dess celler namnger en kolumn i en ledamotsförteckning (%1, eller detsamma på svenska eller engelska). Lägg till en rubrikrad ovanför ledamöterna.</translation>
    </message>
</context>
<context>
    <name>MemberImportDialog</name>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Bläddra…</translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation>&amp;Kontrollera</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importera</translation>
    </message>
    <message>
        <source>C&amp;opy Problems</source>
        <translation>K&amp;opiera problemen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <source>Import Members</source>
        <translation>Importera ledamöter</translation>
    </message>
    <message>
        <source>Members of bodies from a spreadsheet saved as CSV, one row per membership. The header row names the columns, e.g. Toimielin; Etunimi; Sukunimi; Rooli; Varajäsen kenelle; Alkaen; Päättyen; Sähköposti (Swedish and English names work too). The file is checked first and nothing is written until you press Import; then all of it is imported, or nothing.</source>
        <translation>Organens ledamöter från ett kalkylark sparat som CSV, en rad per medlemskap. Rubrikraden namnger kolumnerna, t.ex. Organ; Förnamn; Efternamn; Roll; Ersättare för; Från; Till; E-post (finska och engelska namn fungerar också). Filen kontrolleras först och inget skrivs förrän du trycker på Importera; då importeras allt, eller inget.</translation>
    </message>
    <message>
        <source>the CSV file, e.g. jasenet.csv</source>
        <translation>CSV-filen, t.ex. ledamoter.csv</translation>
    </message>
    <message>
        <source>Choose the CSV file; it is checked at once</source>
        <translation>Välj CSV-filen; den kontrolleras genast</translation>
    </message>
    <message>
        <source>Reads the file again and checks every row against the store, writing nothing</source>
        <translation>Läser filen på nytt och kontrollerar varje rad mot arkivet utan att skriva något</translation>
    </message>
    <message>
        <source>Adds the persons and memberships checked, in one transaction</source>
        <translation>Lägger till de kontrollerade personerna och medlemskapen i en enda transaktion</translation>
    </message>
    <message>
        <source>Copies every problem, a line each, to paste into an e-mail or a note</source>
        <translation>Kopierar alla problem, ett per rad, för att klistra in i e-post eller en anteckning</translation>
    </message>
    <message>
        <source>Result of the check</source>
        <translation>Kontrollens resultat</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Rad</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Kolumn</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Problems of the file</source>
        <translation>Filens problem</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopiera</translation>
    </message>
    <message>
        <source>Persons in the file</source>
        <translation>Personer i filen</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fil:</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV-filer (*.csv *.txt);;Alla filer (*)</translation>
    </message>
    <message>
        <source>Choose the CSV file first.</source>
        <translation>Välj först CSV-filen.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kan inte läsas: %2</translation>
    </message>
    <message>
        <source>Checking the file…</source>
        <translation>Filen kontrolleras…</translation>
    </message>
    <message>
        <source>Importing the members…</source>
        <translation>Ledamöterna importeras…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Checking row %1 of %2…</source>
        <translation>Kontrollerar rad %1 av %2…</translation>
    </message>
    <message>
        <source>Writing %1 of %2…</source>
        <translation>Skriver %1 av %2…</translation>
    </message>
    <message>
        <source>Put them right in the spreadsheet, save it as CSV again and check it again.</source>
        <translation>Rätta dem i kalkylarket, spara det som CSV på nytt och kontrollera igen.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fil</translation>
    </message>
    <message>
        <source>header</source>
        <translation>rubrik</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more problem(s)</source>
        <translation>
            <numerusform>… och %n problem till</numerusform>
            <numerusform>… och %n problem till</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) of members read (%1, separated by &quot;%2&quot;).</source>
        <translation>
            <numerusform>%n rad med ledamöter lästes (%1, avgränsare &quot;%2&quot;).</numerusform>
            <numerusform>%n rader med ledamöter lästes (%1, avgränsare &quot;%2&quot;).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported: %n new person(s),</source>
        <translation>
            <numerusform>Importerat: %n ny person,</numerusform>
            <numerusform>Importerat: %n nya personer,</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n membership(s) added;</source>
        <translation>
            <numerusform>%n medlemskap tillagt;</numerusform>
            <numerusform>%n medlemskap tillagda;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>An import adds %n new person(s)</source>
        <translation>
            <numerusform>En import lägger till %n ny person</numerusform>
            <numerusform>En import lägger till %n nya personer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n membership(s);</source>
        <translation>
            <numerusform>och %n medlemskap;</numerusform>
            <numerusform>och %n medlemskap;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) of the file are already in the store,</source>
        <translation>
            <numerusform>%n av filens personer finns redan i arkivet,</numerusform>
            <numerusform>%n av filens personer finns redan i arkivet,</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n membership(s) already there are passed over.</source>
        <translation>
            <numerusform>%n medlemskap som redan finns hoppas över.</numerusform>
            <numerusform>%n medlemskap som redan finns hoppas över.</numerusform>
        </translation>
    </message>
    <message>
        <source>All of it was written in one transaction.</source>
        <translation>Allt skrevs i en enda transaktion.</translation>
    </message>
    <message>
        <source>Nothing has been written yet: press Import to add them.</source>
        <translation>Inget har skrivits ännu: tryck på Importera för att lägga till dem.</translation>
    </message>
    <message>
        <source>added: %1</source>
        <translation>tillagd: %1</translation>
    </message>
    <message>
        <source>new: %1</source>
        <translation>ny: %1</translation>
    </message>
    <message>
        <source>already in the store: %1</source>
        <translation>finns redan i arkivet: %1</translation>
    </message>
</context>
<context>
    <name>MembershipChanges</name>
    <message>
        <source>Give the successor&apos;s first day.</source>
        <translation>Ange efterträdarens första dag.</translation>
    </message>
    <message>
        <source>There is no membership with id %1.</source>
        <translation>Det finns inget medlemskap med id %1.</translation>
    </message>
    <message>
        <source>Choose the successor.</source>
        <translation>Välj efterträdaren.</translation>
    </message>
    <message>
        <source>The successor is the person leaving; choose someone else.</source>
        <translation>Efterträdaren är den som avgår; välj någon annan.</translation>
    </message>
    <message>
        <source>The membership does not run on both %1 and %2; a successor takes over a membership in force.</source>
        <translation>Medlemskapet gäller inte både %1 och %2; en efterträdare tar över ett gällande medlemskap.</translation>
    </message>
    <message>
        <source>Give the last day of the term.</source>
        <translation>Ange mandatperiodens sista dag.</translation>
    </message>
</context>
<context>
    <name>MembershipDialog</name>
    <message>
        <source>Add Member – %1</source>
        <translation>Lägg till ledamot – %1</translation>
    </message>
    <message>
        <source>Add Official – %1</source>
        <translation>Lägg till tjänsteinnehavare – %1</translation>
    </message>
    <message>
        <source>Edit Membership – %1</source>
        <translation>Redigera medlemskap – %1</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>The member whose personal deputy this is.</source>
        <translation>Ledamoten som detta är personlig ersättare för.</translation>
    </message>
    <message>
        <source>Personal deputy</source>
        <translation>Personlig ersättare</translation>
    </message>
    <message>
        <source>Adds the member&apos;s personal deputy for the same period, if one was elected.</source>
        <translation>Lägger till ledamotens personliga ersättare för samma period, om en sådan valdes.</translation>
    </message>
    <message>
        <source>&amp;Ends on</source>
        <translation>&amp;Upphör</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Sista dag</translation>
    </message>
    <message>
        <source>&amp;Person:</source>
        <translation>&amp;Person:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Roll:</translation>
    </message>
    <message>
        <source>&amp;Deputy for:</source>
        <translation>&amp;Ersättare för:</translation>
    </message>
    <message>
        <source>Personal &amp;deputy:</source>
        <translation>Personlig &amp;ersättare:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Från:</translation>
    </message>
    <message>
        <source>The presenter (esittelijä) makes the base proposals; the secretary keeps the minutes. Both are listed in the invitation and the minutes.</source>
        <translation>Föredraganden lägger fram grundförslagen; protokollföraren för protokollet. Båda nämns i kallelsen och protokollet.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Spara</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Lägg till</translation>
    </message>
    <message>
        <source>Choose the person, or add a new one with New Person….</source>
        <translation>Välj personen, eller lägg till en ny med Ny person….</translation>
    </message>
    <message>
        <source>Choose the member this deputy stands in for; the body has no member in this period yet.</source>
        <translation>Välj ledamoten som detta är ersättare för; organet har ännu ingen ledamot under denna period.</translation>
    </message>
</context>
<context>
    <name>MinutesDaysDialog</name>
    <message>
        <source>Minutes &amp;checked on:</source>
        <translation>Protokollet &amp;justerat:</translation>
    </message>
    <message>
        <source>Day the minutes were checked</source>
        <translation>Dagen då protokollet justerades</translation>
    </message>
    <message>
        <source>Minutes &amp;published on:</source>
        <translation>Protokollet &amp;publicerat:</translation>
    </message>
    <message>
        <source>Day the minutes were published</source>
        <translation>Dagen då protokollet publicerades</translation>
    </message>
    <message>
        <source>Minutes of %1</source>
        <translation>Protokollet för %1</translation>
    </message>
    <message>
        <source>The minute-checkers check the minutes after the meeting; the checked minutes are then published in the public data network. The appeal periods run from publication.</source>
        <translation>Protokolljusterarna justerar protokollet efter sammanträdet; det justerade protokollet publiceras sedan i det allmänna datanätet. Besvärstiderna räknas från publiceringen.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Spara</translation>
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
        <translation>Inställt: %1</translation>
    </message>
</context>
<context>
    <name>NewMeetingDialog</name>
    <message>
        <source>New Meeting</source>
        <translation>Nytt sammanträde</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Organ</translation>
    </message>
    <message>
        <source>Meeting number</source>
        <translation>Sammanträdets nummer</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Början</translation>
    </message>
    <message>
        <source>Planned end</source>
        <translation>Planerat slut</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Plats</translation>
    </message>
    <message>
        <source>e.g. Council chamber, Town hall</source>
        <translation>t.ex. fullmäktigesalen, stadshuset</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Sammanträdesform</translation>
    </message>
    <message>
        <source>&amp;Body:</source>
        <translation>&amp;Organ:</translation>
    </message>
    <message>
        <source>&amp;Number:</source>
        <translation>&amp;Nummer:</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation>&amp;Början:</translation>
    </message>
    <message>
        <source>Planned &amp;end:</source>
        <translation>Planerat &amp;slut:</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Plats:</translation>
    </message>
    <message>
        <source>&amp;Mode:</source>
        <translation>Sammanträdes&amp;form:</translation>
    </message>
    <message>
        <source>Create Meeting</source>
        <translation>Skapa sammanträde</translation>
    </message>
    <message>
        <source>Add a body first: a meeting belongs to a body.</source>
        <translation>Lägg först till ett organ: ett sammanträde hör till ett organ.</translation>
    </message>
    <message>
        <source>Give the meeting&apos;s place; the invitation and the minutes name it.</source>
        <translation>Ange sammanträdesplatsen; kallelsen och protokollet anger den.</translation>
    </message>
    <message>
        <source>Put the standard &amp;opening items on the agenda</source>
        <translation>Lägg de sedvanliga &amp;öppningsärendena på föredragningslistan</translation>
    </message>
    <message>
        <source>Opening of the meeting, legality and quorum, the minute-checkers and the approval of the agenda, in the body&apos;s document language.</source>
        <translation>Sammanträdets öppnande, laglighet och beslutförhet, val av protokolljusterare och godkännande av föredragningslistan, på organets handlingsspråk.</translation>
    </message>
</context>
<context>
    <name>NextHandling</name>
    <message>
        <source>There is no agenda item with id %1.</source>
        <translation>Det finns inget ärende med id %1.</translation>
    </message>
    <message>
        <source>There is no meeting with id %1.</source>
        <translation>Det finns inget sammanträde med id %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not decided yet: its meeting has not been held and closed. Send an item on once its body has decided it.</source>
        <translation>Ärendet &quot;%1&quot; är ännu inte avgjort: dess sammanträde har inte hållits och avslutats. Skicka ett ärende vidare först när dess organ har avgjort det.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no decision written: there is nothing to propose to the next body.</source>
        <translation>Inget beslut har skrivits för ärendet &quot;%1&quot;: det finns inget att föreslå för nästa organ.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already on that meeting&apos;s agenda.</source>
        <translation>Ärendet &quot;%1&quot; finns redan på det sammanträdets föredragningslista.</translation>
    </message>
    <message>
        <source>The meeting chosen has been held or cancelled: send &quot;%1&quot; to a meeting to come.</source>
        <translation>Det valda sammanträdet har redan hållits eller ställts in: skicka &quot;%1&quot; till ett kommande sammanträde.</translation>
    </message>
    <message>
        <source>The meeting chosen is before the one that decided &quot;%1&quot;: a case goes on to a later meeting.</source>
        <translation>Det valda sammanträdet är före det sammanträde som avgjorde &quot;%1&quot;: ett ärende går vidare till ett senare sammanträde.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; belongs to no case and has no task class to open one by. Give the item its case first.</source>
        <translation>Ärendet &quot;%1&quot; hör inte till något diariefört ärende och har ingen uppgiftsklass att öppna ett med. Koppla först ärendet till ett diariefört ärende.</translation>
    </message>
</context>
<context>
    <name>Nss</name>
    <message>
        <source>There is no NSS certificate database in %1. Make one with &apos;certutil -N -d sql:%1&apos; and import certificates with &apos;pk12util -i FILE.p12 -d sql:%1&apos;, or give another with --nssdb.</source>
        <translation>Det finns ingen NSS-certifikatdatabas i %1. Skapa en med &apos;certutil -N -d sql:%1&apos; och importera certifikat med &apos;pk12util -i FIL.p12 -d sql:%1&apos;, eller ange en annan med --nssdb.</translation>
    </message>
    <message>
        <source>%1 is not installed (Debian package libnss3-tools).</source>
        <translation>%1 är inte installerat (Debianpaketet libnss3-tools).</translation>
    </message>
    <message>
        <source>%1 did not finish.</source>
        <translation>%1 blev inte klart.</translation>
    </message>
    <message>
        <source>%1 failed.</source>
        <translation>%1 misslyckades.</translation>
    </message>
    <message>
        <source>There is no NSS certificate database in %1.</source>
        <translation>Det finns ingen NSS-certifikatdatabas i %1.</translation>
    </message>
    <message>
        <source>The certificates of %1 could not be listed: %2</source>
        <translation>Certifikaten i %1 kunde inte listas: %2</translation>
    </message>
    <message>
        <source>The certificate %1 could not be read: %2</source>
        <translation>Certifikatet %1 kunde inte läsas: %2</translation>
    </message>
    <message>
        <source>There is no file %1.</source>
        <translation>Filen %1 finns inte.</translation>
    </message>
    <message>
        <source>Could not make a private working directory.</source>
        <translation>En privat arbetsmapp kunde inte skapas.</translation>
    </message>
    <message>
        <source>Could not write a private working file: %1</source>
        <translation>En privat arbetsfil kunde inte skrivas: %1</translation>
    </message>
    <message>
        <source>Could not make the directory %1.</source>
        <translation>Mappen %1 kunde inte skapas.</translation>
    </message>
    <message>
        <source>Could not make a certificate database in %1: %2</source>
        <translation>En certifikatdatabas kunde inte skapas i %1: %2</translation>
    </message>
    <message>
        <source>Could not import %1 (%2). Check the file&apos;s password and the database&apos;s.</source>
        <translation>%1 kunde inte importeras (%2). Kontrollera filens och databasens lösenord.</translation>
    </message>
</context>
<context>
    <name>OpenCaseDialog</name>
    <message>
        <source>Open Case</source>
        <translation>Öppna ärende</translation>
    </message>
    <message>
        <source>e.g. Tontin myynti Teollisuustie 4</source>
        <translation>t.ex. Försäljning av tomt, Industrivägen 4</translation>
    </message>
    <message>
        <source>The task class of the information management plan: it gives the case its retention and default publicity. Type to find a class by its code or name.</source>
        <translation>Uppgiftsklassen i informationsstyrningsplanen: den ger ärendet dess förvaringstid och offentlighet som standard. Skriv för att söka en klass efter kod eller namn.</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Rubrik:</translation>
    </message>
    <message>
        <source>Task &amp;class:</source>
        <translation>&amp;Uppgiftsklass:</translation>
    </message>
    <message>
        <source>&amp;Opened on:</source>
        <translation>&amp;Öppnat den:</translation>
    </message>
    <message>
        <source>Choose the case&apos;s task class.</source>
        <translation>Välj ärendets uppgiftsklass.</translation>
    </message>
</context>
<context>
    <name>OpenData</name>
    <message>
        <source>The site&apos;s address must be a web address such as https://www.example.fi/paatokset/, not &quot;%1&quot;: give --base-url the address the published folder is served at.</source>
        <translation>Webbplatsens adress ska vara en webbadress som https://www.example.fi/paatokset/, inte &quot;%1&quot;: ge --base-url adressen där den publicerade mappen visas på webben.</translation>
    </message>
</context>
<context>
    <name>OpeningItems</name>
    <message>
        <source>The templates of the opening items are missing from this build.</source>
        <translation>Mallarna för öppningsärendena saknas i denna version.</translation>
    </message>
    <message>
        <source>The templates of the opening items are broken.</source>
        <translation>Mallarna för öppningsärendena är trasiga.</translation>
    </message>
    <message>
        <source>There is no meeting with id %1.</source>
        <translation>Det finns inget sammanträde med id %1.</translation>
    </message>
</context>
<context>
    <name>PackageEnvelope</name>
    <message>
        <source>No certificate database is in use; choose one first (--nssdb).</source>
        <translation>Ingen certifikatdatabas används; välj en först (--nssdb).</translation>
    </message>
    <message>
        <source>The certificate could not be read (%1).</source>
        <translation>Certifikatet kunde inte läsas (%1).</translation>
    </message>
    <message>
        <source>The encryption certificate of %1 could not be read: %2</source>
        <translation>Krypteringscertifikatet för %1 kunde inte läsas: %2</translation>
    </message>
    <message>
        <source>The encryption certificate of %1 (%2) holds no RSA key, and packages are encrypted for RSA keys only (NSS here has no elliptic-curve key agreement). Register the person&apos;s RSA encryption certificate.</source>
        <translation>Krypteringscertifikatet för %1 (%2) har ingen RSA-nyckel, och paket krypteras endast för RSA-nycklar (NSS här saknar nyckelöverenskommelse med elliptiska kurvor). Registrera personens RSA-krypteringscertifikat.</translation>
    </message>
    <message>
        <source>The encryption certificate of %1 is valid from %2 to %3, not today. Register the person&apos;s current certificate.</source>
        <translation>Krypteringscertifikatet för %1 är giltigt från %2 till %3, inte i dag. Registrera personens nuvarande certifikat.</translation>
    </message>
    <message>
        <source>The certificate of %1 (%2) is not for encryption: its key usage does not allow key encipherment. Register the person&apos;s encryption certificate (on a Finnish identity card, the authentication certificate).</source>
        <translation>Certifikatet för %1 (%2) är inte för kryptering: dess nyckelanvändning tillåter inte nyckelkryptering. Registrera personens krypteringscertifikat (på ett finländskt identitetskort autentiseringscertifikatet).</translation>
    </message>
    <message>
        <source>There is no certificate %1 in the certificate database; &apos;pykala-cli certs&apos; lists those you can sign with.</source>
        <translation>Certifikatdatabasen har inget certifikat %1; &apos;pykala-cli certs&apos; listar dem du kan underteckna med.</translation>
    </message>
    <message>
        <source>The certificate %1 is not valid today, so it cannot sign the package.</source>
        <translation>Certifikatet %1 är inte giltigt i dag, så det kan inte underteckna paketet.</translation>
    </message>
    <message>
        <source>The key of the certificate %1 could not be used: the password may be wrong, or the card holding it not inserted.</source>
        <translation>Nyckeln till certifikatet %1 kunde inte användas: lösenordet kan vara fel, eller kortet med nyckeln sitter inte i läsaren.</translation>
    </message>
    <message>
        <source>The package could not be signed (%1).</source>
        <translation>Paketet kunde inte undertecknas (%1).</translation>
    </message>
    <message>
        <source>The package could not be encrypted for %1 (%2).</source>
        <translation>Paketet kunde inte krypteras för %1 (%2).</translation>
    </message>
    <message>
        <source>The package could not be encrypted (%1).</source>
        <translation>Paketet kunde inte krypteras (%1).</translation>
    </message>
    <message>
        <source>The package cannot be opened: it is damaged or was changed after it was made (%1). Ask for a new package.</source>
        <translation>Paketet kan inte öppnas: det är skadat eller har ändrats efter att det gjordes (%1). Be om ett nytt paket.</translation>
    </message>
    <message>
        <source>Your key could not be used: the password may be wrong, or the card holding it not inserted.</source>
        <translation>Din nyckel kunde inte användas: lösenordet kan vara fel, eller kortet med nyckeln sitter inte i läsaren.</translation>
    </message>
    <message>
        <source>The package is not for any key you hold: it was encrypted for another person&apos;s certificate, or your key is on a card that is not inserted. Open it with the certificate database (or card) holding your key.</source>
        <translation>Paketet är inte för någon av dina nycklar: det krypterades för en annan persons certifikat, eller din nyckel finns på ett kort som inte sitter i läsaren. Öppna det med certifikatdatabasen (eller kortet) som har din nyckel.</translation>
    </message>
    <message>
        <source>not an encrypted package</source>
        <translation>inte ett krypterat paket</translation>
    </message>
    <message>
        <source>nothing inside</source>
        <translation>innehållet saknas</translation>
    </message>
    <message>
        <source>not signed</source>
        <translation>inte undertecknat</translation>
    </message>
    <message>
        <source>not one signature</source>
        <translation>inte en enda underskrift</translation>
    </message>
    <message>
        <source>nothing signed</source>
        <translation>inget undertecknat innehåll</translation>
    </message>
    <message>
        <source>the signer&apos;s certificate is missing</source>
        <translation>undertecknarens certifikat saknas</translation>
    </message>
    <message>
        <source>unknown digest</source>
        <translation>okänd kontrollsumma</translation>
    </message>
    <message>
        <source>the signature does not verify</source>
        <translation>underskriften stämmer inte</translation>
    </message>
</context>
<context>
    <name>PackagesDialog</name>
    <message>
        <source>&amp;Write Packages</source>
        <translation>&amp;Skriv paketen</translation>
    </message>
    <message>
        <source>Meeting Packages of %1</source>
        <translation>Mötespaket för %1</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Mapp</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Mottagare</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Uppdrag</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fil</translation>
    </message>
    <message>
        <source>Packages to write</source>
        <translation>Paket som ska skrivas</translation>
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
        <translation>personlig ersättare för %1</translation>
    </message>
    <message>
        <source>Public package</source>
        <translation>Offentligt paket</translation>
    </message>
    <message>
        <source>%1 public</source>
        <translation>%1 offentligt</translation>
    </message>
    <message>
        <source>anyone: the public version</source>
        <translation>alla: den offentliga versionen</translation>
    </message>
    <message>
        <source>No member&apos;s package for %1: only those with a seat or office in the body on %2 may receive the confidential items. The public package can go to them.</source>
        <translation>Inget ledamotspaket för %1: bara den som har en plats eller ett uppdrag i organet %2 får de sekretessbelagda ärendena. Det offentliga paketet kan ges till dem.</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Mapp:</translation>
    </message>
    <message>
        <source>Folder for the Packages</source>
        <translation>Mapp för paketen</translation>
    </message>
    <message>
        <source>Tick whom the packages are for.</source>
        <translation>Kryssa för vem paketen gäller.</translation>
    </message>
    <message>
        <source>Writing the meeting packages…</source>
        <translation>Mötespaketen skrivs…</translation>
    </message>
    <message>
        <source>The meeting is no longer in the store.</source>
        <translation>Sammanträdet finns inte längre i arkivet.</translation>
    </message>
    <message>
        <source>The package for %1…</source>
        <translation>Paketet för %1…</translation>
    </message>
    <message>
        <source>The public package…</source>
        <translation>Det offentliga paketet…</translation>
    </message>
    <message>
        <source>Not written: stopped</source>
        <translation>Inte skrivet: avbröts</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Skrivet</translation>
    </message>
    <message>
        <source>Disclosure %1 in the register, SHA-256 %2</source>
        <translation>Utlämning %1 i registret, SHA-256 %2</translation>
    </message>
    <message>
        <source>Not written: %1</source>
        <translation>Inte skrivet: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n package(s) written into %1 and entered in the disclosure register.</source>
        <translation>
            <numerusform>%n paket skrivet i %1 och antecknat i utlämningsregistret.</numerusform>
            <numerusform>%n paket skrivna i %1 och antecknade i utlämningsregistret.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not written for %1; the list says why. The others were written.</source>
        <translation>Inte skrivet för %1; listan anger varför. De övriga skrevs.</translation>
    </message>
    <message numerus="yes">
        <source>Stopped: %n package(s) not written.</source>
        <translation>
            <numerusform>Avbrutet: %n paket skrevs inte.</numerusform>
            <numerusform>Avbrutet: %n paket skrevs inte.</numerusform>
        </translation>
    </message>
    <message>
        <source>A member&apos;s package holds the agenda with the confidential items, for reading in Pykälä&apos;s review mode. It is signed with your certificate and encrypted for the member&apos;s registered encryption certificate: only their key opens it, and it can be read until the body&apos;s days after the meeting have run. Each package is entered in the disclosure register.</source>
        <translation>En ledamots paket innehåller föredragningslistan med de sekretessbelagda ärendena, för läsning i Pykäläs läsläge. Det undertecknas med ditt certifikat och krypteras för ledamotens registrerade krypteringscertifikat: bara hens nyckel öppnar det, och det kan läsas tills organets tid efter mötet har gått ut. Varje paket förs in i utlämningsregistret.</translation>
    </message>
    <message>
        <source>Sign with</source>
        <translation>Underteckna med</translation>
    </message>
    <message>
        <source>Password of the certificate database or card</source>
        <translation>Certifikatdatabasens eller kortets lösenord</translation>
    </message>
    <message>
        <source>&amp;Sign with:</source>
        <translation>&amp;Underteckna med:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Lösenord:</translation>
    </message>
    <message>
        <source>No package: %1</source>
        <translation>Inget paket: %1</translation>
    </message>
    <message>
        <source>No certificate to sign with: give the password, or import yours in Settings › Signing</source>
        <translation>Inget certifikat att underteckna med: ange lösenordet eller importera ditt under Inställningar › Signering</translation>
    </message>
</context>
<context>
    <name>PartyDialog</name>
    <message>
        <source>Add Party – %1</source>
        <translation>Lägg till part – %1</translation>
    </message>
    <message>
        <source>e.g. hakija, ostaja, asianosainen</source>
        <translation>t.ex. sökande, köpare, sakägare</translation>
    </message>
    <message>
        <source>postal address or e-mail, as the extract is sent</source>
        <translation>postadress eller e-postadress, dit utdraget skickas</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Namn:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Typ:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Roll:</translation>
    </message>
    <message>
        <source>&amp;Contact:</source>
        <translation>&amp;Kontaktuppgifter:</translation>
    </message>
    <message>
        <source>Add Party</source>
        <translation>Lägg till part</translation>
    </message>
    <message>
        <source>A party needs a name.</source>
        <translation>En part behöver ett namn.</translation>
    </message>
</context>
<context>
    <name>PdfA</name>
    <message>
        <source>The PDF writer&apos;s catalogue or document information is missing.</source>
        <translation>Katalogen eller dokumentinformationen saknas i PDF-skrivarens fil.</translation>
    </message>
    <message>
        <source>The PDF writer wrote no XMP metadata; it must be asked for PDF/A-1b.</source>
        <translation>PDF-skrivaren skrev ingen XMP-metadata; den måste begäras för PDF/A-1b.</translation>
    </message>
    <message>
        <source>The PDF writer&apos;s output has no cross-reference table.</source>
        <translation>PDF-skrivarens fil har ingen korsreferenstabell.</translation>
    </message>
    <message>
        <source>The PDF writer&apos;s cross-reference table is not where the file says.</source>
        <translation>PDF-skrivarens korsreferenstabell finns inte där filen anger.</translation>
    </message>
    <message>
        <source>The PDF writer&apos;s trailer names no catalogue or document information.</source>
        <translation>Slutdelen av PDF-skrivarens fil anger ingen katalog eller dokumentinformation.</translation>
    </message>
    <message>
        <source>The PDF writer&apos;s cross-reference table is empty.</source>
        <translation>PDF-skrivarens korsreferenstabell är tom.</translation>
    </message>
    <message>
        <source>Object %1 of the PDF writer&apos;s output is not where its table says.</source>
        <translation>Objekt %1 i PDF-skrivarens fil finns inte där tabellen anger.</translation>
    </message>
    <message>
        <source>Object %1 of the PDF writer&apos;s output refers to object %2, which is not in the file.</source>
        <translation>Objekt %1 i PDF-skrivarens fil hänvisar till objekt %2, som inte finns i filen.</translation>
    </message>
    <message>
        <source>An outline entry of the document points at page %1, which it does not have.</source>
        <translation>En post i handlingens innehållsförteckning pekar på sidan %1, som handlingen inte har.</translation>
    </message>
    <message>
        <source>A link of the document is on or points at a page it does not have.</source>
        <translation>En länk i handlingen finns på eller pekar på en sida som handlingen inte har.</translation>
    </message>
    <message>
        <source>Page %1 of the PDF writer&apos;s output has no content stream of its own.</source>
        <translation>Sidan %1 i PDF-skrivarens fil har ingen egen innehållsström.</translation>
    </message>
    <message>
        <source>Page %1 of the PDF writer&apos;s output could not be decompressed.</source>
        <translation>Sidan %1 i PDF-skrivarens fil kunde inte packas upp.</translation>
    </message>
    <message>
        <source>The document&apos;s structure names a parent after its child.</source>
        <translation>Handlingens struktur anger en överordnad del först efter den underordnade.</translation>
    </message>
</context>
<context>
    <name>PdfViewer</name>
    <message>
        <source>Page %1</source>
        <translation>Sida %1</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>Find in document</source>
        <translation>Sök i dokumentet</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Föregående</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Nästa</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>Zoom</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Anpassa till bredden</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Zoom In</source>
        <translation>Zooma in</translation>
    </message>
    <message>
        <source>Zoom Out</source>
        <translation>Zooma ut</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Sida</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>Underskrifter</translation>
    </message>
    <message>
        <source>Page thumbnails</source>
        <translation>Miniatyrbilder av sidorna</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Sidor</translation>
    </message>
    <message>
        <source>The PDF is protected by a password.</source>
        <translation>PDF-filen är lösenordsskyddad.</translation>
    </message>
    <message>
        <source>The file is not a readable PDF.</source>
        <translation>Filen är ingen läsbar PDF.</translation>
    </message>
    <message>
        <source>Page %1 / %2</source>
        <translation>Sida %1 / %2</translation>
    </message>
    <message>
        <source>Not found: %1</source>
        <translation>Hittades inte: %1</translation>
    </message>
    <message>
        <source>Match %1 of %2 · page %3</source>
        <translation>Träff %1 av %2 · sida %3</translation>
    </message>
    <message>
        <source>This PDF is signed, but its signatures cannot be verified here: %1</source>
        <translation>PDF-filen är undertecknad, men dess underskrifter kan inte verifieras här: %1</translation>
    </message>
    <message>
        <source>The signatures could not be verified: %1</source>
        <translation>Underskrifterna kunde inte verifieras: %1</translation>
    </message>
    <message>
        <source>✔ Signatures valid.</source>
        <translation>✔ Underskrifterna är giltiga.</translation>
    </message>
    <message>
        <source>✘ Signatures NOT valid.</source>
        <translation>✘ Underskrifterna är INTE giltiga.</translation>
    </message>
    <message>
        <source>There is no document to print.</source>
        <translation>Det finns ingen handling att skriva ut.</translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation>Skrivaren kunde inte startas.</translation>
    </message>
    <message>
        <source>Page %1 of the PDF is damaged and cannot be shown.</source>
        <translation>Sidan %1 i PDF-filen är skadad och kan inte visas.</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>Edit Person – %1</source>
        <translation>Redigera person – %1</translation>
    </message>
    <message>
        <source>New Person</source>
        <translation>Ny person</translation>
    </message>
    <message>
        <source>e.g. yrittäjä, kunnanjohtaja</source>
        <translation>t.ex. företagare, kommundirektör</translation>
    </message>
    <message>
        <source>An official&apos;s title is printed with their name in the agenda and the minutes.</source>
        <translation>En tjänsteinnehavares titel skrivs ut med namnet i föredragningslistan och protokollet.</translation>
    </message>
    <message>
        <source>for invitations, e.g. aino.makela@example.fi</source>
        <translation>för kallelser, t.ex. aino.makela@example.fi</translation>
    </message>
    <message>
        <source>&amp;Given name:</source>
        <translation>&amp;Förnamn:</translation>
    </message>
    <message>
        <source>&amp;Family name:</source>
        <translation>&amp;Efternamn:</translation>
    </message>
    <message>
        <source>&amp;Title or occupation:</source>
        <translation>&amp;Titel eller yrke:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>E-&amp;post:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Telefon:</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Spara</translation>
    </message>
    <message>
        <source>Add Person</source>
        <translation>Lägg till person</translation>
    </message>
    <message>
        <source>Give the person&apos;s family name.</source>
        <translation>Ange personens efternamn.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail address.</source>
        <translation>&quot;%1&quot; är ingen e-postadress.</translation>
    </message>
</context>
<context>
    <name>PersonPicker</name>
    <message>
        <source>New Person…</source>
        <translation>Ny person…</translation>
    </message>
    <message>
        <source>Type to find a person</source>
        <translation>Skriv för att hitta en person</translation>
    </message>
    <message>
        <source>Adds a person to the store and chooses them here</source>
        <translation>Lägger till en person i arkivet och väljer hen här</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ingen)</translation>
    </message>
</context>
<context>
    <name>Pq</name>
    <message>
        <source>PostgreSQL&apos;s client library (libpq.so.5) could not be loaded: %1. Install Debian&apos;s package libpq5 to open a store on a server.</source>
        <translation>PostgreSQL:s klientbibliotek (libpq.so.5) kunde inte läsas in: %1. Installera Debians paket libpq5 för att öppna ett arkiv på en server.</translation>
    </message>
    <message>
        <source>PostgreSQL&apos;s client library (libpq.so.5) is too old: it has no %1. Install libpq5 of PostgreSQL 14 or later to open a store on a server.</source>
        <translation>PostgreSQL:s klientbibliotek (libpq.so.5) är för gammalt: det saknar %1. Installera libpq5 från PostgreSQL 14 eller senare för att öppna ett arkiv på en server.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Inställningar</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <source>The language of menus, buttons and messages. Documents keep the organisation&apos;s document language.</source>
        <translation>Språket i menyer, knappar och meddelanden. Handlingarna behåller organisationens dokumentspråk.</translation>
    </message>
    <message>
        <source>Certificate database</source>
        <translation>Certifikatdatabas</translation>
    </message>
    <message>
        <source>The NSS database that holds your signing certificates; empty for the default.</source>
        <translation>NSS-databasen som innehåller dina signeringscertifikat; lämna tomt för standard.</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Bläddra…</translation>
    </message>
    <message>
        <source>Choose the certificate database&apos;s folder</source>
        <translation>Välj certifikatdatabasens mapp</translation>
    </message>
    <message>
        <source>Certificate Database</source>
        <translation>Certifikatdatabas</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Språk:</translation>
    </message>
    <message>
        <source>&amp;Certificate database:</source>
        <translation>&amp;Certifikatdatabas:</translation>
    </message>
    <message>
        <source>A changed certificate database is used from the next start of Pykälä.</source>
        <translation>En ändrad certifikatdatabas används från nästa gång Pykälä startas.</translation>
    </message>
    <message>
        <source>Also to another computer, on a trusted network only</source>
        <translation>Även till en annan dator, bara i ett betrott nätverk</translation>
    </message>
    <message>
        <source>Send &amp;Test Message</source>
        <translation>Skicka &amp;testmeddelande</translation>
    </message>
    <message>
        <source>Through my mail program (xdg-email)</source>
        <translation>Via mitt e-postprogram (xdg-email)</translation>
    </message>
    <message>
        <source>Through a mail server (SMTP)</source>
        <translation>Via en e-postserver (SMTP)</translation>
    </message>
    <message>
        <source>Send invitations</source>
        <translation>Skicka kallelser</translation>
    </message>
    <message>
        <source>Mail server</source>
        <translation>E-postserver</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>TLS (usually port 465)</source>
        <translation>TLS (vanligen port 465)</translation>
    </message>
    <message>
        <source>STARTTLS (usually port 587)</source>
        <translation>STARTTLS (vanligen port 587)</translation>
    </message>
    <message>
        <source>None, unencrypted (a server on this computer)</source>
        <translation>Ingen, okrypterad (en server på den här datorn)</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Säkerhet</translation>
    </message>
    <message>
        <source>empty when the server needs no login</source>
        <translation>tomt om servern inte kräver inloggning</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Användarnamn</translation>
    </message>
    <message>
        <source>Kunnanhallitus</source>
        <translation>Kommunstyrelsen</translation>
    </message>
    <message>
        <source>Sender&apos;s name</source>
        <translation>Avsändarens namn</translation>
    </message>
    <message>
        <source>Sender&apos;s address</source>
        <translation>Avsändarens adress</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Time to wait for the server</source>
        <translation>Tid att vänta på servern</translation>
    </message>
    <message>
        <source>Test message</source>
        <translation>Testmeddelande</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>Send &amp;invitations:</source>
        <translation>Skicka &amp;kallelser:</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>Securit&amp;y:</source>
        <translation>Säker&amp;het:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Användarnamn:</translation>
    </message>
    <message>
        <source>Sender&apos;s &amp;name:</source>
        <translation>Avsändarens &amp;namn:</translation>
    </message>
    <message>
        <source>Sender&apos;s &amp;address:</source>
        <translation>Avsändarens a&amp;dress:</translation>
    </message>
    <message>
        <source>&amp;Wait for the server:</source>
        <translation>&amp;Vänta på servern:</translation>
    </message>
    <message>
        <source>The password is asked for when a message is sent and kept only until Pykälä is closed, never on disk.</source>
        <translation>Lösenordet efterfrågas när ett meddelande skickas och behålls bara tills Pykälä stängs, aldrig på disk.</translation>
    </message>
    <message>
        <source>Pykälä: test message</source>
        <translation>Pykälä: testmeddelande</translation>
    </message>
    <message>
        <source>Pykälä sent this message to try the mail server %1 (port %2, %3). If it arrived, invitations can be sent through this server.</source>
        <translation>Pykälä skickade det här meddelandet för att pröva e-postservern %1 (port %2, %3). Om det kom fram kan kallelser skickas via den här servern.</translation>
    </message>
    <message>
        <source>A test message was sent to %1: check that it arrived.</source>
        <translation>Ett testmeddelande skickades till %1: kontrollera att det kom fram.</translation>
    </message>
    <message>
        <source>The test message was not sent.</source>
        <translation>Testmeddelandet skickades inte.</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>Innehavare</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Utfärdare</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Giltigt till</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Nyckel</translation>
    </message>
    <message>
        <source>Certificates in the database</source>
        <translation>Certifikat i databasen</translation>
    </message>
    <message>
        <source>&amp;Import Certificate…</source>
        <translation>&amp;Importera certifikat…</translation>
    </message>
    <message>
        <source>Import a certificate with its private key from a PKCS#12 file (.p12 or .pfx)</source>
        <translation>Importera ett certifikat med dess privata nyckel från en PKCS#12-fil (.p12 eller .pfx)</translation>
    </message>
    <message>
        <source>Import Certificate</source>
        <translation>Importera certifikat</translation>
    </message>
    <message>
        <source>PKCS#12 files (*.p12 *.pfx);;All files (*)</source>
        <translation>PKCS#12-filer (*.p12 *.pfx);;Alla filer (*)</translation>
    </message>
    <message>
        <source>The password of %1:</source>
        <translation>Lösenordet för %1:</translation>
    </message>
    <message>
        <source>The password of the certificate database (empty when it has none; a new database gets this one):</source>
        <translation>Certifikatdatabasens lösenord (tomt om den saknar lösenord; en ny databas får detta):</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Uppdatera</translation>
    </message>
    <message>
        <source>List the certificates of the database in the field above</source>
        <translation>Lista certifikaten i databasen ovan</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Certifikat</translation>
    </message>
    <message>
        <source>%1 (not valid now)</source>
        <translation>%1 (inte giltigt nu)</translation>
    </message>
    <message>
        <source>yours, with its key</source>
        <translation>eget, med nyckel</translation>
    </message>
    <message>
        <source>no key</source>
        <translation>ingen nyckel</translation>
    </message>
    <message>
        <source>The database %1 holds no certificates yet.</source>
        <translation>Databasen %1 innehåller inga certifikat ännu.</translation>
    </message>
    <message numerus="yes">
        <source>The database %1 holds %n certificate(s).</source>
        <translation>
            <numerusform>Databasen %1 innehåller %n certifikat.</numerusform>
            <numerusform>Databasen %1 innehåller %n certifikat.</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported %1. %2</source>
        <translation>Importerade %1. %2</translation>
    </message>
</context>
<context>
    <name>Publication</name>
    <message>
        <source>Could not make the directory %1; check that it can be written.</source>
        <translation>Katalogen %1 kunde inte skapas; kontrollera att den går att skriva.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Det gick inte att skriva %1: %2</translation>
    </message>
    <message>
        <source>%1 is a file; publish into a directory.</source>
        <translation>%1 är en fil; publicera i en katalog.</translation>
    </message>
    <message>
        <source>Could not replace %1; check that it can be written.</source>
        <translation>Det gick inte att ersätta %1; kontrollera att den går att skriva.</translation>
    </message>
    <message>
        <source>its kind (.%1) is not one that is published as it is</source>
        <translation>dess typ (.%1) publiceras inte som sådan</translation>
    </message>
    <message>
        <source>its content is not plain text</source>
        <translation>dess innehåll är inte ren text</translation>
    </message>
    <message>
        <source>its content is not the .%1 its name says</source>
        <translation>dess innehåll är inte den .%1-fil som namnet anger</translation>
    </message>
    <message>
        <source>%1 already holds files that are not an earlier publication of this meeting&apos;s organisation (it has no %2). Nothing was changed: publish into a new or empty directory.</source>
        <translation>%1 innehåller redan filer som inte är en tidigare publicering av sammanträdets organisation (den har ingen %2). Ingenting ändrades: publicera i en ny eller tom katalog.</translation>
    </message>
    <message>
        <source>%1 holds a publication of %2, not of %3. Nothing was changed: publish into another directory.</source>
        <translation>%1 innehåller en publicering av %2, inte av %3. Ingenting ändrades: publicera i en annan katalog.</translation>
    </message>
    <message>
        <source>Attachment %1 of %2, &quot;%3&quot;, cannot be published: %4. A browser could run it at the publication&apos;s address. Publish it as PDF, an image, plain text or an office document, or make it not public. Nothing was published.</source>
        <translation>Bilaga %1 till %2, &quot;%3&quot;, kan inte publiceras: %4. En webbläsare kunde köra den på publiceringens adress. Publicera den som PDF, bild, ren text eller kontorsdokument, eller gör den icke-offentlig. Ingenting publicerades.</translation>
    </message>
    <message>
        <source>%1 is in progress: its public minutes are published once the meeting is closed and its minutes are checked.</source>
        <translation>Sammanträdet %1 pågår: dess offentliga protokoll publiceras när sammanträdet har avslutats och protokollet justerats.</translation>
    </message>
    <message>
        <source>The minutes of %1 have not been checked: record the day they were checked (on the meeting page, or &apos;pykala-cli publication &quot;%1&quot; --checked DATE&apos;) before publishing them.</source>
        <translation>Protokollet från %1 har inte justerats: anteckna justeringsdagen (på sammanträdets sida eller med &apos;pykala-cli publication &quot;%1&quot; --checked DATUM&apos;) innan det publiceras.</translation>
    </message>
    <message>
        <source>The minutes of %1 are signed electronically and have not been signed yet: publish them once every signature is in.</source>
        <translation>Protokollet från %1 undertecknas elektroniskt och har ännu inte undertecknats: publicera det när alla underskrifter finns.</translation>
    </message>
    <message>
        <source>The minutes of %1 are signed electronically and have %2 of their %3 signatures: publish them once every signature is in.</source>
        <translation>Protokollet från %1 undertecknas elektroniskt och har %2 av sina %3 underskrifter: publicera det när alla underskrifter finns.</translation>
    </message>
    <message>
        <source>Could not write %1; check that it can be written.</source>
        <translation>%1 kunde inte skrivas; kontrollera att den går att skriva.</translation>
    </message>
    <message>
        <source>The store has no organisation yet: set it with &apos;pykala-cli organisation --name NAME&apos; before publishing.</source>
        <translation>Arkivet har ännu ingen organisation: ange den med &apos;pykala-cli organisation --name NAMN&apos; innan du publicerar.</translation>
    </message>
    <message>
        <source>Publishing was cancelled; the site was left as it was.</source>
        <translation>Publiceringen avbröts; webbplatsen lämnades som den var.</translation>
    </message>
</context>
<context>
    <name>PublishDialog</name>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Bläddra…</translation>
    </message>
    <message>
        <source>Choose the folder</source>
        <translation>Välj mappen</translation>
    </message>
    <message>
        <source>Choose the folder to write into.</source>
        <translation>Välj mappen som det ska skrivas i.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist; choose another.</source>
        <translation>Mappen %1 finns inte; välj en annan.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be written to; choose another.</source>
        <translation>Det går inte att skriva i mappen %1; välj en annan.</translation>
    </message>
    <message>
        <source>&amp;Open Folder</source>
        <translation>&amp;Öppna mappen</translation>
    </message>
    <message>
        <source>&amp;Publish</source>
        <translation>&amp;Publicera</translation>
    </message>
    <message>
        <source>Publish %1</source>
        <translation>Publicera %1</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Mapp</translation>
    </message>
    <message>
        <source>Publication&apos;s folder</source>
        <translation>Publikationens mapp</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <source>The public agenda and minutes of %1 as web pages and PDF/A files, with the public attachments and an index page.</source>
        <translation>Den offentliga föredragningslistan och det offentliga protokollet för %1 som webbsidor och PDF/A-filer, med de offentliga bilagorna och en indexsida.</translation>
    </message>
    <message>
        <source>The public agenda of %1 as a web page and a PDF/A file, with the public attachments and an index page.</source>
        <translation>Den offentliga föredragningslistan för %1 som webbsida och PDF/A-fil, med de offentliga bilagorna och en indexsida.</translation>
    </message>
    <message>
        <source>Confidential items show only their title and legal basis, and text marked as personal data is left out. An earlier publication in the folder is replaced; a folder holding anything else is left alone.</source>
        <translation>Av sekretessbelagda ärenden visas bara rubriken och sekretessgrunden, och text som markerats som personuppgifter utelämnas. En tidigare publikation i mappen ersätts; en mapp med annat innehåll lämnas orörd.</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Mapp:</translation>
    </message>
    <message>
        <source>Folder for the Publication</source>
        <translation>Mapp för publikationen</translation>
    </message>
    <message>
        <source>Publication&apos;s f&amp;older:</source>
        <translation>Publikationens m&amp;app:</translation>
    </message>
    <message>
        <source>Written as:</source>
        <translation>Skrivs som:</translation>
    </message>
    <message>
        <source>Name the publication&apos;s own folder, such as %1.</source>
        <translation>Ge publikationens egen mapp ett namn, t.ex. %1.</translation>
    </message>
    <message>
        <source>The meeting is no longer in the store.</source>
        <translation>Sammanträdet finns inte längre i arkivet.</translation>
    </message>
    <message>
        <source>Writing the public version…</source>
        <translation>Den offentliga versionen skrivs…</translation>
    </message>
    <message numerus="yes">
        <source>Published %n file(s) into %1.</source>
        <translation>
            <numerusform>Publicerade %n fil i %1.</numerusform>
            <numerusform>Publicerade %n filer i %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Add attachment %1</source>
        <translation>Lägg till bilaga %1</translation>
    </message>
    <message>
        <source>Remove attachment %1</source>
        <translation>Ta bort bilaga %1</translation>
    </message>
    <message>
        <source>Change publicity of %1</source>
        <translation>Ändra offentlighet för %1</translation>
    </message>
</context>
<context>
    <name>RecordPanel</name>
    <message>
        <source>No.</source>
        <translation>Nr</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Anteckning</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Anteckningar</translation>
    </message>
    <message>
        <source>Every event recorded, in order. A withdrawn event is struck through. The context menu (or Shift+F10) withdraws the chosen event; Ctrl+Z withdraws the last.</source>
        <translation>Alla anteckningar i ordning. En återkallad anteckning är överstruken. Snabbmenyn (eller Skift+F10) återkallar den valda; Ctrl+Z återkallar den senaste.</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>&amp;Anteckningar</translation>
    </message>
    <message>
        <source>Withdrawn (event %1): %2</source>
        <translation>Återkallad (anteckning %1): %2</translation>
    </message>
    <message>
        <source>%1 — withdrawn</source>
        <translation>%1 – återkallad</translation>
    </message>
    <message>
        <source>&amp;Withdraw…</source>
        <translation>Åter&amp;kalla…</translation>
    </message>
    <message>
        <source>Withdraw this event, recorded by mistake, with the reason; the record keeps both</source>
        <translation>Återkalla denna anteckning, gjord av misstag, med orsaken; båda bevaras</translation>
    </message>
    <message>
        <source>The meeting opened at %1</source>
        <translation>Mötet öppnades kl. %1</translation>
    </message>
    <message>
        <source>The meeting closed at %1</source>
        <translation>Mötet avslutades kl. %1</translation>
    </message>
    <message numerus="yes">
        <source>Attendance at the opening: %n present</source>
        <translation>
            <numerusform>Närvaro vid öppnandet: %n närvarande</numerusform>
            <numerusform>Närvaro vid öppnandet: %n närvarande</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 arrived by a remote connection at %3</source>
        <translation>%1: %2 anlände på distans kl. %3</translation>
    </message>
    <message>
        <source>%1: %2 arrived at %3</source>
        <translation>%1: %2 anlände kl. %3</translation>
    </message>
    <message>
        <source>%1: %2 left at %3</source>
        <translation>%1: %2 avlägsnade sig kl. %3</translation>
    </message>
    <message>
        <source>%1: %2 moved to a remote connection at %3</source>
        <translation>%1: %2 övergick till distansdeltagande kl. %3</translation>
    </message>
    <message>
        <source>%1: %2 moved to the meeting room at %3</source>
        <translation>%1: %2 kom till mötesplatsen kl. %3</translation>
    </message>
    <message>
        <source>%1: %2 disqualified (%3)</source>
        <translation>%1: %2 jävig (%3)</translation>
    </message>
    <message>
        <source>%1: %2 chosen to preside</source>
        <translation>%1: %2 valdes till ordförande</translation>
    </message>
    <message>
        <source>%1: %2 proposed rejecting the matter</source>
        <translation>%1: %2 föreslog att ärendet förkastas</translation>
    </message>
    <message>
        <source>%1: %2 proposed tabling the matter</source>
        <translation>%1: %2 föreslog bordläggning</translation>
    </message>
    <message>
        <source>%1: %2 proposed returning the matter for preparation</source>
        <translation>%1: %2 föreslog återremiss</translation>
    </message>
    <message>
        <source>%1: %2 made a counter-proposal</source>
        <translation>%1: %2 lade ett motförslag</translation>
    </message>
    <message>
        <source>%1: “%2”</source>
        <translation>%1: ”%2”</translation>
    </message>
    <message>
        <source>%1: %2 seconded the proposal %3</source>
        <translation>%1: %2 understödde förslaget %3</translation>
    </message>
    <message>
        <source>%1: the base proposal was amended</source>
        <translation>%1: grundförslaget ändrades</translation>
    </message>
    <message>
        <source>%1: the base proposal was withdrawn</source>
        <translation>%1: grundförslaget återtogs</translation>
    </message>
    <message>
        <source>%1: for information</source>
        <translation>%1: för kännedom</translation>
    </message>
    <message>
        <source>%1: the voting order was set</source>
        <translation>%1: omröstningsordningen fastställdes</translation>
    </message>
    <message>
        <source>%1: a majority of %2/%3 is required</source>
        <translation>%1: en majoritet på %2/%3 krävs</translation>
    </message>
    <message>
        <source>%1: a vote, %2 yes, %3 no, %4 blank</source>
        <translation>%1: omröstning, ja %2, nej %3, blank %4</translation>
    </message>
    <message>
        <source>%1: a vote on the proposal %5, %2 yes, %3 no, %4 blank</source>
        <translation>%1: omröstning om förslaget %5, ja %2, nej %3, blank %4</translation>
    </message>
    <message numerus="yes">
        <source>%1: an election of %n seat(s)</source>
        <translation>
            <numerusform>%1: val av %n plats</numerusform>
            <numerusform>%1: val av %n platser</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 dissented</source>
        <translation>%1: %2 reserverade sig</translation>
    </message>
    <message>
        <source>Minute-checkers: %1</source>
        <translation>Protokolljusterare: %1</translation>
    </message>
    <message>
        <source>%1: the decision was recorded</source>
        <translation>%1: beslutet antecknades</translation>
    </message>
    <message>
        <source>Event %1 withdrawn: %2</source>
        <translation>Anteckning %1 återkallades: %2</translation>
    </message>
    <message>
        <source>%1: %2 seconded the proposal of %3</source>
        <translation>%1: %2 understödde %3s förslag</translation>
    </message>
</context>
<context>
    <name>RegisterWindow</name>
    <message>
        <source>Show &amp;ended memberships</source>
        <translation>Visa &amp;avslutade medlemskap</translation>
    </message>
    <message>
        <source>Register of Bodies and Members</source>
        <translation>Register över organ och ledamöter</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Register</translation>
    </message>
    <message>
        <source>Bodies</source>
        <translation>Organ</translation>
    </message>
    <message>
        <source>Add &amp;Body…</source>
        <translation>Lägg till &amp;organ…</translation>
    </message>
    <message>
        <source>Adds a body: a committee, a section…</source>
        <translation>Lägger till ett organ: en nämnd, en sektion…</translation>
    </message>
    <message>
        <source>Edit B&amp;ody…</source>
        <translation>&amp;Redigera organ…</translation>
    </message>
    <message>
        <source>Its names, kind, quorum, § numbering, signing, usual place and time</source>
        <translation>Dess namn, typ, beslutförhet, paragrafnumrering, undertecknande, vanliga plats och tid</translation>
    </message>
    <message>
        <source>&amp;Bodies</source>
        <translation>O&amp;rgan</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Roll</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Från</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Till</translation>
    </message>
    <message>
        <source>Members and officials</source>
        <translation>Ledamöter och tjänsteinnehavare</translation>
    </message>
    <message>
        <source>Add &amp;Member…</source>
        <translation>Lägg till &amp;ledamot…</translation>
    </message>
    <message>
        <source>A member, chair or vice chair with their personal deputy, or a deputy</source>
        <translation>En ledamot, ordförande eller vice ordförande med sin personliga ersättare, eller en ersättare</translation>
    </message>
    <message>
        <source>Add O&amp;fficial…</source>
        <translation>Lägg till &amp;tjänsteinnehavare…</translation>
    </message>
    <message>
        <source>The presenter (esittelijä) or the secretary of the body</source>
        <translation>Organets föredragande eller protokollförare</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>Redi&amp;gera…</translation>
    </message>
    <message>
        <source>Corrects the role, the member a deputy stands in for, or the dates</source>
        <translation>Rättar rollen, ledamoten som en ersättare ersätter, eller datumen</translation>
    </message>
    <message>
        <source>E&amp;nd…</source>
        <translation>A&amp;vsluta…</translation>
    </message>
    <message>
        <source>Ends the membership on its last day; its history stays</source>
        <translation>Avslutar medlemskapet på dess sista dag; historiken bevaras</translation>
    </message>
    <message>
        <source>&amp;Resignation…</source>
        <translation>Avs&amp;kedande och efterträdare…</translation>
    </message>
    <message>
        <source>The member leaves and a successor takes the seat from a given day</source>
        <translation>Ledamoten avgår och en efterträdare tar platsen från en viss dag</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>Ta &amp;bort</translation>
    </message>
    <message>
        <source>Removes a membership added by mistake</source>
        <translation>Tar bort ett medlemskap som lagts till av misstag</translation>
    </message>
    <message>
        <source>Change of &amp;Term…</source>
        <translation>Byte av &amp;mandatperiod…</translation>
    </message>
    <message>
        <source>Ends the memberships of the body on the old term&apos;s last day</source>
        <translation>Avslutar organets medlemskap på den gamla mandatperiodens sista dag</translation>
    </message>
    <message>
        <source>&amp;Import Members…</source>
        <translation>&amp;Importera ledamöter…</translation>
    </message>
    <message>
        <source>Adds members from a spreadsheet saved as CSV</source>
        <translation>Lägger till ledamöter från ett kalkylark sparat som CSV</translation>
    </message>
    <message>
        <source>Bodies and &amp;Members</source>
        <translation>Organ och &amp;ledamöter</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Förnamn</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Efternamn</translation>
    </message>
    <message>
        <source>Title or occupation</source>
        <translation>Titel eller yrke</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Persons</source>
        <translation>Personer</translation>
    </message>
    <message>
        <source>Add &amp;Person…</source>
        <translation>Lägg till &amp;person…</translation>
    </message>
    <message>
        <source>A member, a deputy or an official</source>
        <translation>En ledamot, en ersättare eller en tjänsteinnehavare</translation>
    </message>
    <message>
        <source>&amp;Edit Person…</source>
        <translation>R&amp;edigera person…</translation>
    </message>
    <message>
        <source>Names, title, e-mail and phone</source>
        <translation>Namn, titel, e-post och telefon</translation>
    </message>
    <message>
        <source>&amp;Persons</source>
        <translation>&amp;Personer</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Senaste ändring</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Members and officials of %1</source>
        <translation>Ledamöter och tjänsteinnehavare i %1</translation>
    </message>
    <message>
        <source>Add a body first: members belong to a body.</source>
        <translation>Lägg först till ett organ: ledamöter hör till ett organ.</translation>
    </message>
    <message>
        <source>personal deputy</source>
        <translation>personlig ersättare</translation>
    </message>
    <message>
        <source>personal deputy for %1</source>
        <translation>personlig ersättare för %1</translation>
    </message>
    <message>
        <source>Ended on %1</source>
        <translation>Upphörde %1</translation>
    </message>
    <message>
        <source>%1 was added.</source>
        <translation>%1 lades till.</translation>
    </message>
    <message>
        <source>Choose a body first.</source>
        <translation>Välj först ett organ.</translation>
    </message>
    <message>
        <source>%1 was saved.</source>
        <translation>%1 sparades.</translation>
    </message>
    <message>
        <source>Choose a person first.</source>
        <translation>Välj först en person.</translation>
    </message>
    <message>
        <source>The membership was added.</source>
        <translation>Medlemskapet lades till.</translation>
    </message>
    <message>
        <source>The official was added.</source>
        <translation>Tjänsteinnehavaren lades till.</translation>
    </message>
    <message>
        <source>Choose a membership first.</source>
        <translation>Välj först ett medlemskap.</translation>
    </message>
    <message>
        <source>The membership was saved.</source>
        <translation>Medlemskapet sparades.</translation>
    </message>
    <message>
        <source>The membership ends on %1.</source>
        <translation>Medlemskapet upphör %1.</translation>
    </message>
    <message>
        <source>Choose the membership of the member who leaves.</source>
        <translation>Välj medlemskapet för ledamoten som avgår.</translation>
    </message>
    <message>
        <source>Remove %1&apos;s membership (%2 from %3) as one added by mistake?

A membership that has come to an end is ended, not removed: once a meeting has been held while it ran, it cannot be removed.</source>
        <translation>Ta bort medlemskapet för %1 (%2 från %3) som tillagt av misstag?

Ett medlemskap som har upphört avslutas, det tas inte bort: när ett sammanträde har hållits medan det gällde kan det inte tas bort.</translation>
    </message>
    <message>
        <source>%1&apos;s membership was removed.</source>
        <translation>Medlemskapet för %1 togs bort.</translation>
    </message>
    <message numerus="yes">
        <source>%n membership(s) ended on %1. Add the new term&apos;s members, or import them with Import Members….</source>
        <translation>
            <numerusform>%n medlemskap upphörde %1. Lägg till den nya mandatperiodens ledamöter, eller importera dem med Importera ledamöter….</numerusform>
            <numerusform>%n medlemskap upphörde %1. Lägg till den nya mandatperiodens ledamöter, eller importera dem med Importera ledamöter….</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Certificates…</source>
        <translation>&amp;Certifikat…</translation>
    </message>
    <message>
        <source>The person&apos;s signing and encryption certificates</source>
        <translation>Personens certifikat för undertecknande och kryptering</translation>
    </message>
</context>
<context>
    <name>RescheduleDialog</name>
    <message>
        <source>Time and Place of %1</source>
        <translation>Tid och plats för %1</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Början</translation>
    </message>
    <message>
        <source>Planned end</source>
        <translation>Planerat slut</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Plats</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Sammanträdesform</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation>&amp;Början:</translation>
    </message>
    <message>
        <source>Planned &amp;end:</source>
        <translation>Planerat &amp;slut:</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Plats:</translation>
    </message>
    <message>
        <source>&amp;Mode:</source>
        <translation>Sammanträdes&amp;form:</translation>
    </message>
    <message>
        <source>The meeting has been convened: tell those invited of the change, e.g. by sending the invitation again.</source>
        <translation>Sammanträdet har sammankallats: meddela de kallade om ändringen, till exempel genom att skicka kallelsen på nytt.</translation>
    </message>
    <message>
        <source>The meeting keeps its number, so it stays within %1.</source>
        <translation>Sammanträdet behåller sitt nummer och stannar därför inom %1.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Spara</translation>
    </message>
    <message>
        <source>Give the meeting&apos;s place; the invitation and the minutes name it.</source>
        <translation>Ange sammanträdesplatsen; kallelsen och protokollet anger den.</translation>
    </message>
</context>
<context>
    <name>ReviewNotes</name>
    <message>
        <source>Your notes in %1 cannot be read: %2.</source>
        <translation>Dina anteckningar i %1 kan inte läsas: %2.</translation>
    </message>
    <message>
        <source>%1 is not a file of review notes, or it is damaged; it was left as it is and no notes are kept until it is moved away.</source>
        <translation>%1 är inte en fil med läsanteckningar, eller så är den skadad; den lämnades orörd och inga anteckningar sparas förrän den har flyttats bort.</translation>
    </message>
    <message>
        <source>Your notes in %1 were written by a newer version of Pykälä; open them with that version.</source>
        <translation>Dina anteckningar i %1 skrevs av en nyare version av Pykälä; öppna dem med den versionen.</translation>
    </message>
    <message>
        <source>%1 could not be removed.</source>
        <translation>%1 kunde inte tas bort.</translation>
    </message>
    <message>
        <source>Your notes cannot be saved in %1: %2. Move the package to a folder you can write to.</source>
        <translation>Dina anteckningar kan inte sparas i %1: %2. Flytta paketet till en mapp som du kan skriva i.</translation>
    </message>
    <message>
        <source>Your notes could not be saved in %1: %2.</source>
        <translation>Dina anteckningar kunde inte sparas i %1: %2.</translation>
    </message>
</context>
<context>
    <name>ReviewWindow</name>
    <message>
        <source>About this review</source>
        <translation>Om materialet som läses</translation>
    </message>
    <message>
        <source>Meeting package %1 for %2, made %3. It holds confidential items: keep it to yourself and do not pass it on.</source>
        <translation>Mötespaket %1 för %2, gjort %3. Det innehåller sekretessbelagda ärenden: håll det för dig själv och lämna inte vidare det.</translation>
    </message>
    <message>
        <source>%1 for %2 — Review</source>
        <translation>%1 för %2 — Läsläge</translation>
    </message>
    <message>
        <source>Public meeting package %1, made %2.</source>
        <translation>Offentligt mötespaket %1, gjort %2.</translation>
    </message>
    <message>
        <source>%1 (public) — Review</source>
        <translation>%1 (offentligt) — Läsläge</translation>
    </message>
    <message>
        <source>The store %1, opened for reading only.</source>
        <translation>Arkivet %1, öppnat endast för läsning.</translation>
    </message>
    <message>
        <source>%1 — Review</source>
        <translation>%1 — Läsläge</translation>
    </message>
    <message>
        <source>Meetings and items</source>
        <translation>Sammanträden och ärenden</translation>
    </message>
    <message>
        <source>The meetings to review and their agenda items</source>
        <translation>Sammanträdena som läses och ärendena på deras föredragningslistor</translation>
    </message>
    <message>
        <source>Agenda text</source>
        <translation>Föredragningslistans text</translation>
    </message>
    <message>
        <source>The selected item as the agenda presents it; select words to highlight them</source>
        <translation>Det valda ärendet så som föredragningslistan visar det; markera ord för att framhäva dem</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Bilagor</translation>
    </message>
    <message>
        <source>Press Enter to open the attachment</source>
        <translation>Tryck på Enter för att öppna bilagan</translation>
    </message>
    <message>
        <source>A&amp;ttachments</source>
        <translation>&amp;Bilagor</translation>
    </message>
    <message>
        <source>&amp;Open Attachment</source>
        <translation>&amp;Öppna bilaga</translation>
    </message>
    <message>
        <source>Opens the selected attachment</source>
        <translation>Öppnar den valda bilagan</translation>
    </message>
    <message>
        <source>My notes on this item</source>
        <translation>Mina anteckningar om ärendet</translation>
    </message>
    <message>
        <source>Kept on this computer only, saved as you type</source>
        <translation>Sparas endast på den här datorn, medan du skriver</translation>
    </message>
    <message>
        <source>My &amp;notes on this item</source>
        <translation>Mina a&amp;nteckningar om ärendet</translation>
    </message>
    <message>
        <source>My highlights</source>
        <translation>Mina markeringar</translation>
    </message>
    <message>
        <source>Press Enter to show the passage, Delete to remove the highlight</source>
        <translation>Enter visar stället, Delete tar bort markeringen</translation>
    </message>
    <message>
        <source>My &amp;highlights</source>
        <translation>Mina &amp;markeringar</translation>
    </message>
    <message>
        <source>Highlight &amp;Selection</source>
        <translation>Markera &amp;urvalet</translation>
    </message>
    <message>
        <source>&amp;Remove Highlight</source>
        <translation>&amp;Ta bort markering</translation>
    </message>
    <message>
        <source>&amp;Highlight Selection</source>
        <translation>&amp;Markera urvalet</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arkiv</translation>
    </message>
    <message>
        <source>&amp;Open for Review…</source>
        <translation>&amp;Öppna för läsning…</translation>
    </message>
    <message>
        <source>&amp;Agenda as PDF</source>
        <translation>&amp;Föredragningslistan som PDF</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Stäng</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Redigera</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopiera</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>Markera &amp;allt</translation>
    </message>
    <message>
        <source>The item is no longer in the store.</source>
        <translation>Ärendet finns inte längre i arkivet.</translation>
    </message>
    <message>
        <source>The meeting is no longer in the store.</source>
        <translation>Sammanträdet finns inte längre i arkivet.</translation>
    </message>
    <message>
        <source>Time: %1</source>
        <translation>Tid: %1</translation>
    </message>
    <message>
        <source>Place: %1</source>
        <translation>Plats: %1</translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Föredragningslista</translation>
    </message>
    <message>
        <source>my notes</source>
        <translation>mina anteckningar</translation>
    </message>
    <message>
        <source>Select an item to read it and to keep notes on it.</source>
        <translation>Välj ett ärende för att läsa det och göra anteckningar om det.</translation>
    </message>
    <message>
        <source>Case %1</source>
        <translation>Dnr %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Preparer: %1</source>
        <translation>Beredare: %1</translation>
    </message>
    <message>
        <source>The item is confidential: its content is not in a public package.</source>
        <translation>Ärendet är sekretessbelagt: dess innehåll finns inte i ett offentligt paket.</translation>
    </message>
    <message>
        <source>Presenter: %1</source>
        <translation>Föredragande: %1</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Förslag</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Beslut</translation>
    </message>
    <message>
        <source>(no attachments)</source>
        <translation>(inga bilagor)</translation>
    </message>
    <message>
        <source>%1 (no longer in the item)</source>
        <translation>%1 (finns inte längre i ärendet)</translation>
    </message>
    <message>
        <source>Select the words to highlight in an item&apos;s text first.</source>
        <translation>Markera först orden i ärendets text.</translation>
    </message>
    <message>
        <source>Select some words to highlight, not only spaces.</source>
        <translation>Markera några ord, inte bara mellanslag.</translation>
    </message>
    <message>
        <source>A highlight lies within one part of the item: its title, background, proposal or decision. Select less.</source>
        <translation>En markering ligger inom en del av ärendet: rubriken, beskrivningen, förslaget eller beslutet. Markera mindre.</translation>
    </message>
    <message>
        <source>That passage is no longer in the item.</source>
        <translation>Stället finns inte längre i ärendet.</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Inte sparat ännu</translation>
    </message>
    <message>
        <source>Saved on this computer</source>
        <translation>Sparat på den här datorn</translation>
    </message>
    <message>
        <source>Select a meeting first.</source>
        <translation>Välj först ett sammanträde.</translation>
    </message>
    <message>
        <source>Agenda %1</source>
        <translation>Föredragningslista %1</translation>
    </message>
    <message>
        <source>Open for Review</source>
        <translation>Öppna för läsning</translation>
    </message>
    <message>
        <source>Meeting packages (*.%1);;Pykälä stores (*.sqlite);;All files (*)</source>
        <translation>Mötespaket (*.%1);;Pykälä-arkiv (*.sqlite);;Alla filer (*)</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Läsläge</translation>
    </message>
    <message>
        <source>Your notes could not be saved: %1

Close anyway and lose the last change?</source>
        <translation>Dina anteckningar kunde inte sparas: %1

Stäng ändå och förlora den senaste ändringen?</translation>
    </message>
    <message>
        <source>Your notes and highlights are kept on this computer in %1, not in the package.</source>
        <translation>Dina anteckningar och markeringar sparas på den här datorn i %1, inte i paketet.</translation>
    </message>
    <message>
        <source>Your notes and highlights are kept on this computer in %1, not in the store.</source>
        <translation>Dina anteckningar och markeringar sparas på den här datorn i %1, inte i arkivet.</translation>
    </message>
    <message>
        <source>My notes on items no longer on this agenda</source>
        <translation>Mina anteckningar om ärenden som inte längre finns på denna föredragningslista</translation>
    </message>
    <message>
        <source>Open Package</source>
        <translation>Öppna paket</translation>
    </message>
    <message>
        <source>The package is opened with your key. Password of %1 (your certificate database or card):</source>
        <translation>Paketet öppnas med din nyckel. Lösenord för %1 (din certifikatdatabas eller ditt kort):</translation>
    </message>
    <message>
        <source>Expired Package</source>
        <translation>Utgånget paket</translation>
    </message>
    <message>
        <source>%1

Delete the package and your notes on it from this computer now?</source>
        <translation>%1

Radera paketet och dina anteckningar om det från den här datorn nu?</translation>
    </message>
    <message>
        <source>The expired package %1 and your notes on it were deleted.</source>
        <translation>Det utgångna paketet %1 och dina anteckningar om det raderades.</translation>
    </message>
    <message>
        <source>%1 could not be deleted; delete it yourself.</source>
        <translation>%1 kunde inte raderas; radera det själv.</translation>
    </message>
    <message>
        <source>It was encrypted for your key and signed by %1 (certificate from %2%3); it is read from memory and can be read until %4.</source>
        <translation>Det krypterades för din nyckel och undertecknades av %1 (certifikat från %2%3); det läses från minnet och kan läsas till %4.</translation>
    </message>
    <message>
        <source>, which your certificate database does not trust</source>
        <translation>, som din certifikatdatabas inte litar på</translation>
    </message>
    <message>
        <source>%1 (%2) cannot be shown from memory, and a member&apos;s package never writes its content to the disk. Ask the secretary for it as PDF.</source>
        <translation>%1 (%2) kan inte visas från minnet, och en ledamots paket skriver aldrig sitt innehåll på disken. Be sekreteraren om den som PDF.</translation>
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
        <translation>&amp;Ersätt mallen med detta namn</translation>
    </message>
    <message>
        <source>Save as Template</source>
        <translation>Spara som mall</translation>
    </message>
    <message>
        <source>The template keeps the item&apos;s title, task class, preparers, presenter, background, proposal, publicity, appeal instructions and recipients of extracts, for the meetings of %1. Its case, decision and attachments stay with this item.</source>
        <translation>Mallen sparar ärendets rubrik, uppgiftsklass, beredare, föredragande, redogörelse, beslutsförslag, offentlighet, besvärsanvisning och mottagare av utdrag, för mötena i %1. Diarienummer, beslut och bilagor stannar hos detta ärende.</translation>
    </message>
    <message>
        <source>Template name</source>
        <translation>Mallens namn</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Namn:</translation>
    </message>
    <message>
        <source>%1 Or tick &quot;Replace the template of this name&quot;.</source>
        <translation>%1 Eller kryssa för ”Ersätt mallen med detta namn”.</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <source>Search all minutes and agendas</source>
        <translation>Sök i alla protokoll och föredragningslistor</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Sök</translation>
    </message>
    <message>
        <source>Search results summary</source>
        <translation>Sammanfattning av sökresultaten</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Sökresultat</translation>
    </message>
    <message>
        <source>§ %1 %2</source>
        <translation>§ %1 %2</translation>
    </message>
    <message>
        <source>Nothing found for “%1”.</source>
        <translation>Inget hittades för ”%1”.</translation>
    </message>
    <message>
        <source>The %1 best matches, by meeting.</source>
        <translation>De %1 bästa träffarna, per sammanträde.</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es), by meeting.</source>
        <translation>
            <numerusform>%n träff, per sammanträde.</numerusform>
            <numerusform>%n träffar, per sammanträde.</numerusform>
        </translation>
    </message>
    <message>
        <source>Search in body</source>
        <translation>Sök i organets sammanträden</translation>
    </message>
    <message>
        <source>Only the meetings of this body</source>
        <translation>Endast detta organs sammanträden</translation>
    </message>
    <message>
        <source>Search in year</source>
        <translation>Sök i årets sammanträden</translation>
    </message>
    <message>
        <source>Only the meetings of this year</source>
        <translation>Endast detta års sammanträden</translation>
    </message>
    <message>
        <source>Order of the results</source>
        <translation>Träffarnas ordning</translation>
    </message>
    <message>
        <source>Best matches</source>
        <translation>Bästa träffarna först</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation>Nyaste först</translation>
    </message>
    <message>
        <source>All bodies</source>
        <translation>Alla organ</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>Alla år</translation>
    </message>
    <message>
        <source>The %1 newest matches, by meeting.</source>
        <translation>De %1 nyaste träffarna, per sammanträde.</translation>
    </message>
</context>
<context>
    <name>SendInvitationDialog</name>
    <message>
        <source>Send the Invitation of %1</source>
        <translation>Skicka kallelsen till %1</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Mottagare</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Ämne</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meddelande</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>No e-mail address, so not in the message: %1. Send them the invitation another way, or add their address to the register.</source>
        <translation>Ingen e-postadress och därför inte med i meddelandet: %1. Skicka kallelsen till dem på annat sätt eller lägg till deras adress i registret.</translation>
    </message>
    <message numerus="yes">
        <source>&amp;To (%n address(es)):</source>
        <translation>
            <numerusform>&amp;Till (%n adress):</numerusform>
            <numerusform>&amp;Till (%n adresser):</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>&amp;Ämne:</translation>
    </message>
    <message>
        <source>&amp;Message:</source>
        <translation>&amp;Meddelande:</translation>
    </message>
    <message>
        <source>Your mail program opens a new message with the public agenda attached; read it through and send it from there, then record the day with Convene… on the meeting&apos;s page.</source>
        <translation>Ditt e-postprogram öppnar ett nytt meddelande med den offentliga föredragningslistan bifogad. Läs igenom det och skicka det därifrån; anteckna sedan dagen med Sammankalla… på sammanträdets sida.</translation>
    </message>
    <message>
        <source>Open in Mail Program</source>
        <translation>Öppna i e-postprogrammet</translation>
    </message>
    <message>
        <source>Nobody invited has an e-mail address in the register, so there is no one to send the message to.</source>
        <translation>Ingen av de kallade har en e-postadress i registret, så det finns ingen att skicka meddelandet till.</translation>
    </message>
    <message>
        <source>Give the message a subject.</source>
        <translation>Ge meddelandet ett ämne.</translation>
    </message>
    <message>
        <source>Not in the message: %1. %2</source>
        <translation>Inte med i meddelandet: %1. %2</translation>
    </message>
    <message>
        <source>Each address receives a message of its own, with the public agenda attached, from %1 through the mail server %2; nobody sees the others&apos; addresses. Once it is sent, you can record the day the meeting was convened.</source>
        <translation>Varje adress får ett eget meddelande med den offentliga föredragningslistan bifogad, från %1 via e-postservern %2; ingen ser de andras adresser. När det har skickats kan du anteckna dagen då sammanträdet sammankallades.</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Skicka</translation>
    </message>
</context>
<context>
    <name>SendToDialog</name>
    <message>
        <source>Send to…</source>
        <translation>Skicka för behandling…</translation>
    </message>
    <message>
        <source>%1 %2/%3, %4</source>
        <translation>%1 %2/%3, %4</translation>
    </message>
    <message>
        <source>The next body&apos;s item of the same case is put last on the meeting&apos;s agenda, with the earlier handling and a proposal drafted from this decision for its presenter to finish.</source>
        <translation>Ärendet för nästa organ placeras sist på sammanträdets föredragningslista, med den tidigare behandlingen och ett förslag som utarbetats utifrån detta beslut och som föredraganden gör färdigt.</translation>
    </message>
    <message>
        <source>&amp;Meeting:</source>
        <translation>&amp;Sammanträde:</translation>
    </message>
    <message>
        <source>Prepare Item</source>
        <translation>Bered ärende</translation>
    </message>
    <message>
        <source>No meeting to come is planned after this one. Add the next body&apos;s meeting first (Meeting › New Meeting…).</source>
        <translation>Inget kommande sammanträde är planerat efter detta. Lägg först till nästa organs sammanträde (Sammanträde › Nytt sammanträde…).</translation>
    </message>
</context>
<context>
    <name>SetupAssistant</name>
    <message>
        <source>The business ID &quot;%1&quot; should be seven digits, a hyphen and a check digit, such as 0123456-2.</source>
        <translation>FO-numret &quot;%1&quot; ska vara sju siffror, ett bindestreck och en kontrollsiffra, till exempel 0123456-2.</translation>
    </message>
    <message>
        <source>The business ID %1 does not add up: its check digit is wrong. Copy it from the trade register (ytj.fi).</source>
        <translation>FO-numret %1 stämmer inte: kontrollsiffran är fel. Kopiera det från handelsregistret (ytj.fi).</translation>
    </message>
    <message>
        <source>New Store</source>
        <translation>Nytt arkiv</translation>
    </message>
    <message>
        <source>&amp;Create Store</source>
        <translation>&amp;Skapa arkiv</translation>
    </message>
    <message>
        <source>The Organisation</source>
        <translation>Organisationen</translation>
    </message>
    <message>
        <source>The municipality or joint authority whose meetings this store keeps. Its name heads every agenda and minutes.</source>
        <translation>Kommunen eller samkommunen vars sammanträden detta arkiv förvarar. Dess namn står överst i varje föredragningslista och protokoll.</translation>
    </message>
    <message>
        <source>e.g. Järvenrannan kunta</source>
        <translation>t.ex. Järvenrannan kunta</translation>
    </message>
    <message>
        <source>for Swedish documents, e.g. Järvenranta kommun</source>
        <translation>för svenska handlingar, t.ex. Järvenranta kommun</translation>
    </message>
    <message>
        <source>e.g. 0123456-2</source>
        <translation>t.ex. 0123456-2</translation>
    </message>
    <message>
        <source>The language of the documents of bodies that have none of their own.</source>
        <translation>Språket i handlingarna från organ som inte har ett eget.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ingen logotyp</translation>
    </message>
    <message>
        <source>Logo file</source>
        <translation>Logotypfil</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Bläddra…</translation>
    </message>
    <message>
        <source>Choose the logo image (PNG, JPEG or SVG, at most 1 MB)</source>
        <translation>Välj logotypbilden (PNG, JPEG eller SVG, högst 1 MB)</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>&amp;Töm</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Ingen logotyp</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logotyp</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.svg);;All files (*)</source>
        <translation>Bilder (*.png *.jpg *.jpeg *.svg);;Alla filer (*)</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>&amp;Namn:</translation>
    </message>
    <message>
        <source>&amp;Swedish name:</source>
        <translation>&amp;Svenskt namn:</translation>
    </message>
    <message>
        <source>B&amp;usiness ID:</source>
        <translation>&amp;FO-nummer:</translation>
    </message>
    <message>
        <source>&amp;Document language:</source>
        <translation>&amp;Dokumentspråk:</translation>
    </message>
    <message>
        <source>Logo:</source>
        <translation>Logotyp:</translation>
    </message>
    <message>
        <source>Registry and Appeals</source>
        <translation>Registratur och ändringssökande</translation>
    </message>
    <message>
        <source>Requests for rectification go to the registry (kirjaamo) and appeals to the administrative court: the appeal instructions of the minutes name both.</source>
        <translation>Omprövningsbegäran ställs till registraturen och besvär till förvaltningsdomstolen: protokollets besvärsanvisningar anger båda.</translation>
    </message>
    <message>
        <source>Järvenrannan kunta
Kirjaamo
Kunnantie 1</source>
        <translation>Järvenranta kommun
Registraturen
Kommunvägen 1</translation>
    </message>
    <message>
        <source>00100</source>
        <translation>00100</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Postnummer</translation>
    </message>
    <message>
        <source>e.g. Järvenranta</source>
        <translation>t.ex. Järvenranta</translation>
    </message>
    <message>
        <source>Locality</source>
        <translation>Postanstalt</translation>
    </message>
    <message>
        <source>e.g. kirjaamo@jarvenranta.fi</source>
        <translation>t.ex. registratur@jarvenranta.fi</translation>
    </message>
    <message>
        <source>(not chosen yet)</source>
        <translation>(inte vald ännu)</translation>
    </message>
    <message>
        <source>Registry&apos;s &amp;address:</source>
        <translation>Registraturens &amp;adress:</translation>
    </message>
    <message>
        <source>&amp;Postal code and locality:</source>
        <translation>&amp;Postnummer och postanstalt:</translation>
    </message>
    <message>
        <source>Registry&apos;s &amp;e-mail:</source>
        <translation>Registraturens &amp;e-post:</translation>
    </message>
    <message>
        <source>Administrative &amp;court:</source>
        <translation>Förvaltnings&amp;domstol:</translation>
    </message>
    <message>
        <source>The locality also dates the certifications of the minutes (&quot;Järvenranta 12.5.2026&quot;). All of this can be left for later, but minutes with appeal instructions cannot be made without it.</source>
        <translation>Postanstalten är också orten i protokollets intyg (&quot;Järvenranta 12.5.2026&quot;). Allt detta kan lämnas till senare, men protokoll med besvärsanvisning kan inte göras utan det.</translation>
    </message>
    <message>
        <source>Bodies</source>
        <translation>Organ</translation>
    </message>
    <message>
        <source>Tick the bodies the organisation has and check each one&apos;s settings; its short name names its meetings (KH 12/2026). Members are added later, in the register or from a spreadsheet.</source>
        <translation>Kryssa för organisationens organ och kontrollera vart och ett; förkortningen namnger sammanträdena (KH 12/2026). Ledamöterna läggs till senare, i registret eller från ett kalkylark.</translation>
    </message>
    <message>
        <source>Bodies to add</source>
        <translation>Organ som läggs till</translation>
    </message>
    <message>
        <source>&amp;Add Another Body</source>
        <translation>Lägg till &amp;ett annat organ</translation>
    </message>
    <message>
        <source>A body the templates lack, such as a section (jaosto)</source>
        <translation>Ett organ som mallarna saknar, till exempel en sektion</translation>
    </message>
    <message>
        <source>&amp;Bodies:</source>
        <translation>O&amp;rgan:</translation>
    </message>
    <message>
        <source>New body</source>
        <translation>Nytt organ</translation>
    </message>
    <message>
        <source>Create the Store</source>
        <translation>Skapa arkivet</translation>
    </message>
    <message>
        <source>Nothing has been written yet. Create Store makes the store file with all of this, in one transaction.</source>
        <translation>Inget har skrivits ännu. Skapa arkiv skapar arkivfilen med allt detta, i en enda transaktion.</translation>
    </message>
    <message>
        <source>What will be created</source>
        <translation>Vad som skapas</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kan inte läsas: %2</translation>
    </message>
    <message>
        <source>The logo is %1 kB; at most 1 MB is kept. Save a smaller image.</source>
        <translation>Logotypen är %1 kB; högst 1 MB sparas. Spara en mindre bild.</translation>
    </message>
    <message>
        <source>%1 is not an image Pykälä can read; choose a PNG, JPEG or SVG file.</source>
        <translation>%1 är ingen bild som Pykälä kan läsa; välj en PNG-, JPEG- eller SVG-fil.</translation>
    </message>
    <message>
        <source>Store file</source>
        <translation>Arkivfil</translation>
    </message>
    <message>
        <source>In Swedish: %1</source>
        <translation>På svenska: %1</translation>
    </message>
    <message>
        <source>Business ID: %1</source>
        <translation>FO-nummer: %1</translation>
    </message>
    <message>
        <source>Document language: %1</source>
        <translation>Handlingarnas språk: %1</translation>
    </message>
    <message>
        <source>Logo: %1</source>
        <translation>Logotyp: %1</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>No registry address yet</source>
        <translation>Ingen adress till registraturen ännu</translation>
    </message>
    <message>
        <source>No administrative court chosen yet</source>
        <translation>Ingen förvaltningsdomstol vald ännu</translation>
    </message>
    <message>
        <source>Registry and appeals</source>
        <translation>Registratur och ändringssökande</translation>
    </message>
    <message>
        <source>Bodies (%1)</source>
        <translation>Organ (%1)</translation>
    </message>
    <message>
        <source>None: add them later in the register.</source>
        <translation>Inga: lägg till dem senare i registret.</translation>
    </message>
    <message>
        <source>signed electronically</source>
        <translation>undertecknas elektroniskt</translation>
    </message>
    <message>
        <source>signed on paper</source>
        <translation>undertecknas på papper</translation>
    </message>
    <message>
        <source>Then add the members and officials of each body in Edit › Register of Bodies and Members…, or import them from a spreadsheet with File › Import Members….</source>
        <translation>Lägg sedan till varje organs ledamöter och tjänsteinnehavare under Redigera › Register över organ och ledamöter…, eller importera dem från ett kalkylark med Arkiv › Importera ledamöter….</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Give the organisation&apos;s name.</source>
        <translation>Ange organisationens namn.</translation>
    </message>
    <message>
        <source>The postal code &quot;%1&quot; should be five digits.</source>
        <translation>Postnumret &quot;%1&quot; ska vara fem siffror.</translation>
    </message>
    <message>
        <source>Give both the postal code and the locality, or neither.</source>
        <translation>Ange både postnummer och postanstalt, eller ingendera.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail address.</source>
        <translation>&quot;%1&quot; är ingen e-postadress.</translation>
    </message>
    <message>
        <source>Give each body ticked its name.</source>
        <translation>Ge varje förkryssat organ ett namn.</translation>
    </message>
    <message>
        <source>Give %1 a short name, such as KH: it names the meetings.</source>
        <translation>Ge %1 en förkortning, till exempel KH: den namnger sammanträdena.</translation>
    </message>
    <message>
        <source>%1 and %2 have the same short name %3; each body needs its own.</source>
        <translation>%1 och %2 har samma förkortning %3; varje organ behöver en egen.</translation>
    </message>
    <message>
        <source>%1 exists already, and a new store never replaces a file. Cancel and choose another name.</source>
        <translation>%1 finns redan, och ett nytt arkiv ersätter aldrig en fil. Avbryt och välj ett annat namn.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Nothing was created: %1</source>
        <translation>Inget skapades: %1</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Kortkommandon</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tangenter</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Kortkommandon</translation>
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
        <translation>Certifikatet ”%1” med sin nyckel kan inte användas: lösenordet kan vara fel, tokenet inte isatt eller certifikatet saknas i databasen. &apos;pykala-cli certs&apos; listar de användbara.</translation>
    </message>
    <message>
        <source>The certificate &quot;%1&quot; is valid from %2 to %3, not today: it cannot sign.</source>
        <translation>Certifikatet ”%1” gäller %2–%3, inte i dag: det kan inte underteckna.</translation>
    </message>
    <message>
        <source>Write the signed document to another file than %1.</source>
        <translation>Skriv den undertecknade handlingen till en annan fil än %1.</translation>
    </message>
    <message>
        <source>%1 is not a PDF document that can be read.</source>
        <translation>%1 är inte en läsbar PDF-handling.</translation>
    </message>
    <message>
        <source>%1 is encrypted; signed minutes are never encrypted.</source>
        <translation>%1 är krypterad; undertecknade protokoll krypteras aldrig.</translation>
    </message>
    <message>
        <source>The document already has %1 signatures, all the signature page has room for.</source>
        <translation>Handlingen har redan %1 underskrifter, så många som underskriftssidan rymmer.</translation>
    </message>
    <message>
        <source>Signing with &quot;%1&quot; failed: the password is wrong, the key cannot be used, or %2 cannot be written.</source>
        <translation>Underskriften med ”%1” misslyckades: lösenordet är fel, nyckeln kan inte användas eller %2 kan inte skrivas.</translation>
    </message>
    <message>
        <source>The signed document did not verify, so it was not kept: %1</source>
        <translation>Den undertecknade handlingen klarade inte verifieringen och behölls därför inte: %1</translation>
    </message>
    <message>
        <source>Could not replace %1.</source>
        <translation>Det gick inte att ersätta %1.</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>Det gick inte att skriva %1.</translation>
    </message>
</context>
<context>
    <name>SigningDialog</name>
    <message>
        <source>&amp;Sign</source>
        <translation>&amp;Underteckna</translation>
    </message>
    <message>
        <source>Sign the Minutes – %1</source>
        <translation>Underteckna protokollet – %1</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Certifikat</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Utfärdare</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Giltigt till</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Certifikat</translation>
    </message>
    <message>
        <source>Password or PIN</source>
        <translation>Lösenord eller PIN</translation>
    </message>
    <message>
        <source>Of the certificate database or the card</source>
        <translation>Till certifikatdatabasen eller kortet</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>Underskrifter</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meddelande</translation>
    </message>
    <message>
        <source>&amp;Password or PIN:</source>
        <translation>&amp;Lösenord eller PIN:</translation>
    </message>
    <message>
        <source>&amp;Certificate (database %1)</source>
        <translation>&amp;Certifikat (databas %1)</translation>
    </message>
    <message>
        <source>Si&amp;gnatures on the minutes</source>
        <translation>Protokollets under&amp;skrifter</translation>
    </message>
    <message>
        <source>%1 (not valid now)</source>
        <translation>%1 (inte giltigt nu)</translation>
    </message>
    <message>
        <source>Give the password or PIN of your certificate database or card, and press Enter to see your certificates.</source>
        <translation>Ange lösenordet eller PIN-koden till din certifikatdatabas eller ditt kort och tryck på Enter för att se dina certifikat.</translation>
    </message>
    <message>
        <source>No certificate with a private key could be read: the password or PIN may be wrong, or the database has none (import one with &apos;pykala-cli import-cert FILE.p12&apos;, or insert your card).</source>
        <translation>Inget certifikat med privat nyckel kunde läsas: lösenordet eller PIN-koden kan vara fel, eller så har databasen inga (importera ett med &apos;pykala-cli import-cert FIL.p12&apos; eller sätt in ditt kort).</translation>
    </message>
    <message>
        <source>The meeting has not been closed: its minutes cannot be signed yet.</source>
        <translation>Sammanträdet har inte avslutats: protokollet kan inte undertecknas ännu.</translation>
    </message>
    <message numerus="yes">
        <source>All %n signature(s) are in: the minutes are complete.</source>
        <translation>
            <numerusform>Underskriften (%n av %n) är gjord: protokollet är färdigt.</numerusform>
            <numerusform>Alla %n underskrifter är gjorda: protokollet är färdigt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Signed %1 of %2. Next to sign: %3.</source>
        <translation>Undertecknat %1 av %2. Nästa att underteckna: %3.</translation>
    </message>
    <message>
        <source>The signed minutes could not be verified: %1</source>
        <translation>Det undertecknade protokollet kunde inte verifieras: %1</translation>
    </message>
    <message>
        <source>%1. %2 — %3, %4: %5</source>
        <translation>%1. %2 — %3, %4: %5</translation>
    </message>
    <message>
        <source>%1. %2 — not signed yet</source>
        <translation>%1. %2 — inte undertecknat ännu</translation>
    </message>
    <message>
        <source>Choose a certificate that is valid today.</source>
        <translation>Välj ett certifikat som är giltigt i dag.</translation>
    </message>
    <message>
        <source>The meeting is no longer in the store.</source>
        <translation>Sammanträdet finns inte längre i arkivet.</translation>
    </message>
    <message>
        <source>Signed and verified: %1</source>
        <translation>Undertecknat och verifierat: %1</translation>
    </message>
    <message>
        <source>Registered for</source>
        <translation>Registrerat för</translation>
    </message>
    <message>
        <source>not registered</source>
        <translation>inte registrerat</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>The minutes are not signed yet. The first signature makes them from the record and freezes it: nothing of this meeting can change afterwards. First to sign: %1.</source>
        <translation>Protokollet är inte undertecknat ännu. Den första underskriften gör det av anteckningarna och låser dem: inget i mötet kan ändras efteråt. Först undertecknar: %1.</translation>
    </message>
</context>
<context>
    <name>SiteDialog</name>
    <message>
        <source>&amp;Publish</source>
        <translation>&amp;Publicera</translation>
    </message>
    <message>
        <source>Publish the Site</source>
        <translation>Publicera webbplatsen</translation>
    </message>
    <message>
        <source>The folder the web server serves</source>
        <translation>Mappen som webbservern visar</translation>
    </message>
    <message>
        <source>Site&apos;s folder</source>
        <translation>Webbplatsens mapp</translation>
    </message>
    <message>
        <source>Site&apos;s address</source>
        <translation>Webbplatsens adress</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <source>Every convened meeting&apos;s public agenda, and its public minutes from the day they are published, as web pages and PDF/A files with the public attachments; a front page; and the open data: an OParl 1.1 interface, the same in the shapes of the 6Aika open decision API, and an Atom feed of the minutes.</source>
        <translation>Varje sammankallat sammanträdes offentliga föredragningslista och, från publiceringsdagen, dess offentliga protokoll som webbsidor och PDF/A-filer med de offentliga bilagorna; en startsida; och öppna data: ett OParl 1.1-gränssnitt, detsamma i formen av 6Aika-städernas öppna beslutsgränssnitt och ett Atom-flöde av protokollen.</translation>
    </message>
    <message>
        <source>Confidential items show only their title and legal basis, and text marked as personal data is left out. The folder is replaced whole: choose an empty folder or an earlier site. A meeting whose content did not change keeps its PDF files.</source>
        <translation>Av sekretessbelagda ärenden visas bara rubriken och sekretessgrunden, och text som märkts som personuppgifter utelämnas. Mappen ersätts helt: välj en tom mapp eller en tidigare webbplats. Ett sammanträde vars innehåll inte ändrats behåller sina PDF-filer.</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Mapp:</translation>
    </message>
    <message>
        <source>Site&apos;s Folder</source>
        <translation>Webbplatsens mapp</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adress:</translation>
    </message>
    <message>
        <source>The address the folder is served at: the open data&apos;s links start with it.</source>
        <translation>Adressen där mappen visas på webben: de öppna datas länkar börjar med den.</translation>
    </message>
    <message>
        <source>Choose the site&apos;s folder: an empty folder, or the folder of an earlier site.</source>
        <translation>Välj webbplatsens mapp: en tom mapp eller en tidigare webbplats mapp.</translation>
    </message>
    <message>
        <source>Meeting %1 of %2</source>
        <translation>Sammanträde %1 av %2</translation>
    </message>
    <message>
        <source>Publishing the site…</source>
        <translation>Webbplatsen publiceras…</translation>
    </message>
    <message numerus="yes">
        <source>Published %n meeting(s) into %1; %2 laid out anew.</source>
        <translation>
            <numerusform>Publicerade %n sammanträde i %1; %2 ombrutna.</numerusform>
            <numerusform>Publicerade %n sammanträden i %1; %2 ombrutna.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SmtpClient</name>
    <message>
        <source>Give the mail server (SMTP) that sends the messages, such as smtp.kunta.fi.</source>
        <translation>Ange e-postservern (SMTP) som skickar meddelandena, till exempel smtp.kunta.fi.</translation>
    </message>
    <message>
        <source>“%1” is not the name of a mail server such as smtp.kunta.fi.</source>
        <translation>”%1” är inte namnet på en e-postserver som smtp.kunta.fi.</translation>
    </message>
    <message>
        <source>The mail server&apos;s port must be from 1 to 65535, not %1.</source>
        <translation>E-postserverns port ska vara från 1 till 65535, inte %1.</translation>
    </message>
    <message>
        <source>The time to wait for the mail server must be from 1 to 3600 seconds, not %1.</source>
        <translation>Tiden att vänta på e-postservern ska vara från 1 till 3600 sekunder, inte %1.</translation>
    </message>
    <message>
        <source>Give the sender&apos;s e-mail address: the messages are sent from it.</source>
        <translation>Ange avsändarens e-postadress: meddelandena skickas från den.</translation>
    </message>
    <message>
        <source>The sender&apos;s address cannot be used: %1</source>
        <translation>Avsändarens adress kan inte användas: %1</translation>
    </message>
    <message>
        <source>Sending to %1 without encryption would show the messages, and any password, to everyone on the way. Choose TLS or STARTTLS, or allow an unencrypted connection explicitly if the network to the server is trusted.</source>
        <translation>Att skicka till %1 utan kryptering skulle visa meddelandena, och ett eventuellt lösenord, för alla på vägen. Välj TLS eller STARTTLS, eller tillåt en okrypterad anslutning uttryckligen om nätverket till servern är betrott.</translation>
    </message>
    <message>
        <source>The mail could not be sent: libcurl could not be started.</source>
        <translation>Posten kunde inte skickas: libcurl kunde inte startas.</translation>
    </message>
    <message>
        <source>The mail server %1 was not found: the name does not resolve. Check the server&apos;s name and the network connection.</source>
        <translation>E-postservern %1 hittades inte: namnet kan inte slås upp. Kontrollera serverns namn och nätverksanslutningen.</translation>
    </message>
    <message>
        <source>The mail server %1 could not be reached on port %2 (%3). Check the server and the port, and the network connection.</source>
        <translation>E-postservern %1 kunde inte nås på port %2 (%3). Kontrollera servern och porten samt nätverksanslutningen.</translation>
    </message>
    <message>
        <source>The mail server %1 did not answer on port %2 within %3 seconds. Check the server and the port; a server that takes TLS from the start (usually port 465) needs the security TLS.</source>
        <translation>E-postservern %1 svarade inte på port %2 inom %3 sekunder. Kontrollera servern och porten; en server som använder TLS från början (vanligen port 465) behöver säkerheten TLS.</translation>
    </message>
    <message>
        <source>The mail server %1 does not offer STARTTLS on port %2, so nothing was sent unencrypted. Choose TLS if the server takes it from the start (usually port 465), or ask the server&apos;s administrator.</source>
        <translation>E-postservern %1 erbjuder inte STARTTLS på port %2, så ingenting skickades okrypterat. Välj TLS om servern använder det från början (vanligen port 465), eller fråga serverns administratör.</translation>
    </message>
    <message>
        <source>The certificate of the mail server %1 could not be verified (%2), so nothing was sent: the server may not be the one named. Check the server&apos;s name, or ask its administrator.</source>
        <translation>Certifikatet för e-postservern %1 kunde inte verifieras (%2), så ingenting skickades: servern kanske inte är den som angetts. Kontrollera serverns namn eller fråga dess administratör.</translation>
    </message>
    <message>
        <source>No encrypted (TLS) connection could be made with the mail server %1 on port %2 (%3). Check the security: port 465 usually takes TLS, port 587 STARTTLS.</source>
        <translation>Ingen krypterad (TLS) anslutning kunde upprättas med e-postservern %1 på port %2 (%3). Kontrollera säkerheten: port 465 använder vanligen TLS, port 587 STARTTLS.</translation>
    </message>
    <message>
        <source>The mail server %1 did not accept a login as %2 (%3): check the user name and the password.</source>
        <translation>E-postservern %1 godtog inte en inloggning som %2 (%3): kontrollera användarnamnet och lösenordet.</translation>
    </message>
    <message>
        <source>The mail server %1 refused the login as %2 (“%3”): check the user name and the password.</source>
        <translation>E-postservern %1 avvisade inloggningen som %2 (”%3”): kontrollera användarnamnet och lösenordet.</translation>
    </message>
    <message>
        <source>The mail server refused the address %1: “%2”.</source>
        <translation>E-postservern avvisade adressen %1: ”%2”.</translation>
    </message>
    <message>
        <source>The mail server refused the message to %1: “%2”.</source>
        <translation>E-postservern avvisade meddelandet till %1: ”%2”.</translation>
    </message>
    <message>
        <source>The mail server %1 wants a login before it sends (“%2”): give the user name.</source>
        <translation>E-postservern %1 kräver inloggning innan den skickar (”%2”): ange användarnamnet.</translation>
    </message>
    <message>
        <source>The mail server %1 wants a login but offered none on this connection (“%2”): choose STARTTLS or TLS.</source>
        <translation>E-postservern %1 kräver inloggning men erbjöd ingen på den här anslutningen (”%2”): välj STARTTLS eller TLS.</translation>
    </message>
    <message>
        <source>The mail server %1 refused the sender&apos;s address %2 (“%3”). Check the sender&apos;s address: many servers send only from the address of the user logged in.</source>
        <translation>E-postservern %1 avvisade avsändarens adress %2 (”%3”). Kontrollera avsändarens adress: många servrar skickar bara från den inloggade användarens adress.</translation>
    </message>
    <message>
        <source>The mail server %1 refused to send (“%2”).</source>
        <translation>E-postservern %1 vägrade skicka (”%2”).</translation>
    </message>
    <message>
        <source>Sending through the mail server %1 failed: %2. Try again; if it fails again, check the server, the port and the security.</source>
        <translation>Att skicka via e-postservern %1 misslyckades: %2. Försök igen; om det misslyckas igen, kontrollera servern, porten och säkerheten.</translation>
    </message>
    <message>
        <source>The sending was stopped before this message.</source>
        <translation>Sändningen avbröts före det här meddelandet.</translation>
    </message>
    <message>
        <source>The mail could not be sent: the library libcurl.so.4 could not be loaded (%1). Install Debian&apos;s package libcurl4.</source>
        <translation>Posten kunde inte skickas: biblioteket libcurl.so.4 kunde inte läsas in (%1). Installera Debians paket libcurl4.</translation>
    </message>
    <message>
        <source>The mail could not be sent: the library libcurl.so.4 has no function %1. Reinstall Debian&apos;s package libcurl4.</source>
        <translation>Posten kunde inte skickas: biblioteket libcurl.so.4 saknar funktionen %1. Installera om Debians paket libcurl4.</translation>
    </message>
</context>
<context>
    <name>SmtpSending</name>
    <message>
        <source>Mail Server Password</source>
        <translation>E-postserverns lösenord</translation>
    </message>
    <message>
        <source>The password of %1 on the mail server %2. Pykälä keeps it until it is closed, and never on disk.</source>
        <translation>Lösenordet för %1 på e-postservern %2. Pykälä behåller det tills det stängs, och aldrig på disk.</translation>
    </message>
    <message>
        <source>Sending through %1…</source>
        <translation>Skickar via %1…</translation>
    </message>
    <message>
        <source>Sending to %1 (%2 of %3)…</source>
        <translation>Skickar till %1 (%2 av %3)…</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>The store is locked by another program. Close the other program or wait until it has finished, then try again.</source>
        <translation>Ärendearkivet är låst av ett annat program. Stäng det eller vänta tills det är klart och försök igen.</translation>
    </message>
    <message>
        <source>The store is read-only. Check the file&apos;s permissions.</source>
        <translation>Ärendearkivet är skrivskyddat. Kontrollera filens behörigheter.</translation>
    </message>
    <message>
        <source>The store could not be read or written (%1). Check the disk.</source>
        <translation>Ärendearkivet kunde inte läsas eller skrivas (%1). Kontrollera disken.</translation>
    </message>
    <message>
        <source>The store is damaged (%1). Run &apos;pykala-cli check&apos; and restore the store from a backup.</source>
        <translation>Ärendearkivet är skadat (%1). Kör &apos;pykala-cli check&apos; och återställ arkivet från en säkerhetskopia.</translation>
    </message>
    <message>
        <source>The disk is full. Free some space and try again.</source>
        <translation>Disken är full. Frigör utrymme och försök igen.</translation>
    </message>
    <message>
        <source>The change conflicts with the stored records (%1).</source>
        <translation>Ändringen strider mot de lagrade uppgifterna (%1).</translation>
    </message>
    <message>
        <source>The store reported an error: %1</source>
        <translation>Ärendearkivet rapporterade ett fel: %1</translation>
    </message>
    <message>
        <source>Qt&apos;s SQLite driver (QSQLITE) is not installed. Install the package libqt6sql6-sqlite and try again.</source>
        <translation>Qts SQLite-drivrutin (QSQLITE) är inte installerad. Installera paketet libqt6sql6-sqlite och försök igen.</translation>
    </message>
    <message>
        <source>%1 already exists; a new store is never written over an existing file. Choose another path.</source>
        <translation>%1 finns redan; ett nytt arkiv skrivs aldrig över en befintlig fil. Välj en annan sökväg.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Mappen %1 kan inte skapas.</translation>
    </message>
    <message>
        <source>There is no store at %1. Create one with &apos;pykala-cli init&apos;.</source>
        <translation>Det finns inget ärendearkiv i %1. Skapa ett med &apos;pykala-cli init&apos;.</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 är inte en fil.</translation>
    </message>
    <message>
        <source>Cannot read %1. Check the file&apos;s permissions.</source>
        <translation>Filen %1 kan inte läsas. Kontrollera behörigheterna.</translation>
    </message>
    <message>
        <source>%1 is not a Pykälä store (it is not an SQLite database). It was left untouched.</source>
        <translation>%1 är inte ett ärendearkiv för Pykälä (det är ingen SQLite-databas). Filen lämnades orörd.</translation>
    </message>
    <message>
        <source>The store %1 is damaged: the file is shorter than its header says, so it was probably truncated. Restore it from a backup.</source>
        <translation>Ärendearkivet %1 är skadat: filen är kortare än dess huvud anger, så den har troligen kapats. Återställ den från en säkerhetskopia.</translation>
    </message>
    <message>
        <source>Cannot open the store %1: %2</source>
        <translation>Ärendearkivet %1 kan inte öppnas: %2</translation>
    </message>
    <message>
        <source>%1 is an SQLite database but not a Pykälä store. It was left untouched.</source>
        <translation>%1 är en SQLite-databas men inget ärendearkiv för Pykälä. Filen lämnades orörd.</translation>
    </message>
    <message>
        <source>The store %1 was written by a newer version of Pykälä (schema %2; this version reads up to %3). Open it with the newer version. The store was left untouched.</source>
        <translation>Ärendearkivet %1 har skrivits av en nyare version av Pykälä (schema %2; denna version läser upp till %3). Öppna det med den nyare versionen. Arkivet lämnades orört.</translation>
    </message>
    <message>
        <source>The store %1 cannot use write-ahead logging (journal mode %2). Move it to a local disk.</source>
        <translation>Ärendearkivet %1 kan inte använda WAL-loggning (journalläge %2). Flytta det till en lokal disk.</translation>
    </message>
    <message>
        <source>Updating the store to schema %1 failed: %2</source>
        <translation>Uppdateringen av arkivet till schema %1 misslyckades: %2</translation>
    </message>
    <message>
        <source>The transaction has already ended.</source>
        <translation>Transaktionen har redan avslutats.</translation>
    </message>
    <message>
        <source>The organisation needs a name.</source>
        <translation>Organisationen behöver ett namn.</translation>
    </message>
    <message>
        <source>The logo&apos;s media type must be an image type, such as image/png.</source>
        <translation>Logotypens medietyp ska vara en bildtyp, som image/png.</translation>
    </message>
    <message>
        <source>A body needs a name.</source>
        <translation>Ett organ behöver ett namn.</translation>
    </message>
    <message>
        <source>The body&apos;s short name &quot;%1&quot; must be one word without &apos;/&apos;, such as KH.</source>
        <translation>Organets förkortning &quot;%1&quot; ska vara ett ord utan &apos;/&apos;, som KST.</translation>
    </message>
    <message>
        <source>There already is a body with the short name %1.</source>
        <translation>Det finns redan ett organ med förkortningen %1.</translation>
    </message>
    <message>
        <source>There is no body with id %1.</source>
        <translation>Det finns inget organ med id %1.</translation>
    </message>
    <message>
        <source>A person needs a family name.</source>
        <translation>En person behöver ett efternamn.</translation>
    </message>
    <message>
        <source>There is no person with id %1.</source>
        <translation>Det finns ingen person med id %1.</translation>
    </message>
    <message>
        <source>A membership needs the date it starts.</source>
        <translation>Ett medlemskap behöver ett startdatum.</translation>
    </message>
    <message>
        <source>A membership cannot end (%1) before it starts (%2).</source>
        <translation>Ett medlemskap kan inte upphöra (%1) innan det börjar (%2).</translation>
    </message>
    <message>
        <source>A personal deputy must name the member they stand in for, and only a deputy can.</source>
        <translation>En personlig ersättare ska ange den ledamot hen ersätter, och bara en ersättare kan göra det.</translation>
    </message>
    <message>
        <source>A person cannot be their own deputy.</source>
        <translation>En person kan inte vara sin egen ersättare.</translation>
    </message>
    <message>
        <source>The membership names a body or person that is not in the store.</source>
        <translation>Medlemskapet anger ett organ eller en person som inte finns i arkivet.</translation>
    </message>
    <message>
        <source>There is no membership with id %1.</source>
        <translation>Det finns inget medlemskap med id %1.</translation>
    </message>
    <message>
        <source>A meeting&apos;s number must be 1 or more.</source>
        <translation>Sammanträdets nummer ska vara minst 1.</translation>
    </message>
    <message>
        <source>A meeting needs its planned start time.</source>
        <translation>Ett sammanträde behöver en planerad starttid.</translation>
    </message>
    <message>
        <source>Meeting %1/%2 is planned to start in %3; a meeting is numbered in the year it is held.</source>
        <translation>Sammanträde %1/%2 är planerat till %3; ett sammanträde numreras enligt det år det hålls.</translation>
    </message>
    <message>
        <source>A meeting cannot end before it starts.</source>
        <translation>Ett sammanträde kan inte sluta innan det börjar.</translation>
    </message>
    <message>
        <source>A meeting&apos;s actual end needs an actual start before it.</source>
        <translation>Sammanträdets faktiska slut kräver en faktisk start före det.</translation>
    </message>
    <message>
        <source>There is no meeting with id %1.</source>
        <translation>Det finns inget sammanträde med id %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not name a meeting. Write it as SHORT NUMBER/YEAR, such as &quot;KH 12/2026&quot;, or give its id.</source>
        <translation>&quot;%1&quot; anger inget sammanträde. Skriv det som FÖRKORTNING NUMMER/ÅR, som &quot;KST 12/2026&quot;, eller ange dess id.</translation>
    </message>
    <message>
        <source>There is no body with the short name %1. &apos;pykala-cli bodies&apos; lists them.</source>
        <translation>Det finns inget organ med förkortningen %1. &apos;pykala-cli bodies&apos; listar dem.</translation>
    </message>
    <message>
        <source>There is no meeting %1 %2/%3.</source>
        <translation>Det finns inget sammanträde %1 %2/%3.</translation>
    </message>
    <message>
        <source>Meeting %1 %2/%3 already exists.</source>
        <translation>Sammanträdet %1 %2/%3 finns redan.</translation>
    </message>
    <message>
        <source>The meeting&apos;s body (id %1) is not in the store.</source>
        <translation>Sammanträdets organ (id %1) finns inte i arkivet.</translation>
    </message>
    <message>
        <source>An agenda item needs a title.</source>
        <translation>Ett ärende behöver en rubrik.</translation>
    </message>
    <message>
        <source>Item &quot;%1&quot; is confidential but names no legal basis. Give the basis, such as &quot;JulkL 24 § 1 mom. 25 k&quot;.</source>
        <translation>Ärendet &quot;%1&quot; är sekretessbelagt men saknar grund för sekretessen. Ange grunden, som &quot;OffL 24 § 1 mom. 25 p.&quot;.</translation>
    </message>
    <message>
        <source>A § number must be 1 or more.</source>
        <translation>Paragrafnumret ska vara minst 1.</translation>
    </message>
    <message>
        <source>Every preparer of item &quot;%1&quot; needs a name.</source>
        <translation>Varje beredare av ärendet &quot;%1&quot; behöver ett namn.</translation>
    </message>
    <message>
        <source>Every recipient of an extract of item &quot;%1&quot; needs a name.</source>
        <translation>Varje mottagare av ett protokollsutdrag för ärendet &quot;%1&quot; behöver ett namn.</translation>
    </message>
    <message>
        <source>Item &quot;%1&quot; cannot be added: its meeting or presenter is not in the store, or position %2 is taken.</source>
        <translation>Ärendet &quot;%1&quot; kan inte läggas till: dess sammanträde eller föredragande finns inte i arkivet, eller position %2 är upptagen.</translation>
    </message>
    <message>
        <source>There is no agenda item with id %1.</source>
        <translation>Det finns inget ärende med id %1.</translation>
    </message>
    <message>
        <source>An attachment needs a file name.</source>
        <translation>En bilaga behöver ett filnamn.</translation>
    </message>
    <message>
        <source>Attachment %1 needs a media type, such as application/pdf.</source>
        <translation>Bilagan %1 behöver en medietyp, som application/pdf.</translation>
    </message>
    <message>
        <source>Attachment %1 is confidential but names no legal basis.</source>
        <translation>Bilagan %1 är sekretessbelagd men saknar grund för sekretessen.</translation>
    </message>
    <message>
        <source>Attachment %1 cannot be added: its item is not in the store, or position %2 is taken.</source>
        <translation>Bilagan %1 kan inte läggas till: dess ärende finns inte i arkivet, eller position %2 är upptagen.</translation>
    </message>
    <message>
        <source>There is no attachment with id %1.</source>
        <translation>Det finns ingen bilaga med id %1.</translation>
    </message>
    <message>
        <source>The search has no words to look for.</source>
        <translation>Sökningen har inga ord att söka efter.</translation>
    </message>
    <message>
        <source>The number of results must be 1 or more.</source>
        <translation>Antalet träffar ska vara minst 1.</translation>
    </message>
    <message>
        <source>%1 row %2 refers to a missing %3 row.</source>
        <translation>Rad %2 i %1 hänvisar till en saknad rad i %3.</translation>
    </message>
    <message>
        <source>Attachment %1 (%2) does not match its SHA-256.</source>
        <translation>Bilagan %1 (%2) stämmer inte med sin SHA-256.</translation>
    </message>
    <message>
        <source>The task class &quot;%1&quot; of item &quot;%2&quot; is not of the form 00.01.02.</source>
        <translation>Uppgiftsklassen &quot;%1&quot; för ärendet &quot;%2&quot; har inte formen 00.01.02.</translation>
    </message>
    <message>
        <source>§ %1 is already used by %2 in %3; § numbers run per body per year.</source>
        <translation>§ %1 används redan av %2 år %3; paragraferna numreras per organ och år.</translation>
    </message>
    <message>
        <source>Opening a meeting needs the time it started.</source>
        <translation>För att öppna ett sammanträde behövs tiden då det började.</translation>
    </message>
    <message>
        <source>The meeting has already been opened (it is %1).</source>
        <translation>Sammanträdet har redan öppnats (status: %1).</translation>
    </message>
    <message>
        <source>Only a meeting in progress can be closed (this one is %1).</source>
        <translation>Endast ett pågående sammanträde kan avslutas (detta är %1).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an administrative court; the courts are %2.</source>
        <translation>&quot;%1&quot; är ingen förvaltningsdomstol; domstolarna är %2.</translation>
    </message>
    <message>
        <source>The minutes cannot be checked before the meeting is held.</source>
        <translation>Protokollet kan inte justeras före sammanträdet.</translation>
    </message>
    <message>
        <source>The minutes cannot be published before the meeting is held.</source>
        <translation>Protokollet kan inte publiceras före sammanträdet.</translation>
    </message>
    <message>
        <source>The minutes are published after they are checked, not before.</source>
        <translation>Protokollet publiceras efter justeringen, inte före.</translation>
    </message>
    <message>
        <source>The store&apos;s trigger %1 is missing: its protections were removed outside Pykälä.</source>
        <translation>Ärendearkivets utlösare %1 saknas: dess skydd har tagits bort utanför Pykälä.</translation>
    </message>
    <message>
        <source>Signed minutes need the signed PDF and their signatures.</source>
        <translation>Ett undertecknat protokoll behöver den undertecknade PDF-filen och sina underskrifter.</translation>
    </message>
    <message>
        <source>The signing order &quot;%1&quot; must name secretary, minute-checkers and chair, each once.</source>
        <translation>Underskriftsordningen ”%1” ska nämna secretary, minute-checkers och chair, var och en en gång.</translation>
    </message>
    <message>
        <source>A correction needs its text.</source>
        <translation>En rättelse behöver sin text.</translation>
    </message>
    <message>
        <source>A correction needs the day it was decided.</source>
        <translation>En rättelse behöver dagen då den beslutades.</translation>
    </message>
    <message>
        <source>The meeting&apos;s minutes are not signed: correct its record itself, not with a correction.</source>
        <translation>Sammanträdets protokoll är inte undertecknat: rätta dess uppgifter direkt, inte med en rättelse.</translation>
    </message>
    <message>
        <source>The signed minutes of meeting %1 do not match their SHA-256.</source>
        <translation>Det undertecknade protokollet för sammanträde %1 motsvarar inte sin SHA-256.</translation>
    </message>
    <message>
        <source>The store&apos;s trigger %1 was changed outside Pykälä.</source>
        <translation>Ärendearkivets utlösare %1 har ändrats utanför Pykälä.</translation>
    </message>
    <message>
        <source>The meeting&apos;s minutes still lack signatures: a correction is made to complete minutes.</source>
        <translation>Sammanträdets protokoll saknar ännu underskrifter: en rättelse görs i ett färdigt protokoll.</translation>
    </message>
    <message>
        <source>A correction cannot be decided before the meeting it corrects.</source>
        <translation>En rättelse kan inte beslutas före det sammanträde den rättar.</translation>
    </message>
    <message>
        <source>The meeting of item &quot;%1&quot; has been opened; its record names the items by their places on the agenda, which can no longer change.</source>
        <translation>Sammanträdet för ärendet &quot;%1&quot; har öppnats; dess anteckningar anger ärendena efter deras plats på föredragningslistan, som inte längre kan ändras.</translation>
    </message>
    <message>
        <source>Item &quot;%1&quot; cannot move to place %2: the agenda has places 1–%3.</source>
        <translation>Ärendet &quot;%1&quot; kan inte flyttas till plats %2: föredragningslistan har platserna 1–%3.</translation>
    </message>
    <message>
        <source>The meeting&apos;s signed minutes are no longer in the store.</source>
        <translation>Sammanträdets undertecknade protokoll finns inte längre i registret.</translation>
    </message>
    <message>
        <source>Item &quot;%1&quot; was not saved: an item&apos;s place on the agenda changes only by moving it, and its meeting does not change.</source>
        <translation>Ärendet &quot;%1&quot; sparades inte: ett ärendes plats på föredragningslistan ändras bara genom att det flyttas, och dess sammanträde ändras inte.</translation>
    </message>
    <message>
        <source>An invitee needs a name, or a person of the store.</source>
        <translation>En inbjuden behöver ett namn eller en person i ärendearkivet.</translation>
    </message>
    <message>
        <source>%1 cannot be invited: the meeting or the person is not in the store, or place %2 on the list is taken.</source>
        <translation>%1 kan inte bjudas in: sammanträdet eller personen finns inte i ärendearkivet, eller plats %2 på listan är upptagen.</translation>
    </message>
    <message>
        <source>The person</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>There is no invitee with id %1.</source>
        <translation>Det finns ingen inbjuden med id %1.</translation>
    </message>
    <message>
        <source>The meeting package %1 was made by an older version of Pykälä. Ask for a new package of the meeting.</source>
        <translation>Mötespaketet %1 gjordes med en äldre version av Pykälä. Be om ett nytt paket för sammanträdet.</translation>
    </message>
    <message>
        <source>The store %1 was written by an older version of Pykälä and has to be updated before it can be read: open it once normally (not read-only). It was left untouched.</source>
        <translation>Arkivet %1 skrevs av en äldre version av Pykälä och måste uppdateras innan det kan läsas: öppna det en gång på vanligt sätt (inte endast för läsning). Det lämnades orört.</translation>
    </message>
    <message>
        <source>%1 is open for reading only (a meeting package, or a store opened for review); nothing was changed. Make changes in the organisation&apos;s own store.</source>
        <translation>%1 är öppen endast för läsning (ett mötespaket eller ett arkiv öppnat för läsning); ingenting ändrades. Gör ändringar i organisationens eget arkiv.</translation>
    </message>
    <message>
        <source>A package for a member names the member it is for.</source>
        <translation>Ett paket för en ledamot anger ledamoten det är för.</translation>
    </message>
    <message>
        <source>%1 is empty: there is no store in it to read.</source>
        <translation>%1 är tom: det finns inget arkiv i den att läsa.</translation>
    </message>
    <message>
        <source>The store is not open.</source>
        <translation>Arkivet är inte öppet.</translation>
    </message>
    <message>
        <source>Qt&apos;s SQLite driver uses another SQLite library (%1) than this Pykälä was built with (%2). Install Pykälä for the Qt of this system, or build it against that Qt.</source>
        <translation>Qt:s SQLite-drivrutin använder ett annat SQLite-bibliotek (%1) än det som denna Pykälä byggts mot (%2). Installera Pykälä för systemets Qt, eller bygg den mot den Qt-versionen.</translation>
    </message>
    <message>
        <source>The meeting&apos;s minutes are signed, so its record can no longer change. Record a correction of the minutes instead.</source>
        <translation>Sammanträdets protokoll är undertecknat, så dess händelser kan inte längre ändras. Anteckna i stället en rättelse av protokollet.</translation>
    </message>
    <message>
        <source>The store %1 is damaged: its header gives schema version %2, which no version of Pykälä writes. It was left untouched; restore it from a backup.</source>
        <translation>Arkivet %1 är skadat: dess huvud anger schemaversion %2, som ingen version av Pykälä skriver. Det lämnades orört; återställ det från en säkerhetskopia.</translation>
    </message>
    <message>
        <source>The search index has an entry for agenda item %1, which is not in the store.</source>
        <translation>Sökindexet har en post för ärende %1, som inte finns i arkivet.</translation>
    </message>
    <message>
        <source>Agenda item %1 has no entry in the search index.</source>
        <translation>Ärende %1 har ingen post i sökindexet.</translation>
    </message>
    <message>
        <source>The search index does not match agenda item %1: the item or its index was changed outside Pykälä.</source>
        <translation>Sökindexet stämmer inte med ärende %1: ärendet eller dess indexpost har ändrats utanför Pykälä.</translation>
    </message>
    <message>
        <source>Only a cancelled meeting has a reason for its cancellation.</source>
        <translation>Endast ett inställt sammanträde har en orsak till att det ställts in.</translation>
    </message>
    <message>
        <source>Convening a meeting needs the day its invitation went out.</source>
        <translation>För att sammankalla ett sammanträde behövs dagen då kallelsen skickades.</translation>
    </message>
    <message>
        <source>Only a meeting still to be held can be convened (this one is %1).</source>
        <translation>Endast ett sammanträde som ännu inte hållits kan sammankallas (detta är %1).</translation>
    </message>
    <message>
        <source>Only a meeting still to be held can be moved (this one is %1).</source>
        <translation>Endast ett sammanträde som ännu inte hållits kan flyttas (detta är %1).</translation>
    </message>
    <message>
        <source>Meeting %1/%2 is numbered in %2; it cannot move to %3. Cancel it and add a meeting in that year.</source>
        <translation>Sammanträde %1/%2 är numrerat för %2; det kan inte flyttas till %3. Ställ in det och lägg till ett sammanträde det året.</translation>
    </message>
    <message>
        <source>Give the reason the meeting is cancelled; the record keeps it.</source>
        <translation>Ange varför sammanträdet ställs in; orsaken bevaras.</translation>
    </message>
    <message>
        <source>Only a meeting still to be held can be cancelled (this one is %1).</source>
        <translation>Endast ett sammanträde som ännu inte hållits kan ställas in (detta är %1).</translation>
    </message>
    <message>
        <source>Ending a membership needs its last day.</source>
        <translation>För att avsluta ett medlemskap behövs dess sista dag.</translation>
    </message>
    <message>
        <source>The membership already ends on %1.</source>
        <translation>Medlemskapet upphör redan %1.</translation>
    </message>
    <message>
        <source>Registered certificate %1 (%2) does not match its SHA-256.</source>
        <translation>Det registrerade certifikatet %1 (%2) motsvarar inte sin SHA-256.</translation>
    </message>
    <message>
        <source>A certificate is registered with its bytes, its subject and its validity.</source>
        <translation>Ett certifikat registreras med sina byte, sin innehavare och sin giltighetstid.</translation>
    </message>
    <message>
        <source>The certificate of %1 is already registered for another person (id %2).</source>
        <translation>Certifikatet för %1 är redan registrerat för en annan person (id %2).</translation>
    </message>
    <message>
        <source>The certificate of %1 is already registered for %2.</source>
        <translation>Certifikatet för %1 är redan registrerat för %2.</translation>
    </message>
    <message>
        <source>The certificate names a person who is not in the store.</source>
        <translation>Certifikatet anger en person som inte finns i ärendearkivet.</translation>
    </message>
    <message>
        <source>A membership keeps its body and person; end it and add a new one instead.</source>
        <translation>Ett medlemskap behåller sitt organ och sin person; avsluta det och lägg till ett nytt i stället.</translation>
    </message>
    <message>
        <source>The change would alter who held a seat at %1 on %2, a meeting already held: its record keeps the seats of that day. End the membership and add a new one instead.</source>
        <translation>Ändringen skulle ändra vem som hade en plats vid %1 den %2, ett sammanträde som redan hållits: dess protokollföring bevarar den dagens platser. Avsluta medlemskapet och lägg till ett nytt i stället.</translation>
    </message>
    <message>
        <source>The membership cannot end on %1: %2 was held on %3 with it in force, and that meeting&apos;s record keeps the seats of its day. End it on %3 or later.</source>
        <translation>Medlemskapet kan inte upphöra %1: %2 hölls %3 medan det gällde, och det sammanträdets protokollföring bevarar den dagens platser. Avsluta det tidigast %3.</translation>
    </message>
    <message>
        <source>The membership cannot be removed: %1 was held on %2 while it ran, and that meeting&apos;s record keeps the seats of its day. End the membership instead.</source>
        <translation>Medlemskapet kan inte tas bort: %1 hölls %2 medan det gällde, och det sammanträdets protokollföring bevarar den dagens platser. Avsluta medlemskapet i stället.</translation>
    </message>
    <message>
        <source>The invitation to meeting %1/%2 went out on %3; the meeting cannot move before that day. Cancel it and add a new meeting.</source>
        <translation>Kallelsen till sammanträde %1/%2 skickades %3; sammanträdet kan inte flyttas till före den dagen. Ställ in det och lägg till ett nytt sammanträde.</translation>
    </message>
    <message>
        <source>The minutes are checked and published once the meeting is closed (this one is %1).</source>
        <translation>Protokollet justeras och publiceras när sammanträdet har avslutats (detta är %1).</translation>
    </message>
    <message>
        <source>The minutes are published once checked; give the day they were checked as well.</source>
        <translation>Protokollet publiceras när det justerats; ange också dagen då det justerades.</translation>
    </message>
    <message>
        <source>An item template needs a name.</source>
        <translation>En ärendemall behöver ett namn.</translation>
    </message>
    <message>
        <source>The template &quot;%1&quot; cannot be added: its body or presenter is not in the store.</source>
        <translation>Mallen ”%1” kan inte läggas till: dess organ eller föredragande finns inte i arkivet.</translation>
    </message>
    <message>
        <source>There is no item template with id %1.</source>
        <translation>Det finns ingen ärendemall med id %1.</translation>
    </message>
    <message>
        <source>The body already has a template named &quot;%1&quot;. Choose another name, or replace that template.</source>
        <translation>Organet har redan en mall med namnet ”%1”. Välj ett annat namn eller ersätt den mallen.</translation>
    </message>
    <message>
        <source>Item &quot;%1&quot; cannot be added: meeting %2 is cancelled, and a cancelled meeting&apos;s agenda stays as it was. Add the item to another meeting.</source>
        <translation>Ärendet &quot;%1&quot; kan inte läggas till: sammanträde %2 är inställt, och ett inställt sammanträdes föredragningslista ändras inte. Lägg till ärendet i ett annat sammanträde.</translation>
    </message>
    <message>
        <source>The invitation cannot have gone out on %1, after the meeting&apos;s day %2. Give the day it was sent, on the meeting&apos;s day at the latest.</source>
        <translation>Kallelsen kan inte ha skickats %1, efter sammanträdesdagen %2. Ange dagen då den skickades, senast sammanträdesdagen.</translation>
    </message>
    <message>
        <source>The invitation cannot have gone out on %1, more than a year before the meeting&apos;s day %2. Give the day it was sent (check the year).</source>
        <translation>Kallelsen kan inte ha skickats %1, mer än ett år före sammanträdesdagen %2. Ange dagen då den skickades (kontrollera året).</translation>
    </message>
    <message>
        <source>Not recorded: the meeting was cancelled before Pykälä kept the reason.</source>
        <translation>Orsaken har inte registrerats: sammanträdet ställdes in innan Pykälä sparade orsaker.</translation>
    </message>
    <message>
        <source>from %1 on</source>
        <translation>från %1</translation>
    </message>
    <message>
        <source>for %1–%2</source>
        <translation>för %1–%2</translation>
    </message>
    <message>
        <source>%1 cannot be the personal deputy of %2 in %3 %4: %2 does not hold a seat in %3 (as member, chair or vice chair) for the whole of that period, and a personal deputy&apos;s membership lies within the member&apos;s. Check the dates, or add the member&apos;s seat first.</source>
        <translation>%1 kan inte vara personlig ersättare för %2 i %3 %4: %2 har inte en plats i %3 (som ledamot, ordförande eller vice ordförande) under hela den perioden, och en personlig ersättares medlemskap ligger inom ledamotens. Kontrollera datumen, eller lägg först till ledamotens plats.</translation>
    </message>
    <message>
        <source>%1 is the personal deputy of %2 in %3 %4, and a personal deputy&apos;s membership lies within the member&apos;s: %2&apos;s seat cannot change so. End or change %1&apos;s membership first; a resignation with a successor moves the deputy to the successor.</source>
        <translation>%1 är personlig ersättare för %2 i %3 %4, och en personlig ersättares medlemskap ligger inom ledamotens: platsen för %2 kan inte ändras så. Avsluta eller ändra först medlemskapet för %1; en avgång med efterträdare flyttar ersättaren till efterträdaren.</translation>
    </message>
    <message>
        <source>The reference from %1 to %2 is missing from the store&apos;s schema: it was removed outside Pykälä.</source>
        <translation>Referensen %1 → %2 saknas i arkivets struktur: den har tagits bort utanför Pykälä.</translation>
    </message>
    <message>
        <source>The references of table %1 are not checked: its triggers were turned off outside Pykälä.</source>
        <translation>Tabellen %1:s referenser kontrolleras inte: dess triggrar har stängts av utanför Pykälä.</translation>
    </message>
    <message>
        <source>The store&apos;s function %1 is missing: its protections were removed outside Pykälä.</source>
        <translation>Arkivets funktion %1 saknas: dess skydd har tagits bort utanför Pykälä.</translation>
    </message>
    <message>
        <source>The store&apos;s function %1 was changed outside Pykälä.</source>
        <translation>Arkivets funktion %1 har ändrats utanför Pykälä.</translation>
    </message>
    <message>
        <source>The store&apos;s trigger %1 was turned off outside Pykälä.</source>
        <translation>Arkivets trigger %1 har stängts av utanför Pykälä.</translation>
    </message>
    <message>
        <source>The store is open for reading only; nothing was changed.</source>
        <translation>Arkivet är öppnat endast för läsning; ingenting ändrades.</translation>
    </message>
    <message>
        <source>You may not do this in the store (%1). Ask the store&apos;s administrator for the rights you need.</source>
        <translation>Du får inte göra detta i arkivet (%1). Be arkivets administratör om de rättigheter du behöver.</translation>
    </message>
    <message>
        <source>The store&apos;s server has no disk space left. Ask its administrator to free some, then try again.</source>
        <translation>Arkivets server har inget diskutrymme kvar. Be administratören frigöra utrymme och försök sedan igen.</translation>
    </message>
    <message>
        <source>The connection to the store&apos;s server was lost (%1). Check the network and that the server is running, then open the store again.</source>
        <translation>Förbindelsen till arkivets server bröts (%1). Kontrollera nätverket och att servern är igång, och öppna sedan arkivet igen.</translation>
    </message>
    <message>
        <source>Cannot connect to the store %1: out of memory.</source>
        <translation>Kan inte ansluta till arkivet %1: minnet tog slut.</translation>
    </message>
    <message>
        <source>Cannot connect to the store %1: %2. Check the address, that the server is running and that your user name and password are right.</source>
        <translation>Kan inte ansluta till arkivet %1: %2. Kontrollera adressen, att servern är igång och att användarnamn och lösenord är rätt.</translation>
    </message>
    <message>
        <source>The database %1 uses the encoding %2; a Pykälä store needs UTF8. Create the database with ENCODING &apos;UTF8&apos; (docs/deployment.md).</source>
        <translation>Databasen %1 använder teckenkodningen %2; ett Pykälä-arkiv behöver UTF8. Skapa databasen med ENCODING &apos;UTF8&apos; (docs/deployment.md).</translation>
    </message>
    <message>
        <source>The database %1 has no schema to keep the store in (its search_path names none that exists). Create the schema or correct the search_path.</source>
        <translation>Databasen %1 har inget schema att hålla arkivet i (dess search_path nämner inget som finns). Skapa schemat eller rätta search_path.</translation>
    </message>
    <message>
        <source>The database %1 holds other tables and is not a Pykälä store. It was left untouched; give an empty database for a new store.</source>
        <translation>Databasen %1 innehåller andra tabeller och är inget Pykälä-arkiv. Den lämnades orörd; ange en tom databas för ett nytt arkiv.</translation>
    </message>
    <message>
        <source>The database %1 already holds a store; a new store is never written over an existing one. Give an empty database.</source>
        <translation>Databasen %1 innehåller redan ett arkiv; ett nytt arkiv skrivs aldrig över ett befintligt. Ange en tom databas.</translation>
    </message>
    <message>
        <source>Making the store&apos;s schema %1 failed: %2</source>
        <translation>Det gick inte att skapa arkivets struktur %1: %2</translation>
    </message>
    <message>
        <source>The database %1 is empty: there is no store in it. Make one with &apos;pykala-cli --store URI init&apos;, or copy a store into it with &apos;pykala-cli migrate&apos; or File › Copy Store To….</source>
        <translation>Databasen %1 är tom: det finns inget arkiv i den. Skapa ett med &apos;pykala-cli --store URI init&apos;, eller kopiera ett arkiv dit med &apos;pykala-cli migrate&apos; eller Arkiv › Kopiera arkivet….</translation>
    </message>
    <message>
        <source>This version of Pykälä cannot update a store on %1 to schema %2. It was left as it was; install a version that can.</source>
        <translation>Denna version av Pykälä kan inte uppdatera ett arkiv i %1 till struktur %2. Det lämnades som det var; installera en version som kan.</translation>
    </message>
    <message>
        <source>The table %1 has other columns in the store copied (%2) than in the copy (%3): the two are not of the same version of Pykälä. Nothing was copied.</source>
        <translation>Tabellen %1 har andra kolumner i det kopierade arkivet (%2) än i kopian (%3): de är inte av samma version av Pykälä. Ingenting kopierades.</translation>
    </message>
    <message>
        <source>Copying the rows %1 to %2 of the table %3 failed: %4 Nothing was copied.</source>
        <translation>Det gick inte att kopiera raderna %1–%2 i tabellen %3: %4 Ingenting kopierades.</translation>
    </message>
    <message>
        <source>A store cannot be copied into itself. Give a new store to copy it into.</source>
        <translation>Ett arkiv kan inte kopieras till sig självt. Ange ett nytt arkiv att kopiera det till.</translation>
    </message>
    <message>
        <source>%1 is open for reading only; a store is copied into a store that can be written.</source>
        <translation>%1 är öppnat endast för läsning; ett arkiv kopieras till ett arkiv som kan skrivas.</translation>
    </message>
    <message>
        <source>The copy does not know the table %1. Nothing was copied.</source>
        <translation>Kopieringen känner inte till tabellen %1. Ingenting kopierades.</translation>
    </message>
    <message>
        <source>%1 is a meeting package, one meeting&apos;s copy for review, and is not copied. Copy the organisation&apos;s own store.</source>
        <translation>%1 är ett sammanträdespaket, ett sammanträdes kopia för läsning, och kopieras inte. Kopiera organisationens eget arkiv.</translation>
    </message>
    <message>
        <source>%1 already holds records (its table %2 is not empty), and a store is copied only into one that holds nothing. Give a new file, or an empty PostgreSQL database. It was left as it was.</source>
        <translation>%1 innehåller redan uppgifter (dess tabell %2 är inte tom), och ett arkiv kopieras endast till ett som är tomt. Ange en ny fil eller en tom PostgreSQL-databas. Det lämnades som det var.</translation>
    </message>
    <message>
        <source>The copy was stopped; nothing was copied into %1.</source>
        <translation>Kopieringen avbröts; ingenting kopierades till %1.</translation>
    </message>
    <message>
        <source>The new file %1 was removed.</source>
        <translation>Den nya filen %1 togs bort.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) of the copy differ from the store copied (the first: %1).</source>
        <translation>
            <numerusform>%n post i kopian skiljer sig från det kopierade arkivet (%1).</numerusform>
            <numerusform>%n poster i kopian skiljer sig från det kopierade arkivet (den första: %1).</numerusform>
        </translation>
    </message>
    <message>
        <source>The copy&apos;s audit log does not end where the store copied ends (entry %1, not %2).</source>
        <translation>Kopians ändringslogg slutar inte där det kopierade arkivets slutar (post %1, inte %2).</translation>
    </message>
    <message>
        <source>The change was not saved: the store&apos;s server ended it after an error. Try again.</source>
        <translation>Ändringen sparades inte: arkivets server avbröt den efter ett fel. Försök igen.</translation>
    </message>
    <message numerus="yes">
        <source>The copy fails its check (%n problem(s); the first: %1). Run &apos;pykala-cli check&apos; on the store copied: a copy has the problems of its source.</source>
        <translation>
            <numerusform>Kopian klarar inte kontrollen (%n problem; det första: %1). Kör &apos;pykala-cli check&apos; på det kopierade arkivet: en kopia har sin källas problem.</numerusform>
            <numerusform>Kopian klarar inte kontrollen (%n problem; det första: %1). Kör &apos;pykala-cli check&apos; på det kopierade arkivet: en kopia har sin källas problem.</numerusform>
        </translation>
    </message>
    <message>
        <source>SQLite&apos;s full-text search (FTS5) is missing from the SQLite library in use.</source>
        <translation>Det använda SQLite-biblioteket saknar fulltextsökning (FTS5).</translation>
    </message>
    <message>
        <source>another program</source>
        <translation>ett annat program</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 på %2</translation>
    </message>
    <message>
        <source>Cannot hold the meeting: the lock file %1 cannot be written beside the store. Check the folder&apos;s permissions.</source>
        <translation>Mötet kan inte reserveras: låsfilen %1 kan inte skrivas bredvid lagret. Kontrollera mappens behörigheter.</translation>
    </message>
    <message>
        <source>A store file has no roles: whoever may read the file reads the store. Roles are for a store on a server.</source>
        <translation>En lagerfil har inga roller: den som får läsa filen läser lagret. Roller gäller ett lager på en server.</translation>
    </message>
    <message>
        <source>The store %1 is open read-only.</source>
        <translation>Lagret %1 är öppnat endast för läsning.</translation>
    </message>
    <message>
        <source>Setting up the store&apos;s roles failed: %1 The user needs to own the store and may create roles (CREATEROLE).</source>
        <translation>Det gick inte att skapa lagrets roller: %1 Användaren måste äga lagret och få skapa roller (CREATEROLE).</translation>
    </message>
    <message>
        <source>A store file has no logins: whoever may read the file reads the store.</source>
        <translation>En lagerfil har inga användarnamn: den som får läsa filen läser lagret.</translation>
    </message>
    <message>
        <source>A login needs a name of 1 to 63 characters.</source>
        <translation>Ett användarnamn måste ha 1–63 tecken.</translation>
    </message>
    <message>
        <source>There is no role &quot;%1&quot;. The roles are %2.</source>
        <translation>Det finns ingen roll &quot;%1&quot;. Rollerna är %2.</translation>
    </message>
    <message>
        <source>The login %1 needs the person it belongs to: a %2 signs in as a person of the store.</source>
        <translation>Användarnamnet %1 behöver personen det hör till: rollen %2 loggar in som en person i lagret.</translation>
    </message>
    <message>
        <source>A %1 works for given bodies: name at least one.</source>
        <translation>Rollen %1 arbetar för angivna organ: ange minst ett.</translation>
    </message>
    <message>
        <source>Only a secretary or a presenter is given bodies; a member reads the bodies the person sits on.</source>
        <translation>Endast en sekreterare eller en föredragande får organ; en ledamot läser de organ personen sitter i.</translation>
    </message>
    <message>
        <source>The password could not be hashed: %1</source>
        <translation>Det gick inte att beräkna lösenordets hash: %1</translation>
    </message>
    <message>
        <source>The store has no login %1.</source>
        <translation>Lagret har inget användarnamn %1.</translation>
    </message>
    <message>
        <source>A store file has no logins.</source>
        <translation>En lagerfil har inga användarnamn.</translation>
    </message>
    <message>
        <source>The key on the card is named without its PIN in %1. Give the PIN as pin-value in the key&apos;s address (sslkey=pkcs11:…;pin-value=…): it is never asked for on a terminal, shown or kept.</source>
        <translation>Kortets nyckel anges utan PIN-kod i %1. Ange PIN-koden som pin-value i nyckelns adress (sslkey=pkcs11:…;pin-value=…): den efterfrågas aldrig i en terminal, visas eller sparas.</translation>
    </message>
    <message>
        <source>The store&apos;s roles are not set up on the server: run &apos;pykala-cli access setup&apos; first.</source>
        <translation>Lagrets roller har inte skapats på servern: kör först &apos;pykala-cli access setup&apos;.</translation>
    </message>
    <message>
        <source>You keep other bodies&apos; records: this body&apos;s are changed by its own secretary or presenter.</source>
        <translation>Du sköter andra organs handlingar: detta organs handlingar ändras av dess egen sekreterare eller föredragande.</translation>
    </message>
    <message>
        <source>Your role in this store (%1) reads the records; it does not change them.</source>
        <translation>Din roll i detta lager (%1) läser handlingarna men ändrar dem inte.</translation>
    </message>
    <message>
        <source>%1 owns the store or passes every row-level policy: a role would not bind it. Give the person a login of their own.</source>
        <translation>%1 äger lagret eller passerar alla regler på radnivå: en roll skulle inte binda det. Ge personen ett eget användarnamn.</translation>
    </message>
    <message>
        <source>Giving the store&apos;s roles its new tables failed: %1 Update the store as a user who owns it and may create roles (CREATEROLE).</source>
        <translation>Det gick inte att ge lagrets roller åtkomst till de nya tabellerna: %1 Uppdatera lagret som en användare som äger det och får skapa roller (CREATEROLE).</translation>
    </message>
    <message>
        <source>decided</source>
        <translation>avgjort</translation>
    </message>
    <message>
        <source>implemented</source>
        <translation>verkställt</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>avslutat</translation>
    </message>
    <message>
        <source>There is no task class %1 in the information management plan. Add it to the classification first (pykala-cli taskclass set CODE --name NAME).</source>
        <translation>Uppgiftsklassen %1 finns inte i informationsstyrningsplanen. Lägg först till den i klassificeringen (pykala-cli taskclass set KOD --name NAMN).</translation>
    </message>
    <message>
        <source>Task class %1 is already in the classification; change that one instead.</source>
        <translation>Uppgiftsklassen %1 finns redan i klassificeringen; ändra den i stället.</translation>
    </message>
    <message>
        <source>There is no task class with id %1.</source>
        <translation>Det finns ingen uppgiftsklass med id %1.</translation>
    </message>
    <message>
        <source>Task class %1 is given twice; give each class once.</source>
        <translation>Uppgiftsklassen %1 anges två gånger; ange varje klass en gång.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither a diary number (such as 12/00.01.00/2026) nor a case id.</source>
        <translation>&quot;%1&quot; är varken ett diarienummer (som 12/00.01.00/2026) eller ett ärendes id.</translation>
    </message>
    <message>
        <source>There is no case %1 in the case register.</source>
        <translation>Ärendet %1 finns inte i ärenderegistret.</translation>
    </message>
    <message>
        <source>Case &quot;%1&quot; names a task class that is not in the classification (id %2).</source>
        <translation>Ärendet &quot;%1&quot; anger en uppgiftsklass som inte finns i klassificeringen (id %2).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a registry prefix: letters and digits ending in a colon, e.g. KUNTA:.</source>
        <translation>&quot;%1&quot; är inget registraturprefix: bokstäver och siffror som slutar med kolon, t.ex. KUNTA:.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a diary number: it reads number/task class/year, e.g. 12/00.01.00/2026.</source>
        <translation>&quot;%1&quot; är inget diarienummer: det har formen nummer/uppgiftsklass/år, t.ex. 12/00.01.00/2026.</translation>
    </message>
    <message>
        <source>Diary number %1 is taken: number %2 of %3 is another case&apos;s. Each number is given once a year; leave the number out to take the next free one.</source>
        <translation>Diarienumret %1 är upptaget: nummer %2 år %3 hör till ett annat ärende. Varje nummer ges en gång per år; utelämna numret för att få nästa lediga.</translation>
    </message>
    <message>
        <source>Case &quot;%1&quot; cannot be opened: its task class or preparer is not in the store.</source>
        <translation>Ärendet &quot;%1&quot; kan inte öppnas: dess uppgiftsklass eller beredare finns inte i arkivet.</translation>
    </message>
    <message>
        <source>Case &quot;%1&quot; needs a task class of the classification.</source>
        <translation>Ärendet &quot;%1&quot; behöver en uppgiftsklass ur klassificeringen.</translation>
    </message>
    <message>
        <source>There is no case with id %1.</source>
        <translation>Det finns inget diariefört ärende med id %1.</translation>
    </message>
    <message>
        <source>Item &quot;%1&quot; names a case that is not in the case register (id %2).</source>
        <translation>Ärendet &quot;%1&quot; hänvisar till ett diariefört ärende som inte finns i ärenderegistret (id %2).</translation>
    </message>
    <message>
        <source>There is no case with id %1 in the case register.</source>
        <translation>Det finns inget ärende med id %1 i ärenderegistret.</translation>
    </message>
    <message>
        <source>Item %1 cannot be linked to a case: it is not in the store.</source>
        <translation>Ärende %1 kan inte kopplas till ett diariefört ärende: det finns inte i arkivet.</translation>
    </message>
    <message>
        <source>Class %1, named by the items&apos; case references</source>
        <translation>Klass %1, angiven i ärendenas diarienummer</translation>
    </message>
    <message>
        <source>An extract sent needs its recipient.</source>
        <translation>Ett skickat utdrag behöver en mottagare.</translation>
    </message>
    <message>
        <source>An extract sent needs the day it was sent.</source>
        <translation>Ett skickat utdrag behöver dagen då det skickades.</translation>
    </message>
    <message>
        <source>An extract of &quot;%1&quot; cannot have been sent: its meeting has not been held and closed, so there is no decision to send yet.</source>
        <translation>Ett protokollsutdrag för ärendet &quot;%1&quot; kan inte ha skickats: sammanträdet har inte hållits och avslutats, så det finns ännu inget beslut att skicka.</translation>
    </message>
    <message>
        <source>An extract of &quot;%1&quot; cannot have been sent on %2, before its meeting on %3.</source>
        <translation>Ett protokollsutdrag för ärendet &quot;%1&quot; kan inte ha skickats %2, före sammanträdet %3.</translation>
    </message>
    <message>
        <source>Case &quot;%1&quot; is opened with its records; they are destroyed only when its retention period has run.</source>
        <translation>Ärendet &quot;%1&quot; öppnas med sina handlingar; de förstörs först när förvaringstiden har löpt ut.</translation>
    </message>
    <message>
        <source>The records of case %1 were destroyed on %2; its register entry is kept as it is.</source>
        <translation>Handlingarna i ärendet %1 förstördes %2; registeruppgifterna bevaras som de är.</translation>
    </message>
    <message>
        <source>The records of case %1 were destroyed on %2 already.</source>
        <translation>Handlingarna i ärendet %1 förstördes redan %2.</translation>
    </message>
    <message>
        <source>Case %1 is of task class %2, which is kept permanently: nothing of it may be destroyed.</source>
        <translation>Ärendet %1 hör till uppgiftsklassen %2, som bevaras varaktigt: ingenting i det får förstöras.</translation>
    </message>
    <message>
        <source>Case %1 is not closed, so its retention period has not begun; nothing of it may be destroyed.</source>
        <translation>Ärendet %1 är inte avslutat, så förvaringstiden har inte börjat; ingenting i det får förstöras.</translation>
    </message>
    <message numerus="yes">
        <source>The retention period of case %1 (%n year(s) from the end of %2) has not run: its records may be destroyed from %3.</source>
        <translation>
            <numerusform>Förvaringstiden för ärendet %1 (%n år från utgången av år %2) har inte löpt ut: handlingarna får förstöras från och med %3.</numerusform>
            <numerusform>Förvaringstiden för ärendet %1 (%n år från utgången av år %2) har inte löpt ut: handlingarna får förstöras från och med %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>The records of case %1 were destroyed on %2: no item joins it any more.</source>
        <translation>Handlingarna i ärende %1 förstördes %2: inga ärenden på föredragningslistan kopplas längre till det.</translation>
    </message>
    <message>
        <source>The records of case %1 were destroyed on %2: no extract sent is recorded for it any more.</source>
        <translation>Handlingarna i ärende %1 förstördes %2: inga skickade utdrag registreras längre för det.</translation>
    </message>
    <message>
        <source>Unknown entity %1.</source>
        <translation>Okänd enhet %1.</translation>
    </message>
    <message>
        <source>Members&apos; packages expire %1 to %2 days after the meeting, not %3.</source>
        <translation>Ledamöternas paket går ut %1 till %2 dagar efter mötet, inte %3.</translation>
    </message>
    <message>
        <source>Cannot open a store in memory: %1</source>
        <translation>Ett ärendearkiv kan inte öppnas i minnet: %1</translation>
    </message>
    <message>
        <source>Cannot open a store in memory: Qt&apos;s SQLite driver gives no connection.</source>
        <translation>Ett ärendearkiv kan inte öppnas i minnet: Qts SQLite-drivrutin ger ingen anslutning.</translation>
    </message>
    <message>
        <source>There is not enough memory to open %1.</source>
        <translation>Minnet räcker inte för att öppna %1.</translation>
    </message>
    <message>
        <source>%1 holds no readable store: %2</source>
        <translation>%1 innehåller inget läsbart ärendearkiv: %2</translation>
    </message>
    <message>
        <source>%1 holds no meeting package.</source>
        <translation>%1 innehåller inget mötespaket.</translation>
    </message>
    <message>
        <source>Only an SQLite store has an image.</source>
        <translation>Bara ett SQLite-ärendearkiv har en avbild.</translation>
    </message>
    <message>
        <source>The store could not be copied out of memory: %1</source>
        <translation>Ärendearkivet kunde inte kopieras ur minnet: %1</translation>
    </message>
    <message>
        <source>The search index&apos;s terms for agenda item %1 do not match its entry: they were changed outside Pykälä.</source>
        <translation>Sökindexets termer för ärende %1 stämmer inte med dess indexpost: de har ändrats utanför Pykälä.</translation>
    </message>
    <message>
        <source>A block of the search index could not be read: run a check of the store (pykala-cli check).</source>
        <translation>Ett block i sökindexet kunde inte läsas: kontrollera ärendearkivet (pykala-cli check).</translation>
    </message>
    <message>
        <source>The search index&apos;s block of the term “%1” for agenda items %2 to %3 does not match the term&apos;s entries: it was changed outside Pykälä.</source>
        <translation>Sökindexets block för termen ”%1” för ärendena %2–%3 stämmer inte med termens indexposter: det har ändrats utanför Pykälä.</translation>
    </message>
</context>
<context>
    <name>SuccessionDialog</name>
    <message>
        <source>Resignation and Successor – %1</source>
        <translation>Avsked och efterträdare – %1</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>från %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; leaves the seat: %2 of %3, %4. The successor takes it in the same role for the rest of the period.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; lämnar sin plats: %2 i %3, %4. Efterträdaren tar den i samma roll för resten av perioden.</translation>
    </message>
    <message>
        <source>Successor</source>
        <translation>Efterträdare</translation>
    </message>
    <message>
        <source>What will be recorded</source>
        <translation>Vad som antecknas</translation>
    </message>
    <message>
        <source>&amp;Successor:</source>
        <translation>&amp;Efterträdare:</translation>
    </message>
    <message>
        <source>Successor&apos;s &amp;first day:</source>
        <translation>Efterträdarens &amp;första dag:</translation>
    </message>
    <message>
        <source>Record Succession</source>
        <translation>Anteckna avsked och efterträdare</translation>
    </message>
    <message>
        <source>The personal &amp;deputy %1 stands in for the successor</source>
        <translation>Den personliga &amp;ersättaren %1 blir efterträdarens ersättare</translation>
    </message>
    <message>
        <source>%1&apos;s membership ends on %2.</source>
        <translation>Medlemskapet för %1 upphör %2.</translation>
    </message>
    <message>
        <source> until %1</source>
        <translation> till %1</translation>
    </message>
    <message>
        <source>%1 is %2 from %3%4.</source>
        <translation>%1 är %2 från %3%4.</translation>
    </message>
    <message>
        <source>The successor was the personal deputy: that deputy membership ends on %1 too.</source>
        <translation>Efterträdaren var personlig ersättare: det ersättarmedlemskapet upphör också %1.</translation>
    </message>
    <message>
        <source>The personal deputy %1 does not stand in for the successor: that deputy membership ends on %2 too.</source>
        <translation>Den personliga ersättaren %1 blir inte efterträdarens ersättare: det ersättarmedlemskapet upphör också %2.</translation>
    </message>
</context>
<context>
    <name>TaskClassCsv</name>
    <message>
        <source>the code is empty.</source>
        <translation>koden är tom.</translation>
    </message>
    <message>
        <source>%1 is not a task class code: a code has one to four two-digit parts separated by dots, e.g. 00.01.01.</source>
        <translation>%1 är ingen uppgiftsklasskod: en kod har en till fyra tvåsiffriga delar åtskilda med punkter, t.ex. 00.01.01.</translation>
    </message>
    <message>
        <source>the same class as row %1; give each class once.</source>
        <translation>samma klass som på rad %1; ange varje klass en gång.</translation>
    </message>
    <message>
        <source>the name is empty.</source>
        <translation>namnet är tomt.</translation>
    </message>
    <message>
        <source>the retention period is empty; write the years (&quot;10&quot;) or &quot;pysyvä&quot; for a class kept permanently.</source>
        <translation>förvaringstiden är tom; skriv antalet år (&quot;10&quot;) eller &quot;pysyvä&quot; för en klass som bevaras varaktigt.</translation>
    </message>
    <message>
        <source>%1 is not a retention period; write the years from 1 to 1000 (&quot;10&quot;) or &quot;pysyvä&quot; for a class kept permanently.</source>
        <translation>%1 är ingen förvaringstid; skriv antalet år från 1 till 1000 (&quot;10&quot;) eller &quot;pysyvä&quot; för en klass som bevaras varaktigt.</translation>
    </message>
    <message>
        <source>%1 is not a publicity; write &quot;julkinen&quot;, &quot;osittain salassa pidettävä&quot; or &quot;salassa pidettävä&quot;.</source>
        <translation>%1 anger ingen offentlighet; skriv &quot;julkinen&quot;, &quot;osittain salassa pidettävä&quot; eller &quot;salassa pidettävä&quot;.</translation>
    </message>
    <message>
        <source>the class is not public by default: name the legal basis of its confidentiality (e.g. &quot;JulkL 24 § 1 mom. 25 k&quot;).</source>
        <translation>klassen är inte offentlig som standard: ange sekretessgrunden (t.ex. &quot;JulkL 24 § 1 mom. 25 k&quot;).</translation>
    </message>
    <message>
        <source>%1 is neither yes nor no; write &quot;kyllä&quot; or &quot;ei&quot;.</source>
        <translation>%1 är varken ja eller nej; skriv &quot;kyllä&quot; eller &quot;ei&quot;.</translation>
    </message>
    <message>
        <source>the task class code</source>
        <translation>uppgiftsklassens kod</translation>
    </message>
    <message>
        <source>the name of the class</source>
        <translation>klassens namn</translation>
    </message>
    <message>
        <source>the retention period</source>
        <translation>förvaringstiden</translation>
    </message>
    <message>
        <source>the default publicity</source>
        <translation>offentligheten som standard</translation>
    </message>
    <message>
        <source>the legal basis of confidentiality</source>
        <translation>sekretessgrunden</translation>
    </message>
    <message>
        <source>whether its cases hold personal data</source>
        <translation>om klassens ärenden innehåller personuppgifter</translation>
    </message>
    <message>
        <source>The file is larger than %1 bytes, the most that is read; a task classification is far smaller. Is this the right file?</source>
        <translation>Filen är större än %1 byte, det mesta som läses; en uppgiftsklassificering är mycket mindre. Är detta rätt fil?</translation>
    </message>
    <message>
        <source>The file is empty: it has no header row and no task classes.</source>
        <translation>Filen är tom: den har ingen rubrikrad och inga uppgiftsklasser.</translation>
    </message>
    <message>
        <source>The file has a header row but no task classes below it.</source>
        <translation>Filen har en rubrikrad men inga uppgiftsklasser under den.</translation>
    </message>
    <message>
        <source>The file has more than %1 rows of task classes; at most %1 are read at once.</source>
        <translation>Filen har fler än %1 rader med uppgiftsklasser; högst %1 läses åt gången.</translation>
    </message>
    <message>
        <source>the header row has more than %1 columns; a task classification has at most %1. Is this the right file?</source>
        <translation>rubrikraden har fler än %1 kolumner; en uppgiftsklassificering har högst %1. Är detta rätt fil?</translation>
    </message>
    <message>
        <source>the row has more than %1 cells; a task classification has at most %1 columns. Is this the right file?</source>
        <translation>raden har fler än %1 celler; en uppgiftsklassificering har högst %1 kolumner. Är detta rätt fil?</translation>
    </message>
    <message>
        <source>the first row is not a header row: none of its cells names a column of a task classification (%1, or the same in Swedish or English). Add a header row above the classes.</source>
        <translation>den första raden är ingen rubrikrad: ingen av dess celler namnger en kolumn i en uppgiftsklassificering (%1, eller detsamma på svenska eller engelska). Lägg till en rubrikrad ovanför klasserna.</translation>
    </message>
</context>
<context>
    <name>TaskClassEditDialog</name>
    <message>
        <source>Its cases hold &amp;personal data</source>
        <translation>Dess ärenden innehåller &amp;personuppgifter</translation>
    </message>
    <message>
        <source>Task Class %1</source>
        <translation>Uppgiftsklass %1</translation>
    </message>
    <message>
        <source>permanently</source>
        <translation>varaktigt</translation>
    </message>
    <message>
        <source>Years the records of its cases are kept after the year they close; 0 keeps them permanently</source>
        <translation>År som handlingarna i dess ärenden bevaras efter det år de avslutas; 0 bevarar dem varaktigt</translation>
    </message>
    <message>
        <source>e.g. JulkL 24 § 1 mom. 25 k</source>
        <translation>t.ex. JulkL 24 § 1 mom. 25 k</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Namn:</translation>
    </message>
    <message>
        <source>&amp;Kept, in years:</source>
        <translation>&amp;Förvaringstid i år:</translation>
    </message>
    <message>
        <source>Default p&amp;ublicity:</source>
        <translation>&amp;Offentlighet som standard:</translation>
    </message>
    <message>
        <source>Legal &amp;basis:</source>
        <translation>Sekretess&amp;grund:</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Spara</translation>
    </message>
</context>
<context>
    <name>TaskClassificationDialog</name>
    <message>
        <source>Task Classification</source>
        <translation>Uppgiftsklassificering</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kod</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Förvaras</translation>
    </message>
    <message>
        <source>Default publicity</source>
        <translation>Offentlighet som standard</translation>
    </message>
    <message>
        <source>Personal data</source>
        <translation>Personuppgift</translation>
    </message>
    <message>
        <source>Task classes</source>
        <translation>Uppgiftsklasser</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Redigera…</translation>
    </message>
    <message>
        <source>&amp;Import from Spreadsheet…</source>
        <translation>&amp;Importera från kalkylark…</translation>
    </message>
    <message>
        <source>Classes from a spreadsheet saved as CSV: code, name, retention, publicity, basis, personal data; a file with any problem is refused whole</source>
        <translation>Klasser från ett kalkylark sparat som CSV: kod, namn, förvaringstid, offentlighet, grund, personuppgifter; en fil med något fel avvisas helt</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <source>A class marked built-in is offered from Pykälä&apos;s own classification until it is first used or changed.</source>
        <translation>En klass märkt inbyggd kommer från Pykäläs egen klassificering tills den används eller ändras första gången.</translation>
    </message>
    <message>
        <source>%1 (built-in)</source>
        <translation>%1 (inbyggd)</translation>
    </message>
    <message>
        <source>permanently</source>
        <translation>varaktigt</translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n år</numerusform>
            <numerusform>%n år</numerusform>
        </translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nej</translation>
    </message>
    <message>
        <source>Saved task class %1.</source>
        <translation>Uppgiftsklassen %1 sparades.</translation>
    </message>
    <message>
        <source>Import Task Classification</source>
        <translation>Importera uppgiftsklassificering</translation>
    </message>
    <message>
        <source>Spreadsheets saved as CSV (*.csv *.txt);;All files (*)</source>
        <translation>Kalkylblad sparade som CSV (*.csv *.txt);;Alla filer (*)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Filen %1 kan inte läsas: %2</translation>
    </message>
    <message>
        <source>Imported the task classification: %1 new, %2 changed, %3 unchanged.</source>
        <translation>Uppgiftsklassificeringen importerades: %1 nya, %2 ändrade, %3 oförändrade.</translation>
    </message>
</context>
<context>
    <name>TermChangeDialog</name>
    <message>
        <source>Also end the &amp;presenters&apos; and secretaries&apos; memberships</source>
        <translation>Avsluta också &amp;föredragandenas och protokollförarnas medlemskap</translation>
    </message>
    <message>
        <source>Change of Term – %1</source>
        <translation>Byte av mandatperiod – %1</translation>
    </message>
    <message>
        <source>At the change of term the memberships of %1 end on the last day of the old term; their history stays. Then add the new term&apos;s members, or import them from a spreadsheet with Import Members….</source>
        <translation>Vid bytet av mandatperiod upphör medlemskapen i %1 på den gamla periodens sista dag; deras historik bevaras. Lägg sedan till den nya periodens ledamöter, eller importera dem från ett kalkylark med Importera ledamöter….</translation>
    </message>
    <message>
        <source>Officials hold their offices across terms: leave this unticked to keep them.</source>
        <translation>Tjänsteinnehavarna behåller sina uppdrag över mandatperioderna: lämna detta okryssat för att behålla dem.</translation>
    </message>
    <message>
        <source>Memberships that end</source>
        <translation>Medlemskap som upphör</translation>
    </message>
    <message>
        <source>&amp;Last day of the term:</source>
        <translation>Mandatperiodens &amp;sista dag:</translation>
    </message>
    <message>
        <source>End Memberships</source>
        <translation>Avsluta medlemskapen</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>for %1</source>
        <translation>för %1</translation>
    </message>
    <message>
        <source>(from %1)</source>
        <translation>(från %1)</translation>
    </message>
    <message>
        <source>No membership of %1 runs beyond %2: none needs to end.</source>
        <translation>Inget medlemskap i %1 gäller efter %2: inget behöver avslutas.</translation>
    </message>
    <message numerus="yes">
        <source>%n membership(s) end on %1:</source>
        <translation>
            <numerusform>%n medlemskap upphör %1:</numerusform>
            <numerusform>%n medlemskap upphör %1:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TextRules</name>
    <message>
        <source>the organisation</source>
        <translation>organisationen</translation>
    </message>
    <message>
        <source>a body</source>
        <translation>organ</translation>
    </message>
    <message>
        <source>a person</source>
        <translation>person</translation>
    </message>
    <message>
        <source>a meeting</source>
        <translation>sammanträde</translation>
    </message>
    <message>
        <source>an invitee</source>
        <translation>inbjuden</translation>
    </message>
    <message>
        <source>an agenda item</source>
        <translation>ärende</translation>
    </message>
    <message>
        <source>a preparer</source>
        <translation>beredare</translation>
    </message>
    <message>
        <source>a recipient of an extract</source>
        <translation>mottagare av utdrag</translation>
    </message>
    <message>
        <source>an attachment</source>
        <translation>bilaga</translation>
    </message>
    <message>
        <source>a correction</source>
        <translation>rättelse</translation>
    </message>
    <message>
        <source>the %1 of %2</source>
        <translation>fältet %1 (%2)</translation>
    </message>
    <message>
        <source>%1 holds a character that cannot be kept (U+%2 at character %3): control characters other than newline and tab, and characters lost on the way in, are refused. Remove it and try again.</source>
        <translation>%1 innehåller ett tecken som inte kan sparas (U+%2 vid tecken %3): andra styrtecken än radbrytning och tabb samt tecken som gått förlorade på vägen avvisas. Ta bort det och försök igen.</translation>
    </message>
    <message>
        <source>%1 is %2 characters long; at most %3 are kept. Shorten it and try again.</source>
        <translation>%1 är %2 tecken långt; högst %3 sparas. Förkorta det och försök igen.</translation>
    </message>
    <message>
        <source>The event&apos;s %1 is nested deeper than %2 levels.</source>
        <translation>Händelsens fält %1 är nästlat djupare än %2 nivåer.</translation>
    </message>
    <message>
        <source>the event&apos;s %1</source>
        <translation>händelsens fält %1</translation>
    </message>
    <message>
        <source>a field name of the event</source>
        <translation>ett fältnamn i händelsen</translation>
    </message>
    <message>
        <source>The event is %1 bytes long; at most %2 are kept.</source>
        <translation>Händelsen är %1 byte lång; högst %2 sparas.</translation>
    </message>
    <message>
        <source>a disclosure</source>
        <translation>utlämnande</translation>
    </message>
    <message>
        <source>an item template</source>
        <translation>ärendemall</translation>
    </message>
    <message>
        <source>the name of the organisation</source>
        <translation>organisationens namn</translation>
    </message>
    <message>
        <source>the Swedish name of the organisation</source>
        <translation>organisationens svenska namn</translation>
    </message>
    <message>
        <source>the business id of the organisation</source>
        <translation>organisationens FO-nummer</translation>
    </message>
    <message>
        <source>the registry address of the organisation</source>
        <translation>organisationens registraturadress</translation>
    </message>
    <message>
        <source>the registry e-mail address of the organisation</source>
        <translation>organisationens registraturs e-postadress</translation>
    </message>
    <message>
        <source>the name of a body</source>
        <translation>organets namn</translation>
    </message>
    <message>
        <source>the short name of a body</source>
        <translation>organets förkortning</translation>
    </message>
    <message>
        <source>the Swedish name of a body</source>
        <translation>organets svenska namn</translation>
    </message>
    <message>
        <source>the usual meeting place of a body</source>
        <translation>organets vanliga sammanträdesplats</translation>
    </message>
    <message>
        <source>the given name of a person</source>
        <translation>personens förnamn</translation>
    </message>
    <message>
        <source>the family name of a person</source>
        <translation>personens efternamn</translation>
    </message>
    <message>
        <source>the title of a person</source>
        <translation>personens titel eller yrke</translation>
    </message>
    <message>
        <source>the e-mail address of a person</source>
        <translation>personens e-postadress</translation>
    </message>
    <message>
        <source>the phone number of a person</source>
        <translation>personens telefonnummer</translation>
    </message>
    <message>
        <source>the place of a meeting</source>
        <translation>sammanträdets plats</translation>
    </message>
    <message>
        <source>the cancellation reason of a meeting</source>
        <translation>orsaken till att sammanträdet ställts in</translation>
    </message>
    <message>
        <source>the name of an invitee</source>
        <translation>den inbjudnas namn</translation>
    </message>
    <message>
        <source>the role of an invitee</source>
        <translation>den inbjudnas roll</translation>
    </message>
    <message>
        <source>the e-mail address of an invitee</source>
        <translation>den inbjudnas e-postadress</translation>
    </message>
    <message>
        <source>the title of an agenda item</source>
        <translation>ärendets rubrik</translation>
    </message>
    <message>
        <source>the case reference of an agenda item</source>
        <translation>ärendets diarienummer</translation>
    </message>
    <message>
        <source>the task class of an agenda item</source>
        <translation>ärendets uppgiftsklass</translation>
    </message>
    <message>
        <source>the confidentiality basis of an agenda item</source>
        <translation>ärendets sekretessgrund</translation>
    </message>
    <message>
        <source>the background of an agenda item</source>
        <translation>ärendets beskrivning</translation>
    </message>
    <message>
        <source>the proposal of an agenda item</source>
        <translation>ärendets beslutsförslag</translation>
    </message>
    <message>
        <source>the proceedings of an agenda item</source>
        <translation>ärendets behandling</translation>
    </message>
    <message>
        <source>the decision of an agenda item</source>
        <translation>ärendets beslut</translation>
    </message>
    <message>
        <source>the name of a preparer</source>
        <translation>beredarens namn</translation>
    </message>
    <message>
        <source>the title of a preparer</source>
        <translation>beredarens titel</translation>
    </message>
    <message>
        <source>the contact details of a preparer</source>
        <translation>beredarens kontaktuppgifter</translation>
    </message>
    <message>
        <source>the name of a recipient of an extract</source>
        <translation>utdragsmottagarens namn</translation>
    </message>
    <message>
        <source>the address of a recipient of an extract</source>
        <translation>utdragsmottagarens adress</translation>
    </message>
    <message>
        <source>the name of an attachment</source>
        <translation>bilagans namn</translation>
    </message>
    <message>
        <source>the confidentiality basis of an attachment</source>
        <translation>bilagans sekretessgrund</translation>
    </message>
    <message>
        <source>the text of a correction</source>
        <translation>rättelsens text</translation>
    </message>
    <message>
        <source>the recipient of a disclosure</source>
        <translation>utlämnandets mottagare</translation>
    </message>
    <message>
        <source>%1 must be on one line: a line break or a tab (U+%2 at character %3) cannot be kept in it. Write it on one line and try again.</source>
        <translation>%1 ska stå på en rad: en radbrytning eller ett tabbtecken (U+%2 vid tecken %3) kan inte sparas i det. Skriv det på en rad och försök igen.</translation>
    </message>
    <message>
        <source>the code of a task class</source>
        <translation>uppgiftsklassens kod</translation>
    </message>
    <message>
        <source>the name of a task class</source>
        <translation>uppgiftsklassens namn</translation>
    </message>
    <message>
        <source>the confidentiality basis of a task class</source>
        <translation>uppgiftsklassens sekretessgrund</translation>
    </message>
    <message>
        <source>the title of a case</source>
        <translation>det diarieförda ärendets rubrik</translation>
    </message>
    <message>
        <source>the registry prefix of a diary number</source>
        <translation>diarienumrets registraturprefix</translation>
    </message>
    <message>
        <source>the confidentiality basis of a case</source>
        <translation>det diarieförda ärendets sekretessgrund</translation>
    </message>
    <message>
        <source>the parties of a case</source>
        <translation>ärendets parter</translation>
    </message>
    <message>
        <source>the name of a party of a case</source>
        <translation>partens namn</translation>
    </message>
    <message>
        <source>the role of a party of a case</source>
        <translation>partens roll</translation>
    </message>
    <message>
        <source>the contact details of a party of a case</source>
        <translation>partens kontaktuppgifter</translation>
    </message>
    <message>
        <source>the recipient of an extract</source>
        <translation>det skickade utdragets mottagare</translation>
    </message>
    <message>
        <source>the address an extract was sent to</source>
        <translation>adressen som utdraget skickades till</translation>
    </message>
    <message>
        <source>a task class</source>
        <translation>uppgiftsklass</translation>
    </message>
    <message>
        <source>a case</source>
        <translation>diariefört ärende</translation>
    </message>
    <message>
        <source>an extract sent</source>
        <translation>skickat utdrag</translation>
    </message>
</context>
<context>
    <name>UiLanguage</name>
    <message>
        <source>The system&apos;s language (%1)</source>
        <translation>Systemets språk (%1)</translation>
    </message>
</context>
<context>
    <name>Verification</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Filen %1 kan inte läsas: %2</translation>
    </message>
    <message>
        <source>%1 is not a PDF document that can be read.</source>
        <translation>%1 är inte en läsbar PDF-handling.</translation>
    </message>
    <message>
        <source>%1 is encrypted; signed minutes are never encrypted.</source>
        <translation>%1 är krypterad; undertecknade protokoll krypteras aldrig.</translation>
    </message>
    <message>
        <source>The document has no signatures.</source>
        <translation>Handlingen har inga underskrifter.</translation>
    </message>
    <message>
        <source>The signature of %1 does not match the document: it was changed after signing.</source>
        <translation>Underskriften av %1 motsvarar inte handlingen: den har ändrats efter underskriften.</translation>
    </message>
    <message>
        <source>The signature of %1 is not valid (%2).</source>
        <translation>Underskriften av %1 är inte giltig (%2).</translation>
    </message>
    <message>
        <source>The certificate of %1 is not trusted (%2): its issuer is not among the trusted ones of the certificate database, or it has expired or been revoked.</source>
        <translation>Certifikatet för %1 är inte betrott (%2): dess utfärdare finns inte bland certifikatdatabasens betrodda, eller så har det gått ut eller återkallats.</translation>
    </message>
    <message>
        <source>The signature of %1 does not cover its revision of the document.</source>
        <translation>Underskriften av %1 omfattar inte hela sin version av handlingen.</translation>
    </message>
    <message>
        <source>The document was changed after the last signature (by %1): a later revision is not signed.</source>
        <translation>Handlingen har ändrats efter den sista underskriften (av %1): en senare version är inte undertecknad.</translation>
    </message>
    <message>
        <source>The signature is valid and covers the whole document.</source>
        <translation>Underskriften är giltig och omfattar hela handlingen.</translation>
    </message>
    <message>
        <source>All %1 signatures are valid, and the last covers the whole document.</source>
        <translation>Alla %1 underskrifter är giltiga, och den sista omfattar hela handlingen.</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>giltig</translation>
    </message>
    <message>
        <source>not valid</source>
        <translation>inte giltig</translation>
    </message>
    <message>
        <source>the document was changed after signing</source>
        <translation>dokumentet har ändrats efter undertecknandet</translation>
    </message>
    <message>
        <source>the signature cannot be read</source>
        <translation>underskriften kan inte läsas</translation>
    </message>
    <message>
        <source>the signature could not be checked</source>
        <translation>underskriften kunde inte kontrolleras</translation>
    </message>
    <message>
        <source>the signature is missing</source>
        <translation>underskriften saknas</translation>
    </message>
    <message>
        <source>the signature was not checked</source>
        <translation>underskriften kontrollerades inte</translation>
    </message>
    <message>
        <source>trusted certificate</source>
        <translation>betrott certifikat</translation>
    </message>
    <message>
        <source>certificate issued by an authority not trusted here</source>
        <translation>certifikatets utfärdare är inte betrodd här</translation>
    </message>
    <message>
        <source>certificate issued by an unknown authority</source>
        <translation>certifikatets utfärdare är okänd</translation>
    </message>
    <message>
        <source>certificate revoked</source>
        <translation>certifikatet är återkallat</translation>
    </message>
    <message>
        <source>certificate expired</source>
        <translation>certifikatet har gått ut</translation>
    </message>
    <message>
        <source>the certificate could not be checked</source>
        <translation>certifikatet kunde inte kontrolleras</translation>
    </message>
    <message>
        <source>the certificate was not checked</source>
        <translation>certifikatet kontrollerades inte</translation>
    </message>
    <message>
        <source>does not cover its revision</source>
        <translation>täcker inte sin version</translation>
    </message>
    <message>
        <source>NOT valid: %1</source>
        <translation>INTE giltig: %1</translation>
    </message>
</context>
<context>
    <name>Voting</name>
    <message>
        <source>There can be only one base proposal.</source>
        <translation>Det kan bara finnas ett grundförslag.</translation>
    </message>
    <message>
        <source>Only one rejection proposal can be put to the vote; the body decides on the others first.</source>
        <translation>Endast ett förkastningsförslag kan ställas under omröstning; organet beslutar om de andra först.</translation>
    </message>
    <message>
        <source>A vote needs the base proposal.</source>
        <translation>En omröstning behöver grundförslaget.</translation>
    </message>
    <message>
        <source>The voting order must contain each of the %1 proposals exactly once.</source>
        <translation>Omröstningsordningen ska innehålla vart och ett av de %1 förslagen exakt en gång.</translation>
    </message>
    <message>
        <source>The voting order names &quot;%1&quot;, which is not a proposal in the vote.</source>
        <translation>Omröstningsordningen nämner &quot;%1&quot;, som inte är ett förslag i omröstningen.</translation>
    </message>
    <message>
        <source>The voting order names &quot;%1&quot; twice.</source>
        <translation>Omröstningsordningen nämner &quot;%1&quot; två gånger.</translation>
    </message>
    <message>
        <source>A rejection proposal is voted on last, against the winner.</source>
        <translation>Om ett förkastningsförslag röstas sist, mot det vinnande förslaget.</translation>
    </message>
    <message>
        <source>A vote puts two different proposals against each other.</source>
        <translation>En omröstning ställer två olika förslag mot varandra.</translation>
    </message>
    <message>
        <source>Vote counts cannot be negative.</source>
        <translation>Rösttalen kan inte vara negativa.</translation>
    </message>
    <message>
        <source>The proposal that needs a qualified majority is not in this vote.</source>
        <translation>Förslaget som kräver kvalificerad majoritet ingår inte i denna omröstning.</translation>
    </message>
    <message>
        <source>The vote is tied %1–%1 and the chair&apos;s vote decides it, but the chair voted neither JAA nor EI.</source>
        <translation>Rösterna föll lika %1–%1 och ordförandens röst avgör, men ordföranden röstade varken JA eller NEJ.</translation>
    </message>
    <message>
        <source>The vote is tied %1–%1, and the vote of whoever presides decides it, but no one presides over this item: the chair and every vice chair are away or disqualified. Record the temporary chair the body chose.</source>
        <translation>Rösterna föll lika %1–%1, och ordförandens röst avgör, men ingen är ordförande i detta ärende: ordföranden och alla vice ordförande är frånvarande eller jäviga. Anteckna den tillfälliga ordförande som organet valde.</translation>
    </message>
</context>
<context>
    <name>VotingPanel</name>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nej</translation>
    </message>
    <message>
        <source>Blank</source>
        <translation>Blank</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Frånvarande</translation>
    </message>
    <message>
        <source>Others Yes</source>
        <translation>Övriga Ja</translation>
    </message>
    <message>
        <source>Record Vote</source>
        <translation>Anteckna omröstningen</translation>
    </message>
    <message>
        <source>Roll call</source>
        <translation>Namnupprop</translation>
    </message>
    <message>
        <source>Vote</source>
        <translation>Omröstning</translation>
    </message>
    <message>
        <source>What Yes and No stand for</source>
        <translation>Vad Ja och Nej står för</translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>Rösttal</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <source>Give every member without a ballot a Yes vote</source>
        <translation>Ge en Ja-röst till varje ledamot som ännu inte har röstat</translation>
    </message>
    <message>
        <source>Record the vote in the meeting&apos;s record</source>
        <translation>Anteckna omröstningen i sammanträdets uppgifter</translation>
    </message>
    <message>
        <source>Yes (JAA): %1
No (EI): %2</source>
        <translation>JA: %1
NEJ: %2</translation>
    </message>
    <message>
        <source>%1 (chair)</source>
        <translation>%1 (ordförande)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Yes %1 · No %2 · Blank %3 · Absent %4 · not yet given %5</source>
        <translation>Ja %1 · Nej %2 · Blank %3 · Frånvarande %4 · ännu inte avgivna %5</translation>
    </message>
    <message>
        <source>The result shows when every ballot is given.</source>
        <translation>Resultatet visas när alla röster har avgivits.</translation>
    </message>
    <message>
        <source>%1 wins %2–%3.</source>
        <translation>%1 vinner med %2–%3.</translation>
    </message>
    <message>
        <source>A tie, decided by the chair&apos;s vote.</source>
        <translation>Rösterna föll lika; ordförandens röst avgjorde.</translation>
    </message>
    <message>
        <source>The qualified majority was not reached.</source>
        <translation>Kvalificerad majoritet uppnåddes inte.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Pykälä desktop client.</source>
        <translation>Pykäläs skrivbordsprogram.</translation>
    </message>
    <message>
        <source>Pykälä</source>
        <translation>Pykälä</translation>
    </message>
    <message>
        <source>The store to open (default: $PYKALA_STORE, else the store used last, else %1).</source>
        <translation>Ärendearkivet som ska öppnas (standard: $PYKALA_STORE, annars det senast använda arkivet, annars %1).</translation>
    </message>
    <message>
        <source>Open the store read-only for review. A meeting package always opens so.</source>
        <translation>Öppna arkivet endast för läsning. Ett mötespaket öppnas alltid så.</translation>
    </message>
    <message>
        <source>Name the package or store to review: pykala --review FILE.</source>
        <translation>Ange paketet eller arkivet som ska läsas: pykala --review FIL.</translation>
    </message>
    <message>
        <source>%1

The store on this computer opens instead.</source>
        <translation>%1

Arkivet på den här datorn öppnas i stället.</translation>
    </message>
</context>
</TS>
