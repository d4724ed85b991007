#pragma once

#include "model/agendaitem.h"
#include "model/attachment.h"
#include "model/result.h"

#include <QObject>

#include <functional>
#include <memory>
#include <optional>

class QTimer;
class QUndoStack;
class Store;

// The agenda item being edited, between the editor's widgets and the store.
//
// Every edit goes through here as a command on the undo stack: changes of
// the item's fields as snapshots of the item (consecutive typing in one
// field merges into one command), attachments added, removed or given
// another publicity as store operations that undo themselves. The item is
// saved to the store `autosaveDelayMs` after the last change, and at once by
// `saveNow` (when another item is opened, or the window closes); what the
// editor shows as saved is in the store, durably.
//
// The item may change elsewhere meanwhile (another process, another window
// of the client). Each field is compared with what this model last read or
// wrote: a field changed only elsewhere is taken in, a field changed only
// here is saved, and a field changed in both places is a conflict — the text
// here is kept and nothing is saved until keepMine() or takeTheirs(). A save
// never writes over a change it has not seen.
class ItemEditModel : public QObject
{
    Q_OBJECT

public:
    static constexpr int autosaveDelayMs = 1000;
    // Typing in one field within this time is one undo step.
    static constexpr int mergeWindowMs = 1500;

    // Conflict: a field changed both here and elsewhere (see conflicts()).
    enum class SaveState { Saved, Pending, Failed, Conflict };
    // What followStore() found.
    enum class Elsewhere { Unchanged, TakenIn, Conflict, Removed };

    explicit ItemEditModel(Store &store, QObject *parent = nullptr);
    ~ItemEditModel() override;

    // Saves the item being edited, then loads another; false (with the
    // reason in `error`) when either fails, the current item staying.
    bool load(qint64 itemId, QString *error);
    void clear();
    bool isLoaded() const { return m_item.id != 0; }

    const AgendaItem &item() const { return m_item; }
    // Why the item cannot be changed (its minutes are signed); empty when it can.
    QString readOnlyReason() const { return m_readOnlyReason; }
    QUndoStack *undoStack() const { return m_undo; }

    // Applies `change` to the item as one undoable step named `text`.
    // Consecutive edits with the same non-empty `mergeKey` merge.
    void edit(const QString &text, const std::function<void(AgendaItem &)> &change, const QString &mergeKey = {});

    // Attachments, kept in the store at once; each an undoable step.
    const QList<Attachment> &attachments() const { return m_attachments; }
    bool addAttachment(const QString &filePath, QString *error);
    bool removeAttachment(qint64 attachmentId, QString *error);
    bool setAttachmentPublicity(qint64 attachmentId, Publicity publicity, const QString &basis, QString *error);
    // An attachment with its content.
    std::optional<Attachment> attachmentContent(qint64 attachmentId, QString *error) const;

    SaveState saveState() const { return m_saveState; }
    QString saveError() const { return m_saveError; }
    // Saves now when anything is pending; false when the store refuses or
    // the item is in conflict.
    bool saveNow();
    // Why saving after a pause waits for more (a confidential item with no
    // legal basis yet): the store would refuse it while the user is still
    // filling it in. Leaving the item or saving now is refused with the
    // store's reason instead. Empty when nothing is missing.
    QString waitingFor() const;
    // Whether the item has changes not yet in the store.
    bool hasUnsavedChanges() const { return m_saveState != SaveState::Saved; }

    // Reads the item again, after the store may have been changed elsewhere.
    // Fields changed there and not here are taken in (changedElsewhere), as
    // are the attachments and whether the item may change; the undo history,
    // which no longer describes the item, then starts anew. Fields changed in
    // both places put the item in conflict. An item removed elsewhere with
    // nothing unsaved here is left as it was for the caller to close.
    Elsewhere followStore();
    // The names of the fields changed both here and elsewhere; while there
    // are any, the text here is kept and nothing is saved.
    QStringList conflicts() const;
    // The item was removed elsewhere while it had unsaved changes here.
    bool removedElsewhere() const { return m_removed; }
    // Ends a conflict: keepMine saves the text here over the change made
    // elsewhere; takeTheirs shows the stored text instead, as one undoable
    // step, so that undo brings the text here back.
    bool keepMine();
    void takeTheirs();
    // Drops what is unsaved and clears the model (an item removed elsewhere).
    void discard();

    // For the commands.
    void apply(const AgendaItem &item);
    Store &store() const { return m_store; }
    void reloadAttachments();
    void reportError(const QString &message);
    // Commands name an attachment through a handle that follows its id.
    using AttachmentHandle = std::shared_ptr<qint64>;

signals:
    // The item changed: by an edit, undo or redo, or another item loaded.
    void itemChanged();
    void attachmentsChanged();
    void saveStateChanged();
    void errorOccurred(const QString &message);
    // Fields changed elsewhere were taken into the item (their names;
    // "Attachments" among them); `keptUnsaved` when the item had unsaved
    // changes of its own, which stay.
    void changedElsewhere(const QStringList &fields, bool keptUnsaved);
    // conflicts() or removedElsewhere() changed.
    void conflictChanged();

private:
    struct Merge;
    void scheduleSave();
    // The save a pause after the last change makes, unless waitingFor().
    void autosave();
    void setSaveState(SaveState state, const QString &error = {});
    // The item here merged with the stored one, field by field.
    Merge merge(const AgendaItem &stored) const;
    // Takes a merge's fields into the item and notes its conflicts.
    void takeIn(const Merge &merged);
    void setConflicts(const QStringList &keys);
    void setRemoved(bool removed);
    Result<QString> readOnlyReasonFor(qint64 meetingId) const;

    Store &m_store;
    AgendaItem m_item;
    // What the item here and the stored item were when they were last in
    // step: a field that differs from the first was changed here, one whose
    // stored value differs from the second was changed elsewhere.
    AgendaItem m_mineSynced;
    AgendaItem m_storeSynced;
    QStringList m_conflicts; // keys of the fields in conflict
    bool m_removed = false;
    QList<Attachment> m_attachments;
    QString m_readOnlyReason;
    QUndoStack *m_undo;
    QTimer *m_saveTimer;
    SaveState m_saveState = SaveState::Saved;
    QString m_saveError;
    QString m_lastFailure; // of the last store operation a command made
    QList<AttachmentHandle> m_handles;

    AttachmentHandle handleFor(qint64 attachmentId);
};
