// Opening a store: the file is looked at before SQLite may touch it, then
// the connection is set up and the schema migrated forward.

#include "store.h"

#include "auditlog.h"
#include "connection.h"
#include "schema.h"
#include "statement.h"
#include "storeengine.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QStandardPaths>
#include <QSysInfo>
#include <QTimer>
#include <QRegularExpression>
#include <QUuid>

#include "libpq.h"
#include <sqlite3.h>

#include <cstring>

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
    // Meetings held are given back before the connection goes, so that
    // another can hold them at once (the server would, a moment later).
    if (m_connection) {
        for (const qint64 meeting : std::as_const(m_heldMeetings))
            m_connection->engine().releaseMeeting(*m_connection, meeting);
    }
    if (m_connection && m_connection->kind() == Connection::Kind::Sqlite) {
        Statement::forgetPrepared(*m_connection);
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    m_connection.reset(); // closes a PostgreSQL connection
    if (!m_connectionName.isEmpty())
        QSqlDatabase::removeDatabase(m_connectionName);
}

bool Store::isServerLocation(const QString &location)
{
    return location.startsWith(QStringLiteral("postgresql://"), Qt::CaseInsensitive)
        || location.startsWith(QStringLiteral("postgres://"), Qt::CaseInsensitive);
}

bool Store::onServer() const
{
    return m_connection && m_connection->kind() == Connection::Kind::Postgresql;
}

QString Store::locationKey() const
{
    if (!isServerLocation(m_path))
        return QFileInfo(m_path).absoluteFilePath();
    // Without a card's PIN at all: opened again from the list, the store
    // asks for it rather than spend one of the card's tries on a stand-in.
    static const QRegularExpression pin(QStringLiteral("(?:;|%3B)pin-value(?:=|%3D)…"),
                                        QRegularExpression::CaseInsensitiveOption);
    return displayLocation().remove(pin);
}

QString Store::displayLocation() const
{
    if (!isServerLocation(m_path))
        return QDir::toNativeSeparators(m_path);
    // A password in the URI is never shown: user:password@ and password=….
    // (libpq ends the user's part at the first @ or /: a password may hold ?.)
    static const QRegularExpression userPassword(QStringLiteral("^(postgres(?:ql)?://[^:/@]*):[^@/]*@"),
                                                 QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression passwordParameter(QStringLiteral("([?&])(?:ssl)?password=[^&]*&?"));
    QString shown = m_path;
    shown.replace(userPassword, QStringLiteral("\\1@"));
    shown.replace(passwordParameter, QStringLiteral("\\1"));
    if (shown.endsWith(u'?') || shown.endsWith(u'&'))
        shown.chop(1);
    return withoutPins(shown);
}

QString Store::withoutPins(QString text)
{
    // A card's PIN in its key's PKCS#11 address (sslkey=pkcs11:…;pin-value=…),
    // as typed or percent-encoded, wherever libpq or a URI repeats it.
    static const QRegularExpression pin(QStringLiteral("(pin-value(?:=|%3D))(?:(?!%3B)[^;&\"'\\s])*"),
                                        QRegularExpression::CaseInsensitiveOption);
    return text.replace(pin, QStringLiteral("\\1…"));
}

int Store::currentSchemaVersion()
{
    return Schema::currentVersion();
}

QString Store::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + QStringLiteral("/pykala/pykala.sqlite");
}

Result<std::unique_ptr<Store>> Store::open(const QString &path, Mode mode, int busyTimeoutMs)
{
    using R = Result<std::unique_ptr<Store>>;
    if (isServerLocation(path)) {
        std::unique_ptr<Store> store(new Store(path, QString()));
        if (const Status opened = store->openPostgresql(mode, busyTimeoutMs); !opened)
            return R::failure(opened.error());
        return R(std::move(store));
    }
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
    store->m_connection = std::make_unique<Connection>(connection);
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

Result<std::unique_ptr<Store>> Store::openInMemory(const QByteArray &image, const QString &name)
{
    using R = Result<std::unique_ptr<Store>>;
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE")))
        return R::failure(tr("Qt's SQLite driver (QSQLITE) is not installed. Install the package "
                             "libqt6sql6-sqlite and try again."));
    const QString connection = QStringLiteral("pykala-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    std::unique_ptr<Store> store(new Store(name, connection));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(QStringLiteral(":memory:"));
    }
    store->m_connection = std::make_unique<Connection>(connection);
    QSqlDatabase qt = store->database().qt();
    if (!qt.open())
        return R::failure(tr("Cannot open a store in memory: %1").arg(describeSqlError(qt.lastError())));
    sqlite3 *handle = store->database().sqlite();
    if (!handle)
        return R::failure(tr("Cannot open a store in memory: Qt's SQLite driver gives no connection."));
    // Temporary tables and indexes in memory too: nothing of the content in
    // a temporary file.
    for (const char *pragma : {"PRAGMA temp_store = MEMORY", "PRAGMA foreign_keys = ON"}) {
        Statement statement(store->database(), QString::fromLatin1(pragma));
        if (!statement.exec())
            return R::failure(statement.errorMessage());
    }
    if (image.isEmpty()) {
        if (const Status made = store->migrate(0); !made)
            return R::failure(made.error());
        return R(std::move(store));
    }
    // SQLite takes the copy and frees it with the connection.
    auto *copy = static_cast<unsigned char *>(sqlite3_malloc64(sqlite3_uint64(image.size())));
    if (!copy)
        return R::failure(tr("There is not enough memory to open %1.").arg(name));
    std::memcpy(copy, image.constData(), size_t(image.size()));
    if (sqlite3_deserialize(handle, "main", copy, image.size(), image.size(),
                            SQLITE_DESERIALIZE_FREEONCLOSE | SQLITE_DESERIALIZE_READONLY)
        != SQLITE_OK)
        return R::failure(tr("%1 holds no readable store: %2").arg(name, QString::fromUtf8(sqlite3_errmsg(handle))));
    const auto header = store->database().engine().header(store->database());
    if (!header)
        return R::failure(header.error());
    if (header->notDatabase || header->empty || !header->package)
        return R::failure(tr("%1 holds no meeting package.").arg(name));
    if (const Status usable = store->checkHeader(*header, tr("%1 holds no meeting package.").arg(name)); !usable)
        return R::failure(usable.error());
    if (header->version < Schema::currentVersion())
        return R::failure(tr("The meeting package %1 was made by an older version of Pykälä. Ask for a new package "
                             "of the meeting.").arg(name));
    store->m_readOnly = true;
    Statement queryOnly(store->database(), QStringLiteral("PRAGMA query_only = ON"));
    if (!queryOnly.exec())
        return R::failure(queryOnly.errorMessage());
    return R(std::move(store));
}

Result<QByteArray> Store::image() const
{
    sqlite3 *handle = database().sqlite();
    if (!handle)
        return Failure{tr("Only an SQLite store has an image.")};
    sqlite3_int64 size = 0;
    unsigned char *bytes = sqlite3_serialize(handle, "main", &size, 0);
    if (!bytes)
        return Failure{tr("The store could not be copied out of memory: %1").arg(QString::fromUtf8(sqlite3_errmsg(handle)))};
    QByteArray image(reinterpret_cast<const char *>(bytes), qsizetype(size));
    sqlite3_free(bytes);
    return image;
}

Status Store::openDatabase(Mode mode, int busyTimeoutMs)
{
    // Read what kind of file this is through a read-only connection first:
    // a file we refuse must not even have a pending WAL checkpointed into it.
    StoreEngine::Header header;
    header.empty = true;
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
            if (problem.isEmpty()) {
                const Connection connection(inspector);
                const auto read = connection.engine().header(connection);
                if (!read)
                    problem = read.error();
                else if (read->notDatabase)
                    problem = tr("%1 is not a Pykälä store (it is not an SQLite database). It was left untouched.")
                                  .arg(m_path);
                else
                    header = *read;
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(inspector);
        if (!problem.isEmpty())
            return Failure{problem};
    }
    if (const Status usable = checkHeader(header, tr("%1 is an SQLite database but not a Pykälä store. It was left "
                                                     "untouched.").arg(m_path));
        !usable)
        return usable;
    const bool package = header.package;
    const bool empty = header.empty;
    const int userVersion = header.version;

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
        QSqlDatabase qt = database().qt();
        qt.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=%1").arg(busyTimeoutMs));
        if (!qt.open())
            return Failure{tr("Cannot open the store %1: %2").arg(m_path, describeSqlError(qt.lastError()))};
        Statement queryOnly(database(), QStringLiteral("PRAGMA query_only = ON"));
        if (!queryOnly.exec())
            return Status::failure(queryOnly.errorMessage());
        return success();
    }
    QSqlDatabase qt = database().qt();
    if (!qt.open())
        return Failure{tr("Cannot open the store %1: %2").arg(m_path, describeSqlError(qt.lastError()))};
    if (const QString problem = sqliteLibraryProblem(qt); !problem.isEmpty())
        return Failure{problem};
    const Connection &db = database();
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

Status Store::checkHeader(const StoreEngine::Header &header, const QString &notPykala) const
{
    if (!header.empty && !header.pykala)
        return Status::failure(notPykala);
    // A Pykälä store has schema 1 or later from its first write; a header
    // saying otherwise (a flipped byte) is damage, not something to migrate.
    if (!header.empty && header.version < 1)
        return Status::failure(tr("The store %1 is damaged: its header gives schema version %2, which no version of "
                                  "Pykälä writes. It was left untouched; restore it from a backup.")
                                   .arg(displayLocation())
                                   .arg(header.version));
    if (header.version > Schema::currentVersion())
        return Status::failure(tr("The store %1 was written by a newer version of Pykälä (schema %2; this version "
                                  "reads up to %3). Open it with the newer version. The store was left untouched.")
                                   .arg(displayLocation())
                                   .arg(header.version)
                                   .arg(Schema::currentVersion()));
    return success();
}

Status Store::openPostgresql(Mode mode, int busyTimeoutMs)
{
    if (QString error; !Pq::load(&error))
        return Status::failure(error);
    // A key on a card (sslkey=pkcs11:…) is reached through OpenSSL's pkcs11
    // engine, which asks for a PIN it is not given on the terminal, if any:
    // a program with windows would wait for nobody. The PIN goes in the
    // address, and is never shown or kept.
    {
        PQconninfoOption *options = Pq::PQconninfoParse(m_path.toUtf8().constData(), nullptr);
        bool cardWithoutPin = false;
        for (PQconninfoOption *option = options; option && option->keyword; ++option) {
            if (qstrcmp(option->keyword, "sslkey") == 0 && option->val) {
                const QString key = QString::fromUtf8(option->val);
                // The stand-in shown for a PIN is no PIN either.
                cardWithoutPin = key.startsWith(u"pkcs11:")
                    && (!key.contains(u"pin-value=") || key.contains(QStringLiteral("pin-value=…")));
            }
        }
        Pq::PQconninfoFree(options);
        if (cardWithoutPin)
            return Status::failure(tr("The key on the card is named without its PIN in %1. Give the PIN as "
                                      "pin-value in the key's address (sslkey=pkcs11:…;pin-value=…): it is never "
                                      "asked for on a terminal, shown or kept.")
                                       .arg(displayLocation()));
    }
    // The URI's own settings win over these defaults; the encoding is the
    // store's.
    const QByteArray uri = m_path.toUtf8();
    const QByteArray timeout = QByteArray::number(qMax(1, (busyTimeoutMs + 999) / 1000 * 2));
    const char *keywords[] = {"connect_timeout", "application_name", "dbname", "client_encoding", nullptr};
    // Named "pykala@host" among the server's sessions (who holds a meeting).
    const QByteArray application = "pykala@" + QSysInfo::machineHostName().toLatin1().left(48);
    const char *values[] = {timeout.constData(), application.constData(), uri.constData(), "UTF8", nullptr};
    PGconn *pg = Pq::PQconnectdbParams(keywords, values, 1);
    if (!pg)
        return Status::failure(tr("Cannot connect to the store %1: out of memory.").arg(displayLocation()));
    if (Pq::PQstatus(pg) != CONNECTION_OK) {
        // libpq says it over lines of its own: one line, for a message of
        // one; never with the card's PIN, which it repeats.
        const QString reason = withoutPins(QString::fromUtf8(Pq::PQerrorMessage(pg)).simplified());
        Pq::PQfinish(pg);
        return Status::failure(tr("Cannot connect to the store %1: %2. Check the address, that the server is running "
                                  "and that your user name and password are right.")
                                   .arg(displayLocation(), reason));
    }
    m_connection = std::make_unique<Connection>(pg);
    const Connection &db = database();
    // The audit log names the user the session signed in as.
    {
        Statement user(db, QStringLiteral("SELECT session_user::text"));
        if (!user.exec() || !user.next())
            return Status::failure(user.errorMessage());
        m_actor = user.value(0).toString();
    }
    // Files come back as hex; a change waits for another writer as long as
    // an SQLite store would; notices stay on the server. No JIT: the store's
    // statements are short, and a search of a large archive, costed above
    // JIT's thresholds, spent three times its work compiling itself.
    for (const QString &setting : {QStringLiteral("SET bytea_output = 'hex'"),
                                   QStringLiteral("SET lock_timeout = %1").arg(qMax(1, busyTimeoutMs)),
                                   QStringLiteral("SET client_min_messages = warning"),
                                   QStringLiteral("SET jit = off")}) {
        if (Statement statement(db, setting); !statement.exec())
            return Status::failure(statement.errorMessage());
    }
    {
        Statement encoding(db, QStringLiteral("SELECT current_setting('server_encoding'), current_schema() IS NULL"));
        if (!encoding.exec() || !encoding.next())
            return Status::failure(encoding.errorMessage());
        if (encoding.value(0).toString() != u"UTF8")
            return Status::failure(tr("The database %1 uses the encoding %2; a Pykälä store needs UTF8. Create the "
                                      "database with ENCODING 'UTF8' (docs/deployment.md).")
                                       .arg(displayLocation(), encoding.value(0).toString()));
        if (encoding.value(1).toBool())
            return Status::failure(tr("The database %1 has no schema to keep the store in (its search_path names "
                                      "none that exists). Create the schema or correct the search_path.")
                                       .arg(displayLocation()));
    }
    const auto header = db.engine().header(db);
    if (!header)
        return Status::failure(header.error());
    PYKALA_TRY(checkHeader(*header, tr("The database %1 holds other tables and is not a Pykälä store. It was left "
                                       "untouched; give an empty database for a new store.")
                                        .arg(displayLocation())));
    if (mode == Mode::CreateNew && !header->empty) {
        // Only a store with nothing in it (its schema made, nothing ever
        // written: an init that failed half-way) is made anew.
        bool unused = false;
        if (header->version == Schema::currentVersion()) {
            Statement entries(db, QStringLiteral("SELECT NOT EXISTS (SELECT 1 FROM audit_log)"));
            if (!entries.exec() || !entries.next())
                return Status::failure(entries.errorMessage());
            unused = entries.value(0).toBool();
        }
        if (!unused)
            return Status::failure(tr("The database %1 already holds a store; a new store is never written over an "
                                      "existing one. Give an empty database.")
                                       .arg(displayLocation()));
    }
    // Unlike an empty file, which is named on purpose, an empty database is
    // every new database (the server's own "postgres" among them): a store
    // is made in one only when asked to (CreateNew: init, migrate).
    if (mode == Mode::OpenExisting && header->empty)
        return Status::failure(tr("The database %1 is empty: there is no store in it. Make one with 'pykala-cli "
                                  "--store URI init', or copy a store into it with 'pykala-cli migrate' or File › "
                                  "Copy Store To….")
                                   .arg(displayLocation()));
    if (mode == Mode::ReadOnly || header->package) {
        if (header->empty)
            return Status::failure(tr("%1 is empty: there is no store in it to read.").arg(displayLocation()));
        if (header->version < Schema::currentVersion())
            return Status::failure(tr("The store %1 was written by an older version of Pykälä and has to be updated "
                                      "before it can be read: open it once normally (not read-only). It was left "
                                      "untouched.")
                                       .arg(displayLocation()));
        m_readOnly = true;
        Statement readOnly(db, QStringLiteral("SET default_transaction_read_only = on"));
        return readOnly.exec() ? success() : Status::failure(readOnly.errorMessage());
    }
    return migrate(header->version);
}

Status Store::migrate(int fromVersion)
{
    const Connection &db = database();
    const StoreEngine &engine = db.engine();
    // The version as it is once this store writes: another program opening
    // the store at the same time may have migrated it meanwhile (on
    // PostgreSQL, where writers wait for each other's lock).
    auto versionNow = [&]() -> Result<int> {
        if (db.kind() == Connection::Kind::Sqlite)
            return fromVersion; // BEGIN IMMEDIATE read it under the same lock
        const auto header = engine.header(db);
        if (!header)
            return Failure{header.error()};
        return header->version;
    };
    // A new store of an engine that starts at a later schema is made at it.
    if (const auto baseline = engine.baseline(); fromVersion == 0 && baseline) {
        Transaction transaction(*this);
        if (!transaction.ok())
            return Status::failure(transaction.error());
        const auto now = versionNow();
        if (!now)
            return Status::failure(now.error());
        for (const QString &sql : *now == 0 ? baseline->second : QStringList()) {
            Statement statement(db, sql);
            if (!statement.exec())
                return Status::failure(tr("Making the store's schema %1 failed: %2")
                                           .arg(baseline->first)
                                           .arg(statement.errorMessage()));
        }
        if (*now == 0)
            PYKALA_TRY(engine.setVersion(db, baseline->first));
        PYKALA_TRY(transaction.commit());
        fromVersion = qMax(*now, baseline->first);
    }
    // Every step in one transaction: a store is updated wholly or not at
    // all (a new store on a server has its baseline committed before), and
    // what a step fills in through the store's code (which knows only the
    // current schema) runs once the last step's tables are there.
    if (fromVersion >= Schema::currentVersion())
        return success();
    Transaction transaction(*this);
    if (!transaction.ok())
        return Status::failure(transaction.error());
    const auto now = versionNow();
    if (!now)
        return Status::failure(now.error());
    bool linkCases = false;
    bool indexTitles = false;
    for (int target = *now + 1; target <= Schema::currentVersion(); ++target) {
        const QStringList statements = engine.migration(target);
        if (statements.isEmpty())
            return Status::failure(tr("This version of Pykälä cannot update a store on %1 to schema %2. It was left "
                                      "as it was; install a version that can.")
                                       .arg(db.kind() == Connection::Kind::Sqlite ? QStringLiteral("SQLite")
                                                                                 : QStringLiteral("PostgreSQL"))
                                       .arg(target));
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
        for (const QString &sql : statements) {
            Statement statement(db, sql);
            if (!statement.exec())
                return Status::failure(tr("Updating the store to schema %1 failed: %2")
                                           .arg(target)
                                           .arg(statement.errorMessage()));
        }
        // Statements prepared on the server before the tables changed no
        // longer fit them.
        db.forgetPrepared();
        // Logged as updates by the migration itself.
        const QString actor = m_actor;
        m_actor = QStringLiteral("schema migration %1").arg(target);
        // What a migration fills in from the rows there are (after the last step).
        if (target == 16)
            linkCases = true;
        // Cases made before step 17 have no words indexed yet (those made
        // by step 16's fill-in below are indexed as they are opened).
        if (target == 17 && *now >= 16)
            indexTitles = true;
        for (auto it = before.cbegin(); it != before.cend(); ++it) {
            for (const auto &[id, digest] : it.value()) {
                if (const Status logged = audit(QStringLiteral("update"), it.key(), id, digest); !logged) {
                    m_actor = actor;
                    return logged;
                }
            }
        }
        m_actor = actor;
        PYKALA_TRY(engine.setVersion(db, target));
    }
    // A store whose roles are set up on a server gives them the new tables
    // too, once they are all there: the roles' set-up is the current schema's.
    PYKALA_TRY(renewAccess());
    if (linkCases) {
        const QString actor = m_actor;
        m_actor = QStringLiteral("schema migration 16");
        const Status filled = linkItemsToCases();
        m_actor = actor;
        PYKALA_TRY(filled);
    }
    if (indexTitles)
        PYKALA_TRY(indexCaseTitles());
    return transaction.commit();
}

// ---------------------------------------------------------------------------
// Changes made elsewhere

Result<qint64> Store::dataVersion() const
{
    const StoreEngine &engine = database().engine();
    const auto counter = engine.changeCounter(database());
    if (!counter || !engine.countsOwnCommits())
        return counter;
    noteCounter(*counter, false);
    return m_othersChanges;
}

bool Store::looksAtOthersChanges() const
{
    // Once the store has looked (a new store's first change makes its
    // tables: there is nothing to look at before).
    return m_seenCounter >= 0 && database().engine().countsOwnCommits();
}

void Store::noteCounter(qint64 counter, bool ownCommit) const
{
    // Only a change this store did not make itself counts.
    if (!ownCommit && m_seenCounter >= 0 && counter != m_seenCounter)
        ++m_othersChanges;
    m_seenCounter = counter;
    // What the server told while this store was at work was read with its
    // answers, and the socket has nothing left to wake the watcher with.
    if (ownCommit && m_commitNotifier && database().othersCommitted())
        QTimer::singleShot(0, const_cast<Store *>(this), &Store::changedElsewhere);
}
