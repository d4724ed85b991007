#pragma once

#include "model/casefile.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;
class Store;

// The case register's dialogs. Each writes through the Store when accepted
// (one transaction), and stays open with the store's refusal shown
// otherwise.

// Opens a case: its title, task class and day (its publicity is its
// class's until edited); the register gives its number.
class OpenCaseDialog : public QDialog
{
    Q_OBJECT

public:
    explicit OpenCaseDialog(Store &store, QWidget *parent = nullptr);

    QLineEdit *titleEdit() const { return m_title; }
    QComboBox *classBox() const { return m_class; }
    QDateEdit *dayEdit() const { return m_day; }
    qint64 caseId() const { return m_caseId; }
    QString error() const;
    void accept() override;

private:
    Store &m_store;
    QLineEdit *m_title;
    QComboBox *m_class;
    QDateEdit *m_day;
    QLabel *m_error;
    qint64 m_caseId = 0;
};

// A case's title, state with its day, publicity, legal basis and secrecy
// period.
class EditCaseDialog : public QDialog
{
    Q_OBJECT

public:
    EditCaseDialog(Store &store, const Case &entry, QWidget *parent = nullptr);

    QLineEdit *titleEdit() const { return m_title; }
    QComboBox *stateBox() const { return m_state; }
    QDateEdit *stateDayEdit() const { return m_stateDay; }
    QComboBox *publicityBox() const { return m_publicity; }
    QLineEdit *basisEdit() const { return m_basis; }
    QSpinBox *secrecyYearsBox() const { return m_secrecyYears; }
    QString error() const;
    void accept() override;

private:
    void updateFields();

    Store &m_store;
    Case m_case;
    QLineEdit *m_title;
    QComboBox *m_state;
    QDateEdit *m_stateDay;
    QComboBox *m_publicity;
    QLineEdit *m_basis;
    QSpinBox *m_secrecyYears;
    QLabel *m_error;
};

// Adds a party to a case: a person or an organisation, its role and how it
// is reached.
class PartyDialog : public QDialog
{
    Q_OBJECT

public:
    PartyDialog(Store &store, const Case &entry, QWidget *parent = nullptr);

    QLineEdit *nameEdit() const { return m_name; }
    QComboBox *kindBox() const { return m_kind; }
    QLineEdit *roleEdit() const { return m_role; }
    QLineEdit *contactEdit() const { return m_contact; }
    QString error() const;
    void accept() override;

private:
    Store &m_store;
    Case m_case;
    QLineEdit *m_name;
    QComboBox *m_kind;
    QLineEdit *m_role;
    QLineEdit *m_contact;
    QLabel *m_error;
};

// Records an extract of a handling's decision as sent: to whom, how and on
// which day; shows the day of notification and the last day of appeal that
// follow.
class ExtractSentDialog : public QDialog
{
    Q_OBJECT

public:
    // The handlings the case's decisions were made at (held meetings).
    ExtractSentDialog(Store &store, const QList<CaseHandling> &handlings, QWidget *parent = nullptr);

    QComboBox *handlingBox() const { return m_handling; }
    QLineEdit *recipientEdit() const { return m_recipient; }
    QPlainTextEdit *addressEdit() const { return m_address; }
    QComboBox *methodBox() const { return m_method; }
    QDateEdit *sentEdit() const { return m_sent; }
    QLabel *deadlineLabel() const { return m_deadline; }
    QString error() const;
    void accept() override;

private:
    void updateDeadline();

    Store &m_store;
    QComboBox *m_handling;
    QLineEdit *m_recipient;
    QPlainTextEdit *m_address;
    QComboBox *m_method;
    QDateEdit *m_sent;
    QLabel *m_deadline;
    QLabel *m_error;
};

// Sends a decided item on: prepares the next body's item of its case on a
// meeting to come (NextHandling).
class SendToDialog : public QDialog
{
    Q_OBJECT

public:
    SendToDialog(Store &store, qint64 itemId, QWidget *parent = nullptr);

    QComboBox *meetingBox() const { return m_meeting; }
    qint64 meetingId() const;
    qint64 preparedItemId() const { return m_prepared; }
    QString error() const;
    void accept() override;

private:
    Store &m_store;
    qint64 m_itemId;
    QComboBox *m_meeting;
    QLabel *m_error;
    qint64 m_prepared = 0;
};

class QCheckBox;
class QTableWidget;

// One class of the task classification: its name, retention (permanent or
// years), default publicity with its basis, and whether its cases hold
// personal data.
class TaskClassEditDialog : public QDialog
{
    Q_OBJECT

public:
    TaskClassEditDialog(Store &store, const TaskClass &taskClass, QWidget *parent = nullptr);

    QLineEdit *nameEdit() const { return m_name; }
    QSpinBox *retentionBox() const { return m_retention; }
    QComboBox *publicityBox() const { return m_publicity; }
    QLineEdit *basisEdit() const { return m_basis; }
    QCheckBox *personalDataBox() const { return m_personalData; }
    QString error() const;
    void accept() override;

private:
    Store &m_store;
    TaskClass m_class;
    QLineEdit *m_name;
    QSpinBox *m_retention;
    QComboBox *m_publicity;
    QLineEdit *m_basis;
    QCheckBox *m_personalData;
    QLabel *m_error;
};

// The task classification of the information management plan: every class
// with its retention and default publicity, edited one by one or imported
// from a spreadsheet saved as CSV (all rows or none).
class TaskClassificationDialog : public QDialog
{
    Q_OBJECT

public:
    explicit TaskClassificationDialog(Store &store, QWidget *parent = nullptr);

    QTableWidget *classTable() const { return m_classes; }
    QString status() const;
    QString error() const { return m_error; }
    bool selectClass(const QString &code);
    void editClass();
    // Imports `file`, or asks for one.
    void importFile(const QString &file = {});
    void reload();

private:
    Store &m_store;
    QTableWidget *m_classes;
    QLabel *m_status;
    QString m_error;
};
