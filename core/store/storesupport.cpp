#include "storesupport.h"

#include <QCryptographicHash>
#include "connection.h"
#include "storeengine.h"
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

const QString &meetingsNewestFirstSql()
{
    static const QString sql = QStringLiteral("SELECT id, body_id, year FROM meeting ORDER BY planned_start DESC, id DESC");
    return sql;
}

const QString &itemPlacesSql()
{
    // From the index of (meeting, position), not the items' texts.
    static const QString sql = QStringLiteral("SELECT id, meeting_id, position FROM agenda_item");
    return sql;
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

QString nextPositionSql(const QString &table, const QString &owner)
{
    return QStringLiteral("SELECT coalesce(max(position), 0) + 1 FROM %1 WHERE %2 = ?").arg(table, owner);
}

Result<int> nextPositionOf(Statement &last)
{
    if (!last.next())
        return Failure{last.errorMessage()};
    return last.value(0).toInt();
}

Result<int> nextPosition(const Connection &db, const QString &table, const QString &owner, qint64 ownerId)
{
    Statement last(db, nextPositionSql(table, owner), {ownerId});
    if (!last.exec())
        return Failure{last.errorMessage()};
    return nextPositionOf(last);
}

ReadSnapshot::ReadSnapshot(const Connection &db, bool begin)
    : m_db(db)
{
    if (!begin)
        return;
    Statement statement(db, db.engine().beginRead());
    m_open = statement.exec();
    if (!m_open)
        m_error = statement.errorMessage();
}

ReadSnapshot::~ReadSnapshot()
{
    if (m_open)
        Statement(m_db, QStringLiteral("COMMIT")).exec();
}

KeptSql::KeptSql(QString text)
    : m_text(std::move(text))
    , m_view(QString::fromRawData(m_text.constData(), m_text.size()))
{
}

FilteredSql::FilteredSql(const QStringList &conditions, const std::function<QString(const QString &where)> &make)
{
    const unsigned sets = 1u << conditions.size();
    m_texts.reserve(sets);
    for (unsigned given = 0; given < sets; ++given) {
        QStringList kept;
        for (qsizetype i = 0; i < conditions.size(); ++i) {
            if (given & (1u << i))
                kept.append(conditions.at(i));
        }
        m_texts.push_back(std::make_unique<const KeptSql>(make(kept.isEmpty() ? QStringLiteral("TRUE")
                                                                             : kept.join(QStringLiteral(" AND ")))));
    }
}

namespace {

using Name = TableSql::Name;

// The names of the columns that pass `which`, each as `text` writes it,
// separated by commas.
template<typename Which, typename Text>
QString joined(const std::vector<Name> &columns, Which which, Text text)
{
    QStringList parts;
    for (const Name &column : columns) {
        if (which(column))
            parts.append(text(QLatin1String(column.name)));
    }
    return parts.join(QStringLiteral(", "));
}

bool isWritten(const Name &column)
{
    return column.written;
}

bool isChanged(const Name &column)
{
    return column.written && !(column.use & Fixed);
}

QString insertSql(const QString &table, const std::vector<Name> &columns)
{
    return QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
        .arg(table, joined(columns, isWritten, [](const QString &name) { return name; }),
             joined(columns, isWritten, [](const QString &) { return QStringLiteral("?"); }));
}

} // namespace

TableSql::TableSql(const char *table, const std::vector<Name> &columns)
    : m_table(QLatin1String(table))
    , m_columns(columns)
    , m_insert(insertSql(m_table, columns))
    , m_update(QStringLiteral("UPDATE %1 SET %2 WHERE id = ?")
                   .arg(m_table, joined(columns, isChanged, [](const QString &name) {
                            return name + QStringLiteral(" = ?");
                        })))
    , m_upsert(insertSql(m_table, columns) + QStringLiteral(" ON CONFLICT (id) DO UPDATE SET ")
               + joined(columns, isChanged, [](const QString &name) {
                     return name + QStringLiteral(" = excluded.") + name;
                 }))
{
}

QString TableSql::select(const QString &rest, bool withRequested) const
{
    QStringList list;
    for (const Name &column : m_columns)
        list.append(withRequested || !(column.use & OnRequest) ? QLatin1String(column.name) : QLatin1String("NULL"));
    return QStringLiteral("SELECT %1 FROM %2 %3").arg(list.join(QStringLiteral(", ")), m_table, rest);
}

} // namespace StoreSupport
