#include "documentrenderer.h"

#include "pdfa.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QCoreApplication>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QTextBlock>
#include <QTextDocument>

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
QString qtHtml(const QString &html)
{
    QString out = html;
    static const QRegularExpression sections(QStringLiteral("</?section[^>]*>\\n?"));
    out.remove(sections);
    static const QRegularExpression links(QStringLiteral("<a href=\"[^\"]*\">(.*?)</a>"));
    out.replace(links, QStringLiteral("\\1"));
    static const QRegularExpression captions(QStringLiteral("<table([^>]*)>\\n<caption>(.*?)</caption>"));
    out.replace(captions, QStringLiteral("<p class=\"caption\">\\2</p>\n<table\\1>"));
    const QList<std::pair<QString, QString>> tables{
        {QStringLiteral("grid"), QStringLiteral("border=\"1\" cellspacing=\"0\" cellpadding=\"3\" width=\"100%\"")},
        {QStringLiteral("votes"), QStringLiteral("border=\"1\" cellspacing=\"0\" cellpadding=\"2\" width=\"70%\"")},
        {QStringLiteral("facts"), QStringLiteral("border=\"0\" cellspacing=\"0\" cellpadding=\"2\"")},
        {QStringLiteral("contents"), QStringLiteral("border=\"0\" cellspacing=\"0\" cellpadding=\"2\" width=\"100%\"")},
        {QStringLiteral("signatures"), QStringLiteral("border=\"0\" cellspacing=\"0\" cellpadding=\"4\" width=\"100%\"")},
    };
    for (const auto &[cls, attributes] : tables)
        out.replace(QStringLiteral("<table class=\"%1\">").arg(cls),
                    QStringLiteral("<table class=\"%1\" %2 style=\"border-collapse: collapse; border-color: #555555\">")
                        .arg(cls, attributes));
    // Rich text of the items may hold tables of its own.
    out.replace(QStringLiteral("<table>"),
                QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" "
                               "style=\"border-collapse: collapse; border-color: #555555\">"));
    // Labels of facts stay bold; names heading the rows of a table read as
    // text, not as headings.
    static const QRegularExpression label(QStringLiteral("<th scope=\"row\" class=\"label\">(.*?)</th>"));
    out.replace(label, QStringLiteral("<td><b>\\1</b></td>"));
    out.replace(QStringLiteral("<th scope=\"row\">"), QStringLiteral("<td>"));
    static const QRegularExpression rowHeaderEnd(QStringLiteral("</th>(<td)"));
    out.replace(rowHeaderEnd, QStringLiteral("</td>\\1"));
    // Qt's tables take no bottom margin: a small gap after each one.
    out.replace(QStringLiteral("</table>"), QStringLiteral("</table>\n<p class=\"gap\">&nbsp;</p>"));
    // Page numbers stand right in their column.
    out.replace(QStringLiteral("<td class=\"page\">"), QStringLiteral("<td class=\"page\" align=\"right\">"));
    out.replace(QStringLiteral("<th scope=\"col\" class=\"page\">"),
                QStringLiteral("<th scope=\"col\" class=\"page\" align=\"right\">"));
    return out;
}

QString withPages(QString html, const QList<int> &pages, int tokens)
{
    for (int i = 0; i < tokens; ++i)
        html.replace(OfficialDocument::pageToken(i), i < pages.size() ? QString::number(pages.at(i)) : QStringLiteral("00"));
    return html;
}

// The pages (from 1) on which the document's h2 headings start, in order.
QList<int> headingPages(QTextDocument &text, double pageHeightPx)
{
    QList<int> pages;
    QAbstractTextDocumentLayout *layout = text.documentLayout();
    for (QTextBlock block = text.begin(); block.isValid(); block = block.next()) {
        if (block.blockFormat().headingLevel() != 2)
            continue;
        // A page break moves the block's first line, not the block.
        const QTextLayout *lines = block.layout();
        const double top = layout->blockBoundingRect(block).top()
            + (lines && lines->lineCount() > 0 ? lines->lineAt(0).y() : 0.0);
        pages.append(int((top + 1.0) / pageHeightPx) + 1); // + 1 px: a line at the very top of a page
    }
    return pages;
}

QFont font(const QString &family, double points, bool bold = false)
{
    QFont f(family);
    f.setPointSizeF(points);
    f.setBold(bold);
    f.setHintingPreference(QFont::PreferNoHinting);
    f.setKerning(true);
    return f;
}

void paintHeader(QPainter &painter, const OfficialDocument &doc, int page, int pages, double mm, const QString &family)
{
    const double left = marginLeft * mm, right = (pageWidth - marginRight) * mm, kind = kindColumn * mm;
    const double line = 4.6 * mm;
    double y = headerTop * mm;
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
        for (const char *file : {"LiberationSans-Regular", "LiberationSans-Bold", "LiberationSans-Italic",
                                 "LiberationSans-BoldItalic"}) {
            const int id = QFontDatabase::addApplicationFont(QStringLiteral(":/pykala/fonts/%1.ttf")
                                                                 .arg(QString::fromLatin1(file)));
            if (id >= 0 && name.isEmpty())
                name = QFontDatabase::applicationFontFamilies(id).value(0);
        }
        return name;
    }();
    return family;
}

Result<int> paint(const OfficialDocument &document, QPagedPaintDevice *device)
{
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return Failure{tr("Laying out a document needs the graphical application object.")};
    const QString family = fontFamily();
    if (family.isEmpty())
        return Failure{tr("The document font (Liberation Sans) could not be loaded from the program's resources.")};
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
    const QString html = qtHtml(document.html);

    // Lay out, read the pages of the items, and again with the page numbers
    // filled in, until they stay put.
    QList<int> pages;
    for (int pass = 0; pass < 4; ++pass) {
        text.setHtml(withPages(html, pages, document.pageTokens));
        const QList<int> found = headingPages(text, body.height());
        if (found == pages)
            break;
        pages = found;
    }
    const int count = text.pageCount();

    QPainter painter(device);
    if (!painter.isActive())
        return Failure{tr("Could not start painting the document on the printer or file.")};
    for (int page = 0; page < count; ++page) {
        if (page > 0 && !device->newPage())
            return Failure{tr("Could not start page %1 of the document.").arg(page + 1)};
        paintHeader(painter, document, page + 1, count, mm, family);
        painter.save();
        const QRectF visible(0, page * body.height(), body.width(), body.height());
        painter.translate(marginLeft * mm, bodyTop * mm - page * body.height());
        painter.setClipRect(visible);
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = visible;
        context.palette.setColor(QPalette::Text, Qt::black);
        text.documentLayout()->draw(&painter, context);
        painter.restore();
    }
    painter.end();
    return count;
}

Result<QByteArray> pdf(const OfficialDocument &document)
{
    QByteArray bytes;
    {
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        writer.setPdfVersion(QPagedPaintDevice::PdfVersion_A1b);
        writer.setResolution(1200);
        writer.setTitle(document.title);
        writer.setCreator(QStringLiteral("Pykälä"));
        const auto pages = paint(document, &writer);
        if (!pages)
            return Failure{pages.error()};
    }
    PdfA::Metadata metadata;
    metadata.title = document.title;
    metadata.author = document.organisation;
    metadata.subject = document.subject;
    metadata.keywords = document.keywords;
    metadata.language = document.language == Language::Swedish ? QStringLiteral("sv") : QStringLiteral("fi");
    metadata.created = document.created;
    metadata.producer = QStringLiteral("Pykälä %1 (Qt %2)").arg(QStringLiteral(PYKALA_VERSION), QString::fromLatin1(qVersion()));
    return PdfA::finish(bytes, metadata);
}

} // namespace DocumentRenderer
