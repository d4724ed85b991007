#include <catch2/catch.hpp>

#include "testsupport.h"

#include "documents/agendatext.h"
#include "documents/documentrenderer.h"
#include "documents/htmlpage.h"
#include "documents/meetingdocuments.h"
#include "documents/pdfa.h"
#include "documents/publication.h"
#include "documents/zlibstore.h"
#include "procedure/meetingevents.h"
#include "procedure/meetingsession.h"
#include "text/richtext.h"

#include <poppler-qt6.h>

#include <QBuffer>
#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QImage>
#include <QPainter>
#include <QPdfWriter>
#include <QTimeZone>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>

#include <thread>

#include <zlib.h>

namespace {

const QString &secretCanary = RecordedMeeting::secretCanary;
const QString &personalCanary = RecordedMeeting::personalCanary;

struct Pdf
{
    QByteArray bytes;
    std::unique_ptr<Poppler::Document> document;
    QStringList pages;       // text of each page
    QString text() const { return pages.join(QStringLiteral("\n")); }
};

Pdf load(const QByteArray &bytes)
{
    Pdf pdf;
    pdf.bytes = bytes;
    pdf.document = Poppler::Document::loadFromData(bytes);
    REQUIRE(pdf.document);
    REQUIRE_FALSE(pdf.document->isLocked());
    for (int i = 0; i < pdf.document->numPages(); ++i)
        pdf.pages << pdf.document->page(i)->text(QRectF());
    return pdf;
}

Pdf render(const Result<OfficialDocument> &document)
{
    INFO(document.error().toStdString());
    REQUIRE(document.ok());
    const auto bytes = DocumentRenderer::pdf(*document);
    INFO(bytes.error().toStdString());
    REQUIRE(bytes.ok());
    return load(*bytes);
}

// A page's words as lines, left to right: how a reader sees table rows.
QString lines(const Pdf &pdf, int page)
{
    if (page >= pdf.document->numPages())
        return QString();
    QMap<int, QMap<double, QString>> rows; // rounded baseline → x → word
    const auto boxes = pdf.document->page(page)->textList();
    for (const auto &box : boxes)
        rows[qRound(box->boundingBox().bottom())].insert(box->boundingBox().left(), box->text());
    QStringList out;
    for (const auto &row : std::as_const(rows))
        out << QStringList(row.values()).join(QLatin1Char(' '));
    return out.join(QLatin1Char('\n'));
}

// Each needle found after the one before it.
void requireInOrder(const QString &pages, const QStringList &needles)
{
    // Lines wrap where the layout wraps them: compare with single spaces.
    static const QRegularExpression spaces(QStringLiteral("\\s+"));
    const QString text = QString(pages).replace(spaces, QStringLiteral(" "));
    qsizetype at = 0;
    for (const QString &given : needles) {
        const QString needle = QString(given).replace(spaces, QStringLiteral(" "));
        const qsizetype found = text.indexOf(needle, at);
        INFO("expected, in order: " << needle.toStdString());
        REQUIRE(found >= 0);
        at = found + needle.size();
    }
}

QByteArray utf16Hex(const QString &text)
{
    QByteArray bytes;
    for (const QChar c : text) {
        bytes.append(char(c.unicode() >> 8));
        bytes.append(char(c.unicode() & 0xFF));
    }
    return bytes.toHex().toUpper();
}

// Three pages of text written as the renderer writes them, and each page's
// content stream (dictionary, data) as the renderer finds it: the first
// stream Qt writes once told the page is done. The first two pages end at
// newPage(), in a store scope when `stored`; the last at end(), with the
// fonts. Each page's first line reads "Sivu N: pykälä".
using PageStream = std::pair<QByteArray, QByteArray>;
QByteArray threePages(int lines, bool stored, QList<PageStream> *streams)
{
    QByteArray written;
    QList<qsizetype> ends;
    {
        QBuffer buffer(&written);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        writer.setPdfVersion(QPagedPaintDevice::PdfVersion_A1b);
        writer.setResolution(72);
        QPainter painter(&writer);
        painter.setFont(QFont(DocumentRenderer::fontFamily(), 12));
        for (int page = 0; page < 3; ++page) {
            if (page > 0) {
                ends.append(written.size());
                const ZlibStore::Scope scope(stored);
                REQUIRE(writer.newPage());
            }
            for (int line = 0; line < lines; ++line) {
                const QString more = line > 0 ? QStringLiteral(", rivi %1").arg(line) : QString();
                painter.drawText(QPointF(72, 100 + 20 * line), QStringLiteral("Sivu %1: pykälä").arg(page + 1) + more);
            }
        }
        ends.append(written.size());
        painter.end();
    }
    for (const qsizetype from : std::as_const(ends)) {
        const qsizetype start = written.indexOf(">>\nstream\n", from);
        REQUIRE(start >= 0);
        const qsizetype data = start + 10;
        const qsizetype head = written.lastIndexOf("<<", start);
        streams->append({written.mid(head, start + 2 - head), written.mid(data, written.indexOf("\nendstream", data) - data)});
    }
    return written;
}

void requireNoCanary(const QByteArray &bytes, const QString &where)
{
    for (const QString &canary : {secretCanary, personalCanary}) {
        INFO(where.toStdString() << " holds " << canary.toStdString());
        REQUIRE_FALSE(bytes.contains(canary.toUtf8()));
        REQUIRE_FALSE(bytes.toUpper().contains(utf16Hex(canary)));
        REQUIRE_FALSE(bytes.contains(QStringLiteral("Matti Meikäläinen").toUtf8()));
    }
}

} // namespace

TEST_CASE("The minutes of a full meeting hold every section in order, a header on every page", "[documents]")
{
    TestDir dir;
    auto store = createStore(dir.path(QStringLiteral("s.sqlite")));
    const RecordedMeeting fixture = recordMeeting(*store);
    const Pdf pdf = render(MeetingDocuments::minutes(*store, fixture.meeting));
    const int pages = int(pdf.pages.size());
    REQUIRE(pages >= 8); // cover, an item a page, appeal instructions

    // The header of every page, with the page as "n (N)".
    for (int i = 0; i < pages; ++i) {
        const QString &page = pdf.pages.at(i);
        INFO("page " << i + 1);
        requireInOrder(page, {QStringLiteral("Testilän kunta"), QStringLiteral("PÖYTÄKIRJA"),
                              QStringLiteral("%1 (%2)").arg(i + 1).arg(pages), QStringLiteral("Kunnanhallitus"),
                              QStringLiteral("12/2026"), QStringLiteral("11.5.2026")});
    }

    requireInOrder(pdf.text(), {
        QStringLiteral("Pöytäkirja 12/2026"),
        QStringLiteral("maanantaina 11.5.2026 klo 16.02–17.30"),
        QStringLiteral("Kunnantalo, valtuustosali"),
        QStringLiteral("Läsnä"), QStringLiteral("Aino Mäkelä"), QStringLiteral("puheenjohtaja"),
        QStringLiteral("Bertil Åström"), QStringLiteral("varapuheenjohtaja"),
        QStringLiteral("poistui klo 17.10 § 6 aikana"),
        QStringLiteral("Fanni Lahti"), QStringLiteral("varajäsen (Eero Niemi)"),
        QStringLiteral("Poissa"), QStringLiteral("Eero Niemi"),
        QStringLiteral("Muut läsnäolleet"), QStringLiteral("Pekka Pöyhönen"), QStringLiteral("kunnanjohtaja, esittelijä"),
        QStringLiteral("Laillisuus ja päätösvaltaisuus"),
        QStringLiteral("Toimielimessä on 5 jäsentä, joista kokouksen alussa läsnä oli 5. Päätösvaltaisuuteen tarvitaan "
                       "vähintään 3 jäsentä, joten kokous oli päätösvaltainen."),
        QStringLiteral("Käsitellyt asiat"), QStringLiteral("§ 1–6"),
        QStringLiteral("Allekirjoitukset"), QStringLiteral("Aino Mäkelä"), QStringLiteral("Liisa Laine"),
        QStringLiteral("Pöytäkirjan tarkastus"), QStringLiteral("Bertil Åström, Cecilia Öhman"),
        QStringLiteral("Pöytäkirja on tarkastettu ja hyväksytty 12.5.2026."),
        QStringLiteral("Pöytäkirjan nähtävänäolo"),
        QStringLiteral("Pöytäkirja on asetettu nähtäväksi yleiseen tietoverkkoon 13.5.2026."),
        QStringLiteral("Asialuettelo"),
        QStringLiteral("§ 1 Kokouksen avaus"),
        QStringLiteral("§ 3 Päiväkodin rakentaminen"), QStringLiteral("Valmistelija:"), QStringLiteral("Liisa Laine"),
        QStringLiteral("Päiväkodin kustannusarvio"), QStringLiteral("Esittelijä:"), QStringLiteral("Päätösehdotus"),
        QStringLiteral("Käsittely"), QStringLiteral("Äänestys 1: JAA = pohjaehdotus, EI = Virtasen ehdotus"),
        QStringLiteral("Yhteensä"),
        QStringLiteral("Tulos: pohjaehdotus voitti äänin 3–2"), QStringLiteral("Päätös"),
        QStringLiteral("Eriävä mielipide"), QStringLiteral("Daniel Virtanen jätti eriävän mielipiteen: Kirkonkylä"),
        QStringLiteral("§ 4 Vahingonkorvausvaatimus"), QStringLiteral("Salassa pidettävä"), secretCanary,
        QStringLiteral("§ 5 Tontin myynti"), QStringLiteral("Esteellisyys"),
        QStringLiteral("Daniel Virtanen oli esteellinen (HL 28 § 1 mom. 1 k)"),
        QStringLiteral("Äänestys 1: JAA = pohjaehdotus, EI = Öhmanin ehdotus"),
        QStringLiteral("§ 6 Edustajan valinta"), QStringLiteral("Vaali"), QStringLiteral("Kaisa Koivu"),
        QStringLiteral("valittu"),
        QStringLiteral("Oikaisuvaatimusohje"), QStringLiteral("Koskee pykäliä: § 3–4, 6"),
        // Published Wed 13.5.: notified 20.5., 14 days: Wednesday 3.6.2026.
        QStringLiteral("määräaika päättyy 3.6.2026"),
        QStringLiteral("kirjaamo@testila.fi"),
        QStringLiteral("Valitusosoitus (kunnallisvalitus)"), QStringLiteral("Koskee pykälää: § 5"),
        // 30 days from 20.5. is Friday 19.6., Midsummer Eve; Saturday is
        // Midsummer Day: the last day moves to Monday 22.6.2026.
        QStringLiteral("määräaika päättyy 22.6.2026"), QStringLiteral("Itä-Suomen hallinto-oikeus"),
        QStringLiteral("Muutoksenhakukielto"), QStringLiteral("Koskee pykäliä: § 1–2"),
    });
    // The internal minutes carry the personal data as written.
    REQUIRE(pdf.text().contains(personalCanary));
    // A page's last line is not read again at the top of the next one
    // (drawn there out of sight, in the text layer).
    for (int i = 1; i < pages; ++i) {
        const QStringList before = lines(pdf, i - 1).split(QLatin1Char('\n'));
        const QStringList after = lines(pdf, i).split(QLatin1Char('\n'));
        INFO("page " << i + 1 << ": " << after.value(3).toStdString());
        REQUIRE(after.value(3) != before.last());
    }
}

TEST_CASE("The list of items gives the page each item starts on", "[documents]")
{
    TestDir dir;
    auto store = createStore(dir.path(QStringLiteral("s.sqlite")));
    RecordedMeeting fixture = recordMeeting(*store);
    // Headings the secretary wrote inside an item are not items.
    fixture.items[2].background += QStringLiteral("<h1>Tausta</h1><p>Lisää.</p><h2>Lisätietoja</h2><p>Vielä.</p>");
    REQUIRE(store->updateAgendaItem(fixture.items.at(2)).ok());
    for (const bool minutes : {true, false}) {
        const Pdf pdf = render(minutes ? MeetingDocuments::minutes(*store, fixture.meeting)
                                       : MeetingDocuments::agenda(*store, fixture.meeting));
        const QString contents = lines(pdf, 0) + QLatin1Char('\n') + lines(pdf, 1);
        for (const AgendaItem &item : fixture.items) {
            static const QRegularExpression spaces(QStringLiteral("\\s+"));
            const QRegularExpression row(QStringLiteral("§ %1 %2 (\\d+)")
                                             .arg(*item.sectionNumber)
                                             .arg(QRegularExpression::escape(item.title)));
            const auto match = row.match(contents);
            INFO((minutes ? "minutes " : "agenda ") << item.title.toStdString() << "\n" << contents.toStdString());
            REQUIRE(match.hasMatch());
            const int page = match.captured(1).toInt();
            REQUIRE(page >= 1);
            REQUIRE(page <= pdf.pages.size());
            // The item's heading is the first line under the page header.
            const QString heading = QStringLiteral("§ %1 %2").arg(*item.sectionNumber).arg(item.title);
            REQUIRE(lines(pdf, page - 1).split(QLatin1Char('\n')).value(3).toStdString() == heading.toStdString());
        }
    }
}

TEST_CASE("The outline lists the items and the list of items links each row to its item", "[documents][navigation]")
{
    TestDir dir;
    auto store = createStore(dir.path(QStringLiteral("s.sqlite")));
    const RecordedMeeting fixture = recordMeeting(*store);
    for (const bool minutes : {true, false}) {
        INFO((minutes ? "minutes" : "agenda"));
        const Pdf pdf = render(minutes ? MeetingDocuments::minutes(*store, fixture.meeting)
                                       : MeetingDocuments::agenda(*store, fixture.meeting));
        // The outline: "§ N title" of each item in order, each on the page
        // where its heading is the first line under the page header; then,
        // in the minutes, the appeal instructions their items need, in the
        // order the minutes print them: requesting rectification (§ 3, § 4
        // and § 6), the municipal appeal (§ 5) and no appeal (§ 1 and § 2),
        // each on its page.
        const QVector<Poppler::OutlineItem> outline = pdf.document->outline();
        QStringList expected;
        for (const AgendaItem &item : fixture.items)
            expected << QStringLiteral("§ %1 %2").arg(*item.sectionNumber).arg(item.title);
        QStringList titles;
        for (const Poppler::OutlineItem &entry : outline) {
            REQUIRE(entry.destination());
            const int page = entry.destination()->pageNumber();
            INFO(entry.name().toStdString() << " on page " << page);
            REQUIRE(page >= 1);
            REQUIRE(page <= pdf.pages.size());
            if (titles.size() < expected.size())
                CHECK(lines(pdf, page - 1).split(QLatin1Char('\n')).value(3) == entry.name());
            else
                CHECK(pdf.pages.at(page - 1).contains(entry.name()));
            titles << entry.name();
        }
        CHECK(titles.mid(0, expected.size()) == expected);
        INFO(titles.join(QStringLiteral(" | ")).toStdString());
        if (minutes) {
            REQUIRE(titles.size() == expected.size() + 3);
            CHECK(titles.mid(expected.size()) == QStringList{QStringLiteral("Oikaisuvaatimusohje"),
                                                              QStringLiteral("Valitusosoitus (kunnallisvalitus)"),
                                                              QStringLiteral("Muutoksenhakukielto")});
        } else {
            CHECK(titles == expected);
        }

        // Each row of the list of items is a link to the page of that item.
        int linked = 0;
        for (int index = 0; index < 2; ++index) {
            std::unique_ptr<Poppler::Page> page = pdf.document->page(index);
            const QSizeF size = page->pageSizeF();
            for (const std::unique_ptr<Poppler::Link> &link : page->links()) {
                REQUIRE(link->linkType() == Poppler::Link::Goto);
                const auto *go = static_cast<const Poppler::LinkGoto *>(link.get());
                const QRectF area = link->linkArea().normalized();
                const QRectF points(area.left() * size.width(), area.top() * size.height(),
                                    area.width() * size.width(), area.height() * size.height());
                const QString row = page->text(points).simplified();
                const int target = go->destination().pageNumber();
                INFO(row.toStdString() << " → page " << target);
                // The row reads "§ N title page", and goes to that page,
                // where the heading reads "§ N title" (spaces aside: the
                // text layer keeps some of them, the line of words all).
                const QString number = QStringLiteral(" %1").arg(target);
                REQUIRE(row.endsWith(number));
                const QString heading = lines(pdf, target - 1).split(QLatin1Char('\n')).value(3);
                const auto squeezed = [](QString text) { return text.remove(QRegularExpression(QStringLiteral("\\s"))); };
                if (row.startsWith(u'§'))
                    CHECK(squeezed(row.chopped(number.size())) == squeezed(heading));
                else // "Muutoksenhakuohjeet": the first instruction
                    CHECK(target == outline.at(expected.size()).destination()->pageNumber());
                ++linked;
            }
        }
        // One row for each item, and in the minutes one for the instructions.
        CHECK(linked == int(expected.size()) + (minutes ? 1 : 0));
    }
    // The viewer shows the document's title, and opens with the outline.
    const QByteArray bytes = required(DocumentRenderer::pdf(required(MeetingDocuments::minutes(*store, fixture.meeting))));
    writeFile(dir.path(QStringLiteral("m.pdf")), bytes);
    // The catalogue is the file's first object.
    const QString catalogue = runTool(QStringLiteral("qpdf"), {QStringLiteral("--show-object=1"),
                                                               dir.path(QStringLiteral("m.pdf"))},
                                      dir.path(QString()));
    CHECK(catalogue.contains(QStringLiteral("/Type /Catalog")));
    CHECK(catalogue.contains(QStringLiteral("/ViewerPreferences << /DisplayDocTitle true >>")));
    CHECK(catalogue.contains(QStringLiteral("/PageMode /UseOutlines")));
    CHECK(runTool(QStringLiteral("qpdf"), {QStringLiteral("--check"), dir.path(QStringLiteral("m.pdf"))}, dir.path(QString()))
              .contains(QStringLiteral("No syntax or stream encoding errors")));
}

TEST_CASE("A ruled table has a rule between every two cells and around them, on every page it stands on",
          "[documents][layout]")
{
    // An item's table of 70 rows under a header row, and a last row of one
    // cell across both columns: it goes on to a second page, where Qt repeats
    // the header row.
    TestDir dir;
    auto store = createStore(dir.path(QStringLiteral("s.sqlite")));
    const RecordedMeeting fixture = recordMeeting(*store);
    AgendaItem item = fixture.items.at(4);
    QString table = QStringLiteral("<table><thead><tr><th>Vuosi</th><th>Euroa</th></tr></thead><tbody>");
    for (int row = 1; row <= 70; ++row)
        table += QStringLiteral("<tr><td>v%1</td><td>e%1</td></tr>").arg(row, 2, 10, QLatin1Char('0'));
    table += QStringLiteral("<tr><td colspan=\"2\">yht</td></tr></tbody></table>");
    item.background += table;
    REQUIRE(store->updateAgendaItem(item).ok());
    const Pdf pdf = render(MeetingDocuments::minutes(*store, fixture.meeting));

    // The darkest pixel of an area given in points, the page drawn at 100 dpi.
    constexpr double dpi = 100;
    const auto darkest = [](const QImage &image, double left, double top, double right, double bottom) {
        int value = 255;
        const double scale = dpi / 72;
        for (int y = int(top * scale); y <= int(bottom * scale); ++y) {
            for (int x = int(left * scale); x <= int(right * scale); ++x) {
                if (x >= 0 && y >= 0 && x < image.width() && y < image.height())
                    value = std::min(value, qGray(image.pixel(x, y)));
            }
        }
        return value;
    };
    constexpr int rule = 170;   // a rule's pixels are darker
    constexpr int blank = 220;  // where there is none, none are
    int pagesWithRows = 0, headers = 0;
    bool spanned = false;
    for (int page = 0; page < pdf.document->numPages(); ++page) {
        const std::unique_ptr<Poppler::Page> one(pdf.document->page(page));
        QMap<QString, QRectF> words;
        for (const auto &box : one->textList())
            words.insert(box->text(), box->boundingBox());
        QList<int> rows;
        for (int row = 1; row <= 70; ++row) {
            if (words.contains(QStringLiteral("v%1").arg(row, 2, 10, QLatin1Char('0'))))
                rows.append(row);
        }
        if (rows.isEmpty())
            continue;
        ++pagesWithRows;
        INFO("page " << page + 1);
        const QImage image = one->renderToImage(dpi, dpi).convertToFormat(QImage::Format_RGB32);
        const auto v = [&](int row) { return words.value(QStringLiteral("v%1").arg(row, 2, 10, QLatin1Char('0'))); };
        const auto e = [&](int row) { return words.value(QStringLiteral("e%1").arg(row, 2, 10, QLatin1Char('0'))); };
        // The header row heads the rows on each page, ruled above and below.
        REQUIRE(words.contains(QStringLiteral("Vuosi")));
        ++headers;
        const QRectF vuosi = words.value(QStringLiteral("Vuosi"));
        const QRectF euroa = words.value(QStringLiteral("Euroa"));
        CHECK(vuosi.bottom() < v(rows.first()).top());
        CHECK(darkest(image, vuosi.center().x(), vuosi.top() - 6, vuosi.center().x(), vuosi.top()) < rule);
        CHECK(darkest(image, vuosi.center().x(), vuosi.bottom(), vuosi.center().x(), v(rows.first()).top()) < rule);
        // The header's cells and each row's are ruled apart, and on the left
        // and the right; each row from the next.
        CHECK(darkest(image, vuosi.right(), vuosi.center().y(), euroa.left(), vuosi.center().y()) < rule);
        for (const int row : rows) {
            INFO("row " << row);
            const double middle = v(row).center().y();
            CHECK(darkest(image, v(row).left() - 6, middle, v(row).left(), middle) < rule);
            CHECK(darkest(image, v(row).right(), middle, e(row).left(), middle) < rule);
            CHECK(darkest(image, euroa.right(), middle, euroa.right() + 12, middle) < rule);
            if (rows.contains(row + 1))
                CHECK(darkest(image, v(row).center().x(), v(row).bottom(), v(row).center().x(), v(row + 1).top()) < rule);
        }
        // The last row on the page is closed below.
        const QRectF last = v(rows.last());
        CHECK(darkest(image, last.center().x(), last.bottom(), last.center().x(), last.bottom() + 6) < rule);
        // The cell across both columns has no rule between them.
        if (words.contains(QStringLiteral("yht")) && rows.contains(70)) {
            spanned = true;
            const QRectF yht = words.value(QStringLiteral("yht"));
            CHECK(yht.top() > last.bottom());
            CHECK(darkest(image, v(70).right() + 1, yht.center().y(), e(70).left() - 1, yht.center().y()) > blank);
            CHECK(darkest(image, yht.center().x(), yht.bottom(), yht.center().x(), yht.bottom() + 6) < rule);
        }
    }
    CHECK(pagesWithRows >= 2);
    CHECK(headers == pagesWithRows);
    CHECK(spanned);
}

TEST_CASE("A ruled table's cell that goes on to the next page is ruled on both pages", "[documents][layout]")
{
    // A row whose second cell holds 90 paragraphs: taller than a page.
    TestDir dir;
    auto store = createStore(dir.path(QStringLiteral("s.sqlite")));
    const RecordedMeeting fixture = recordMeeting(*store);
    AgendaItem item = fixture.items.at(4);
    QString cell;
    for (int line = 1; line <= 90; ++line)
        cell += QStringLiteral("<p>rivi%1</p>").arg(line);
    item.background += QStringLiteral("<table><tr><th>Pitkä</th><td>") + cell
        + QStringLiteral("</td></tr><tr><td>alla</td><td>loppu</td></tr></table>");
    REQUIRE(store->updateAgendaItem(item).ok());
    const Pdf pdf = render(MeetingDocuments::minutes(*store, fixture.meeting));
    constexpr double dpi = 100;
    int pagesWithLines = 0;
    for (int page = 0; page < pdf.document->numPages(); ++page) {
        const std::unique_ptr<Poppler::Page> one(pdf.document->page(page));
        QList<QRectF> lines;
        for (const auto &box : one->textList()) {
            if (box->text().startsWith(u"rivi"))
                lines.append(box->boundingBox());
        }
        if (lines.isEmpty())
            continue;
        ++pagesWithLines;
        INFO("page " << page + 1);
        const QImage image = one->renderToImage(dpi, dpi).convertToFormat(QImage::Format_Grayscale8);
        // Left of each line of the cell, within a few points, a rule.
        for (const QRectF &line : lines) {
            int darkest = 255;
            const int y = int(line.center().y() * dpi / 72);
            for (int x = int((line.left() - 8) * dpi / 72); x < int(line.left() * dpi / 72); ++x)
                darkest = std::min(darkest, int(image.constScanLine(y)[x]));
            CHECK(darkest < 170);
        }
    }
    CHECK(pagesWithLines >= 2);
}

TEST_CASE("A roll call is a table of each member's vote", "[documents]")
{
    TestDir dir;
    auto store = createStore(dir.path(QStringLiteral("s.sqlite")));
    const RecordedMeeting fixture = recordMeeting(*store);
    const Pdf pdf = render(MeetingDocuments::minutes(*store, fixture.meeting));
    int pageIndex = -1;
    for (int i = 0; i < pdf.pages.size(); ++i) {
        if (pdf.pages.at(i).contains(QStringLiteral("EI = Virtasen ehdotus")))
            pageIndex = i;
    }
    REQUIRE(pageIndex >= 0);
    const auto boxes = pdf.document->page(pageIndex)->textList();
    auto sameLine = [](const QRectF &a, const QRectF &b) { return qAbs(a.center().y() - b.center().y()) < 2; };
    // The table's heading row: JAA, EI, TYHJÄ and POISSA on one line.
    QHash<QString, QRectF> columns;
    for (const auto &poissa : boxes) {
        if (poissa->text() != u"POISSA")
            continue;
        columns.clear();
        for (const auto &b : boxes) {
            if (sameLine(b->boundingBox(), poissa->boundingBox()))
                columns.insert(b->text(), b->boundingBox());
        }
        if (columns.contains(QStringLiteral("JAA")) && columns.contains(QStringLiteral("EI"))
            && columns.contains(QStringLiteral("TYHJÄ")))
            break;
    }
    REQUIRE(columns.contains(QStringLiteral("TYHJÄ")));
    const double top = columns.value(QStringLiteral("POISSA")).bottom();
    auto box = [&](const QString &text, double below) -> const Poppler::TextBox * {
        for (const auto &b : boxes) {
            if (b->text() == text && b->boundingBox().top() > below)
                return b.get();
        }
        return nullptr;
    };
    const QList<std::pair<QString, QString>> expected{{QStringLiteral("Mäkelä"), QStringLiteral("JAA")},
                                                      {QStringLiteral("Åström"), QStringLiteral("JAA")},
                                                      {QStringLiteral("Öhman"), QStringLiteral("EI")},
                                                      {QStringLiteral("Virtanen"), QStringLiteral("EI")},
                                                      {QStringLiteral("Lahti"), QStringLiteral("JAA")}};
    for (const auto &[surname, ballot] : expected) {
        const Poppler::TextBox *name = box(surname, top + 1);
        INFO(surname.toStdString());
        REQUIRE(name);
        // The one mark on the member's line stands under the ballot's heading.
        QList<QRectF> marks;
        for (const auto &b : boxes) {
            if (b->text() == u"x" && qAbs(b->boundingBox().center().y() - name->boundingBox().center().y()) < 2)
                marks.append(b->boundingBox());
        }
        REQUIRE(marks.size() == 1);
        QString column;
        for (const QString &heading : {QStringLiteral("JAA"), QStringLiteral("EI"), QStringLiteral("TYHJÄ"),
                                       QStringLiteral("POISSA")}) {
            const QRectF at = columns.value(heading);
            if (marks.first().center().x() >= at.left() - 2 && marks.first().center().x() < at.left() + 30)
                column = heading;
        }
        REQUIRE(column.toStdString() == ballot.toStdString());
    }
}

TEST_CASE("Public agenda, minutes and web pages hold nothing confidential and no personal data", "[documents][public]")
{
    TestDir dir;
    auto store = createStore(dir.path(QStringLiteral("s.sqlite")));
    const RecordedMeeting fixture = recordMeeting(*store);
    MeetingDocuments::Options publicVersion;
    publicVersion.audience = Audience::Public;
    for (const bool minutes : {true, false}) {
        const auto document = minutes ? MeetingDocuments::minutes(*store, fixture.meeting, publicVersion)
                                      : MeetingDocuments::agenda(*store, fixture.meeting, publicVersion);
        const Pdf pdf = render(document);
        INFO((minutes ? "minutes" : "agenda"));
        for (const QString &canary : {secretCanary, personalCanary, QStringLiteral("Meikäläinen")})
            REQUIRE_FALSE(pdf.text().contains(canary));
        requireNoCanary(pdf.bytes, QStringLiteral("PDF"));
        requireNoCanary(HtmlPage::page(*document).toUtf8(), QStringLiteral("HTML"));
        // The confidential item is there by its title and legal basis.
        requireInOrder(pdf.text(), {QStringLiteral("§ 4 Vahingonkorvausvaatimus"), QStringLiteral("Salassa pidettävä"),
                                    QStringLiteral("JulkL 24 § 1 mom. 25 k"),
                                    QStringLiteral("Asian sisältö on salassa pidettävä.")});
        REQUIRE(pdf.text().contains(QStringLiteral("[henkilötieto poistettu]")));
    }

    // A partly confidential item: the marked passages go, labelled as confidential.
    AgendaItem partly = fixture.items.at(2);
    partly.publicity = Publicity::PartlyConfidential;
    partly.confidentialityBasis = LegalBasis::fromText(QStringLiteral("JulkL 24 § 1 mom. 32 k"));
    REQUIRE(store->updateAgendaItem(partly).ok());
    const Pdf partlyPublic = render(MeetingDocuments::minutes(*store, fixture.meeting, publicVersion));
    REQUIRE_FALSE(partlyPublic.text().contains(personalCanary));
    requireInOrder(partlyPublic.text(), {QStringLiteral("§ 3 Päiväkodin rakentaminen"),
                                         QStringLiteral("Osittain salassa pidettävä"),
                                         QStringLiteral("[salassa pidettävä tieto poistettu]"),
                                         QStringLiteral("Päiväkodin kustannusarvio")});
    REQUIRE(render(MeetingDocuments::minutes(*store, fixture.meeting)).text().contains(personalCanary));

    const auto published = Publication::publish(*store, fixture.meeting, dir.path(QStringLiteral("web")));
    INFO(published.error().toStdString());
    REQUIRE(published.ok());
    REQUIRE(published->files.contains(QStringLiteral("index.html")));
    REQUIRE(published->files.contains(QStringLiteral("KH-12-2026-poytakirja.pdf")));
    REQUIRE(published->files.contains(QStringLiteral("KH-12-2026-esityslista.html")));
    QDirIterator files(dir.path(QStringLiteral("web")), QDir::Files, QDirIterator::Subdirectories);
    int count = 0;
    while (files.hasNext()) {
        const QString file = files.next();
        requireNoCanary(readFile(file), file);
        if (file.endsWith(QStringLiteral(".pdf"))) {
            const Pdf pdf = load(readFile(file));
            REQUIRE_FALSE(pdf.text().contains(secretCanary));
            REQUIRE_FALSE(pdf.text().contains(personalCanary));
        }
        ++count;
    }
    REQUIRE(count == published->files.size());
}

TEST_CASE("The web pages are valid, accessible HTML5 and the index links every document", "[documents][html]")
{
    TestDir dir;
    auto store = createStore(dir.path(QStringLiteral("s.sqlite")));
    const RecordedMeeting fixture = recordMeeting(*store);
    AgendaItem item = fixture.items.at(4);
    item.background += QStringLiteral("<h1>Hinta</h1><table><tr><th>Vuosi</th><th>Euroa</th></tr>"
                                      "<tr><td>2026</td><td>40 000</td></tr></table>");
    REQUIRE(store->updateAgendaItem(item).ok());
    const QString web = dir.path(QStringLiteral("web"));
    const auto published = Publication::publish(*store, fixture.meeting, web);
    REQUIRE(published.ok());
    for (const QString &name : published->files) {
        if (!name.endsWith(QStringLiteral(".html")))
            continue;
        INFO(name.toStdString());
        const QString html = QString::fromUtf8(readFile(QDir(web).filePath(name)));
        REQUIRE(html.startsWith(QStringLiteral("<!DOCTYPE html>\n<html lang=\"fi\">")));
        REQUIRE(html.contains(QStringLiteral("<meta charset=\"utf-8\">")));
        REQUIRE(html.contains(QStringLiteral("<title>")));
        REQUIRE(html.count(QStringLiteral("<h1>")) == 1);
        // Headings go down one level at a time.
        static const QRegularExpression headingTag(QStringLiteral("<h([1-6])[ >]"));
        int level = 0;
        for (auto it = headingTag.globalMatch(html); it.hasNext();) {
            const int next = it.next().captured(1).toInt();
            REQUIRE(next <= level + 1);
            level = next;
        }
        REQUIRE(html.count(QStringLiteral("<main>")) == 1);
        REQUIRE_FALSE(html.contains(QStringLiteral("@@PAGE")));
        for (const char *obsolete : {" border=", " align=", " cellpadding=", " cellspacing=", " width=", "<font"})
            REQUIRE_FALSE(html.contains(QString::fromLatin1(obsolete)));
        // Header cells name their scope; every table has them.
        static const QRegularExpression headerCell(QStringLiteral("<th[ >]"));
        REQUIRE(html.count(headerCell) == html.count(QStringLiteral("<th scope=")));
        REQUIRE(html.count(QStringLiteral("<table")) <= html.count(QStringLiteral("<th scope=")));
        // Ids are unique and in-page links reach them; file links exist.
        static const QRegularExpression ids(QStringLiteral(" id=\"([^\"]+)\""));
        QSet<QString> seen;
        for (auto it = ids.globalMatch(html); it.hasNext();) {
            const QString id = it.next().captured(1);
            REQUIRE_FALSE(seen.contains(id));
            seen.insert(id);
        }
        static const QRegularExpression links(QStringLiteral(" href=\"([^\"]+)\""));
        for (auto it = links.globalMatch(html); it.hasNext();) {
            const QString target = it.next().captured(1);
            if (target.startsWith(u'#'))
                REQUIRE(seen.contains(target.mid(1)));
            else
                REQUIRE(QFile::exists(QDir(web).filePath(target)));
        }
    }
    const QString index = QString::fromUtf8(readFile(QDir(web).filePath(QStringLiteral("index.html"))));
    REQUIRE(index.contains(QStringLiteral("href=\"KH-12-2026-poytakirja.pdf\"")));
    REQUIRE(index.contains(QStringLiteral("href=\"KH-12-2026-esityslista.html\"")));

    // Parsed by the HTML5 algorithm without a single parse error.
    QProcess python;
    python.start(QStringLiteral("/usr/bin/python3"),
                 {QStringLiteral("-c"),
                  QStringLiteral("import sys, html5lib\n"
                                 "for name in sys.argv[1:]:\n"
                                 "    html5lib.HTMLParser(strict=True).parse(open(name, 'rb').read())\n"),
                  QDir(web).filePath(QStringLiteral("index.html")),
                  QDir(web).filePath(QStringLiteral("KH-12-2026-poytakirja.html")),
                  QDir(web).filePath(QStringLiteral("KH-12-2026-esityslista.html"))});
    REQUIRE(python.waitForFinished(60000));
    INFO(python.readAllStandardError().toStdString());
    REQUIRE(python.exitCode() == 0);
}

TEST_CASE("Documents are PDF/A-2a with embedded subset fonts and the record's metadata", "[documents][pdfa]")
{
    TestDir dir;
    auto store = createStore(dir.path(QStringLiteral("s.sqlite")));
    const RecordedMeeting fixture = recordMeeting(*store);
    const Pdf pdf = render(MeetingDocuments::minutes(*store, fixture.meeting));
    const QString xmp = pdf.document->metadata();
    REQUIRE(xmp.contains(QStringLiteral("<pdfaid:part>2</pdfaid:part>")));
    REQUIRE(xmp.contains(QStringLiteral("<pdfaid:conformance>A</pdfaid:conformance>")));
    REQUIRE(pdf.bytes.count("/OutputIntents") == 1);
    REQUIRE(pdf.bytes.contains(
        QStringLiteral("<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">Kunnanhallitus, pöytäkirja 12/2026</rdf:li>")
            .toUtf8()));
    REQUIRE(pdf.document->info(QStringLiteral("Title")) == QStringLiteral("Kunnanhallitus, pöytäkirja 12/2026"));
    REQUIRE(pdf.document->info(QStringLiteral("Author")) == QStringLiteral("Testilän kunta"));
    REQUIRE(pdf.document->info(QStringLiteral("Subject")).startsWith(QStringLiteral("Pöytäkirja")));
    REQUIRE(pdf.document->info(QStringLiteral("Keywords")).contains(QStringLiteral("KH 12/2026")));
    // Dated when the meeting closed, in Finnish summer time.
    REQUIRE(pdf.bytes.contains("/CreationDate (D:20260511173000+03'00')"));
    REQUIRE(xmp.contains(QStringLiteral("<xmp:CreateDate>2026-05-11T17:30:00+03:00</xmp:CreateDate>")));
    const auto fonts = pdf.document->fonts();
    REQUIRE_FALSE(fonts.isEmpty());
    for (const Poppler::FontInfo &font : fonts) {
        INFO(font.name().toStdString());
        REQUIRE(font.isEmbedded());
        REQUIRE(font.isSubset());
        REQUIRE(font.name().contains(QStringLiteral("PykalaSans")));
    }
    // The rewritten file is sound to a second, independent reader.
    writeFile(dir.path(QStringLiteral("minutes.pdf")), pdf.bytes);
    QProcess qpdf;
    qpdf.start(QStringLiteral("qpdf"), {QStringLiteral("--check"), dir.path(QStringLiteral("minutes.pdf"))});
    REQUIRE(qpdf.waitForFinished(60000));
    INFO(qpdf.readAllStandardOutput().toStdString() << qpdf.readAllStandardError().toStdString());
    REQUIRE(qpdf.exitStatus() == QProcess::NormalExit);
    REQUIRE(qpdf.exitCode() == 0);
    // Finnish and Swedish letters come out as written.
    REQUIRE(pdf.text().contains(QStringLiteral("Åström")));
    REQUIRE(pdf.text().contains(QStringLiteral("Öhman")));
    REQUIRE(pdf.text().contains(QStringLiteral("Päätösvaltaisuuteen")));
}

TEST_CASE("The same record gives byte-identical documents", "[documents][reproducible]")
{
    TestDir dir;
    const QString path = dir.path(QStringLiteral("s.sqlite"));
    Meeting meeting;
    {
        auto store = createStore(path);
        meeting = recordMeeting(*store).meeting;
    }
    // In separate processes, each with its own hash seed.
    QList<QByteArray> digests;
    for (int run = 0; run < 2; ++run) {
        const QString file = dir.path(QStringLiteral("minutes%1.pdf").arg(run));
        const CliRun cli = runCli({QStringLiteral("--store"), path, QStringLiteral("minutes"),
                                   QStringLiteral("KH 12/2026"), QStringLiteral("-o"), file});
        INFO(cli.err.toStdString());
        REQUIRE(cli.exitCode == 0);
        digests << fileDigest(file);
    }
    REQUIRE(digests.at(0) == digests.at(1));
    auto store = openStore(path);
    const auto document = MeetingDocuments::minutes(*store, meeting);
    REQUIRE(document.ok());
    const auto again = DocumentRenderer::pdf(*document);
    REQUIRE(again.ok());
    REQUIRE(QCryptographicHash::hash(*again, QCryptographicHash::Sha256).toHex() == digests.at(0));
    // A changed record changes the document.
    AgendaItem item = required(store->agendaItems(meeting.id)).at(2);
    item.decision += QStringLiteral("<p>Lisäys.</p>");
    const Status updated = store->updateAgendaItem(item);
    INFO(updated.error().toStdString());
    REQUIRE(updated.ok());
    const auto changed = required(DocumentRenderer::pdf(required(MeetingDocuments::minutes(*store, meeting))));
    REQUIRE(QCryptographicHash::hash(changed, QCryptographicHash::Sha256).toHex() != digests.at(0));
}

TEST_CASE("Pages written in a store scope reach the marking uncompressed, and give the file that compressed pages "
          "give",
          "[documents][reproducible][pdfa]")
{
    // Twenty lines a page; the first two pages written in a scope, or not.
    // zlib's header: 78 01 for data stored or compressed at level 1, 78 9C
    // at the default level. Stored, a page's operators stand in the stream.
    const auto level = [](const QByteArray &data) { return data.left(2).toHex(); };
    QList<PageStream> compressedPages, storedPages;
    const QByteArray compressed = threePages(20, false, &compressedPages);
    const QByteArray stored = threePages(20, true, &storedPages);
    for (int page = 0; page < 3; ++page) {
        INFO("page " << page + 1);
        REQUIRE(storedPages.at(page).first.contains("/FlateDecode"));
        CHECK(level(compressedPages.at(page).second) == "789c");
        CHECK_FALSE(compressedPages.at(page).second.contains(" Tj"));
        CHECK(level(storedPages.at(page).second) == (page < 2 ? "7801" : "789c"));
        CHECK(storedPages.at(page).second.contains(" Tj") == (page < 2));
    }

    // The tags mark each page's text as its paragraph; the file is the same
    // from either writing, marked at the end or as the pages were given, and
    // none of its streams is left stored.
    PdfA::Metadata metadata;
    metadata.title = QStringLiteral("Kolme sivua");
    metadata.language = QStringLiteral("fi");
    metadata.created = QDateTime(QDate(2026, 12, 7), QTime(9, 0), QTimeZone(QByteArrayLiteral("Europe/Helsinki")));
    metadata.producer = QStringLiteral("Pykälä");
    metadata.headerBottom = 842;
    for (int page = 0; page < 3; ++page) {
        metadata.elements.append({"P", -1, {}, {}, {}});
        metadata.lines.append({page, page, 0, 0, 595, 842});
    }
    const auto fromCompressed = PdfA::finish(compressed, metadata);
    REQUIRE(fromCompressed.ok());
    const auto fromStored = PdfA::finish(stored, metadata);
    REQUIRE(fromStored.ok());
    CHECK(fromStored.value() == fromCompressed.value());
    PdfA::PageMarking marking(metadata);
    for (int page = 0; page < 3; ++page)
        marking.add(page, storedPages.at(page).first, storedPages.at(page).second);
    const auto marked = PdfA::finish(stored, metadata, &marking);
    REQUIRE(marked.ok());
    CHECK(marked.value() == fromCompressed.value());
    const QByteArray &file = marked.value();
    int streams = 0;
    for (qsizetype at = file.indexOf(">>\nstream\n"); at >= 0; at = file.indexOf(">>\nstream\n", at + 1)) {
        ++streams;
        if (file.lastIndexOf("/FlateDecode", at) > file.lastIndexOf("obj", at))
            CHECK(level(file.mid(at + 10, 2)) != "7801");
    }
    CHECK(streams >= 4); // three pages' content, a font program at least

    // The scope is its thread's: zlib compresses another thread's data
    // meanwhile, and this thread's again once the scope has ended.
    const QByteArray text = QByteArray("Pöytäkirja 5/2026, pykälä 105. ").repeated(200);
    const auto deflated = [&] {
        z_stream stream{};
        REQUIRE(deflateInit(&stream, Z_DEFAULT_COMPRESSION) == Z_OK);
        QByteArray out(int(deflateBound(&stream, uLong(text.size()))), '\0');
        stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(text.constData()));
        stream.avail_in = uInt(text.size());
        stream.next_out = reinterpret_cast<Bytef *>(out.data());
        stream.avail_out = uInt(out.size());
        REQUIRE(deflate(&stream, Z_FINISH) == Z_STREAM_END);
        out.truncate(qsizetype(stream.total_out));
        deflateEnd(&stream);
        return out;
    };
    QByteArray inScope, otherThread;
    {
        const ZlibStore::Scope scope(true);
        inScope = deflated();
        std::thread other([&] { otherThread = deflated(); });
        other.join();
    }
    const QByteArray afterScope = deflated();
    CHECK(inScope.size() > text.size());
    CHECK(otherThread.size() < text.size() / 10);
    CHECK(afterScope == otherThread);
}

TEST_CASE("Pages marked while a document is drawn give the file that marking at the end gives, and a page given "
          "wrongly is marked again",
          "[documents][reproducible][pdfa]")
{
    // Three pages of a paragraph each, written as the renderer writes them.
    QList<PageStream> streams;
    const QByteArray written = threePages(1, false, &streams);
    PdfA::Metadata metadata;
    metadata.title = QStringLiteral("Kolme sivua");
    metadata.language = QStringLiteral("fi");
    metadata.created = QDateTime(QDate(2026, 12, 7), QTime(9, 0), QTimeZone(QByteArrayLiteral("Europe/Helsinki")));
    metadata.producer = QStringLiteral("Pykälä");
    metadata.headerBottom = 842; // nothing is a header
    for (int page = 0; page < 3; ++page) {
        metadata.elements.append({"P", -1, {}, {}, {}});
        metadata.lines.append({page, page, 0, 0, 595, 842});
    }

    const auto atEnd = PdfA::finish(written, metadata);
    INFO(atEnd.error().toStdString());
    REQUIRE(atEnd.ok());
    // Each page's text is marked as its paragraph: three, each holding
    // the first marked content of its page.
    REQUIRE(atEnd.value().count("<< /Type /StructElem /S /P /P ") == 3);
    REQUIRE(atEnd.value().count(" /K [0] >>") == 3);
    {
        PdfA::PageMarking marking(metadata);
        for (int page = 0; page < 3; ++page)
            marking.add(page, streams.at(page).first, streams.at(page).second);
        const auto whileDrawn = PdfA::finish(written, metadata, &marking);
        REQUIRE(whileDrawn.ok());
        CHECK(whileDrawn.value() == atEnd.value());
    }
    {
        // The first page's stream given as the second's, the third's not at
        // all: marked as they are, the second page would read "Sivu 1".
        PdfA::PageMarking marking(metadata);
        marking.add(0, streams.at(0).first, streams.at(0).second);
        marking.add(1, streams.at(0).first, streams.at(0).second);
        const auto wrongly = PdfA::finish(written, metadata, &marking);
        REQUIRE(wrongly.ok());
        CHECK(wrongly.value() == atEnd.value());
    }
    // And the file is sound to Poppler: three pages, each with its text.
    std::unique_ptr<Poppler::Document> document(Poppler::Document::loadFromData(atEnd.value()));
    REQUIRE(document);
    REQUIRE(document->numPages() == 3);
    for (int page = 0; page < 3; ++page) {
        std::unique_ptr<Poppler::Page> one(document->page(page));
        CHECK(one->text(QRectF()).contains(QStringLiteral("Sivu %1: pykälä").arg(page + 1)));
    }
}

TEST_CASE("The first page of the minutes looks as it did", "[documents][image]")
{
    TestDir dir;
    auto store = createStore(dir.path(QStringLiteral("s.sqlite")));
    const RecordedMeeting fixture = recordMeeting(*store);
    const Pdf pdf = render(MeetingDocuments::minutes(*store, fixture.meeting));
    pdf.document->setRenderHint(Poppler::Document::Antialiasing);
    pdf.document->setRenderHint(Poppler::Document::TextAntialiasing);
    const QImage page = pdf.document->page(0)->renderToImage(50, 50).convertToFormat(QImage::Format_Grayscale8);
    const QString reference = QStringLiteral(PYKALA_SOURCE_DIR "/tests/data/minutes-page1.png");
    if (qEnvironmentVariableIsSet("PYKALA_UPDATE_REFERENCE"))
        REQUIRE(page.save(reference));
    const QImage expected = QImage(reference).convertToFormat(QImage::Format_Grayscale8);
    REQUIRE_FALSE(expected.isNull());
    REQUIRE(page.size() == expected.size());
    // Within a tolerance: antialiasing may differ by a shade, not the layout.
    qint64 total = 0;
    int differing = 0;
    for (int y = 0; y < page.height(); ++y) {
        const uchar *a = page.constScanLine(y);
        const uchar *b = expected.constScanLine(y);
        for (int x = 0; x < page.width(); ++x) {
            const int d = qAbs(int(a[x]) - int(b[x]));
            total += d;
            if (d > 64)
                ++differing;
        }
    }
    const double pixels = double(page.width()) * page.height();
    INFO("mean difference " << total / pixels << ", pixels differing " << differing);
    REQUIRE(total / pixels < 2.0);
    REQUIRE(differing < pixels * 0.005);
    // And it is not blank: the check can fail.
    REQUIRE(page != QImage(page.size(), QImage::Format_Grayscale8));
}

TEST_CASE("Documents in Swedish, by the body's language or on request", "[documents][language]")
{
    TestDir dir;
    auto store = createStore(dir.path(QStringLiteral("s.sqlite")));
    const RecordedMeeting fixture = recordMeeting(*store);
    MeetingDocuments::Options swedish;
    swedish.language = Language::Swedish;
    const Pdf minutes = render(MeetingDocuments::minutes(*store, fixture.meeting, swedish));
    requireInOrder(minutes.pages.first(), {QStringLiteral("Testilän kunta"), QStringLiteral("PROTOKOLL"),
                                           QStringLiteral("Kommunstyrelsen")});
    requireInOrder(minutes.text(), {QStringLiteral("Protokoll 12/2026"), QStringLiteral("måndag 11.5.2026 kl. 16.02–17.30"),
                                    QStringLiteral("Närvarande"), QStringLiteral("ersättare (Eero Niemi)"),
                                    QStringLiteral("Frånvarande"), QStringLiteral("Laglighet och beslutförhet"),
                                    QStringLiteral("Protokolljustering"), QStringLiteral("Ärendeförteckning"),
                                    QStringLiteral("Omröstning 1: JA = grundförslaget, NEJ = Virtanens förslag"),
                                    QStringLiteral("Anvisning för begäran om omprövning"),
                                    QStringLiteral("tidsfristen går ut den 3.6.2026"),
                                    QStringLiteral("Östra Finlands förvaltningsdomstol")});
    // The body's own setting makes Swedish the default.
    Body body = required(store->body(fixture.meeting.bodyId)).value();
    body.documentLanguage = Language::Swedish;
    REQUIRE(store->updateBody(body).ok());
    const Pdf agenda = render(MeetingDocuments::agenda(*store, fixture.meeting));
    requireInOrder(agenda.text(), {QStringLiteral("FÖREDRAGNINGSLISTA"), QStringLiteral("Föredragningslista 12/2026"),
                                   QStringLiteral("Ledamöter och ersättare"), QStringLiteral("Beslutsförslag")});
    MeetingDocuments::Options finnish;
    finnish.language = Language::Finnish;
    REQUIRE(render(MeetingDocuments::agenda(*store, fixture.meeting, finnish)).text().contains(QStringLiteral("ESITYSLISTA")));
}

namespace {

// A body holding its documents in `language` records a meeting with a
// tabling vote by roll call, a counter-proposal voted by roll call and a
// dissent; the items' own texts are in the same language.
Meeting languageMeeting(Store &store, Language language)
{
    const bool sv = language == Language::Swedish;
    Organisation organisation;
    organisation.name = QStringLiteral("Testilän kunta");
    organisation.swedishName = QStringLiteral("Testilä kommun");
    organisation.defaultLanguage = Language::Finnish;
    organisation.administrativeCourt = QStringLiteral("ita-suomi");
    organisation.registryAddress = QStringLiteral("Kunnantie 1\n70100 Testilä");
    organisation.registryEmail = QStringLiteral("kirjaamo@testila.fi");
    REQUIRE(store.setOrganisation(organisation).ok());
    Body body{0, QStringLiteral("Sivistyslautakunta"), QStringLiteral("SIVI"), BodyKind::Committee,
              QuorumRule::MoreThanHalf};
    body.swedishName = QStringLiteral("Bildningsnämnden");
    body.documentLanguage = language;
    body.id = required(store.addBody(body));
    const QStringList names{QStringLiteral("Anna Berg"), QStringLiteral("Björn Holm"), QStringLiteral("Clara Lind"),
                            QStringLiteral("David Ek"), QStringLiteral("Eva Strand")};
    QList<qint64> ids;
    for (const QString &name : names)
        ids << required(store.addPerson({0, name.section(u' ', 0, 0), name.section(u' ', 1), QString(), QString(), QString()}));
    const qint64 presenter = required(store.addPerson({0, QStringLiteral("Gustav"), QStringLiteral("Sund"),
                                                        sv ? QStringLiteral("bildningsdirektör") : QStringLiteral("sivistysjohtaja"),
                                                        QString(), QString()}));
    const QDate from(2025, 6, 1), until(2029, 5, 31);
    for (qsizetype i = 0; i < ids.size(); ++i)
        required(store.addMembership({0, body.id, ids.at(i), i == 0 ? MembershipRole::Chair : MembershipRole::Member, 0,
                                      from, until}));
    required(store.addMembership({0, body.id, presenter, MembershipRole::Presenter, 0, from, until}));
    Meeting meeting;
    meeting.bodyId = body.id;
    meeting.number = 3;
    meeting.year = 2026;
    meeting.plannedStart = QDateTime(QDate(2026, 3, 16), QTime(18, 0));
    meeting.place = sv ? QStringLiteral("Kommungården") : QStringLiteral("Kunnantalo");
    meeting.id = required(store.addMeeting(meeting));
    auto item = [&](const QString &title, const QString &proposal) {
        AgendaItem it;
        it.meetingId = meeting.id;
        it.title = title;
        it.proposal = QStringLiteral("<p>%1</p>").arg(proposal);
        it.presenterPersonId = presenter;
        // The municipal appeal's instructions name the court.
        it.appealKind = AppealKind::MunicipalAppeal;
        required(store.addAgendaItem(it));
    };
    item(sv ? QStringLiteral("Skolans läroplan") : QStringLiteral("Koulun opetussuunnitelma"),
         sv ? QStringLiteral("Läroplanen godkänns.") : QStringLiteral("Opetussuunnitelma hyväksytään."));
    item(sv ? QStringLiteral("Biblioteksbuss") : QStringLiteral("Kirjastoauto"),
         sv ? QStringLiteral("En biblioteksbuss köps.") : QStringLiteral("Kirjastoauto hankitaan."));
    using namespace MeetingEvents;
    const qint64 berg = ids.at(0), holm = ids.at(1), lind = ids.at(2), ek = ids.at(3), strand = ids.at(4);
    auto rollCall = [](std::initializer_list<std::pair<qint64, Voting::Ballot>> ballots, const QString &on = {}) {
        ItemDecision::VoteRecord vote;
        for (const auto &[person, ballot] : ballots)
            vote.ballots.insert(person, ballot);
        vote.on = on;
        return vote;
    };
    const Voting::Ballot yes = Voting::Ballot::Yes, no = Voting::Ballot::No;
    const QByteArray events = file({
        open(QDateTime(meeting.plannedStart.date(), QTime(18, 0))),
        attendance(ids, {}),
        minuteCheckers({holm, lind}),
        proposal(1, QStringLiteral("holm"), ProposalType::Tabling, holm,
                 sv ? QStringLiteral("ärendet bordläggs") : QStringLiteral("asia pannaan pöydälle")),
        second(1, QStringLiteral("holm"), lind),
        vote(1, rollCall({{berg, yes}, {holm, no}, {lind, no}, {ek, yes}, {strand, yes}}, QStringLiteral("holm"))),
        decision(1),
        proposal(2, QStringLiteral("ek"), ProposalType::Counter, ek,
                 sv ? QStringLiteral("två bussar köps") : QStringLiteral("hankitaan kaksi autoa")),
        second(2, QStringLiteral("ek"), strand),
        vote(2, rollCall({{berg, yes}, {holm, yes}, {lind, yes}, {ek, no}, {strand, no}})),
        dissent(2, ek, sv ? QStringLiteral("Bussen räcker inte.") : QStringLiteral("Yksi auto ei riitä.")),
        decision(2),
        close(QDateTime(meeting.plannedStart.date(), QTime(19, 0))),
    });
    const auto recorded = MeetingSession::record(store, meeting, events);
    INFO(recorded.error().toStdString());
    REQUIRE(recorded.ok());
    Meeting held = required(store.meeting(meeting.id)).value();
    held.minutesChecked = QDate(2026, 3, 18);
    held.minutesPublished = QDate(2026, 3, 19);
    REQUIRE(store.updateMeeting(held).ok());
    return held;
}

// Words of each language's fixed texts in minutes — headings, the votes'
// words, the proceedings' sentences, the appeal instructions, the names of
// the organisation, the body and the court — as municipal minutes write them.
const QStringList finnishWords{
    QStringLiteral("PÖYTÄKIRJA"), QStringLiteral("Pöytäkirja"), QStringLiteral("Läsnä"),
    QStringLiteral("Laillisuus ja päätösvaltaisuus"), QStringLiteral("Pöytäkirjan tarkastus"), QStringLiteral("Asialuettelo"),
    QStringLiteral("Esittelijä"), QStringLiteral("Päätösehdotus"), QStringLiteral("Käsittely"),
    QStringLiteral("Päätös"), QStringLiteral("Äänestys"), QStringLiteral("JAA"), QStringLiteral("EI"), QStringLiteral("TYHJÄ"),
    QStringLiteral("POISSA"), QStringLiteral("Yhteensä"), QStringLiteral("Eriävä mielipide"),
    QStringLiteral("eriävän mielipiteen"), QStringLiteral("kannattamana"), QStringLiteral("ehdotti"),
    QStringLiteral("pöydälle"), QStringLiteral("pohjaehdotus"), QStringLiteral("pohjaehdotuksen"), QStringLiteral("klo"),
    QStringLiteral("Kokoustapa"), QStringLiteral("lähikokous"), QStringLiteral("Allekirjoitukset"),
    QStringLiteral("puheenjohtaja"), QStringLiteral("Puheenjohtaja"), QStringLiteral("äänin"), QStringLiteral("hyväksyi"),
    QStringLiteral("totesi"), QStringLiteral("Valitusosoitus"), QStringLiteral("Sähköposti"),
    QStringLiteral("Itä-Suomen hallinto-oikeus"), QStringLiteral("Minna Canthin katu"), QStringLiteral("Testilän kunta"),
    QStringLiteral("Sivistyslautakunta"), QStringLiteral("sivistyslautakunta"), QStringLiteral("maanantaina")};
const QStringList swedishWords{
    QStringLiteral("PROTOKOLL"), QStringLiteral("Protokoll"), QStringLiteral("Närvarande"),
    QStringLiteral("Laglighet och beslutförhet"), QStringLiteral("Protokolljustering"), QStringLiteral("Ärendeförteckning"),
    QStringLiteral("Föredragande"), QStringLiteral("Beslutsförslag"), QStringLiteral("Behandling"),
    QStringLiteral("Beslut"), QStringLiteral("Omröstning"), QStringLiteral("JA"), QStringLiteral("NEJ"),
    QStringLiteral("BLANK"), QStringLiteral("FRÅNVARANDE"), QStringLiteral("Sammanlagt"), QStringLiteral("Avvikande mening"),
    QStringLiteral("avvikande mening"), QStringLiteral("kl."), QStringLiteral("Mötesform"), QStringLiteral("Underskrifter"),
    QStringLiteral("ordförande"), QStringLiteral("Ordförande"), QStringLiteral("rösterna"), QStringLiteral("förslag"),
    QStringLiteral("Besvärsanvisning"), QStringLiteral("E-post"), QStringLiteral("Östra Finlands förvaltningsdomstol"), QStringLiteral("Minna Canths gata"),
    QStringLiteral("Testilä kommun"), QStringLiteral("Bildningsnämnden"), QStringLiteral("bildningsnämnden"),
    QStringLiteral("måndag")};

// The words of `words` that stand in `text` as words of their own, joined
// for Catch to show.
std::string wordsIn(const QString &text, const QStringList &words)
{
    QStringList found;
    for (const QString &word : words) {
        const QRegularExpression whole(QStringLiteral("(?<![\\p{L}\\p{N}])%1(?![\\p{L}\\p{N}])")
                                           .arg(QRegularExpression::escape(word)));
        if (whole.match(text).hasMatch())
            found << word;
    }
    return found.join(QStringLiteral(" | ")).toStdString();
}

} // namespace

TEST_CASE("A body's document language decides every fixed text of its minutes", "[documents][language]")
{
    for (const Language language : {Language::Swedish, Language::Finnish}) {
        const bool sv = language == Language::Swedish;
        INFO((sv ? "a Swedish-language body" : "a Finnish-language body"));
        TestDir dir;
        auto store = createStore(dir.path(QStringLiteral("s.sqlite")));
        const Meeting meeting = languageMeeting(*store, language);
        const QStringList &own = sv ? swedishWords : finnishWords;
        const QStringList &other = sv ? finnishWords : swedishWords;
        for (const Audience audience : {Audience::Internal, Audience::Public}) {
            MeetingDocuments::Options options;
            options.audience = audience;
            const auto document = MeetingDocuments::minutes(*store, meeting, options);
            const Pdf pdf = render(document);
            for (const QString &text : {pdf.text(), HtmlPage::page(*document)}) {
                CHECK(wordsIn(text, other) == std::string());
                CHECK(wordsIn(text, own) == own.join(QStringLiteral(" | ")).toStdString());
            }
        }
        // The decision and proceedings the record wrote into the items.
        for (const AgendaItem &item : required(store->agendaItems(meeting.id))) {
            const QString written = RichText::toPlainText(item.decision + item.proceedings);
            REQUIRE_FALSE(written.isEmpty());
            CHECK(wordsIn(written, other) == std::string());
        }
        const QString agenda = required(AgendaText::render(*store, meeting));
        CHECK(wordsIn(agenda, other) == std::string());
        CHECK(agenda.contains(sv ? QStringLiteral("Testilä kommun") : QStringLiteral("Testilän kunta")));
    }
}

// A Finnish item in Swedish minutes is marked as Finnish (WCAG 3.1.2).
TEST_CASE("An item written in another language than its document is marked with its language", "[documents][language]")
{
    TestDir dir;
    auto store = createStore(dir.path(QStringLiteral("s.sqlite")));
    const Meeting meeting = languageMeeting(*store, Language::Swedish);
    AgendaItem item = required(store->agendaItems(meeting.id)).first();
    item.language = Language::Finnish;
    item.title = QStringLiteral("Koulun opetussuunnitelma");
    item.background = QStringLiteral("<p>Opetussuunnitelma on valmis.</p>");
    REQUIRE(store->updateAgendaItem(item).ok());
    const QString html = HtmlPage::page(required(MeetingDocuments::minutes(*store, meeting)));
    REQUIRE(html.startsWith(QStringLiteral("<!DOCTYPE html>")));
    CHECK(html.contains(QStringLiteral("<html lang=\"sv\"")));
    CHECK(html.contains(QStringLiteral("<span lang=\"fi\">Koulun opetussuunnitelma</span>")));
    CHECK(html.contains(QStringLiteral("<div lang=\"fi\"><p>Opetussuunnitelma on valmis.</p>")));
    // The other item, in the document's language, carries no mark.
    CHECK(html.count(QStringLiteral("lang=\"fi\"")) >= 2);
    CHECK_FALSE(html.contains(QStringLiteral("<span lang=\"fi\">Biblioteksbuss")));

    // In the tagged PDF the item's heading and its paragraph are Finnish
    // elements of a Swedish document.
    const Pdf pdf = render(MeetingDocuments::minutes(*store, meeting));
    writeFile(dir.path(QStringLiteral("m.pdf")), pdf.bytes);
    const QJsonObject objects = QJsonDocument::fromJson(runTool(QStringLiteral("qpdf"), {QStringLiteral("--json"),
                                                              QStringLiteral("--json-key=qpdf"), dir.path(QStringLiteral("m.pdf"))},
                                                              dir.path(QString())).toUtf8())
                                    .object().value(u"qpdf").toArray().at(1).toObject();
    QStringList finnish;
    for (const QJsonValue &object : objects) {
        const QJsonObject value = object.toObject().value(u"value").toObject();
        if (value.value(u"/Type").toString() == u"/StructElem" && value.contains(QStringLiteral("/Lang")))
            finnish << value.value(u"/S").toString() + u' ' + value.value(u"/Lang").toString();
    }
    // Its heading, and each of its texts (its background, the proposal,
    // the decision…): nothing else.
    CHECK(finnish.count(QStringLiteral("/H2 u:fi")) == 1);
    CHECK(finnish.count(QStringLiteral("/P u:fi")) >= 2);
    CHECK(finnish.count(QStringLiteral("/H2 u:fi")) + finnish.count(QStringLiteral("/P u:fi")) == finnish.size());
    CHECK(runTool(QStringLiteral("qpdf"), {QStringLiteral("--show-object=1"), dir.path(QStringLiteral("m.pdf"))},
                  dir.path(QString())).contains(QStringLiteral("/Lang <feff00730076>"))); // "sv"
}

TEST_CASE("An extract holds one item, its certification and its appeal instruction", "[documents][extract]")
{
    TestDir dir;
    auto store = createStore(dir.path(QStringLiteral("s.sqlite")));
    const RecordedMeeting fixture = recordMeeting(*store);
    const auto found = MeetingDocuments::findItem(*store, QStringLiteral("KH 12/2026 § 5"));
    REQUIRE(found.ok());
    const Pdf pdf = render(MeetingDocuments::extract(*store, found->first, found->second));
    requireInOrder(pdf.text(), {QStringLiteral("PÖYTÄKIRJANOTE"), QStringLiteral("12/2026 § 5"),
                                QStringLiteral("§ 5 Tontin myynti"), QStringLiteral("Esteellisyys"),
                                QStringLiteral("Päätös"), QStringLiteral("Otteen oikeaksi todistaa"),
                                QStringLiteral("12.5.2026"), QStringLiteral("Liisa Laine"),
                                QStringLiteral("Valitusosoitus (kunnallisvalitus)"), QStringLiteral("Koskee pykälää: § 5"),
                                QStringLiteral("22.6.2026")});
    for (const char *other : {"Päiväkodin rakentaminen", "Oikaisuvaatimusohje", "Muutoksenhakukielto"})
        REQUIRE_FALSE(pdf.text().contains(QString::fromUtf8(other)));
    // Certified where the municipality is, and every text once: none drawn
    // out of sight at a page's edge.
    REQUIRE(pdf.text().contains(QStringLiteral("Testilä 12.5.2026")));
    for (const char *once : {"Valitusosoitus (kunnallisvalitus)", "Otteen oikeaksi todistaa", "Valitusaika",
                             "joihin valittaja vetoaa", "Oikeudenkäyntimaksu", "Tontti myydään 40 000 eurolla."}) {
        INFO(once);
        REQUIRE(pdf.text().count(QString::fromUtf8(once)) == 1);
    }
}

// A heading at the foot of a page goes to the next one with the first line
// of its text, and so does the chain of an instruction's title, the line of
// the sections it applies to and its first heading.
TEST_CASE("No page of the appeal instructions ends with a heading", "[documents][layout]")
{
    TestDir dir;
    auto store = createStore(dir.path(QStringLiteral("s.sqlite")));
    const Meeting meeting = languageMeeting(*store, Language::Finnish);
    QList<AgendaItem> items = required(store->agendaItems(meeting.id));
    REQUIRE(items.size() == 2);
    items[0].appealKind = AppealKind::NotAppealable;
    items[1].appealKind = AppealKind::Rectification;
    for (const AgendaItem &item : std::as_const(items))
        REQUIRE(store->updateAgendaItem(item).ok());
    const int first = *items.at(0).sectionNumber;
    const int second = *items.at(1).sectionNumber;
    // Each heading (or a line between headings) and the words its text
    // starts with, in the order of the instructions: rectification on a new
    // page, then the note that the other decision cannot be appealed.
    const QList<std::pair<QString, QString>> headings{
        {QStringLiteral("Oikaisuvaatimusohje"), QStringLiteral("Tähän päätökseen tyytymätön voi")},
        {QStringLiteral("Koskee pykälää: § %1").arg(second), QStringLiteral("Tähän päätökseen tyytymätön voi")},
        {QStringLiteral("Oikaisuvaatimus"), QStringLiteral("Tähän päätökseen tyytymätön voi")},
        {QStringLiteral("Oikaisuvaatimusoikeus"), QStringLiteral("Oikaisuvaatimuksen saa tehdä")},
        {QStringLiteral("Oikaisuvaatimusaika"), QStringLiteral("Oikaisuvaatimus on tehtävä 14")},
        {QStringLiteral("Oikaisuvaatimusviranomainen"), QStringLiteral("Viranomainen, jolle oikaisuvaatimus")},
        {QStringLiteral("Oikaisuvaatimuksen muoto ja sisältö"), QStringLiteral("Oikaisuvaatimus on tehtävä kirjallisesti")},
        {QStringLiteral("Pöytäkirja"), QStringLiteral("Pöytäkirjaa ja sen liitteitä")},
        {QStringLiteral("Muutoksenhakukielto"), QStringLiteral("Tähän päätökseen ei saa hakea")},
        {QStringLiteral("Koskee pykälää: § %1").arg(first), QStringLiteral("Tähän päätökseen ei saa hakea")},
        {QStringLiteral("Valmistelua tai täytäntöönpanoa koskeva päätös"), QStringLiteral("Tähän päätökseen ei saa hakea")},
    };
    static const QRegularExpression spaces(QStringLiteral("\\s+"));
    // The registry's address, a line longer each time, moves what follows it
    // down the page line by line: past the foot of the page once.
    Organisation organisation = required(store->organisation()).value();
    int titleMoved = 0; // times "Muutoksenhakukielto" headed a page of its own
    for (int extra = 0; extra <= 30; ++extra) {
        QStringList address{QStringLiteral("Kunnantie 1")};
        for (int line = 1; line <= extra; ++line)
            address << QStringLiteral("Postilokero %1").arg(line);
        address << QStringLiteral("70100 Testilä");
        organisation.registryAddress = address.join(u'\n');
        REQUIRE(store->setOrganisation(organisation).ok());
        const Pdf pdf = render(MeetingDocuments::minutes(*store, meeting));
        QList<QStringList> rows;
        for (int page = 0; page < pdf.pages.size(); ++page)
            rows << lines(pdf, page).split(u'\n');
        // From the page where the instructions start, each heading's page
        // from where the one before it stands.
        qsizetype page = 0;
        while (page < rows.size() && !rows.at(page).contains(headings.constFirst().first))
            ++page;
        for (qsizetype i = page; i < rows.size(); ++i) {
            INFO("extra lines " << extra << ", page " << i + 1 << " ends with " << rows.at(i).constLast().toStdString());
            for (const auto &[heading, text] : headings)
                CHECK(rows.at(i).constLast() != heading);
        }
        for (const auto &[heading, text] : headings) {
            while (page < rows.size() && !rows.at(page).contains(heading))
                ++page;
            INFO("extra lines " << extra << ": " << heading.toStdString() << " on page " << page + 1 << "\n"
                                << rows.value(page).join(u'\n').toStdString());
            REQUIRE(page < rows.size());
            CHECK(QString(pdf.pages.at(page)).replace(spaces, QStringLiteral(" ")).contains(text));
            // The first line under the page's header (three lines).
            if (heading == u"Muutoksenhakukielto" && rows.at(page).value(3) == heading)
                ++titleMoved;
        }
    }
    // The sweep did bring the title to a page's foot, to be moved.
    CHECK(titleMoved > 0);
}

TEST_CASE("Documents that cannot be made say why", "[documents][bad-input]")
{
    TestDir dir;
    auto store = createStore(dir.path(QStringLiteral("s.sqlite")));
    RecordedMeeting fixture = recordMeeting(*store);

    // A meeting not yet held has an agenda but no minutes.
    const Meeting next = addUnheldMeeting(*store, fixture.meeting);
    REQUIRE(MeetingDocuments::agenda(*store, next).ok());
    const auto minutes = MeetingDocuments::minutes(*store, next);
    REQUIRE_FALSE(minutes.ok());
    REQUIRE(minutes.error().contains(QStringLiteral("has not been opened")));

    // Appeal instructions need the court and the registry's address.
    Organisation organisation = required(store->organisation()).value();
    organisation.administrativeCourt.clear();
    REQUIRE(store->setOrganisation(organisation).ok());
    const auto withoutCourt = MeetingDocuments::minutes(*store, fixture.meeting);
    REQUIRE_FALSE(withoutCourt.ok());
    REQUIRE(withoutCourt.error().contains(QStringLiteral("pykala-cli organisation --court")));
    organisation.administrativeCourt = QStringLiteral("atlantis");
    REQUIRE_FALSE(store->setOrganisation(organisation).ok());

    // Unpublished minutes: the instructions say the last day is counted
    // from the publication still to come.
    organisation.administrativeCourt = QStringLiteral("turku");
    REQUIRE(store->setOrganisation(organisation).ok());
    fixture.meeting.minutesPublished = QDate();
    REQUIRE(store->updateMeeting(fixture.meeting).ok());
    const Pdf pdf = render(MeetingDocuments::minutes(*store, fixture.meeting));
    REQUIRE(pdf.text().contains(QStringLiteral("Pöytäkirjan nähtäväksi asettamisen päivää ei ole vielä merkitty")));
    REQUIRE(pdf.text().contains(QStringLiteral("Turun hallinto-oikeus")));

    // A character the documents' font lacks is named, not dropped.
    AgendaItem odd = fixture.items.at(2);
    odd.background = QStringLiteral("<p>Ystävyyskaupunki 漢口</p>");
    REQUIRE(store->updateAgendaItem(odd).ok());
    const auto unsupported = DocumentRenderer::pdf(*MeetingDocuments::minutes(*store, fixture.meeting));
    REQUIRE_FALSE(unsupported.ok());
    REQUIRE(unsupported.error().contains(QStringLiteral("§ 3 Päiväkodin rakentaminen")));
    REQUIRE(unsupported.error().contains(QStringLiteral("U+6f22")));
    odd.background = fixture.items.at(2).background;
    REQUIRE(store->updateAgendaItem(odd).ok());

    // A publication that cannot be written leaves no half-written files.
    writeFile(dir.path(QStringLiteral("file")), "x");
    const auto published = Publication::publish(*store, fixture.meeting, dir.path(QStringLiteral("file/web")));
    REQUIRE_FALSE(published.ok());
    REQUIRE(published.error().contains(QStringLiteral("file/web")));

    const auto unknown = MeetingDocuments::findItem(*store, QStringLiteral("KH 12/2026 § 99"));
    REQUIRE_FALSE(unknown.ok());
    REQUIRE(MeetingDocuments::findItem(*store, QStringLiteral("pöytäkirja")).error().contains(
        QStringLiteral("KH 12/2026 § 156")));
}

TEST_CASE("A new publication replaces the earlier one whole", "[documents][public]")
{
    TestDir dir;
    auto store = createStore(dir.path(QStringLiteral("s.sqlite")));
    const RecordedMeeting fixture = recordMeeting(*store);
    Attachment attachment;
    attachment.itemId = fixture.items.at(2).id;
    attachment.name = QStringLiteral("Päiväkodin piirustukset.pdf");
    attachment.mediaType = QStringLiteral("application/pdf");
    attachment.content = QByteArrayLiteral("%PDF-1.4 piirustukset");
    const qint64 id = store->addAttachment(attachment).value();
    const QString web = dir.path(QStringLiteral("web"));
    REQUIRE(Publication::publish(*store, fixture.meeting, web).ok());
    const QString published = QDir(web).filePath(QStringLiteral("liitteet/3-1-Paivakodin_piirustukset.pdf"));
    REQUIRE(QFile::exists(published));
    writeFile(QDir(web).filePath(QStringLiteral("stray.txt")), "left by hand");

    // The drawings turn out to be confidential; the minutes are also wanted in Swedish.
    REQUIRE(store->removeAttachment(id).ok());
    attachment.publicity = Publicity::Confidential;
    attachment.confidentialityBasis = LegalBasis::fromText(QStringLiteral("JulkL 24 § 1 mom. 7 k"));
    REQUIRE(store->addAttachment(attachment).ok());
    const auto again = Publication::publish(*store, fixture.meeting, web, Language::Swedish);
    INFO(again.error().toStdString());
    REQUIRE(again.ok());
    REQUIRE_FALSE(QFile::exists(published));
    REQUIRE_FALSE(QFile::exists(QDir(web).filePath(QStringLiteral("KH-12-2026-poytakirja.pdf"))));
    REQUIRE_FALSE(QFile::exists(QDir(web).filePath(QStringLiteral("stray.txt"))));
    REQUIRE(QFile::exists(QDir(web).filePath(QStringLiteral("KH-12-2026-protokoll.pdf"))));
    QStringList files;
    QDirIterator it(web, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        files << QDir(web).relativeFilePath(it.next());
    files.sort();
    QStringList expected = again->files;
    expected.sort();
    REQUIRE(files == expected);
    // Nothing is left beside it.
    REQUIRE(QDir(dir.path(QString())).entryList({QStringLiteral(".web*")}, QDir::AllEntries | QDir::Hidden).isEmpty());
}


TEST_CASE("The minutes are tagged: headings, paragraphs, lists and tables in reading order, the headers artifacts",
          "[documents][tagged]")
{
    TestDir dir;
    auto store = createStore(dir.path(QStringLiteral("s.sqlite")));
    const RecordedMeeting fixture = recordMeeting(*store);
    AgendaItem item = fixture.items.at(4);
    item.background += QStringLiteral("<ul><li>Tontti 12</li><li>Tontti 13</li></ul>");
    REQUIRE(store->updateAgendaItem(item).ok());
    const Pdf pdf = render(MeetingDocuments::minutes(*store, fixture.meeting));
    writeFile(dir.path(QStringLiteral("m.pdf")), pdf.bytes);
    // Poppler's pdfinfo reads the structure tree back, each element with its text.
    const QString info = runTool(QStringLiteral("pdfinfo"), {dir.path(QStringLiteral("m.pdf"))}, dir.path(QString()));
    CHECK(info.contains(QStringLiteral("Tagged:          yes")));
    CHECK(info.contains(QStringLiteral("JavaScript:      no")));
    const QString tree = runTool(QStringLiteral("pdfinfo"), {QStringLiteral("-struct-text"), dir.path(QStringLiteral("m.pdf"))},
                                 dir.path(QString()));
    QStringList lines = tree.split(u'\n');
    // An element and its text: "H2 (block)" then "\"§\t4\tVahingonkorvausvaatimus\"" one level deeper.
    const auto textOf = [&](int line) { return lines.value(line).trimmed().remove(u'"').replace(u'\t', u' '); };
    REQUIRE(lines.value(0) == QStringLiteral("Document"));
    CHECK(lines.value(1).trimmed() == QStringLiteral("P (block)")); // the first page's header
    CHECK(textOf(2) == QStringLiteral("Testilän kunta"));
    const qsizetype h1 = lines.indexOf(QStringLiteral("  H1 (block)"));
    REQUIRE(h1 > 0);
    CHECK(textOf(h1 + 1) == QStringLiteral("Pöytäkirja 12/2026"));
    // Every item a level-2 heading, in order, the appeal instructions after them.
    QStringList headings;
    for (int i = 0; i < lines.size(); ++i) {
        if (lines.at(i) == QStringLiteral("  H2 (block)"))
            headings << textOf(i + 1);
    }
    QStringList expected;
    for (const AgendaItem &each : fixture.items)
        expected << QStringLiteral("§ %1 %2").arg(*each.sectionNumber).arg(each.title);
    CHECK(headings.mid(0, expected.size()) == expected);
    CHECK(headings.mid(expected.size()) == QStringList{QStringLiteral("Oikaisuvaatimusohje"),
                                                       QStringLiteral("Valitusosoitus (kunnallisvalitus)"),
                                                       QStringLiteral("Muutoksenhakukielto"),
                                                       QStringLiteral("Sähköiset allekirjoitukset")});
    // Each row of the list of items holds its link: a Link element whose
    // object is the annotation (six items and the appeal instructions).
    CHECK(tree.count(QStringLiteral("Link (inline)\n        Object ")) == fixture.items.size() + 1);
    // The list: L, LI, LBody.
    const qsizetype list = lines.indexOf(QStringLiteral("  L (block)"));
    REQUIRE(list > 0);
    CHECK(lines.value(list + 1).trimmed() == QStringLiteral("LI (block)"));
    CHECK(lines.value(list + 2).trimmed() == QStringLiteral("LBody (block)"));
    CHECK(textOf(list + 3) == QStringLiteral("Tontti 12"));
    // The roll call on § 3: header cells scoped to their columns, then each
    // member's row: the name, a header cell of the row, and a mark in the
    // column of the ballot
    // (Mäkelä, Åström and Lahti JAA, Öhman and Virtanen EI).
    const qsizetype jaa = lines.indexOf(QStringLiteral("        \"JAA\""));
    REQUIRE(jaa > 0);
    CHECK(lines.value(jaa - 2).trimmed() == QStringLiteral("TH:"));
    CHECK(lines.value(jaa - 1).trimmed() == QStringLiteral("/Scope /Column"));
    const auto row = [&](const QString &name) {
        const qsizetype at = lines.indexOf(QStringLiteral("        \"%1\"").arg(QString(name).replace(u' ', u'\t')), jaa);
        REQUIRE(at > 0);
        // The name heads its row.
        CHECK(lines.value(at - 2).trimmed() == QStringLiteral("TH:"));
        CHECK(lines.value(at - 1).trimmed() == QStringLiteral("/Scope /Row"));
        QStringList cells;
        for (qsizetype i = at + 1; i < lines.size() && lines.at(i).trimmed() != QStringLiteral("TR"); ++i) {
            if (lines.at(i).trimmed() == QStringLiteral("TD"))
                cells << (lines.value(i + 1).startsWith(QStringLiteral("        \"")) ? textOf(i + 1) : QString());
        }
        return cells.mid(0, 4);
    };
    const QStringList yes{QStringLiteral("x"), QString(), QString(), QString()};
    const QStringList no{QString(), QStringLiteral("x"), QString(), QString()};
    CHECK(row(QStringLiteral("Aino Mäkelä")) == yes);
    CHECK(row(QStringLiteral("Cecilia Öhman")) == no);
    CHECK(row(QStringLiteral("Daniel Virtanen")) == no);

    // Everything on the pages is in the tree but the headers of the pages
    // after the first and the header row Qt repeats where the list of items
    // runs onto page 2, which are artifacts: the same words, each as often
    // (the no-break spaces that keep the page numbers' cells wide aside).
    QStringList onPages;
    for (int page = 0; page < pdf.document->numPages(); ++page) {
        for (const auto &box : pdf.document->page(page)->textList()) {
            if (page == 0 || box->boundingBox().top() > 30 / 25.4 * 72)
                onPages << box->text();
        }
    }
    QStringList inTree;
    static const QRegularExpression quoted(QStringLiteral("^\\s*\"(.*)\"$"));
    for (const QString &line : std::as_const(lines)) {
        static const QRegularExpression space(QStringLiteral("\\s+"), QRegularExpression::UseUnicodePropertiesOption);
        if (const auto match = quoted.match(line); match.hasMatch())
            inTree << match.captured(1).split(space, Qt::SkipEmptyParts);
    }
    onPages.sort();
    inTree.sort();
    QStringList missing = onPages, extra = inTree;
    for (const QString &word : std::as_const(inTree))
        missing.removeOne(word);
    for (const QString &word : std::as_const(onPages))
        extra.removeOne(word);
    CHECK(missing == QStringList{QStringLiteral("Asia"), QStringLiteral("Sivu"), QStringLiteral("§")});
    CHECK(extra == QStringList());
    CHECK_FALSE(tree.contains(QStringLiteral("2\t(%1)").arg(pdf.document->numPages())));
    CHECK(tree.contains(QStringLiteral("1\t(%1)").arg(pdf.document->numPages())));
}

TEST_CASE("The organisation's logo heads every page, opaque as PDF/A-1 wants", "[documents][pdfa]")
{
    TestDir dir;
    auto store = createStore(dir.path(QStringLiteral("s.sqlite")));
    const RecordedMeeting fixture = recordMeeting(*store);
    // A red shield on a transparent ground.
    QImage shield(120, 140, QImage::Format_ARGB32);
    shield.fill(Qt::transparent);
    for (int y = 10; y < 130; ++y) {
        for (int x = 10; x < 110; ++x)
            shield.setPixelColor(x, y, QColor(200, 16, 46));
    }
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    REQUIRE(shield.save(&buffer, "PNG"));
    Organisation organisation = store->organisation().value().value();
    organisation.logo = png;
    organisation.logoMediaType = QStringLiteral("image/png");
    REQUIRE(store->setOrganisation(organisation).ok());

    const Pdf pdf = render(MeetingDocuments::minutes(*store, fixture.meeting));
    REQUIRE(pdf.bytes.contains("/Subtype /Image"));
    static const QRegularExpression softMask(QStringLiteral("/SMask (?!/None)"));
    REQUIRE_FALSE(QString::fromLatin1(pdf.bytes).contains(softMask));
    REQUIRE_FALSE(pdf.bytes.contains("/Interpolate true"));
    for (const int page : {0, int(pdf.pages.size()) - 1}) {
        const QImage image = pdf.document->page(page)->renderToImage(72, 72);
        // Top left, beside the organisation's name: red.
        const QColor corner = image.pixelColor(qRound(25 / 25.4 * 72), qRound(16 / 25.4 * 72));
        INFO("page " << page + 1 << " " << corner.name().toStdString());
        REQUIRE(corner.red() > 150);
        REQUIRE(corner.green() < 80);
    }
    // The organisation's name moved aside, still in the header.
    INFO(pdf.pages.first().left(80).toStdString());
    REQUIRE(pdf.pages.first().trimmed().startsWith(QStringLiteral("Testilän kunta")));
    // On the first page the logo is a figure named by the organisation; on
    // the others, with the rest of the header, an artifact.
    writeFile(dir.path(QStringLiteral("m.pdf")), pdf.bytes);
    const QString tree = runTool(QStringLiteral("pdfinfo"), {QStringLiteral("-struct-text"), dir.path(QStringLiteral("m.pdf"))},
                                 dir.path(QString()));
    CHECK(tree.count(QStringLiteral("Figure")) == 1);
    const QString json = runTool(QStringLiteral("qpdf"), {QStringLiteral("--json"), dir.path(QStringLiteral("m.pdf"))},
                                 dir.path(QString()));
    CHECK(json.contains(QStringLiteral("\"/Alt\": \"u:Testilän kunta\"")));
    CHECK(json.contains(QStringLiteral("\"/S\": \"/Figure\"")));
}
