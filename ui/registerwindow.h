#pragma once

#include <QDialog>

#include <functional>

class QCheckBox;
class QLabel;
class QListWidget;
class QPushButton;
class QTabWidget;
class QTableWidget;
class QTreeWidget;
class Store;

// The register of bodies, persons and memberships (Edit › Register of
// Bodies and Members…): the bodies with their settings; the members and
// officials of the chosen body, each member with their personal deputy
// below them; the persons. Memberships are added, their dates and deputies
// corrected, ended, passed to a successor, ended with the term, and
// imported from a spreadsheet. Every change goes through the Store's API
// (audited), each in its own transaction, through a dialog that stays open
// with the store's refusal.
class RegisterWindow : public QDialog
{
    Q_OBJECT

public:
    explicit RegisterWindow(Store &store, QWidget *parent = nullptr);

    QTabWidget *tabs() const { return m_tabs; }
    QListWidget *bodyList() const { return m_bodies; }
    QTreeWidget *membershipView() const { return m_memberships; }
    QTableWidget *personTable() const { return m_persons; }
    QCheckBox *showEndedBox() const { return m_showEnded; }
    // What the last change did, or why it was refused.
    QString status() const;
    QString error() const;

    bool selectBody(qint64 bodyId);
    qint64 currentBodyId() const;
    bool selectMembership(qint64 membershipId);
    qint64 currentMembershipId() const;
    bool selectPerson(qint64 personId);
    qint64 currentPersonId() const;

    // The register's actions, each through its (modal) dialog.
    void addBody();
    void editBody();
    void addPerson();
    void editPerson();
    void addMember();
    void addOfficial();
    void editMembership();
    void endMembership();
    void recordSuccession();
    void removeMembership();
    void changeTerm();
    void importMembers();

    // Asks before removing (a yes/no question by default); tests answer it.
    void setConfirmation(std::function<bool(const QString &question)> confirm);
    // Reads the register again, keeping the selection.
    void reload();

signals:
    // The register changed: the main window shows it.
    void registerChanged();

private:
    void fillBodies();
    void fillMemberships();
    void fillPersons();
    void updateButtons();
    void report(const QString &message);
    void fail(const QString &message);

    Store &m_store;
    std::function<bool(const QString &)> m_confirm;
    QTabWidget *m_tabs;
    QListWidget *m_bodies;
    QLabel *m_membershipsTitle;
    QTreeWidget *m_memberships;
    QCheckBox *m_showEnded;
    QTableWidget *m_persons;
    QLabel *m_status;
    QLabel *m_error;
    QPushButton *m_editBody;
    QPushButton *m_addMember;
    QPushButton *m_addOfficial;
    QPushButton *m_editMembership;
    QPushButton *m_endMembership;
    QPushButton *m_succession;
    QPushButton *m_removeMembership;
    QPushButton *m_changeTerm;
    QPushButton *m_editPerson;
    QPushButton *m_certificates;
};
