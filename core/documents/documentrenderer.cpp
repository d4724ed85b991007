#include "documentrenderer.h"
#include "watermark.h"
#include "zlibstore.h"

#include "pdfa.h"

#include "model/documentlanguage.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QCoreApplication>
#include <QFile>
#include <QFontDatabase>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QHash>
#include <QImage>
#include <QPainter>
#include <QPdfWriter>
#include <QRawFont>
#include <QRegularExpression>
#include <QSet>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextLayout>
#include <QTextTable>
#include <QTextDocument>

#include <functional>
#include <limits>
#include <map>
#include <optional>
#include <tuple>

namespace DocumentRenderer {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("DocumentRenderer", text);
}

// Page geometry in millimetres (A4 portrait).
constexpr double pageWidth = 210, pageHeight = 297;
constexpr double marginLeft = 22, marginRight = 16, headerTop = 12, bodyTop = 32, marginBottom = 16;
constexpr double kindColumn = 104;   // where the document kind and number stand

// Qt's rich text takes margins in pixels of 1/96 inch (scaled to the device).
const char *const styleSheet = R"(
h1 { font-size: 16pt; font-weight: bold; margin-top: 0px; margin-bottom: 14px; }
h2 { font-size: 13pt; font-weight: bold; margin-top: 18px; margin-bottom: 8px; }
h2.new-page { page-break-before: always; margin-top: 0px; }
h3 { font-size: 10.5pt; font-weight: bold; margin-top: 14px; margin-bottom: 4px; }
p { margin-top: 0px; margin-bottom: 7px; }
ul, ol { margin-top: 0px; margin-bottom: 7px; }
li { margin-bottom: 2px; }
th { font-weight: bold; text-align: left; background-color: #ececec; }
p.caption { font-weight: bold; margin-top: 8px; margin-bottom: 3px; }
p.case { color: #333333; margin-bottom: 9px; }
p.note, p.warning { font-style: italic; }
p.sign-role { margin-bottom: 26px; }
p.sign-line { margin-bottom: 1px; }
p.gap { font-size: 3pt; margin-bottom: 0px; }
)";

// The document's HTML as Qt's rich-text engine takes it: tables get their
// borders as attributes, captions become paragraphs, links plain text (the
// paged document has page numbers instead), section elements go.
// Parts written in another language keep their language through Qt's
// rich text, which drops `lang`: a block of another language as its user
// state (the index in this list, from 1), a span of one as an anchor's name.
// (A table's cells take no state from a block around them: a table in an
// item written in another language is the document's language in the tags.)
const QStringList &markedLanguages()
{
    static const QStringList languages{DocumentLanguage::tag(Language::Finnish), DocumentLanguage::tag(Language::Swedish)};
    return languages;
}

const QString languageAnchor = QStringLiteral("pykala-lang-");
constexpr int rowHeaderState = 64; // beyond the languages' states

// The colour of a ruled table's rules; a table of this border colour and
// no border is ruled (tableRules).
const QString ruleColour = QStringLiteral("#555555");

QString qtHtml(const QString &html)
{
    QString out = html;
    static const QRegularExpression languageSpan(QStringLiteral("<span lang=\"([a-z-]+)\">(.*?)</span>"));
    out.replace(languageSpan, QStringLiteral("<a name=\"%1\\1\">\\2</a>").arg(languageAnchor));
    for (int i = 0; i < markedLanguages().size(); ++i)
        out.replace(QStringLiteral("<div lang=\"%1\">").arg(markedLanguages().at(i)),
                    QStringLiteral("<div style=\"-qt-user-state: %1\">").arg(i + 1));
    static const QRegularExpression sections(QStringLiteral("</?section[^>]*>\\n?"));
    out.remove(sections);
    // Only items and appeal instructions are level-2 headings on paper: the
    // page numbers of the list of items are read from them.
    static const QRegularExpression parts(QStringLiteral("<h2 class=\"part\">(.*?)</h2>"));
    out.replace(parts, QStringLiteral("<h3>\\1</h3>"));
    static const QRegularExpression links(QStringLiteral("<a href=\"[^\"]*\">(.*?)</a>"));
    out.replace(links, QStringLiteral("\\1"));
    static const QRegularExpression captions(QStringLiteral("<table([^>]*)>\\n<caption>(.*?)</caption>"));
    out.replace(captions, QStringLiteral("<p class=\"caption\">\\2</p>\n<table\\1>"));
    // Ruled tables get no border of Qt's, only its colour: tableRules()
    // draws the rules. A pixel of margin and one of spacing between the
    // cells put the cells where Qt's collapsed borders of a pixel put them.
    const QString ruled = QStringLiteral("border=\"0\" cellspacing=\"1\" style=\"border-color: %1; margin: 1px\"")
                              .arg(ruleColour);
    const QString plain = QStringLiteral("border=\"0\" cellspacing=\"0\"");
    const QList<std::pair<QString, QString>> tables{
        {QStringLiteral("grid"), ruled + QStringLiteral(" cellpadding=\"3\" width=\"100%\"")},
        {QStringLiteral("votes"), ruled + QStringLiteral(" cellpadding=\"2\" width=\"70%\"")},
        {QStringLiteral("facts"), plain + QStringLiteral(" cellpadding=\"2\"")},
        {QStringLiteral("contents"), plain + QStringLiteral(" cellpadding=\"2\" width=\"100%\"")},
        {QStringLiteral("signatures"), plain + QStringLiteral(" cellpadding=\"4\" width=\"100%\"")},
    };
    for (const auto &[cls, attributes] : tables)
        out.replace(QStringLiteral("<table class=\"%1\">").arg(cls),
                    QStringLiteral("<table class=\"%1\" %2>").arg(cls, attributes));
    // Rich text of the items may hold tables of its own: ruled.
    out.replace(QStringLiteral("<table>"), QStringLiteral("<table %1 cellpadding=\"3\">").arg(ruled));
    // Labels of facts stay bold; names heading the rows of a table read as
    // text, not as headings. Their blocks' user state keeps them row
    // headers for the tags.
    static const QRegularExpression label(QStringLiteral("<th scope=\"row\" class=\"label\">(.*?)</th>"));
    out.replace(label, QStringLiteral("<td style=\"-qt-user-state: %1\"><b>\\1</b></td>").arg(rowHeaderState));
    static const QRegularExpression rowHeader(QStringLiteral("<th scope=\"row\">(.*?)</th>"));
    out.replace(rowHeader, QStringLiteral("<td style=\"-qt-user-state: %1\">\\1</td>").arg(rowHeaderState));
    // Qt's tables take no bottom margin: a small gap after each one.
    out.replace(QStringLiteral("</table>"), QStringLiteral("</table>\n<p class=\"gap\">&nbsp;</p>"));
    // Page numbers stand right in their column.
    out.replace(QStringLiteral("<td class=\"page\">"), QStringLiteral("<td class=\"page\" align=\"right\">"));
    out.replace(QStringLiteral("<th scope=\"col\" class=\"page\">"),
                QStringLiteral("<th scope=\"col\" class=\"page\" align=\"right\">"));
    return out;
}

// The list of items' page numbers are drawn, not laid out: each stands in
// a cell kept as wide as three digits by no-break spaces, and named by an
// anchor. The layout then does not depend on the numbers, and is made once.
QString pageAnchor(int index)
{
    return QStringLiteral("pykala-page-%1").arg(index);
}

QString withPagePlaceholders(const QString &html, int tokens)
{
    if (tokens == 0)
        return html;
    // One pass over the document for all of them (OfficialDocument::pageToken).
    static const QRegularExpression token(QStringLiteral("@@PAGE:(\\d+)@@"));
    Q_ASSERT(token.match(OfficialDocument::pageToken(7)).captured(1) == u"7");
    QString out;
    out.reserve(html.size() + tokens * 64);
    qsizetype from = 0;
    for (auto it = token.globalMatch(html); it.hasNext();) {
        const auto match = it.next();
        out += QStringView(html).mid(from, match.capturedStart() - from);
        out += QStringLiteral("<a name=\"%1\">&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;</a>")
                   .arg(pageAnchor(match.captured(1).toInt()));
        from = match.capturedEnd();
    }
    out += QStringView(html).mid(from);
    return out;
}

// Where a page number is drawn: the right edge and baseline of its cell in
// the laid-out document, in the cell's font.
struct PageNumberPlace
{
    int index = 0;
    QRectF cell;
    double baseline = 0;
    QFont font;
    QRectF row;              // the whole row of the list of items, linked to the item
    int block = 0;           // the number of the cell's block
};

// The rectangle of the table row holding `block`: its cells' blocks united.
QRectF rowRect(const QTextDocument &text, const QTextBlock &block)
{
    QAbstractTextDocumentLayout *layout = text.documentLayout();
    QRectF row = layout->blockBoundingRect(block);
    QTextCursor cursor(block);
    QTextTable *table = cursor.currentTable();
    if (!table)
        return row;
    const int index = table->cellAt(cursor).row();
    for (int column = 0; column < table->columns(); ++column) {
        const QTextTableCell cell = table->cellAt(index, column);
        for (QTextBlock each = cell.firstCursorPosition().block(); each.isValid(); each = each.next()) {
            row = row.united(layout->blockBoundingRect(each));
            if (each == cell.lastCursorPosition().block())
                break;
        }
    }
    return row;
}

// A rule of a ruled table on a page, in the document's coordinates.
struct Rule
{
    int page = 0;
    QRectF area;
    QColor colour;
};

// The rules of the ruled tables, as Qt draws collapsed borders
// (border-collapse: collapse) but at a fraction of the cost: Qt's collapsed
// borders took half the layout of the 40-item minutes and a third of their
// painting, for a few tables of votes. A rule is one CSS pixel wide, centred
// on the edge between two cells or on a cell's outer edge, in the table's
// border colour; each page closes the rows it holds, and where a table goes
// on to another page, its header rows, which Qt repeats there, are ruled
// there too. `cssPixel` is one CSS pixel in device pixels.
QList<Rule> tableRules(const QTextDocument &text, double pageHeightPx, double cssPixel)
{
    QList<Rule> rules;
    QAbstractTextDocumentLayout *layout = text.documentLayout();
    const auto pageOf = [&](double y) { return int((y + 1.0) / pageHeightPx); };
    QList<QTextFrame *> frames = text.rootFrame()->childFrames();
    for (qsizetype f = 0; f < frames.size(); ++f) {
        frames.append(frames.at(f)->childFrames());
        auto *table = qobject_cast<QTextTable *>(frames.at(f));
        const QTextTableFormat format = table ? table->format() : QTextTableFormat();
        if (!table || format.border() != 0 || format.borderBrush().style() != Qt::SolidPattern
            || format.borderBrush().color() != QColor(ruleColour))
            continue;
        const int rows = table->rows();
        const int columns = table->columns();
        // The rules stand in the middle of the spacing between the cells.
        const double padding = (format.cellPadding() + format.cellSpacing() / 2) * cssPixel;
        // Where each column starts (and the last ends) and each row starts
        // and ends: the edges of the cells' first and last blocks, less their
        // margins, the cells' padding and half the spacing.
        constexpr double none = std::numeric_limits<double>::max();
        QList<double> left(columns + 1, none), top(rows, none), bottom(rows, -none);
        for (int row = 0; row < rows; ++row) {
            for (int column = 0; column < columns; ++column) {
                const QTextTableCell cell = table->cellAt(row, column);
                if (cell.row() != row || cell.column() != column)
                    continue;
                const QTextBlock firstBlock = cell.firstCursorPosition().block();
                const QTextBlock lastBlock = cell.lastCursorPosition().block();
                const QRectF first = layout->blockBoundingRect(firstBlock);
                const QRectF last = layout->blockBoundingRect(lastBlock);
                left[column] = std::min(left[column], first.left() - padding);
                if (column + cell.columnSpan() == columns)
                    left[columns] = std::min(left[columns], first.right() + padding);
                top[row] = std::min(top[row], first.top() - firstBlock.blockFormat().topMargin() * cssPixel - padding);
                if (cell.rowSpan() == 1) {
                    bottom[row] = std::max(bottom[row],
                                           last.bottom() + lastBlock.blockFormat().bottomMargin() * cssPixel + padding);
                }
            }
        }
        // A column that only cells from the left reach, and a row that only
        // cells from above reach, start where the one before does and ends;
        // a row ends where the next begins on the same page.
        for (int column = 1; column < columns; ++column) {
            if (left[column] == none)
                left[column] = left[column - 1];
        }
        for (int row = 1; row < rows; ++row) {
            if (top[row] == none)
                top[row] = bottom[row - 1];
        }
        for (int row = 0; row + 1 < rows; ++row) {
            if (pageOf(top[row + 1]) == pageOf(top[row]))
                bottom[row] = top[row + 1];
        }
        if (bottom.constLast() == -none)
            continue; // the last row only reached from above: no end to rule
        const QColor colour = format.borderBrush().color();
        const double width = cssPixel;
        // A rule drawn on the pages first..last: the edges of a cell taller
        // than what is left of its page go on to the next. Where a cell ends
        // counts a pixel up, so that a cell ending at the foot of a page ends
        // on that page.
        const auto add = [&](int first, int last, const QRectF &area) {
            for (int page = first; page <= last; ++page)
                rules.append({page, area, colour});
        };
        const auto endPage = [&](double y) { return int((y - 1.0) / pageHeightPx); };
        // The cells of rows first..last, `shift` down, closed below by the
        // last one.
        const auto rule = [&](int first, int last, double shift) {
            for (int row = first; row <= last; ++row) {
                for (int column = 0; column < columns; ++column) {
                    const QTextTableCell cell = table->cellAt(row, column);
                    if (cell.column() != column || (cell.row() != row && row != first))
                        continue;
                    const int end = std::min(cell.row() + cell.rowSpan() - 1, last);
                    const double x1 = left[column], x2 = left[column + cell.columnSpan()];
                    const double y1 = top[row] + shift, y2 = bottom[end] + shift;
                    const int starts = pageOf(y1), ends = std::max(starts, endPage(y2));
                    add(starts, starts, QRectF(x1 - width / 2, y1 - width / 2, x2 - x1 + width, width));
                    add(starts, ends, QRectF(x1 - width / 2, y1 - width / 2, width, y2 - y1 + width));
                    if (column + cell.columnSpan() == columns)
                        add(starts, ends, QRectF(x2 - width / 2, y1 - width / 2, width, y2 - y1 + width));
                    if (end == last)
                        add(ends, ends, QRectF(x1 - width / 2, y2 - width / 2, x2 - x1 + width, width));
                }
            }
        };
        const int headerRows = std::min(format.headerRowCount(), rows - 1);
        for (int first = 0; first < rows;) {
            int last = first;
            while (last + 1 < rows && pageOf(top[last + 1]) == pageOf(top[first]))
                ++last;
            // A page the table goes on to starts with its header rows.
            if (first > 0 && headerRows > 0 && first >= headerRows)
                rule(0, headerRows - 1, pageOf(top[first]) * pageHeightPx - top[0]);
            rule(first, last, 0);
            first = last + 1;
        }
    }
    return rules;
}

QList<PageNumberPlace> pageNumberPlaces(const QTextDocument &text, int tokens)
{
    QHash<QString, int> indexOf;
    for (int i = 0; i < tokens; ++i)
        indexOf.insert(pageAnchor(i), i);
    QList<PageNumberPlace> places;
    QAbstractTextDocumentLayout *layout = text.documentLayout();
    for (QTextBlock block = text.begin(); block.isValid() && places.size() < tokens; block = block.next()) {
        for (auto fragment = block.begin(); !fragment.atEnd(); ++fragment) {
            const QTextCharFormat format = fragment.fragment().charFormat();
            const QStringList names = format.anchorNames();
            if (names.isEmpty() || !indexOf.contains(names.constFirst()) || !block.layout()
                || block.layout()->lineCount() == 0)
                continue;
            const QRectF cell = layout->blockBoundingRect(block);
            const QTextLine line = block.layout()->lineAt(0);
            // The documents' font at the cell's size and weight, never another.
            QFont font = text.defaultFont();
            if (format.hasProperty(QTextFormat::FontPointSize))
                font.setPointSizeF(format.fontPointSize());
            font.setBold(format.fontWeight() >= QFont::Bold);
            places.append({indexOf.value(names.constFirst()), cell, cell.top() + line.y() + line.ascent(), font,
                           rowRect(text, block), block.blockNumber()});
            break;
        }
    }
    return places;
}

// The document's h2 headings (the items and the appeal instructions), in
// order: their text, the page (from 1) each starts on and its top there.
struct Heading
{
    QString title;
    int page = 0;
    double top = 0;          // from the top of the page's text area, in device pixels
};

QList<Heading> headings(QTextDocument &text, double pageHeightPx)
{
    QList<Heading> found;
    QAbstractTextDocumentLayout *layout = text.documentLayout();
    for (QTextBlock block = text.begin(); block.isValid(); block = block.next()) {
        if (block.blockFormat().headingLevel() != 2)
            continue;
        // A page break moves the block's first line, not the block.
        const QTextLayout *lines = block.layout();
        const double top = layout->blockBoundingRect(block).top()
            + (lines && lines->lineCount() > 0 ? lines->lineAt(0).y() : 0.0);
        const int page = int((top + 1.0) / pageHeightPx); // + 1 px: a line at the very top of a page
        found.append({block.text().simplified(), page + 1, std::max(0.0, top - page * pageHeightPx)});
    }
    return found;
}

// Moves a paragraph that a page boundary would split to the next page
// whole, and keeps what must not end a page with the first line after it: a
// heading (an item's or an appeal instruction's title, a part's heading),
// and a short line between a heading and the first one under it ("Koskee
// pykälää: § 5" between an instruction's title and its first heading). A
// chain of them moves together: a block moved after its successor was takes
// over the successor's page break. Besides reading better, no block then
// spans two pages: Qt draws the line before a page's first one as well, out
// of sight but into the PDF's text layer, so a split paragraph's line would
// be read twice.
void keepTogether(QTextDocument &text, double pageHeightPx)
{
    QAbstractTextDocumentLayout *layout = text.documentLayout();
    auto pageOf = [&](double y) { return int((y + 1.0) / pageHeightPx); };
    auto laidOut = [](const QTextBlock &block) {
        return block.isValid() && block.layout() && block.layout()->lineCount() > 0;
    };
    auto heading = [](const QTextBlock &block) { return block.isValid() && block.blockFormat().headingLevel() >= 2; };
    auto breaksBefore = [](const QTextBlock &block) {
        return block.blockFormat().pageBreakPolicy().testFlag(QTextFormat::PageBreak_AlwaysBefore);
    };
    // The blocks this function gave a page break, by number: the others
    // (an item's title, "new-page") keep theirs.
    QSet<int> moved;
    for (int moves = 0; moves < 500; ++moves) {
        (void)layout->documentSize(); // Qt lays out lazily: finish it
        QTextBlock move;
        for (QTextBlock block = text.begin(); block.isValid() && !move.isValid(); block = block.next()) {
            const QTextLayout *lines = block.layout();
            if (!laidOut(block) || QTextCursor(block).currentTable() || breaksBefore(block))
                continue;
            const double top = layout->blockBoundingRect(block).top();
            const QTextLine first = lines->lineAt(0);
            const QTextLine last = lines->lineAt(lines->lineCount() - 1);
            const int firstPage = pageOf(top + first.y());
            const bool split = firstPage != pageOf(top + last.y()) && last.y() + last.height() < pageHeightPx / 3;
            const QTextBlock next = block.next();
            // A short line between a heading and the first one under it
            // opens the section, as its heading does; before a heading of
            // the same or a higher rank it ends the section above.
            const bool keepWithNext = heading(block)
                || (lines->lineCount() <= 2 && heading(block.previous()) && heading(next)
                    && next.blockFormat().headingLevel() > block.previous().blockFormat().headingLevel());
            // Before a page break of the document's own, moving gains nothing.
            bool orphaned = false;
            if (keepWithNext && laidOut(next) && (!breaksBefore(next) || moved.contains(next.blockNumber()))) {
                const double nextTop = layout->blockBoundingRect(next).top() + next.layout()->lineAt(0).y();
                orphaned = pageOf(nextTop) != firstPage;
            }
            if (split || orphaned)
                move = block;
        }
        if (!move.isValid())
            return;
        QTextBlockFormat format;
        format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
        QTextCursor(move).mergeBlockFormat(format);
        moved.insert(move.blockNumber());
        // Its successor, moved before, now follows it on the new page: a
        // break of its own would leave `move` alone there.
        if (moved.remove(move.next().blockNumber())) {
            format.setPageBreakPolicy(QTextFormat::PageBreak_Auto);
            QTextCursor(move.next()).mergeBlockFormat(format);
        }
    }
}

QFont font(const QString &family, double points, bool bold = false)
{
    QFont f(family);
    f.setPointSizeF(points);
    f.setBold(bold);
    f.setHintingPreference(QFont::PreferNoHinting);
    f.setKerning(true);
    // Never the machine's fonts for a missing glyph: the output would
    // depend on the machine (unsupported characters are refused instead).
    f.setStyleStrategy(QFont::NoFontMerging);
    return f;
}

// The first character of the laid-out document that the font cannot show,
// with where it is ("§ 5 Tontin myynti"); none when every one is shown.
std::optional<std::pair<char32_t, QString>> unsupportedCharacter(const QTextDocument &text, const QFont &base)
{
    const QRawFont raw = QRawFont::fromFont(base);
    QString where;
    for (QTextBlock block = text.begin(); block.isValid(); block = block.next()) {
        const QString content = block.text();
        const int level = block.blockFormat().headingLevel();
        if (level == 1 || level == 2)
            where = content;
        for (const char32_t c : content.toUcs4()) {
            const QChar::Category category = QChar::category(c);
            if (category == QChar::Separator_Space || category == QChar::Separator_Line
                || category == QChar::Separator_Paragraph || category == QChar::Other_Control
                || category == QChar::Other_Format || c == 0xFFFC)
                continue;
            if (!raw.supportsCharacter(uint(c)))
                return std::pair{c, where};
        }
    }
    return std::nullopt;
}

// The organisation's logo as the header shows it: no more than 240 pixels
// high, over white (PDF/A-1 has no transparency). Null without a logo.
QImage headerLogo(const QByteArray &bytes)
{
    QImage image = QImage::fromData(bytes);
    if (image.isNull())
        return image;
    if (image.height() > 240)
        image = image.scaledToHeight(240, Qt::SmoothTransformation);
    QImage opaque(image.size(), QImage::Format_RGB32);
    opaque.fill(Qt::white);
    QPainter composer(&opaque);
    composer.drawImage(0, 0, image);
    composer.end();
    return opaque;
}

void paintHeader(QPainter &painter, const OfficialDocument &doc, const QImage &logo, int page, int pages, double mm,
                 const QString &family)
{
    double left = marginLeft * mm;
    const double right = (pageWidth - marginRight) * mm, kind = kindColumn * mm;
    const double line = 4.6 * mm;
    double y = headerTop * mm;
    if (!logo.isNull()) {
        // Beside the organisation's name, as high as the header's lines.
        const double height = 3 * line;
        const double width = height * logo.width() / logo.height();
        painter.drawImage(QRectF(left, y, width, height), logo);
        left += width + 3 * mm;
    }
    painter.setPen(Qt::black);
    const QFont regular = font(family, 9.5), bold = font(family, 10, true);
    auto text = [&](double x, double top, const QString &s, const QFont &f, Qt::Alignment align = Qt::AlignLeft) {
        painter.setFont(f);
        const QRectF box = align & Qt::AlignRight ? QRectF(x - 60 * mm, top, 60 * mm, line)
                                                  : QRectF(x, top, (align & Qt::AlignLeft) && x < kind ? kind - x - 2 * mm
                                                                                                     : 60 * mm, line);
        painter.drawText(box, int(align | Qt::AlignVCenter) | Qt::TextSingleLine, s);
    };
    text(left, y, doc.organisation, bold);
    text(kind, y, doc.kindLabel, bold);
    text(right, y, QStringLiteral("%1 (%2)").arg(page).arg(pages), regular, Qt::AlignRight);
    y += line;
    text(left, y, doc.body, regular);
    text(kind, y, doc.number, regular);
    y += line;
    text(kind, y, doc.date, regular);
    y += line + 1.5 * mm;
    painter.setPen(QPen(Qt::black, 0.25 * mm));
    painter.drawLine(QPointF(left, y), QPointF(right, y));
}

} // namespace

QString fontFamily()
{
    static const QString family = [] {
        QString name;
        for (const char *file : {"PykalaSans-Regular", "PykalaSans-Bold", "PykalaSans-Italic", "PykalaSans-BoldItalic"}) {
            const int id = QFontDatabase::addApplicationFont(QStringLiteral(":/pykala/fonts/%1.ttf")
                                                                 .arg(QString::fromLatin1(file)));
            if (id >= 0 && name.isEmpty())
                name = QFontDatabase::applicationFontFamilies(id).value(0);
        }
        return name;
    }();
    return family;
}

namespace {

// The logical structure of the laid-out document for a tagged PDF: the
// page header's text and logo (content on the first page), then each block
// in the document's order as a heading, paragraph, list item or table cell
// (in its row and table), with the rectangles of its lines on the pages.
// `toPoints` turns a rectangle of the text area on a page (device pixels)
// into PDF points.
// Gives, by block number, the element of each table cell's block.
QHash<int, int> describeStructure(const QTextDocument &text, double pageHeightPx, const OfficialDocument &document,
                                  const std::function<QRectF(const QRectF &)> &toPoints, PdfA::Metadata *out)
{
    QHash<int, int> cellElements;
    using Element = PdfA::Metadata::Element;
    QAbstractTextDocumentLayout *layout = text.documentLayout();
    const auto add = [&](const QByteArray &role, int parent) {
        out->elements.append(Element{role, parent, {}, {}, {}});
        return int(out->elements.size()) - 1;
    };
    const auto addLine = [&](int element, const QRectF &rect) {
        const int page = int((rect.top() + 1.0) / pageHeightPx);
        const QRectF points = toPoints(rect.translated(0, -page * pageHeightPx)).normalized();
        // PDF's y grows upwards: the rectangle's smaller y is its bottom.
        out->lines.append({element, page, points.left(), points.top(), points.right(), points.bottom()});
    };
    if (!document.logo.isEmpty()) {
        out->logoElement = add("Figure", -1);
        out->elements[out->logoElement].alt = document.organisation;
    }
    out->headerElement = add("P", -1);

    QHash<const QTextTable *, int> tables;
    std::map<std::pair<const QTextTable *, int>, int> rows;
    std::map<std::tuple<const QTextTable *, int, int>, int> cells;
    QHash<const QTextList *, int> lists;
    for (QTextBlock block = text.begin(); block.isValid(); block = block.next()) {
        const QTextLayout *lines = block.layout();
        if (!lines || lines->lineCount() == 0)
            continue;
        int element = -1;
        QTextCursor cursor(block);
        const QTextTable *table = cursor.currentTable();
        // Blank blocks (the gap after a table) hold nothing to read: what
        // is drawn on their lines is an artifact (element -1). A blank
        // table cell stays, so that each cell keeps its column.
        if (!table && block.text().trimmed().isEmpty()) {
            for (int i = 0; i < lines->lineCount(); ++i)
                addLine(-1, lines->lineAt(i).rect().translated(lines->position()));
            continue;
        }
        if (table) {
            const QTextTableCell cell = table->cellAt(cursor);
            int &tableElement = tables[table];
            if (tableElement == 0)
                tableElement = add("Table", -1) + 1; // 0: none yet
            int &row = rows[{table, cell.row()}];
            if (row == 0)
                row = add("TR", tableElement - 1) + 1;
            int &cellElement = cells[{table, cell.row(), cell.column()}];
            const bool columnHeader = cell.row() < table->format().headerRowCount();
            const bool rowHeader = block.userState() == rowHeaderState;
            if (cellElement == 0) {
                cellElement = add(columnHeader || rowHeader ? "TH" : "TD", row - 1) + 1;
                if (columnHeader || rowHeader)
                    out->elements[cellElement - 1].attributes =
                        columnHeader ? "<< /O /Table /Scope /Column >>" : "<< /O /Table /Scope /Row >>";
            }
            element = cellElement - 1;
            cellElements.insert(block.blockNumber(), element);
            // The page numbers of the list of items are drawn in their cell.
            addLine(element, layout->blockBoundingRect(block));
        } else if (const QTextList *list = block.textList()) {
            int &listElement = lists[list];
            if (listElement == 0)
                listElement = add("L", -1) + 1;
            element = add("LBody", add("LI", listElement - 1));
        } else {
            const int level = block.blockFormat().headingLevel();
            element = add(level >= 1 && level <= 6 ? "H" + QByteArray::number(level) : QByteArrayLiteral("P"), -1);
        }
        // Written in another language: the block, or its words marked so
        // (an item's title in its heading).
        if (block.userState() >= 1 && block.userState() <= markedLanguages().size()) {
            out->elements[element].language = markedLanguages().at(block.userState() - 1);
        } else {
            for (auto fragment = block.begin(); !fragment.atEnd(); ++fragment) {
                for (const QString &name : fragment.fragment().charFormat().anchorNames()) {
                    if (name.startsWith(languageAnchor))
                        out->elements[element].language = name.mid(languageAnchor.size());
                }
            }
        }
        for (int i = 0; i < lines->lineCount(); ++i)
            addLine(element, lines->lineAt(i).rect().translated(lines->position()));
    }
    return cellElements;
}

// Paints as paint() does; with `navigation`, also gives where the outline
// and the list of items' links go, in PDF points of the device's pages, and
// calls `pageEnds` with each page's number (from 0) before the device is
// told that the page is done; it returns whether the page's content will be
// compressed again (marked), so that the writer need only store it.
Result<int> paintDocument(const OfficialDocument &document, QPagedPaintDevice *device, PdfA::Metadata *navigation,
                          const std::function<bool(int)> &pageEnds = {})
{
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return Failure{tr("Laying out a document needs the graphical application object.")};
    const QString family = fontFamily();
    if (family.isEmpty())
        return Failure{tr("The document font (Pykala Sans) could not be loaded from the program's resources.")};
    device->setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(0, 0, 0, 0)));
    const double mm = device->logicalDpiY() / 25.4;
    const QSizeF body((pageWidth - marginLeft - marginRight) * mm, (pageHeight - bodyTop - marginBottom) * mm);

    QTextDocument text;
    text.setUseDesignMetrics(true);
    text.documentLayout()->setPaintDevice(device);
    text.setDocumentMargin(0);
    text.setDefaultFont(font(family, 10));
    text.setDefaultStyleSheet(QString::fromLatin1(styleSheet));
    text.setPageSize(body);

    // Lay out once, keep paragraphs whole, then read on which pages the
    // items start: the numbers of the list of items are drawn there. Each
    // paragraph keeps the glyphs the layout shaped for the drawing, which
    // would otherwise shape every line again (but those Qt lays out while it
    // parses).
    text.setHtml(withPagePlaceholders(qtHtml(document.html), document.pageTokens));
    for (QTextBlock block = text.begin(); block.isValid(); block = block.next())
        block.layout()->setCacheEnabled(true);
    if (const auto missing = unsupportedCharacter(text, font(family, 10))) {
        return Failure{tr("%1 contains the character “%2” (U+%3), which the documents' font cannot show. "
                          "Write it with other characters.")
                           .arg(missing->second.isEmpty() ? document.title : missing->second,
                                QString::fromUcs4(&missing->first, 1))
                           .arg(uint(missing->first), 4, 16, QLatin1Char('0'))};
    }
    keepTogether(text, body.height());
    const QList<Heading> headingList = headings(text, body.height());
    QList<int> pages;
    for (const Heading &heading : headingList)
        pages.append(heading.page);
    const QList<PageNumberPlace> numbers = pageNumberPlaces(text, document.pageTokens);
    const QList<Rule> rules = tableRules(text, body.height(), device->logicalDpiY() / 96.0);
    const int textPages = text.pageCount();
    const bool signaturePage = !document.signaturePageHeading.isEmpty();
    const int count = textPages + (signaturePage ? 1 : 0);

    if (navigation) {
        // Device pixels of the text area to PDF points from the page's bottom.
        const double points = 72.0 / device->logicalDpiY();
        const double pageTop = device->pageLayout().fullRectPoints().height();
        const auto x = [&](double px) { return (marginLeft * mm + px) * points; };
        const auto y = [&](double pxOnPage) { return pageTop - (bodyTop * mm + pxOnPage) * points; };
        const QHash<int, int> cellElements = describeStructure(text, body.height(), document, [&](const QRectF &r) {
            return QRectF(QPointF(x(r.left()), y(r.bottom())), QPointF(x(r.right()), y(r.top())));
        }, navigation);
        navigation->headerBottom = y(-1.0 * mm);
        if (!document.signaturePageHeading.isEmpty()) {
            // The signature page, drawn below: its heading and its text.
            const int page = textPages;
            const auto area = [&](int element, const QRectF &device) {
                navigation->lines.append({element, page, device.left() * points, pageTop - device.bottom() * points,
                                          device.right() * points, pageTop - device.top() * points});
            };
            navigation->elements.append({"H2", -1, {}, {}, {}});
            area(int(navigation->elements.size()) - 1, QRectF(marginLeft * mm, bodyTop * mm, body.width(), 8 * mm));
            navigation->elements.append({"P", -1, {}, {}, {}});
            area(int(navigation->elements.size()) - 1, QRectF(marginLeft * mm, bodyTop * mm + 10 * mm, body.width(), 20 * mm));
        }
        for (const Heading &heading : headingList)
            navigation->outline.append({heading.title, {heading.page - 1, y(heading.top) + 6}});
        for (const PageNumberPlace &place : numbers) {
            if (place.index >= headingList.size())
                continue;
            const Heading &target = headingList.at(place.index);
            const int page = int((place.row.top() + 1.0) / body.height());
            const double top = place.row.top() - page * body.height();
            // Its Link element goes in the row of the cell it stands on.
            const int cell = cellElements.value(place.block, -1);
            navigation->links.append({page, x(place.row.left()), y(top + place.row.height()), x(place.row.right()), y(top),
                                      {target.page - 1, y(target.top) + 6},
                                      cell < 0 ? -1 : navigation->elements.at(cell).parent});
        }
    }

    const QImage logo = headerLogo(document.logo);
    QPainter painter(device);
    if (!painter.isActive())
        return Failure{tr("Could not start painting the document on the printer or file.")};
    const auto endPage = [&](int page) { return pageEnds && pageEnds(page); };
    for (int page = 0; page < textPages; ++page) {
        if (page > 0) {
            // Qt writes the page as the next begins: stored when it is marked.
            const ZlibStore::Scope stored(endPage(page - 1));
            if (!device->newPage())
                return Failure{tr("Could not start page %1 of the document.").arg(page + 1)};
        }
        Watermark::paint(painter, QRectF(QPointF(0, 0), QSizeF(device->width(), device->height())), document.watermark,
                         Watermark::Layer::Beneath);
        paintHeader(painter, document, logo, page + 1, count, mm, family);
        painter.save();
        const QRectF visible(0, page * body.height(), body.width(), body.height());
        painter.translate(marginLeft * mm, bodyTop * mm - page * body.height());
        painter.setClipRect(visible);
        QAbstractTextDocumentLayout::PaintContext context;
        // Lines that only touch the page's edge belong to the next or the
        // previous page: drawn here they would be clipped out of sight but
        // stay in the text layer, read twice.
        context.clip = visible.adjusted(0, 1, 0, -1);
        context.palette.setColor(QPalette::Text, Qt::black);
        text.documentLayout()->draw(&painter, context);
        for (const Rule &rule : rules) {
            if (rule.page == page)
                painter.fillRect(rule.area, rule.colour);
        }
        painter.setPen(Qt::black);
        for (const PageNumberPlace &place : numbers) {
            if (!visible.contains(QPointF(place.cell.right(), place.baseline)))
                continue;
            const QString number = place.index < pages.size() ? QString::number(pages.at(place.index))
                                                              : QStringLiteral("–");
            painter.setFont(place.font);
            const double width = QFontMetricsF(place.font, device).horizontalAdvance(number);
            painter.drawText(QPointF(place.cell.right() - width, place.baseline), number);
        }
        painter.restore();
    }
    if (signaturePage) {
        const ZlibStore::Scope stored(endPage(textPages - 1));
        if (!device->newPage())
            return Failure{tr("Could not start page %1 of the document.").arg(count)};
        Watermark::paint(painter, QRectF(QPointF(0, 0), QSizeF(device->width(), device->height())), document.watermark,
                         Watermark::Layer::Beneath);
        paintHeader(painter, document, logo, count, count, mm, family);
        painter.setPen(Qt::black);
        painter.setFont(font(family, 13, true));
        const QRectF heading(marginLeft * mm, bodyTop * mm, body.width(), 8 * mm);
        painter.drawText(heading, Qt::AlignLeft | Qt::AlignTop | Qt::TextSingleLine, document.signaturePageHeading);
        painter.setFont(font(family, 10));
        painter.drawText(QRectF(marginLeft * mm, bodyTop * mm + 10 * mm, body.width(), 20 * mm),
                         Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, document.signaturePageText);
    }
    (void)endPage(count - 1); // written by end(), with the fonts: compressed
    painter.end();
    return count;
}

} // namespace

Result<int> paint(const OfficialDocument &document, QPagedPaintDevice *device)
{
    return paintDocument(document, device, nullptr);
}

Result<QByteArray> pdf(const OfficialDocument &document)
{
    PdfA::Metadata metadata;
    QByteArray bytes;
    // Each page's content stream is marked for the tags while the next ones
    // are drawn. Qt writes a page when it is told it is done, its content
    // stream first of the streams it writes then: the one found first from
    // there, given to the marking when the next page ends.
    std::optional<PdfA::PageMarking> marking;
    int ended = -1;
    qsizetype endedAt = 0;
    const auto giveEnded = [&] {
        const qsizetype start = bytes.indexOf(">>\nstream\n", endedAt);
        const qsizetype end = start < 0 ? -1 : bytes.indexOf("\nendstream", start);
        if (ended >= 0 && end >= 0) {
            const qsizetype head = bytes.lastIndexOf("<<", start);
            const qsizetype data = start + qsizetype(sizeof(">>\nstream\n") - 1);
            marking->add(ended, bytes.mid(head, start + 2 - head), bytes.mid(data, end - data));
        }
        ended = -1;
    };
    const auto pageEnds = [&](int page) {
        if (metadata.elements.isEmpty())
            return false;
        if (!marking)
            marking.emplace(metadata);
        giveEnded();
        ended = page;
        endedAt = bytes.size();
        return true;
    };
    // Before the pages: the marking prepares the font while they are drawn.
    if (!document.signaturePageHeading.isEmpty()) {
        QFile font(QStringLiteral(":/pykala/fonts/PykalaSignatureSans-Regular.ttf"));
        if (!font.open(QIODevice::ReadOnly))
            return Failure{tr("The signature font could not be loaded from the program's resources.")};
        metadata.signatureFont = font.readAll();
    }
    {
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        writer.setPdfVersion(QPagedPaintDevice::PdfVersion_A1b);
        writer.setResolution(1200);
        writer.setTitle(document.title);
        writer.setCreator(QStringLiteral("Pykälä"));
        const auto pages = paintDocument(document, &writer, &metadata, pageEnds);
        if (!pages)
            return Failure{pages.error()};
    }
    if (marking)
        giveEnded();
    metadata.title = document.title;
    metadata.author = document.organisation;
    metadata.subject = document.subject;
    metadata.keywords = document.keywords;
    metadata.recordProperties = document.recordProperties;
    metadata.language = DocumentLanguage::tag(document.language);
    metadata.created = document.created;
    metadata.producer = QStringLiteral("Pykälä %1 (Qt %2)").arg(QStringLiteral(PYKALA_VERSION), QString::fromLatin1(qVersion()));
    return PdfA::finish(bytes, metadata, marking ? &*marking : nullptr);
}

QByteArray imagePdf(const QImage &image, const QString &title)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setTitle(title);
    writer.setResolution(150);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
    QPainter painter(&writer);
    const QRect area = painter.viewport();
    const QSize size = image.size().scaled(area.size(), Qt::KeepAspectRatio);
    painter.drawImage(QRect(area.topLeft(), size), image);
    painter.end();
    return bytes;
}

} // namespace DocumentRenderer
