#include "commands.h"
#include "commandsupport.h"

#include "demo/demodata.h"
#include "documents/agendatext.h"
#include "documents/meetingdocuments.h"
#include "exchange/interchange.h"
#include "procedure/appeal.h"
#include "procedure/itemoutcome.h"
#include "procedure/meetingsession.h"
#include "procedure/finnishcalendar.h"
#include "signing/decisionrecord.h"
#include "signing/nss.h"
#include "store/store.h"

#include <QCoreApplication>
#include <QDate>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSaveFile>
#include <QTextStream>

#include <algorithm>

namespace Cli {

int init(const Context &context, const InitOptions &options)
{
    Organisation organisation;
    organisation.name = options.name.trimmed();
    organisation.businessId = options.businessId.trimmed();
    if (!options.language.isEmpty()) {
        const auto language = Codes::parse<Language>(options.language);
        if (!language) {
            *context.err << "pykala-cli: " << tr("--language must be fi or sv, not \"%1\".").arg(options.language)
                         << Qt::endl;
            return Usage;
        }
        organisation.defaultLanguage = *language;
    }
    auto store = openStore(context, Store::Mode::CreateNew);
    if (!store)
        return fail(context, store.error());
    if (!organisation.name.isEmpty()) {
        if (const Status stored = store.value()->setOrganisation(organisation); !stored) {
            store.value().reset();
            if (!Store::isServerLocation(context.storePath))
                QFile::remove(context.storePath);
            return fail(context, stored.error());
        }
    }
    *context.out << tr("Created the store %1.")
                        .arg(Store::isServerLocation(context.storePath) ? store.value()->displayLocation()
                                                                         : QFileInfo(context.storePath).absoluteFilePath())
                 << Qt::endl;
    return Success;
}

int demo(const Context &context, const DemoOptions &options)
{
    DemoData::Options demoOptions;
    demoOptions.bodies = options.bodies;
    demoOptions.years = options.years;
    demoOptions.seed = options.seed;
    if (!options.asOf.isEmpty()) {
        demoOptions.asOf = QDate::fromString(options.asOf, Qt::ISODate);
        if (!demoOptions.asOf.isValid()) {
            *context.err << "pykala-cli: " << tr("--as-of must be a date such as 2026-05-31, not \"%1\".").arg(options.asOf)
                         << Qt::endl;
            return Usage;
        }
    }
    auto store = openStore(context);
    if (!store)
        return fail(context, store.error());
    const auto summary = DemoData::generate(*store.value(), demoOptions);
    if (!summary)
        return fail(context, summary.error());
    *context.out << tr("Added demo data: %1 bodies, %2 persons, %3 meetings, %4 agenda items, %5 attachments.")
                        .arg(summary->bodies)
                        .arg(summary->persons)
                        .arg(summary->meetings)
                        .arg(summary->items)
                        .arg(summary->attachments)
                 << Qt::endl;
    return Success;
}

int importFile(const Context &context, const QString &file)
{
    QByteArray json;
    if (file == u"-") {
        QFile input;
        if (!input.open(stdin, QIODevice::ReadOnly))
            return fail(context, tr("Cannot read standard input."));
        json = input.readAll();
    } else {
        QFile input(file);
        if (!input.open(QIODevice::ReadOnly))
            return fail(context, tr("Cannot read %1: %2").arg(file, input.errorString()));
        json = input.readAll();
    }
    auto store = openStore(context);
    if (!store)
        return fail(context, store.error());
    const auto summary = Interchange::importJson(*store.value(), json);
    if (!summary)
        return fail(context, tr("%1: %2 Nothing was imported.").arg(file, summary.error()));
    *context.out << tr("Imported %1 meetings with %2 agenda items and %3 attachments; added %4 bodies, %5 persons "
                       "and %6 memberships.")
                        .arg(summary->meetings)
                        .arg(summary->items)
                        .arg(summary->attachments)
                        .arg(summary->bodies)
                        .arg(summary->persons)
                        .arg(summary->memberships)
                 << Qt::endl;
    return Success;
}

int exportFile(const Context &context, const QString &meetingReference, const QString &file)
{
    auto store = openStore(context);
    if (!store)
        return fail(context, store.error());
    qint64 meetingId = 0;
    if (!meetingReference.isEmpty()) {
        const auto meeting = store.value()->findMeeting(meetingReference);
        if (!meeting)
            return fail(context, meeting.error());
        meetingId = meeting->id;
    }
    const auto json = Interchange::exportJson(*store.value(), meetingId);
    if (!json)
        return fail(context, json.error());
    if (file == u"-") {
        QFile output;
        if (!output.open(stdout, QIODevice::WriteOnly) || output.write(*json) != json->size())
            return fail(context, tr("Cannot write to standard output."));
        return Success;
    }
    // Written to a temporary file and renamed, so a failed export never
    // leaves half a document behind.
    QSaveFile output(file);
    if (!output.open(QIODevice::WriteOnly) || output.write(*json) != json->size() || !output.commit())
        return fail(context, tr("Cannot write %1: %2").arg(file, output.errorString()));
    return Success;
}

int bodies(const Context &context)
{
    auto store = openStore(context);
    if (!store)
        return fail(context, store.error());
    const auto list = store.value()->bodies();
    if (!list)
        return fail(context, list.error());
    const auto memberships = store.value()->memberships();
    if (!memberships)
        return fail(context, memberships.error());
    const QDate today = QDate::currentDate();
    QJsonArray array;
    for (const Body &body : *list) {
        int members = 0;
        for (const Membership &membership : *memberships) {
            const bool votes = membership.role == MembershipRole::Chair || membership.role == MembershipRole::ViceChair
                || membership.role == MembershipRole::Member;
            if (membership.bodyId == body.id && votes && membership.isValidOn(today))
                ++members;
        }
        if (context.json) {
            array.append(QJsonObject{{QStringLiteral("id"), body.id},
                                     {QStringLiteral("name"), body.name},
                                     {QStringLiteral("shortName"), body.shortName},
                                     {QStringLiteral("kind"), Codes::code(body.kind)},
                                     {QStringLiteral("quorumRule"), Codes::code(body.quorumRule)},
                                     {QStringLiteral("members"), members}});
        } else {
            *context.out << QStringLiteral("%1  %2  %3  %4")
                                .arg(body.shortName, -8)
                                .arg(body.name, -32)
                                .arg(Codes::code(body.kind), -10)
                                .arg(tr("%n member(s)", nullptr, members))
                         << Qt::endl;
        }
    }
    if (context.json)
        printJson(context, array);
    return Success;
}

int meetings(const Context &context, const QString &bodyShortName, int year)
{
    auto store = openStore(context);
    if (!store)
        return fail(context, store.error());
    MeetingFilter filter;
    filter.year = year;
    if (!bodyShortName.isEmpty()) {
        const auto body = findBody(*store.value(), bodyShortName);
        if (!body)
            return fail(context, body.error());
        filter.bodyId = body->id;
    }
    const auto list = store.value()->meetings(filter);
    if (!list)
        return fail(context, list.error());
    const auto counts = store.value()->agendaItemCounts();
    if (!counts)
        return fail(context, counts.error());
    QJsonArray array;
    for (const Meeting &meeting : *list) {
        const auto reference = store.value()->meetingReference(meeting);
        if (!reference)
            return fail(context, reference.error());
        const int items = counts->value(meeting.id);
        if (context.json) {
            array.append(QJsonObject{{QStringLiteral("id"), meeting.id},
                                     {QStringLiteral("reference"), *reference},
                                     {QStringLiteral("year"), meeting.year},
                                     {QStringLiteral("number"), meeting.number},
                                     {QStringLiteral("plannedStart"), meeting.plannedStart.toString(Qt::ISODate)},
                                     {QStringLiteral("actualStart"), meeting.actualStart.toString(Qt::ISODate)},
                                     {QStringLiteral("actualEnd"), meeting.actualEnd.toString(Qt::ISODate)},
                                     {QStringLiteral("place"), meeting.place},
                                     {QStringLiteral("mode"), Codes::code(meeting.mode)},
                                     {QStringLiteral("state"), Codes::code(meeting.state)},
                                     {QStringLiteral("items"), items}});
        } else {
            *context.out << QStringLiteral("%1  %2  %3  %4  %5")
                                .arg(*reference, -14)
                                .arg(dateTimeText(meeting.plannedStart))
                                .arg(Codes::code(meeting.state), -15)
                                .arg(tr("%n item(s)", nullptr, items), -10)
                                .arg(meeting.place)
                         << Qt::endl;
        }
    }
    if (context.json)
        printJson(context, array);
    return Success;
}

int show(const Context &context, const QString &meetingReference, bool publicView)
{
    auto opened = openMeeting(context, meetingReference);
    if (!opened)
        return fail(context, opened.error());
    Store &store = *opened.value().store;
    const Meeting &meeting = opened.value().meeting;
    const auto text = AgendaText::render(store, meeting,
                                         publicView ? Audience::Public : Audience::Internal);
    if (!text)
        return fail(context, text.error());
    *context.out << *text;
    context.out->flush();
    return Success;
}

int search(const Context &context, const QString &query, int limit, const QString &bodyShortName, int year, bool newest)
{
    auto store = openStore(context);
    if (!store)
        return fail(context, store.error());
    SearchFilter filter;
    filter.year = year;
    filter.order = newest ? SearchFilter::Order::Newest : SearchFilter::Order::Relevance;
    if (!bodyShortName.isEmpty()) {
        const auto body = findBody(*store.value(), bodyShortName);
        if (!body)
            return fail(context, body.error());
        filter.bodyId = body->id;
    }
    const auto hits = store.value()->search(query, limit, filter);
    if (!hits)
        return fail(context, hits.error());
    QJsonArray array;
    for (const SearchHit &hit : *hits) {
        const QString section = hit.sectionNumber ? QStringLiteral("§ %1").arg(*hit.sectionNumber) : QString();
        if (context.json) {
            array.append(QJsonObject{{QStringLiteral("itemId"), hit.itemId},
                                     {QStringLiteral("meetingId"), hit.meetingId},
                                     {QStringLiteral("meeting"), hit.meetingReference},
                                     {QStringLiteral("sectionNumber"), hit.sectionNumber ? QJsonValue(*hit.sectionNumber)
                                                                                         : QJsonValue()},
                                     {QStringLiteral("title"), hit.title},
                                     {QStringLiteral("snippet"), hit.snippet},
                                     {QStringLiteral("rank"), hit.rank}});
        } else {
            *context.out << QStringLiteral("%1 %2  %3").arg(hit.meetingReference, section, hit.title) << Qt::endl;
            if (!hit.snippet.isEmpty())
                *context.out << QStringLiteral("    ") << hit.snippet << Qt::endl;
        }
    }
    if (context.json)
        printJson(context, array);
    else if (hits->isEmpty())
        *context.out << tr("No agenda items match.") << Qt::endl;
    return Success;
}

int check(const Context &context, const QString &nssDatabase)
{
    // The signatures' certificates are checked against the database given,
    // or the user's own if there is one; without any the signatures are
    // still verified, their certificates reported as not verified.
    if (!nssDatabase.isEmpty() || QFileInfo(QDir(Nss::defaultDatabase()).filePath(QStringLiteral("cert9.db"))).isFile()) {
        if (const Status used = Nss::useDatabase(nssDatabase.isEmpty() ? Nss::defaultDatabase() : nssDatabase); !used)
            return fail(context, used.error());
    }
    auto store = openStore(context);
    if (!store)
        return fail(context, store.error());
    const auto report = store.value()->check();
    if (!report)
        return fail(context, report.error());
    // Signed minutes against the records they were signed from.
    const auto record = DecisionRecord::check(*store.value());
    if (!record)
        return fail(context, record.error());
    // With the municipality's certificate database given, a signer it does
    // not trust is a problem: anyone can make a certificate with a name.
    QStringList recordProblems = record->problems;
    const auto &signatures = record->signatures;
    if (!nssDatabase.isEmpty()) {
        for (const DecisionRecord::CheckedSignature &s : signatures) {
            if (s.certificateStatus != u"trusted")
                recordProblems << tr("Signature %1 of the minutes of %2 (%3) has a certificate that %4 does not trust "
                                     "(%5): who signed is not proven.")
                                      .arg(s.number)
                                      .arg(s.minutes, s.signer, nssDatabase, s.certificateStatus);
        }
    }
    const bool ok = report->ok() && recordProblems.isEmpty();
    const int count = int(report->integrityProblems.size() + report->foreignKeyProblems.size()
                          + report->auditProblems.size() + recordProblems.size());
    const auto untrusted = std::count_if(signatures.cbegin(), signatures.cend(), [](const DecisionRecord::CheckedSignature &s) {
        return s.certificateStatus != u"trusted";
    });
    const auto unanchored = std::count_if(signatures.cbegin(), signatures.cend(),
                                          [](const DecisionRecord::CheckedSignature &s) { return s.auditEntry == 0; });
    if (context.json) {
        QJsonArray signatureArray;
        for (const DecisionRecord::CheckedSignature &s : signatures)
            signatureArray.append(QJsonObject{{QStringLiteral("minutes"), s.minutes},
                                              {QStringLiteral("number"), s.number},
                                              {QStringLiteral("signer"), s.signer},
                                              {QStringLiteral("role"), s.role},
                                              {QStringLiteral("certificate"), s.certificateStatus},
                                              {QStringLiteral("auditEntry"), s.auditEntry}});
        printJson(context, QJsonObject{{QStringLiteral("ok"), ok},
                                       {QStringLiteral("integrity"), QJsonArray::fromStringList(report->integrityProblems)},
                                       {QStringLiteral("foreignKeys"), QJsonArray::fromStringList(report->foreignKeyProblems)},
                                       {QStringLiteral("audit"), QJsonArray::fromStringList(report->auditProblems)},
                                       {QStringLiteral("decisionRecord"), QJsonArray::fromStringList(recordProblems)},
                                       {QStringLiteral("signatures"), signatureArray},
                                       {QStringLiteral("auditEntries"), report->auditEntries}});
    } else {
        const QStringList problems =
            report->integrityProblems + report->foreignKeyProblems + report->auditProblems + recordProblems;
        for (const QString &problem : problems)
            *context.out << problem << Qt::endl;
        if (ok) {
            *context.out << tr("The store is intact: integrity and foreign keys check out, and %n audit log "
                               "entries form an unbroken chain that matches the stored records.",
                               nullptr, int(report->auditEntries))
                         << Qt::endl;
            if (!signatures.isEmpty())
                *context.out << tr("%n signature(s) of signed minutes verify, and the records and the audit log match "
                                   "what they sign.",
                                   nullptr, int(signatures.size()))
                             << Qt::endl;
            if (untrusted > 0)
                *context.out << tr("%n of them have a certificate that the certificate database in use does not trust: "
                                   "who signed is proven by checking with the municipality's database (--nssdb DIR).",
                                   nullptr, int(untrusted))
                             << Qt::endl;
            if (unanchored > 0)
                *context.out << tr("%n of them were made before signatures committed to the audit log: the history "
                                   "before them is proven by the chain alone.",
                                   nullptr, int(unanchored))
                             << Qt::endl;
        }
    }
    if (!ok) {
        *context.err << "pykala-cli: "
                     << tr("The store failed its check (%n problem(s)). Restore it from a backup.", nullptr, count)
                     << Qt::endl;
        return Failed;
    }
    return Success;
}

int deadlines(const Context &context, const QString &published, const QString &kindText)
{
    const QDate day = QDate::fromString(published, Qt::ISODate);
    if (published.size() != 10 || !day.isValid()) {
        *context.err << "pykala-cli: " << tr("--published must be a date such as 2026-05-31, not \"%1\".").arg(published)
                     << Qt::endl;
        return Usage;
    }
    const auto kind = Appeal::parseKind(kindText);
    if (!kind) {
        *context.err << "pykala-cli: "
                     << tr("--kind must be one of %1 (or oikaisuvaatimus, kunnallisvalitus, hallintovalitus, "
                           "hankintaoikaisu), not \"%2\".")
                            .arg(Codes::all<AppealKind>().join(QStringLiteral(", ")), kindText)
                     << Qt::endl;
        return Usage;
    }
    const auto deadline = Appeal::deadline(*kind, day);
    if (!deadline)
        return fail(context, deadline.error());
    if (context.json) {
        printJson(context, QJsonObject{{QStringLiteral("published"), deadline->published.toString(Qt::ISODate)},
                                       {QStringLiteral("notified"), deadline->notified.toString(Qt::ISODate)},
                                       {QStringLiteral("lastDay"), deadline->lastDay.toString(Qt::ISODate)}});
        return Success;
    }
    *context.out << tr("Published %1; deemed notified %2; last day of appeal %3 (%n day(s) from notification).",
                       nullptr, deadline->periodDays)
                        .arg(deadline->published.toString(Qt::ISODate), deadline->notified.toString(Qt::ISODate),
                             deadline->lastDay.toString(Qt::ISODate))
                 << Qt::endl;
    if (deadline->moved) {
        const QDate end = deadline->notified.addDays(deadline->periodDays);
        const QString holiday = FinnishCalendar::holidayName(
            end, QLocale().language() == QLocale::Swedish ? Language::Swedish : Language::Finnish);
        *context.out << tr("The period ends on %1%2, so the last day moves to the next working day.")
                            .arg(end.toString(Qt::ISODate),
                                 holiday.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(holiday))
                     << Qt::endl;
    }
    return Success;
}

int record(const Context &context, const QString &meetingReference, const QString &file)
{
    QFile input(file);
    if (!input.open(QIODevice::ReadOnly))
        return fail(context, tr("Cannot read %1: %2").arg(file, input.errorString()));
    const QByteArray json = input.readAll();
    auto opened = openMeeting(context, meetingReference);
    if (!opened)
        return fail(context, opened.error());
    Store &store = *opened.value().store;
    const Meeting &meeting = opened.value().meeting;
    const auto recorded = MeetingSession::record(store, meeting, json);
    if (!recorded)
        return fail(context, tr("%1: %2 Nothing was recorded.").arg(file, recorded.error()));
    int handled = 0;
    for (const MeetingRecord::ItemRecord &item : recorded->items)
        handled += item.handled ? 1 : 0;
    *context.out << tr("Recorded the events of %1; %2 item(s) have proceedings.").arg(meetingReference.trimmed()).arg(handled)
                 << Qt::endl;
    // An item handled without quorum is flagged: its decision is open to appeal.
    if (recorded->opened) {
        for (const MeetingRecord::ItemRecord &item : recorded->items) {
            const Quorum &quorum = item.presence.quorum;
            if (item.handled && !quorum.reached())
                *context.out << tr("Warning: item %1 was handled without quorum (%2 of %3 present, %4 needed).")
                                    .arg(item.position)
                                    .arg(quorum.present)
                                    .arg(quorum.seats)
                                    .arg(quorum.required)
                             << Qt::endl;
        }
    }
    return Success;
}

int outcome(const Context &context, const QString &itemReference)
{
    auto store = openStore(context);
    if (!store)
        return fail(context, store.error());
    Store &s = *store.value();
    // An item is named by its id or as "KH 12/2026 § 156".
    const auto found = MeetingDocuments::findItem(s, itemReference);
    if (!found)
        return fail(context, found.error());
    const std::optional<AgendaItem> item = found->second;
    const Meeting &meeting = found->first;
    const auto body = MeetingSession::setting(s, meeting);
    if (!body)
        return fail(context, body.error());
    const auto events = s.meetingEvents(meeting.id);
    if (!events)
        return fail(context, events.error());
    const auto replay = MeetingRecord::replay(*body, *events);
    if (!replay)
        return fail(context, replay.error());
    if (!replay->opened)
        return fail(context, tr("The meeting has not been opened yet, so nothing has been decided. Record its events "
                                "with 'pykala-cli record'."));
    const MeetingRecord::ItemRecord &record = replay->items.at(item->position - 1);
    const QJsonObject result = ItemOutcome::toJson(*body, *replay, *item);
    if (context.json) {
        printJson(context, result);
        return Success;
    }
    *context.out << item->title << Qt::endl;
    *context.out << tr("Quorum: %1 of %2 present, %3 needed — %4.")
                        .arg(record.presence.quorum.present)
                        .arg(record.presence.quorum.seats)
                        .arg(record.presence.quorum.required)
                        .arg(record.presence.quorum.reached() ? tr("reached") : tr("NOT reached"))
                 << Qt::endl;
    if (record.outcome && record.outcome->pending)
        *context.out << tr("Result: pending; the votes are still to be recorded.") << Qt::endl;
    else if (record.outcome)
        *context.out << tr("Result: %1.").arg(result.value(u"result").toObject().value(u"kind").toString())
                     << Qt::endl << Qt::endl
                     << result.value(u"proceedings").toObject().value(u"fi").toString() << Qt::endl;
    if (record.electionResult)
        *context.out << tr("Elected: %1.").arg(record.electionResult->elected.join(QStringLiteral(", "))) << Qt::endl;
    return Success;
}

int organisation(const Context &context, const OrganisationOptions &options)
{
    auto store = openStore(context);
    if (!store)
        return fail(context, store.error());
    const auto current = store.value()->organisation();
    if (!current)
        return fail(context, current.error());
    Organisation organisation = current->value_or(Organisation{});
    bool changed = false;
    auto set = [&](const std::optional<QString> &value, QString &field) {
        if (value) {
            field = *value;
            changed = true;
        }
    };
    set(options.name, organisation.name);
    set(options.swedishName, organisation.swedishName);
    set(options.businessId, organisation.businessId);
    set(options.court, organisation.administrativeCourt);
    set(options.address, organisation.registryAddress);
    set(options.email, organisation.registryEmail);
    organisation.registryAddress.replace(QStringLiteral("\\n"), QStringLiteral("\n"));
    if (options.language) {
        const auto language = Codes::parse<Language>(*options.language);
        if (!language) {
            *context.err << "pykala-cli: " << tr("--language must be fi or sv, not \"%1\".").arg(*options.language)
                         << Qt::endl;
            return Usage;
        }
        organisation.defaultLanguage = *language;
        changed = true;
    }
    if (changed) {
        if (const Status stored = store.value()->setOrganisation(organisation); !stored)
            return fail(context, stored.error());
    }
    if (context.json) {
        printJson(context, QJsonObject{{QStringLiteral("name"), organisation.name},
                                       {QStringLiteral("swedishName"), organisation.swedishName},
                                       {QStringLiteral("businessId"), organisation.businessId},
                                       {QStringLiteral("defaultLanguage"), Codes::code(organisation.defaultLanguage)},
                                       {QStringLiteral("administrativeCourt"), organisation.administrativeCourt},
                                       {QStringLiteral("registryAddress"), organisation.registryAddress},
                                       {QStringLiteral("registryEmail"), organisation.registryEmail}});
        return Success;
    }
    *context.out << tr("Name: %1").arg(organisation.name) << Qt::endl
                 << tr("Swedish name: %1").arg(organisation.swedishName) << Qt::endl
                 << tr("Business id: %1").arg(organisation.businessId) << Qt::endl
                 << tr("Document language: %1").arg(Codes::code(organisation.defaultLanguage)) << Qt::endl
                 << tr("Administrative court: %1").arg(organisation.administrativeCourt) << Qt::endl
                 << tr("Registry address: %1").arg(QString(organisation.registryAddress).replace(u'\n', QStringLiteral("; ")))
                 << Qt::endl
                 << tr("Registry e-mail: %1").arg(organisation.registryEmail) << Qt::endl;
    return Success;
}

} // namespace Cli
