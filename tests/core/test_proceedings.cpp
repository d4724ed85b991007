#include <catch2/catch.hpp>

#include "testsupport.h"

#include "procedure/proceedingstext.h"
#include "text/wording.h"

namespace {

using Voting::Ballot;

// Seven members of the board; Mäkelä (1) chairs.
ProceedingsText::Names boardNames(Language language)
{
    ProceedingsText::Names names;
    names.persons = {{1, QStringLiteral("Mäkelä")}, {2, QStringLiteral("Virtanen")}, {3, QStringLiteral("Laine")},
                     {4, QStringLiteral("Niemi")},  {5, QStringLiteral("Åberg")},    {6, QStringLiteral("Korhonen")},
                     {7, QStringLiteral("Salo")},   {8, QStringLiteral("Lindqvist")}};
    names.body = language == Language::Swedish ? QStringLiteral("kommunstyrelsen") : QStringLiteral("kunnanhallitus");
    return names;
}

// A roll call on one counter-proposal: Virtanen proposed, seconded by Laine,
// that the matter be returned... as a counter-proposal on the substance; Salo
// proposed tabling without a seconder; Lindqvist was disqualified.
struct RollCall
{
    ItemDecision::Input input;
    ItemDecision::Outcome outcome;
    ProceedingsText::Context context;
};

RollCall rollCall()
{
    RollCall r;
    r.input.presence.entitled = {1, 2, 3, 4, 5, 6, 7};
    r.input.chair = 1;
    r.input.proposals = {
        {QStringLiteral("base"), ProposalType::Base, 0, {}, QString(), 0},
        {QStringLiteral("virtanen"), ProposalType::Counter, 2, {3},
         QStringLiteral("koulun peruskorjaus siirretään vuodelle 2028"), 1},
        {QStringLiteral("salo"), ProposalType::Tabling, 7, {}, QString(), 0},
    };
    ItemDecision::VoteRecord vote;
    // Base (JAA) against Virtanen (EI): JAA Mäkelä, Niemi, Åberg, Korhonen; EI Virtanen, Laine; blank Salo.
    vote.ballots = {{1, Ballot::Yes}, {2, Ballot::No}, {3, Ballot::No}, {4, Ballot::Yes},
                    {5, Ballot::Yes}, {6, Ballot::Yes}, {7, Ballot::Blank}};
    r.input.votes = {vote};
    const auto outcome = ItemDecision::decide(r.input);
    INFO(outcome.error().toStdString());
    REQUIRE(outcome.ok());
    r.outcome = *outcome;
    r.context.disqualifications = {{8, 1, QStringLiteral("HL 28 § 1 mom. 1 k")}};
    return r;
}

} // namespace

TEST_CASE("Finnish genitives of surnames", "[proceedings]")
{
    using Wording::finnishGenitive;
    CHECK(finnishGenitive(QStringLiteral("Virtanen")) == QStringLiteral("Virtasen"));
    CHECK(finnishGenitive(QStringLiteral("Laine")) == QStringLiteral("Laineen"));
    CHECK(finnishGenitive(QStringLiteral("Mäkelä")) == QStringLiteral("Mäkelän"));
    CHECK(finnishGenitive(QStringLiteral("Salo")) == QStringLiteral("Salon"));
    CHECK(finnishGenitive(QStringLiteral("Niemi")) == QStringLiteral("Niemen"));
    CHECK(finnishGenitive(QStringLiteral("Lahti")) == QStringLiteral("Lahden"));
    CHECK(finnishGenitive(QStringLiteral("Åberg")) == QStringLiteral("Åbergin"));
}

TEST_CASE("Finnish allatives of bodies' names", "[proceedings][wording]")
{
    // As the Kuntaliitto model writes "osoitetaan kunnanhallitukselle".
    using Wording::finnishAllative;
    CHECK(finnishAllative(QStringLiteral("kunnanhallitus")) == QStringLiteral("kunnanhallitukselle"));
    CHECK(finnishAllative(QStringLiteral("kunnanvaltuusto")) == QStringLiteral("kunnanvaltuustolle"));
    CHECK(finnishAllative(QStringLiteral("sivistyslautakunta")) == QStringLiteral("sivistyslautakunnalle"));
    CHECK(finnishAllative(QStringLiteral("tekninen lautakunta")) == QStringLiteral("tekniselle lautakunnalle"));
    CHECK(finnishAllative(QStringLiteral("yksilöasioiden jaosto")) == QStringLiteral("yksilöasioiden jaostolle"));
    CHECK(finnishAllative(QStringLiteral("rakennus- ja ympäristölautakunta"))
          == QStringLiteral("rakennus- ja ympäristölautakunnalle"));
    CHECK(finnishAllative(QStringLiteral("yhtymähallitus")) == QStringLiteral("yhtymähallitukselle"));
    CHECK(finnishAllative(QStringLiteral("lupajaos")) == QStringLiteral("lupajaokselle"));
    CHECK(finnishAllative(QStringLiteral("keskusvaalilautakunta")) == QStringLiteral("keskusvaalilautakunnalle"));
    CHECK(finnishAllative(QStringLiteral("yhteistoimintaelin")) == QStringLiteral("yhteistoimintaelimelle"));
    CHECK(finnishAllative(QStringLiteral("hankintapäällikkö")) == QStringLiteral("hankintapäällikölle"));
    CHECK(finnishAllative(QStringLiteral("KH")) == QStringLiteral("KH:lle"));
}

TEST_CASE("A proposal's text as the clause after että and att", "[proceedings][wording]")
{
    using Wording::clause;
    // Lower case after the conjunction, one full stop (the sentence's own).
    CHECK(clause(QStringLiteral("Tuloveroprosentiksi vahvistetaan 8,50 lisää.")) 
          == QStringLiteral("tuloveroprosentiksi vahvistetaan 8,50 lisää"));
    CHECK(clause(QStringLiteral("Asia palautetaan..")) == QStringLiteral("asia palautetaan"));
    CHECK(clause(QStringLiteral("että asia hylätään.")) == QStringLiteral("asia hylätään"));
    CHECK(clause(QStringLiteral("Att ärendet bordläggs.")) == QStringLiteral("ärendet bordläggs"));
    CHECK(clause(QStringLiteral("Ärendet återremitteras")) == QStringLiteral("ärendet återremitteras"));
    // Abbreviations and proper nouns keep their capital.
    CHECK(clause(QStringLiteral("KH valmistelee asian uudelleen.")) == QStringLiteral("KH valmistelee asian uudelleen"));
    CHECK(clause(QStringLiteral("ELY-keskukselta pyydetään lausunto.")) == QStringLiteral("ELY-keskukselta pyydetään lausunto"));
    CHECK(clause(QStringLiteral("Testilän koulu korjataan."), {QStringLiteral("Testilä")})
          == QStringLiteral("Testilän koulu korjataan"));
    CHECK(clause(QStringLiteral("Virtaselle myönnetään ero."), {QStringLiteral("Virtanen")})
          == QStringLiteral("Virtaselle myönnetään ero"));
    CHECK(clause(QStringLiteral("A-luokan rakennus puretaan.")) == QStringLiteral("A-luokan rakennus puretaan"));
    CHECK(clause(QStringLiteral("Salon kanssa neuvotellaan."), {QStringLiteral("Salo")})
          == QStringLiteral("Salon kanssa neuvotellaan"));
    // Common words that begin like a short name are not names.
    CHECK(clause(QStringLiteral("Lautakunta valmistelee asian."), {QStringLiteral("Lauri"), QStringLiteral("Salo")})
          == QStringLiteral("lautakunta valmistelee asian"));
    CHECK(clause(QStringLiteral("Salaojitus tehdään."), {QStringLiteral("Salo")}) == QStringLiteral("salaojitus tehdään"));
    CHECK(clause(QStringLiteral("Hankinta keskeytetään."), {QStringLiteral("Hanna")}) == QStringLiteral("hankinta keskeytetään"));
    // Written with a capital inside a sentence elsewhere in the text: a name.
    CHECK(clause(QStringLiteral("Kuusela hoitaa asiaa, kunnes Kuusela palaa lomalta."))
          == QStringLiteral("Kuusela hoitaa asiaa, kunnes Kuusela palaa lomalta"));
    // The same word at the start of a later sentence says nothing.
    CHECK(clause(QStringLiteral("Hanke aloitetaan. Hanke kestää vuoden.")) == QStringLiteral("hanke aloitetaan. Hanke kestää vuoden"));
    CHECK(clause(QString()).isEmpty());
}

TEST_CASE("Proceedings of a roll-call vote in Finnish and Swedish", "[proceedings]")
{
    // Lindqvist is disqualified; Virtanen proposes, seconded by Laine; Salo's
    // tabling proposal is not seconded and lapses. Base (JAA) against
    // Virtanen (EI): JAA Mäkelä, Niemi, Åberg, Korhonen = 4; EI Virtanen,
    // Laine = 2; blank Salo = 1. The base proposal is adopted 4–2.
    RollCall r = rollCall();
    const QString finnish = ProceedingsText::write(r.input, r.outcome, boardNames(Language::Finnish), r.context,
                                                   Language::Finnish);
    CHECK(finnish.toStdString()
          == "Lindqvist ilmoitti olevansa esteellinen (HL 28 § 1 mom. 1 k) eikä osallistunut asian käsittelyyn.\n\n"
             "Keskustelun kuluessa Virtanen ehdotti Laineen kannattamana, että koulun peruskorjaus siirretään "
             "vuodelle 2028. Salo ehdotti, että asia pannaan pöydälle. Ehdotusta ei kannatettu, joten se raukesi.\n\n"
             "Puheenjohtaja totesi, että on tehty pohjaehdotuksesta poikkeava kannatettu ehdotus, joten asiasta on "
             "äänestettävä. Äänestys toimitettiin nimenhuutoäänestyksenä.\n\n"
             "Pohjaehdotusta kannattavat äänestävät JAA ja Virtasen ehdotusta kannattavat EI. Äänestyksessä "
             "annettiin 4 JAA-ääntä, 2 EI-ääntä ja 1 tyhjä ääni. JAA: Mäkelä, Niemi, Åberg, Korhonen. "
             "EI: Virtanen, Laine. TYHJÄ: Salo. Puheenjohtaja totesi, että kunnanhallitus on hyväksynyt "
             "pohjaehdotuksen äänin 4–2.");

    r.input.proposals[1].text = QStringLiteral("skolans grundrenovering skjuts upp till år 2028");
    const QString swedish = ProceedingsText::write(r.input, r.outcome, boardNames(Language::Swedish), r.context,
                                                   Language::Swedish);
    CHECK(swedish.toStdString()
          == "Lindqvist anmälde jäv (HL 28 § 1 mom. 1 k) och deltog inte i behandlingen av ärendet.\n\n"
             "Under diskussionen föreslog Virtanen, understödd av Laine, att skolans grundrenovering skjuts upp till "
             "år 2028. Salo föreslog att ärendet bordläggs. Förslaget understöddes inte och förföll därför.\n\n"
             "Ordföranden konstaterade att ett understött förslag som avviker från grundförslaget hade framställts "
             "och att omröstning därför skulle förrättas. Omröstningen förrättades med namnupprop.\n\n"
             "De som understöder grundförslaget röstar JA och de som understöder Virtanens förslag röstar NEJ. "
             "I omröstningen avgavs 4 JA-röster, 2 NEJ-röster och 1 blank röst. JA: Mäkelä, Niemi, Åberg, Korhonen. "
             "NEJ: Virtanen, Laine. BLANK: Salo. Ordföranden konstaterade att kommunstyrelsen hade godkänt "
             "grundförslaget med rösterna 4–2.");
}

TEST_CASE("Proceedings of several rounds, a tie and an absent member", "[proceedings]")
{
    ItemDecision::Input input;
    input.presence.entitled = {1, 2, 3, 4, 5, 6, 7};
    input.chair = 1;
    input.proposals = {{QStringLiteral("base"), ProposalType::Base, 0, {}, QString(), 0},
                       {QStringLiteral("a"), ProposalType::Counter, 2, {3}, QStringLiteral("hanke toteutetaan"), 2},
                       {QStringLiteral("b"), ProposalType::Counter, 4, {5, 6}, QStringLiteral("hanke hylätään"), 1}};
    // Order: Virtanen's (a), Niemi's (b), base. Round 1, b (JAA) v a (EI), a count
    // vote 3–3 with one absent: the chair voted EI, so a wins 3–3.
    // Round 2, base (JAA) v a (EI): 5–2, base.
    ItemDecision::VoteRecord first;
    first.yes = 3;
    first.no = 3;
    first.chairBallot = Ballot::No;
    ItemDecision::VoteRecord second;
    second.yes = 5;
    second.no = 2;
    input.votes = {first, second};
    const auto outcome = ItemDecision::decide(input);
    REQUIRE(outcome.ok());
    ProceedingsText::Context context;
    context.rollCall = false;
    const QString text = ProceedingsText::write(input, *outcome, boardNames(Language::Finnish), context,
                                                Language::Finnish);
    CHECK(text.contains(QStringLiteral("Keskustelun kuluessa Virtanen ehdotti Laineen kannattamana, että hanke "
                                       "toteutetaan. Niemi ehdotti Åbergin ja Korhosen kannattamana, että hanke hylätään.")));
    CHECK(text.contains(QStringLiteral("Puheenjohtaja ehdotti äänestysjärjestykseksi, että ensin äänestetään vastakkain "
                                       "Virtasen ehdotus ja Niemen ehdotus ja lopuksi voittanut ehdotus pohjaehdotusta "
                                       "vastaan. Äänestysjärjestys hyväksyttiin.")));
    CHECK(text.contains(QStringLiteral("Äänestys toimitettiin avoimena äänestyksenä.")));
    CHECK(text.contains(QStringLiteral("Äänestyksessä annettiin 3 JAA-ääntä ja 3 EI-ääntä. 1 jäsen ei äänestänyt. "
                                       "Virtasen ehdotus voitti äänin 3–3 puheenjohtajan äänen ratkaistessa.")));
    CHECK(text.endsWith(QStringLiteral("Puheenjohtaja totesi, että kunnanhallitus on hyväksynyt pohjaehdotuksen "
                                       "äänin 5–2.")));
    CHECK_FALSE(text.contains(QStringLiteral("JAA: "))); // a count vote lists no names
}

TEST_CASE("Proceedings without a vote, and of a tabling vote", "[proceedings]")
{
    ItemDecision::Input input;
    input.presence.entitled = {1, 2, 3, 4, 5};
    input.chair = 1;
    input.proposals = {{QStringLiteral("base"), ProposalType::Base, 0, {}, QString(), 0}};
    auto outcome = ItemDecision::decide(input);
    REQUIRE(outcome.ok());
    CHECK(ProceedingsText::write(input, *outcome, boardNames(Language::Finnish), {}, Language::Finnish)
          == QStringLiteral("Puheenjohtaja totesi, että kunnanhallitus on hyväksynyt pohjaehdotuksen yksimielisesti."));
    input.noting = true;
    outcome = ItemDecision::decide(input);
    CHECK(ProceedingsText::write(input, *outcome, boardNames(Language::Swedish), {}, Language::Swedish)
          == QStringLiteral("Ordföranden konstaterade att kommunstyrelsen hade antecknat ärendet för kännedom."));

    input.noting = false;
    input.proposals.append({QStringLiteral("t"), ProposalType::Tabling, 2, {3}, QString(), 0});
    ItemDecision::VoteRecord vote;
    vote.yes = 2;
    vote.no = 3;
    vote.on = QStringLiteral("t");
    input.proceduralVotes = {vote};
    outcome = ItemDecision::decide(input);
    REQUIRE(outcome.ok());
    const QString text = ProceedingsText::write(input, *outcome, boardNames(Language::Finnish), {}, Language::Finnish);
    CHECK(text.contains(QStringLiteral("Virtanen ehdotti Laineen kannattamana, että asia pannaan pöydälle.")));
    CHECK(text.contains(QStringLiteral("Asian käsittelyn jatkamista kannattavat äänestävät JAA ja pöydällepanoa "
                                       "kannattavat EI.")));
    CHECK(text.endsWith(QStringLiteral("Puheenjohtaja totesi, että kunnanhallitus on päättänyt panna asian pöydälle "
                                       "äänin 3–2.")));
}

TEST_CASE("The decision in a sentence", "[proceedings]")
{
    // Base (JAA) against Virtanen (EI) 4–2: the base proposal.
    RollCall r = rollCall();
    CHECK(ProceedingsText::decision(r.input, r.outcome, boardNames(Language::Finnish), Language::Finnish)
          == QStringLiteral("Kunnanhallitus hyväksyi pohjaehdotuksen äänin 4–2."));
    CHECK(ProceedingsText::decision(r.input, r.outcome, boardNames(Language::Swedish), Language::Swedish)
          == QStringLiteral("Kommunstyrelsen godkände grundförslaget med rösterna 4–2."));
    // The same vote the other way round: Virtanen's proposal wins 4–2.
    for (auto it = r.input.votes.first().ballots.begin(); it != r.input.votes.first().ballots.end(); ++it) {
        if (it.value() == Ballot::Yes)
            it.value() = Ballot::No;
        else if (it.value() == Ballot::No)
            it.value() = Ballot::Yes;
    }
    const auto reversed = ItemDecision::decide(r.input);
    REQUIRE(reversed.ok());
    CHECK(ProceedingsText::decision(r.input, *reversed, boardNames(Language::Finnish), Language::Finnish)
          == QStringLiteral("Kunnanhallitus päätti äänin 4–2 Virtasen ehdotuksen mukaisesti, että koulun "
                            "peruskorjaus siirretään vuodelle 2028."));
    // Without a vote.
    ItemDecision::Input plain;
    plain.presence.entitled = {1, 2, 3};
    plain.proposals = {{QStringLiteral("base"), ProposalType::Base, 0, {}, QString(), 0}};
    const auto unanimous = required(ItemDecision::decide(plain));
    CHECK(ProceedingsText::decision(plain, unanimous, boardNames(Language::Finnish), Language::Finnish)
          == QStringLiteral("Ehdotus hyväksyttiin yksimielisesti."));
    CHECK(ProceedingsText::decision(plain, unanimous, boardNames(Language::Swedish), Language::Swedish)
          == QStringLiteral("Förslaget godkändes enhälligt."));
}

TEST_CASE("Dissents close the proceedings", "[proceedings]")
{
    RollCall r = rollCall();
    r.context.dissents = {{2, QStringLiteral("Peruskorjausta ei voi lykätä.")}, {3, QString()}};
    const QString finnish = ProceedingsText::write(r.input, r.outcome, boardNames(Language::Finnish), r.context,
                                                   Language::Finnish);
    CHECK(finnish.endsWith(QStringLiteral("\n\nVirtanen jätti päätöksestä eriävän mielipiteen seuraavin perusteluin: "
                                          "Peruskorjausta ei voi lykätä. Laine jätti päätöksestä eriävän mielipiteen.")));
    const QString swedish = ProceedingsText::write(r.input, r.outcome, boardNames(Language::Swedish), r.context,
                                                   Language::Swedish);
    CHECK(swedish.endsWith(QStringLiteral("Laine anmälde avvikande mening.")));
}

TEST_CASE("An amended or withdrawn base proposal is recorded", "[proceedings]")
{
    ItemDecision::Input input;
    input.presence.entitled = {1, 2, 3};
    input.proposals = {{QStringLiteral("base"), ProposalType::Base, 0, {}, QString(), 0}};
    input.baseAmended = true;
    input.amendment = QStringLiteral("määräraha on 20 000 euroa");
    auto outcome = ItemDecision::decide(input);
    REQUIRE(outcome.ok());
    CHECK(outcome->kind == ItemDecision::OutcomeKind::AdoptedAmended);
    CHECK(ProceedingsText::write(input, *outcome, boardNames(Language::Finnish), {}, Language::Finnish)
          == QStringLiteral("Esittelijä muutti pohjaehdotustaan siten, että määräraha on 20 000 euroa.\n\n"
                            "Puheenjohtaja totesi, että kunnanhallitus on hyväksynyt muutetun pohjaehdotuksen "
                            "yksimielisesti."));
    input.baseAmended = false;
    input.baseWithdrawn = true;
    input.chairsProposal = QStringLiteral("asia merkitään tiedoksi");
    outcome = ItemDecision::decide(input);
    CHECK(outcome->kind == ItemDecision::OutcomeKind::AdoptedAmended);
    CHECK(ProceedingsText::write(input, *outcome, boardNames(Language::Swedish), {}, Language::Swedish)
              .startsWith(QStringLiteral("Föredraganden återtog sitt grundförslag, och ordförandens förslag att asia "
                                         "merkitään tiedoksi blev grundförslag.")));
}

TEST_CASE("A quoted proposal reads as a clause, and a tie says the chair's vote decided", "[proceedings]")
{
    // Virtanen's counter-proposal, written as its own sentence with a capital
    // and a full stop, seconded by Laine. A count vote of eight: base (JAA)
    // 4, Virtanen (EI) 4; Mäkelä presides and votes EI, so Virtanen's wins.
    ItemDecision::Input input;
    input.presence.entitled = {1, 2, 3, 4, 5, 6, 7, 8};
    input.chair = 1;
    input.proposals = {
        {QStringLiteral("base"), ProposalType::Base, 0, {}, QString(), 0},
        {QStringLiteral("virtanen"), ProposalType::Counter, 2, {3},
         QStringLiteral("Tuloveroprosentiksi vahvistetaan 8,50 eli 0,25 prosenttiyksikköä lisää."), 1},
    };
    ItemDecision::VoteRecord vote;
    vote.yes = 4;
    vote.no = 4;
    vote.chairBallot = Ballot::No;
    input.votes = {vote};
    const auto outcome = ItemDecision::decide(input);
    REQUIRE(outcome.ok());
    ProceedingsText::Context context;
    context.rollCall = false;
    const QString fi = ProceedingsText::write(input, *outcome, boardNames(Language::Finnish), context, Language::Finnish);
    CHECK(fi.contains(QStringLiteral("Keskustelun kuluessa Virtanen ehdotti Laineen kannattamana, että "
                                     "tuloveroprosentiksi vahvistetaan 8,50 eli 0,25 prosenttiyksikköä lisää.\n\n")));
    CHECK_FALSE(fi.contains(QStringLiteral("lisää..")));
    CHECK(fi.endsWith(QStringLiteral("Puheenjohtaja totesi, että kunnanhallitus on hyväksynyt Virtasen ehdotuksen "
                                     "äänin 4–4 puheenjohtajan äänen ratkaistessa.")));
    CHECK(ProceedingsText::decision(input, *outcome, boardNames(Language::Finnish), Language::Finnish)
          == QStringLiteral("Kunnanhallitus päätti äänin 4–4 puheenjohtajan äänen ratkaistessa Virtasen ehdotuksen "
                            "mukaisesti, että tuloveroprosentiksi vahvistetaan 8,50 eli 0,25 prosenttiyksikköä lisää."));

    const QString sv = ProceedingsText::write(input, *outcome, boardNames(Language::Swedish), context, Language::Swedish);
    CHECK(sv.contains(QStringLiteral("Under diskussionen föreslog Virtanen, understödd av Laine, att "
                                     "tuloveroprosentiksi vahvistetaan 8,50 eli 0,25 prosenttiyksikköä lisää.\n\n")));
    CHECK(sv.endsWith(QStringLiteral("Ordföranden konstaterade att kommunstyrelsen hade godkänt Virtanens förslag "
                                     "med rösterna 4–4 genom ordförandens utslagsröst.")));
    CHECK(ProceedingsText::decision(input, *outcome, boardNames(Language::Swedish), Language::Swedish)
          == QStringLiteral("Kommunstyrelsen beslutade med rösterna 4–4 genom ordförandens utslagsröst enligt "
                            "Virtanens förslag att tuloveroprosentiksi vahvistetaan 8,50 eli 0,25 prosenttiyksikköä lisää."));

    // The base proposal adopted on a tie: "hyväksyi … äänin 4–4" says how.
    input.votes.first().chairBallot = Ballot::Yes;
    const auto base = ItemDecision::decide(input);
    REQUIRE(base.ok());
    CHECK(ProceedingsText::decision(input, *base, boardNames(Language::Finnish), Language::Finnish)
          == QStringLiteral("Kunnanhallitus hyväksyi pohjaehdotuksen äänin 4–4 puheenjohtajan äänen ratkaistessa."));
    CHECK(ProceedingsText::decision(input, *base, boardNames(Language::Swedish), Language::Swedish)
          == QStringLiteral("Kommunstyrelsen godkände grundförslaget med rösterna 4–4 genom ordförandens utslagsröst."));

    // A proper noun keeps its capital: a member's name, or a name the text
    // repeats inside a sentence.
    ProceedingsText::Names names = boardNames(Language::Finnish);
    names.properNouns = {QStringLiteral("Niemi")};
    input.proposals[1].text = QStringLiteral("Niemelle myönnetään ero.");
    const QString named = ProceedingsText::write(input, *base, names, context, Language::Finnish);
    CHECK(named.contains(QStringLiteral("kannattamana, että Niemelle myönnetään ero.\n\n")));
}
