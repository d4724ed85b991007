#pragma once

#include <QString>

class QPainter;
class QRectF;

// The mark on a member's confidential material that names whose copy it
// is: the recipient and the package id, across the page or view in light
// grey. Drawn as outlines, not text, so that it is seen on the screen and
// paper but is not part of the document's text (nor of its tagged
// structure). The printed agenda of a member's package carries it on every
// page (OfficialDocument::watermark), review mode over every confidential
// item and attachment.
namespace Watermark {

// "Liisa Laine · 0b6c…": the words of the mark.
QString text(const QString &recipient, const QString &packageId);

// Paints the mark over `area`, repeated so that no part of it is without.
void paint(QPainter &painter, const QRectF &area, const QString &text);

} // namespace Watermark
