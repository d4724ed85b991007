#pragma once

#include "pdfa.h"

#include <QByteArray>
#include <QList>

// Marking a page's content for a tagged PDF (PdfA::finish): each text run
// becomes a marked-content sequence with an MCID, as the structure element
// whose line (Metadata::lines) holds the run's start; what else is drawn —
// rules, borders, shading, images, and the header of pages after the first —
// becomes an artifact. A run on no line (none is, in the tests) goes with
// the element before it. Internal to the documents library.
namespace PdfTags {

struct PageMarks
{
    QByteArray content;          // the page's content stream, decoded, marked
    QList<int> elements;         // the element of each MCID, from 0
};

// `content` is the page's decoded content stream as QPdfWriter writes it.
PageMarks mark(const QByteArray &content, int page, const PdfA::Metadata &metadata);

} // namespace PdfTags
