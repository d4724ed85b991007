// The archive benchmark, run by `make bench`: Pykälä on a municipality's
// twenty years of minutes (12 bodies), side by side with what a user would
// otherwise use: bare SQLite for storing and searching, LibreOffice and
// Chromium for turning the meeting's web page into PDF; and the same
// archive on PostgreSQL (a server of its own, durable, on this machine)
// beside SQLite. It also runs search, start-up and the everyday operations
// on a quarter of that archive and on four times it, on both engines. It
// prints its tables and writes them into docs/performance.md between the
// bench markers. Timings belong here, never in the tests' assertions.

#include "procedure/caseview.h"
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

#include <libpq-fe.h>
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
// PostgreSQL

// The benchmark's own server, tests/postgresql/cluster.sh's, keeping
// PostgreSQL's durable defaults (fsync, synchronous commits): a socket in a
// folder of its own under /tmp, which the server's user (nobody, when the
// benchmark runs as root) can reach. Stopped at the end, on a failure, and
// on an interruption (stopServerOnSignal).
struct Server
{
    QString directory;
    bool running = false;

    QString uri(const QString &database) const
    {
        return QStringLiteral("postgresql:///%1?host=%2&user=pykala").arg(database, directory);
    }
} server;

// What the signal handler runs: only async-signal-safe calls, on argument
// strings made before.
std::string stopCommand[4];
char *stopArguments[5];

void stopServerOnSignal(int signal)
{
    const pid_t pid = fork();
    if (pid == 0) {
        execv("/bin/sh", stopArguments);
        _exit(127);
    }
    if (pid > 0) {
        int status = 0;
        while (waitpid(pid, &status, 0) < 0 && errno == EINTR) {
        }
    }
    ::signal(signal, SIG_DFL);
    raise(signal);
}

bool startServer()
{
    server.directory = QStringLiteral("/tmp/pykala-bench-pg-%1").arg(getpid());
    const QString script = QStringLiteral(PYKALA_CLUSTER_SCRIPT);
    const QStringList stop{QStringLiteral("/bin/sh"), script, QStringLiteral("stop"), server.directory};
    for (int i = 0; i < 4; ++i) {
        stopCommand[i] = QFile::encodeName(stop.at(i)).toStdString();
        stopArguments[i] = stopCommand[i].data();
    }
    stopArguments[4] = nullptr;
    for (const int signal : {SIGINT, SIGTERM, SIGHUP})
        ::signal(signal, stopServerOnSignal);
    const Run started = runProcess({QStringLiteral("sh"), script, QStringLiteral("start"), server.directory,
                                    QStringLiteral("durable")},
                                   {}, {}, {}, 120);
    if (!started.ok)
        return fail(QStringLiteral("Starting PostgreSQL (tests/postgresql/cluster.sh)"), started);
    server.running = true;
    return true;
}

void stopServer()
{
    if (!server.running)
        return;
    runProcess({QStringLiteral("sh"), QStringLiteral(PYKALA_CLUSTER_SCRIPT), QStringLiteral("stop"), server.directory},
               {}, {}, {}, 120);
    server.running = false;
}

// One connection of libpq's, closed at the end of its scope.
struct PgConnection
{
    PGconn *connection = nullptr;
    explicit PgConnection(const QString &uri)
        : connection(PQconnectdb(uri.toUtf8().constData()))
    {
        PQsetNoticeProcessor(connection, [](void *, const char *) {}, nullptr); // "does not exist, skipping"
    }
    ~PgConnection() { PQfinish(connection); }
    Q_DISABLE_COPY_MOVE(PgConnection)

    bool ok() const { return PQstatus(connection) == CONNECTION_OK; }
    QString error() const { return QString::fromUtf8(PQerrorMessage(connection)).trimmed(); }
    // Runs SQL whose result is a command's or a single value, in *value.
    bool exec(const QString &sql, QString *value = nullptr)
    {
        PGresult *result = PQexec(connection, sql.toUtf8().constData());
        const ExecStatusType status = PQresultStatus(result);
        const bool done = status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK;
        if (done && value)
            *value = PQntuples(result) > 0 ? QString::fromUtf8(PQgetvalue(result, 0, 0)) : QString();
        if (!done)
            out << "pykala-bench: " << sql.left(200) << ": " << error() << Qt::endl;
        PQclear(result);
        return done;
    }
};

bool createDatabase(const QString &name)
{
    PgConnection admin(server.uri(QStringLiteral("postgres")));
    if (!admin.ok()) {
        out << "pykala-bench: " << admin.error() << Qt::endl;
        return false;
    }
    return admin.exec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(name))
        && admin.exec(QStringLiteral("CREATE DATABASE %1").arg(name));
}

void dropDatabase(const QString &name)
{
    PgConnection admin(server.uri(QStringLiteral("postgres")));
    if (admin.ok())
        admin.exec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(name));
}

// A value as COPY's text format writes it.
void appendCopyValue(QByteArray &line, sqlite3_stmt *row, int column)
{
    switch (sqlite3_column_type(row, column)) {
    case SQLITE_NULL:
        line += "\\N";
        break;
    case SQLITE_INTEGER:
        line += QByteArray::number(sqlite3_column_int64(row, column));
        break;
    case SQLITE_FLOAT:
        line += QByteArray::number(sqlite3_column_double(row, column), 'g', 17);
        break;
    case SQLITE_BLOB: {
        const QByteArray bytes(static_cast<const char *>(sqlite3_column_blob(row, column)),
                               sqlite3_column_bytes(row, column));
        line += "\\\\x" + bytes.toHex();
        break;
    }
    default: {
        const char *text = reinterpret_cast<const char *>(sqlite3_column_text(row, column));
        const int size = sqlite3_column_bytes(row, column);
        for (int i = 0; i < size; ++i) {
            switch (text[i]) {
            case '\\': line += "\\\\"; break;
            case '\n': line += "\\n"; break;
            case '\r': line += "\\r"; break;
            case '\t': line += "\\t"; break;
            default: line += text[i];
            }
        }
    }
    }
}

// One table's rows from the SQLite archive into the server's table of the
// same name and columns, by COPY.
bool copyTable(Sqlite &source, PgConnection &target, const QString &table, const QString &select,
               const QStringList &columns)
{
    sqlite3_stmt *rows = nullptr;
    if (sqlite3_prepare_v2(source.db, select.toUtf8().constData(), -1, &rows, nullptr) != SQLITE_OK) {
        out << "pykala-bench: " << source.error() << Qt::endl;
        return false;
    }
    PGresult *copy = PQexec(target.connection,
                            QStringLiteral("COPY %1 (%2) FROM STDIN").arg(table, columns.join(u',')).toUtf8().constData());
    bool ok = PQresultStatus(copy) == PGRES_COPY_IN;
    PQclear(copy);
    QByteArray buffer;
    const int width = sqlite3_column_count(rows);
    while (ok && sqlite3_step(rows) == SQLITE_ROW) {
        for (int column = 0; column < width; ++column) {
            if (column > 0)
                buffer += '\t';
            appendCopyValue(buffer, rows, column);
        }
        buffer += '\n';
        if (buffer.size() > (1 << 20)) {
            ok = PQputCopyData(target.connection, buffer.constData(), int(buffer.size())) == 1;
            buffer.clear();
        }
    }
    sqlite3_finalize(rows);
    if (ok && !buffer.isEmpty())
        ok = PQputCopyData(target.connection, buffer.constData(), int(buffer.size())) == 1;
    ok = PQputCopyEnd(target.connection, ok ? nullptr : "the benchmark's copy failed") == 1 && ok;
    PGresult *result = PQgetResult(target.connection);
    ok = ok && PQresultStatus(result) == PGRES_COMMAND_OK;
    PQclear(result);
    while ((result = PQgetResult(target.connection)))
        PQclear(result);
    if (!ok)
        out << "pykala-bench: copying " << table << " failed: " << target.error() << Qt::endl;
    return ok;
}

// The SQLite archive's rows into a PostgreSQL store that `pykala-cli init`
// made, as they are: every table's rows by COPY with the store's triggers
// and references off (session_replication_role = replica), the search
// index's texts (PostgreSQL makes their terms), then what the triggers
// would have kept (the ids' sequences, the index's totals and each term's
// entries, the audit log's largest id), and VACUUM ANALYZE, as a server's autovacuum would do, then
// a checkpoint.
// `pykala-cli demo` itself writes the archive in one transaction, and
// PostgreSQL's store keeps two counters in rows that every item and audit
// entry update, each update walking the row's earlier versions of that
// transaction: twenty years do not finish in an hour.
bool copyToServer(const QString &archive, const QString &uri)
{
    Sqlite source;
    if (!source.open(archive, SQLITE_OPEN_READONLY))
        return false;
    PgConnection target(uri);
    if (!target.ok()) {
        out << "pykala-bench: " << target.error() << Qt::endl;
        return false;
    }
    // The tables, parents first, and their columns by name.
    QStringList tables;
    QList<QStringList> tableColumns;
    {
        sqlite3_stmt *objects = nullptr;
        sqlite3_prepare_v2(source.db,
                           "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
                           "AND name NOT LIKE 'item_search%' ORDER BY rowid",
                           -1, &objects, nullptr);
        while (sqlite3_step(objects) == SQLITE_ROW)
            tables << QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(objects, 0)));
        sqlite3_finalize(objects);
    }
    if (!target.exec(QStringLiteral("SET session_replication_role = replica"))
        || !target.exec(QStringLiteral("BEGIN"))
        || !target.exec(QStringLiteral("TRUNCATE %1, item_search, item_search_term, item_search_block")
                            .arg(tables.join(QStringLiteral(", ")))))
        return false;
    for (const QString &table : std::as_const(tables)) {
        QStringList columns;
        sqlite3_stmt *info = nullptr;
        sqlite3_prepare_v2(source.db, QStringLiteral("SELECT name FROM pragma_table_info('%1') ORDER BY cid").arg(table).toUtf8().constData(),
                           -1, &info, nullptr);
        while (sqlite3_step(info) == SQLITE_ROW)
            columns << QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(info, 0)));
        sqlite3_finalize(info);
        tableColumns.append(columns);
        if (!copyTable(source, target, table, QStringLiteral("SELECT \"%1\" FROM \"%2\"").arg(columns.join(QStringLiteral("\", \"")), table),
                       columns))
            return false;
    }
    if (!copyTable(source, target, QStringLiteral("item_search"), QStringLiteral("SELECT rowid, title, body FROM item_search"),
                   {QStringLiteral("id"), QStringLiteral("title"), QStringLiteral("body")}))
        return false;
    for (qsizetype i = 0; i < tables.size(); ++i) {
        const QString &table = tables.at(i);
        QString sequence;
        if (!tableColumns.at(i).contains(QStringLiteral("id")))
            continue;
        if (!target.exec(QStringLiteral("SELECT pg_get_serial_sequence('%1', 'id')").arg(table), &sequence))
            return false;
        if (!sequence.isEmpty()
            && !target.exec(QStringLiteral("SELECT setval('%1', coalesce((SELECT max(id) FROM %2), 0) + 1, false)")
                                .arg(sequence, table)))
            return false;
    }
    const qint64 lastAudit = [&] {
        sqlite3_stmt *statement = nullptr;
        qint64 last = 0;
        if (sqlite3_prepare_v2(source.db, "SELECT seq FROM sqlite_sequence WHERE name = 'audit_log'", -1, &statement, nullptr) == SQLITE_OK
            && sqlite3_step(statement) == SQLITE_ROW)
            last = sqlite3_column_int64(statement, 0);
        sqlite3_finalize(statement);
        return last;
    }();
    return target.exec(QStringLiteral("UPDATE item_search_totals SET entries = (SELECT count(*) FROM item_search), "
                                      "tokens = (SELECT coalesce(sum(tokens), 0) FROM item_search)"))
        && target.exec(QStringLiteral("INSERT INTO item_search_term (term, item_id, frequency, tokens) SELECT t.term, "
                                      "s.id, t.frequency, s.tokens FROM item_search s, "
                                      "item_search_terms_of(s.title_terms, s.body_terms) t"))
        // Their older entries packed in blocks, as the store packs them.
        && target.exec(QStringLiteral("SELECT item_search_fill_blocks()"))
        && target.exec(QStringLiteral("UPDATE audit_sequence SET last_id = %1").arg(lastAudit))
        && target.exec(QStringLiteral("COMMIT")) && target.exec(QStringLiteral("RESET session_replication_role"))
        && target.exec(QStringLiteral("VACUUM ANALYZE"))
        // Its writes on the disk now, not behind the next measurement.
        && target.exec(QStringLiteral("CHECKPOINT"));
}

// ---------------------------------------------------------------------------
// The cases

// What one engine measured on one archive.
struct Figures
{
    QString location;    // the store: a file, a server's URI
    double generateMs = 0; // SQLite: `pykala-cli demo`; PostgreSQL: the copy of its rows
    double sizeMb = 0;
    double searchP50 = 0, searchP95 = 0;
    double firstSearchMs = 0; // on a store just opened
    int zeroHitQueries = 0;
    double openMs = 0, navigatorMs = 0, agendaMs = 0, addItemMs = 0;
    double caseViewP50 = 0, caseViewP95 = 0;   // a case of 10 handlings (CaseView::load)
    double caseSearchP50 = 0, caseSearchP95 = 0; // by number, diary number and title words
    int caseSearches = 0;
    double startupMs = 0, startupFirstMs = 0, startupRssMb = 0;
    bool startupOk = false;
};

struct Scale
{
    QString name;     // "¼", "1×", "4×"
    int years = 0;
    QString path;     // the SQLite archive
    QString database; // its copy's on the server
    // Measured
    qint64 rows = 0;
    qint64 items = 0;
    qint64 meetings = 0;
    double bareP50 = 0, bareP95 = 0; // FTS5 by SQLite's own interface
    int searchRounds = 0;
    Figures sqlite, postgresql;
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
    scale.sqlite.location = scale.path;
    scale.sqlite.generateMs = *generated;
    scale.rows = archiveRows(scale.path);
    Sqlite db;
    db.open(scale.path, SQLITE_OPEN_READONLY);
    scale.items = db.count(QStringLiteral("agenda_item"));
    scale.meetings = db.count(QStringLiteral("meeting"));
    scale.sqlite.sizeMb = double(QFileInfo(scale.path).size() + QFileInfo(scale.path + QStringLiteral("-wal")).size()) / 1e6;
    out << QStringLiteral("  %1: %2 meetings, %3 items, %4 rows, %5 MB; generated in %6 s")
               .arg(scale.name)
               .arg(scale.meetings)
               .arg(scale.items)
               .arg(scale.rows)
               .arg(scale.sqlite.sizeMb, 0, 'f', 0)
               .arg(scale.sqlite.generateMs / 1000, 0, 'f', 1)
        << Qt::endl;
    return true;
}

// The same archive on the server: a database of its own, made a store by
// `pykala-cli init`, its rows copied from the SQLite archive (copyToServer).
// With `verify`, `pykala-cli check` then finds the copy intact: its audit
// chain matches the rows.
bool generateOnServer(const Tools &tools, Scale &scale, bool verify)
{
    scale.database = QStringLiteral("archive_%1").arg(scale.years);
    scale.postgresql.location = server.uri(scale.database);
    if (!createDatabase(scale.database))
        return false;
    const Run init = runProcess({tools.cli, QStringLiteral("--store"), scale.postgresql.location, QStringLiteral("init"),
                                 QStringLiteral("--name"), QStringLiteral("Benchmark")});
    if (!init.ok)
        return fail(QStringLiteral("pykala-cli init on the server"), init);
    bool copied = false;
    scale.postgresql.generateMs = milliseconds([&] { copied = copyToServer(scale.path, scale.postgresql.location); });
    if (!copied)
        return false;
    PgConnection db(scale.postgresql.location);
    QString bytes;
    if (!db.exec(QStringLiteral("SELECT pg_database_size(current_database())"), &bytes))
        return false;
    scale.postgresql.sizeMb = bytes.toDouble() / 1e6;
    if (verify) {
        const Run check = runProcess({tools.cli, QStringLiteral("--store"), scale.postgresql.location, QStringLiteral("check")});
        if (!check.ok)
            return fail(QStringLiteral("pykala-cli check of the copy on the server"), check);
    }
    out << QStringLiteral("  on PostgreSQL: %1 MB, copied in %2 s")
               .arg(scale.postgresql.sizeMb, 0, 'f', 0)
               .arg(scale.postgresql.generateMs / 1000, 0, 'f', 1)
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

// Each query through Store::search, as the client and pykala-cli run it,
// and on SQLite its MATCH expression as a bare FTS5 query through SQLite's
// own interface on the same file (`barePath`), alternately, after a
// warm-up round of both.
std::optional<SearchTimes> benchSearch(Store &store, const QString &barePath, const QStringList &queries, int rounds)
{
    Sqlite bare;
    sqlite3_stmt *match = nullptr;
    if (!barePath.isEmpty()
        && (!bare.open(barePath, SQLITE_OPEN_READONLY)
            || sqlite3_prepare_v2(bare.db,
                                  "SELECT rowid, bm25(item_search, 4.0, 1.0) AS rank FROM item_search "
                                  "WHERE item_search MATCH ?1 ORDER BY rank LIMIT 20",
                                  -1, &match, nullptr)
                != SQLITE_OK)) {
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
            const double plain = match ? milliseconds([&] { (void)runBare(expression); }) : 0;
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

// The case register on the archive: the case view of a case with 10
// handlings (the case, its class, handlings, documents and extracts sent
// with their last days of appeal: CaseView::load, what the window and
// `case show` read), and the case search by number, diary number and the
// words of titles.
bool benchCases(Store &s, Figures &figures, const QStringList &queries, int rounds)
{
    const auto cases = s.cases();
    if (!cases || cases->size() < 20) {
        out << "pykala-bench: the archive has too few cases." << Qt::endl;
        return false;
    }
    // Nine more handlings for one case: items of held meetings of other
    // cases, linked to it (audited, as the registry would).
    const Case &chosen = cases->at(cases->size() / 2);
    const auto own = s.caseHandlings(chosen.id);
    if (!own)
        return false;
    int handlings = int(own->size());
    for (qsizetype i = 0; i < cases->size() && handlings < 10; i += 7) {
        const Case &other = cases->at(i);
        if (other.id == chosen.id)
            continue;
        const auto theirs = s.caseHandlings(other.id);
        if (!theirs || theirs->isEmpty())
            continue;
        if (!s.linkItemToCase(theirs->constFirst().itemId, chosen.id).ok())
            return false;
        ++handlings;
    }
    QList<double> views;
    for (int i = 0; i < 200; ++i) {
        Result<CaseView> view = Failure{};
        views.append(milliseconds([&] { view = CaseView::load(s, chosen.id); }));
        if (!view || view->handlings.size() != 10) {
            out << "pykala-bench: the case view did not read 10 handlings." << Qt::endl;
            return false;
        }
    }
    figures.caseViewP50 = percentile(views, 0.5);
    figures.caseViewP95 = percentile(views, 0.95);

    QStringList searches;
    for (qsizetype i = 0; i < cases->size() && searches.size() < 40; i += qMax<qsizetype>(1, cases->size() / 40)) {
        const Case &entry = cases->at(i);
        searches.append(QStringLiteral("%1/%2").arg(entry.diaryNumber.number).arg(entry.diaryNumber.year));
        searches.append(entry.diaryNumber.toString());
    }
    for (qsizetype i = 0; i < queries.size() && i < 40; ++i)
        searches.append(queries.at(i));
    QList<double> times;
    for (int round = 0; round < rounds; ++round) {
        for (const QString &query : std::as_const(searches)) {
            Result<QList<Case>> found = Failure{};
            times.append(milliseconds([&] { found = s.searchCases(query, 50); }));
            if (!found)
                return false;
        }
    }
    figures.caseSearchP50 = percentile(times, 0.5);
    figures.caseSearchP95 = percentile(times, 0.95);
    figures.caseSearches = int(times.size());
    return true;
}

// Operations a secretary waits for, in process on the archive, on one
// engine: how they grow with it. On SQLite, bare FTS5 beside the search.
bool benchStore(Scale &scale, Figures &figures, const QStringList &queries, int rounds)
{
    const bool sqlite = &figures == &scale.sqlite;
    Result<std::unique_ptr<Store>> store = Failure{};
    QList<double> opens;
    for (int i = 0; i < 5; ++i) {
        opens.append(milliseconds([&] { store = Store::open(figures.location); }));
        if (!store) {
            out << "pykala-bench: " << store.error() << Qt::endl;
            return false;
        }
    }
    figures.openMs = median(opens);
    // The first search on a store just opened: on SQLite it reads the index
    // entries' lengths and the meetings' order first (SearchCache).
    QList<double> firsts;
    for (int i = 0; i < 3; ++i) {
        const auto opened = Store::open(figures.location);
        if (!opened) {
            out << "pykala-bench: " << opened.error() << Qt::endl;
            return false;
        }
        firsts.append(milliseconds([&] { (void)opened.value()->search(queries.constFirst(), 20); }));
    }
    figures.firstSearchMs = median(firsts);
    Store &s = *store.value();
    const auto times = benchSearch(s, sqlite ? scale.path : QString(), queries, rounds);
    if (!times)
        return false;
    figures.searchP50 = percentile(times->pykala, 0.5);
    figures.searchP95 = percentile(times->pykala, 0.95);
    figures.zeroHitQueries = times->zeroHits;
    if (sqlite) {
        scale.bareP50 = percentile(times->bare, 0.5);
        scale.bareP95 = percentile(times->bare, 0.95);
    }
    scale.searchRounds = rounds;

    QList<double> starts, agendas;
    for (int i = 0; i < 5; ++i) {
        // What the navigator reads at start: the bodies and their years,
        // the first body's newest year's meetings and their item counts.
        starts.append(milliseconds([&] {
            const auto bodies = s.bodies();
            const auto years = s.meetingYears();
            if (bodies && years && !years->isEmpty()) {
                const MeetingFilter newest{years->constFirst().bodyId, years->constFirst().year};
                (void)s.meetings(newest);
                (void)s.agendaItemCounts(newest);
            }
        }));
    }
    figures.navigatorMs = median(starts);
    const QList<Meeting> meetings = s.meetings().value();
    if (meetings.isEmpty())
        return false;
    for (int i = 0; i < 5; ++i)
        agendas.append(milliseconds([&] { (void)s.agendaItems(meetings.at(meetings.size() / 2).id); }));
    figures.agendaMs = median(agendas);
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
    figures.addItemMs = median(adds);
    return benchCases(s, figures, queries, rounds);
}

// The desktop client on the archive until the navigator has painted its
// first list of meetings (PYKALA_STARTUP_PROBE), as a whole process, with a
// settings folder of its own: the first run, then the median of `runs`.
bool benchStartup(const Tools &tools, const Scale &scale, Figures &figures, int runs)
{
    const QString config = tools.work + QStringLiteral("/config-%1-%2").arg(scale.years).arg(&figures == &scale.sqlite ? 1 : 2);
    QDir().mkpath(config);
    const QStringList environment{QStringLiteral("XDG_CONFIG_HOME=") + config,
                                  QStringLiteral("QT_QPA_PLATFORM=")
                                      + (qEnvironmentVariableIsEmpty("DISPLAY") ? QStringLiteral("offscreen")
                                                                                : QStringLiteral("xcb"))};
    QList<double> times;
    for (int run = 0; run <= runs; ++run) {
        const Run client = runProcess({tools.client, figures.location}, environment, {}, QStringLiteral("PYKALA_STARTUP_PROBE"), 120);
        const QRegularExpression painted(QStringLiteral("first-paint-ms ([0-9.]+)"));
        const auto match = painted.match(QString::fromUtf8(client.output));
        if (!client.ok || !match.hasMatch())
            return fail(QStringLiteral("The desktop client's start"), client);
        const double ms = match.captured(1).toDouble();
        if (run == 0)
            figures.startupFirstMs = ms;
        else
            times.append(ms);
        figures.startupRssMb = qMax(figures.startupRssMb, client.peakRssMb);
    }
    figures.startupMs = median(times);
    figures.startupOk = true;
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

// The public minutes of a 40-item meeting: Pykälä's tagged PDF/A from the
// store, against LibreOffice's tagged PDF export and Chromium printing the
// same minutes' web page from `publish`. Each a whole process, alternately, after a warm-up of each.
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
    // Both tagged: LibreOffice's PDF export with its UseTaggedPDF option.
    const QStringList officeCommand{QStringLiteral("libreoffice"), officeProfile, QStringLiteral("--headless"),
                                    QStringLiteral("--convert-to"),
                                    QStringLiteral("pdf:writer_web_pdf_Export:{\"UseTaggedPDF\":{\"type\":\"boolean\",\"value\":\"true\"}}"),
                                    QStringLiteral("--outdir"), office, html};
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
        const double ours = double(full.rows) / (full.sqlite.generateMs / 1000);
        const double theirs = double(raw->rows) / (raw->ms / 1000);
        md << "| Archive generation (`pykala-cli demo --bodies 12 --years " << full.years << "`), "
           << withThousands(full.rows) << " rows, median of " << raw->runs << " | " << ms(full.sqlite.generateMs) << ", "
           << withThousands(qint64(ours)) << " rows/s | the same rows by the sqlite3 C API in one transaction: "
           << ms(raw->ms) << ", " << withThousands(qint64(theirs)) << " rows/s | "
           << QString::number(100 * ours / theirs, 'f', 1) << " % | ≥ 30 % | " << verdict(ours >= 0.3 * theirs)
           << " |\n";
    }
    md << "| Full-text search, " << searchQueries().size() << " queries × " << full.searchRounds << ", p50 / p95 | " << ms(full.sqlite.searchP50) << " / "
       << ms(full.sqlite.searchP95) << " | the bare FTS5 query by the sqlite3 C API: " << ms(full.bareP50) << " / "
       << ms(full.bareP95) << " | p95 " << QString::number(full.sqlite.searchP95 / full.bareP95, 'f', 2) << "× | p95 ≤ 10 ms, ≤ 2× | "
       << verdict(full.sqlite.searchP95 <= 10 && full.sqlite.searchP95 <= 2 * full.bareP95) << " |\n";
    if (exported.pykalaMs > 0) {
        md << "| Minutes of " << exported.meeting << " (" << exported.items << " items, public, tagged PDF/A-2a), "
           << "whole process, median of " << exported.runs << " | " << ms(exported.pykalaMs) << ", "
           << exported.pykalaPages << " pages | ";
        if (exported.libreOfficeMs > 0)
            md << "`libreoffice --headless --convert-to pdf` (tagged: `UseTaggedPDF`) of its `publish` page: " << ms(exported.libreOfficeMs)
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
       << ms(full.sqlite.startupMs) << " (" << ms(full.sqlite.startupFirstMs) << ") | | | ≤ 1 s | "
       << verdict(full.sqlite.startupOk && full.sqlite.startupMs <= 1000 && full.sqlite.startupFirstMs <= 1000) << " |\n";
    md << "| Its peak memory (max RSS) | " << QString::number(full.sqlite.startupRssMb, 'f', 0) << " MB | | | ≤ 200 MB | "
       << verdict(full.sqlite.startupOk && full.sqlite.startupRssMb <= 200) << " |\n";
    if (exported.pykalaMs > 0) {
        md << "\nPeak memory of the export, its largest process: Pykälä " << QString::number(exported.pykalaRssMb, 'f', 0)
           << " MB, LibreOffice " << QString::number(exported.libreOfficeRssMb, 'f', 0) << " MB, Chromium "
           << QString::number(exported.chromiumRssMb, 'f', 0) << " MB. Files: Pykälä "
           << QString::number(exported.pykalaKb, 'f', 0) << " KB, LibreOffice "
           << QString::number(exported.libreOfficeKb, 'f', 0) << " KB, Chromium "
           << QString::number(exported.chromiumKb, 'f', 0) << " KB.\n";
    }

    md << "\n### The two engines, on the archive of " << full.years << " years\n\n";
    md << "The same archive on SQLite (a file, as the desktop keeps it) and on PostgreSQL (a server on this machine, "
          "reached through its Unix socket, fsync and synchronous commits on). PostgreSQL's copy: "
       << ms(full.postgresql.generateMs) << ", " << QString::number(full.postgresql.sizeMb, 'f', 0) << " MB.\n\n";
    md << "| Case | SQLite | PostgreSQL | PostgreSQL / SQLite | Target | |\n|---|---|---|---|---|---|\n";
    auto engines = [&](const QString &label, double sqlite, double postgresql, const QString &shown = {},
                       const QString &shownServer = {}, bool target = true) {
        const double ratio = sqlite > 0 ? postgresql / sqlite : 0;
        md << "| " << label << " | " << (shown.isEmpty() ? ms(sqlite) : shown) << " | "
           << (shownServer.isEmpty() ? ms(postgresql) : shownServer) << " | " << QString::number(ratio, 'f', 2) << "× | "
           << (target ? QStringLiteral("≤ 2× | ") + verdict(ratio <= 2) : QStringLiteral("| ")) << " |\n";
    };
    const Figures &lite = full.sqlite, &pg = full.postgresql;
    engines(QStringLiteral("Full-text search, p50"), lite.searchP50, pg.searchP50, {}, {}, false);
    engines(QStringLiteral("Full-text search, p95"), lite.searchP95, pg.searchP95);
    engines(QStringLiteral("Opening a meeting (its agenda read), median of 5"), lite.agendaMs, pg.agendaMs);
    engines(QStringLiteral("Saving a new item, durably committed, median of 5"), lite.addItemMs, pg.addItemMs);
    engines(QStringLiteral("The case view of a case with 10 handlings, p95 of 200 (target ≤ 10 ms)"), lite.caseViewP95,
            pg.caseViewP95, ms(lite.caseViewP95) + QStringLiteral(" ") + verdict(lite.caseViewP95 <= 10),
            ms(pg.caseViewP95) + QStringLiteral(" ") + verdict(pg.caseViewP95 <= 10), false);
    engines(QStringLiteral("Case search by number and title words, p95 of %1 (target ≤ 10 ms)").arg(lite.caseSearches),
            lite.caseSearchP95, pg.caseSearchP95, ms(lite.caseSearchP95) + QStringLiteral(" ") + verdict(lite.caseSearchP95 <= 10),
            ms(pg.caseSearchP95) + QStringLiteral(" ") + verdict(pg.caseSearchP95 <= 10), false);
    engines(QStringLiteral("Desktop client start to its first painted meeting list, median of 5 (first run)"),
            lite.startupMs, pg.startupMs, ms(lite.startupMs) + QStringLiteral(" (") + ms(lite.startupFirstMs) + u')',
            ms(pg.startupMs) + QStringLiteral(" (") + ms(pg.startupFirstMs) + u')');
    engines(QStringLiteral("Opening the store"), lite.openMs, pg.openMs, {}, {}, false);
    engines(QStringLiteral("Client peak memory"), lite.startupRssMb, pg.startupRssMb,
            QStringLiteral("%1 MB").arg(lite.startupRssMb, 0, 'f', 0), QStringLiteral("%1 MB").arg(pg.startupRssMb, 0, 'f', 0),
            false);

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
    // A line for each engine.
    auto both = [&](const QString &label, const std::function<QString(const Figures &)> &value) {
        line(label + QStringLiteral(", SQLite"), [&](const Scale &s) { return value(s.sqlite); });
        line(label + QStringLiteral(", PostgreSQL"), [&](const Scale &s) { return value(s.postgresql); });
    };
    line(QStringLiteral("Meetings / agenda items"),
         [](const Scale &s) { return withThousands(s.meetings) + QStringLiteral(" / ") + withThousands(s.items); });
    line(QStringLiteral("Store file, SQLite"), [](const Scale &s) { return QStringLiteral("%1 MB").arg(s.sqlite.sizeMb, 0, 'f', 0); });
    line(QStringLiteral("Database, PostgreSQL"), [](const Scale &s) { return QStringLiteral("%1 MB").arg(s.postgresql.sizeMb, 0, 'f', 0); });
    line(QStringLiteral("Generation (`demo`), SQLite"), [](const Scale &s) { return ms(s.sqlite.generateMs); });
    line(QStringLiteral("Its rows copied, PostgreSQL"), [](const Scale &s) { return ms(s.postgresql.generateMs); });
    both(QStringLiteral("Search p50 / p95"),
         [](const Figures &f) { return ms(f.searchP50) + QStringLiteral(" / ") + ms(f.searchP95); });
    both(QStringLiteral("First search after opening the store"), [](const Figures &f) { return ms(f.firstSearchMs); });
    line(QStringLiteral("Bare FTS5 p50 / p95"),
         [](const Scale &s) { return ms(s.bareP50) + QStringLiteral(" / ") + ms(s.bareP95); });
    line(QStringLiteral("Queries without hits"), [](const Scale &s) {
        return s.sqlite.zeroHitQueries == s.postgresql.zeroHitQueries
            ? QString::number(s.sqlite.zeroHitQueries)
            : QStringLiteral("%1 (PostgreSQL %2)").arg(s.sqlite.zeroHitQueries).arg(s.postgresql.zeroHitQueries);
    });
    both(QStringLiteral("Open the store"), [](const Figures &f) { return ms(f.openMs); });
    both(QStringLiteral("What the navigator reads at start"), [](const Figures &f) { return ms(f.navigatorMs); });
    both(QStringLiteral("Read one meeting's agenda"), [](const Figures &f) { return ms(f.agendaMs); });
    both(QStringLiteral("Add one agenda item (durable commit)"), [](const Figures &f) { return ms(f.addItemMs); });
    both(QStringLiteral("Case view, 10 handlings, p50 / p95"),
         [](const Figures &f) { return ms(f.caseViewP50) + QStringLiteral(" / ") + ms(f.caseViewP95); });
    both(QStringLiteral("Case search p50 / p95"),
         [](const Figures &f) { return ms(f.caseSearchP50) + QStringLiteral(" / ") + ms(f.caseSearchP95); });
    both(QStringLiteral("Client start to first meeting list (first run)"), [](const Figures &f) {
        return ms(f.startupMs) + QStringLiteral(" (") + ms(f.startupFirstMs) + QLatin1Char(')');
    });
    both(QStringLiteral("Client peak memory"), [](const Figures &f) { return QStringLiteral("%1 MB").arg(f.startupRssMb, 0, 'f', 0); });
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
    // The server stops before its folder's parent goes, whatever the way out.
    struct StopServer
    {
        ~StopServer() { stopServer(); }
    } stopServerAtEnd;

    const QString libreOffice = programVersion({QStringLiteral("libreoffice"), QStringLiteral("--version")});
    const QString chromium = programVersion({QStringLiteral("chromium"), QStringLiteral("--version")});
    const QStringList machine = machineDescription(libreOffice, chromium);
    for (const QString &line : machine)
        out << line << Qt::endl;
    if (!startServer())
        return 1;

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
            QList<double> generations{scale.sqlite.generateMs}, inserts;
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
            scale.sqlite.generateMs = median(generations);
            raw->ms = median(inserts);
            raw->runs = rounds;
            out << QStringLiteral("  generation, median of %1: %2; raw inserts of the same %3 rows: %4")
                       .arg(rounds)
                       .arg(ms(scale.sqlite.generateMs))
                       .arg(raw->rows)
                       .arg(ms(raw->ms))
                << Qt::endl;
        }
        // After the generations and raw inserts, which the server's
        // writing would disturb.
        if (!generateOnServer(tools, scale, &scale == &scales[0]))
            return 1;
        for (Figures *figures : {&scale.sqlite, &scale.postgresql}) {
            const QString engine = figures == &scale.sqlite ? QStringLiteral("SQLite") : QStringLiteral("PostgreSQL");
            if (!benchStartup(tools, scale, *figures, 5))
                return 1;
            out << QStringLiteral("  %1: client start %2 (first %3), %4 MB")
                       .arg(engine, ms(figures->startupMs), ms(figures->startupFirstMs))
                       .arg(figures->startupRssMb, 0, 'f', 0)
                << Qt::endl;
            if (!benchStore(scale, *figures, queries, searchRounds))
                return 1;
            out << QStringLiteral("  %1: search p50 %2, p95 %3; open a meeting %4, add an item %5, the navigator's start %6")
                       .arg(engine, ms(figures->searchP50), ms(figures->searchP95), ms(figures->agendaMs),
                            ms(figures->addItemMs), ms(figures->navigatorMs))
                << Qt::endl;
            out << QStringLiteral("  %1: case view (10 handlings) p50 %2, p95 %3; case search p50 %4, p95 %5")
                       .arg(engine, ms(figures->caseViewP50), ms(figures->caseViewP95), ms(figures->caseSearchP50),
                            ms(figures->caseSearchP95))
                << Qt::endl;
        }
        out << QStringLiteral("  bare FTS5 p50 %1, p95 %2").arg(ms(scale.bareP50), ms(scale.bareP95)) << Qt::endl;
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
        dropDatabase(scale.database);
    }
    const QString table = report(machine, scales, scales[1], raw, exported, signing);
    out << Qt::endl << table << Qt::endl;
    if (!output.isEmpty() && !writeReport(output, table))
        return 1;
    return 0;
}
