#pragma once

#include "meetingrecord.h"
#include "proceedingstext.h"

#include "model/body.h"
#include "model/organisation.h"
#include "model/result.h"

class Store;
struct Meeting;
struct AgendaItem;

// A meeting's record kept in the store: the body as it sits on the day, the
// recorded events, and recording more of them all or nothing.
namespace MeetingSession {

// The body on the meeting's day: seats of the chair, vice chair and members
// with their personal deputies, the chair, the quorum rule and the agenda.
Result<MeetingRecord::Setting> setting(const Store &store, const Meeting &meeting);

// Replays what has been recorded so far.
Result<MeetingRecord::Replay> current(const Store &store, const Meeting &meeting);

// Reads an events file (docs/procedure.md), checks it together with what is
// already recorded, and stores it in one transaction: the events, the opening
// (actual start, § numbers) and the closing of the meeting. An impossible
// event records nothing and says why.
Result<MeetingRecord::Replay> record(Store &store, const Meeting &meeting, const QByteArray &json);

// The organisation and the meeting's body, whose settings decide its
// documents' language and names.
struct Owners
{
    Organisation organisation;
    Body body;
};
Result<Owners> owners(const Store &store, const Meeting &meeting);

// The language of the meeting's documents (DocumentLanguage::of).
Result<Language> documentLanguage(const Store &store, const Meeting &meeting);

// How the minutes name the body and its people in a language: members by
// surname ("Virtanen"), or by full name where two share a surname.
ProceedingsText::Names names(const MeetingRecord::Setting &setting, Language language);

// The decision of a replayed item in a sentence (ProceedingsText::decision;
// for an election, who was elected).
Result<QString> decisionText(const MeetingRecord::ItemRecord &item, const ProceedingsText::Names &names,
                             Language language);

// The proceedings of a replayed item as plain text, paragraphs separated by
// blank lines: what the secretary then edits. Empty for an item without a
// decision (an election) or still waiting for its votes.
QString proceedingsText(const MeetingRecord::ItemRecord &item, const ProceedingsText::Names &names,
                        Language language);
// The same as the store's rich text, as the record writes it into an item of
// that publicity: passages a dissent's reasons mark as personal data stay
// marked, and so do the reasons as a whole in an item that is not public
// (PublicView::reasonsToRecord).
QString proceedingsHtml(const MeetingRecord::ItemRecord &item, Publicity publicity, const ProceedingsText::Names &names,
                        Language language);

} // namespace MeetingSession
