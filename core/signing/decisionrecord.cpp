#include "decisionrecord.h"

#include "documents/documentrenderer.h"
#include "documents/meetingdocuments.h"
#include "exchange/interchange.h"
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

// What changes legitimately after the signatures: the state and the days
// the minutes were checked and published.
const QStringList unsignedMeetingFields{QStringLiteral("state"), QStringLiteral("minutesChecked"),
                                        QStringLiteral("minutesPublished")};

} // namespace

Result<Digests> digests(const Store &store, const Meeting &meeting)
{
    const auto exported = Interchange::exportJson(store, meeting.id);
    if (!exported)
        return Failure{exported.error()};
    const QJsonObject root = QJsonDocument::fromJson(*exported).object();
    QJsonObject record = root.value(u"meetings").toArray().first().toObject();
    const QJsonArray items = record.take(QStringLiteral("items")).toArray();
    for (const QString &field : unsignedMeetingFields)
        record.remove(field);
    // Who the record names, by name: contact details and the body's
    // settings may change later without changing what was decided.
    QJsonArray persons;
    const QJsonArray exportedPersons = root.value(u"persons").toArray();
    for (const QJsonValue &person : exportedPersons)
        persons.append(QJsonObject{{QStringLiteral("id"), person[u"id"]},
                                   {QStringLiteral("givenName"), person[u"givenName"]},
                                   {QStringLiteral("familyName"), person[u"familyName"]}});
    const QJsonObject body = root.value(u"bodies").toArray().first().toObject();
    record.insert(QStringLiteral("persons"), persons);
    record.insert(QStringLiteral("body"), QJsonObject{{QStringLiteral("name"), body.value(u"name")},
                                                      {QStringLiteral("shortName"), body.value(u"shortName")}});
    Digests digests;
    QByteArray all;
    auto part = [&](const QString &name, const QJsonObject &object) {
        const QString digest = sha256(QJsonDocument(object).toJson(QJsonDocument::Compact));
        digests.parts.insert(name, digest);
        all += name.toUtf8() + ':' + digest.toLatin1() + '\n';
    };
    part(QStringLiteral("meeting"), record);
    for (const QJsonValue &value : items) {
        const QJsonObject item = value.toObject();
        const QJsonValue section = item.value(u"sectionNumber");
        part(section.isDouble() ? QStringLiteral("§ %1").arg(section.toInt())
                                : QStringLiteral("%1.").arg(item.value(u"position").toInt()),
             item);
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
    const auto existing = store.signedMinutes(meeting.id);
    if (!existing)
        return Failure{existing.error()};
    if (existing->has_value() && existing->value().complete())
        return Failure{tr("%1 is finalised: its minutes have all their %2 signatures.")
                           .arg(*reference)
                           .arg(existing->value().requiredSignatures)};

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
        OfficialDocument signable = *document;
        signable.keywords.append(QStringLiteral("sha256:") + record->record);
        const auto pdf = DocumentRenderer::pdf(signable);
        if (!pdf)
            return Failure{pdf.error()};
        input = *pdf;
        const auto replay = MeetingSession::current(store, meeting);
        if (!replay)
            return Failure{replay.error()};
        QJsonObject parts;
        for (auto it = record->parts.cbegin(); it != record->parts.cend(); ++it)
            parts.insert(it.key(), it.value());
        minutes.meetingId = meeting.id;
        minutes.recordDigest = record->record;
        minutes.partDigests = QString::fromUtf8(QJsonDocument(parts).toJson(QJsonDocument::Compact));
        minutes.requiredSignatures = 2 + qMax(1, int(replay->minuteCheckers.size()));
        minutes.frozenAt = QDateTime::currentDateTimeUtc();
    }
    if (request.role.isEmpty()) {
        // The role of this turn in the body's signing order.
        const auto body = store.body(meeting.bodyId);
        const auto language = MeetingSession::documentLanguage(store);
        if (!body || !language)
            return Failure{body ? language.error() : body.error()};
        const bool swedish = *language == Language::Swedish;
        const QStringList order = body->has_value() ? body->value().signingOrder : Body::defaultSigningOrder();
        const int checkers = minutes.requiredSignatures - 2;
        QStringList turns;
        for (const QString &signer : order) {
            if (signer == u"secretary")
                turns << (swedish ? QStringLiteral("protokollförare") : QStringLiteral("pöytäkirjanpitäjä"));
            else if (signer == u"chair")
                turns << (swedish ? QStringLiteral("ordförande") : QStringLiteral("puheenjohtaja"));
            else
                for (int i = 0; i < checkers; ++i)
                    turns << (swedish ? QStringLiteral("protokolljusterare") : QStringLiteral("pöytäkirjantarkastaja"));
        }
        request.role = turns.value(minutes.signatures);
    }

    QTemporaryDir work;
    if (!work.isValid())
        return Failure{tr("Could not make a working directory for signing.")};
    const QString in = work.filePath(QStringLiteral("minutes.pdf")), out = work.filePath(QStringLiteral("signed.pdf"));
    QFile file(in);
    if (!file.open(QIODevice::WriteOnly) || file.write(input) != input.size())
        return Failure{tr("Could not write the minutes for signing: %1").arg(file.errorString())};
    file.close();
    const auto report = Signer::sign(in, out, request);
    if (!report)
        return Failure{report.error()};
    QFile signedFile(out);
    if (!signedFile.open(QIODevice::ReadOnly))
        return Failure{tr("Could not read the signed minutes: %1").arg(signedFile.errorString())};
    minutes.pdf = signedFile.readAll();
    minutes.signatures = int(report->signatures.size());
    PYKALA_TRY(store.saveSignedMinutes(minutes));
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
