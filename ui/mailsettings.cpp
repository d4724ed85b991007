#include "mailsettings.h"

#include <QSettings>

namespace MailSettings {

namespace {

QString key(const char *name)
{
    return QStringLiteral("mail/") + QLatin1String(name);
}

} // namespace

Way way()
{
    return QSettings().value(key("way")).toString() == u"smtp" ? Way::Smtp : Way::MailProgram;
}

SmtpSettings smtp()
{
    const QSettings settings;
    SmtpSettings smtp;
    smtp.host = settings.value(key("host")).toString();
    smtp.security = SmtpSettings::parseSecurity(settings.value(key("security")).toString())
                        .value_or(SmtpSecurity::StartTls);
    smtp.port = settings.value(key("port"), SmtpSettings::defaultPort(smtp.security)).toInt();
    smtp.allowUnencrypted = settings.value(key("allowUnencrypted"), false).toBool();
    smtp.user = settings.value(key("user")).toString();
    smtp.sender.address = settings.value(key("senderAddress")).toString();
    smtp.sender.name = settings.value(key("senderName")).toString();
    smtp.timeoutSeconds = settings.value(key("timeout"), smtp.timeoutSeconds).toInt();
    return smtp;
}

void save(Way way, const SmtpSettings &smtp)
{
    QSettings settings;
    settings.setValue(key("way"), way == Way::Smtp ? QStringLiteral("smtp") : QStringLiteral("program"));
    settings.setValue(key("host"), smtp.host.trimmed());
    settings.setValue(key("port"), smtp.port);
    settings.setValue(key("security"), SmtpSettings::code(smtp.security));
    settings.setValue(key("allowUnencrypted"), smtp.allowUnencrypted);
    settings.setValue(key("user"), smtp.user.trimmed());
    settings.setValue(key("senderAddress"), smtp.sender.address.trimmed());
    settings.setValue(key("senderName"), smtp.sender.name.trimmed());
    settings.setValue(key("timeout"), smtp.timeoutSeconds);
}

} // namespace MailSettings
