#pragma once

#include "model/result.h"

#include "model/codes.h"

#include <QDate>
#include <QList>

struct Organisation;

// The appeal instructions (muutoksenhakuohjeet / besvärsanvisningar) that
// minutes and extracts carry: one per appeal kind, naming the § numbers it
// applies to and, where the period runs from the publication of the minutes
// (not in procurement), its last day, from the texts of
// resources/templates/appeal-instructions.json.
namespace AppealInstructions {

struct Group
{
    AppealKind kind = AppealKind::Rectification;
    QList<int> sections;              // § numbers, ascending
};

struct Place
{
    QString authority;                // the body that decided, as a sentence names it: "kunnanhallitus";
                                      // in Finnish its allative ("kunnanhallitukselle") is made from it
    QDate published;                  // when the minutes go public; invalid while unknown
};

// HTML of the instructions, each headed by an h2, in the order of `groups`.
// Fails when an instruction needs the administrative court or the registry
// and the organisation has none set, saying how to set it.
Result<QString> html(const QList<Group> &groups, const Organisation &organisation, const Place &place,
                     Language language);

// "§ 3, 5–7, 9": § numbers with runs joined.
QString sectionList(const QList<int> &sections);

// Paragraphs of plain text as HTML: blank lines part paragraphs, lines
// starting with "- " are list items, other line breaks are kept.
QString paragraphsHtml(const QString &text);

} // namespace AppealInstructions
