#pragma once

#include "model/meeting.h"

#include <QDate>
#include <QDialog>

#include <array>
#include <functional>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;
class QTableWidget;
class Store;

// Creating a meeting: body, number (the next free one of its year), time,
// place and mode. The meeting is added when the dialog is accepted; a
// refusal is shown in the dialog, which stays open.
class NewMeetingDialog : public QDialog
{
    Q_OBJECT

public:
    NewMeetingDialog(Store &store, qint64 bodyId, QWidget *parent = nullptr);

    qint64 meetingId() const { return m_meetingId; }
    QComboBox *bodyBox() const { return m_body; }
    QSpinBox *numberBox() const { return m_number; }
    QDateTimeEdit *startEdit() const { return m_start; }
    QLineEdit *placeEdit() const { return m_place; }
    QCheckBox *openingItemsBox() const { return m_openingItems; }
    QString error() const;

    void accept() override;

private:
    void suggestNumber();
    void takeBodyDefaults();

    Store &m_store;
    QComboBox *m_body;
    QSpinBox *m_number;
    QDateTimeEdit *m_start;
    QDateTimeEdit *m_end;
    QLineEdit *m_place;
    QComboBox *m_mode;
    QCheckBox *m_openingItems;
    QLabel *m_error;
    qint64 m_meetingId = 0;
};

// Bringing in an earlier item: by default those earlier meetings of the
// body tabled or returned for preparation; with words in the search field,
// any item of an earlier meeting of the organisation (Store::search). The
// chosen item is copied onto this agenda with its texts, preparers and
// attachments (AgendaPreparation::bringIn).
class BringInDialog : public QDialog
{
    Q_OBJECT

public:
    BringInDialog(Store &store, const Meeting &meeting, QWidget *parent = nullptr);

    // The items offered, as listed.
    QTableWidget *table() const { return m_table; }
    QLineEdit *searchField() const { return m_search; }
    // Lists the earlier items that match `query`; with none, the tabled
    // and returned ones again.
    void search(const QString &query);
    // The new item on this meeting's agenda, once accepted.
    qint64 broughtItemId() const { return m_broughtItemId; }
    QString error() const;

    void accept() override;

private:
    void showPending();
    void fill(const QList<std::array<QString, 3>> &rows, const QList<qint64> &itemIds);

    Store &m_store;
    Meeting m_meeting;
    QLineEdit *m_search;
    QTableWidget *m_table;
    QLabel *m_error;
    QPushButton *m_bringIn = nullptr;
    qint64 m_broughtItemId = 0;
};

// The invitation list: the body's seats with their personal deputies and
// the officials (from the memberships on the meeting's day), and others
// invited, kept in the store as they are added or removed.
class InvitationDialog : public QDialog
{
    Q_OBJECT

public:
    InvitationDialog(Store &store, const Meeting &meeting, QWidget *parent = nullptr);

    QListWidget *seatList() const { return m_seats; }
    QTableWidget *inviteeTable() const { return m_invitees; }
    // Adds someone: a person of the store when `personOrName` names one,
    // else the typed name; false with the message shown.
    bool invite(const QString &personOrName, const QString &role, const QString &email);
    bool removeSelected();
    // Everyone's e-mail addresses, as copied for sending the invitation.
    QString emailAddresses() const;
    QString error() const;

private:
    void reload();

    Store &m_store;
    qint64 m_meetingId;
    QListWidget *m_seats;
    QTableWidget *m_invitees;
    QComboBox *m_person;
    QLineEdit *m_role;
    QLineEdit *m_email;
    QLabel *m_error;
    QStringList m_seatEmails;
};
