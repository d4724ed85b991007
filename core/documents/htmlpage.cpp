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

QString page(const OfficialDocument &document)
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
    html += QStringLiteral("<main>\n") + content + QStringLiteral("</main>\n</body>\n</html>\n");
    return html;
}

} // namespace HtmlPage
