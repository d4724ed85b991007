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

// Where the mark goes: above what is shown, translucent (a screen, an
// image); or beneath it, drawn first in an opaque light grey, for a PDF
// page, where PDF/A's writer keeps no transparency and the text must stay
// on top.
enum class Layer { Above, Beneath };

// Paints the mark over `area`, repeated so that no part of it is without.
void paint(QPainter &painter, const QRectF &area, const QString &text, Layer layer = Layer::Above);

} // namespace Watermark
