#include "htmlpage.h"

#include "model/documentlanguage.h"

#include <QRegularExpression>

namespace HtmlPage {

QString styleSheet()
{
    return QStringLiteral(
        "body { font-family: 'Liberation Sans', Arial, Helvetica, sans-serif; font-size: 1rem; line-height: 1.45; "
        "color: #111; background: #fff; margin: 0 auto; max-width: 52rem; padding: 1rem 1.25rem 3rem; }\n"
        "header.document-header { border-bottom: 2px solid #333; margin-bottom: 1.5rem; padding-bottom: 0.5rem; }\n"
        "header.document-header p { margin: 0; }\n"
        ".organisation { font-weight: bold; }\n"
        "h1 { font-size: 1.6rem; margin: 0 0 1rem; }\n"
        "h2 { font-size: 1.3rem; margin: 2.5rem 0 0.5rem; border-top: 1px solid #bbb; padding-top: 1rem; }\n"
        "h2.part { font-size: 1.1rem; margin: 1.4rem 0 0.3rem; border-top: none; padding-top: 0; }\n"
        "h3 { font-size: 1.05rem; margin: 1.2rem 0 0.3rem; }\n"
        "h1, h2, h3, p, li, td, th, caption { overflow-wrap: break-word; hyphens: auto; }\n"
        "@media (max-width: 30rem) { body { padding: 0.5rem 0.75rem 2rem; } h1 { font-size: 1.35rem; } "
        "h2 { font-size: 1.15rem; } }\n"
        ".table-scroll { max-width: 100%; overflow-x: auto; margin: 0.5rem 0 1rem; }\n"
        ".table-scroll:focus { outline: 2px solid #0645ad; outline-offset: 2px; }\n"
        ".table-scroll > table { margin: 0; }\n"
        "footer { margin-top: 3rem; border-top: 1px solid #bbb; padding-top: 0.5rem; }\n"
        "table { border-collapse: collapse; margin: 0.5rem 0 1rem; }\n"
        "th, td { text-align: left; vertical-align: top; padding: 0.2rem 0.6rem 0.2rem 0; }\n"
        "table.grid th, table.grid td, table.votes th, table.votes td { border: 1px solid #777; padding: 0.2rem 0.5rem; }\n"
        "caption { text-align: left; font-weight: bold; padding-bottom: 0.3rem; }\n"
        "a { color: #0645ad; }\n"
        ".note, .warning { font-style: italic; }\n"
        ".sign-line { display: none; }\n"
        "table.signatures td { padding-right: 3rem; }\n"
        ".sign-role { margin: 0; color: #555; }\n"
        "@media print { body { max-width: none; } h2.new-page { break-before: page; border-top: none; } a { color: inherit; } }\n");
}

QString scrollableTables(const QString &html, Language language)
{
    static const QRegularExpression tableTag(QStringLiteral("<table[ >]|</table>"));
    static const QRegularExpression caption(QStringLiteral("^<table[^>]*>\\s*<caption>(.*?)</caption>"),
                                            QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression heading(QStringLiteral("<h[1-6][^>]*>(.*?)</h[1-6]>"),
                                            QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression tags(QStringLiteral("<[^>]*>"));
    const QString fallback = language == Language::Swedish ? QStringLiteral("Tabell") : QStringLiteral("Taulukko");
    QString out;
    qsizetype at = 0, start = -1;
    int depth = 0;
    // Only the outermost tables: one in an item's rich text may hold another.
    for (auto it = tableTag.globalMatch(html); it.hasNext();) {
        const QRegularExpressionMatch tag = it.next();
        if (tag.captured(0).startsWith(QStringLiteral("</"))) {
            if (depth == 0 || --depth > 0)
                continue;
            const qsizetype end = tag.capturedEnd();
            const QString table = html.mid(start, end - start);
            // Named by its caption, else by the nearest heading before it.
            QString name;
            if (const auto own = caption.match(table); own.hasMatch())
                name = own.captured(1);
            else {
                for (auto headings = heading.globalMatch(html.left(start)); headings.hasNext();)
                    name = headings.next().captured(1);
            }
            name = name.remove(tags).simplified().replace(u'"', QStringLiteral("&quot;"));
            out += html.mid(at, start - at);
            // A focusable group, so that a keyboard can scroll it too; the
            // name is the page's text, already escaped.
            out += QStringLiteral("<div class=\"table-scroll\" role=\"group\" tabindex=\"0\" aria-label=\"%1\">%2</div>")
                       .arg(name.isEmpty() ? fallback : name, table);
            at = end;
        } else if (depth++ == 0) {
            start = tag.capturedStart();
        }
    }
    out += html.mid(at);
    return out;
}

QString page(const OfficialDocument &document, const QString &footer)
{
    const QString lang = DocumentLanguage::tag(document.language);
    QString content = document.html;
    // The list of items links to them; page numbers belong to paged output.
    static const QRegularExpression pageHeading(QStringLiteral("<th scope=\"col\" class=\"page\">[^<]*</th>"));
    static const QRegularExpression pageCell(QStringLiteral("<td class=\"page\">@@PAGE:\\d+@@</td>"));
    content.remove(pageHeading);
    content.remove(pageCell);
    QString html;
    html += QStringLiteral("<!DOCTYPE html>\n<html lang=\"%1\">\n<head>\n<meta charset=\"utf-8\">\n").arg(lang);
    html += QStringLiteral("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    html += QStringLiteral("<title>%1</title>\n").arg(document.title.toHtmlEscaped());
    html += QStringLiteral("<meta name=\"author\" content=\"%1\">\n").arg(document.organisation.toHtmlEscaped());
    html += QStringLiteral("<meta name=\"description\" content=\"%1\">\n").arg(document.subject.toHtmlEscaped());
    html += QStringLiteral("<meta name=\"keywords\" content=\"%1\">\n")
                .arg(document.keywords.join(QStringLiteral(", ")).toHtmlEscaped());
    html += QStringLiteral("<style>\n%1</style>\n</head>\n<body>\n").arg(styleSheet());
    html += QStringLiteral("<header class=\"document-header\">\n<p class=\"organisation\">%1</p>\n<p>%2</p>\n"
                           "<p>%3 %4, %5</p>\n</header>\n")
                .arg(document.organisation.toHtmlEscaped(), document.body.toHtmlEscaped(),
                     document.kindLabel.toHtmlEscaped(), document.number.toHtmlEscaped(),
                     document.date.toHtmlEscaped());
    html += QStringLiteral("<main>\n") + scrollableTables(content, document.language) + QStringLiteral("</main>\n");
    if (!footer.isEmpty())
        html += QStringLiteral("<footer>\n%1\n</footer>\n").arg(footer);
    html += QStringLiteral("</body>\n</html>\n");
    return html;
}

} // namespace HtmlPage
