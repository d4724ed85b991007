#include "richtext.h"

#include "characters.h"

#include <QHash>
#include <QList>
#include <QRegularExpression>
#include <QSet>
#include <QStringList>

#include <cmath>

// A tolerant tokenizer for HTML fragments and a whitelist builder over it. We
// do not need a full HTML5 tree builder: the output vocabulary is small, and
// anything the tokenizer cannot read as markup is kept as (escaped) text.

namespace {

const QString personalDataClass = QStringLiteral("personal-data");

struct Token
{
    enum Kind { Text, StartTag, EndTag };
    Kind kind = Text;
    QString name;                         // lower-case tag name
    QString text;                         // decoded text for Text tokens
    QList<std::pair<QString, QString>> attributes; // lower-case names, decoded values
    bool selfClosing = false;

    QString attribute(const QString &attributeName, bool *present = nullptr) const
    {
        for (const auto &[key, value] : attributes) {
            if (key == attributeName) {
                if (present)
                    *present = true;
                return value;
            }
        }
        if (present)
            *present = false;
        return {};
    }
};

const QHash<QString, QChar> &namedEntities()
{
    static const QHash<QString, QChar> entities{
        {QStringLiteral("amp"), u'&'},      {QStringLiteral("lt"), u'<'},
        {QStringLiteral("gt"), u'>'},       {QStringLiteral("quot"), u'"'},
        {QStringLiteral("apos"), u'\''},    {QStringLiteral("nbsp"), QChar(0x00A0)},
        {QStringLiteral("auml"), QChar(0x00E4)}, {QStringLiteral("Auml"), QChar(0x00C4)},
        {QStringLiteral("ouml"), QChar(0x00F6)}, {QStringLiteral("Ouml"), QChar(0x00D6)},
        {QStringLiteral("aring"), QChar(0x00E5)}, {QStringLiteral("Aring"), QChar(0x00C5)},
        {QStringLiteral("uuml"), QChar(0x00FC)}, {QStringLiteral("Uuml"), QChar(0x00DC)},
        {QStringLiteral("eacute"), QChar(0x00E9)}, {QStringLiteral("Eacute"), QChar(0x00C9)},
        {QStringLiteral("sect"), QChar(0x00A7)}, {QStringLiteral("euro"), QChar(0x20AC)},
        {QStringLiteral("ndash"), QChar(0x2013)}, {QStringLiteral("mdash"), QChar(0x2014)},
        {QStringLiteral("hellip"), QChar(0x2026)}, {QStringLiteral("copy"), QChar(0x00A9)},
        {QStringLiteral("shy"), QChar(0x00AD)},  {QStringLiteral("laquo"), QChar(0x00AB)},
        {QStringLiteral("raquo"), QChar(0x00BB)}, {QStringLiteral("rsquo"), QChar(0x2019)},
        {QStringLiteral("lsquo"), QChar(0x2018)}, {QStringLiteral("rdquo"), QChar(0x201D)},
        {QStringLiteral("ldquo"), QChar(0x201C)}, {QStringLiteral("times"), QChar(0x00D7)},
    };
    return entities;
}

// A character the store does not keep (Characters) is dropped, so that an
// item's documents can still be made.
void appendCodePoint(QString &out, char32_t c)
{
    if (Characters::isKept(c))
        out.append(QString::fromUcs4(&c, 1));
}

// Decodes character references; unknown ones stay as written.
QString decodeEntities(QStringView in)
{
    QString out;
    out.reserve(in.size());
    for (qsizetype i = 0; i < in.size(); ++i) {
        const QChar c = in[i];
        if (c != u'&') {
            if (c == u'\r')
                continue;
            // A surrogate only as a pair; a lone one is lost like U+FFFD.
            if (c.isHighSurrogate() && i + 1 < in.size() && in[i + 1].isLowSurrogate()) {
                out.append(c);
                out.append(in[++i]);
            } else if (Characters::isKept(c.unicode())) {
                out.append(c);
            }
            continue;
        }
        const qsizetype semicolon = in.indexOf(u';', i + 1);
        if (semicolon < 0 || semicolon - i > 12) {
            out.append(c);
            continue;
        }
        const QStringView name = in.mid(i + 1, semicolon - i - 1);
        if (name.startsWith(u'#')) {
            bool ok = false;
            const bool hex = name.size() > 1 && (name[1] == u'x' || name[1] == u'X');
            const uint value = hex ? name.mid(2).toUInt(&ok, 16) : name.mid(1).toUInt(&ok, 10);
            if (ok) {
                appendCodePoint(out, value);
                i = semicolon;
                continue;
            }
        } else if (const auto it = namedEntities().constFind(name.toString()); it != namedEntities().cend()) {
            out.append(*it);
            i = semicolon;
            continue;
        }
        out.append(c);
    }
    return out;
}

bool isTagNameEnd(QChar c)
{
    return c.isSpace() || c == u'/' || c == u'>';
}

bool isVoid(const QString &name)
{
    static const QSet<QString> voids{QStringLiteral("br"),    QStringLiteral("img"),
                                     QStringLiteral("hr"),    QStringLiteral("input"),
                                     QStringLiteral("meta"),  QStringLiteral("link"),
                                     QStringLiteral("base"),  QStringLiteral("area"),
                                     QStringLiteral("col"),   QStringLiteral("wbr"),
                                     QStringLiteral("source"), QStringLiteral("track"),
                                     QStringLiteral("param"), QStringLiteral("embed")};
    return voids.contains(name);
}

class Tokenizer
{
public:
    explicit Tokenizer(const QString &html) : m_in(html) {}

    bool next(Token &token)
    {
        while (m_pos < m_in.size()) {
            if (!m_rawTextEnd.isEmpty()) {
                skipRawText();
                continue;
            }
            if (m_in[m_pos] == u'<') {
                if (readMarkup(token))
                    return true;
                continue; // a comment or declaration was skipped
            }
            qsizetype end = m_in.indexOf(u'<', m_pos + 1);
            if (end < 0)
                end = m_in.size();
            token = Token{};
            token.kind = Token::Text;
            token.text = decodeEntities(QStringView(m_in).mid(m_pos, end - m_pos));
            m_pos = end;
            return true;
        }
        return false;
    }

private:
    // Elements whose content is not markup: skipped up to their end tag.
    static bool isRawText(const QString &name)
    {
        static const QSet<QString> raw{QStringLiteral("script"), QStringLiteral("style"),
                                       QStringLiteral("textarea"), QStringLiteral("title"),
                                       QStringLiteral("xmp"), QStringLiteral("iframe"),
                                       QStringLiteral("noembed"), QStringLiteral("noframes"),
                                       QStringLiteral("noscript"), QStringLiteral("plaintext")};
        return raw.contains(name);
    }

    // Skips to just past the raw-text element's end tag: "</style>" but not
    // "</stylex>".
    void skipRawText()
    {
        const QString closing = QStringLiteral("</") + m_rawTextEnd;
        qsizetype end = m_in.indexOf(closing, m_pos, Qt::CaseInsensitive);
        while (end >= 0) {
            const qsizetype after = end + closing.size();
            if (after >= m_in.size() || isTagNameEnd(m_in[after]))
                break;
            end = m_in.indexOf(closing, after, Qt::CaseInsensitive);
        }
        if (end < 0) {
            m_pos = m_in.size();
        } else {
            const qsizetype close = m_in.indexOf(u'>', end);
            m_pos = close < 0 ? m_in.size() : close + 1;
        }
        m_rawTextEnd.clear();
    }

    // Reads a tag, comment or declaration at m_pos; false when '<' starts text.
    bool readMarkup(Token &token)
    {
        const QStringView rest = QStringView(m_in).mid(m_pos);
        if (rest.startsWith(u"<!--")) {
            const qsizetype end = m_in.indexOf(QStringLiteral("-->"), m_pos + 4);
            m_pos = end < 0 ? m_in.size() : end + 3;
            return false;
        }
        if (rest.startsWith(u"<!") || rest.startsWith(u"<?")) {
            const qsizetype end = m_in.indexOf(u'>', m_pos);
            m_pos = end < 0 ? m_in.size() : end + 1;
            return false;
        }
        const bool endTag = rest.startsWith(u"</");
        qsizetype i = m_pos + (endTag ? 2 : 1);
        if (endTag && (i >= m_in.size() || !m_in[i].isLetter())) {
            // "</ x>" is a bogus comment to a browser: skipped, not shown.
            const qsizetype end = m_in.indexOf(u'>', m_pos);
            m_pos = end < 0 ? m_in.size() : end + 1;
            return false;
        }
        if (i >= m_in.size() || !m_in[i].isLetter()) {
            // Not a tag: the '<' is text. Emit it as such.
            token = Token{};
            token.kind = Token::Text;
            token.text = QStringLiteral("<");
            ++m_pos;
            return true;
        }
        // As in browsers, the name runs to white space, '/' or '>'.
        const qsizetype nameStart = i;
        while (i < m_in.size() && !isTagNameEnd(m_in[i]))
            ++i;
        token = Token{};
        token.kind = endTag ? Token::EndTag : Token::StartTag;
        token.name = m_in.mid(nameStart, i - nameStart).toLower();
        readAttributes(i, token);
        // "<div/>" opens a div, as in browsers: only void elements self-close.
        if (!isVoid(token.name))
            token.selfClosing = false;
        if (token.kind == Token::StartTag && !token.selfClosing && isRawText(token.name))
            m_rawTextEnd = token.name;
        return true;
    }

    void readAttributes(qsizetype i, Token &token)
    {
        while (i < m_in.size()) {
            const QChar c = m_in[i];
            if (c == u'>') {
                ++i;
                break;
            }
            if (c.isSpace()) {
                ++i;
                continue;
            }
            if (c == u'/') {
                token.selfClosing = i + 1 < m_in.size() && m_in[i + 1] == u'>';
                ++i;
                continue;
            }
            const qsizetype nameStart = i;
            while (i < m_in.size() && !m_in[i].isSpace() && m_in[i] != u'=' && m_in[i] != u'>'
                   && !(m_in[i] == u'/' && i > nameStart))
                ++i;
            if (i == nameStart) { // a stray '=' or similar
                ++i;
                continue;
            }
            const QString name = m_in.mid(nameStart, i - nameStart).toLower();
            while (i < m_in.size() && m_in[i].isSpace())
                ++i;
            QString value;
            if (i < m_in.size() && m_in[i] == u'=') {
                ++i;
                while (i < m_in.size() && m_in[i].isSpace())
                    ++i;
                if (i < m_in.size() && (m_in[i] == u'"' || m_in[i] == u'\'')) {
                    const QChar quote = m_in[i];
                    const qsizetype end = m_in.indexOf(quote, i + 1);
                    const qsizetype stop = end < 0 ? m_in.size() : end;
                    value = decodeEntities(QStringView(m_in).mid(i + 1, stop - i - 1));
                    i = end < 0 ? m_in.size() : end + 1;
                } else {
                    const qsizetype valueStart = i;
                    while (i < m_in.size() && !m_in[i].isSpace() && m_in[i] != u'>')
                        ++i;
                    value = decodeEntities(QStringView(m_in).mid(valueStart, i - valueStart));
                }
            }
            token.attributes.append({name, value});
        }
        m_pos = i;
    }

    const QString &m_in;
    qsizetype m_pos = 0;
    QString m_rawTextEnd;
};

// What becomes of an element.
enum class Fate { Keep, Unwrap, Drop };

// Elements removed together with everything inside them.
bool isDropped(const QString &name)
{
    static const QSet<QString> dropped{
        QStringLiteral("head"),   QStringLiteral("template"), QStringLiteral("object"),
        QStringLiteral("embed"),  QStringLiteral("applet"),   QStringLiteral("svg"),
        QStringLiteral("math"),   QStringLiteral("select"),   QStringLiteral("option"),
        QStringLiteral("button"), QStringLiteral("video"),    QStringLiteral("audio"),
        QStringLiteral("canvas"), QStringLiteral("frameset"), QStringLiteral("frame"),
        QStringLiteral("map"),    QStringLiteral("datalist"), QStringLiteral("dialog"),
        QStringLiteral("rp"),     QStringLiteral("meter"),    QStringLiteral("progress")};
    return dropped.contains(name);
}


// Whether a style declaration makes its element's text invisible.
bool hidingDeclaration(const QString &property, const QString &value)
{
    static const QRegularExpression numberPattern(QStringLiteral("^([-+]?[0-9]*\\.?[0-9]+)\\s*([a-z%]*)"));
    const auto number = numberPattern.match(value);
    const double amount = number.hasMatch() ? number.captured(1).toDouble() : 1.0;
    const QString unit = number.captured(2);
    if (property == u"display")
        return value.contains(QStringLiteral("none"));
    if (property == u"visibility")
        return value != u"visible";
    if (property == u"opacity")
        return unit == u"%" ? amount < 50 : amount < 0.5;
    if (property == u"font-size") {
        if (!number.hasMatch())
            return value.contains(QStringLiteral("xx-small"));
        if (unit == u"px" || unit == u"pt")
            return amount < 4;
        if (unit == u"%")
            return amount < 30;
        return amount < 0.3;
    }
    if (property == u"height" || property == u"max-height" || property == u"width" || property == u"max-width")
        return number.hasMatch() && amount == 0;
    if (property == u"clip" || property == u"clip-path" || property == u"transform" || property == u"mask"
        || property == u"mask-image" || property == u"filter" || property == u"-webkit-mask")
        return value != u"none";
    if (property == u"text-indent" || property == u"z-index")
        return value.startsWith(u'-');
    if (property == u"left" || property == u"top" || property == u"right" || property == u"bottom"
        || property.startsWith(QStringLiteral("margin")))
        return value.startsWith(u'-') && std::abs(amount) >= 100;
    if (property == u"color" || property == u"-webkit-text-fill-color") {
        static const QRegularExpression invisible(
            QStringLiteral("^(transparent|white|#fff|#ffffff|rgba?\\(\\s*255\\s*,\\s*255\\s*,\\s*255\\s*(,\\s*[0-9.]+\\s*)?\\)|"
                           "(rgba|hsla)\\(.*,\\s*0*\\.?0+\\s*\\))$"));
        return invisible.match(value).hasMatch();
    }
    return false;
}

// Attributes and styles that make text invisible. Such text must not
// survive: what is published has to be what a reader sees. Where a style
// cannot be read with certainty (escapes, entities), the element is dropped.
bool hidesContent(const Token &token)
{
    bool present = false;
    token.attribute(QStringLiteral("hidden"), &present);
    if (present)
        return true;
    if (token.attribute(QStringLiteral("aria-hidden")).trimmed().toLower() == u"true")
        return true;
    if (token.name == u"details") {
        token.attribute(QStringLiteral("open"), &present);
        if (!present)
            return true;
    }
    QString style = token.attribute(QStringLiteral("style")).toLower();
    if (style.isEmpty())
        return false;
    static const QRegularExpression comment(QStringLiteral("/\\*.*?(\\*/|$)"),
                                            QRegularExpression::DotMatchesEverythingOption);
    style.remove(comment);
    if (style.contains(u'&') || style.contains(u'\\'))
        return true;
    const QStringList declarations = style.split(u';', Qt::SkipEmptyParts);
    for (const QString &declaration : declarations) {
        const qsizetype colon = declaration.indexOf(u':');
        if (colon < 0)
            continue;
        QString value = declaration.mid(colon + 1);
        value.remove(QStringLiteral("!important"));
        if (hidingDeclaration(declaration.left(colon).trimmed(), value.simplified()))
            return true;
    }
    return false;
}

// Whether an element carries the personal-data mark as a browser would
// read its class: any of its classes, separated by any white space, in any
// case ("Personal-Data", "x\tpersonal-data").
bool hasMark(const Token &token)
{
    static const QRegularExpression separators(QStringLiteral("[ \\t\\n\\r\\f]+"));
    const QStringList classes = token.attribute(QStringLiteral("class")).split(separators, Qt::SkipEmptyParts);
    return std::any_of(classes.cbegin(), classes.cend(), [](const QString &c) {
        return c.compare(personalDataClass, Qt::CaseInsensitive) == 0;
    });
}

// Canonical output name of an element we keep, or empty.
QString keptName(const Token &token)
{
    static const QHash<QString, QString> kept{
        {QStringLiteral("p"), QStringLiteral("p")},         {QStringLiteral("div"), QStringLiteral("p")},
        {QStringLiteral("h1"), QStringLiteral("h1")},       {QStringLiteral("h2"), QStringLiteral("h2")},
        {QStringLiteral("h3"), QStringLiteral("h3")},       {QStringLiteral("h4"), QStringLiteral("h4")},
        {QStringLiteral("h5"), QStringLiteral("h5")},       {QStringLiteral("h6"), QStringLiteral("h6")},
        {QStringLiteral("ul"), QStringLiteral("ul")},       {QStringLiteral("ol"), QStringLiteral("ol")},
        {QStringLiteral("li"), QStringLiteral("li")},       {QStringLiteral("b"), QStringLiteral("b")},
        {QStringLiteral("strong"), QStringLiteral("b")},    {QStringLiteral("i"), QStringLiteral("i")},
        {QStringLiteral("em"), QStringLiteral("i")},        {QStringLiteral("table"), QStringLiteral("table")},
        {QStringLiteral("thead"), QStringLiteral("thead")}, {QStringLiteral("tbody"), QStringLiteral("tbody")},
        {QStringLiteral("tr"), QStringLiteral("tr")},       {QStringLiteral("th"), QStringLiteral("th")},
        {QStringLiteral("td"), QStringLiteral("td")},       {QStringLiteral("br"), QStringLiteral("br")},
    };
    if (token.name == u"span")
        return hasMark(token) ? QStringLiteral("span") : QString();
    return kept.value(token.name);
}

bool isBlock(const QString &name)
{
    static const QSet<QString> blocks{QStringLiteral("p"),  QStringLiteral("h1"), QStringLiteral("h2"),
                                      QStringLiteral("h3"), QStringLiteral("h4"), QStringLiteral("h5"),
                                      QStringLiteral("h6"), QStringLiteral("ul"), QStringLiteral("ol"),
                                      QStringLiteral("table")};
    return blocks.contains(name);
}

bool isParagraphLike(const QString &name)
{
    return name == u"p" || (name.size() == 2 && name[0] == u'h' && name[1].isDigit());
}

QString escapeText(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        switch (c.unicode()) {
        case u'&': out += QStringLiteral("&amp;"); break;
        case u'<': out += QStringLiteral("&lt;"); break;
        case u'>': out += QStringLiteral("&gt;"); break;
        default: out += c;
        }
    }
    return out;
}

QString spanAttribute(const Token &token, const QString &name)
{
    bool ok = false;
    const int value = token.attribute(name).trimmed().toInt(&ok);
    if (!ok || value < 2 || value > 1000)
        return {};
    return QStringLiteral(" %1=\"%2\"").arg(name).arg(value);
}

class Builder
{
public:
    void start(const Token &token)
    {
        const QString name = keptName(token);
        if (name.isEmpty())
            return;
        if (name == u"br") {
            m_out += QStringLiteral("<br>");
            return;
        }
        // Implied end tags, as an HTML parser would close them.
        if (isBlock(name) || name == u"li")
            closeParagraph();
        if (name == u"li")
            closeUpTo(QStringLiteral("li"), {QStringLiteral("ul"), QStringLiteral("ol")});
        if (name == u"td" || name == u"th") {
            closeUpTo(QStringLiteral("td"), {QStringLiteral("tr"), QStringLiteral("table")});
            closeUpTo(QStringLiteral("th"), {QStringLiteral("tr"), QStringLiteral("table")});
        }
        if (name == u"tr")
            closeUpTo(QStringLiteral("tr"), {QStringLiteral("table")});
        // Nesting deeper than any written text (a hundred elements) is
        // dropped, its text kept: each tag then costs at most that much, and
        // sanitising stays linear in its input.
        if (token.selfClosing || m_open.size() >= maxDepth)
            return;
        QString attributes;
        if (name == u"span")
            attributes = QStringLiteral(" class=\"") + personalDataClass + QLatin1Char('"');
        if (name == u"td" || name == u"th")
            attributes = spanAttribute(token, QStringLiteral("colspan"))
                + spanAttribute(token, QStringLiteral("rowspan"));
        m_open.append(name);
        m_openAt.append(m_out.size());
        m_out += QLatin1Char('<') + name + attributes + QLatin1Char('>');
        m_contentAt.append(m_out.size());
        m_markId.append(0);
    }

    void end(const Token &token)
    {
        const QString name = keptName(Token{Token::StartTag, token.name, {},
                                            {{QStringLiteral("class"), personalDataClass}}, false});
        if (name.isEmpty() || name == u"br" || name == u"span" || m_open.lastIndexOf(name) < 0)
            return;
        while (!m_open.isEmpty()) {
            const QString open = m_open.last();
            closeLast();
            if (open == name)
                break;
        }
    }

    void text(const QString &text) { m_out += escapeText(text); }

    // Opens a personal-data mark; its handle, or -1 when none was opened
    // because one is open already (the text is marked either way). A mark
    // is opened even beyond the nesting limit: a mark is never dropped.
    qsizetype startMark()
    {
        if (m_open.contains(QStringLiteral("span")))
            return -1;
        m_open.append(QStringLiteral("span"));
        m_openAt.append(m_out.size());
        m_out += QStringLiteral("<span class=\"") + personalDataClass + QStringLiteral("\">");
        m_contentAt.append(m_out.size());
        m_markId.append(++m_marks);
        return m_marks;
    }

    // Closes the mark `startMark` gave, with what is open inside it; nothing
    // when it was closed already (an implied end closed it with its parent).
    void endMark(qsizetype handle)
    {
        const qsizetype index = handle > 0 ? m_markId.indexOf(handle) : -1;
        if (index < 0)
            return;
        while (m_open.size() > index)
            closeLast();
    }

    QString finish()
    {
        while (!m_open.isEmpty())
            closeLast();
        return m_out.trimmed();
    }

private:
    // A block closes an open paragraph or heading, and the bold, italic and
    // marks open in it, as an HTML parser does: the new block is not inside
    // them.
    void closeParagraph()
    {
        for (qsizetype i = m_open.size() - 1; i >= 0; --i) {
            if (isParagraphLike(m_open.at(i))) {
                while (m_open.size() > i)
                    closeLast();
                return;
            }
            if (m_open.at(i) != u"b" && m_open.at(i) != u"i" && m_open.at(i) != u"span")
                return;
        }
    }

    // Closes open elements down to and including `name`, unless one of
    // `barriers` is met first.
    void closeUpTo(const QString &name, const QStringList &barriers)
    {
        for (qsizetype i = m_open.size() - 1; i >= 0; --i) {
            if (barriers.contains(m_open[i]))
                return;
            if (m_open[i] == name) {
                while (m_open.size() > i)
                    closeLast();
                return;
            }
        }
    }

    // Closes the innermost open element. A paragraph, heading, bold, italic
    // or personal-data mark with nothing but white space in it is removed
    // instead: at once, so that an empty one inside another empties it too,
    // in one pass over the input.
    void closeLast()
    {
        const QString name = m_open.takeLast();
        const qsizetype at = m_openAt.takeLast();
        const qsizetype content = m_contentAt.takeLast();
        m_markId.removeLast();
        const bool removable = isParagraphLike(name) || name == u"b" || name == u"i" || name == u"span";
        qsizetype i = content;
        // White space as HTML counts it (not a no-break space).
        while (removable && i < m_out.size() && QStringView(u" \t\n\r\f").contains(m_out.at(i)))
            ++i;
        if (removable && i == m_out.size())
            m_out.truncate(at);
        else
            m_out += QStringLiteral("</") + name + QLatin1Char('>');
    }

    static constexpr qsizetype maxDepth = 100;
    QString m_out;
    QStringList m_open;
    QList<qsizetype> m_openAt;     // where each open element's start tag begins in m_out
    QList<qsizetype> m_contentAt;  // and where its content begins
    QList<qsizetype> m_markId;     // a mark's handle (from 1), 0 for other elements
    qsizetype m_marks = 0;
};

} // namespace

namespace RichText {

QString sanitize(const QString &html)
{
    Tokenizer tokenizer(html);
    Builder builder;
    Token token;
    // Open elements that carry the personal-data mark, and every open span:
    // the element's name and the mark's handle (-1: none opened), so that
    // each end tag closes its own mark and an unmarked span's end closes
    // none.
    QList<std::pair<QString, qsizetype>> marks;
    // While dropping an element with its content: its name and nesting depth.
    QString dropping;
    int dropDepth = 0;

    while (tokenizer.next(token)) {
        if (!dropping.isEmpty()) {
            if (token.name == dropping && !isVoid(token.name)) {
                if (token.kind == Token::StartTag && !token.selfClosing)
                    ++dropDepth;
                else if (token.kind == Token::EndTag && --dropDepth == 0)
                    dropping.clear();
            }
            continue;
        }
        switch (token.kind) {
        case Token::Text:
            builder.text(token.text);
            break;
        case Token::StartTag:
            if (isDropped(token.name) || hidesContent(token)) {
                if (!isVoid(token.name) && !token.selfClosing) {
                    dropping = token.name;
                    dropDepth = 1;
                }
                break;
            }
            // A mark on any element marks its content: <b class="personal-data">
            // is <b><span class="personal-data">.
            if (token.name != u"span")
                builder.start(token);
            if (!token.selfClosing && !isVoid(token.name) && (token.name == u"span" || hasMark(token)))
                marks.append({token.name, hasMark(token) ? builder.startMark() : -1});
            break;
        case Token::EndTag:
            if (!marks.isEmpty() && marks.last().first == token.name)
                builder.endMark(marks.takeLast().second);
            if (token.name != u"span")
                builder.end(token);
            break;
        }
    }
    return builder.finish();
}

QString fromPlainText(const QString &text)
{
    QString normalized = text;
    normalized.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    static const QRegularExpression blankLines(QStringLiteral("\\n[ \\t]*\\n\\s*"));
    QString out;
    const QStringList blocks = normalized.split(blankLines, Qt::SkipEmptyParts);
    for (const QString &block : blocks) {
        const QString trimmed = block.trimmed();
        if (trimmed.isEmpty())
            continue;
        QStringList lines = trimmed.split(u'\n');
        for (QString &line : lines)
            line = escapeText(line.trimmed());
        out += QStringLiteral("<p>") + lines.join(QStringLiteral("<br>")) + QStringLiteral("</p>");
    }
    return sanitize(out);
}

QString toPlainText(const QString &html)
{
    Tokenizer tokenizer(html);
    Token token;
    QString out;
    QString line;
    auto flushLine = [&](bool blankAfter) {
        const QString simplified = line.simplified();
        if (!simplified.isEmpty()) {
            out += simplified + QLatin1Char('\n');
            if (blankAfter)
                out += QLatin1Char('\n');
        }
        line.clear();
    };
    bool firstCell = true;
    while (tokenizer.next(token)) {
        if (token.kind == Token::Text) {
            line += token.text;
            continue;
        }
        const QString &name = token.name;
        if (token.kind == Token::StartTag) {
            if (name == u"br") {
                flushLine(false);
            } else if (name == u"li") {
                flushLine(false);
                line = QStringLiteral("• ");
            } else if (name == u"tr") {
                flushLine(false);
                firstCell = true;
            } else if (name == u"td" || name == u"th") {
                if (!firstCell)
                    line += QStringLiteral(" | ");
                firstCell = false;
            } else if (isParagraphLike(name) || name == u"ul" || name == u"ol" || name == u"table") {
                flushLine(false);
            }
        } else {
            if (isParagraphLike(name))
                flushLine(true);
            else if (name == u"li" || name == u"tr")
                flushLine(false);
            else if (name == u"ul" || name == u"ol" || name == u"table") {
                flushLine(false);
                out += QLatin1Char('\n');
            }
        }
    }
    flushLine(false);
    while (out.endsWith(u'\n'))
        out.chop(1);
    return out;
}

namespace {

bool marksPersonalData(const Token &span)
{
    return span.attribute(QStringLiteral("class")).split(u' ', Qt::SkipEmptyParts).contains(personalDataClass);
}

} // namespace

QStringList personalData(const QString &html)
{
    Tokenizer tokenizer(html);
    Token token;
    QStringList found;
    QList<bool> spans;
    int depth = 0;
    QString current;
    while (tokenizer.next(token)) {
        if (token.kind == Token::StartTag && token.name == u"span") {
            const bool marks = marksPersonalData(token);
            spans.append(marks);
            if (marks)
                ++depth;
        } else if (token.kind == Token::EndTag && token.name == u"span" && !spans.isEmpty()) {
            if (spans.takeLast() && --depth == 0) {
                found.append(current.simplified());
                current.clear();
            }
        } else if (token.kind == Token::Text && depth > 0) {
            current += token.text;
        }
    }
    return found;
}

QString withoutPersonalData(const QString &html, const std::optional<QString> &replacement)
{
    const QString clean = sanitize(html); // the tokenizer reads it in place
    // Sanitised, a text's only spans are marks: without one there is
    // nothing to take out, and the text is sanitised already (sanitising
    // is idempotent).
    if (!clean.contains(QStringLiteral("<span")))
        return clean;
    Tokenizer tokenizer(clean);
    Token token;
    QString out;
    QList<bool> spans;  // for each open span: whether it marks personal data
    int depth = 0;      // open personal-data spans
    while (tokenizer.next(token)) {
        if (token.kind == Token::StartTag && token.name == u"span") {
            const bool marks = marksPersonalData(token);
            spans.append(marks);
            if (marks && depth++ == 0 && replacement)
                out += replacement->toHtmlEscaped();
            continue;
        }
        if (token.kind == Token::EndTag && token.name == u"span") {
            if (!spans.isEmpty() && spans.takeLast())
                --depth;
            continue;
        }
        if (depth > 0 && replacement)
            continue; // inside a mark that is left out: nothing of it stays
        if (token.kind == Token::Text) {
            out += token.text.toHtmlEscaped();
        } else if (token.kind == Token::StartTag) {
            out += u'<' + token.name;
            for (const auto &[key, value] : token.attributes)
                out += QStringLiteral(" %1=\"%2\"").arg(key, value.toHtmlEscaped());
            out += u'>';
        } else {
            out += QStringLiteral("</") + token.name + u'>';
        }
    }
    return sanitize(out);
}

} // namespace RichText
