#include "accessibilitystatement.h"

#include "documenttexts.h"
#include "htmlpage.h"

#include "model/documentlanguage.h"

#include <QCoreApplication>

namespace AccessibilityStatement {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("AccessibilityStatement", text);
}

struct Texts
{
    QString file, title, covers, law, status, statusText, notAccessible, pdf, attachments, method, methodText,
        feedback, feedbackText, authority, authorityText;
};

const Texts &texts(Language language)
{
    static const Texts finnish{
        QStringLiteral("saavutettavuusseloste.html"),
        QStringLiteral("Saavutettavuusseloste"),
        QStringLiteral("Tämä saavutettavuusseloste koskee sivustoa %1, jolla %2 julkaisee toimielintensä "
                       "esityslistat ja pöytäkirjat. Seloste on päivitetty %3, ja se päivitetään aina, kun sivusto "
                       "julkaistaan."),
        QStringLiteral("Digitaalisten palvelujen tarjoamisesta annettu laki (306/2019) edellyttää, että julkisten "
                       "verkkopalvelujen on oltava saavutettavia."),
        QStringLiteral("Saavutettavuuden tila"),
        QStringLiteral("Sivusto täyttää saavutettavuusvaatimukset (WCAG 2.1, taso AA) osittain."),
        QStringLiteral("Ei-saavutettava sisältö"),
        QStringLiteral("Esityslistojen ja pöytäkirjojen PDF-tiedostoissa asioiden tekstien taulukoiden solut "
                       "on merkitty asiakirjan kielellä silloinkin, kun asia on kirjoitettu toisella kielellä (WCAG "
                       "3.1.2). Sama sisältö on jokaisesta asiakirjasta myös verkkosivuna."),
        QStringLiteral("Liitteet ovat valmistelijoiden laatimia tai kunnalle toimitettuja asiakirjoja, eikä niiden "
                       "saavutettavuutta ole tarkistettu. Saat liitteen saavutettavassa muodossa pyytämällä sitä alla "
                       "olevista yhteystiedoista."),
        QStringLiteral("Näin seloste on laadittu"),
        QStringLiteral("Sivuston verkkosivut tarkistetaan automaattisesti jokaisessa julkaisujärjestelmän versiossa "
                       "axe-core-työkalulla (WCAG 2.1, tasot A ja AA) ja Nu Html Checker -tarkistimella."),
        QStringLiteral("Palaute ja yhteystiedot"),
        QStringLiteral("Jos huomaat sivustolla saavutettavuuspuutteen tai tarvitset sisältöä saavutettavassa "
                       "muodossa, ota yhteyttä:"),
        QStringLiteral("Valvontaviranomainen"),
        QStringLiteral("Jos et ole tyytyväinen saamaasi vastaukseen tai et saa vastausta lainkaan kahden viikon "
                       "aikana, voit tehdä ilmoituksen valvontaviranomaiselle. Valvontaviranomaisen yhteystiedot ja "
                       "ohjeet ovat osoitteessa %1."),
    };
    static const Texts swedish{
        QStringLiteral("tillganglighetsutlatande.html"),
        QStringLiteral("Tillgänglighetsutlåtande"),
        QStringLiteral("Detta tillgänglighetsutlåtande gäller webbplatsen %1, där %2 publicerar sina organs "
                       "föredragningslistor och protokoll. Utlåtandet har uppdaterats %3 och uppdateras varje gång "
                       "webbplatsen publiceras."),
        QStringLiteral("Lagen om tillhandahållande av digitala tjänster (306/2019) kräver att offentliga webbtjänster "
                       "är tillgängliga."),
        QStringLiteral("Tillgänglighetsstatus"),
        QStringLiteral("Webbplatsen uppfyller delvis tillgänglighetskraven (WCAG 2.1, nivå AA)."),
        QStringLiteral("Innehåll som inte är tillgängligt"),
        QStringLiteral("I PDF-filerna för föredragningslistor och protokoll är cellerna i tabeller i ärendenas texter "
                       "märkta med handlingens språk även när ärendet är skrivet på det andra språket (WCAG 3.1.2). "
                       "Samma innehåll finns för varje handling även som webbsida."),
        QStringLiteral("Bilagorna är handlingar som beredarna har upprättat eller som har lämnats till kommunen, och "
                       "deras tillgänglighet har inte granskats. Du får en bilaga i tillgänglig form genom att begära "
                       "den via kontaktuppgifterna nedan."),
        QStringLiteral("Hur utlåtandet har utarbetats"),
        QStringLiteral("Webbplatsens sidor granskas automatiskt i varje version av publiceringssystemet med verktyget "
                       "axe-core (WCAG 2.1, nivåerna A och AA) och med Nu Html Checker."),
        QStringLiteral("Respons och kontaktuppgifter"),
        QStringLiteral("Om du upptäcker brister i tillgängligheten eller behöver innehåll i tillgänglig form, kontakta "
                       "oss:"),
        QStringLiteral("Tillsynsmyndighet"),
        QStringLiteral("Om du inte är nöjd med svaret eller inte får något svar inom två veckor kan du göra en "
                       "anmälan till tillsynsmyndigheten. Tillsynsmyndighetens kontaktuppgifter och anvisningar finns "
                       "på %1."),
    };
    return language == Language::Swedish ? swedish : finnish;
}

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

} // namespace

QString fileName(Language language)
{
    return texts(language).file;
}

QString title(Language language)
{
    return texts(language).title;
}

Result<QString> page(const Organisation &organisation, const QString &siteAddress, const QDate &updated)
{
    const QString email = organisation.registryEmail.trimmed();
    const QString address = organisation.registryAddress.trimmed();
    if (email.isEmpty() && address.isEmpty())
        return Failure{tr("The site's accessibility statement says where feedback goes, and the organisation has no "
                          "registry address or e-mail set. Set them with 'pykala-cli organisation --address TEXT "
                          "--email ADDRESS'.")};
    const Language language = organisation.defaultLanguage;
    const Texts &t = texts(language);
    const QString name = language == Language::Swedish && !organisation.swedishName.isEmpty() ? organisation.swedishName
                                                                                             : organisation.name;
    const QString authority = QStringLiteral("<a href=\"https://www.saavutettavuusvaatimukset.fi/\">"
                                             "www.saavutettavuusvaatimukset.fi</a>");
    QString contact;
    if (!address.isEmpty())
        contact += QStringLiteral("<p>%1</p>\n").arg(esc(address).replace(u'\n', QStringLiteral("<br>\n")));
    if (!email.isEmpty())
        contact += QStringLiteral("<p><a href=\"mailto:%1\">%2</a></p>\n").arg(esc(email), esc(email));
    QString html;
    html += QStringLiteral("<!DOCTYPE html>\n<html lang=\"%1\">\n<head>\n<meta charset=\"utf-8\">\n"
                           "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                           "<title>%2 – %3</title>\n<style>\n%4</style>\n</head>\n<body>\n<main>\n<h1>%2</h1>\n")
                .arg(DocumentLanguage::tag(language), esc(t.title), esc(name), HtmlPage::styleSheet());
    html += QStringLiteral("<p>%1</p>\n<p>%2</p>\n")
                .arg(esc(t.covers).arg(QStringLiteral("<a href=\"%1\">%2</a>").arg(esc(siteAddress), esc(siteAddress)),
                                       esc(name), DocumentTexts::day(updated)),
                     esc(t.law));
    html += QStringLiteral("<h2>%1</h2>\n<p>%2</p>\n").arg(esc(t.status), esc(t.statusText));
    html += QStringLiteral("<h2>%1</h2>\n<ul>\n<li>%2</li>\n<li>%3</li>\n</ul>\n")
                .arg(esc(t.notAccessible), esc(t.pdf), esc(t.attachments));
    html += QStringLiteral("<h2>%1</h2>\n<p>%2</p>\n").arg(esc(t.method), esc(t.methodText));
    html += QStringLiteral("<h2>%1</h2>\n<p>%2</p>\n%3").arg(esc(t.feedback), esc(t.feedbackText), contact);
    html += QStringLiteral("<h2>%1</h2>\n<p>%2</p>\n").arg(esc(t.authority), esc(t.authorityText).arg(authority));
    html += QStringLiteral("</main>\n</body>\n</html>\n");
    return html;
}

} // namespace AccessibilityStatement
