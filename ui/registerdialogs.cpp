#include "registerdialogs.h"

#include "bodyform.h"
#include "dialogsupport.h"
#include "labels.h"

#include "procedure/membershipchanges.h"
#include "signing/certificatefile.h"
#include "store/store.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

using DialogSupport::buttons;
using DialogSupport::errorLabel;
using DialogSupport::showError;

namespace {

QString dayText(const QDate &day)
{
    return Labels::day(day);
}

QDateEdit *dateEdit(const QDate &day)
{
    auto *edit = new QDateEdit(day);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(Labels::dayFormat());
    edit->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    return edit;
}

// The last day of the council term running today (or the next one): where
// a new elected membership usually ends.
QDate currentTermEnd()
{
    const QDate today = QDate::currentDate();
    QDate end = MembershipChanges::councilTermEnd(today);
    if (end < today)
        end = end.addYears(4);
    return end;
}

bool holdsSeat(MembershipRole role)
{
    return role == MembershipRole::Chair || role == MembershipRole::ViceChair || role == MembershipRole::Member;
}

QString personName(Store &store, qint64 id)
{
    const auto person = store.person(id);
    return person && person->has_value() ? person->value().displayName() : QString();
}

QString bodyName(Store &store, qint64 id)
{
    const auto body = store.body(id);
    return body && body->has_value() ? body->value().name : QString();
}

} // namespace

// ---------------------------------------------------------------------------

PersonPicker::PersonPicker(Store &store, bool allowNone, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_allowNone(allowNone)
    , m_box(new QComboBox)
    , m_new(new QPushButton(tr("New Person…")))
{
    m_box->setEditable(true);
    m_box->setInsertPolicy(QComboBox::NoInsert);
    m_box->completer()->setFilterMode(Qt::MatchContains);
    m_box->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_box->lineEdit()->setPlaceholderText(tr("Type to find a person"));
    m_box->setMinimumContentsLength(24);
    m_new->setToolTip(tr("Adds a person to the store and chooses them here"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_box, 1);
    layout->addWidget(m_new);
    setFocusProxy(m_box);
    connect(m_new, &QPushButton::clicked, this, [this] {
        PersonDialog dialog(m_store, Person{}, this);
        if (dialog.exec() != QDialog::Accepted)
            return;
        reload();
        setPersonId(dialog.personId());
    });
    connect(m_box, &QComboBox::currentIndexChanged, this, &PersonPicker::personChanged);
    connect(m_box, &QComboBox::editTextChanged, this, &PersonPicker::personChanged);
    reload();
}

qint64 PersonPicker::personId() const
{
    const QString text = m_box->currentText().trimmed();
    if (m_box->currentIndex() >= 0 && m_box->itemText(m_box->currentIndex()) == text)
        return m_box->currentData().toLongLong();
    if (text.isEmpty())
        return 0;
    int match = m_box->findText(text, Qt::MatchFixedString);
    if (match < 0) {
        // What was typed begins one name only.
        for (int i = 0; i < m_box->count(); ++i) {
            if (!m_box->itemText(i).startsWith(text, Qt::CaseInsensitive))
                continue;
            if (match >= 0)
                return 0;
            match = i;
        }
    }
    return match >= 0 ? m_box->itemData(match).toLongLong() : 0;
}

void PersonPicker::setPersonId(qint64 id)
{
    const int index = m_box->findData(id);
    m_box->setCurrentIndex(index);
    if (index < 0)
        m_box->setEditText(QString());
}

void PersonPicker::reload()
{
    const qint64 current = personId();
    const QSignalBlocker blocker(m_box);
    m_box->clear();
    if (m_allowNone)
        m_box->addItem(tr("(none)"), qint64(0));
    if (const auto stored = m_store.persons()) {
        QList<Person> persons = *stored;
        std::sort(persons.begin(), persons.end(), [](const Person &a, const Person &b) {
            const int family = QString::localeAwareCompare(a.familyName, b.familyName);
            return family != 0 ? family < 0 : QString::localeAwareCompare(a.givenName, b.givenName) < 0;
        });
        for (const Person &person : std::as_const(persons)) {
            QString label = person.displayName().trimmed();
            if (!person.title.isEmpty())
                label += QStringLiteral(", ") + person.title;
            m_box->addItem(label, person.id);
        }
    }
    setPersonId(current);
    if (!current && m_allowNone)
        m_box->setCurrentIndex(0);
}

// ---------------------------------------------------------------------------

BodyDialog::BodyDialog(Store &store, const Body &body, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_form(new BodyForm)
    , m_error(errorLabel())
    , m_bodyId(body.id)
{
    setWindowTitle(body.id ? tr("Edit Body – %1").arg(body.name) : tr("New Body"));
    m_form->setBody(body);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_form);
    layout->addWidget(m_error);
    layout->addWidget(buttons(this, body.id ? tr("Save") : tr("Add Body")));
    setMinimumWidth(520);
}

QString BodyDialog::error() const
{
    return m_error->text();
}

void BodyDialog::accept()
{
    const Body body = m_form->body();
    if (body.id) {
        if (const Status updated = m_store.updateBody(body); !updated)
            return showError(m_error, updated.error());
    } else {
        const auto added = m_store.addBody(body);
        if (!added)
            return showError(m_error, added.error());
        m_bodyId = *added;
    }
    showError(m_error, {});
    QDialog::accept();
}

// ---------------------------------------------------------------------------

PersonDialog::PersonDialog(Store &store, const Person &person, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_person(person)
    , m_given(new QLineEdit(person.givenName))
    , m_family(new QLineEdit(person.familyName))
    , m_title(new QLineEdit(person.title))
    , m_email(new QLineEdit(person.email))
    , m_phone(new QLineEdit(person.phone))
    , m_error(errorLabel())
{
    setWindowTitle(person.id ? tr("Edit Person – %1").arg(person.displayName()) : tr("New Person"));
    m_title->setPlaceholderText(tr("e.g. yrittäjä, kunnanjohtaja"));
    m_title->setToolTip(tr("An official's title is printed with their name in the agenda and the minutes."));
    m_email->setPlaceholderText(tr("for invitations, e.g. aino.makela@example.fi"));
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&Given name:"), m_given);
    form->addRow(tr("&Family name:"), m_family);
    form->addRow(tr("&Title or occupation:"), m_title);
    form->addRow(tr("&E-mail:"), m_email);
    form->addRow(tr("&Phone:"), m_phone);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons(this, person.id ? tr("Save") : tr("Add Person")));
    setMinimumWidth(460);
}

QString PersonDialog::error() const
{
    return m_error->text();
}

void PersonDialog::accept()
{
    Person person = m_person;
    person.givenName = m_given->text().trimmed();
    person.familyName = m_family->text().trimmed();
    person.title = m_title->text().trimmed();
    person.email = m_email->text().trimmed();
    person.phone = m_phone->text().trimmed();
    if (person.familyName.isEmpty())
        return showError(m_error, tr("Give the person's family name."));
    if (!person.email.isEmpty() && (!person.email.contains(u'@') || person.email.contains(u' ')))
        return showError(m_error, tr("\"%1\" is not an e-mail address.").arg(person.email));
    if (person.id) {
        if (const Status updated = m_store.updatePerson(person); !updated)
            return showError(m_error, updated.error());
    } else {
        const auto added = m_store.addPerson(person);
        if (!added)
            return showError(m_error, added.error());
        person.id = *added;
    }
    m_person = person;
    showError(m_error, {});
    QDialog::accept();
}

// ---------------------------------------------------------------------------

MembershipDialog::MembershipDialog(Store &store, qint64 bodyId, Kind kind, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_editing(false)
{
    m_membership.bodyId = bodyId;
    m_membership.role = kind == Kind::Seat ? MembershipRole::Member : MembershipRole::Presenter;
    m_membership.validFrom = QDate::currentDate();
    if (kind == Kind::Seat)
        m_membership.validUntil = currentTermEnd();
    setWindowTitle(kind == Kind::Seat ? tr("Add Member – %1").arg(bodyName(store, bodyId))
                                      : tr("Add Official – %1").arg(bodyName(store, bodyId)));
    build(kind);
}

MembershipDialog::MembershipDialog(Store &store, const Membership &membership, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_membership(membership)
    , m_editing(true)
{
    setWindowTitle(tr("Edit Membership – %1").arg(personName(store, membership.personId)));
    const bool official = membership.role == MembershipRole::Presenter || membership.role == MembershipRole::Secretary;
    build(official ? Kind::Official : Kind::Seat);
}

void MembershipDialog::build(Kind kind)
{
    m_person = new PersonPicker(m_store, false);
    m_person->box()->setAccessibleName(tr("Person"));
    m_role = new QComboBox;
    const QList<MembershipRole> roles = kind == Kind::Seat
        ? QList<MembershipRole>{MembershipRole::Member, MembershipRole::Chair, MembershipRole::ViceChair,
                                MembershipRole::Deputy}
        : QList<MembershipRole>{MembershipRole::Presenter, MembershipRole::Secretary};
    for (const MembershipRole role : roles)
        m_role->addItem(Labels::membershipRole(role), int(role));
    m_role->setCurrentIndex(std::max(0, m_role->findData(int(m_membership.role))));
    m_deputyFor = new QComboBox;
    m_deputyFor->setToolTip(tr("The member whose personal deputy this is."));
    m_personalDeputy = new PersonPicker(m_store, true);
    m_personalDeputy->box()->setAccessibleName(tr("Personal deputy"));
    m_personalDeputy->setToolTip(tr("Adds the member's personal deputy for the same period, if one was elected."));
    m_from = dateEdit(m_membership.validFrom);
    m_hasUntil = new QCheckBox(tr("&Ends on"));
    m_hasUntil->setChecked(m_membership.validUntil.isValid());
    m_until = dateEdit(m_membership.validUntil.isValid() ? m_membership.validUntil : currentTermEnd());
    m_until->setAccessibleName(tr("Last day"));
    m_until->setEnabled(m_hasUntil->isChecked());
    m_error = errorLabel();
    if (m_editing) {
        m_person->setPersonId(m_membership.personId);
        m_person->setEnabled(false);
    }

    auto *form = m_form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&Person:"), m_person);
    form->addRow(tr("&Role:"), m_role);
    form->addRow(tr("&Deputy for:"), m_deputyFor);
    m_personalDeputyLabel = new QLabel(tr("Personal &deputy:"));
    m_personalDeputyLabel->setBuddy(m_personalDeputy);
    form->addRow(m_personalDeputyLabel, m_personalDeputy);
    form->addRow(tr("&From:"), m_from);
    auto *untilRow = new QHBoxLayout;
    untilRow->addWidget(m_hasUntil);
    untilRow->addWidget(m_until);
    untilRow->addStretch(1);
    form->addRow(QString(), untilRow);
    auto *layout = new QVBoxLayout(this);
    if (kind == Kind::Official && !m_editing) {
        auto *note = new QLabel(tr("The presenter (esittelijä) makes the base proposals; the secretary keeps the "
                                   "minutes. Both are listed in the invitation and the minutes."));
        note->setWordWrap(true);
        layout->addWidget(note);
    }
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons(this, m_editing ? tr("Save") : tr("Add")));
    setMinimumWidth(560);

    connect(m_hasUntil, &QCheckBox::toggled, m_until, &QWidget::setEnabled);
    connect(m_role, &QComboBox::currentIndexChanged, this, &MembershipDialog::roleChanged);
    connect(m_from, &QDateEdit::dateChanged, this, &MembershipDialog::fillDeputyFor);
    connect(m_hasUntil, &QCheckBox::toggled, this, &MembershipDialog::fillDeputyFor);
    connect(m_until, &QDateEdit::dateChanged, this, &MembershipDialog::fillDeputyFor);
    fillDeputyFor();
    roleChanged();
}

MembershipRole MembershipDialog::role() const
{
    return MembershipRole(m_role->currentData().toInt());
}

void MembershipDialog::roleChanged()
{
    m_form->setRowVisible(m_deputyFor, role() == MembershipRole::Deputy);
    m_form->setRowVisible(m_personalDeputy, !m_editing && holdsSeat(role()));
}

void MembershipDialog::fillDeputyFor()
{
    // The seats of the body during the membership's period.
    const QDate from = m_from->date();
    const QDate until = m_hasUntil->isChecked() ? m_until->date() : QDate();
    const qint64 current = m_deputyFor->currentIndex() >= 0 ? m_deputyFor->currentData().toLongLong()
                                                             : m_membership.deputyForPersonId;
    m_deputyFor->clear();
    const auto memberships = m_store.memberships(m_membership.bodyId);
    if (!memberships)
        return showError(m_error, memberships.error());
    QList<qint64> seats;
    for (const Membership &membership : *memberships) {
        const bool overlaps = (until.isNull() || membership.validFrom <= until)
            && (membership.validUntil.isNull() || membership.validUntil >= from);
        if (holdsSeat(membership.role) && overlaps && !seats.contains(membership.personId))
            seats.append(membership.personId);
    }
    if (m_membership.deputyForPersonId && !seats.contains(m_membership.deputyForPersonId))
        seats.append(m_membership.deputyForPersonId);
    const auto persons = m_store.persons(seats);
    if (!persons)
        return showError(m_error, persons.error());
    for (const qint64 id : std::as_const(seats))
        m_deputyFor->addItem(persons->value(id).displayName(), id);
    m_deputyFor->setCurrentIndex(std::max(0, m_deputyFor->findData(current)));
}

QString MembershipDialog::error() const
{
    return m_error->text();
}

void MembershipDialog::accept()
{
    Membership membership = m_membership;
    membership.personId = m_person->personId();
    membership.role = role();
    membership.deputyForPersonId =
        membership.role == MembershipRole::Deputy && m_deputyFor->currentIndex() >= 0 ? m_deputyFor->currentData().toLongLong() : 0;
    membership.validFrom = m_from->date();
    membership.validUntil = m_hasUntil->isChecked() ? m_until->date() : QDate();
    if (!membership.personId)
        return showError(m_error, tr("Choose the person, or add a new one with New Person…."));
    if (membership.role == MembershipRole::Deputy && !membership.deputyForPersonId)
        return showError(m_error, tr("Choose the member this deputy stands in for; the body has no member in "
                                     "this period yet."));
    if (m_editing) {
        if (const Status updated = m_store.updateMembership(membership); !updated)
            return showError(m_error, updated.error());
    } else {
        const qint64 deputy = holdsSeat(membership.role) ? m_personalDeputy->personId() : 0;
        Store::Transaction transaction(m_store);
        if (!transaction.ok())
            return showError(m_error, transaction.error());
        const auto added = m_store.addMembership(membership);
        if (!added)
            return showError(m_error, added.error());
        membership.id = *added;
        if (deputy) {
            const auto deputyAdded = m_store.addMembership({0, membership.bodyId, deputy, MembershipRole::Deputy,
                                                            membership.personId, membership.validFrom,
                                                            membership.validUntil});
            if (!deputyAdded)
                return showError(m_error, deputyAdded.error());
        }
        if (const Status committed = transaction.commit(); !committed)
            return showError(m_error, committed.error());
    }
    m_membership = membership;
    showError(m_error, {});
    QDialog::accept();
}

// ---------------------------------------------------------------------------

EndMembershipDialog::EndMembershipDialog(Store &store, const Membership &membership, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_membership(membership)
    , m_lastDay(dateEdit(std::max(QDate::currentDate(), membership.validFrom)))
    , m_error(errorLabel())
{
    const QString name = personName(store, membership.personId);
    setWindowTitle(tr("End Membership – %1").arg(name));
    auto *intro = new QLabel(tr("%1, %2 of %3 since %4. The membership ends on its last day; its history stays.")
                                 .arg(name, Labels::membershipRole(membership.role), bodyName(store, membership.bodyId),
                                      dayText(membership.validFrom)));
    intro->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("&Last day:"), m_lastDay);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons(this, tr("End Membership")));
    setMinimumWidth(480);
}

QString EndMembershipDialog::error() const
{
    return m_error->text();
}

void EndMembershipDialog::accept()
{
    if (const Status ended = m_store.endMembership(m_membership.id, m_lastDay->date()); !ended)
        return showError(m_error, ended.error());
    showError(m_error, {});
    QDialog::accept();
}

// ---------------------------------------------------------------------------

SuccessionDialog::SuccessionDialog(Store &store, const Membership &membership, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_membership(membership)
    , m_leaving(personName(store, membership.personId))
    , m_successor(new PersonPicker(store, false))
    , m_firstDay(dateEdit(std::max(QDate::currentDate(), membership.validFrom.addDays(1))))
    , m_moveDeputy(new QCheckBox)
    , m_outcome(new QLabel)
    , m_error(errorLabel())
{
    setWindowTitle(tr("Resignation and Successor – %1").arg(m_leaving));
    const QString period = membership.validUntil.isValid()
        ? tr("%1–%2").arg(dayText(membership.validFrom), dayText(membership.validUntil))
        : tr("from %1").arg(dayText(membership.validFrom));
    auto *intro = new QLabel(tr("<b>%1</b> leaves the seat: %2 of %3, %4. The successor takes it in the same role "
                                "for the rest of the period.")
                                 .arg(m_leaving.toHtmlEscaped(), Labels::membershipRole(membership.role),
                                      bodyName(store, membership.bodyId).toHtmlEscaped(), period));
    intro->setWordWrap(true);
    m_successor->box()->setAccessibleName(tr("Successor"));
    m_moveDeputy->setChecked(true);
    m_outcome->setWordWrap(true);
    m_outcome->setAccessibleName(tr("What will be recorded"));
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&Successor:"), m_successor);
    form->addRow(tr("Successor's &first day:"), m_firstDay);
    form->addRow(m_moveDeputy);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_outcome);
    layout->addWidget(m_error);
    layout->addWidget(buttons(this, tr("Record Succession")));
    setMinimumWidth(600);
    connect(m_successor, &PersonPicker::personChanged, this, &SuccessionDialog::describe);
    connect(m_firstDay, &QDateEdit::dateChanged, this, &SuccessionDialog::describe);
    connect(m_moveDeputy, &QCheckBox::toggled, this, &SuccessionDialog::describe);
    describe();
}

void SuccessionDialog::describe()
{
    const QDate firstDay = m_firstDay->date();
    const QDate lastDay = firstDay.addDays(-1);
    const qint64 successor = m_successor->personId();
    // The personal deputies who stand in for the member leaving after that day.
    QList<Membership> deputies;
    if (holdsSeat(m_membership.role)) {
        if (const auto all = m_store.memberships(m_membership.bodyId)) {
            for (const Membership &m : *all) {
                if (m.role == MembershipRole::Deputy && m.deputyForPersonId == m_membership.personId
                    && (m.validUntil.isNull() || m.validUntil > lastDay))
                    deputies.append(m);
            }
        }
    }
    QStringList deputyNames;
    bool successorIsDeputy = false;
    for (const Membership &deputy : std::as_const(deputies)) {
        if (deputy.personId == successor)
            successorIsDeputy = true;
        else
            deputyNames << personName(m_store, deputy.personId);
    }
    m_moveDeputy->setVisible(!deputyNames.isEmpty());
    m_moveDeputy->setText(tr("The personal &deputy %1 stands in for the successor").arg(deputyNames.join(QStringLiteral(", "))));

    QStringList lines;
    lines << tr("%1's membership ends on %2.").arg(m_leaving, dayText(lastDay));
    if (successor) {
        const QString until = m_membership.validUntil.isValid() ? tr(" until %1").arg(dayText(m_membership.validUntil))
                                                                : QString();
        lines << tr("%1 is %2 from %3%4.")
                     .arg(personName(m_store, successor), Labels::membershipRole(m_membership.role), dayText(firstDay),
                          until);
    }
    if (successorIsDeputy)
        lines << tr("The successor was the personal deputy: that deputy membership ends on %1 too.")
                     .arg(dayText(lastDay));
    if (!deputyNames.isEmpty() && !m_moveDeputy->isChecked())
        lines << tr("The personal deputy %1 does not stand in for the successor: that deputy membership ends on %2 "
                    "too.")
                     .arg(deputyNames.join(QStringLiteral(", ")), dayText(lastDay));
    m_outcome->setText(lines.join(u' '));
    if (isVisible())
        adjustSize();
}

QString SuccessionDialog::error() const
{
    return m_error->text();
}

void SuccessionDialog::accept()
{
    MembershipChanges::Succession succession;
    succession.membershipId = m_membership.id;
    succession.successorPersonId = m_successor->personId();
    succession.firstDay = m_firstDay->date();
    succession.moveDeputy = m_moveDeputy->isChecked();
    const auto done = MembershipChanges::succeed(m_store, succession);
    if (!done)
        return showError(m_error, done.error());
    m_successorMembershipId = done->successorMembershipId;
    showError(m_error, {});
    QDialog::accept();
}

// ---------------------------------------------------------------------------

TermChangeDialog::TermChangeDialog(Store &store, const Body &body, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_body(body)
    , m_lastDay(dateEdit(QDate::currentDate()))
    , m_officials(new QCheckBox(tr("Also end the &presenters' and secretaries' memberships")))
    , m_ending(new QListWidget)
    , m_count(new QLabel)
    , m_error(errorLabel())
{
    setWindowTitle(tr("Change of Term – %1").arg(body.name));
    // The council term nearest today; once it is past and none of the
    // body's memberships runs beyond it (its change is done), the next.
    const QDate today = QDate::currentDate();
    QDate lastDay = MembershipChanges::councilTermEnd(today);
    if (const auto memberships = store.memberships(body.id);
        lastDay < today && memberships && MembershipChanges::endingWithTerm(*memberships, lastDay).isEmpty())
        lastDay = lastDay.addYears(4);
    m_lastDay->setDate(lastDay);
    auto *intro = new QLabel(tr("At the change of term the memberships of %1 end on the last day of the old term; "
                                "their history stays. Then add the new term's members, or import them from a "
                                "spreadsheet with Import Members….")
                                 .arg(body.name));
    intro->setWordWrap(true);
    m_officials->setToolTip(tr("Officials hold their offices across terms: leave this unticked to keep them."));
    m_ending->setAccessibleName(tr("Memberships that end"));
    m_count->setWordWrap(true);
    m_count->setBuddy(m_ending);
    auto *form = new QFormLayout;
    form->addRow(tr("&Last day of the term:"), m_lastDay);
    form->addRow(QString(), m_officials);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_count);
    layout->addWidget(m_ending, 1);
    layout->addWidget(m_error);
    QDialogButtonBox *box = buttons(this, tr("End Memberships"));
    m_ok = box->button(QDialogButtonBox::Ok);
    layout->addWidget(box);
    resize(600, 480);
    connect(m_lastDay, &QDateEdit::dateChanged, this, &TermChangeDialog::preview);
    connect(m_officials, &QCheckBox::toggled, this, &TermChangeDialog::preview);
    preview();
}

void TermChangeDialog::preview()
{
    m_ending->clear();
    const auto memberships = m_store.memberships(m_body.id);
    if (!memberships)
        return showError(m_error, memberships.error());
    const QList<Membership> ending =
        MembershipChanges::endingWithTerm(*memberships, m_lastDay->date(), m_officials->isChecked());
    for (const Membership &membership : ending) {
        QString line = tr("%1, %2").arg(personName(m_store, membership.personId), Labels::membershipRole(membership.role));
        if (membership.deputyForPersonId)
            line += QLatin1Char(' ') + tr("for %1").arg(personName(m_store, membership.deputyForPersonId));
        line += QLatin1Char(' ') + tr("(from %1)").arg(dayText(membership.validFrom));
        m_ending->addItem(line);
    }
    m_count->setText(ending.isEmpty()
                         ? tr("No membership of %1 runs beyond %2: none needs to end.")
                               .arg(m_body.name, dayText(m_lastDay->date()))
                         : tr("%n membership(s) end on %1:", nullptr, int(ending.size())).arg(dayText(m_lastDay->date())));
    m_ok->setEnabled(!ending.isEmpty());
}

QString TermChangeDialog::error() const
{
    return m_error->text();
}

void TermChangeDialog::accept()
{
    const auto ended = MembershipChanges::endTerm(m_store, m_body.id, m_lastDay->date(), m_officials->isChecked());
    if (!ended)
        return showError(m_error, ended.error());
    m_ended = *ended;
    showError(m_error, {});
    QDialog::accept();
}

// ---------------------------------------------------------------------------
// A person's certificates

CertificatesDialog::CertificatesDialog(Store &store, qint64 personId, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_personId(personId)
    , m_table(new QTableWidget(0, 5))
    , m_use(new QComboBox)
    , m_error(errorLabel())
{
    QString name;
    if (const auto person = store.person(personId); person && person->has_value())
        name = person->value().displayName();
    setWindowTitle(tr("Certificates of %1").arg(name));
    resize(860, 380);
    auto *intro = new QLabel(tr("The certificates %1 signs minutes with and, where it is another (a Finnish identity "
                                "card has its own), the one meeting packages are encrypted to. Each is registered "
                                "from the certificate file itself: never a private key. Minutes are signed in %1's "
                                "turn only with a certificate registered here for signing.")
                                 .arg(name));
    intro->setWordWrap(true);
    m_table->setHorizontalHeaderLabels({tr("Use"), tr("Holder"), tr("Issuer"), tr("Valid"), tr("SHA-256 fingerprint")});
    m_table->setAccessibleName(tr("Certificates"));
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_use->addItem(tr("For signing"), Codes::code(CertificateUse::Signing));
    m_use->addItem(tr("For encrypting packages"), Codes::code(CertificateUse::Encryption));
    m_use->setAccessibleName(tr("What the certificate is for"));
    auto *add = new QPushButton(tr("&Add from File…"));
    add->setToolTip(tr("Register a certificate from its file (.pem, .crt, .cer or .der)"));
    connect(add, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Certificate File"), QString(),
                                                          tr("Certificates (*.pem *.crt *.cer *.der);;All files (*)"));
        if (!path.isEmpty())
            addFile(path);
    });
    auto *useLabel = new QLabel(tr("&Register:"));
    useLabel->setBuddy(m_use);
    auto *row = new QHBoxLayout;
    row->addWidget(useLabel);
    row->addWidget(m_use);
    row->addWidget(add);
    row->addStretch(1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addLayout(row);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    reload();
}

QString CertificatesDialog::error() const
{
    return m_error->text();
}

void CertificatesDialog::reload()
{
    const auto certificates = m_store.personCertificates(m_personId);
    if (!certificates)
        return showError(m_error, certificates.error());
    m_table->setRowCount(int(certificates->size()));
    for (int row = 0; row < certificates->size(); ++row) {
        const PersonCertificate &c = certificates->at(row);
        const QString valid = tr("%1 – %2").arg(Labels::day(c.validFrom.toLocalTime().date()),
                                                Labels::day(c.validUntil.toLocalTime().date()));
        const QStringList cells{c.use == CertificateUse::Signing ? tr("signing") : tr("encryption"), c.commonName,
                                c.issuer.section(u',', 0, 0), valid, c.sha256};
        for (int column = 0; column < cells.size(); ++column) {
            auto *cell = new QTableWidgetItem(cells.at(column));
            cell->setToolTip(column == 2 ? c.issuer : column == 1 ? c.subject : cells.at(column));
            m_table->setItem(row, column, cell);
        }
    }
}

bool CertificatesDialog::addFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        showError(m_error, tr("%1 could not be read: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        return false;
    }
    // A certificate is a few kilobytes: what is read past CertificateFile's
    // limit only makes it say so.
    const auto read = CertificateFile::read(file.read(1 << 20));
    if (!read) {
        showError(m_error, read.error());
        return false;
    }
    PersonCertificate certificate = *read;
    certificate.personId = m_personId;
    certificate.use = Codes::parse<CertificateUse>(m_use->currentData().toString()).value_or(CertificateUse::Signing);
    const auto added = m_store.addPersonCertificate(certificate);
    if (!added) {
        showError(m_error, added.error());
        return false;
    }
    showError(m_error, {});
    reload();
    return true;
}
