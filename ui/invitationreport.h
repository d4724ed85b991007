#pragma once

#include "mail/invitation.h"
#include "mail/smtpclient.h"
#include "model/meeting.h"

#include <QDialog>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTreeWidget;
class Store;

// What became of the invitation sent through the mail server: everyone
// invited, each with the address and whether the message went — or why
// not — and those without a usable address; never "all sent" when some
// were not. Once any message went, the day can be recorded as the day the
// meeting was convened (Store::conveneMeeting, as Convene… does).
class InvitationReportDialog : public QDialog
{
    Q_OBJECT

public:
    // `deliveries` are those of the draft's recipients, in their order.
    InvitationReportDialog(Store &store, const Meeting &meeting, const Invitation::Draft &draft,
                           const QList<SmtpClient::Delivery> &deliveries, QWidget *parent = nullptr);

    // A row for each one invited: name, address, and Sent, Not sent, No
    // address or Address unusable.
    QTreeWidget *deliveryList() const { return m_list; }
    QString summary() const;
    // Why each message not sent was not: "address: the reason", a line for
    // each reason with the addresses it concerns.
    QString details() const;
    QPushButton *conveneButton() const { return m_convene; }
    // Whether the day was recorded as the meeting's convening day.
    bool convened() const { return m_convened; }

private:
    void convene();

    Store &m_store;
    Meeting m_meeting;
    QTreeWidget *m_list;
    QLabel *m_summary;
    QPlainTextEdit *m_details;
    QLabel *m_error;
    QPushButton *m_convene;
    bool m_convened = false;
};
