// Store benchmarks: run with `make bench`. Prints wall-clock figures for the
// operations a secretary waits for, on demo stores of two sizes, and the
// process's peak memory. Not part of the test suite: timings belong here,
// never in assertions.

#include "demo/demodata.h"
#include "documents/documentrenderer.h"
#include "documents/htmlpage.h"
#include "documents/meetingdocuments.h"
#include "documents/publication.h"
#include "signing/nss.h"
#include "signing/signer.h"
#include "exchange/interchange.h"
#include "procedure/meetingsession.h"
#include "store/store.h"

#include <QGuiApplication>
#include <QElapsedTimer>
#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>

#include <sys/resource.h>

#include <algorithm>

namespace {

QTextStream out(stdout);

template<typename Function>
double milliseconds(Function function)
{
    QElapsedTimer timer;
    timer.start();
    function();
    return double(timer.nsecsElapsed()) / 1e6;
}

void row(const QString &what, double value, const QString &unit)
{
    out << QStringLiteral("  %1 %2 %3").arg(what, -44).arg(value, 10, 'f', 1).arg(unit) << Qt::endl;
}

bool bench(const QString &directory, int bodies, int years)
{
    const QString path = directory + QStringLiteral("/bench-%1-%2.sqlite").arg(bodies).arg(years);
    out << QStringLiteral("Demo store: %1 bodies, %2 years").arg(bodies).arg(years) << Qt::endl;
    auto store = Store::open(path, Store::Mode::CreateNew);
    if (!store) {
        out << store.error() << Qt::endl;
        return false;
    }
    DemoData::Options options;
    options.bodies = bodies;
    options.years = years;
    options.asOf = QDate(2026, 11, 22);
    Result<DemoData::Summary> summary = Failure{};
    row(QStringLiteral("generate demo data (one transaction)"),
        milliseconds([&] { summary = DemoData::generate(*store.value(), options); }), QStringLiteral("ms"));
    if (!summary)
        return false;
    out << QStringLiteral("  (%1 meetings, %2 items, %3 attachments, file %4 MB)")
               .arg(summary->meetings)
               .arg(summary->items)
               .arg(summary->attachments)
               .arg(double(QFileInfo(path).size()) / 1e6, 0, 'f', 1)
        << Qt::endl;
    store.value().reset();

    row(QStringLiteral("open the store"), milliseconds([&] { store = Store::open(path); }), QStringLiteral("ms"));
    Store &s = *store.value();

    const QStringList queries{QStringLiteral("talousarvio"), QStringLiteral("päätöksen"),
                              QStringLiteral("koulukuljetus oikaisuvaatimus"), QStringLiteral("asemakaavan muutos"),
                              QStringLiteral("vahingonkorvaus"), QStringLiteral("kunnanhallitus hyväksyy")};
    QList<double> times;
    for (int round = 0; round < 5; ++round) {
        for (const QString &query : queries)
            times.append(milliseconds([&] { (void)s.search(query, 20); }));
    }
    std::sort(times.begin(), times.end());
    row(QStringLiteral("search, median of %1").arg(times.size()), times.at(times.size() / 2), QStringLiteral("ms"));
    row(QStringLiteral("search, slowest"), times.last(), QStringLiteral("ms"));

    const auto meetings = s.meetings().value();
    row(QStringLiteral("list all meetings"), milliseconds([&] { (void)s.meetings(); }), QStringLiteral("ms"));
    row(QStringLiteral("load one meeting's agenda"),
        milliseconds([&] { (void)s.agendaItems(meetings.at(meetings.size() / 2).id); }), QStringLiteral("ms"));
    row(QStringLiteral("add one agenda item (durable commit)"), milliseconds([&] {
            AgendaItem item;
            item.meetingId = meetings.last().id;
            item.title = QStringLiteral("Mittausasia");
            item.background = QStringLiteral("<p>Mitataan tallennuksen kesto.</p>");
            (void)s.addAgendaItem(item);
        }),
        QStringLiteral("ms"));
    // The outcome of a held meeting is computed from its events every time.
    const auto held = std::find_if(meetings.cbegin(), meetings.cend(),
                                   [](const Meeting &m) { return m.state == MeetingState::MinutesChecked; });
    if (held != meetings.cend())
        row(QStringLiteral("replay one held meeting's record"),
            milliseconds([&] { (void)MeetingSession::current(s, *held); }), QStringLiteral("ms"));
    // The minutes of the held meeting with the most items, as a secretary
    // exports them: the document from the record, then PDF/A or HTML.
    const Meeting *largest = nullptr;
    int mostItems = 0;
    const auto counts = s.agendaItemCounts().value();
    for (const Meeting &m : meetings) {
        if (m.state == MeetingState::MinutesChecked && counts.value(m.id) > mostItems) {
            mostItems = counts.value(m.id);
            largest = &m;
        }
    }
    if (largest) {
        QList<double> pdfTimes;
        QByteArray pdf;
        for (int run = 0; run < 5; ++run)
            pdfTimes.append(milliseconds([&] {
                pdf = DocumentRenderer::pdf(*MeetingDocuments::minutes(s, *largest)).value();
            }));
        std::sort(pdfTimes.begin(), pdfTimes.end());
        row(QStringLiteral("minutes of %1 items as PDF/A, median of 5").arg(mostItems), pdfTimes.at(2),
            QStringLiteral("ms"));
        out << QStringLiteral("  (%1 pages' worth, %2 kB)").arg(QString::number(pdf.count("/Type /Page\n")))
                   .arg(double(pdf.size()) / 1e3, 0, 'f', 0)
            << Qt::endl;
        MeetingDocuments::Options publicVersion;
        publicVersion.publicVersion = true;
        row(QStringLiteral("the same minutes as an HTML page"), milliseconds([&] {
                (void)HtmlPage::page(*MeetingDocuments::minutes(s, *largest, publicVersion));
            }),
            QStringLiteral("ms"));
        QTemporaryDir web;
        row(QStringLiteral("publish the meeting (HTML, PDF/A, attachments)"),
            milliseconds([&] { (void)Publication::publish(s, *largest, web.path()); }), QStringLiteral("ms"));
    }
    QByteArray json;
    row(QStringLiteral("export the whole store"), milliseconds([&] { json = Interchange::exportJson(s).value(); }),
        QStringLiteral("ms"));
    out << QStringLiteral("  (document %1 MB)").arg(double(json.size()) / 1e6, 0, 'f', 1) << Qt::endl;
    row(QStringLiteral("check (integrity, keys, audit chain)"), milliseconds([&] { (void)s.check(); }),
        QStringLiteral("ms"));

    const QString copyPath = path + QStringLiteral(".copy");
    auto copy = Store::open(copyPath, Store::Mode::CreateNew);
    row(QStringLiteral("import into an empty store"),
        milliseconds([&] { (void)Interchange::importJson(*copy.value(), json); }), QStringLiteral("ms"));
    return true;
}

// Runs a set-up tool of the signing benchmark; false when it fails.
bool tool(const QString &program, const QStringList &arguments, const QString &directory)
{
    QProcess process;
    process.setWorkingDirectory(directory);
    process.start(program, arguments);
    if (!process.waitForFinished(120000) || process.exitCode() != 0) {
        out << program << ": " << QString::fromUtf8(process.readAllStandardError()) << Qt::endl;
        return false;
    }
    return true;
}

// Minutes of about 60 pages signed four times and verified, in process: a
// throwaway CA and signer in an NSS database made here.
bool benchSigning(const QString &directory, Store &store)
{
    out << QStringLiteral("Signing") << Qt::endl;
    const QString d = directory;
    QFile config(d + QStringLiteral("/ca.cnf"));
    if (!config.open(QIODevice::WriteOnly))
        return false;
    config.write("[req]\ndistinguished_name = dn\nprompt = no\n[dn]\nCN = Bench CA\n"
                 "[ca]\nbasicConstraints = critical,CA:TRUE\nkeyUsage = critical,keyCertSign\n"
                 "[signer]\nbasicConstraints = CA:FALSE\nkeyUsage = critical,digitalSignature,nonRepudiation\n");
    config.close();
    const QString db = d + QStringLiteral("/nssdb");
    QDir().mkpath(db);
    if (!tool(QStringLiteral("openssl"), {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                                          QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-keyout"),
                                          QStringLiteral("ca.key"), QStringLiteral("-out"), QStringLiteral("ca.pem"),
                                          QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-config"),
                                          QStringLiteral("ca.cnf"), QStringLiteral("-extensions"), QStringLiteral("ca")},
              d)
        || !tool(QStringLiteral("openssl"), {QStringLiteral("req"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
                                             QStringLiteral("-nodes"), QStringLiteral("-keyout"), QStringLiteral("s.key"),
                                             QStringLiteral("-out"), QStringLiteral("s.csr"), QStringLiteral("-subj"),
                                             QStringLiteral("/CN=Bench Signer")},
                 d)
        || !tool(QStringLiteral("openssl"), {QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"),
                                             QStringLiteral("s.csr"), QStringLiteral("-CA"), QStringLiteral("ca.pem"),
                                             QStringLiteral("-CAkey"), QStringLiteral("ca.key"), QStringLiteral("-CAcreateserial"),
                                             QStringLiteral("-out"), QStringLiteral("s.pem"), QStringLiteral("-days"),
                                             QStringLiteral("2"), QStringLiteral("-extfile"), QStringLiteral("ca.cnf"),
                                             QStringLiteral("-extensions"), QStringLiteral("signer")},
                 d)
        || !tool(QStringLiteral("openssl"), {QStringLiteral("pkcs12"), QStringLiteral("-export"), QStringLiteral("-inkey"),
                                             QStringLiteral("s.key"), QStringLiteral("-in"), QStringLiteral("s.pem"),
                                             QStringLiteral("-name"), QStringLiteral("Bench Signer"), QStringLiteral("-passout"),
                                             QStringLiteral("pass:p"), QStringLiteral("-out"), QStringLiteral("s.p12")},
                 d)
        || !tool(QStringLiteral("certutil"), {QStringLiteral("-N"), QStringLiteral("-d"), QStringLiteral("sql:") + db,
                                              QStringLiteral("--empty-password")},
                 d)
        || !tool(QStringLiteral("certutil"), {QStringLiteral("-A"), QStringLiteral("-d"), QStringLiteral("sql:") + db,
                                              QStringLiteral("-n"), QStringLiteral("Bench CA"), QStringLiteral("-t"),
                                              QStringLiteral("CT,C,C"), QStringLiteral("-i"), QStringLiteral("ca.pem")},
                 d)
        || !tool(QStringLiteral("pk12util"), {QStringLiteral("-i"), QStringLiteral("s.p12"), QStringLiteral("-d"),
                                              QStringLiteral("sql:") + db, QStringLiteral("-W"), QStringLiteral("p")},
                 d))
        return false;
    if (!Nss::useDatabase(db).ok())
        return false;

    // The largest held meeting, its items taken once more: some 60–70 pages.
    const auto meetings = store.meetings().value();
    const auto counts = store.agendaItemCounts().value();
    const Meeting *largest = nullptr;
    for (const Meeting &m : meetings) {
        if (m.state == MeetingState::MinutesChecked && (!largest || counts.value(m.id) > counts.value(largest->id)))
            largest = &m;
    }
    if (!largest)
        return false;
    const QList<AgendaItem> items = store.agendaItems(largest->id).value();
    Meeting meeting = *largest;
    for (int copy = 0; copy < 1; ++copy) {
        for (AgendaItem item : items) {
            item.id = 0;
            item.position = int(store.agendaItems(meeting.id).value().size()) + 1;
            item.sectionNumber = store.nextSectionNumber(meeting.id).value();
            if (!store.addAgendaItem(item).ok())
                return false;
        }
    }
    const auto pdf = DocumentRenderer::pdf(*MeetingDocuments::minutes(store, meeting));
    if (!pdf)
        return false;
    const QString unsignedFile = d + QStringLiteral("/minutes-0.pdf");
    QFile file(unsignedFile);
    if (!file.open(QIODevice::WriteOnly) || file.write(*pdf) != pdf->size())
        return false;
    file.close();
    out << QStringLiteral("  (minutes of %1 pages, %2 kB)")
               .arg(QString::number(pdf->count("/Type /Page\n")))
               .arg(double(pdf->size()) / 1e3, 0, 'f', 0)
        << Qt::endl;
    QList<qint64> sizes{pdf->size()};
    bool ok = true;
    const double signing = milliseconds([&] {
        for (int i = 1; i <= 4 && ok; ++i) {
            Signer::Request request;
            request.certificate = QStringLiteral("Bench Signer");
            request.role = QStringLiteral("rooli %1").arg(i);
            const QString in = d + QStringLiteral("/minutes-%1.pdf").arg(i - 1);
            const QString signedFile = d + QStringLiteral("/minutes-%1.pdf").arg(i);
            ok = Signer::sign(in, signedFile, request).ok();
            sizes.append(QFileInfo(signedFile).size());
        }
    });
    if (!ok)
        return false;
    Result<Verification::Report> report = Failure{};
    const double verifying = milliseconds([&] { report = Verification::verify(d + QStringLiteral("/minutes-4.pdf")); });
    if (!report || !report->ok)
        return false;
    row(QStringLiteral("sign four times (each verified)"), signing, QStringLiteral("ms"));
    row(QStringLiteral("verify the four signatures"), verifying, QStringLiteral("ms"));
    qint64 largestSignature = 0;
    for (int i = 1; i < sizes.size(); ++i)
        largestSignature = qMax(largestSignature, sizes.at(i) - sizes.at(i - 1));
    row(QStringLiteral("largest signature revision"), double(largestSignature) / 1024.0, QStringLiteral("kB"));
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen"); // documents lay out text
    QGuiApplication app(argc, argv);
    QTemporaryDir directory;
    if (!bench(directory.path(), 5, 2) || !bench(directory.path(), 9, 8))
        return 1;
    {
        auto store = Store::open(directory.path() + QStringLiteral("/bench-5-2.sqlite"));
        if (!store || !benchSigning(directory.path(), *store.value())) {
            out << QStringLiteral("The signing benchmark failed.") << Qt::endl;
            return 1;
        }
    }
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    out << QStringLiteral("Peak memory (max RSS): %1 MB").arg(double(usage.ru_maxrss) / 1024.0, 0, 'f', 1) << Qt::endl;
    return 0;
}
