#include "decisionrecord.h"

#include "documents/documentrenderer.h"
#include "documents/documenttexts.h"
#include "documents/meetingdocuments.h"
#include "nss.h"
#include "procedure/meetingsession.h"
#include "store/store.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

namespace DecisionRecord {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("DecisionRecord", text);
}

QString sha256(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

QJsonObject itemRecord(const AgendaItem &item, const QList<Attachment> &attachments)
{
    QJsonArray preparers, recipients, files;
    for (const Preparer &p : item.preparers)
        preparers.append(QJsonArray{p.name, p.title, p.contact});
    for (const ExtractRecipient &r : item.recipients)
        recipients.append(QJsonArray{r.name, r.address, Codes::code(r.delivery)});
    for (const Attachment &a : attachments)
        files.append(QJsonArray{a.position, a.name, a.mediaType, a.sha256, Codes::code(a.publicity),
                                a.confidentialityBasis.text});
    return QJsonObject{{QStringLiteral("position"), item.position},
                       {QStringLiteral("sectionNumber"), item.sectionNumber ? QJsonValue(*item.sectionNumber) : QJsonValue()},
                       {QStringLiteral("title"), item.title},
                       {QStringLiteral("caseReference"), item.caseReference},
                       {QStringLiteral("taskClass"), item.taskClass},
                       {QStringLiteral("presenter"), item.presenterPersonId},
                       {QStringLiteral("background"), item.background},
                       {QStringLiteral("proposal"), item.proposal},
                       {QStringLiteral("proceedings"), item.proceedings},
                       {QStringLiteral("decision"), item.decision},
                       {QStringLiteral("publicity"), Codes::code(item.publicity)},
                       {QStringLiteral("confidentialityBasis"), item.confidentialityBasis.text},
                       {QStringLiteral("appealKind"), Codes::code(item.appealKind)},
                       {QStringLiteral("preparers"), preparers},
                       {QStringLiteral("recipients"), recipients},
                       {QStringLiteral("attachments"), files}};
}

} // namespace

Result<Digests> digests(const Store &store, const Meeting &meeting)
{
    // Made from the store's own rows and ids, which stay: what other
    // meetings, persons' contact details or the body's settings do later
    // does not touch them. The state and the days of checking and
    // publication follow the signatures and are left out.
    const auto events = store.meetingEvents(meeting.id);
    const auto items = store.agendaItems(meeting.id);
    if (!events || !items)
        return Failure{events ? items.error() : events.error()};
    QJsonArray eventArray;
    for (const QJsonObject &event : *events)
        eventArray.append(event);
    const QJsonObject record{
        {QStringLiteral("body"), meeting.bodyId},
        {QStringLiteral("year"), meeting.year},
        {QStringLiteral("number"), meeting.number},
        {QStringLiteral("plannedStart"), meeting.plannedStart.toString(Qt::ISODate)},
        {QStringLiteral("plannedEnd"), meeting.plannedEnd.toString(Qt::ISODate)},
        {QStringLiteral("actualStart"), meeting.actualStart.toString(Qt::ISODate)},
        {QStringLiteral("actualEnd"), meeting.actualEnd.toString(Qt::ISODate)},
        {QStringLiteral("place"), meeting.place},
        {QStringLiteral("mode"), Codes::code(meeting.mode)},
        {QStringLiteral("events"), eventArray}};
    Digests digests;
    QByteArray all;
    auto part = [&](const QString &name, const QJsonObject &object) {
        const QString digest = sha256(QJsonDocument(object).toJson(QJsonDocument::Compact));
        digests.parts.insert(name, digest);
        all += name.toUtf8() + ':' + digest.toLatin1() + '\n';
    };
    part(QStringLiteral("meeting"), record);
    for (const AgendaItem &item : *items) {
        const auto attachments = store.attachments(item.id);
        if (!attachments)
            return Failure{attachments.error()};
        part(item.sectionNumber ? QStringLiteral("§ %1").arg(*item.sectionNumber) : QStringLiteral("%1.").arg(item.position),
             itemRecord(item, *attachments));
    }
    digests.record = sha256(all);
    return digests;
}

Result<Verification::Report> signMinutes(Store &store, const Meeting &meeting, Signer::Request request)
{
    const auto reference = store.meetingReference(meeting);
    if (!reference)
        return Failure{reference.error()};
    if (meeting.state != MeetingState::Closed && meeting.state != MeetingState::MinutesChecked)
        return Failure{tr("%1 has not been closed; its minutes are signed after the meeting.").arg(*reference)};
    // The first signature freezes the record: from the digests to the
    // stored minutes nothing else may write.
    Store::Transaction transaction(store);
    if (!transaction.ok())
        return Failure{transaction.error()};
    const auto existing = store.signedMinutes(meeting.id);
    if (!existing)
        return Failure{existing.error()};
    if (existing->has_value() && existing->value().complete())
        return Failure{tr("%1 is finalised: its minutes have all their %2 signatures.")
                           .arg(*reference)
                           .arg(existing->value().requiredSignatures())};

    SignedMinutes minutes;
    QByteArray input;
    if (existing->has_value()) {
        minutes = existing->value();
        input = minutes.pdf;
    } else {
        const auto record = digests(store, meeting);
        if (!record)
            return Failure{record.error()};
        auto document = MeetingDocuments::minutes(store, meeting);
        if (!document)
            return Failure{document.error()};
        // The roles in the body's signing order, as the minutes name them,
        // fixed now for these minutes.
        minutes.signingRoles = document->signingRoles;
        if (minutes.requiredSignatures() > OfficialDocument::signatureSlots) {
            const QString checker = DocumentTexts::of(document->language).checker;
            const int checkers = int(minutes.signingRoles.count(checker));
            const int others = minutes.requiredSignatures() - checkers;
            if (others >= OfficialDocument::signatureSlots)
                return Failure{tr("The minutes need %1 signatures, %2 of them by the secretary and those who presided, "
                                  "and their signature page has room for %3.")
                                   .arg(minutes.requiredSignatures())
                                   .arg(others)
                                   .arg(OfficialDocument::signatureSlots)};
            return Failure{tr("The minutes need %1 signatures (%2 of them by the secretary and those who presided) "
                              "and their signature page has room for %3: record at most %4 minute-checkers.")
                               .arg(minutes.requiredSignatures())
                               .arg(others)
                               .arg(OfficialDocument::signatureSlots)
                               .arg(OfficialDocument::signatureSlots - others)};
        }
        OfficialDocument signable = *document;
        signable.keywords.append(QStringLiteral("sha256:") + record->record);
        const auto pdf = DocumentRenderer::pdf(signable);
        if (!pdf)
            return Failure{pdf.error()};
        input = *pdf;
        QJsonObject parts;
        for (auto it = record->parts.cbegin(); it != record->parts.cend(); ++it)
            parts.insert(it.key(), it.value());
        minutes.meetingId = meeting.id;
        minutes.recordDigest = record->record;
        minutes.partDigests = QString::fromUtf8(QJsonDocument(parts).toJson(QJsonDocument::Compact));
        minutes.frozenAt = QDateTime::currentDateTimeUtc();
    }
    // Whose turn it is; one signature per person.
    const QString turn = minutes.signingRoles.value(minutes.signatures);
    // "puheenjohtaja" names the turn of "puheenjohtaja § 2–3" too: the
    // signature then carries the § numbers.
    if (request.role.isEmpty() || turn.startsWith(request.role + QLatin1Char(' ')))
        request.role = turn;
    else if (request.role != turn)
        return Failure{tr("It is the turn of the %1 to sign the minutes of %2, not of the %3.")
                           .arg(turn, *reference, request.role)};

    QTemporaryDir work;
    if (!work.isValid())
        return Failure{tr("Could not make a working directory for signing.")};
    const QString in = work.filePath(QStringLiteral("minutes.pdf")), out = work.filePath(QStringLiteral("signed.pdf"));
    QFile file(in);
    if (!file.open(QIODevice::WriteOnly) || file.write(input) != input.size())
        return Failure{tr("Could not write the minutes for signing: %1").arg(file.errorString())};
    file.close();
    if (existing->has_value()) {
        const auto before = Verification::verify(in);
        if (!before)
            return Failure{before.error()};
        const auto certificates = Nss::certificates();
        const auto certificate = std::find_if(certificates.cbegin(), certificates.cend(),
                                              [&](const Nss::Certificate &c) { return c.nickname == request.certificate; });
        for (const Verification::Signature &signature : before->signatures) {
            if (certificate != certificates.cend() && signature.signer == certificate->subject)
                return Failure{tr("%1 has already signed the minutes of %2; the next signature is another's.")
                                   .arg(signature.signer, *reference)};
        }
    }
    const auto report = Signer::sign(in, out, request);
    if (!report)
        return Failure{report.error()};
    QFile signedFile(out);
    if (!signedFile.open(QIODevice::ReadOnly))
        return Failure{tr("Could not read the signed minutes: %1").arg(signedFile.errorString())};
    minutes.pdf = signedFile.readAll();
    minutes.signatures = int(report->signatures.size());
    PYKALA_TRY(store.saveSignedMinutes(minutes));
    PYKALA_TRY(transaction.commit());
    return *report;
}

Result<QStringList> check(const Store &store)
{
    const auto signedList = store.allSignedMinutes();
    if (!signedList)
        return Failure{signedList.error()};
    QStringList problems;
    for (const SignedMinutes &minutes : *signedList) {
        const auto meeting = store.meeting(minutes.meetingId);
        if (!meeting)
            return Failure{meeting.error()};
        if (!meeting->has_value()) {
            problems << tr("The signed minutes of meeting %1 have no meeting in the store.").arg(minutes.meetingId);
            continue;
        }
        const auto reference = store.meetingReference(meeting->value());
        const auto now = digests(store, meeting->value());
        if (!reference || !now)
            return Failure{reference ? now.error() : reference.error()};
        if (now->record == minutes.recordDigest)
            continue;
        const QJsonObject signedParts = QJsonDocument::fromJson(minutes.partDigests.toUtf8()).object();
        for (auto it = now->parts.cbegin(); it != now->parts.cend(); ++it) {
            if (signedParts.value(it.key()).toString() != it.value())
                problems << tr("%1 %2 differs from what was signed in its minutes: it was changed outside Pykälä.")
                                .arg(*reference, it.key() == u"meeting" ? tr("(the meeting's own record)") : it.key());
        }
        for (auto it = signedParts.constBegin(); it != signedParts.constEnd(); ++it) {
            if (!now->parts.contains(it.key()))
                problems << tr("%1 %2 was signed in its minutes and is missing now.").arg(*reference, it.key());
        }
        if (problems.isEmpty() || !problems.last().startsWith(*reference))
            problems << tr("The record of %1 differs from what was signed in its minutes.").arg(*reference);
    }
    return problems;
}

} // namespace DecisionRecord
