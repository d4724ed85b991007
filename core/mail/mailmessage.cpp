#include "mailmessage.h"

#include <QCoreApplication>
#include <QRandomGenerator>
#include <QUrl>

#include <algorithm>

namespace {

constexpr int maxLine = 78;              // RFC 5322 2.1.1: lines "SHOULD" not be longer
constexpr int maxEncodedLine = 76;       // RFC 2047 2: a line with encoded words
constexpr int encodedWordFrame = 12;     // "=?UTF-8?B?" and "?="

bool isPrintableAscii(const QString &text)
{
    for (const QChar c : text) {
        if (c.unicode() < 0x20 || c.unicode() > 0x7e)
            return false;
    }
    return true;
}

// Whether `text` can go as it is, folded between its words: printable
// ASCII, nothing that looks like an encoded word, and no word too long for
// a line.
bool foldable(const QString &text)
{
    const QStringList words = text.split(u' ');
    return isPrintableAscii(text) && !text.contains(QStringLiteral("=?"))
        && std::none_of(words.cbegin(), words.cend(), [](const QString &word) { return word.size() > 60; });
}

// Control characters (a line break in a subject or a name) would start a
// header of their own: they become spaces.
QString oneLine(const QString &text)
{
    QString line = text;
    for (QChar &c : line) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            c = u' ';
    }
    return line.simplified();
}

// RFC 2047 encoded words of `text` in UTF-8 and base64, each on a line of
// its own after the first, whose room is `firstRoom` characters; a
// character's bytes are never split between words.
QByteArray encodedWords(const QString &text, int firstRoom)
{
    auto bytesFor = [](int room) { return std::max(3, (room - encodedWordFrame) / 4 * 3); };
    QByteArray out;
    QByteArray chunk;
    int limit = bytesFor(firstRoom);
    auto flush = [&] {
        if (chunk.isEmpty())
            return;
        if (!out.isEmpty())
            out += "\r\n ";
        out += "=?UTF-8?B?" + chunk.toBase64() + "?=";
        chunk.clear();
        limit = bytesFor(maxEncodedLine - 1);
    };
    for (int i = 0; i < text.size();) {
        const int length = text.at(i).isHighSurrogate() && i + 1 < text.size() ? 2 : 1;
        const QByteArray character = text.mid(i, length).toUtf8();
        if (chunk.size() + character.size() > limit)
            flush();
        chunk += character;
        i += length;
    }
    flush();
    return out;
}

// ASCII words folded onto lines of at most 78 characters, the first after
// `used` characters.
QByteArray foldedWords(const QString &text, int used)
{
    QByteArray out;
    int column = used;
    const QStringList words = text.split(u' ', Qt::SkipEmptyParts);
    for (const QString &word : words) {
        const QByteArray bytes = word.toLatin1();
        if (out.isEmpty()) {
            out = bytes;
            column += bytes.size();
        } else if (column + 1 + bytes.size() > maxLine) {
            out += "\r\n " + bytes;
            column = 1 + bytes.size();
        } else {
            out += ' ' + bytes;
            column += 1 + bytes.size();
        }
    }
    return out;
}

// How many characters the last line of a folded header value has.
int lastLineLength(const QByteArray &value, int used)
{
    const int lineBreak = value.lastIndexOf("\r\n");
    return lineBreak < 0 ? used + int(value.size()) : int(value.size()) - lineBreak - 2;
}

QByteArray randomHex(int bytes)
{
    QByteArray random;
    while (random.size() < bytes) {
        const quint32 value = QRandomGenerator::system()->generate();
        random.append(reinterpret_cast<const char *>(&value), sizeof value);
    }
    return random.left(bytes).toHex();
}

QString tr(const char *text)
{
    return QCoreApplication::translate("MailAddress", text);
}

} // namespace

Result<QString> MailAddress::normalized(const QString &address)
{
    const QString trimmed = address.trimmed();
    if (trimmed.isEmpty())
        return Failure{tr("No e-mail address is given.")};
    const qsizetype at = trimmed.lastIndexOf(u'@');
    const QString local = trimmed.left(at);
    const QString domain = trimmed.mid(at + 1);
    const QString notAddress = tr("“%1” is not an e-mail address such as name@example.fi: correct it.").arg(trimmed);
    if (at <= 0 || domain.isEmpty() || trimmed.size() > 254 || local.size() > 64)
        return Failure{notAddress};
    for (const QChar c : local) {
        if (c.unicode() > 0x7e)
            return Failure{tr("The address “%1” has letters outside ASCII before the @, which few mail servers "
                              "accept: give another address.").arg(trimmed)};
    }
    // RFC 5322 3.2.3: the characters of an atom, and dots between atoms.
    static const QString special = QStringLiteral("!#$%&'*+/=?^_`{|}~-");
    for (const QChar c : local) {
        if (!(c.isLetterOrNumber() || special.contains(c) || c == u'.'))
            return Failure{notAddress};
    }
    if (local.startsWith(u'.') || local.endsWith(u'.') || local.contains(QStringLiteral("..")))
        return Failure{notAddress};
    // A domain in other scripts ("kunta.ää") goes in its ASCII form.
    const QString ascii = QString::fromLatin1(QUrl::toAce(domain));
    if (ascii.isEmpty() || ascii.startsWith(u'.') || ascii.endsWith(u'.') || ascii.contains(QStringLiteral("..")))
        return Failure{notAddress};
    for (const QChar c : ascii) {
        if (!((c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') || c == u'-'
              || c == u'.'))
            return Failure{notAddress};
    }
    return local + u'@' + ascii;
}

Result<MailAddress> MailAddress::parse(const QString &text)
{
    const QString trimmed = text.trimmed();
    MailAddress parsed;
    QString address = trimmed;
    const qsizetype open = trimmed.lastIndexOf(u'<');
    if (open >= 0 && trimmed.endsWith(u'>')) {
        address = trimmed.mid(open + 1, trimmed.size() - open - 2);
        parsed.name = trimmed.left(open).trimmed();
        if (parsed.name.size() >= 2 && parsed.name.startsWith(u'"') && parsed.name.endsWith(u'"'))
            parsed.name = parsed.name.mid(1, parsed.name.size() - 2);
    }
    const auto normalizedAddress = normalized(address);
    if (!normalizedAddress)
        return Failure{normalizedAddress.error()};
    parsed.address = *normalizedAddress;
    return parsed;
}

QString MailAddress::toString() const
{
    return name.isEmpty() ? address : QStringLiteral("%1 <%2>").arg(name, address);
}

namespace Mime {

QByteArray headerText(const QString &text, int nameLength)
{
    const QString line = oneLine(text);
    // Text that merely looks like an encoded word is encoded itself.
    if (foldable(line))
        return foldedWords(line, nameLength + 2);
    return encodedWords(line, maxEncodedLine - nameLength - 2);
}

QByteArray mailbox(const MailAddress &address, int nameLength)
{
    const QByteArray angle = '<' + address.address.toLatin1() + '>';
    const QString name = oneLine(address.name);
    if (name.isEmpty())
        return address.address.toLatin1();
    QByteArray phrase;
    if (foldable(name)) {
        static const QString specials = QStringLiteral("()<>[]:;@\\,.\"");
        bool quote = false;
        for (const QChar c : name)
            quote = quote || specials.contains(c);
        if (quote) {
            QString escaped = name;
            escaped.replace(u'\\', QStringLiteral("\\\\")).replace(u'"', QStringLiteral("\\\""));
            phrase = '"' + escaped.toLatin1() + '"';
        } else {
            phrase = foldedWords(name, nameLength + 2);
        }
    } else {
        phrase = encodedWords(name, maxEncodedLine - nameLength - 2);
    }
    const int column = lastLineLength(phrase, nameLength + 2);
    return phrase + (column + 1 + angle.size() > maxLine ? "\r\n " : " ") + angle;
}

QByteArray parameter(const QByteArray &name, const QString &value)
{
    const QString line = oneLine(value);
    if (isPrintableAscii(line) && !line.contains(u'"') && !line.contains(u'\\')
        && name.size() + 3 + line.size() <= maxLine - 2)
        return name + "=\"" + line.toLatin1() + '"';
    // RFC 2231 4: attribute-char unencoded, every other byte as %XX.
    static const QByteArray plain = "!#$&+-.^_`|~";
    QList<QByteArray> pieces; // one character each, never split
    for (const char byte : line.toUtf8()) {
        const uchar c = uchar(byte);
        if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || plain.contains(char(c)))
            pieces << QByteArray(1, char(c));
        else
            pieces << '%' + QByteArray::number(c, 16).toUpper().rightJustified(2, '0');
    }
    QByteArray encoded = "UTF-8''";
    for (const QByteArray &piece : std::as_const(pieces))
        encoded += piece;
    if (name.size() + 2 + encoded.size() <= maxLine - 2)
        return name + "*=" + encoded;
    // RFC 2231 3: continued over several parameters, each on a line of its own.
    QList<QByteArray> segments{"UTF-8''"};
    constexpr int segmentLength = 50;
    for (const QByteArray &piece : std::as_const(pieces)) {
        if (segments.last().size() + piece.size() > segmentLength)
            segments << QByteArray();
        segments.last() += piece;
    }
    QByteArray out;
    for (int i = 0; i < segments.size(); ++i) {
        if (i > 0)
            out += ";\r\n ";
        out += name + '*' + QByteArray::number(i) + "*=" + segments.at(i);
    }
    return out;
}

QByteArray quotedPrintable(const QString &text)
{
    QByteArray out;
    const QStringList lines = text.split(u'\n');
    for (int l = 0; l < lines.size(); ++l) {
        QByteArray bytes = lines.at(l).toUtf8();
        if (bytes.endsWith('\r'))
            bytes.chop(1);
        QByteArray current;
        for (int i = 0; i < bytes.size(); ++i) {
            const uchar c = uchar(bytes.at(i));
            const bool last = i == bytes.size() - 1;
            // A "." alone on a line ends the message in SMTP, a "From " at
            // a line's start is mangled by mbox files: both encoded.
            const bool lineStart = i == 0 && (c == '.' || (c == 'F' && bytes.startsWith("From ")));
            const bool literal = !lineStart
                && ((c >= 33 && c <= 126 && c != '=') || ((c == ' ' || c == '\t') && !last));
            const QByteArray token = literal ? QByteArray(1, char(c))
                                             : '=' + QByteArray::number(c, 16).toUpper().rightJustified(2, '0');
            if (current.size() + token.size() > maxEncodedLine - 1) {
                out += current + "=\r\n";
                current.clear();
            }
            current += token;
        }
        out += current;
        if (l < lines.size() - 1)
            out += "\r\n";
    }
    return out;
}

QByteArray base64Lines(const QByteArray &data)
{
    const QByteArray encoded = data.toBase64();
    QByteArray out;
    out.reserve(encoded.size() + encoded.size() / 38 + 2);
    for (qsizetype i = 0; i < encoded.size(); i += 76)
        out += encoded.mid(i, 76) + "\r\n";
    return out;
}

QByteArray date(const QDateTime &dateTime)
{
    static const char *const days[] = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
    static const char *const months[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                         "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    const QDate day = dateTime.date();
    const QTime time = dateTime.time();
    const int offset = dateTime.offsetFromUtc() / 60;
    auto two = [](int n) { return QByteArray::number(n).rightJustified(2, '0'); };
    return QByteArray(days[day.dayOfWeek() - 1]) + ", " + QByteArray::number(day.day()) + ' '
        + months[day.month() - 1] + ' ' + QByteArray::number(day.year()) + ' ' + two(time.hour()) + ':'
        + two(time.minute()) + ':' + two(time.second()) + ' ' + (offset < 0 ? '-' : '+')
        + two(std::abs(offset) / 60) + two(std::abs(offset) % 60);
}

} // namespace Mime

Result<QByteArray> MailMessage::toMime() const
{
    const auto fromAddress = MailAddress::normalized(from.address);
    if (!fromAddress)
        return Failure{fromAddress.error()};
    const auto toAddress = MailAddress::normalized(to.address);
    if (!toAddress)
        return Failure{toAddress.error()};
    const QDateTime when = date.isValid() ? date : QDateTime::currentDateTime();
    const QByteArray id = !messageId.isEmpty()
        ? messageId
        : '<' + randomHex(16) + '.' + QByteArray::number(when.toMSecsSinceEpoch()) + '@'
            + fromAddress->mid(fromAddress->lastIndexOf(u'@') + 1).toLatin1() + '>';

    QByteArray out;
    out += "From: " + Mime::mailbox({from.name, *fromAddress}, 4) + "\r\n";
    out += "To: " + Mime::mailbox({to.name, *toAddress}, 2) + "\r\n";
    out += "Subject: " + Mime::headerText(subject, 7) + "\r\n";
    out += "Date: " + Mime::date(when) + "\r\n";
    out += "Message-ID: " + id + "\r\n";
    out += "MIME-Version: 1.0\r\n";
    // The text's last line ends with a line break, as every line of a
    // message does.
    const QString body = text.endsWith(u'\n') ? text : text + u'\n';
    const QByteArray textPart = "Content-Type: text/plain; charset=UTF-8\r\n"
                                "Content-Transfer-Encoding: quoted-printable\r\n\r\n"
        + Mime::quotedPrintable(body);
    if (attachments.isEmpty())
        return out + textPart;

    // "=_" never occurs in quoted-printable or base64: the boundary cannot
    // be met inside a part. The line break before each boundary is the
    // boundary's (RFC 2046 5.1.1).
    const QByteArray boundary = "=_pykala_" + randomHex(12);
    out += "Content-Type: multipart/mixed;\r\n boundary=\"" + boundary + "\"\r\n\r\n";
    out += "This is a message in MIME format.\r\n";
    out += "\r\n--" + boundary + "\r\n" + textPart;
    for (const MailAttachment &attachment : attachments) {
        out += "\r\n--" + boundary + "\r\n";
        out += "Content-Type: " + attachment.contentType + ";\r\n " + Mime::parameter("name", attachment.fileName)
            + "\r\n";
        out += "Content-Disposition: attachment;\r\n " + Mime::parameter("filename", attachment.fileName) + "\r\n";
        out += "Content-Transfer-Encoding: base64\r\n\r\n";
        QByteArray encoded = Mime::base64Lines(attachment.data);
        encoded.chop(2); // its last line break is the boundary's
        out += encoded;
    }
    out += "\r\n--" + boundary + "--\r\n";
    return out;
}
