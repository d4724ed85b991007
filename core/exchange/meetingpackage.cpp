#include "meetingpackage.h"

#include "interchange.h"

#include "disclosure/publicview.h"
#include "model/documentlanguage.h"
#include "procedure/meetingsession.h"
#include "signing/certificatefile.h"
#include "signing/packageenvelope.h"
#include "store/store.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

#include <algorithm>
#include <cstdio>

#include <cerrno>
#include <signal.h>
#include <unistd.h>

namespace MeetingPackage {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("MeetingPackage", text);
}

// The person a member package is for: someone with a seat or office in the
// body on the meeting's day, named by id or by name.
Result<Person> entitledRecipient(const Store &store, const Meeting &meeting, const Body &body, const QString &recipient)
{
    const auto memberships = store.memberships(meeting.bodyId);
    if (!memberships)
        return Failure{memberships.error()};
    const auto persons = store.persons();
    if (!persons)
        return Failure{persons.error()};
    const QDate day = meeting.plannedStart.date();
    bool isId = false;
    const qint64 id = recipient.toLongLong(&isId);
    QList<Person> named;
    for (const Person &person : *persons) {
        if (isId ? person.id == id
                 : person.displayName().compare(recipient.simplified(), Qt::CaseInsensitive) == 0
                       || (person.familyName + QLatin1Char(' ') + person.givenName)
                                  .compare(recipient.simplified(), Qt::CaseInsensitive) == 0)
            named.append(person);
    }
    const QString notEntitled =
        tr("%1 has no seat or office in %2 on %3, so a package with its confidential items may not go to them. "
           "Name a member, deputy or official of the body, or make a public package with --for public.");
    if (named.isEmpty())
        return Failure{notEntitled.arg(recipient, body.name, day.toString(Qt::ISODate))};
    QList<Person> entitled;
    for (const Person &person : std::as_const(named)) {
        const bool seated = std::any_of(memberships->cbegin(), memberships->cend(), [&](const Membership &membership) {
            return membership.personId == person.id && membership.isValidOn(day);
        });
        if (seated)
            entitled.append(person);
    }
    if (entitled.isEmpty())
        return Failure{notEntitled.arg(named.constFirst().displayName(), body.name, day.toString(Qt::ISODate))};
    if (entitled.size() > 1) {
        QStringList ids;
        for (const Person &person : std::as_const(entitled))
            ids << QString::number(person.id);
        return Failure{tr("Several persons in %1 are called %2 (ids %3); name the recipient by id.")
                           .arg(body.name, recipient, ids.join(QStringLiteral(", ")))};
    }
    return entitled.constFirst();
}

// The meeting's interchange document cut down to what the package's
// audience may see (PublicView), and to the agenda: what was decided goes
// out in the minutes, so no decision, proceedings or record.
QJsonObject packageContent(QJsonObject root, const PublicView &view)
{
    auto withoutContacts = [&](QJsonArray list, std::initializer_list<const char *> fields) {
        if (view.showsContacts())
            return list;
        for (auto entry = list.begin(); entry != list.end(); ++entry) {
            QJsonObject object = entry->toObject();
            for (const char *field : fields)
                object.insert(QString::fromLatin1(field), QString());
            *entry = object;
        }
        return list;
    };
    root.insert(QStringLiteral("persons"), withoutContacts(root.value(u"persons").toArray(), {"email", "phone"}));

    QJsonArray meetings = root.value(u"meetings").toArray();
    QJsonObject meeting = meetings.at(0).toObject();
    meeting.insert(QStringLiteral("events"), QJsonArray());
    meeting.insert(QStringLiteral("invitees"), withoutContacts(meeting.value(u"invitees").toArray(), {"email"}));

    QJsonArray items = meeting.value(u"items").toArray();
    for (auto value = items.begin(); value != items.end(); ++value) {
        QJsonObject item = value->toObject();
        item.insert(QStringLiteral("decision"), QString());
        item.insert(QStringLiteral("proceedings"), QString());
        if (!view.showsRecipients())
            item.insert(QStringLiteral("recipients"), QJsonArray());
        // Unknown publicity is read as the strictest.
        const Publicity publicity =
            Codes::parse<Publicity>(item.value(u"publicity").toString()).value_or(Publicity::Confidential);
        for (const char *text : {"background", "proposal"}) {
            const QString key = QString::fromLatin1(text);
            item.insert(key, view.text(publicity, item.value(key).toString()));
        }
        if (!view.showsPreparers(publicity))
            item.insert(QStringLiteral("preparers"), QJsonArray());
        QJsonArray kept;
        for (const QJsonValue &attachment : item.value(u"attachments").toArray()) {
            QJsonObject object = attachment.toObject();
            const Publicity own =
                Codes::parse<Publicity>(object.value(u"publicity").toString()).value_or(Publicity::Confidential);
            if (!view.showsAttachment(publicity, own))
                continue;
            object.insert(QStringLiteral("position"), kept.size() + 1);
            kept.append(object);
        }
        item.insert(QStringLiteral("attachments"), kept);
        *value = item;
    }
    meeting.insert(QStringLiteral("items"), items);
    meetings.replace(0, meeting);
    root.insert(QStringLiteral("meetings"), meetings);
    return root;
}

// A package is made in a folder of its own beside the target, readable by
// its maker only, named ".NAME.PID.UUID.part" by the making process: a
// killed run leaves nothing anyone else can read, and the next run removes
// what a process that is gone left.
QString workFolderPrefix(const QFileInfo &target)
{
    return QStringLiteral(".%1.").arg(target.fileName());
}

void removeLeftovers(const QFileInfo &target)
{
    const QDir folder = target.absoluteDir();
    const QString prefix = workFolderPrefix(target);
    // ".NAME.PID.UUID.part" folders of processes no longer running.
    const QStringList folders = folder.entryList({prefix + QStringLiteral("*.part")},
                                                 QDir::Dirs | QDir::Hidden | QDir::NoDotAndDotDot);
    for (const QString &name : folders) {
        const QStringList parts = name.mid(prefix.size()).split(u'.');
        bool numeric = false;
        const qint64 pid = parts.value(0).toLongLong(&numeric);
        if (numeric && pid > 0 && (::kill(pid_t(pid), 0) == 0 || errno == EPERM))
            continue;
        const QString path = folder.filePath(name);
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        const QStringList inside = QDir(path).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot);
        for (const QString &file : inside)
            QFile::setPermissions(QDir(path).filePath(file), QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        QDir(path).removeRecursively();
    }
    // Files an earlier version made beside the target (".NAME.UUID.part",
    // with its -wal, -shm and -journal).
    const QStringList files = folder.entryList({prefix + QStringLiteral("*.part"), prefix + QStringLiteral("*.part-*")},
                                               QDir::Files | QDir::Hidden);
    for (const QString &name : files) {
        QFile::setPermissions(folder.filePath(name), QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        QFile::remove(folder.filePath(name));
    }
}

// The package store, made in memory: its bytes and what it is.
struct Made
{
    QByteArray image;
    PackageInfo info;
};

Result<Made> makeStore(const Store &source, const Meeting &meeting, const QString &reference, const QString &name,
                       Audience audience, const QString &recipient, Language language, const Body &body)
{
    const auto exported = Interchange::exportJson(source, meeting.id);
    if (!exported)
        return Failure{exported.error()};
    const PublicView view(audience, language);
    const QJsonObject content = packageContent(QJsonDocument::fromJson(*exported).object(), view);

    auto opened = Store::openInMemory(QByteArray(), name);
    if (!opened)
        return Failure{opened.error()};
    Store &package = *opened.value();
    package.setActor(source.actor());
    const auto imported = Interchange::importJson(package, QJsonDocument(content).toJson(QJsonDocument::Compact));
    if (!imported)
        return Failure{imported.error()};
    const auto copy = package.findMeeting(reference);
    if (!copy)
        return Failure{copy.error()};
    const auto organisation = source.organisation();
    if (!organisation)
        return Failure{organisation.error()};
    PackageInfo info;
    info.packageId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    info.audience = audience;
    info.recipient = recipient;
    info.meetingId = copy->id;
    info.meetingReference = reference;
    info.organisation = organisation->has_value() ? organisation->value().name : QString();
    info.madeAt = QDateTime::currentDateTimeUtc();
    info.madeBy = source.actor();
    if (audience == Audience::Member)
        info.expires = meeting.plannedStart.date().addDays(body.packageExpiryDays);
    PYKALA_TRY(package.sealAsPackage(info));
    const auto image = package.image();
    if (!image)
        return Failure{image.error()};
    return Made{*image, info};
}

// Whether the file at `path` is a package this may replace: a plain
// package store, or an encrypted one.
bool isPackageFile(const QString &path)
{
    if (PackageEnvelope::isEnvelopeFile(path))
        return true;
    const auto existing = Store::open(path, Store::Mode::ReadOnly);
    const auto info = existing ? existing.value()->packageInfo() : Result<std::optional<PackageInfo>>(std::nullopt);
    return info && info->has_value();
}

// The encryption certificate a member's package for this person goes to:
// the newest registered for encryption and valid today, checked
// (PackageEnvelope::checkRecipient). The failure names the person.
Result<QByteArray> recipientCertificate(const Store &store, qint64 personId, const QString &name)
{
    const auto certificates = store.personCertificates(personId);
    if (!certificates)
        return Failure{certificates.error()};
    const QDateTime now = QDateTime::currentDateTimeUtc();
    std::optional<PersonCertificate> chosen;
    bool anyForEncryption = false;
    for (const PersonCertificate &certificate : *certificates) {
        if (certificate.use != CertificateUse::Encryption)
            continue;
        anyForEncryption = true;
        if (certificate.validFrom <= now && now <= certificate.validUntil)
            chosen = certificate; // oldest first: the newest valid wins
    }
    if (!anyForEncryption)
        return Failure{tr("%1 has no encryption certificate registered, so no package can be encrypted for them. "
                          "Register it (Register › Persons, or 'pykala-cli person certificate \"%1\" --file CERT.pem "
                          "--use encryption'), or give it with --recipient-cert FILE.")
                           .arg(name)};
    if (!chosen)
        return Failure{tr("No encryption certificate registered for %1 is valid today. Register their current one.")
                           .arg(name)};
    PYKALA_TRY(PackageEnvelope::checkRecipient(chosen->der, name));
    return chosen->der;
}

} // namespace

QString suffix()
{
    return QStringLiteral("pykala-package");
}

Status recipientProblem(const Store &store, qint64 personId, const QString &name)
{
    const auto certificate = recipientCertificate(store, personId, name);
    if (!certificate)
        return Status::failure(certificate.error());
    return success();
}

Result<Disclosure> write(Store &store, const Meeting &meeting, const QString &path, const Options &options)
{
    const QFileInfo target(path);
    if (target.fileName().isEmpty() || target.isDir())
        return Failure{tr("Name the package file, e.g. -o \"KH 12-2026.%1\".").arg(suffix())};
    // Only an earlier package is replaced.
    if (target.exists() && !isPackageFile(path))
        return Failure{tr("%1 exists and is not a meeting package; it was left as it was. Choose another file name.")
                           .arg(QDir::toNativeSeparators(path))};
    if (!QDir(target.absolutePath()).exists())
        return Failure{tr("The folder %1 does not exist.").arg(QDir::toNativeSeparators(target.absolutePath()))};

    const auto reference = store.meetingReference(meeting);
    if (!reference)
        return Failure{reference.error()};
    const auto owners = MeetingSession::owners(store, meeting);
    if (!owners)
        return Failure{owners.error()};
    const Body &body = owners->body;
    const Language language = DocumentLanguage::of(owners->organisation, body);

    if (options.audience != Audience::Member && options.audience != Audience::Public)
        return Failure{tr("A meeting package is made for a member of the body or for the public, not for %1.")
                           .arg(Codes::code(options.audience))};
    QString recipient = options.recipient.simplified();
    QByteArray certificate;
    if (options.audience == Audience::Member) {
        if (recipient.isEmpty())
            return Failure{tr("A package for a member names the member: add --recipient NAME. A package for anyone "
                              "else is made with --for public.")};
        const auto person = entitledRecipient(store, meeting, body, recipient);
        if (!person)
            return Failure{person.error()};
        recipient = person->displayName();
        if (options.recipientCertificate.isEmpty()) {
            const auto registered = recipientCertificate(store, person->id, recipient);
            if (!registered)
                return Failure{registered.error()};
            certificate = *registered;
        } else {
            const auto given = CertificateFile::read(options.recipientCertificate);
            if (!given)
                return Failure{tr("The certificate given for %1 cannot be used: %2").arg(recipient, given.error())};
            PYKALA_TRY(PackageEnvelope::checkRecipient(given->der, recipient));
            certificate = given->der;
        }
        if (options.signer.trimmed().isEmpty())
            return Failure{tr("A member's package is signed by its maker: name your signing certificate with --cert "
                              "NICK ('pykala-cli certs' lists them).")};
    }

    const auto made = makeStore(store, meeting, *reference, target.absoluteFilePath(), options.audience, recipient,
                                language, body);
    if (!made)
        return Failure{made.error()};
    QByteArray bytes = made->image;
    if (options.audience == Audience::Member) {
        const auto sealed = PackageEnvelope::seal(made->image, options.signer.trimmed(), certificate, recipient);
        if (!sealed)
            return Failure{sealed.error()};
        bytes = *sealed;
    }

    removeLeftovers(target);
    const QString work = target.absoluteDir().filePath(workFolderPrefix(target)
                                                       + QStringLiteral("%1.%2.part")
                                                             .arg(QCoreApplication::applicationPid())
                                                             .arg(QUuid::createUuid().toString(QUuid::WithoutBraces)));
    // Made for its owner's eyes only as it is made (not made, then
    // narrowed): a run killed between the two would leave it open to others.
    if (!QDir().mkdir(work, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner))
        return Failure{tr("Could not make a working folder beside %1; check that the folder is writable.")
                           .arg(QDir::toNativeSeparators(path))};
    // Removes the working folder whatever happens below.
    struct WorkFolder
    {
        QString path;
        ~WorkFolder()
        {
            const QStringList inside = QDir(path).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot);
            for (const QString &file : inside)
                QFile::setPermissions(QDir(path).filePath(file), QFileDevice::ReadOwner | QFileDevice::WriteOwner);
            QDir(path).removeRecursively();
        }
    } workFolder{work};
    const QString partial = QDir(work).filePath(target.fileName());
    QFile file(partial);
    if (!file.open(QIODevice::WriteOnly) || !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)
        || file.write(bytes) != bytes.size() || !file.flush() || ::fsync(file.handle()) != 0) {
        const QString problem = file.errorString();
        file.close();
        QFile::remove(partial);
        return Failure{tr("The package could not be written beside %1: %2. Check that the folder is writable and has "
                          "room.")
                           .arg(QDir::toNativeSeparators(path), problem)};
    }
    file.close();
    // Read-only; a public package for anyone to read.
    file.setPermissions(options.audience == Audience::Member
                            ? QFileDevice::ReadOwner
                            : QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther);
    const PackageInfo *info = &made->info;

    Disclosure disclosure;
    disclosure.meetingId = meeting.id;
    disclosure.packageId = info->packageId;
    disclosure.audience = info->audience;
    disclosure.recipient = info->recipient;
    disclosure.sha256 = QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    disclosure.size = bytes.size();
    disclosure.madeAt = info->madeAt;
    disclosure.madeBy = info->madeBy;

    // Registered first: a package that exists was always registered. Should
    // the move then fail, the register names a package nobody received,
    // and the message says so.
    const auto id = store.addDisclosure(disclosure);
    if (!id)
        return Failure{id.error()};
    disclosure.id = *id;
    if (std::rename(QFile::encodeName(partial).constData(), QFile::encodeName(target.absoluteFilePath()).constData()) != 0) {
        return Failure{tr("The package could not be moved to %1, so it was not made; disclosure %2 in the register "
                          "names it all the same. Check that the folder is writable and make it again.")
                           .arg(QDir::toNativeSeparators(path))
                           .arg(disclosure.id)};
    }
    return disclosure;
}

Result<Opened> open(const QString &path, const QDate &today, bool *expired)
{
    if (expired)
        *expired = false;
    Opened opened;
    QFile file(path);
    if (!file.exists())
        return Failure{tr("There is no file %1.").arg(QDir::toNativeSeparators(path))};
    if (!file.open(QIODevice::ReadOnly))
        return Failure{tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString())};
    if (PackageEnvelope::isEnvelope(file.peek(64))) {
        // Read whole into memory, where it is decrypted: a file far larger
        // than any agenda is refused rather than read.
        constexpr qint64 largest = qint64(2) << 30;
        if (file.size() > largest)
            return Failure{tr("%1 is %2 MB, larger than a meeting package can be (2 GB); it is not opened.")
                               .arg(QDir::toNativeSeparators(path))
                               .arg(file.size() >> 20)};
        const QByteArray envelope = file.readAll();
        file.close();
        const auto unsealed = PackageEnvelope::open(envelope);
        if (!unsealed)
            return Failure{tr("%1: %2").arg(QFileInfo(path).fileName(), unsealed.error())};
        auto store = Store::openInMemory(unsealed->content, path);
        if (!store)
            return Failure{store.error()};
        opened.store = std::move(store.value());
        opened.encrypted = true;
        opened.signer = unsealed->signer;
        opened.signerIssuer = unsealed->signerIssuer;
        opened.signerTrusted = unsealed->signerTrusted;
        opened.signedAt = unsealed->signedAt;
    } else {
        file.close();
        auto store = Store::open(path, Store::Mode::ReadOnly);
        if (!store)
            return Failure{store.error()};
        opened.store = std::move(store.value());
    }
    const auto info = opened.store->packageInfo();
    if (!info)
        return Failure{info.error()};
    opened.info = *info;
    if (!opened.info)
        return opened;
    const PackageInfo &package = *opened.info;
    if (package.audience == Audience::Member && !opened.encrypted)
        return Failure{tr("%1 is a member's package that is not encrypted: it was taken out of the envelope it was "
                          "made in, so it is not opened. Ask for a new package.")
                           .arg(QDir::toNativeSeparators(path))};
    if (package.audience == Audience::Member && package.expires.isValid() && today > package.expires) {
        if (expired)
            *expired = true;
        return Failure{tr("The package %1 for %2 could be read until %3 and has expired. Delete it; the secretary can "
                          "make a new one if you still need it.")
                           .arg(package.meetingReference, package.recipient, package.expires.toString(Qt::ISODate))};
    }
    return opened;
}

} // namespace MeetingPackage
