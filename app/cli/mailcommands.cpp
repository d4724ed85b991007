// meeting invite: the invitation with the public agenda through an SMTP
// server, a message to each address, as the client's Send Invitation…
// does with the mail server chosen.

#include "commands.h"
#include "commandsupport.h"

#include "mail/invitation.h"
#include "mail/smtpclient.h"
#include "store/store.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTextStream>

namespace Cli {

namespace {

// "Aino Mäkelä (chair)", "Pekka Pöyhönen (deputy for Östen Åberg)",
// "Ville Vesi (asiantuntija)".
QString describe(const InvitationList::Entry &entry)
{
    const QString role = !entry.holdsSeat() ? entry.invitedAs
        : entry.role == MembershipRole::Deputy ? tr("deputy for %1").arg(entry.deputyFor)
                                               : Codes::code(*entry.role);
    return role.isEmpty() ? entry.name : QStringLiteral("%1 (%2)").arg(entry.name, role);
}

QJsonArray names(const QList<InvitationList::Entry> &entries)
{
    QJsonArray names;
    for (const InvitationList::Entry &entry : entries)
        names.append(describe(entry));
    return names;
}

// A whole number of an option within its range, else a usage error.
bool number(const Context &context, const Options &options, const QString &name, int minimum, int maximum,
            int *value)
{
    if (!options.contains(name))
        return true;
    bool ok = false;
    const int given = options.value(name).trimmed().toInt(&ok);
    if (!ok || given < minimum || given > maximum) {
        usage(context, tr("--%1 must be a whole number from %2 to %3, not \"%4\".")
                           .arg(name)
                           .arg(minimum)
                           .arg(maximum)
                           .arg(options.value(name)));
        return false;
    }
    *value = given;
    return true;
}

} // namespace

int invite(const Context &context, const Store &store, const Meeting &meeting, const QString &name,
           const Options &options)
{
    if (!options.contains(QStringLiteral("smtp-host")) || !options.contains(QStringLiteral("from")))
        return usage(context, tr("meeting invite needs --smtp-host HOST and --from ADDRESS (the sender)."));
    SmtpSettings settings;
    settings.host = options.value(QStringLiteral("smtp-host")).trimmed();
    if (options.contains(QStringLiteral("security"))) {
        const auto security = SmtpSettings::parseSecurity(options.value(QStringLiteral("security")));
        if (!security)
            return usage(context, tr("--security must be tls, starttls or none, not \"%1\".")
                                      .arg(options.value(QStringLiteral("security"))));
        settings.security = *security;
    }
    settings.port = SmtpSettings::defaultPort(settings.security);
    if (!number(context, options, QStringLiteral("smtp-port"), 1, 65535, &settings.port)
        || !number(context, options, QStringLiteral("smtp-timeout"), 1, 3600, &settings.timeoutSeconds))
        return Usage;
    settings.allowUnencrypted = options.contains(QStringLiteral("allow-unencrypted"));
    const auto sender = MailAddress::parse(options.value(QStringLiteral("from")));
    if (!sender)
        return usage(context, tr("--from: %1").arg(sender.error()));
    settings.sender = *sender;
    settings.user = options.value(QStringLiteral("smtp-user")).trimmed();
    // The password never on the command line, where other users see it.
    if (options.contains(QStringLiteral("password-file"))) {
        if (settings.user.isEmpty())
            return usage(context, tr("--password-file is the password of a login: give the user name with "
                                     "--smtp-user too."));
        const QString path = options.value(QStringLiteral("password-file"));
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return fail(context, tr("Cannot read the password file %1: %2").arg(path, file.errorString()));
        settings.password = QString::fromUtf8(file.readLine()).remove(u'\n').remove(u'\r');
    } else if (!settings.user.isEmpty()) {
        settings.password = qEnvironmentVariable("PYKALA_SMTP_PASSWORD");
        if (settings.password.isEmpty())
            return usage(context, tr("--smtp-user needs the password: in --password-file FILE (its first line) or "
                                     "in the environment variable PYKALA_SMTP_PASSWORD."));
    }
    if (const Status ready = settings.check(); !ready)
        return usage(context, ready.error());

    if (meeting.state == MeetingState::Cancelled)
        return fail(context, tr("%1 is cancelled: no invitation goes out.").arg(name));
    if (meeting.state != MeetingState::Planned && meeting.state != MeetingState::Convened)
        return fail(context, tr("%1 has already been opened: the invitation went out before.").arg(name));
    const auto draft = Invitation::draft(store, meeting);
    if (!draft)
        return fail(context, draft.error());
    QStringList leftOut;
    for (const InvitationList::Entry &entry : draft->withoutAddress)
        leftOut << describe(entry);
    for (const auto &[entry, why] : draft->unusableAddress)
        leftOut << describe(entry);
    if (draft->recipients.isEmpty())
        return fail(context, tr("Nobody invited to %1 has a usable e-mail address in the register, so nothing was "
                                "sent (%2).").arg(name, leftOut.join(QStringLiteral(", "))));
    const auto agenda = Invitation::publicAgenda(store, meeting);
    if (!agenda)
        return fail(context, agenda.error());

    SmtpClient client(settings);
    const QList<SmtpClient::Delivery> deliveries =
        client.sendAll(Invitation::messages(*draft, settings.sender, *agenda));

    QJsonArray sent, notSent, without, unusable;
    QStringList failed;
    for (int i = 0; i < draft->recipients.size(); ++i) {
        const Invitation::Recipient &recipient = draft->recipients.at(i);
        const SmtpClient::Delivery &delivery = deliveries.at(i);
        QStringList who;
        for (const InvitationList::Entry &entry : recipient.invited)
            who << describe(entry);
        if (delivery.sent()) {
            sent.append(QJsonObject{{QStringLiteral("address"), recipient.address},
                                    {QStringLiteral("invited"), names(recipient.invited)}});
            if (!context.json)
                *context.out << tr("Sent: %1 <%2>").arg(who.join(QStringLiteral(", ")), recipient.address) << Qt::endl;
        } else {
            failed << recipient.address;
            notSent.append(QJsonObject{{QStringLiteral("address"), recipient.address},
                                       {QStringLiteral("invited"), names(recipient.invited)},
                                       {QStringLiteral("problem"), delivery.problem}});
            if (!context.json)
                *context.out << tr("Not sent: %1 <%2>: %3")
                                    .arg(who.join(QStringLiteral(", ")), recipient.address, delivery.problem)
                             << Qt::endl;
        }
    }
    for (const InvitationList::Entry &entry : draft->withoutAddress) {
        without.append(describe(entry));
        if (!context.json)
            *context.out << tr("No e-mail address, not sent: %1").arg(describe(entry)) << Qt::endl;
    }
    for (const auto &[entry, why] : draft->unusableAddress) {
        unusable.append(QJsonObject{{QStringLiteral("invited"), describe(entry)},
                                    {QStringLiteral("address"), entry.email},
                                    {QStringLiteral("problem"), why}});
        if (!context.json)
            *context.out << tr("Not sent: %1: %2").arg(describe(entry), why) << Qt::endl;
    }
    if (context.json)
        printJson(context, QJsonObject{{QStringLiteral("sent"), sent},
                                       {QStringLiteral("notSent"), notSent},
                                       {QStringLiteral("withoutAddress"), without},
                                       {QStringLiteral("unusableAddress"), unusable}});
    const int total = int(draft->recipients.size());
    if (sent.isEmpty())
        return fail(context, tr("Nothing was sent: %1").arg(deliveries.first().problem));
    if (!failed.isEmpty()) {
        QStringList problems;
        for (const SmtpClient::Delivery &delivery : deliveries) {
            if (!delivery.sent() && !problems.contains(delivery.problem))
                problems << delivery.problem;
        }
        const QString addresses = failed.join(QStringLiteral(", "));
        return fail(context, problems.size() == 1
                                 ? tr("Not sent to %1 of %2 addresses (%3): %4")
                                       .arg(failed.size()).arg(total).arg(addresses, problems.first())
                                 : tr("Not sent to %1 of %2 addresses: %3; the listing says why.")
                                       .arg(failed.size()).arg(total).arg(addresses));
    }
    if (!context.json)
        *context.out << tr("The invitation of %1 was sent to every address, %2 in all. Record the day it went out "
                           "with: pykala-cli meeting convene \"%1\"").arg(name).arg(total)
                     << Qt::endl;
    return Success;
}

} // namespace Cli
