// The rules decided in one place each: the legal basis of confidentiality in
// each language, a document's and an item's language, and what each
// audience may see (PublicView).

#include <catch2/catch.hpp>

#include "disclosure/publicview.h"
#include "model/body.h"
#include "model/documentlanguage.h"
#include "model/legalbasis.h"
#include "model/organisation.h"

#include <QDate>

TEST_CASE("A legal basis is read into its parts and printed in each language", "[policy][basis]")
{
    struct Case
    {
        const char *written;
        const char *finnish;
        const char *swedish;
    };
    // Worked out from the acts' abbreviations: JulkL (621/1999) is OffL in
    // Swedish; "k" (kohta) is "p." (punkt).
    const Case cases[] = {
        {"JulkL 24 § 1 mom. 32 k", "JulkL 24 § 1 mom. 32 k", "OffL 24 § 1 mom. 32 p."},
        {"  JulkL 24 §  1 mom.  25 k ", "JulkL 24 § 1 mom. 25 k", "OffL 24 § 1 mom. 25 p."},
        {"julkl 24 § 1 mom 32 kohta", "JulkL 24 § 1 mom. 32 k", "OffL 24 § 1 mom. 32 p."},
        {"OffL 24 § 1 mom. 32 p.", "JulkL 24 § 1 mom. 32 k", "OffL 24 § 1 mom. 32 p."},
        {"JulkL 11 §", "JulkL 11 §", "OffL 11 §"},
        {"JulkL 24 § 1 mom.", "JulkL 24 § 1 mom.", "OffL 24 § 1 mom."},
    };
    for (const Case &c : cases) {
        INFO(c.written);
        const LegalBasis basis = LegalBasis::fromText(QString::fromUtf8(c.written));
        CHECK(basis.isStructured());
        CHECK(basis.act == QStringLiteral("JulkL"));
        CHECK(basis.toString(Language::Finnish) == QString::fromUtf8(c.finnish));
        CHECK(basis.toString(Language::Swedish) == QString::fromUtf8(c.swedish));
        // The text as written is kept: signatures cover it.
        CHECK(basis.text == QString::fromUtf8(c.written).trimmed());
    }
    const LegalBasis parts = LegalBasis::fromText(QStringLiteral("JulkL 24 § 1 mom. 32 k"));
    CHECK(parts.section == 24);
    CHECK(parts.subsection == 1);
    CHECK(parts.point == 32);

    // Anything else is free text, printed as written in both languages.
    for (const char *free : {"Laki sosiaalihuollon asiakkaan asemasta ja oikeuksista 14 §", "HetiL 5 §",
                             "JulkL 24 § 1 mom. 32 k ja 25 k", "24 § 1 mom. 32 k", "salassa"}) {
        INFO(free);
        const LegalBasis basis = LegalBasis::fromText(QString::fromUtf8(free));
        CHECK_FALSE(basis.isStructured());
        CHECK(basis.toString(Language::Swedish) == QString::fromUtf8(free));
        CHECK(basis.toString(Language::Finnish) == QString::fromUtf8(free));
    }
    CHECK(LegalBasis::fromText(QStringLiteral("   ")).isEmpty());
}

TEST_CASE("The usual grounds of confidentiality are JulkL 24 § 1 mom. points, described in each language", "[policy][basis]")
{
    const QList<LegalBasis::Common> grounds = LegalBasis::commonGrounds();
    // The points municipal minutes give most (JulkL 621/1999 24 § 1 mom.).
    QList<int> points;
    for (const LegalBasis::Common &ground : grounds) {
        INFO(ground.basis.text.toStdString());
        CHECK(ground.basis.isStructured());
        CHECK(ground.basis.act == QStringLiteral("JulkL"));
        CHECK(ground.basis.section == 24);
        CHECK(ground.basis.subsection == 1);
        CHECK_FALSE(ground.finnish.isEmpty());
        CHECK_FALSE(ground.swedish.isEmpty());
        CHECK_FALSE(ground.english.isEmpty());
        points.append(ground.basis.point);
    }
    CHECK(points == QList<int>{17, 20, 23, 25, 29, 30, 32});
    const LegalBasis::Common &social = grounds.at(3);
    CHECK(social.basis.text == QStringLiteral("JulkL 24 § 1 mom. 25 k"));
    CHECK(social.basis.toString(Language::Swedish) == QStringLiteral("OffL 24 § 1 mom. 25 p."));
    CHECK(social.finnish == QStringLiteral("sosiaalihuollon asiakas, terveydentila"));
    CHECK(grounds.last().finnish == QStringLiteral("yksityiselämä, henkilökohtaiset olot"));
}

TEST_CASE("One rule gives a document's language, an item's language and names in it", "[policy][language]")
{
    Organisation organisation;
    organisation.name = QStringLiteral("Testilän kunta");
    organisation.defaultLanguage = Language::Finnish;
    Body body;
    body.name = QStringLiteral("Sivistyslautakunta");

    // The organisation's language, unless the body has its own; a command may ask for the other.
    CHECK(DocumentLanguage::of(organisation, body) == Language::Finnish);
    body.documentLanguage = Language::Swedish;
    CHECK(DocumentLanguage::of(organisation, body) == Language::Swedish);
    CHECK(DocumentLanguage::of(organisation, body, Language::Finnish) == Language::Finnish);

    // An item is in its body's language unless it says otherwise; --lang does not translate it.
    AgendaItem item;
    CHECK(DocumentLanguage::ofItem(item, organisation, body) == Language::Swedish);
    item.language = Language::Finnish;
    CHECK(DocumentLanguage::ofItem(item, organisation, body) == Language::Finnish);

    // Swedish names when set, else the Finnish ones.
    CHECK(DocumentLanguage::bodyName(body, Language::Swedish) == QStringLiteral("Sivistyslautakunta"));
    CHECK(DocumentLanguage::organisationName(organisation, Language::Swedish) == QStringLiteral("Testilän kunta"));
    body.swedishName = QStringLiteral("Bildningsnämnden");
    organisation.swedishName = QStringLiteral("Testilä kommun");
    CHECK(DocumentLanguage::bodyName(body, Language::Swedish) == QStringLiteral("Bildningsnämnden"));
    CHECK(DocumentLanguage::bodyName(body, Language::Finnish) == QStringLiteral("Sivistyslautakunta"));
    CHECK(DocumentLanguage::organisationName(organisation, Language::Swedish) == QStringLiteral("Testilä kommun"));
    CHECK(DocumentLanguage::tag(Language::Swedish) == QStringLiteral("sv"));
    CHECK(DocumentLanguage::locale(Language::Swedish).toString(QDate(2026, 3, 16), QStringLiteral("dddd"))
          == QStringLiteral("måndag"));
}

TEST_CASE("Each audience sees what the disclosure policy allows", "[policy][disclosure]")
{
    const QString marked = QStringLiteral("<p>Hakija <span class=\"personal-data\">Matti Meikäläinen</span> asuu täällä.</p>");
    AgendaItem item;
    item.background = marked;
    item.proposal = marked;
    item.decision = marked;
    item.proceedings = marked;
    item.preparers = {{QStringLiteral("Liisa Laine"), QStringLiteral("hallintojohtaja"), QStringLiteral("040 123")}};
    item.recipients = {{QStringLiteral("Hakija"), QStringLiteral("Kuja 1"), Delivery::Letter}};
    Attachment open, closed;
    open.name = QStringLiteral("julkinen");
    closed.name = QStringLiteral("salainen");
    closed.publicity = Publicity::Confidential;

    const PublicView everyone(Audience::Public, Language::Finnish);
    const PublicView svEveryone(Audience::Public, Language::Swedish);
    for (const Audience audience : {Audience::Internal, Audience::Member, Audience::Party}) {
        INFO(Codes::code(audience).toStdString());
        const PublicView view(audience, Language::Finnish);
        for (const Publicity publicity : {Publicity::Public, Publicity::Confidential, Publicity::PartlyConfidential}) {
            item.publicity = publicity;
            CHECK(view.showsContent(publicity));
            CHECK(view.text(publicity, marked) == marked);
            CHECK(view.item(item).preparers.size() == 1);
            CHECK(view.attachments(item, {open, closed}).size() == 2);
            CHECK(view.dissentReasons(publicity, marked) == QStringLiteral("Hakija Matti Meikäläinen asuu täällä."));
        }
        // Parties' addresses and persons' contacts are the working copy's only.
        CHECK(view.showsRecipients() == (audience == Audience::Internal));
        CHECK(view.item(item).recipients.isEmpty() == (audience != Audience::Internal));
        CHECK(view.showsContacts() == (audience == Audience::Internal));
    }

    // The public: a public item with its personal data replaced.
    item.publicity = Publicity::Public;
    const AgendaItem shown = everyone.item(item);
    for (const QString &text : {shown.background, shown.proposal, shown.decision, shown.proceedings})
        CHECK(text == QStringLiteral("<p>Hakija [henkilötieto poistettu] asuu täällä.</p>"));
    CHECK(svEveryone.text(Publicity::Public, marked) == QStringLiteral("<p>Hakija [personuppgift borttagen] asuu täällä.</p>"));
    CHECK(shown.preparers.size() == 1);
    CHECK(shown.recipients.isEmpty());
    CHECK(everyone.attachments(item, {open, closed}).size() == 1);
    CHECK(everyone.dissentReasons(Publicity::Public, marked) == QStringLiteral("Hakija [henkilötieto poistettu] asuu täällä."));
    CHECK_FALSE(everyone.showsContacts());

    // A partly confidential item: marked passages are confidential ones.
    CHECK(everyone.text(Publicity::PartlyConfidential, marked)
          == QStringLiteral("<p>Hakija [salassa pidettävä tieto poistettu] asuu täällä.</p>"));
    CHECK(svEveryone.text(Publicity::PartlyConfidential, marked)
          == QStringLiteral("<p>Hakija [sekretessbelagd uppgift borttagen] asuu täällä.</p>"));
    CHECK(everyone.dissentReasons(Publicity::PartlyConfidential, marked).isEmpty());
    CHECK(everyone.attachments(item, {open, closed}).size() == 1);

    // A confidential item: nothing of its content.
    item.publicity = Publicity::Confidential;
    CHECK_FALSE(everyone.showsContent(Publicity::Confidential));
    const AgendaItem withheld = everyone.item(item);
    CHECK(withheld.background.isEmpty());
    CHECK(withheld.proposal.isEmpty());
    CHECK(withheld.decision.isEmpty());
    CHECK(withheld.proceedings.isEmpty());
    CHECK(withheld.preparers.isEmpty());
    CHECK(everyone.attachments(item, {open, closed}).isEmpty());
    CHECK(everyone.dissentReasons(Publicity::Confidential, QStringLiteral("syy")).isEmpty());
    CHECK(everyone.withheldContent() == QStringLiteral("Asian sisältö on salassa pidettävä."));
    CHECK(svEveryone.withheldContent() == QStringLiteral("Ärendets innehåll är sekretessbelagt."));
    CHECK(everyone.publicityNote(Publicity::Confidential, LegalBasis::fromText(QStringLiteral("JulkL 24 § 1 mom. 25 k")))
          == QStringLiteral("Salassa pidettävä (JulkL 24 § 1 mom. 25 k)"));
    CHECK(svEveryone.publicityNote(Publicity::PartlyConfidential, LegalBasis::fromText(QStringLiteral("JulkL 24 § 1 mom. 25 k")))
          == QStringLiteral("Delvis sekretessbelagd (OffL 24 § 1 mom. 25 p.)"));
    CHECK(everyone.publicityNote(Publicity::Public, {}).isEmpty());

    // Reasons written as plain text keep their signs.
    for (const Audience audience : {Audience::Internal, Audience::Public}) {
        CHECK(PublicView(audience, Language::Finnish).dissentReasons(Publicity::Public, QStringLiteral("Hinta < 5 000 € & muu syy"))
              == QStringLiteral("Hinta < 5 000 € & muu syy"));
    }

    // What the record writes of a dissent's reasons: in an item that is not
    // public, marked as a whole.
    CHECK(PublicView::reasonsToRecord(Publicity::Public, QStringLiteral("syy")) == QStringLiteral("syy"));
    CHECK(PublicView::reasonsToRecord(Publicity::PartlyConfidential, QStringLiteral("syy <span class=\"personal-data\">X</span>"))
          == QStringLiteral("<span class=\"personal-data\">syy X</span>"));
}
