#pragma once

#include "model/result.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QStringList>

#include <memory>

// Finishes a PDF written by QPdfWriter (PdfVersion_A1b) into a reproducible
// PDF/A file — PDF/A-2a when `metadata` describes its structure, else
// PDF/A-1b: the objects renumbered in the order they are reached from
// the catalogue (Qt writes its fonts in hash order), subset fonts tagged
// from their content, the document information and the XMP metadata
// (pdfaid part and conformance as above) written from `metadata` with the dates of
// the record, the catalogue's language set, the document's title shown in
// the viewer's title bar (DisplayDocTitle), the outline and the links added,
// and the file identifier derived from the content. The same input gives
// the same bytes.
namespace PdfA {

struct Metadata
{
    QString title;
    QString author;          // the organisation
    QString subject;
    QStringList keywords;
    QString language;        // BCP 47: "fi", "sv"
    QDateTime created;       // with its time zone
    QString producer;        // "Pykälä 0.3 (Qt 6.4.2)"
    // A document to be signed gets an interactive form whose default
    // resources hold this TrueType font (PykalaSignatureSans) as Poppler's
    // signature font, so that each signature's appearance uses it instead of
    // embedding a whole system font again; empty: no form.
    QByteArray signatureFont;
    // Properties of the decision record that signed minutes carry in their
    // XMP, in the namespace recordNamespace (prefix "pykala") that a PDF/A
    // extension schema describes: name → value. Not shown by viewers; read
    // back by `check` from the bytes the first signature covers.
    QMap<QString, QString> recordProperties;

    // Where a reader goes in the document: an outline (bookmarks) entry, or
    // a link's target. Pages count from 0; `top` is in PDF points from the
    // page's bottom edge.
    struct Destination
    {
        int page = 0;
        double top = 0;
    };
    struct Bookmark
    {
        QString title;
        Destination destination;
    };
    // A link area on `page` (PDF points, from the bottom left corner).
    struct Link
    {
        int page = 0;
        double left = 0, bottom = 0, right = 0, top = 0;
        Destination destination;
        int element = -1;        // tagged: the element (a table row) its Link element belongs to
    };
    // The outline, in order (the items and appeal instructions), shown when
    // the document opens, and the list of items' rows linked to the items.
    QList<Bookmark> outline;
    QList<Link> links;

    // The logical structure that makes the file tagged (PDF/A-2a): its
    // elements in reading order, each after its parent, and where each one's
    // text stands on the pages. finish() marks each text run of the pages'
    // content as the element whose line holds its start, everything else
    // drawn (rules, borders, cell shading, the header of pages after the
    // first) as an artifact, and writes the structure tree. Empty: untagged
    // (PDF/A-1b).
    struct Element
    {
        QByteArray role;         // a standard structure type: "H1", "P", "Table", "TR", "TH", "LI", "Figure", …
        int parent = -1;         // index into elements; -1: the document
        QString alt;             // a Figure's alternative text
        QString language;        // BCP 47, when not the document's
        QByteArray attributes;   // an attribute object, e.g. a header cell's scope
    };
    struct TextLine
    {
        int element = 0;         // -1: what is drawn there is an artifact
        int page = 0;
        double left = 0, bottom = 0, right = 0, top = 0; // PDF points
    };
    QList<Element> elements;
    QList<TextLine> lines;
    // What on the first page's header is content, not an artifact: its
    // text (an element) and the logo (a Figure); -1: none. The header is
    // the part of each page above `headerBottom` (PDF points).
    int headerElement = -1;
    int logoElement = -1;
    double headerBottom = 0;
};

// The XMP namespace of the record properties.
inline constexpr char recordNamespace[] = "urn:pykala:decision-record:1#";

// The record properties of an XMP packet as finish() writes them (empty
// when it has none or cannot be read). The packet as text: a reader may have
// decoded its bytes in any 8-bit encoding (Poppler's metadata() takes them
// for PDFDocEncoding), which changes the packet's other text but not its
// markup or the properties, written in ASCII.
QMap<QString, QString> recordProperties(const QString &xmp);

// Marks a tagged document's pages while the rest of it is still drawn:
// each page's content stream, once the writer has written it, is decoded,
// marked and compressed on a thread of its own, which finish() would
// otherwise do after the last page. finish() takes a page's result only
// when the stream it finds is the one marked, so a page given wrongly or not
// at all is marked there as before, and the file is the same either way.
class PageMarking
{
public:
    // `metadata`'s structure (elements, lines, header) as finish() gets it.
    explicit PageMarking(const Metadata &metadata);
    ~PageMarking();
    PageMarking(const PageMarking &) = delete;
    PageMarking &operator=(const PageMarking &) = delete;

    // The stream of `page` (from 0) as the writer wrote it, after its
    // dictionary (`head`); returns at once.
    void add(int page, const QByteArray &head, const QByteArray &written);

private:
    struct Private;
    std::unique_ptr<Private> d;
    friend Result<QByteArray> finish(const QByteArray &, const Metadata &, PageMarking *);
};

Result<QByteArray> finish(const QByteArray &qtPdf, const Metadata &metadata, PageMarking *marked = nullptr);

} // namespace PdfA
