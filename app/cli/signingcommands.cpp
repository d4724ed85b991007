// The signing commands: the certificate database, signing and verifying PDFs, the signed minutes and their corrections.

#include "commands.h"
#include "commandsupport.h"

#include "documents/meetingdocuments.h"
#include "signing/decisionrecord.h"
#include "signing/nss.h"
#include "signing/signer.h"
#include "signing/verification.h"
#include "store/store.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QSaveFile>
#include <QTextStream>

namespace Cli {

bool setUpNss(const Context &context, const SigningOptions &options, std::optional<QString> *found)
{
    const QString database = options.nssDatabase.isEmpty() ? Nss::defaultDatabase() : options.nssDatabase;
    if (const Status used = Nss::useDatabase(database); !used) {
        fail(context, used.error());
        return false;
    }
    std::optional<QString> password;
    if (!options.passwordFile.isEmpty()) {
        QFile file(options.passwordFile);
        if (!file.open(QIODevice::ReadOnly)) {
            fail(context, tr("Cannot read the password file %1: %2").arg(options.passwordFile, file.errorString()));
            return false;
        }
        password = QString::fromUtf8(file.readLine()).remove(u'\n').remove(u'\r');
    }
    Nss::setPasswordSource([password](const QString &) { return password; });
    if (found)
        *found = password;
    return true;
}

int verify(const Context &context, const QString &file, const SigningOptions &options)
{
    if (!setUpNss(context, options))
        return Failed;
    const auto report = Verification::verify(file);
    if (!report)
        return fail(context, report.error());
    if (context.json) {
        QJsonArray signatures;
        for (const Verification::Signature &s : report->signatures)
            signatures.append(QJsonObject{
                {QStringLiteral("field"), s.field},
                {QStringLiteral("signer"), s.signer},
                {QStringLiteral("signerDn"), s.signerDn},
                {QStringLiteral("role"), s.role},
                {QStringLiteral("location"), s.location},
                {QStringLiteral("time"), s.time.isValid() ? QJsonValue(s.time.toString(Qt::ISODate)) : QJsonValue()},
                {QStringLiteral("hashAlgorithm"), s.hashAlgorithm},
                {QStringLiteral("revisionEnd"), s.revisionEnd},
                {QStringLiteral("coversRevision"), s.coversRevision},
                {QStringLiteral("coversWholeFile"), s.coversWholeFile},
                {QStringLiteral("cryptographicStatus"), s.cryptographicStatus},
                {QStringLiteral("certificateStatus"), s.certificateStatus},
                {QStringLiteral("valid"), s.valid()}});
        printJson(context, QJsonObject{{QStringLiteral("file"), file},
                                       {QStringLiteral("signatures"), signatures},
                                       {QStringLiteral("ok"), report->ok},
                                       {QStringLiteral("verdict"), report->verdict}});
    } else {
        int n = 0;
        for (const Verification::Signature &s : report->signatures) {
            *context.out << tr("Signature %1: %2%3").arg(++n).arg(s.signer, s.role.isEmpty() ? QString() : QStringLiteral(", ") + s.role)
                         << Qt::endl
                         << "  " << tr("time: %1").arg(s.time.isValid() ? s.time.toString(Qt::ISODate) : tr("not given"))
                         << Qt::endl
                         << "  " << tr("hash algorithm: %1").arg(s.hashAlgorithm) << Qt::endl
                         << "  " << tr("covers: %1")
                                        .arg(s.coversWholeFile ? tr("the whole document")
                                             : s.coversRevision ? tr("the document up to byte %1 (a later revision follows)").arg(s.revisionEnd)
                                                                : tr("not its whole revision"))
                         << Qt::endl
                         << "  " << tr("signature: %1 (%2)").arg(Verification::signatureStatusText(s.cryptographicStatus), s.cryptographicStatus) << Qt::endl
                         << "  " << tr("certificate: %1 (%2)").arg(Verification::certificateStatusText(s.certificateStatus), s.certificateStatus) << Qt::endl;
        }
        *context.out << report->verdict << Qt::endl;
    }
    if (!report->ok) {
        *context.err << "pykala-cli: " << report->verdict << Qt::endl;
        return Failed;
    }
    return Success;
}

int certificates(const Context &context, const SigningOptions &options)
{
    if (!setUpNss(context, options))
        return Failed;
    const QList<Nss::Certificate> certificates = Nss::certificates();
    QJsonArray list;
    for (const Nss::Certificate &c : certificates) {
        if (context.json) {
            list.append(QJsonObject{{QStringLiteral("nickname"), c.nickname},
                                    {QStringLiteral("subject"), c.subject},
                                    {QStringLiteral("issuer"), c.issuer},
                                    {QStringLiteral("validFrom"), c.validFrom.toString(Qt::ISODate)},
                                    {QStringLiteral("validUntil"), c.validUntil.toString(Qt::ISODate)},
                                    {QStringLiteral("current"), c.currentlyValid()}});
        } else {
            *context.out << QStringLiteral("%1\t%2\t%3\t%4–%5%6")
                                .arg(c.nickname, c.subject, c.issuer, c.validFrom.date().toString(Qt::ISODate),
                                     c.validUntil.date().toString(Qt::ISODate),
                                     c.currentlyValid() ? QString() : QStringLiteral(" (%1)").arg(tr("not valid now")))
                         << Qt::endl;
        }
    }
    if (context.json)
        printJson(context, list);
    else if (certificates.isEmpty())
        *context.out << tr("No certificates with a private key are available for signing: the database has none, or its "
                           "password (--password-file) is wrong.")
                     << Qt::endl;
    return Success;
}

int importCertificate(const Context &context, const QString &file, const SigningOptions &options,
                      const QString &p12PasswordFile)
{
    if (!QFileInfo(file).isFile())
        return fail(context, tr("There is no file %1.").arg(file));
    const QString database = options.nssDatabase.isEmpty() ? Nss::defaultDatabase() : options.nssDatabase;
    // The first line of a password file.
    auto firstLine = [&](const QString &path, QString *password) {
        QFile in(path);
        if (!in.open(QIODevice::ReadOnly)) {
            fail(context, tr("Could not read the password file %1: %2").arg(path, in.errorString()));
            return false;
        }
        *password = QString::fromUtf8(in.readLine()).remove(u'\n').remove(u'\r');
        return true;
    };
    QString filePassword;
    if (!p12PasswordFile.isEmpty() && !firstLine(p12PasswordFile, &filePassword))
        return Failed;
    std::optional<QString> databasePassword;
    if (!options.passwordFile.isEmpty()) {
        QString password;
        if (!firstLine(options.passwordFile, &password))
            return Failed;
        databasePassword = password;
    }
    if (const Status imported = Nss::importPkcs12(database, file, filePassword, databasePassword); !imported)
        return fail(context, tr("%1 Give them with --p12-password-file and --password-file.").arg(imported.error()));
    *context.out << tr("Imported %1 into %2.").arg(file, database) << Qt::endl;
    return Success;
}

int sign(const Context &context, const QString &file, const QString &output, const SignOptions &options)
{
    Signer::Request request;
    if (!setUpNss(context, options.nss, &request.password))
        return Failed;
    request.certificate = options.certificate;
    request.role = options.role;
    request.location = options.location;
    const auto report = Signer::sign(file, output, request);
    if (!report)
        return fail(context, report.error());
    *context.out << tr("Signed %1 as %2: %3").arg(output, options.certificate, report->verdict) << Qt::endl;
    return Success;
}

int signMinutes(const Context &context, const QString &reference, const QString &output, const SignOptions &options)
{
    Signer::Request request;
    if (!setUpNss(context, options.nss, &request.password))
        return Failed;
    auto opened = openMeeting(context, reference);
    if (!opened)
        return fail(context, opened.error());
    Store &store = *opened.value().store;
    const Meeting &meeting = opened.value().meeting;
    request.certificate = options.certificate;
    request.role = options.role;
    request.location = options.location;
    // The copy to write is opened first: a signature is never made that
    // cannot also be written where asked.
    std::optional<QSaveFile> copy;
    if (!output.isEmpty()) {
        copy.emplace(output);
        if (!copy->open(QIODevice::WriteOnly))
            return fail(context, tr("Could not write %1: %2").arg(output, copy->errorString()));
    }
    const auto report = DecisionRecord::signMinutes(store, meeting, request);
    if (!report)
        return fail(context, report.error());
    const auto kept = store.signedMinutes(meeting.id);
    if (!kept || !kept->has_value())
        return fail(context, kept ? tr("The signed minutes were not kept.") : kept.error());
    if (copy && (copy->write(kept->value().pdf) != kept->value().pdf.size() || !copy->commit()))
        return fail(context, tr("The signature was made and stored in the store, but %1 could not be written: %2")
                                 .arg(output, copy->errorString()));
    *context.out << tr("%1: signature %2 of %3 made; %4")
                        .arg(reference)
                        .arg(kept->value().signatures)
                        .arg(kept->value().requiredSignatures())
                        .arg(kept->value().complete() ? tr("the minutes are complete and the meeting finalised.")
                                                      : tr("the record is frozen until the minutes are complete."))
                 << Qt::endl;
    return Success;
}

int signedMinutes(const Context &context, const QString &reference, const QString &output)
{
    auto opened = openMeeting(context, reference);
    if (!opened)
        return fail(context, opened.error());
    Store &store = *opened.value().store;
    const Meeting &meeting = opened.value().meeting;
    const auto kept = store.signedMinutes(meeting.id);
    if (!kept)
        return fail(context, kept.error());
    if (!kept->has_value())
        return fail(context, tr("The minutes of %1 have not been signed; 'pykala-cli sign-minutes' signs them.").arg(reference));
    QSaveFile file(output);
    if (!file.open(QIODevice::WriteOnly) || file.write(kept->value().pdf) != kept->value().pdf.size() || !file.commit())
        return fail(context, tr("Could not write %1: %2").arg(output, file.errorString()));
    *context.out << tr("Wrote the signed minutes of %1 (%2 of %3 signatures, SHA-256 %4) to %5.")
                        .arg(reference)
                        .arg(kept->value().signatures)
                        .arg(kept->value().requiredSignatures())
                        .arg(kept->value().sha256, output)
                 << Qt::endl;
    return Success;
}

int correct(const Context &context, const QString &reference, const QString &text, const QString &decided)
{
    const QDate day = QDate::fromString(decided, Qt::ISODate);
    if (!day.isValid()) {
        *context.err << "pykala-cli: " << tr("--decided must be a date such as 2026-06-01, not \"%1\".").arg(decided)
                     << Qt::endl;
        return Usage;
    }
    auto store = openStore(context);
    if (!store)
        return fail(context, store.error());
    Correction correction;
    correction.text = text;
    correction.decided = day;
    if (reference.contains(u'§')) {
        const auto found = MeetingDocuments::findItem(*store.value(), reference);
        if (!found)
            return fail(context, found.error());
        correction.meetingId = found->first.id;
        correction.itemId = found->second.id;
    } else {
        const auto meeting = store.value()->findMeeting(reference);
        if (!meeting)
            return fail(context, meeting.error());
        correction.meetingId = meeting->id;
    }
    const auto id = store.value()->addCorrection(correction);
    if (!id)
        return fail(context, id.error());
    *context.out << tr("Recorded correction %1 of %2.").arg(*id).arg(reference) << Qt::endl;
    return Success;
}

int corrections(const Context &context, const QString &reference)
{
    auto opened = openMeeting(context, reference);
    if (!opened)
        return fail(context, opened.error());
    Store &store = *opened.value().store;
    const Meeting &meeting = opened.value().meeting;
    const auto list = store.corrections(meeting.id);
    if (!list)
        return fail(context, list.error());
    const auto items = store.agendaItems(meeting.id);
    if (!items)
        return fail(context, items.error());
    auto sectionOf = [&](qint64 itemId) {
        for (const AgendaItem &item : *items) {
            if (item.id == itemId && item.sectionNumber)
                return QStringLiteral("§ %1").arg(*item.sectionNumber);
        }
        return QString();
    };
    QJsonArray array;
    for (const Correction &c : *list) {
        if (context.json)
            array.append(QJsonObject{{QStringLiteral("id"), c.id},
                                     {QStringLiteral("item"), c.itemId ? QJsonValue(sectionOf(c.itemId)) : QJsonValue()},
                                     {QStringLiteral("text"), c.text},
                                     {QStringLiteral("decided"), c.decided.toString(Qt::ISODate)},
                                     {QStringLiteral("correctsSha256"), c.correctsSha256},
                                     {QStringLiteral("recordedAt"), c.recordedAt.toString(Qt::ISODate)}});
        else
            *context.out << QStringLiteral("%1\t%2\t%3\t%4")
                                .arg(c.id)
                                .arg(c.decided.toString(Qt::ISODate), sectionOf(c.itemId), c.text)
                         << Qt::endl;
    }
    if (context.json)
        printJson(context, array);
    return Success;
}

} // namespace Cli
