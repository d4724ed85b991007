#pragma once

// What the files of Store share, and nothing outside the store needs: reading
// rows, and the codes and dates as the store keeps them.

#include "statement.h"

#include "model/codes.h"
#include "model/result.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QVariant>

#include <optional>

class QSqlDatabase;

namespace StoreSupport {

// ---------------------------------------------------------------------------
// Values as the store keeps them

// Ids as a JSON array, for `IN (SELECT value FROM json_each(?))`: one
// statement for any number of them.
QString jsonIds(const QList<qint64> &ids);

QVariant isoDate(const QDate &date);
QVariant isoDateTime(const QDateTime &dateTime);
QDate parseDate(const QVariant &value);
QDateTime parseDateTime(const QVariant &value);
QString sha256Hex(const QByteArray &data);

// A language that may be unset: its code, or empty.
QString languageCode(const std::optional<Language> &language);

template<typename Enum>
Enum parseCode(const QVariant &value, Enum fallback)
{
    return Codes::parse<Enum>(value.toString()).value_or(fallback);
}

// ---------------------------------------------------------------------------
// Reading rows

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

template<typename T, typename Reader>
Result<QList<T>> readAll(Statement &query, Reader reader)
{
    if (!query.exec())
        return Failure{query.errorMessage()};
    QList<T> result;
    while (query.next())
        result.append(reader(query));
    return result;
}

template<typename T, typename Reader>
Result<std::optional<T>> readOne(Statement &query, Reader reader)
{
    if (!query.exec())
        return Failure{query.errorMessage()};
    if (!query.next())
        return std::optional<T>();
    return std::optional<T>(reader(query));
}

// The next free position among the rows of `table` that belong to one
// owner (an item's attachments, a meeting's items or invitees). The table
// and column come from the store's own code, never from input.
Result<int> nextPosition(const QSqlDatabase &db, const QString &table, const QString &owner, qint64 ownerId);

} // namespace StoreSupport
