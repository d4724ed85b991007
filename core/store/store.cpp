#include "store.h"

#include "auditlog.h"
#include "schema.h"
#include "searchterms.h"
#include "statement.h"

#include "text/richtext.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QStandardPaths>
#include <QUuid>

#include <algorithm>
#include <cmath>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <system_error>
#include <thread>

namespace {

// Ids as a JSON array, for `IN (SELECT value FROM json_each(?))`: one
// statement for any number of them.
QString jsonIds(const QList<qint64> &ids)
{
    QStringList numbers;
    numbers.reserve(ids.size());
    for (const qint64 id : ids)
        numbers.append(QString::number(id));
    return QLatin1Char('[') + numbers.join(u',') + QLatin1Char(']');
}

QVariant isoDate(const QDate &date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant();
}

QVariant isoDateTime(const QDateTime &dateTime)
{
    return dateTime.isValid() ? QVariant(dateTime.toString(Qt::ISODate)) : QVariant();
}

QDate parseDate(const QVariant &value)
{
    return value.isNull() ? QDate() : QDate::fromString(value.toString(), Qt::ISODate);
}

QDateTime parseDateTime(const QVariant &value)
{
    return value.isNull() ? QDateTime() : QDateTime::fromString(value.toString(), Qt::ISODate);
}

QString languageCode(const std::optional<Language> &language)
{
    return language ? Codes::code(*language) : QString();
}

template<typename Enum>
Enum parseCode(const QVariant &value, Enum fallback)
{
    return Codes::parse<Enum>(value.toString()).value_or(fallback);
}

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

QString sha256Hex(const QByteArray &data)
{
    return QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
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
// Transactions

Store::Transaction::Transaction(Store &store)
    : m_store(store)
{
    if (m_store.m_readOnly) {
        m_error = QCoreApplication::translate("Store", "%1 is open for reading only (a meeting package, or a store "
                                                       "opened for review); nothing was changed. Make changes in the "
                                                       "organisation's own store.")
                      .arg(QDir::toNativeSeparators(m_store.m_path));
        return;
    }
    m_depth = m_store.m_transactionDepth;
    const QString sql = m_depth == 0 ? QStringLiteral("BEGIN IMMEDIATE")
                                     : QStringLiteral("SAVEPOINT level%1").arg(m_depth);
    Statement begin(m_store.database(), sql);
    if (!begin.exec()) {
        m_error = begin.errorMessage();
        return;
    }
    m_active = true;
    ++m_store.m_transactionDepth;
    if (m_depth == 0)
        m_store.m_lastAuditHash.clear();
}

Store::Transaction::~Transaction()
{
    if (!m_active)
        return;
    const QSqlDatabase db = m_store.database();
    if (m_depth == 0) {
        Statement(db, QStringLiteral("ROLLBACK")).exec();
    } else {
        Statement(db, QStringLiteral("ROLLBACK TO level%1").arg(m_depth)).exec();
        Statement(db, QStringLiteral("RELEASE level%1").arg(m_depth)).exec();
    }
    // Audit entries written in what was rolled back are gone; reload the head.
    m_store.m_lastAuditHash.clear();
    if (m_depth == 0)
        m_store.m_unindexedItems.clear();
    --m_store.m_transactionDepth;
}

Status Store::Transaction::commit()
{
    if (!m_active)
        return Status::failure(m_error.isEmpty() ? tr("The transaction has already ended.") : m_error);
    if (m_depth == 0)
        PYKALA_TRY(m_store.indexPendingItems()); // on failure the destructor rolls back
    const QString sql = m_depth == 0 ? QStringLiteral("COMMIT") : QStringLiteral("RELEASE level%1").arg(m_depth);
    Statement end(m_store.database(), sql);
    if (!end.exec())
        return Status::failure(end.errorMessage()); // the destructor rolls back
    m_active = false;
    --m_store.m_transactionDepth;
    if (m_depth == 0)
        emit m_store.changed();
    return success();
}

namespace {

// Now in UTC to the millisecond, as the audit log writes it; the text is made
// once for each millisecond however many entries fall in it.
QString auditTime()
{
    thread_local qint64 last = -1;
    thread_local QString text;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (now != last) {
        last = now;
        text = QDateTime::fromMSecsSinceEpoch(now, Qt::UTC).toString(Qt::ISODateWithMs);
    }
    return text;
}

} // namespace

Status Store::audit(const QString &action, const QString &entity, qint64 id, const QString &oldDigest)
{
    const QSqlDatabase db = database();
    QString newDigest;
    if (action != u"delete") {
        const auto digest = AuditLog::entityDigest(db, entity, id);
        if (!digest)
            return Status::failure(digest.error());
        newDigest = *digest;
    }
    if (m_lastAuditHash.isEmpty()) {
        const auto head = AuditLog::headHash(db);
        if (!head)
            return Status::failure(head.error());
        m_lastAuditHash = *head;
    }
    const AuditLog::Entry entry{auditTime(), m_actor, action,
                                entity, id, oldDigest, newDigest};
    const auto hash = AuditLog::append(db, m_lastAuditHash, entry);
    if (!hash)
        return Status::failure(hash.error());
    m_lastAuditHash = *hash;
    return success();
}

Status Store::execute(const QString &sql, std::initializer_list<QVariant> values)
{
    Statement statement(database(), sql, values);
    if (!statement.exec())
        return Failure{statement.errorMessage()};
    return success();
}

Status Store::changeExisting(const QString &action, const QString &entity, qint64 id, const QString &missing,
                             const std::function<Status()> &change)
{
    Transaction transaction(*this);
    if (!transaction.ok())
        return Failure{transaction.error()};
    const auto old = AuditLog::entityDigest(database(), entity, id);
    if (!old)
        return Failure{old.error()};
    if (old->isEmpty())
        return Failure{missing};
    PYKALA_TRY(change());
    PYKALA_TRY(audit(action, entity, id, *old));
    return transaction.commit();
}

namespace {

template<typename T>
Result<T> fail(const QString &message)
{
    return Result<T>::failure(message);
}

template<typename T, typename U>
Result<T> fail(const Result<U> &result)
{
    return Result<T>::failure(result.error());
}

} // namespace

// ---------------------------------------------------------------------------
// Organisation

Result<std::optional<Organisation>> Store::organisation() const
{
    using R = Result<std::optional<Organisation>>;
    Statement query(database(), QStringLiteral("SELECT name, business_id, logo, logo_media_type, default_language, "
                                               "registry_address, registry_email, administrative_court "
                                               "FROM organisation WHERE id = 1"));
    if (!query.exec())
        return fail<std::optional<Organisation>>(query.errorMessage());
    if (!query.next())
        return R(std::nullopt);
    Organisation organisation;
    organisation.name = query.value(0).toString();
    organisation.businessId = query.value(1).toString();
    organisation.logo = query.value(2).toByteArray();
    organisation.logoMediaType = query.value(3).toString();
    organisation.defaultLanguage = parseCode(query.value(4), Language::Finnish);
    organisation.registryAddress = query.value(5).toString();
    organisation.registryEmail = query.value(6).toString();
    organisation.administrativeCourt = query.value(7).toString();
    return R(organisation);
}

Status Store::setOrganisation(const Organisation &organisation)
{
    if (organisation.name.trimmed().isEmpty())
        return Status::failure(tr("The organisation needs a name."));
    static const QRegularExpression imageType(QStringLiteral("^image/[A-Za-z0-9.+-]+\\z"));
    if (!organisation.logo.isEmpty() && !imageType.match(organisation.logoMediaType).hasMatch())
        return Status::failure(tr("The logo's media type must be an image type, such as image/png."));
    const QString court = organisation.administrativeCourt.trimmed();
    if (!court.isEmpty() && !administrativeCourts().contains(court))
        return Status::failure(tr("\"%1\" is not an administrative court; the courts are %2.")
                                   .arg(court, administrativeCourts().join(QStringLiteral(", "))));
    Transaction transaction(*this);
    if (!transaction.ok())
        return Status::failure(transaction.error());
    const QSqlDatabase db = database();
    const auto old = AuditLog::entityDigest(db, QStringLiteral("organisation"), 1);
    if (!old)
        return fail<Done>(old);
    Statement write(db,
                    QStringLiteral("INSERT INTO organisation (id, name, business_id, logo, logo_media_type, "
                                   "default_language, registry_address, registry_email, administrative_court) "
                                   "VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET "
                                   "name = excluded.name, business_id = excluded.business_id, logo = excluded.logo, "
                                   "logo_media_type = excluded.logo_media_type, "
                                   "default_language = excluded.default_language, "
                                   "registry_address = excluded.registry_address, "
                                   "registry_email = excluded.registry_email, "
                                   "administrative_court = excluded.administrative_court"),
                    {organisation.name.trimmed(), organisation.businessId.trimmed(),
                     organisation.logo.isEmpty() ? QVariant()
                                                 : QVariant(organisation.logo),
                     organisation.logo.isEmpty() ? QString() : organisation.logoMediaType,
                     Codes::code(organisation.defaultLanguage), organisation.registryAddress.trimmed(),
                     organisation.registryEmail.trimmed(), organisation.administrativeCourt.trimmed()});
    if (!write.exec())
        return Status::failure(write.errorMessage());
    PYKALA_TRY(audit(old->isEmpty() ? QStringLiteral("insert") : QStringLiteral("update"),
                     QStringLiteral("organisation"), 1, *old));
    return transaction.commit();
}

// ---------------------------------------------------------------------------
// Bodies

namespace {

const QString bodyColumns =
    QStringLiteral("id, name, short_name, kind, quorum_rule, swedish_name, section_numbering, voting_order, "
                   "document_language, signing_order");

Body readBody(const Statement &query)
{
    Body body;
    body.id = query.value(0).toLongLong();
    body.name = query.value(1).toString();
    body.shortName = query.value(2).toString();
    body.kind = parseCode(query.value(3), BodyKind::Committee);
    body.quorumRule = parseCode(query.value(4), Codes::defaultQuorumRule(body.kind));
    body.swedishName = query.value(5).toString();
    body.sectionNumbering = parseCode(query.value(6), SectionNumbering::Yearly);
    body.votingOrder = parseCode(query.value(7), VotingOrderModel::MostDivergentFirst);
    body.documentLanguage = Codes::parse<Language>(query.value(8).toString());
    body.signingOrder = query.value(9).toString().split(u',');
    return body;
}

template<typename T, typename Reader>
Result<QList<T>> readAll(Statement &query, Reader reader)
{
    if (!query.exec())
        return Result<QList<T>>::failure(query.errorMessage());
    QList<T> result;
    while (query.next())
        result.append(reader(query));
    return result;
}

template<typename T, typename Reader>
Result<std::optional<T>> readOne(Statement &query, Reader reader)
{
    if (!query.exec())
        return Result<std::optional<T>>::failure(query.errorMessage());
    if (!query.next())
        return Result<std::optional<T>>(std::nullopt);
    return Result<std::optional<T>>(reader(query));
}

} // namespace

Result<QList<Body>> Store::bodies() const
{
    Statement query(database(), QStringLiteral("SELECT %1 FROM body ORDER BY CASE kind WHEN 'council' THEN 0 "
                                               "WHEN 'board' THEN 1 WHEN 'committee' THEN 2 ELSE 3 END, name")
                                    .arg(bodyColumns));
    return readAll<Body>(query, readBody);
}

Result<std::optional<Body>> Store::body(qint64 id) const
{
    Statement query(database(), QStringLiteral("SELECT %1 FROM body WHERE id = ?").arg(bodyColumns), {id});
    return readOne<Body>(query, readBody);
}

Result<std::optional<Body>> Store::bodyByShortName(const QString &shortName) const
{
    Statement query(database(), QStringLiteral("SELECT %1 FROM body WHERE short_name = ?").arg(bodyColumns),
                    {shortName.trimmed()});
    return readOne<Body>(query, readBody);
}

namespace {

QString validateBody(const Body &body)
{
    static const QRegularExpression shortNamePattern(QStringLiteral("^[^\\s/]{1,40}\\z"));
    if (body.name.trimmed().isEmpty())
        return Store::tr("A body needs a name.");
    if (!Body::isSigningOrder(body.signingOrder))
        return Store::tr("The signing order \"%1\" must name secretary, minute-checkers and chair, each once.")
            .arg(body.signingOrder.join(u','));
    if (!shortNamePattern.match(body.shortName.trimmed()).hasMatch())
        return Store::tr("The body's short name \"%1\" must be one word without '/', such as KH.")
            .arg(body.shortName);
    return {};
}

} // namespace

Result<qint64> Store::addBody(const Body &body)
{
    if (const QString problem = validateBody(body); !problem.isEmpty())
        return fail<qint64>(problem);
    Transaction transaction(*this);
    if (!transaction.ok())
        return fail<qint64>(transaction.error());
    Statement insert(database(),
                     QStringLiteral("INSERT INTO body (name, short_name, kind, quorum_rule, swedish_name, "
                                    "section_numbering, voting_order, document_language, signing_order) "
                                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                     {body.name.trimmed(), body.shortName.trimmed(), Codes::code(body.kind),
                      Codes::code(body.quorumRule), body.swedishName.trimmed(), Codes::code(body.sectionNumbering),
                      Codes::code(body.votingOrder), languageCode(body.documentLanguage),
                      body.signingOrder.join(u',')});
    if (!insert.exec()) {
        if (insert.sqliteCode() == 19)
            return fail<qint64>(tr("There already is a body with the short name %1.").arg(body.shortName));
        return fail<qint64>(insert.errorMessage());
    }
    const qint64 id = insert.lastInsertId();
    PYKALA_TRY(audit(QStringLiteral("insert"), QStringLiteral("body"), id, QString()));
    PYKALA_TRY(transaction.commit());
    return id;
}

Status Store::updateBody(const Body &body)
{
    if (const QString problem = validateBody(body); !problem.isEmpty())
        return Failure{problem};
    return changeExisting(QStringLiteral("update"), QStringLiteral("body"), body.id,
                          tr("There is no body with id %1.").arg(body.id), [&] {
                              return execute(QStringLiteral("UPDATE body SET name = ?, short_name = ?, kind = ?, "
                                                            "quorum_rule = ?, swedish_name = ?, section_numbering = ?, "
                                                            "voting_order = ?, document_language = ?, signing_order = ? "
                                                            "WHERE id = ?"),
                                             {body.name.trimmed(), body.shortName.trimmed(), Codes::code(body.kind),
                                              Codes::code(body.quorumRule), body.swedishName.trimmed(),
                                              Codes::code(body.sectionNumbering), Codes::code(body.votingOrder),
                                              languageCode(body.documentLanguage), body.signingOrder.join(u','),
                                              body.id});
                          });
}

// ---------------------------------------------------------------------------
// Persons

namespace {

const QString personColumns = QStringLiteral("id, given_name, family_name, title, email, phone");

Person readPerson(const Statement &query)
{
    Person person;
    person.id = query.value(0).toLongLong();
    person.givenName = query.value(1).toString();
    person.familyName = query.value(2).toString();
    person.title = query.value(3).toString();
    person.email = query.value(4).toString();
    person.phone = query.value(5).toString();
    return person;
}

} // namespace

Result<QList<Person>> Store::persons() const
{
    Statement query(database(), QStringLiteral("SELECT %1 FROM person ORDER BY id").arg(personColumns));
    return readAll<Person>(query, readPerson);
}

Result<std::optional<Person>> Store::person(qint64 id) const
{
    Statement query(database(), QStringLiteral("SELECT %1 FROM person WHERE id = ?").arg(personColumns), {id});
    return readOne<Person>(query, readPerson);
}

Result<QHash<qint64, Person>> Store::persons(const QList<qint64> &ids) const
{
    Statement query(database(),
                    QStringLiteral("SELECT %1 FROM person WHERE id IN (SELECT value FROM json_each(?))").arg(personColumns),
                    {jsonIds(ids)});
    const auto found = readAll<Person>(query, readPerson);
    if (!found)
        return Failure{found.error()};
    QHash<qint64, Person> byId;
    for (const Person &person : *found)
        byId.insert(person.id, person);
    return byId;
}

Result<qint64> Store::addPerson(const Person &person)
{
    if (person.familyName.trimmed().isEmpty())
        return fail<qint64>(tr("A person needs a family name."));
    Transaction transaction(*this);
    if (!transaction.ok())
        return fail<qint64>(transaction.error());
    Statement insert(database(),
                     QStringLiteral("INSERT INTO person (given_name, family_name, title, email, phone) "
                                    "VALUES (?, ?, ?, ?, ?)"),
                     {person.givenName.trimmed(), person.familyName.trimmed(), person.title.trimmed(),
                      person.email.trimmed(), person.phone.trimmed()});
    if (!insert.exec())
        return fail<qint64>(insert.errorMessage());
    const qint64 id = insert.lastInsertId();
    PYKALA_TRY(audit(QStringLiteral("insert"), QStringLiteral("person"), id, QString()));
    PYKALA_TRY(transaction.commit());
    return id;
}

Status Store::updatePerson(const Person &person)
{
    if (person.familyName.trimmed().isEmpty())
        return Failure{tr("A person needs a family name.")};
    return changeExisting(QStringLiteral("update"), QStringLiteral("person"), person.id,
                          tr("There is no person with id %1.").arg(person.id), [&] {
                              return execute(QStringLiteral("UPDATE person SET given_name = ?, family_name = ?, "
                                                            "title = ?, email = ?, phone = ? WHERE id = ?"),
                                             {person.givenName.trimmed(), person.familyName.trimmed(),
                                              person.title.trimmed(), person.email.trimmed(), person.phone.trimmed(),
                                              person.id});
                          });
}

// ---------------------------------------------------------------------------
// Memberships

namespace {

Membership readMembership(const Statement &query)
{
    Membership membership;
    membership.id = query.value(0).toLongLong();
    membership.bodyId = query.value(1).toLongLong();
    membership.personId = query.value(2).toLongLong();
    membership.role = parseCode(query.value(3), MembershipRole::Member);
    membership.deputyForPersonId = query.value(4).toLongLong();
    membership.validFrom = parseDate(query.value(5));
    membership.validUntil = parseDate(query.value(6));
    return membership;
}

} // namespace

Result<QList<Membership>> Store::memberships(qint64 bodyId) const
{
    // One body's through the body index; all only when asked for.
    const QString sql = QStringLiteral("SELECT id, body_id, person_id, role, deputy_for_person_id, valid_from, "
                                       "valid_until FROM membership %1 ORDER BY body_id, "
                                       "CASE role WHEN 'chair' THEN 0 WHEN 'vice-chair' THEN 1 WHEN 'member' THEN 2 "
                                       "WHEN 'deputy' THEN 3 WHEN 'presenter' THEN 4 ELSE 5 END, valid_from, id");
    if (bodyId == 0) {
        Statement query(database(), sql.arg(QString()));
        return readAll<Membership>(query, readMembership);
    }
    Statement query(database(), sql.arg(QStringLiteral("WHERE body_id = ?")), {bodyId});
    return readAll<Membership>(query, readMembership);
}

Result<QList<Membership>> Store::memberships(qint64 bodyId, const QDate &day) const
{
    // Days are ISO text: they compare as they sort.
    Statement query(database(),
                    QStringLiteral("SELECT id, body_id, person_id, role, deputy_for_person_id, valid_from, valid_until "
                                   "FROM membership WHERE body_id = ? AND valid_from <= ? "
                                   "AND (valid_until IS NULL OR valid_until >= ?) ORDER BY body_id, "
                                   "CASE role WHEN 'chair' THEN 0 WHEN 'vice-chair' THEN 1 WHEN 'member' THEN 2 "
                                   "WHEN 'deputy' THEN 3 WHEN 'presenter' THEN 4 ELSE 5 END, valid_from, id"),
                    {bodyId, isoDate(day), isoDate(day)});
    return readAll<Membership>(query, readMembership);
}

Result<qint64> Store::addMembership(const Membership &membership)
{
    if (!membership.validFrom.isValid())
        return fail<qint64>(tr("A membership needs the date it starts."));
    if (membership.validUntil.isValid() && membership.validUntil < membership.validFrom)
        return fail<qint64>(tr("A membership cannot end (%1) before it starts (%2).")
                                .arg(membership.validUntil.toString(Qt::ISODate),
                                     membership.validFrom.toString(Qt::ISODate)));
    if ((membership.role == MembershipRole::Deputy) != (membership.deputyForPersonId != 0))
        return fail<qint64>(tr("A personal deputy must name the member they stand in for, and only a deputy can."));
    if (membership.deputyForPersonId == membership.personId && membership.personId != 0)
        return fail<qint64>(tr("A person cannot be their own deputy."));
    Transaction transaction(*this);
    if (!transaction.ok())
        return fail<qint64>(transaction.error());
    Statement insert(database(),
                     QStringLiteral("INSERT INTO membership (body_id, person_id, role, deputy_for_person_id, "
                                    "valid_from, valid_until) VALUES (?, ?, ?, ?, ?, ?)"),
                     {membership.bodyId, membership.personId, Codes::code(membership.role),
                      nullIfZero(membership.deputyForPersonId), isoDate(membership.validFrom),
                      isoDate(membership.validUntil)});
    if (!insert.exec()) {
        if (insert.sqliteCode() == 19)
            return fail<qint64>(tr("The membership names a body or person that is not in the store."));
        return fail<qint64>(insert.errorMessage());
    }
    const qint64 id = insert.lastInsertId();
    PYKALA_TRY(audit(QStringLiteral("insert"), QStringLiteral("membership"), id, QString()));
    PYKALA_TRY(transaction.commit());
    return id;
}

Status Store::removeMembership(qint64 id)
{
    return changeExisting(QStringLiteral("delete"), QStringLiteral("membership"), id,
                          tr("There is no membership with id %1.").arg(id), [&] {
                              return execute(QStringLiteral("DELETE FROM membership WHERE id = ?"), {id});
                          });
}

// ---------------------------------------------------------------------------
// Meetings

namespace {

const QString meetingColumns = QStringLiteral("id, body_id, year, number, planned_start, planned_end, actual_start, "
                                              "actual_end, place, mode, state, minutes_checked, minutes_published");

Meeting readMeeting(const Statement &query)
{
    Meeting meeting;
    meeting.id = query.value(0).toLongLong();
    meeting.bodyId = query.value(1).toLongLong();
    meeting.year = query.value(2).toInt();
    meeting.number = query.value(3).toInt();
    meeting.plannedStart = parseDateTime(query.value(4));
    meeting.plannedEnd = parseDateTime(query.value(5));
    meeting.actualStart = parseDateTime(query.value(6));
    meeting.actualEnd = parseDateTime(query.value(7));
    meeting.place = query.value(8).toString();
    meeting.mode = parseCode(query.value(9), MeetingMode::InPerson);
    meeting.state = parseCode(query.value(10), MeetingState::Planned);
    meeting.minutesChecked = parseDate(query.value(11));
    meeting.minutesPublished = parseDate(query.value(12));
    return meeting;
}

QString validateMeeting(const Meeting &meeting)
{
    if (meeting.number <= 0)
        return Store::tr("A meeting's number must be 1 or more.");
    if (!meeting.plannedStart.isValid())
        return Store::tr("A meeting needs its planned start time.");
    if (meeting.year != 0 && meeting.year != meeting.plannedStart.date().year())
        return Store::tr("Meeting %1/%2 is planned to start in %3; a meeting is numbered in the year it is held.")
            .arg(meeting.number)
            .arg(meeting.year)
            .arg(meeting.plannedStart.date().year());
    if (meeting.plannedEnd.isValid() && meeting.plannedEnd < meeting.plannedStart)
        return Store::tr("A meeting cannot end before it starts.");
    if (meeting.actualEnd.isValid() && (!meeting.actualStart.isValid() || meeting.actualEnd < meeting.actualStart))
        return Store::tr("A meeting's actual end needs an actual start before it.");
    const QDate held = meeting.actualStart.isValid() ? meeting.actualStart.date() : meeting.plannedStart.date();
    if (meeting.minutesChecked.isValid() && meeting.minutesChecked < held)
        return Store::tr("The minutes cannot be checked before the meeting is held.");
    if (meeting.minutesPublished.isValid() && meeting.minutesPublished < held)
        return Store::tr("The minutes cannot be published before the meeting is held.");
    if (meeting.minutesPublished.isValid() && meeting.minutesChecked.isValid()
        && meeting.minutesPublished < meeting.minutesChecked)
        return Store::tr("The minutes are published after they are checked, not before.");
    return {};
}

} // namespace

Result<QList<Meeting>> Store::meetings(const MeetingFilter &filter) const
{
    Statement query(database(),
                    QStringLiteral("SELECT %1 FROM meeting WHERE (? = 0 OR body_id = ?) AND (? = 0 OR year = ?) "
                                   "ORDER BY planned_start, body_id, number")
                        .arg(meetingColumns),
                    {filter.bodyId, filter.bodyId, filter.year, filter.year});
    return readAll<Meeting>(query, readMeeting);
}

Result<std::optional<Meeting>> Store::meeting(qint64 id) const
{
    Statement query(database(), QStringLiteral("SELECT %1 FROM meeting WHERE id = ?").arg(meetingColumns), {id});
    return readOne<Meeting>(query, readMeeting);
}

Result<Meeting> Store::findMeeting(const QString &reference) const
{
    static const QRegularExpression pattern(QStringLiteral("^\\s*(\\S+)\\s+(\\d+)\\s*/\\s*(\\d{4})\\s*$"));
    const QString text = reference.trimmed();
    bool isId = false;
    const qint64 id = text.toLongLong(&isId);
    if (isId) {
        const auto found = meeting(id);
        if (!found)
            return fail<Meeting>(found);
        if (!found->has_value())
            return fail<Meeting>(tr("There is no meeting with id %1.").arg(id));
        return found->value();
    }
    const auto match = pattern.match(text);
    if (!match.hasMatch())
        return fail<Meeting>(tr("\"%1\" does not name a meeting. Write it as SHORT NUMBER/YEAR, such as "
                                "\"KH 12/2026\", or give its id.").arg(reference));
    const auto body = bodyByShortName(match.captured(1));
    if (!body)
        return fail<Meeting>(body);
    if (!body->has_value())
        return fail<Meeting>(tr("There is no body with the short name %1. 'pykala-cli bodies' lists them.")
                                 .arg(match.captured(1)));
    Statement query(database(),
                    QStringLiteral("SELECT %1 FROM meeting WHERE body_id = ? AND number = ? AND year = ?")
                        .arg(meetingColumns),
                    {body->value().id, match.captured(2).toInt(), match.captured(3).toInt()});
    const auto found = readOne<Meeting>(query, readMeeting);
    if (!found)
        return fail<Meeting>(found);
    if (!found->has_value())
        return fail<Meeting>(tr("There is no meeting %1 %2/%3.")
                                 .arg(body->value().shortName, match.captured(2), match.captured(3)));
    return found->value();
}

Result<QString> Store::meetingReference(const Meeting &meeting) const
{
    const auto owner = body(meeting.bodyId);
    if (!owner)
        return fail<QString>(owner);
    const QString shortName = owner->has_value() ? owner->value().shortName : QStringLiteral("?");
    return QStringLiteral("%1 %2/%3").arg(shortName).arg(meeting.number).arg(meeting.year);
}

Result<qint64> Store::addMeeting(const Meeting &meeting)
{
    if (const QString problem = validateMeeting(meeting); !problem.isEmpty())
        return fail<qint64>(problem);
    Transaction transaction(*this);
    if (!transaction.ok())
        return fail<qint64>(transaction.error());
    const int year = meeting.plannedStart.date().year();
    Statement insert(database(),
                     QStringLiteral("INSERT INTO meeting (body_id, year, number, planned_start, planned_end, "
                                    "actual_start, actual_end, place, mode, state, minutes_checked, "
                                    "minutes_published) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                     {meeting.bodyId, year, meeting.number, isoDateTime(meeting.plannedStart),
                      isoDateTime(meeting.plannedEnd), isoDateTime(meeting.actualStart),
                      isoDateTime(meeting.actualEnd), meeting.place.trimmed(), Codes::code(meeting.mode),
                      Codes::code(meeting.state), isoDate(meeting.minutesChecked),
                      isoDate(meeting.minutesPublished)});
    if (!insert.exec()) {
        if (insert.sqliteCode() == 19) {
            const auto owner = body(meeting.bodyId);
            if (owner && owner->has_value())
                return fail<qint64>(tr("Meeting %1 %2/%3 already exists.")
                                        .arg(owner->value().shortName)
                                        .arg(meeting.number)
                                        .arg(year));
            return fail<qint64>(tr("The meeting's body (id %1) is not in the store.").arg(meeting.bodyId));
        }
        return fail<qint64>(insert.errorMessage());
    }
    const qint64 id = insert.lastInsertId();
    PYKALA_TRY(audit(QStringLiteral("insert"), QStringLiteral("meeting"), id, QString()));
    PYKALA_TRY(transaction.commit());
    return id;
}

Status Store::updateMeeting(const Meeting &meeting)
{
    if (const QString problem = validateMeeting(meeting); !problem.isEmpty())
        return Failure{problem};
    return changeExisting(
        QStringLiteral("update"), QStringLiteral("meeting"), meeting.id,
        tr("There is no meeting with id %1.").arg(meeting.id), [&] {
            return execute(QStringLiteral("UPDATE meeting SET body_id = ?, year = ?, number = ?, planned_start = ?, "
                                          "planned_end = ?, actual_start = ?, actual_end = ?, place = ?, mode = ?, "
                                          "state = ?, minutes_checked = ?, minutes_published = ? WHERE id = ?"),
                           {meeting.bodyId, meeting.plannedStart.date().year(), meeting.number,
                            isoDateTime(meeting.plannedStart), isoDateTime(meeting.plannedEnd),
                            isoDateTime(meeting.actualStart), isoDateTime(meeting.actualEnd), meeting.place.trimmed(),
                            Codes::code(meeting.mode), Codes::code(meeting.state), isoDate(meeting.minutesChecked),
                            isoDate(meeting.minutesPublished), meeting.id});
        });
}

// ---------------------------------------------------------------------------
// Agenda items

namespace {

const QString itemColumns = QStringLiteral("id, meeting_id, position, section_number, title, case_reference, "
                                           "task_class, presenter_person_id, background, proposal, decision, "
                                           "publicity, confidentiality_basis, appeal_kind, proceedings");

AgendaItem readItem(const Statement &query)
{
    AgendaItem item;
    item.id = query.value(0).toLongLong();
    item.meetingId = query.value(1).toLongLong();
    item.position = query.value(2).toInt();
    if (!query.value(3).isNull())
        item.sectionNumber = query.value(3).toInt();
    item.title = query.value(4).toString();
    item.caseReference = query.value(5).toString();
    item.taskClass = query.value(6).toString();
    item.presenterPersonId = query.value(7).toLongLong();
    item.background = query.value(8).toString();
    item.proposal = query.value(9).toString();
    item.decision = query.value(10).toString();
    item.publicity = parseCode(query.value(11), Publicity::Public);
    item.confidentialityBasis = LegalBasis::fromText(query.value(12).toString());
    item.appealKind = parseCode(query.value(13), AppealKind::Rectification);
    item.proceedings = query.value(14).toString();
    return item;
}

// An item with its rich text as the store keeps it.
AgendaItem sanitized(AgendaItem item)
{
    for (QString *text : {&item.background, &item.proposal, &item.proceedings, &item.decision})
        *text = RichText::sanitize(*text);
    return item;
}

QString validateItem(const AgendaItem &item)
{
    static const QRegularExpression taskClassPattern(QStringLiteral("^([0-9]{2}(\\.[0-9]{2}){0,3})?\\z"));
    if (item.title.trimmed().isEmpty())
        return Store::tr("An agenda item needs a title.");
    if (!taskClassPattern.match(item.taskClass.trimmed()).hasMatch())
        return Store::tr("The task class \"%1\" of item \"%2\" is not of the form 00.01.02.").arg(item.taskClass,
                                                                                                item.title);
    if (item.publicity != Publicity::Public && item.confidentialityBasis.isEmpty())
        return Store::tr("Item \"%1\" is confidential but names no legal basis. Give the basis, such as "
                         "\"JulkL 24 § 1 mom. 25 k\".").arg(item.title);
    if (item.sectionNumber && *item.sectionNumber <= 0)
        return Store::tr("A § number must be 1 or more.");
    for (const Preparer &preparer : item.preparers) {
        if (preparer.name.trimmed().isEmpty())
            return Store::tr("Every preparer of item \"%1\" needs a name.").arg(item.title);
    }
    for (const ExtractRecipient &recipient : item.recipients) {
        if (recipient.name.trimmed().isEmpty())
            return Store::tr("Every recipient of an extract of item \"%1\" needs a name.").arg(item.title);
    }
    return {};
}

// Loads preparers and recipients for the items selected by `where`.
Status loadItemChildren(const QSqlDatabase &db, QList<AgendaItem> &items, const QString &where, qint64 key)
{
    QHash<qint64, AgendaItem *> byId;
    for (AgendaItem &item : items)
        byId.insert(item.id, &item);
    Statement preparers(db,
                        QStringLiteral("SELECT item_id, name, title, contact FROM preparer WHERE item_id IN "
                                       "(SELECT id FROM agenda_item WHERE %1) ORDER BY item_id, position")
                            .arg(where),
                        {key});
    if (!preparers.exec())
        return Status::failure(preparers.errorMessage());
    while (preparers.next()) {
        if (AgendaItem *item = byId.value(preparers.value(0).toLongLong()))
            item->preparers.append(
                {preparers.value(1).toString(), preparers.value(2).toString(), preparers.value(3).toString()});
    }
    Statement recipients(db,
                         QStringLiteral("SELECT item_id, name, address, delivery FROM extract_recipient WHERE item_id "
                                        "IN (SELECT id FROM agenda_item WHERE %1) ORDER BY item_id, position")
                             .arg(where),
                         {key});
    if (!recipients.exec())
        return Status::failure(recipients.errorMessage());
    while (recipients.next()) {
        if (AgendaItem *item = byId.value(recipients.value(0).toLongLong()))
            item->recipients.append({recipients.value(1).toString(), recipients.value(2).toString(),
                                     parseCode(recipients.value(3), Delivery::Electronic)});
    }
    return success();
}

} // namespace

Result<int> Store::nextSectionNumber(qint64 meetingId) const
{
    // § numbers run per body and restart each year, or run on over the
    // years, as the body's setting says.
    Statement query(database(),
                    QStringLiteral("SELECT coalesce(max(i.section_number), 0) + 1 FROM agenda_item i "
                                   "JOIN meeting m ON m.id = i.meeting_id JOIN meeting n ON n.id = ? "
                                   "JOIN body b ON b.id = n.body_id "
                                   "WHERE m.body_id = n.body_id AND (m.year = n.year OR b.section_numbering = 'continuous')"),
                    {meetingId});
    if (!query.exec() || !query.next())
        return Failure{query.errorMessage()};
    return query.value(0).toInt();
}

Status Store::checkSectionNumber(const AgendaItem &item) const
{
    if (!item.sectionNumber)
        return success();
    Statement query(database(),
                    // The body's meetings of the year, or of all years when its § numbers run on: a
                    // range of the (body, year) index, then the items by (meeting, §).
                    QStringLiteral("SELECT m.year, b.short_name FROM meeting n JOIN body b ON b.id = n.body_id "
                                   "JOIN meeting m ON m.body_id = n.body_id AND m.year BETWEEN "
                                   "(CASE b.section_numbering WHEN 'continuous' THEN -9999 ELSE n.year END) AND "
                                   "(CASE b.section_numbering WHEN 'continuous' THEN 9999 ELSE n.year END) "
                                   "JOIN agenda_item i ON i.meeting_id = m.id AND i.section_number = ? "
                                   "WHERE n.id = ? AND i.id <> ?"),
                    {*item.sectionNumber, item.meetingId, item.id});
    if (!query.exec())
        return Failure{query.errorMessage()};
    if (query.next())
        return Failure{tr("§ %1 is already used by %2 in %3; § numbers run per body per year.")
                           .arg(*item.sectionNumber)
                           .arg(query.value(1).toString())
                           .arg(query.value(0).toInt())};
    return success();
}

Status Store::closeMeeting(qint64 meetingId, const QDateTime &actualEnd)
{
    Transaction transaction(*this);
    if (!transaction.ok())
        return Failure{transaction.error()};
    const auto found = meeting(meetingId);
    if (!found)
        return Failure{found.error()};
    if (!found->has_value())
        return Failure{tr("There is no meeting with id %1.").arg(meetingId)};
    Meeting closed = found->value();
    if (closed.state != MeetingState::InProgress)
        return Failure{tr("Only a meeting in progress can be closed (this one is %1).").arg(Codes::code(closed.state))};
    closed.actualEnd = actualEnd;
    closed.state = MeetingState::Closed;
    PYKALA_TRY(updateMeeting(closed));
    return transaction.commit();
}

Status Store::openMeeting(qint64 meetingId, const QDateTime &actualStart)
{
    if (!actualStart.isValid())
        return Failure{tr("Opening a meeting needs the time it started.")};
    Transaction transaction(*this);
    if (!transaction.ok())
        return Failure{transaction.error()};
    const auto found = meeting(meetingId);
    if (!found)
        return Failure{found.error()};
    if (!found->has_value())
        return Failure{tr("There is no meeting with id %1.").arg(meetingId)};
    Meeting opened = found->value();
    if (opened.state != MeetingState::Planned && opened.state != MeetingState::Convened)
        return Failure{tr("The meeting has already been opened (it is %1).").arg(Codes::code(opened.state))};
    opened.actualStart = actualStart;
    opened.state = MeetingState::InProgress;
    PYKALA_TRY(updateMeeting(opened));
    const auto items = agendaItems(meetingId);
    if (!items)
        return Failure{items.error()};
    for (AgendaItem item : *items) {
        if (item.sectionNumber)
            continue;
        const auto next = nextSectionNumber(meetingId);
        if (!next)
            return Failure{next.error()};
        item.sectionNumber = *next;
        PYKALA_TRY(updateAgendaItem(item));
    }
    return transaction.commit();
}

Result<QList<AgendaItem>> Store::agendaItems(qint64 meetingId) const
{
    Statement query(database(),
                    QStringLiteral("SELECT %1 FROM agenda_item WHERE meeting_id = ? ORDER BY position").arg(itemColumns),
                    {meetingId});
    auto items = readAll<AgendaItem>(query, readItem);
    if (!items)
        return items;
    PYKALA_TRY(loadItemChildren(database(), items.value(), QStringLiteral("meeting_id = ?"), meetingId));
    return items;
}

Result<QHash<qint64, int>> Store::agendaItemCounts() const
{
    Statement query(database(), QStringLiteral("SELECT meeting_id, count(*) FROM agenda_item GROUP BY meeting_id"));
    if (!query.exec())
        return Failure{query.errorMessage()};
    QHash<qint64, int> counts;
    while (query.next())
        counts.insert(query.value(0).toLongLong(), query.value(1).toInt());
    return counts;
}

Result<std::optional<AgendaItem>> Store::agendaItem(qint64 id) const
{
    Statement query(database(), QStringLiteral("SELECT %1 FROM agenda_item WHERE id = ?").arg(itemColumns), {id});
    auto items = readAll<AgendaItem>(query, readItem);
    if (!items)
        return fail<std::optional<AgendaItem>>(items);
    if (items->isEmpty())
        return Result<std::optional<AgendaItem>>(std::nullopt);
    PYKALA_TRY(loadItemChildren(database(), items.value(), QStringLiteral("id = ?"), id));
    return Result<std::optional<AgendaItem>>(items->first());
}

Status Store::writeItemChildren(const AgendaItem &item, bool replace)
{
    const QSqlDatabase db = database();
    // A new item has none yet.
    for (const char *table : {"preparer", "extract_recipient"}) {
        if (!replace)
            break;
        Statement clear(db, QStringLiteral("DELETE FROM %1 WHERE item_id = ?").arg(QLatin1String(table)), {item.id});
        if (!clear.exec())
            return Status::failure(clear.errorMessage());
    }
    int position = 0;
    for (const Preparer &preparer : item.preparers) {
        Statement insert(db,
                         QStringLiteral("INSERT INTO preparer (item_id, position, name, title, contact) "
                                        "VALUES (?, ?, ?, ?, ?)"),
                         {item.id, ++position, preparer.name.trimmed(), preparer.title.trimmed(),
                          preparer.contact.trimmed()});
        if (!insert.exec())
            return Status::failure(insert.errorMessage());
    }
    position = 0;
    for (const ExtractRecipient &recipient : item.recipients) {
        Statement insert(db,
                         QStringLiteral("INSERT INTO extract_recipient (item_id, position, name, address, delivery) "
                                        "VALUES (?, ?, ?, ?, ?)"),
                         {item.id, ++position, recipient.name.trimmed(), recipient.address.trimmed(),
                          Codes::code(recipient.delivery)});
        if (!insert.exec())
            return Status::failure(insert.errorMessage());
    }
    return success();
}

namespace {

// The next free position among the rows of `table` that belong to one
// owner (an item's attachments, a meeting's items or invitees). The table
// and column come from the store's own code, never from input.
Result<int> nextPosition(const QSqlDatabase &db, const QString &table, const QString &owner, qint64 ownerId)
{
    Statement last(db, QStringLiteral("SELECT coalesce(max(position), 0) + 1 FROM %1 WHERE %2 = ?").arg(table, owner),
                   {ownerId});
    if (!last.exec() || !last.next())
        return Result<int>::failure(last.errorMessage());
    return last.value(0).toInt();
}

// The item an attachment belongs to.
Result<qint64> attachmentItem(const QSqlDatabase &db, qint64 attachmentId)
{
    Statement owner(db, QStringLiteral("SELECT item_id FROM attachment WHERE id = ?"), {attachmentId});
    if (!owner.exec() || !owner.next())
        return Result<qint64>::failure(owner.errorMessage());
    return owner.value(0).toLongLong();
}

} // namespace

Result<int> Store::lastAgendaPosition(qint64 meetingId) const
{
    const auto next = nextPosition(database(), QStringLiteral("agenda_item"), QStringLiteral("meeting_id"), meetingId);
    if (!next)
        return Failure{next.error()};
    return *next - 1;
}

Result<qint64> Store::addAgendaItem(const AgendaItem &item)
{
    if (const QString problem = validateItem(item); !problem.isEmpty())
        return fail<qint64>(problem);
    Transaction transaction(*this);
    if (!transaction.ok())
        return fail<qint64>(transaction.error());
    const QSqlDatabase db = database();
    AgendaItem stored = sanitized(item);
    if (stored.position <= 0) {
        const auto next = nextPosition(db, QStringLiteral("agenda_item"), QStringLiteral("meeting_id"), item.meetingId);
        if (!next)
            return fail<qint64>(next);
        stored.position = *next;
    }
    if (!stored.sectionNumber) {
        const auto owner = meeting(stored.meetingId);
        if (!owner)
            return Failure{owner.error()};
        if (owner->has_value() && owner->value().state == MeetingState::InProgress) {
            const auto next = nextSectionNumber(stored.meetingId);
            if (!next)
                return Failure{next.error()};
            stored.sectionNumber = *next;
        }
    }
    PYKALA_TRY(checkSectionNumber(stored));
    Statement insert(db,
                     QStringLiteral("INSERT INTO agenda_item (meeting_id, position, section_number, title, "
                                    "case_reference, task_class, presenter_person_id, background, proposal, decision, "
                                    "publicity, confidentiality_basis, appeal_kind, proceedings) "
                                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                     {stored.meetingId, stored.position,
                      stored.sectionNumber ? QVariant(*stored.sectionNumber) : QVariant(),
                      stored.title.trimmed(), stored.caseReference.trimmed(), stored.taskClass.trimmed(),
                      nullIfZero(stored.presenterPersonId), stored.background, stored.proposal, stored.decision,
                      Codes::code(stored.publicity),
                      stored.publicity == Publicity::Public ? QString() : stored.confidentialityBasis.text.trimmed(),
                      Codes::code(stored.appealKind), stored.proceedings});
    if (!insert.exec()) {
        if (insert.sqliteCode() == 19)
            return fail<qint64>(tr("Item \"%1\" cannot be added: its meeting or presenter is not in the store, or "
                                   "position %2 is taken.").arg(stored.title).arg(stored.position));
        return fail<qint64>(insert.errorMessage());
    }
    stored.id = insert.lastInsertId();
    PYKALA_TRY(writeItemChildren(stored, false));
    PYKALA_TRY(reindexItem(stored.id));
    PYKALA_TRY(audit(QStringLiteral("insert"), QStringLiteral("agenda_item"), stored.id, QString()));
    PYKALA_TRY(transaction.commit());
    return stored.id;
}

Status Store::updateAgendaItem(const AgendaItem &item)
{
    if (const QString problem = validateItem(item); !problem.isEmpty())
        return Failure{problem};
    return changeExisting(
        QStringLiteral("update"), QStringLiteral("agenda_item"), item.id,
        tr("There is no agenda item with id %1.").arg(item.id), [&]() -> Status {
            const AgendaItem clean = sanitized(item);
            PYKALA_TRY(checkSectionNumber(item));
            PYKALA_TRY(execute(
                QStringLiteral("UPDATE agenda_item SET meeting_id = ?, position = ?, section_number = ?, title = ?, "
                               "case_reference = ?, task_class = ?, presenter_person_id = ?, background = ?, "
                               "proposal = ?, decision = ?, publicity = ?, confidentiality_basis = ?, "
                               "appeal_kind = ?, proceedings = ? WHERE id = ?"),
                {item.meetingId, item.position, item.sectionNumber ? QVariant(*item.sectionNumber) : QVariant(),
                 item.title.trimmed(), item.caseReference.trimmed(), item.taskClass.trimmed(),
                 nullIfZero(item.presenterPersonId), clean.background, clean.proposal, clean.decision,
                 Codes::code(item.publicity),
                 item.publicity == Publicity::Public ? QString() : item.confidentialityBasis.text.trimmed(),
                 Codes::code(item.appealKind), clean.proceedings, item.id}));
            PYKALA_TRY(writeItemChildren(item, true));
            return reindexItem(item.id);
        });
}

Result<AgendaItem> Store::agendaItemToReorder(qint64 id) const
{
    const auto item = agendaItem(id);
    if (!item)
        return Failure{item.error()};
    if (!item->has_value())
        return Failure{tr("There is no agenda item with id %1.").arg(id)};
    const auto owner = meeting(item->value().meetingId);
    if (!owner)
        return Failure{owner.error()};
    const auto events = meetingEvents(item->value().meetingId);
    if (!events)
        return Failure{events.error()};
    if (!owner->has_value() || owner->value().actualStart.isValid() || !events->isEmpty()
        || (owner->value().state != MeetingState::Planned && owner->value().state != MeetingState::Convened))
        return Failure{tr("The meeting of item \"%1\" has been opened; its record names the items by their places "
                          "on the agenda, which can no longer change.").arg(item->value().title)};
    return item->value();
}

Status Store::setAgendaPositions(qint64 meetingId, const QList<qint64> &order)
{
    // Positions are unique within a meeting: the items step aside past the
    // end first, then take their places; each moved item is audited.
    QHash<qint64, QString> oldDigests;
    for (const qint64 itemId : order) {
        const auto digest = AuditLog::entityDigest(database(), QStringLiteral("agenda_item"), itemId);
        if (!digest)
            return Failure{digest.error()};
        oldDigests.insert(itemId, *digest);
    }
    Statement positions(database(), QStringLiteral("SELECT id, position FROM agenda_item WHERE meeting_id = ?"),
                        {meetingId});
    if (!positions.exec())
        return Failure{positions.errorMessage()};
    QHash<qint64, int> current;
    int last = 0;
    while (positions.next()) {
        current.insert(positions.value(0).toLongLong(), positions.value(1).toInt());
        last = std::max(last, positions.value(1).toInt());
    }
    positions.finish();
    for (int i = 0; i < order.size(); ++i) {
        if (current.value(order.at(i)) != i + 1)
            PYKALA_TRY(execute(QStringLiteral("UPDATE agenda_item SET position = ? WHERE id = ?"),
                               {last + i + 1, order.at(i)}));
    }
    for (int i = 0; i < order.size(); ++i) {
        if (current.value(order.at(i)) == i + 1)
            continue;
        PYKALA_TRY(execute(QStringLiteral("UPDATE agenda_item SET position = ? WHERE id = ?"), {i + 1, order.at(i)}));
        PYKALA_TRY(audit(QStringLiteral("update"), QStringLiteral("agenda_item"), order.at(i),
                         oldDigests.value(order.at(i))));
    }
    return success();
}

Result<QList<qint64>> Store::agendaOrder(qint64 meetingId) const
{
    Statement query(database(), QStringLiteral("SELECT id FROM agenda_item WHERE meeting_id = ? ORDER BY position"),
                    {meetingId});
    return readAll<qint64>(query, [](const Statement &row) { return row.value(0).toLongLong(); });
}

Status Store::removeAgendaItem(qint64 id)
{
    // Checked inside the write transaction: nobody opens the meeting between.
    Transaction transaction(*this);
    if (!transaction.ok())
        return Failure{transaction.error()};
    const auto item = agendaItemToReorder(id);
    if (!item)
        return Failure{item.error()};
    PYKALA_TRY(changeExisting(QStringLiteral("delete"), QStringLiteral("agenda_item"), id,
                              tr("There is no agenda item with id %1.").arg(id), [&]() -> Status {
                                  const auto files = attachments(id);
                                  if (!files)
                                      return Failure{files.error()};
                                  for (const Attachment &attachment : *files)
                                      PYKALA_TRY(removeAttachment(attachment.id));
                                  PYKALA_TRY(execute(QStringLiteral("DELETE FROM agenda_item WHERE id = ?"), {id}));
                                  return reindexItem(id);
                              }));
    const auto order = agendaOrder(item->meetingId);
    if (!order)
        return Failure{order.error()};
    PYKALA_TRY(setAgendaPositions(item->meetingId, *order));
    return transaction.commit();
}

Status Store::moveAgendaItem(qint64 id, int position)
{
    Transaction transaction(*this);
    if (!transaction.ok())
        return Failure{transaction.error()};
    const auto item = agendaItemToReorder(id);
    if (!item)
        return Failure{item.error()};
    const auto stored = agendaOrder(item->meetingId);
    if (!stored)
        return Failure{stored.error()};
    QList<qint64> order = *stored;
    if (position < 1 || position > order.size())
        return Failure{tr("Item \"%1\" cannot move to place %2: the agenda has places 1–%3.")
                           .arg(item->title)
                           .arg(position)
                           .arg(order.size())};
    order.removeOne(id);
    order.insert(position - 1, id);
    PYKALA_TRY(setAgendaPositions(item->meetingId, order));
    return transaction.commit();
}

// ---------------------------------------------------------------------------
// Attachments

Result<QList<Attachment>> Store::attachments(qint64 itemId, bool withContent) const
{
    Statement query(database(),
                    QStringLiteral("SELECT id, item_id, position, name, media_type, size, sha256, publicity, "
                                   "confidentiality_basis, %1 FROM attachment WHERE item_id = ? ORDER BY position")
                        .arg(withContent ? QStringLiteral("content") : QStringLiteral("NULL")),
                    {itemId});
    return readAll<Attachment>(query, [](const Statement &row) {
        Attachment attachment;
        attachment.id = row.value(0).toLongLong();
        attachment.itemId = row.value(1).toLongLong();
        attachment.position = row.value(2).toInt();
        attachment.name = row.value(3).toString();
        attachment.mediaType = row.value(4).toString();
        attachment.size = row.value(5).toLongLong();
        attachment.sha256 = row.value(6).toString();
        attachment.publicity = parseCode(row.value(7), Publicity::Public);
        attachment.confidentialityBasis = LegalBasis::fromText(row.value(8).toString());
        attachment.content = row.value(9).toByteArray();
        return attachment;
    });
}

Result<qint64> Store::addAttachment(const Attachment &attachment)
{
    if (attachment.name.trimmed().isEmpty())
        return fail<qint64>(tr("An attachment needs a file name."));
    static const QRegularExpression mediaTypePattern(QStringLiteral("^[A-Za-z0-9.+-]+/[A-Za-z0-9.+-]+( *;.*)?\\z"));
    if (!mediaTypePattern.match(attachment.mediaType.trimmed()).hasMatch())
        return fail<qint64>(tr("Attachment %1 needs a media type, such as application/pdf.").arg(attachment.name));
    if (attachment.publicity != Publicity::Public && attachment.confidentialityBasis.isEmpty())
        return fail<qint64>(tr("Attachment %1 is confidential but names no legal basis.").arg(attachment.name));
    Transaction transaction(*this);
    if (!transaction.ok())
        return fail<qint64>(transaction.error());
    const QSqlDatabase db = database();
    int position = attachment.position;
    if (position <= 0) {
        const auto next = nextPosition(db, QStringLiteral("attachment"), QStringLiteral("item_id"), attachment.itemId);
        if (!next)
            return fail<qint64>(next);
        position = *next;
    }
    Statement insert(db,
                     QStringLiteral("INSERT INTO attachment (item_id, position, name, media_type, size, sha256, "
                                    "publicity, confidentiality_basis, content) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                     {attachment.itemId, position, attachment.name.trimmed(), attachment.mediaType.trimmed(),
                      qint64(attachment.content.size()), sha256Hex(attachment.content),
                      Codes::code(attachment.publicity),
                      attachment.publicity == Publicity::Public ? QString() : attachment.confidentialityBasis.text.trimmed(),
                      // An empty QByteArray binds as NULL; the column wants a blob.
                      attachment.content.isNull() ? QVariant(QByteArray("", 0)) : QVariant(attachment.content)});
    if (!insert.exec()) {
        if (insert.sqliteCode() == 19)
            return fail<qint64>(tr("Attachment %1 cannot be added: its item is not in the store, or position %2 is "
                                   "taken.").arg(attachment.name).arg(position));
        return fail<qint64>(insert.errorMessage());
    }
    const qint64 id = insert.lastInsertId();
    PYKALA_TRY(reindexItem(attachment.itemId));
    PYKALA_TRY(audit(QStringLiteral("insert"), QStringLiteral("attachment"), id, QString()));
    PYKALA_TRY(transaction.commit());
    return id;
}

Status Store::removeAttachment(qint64 id)
{
    return changeExisting(QStringLiteral("delete"), QStringLiteral("attachment"), id,
                          tr("There is no attachment with id %1.").arg(id), [&]() -> Status {
                              const auto itemId = attachmentItem(database(), id);
                              if (!itemId)
                                  return Failure{itemId.error()};
                              PYKALA_TRY(execute(QStringLiteral("DELETE FROM attachment WHERE id = ?"), {id}));
                              return reindexItem(*itemId);
                          });
}

Status Store::updateAttachment(const Attachment &attachment)
{
    if (attachment.name.trimmed().isEmpty())
        return Failure{tr("An attachment needs a file name.")};
    if (attachment.publicity != Publicity::Public && attachment.confidentialityBasis.isEmpty())
        return Failure{tr("Attachment %1 is confidential but names no legal basis.").arg(attachment.name)};
    return changeExisting(QStringLiteral("update"), QStringLiteral("attachment"), attachment.id,
                          tr("There is no attachment with id %1.").arg(attachment.id), [&]() -> Status {
                              PYKALA_TRY(execute(QStringLiteral("UPDATE attachment SET name = ?, publicity = ?, "
                                                                "confidentiality_basis = ? WHERE id = ?"),
                                                 {attachment.name.trimmed(), Codes::code(attachment.publicity),
                                                  attachment.publicity == Publicity::Public
                                                      ? QString()
                                                      : attachment.confidentialityBasis.text.trimmed(),
                                                  attachment.id}));
                              const auto itemId = attachmentItem(database(), attachment.id);
                              if (!itemId)
                                  return Failure{itemId.error()};
                              return reindexItem(*itemId);
                          });
}

// ---------------------------------------------------------------------------
// The invitation list

Result<QList<Invitee>> Store::invitees(qint64 meetingId) const
{
    Statement query(database(),
                    QStringLiteral("SELECT id, meeting_id, position, person_id, name, role, email FROM invitee "
                                   "WHERE meeting_id = ? ORDER BY position"),
                    {meetingId});
    return readAll<Invitee>(query, [](const Statement &row) {
        Invitee invitee;
        invitee.id = row.value(0).toLongLong();
        invitee.meetingId = row.value(1).toLongLong();
        invitee.position = row.value(2).toInt();
        invitee.personId = row.value(3).toLongLong();
        invitee.name = row.value(4).toString();
        invitee.role = row.value(5).toString();
        invitee.email = row.value(6).toString();
        return invitee;
    });
}

Result<qint64> Store::addInvitee(const Invitee &invitee)
{
    if (invitee.personId == 0 && invitee.name.trimmed().isEmpty())
        return fail<qint64>(tr("An invitee needs a name, or a person of the store."));
    Transaction transaction(*this);
    if (!transaction.ok())
        return fail<qint64>(transaction.error());
    const QSqlDatabase db = database();
    int position = invitee.position;
    if (position <= 0) {
        const auto next = nextPosition(db, QStringLiteral("invitee"), QStringLiteral("meeting_id"), invitee.meetingId);
        if (!next)
            return fail<qint64>(next);
        position = *next;
    }
    Statement insert(db,
                     QStringLiteral("INSERT INTO invitee (meeting_id, position, person_id, name, role, email) "
                                    "VALUES (?, ?, ?, ?, ?, ?)"),
                     {invitee.meetingId, position, nullIfZero(invitee.personId), invitee.name.trimmed(),
                      invitee.role.trimmed(), invitee.email.trimmed()});
    if (!insert.exec()) {
        if (insert.sqliteCode() == 19)
            return fail<qint64>(tr("%1 cannot be invited: the meeting or the person is not in the store, or place %2 "
                                   "on the list is taken.")
                                    .arg(invitee.name.isEmpty() ? tr("The person") : invitee.name)
                                    .arg(position));
        return fail<qint64>(insert.errorMessage());
    }
    const qint64 id = insert.lastInsertId();
    PYKALA_TRY(audit(QStringLiteral("insert"), QStringLiteral("invitee"), id, QString()));
    PYKALA_TRY(transaction.commit());
    return id;
}

Status Store::removeInvitee(qint64 id)
{
    return changeExisting(QStringLiteral("delete"), QStringLiteral("invitee"), id,
                          tr("There is no invitee with id %1.").arg(id),
                          [&] { return execute(QStringLiteral("DELETE FROM invitee WHERE id = ?"), {id}); });
}

// ---------------------------------------------------------------------------
// Meeting events

Result<QList<QJsonObject>> Store::meetingEvents(qint64 meetingId) const
{
    Statement query(database(), QStringLiteral("SELECT event FROM meeting_event WHERE meeting_id = ? ORDER BY seq"),
                    {meetingId});
    if (!query.exec())
        return Failure{query.errorMessage()};
    QList<QJsonObject> events;
    while (query.next())
        events.append(QJsonDocument::fromJson(query.value(0).toString().toUtf8()).object());
    return events;
}

Status Store::appendMeetingEvents(qint64 meetingId, const QList<QJsonObject> &events)
{
    Transaction transaction(*this);
    if (!transaction.ok())
        return Failure{transaction.error()};
    Statement last(database(), QStringLiteral("SELECT coalesce(max(seq), 0) FROM meeting_event WHERE meeting_id = ?"),
                   {meetingId});
    if (!last.exec() || !last.next())
        return Failure{last.errorMessage()};
    int seq = last.value(0).toInt();
    last.finish();
    for (const QJsonObject &event : events) {
        Statement insert(database(), QStringLiteral("INSERT INTO meeting_event (meeting_id, seq, event) VALUES (?, ?, ?)"),
                         {meetingId, ++seq,
                          QString::fromUtf8(QJsonDocument(event).toJson(QJsonDocument::Compact))});
        if (!insert.exec()) {
            if (insert.sqliteCode() == 19)
                return Failure{tr("There is no meeting with id %1.").arg(meetingId)};
            return Failure{insert.errorMessage()};
        }
        PYKALA_TRY(audit(QStringLiteral("insert"), QStringLiteral("meeting_event"), insert.lastInsertId(), QString()));
    }
    return transaction.commit();
}

// ---------------------------------------------------------------------------
// Full-text search

Status Store::reindexItem(qint64 itemId)
{
    if (m_transactionDepth == 0)
        return indexItem(itemId);
    m_unindexedItems.append(itemId);
    return success();
}

// What the search index holds of an item: its title and case reference, and
// its texts, preparers and attachment names, as words with their stems.
struct SearchIndexEntry
{
    qint64 itemId = 0;
    QString title;
    QStringList texts;  // HTML sections first, then plain names
    int htmlTexts = 0;
    QString indexedTitle;
    QString indexedBody;
};

namespace {

using IndexEntry = SearchIndexEntry;

void makeIndexText(IndexEntry &entry)
{
    for (int i = 0; i < entry.htmlTexts; ++i)
        entry.texts[i] = RichText::toPlainText(entry.texts.at(i));
    entry.indexedTitle = SearchTerms::indexText(entry.title);
    entry.indexedBody = SearchTerms::indexText(entry.texts.join(u'\n'));
}

// Makes index texts on a thread of its own, batch after batch, while the
// store's thread reads the next batch and writes the last: reading HTML and
// stemming words is most of the work of indexing.
class IndexWorker
{
public:
    IndexWorker()
        : m_thread([this] { run(); })
    {
    }
    ~IndexWorker()
    {
        {
            const std::lock_guard lock(m_mutex);
            m_stop = true;
        }
        m_wake.notify_all();
        m_thread.join();
    }
    Q_DISABLE_COPY_MOVE(IndexWorker)

    void submit(std::vector<IndexEntry> *batch)
    {
        {
            const std::lock_guard lock(m_mutex);
            m_queue.push_back(batch);
        }
        m_wake.notify_all();
    }

    void waitFor(std::vector<IndexEntry> *batch)
    {
        std::unique_lock lock(m_mutex);
        m_finished.wait(lock, [&] { return std::find(m_done.cbegin(), m_done.cend(), batch) != m_done.cend(); });
        m_done.erase(std::find(m_done.cbegin(), m_done.cend(), batch));
    }

private:
    void run()
    {
        for (;;) {
            std::vector<IndexEntry> *batch = nullptr;
            {
                std::unique_lock lock(m_mutex);
                m_wake.wait(lock, [&] { return m_stop || !m_queue.empty(); });
                if (m_queue.empty())
                    return;
                batch = m_queue.front();
                m_queue.pop_front();
            }
            for (IndexEntry &entry : *batch)
                makeIndexText(entry);
            {
                const std::lock_guard lock(m_mutex);
                m_done.push_back(batch);
            }
            m_finished.notify_all();
        }
    }

    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::condition_variable m_finished;
    std::deque<std::vector<IndexEntry> *> m_queue;
    std::vector<std::vector<IndexEntry> *> m_done;
    bool m_stop = false;
    std::thread m_thread; // last: started when the rest is ready
};

} // namespace

Status Store::indexPendingItems()
{
    QList<qint64> items;
    items.swap(m_unindexedItems);
    std::sort(items.begin(), items.end());
    items.erase(std::unique(items.begin(), items.end()), items.end());
    auto write = [&](const std::vector<IndexEntry> &entries) -> Status {
        for (const IndexEntry &entry : entries) {
            Statement insert(database(), QStringLiteral("INSERT INTO item_search (rowid, title, body) VALUES (?, ?, ?)"),
                             {entry.itemId, entry.indexedTitle, entry.indexedBody});
            if (!insert.exec())
                return Status::failure(insert.errorMessage());
        }
        return success();
    };
    std::optional<IndexWorker> worker;
    if (items.size() >= 256 && std::thread::hardware_concurrency() >= 2) {
        try {
            worker.emplace();
        } catch (const std::system_error &) {
            // No thread to be had: the texts are made here.
        }
    }
    if (!worker) {
        for (const qint64 item : std::as_const(items))
            PYKALA_TRY(indexItem(item));
        return success();
    }
    // Batch k is read while batch k - 1 is made, and written while k is made.
    constexpr qsizetype batchSize = 1024;
    std::deque<std::vector<IndexEntry>> batches;
    Status status = success();
    for (qsizetype first = 0; first < items.size() && status.ok(); first += batchSize) {
        batches.emplace_back();
        for (qsizetype i = first; i < qMin(items.size(), first + batchSize); ++i) {
            auto entry = indexSource(items.at(i));
            if (!entry) {
                status = Failure{entry.error()};
                break;
            }
            if (entry->has_value())
                batches.back().push_back(std::move(*entry.value()));
        }
        worker->submit(&batches.back());
        if (batches.size() == 2) {
            worker->waitFor(&batches.front());
            if (status.ok())
                status = write(batches.front());
            batches.pop_front();
        }
    }
    // The worker finishes what it was given before it is gone.
    for (std::vector<IndexEntry> &batch : batches) {
        worker->waitFor(&batch);
        if (status.ok())
            status = write(batch);
    }
    return status;
}

// Removes the item's search entry and reads what its new one is made of;
// none when the item is gone.
Result<std::optional<SearchIndexEntry>> Store::indexSource(qint64 itemId)
{
    using R = Result<std::optional<IndexEntry>>;
    const QSqlDatabase db = database();
    Statement remove(db, QStringLiteral("DELETE FROM item_search WHERE rowid = ?"), {itemId});
    if (!remove.exec())
        return R::failure(remove.errorMessage());
    Statement item(db, QStringLiteral("SELECT title, case_reference, background, proposal, decision, proceedings "
                                      "FROM agenda_item WHERE id = ?"),
                   {itemId});
    if (!item.exec())
        return R::failure(item.errorMessage());
    if (!item.next())
        return std::optional<IndexEntry>();
    IndexEntry entry;
    entry.itemId = itemId;
    entry.title = item.value(0).toString() + QLatin1Char(' ') + item.value(1).toString();
    entry.texts = {item.value(2).toString(), item.value(3).toString(), item.value(4).toString(),
                   item.value(5).toString()};
    entry.htmlTexts = int(entry.texts.size());
    Statement preparers(db, QStringLiteral("SELECT name, title FROM preparer WHERE item_id = ? ORDER BY position"),
                        {itemId});
    if (!preparers.exec())
        return R::failure(preparers.errorMessage());
    while (preparers.next())
        entry.texts << preparers.value(0).toString() << preparers.value(1).toString();
    Statement names(db, QStringLiteral("SELECT name FROM attachment WHERE item_id = ?"), {itemId});
    if (!names.exec())
        return R::failure(names.errorMessage());
    while (names.next())
        entry.texts << names.value(0).toString();
    return std::optional<IndexEntry>(std::move(entry));
}

// The item's search entry as it is stored now; none when it is gone.
Status Store::indexItem(qint64 itemId)
{
    auto entry = indexSource(itemId);
    if (!entry)
        return Failure{entry.error()};
    if (!entry->has_value())
        return success();
    SearchIndexEntry &made = *entry.value();
    makeIndexText(made);
    Statement insert(database(), QStringLiteral("INSERT INTO item_search (rowid, title, body) VALUES (?, ?, ?)"),
                     {itemId, made.indexedTitle, made.indexedBody});
    return insert.exec() ? success() : Status::failure(insert.errorMessage());
}

namespace {

// The query's words in every form the index knows them by, and the first
// three letters of each. Snowball takes off and changes only endings, so a
// word of the text that starts with none of them cannot match: it is passed
// over without stemming it.
struct QueryTerms
{
    QSet<QString> terms;
    QStringList beginnings;

    explicit QueryTerms(const QString &query)
    {
        const QStringList words = SearchTerms::words(query);
        for (const QString &word : words) {
            const QStringList forms = SearchTerms::termsOf(word);
            for (const QString &term : forms) {
                terms.insert(term);
                if (!beginnings.contains(term.left(3)))
                    beginnings.append(term.left(3));
            }
        }
    }

    // `word`: letters and digits, as SearchTerms::words splits them.
    bool matches(QStringView word) const
    {
        const bool possible = std::any_of(beginnings.cbegin(), beginnings.cend(), [&](const QString &beginning) {
            return word.startsWith(beginning, Qt::CaseInsensitive);
        });
        if (!possible)
            return false;
        const QStringList forms = SearchTerms::termsOf(word.toString().toLower());
        return std::any_of(forms.cbegin(), forms.cend(), [&](const QString &form) { return terms.contains(form); });
    }
};

// Whether a word as it stands in the text ("Päätöksen,") matches the query.
bool containsMatch(QStringView word, const QueryTerms &query)
{
    qsizetype start = 0;
    while (start < word.size()) {
        if (!word.at(start).isLetterOrNumber()) {
            ++start;
            continue;
        }
        qsizetype end = start;
        while (end < word.size() && word.at(end).isLetterOrNumber())
            ++end;
        if (query.matches(word.mid(start, end - start)))
            return true;
        start = end;
    }
    return false;
}

// A few words around the first word of `text` that matches the query.
QString snippetOf(const QString &text, const QueryTerms &query)
{
    // The text's words as they stand, split at white space.
    QList<QStringView> words;
    qsizetype start = -1;
    for (qsizetype i = 0; i <= text.size(); ++i) {
        const bool space = i == text.size() || text.at(i).isSpace();
        if (space && start >= 0) {
            words.append(QStringView(text).mid(start, i - start));
            start = -1;
        } else if (!space && start < 0) {
            start = i;
        }
    }
    for (qsizetype i = 0; i < words.size(); ++i) {
        if (!containsMatch(words.at(i), query))
            continue;
        const qsizetype from = qMax<qsizetype>(0, i - 6);
        const qsizetype to = qMin<qsizetype>(words.size(), i + 7);
        QStringList window;
        for (qsizetype w = from; w < to; ++w)
            window.append(w == i ? QLatin1Char('[') + words.at(w).toString() + QLatin1Char(']') : words.at(w).toString());
        return (from > 0 ? QStringLiteral("… ") : QString()) + window.join(u' ')
            + (to < words.size() ? QStringLiteral(" …") : QString());
    }
    return {};
}

} // namespace

Result<QList<SearchHit>> Store::search(const QString &query, int limit) const
{
    using R = Result<QList<SearchHit>>;
    const QString expression = SearchTerms::matchExpression(query);
    if (expression.isEmpty())
        return R::failure(tr("The search has no words to look for."));
    if (limit <= 0)
        return R::failure(tr("The number of results must be 1 or more."));
    const QSqlDatabase db = database();
    // The matches are ranked within the index alone, once. Those that rank
    // as well as the `limit`-th best (all of them, should identical texts,
    // such as a standard item of every meeting, tie there) are put in order,
    // equal ranks newest meeting first, by their ids and meetings alone; only
    // the best `limit` are then read whole. Joined first, a common word would
    // read every matching item.
    QList<std::pair<qint64, double>> best;
    {
        Statement ranked(db, QStringLiteral("WITH matched AS MATERIALIZED (SELECT rowid AS id, bm25(item_search, 4.0, 1.0) "
                                            "AS rank FROM item_search WHERE item_search MATCH ?) "
                                            "SELECT s.id, s.rank FROM matched s JOIN agenda_item i ON i.id = s.id "
                                            "JOIN meeting m ON m.id = i.meeting_id "
                                            "WHERE s.rank <= coalesce((SELECT rank FROM matched ORDER BY rank "
                                            "LIMIT 1 OFFSET ?), 1e308) ORDER BY s.rank, m.planned_start DESC LIMIT ?"),
                         {expression, limit - 1, limit});
        if (!ranked.exec())
            return R::failure(ranked.errorMessage());
        while (ranked.next())
            best.append({ranked.value(0).toLongLong(), ranked.value(1).toDouble()});
    }
    QList<qint64> ids;
    QHash<qint64, int> placeOf; // in the order the ranking gave
    for (const auto &[id, rank] : std::as_const(best)) {
        placeOf.insert(id, int(ids.size()));
        ids.append(id);
    }
    Statement matches(db, QStringLiteral("SELECT i.id, i.meeting_id, i.section_number, i.title, i.background, "
                                         "i.proposal, i.decision, m.number, m.year, b.short_name, i.proceedings "
                                         "FROM agenda_item i JOIN meeting m ON m.id = i.meeting_id "
                                         "JOIN body b ON b.id = m.body_id WHERE i.id IN (SELECT value FROM json_each(?))"),
                      {jsonIds(ids)});
    if (!matches.exec())
        return R::failure(matches.errorMessage());
    struct Found
    {
        SearchHit hit;
        QStringList texts; // background, proposal, decision, proceedings, title
    };
    QList<Found> found;
    while (matches.next()) {
        Found row;
        SearchHit &hit = row.hit;
        hit.itemId = matches.value(0).toLongLong();
        hit.rank = best.at(placeOf.value(hit.itemId)).second;
        hit.meetingId = matches.value(1).toLongLong();
        if (!matches.value(2).isNull())
            hit.sectionNumber = matches.value(2).toInt();
        hit.title = matches.value(3).toString();
        hit.meetingReference = QStringLiteral("%1 %2/%3")
                                   .arg(matches.value(9).toString())
                                   .arg(matches.value(7).toInt())
                                   .arg(matches.value(8).toInt());
        row.texts = {matches.value(4).toString(), matches.value(5).toString(), matches.value(6).toString(),
                     matches.value(10).toString(), hit.title};
        found.append(std::move(row));
    }
    std::sort(found.begin(), found.end(), [&](const Found &a, const Found &b) {
        return placeOf.value(a.hit.itemId) < placeOf.value(b.hit.itemId);
    });
    const QueryTerms queryTerms(query);
    QList<SearchHit> hits;
    for (Found &row : found) {
        // The passage from the text that matched: background, proposal,
        // decision, proceedings, else the title itself.
        for (const QString &text : std::as_const(row.texts)) {
            row.hit.snippet = snippetOf(RichText::toPlainText(text), queryTerms);
            if (!row.hit.snippet.isEmpty())
                break;
        }
        hits.append(row.hit);
    }
    return hits;
}

// ---------------------------------------------------------------------------
// Check

Result<CheckReport> Store::check() const
{
    const QSqlDatabase db = database();
    CheckReport report;
    Statement integrity(db, QStringLiteral("PRAGMA integrity_check"));
    if (!integrity.exec())
        return Result<CheckReport>::failure(integrity.errorMessage());
    while (integrity.next()) {
        const QString line = integrity.value(0).toString();
        if (line != u"ok")
            report.integrityProblems.append(line);
    }
    Statement foreignKeys(db, QStringLiteral("PRAGMA foreign_key_check"));
    if (!foreignKeys.exec())
        return Result<CheckReport>::failure(foreignKeys.errorMessage());
    while (foreignKeys.next()) {
        report.foreignKeyProblems.append(tr("%1 row %2 refers to a missing %3 row.")
                                             .arg(foreignKeys.value(0).toString(), foreignKeys.value(1).toString(),
                                                  foreignKeys.value(2).toString()));
    }
    Statement contents(db, QStringLiteral("SELECT id, name, sha256, content FROM attachment"));
    if (!contents.exec())
        return Result<CheckReport>::failure(contents.errorMessage());
    while (contents.next()) {
        if (sha256Hex(contents.value(3).toByteArray()) != contents.value(2).toString())
            report.integrityProblems.append(tr("Attachment %1 (%2) does not match its SHA-256.")
                                                .arg(contents.value(0).toString(), contents.value(1).toString()));
    }
    // Signed minutes: the file is the one its digest names.
    Statement signedFiles(db, QStringLiteral("SELECT meeting_id, sha256, pdf FROM signed_minutes"));
    if (!signedFiles.exec())
        return Result<CheckReport>::failure(signedFiles.errorMessage());
    while (signedFiles.next()) {
        if (sha256Hex(signedFiles.value(2).toByteArray()) != signedFiles.value(1).toString())
            report.integrityProblems.append(tr("The signed minutes of meeting %1 do not match their SHA-256.")
                                                .arg(signedFiles.value(0).toString()));
    }
    // The store's own protections: every trigger its migrations made.
    QHash<QString, QString> triggers; // name → its SQL as stored
    Statement present(db, QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'trigger'"));
    if (!present.exec())
        return Result<CheckReport>::failure(present.errorMessage());
    while (present.next())
        triggers.insert(present.value(0).toString(), present.value(1).toString().simplified());
    static const QRegularExpression createTrigger(QStringLiteral("CREATE TRIGGER (\\w+)"));
    for (const QStringList &migration : Schema::migrations()) {
        for (const QString &statement : migration) {
            const auto match = createTrigger.match(statement);
            if (!match.hasMatch())
                continue;
            if (!triggers.contains(match.captured(1)))
                report.integrityProblems.append(tr("The store's trigger %1 is missing: its protections were removed "
                                                   "outside Pykälä.")
                                                    .arg(match.captured(1)));
            else if (triggers.value(match.captured(1)) != statement.simplified())
                report.integrityProblems.append(tr("The store's trigger %1 was changed outside Pykälä.")
                                                    .arg(match.captured(1)));
        }
    }
    const auto audit = AuditLog::verify(db, &report.auditEntries);
    if (!audit)
        return Result<CheckReport>::failure(audit.error());
    report.auditProblems = *audit;
    return report;
}

// ---------------------------------------------------------------------------
// Signed minutes

namespace {

SignedMinutes readSignedMinutes(const Statement &query, bool withPdf)
{
    SignedMinutes minutes;
    minutes.id = query.value(0).toLongLong();
    minutes.meetingId = query.value(1).toLongLong();
    minutes.sha256 = query.value(2).toString();
    minutes.recordDigest = query.value(3).toString();
    minutes.partDigests = query.value(4).toString();
    minutes.signatures = query.value(5).toInt();
    const QJsonArray roles = QJsonDocument::fromJson(query.value(6).toString().toUtf8()).array();
    for (const QJsonValue &role : roles)
        minutes.signingRoles.append(role.toString());
    minutes.frozenAt = QDateTime::fromString(query.value(7).toString(), Qt::ISODateWithMs);
    if (withPdf)
        minutes.pdf = query.value(8).toByteArray();
    return minutes;
}

const QString signedMinutesColumns = QStringLiteral(
    "id, meeting_id, sha256, record_digest, part_digests, signatures, signing_roles, frozen_at");

} // namespace

Result<std::optional<SignedMinutes>> Store::signedMinutes(qint64 meetingId) const
{
    Statement query(database(),
                    QStringLiteral("SELECT %1, pdf FROM signed_minutes WHERE meeting_id = ?").arg(signedMinutesColumns),
                    {meetingId});
    return readOne<SignedMinutes>(query, [](const Statement &q) { return readSignedMinutes(q, true); });
}

Result<QList<SignedMinutes>> Store::allSignedMinutes() const
{
    Statement query(database(),
                    QStringLiteral("SELECT %1 FROM signed_minutes ORDER BY meeting_id").arg(signedMinutesColumns));
    return readAll<SignedMinutes>(query, [](const Statement &q) { return readSignedMinutes(q, false); });
}

Status Store::saveSignedMinutes(const SignedMinutes &minutes)
{
    if (minutes.pdf.isEmpty() || minutes.signatures <= 0 || minutes.signingRoles.isEmpty())
        return Failure{tr("Signed minutes need the signed PDF and their signatures.")};
    const QString sha256 = QString::fromLatin1(QCryptographicHash::hash(minutes.pdf, QCryptographicHash::Sha256).toHex());
    const auto existing = signedMinutes(minutes.meetingId);
    if (!existing)
        return Failure{existing.error()};
    Transaction transaction(*this);
    if (!transaction.ok())
        return Failure{transaction.error()};
    if (!existing->has_value()) {
        Statement insert(database(),
                         QStringLiteral("INSERT INTO signed_minutes (meeting_id, pdf, sha256, record_digest, "
                                        "part_digests, signatures, signing_roles, frozen_at) "
                                        "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                         {minutes.meetingId, minutes.pdf, sha256, minutes.recordDigest, minutes.partDigests,
                          minutes.signatures,
                          QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(minutes.signingRoles))
                                                .toJson(QJsonDocument::Compact)),
                          minutes.frozenAt.toUTC().toString(Qt::ISODateWithMs)});
        if (!insert.exec())
            return Failure{insert.errorMessage()};
        PYKALA_TRY(audit(QStringLiteral("insert"), QStringLiteral("signed_minutes"), insert.lastInsertId(), QString()));
    } else {
        const qint64 id = existing->value().id;
        const auto old = AuditLog::entityDigest(database(), QStringLiteral("signed_minutes"), id);
        if (!old)
            return Failure{old.error()};
        // The triggers let the row only gain signatures appended to its file.
        PYKALA_TRY(execute(QStringLiteral("UPDATE signed_minutes SET pdf = ?, sha256 = ?, signatures = ? WHERE id = ?"),
                           {minutes.pdf, sha256, minutes.signatures, id}));
        PYKALA_TRY(audit(QStringLiteral("update"), QStringLiteral("signed_minutes"), id, *old));
    }
    return transaction.commit();
}

Result<qint64> Store::addCorrection(const Correction &correction)
{
    if (correction.text.trimmed().isEmpty())
        return Failure{tr("A correction needs its text.")};
    if (!correction.decided.isValid())
        return Failure{tr("A correction needs the day it was decided.")};
    const auto minutes = signedMinutes(correction.meetingId);
    if (!minutes)
        return Failure{minutes.error()};
    if (!minutes->has_value())
        return Failure{tr("The meeting's minutes are not signed: correct its record itself, not with a correction.")};
    if (!minutes->value().complete())
        return Failure{tr("The meeting's minutes still lack signatures: a correction is made to complete minutes.")};
    const auto meeting = this->meeting(correction.meetingId);
    if (!meeting)
        return Failure{meeting.error()};
    if (meeting->has_value() && correction.decided < meeting->value().plannedStart.date())
        return Failure{tr("A correction cannot be decided before the meeting it corrects.")};
    Transaction transaction(*this);
    if (!transaction.ok())
        return Failure{transaction.error()};
    Statement insert(database(),
                     QStringLiteral("INSERT INTO correction (meeting_id, item_id, text, decided, corrects_sha256, "
                                    "recorded_at) VALUES (?, ?, ?, ?, ?, ?)"),
                     {correction.meetingId, correction.itemId ? QVariant(correction.itemId) : QVariant(),
                      correction.text.trimmed(), isoDate(correction.decided), minutes->value().sha256,
                      QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)});
    if (!insert.exec())
        return Failure{insert.errorMessage()};
    const qint64 id = insert.lastInsertId();
    PYKALA_TRY(audit(QStringLiteral("insert"), QStringLiteral("correction"), id, QString()));
    PYKALA_TRY(transaction.commit());
    return id;
}

Result<QList<Correction>> Store::corrections(qint64 meetingId) const
{
    Statement query(database(),
                    QStringLiteral("SELECT id, meeting_id, item_id, text, decided, corrects_sha256, recorded_at "
                                   "FROM correction WHERE meeting_id = ? ORDER BY id"),
                    {meetingId});
    return readAll<Correction>(query, [](const Statement &q) {
        Correction c;
        c.id = q.value(0).toLongLong();
        c.meetingId = q.value(1).toLongLong();
        c.itemId = q.value(2).toLongLong();
        c.text = q.value(3).toString();
        c.decided = parseDate(q.value(4));
        c.correctsSha256 = q.value(5).toString();
        c.recordedAt = QDateTime::fromString(q.value(6).toString(), Qt::ISODateWithMs);
        return c;
    });
}

// ---------------------------------------------------------------------------
// Meeting packages and the disclosure register

Result<std::optional<PackageInfo>> Store::packageInfo() const
{
    Statement query(database(),
                    QStringLiteral("SELECT package_id, audience, recipient, meeting_id, meeting_reference, organisation, "
                                   "made_at, made_by FROM package WHERE id = 1"));
    const auto rows = readAll<PackageInfo>(query, [](const Statement &q) {
        PackageInfo info;
        info.packageId = q.value(0).toString();
        info.audience = parseCode(q.value(1), PackageAudience::Public);
        info.recipient = q.value(2).toString();
        info.meetingId = q.value(3).toLongLong();
        info.meetingReference = q.value(4).toString();
        info.organisation = q.value(5).toString();
        info.madeAt = QDateTime::fromString(q.value(6).toString(), Qt::ISODateWithMs);
        info.madeBy = q.value(7).toString();
        return info;
    });
    if (!rows)
        return Failure{rows.error()};
    if (rows->isEmpty())
        return std::optional<PackageInfo>();
    return std::optional<PackageInfo>(rows->constFirst());
}

Status Store::sealAsPackage(const PackageInfo &info)
{
    if (info.audience == PackageAudience::Member && info.recipient.trimmed().isEmpty())
        return Status::failure(tr("A package for a member names the member it is for."));
    {
        Transaction transaction(*this);
        if (!transaction.ok())
            return Status::failure(transaction.error());
        Statement insert(database(),
                         QStringLiteral("INSERT INTO package (id, package_id, audience, recipient, meeting_id, "
                                        "meeting_reference, organisation, made_at, made_by) "
                                        "VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?)"),
                         {info.packageId, Codes::code(info.audience), info.recipient.trimmed(), info.meetingId,
                          info.meetingReference, info.organisation,
                          info.madeAt.toUTC().toString(Qt::ISODateWithMs), info.madeBy});
        if (!insert.exec())
            return Status::failure(insert.errorMessage());
        PYKALA_TRY(audit(QStringLiteral("insert"), QStringLiteral("package"), 1, QString()));
        PYKALA_TRY(transaction.commit());
    }
    // One file, no -wal or -shm beside it, and no free pages.
    for (const char *sql : {"PRAGMA journal_mode = DELETE", "VACUUM"}) {
        Statement statement(database(), QString::fromLatin1(sql));
        if (!statement.exec())
            return Status::failure(statement.errorMessage());
        statement.finish();
    }
    m_readOnly = true;
    return success();
}

Result<qint64> Store::addDisclosure(const Disclosure &disclosure)
{
    if (disclosure.audience == PackageAudience::Member && disclosure.recipient.trimmed().isEmpty())
        return Failure{tr("A package for a member names the member it is for.")};
    Transaction transaction(*this);
    if (!transaction.ok())
        return Failure{transaction.error()};
    Statement insert(database(),
                     QStringLiteral("INSERT INTO disclosure (meeting_id, package_id, audience, recipient, sha256, size, "
                                    "made_at, made_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                     {disclosure.meetingId, disclosure.packageId, Codes::code(disclosure.audience),
                      disclosure.recipient.trimmed(), disclosure.sha256, disclosure.size,
                      disclosure.madeAt.toUTC().toString(Qt::ISODateWithMs), disclosure.madeBy});
    if (!insert.exec())
        return Failure{insert.errorMessage()};
    const qint64 id = insert.lastInsertId();
    PYKALA_TRY(audit(QStringLiteral("insert"), QStringLiteral("disclosure"), id, QString()));
    PYKALA_TRY(transaction.commit());
    return id;
}

Result<QList<Disclosure>> Store::disclosures(qint64 meetingId) const
{
    Statement query(database(),
                    QStringLiteral("SELECT id, meeting_id, package_id, audience, recipient, sha256, size, made_at, made_by "
                                   "FROM disclosure WHERE ? = 0 OR meeting_id = ? ORDER BY id"),
                    {meetingId, meetingId});
    return readAll<Disclosure>(query, [](const Statement &q) {
        Disclosure d;
        d.id = q.value(0).toLongLong();
        d.meetingId = q.value(1).toLongLong();
        d.packageId = q.value(2).toString();
        d.audience = parseCode(q.value(3), PackageAudience::Public);
        d.recipient = q.value(4).toString();
        d.sha256 = q.value(5).toString();
        d.size = q.value(6).toLongLong();
        d.madeAt = QDateTime::fromString(q.value(7).toString(), Qt::ISODateWithMs);
        d.madeBy = q.value(8).toString();
        return d;
    });
}
