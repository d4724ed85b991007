#include "itemeditor.h"

#include "casedialogs.h"

#include "itemeditmodel.h"
#include "labels.h"
#include "richtextedit.h"
#include "templatedialogs.h"

#include "store/store.h"
#include "text/richtext.h"

#include <QAccessible>
#include <QClipboard>
#include <QGuiApplication>
#include <QMimeData>
#include <QTextDocument>
#include <QToolTip>
#include <QAction>
#include <QComboBox>
#include <QCompleter>
#include <QFileDialog>
#include <QFormLayout>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QStyle>
#include <QTableWidget>
#include <QTime>
#include <QToolBar>
#include <QUndoStack>
#include <QVBoxLayout>

namespace {

constexpr Publicity publicities[] = {Publicity::Public, Publicity::PartlyConfidential, Publicity::Confidential};
constexpr AppealKind appealKinds[] = {AppealKind::Rectification, AppealKind::MunicipalAppeal,
                                      AppealKind::AdministrativeAppeal, AppealKind::Procurement,
                                      AppealKind::NotAppealable};

void fillPublicity(QComboBox *box)
{
    for (const Publicity value : publicities)
        box->addItem(Labels::publicity(value), int(value));
}

// A legal basis typed or picked from the usual grounds, each shown with
// what it protects in the user's language; picking one puts the basis alone
// in the field (`picked` then follows).
QComboBox *legalBasisBox(const QString &accessibleName, const QString &placeholder)
{
    auto *box = new QComboBox;
    box->setEditable(true);
    box->setInsertPolicy(QComboBox::NoInsert);
    box->setCompleter(nullptr); // the descriptions are not part of a basis
    box->setAccessibleName(accessibleName);
    box->lineEdit()->setPlaceholderText(placeholder);
    box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    box->setMinimumContentsLength(18);
    const QLocale::Language ui = QLocale().language();
    for (const LegalBasis::Common &ground : LegalBasis::commonGrounds()) {
        const QString basis = ground.basis.toString(ui == QLocale::Swedish ? Language::Swedish : Language::Finnish);
        const QString what = ui == QLocale::Swedish ? ground.swedish : ui == QLocale::Finnish ? ground.finnish : ground.english;
        box->addItem(ItemEditor::tr("%1 — %2").arg(basis, what), basis);
    }
    box->setCurrentIndex(-1);
    box->clearEditText();
    QObject::connect(box, &QComboBox::activated, box, [box](int index) { box->setEditText(box->itemData(index).toString()); });
    return box;
}

void selectData(QComboBox *box, const QVariant &data)
{
    const int index = box->findData(data);
    if (box->currentIndex() != index)
        box->setCurrentIndex(index);
}

} // namespace

ItemEditor::ItemEditor(Store &store, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_model(new ItemEditModel(store, this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    buildToolBar();
    layout->addWidget(m_toolBar);

    m_banner = new QLabel;
    m_banner->setWordWrap(true);
    m_banner->setMargin(8);
    m_banner->setAccessibleName(tr("Notice"));
    m_banner->setStyleSheet(QStringLiteral("QLabel { background: #fdecea; color: #5f2120; border-bottom: 1px solid #e0b4b4; }"));
    m_banner->hide();
    layout->addWidget(m_banner);
    layout->addWidget(buildNotice());

    auto *content = new QWidget;
    auto *column = new QVBoxLayout(content);
    column->setContentsMargins(16, 12, 16, 16);
    column->addWidget(buildFields());
    m_background = sectionEdit(tr("Background"), QStringLiteral("background"), &AgendaItem::background);
    m_proposal = sectionEdit(tr("Proposal"), QStringLiteral("proposal"), &AgendaItem::proposal);
    m_decision = sectionEdit(tr("Decision"), QStringLiteral("decision"), &AgendaItem::decision);
    for (const auto &[heading, edit] : {std::pair{tr("&Background"), m_background},
                                        std::pair{tr("Pro&posal"), m_proposal},
                                        std::pair{tr("&Decision"), m_decision}}) {
        auto *label = new QLabel(heading);
        QFont font = label->font();
        font.setBold(true);
        label->setFont(font);
        label->setBuddy(edit);
        column->addSpacing(8);
        column->addWidget(label);
        column->addWidget(edit);
    }
    column->addSpacing(8);
    column->addWidget(buildAttachments());
    column->addStretch();

    auto *scroll = new QScrollArea;
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    layout->addWidget(scroll, 1);

    connect(m_model, &ItemEditModel::itemChanged, this, &ItemEditor::refresh);
    connect(m_model, &ItemEditModel::attachmentsChanged, this, &ItemEditor::refreshAttachments);
    connect(m_model, &ItemEditModel::saveStateChanged, this, &ItemEditor::refreshSaveState);
    connect(m_model, &ItemEditModel::errorOccurred, this, &ItemEditor::showError);
    connect(m_model, &ItemEditModel::conflictChanged, this, &ItemEditor::conflictChanged);
    connect(m_model, &ItemEditModel::changedElsewhere, this, [this](const QStringList &fields, bool keptUnsaved) {
        if (m_model->removedElsewhere() || !m_model->conflicts().isEmpty())
            return; // the notice asks about those
        const QString names = QLocale().createSeparatedList(fields);
        showNotice(Notice::Info, keptUnsaved ? tr("<b>This item was changed elsewhere</b> (%1). Those changes are "
                                                  "shown here; your unsaved changes are kept and will be saved.")
                                                   .arg(names.toHtmlEscaped())
                                             : tr("<b>This item was changed elsewhere</b> (%1) and is shown as it "
                                                  "is now.")
                                                   .arg(names.toHtmlEscaped()));
    });
    connect(&m_store, &Store::changed, this, [this] {
        // Persons may have been added elsewhere in the client.
        if (m_personsRead && m_presenter->count() <= 1)
            reloadPersons();
    });
    // The persons (thousands in a long archive) are read when the first
    // item is opened, not at start.
    refresh();
    refreshSaveState();
}

ItemEditor::~ItemEditor() = default;

void ItemEditor::buildToolBar()
{
    m_toolBar = new QToolBar(tr("Item editing"));
    m_toolBar->setAccessibleName(tr("Item editing"));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_undoAction = m_model->undoStack()->createUndoAction(this, tr("&Undo"));
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_redoAction = m_model->undoStack()->createRedoAction(this, tr("&Redo"));
    m_redoAction->setShortcut(QKeySequence::Redo);
    for (QAction *action : {m_undoAction, m_redoAction}) {
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(action);
        m_toolBar->addAction(action);
    }
    m_toolBar->addSeparator();
    auto format = [this](const QString &text, const QString &tip, const QKeySequence &key, auto apply) {
        QAction *action = m_toolBar->addAction(text);
        action->setToolTip(tip);
        action->setCheckable(true);
        action->setShortcut(key);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(action);
        connect(action, &QAction::triggered, this, [this, apply] {
            if (!m_activeEdit)
                return;
            // A change of format is a step of its own, never merged with typing.
            m_formatting = true;
            apply(m_activeEdit);
            m_formatting = false;
            m_activeEdit->setFocus();
            refreshFormatActions();
        });
        return action;
    };
    m_bold = format(tr("Bold"), tr("Bold text"), QKeySequence::Bold, [](RichTextEdit *e) { e->toggleBold(); });
    m_italic = format(tr("Italic"), tr("Italic text"), QKeySequence::Italic, [](RichTextEdit *e) { e->toggleItalic(); });
    m_subheading = format(tr("Subheading"), tr("Make the paragraph a subheading"), QKeySequence(tr("Ctrl+Alt+H")),
                          [](RichTextEdit *e) { e->toggleSubheading(); });
    m_bullets = format(tr("• List"), tr("Bulleted list"), QKeySequence(tr("Ctrl+Shift+8")),
                       [](RichTextEdit *e) { e->toggleList(false); });
    m_numbers = format(tr("1. List"), tr("Numbered list"), QKeySequence(tr("Ctrl+Shift+7")),
                       [](RichTextEdit *e) { e->toggleList(true); });
    m_toolBar->addSeparator();
    m_personalData = format(tr("Personal data"),
                            tr("Mark the selected text as personal data: published documents leave it out"),
                            QKeySequence(tr("Ctrl+Shift+P")), [](RichTextEdit *e) { e->togglePersonalData(); });
    m_toolBar->addSeparator();
    m_saveAsTemplate = m_toolBar->addAction(tr("Save as Template…"));
    m_saveAsTemplate->setToolTip(tr("Keep this item as a template of its body, for the meetings to come"));
    connect(m_saveAsTemplate, &QAction::triggered, this, &ItemEditor::saveAsTemplate);
    m_sendTo = m_toolBar->addAction(tr("Send to…"));
    m_sendTo->setToolTip(tr("Prepare the next body's item of this decision's case on a meeting to come, e.g. from "
                            "the board to the council"));
    connect(m_sendTo, &QAction::triggered, this, &ItemEditor::sendTo);
    auto *spacer = new QWidget;
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_toolBar->addWidget(spacer);
    m_saveState = new QLabel;
    m_saveState->setAccessibleName(tr("Save state"));
    m_saveState->setContentsMargins(8, 0, 8, 0);
    m_toolBar->addWidget(m_saveState);
}

QWidget *ItemEditor::buildNotice()
{
    // A bar above the item, never a dialog: the secretary finishes the
    // sentence first and then chooses.
    m_notice = new QFrame;
    m_notice->setObjectName(QStringLiteral("changedElsewhere"));
    m_notice->setAccessibleName(tr("Changed elsewhere"));
    auto *row = new QHBoxLayout(m_notice);
    row->setContentsMargins(12, 8, 12, 8);
    row->setSpacing(10);
    m_noticeIcon = new QLabel;
    m_noticeIcon->setAlignment(Qt::AlignTop);
    m_noticeText = new QLabel;
    m_noticeText->setWordWrap(true);
    m_noticeText->setTextFormat(Qt::RichText);
    m_noticeText->setAccessibleName(tr("Changed elsewhere"));
    m_noticeText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_keepMine = new QPushButton(tr("Keep &My Text"));
    m_keepMine->setToolTip(tr("Save your text over the change made elsewhere"));
    m_takeTheirs = new QPushButton(tr("Use the &Other Text"));
    m_takeTheirs->setToolTip(tr("Show the text as it was changed elsewhere; Undo brings yours back"));
    m_copyMine = new QPushButton(tr("&Copy My Text"));
    m_copyMine->setToolTip(tr("Copy the item's text as it is here to the clipboard, to keep it whichever text stays"));
    m_closeItem = new QPushButton(tr("Close &Item"));
    m_closeItem->setToolTip(tr("Close the removed item; its unsaved changes are lost"));
    m_dismiss = new QPushButton(tr("OK"));
    m_dismiss->setAccessibleName(tr("Dismiss the notice"));
    row->addWidget(m_noticeIcon);
    row->addWidget(m_noticeText, 1);
    for (QPushButton *button : {m_keepMine, m_takeTheirs, m_copyMine, m_closeItem, m_dismiss})
        row->addWidget(button, 0, Qt::AlignVCenter);
    connect(m_keepMine, &QPushButton::clicked, this, [this] {
        if (m_model->keepMine())
            m_notice->hide();
    });
    connect(m_takeTheirs, &QPushButton::clicked, this, [this] {
        m_model->takeTheirs();
        showNotice(Notice::Info, tr("The text changed elsewhere is shown. Undo (%1) brings yours back.")
                                     .arg(m_undoAction->shortcut().toString(QKeySequence::NativeText)));
    });
    connect(m_copyMine, &QPushButton::clicked, this, [this] {
        copyMyText();
        QToolTip::showText(m_copyMine->mapToGlobal(QPoint(0, m_copyMine->height())),
                           tr("Your text is on the clipboard."), m_copyMine);
    });
    connect(m_closeItem, &QPushButton::clicked, this, [this] {
        m_notice->hide();
        m_model->discard();
        emit closeRequested();
    });
    connect(m_dismiss, &QPushButton::clicked, m_notice, &QWidget::hide);
    m_notice->hide();
    return m_notice;
}

void ItemEditor::copyMyText()
{
    // The title and the sections as they are here, rich text and plain.
    const AgendaItem &item = m_model->item();
    QString html = QStringLiteral("<h1>%1</h1>").arg(item.title.toHtmlEscaped());
    for (const auto &[heading, text] : {std::pair{tr("Background"), item.background},
                                        std::pair{tr("Proposal"), item.proposal},
                                        std::pair{tr("Decision"), item.decision}}) {
        if (!text.trimmed().isEmpty())
            html += QStringLiteral("<h2>%1</h2>%2").arg(heading.toHtmlEscaped(), text);
    }
    QTextDocument document;
    document.setHtml(html);
    auto *data = new QMimeData;
    data->setHtml(html);
    data->setText(document.toPlainText());
    QGuiApplication::clipboard()->setMimeData(data);
}

void ItemEditor::showNotice(Notice kind, const QString &text)
{
    m_noticeKind = kind;
    const bool info = kind == Notice::Info;
    // Colours of its own, text included, so that it reads alike in a dark theme.
    m_notice->setStyleSheet(info ? QStringLiteral("QFrame#changedElsewhere { background: #e8f1fb; border-bottom: 1px solid "
                                                  "#b7cfea; } QFrame#changedElsewhere > QLabel { color: #0d3a66; }")
                                 : QStringLiteral("QFrame#changedElsewhere { background: #fff3cd; border-bottom: 1px solid "
                                                  "#e3c766; } QFrame#changedElsewhere > QLabel { color: #4a3800; }"));
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize);
    m_noticeIcon->setPixmap(style()->standardIcon(info ? QStyle::SP_MessageBoxInformation : QStyle::SP_MessageBoxWarning)
                                .pixmap(size, size));
    m_noticeText->setText(text);
    m_keepMine->setVisible(kind == Notice::Conflict);
    m_takeTheirs->setVisible(kind == Notice::Conflict);
    m_copyMine->setVisible(kind == Notice::Conflict || kind == Notice::Removed);
    m_closeItem->setVisible(kind == Notice::Removed);
    m_dismiss->setVisible(info);
    m_notice->show();
    // A screen reader reads it out, as it would a message box.
    QAccessibleEvent alert(m_noticeText, QAccessible::Alert);
    QAccessible::updateAccessibility(&alert);
}

void ItemEditor::conflictChanged()
{
    if (m_model->removedElsewhere()) {
        showNotice(Notice::Removed, tr("<b>This item was removed elsewhere.</b> Your unsaved changes cannot be saved: "
                                       "copy what you need, then close the item."));
    } else if (!m_model->conflicts().isEmpty()) {
        // Who changed it and when, as the audit log has it.
        const auto change = m_model->store().lastChange(QStringLiteral("agenda_item"), m_model->item().id);
        const QString fields = QLocale().createSeparatedList(m_model->conflicts()).toHtmlEscaped();
        showNotice(Notice::Conflict,
                   change && change->has_value()
                       ? tr("<b>%1 changed this item on %2 while you were editing it</b> (%3). Your unsaved text is "
                            "kept here and is not saved until you choose.")
                             .arg((*change)->actor.toHtmlEscaped(), Labels::moment((*change)->at.toLocalTime()), fields)
                       : tr("<b>This item was changed elsewhere while you were editing it</b> (%1). Your unsaved text "
                            "is kept here and is not saved until you choose.")
                             .arg(fields));
    } else if (m_noticeKind != Notice::Info) {
        m_notice->hide(); // settled
    }
}

ItemEditModel::Elsewhere ItemEditor::followStore()
{
    // Persons added elsewhere become choosable (once read); what is being
    // typed stays.
    if (m_personsRead) {
        if (const auto persons = m_store.persons(); persons && persons->size() + 1 != m_presenter->count()) {
            const QString typed = m_preparerPicker->currentText();
            reloadPersons();
            m_preparerPicker->setEditText(typed);
        }
    }
    return m_model->followStore();
}

QWidget *ItemEditor::buildFields()
{
    auto *box = new QWidget;
    auto *form = new QFormLayout(box);
    form->setContentsMargins(0, 0, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);

    auto lineField = [this, form](const QString &label, const QString &accessible, const QString &mergeKey,
                                  QString AgendaItem::*field) {
        auto *edit = new QLineEdit;
        edit->setAccessibleName(accessible);
        form->addRow(label, edit);
        connect(edit, &QLineEdit::textEdited, this, [this, accessible, mergeKey, field](const QString &text) {
            m_model->edit(tr("Edit %1").arg(accessible.toLower()), [&](AgendaItem &item) { item.*field = text; },
                          mergeKey);
        });
        guardUndoKeys(edit);
        m_editing << edit;
        return edit;
    };
    m_title = lineField(tr("&Title:"), tr("Title"), QStringLiteral("title"), &AgendaItem::title);
    m_caseReference = lineField(tr("&Case reference:"), tr("Case reference"), QStringLiteral("case"),
                                &AgendaItem::caseReference);
    m_caseReference->setPlaceholderText(tr("e.g. 198/00.01.01/2026"));
    m_taskClass = lineField(tr("Tas&k class:"), tr("Task class"), QStringLiteral("task-class"), &AgendaItem::taskClass);
    m_taskClass->setPlaceholderText(tr("e.g. 00.01.01"));

    m_presenter = new QComboBox;
    m_presenter->setAccessibleName(tr("Presenter"));
    form->addRow(tr("P&resenter:"), m_presenter);
    connect(m_presenter, &QComboBox::activated, this, [this] {
        const qint64 id = m_presenter->currentData().toLongLong();
        m_model->edit(tr("Change presenter"), [id](AgendaItem &item) { item.presenterPersonId = id; });
    });
    m_editing << m_presenter;

    // Preparers: a table to edit, and a picker that fills a row from a
    // person of the store or takes a typed name.
    auto *preparers = new QWidget;
    auto *preparerLayout = new QVBoxLayout(preparers);
    preparerLayout->setContentsMargins(0, 0, 0, 0);
    m_preparers = new QTableWidget(0, 3);
    m_preparers->setAccessibleName(tr("Preparers"));
    m_preparers->setHorizontalHeaderLabels({tr("Name"), tr("Job title"), tr("Contact")});
    m_preparers->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_preparers->verticalHeader()->hide();
    m_preparers->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_preparers->setMaximumHeight(110);
    connect(m_preparers, &QTableWidget::cellChanged, this, [this] {
        if (!m_refreshing)
            setPreparers();
    });
    auto *pickRow = new QHBoxLayout;
    m_preparerPicker = new QComboBox;
    m_preparerPicker->setEditable(true);
    m_preparerPicker->setInsertPolicy(QComboBox::NoInsert);
    m_preparerPicker->setAccessibleName(tr("Preparer to add"));
    m_preparerPicker->lineEdit()->setPlaceholderText(tr("Pick a person or type a name"));
    m_preparerPicker->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_preparerPicker->completer()->setFilterMode(Qt::MatchContains);
    auto *addPreparer = new QPushButton(tr("Add &Preparer"));
    auto *removePreparer = new QPushButton(tr("Remove"));
    removePreparer->setAccessibleName(tr("Remove preparer"));
    connect(addPreparer, &QPushButton::clicked, this, &ItemEditor::addPreparer);
    connect(m_preparerPicker->lineEdit(), &QLineEdit::returnPressed, this, &ItemEditor::addPreparer);
    connect(removePreparer, &QPushButton::clicked, this, [this] {
        const int row = m_preparers->currentRow();
        if (row < 0)
            return;
        m_model->edit(tr("Remove preparer"), [row](AgendaItem &item) {
            if (row < item.preparers.size())
                item.preparers.removeAt(row);
        });
    });
    pickRow->addWidget(m_preparerPicker, 1);
    pickRow->addWidget(addPreparer);
    pickRow->addWidget(removePreparer);
    preparerLayout->addWidget(m_preparers);
    preparerLayout->addLayout(pickRow);
    form->addRow(tr("Preparers:"), preparers);
    m_editing << m_preparers << m_preparerPicker << addPreparer << removePreparer;

    auto *publicityRow = new QHBoxLayout;
    m_publicity = new QComboBox;
    m_publicity->setAccessibleName(tr("Publicity"));
    fillPublicity(m_publicity);
    m_basis = legalBasisBox(tr("Legal basis of confidentiality"), tr("Legal basis, e.g. JulkL 24 § 1 mom. 25 k"));
    m_basis->setToolTip(tr("Pick one of the usual grounds or type the basis"));
    publicityRow->addWidget(m_publicity);
    publicityRow->addWidget(m_basis, 1);
    auto *publicityLabel = new QLabel(tr("P&ublicity:"));
    publicityLabel->setBuddy(m_publicity);
    form->addRow(publicityLabel, publicityRow);
    connect(m_publicity, &QComboBox::activated, this, [this] {
        const auto value = Publicity(m_publicity->currentData().toInt());
        m_model->edit(tr("Change publicity"), [value](AgendaItem &item) { item.publicity = value; });
        if (value != Publicity::Public && m_basis->currentText().isEmpty())
            m_basis->setFocus();
    });
    auto editBasis = [this](const QString &text) {
        m_model->edit(tr("Edit legal basis"), [&](AgendaItem &item) { item.confidentialityBasis = LegalBasis::fromText(text); },
                      QStringLiteral("basis"));
    };
    connect(m_basis->lineEdit(), &QLineEdit::textEdited, this, editBasis);
    // After the box put the basis picked in the field.
    connect(m_basis, &QComboBox::activated, this, [this, editBasis] { editBasis(m_basis->currentText()); });
    guardUndoKeys(m_basis->lineEdit());
    m_editing << m_publicity << m_basis;

    m_appealKind = new QComboBox;
    m_appealKind->setAccessibleName(tr("Appeal instruction"));
    for (const AppealKind kind : appealKinds)
        m_appealKind->addItem(Labels::appealKind(kind), int(kind));
    form->addRow(tr("&Appeal instruction:"), m_appealKind);
    connect(m_appealKind, &QComboBox::activated, this, [this] {
        const auto value = AppealKind(m_appealKind->currentData().toInt());
        m_model->edit(tr("Change appeal instruction"), [value](AgendaItem &item) { item.appealKind = value; });
    });
    m_editing << m_appealKind;

    // A bilingual municipality writes some items in the other language:
    // documents then mark the item's texts with it, and the record writes
    // its decision in it.
    m_language = new QComboBox;
    m_language->setAccessibleName(tr("Language of the item's texts"));
    m_language->addItem(tr("The body's document language"), -1);
    m_language->addItem(tr("Finnish"), int(Language::Finnish));
    m_language->addItem(tr("Swedish"), int(Language::Swedish));
    form->addRow(tr("Te&xts written in:"), m_language);
    connect(m_language, &QComboBox::activated, this, [this] {
        const int value = m_language->currentData().toInt();
        m_model->edit(tr("Change the language of the texts"), [value](AgendaItem &item) {
            item.language = value < 0 ? std::nullopt : std::optional<Language>(Language(value));
        });
    });
    m_editing << m_language;
    return box;
}

RichTextEdit *ItemEditor::sectionEdit(const QString &name, const QString &mergeKey, QString AgendaItem::*field)
{
    auto *edit = new RichTextEdit;
    edit->setAccessibleName(name);
    edit->setMinimumHeight(150);
    connect(edit, &RichTextEdit::edited, this, [this, name, mergeKey, field](const QString &html) {
        m_model->edit(m_formatting ? tr("Format %1").arg(name.toLower()) : tr("Edit %1").arg(name.toLower()),
                      [&](AgendaItem &item) { item.*field = html; }, m_formatting ? QString() : mergeKey);
    });
    connect(edit, &RichTextEdit::formatChanged, this, [this, edit] {
        if (edit->hasFocus())
            m_activeEdit = edit;
        refreshFormatActions();
    });
    edit->installEventFilter(this);
    guardUndoKeys(edit);
    m_editing << edit;
    return edit;
}

QWidget *ItemEditor::buildAttachments()
{
    auto *box = new QWidget;
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *label = new QLabel(tr("Attac&hments"));
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    layout->addWidget(label);
    m_attachments = new QTableWidget(0, 3);
    m_attachments->setAccessibleName(tr("Attachments"));
    m_attachments->setHorizontalHeaderLabels({tr("File"), tr("Size"), tr("Publicity")});
    m_attachments->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_attachments->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_attachments->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_attachments->verticalHeader()->hide();
    m_attachments->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_attachments->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_attachments->setSelectionMode(QAbstractItemView::SingleSelection);
    m_attachments->setMaximumHeight(140);
    label->setBuddy(m_attachments);
    layout->addWidget(m_attachments);
    connect(m_attachments, &QTableWidget::itemSelectionChanged, this, &ItemEditor::attachmentSelected);
    connect(m_attachments, &QTableWidget::cellActivated, this, &ItemEditor::previewAttachment);

    auto *row = new QHBoxLayout;
    auto *add = new QPushButton(tr("Add &File…"));
    m_previewAttachment = new QPushButton(tr("Pre&view"));
    m_removeAttachment = new QPushButton(tr("Remove"));
    m_removeAttachment->setAccessibleName(tr("Remove attachment"));
    m_attachmentPublicity = new QComboBox;
    m_attachmentPublicity->setAccessibleName(tr("Publicity of the attachment"));
    fillPublicity(m_attachmentPublicity);
    m_attachmentBasis = legalBasisBox(tr("Legal basis of the attachment's confidentiality"), tr("Legal basis"));
    m_attachmentBasis->setToolTip(tr("Pick one of the usual grounds or type the basis"));
    row->addWidget(add);
    row->addWidget(m_previewAttachment);
    row->addWidget(m_removeAttachment);
    row->addSpacing(12);
    row->addWidget(m_attachmentPublicity);
    row->addWidget(m_attachmentBasis, 1);
    layout->addLayout(row);
    connect(add, &QPushButton::clicked, this, &ItemEditor::addAttachment);
    connect(m_previewAttachment, &QPushButton::clicked, this, &ItemEditor::previewAttachment);
    connect(m_removeAttachment, &QPushButton::clicked, this, &ItemEditor::removeAttachment);
    connect(m_attachmentPublicity, &QComboBox::activated, this, [this] {
        if (Publicity(m_attachmentPublicity->currentData().toInt()) != Publicity::Public
            && m_attachmentBasis->currentText().trimmed().isEmpty()) {
            m_attachmentBasis->setEnabled(true);
            m_attachmentBasis->setFocus();
            return; // applied once the basis is given
        }
        applyAttachmentPublicity();
    });
    connect(m_attachmentBasis->lineEdit(), &QLineEdit::editingFinished, this, &ItemEditor::applyAttachmentPublicity);
    connect(m_attachmentBasis, &QComboBox::activated, this, &ItemEditor::applyAttachmentPublicity);
    m_editing << add << m_removeAttachment << m_attachmentPublicity << m_attachmentBasis;
    return box;
}

void ItemEditor::guardUndoKeys(QWidget *widget)
{
    widget->installEventFilter(this);
}

bool ItemEditor::eventFilter(QObject *watched, QEvent *event)
{
    // Undo and redo belong to the whole item, not to one field's own
    // history: the keys go to the item's stack.
    if (event->type() == QEvent::ShortcutOverride || event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        const bool undo = key->matches(QKeySequence::Undo);
        const bool redo = key->matches(QKeySequence::Redo);
        if (undo || redo) {
            if (event->type() == QEvent::KeyPress)
                (undo ? m_undoAction : m_redoAction)->trigger();
            event->accept();
            return true;
        }
    }
    if (event->type() == QEvent::FocusIn) {
        if (auto *edit = qobject_cast<RichTextEdit *>(watched)) {
            m_activeEdit = edit;
            refreshFormatActions();
        }
    }
    return QWidget::eventFilter(watched, event);
}

void ItemEditor::reloadPersons()
{
    const auto persons = m_store.persons();
    if (!persons)
        return showError(persons.error());
    m_personsRead = true;
    QList<Person> sorted = *persons;
    std::sort(sorted.begin(), sorted.end(), [](const Person &a, const Person &b) {
        return QString::localeAwareCompare(a.familyName + a.givenName, b.familyName + b.givenName) < 0;
    });
    const QSignalBlocker blocker(m_presenter);
    m_presenter->clear();
    m_preparerPicker->clear();
    m_presenter->addItem(tr("(no presenter)"), qint64(0));
    for (const Person &person : std::as_const(sorted)) {
        const QString label = person.title.isEmpty() ? person.displayName()
                                                     : tr("%1, %2").arg(person.displayName(), person.title);
        m_presenter->addItem(label, person.id);
        m_preparerPicker->addItem(label, person.id);
    }
    m_preparerPicker->setCurrentIndex(-1);
    m_preparerPicker->clearEditText();
    refresh();
}

void ItemEditor::addPreparer()
{
    const QString text = m_preparerPicker->currentText().trimmed();
    if (text.isEmpty())
        return;
    Preparer preparer;
    const int index = m_preparerPicker->findText(text);
    const auto person = index >= 0 ? m_store.person(m_preparerPicker->itemData(index).toLongLong())
                                   : Result<std::optional<Person>>(std::optional<Person>());
    if (person && person->has_value()) {
        preparer.name = person->value().displayName();
        preparer.title = person->value().title;
        QStringList contact;
        if (!person->value().phone.isEmpty())
            contact << tr("tel. %1").arg(person->value().phone);
        if (!person->value().email.isEmpty())
            contact << person->value().email;
        preparer.contact = contact.join(QStringLiteral(", "));
    } else {
        preparer.name = text;
    }
    m_model->edit(tr("Add preparer"), [&](AgendaItem &item) { item.preparers.append(preparer); });
    m_preparerPicker->setCurrentIndex(-1);
    m_preparerPicker->clearEditText();
}

void ItemEditor::setPreparers()
{
    QList<Preparer> preparers;
    for (int row = 0; row < m_preparers->rowCount(); ++row) {
        auto text = [&](int column) {
            const QTableWidgetItem *cell = m_preparers->item(row, column);
            return cell ? cell->text() : QString();
        };
        preparers.append({text(0), text(1), text(2)});
    }
    m_model->edit(tr("Edit preparers"), [&](AgendaItem &item) { item.preparers = preparers; },
                  QStringLiteral("preparers"));
}

bool ItemEditor::load(qint64 itemId, QString *error)
{
    if (!m_personsRead)
        reloadPersons();
    if (!m_model->load(itemId, error))
        return false;
    m_notice->hide();
    return true;
}

void ItemEditor::saveAsTemplate()
{
    // What is typed goes into the template too: saved first.
    if (!m_model->item().id || !save())
        return;
    SaveTemplateDialog dialog(m_store, m_model->item().id, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    showNotice(Notice::Info, tr("Saved as the template “%1”. From Template… on a meeting's page puts it on the "
                                "agenda.")
                                 .arg(dialog.nameEdit()->text().trimmed().toHtmlEscaped()));
}

void ItemEditor::sendTo()
{
    if (!m_model->item().id || !save())
        return;
    SendToDialog dialog(m_store, m_model->item().id, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    emit itemPrepared(dialog.meetingId(), dialog.preparedItemId());
}

void ItemEditor::focusTitle()
{
    m_title->setFocus(Qt::OtherFocusReason);
    m_title->selectAll();
}

bool ItemEditor::save()
{
    if (m_model->saveNow())
        return true;
    refreshSaveState();
    return false;
}

void ItemEditor::refresh()
{
    const AgendaItem &item = m_model->item();
    m_refreshing = true;
    auto setLine = [](QLineEdit *edit, const QString &text) {
        if (edit->text() != text)
            edit->setText(text);
    };
    setLine(m_title, item.title);
    setLine(m_caseReference, item.caseReference);
    setLine(m_taskClass, item.taskClass);
    // As typed: the basis is kept trimmed, and the space just typed stays.
    if (LegalBasis::fromText(m_basis->currentText()) != item.confidentialityBasis)
        m_basis->setEditText(item.confidentialityBasis.text);
    selectData(m_presenter, item.presenterPersonId);
    selectData(m_publicity, int(item.publicity));
    selectData(m_appealKind, int(item.appealKind));
    selectData(m_language, item.language ? int(*item.language) : -1);
    m_background->setStoreHtml(item.background);
    m_proposal->setStoreHtml(item.proposal);
    m_decision->setStoreHtml(item.decision);

    bool same = m_preparers->rowCount() == item.preparers.size();
    for (int row = 0; same && row < item.preparers.size(); ++row) {
        const Preparer &p = item.preparers.at(row);
        auto text = [&](int column) {
            const QTableWidgetItem *cell = m_preparers->item(row, column);
            return cell ? cell->text() : QString();
        };
        same = text(0) == p.name && text(1) == p.title && text(2) == p.contact;
    }
    if (!same) {
        m_preparers->setRowCount(int(item.preparers.size()));
        for (int row = 0; row < item.preparers.size(); ++row) {
            const Preparer &p = item.preparers.at(row);
            m_preparers->setItem(row, 0, new QTableWidgetItem(p.name));
            m_preparers->setItem(row, 1, new QTableWidgetItem(p.title));
            m_preparers->setItem(row, 2, new QTableWidgetItem(p.contact));
        }
    }
    m_refreshing = false;

    const bool editable = m_model->isLoaded() && m_model->readOnlyReason().isEmpty();
    for (QWidget *widget : std::as_const(m_editing)) {
        if (auto *text = qobject_cast<QTextEdit *>(widget))
            text->setReadOnly(!editable);
        else if (auto *line = qobject_cast<QLineEdit *>(widget))
            line->setReadOnly(!editable);
        else
            widget->setEnabled(editable);
    }
    m_basis->setEnabled(editable && item.publicity != Publicity::Public);
    for (QAction *action : {m_bold, m_italic, m_subheading, m_bullets, m_numbers, m_personalData})
        action->setEnabled(editable);
    // A decision is sent on; NextHandling says why when it cannot be.
    m_sendTo->setEnabled(m_model->isLoaded() && !RichText::toPlainText(item.decision).trimmed().isEmpty());
    if (!m_model->readOnlyReason().isEmpty()) {
        m_banner->setText(m_model->readOnlyReason());
        m_banner->show();
    } else if (m_model->saveState() != ItemEditModel::SaveState::Failed) {
        m_banner->hide();
    }
    refreshFormatActions();
}

void ItemEditor::refreshFormatActions()
{
    if (!m_activeEdit)
        return;
    m_bold->setChecked(m_activeEdit->isBold());
    m_italic->setChecked(m_activeEdit->isItalic());
    m_subheading->setChecked(m_activeEdit->isSubheading());
    m_bullets->setChecked(m_activeEdit->isInList(false));
    m_numbers->setChecked(m_activeEdit->isInList(true));
    m_personalData->setChecked(m_activeEdit->isPersonalData());
}

void ItemEditor::refreshSaveState()
{
    switch (m_model->saveState()) {
    case ItemEditModel::SaveState::Saved:
        m_saveState->setText(m_model->isLoaded() ? tr("Saved %1").arg(Labels::clock(QTime::currentTime()))
                                                 : QString());
        if (m_model->readOnlyReason().isEmpty())
            m_banner->hide();
        break;
    case ItemEditModel::SaveState::Pending: {
        // Confidential without a basis yet: the refusal waits until the
        // item is left or saved, not while the basis is still being given.
        const QString waiting = m_model->waitingFor();
        m_saveState->setText(waiting.isEmpty() ? tr("Editing…") : tr("Not saved: %1").arg(waiting));
        break;
    }
    case ItemEditModel::SaveState::Failed:
        m_saveState->setText(tr("Not saved"));
        if (m_model->removedElsewhere())
            break; // the notice says so
        m_banner->setText(tr("Not saved: %1 Correct it and the item is saved.").arg(m_model->saveError()));
        m_banner->show();
        break;
    case ItemEditModel::SaveState::Conflict:
        m_saveState->setText(tr("Not saved"));
        m_banner->hide(); // the notice asks
        break;
    }
}

void ItemEditor::refreshAttachments()
{
    const QList<Attachment> &files = m_model->attachments();
    const qint64 selected = m_attachments->currentRow() >= 0 && m_attachments->item(m_attachments->currentRow(), 0)
                                ? m_attachments->item(m_attachments->currentRow(), 0)->data(Qt::UserRole).toLongLong()
                                : 0;
    const QSignalBlocker blocker(m_attachments);
    m_attachments->setRowCount(int(files.size()));
    for (int row = 0; row < files.size(); ++row) {
        const Attachment &file = files.at(row);
        auto *name = new QTableWidgetItem(file.name);
        name->setData(Qt::UserRole, file.id);
        name->setToolTip(file.mediaType);
        m_attachments->setItem(row, 0, name);
        m_attachments->setItem(row, 1, new QTableWidgetItem(QLocale().formattedDataSize(file.size)));
        const QString publicity = file.publicity == Publicity::Public
                                      ? Labels::publicity(file.publicity)
                                      : tr("%1 (%2)").arg(Labels::publicity(file.publicity), file.confidentialityBasis.text);
        m_attachments->setItem(row, 2, new QTableWidgetItem(publicity));
        if (file.id == selected)
            m_attachments->selectRow(row);
    }
    attachmentSelected();
}

void ItemEditor::attachmentSelected()
{
    const int row = m_attachments->currentRow();
    const bool any = row >= 0 && row < m_model->attachments().size() && !m_attachments->selectedItems().isEmpty();
    const bool editable = any && m_model->readOnlyReason().isEmpty();
    m_previewAttachment->setEnabled(any);
    m_removeAttachment->setEnabled(editable);
    m_attachmentPublicity->setEnabled(editable);
    if (!any) {
        m_attachmentBasis->setEnabled(false);
        return;
    }
    const Attachment &file = m_model->attachments().at(row);
    selectData(m_attachmentPublicity, int(file.publicity));
    m_attachmentBasis->setEditText(file.confidentialityBasis.text);
    m_attachmentBasis->setEnabled(editable && file.publicity != Publicity::Public);
}

void ItemEditor::applyAttachmentPublicity()
{
    const int row = m_attachments->currentRow();
    if (row < 0 || row >= m_model->attachments().size())
        return;
    const auto publicity = Publicity(m_attachmentPublicity->currentData().toInt());
    QString error;
    if (!m_model->setAttachmentPublicity(m_model->attachments().at(row).id, publicity, m_attachmentBasis->currentText(), &error))
        showError(error);
}

void ItemEditor::addAttachment()
{
    const QStringList files = QFileDialog::getOpenFileNames(this, tr("Add Attachments"));
    for (const QString &file : files) {
        QString error;
        if (!m_model->addAttachment(file, &error)) {
            showError(error);
            return;
        }
    }
}

void ItemEditor::previewAttachment()
{
    const int row = m_attachments->currentRow();
    if (row < 0 || row >= m_model->attachments().size())
        return;
    QString error;
    const auto file = m_model->attachmentContent(m_model->attachments().at(row).id, &error);
    if (!file)
        return showError(error);
    emit attachmentPreviewRequested(file->name, file->mediaType, file->content);
}

void ItemEditor::removeAttachment()
{
    const int row = m_attachments->currentRow();
    if (row < 0 || row >= m_model->attachments().size())
        return;
    QString error;
    if (!m_model->removeAttachment(m_model->attachments().at(row).id, &error))
        showError(error);
}

void ItemEditor::showError(const QString &message)
{
    // In the editor itself, not in a dialog that stops the work.
    m_banner->setText(message);
    m_banner->show();
}
