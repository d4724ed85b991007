#include "shortcutsdialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QSet>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {

// "&Open Store…" as a person reads it: "Open Store…".
QString plainText(QString text)
{
    text.replace(QStringLiteral("&&"), QStringLiteral("\x01"));
    text.remove(QLatin1Char('&'));
    text.replace(QStringLiteral("\x01"), QStringLiteral("&"));
    return text;
}

} // namespace

ShortcutsDialog::ShortcutsDialog(const QList<Group> &groups, QWidget *parent)
    : QDialog(parent)
    , m_list(new QTreeWidget)
{
    setWindowTitle(tr("Keyboard Shortcuts"));
    m_list->setColumnCount(2);
    m_list->setHeaderLabels({tr("Action"), tr("Keys")});
    m_list->setAccessibleName(tr("Keyboard shortcuts"));
    m_list->setRootIsDecorated(false);
    m_list->setAlternatingRowColors(true);
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_list->header()->setStretchLastSection(false);
    for (const Group &group : groups) {
        auto *heading = new QTreeWidgetItem({group.title});
        QFont bold = heading->font(0);
        bold.setBold(true);
        heading->setFont(0, bold);
        heading->setFirstColumnSpanned(true);
        heading->setFlags(Qt::ItemIsEnabled);
        QSet<QString> listed;
        for (const QAction *action : group.actions) {
            const QString text = plainText(action->text());
            const QString keys = keysOf(action);
            if (text.isEmpty() || keys.isEmpty() || listed.contains(text + keys))
                continue;
            listed.insert(text + keys);
            auto *row = new QTreeWidgetItem(heading, {text, keys});
            row->setData(0, Qt::AccessibleTextRole, tr("%1: %2").arg(text, keys));
        }
        if (heading->childCount() == 0) {
            delete heading;
            continue;
        }
        m_list->addTopLevelItem(heading);
        heading->setExpanded(true);
        m_list->setFirstColumnSpanned(m_list->topLevelItemCount() - 1, {}, true);
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
    resize(560, 640);
}

QString ShortcutsDialog::keysOf(const QAction *action)
{
    QStringList keys;
    const QList<QKeySequence> shortcuts = action->shortcuts();
    for (const QKeySequence &key : shortcuts) {
        if (!key.isEmpty())
            keys.append(key.toString(QKeySequence::NativeText));
    }
    return keys.join(QStringLiteral(", "));
}
