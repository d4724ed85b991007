// pykala-cli: the headless interface for scripts, tests and administrators.

#include "commands.h"
#include "terminaloutput.h"

#include "demo/demodata.h"
#include "documents/documentrenderer.h"
#include "store/store.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTextStream>
#include <QTranslator>

#include <QDir>
#include <QFile>

#include <cstdio>
#include <cstdlib>
#include <future>
#include <unistd.h>
#include <memory>

namespace {

struct CommandSpec
{
    const char *name;
    const char *arguments;      // shown in the help
    const char *description;
    QStringList options;        // the command options it accepts
    int minArguments;
    int maxArguments;
};

QList<CommandSpec> commandSpecs()
{
    const QString name = QStringLiteral("name"), swedishName = QStringLiteral("swedish-name"),
                  businessId = QStringLiteral("business-id"),
                  language = QStringLiteral("language"), bodies = QStringLiteral("bodies"),
                  years = QStringLiteral("years"), seed = QStringLiteral("seed"), asOf = QStringLiteral("as-of"),
                  baseUrl = QStringLiteral("base-url"),
                  meeting = QStringLiteral("meeting"), body = QStringLiteral("body"), year = QStringLiteral("year"),
                  limit = QStringLiteral("limit"), json = QStringLiteral("json"), sort = QStringLiteral("sort"),
                  publicView = QStringLiteral("public"), published = QStringLiteral("published"),
                  kind = QStringLiteral("kind"), output = QStringLiteral("output"), lang = QStringLiteral("lang"),
                  court = QStringLiteral("court"), address = QStringLiteral("address"), email = QStringLiteral("email"),
                  checked = QStringLiteral("checked"), nssdb = QStringLiteral("nssdb"),
                  passwordFile = QStringLiteral("password-file"), cert = QStringLiteral("cert"),
                  role = QStringLiteral("role"), location = QStringLiteral("location"),
                  signingOrder = QStringLiteral("signing-order"), text = QStringLiteral("text"),
                  decided = QStringLiteral("decided"), p12PasswordFile = QStringLiteral("p12-password-file"),
                  audience = QStringLiteral("for"), recipient = QStringLiteral("recipient"),
                  shortName = QStringLiteral("short"), quorum = QStringLiteral("quorum"),
                  numbering = QStringLiteral("numbering"), place = QStringLiteral("place"), time = QStringLiteral("time"),
                  end = QStringLiteral("end"), signing = QStringLiteral("signing"), given = QStringLiteral("given"),
                  packageDays = QStringLiteral("package-days"), recipientCert = QStringLiteral("recipient-cert"),
                  family = QStringLiteral("family"), title = QStringLiteral("title"), phone = QStringLiteral("phone"),
                  person = QStringLiteral("person"), deputyFor = QStringLiteral("deputy-for"),
                  from = QStringLiteral("from"), until = QStringLiteral("until"), date = QStringLiteral("date"),
                  mode = QStringLiteral("mode"), reason = QStringLiteral("reason"),
                  noOpeningItems = QStringLiteral("no-opening-items"), caseReference = QStringLiteral("case"),
                  taskClass = QStringLiteral("task-class"), background = QStringLiteral("background"),
                  dryRun = QStringLiteral("dry-run"),
                  proposal = QStringLiteral("proposal"), presenter = QStringLiteral("presenter"),
                  publicity = QStringLiteral("publicity"), basis = QStringLiteral("basis"),
                  file = QStringLiteral("file"), use = QStringLiteral("use"), successor = QStringLiteral("successor"),
                  endDeputy = QStringLiteral("end-deputy"), lastDay = QStringLiteral("last-day"),
                  officials = QStringLiteral("officials"), itemTemplate = QStringLiteral("template"),
                  replace = QStringLiteral("replace"), smtpHost = QStringLiteral("smtp-host"),
                  smtpPort = QStringLiteral("smtp-port"), security = QStringLiteral("security"),
                  allowUnencrypted = QStringLiteral("allow-unencrypted"), smtpUser = QStringLiteral("smtp-user"),
                  smtpTimeout = QStringLiteral("smtp-timeout"), number = QStringLiteral("number"),
                  prefix = QStringLiteral("prefix"), preparer = QStringLiteral("preparer"),
                  state = QStringLiteral("state"), contact = QStringLiteral("contact"),
                  method = QStringLiteral("method"), search = QStringLiteral("search"),
                  retention = QStringLiteral("retention"), personalData = QStringLiteral("personal-data");
    return {
        {"init", "", QT_TRANSLATE_NOOP("Cli", "Create a new, empty store."), {name, businessId, language}, 0, 0},
        {"demo", "", QT_TRANSLATE_NOOP("Cli", "Fill an empty store with generated demo data."),
         {bodies, years, seed, asOf}, 0, 0},
        {"import", "FILE", QT_TRANSLATE_NOOP("Cli", "Import an interchange document (- reads standard input)."), {}, 1, 1},
        {"import-members", "FILE.csv", QT_TRANSLATE_NOOP("Cli", "Import members of bodies from a spreadsheet saved as CSV, all rows or none; --dry-run only checks."),
         {dryRun, json}, 1, 1},
        {"export", "FILE", QT_TRANSLATE_NOOP("Cli", "Export the store or one meeting (- writes standard output)."),
         {meeting}, 1, 1},
        {"bodies", "", QT_TRANSLATE_NOOP("Cli", "List the bodies."), {json}, 0, 0},
        {"signed-minutes", "MEETING", QT_TRANSLATE_NOOP("Cli", "Write a meeting's signed minutes, as the store keeps them, to -o FILE.pdf."),
         {output}, 1, 1},
        {"correct", "ITEM|MEETING", QT_TRANSLATE_NOOP("Cli", "Record a correction (oikaisu) of signed minutes, beside them."),
         {text, decided}, 1, 1},
        {"corrections", "MEETING", QT_TRANSLATE_NOOP("Cli", "List the corrections of a meeting's signed minutes."), {json}, 1, 1},
        {"body", "add|edit SHORT", QT_TRANSLATE_NOOP("Cli", "Add a body, edit one, or show one's settings: body add --short KH --name NAME --kind board; body edit KH --place PLACE; body KH."),
         {shortName, name, swedishName, kind, quorum, numbering, signingOrder, language, place, time, signing, packageDays, json}, 1, 2},
        {"person", "add|edit|certificate|certificates PERSON", QT_TRANSLATE_NOOP("Cli", "Add a person or edit one (by id or full name): person add --given NAME --family NAME; register their certificate: person certificate NAME --file CERT.pem --use signing; list them: person certificates NAME."),
         {given, family, title, email, phone, file, use, json}, 1, 2},
        {"persons", "", QT_TRANSLATE_NOOP("Cli", "List the persons with their ids."), {json}, 0, 0},
        {"membership", "add|edit|end|resign|remove ID|term", QT_TRANSLATE_NOOP("Cli", "Add a membership of a body, correct one, end one on its last day, record a resignation with a successor, remove one added by mistake, or end a term: membership add --body KH --person NAME --role member --from DATE; membership edit ID --until DATE; membership end ID --until DATE; membership resign ID --successor NAME --from DATE; membership remove ID; membership term --body KH --last-day DATE."),
         {body, person, role, deputyFor, from, until, successor, endDeputy, lastDay, officials, json}, 1, 2},
        {"memberships", "", QT_TRANSLATE_NOOP("Cli", "List the memberships with their ids."), {body, json}, 0, 0},
        {"meeting", "add|edit|convene|cancel|invite MEETING", QT_TRANSLATE_NOOP("Cli", "Add a meeting (the body's usual place and time, and the opening items), move it, convene it, cancel it with a reason, or send its invitation with the public agenda through an SMTP server: meeting invite \"KH 12/2026\" --smtp-host HOST --from ADDRESS."),
         {body, date, time, end, place, mode, reason, noOpeningItems, smtpHost, smtpPort, security, allowUnencrypted,
          smtpUser, passwordFile, from, smtpTimeout, json}, 1, 2},
        {"item", "add MEETING|edit ITEM", QT_TRANSLATE_NOOP("Cli", "Add an item to a meeting's agenda, or edit one: item add \"KH 12/2026\" --title TITLE --proposal TEXT."),
         {title, caseReference, taskClass, background, proposal, presenter, publicity, basis, itemTemplate, json}, 2, 2},
        {"template", "list|save ITEM|remove TEMPLATE", QT_TRANSLATE_NOOP("Cli", "A body's templates of recurring items: template list --body KH; template save \"KH 12/2026 § 5\" --name NAME [--replace]; template remove NAME --body KH. item add MEETING --template NAME uses one."),
         {body, name, replace, json}, 1, 2},
        {"meetings", "", QT_TRANSLATE_NOOP("Cli", "List meetings."), {body, year, json}, 0, 0},
        {"case", "open|show|edit|party|link|unlink|unlinked CASE", QT_TRANSLATE_NOOP("Cli", "The case register: case open --title TITLE --task-class 10.00.03 [--date DATE]; case show 12/10.00.03/2026; case edit CASE --state decided --date DATE; case party CASE --name NAME --role ROLE --contact ADDRESS; case link ITEM CASE; case unlink ITEM; case unlinked lists items whose case reference names no case."),
         {title, taskClass, date, number, prefix, publicity, basis, preparer, state, name, kind, role, contact, json}, 1, 3},
        {"cases", "", QT_TRANSLATE_NOOP("Cli", "List the cases of the register, newest first, or find them by number, title and text."), {year, state, search, json}, 0, 0},
        {"send-to", "ITEM MEETING", QT_TRANSLATE_NOOP("Cli", "Prepare the next body's item of a decided item's case on a meeting to come, e.g. send-to \"KH 12/2026 § 5\" \"KV 4/2026\"."), {json}, 2, 2},
        {"extract-sent", "ITEM", QT_TRANSLATE_NOOP("Cli", "Record an extract of a decision as sent: --recipient NAME --method letter|email|electronic-service --date DATE [--address TEXT]; prints the day of notification and the last day of appeal."),
         {recipient, address, method, date, json}, 1, 1},
        {"taskclass", "list|set CODE|import FILE.csv", QT_TRANSLATE_NOOP("Cli", "The task classification of the information management plan: taskclass list; taskclass set 02.05.01 --name NAME --retention 10|permanent [--publicity confidential --basis BASIS] [--personal-data yes|no]; taskclass import FILE.csv [--dry-run], all rows or none."),
         {name, retention, publicity, basis, personalData, dryRun, json}, 1, 2},
        {"retention", "[destroy CASE]", QT_TRANSLATE_NOOP("Cli", "List the closed cases whose records may be destroyed, and from when; never minutes, never a permanent class. retention destroy CASE destroys a due case's parties and extracts sent, keeping its register entry and items."), {json}, 0, 2},
        {"archive", "", QT_TRANSLATE_NOOP("Cli", "Write the archive package of the cases closed in a year (the last one unless --year says): for each case its signed minutes, extracts and attachments, with SÄHKE2 metadata files (docs/archive-record.xsd). archive --year 2026 -o DIRECTORY."),
         {output, year, json}, 0, 0},
        {"show", "MEETING", QT_TRANSLATE_NOOP("Cli", "Print a meeting's agenda, e.g. show \"KH 12/2026\"."),
         {publicView}, 1, 1},
        {"search", "QUERY", QT_TRANSLATE_NOOP("Cli", "Full-text search over agenda items."), {limit, body, year, sort, json}, 1, 1},
        {"check", "", QT_TRANSLATE_NOOP("Cli", "Verify integrity, foreign keys, the audit chain and the signed minutes against the record."), {nssdb, json}, 0, 0},
        {"access", "setup|grant LOGIN|revoke LOGIN|list", QT_TRANSLATE_NOOP("Cli", "Who may read and change what in a store on a server, enforced by the server: access setup makes the roles (kunta_member…) and their row-level security; access grant aino --role secretary --person \"Aino Mäkelä\" --body KH [--password-file FILE]; access revoke aino; access list."),
         {role, person, body, passwordFile, json}, 1, 2},
        {"migrate", "SOURCE TARGET", QT_TRANSLATE_NOOP("Cli", "Copy a whole store, its history included, into a new store: an SQLite file that does not exist yet, or an empty PostgreSQL database (postgresql://…). The copy is checked against the store copied."),
         {}, 2, 2},
        {"record", "MEETING FILE", QT_TRANSLATE_NOOP("Cli", "Record a meeting's events from a JSON file, all or nothing."),
         {}, 2, 2},
        {"outcome", "ITEM", QT_TRANSLATE_NOOP("Cli", "What the engine computed for an item, e.g. outcome \"KH 12/2026 § 156\"."),
         {json}, 1, 1},
        {"deadlines", "", QT_TRANSLATE_NOOP("Cli", "Notification day and last day of appeal for a publication date."),
         {published, kind, json}, 0, 0},
        {"agenda", "MEETING", QT_TRANSLATE_NOOP("Cli", "Write a meeting's agenda: -o FILE.pdf (PDF/A) or FILE.html."),
         {output, publicView, audience, lang}, 1, 1},
        {"minutes", "MEETING", QT_TRANSLATE_NOOP("Cli", "Write a meeting's minutes: -o FILE.pdf (PDF/A) or FILE.html."),
         {output, publicView, audience, lang}, 1, 1},
        {"extract", "ITEM", QT_TRANSLATE_NOOP("Cli", "Write an extract of the minutes, e.g. extract \"KH 12/2026 § 156\" -o FILE.pdf."),
         {output, publicView, audience, lang}, 1, 1},
        {"publish", "[MEETING]", QT_TRANSLATE_NOOP("Cli", "Write the public web version of a meeting into -o DIR; without a meeting, the whole public site with its open data (OParl, Atom): publish -o DIR --base-url https://… ."),
         {output, lang, baseUrl, asOf}, 0, 1},
        {"package", "MEETING", QT_TRANSLATE_NOOP("Cli", "Write a read-only meeting package for review to -o FILE: --for member --recipient NAME --cert NICK (encrypted for the member's certificate, signed with yours), or --for public."),
         {output, audience, recipient, cert, recipientCert, nssdb, passwordFile}, 1, 1},
        {"package-info", "FILE", QT_TRANSLATE_NOOP("Cli", "Open a meeting package as review mode does (a member's with your key, in memory) and show whom it is for, who made and signed it and until when it can be read."),
         {nssdb, passwordFile, json}, 1, 1},
        {"disclosures", "[MEETING]", QT_TRANSLATE_NOOP("Cli", "List the packages made of the meetings (the disclosure register)."),
         {json}, 0, 1},
        {"organisation", "", QT_TRANSLATE_NOOP("Cli", "Show the organisation, or set its details with options."),
         {name, swedishName, businessId, language, court, address, email, json}, 0, 0},
        {"publication", "MEETING", QT_TRANSLATE_NOOP("Cli", "Record the days the minutes were checked and published."),
         {checked, published}, 1, 1},
        {"verify", "FILE.pdf", QT_TRANSLATE_NOOP("Cli", "Verify the signatures of a PDF; exit 0 only when all are valid."),
         {nssdb, passwordFile, json}, 1, 1},
        {"certs", "", QT_TRANSLATE_NOOP("Cli", "List the certificates usable for signing."), {nssdb, passwordFile, json}, 0, 0},
        {"import-cert", "FILE.p12", QT_TRANSLATE_NOOP("Cli", "Import a PKCS#12 certificate and key into the certificate database."),
         {nssdb, passwordFile, p12PasswordFile}, 1, 1},
        {"sign", "FILE.pdf", QT_TRANSLATE_NOOP("Cli", "Sign a PDF into -o OUT.pdf with --cert NICK, in the next signature slot."),
         {output, cert, role, location, nssdb, passwordFile}, 1, 1},
        {"sign-minutes", "MEETING", QT_TRANSLATE_NOOP("Cli", "Sign a meeting's minutes into the store with --cert NICK; the first signature freezes the record."),
         {output, cert, role, location, nssdb, passwordFile}, 1, 1},
    };
}

QString commandHelp()
{
    QString text = QCoreApplication::translate("Cli", "Commands:") + QLatin1Char('\n');
    for (const CommandSpec &spec : commandSpecs()) {
        const QString usage = QString::fromLatin1(spec.name) + QLatin1Char(' ') + QString::fromLatin1(spec.arguments);
        text += QStringLiteral("  %1 %2\n").arg(usage, -18).arg(QCoreApplication::translate("Cli", spec.description));
    }
    return text;
}

int usageError(QTextStream &err, const QString &message)
{
    err << "pykala-cli: " << message << ' '
        << QCoreApplication::translate("Cli", "Run 'pykala-cli --help' for usage.") << Qt::endl;
    return Cli::Usage;
}

// Ends a command that used NSS as soon as it has spoken. Tearing NSS down
// at exit says "objects are still in use", which means nothing to the user,
// and with a PKCS#11 module such as SoftHSM2 loaded the module's and
// OpenSSL's exit handlers can crash in each other. Everything the command
// wrote is closed by now, so the process ends without them.
[[noreturn]] void endAfterNss(QTextStream &out, QTextStream &err, int code)
{
    out.flush();
    err.flush();
    std::fflush(stdout);
    std::fflush(stderr);
    std::_Exit(code);
}

bool parseNumber(const QString &text, int minimum, int maximum, int *value)
{
    bool ok = false;
    *value = text.toInt(&ok);
    return ok && *value >= minimum && *value <= maximum;
}

} // namespace

// Whether the command lays out documents, which needs fonts and so the
// graphical application object (on the offscreen platform: no display).
bool needsGraphics(int argc, char *argv[])
{
    // meeting invite attaches the agenda; archive writes extracts.
    static const QList<QByteArray> documentCommands{"agenda", "minutes", "extract", "publish", "sign", "sign-minutes",
                                                    "invite", "archive"};
    for (int i = 1; i < argc; ++i) {
        const QByteArray argument(argv[i]);
        if (documentCommands.contains(argument))
            return true;
    }
    return false;
}

int main(int argc, char *argv[])
{
    const bool graphics = needsGraphics(argc, argv);
    if (graphics && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // Without a session (cron, ssh, CI) Qt warns on stderr and falls back to
    // a directory of its own; take that directory quietly.
    if (graphics && qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR")) {
        const QByteArray runtime = "/tmp/runtime-" + QByteArray::number(uint(getuid()));
        if (QDir().mkpath(QString::fromLocal8Bit(runtime)))
            QFile::setPermissions(QString::fromLocal8Bit(runtime), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        qputenv("XDG_RUNTIME_DIR", runtime);
    }
    std::unique_ptr<QCoreApplication> application =
        graphics ? std::make_unique<QGuiApplication>(argc, argv) : std::make_unique<QCoreApplication>(argc, argv);
    // The documents' fonts load on another core while the store is opened
    // and read; laying out waits for them if it gets there first.
    std::future<void> fonts;
    if (graphics)
        fonts = std::async(std::launch::async, [] { (void)DocumentRenderer::fontFamily(); });
    QCoreApplication::setApplicationName(QStringLiteral("pykala-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PYKALA_VERSION));

    QTranslator qtTranslator;
    QTranslator translator;
    if (qtTranslator.load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&qtTranslator);
    if (translator.load(QLocale(), QStringLiteral("pykala"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(&translator);

    // Texts from the store reach the terminal with their control characters
    // shown, not obeyed.
    TerminalOutput standardOutput(stdout), standardError(stderr);
    QTextStream out(&standardOutput);
    QTextStream err(&standardError);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("Cli", "Pykälä case store, headless.") + QStringLiteral("\n\n") + commandHelp());
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption storeOption(
        QStringLiteral("store"),
        QCoreApplication::translate("Cli", "The store file (default: $PYKALA_STORE, else %1).").arg(Store::defaultPath()),
        QStringLiteral("PATH"));
    const QCommandLineOption userOption(QStringLiteral("user"),
                                        QCoreApplication::translate("Cli", "Who the audit log of a store file names (default: $USER); on a server, the user signed in."),
                                        QStringLiteral("NAME"));
    const QList<QCommandLineOption> commandOptions{
        {QStringLiteral("name"), QCoreApplication::translate("Cli", "init, organisation: the organisation's name; body: the body's name; template save: the template's name."), QStringLiteral("NAME")},
        {QStringLiteral("swedish-name"), QCoreApplication::translate("Cli", "organisation, body: the name in Swedish, for Swedish documents."), QStringLiteral("NAME")},
        {QStringLiteral("business-id"), QCoreApplication::translate("Cli", "init, organisation: the business id (Y-tunnus)."), QStringLiteral("ID")},
        {QStringLiteral("language"), QCoreApplication::translate("Cli", "init, organisation, body: document language, fi or sv."), QStringLiteral("LANG")},
        {QStringLiteral("court"), QCoreApplication::translate("Cli", "organisation: the administrative court, e.g. ita-suomi."), QStringLiteral("CODE")},
        {QStringLiteral("address"), QCoreApplication::translate("Cli", "organisation: the registry's postal address (lines split by \\n)."), QStringLiteral("TEXT")},
        {QStringLiteral("email"), QCoreApplication::translate("Cli", "organisation: the registry's e-mail address; person: the person's."), QStringLiteral("ADDRESS")},
        {{QStringLiteral("output"), QStringLiteral("o")}, QCoreApplication::translate("Cli", "agenda, minutes, extract, sign, package: the file to write; publish, archive: the directory."), QStringLiteral("PATH")},
        {QStringLiteral("for"), QCoreApplication::translate("Cli", "package: who it is for, member (confidential items included) or public; agenda, minutes, extract: internal (the default), member, party (an extract for a party of the case) or public."), QStringLiteral("AUDIENCE")},
        {QStringLiteral("recipient"), QCoreApplication::translate("Cli", "package: the person it is for, by name or id; required for a member."), QStringLiteral("NAME")},
        {QStringLiteral("dry-run"), QCoreApplication::translate("Cli", "import-members, taskclass import: check the file against the store and report, writing nothing.")},
        {QStringLiteral("lang"), QCoreApplication::translate("Cli", "agenda, minutes, extract, publish: the document language, fi or sv (default: the body's)."), QStringLiteral("LANG")},
        {QStringLiteral("checked"), QCoreApplication::translate("Cli", "publication: the day the minutes were checked."), QStringLiteral("DATE")},
        {QStringLiteral("nssdb"), QCoreApplication::translate("Cli", "verify, certs, sign, check, package, package-info: the NSS certificate database directory (default: ~/.pki/nssdb)."), QStringLiteral("DIR")},
        {QStringLiteral("password-file"), QCoreApplication::translate("Cli", "verify, certs, sign, package, package-info: a file whose first line is the database or token password; meeting invite: the mail server's password (else $PYKALA_SMTP_PASSWORD); access grant: the login's password."), QStringLiteral("FILE")},
        {QStringLiteral("cert"), QCoreApplication::translate("Cli", "sign, package: the nickname of the signing certificate."), QStringLiteral("NICK")},
        {QStringLiteral("p12-password-file"), QCoreApplication::translate("Cli", "import-cert: a file whose first line is the PKCS#12 file's password."), QStringLiteral("FILE")},
        {QStringLiteral("text"), QCoreApplication::translate("Cli", "correct: the correction's text."), QStringLiteral("TEXT")},
        {QStringLiteral("decided"), QCoreApplication::translate("Cli", "correct: the day the correction was decided."), QStringLiteral("DATE")},
        {QStringLiteral("signing-order"), QCoreApplication::translate("Cli", "body: who signs the minutes, in order, e.g. secretary,minute-checkers,chair."), QStringLiteral("ORDER")},
        {QStringLiteral("role"), QCoreApplication::translate("Cli", "sign: the signer's role, e.g. pöytäkirjanpitäjä; membership: chair, vice-chair, member, deputy, secretary or presenter; access grant: administrator, registry, secretary, presenter, member or public."), QStringLiteral("ROLE")},
        {QStringLiteral("location"), QCoreApplication::translate("Cli", "sign: where the signature is made."), QStringLiteral("PLACE")},
        {QStringLiteral("bodies"), QCoreApplication::translate("Cli", "demo: number of bodies (2-%1, default 5).").arg(DemoData::maxBodies), QStringLiteral("N")},
        {QStringLiteral("years"), QCoreApplication::translate("Cli", "demo: years of meetings (1-%1, default 2).").arg(DemoData::maxYears), QStringLiteral("Y")},
        {QStringLiteral("seed"), QCoreApplication::translate("Cli", "demo: random seed (default 1)."), QStringLiteral("S")},
        {QStringLiteral("as-of"), QCoreApplication::translate("Cli", "demo: the day the data is as of; publish: the day of publication that the site's minutes must have reached (default today)."), QStringLiteral("DATE")},
        {QStringLiteral("base-url"), QCoreApplication::translate("Cli", "publish (the site): the address the directory is served at, e.g. https://www.example.fi/paatokset/."), QStringLiteral("URL")},
        {QStringLiteral("meeting"), QCoreApplication::translate("Cli", "export: only this meeting."), QStringLiteral("MEETING")},
        {QStringLiteral("body"), QCoreApplication::translate("Cli", "meetings, memberships, search: only this body's; membership add and term, meeting add, template: the body; access grant: the bodies of a secretary or presenter, separated by commas."), QStringLiteral("SHORT")},
        {QStringLiteral("year"), QCoreApplication::translate("Cli", "meetings, search: only this year's."), QStringLiteral("YEAR")},
        {QStringLiteral("sort"), QCoreApplication::translate("Cli", "search: relevance (the default) or date, newest first."), QStringLiteral("ORDER")},
        {QStringLiteral("limit"), QCoreApplication::translate("Cli", "search: at most N results (default 20)."), QStringLiteral("N")},
        {QStringLiteral("public"), QCoreApplication::translate("Cli", "show, agenda, minutes, extract: leave out confidential content and personal data.")},
        {QStringLiteral("published"), QCoreApplication::translate("Cli", "deadlines, publication: the day the minutes were published."), QStringLiteral("DATE")},
        {QStringLiteral("kind"), QCoreApplication::translate("Cli", "deadlines: the appeal kind, e.g. rectification; body: council, board, committee or section."), QStringLiteral("KIND")},
        {QStringLiteral("json"), QCoreApplication::translate("Cli", "bodies, meetings, search, check, deadlines, outcome, organisation, verify, certs, disclosures, body, persons, memberships, membership edit, resign and term, meeting invite: print JSON; add commands print the new id.")},
        {QStringLiteral("short"), QCoreApplication::translate("Cli", "body: the body's short name, e.g. KH."), QStringLiteral("SHORT")},
        {QStringLiteral("quorum"), QCoreApplication::translate("Cli", "body: the quorum rule, more-than-half or two-thirds (default: two-thirds for a council)."), QStringLiteral("RULE")},
        {QStringLiteral("numbering"), QCoreApplication::translate("Cli", "body: § numbers yearly or continuous."), QStringLiteral("HOW")},
        {QStringLiteral("place"), QCoreApplication::translate("Cli", "body: where its meetings usually are; meeting: where it is."), QStringLiteral("PLACE")},
        {QStringLiteral("time"), QCoreApplication::translate("Cli", "body: when its meetings usually start; meeting: when it starts, e.g. 16:00."), QStringLiteral("TIME")},
        {QStringLiteral("end"), QCoreApplication::translate("Cli", "meeting: when it is planned to end, e.g. 18:00."), QStringLiteral("TIME")},
        {QStringLiteral("signing"), QCoreApplication::translate("Cli", "body: how its minutes are signed, electronic or paper."), QStringLiteral("HOW")},
        {QStringLiteral("package-days"), QCoreApplication::translate("Cli", "body: how many days after the meeting its members' packages can be read (default 30)."), QStringLiteral("DAYS")},
        {QStringLiteral("recipient-cert"), QCoreApplication::translate("Cli", "package: the member's encryption certificate, PEM or DER, instead of the one registered for them."), QStringLiteral("FILE")},
        {QStringLiteral("given"), QCoreApplication::translate("Cli", "person: the given name."), QStringLiteral("NAME")},
        {QStringLiteral("family"), QCoreApplication::translate("Cli", "person: the family name."), QStringLiteral("NAME")},
        {QStringLiteral("title"), QCoreApplication::translate("Cli", "person: occupation or office; item: the item's title."), QStringLiteral("TEXT")},
        {QStringLiteral("phone"), QCoreApplication::translate("Cli", "person: the phone number."), QStringLiteral("PHONE")},
        {QStringLiteral("person"), QCoreApplication::translate("Cli", "membership: the member, by id or full name."), QStringLiteral("PERSON")},
        {QStringLiteral("deputy-for"), QCoreApplication::translate("Cli", "membership: the member whose personal deputy this is."), QStringLiteral("PERSON")},
        {QStringLiteral("from"), QCoreApplication::translate("Cli", "membership: its first day; membership resign: the successor's first day; meeting invite: the sender, ADDRESS or \"NAME <ADDRESS>\"."), QStringLiteral("DATE|ADDRESS")},
        {QStringLiteral("until"), QCoreApplication::translate("Cli", "membership: its last day (membership edit: empty for none)."), QStringLiteral("DATE")},
        {QStringLiteral("successor"), QCoreApplication::translate("Cli", "membership resign: who takes the seat, by id or full name."), QStringLiteral("PERSON")},
        {QStringLiteral("end-deputy"), QCoreApplication::translate("Cli", "membership resign: the personal deputy does not move to the successor; their deputy membership ends with the seat.")},
        {QStringLiteral("last-day"), QCoreApplication::translate("Cli", "membership term: the last day of the term that ends."), QStringLiteral("DATE")},
        {QStringLiteral("officials"), QCoreApplication::translate("Cli", "membership term: end the presenters' and secretaries' memberships too.")},
        {QStringLiteral("date"), QCoreApplication::translate("Cli", "meeting add, edit: the day it is held; meeting convene: the day the invitation went out (default today)."), QStringLiteral("DATE")},
        {QStringLiteral("mode"), QCoreApplication::translate("Cli", "meeting: in-person, remote, hybrid or electronic-procedure."), QStringLiteral("MODE")},
        {QStringLiteral("reason"), QCoreApplication::translate("Cli", "meeting cancel: why it is cancelled."), QStringLiteral("TEXT")},
        {QStringLiteral("no-opening-items"), QCoreApplication::translate("Cli", "meeting add: leave the standard opening items out.")},
        {QStringLiteral("case"), QCoreApplication::translate("Cli", "item: the case reference (diary number)."), QStringLiteral("REF")},
        {QStringLiteral("task-class"), QCoreApplication::translate("Cli", "item: the task class, e.g. 00.01.01."), QStringLiteral("CODE")},
        {QStringLiteral("background"), QCoreApplication::translate("Cli", "item: the background text (paragraphs split by empty lines)."), QStringLiteral("TEXT")},
        {QStringLiteral("proposal"), QCoreApplication::translate("Cli", "item: the proposal."), QStringLiteral("TEXT")},
        {QStringLiteral("presenter"), QCoreApplication::translate("Cli", "item: who presents it, by id or full name."), QStringLiteral("PERSON")},
        {QStringLiteral("publicity"), QCoreApplication::translate("Cli", "item: public, confidential or partly-confidential."), QStringLiteral("CODE")},
        {QStringLiteral("basis"), QCoreApplication::translate("Cli", "item: the legal basis of its confidentiality."), QStringLiteral("TEXT")},
        {QStringLiteral("file"), QCoreApplication::translate("Cli", "person certificate: the certificate file, PEM or DER."), QStringLiteral("FILE")},
        {QStringLiteral("use"), QCoreApplication::translate("Cli", "person certificate: what it is for, signing (the default) or encryption."), QStringLiteral("USE")},
        {QStringLiteral("template"), QCoreApplication::translate("Cli", "item add: start from the body's item template of this name or id."), QStringLiteral("NAME")},
        {QStringLiteral("replace"), QCoreApplication::translate("Cli", "template save: overwrite the body's template of the same name.")},
        {QStringLiteral("smtp-host"), QCoreApplication::translate("Cli", "meeting invite: the mail server (SMTP) that sends the messages."), QStringLiteral("HOST")},
        {QStringLiteral("smtp-port"), QCoreApplication::translate("Cli", "meeting invite: the mail server's port (default: 465 for tls, 587 for starttls, 25 for none)."), QStringLiteral("PORT")},
        {QStringLiteral("security"), QCoreApplication::translate("Cli", "meeting invite: tls (from the first byte), starttls (required; the default) or none (only to this computer, unless --allow-unencrypted)."), QStringLiteral("SECURITY")},
        {QStringLiteral("allow-unencrypted"), QCoreApplication::translate("Cli", "meeting invite: allow --security none to a server on another computer, on a network you trust.")},
        {QStringLiteral("smtp-user"), QCoreApplication::translate("Cli", "meeting invite: the user name of the mail server's login; the password comes from --password-file or $PYKALA_SMTP_PASSWORD."), QStringLiteral("NAME")},
        {QStringLiteral("smtp-timeout"), QCoreApplication::translate("Cli", "meeting invite: seconds to wait for the mail server (default 60)."), QStringLiteral("SECONDS")},
        {QStringLiteral("number"), QCoreApplication::translate("Cli", "case open: the diary number's running number, when it was given already (default: the year's next)."), QStringLiteral("N")},
        {QStringLiteral("prefix"), QCoreApplication::translate("Cli", "case open: the registry's prefix of the diary number, e.g. KUNTA:."), QStringLiteral("PREFIX")},
        {QStringLiteral("preparer"), QCoreApplication::translate("Cli", "case open, edit: the preparer in charge, by name or id."), QStringLiteral("PERSON")},
        {QStringLiteral("state"), QCoreApplication::translate("Cli", "case edit, cases: initiated, in-preparation, decided, implemented or closed."), QStringLiteral("STATE")},
        {QStringLiteral("contact"), QCoreApplication::translate("Cli", "case party: the party's postal address or e-mail."), QStringLiteral("TEXT")},
        {QStringLiteral("method"), QCoreApplication::translate("Cli", "extract-sent: letter, email or electronic-service."), QStringLiteral("METHOD")},
        {QStringLiteral("search"), QCoreApplication::translate("Cli", "cases: find cases by diary number, title or the text of their items."), QStringLiteral("QUERY")},
        {QStringLiteral("retention"), QCoreApplication::translate("Cli", "taskclass set: years its records are kept, or permanent."), QStringLiteral("YEARS")},
        {QStringLiteral("personal-data"), QCoreApplication::translate("Cli", "taskclass set: whether its records hold personal data, yes or no."), QStringLiteral("YES|NO")},
    };
    parser.addOption(storeOption);
    parser.addOption(userOption);
    parser.addOptions(commandOptions);
    parser.addPositionalArgument(QStringLiteral("command"), QCoreApplication::translate("Cli", "The command to run."));
    parser.addPositionalArgument(QStringLiteral("arguments"), QCoreApplication::translate("Cli", "Its arguments."),
                                 QStringLiteral("[arguments...]"));

    if (!parser.parse(QCoreApplication::arguments()))
        return usageError(err, parser.errorText() + QLatin1Char('.'));
    if (parser.isSet(QStringLiteral("help"))) {
        out << parser.helpText();
        return Cli::Success;
    }
    if (parser.isSet(QStringLiteral("version"))) {
        out << "pykala-cli " << QCoreApplication::applicationVersion() << Qt::endl;
        return Cli::Success;
    }

    QStringList positional = parser.positionalArguments();
    if (positional.isEmpty())
        return usageError(err, QCoreApplication::translate("Cli", "No command given."));
    const QString command = positional.takeFirst();
    const QList<CommandSpec> specs = commandSpecs();
    const auto spec = std::find_if(specs.cbegin(), specs.cend(),
                                   [&](const CommandSpec &s) { return command == QLatin1String(s.name); });
    if (spec == specs.cend())
        return usageError(err, QCoreApplication::translate("Cli", "Unknown command \"%1\".").arg(command));
    for (const QCommandLineOption &option : commandOptions) {
        const QString name = option.names().first();
        if (parser.isSet(name) && !spec->options.contains(name))
            return usageError(err, QCoreApplication::translate("Cli", "The command %1 takes no --%2 option.")
                                       .arg(command, name));
    }
    if (positional.size() < spec->minArguments || positional.size() > spec->maxArguments)
        return usageError(err, QCoreApplication::translate("Cli", "Usage: pykala-cli %1 %2")
                                   .arg(command, QString::fromLatin1(spec->arguments))
                                   .trimmed());

    Cli::Context context;
    context.storePath = parser.value(storeOption);
    if (context.storePath.isEmpty())
        context.storePath = qEnvironmentVariable("PYKALA_STORE");
    if (context.storePath.isEmpty())
        context.storePath = Store::defaultPath();
    context.actorGiven = parser.isSet(userOption);
    context.actor = parser.isSet(userOption) ? parser.value(userOption)
                                             : qEnvironmentVariable("USER", QStringLiteral("pykala-cli"));
    bool timeoutOk = false;
    const int timeout = qEnvironmentVariableIntValue("PYKALA_BUSY_TIMEOUT_MS", &timeoutOk);
    context.busyTimeoutMs = timeoutOk && timeout >= 0 ? timeout : Store::defaultBusyTimeoutMs;
    context.json = parser.isSet(QStringLiteral("json"));
    context.out = &out;
    context.err = &err;

    auto number = [&](const QString &option, int minimum, int maximum, int fallback, int *value) {
        if (!parser.isSet(option)) {
            *value = fallback;
            return true;
        }
        if (parseNumber(parser.value(option), minimum, maximum, value))
            return true;
        usageError(err, QCoreApplication::translate("Cli", "--%1 must be a whole number from %2 to %3, not \"%4\".")
                            .arg(option)
                            .arg(minimum)
                            .arg(maximum)
                            .arg(parser.value(option)));
        return false;
    };

    if (command == u"init") {
        return Cli::init(context, {parser.value(QStringLiteral("name")), parser.value(QStringLiteral("business-id")),
                                   parser.value(QStringLiteral("language"))});
    }
    if (command == u"demo") {
        Cli::DemoOptions options;
        int seed = 1;
        if (!number(QStringLiteral("bodies"), 2, DemoData::maxBodies, 5, &options.bodies)
            || !number(QStringLiteral("years"), 1, DemoData::maxYears, 2, &options.years)
            || !number(QStringLiteral("seed"), 0, std::numeric_limits<int>::max(), 1, &seed))
            return Cli::Usage;
        options.seed = quint32(seed);
        options.asOf = parser.value(QStringLiteral("as-of"));
        return Cli::demo(context, options);
    }
    if (command == u"import")
        return Cli::importFile(context, positional.first());
    if (command == u"migrate")
        return Cli::migrate(context, positional.at(0), positional.at(1));
    if (command == u"import-members")
        return Cli::importMembers(context, positional.first(), parser.isSet(QStringLiteral("dry-run")));
    if (command == u"export")
        return Cli::exportFile(context, parser.value(QStringLiteral("meeting")), positional.first());
    if (command == u"bodies")
        return Cli::bodies(context);
    if (command == u"meetings") {
        int year = 0;
        if (!number(QStringLiteral("year"), 1900, 9999, 0, &year))
            return Cli::Usage;
        return Cli::meetings(context, parser.value(QStringLiteral("body")), year);
    }
    if (command == u"show")
        return Cli::show(context, positional.first(), parser.isSet(QStringLiteral("public")));
    if (command == u"record")
        return Cli::record(context, positional.at(0), positional.at(1));
    if (command == u"outcome")
        return Cli::outcome(context, positional.first());
    if (command == u"deadlines") {
        for (const char *required : {"published", "kind"}) {
            if (!parser.isSet(QString::fromLatin1(required)))
                return usageError(err, QCoreApplication::translate("Cli", "deadlines needs --%1.")
                                           .arg(QString::fromLatin1(required)));
        }
        return Cli::deadlines(context, parser.value(QStringLiteral("published")), parser.value(QStringLiteral("kind")));
    }
    if (command == u"agenda" || command == u"minutes" || command == u"extract" || command == u"publish") {
        Cli::DocumentOptions options;
        options.output = parser.value(QStringLiteral("output"));
        // Who the document is for (PublicView): the working copy unless
        // --for names another audience; --public is --for public.
        options.audience = parser.isSet(QStringLiteral("public")) ? Audience::Public : Audience::Internal;
        if (parser.isSet(QStringLiteral("for"))) {
            const auto audience = Codes::parse<Audience>(parser.value(QStringLiteral("for")));
            if (!audience)
                return usageError(err, QCoreApplication::translate("Cli", "--for must be internal, member, party or "
                                                                          "public, not \"%1\".")
                                           .arg(parser.value(QStringLiteral("for"))));
            if (parser.isSet(QStringLiteral("public")) && *audience != Audience::Public)
                return usageError(err, QCoreApplication::translate("Cli", "--public and --for %1 name two audiences; "
                                                                          "give one.")
                                           .arg(parser.value(QStringLiteral("for"))));
            options.audience = *audience;
        }
        options.language = parser.value(QStringLiteral("lang"));
        if (options.output.isEmpty())
            return usageError(err, QCoreApplication::translate("Cli", "%1 needs -o %2.")
                                       .arg(command, command == u"publish" ? QStringLiteral("DIR") : QStringLiteral("FILE")));
        if (command == u"publish" && positional.isEmpty()) {
            if (!parser.isSet(QStringLiteral("base-url")))
                return usageError(err, QCoreApplication::translate("Cli", "publish without a meeting writes the whole "
                                                                          "site and needs --base-url URL, the address "
                                                                          "the directory is served at."));
            return Cli::publishSite(context, options.output, parser.value(QStringLiteral("base-url")),
                                    parser.value(QStringLiteral("as-of")));
        }
        if (command == u"publish")
            return Cli::publish(context, positional.first(), options);
        return Cli::document(context, command, positional.first(), options);
    }
    if (command == u"correct") {
        if (parser.value(QStringLiteral("text")).trimmed().isEmpty() || !parser.isSet(QStringLiteral("decided")))
            return usageError(err, QCoreApplication::translate("Cli", "correct needs --text TEXT and --decided DATE."));
        return Cli::correct(context, positional.first(), parser.value(QStringLiteral("text")),
                            parser.value(QStringLiteral("decided")));
    }
    if (command == u"signed-minutes") {
        if (!parser.isSet(QStringLiteral("output")))
            return usageError(err, QCoreApplication::translate("Cli", "%1 needs -o %2.").arg(command, QStringLiteral("FILE")));
        return Cli::signedMinutes(context, positional.first(), parser.value(QStringLiteral("output")));
    }
    if (command == u"corrections")
        return Cli::corrections(context, positional.first());
    if (command == u"package") {
        if (!parser.isSet(QStringLiteral("output")) || !parser.isSet(QStringLiteral("for")))
            return usageError(err, QCoreApplication::translate("Cli", "package needs -o FILE and --for member or --for public."));
        Cli::PackageOptions options;
        options.audience = parser.value(QStringLiteral("for"));
        options.recipient = parser.value(QStringLiteral("recipient"));
        options.certificate = parser.value(QStringLiteral("cert"));
        options.recipientCertificate = parser.value(QStringLiteral("recipient-cert"));
        options.nss = {parser.value(QStringLiteral("nssdb")), parser.value(QStringLiteral("password-file"))};
        return Cli::package(context, positional.first(), parser.value(QStringLiteral("output")), options);
    }
    if (command == u"package-info")
        return Cli::packageInfo(context, positional.first(),
                                {parser.value(QStringLiteral("nssdb")), parser.value(QStringLiteral("password-file"))});
    if (command == u"disclosures")
        return Cli::disclosures(context, positional.value(0));
    // The register's commands take the options they name, as given.
    Cli::Options given;
    for (const QString &name : spec->options) {
        if (name != u"json" && parser.isSet(name))
            given.insert(name, parser.value(name));
    }
    if (command == u"body")
        return Cli::body(context, positional, given);
    if (command == u"person")
        return Cli::person(context, positional, given);
    if (command == u"persons")
        return Cli::persons(context);
    if (command == u"membership")
        return Cli::membership(context, positional, given);
    if (command == u"memberships")
        return Cli::memberships(context, given);
    if (command == u"meeting")
        return Cli::meeting(context, positional, given);
    if (command == u"item")
        return Cli::item(context, positional, given);
    if (command == u"template")
        return Cli::itemTemplate(context, positional, given);
    if (command == u"case")
        return Cli::caseCommand(context, positional, given);
    if (command == u"cases")
        return Cli::cases(context, given);
    if (command == u"send-to")
        return Cli::sendTo(context, positional);
    if (command == u"extract-sent")
        return Cli::extractSent(context, positional, given);
    if (command == u"taskclass" && positional.first() == u"import" && positional.size() == 2)
        return Cli::importTaskClasses(context, positional.at(1), parser.isSet(QStringLiteral("dry-run")));
    if (command == u"taskclass")
        return Cli::taskClasses(context, positional, given);
    if (command == u"archive") {
        int year = 0;
        if (!number(QStringLiteral("year"), 1900, 9999, 0, &year))
            return Cli::Usage;
        return Cli::archive(context, year, parser.value(QStringLiteral("output")));
    }
    if (command == u"retention")
        return Cli::retention(context, positional);
    if (command == u"access")
        return Cli::access(context, positional, given);
    if (command == u"organisation") {
        Cli::OrganisationOptions options;
        auto optional = [&](const char *name) {
            const QString key = QString::fromLatin1(name);
            return parser.isSet(key) ? std::optional<QString>(parser.value(key)) : std::nullopt;
        };
        options.name = optional("name");
        options.swedishName = optional("swedish-name");
        options.businessId = optional("business-id");
        options.language = optional("language");
        options.court = optional("court");
        options.address = optional("address");
        options.email = optional("email");
        return Cli::organisation(context, options);
    }
    if (command == u"publication") {
        if (!parser.isSet(QStringLiteral("checked")) && !parser.isSet(QStringLiteral("published")))
            return usageError(err, QCoreApplication::translate("Cli", "publication needs --checked, --published or both."));
        return Cli::publication(context, positional.first(), parser.value(QStringLiteral("checked")),
                                parser.value(QStringLiteral("published")));
    }
    if (command == u"sign" || command == u"sign-minutes") {
        Cli::SignOptions options;
        options.nss = {parser.value(QStringLiteral("nssdb")), parser.value(QStringLiteral("password-file"))};
        options.certificate = parser.value(QStringLiteral("cert"));
        options.role = parser.value(QStringLiteral("role"));
        options.location = parser.value(QStringLiteral("location"));
        if (command == u"sign-minutes") {
            if (options.certificate.isEmpty())
                return usageError(err, QCoreApplication::translate("Cli", "sign-minutes needs --cert NICK."));
            endAfterNss(out, err, Cli::signMinutes(context, positional.first(), parser.value(QStringLiteral("output")), options));
        }
        if (options.certificate.isEmpty() || !parser.isSet(QStringLiteral("output")))
            return usageError(err, QCoreApplication::translate("Cli", "sign needs -o OUT.pdf and --cert NICK."));
        endAfterNss(out, err, Cli::sign(context, positional.first(), parser.value(QStringLiteral("output")), options));
    }
    if (command == u"import-cert")
        return Cli::importCertificate(context, positional.first(),
                                      {parser.value(QStringLiteral("nssdb")), parser.value(QStringLiteral("password-file"))},
                                      parser.value(QStringLiteral("p12-password-file")));
    if (command == u"verify" || command == u"certs") {
        const Cli::SigningOptions options{parser.value(QStringLiteral("nssdb")), parser.value(QStringLiteral("password-file"))};
        endAfterNss(out, err, command == u"verify" ? Cli::verify(context, positional.first(), options)
                                                   : Cli::certificates(context, options));
    }
    if (command == u"search") {
        int limit = 20;
        int year = 0;
        if (!number(QStringLiteral("limit"), 1, 10000, 20, &limit) || !number(QStringLiteral("year"), 1900, 9999, 0, &year))
            return Cli::Usage;
        const QString order = parser.value(QStringLiteral("sort"));
        if (!order.isEmpty() && order != u"relevance" && order != u"date")
            return usageError(err, QCoreApplication::translate("Cli", "--sort must be relevance or date, not \"%1\".").arg(order));
        return Cli::search(context, positional.first(), limit, parser.value(QStringLiteral("body")), year, order == u"date");
    }
    endAfterNss(out, err, Cli::check(context, parser.value(QStringLiteral("nssdb"))));
}
