#pragma once

#include "model/meeting.h"

#include <QDialog>
#include <QList>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;
class Store;

// What leaves the store for others to read, made from the meeting's page:
// the public web version and the meeting packages. Both are written on a
// thread of their own (BackgroundWork) while a progress dialog shows how far
// they are; each dialog stays open afterwards and says what was written.
// The folder chosen is remembered per store.

// Publishing the public version of the meeting (Publication::publish) into a
// folder of its own inside a chosen folder: the public agenda before the
// meeting, the agenda and minutes once they may be published.
class PublishDialog : public QDialog
{
    Q_OBJECT

public:
    PublishDialog(Store &store, const Meeting &meeting, QWidget *parent = nullptr);

    // Where the publication's own folder goes.
    QLineEdit *folderEdit() const { return m_folder; }
    // The publication's folder, e.g. "kh-20-2026".
    QLineEdit *nameEdit() const { return m_name; }
    QPushButton *publishButton() const { return m_publish; }
    // The folder the publication is written as.
    QString target() const;
    QString error() const;
    // What was published, once it was.
    QString outcome() const;

    // Publishes; false with the reason shown in the dialog.
    bool publish();

private:
    void showTarget();

    Store &m_store;
    Meeting m_meeting;
    QLineEdit *m_folder;
    QLineEdit *m_name;
    QLabel *m_target;
    QLabel *m_error;
    QLabel *m_outcome;
    QPushButton *m_publish;
    QPushButton *m_open;
};

// Publishing the organisation's whole public site (Publication::publishSite)
// into a chosen folder: every convened meeting's publication, the front
// page and the open data (OParl, the 6Aika shapes, the Atom feed), whose
// addresses start with the site's address. The folder and address are
// remembered per store. Stop leaves the site as it was.
class SiteDialog : public QDialog
{
    Q_OBJECT

public:
    SiteDialog(Store &store, QWidget *parent = nullptr);

    QLineEdit *folderEdit() const { return m_folder; }
    QLineEdit *addressEdit() const { return m_address; }
    QPushButton *publishButton() const { return m_publish; }
    QString error() const;
    QString outcome() const;

    // Publishes as of today; false with the reason shown in the dialog.
    bool publish();

private:
    Store &m_store;
    QLineEdit *m_folder;
    QLineEdit *m_address;
    QLabel *m_error;
    QLabel *m_outcome;
    QPushButton *m_publish;
    QPushButton *m_open;
};

// Meeting packages (MeetingPackage::write) for those invited who hold a seat
// or office in the body on the meeting's day — every member, personal
// deputy and official, each ticked — and the public package, into one
// folder, each entered in the disclosure register.
//
// A package that cannot be written for someone is reported by name and the
// others are still written: each package is made on its own, written beside
// its file and moved in whole, and registered only when complete, so one
// recipient's problem (a file of another kind under their package's name, a
// membership ended meanwhile) leaves nothing half-written and no reason to
// keep the agenda from everyone else. Stop ends the run after the package
// under way; those written stay, each whole and registered.
class PackagesDialog : public QDialog
{
    Q_OBJECT

public:
    // The list's columns.
    enum Column { RecipientColumn, RoleColumn, FileColumn, OutcomeColumn };

    PackagesDialog(Store &store, const Meeting &meeting, QWidget *parent = nullptr);

    QLineEdit *folderEdit() const { return m_folder; }
    // One row a recipient, ticked, the public package last; the file name
    // and, after writing, the outcome beside each.
    QTreeWidget *recipientList() const { return m_list; }
    QPushButton *writeButton() const { return m_write; }
    // The maker's certificate members' packages are signed with, and the
    // password of its database or card.
    QComboBox *signerBox() const { return m_signer; }
    QLineEdit *passwordEdit() const { return m_password; }
    // Those invited who cannot receive a member's package, and why; empty
    // when there are none.
    QString notEntitled() const;
    QString error() const;
    QString outcome() const;

    // Writes the ticked packages; false when none could be written or the
    // folder is unusable, with the reason shown.
    bool writePackages();

private:
    // The maker's certificates that can sign, from the database in use
    // (opened with the password field).
    void listSigners();
    void usePasswordField();

    struct Recipient
    {
        qint64 personId = 0; // 0 for the public package
        QString name;
        QString fileName;
    };

    Store &m_store;
    Meeting m_meeting;
    QString m_reference;
    QList<Recipient> m_recipients; // by row of the list
    QLineEdit *m_folder;
    QTreeWidget *m_list;
    QLabel *m_notEntitled;
    QLabel *m_error;
    QLabel *m_outcome;
    QPushButton *m_write;
    QPushButton *m_open;
    QComboBox *m_signer;
    QLineEdit *m_password;
};
