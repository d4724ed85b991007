#pragma once

#include "itemdecision.h"

#include "model/codes.h"

#include <QHash>
#include <QString>
#include <QStringList>

// The proceedings (käsittely / behandling) of an item, written from what
// happened in the register of real minutes: disqualifications, who proposed
// what and who seconded it, lapsed proposals, the chair's statement that a
// vote is needed, the voting method and order, the counts and, in a roll
// call, how each member voted, and the result. The secretary only edits it.
namespace ProceedingsText {

struct Names
{
    // Person id → surname as the minutes name members ("Virtanen").
    QHash<qint64, QString> persons;
    // The body, in the nominative ("kunnanhallitus", "kommunstyrelsen").
    QString body;
    // Names that keep their capital at the start of a quoted proposal
    // (Wording::clause): the persons' given and family names.
    QStringList properNouns;
};

struct Dissent
{
    qint64 person = 0;
    QString reasons;           // empty: without written reasons
};

struct Context
{
    QList<Attendance::Disqualification> disqualifications; // of this item
    bool rollCall = true;      // roll call (nimenhuuto) or an open vote by count
    QList<Dissent> dissents;   // declared right after the decision
};

// Plain-text paragraphs separated by blank lines.
QString write(const ItemDecision::Input &input, const ItemDecision::Outcome &outcome, const Names &names,
              const Context &context, Language language);

// The decision of an item in a sentence, in the register of minutes:
// "Kunnanhallitus hyväksyi pohjaehdotuksen äänin 6–3.", "Kommunstyrelsen
// bordlade ärendet.", "Ehdotus hyväksyttiin yksimielisesti."
QString decision(const ItemDecision::Input &input, const ItemDecision::Outcome &outcome, const Names &names,
                 Language language);

// A proposal named as a subject: "pohjaehdotus", "Virtasen ehdotus",
// "grundförslaget", "Virtanens förslag".
QString proposalName(const ItemDecision::Input &input, const QString &id, const Names &names, Language language);

} // namespace ProceedingsText
