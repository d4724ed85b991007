// Meeting packages and the disclosure register.

#include "commands.h"
#include "commandsupport.h"

#include "exchange/meetingpackage.h"
#include "signing/packageenvelope.h"
#include "store/store.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTextStream>

namespace Cli {

int package(const Context &context, const QString &reference, const QString &output, const PackageOptions &options)
{
    const auto audience = Codes::parse<Audience>(options.audience);
    if (!audience || (*audience != Audience::Member && *audience != Audience::Public)) {
        *context.err << "pykala-cli: "
                     << tr("--for must be member (for a member of the body, confidential items included) or public, "
                           "not \"%1\".").arg(options.audience)
                     << Qt::endl;
        return Usage;
    }
    MeetingPackage::Options made{*audience, options.recipient, options.certificate, {}};
    if (*audience == Audience::Member) {
        if (options.certificate.isEmpty())
            return usage(context, tr("A member's package is signed by its maker: add --cert NICK, your signing "
                                     "certificate ('pykala-cli certs' lists them)."));
        if (!options.recipientCertificate.isEmpty()) {
            QFile file(options.recipientCertificate);
            if (!file.open(QIODevice::ReadOnly))
                return fail(context, tr("Cannot read the certificate %1: %2")
                                         .arg(QDir::toNativeSeparators(options.recipientCertificate), file.errorString()));
            // A certificate is a few kilobytes; anything far larger is not one.
            made.recipientCertificate = file.read(1 << 20);
        }
        if (!setUpNss(context, options.nss))
            return Failed;
    } else if (!options.certificate.isEmpty() || !options.recipientCertificate.isEmpty()) {
        return usage(context, tr("A public package is neither signed nor encrypted: leave out --cert and "
                                 "--recipient-cert."));
    }
    auto opened = openMeeting(context, reference);
    if (!opened)
        return fail(context, opened.error());
    Store &store = *opened.value().store;
    const Meeting &meeting = opened.value().meeting;
    const auto written = MeetingPackage::write(store, meeting, output, made);
    if (!written)
        return fail(context, written.error());
    *context.out << (written->audience == Audience::Member
                         ? tr("Wrote %1 for %2, a member's package (confidential items included), encrypted for their "
                              "certificate and signed with %3.")
                               .arg(QDir::toNativeSeparators(output), written->recipient, options.certificate)
                         : tr("Wrote %1, a public package.").arg(QDir::toNativeSeparators(output)))
                 << Qt::endl
                 << tr("Registered as disclosure %1: SHA-256 %2, %3 bytes.")
                        .arg(written->id)
                        .arg(written->sha256)
                        .arg(written->size)
                 << Qt::endl;
    return Success;
}

int packageInfo(const Context &context, const QString &file, const SigningOptions &options)
{
    if (PackageEnvelope::isEnvelopeFile(file) && !setUpNss(context, options))
        return Failed;
    const auto opened = MeetingPackage::open(file, QDate::currentDate());
    if (!opened)
        return fail(context, opened.error());
    if (!opened->info)
        return fail(context, tr("%1 is a store, not a meeting package.").arg(QDir::toNativeSeparators(file)));
    const PackageInfo &info = *opened->info;
    if (context.json) {
        printJson(context, QJsonObject{
                               {QStringLiteral("package"), info.packageId},
                               {QStringLiteral("meeting"), info.meetingReference},
                               {QStringLiteral("organisation"), info.organisation},
                               {QStringLiteral("for"), Codes::code(info.audience)},
                               {QStringLiteral("recipient"), info.recipient},
                               {QStringLiteral("madeAt"), info.madeAt.toString(Qt::ISODate)},
                               {QStringLiteral("madeBy"), info.madeBy},
                               {QStringLiteral("expires"), info.expires.isValid()
                                                               ? QJsonValue(info.expires.toString(Qt::ISODate))
                                                               : QJsonValue()},
                               {QStringLiteral("encrypted"), opened->encrypted},
                               {QStringLiteral("signer"), opened->encrypted ? QJsonValue(opened->signer) : QJsonValue()},
                               {QStringLiteral("signerIssuer"),
                                opened->encrypted ? QJsonValue(opened->signerIssuer) : QJsonValue()},
                               {QStringLiteral("signerTrusted"), opened->signerTrusted},
                           });
        return Success;
    }
    *context.out << tr("Meeting package %1 of %2, %3").arg(info.packageId, info.meetingReference, info.organisation)
                 << Qt::endl
                 << (info.audience == Audience::Member ? tr("For: %1 (a member's package, confidential items included)")
                                                             .arg(info.recipient)
                                                       : tr("For: the public"))
                 << Qt::endl
                 << tr("Made: %1 by %2").arg(dateTimeText(info.madeAt.toLocalTime()), info.madeBy) << Qt::endl;
    if (opened->encrypted)
        *context.out << tr("Encrypted for you and signed by %1 (certificate from %2), %3")
                            .arg(opened->signer, opened->signerIssuer,
                                 opened->signerTrusted ? tr("a certificate your database trusts")
                                                       : tr("a certificate your database does not trust"))
                     << Qt::endl;
    if (info.expires.isValid())
        *context.out << tr("Can be read until: %1").arg(info.expires.toString(Qt::ISODate)) << Qt::endl;
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
