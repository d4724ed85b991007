#include "codes.h"

#include <array>
#include <utility>

namespace {

template<typename Enum, std::size_t N>
using Table = std::array<std::pair<Enum, const char16_t *>, N>;

constexpr Table<Language, 2> languages{{{Language::Finnish, u"fi"}, {Language::Swedish, u"sv"}}};
constexpr Table<BodyKind, 4> bodyKinds{{{BodyKind::Council, u"council"},
                                        {BodyKind::Board, u"board"},
                                        {BodyKind::Committee, u"committee"},
                                        {BodyKind::Section, u"section"}}};
constexpr Table<QuorumRule, 2> quorumRules{{{QuorumRule::TwoThirds, u"two-thirds"},
                                            {QuorumRule::MoreThanHalf, u"more-than-half"}}};
constexpr Table<MembershipRole, 6> roles{{{MembershipRole::Chair, u"chair"},
                                          {MembershipRole::ViceChair, u"vice-chair"},
                                          {MembershipRole::Member, u"member"},
                                          {MembershipRole::Deputy, u"deputy"},
                                          {MembershipRole::Secretary, u"secretary"},
                                          {MembershipRole::Presenter, u"presenter"}}};
constexpr Table<MeetingMode, 4> modes{{{MeetingMode::InPerson, u"in-person"},
                                       {MeetingMode::Remote, u"remote"},
                                       {MeetingMode::Hybrid, u"hybrid"},
                                       {MeetingMode::ElectronicProcedure, u"electronic-procedure"}}};
constexpr Table<MeetingState, 6> states{{{MeetingState::Planned, u"planned"},
                                         {MeetingState::Convened, u"convened"},
                                         {MeetingState::InProgress, u"in-progress"},
                                         {MeetingState::Closed, u"closed"},
                                         {MeetingState::MinutesChecked, u"minutes-checked"},
                                         {MeetingState::Cancelled, u"cancelled"}}};
constexpr Table<CertificateUse, 2> certificateUses{{{CertificateUse::Signing, u"signing"},
                                                   {CertificateUse::Encryption, u"encryption"}}};
constexpr Table<Publicity, 3> publicities{{{Publicity::Public, u"public"},
                                           {Publicity::Confidential, u"confidential"},
                                           {Publicity::PartlyConfidential, u"partly-confidential"}}};
constexpr Table<AppealKind, 5> appealKinds{{{AppealKind::Rectification, u"rectification"},
                                            {AppealKind::MunicipalAppeal, u"municipal-appeal"},
                                            {AppealKind::AdministrativeAppeal, u"administrative-appeal"},
                                            {AppealKind::Procurement, u"procurement"},
                                            {AppealKind::NotAppealable, u"not-appealable"}}};
constexpr Table<Delivery, 2> deliveries{{{Delivery::Electronic, u"electronic"}, {Delivery::Letter, u"letter"}}};
constexpr Table<SendMethod, 3> sendMethods{{{SendMethod::Letter, u"letter"},
                                           {SendMethod::Email, u"email"},
                                           {SendMethod::ElectronicService, u"electronic-service"}}};
constexpr Table<CaseState, 5> caseStates{{{CaseState::Initiated, u"initiated"},
                                          {CaseState::InPreparation, u"in-preparation"},
                                          {CaseState::Decided, u"decided"},
                                          {CaseState::Implemented, u"implemented"},
                                          {CaseState::Closed, u"closed"}}};
constexpr Table<PartyKind, 2> partyKinds{{{PartyKind::Person, u"person"}, {PartyKind::Organisation, u"organisation"}}};
constexpr Table<SectionNumbering, 2> sectionNumberings{{{SectionNumbering::Yearly, u"yearly"},
                                                        {SectionNumbering::Continuous, u"continuous"}}};
constexpr Table<VotingOrderModel, 2> votingOrders{{{VotingOrderModel::MostDivergentFirst, u"most-divergent-first"},
                                                   {VotingOrderModel::AsPresented, u"as-presented"}}};
constexpr Table<ProposalType, 5> proposalTypes{{{ProposalType::Base, u"base"},
                                                {ProposalType::Counter, u"counter"},
                                                {ProposalType::Rejection, u"rejection"},
                                                {ProposalType::Tabling, u"tabling"},
                                                {ProposalType::Return, u"return"}}};
constexpr Table<Audience, 4> audiences{{{Audience::Internal, u"internal"},
                                        {Audience::Member, u"member"},
                                        {Audience::Party, u"party"},
                                        {Audience::Public, u"public"}}};

template<typename Enum, std::size_t N>
QString lookup(const Table<Enum, N> &table, Enum value)
{
    for (const auto &[v, text] : table) {
        if (v == value)
            return QString::fromUtf16(text);
    }
    return {};
}

template<typename Enum, std::size_t N>
std::optional<Enum> reverse(const Table<Enum, N> &table, const QString &code)
{
    for (const auto &[v, text] : table) {
        if (code == QString::fromUtf16(text))
            return v;
    }
    return std::nullopt;
}

template<typename Enum, std::size_t N>
QStringList codes(const Table<Enum, N> &table)
{
    QStringList result;
    for (const auto &entry : table)
        result.append(QString::fromUtf16(entry.second));
    return result;
}

} // namespace

namespace Codes {

QString code(Language value) { return lookup(languages, value); }
QString code(BodyKind value) { return lookup(bodyKinds, value); }
QString code(QuorumRule value) { return lookup(quorumRules, value); }
QString code(MembershipRole value) { return lookup(roles, value); }
QString code(MeetingMode value) { return lookup(modes, value); }
QString code(MeetingState value) { return lookup(states, value); }
QString code(Publicity value) { return lookup(publicities, value); }
QString code(AppealKind value) { return lookup(appealKinds, value); }
QString code(Delivery value) { return lookup(deliveries, value); }
QString code(CertificateUse value) { return lookup(certificateUses, value); }
QString code(SectionNumbering value) { return lookup(sectionNumberings, value); }
QString code(VotingOrderModel value) { return lookup(votingOrders, value); }
QString code(ProposalType value) { return lookup(proposalTypes, value); }
QString code(Audience value) { return lookup(audiences, value); }
QString code(SendMethod value) { return lookup(sendMethods, value); }
QString code(CaseState value) { return lookup(caseStates, value); }
QString code(PartyKind value) { return lookup(partyKinds, value); }

#define PYKALA_VOCABULARY(Enum, table)                                                       \
    template<> std::optional<Enum> parse<Enum>(const QString &text) { return reverse(table, text); } \
    template<> QStringList all<Enum>() { return codes(table); }

PYKALA_VOCABULARY(Language, languages)
PYKALA_VOCABULARY(BodyKind, bodyKinds)
PYKALA_VOCABULARY(QuorumRule, quorumRules)
PYKALA_VOCABULARY(MembershipRole, roles)
PYKALA_VOCABULARY(MeetingMode, modes)
PYKALA_VOCABULARY(MeetingState, states)
PYKALA_VOCABULARY(Publicity, publicities)
PYKALA_VOCABULARY(AppealKind, appealKinds)
PYKALA_VOCABULARY(Delivery, deliveries)
PYKALA_VOCABULARY(CertificateUse, certificateUses)
PYKALA_VOCABULARY(SectionNumbering, sectionNumberings)
PYKALA_VOCABULARY(VotingOrderModel, votingOrders)
PYKALA_VOCABULARY(ProposalType, proposalTypes)
PYKALA_VOCABULARY(Audience, audiences)
PYKALA_VOCABULARY(SendMethod, sendMethods)
PYKALA_VOCABULARY(CaseState, caseStates)
PYKALA_VOCABULARY(PartyKind, partyKinds)

#undef PYKALA_VOCABULARY

QuorumRule defaultQuorumRule(BodyKind kind)
{
    return kind == BodyKind::Council ? QuorumRule::TwoThirds : QuorumRule::MoreThanHalf;
}

} // namespace Codes
