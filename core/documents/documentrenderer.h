#pragma once

#include "officialdocument.h"

#include "model/result.h"

#include <QByteArray>

class QImage;
class QPagedPaintDevice;

// Lays an official document out on A4 pages with QTextDocument, in the font
// shipped in resources/fonts (Pykala Sans: Liberation Sans without hinting),
// and paints it: to a PDF/A-2a file, or to any paged device — the client's
// QPrinter for printing and print preview gets the very same layout. Every
// page carries the header: organisation and body, the document kind, its
// number and date, and the page as "3 (15)".
namespace DocumentRenderer {

// Paints every page on `device`, which must be newly made (a QPdfWriter or
// a QPrinter); sets its page layout to A4. Returns the number of pages.
Result<int> paint(const OfficialDocument &document, QPagedPaintDevice *device);

// The document as a reproducible, tagged PDF/A-2a file: the same document gives the
// same bytes.
Result<QByteArray> pdf(const OfficialDocument &document);

// An image as a one-page A4 PDF, fitted within the margins, made in memory:
// for showing an image attachment where PDF files are shown.
QByteArray imagePdf(const QImage &image, const QString &title);

// The family of the shipped font, registered on first use; empty when it
// could not be loaded. Needs a QGuiApplication.
QString fontFamily();

} // namespace DocumentRenderer
