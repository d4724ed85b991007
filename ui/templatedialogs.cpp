#include "templatedialogs.h"

#include "dialogsupport.h"
#include "labels.h"

#include "procedure/itemtemplates.h"
#include "store/store.h"
#include "text/richtext.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

using DialogSupport::errorLabel;
using DialogSupport::showError;

// ---------------------------------------------------------------------------
// Saving an item as a template

SaveTemplateDialog::SaveTemplateDialog(Store &store, qint64 itemId, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_itemId(itemId)
    , m_name(new QLineEdit)
    , m_replace(new QCheckBox(tr("&Replace the template of this name")))
    , m_error(errorLabel())
{
    setWindowTitle(tr("Save as Template"));
    setMinimumWidth(460);
    QString bodyName;
    if (const auto item = store.agendaItem(itemId); item && item->has_value()) {
        m_name->setText(item->value().title);
        if (const auto meeting = store.meeting(item->value().meetingId); meeting && meeting->has_value()) {
            if (const auto body = store.body(meeting->value().bodyId); body && body->has_value())
                bodyName = body->value().name;
            if (const auto templates = store.itemTemplates(meeting->value().bodyId)) {
                for (const ItemTemplate &each : *templates)
                    m_taken << each.name;
            }
        }
    }
    auto *intro = new QLabel(tr("The template keeps the item's title, task class, preparers, presenter, background, "
                                "proposal, publicity, appeal instructions and recipients of extracts, for the "
                                "meetings of %1. Its case, decision and attachments stay with this item.")
                                 .arg(bodyName));
    intro->setWordWrap(true);
    m_name->setAccessibleName(tr("Template name"));
    m_name->selectAll();
    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(QString(), m_replace);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_name, &QLineEdit::textChanged, this, &SaveTemplateDialog::nameChanged);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    nameChanged();
}

void SaveTemplateDialog::nameChanged()
{
    // Replacing is offered only where there is something to replace.
    const bool taken = m_taken.contains(m_name->text().trimmed());
    m_replace->setEnabled(taken);
    if (!taken)
        m_replace->setChecked(false);
    showError(m_error, {});
}

QString SaveTemplateDialog::error() const
{
    return m_error->text();
}

void SaveTemplateDialog::accept()
{
    const auto saved = ItemTemplates::saveItem(m_store, m_itemId, m_name->text(), m_replace->isChecked());
    if (!saved) {
        // The hint only where replacing is what would help.
        const bool taken = m_taken.contains(m_name->text().trimmed()) && !m_replace->isChecked();
        return showError(m_error, taken ? tr("%1 Or tick \"Replace the template of this name\".").arg(saved.error())
                                        : saved.error());
    }
    m_templateId = *saved;
    QDialog::accept();
}

// ---------------------------------------------------------------------------
// The body's templates

ItemTemplatesDialog::ItemTemplatesDialog(Store &store, const Meeting &meeting, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_meeting(meeting)
    , m_list(new QListWidget)
    , m_preview(new QPlainTextEdit)
    , m_error(errorLabel())
    , m_rename(new QPushButton(tr("Re&name…")))
    , m_remove(new QPushButton(tr("Re&move")))
{
    QString bodyName;
    if (const auto body = store.body(meeting.bodyId); body && body->has_value())
        bodyName = body->value().name;
    setWindowTitle(tr("Item Templates of %1").arg(bodyName));
    resize(820, 440);
    auto *intro = new QLabel(tr("Recurring items kept for this body. Add to Agenda puts a new item made from the "
                                "chosen template last on the agenda. To make a template, open an item and choose "
                                "Save as Template."));
    intro->setWordWrap(true);
    m_list->setAccessibleName(tr("Item templates"));
    m_preview->setReadOnly(true);
    m_preview->setAccessibleName(tr("What the template holds"));
    auto *listLabel = new QLabel(tr("&Templates"));
    listLabel->setBuddy(m_list);
    auto *previewLabel = new QLabel(tr("&What it holds"));
    previewLabel->setBuddy(m_preview);
    auto *lists = new QHBoxLayout;
    auto *left = new QVBoxLayout;
    left->addWidget(listLabel);
    left->addWidget(m_list);
    auto *right = new QVBoxLayout;
    right->addWidget(previewLabel);
    right->addWidget(m_preview);
    lists->addLayout(left, 2);
    lists->addLayout(right, 3);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Close);
    m_add = buttons->button(QDialogButtonBox::Ok);
    m_add->setText(tr("&Add to Agenda"));
    buttons->addButton(m_rename, QDialogButtonBox::ActionRole);
    buttons->addButton(m_remove, QDialogButtonBox::ActionRole);
    m_rename->setToolTip(tr("Give the chosen template another name"));
    m_remove->setToolTip(tr("Remove the chosen template; items made from it stay as they are"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QListWidget::itemActivated, this, &QDialog::accept);
    connect(m_list, &QListWidget::currentRowChanged, this, &ItemTemplatesDialog::showChosen);
    connect(m_rename, &QPushButton::clicked, this, [this] {
        const QListWidgetItem *current = m_list->currentItem();
        if (!current)
            return;
        bool ok = false;
        const QString name = QInputDialog::getText(this, tr("Rename Template"), tr("&Name:"), QLineEdit::Normal,
                                                   current->data(Qt::UserRole + 1).toString(), &ok);
        if (ok)
            rename(name);
    });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        const QListWidgetItem *current = m_list->currentItem();
        if (!current)
            return;
        const bool confirmed =
            QMessageBox::question(this, tr("Remove Template"),
                                  tr("Remove the template \"%1\"? Items already made from it stay as they are.")
                                      .arg(current->data(Qt::UserRole + 1).toString()))
            == QMessageBox::Yes;
        remove(confirmed);
    });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(lists, 1);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    reload();
}

void ItemTemplatesDialog::reload(qint64 chosen)
{
    m_list->clear();
    const auto templates = m_store.itemTemplates(m_meeting.bodyId);
    if (!templates) {
        showError(m_error, templates.error());
    } else {
        for (const ItemTemplate &each : *templates) {
            auto *row = new QListWidgetItem(each.name == each.item.title
                                                ? each.name
                                                : tr("%1 — %2").arg(each.name, each.item.title),
                                            m_list);
            row->setData(Qt::UserRole, each.id);
            row->setData(Qt::UserRole + 1, each.name);
            if (each.id == chosen)
                m_list->setCurrentItem(row);
        }
        if (!m_list->currentItem() && m_list->count() > 0)
            m_list->setCurrentRow(0);
        if (templates->isEmpty())
            showError(m_error, tr("This body has no item templates yet. Open an item and choose Save as Template "
                                  "to make one."));
    }
    showChosen();
}

qint64 ItemTemplatesDialog::chosenId() const
{
    const QListWidgetItem *current = m_list->currentItem();
    return current ? current->data(Qt::UserRole).toLongLong() : 0;
}

void ItemTemplatesDialog::showChosen()
{
    const qint64 id = chosenId();
    for (QPushButton *button : {m_add, m_rename, m_remove})
        button->setEnabled(id != 0);
    if (!id) {
        m_preview->clear();
        return;
    }
    const auto found = m_store.itemTemplate(id);
    if (!found || !found->has_value()) {
        m_preview->clear();
        return;
    }
    const AgendaItem &item = found->value().item;
    QStringList lines{item.title};
    if (item.publicity != Publicity::Public)
        lines << tr("%1 (%2)").arg(Labels::publicity(item.publicity), item.confidentialityBasis.text);
    for (const Preparer &preparer : item.preparers)
        lines << tr("Preparer: %1").arg(QStringList{preparer.name, preparer.title}.join(QStringLiteral(", ")));
    for (const auto &[heading, text] : {std::pair{tr("Background"), item.background},
                                        std::pair{tr("Proposal"), item.proposal}}) {
        const QString plain = RichText::toPlainText(text).trimmed();
        if (!plain.isEmpty())
            lines << QString() << heading << plain;
    }
    m_preview->setPlainText(lines.join(u'\n'));
}

QString ItemTemplatesDialog::error() const
{
    return m_error->text();
}

bool ItemTemplatesDialog::rename(const QString &name)
{
    const qint64 id = chosenId();
    const auto found = m_store.itemTemplate(id);
    if (!found || !found->has_value()) {
        showError(m_error, found ? tr("Choose a template first.") : found.error());
        return false;
    }
    ItemTemplate renamed = found->value();
    renamed.name = name;
    if (const Status saved = m_store.updateItemTemplate(renamed); !saved) {
        showError(m_error, saved.error());
        return false;
    }
    showError(m_error, {});
    reload(id);
    return true;
}

bool ItemTemplatesDialog::remove(bool confirmed)
{
    const qint64 id = chosenId();
    if (!id || !confirmed)
        return false;
    if (const Status removed = m_store.removeItemTemplate(id); !removed) {
        showError(m_error, removed.error());
        return false;
    }
    showError(m_error, {});
    reload();
    return true;
}

void ItemTemplatesDialog::accept()
{
    const qint64 id = chosenId();
    if (!id)
        return showError(m_error, tr("Choose the template to add."));
    const auto added = ItemTemplates::addToMeeting(m_store, m_meeting.id, id);
    if (!added)
        return showError(m_error, added.error());
    m_addedItemId = *added;
    QDialog::accept();
}
