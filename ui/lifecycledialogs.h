#pragma once

#include "model/meeting.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class Store;

// The meeting's life cycle as the secretary records it on the meeting's
// page: convening, moving, cancelling, and the days its minutes were
// checked and published. Each dialog makes its change when accepted, through
// the store, which decides what is allowed; a refusal is shown in the
// dialog, which stays open, and nothing is changed.

// Convening: the day the invitation went out (today unless told).
class ConveneDialog : public QDialog
{
    Q_OBJECT

public:
    ConveneDialog(Store &store, const Meeting &meeting, QWidget *parent = nullptr);

    QDateEdit *dayEdit() const { return m_day; }
    QString error() const;

    void accept() override;

private:
    Store &m_store;
    Meeting m_meeting;
    QDateEdit *m_day;
    QLabel *m_error;
};

// Moving a meeting still to be held: its time, place and mode, within its
// year (its number is the year's).
class RescheduleDialog : public QDialog
{
    Q_OBJECT

public:
    RescheduleDialog(Store &store, const Meeting &meeting, QWidget *parent = nullptr);

    QDateTimeEdit *startEdit() const { return m_start; }
    QDateTimeEdit *endEdit() const { return m_end; }
    QLineEdit *placeEdit() const { return m_place; }
    QComboBox *modeBox() const { return m_mode; }
    QString error() const;

    void accept() override;

private:
    Store &m_store;
    Meeting m_meeting;
    QDateTimeEdit *m_start;
    QDateTimeEdit *m_end;
    QLineEdit *m_place;
    QComboBox *m_mode;
    QLabel *m_error;
};

// Cancelling a meeting still to be held, with the reason its record and
// agenda keep. Its buttons say "Cancel Meeting" and "Keep Meeting", so that
// nobody cancels a meeting by closing the dialog.
class CancelMeetingDialog : public QDialog
{
    Q_OBJECT

public:
    CancelMeetingDialog(Store &store, const Meeting &meeting, QWidget *parent = nullptr);

    QPlainTextEdit *reasonEdit() const { return m_reason; }
    QString error() const;

    void accept() override;

private:
    Store &m_store;
    Meeting m_meeting;
    QPlainTextEdit *m_reason;
    QLabel *m_error;
};

// The days the minutes were checked and published, for a closed meeting;
// the appeal periods run from publication.
class MinutesDaysDialog : public QDialog
{
    Q_OBJECT

public:
    MinutesDaysDialog(Store &store, const Meeting &meeting, QWidget *parent = nullptr);

    QCheckBox *checkedBox() const { return m_checked; }
    QDateEdit *checkedEdit() const { return m_checkedDay; }
    QCheckBox *publishedBox() const { return m_published; }
    QDateEdit *publishedEdit() const { return m_publishedDay; }
    QString error() const;

    void accept() override;

private:
    Store &m_store;
    Meeting m_meeting;
    QCheckBox *m_checked;
    QDateEdit *m_checkedDay;
    QCheckBox *m_published;
    QDateEdit *m_publishedDay;
    QLabel *m_error;
};
