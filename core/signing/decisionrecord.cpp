#include "decisionrecord.h"

#include "documents/documentrenderer.h"
#include "documents/documenttexts.h"
#include "documents/meetingdocuments.h"
#include "documents/pdfa.h"
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
#include <QRegularExpression>
#include <QTemporaryDir>

#include <poppler-qt6.h>

#include <memory>
#include <optional>
#include <utility>

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

// The XMP property of signed minutes that holds the digests' text.
QString recordPartsProperty()
{
    return QStringLiteral("recordParts");
}

QString auditCommitment(qint64 entry, const QString &hash)
{
    return QStringLiteral("audit-%1-%2").arg(entry).arg(hash);
}

// What a signature's field name commits to: its place among the
// signatures, and the audit entry and its hash.
struct Commitment
{
    int slot = 0;       // from 1
    qint64 entry = 0;
    QString hash;
};

std::optional<Commitment> committedAuditEntry(const QString &field)
{
    static const QRegularExpression pattern(QStringLiteral("^signature-(\\d+)-audit-(\\d+)-([0-9a-f]{64})$"));
    const auto match = pattern.match(field);
    if (!match.hasMatch())
        return std::nullopt;
    return Commitment{match.captured(1).toInt(), match.captured(2).toLongLong(), match.captured(3)};
}

// "part:digest" lines as Digests::text writes them.
QMap<QString, QString> partsOf(const QString &text)
{
    QMap<QString, QString> parts;
    for (const QString &line : text.split(u'\n', Qt::SkipEmptyParts)) {
        const qsizetype colon = line.lastIndexOf(u':');
        if (colon > 0)
            parts.insert(line.left(colon), line.mid(colon + 1));
    }
    return parts;
}

// What the first signature of signed minutes covers: the record's digest
// (the keyword "sha256:…") and, in minutes signed since the parts were
// written there, the parts' digests from the XMP.
struct SignedRecord
{
    QString digest;
    QString partsText;
};

std::optional<SignedRecord> signedRecord(const QByteArray &pdf, qint64 firstRevisionEnd)
{
    const QByteArray revision = pdf.left(firstRevisionEnd);
    const std::unique_ptr<Poppler::Document> document = Poppler::Document::loadFromData(revision);
    if (!document || document->isLocked())
        return std::nullopt;
    SignedRecord record;
    static const QRegularExpression keyword(QStringLiteral("(?:^|, )sha256:([0-9a-f]{64})(?:,|$)"));
    const auto match = keyword.match(document->info(QStringLiteral("Keywords")));
    if (!match.hasMatch())
        return std::nullopt;
    record.digest = match.captured(1);
    record.partsText = PdfA::recordProperties(document->metadata()).value(recordPartsProperty());
    return record;
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
    digests.text = QString::fromUtf8(all);
    digests.record = sha256(all);
    return digests;
}

Result<QList<Signatory>> signatories(const Store &store, const Meeting &meeting)
{
    const auto document = MeetingDocuments::minutes(store, meeting);
    if (!document)
        return Failure{document.error()};
    // Frozen minutes keep their turns: the persons are bound to them only
    // while the turns are the same (the body's signing order or language
    // changed since would move everyone's turn).
    const auto frozen = store.signedMinutes(meeting.id);
    if (!frozen)
        return Failure{frozen.error()};
    if (frozen->has_value() && frozen->value().signingRoles != document->signingRoles) {
        const auto reference = store.meetingReference(meeting);
        return Failure{tr("The minutes of %1 were frozen with the turns %2, and the body's settings now give %3: its "
                          "signing order or document language was changed after the first signature. Set them back "
                          "to sign the rest.")
                           .arg(reference ? *reference : QString::number(meeting.id),
                                frozen->value().signingRoles.join(QStringLiteral(", ")),
                                document->signingRoles.join(QStringLiteral(", ")))};
    }
    const auto persons = store.persons(document->signingPersons);
    if (!persons)
        return Failure{persons.error()};
    QList<Signatory> list;
    for (qsizetype i = 0; i < document->signingRoles.size(); ++i) {
        const qint64 person = document->signingPersons.value(i);
        list.append({document->signingRoles.at(i), person,
                     persons->contains(person) ? persons->value(person).displayName() : QString()});
    }
    return list;
}

Result<QString> certificateProblem(const Store &store, const Signatory &signatory, const QByteArray &certificate)
{
    if (!signatory.person)
        return tr("The minutes name no one to sign as %1. The secretary's turn is the body's secretary on the "
                  "meeting's day (Register › Add Official, or pykala-cli membership add --role secretary); a "
                  "minute-checker's, those the meeting selected; a chair's, who presided.")
            .arg(signatory.role);
    const QString fingerprint = sha256(certificate);
    const auto registrations = store.certificateRegistrations(fingerprint);
    if (!registrations)
        return Failure{registrations.error()};
    QString holder;
    for (const PersonCertificate &registered : *registrations) {
        if (registered.personId == signatory.person && registered.use == CertificateUse::Signing)
            return QString();
        if (registered.personId != signatory.person) {
            const auto person = store.person(registered.personId);
            if (person && person->has_value())
                holder = person->value().displayName();
        }
    }
    if (!holder.isEmpty())
        return tr("The certificate is %1's, and it is %2's turn to sign as %3: each signs with their own.")
            .arg(holder, signatory.name, signatory.role);
    return tr("The certificate is not registered for %1, whose turn it is to sign as %2. Register %1's signing "
              "certificate first (Register › Persons › Certificates…, or pykala-cli person certificate).")
        .arg(signatory.name, signatory.role);
}

QString signingRole(const QString &given, Language language)
{
    const QString role = given.trimmed();
    const DocumentTexts &t = DocumentTexts::of(language);
    if (role.compare(u"secretary", Qt::CaseInsensitive) == 0)
        return t.secretary;
    if (role.compare(u"minute-checker", Qt::CaseInsensitive) == 0
        || role.compare(u"minute-checkers", Qt::CaseInsensitive) == 0)
        return t.checker;
    if (role.compare(u"chair", Qt::CaseInsensitive) == 0)
        return t.chair;
    return role;
}

Result<Verification::Report> signMinutes(Store &store, const Meeting &meeting, Signer::Request request)
{
    const auto reference = store.meetingReference(meeting);
    if (!reference)
        return Failure{reference.error()};
    if (!isHeld(meeting.state))
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
        signable.recordProperties.insert(recordPartsProperty(), record->text);
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
    // The signature commits to the audit chain as it stands before its own
    // entry: rewriting any earlier entry changes that entry's hash.
    const auto head = store.auditHead();
    if (!head)
        return Failure{head.error()};
    request.commitment = auditCommitment(head->first, head->second);
    // Whose turn it is; one signature per person.
    const QString turn = minutes.signingRoles.value(minutes.signatures);
    const auto language = MeetingSession::documentLanguage(store, meeting);
    if (!language)
        return Failure{language.error()};
    request.role = signingRole(request.role, *language);
    // "puheenjohtaja" names the turn of "puheenjohtaja § 2–3" too: the
    // signature then carries the § numbers.
    if (request.role.isEmpty() || turn.startsWith(request.role + QLatin1Char(' ')))
        request.role = turn;
    else if (request.role != turn)
        return Failure{tr("It is the turn of the %1 to sign the minutes of %2, not of the %3.")
                           .arg(turn, *reference, request.role)};

    // The turn is a person's, and so must the certificate be.
    const auto signing = signatories(store, meeting);
    if (!signing)
        return Failure{signing.error()};
    // Before the record is frozen, every turn must have its person: minutes
    // half signed and never finished are worse than none.
    if (!existing->has_value()) {
        for (const Signatory &each : *signing) {
            if (!each.person)
                return Failure{tr("%1 cannot be signed yet: %2").arg(*reference, *certificateProblem(store, each, {}))};
        }
    }
    const Signatory signatory = signing->value(minutes.signatures);
    const auto certificates = Nss::certificates();
    const auto chosen = std::find_if(certificates.cbegin(), certificates.cend(),
                                     [&](const Nss::Certificate &c) { return c.nickname == request.certificate; });
    if (chosen == certificates.cend())
        return Failure{tr("There is no certificate \"%1\" with its key in the certificate database; 'pykala-cli "
                          "certs' lists them.").arg(request.certificate)};
    const auto problem = certificateProblem(store, signatory, chosen->der);
    if (!problem)
        return Failure{problem.error()};
    if (!problem->isEmpty())
        return Failure{tr("%1 cannot be signed with \"%2\": %3").arg(*reference, request.certificate, *problem)};

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
        for (const Verification::Signature &signature : before->signatures) {
            if (signature.certificate == chosen->der)
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

Result<Findings> check(const Store &store)
{
    const auto signedList = store.allSignedMinutes();
    if (!signedList)
        return Failure{signedList.error()};
    Findings findings;
    QStringList &problems = findings.problems;
    for (const SignedMinutes &listed : *signedList) {
        const auto meeting = store.meeting(listed.meetingId);
        const auto stored = store.signedMinutes(listed.meetingId);
        if (!meeting || !stored)
            return Failure{meeting ? stored.error() : meeting.error()};
        if (!meeting->has_value() || !stored->has_value()) {
            problems << tr("The signed minutes of meeting %1 have no meeting in the store.").arg(listed.meetingId);
            continue;
        }
        const SignedMinutes &minutes = stored->value();
        const auto reference = store.meetingReference(meeting->value());
        const auto now = digests(store, meeting->value());
        if (!reference || !now)
            return Failure{reference ? now.error() : reference.error()};
        // The signatures, verified as they are: whether the certificates are
        // trusted depends on the database in use and is only reported.
        const auto report = Verification::verifyData(minutes.pdf, tr("the signed minutes of %1").arg(*reference));
        if (!report || report->signatures.isEmpty()) {
            problems << tr("The signed minutes of %1 are not a signed PDF: they were replaced outside Pykälä.").arg(*reference);
            continue;
        }
        // Once a signature commits to the audit log, every later one must:
        // Pykälä makes them so, in the roles fixed at freezing, one per
        // person, each later in the log than the one before.
        std::optional<qint64> lastAnchor;
        QStringList signers;
        auto signing = signatories(store, meeting->value());
        if (!signing) {
            problems << signing.error();
            signing = QList<Signatory>();
        }
        if (report->signatures.size() > minutes.requiredSignatures())
            problems << tr("The signed minutes of %1 have %2 signatures; they take %3.")
                            .arg(*reference)
                            .arg(report->signatures.size())
                            .arg(minutes.requiredSignatures());
        for (int i = 0; i < report->signatures.size(); ++i) {
            const Verification::Signature &signature = report->signatures.at(i);
            const QString turn = minutes.signingRoles.value(i);
            if (signature.role != turn)
                problems << tr("Signature %1 of the minutes of %2 is by %3 as \"%4\"; that turn is the %5's.")
                                .arg(i + 1)
                                .arg(*reference, signature.signer, signature.role, turn);
            if (signers.contains(signature.signerDn))
                problems << tr("Signature %1 of the minutes of %2 is a second one by %3.")
                                .arg(i + 1)
                                .arg(*reference, signature.signer);
            signers << signature.signerDn;
            // Each signature by the person of its turn, with their own
            // registered certificate.
            if (i < signing->size()) {
                const auto wrongHolder = certificateProblem(store, signing->at(i), signature.certificate);
                if (!wrongHolder)
                    return Failure{wrongHolder.error()};
                if (!wrongHolder->isEmpty())
                    problems << tr("Signature %1 of the minutes of %2 (%3, %4) is not by the person of its turn: %5")
                                    .arg(i + 1)
                                    .arg(*reference, signature.signer, signature.role, *wrongHolder);
            }
            if (signature.cryptographicStatus != u"valid")
                problems << tr("Signature %1 of the minutes of %2 (%3, %4) does not verify (%5): the signed minutes were "
                               "changed outside Pykälä.")
                                .arg(i + 1)
                                .arg(*reference, signature.signer, signature.role, signature.cryptographicStatus);
            else if (!signature.coversRevision)
                problems << tr("Signature %1 of the minutes of %2 (%3) does not cover its revision of the file.")
                                .arg(i + 1)
                                .arg(*reference, signature.signer);
            const auto committed = committedAuditEntry(signature.field);
            findings.signatures.append({*reference, i + 1, signature.signer, signature.role, signature.certificateStatus,
                                        committed ? committed->entry : 0});
            if (!committed) {
                if (lastAnchor)
                    problems << tr("Signature %1 of the minutes of %2 (%3) commits to no audit entry, though the one "
                                   "before it does: Pykälä did not make it.")
                                    .arg(i + 1)
                                    .arg(*reference, signature.signer);
                continue;
            }
            if (committed->slot != i + 1 || (lastAnchor && committed->entry <= *lastAnchor))
                problems << tr("Signature %1 of the minutes of %2 (%3) is out of its order: Pykälä did not make it "
                               "there.")
                                .arg(i + 1)
                                .arg(*reference, signature.signer);
            lastAnchor = committed->entry;
            const auto logged = store.auditEntryHash(committed->entry);
            if (!logged)
                return Failure{logged.error()};
            if (!logged->has_value())
                problems << tr("Audit log entry %1, which signature %2 of the minutes of %3 commits to, is missing: the "
                               "log was cut outside Pykälä.")
                                .arg(committed->entry)
                                .arg(i + 1)
                                .arg(*reference);
            else if (logged->value() != committed->hash)
                problems << tr("The audit log up to entry %1 is not the one signature %2 of the minutes of %3 commits "
                               "to: its history was rewritten outside Pykälä.")
                                .arg(committed->entry)
                                .arg(i + 1)
                                .arg(*reference);
        }
        if (!report->signatures.last().coversWholeFile)
            problems << tr("The signed minutes of %1 were changed after their last signature.").arg(*reference);
        if (report->signatures.size() != minutes.signatures)
            problems << tr("The store records %1 signatures of the minutes of %2; the signed file has %3.")
                            .arg(minutes.signatures)
                            .arg(*reference)
                            .arg(report->signatures.size());

        // The record against the digests inside what the first signature
        // covers; the copy kept beside the file is only a copy.
        const auto signedBytes = signedRecord(minutes.pdf, report->signatures.first().revisionEnd);
        if (!signedBytes) {
            problems << tr("The signed minutes of %1 carry no digest of their record.").arg(*reference);
            continue;
        }
        if (minutes.recordDigest != signedBytes->digest)
            problems << tr("The record digest kept with the signed minutes of %1 is not the one they were signed with: "
                           "it was changed outside Pykälä.")
                            .arg(*reference);
        if (now->record == signedBytes->digest)
            continue;
        // Which parts differ: from the signed parts; minutes signed before
        // they were written there have only the store's copy.
        const qsizetype recordProblemsFrom = problems.size();
        QMap<QString, QString> signedParts;
        if (sha256(signedBytes->partsText.toUtf8()) == signedBytes->digest) {
            signedParts = partsOf(signedBytes->partsText);
        } else if (minutes.recordDigest == signedBytes->digest) {
            const QJsonObject kept = QJsonDocument::fromJson(minutes.partDigests.toUtf8()).object();
            for (auto it = kept.constBegin(); it != kept.constEnd(); ++it)
                signedParts.insert(it.key(), it.value().toString());
        }
        for (auto it = now->parts.cbegin(); it != now->parts.cend() && !signedParts.isEmpty(); ++it) {
            if (signedParts.value(it.key()) != it.value())
                problems << tr("%1 %2 differs from what was signed in its minutes: it was changed outside Pykälä.")
                                .arg(*reference, it.key() == u"meeting" ? tr("(the meeting's own record)") : it.key());
        }
        for (auto it = signedParts.cbegin(); it != signedParts.cend(); ++it) {
            if (!now->parts.contains(it.key()))
                problems << tr("%1 %2 was signed in its minutes and is missing now.").arg(*reference, it.key());
        }
        if (problems.size() == recordProblemsFrom)
            problems << tr("The record of %1 differs from what was signed in its minutes.").arg(*reference);
    }
    return findings;
}

} // namespace DecisionRecord
