#include <catch2/catch.hpp>

#include "text/richtext.h"

namespace {

std::string clean(const char *html)
{
    return RichText::sanitize(QString::fromUtf8(html)).toStdString();
}

} // namespace

TEST_CASE("Allowed markup is kept in canonical form", "[richtext]")
{
    CHECK(clean("<p>Kunnanhallitus <b>päättää</b> <i>yksimielisesti</i>.</p>")
          == "<p>Kunnanhallitus <b>päättää</b> <i>yksimielisesti</i>.</p>");
    CHECK(clean("<P>Iso</P><strong>vahva</strong><em>kursiivi</em>") == "<p>Iso</p><b>vahva</b><i>kursiivi</i>");
    CHECK(clean("<h2>Otsikko</h2><ul><li>yksi</li><li>kaksi</li></ul><ol><li>a</li></ol>")
          == "<h2>Otsikko</h2><ul><li>yksi</li><li>kaksi</li></ul><ol><li>a</li></ol>");
    CHECK(clean("<table><thead><tr><th>Tili</th></tr></thead><tbody><tr><td colspan=\"2\">1</td></tr></tbody></table>")
          == "<table><thead><tr><th>Tili</th></tr></thead><tbody><tr><td colspan=\"2\">1</td></tr></tbody></table>");
    CHECK(clean("<p>rivi<br>toinen<br/>kolmas</p>") == "<p>rivi<br>toinen<br>kolmas</p>");
    CHECK(clean("<p>Hakija <span class=\"personal-data\">Matti Meikäläinen</span></p>")
          == "<p>Hakija <span class=\"personal-data\">Matti Meikäläinen</span></p>");
}

TEST_CASE("Scripts and other active content are removed with what they contain", "[richtext]")
{
    CHECK(clean("<p>a<script>alert('x')</script>b</p>") == "<p>ab</p>");
    CHECK(clean("<SCRIPT type=text/javascript>document.cookie</SCRIPT>ok") == "ok");
    CHECK(clean("<style>p{display:none}</style><p>näkyy</p>") == "<p>näkyy</p>");
    CHECK(clean("<iframe src=\"https://evil.example\">x</iframe>y") == "y");
    CHECK(clean("<object data=x><embed src=y></object>z") == "z");
    CHECK(clean("<svg><script>1</script><text>t</text></svg>after") == "after");
    CHECK(clean("<p onclick=\"steal()\" onmouseover=x>teksti</p>") == "<p>teksti</p>");
    CHECK(clean("<p>a<!-- <script>x</script> -->b</p>") == "<p>ab</p>");
    CHECK(clean("<template><p>piilossa</p></template>näkyvä") == "näkyvä");
    // An unterminated script swallows the rest, as a browser would.
    CHECK(clean("alku<script>while(1){}") == "alku");
}

TEST_CASE("Text hidden by attributes or styles is removed", "[richtext]")
{
    CHECK(clean("<p>näkyvä<span style=\"display:none\">piilotettu</span></p>") == "<p>näkyvä</p>");
    CHECK(clean("<p style=\"visibility: hidden\">x</p>y") == "y");
    CHECK(clean("<div style=\"font-size:0\">pieni</div>z") == "z");
    CHECK(clean("<span style=\"opacity:0;\">a</span>b") == "b");
    CHECK(clean("<p hidden>a</p>b") == "b");
    CHECK(clean("<span aria-hidden=\"true\">a</span>b") == "b");
    CHECK(clean("<p style=\"DISPLAY : NONE\">a</p>b") == "b");
    CHECK(clean("<p style=\"dis/**/play:none\">a</p>b") == "b");
    CHECK(clean("<div style=\"position:absolute; left:-9999px\">a</div>b") == "b");
    // Harmless styles are dropped, not the text.
    CHECK(clean("<p style=\"color:red; font-size: 12pt\">punainen</p>") == "<p>punainen</p>");
}

TEST_CASE("Images, links and unknown elements are stripped, their text kept", "[richtext]")
{
    CHECK(clean("<p>kuva<img src=\"file:///etc/passwd\">tässä</p>") == "<p>kuvatässä</p>");
    CHECK(clean("<img src=\"https://tracker.example/p.gif\">") == "");
    CHECK(clean("<p><a href=\"file:///C:/salainen.docx\">liite</a></p>") == "<p>liite</p>");
    CHECK(clean("<p><a href=\"javascript:alert(1)\">klikkaa</a></p>") == "<p>klikkaa</p>");
    CHECK(clean("<font color=red><u>alleviivattu</u></font>") == "alleviivattu");
    CHECK(clean("<div>lohko</div>") == "<p>lohko</p>");
    CHECK(clean("<span class=\"other\">tavallinen</span>") == "tavallinen");
    CHECK(clean("<td colspan=\"x\" rowspan=\"3\" style=\"a\">c</td>") == "<td rowspan=\"3\">c</td>");
}

TEST_CASE("Malformed markup becomes well-formed", "[richtext]")
{
    CHECK(clean("<p>avoin") == "<p>avoin</p>");
    CHECK(clean("<b><i>sisäkkäin</b></i>") == "<b><i>sisäkkäin</i></b>");
    CHECK(clean("</p>irrallinen</b>") == "irrallinen");
    CHECK(clean("<p>yksi<p>kaksi") == "<p>yksi</p><p>kaksi</p>");
    CHECK(clean("<ul><li>a<li>b</ul>") == "<ul><li>a</li><li>b</li></ul>");
    CHECK(clean("a < b && c > d") == "a &lt; b &amp;&amp; c &gt; d");
    CHECK(clean("<p>&auml;&ouml;&aring; &#228; &#x00F6; &amp;lt; &bogus;</p>") == "<p>äöå ä ö &amp;lt; &amp;bogus;</p>");
    // A reference to no character is dropped (it would stand as U+FFFD, which no document shows).
    CHECK(clean("<p>nolla&#0;merkki\x01</p>") == "<p>nollamerkki</p>");
    CHECK(clean("<p></p><b> </b>teksti") == "teksti");
    // A span that is not personal data must not close one that is.
    CHECK(clean("<span class=\"personal-data\">Matti <span>M.</span> Meikäläinen</span>")
          == "<span class=\"personal-data\">Matti M. Meikäläinen</span>");
}

TEST_CASE("Sanitising is idempotent", "[richtext]")
{
    const char *inputs[] = {
        "<p>a<b>b<i>c</p>d",
        "<table><tr><td>1<td>2<tr><td>3</table>",
        "<ul><li>x<ul><li>y</ul></ul>",
        "<h1>otsikko<p>kappale</h1>",
        "<span class=\"personal-data\"><b>nimi</b></span> & <script>x</script>",
        "&lt;p&gt; ei ole tagi",
    };
    for (const char *input : inputs) {
        const QString once = RichText::sanitize(QString::fromUtf8(input));
        INFO(input);
        CHECK(RichText::sanitize(once) == once);
    }
}

TEST_CASE("Plain text is derived for reading and search", "[richtext]")
{
    CHECK(RichText::toPlainText(QStringLiteral("<p>Yksi  kaksi</p><p>Kolme</p>")).toStdString()
          == "Yksi kaksi\n\nKolme");
    CHECK(RichText::toPlainText(QStringLiteral("<ul><li>a</li><li>b</li></ul>")).toStdString() == "• a\n• b");
    CHECK(RichText::toPlainText(QStringLiteral("<table><tr><td>1</td><td>2</td></tr></table>")).toStdString()
          == "1 | 2");
    CHECK(RichText::toPlainText(QStringLiteral("<p>a &amp; b</p>")).toStdString() == "a & b");
    CHECK(RichText::fromPlainText(QStringLiteral("Eka rivi\ntoka <rivi>\n\nUusi kappale")).toStdString()
          == "<p>Eka rivi<br>toka &lt;rivi&gt;</p><p>Uusi kappale</p>");
    CHECK(RichText::personalData(QStringLiteral("<p><span class=\"personal-data\">Matti</span> ja "
                                                "<span class=\"personal-data\">Koivukuja 3</span></p>"))
          == QStringList{QStringLiteral("Matti"), QStringLiteral("Koivukuja 3")});
}

TEST_CASE("Hidden text does not slip through tokenizer corners", "[richtext]")
{
    // A comment or declaration right before a tag.
    CHECK(clean("<!----><div hidden>SALAINEN</div>näkyvä") == "näkyvä");
    CHECK(clean("<!----><!-- huomautus -->x") == "x");
    CHECK(clean("<!doctype html><style>p{}</style>x") == "x");
    // A raw-text end tag is matched as a whole name.
    CHECK(clean("<style>a</stylex>SALAINEN</style>x") == "x");
    // "/>" does not close a non-void element, as in browsers.
    CHECK(clean("<div style=\"display:none\"><div/>a</div>SALAINEN</div>x") == "x");
    CHECK(clean("<div hidden/>SALAINEN") == "");
    // End tag names run to white space, '/' or '>'.
    CHECK(clean("<div hidden>a</div.>SALAINEN</div>x") == "x");
    // "</ x>" is a bogus comment, not text.
    CHECK(clean("a</ salainen>b") == "ab");
}

TEST_CASE("Styles that hide text fail closed", "[richtext]")
{
    const char *hidden[] = {
        "<span style=\"display&colon;none\">S</span>",
        "<span style=\"display&#58none\">S</span>",
        "<span style=\"display:\\6e one\">S</span>",
        "<span style=\"opacity:0%\">S</span>",
        "<span style=\"opacity: .2\">S</span>",
        "<span style=\"height:0%;overflow:hidden\">S</span>",
        "<span style=\"font-size:0vw\">S</span>",
        "<span style=\"font-size:1px\">S</span>",
        "<span style=\"color:transparent\">S</span>",
        "<span style=\"color: #FFFFFF\">S</span>",
        "<span style=\"color:rgba(0,0,0,0)\">S</span>",
        "<span style=\"transform:scale(0)\">S</span>",
        "<span style=\"clip-path:inset(100%)\">S</span>",
        "<span style=\"position:absolute;top:-5000px\">S</span>",
        "<span style=\"visibility:collapse\">S</span>",
        "<span style=\"display:none /* kommentti\">S</span>",
        "<details><summary>otsikko</summary>S</details>",
        "<ruby>a<rp>S</rp></ruby>",
        "<meter>S</meter>",
        "<progress>S</progress>",
    };
    for (const char *input : hidden) {
        INFO(input);
        CHECK_FALSE(RichText::sanitize(QString::fromUtf8(input)).contains(u'S'));
    }
    CHECK(clean("<details open><summary>otsikko</summary>auki</details>") == "otsikkoauki");
    CHECK(clean("<span style=\"font-size: 11pt; color: #333; opacity: 1\">tavallinen</span>") == "tavallinen");
}

TEST_CASE("Characters no document can show are dropped", "[richtext][bad-input]")
{
    // References to no character, a lone surrogate, U+FFFD and U+FFFF: each
    // would stand as U+FFFD and block every document of the item.
    CHECK(RichText::sanitize(QStringLiteral("<p>a&#x110000;b&#xD800;c&#xFFFD;d</p>")) == QStringLiteral("<p>abcd</p>"));
    CHECK(RichText::sanitize(QStringLiteral("<p>a") + QChar(0xD800) + QStringLiteral("b") + QChar(0xFFFD)
                             + QChar(0xFFFF) + QStringLiteral("c</p>"))
          == QStringLiteral("<p>abc</p>"));
    CHECK(RichText::sanitize(QStringLiteral("<p>b") + QChar(0xDC00) + QStringLiteral("</p>")) == QStringLiteral("<p>b</p>"));
    // A pair is a character: the emoji stays.
    const QString smile = QString::fromUcs4(U"\U0001F600");
    CHECK(RichText::sanitize(QStringLiteral("<p>") + smile + QStringLiteral("&#x1F600;</p>"))
          == QStringLiteral("<p>") + smile + smile + QStringLiteral("</p>"));
}

TEST_CASE("Deep nesting is cut at a hundred elements and empty ones vanish in one pass", "[richtext][bad-input]")
{
    // 70,000 unclosed <b> (210 KB): before, each pass of the empty-element
    // removal peeled one layer, and an import took half a minute.
    QString unclosed = QStringLiteral("<p>");
    for (int i = 0; i < 70000; ++i)
        unclosed += QStringLiteral("<b>");
    CHECK(RichText::sanitize(unclosed).isEmpty());
    const QString text = RichText::sanitize(unclosed + QStringLiteral("teksti"));
    CHECK(text.count(QStringLiteral("<b>")) == 99); // the paragraph and 99 bold, a hundred open elements
    CHECK(text.count(QStringLiteral("</b>")) == 99);
    CHECK(RichText::toPlainText(text) == QStringLiteral("teksti"));
    CHECK(RichText::sanitize(text) == text);
    // Empty marks inside empty marks go at once; white space alone is empty,
    // a no-break space is not.
    CHECK(RichText::sanitize(QStringLiteral("<p><b> <i>\n</i></b></p><h2> </h2><p>a</p>")) == QStringLiteral("<p>a</p>"));
    CHECK(RichText::sanitize(QStringLiteral("<p>") + QChar(0x00A0) + QStringLiteral("</p>"))
          == QStringLiteral("<p>") + QChar(0x00A0) + QStringLiteral("</p>"));
}

TEST_CASE("Every spelling of the personal-data mark a browser reads as the class stays a mark", "[richtext][personal]")
{
    const QString marked = QStringLiteral("<span class=\"personal-data\">Matti Meikäläinen</span>");
    const auto kept = [](const QString &html) { return RichText::sanitize(html); };
    // Case, extra classes, other white space, quoting.
    for (const QString &open : {QStringLiteral("<span class=\"Personal-Data\">"), QStringLiteral("<span class='x personal-data'>"),
                                QStringLiteral("<span class=personal-data>"), QStringLiteral("<span class=\"a\tPERSONAL-DATA b\">"),
                                QStringLiteral("<SPAN CLASS=\"personal-data\">")}) {
        INFO(open.toStdString());
        CHECK(kept(QStringLiteral("<p>Hakija ") + open + QStringLiteral("Matti Meikäläinen</span> haki.</p>"))
              == QStringLiteral("<p>Hakija ") + marked + QStringLiteral(" haki.</p>"));
    }
    // On another element: its content is marked, kept or unwrapped.
    CHECK(kept(QStringLiteral("<p><b class=\"personal-data\">Matti Meikäläinen</b> haki.</p>"))
          == QStringLiteral("<p><b>") + marked + QStringLiteral("</b> haki.</p>"));
    CHECK(kept(QStringLiteral("<p><font class=\"Personal-data\">Matti Meikäläinen</font> ja muut</p>"))
          == QStringLiteral("<p>") + marked + QStringLiteral(" ja muut</p>"));
    CHECK(kept(QStringLiteral("<div class=\"personal-data\">Matti Meikäläinen</div><p>Julkinen</p>"))
          == QStringLiteral("<p>") + marked + QStringLiteral("</p><p>Julkinen</p>"));
    // An end implied by the next paragraph ends the mark with it, and a later
    // mark is closed by its own end only.
    CHECK(kept(QStringLiteral("<p class=\"personal-data\">Matti<p>Julkinen <span class=\"personal-data\">Liisa</span> "
                              "teksti</p>"))
          == QStringLiteral("<p><span class=\"personal-data\">Matti</span></p><p>Julkinen <span "
                            "class=\"personal-data\">Liisa</span> teksti</p>"));
    // Beyond the nesting limit a mark is still a mark.
    QString deep;
    for (int i = 0; i < 150; ++i)
        deep += QStringLiteral("<i>");
    const QString deepMarked = kept(deep + QStringLiteral("<span class=\"personal-data\">Matti Meikäläinen</span> ja muut"));
    CHECK(deepMarked.contains(marked));
    // Whatever the spelling, the published text has no name.
    for (const QString &html :
         {QStringLiteral("<p><b class=\"personal-data\">Matti Meikäläinen</b></p>"),
          QStringLiteral("<p><em class=\"PERSONAL-DATA\">Matti Meikäläinen</em></p>"), deepMarked,
          QStringLiteral("<p><span class=\"personal-data\"><span>Matti</span> Meikäläinen</span></p>")}) {
        INFO(html.toStdString());
        const QString published = RichText::withoutPersonalData(RichText::sanitize(html), QStringLiteral("[poistettu]"));
        CHECK_FALSE(published.contains(QStringLiteral("Matti")));
        CHECK_FALSE(published.contains(QStringLiteral("Meikäläinen")));
    }
}

TEST_CASE("Leaving personal data out of a text without it gives the text sanitised", "[richtext][personal]")
{
    // What a public document shows of a text with no mark in it: the same
    // canonical text as sanitising gives, unsanitised markup and all.
    const QString given = QStringLiteral("<div>Rakennusvalvonta <strong>puoltaa</strong> &amp; <em>esittää</em>"
                                         "<script>alert(1)</script><span style=\"color:red\">lupaa</span><p></p></div>"
                                         "<table><tr><th>Vuosi</th><td colspan=\"2\">2026</td></tr></table>");
    const QString expected = QStringLiteral("<p>Rakennusvalvonta <b>puoltaa</b> &amp; <i>esittää</i>lupaa</p>"
                                            "<table><tr><th>Vuosi</th><td colspan=\"2\">2026</td></tr></table>");
    CHECK(RichText::sanitize(given) == expected);
    CHECK(RichText::withoutPersonalData(given, QStringLiteral("[poistettu]")) == expected);
    CHECK(RichText::withoutPersonalData(given, std::nullopt) == expected);
    // With a mark, the same text around it; the mark gives way to the words
    // given, or stays (unmarked) when none are.
    const QString marked = QStringLiteral("<p>Hakija <span class=\"personal-data\">Matti Meikäläinen</span> puoltaa.</p>");
    CHECK(RichText::withoutPersonalData(marked, QStringLiteral("[poistettu]"))
          == QStringLiteral("<p>Hakija [poistettu] puoltaa.</p>"));
    CHECK(RichText::withoutPersonalData(marked, std::nullopt) == QStringLiteral("<p>Hakija Matti Meikäläinen puoltaa.</p>"));
}
