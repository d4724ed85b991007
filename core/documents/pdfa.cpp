#include "pdfa.h"

#include "pdftags.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QtEndian>
#include <QHash>
#include <QMap>
#include <QRawFont>
#include <QSet>
#include <QUuid>
#include <QXmlStreamReader>

#include <algorithm>
#include <atomic>
#include <condition_variable>
#include <deque>
#include <map>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

namespace PdfA {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("PdfA", text);
}

struct Object
{
    QByteArray head;    // the object's dictionary or value, without the stream
    QByteArray stream;  // the stream's bytes, with "stream\n" … "\nendstream"; empty when none
};

// "D:20261122180200+02'00'"
QByteArray pdfDate(const QDateTime &dateTime)
{
    const int offset = dateTime.offsetFromUtc();
    const QByteArray zone = offset == 0 ? QByteArrayLiteral("Z")
                                        : QStringLiteral("%1%2'%3'")
                                              .arg(QChar(offset < 0 ? u'-' : u'+'))
                                              .arg(qAbs(offset) / 3600, 2, 10, QLatin1Char('0'))
                                              .arg(qAbs(offset) % 3600 / 60, 2, 10, QLatin1Char('0'))
                                              .toLatin1();
    return "D:" + dateTime.toString(QStringLiteral("yyyyMMddHHmmss")).toLatin1() + zone;
}

// "2026-11-22T18:02:00+02:00"
QByteArray xmpDate(const QDateTime &dateTime)
{
    return dateTime.toString(Qt::ISODate).toLatin1();
}

// A PDF text string: UTF-16BE with its byte order mark, in hex.
QByteArray textString(const QString &text)
{
    QByteArray bytes("\xFE\xFF", 2);
    for (const QChar c : text) {
        bytes.append(char(c.unicode() >> 8));
        bytes.append(char(c.unicode() & 0xFF));
    }
    return '<' + bytes.toHex().toUpper() + '>';
}

QByteArray xml(const QString &text)
{
    return text.toHtmlEscaped().toUtf8();
}

// XML text in ASCII: other characters as character references, so that a
// reader that takes the packet's bytes for PDFDocEncoding (as Poppler's
// metadata() does) still gets the text.
QByteArray asciiXml(const QString &text)
{
    QByteArray out;
    const QList<uint> characters = text.toUcs4();
    for (const uint c : characters) {
        if (c < 0x80)
            out += xml(QString(QChar(char16_t(c))));
        else
            out += "&#" + QByteArray::number(c) + ';';
    }
    return out;
}

QByteArray xmpPacket(const PdfA::Metadata &m, const QByteArray &documentId)
{
    const QByteArray date = xmpDate(m.created);
    QByteArray x;
    x += "<?xpacket begin=\"\xEF\xBB\xBF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n";
    x += "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n";
    x += " <rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n";
    x += "  <rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n";
    x += "   <dc:format>application/pdf</dc:format>\n";
    x += "   <dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">" + xml(m.title) + "</rdf:li></rdf:Alt></dc:title>\n";
    x += "   <dc:creator><rdf:Seq><rdf:li>" + xml(m.author) + "</rdf:li></rdf:Seq></dc:creator>\n";
    x += "   <dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">" + xml(m.subject)
        + "</rdf:li></rdf:Alt></dc:description>\n";
    x += "   <dc:language><rdf:Bag><rdf:li>" + xml(m.language) + "</rdf:li></rdf:Bag></dc:language>\n";
    x += "  </rdf:Description>\n";
    x += "  <rdf:Description rdf:about=\"\" xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\">\n";
    x += "   <pdf:Keywords>" + xml(m.keywords.join(QStringLiteral(", "))) + "</pdf:Keywords>\n";
    x += "   <pdf:Producer>" + xml(m.producer) + "</pdf:Producer>\n";
    x += "  </rdf:Description>\n";
    x += "  <rdf:Description rdf:about=\"\" xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\">\n";
    x += "   <xmp:CreatorTool>" + xml(m.producer) + "</xmp:CreatorTool>\n";
    x += "   <xmp:CreateDate>" + date + "</xmp:CreateDate>\n";
    x += "   <xmp:ModifyDate>" + date + "</xmp:ModifyDate>\n";
    x += "   <xmp:MetadataDate>" + date + "</xmp:MetadataDate>\n";
    x += "  </rdf:Description>\n";
    x += "  <rdf:Description rdf:about=\"\" xmlns:xmpMM=\"http://ns.adobe.com/xap/1.0/mm/\">\n";
    x += "   <xmpMM:DocumentID>uuid:" + documentId + "</xmpMM:DocumentID>\n";
    x += "  </rdf:Description>\n";
    if (!m.recordProperties.isEmpty()) {
        // PDF/A admits properties of its own namespace only with an
        // extension schema that describes them (ISO 19005-1, 6.7.8).
        x += "  <rdf:Description rdf:about=\"\" xmlns:pdfaExtension=\"http://www.aiim.org/pdfa/ns/extension/\"\n"
             "    xmlns:pdfaSchema=\"http://www.aiim.org/pdfa/ns/schema#\"\n"
             "    xmlns:pdfaProperty=\"http://www.aiim.org/pdfa/ns/property#\">\n";
        x += "   <pdfaExtension:schemas><rdf:Bag><rdf:li rdf:parseType=\"Resource\">\n";
        x += "    <pdfaSchema:schema>Pykälä decision record</pdfaSchema:schema>\n";
        x += "    <pdfaSchema:namespaceURI>" + QByteArray(recordNamespace) + "</pdfaSchema:namespaceURI>\n";
        x += "    <pdfaSchema:prefix>pykala</pdfaSchema:prefix>\n";
        x += "    <pdfaSchema:property><rdf:Seq>\n";
        for (auto it = m.recordProperties.cbegin(); it != m.recordProperties.cend(); ++it) {
            x += "     <rdf:li rdf:parseType=\"Resource\"><pdfaProperty:name>" + xml(it.key())
                + "</pdfaProperty:name><pdfaProperty:valueType>Text</pdfaProperty:valueType>"
                  "<pdfaProperty:category>internal</pdfaProperty:category><pdfaProperty:description>"
                  "A property of the decision record these minutes were made from</pdfaProperty:description>"
                  "</rdf:li>\n";
        }
        x += "    </rdf:Seq></pdfaSchema:property>\n";
        x += "   </rdf:li></rdf:Bag></pdfaExtension:schemas>\n";
        x += "  </rdf:Description>\n";
        x += "  <rdf:Description rdf:about=\"\" xmlns:pykala=\"" + QByteArray(recordNamespace) + "\">\n";
        for (auto it = m.recordProperties.cbegin(); it != m.recordProperties.cend(); ++it)
            x += "   <pykala:" + xml(it.key()) + ">" + asciiXml(it.value()) + "</pykala:" + xml(it.key()) + ">\n";
        x += "  </rdf:Description>\n";
    }
    x += "  <rdf:Description rdf:about=\"\" xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\">\n";
    // Tagged, the file is PDF/A-2a (accessible); else PDF/A-1b.
    x += m.elements.isEmpty() ? "   <pdfaid:part>1</pdfaid:part>\n" : "   <pdfaid:part>2</pdfaid:part>\n";
    x += m.elements.isEmpty() ? "   <pdfaid:conformance>B</pdfaid:conformance>\n" : "   <pdfaid:conformance>A</pdfaid:conformance>\n";
    x += "  </rdf:Description>\n";
    x += " </rdf:RDF>\n";
    x += "</x:xmpmeta>\n";
    // Padding lets an editor rewrite the packet in place, as XMP recommends.
    x += QByteArray(20, ' ') + "\n<?xpacket end=\"w\"?>";
    return x;
}

int referenceOf(const QByteArray &head, const QByteArray &key);

// Where an object's stream begins: just after the ">>" of its dictionary,
// which white space and the keyword "stream" and an end of line follow; -1
// when it has none.
qsizetype streamStart(const QByteArray &body)
{
    const auto white = [](char c) { return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f' || c == '\v'; };
    for (qsizetype at = body.indexOf("stream"); at >= 0; at = body.indexOf("stream", at + 1)) {
        const qsizetype after = at + 6;
        if (!(after < body.size() && body.at(after) == '\n')
            && !(after + 1 < body.size() && body.at(after) == '\r' && body.at(after + 1) == '\n'))
            continue;
        qsizetype before = at;
        while (before > 0 && white(body.at(before - 1)))
            --before;
        if (before >= 2 && body.at(before - 1) == '>' && body.at(before - 2) == '>')
            return before;
    }
    return -1;
}

// Parses the objects of a file as QPdfWriter writes it: one classic
// cross-reference table, each object "N 0 obj … endobj".
Result<QMap<int, Object>> parse(const QByteArray &pdf, int *root, int *info)
{
    const qsizetype startxref = pdf.lastIndexOf("startxref");
    if (startxref < 0)
        return Failure{tr("The PDF writer's output has no cross-reference table.")};
    const qsizetype xref = pdf.mid(startxref + 9).trimmed().split('\n').value(0).trimmed().toLongLong();
    if (xref <= 0 || xref >= pdf.size() || !pdf.mid(xref).startsWith("xref"))
        return Failure{tr("The PDF writer's cross-reference table is not where the file says.")};
    const qsizetype trailerAt = pdf.indexOf("trailer", xref);
    const QByteArray trailer = pdf.mid(trailerAt, startxref - trailerAt);
    *root = referenceOf(trailer, "Root");
    *info = referenceOf(trailer, "Info");
    if (*root <= 0 || *info <= 0)
        return Failure{tr("The PDF writer's trailer names no catalogue or document information.")};

    const QList<QByteArray> lines = pdf.mid(xref, trailerAt - xref).split('\n');
    QMap<qsizetype, int> byOffset;
    if (lines.size() < 2)
        return Failure{tr("The PDF writer's cross-reference table is empty.")};
    const QList<QByteArray> range = lines.at(1).trimmed().split(' ');
    const int first = range.value(0).toInt();
    const int count = range.value(1).toInt();
    for (int i = 0; i < count && i + 2 < lines.size(); ++i) {
        const QList<QByteArray> entry = lines.at(i + 2).trimmed().split(' ');
        if (entry.value(2) == "n")
            byOffset.insert(entry.value(0).toLongLong(), first + i);
    }
    QMap<int, Object> objects;
    for (auto it = byOffset.cbegin(); it != byOffset.cend(); ++it) {
        const auto next = std::next(it);
        const qsizetype end = next == byOffset.cend() ? xref : next.key();
        const QByteArray text = pdf.mid(it.key(), end - it.key());
        const QByteArray opening = QByteArray::number(it.value()) + " 0 obj";
        const qsizetype close = text.lastIndexOf("endobj");
        if (!text.startsWith(opening) || close < 0)
            return Failure{tr("Object %1 of the PDF writer's output is not where its table says.").arg(it.value())};
        QByteArray body = text.mid(opening.size(), close - opening.size());
        Object object;
        if (const qsizetype at = streamStart(body); at >= 0) {
            object.head = body.left(at).trimmed();
            object.stream = body.mid(at).trimmed();
        } else {
            object.head = body.trimmed();
        }
        objects.insert(it.value(), object);
    }
    return objects;
}

// Calls `found(start, end, number)` for each indirect reference ("12 0 R")
// in a dictionary, in order: the digits before " 0 R", which a letter or
// digit must not follow.
template<typename Found>
void forEachReference(const QByteArray &head, Found found)
{
    const auto digit = [](char c) { return c >= '0' && c <= '9'; };
    const auto word = [&](char c) { return digit(c) || c == '_' || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'); };
    for (qsizetype at = head.indexOf(" 0 R"); at >= 0; at = head.indexOf(" 0 R", at + 1)) {
        qsizetype start = at;
        while (start > 0 && digit(head.at(start - 1)))
            --start;
        const qsizetype end = at + 4;
        if (start == at || (end < head.size() && word(head.at(end))))
            continue;
        found(start, end, QByteArrayView(head).sliced(start, at - start).toInt());
    }
}

QList<int> references(const QByteArray &head)
{
    QList<int> list;
    forEachReference(head, [&](qsizetype, qsizetype, int number) { list.append(number); });
    return list;
}

QByteArray renumbered(const QByteArray &head, const QHash<int, int> &numbers)
{
    QByteArray out;
    out.reserve(head.size() + 16);
    qsizetype last = 0;
    forEachReference(head, [&](qsizetype start, qsizetype end, int number) {
        out.append(head.constData() + last, start - last);
        out += QByteArray::number(numbers.value(number)) + " 0 R";
        last = end;
    });
    out.append(head.constData() + last, head.size() - last);
    return out;
}

// Six capital letters from the font program, so that the same subset always
// has the same tag and different subsets differ.
QByteArray subsetTag(const QByteArray &fontStream)
{
    const QByteArray digest = QCryptographicHash::hash(fontStream, QCryptographicHash::Sha256);
    QByteArray tag;
    for (int i = 0; i < 6; ++i)
        tag.append(char('A' + quint8(digest.at(i)) % 26));
    return tag;
}

// The first value of `key` in a dictionary that is a reference ("12 0 R")
// or a name ("/FlateDecode"); empty when it has none.
QByteArray valueOf(const QByteArray &head, const QByteArray &key)
{
    const auto white = [](char c) { return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f' || c == '\v'; };
    const auto digit = [](char c) { return c >= '0' && c <= '9'; };
    const QByteArray name = '/' + key;
    const qsizetype size = head.size();
    for (qsizetype at = head.indexOf(name); at >= 0; at = head.indexOf(name, at + 1)) {
        qsizetype value = at + name.size();
        if (value >= size || !white(head.at(value)))
            continue; // another key that starts so
        while (value < size && white(head.at(value)))
            ++value;
        qsizetype end = value;
        while (end < size && digit(head.at(end)))
            ++end;
        if (end > value && head.mid(end, 4) == " 0 R")
            return head.mid(value, end + 4 - value);
        if (value < size && head.at(value) == '/') {
            end = value + 1;
            while (end < size && !white(head.at(end)) && !QByteArrayView("/<>[]").contains(head.at(end)))
                ++end;
            if (end > value + 1)
                return head.mid(value, end - value);
        }
    }
    return {};
}

int referenceOf(const QByteArray &head, const QByteArray &key)
{
    const QByteArray value = valueOf(head, key);
    return value.endsWith(" 0 R") ? value.left(value.indexOf(' ')).toInt() : 0;
}

// A font's name after `key` ("/FontName /") given the subset tag `tag`
// ("ABCDEF+"), in place of the tag it has, if any.
void withSubsetTag(QByteArray &head, const char *key, const QByteArray &tag)
{
    const qsizetype keyLength = qsizetype(qstrlen(key));
    for (qsizetype at = head.indexOf(key); at >= 0; at = head.indexOf(key, at + 1)) {
        const qsizetype name = at + keyLength;
        qsizetype letters = 0;
        while (letters < 6 && name + letters < head.size() && head.at(name + letters) >= 'A' && head.at(name + letters) <= 'Z')
            ++letters;
        const bool tagged = letters == 6 && name + 6 < head.size() && head.at(name + 6) == '+';
        head.replace(name, tagged ? 7 : 0, tag + '+');
    }
}

// The code points of Windows-1252 (WinAnsiEncoding) 0x80–0x9F; 0 where undefined.
constexpr char16_t winAnsiHigh[32] = {0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
                                      0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017D, 0,
                                      0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
                                      0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178};

char16_t winAnsi(int code)
{
    return code >= 0x80 && code < 0xA0 ? winAnsiHigh[code - 0x80] : char16_t(code);
}

QByteArray flateStream(const QByteArray &data, const QByteArray &extra = {})
{
    // qCompress gives the zlib format that /FlateDecode reads, after a
    // four-byte length of its own.
    const QByteArray compressed = qCompress(data, 9).mid(4);
    return "<< /Length " + QByteArray::number(compressed.size()) + " /Filter /FlateDecode" + extra + " >>\nstream\n"
        + compressed + "\nendstream";
}

// The streams and widths of the signature font, which take a while to
// make: the font program and its ToUnicode map compressed.
struct SignatureFontParts
{
    QByteArray file, toUnicode, widths;
};

SignatureFontParts signatureFontParts(const QByteArray &data)
{
    const QRawFont raw(data, 1000, QFont::PreferNoHinting);
    QByteArray widths;
    QList<QByteArray> mappings;
    for (int code = 32; code < 256; ++code) {
        const char16_t unicode = winAnsi(code);
        int width = 0;
        if (unicode) {
            const QList<quint32> glyphs = raw.glyphIndexesForString(QString(QChar(unicode)));
            if (!glyphs.isEmpty() && glyphs.first() != 0)
                width = qRound(raw.advancesForGlyphIndexes(glyphs).value(0).x());
            mappings.append("<" + QByteArray::number(code, 16).rightJustified(2, '0').toUpper() + "> <"
                            + QByteArray::number(uint(unicode), 16).rightJustified(4, '0').toUpper() + ">");
        }
        widths += QByteArray::number(width) + (code % 16 == 15 ? "\n" : " ");
    }
    // Poppler 22.12 also looks the text's byte order mark up in the font:
    // an unused code maps it, or a fallback font would be embedded.
    mappings.append("<81> <FEFF>");
    QByteArray cmap = "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
                      "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
                      "/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n1 begincodespacerange\n<00> <FF>\n"
                      "endcodespacerange\n";
    for (qsizetype i = 0; i < mappings.size(); i += 100) {
        const QList<QByteArray> chunk = mappings.mid(i, 100);
        cmap += QByteArray::number(chunk.size()) + " beginbfchar\n";
        for (const QByteArray &mapping : chunk)
            cmap += mapping + '\n';
        cmap += "endbfchar\n";
    }
    cmap += "endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n";
    return {flateStream(data, " /Length1 " + QByteArray::number(data.size())), flateStream(cmap), widths};
}

// The objects of the signature font, numbered from `first`: a simple
// TrueType font with WinAnsiEncoding, named as Poppler 22.12 names the font
// it looks for when it signs ("Helvetica " — with its trailing space), under
// a key Poppler takes as its own ("popplerfont0"), so that it reuses it;
// then the form.
QList<QByteArray> signatureFontObjects(const SignatureFontParts &parts, int first)
{
    const QByteArray file = QByteArray::number(first), toUnicode = QByteArray::number(first + 1),
                     descriptor = QByteArray::number(first + 2), font = QByteArray::number(first + 3);
    return {parts.file,
            parts.toUnicode,
            "<< /Type /FontDescriptor /FontName /Helvetica#20 /Flags 32 /FontBBox [-203 -212 1000 878] "
            "/ItalicAngle 0 /Ascent 905 /Descent -212 /CapHeight 688 /StemV 80 /FontFile2 " + file + " 0 R >>",
            "<< /Type /Font /Subtype /TrueType /BaseFont /Helvetica#20 /FirstChar 32 /LastChar 255 /Widths [\n" + parts.widths
                + "] /Encoding /WinAnsiEncoding /FontDescriptor " + descriptor + " 0 R /ToUnicode " + toUnicode + " 0 R >>",
            "<< /Fields [] /DR << /Font << /popplerfont0 " + font + " 0 R >> >> /DA (/popplerfont0 0 Tf 0 g) >>"};
}

// A page's content stream decoded, marked (PdfTags) and compressed again.
struct MarkedPage
{
    bool decoded = false;
    QList<int> elements;     // the element of each MCID, from 0
    QByteArray stream;       // the marked content, compressed
};

MarkedPage markPage(const QByteArray &head, const QByteArray &written, int page, const Metadata &metadata)
{
    MarkedPage marked;
    QByteArray data = written;
    if (head.contains("/FlateDecode")) {
        const quint32 hint = quint32(std::min<qsizetype>(data.size() * 16, 64 * 1024 * 1024));
        QByteArray prefixed(4, '\0');
        qToBigEndian(hint, prefixed.data());
        data = qUncompress(prefixed + data);
        if (data.isEmpty())
            return marked;
    }
    PdfTags::PageMarks marks = PdfTags::mark(data, page, metadata);
    marked.decoded = true;
    marked.elements = std::move(marks.elements);
    marked.stream = qCompress(marks.content, 6).mid(4);
    return marked;
}

} // namespace

struct PageMarking::Private
{
    struct Page
    {
        int page = 0;
        QByteArray head, written;
        MarkedPage marked;
    };
    const Metadata metadata;
    std::optional<SignatureFontParts> signatureFont; // made first, when the metadata has one
    std::mutex mutex;
    std::condition_variable wake;
    std::deque<Page> queue;       // added, not marked yet
    std::map<int, Page> done;     // by page
    bool ending = false;
    std::thread thread;           // last: started when the rest is ready

    explicit Private(const Metadata &structure)
        : metadata(structure)
        , thread([this] { run(); })
    {
    }

    void run()
    {
        if (!metadata.signatureFont.isEmpty())
            signatureFont = signatureFontParts(metadata.signatureFont);
        std::unique_lock lock(mutex);
        for (;;) {
            wake.wait(lock, [this] { return ending || !queue.empty(); });
            if (queue.empty())
                return;
            Page page = std::move(queue.front());
            queue.pop_front();
            lock.unlock();
            page.marked = markPage(page.head, page.written, page.page, metadata);
            lock.lock();
            const int number = page.page;
            done.insert_or_assign(number, std::move(page));
        }
    }

    // Every page added, marked: the thread has ended.
    std::map<int, Page> &finished()
    {
        if (thread.joinable()) {
            {
                const std::lock_guard lock(mutex);
                ending = true;
            }
            wake.notify_one();
            thread.join();
        }
        return done;
    }
};

PageMarking::PageMarking(const Metadata &metadata)
    : d(std::make_unique<Private>(metadata))
{
}

PageMarking::~PageMarking()
{
    d->finished();
}

void PageMarking::add(int page, const QByteArray &head, const QByteArray &written)
{
    {
        const std::lock_guard lock(d->mutex);
        d->queue.push_back({page, head, written, {}});
    }
    d->wake.notify_one();
}

Result<QByteArray> finish(const QByteArray &qtPdf, const Metadata &metadata, PageMarking *marked)
{
    int root = 0, info = 0;
    auto parsed = parse(qtPdf, &root, &info);
    if (!parsed)
        return Failure{parsed.error()};
    QMap<int, Object> objects = std::move(parsed.value());
    if (!objects.contains(root) || !objects.contains(info))
        return Failure{tr("The PDF writer's catalogue or document information is missing.")};
    const int metadataObject = referenceOf(objects.value(root).head, "Metadata");
    if (!objects.contains(metadataObject))
        return Failure{tr("The PDF writer wrote no XMP metadata; it must be asked for PDF/A-1b.")};

    // Subset fonts: one tag from the font program, on the descriptor's
    // FontName and on the BaseFont of the fonts that use it.
    QHash<int, QByteArray> tagOfDescriptor;
    for (auto it = objects.begin(); it != objects.end(); ++it) {
        if (!it->head.contains("/Type /FontDescriptor"))
            continue;
        const int file = referenceOf(it->head, "FontFile2");
        if (!objects.contains(file))
            continue;
        const QByteArray tag = subsetTag(objects.value(file).stream);
        tagOfDescriptor.insert(it.key(), tag);
        withSubsetTag(it->head, "/FontName /", tag);
    }
    auto tagBaseFont = [](QByteArray &head, const QByteArray &tag) { withSubsetTag(head, "/BaseFont /", tag); };
    QHash<int, QByteArray> tagOfCidFont;
    for (auto it = objects.begin(); it != objects.end(); ++it) {
        if (!it->head.contains("/Subtype /CIDFontType2"))
            continue;
        const QByteArray tag = tagOfDescriptor.value(referenceOf(it->head, "FontDescriptor"));
        if (tag.isEmpty())
            continue;
        tagOfCidFont.insert(it.key(), tag);
        tagBaseFont(it->head, tag);
    }
    for (auto it = objects.begin(); it != objects.end(); ++it) {
        if (!it->head.contains("/Subtype /Type0"))
            continue;
        const QList<int> descendants = references(it->head.mid(it->head.indexOf("/DescendantFonts")));
        if (!descendants.isEmpty() && tagOfCidFont.contains(descendants.first()))
            tagBaseFont(it->head, tagOfCidFont.value(descendants.first()));
    }

    // PDF/A-1 forbids image interpolation.
    for (auto it = objects.begin(); it != objects.end(); ++it) {
        if (it->head.contains("/Subtype /Image"))
            it->head.replace("/Interpolate true", "/Interpolate false");
    }

    // The catalogue names the document's language.
    Object &catalogue = objects[root];
    if (!catalogue.head.contains("/Lang")) {
        const qsizetype end = catalogue.head.lastIndexOf(">>");
        catalogue.head.insert(end, "/Lang " + textString(metadata.language) + "\n");
    }

    // The pages, in order, by their objects' numbers in Qt's numbering.
    const QList<int> pages = [&] {
        QList<int> kids;
        const int tree = referenceOf(objects.value(root).head, "Pages");
        const QByteArray head = objects.value(tree).head;
        const qsizetype at = head.indexOf("/Kids");
        if (at >= 0)
            kids = references(head.mid(at, head.indexOf(']', at) - at));
        return kids;
    }();

    // Tagged: each page's content marked (PdfTags), its stream written anew:
    // as PageMarking marked it while the document was drawn, or else here,
    // on as many threads as the machine has cores, taken back in order.
    QList<QList<int>> mcidElements; // by page: the element of each MCID
    if (!metadata.elements.isEmpty()) {
        struct PageWork
        {
            int contents = 0;        // 0: the page has no content stream of its own
            QByteArray head;
            QByteArray written;      // the stream's data as the writer wrote it
            MarkedPage marked;
            bool ready = false;
        };
        std::vector<PageWork> work(size_t(pages.size()));
        std::map<int, PageMarking::Private::Page> none;
        std::map<int, PageMarking::Private::Page> &prepared = marked ? marked->d->finished() : none;
        for (int page = 0; page < pages.size(); ++page) {
            PageWork &one = work[size_t(page)];
            one.contents = referenceOf(objects.value(pages.at(page)).head, "Contents");
            if (!objects.contains(one.contents)) {
                one.contents = 0;
                continue;
            }
            const Object &stream = objects.value(one.contents);
            const QByteArray length = valueOf(stream.head, "Length");
            const qsizetype size = length.endsWith(" 0 R")
                ? objects.value(length.left(length.indexOf(' ')).toInt()).head.trimmed().toLongLong()
                : length.toLongLong();
            one.head = stream.head;
            one.written = stream.stream.mid(stream.stream.indexOf('\n') + 1, size);
            const auto ready = prepared.find(page);
            if (ready != prepared.end() && ready->second.written == one.written
                && ready->second.head.contains("/FlateDecode") == one.head.contains("/FlateDecode")) {
                one.marked = std::move(ready->second.marked);
                one.ready = true;
            }
        }
        std::atomic<size_t> next{0};
        const auto markPages = [&] {
            for (size_t page = next++; page < work.size(); page = next++) {
                PageWork &one = work[page];
                if (one.contents != 0 && !one.ready)
                    one.marked = markPage(one.head, one.written, int(page), metadata);
            }
        };
        const auto unmarked = size_t(std::count_if(work.cbegin(), work.cend(), [](const PageWork &one) {
            return one.contents != 0 && !one.ready;
        }));
        const size_t helpers = std::min<size_t>(unmarked / 4, std::max(1u, std::thread::hardware_concurrency()) - 1);
        std::vector<std::thread> threads;
        for (size_t i = 0; i < helpers; ++i)
            threads.emplace_back(markPages);
        markPages();
        for (std::thread &thread : threads)
            thread.join();
        for (int page = 0; page < pages.size(); ++page) {
            const PageWork &one = work[size_t(page)];
            if (one.contents == 0)
                return Failure{tr("Page %1 of the PDF writer's output has no content stream of its own.").arg(page + 1)};
            if (!one.marked.decoded)
                return Failure{tr("Page %1 of the PDF writer's output could not be decompressed.").arg(page + 1)};
            mcidElements.append(one.marked.elements);
            objects[one.contents] = {"<< /Length " + QByteArray::number(one.marked.stream.size())
                                         + " /Filter /FlateDecode >>",
                                     "stream\n" + one.marked.stream + "\nendstream"};
        }
    }

    // Number the objects in the order they are reached from the catalogue
    // and the information dictionary, references in the order written.
    QList<int> order;
    QHash<int, int> numbers;
    QList<int> queue{root, info};
    while (!queue.isEmpty()) {
        const int number = queue.takeFirst();
        if (numbers.contains(number) || !objects.contains(number))
            continue;
        numbers.insert(number, int(order.size()) + 1);
        order.append(number);
        if (number == info || number == metadataObject)
            continue; // both are written anew
        const QList<int> referenced = references(objects.value(number).head);
        for (const int reference : referenced) {
            if (!objects.contains(reference))
                return Failure{tr("Object %1 of the PDF writer's output refers to object %2, which is not in the file.")
                                   .arg(number)
                                   .arg(reference)};
        }
        queue.append(referenced);
    }

    // The document identifier and the XMP's DocumentID come from the content.
    QCryptographicHash content(QCryptographicHash::Sha256);
    for (const int number : std::as_const(order)) {
        if (number == info || number == metadataObject)
            continue;
        content.addData(renumbered(objects.value(number).head, numbers));
        content.addData(objects.value(number).stream);
    }
    for (const QString &field : {metadata.title, metadata.author, metadata.subject, metadata.keywords.join(u','),
                                 metadata.language, metadata.producer})
        content.addData(field.toUtf8() + '\0');
    for (auto it = metadata.recordProperties.cbegin(); it != metadata.recordProperties.cend(); ++it)
        content.addData(it.key().toUtf8() + '\0' + it.value().toUtf8() + '\0');
    content.addData(pdfDate(metadata.created));
    // The form for signatures: new objects after the numbered ones, the
    // last of them the form the catalogue names.
    QList<QByteArray> extra;
    if (!metadata.signatureFont.isEmpty()) {
        // As the marking's thread made it, unless it was given another font.
        const SignatureFontParts *made = nullptr;
        if (marked) {
            marked->d->finished();
            if (marked->d->signatureFont && marked->d->metadata.signatureFont == metadata.signatureFont)
                made = &*marked->d->signatureFont;
        }
        extra = signatureFontObjects(made ? *made : signatureFontParts(metadata.signatureFont), int(order.size()) + 1);
        for (const QByteArray &object : std::as_const(extra))
            content.addData(object);
    }
    // The outline and the links: new objects after those, each reaching its
    // page by the page's new number.
    for (const auto &bookmark : metadata.outline) {
        if (bookmark.destination.page < 0 || bookmark.destination.page >= pages.size())
            return Failure{tr("An outline entry of the document points at page %1, which it does not have.")
                               .arg(bookmark.destination.page + 1)};
    }
    for (const auto &link : metadata.links) {
        if (link.page < 0 || link.page >= pages.size() || link.destination.page < 0
            || link.destination.page >= pages.size())
            return Failure{tr("A link of the document is on or points at a page it does not have.")};
    }
    const int formObjects = int(extra.size());
    const auto decimal = [](double value) { return QByteArray::number(value, 'f', 2); };
    const auto destination = [&](const Metadata::Destination &to) {
        return "[" + QByteArray::number(numbers.value(pages.at(to.page))) + " 0 R /XYZ null " + decimal(to.top) + " null]";
    };
    QHash<int, QList<int>> annotationsOfPage; // by the page's object in Qt's numbering
    if (!metadata.outline.isEmpty()) {
        const int outlines = int(order.size() + extra.size()) + 1;
        const int first = outlines + 1, last = outlines + int(metadata.outline.size());
        extra.append("<< /Type /Outlines /First " + QByteArray::number(first) + " 0 R /Last " + QByteArray::number(last)
                     + " 0 R /Count " + QByteArray::number(metadata.outline.size()) + " >>");
        for (int i = 0; i < metadata.outline.size(); ++i) {
            const auto &bookmark = metadata.outline.at(i);
            QByteArray item = "<< /Title " + textString(bookmark.title) + " /Parent " + QByteArray::number(outlines) + " 0 R";
            if (i > 0)
                item += " /Prev " + QByteArray::number(first + i - 1) + " 0 R";
            if (i + 1 < metadata.outline.size())
                item += " /Next " + QByteArray::number(first + i + 1) + " 0 R";
            extra.append(item + " /Dest " + destination(bookmark.destination) + " >>");
        }
    }
    // Tagged, each link is a Link element of its row, reached from the
    // annotation by its key in the parent tree (after the pages' keys).
    const bool tagged = !metadata.elements.isEmpty();
    QList<int> annotationObjects;
    for (int i = 0; i < metadata.links.size(); ++i) {
        const Metadata::Link &link = metadata.links.at(i);
        const int annotation = int(order.size() + extra.size()) + 1;
        annotationsOfPage[pages.at(link.page)].append(annotation);
        annotationObjects.append(annotation);
        // PDF/A: printed with the page (F 4), no border, no action but the destination.
        QByteArray object = "<< /Type /Annot /Subtype /Link /Rect [" + decimal(link.left) + ' ' + decimal(link.bottom) + ' '
            + decimal(link.right) + ' ' + decimal(link.top) + "] /F 4 /Border [0 0 0] /Dest " + destination(link.destination);
        if (tagged && link.element >= 0)
            object += " /StructParent " + QByteArray::number(pages.size() + i);
        extra.append(object + " >>");
    }
    // The structure tree: its root, the document element, every element
    // that holds content (itself or below it), and the parent tree that
    // leads from each page's MCIDs to their elements.
    int structTreeRoot = 0;
    if (tagged) {
        // The elements, and a Link element for each link in its row.
        QList<Metadata::Element> elements = metadata.elements;
        QHash<int, int> linkOfElement; // a Link element → its link
        for (int i = 0; i < metadata.links.size(); ++i) {
            const int row = metadata.links.at(i).element;
            if (row < 0 || row >= metadata.elements.size())
                continue;
            linkOfElement.insert(int(elements.size()), i);
            elements.append({"Link", row, {}, {}, {}});
        }
        const int count = int(elements.size());
        QMap<qsizetype, int> linkKeys; // parent tree key → the Link element's object, in order
        std::vector<QList<std::pair<int, int>>> contentOf(static_cast<size_t>(count)); // (page, MCID)
        for (int page = 0; page < mcidElements.size(); ++page) {
            for (int mcid = 0; mcid < mcidElements.at(page).size(); ++mcid)
                contentOf[mcidElements.at(page).at(mcid)].append({page, mcid});
        }
        std::vector<QList<int>> children(static_cast<size_t>(count));
        QList<int> topLevel;
        for (int e = 0; e < count; ++e) {
            const int parent = elements.at(e).parent;
            if (parent >= e)
                return Failure{tr("The document's structure names a parent after its child.")};
            (parent < 0 ? topLevel : children[parent]).append(e);
        }
        std::vector<bool> alive(static_cast<size_t>(count), false);
        for (int e = count - 1; e >= 0; --e) {
            // A table's cells stay, empty or not: each keeps its column.
            const QByteArray &role = elements.at(e).role;
            alive[e] = !contentOf.at(e).isEmpty() || role == "TD" || role == "TH" || linkOfElement.contains(e)
                || std::any_of(children.at(e).cbegin(), children.at(e).cend(), [&](int c) { return alive.at(c); });
        }
        structTreeRoot = int(order.size() + extra.size()) + 1;
        const int document = structTreeRoot + 1;
        std::vector<int> objectOf(static_cast<size_t>(count), 0);
        int next = document + 1;
        for (int e = 0; e < count; ++e) {
            if (alive.at(e))
                objectOf[e] = next++;
        }
        const int parentTree = next;
        const auto refs = [&](const QList<int> &elements) {
            QByteArray list;
            for (const int e : elements) {
                if (alive.at(e))
                    list += QByteArray::number(objectOf.at(e)) + " 0 R ";
            }
            return list.trimmed();
        };
        extra.append("<< /Type /StructTreeRoot /K " + QByteArray::number(document) + " 0 R /ParentTree "
                     + QByteArray::number(parentTree) + " 0 R /ParentTreeNextKey " + QByteArray::number(pages.size() + metadata.links.size())
                     + " >>");
        extra.append("<< /Type /StructElem /S /Document /P " + QByteArray::number(structTreeRoot) + " 0 R /K ["
                     + refs(topLevel) + "] >>");
        for (int e = 0; e < count; ++e) {
            if (!alive.at(e))
                continue;
            const Metadata::Element &element = elements.at(e);
            // The element's page is that of its first content: an MCID there
            // is a number, one on another page a marked-content reference.
            QByteArray kids = refs(children.at(e));
            const int home = contentOf.at(e).isEmpty() ? -1 : contentOf.at(e).first().first;
            if (const auto link = linkOfElement.constFind(e); link != linkOfElement.cend()) {
                kids += "<< /Type /OBJR /Obj " + QByteArray::number(annotationObjects.at(*link)) + " 0 R /Pg "
                    + QByteArray::number(numbers.value(pages.at(metadata.links.at(*link).page))) + " 0 R >>";
            }
            for (const auto &[page, mcid] : contentOf.at(e)) {
                kids += kids.isEmpty() ? "" : " ";
                kids += page == home ? QByteArray::number(mcid)
                                     : "<< /Type /MCR /Pg " + QByteArray::number(numbers.value(pages.at(page)))
                                           + " 0 R /MCID " + QByteArray::number(mcid) + " >>";
            }
            QByteArray object = "<< /Type /StructElem /S /" + element.role + " /P "
                + QByteArray::number(element.parent < 0 ? document : objectOf.at(element.parent)) + " 0 R";
            if (home >= 0)
                object += " /Pg " + QByteArray::number(numbers.value(pages.at(home))) + " 0 R";
            object += " /K [" + kids + "]";
            if (!element.alt.isEmpty())
                object += " /Alt " + textString(element.alt);
            if (!element.language.isEmpty())
                object += " /Lang " + textString(element.language);
            if (!element.attributes.isEmpty())
                object += " /A " + element.attributes;
            extra.append(object + " >>");
        }
        QByteArray nums;
        for (int page = 0; page < mcidElements.size(); ++page)
            nums += QByteArray::number(page) + " [" + refs(mcidElements.at(page)) + "] ";
        for (auto link = linkOfElement.cbegin(); link != linkOfElement.cend(); ++link)
            linkKeys.insert(pages.size() + link.value(), objectOf.at(link.key()));
        for (auto key = linkKeys.cbegin(); key != linkKeys.cend(); ++key)
            nums += QByteArray::number(key.key()) + ' ' + QByteArray::number(key.value()) + " 0 R ";
        extra.append("<< /Nums [" + nums.trimmed() + "] >>");
    }

    // The pages whose annotations are an array object (Qt's): that object →
    // the links it gains; and the pages that have one.
    QHash<int, QList<int>> arrayAnnotations;
    QSet<int> annotationArrays;
    for (auto it = annotationsOfPage.cbegin(); it != annotationsOfPage.cend(); ++it) {
        const int array = referenceOf(objects.value(it.key()).head, "Annots");
        if (array != 0 && objects.value(array).head.trimmed().startsWith('[')) {
            annotationArrays.insert(it.key());
            arrayAnnotations[array] += it.value();
        }
    }
    for (qsizetype i = formObjects; i < extra.size(); ++i)
        content.addData(extra.at(i));
    const QByteArray digest = content.result();
    const QByteArray documentId = QUuid::fromRfc4122(digest.left(16)).toString(QUuid::WithoutBraces).toLatin1();

    const QByteArray xmp = xmpPacket(metadata, documentId);
    objects[metadataObject] = {"<<\n/Type /Metadata /Subtype /XML\n/Length " + QByteArray::number(xmp.size()) + "\n>>",
                               "stream\n" + xmp + "\nendstream"};
    const QByteArray date = pdfDate(metadata.created);
    objects[info] = {"<<\n/Title " + textString(metadata.title) + "\n/Author " + textString(metadata.author)
                         + "\n/Subject " + textString(metadata.subject) + "\n/Keywords "
                         + textString(metadata.keywords.join(QStringLiteral(", "))) + "\n/Creator "
                         + textString(metadata.producer) + "\n/Producer " + textString(metadata.producer)
                         + "\n/CreationDate (" + date + ")\n/ModDate (" + date + ")\n>>",
                     {}};

    QByteArray out = qtPdf.left(qtPdf.indexOf('\n', qtPdf.indexOf('\n') + 1) + 1); // "%PDF-1.4" and the binary comment
    QList<qsizetype> offsets;
    for (const int number : std::as_const(order)) {
        offsets.append(out.size());
        const Object &object = objects.value(number);
        QByteArray head = renumbered(object.head, numbers);
        if (number == root && formObjects > 0)
            head.insert(head.lastIndexOf(">>"), "/AcroForm " + QByteArray::number(order.size() + formObjects) + " 0 R\n");
        if (number == root) {
            QByteArray navigation = "/ViewerPreferences << /DisplayDocTitle true >>\n";
            if (structTreeRoot > 0)
                navigation += "/MarkInfo << /Marked true >>\n/StructTreeRoot " + QByteArray::number(structTreeRoot) + " 0 R\n";
            if (!metadata.outline.isEmpty())
                navigation += "/Outlines " + QByteArray::number(order.size() + formObjects + 1) + " 0 R\n/PageMode /UseOutlines\n";
            head.insert(head.lastIndexOf(">>"), navigation);
        }
        // Qt writes each page's annotations as an array object of its own,
        // often empty: the links join it; a page without one gets one.
        const auto linksOf = [](const QList<int> &annotations) {
            QByteArray list;
            for (const int annotation : annotations)
                list += QByteArray::number(annotation) + " 0 R ";
            return list;
        };
        if (const auto annotations = annotationsOfPage.constFind(number);
            annotations != annotationsOfPage.cend() && !annotationArrays.contains(number)) {
            const qsizetype own = head.indexOf("/Annots [");
            if (own >= 0)
                head.insert(head.indexOf(']', own), ' ' + linksOf(*annotations));
            else
                head.insert(head.lastIndexOf(">>"), "/Annots [" + linksOf(*annotations).trimmed() + "]\n");
        }
        if (const qsizetype page = pages.indexOf(number); page >= 0 && structTreeRoot > 0)
            head.insert(head.lastIndexOf(">>"), "/StructParents " + QByteArray::number(page) + "\n");
        if (const auto annotations = arrayAnnotations.constFind(number); annotations != arrayAnnotations.cend())
            head.insert(head.lastIndexOf(']'), linksOf(*annotations));
        out += QByteArray::number(numbers.value(number)) + " 0 obj\n" + head + '\n';
        if (!object.stream.isEmpty())
            out += object.stream + '\n';
        out += "endobj\n";
    }
    for (qsizetype i = 0; i < extra.size(); ++i) {
        offsets.append(out.size());
        out += QByteArray::number(order.size() + 1 + i) + " 0 obj\n" + extra.at(i) + "\nendobj\n";
    }
    const qsizetype count = order.size() + extra.size();
    const qsizetype xref = out.size();
    out += "xref\n0 " + QByteArray::number(count + 1) + "\n0000000000 65535 f \n";
    for (const qsizetype offset : std::as_const(offsets))
        out += QByteArray::number(offset).rightJustified(10, '0') + " 00000 n \n";
    const QByteArray id = digest.left(16).toHex();
    out += "trailer\n<<\n/Size " + QByteArray::number(count + 1) + "\n/Root " + QByteArray::number(numbers.value(root))
        + " 0 R\n/Info " + QByteArray::number(numbers.value(info)) + " 0 R\n/ID [<" + id + "> <" + id + ">]\n>>\nstartxref\n"
        + QByteArray::number(xref) + "\n%%EOF\n";
    return out;
}

QMap<QString, QString> recordProperties(const QString &xmp)
{
    QMap<QString, QString> properties;
    QXmlStreamReader reader(xmp);
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement() && reader.namespaceUri() == QLatin1String(recordNamespace)) {
            const QString name = reader.name().toString();
            properties.insert(name, reader.readElementText());
        }
    }
    if (reader.hasError())
        return {};
    return properties;
}

} // namespace PdfA
