#pragma once

#include <QDialog>

class QAction;
class QTreeWidget;

// Every keyboard shortcut of the windows, read from their actions — the
// keys the actions answer to, so that the list cannot differ from them —
// grouped by where they work.
class ShortcutsDialog : public QDialog
{
    Q_OBJECT

public:
    struct Group
    {
        QString title;            // where the keys work: "Menus", "Item editor"…
        QList<QAction *> actions; // those without a shortcut or text are left out
    };

    explicit ShortcutsDialog(const QList<Group> &groups, QWidget *parent = nullptr);

    QTreeWidget *list() const { return m_list; }
    // The keys of an action as the list shows them, "Ctrl+Z, Alt+Backspace".
    static QString keysOf(const QAction *action);

private:
    QTreeWidget *m_list;
};
