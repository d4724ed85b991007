#pragma once

#include "mail/smtpclient.h"

// How the invitations are sent, kept in the settings (mail/…) as the
// Preferences set it: through the desktop's mail program, or through an
// SMTP server with its address, port, security, user name and sender. The
// password is never kept there: SmtpSending asks for it and keeps it for
// the session.
namespace MailSettings {

enum class Way { MailProgram, Smtp };

Way way();
// The server's settings, without a password.
SmtpSettings smtp();
// Keeps `way` and `smtp` (all but its password).
void save(Way way, const SmtpSettings &smtp);

} // namespace MailSettings
