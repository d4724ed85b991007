#include "storesupport.h"

#include <QCryptographicHash>
#include <QSqlDatabase>
#include <QStringList>

namespace StoreSupport {

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

QString sha256Hex(const QByteArray &data)
{
    return QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
}

QString languageCode(const std::optional<Language> &language)
{
    return language ? Codes::code(*language) : QString();
}

Result<int> nextPosition(const QSqlDatabase &db, const QString &table, const QString &owner, qint64 ownerId)
{
    Statement last(db, QStringLiteral("SELECT coalesce(max(position), 0) + 1 FROM %1 WHERE %2 = ?").arg(table, owner),
                   {ownerId});
    if (!last.exec() || !last.next())
        return Failure{last.errorMessage()};
    return last.value(0).toInt();
}

} // namespace StoreSupport
