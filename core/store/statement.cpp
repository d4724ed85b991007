#include "statement.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>

Statement::Statement(const QSqlDatabase &db, const QString &sql, std::initializer_list<QVariant> values)
    : m_query(db)
{
    m_prepared = m_query.prepare(sql);
    if (!m_prepared)
        m_error = describeSqlError(m_query.lastError());
    for (const QVariant &value : values)
        bind(value);
}

Statement &Statement::bind(const QVariant &value)
{
    // The driver binds a null QString as NULL. Only an invalid QVariant means
    // NULL here; text is text, even when empty.
    if (value.typeId() == QMetaType::QString && value.toString().isNull())
        m_query.addBindValue(QStringLiteral(""));
    else
        m_query.addBindValue(value);
    return *this;
}

bool Statement::exec()
{
    if (!m_prepared)
        return false;
    if (m_query.exec())
        return true;
    m_error = describeSqlError(m_query.lastError());
    return false;
}

int sqliteCode(const QSqlError &error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    return ok ? (code & 0xff) : 0;
}

QString describeSqlError(const QSqlError &error)
{
    const QString detail = error.databaseText().isEmpty() ? error.driverText() : error.databaseText();
    switch (sqliteCode(error)) {
    case 5:  // SQLITE_BUSY
    case 6:  // SQLITE_LOCKED
        return QCoreApplication::translate(
                   "Store", "The store is locked by another program. Close the other program or wait until it has "
                            "finished, then try again.");
    case 8:  // SQLITE_READONLY
        return QCoreApplication::translate("Store", "The store is read-only. Check the file's permissions.");
    case 10: // SQLITE_IOERR
        return QCoreApplication::translate("Store", "The store could not be read or written (%1). Check the disk.")
            .arg(detail);
    case 11: // SQLITE_CORRUPT
    case 26: // SQLITE_NOTADB
        return QCoreApplication::translate("Store", "The store is damaged (%1). Run 'pykala-cli check' and restore "
                                                    "the store from a backup.")
            .arg(detail);
    case 13: // SQLITE_FULL
        return QCoreApplication::translate("Store", "The disk is full. Free some space and try again.");
    case 19: // SQLITE_CONSTRAINT
        return QCoreApplication::translate("Store", "The change conflicts with the stored records (%1).").arg(detail);
    default:
        return QCoreApplication::translate("Store", "The store reported an error: %1").arg(detail);
    }
}

QVariant nullIfEmpty(const QString &text)
{
    return text.isEmpty() ? QVariant() : QVariant(text);
}

QVariant nullIfZero(qint64 id)
{
    return id == 0 ? QVariant() : QVariant(id);
}
