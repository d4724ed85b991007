// The document commands: agenda, minutes, extract, publish, the days of the minutes' checking and publication, and the archive package.

#include "commands.h"
#include "commandsupport.h"
#include "terminaloutput.h"

#include "documents/archivepackage.h"
#include "documents/documentrenderer.h"
#include "documents/htmlpage.h"
#include "documents/meetingdocuments.h"
#include "documents/publication.h"
#include "store/store.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonObject>
#include <QSaveFile>
#include <QTextStream>

namespace Cli {

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
    auto opened = openMeeting(context, reference);
    if (!opened)
        return fail(context, opened.error());
    Store &store = *opened.value().store;
    const Meeting &meeting = opened.value().meeting;
    const auto summary = Publication::publish(store, meeting, options.output, parsed->language);
    if (!summary)
        return fail(context, summary.error());
    for (const QString &file : summary->files)
        *context.out << QDir(options.output).filePath(file) << Qt::endl;
    return Success;
}

namespace {

// A day given as an option: none leaves `day` as it is.
bool parseDayOption(const Context &context, const QString &text, const char *option, QDate *day)
{
    if (text.isEmpty())
        return true;
    *day = QDate::fromString(text, Qt::ISODate);
    if (day->isValid())
        return true;
    *context.err << "pykala-cli: "
                 << tr("--%1 must be a date such as 2026-11-25, not \"%2\".").arg(QString::fromLatin1(option), text)
                 << Qt::endl;
    return false;
}

} // namespace

int publishSite(const Context &context, const QString &directory, const QString &baseUrl, const QString &asOf)
{
    QDate today = QDate::currentDate();
    if (!parseDayOption(context, asOf, "as-of", &today))
        return Usage;
    auto opened = openStore(context);
    if (!opened)
        return fail(context, opened.error());
    // Ctrl+C cancels between meetings, and the site stays as it was.
    const Interruption interruption;
    ProgressLine line(stderr);
    const auto progress = [&](int done, int total) {
        line.update(tr("Publishing meeting %1 of %2").arg(std::min(done + 1, total)).arg(total));
        return !interruption.interrupted();
    };
    const auto summary = Publication::publishSite(*opened.value(), directory, baseUrl, today, progress);
    line.clear();
    if (!summary)
        return fail(context, summary.error());
    *context.out << tr("Published the site to %1: %2 meeting(s), %3 laid out anew, %4 file(s).")
                        .arg(QDir::toNativeSeparators(directory))
                        .arg(summary->meetings)
                        .arg(summary->laidOut)
                        .arg(summary->files.size())
                 << Qt::endl;
    return Success;
}

int publication(const Context &context, const QString &reference, const QString &checked, const QString &published)
{
    const auto parseDay = [&](const QString &text, const char *option, QDate *day) {
        return parseDayOption(context, text, option, day);
    };
    QDate checkedOn, publishedOn;
    if (!parseDay(checked, "checked", &checkedOn) || !parseDay(published, "published", &publishedOn))
        return Usage;
    auto opened = openMeeting(context, reference);
    if (!opened)
        return fail(context, opened.error());
    Store &store = *opened.value().store;
    const Meeting &meeting = opened.value().meeting;
    // A day not given stays as it is; the store says what the days may be.
    const QDate checkedDay = checkedOn.isValid() ? checkedOn : meeting.minutesChecked;
    const QDate publishedDay = publishedOn.isValid() ? publishedOn : meeting.minutesPublished;
    // Published on the day the publication rule allows it, not before.
    if (publishedOn.isValid()) {
        Meeting published = meeting;
        published.minutesChecked = checkedDay;
        published.minutesPublished = publishedDay;
        if (const Status ready = Publication::readiness(store, published); !ready)
            return fail(context, ready.error());
    }
    if (const Status stored = store.setMinutesDays(meeting.id, checkedDay, publishedDay); !stored)
        return fail(context, stored.error());
    *context.out << tr("Minutes of %1: checked %2, published %3.")
                        .arg(reference, checkedDay.toString(Qt::ISODate),
                             publishedDay.isValid() ? publishedDay.toString(Qt::ISODate) : tr("not yet"))
                 << Qt::endl;
    return Success;
}

int archive(const Context &context, int year, const QString &directory)
{
    if (directory.isEmpty())
        return usage(context, tr("Usage: pykala-cli archive [--year YEAR] -o DIRECTORY"));
    auto opened = openStore(context);
    if (!opened)
        return fail(context, opened.error());
    ArchivePackage::Options options;
    options.year = year > 0 ? year : QDate::currentDate().year() - 1;
    // Ctrl+C cancels between cases, and nothing is left behind.
    const Interruption interruption;
    ProgressLine line(stderr);
    options.progress = [&](int done, int total, const QString &diaryNumber) {
        if (!diaryNumber.isEmpty())
            line.update(tr("Archiving case %1 of %2: %3").arg(done + 1).arg(total).arg(diaryNumber));
        return !interruption.interrupted();
    };
    const auto written = ArchivePackage::write(*opened.value(), directory, options);
    line.clear();
    if (!written)
        return fail(context, written.error());
    if (context.json) {
        QJsonArray skipped;
        for (const ArchivePackage::Skipped &one : written->skipped)
            skipped.append(QJsonObject{{QStringLiteral("diaryNumber"), one.diaryNumber},
                                       {QStringLiteral("reason"), one.reason}});
        printJson(context, QJsonObject{{QStringLiteral("directory"), directory},
                                       {QStringLiteral("year"), options.year},
                                       {QStringLiteral("cases"), written->cases},
                                       {QStringLiteral("records"), written->records},
                                       {QStringLiteral("bytes"), written->bytes},
                                       {QStringLiteral("skipped"), skipped}});
        return Success;
    }
    QTextStream &out = *context.out;
    out << tr("Wrote the archive package of %1 to %2: %3 case(s), %4 record(s), %5 bytes.")
               .arg(options.year)
               .arg(QDir::toNativeSeparators(directory))
               .arg(written->cases)
               .arg(written->records)
               .arg(written->bytes)
        << Qt::endl;
    for (const ArchivePackage::Skipped &one : written->skipped)
        out << tr("Not archived: %1: %2").arg(one.diaryNumber, one.reason) << Qt::endl;
    return Success;
}

} // namespace Cli
