#pragma once

#include "model/agendaitem.h"
#include "model/attachment.h"

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
class ItemEditModel : public QObject
{
    Q_OBJECT

public:
    static constexpr int autosaveDelayMs = 1000;
    // Typing in one field within this time is one undo step.
    static constexpr int mergeWindowMs = 1500;

    enum class SaveState { Saved, Pending, Failed };

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
    // Saves now when anything is pending; false when the store refuses.
    bool saveNow();

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

private:
    void scheduleSave();
    void setSaveState(SaveState state, const QString &error = {});

    Store &m_store;
    AgendaItem m_item;
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
