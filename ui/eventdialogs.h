#pragma once

#include "procedure/meetingrecord.h"

#include <QDialog>
#include <QList>

#include <functional>
#include <utility>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QSpinBox;
class QTableWidget;

// A small form that records one thing that happened in the meeting (a
// proposal, a seconding, a disqualification, a dissent, the minute-checkers).
// Accepting it calls the submit function, which records the event; when the
// record refuses it, the reason is shown and the dialog stays open with
// what was typed.
class EventDialog : public QDialog
{
    Q_OBJECT

public:
    // Returns the reason the event was refused, or nothing when recorded.
    using Submit = std::function<QString()>;
    using Person = std::pair<qint64, QString>;

    EventDialog(const QString &title, const QString &intro, QWidget *parent = nullptr);

    // Fields, each named `name` (its object name) and labelled `label`.
    QComboBox *addPersons(const QString &label, const QString &name, const QList<Person> &persons);
    QComboBox *addChoice(const QString &label, const QString &name, const QList<std::pair<QString, QString>> &choices);
    QLineEdit *addLine(const QString &label, const QString &name, const QString &placeholder = {});
    QPlainTextEdit *addText(const QString &label, const QString &name);
    QSpinBox *addNumber(const QString &label, const QString &name, int minimum, int maximum, int value);
    // Persons to tick; their ids are the items' Qt::UserRole.
    QListWidget *addChecklist(const QString &label, const QString &name, const QList<Person> &persons);

    void setSubmit(Submit submit) { m_submit = std::move(submit); }
    QString error() const;

    void accept() override;

private:
    void labelField(QWidget *field, const QString &label, const QString &name);

    QFormLayout *m_form;
    QLabel *m_error;
    Submit m_submit;
};

// An election (kuntalaki 105–106 §): majority, with each candidate's
// votes, or proportional, with the candidate lists in order and each list's
// votes, and how many members demanded a proportional election. The
// election is read from the tables; the record computes who was elected.
class ElectionDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ElectionDialog(QWidget *parent = nullptr);

    QComboBox *methodBox() const { return m_method; }
    QSpinBox *seatsBox() const { return m_seats; }
    QSpinBox *demandedBox() const { return m_demanded; }
    // Majority: candidate | votes. Proportional: list | candidates in order,
    // separated by semicolons | votes.
    QTableWidget *candidateTable() const { return m_candidates; }
    QTableWidget *listTable() const { return m_lists; }

    // The election as the tables give it, or the reason it cannot be made.
    MeetingRecord::Election election(QString *error) const;
    // Records the election; returns the reason it was refused, or nothing.
    void setSubmit(std::function<QString(const MeetingRecord::Election &)> submit) { m_submit = std::move(submit); }
    QString error() const;

    void accept() override;

private:
    void methodChanged();

    QComboBox *m_method;
    QSpinBox *m_seats;
    QSpinBox *m_demanded;
    QLabel *m_demandedLabel;
    QTableWidget *m_candidates;
    QTableWidget *m_lists;
    QLabel *m_error;
    std::function<QString(const MeetingRecord::Election &)> m_submit;
};
