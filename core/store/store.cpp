// Opening a store: the file is looked at before SQLite may touch it, then
// the connection is set up and the schema migrated forward.

#include "store.h"

#include "auditlog.h"
#include "schema.h"
#include "statement.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QStandardPaths>
#include <QUuid>

namespace {

// Reads the fixed part of an SQLite file's header without letting SQLite touch
// the file, so that a file we refuse is never modified.
struct FileHeader
{
    bool isSqlite = false;
    qint64 pageSize = 0;
    qint64 pageCount = 0;       // in-header database size, 0 when not valid
};

std::optional<FileHeader> readHeader(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QByteArray header = file.read(100);
    FileHeader result;
    if (header.size() < 100 || !header.startsWith(QByteArrayLiteral("SQLite format 3\0")))
        return result;
    result.isSqlite = true;
    auto be32 = [&](int offset) {
        const auto *p = reinterpret_cast<const uchar *>(header.constData() + offset);
        return (quint32(p[0]) << 24) | (quint32(p[1]) << 16) | (quint32(p[2]) << 8) | quint32(p[3]);
    };
    const auto *p = reinterpret_cast<const uchar *>(header.constData());
    const quint32 pageSize = (quint32(p[16]) << 8) | p[17];
    result.pageSize = pageSize == 1 ? 65536 : pageSize;
    // The in-header size is valid only when it was written by a version that
    // also updated the change counter (offsets 24 and 92 agree).
    if (be32(24) == be32(92))
        result.pageCount = be32(28);
    return result;
}

} // namespace

// ---------------------------------------------------------------------------
// Opening

Store::Store(const QString &path, const QString &connectionName)
    : m_path(path)
    , m_connectionName(connectionName)
{
    m_actor = qEnvironmentVariable("USER", QStringLiteral("unknown"));
}

Store::~Store()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        Statement::forgetPrepared(db);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

int Store::currentSchemaVersion()
{
    return Schema::currentVersion();
}

QString Store::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + QStringLiteral("/pykala/pykala.sqlite");
}

QSqlDatabase Store::database() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

Result<std::unique_ptr<Store>> Store::open(const QString &path, Mode mode, int busyTimeoutMs)
{
    using R = Result<std::unique_ptr<Store>>;
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE"))) {
        return R::failure(tr("Qt's SQLite driver (QSQLITE) is not installed. Install the package "
                             "libqt6sql6-sqlite and try again."));
    }
    const QFileInfo info(path);
    if (mode == Mode::CreateNew) {
        if (info.exists())
            return R::failure(tr("%1 already exists; a new store is never written over an existing file. "
                                 "Choose another path.").arg(path));
        if (!QDir().mkpath(info.absolutePath()))
            return R::failure(tr("Cannot create the folder %1.").arg(info.absolutePath()));
    } else {
        if (!info.exists())
            return R::failure(tr("There is no store at %1. Create one with 'pykala-cli init'.").arg(path));
        if (!info.isFile())
            return R::failure(tr("%1 is not a file.").arg(path));
        if (info.size() > 0) {
            const auto header = readHeader(path);
            if (!header)
                return R::failure(tr("Cannot read %1. Check the file's permissions.").arg(path));
            if (!header->isSqlite)
                return R::failure(tr("%1 is not a Pykälä store (it is not an SQLite database). It was left "
                                     "untouched.").arg(path));
            const bool walPending = QFileInfo(path + QStringLiteral("-wal")).size() > 0;
            if (header->pageCount > 0 && !walPending && header->pageCount * header->pageSize > info.size())
                return R::failure(tr("The store %1 is damaged: the file is shorter than its header says, so it "
                                     "was probably truncated. Restore it from a backup.").arg(path));
        }
    }

    const QString connection = QStringLiteral("pykala-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    std::unique_ptr<Store> store(new Store(path, connection));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(busyTimeoutMs));
    }
    if (const Status opened = store->openDatabase(mode, busyTimeoutMs); !opened) {
        if (mode == Mode::CreateNew) {
            store.reset();
            for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
                QFile::remove(path + suffix);
        }
        return R::failure(opened.error());
    }
    return R(std::move(store));
}

Status Store::openDatabase(Mode mode, int busyTimeoutMs)
{
    // Read what kind of file this is through a read-only connection first:
    // a file we refuse must not even have a pending WAL checkpointed into it.
    int header[3] = {0, 0, 0}; // application_id, user_version, number of schema objects
    bool package = false;
    if (mode != Mode::CreateNew) {
        const QString inspector = m_connectionName + QStringLiteral("-inspect");
        QString problem;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), inspector);
            db.setDatabaseName(m_path);
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=%1").arg(busyTimeoutMs));
            if (!db.open())
                problem = tr("Cannot open the store %1: %2").arg(m_path, describeSqlError(db.lastError()));
            else
                problem = sqliteLibraryProblem(db);
            const char *const reads[3] = {"PRAGMA application_id", "PRAGMA user_version",
                                          "SELECT count(*) FROM sqlite_master"};
            for (int i = 0; i < 3 && problem.isEmpty(); ++i) {
                Statement statement(db, QString::fromLatin1(reads[i]));
                if (!statement.exec() || !statement.next()) {
                    problem = statement.sqliteCode() == 26
                        ? tr("%1 is not a Pykälä store (it is not an SQLite database). It was left untouched.")
                              .arg(m_path)
                        : statement.errorMessage();
                } else {
                    header[i] = statement.value(0).toInt();
                }
            }
            if (problem.isEmpty() && header[0] == Schema::applicationId) {
                Statement marked(db, QStringLiteral("SELECT EXISTS (SELECT 1 FROM sqlite_master WHERE type = 'table' "
                                                    "AND name = 'package')"));
                if (!marked.exec() || !marked.next())
                    problem = marked.errorMessage();
                else if (marked.value(0).toBool()) {
                    Statement rows(db, QStringLiteral("SELECT count(*) FROM package"));
                    if (!rows.exec() || !rows.next())
                        problem = rows.errorMessage();
                    else
                        package = rows.value(0).toInt() > 0;
                }
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(inspector);
        if (!problem.isEmpty())
            return Failure{problem};
    }
    const int applicationId = header[0];
    const int userVersion = header[1];
    const int tableCount = header[2];
    const bool empty = applicationId == 0 && userVersion == 0 && tableCount == 0;
    if (!empty && applicationId != Schema::applicationId)
        return Status::failure(tr("%1 is an SQLite database but not a Pykälä store. It was left untouched.")
                                   .arg(m_path));
    // A Pykälä store has schema 1 or later from its first write; a header
    // saying otherwise (a flipped byte) is damage, not something to migrate.
    if (!empty && userVersion < 1)
        return Status::failure(tr("The store %1 is damaged: its header gives schema version %2, which no version of "
                                  "Pykälä writes. It was left untouched; restore it from a backup.")
                                   .arg(m_path)
                                   .arg(userVersion));
    if (userVersion > Schema::currentVersion())
        return Status::failure(tr("The store %1 was written by a newer version of Pykälä (schema %2; this version "
                                  "reads up to %3). Open it with the newer version. The store was left untouched.")
                                   .arg(m_path)
                                   .arg(userVersion)
                                   .arg(Schema::currentVersion()));

    if (mode == Mode::ReadOnly || package) {
        // Read as it is: no journal mode set, no migration, nothing written.
        if (empty)
            return Status::failure(tr("%1 is empty: there is no store in it to read.").arg(m_path));
        if (userVersion < Schema::currentVersion()) {
            return Status::failure(
                package ? tr("The meeting package %1 was made by an older version of Pykälä. Ask for a new package "
                             "of the meeting.").arg(m_path)
                        : tr("The store %1 was written by an older version of Pykälä and has to be updated before "
                             "it can be read: open it once normally (not read-only). It was left untouched.")
                              .arg(m_path));
        }
        m_readOnly = true;
        QSqlDatabase db = database();
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=%1").arg(busyTimeoutMs));
        if (!db.open())
            return Failure{tr("Cannot open the store %1: %2").arg(m_path, describeSqlError(db.lastError()))};
        Statement queryOnly(db, QStringLiteral("PRAGMA query_only = ON"));
        if (!queryOnly.exec())
            return Status::failure(queryOnly.errorMessage());
        return success();
    }
    QSqlDatabase db = database();
    if (!db.open())
        return Failure{tr("Cannot open the store %1: %2").arg(m_path, describeSqlError(db.lastError()))};
    if (const QString problem = sqliteLibraryProblem(db); !problem.isEmpty())
        return Failure{problem};
    Statement::keepPrepared(db);
    Statement wal(db, QStringLiteral("PRAGMA journal_mode = WAL"));
    if (!wal.exec() || !wal.next())
        return Status::failure(wal.errorMessage());
    const QString journalMode = wal.value(0).toString();
    wal.finish();
    if (journalMode != u"wal")
        return Status::failure(tr("The store %1 cannot use write-ahead logging (journal mode %2). Move it to a "
                                  "local disk.").arg(m_path, journalMode));
    // A page cache of up to 64 MB (it fills only as pages are read), and
    // savepoints' journals in memory: large transactions (import, demo) keep
    // their working set instead of spilling it to the file.
    for (const char *pragma : {"PRAGMA foreign_keys = ON", "PRAGMA synchronous = FULL", "PRAGMA cache_size = -65536",
                               "PRAGMA temp_store = MEMORY"}) {
        Statement statement(db, QString::fromLatin1(pragma));
        if (!statement.exec())
            return Status::failure(statement.errorMessage());
    }
    return migrate(userVersion);
}

Status Store::migrate(int fromVersion)
{
    QSqlDatabase db = database();
    const QList<QStringList> &migrations = Schema::migrations();
    for (int target = fromVersion + 1; target <= int(migrations.size()); ++target) {
        Transaction transaction(*this);
        if (!transaction.ok())
            return Status::failure(transaction.error());
        // Rows whose digest the migration changes are logged as changed,
        // from the digest they had before: the chain stays continuous, and a
        // row changed outside Pykälä before the migration is still found.
        QHash<QString, QList<QPair<qint64, QString>>> before;
        for (const QString &entity : Schema::changedEntities(target)) {
            Statement ids(db, QStringLiteral("SELECT id FROM %1 ORDER BY id").arg(entity));
            if (!ids.exec())
                return Status::failure(ids.errorMessage());
            while (ids.next()) {
                const qint64 id = ids.value(0).toLongLong();
                const auto digest = AuditLog::entityDigest(db, entity, id);
                if (!digest)
                    return Status::failure(digest.error());
                before[entity].append({id, *digest});
            }
        }
        const QStringList &statements = migrations[target - 1];
        for (const QString &sql : statements) {
            Statement statement(db, sql);
            if (!statement.exec())
                return Status::failure(tr("Updating the store to schema %1 failed: %2")
                                           .arg(target)
                                           .arg(statement.errorMessage()));
        }
        // Logged as updates by the migration itself.
        const QString actor = m_actor;
        m_actor = QStringLiteral("schema migration %1").arg(target);
        for (auto it = before.cbegin(); it != before.cend(); ++it) {
            for (const auto &[id, digest] : it.value()) {
                if (const Status logged = audit(QStringLiteral("update"), it.key(), id, digest); !logged) {
                    m_actor = actor;
                    return logged;
                }
            }
        }
        m_actor = actor;
        for (const QString &pragma : {QStringLiteral("PRAGMA application_id = %1").arg(Schema::applicationId),
                                      QStringLiteral("PRAGMA user_version = %1").arg(target)}) {
            Statement statement(db, pragma);
            if (!statement.exec())
                return Status::failure(statement.errorMessage());
        }
        if (const Status committed = transaction.commit(); !committed)
            return committed;
    }
    return success();
}

// ---------------------------------------------------------------------------
// Changes made elsewhere

Result<qint64> Store::dataVersion() const
{
    Statement query(database(), QStringLiteral("PRAGMA data_version"));
    if (!query.exec() || !query.next())
        return Result<qint64>::failure(query.errorMessage());
    return query.value(0).toLongLong();
}
