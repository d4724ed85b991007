#include "smtpsending.h"

#include "backgroundwork.h"

#include <QCoreApplication>
#include <QHash>
#include <QInputDialog>
#include <QLineEdit>

namespace SmtpSending {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("SmtpSending", text);
}

// Passwords given in this session, by user and server; only in memory.
QHash<QString, QString> &passwords()
{
    static QHash<QString, QString> given;
    return given;
}

QString passwordKey(const SmtpSettings &settings)
{
    return QStringLiteral("%1@%2:%3").arg(settings.user, settings.host.trimmed().toLower()).arg(settings.port);
}

} // namespace

std::optional<QString> password(QWidget *parent, const SmtpSettings &settings)
{
    if (settings.user.isEmpty())
        return QString();
    const QString key = passwordKey(settings);
    if (const auto given = passwords().constFind(key); given != passwords().constEnd())
        return *given;
    QInputDialog dialog(parent);
    dialog.setWindowTitle(tr("Mail Server Password"));
    dialog.setLabelText(tr("The password of %1 on the mail server %2. Pykälä keeps it until it is closed, and "
                           "never on disk.").arg(settings.user, settings.host.trimmed()));
    dialog.setTextEchoMode(QLineEdit::Password);
    dialog.setInputMode(QInputDialog::TextInput);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    passwords().insert(key, dialog.textValue());
    return dialog.textValue();
}

void rememberPassword(const SmtpSettings &settings, const QString &password)
{
    passwords().insert(passwordKey(settings), password);
}

void forgetPasswords()
{
    passwords().clear();
}

QList<SmtpClient::Delivery> send(QWidget *parent, const SmtpSettings &settings, const QList<MailMessage> &messages)
{
    QList<SmtpClient::Delivery> deliveries;
    const int total = int(messages.size());
    BackgroundWork::run(parent, tr("Sending through %1…").arg(settings.host.trimmed()), true,
                        [&](BackgroundWork::Progress &progress) {
                            SmtpClient client(settings);
                            deliveries = client.sendAll(messages, [&](int index) {
                                if (progress.stopped())
                                    return false;
                                progress.step(index, total,
                                              tr("Sending to %1 (%2 of %3)…")
                                                  .arg(messages.at(index).to.toString())
                                                  .arg(index + 1)
                                                  .arg(total));
                                return true;
                            });
                            progress.step(total, total, QString());
                            return success();
                        });
    for (const SmtpClient::Delivery &delivery : std::as_const(deliveries)) {
        if (delivery.loginRefused) {
            passwords().remove(passwordKey(settings));
            break;
        }
    }
    return deliveries;
}

} // namespace SmtpSending
