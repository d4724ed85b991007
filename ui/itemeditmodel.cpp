#include "itemeditmodel.h"

#include "store/store.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QMimeDatabase>
#include <QTimer>
#include <QUndoCommand>
#include <QUndoStack>

#include <algorithm>
#include <memory>
#include <optional>

namespace {

// The fields the editor edits, each compared and taken on its own. The rest
// of an item (its place, § number, proceedings and recipients) is the
// store's, whatever the editor holds.
struct EditedField
{
    QString key;
    QString name; // for people
    std::function<bool(const AgendaItem &, const AgendaItem &)> same;
    std::function<void(AgendaItem &to, const AgendaItem &from)> copy;
};

bool sameValue(const QList<Preparer> &a, const QList<Preparer> &b)
{
    return std::equal(a.cbegin(), a.cend(), b.cbegin(), b.cend(), [](const Preparer &x, const Preparer &y) {
        return x.name == y.name && x.title == y.title && x.contact == y.contact;
    });
}

template<typename T>
bool sameValue(const T &a, const T &b)
{
    return a == b;
}

template<typename T>
EditedField field(const char *key, const QString &name, T AgendaItem::*member)
{
    return {QString::fromLatin1(key), name,
            [member](const AgendaItem &a, const AgendaItem &b) { return sameValue(a.*member, b.*member); },
            [member](AgendaItem &to, const AgendaItem &from) { to.*member = from.*member; }};
}

QList<EditedField> editedFields()
{
    return {field("title", ItemEditModel::tr("Title"), &AgendaItem::title),
            field("case", ItemEditModel::tr("Case reference"), &AgendaItem::caseReference),
            field("task-class", ItemEditModel::tr("Task class"), &AgendaItem::taskClass),
            field("preparers", ItemEditModel::tr("Preparers"), &AgendaItem::preparers),
            field("presenter", ItemEditModel::tr("Presenter"), &AgendaItem::presenterPersonId),
            field("background", ItemEditModel::tr("Background"), &AgendaItem::background),
            field("proposal", ItemEditModel::tr("Proposal"), &AgendaItem::proposal),
            field("decision", ItemEditModel::tr("Decision"), &AgendaItem::decision),
            field("publicity", ItemEditModel::tr("Publicity"), &AgendaItem::publicity),
            field("basis", ItemEditModel::tr("Legal basis"), &AgendaItem::confidentialityBasis),
            field("appeal", ItemEditModel::tr("Appeal instruction"), &AgendaItem::appealKind),
            field("language", ItemEditModel::tr("Language of the texts"), &AgendaItem::language)};
}

bool sameEditedFields(const AgendaItem &a, const AgendaItem &b)
{
    const QList<EditedField> fields = editedFields();
    return std::all_of(fields.cbegin(), fields.cend(), [&](const EditedField &edited) { return edited.same(a, b); });
}

bool sameAttachments(const QList<Attachment> &a, const QList<Attachment> &b)
{
    return std::equal(a.cbegin(), a.cend(), b.cbegin(), b.cend(), [](const Attachment &x, const Attachment &y) {
        return x.id == y.id && x.name == y.name && x.sha256 == y.sha256 && x.publicity == y.publicity
               && x.confidentialityBasis == y.confidentialityBasis && x.position == y.position;
    });
}

// A change of the item's fields: the item before and after.
class ItemChange : public QUndoCommand
{
public:
    ItemChange(ItemEditModel *model, const QString &text, AgendaItem before, AgendaItem after, QString mergeKey)
        : QUndoCommand(text)
        , m_model(model)
        , m_before(std::move(before))
        , m_after(std::move(after))
        , m_mergeKey(std::move(mergeKey))
    {
        m_last.start();
    }

    int id() const override { return 1; }
    void redo() override { m_model->apply(m_after); }
    void undo() override { m_model->apply(m_before); }

    bool mergeWith(const QUndoCommand *other) override
    {
        const auto *next = static_cast<const ItemChange *>(other);
        if (m_mergeKey.isEmpty() || next->m_mergeKey != m_mergeKey || m_last.elapsed() > ItemEditModel::mergeWindowMs)
            return false;
        m_after = next->m_after;
        m_last.start();
        return true;
    }

private:
    ItemEditModel *m_model;
    AgendaItem m_before;
    AgendaItem m_after;
    QString m_mergeKey;
    QElapsedTimer m_last;
};

// Attachments live in the store, not in the item: their commands change
// the store itself. An attachment removed and restored gets a new id, so
// commands name it through a shared handle.
using AttachmentHandle = ItemEditModel::AttachmentHandle;
class AttachmentAdded : public QUndoCommand
{
public:
    AttachmentAdded(ItemEditModel *model, Attachment attachment, AttachmentHandle handle)
        : QUndoCommand(QObject::tr("Add attachment %1").arg(attachment.name))
        , m_model(model)
        , m_attachment(std::move(attachment))
        , m_handle(std::move(handle))
    {
    }

    void redo() override
    {
        if (m_done) { // pushed after the first addition succeeded
            m_done = false;
            return;
        }
        const auto id = m_model->store().addAttachment(m_attachment);
        if (!id)
            return m_model->reportError(id.error());
        *m_handle = *id;
        m_model->reloadAttachments();
    }

    void undo() override
    {
        if (const auto removed = m_model->store().removeAttachment(*m_handle); !removed)
            return m_model->reportError(removed.error());
        m_model->reloadAttachments();
    }

    bool m_done = true;

private:
    ItemEditModel *m_model;
    Attachment m_attachment;
    AttachmentHandle m_handle;
};

class AttachmentRemoved : public QUndoCommand
{
public:
    AttachmentRemoved(ItemEditModel *model, Attachment attachment, AttachmentHandle handle)
        : QUndoCommand(QObject::tr("Remove attachment %1").arg(attachment.name))
        , m_model(model)
        , m_attachment(std::move(attachment))
        , m_handle(std::move(handle))
    {
    }

    void redo() override
    {
        if (const auto removed = m_model->store().removeAttachment(*m_handle); !removed) {
            setObsolete(true);
            return m_model->reportError(removed.error());
        }
        m_model->reloadAttachments();
    }

    void undo() override
    {
        Attachment restored = m_attachment;
        restored.id = 0;
        const auto id = m_model->store().addAttachment(restored);
        if (!id)
            return m_model->reportError(id.error());
        *m_handle = *id;
        m_model->reloadAttachments();
    }

private:
    ItemEditModel *m_model;
    Attachment m_attachment;
    AttachmentHandle m_handle;
};

class AttachmentPublicity : public QUndoCommand
{
public:
    AttachmentPublicity(ItemEditModel *model, Attachment before, Attachment after, AttachmentHandle handle)
        : QUndoCommand(QObject::tr("Change publicity of %1").arg(before.name))
        , m_model(model)
        , m_before(std::move(before))
        , m_after(std::move(after))
        , m_handle(std::move(handle))
    {
    }

    void redo() override { set(m_after); }
    void undo() override { set(m_before); }

private:
    void set(Attachment attachment)
    {
        attachment.id = *m_handle;
        if (const auto updated = m_model->store().updateAttachment(attachment); !updated) {
            setObsolete(true);
            return m_model->reportError(updated.error());
        }
        m_model->reloadAttachments();
    }

    ItemEditModel *m_model;
    Attachment m_before;
    Attachment m_after;
    AttachmentHandle m_handle;
};

} // namespace

// The item here merged with the stored one.
struct ItemEditModel::Merge
{
    AgendaItem item;        // the stored item with the fields edited here, and those taken in
    AgendaItem mineSynced;  // m_mineSynced after the merge
    AgendaItem storeSynced; // m_storeSynced after the merge
    QStringList taken;      // names of the fields taken in from the store
    QStringList conflicts;  // keys of the fields changed in both places
};

ItemEditModel::ItemEditModel(Store &store, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_undo(new QUndoStack(this))
    , m_saveTimer(new QTimer(this))
{
    m_saveTimer->setSingleShot(true);
    m_saveTimer->setInterval(autosaveDelayMs);
    connect(m_saveTimer, &QTimer::timeout, this, &ItemEditModel::autosave);
}

ItemEditModel::~ItemEditModel()
{
    // The editor around is being destroyed: nobody is told.
    blockSignals(true);
    saveNow();
}

bool ItemEditModel::load(qint64 itemId, QString *error)
{
    if (!saveNow()) {
        *error = tr("The item being edited could not be saved: %1").arg(m_saveError);
        return false;
    }
    const auto item = m_store.agendaItem(itemId);
    if (!item || !item->has_value()) {
        *error = item ? tr("There is no agenda item with id %1.").arg(itemId) : item.error();
        return false;
    }
    const auto readOnly = readOnlyReasonFor(item->value().meetingId);
    if (!readOnly) {
        *error = readOnly.error();
        return false;
    }
    m_readOnlyReason = *readOnly;
    m_undo->clear();
    m_handles.clear();
    m_item = item->value();
    m_mineSynced = m_item;
    m_storeSynced = m_item;
    setConflicts({});
    setRemoved(false);
    reloadAttachments();
    setSaveState(SaveState::Saved);
    emit itemChanged();
    return true;
}

Result<QString> ItemEditModel::readOnlyReasonFor(qint64 meetingId) const
{
    const auto minutes = m_store.signedMinutes(meetingId);
    if (!minutes)
        return Failure{minutes.error()};
    if (minutes->has_value())
        return tr("The minutes of this meeting are signed: the item can no longer change. A mistake is put right "
                  "with a correction (oikaisu).");
    // On a server, what the user's role may change.
    const auto meeting = m_store.meeting(meetingId);
    if (!meeting)
        return Failure{meeting.error()};
    return meeting->has_value() ? m_store.changeRefusal(meeting->value().bodyId) : Result<QString>(QString());
}

void ItemEditModel::clear()
{
    saveNow();
    m_undo->clear();
    m_item = AgendaItem{};
    m_mineSynced = m_item;
    m_storeSynced = m_item;
    m_attachments.clear();
    m_readOnlyReason.clear();
    setConflicts({});
    setRemoved(false);
    setSaveState(SaveState::Saved);
    emit itemChanged();
    emit attachmentsChanged();
}

void ItemEditModel::edit(const QString &text, const std::function<void(AgendaItem &)> &change, const QString &mergeKey)
{
    if (!isLoaded() || !m_readOnlyReason.isEmpty())
        return;
    AgendaItem after = m_item;
    change(after);
    m_undo->push(new ItemChange(this, text, m_item, after, mergeKey));
}

void ItemEditModel::apply(const AgendaItem &item)
{
    m_item = item;
    emit itemChanged();
    scheduleSave();
}

void ItemEditModel::scheduleSave()
{
    // In conflict, nothing is saved until the user chooses.
    if (!m_conflicts.isEmpty() || m_removed)
        return;
    setSaveState(SaveState::Pending);
    m_saveTimer->start();
}

QString ItemEditModel::waitingFor() const
{
    if (isLoaded() && m_item.publicity != Publicity::Public && m_item.confidentialityBasis.isEmpty())
        return tr("waiting for the legal basis");
    return {};
}

void ItemEditModel::autosave()
{
    if (!waitingFor().isEmpty()) {
        emit saveStateChanged(); // still pending: the editor says what it waits for
        return;
    }
    saveNow();
}

bool ItemEditModel::saveNow()
{
    m_saveTimer->stop();
    if (m_saveState == SaveState::Saved || !isLoaded())
        return true;
    if (!m_conflicts.isEmpty() || m_removed)
        return false; // the reason is in saveError()
    // Only what the editor edits: the item's place, § number, proceedings
    // and recipients are the store's as they are now (the meeting's record
    // may have changed them meanwhile). Read and written in one transaction,
    // so that nothing changes between.
    std::optional<Merge> merged;
    AgendaItem written;
    QString failure;
    {
        Store::Transaction transaction(m_store);
        const auto stored = m_store.agendaItem(m_item.id);
        if (!transaction.ok() || !stored || !stored->has_value()) {
            setSaveState(SaveState::Failed, !transaction.ok() ? transaction.error()
                                            : !stored         ? stored.error()
                                                              : tr("The item is no longer in the store."));
            return false;
        }
        merged = merge(stored->value());
        written = stored->value();
        if (merged->conflicts.isEmpty() && !sameEditedFields(merged->item, written)) {
            // Read back as the store keeps it (rich text sanitised), to tell
            // later changes by.
            const auto saved = m_store.updateAgendaItem(merged->item);
            const auto reread = saved ? m_store.agendaItem(m_item.id) : Result<std::optional<AgendaItem>>(Failure{saved.error()});
            const auto committed = !reread               ? Status(Failure{reread.error()})
                                   : !reread->has_value() ? Status::failure(tr("The item is no longer in the store."))
                                                          : transaction.commit();
            if (!committed)
                failure = committed.error();
            else
                written = reread->value();
        }
    } // a conflict or a failure rolls back: nothing was written
    if (!failure.isEmpty()) {
        setSaveState(SaveState::Failed, failure);
        return false;
    }
    takeIn(*merged);
    if (!merged->conflicts.isEmpty())
        return false;
    m_mineSynced = m_item;
    m_storeSynced = written;
    setSaveState(SaveState::Saved);
    return true;
}

ItemEditModel::Merge ItemEditModel::merge(const AgendaItem &stored) const
{
    Merge merged{stored, m_mineSynced, stored, {}, {}};
    for (const EditedField &edited : editedFields()) {
        if (edited.same(stored, m_storeSynced)) { // not changed elsewhere: as here
            edited.copy(merged.item, m_item);
        } else if (edited.same(m_item, m_mineSynced)) { // changed only elsewhere: taken in
            edited.copy(merged.mineSynced, stored);
            merged.taken << edited.name;
        } else if (edited.same(m_item, stored)) { // the same change in both places
            edited.copy(merged.mineSynced, m_item);
        } else { // changed in both: the text here stays, in conflict with the old one
            edited.copy(merged.item, m_item);
            edited.copy(merged.storeSynced, m_storeSynced);
            merged.conflicts << edited.key;
        }
    }
    return merged;
}

void ItemEditModel::takeIn(const Merge &merged)
{
    const bool keptUnsaved = !sameEditedFields(m_item, m_mineSynced);
    m_item = merged.item;
    m_mineSynced = merged.mineSynced;
    m_storeSynced = merged.storeSynced;
    if (!merged.taken.isEmpty()) {
        // The history describes an item that is no longer there: undoing a
        // step would quietly write back what was changed elsewhere.
        m_undo->clear();
        m_handles.clear();
        emit itemChanged();
        emit changedElsewhere(merged.taken, keptUnsaved);
    }
    setConflicts(merged.conflicts);
}

void ItemEditModel::setConflicts(const QStringList &keys)
{
    if (keys == m_conflicts)
        return;
    m_conflicts = keys;
    if (!keys.isEmpty()) {
        m_saveTimer->stop();
        setSaveState(SaveState::Conflict,
                     tr("It was changed elsewhere while you were editing it (%1). Keep your text or take the other "
                        "in the notice above the item.")
                         .arg(QLocale().createSeparatedList(conflicts())));
    } else if (m_saveState == SaveState::Conflict) {
        scheduleSave();
    }
    emit conflictChanged();
}

void ItemEditModel::setRemoved(bool removed)
{
    if (removed == m_removed)
        return;
    m_removed = removed;
    if (removed) {
        m_saveTimer->stop();
        setSaveState(SaveState::Failed, tr("The item was removed elsewhere: your changes cannot be saved."));
    }
    emit conflictChanged();
}

QStringList ItemEditModel::conflicts() const
{
    QStringList names;
    for (const EditedField &edited : editedFields()) {
        if (m_conflicts.contains(edited.key))
            names << edited.name;
    }
    return names;
}

ItemEditModel::Elsewhere ItemEditModel::followStore()
{
    if (!isLoaded())
        return Elsewhere::Unchanged;
    const auto stored = m_store.agendaItem(m_item.id);
    if (!stored)
        return Elsewhere::Unchanged; // a busy store: the next look finds it
    if (!stored->has_value()) {
        if (hasUnsavedChanges())
            setRemoved(true);
        return Elsewhere::Removed;
    }
    bool changed = false;
    // Minutes signed elsewhere: the item can no longer change.
    if (const auto readOnly = readOnlyReasonFor(m_item.meetingId); readOnly && *readOnly != m_readOnlyReason) {
        m_readOnlyReason = *readOnly;
        emit itemChanged();
        changed = true;
    }
    QStringList attachmentsTaken;
    if (const auto files = m_store.attachments(m_item.id); files && !sameAttachments(*files, m_attachments)) {
        m_attachments = *files;
        m_undo->clear(); // its attachment steps name what may no longer be there
        m_handles.clear();
        emit attachmentsChanged();
        attachmentsTaken << tr("Attachments");
    }
    const QStringList before = m_conflicts;
    const bool keptUnsaved = !sameEditedFields(m_item, m_mineSynced);
    const Merge merged = merge(stored->value());
    takeIn(merged);
    if (!attachmentsTaken.isEmpty() && merged.taken.isEmpty())
        emit changedElsewhere(attachmentsTaken, keptUnsaved);
    if (!m_conflicts.isEmpty() && m_conflicts != before)
        return Elsewhere::Conflict;
    return changed || !merged.taken.isEmpty() || !attachmentsTaken.isEmpty() ? Elsewhere::TakenIn
                                                                              : Elsewhere::Unchanged;
}

bool ItemEditModel::keepMine()
{
    if (m_conflicts.isEmpty())
        return saveNow();
    const auto stored = m_store.agendaItem(m_item.id);
    if (!stored || !stored->has_value()) {
        reportError(stored ? tr("The item is no longer in the store.") : stored.error());
        return false;
    }
    // The change made elsewhere becomes what the text here replaces.
    for (const EditedField &edited : editedFields()) {
        if (m_conflicts.contains(edited.key))
            edited.copy(m_storeSynced, stored->value());
    }
    setConflicts({}); // pending again
    return saveNow();
}

void ItemEditModel::takeTheirs()
{
    if (m_conflicts.isEmpty())
        return;
    const auto stored = m_store.agendaItem(m_item.id);
    if (!stored || !stored->has_value())
        return reportError(stored ? tr("The item is no longer in the store.") : stored.error());
    AgendaItem theirs = m_item;
    for (const EditedField &edited : editedFields()) {
        if (m_conflicts.contains(edited.key)) {
            edited.copy(theirs, stored->value());
            edited.copy(m_mineSynced, stored->value());
            edited.copy(m_storeSynced, stored->value());
        }
    }
    m_conflicts.clear();
    setSaveState(SaveState::Pending);
    emit conflictChanged();
    m_undo->push(new ItemChange(this, tr("Take the text changed elsewhere"), m_item, theirs, QString()));
}

void ItemEditModel::discard()
{
    m_saveTimer->stop();
    m_conflicts.clear();
    m_removed = false;
    setSaveState(SaveState::Saved);
    clear();
    emit conflictChanged();
}

void ItemEditModel::setSaveState(SaveState state, const QString &error)
{
    if (state == m_saveState && error == m_saveError)
        return;
    m_saveState = state;
    m_saveError = error;
    emit saveStateChanged();
}

void ItemEditModel::reloadAttachments()
{
    const auto files = m_store.attachments(m_item.id);
    if (!files)
        return reportError(files.error());
    m_attachments = *files;
    emit attachmentsChanged();
}

void ItemEditModel::reportError(const QString &message)
{
    m_lastFailure = message;
    emit errorOccurred(message);
}

bool ItemEditModel::addAttachment(const QString &filePath, QString *error)
{
    if (!isLoaded() || !m_readOnlyReason.isEmpty()) {
        *error = m_readOnlyReason;
        return false;
    }
    QFile file(filePath);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("%1 cannot be read: %2").arg(QFileInfo(filePath).fileName(), file.errorString());
        return false;
    }
    Attachment attachment;
    attachment.itemId = m_item.id;
    attachment.name = QFileInfo(filePath).fileName();
    attachment.content = file.readAll();
    attachment.mediaType = QMimeDatabase().mimeTypeForFileNameAndData(filePath, attachment.content).name();
    const auto id = m_store.addAttachment(attachment);
    if (!id) {
        *error = id.error();
        return false;
    }
    auto *command = new AttachmentAdded(this, attachment, handleFor(*id));
    m_undo->push(command);
    reloadAttachments();
    return true;
}

bool ItemEditModel::removeAttachment(qint64 attachmentId, QString *error)
{
    if (!m_readOnlyReason.isEmpty()) {
        *error = m_readOnlyReason;
        return false;
    }
    const auto attachment = attachmentContent(attachmentId, error);
    if (!attachment)
        return false;
    auto *command = new AttachmentRemoved(this, *attachment, handleFor(attachmentId));
    m_lastFailure.clear();
    m_undo->push(command); // removes it, or is dropped as obsolete
    if (!m_lastFailure.isEmpty()) {
        *error = m_lastFailure;
        return false;
    }
    return true;
}

bool ItemEditModel::setAttachmentPublicity(qint64 attachmentId, Publicity publicity, const QString &basis,
                                           QString *error)
{
    if (!m_readOnlyReason.isEmpty()) {
        *error = m_readOnlyReason;
        return false;
    }
    auto it = std::find_if(m_attachments.cbegin(), m_attachments.cend(),
                           [&](const Attachment &a) { return a.id == attachmentId; });
    if (it == m_attachments.cend()) {
        *error = tr("There is no attachment with id %1.").arg(attachmentId);
        return false;
    }
    Attachment after = *it;
    after.publicity = publicity;
    after.confidentialityBasis = LegalBasis::fromText(publicity == Publicity::Public ? QString() : basis);
    if (after.publicity == it->publicity && after.confidentialityBasis == it->confidentialityBasis)
        return true;
    m_lastFailure.clear();
    m_undo->push(new AttachmentPublicity(this, *it, after, handleFor(attachmentId)));
    if (!m_lastFailure.isEmpty()) {
        *error = m_lastFailure;
        return false;
    }
    return true;
}

ItemEditModel::AttachmentHandle ItemEditModel::handleFor(qint64 attachmentId)
{
    // One handle per attachment for all its commands: restored under a new
    // id, it is still the same attachment to each of them.
    for (const AttachmentHandle &handle : std::as_const(m_handles)) {
        if (*handle == attachmentId)
            return handle;
    }
    m_handles.append(std::make_shared<qint64>(attachmentId));
    return m_handles.last();
}

std::optional<Attachment> ItemEditModel::attachmentContent(qint64 attachmentId, QString *error) const
{
    const auto files = m_store.attachments(m_item.id, true);
    if (!files) {
        *error = files.error();
        return std::nullopt;
    }
    for (const Attachment &attachment : *files) {
        if (attachment.id == attachmentId)
            return attachment;
    }
    *error = tr("There is no attachment with id %1.").arg(attachmentId);
    return std::nullopt;
}
