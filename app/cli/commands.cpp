#include "commands.h"

#include "demo/demodata.h"
#include "documents/agendatext.h"
#include "documents/documentrenderer.h"
#include "documents/htmlpage.h"
#include "documents/meetingdocuments.h"
#include "documents/publication.h"
#include "signing/nss.h"
#include "signing/decisionrecord.h"
#include "signing/signer.h"
#include "signing/verification.h"
#include "exchange/interchange.h"
#include "exchange/meetingpackage.h"
#include "procedure/appeal.h"
#include "procedure/itemoutcome.h"
#include "procedure/meetingsession.h"
#include "procedure/finnishcalendar.h"
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
#include <QRegularExpression>
#include <QProcess>
#include <QSaveFile>
#include <QTextStream>

namespace Cli {

namespace {

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("Cli", text, disambiguation, n);
}

int fail(const Context &context, const QString &message)
{
    // One line: messages from deeper layers may carry newlines.
    *context.err << "pykala-cli: " << QString(message).replace(u'\n', u' ') << Qt::endl;
    return Failed;
}

Result<std::unique_ptr<Store>> openStore(const Context &context, Store::Mode mode = Store::Mode::OpenExisting)
{
    auto store = Store::open(context.storePath, mode, context.busyTimeoutMs);
    if (store)
        store.value()->setActor(context.actor);
    return store;
}

void printJson(const Context &context, const QJsonValue &value)
{
    const QJsonDocument document = value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    *context.out << QString::fromUtf8(document.toJson(QJsonDocument::Indented));
    context.out->flush();
}

QString dateTimeText(const QDateTime &dateTime)
{
    return dateTime.isValid() ? dateTime.toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QString();
}

} // namespace

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
            QFile::remove(context.storePath);
            return fail(context, stored.error());
        }
    }
    *context.out << tr("Created the store %1.").arg(QFileInfo(context.storePath).absoluteFilePath()) << Qt::endl;
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
        const auto body = store.value()->bodyByShortName(bodyShortName);
        if (!body)
            return fail(context, body.error());
        if (!body->has_value())
            return fail(context, tr("There is no body with the short name %1. 'pykala-cli bodies' lists them.")
                                     .arg(bodyShortName));
        filter.bodyId = body->value().id;
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
    auto store = openStore(context);
    if (!store)
        return fail(context, store.error());
    const auto meeting = store.value()->findMeeting(meetingReference);
    if (!meeting)
        return fail(context, meeting.error());
    const auto text = AgendaText::render(*store.value(), *meeting,
                                         publicView ? Audience::Public : Audience::Internal);
    if (!text)
        return fail(context, text.error());
    *context.out << *text;
    context.out->flush();
    return Success;
}

int search(const Context &context, const QString &query, int limit)
{
    auto store = openStore(context);
    if (!store)
        return fail(context, store.error());
    const auto hits = store.value()->search(query, limit);
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

int check(const Context &context)
{
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
    const bool ok = report->ok() && record->isEmpty();
    const int count = int(report->integrityProblems.size() + report->foreignKeyProblems.size()
                          + report->auditProblems.size() + record->size());
    if (context.json) {
        printJson(context, QJsonObject{{QStringLiteral("ok"), ok},
                                       {QStringLiteral("integrity"), QJsonArray::fromStringList(report->integrityProblems)},
                                       {QStringLiteral("foreignKeys"), QJsonArray::fromStringList(report->foreignKeyProblems)},
                                       {QStringLiteral("audit"), QJsonArray::fromStringList(report->auditProblems)},
                                       {QStringLiteral("decisionRecord"), QJsonArray::fromStringList(*record)},
                                       {QStringLiteral("auditEntries"), report->auditEntries}});
    } else {
        const QStringList problems =
            report->integrityProblems + report->foreignKeyProblems + report->auditProblems + *record;
        for (const QString &problem : problems)
            *context.out << problem << Qt::endl;
        if (ok)
            *context.out << tr("The store is intact: integrity and foreign keys check out, and %n audit log "
                               "entries form an unbroken chain that matches the stored records.",
                               nullptr, int(report->auditEntries))
                         << Qt::endl;
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
    auto store = openStore(context);
    if (!store)
        return fail(context, store.error());
    const auto meeting = store.value()->findMeeting(meetingReference);
    if (!meeting)
        return fail(context, meeting.error());
    const auto recorded = MeetingSession::record(*store.value(), *meeting, json);
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

namespace {

// Writes a document to `file`: PDF/A, or the HTML page when the name ends
// in .html. The file appears whole or not at all.
int writeDocument(const Context &context, const Result<OfficialDocument> &document, const QString &file)
{
    if (!document)
        return fail(context, document.error());
    QByteArray bytes;
    if (file.endsWith(QStringLiteral(".html"), Qt::CaseInsensitive) || file.endsWith(QStringLiteral(".htm"), Qt::CaseInsensitive)) {
        bytes = HtmlPage::page(*document).toUtf8();
    } else {
        const auto pdf = DocumentRenderer::pdf(*document);
        if (!pdf)
            return fail(context, pdf.error());
        bytes = *pdf;
    }
    QSaveFile out(file);
    if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size() || !out.commit())
        return fail(context, tr("Could not write %1: %2").arg(file, out.errorString()));
    *context.out << tr("Wrote %1 (%2).").arg(file, document->title) << Qt::endl;
    return Success;
}

Result<MeetingDocuments::Options> documentOptions(const DocumentOptions &options)
{
    MeetingDocuments::Options result;
    result.audience = options.audience;
    if (!options.language.isEmpty()) {
        const auto language = Codes::parse<Language>(options.language);
        if (!language)
            return Failure{tr("--lang must be fi or sv, not \"%1\".").arg(options.language)};
        result.language = *language;
    }
    return result;
}

} // namespace

int document(const Context &context, const QString &kind, const QString &reference, const DocumentOptions &options)
{
    const auto parsed = documentOptions(options);
    if (!parsed) {
        *context.err << "pykala-cli: " << parsed.error() << Qt::endl;
        return Usage;
    }
    auto store = openStore(context);
    if (!store)
        return fail(context, store.error());
    const Store &s = *store.value();
    if (kind == u"extract") {
        const auto found = MeetingDocuments::findItem(s, reference);
        if (!found)
            return fail(context, found.error());
        return writeDocument(context, MeetingDocuments::extract(s, found->first, found->second, *parsed), options.output);
    }
    const auto meeting = s.findMeeting(reference);
    if (!meeting)
        return fail(context, meeting.error());
    if (kind == u"agenda")
        return writeDocument(context, MeetingDocuments::agenda(s, *meeting, *parsed), options.output);
    return writeDocument(context, MeetingDocuments::minutes(s, *meeting, *parsed), options.output);
}

int publish(const Context &context, const QString &reference, const DocumentOptions &options)
{
    const auto parsed = documentOptions(options);
    if (!parsed) {
        *context.err << "pykala-cli: " << parsed.error() << Qt::endl;
        return Usage;
    }
    auto store = openStore(context);
    if (!store)
        return fail(context, store.error());
    const auto meeting = store.value()->findMeeting(reference);
    if (!meeting)
        return fail(context, meeting.error());
    const auto summary = Publication::publish(*store.value(), *meeting, options.output, parsed->language);
    if (!summary)
        return fail(context, summary.error());
    for (const QString &file : summary->files)
        *context.out << QDir(options.output).filePath(file) << Qt::endl;
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

int publication(const Context &context, const QString &reference, const QString &checked, const QString &published)
{
    auto parseDay = [&](const QString &text, const char *option, QDate *day) {
        if (text.isEmpty())
            return true;
        *day = QDate::fromString(text, Qt::ISODate);
        if (day->isValid())
            return true;
        *context.err << "pykala-cli: "
                     << tr("--%1 must be a date such as 2026-11-25, not \"%2\".").arg(QString::fromLatin1(option), text)
                     << Qt::endl;
        return false;
    };
    QDate checkedOn, publishedOn;
    if (!parseDay(checked, "checked", &checkedOn) || !parseDay(published, "published", &publishedOn))
        return Usage;
    auto store = openStore(context);
    if (!store)
        return fail(context, store.error());
    const auto found = store.value()->findMeeting(reference);
    if (!found)
        return fail(context, found.error());
    Meeting meeting = *found;
    if (meeting.state != MeetingState::Closed && meeting.state != MeetingState::MinutesChecked)
        return fail(context, tr("%1 has not been closed; its minutes are checked and published after the meeting. "
                                "Record its closing with 'pykala-cli record'.").arg(reference));
    if (checkedOn.isValid()) {
        meeting.minutesChecked = checkedOn;
        meeting.state = MeetingState::MinutesChecked;
    }
    if (publishedOn.isValid()) {
        if (!meeting.minutesChecked.isValid())
            return fail(context, tr("The minutes are published once checked; give --checked as well."));
        meeting.minutesPublished = publishedOn;
    }
    if (const Status stored = store.value()->updateMeeting(meeting); !stored)
        return fail(context, stored.error());
    *context.out << tr("Minutes of %1: checked %2, published %3.")
                        .arg(reference, meeting.minutesChecked.toString(Qt::ISODate),
                             meeting.minutesPublished.isValid() ? meeting.minutesPublished.toString(Qt::ISODate)
                                                                 : tr("not yet"))
                 << Qt::endl;
    return Success;
}

namespace {

// Chooses the NSS database and where its passwords come from: a file's
// first line, or none (a database without a password). The password found
// (to unlock a signing key), or none; false when the set-up failed (said).
bool setUpNss(const Context &context, const SigningOptions &options, std::optional<QString> *found = nullptr)
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

} // namespace

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
                         << "  " << tr("signature: %1").arg(s.cryptographicStatus) << Qt::endl
                         << "  " << tr("certificate: %1").arg(s.certificateStatus) << Qt::endl;
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
    auto store = openStore(context);
    if (!store)
        return fail(context, store.error());
    const auto meeting = store.value()->findMeeting(reference);
    if (!meeting)
        return fail(context, meeting.error());
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
    const auto report = DecisionRecord::signMinutes(*store.value(), *meeting, request);
    if (!report)
        return fail(context, report.error());
    const auto kept = store.value()->signedMinutes(meeting->id);
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

int body(const Context &context, const QString &shortName, const std::optional<QString> &signingOrder,
         const std::optional<QString> &language)
{
    auto store = openStore(context);
    if (!store)
        return fail(context, store.error());
    const auto found = store.value()->bodyByShortName(shortName);
    if (!found)
        return fail(context, found.error());
    if (!found->has_value())
        return fail(context, tr("There is no body with the short name %1. 'pykala-cli bodies' lists them.").arg(shortName));
    Body body = found->value();
    if (signingOrder || language) {
        if (signingOrder)
            body.signingOrder = signingOrder->split(u',', Qt::SkipEmptyParts);
        if (language) {
            if (language->isEmpty()) {
                body.documentLanguage.reset();
            } else {
                const auto parsed = Codes::parse<Language>(*language);
                if (!parsed) {
                    *context.err << "pykala-cli: " << tr("--language must be fi or sv, not \"%1\".").arg(*language)
                                 << Qt::endl;
                    return Usage;
                }
                body.documentLanguage = *parsed;
            }
        }
        if (const Status stored = store.value()->updateBody(body); !stored)
            return fail(context, stored.error());
    }
    const QString documentLanguage = body.documentLanguage ? Codes::code(*body.documentLanguage) : QString();
    if (context.json) {
        printJson(context, QJsonObject{{QStringLiteral("name"), body.name},
                                       {QStringLiteral("shortName"), body.shortName},
                                       {QStringLiteral("kind"), Codes::code(body.kind)},
                                       {QStringLiteral("quorumRule"), Codes::code(body.quorumRule)},
                                       {QStringLiteral("swedishName"), body.swedishName},
                                       {QStringLiteral("sectionNumbering"), Codes::code(body.sectionNumbering)},
                                       {QStringLiteral("votingOrder"), Codes::code(body.votingOrder)},
                                       {QStringLiteral("documentLanguage"), documentLanguage},
                                       {QStringLiteral("signingOrder"), body.signingOrder.join(u',')}});
        return Success;
    }
    *context.out << tr("Name: %1").arg(body.name) << Qt::endl
                 << tr("Document language: %1").arg(documentLanguage.isEmpty() ? tr("the organisation's") : documentLanguage)
                 << Qt::endl
                 << tr("Signing order: %1").arg(body.signingOrder.join(QStringLiteral(", "))) << Qt::endl;
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
    auto store = openStore(context);
    if (!store)
        return fail(context, store.error());
    const auto meeting = store.value()->findMeeting(reference);
    if (!meeting)
        return fail(context, meeting.error());
    const auto list = store.value()->corrections(meeting->id);
    if (!list)
        return fail(context, list.error());
    const auto items = store.value()->agendaItems(meeting->id);
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
    auto store = openStore(context);
    if (!store)
        return fail(context, store.error());
    const auto meeting = store.value()->findMeeting(reference);
    if (!meeting)
        return fail(context, meeting.error());
    const auto made = MeetingPackage::write(*store.value(), *meeting, output, {*audience, recipient});
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

int importCertificate(const Context &context, const QString &file, const SigningOptions &options,
                      const QString &p12PasswordFile)
{
    if (!QFileInfo(file).isFile())
        return fail(context, tr("There is no file %1.").arg(file));
    const QString database = options.nssDatabase.isEmpty() ? Nss::defaultDatabase() : options.nssDatabase;
    auto nssTool = [&](const QString &program, const QStringList &arguments) -> QString {
        QProcess process;
        process.start(program, arguments);
        if (!process.waitForStarted())
            return tr("%1 is not installed (Debian package libnss3-tools).").arg(program);
        if (!process.waitForFinished(120000))
            return tr("%1 did not finish.").arg(program);
        if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
            const QStringList lines = QString::fromUtf8(process.readAllStandardError() + process.readAllStandardOutput())
                                          .split(u'\n', Qt::SkipEmptyParts);
            QString last = lines.isEmpty() ? tr("%1 failed.").arg(program) : lines.last().trimmed();
            while (last.endsWith(u'.'))
                last.chop(1);
            return last;
        }
        return QString();
    };
    // A database is made when there is none, with the password of the file
    // given, or none.
    const bool created = !QFileInfo(QDir(database).filePath(QStringLiteral("cert9.db"))).isFile();
    const bool newDirectory = !QFileInfo::exists(database);
    if (created) {
        if (!QDir().mkpath(database))
            return fail(context, tr("Could not make the directory %1.").arg(database));
        const QStringList arguments = options.passwordFile.isEmpty()
            ? QStringList{QStringLiteral("-N"), QStringLiteral("-d"), QStringLiteral("sql:") + database,
                          QStringLiteral("--empty-password")}
            : QStringList{QStringLiteral("-N"), QStringLiteral("-d"), QStringLiteral("sql:") + database,
                          QStringLiteral("-f"), options.passwordFile};
        if (const QString problem = nssTool(QStringLiteral("certutil"), arguments); !problem.isEmpty())
            return fail(context, tr("Could not make a certificate database in %1: %2").arg(database, problem));
    }
    QStringList arguments{QStringLiteral("-i"), file, QStringLiteral("-d"), QStringLiteral("sql:") + database};
    if (!p12PasswordFile.isEmpty())
        arguments << QStringLiteral("-w") << p12PasswordFile;
    else
        arguments << QStringLiteral("-W") << QString();
    if (!options.passwordFile.isEmpty())
        arguments << QStringLiteral("-k") << options.passwordFile;
    if (const QString problem = nssTool(QStringLiteral("pk12util"), arguments); !problem.isEmpty()) {
        // A database made for this import goes with it.
        if (newDirectory)
            QDir(database).removeRecursively();
        else if (created)
            for (const char *name : {"cert9.db", "key4.db", "pkcs11.txt"})
                QFile::remove(QDir(database).filePath(QString::fromLatin1(name)));
        return fail(context, tr("Could not import %1 (%2). Check the file's password (--p12-password-file) and the "
                                "database's (--password-file).")
                                 .arg(file, problem));
    }
    *context.out << tr("Imported %1 into %2.").arg(file, database) << Qt::endl;
    return Success;
}

int signedMinutes(const Context &context, const QString &reference, const QString &output)
{
    auto store = openStore(context);
    if (!store)
        return fail(context, store.error());
    const auto meeting = store.value()->findMeeting(reference);
    if (!meeting)
        return fail(context, meeting.error());
    const auto kept = store.value()->signedMinutes(meeting->id);
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

} // namespace Cli
