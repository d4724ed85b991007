#include "publication.h"

#include "documentrenderer.h"
#include "htmlpage.h"
#include "meetingdocuments.h"

#include "disclosure/publicview.h"
#include "model/documentlanguage.h"
#include "procedure/meetingsession.h"
#include "store/store.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QRegularExpression>
#include <QSaveFile>

namespace Publication {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Publication", text);
}

struct IndexTexts
{
    QString documents, attachments, htmlVersion, pdfVersion, none;
    QString folder, file;              // the attachments' folder; a file's name when it has none left
};

const IndexTexts &indexTexts(Language language)
{
    static const IndexTexts finnish{QStringLiteral("Asiakirjat"), QStringLiteral("Julkiset liitteet"),
                                    QStringLiteral("verkkosivuna"), QStringLiteral("PDF/A-tiedostona"),
                                    QStringLiteral("Kokouksen asioilla ei ole julkisia liitteitä."),
                                    QStringLiteral("liitteet"), QStringLiteral("liite")};
    static const IndexTexts swedish{QStringLiteral("Handlingar"), QStringLiteral("Offentliga bilagor"),
                                    QStringLiteral("som webbsida"), QStringLiteral("som PDF/A-fil"),
                                    QStringLiteral("Sammanträdets ärenden har inga offentliga bilagor."),
                                    QStringLiteral("bilagor"), QStringLiteral("bilaga")};
    return language == Language::Swedish ? swedish : finnish;
}

// A file name that any web server and file system take: letters, digits,
// dot, dash and underscore (Finnish and Swedish letters folded to ASCII).
QString safeFileName(const QString &name, const IndexTexts &texts)
{
    QString folded = name.normalized(QString::NormalizationForm_D);
    static const QRegularExpression marks(QStringLiteral("\\p{Mn}"));
    folded.remove(marks);
    static const QRegularExpression unsafe(QStringLiteral("[^A-Za-z0-9._-]+"));
    folded.replace(unsafe, QStringLiteral("_"));
    while (folded.startsWith(u'.'))
        folded.remove(0, 1);
    return folded.isEmpty() ? texts.file : folded;
}

// Whether a browser could run the attachment at the publication's address
// (HTML, SVG, XHTML, anything with script): only kinds that cannot are
// published — PDF, images as such, plain text and CSV, office documents —
// by their file name's ending, which decides how a web server serves them,
// and by their first bytes, which must be what the ending says.
QString unpublishable(const Attachment &attachment)
{
    static const QHash<QString, QList<QByteArray>> signatures{
        {QStringLiteral("pdf"), {QByteArrayLiteral("%PDF-")}},
        {QStringLiteral("png"), {QByteArrayLiteral("\x89PNG\r\n\x1a\n")}},
        {QStringLiteral("jpg"), {QByteArrayLiteral("\xff\xd8\xff")}},
        {QStringLiteral("jpeg"), {QByteArrayLiteral("\xff\xd8\xff")}},
        {QStringLiteral("gif"), {QByteArrayLiteral("GIF87a"), QByteArrayLiteral("GIF89a")}},
        {QStringLiteral("docx"), {QByteArrayLiteral("PK\x03\x04")}},
        {QStringLiteral("xlsx"), {QByteArrayLiteral("PK\x03\x04")}},
        {QStringLiteral("pptx"), {QByteArrayLiteral("PK\x03\x04")}},
        {QStringLiteral("odt"), {QByteArrayLiteral("PK\x03\x04")}},
        {QStringLiteral("ods"), {QByteArrayLiteral("PK\x03\x04")}},
        {QStringLiteral("odp"), {QByteArrayLiteral("PK\x03\x04")}},
        {QStringLiteral("doc"), {QByteArrayLiteral("\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1")}},
        {QStringLiteral("xls"), {QByteArrayLiteral("\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1")}},
        {QStringLiteral("ppt"), {QByteArrayLiteral("\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1")}},
        {QStringLiteral("rtf"), {QByteArrayLiteral("{\\rtf")}},
        {QStringLiteral("txt"), {}},
        {QStringLiteral("csv"), {}},
    };
    const QString ending = QFileInfo(attachment.name).suffix().toLower();
    const auto kind = signatures.constFind(ending);
    if (kind == signatures.cend())
        return tr("its kind (.%1) is not one that is published as it is").arg(ending);
    if (kind->isEmpty()) {
        // Text: nothing a browser could take for markup.
        const QByteArray start = attachment.content.left(1024).trimmed();
        if (start.startsWith('<') || start.startsWith("\xef\xbb\xbf<") || attachment.content.contains('\0'))
            return tr("its content is not plain text");
        return {};
    }
    if (!std::any_of(kind->cbegin(), kind->cend(),
                     [&](const QByteArray &signature) { return attachment.content.startsWith(signature); }))
        return tr("its content is not the .%1 its name says").arg(ending);
    return {};
}

// The file that marks a folder as a publication of an organisation: only
// such a folder is ever replaced.
const QString markerName = QStringLiteral(".pykala-publication.json");

QByteArray marker(const Organisation &organisation)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("publication"), QStringLiteral("pykala")},
                                     {QStringLiteral("organisation"), organisation.name}})
               .toJson(QJsonDocument::Compact)
        + '\n';
}

// Whether `path` may be written as the publication: missing, empty, or an
// earlier publication of the same organisation by its marker. Anything
// else — a user's folder, a file — is left untouched.
Status checkTarget(const QString &path, const Organisation &organisation)
{
    const QFileInfo target(path);
    if (!target.exists())
        return success();
    if (!target.isDir())
        return Failure{tr("%1 is a file; publish into a directory.").arg(path)};
    const QDir dir(path);
    if (dir.isEmpty(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot))
        return success();
    QFile file(dir.filePath(markerName));
    const QJsonObject earlier = file.size() <= 4096 && file.open(QIODevice::ReadOnly)
        ? QJsonDocument::fromJson(file.readAll()).object()
        : QJsonObject();
    if (earlier.value(u"publication").toString() != u"pykala")
        return Failure{tr("%1 already holds files that are not an earlier publication of this meeting's organisation "
                          "(it has no %2). Nothing was changed: publish into a new or empty directory.")
                           .arg(path, markerName)};
    if (earlier.value(u"organisation").toString() != organisation.name)
        return Failure{tr("%1 holds a publication of %2, not of %3. Nothing was changed: publish into another "
                          "directory.").arg(path, earlier.value(u"organisation").toString(), organisation.name)};
    return success();
}

} // namespace

Status readiness(const Store &store, const Meeting &meeting)
{
    if (!meeting.actualStart.isValid())
        return success(); // the public agenda, before the meeting
    const auto reference = store.meetingReference(meeting);
    if (!reference)
        return Failure{reference.error()};
    if (meeting.state == MeetingState::InProgress)
        return Failure{tr("%1 is in progress: its public minutes are published once the meeting is closed and its "
                          "minutes are checked.").arg(*reference)};
    if (!meeting.minutesChecked.isValid())
        return Failure{tr("The minutes of %1 have not been checked: record the day they were checked (on the meeting "
                          "page, or 'pykala-cli publication \"%1\" --checked DATE') before publishing them.")
                           .arg(*reference)};
    const auto body = store.body(meeting.bodyId);
    if (!body)
        return Failure{body.error()};
    if (body->has_value() && body->value().signsElectronically) {
        const auto minutes = store.signedMinutes(meeting.id);
        if (!minutes)
            return Failure{minutes.error()};
        if (!minutes->has_value())
            return Failure{tr("The minutes of %1 are signed electronically and have not been signed yet: publish "
                              "them once every signature is in.").arg(*reference)};
        if (!minutes->value().complete())
            return Failure{tr("The minutes of %1 are signed electronically and have %2 of their %3 signatures: "
                              "publish them once every signature is in.")
                               .arg(*reference)
                               .arg(minutes->value().signatures)
                               .arg(minutes->value().requiredSignatures())};
    }
    return success();
}

Result<Summary> publish(const Store &store, const Meeting &meeting, const QString &directory,
                        std::optional<Language> language)
{
    PYKALA_TRY(readiness(store, meeting));
    // "DIR/" is DIR. Whatever is there is checked before anything is made.
    const QString targetPath = QFileInfo(QDir::cleanPath(directory)).absoluteFilePath();
    const auto owners = MeetingSession::owners(store, meeting);
    if (!owners)
        return Failure{owners.error()};
    PYKALA_TRY(checkTarget(targetPath, owners->organisation));

    MeetingDocuments::Options options;
    options.audience = Audience::Public;
    options.language = language;

    // Everything is made first, then written: a failure writes nothing.
    QList<std::pair<QString, QByteArray>> files;
    QList<OfficialDocument> documents;
    const auto agenda = MeetingDocuments::agenda(store, meeting, options);
    if (!agenda)
        return Failure{agenda.error()};
    documents.append(*agenda);
    if (meeting.actualStart.isValid()) {
        const auto minutes = MeetingDocuments::minutes(store, meeting, options);
        if (!minutes)
            return Failure{minutes.error()};
        documents.append(*minutes);
    }
    const OfficialDocument &first = documents.first();
    const IndexTexts &texts = indexTexts(first.language);
    QString list;
    for (const OfficialDocument &document : std::as_const(documents)) {
        const auto pdf = DocumentRenderer::pdf(document);
        if (!pdf)
            return Failure{pdf.error()};
        files.append({document.baseName + QStringLiteral(".html"), HtmlPage::page(document).toUtf8()});
        files.append({document.baseName + QStringLiteral(".pdf"), *pdf});
        list += QStringLiteral("<li>%1: <a href=\"%2.html\">%3</a>, <a href=\"%2.pdf\" type=\"application/pdf\">%4</a></li>\n")
                    .arg(document.title.toHtmlEscaped(), document.baseName, texts.htmlVersion.toHtmlEscaped(),
                         texts.pdfVersion.toHtmlEscaped());
    }

    const auto items = store.agendaItems(meeting.id);
    if (!items)
        return Failure{items.error()};
    const PublicView view(Audience::Public, first.language);
    QString attachmentList;
    for (const AgendaItem &item : *items) {
        if (!view.showsContent(item.publicity))
            continue;
        const auto attachments = store.attachments(item.id, true);
        if (!attachments)
            return Failure{attachments.error()};
        QStringList links;
        for (const Attachment &attachment : view.attachments(item, *attachments)) {
            if (const QString why = unpublishable(attachment); !why.isEmpty())
                return Failure{tr("Attachment %1 of %2, \"%3\", cannot be published: %4. A browser could run it at "
                                  "the publication's address. Publish it as PDF, an image, plain text or an office "
                                  "document, or make it not public. Nothing was published.")
                                   .arg(attachment.position)
                                   .arg(item.sectionNumber ? QStringLiteral("§ %1").arg(*item.sectionNumber)
                                                           : QStringLiteral("%1.").arg(item.position),
                                        attachment.name, why)};
            const QString name = QStringLiteral("%1/%2-%3-%4")
                                     .arg(texts.folder)
                                     .arg(item.position)
                                     .arg(attachment.position)
                                     .arg(safeFileName(attachment.name, texts));
            files.append({name, attachment.content});
            links << QStringLiteral("<li><a href=\"%1\" type=\"%2\">%3</a></li>")
                         .arg(name.toHtmlEscaped(), attachment.mediaType.toHtmlEscaped(), attachment.name.toHtmlEscaped());
        }
        if (!links.isEmpty()) {
            const QString number = item.sectionNumber ? QStringLiteral("§ %1").arg(*item.sectionNumber)
                                                      : QStringLiteral("%1.").arg(item.position);
            const Language written = DocumentLanguage::ofItem(item, owners->organisation, owners->body);
            const QString title = written == first.language
                ? item.title.toHtmlEscaped()
                : QStringLiteral("<span lang=\"%1\">%2</span>").arg(DocumentLanguage::tag(written), item.title.toHtmlEscaped());
            attachmentList += QStringLiteral("<li>%1 %2\n<ul>%3</ul></li>\n")
                                  .arg(number.toHtmlEscaped(), title, links.join(QString()));
        }
    }

    const QString lang = DocumentLanguage::tag(first.language);
    const QString heading = QStringLiteral("%1 %2").arg(first.body, first.number);
    QString index;
    index += QStringLiteral("<!DOCTYPE html>\n<html lang=\"%1\">\n<head>\n<meta charset=\"utf-8\">\n"
                            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                            "<title>%2 – %3</title>\n<style>\n%4</style>\n</head>\n<body>\n")
                 .arg(lang, heading.toHtmlEscaped(), first.organisation.toHtmlEscaped(), HtmlPage::styleSheet());
    index += QStringLiteral("<header class=\"document-header\">\n<p class=\"organisation\">%1</p>\n<p>%2</p>\n</header>\n")
                 .arg(first.organisation.toHtmlEscaped(), first.body.toHtmlEscaped());
    index += QStringLiteral("<main>\n<h1>%1</h1>\n<p>%2</p>\n<h2>%3</h2>\n<ul>\n%4</ul>\n<h2>%5</h2>\n")
                 .arg(heading.toHtmlEscaped(), first.date.toHtmlEscaped(), texts.documents.toHtmlEscaped(), list,
                      texts.attachments.toHtmlEscaped());
    index += attachmentList.isEmpty() ? QStringLiteral("<p>%1</p>\n").arg(texts.none.toHtmlEscaped())
                                      : QStringLiteral("<ul>\n%1</ul>\n").arg(attachmentList);
    index += QStringLiteral("</main>\n</body>\n</html>\n");
    files.prepend({QStringLiteral("index.html"), index.toUtf8()});
    files.append({markerName, marker(owners->organisation)});

    // Written into a new folder beside the target and then swapped in
    // whole: a failure leaves the earlier publication as it was, and nothing
    // of it that is no longer public (an attachment made confidential since,
    // the other language's files) stays behind.
    const QFileInfo target(targetPath);
    QDir parent = target.absoluteDir();
    if (!QDir().mkpath(parent.absolutePath()))
        return Failure{tr("Could not make the directory %1; check that it can be written.").arg(targetPath)};
    QTemporaryDir staging(parent.filePath(QStringLiteral(".%1-XXXXXX").arg(target.fileName())));
    if (!staging.isValid())
        return Failure{tr("Could not make the directory %1; check that it can be written.").arg(targetPath)};
    QDir dir(staging.path());
    Summary summary;
    for (const auto &[name, bytes] : std::as_const(files)) {
        if (!dir.mkpath(QFileInfo(name).path()))
            return Failure{tr("Could not make the directory %1; check that it can be written.").arg(targetPath)};
        QSaveFile file(dir.filePath(name));
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
            return Failure{tr("Could not write %1: %2").arg(QDir(targetPath).filePath(name), file.errorString())};
        if (name != markerName)
            summary.files.append(name);
    }
    QFile::setPermissions(staging.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
                                              | QFileDevice::ReadGroup | QFileDevice::ExeGroup
                                              | QFileDevice::ReadOther | QFileDevice::ExeOther);
    QString previous;
    if (target.exists()) {
        previous = parent.filePath(QStringLiteral(".%1-previous-%2").arg(target.fileName(), QFileInfo(staging.path()).fileName()));
        if (!parent.rename(targetPath, previous))
            return Failure{tr("Could not replace %1; check that it can be written.").arg(targetPath)};
    }
    if (!parent.rename(staging.path(), targetPath)) {
        if (!previous.isEmpty())
            parent.rename(previous, targetPath);
        return Failure{tr("Could not replace %1; check that it can be written.").arg(targetPath)};
    }
    staging.setAutoRemove(false);
    if (!previous.isEmpty())
        QDir(previous).removeRecursively();
    return summary;
}

} // namespace Publication
