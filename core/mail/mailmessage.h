#pragma once

#include "model/result.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

// A mailbox: the name shown and the address itself.
struct MailAddress
{
    QString name;
    QString address;

    // The address as it may go into a message and the SMTP envelope:
    // trimmed, a domain in other scripts in its ASCII (IDNA) form. Refused,
    // with a message naming it, when it is not one address (no "@", spaces,
    // "<>", control characters), or when its part before the "@" is not
    // ASCII, which few servers accept (SMTPUTF8).
    static Result<QString> normalized(const QString &address);
    // "Kunnanhallitus <kirjaamo@kunta.fi>" or a bare address, as a user
    // types it; the address normalised.
    static Result<MailAddress> parse(const QString &text);
    // "Name <address>", or the address alone without a name.
    QString toString() const;
};

struct MailAttachment
{
    QString fileName;             // as the recipient sees it; may be in any script
    QByteArray contentType;       // "application/pdf"
    QByteArray data;
};

// One e-mail message, as RFC 5322 and MIME (RFC 2045–2047, 2231) want it:
// To names one recipient, so that nobody sees the others' addresses; the
// text goes as UTF-8 in quoted-printable, attachments in base64.
struct MailMessage
{
    MailAddress from;
    MailAddress to;
    QString subject;
    QString text;                 // plain text, lines ending in "\n" (the last one too, when sent)
    QList<MailAttachment> attachments;
    QDateTime date;               // the Date header; the time of toMime() when invalid
    QByteArray messageId;         // "<unique@sender.domain>"; made by toMime() when empty

    // The message as it goes over SMTP: headers and body, lines ending in
    // CRLF, none longer than 78 characters but for a very long address.
    // Refused when an address is not one (MailAddress::normalized).
    Result<QByteArray> toMime() const;
};

// The pieces of a MIME message, public for the tests that check them
// against the RFCs' examples.
namespace Mime {

// An unstructured header's text (Subject): as it is when it is printable
// ASCII with no word too long for a line, else as RFC 2047 encoded words
// ("=?UTF-8?B?…?="); folded onto lines of at most 78 characters after
// `nameLength` characters of "Name: ". Line breaks in the text become
// spaces.
QByteArray headerText(const QString &text, int nameLength);
// A mailbox for From or To: the name as an RFC 5322 phrase (quoted when
// it has specials, encoded words when it is not ASCII), then <address>.
QByteArray mailbox(const MailAddress &address, int nameLength);
// `name="value"`, or the RFC 2231 parameter `name*=UTF-8''…` for a value
// that is not ASCII or too long for a line (split into `name*0*=…;
// name*1*=…` when long).
QByteArray parameter(const QByteArray &name, const QString &value);
// Quoted-printable (RFC 2045 6.7) of UTF-8 text whose lines end in "\n":
// hard line breaks become CRLF, lines are at most 76 characters; a "." or
// "From " that begins a line is encoded too.
QByteArray quotedPrintable(const QString &text);
// Base64 in lines of 76 characters, each ending in CRLF.
QByteArray base64Lines(const QByteArray &data);
// "Mon, 11 May 2026 16:00:00 +0300", in English whatever the locale.
QByteArray date(const QDateTime &dateTime);

} // namespace Mime
