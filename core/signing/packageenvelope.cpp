// NSS first: its headers name a member "slots", which Qt defines as a
// keyword once QObject's header is in.
#include <cert.h>
#include <cms.h>
#include <keyhi.h>
#include <nss.h>
#include <pk11pub.h>
#include <prerror.h>
#include <secerr.h>
#include <sechash.h>

#include "packageenvelope.h"

#include <QCoreApplication>
#include <QFile>

#include <memory>

namespace PackageEnvelope {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("PackageEnvelope", text);
}

struct CertificateRelease
{
    void operator()(CERTCertificate *certificate) const { CERT_DestroyCertificate(certificate); }
};
using Certificate = std::unique_ptr<CERTCertificate, CertificateRelease>;

struct MessageRelease
{
    void operator()(NSSCMSMessage *message) const { NSS_CMSMessage_Destroy(message); }
};
using Message = std::unique_ptr<NSSCMSMessage, MessageRelease>;

struct ArenaRelease
{
    void operator()(PLArenaPool *arena) const { PORT_FreeArena(arena, PR_FALSE); }
};
using Arena = std::unique_ptr<PLArenaPool, ArenaRelease>;

struct PublicKeyRelease
{
    void operator()(SECKEYPublicKey *key) const { SECKEY_DestroyPublicKey(key); }
};
struct PrivateKeyRelease
{
    void operator()(SECKEYPrivateKey *key) const { SECKEY_DestroyPrivateKey(key); }
};

SECItem itemOf(const QByteArray &bytes)
{
    SECItem item;
    item.type = siBuffer;
    item.data = reinterpret_cast<unsigned char *>(const_cast<char *>(bytes.constData()));
    item.len = unsigned(bytes.size());
    return item;
}

QString nssError()
{
    const PRErrorCode code = PR_GetError();
    const char *name = PR_ErrorToName(code);
    return name ? QString::fromLatin1(name) : QString::number(code);
}

Status nssReady()
{
    if (!NSS_IsInitialized())
        return Status::failure(tr("No certificate database is in use; choose one first (--nssdb)."));
    return success();
}

QString commonName(const CERTName *name)
{
    char *text = CERT_GetCommonName(name);
    const QString result = text ? QString::fromUtf8(text) : QString();
    PORT_Free(text);
    return result;
}

Result<Certificate> certificateOf(const QByteArray &der)
{
    SECItem item = itemOf(der);
    Certificate certificate(CERT_NewTempCertificate(CERT_GetDefaultCertDB(), &item, nullptr, PR_FALSE, PR_TRUE));
    if (!certificate)
        return Failure{tr("The certificate could not be read (%1).").arg(nssError())};
    return certificate;
}

// Content goes through NSS's coders a megabyte at a time, and comes out
// appended to a QByteArray: a package of hundreds of megabytes is never
// copied whole within NSS's arenas.
constexpr qsizetype chunkSize = 1 << 20;

void collect(void *bytes, const char *data, unsigned long length)
{
    static_cast<QByteArray *>(bytes)->append(data, qsizetype(length));
}

// The message encoded around `content`.
Result<QByteArray> encoded(NSSCMSMessage *message, const QByteArray &content, const QString &what)
{
    QByteArray output;
    output.reserve(content.size() + 64 * 1024);
    NSSCMSEncoderContext *encoder = NSS_CMSEncoder_Start(message, collect, &output, nullptr, nullptr, nullptr, nullptr,
                                                         nullptr, nullptr, nullptr, nullptr);
    if (!encoder)
        return Failure{what.arg(nssError())};
    for (qsizetype at = 0; at < content.size(); at += chunkSize) {
        if (NSS_CMSEncoder_Update(encoder, content.constData() + at, (unsigned long)qMin(chunkSize, content.size() - at))
            != SECSuccess) {
            const QString problem = nssError();
            NSS_CMSEncoder_Cancel(encoder);
            return Failure{what.arg(problem)};
        }
    }
    if (NSS_CMSEncoder_Finish(encoder) != SECSuccess)
        return Failure{what.arg(nssError())};
    return output;
}

// The message in `der`, its inner content delivered into `content`; null
// when it cannot be decoded (PR_GetError says why).
Message decoded(const QByteArray &der, QByteArray *content)
{
    content->clear();
    NSSCMSDecoderContext *decoder = NSS_CMSDecoder_Start(nullptr, collect, content, nullptr, nullptr, nullptr, nullptr);
    if (!decoder)
        return nullptr;
    for (qsizetype at = 0; at < der.size(); at += chunkSize) {
        if (NSS_CMSDecoder_Update(decoder, der.constData() + at, (unsigned long)qMin(chunkSize, der.size() - at))
            != SECSuccess) {
            const PRErrorCode code = PR_GetError();
            NSS_CMSDecoder_Cancel(decoder);
            PR_SetError(code, 0);
            return nullptr;
        }
    }
    return Message(NSS_CMSDecoder_Finish(decoder));
}

} // namespace

bool isEnvelope(const QByteArray &head)
{
    // A ContentInfo: a SEQUENCE whose first element is the OID of
    // envelopedData (1.2.840.113549.1.7.3), within its first bytes whatever
    // the length's encoding. A store begins "SQLite format 3".
    static const QByteArray envelopedData = QByteArray::fromHex("06092a864886f70d010703");
    return head.startsWith('\x30') && head.left(16).contains(envelopedData);
}

bool isEnvelopeFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) && isEnvelope(file.read(64));
}

Status checkRecipient(const QByteArray &der, const QString &holder)
{
    PYKALA_TRY(nssReady());
    const auto certificate = certificateOf(der);
    if (!certificate)
        return Status::failure(tr("The encryption certificate of %1 could not be read: %2").arg(holder, certificate.error()));
    CERTCertificate *cert = certificate->get();
    const std::unique_ptr<SECKEYPublicKey, PublicKeyRelease> key(CERT_ExtractPublicKey(cert));
    if (!key || SECKEY_GetPublicKeyType(key.get()) != rsaKey)
        return Status::failure(tr("The encryption certificate of %1 (%2) holds no RSA key, and packages are encrypted "
                                  "for RSA keys only (NSS here has no elliptic-curve key agreement). Register the "
                                  "person's RSA encryption certificate.")
                                   .arg(holder, commonName(&cert->subject)));
    if (CERT_CheckCertValidTimes(cert, PR_Now(), PR_FALSE) != secCertTimeValid) {
        PRTime from = 0;
        PRTime until = 0;
        CERT_GetCertTimes(cert, &from, &until);
        const QDateTime end = QDateTime::fromMSecsSinceEpoch(until / 1000, Qt::UTC);
        const QDateTime start = QDateTime::fromMSecsSinceEpoch(from / 1000, Qt::UTC);
        return Status::failure(tr("The encryption certificate of %1 is valid from %2 to %3, not today. Register the "
                                  "person's current certificate.")
                                   .arg(holder, start.toString(Qt::ISODate), end.toString(Qt::ISODate)));
    }
    if (cert->keyUsagePresent && (cert->keyUsage & KU_KEY_ENCIPHERMENT) == 0)
        return Status::failure(tr("The certificate of %1 (%2) is not for encryption: its key usage does not allow key "
                                  "encipherment. Register the person's encryption certificate (on a Finnish identity "
                                  "card, the authentication certificate).")
                                   .arg(holder, commonName(&cert->subject)));
    return success();
}

Result<QByteArray> seal(const QByteArray &content, const QString &signerNickname, const QByteArray &recipientDer,
                        const QString &holder)
{
    PYKALA_TRY(checkRecipient(recipientDer, holder));
    Certificate signer(PK11_FindCertFromNickname(signerNickname.toUtf8().constData(), nullptr));
    if (!signer)
        return Failure{tr("There is no certificate %1 in the certificate database; 'pykala-cli certs' lists those "
                          "you can sign with.")
                           .arg(signerNickname)};
    if (CERT_CheckCertValidTimes(signer.get(), PR_Now(), PR_FALSE) != secCertTimeValid)
        return Failure{tr("The certificate %1 is not valid today, so it cannot sign the package.").arg(signerNickname)};
    {
        const std::unique_ptr<SECKEYPrivateKey, PrivateKeyRelease> key(PK11_FindKeyByAnyCert(signer.get(), nullptr));
        if (!key)
            return Failure{tr("The key of the certificate %1 could not be used: the password may be wrong, or the card "
                              "holding it not inserted.")
                               .arg(signerNickname)};
    }

    // SignedData holding the content.
    QByteArray signedContent;
    {
        Message message(NSS_CMSMessage_Create(nullptr));
        NSSCMSSignedData *signedData = message ? NSS_CMSSignedData_Create(message.get()) : nullptr;
        NSSCMSSignerInfo *signerInfo =
            signedData ? NSS_CMSSignerInfo_Create(message.get(), signer.get(), SEC_OID_SHA256) : nullptr;
        const bool built = signerInfo
            && NSS_CMSContentInfo_SetContent_SignedData(message.get(), NSS_CMSMessage_GetContentInfo(message.get()),
                                                        signedData) == SECSuccess
            && NSS_CMSContentInfo_SetContent_Data(message.get(), NSS_CMSSignedData_GetContentInfo(signedData), nullptr,
                                                  PR_FALSE) == SECSuccess
            && NSS_CMSSignerInfo_IncludeCerts(signerInfo, NSSCMSCM_CertOnly, certUsageEmailSigner) == SECSuccess
            && NSS_CMSSignerInfo_AddSigningTime(signerInfo, PR_Now()) == SECSuccess
            && NSS_CMSSignedData_AddSignerInfo(signedData, signerInfo) == SECSuccess;
        if (!built)
            return Failure{tr("The package could not be signed (%1).").arg(nssError())};
        const auto encodedSigned = encoded(message.get(), content, tr("The package could not be signed (%1)."));
        if (!encodedSigned)
            return encodedSigned;
        signedContent = *encodedSigned;
    }

    // EnvelopedData holding the signed content, for the recipient.
    const auto recipient = certificateOf(recipientDer);
    if (!recipient)
        return Failure{recipient.error()};
    Message message(NSS_CMSMessage_Create(nullptr));
    NSSCMSEnvelopedData *envelopedData =
        message ? NSS_CMSEnvelopedData_Create(message.get(), SEC_OID_AES_256_CBC, 256) : nullptr;
    NSSCMSRecipientInfo *recipientInfo =
        envelopedData ? NSS_CMSRecipientInfo_Create(message.get(), recipient->get()) : nullptr;
    const bool built = recipientInfo
        && NSS_CMSContentInfo_SetContent_EnvelopedData(message.get(), NSS_CMSMessage_GetContentInfo(message.get()),
                                                       envelopedData) == SECSuccess
        && NSS_CMSEnvelopedData_AddRecipient(envelopedData, recipientInfo) == SECSuccess
        && NSS_CMSContentInfo_SetContent_Data(message.get(), NSS_CMSEnvelopedData_GetContentInfo(envelopedData),
                                              nullptr, PR_FALSE) == SECSuccess;
    if (!built)
        return Failure{tr("The package could not be encrypted for %1 (%2).").arg(holder, nssError())};
    return encoded(message.get(), signedContent, tr("The package could not be encrypted (%1)."));
}

Result<Opened> open(const QByteArray &envelope)
{
    PYKALA_TRY(nssReady());
    // Logged in to the database and every card first: NSS finds a
    // recipient's key on a token only once logged in, and does not log in
    // itself where the certificates can be read without.
    bool loginFailed = false;
    if (PK11SlotList *tokens = PK11_GetAllTokens(CKM_INVALID_MECHANISM, PR_FALSE, PR_TRUE, nullptr)) {
        for (PK11SlotListElement *slot = tokens->head; slot; slot = slot->next) {
            if (PK11_NeedLogin(slot->slot) && !PK11_IsLoggedIn(slot->slot, nullptr)
                && PK11_Authenticate(slot->slot, PR_TRUE, nullptr) != SECSuccess)
                loginFailed = true;
        }
        PK11_FreeSlotList(tokens);
    }
    const QString damaged =
        tr("The package cannot be opened: it is damaged or was changed after it was made (%1). Ask for a new package.");
    QByteArray signedContent;
    const Message outer = decoded(envelope, &signedContent);
    if (!outer) {
        const PRErrorCode code = PR_GetError();
        if (code == SEC_ERROR_NOT_A_RECIPIENT && loginFailed)
            return Failure{tr("Your key could not be used: the password may be wrong, or the card holding it not "
                              "inserted.")};
        if (code == SEC_ERROR_NOT_A_RECIPIENT)
            return Failure{tr("The package is not for any key you hold: it was encrypted for another person's "
                              "certificate, or your key is on a card that is not inserted. Open it with the "
                              "certificate database (or card) holding your key.")};
        if (code == SEC_ERROR_BAD_PASSWORD || code == SEC_ERROR_TOKEN_NOT_LOGGED_IN || code == SEC_ERROR_NO_TOKEN)
            return Failure{tr("Your key could not be used: the password may be wrong, or the card holding it not "
                              "inserted.")};
        return Failure{damaged.arg(nssError())};
    }
    // Two levels: the envelope, and the data in it.
    if (NSS_CMSMessage_ContentLevelCount(outer.get()) != 2
        || NSS_CMSContentInfo_GetContentTypeTag(NSS_CMSMessage_ContentLevel(outer.get(), 0))
            != SEC_OID_PKCS7_ENVELOPED_DATA
        || NSS_CMSContentInfo_GetContentTypeTag(NSS_CMSMessage_ContentLevel(outer.get(), 1)) != SEC_OID_PKCS7_DATA)
        return Failure{damaged.arg(tr("not an encrypted package"))};
    if (signedContent.isEmpty())
        return Failure{damaged.arg(tr("nothing inside"))};

    QByteArray bytes;
    const Message inner = decoded(signedContent, &bytes);
    signedContent.clear();
    if (!inner || NSS_CMSMessage_ContentLevelCount(inner.get()) != 2
        || NSS_CMSContentInfo_GetContentTypeTag(NSS_CMSMessage_ContentLevel(inner.get(), 0)) != SEC_OID_PKCS7_SIGNED_DATA)
        return Failure{damaged.arg(tr("not signed"))};
    auto *signedData =
        static_cast<NSSCMSSignedData *>(NSS_CMSContentInfo_GetContent(NSS_CMSMessage_ContentLevel(inner.get(), 0)));
    if (!signedData || NSS_CMSSignedData_SignerInfoCount(signedData) != 1)
        return Failure{damaged.arg(tr("not one signature"))};
    NSSCMSContentInfo *content = NSS_CMSSignedData_GetContentInfo(signedData);
    if (bytes.isEmpty() || NSS_CMSContentInfo_GetContentTypeTag(content) != SEC_OID_PKCS7_DATA)
        return Failure{damaged.arg(tr("nothing signed"))};

    CERTCertDBHandle *database = CERT_GetDefaultCertDB();
    if (NSS_CMSSignedData_ImportCerts(signedData, database, certUsageEmailSigner, PR_FALSE) != SECSuccess)
        return Failure{damaged.arg(nssError())};
    NSSCMSSignerInfo *signerInfo = NSS_CMSSignedData_GetSignerInfo(signedData, 0);
    CERTCertificate *signer = NSS_CMSSignerInfo_GetSigningCertificate(signerInfo, database);
    if (!signer)
        return Failure{damaged.arg(tr("the signer's certificate is missing"))};

    // The signature over the content as it is, whatever the database makes
    // of the signer.
    const SECOidTag digestAlgorithm = SECOID_GetAlgorithmTag(&signerInfo->digestAlg);
    unsigned char digest[HASH_LENGTH_MAX];
    const HASH_HashType hashType = HASH_GetHashTypeByOidTag(digestAlgorithm);
    const unsigned digestLength = HASH_ResultLen(hashType);
    if (hashType == HASH_AlgNULL || digestLength == 0
        || PK11_HashBuf(digestAlgorithm, digest, reinterpret_cast<const unsigned char *>(bytes.constData()),
                        PRInt32(bytes.size()))
            != SECSuccess)
        return Failure{damaged.arg(tr("unknown digest"))};
    SECItem digestItem{siBuffer, digest, digestLength};
    if (NSS_CMSSignerInfo_Verify(signerInfo, &digestItem, &content->contentType) != SECSuccess
        || NSS_CMSSignerInfo_GetVerificationStatus(signerInfo) != NSSCMSVS_GoodSignature)
        return Failure{damaged.arg(tr("the signature does not verify"))};

    Opened opened;
    opened.content = bytes;
    opened.signer = commonName(&signer->subject);
    opened.signerIssuer = commonName(&signer->issuer);
    opened.signerTrusted =
        CERT_VerifyCertificateNow(database, signer, PR_TRUE, certificateUsageEmailSigner, nullptr, nullptr) == SECSuccess;
    PRTime signingTime = 0;
    if (NSS_CMSSignerInfo_GetSigningTime(signerInfo, &signingTime) == SECSuccess)
        opened.signedAt = QDateTime::fromMSecsSinceEpoch(signingTime / 1000, Qt::UTC);
    return opened;
}

} // namespace PackageEnvelope
