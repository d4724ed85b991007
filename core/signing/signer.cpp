#include "signer.h"

#include "nss.h"

#include "documents/officialdocument.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QUuid>

#include <poppler-form.h>
#include <poppler-qt6.h>

namespace Signer {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Signer", text);
}

} // namespace

Result<Verification::Report> sign(const QString &input, const QString &output, const Request &request)
{
    const QList<Nss::Certificate> certificates = Nss::certificates();
    const auto certificate = std::find_if(certificates.cbegin(), certificates.cend(),
                                          [&](const Nss::Certificate &c) { return c.nickname == request.certificate; });
    if (certificate == certificates.cend())
        return Failure{tr("No certificate \"%1\" with its key can be used: the password may be wrong, the token not "
                          "inserted, or the certificate not in the database. 'pykala-cli certs' lists the usable ones.")
                           .arg(request.certificate)};
    if (!certificate->currentlyValid())
        return Failure{tr("The certificate \"%1\" is valid from %2 to %3, not today: it cannot sign.")
                           .arg(certificate->nickname, certificate->validFrom.date().toString(Qt::ISODate),
                                certificate->validUntil.date().toString(Qt::ISODate))};
    if (QFileInfo(input).absoluteFilePath() == QFileInfo(output).absoluteFilePath())
        return Failure{tr("Write the signed document to another file than %1.").arg(input)};

    const std::unique_ptr<Poppler::Document> document = Poppler::Document::load(input);
    if (!document)
        return Failure{tr("%1 is not a PDF document that can be read.").arg(input)};
    if (document->isLocked())
        return Failure{tr("%1 is encrypted; signed minutes are never encrypted.").arg(input)};
    const int slot = int(document->signatures().size());
    if (slot >= OfficialDocument::signatureSlots)
        return Failure{tr("The document already has %1 signatures, all the signature page has room for.").arg(slot)};

    const QDateTime now = QDateTime::currentDateTime();
    Poppler::PDFConverter::NewSignatureData data;
    data.setCertNickname(request.certificate);
    if (request.password)
        data.setPassword(*request.password);
    data.setPage(document->numPages() - 1);
    data.setBoundingRectangle(OfficialDocument::signatureSlot(slot));
    data.setFieldPartialName(request.commitment.isEmpty()
                                 ? QStringLiteral("signature-%1").arg(slot + 1)
                                 : QStringLiteral("signature-%1-%2").arg(slot + 1).arg(request.commitment));
    data.setSignatureLeftText(certificate->subject);
    data.setLeftFontSize(13);
    // One line, wrapped by Poppler: a line break would send it looking for
    // a font for the control character.
    data.setSignatureText(QStringLiteral("%1, %2").arg(request.role, now.toString(QStringLiteral("d.M.yyyy H.mm"))));
    data.setFontSize(9);
    data.setFontColor(Qt::black);
    data.setBorderColor(QColor(0x55, 0x55, 0x55));
    data.setBorderWidth(0.75);
    data.setBackgroundColor(Qt::white);
    data.setReason(request.role);
    data.setLocation(request.location);

    // Written beside the output, verified, and only then put in its place.
    const QString part = QDir(QFileInfo(output).absolutePath())
                             .filePath(QStringLiteral(".%1.%2.part")
                                           .arg(QFileInfo(output).fileName(), QUuid::createUuid().toString(QUuid::Id128)));
    const std::unique_ptr<Poppler::PDFConverter> converter = document->pdfConverter();
    converter->setOutputFileName(part);
    converter->setPDFOptions(Poppler::PDFConverter::WithChanges);
    if (!converter->sign(data)) {
        QFile::remove(part);
        return Failure{tr("Signing with \"%1\" failed: the password is wrong, the key cannot be used, or %2 cannot be "
                          "written.")
                           .arg(request.certificate, QFileInfo(output).absolutePath())};
    }
    const auto report = Verification::verify(part);
    if (!report || !report->ok) {
        QFile::remove(part);
        return Failure{tr("The signed document did not verify, so it was not kept: %1")
                           .arg(report ? report->verdict : report.error())};
    }
    // An earlier file of that name is set aside until the new one is in place.
    const QString previous = part + QStringLiteral(".previous");
    if (QFile::exists(output) && !QFile::rename(output, previous)) {
        QFile::remove(part);
        return Failure{tr("Could not replace %1.").arg(output)};
    }
    if (!QFile::rename(part, output)) {
        QFile::remove(part);
        QFile::rename(previous, output);
        return Failure{tr("Could not write %1.").arg(output)};
    }
    QFile::remove(previous);
    return *report;
}

} // namespace Signer
