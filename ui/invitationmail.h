#pragma once

#include "mailsettings.h"

#include "mail/invitation.h"
#include "model/meeting.h"
#include "model/result.h"

#include <QDialog>
#include <QStringList>

#include <functional>

class QLabel;
class QLineEdit;
class QListWidget;
class QObject;
class QPlainTextEdit;
class Store;

// Sending the invitation with the agenda through the desktop's mail program:
// xdg-email (xdg-utils) opens a new message in the user's mail program with
// the addresses, the subject, the text and the public agenda attached; the
// secretary reads it through and sends it from there. Only the public
// agenda goes by e-mail: the confidential items reach members in their
// meeting packages.
namespace InvitationMail {

struct Message
{
    QStringList addresses;
    QString subject;
    QString body;
    QString attachment; // a file the mail program attaches
};

// The program that hands a message to the mail program: xdg-email found on
// the PATH, or the one setProgram() named; empty when there is none.
QString program();
// Tests name a script of their own that takes xdg-email's arguments; an
// empty name goes back to finding xdg-email.
void setProgram(const QString &program);

// Someone invited as the invitation's dialogs name them: "Aino Mäkelä
// (chair)", "Pekka Pöyhönen (personal deputy of Östen Åberg)".
QString describe(const InvitationList::Entry &entry);

// xdg-email's arguments for the message.
QStringList arguments(const Message &message);

// Writes the meeting's public agenda as a PDF/A file where the mail program
// can read it for as long as a message may stay open: in the user's cache,
// named as the agenda's own file ("KH-20-2026-esityslista.pdf"); files
// there older than a month are removed. Returns the file's path.
Result<QString> writeAgenda(const Store &store, const Meeting &meeting);

// Starts the mail program with the message and returns at once: the program
// may run for as long as the mail program does. When it cannot be started
// or ends with a failure, `failed` gets one message saying what to do
// (while `context` lives).
void launch(const Message &message, QObject *context, const std::function<void(const QString &)> &failed);

} // namespace InvitationMail

// Composing the invitation (Invitation::draft): those invited with their
// addresses, those without one (named, so that nobody is left out
// unawares), the subject and the text. Accepting makes the public agenda
// to attach: for the mail program as a file, which the page hands over
// with the message; for the mail server (SMTP) as the messages, one for
// each address, which the page sends.
class SendInvitationDialog : public QDialog
{
    Q_OBJECT

public:
    // Sends the way the preferences say (MailSettings::way()).
    SendInvitationDialog(Store &store, const Meeting &meeting, QWidget *parent = nullptr);

    MailSettings::Way way() const { return m_way; }

    // Those the message goes to: "Name <address>" with their role.
    QListWidget *recipientList() const { return m_recipients; }
    // Those invited without an e-mail address, as the dialog names them;
    // empty when everyone has one.
    QString withoutAddress() const;
    QLineEdit *subjectEdit() const { return m_subject; }
    QPlainTextEdit *bodyEdit() const { return m_body; }
    QString error() const;
    // For the mail program: the message, once accepted.
    InvitationMail::Message message() const { return m_message; }
    // Who it goes to, with the subject and the text as edited.
    Invitation::Draft draft() const { return m_draft; }
    // For the mail server: a message for each address, once accepted.
    QList<MailMessage> messages() const { return m_messages; }

    void accept() override;

private:
    Store &m_store;
    Meeting m_meeting;
    MailSettings::Way m_way;
    Invitation::Draft m_draft;
    QStringList m_addresses;
    QListWidget *m_recipients;
    QLabel *m_withoutAddress;
    QLineEdit *m_subject;
    QPlainTextEdit *m_body;
    QLabel *m_error;
    InvitationMail::Message m_message;
    QList<MailMessage> m_messages;
};
