#include "richtextedit.h"

#include "text/richtext.h"

#include <QMimeData>
#include <QRegularExpression>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextDocumentFragment>
#include <QTextFrame>
#include <QTextList>
#include <QTextTable>

namespace {

// Personal data is shaded in the editor; the shade is how the editor's
// document carries the mark (the toolbar offers no other background).
const QColor personalDataShade(0xff, 0xf3, 0xb0);
constexpr int subheadingLevel = 3;

bool personal(const QTextCharFormat &format)
{
    return format.background().style() != Qt::NoBrush && format.background().color() == personalDataShade;
}

// Inline text of a block, with the marks opened and closed as the
// fragments' formats change: personal data outermost, then bold, italic.
QString inlineHtml(const QTextBlock &block, bool heading)
{
    QString out;
    bool inPersonal = false, inBold = false, inItalic = false;
    auto closeItalic = [&] {
        if (inItalic)
            out += QStringLiteral("</i>");
        inItalic = false;
    };
    auto closeBold = [&] {
        closeItalic();
        if (inBold)
            out += QStringLiteral("</b>");
        inBold = false;
    };
    auto closePersonal = [&] {
        closeBold();
        if (inPersonal)
            out += QStringLiteral("</span>");
        inPersonal = false;
    };
    for (auto it = block.begin(); !it.atEnd(); ++it) {
        const QTextFragment fragment = it.fragment();
        if (!fragment.isValid())
            continue;
        const QTextCharFormat format = fragment.charFormat();
        const bool p = personal(format);
        const bool b = !heading && format.fontWeight() >= QFont::DemiBold;
        const bool i = format.fontItalic();
        if (p != inPersonal)
            closePersonal();
        else if (b != inBold)
            closeBold();
        else if (i != inItalic)
            closeItalic();
        if (p && !inPersonal) {
            out += QStringLiteral("<span class=\"personal-data\">");
            inPersonal = true;
        }
        if (b && !inBold) {
            out += QStringLiteral("<b>");
            inBold = true;
        }
        if (i && !inItalic) {
            out += QStringLiteral("<i>");
            inItalic = true;
        }
        QString text = fragment.text();
        text.remove(QChar::ObjectReplacementCharacter);
        text = text.toHtmlEscaped();
        text.replace(QChar::LineSeparator, QStringLiteral("<br>"));
        text.replace(QChar(u'\n'), QStringLiteral("<br>"));
        out += text;
    }
    closePersonal();
    return out;
}

void writeFrame(const QTextFrame *frame, QString &out);

void writeCell(const QTextTableCell &cell, QString &out)
{
    QStringList parts;
    for (auto it = cell.begin(); !it.atEnd(); ++it) {
        if (it.currentBlock().isValid())
            parts << inlineHtml(it.currentBlock(), false);
    }
    out += parts.join(QStringLiteral("<br>"));
}

void writeTable(const QTextTable *table, QString &out)
{
    out += QStringLiteral("<table>");
    for (int row = 0; row < table->rows(); ++row) {
        out += QStringLiteral("<tr>");
        for (int column = 0; column < table->columns(); ++column) {
            const QTextTableCell cell = table->cellAt(row, column);
            // A spanned cell is written once, where it starts.
            if (cell.row() != row || cell.column() != column)
                continue;
            const bool header = cell.format().toTableCellFormat().fontWeight() >= QFont::DemiBold
                                && row < table->format().headerRowCount();
            const QString tag = header ? QStringLiteral("th") : QStringLiteral("td");
            QString attributes;
            if (cell.rowSpan() > 1)
                attributes += QStringLiteral(" rowspan=\"%1\"").arg(cell.rowSpan());
            if (cell.columnSpan() > 1)
                attributes += QStringLiteral(" colspan=\"%1\"").arg(cell.columnSpan());
            out += QStringLiteral("<%1%2>").arg(tag, attributes);
            writeCell(cell, out);
            out += QStringLiteral("</%1>").arg(tag);
        }
        out += QStringLiteral("</tr>");
    }
    out += QStringLiteral("</table>");
}

void writeFrame(const QTextFrame *frame, QString &out)
{
    const QTextList *openList = nullptr;
    auto closeList = [&] {
        if (openList)
            out += openList->format().style() == QTextListFormat::ListDecimal ? QStringLiteral("</ol>")
                                                                               : QStringLiteral("</ul>");
        openList = nullptr;
    };
    for (auto it = frame->begin(); !it.atEnd(); ++it) {
        if (const QTextFrame *child = it.currentFrame()) {
            closeList();
            if (const auto *table = qobject_cast<const QTextTable *>(child))
                writeTable(table, out);
            else
                writeFrame(child, out);
            continue;
        }
        const QTextBlock block = it.currentBlock();
        if (!block.isValid())
            continue;
        const QTextList *list = block.textList();
        if (list != openList) {
            closeList();
            if (list) {
                out += list->format().style() == QTextListFormat::ListDecimal ? QStringLiteral("<ol>")
                                                                               : QStringLiteral("<ul>");
                openList = list;
            }
        }
        const int level = block.blockFormat().headingLevel();
        const QString text = inlineHtml(block, level > 0);
        if (text.isEmpty())
            continue;
        if (list)
            out += QStringLiteral("<li>%1</li>").arg(text);
        else if (level >= 1 && level <= 6)
            out += QStringLiteral("<h%1>%2</h%1>").arg(level).arg(text);
        else
            out += QStringLiteral("<p>%1</p>").arg(text);
    }
    closeList();
}

} // namespace

RichTextEdit::RichTextEdit(QWidget *parent)
    : QTextEdit(parent)
{
    setUndoRedoEnabled(false);
    setAcceptRichText(true);
    setTabChangesFocus(true);
    document()->setDocumentMargin(8);
    connect(this, &QTextEdit::textChanged, this, &RichTextEdit::announce);
    connect(this, &QTextEdit::cursorPositionChanged, this, &RichTextEdit::formatChanged);
    connect(this, &QTextEdit::currentCharFormatChanged, this, &RichTextEdit::formatChanged);
}

QString RichTextEdit::toEditorHtml(const QString &storeHtml)
{
    QString html = storeHtml;
    html.replace(QStringLiteral("<span class=\"personal-data\">"),
                 QStringLiteral("<span style=\"background-color:%1\">").arg(personalDataShade.name()));
    return html;
}

QString RichTextEdit::toStoreHtml(const QTextDocument &document)
{
    QString out;
    writeFrame(document.rootFrame(), out);
    return out;
}

void RichTextEdit::setStoreHtml(const QString &html)
{
    if (html == m_last)
        return;
    const int position = textCursor().position();
    m_setting = true;
    setHtml(toEditorHtml(html));
    underlinePersonalData(document());
    m_setting = false;
    m_last = html;
    QTextCursor cursor = textCursor();
    cursor.setPosition(std::min(position, document()->characterCount() - 1));
    setTextCursor(cursor);
}

QString RichTextEdit::storeHtml() const
{
    return toStoreHtml(*document());
}

void RichTextEdit::announce()
{
    if (m_setting)
        return;
    const QString html = storeHtml();
    if (html == m_last)
        return;
    m_last = html;
    emit edited(html);
}

void RichTextEdit::mergeFormat(const QTextCharFormat &format)
{
    QTextCursor cursor = textCursor();
    if (!cursor.hasSelection())
        cursor.select(QTextCursor::WordUnderCursor);
    cursor.mergeCharFormat(format);
    mergeCurrentCharFormat(format);
}

void RichTextEdit::toggleBold()
{
    QTextCharFormat format;
    format.setFontWeight(isBold() ? QFont::Normal : QFont::Bold);
    mergeFormat(format);
}

void RichTextEdit::toggleItalic()
{
    QTextCharFormat format;
    format.setFontItalic(!isItalic());
    mergeFormat(format);
}

void RichTextEdit::toggleSubheading()
{
    QTextCursor cursor = textCursor();
    const bool heading = isSubheading();
    cursor.beginEditBlock();
    if (!heading && cursor.currentList())
        cursor.currentList()->remove(cursor.block());
    QTextBlockFormat block = cursor.blockFormat();
    block.setHeadingLevel(heading ? 0 : subheadingLevel);
    block.setIndent(0);
    cursor.setBlockFormat(block);
    // How a heading looks while it is edited; only its level is kept.
    QTextCharFormat look;
    look.setFontWeight(heading ? QFont::Normal : QFont::Bold);
    look.setProperty(QTextFormat::FontSizeAdjustment, heading ? 0 : 1);
    QTextCursor whole = cursor;
    whole.select(QTextCursor::BlockUnderCursor);
    whole.mergeCharFormat(look);
    cursor.mergeBlockCharFormat(look);
    cursor.endEditBlock();
    emit formatChanged();
}

void RichTextEdit::toggleList(bool numbered)
{
    QTextCursor cursor = textCursor();
    cursor.beginEditBlock();
    if (isInList(numbered)) {
        QTextList *list = cursor.currentList();
        const QTextBlock first = cursor.document()->findBlock(cursor.selectionStart());
        const QTextBlock last = cursor.document()->findBlock(cursor.selectionEnd());
        for (QTextBlock block = first; block.isValid(); block = block.next()) {
            list->remove(block);
            QTextCursor at(block);
            QTextBlockFormat format = at.blockFormat();
            format.setIndent(0);
            at.setBlockFormat(format);
            if (block == last)
                break;
        }
    } else {
        QTextBlockFormat plain = cursor.blockFormat();
        plain.setHeadingLevel(0);
        cursor.setBlockFormat(plain);
        QTextListFormat format;
        format.setStyle(numbered ? QTextListFormat::ListDecimal : QTextListFormat::ListDisc);
        cursor.createList(format);
    }
    cursor.endEditBlock();
    emit formatChanged();
}

void RichTextEdit::togglePersonalData()
{
    QTextCursor cursor = textCursor();
    if (!cursor.hasSelection())
        cursor.select(QTextCursor::WordUnderCursor);
    if (!cursor.hasSelection())
        return;
    const bool marking = !isPersonalData();
    QTextCharFormat format;
    format.setBackground(marking ? QBrush(personalDataShade) : QBrush(Qt::NoBrush));
    // Not by colour alone: a dotted underline too.
    format.setUnderlineStyle(marking ? QTextCharFormat::DotLine : QTextCharFormat::NoUnderline);
    cursor.mergeCharFormat(format);
    emit formatChanged();
}

void RichTextEdit::underlinePersonalData(QTextDocument *document)
{
    QTextCharFormat underline;
    underline.setUnderlineStyle(QTextCharFormat::DotLine);
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            if (!fragment.isValid() || !personal(fragment.charFormat())
                || fragment.charFormat().underlineStyle() == QTextCharFormat::DotLine)
                continue;
            QTextCursor cursor(document);
            cursor.setPosition(fragment.position());
            cursor.setPosition(fragment.position() + fragment.length(), QTextCursor::KeepAnchor);
            cursor.mergeCharFormat(underline);
        }
    }
}

bool RichTextEdit::isBold() const
{
    return currentCharFormat().fontWeight() >= QFont::DemiBold;
}

bool RichTextEdit::isItalic() const
{
    return currentCharFormat().fontItalic();
}

bool RichTextEdit::isSubheading() const
{
    return textCursor().blockFormat().headingLevel() > 0;
}

bool RichTextEdit::isInList(bool numbered) const
{
    const QTextList *list = textCursor().currentList();
    return list && (list->format().style() == QTextListFormat::ListDecimal) == numbered;
}

bool RichTextEdit::isPersonalData() const
{
    const QTextCursor cursor = textCursor();
    if (!cursor.hasSelection())
        return personal(cursor.charFormat());
    // All of the selection marked: each character's format.
    for (int position = cursor.selectionStart(); position < cursor.selectionEnd(); ++position) {
        QTextCursor at(document());
        at.setPosition(position + 1);
        if (!personal(at.charFormat()) && !document()->characterAt(position).isSpace())
            return false;
    }
    return true;
}

bool RichTextEdit::canInsertFromMimeData(const QMimeData *source) const
{
    return source->hasHtml() || source->hasText();
}

void RichTextEdit::insertFromMimeData(const QMimeData *source)
{
    // Whatever comes in passes the store's sanitiser: no styles, images,
    // links or hidden text reach the item.
    if (source->hasHtml()) {
        textCursor().insertHtml(toEditorHtml(RichText::sanitize(source->html())));
        underlinePersonalData(document());
    } else if (source->hasText()) {
        textCursor().insertText(source->text());
    }
}

QMimeData *RichTextEdit::createMimeDataFromSelection() const
{
    QTextDocument selection;
    QTextCursor(&selection).insertFragment(textCursor().selection());
    auto *data = new QMimeData;
    data->setHtml(toStoreHtml(selection));
    data->setText(textCursor().selection().toPlainText());
    return data;
}
