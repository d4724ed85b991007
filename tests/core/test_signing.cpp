#include <catch2/catch.hpp>

#include "testsupport.h"

#include "documents/documentrenderer.h"
#include "documents/meetingdocuments.h"
#include "signing/decisionrecord.h"
#include "signing/nss.h"
#include "documents/officialdocument.h"
#include "documents/publication.h"
#include "signing/verification.h"
#include "store/auditlog.h"
#include "store/connection.h"
#include "store/statement.h"

#include <libpq-fe.h>
#include "store/searchterms.h"
#include "text/richtext.h"
#include "procedure/meetingevents.h"
#include "procedure/meetingsession.h"

#include <poppler-annotation.h>
#include <poppler-form.h>
#include <poppler-qt6.h>

#include <functional>

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QXmlStreamReader>

namespace {

// A throwaway certificate authority of the municipality, two signers it
// issued, and an NSS database (password "tietokanta") that trusts the CA and
// holds the signers' keys; a second database without the CA. Made once per
// process at test time: no private key is committed. Then the minutes of the
// recorded meeting, signed by the secretary and, in a second revision, by a
// minute-checker (pdfsig).
struct Pki
{
    TestDir dir;
    QString database, untrusting, password;
    QString minutes, signedOnce, signedTwice;

    Pki()
    {
        const QString d = dir.path(QString());
        password = QStringLiteral("tietokanta");
        database = dir.path(QStringLiteral("nssdb"));
        untrusting = dir.path(QStringLiteral("other"));
        makeTestCertificates(d,
                             {{QStringLiteral("Liisa Laine"), QStringLiteral("laine")},
                              {QStringLiteral("Bertil Astrom"), QStringLiteral("astrom")},
                              {QStringLiteral("Cecilia Ohman"), QStringLiteral("ohman")},
                              {QStringLiteral("Aino Makela"), QStringLiteral("makela")}},
                             {untrusting});

        // An expired certificate of the same CA, and one from a CA that the
        // database does not trust.
        runTool(QStringLiteral("openssl"),
            {QStringLiteral("req"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"), QStringLiteral("-nodes"),
             QStringLiteral("-keyout"), QStringLiteral("old.key"), QStringLiteral("-out"), QStringLiteral("old.csr"),
             QStringLiteral("-subj"), QStringLiteral("/CN=Vanha Varmenne/O=Testilan kunta")},
            d);
        issueCertificate(d, QStringLiteral("old.csr"), QStringLiteral("old.pem"), QStringLiteral("signer"), -1);
        runTool(QStringLiteral("openssl"),
            {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
             QStringLiteral("-nodes"), QStringLiteral("-keyout"), QStringLiteral("other-ca.key"), QStringLiteral("-out"),
             QStringLiteral("other-ca.pem"), QStringLiteral("-days"), QStringLiteral("30"), QStringLiteral("-subj"),
             QStringLiteral("/CN=Muu CA")},
            d);
        runTool(QStringLiteral("openssl"),
            {QStringLiteral("req"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"), QStringLiteral("-nodes"),
             QStringLiteral("-keyout"), QStringLiteral("outsider.key"), QStringLiteral("-out"),
             QStringLiteral("outsider.csr"), QStringLiteral("-subj"), QStringLiteral("/CN=Ulkopuolinen")},
            d);
        issueCertificate(d, QStringLiteral("outsider.csr"), QStringLiteral("outsider.pem"), QStringLiteral("signer"), 30,
                         QStringLiteral("other-ca"));
        for (const auto &[nick, file] : {std::pair{QStringLiteral("Vanha Varmenne"), QStringLiteral("old")},
                                         std::pair{QStringLiteral("Ulkopuolinen"), QStringLiteral("outsider")}}) {
            runTool(QStringLiteral("openssl"),
                {QStringLiteral("pkcs12"), QStringLiteral("-export"), QStringLiteral("-inkey"), file + QStringLiteral(".key"),
                 QStringLiteral("-in"), file + QStringLiteral(".pem"), QStringLiteral("-name"), nick,
                 QStringLiteral("-passout"), QStringLiteral("pass:siirto"), QStringLiteral("-out"),
                 file + QStringLiteral(".p12")},
                d);
            runTool(QStringLiteral("pk12util"),
                {QStringLiteral("-i"), file + QStringLiteral(".p12"), QStringLiteral("-d"), QStringLiteral("sql:") + database,
                 QStringLiteral("-W"), QStringLiteral("siirto"), QStringLiteral("-k"), QStringLiteral("password")},
                d);
        }

        auto store = createStore(dir.path(QStringLiteral("s.sqlite")));
        const RecordedMeeting recorded = recordMeeting(*store);
        minutes = dir.path(QStringLiteral("minutes.pdf"));
        writeFile(minutes, required(DocumentRenderer::pdf(required(MeetingDocuments::minutes(*store, recorded.meeting)))));
        signedOnce = dir.path(QStringLiteral("signed-once.pdf"));
        signedTwice = dir.path(QStringLiteral("signed-twice.pdf"));
        sign(minutes, signedOnce, QStringLiteral("Liisa Laine"), QStringLiteral("pöytäkirjanpitäjä"));
        sign(signedOnce, signedTwice, QStringLiteral("Bertil Astrom"), QStringLiteral("pöytäkirjantarkastaja"));
    }

    void sign(const QString &in, const QString &out, const QString &nick, const QString &role)
    {
        runTool(QStringLiteral("pdfsig"),
            {QStringLiteral("-nssdir"), QStringLiteral("sql:") + database, QStringLiteral("-add-signature"),
             QStringLiteral("-nss-pwd"), password, QStringLiteral("-nick"), nick, QStringLiteral("-kpw"), password,
             QStringLiteral("-reason"), role, in, out},
            dir.path(QString()));
    }
};

Pki &pki()
{
    static Pki instance;
    static const bool used = [] {
        REQUIRE(Nss::useDatabase(instance.database).ok());
        return true;
    }();
    (void)used;
    return instance;
}

// The signing certificates of the recorded meeting's signers, registered
// for them: the secretary, the minute-checkers and the chair.
void registerSigners(Store &store)
{
    registerTestCertificates(store, pki().dir.path(QString()),
                             {{QStringLiteral("Liisa Laine"), QStringLiteral("laine")},
                              {QStringLiteral("Bertil Åström"), QStringLiteral("astrom")},
                              {QStringLiteral("Cecilia Öhman"), QStringLiteral("ohman")},
                              {QStringLiteral("Aino Mäkelä"), QStringLiteral("makela")}});
}

Verification::Report verified(const QString &file)
{
    const auto report = Verification::verify(file);
    INFO(report.error().toStdString());
    REQUIRE(report.ok());
    return *report;
}

// pdfsig's view of a file: per signature, the validation lines it prints.
QList<QStringList> pdfsig(const QString &file, const QString &database)
{
    QProcess process;
    process.start(QStringLiteral("pdfsig"), {QStringLiteral("-nssdir"), QStringLiteral("sql:") + database, file});
    REQUIRE(process.waitForFinished(60000));
    const QString output = QString::fromUtf8(process.readAllStandardOutput());
    QList<QStringList> signatures;
    const QStringList lines = output.split(u'\n');
    for (const QString &line : lines) {
        if (line.startsWith(QStringLiteral("Signature #")))
            signatures.append(QStringList());
        else if (!signatures.isEmpty())
            signatures.last().append(line.trimmed());
    }
    return signatures;
}

// Our verdict on each signature, in pdfsig's words.
void requireAgreesWithPdfsig(const QString &file, const QString &database, const Verification::Report &report)
{
    const QList<QStringList> theirs = pdfsig(file, database);
    REQUIRE(theirs.size() == report.signatures.size());
    // pdfsig lists signatures in the order of the document's fields, which
    // is the order they were made.
    for (qsizetype i = 0; i < theirs.size(); ++i) {
        const Verification::Signature &ours = report.signatures.at(i);
        const QString text = theirs.at(i).join(u'\n');
        INFO("signature " << i + 1 << "\n" << text.toStdString());
        REQUIRE(text.contains(QStringLiteral("Signer Certificate Common Name: %1").arg(ours.signer)));
        REQUIRE(text.contains(QStringLiteral("Signature Validation: Signature is Valid.")) == (ours.cryptographicStatus == u"valid"));
        REQUIRE(text.contains(QStringLiteral("Digest Mismatch")) == (ours.cryptographicStatus == u"digest-mismatch"));
        if (ours.cryptographicStatus == u"valid")
            REQUIRE(text.contains(QStringLiteral("Certificate Validation: Certificate is Trusted."))
                    == (ours.certificateStatus == u"trusted"));
        REQUIRE(text.contains(QStringLiteral("Total document signed")) == ours.coversWholeFile);
        REQUIRE(text.contains(QStringLiteral("Signing Hash Algorithm: SHA-256")) == (ours.hashAlgorithm == u"SHA-256"));
    }
}

} // namespace

TEST_CASE("Signatures of the minutes verify one by one, each covering its revision", "[signing][verify]")
{
    Pki &p = pki();
    const Verification::Report once = verified(p.signedOnce);
    INFO(once.verdict.toStdString());
    REQUIRE(once.ok);
    REQUIRE(once.signatures.size() == 1);
    const Verification::Signature &secretary = once.signatures.first();
    CHECK(secretary.signer == QStringLiteral("Liisa Laine"));
    CHECK(secretary.role == QStringLiteral("pöytäkirjanpitäjä"));
    CHECK(secretary.hashAlgorithm == QStringLiteral("SHA-256"));
    CHECK(secretary.cryptographicStatus == QStringLiteral("valid"));
    CHECK(secretary.certificateStatus == QStringLiteral("trusted"));
    CHECK(secretary.coversWholeFile);
    CHECK(qAbs(secretary.time.secsTo(QDateTime::currentDateTimeUtc())) < 3600);

    const Verification::Report twice = verified(p.signedTwice);
    REQUIRE(twice.ok);
    REQUIRE(twice.signatures.size() == 2);
    // The secretary's signature still holds for the revision it signed.
    CHECK(twice.signatures.at(0).signer == QStringLiteral("Liisa Laine"));
    CHECK(twice.signatures.at(0).valid());
    CHECK(twice.signatures.at(0).coversRevision);
    CHECK_FALSE(twice.signatures.at(0).coversWholeFile);
    CHECK(twice.signatures.at(0).revisionEnd == QFileInfo(p.signedOnce).size());
    CHECK(twice.signatures.at(1).signer == QStringLiteral("Bertil Astrom"));
    CHECK(twice.signatures.at(1).coversWholeFile);
    requireAgreesWithPdfsig(p.signedOnce, p.database, once);
    requireAgreesWithPdfsig(p.signedTwice, p.database, twice);

    const auto unsigned_ = verified(p.minutes);
    CHECK_FALSE(unsigned_.ok);
    CHECK(unsigned_.verdict == QStringLiteral("The document has no signatures."));
}

TEST_CASE("A byte changed inside a signed range is reported as a change after signing", "[signing][verify][tamper]")
{
    Pki &p = pki();
    QByteArray bytes = readFile(p.signedTwice);
    // Inside the secretary's range, in the minutes' own content.
    const qsizetype at = bytes.indexOf("Testil");
    REQUIRE(at > 0);
    bytes[at] = 'X';
    const QString tampered = p.dir.path(QStringLiteral("tampered.pdf"));
    writeFile(tampered, bytes);
    const Verification::Report report = verified(tampered);
    CHECK_FALSE(report.ok);
    REQUIRE(report.signatures.size() == 2);
    CHECK(report.signatures.at(0).cryptographicStatus == QStringLiteral("digest-mismatch"));
    CHECK(report.signatures.at(1).cryptographicStatus == QStringLiteral("digest-mismatch"));
    CHECK(report.verdict.contains(QStringLiteral("changed after signing")));
    requireAgreesWithPdfsig(tampered, p.database, report);
}

TEST_CASE("A revision appended after the last signature is reported", "[signing][verify][tamper]")
{
    Pki &p = pki();
    // Someone adds a note to the signed minutes and saves the changes.
    const QString appended = p.dir.path(QStringLiteral("appended.pdf"));
    {
        const auto document = Poppler::Document::load(p.signedOnce);
        REQUIRE(document);
        const std::unique_ptr<Poppler::Page> page = document->page(0);
        Poppler::TextAnnotation note(Poppler::TextAnnotation::Linked);
        note.setBoundary(QRectF(0.5, 0.5, 0.05, 0.05));
        note.setContents(QStringLiteral("Lisätty jälkikäteen"));
        page->addAnnotation(&note);
        const std::unique_ptr<Poppler::PDFConverter> converter = document->pdfConverter();
        converter->setOutputFileName(appended);
        converter->setPDFOptions(Poppler::PDFConverter::WithChanges);
        REQUIRE(converter->convert());
    }
    REQUIRE(readFile(appended).startsWith(readFile(p.signedOnce)));
    const Verification::Report report = verified(appended);
    CHECK_FALSE(report.ok);
    REQUIRE(report.signatures.size() == 1);
    CHECK(report.signatures.first().valid());
    CHECK(report.signatures.first().coversRevision);
    CHECK_FALSE(report.signatures.first().coversWholeFile);
    CHECK(report.verdict.contains(QStringLiteral("changed after the last signature")));
    requireAgreesWithPdfsig(appended, p.database, report);
}

TEST_CASE("pykala-cli verify and certs, and an untrusted issuer", "[signing][cli]")
{
    Pki &p = pki();
    const CliRun ok = runCli({QStringLiteral("verify"), p.signedTwice, QStringLiteral("--nssdb"), p.database,
                              QStringLiteral("--json")});
    INFO(ok.err.toStdString());
    REQUIRE(ok.exitCode == 0);
    const QJsonObject json = QJsonDocument::fromJson(ok.out.toUtf8()).object();
    CHECK(json.value(QStringLiteral("ok")).toBool());
    CHECK(json.value(QStringLiteral("signatures")).toArray().size() == 2);

    // Without the municipality's CA among the trusted, the signature is
    // intact but its certificate is not trusted: exit 1, one line saying so.
    const CliRun untrusted = runCli({QStringLiteral("verify"), p.signedOnce, QStringLiteral("--nssdb"), p.untrusting});
    CHECK(untrusted.exitCode == 1);
    // In words, with the code after them for scripts.
    CHECK(untrusted.out.contains(QStringLiteral("signature: valid (valid)")));
    CHECK(untrusted.out.contains(QStringLiteral("certificate: certificate issued by an unknown authority (unknown-issuer)")));
    CHECK(untrusted.err.contains(QStringLiteral("is not trusted (certificate issued by an unknown authority)")));
    CHECK(untrusted.err.trimmed().count(u'\n') == 0);

    const CliRun missing = runCli({QStringLiteral("verify"), p.signedOnce, QStringLiteral("--nssdb"),
                                   p.dir.path(QStringLiteral("nowhere"))});
    CHECK(missing.exitCode == 1);
    CHECK(missing.err.contains(QStringLiteral("There is no NSS certificate database")));
    const CliRun notPdf = runCli({QStringLiteral("verify"), p.dir.path(QStringLiteral("password")),
                                  QStringLiteral("--nssdb"), p.database});
    CHECK(notPdf.exitCode == 1);
    CHECK(notPdf.err.contains(QStringLiteral("is not a PDF document")));

    const CliRun certs = runCli({QStringLiteral("certs"), QStringLiteral("--nssdb"), p.database,
                                 QStringLiteral("--password-file"), p.dir.path(QStringLiteral("password")),
                                 QStringLiteral("--json")});
    INFO(certs.err.toStdString());
    REQUIRE(certs.exitCode == 0);
    QStringList nicknames;
    const QJsonArray list = QJsonDocument::fromJson(certs.out.toUtf8()).array();
    for (const QJsonValue &certificate : list) {
        nicknames << certificate[QStringLiteral("nickname")].toString();
        const QString nick = certificate[QStringLiteral("nickname")].toString();
        CHECK(certificate[QStringLiteral("issuer")].toString()
              == (nick == u"Ulkopuolinen" ? QStringLiteral("Muu CA") : QStringLiteral("Testilan kunnan CA")));
        CHECK(certificate[QStringLiteral("current")].toBool() == (nick != u"Vanha Varmenne"));
    }
    nicknames.sort();
    CHECK(nicknames == QStringList{QStringLiteral("Aino Makela"), QStringLiteral("Bertil Astrom"),
                                   QStringLiteral("Cecilia Ohman"), QStringLiteral("Liisa Laine"),
                                   QStringLiteral("Ulkopuolinen"), QStringLiteral("Vanha Varmenne")});
}

namespace {

CliRun signWith(Pki &p, const QString &in, const QString &out, const QString &nick, const QString &role,
                const QString &passwordFile = QString())
{
    return runCli({QStringLiteral("sign"), in, QStringLiteral("-o"), out, QStringLiteral("--cert"), nick,
                   QStringLiteral("--role"), role, QStringLiteral("--location"), QStringLiteral("Testilä"),
                   QStringLiteral("--nssdb"), p.database, QStringLiteral("--password-file"),
                   passwordFile.isEmpty() ? p.dir.path(QStringLiteral("password")) : passwordFile});
}

} // namespace

TEST_CASE("pykala-cli sign adds visible signatures in order, each small, each keeping the earlier valid", "[signing][sign]")
{
    Pki &p = pki();
    const QString first = p.dir.path(QStringLiteral("cli-1.pdf")), second = p.dir.path(QStringLiteral("cli-2.pdf"));
    const QByteArray minutesDigest = fileDigest(p.minutes);
    const CliRun secretary = signWith(p, p.minutes, first, QStringLiteral("Liisa Laine"), QStringLiteral("pöytäkirjanpitäjä"));
    INFO(secretary.err.toStdString());
    REQUIRE(secretary.exitCode == 0);
    CHECK(secretary.err.isEmpty());
    const CliRun checker = signWith(p, first, second, QStringLiteral("Bertil Astrom"), QStringLiteral("pöytäkirjantarkastaja"));
    INFO(checker.err.toStdString());
    REQUIRE(checker.exitCode == 0);
    CHECK(fileDigest(p.minutes) == minutesDigest);

    // Each signature is an appended revision of at most 100 kB: the
    // appearance uses the document's own small signature font.
    const qint64 base = QFileInfo(p.minutes).size(), once = QFileInfo(first).size(), twice = QFileInfo(second).size();
    CHECK(readFile(second).startsWith(readFile(first)));
    CHECK(once - base <= 100 * 1024);
    CHECK(twice - once <= 100 * 1024);
    CHECK(once - base < 30 * 1024);

    const Verification::Report report = verified(second);
    INFO(report.verdict.toStdString());
    REQUIRE(report.ok);
    REQUIRE(report.signatures.size() == 2);
    CHECK(report.signatures.at(0).signer == QStringLiteral("Liisa Laine"));
    CHECK(report.signatures.at(0).role == QStringLiteral("pöytäkirjanpitäjä"));
    CHECK(report.signatures.at(0).location == QStringLiteral("Testilä"));
    CHECK(report.signatures.at(0).valid());
    CHECK(report.signatures.at(1).role == QStringLiteral("pöytäkirjantarkastaja"));
    requireAgreesWithPdfsig(second, p.database, report);

    // Visible on the signature page, in its slots, naming signer and role.
    const auto document = Poppler::Document::load(second);
    REQUIRE(document);
    const int last = document->numPages() - 1;
    const std::unique_ptr<Poppler::Page> page = document->page(last);
    const QString text = page->text(QRectF());
    CHECK(text.contains(QStringLiteral("Sähköiset allekirjoitukset")));
    CHECK(text.contains(QStringLiteral("Liisa Laine")));
    CHECK(text.contains(QStringLiteral("pöytäkirjantarkastaja")));
    const auto fields = page->formFields();
    int signatures = 0;
    for (const auto &field : fields) {
        if (field->type() != Poppler::FormField::FormSignature)
            continue;
        const QRectF slot = OfficialDocument::signatureSlot(field->name() == u"signature-1" ? 0 : 1);
        INFO(field->name().toStdString());
        CHECK(qAbs(field->rect().top() - slot.top()) < 0.01);
        CHECK(qAbs(field->rect().left() - slot.left()) < 0.01);
        ++signatures;
    }
    CHECK(signatures == 2);
    // The fonts stay embedded, and the appearances use the document's own
    // signature font (a simple TrueType font): no system font was pulled in.
    const auto fonts = document->fonts();
    for (const Poppler::FontInfo &font : fonts) {
        INFO(font.name().toStdString());
        CHECK(font.isEmbedded());
        if (font.name().startsWith(QStringLiteral("Helvetica")))
            CHECK(font.type() == Poppler::FontInfo::TrueType);
    }
}

TEST_CASE("Signing refuses a wrong password, an unknown or expired certificate and an untrusted issuer", "[signing][sign][bad-input]")
{
    Pki &p = pki();
    const QByteArray before = fileDigest(p.minutes);
    const QString out = p.dir.path(QStringLiteral("refused.pdf"));
    writeFile(p.dir.path(QStringLiteral("wrong")), "väärä\n");

    auto expectRefused = [&](const CliRun &run, const char *text) {
        INFO("stderr: " << run.err.toStdString());
        CHECK(run.exitCode == 1);
        CHECK(run.err.contains(QString::fromUtf8(text)));
        CHECK(run.err.trimmed().count(u'\n') == 0);
        CHECK_FALSE(QFile::exists(out));
        CHECK(QDir(p.dir.path(QString())).entryList({QStringLiteral(".refused*")}, QDir::Files | QDir::Hidden).isEmpty());
        CHECK(fileDigest(p.minutes) == before);
    };
    expectRefused(signWith(p, p.minutes, out, QStringLiteral("Liisa Laine"), QStringLiteral("pöytäkirjanpitäjä"),
                           p.dir.path(QStringLiteral("wrong"))),
                  "the password may be wrong");
    expectRefused(signWith(p, p.minutes, out, QStringLiteral("Ei Ketään"), QStringLiteral("puheenjohtaja")),
                  "No certificate \"Ei Ketään\"");
    expectRefused(signWith(p, p.minutes, out, QStringLiteral("Vanha Varmenne"), QStringLiteral("puheenjohtaja")),
                  "not today");
    expectRefused(signWith(p, p.minutes, out, QStringLiteral("Ulkopuolinen"), QStringLiteral("puheenjohtaja")),
                  "is not trusted");
    const CliRun usage = runCli({QStringLiteral("sign"), p.minutes, QStringLiteral("-o"), out});
    CHECK(usage.exitCode == 2);
    CHECK(usage.err.contains(QStringLiteral("sign needs -o OUT.pdf and --cert NICK")));
}

TEST_CASE("A key on a PKCS#11 token (SoftHSM2) signs like a software key, a missing token is said so", "[signing][token]")
{
    Pki &p = pki();
    // A token of its own, registered in a database of its own.
    const QString home = p.dir.path(QStringLiteral("hsm"));
    QDir().mkpath(home + QStringLiteral("/tokens"));
    writeFile(home + QStringLiteral("/softhsm2.conf"),
              QStringLiteral("directories.tokendir = %1/tokens\nobjectstore.backend = file\nlog.level = ERROR\n")
                  .arg(home)
                  .toUtf8());
    const QStringList environment{QStringLiteral("SOFTHSM2_CONF=") + home + QStringLiteral("/softhsm2.conf")};
    const QString d = p.dir.path(QString());
    runTool(QStringLiteral("softhsm2-util"),
        {QStringLiteral("--init-token"), QStringLiteral("--free"), QStringLiteral("--label"), QStringLiteral("kortti"),
         QStringLiteral("--pin"), QStringLiteral("4321"), QStringLiteral("--so-pin"), QStringLiteral("87654321")},
        d, environment);
    const QString database = p.dir.path(QStringLiteral("tokendb"));
    QDir().mkpath(database);
    runTool(QStringLiteral("certutil"), {QStringLiteral("-N"), QStringLiteral("-d"), QStringLiteral("sql:") + database,
                                     QStringLiteral("--empty-password")},
        d);
    runTool(QStringLiteral("certutil"),
        {QStringLiteral("-A"), QStringLiteral("-d"), QStringLiteral("sql:") + database, QStringLiteral("-n"),
         QStringLiteral("Testilan CA"), QStringLiteral("-t"), QStringLiteral("CT,C,C"), QStringLiteral("-i"),
         QStringLiteral("ca.pem")},
        d);
    runTool(QStringLiteral("modutil"),
        {QStringLiteral("-dbdir"), QStringLiteral("sql:") + database, QStringLiteral("-add"), QStringLiteral("softhsm"),
         QStringLiteral("-libfile"), QStringLiteral("/usr/lib/softhsm/libsofthsm2.so"), QStringLiteral("-force")},
        d, environment);
    writeFile(p.dir.path(QStringLiteral("pin")), "4321\n");
    runTool(QStringLiteral("pk12util"),
        {QStringLiteral("-i"), QStringLiteral("laine.p12"), QStringLiteral("-d"), QStringLiteral("sql:") + database,
         QStringLiteral("-h"), QStringLiteral("kortti"), QStringLiteral("-W"), QStringLiteral("siirto"),
         QStringLiteral("-k"), QStringLiteral("pin")},
        d, environment);

    auto cli = [&](const QStringList &arguments) { return runCli(arguments, {}, environment); };
    const CliRun certs = cli({QStringLiteral("certs"), QStringLiteral("--nssdb"), database, QStringLiteral("--password-file"),
                              p.dir.path(QStringLiteral("pin"))});
    INFO(certs.err.toStdString());
    REQUIRE(certs.exitCode == 0);
    CHECK(certs.out.contains(QStringLiteral("kortti:Liisa Laine")));

    const QString out = p.dir.path(QStringLiteral("token-signed.pdf"));
    auto sign = [&](const QString &pinFile) {
        return cli({QStringLiteral("sign"), p.minutes, QStringLiteral("-o"), out, QStringLiteral("--cert"),
                    QStringLiteral("kortti:Liisa Laine"), QStringLiteral("--role"), QStringLiteral("pöytäkirjanpitäjä"),
                    QStringLiteral("--nssdb"), database, QStringLiteral("--password-file"), pinFile});
    };
    writeFile(p.dir.path(QStringLiteral("wrong-pin")), "0000\n");
    const CliRun wrong = sign(p.dir.path(QStringLiteral("wrong-pin")));
    CHECK(wrong.exitCode == 1);
    CHECK(wrong.err.contains(QStringLiteral("the password may be wrong")));
    CHECK_FALSE(QFile::exists(out));

    const CliRun signedByToken = sign(p.dir.path(QStringLiteral("pin")));
    INFO(signedByToken.err.toStdString());
    REQUIRE(signedByToken.exitCode == 0);
    const Verification::Report report = verified(out);
    CHECK(report.ok);
    CHECK(report.signatures.first().signer == QStringLiteral("Liisa Laine"));
    QFile::remove(out);

    // The card is pulled out.
    REQUIRE(QDir().rename(home + QStringLiteral("/tokens"), home + QStringLiteral("/away")));
    const CliRun missing = sign(p.dir.path(QStringLiteral("pin")));
    CHECK(missing.exitCode == 1);
    CHECK(missing.err.contains(QStringLiteral("the token not inserted")));
    CHECK_FALSE(QFile::exists(out));
    REQUIRE(QDir().rename(home + QStringLiteral("/away"), home + QStringLiteral("/tokens")));
}

TEST_CASE("sign-minutes keeps the signed minutes in the store and freezes the meeting's record", "[signing][record]")
{
    Pki &p = pki();
    TestDir dir;
    const QString path = dir.path(QStringLiteral("s.sqlite"));
    qint64 meetingId = 0;
    {
        auto store = createStore(path);
        const Meeting held = recordMeeting(*store).meeting;
        registerSigners(*store);
        meetingId = held.id;
        addUnheldMeeting(*store, held); // KH 13/2026: cannot be signed
    }
    auto signMinutes = [&](const QString &meeting, const QString &nick, const QString &out = QString()) {
        QStringList arguments{QStringLiteral("--store"), path, QStringLiteral("sign-minutes"), meeting,
                              QStringLiteral("--cert"), nick, QStringLiteral("--nssdb"), p.database,
                              QStringLiteral("--password-file"), p.dir.path(QStringLiteral("password"))};
        if (!out.isEmpty())
            arguments << QStringLiteral("-o") << out;
        return runCli(arguments);
    };
    const CliRun early = signMinutes(QStringLiteral("KH 13/2026"), QStringLiteral("Liisa Laine"));
    CHECK(early.exitCode == 1);
    CHECK(early.err.contains(QStringLiteral("has not been closed")));

    // The secretary signs first: the record is frozen from now on.
    const CliRun first = signMinutes(QStringLiteral("KH 12/2026"), QStringLiteral("Liisa Laine"));
    INFO(first.err.toStdString());
    REQUIRE(first.exitCode == 0);
    CHECK(first.out.contains(QStringLiteral("signature 1 of 4")));
    {
        auto store = openStore(path);
        const auto kept = store->signedMinutes(meetingId);
        REQUIRE(kept.ok());
        REQUIRE(kept->has_value());
        const SignedMinutes &minutes = kept->value();
        CHECK(minutes.signatures == 1);
        CHECK(minutes.requiredSignatures() == 4); // secretary, two minute-checkers, chair
        CHECK(minutes.signingRoles == QStringList{QStringLiteral("pöytäkirjanpitäjä"), QStringLiteral("pöytäkirjantarkastaja"),
                                                  QStringLiteral("pöytäkirjantarkastaja"), QStringLiteral("puheenjohtaja")});
        CHECK(minutes.sha256 == QString::fromLatin1(QCryptographicHash::hash(minutes.pdf, QCryptographicHash::Sha256).toHex()));
        // The record's digest is in the signed PDF's metadata.
        const auto document = Poppler::Document::loadFromData(minutes.pdf);
        REQUIRE(document);
        CHECK(document->info(QStringLiteral("Keywords")).contains(QStringLiteral("sha256:") + minutes.recordDigest));

        // Neither the store nor SQL can change the record now.
        AgendaItem item = store->agendaItems(meetingId).value().at(2);
        item.decision = QStringLiteral("<p>Muutettu jälkikäteen.</p>");
        const Status changed = store->updateAgendaItem(item);
        REQUIRE_FALSE(changed.ok());
        CHECK(changed.error().contains(QStringLiteral("signed")));
        CHECK_THAT(refusal(store->appendMeetingEvents(meetingId, {MeetingEvents::noting(3)})),
                   Catch::Contains("minutes are signed, so its record can no longer change"));
        CHECK_THAT(refusal(store->removeAgendaItem(item.id)), Catch::Contains("has been opened"));
        Meeting meeting = store->meeting(meetingId).value().value();
        meeting.place = QStringLiteral("Muualla");
        CHECK_THAT(refusal(store->updateMeeting(meeting)), Catch::Contains("the meeting's minutes are signed"));
        // The day of publication follows the signatures and may be set.
        meeting = store->meeting(meetingId).value().value();
        meeting.minutesPublished = QDate(2026, 5, 14);
        CHECK(store->updateMeeting(meeting).ok());
        RawConnection raw(path);
        CHECK_FALSE(raw.exec(QStringLiteral("UPDATE agenda_item SET decision = 'x' WHERE meeting_id = %1").arg(meetingId)));
        CHECK_FALSE(raw.exec(QStringLiteral("DELETE FROM signed_minutes")));
        CHECK_FALSE(raw.exec(QStringLiteral("UPDATE signed_minutes SET pdf = x'00'")));
        CHECK_FALSE(raw.exec(QStringLiteral("UPDATE meeting SET state = 'planned' WHERE id = %1").arg(meetingId)));
        // Nor by replacing rows, which SQLite does without delete triggers.
        const qint64 other = raw.value(QStringLiteral("SELECT id FROM meeting WHERE number = 13")).toLongLong();
        CHECK_FALSE(raw.exec(QStringLiteral("INSERT OR REPLACE INTO agenda_item (id, meeting_id, position, title, publicity, "
                                            "appeal_kind) VALUES (%1, %2, 99, 'Siirretty', 'public', 'rectification')")
                                 .arg(item.id)
                                 .arg(other)));
        CHECK_FALSE(raw.exec(QStringLiteral("INSERT OR REPLACE INTO meeting (id, body_id, year, number, planned_start, "
                                            "place, mode, state) SELECT id, body_id, year, number, planned_start, "
                                            "'Muualla', mode, state FROM meeting WHERE id = %1")
                                 .arg(meetingId)));
        CHECK_FALSE(raw.exec(QStringLiteral("INSERT OR REPLACE INTO signed_minutes (meeting_id, pdf, sha256, "
                                            "record_digest, part_digests, signatures, signing_roles, frozen_at) SELECT "
                                            "meeting_id, x'00', sha256, record_digest, part_digests, 1, signing_roles, "
                                            "frozen_at FROM signed_minutes")));
        CHECK(raw.value(QStringLiteral("SELECT place FROM meeting WHERE id = %1").arg(meetingId)).toString()
              == QStringLiteral("Kunnantalo, valtuustosali"));
    }
    CHECK(runCli({QStringLiteral("--store"), path, QStringLiteral("check")}).exitCode == 0);

    // The minute-checkers and the chair sign; then the minutes are complete.
    const QString signedFile = dir.path(QStringLiteral("poytakirja.pdf"));
    // One signature per person, in turn.
    const CliRun twiceBySecretary = signMinutes(QStringLiteral("KH 12/2026"), QStringLiteral("Liisa Laine"));
    CHECK(twiceBySecretary.exitCode == 1);
    CHECK(twiceBySecretary.err.contains(QStringLiteral("The certificate is Liisa Laine's, and it is Bertil Åström's turn "
                                                       "to sign as pöytäkirjantarkastaja")));
    // The chair's certificate in a minute-checker's slot: refused too.
    const CliRun chairAsChecker = signMinutes(QStringLiteral("KH 12/2026"), QStringLiteral("Aino Makela"));
    CHECK(chairAsChecker.exitCode == 1);
    CHECK(chairAsChecker.err.contains(QStringLiteral("The certificate is Aino Mäkelä's")));
    CHECK(openStore(path)->signedMinutes(meetingId).value()->signatures == 1);
    const CliRun outOfTurn = runCli({QStringLiteral("--store"), path, QStringLiteral("sign-minutes"), QStringLiteral("KH 12/2026"),
                                     QStringLiteral("--cert"), QStringLiteral("Bertil Astrom"), QStringLiteral("--role"),
                                     QStringLiteral("puheenjohtaja"), QStringLiteral("--nssdb"), p.database,
                                     QStringLiteral("--password-file"), p.dir.path(QStringLiteral("password"))});
    CHECK(outOfTurn.exitCode == 1);
    CHECK(outOfTurn.err.contains(QStringLiteral("It is the turn of the pöytäkirjantarkastaja")));
    for (const QString &nick : {QStringLiteral("Bertil Astrom"), QStringLiteral("Cecilia Ohman"), QStringLiteral("Aino Makela")}) {
        const CliRun next = signMinutes(QStringLiteral("KH 12/2026"), nick, signedFile);
        INFO(next.err.toStdString());
        REQUIRE(next.exitCode == 0);
    }
    const Verification::Report report = verified(signedFile);
    REQUIRE(report.ok);
    REQUIRE(report.signatures.size() == 4);
    CHECK(report.signatures.at(0).role == QStringLiteral("pöytäkirjanpitäjä"));
    CHECK(report.signatures.at(1).role == QStringLiteral("pöytäkirjantarkastaja"));
    CHECK(report.signatures.at(2).role == QStringLiteral("pöytäkirjantarkastaja"));
    CHECK(report.signatures.at(3).role == QStringLiteral("puheenjohtaja"));
    const QString completeSha = openStore(path)->signedMinutes(meetingId).value()->sha256;
    const QString archived = dir.path(QStringLiteral("arkisto.pdf"));
    const CliRun written = runCli({QStringLiteral("--store"), path, QStringLiteral("signed-minutes"),
                                   QStringLiteral("KH 12/2026"), QStringLiteral("-o"), archived});
    REQUIRE(written.exitCode == 0);
    CHECK(fileDigest(archived) == completeSha.toLatin1());
    const CliRun unsignedMinutes = runCli({QStringLiteral("--store"), path, QStringLiteral("signed-minutes"),
                                           QStringLiteral("KH 13/2026"), QStringLiteral("-o"), archived});
    CHECK(unsignedMinutes.exitCode == 1);
    CHECK(unsignedMinutes.err.contains(QStringLiteral("The minutes of KH 13/2026 have not been signed")));
    const CliRun again = signMinutes(QStringLiteral("KH 12/2026"), QStringLiteral("Liisa Laine"));
    CHECK(again.exitCode == 1);
    CHECK(again.err.contains(QStringLiteral("is finalised")));
    CHECK(openStore(path)->signedMinutes(meetingId).value()->sha256 == completeSha);
    CHECK(openStore(path)->signedMinutes(meetingId).value()->signatures == 4);

    // A later correction is recorded beside the signed minutes, linked to
    // them; the record and its check stay as they were.
    const CliRun correction = runCli({QStringLiteral("--store"), path, QStringLiteral("correct"),
                                      QStringLiteral("KH 12/2026 § 3"), QStringLiteral("--text"),
                                      QStringLiteral("Päätöksestä puuttui kustannusarvio 2,4 milj. euroa."),
                                      QStringLiteral("--decided"), QStringLiteral("2026-05-25")});
    INFO(correction.err.toStdString());
    REQUIRE(correction.exitCode == 0);
    const CliRun unsignedCorrection = runCli({QStringLiteral("--store"), path, QStringLiteral("correct"),
                                              QStringLiteral("KH 13/2026"), QStringLiteral("--text"),
                                              QStringLiteral("Korjaus"), QStringLiteral("--decided"),
                                              QStringLiteral("2026-05-25")});
    CHECK(unsignedCorrection.exitCode == 1);
    CHECK(unsignedCorrection.err.contains(QStringLiteral("not signed")));
    const CliRun listed = runCli({QStringLiteral("--store"), path, QStringLiteral("corrections"),
                                  QStringLiteral("KH 12/2026"), QStringLiteral("--json")});
    REQUIRE(listed.exitCode == 0);
    const QJsonArray corrections = QJsonDocument::fromJson(listed.out.toUtf8()).array();
    REQUIRE(corrections.size() == 1);
    CHECK(corrections.first()[QStringLiteral("item")].toString() == QStringLiteral("§ 3"));
    CHECK(corrections.first()[QStringLiteral("correctsSha256")].toString()
          == openStore(path)->signedMinutes(meetingId).value()->sha256);
    {
        RawConnection raw(path);
        CHECK_FALSE(raw.exec(QStringLiteral("UPDATE correction SET text = 'toisin'")));
        CHECK_FALSE(raw.exec(QStringLiteral("DELETE FROM correction")));
    }
    CHECK(runCli({QStringLiteral("--store"), path, QStringLiteral("check")}).exitCode == 0);

    // Another tool removes a protection and edits the record: check names
    // the meeting and the item.
    // (SQLite's trigger of updates; PostgreSQL's one trigger of the table.)
    const QString itemTrigger = testsOnServer() ? QStringLiteral("agenda_item_signed")
                                                : QStringLiteral("agenda_item_signed_update");
    {
        RawConnection raw(path);
        REQUIRE(raw.exec(QStringLiteral("DROP TRIGGER %1%2").arg(
            itemTrigger, testsOnServer() ? QStringLiteral(" ON agenda_item") : QString())));
        REQUIRE(raw.exec(QStringLiteral("UPDATE agenda_item SET decision = '<p>Toisin.</p>' WHERE meeting_id = %1 "
                                        "AND section_number = 5")
                             .arg(meetingId)));
    }
    const CliRun check = runCli({QStringLiteral("--store"), path, QStringLiteral("check")});
    CHECK(check.exitCode == 1);
    CHECK(check.out.contains(QStringLiteral("KH 12/2026 § 5 differs from what was signed in its minutes")));
    CHECK(check.out.contains(QStringLiteral("trigger %1 is missing").arg(itemTrigger)));
    {
        // A protection replaced by one that does nothing is found too.
        RawConnection raw(path);
        if (testsOnServer()) {
            REQUIRE(raw.exec(QStringLiteral("CREATE OR REPLACE FUNCTION attachment_signed() RETURNS trigger "
                                            "LANGUAGE plpgsql AS $$ BEGIN RETURN OLD; END $$")));
        } else {
            REQUIRE(raw.exec(QStringLiteral("DROP TRIGGER attachment_signed_delete")));
            REQUIRE(raw.exec(QStringLiteral("CREATE TRIGGER attachment_signed_delete BEFORE DELETE ON attachment WHEN 0 "
                                            "BEGIN SELECT 1; END")));
        }
    }
    CHECK(runCli({QStringLiteral("--store"), path, QStringLiteral("check")})
              .out.contains(testsOnServer() ? QStringLiteral("function attachment_signed was changed")
                                            : QStringLiteral("trigger attachment_signed_delete was changed")));
    CHECK_FALSE(check.out.contains(QStringLiteral("§ 3 differs")));
}

TEST_CASE("The body's signing order sets the signature page and whose turn it is", "[signing][record]")
{
    Pki &p = pki();
    TestDir dir;
    const QString path = dir.path(QStringLiteral("s.sqlite"));
    {
        auto store = createStore(path);
        recordMeeting(*store);
        registerSigners(*store);
    }
    const CliRun wrong = runCli({QStringLiteral("--store"), path, QStringLiteral("body"), QStringLiteral("KH"),
                                 QStringLiteral("--signing-order"), QStringLiteral("chair,secretary")});
    CHECK(wrong.exitCode == 1);
    CHECK(wrong.err.contains(QStringLiteral("must name secretary, minute-checkers and chair")));
    const CliRun set = runCli({QStringLiteral("--store"), path, QStringLiteral("body"), QStringLiteral("KH"),
                               QStringLiteral("--signing-order"), QStringLiteral("chair,secretary,minute-checkers")});
    INFO(set.err.toStdString());
    REQUIRE(set.exitCode == 0);
    const QString out = dir.path(QStringLiteral("minutes.pdf"));
    // The chair's turn first: the secretary's certificate is refused there.
    const CliRun secretaryFirst = runCli({QStringLiteral("--store"), path, QStringLiteral("sign-minutes"),
                                          QStringLiteral("KH 12/2026"), QStringLiteral("--cert"),
                                          QStringLiteral("Liisa Laine"), QStringLiteral("--nssdb"), p.database,
                                          QStringLiteral("--password-file"), p.dir.path(QStringLiteral("password"))});
    CHECK(secretaryFirst.exitCode == 1);
    CHECK(secretaryFirst.err.contains(QStringLiteral("it is Aino Mäkelä's turn to sign as puheenjohtaja")));
    // The role as the signing order names it is the turn's own name.
    const CliRun first = runCli({QStringLiteral("--store"), path, QStringLiteral("sign-minutes"), QStringLiteral("KH 12/2026"),
                                 QStringLiteral("--cert"), QStringLiteral("Aino Makela"), QStringLiteral("--role"),
                                 QStringLiteral("chair"), QStringLiteral("--nssdb"),
                                 p.database, QStringLiteral("--password-file"), p.dir.path(QStringLiteral("password")),
                                 QStringLiteral("-o"), out});
    INFO(first.err.toStdString());
    REQUIRE(first.exitCode == 0);
    const Verification::Report report = verified(out);
    REQUIRE(report.signatures.size() == 1);
    CHECK(report.signatures.first().role == QStringLiteral("puheenjohtaja"));
    CHECK(report.signatures.first().signer == QStringLiteral("Aino Makela"));
    // The order changed after the first signature would move every turn:
    // the rest is refused until it is set back.
    REQUIRE(runCli({QStringLiteral("--store"), path, QStringLiteral("body"), QStringLiteral("KH"),
                    QStringLiteral("--signing-order"), QStringLiteral("secretary,minute-checkers,chair")})
                .exitCode == 0);
    const CliRun moved = runCli({QStringLiteral("--store"), path, QStringLiteral("sign-minutes"), QStringLiteral("KH 12/2026"),
                                 QStringLiteral("--cert"), QStringLiteral("Liisa Laine"), QStringLiteral("--nssdb"),
                                 p.database, QStringLiteral("--password-file"), p.dir.path(QStringLiteral("password"))});
    CHECK(moved.exitCode == 1);
    CHECK(moved.err.contains(QStringLiteral("were frozen with the turns puheenjohtaja, pöytäkirjanpitäjä")));
    REQUIRE(runCli({QStringLiteral("--store"), path, QStringLiteral("body"), QStringLiteral("KH"),
                    QStringLiteral("--signing-order"), QStringLiteral("chair,secretary,minute-checkers")})
                .exitCode == 0);
    const CliRun secretary = runCli({QStringLiteral("--store"), path, QStringLiteral("sign-minutes"), QStringLiteral("KH 12/2026"),
                                     QStringLiteral("--cert"), QStringLiteral("Liisa Laine"), QStringLiteral("--nssdb"),
                                     p.database, QStringLiteral("--password-file"), p.dir.path(QStringLiteral("password"))});
    INFO(secretary.err.toStdString());
    CHECK(secretary.exitCode == 0);

    // A meeting closed without minute-checkers: nothing is signed, and the
    // refusal says whose turn has no one.
    {
        auto store = openStore(path);
        const Meeting next = addUnheldMeeting(*store, required(store->findMeeting(QStringLiteral("KH 12/2026"))));
        AgendaItem item;
        item.meetingId = next.id;
        item.title = QStringLiteral("Ilmoitusasiat");
        required(store->addAgendaItem(item));
        QList<qint64> present;
        for (const Person &person : required(store->persons()))
            if (person.familyName == u"Mäkelä" || person.familyName == u"Åström" || person.familyName == u"Öhman")
                present << person.id;
        using namespace MeetingEvents;
        const QDate day = next.plannedStart.date();
        REQUIRE(MeetingSession::record(*store, next, file({open(QDateTime(day, QTime(16, 0))), attendance(present, {}),
                                                          decision(1), close(QDateTime(day, QTime(16, 30)))}))
                    .ok());
    }
    const CliRun noCheckers = runCli({QStringLiteral("--store"), path, QStringLiteral("sign-minutes"), QStringLiteral("KH 13/2026"),
                                      QStringLiteral("--cert"), QStringLiteral("Aino Makela"), QStringLiteral("--nssdb"),
                                      p.database, QStringLiteral("--password-file"), p.dir.path(QStringLiteral("password"))});
    CHECK(noCheckers.exitCode == 1);
    CHECK(noCheckers.err.contains(QStringLiteral("KH 13/2026 cannot be signed yet: The minutes name no one to sign as "
                                                 "pöytäkirjantarkastaja")));
    CHECK_FALSE(required(openStore(path)->signedMinutes(required(openStore(path)->findMeeting(QStringLiteral("KH 13/2026"))).id))
                    .has_value());
    const auto document = Poppler::Document::load(out);
    REQUIRE(document);
    const QString page = document->page(document->numPages() - 1)->text(QRectF()).simplified();
    // The chair who presided is named (Mäkelä chaired the whole meeting).
    CHECK(page.contains(QStringLiteral("järjestyksessä: puheenjohtaja Aino Mäkelä, pöytäkirjanpitäjä, pöytäkirjantarkastajat.")));
}

TEST_CASE("pykala-cli import-cert brings a PKCS#12 file into a certificate database", "[signing][import]")
{
    Pki &p = pki();
    TestDir dir;
    const QString database = dir.path(QStringLiteral("new-db"));
    writeFile(dir.path(QStringLiteral("p12")), "siirto\n");
    writeFile(dir.path(QStringLiteral("wrong")), "väärä\n");
    const QString p12 = p.dir.path(QStringLiteral("laine.p12"));
    const CliRun wrong = runCli({QStringLiteral("import-cert"), p12, QStringLiteral("--nssdb"), database,
                                 QStringLiteral("--p12-password-file"), dir.path(QStringLiteral("wrong"))});
    CHECK(wrong.exitCode == 1);
    CHECK(wrong.err.contains(QStringLiteral("Could not import")));
    const CliRun imported = runCli({QStringLiteral("import-cert"), p12, QStringLiteral("--nssdb"), database,
                                    QStringLiteral("--p12-password-file"), dir.path(QStringLiteral("p12"))});
    INFO(imported.err.toStdString());
    REQUIRE(imported.exitCode == 0);
    const CliRun certs = runCli({QStringLiteral("certs"), QStringLiteral("--nssdb"), database});
    CHECK(certs.out.contains(QStringLiteral("Liisa Laine")));
    const CliRun missing = runCli({QStringLiteral("import-cert"), dir.path(QStringLiteral("nothing.p12")),
                                   QStringLiteral("--nssdb"), database});
    CHECK(missing.exitCode == 1);
    CHECK(missing.err.contains(QStringLiteral("There is no file")));
}


TEST_CASE("Each person who presided signs the minutes, named with the § numbers", "[signing][record][chair]")
{
    // KH 13/2026: Mäkelä chairs but is disqualified in item 1, where the vice
    // chair Åström presides; Öhman checks the minutes. Four signatures: the
    // secretary, the minute-checker, Åström for § 1's item and Mäkelä for
    // the other.
    Pki &p = pki();
    TestDir dir;
    const QString path = dir.path(QStringLiteral("s.sqlite"));
    int first = 0, second = 0;
    {
        auto store = createStore(path);
        const Meeting held = addUnheldMeeting(*store, recordMeeting(*store).meeting);
        registerSigners(*store);
        QHash<QString, qint64> ids;
        for (const Person &person : required(store->persons()))
            ids.insert(person.displayName(), person.id);
        for (const char *title : {"Uimahallin lipunhinnat", "Koulukuljetukset"}) {
            AgendaItem item;
            item.meetingId = held.id;
            item.title = QString::fromUtf8(title);
            item.appealKind = AppealKind::Rectification;
            required(store->addAgendaItem(item));
        }
        const qint64 makela = ids.value(QStringLiteral("Aino Mäkelä")), astrom = ids.value(QStringLiteral("Bertil Åström")),
                     ohman = ids.value(QStringLiteral("Cecilia Öhman")), virtanen = ids.value(QStringLiteral("Daniel Virtanen"));
        using namespace MeetingEvents;
        const QDate day = held.plannedStart.date();
        const auto recorded = MeetingSession::record(*store, held, file({
            open(QDateTime(day, QTime(16, 0))), attendance({makela, astrom, ohman, virtanen}, {}),
            minuteCheckers({ohman}),
            disqualified({makela, 1, QStringLiteral("HL 28 § 1 mom. 1 k")}), decision(1), decision(2),
            close(QDateTime(day, QTime(17, 0)))}));
        INFO(recorded.error().toStdString());
        REQUIRE(recorded.ok());
        const QList<AgendaItem> items = required(store->agendaItems(held.id));
        first = *items.at(0).sectionNumber;
        second = *items.at(1).sectionNumber;
    }
    const QString out = dir.path(QStringLiteral("minutes.pdf"));
    auto sign = [&](const QString &nick, const QString &role = QString()) {
        QStringList arguments{QStringLiteral("--store"), path, QStringLiteral("sign-minutes"), QStringLiteral("KH 13/2026"),
                              QStringLiteral("--cert"), nick, QStringLiteral("--nssdb"), p.database,
                              QStringLiteral("--password-file"), p.dir.path(QStringLiteral("password")),
                              QStringLiteral("-o"), out};
        if (!role.isEmpty())
            arguments << QStringLiteral("--role") << role;
        const CliRun run = runCli(arguments);
        INFO(run.err.toStdString());
        REQUIRE(run.exitCode == 0);
    };
    sign(QStringLiteral("Liisa Laine"));
    sign(QStringLiteral("Cecilia Ohman"));
    // Not yet the turn of the second chair's signature.
    const CliRun early = runCli({QStringLiteral("--store"), path, QStringLiteral("sign-minutes"), QStringLiteral("KH 13/2026"),
                                 QStringLiteral("--cert"), QStringLiteral("Aino Makela"), QStringLiteral("--nssdb"), p.database,
                                 QStringLiteral("--password-file"), p.dir.path(QStringLiteral("password")),
                                 QStringLiteral("--role"), QStringLiteral("pöytäkirjanpitäjä")});
    CHECK(early.exitCode == 1);
    CHECK(early.err.contains(QStringLiteral("It is the turn of the puheenjohtaja § %1 to sign").arg(first)));
    // "puheenjohtaja" names the turn; the signature carries the § numbers.
    sign(QStringLiteral("Bertil Astrom"), QStringLiteral("puheenjohtaja"));
    sign(QStringLiteral("Aino Makela"));

    const Verification::Report report = verified(out);
    REQUIRE(report.signatures.size() == 4);
    CHECK(report.signatures.at(2).signer == QStringLiteral("Bertil Astrom"));
    CHECK(report.signatures.at(2).role == QStringLiteral("puheenjohtaja § %1").arg(first));
    CHECK(report.signatures.at(3).signer == QStringLiteral("Aino Makela"));
    CHECK(report.signatures.at(3).role == QStringLiteral("puheenjohtaja § %1").arg(second));
    requireAgreesWithPdfsig(out, p.database, report);
    const auto document = Poppler::Document::load(out);
    REQUIRE(document);
    const QString page = document->page(document->numPages() - 1)->text(QRectF()).simplified();
    CHECK(page.contains(QStringLiteral("järjestyksessä: pöytäkirjanpitäjä, pöytäkirjantarkastajat, puheenjohtaja "
                                       "Bertil Åström (§ %1), puheenjohtaja Aino Mäkelä (§ %2).").arg(first).arg(second)));
    CHECK(runCli({QStringLiteral("--store"), path, QStringLiteral("check")}).exitCode == 0);
}

namespace {

// The audit entry hash as docs/data-model.md defines it: SHA-256 over the
// fields, each as its UTF-8 length, ':' and its bytes.
QString auditEntryHash(const QStringList &fields)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const QString &field : fields) {
        const QByteArray bytes = field.toUtf8();
        hash.addData(QByteArray::number(bytes.size()) + ':' + bytes);
    }
    return QString::fromLatin1(hash.result().toHex());
}

// What an attacker with write access to the file and Pykälä's source does to
// make a change look as if Pykälä had made it: removes the protections,
// makes the change (`forge`), makes the search index, the digests kept with
// the signed minutes and the audit log's digests agree with it, writes the
// whole audit chain again, and puts the protections back. Store::check (the
// file, the chain, the index, the triggers) passes afterwards.
void forgeStore(const QString &path, qint64 meetingId, const std::function<void(const Connection &)> &forge)
{
    // Every protection of every table, turned off (SQLite: its triggers
    // dropped; PostgreSQL: disabled) and put back at the end.
    RawConnection protections(path);
    REQUIRE(protections.dropProtections(AuditLog::entities()
                                        + QStringList{QStringLiteral("audit_log"), QStringLiteral("preparer"),
                                                      QStringLiteral("extract_recipient"),
                                                      QStringLiteral("item_search")}));
    const QString name = QStringLiteral("forger");
    {
        const QString location = storeLocation(path);
        const bool server = Store::isServerLocation(location);
        std::unique_ptr<Connection> connection;
        if (server) {
            connection = std::make_unique<Connection>(PQconnectdb(location.toUtf8().constData()));
            REQUIRE(PQstatus(connection->postgresql()) == CONNECTION_OK);
            PQclear(PQexec(connection->postgresql(), "SET bytea_output = 'hex'"));
        } else {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(path);
            REQUIRE(db.open());
            connection = std::make_unique<Connection>(name);
        }
        const Connection &db = *connection;
        auto exec = [&](const QString &sql, std::initializer_list<QVariant> values = {}) {
            Statement statement(db, sql, values);
            const bool done = statement.exec();
            INFO(sql.toStdString() << ": " << statement.errorMessage().toStdString());
            REQUIRE(done);
        };
        auto rows = [&](const QString &sql) {
            Statement statement(db, sql);
            INFO(sql.toStdString() << ": " << statement.errorMessage().toStdString());
            REQUIRE(statement.exec());
            QList<QVariantList> all;
            while (statement.next()) {
                QVariantList row;
                for (int column = 0; column < statement.columnCount(); ++column)
                    row.append(statement.value(column));
                all.append(row);
            }
            return all;
        };
        forge(db);

        // The search index of the meeting's items, as the store makes it.
        for (const QVariantList &item : rows(QStringLiteral("SELECT id FROM agenda_item WHERE meeting_id = %1").arg(meetingId))) {
            const qint64 id = item.at(0).toLongLong();
            const QVariantList texts = rows(QStringLiteral("SELECT title, case_reference, background, proposal, decision, "
                                                           "proceedings FROM agenda_item WHERE id = %1").arg(id)).value(0);
            REQUIRE(texts.size() == 6);
            const QString title = texts.at(0).toString() + u' ' + texts.at(1).toString();
            QStringList body;
            for (int column = 2; column < 6; ++column)
                body.append(RichText::toPlainText(texts.at(column).toString()));
            for (const QVariantList &preparer :
                 rows(QStringLiteral("SELECT name, title FROM preparer WHERE item_id = %1 ORDER BY position").arg(id)))
                body << preparer.at(0).toString() << preparer.at(1).toString();
            for (const QVariantList &attachment : rows(QStringLiteral("SELECT name FROM attachment WHERE item_id = %1").arg(id)))
                body << attachment.at(0).toString();
            exec(QStringLiteral("UPDATE item_search SET title = ?, body = ? WHERE %1 = ?")
                     .arg(server ? QStringLiteral("id") : QStringLiteral("rowid")),
                 {SearchTerms::indexText(title), SearchTerms::indexText(body.join(u'\n')), id});
            // On a server, the entry's terms with their counts too.
            if (server) {
                exec(QStringLiteral("DELETE FROM item_search_term WHERE item_id = ?"), {id});
                exec(QStringLiteral("INSERT INTO item_search_term (term, item_id, frequency, tokens) SELECT t.term, s.id, "
                                    "t.frequency, s.tokens FROM item_search s, item_search_terms_of(s.title_terms, "
                                    "s.body_terms) t WHERE s.id = ?"),
                     {id});
            }
        }

        // The digests kept beside the signed minutes, made as Pykälä makes them.
        {
            auto store = openStore(path);
            const Meeting meeting = store->meeting(meetingId).value().value();
            const auto digests = DecisionRecord::digests(*store, meeting);
            REQUIRE(digests.ok());
            QJsonObject parts;
            for (auto it = digests->parts.cbegin(); it != digests->parts.cend(); ++it)
                parts.insert(it.key(), it.value());
            exec(QStringLiteral("UPDATE signed_minutes SET record_digest = ?, part_digests = ? WHERE meeting_id = ?"),
                 {digests->record, QString::fromUtf8(QJsonDocument(parts).toJson(QJsonDocument::Compact)), meetingId});
        }

        // The audit log: each entity's newest entry gets its digest now, and
        // the chain is written again from the start.
        QHash<QString, qint64> newest; // "entity/id" → entry
        for (const QVariantList &entry : rows(QStringLiteral("SELECT id, entity, entity_id FROM audit_log ORDER BY id")))
            newest.insert(entry.at(1).toString() + u'/' + entry.at(2).toString(), entry.at(0).toLongLong());
        for (auto it = newest.cbegin(); it != newest.cend(); ++it) {
            const QStringList key = it.key().split(u'/');
            const auto digest = AuditLog::entityDigest(db, key.at(0), key.at(1).toLongLong());
            REQUIRE(digest.ok());
            if (digest->isEmpty())
                continue;
            exec(QStringLiteral("UPDATE audit_log SET new_digest = ? WHERE id = ?"), {*digest, it.value()});
        }
        QString previous = AuditLog::genesisHash();
        for (const QVariantList &entry : rows(QStringLiteral("SELECT id, at, actor, action, entity, entity_id, old_digest, "
                                                             "new_digest FROM audit_log ORDER BY id"))) {
            QStringList fields{previous};
            for (int column = 1; column < 8; ++column)
                fields.append(entry.at(column).toString());
            const QString hash = auditEntryHash(fields);
            exec(QStringLiteral("UPDATE audit_log SET previous_hash = ?, hash = ? WHERE id = ?"),
                 {previous, hash, entry.at(0).toLongLong()});
            previous = hash;
        }
        if (!server)
            QSqlDatabase::database(name).close();
    }
    if (QSqlDatabase::contains(name))
        QSqlDatabase::removeDatabase(name);
    REQUIRE(protections.restoreProtections());
    // The forgery is complete: the store's own checks find nothing.
    auto store = openStore(path);
    const auto report = store->check();
    REQUIRE(report.ok());
    INFO((report->integrityProblems + report->auditProblems).join(u'\n').toStdString());
    REQUIRE(report->ok());
}

struct SignedStore
{
    TestDir dir;
    QString path;
    qint64 meetingId = 0;
};

// A store whose meeting KH 12/2026 has minutes signed by the secretary and
// the first minute-checker.
void makeSignedStore(SignedStore &s, const QString &organisationName = QString())
{
    Pki &p = pki();
    s.path = s.dir.path(QStringLiteral("s.sqlite"));
    {
        auto store = createStore(s.path);
        s.meetingId = recordMeeting(*store).meeting.id;
        registerSigners(*store);
        if (!organisationName.isEmpty()) {
            Organisation organisation = store->organisation().value().value();
            organisation.name = organisationName;
            REQUIRE(store->setOrganisation(organisation).ok());
        }
    }
    for (const QString &nick : {QStringLiteral("Liisa Laine"), QStringLiteral("Bertil Astrom")}) {
        const CliRun signedNow = runCli({QStringLiteral("--store"), s.path, QStringLiteral("sign-minutes"),
                                         QStringLiteral("KH 12/2026"), QStringLiteral("--cert"), nick,
                                         QStringLiteral("--nssdb"), p.database, QStringLiteral("--password-file"),
                                         p.dir.path(QStringLiteral("password"))});
        INFO(signedNow.err.toStdString());
        REQUIRE(signedNow.exitCode == 0);
    }
}

CliRun checkStore(const QString &path, const QStringList &more = {})
{
    return runCli(QStringList{QStringLiteral("--store"), path, QStringLiteral("check")} + more);
}

} // namespace

TEST_CASE("Signed minutes carry their record's digests and each signature the audit chain's head", "[signing][record][forgery]")
{
    Pki &p = pki();
    SignedStore s;
    makeSignedStore(s);
    auto store = openStore(s.path);
    const SignedMinutes minutes = store->signedMinutes(s.meetingId).value().value();
    const QString file = s.dir.path(QStringLiteral("poytakirja.pdf"));
    writeFile(file, minutes.pdf);

    // The parts' digests are in the XMP of the first revision, as text whose
    // SHA-256 is the record digest the keywords carry: the meeting, then each
    // item by its §.
    const Verification::Report report = verified(file);
    REQUIRE(report.signatures.size() == 2);
    const auto first = Poppler::Document::loadFromData(minutes.pdf.left(report.signatures.first().revisionEnd));
    REQUIRE(first);
    const QString xmp = first->metadata();
    QString parts;
    QXmlStreamReader reader(xmp);
    while (!reader.atEnd()) {
        if (reader.readNext() == QXmlStreamReader::StartElement
            && reader.qualifiedName() == QStringLiteral("pykala:recordParts"))
            parts = reader.readElementText();
    }
    REQUIRE_FALSE(reader.hasError());
    REQUIRE_FALSE(parts.isEmpty());
    CHECK(QString::fromLatin1(QCryptographicHash::hash(parts.toUtf8(), QCryptographicHash::Sha256).toHex())
          == minutes.recordDigest);
    CHECK(first->info(QStringLiteral("Keywords")).contains(QStringLiteral("sha256:") + minutes.recordDigest));
    QStringList names;
    for (const QString &line : parts.split(u'\n', Qt::SkipEmptyParts))
        names.append(line.section(u':', 0, 0));
    QStringList expected{QStringLiteral("meeting")};
    for (const AgendaItem &item : store->agendaItems(s.meetingId).value())
        expected.append(QStringLiteral("§ %1").arg(*item.sectionNumber));
    CHECK(names == expected);
    // The extension schema that PDF/A asks for a property of one's own.
    CHECK(xmp.contains(QStringLiteral("<pdfaSchema:prefix>pykala</pdfaSchema:prefix>")));
    CHECK(xmp.contains(QStringLiteral("<pdfaProperty:name>recordParts</pdfaProperty:name>")));

    // Each signature's field names the audit entry that was the newest when
    // it was made, with that entry's hash: the second a later one.
    QList<qint64> entries;
    for (const Verification::Signature &signature : report.signatures) {
        INFO(signature.field.toStdString());
        const QStringList field = signature.field.split(u'-');
        REQUIRE(field.size() == 5);
        CHECK(field.at(2) == QStringLiteral("audit"));
        entries.append(field.at(3).toLongLong());
        CHECK(store->auditEntryHash(entries.last()).value() == std::optional<QString>(field.at(4)));
    }
    CHECK(entries.at(0) < entries.at(1));
    // Nobody else's tools object: qpdf finds the file sound, pdfsig verifies.
    const QString qpdf = runTool(QStringLiteral("qpdf"), {QStringLiteral("--check"), file}, s.dir.path(QString()));
    CHECK(qpdf.contains(QStringLiteral("No syntax or stream encoding errors found")));
    requireAgreesWithPdfsig(file, p.database, report);

    // check reports the signatures and their certificates: trusted by the
    // municipality's database, not by another; both pass.
    const CliRun trusted = checkStore(s.path, {QStringLiteral("--nssdb"), p.database, QStringLiteral("--json")});
    INFO(trusted.err.toStdString());
    REQUIRE(trusted.exitCode == 0);
    const QJsonArray signatures = QJsonDocument::fromJson(trusted.out.toUtf8()).object()[QStringLiteral("signatures")].toArray();
    REQUIRE(signatures.size() == 2);
    CHECK(signatures.at(0)[QStringLiteral("signer")].toString() == QStringLiteral("Liisa Laine"));
    CHECK(signatures.at(0)[QStringLiteral("certificate")].toString() == QStringLiteral("trusted"));
    CHECK(signatures.at(1)[QStringLiteral("auditEntry")].toInteger() == entries.at(1));
    // A database given that does not trust them: who signed is not proven.
    const CliRun other = checkStore(s.path, {QStringLiteral("--nssdb"), p.untrusting});
    CHECK(other.exitCode == 1);
    CHECK(other.out.contains(QStringLiteral("Signature 1 of the minutes of KH 12/2026 (Liisa Laine) has a certificate that %1 "
                                            "does not trust").arg(p.untrusting)));
    // None given (and none of the user's): reported, not required.
    const CliRun none = runCli({QStringLiteral("--store"), s.path, QStringLiteral("check")},
                               {}, {QStringLiteral("HOME=") + s.dir.path(QStringLiteral("koti"))});
    INFO(none.err.toStdString());
    CHECK(none.exitCode == 0);
    CHECK(none.out.contains(QStringLiteral("2 signatures of signed minutes verify")));
    CHECK(none.out.contains(QStringLiteral("2 of them have a certificate that the certificate database in use does not trust")));

    // Minutes signed electronically are published once every signature is
    // in: two of four are not enough, even when checked.
    Meeting meeting = store->meeting(s.meetingId).value().value();
    meeting.minutesChecked = meeting.actualStart.date().addDays(1);
    REQUIRE(store->updateMeeting(meeting).ok());
    Body body = store->body(meeting.bodyId).value().value();
    body.signsElectronically = true;
    REQUIRE(store->updateBody(body).ok());
    const Status ready = Publication::readiness(*store, meeting);
    REQUIRE_FALSE(ready.ok());
    CHECK(ready.error().contains(QStringLiteral("have 2 of their 4 signatures")));
}

TEST_CASE("check finds a signed decision forged with the triggers, digests and audit chain made again", "[signing][record][forgery]")
{
    SignedStore s;
    // A name with letters that Poppler's reading of the XMP turns into
    // others: the signed parts are still read.
    makeSignedStore(s, QStringLiteral("Ähtärin kaupunki – Etseri"));
    QString before;
    {
        auto store = openStore(s.path);
        before = store->agendaItems(s.meetingId).value().at(4).decision;
    }
    REQUIRE(before.contains(QStringLiteral("hyväksyi")));
    forgeStore(s.path, s.meetingId, [&](const Connection &db) {
        REQUIRE(Statement(db, QStringLiteral("UPDATE agenda_item SET decision = replace(decision, 'hyväksyi', 'hylkäsi') "
                                             "WHERE meeting_id = %1 AND position = 5").arg(s.meetingId))
                    .exec());
    });
    const CliRun check = checkStore(s.path);
    CHECK(check.exitCode == 1);
    CHECK(check.out.contains(QStringLiteral("KH 12/2026 § 5 differs from what was signed in its minutes")));
    CHECK(check.out.contains(QStringLiteral("The record digest kept with the signed minutes of KH 12/2026 is not the one "
                                            "they were signed with")));
    CHECK_FALSE(check.out.contains(QStringLiteral("§ 4 differs")));
    CHECK(check.err.contains(QStringLiteral("The store failed its check")));
}

TEST_CASE("check finds audit history rewritten before a signature where no record changed", "[signing][record][forgery]")
{
    SignedStore s;
    makeSignedStore(s);
    // An early entry's author is changed and the chain made again after it.
    forgeStore(s.path, s.meetingId, [](const Connection &db) {
        Statement update(db, QStringLiteral("UPDATE audit_log SET actor = 'joku muu' WHERE id = 3"));
        const bool done = update.exec();
        INFO(update.errorMessage().toStdString());
        REQUIRE(done);
    });
    const CliRun check = checkStore(s.path);
    CHECK(check.exitCode == 1);
    CHECK(check.out.contains(QRegularExpression(QStringLiteral(
        "The audit log up to entry \\d+ is not the one signature 1 of the minutes of KH 12/2026 commits to"))));
    CHECK(check.out.contains(QRegularExpression(QStringLiteral(
        "The audit log up to entry \\d+ is not the one signature 2 of the minutes of KH 12/2026 commits to"))));
    CHECK_FALSE(check.out.contains(QStringLiteral("differs from what was signed")));
}

TEST_CASE("check finds signed minutes replaced, re-signed or cut", "[signing][record][forgery]")
{
    Pki &p = pki();
    SignedStore s;
    makeSignedStore(s);
    // The signed file with a byte changed inside the signed range.
    const QByteArray original = openStore(s.path)->signedMinutes(s.meetingId).value()->pdf;
    auto replacePdf = [&](const QByteArray &pdf) {
        forgeStore(s.path, s.meetingId, [&](const Connection &db) {
            REQUIRE(Statement(db, QStringLiteral("UPDATE signed_minutes SET pdf = ?, sha256 = ? WHERE meeting_id = ?"),
                              {pdf, QString::fromLatin1(QCryptographicHash::hash(pdf, QCryptographicHash::Sha256).toHex()),
                               s.meetingId})
                        .exec());
        });
        return checkStore(s.path);
    };
    QByteArray changed = original;
    const qsizetype at = changed.indexOf("/Keywords");
    REQUIRE(at > 0);
    changed[at + 20] = changed.at(at + 20) == '0' ? '1' : '0';
    const CliRun byteChanged = replacePdf(changed);
    CHECK(byteChanged.exitCode == 1);
    CHECK(byteChanged.out.contains(QStringLiteral("Signature 1 of the minutes of KH 12/2026 (Liisa Laine, "
                                                  "pöytäkirjanpitäjä) does not verify (digest-mismatch)")));

    // A third signature appended with another's certificate in the next
    // turn, the store's count made to agree: Pykälä did not make it.
    const QString twice = s.dir.path(QStringLiteral("kahdesti.pdf")), thrice = s.dir.path(QStringLiteral("kolmesti.pdf"));
    writeFile(twice, original);
    p.sign(twice, thrice, QStringLiteral("Ulkopuolinen"), QStringLiteral("pöytäkirjantarkastaja"));
    const QByteArray appended = readFile(thrice);
    forgeStore(s.path, s.meetingId, [&](const Connection &db) {
        REQUIRE(Statement(db, QStringLiteral("UPDATE signed_minutes SET signatures = 3")).exec());
    });
    const CliRun resigned = replacePdf(appended);
    CHECK(resigned.exitCode == 1);
    CHECK(resigned.out.contains(QStringLiteral("Signature 3 of the minutes of KH 12/2026 (Ulkopuolinen) commits to no audit "
                                               "entry, though the one before it does")));
    // Nor is it by the person of its turn, Öhman, whose certificate it is not.
    CHECK(resigned.out.contains(QStringLiteral("Signature 3 of the minutes of KH 12/2026 (Ulkopuolinen, pöytäkirjantarkastaja) "
                                               "is not by the person of its turn: The certificate is not registered for "
                                               "Cecilia Öhman")));
    forgeStore(s.path, s.meetingId, [&](const Connection &db) {
        REQUIRE(Statement(db, QStringLiteral("UPDATE signed_minutes SET signatures = 2")).exec());
    });

    // Only the first signature: the store says two.
    const CliRun cut = replacePdf(original.left(Verification::verifyData(original, {})->signatures.first().revisionEnd));
    CHECK(cut.exitCode == 1);
    CHECK(cut.out.contains(QStringLiteral("The store records 2 signatures of the minutes of KH 12/2026; the signed file has 1.")));

    // Not a PDF at all.
    const CliRun replaced = replacePdf("%PDF-1.4\nroskaa\n");
    CHECK(replaced.exitCode == 1);
    CHECK(replaced.out.contains(QStringLiteral("The signed minutes of KH 12/2026 are not a signed PDF")));
    (void)p;
}

TEST_CASE("A person's certificates are registered from the certificates themselves", "[signing][register]")
{
    Pki &p = pki();
    TestDir dir;
    const QString path = dir.path(QStringLiteral("s.sqlite"));
    {
        auto store = createStore(path);
        REQUIRE(store->addPerson({0, QStringLiteral("Liisa"), QStringLiteral("Laine"), {}, {}, {}}).ok());
        REQUIRE(store->addPerson({0, QStringLiteral("Bertil"), QStringLiteral("Åström"), {}, {}, {}}).ok());
    }
    auto registerFile = [&](const QString &person, const QString &file, const QString &use = QString()) {
        QStringList arguments{QStringLiteral("--store"), path, QStringLiteral("person"), QStringLiteral("certificate"),
                              person, QStringLiteral("--file"), file};
        if (!use.isEmpty())
            arguments << QStringLiteral("--use") << use;
        return runCli(arguments);
    };
    const QString laine = p.dir.path(QStringLiteral("laine.pem"));
    const CliRun registered = registerFile(QStringLiteral("Liisa Laine"), laine);
    INFO(registered.err.toStdString());
    REQUIRE(registered.exitCode == 0);
    // The fingerprint as OpenSSL computes it.
    const QString openssl = runTool(QStringLiteral("openssl"), {QStringLiteral("x509"), QStringLiteral("-in"), laine,
                                                                QStringLiteral("-noout"), QStringLiteral("-fingerprint"),
                                                                QStringLiteral("-sha256")},
                                    dir.path(QString()));
    const QString expected = openssl.section(u'=', 1).trimmed().remove(u':').toLower();
    REQUIRE(expected.size() == 64);
    const CliRun listed = runCli({QStringLiteral("--store"), path, QStringLiteral("person"), QStringLiteral("certificates"),
                                  QStringLiteral("Liisa Laine"), QStringLiteral("--json")});
    REQUIRE(listed.exitCode == 0);
    const QJsonArray certificates = QJsonDocument::fromJson(listed.out.toUtf8()).array();
    REQUIRE(certificates.size() == 1);
    CHECK(certificates.at(0)[QStringLiteral("sha256")].toString() == expected);
    // The message names the fingerprint the store registered.
    CHECK(registered.out.trimmed()
          == QStringLiteral("Registered the signing certificate of Liisa Laine (SHA-256 %1).").arg(expected));
    CHECK(certificates.at(0)[QStringLiteral("use")].toString() == QStringLiteral("signing"));
    CHECK(certificates.at(0)[QStringLiteral("subject")].toString().contains(QStringLiteral("CN=Liisa Laine")));
    CHECK(certificates.at(0)[QStringLiteral("issuer")].toString().contains(QStringLiteral("CN=")));
    // The same software certificate may also be the one packages are encrypted to.
    CHECK(registerFile(QStringLiteral("Liisa Laine"), laine, QStringLiteral("encryption")).exitCode == 0);

    // Refused: one message each, nothing registered.
    writeFile(dir.path(QStringLiteral("roska.pem")), "tämä ei ole varmenne\n");
    const QList<std::pair<CliRun, QString>> refused{
        {registerFile(QStringLiteral("Liisa Laine"), laine), QStringLiteral("is already registered for signing")},
        {registerFile(QStringLiteral("Bertil Åström"), laine), QStringLiteral("already registered for another person")},
        {registerFile(QStringLiteral("Liisa Laine"), p.dir.path(QStringLiteral("old.pem"))), QStringLiteral("expired on")},
        {registerFile(QStringLiteral("Liisa Laine"), p.dir.path(QStringLiteral("laine.key"))), QStringLiteral("holds a private key")},
        {registerFile(QStringLiteral("Liisa Laine"), dir.path(QStringLiteral("roska.pem"))), QStringLiteral("is not an X.509 certificate")},
        {registerFile(QStringLiteral("Liisa Laine"), laine, QStringLiteral("authentication")), QStringLiteral("--use must be one of signing, encryption")},
    };
    for (const auto &[run, message] : refused) {
        INFO(run.err.toStdString());
        CHECK(run.exitCode != 0);
        CHECK(run.err.contains(message));
    }
    CHECK(openStore(path)->personCertificates(1).value().size() == 2);
    CHECK(runCli({QStringLiteral("--store"), path, QStringLiteral("check")}).exitCode == 0);
    // Kept as registered: a changed certificate is refused by the store's
    // trigger, and one changed behind its back is found by check.
    {
        RawConnection raw(path);
        CHECK_FALSE(raw.exec(QStringLiteral("UPDATE person_certificate SET der = %1").arg(raw.blob(QByteArray(1, '\0')))));
        REQUIRE(raw.dropProtections({QStringLiteral("person_certificate")}));
        REQUIRE(raw.exec(QStringLiteral("UPDATE person_certificate SET der = %1 WHERE id = 1").arg(raw.blob(QByteArray(1, '\0')))));
    }
    const CliRun check = runCli({QStringLiteral("--store"), path, QStringLiteral("check")});
    CHECK(check.exitCode == 1);
    CHECK(check.out.contains(QStringLiteral("Registered certificate 1 (Liisa Laine) does not match its SHA-256.")));
}
