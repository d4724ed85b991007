#include "proceedingstext.h"

#include "text/wording.h"

#include <QStringList>

// Finnish and Swedish sentences are kept side by side here rather than in
// translation files: they are document text in both languages at once,
// whatever the language of the user interface.

namespace ProceedingsText {

namespace {

using ItemDecision::Outcome;
using ItemDecision::Proposal;

bool swedish(Language language)
{
    return language == Language::Swedish;
}

QString capitalized(QString text)
{
    if (!text.isEmpty())
        text[0] = text[0].toUpper();
    return text;
}

// "A", "A ja B", "A, B ja C" — or "och" in Swedish.
QString listed(const QStringList &names, Language language)
{
    if (names.size() <= 1)
        return names.value(0);
    const QString conjunction = swedish(language) ? QStringLiteral(" och ") : QStringLiteral(" ja ");
    return QStringList(names.mid(0, names.size() - 1)).join(QStringLiteral(", ")) + conjunction + names.last();
}

// The result of a round as the closing sentence says it: "äänin 6–3", the
// winner's votes first; a tie the chair's vote decided says so (kuntalaki
// 104 §): "äänin 4–4 puheenjohtajan äänen ratkaistessa".
QString votes(const Voting::RoundResult &r, Language language)
{
    const bool yesWon = r.winner == r.yesProposal;
    const QString score = QStringLiteral("%1–%2").arg(yesWon ? r.yes : r.no).arg(yesWon ? r.no : r.yes);
    const bool chairs = r.decidedBy == Voting::DecidedBy::ChairsVote;
    if (swedish(language))
        return chairs ? QStringLiteral("med rösterna %1 genom ordförandens utslagsröst").arg(score)
                      : QStringLiteral("med rösterna %1").arg(score);
    return chairs ? QStringLiteral("äänin %1 puheenjohtajan äänen ratkaistessa").arg(score)
                  : QStringLiteral("äänin %1").arg(score);
}

QString swedishGenitive(const QString &surname)
{
    if (surname.endsWith(u's') || surname.endsWith(u'x') || surname.endsWith(u'z'))
        return surname;
    return surname + QLatin1Char('s');
}

class Writer
{
public:
    Writer(const ItemDecision::Input &input, const Outcome &outcome, const Names &names, const Context &context,
           Language language)
        : m_input(input), m_outcome(outcome), m_names(names), m_context(context), m_language(language)
    {
    }

    QString write()
    {
        QStringList paragraphs;
        if (const QString text = disqualifications(); !text.isEmpty())
            paragraphs << text;
        if (const QString text = proposals(); !text.isEmpty())
            paragraphs << text;
        for (qsizetype i = 0; i < m_outcome.procedural.size(); ++i)
            paragraphs << proceduralVote(m_outcome.procedural.at(i));
        const bool ended = m_outcome.kind == ItemDecision::OutcomeKind::Tabled
            || m_outcome.kind == ItemDecision::OutcomeKind::Returned;
        if (!ended && m_outcome.rounds.isEmpty()) {
            paragraphs << withoutVote();
        } else if (!ended) {
            paragraphs << voteIntroduction();
            for (qsizetype i = 0; i < m_outcome.rounds.size(); ++i)
                paragraphs << round(m_outcome.rounds.at(i), i == m_outcome.rounds.size() - 1);
        }
        if (const QString text = dissents(); !text.isEmpty())
            paragraphs << text;
        return paragraphs.join(QStringLiteral("\n\n"));
    }

    QString dissents() const
    {
        QStringList sentences;
        for (const Dissent &d : m_context.dissents) {
            const QString reasons = d.reasons.trimmed();
            if (sv())
                sentences << (reasons.isEmpty() ? QStringLiteral("%1 anmälde avvikande mening.").arg(name(d.person))
                                                : QStringLiteral("%1 anmälde avvikande mening med följande motivering: %2")
                                                      .arg(name(d.person), reasons));
            else
                sentences << (reasons.isEmpty()
                                  ? QStringLiteral("%1 jätti päätöksestä eriävän mielipiteen.").arg(name(d.person))
                                  : QStringLiteral("%1 jätti päätöksestä eriävän mielipiteen seuraavin perusteluin: %2")
                                        .arg(name(d.person), reasons));
        }
        return sentences.join(u' ');
    }

private:
    bool sv() const { return swedish(m_language); }

    QString name(qint64 person) const
    {
        return m_names.persons.value(person, QString::number(person));
    }

    const Proposal *proposal(const QString &id) const
    {
        for (const Proposal &p : m_input.proposals) {
            if (p.id == id)
                return &p;
        }
        return nullptr;
    }

    // The proposal named as a subject ("Virtasen ehdotus", "grundförslaget").
    QString nominative(const QString &id) const { return proposalName(m_input, id, m_names, m_language); }

    // As an object in the partitive ("Virtasen ehdotusta"); Swedish as above.
    QString partitive(const QString &id) const
    {
        const Proposal *p = proposal(id);
        if (sv())
            return nominative(id);
        if (!p || p->type == ProposalType::Base)
            return QStringLiteral("pohjaehdotusta");
        return Wording::finnishGenitive(name(p->proposer)) + QStringLiteral(" ehdotusta");
    }

    // As a total object ("Virtasen ehdotuksen").
    QString accusative(const QString &id) const
    {
        const Proposal *p = proposal(id);
        if (sv())
            return nominative(id);
        if (!p || p->type == ProposalType::Base)
            return m_input.baseAmended ? QStringLiteral("muutetun pohjaehdotuksen")
                                       : QStringLiteral("pohjaehdotuksen");
        return Wording::finnishGenitive(name(p->proposer)) + QStringLiteral(" ehdotuksen");
    }

    QString disqualifications() const
    {
        QStringList sentences;
        for (const Attendance::Disqualification &d : m_context.disqualifications) {
            sentences << (sv() ? QStringLiteral("%1 anmälde jäv (%2) och deltog inte i behandlingen av ärendet.")
                               : QStringLiteral("%1 ilmoitti olevansa esteellinen (%2) eikä osallistunut asian "
                                                "käsittelyyn."))
                             .arg(name(d.person), d.ground);
        }
        return sentences.join(u' ');
    }

    // A text as the clause after "että" / "att".
    QString clause(const QString &text) const { return Wording::clause(text, m_names.properNouns); }

    QString proposalContent(const Proposal &p) const
    {
        if (const QString text = clause(p.text); !text.isEmpty())
            return text;
        switch (p.type) {
        case ProposalType::Tabling:
            return sv() ? QStringLiteral("ärendet bordläggs") : QStringLiteral("asia pannaan pöydälle");
        case ProposalType::Return:
            return sv() ? QStringLiteral("ärendet återremitteras för ny beredning")
                        : QStringLiteral("asia palautetaan uudelleen valmisteltavaksi");
        case ProposalType::Rejection:
            return sv() ? QStringLiteral("ärendet förkastas") : QStringLiteral("asia hylätään");
        default:
            return sv() ? QStringLiteral("beslutet fattas på annat sätt än grundförslaget anger")
                        : QStringLiteral("asiassa päätetään pohjaehdotuksesta poiketen");
        }
    }

    QString proposals() const
    {
        QStringList sentences;
        if (m_input.baseAmended) {
            const QString how = clause(m_input.amendment);
            sentences << (how.isEmpty() ? (sv() ? QStringLiteral("Föredraganden ändrade sitt grundförslag under sammanträdet.")
                                               : QStringLiteral("Esittelijä muutti pohjaehdotustaan kokouksessa."))
                                        : (sv() ? QStringLiteral("Föredraganden ändrade sitt grundförslag så att %1.").arg(how)
                                               : QStringLiteral("Esittelijä muutti pohjaehdotustaan siten, että %1.").arg(how)));
        }
        if (m_input.baseWithdrawn) {
            sentences << (sv() ? QStringLiteral("Föredraganden återtog sitt grundförslag, och ordförandens förslag att %1 "
                                                "blev grundförslag.")
                               : QStringLiteral("Esittelijä peruutti pohjaehdotuksensa, jolloin pohjaehdotukseksi tuli "
                                                "puheenjohtajan ehdotus, että %1."))
                             .arg(clause(m_input.chairsProposal));
        }
        bool first = true;
        for (const Proposal &p : m_input.proposals) {
            if (p.type == ProposalType::Base)
                continue;
            const QString content = proposalContent(p);
            // Swedish puts the verb second: "Under diskussionen föreslog X",
            // but "X föreslog" at the start of a sentence.
            const bool opening = first;
            first = false;
            QString proposer = name(p.proposer);
            if (p.seconders.isEmpty()) {
                if (sv())
                    sentences << (opening ? QStringLiteral("Under diskussionen föreslog %1 att %2.")
                                          : QStringLiteral("%1 föreslog att %2."))
                                     .arg(proposer, content)
                              << QStringLiteral("Förslaget understöddes inte och förföll därför.");
                else
                    sentences << QStringLiteral("%1%2 ehdotti, että %3.")
                                     .arg(opening ? QStringLiteral("Keskustelun kuluessa ") : QString(), proposer, content)
                              << QStringLiteral("Ehdotusta ei kannatettu, joten se raukesi.");
                continue;
            }
            QStringList seconders;
            for (const qint64 s : p.seconders)
                seconders << (sv() ? name(s) : Wording::finnishGenitive(name(s)));
            if (sv())
                sentences << (opening ? QStringLiteral("Under diskussionen föreslog %1, understödd av %2, att %3.")
                                      : QStringLiteral("%1 föreslog, understödd av %2, att %3."))
                                 .arg(proposer, listed(seconders, m_language), content);
            else
                sentences << QStringLiteral("%1%2 ehdotti %3 kannattamana, että %4.")
                                 .arg(opening ? QStringLiteral("Keskustelun kuluessa ") : QString(), proposer,
                                      listed(seconders, m_language), content);
        }
        if (!sentences.isEmpty())
            sentences.first() = capitalized(sentences.first());
        return sentences.join(u' ');
    }

    // "1 JAA-ääni" but "6 JAA-ääntä"; "1 JA-röst" but "6 JA-röster".
    QString amount(int n, const char16_t *finnishOne, const char16_t *finnishMany, const char16_t *swedishOne,
                   const char16_t *swedishMany) const
    {
        const char16_t *word = n == 1 ? (sv() ? swedishOne : finnishOne) : (sv() ? swedishMany : finnishMany);
        return QString::number(n) + QLatin1Char(' ') + QString::fromUtf16(word);
    }

    QString counts(const Voting::RoundResult &r) const
    {
        QStringList cast{amount(r.yes, u"JAA-ääni", u"JAA-ääntä", u"JA-röst", u"JA-röster"),
                         amount(r.no, u"EI-ääni", u"EI-ääntä", u"NEJ-röst", u"NEJ-röster")};
        if (r.blank > 0)
            cast << amount(r.blank, u"tyhjä ääni", u"tyhjää ääntä", u"blank röst", u"blanka röster");
        QString text = (sv() ? QStringLiteral("I omröstningen avgavs %1.") : QStringLiteral("Äänestyksessä annettiin %1."))
                           .arg(listed(cast, m_language));
        if (r.absent > 0 && m_context.rollCall) {
            text += QLatin1Char(' ')
                + (sv() ? QStringLiteral("%1 var frånvarande.")
                              .arg(amount(r.absent, u"", u"", u"ledamot", u"ledamöter"))
                        : QStringLiteral("Poissa oli %1.").arg(amount(r.absent, u"jäsen", u"jäsentä", u"", u"")));
        } else if (r.absent > 0) {
            // In a count vote, those not counted were present but did not vote.
            text += QLatin1Char(' ')
                + (sv() ? QStringLiteral("%1 röstade inte.").arg(amount(r.absent, u"", u"", u"ledamot", u"ledamöter"))
                        : QStringLiteral("%1 ei äänestänyt.").arg(amount(r.absent, u"jäsen", u"jäsentä", u"", u"")));
        }
        return text;
    }

    QString rollCallList(const ItemDecision::Round &round) const
    {
        if (!m_context.rollCall || round.ballots.isEmpty())
            return {};
        QStringList yes, no, blank, absent;
        // In the order of the seats as the presence lists them.
        for (const qint64 member : m_input.presence.entitled) {
            switch (round.ballots.value(member, Voting::Ballot::Absent)) {
            case Voting::Ballot::Yes: yes << name(member); break;
            case Voting::Ballot::No: no << name(member); break;
            case Voting::Ballot::Blank: blank << name(member); break;
            case Voting::Ballot::Absent: absent << name(member); break;
            }
        }
        QStringList parts;
        const QString labels[4] = {sv() ? QStringLiteral("JA") : QStringLiteral("JAA"),
                                   sv() ? QStringLiteral("NEJ") : QStringLiteral("EI"),
                                   sv() ? QStringLiteral("BLANK") : QStringLiteral("TYHJÄ"),
                                   sv() ? QStringLiteral("FRÅNVARANDE") : QStringLiteral("POISSA")};
        const QStringList *groups[4] = {&yes, &no, &blank, &absent};
        for (int i = 0; i < 4; ++i) {
            if (!groups[i]->isEmpty())
                parts << labels[i] + QStringLiteral(": ") + groups[i]->join(QStringLiteral(", ")) + QLatin1Char('.');
        }
        return parts.join(u' ');
    }

    QString proceduralVote(const ItemDecision::Round &round) const
    {
        const Proposal *p = proposal(round.noProposal);
        const bool tabling = p && p->type == ProposalType::Tabling;
        QStringList sentences;
        if (sv()) {
            const QString what = tabling ? QStringLiteral("bordläggning") : QStringLiteral("återremiss");
            sentences << QStringLiteral("Ordföranden konstaterade att ett understött förslag om %1 hade framställts och "
                                        "att det skulle avgöras genom omröstning före själva ärendet.").arg(what)
                      << QStringLiteral("De som understöder att behandlingen fortsätter röstar JA och de som understöder "
                                        "%1 röstar NEJ.").arg(what);
        } else {
            const QString what = tabling ? QStringLiteral("pöydällepanoa") : QStringLiteral("palauttamista");
            sentences << QStringLiteral("Puheenjohtaja totesi, että asian %1 on tehty kannatettu ehdotus, josta on "
                                        "äänestettävä ennen asian ratkaisemista.")
                             .arg(tabling ? QStringLiteral("pöydällepanosta") : QStringLiteral("palauttamisesta"))
                      << QStringLiteral("Asian käsittelyn jatkamista kannattavat äänestävät JAA ja %1 kannattavat EI.")
                             .arg(what);
        }
        sentences << counts(round.result);
        if (const QString list = rollCallList(round); !list.isEmpty())
            sentences << list;
        QString result;
        const bool carriedOn = round.result.winner == round.yesProposal;
        if (sv()) {
            const QString decision = carriedOn ? QStringLiteral("fortsätta behandlingen")
                : tabling                      ? QStringLiteral("bordlägga ärendet")
                                               : QStringLiteral("återremittera ärendet för ny beredning");
            result = QStringLiteral("Ordföranden konstaterade att %1 hade beslutat %2 %3.")
                         .arg(m_names.body, decision, votes(round.result, m_language));
        } else {
            const QString decision = carriedOn ? QStringLiteral("jatkaa asian käsittelyä")
                : tabling                      ? QStringLiteral("panna asian pöydälle")
                                               : QStringLiteral("palauttaa asian uudelleen valmisteltavaksi");
            result = QStringLiteral("Puheenjohtaja totesi, että %1 on päättänyt %2 %3.")
                         .arg(m_names.body, decision, votes(round.result, m_language));
        }
        return sentences.join(u' ') + QLatin1Char(' ') + result;
    }

    QString withoutVote() const
    {
        if (m_outcome.kind == ItemDecision::OutcomeKind::Noted)
            return sv() ? QStringLiteral("Ordföranden konstaterade att %1 hade antecknat ärendet för kännedom.")
                              .arg(m_names.body)
                        : QStringLiteral("Puheenjohtaja totesi, että %1 on merkinnyt asian tiedoksi.").arg(m_names.body);
        return sv() ? QStringLiteral("Ordföranden konstaterade att %1 enhälligt hade godkänt %2.")
                          .arg(m_names.body, m_input.baseAmended ? QStringLiteral("det ändrade grundförslaget")
                                                                 : QStringLiteral("grundförslaget"))
                    : QStringLiteral("Puheenjohtaja totesi, että %1 on hyväksynyt %2 yksimielisesti.")
                          .arg(m_names.body, accusative(m_outcome.adopted));
    }

    QString voteIntroduction() const
    {
        QStringList sentences;
        sentences << (sv() ? QStringLiteral("Ordföranden konstaterade att ett understött förslag som avviker från "
                                            "grundförslaget hade framställts och att omröstning därför skulle förrättas.")
                           : QStringLiteral("Puheenjohtaja totesi, että on tehty pohjaehdotuksesta poikkeava kannatettu "
                                            "ehdotus, joten asiasta on äänestettävä."));
        if (m_outcome.order.size() > 2) {
            QStringList steps;
            const QStringList &order = m_outcome.order;
            if (sv()) {
                steps << QStringLiteral("först %1 och %2 ställs mot varandra").arg(nominative(order.at(0)), nominative(order.at(1)));
                for (qsizetype i = 2; i < order.size(); ++i)
                    steps << QStringLiteral("%1 det vinnande förslaget mot %2")
                                 .arg(i == order.size() - 1 ? QStringLiteral("slutligen") : QStringLiteral("därefter"),
                                      nominative(order.at(i)));
                sentences << QStringLiteral("Ordföranden föreslog som omröstningsordning att %1. Omröstningsordningen "
                                            "godkändes.").arg(listed(steps, m_language));
            } else {
                steps << QStringLiteral("ensin äänestetään vastakkain %1 ja %2").arg(nominative(order.at(0)), nominative(order.at(1)));
                for (qsizetype i = 2; i < order.size(); ++i)
                    steps << QStringLiteral("%1 voittanut ehdotus %2 vastaan")
                                 .arg(i == order.size() - 1 ? QStringLiteral("lopuksi") : QStringLiteral("sitten"),
                                      partitive(order.at(i)));
                sentences << QStringLiteral("Puheenjohtaja ehdotti äänestysjärjestykseksi, että %1. "
                                            "Äänestysjärjestys hyväksyttiin.").arg(listed(steps, m_language));
            }
        }
        sentences << (m_context.rollCall
                          ? (sv() ? QStringLiteral("Omröstningen förrättades med namnupprop.")
                                  : QStringLiteral("Äänestys toimitettiin nimenhuutoäänestyksenä."))
                          : (sv() ? QStringLiteral("Omröstningen förrättades öppet.")
                                  : QStringLiteral("Äänestys toimitettiin avoimena äänestyksenä.")));
        return sentences.join(u' ');
    }

    QString round(const ItemDecision::Round &round, bool last) const
    {
        QStringList sentences;
        sentences << (sv() ? QStringLiteral("De som understöder %1 röstar JA och de som understöder %2 röstar NEJ.")
                                 .arg(nominative(round.yesProposal), nominative(round.noProposal))
                           : QStringLiteral("%1 kannattavat äänestävät JAA ja %2 kannattavat EI.")
                                 .arg(capitalized(partitive(round.yesProposal)), partitive(round.noProposal)));
        sentences << counts(round.result);
        if (const QString list = rollCallList(round); !list.isEmpty())
            sentences << list;
        QString text = sentences.join(u' ');
        if (!last) {
            text += QLatin1Char(' ')
                + (sv() ? QStringLiteral("%1 vann omröstningen %2.")
                              .arg(capitalized(nominative(round.result.winner)), votes(round.result, m_language))
                        : QStringLiteral("%1 voitti %2.")
                              .arg(capitalized(nominative(round.result.winner)), votes(round.result, m_language)));
            return text;
        }
        const Proposal *winner = proposal(round.result.winner);
        const bool rejected = winner && winner->type == ProposalType::Rejection;
        if (round.result.decidedBy == Voting::DecidedBy::QualifiedMajorityNotReached) {
            text += QLatin1Char(' ')
                + (sv() ? QStringLiteral("Förslaget fick inte den kvalificerade majoritet som krävs.")
                        : QStringLiteral("Ehdotus ei saanut vaadittua määräenemmistöä."));
        }
        if (sv()) {
            text += QLatin1Char(' ')
                + (rejected ? QStringLiteral("Ordföranden konstaterade att %1 hade förkastat ärendet %2.")
                                  .arg(m_names.body, votes(round.result, m_language))
                            : QStringLiteral("Ordföranden konstaterade att %1 hade godkänt %2 %3.")
                                  .arg(m_names.body, nominative(round.result.winner), votes(round.result, m_language)));
        } else {
            text += QLatin1Char(' ')
                + (rejected ? QStringLiteral("Puheenjohtaja totesi, että %1 on hylännyt asian %2.")
                                  .arg(m_names.body, votes(round.result, m_language))
                            : QStringLiteral("Puheenjohtaja totesi, että %1 on hyväksynyt %2 %3.")
                                  .arg(m_names.body, accusative(round.result.winner), votes(round.result, m_language)));
        }
        return text;
    }

    const ItemDecision::Input &m_input;
    const Outcome &m_outcome;
    const Names &m_names;
    const Context &m_context;
    Language m_language;
};

} // namespace

QString decision(const ItemDecision::Input &input, const ItemDecision::Outcome &outcome, const Names &names,
                 Language language)
{
    const bool sv = swedish(language);
    const QString body = capitalized(names.body);
    const QString score =
        outcome.rounds.isEmpty() ? QString() : QLatin1Char(' ') + votes(outcome.rounds.last().result, language);
    const auto adopted = std::find_if(input.proposals.cbegin(), input.proposals.cend(),
                                      [&](const Proposal &p) { return p.id == outcome.adopted; });
    switch (outcome.kind) {
    case ItemDecision::OutcomeKind::Tabled:
        return sv ? QStringLiteral("%1 bordlade ärendet.").arg(body) : QStringLiteral("%1 pani asian pöydälle.").arg(body);
    case ItemDecision::OutcomeKind::Returned:
        return sv ? QStringLiteral("%1 återremitterade ärendet för ny beredning.").arg(body)
                  : QStringLiteral("%1 palautti asian uudelleen valmisteltavaksi.").arg(body);
    case ItemDecision::OutcomeKind::Noted:
        return sv ? QStringLiteral("Antecknades för kännedom.") : QStringLiteral("Merkittiin tiedoksi.");
    case ItemDecision::OutcomeKind::Rejected:
        return sv ? QStringLiteral("%1 förkastade ärendet%2.").arg(body, score)
                  : QStringLiteral("%1 hylkäsi asian%2.").arg(body, score);
    case ItemDecision::OutcomeKind::AdoptedCounter: {
        const QString proposer = adopted != input.proposals.cend() ? names.persons.value(adopted->proposer) : QString();
        const QString text =
            adopted != input.proposals.cend() ? Wording::clause(adopted->text, names.properNouns) : QString();
        if (text.isEmpty())
            return sv ? QStringLiteral("%1 beslutade%2 enligt %3 förslag.").arg(body, score, swedishGenitive(proposer))
                      : QStringLiteral("%1 päätti%2 %3 ehdotuksen mukaisesti.")
                            .arg(body, score, Wording::finnishGenitive(proposer));
        return sv ? QStringLiteral("%1 beslutade%2 enligt %3 förslag att %4.").arg(body, score, swedishGenitive(proposer), text)
                  : QStringLiteral("%1 päätti%2 %3 ehdotuksen mukaisesti, että %4.")
                        .arg(body, score, Wording::finnishGenitive(proposer), text);
    }
    case ItemDecision::OutcomeKind::AdoptedAmended:
        if (score.isEmpty())
            return sv ? QStringLiteral("Det ändrade förslaget godkändes enhälligt.")
                      : QStringLiteral("Muutettu ehdotus hyväksyttiin yksimielisesti.");
        return sv ? QStringLiteral("%1 godkände det ändrade grundförslaget%2.").arg(body, score)
                  : QStringLiteral("%1 hyväksyi muutetun pohjaehdotuksen%2.").arg(body, score);
    case ItemDecision::OutcomeKind::AdoptedAsProposed:
        break;
    }
    if (score.isEmpty())
        return sv ? QStringLiteral("Förslaget godkändes enhälligt.") : QStringLiteral("Ehdotus hyväksyttiin yksimielisesti.");
    return sv ? QStringLiteral("%1 godkände grundförslaget%2.").arg(body, score)
              : QStringLiteral("%1 hyväksyi pohjaehdotuksen%2.").arg(body, score);
}

QString proposalName(const ItemDecision::Input &input, const QString &id, const Names &names, Language language)
{
    const auto p = std::find_if(input.proposals.cbegin(), input.proposals.cend(),
                                [&](const Proposal &candidate) { return candidate.id == id; });
    if (p == input.proposals.cend() || p->type == ProposalType::Base)
        return swedish(language) ? QStringLiteral("grundförslaget") : QStringLiteral("pohjaehdotus");
    const QString proposer = names.persons.value(p->proposer, QString::number(p->proposer));
    if (swedish(language))
        return swedishGenitive(proposer) + QStringLiteral(" förslag");
    return Wording::finnishGenitive(proposer) + QStringLiteral(" ehdotus");
}

QString write(const ItemDecision::Input &input, const ItemDecision::Outcome &outcome, const Names &names,
              const Context &context, Language language)
{
    return Writer(input, outcome, names, context, language).write();
}

} // namespace ProceedingsText
