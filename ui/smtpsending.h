#pragma once

#include "mail/smtpclient.h"

#include <QList>
#include <QString>

#include <optional>

class QWidget;

// Sending messages through the SMTP server of the preferences, from the
// client: the password asked for once a session, and the sending on a
// thread of its own under a progress dialog.
namespace SmtpSending {

// The password of the settings' user: the one given earlier in this
// session (for the same user and server), else asked for. Empty when the
// settings name no user; none when the user cancels.
std::optional<QString> password(QWidget *parent, const SmtpSettings &settings);
// Keeps `password` for the session as if it had been asked for.
void rememberPassword(const SmtpSettings &settings, const QString &password);
// Forgets every password given in this session.
void forgetPasswords();

// Sends the messages (SmtpClient::sendAll) on a thread of their own while
// a window-modal progress dialog over `parent` says whose message goes and
// can stop the sending between messages; the windows keep painting.
// Returns each message's delivery. When the server refused the login, the
// session's password is forgotten, so that it is asked for again.
QList<SmtpClient::Delivery> send(QWidget *parent, const SmtpSettings &settings, const QList<MailMessage> &messages);

} // namespace SmtpSending
