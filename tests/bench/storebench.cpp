// Store benchmarks: run with `make bench`. Prints wall-clock figures for the
// operations a secretary waits for, on demo stores of two sizes, and the
// process's peak memory. Not part of the test suite: timings belong here,
// never in assertions.

#include "demo/demodata.h"
#include "documents/documentrenderer.h"
#include "documents/htmlpage.h"
#include "documents/meetingdocuments.h"
#include "documents/publication.h"
#include "exchange/interchange.h"
#include "procedure/meetingsession.h"
#include "store/store.h"

#include <QGuiApplication>
#include <QElapsedTimer>
#include <QFileInfo>
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

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen"); // documents lay out text
    QGuiApplication app(argc, argv);
    QTemporaryDir directory;
    if (!bench(directory.path(), 5, 2) || !bench(directory.path(), 9, 8))
        return 1;
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    out << QStringLiteral("Peak memory (max RSS): %1 MB").arg(double(usage.ru_maxrss) / 1024.0, 0, 'f', 1) << Qt::endl;
    return 0;
}
