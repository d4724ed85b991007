#include "casedialogs.h"

#include "dialogsupport.h"
#include "labels.h"

#include "exchange/taskclasscsv.h"
#include "procedure/appeal.h"
#include "procedure/caseview.h"
#include "procedure/nexthandling.h"
#include "store/store.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHash>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

using DialogSupport::buttons;
using DialogSupport::errorLabel;
using DialogSupport::showError;

namespace {

QDateEdit *makeDayEdit(const QDate &day)
{
    auto *edit = new QDateEdit(day.isValid() ? day : QDate::currentDate());
    edit->setDisplayFormat(Labels::dayFormat());
    edit->setCalendarPopup(true);
    return edit;
}

QComboBox *makePublicityBox(Publicity current)
{
    auto *box = new QComboBox;
    for (const Publicity publicity : {Publicity::Public, Publicity::PartlyConfidential, Publicity::Confidential})
        box->addItem(Labels::publicity(publicity), int(publicity));
    box->setCurrentIndex(box->findData(int(current)));
    return box;
}

QVBoxLayout *dialogLayout(QDialog *dialog, QFormLayout *form, QLabel *error, const QString &okText)
{
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto *layout = new QVBoxLayout(dialog);
    layout->addLayout(form);
    layout->addWidget(error);
    layout->addWidget(buttons(dialog, okText));
    return layout;
}

} // namespace

// ---------------------------------------------------------------------------

OpenCaseDialog::OpenCaseDialog(Store &store, QWidget *parent)
    : QDialog(parent), m_store(store), m_title(new QLineEdit), m_class(new QComboBox), m_day(makeDayEdit({})),
      m_error(errorLabel())
{
    setWindowTitle(tr("Open Case"));
    m_title->setPlaceholderText(tr("e.g. Tontin myynti Teollisuustie 4"));
    m_class->setEditable(true);
    m_class->setInsertPolicy(QComboBox::NoInsert);
    m_class->setToolTip(tr("The task class of the information management plan: it gives the case its retention "
                           "and default publicity. Type to find a class by its code or name."));
    if (const auto classes = store.taskClasses()) {
        for (const TaskClass &taskClass : *classes)
            m_class->addItem(QStringLiteral("%1  %2").arg(taskClass.code, taskClass.name), taskClass.code);
    }
    m_class->setCurrentIndex(-1);
    auto *form = new QFormLayout;
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("Task &class:"), m_class);
    form->addRow(tr("&Opened on:"), m_day);
    dialogLayout(this, form, m_error, tr("Open Case"));
    setMinimumWidth(560);
}

QString OpenCaseDialog::error() const
{
    return m_error->text();
}

void OpenCaseDialog::accept()
{
    Case entry;
    entry.title = m_title->text().trimmed();
    // A class picked from the list, or a code typed in.
    const int index = m_class->findText(m_class->currentText());
    entry.diaryNumber.taskClass = index >= 0 ? m_class->itemData(index).toString()
                                             : m_class->currentText().section(u' ', 0, 0).trimmed();
    entry.initiated = m_day->date();
    if (entry.diaryNumber.taskClass.isEmpty())
        return showError(m_error, tr("Choose the case's task class."));
    const auto id = m_store.openCase(entry);
    if (!id)
        return showError(m_error, id.error());
    m_caseId = *id;
    showError(m_error, {});
    QDialog::accept();
}

// ---------------------------------------------------------------------------

EditCaseDialog::EditCaseDialog(Store &store, const Case &entry, QWidget *parent)
    : QDialog(parent), m_store(store), m_case(entry), m_title(new QLineEdit(entry.title)), m_state(new QComboBox),
      m_stateDay(makeDayEdit({})), m_publicity(makePublicityBox(entry.publicity)),
      m_basis(new QLineEdit(entry.confidentialityBasis.text)), m_secrecyYears(new QSpinBox), m_error(errorLabel())
{
    setWindowTitle(tr("Edit Case – %1").arg(entry.diaryNumber.toString()));
    for (const CaseState state : {CaseState::Initiated, CaseState::InPreparation, CaseState::Decided,
                                  CaseState::Implemented, CaseState::Closed})
        m_state->addItem(Labels::caseState(state), int(state));
    m_state->setCurrentIndex(m_state->findData(int(entry.state)));
    m_basis->setPlaceholderText(tr("e.g. JulkL 24 § 1 mom. 25 k"));
    m_secrecyYears->setRange(0, 100);
    m_secrecyYears->setSpecialValueText(tr("as the act says (25 years)"));
    m_secrecyYears->setValue(entry.secrecyYears.value_or(0));
    auto *form = new QFormLayout;
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&State:"), m_state);
    form->addRow(tr("State &reached on:"), m_stateDay);
    form->addRow(tr("&Publicity:"), m_publicity);
    form->addRow(tr("Legal &basis:"), m_basis);
    form->addRow(tr("Secrecy &period in years:"), m_secrecyYears);
    dialogLayout(this, form, m_error, tr("Save"));
    connect(m_state, &QComboBox::currentIndexChanged, this, &EditCaseDialog::updateFields);
    connect(m_publicity, &QComboBox::currentIndexChanged, this, &EditCaseDialog::updateFields);
    updateFields();
    setMinimumWidth(520);
}

void EditCaseDialog::updateFields()
{
    const auto state = CaseState(m_state->currentData().toInt());
    // The state's own day when it has one, else today (not the day of the
    // state chosen before).
    const QDate *day = m_case.stateDay(state);
    m_stateDay->setDate(day && day->isValid() ? *day : QDate::currentDate());
    m_stateDay->setEnabled(day != nullptr);
    const bool secret = Publicity(m_publicity->currentData().toInt()) != Publicity::Public;
    m_basis->setEnabled(secret);
    m_secrecyYears->setEnabled(secret);
}

QString EditCaseDialog::error() const
{
    return m_error->text();
}

void EditCaseDialog::accept()
{
    Case entry = m_case;
    entry.title = m_title->text().trimmed();
    entry.state = CaseState(m_state->currentData().toInt());
    if (QDate *day = entry.stateDay(entry.state))
        *day = m_stateDay->date();
    entry.publicity = Publicity(m_publicity->currentData().toInt());
    entry.confidentialityBasis = LegalBasis::fromText(entry.publicity == Publicity::Public ? QString() : m_basis->text());
    entry.secrecyYears = entry.publicity != Publicity::Public && m_secrecyYears->value() > 0
                             ? std::optional<int>(m_secrecyYears->value())
                             : std::nullopt;
    if (const Status saved = m_store.updateCase(entry); !saved)
        return showError(m_error, saved.error());
    showError(m_error, {});
    QDialog::accept();
}

// ---------------------------------------------------------------------------

PartyDialog::PartyDialog(Store &store, const Case &entry, QWidget *parent)
    : QDialog(parent), m_store(store), m_case(entry), m_name(new QLineEdit), m_kind(new QComboBox),
      m_role(new QLineEdit), m_contact(new QLineEdit), m_error(errorLabel())
{
    setWindowTitle(tr("Add Party – %1").arg(entry.diaryNumber.toString()));
    for (const PartyKind kind : {PartyKind::Person, PartyKind::Organisation})
        m_kind->addItem(Labels::partyKind(kind), int(kind));
    m_role->setPlaceholderText(tr("e.g. hakija, ostaja, asianosainen"));
    m_contact->setPlaceholderText(tr("postal address or e-mail, as the extract is sent"));
    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("&Role:"), m_role);
    form->addRow(tr("&Contact:"), m_contact);
    dialogLayout(this, form, m_error, tr("Add Party"));
    setMinimumWidth(480);
}

QString PartyDialog::error() const
{
    return m_error->text();
}

void PartyDialog::accept()
{
    Case entry = m_case;
    entry.parties.append({m_name->text().trimmed(), PartyKind(m_kind->currentData().toInt()), m_role->text().trimmed(),
                          m_contact->text().trimmed()});
    if (entry.parties.last().name.isEmpty())
        return showError(m_error, tr("A party needs a name."));
    if (const Status saved = m_store.updateCase(entry); !saved)
        return showError(m_error, saved.error());
    showError(m_error, {});
    QDialog::accept();
}

// ---------------------------------------------------------------------------

ExtractSentDialog::ExtractSentDialog(Store &store, const QList<CaseHandling> &handlings, QWidget *parent)
    : QDialog(parent), m_store(store), m_handling(new QComboBox), m_recipient(new QLineEdit),
      m_address(new QPlainTextEdit), m_method(new QComboBox), m_sent(makeDayEdit({})), m_deadline(new QLabel),
      m_error(errorLabel())
{
    setWindowTitle(tr("Record Extract Sent"));
    for (const CaseHandling &handling : handlings) {
        if (!isHeld(handling.meetingState))
            continue;
        m_handling->addItem(CaseView::handlingName(handling) + QStringLiteral("  ") + handling.title, handling.itemId);
    }
    for (const SendMethod method : {SendMethod::Letter, SendMethod::Email, SendMethod::ElectronicService})
        m_method->addItem(Labels::sendMethod(method), int(method));
    m_address->setPlaceholderText(tr("postal address or e-mail address"));
    m_address->setTabChangesFocus(true);
    m_address->setMaximumHeight(80);
    m_deadline->setWordWrap(true);
    m_deadline->setAccessibleName(tr("Notification and last day of appeal"));
    auto *form = new QFormLayout;
    form->addRow(tr("&Decision:"), m_handling);
    form->addRow(tr("&Recipient:"), m_recipient);
    form->addRow(tr("&Address:"), m_address);
    form->addRow(tr("Sent &by:"), m_method);
    form->addRow(tr("Sent &on:"), m_sent);
    form->addRow(QString(), m_deadline);
    dialogLayout(this, form, m_error, tr("Record"));
    connect(m_handling, &QComboBox::currentIndexChanged, this, &ExtractSentDialog::updateDeadline);
    connect(m_method, &QComboBox::currentIndexChanged, this, &ExtractSentDialog::updateDeadline);
    connect(m_sent, &QDateEdit::dateChanged, this, &ExtractSentDialog::updateDeadline);
    updateDeadline();
    setMinimumWidth(560);
}

void ExtractSentDialog::updateDeadline()
{
    const auto item = m_store.agendaItem(m_handling->currentData().toLongLong());
    if (!item || !item->has_value()) {
        m_deadline->setText(m_handling->count() == 0 ? tr("None of the case's decisions has been made yet.")
                                                     : QString());
        return;
    }
    const auto method = SendMethod(m_method->currentData().toInt());
    const QDate notified = Appeal::notifiedOn(method, m_sent->date());
    const auto deadline = Appeal::partyDeadline(item->value().appealKind, method, m_sent->date());
    m_deadline->setText(deadline ? tr("Notified on %1; the last day of appeal is %2.")
                                       .arg(Labels::day(notified), Labels::day(deadline->lastDay))
                                 : tr("Notified on %1; the decision cannot be appealed.").arg(Labels::day(notified)));
}

QString ExtractSentDialog::error() const
{
    return m_error->text();
}

void ExtractSentDialog::accept()
{
    if (m_handling->count() == 0)
        return showError(m_error, tr("None of the case's decisions has been made yet: an extract is sent of a "
                                     "decision."));
    const ExtractSent extract{0, m_handling->currentData().toLongLong(), m_recipient->text().trimmed(),
                              m_address->toPlainText().trimmed(), SendMethod(m_method->currentData().toInt()),
                              m_sent->date(), {}};
    if (const auto id = m_store.recordExtractSent(extract); !id)
        return showError(m_error, id.error());
    showError(m_error, {});
    QDialog::accept();
}

// ---------------------------------------------------------------------------

SendToDialog::SendToDialog(Store &store, qint64 itemId, QWidget *parent)
    : QDialog(parent), m_store(store), m_itemId(itemId), m_meeting(new QComboBox), m_error(errorLabel())
{
    setWindowTitle(tr("Send to…"));
    // The meetings to come, of every body, soonest first.
    QHash<qint64, QString> bodies;
    if (const auto all = store.bodies()) {
        for (const Body &body : *all)
            bodies.insert(body.id, body.name);
    }
    QDateTime after;
    if (const auto item = store.agendaItem(itemId); item && item->has_value()) {
        if (const auto meeting = store.meeting(item->value().meetingId); meeting && meeting->has_value())
            after = meeting->value().plannedStart;
    }
    if (const auto all = store.meetings()) {
        QList<Meeting> meetings = *all;
        std::sort(meetings.begin(), meetings.end(),
                  [](const Meeting &a, const Meeting &b) { return a.plannedStart < b.plannedStart; });
        for (const Meeting &meeting : std::as_const(meetings)) {
            if ((meeting.state != MeetingState::Planned && meeting.state != MeetingState::Convened)
                || meeting.plannedStart <= after)
                continue;
            m_meeting->addItem(tr("%1 %2/%3, %4")
                                   .arg(bodies.value(meeting.bodyId))
                                   .arg(meeting.number)
                                   .arg(meeting.year)
                                   .arg(Labels::day(meeting.plannedStart.date())),
                               meeting.id);
        }
    }
    auto *hint = new QLabel(tr("The next body's item of the same case is put last on the meeting's agenda, with "
                               "the earlier handling and a proposal drafted from this decision for its presenter "
                               "to finish."));
    hint->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(hint);
    form->addRow(tr("&Meeting:"), m_meeting);
    dialogLayout(this, form, m_error, tr("Prepare Item"));
    if (m_meeting->count() == 0)
        showError(m_error, tr("No meeting to come is planned after this one. Add the next body's meeting first "
                              "(Meeting › New Meeting…)."));
    setMinimumWidth(520);
}

qint64 SendToDialog::meetingId() const
{
    return m_meeting->currentData().toLongLong();
}

QString SendToDialog::error() const
{
    return m_error->text();
}

void SendToDialog::accept()
{
    if (m_meeting->count() == 0)
        return;
    const auto prepared = NextHandling::prepare(m_store, m_itemId, meetingId());
    if (!prepared)
        return showError(m_error, prepared.error());
    m_prepared = *prepared;
    showError(m_error, {});
    QDialog::accept();
}

// ---------------------------------------------------------------------------

TaskClassEditDialog::TaskClassEditDialog(Store &store, const TaskClass &taskClass, QWidget *parent)
    : QDialog(parent), m_store(store), m_class(taskClass), m_name(new QLineEdit(taskClass.name)),
      m_retention(new QSpinBox), m_publicity(makePublicityBox(taskClass.publicity)),
      m_basis(new QLineEdit(taskClass.confidentialityBasis.text)), m_personalData(new QCheckBox(tr("Its cases hold &personal data"))),
      m_error(errorLabel())
{
    setWindowTitle(tr("Task Class %1").arg(taskClass.code));
    m_retention->setRange(0, 1000);
    m_retention->setSpecialValueText(tr("permanently"));
    m_retention->setValue(taskClass.retentionYears.value_or(0));
    m_retention->setToolTip(tr("Years the records of its cases are kept after the year they close; 0 keeps them "
                               "permanently"));
    m_basis->setPlaceholderText(tr("e.g. JulkL 24 § 1 mom. 25 k"));
    m_personalData->setChecked(taskClass.personalData);
    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Kept, in years:"), m_retention);
    form->addRow(tr("Default p&ublicity:"), m_publicity);
    form->addRow(tr("Legal &basis:"), m_basis);
    form->addRow(QString(), m_personalData);
    dialogLayout(this, form, m_error, tr("Save"));
    setMinimumWidth(480);
}

QString TaskClassEditDialog::error() const
{
    return m_error->text();
}

void TaskClassEditDialog::accept()
{
    TaskClass taskClass = m_class;
    taskClass.name = m_name->text().trimmed();
    taskClass.retentionYears = m_retention->value() > 0 ? std::optional<int>(m_retention->value()) : std::nullopt;
    taskClass.publicity = Publicity(m_publicity->currentData().toInt());
    taskClass.confidentialityBasis = LegalBasis::fromText(m_basis->text());
    taskClass.personalData = m_personalData->isChecked();
    // A class not stored yet (a built-in one) is added.
    if (const Status saved = m_store.updateTaskClass(taskClass); !saved)
        return showError(m_error, saved.error());
    showError(m_error, {});
    QDialog::accept();
}

// ---------------------------------------------------------------------------

TaskClassificationDialog::TaskClassificationDialog(Store &store, QWidget *parent)
    : QDialog(parent), m_store(store), m_classes(new QTableWidget), m_status(new QLabel)
{
    setWindowTitle(tr("Task Classification"));
    m_classes->setColumnCount(5);
    m_classes->setHorizontalHeaderLabels({tr("Code"), tr("Name"), tr("Kept"), tr("Default publicity"), tr("Personal data")});
    m_classes->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_classes->setSelectionMode(QAbstractItemView::SingleSelection);
    m_classes->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_classes->verticalHeader()->hide();
    m_classes->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_classes->setAccessibleName(tr("Task classes"));
    connect(m_classes, &QTableWidget::cellDoubleClicked, this, [this] { editClass(); });
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setAccessibleName(tr("Status"));
    auto *edit = new QPushButton(tr("&Edit…"));
    auto *import = new QPushButton(tr("&Import from Spreadsheet…"));
    import->setToolTip(tr("Classes from a spreadsheet saved as CSV: code, name, retention, publicity, basis, "
                          "personal data; a file with any problem is refused whole"));
    auto *close = new QPushButton(tr("Close"));
    connect(edit, &QPushButton::clicked, this, &TaskClassificationDialog::editClass);
    connect(import, &QPushButton::clicked, this, [this] { importFile(); });
    connect(close, &QPushButton::clicked, this, &QDialog::accept);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(edit);
    buttons->addWidget(import);
    buttons->addStretch(1);
    buttons->addWidget(close);
    auto *layout = new QVBoxLayout(this);
    auto *hint = new QLabel(tr("A class marked built-in is offered from Pykälä's own classification until it is "
                               "first used or changed."));
    hint->setWordWrap(true);
    layout->addWidget(hint);
    layout->addWidget(m_classes, 1);
    layout->addWidget(m_status);
    layout->addLayout(buttons);
    resize(860, 560);
    reload();
}

QString TaskClassificationDialog::status() const
{
    return m_status->text();
}

void TaskClassificationDialog::reload()
{
    const auto classes = m_store.taskClasses();
    if (!classes) {
        m_error = classes.error();
        m_status->setText(m_error);
        return;
    }
    m_classes->setRowCount(0);
    for (const TaskClass &taskClass : *classes) {
        const int row = m_classes->rowCount();
        m_classes->insertRow(row);
        auto *code = new QTableWidgetItem(taskClass.code);
        code->setData(Qt::UserRole, taskClass.code);
        m_classes->setItem(row, 0, code);
        m_classes->setItem(row, 1, new QTableWidgetItem(taskClass.id ? taskClass.name
                                                                     : tr("%1 (built-in)").arg(taskClass.name)));
        m_classes->setItem(row, 2, new QTableWidgetItem(taskClass.permanent()
                                                            ? tr("permanently")
                                                            : tr("%n year(s)", nullptr, *taskClass.retentionYears)));
        m_classes->setItem(row, 3, new QTableWidgetItem(Labels::publicity(taskClass.publicity)));
        m_classes->setItem(row, 4, new QTableWidgetItem(taskClass.personalData ? tr("yes") : tr("no")));
    }
    m_classes->resizeColumnToContents(0);
}

bool TaskClassificationDialog::selectClass(const QString &code)
{
    for (int row = 0; row < m_classes->rowCount(); ++row) {
        if (m_classes->item(row, 0)->data(Qt::UserRole).toString() == code) {
            m_classes->selectRow(row);
            return true;
        }
    }
    return false;
}

void TaskClassificationDialog::editClass()
{
    const auto selected = m_classes->selectedItems();
    if (selected.isEmpty())
        return;
    const QString code = m_classes->item(selected.first()->row(), 0)->data(Qt::UserRole).toString();
    const auto found = m_store.taskClassByCode(code);
    if (!found || !found->has_value())
        return;
    TaskClassEditDialog dialog(m_store, found->value(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_error.clear();
    m_status->setText(tr("Saved task class %1.").arg(code));
    reload();
    selectClass(code);
}

void TaskClassificationDialog::importFile(const QString &file)
{
    const QString path = !file.isEmpty()
        ? file
        : QFileDialog::getOpenFileName(this, tr("Import Task Classification"), QString(),
                                       tr("Spreadsheets saved as CSV (*.csv *.txt);;All files (*)"));
    if (path.isEmpty())
        return;
    QFile input(path);
    if (!input.open(QIODevice::ReadOnly)) {
        m_error = tr("Cannot read %1: %2").arg(path, input.errorString());
        m_status->setText(m_error);
        return;
    }
    const auto result = TaskClassCsv::import(m_store, input.read(TaskClassCsv::maxFileBytes + 1));
    if (!result.ok()) {
        m_error = result.message();
        m_status->setText(m_error);
        return;
    }
    m_error.clear();
    m_status->setText(tr("Imported the task classification: %1 new, %2 changed, %3 unchanged.")
                          .arg(result.value->added)
                          .arg(result.value->changed)
                          .arg(result.value->unchanged));
    reload();
}
