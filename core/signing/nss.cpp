#include "nss.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSet>

#include <memory>

#include <poppler-form.h>

#include <cstring>

namespace Nss {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Nss", text);
}

} // namespace

QString defaultDatabase()
{
    return QDir::home().filePath(QStringLiteral(".pki/nssdb"));
}

Status useDatabase(const QString &directory)
{
    const QFileInfo database(QDir(directory).filePath(QStringLiteral("cert9.db")));
    if (!database.isFile())
        return Failure{tr("There is no NSS certificate database in %1. Make one with 'certutil -N -d sql:%1' and import "
                          "certificates with 'pk12util -i FILE.p12 -d sql:%1', or give another with --nssdb.")
                           .arg(QDir::toNativeSeparators(directory))};
    Poppler::setNSSDir(QStringLiteral("sql:") + QFileInfo(directory).absoluteFilePath());
    return success();
}

bool Certificate::currentlyValid() const
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    return validFrom <= now && now <= validUntil;
}

QList<Certificate> certificates()
{
    QList<Certificate> list;
    const QVector<Poppler::CertificateInfo> available = Poppler::getAvailableSigningCertificates();
    for (const Poppler::CertificateInfo &info : available)
        list.append({info.nickName(), info.subjectInfo(Poppler::CertificateInfo::CommonName),
                     info.issuerInfo(Poppler::CertificateInfo::CommonName), info.validityStart(), info.validityEnd(),
                     info.certificateData()});
    return list;
}

void setPasswordSource(const std::function<std::optional<QString>(const QString &what)> &ask)
{
    // NSS asks again as long as the answer is wrong: each database or token
    // is answered once, then the request is cancelled.
    auto asked = std::make_shared<QSet<QString>>();
    Poppler::setNSSPasswordCallback([ask, asked](const char *what) -> char * {
        const QString token = QString::fromUtf8(what);
        if (asked->contains(token))
            return nullptr;
        asked->insert(token);
        const std::optional<QString> password = ask(token);
        // NSS frees the answer with free().
        return password ? strdup(password->toUtf8().constData()) : nullptr;
    });
}

} // namespace Nss
