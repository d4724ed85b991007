#include "auditlog.h"

#include "connection.h"
#include "statement.h"
#include "storeengine.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QHash>

#include <memory>
#include <vector>


namespace {

// Adds one length-prefixed field, so that values cannot run into each other.
void addField(QCryptographicHash &hash, char type, QByteArrayView bytes)
{
    hash.addData(QByteArrayView(&type, 1));
    hash.addData(QByteArray::number(bytes.size()));
    hash.addData(":");
    hash.addData(bytes);
}

// Whether SQLite's UTF-16 reading of these UTF-8 bytes, written back as
// UTF-8, gives the same bytes: well-formed sequences of code points below
// U+D000 do; SQLite reads surrogates, U+FFFE and U+FFFF, overlong and broken
// sequences as U+FFFD (and stray bytes as themselves), so those are left to
// that reading.
bool readsBackAsIs(QByteArrayView bytes)
{
    for (qsizetype i = 0; i < bytes.size();) {
        const auto lead = uchar(bytes[i]);
        int continuation = 0;
        if (lead < 0x80)
            continuation = 0;
        else if (lead >= 0xC2 && lead <= 0xDF)
            continuation = 1; // U+0080–U+07FF
        else if (lead >= 0xE1 && lead <= 0xEC)
            continuation = 2; // U+1000–U+CFFF
        else
            return false;
        for (int k = 1; k <= continuation; ++k) {
            if (i + k >= bytes.size() || (uchar(bytes[i + k]) & 0xC0) != 0x80)
                return false;
        }
        i += 1 + continuation;
    }
    return true;
}

// Adds the statement's current row, column by column, with type tags so that
// NULL, '' and 0 differ. Text is hashed as UTF-8 read back from SQLite's
// UTF-16, as digests always were; most text is its stored bytes as they are.
void addRow(QCryptographicHash &hash, const QList<QByteArray> &names, const Statement &row)
{
    for (int column = 0; column < names.size(); ++column) {
        addField(hash, 'C', names.at(column));
        int type = 0;
        const QByteArrayView bytes = row.rawValue(column, &type);
        switch (type) {
        case Statement::Null:
            addField(hash, 'N', {});
            break;
        case Statement::Blob:
            addField(hash, 'B', bytes);
            break;
        case Statement::Integer:
            addField(hash, 'I', QByteArray::number(row.value(column).toLongLong()));
            break;
        case Statement::Float:
            addField(hash, 'R', QByteArray::number(row.value(column).toDouble(), 'g', 17));
            break;
        default:
            if (readsBackAsIs(bytes))
                addField(hash, 'T', bytes);
            else
                addField(hash, 'T', row.value(column).toString().toUtf8());
            break;
        }
    }
}

// Adds every row of a query that ran; how many there were.
int addRows(QCryptographicHash &hash, Statement &statement)
{
    int rows = 0;
    QList<QByteArray> names;
    for (int column = 0; column < statement.columnCount(); ++column)
        names.append(statement.columnName(column).toUtf8());
    while (statement.next()) {
        addRow(hash, names, statement);
        ++rows;
    }
    return rows;
}

// Each field is length-prefixed, so that no actor name or other text can
// make two different entries hash alike.
QString entryHash(const QString &previousHash, const AuditLog::Entry &entry)
{
    const QStringList fields{previousHash,     entry.at,        entry.actor,
                             entry.action,     entry.entity,    QString::number(entry.entityId),
                             entry.oldDigest,  entry.newDigest};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const QString &field : fields) {
        const QByteArray bytes = field.toUtf8();
        hash.addData(QByteArray::number(bytes.size()));
        hash.addData(":");
        hash.addData(bytes);
    }
    return QString::fromLatin1(hash.result().toHex());
}

QString tr(const char *text)
{
    return QCoreApplication::translate("AuditLog", text);
}

} // namespace

namespace AuditLog {

const QStringList &entities()
{
    static const QStringList all{QStringLiteral("organisation"), QStringLiteral("body"),
                                 QStringLiteral("person"),       QStringLiteral("membership"),
                                 QStringLiteral("meeting"),      QStringLiteral("agenda_item"),
                                 QStringLiteral("attachment"),   QStringLiteral("meeting_event"),
                                 QStringLiteral("signed_minutes"), QStringLiteral("correction"),
                                 QStringLiteral("invitee"),      QStringLiteral("package"),
                                 QStringLiteral("disclosure"),   QStringLiteral("person_certificate"),
                                 QStringLiteral("item_template"), QStringLiteral("task_class"),
                                 QStringLiteral("case_file"),    QStringLiteral("item_case"),
                                 QStringLiteral("extract_sent")};
    return all;
}

QString genesisHash()
{
    return QString(64, u'0');
}

Result<QString> entityDigest(const Connection &db, const QString &entity, qint64 id,
                             const std::vector<Statement *> &alongside)
{
    if (!entities().contains(entity))
        return Result<QString>::failure(tr("Unknown entity %1.").arg(entity));
    // The table names come from the fixed lists here, never from input. An
    // agenda item's preparers and extract recipients are part of it, read
    // with it in one round trip.
    Statement row(db, QStringLiteral("SELECT * FROM %1 WHERE id = ?").arg(entity), {id});
    std::vector<std::unique_ptr<Statement>> children;
    std::vector<Statement *> statements{&row};
    const QStringList childTables = entity == u"agenda_item"
        ? QStringList{QStringLiteral("preparer"), QStringLiteral("extract_recipient")}
        : QStringList();
    for (const QString &child : childTables) {
        children.push_back(std::make_unique<Statement>(
            db, QStringLiteral("SELECT * FROM %1 WHERE item_id = ? ORDER BY position").arg(child),
            std::initializer_list<QVariant>{id}));
        statements.push_back(children.back().get());
    }
    statements.insert(statements.end(), alongside.cbegin(), alongside.cend());
    if (const Statement *failed = Statement::execTogether(statements))
        return Result<QString>::failure(failed->errorMessage());
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (addRows(hash, row) == 0)
        return QString();
    for (qsizetype i = 0; i < childTables.size(); ++i) {
        hash.addData(childTables.at(i).toUtf8());
        addRows(hash, *children.at(size_t(i)));
    }
    return QString::fromLatin1(hash.result().toHex());
}

const QString &headQuery()
{
    static const QString newest = QStringLiteral("SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1");
    return newest;
}

std::pair<qint64, QString> headOf(Statement &newest)
{
    if (!newest.next())
        return std::pair(qint64(0), genesisHash());
    return std::pair(newest.value(0).toLongLong(), newest.value(1).toString());
}

Result<std::pair<qint64, QString>> head(const Connection &db)
{
    using R = Result<std::pair<qint64, QString>>;
    Statement newest(db, headQuery());
    if (!newest.exec())
        return R::failure(newest.errorMessage());
    return headOf(newest);
}

Result<QString> append(const Connection &db, const QString &previousHash, const Entry &entry)
{
    const QString hash = entryHash(previousHash, entry);
    // Nothing is read back: on a server the entry goes with the change's
    // next round trip.
    QString error;
    if (!Statement::execLater(std::make_unique<Statement>(db, db.engine().auditInsert(),
                                                          std::initializer_list<QVariant>{
                                                              entry.at, entry.actor, entry.action, entry.entity,
                                                              entry.entityId, entry.oldDigest, entry.newDigest,
                                                              previousHash, hash}),
                              &error))
        return Result<QString>::failure(error);
    return hash;
}

Result<QStringList> verify(const Connection &db, qint64 *entries)
{
    QStringList problems;
    Statement log(db, QStringLiteral("SELECT id, at, actor, action, entity, entity_id, old_digest, new_digest, "
                                     "previous_hash, hash FROM audit_log ORDER BY id"));
    if (!log.exec())
        return Result<QStringList>::failure(log.errorMessage());
    QString previous = genesisHash();
    qint64 count = 0;
    qint64 lastId = 0;
    // The latest digest the log holds for each entity.
    QHash<QString, QHash<qint64, QString>> latest;
    while (log.next()) {
        const qint64 id = log.value(0).toLongLong();
        Entry entry{log.value(1).toString(), log.value(2).toString(), log.value(3).toString(),
                    log.value(4).toString(), log.value(5).toLongLong(), log.value(6).toString(),
                    log.value(7).toString()};
        const QString storedPrevious = log.value(8).toString();
        const QString storedHash = log.value(9).toString();
        ++count;
        if (id != lastId + 1)
            problems.append(tr("Audit log entries %1 to %2 are missing.").arg(lastId + 1).arg(id - 1));
        if (storedPrevious != previous)
            problems.append(tr("Audit log entry %1 does not follow the entry before it: the log was altered.").arg(id));
        if (entryHash(storedPrevious, entry) != storedHash)
            problems.append(tr("Audit log entry %1 was altered after it was written.").arg(id));
        // Each change must start from the value the log last recorded: a
        // record changed outside Pykälä and then edited through it shows here.
        const QString before = latest.value(entry.entity).value(entry.entityId);
        if (entry.oldDigest != before)
            problems.append(tr("Audit log entry %1 changes %2 %3 from a value the log never recorded: the record "
                               "was changed outside Pykälä before it.")
                                .arg(id)
                                .arg(entry.entity)
                                .arg(entry.entityId));
        previous = storedHash;
        lastId = id;
        latest[entry.entity][entry.entityId] = entry.newDigest;
    }
    // AUTOINCREMENT remembers the largest id ever used: entries cut off the
    // end of the log show up here.
    Statement sequence(db, db.engine().auditSequence());
    if (!sequence.exec())
        return Result<QStringList>::failure(sequence.errorMessage());
    if (sequence.next() && sequence.value(0).toLongLong() != lastId)
        problems.append(tr("The newest audit log entries (after %1) are missing.").arg(lastId));

    for (const QString &entity : entities()) {
        QHash<qint64, QString> logged = latest.value(entity);
        Statement ids(db, QStringLiteral("SELECT id FROM %1 ORDER BY id").arg(entity));
        if (!ids.exec())
            return Result<QStringList>::failure(ids.errorMessage());
        QList<qint64> present;
        while (ids.next())
            present.append(ids.value(0).toLongLong());
        for (const qint64 id : present) {
            const auto digest = entityDigest(db, entity, id);
            if (!digest)
                return Result<QStringList>::failure(digest.error());
            const auto it = logged.constFind(id);
            if (it == logged.cend() || it->isEmpty())
                problems.append(tr("%1 %2 is not in the audit log: it was written outside Pykälä.").arg(entity).arg(id));
            else if (*it != *digest)
                problems.append(tr("%1 %2 differs from its last audited value: it was changed outside Pykälä.")
                                    .arg(entity)
                                    .arg(id));
            logged.remove(id);
        }
        for (auto it = logged.cbegin(); it != logged.cend(); ++it) {
            if (!it->isEmpty())
                problems.append(tr("%1 %2 is missing: it was deleted outside Pykälä.").arg(entity).arg(it.key()));
        }
    }
    if (entries)
        *entries = count;
    return problems;
}

} // namespace AuditLog

