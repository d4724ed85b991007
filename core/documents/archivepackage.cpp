#include "archivepackage.h"

#include "documentrenderer.h"
#include "meetingdocuments.h"

#include "model/documentlanguage.h"
#include "store/store.h"
#include "text/richtext.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSaveFile>
#include <QTemporaryDir>
#include <QXmlStreamWriter>

namespace ArchivePackage {

namespace {

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("ArchivePackage", text, disambiguation, n);
}

const QString metadataNamespace = QStringLiteral("urn:pykala:archive:sahke2:1");

// JulkL 31 § 1 mom.: a secret document stays secret 25 years unless an act
// says otherwise; what the metadata says when a case names no period.
constexpr int actSecrecyYears = 25;

// The values of SÄHKE2 and JHS 191, in Finnish as they define them.
QString publicityClass(Publicity publicity)
{
    switch (publicity) {
    case Publicity::Public:
        return QStringLiteral("Julkinen");
    case Publicity::PartlyConfidential:
        return QStringLiteral("Osittain salassapidettävä");
    case Publicity::Confidential:
        return QStringLiteral("Salassa pidettävä");
    }
    return {};
}

QString stateName(CaseState state)
{
    switch (state) {
    case CaseState::Initiated:
        return QStringLiteral("Vireillä");
    case CaseState::InPreparation:
        return QStringLiteral("Valmistelussa");
    case CaseState::Decided:
        return QStringLiteral("Ratkaistu");
    case CaseState::Implemented:
        return QStringLiteral("Toimeenpantu");
    case CaseState::Closed:
        return QStringLiteral("Suljettu");
    }
    return {};
}

QString isoDate(const QDate &date)
{
    return date.toString(Qt::ISODate);
}

// A name for a file or folder of the package: letters, digits, '.', '_'
// and '-'; anything else one '-'; never empty, never hidden, never long.
QString safeName(const QString &text)
{
    QString name;
    for (const QChar c : text.normalized(QString::NormalizationForm_C)) {
        if (c.isLetterOrNumber() || c == u'.' || c == u'_' || c == u'-')
            name.append(c);
        else if (!name.endsWith(u'-'))
            name.append(u'-');
    }
    while (name.startsWith(u'.') || name.startsWith(u'-'))
        name.remove(0, 1);
    while (name.endsWith(u'-'))
        name.chop(1);
    // At most 80 bytes as the file system counts them (UTF-8), whole
    // characters only: a name with its prefix and suffixes stays far below
    // the 255 bytes a file name may have.
    while (name.toUtf8().size() > 80) {
        name.chop(1);
        if (!name.isEmpty() && name.back().isHighSurrogate())
            name.chop(1);
    }
    return name.isEmpty() ? QStringLiteral("tiedosto") : name;
}

struct Restriction
{
    Publicity publicity = Publicity::Public;
    std::optional<int> secrecyYears;
    QString basis;
    bool personalData = false;
};

struct Retention
{
    std::optional<int> years; // none: permanently
    QString reason;
};

struct Agent
{
    QString role;
    QString name;
    QString contact;
    std::optional<PartyKind> kind;
};

// One file of a case folder with what its metadata file says of it.
struct Record
{
    QString baseName;     // "KH-12-2026-poytakirja": the file is baseName + suffix
    QString suffix;       // ".pdf"
    QString title;
    QString type;         // Pöytäkirja, Pöytäkirjanote, Liite
    Language language = Language::Finnish;
    QDate made;
    Restriction restriction;
    Retention retention;
    QList<Agent> agents;
    QString mediaType;
    QByteArray bytes;
    std::optional<bool> signedWhole;

    QString fileName() const { return baseName + suffix; }
    // Beside the file, named after it whole: an attachment that is itself
    // XML never meets its metadata's name.
    QString metadataName() const { return fileName() + QStringLiteral(".xml"); }
};

class Writer
{
public:
    explicit Writer(QByteArray *out) : m_xml(out)
    {
        m_xml.setAutoFormatting(true);
        m_xml.setAutoFormattingIndent(2);
        m_xml.writeStartDocument();
    }

    void start(const QString &root)
    {
        m_xml.writeDefaultNamespace(metadataNamespace);
        m_xml.writeStartElement(metadataNamespace, root);
    }
    void end()
    {
        m_xml.writeEndElement();
        m_xml.writeEndDocument();
    }
    void text(const QString &name, const QString &value) { m_xml.writeTextElement(metadataNamespace, name, value); }
    void open(const QString &name) { m_xml.writeStartElement(metadataNamespace, name); }
    void close() { m_xml.writeEndElement(); }

    void classification(const TaskClass &taskClass)
    {
        open(QStringLiteral("Luokitus"));
        text(QStringLiteral("Luokitustunnus"), taskClass.code);
        text(QStringLiteral("Luokitusnimeke"), taskClass.name.simplified());
        close();
    }
    void restriction(const Restriction &restriction)
    {
        open(QStringLiteral("Kayttorajoitustiedot"));
        text(QStringLiteral("Julkisuusluokka"), publicityClass(restriction.publicity));
        if (restriction.publicity != Publicity::Public) {
            text(QStringLiteral("Salassapitoaika"),
                 QString::number(restriction.secrecyYears.value_or(actSecrecyYears)));
            text(QStringLiteral("Salassapitoperuste"), restriction.basis.simplified());
        }
        text(QStringLiteral("Henkilotietoja"), restriction.personalData ? QStringLiteral("Sisältää henkilötietoja")
                                                                        : QStringLiteral("Ei sisällä henkilötietoja"));
        close();
    }
    void retention(const Retention &retention)
    {
        open(QStringLiteral("Sailytysaikatiedot"));
        // SÄHKE2: -1 is kept permanently.
        text(QStringLiteral("SailytysajanPituus"), QString::number(retention.years.value_or(-1)));
        text(QStringLiteral("SailytysajanPeruste"), retention.reason);
        close();
    }
    void agent(const Agent &agent)
    {
        open(QStringLiteral("Toimija"));
        text(QStringLiteral("Rooli"), agent.role.simplified());
        text(QStringLiteral("Nimi"), agent.name.simplified());
        if (!agent.contact.simplified().isEmpty())
            text(QStringLiteral("Yhteystiedot"), agent.contact.simplified());
        if (agent.kind)
            text(QStringLiteral("Tyyppi"), *agent.kind == PartyKind::Person ? QStringLiteral("Henkilö")
                                                                             : QStringLiteral("Organisaatio"));
        close();
    }

private:
    QXmlStreamWriter m_xml;
};

QByteArray recordXml(const Record &record, const Case &entry, const TaskClass &taskClass)
{
    QByteArray out;
    Writer xml(&out);
    xml.start(QStringLiteral("Asiakirja"));
    xml.text(QStringLiteral("Tunnus"), record.baseName);
    xml.text(QStringLiteral("Nimeke"), record.title.simplified());
    xml.text(QStringLiteral("Tyyppi"), record.type);
    xml.text(QStringLiteral("Kieli"), DocumentLanguage::tag(record.language));
    xml.text(QStringLiteral("Laadittu"), isoDate(record.made));
    xml.text(QStringLiteral("AsiaTunnus"), entry.diaryNumber.toString());
    xml.classification(taskClass);
    xml.restriction(record.restriction);
    xml.retention(record.retention);
    for (const Agent &agent : record.agents)
        xml.agent(agent);
    xml.open(QStringLiteral("Tiedosto"));
    xml.text(QStringLiteral("Tiedostonimi"), record.fileName());
    xml.text(QStringLiteral("Tiedostomuoto"), record.mediaType);
    xml.text(QStringLiteral("Koko"), QString::number(record.bytes.size()));
    xml.text(QStringLiteral("Tiiviste"),
             QString::fromLatin1(QCryptographicHash::hash(record.bytes, QCryptographicHash::Sha256).toHex()));
    xml.text(QStringLiteral("Tiivistealgoritmi"), QStringLiteral("SHA-256"));
    if (record.signedWhole)
        xml.text(QStringLiteral("Allekirjoitettu"), *record.signedWhole ? QStringLiteral("true") : QStringLiteral("false"));
    xml.close();
    xml.end();
    return out;
}

Status writeFile(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return Failure{tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString())};
    return success();
}

// A media type as the metadata writes it: lower case, without parameters
// ("text/plain; charset=utf-8" is text/plain); one that is not a type/subtype
// is application/octet-stream.
QString mediaType(const QString &given)
{
    static const QRegularExpression valid(QStringLiteral("^[a-z]+/[a-z0-9][a-z0-9!#$&^_.+-]*$"));
    const QString type = given.section(u';', 0, 0).trimmed().toLower();
    return valid.match(type).hasMatch() ? type : QStringLiteral("application/octet-stream");
}

// The suffix of an attachment's file: its name's, else its media type's.
QString attachmentSuffix(const Attachment &attachment)
{
    const QString suffix = QFileInfo(attachment.name).suffix().toLower();
    if (!suffix.isEmpty() && suffix.size() <= 8 && safeName(suffix) == suffix)
        return QLatin1Char('.') + suffix;
    if (mediaType(attachment.mediaType) == u"application/pdf")
        return QStringLiteral(".pdf");
    return QStringLiteral(".bin");
}

class Exporter
{
    Q_DECLARE_TR_FUNCTIONS(ArchivePackage)

public:
    Exporter(const Store &store, const QString &root) : m_store(store), m_root(root) {}

    // The case's folder, or why the case cannot be archived (a Skipped's
    // reason) in `skipped`; an error of the store or the disk is a failure.
    Status writeCase(const Case &entry, QString *skipped, Summary &summary)
    {
        const auto taskClass = m_store.taskClass(entry.taskClassId);
        if (!taskClass)
            return Failure{taskClass.error()};
        if (!taskClass->has_value())
            return Failure{tr("Case %1 has no task class.").arg(entry.diaryNumber.toString())};
        const TaskClass &cls = taskClass->value();
        const auto handlings = m_store.caseHandlings(entry.id);
        if (!handlings)
            return Failure{handlings.error()};
        const auto organisation = m_store.organisation();
        if (!organisation)
            return Failure{organisation.error()};
        if (!organisation->has_value())
            return Failure{tr("The store has no organisation.")};

        // Every handling at a meeting whose minutes are signed whole.
        QList<Record> records;
        QSet<qint64> meetingsDone;
        for (const CaseHandling &handling : *handlings) {
            if (!isHeld(handling.meetingState)) {
                *skipped = tr("its handling at %1 was not held.").arg(handling.meetingReference);
                return success();
            }
            if (!handling.sectionNumber) {
                *skipped = tr("its handling at %1 has no § number.").arg(handling.meetingReference);
                return success();
            }
            const auto minutes = m_store.signedMinutes(handling.meetingId);
            if (!minutes)
                return Failure{minutes.error()};
            if (!minutes->has_value() || !minutes->value().complete()) {
                *skipped = tr("the minutes of %1 are not signed by all who sign them.").arg(handling.meetingReference);
                return success();
            }
            const auto meeting = m_store.meeting(handling.meetingId);
            const auto item = m_store.agendaItem(handling.itemId);
            if (!meeting || !item)
                return Failure{!meeting ? meeting.error() : item.error()};
            const auto body = m_store.body(meeting->value().bodyId);
            if (!body)
                return Failure{body.error()};
            const Body &owner = body->value();
            const Language language = DocumentLanguage::of(organisation->value(), owner);
            const QString reference = safeName(handling.meetingReference);
            const QString bodyName = DocumentLanguage::bodyName(owner, language);
            const Agent maker{QStringLiteral("Laatija"), bodyName, QString(), PartyKind::Organisation};
            const Retention ofCase{cls.retentionYears,
                                   QStringLiteral("Tiedonohjaussuunnitelma, tehtäväluokka %1 %2")
                                       .arg(cls.code, cls.name.simplified())};

            if (!meetingsDone.contains(handling.meetingId)) {
                meetingsDone.insert(handling.meetingId);
                PYKALA_TRY(addMinutes(records, minutes->value(), meeting->value(), language, bodyName, maker,
                                      reference));
            }

            MeetingDocuments::Options internal;
            internal.audience = Audience::Internal;
            const auto extract = MeetingDocuments::extract(m_store, meeting->value(), item->value(), internal);
            if (!extract)
                return Failure{extract.error()};
            const auto pdf = DocumentRenderer::pdf(*extract);
            if (!pdf)
                return Failure{pdf.error()};
            Record extractRecord;
            extractRecord.baseName = QStringLiteral("%1-%2-ote").arg(reference).arg(*handling.sectionNumber);
            extractRecord.suffix = QStringLiteral(".pdf");
            extractRecord.title = QStringLiteral("Pöytäkirjanote: %1 %2 § %3, %4")
                                      .arg(bodyName, handling.day.toString(QStringLiteral("d.M.yyyy")))
                                      .arg(*handling.sectionNumber)
                                      .arg(handling.title.simplified());
            extractRecord.type = QStringLiteral("Pöytäkirjanote");
            extractRecord.language = extract->language;
            extractRecord.made = extract->created.isValid() ? extract->created.date() : handling.day;
            extractRecord.restriction = {item->value().publicity, entry.secrecyYears,
                                         item->value().confidentialityBasis.text, cls.personalData || hasPersonalData(item->value())};
            extractRecord.retention = ofCase;
            extractRecord.agents = {maker};
            extractRecord.mediaType = QStringLiteral("application/pdf");
            extractRecord.bytes = *pdf;
            extractRecord.signedWhole = false;
            records.append(extractRecord);

            const auto attachments = m_store.attachments(handling.itemId, true);
            if (!attachments)
                return Failure{attachments.error()};
            for (const Attachment &attachment : *attachments) {
                Record file;
                file.baseName = QStringLiteral("%1-%2-liite-%3-%4")
                                    .arg(reference)
                                    .arg(*handling.sectionNumber)
                                    .arg(attachment.position)
                                    .arg(safeName(QFileInfo(attachment.name).completeBaseName()));
                file.suffix = attachmentSuffix(attachment);
                file.title = QStringLiteral("Liite %1: %2").arg(attachment.position).arg(attachment.name.simplified());
                file.type = QStringLiteral("Liite");
                file.language = DocumentLanguage::ofItem(item->value(), organisation->value(), owner);
                file.made = handling.day;
                file.restriction = {attachment.publicity, entry.secrecyYears, attachment.confidentialityBasis.text,
                                    cls.personalData};
                file.retention = ofCase;
                file.mediaType = mediaType(attachment.mediaType);
                file.bytes = attachment.content;
                records.append(file);
            }
        }
        if (handlings->isEmpty()) {
            *skipped = tr("it has no handling at a meeting.");
            return success();
        }

        const QString folder = safeName(entry.diaryNumber.toString().replace(u'/', u'-').replace(u':', u'_'));
        QDir dir(m_root);
        if (!dir.mkpath(folder))
            return Failure{tr("Could not make the folder %1.").arg(QDir::toNativeSeparators(dir.filePath(folder)))};
        dir.cd(folder);
        for (const Record &record : std::as_const(records)) {
            const QByteArray metadata = recordXml(record, entry, cls);
            PYKALA_TRY(writeFile(dir.filePath(record.fileName()), record.bytes));
            PYKALA_TRY(writeFile(dir.filePath(record.metadataName()), metadata));
            summary.records += 1;
            summary.bytes += record.bytes.size() + metadata.size();
        }
        const auto caseXml = this->caseXml(entry, cls, *handlings, records);
        if (!caseXml)
            return Failure{caseXml.error()};
        PYKALA_TRY(writeFile(dir.filePath(QStringLiteral("asia.xml")), *caseXml));
        summary.bytes += caseXml->size();
        summary.cases += 1;
        return success();
    }

private:
    static bool hasPersonalData(const AgendaItem &item)
    {
        for (const QString *html : {&item.background, &item.proposal, &item.decision, &item.proceedings}) {
            if (!RichText::personalData(*html).isEmpty())
                return true;
        }
        return false;
    }

    // The meeting's signed minutes, as the store keeps them; what the public
    // may not see of them is every item that is not public.
    Status addMinutes(QList<Record> &records, const SignedMinutes &minutes, const Meeting &meeting, Language language,
                      const QString &bodyName, const Agent &maker, const QString &reference)
    {
        const auto items = m_store.agendaItems(meeting.id);
        if (!items)
            return Failure{items.error()};
        Restriction restriction;
        restriction.personalData = true; // the minutes name who attended
        QStringList bases;
        for (const AgendaItem &item : *items) {
            if (item.publicity == Publicity::Public)
                continue;
            restriction.publicity = Publicity::PartlyConfidential;
            const QString basis = item.confidentialityBasis.text.simplified();
            if (!bases.contains(basis))
                bases.append(basis);
        }
        restriction.basis = bases.join(QStringLiteral("; "));
        Record record;
        record.baseName = QStringLiteral("%1-poytakirja").arg(reference);
        record.suffix = QStringLiteral(".pdf");
        record.title = QStringLiteral("%1, pöytäkirja %2/%3").arg(bodyName).arg(meeting.number).arg(meeting.year);
        record.type = QStringLiteral("Pöytäkirja");
        record.language = language;
        record.made = minutes.frozenAt.isValid() ? minutes.frozenAt.date()
                                                 : (meeting.actualStart.isValid() ? meeting.actualStart : meeting.plannedStart).date();
        record.restriction = restriction;
        record.retention = {std::nullopt, QStringLiteral("Toimielimen pöytäkirja: säilytetään pysyvästi")};
        record.agents = {maker};
        record.mediaType = QStringLiteral("application/pdf");
        record.bytes = minutes.pdf;
        record.signedWhole = minutes.complete();
        records.append(record);
        return success();
    }

    Result<QByteArray> caseXml(const Case &entry, const TaskClass &cls, const QList<CaseHandling> &handlings,
                               const QList<Record> &records) const
    {
        QByteArray out;
        Writer xml(&out);
        xml.start(QStringLiteral("Asia"));
        xml.text(QStringLiteral("Tunnus"), entry.diaryNumber.toString());
        xml.text(QStringLiteral("Nimeke"), entry.title.simplified());
        xml.classification(cls);
        xml.restriction({entry.publicity, entry.secrecyYears, entry.confidentialityBasis.text,
                         cls.personalData || !entry.parties.isEmpty()});
        xml.retention({cls.retentionYears,
                       QStringLiteral("Tiedonohjaussuunnitelma, tehtäväluokka %1 %2").arg(cls.code, cls.name.simplified())});
        xml.text(QStringLiteral("Tila"), stateName(entry.state));
        xml.text(QStringLiteral("Avattu"), isoDate(entry.initiated));
        for (const auto &[name, day] : {std::pair(QStringLiteral("Ratkaistu"), entry.decided),
                                        std::pair(QStringLiteral("Toimeenpantu"), entry.implemented),
                                        std::pair(QStringLiteral("Suljettu"), entry.closed)}) {
            if (day.isValid())
                xml.text(name, isoDate(day));
        }
        if (entry.preparerPersonId) {
            const auto person = m_store.person(entry.preparerPersonId);
            if (!person)
                return Failure{person.error()};
            if (person->has_value())
                xml.agent({QStringLiteral("Valmistelija"), person->value().displayName(), QString(), PartyKind::Person});
        }
        for (const CaseParty &party : entry.parties)
            xml.agent({party.role.simplified().isEmpty() ? QStringLiteral("Asianosainen") : party.role, party.name,
                       party.contact, party.kind});
        for (const CaseHandling &handling : handlings) {
            xml.open(QStringLiteral("Toimenpide"));
            xml.text(QStringLiteral("Toimenpideluokka"), QStringLiteral("Käsittely"));
            xml.text(QStringLiteral("Toimielin"), handling.bodyName.simplified());
            xml.text(QStringLiteral("Kokous"), isoDate(handling.day));
            xml.text(QStringLiteral("Pykala"), QString::number(*handling.sectionNumber));
            xml.text(QStringLiteral("Paatos"), RichText::toPlainText(handling.decision).simplified());
            xml.text(QStringLiteral("Julkisuusluokka"), publicityClass(handling.publicity));
            xml.close();
        }
        for (const Record &record : records) {
            xml.open(QStringLiteral("Asiakirja"));
            xml.text(QStringLiteral("Tunnus"), record.baseName);
            xml.text(QStringLiteral("Tiedostonimi"), record.metadataName());
            xml.close();
        }
        xml.end();
        return out;
    }

    const Store &m_store;
    QString m_root;
};

} // namespace

Result<Summary> write(const Store &store, const QString &given, const Options &options)
{
    if (given.trimmed().isEmpty())
        return Failure{tr("Name the folder to write the archive package to.")};
    // "arkisto/" is "arkisto": the folder, not something inside it.
    const QString directory = QDir::cleanPath(QFileInfo(given).absoluteFilePath());
    const QFileInfo target(directory);
    if (target.exists() && (!target.isDir() || !QDir(directory).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden)))
        return Failure{tr("%1 exists and is not an empty folder; give a new folder for the archive package.")
                           .arg(QDir::toNativeSeparators(directory))};
    const QDir parent = target.absoluteDir();
    if (!parent.exists())
        return Failure{tr("The folder %1 does not exist.").arg(QDir::toNativeSeparators(parent.path()))};

    const auto closed = store.cases({0, CaseState::Closed});
    if (!closed)
        return Failure{closed.error()};
    QList<Case> cases;
    for (const Case &entry : *closed) {
        if (entry.closed.year() == options.year && !entry.destroyed.isValid())
            cases.append(entry);
    }
    std::sort(cases.begin(), cases.end(), [](const Case &a, const Case &b) {
        return std::pair(a.diaryNumber.year, a.diaryNumber.number) < std::pair(b.diaryNumber.year, b.diaryNumber.number);
    });
    if (cases.isEmpty())
        return Failure{tr("No case was closed in %1: there is nothing to archive for that year.").arg(options.year)};

    // Written beside the folder asked for, and renamed to it when whole.
    QTemporaryDir partial(parent.filePath(QStringLiteral(".%1.partial-XXXXXX").arg(target.fileName())));
    if (!partial.isValid())
        return Failure{tr("Could not make a folder in %1: %2")
                           .arg(QDir::toNativeSeparators(parent.path()), partial.errorString())};
    Exporter exporter(store, partial.path());
    Summary summary;
    for (qsizetype i = 0; i < cases.size(); ++i) {
        const Case &entry = cases.at(i);
        if (options.progress && !options.progress(int(i), int(cases.size()), entry.diaryNumber.toString()))
            return Failure{tr("The archive export was cancelled; no package was written.")};
        QString skipped;
        PYKALA_TRY(exporter.writeCase(entry, &skipped, summary));
        if (!skipped.isEmpty())
            summary.skipped.append({entry.diaryNumber.toString(), skipped});
    }
    if (options.progress && !options.progress(int(cases.size()), int(cases.size()), QString()))
        return Failure{tr("The archive export was cancelled; no package was written.")};
    if (summary.cases == 0)
        return Failure{tr("None of the %n case(s) closed in %1 can be archived yet: %2", nullptr, int(cases.size()))
                           .arg(options.year)
                           .arg(summary.skipped.constFirst().diaryNumber + QStringLiteral(": ")
                                + summary.skipped.constFirst().reason)};
    if (target.exists() && !parent.rmdir(target.fileName()))
        return Failure{tr("Could not replace the empty folder %1.").arg(QDir::toNativeSeparators(directory))};
    if (!QDir().rename(partial.path(), target.absoluteFilePath()))
        return Failure{tr("Could not move the package to %1.").arg(QDir::toNativeSeparators(directory))};
    partial.setAutoRemove(false);
    return summary;
}

} // namespace ArchivePackage
