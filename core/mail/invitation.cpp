#include "invitation.h"

#include "documents/documentrenderer.h"
#include "documents/meetingdocuments.h"
#include "store/store.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>

namespace Invitation {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Invitation", text);
}

QString mode(MeetingMode mode)
{
    switch (mode) {
    case MeetingMode::InPerson: return tr("In person");
    case MeetingMode::Remote: return tr("Electronic meeting");
    case MeetingMode::Hybrid: return tr("Hybrid meeting");
    case MeetingMode::ElectronicProcedure: return tr("Electronic decision procedure");
    }
    return {};
}

} // namespace

QString Recipient::names() const
{
    QStringList names;
    for (const InvitationList::Entry &entry : invited)
        names << entry.name;
    return names.join(QStringLiteral(", "));
}

Result<Draft> draft(const Store &store, const Meeting &meeting)
{
    const auto invited = InvitationList::of(store, meeting);
    if (!invited)
        return Failure{invited.error()};
    const auto reference = store.meetingReference(meeting);
    if (!reference)
        return Failure{reference.error()};
    const auto body = store.body(meeting.bodyId);
    if (!body)
        return Failure{body.error()};
    const QString bodyName = body->has_value() ? body->value().name : QString();

    Draft draft;
    QHash<QString, qsizetype> byAddress; // lower case: one message per mailbox
    for (const InvitationList::Entry &entry : *invited) {
        if (entry.email.isEmpty()) {
            draft.withoutAddress << entry;
            continue;
        }
        const auto address = MailAddress::normalized(entry.email);
        if (!address) {
            draft.unusableAddress.append({entry, address.error()});
            continue;
        }
        const QString key = address->toLower();
        if (const auto found = byAddress.constFind(key); found != byAddress.constEnd()) {
            draft.recipients[*found].invited << entry;
            continue;
        }
        byAddress.insert(key, draft.recipients.size());
        draft.recipients << Recipient{*address, {entry}};
    }

    const QLocale locale;
    const QString day = locale.toString(meeting.plannedStart.date(), QLocale::ShortFormat);
    draft.subject = tr("Invitation: %1 %2 on %3").arg(bodyName, *reference, day);
    QStringList text;
    text << tr("You are invited to the meeting of %1, %2.").arg(bodyName, *reference) << QString();
    QString time = tr("%1 at %2").arg(locale.toString(meeting.plannedStart.date(), QLocale::LongFormat),
                                      locale.toString(meeting.plannedStart.time(), QLocale::ShortFormat));
    if (meeting.plannedEnd.isValid())
        time += tr("–%1").arg(locale.toString(meeting.plannedEnd.time(), QLocale::ShortFormat));
    text << tr("Time: %1").arg(time) << tr("Place: %1").arg(meeting.place);
    if (meeting.mode != MeetingMode::InPerson)
        text << tr("Mode: %1").arg(mode(meeting.mode));
    if (const auto items = store.agendaItems(meeting.id); items && !items->isEmpty()) {
        text << QString() << tr("Agenda:");
        for (const AgendaItem &item : *items)
            text << (item.sectionNumber ? tr("§ %1 %2").arg(*item.sectionNumber).arg(item.title)
                                        : tr("%1. %2").arg(item.position).arg(item.title));
    }
    text << QString()
         << tr("The agenda is attached as a PDF file. It is the public version: members and deputies receive the "
               "confidential items in their meeting packages.");
    draft.text = text.join(u'\n');
    return draft;
}

Result<MailAttachment> publicAgenda(const Store &store, const Meeting &meeting)
{
    MeetingDocuments::Options options;
    options.audience = Audience::Public;
    const auto agenda = MeetingDocuments::agenda(store, meeting, options);
    if (!agenda)
        return Failure{agenda.error()};
    const auto pdf = DocumentRenderer::pdf(*agenda);
    if (!pdf)
        return Failure{pdf.error()};
    return MailAttachment{agenda->baseName + QStringLiteral(".pdf"), QByteArrayLiteral("application/pdf"), *pdf};
}

QList<MailMessage> messages(const Draft &draft, const MailAddress &sender, const MailAttachment &agenda)
{
    QList<MailMessage> messages;
    for (const Recipient &recipient : draft.recipients) {
        MailMessage message;
        message.from = sender;
        message.to = {recipient.names(), recipient.address};
        message.subject = draft.subject;
        message.text = draft.text;
        message.attachments = {agenda};
        messages << message;
    }
    return messages;
}

} // namespace Invitation
