#pragma once

#include "model/body.h"
#include "model/membership.h"
#include "model/person.h"

#include <QDialog>

class BodyForm;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QFormLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class Store;

// The register's dialogs. Each writes through the Store when accepted (one
// transaction), and stays open with the store's refusal shown otherwise.

// A person of the store, picked by name (typing finds), or a new one added
// on the spot with New Person….
class PersonPicker : public QWidget
{
    Q_OBJECT

public:
    // With `allowNone`, the first choice is "(none)".
    PersonPicker(Store &store, bool allowNone, QWidget *parent = nullptr);

    qint64 personId() const;
    void setPersonId(qint64 id);
    void reload();
    QComboBox *box() const { return m_box; }
    QPushButton *newButton() const { return m_new; }

signals:
    void personChanged();

private:
    Store &m_store;
    bool m_allowNone;
    QComboBox *m_box;
    QPushButton *m_new;
};

class BodyDialog : public QDialog
{
    Q_OBJECT

public:
    // A new body when `body` has no id.
    BodyDialog(Store &store, const Body &body, QWidget *parent = nullptr);

    BodyForm *form() const { return m_form; }
    qint64 bodyId() const { return m_bodyId; }
    QString error() const;
    void accept() override;

private:
    Store &m_store;
    BodyForm *m_form;
    QLabel *m_error;
    qint64 m_bodyId = 0;
};

class PersonDialog : public QDialog
{
    Q_OBJECT

public:
    // A new person when `person` has no id.
    PersonDialog(Store &store, const Person &person, QWidget *parent = nullptr);

    QLineEdit *givenNameEdit() const { return m_given; }
    QLineEdit *familyNameEdit() const { return m_family; }
    QLineEdit *titleEdit() const { return m_title; }
    QLineEdit *emailEdit() const { return m_email; }
    QLineEdit *phoneEdit() const { return m_phone; }
    qint64 personId() const { return m_person.id; }
    QString error() const;
    void accept() override;

private:
    Store &m_store;
    Person m_person;
    QLineEdit *m_given;
    QLineEdit *m_family;
    QLineEdit *m_title;
    QLineEdit *m_email;
    QLineEdit *m_phone;
    QLabel *m_error;
};

// Adding a membership of a body — a seat (chair, vice chair, member) with its
// personal deputy if there is one, or a deputy; or an official's (presenter,
// secretary) — or editing one: its role, personal deputy's member and period.
class MembershipDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Kind { Seat, Official };

    MembershipDialog(Store &store, qint64 bodyId, Kind kind, QWidget *parent = nullptr);
    MembershipDialog(Store &store, const Membership &membership, QWidget *parent = nullptr);

    PersonPicker *personPicker() const { return m_person; }
    QComboBox *roleBox() const { return m_role; }
    QComboBox *deputyForBox() const { return m_deputyFor; }
    PersonPicker *personalDeputyPicker() const { return m_personalDeputy; }
    QDateEdit *fromEdit() const { return m_from; }
    QCheckBox *untilBox() const { return m_hasUntil; }
    QDateEdit *untilEdit() const { return m_until; }
    // The membership added or changed (the seat's, when a deputy was added with it).
    qint64 membershipId() const { return m_membership.id; }
    QString error() const;
    void accept() override;

private:
    void build(Kind kind);
    void fillDeputyFor();
    void roleChanged();
    MembershipRole role() const;

    Store &m_store;
    Membership m_membership;
    bool m_editing;
    QFormLayout *m_form = nullptr;
    PersonPicker *m_person = nullptr;
    QComboBox *m_role = nullptr;
    QComboBox *m_deputyFor = nullptr;
    QLabel *m_personalDeputyLabel = nullptr;
    PersonPicker *m_personalDeputy = nullptr;
    QDateEdit *m_from = nullptr;
    QCheckBox *m_hasUntil = nullptr;
    QDateEdit *m_until = nullptr;
    QLabel *m_error = nullptr;
};

// Ending a membership on its last day.
class EndMembershipDialog : public QDialog
{
    Q_OBJECT

public:
    EndMembershipDialog(Store &store, const Membership &membership, QWidget *parent = nullptr);

    QDateEdit *lastDayEdit() const { return m_lastDay; }
    QString error() const;
    void accept() override;

private:
    Store &m_store;
    Membership m_membership;
    QDateEdit *m_lastDay;
    QLabel *m_error;
};

// A member leaves during the term (resigns, is released, dies) and a
// successor takes the seat from a given day (MembershipChanges::succeed).
class SuccessionDialog : public QDialog
{
    Q_OBJECT

public:
    SuccessionDialog(Store &store, const Membership &membership, QWidget *parent = nullptr);

    PersonPicker *successorPicker() const { return m_successor; }
    QDateEdit *firstDayEdit() const { return m_firstDay; }
    // Shown when the member has a personal deputy.
    QCheckBox *moveDeputyBox() const { return m_moveDeputy; }
    QLabel *outcomeLabel() const { return m_outcome; }
    qint64 successorMembershipId() const { return m_successorMembershipId; }
    QString error() const;
    void accept() override;

private:
    void describe();

    Store &m_store;
    Membership m_membership;
    QString m_leaving;
    PersonPicker *m_successor;
    QDateEdit *m_firstDay;
    QCheckBox *m_moveDeputy;
    QLabel *m_outcome;
    QLabel *m_error;
    qint64 m_successorMembershipId = 0;
};

// The change of term: every elected membership of the body (and with the
// box ticked the officials' too) ends on the old term's last day.
class TermChangeDialog : public QDialog
{
    Q_OBJECT

public:
    TermChangeDialog(Store &store, const Body &body, QWidget *parent = nullptr);

    QDateEdit *lastDayEdit() const { return m_lastDay; }
    QCheckBox *officialsBox() const { return m_officials; }
    // The memberships that end, one a line.
    QListWidget *endingList() const { return m_ending; }
    int ended() const { return m_ended; }
    QString error() const;
    void accept() override;

private:
    void preview();

    Store &m_store;
    Body m_body;
    QDateEdit *m_lastDay;
    QCheckBox *m_officials;
    QListWidget *m_ending;
    QLabel *m_count;
    QPushButton *m_ok = nullptr;
    QLabel *m_error;
    int m_ended = 0;
};

// A person's certificates, registered from the certificates themselves (PEM
// or DER files; never a key): the one they sign with and, on a Finnish
// identity card, the separate one packages are encrypted to. Listed with
// their holder, issuer, validity and SHA-256 fingerprint; a registration is
// kept as it was.
class CertificatesDialog : public QDialog
{
    Q_OBJECT

public:
    CertificatesDialog(Store &store, qint64 personId, QWidget *parent = nullptr);

    class QTableWidget *table() const { return m_table; }
    QComboBox *useBox() const { return m_use; }
    QString error() const;
    // Registers the certificate in the file for the use chosen; false with
    // the reason shown.
    bool addFile(const QString &path);

private:
    void reload();

    Store &m_store;
    qint64 m_personId;
    class QTableWidget *m_table;
    QComboBox *m_use;
    QLabel *m_error;
};
