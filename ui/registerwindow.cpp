#include "registerwindow.h"

#include "bodyform.h"
#include "dialogsupport.h"
#include "labels.h"
#include "memberimportdialog.h"
#include "registerdialogs.h"

#include "store/store.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace {

QString dayText(const QDate &day)
{
    return day.isValid() ? Labels::day(day) : QString();
}

bool holdsSeat(MembershipRole role)
{
    return role == MembershipRole::Chair || role == MembershipRole::ViceChair || role == MembershipRole::Member;
}

bool overlap(const Membership &a, const Membership &b)
{
    return (a.validUntil.isNull() || b.validFrom <= a.validUntil) && (b.validUntil.isNull() || a.validFrom <= b.validUntil);
}

QPushButton *button(const QString &text, const QString &tip)
{
    auto *button = new QPushButton(text);
    button->setToolTip(tip);
    return button;
}

} // namespace

RegisterWindow::RegisterWindow(Store &store, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_tabs(new QTabWidget)
    , m_bodies(new QListWidget)
    , m_membershipsTitle(new QLabel)
    , m_memberships(new QTreeWidget)
    , m_showEnded(new QCheckBox(tr("Show &ended memberships")))
    , m_persons(new QTableWidget(0, 5))
    , m_status(new QLabel)
    , m_error(DialogSupport::errorLabel())
{
    setWindowTitle(tr("Register of Bodies and Members"));
    m_tabs->setAccessibleName(tr("Register"));
    m_confirm = [this](const QString &question) {
        return QMessageBox::question(this, windowTitle(), question) == QMessageBox::Yes;
    };

    // Bodies, and the chosen body's members and officials.
    m_bodies->setAccessibleName(tr("Bodies"));
    auto *addBody = button(tr("Add &Body…"), tr("Adds a body: a committee, a section…"));
    m_editBody = button(tr("Edit B&ody…"), tr("Its names, kind, quorum, § numbering, signing, usual place and time"));
    auto *bodiesLabel = new QLabel(tr("&Bodies"));
    bodiesLabel->setBuddy(m_bodies);
    auto *left = new QWidget;
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(bodiesLabel);
    leftLayout->addWidget(m_bodies, 1);
    auto *bodyButtons = new QHBoxLayout;
    bodyButtons->addWidget(addBody);
    bodyButtons->addWidget(m_editBody);
    leftLayout->addLayout(bodyButtons);

    m_memberships->setColumnCount(4);
    m_memberships->setHeaderLabels({tr("Person"), tr("Role"), tr("From"), tr("Until")});
    m_memberships->setAccessibleName(tr("Members and officials"));
    m_memberships->setRootIsDecorated(true);
    m_memberships->setUniformRowHeights(true);
    // Names are short; a role ("henkilökohtainen varajäsen") takes the room left.
    m_memberships->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_memberships->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_memberships->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_memberships->header()->setSectionResizeMode(3, QHeaderView::ResizeToContents);
    m_membershipsTitle->setBuddy(m_memberships);
    m_addMember = button(tr("Add &Member…"), tr("A member, chair or vice chair with their personal deputy, or a deputy"));
    m_addOfficial = button(tr("Add O&fficial…"), tr("The presenter (esittelijä) or the secretary of the body"));
    m_editMembership = button(tr("Ed&it…"), tr("Corrects the role, the member a deputy stands in for, or the dates"));
    m_endMembership = button(tr("E&nd…"), tr("Ends the membership on its last day; its history stays"));
    m_succession = button(tr("&Resignation…"),
                          tr("The member leaves and a successor takes the seat from a given day"));
    m_removeMembership = button(tr("Remo&ve"), tr("Removes a membership added by mistake"));
    m_changeTerm = button(tr("Change of &Term…"), tr("Ends the memberships of the body on the old term's last day"));
    auto *importMembers = button(tr("&Import Members…"), tr("Adds members from a spreadsheet saved as CSV"));
    auto *membershipButtons = new QVBoxLayout;
    for (QPushButton *b : {m_addMember, m_addOfficial, m_editMembership, m_endMembership, m_succession,
                           m_removeMembership})
        membershipButtons->addWidget(b);
    membershipButtons->addSpacing(12);
    membershipButtons->addWidget(m_changeTerm);
    membershipButtons->addWidget(importMembers);
    membershipButtons->addStretch(1);
    auto *right = new QWidget;
    auto *rightLayout = new QGridLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_membershipsTitle, 0, 0);
    rightLayout->addWidget(m_memberships, 1, 0);
    rightLayout->addWidget(m_showEnded, 2, 0);
    rightLayout->addLayout(membershipButtons, 1, 1);
    rightLayout->setRowStretch(1, 1);

    auto *splitter = new QSplitter(Qt::Horizontal);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({280, 760});
    splitter->setChildrenCollapsible(false);
    auto *bodiesTab = new QWidget;
    auto *bodiesTabLayout = new QVBoxLayout(bodiesTab);
    bodiesTabLayout->addWidget(splitter);
    m_tabs->addTab(bodiesTab, tr("Bodies and &Members"));

    // Persons.
    m_persons->setHorizontalHeaderLabels({tr("Given name"), tr("Family name"), tr("Title or occupation"),
                                          tr("E-mail"), tr("Phone")});
    m_persons->setAccessibleName(tr("Persons"));
    m_persons->verticalHeader()->hide();
    m_persons->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_persons->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_persons->setSelectionMode(QAbstractItemView::SingleSelection);
    // Names and phone numbers are short; the title and the e-mail take the rest.
    for (const int column : {0, 1, 4})
        m_persons->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    for (const int column : {2, 3})
        m_persons->horizontalHeader()->setSectionResizeMode(column, QHeaderView::Stretch);
    m_persons->verticalHeader()->setDefaultSectionSize(m_persons->fontMetrics().height() + 8);
    auto *addPerson = button(tr("Add &Person…"), tr("A member, a deputy or an official"));
    m_editPerson = button(tr("&Edit Person…"), tr("Names, title, e-mail and phone"));
    m_certificates = button(tr("&Certificates…"), tr("The person's signing and encryption certificates"));
    auto *personsTab = new QWidget;
    auto *personsLayout = new QVBoxLayout(personsTab);
    personsLayout->addWidget(m_persons, 1);
    auto *personButtons = new QHBoxLayout;
    personButtons->addWidget(addPerson);
    personButtons->addWidget(m_editPerson);
    personButtons->addWidget(m_certificates);
    personButtons->addStretch(1);
    personsLayout->addLayout(personButtons);
    m_tabs->addTab(personsTab, tr("&Persons"));

    m_status->setWordWrap(true);
    m_status->setAccessibleName(tr("Last change"));
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_status);
    layout->addWidget(m_error);
    layout->addWidget(close);
    resize(1080, 640);

    connect(addBody, &QPushButton::clicked, this, &RegisterWindow::addBody);
    connect(m_editBody, &QPushButton::clicked, this, &RegisterWindow::editBody);
    connect(m_bodies, &QListWidget::itemActivated, this, &RegisterWindow::editBody);
    connect(m_bodies, &QListWidget::currentRowChanged, this, [this] { fillMemberships(); });
    connect(m_addMember, &QPushButton::clicked, this, &RegisterWindow::addMember);
    connect(m_addOfficial, &QPushButton::clicked, this, &RegisterWindow::addOfficial);
    connect(m_editMembership, &QPushButton::clicked, this, &RegisterWindow::editMembership);
    connect(m_memberships, &QTreeWidget::itemActivated, this, &RegisterWindow::editMembership);
    connect(m_endMembership, &QPushButton::clicked, this, &RegisterWindow::endMembership);
    connect(m_succession, &QPushButton::clicked, this, &RegisterWindow::recordSuccession);
    connect(m_removeMembership, &QPushButton::clicked, this, &RegisterWindow::removeMembership);
    connect(m_changeTerm, &QPushButton::clicked, this, &RegisterWindow::changeTerm);
    connect(importMembers, &QPushButton::clicked, this, &RegisterWindow::importMembers);
    connect(m_memberships, &QTreeWidget::currentItemChanged, this, &RegisterWindow::updateButtons);
    connect(m_showEnded, &QCheckBox::toggled, this, [this] { fillMemberships(); });
    connect(addPerson, &QPushButton::clicked, this, &RegisterWindow::addPerson);
    connect(m_editPerson, &QPushButton::clicked, this, &RegisterWindow::editPerson);
    connect(m_certificates, &QPushButton::clicked, this, [this] {
        if (const qint64 person = currentPersonId()) {
            CertificatesDialog dialog(m_store, person, this);
            dialog.exec();
        }
    });
    connect(m_persons, &QTableWidget::cellActivated, this, &RegisterWindow::editPerson);
    connect(m_persons, &QTableWidget::currentCellChanged, this, &RegisterWindow::updateButtons);
    reload();
    m_bodies->setCurrentRow(0);
}

QString RegisterWindow::status() const
{
    return m_status->text();
}

QString RegisterWindow::error() const
{
    return m_error->text();
}

void RegisterWindow::setConfirmation(std::function<bool(const QString &)> confirm)
{
    m_confirm = std::move(confirm);
}

void RegisterWindow::reload()
{
    fillBodies();
    fillMemberships();
    fillPersons();
}

void RegisterWindow::fillBodies()
{
    const qint64 current = currentBodyId();
    const QSignalBlocker blocker(m_bodies);
    m_bodies->clear();
    const auto bodies = m_store.bodies();
    if (!bodies)
        return fail(bodies.error());
    for (const Body &body : *bodies) {
        auto *item = new QListWidgetItem(tr("%1 (%2)").arg(body.name, body.shortName), m_bodies);
        item->setData(Qt::UserRole, body.id);
        item->setToolTip(Labels::bodyKind(body.kind));
        if (body.id == current)
            m_bodies->setCurrentItem(item);
    }
    if (!m_bodies->currentItem() && m_bodies->count())
        m_bodies->setCurrentRow(0);
}

void RegisterWindow::fillMemberships()
{
    const qint64 current = currentMembershipId();
    const QSignalBlocker blocker(m_memberships);
    m_memberships->clear();
    const qint64 bodyId = currentBodyId();
    const QString bodyName = m_bodies->currentItem() ? m_bodies->currentItem()->text() : QString();
    m_membershipsTitle->setText(bodyId ? tr("Members and officials of %1").arg(bodyName)
                                       : tr("Add a body first: members belong to a body."));
    if (bodyId) {
        const auto all = m_store.memberships(bodyId);
        const auto persons = m_store.persons();
        if (!all || !persons)
            return fail(all ? persons.error() : all.error());
        QHash<qint64, Person> byId;
        for (const Person &person : *persons)
            byId.insert(person.id, person);
        const QDate today = QDate::currentDate();
        QList<Membership> shown;
        for (const Membership &membership : *all) {
            if (m_showEnded->isChecked() || membership.validUntil.isNull() || membership.validUntil >= today)
                shown.append(membership);
        }
        auto makeItem = [&](const Membership &membership, QTreeWidgetItem *parent) {
            // A deputy below their member is the "personal deputy"; one
            // listed alone says whose.
            QString role = Labels::membershipRole(membership.role);
            if (membership.deputyForPersonId)
                role = parent ? tr("personal deputy")
                              : tr("personal deputy for %1").arg(byId.value(membership.deputyForPersonId).displayName());
            const QStringList columns{byId.value(membership.personId).displayName(), role,
                                      dayText(membership.validFrom), dayText(membership.validUntil)};
            auto *item = parent ? new QTreeWidgetItem(parent, columns) : new QTreeWidgetItem(m_memberships, columns);
            item->setData(0, Qt::UserRole, membership.id);
            if (membership.validUntil.isValid() && membership.validUntil < today) {
                for (int column = 0; column < columns.size(); ++column)
                    item->setForeground(column, palette().brush(QPalette::Disabled, QPalette::Text));
                item->setToolTip(0, tr("Ended on %1").arg(dayText(membership.validUntil)));
            }
            if (membership.id == current)
                m_memberships->setCurrentItem(item);
            return item;
        };
        // Each seat with its personal deputies below it, as the member lists
        // of the minutes read; then deputies whose member is not listed; then
        // the officials.
        QList<qint64> placed;
        for (const Membership &seat : std::as_const(shown)) {
            if (!holdsSeat(seat.role))
                continue;
            QTreeWidgetItem *item = makeItem(seat, nullptr);
            for (const Membership &deputy : std::as_const(shown)) {
                if (deputy.role == MembershipRole::Deputy && deputy.deputyForPersonId == seat.personId
                    && !placed.contains(deputy.id) && overlap(seat, deputy)) {
                    makeItem(deputy, item);
                    placed.append(deputy.id);
                }
            }
        }
        for (const Membership &deputy : std::as_const(shown)) {
            if (deputy.role == MembershipRole::Deputy && !placed.contains(deputy.id))
                makeItem(deputy, nullptr);
        }
        for (const Membership &official : std::as_const(shown)) {
            if (official.role == MembershipRole::Presenter || official.role == MembershipRole::Secretary)
                makeItem(official, nullptr);
        }
        m_memberships->expandAll();
    }
    updateButtons();
}

void RegisterWindow::fillPersons()
{
    const qint64 current = currentPersonId();
    const QSignalBlocker blocker(m_persons);
    const auto stored = m_store.persons();
    if (!stored)
        return fail(stored.error());
    QList<Person> persons = *stored;
    std::sort(persons.begin(), persons.end(), [](const Person &a, const Person &b) {
        const int family = QString::localeAwareCompare(a.familyName, b.familyName);
        return family != 0 ? family < 0 : QString::localeAwareCompare(a.givenName, b.givenName) < 0;
    });
    m_persons->clearContents();
    m_persons->setRowCount(int(persons.size()));
    for (int row = 0; row < persons.size(); ++row) {
        const Person &person = persons.at(row);
        const QStringList columns{person.givenName, person.familyName, person.title, person.email, person.phone};
        for (int column = 0; column < columns.size(); ++column) {
            auto *item = new QTableWidgetItem(columns.at(column));
            item->setData(Qt::UserRole, person.id);
            m_persons->setItem(row, column, item);
        }
        if (person.id == current)
            m_persons->setCurrentCell(row, 0);
    }
    updateButtons();
}

void RegisterWindow::updateButtons()
{
    const bool body = currentBodyId() != 0;
    m_editBody->setEnabled(body);
    m_addMember->setEnabled(body);
    m_addOfficial->setEnabled(body);
    m_changeTerm->setEnabled(body);
    const auto membership = m_store.membership(currentMembershipId());
    const bool chosen = membership && membership->has_value();
    const bool running = chosen
        && (membership->value().validUntil.isNull() || membership->value().validUntil >= QDate::currentDate());
    m_editMembership->setEnabled(chosen);
    m_endMembership->setEnabled(running);
    m_succession->setEnabled(running && (holdsSeat(membership->value().role)
                                         || membership->value().role == MembershipRole::Deputy));
    m_removeMembership->setEnabled(chosen);
    m_editPerson->setEnabled(currentPersonId() != 0);
    m_certificates->setEnabled(currentPersonId() != 0);
}

bool RegisterWindow::selectBody(qint64 bodyId)
{
    for (int row = 0; row < m_bodies->count(); ++row) {
        if (m_bodies->item(row)->data(Qt::UserRole).toLongLong() == bodyId) {
            m_bodies->setCurrentRow(row);
            return true;
        }
    }
    return false;
}

qint64 RegisterWindow::currentBodyId() const
{
    return m_bodies->currentItem() ? m_bodies->currentItem()->data(Qt::UserRole).toLongLong() : 0;
}

bool RegisterWindow::selectMembership(qint64 membershipId)
{
    for (QTreeWidgetItemIterator it(m_memberships); *it; ++it) {
        if ((*it)->data(0, Qt::UserRole).toLongLong() == membershipId) {
            m_memberships->setCurrentItem(*it);
            return true;
        }
    }
    return false;
}

qint64 RegisterWindow::currentMembershipId() const
{
    return m_memberships->currentItem() ? m_memberships->currentItem()->data(0, Qt::UserRole).toLongLong() : 0;
}

bool RegisterWindow::selectPerson(qint64 personId)
{
    for (int row = 0; row < m_persons->rowCount(); ++row) {
        if (m_persons->item(row, 0)->data(Qt::UserRole).toLongLong() == personId) {
            m_persons->setCurrentCell(row, 0);
            return true;
        }
    }
    return false;
}

qint64 RegisterWindow::currentPersonId() const
{
    const int row = m_persons->currentRow();
    return row >= 0 && m_persons->item(row, 0) ? m_persons->item(row, 0)->data(Qt::UserRole).toLongLong() : 0;
}

void RegisterWindow::report(const QString &message)
{
    DialogSupport::showError(m_error, {});
    m_status->setText(message);
    reload();
    emit registerChanged();
}

void RegisterWindow::fail(const QString &message)
{
    m_status->clear();
    DialogSupport::showError(m_error, message);
}

// ---------------------------------------------------------------------------
// Actions

void RegisterWindow::addBody()
{
    Body body;
    body.kind = BodyKind::Committee;
    BodyDialog dialog(m_store, body, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    report(tr("%1 was added.").arg(dialog.form()->body().name));
    selectBody(dialog.bodyId());
}

void RegisterWindow::editBody()
{
    const auto body = m_store.body(currentBodyId());
    if (!body || !body->has_value())
        return fail(body ? tr("Choose a body first.") : body.error());
    BodyDialog dialog(m_store, body->value(), this);
    if (dialog.exec() == QDialog::Accepted)
        report(tr("%1 was saved.").arg(dialog.form()->body().name));
}

void RegisterWindow::addPerson()
{
    PersonDialog dialog(m_store, Person{}, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    report(tr("%1 was added.").arg(dialog.givenNameEdit()->text() + QLatin1Char(' ') + dialog.familyNameEdit()->text()));
    selectPerson(dialog.personId());
}

void RegisterWindow::editPerson()
{
    const auto person = m_store.person(currentPersonId());
    if (!person || !person->has_value())
        return fail(person ? tr("Choose a person first.") : person.error());
    PersonDialog dialog(m_store, person->value(), this);
    if (dialog.exec() == QDialog::Accepted)
        report(tr("%1 was saved.").arg(dialog.givenNameEdit()->text() + QLatin1Char(' ') + dialog.familyNameEdit()->text()));
}

void RegisterWindow::addMember()
{
    if (!currentBodyId())
        return fail(tr("Choose a body first."));
    MembershipDialog dialog(m_store, currentBodyId(), MembershipDialog::Kind::Seat, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    report(tr("The membership was added."));
    selectMembership(dialog.membershipId());
}

void RegisterWindow::addOfficial()
{
    if (!currentBodyId())
        return fail(tr("Choose a body first."));
    MembershipDialog dialog(m_store, currentBodyId(), MembershipDialog::Kind::Official, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    report(tr("The official was added."));
    selectMembership(dialog.membershipId());
}

void RegisterWindow::editMembership()
{
    const auto membership = m_store.membership(currentMembershipId());
    if (!membership || !membership->has_value())
        return fail(membership ? tr("Choose a membership first.") : membership.error());
    MembershipDialog dialog(m_store, membership->value(), this);
    if (dialog.exec() == QDialog::Accepted)
        report(tr("The membership was saved."));
}

void RegisterWindow::endMembership()
{
    const auto membership = m_store.membership(currentMembershipId());
    if (!membership || !membership->has_value())
        return fail(membership ? tr("Choose a membership first.") : membership.error());
    EndMembershipDialog dialog(m_store, membership->value(), this);
    if (dialog.exec() == QDialog::Accepted)
        report(tr("The membership ends on %1.").arg(dayText(dialog.lastDayEdit()->date())));
}

void RegisterWindow::recordSuccession()
{
    const auto membership = m_store.membership(currentMembershipId());
    if (!membership || !membership->has_value())
        return fail(membership ? tr("Choose the membership of the member who leaves.") : membership.error());
    SuccessionDialog dialog(m_store, membership->value(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    report(dialog.outcomeLabel()->text());
    selectMembership(dialog.successorMembershipId());
}

void RegisterWindow::removeMembership()
{
    const auto membership = m_store.membership(currentMembershipId());
    if (!membership || !membership->has_value())
        return fail(membership ? tr("Choose a membership first.") : membership.error());
    const Membership &m = membership->value();
    const auto person = m_store.person(m.personId);
    const QString name = person && person->has_value() ? person->value().displayName() : QString();
    if (!m_confirm(tr("Remove %1's membership (%2 from %3) as one added by mistake?\n\nA membership that has come to "
                      "an end is ended, not removed: once a meeting has been held while it ran, it cannot be "
                      "removed.")
                       .arg(name, Labels::membershipRole(m.role), dayText(m.validFrom))))
        return;
    if (const Status removed = m_store.removeMembership(m.id); !removed)
        return fail(removed.error());
    report(tr("%1's membership was removed.").arg(name));
}

void RegisterWindow::changeTerm()
{
    const auto body = m_store.body(currentBodyId());
    if (!body || !body->has_value())
        return fail(body ? tr("Choose a body first.") : body.error());
    TermChangeDialog dialog(m_store, body->value(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    report(tr("%n membership(s) ended on %1. Add the new term's members, or import them with Import Members….",
              nullptr, dialog.ended())
               .arg(dayText(dialog.lastDayEdit()->date())));
}

void RegisterWindow::importMembers()
{
    MemberImportDialog dialog(m_store, this);
    dialog.exec();
    if (dialog.imported())
        report(dialog.summary());
}
