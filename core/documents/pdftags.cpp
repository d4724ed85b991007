#include "pdftags.h"

#include <QTransform>

#include <algorithm>
#include <optional>

namespace PdfTags {

namespace {

bool isWhite(char c)
{
    return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f' || c == '\0';
}

bool isDelimiter(char c)
{
    return c == '(' || c == ')' || c == '<' || c == '>' || c == '[' || c == ']' || c == '{' || c == '}' || c == '/'
        || c == '%';
}

// One token of a content stream: an operand or an operator.
struct Token
{
    qsizetype start = 0, end = 0;
    bool isOperator = false;
    QByteArrayView text;
};

class Tokenizer
{
public:
    explicit Tokenizer(const QByteArray &data) : m_data(data) {}

    std::optional<Token> next()
    {
        skipSpace();
        if (m_at >= m_data.size())
            return std::nullopt;
        Token token;
        token.start = m_at;
        const char c = m_data.at(m_at);
        if (c == '(') {
            int depth = 0;
            for (; m_at < m_data.size(); ++m_at) {
                const char d = m_data.at(m_at);
                if (d == '\\') {
                    ++m_at;
                } else if (d == '(') {
                    ++depth;
                } else if (d == ')' && --depth == 0) {
                    ++m_at;
                    break;
                }
            }
        } else if (c == '<' && m_at + 1 < m_data.size() && m_data.at(m_at + 1) == '<') {
            m_at += 2;
        } else if (c == '>' && m_at + 1 < m_data.size() && m_data.at(m_at + 1) == '>') {
            m_at += 2;
        } else if (c == '<') {
            const qsizetype close = m_data.indexOf('>', m_at);
            m_at = close < 0 ? m_data.size() : close + 1;
        } else if (c == '[' || c == ']' || c == '{' || c == '}') {
            ++m_at;
        } else if (c == '/') {
            ++m_at;
            while (m_at < m_data.size() && !isWhite(m_data.at(m_at)) && !isDelimiter(m_data.at(m_at)))
                ++m_at;
        } else {
            while (m_at < m_data.size() && !isWhite(m_data.at(m_at)) && !isDelimiter(m_data.at(m_at)))
                ++m_at;
            if (m_at == token.start)
                ++m_at; // a stray delimiter
            const char first = m_data.at(token.start);
            const QByteArrayView word(m_data.constData() + token.start, m_at - token.start);
            token.isOperator = !(first == '+' || first == '-' || first == '.' || (first >= '0' && first <= '9'))
                && word != "true" && word != "false" && word != "null";
        }
        token.end = m_at;
        token.text = QByteArrayView(m_data.constData() + token.start, token.end - token.start);
        return token;
    }

    // Past an inline image's data, to the end of its "EI".
    void skipInlineImage()
    {
        const qsizetype end = m_data.indexOf("EI", m_at);
        m_at = end < 0 ? m_data.size() : end + 2;
    }

private:
    void skipSpace()
    {
        while (m_at < m_data.size()) {
            if (isWhite(m_data.at(m_at))) {
                ++m_at;
            } else if (m_data.at(m_at) == '%') {
                while (m_at < m_data.size() && m_data.at(m_at) != '\n' && m_data.at(m_at) != '\r')
                    ++m_at;
            } else {
                break;
            }
        }
    }

    const QByteArray &m_data;
    qsizetype m_at = 0;
};

QTransform matrix(const QList<Token> &operands)
{
    if (operands.size() < 6)
        return {};
    const qsizetype n = operands.size();
    return QTransform(operands.at(n - 6).text.toDouble(), operands.at(n - 5).text.toDouble(),
                      operands.at(n - 4).text.toDouble(), operands.at(n - 3).text.toDouble(),
                      operands.at(n - 2).text.toDouble(), operands.at(n - 1).text.toDouble());
}

bool isPathConstruction(QByteArrayView op)
{
    return op == "m" || op == "l" || op == "c" || op == "v" || op == "y" || op == "h" || op == "re";
}

bool isPathPainting(QByteArrayView op)
{
    return op == "S" || op == "s" || op == "f" || op == "F" || op == "f*" || op == "B" || op == "B*" || op == "b"
        || op == "b*";
}

} // namespace

PageMarks mark(const QByteArray &content, int page, const PdfA::Metadata &metadata)
{
    PageMarks marks;
    // Insertions into the stream, in the stream's order: the sequences
    // marked never overlap, so each begins at or after the end of the last.
    QList<std::pair<qsizetype, QByteArray>> insertions;
    const auto artifact = [&](qsizetype start, qsizetype end, const char *kind) {
        insertions.append({start, QByteArrayLiteral("/Artifact ") + kind + " BDC\n"});
        insertions.append({end, QByteArrayLiteral("\nEMC\n")});
    };
    int lastElement = -1;
    const auto marked = [&](qsizetype start, qsizetype end, int element) {
        const int mcid = int(marks.elements.size());
        marks.elements.append(element);
        insertions.append({start, '/' + metadata.elements.at(element).role + " <</MCID " + QByteArray::number(mcid) + ">> BDC\n"});
        insertions.append({end, QByteArrayLiteral("\nEMC\n")});
        lastElement = element;
    };
    // The element whose line on this page holds the point (the smallest
    // line); -1 for an artifact's line, -2 for none.
    QList<PdfA::Metadata::TextLine> lines;
    for (const PdfA::Metadata::TextLine &line : metadata.lines) {
        if (line.page == page)
            lines.append(line);
    }
    const auto elementAt = [&](const QPointF &point) {
        int best = -2;
        double bestArea = 0;
        for (const PdfA::Metadata::TextLine &line : std::as_const(lines)) {
            if (point.x() < line.left - 2 || point.x() > line.right + 2
                || point.y() < line.bottom - 2 || point.y() > line.top + 2)
                continue;
            const double area = (line.right - line.left) * (line.top - line.bottom);
            if (best == -2 || area < bestArea) {
                best = line.element;
                bestArea = area;
            }
        }
        return best;
    };

    Tokenizer tokens(content);
    QList<Token> operands;
    QTransform ctm;
    QList<QTransform> saved;
    qsizetype textStart = -1;
    bool placed = false;
    QPointF textPoint;
    QTransform textLine;
    qsizetype pathStart = -1;
    while (const auto token = tokens.next()) {
        if (!token->isOperator) {
            operands.append(*token);
            continue;
        }
        const QByteArrayView op = token->text;
        const qsizetype start = operands.isEmpty() ? token->start : operands.first().start;
        // Qt moves to each glyph with a Td and shows it with a Tj: those
        // first. Only where a text object's first glyph is shown counts.
        if (op == "Td" || op == "TD") {
            const qsizetype n = operands.size();
            if (!placed && n >= 2)
                textLine = QTransform::fromTranslate(operands.at(n - 2).text.toDouble(), operands.at(n - 1).text.toDouble())
                    * textLine;
        } else if (op == "Tj" || op == "TJ" || op == "'" || op == "\"") {
            if (!placed)
                textPoint = (textLine * ctm).map(QPointF(0, 0));
            placed = true;
        } else if (op == "q") {
            saved.append(ctm);
        } else if (op == "Q") {
            if (!saved.isEmpty())
                ctm = saved.takeLast();
        } else if (op == "cm") {
            ctm = matrix(operands) * ctm;
        } else if (op == "BT") {
            textStart = token->start;
            placed = false;
            textLine = QTransform();
        } else if (op == "Tm") {
            textLine = matrix(operands);
        } else if (op == "ET" && textStart >= 0) {
            const QPointF point = placed ? textPoint : ctm.map(QPointF(0, 0));
            if (point.y() > metadata.headerBottom) {
                // The page header: content on the first page, a running
                // artifact on the others.
                if (page == 0 && metadata.headerElement >= 0)
                    marked(textStart, token->end, metadata.headerElement);
                else
                    artifact(textStart, token->end, "<</Type /Pagination>>");
            } else {
                int element = elementAt(point);
                if (element == -2) // on no line: with what was read before it
                    element = lastElement;
                if (element < 0)
                    artifact(textStart, token->end, "<<>>");
                else
                    marked(textStart, token->end, element);
            }
            textStart = -1;
        } else if (isPathConstruction(op)) {
            if (pathStart < 0)
                pathStart = start;
        } else if (isPathPainting(op)) {
            if (pathStart >= 0)
                artifact(pathStart, token->end, "<<>>");
            pathStart = -1;
        } else if (op == "n") {
            pathStart = -1; // a clip: nothing drawn
        } else if (op == "Do" || op == "sh") {
            const QPointF centre = ctm.map(QPointF(0.5, 0.5)); // an image's, drawn on the unit square
            if (op == "Do" && page == 0 && metadata.logoElement >= 0 && centre.y() > metadata.headerBottom)
                marked(start, token->end, metadata.logoElement);
            else
                artifact(start, token->end, "<<>>");
        } else if (op == "BI") {
            tokens.skipInlineImage();
        }
        operands.clear();
    }

    // The stream with its insertions.
    QByteArray out;
    out.reserve(content.size() + insertions.size() * 24);
    qsizetype at = 0;
    for (const auto &[offset, text] : std::as_const(insertions)) {
        out.append(content.constData() + at, offset - at);
        out += text;
        at = offset;
    }
    out.append(content.constData() + at, content.size() - at);
    marks.content = out;
    return marks;
}

} // namespace PdfTags
