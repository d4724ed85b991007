#include "watermark.h"

#include <QFont>
#include <QPainter>
#include <QPainterPath>
#include <QtMath>

namespace Watermark {

QString text(const QString &recipient, const QString &packageId)
{
    return QStringLiteral("%1 · %2").arg(recipient.simplified(), packageId);
}

void paint(QPainter &painter, const QRectF &area, const QString &text, Layer layer)
{
    if (text.isEmpty() || area.isEmpty())
        return;
    painter.save();
    painter.setClipRect(area);
    // A size of its own on any device: a fiftieth of the area's diagonal.
    const double diagonal = std::hypot(area.width(), area.height());
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPixelSize(qMax(8, int(diagonal / 50)));
    font.setBold(true);
    QPainterPath line;
    line.addText(0, 0, font, text);
    const QRectF bounds = line.boundingRect();
    painter.translate(area.center());
    painter.rotate(-30);
    painter.setPen(Qt::NoPen);
    painter.setBrush(layer == Layer::Above ? QColor(128, 128, 128, 56) : QColor(226, 226, 226));
    painter.setRenderHint(QPainter::Antialiasing);
    // Rows across the whole diagonal, each line offset from the last.
    const double rowHeight = bounds.height() * 5;
    const double columnWidth = bounds.width() * 1.4;
    const int rows = int(diagonal / rowHeight / 2) + 1;
    const int columns = int(diagonal / columnWidth / 2) + 1;
    for (int row = -rows; row <= rows; ++row) {
        const double shift = (row % 2) * columnWidth / 2;
        for (int column = -columns - 1; column <= columns; ++column)
            painter.drawPath(line.translated(column * columnWidth + shift - bounds.width() / 2, row * rowHeight));
    }
    painter.restore();
}

} // namespace Watermark
