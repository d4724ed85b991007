// Many people at once on one store on a server (`make bench`): writers, each
// a process saving the items of its own body, and readers opening meetings
// and searching, for a minute. It measures the saves' throughput and
// latency, then proves that no acknowledged edit was lost or written over
// and that `check` passes.
//
// Each writer saves every 200 ms (a secretary's editor saves a second after
// typing stops: this is many times that), each save a read, a change and a
// write of one item in one transaction, as the item editor saves: the text
// is read, a line of the writer's own is added, and it is written back.
// Every fifth save is to one item all writers share, so that a save that
// did not see the one before would drop that one's line. Each reader opens
// a meeting's agenda every 100 ms and every fifth time searches instead.
//
//   pykala-bench-shared --cli PYKALA-CLI [--out docs/performance.md]
//                       [--writers 20] [--readers 50] [--seconds 60]
//
// It starts its own durable PostgreSQL cluster (tests/postgresql/cluster.sh)
// and fills it with a demo archive of two years through `pykala-cli migrate`.

#include "store/store.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>

#include <algorithm>
#include <csignal>
#include <cstdio>
#include <memory>

#include <unistd.h>

namespace {

QTextStream out(stdout);

QString clusterDirectory;

void stopCluster()
{
    if (clusterDirectory.isEmpty())
        return;
    QProcess::execute(QStringLiteral("sh"),
                      {QStringLiteral(PYKALA_CLUSTER_SCRIPT), QStringLiteral("stop"), clusterDirectory});
    clusterDirectory.clear();
}

std::string stopCommand;

void stopOnSignal(int signal)
{
    // Only async-signal-safe calls: the command was made before.
    if (fork() == 0) {
        execl("/bin/sh", "sh", "-c", stopCommand.c_str(), static_cast<char *>(nullptr));
        _exit(127);
    }
    ::signal(signal, SIG_DFL);
    raise(signal);
}

bool run(const QString &what, const QString &program, const QStringList &arguments, int timeoutMs = 600000)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(timeoutMs) || process.exitStatus() != QProcess::NormalExit
        || process.exitCode() != 0) {
        out << "pykala-bench-shared: " << what << " failed: " << process.readAllStandardError().trimmed()
            << Qt::endl;
        return false;
    }
    return true;
}

double percentile(QList<double> values, double fraction)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const qsizetype index = qMin(values.size() - 1, qsizetype(fraction * double(values.size() - 1) + 0.5));
    return values.at(index);
}

QString ms(double value)
{
    return value < 10 ? QString::number(value, 'f', 2) + QStringLiteral(" ms")
                      : QString::number(value, 'f', 1) + QStringLiteral(" ms");
}

// The bodies, meetings and items the writers save: one body each, with one
// item of its own, and one item all share (on the first writer's agenda).
struct Setup
{
    QList<qint64> ownItems;
    qint64 sharedItem = 0;
    QList<qint64> meetings; // the archive's, for the readers
};

QString writerBody(int writer)
{
    return QStringLiteral("PENKKI%1").arg(writer + 1);
}

std::optional<Setup> setUp(Store &store, int writers)
{
    Setup setup;
    for (int writer = 0; writer < writers; ++writer) {
        Body body{0, QStringLiteral("Penkkitestin toimielin %1").arg(writer + 1), writerBody(writer), BodyKind::Committee,
                  QuorumRule::MoreThanHalf};
        const auto bodyId = store.addBody(body);
        Meeting meeting;
        meeting.bodyId = bodyId ? *bodyId : 0;
        meeting.number = 1;
        meeting.year = 2027;
        meeting.plannedStart = QDateTime(QDate(2027, 1, 11), QTime(16, 0));
        meeting.place = QStringLiteral("Kunnantalo");
        const auto meetingId = bodyId ? store.addMeeting(meeting) : Result<qint64>(Failure{bodyId.error()});
        AgendaItem item;
        item.meetingId = meetingId ? *meetingId : 0;
        item.title = QStringLiteral("Penkkitestin asia %1").arg(writer + 1);
        const auto itemId = meetingId ? store.addAgendaItem(item) : Result<qint64>(Failure{meetingId.error()});
        if (!itemId) {
            out << "pykala-bench-shared: setting up: " << itemId.error() << Qt::endl;
            return std::nullopt;
        }
        setup.ownItems.append(*itemId);
        if (writer == 0) {
            item.title = QStringLiteral("Kaikkien yhteinen asia");
            const auto shared = store.addAgendaItem(item);
            if (!shared) {
                out << "pykala-bench-shared: setting up: " << shared.error() << Qt::endl;
                return std::nullopt;
            }
            setup.sharedItem = *shared;
        }
    }
    const auto meetings = store.meetings();
    if (!meetings)
        return std::nullopt;
    for (const Meeting &meeting : *meetings)
        setup.meetings.append(meeting.id);
    return setup;
}

// A writer: prints "ack ITEM MARK MS" for every save the store acknowledged.
int writer(const QString &uri, qint64 ownItem, qint64 sharedItem, int index, int seconds)
{
    auto opened = Store::open(uri);
    if (!opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.error()));
        return 1;
    }
    Store &store = *opened.value();
    QElapsedTimer clock;
    clock.start();
    for (int save = 0; clock.elapsed() < seconds * 1000LL; ++save) {
        const qint64 due = save * 200LL;
        if (clock.elapsed() < due)
            QThread::msleep(quint64(due - clock.elapsed()));
        const qint64 itemId = save % 5 == 4 ? sharedItem : ownItem;
        const QString mark = QStringLiteral("w%1-%2").arg(index).arg(save);
        QElapsedTimer latency;
        latency.start();
        Status saved = success();
        {
            Store::Transaction transaction(store);
            const auto item = transaction.ok() ? store.agendaItem(itemId)
                                               : Result<std::optional<AgendaItem>>(Failure{transaction.error()});
            if (!item || !item->has_value()) {
                saved = Status::failure(item ? QStringLiteral("the item is gone") : item.error());
            } else {
                AgendaItem changed = item->value();
                changed.background += QStringLiteral("<p>%1</p>").arg(mark);
                saved = store.updateAgendaItem(changed);
                if (saved)
                    saved = transaction.commit();
            }
        }
        const double elapsedMs = double(latency.nsecsElapsed()) / 1e6;
        if (!saved) {
            std::printf("refused %s %s\n", qPrintable(mark), qPrintable(saved.error()));
            continue;
        }
        std::printf("ack %lld %s %.3f\n", static_cast<long long>(itemId), qPrintable(mark), elapsedMs);
        std::fflush(stdout);
    }
    return 0;
}

// A reader: prints "read MS" for each agenda opened and "search MS" for each search.
int reader(const QString &uri, const QList<qint64> &meetings, int seconds)
{
    auto opened = Store::open(uri, Store::Mode::ReadOnly);
    if (!opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.error()));
        return 1;
    }
    Store &store = *opened.value();
    const QStringList words{QStringLiteral("talousarvio"), QStringLiteral("asemakaava"), QStringLiteral("lausunto"),
                            QStringLiteral("avustus"), QStringLiteral("kokouksen avaus"), QStringLiteral("tontti")};
    QElapsedTimer clock;
    clock.start();
    for (int step = 0; clock.elapsed() < seconds * 1000LL; ++step) {
        const qint64 due = step * 100LL;
        if (clock.elapsed() < due)
            QThread::msleep(quint64(due - clock.elapsed()));
        QElapsedTimer latency;
        latency.start();
        bool ok = false;
        const bool search = step % 5 == 4;
        if (search)
            ok = store.search(words.at(QRandomGenerator::global()->bounded(words.size()))).ok();
        else
            ok = store.agendaItems(meetings.at(QRandomGenerator::global()->bounded(meetings.size()))).ok();
        std::printf("%s %.3f %d\n", search ? "search" : "read", double(latency.nsecsElapsed()) / 1e6, ok ? 1 : 0);
    }
    std::fflush(stdout);
    return 0;
}

struct Figures
{
    int writers = 0;
    int readers = 0;
    int seconds = 0;
    qint64 saves = 0;
    qint64 refused = 0;
    QList<double> saveMs;
    QList<double> readMs;
    QList<double> searchMs;
    qint64 readFailures = 0;
    qint64 lost = 0;
    qint64 repeated = 0;
    bool checkPassed = false;
    QString checkProblems;
};

QString report(const Figures &figures)
{
    QString table;
    QTextStream md(&table);
    md << QStringLiteral("Measured %1 on %2 (%3 cores), PostgreSQL 15 on this machine through its Unix socket, "
                         "fsync and synchronous commits on; %4 writers and %5 readers, each a process, for %6 s.\n\n")
              .arg(QDate::currentDate().toString(Qt::ISODate), QSysInfo::prettyProductName())
              .arg(QThread::idealThreadCount())
              .arg(figures.writers)
              .arg(figures.readers)
              .arg(figures.seconds);
    const double p95 = percentile(figures.saveMs, 0.95);
    md << "| Case | Figure | Target | |\n|---|---|---|---|\n";
    md << "| Saves acknowledged | " << figures.saves << " (" << QString::number(double(figures.saves) / figures.seconds, 'f', 1)
       << " a second) | | |\n";
    md << "| Save latency p50 / p95 / largest | " << ms(percentile(figures.saveMs, 0.5)) << " / " << ms(p95) << " / "
       << ms(percentile(figures.saveMs, 1.0)) << " | p95 ≤ 50 ms | " << (p95 <= 50 ? "met" : "**missed**") << " |\n";
    md << "| Saves refused | " << figures.refused << " | | |\n";
    md << "| Agendas read, p50 / p95 | " << figures.readMs.size() << ", " << ms(percentile(figures.readMs, 0.5))
       << " / " << ms(percentile(figures.readMs, 0.95)) << " | | |\n";
    md << "| Searches, p50 / p95 | " << figures.searchMs.size() << ", " << ms(percentile(figures.searchMs, 0.5))
       << " / " << ms(percentile(figures.searchMs, 0.95)) << " | | |\n";
    md << "| Reads that failed | " << figures.readFailures << " | 0 | " << (figures.readFailures == 0 ? "met" : "**missed**")
       << " |\n";
    md << "| Acknowledged edits lost or written over | " << figures.lost + figures.repeated << " | 0 | "
       << (figures.lost + figures.repeated == 0 ? "met" : "**missed**") << " |\n";
    md << "| `check` afterwards | " << (figures.checkPassed ? QStringLiteral("passes") : figures.checkProblems)
       << " | passes | " << (figures.checkPassed ? "met" : "**missed**") << " |\n";
    return table;
}

bool writeReport(const QString &path, const QString &table)
{
    const QString begin = QStringLiteral("<!-- shared-bench:begin -->");
    const QString end = QStringLiteral("<!-- shared-bench:end -->");
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        out << "pykala-bench-shared: cannot read " << path << Qt::endl;
        return false;
    }
    QString document = QString::fromUtf8(file.readAll());
    file.close();
    const qsizetype from = document.indexOf(begin);
    const qsizetype to = document.indexOf(end);
    if (from < 0 || to < from) {
        out << "pykala-bench-shared: " << path << " has no " << begin << " … " << end << " pair; it was left as it was."
            << Qt::endl;
        return false;
    }
    document.replace(from + begin.size(), to - from - begin.size(), QLatin1Char('\n') + table);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(document.toUtf8()) < 0) {
        out << "pykala-bench-shared: cannot write " << path << Qt::endl;
        return false;
    }
    return true;
}

QList<qint64> ids(const QString &list)
{
    QList<qint64> values;
    for (const QString &id : list.split(u',', Qt::SkipEmptyParts))
        values.append(id.toLongLong());
    return values;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = app.arguments();
    // The workers, started by the benchmark itself.
    if (arguments.size() == 7 && arguments.at(1) == u"--writer")
        return writer(arguments.at(2), arguments.at(3).toLongLong(), arguments.at(4).toLongLong(),
                      arguments.at(5).toInt(), arguments.at(6).toInt());
    if (arguments.size() == 5 && arguments.at(1) == u"--reader")
        return reader(arguments.at(2), ids(arguments.at(3)), arguments.at(4).toInt());

    QString cli;
    QString output;
    Figures figures;
    figures.writers = 20;
    figures.readers = 50;
    figures.seconds = 60;
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        const bool hasValue = i + 1 < arguments.size();
        if (argument == u"--cli" && hasValue)
            cli = arguments.at(++i);
        else if (argument == u"--out" && hasValue)
            output = arguments.at(++i);
        else if (argument == u"--writers" && hasValue)
            figures.writers = qMax(1, arguments.at(++i).toInt());
        else if (argument == u"--readers" && hasValue)
            figures.readers = qMax(0, arguments.at(++i).toInt());
        else if (argument == u"--seconds" && hasValue)
            figures.seconds = qMax(1, arguments.at(++i).toInt());
        else {
            out << "Usage: pykala-bench-shared --cli PYKALA-CLI [--out docs/performance.md] [--writers 20] "
                   "[--readers 50] [--seconds 60]"
                << Qt::endl;
            return 2;
        }
    }
    if (!QFileInfo(cli).isExecutable()) {
        out << "pykala-bench-shared: give this build's pykala-cli with --cli (make bench does)." << Qt::endl;
        return 2;
    }

    QTemporaryDir work;
    clusterDirectory = QStringLiteral("/tmp/pykala-bench-shared-%1").arg(getpid());
    stopCommand = QStringLiteral("sh '%1' stop '%2'").arg(QStringLiteral(PYKALA_CLUSTER_SCRIPT), clusterDirectory).toStdString();
    for (const int signal : {SIGINT, SIGTERM, SIGHUP})
        ::signal(signal, stopOnSignal);
    struct StopAtEnd
    {
        ~StopAtEnd() { stopCluster(); }
    } stopAtEnd;
    if (!run(QStringLiteral("Starting PostgreSQL"), QStringLiteral("sh"),
             {QStringLiteral(PYKALA_CLUSTER_SCRIPT), QStringLiteral("start"), clusterDirectory, QStringLiteral("durable")}))
        return 1;
    const QString archive = work.filePath(QStringLiteral("archive.sqlite"));
    const QString uri = QStringLiteral("postgresql:///shared?host=%1&user=pykala").arg(clusterDirectory);
    out << "Filling the store: a demo archive of two years, copied to the server" << Qt::endl;
    if (!run(QStringLiteral("init"), cli, {QStringLiteral("--store"), archive, QStringLiteral("init")})
        || !run(QStringLiteral("demo"), cli,
                {QStringLiteral("--store"), archive, QStringLiteral("demo"), QStringLiteral("--bodies"),
                 QStringLiteral("12"), QStringLiteral("--years"), QStringLiteral("2"), QStringLiteral("--as-of"),
                 QStringLiteral("2026-11-22")})
        || !run(QStringLiteral("createdb"), QStringLiteral("psql"),
                {QStringLiteral("postgresql:///postgres?host=%1&user=pykala").arg(clusterDirectory),
                 QStringLiteral("-qc"), QStringLiteral("CREATE DATABASE shared")})
        || !run(QStringLiteral("migrate"), cli, {QStringLiteral("migrate"), archive, uri}))
        return 1;
    std::optional<Setup> setup;
    {
        auto store = Store::open(uri);
        if (!store) {
            out << "pykala-bench-shared: " << store.error() << Qt::endl;
            return 1;
        }
        setup = setUp(*store.value(), figures.writers);
        if (!setup)
            return 1;
    }
    QStringList meetingIds;
    for (const qint64 id : std::as_const(setup->meetings))
        meetingIds.append(QString::number(id));

    out << QStringLiteral("%1 writers and %2 readers for %3 s").arg(figures.writers).arg(figures.readers).arg(figures.seconds)
        << Qt::endl;
    std::vector<std::unique_ptr<QProcess>> writers;
    std::vector<std::unique_ptr<QProcess>> readers;
    const QString self = QCoreApplication::applicationFilePath();
    for (int i = 0; i < figures.writers; ++i) {
        auto process = std::make_unique<QProcess>();
        process->start(self, {QStringLiteral("--writer"), uri, QString::number(setup->ownItems.at(i)),
                              QString::number(setup->sharedItem), QString::number(i), QString::number(figures.seconds)});
        writers.push_back(std::move(process));
    }
    for (int i = 0; i < figures.readers; ++i) {
        auto process = std::make_unique<QProcess>();
        process->start(self, {QStringLiteral("--reader"), uri, meetingIds.join(u','), QString::number(figures.seconds)});
        readers.push_back(std::move(process));
    }
    // Acknowledged marks by item.
    QHash<qint64, QStringList> acknowledged;
    for (auto &process : writers) {
        process->waitForFinished(figures.seconds * 1000 + 120000);
        if (process->exitCode() != 0)
            out << "pykala-bench-shared: a writer failed: " << process->readAllStandardError().trimmed() << Qt::endl;
        const QList<QByteArray> lines = process->readAllStandardOutput().split('\n');
        for (const QByteArray &line : lines) {
            const QList<QByteArray> fields = line.split(' ');
            if (fields.size() == 4 && fields.at(0) == "ack") {
                acknowledged[fields.at(1).toLongLong()].append(QString::fromLatin1(fields.at(2)));
                figures.saveMs.append(fields.at(3).toDouble());
                ++figures.saves;
            } else if (fields.value(0) == "refused") {
                ++figures.refused;
            }
        }
    }
    for (auto &process : readers) {
        process->waitForFinished(figures.seconds * 1000 + 120000);
        if (process->exitCode() != 0)
            out << "pykala-bench-shared: a reader failed: " << process->readAllStandardError().trimmed() << Qt::endl;
        const QList<QByteArray> lines = process->readAllStandardOutput().split('\n');
        for (const QByteArray &line : lines) {
            const QList<QByteArray> fields = line.split(' ');
            if (fields.size() != 3)
                continue;
            (fields.at(0) == "search" ? figures.searchMs : figures.readMs).append(fields.at(1).toDouble());
            if (fields.at(2) != "1")
                ++figures.readFailures;
        }
    }

    // Every acknowledged line is in its item, once.
    auto store = Store::open(uri);
    if (!store) {
        out << "pykala-bench-shared: " << store.error() << Qt::endl;
        return 1;
    }
    for (auto it = acknowledged.cbegin(); it != acknowledged.cend(); ++it) {
        const auto item = store.value()->agendaItem(it.key());
        const QString text = item && item->has_value() ? item->value().background : QString();
        for (const QString &mark : it.value()) {
            const qsizetype count = text.count(QStringLiteral("<p>%1</p>").arg(mark));
            if (count == 0)
                ++figures.lost;
            else if (count > 1)
                ++figures.repeated;
        }
    }
    const auto checked = store.value()->check();
    figures.checkPassed = checked && checked->ok();
    if (!figures.checkPassed)
        figures.checkProblems = checked ? (checked->integrityProblems + checked->foreignKeyProblems + checked->auditProblems)
                                               .join(QStringLiteral("; "))
                                        : checked.error();
    store.value().reset();

    const QString table = report(figures);
    out << Qt::endl << table << Qt::endl;
    if (!output.isEmpty() && !writeReport(output, table))
        return 1;
    return figures.lost + figures.repeated == 0 && figures.checkPassed ? 0 : 1;
}
