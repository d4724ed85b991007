#include "demopdf.h"

#include <QList>

namespace DemoPdf {

namespace {

// A PDF string literal in WinAnsi, with its delimiters escaped.
QByteArray pdfString(const QString &text)
{
    QByteArray latin;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u == 0x2013 || u == 0x2014)
            latin += '-';
        else if (u < 256)
            latin += char(u);
        else
            latin += '?';
    }
    latin.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)");
    return "(" + latin + ")";
}

} // namespace

QByteArray page(const QString &heading, const QStringList &lines)
{
    QByteArray content = "BT /F1 16 Tf 72 770 Td " + pdfString(heading) + " Tj /F1 11 Tf";
    for (const QString &line : lines)
        content += " 0 -18 Td " + pdfString(line) + " Tj";
    content += " ET";

    QList<QByteArray> objects{
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        "/Resources << /Font << /F1 5 0 R >> >> >>",
        "<< /Length " + QByteArray::number(content.size()) + " >>\nstream\n" + content + "\nendstream",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    };
    QByteArray pdf = "%PDF-1.4\n%\xE2\xE3\xCF\xD3\n";
    QList<qsizetype> offsets;
    for (qsizetype i = 0; i < objects.size(); ++i) {
        offsets.append(pdf.size());
        pdf += QByteArray::number(i + 1) + " 0 obj\n" + objects[i] + "\nendobj\n";
    }
    const qsizetype xref = pdf.size();
    pdf += "xref\n0 " + QByteArray::number(objects.size() + 1) + "\n0000000000 65535 f \n";
    for (const qsizetype offset : offsets)
        pdf += QByteArray::number(offset).rightJustified(10, '0') + " 00000 n \n";
    pdf += "trailer\n<< /Size " + QByteArray::number(objects.size() + 1) + " /Root 1 0 R >>\nstartxref\n"
        + QByteArray::number(xref) + "\n%%EOF\n";
    return pdf;
}

} // namespace DemoPdf
