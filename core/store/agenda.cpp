// The agenda: a meeting's items with their preparers and extract
// recipients, their order, and their attachments.

#include "store.h"

#include "auditlog.h"
#include "storesupport.h"
#include "text/richtext.h"

#include <QHash>
#include <QRegularExpression>
#include "connection.h"
#include "storeengine.h"

#include <algorithm>

using namespace StoreSupport;

namespace {

// ---------------------------------------------------------------------------
// The tables

// An item's or attachment's place among its meeting's or item's, set when it
// is added: only moving and removing items change places
// (setAgendaPositions).
template<typename T>
Column<T> placeColumn()
{
    return {"position", [](const T &row) -> QVariant { return row.position; },
            [](T &row, const QVariant &value) { row.position = value.toInt(); }, Fixed};
}

const Table<AgendaItem> &itemTable()
{
    static const Table<AgendaItem> table("agenda_item", {
        idColumn<AgendaItem>(),
        {"meeting_id", [](auto &i) -> QVariant { return i.meetingId; },
         [](auto &i, auto &v) { i.meetingId = v.toLongLong(); }, Fixed},
        placeColumn<AgendaItem>(),
        {"section_number", [](auto &i) -> QVariant { return i.sectionNumber ? QVariant(*i.sectionNumber) : QVariant(); },
         [](auto &i, auto &v) { i.sectionNumber = v.isNull() ? std::nullopt : std::optional<int>(v.toInt()); }},
        {"title", [](auto &i) -> QVariant { return i.title.trimmed(); },
         [](auto &i, auto &v) { i.title = v.toString(); }},
        {"case_reference", [](auto &i) -> QVariant { return i.caseReference.trimmed(); },
         [](auto &i, auto &v) { i.caseReference = v.toString(); }},
        {"task_class", [](auto &i) -> QVariant { return i.taskClass.trimmed(); },
         [](auto &i, auto &v) { i.taskClass = v.toString(); }},
        {"presenter_person_id", [](auto &i) -> QVariant { return nullIfZero(i.presenterPersonId); },
         [](auto &i, auto &v) { i.presenterPersonId = v.toLongLong(); }},
        // The rich texts as sanitized() leaves them.
        {"background", [](auto &i) -> QVariant { return i.background; },
         [](auto &i, auto &v) { i.background = v.toString(); }},
        {"proposal", [](auto &i) -> QVariant { return i.proposal; },
         [](auto &i, auto &v) { i.proposal = v.toString(); }},
        {"decision", [](auto &i) -> QVariant { return i.decision; },
         [](auto &i, auto &v) { i.decision = v.toString(); }},
        publicityColumn<AgendaItem>(),
        confidentialityBasisColumn<AgendaItem>(),
        {"appeal_kind", [](auto &i) -> QVariant { return Codes::code(i.appealKind); },
         [](auto &i, auto &v) { i.appealKind = parseCode(v, AppealKind::Rectification); }},
        {"proceedings", [](auto &i) -> QVariant { return i.proceedings; },
         [](auto &i, auto &v) { i.proceedings = v.toString(); }},
        // NULL: the language of the body's documents.
        {"language", [](auto &i) -> QVariant { return i.language ? QVariant(Codes::code(*i.language)) : QVariant(); },
         [](auto &i, auto &v) { i.language = Codes::parse<Language>(v.toString()); }},
        // Its case, which the case register keeps (linkItemToCase).
        {"(SELECT c.case_id FROM item_case c WHERE c.id = agenda_item.id)", nullptr,
         [](auto &i, auto &v) { i.caseId = v.toLongLong(); }},
    });
    return table;
}

// A preparer or extract recipient as its table holds it: one of an item's,
// at its place in the item's list.
template<typename T>
struct ItemPart
{
    qint64 itemId = 0;
    int position = 0;
    T part;
};

// A part's columns: its item, its place in the item's list and its name,
// then its own.
template<typename T>
std::vector<Column<ItemPart<T>>> itemPartColumns(std::initializer_list<Column<ItemPart<T>>> own)
{
    std::vector<Column<ItemPart<T>>> columns{
        {"item_id", [](auto &p) -> QVariant { return p.itemId; },
         [](auto &p, auto &v) { p.itemId = v.toLongLong(); }},
        {"position", [](auto &p) -> QVariant { return p.position; },
         [](auto &p, auto &v) { p.position = v.toInt(); }},
        {"name", [](auto &p) -> QVariant { return p.part.name.trimmed(); },
         [](auto &p, auto &v) { p.part.name = v.toString(); }},
    };
    columns.insert(columns.end(), own);
    return columns;
}

const Table<ItemPart<Preparer>> &preparerTable()
{
    static const Table<ItemPart<Preparer>> table("preparer", itemPartColumns<Preparer>({
        {"title", [](auto &p) -> QVariant { return p.part.title.trimmed(); },
         [](auto &p, auto &v) { p.part.title = v.toString(); }},
        {"contact", [](auto &p) -> QVariant { return p.part.contact.trimmed(); },
         [](auto &p, auto &v) { p.part.contact = v.toString(); }},
    }));
    return table;
}

const Table<ItemPart<ExtractRecipient>> &recipientTable()
{
    static const Table<ItemPart<ExtractRecipient>> table("extract_recipient", itemPartColumns<ExtractRecipient>({
        {"address", [](auto &r) -> QVariant { return r.part.address.trimmed(); },
         [](auto &r, auto &v) { r.part.address = v.toString(); }},
        {"delivery", [](auto &r) -> QVariant { return Codes::code(r.part.delivery); },
         [](auto &r, auto &v) { r.part.delivery = parseCode(v, Delivery::Electronic); }},
    }));
    return table;
}

const Table<Attachment> &attachmentTable()
{
    // The name and publicity change; the file and where it belongs do not.
    static const Table<Attachment> table("attachment", {
        idColumn<Attachment>(),
        {"item_id", [](auto &a) -> QVariant { return a.itemId; },
         [](auto &a, auto &v) { a.itemId = v.toLongLong(); }, Fixed},
        placeColumn<Attachment>(),
        {"name", [](auto &a) -> QVariant { return a.name.trimmed(); },
         [](auto &a, auto &v) { a.name = v.toString(); }},
        {"media_type", [](auto &a) -> QVariant { return a.mediaType.trimmed(); },
         [](auto &a, auto &v) { a.mediaType = v.toString(); }, Fixed},
        // Size and digest are the store's own, computed from the content.
        {"size", [](auto &a) -> QVariant { return qint64(a.content.size()); },
         [](auto &a, auto &v) { a.size = v.toLongLong(); }, Fixed},
        {"sha256", [](auto &a) -> QVariant { return sha256Hex(a.content); },
         [](auto &a, auto &v) { a.sha256 = v.toString(); }, Fixed},
        publicityColumn<Attachment>(),
        confidentialityBasisColumn<Attachment>(),
        // An empty QByteArray binds as NULL; the column wants a blob.
        {"content",
         [](auto &a) -> QVariant { return a.content.isNull() ? QVariant(QByteArray("", 0)) : QVariant(a.content); },
         [](auto &a, auto &v) { a.content = v.toByteArray(); }, Fixed | OnRequest},
    });
    return table;
}

} // namespace

namespace StoreSupport {

AgendaItem sanitized(AgendaItem item)
{
    for (QString *text : {&item.background, &item.proposal, &item.proceedings, &item.decision})
        *text = RichText::sanitize(*text);
    return item;
}

QString itemProblem(const AgendaItem &item)
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

} // namespace StoreSupport

namespace {

// The preparers and recipients of a meeting's items, or of one item, in one
// statement: the two tables have the same shape (item, place, name and two
// texts), told apart by a last column. Bound to the meeting's or the item's
// id, and run with the items' own statement: one round trip to a server.
const QString &itemPartsSql(bool ofMeeting)
{
    static const auto bothParts = [](const QString &where) {
        return QStringLiteral("SELECT p.*, 0 AS part FROM (%1) p UNION ALL SELECT r.*, 1 FROM (%2) r "
                              "ORDER BY 6, 1, 2")
            .arg(preparerTable().select(where), recipientTable().select(where));
    };
    static const KeptSql meetingParts(
        bothParts(QStringLiteral("WHERE item_id IN (SELECT id FROM agenda_item WHERE meeting_id = ?)")));
    static const KeptSql itemParts(bothParts(QStringLiteral("WHERE item_id = ?")));
    return ofMeeting ? meetingParts : itemParts;
}

// Reads the items of `query` and their parts from `parts`, run together,
// each planned once for every meeting (a meeting's agenda is read again
// and again in a session's first minutes).
Result<QList<AgendaItem>> readItems(Statement &query, Statement &parts)
{
    if (const Statement *failed = Statement::execTogether({&query, &parts}, Statement::Planning::Once))
        return Failure{failed->errorMessage()};
    QList<AgendaItem> items;
    while (query.next())
        items.append(itemTable().read(query));
    QHash<qint64, AgendaItem *> byId;
    for (AgendaItem &item : items)
        byId.insert(item.id, &item);
    while (parts.next()) {
        if (parts.value(5).toInt() == 0) {
            ItemPart<Preparer> row = preparerTable().read(parts);
            if (AgendaItem *item = byId.value(row.itemId))
                item->preparers.append(std::move(row.part));
        } else {
            ItemPart<ExtractRecipient> row = recipientTable().read(parts);
            if (AgendaItem *item = byId.value(row.itemId))
                item->recipients.append(std::move(row.part));
        }
    }
    return items;
}

// What a save compares with the item as stored: whether it is in the same
// place on the same meeting's agenda, and its case reference and case.
struct StoredItem
{
    bool keepsPlace = false;
    QString caseReference;
    qint64 caseId = 0;
};

Result<StoredItem> storedItem(const Connection &db, const AgendaItem &item)
{
    Statement stored(db, QStringLiteral("SELECT i.meeting_id, i.position, i.case_reference, c.case_id FROM agenda_item i "
                                        "LEFT JOIN item_case c ON c.id = i.id WHERE i.id = ?"),
                     {item.id});
    if (!stored.exec() || !stored.next())
        return Failure{stored.errorMessage()};
    return StoredItem{stored.value(0).toLongLong() == item.meetingId && stored.value(1).toInt() == item.position,
                      stored.value(2).toString(), stored.integer(3)};
}

// The item an attachment belongs to.
Result<qint64> attachmentItem(const Connection &db, qint64 attachmentId)
{
    Statement owner(db, QStringLiteral("SELECT item_id FROM attachment WHERE id = ?"), {attachmentId});
    if (!owner.exec() || !owner.next())
        return Failure{owner.errorMessage()};
    return owner.value(0).toLongLong();
}

} // namespace

// ---------------------------------------------------------------------------
// Agenda items

Result<QList<AgendaItem>> Store::agendaItems(qint64 meetingId) const
{
    static const KeptSql sql(itemTable().select(QStringLiteral("WHERE meeting_id = ? ORDER BY position")));
    Statement query(database(), sql, {meetingId});
    Statement parts(database(), itemPartsSql(true), {meetingId, meetingId});
    return readItems(query, parts);
}

Result<QHash<qint64, int>> Store::agendaItemCounts(const MeetingFilter &filter) const
{
    // Kept to a body or a year, only its meetings' items are counted
    // (through the index of (meeting, position)); else every item is.
    static const KeptSql all(QStringLiteral("SELECT meeting_id, count(*) FROM agenda_item GROUP BY meeting_id"));
    static const FilteredSql some({QStringLiteral("m.body_id = ?"), QStringLiteral("m.year = ?")}, [](const QString &where) {
        return QStringLiteral("SELECT m.id, (SELECT count(*) FROM agenda_item i WHERE i.meeting_id = m.id) AS n "
                              "FROM meeting m WHERE %1").arg(where);
    });
    const unsigned given = bodyYearGiven(filter);
    Statement query(database(), given == 0 ? static_cast<const QString &>(all) : some(given));
    bindBodyYear(query, filter);
    if (!query.exec())
        return Failure{query.errorMessage()};
    QHash<qint64, int> counts;
    while (query.next()) {
        if (query.value(1).toInt() > 0)
            counts.insert(query.value(0).toLongLong(), query.value(1).toInt());
    }
    return counts;
}

Result<std::optional<AgendaItem>> Store::agendaItem(qint64 id) const
{
    static const KeptSql sql(itemTable().select(QStringLiteral("WHERE id = ?")));
    Statement query(database(), sql, {id});
    Statement parts(database(), itemPartsSql(false), {id, id});
    const auto items = readItems(query, parts);
    if (!items)
        return Failure{items.error()};
    if (items->isEmpty())
        return std::optional<AgendaItem>();
    return std::optional<AgendaItem>(items->first());
}

Status Store::writeItemChildren(const AgendaItem &item, bool replace)
{
    // Nothing of them is read back here: on a server they go with the
    // change's next round trip, and a refusal ends the change.
    const Connection &db = database();
    if (replace) { // a new item has none yet
        PYKALA_TRY(executeLater(QStringLiteral("DELETE FROM preparer WHERE item_id = ?"), {item.id}));
        PYKALA_TRY(executeLater(QStringLiteral("DELETE FROM extract_recipient WHERE item_id = ?"), {item.id}));
    }
    int position = 0;
    for (const Preparer &preparer : item.preparers)
        PYKALA_TRY(preparerTable().insertLater(db, {item.id, ++position, preparer}));
    position = 0;
    for (const ExtractRecipient &recipient : item.recipients)
        PYKALA_TRY(recipientTable().insertLater(db, {item.id, ++position, recipient}));
    return success();
}

Result<int> Store::lastAgendaPosition(qint64 meetingId) const
{
    const auto next = nextPosition(database(), itemTable().name(), QStringLiteral("meeting_id"), meetingId);
    if (!next)
        return Failure{next.error()};
    return *next - 1;
}

Result<qint64> Store::addAgendaItem(const AgendaItem &item)
{
    if (const QString problem = itemProblem(item); !problem.isEmpty())
        return Failure{problem};
    return insertAudited(itemTable().name(), [&]() -> Result<qint64> {
        // A cancelled meeting is not held: nothing more comes onto its
        // agenda. Its next place is read with it (one round trip to a server).
        static const KeptSql nextPlace(nextPositionSql(itemTable().name(), QStringLiteral("meeting_id")));
        Statement last(database(), nextPlace, {item.meetingId});
        const auto owner = meeting(item.meetingId, last);
        if (!owner) {
            return Failure{owner.error()};
        } else if (owner->has_value() && owner->value().state == MeetingState::Cancelled) {
            const auto reference = meetingReference(owner->value());
            return Failure{tr("Item \"%1\" cannot be added: meeting %2 is cancelled, and a cancelled meeting's agenda "
                              "stays as it was. Add the item to another meeting.")
                               .arg(item.title.trimmed(), reference ? *reference : QString::number(item.meetingId))};
        }
        AgendaItem stored = sanitized(item);
        PYKALA_TRY(resolveCase(stored, true));
        if (stored.position <= 0) {
            const auto position = nextPositionOf(last);
            if (!position)
                return Failure{position.error()};
            stored.position = *position;
        }
        const auto number = sectionNumberForNewItem(stored, *owner);
        if (!number)
            return Failure{number.error()};
        stored.sectionNumber = *number;
        const auto id = itemTable().insert(database(), stored, [&] {
            return tr("Item \"%1\" cannot be added: its meeting or presenter is not in the store, or position %2 is "
                      "taken.").arg(stored.title).arg(stored.position);
        });
        if (!id)
            return id;
        stored.id = *id;
        PYKALA_TRY(writeItemChildren(stored, false));
        if (stored.caseId != 0)
            PYKALA_TRY(linkItemToCase(stored.id, stored.caseId));
        PYKALA_TRY(reindexItem(stored.id));
        return id;
    });
}

Status Store::updateAgendaItem(const AgendaItem &item)
{
    if (const QString problem = itemProblem(item); !problem.isEmpty())
        return Failure{problem};
    return changeExisting(QStringLiteral("update"), itemTable().name(), item.id,
                          tr("There is no agenda item with id %1.").arg(item.id), [&]() -> Status {
                              const auto before = storedItem(database(), item);
                              if (!before)
                                  return Failure{before.error()};
                              if (!before->keepsPlace)
                                  return Failure{tr("Item \"%1\" was not saved: an item's place on the agenda "
                                                    "changes only by moving it, and its meeting does not change.")
                                                     .arg(item.title)};
                              PYKALA_TRY(checkSectionNumber(item));
                              AgendaItem stored = sanitized(item);
                              // A case reference written anew names the
                              // item's case (none, when it names none); an
                              // item whose reference stays keeps its link,
                              // so one taken out of its case stays out.
                              const bool rewritten = stored.caseReference.trimmed() != before->caseReference.trimmed()
                                                     && stored.caseId == before->caseId;
                              if (rewritten)
                                  stored.caseId = 0;
                              PYKALA_TRY(resolveCase(stored, rewritten));
                              PYKALA_TRY(itemTable().update(database(), stored));
                              PYKALA_TRY(writeItemChildren(stored, true));
                              // Its link, read above with its place, is
                              // written only when it changes.
                              if (stored.caseId != before->caseId)
                                  PYKALA_TRY(linkItemToCase(stored.id, stored.caseId));
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
                                  // Its search entry first: on a server a
                                  // secretary removes only entries of items
                                  // it may change, which the item tells.
                                  PYKALA_TRY(execute(database().engine().indexDelete(), {id}));
                                  PYKALA_TRY(linkItemToCase(id, 0));
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
    static const QString ofItem = QStringLiteral("WHERE item_id = ? ORDER BY position");
    static const KeptSql withFiles(attachmentTable().select(ofItem));
    static const KeptSql withoutFiles(attachmentTable().select(ofItem, false));
    Statement query(database(), withContent ? withFiles : withoutFiles, {itemId});
    return readAll(query, attachmentTable());
}

Result<qint64> Store::addAttachment(const Attachment &attachment)
{
    if (attachment.name.trimmed().isEmpty())
        return Failure{tr("An attachment needs a file name.")};
    static const QRegularExpression mediaTypePattern(QStringLiteral("^[A-Za-z0-9.+-]+/[A-Za-z0-9.+-]+( *;.*)?\\z"));
    if (!mediaTypePattern.match(attachment.mediaType.trimmed()).hasMatch())
        return Failure{tr("Attachment %1 needs a media type, such as application/pdf.").arg(attachment.name)};
    if (attachment.publicity != Publicity::Public && attachment.confidentialityBasis.isEmpty())
        return Failure{tr("Attachment %1 is confidential but names no legal basis.").arg(attachment.name)};
    return insertAudited(attachmentTable().name(), [&]() -> Result<qint64> {
        Attachment stored = attachment;
        PYKALA_TRY(placeLast(database(), stored, attachmentTable().name(), QStringLiteral("item_id"), stored.itemId));
        const auto id = attachmentTable().insert(database(), stored, [&] {
            return tr("Attachment %1 cannot be added: its item is not in the store, or position %2 is taken.")
                .arg(stored.name)
                .arg(stored.position);
        });
        if (!id)
            return id;
        PYKALA_TRY(reindexItem(stored.itemId));
        return id;
    });
}

Status Store::removeAttachment(qint64 id)
{
    return changeExisting(QStringLiteral("delete"), attachmentTable().name(), id,
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
    return changeExisting(QStringLiteral("update"), attachmentTable().name(), attachment.id,
                          tr("There is no attachment with id %1.").arg(attachment.id), [&]() -> Status {
                              PYKALA_TRY(attachmentTable().update(database(), attachment));
                              const auto itemId = attachmentItem(database(), attachment.id);
                              if (!itemId)
                                  return Failure{itemId.error()};
                              return reindexItem(*itemId);
                          });
}
