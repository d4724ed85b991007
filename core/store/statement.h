#pragma once

#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <initializer_list>

class QSqlDatabase;
class QSqlError;

// One prepared SQL statement with every parameter bound positionally. The one
// place where driver errors become messages for people.
class Statement
{
public:
    Statement(const QSqlDatabase &db, const QString &sql, std::initializer_list<QVariant> values = {});

    Statement &bind(const QVariant &value);

    // Executes; false with errorMessage() set when the driver failed.
    bool exec();
    bool next() { return m_query.next(); }
    QVariant value(int column) const { return m_query.value(column); }
    qint64 lastInsertId() const { return m_query.lastInsertId().toLongLong(); }
    QSqlQuery &query() { return m_query; }

    const QString &errorMessage() const { return m_error; }

private:
    QSqlQuery m_query;
    bool m_prepared = false;
    QString m_error;
};

// The store's message for a driver error: what went wrong and what to do.
QString describeSqlError(const QSqlError &error);

// The SQLite result code behind a driver error (primary code), or 0.
int sqliteCode(const QSqlError &error);

// QVariant helpers: the store keeps optional values as NULL (an invalid QVariant).
QVariant nullIfEmpty(const QString &text);
QVariant nullIfZero(qint64 id);
