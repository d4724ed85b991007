#include "store.h"

#include "auditlog.h"
#include "storesupport.h"
#include "text/richtext.h"

#include <QHash>
#include <QRegularExpression>
#include <QSqlDatabase>

#include <algorithm>

using namespace StoreSupport;

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
