#pragma once

#include "model/meeting.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class Store;

// Saving an agenda item as a template of its body: the name it is chosen by
// (the item's title to begin with), and whether to replace the body's
// template of the same name, which is offered only when there is one.
class SaveTemplateDialog : public QDialog
{
    Q_OBJECT

public:
    SaveTemplateDialog(Store &store, qint64 itemId, QWidget *parent = nullptr);

    QLineEdit *nameEdit() const { return m_name; }
    QCheckBox *replaceBox() const { return m_replace; }
    QString error() const;
    // The template saved, once accepted.
    qint64 templateId() const { return m_templateId; }

    void accept() override;

private:
    void nameChanged();

    Store &m_store;
    qint64 m_itemId;
    QStringList m_taken;      // the names the body's templates have
    QLineEdit *m_name;
    QCheckBox *m_replace;
    QLabel *m_error;
    qint64 m_templateId = 0;
};

// The body's item templates for a meeting: each by name with what it holds,
// put on the agenda as a new item, renamed or removed.
class ItemTemplatesDialog : public QDialog
{
    Q_OBJECT

public:
    ItemTemplatesDialog(Store &store, const Meeting &meeting, QWidget *parent = nullptr);

    QListWidget *list() const { return m_list; }
    QPlainTextEdit *preview() const { return m_preview; }
    QPushButton *renameButton() const { return m_rename; }
    QPushButton *removeButton() const { return m_remove; }
    QString error() const;
    // The new item on the meeting's agenda, once accepted.
    qint64 addedItemId() const { return m_addedItemId; }

    // Renames the chosen template (tests call it with the name; the button
    // asks for one).
    bool rename(const QString &name);
    // Removes the chosen template, once `confirmed`.
    bool remove(bool confirmed);
    void accept() override;

private:
    void reload(qint64 chosen = 0);
    void showChosen();
    qint64 chosenId() const;

    Store &m_store;
    Meeting m_meeting;
    QListWidget *m_list;
    QPlainTextEdit *m_preview;
    QLabel *m_error;
    QPushButton *m_add = nullptr;
    QPushButton *m_rename;
    QPushButton *m_remove;
    qint64 m_addedItemId = 0;
};
