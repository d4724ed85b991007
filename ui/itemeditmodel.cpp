#include "itemeditmodel.h"

#include "store/store.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QMimeDatabase>
#include <QTimer>
#include <QUndoCommand>
#include <QUndoStack>

#include <algorithm>
#include <memory>

namespace {

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

ItemEditModel::ItemEditModel(Store &store, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_undo(new QUndoStack(this))
    , m_saveTimer(new QTimer(this))
{
    m_saveTimer->setSingleShot(true);
    m_saveTimer->setInterval(autosaveDelayMs);
    connect(m_saveTimer, &QTimer::timeout, this, &ItemEditModel::saveNow);
}

ItemEditModel::~ItemEditModel()
{
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
    const auto minutes = m_store.signedMinutes(item->value().meetingId);
    if (!minutes) {
        *error = minutes.error();
        return false;
    }
    m_readOnlyReason = minutes->has_value()
                           ? tr("The minutes of this meeting are signed: the item can no longer change. A mistake is "
                                "put right with a correction (oikaisu).")
                           : QString();
    m_undo->clear();
    m_handles.clear();
    m_item = item->value();
    reloadAttachments();
    setSaveState(SaveState::Saved);
    emit itemChanged();
    return true;
}

void ItemEditModel::clear()
{
    saveNow();
    m_undo->clear();
    m_item = AgendaItem{};
    m_attachments.clear();
    m_readOnlyReason.clear();
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
    setSaveState(SaveState::Pending);
    m_saveTimer->start();
}

bool ItemEditModel::saveNow()
{
    m_saveTimer->stop();
    if (m_saveState == SaveState::Saved || !isLoaded())
        return true;
    // Only what the editor edits: the item's place, § number, proceedings
    // and recipients are the store's as they are now (the meeting's record
    // may have changed them meanwhile).
    Store::Transaction transaction(m_store);
    const auto stored = m_store.agendaItem(m_item.id);
    if (!transaction.ok() || !stored || !stored->has_value()) {
        setSaveState(SaveState::Failed, !transaction.ok() ? transaction.error()
                                        : !stored         ? stored.error()
                                                          : tr("The item is no longer in the store."));
        return false;
    }
    AgendaItem item = stored->value();
    item.title = m_item.title;
    item.caseReference = m_item.caseReference;
    item.taskClass = m_item.taskClass;
    item.preparers = m_item.preparers;
    item.presenterPersonId = m_item.presenterPersonId;
    item.background = m_item.background;
    item.proposal = m_item.proposal;
    item.decision = m_item.decision;
    item.publicity = m_item.publicity;
    item.confidentialityBasis = m_item.confidentialityBasis;
    item.appealKind = m_item.appealKind;
    item.language = m_item.language;
    const auto saved = m_store.updateAgendaItem(item);
    const auto committed = saved ? transaction.commit() : Status(Failure{saved.error()});
    if (!committed) {
        setSaveState(SaveState::Failed, committed.error());
        return false;
    }
    setSaveState(SaveState::Saved);
    return true;
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
