#include "certificatefile.h"

#include <QCoreApplication>
#include <QSslCertificate>

namespace CertificateFile {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("CertificateFile", text);
}

} // namespace

Result<PersonCertificate> read(const QByteArray &bytes)
{
    if (bytes.size() > 64 * 1024)
        return Failure{tr("The file is %1 bytes: a certificate is a few kilobytes. Give the certificate itself, as "
                          "a .pem or .cer file.").arg(bytes.size())};
    const bool pem = bytes.contains("-----BEGIN");
    if (pem && bytes.contains("PRIVATE KEY-----"))
        return Failure{tr("The file holds a private key. Give only the certificate: a private key never leaves "
                          "its owner.")};
    const QList<QSslCertificate> found = QSslCertificate::fromData(bytes, pem ? QSsl::Pem : QSsl::Der);
    if (found.isEmpty() || found.first().isNull())
        return Failure{tr("The file is not an X.509 certificate (PEM or DER).")};
    if (found.size() > 1)
        return Failure{tr("The file holds %1 certificates; give the person's own certificate alone.").arg(found.size())};
    const QSslCertificate &certificate = found.first();
    PersonCertificate read;
    read.commonName = certificate.subjectInfo(QSslCertificate::CommonName).value(0);
    QStringList subject, issuer;
    for (const QByteArray &attribute : certificate.subjectInfoAttributes())
        subject << QStringLiteral("%1=%2").arg(QString::fromLatin1(attribute),
                                               certificate.subjectInfo(attribute).join(QStringLiteral("+")));
    for (const QByteArray &attribute : certificate.issuerInfoAttributes())
        issuer << QStringLiteral("%1=%2").arg(QString::fromLatin1(attribute),
                                              certificate.issuerInfo(attribute).join(QStringLiteral("+")));
    read.subject = subject.join(QStringLiteral(", "));
    read.issuer = issuer.join(QStringLiteral(", "));
    read.serialNumber = QString::fromLatin1(certificate.serialNumber()).remove(u':');
    read.validFrom = certificate.effectiveDate().toUTC();
    read.validUntil = certificate.expiryDate().toUTC();
    read.der = certificate.toDer();
    if (read.subject.isEmpty())
        return Failure{tr("The certificate names no subject.")};
    if (read.validUntil < QDateTime::currentDateTimeUtc())
        return Failure{tr("The certificate of %1 expired on %2; register the one in use now.")
                           .arg(read.commonName, read.validUntil.date().toString(Qt::ISODate))};
    return read;
}

} // namespace CertificateFile
