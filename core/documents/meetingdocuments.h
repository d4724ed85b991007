#pragma once

#include "officialdocument.h"

#include "model/codes.h"

#include "model/result.h"

#include <optional>
#include <utility>

class Store;
struct Meeting;
struct AgendaItem;

// The official documents of a meeting, written from the store and the
// meeting's record in the body's document language (Finnish or Swedish):
//  - the agenda (esityslista): cover with time, place, mode, members and
//    deputies and others invited, the list of items, and each item with its
//    case reference, preparers, presenter, background, proposal, attachments;
//  - the minutes (pöytäkirja): who attended and how, arrivals and departures,
//    legality and quorum, signatures, the checking and publication notes, the
//    list of items, each item with its proceedings, votes as tables,
//    decision, disqualifications and dissents, and the appeal instructions;
//  - an extract (pöytäkirjanote): one item with its certification and appeal
//    instructions.
// What each document shows of an item is its audience's (PublicView): the
// public version leaves out every confidential item's content (its title and
// legal basis stay), personal data marked by the secretary, non-public
// attachments and the recipients of extracts. The language is the body's
// document language (DocumentLanguage) unless the options ask for the other.
namespace MeetingDocuments {

struct Options
{
    Audience audience = Audience::Internal;
    std::optional<Language> language; // none: the body's document language
};

Result<OfficialDocument> agenda(const Store &store, const Meeting &meeting, const Options &options = {});

// Needs the meeting to have been opened (its record started).
Result<OfficialDocument> minutes(const Store &store, const Meeting &meeting, const Options &options = {});

Result<OfficialDocument> extract(const Store &store, const Meeting &meeting, const AgendaItem &item,
                                 const Options &options = {});

// Finds an agenda item by its id or as "KH 12/2026 § 156".
Result<std::pair<Meeting, AgendaItem>> findItem(const Store &store, const QString &reference);

} // namespace MeetingDocuments
