#pragma once

// The closed vocabularies of the domain. Each value has one stable code, used
// alike in the store, in the interchange format and on the command line.

#include <QString>
#include <QStringList>
#include <optional>

enum class Language { Finnish, Swedish };
enum class BodyKind { Council, Board, Committee, Section };
enum class QuorumRule { TwoThirds, MoreThanHalf };
enum class MembershipRole { Chair, ViceChair, Member, Deputy, Secretary, Presenter };
enum class MeetingMode { InPerson, Remote, Hybrid, ElectronicProcedure };
enum class MeetingState { Planned, Convened, InProgress, Closed, MinutesChecked, Cancelled };
// Whether a meeting in this state was held and closed: its decisions are made.
constexpr bool isHeld(MeetingState state)
{
    return state == MeetingState::Closed || state == MeetingState::MinutesChecked;
}
enum class Publicity { Public, Confidential, PartlyConfidential };
enum class AppealKind { Rectification, MunicipalAppeal, AdministrativeAppeal, Procurement, NotAppealable };
enum class Delivery { Electronic, Letter };
// How an extract of a decision was sent to a party or an authority, which
// sets the day it is deemed notified (Appeal::notifiedOn).
enum class SendMethod { Letter, Email, ElectronicService };
// A case's life in the case register, from its opening to its closing.
enum class CaseState { Initiated, InPreparation, Decided, Implemented, Closed };
// Who a party of a case is.
enum class PartyKind { Person, Organisation };
// What a person's registered certificate is for: signing minutes, or the
// packages encrypted to them.
enum class CertificateUse { Signing, Encryption };
// Per-body settings of rules that vary between municipalities.
enum class SectionNumbering { Yearly, Continuous };            // § numbers restart each year, or run on
enum class VotingOrderModel { MostDivergentFirst, AsPresented }; // the model order, or the order made
// A proposal in an item's decision: the presenter's base proposal (or the
// chair's, when withdrawn), a counter-proposal, or one to reject the matter,
// table it (pöydällepano) or return it for preparation (palautus). A
// proposal event names any kind but the base proposal, which every item has.
enum class ProposalType { Base, Counter, Rejection, Tabling, Return };
// Who a document, package or window is for. Every output that shows an
// agenda item names its audience and asks PublicView what of the item that
// audience may see; nothing else decides publicity.
enum class Audience {
    Internal, // the body's own working copy: everything (the official minutes)
    Member,   // a member, deputy or official of the body: confidential items too,
              // but not the parties' addresses nor persons' contacts
    Party,    // a party of the case, sent an extract: the item's content, as a member
    Public,   // anyone (kuntalaki 140 §, JulkL): no confidential content, no personal data
};

namespace Codes {

QString code(Language value);
QString code(BodyKind value);
QString code(QuorumRule value);
QString code(MembershipRole value);
QString code(MeetingMode value);
QString code(MeetingState value);
QString code(Publicity value);
QString code(AppealKind value);
QString code(Delivery value);
QString code(CertificateUse value);
QString code(SectionNumbering value);
QString code(VotingOrderModel value);
QString code(ProposalType value);
QString code(Audience value);
QString code(SendMethod value);
QString code(CaseState value);
QString code(PartyKind value);

// Parses a code; std::nullopt when the text is not one of the codes.
template<typename Enum> std::optional<Enum> parse(const QString &code);

// All codes of one vocabulary, in declaration order (for messages and schemas).
template<typename Enum> QStringList all();

// The body's quorum rule when nothing else is set: two thirds for a council,
// more than half for everyone else (kuntalaki 103 §).
QuorumRule defaultQuorumRule(BodyKind kind);

} // namespace Codes
