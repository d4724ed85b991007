#include "publication.h"

#include "accessibilitystatement.h"
#include "documentrenderer.h"
#include "documenttexts.h"
#include "htmlpage.h"
#include "meetingdocuments.h"
#include "opendata.h"

#include "disclosure/publicview.h"
#include "model/documentlanguage.h"
#include "procedure/meetingsession.h"
#include "store/store.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QRegularExpression>
#include <QSaveFile>

#include <memory>
#include <tuple>

#include <unistd.h>

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

namespace {

// A meeting's publication, made but not yet written: its files relative to
// its folder, what the open data says of them, and the marker that proves
// the folder a publication and fingerprints its content.
struct MeetingFiles
{
    QList<std::pair<QString, QByteArray>> files;   // made here, the marker last
    QStringList reused;                            // the earlier folder's, unchanged
    OpenData::PublishedMeeting published;
};

QString fingerprintOf(const QList<std::pair<QString, QByteArray>> &parts)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const auto &[name, bytes] : parts) {
        hash.addData(name.toUtf8());
        hash.addData(QByteArray::number(bytes.size()));
        hash.addData(bytes);
    }
    return QString::fromLatin1(hash.result().toHex());
}

// Everything a document's PDF file is made of that its web page may not
// show — its metadata, the logo, the signature page, the program and Qt
// that lay it out — for the fingerprint: the page and these give the PDF.
QByteArray pdfInputs(const OfficialDocument &document)
{
    QByteArray inputs = QByteArrayLiteral(PYKALA_REVISION) + '\0' + qVersion() + '\0';
    for (const QString &field : {document.organisation, document.body, document.kindLabel, document.number,
                                 document.date, document.title, document.subject, document.keywords.join(u'\n'),
                                 document.created.toString(Qt::ISODateWithMs), document.baseName, document.html,
                                 document.signaturePageHeading, document.signaturePageText,
                                 document.signingRoles.join(u'\n')})
        inputs += field.toUtf8() + '\0';
    for (auto it = document.recordProperties.cbegin(); it != document.recordProperties.cend(); ++it)
        inputs += it.key().toUtf8() + '\0' + it.value().toUtf8() + '\0';
    inputs += QByteArray::number(int(document.kind)) + '\0' + QByteArray::number(int(document.language)) + '\0';
    inputs += QByteArray::number(document.pageTokens) + '\0';
    return inputs + QCryptographicHash::hash(document.logo, QCryptographicHash::Sha256);
}

QString sha512(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha512).toHex());
}

QJsonObject readMarker(const QString &path)
{
    QFile file(path);
    if (file.size() > 16 * 1024 * 1024 || !file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

// Makes a meeting's publication: the public agenda and, with `minutes`, the
// public minutes, each as a page and a PDF/A file, the public attachments
// and the index. The PDF files are laid out only when the content differs
// from `earlier` (an earlier publication's marker): the same pages and
// attachments give the same PDFs, which are then the earlier folder's.
Result<MeetingFiles> makeMeeting(const Store &store, const Meeting &meeting, const MeetingSession::Owners &owners,
                                 std::optional<Language> language, bool minutes, const QJsonObject &earlier,
                                 const QString &footer = {})
{
    MeetingDocuments::Options options;
    options.audience = Audience::Public;
    options.language = language;

    MeetingFiles made;
    QList<OfficialDocument> documents;
    const auto agenda = MeetingDocuments::agenda(store, meeting, options);
    if (!agenda)
        return Failure{agenda.error()};
    documents.append(*agenda);
    if (minutes) {
        const auto minutesDocument = MeetingDocuments::minutes(store, meeting, options);
        if (!minutesDocument)
            return Failure{minutesDocument.error()};
        documents.append(*minutesDocument);
    }
    const OfficialDocument &first = documents.first();
    const IndexTexts &texts = indexTexts(first.language);
    QList<std::pair<QString, QByteArray>> content; // everything but the PDF files
    QString list;
    for (const OfficialDocument &document : std::as_const(documents)) {
        content.append({document.baseName + QStringLiteral(".html"), HtmlPage::page(document, footer).toUtf8()});
        list += QStringLiteral("<li>%1: <a href=\"%2.html\">%3</a>, <a href=\"%2.pdf\" type=\"application/pdf\">%4</a></li>\n")
                    .arg(document.title.toHtmlEscaped(), document.baseName, texts.htmlVersion.toHtmlEscaped(),
                         texts.pdfVersion.toHtmlEscaped());
    }

    const auto items = store.agendaItems(meeting.id);
    if (!items)
        return Failure{items.error()};
    const PublicView view(Audience::Public, first.language);
    QString attachmentList;
    QList<OpenData::PublishedFile> attachmentFiles;
    QJsonObject fileList; // the files' sizes and digests, for the marker
    const auto record = [&](const QString &name, qint64 size, const QString &digest) {
        fileList.insert(name, QJsonObject{{QStringLiteral("size"), size}, {QStringLiteral("sha512"), digest}});
    };
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
            content.append({name, attachment.content});
            OpenData::PublishedFile file;
            file.path = name;
            file.name = attachment.name;
            file.mediaType = attachment.mediaType;
            file.size = attachment.content.size();
            file.sha512 = sha512(attachment.content);
            record(name, file.size, file.sha512);
            file.itemId = item.id;
            file.attachmentId = attachment.id;
            attachmentFiles.append(file);
            links << QStringLiteral("<li><a href=\"%1\" type=\"%2\">%3</a></li>")
                         .arg(name.toHtmlEscaped(), attachment.mediaType.toHtmlEscaped(), attachment.name.toHtmlEscaped());
        }
        if (!links.isEmpty()) {
            const QString number = item.sectionNumber ? QStringLiteral("§ %1").arg(*item.sectionNumber)
                                                      : QStringLiteral("%1.").arg(item.position);
            const Language written = DocumentLanguage::ofItem(item, owners.organisation, owners.body);
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
    index += QStringLiteral("</main>\n");
    if (!footer.isEmpty())
        index += QStringLiteral("<footer>\n%1\n</footer>\n").arg(footer);
    index += QStringLiteral("</body>\n</html>\n");
    content.prepend({QStringLiteral("index.html"), index.toUtf8()});

    // The PDF files: the earlier folder's when nothing they are made of
    // changed (the pages, the attachments, what else goes into the PDF files
    // and the program that lays them out), else laid out now.
    QList<std::pair<QString, QByteArray>> parts = content;
    for (const OfficialDocument &document : std::as_const(documents))
        parts.append({document.baseName + QStringLiteral(".pdf"), pdfInputs(document)});
    const QString fingerprint = fingerprintOf(parts);
    const QJsonObject earlierFiles = earlier.value(u"files").toObject();
    const bool unchanged = earlier.value(u"fingerprint").toString() == fingerprint;
    made.published.meeting = meeting;
    made.published.minutes = minutes;
    made.published.language = first.language;
    QHash<QString, std::pair<QString, QByteArray>> pdfs; // by the page they go after
    for (const OfficialDocument &document : std::as_const(documents)) {
        const OpenData::FileKind kind = document.kind == OfficialDocument::Kind::Agenda ? OpenData::FileKind::Agenda
                                                                                       : OpenData::FileKind::Minutes;
        const QString pdfName = document.baseName + QStringLiteral(".pdf");
        OpenData::PublishedFile pdf;
        pdf.kind = kind;
        pdf.path = pdfName;
        pdf.name = document.title;
        pdf.mediaType = QStringLiteral("application/pdf");
        const QJsonObject known = earlierFiles.value(pdfName).toObject();
        if (unchanged && known.contains(u"sha512")) {
            pdf.size = known.value(u"size").toInteger();
            pdf.sha512 = known.value(u"sha512").toString();
            made.reused.append(pdfName);
        } else {
            const auto bytes = DocumentRenderer::pdf(document);
            if (!bytes)
                return Failure{bytes.error()};
            pdf.size = bytes->size();
            pdf.sha512 = sha512(*bytes);
            pdfs.insert(document.baseName + QStringLiteral(".html"), {pdfName, *bytes});
        }
        record(pdfName, pdf.size, pdf.sha512);
        OpenData::PublishedFile page = pdf;
        page.path = document.baseName + QStringLiteral(".html");
        page.mediaType = QStringLiteral("text/html");
        made.published.files.append(page);
        made.published.files.append(pdf);
    }
    made.published.files.append(attachmentFiles);
    for (const auto &[name, bytes] : std::as_const(content)) {
        made.files.append({name, bytes});
        if (const auto pdf = pdfs.constFind(name); pdf != pdfs.cend())
            made.files.append(*pdf);
    }
    QJsonObject markerObject = QJsonDocument::fromJson(marker(owners.organisation)).object();
    markerObject.insert(QStringLiteral("fingerprint"), fingerprint);
    markerObject.insert(QStringLiteral("files"), fileList);
    made.files.append({markerName, QJsonDocument(markerObject).toJson(QJsonDocument::Compact) + '\n'});
    return made;
}

// A publication written into a new folder beside its target and then
// swapped in whole: a failure, or a cancel, leaves the earlier publication
// as it was, and nothing of it that is no longer public (an attachment made
// confidential since, the other language's files) stays behind.
class Staging
{
    Q_DECLARE_TR_FUNCTIONS(Publication)

public:
    explicit Staging(const QString &targetPath) : m_target(targetPath) {}

    Status open()
    {
        const QFileInfo target(m_target);
        if (!QDir().mkpath(target.absolutePath()))
            return Failure{tr("Could not make the directory %1; check that it can be written.").arg(m_target)};
        m_staging = std::make_unique<QTemporaryDir>(
            target.absoluteDir().filePath(QStringLiteral(".%1-XXXXXX").arg(target.fileName())));
        if (!m_staging->isValid())
            return Failure{tr("Could not make the directory %1; check that it can be written.").arg(m_target)};
        return success();
    }

    Status write(const QString &name, const QByteArray &bytes)
    {
        const QDir dir(m_staging->path());
        if (!dir.mkpath(QFileInfo(name).path()))
            return Failure{tr("Could not make the directory %1; check that it can be written.").arg(m_target)};
        QSaveFile file(dir.filePath(name));
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
            return Failure{tr("Could not write %1: %2").arg(QDir(m_target).filePath(name), file.errorString())};
        if (QFileInfo(name).fileName() != markerName)
            m_files.append(name);
        return success();
    }

    // The earlier publication's file `name`, unchanged: a link that shares
    // its bytes, or a copy where the file system has none.
    Status keep(const QString &name)
    {
        const QDir dir(m_staging->path());
        const QString from = QDir(m_target).filePath(name);
        const QString to = dir.filePath(name);
        if (!dir.mkpath(QFileInfo(name).path())
            || (::link(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) != 0
                && !QFile::copy(from, to)))
            return Failure{tr("Could not write %1; check that it can be written.").arg(to)};
        m_files.append(name);
        return success();
    }

    Result<QStringList> commit()
    {
        const QFileInfo target(m_target);
        QDir parent = target.absoluteDir();
        QFile::setPermissions(m_staging->path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
                                                     | QFileDevice::ReadGroup | QFileDevice::ExeGroup
                                                     | QFileDevice::ReadOther | QFileDevice::ExeOther);
        QString previous;
        if (target.exists()) {
            previous = parent.filePath(
                QStringLiteral(".%1-previous-%2").arg(target.fileName(), QFileInfo(m_staging->path()).fileName()));
            if (!parent.rename(m_target, previous))
                return Failure{tr("Could not replace %1; check that it can be written.").arg(m_target)};
        }
        if (!parent.rename(m_staging->path(), m_target)) {
            if (!previous.isEmpty())
                parent.rename(previous, m_target);
            return Failure{tr("Could not replace %1; check that it can be written.").arg(m_target)};
        }
        m_staging->setAutoRemove(false);
        if (!previous.isEmpty())
            QDir(previous).removeRecursively();
        return m_files;
    }

private:
    QString m_target;
    std::unique_ptr<QTemporaryDir> m_staging;
    QStringList m_files;
};

} // namespace

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
    // Everything is made first, then written: a failure writes nothing.
    const auto made = makeMeeting(store, meeting, *owners, language, meeting.actualStart.isValid(), QJsonObject());
    if (!made)
        return Failure{made.error()};
    Staging staging(targetPath);
    PYKALA_TRY(staging.open());
    for (const auto &[name, bytes] : made->files)
        PYKALA_TRY(staging.write(name, bytes));
    const auto written = staging.commit();
    if (!written)
        return Failure{written.error()};
    return Summary{*written};
}


namespace {

struct SiteTexts
{
    QString heading, openData, feed, oparl, paatos, agendaOnly, minutesToo;
};

const SiteTexts &siteTexts(Language language)
{
    static const SiteTexts finnish{QStringLiteral("Esityslistat ja pöytäkirjat"),
                                   QStringLiteral("Avoin data"), QStringLiteral("Atom-syöte julkaistuista pöytäkirjoista"),
                                   QStringLiteral("OParl 1.1 -rajapinta"),
                                   QStringLiteral("Avoin päätösrajapinta (6Aika): asiat"), QStringLiteral("esityslista"),
                                   QStringLiteral("esityslista ja pöytäkirja")};
    static const SiteTexts swedish{QStringLiteral("Föredragningslistor och protokoll"),
                                   QStringLiteral("Öppna data"), QStringLiteral("Atom-flöde av publicerade protokoll"),
                                   QStringLiteral("OParl 1.1-gränssnitt"),
                                   QStringLiteral("Öppet beslutsgränssnitt (6Aika): ärenden"), QStringLiteral("föredragningslista"),
                                   QStringLiteral("föredragningslista och protokoll")};
    return language == Language::Swedish ? swedish : finnish;
}

// The site's front page: each body's published meetings, newest first, and
// the open data.
QString siteIndex(const Organisation &organisation, const QList<Body> &bodies,
                  const QList<OpenData::PublishedMeeting> &meetings, const QString &footer)
{
    const Language language = organisation.defaultLanguage;
    const SiteTexts &texts = siteTexts(language);
    const QString name = language == Language::Swedish && !organisation.swedishName.isEmpty() ? organisation.swedishName
                                                                                             : organisation.name;
    QString html = QStringLiteral("<!DOCTYPE html>\n<html lang=\"%1\">\n<head>\n<meta charset=\"utf-8\">\n"
                                  "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                                  "<title>%2 – %3</title>\n"
                                  "<link rel=\"alternate\" type=\"application/atom+xml\" href=\"feed.atom\" title=\"%4\">\n"
                                  "<style>\n%5</style>\n</head>\n<body>\n<main>\n<h1>%3</h1>\n<p>%2</p>\n")
                       .arg(DocumentLanguage::tag(language), texts.heading.toHtmlEscaped(), name.toHtmlEscaped(),
                            texts.feed.toHtmlEscaped(), HtmlPage::styleSheet());
    for (const Body &body : bodies) {
        QList<const OpenData::PublishedMeeting *> own;
        for (const OpenData::PublishedMeeting &meeting : meetings) {
            if (meeting.meeting.bodyId == body.id)
                own.prepend(&meeting);
        }
        if (own.isEmpty())
            continue;
        const QString bodyName = language == Language::Swedish && !body.swedishName.isEmpty() ? body.swedishName : body.name;
        html += QStringLiteral("<h2>%1</h2>\n").arg(bodyName.toHtmlEscaped());
        // Each year under a heading of its own, the newest first.
        int year = 0;
        for (const OpenData::PublishedMeeting *published : std::as_const(own)) {
            const Meeting &meeting = published->meeting;
            if (meeting.year != year) {
                html += QStringLiteral("%1<h3>%2</h3>\n<ul>\n").arg(year ? QStringLiteral("</ul>\n") : QString()).arg(meeting.year);
                year = meeting.year;
            }
            html += QStringLiteral("<li><a href=\"%1/index.html\">%2/%3</a>, %4: %5</li>\n")
                        .arg(published->folder.toHtmlEscaped())
                        .arg(meeting.number)
                        .arg(meeting.year)
                        .arg(DocumentTexts::day(meeting.plannedStart.date()),
                             (published->minutes ? texts.minutesToo : texts.agendaOnly).toHtmlEscaped());
        }
        html += QStringLiteral("</ul>\n");
    }
    html += QStringLiteral("<h2>%1</h2>\n<ul>\n<li><a href=\"feed.atom\" type=\"application/atom+xml\">%2</a></li>\n"
                           "<li><a href=\"oparl/system.json\" type=\"application/json\">%3</a></li>\n"
                           "<li><a href=\"paatos/v1/case/index.json\" type=\"application/json\">%4</a></li>\n</ul>\n"
                           "</main>\n<footer>\n%5\n</footer>\n</body>\n</html>\n")
                .arg(texts.openData.toHtmlEscaped(), texts.feed.toHtmlEscaped(), texts.oparl.toHtmlEscaped(),
                     texts.paatos.toHtmlEscaped(), footer);
    return html;
}

} // namespace

Result<SiteSummary> publishSite(const Store &store, const QString &directory, const QString &baseUrl, const QDate &today,
                                const std::function<bool(int, int)> &progress)
{
    const auto address = OpenData::siteAddress(baseUrl);
    if (!address)
        return Failure{address.error()};
    const auto organisation = store.organisation();
    if (!organisation)
        return Failure{organisation.error()};
    if (!organisation->has_value())
        return Failure{tr("The store has no organisation yet: set it with 'pykala-cli organisation --name NAME' before "
                          "publishing.")};
    const QString targetPath = QFileInfo(QDir::cleanPath(directory)).absoluteFilePath();
    PYKALA_TRY(checkTarget(targetPath, organisation->value()));
    const auto bodies = store.bodies();
    if (!bodies)
        return Failure{bodies.error()};
    const auto all = store.meetings();
    if (!all)
        return Failure{all.error()};

    // Which meetings the site publishes: every convened one's agenda, and a
    // held one's minutes once their day of publication has come and they
    // may be published (readiness). A meeting only planned, or cancelled,
    // is not there.
    QList<Meeting> meetings;
    for (const Meeting &meeting : *all) {
        if (meeting.state != MeetingState::Planned && meeting.state != MeetingState::Cancelled)
            meetings.append(meeting);
    }
    std::sort(meetings.begin(), meetings.end(), [](const Meeting &a, const Meeting &b) {
        return std::tie(a.bodyId, a.year, a.number) < std::tie(b.bodyId, b.year, b.number);
    });
    QHash<qint64, Body> bodyById;
    for (const Body &body : *bodies)
        bodyById.insert(body.id, body);

    // Every page of the site links its accessibility statement.
    const Language language = organisation->value().defaultLanguage;
    const auto statement = AccessibilityStatement::page(organisation->value(), *address, today);
    if (!statement)
        return Failure{statement.error()};
    const auto footer = [&](const QString &up) {
        return QStringLiteral("<p><a href=\"%1%2\">%3</a></p>")
            .arg(up, AccessibilityStatement::fileName(language), AccessibilityStatement::title(language).toHtmlEscaped());
    };

    Staging staging(targetPath);
    PYKALA_TRY(staging.open());
    SiteSummary summary;
    QList<OpenData::PublishedMeeting> published;
    const IndexTexts &texts = indexTexts(organisation->value().defaultLanguage);
    for (const Meeting &meeting : std::as_const(meetings)) {
        if (progress && !progress(int(published.size()), int(meetings.size())))
            return Failure{tr("Publishing was cancelled; the site was left as it was.")};
        const Body body = bodyById.value(meeting.bodyId);
        const bool minutes = isHeld(meeting.state) && meeting.minutesPublished.isValid()
            && meeting.minutesPublished <= today && readiness(store, meeting).ok();
        const QString folder = QStringLiteral("%1/%2-%3")
                                   .arg(safeFileName(body.shortName, texts))
                                   .arg(meeting.year)
                                   .arg(meeting.number, 2, 10, QLatin1Char('0'));
        const QJsonObject earlier = readMarker(QDir(targetPath).filePath(folder + u'/' + markerName));
        const auto made = makeMeeting(store, meeting, MeetingSession::Owners{organisation->value(), body}, std::nullopt,
                                      minutes, earlier, footer(QStringLiteral("../../")));
        if (!made)
            return Failure{made.error()};
        for (const auto &[name, bytes] : made->files)
            PYKALA_TRY(staging.write(folder + u'/' + name, bytes));
        for (const QString &name : made->reused)
            PYKALA_TRY(staging.keep(folder + u'/' + name));
        if (made->reused.isEmpty())
            ++summary.laidOut;
        OpenData::PublishedMeeting entry = made->published;
        entry.folder = folder;
        for (OpenData::PublishedFile &file : entry.files)
            file.path = folder + u'/' + file.path;
        published.append(entry);
    }
    if (progress && !progress(int(published.size()), int(meetings.size())))
        return Failure{tr("Publishing was cancelled; the site was left as it was.")};

    const auto openData = OpenData::files(store, published, *address);
    if (!openData)
        return Failure{openData.error()};
    for (const auto &[name, bytes] : *openData)
        PYKALA_TRY(staging.write(name, bytes));
    PYKALA_TRY(staging.write(QStringLiteral("index.html"),
                             siteIndex(organisation->value(), *bodies, published, footer(QString())).toUtf8()));
    PYKALA_TRY(staging.write(AccessibilityStatement::fileName(language), statement->toUtf8()));
    PYKALA_TRY(staging.write(markerName, marker(organisation->value())));
    const auto written = staging.commit();
    if (!written)
        return Failure{written.error()};
    summary.meetings = int(published.size());
    summary.files = *written;
    return summary;
}

} // namespace Publication
