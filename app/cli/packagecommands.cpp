// Meeting packages and the disclosure register.

#include "commands.h"
#include "commandsupport.h"

#include "exchange/meetingpackage.h"
#include "store/store.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonObject>
#include <QTextStream>

namespace Cli {

int package(const Context &context, const QString &reference, const QString &output, const QString &audienceText,
            const QString &recipient)
{
    const auto audience = Codes::parse<Audience>(audienceText);
    if (!audience || (*audience != Audience::Member && *audience != Audience::Public)) {
        *context.err << "pykala-cli: "
                     << tr("--for must be member (for a member of the body, confidential items included) or public, "
                           "not \"%1\".").arg(audienceText)
                     << Qt::endl;
        return Usage;
    }
    auto opened = openMeeting(context, reference);
    if (!opened)
        return fail(context, opened.error());
    Store &store = *opened.value().store;
    const Meeting &meeting = opened.value().meeting;
    const auto made = MeetingPackage::write(store, meeting, output, {*audience, recipient});
    if (!made)
        return fail(context, made.error());
    *context.out << (made->audience == Audience::Member
                         ? tr("Wrote %1 for %2, a member's package (confidential items included).")
                               .arg(QDir::toNativeSeparators(output), made->recipient)
                         : tr("Wrote %1, a public package.").arg(QDir::toNativeSeparators(output)))
                 << Qt::endl
                 << tr("Registered as disclosure %1: SHA-256 %2, %3 bytes.").arg(made->id).arg(made->sha256).arg(made->size)
                 << Qt::endl;
    return Success;
}

int disclosures(const Context &context, const QString &reference)
{
    auto store = openStore(context);
    if (!store)
        return fail(context, store.error());
    qint64 meetingId = 0;
    if (!reference.isEmpty()) {
        const auto meeting = store.value()->findMeeting(reference);
        if (!meeting)
            return fail(context, meeting.error());
        meetingId = meeting->id;
    }
    const auto list = store.value()->disclosures(meetingId);
    if (!list)
        return fail(context, list.error());
    QHash<qint64, QString> references;
    auto referenceOf = [&](qint64 id) {
        if (!references.contains(id)) {
            const auto meeting = store.value()->meeting(id);
            const auto text = meeting && meeting->has_value() ? store.value()->meetingReference(meeting->value())
                                                              : Result<QString>(QString::number(id));
            references.insert(id, text ? *text : QString::number(id));
        }
        return references.value(id);
    };
    QJsonArray array;
    for (const Disclosure &d : *list) {
        if (context.json)
            array.append(QJsonObject{{QStringLiteral("id"), d.id},
                                     {QStringLiteral("meeting"), referenceOf(d.meetingId)},
                                     {QStringLiteral("package"), d.packageId},
                                     {QStringLiteral("for"), Codes::code(d.audience)},
                                     {QStringLiteral("recipient"), d.recipient},
                                     {QStringLiteral("sha256"), d.sha256},
                                     {QStringLiteral("size"), d.size},
                                     {QStringLiteral("madeAt"), d.madeAt.toString(Qt::ISODate)},
                                     {QStringLiteral("madeBy"), d.madeBy}});
        else
            *context.out << QStringLiteral("%1\t%2\t%3\t%4\t%5\t%6\t%7")
                                .arg(d.id)
                                .arg(d.madeAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                                     referenceOf(d.meetingId), Codes::code(d.audience), d.recipient, d.madeBy, d.sha256)
                         << Qt::endl;
    }
    if (context.json)
        printJson(context, array);
    return Success;
}

} // namespace Cli
