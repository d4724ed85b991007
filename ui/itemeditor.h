#pragma once

#include "itemeditmodel.h"

#include <QWidget>

class QFrame;
class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;
class QToolBar;
class RichTextEdit;
class Store;
struct AgendaItem;

// The agenda item editor: title, case reference, task class, preparers
// (picked from persons or typed), presenter, publicity with its legal
// basis, appeal instruction kind, the background, proposal and decision in
// the store's rich text with a toolbar for it (including marking personal
// data), and attachments with their publicity. Every edit is a step on the
// item's undo stack and reaches the store within a second or two.
class ItemEditor : public QWidget
{
    Q_OBJECT

public:
    explicit ItemEditor(Store &store, QWidget *parent = nullptr);
    ~ItemEditor() override;

    ItemEditModel *model() const { return m_model; }
    bool load(qint64 itemId, QString *error);
    // Saves what is pending; false (and the reason shown) when refused.
    bool save();
    // Shows what changed elsewhere in the item (see ItemEditModel::followStore)
    // and says so in a notice above it: unsaved text is never replaced, and
    // a field changed in both places asks whose text to keep.
    ItemEditModel::Elsewhere followStore();

    // Puts the cursor in the title with its text selected (a new item).
    void focusTitle();

    // For tests and the guide's screenshots.
    QLineEdit *titleEdit() const { return m_title; }
    QComboBox *publicityBox() const { return m_publicity; }
    QComboBox *basisBox() const { return m_basis; }
    QComboBox *attachmentBasisBox() const { return m_attachmentBasis; }
    QLabel *banner() const { return m_banner; }
    QLabel *saveStateLabel() const { return m_saveState; }
    RichTextEdit *backgroundEdit() const { return m_background; }
    RichTextEdit *proposalEdit() const { return m_proposal; }
    RichTextEdit *decisionEdit() const { return m_decision; }
    QAction *undoAction() const { return m_undoAction; }
    QAction *redoAction() const { return m_redoAction; }
    QAction *personalDataAction() const { return m_personalData; }
    QAction *saveAsTemplateAction() const { return m_saveAsTemplate; }
    QAction *sendToAction() const { return m_sendTo; }
    // The notice of changes made elsewhere, its text and its buttons.
    QFrame *changedNotice() const { return m_notice; }
    QLabel *changedNoticeText() const { return m_noticeText; }
    QPushButton *keepMineButton() const { return m_keepMine; }
    QPushButton *takeTheirsButton() const { return m_takeTheirs; }
    QPushButton *copyMineButton() const { return m_copyMine; }
    QLabel *noticeLabel() const { return m_noticeText; }
    QPushButton *closeItemButton() const { return m_closeItem; }

signals:
    // The user asked to see an attachment.
    void attachmentPreviewRequested(const QString &name, const QString &mediaType, const QByteArray &content);
    // The item was removed elsewhere and the user closed it.
    void closeRequested();
    // Send to… prepared the next body's item of the case.
    void itemPrepared(qint64 meetingId, qint64 itemId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void buildToolBar();
    void saveAsTemplate();
    void sendTo();
    QWidget *buildFields();
    QWidget *buildAttachments();
    void refresh();
    void refreshAttachments();
    void refreshSaveState();
    void refreshFormatActions();
    void reloadPersons();
    void setPreparers();
    void addPreparer();
    void attachmentSelected();
    void applyAttachmentPublicity();
    void addAttachment();
    void previewAttachment();
    void removeAttachment();
    void showError(const QString &message);
    enum class Notice { Info, Conflict, Removed };
    QWidget *buildNotice();
    // The item's text as it is here, onto the clipboard.
    void copyMyText();
    void showNotice(Notice kind, const QString &text);
    void conflictChanged();
    RichTextEdit *sectionEdit(const QString &name, const QString &mergeKey, QString AgendaItem::*field);
    void guardUndoKeys(QWidget *widget);

    Store &m_store;
    ItemEditModel *m_model;
    QToolBar *m_toolBar = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    QAction *m_bold = nullptr;
    QAction *m_italic = nullptr;
    QAction *m_subheading = nullptr;
    QAction *m_bullets = nullptr;
    QAction *m_numbers = nullptr;
    QAction *m_personalData = nullptr;
    QAction *m_saveAsTemplate = nullptr;
    QAction *m_sendTo = nullptr;
    QLabel *m_banner = nullptr;
    QFrame *m_notice = nullptr;
    QLabel *m_noticeIcon = nullptr;
    QLabel *m_noticeText = nullptr;
    QPushButton *m_keepMine = nullptr;
    QPushButton *m_takeTheirs = nullptr;
    QPushButton *m_copyMine = nullptr;
    QPushButton *m_closeItem = nullptr;
    QPushButton *m_dismiss = nullptr;
    Notice m_noticeKind = Notice::Info;
    QLabel *m_saveState = nullptr;
    QLineEdit *m_title = nullptr;
    QLineEdit *m_caseReference = nullptr;
    QLineEdit *m_taskClass = nullptr;
    QComboBox *m_presenter = nullptr;
    QTableWidget *m_preparers = nullptr;
    QComboBox *m_preparerPicker = nullptr;
    QComboBox *m_publicity = nullptr;
    QComboBox *m_basis = nullptr;
    QComboBox *m_appealKind = nullptr;
    QComboBox *m_language = nullptr;
    RichTextEdit *m_background = nullptr;
    RichTextEdit *m_proposal = nullptr;
    RichTextEdit *m_decision = nullptr;
    RichTextEdit *m_activeEdit = nullptr;
    QTableWidget *m_attachments = nullptr;
    QComboBox *m_attachmentPublicity = nullptr;
    QComboBox *m_attachmentBasis = nullptr;
    QPushButton *m_previewAttachment = nullptr;
    QPushButton *m_removeAttachment = nullptr;
    QList<QWidget *> m_editing; // disabled while the item is read-only
    bool m_refreshing = false;
    bool m_personsRead = false; // the presenter and preparer lists, filled when an item is first opened
    bool m_formatting = false; // a toolbar action is changing the text
};
