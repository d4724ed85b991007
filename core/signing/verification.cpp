#include "verification.h"

#include <QCoreApplication>
#include <QHash>
#include <QFile>

#include <poppler-form.h>
#include <poppler-qt6.h>

#include <algorithm>

namespace Verification {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Verification", text);
}

QString cryptographicCode(Poppler::SignatureValidationInfo::SignatureStatus status)
{
    using S = Poppler::SignatureValidationInfo;
    switch (status) {
    case S::SignatureValid: return QStringLiteral("valid");
    case S::SignatureInvalid: return QStringLiteral("invalid");
    case S::SignatureDigestMismatch: return QStringLiteral("digest-mismatch");
    case S::SignatureDecodingError: return QStringLiteral("decoding-error");
    case S::SignatureGenericError: return QStringLiteral("generic-error");
    case S::SignatureNotFound: return QStringLiteral("not-found");
    case S::SignatureNotVerified: return QStringLiteral("not-verified");
    }
    return QStringLiteral("generic-error");
}

QString certificateCode(Poppler::SignatureValidationInfo::CertificateStatus status)
{
    using S = Poppler::SignatureValidationInfo;
    switch (status) {
    case S::CertificateTrusted: return QStringLiteral("trusted");
    case S::CertificateUntrustedIssuer: return QStringLiteral("untrusted-issuer");
    case S::CertificateUnknownIssuer: return QStringLiteral("unknown-issuer");
    case S::CertificateRevoked: return QStringLiteral("revoked");
    case S::CertificateExpired: return QStringLiteral("expired");
    case S::CertificateGenericError: return QStringLiteral("generic-error");
    case S::CertificateNotVerified: return QStringLiteral("not-verified");
    }
    return QStringLiteral("generic-error");
}

QString hashName(Poppler::SignatureValidationInfo::HashAlgorithm algorithm)
{
    using S = Poppler::SignatureValidationInfo;
    switch (algorithm) {
    case S::HashAlgorithmMd2: return QStringLiteral("MD2");
    case S::HashAlgorithmMd5: return QStringLiteral("MD5");
    case S::HashAlgorithmSha1: return QStringLiteral("SHA-1");
    case S::HashAlgorithmSha256: return QStringLiteral("SHA-256");
    case S::HashAlgorithmSha384: return QStringLiteral("SHA-384");
    case S::HashAlgorithmSha512: return QStringLiteral("SHA-512");
    case S::HashAlgorithmSha224: return QStringLiteral("SHA-224");
    case S::HashAlgorithmUnknown: break;
    }
    return QStringLiteral("unknown");
}

// Whether the bytes before `end` close a revision: "%%EOF" and its line end.
bool endsRevision(const QByteArray &bytes, qint64 end)
{
    if (end <= 0 || end > bytes.size())
        return false;
    QByteArray before = bytes.left(end);
    while (before.endsWith('\n') || before.endsWith('\r'))
        before.chop(1);
    return before.endsWith("%%EOF");
}

} // namespace

QString signatureStatusText(const QString &code)
{
    static const QHash<QString, const char *> words{
        {QStringLiteral("valid"), QT_TRANSLATE_NOOP("Verification", "valid")},
        {QStringLiteral("invalid"), QT_TRANSLATE_NOOP("Verification", "not valid")},
        {QStringLiteral("digest-mismatch"), QT_TRANSLATE_NOOP("Verification", "the document was changed after signing")},
        {QStringLiteral("decoding-error"), QT_TRANSLATE_NOOP("Verification", "the signature cannot be read")},
        {QStringLiteral("generic-error"), QT_TRANSLATE_NOOP("Verification", "the signature could not be checked")},
        {QStringLiteral("not-found"), QT_TRANSLATE_NOOP("Verification", "the signature is missing")},
        {QStringLiteral("not-verified"), QT_TRANSLATE_NOOP("Verification", "the signature was not checked")},
    };
    const auto found = words.constFind(code);
    return found == words.cend() ? code : tr(*found);
}

QString certificateStatusText(const QString &code)
{
    static const QHash<QString, const char *> words{
        {QStringLiteral("trusted"), QT_TRANSLATE_NOOP("Verification", "trusted certificate")},
        {QStringLiteral("untrusted-issuer"), QT_TRANSLATE_NOOP("Verification", "certificate issued by an authority not trusted here")},
        {QStringLiteral("unknown-issuer"), QT_TRANSLATE_NOOP("Verification", "certificate issued by an unknown authority")},
        {QStringLiteral("revoked"), QT_TRANSLATE_NOOP("Verification", "certificate revoked")},
        {QStringLiteral("expired"), QT_TRANSLATE_NOOP("Verification", "certificate expired")},
        {QStringLiteral("generic-error"), QT_TRANSLATE_NOOP("Verification", "the certificate could not be checked")},
        {QStringLiteral("not-verified"), QT_TRANSLATE_NOOP("Verification", "the certificate was not checked")},
    };
    const auto found = words.constFind(code);
    return found == words.cend() ? code : tr(*found);
}

QString statusText(const Signature &signature)
{
    if (signature.valid())
        return tr("valid");
    QStringList wrong;
    if (signature.cryptographicStatus != u"valid")
        wrong << signatureStatusText(signature.cryptographicStatus);
    if (signature.certificateStatus != u"trusted")
        wrong << certificateStatusText(signature.certificateStatus);
    if (!signature.coversRevision)
        wrong << tr("does not cover its revision");
    return tr("NOT valid: %1").arg(wrong.join(QStringLiteral("; ")));
}

Result<Report> verify(const QString &file)
{
    QFile input(file);
    if (!input.open(QIODevice::ReadOnly))
        return Failure{tr("Cannot read %1: %2").arg(file, input.errorString())};
    return verifyData(input.readAll(), file);
}

Result<Report> verifyData(const QByteArray &bytes, const QString &file)
{
    const std::unique_ptr<Poppler::Document> document = Poppler::Document::loadFromData(bytes);
    if (!document)
        return Failure{tr("%1 is not a PDF document that can be read.").arg(file)};
    if (document->isLocked())
        return Failure{tr("%1 is encrypted; signed minutes are never encrypted.").arg(file)};

    Report report;
    const auto fields = document->signatures();
    for (const auto &field : fields) {
        // The certificate as it was when the signature was made: minutes are
        // kept for ever, certificates expire. First the signing time, then
        // the check as pdfsig makes it by default. (With Poppler 22.12,
        // turning the OCSP revocation check off makes every certificate a
        // "generic error"; certificates without an OCSP address are checked
        // offline anyway.)
        const time_t signedAt = field->validate(Poppler::FormFieldSignature::ValidateOptions()).signingTime();
        const Poppler::SignatureValidationInfo info = field->validate(
            Poppler::FormFieldSignature::ValidateVerifyCertificate | Poppler::FormFieldSignature::ValidateForceRevalidation,
            signedAt > 0 ? QDateTime::fromSecsSinceEpoch(signedAt, Qt::UTC) : QDateTime::currentDateTimeUtc());
        Signature signature;
        signature.field = field->fullyQualifiedName();
        signature.signer = info.signerName();
        signature.signerDn = info.signerSubjectDN();
        signature.certificate = info.certificateInfo().certificateData();
        signature.role = info.reason();
        signature.location = info.location();
        if (info.signingTime() > 0)
            signature.time = QDateTime::fromSecsSinceEpoch(info.signingTime(), Qt::UTC);
        signature.hashAlgorithm = hashName(info.hashAlgorithm());
        const QList<qint64> ranges = info.signedRangeBounds();
        signature.revisionEnd = ranges.isEmpty() ? 0 : ranges.last();
        signature.coversRevision = ranges.size() == 4 && ranges.first() == 0 && endsRevision(bytes, ranges.last());
        signature.coversWholeFile = signature.coversRevision && ranges.last() == bytes.size() && info.signsTotalDocument();
        signature.cryptographicStatus = cryptographicCode(info.signatureStatus());
        signature.certificateStatus = certificateCode(info.certificateStatus());
        report.signatures.append(signature);
    }
    // In the order they were made: each signs a longer part of the file.
    std::stable_sort(report.signatures.begin(), report.signatures.end(),
                     [](const Signature &a, const Signature &b) { return a.revisionEnd < b.revisionEnd; });

    if (report.signatures.isEmpty()) {
        report.verdict = tr("The document has no signatures.");
        return report;
    }
    const auto invalid = std::find_if(report.signatures.cbegin(), report.signatures.cend(),
                                      [](const Signature &s) { return !s.valid(); });
    if (invalid != report.signatures.cend()) {
        if (invalid->cryptographicStatus == u"digest-mismatch")
            report.verdict = tr("The signature of %1 does not match the document: it was changed after signing.")
                                 .arg(invalid->signer);
        else if (invalid->cryptographicStatus != u"valid")
            report.verdict = tr("The signature of %1 is not valid (%2).")
                                 .arg(invalid->signer, signatureStatusText(invalid->cryptographicStatus));
        else if (invalid->certificateStatus != u"trusted")
            report.verdict = tr("The certificate of %1 is not trusted (%2): its issuer is not among the trusted ones of "
                                "the certificate database, or it has expired or been revoked.")
                                 .arg(invalid->signer, certificateStatusText(invalid->certificateStatus));
        else
            report.verdict = tr("The signature of %1 does not cover its revision of the document.").arg(invalid->signer);
        return report;
    }
    if (!report.signatures.last().coversWholeFile) {
        report.verdict = tr("The document was changed after the last signature (by %1): a later revision is not signed.")
                             .arg(report.signatures.last().signer);
        return report;
    }
    report.ok = true;
    report.verdict = report.signatures.size() == 1
        ? tr("The signature is valid and covers the whole document.")
        : tr("All %1 signatures are valid, and the last covers the whole document.").arg(report.signatures.size());
    return report;
}

} // namespace Verification
