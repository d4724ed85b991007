#include "meetingdialogs.h"

#include "dialogsupport.h"
#include "labels.h"

#include "procedure/agendapreparation.h"
#include "procedure/invitationlist.h"
#include "procedure/meetingplanning.h"
#include "store/store.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

using DialogSupport::errorLabel;
using DialogSupport::showError;

// ---------------------------------------------------------------------------

NewMeetingDialog::NewMeetingDialog(Store &store, qint64 bodyId, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_body(new QComboBox)
    , m_number(new QSpinBox)
    , m_start(new QDateTimeEdit)
    , m_end(new QDateTimeEdit)
    , m_place(new QLineEdit)
    , m_mode(new QComboBox)
    , m_openingItems(new QCheckBox(tr("Put the standard &opening items on the agenda")))
    , m_error(errorLabel())
{
    setWindowTitle(tr("New Meeting"));
    auto *form = new QFormLayout;
    const auto bodies = store.bodies();
    if (bodies) {
        for (const Body &body : *bodies)
            m_body->addItem(tr("%1 (%2)").arg(body.name, body.shortName), body.id);
    }
    m_body->setCurrentIndex(std::max(0, m_body->findData(bodyId)));
    m_body->setAccessibleName(tr("Body"));
    m_number->setRange(1, 100000);
    m_number->setAccessibleName(tr("Meeting number"));
    // A week from today, at the body's usual time (takeBodyDefaults).
    QDate day = QDate::currentDate().addDays(7);
    m_start->setDateTime(QDateTime(day, MeetingPlanning::fallbackStart()));
    m_start->setCalendarPopup(true);
    m_start->setDisplayFormat(Labels::momentFormat());
    m_start->setAccessibleName(tr("Start"));
    m_end->setDateTime(m_start->dateTime().addSecs(2 * 3600));
    m_end->setCalendarPopup(true);
    m_end->setDisplayFormat(Labels::momentFormat());
    m_end->setAccessibleName(tr("Planned end"));
    m_place->setAccessibleName(tr("Place"));
    m_place->setPlaceholderText(tr("e.g. Council chamber, Town hall"));
    for (const MeetingMode mode : {MeetingMode::InPerson, MeetingMode::Hybrid, MeetingMode::Remote,
                                   MeetingMode::ElectronicProcedure})
        m_mode->addItem(Labels::meetingMode(mode), int(mode));
    m_mode->setAccessibleName(tr("Mode"));
    form->addRow(tr("&Body:"), m_body);
    form->addRow(tr("&Number:"), m_number);
    form->addRow(tr("&Start:"), m_start);
    form->addRow(tr("Planned &end:"), m_end);
    form->addRow(tr("&Place:"), m_place);
    form->addRow(tr("&Mode:"), m_mode);
    m_openingItems->setChecked(true);
    m_openingItems->setToolTip(tr("Opening of the meeting, legality and quorum, the minute-checkers and the approval "
                                  "of the agenda, in the body's document language."));
    form->addRow(QString(), m_openingItems);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Create Meeting"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    connect(m_body, &QComboBox::currentIndexChanged, this, &NewMeetingDialog::takeBodyDefaults);
    connect(m_start, &QDateTimeEdit::dateTimeChanged, this, [this](const QDateTime &start) {
        suggestNumber();
        if (m_end->dateTime() <= start)
            m_end->setDateTime(start.addSecs(2 * 3600));
    });
    takeBodyDefaults();
}

void NewMeetingDialog::suggestNumber()
{
    const auto next = MeetingPlanning::nextNumber(m_store, m_body->currentData().toLongLong(), m_start->date().year());
    m_number->setValue(next ? *next : 1);
}

void NewMeetingDialog::takeBodyDefaults()
{
    const auto proposed = MeetingPlanning::proposed(m_store, m_body->currentData().toLongLong(), m_start->date());
    if (!proposed)
        return suggestNumber();
    m_start->setDateTime(proposed->plannedStart);
    m_end->setDateTime(proposed->plannedEnd);
    m_place->setText(proposed->place);
    m_number->setValue(proposed->number);
}

QString NewMeetingDialog::error() const
{
    return m_error->text();
}

void NewMeetingDialog::accept()
{
    Meeting meeting;
    meeting.bodyId = m_body->currentData().toLongLong();
    meeting.number = m_number->value();
    meeting.year = m_start->date().year();
    meeting.plannedStart = m_start->dateTime();
    meeting.plannedEnd = m_end->dateTime();
    meeting.place = m_place->text().trimmed();
    meeting.mode = MeetingMode(m_mode->currentData().toInt());
    if (!meeting.bodyId)
        return showError(m_error, tr("Add a body first: a meeting belongs to a body."));
    if (meeting.place.isEmpty())
        return showError(m_error, tr("Give the meeting's place; the invitation and the minutes name it."));
    const auto id = MeetingPlanning::add(m_store, meeting, m_openingItems->isChecked());
    if (!id)
        return showError(m_error, id.error());
    m_meetingId = *id;
    showError(m_error, {});
    QDialog::accept();
}

// ---------------------------------------------------------------------------

BringInDialog::BringInDialog(Store &store, const Meeting &meeting, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_meeting(meeting)
    , m_search(new QLineEdit)
    , m_table(new QTableWidget(0, 3))
    , m_error(errorLabel())
{
    setWindowTitle(tr("Bring In an Earlier Item"));
    resize(900, 440);
    auto *intro = new QLabel(tr("Items that earlier meetings of this body tabled or returned for preparation, and "
                                "that no later agenda has taken up yet (the last %n year(s)). To copy any other "
                                "earlier item, find it by its words.",
                                nullptr, AgendaPreparation::lookBackYears));
    intro->setWordWrap(true);
    m_search->setAccessibleName(tr("Find an earlier item"));
    m_search->setPlaceholderText(tr("Words of an earlier item's title or text, e.g. päiväkoti"));
    m_search->setClearButtonEnabled(true);
    auto *searchLabel = new QLabel(tr("&Find:"));
    searchLabel->setBuddy(m_search);
    m_table->setAccessibleName(tr("Earlier items"));
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Interactive);
    m_table->setColumnWidth(2, 280);
    // One line a row: the passage found is shortened, whole in its tooltip.
    m_table->setWordWrap(false);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    m_bringIn = buttons->button(QDialogButtonBox::Ok);
    m_bringIn->setText(tr("Bring In"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_table, &QTableWidget::cellActivated, this, &QDialog::accept);
    // Searched a moment after typing stops, or at once with Enter.
    auto *typing = new QTimer(this);
    typing->setSingleShot(true);
    typing->setInterval(300);
    connect(m_search, &QLineEdit::textEdited, typing, qOverload<>(&QTimer::start));
    connect(typing, &QTimer::timeout, this, [this] { search(m_search->text()); });
    connect(m_search, &QLineEdit::returnPressed, this, [this, typing] {
        typing->stop();
        search(m_search->text());
    });
    auto *searchRow = new QHBoxLayout;
    searchRow->addWidget(searchLabel);
    searchRow->addWidget(m_search, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(searchRow);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    showPending();
}

void BringInDialog::fill(const QList<std::array<QString, 3>> &rows, const QList<qint64> &itemIds)
{
    m_table->setRowCount(int(rows.size()));
    for (int row = 0; row < rows.size(); ++row) {
        for (int column = 0; column < 3; ++column) {
            auto *cell = new QTableWidgetItem(rows.at(row).at(size_t(column)));
            cell->setToolTip(cell->text());
            m_table->setItem(row, column, cell);
        }
        m_table->item(row, 0)->setData(Qt::UserRole, itemIds.at(row));
    }
    m_table->resizeColumnToContents(0);
    if (!rows.isEmpty())
        m_table->selectRow(0);
    m_bringIn->setEnabled(!rows.isEmpty());
}

void BringInDialog::showPending()
{
    m_table->setHorizontalHeaderLabels({tr("Meeting"), tr("Item"), tr("Outcome")});
    showError(m_error, {});
    const auto pending = AgendaPreparation::pendingItems(m_store, m_meeting);
    if (!pending) {
        fill({}, {});
        return showError(m_error, pending.error());
    }
    QList<std::array<QString, 3>> rows;
    QList<qint64> ids;
    for (const AgendaPreparation::PendingItem &entry : *pending) {
        rows.append({entry.item.sectionNumber
                         ? tr("%1 § %2").arg(entry.meetingReference).arg(*entry.item.sectionNumber)
                         : entry.meetingReference,
                     entry.item.title,
                     entry.outcome == ItemDecision::OutcomeKind::Tabled ? tr("Tabled") : tr("Returned for preparation")});
        ids.append(entry.item.id);
    }
    fill(rows, ids);
    if (rows.isEmpty())
        showError(m_error, tr("No tabled or returned items are waiting."));
}

void BringInDialog::search(const QString &query)
{
    if (m_search->text() != query)
        m_search->setText(query);
    if (query.trimmed().isEmpty())
        return showPending();
    m_table->setHorizontalHeaderLabels({tr("Meeting"), tr("Item"), tr("Found")});
    showError(m_error, {});
    constexpr int shown = 50;
    const auto hits = m_store.search(query, 4 * shown);
    const auto meetings = m_store.meetings();
    if (!hits || !meetings) {
        fill({}, {});
        return showError(m_error, hits ? meetings.error() : hits.error());
    }
    // Items of meetings before this one, best found first.
    QHash<qint64, QDateTime> starts;
    for (const Meeting &meeting : *meetings)
        starts.insert(meeting.id, meeting.plannedStart);
    QList<std::array<QString, 3>> rows;
    QList<qint64> ids;
    for (const SearchHit &hit : *hits) {
        if (hit.meetingId == m_meeting.id || starts.value(hit.meetingId) >= m_meeting.plannedStart)
            continue;
        rows.append({hit.sectionNumber ? tr("%1 § %2").arg(hit.meetingReference).arg(*hit.sectionNumber)
                                       : hit.meetingReference,
                     hit.title, QString(hit.snippet).remove(u'[').remove(u']').simplified()});
        ids.append(hit.itemId);
        if (rows.size() == shown)
            break;
    }
    fill(rows, ids);
    if (rows.isEmpty())
        showError(m_error, tr("No earlier item has the words “%1”.").arg(query.trimmed()));
}

QString BringInDialog::error() const
{
    return m_error->text();
}

void BringInDialog::accept()
{
    const int row = m_table->currentRow();
    if (row < 0 || !m_table->item(row, 0))
        return showError(m_error, tr("Choose the item to bring in."));
    const qint64 source = m_table->item(row, 0)->data(Qt::UserRole).toLongLong();
    const auto brought = AgendaPreparation::bringIn(m_store, m_meeting.id, source);
    if (!brought)
        return showError(m_error, brought.error());
    m_broughtItemId = *brought;
    QDialog::accept();
}

// ---------------------------------------------------------------------------

InvitationDialog::InvitationDialog(Store &store, const Meeting &meeting, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_meetingId(meeting.id)
    , m_seats(new QListWidget)
    , m_invitees(new QTableWidget(0, 3))
    , m_person(new QComboBox)
    , m_role(new QLineEdit)
    , m_email(new QLineEdit)
    , m_error(errorLabel())
{
    const auto reference = store.meetingReference(meeting);
    setWindowTitle(tr("Invitation List – %1").arg(reference ? *reference : QString()));
    resize(760, 560);
    m_seats->setAccessibleName(tr("Members, deputies and officials"));
    m_invitees->setAccessibleName(tr("Others invited"));
    m_invitees->setHorizontalHeaderLabels({tr("Name"), tr("Role"), tr("E-mail")});
    m_invitees->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_invitees->verticalHeader()->hide();
    m_invitees->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_invitees->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_person->setEditable(true);
    m_person->setInsertPolicy(QComboBox::NoInsert);
    m_person->setAccessibleName(tr("Person to invite"));
    m_person->lineEdit()->setPlaceholderText(tr("Pick a person or type a name"));
    m_role->setAccessibleName(tr("Role"));
    m_role->setPlaceholderText(tr("Role, e.g. council chair"));
    m_email->setAccessibleName(tr("E-mail"));
    m_email->setPlaceholderText(tr("E-mail (for a typed name)"));
    if (const auto persons = store.persons()) {
        for (const Person &person : *persons)
            m_person->addItem(person.displayName(), person.id);
    }
    m_person->setCurrentIndex(-1);

    auto *add = new QPushButton(tr("&Invite"));
    auto *remove = new QPushButton(tr("&Remove"));
    auto *copy = new QPushButton(tr("&Copy E-mail Addresses"));
    copy->setToolTip(tr("Copies everyone's e-mail address, for sending the invitation and the agenda"));
    connect(add, &QPushButton::clicked, this, [this] {
        if (invite(m_person->currentText(), m_role->text(), m_email->text())) {
            m_person->setCurrentIndex(-1);
            m_person->clearEditText();
            m_role->clear();
            m_email->clear();
        }
    });
    connect(remove, &QPushButton::clicked, this, &InvitationDialog::removeSelected);
    connect(copy, &QPushButton::clicked, this, [this] { QApplication::clipboard()->setText(emailAddresses()); });

    auto *layout = new QVBoxLayout(this);
    auto *seatsLabel = new QLabel(tr("&Members and officials (from the body's memberships)"));
    seatsLabel->setBuddy(m_seats);
    layout->addWidget(seatsLabel);
    layout->addWidget(m_seats, 1);
    auto *othersLabel = new QLabel(tr("&Others invited"));
    othersLabel->setBuddy(m_invitees);
    layout->addWidget(othersLabel);
    layout->addWidget(m_invitees, 1);
    auto *row = new QHBoxLayout;
    row->addWidget(m_person, 2);
    row->addWidget(m_role, 2);
    row->addWidget(m_email, 2);
    row->addWidget(add);
    row->addWidget(remove);
    layout->addLayout(row);
    layout->addWidget(m_error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    buttons->addButton(copy, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::accept);
    layout->addWidget(buttons);
    reload();
}

QString InvitationDialog::error() const
{
    return m_error->text();
}

void InvitationDialog::reload()
{
    m_seats->clear();
    m_seatEmails.clear();
    const auto meeting = m_store.meeting(m_meetingId);
    if (!meeting || !meeting->has_value())
        return showError(m_error, meeting ? tr("There is no meeting with id %1.").arg(m_meetingId) : meeting.error());
    const auto invited = InvitationList::of(m_store, meeting->value());
    const auto persons = m_store.persons();
    if (!invited || !persons)
        return showError(m_error, invited ? persons.error() : invited.error());
    QHash<qint64, Person> byId;
    for (const Person &person : *persons)
        byId.insert(person.id, person);
    QHash<qint64, QString> deputies;
    for (const InvitationList::Entry &entry : *invited) {
        if (entry.role == MembershipRole::Deputy)
            deputies.insert(entry.deputyForPersonId, entry.name);
    }
    for (const InvitationList::Entry &entry : *invited) {
        if (!entry.holdsSeat())
            continue;
        if (!entry.email.isEmpty())
            m_seatEmails << entry.email;
        // A personal deputy is named beside the member.
        if (entry.role == MembershipRole::Deputy)
            continue;
        QString line = tr("%1 (%2)").arg(entry.name, Labels::membershipRole(*entry.role));
        if (deputies.contains(entry.personId))
            line += tr(" – personal deputy %1").arg(deputies.value(entry.personId));
        m_seats->addItem(line);
    }

    const auto invitees = m_store.invitees(m_meetingId);
    if (!invitees)
        return showError(m_error, invitees.error());
    m_invitees->setRowCount(int(invitees->size()));
    for (int row = 0; row < invitees->size(); ++row) {
        const Invitee &invitee = invitees->at(row);
        const Person person = byId.value(invitee.personId);
        auto *name = new QTableWidgetItem(invitee.personId ? person.displayName() : invitee.name);
        name->setData(Qt::UserRole, invitee.id);
        m_invitees->setItem(row, 0, name);
        m_invitees->setItem(row, 1, new QTableWidgetItem(invitee.role));
        m_invitees->setItem(row, 2, new QTableWidgetItem(invitee.personId ? person.email : invitee.email));
    }
}

bool InvitationDialog::invite(const QString &personOrName, const QString &role, const QString &email)
{
    Invitee invitee;
    invitee.meetingId = m_meetingId;
    const int index = m_person->findText(personOrName.trimmed());
    if (index >= 0)
        invitee.personId = m_person->itemData(index).toLongLong();
    else
        invitee.name = personOrName.trimmed();
    invitee.role = role;
    invitee.email = invitee.personId ? QString() : email;
    if (const auto added = m_store.addInvitee(invitee); !added) {
        showError(m_error, added.error());
        return false;
    }
    showError(m_error, {});
    reload();
    return true;
}

bool InvitationDialog::removeSelected()
{
    const int row = m_invitees->currentRow();
    if (row < 0 || !m_invitees->item(row, 0))
        return false;
    if (const auto removed = m_store.removeInvitee(m_invitees->item(row, 0)->data(Qt::UserRole).toLongLong()); !removed) {
        showError(m_error, removed.error());
        return false;
    }
    reload();
    return true;
}

QString InvitationDialog::emailAddresses() const
{
    QStringList all = m_seatEmails;
    for (int row = 0; row < m_invitees->rowCount(); ++row) {
        const QString email = m_invitees->item(row, 2) ? m_invitees->item(row, 2)->text() : QString();
        if (!email.isEmpty())
            all << email;
    }
    all.removeDuplicates();
    return all.join(QStringLiteral("; "));
}
