// The archive benchmark, run by `make bench`: Pykälä on a municipality's
// twenty years of minutes (12 bodies), side by side with what a user would
// otherwise use: bare SQLite for storing and searching, LibreOffice and
// Chromium for turning the meeting's web page into PDF. It also runs search
// and start-up on a quarter of that archive and on four times it. It prints
// a table and writes it into docs/performance.md between the bench markers.
// Timings belong here, never in the tests' assertions.

#include "store/searchterms.h"
#include "store/store.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTextStream>

#include <sqlite3.h>

#include <sys/resource.h>
#include <sys/utsname.h>
#include <sys/wait.h>
#include <fcntl.h>
#include <signal.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cmath>
#include <cstdlib>
#include <functional>
#include <optional>
#include <string>
#include <vector>

using namespace Qt::StringLiterals;

namespace {

QTextStream out(stdout);

// ---------------------------------------------------------------------------
// Measuring

qint64 monotonicNs()
{
    timespec now{};
    clock_gettime(CLOCK_MONOTONIC, &now);
    return qint64(now.tv_sec) * 1000000000 + now.tv_nsec;
}

template<typename Function>
double milliseconds(Function function)
{
    const qint64 start = monotonicNs();
    function();
    return double(monotonicNs() - start) / 1e6;
}

double percentile(QList<double> values, double fraction)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    // Nearest rank.
    const qsizetype rank = qsizetype(std::ceil(fraction * double(values.size())));
    return values.at(std::clamp<qsizetype>(rank - 1, 0, values.size() - 1));
}

double median(const QList<double> &values)
{
    return percentile(values, 0.5);
}

struct Run
{
    bool ok = false;       // started and exited with 0
    double ms = 0;         // wall clock, start to exit
    double peakRssMb = 0;  // the process's largest resident set
    QByteArray output;     // standard output
    QByteArray errors;
};

// Programs are started by the launcher, a small process forked before the
// benchmark has grown: a child's peak memory (ru_maxrss) includes what its
// parent held when it forked, so children of the benchmark itself would
// all show its hundreds of megabytes.
struct Launcher
{
    int requests = -1;
    int replies = -1;
} launcher;

// All `size` bytes through read() or write(), resumed after interruptions.
template<typename Bytes, typename Transfer>
bool transferAll(int fd, Bytes *bytes, size_t size, Transfer transfer)
{
    while (size > 0) {
        const ssize_t done = transfer(fd, bytes, size);
        if (done < 0 && errno == EINTR)
            continue;
        if (done <= 0)
            return false;
        bytes += done;
        size -= size_t(done);
    }
    return true;
}

bool writeAll(int fd, const void *data, size_t size)
{
    return transferAll(fd, static_cast<const char *>(data), size, ::write);
}

bool readAll(int fd, void *data, size_t size)
{
    return transferAll(fd, static_cast<char *>(data), size, ::read);
}

bool writeFields(int fd, const std::vector<std::string> &fields)
{
    const quint32 count = quint32(fields.size());
    if (!writeAll(fd, &count, sizeof count))
        return false;
    for (const std::string &field : fields) {
        const quint32 size = quint32(field.size());
        if (!writeAll(fd, &size, sizeof size) || !writeAll(fd, field.data(), field.size()))
            return false;
    }
    return true;
}

bool readFields(int fd, std::vector<std::string> *fields)
{
    quint32 count = 0;
    if (!readAll(fd, &count, sizeof count))
        return false;
    fields->assign(count, {});
    for (std::string &field : *fields) {
        quint32 size = 0;
        if (!readAll(fd, &size, sizeof size))
            return false;
        field.resize(size);
        if (size > 0 && !readAll(fd, field.data(), size))
            return false;
    }
    return true;
}

struct Reply
{
    int status = -1;
    double ms = 0;
    long peakRssKb = 0;
};

// The launcher's loop: a request is the output files, the working folder,
// the timeout, the variable that receives the start time, the command and
// the whole environment; the reply is how the program ended.
[[noreturn]] void launcherLoop(int requests, int replies)
{
    std::vector<std::string> fields;
    while (readFields(requests, &fields) && fields.size() >= 6) {
        const std::string &outPath = fields[0], &errPath = fields[1], &directory = fields[2],
                          &startedVariable = fields[4];
        const unsigned timeout = unsigned(std::stoul(fields[3]));
        const size_t argc = std::stoul(fields[5]);
        std::vector<char *> argv, envp;
        for (size_t i = 6; i < 6 + argc; ++i)
            argv.push_back(fields[i].data());
        argv.push_back(nullptr);
        for (size_t i = 6 + argc; i < fields.size(); ++i)
            envp.push_back(fields[i].data());
        const qint64 start = monotonicNs();
        std::string started = startedVariable + '=' + std::to_string(start);
        if (!startedVariable.empty())
            envp.push_back(started.data());
        envp.push_back(nullptr);
        const pid_t pid = fork();
        if (pid == 0) {
            const int outFd = open(outPath.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
            const int errFd = open(errPath.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
            const int nullFd = open("/dev/null", O_RDONLY);
            if (outFd < 0 || errFd < 0 || nullFd < 0)
                _exit(126);
            dup2(nullFd, 0);
            dup2(outFd, 1);
            dup2(errFd, 2);
            if (!directory.empty() && chdir(directory.c_str()) != 0)
                _exit(126);
            setpgid(0, 0); // a group of its own, to end whatever it leaves behind
            alarm(timeout); // kept across exec: a hung program ends
            execvpe(argv[0], argv.data(), envp.data());
            _exit(127);
        }
        Reply reply;
        if (pid > 0) {
            int status = 0;
            rusage usage{};
            while (wait4(pid, &status, 0, &usage) < 0 && errno == EINTR) {
            }
            reply.ms = double(monotonicNs() - start) / 1e6;
            kill(-pid, SIGKILL); // helpers it left running (a timed-out office suite's)
            reply.peakRssKb = usage.ru_maxrss;
            reply.status = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
        }
        if (!writeAll(replies, &reply, sizeof reply))
            break;
    }
    _exit(0);
}

bool startLauncher()
{
    int requests[2], replies[2];
    if (pipe2(requests, O_CLOEXEC) != 0 || pipe2(replies, O_CLOEXEC) != 0)
        return false;
    const pid_t pid = fork();
    if (pid < 0)
        return false;
    if (pid == 0) {
        close(requests[1]);
        close(replies[0]);
        launcherLoop(requests[0], replies[1]);
    }
    close(requests[0]);
    close(replies[1]);
    launcher.requests = requests[1];
    launcher.replies = replies[0];
    return true;
}

// Runs a program to its end as a whole process, its output into files: the
// time from before fork() to its exit, and its peak memory from wait4().
// `startedVariable`, when given, is set in the program's environment to the
// CLOCK_MONOTONIC nanoseconds at the start.
Run runProcess(const QStringList &command, const QStringList &environment = {}, const QString &directory = {},
               const QString &startedVariable = {}, int timeoutSeconds = 600)
{
    Run run;
    QTemporaryDir files;
    const QString outPath = files.filePath(QStringLiteral("out"));
    const QString errPath = files.filePath(QStringLiteral("err"));
    std::vector<std::string> fields{QFile::encodeName(outPath).toStdString(), QFile::encodeName(errPath).toStdString(),
                                    QFile::encodeName(directory).toStdString(), std::to_string(timeoutSeconds),
                                    startedVariable.toStdString(), std::to_string(command.size())};
    for (const QString &argument : command)
        fields.push_back(argument.toStdString());
    // The given variables replace the benchmark's own of the same name.
    QSet<QByteArray> given;
    for (const QString &variable : environment)
        given.insert(variable.section(u'=', 0, 0).toUtf8());
    if (!startedVariable.isEmpty())
        given.insert(startedVariable.toUtf8());
    for (char **variable = environ; *variable; ++variable) {
        const QByteArray entry(*variable);
        if (!given.contains(entry.left(entry.indexOf('='))))
            fields.emplace_back(*variable);
    }
    for (const QString &variable : environment)
        fields.push_back(variable.toStdString());
    Reply reply;
    if (!writeFields(launcher.requests, fields) || !readAll(launcher.replies, &reply, sizeof reply)) {
        run.errors = "the launcher has stopped";
        return run;
    }
    run.ok = reply.status == 0;
    run.ms = reply.ms;
    run.peakRssMb = double(reply.peakRssKb) / 1024.0;
    QFile outFile(outPath);
    if (outFile.open(QIODevice::ReadOnly))
        run.output = outFile.readAll();
    QFile errFile(errPath);
    if (errFile.open(QIODevice::ReadOnly))
        run.errors = errFile.readAll();
    return run;
}

QString firstLine(const QByteArray &bytes)
{
    return QString::fromUtf8(bytes).section(u'\n', 0, 0).trimmed();
}

bool fail(const QString &what, const Run &run)
{
    out << "pykala-bench: " << what << " failed: " << QString::fromUtf8(run.errors).trimmed() << ' '
        << QString::fromUtf8(run.output).trimmed() << Qt::endl;
    return false;
}

// ---------------------------------------------------------------------------
// The machine

QString readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

QString programVersion(const QStringList &command)
{
    const Run run = runProcess(command, {}, {}, {}, 60);
    return run.ok ? firstLine(run.output) : QString();
}

QStringList machineDescription(const QString &libreOffice, const QString &chromium)
{
    QStringList lines;
    const QString cpuinfo = readFile(QStringLiteral("/proc/cpuinfo"));
    const QRegularExpression model(QStringLiteral("^model name\\s*:\\s*(.+)$"), QRegularExpression::MultilineOption);
    lines << QStringLiteral("Processor: %1, %2 cores available")
                 .arg(model.match(cpuinfo).captured(1).simplified(), QString::number(sysconf(_SC_NPROCESSORS_ONLN)));
    const QRegularExpression memory(QStringLiteral("^MemTotal:\\s*(\\d+) kB"), QRegularExpression::MultilineOption);
    lines << QStringLiteral("Memory: %1 GiB")
                 .arg(double(memory.match(readFile(QStringLiteral("/proc/meminfo"))).captured(1).toLongLong()) / 1048576.0,
                      0, 'f', 1);
    const QRegularExpression pretty(QStringLiteral("^PRETTY_NAME=\"?([^\"\\n]+)"), QRegularExpression::MultilineOption);
    utsname system{};
    uname(&system);
    lines << QStringLiteral("System: %1, Linux %2")
                 .arg(pretty.match(readFile(QStringLiteral("/etc/os-release"))).captured(1),
                      QString::fromLatin1(system.release));
    lines << QStringLiteral("Pykälä %1 (%2 build), Qt %3, SQLite %4")
                 .arg(QStringLiteral(PYKALA_VERSION), QStringLiteral(PYKALA_BUILD_TYPE), QString::fromLatin1(qVersion()),
                      QString::fromLatin1(sqlite3_libversion()));
    lines << QStringLiteral("Compared with: %1; %2")
                 .arg(libreOffice.isEmpty() ? QStringLiteral("LibreOffice not installed") : libreOffice,
                      chromium.isEmpty() ? QStringLiteral("Chromium not installed") : chromium);
    lines << QStringLiteral("Display: %1")
                 .arg(qEnvironmentVariableIsEmpty("DISPLAY") ? QStringLiteral("none (offscreen)")
                                                             : QStringLiteral("Xvfb %1").arg(qEnvironmentVariable("DISPLAY")));
    lines << QStringLiteral("Run: %1").arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")));
    return lines;
}

// ---------------------------------------------------------------------------
// Bare SQLite

struct Sqlite
{
    sqlite3 *db = nullptr;
    ~Sqlite() { sqlite3_close(db); }
    bool open(const QString &path, int flags)
    {
        return sqlite3_open_v2(QFile::encodeName(path).constData(), &db, flags, nullptr) == SQLITE_OK;
    }
    bool exec(const char *sql) { return sqlite3_exec(db, sql, nullptr, nullptr, nullptr) == SQLITE_OK; }
    QString error() const { return QString::fromUtf8(sqlite3_errmsg(db)); }
    qint64 count(const QString &table)
    {
        sqlite3_stmt *statement = nullptr;
        const QByteArray sql = QStringLiteral("SELECT count(*) FROM \"%1\"").arg(table).toUtf8();
        qint64 result = -1;
        if (sqlite3_prepare_v2(db, sql.constData(), -1, &statement, nullptr) == SQLITE_OK
            && sqlite3_step(statement) == SQLITE_ROW)
            result = sqlite3_column_int64(statement, 0);
        sqlite3_finalize(statement);
        return result;
    }
};

struct Value
{
    int type = SQLITE_NULL;
    qint64 integer = 0;
    double real = 0;
    std::string bytes;
};

struct Table
{
    QString name;
    QString insert;                          // the statement, with a ? per column
    std::vector<std::vector<Value>> rows;
};

// The store's tables in creation order (parents before children), the
// full-text index as its documents: the rows the raw inserts write.
std::optional<std::vector<Table>> readRows(Sqlite &source, QStringList *schema)
{
    std::vector<Table> tables;
    sqlite3_stmt *objects = nullptr;
    if (sqlite3_prepare_v2(source.db,
                           "SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL ORDER BY "
                           "CASE type WHEN 'table' THEN 0 WHEN 'index' THEN 1 ELSE 2 END, rowid",
                           -1, &objects, nullptr)
        != SQLITE_OK)
        return std::nullopt;
    QStringList names;
    while (sqlite3_step(objects) == SQLITE_ROW) {
        const QString type = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(objects, 0)));
        const QString name = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(objects, 1)));
        const QString sql = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(objects, 2)));
        // sqlite_sequence and the index's own tables are made by SQLite.
        if (name.startsWith(QStringLiteral("sqlite_")) || name.startsWith(QStringLiteral("item_search_")))
            continue;
        schema->append(sql);
        if (type == u"table")
            names.append(name);
    }
    sqlite3_finalize(objects);
    for (const QString &name : std::as_const(names)) {
        Table table;
        table.name = name;
        const bool index = name == u"item_search";
        const QString select = index ? QStringLiteral("SELECT rowid, title, body FROM item_search")
                                     : QStringLiteral("SELECT * FROM \"%1\"").arg(name);
        sqlite3_stmt *rows = nullptr;
        if (sqlite3_prepare_v2(source.db, select.toUtf8().constData(), -1, &rows, nullptr) != SQLITE_OK)
            return std::nullopt;
        const int columns = sqlite3_column_count(rows);
        QStringList marks;
        for (int i = 0; i < columns; ++i)
            marks << QStringLiteral("?");
        table.insert = index ? QStringLiteral("INSERT INTO item_search (rowid, title, body) VALUES (?, ?, ?)")
                             : QStringLiteral("INSERT INTO \"%1\" VALUES (%2)").arg(name, marks.join(u','));
        while (sqlite3_step(rows) == SQLITE_ROW) {
            std::vector<Value> row(static_cast<size_t>(columns));
            for (int i = 0; i < columns; ++i) {
                Value &value = row[size_t(i)];
                value.type = sqlite3_column_type(rows, i);
                if (value.type == SQLITE_INTEGER)
                    value.integer = sqlite3_column_int64(rows, i);
                else if (value.type == SQLITE_FLOAT)
                    value.real = sqlite3_column_double(rows, i);
                else if (value.type != SQLITE_NULL) {
                    const void *data = value.type == SQLITE_BLOB ? sqlite3_column_blob(rows, i)
                                                                 : static_cast<const void *>(sqlite3_column_text(rows, i));
                    value.bytes.assign(static_cast<const char *>(data), size_t(sqlite3_column_bytes(rows, i)));
                }
            }
            table.rows.push_back(std::move(row));
        }
        sqlite3_finalize(rows);
        tables.push_back(std::move(table));
    }
    return tables;
}

struct RawInsert
{
    double ms = 0;
    qint64 rows = 0;
    int runs = 1; // of it and of the generation, whose medians are compared
};

// The same rows into the same schema (tables, full-text index, indexes and
// triggers), as the store's settings have it (WAL, synchronous FULL, foreign
// keys, its page cache), by prepared statements in one transaction.
std::optional<RawInsert> rawInsert(const QString &archive, const QString &target)
{
    Sqlite source;
    if (!source.open(archive, SQLITE_OPEN_READONLY))
        return std::nullopt;
    QStringList schema;
    const auto tables = readRows(source, &schema);
    if (!tables)
        return std::nullopt;
    Sqlite db;
    if (!db.open(target, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE)
        || !db.exec("PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; PRAGMA foreign_keys = ON; "
                    "PRAGMA cache_size = -65536"))
        return std::nullopt;
    for (const QString &sql : std::as_const(schema)) {
        if (!db.exec(sql.toUtf8().constData())) {
            out << "pykala-bench: the schema did not copy: " << db.error() << Qt::endl;
            return std::nullopt;
        }
    }
    RawInsert result;
    bool ok = true;
    result.ms = milliseconds([&] {
        ok = db.exec("BEGIN IMMEDIATE");
        for (const Table &table : *tables) {
            sqlite3_stmt *insert = nullptr;
            ok = ok && sqlite3_prepare_v2(db.db, table.insert.toUtf8().constData(), -1, &insert, nullptr) == SQLITE_OK;
            for (size_t r = 0; ok && r < table.rows.size(); ++r) {
                const std::vector<Value> &row = table.rows[r];
                for (size_t i = 0; i < row.size(); ++i) {
                    const Value &value = row[i];
                    const int column = int(i) + 1;
                    switch (value.type) {
                    case SQLITE_INTEGER: sqlite3_bind_int64(insert, column, value.integer); break;
                    case SQLITE_FLOAT: sqlite3_bind_double(insert, column, value.real); break;
                    case SQLITE_TEXT:
                        sqlite3_bind_text(insert, column, value.bytes.data(), int(value.bytes.size()), SQLITE_STATIC);
                        break;
                    case SQLITE_BLOB:
                        sqlite3_bind_blob(insert, column, value.bytes.data(), int(value.bytes.size()), SQLITE_STATIC);
                        break;
                    default: sqlite3_bind_null(insert, column); break;
                    }
                }
                ok = sqlite3_step(insert) == SQLITE_DONE;
                sqlite3_reset(insert);
                ++result.rows;
            }
            sqlite3_finalize(insert);
        }
        ok = ok && db.exec("COMMIT");
        // Closing writes the log into the file, as the store's program does
        // when it ends.
        ok = ok && sqlite3_close(db.db) == SQLITE_OK;
        db.db = nullptr;
    });
    if (!ok) {
        out << "pykala-bench: the raw inserts failed: " << db.error() << Qt::endl;
        return std::nullopt;
    }
    return result;
}

// The rows of an archive as the raw inserts count them.
qint64 archiveRows(const QString &path)
{
    Sqlite db;
    if (!db.open(path, SQLITE_OPEN_READONLY))
        return 0;
    QStringList schema;
    const auto tables = readRows(db, &schema);
    qint64 rows = 0;
    if (tables) {
        for (const Table &table : *tables)
            rows += qint64(table.rows.size());
    }
    return rows;
}

// ---------------------------------------------------------------------------
// The cases

struct Scale
{
    QString name;     // "¼", "1×", "4×"
    int years = 0;
    QString path;
    // Measured
    double generateMs = 0;
    qint64 rows = 0;
    qint64 items = 0;
    qint64 meetings = 0;
    double fileMb = 0;
    double searchP50 = 0, searchP95 = 0, bareP50 = 0, bareP95 = 0;
    int zeroHitQueries = 0;
    int searchRounds = 0;
    double openMs = 0, listMs = 0, agendaMs = 0, addItemMs = 0, checkMs = 0;
    double startupMs = 0, startupFirstMs = 0, startupRssMb = 0;
    bool startupOk = false;
};

struct Tools
{
    QString cli;
    QString client;
    QString work;
    bool quick = false;
};

// A new store at `path` filled by `pykala-cli demo`: the demo process's time.
std::optional<double> generateInto(const Tools &tools, int years, const QString &path)
{
    const Run init = runProcess({tools.cli, QStringLiteral("--store"), path, QStringLiteral("init"),
                                 QStringLiteral("--name"), QStringLiteral("Benchmark")});
    if (!init.ok) {
        fail(QStringLiteral("pykala-cli init"), init);
        return std::nullopt;
    }
    const Run demo = runProcess({tools.cli, QStringLiteral("--store"), path, QStringLiteral("demo"),
                                 QStringLiteral("--bodies"), QStringLiteral("12"), QStringLiteral("--years"),
                                 QString::number(years), QStringLiteral("--as-of"), QStringLiteral("2026-11-22")},
                                {}, {}, {}, 3600);
    if (!demo.ok) {
        fail(QStringLiteral("pykala-cli demo"), demo);
        return std::nullopt;
    }
    return demo.ms;
}

void removeStore(const QString &path)
{
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(path + suffix);
}

bool generate(const Tools &tools, Scale &scale)
{
    scale.path = tools.work + QStringLiteral("/archive-%1.sqlite").arg(scale.years);
    const auto generated = generateInto(tools, scale.years, scale.path);
    if (!generated)
        return false;
    scale.generateMs = *generated;
    scale.rows = archiveRows(scale.path);
    Sqlite db;
    db.open(scale.path, SQLITE_OPEN_READONLY);
    scale.items = db.count(QStringLiteral("agenda_item"));
    scale.meetings = db.count(QStringLiteral("meeting"));
    scale.fileMb = double(QFileInfo(scale.path).size() + QFileInfo(scale.path + QStringLiteral("-wal")).size()) / 1e6;
    out << QStringLiteral("  %1: %2 meetings, %3 items, %4 rows, %5 MB; generated in %6 s")
               .arg(scale.name)
               .arg(scale.meetings)
               .arg(scale.items)
               .arg(scale.rows)
               .arg(scale.fileMb, 0, 'f', 0)
               .arg(scale.generateMs / 1000, 0, 'f', 1)
        << Qt::endl;
    return true;
}

// 200 queries a secretary or a resident might type: words in their base
// form, inflected forms, and phrases of two or three words; a few find
// nothing. Pykälä matches every form of each word (Snowball stems).
QStringList searchQueries()
{
    const QStringList words{
        u"talousarvio"_s, u"asemakaava"_s, u"poikkeamislupa"_s, u"oikaisuvaatimus"_s, u"toimeentulotuki"_s,
        u"kiinteistökauppa"_s, u"hankinta"_s, u"avustus"_s, u"lausunto"_s, u"valtuusto"_s, u"kunnanhallitus"_s,
        u"päätös"_s, u"tilinpäätös"_s, u"investointi"_s, u"rakennuslupa"_s, u"purkamislupa"_s, u"vesihuolto"_s,
        u"taksa"_s, u"hallintosääntö"_s, u"henkilöstösuunnitelma"_s, u"yritysavustus"_s, u"matkailu"_s,
        u"kesätyöseteli"_s, u"lastensuojelu"_s, u"vammaispalvelu"_s, u"omaishoito"_s, u"varhaiskasvatus"_s,
        u"oppilaaksiottoalue"_s, u"kirjasto"_s, u"katuvalaistus"_s, u"talvikunnossapito"_s, u"urakka"_s,
        u"peruskorjaus"_s, u"tarjous"_s, u"sopimus"_s, u"maankäyttösopimus"_s, u"tontti"_s,
        u"vahingonkorvaus"_s, u"vakuutusyhtiö"_s, u"osavuosikatsaus"_s, u"arviointikertomus"_s,
        u"vastuuvapaus"_s, u"tilintarkastaja"_s, u"valtuustoaloite"_s, u"liikenneturvallisuus"_s, u"kaavaehdotus"_s,
        u"muistutus"_s, u"hyvinvointialue"_s, u"palveluverkko"_s, u"digitalisaatiofoorumi"_s, u"yhtiökokous"_s,
        u"ympäristönsuojelulaki"_s, u"valvontasuunnitelma"_s, u"keskusvaalilautakunta"_s, u"ehdokaslista"_s,
        u"asiakasmaksu"_s, u"työhyvinvointi"_s, u"etätyö"_s, u"irtisanominen"_s, u"delegointi"_s,
        u"takaisinperintä"_s, u"kuljetuspalvelu"_s, u"pöytäkirja"_s, u"esityslista"_s, u"päätösvaltaisuus"_s,
        u"äänestys"_s, u"eriävä"_s, u"jäävi"_s, u"pöydälle"_s, u"yksimielisesti"_s};
    const QStringList inflected{
        u"talousarvion"_s, u"talousarviossa"_s, u"talousarvioon"_s, u"asemakaavan"_s, u"asemakaavaa"_s,
        u"asemakaavassa"_s, u"päätöksen"_s, u"päätöksellä"_s, u"päätöksestä"_s, u"päätökseen"_s,
        u"päätökset"_s, u"lausunnon"_s, u"lausuntoa"_s, u"hankinnan"_s, u"hankintaa"_s, u"avustukset"_s,
        u"avustuksia"_s, u"avustuksiin"_s, u"kunnanhallitukselle"_s, u"kunnanhallituksen"_s, u"valtuustolle"_s,
        u"valtuuston"_s, u"valtuustossa"_s, u"oikaisuvaatimuksen"_s, u"oikaisua"_s, u"tontin"_s,
        u"tontista"_s, u"luvan"_s, u"lupaa"_s, u"poikkeamisluvan"_s, u"tarjouksia"_s, u"tarjouksen"_s,
        u"tarjousta"_s, u"sopimuksen"_s, u"sopimuksella"_s, u"tilinpäätöksen"_s, u"investoinnit"_s,
        u"investointeihin"_s, u"määrärahaa"_s, u"määrärahojen"_s, u"toimintakulujen"_s, u"verotulot"_s,
        u"vuosikate"_s, u"kaavan"_s, u"muutoksen"_s, u"muutoksia"_s, u"viranhaltijan"_s,
        u"viranhaltijoiden"_s, u"toimeentulotukea"_s, u"kiinteistökaupan"_s, u"vahingosta"_s,
        u"korvausta"_s, u"jäsenen"_s, u"jäseneksi"_s, u"edustajaksi"_s, u"kokouksen"_s, u"kokouksessa"_s,
        u"pöytäkirjan"_s, u"tarkastajien"_s, u"ehdotuksen"_s, u"esityksen"_s, u"hakemuksia"_s,
        u"hakemuksen"_s, u"asiakkaan"_s, u"palvelutarpeen"_s, u"virkasuhteen"_s, u"sopimusta"_s,
        u"suunnitelman"_s, u"suunnitelmaa"_s, u"kustannuksiin"_s};
    const QStringList phrases{
        u"asemakaavan muutos"_s, u"talousarvion toteutuminen"_s, u"kunnanhallitus päättää"_s,
        u"ehdotus hyväksyttiin yksimielisesti"_s, u"poikkeamislupa ranta-alueelle"_s, u"vapaa-ajan asunnon rakentaminen"_s,
        u"oikaisuvaatimuksen hylkääminen"_s, u"toimeentulotukea koskeva oikaisuvaatimus"_s, u"kiinteistökauppa tontti"_s,
        u"yritysavustusten jakoesitys"_s, u"matkailun kehittämissuunnitelma"_s, u"kesätyöseteli nuorille"_s,
        u"henkilöstösuunnitelma vakanssit"_s, u"paikallinen sopimus etätyöstä"_s, u"työhyvinvointikyselyn tulokset"_s,
        u"lastensuojelun avohuollon tukitoimet"_s, u"vammaispalvelun oikaisuvaatimus"_s, u"jaoston delegointisääntö"_s,
        u"viranhaltijapäätösten ilmoittaminen"_s, u"pöytäkirjan tarkastajien valinta"_s, u"esityslistan hyväksyminen"_s,
        u"kokouksen avaus"_s, u"laillisuus ja päätösvaltaisuus"_s, u"tilinpäätös ja vastuuvapaus"_s,
        u"arviointikertomus tilivelvollisille"_s, u"vesihuollon taksat"_s, u"talvikunnossapidon urakka"_s,
        u"katuvalaistuksen saneeraus"_s, u"kirjaston aukioloajat"_s, u"koulujen lukuvuosisuunnitelmat"_s,
        u"varhaiskasvatuksen asiakasmaksut"_s, u"omaishoidon tuen myöntämisperusteet"_s, u"asumispalvelujen hankinta"_s,
        u"ympäristönsuojelun valvontasuunnitelma"_s, u"maa-ainesten ottaminen"_s, u"hyvinvointialueen palveluverkko"_s,
        u"lausuntopyyntö hyvinvointialue"_s, u"valtuustoaloite kevyen liikenteen väylä"_s, u"investointisuunnitelmassa huomioon"_s,
        u"terveysaseman peruskorjaus"_s, u"urakoitsijaksi valitaan"_s, u"kokonaistaloudellinen edullisuus"_s,
        u"maankäyttösopimuksen hyväksyminen"_s, u"yhdyskuntarakentamisen kustannuksiin"_s, u"vahingonkorvausvaatimus kunnalta"_s,
        u"vastuuvakuutusyhtiön lausunto"_s, u"osavuosikatsaus toimintakate"_s, u"sitovien määrärahojen ylitykset"_s,
        u"hallintosäännön muutos"_s, u"luottamustoimesta vapauttaminen"_s, u"jäsenen valinta"_s,
        u"yhtiökokoukseen edustaja"_s, u"digitalisaatiofoorumin vuosimaksu"_s, u"ehdokaslistojen yhdistelmä"_s,
        u"asia jätettiin pöydälle"_s, u"palautettiin uudelleen valmisteltavaksi"_s, u"määrärahaa korotetaan"_s,
        u"kaukolämpöverkon laajennus"_s, u"tuulivoimapuiston osayleiskaava"_s, u"uimahallin saunaosasto"_s};
    QStringList all = words + inflected + phrases;
    return all;
}

struct SearchTimes
{
    QList<double> pykala;
    QList<double> bare;
    int zeroHits = 0;
};

// Each query through Store::search, as the client and pykala-cli run it, and
// its MATCH expression as a bare FTS5 query through SQLite's own interface on
// the same file, alternately, after a warm-up round of both.
std::optional<SearchTimes> benchSearch(Store &store, const QString &path, const QStringList &queries, int rounds)
{
    Sqlite bare;
    if (!bare.open(path, SQLITE_OPEN_READONLY))
        return std::nullopt;
    sqlite3_stmt *match = nullptr;
    if (sqlite3_prepare_v2(bare.db,
                           "SELECT rowid, bm25(item_search, 4.0, 1.0) AS rank FROM item_search "
                           "WHERE item_search MATCH ?1 ORDER BY rank LIMIT 20",
                           -1, &match, nullptr)
        != SQLITE_OK) {
        out << "pykala-bench: " << bare.error() << Qt::endl;
        return std::nullopt;
    }
    auto runBare = [&](const QByteArray &expression) {
        sqlite3_bind_text(match, 1, expression.constData(), int(expression.size()), SQLITE_STATIC);
        int rows = 0;
        while (sqlite3_step(match) == SQLITE_ROW) {
            (void)sqlite3_column_int64(match, 0);
            (void)sqlite3_column_double(match, 1);
            ++rows;
        }
        sqlite3_reset(match);
        return rows;
    };
    SearchTimes times;
    for (int round = -1; round < rounds; ++round) {
        for (const QString &query : queries) {
            const QByteArray expression = SearchTerms::matchExpression(query).toUtf8();
            int hits = 0;
            const double pykala = milliseconds([&] {
                const auto found = store.search(query, 20);
                hits = found ? int(found->size()) : -1;
            });
            if (hits < 0) {
                out << "pykala-bench: the search for " << query << " failed." << Qt::endl;
                sqlite3_finalize(match);
                return std::nullopt;
            }
            const double plain = milliseconds([&] { (void)runBare(expression); });
            if (round < 0) {
                times.zeroHits += hits == 0 ? 1 : 0;
                continue;
            }
            times.pykala.append(pykala);
            times.bare.append(plain);
        }
    }
    sqlite3_finalize(match);
    return times;
}

// Operations a secretary waits for, in process on the archive: how they
// grow with it.
bool benchStore(Scale &scale, const QStringList &queries, int rounds)
{
    Result<std::unique_ptr<Store>> store = Failure{};
    QList<double> opens;
    for (int i = 0; i < 5; ++i) {
        opens.append(milliseconds([&] { store = Store::open(scale.path); }));
        if (!store) {
            out << "pykala-bench: " << store.error() << Qt::endl;
            return false;
        }
    }
    scale.openMs = median(opens);
    Store &s = *store.value();
    const auto times = benchSearch(s, scale.path, queries, rounds);
    if (!times)
        return false;
    scale.searchP50 = percentile(times->pykala, 0.5);
    scale.searchP95 = percentile(times->pykala, 0.95);
    scale.bareP50 = percentile(times->bare, 0.5);
    scale.bareP95 = percentile(times->bare, 0.95);
    scale.zeroHitQueries = times->zeroHits;
    scale.searchRounds = rounds;

    QList<double> lists, agendas;
    QList<Meeting> meetings;
    for (int i = 0; i < 5; ++i) {
        // What the navigator reads at start: every meeting and its item count.
        lists.append(milliseconds([&] {
            meetings = s.meetings().value();
            (void)s.agendaItemCounts();
        }));
    }
    scale.listMs = median(lists);
    if (meetings.isEmpty())
        return false;
    for (int i = 0; i < 5; ++i)
        agendas.append(milliseconds([&] { (void)s.agendaItems(meetings.at(meetings.size() / 2).id); }));
    scale.agendaMs = median(agendas);
    // A new item on the agenda of a meeting still to be held, committed durably.
    const auto planned = std::find_if(meetings.cbegin(), meetings.cend(), [](const Meeting &m) {
        return m.state == MeetingState::Planned || m.state == MeetingState::Convened;
    });
    if (planned == meetings.cend()) {
        out << "pykala-bench: the archive has no meeting still to be held." << Qt::endl;
        return false;
    }
    QList<double> adds;
    for (int i = 0; i < 5; ++i) {
        AgendaItem item;
        item.meetingId = planned->id;
        item.title = QStringLiteral("Mittausasia %1").arg(i + 1);
        item.background = QStringLiteral("<p>Mitataan tallennuksen kesto arkiston koon kasvaessa.</p>");
        item.proposal = QStringLiteral("<p>Merkitään tiedoksi.</p>");
        Result<qint64> added = Failure{};
        adds.append(milliseconds([&] { added = s.addAgendaItem(item); }));
        if (!added) {
            out << "pykala-bench: " << added.error() << Qt::endl;
            return false;
        }
    }
    scale.addItemMs = median(adds);
    return true;
}

// The desktop client on the archive until the navigator has painted its
// first list of meetings (PYKALA_STARTUP_PROBE), as a whole process, with a
// settings folder of its own: the first run, then the median of `runs`.
bool benchStartup(const Tools &tools, Scale &scale, int runs)
{
    const QString config = tools.work + QStringLiteral("/config-%1").arg(scale.years);
    QDir().mkpath(config);
    const QStringList environment{QStringLiteral("XDG_CONFIG_HOME=") + config,
                                  QStringLiteral("QT_QPA_PLATFORM=")
                                      + (qEnvironmentVariableIsEmpty("DISPLAY") ? QStringLiteral("offscreen")
                                                                                : QStringLiteral("xcb"))};
    QList<double> times;
    for (int run = 0; run <= runs; ++run) {
        const Run client = runProcess({tools.client, scale.path}, environment, {}, QStringLiteral("PYKALA_STARTUP_PROBE"), 120);
        const QRegularExpression painted(QStringLiteral("first-paint-ms ([0-9.]+)"));
        const auto match = painted.match(QString::fromUtf8(client.output));
        if (!client.ok || !match.hasMatch())
            return fail(QStringLiteral("The desktop client's start"), client);
        const double ms = match.captured(1).toDouble();
        if (run == 0)
            scale.startupFirstMs = ms;
        else
            times.append(ms);
        scale.startupRssMb = qMax(scale.startupRssMb, client.peakRssMb);
    }
    scale.startupMs = median(times);
    scale.startupOk = true;
    return true;
}

struct Export
{
    QString meeting;       // "LUPAJ 17/2026"
    int items = 0;
    double pykalaMs = 0, libreOfficeMs = 0, chromiumMs = 0;
    int pykalaPages = 0, libreOfficePages = 0, chromiumPages = 0;
    double pykalaKb = 0, libreOfficeKb = 0, chromiumKb = 0;
    double pykalaRssMb = 0, libreOfficeRssMb = 0, chromiumRssMb = 0;
    int runs = 0;
    QString pdf;           // Pykälä's file, for signing
};

int pdfPages(const QString &path)
{
    const Run info = runProcess({QStringLiteral("pdfinfo"), path});
    const QRegularExpression pages(QStringLiteral("^Pages:\\s*(\\d+)"), QRegularExpression::MultilineOption);
    return pages.match(QString::fromUtf8(info.output)).captured(1).toInt();
}

// The held meeting with 40 items (else the longest held one).
std::optional<std::pair<QString, int>> fortyItemMeeting(const QString &path)
{
    Sqlite db;
    if (!db.open(path, SQLITE_OPEN_READONLY))
        return std::nullopt;
    sqlite3_stmt *statement = nullptr;
    const char *sql = "SELECT b.short_name || ' ' || m.number || '/' || m.year, "
                      "(SELECT count(*) FROM agenda_item i WHERE i.meeting_id = m.id) AS n "
                      "FROM meeting m JOIN body b ON b.id = m.body_id WHERE m.state = 'minutes-checked' "
                      "ORDER BY n = 40 DESC, n DESC, m.planned_start DESC LIMIT 1";
    std::optional<std::pair<QString, int>> found;
    if (sqlite3_prepare_v2(db.db, sql, -1, &statement, nullptr) == SQLITE_OK && sqlite3_step(statement) == SQLITE_ROW)
        found = std::pair{QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(statement, 0))),
                          sqlite3_column_int(statement, 1)};
    sqlite3_finalize(statement);
    return found;
}

// The public minutes of a 40-item meeting: Pykälä's PDF/A from the store,
// against LibreOffice and Chromium printing the same minutes' web page from
// `publish`. Each a whole process, alternately, after a warm-up of each.
bool benchExport(const Tools &tools, const Scale &scale, Export &result, const QString &libreOffice,
                 const QString &chromium)
{
    const auto meeting = fortyItemMeeting(scale.path);
    if (!meeting)
        return false;
    result.meeting = meeting->first;
    result.items = meeting->second;
    const QString web = tools.work + QStringLiteral("/web");
    const Run publish = runProcess({tools.cli, QStringLiteral("--store"), scale.path, QStringLiteral("publish"),
                                   result.meeting, QStringLiteral("-o"), web});
    if (!publish.ok)
        return fail(QStringLiteral("pykala-cli publish"), publish);
    const QStringList pages = QDir(web).entryList({QStringLiteral("*-poytakirja.html")}, QDir::Files);
    if (pages.isEmpty())
        return fail(QStringLiteral("Finding the published minutes"), publish);
    const QString html = web + QLatin1Char('/') + pages.constFirst();
    result.pdf = tools.work + QStringLiteral("/minutes.pdf");
    const QString office = tools.work + QStringLiteral("/libreoffice");
    const QString officeProfile = QStringLiteral("-env:UserInstallation=file://") + tools.work + QStringLiteral("/libreoffice-profile");
    const QString chromiumPdf = tools.work + QStringLiteral("/chromium.pdf");
    const QStringList pykalaCommand{tools.cli, QStringLiteral("--store"), scale.path, QStringLiteral("minutes"),
                                    result.meeting, QStringLiteral("--public"), QStringLiteral("-o"), result.pdf};
    const QStringList officeCommand{QStringLiteral("libreoffice"), officeProfile, QStringLiteral("--headless"),
                                    QStringLiteral("--convert-to"), QStringLiteral("pdf"), QStringLiteral("--outdir"),
                                    office, html};
    // As a machine without a network runs it: nothing fetched in the background.
    const QStringList chromiumCommand{QStringLiteral("chromium"), QStringLiteral("--headless"),
                                      QStringLiteral("--no-sandbox"), QStringLiteral("--disable-gpu"),
                                      QStringLiteral("--no-first-run"), QStringLiteral("--disable-background-networking"),
                                      QStringLiteral("--disable-component-update"), QStringLiteral("--disable-sync"),
                                      QStringLiteral("--disable-quic"),
                                      QStringLiteral("--user-data-dir=") + tools.work + QStringLiteral("/chromium-profile"),
                                      QStringLiteral("--no-pdf-header-footer"),
                                      QStringLiteral("--print-to-pdf=") + chromiumPdf, QStringLiteral("file://") + html};
    QList<double> pykala, officeTimes, chromiumTimes;
    // One run of a program: its time after the warm-up, its peak memory.
    auto measure = [&](const QString &name, const QStringList &command, QList<double> &times, double &peakRssMb) {
        const Run run = runProcess(command);
        if (!run.ok)
            return fail(name, run);
        peakRssMb = qMax(peakRssMb, run.peakRssMb);
        times.append(run.ms);
        return true;
    };
    result.runs = tools.quick ? 3 : 7;
    for (int run = -1; run < result.runs; ++run) {
        if (!measure(QStringLiteral("pykala-cli minutes"), pykalaCommand, pykala, result.pykalaRssMb)
            || (!libreOffice.isEmpty()
                && !measure(QStringLiteral("LibreOffice"), officeCommand, officeTimes, result.libreOfficeRssMb))
            || (!chromium.isEmpty()
                && !measure(QStringLiteral("Chromium"), chromiumCommand, chromiumTimes, result.chromiumRssMb)))
            return false;
        if (run < 0) { // the warm-up
            pykala.clear();
            officeTimes.clear();
            chromiumTimes.clear();
        }
    }
    result.pykalaMs = median(pykala);
    result.pykalaPages = pdfPages(result.pdf);
    result.pykalaKb = double(QFileInfo(result.pdf).size()) / 1024.0;
    if (!libreOffice.isEmpty()) {
        const QString pdf = office + QLatin1Char('/') + QFileInfo(html).completeBaseName() + QStringLiteral(".pdf");
        result.libreOfficeMs = median(officeTimes);
        result.libreOfficePages = pdfPages(pdf);
        result.libreOfficeKb = double(QFileInfo(pdf).size()) / 1024.0;
    }
    if (!chromium.isEmpty()) {
        result.chromiumMs = median(chromiumTimes);
        result.chromiumPages = pdfPages(chromiumPdf);
        result.chromiumKb = double(QFileInfo(chromiumPdf).size()) / 1024.0;
    }
    return true;
}

struct Signing
{
    QList<double> signMs;     // median time of each of the four signatures
    QList<qint64> addedBytes; // what each signature added to the file
    double verifyMs = 0;
    int runs = 0;
};

bool tool(const QStringList &command, const QString &directory)
{
    const Run run = runProcess(command, {}, directory);
    return run.ok || fail(command.constFirst(), run);
}

// A throwaway CA and signer in an NSS database of the benchmark's own.
bool makeSigner(const QString &directory, const QString &database)
{
    QFile config(directory + QStringLiteral("/ca.cnf"));
    if (!config.open(QIODevice::WriteOnly))
        return false;
    config.write("[req]\ndistinguished_name = dn\nprompt = no\n[dn]\nCN = Bench CA\n"
                 "[ca]\nbasicConstraints = critical,CA:TRUE\nkeyUsage = critical,keyCertSign\n"
                 "[signer]\nbasicConstraints = CA:FALSE\nkeyUsage = critical,digitalSignature,nonRepudiation\n");
    config.close();
    QDir().mkpath(database);
    const QString nss = QStringLiteral("sql:") + database;
    return tool({u"openssl"_s, u"req"_s, u"-x509"_s, u"-newkey"_s, u"rsa:2048"_s, u"-nodes"_s, u"-keyout"_s,
                 u"ca.key"_s, u"-out"_s, u"ca.pem"_s, u"-days"_s, u"2"_s, u"-config"_s, u"ca.cnf"_s,
                 u"-extensions"_s, u"ca"_s},
                directory)
        && tool({u"openssl"_s, u"req"_s, u"-newkey"_s, u"rsa:2048"_s, u"-nodes"_s, u"-keyout"_s, u"s.key"_s,
                 u"-out"_s, u"s.csr"_s, u"-subj"_s, u"/CN=Bench Signer"_s},
                directory)
        && tool({u"openssl"_s, u"x509"_s, u"-req"_s, u"-in"_s, u"s.csr"_s, u"-CA"_s, u"ca.pem"_s, u"-CAkey"_s,
                 u"ca.key"_s, u"-CAcreateserial"_s, u"-out"_s, u"s.pem"_s, u"-days"_s, u"2"_s, u"-extfile"_s,
                 u"ca.cnf"_s, u"-extensions"_s, u"signer"_s},
                directory)
        && tool({u"openssl"_s, u"pkcs12"_s, u"-export"_s, u"-inkey"_s, u"s.key"_s, u"-in"_s, u"s.pem"_s,
                 u"-name"_s, u"Bench Signer"_s, u"-passout"_s, u"pass:p"_s, u"-out"_s, u"s.p12"_s},
                directory)
        && tool({u"certutil"_s, u"-N"_s, u"-d"_s, nss, u"--empty-password"_s}, directory)
        && tool({u"certutil"_s, u"-A"_s, u"-d"_s, nss, u"-n"_s, u"Bench CA"_s, u"-t"_s, u"CT,C,C"_s, u"-i"_s,
                 u"ca.pem"_s},
                directory)
        && tool({u"pk12util"_s, u"-i"_s, u"s.p12"_s, u"-d"_s, nss, u"-W"_s, u"p"_s}, directory);
}

// That minutes file signed four times, one pykala-cli process each, then
// its four signatures verified, as a board member's check would.
bool benchSigning(const Tools &tools, const QString &pdf, Signing &result)
{
    const QString directory = tools.work + QStringLiteral("/signing");
    const QString database = directory + QStringLiteral("/nssdb");
    QDir().mkpath(directory);
    if (!makeSigner(directory, database))
        return false;
    result.runs = tools.quick ? 1 : 3;
    QList<QList<double>> times(4);
    QList<double> verifies;
    for (int run = 0; run < result.runs; ++run) {
        QString previous = pdf;
        QList<qint64> sizes{QFileInfo(pdf).size()};
        for (int i = 0; i < 4; ++i) {
            const QString next = directory + QStringLiteral("/signed-%1-%2.pdf").arg(run).arg(i + 1);
            const Run sign = runProcess({tools.cli, QStringLiteral("sign"), previous, QStringLiteral("-o"), next,
                                         QStringLiteral("--cert"), QStringLiteral("Bench Signer"),
                                         QStringLiteral("--nssdb"), database, QStringLiteral("--role"),
                                         QStringLiteral("allekirjoittaja %1").arg(i + 1)});
            if (!sign.ok)
                return fail(QStringLiteral("pykala-cli sign"), sign);
            times[i].append(sign.ms);
            sizes.append(QFileInfo(next).size());
            previous = next;
        }
        const Run verify = runProcess({tools.cli, QStringLiteral("verify"), previous, QStringLiteral("--nssdb"), database});
        if (!verify.ok)
            return fail(QStringLiteral("pykala-cli verify"), verify);
        verifies.append(verify.ms);
        if (run == 0) {
            for (int i = 1; i < sizes.size(); ++i)
                result.addedBytes.append(sizes.at(i) - sizes.at(i - 1));
        }
    }
    for (const QList<double> &signature : std::as_const(times))
        result.signMs.append(median(signature));
    result.verifyMs = median(verifies);
    return true;
}

// ---------------------------------------------------------------------------
// The report

QString ms(double value)
{
    if (value >= 10000)
        return QStringLiteral("%1 s").arg(value / 1000, 0, 'f', 1);
    if (value >= 100)
        return QStringLiteral("%1 ms").arg(value, 0, 'f', 0);
    if (value >= 10)
        return QStringLiteral("%1 ms").arg(value, 0, 'f', 1);
    return QStringLiteral("%1 ms").arg(value, 0, 'f', 2);
}

QString verdict(bool met)
{
    return met ? QStringLiteral("met") : QStringLiteral("**missed**");
}

QString withThousands(qint64 value)
{
    QString digits = QString::number(value);
    for (qsizetype i = digits.size() - 3; i > 0; i -= 3)
        digits.insert(i, QChar(0x202F)); // narrow no-break space
    return digits;
}

QString report(const QStringList &machine, const QList<Scale> &scales, const Scale &full,
               const std::optional<RawInsert> &raw, const Export &exported, const Signing &signing)
{
    QString text;
    QTextStream md(&text);
    md << "Measured by `make bench` on:\n\n";
    for (const QString &line : machine)
        md << "- " << line << '\n';
    md << '\n';

    md << "### Against the alternatives, on the archive of " << full.years << " years ("
       << withThousands(full.meetings) << " meetings, " << withThousands(full.items) << " agenda items)\n\n";
    md << "| Case | Pykälä | Compared with | Ratio | Target | |\n|---|---|---|---|---|---|\n";
    if (raw) {
        const double ours = double(full.rows) / (full.generateMs / 1000);
        const double theirs = double(raw->rows) / (raw->ms / 1000);
        md << "| Archive generation (`pykala-cli demo --bodies 12 --years " << full.years << "`), "
           << withThousands(full.rows) << " rows, median of " << raw->runs << " | " << ms(full.generateMs) << ", "
           << withThousands(qint64(ours)) << " rows/s | the same rows by the sqlite3 C API in one transaction: "
           << ms(raw->ms) << ", " << withThousands(qint64(theirs)) << " rows/s | "
           << QString::number(100 * ours / theirs, 'f', 1) << " % | ≥ 30 % | " << verdict(ours >= 0.3 * theirs)
           << " |\n";
    }
    md << "| Full-text search, " << searchQueries().size() << " queries × " << full.searchRounds << ", p50 / p95 | " << ms(full.searchP50) << " / "
       << ms(full.searchP95) << " | the bare FTS5 query by the sqlite3 C API: " << ms(full.bareP50) << " / "
       << ms(full.bareP95) << " | p95 " << QString::number(full.searchP95 / full.bareP95, 'f', 2) << "× | p95 ≤ 10 ms, ≤ 2× | "
       << verdict(full.searchP95 <= 10 && full.searchP95 <= 2 * full.bareP95) << " |\n";
    if (exported.pykalaMs > 0) {
        md << "| Minutes of " << exported.meeting << " (" << exported.items << " items, public, PDF/A), "
           << "whole process, median of " << exported.runs << " | " << ms(exported.pykalaMs) << ", "
           << exported.pykalaPages << " pages | ";
        if (exported.libreOfficeMs > 0)
            md << "`libreoffice --headless --convert-to pdf` of its `publish` page: " << ms(exported.libreOfficeMs)
               << ", " << exported.libreOfficePages << " pages";
        else
            md << "LibreOffice not installed";
        md << " | " << (exported.libreOfficeMs > 0 ? QString::number(100 * exported.pykalaMs / exported.libreOfficeMs, 'f', 1) + QStringLiteral(" %") : QStringLiteral("–"))
           << " | ≤ 10 % | " << (exported.libreOfficeMs > 0 ? verdict(exported.pykalaMs <= 0.1 * exported.libreOfficeMs) : QStringLiteral("–")) << " |\n";
        md << "| | | `chromium --headless --print-to-pdf` of the same page: ";
        if (exported.chromiumMs > 0)
            md << ms(exported.chromiumMs) << ", " << exported.chromiumPages << " pages";
        else
            md << "Chromium not installed";
        md << " | " << (exported.chromiumMs > 0 ? QString::number(100 * exported.pykalaMs / exported.chromiumMs, 'f', 1) + QStringLiteral(" %") : QStringLiteral("–"))
           << " | ≤ 50 % | " << (exported.chromiumMs > 0 ? verdict(exported.pykalaMs <= 0.5 * exported.chromiumMs) : QStringLiteral("–")) << " |\n";
    }
    if (!signing.signMs.isEmpty()) {
        QStringList times, sizes;
        qint64 largest = 0;
        for (const double value : signing.signMs)
            times << ms(value);
        for (const qint64 bytes : signing.addedBytes) {
            sizes << QStringLiteral("%1 KB").arg(double(bytes) / 1024, 0, 'f', 1);
            largest = qMax(largest, bytes);
        }
        md << "| Signing those minutes four times (`pykala-cli sign`, median of " << signing.runs << ") | "
           << times.join(QStringLiteral(", ")) << "; each adds " << sizes.join(QStringLiteral(", "))
           << " | | | ≤ 100 KB each | " << verdict(largest <= 100 * 1024) << " |\n";
        md << "| Verifying the four signatures (`pykala-cli verify`) | " << ms(signing.verifyMs) << " | | | | |\n";
    }
    md << "| Desktop client cold start to its first painted meeting list, median of 5 (first run) | "
       << ms(full.startupMs) << " (" << ms(full.startupFirstMs) << ") | | | ≤ 1 s | "
       << verdict(full.startupOk && full.startupMs <= 1000 && full.startupFirstMs <= 1000) << " |\n";
    md << "| Its peak memory (max RSS) | " << QString::number(full.startupRssMb, 'f', 0) << " MB | | | ≤ 200 MB | "
       << verdict(full.startupOk && full.startupRssMb <= 200) << " |\n";
    if (exported.pykalaMs > 0) {
        md << "\nPeak memory of the export, its largest process: Pykälä " << QString::number(exported.pykalaRssMb, 'f', 0)
           << " MB, LibreOffice " << QString::number(exported.libreOfficeRssMb, 'f', 0) << " MB, Chromium "
           << QString::number(exported.chromiumRssMb, 'f', 0) << " MB. Files: Pykälä "
           << QString::number(exported.pykalaKb, 'f', 0) << " KB, LibreOffice "
           << QString::number(exported.libreOfficeKb, 'f', 0) << " KB, Chromium "
           << QString::number(exported.chromiumKb, 'f', 0) << " KB.\n";
    }

    md << "\n### As the archive grows\n\n";
    md << "| |";
    for (const Scale &scale : scales)
        md << ' ' << scale.name << " (" << scale.years << " years) |";
    md << "\n|---|";
    for (int i = 0; i < scales.size(); ++i)
        md << "---|";
    md << '\n';
    auto line = [&](const QString &label, const std::function<QString(const Scale &)> &value) {
        md << "| " << label << " |";
        for (const Scale &scale : scales)
            md << ' ' << value(scale) << " |";
        md << '\n';
    };
    line(QStringLiteral("Meetings / agenda items"),
         [](const Scale &s) { return withThousands(s.meetings) + QStringLiteral(" / ") + withThousands(s.items); });
    line(QStringLiteral("Store file"), [](const Scale &s) { return QStringLiteral("%1 MB").arg(s.fileMb, 0, 'f', 0); });
    line(QStringLiteral("Generation (`demo`)"), [](const Scale &s) { return ms(s.generateMs); });
    line(QStringLiteral("Search p50 / p95"),
         [](const Scale &s) { return ms(s.searchP50) + QStringLiteral(" / ") + ms(s.searchP95); });
    line(QStringLiteral("Bare FTS5 p50 / p95"),
         [](const Scale &s) { return ms(s.bareP50) + QStringLiteral(" / ") + ms(s.bareP95); });
    line(QStringLiteral("Queries without hits"), [](const Scale &s) { return QString::number(s.zeroHitQueries); });
    line(QStringLiteral("Open the store"), [](const Scale &s) { return ms(s.openMs); });
    line(QStringLiteral("Read all meetings and item counts"), [](const Scale &s) { return ms(s.listMs); });
    line(QStringLiteral("Read one meeting's agenda"), [](const Scale &s) { return ms(s.agendaMs); });
    line(QStringLiteral("Add one agenda item (durable commit)"), [](const Scale &s) { return ms(s.addItemMs); });
    line(QStringLiteral("Client start to first meeting list (first run)"), [](const Scale &s) {
        return ms(s.startupMs) + QStringLiteral(" (") + ms(s.startupFirstMs) + QLatin1Char(')');
    });
    line(QStringLiteral("Client peak memory"),
         [](const Scale &s) { return QStringLiteral("%1 MB").arg(s.startupRssMb, 0, 'f', 0); });
    return text;
}

// Replaces what stands between the markers of docs/performance.md.
bool writeReport(const QString &path, const QString &table)
{
    const QString begin = QStringLiteral("<!-- bench:begin -->");
    const QString end = QStringLiteral("<!-- bench:end -->");
    QString document = readFile(path);
    const qsizetype from = document.indexOf(begin);
    const qsizetype to = document.indexOf(end);
    if (from < 0 && to < 0 && document.isEmpty()) {
        document = QStringLiteral("# Performance\n\n%1\n%2%3\n").arg(begin, table, end);
    } else if (from < 0 || to < from) {
        out << "pykala-bench: " << path << " has no " << begin << " … " << end
            << " pair to write the tables between; it was left as it was." << Qt::endl;
        return false;
    } else {
        document.replace(from + begin.size(), to - from - begin.size(), QLatin1Char('\n') + table);
    }
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(document.toUtf8()) < 0) {
        out << "pykala-bench: cannot write " << path << Qt::endl;
        return false;
    }
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    if (!startLauncher()) {
        out << "pykala-bench: cannot start the launcher of programs." << Qt::endl;
        return 1;
    }
    // The benchmark's own documents are laid out offscreen; the client it
    // starts uses the display (Xvfb under `make bench`).
    const QByteArray display = qgetenv("QT_QPA_PLATFORM");
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    if (display.isEmpty())
        qunsetenv("QT_QPA_PLATFORM");
    else
        qputenv("QT_QPA_PLATFORM", display);

    Tools tools;
    tools.cli = QStringLiteral(PYKALA_BIN_DIR "/pykala-cli");
    tools.client = QStringLiteral(PYKALA_BIN_DIR "/pykala");
    QString output;
    const QStringList arguments = app.arguments();
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        if (arguments.at(i) == u"--out" && i + 1 < arguments.size())
            output = arguments.at(++i);
        else if (arguments.at(i) == u"--bin" && i + 1 < arguments.size()) {
            const QString bin = QDir(arguments.at(++i)).absolutePath();
            tools.cli = bin + QStringLiteral("/pykala-cli");
            tools.client = bin + QStringLiteral("/pykala");
        } else if (arguments.at(i) == u"--quick") {
            tools.quick = true;
        } else {
            out << "Usage: pykala-bench [--bin DIR] [--out docs/performance.md] [--quick]\n"
                   "  --bin    where pykala and pykala-cli are (default: this build's)\n"
                   "  --out    the Markdown file whose bench markers receive the tables\n"
                   "  --quick  a small archive and fewer runs, to try the benchmark itself"
                << Qt::endl;
            return 2;
        }
    }
    for (const QString &program : {tools.cli, tools.client}) {
        if (!QFileInfo(program).isExecutable()) {
            out << "pykala-bench: " << program << " is missing; build it first (make bench does)." << Qt::endl;
            return 1;
        }
    }
    QTemporaryDir work;
    tools.work = work.path();

    const QString libreOffice = programVersion({QStringLiteral("libreoffice"), QStringLiteral("--version")});
    const QString chromium = programVersion({QStringLiteral("chromium"), QStringLiteral("--version")});
    const QStringList machine = machineDescription(libreOffice, chromium);
    for (const QString &line : machine)
        out << line << Qt::endl;

    // Twenty years, and a quarter and four times that, as years of meetings.
    QList<Scale> scales{{QStringLiteral("¼"), tools.quick ? 1 : 5},
                        {QStringLiteral("1×"), tools.quick ? 2 : 20},
                        {QStringLiteral("4×"), tools.quick ? 4 : 80}};
    const QStringList queries = searchQueries();
    const int searchRounds = tools.quick ? 1 : 3;
    std::optional<RawInsert> raw;
    Export exported;
    Signing signing;
    for (Scale &scale : scales) {
        out << "Archive " << scale.name << " (12 bodies, " << scale.years << " years)" << Qt::endl;
        if (!generate(tools, scale))
            return 1;
        const bool full = &scale == &scales[1];
        if (full) {
            // Both vary with the disk: each is run three times, in turn, and
            // the medians compared.
            QList<double> generations{scale.generateMs}, inserts;
            const int rounds = tools.quick ? 1 : 3;
            for (int round = 0; round < rounds; ++round) {
                const QString target = tools.work + QStringLiteral("/raw.sqlite");
                raw = rawInsert(scale.path, target);
                removeStore(target);
                if (!raw)
                    return 1;
                inserts.append(raw->ms);
                if (round + 1 == rounds)
                    break;
                const QString again = tools.work + QStringLiteral("/again.sqlite");
                const auto generated = generateInto(tools, scale.years, again);
                removeStore(again);
                if (!generated)
                    return 1;
                generations.append(*generated);
            }
            scale.generateMs = median(generations);
            raw->ms = median(inserts);
            raw->runs = rounds;
            out << QStringLiteral("  generation, median of %1: %2; raw inserts of the same %3 rows: %4")
                       .arg(rounds)
                       .arg(ms(scale.generateMs))
                       .arg(raw->rows)
                       .arg(ms(raw->ms))
                << Qt::endl;
        }
        if (!benchStartup(tools, scale, 5))
            return 1;
        out << QStringLiteral("  client start: %1 (first %2), %3 MB")
                   .arg(ms(scale.startupMs), ms(scale.startupFirstMs))
                   .arg(scale.startupRssMb, 0, 'f', 0)
            << Qt::endl;
        if (!benchStore(scale, queries, searchRounds))
            return 1;
        out << QStringLiteral("  search p50 %1, p95 %2; bare FTS5 p50 %3, p95 %4")
                   .arg(ms(scale.searchP50), ms(scale.searchP95), ms(scale.bareP50), ms(scale.bareP95))
            << Qt::endl;
        if (full) {
            if (!benchExport(tools, scale, exported, libreOffice, chromium))
                return 1;
            out << QStringLiteral("  minutes of %1: Pykälä %2, LibreOffice %3, Chromium %4")
                       .arg(exported.meeting, ms(exported.pykalaMs), ms(exported.libreOfficeMs), ms(exported.chromiumMs))
                << Qt::endl;
            if (!benchSigning(tools, exported.pdf, signing))
                return 1;
        }
        // The archive is done with; four times it is large.
        removeStore(scale.path);
    }
    const QString table = report(machine, scales, scales[1], raw, exported, signing);
    out << Qt::endl << table << Qt::endl;
    if (!output.isEmpty() && !writeReport(output, table))
        return 1;
    return 0;
}
