#include "itemoutcome.h"

#include "meetingsession.h"

#include <QJsonArray>

namespace ItemOutcome {

namespace {

QString outcomeKindCode(ItemDecision::OutcomeKind kind)
{
    switch (kind) {
    case ItemDecision::OutcomeKind::AdoptedAsProposed: return QStringLiteral("adopted-as-proposed");
    case ItemDecision::OutcomeKind::AdoptedAmended: return QStringLiteral("adopted-amended");
    case ItemDecision::OutcomeKind::AdoptedCounter: return QStringLiteral("adopted-counter");
    case ItemDecision::OutcomeKind::Rejected: return QStringLiteral("rejected");
    case ItemDecision::OutcomeKind::Tabled: return QStringLiteral("tabled");
    case ItemDecision::OutcomeKind::Returned: return QStringLiteral("returned");
    case ItemDecision::OutcomeKind::Noted: return QStringLiteral("noted");
    }
    return {};
}

QString decidedByCode(Voting::DecidedBy decidedBy)
{
    switch (decidedBy) {
    case Voting::DecidedBy::Majority: return QStringLiteral("majority");
    case Voting::DecidedBy::ChairsVote: return QStringLiteral("chairs-vote");
    case Voting::DecidedBy::QualifiedMajorityNotReached: return QStringLiteral("qualified-majority-not-reached");
    }
    return {};
}

QJsonObject roundJson(const ItemDecision::Round &round, const QHash<qint64, QString> &names)
{
    QJsonObject ballots;
    for (auto it = round.ballots.cbegin(); it != round.ballots.cend(); ++it)
        ballots.insert(names.value(it.key(), QString::number(it.key())), MeetingRecord::ballotCode(it.value()));
    return QJsonObject{{QStringLiteral("yesProposal"), round.yesProposal},
                       {QStringLiteral("noProposal"), round.noProposal},
                       {QStringLiteral("yes"), round.result.yes},
                       {QStringLiteral("no"), round.result.no},
                       {QStringLiteral("blank"), round.result.blank},
                       {QStringLiteral("absent"), round.result.absent},
                       {QStringLiteral("winner"), round.result.winner},
                       {QStringLiteral("decidedBy"), decidedByCode(round.result.decidedBy)},
                       {QStringLiteral("ballots"), ballots}};
}

QJsonArray namesOf(const QList<qint64> &ids, const QHash<qint64, QString> &names)
{
    QJsonArray out;
    for (const qint64 id : ids)
        out.append(names.value(id, QString::number(id)));
    return out;
}

QJsonObject presenceJson(const MeetingRecord::Setting &setting, const MeetingRecord::ItemRecord &record)
{
    const QHash<qint64, QString> &names = setting.names;
    QJsonArray deputies;
    for (auto it = record.presence.deputyFor.cbegin(); it != record.presence.deputyFor.cend(); ++it)
        deputies.append(QJsonObject{{QStringLiteral("deputy"), names.value(it.key())},
                                    {QStringLiteral("for"), names.value(it.value())}});
    QJsonArray disqualified;
    for (const Attendance::Disqualification &d : record.disqualifications)
        disqualified.append(QJsonObject{{QStringLiteral("person"), names.value(d.person)},
                                        {QStringLiteral("ground"), d.ground}});
    QList<qint64> absent;
    const QList<qint64> seatsTakenByDeputies = record.presence.deputyFor.values();
    for (const Attendance::Seat &seat : setting.seats) {
        if (!record.presence.entitled.contains(seat.member) && !seatsTakenByDeputies.contains(seat.member))
            absent.append(seat.member);
    }
    QList<qint64> remote;
    for (const qint64 person : record.presence.entitled) {
        if (record.presence.remote.contains(person))
            remote.append(person);
    }
    return QJsonObject{{QStringLiteral("entitled"), namesOf(record.presence.entitled, names)},
                       {QStringLiteral("absent"), namesOf(absent, names)},
                       {QStringLiteral("deputies"), deputies},
                       {QStringLiteral("disqualified"), disqualified},
                       {QStringLiteral("remote"), namesOf(remote, names)},
                       {QStringLiteral("presiding"), record.presiding ? QJsonValue(names.value(record.presiding)) : QJsonValue()},
                       {QStringLiteral("temporaryChair"), record.temporaryChair}};
}

void insertDecision(QJsonObject &result, const MeetingRecord::Setting &setting, const MeetingRecord::ItemRecord &record)
{
    const QHash<qint64, QString> &names = setting.names;
    const ItemDecision::Outcome &o = *record.outcome;
    QJsonArray proposals;
    for (const ItemDecision::Proposal &p : record.input.proposals) {
        proposals.append(QJsonObject{{QStringLiteral("id"), p.id},
                                     {QStringLiteral("kind"), Codes::code(p.type)},
                                     {QStringLiteral("by"), p.proposer ? QJsonValue(names.value(p.proposer)) : QJsonValue()},
                                     {QStringLiteral("secondedBy"), namesOf(p.seconders, names)},
                                     {QStringLiteral("text"), p.text},
                                     {QStringLiteral("lapsed"), o.lapsed.contains(p.id)}});
    }
    QJsonArray procedural, rounds;
    for (const ItemDecision::Round &r : o.procedural)
        procedural.append(roundJson(r, names));
    for (const ItemDecision::Round &r : o.rounds)
        rounds.append(roundJson(r, names));
    result.insert(QStringLiteral("proposals"), proposals);
    result.insert(QStringLiteral("proceduralVotes"), procedural);
    result.insert(QStringLiteral("votingOrder"), QJsonArray::fromStringList(o.order));
    result.insert(QStringLiteral("rounds"), rounds);
    result.insert(QStringLiteral("result"),
                  QJsonObject{{QStringLiteral("adopted"), o.adopted.isEmpty() ? QJsonValue() : QJsonValue(o.adopted)},
                              {QStringLiteral("kind"), o.pending ? QStringLiteral("pending") : outcomeKindCode(o.kind)}});
    QJsonObject text;
    for (const Language language : {Language::Finnish, Language::Swedish}) {
        const QString written = MeetingSession::proceedingsText(record, MeetingSession::names(setting, language), language);
        if (!written.isEmpty()) // nothing while the votes are still to come
            text.insert(Codes::code(language), written);
    }
    result.insert(QStringLiteral("proceedings"), text);
}

QJsonObject electionJson(const MeetingRecord::ItemRecord &record)
{
    QJsonArray lots;
    for (const Election::LotDraw &lot : record.electionResult->lots)
        lots.append(QJsonObject{{QStringLiteral("tied"), QJsonArray::fromStringList(lot.tied)},
                                {QStringLiteral("seed"), qint64(lot.seed)},
                                {QStringLiteral("order"), QJsonArray::fromStringList(lot.order)}});
    QJsonArray numbers;
    for (const Election::ComparisonNumber &n : record.electionResult->numbers)
        numbers.append(QJsonObject{{QStringLiteral("candidate"), n.candidate},
                                   {QStringLiteral("list"), n.list},
                                   {QStringLiteral("comparisonNumber"), n.value()}});
    return QJsonObject{{QStringLiteral("method"), record.election->method},
                       {QStringLiteral("elected"), QJsonArray::fromStringList(record.electionResult->elected)},
                       {QStringLiteral("lots"), lots},
                       {QStringLiteral("comparisonNumbers"), numbers},
                       {QStringLiteral("demandThreshold"), record.electionResult->demandThreshold}};
}

} // namespace

QJsonObject toJson(const MeetingRecord::Setting &setting, const MeetingRecord::Replay &replay, const AgendaItem &item)
{
    const MeetingRecord::ItemRecord &record = replay.items.at(item.position - 1);
    QJsonObject result{{QStringLiteral("item"),
                        QJsonObject{{QStringLiteral("id"), item.id},
                                    {QStringLiteral("title"), item.title},
                                    {QStringLiteral("position"), item.position},
                                    {QStringLiteral("sectionNumber"),
                                     item.sectionNumber ? QJsonValue(*item.sectionNumber) : QJsonValue()}}}};
    result.insert(QStringLiteral("presence"), presenceJson(setting, record));
    const Quorum &quorum = record.presence.quorum;
    result.insert(QStringLiteral("quorum"), QJsonObject{{QStringLiteral("seats"), quorum.seats},
                                                        {QStringLiteral("present"), quorum.present},
                                                        {QStringLiteral("required"), quorum.required},
                                                        {QStringLiteral("reached"), quorum.reached()}});
    if (record.outcome)
        insertDecision(result, setting, record);
    if (record.electionResult)
        result.insert(QStringLiteral("election"), electionJson(record));
    QJsonArray dissents;
    for (const MeetingRecord::Dissent &d : record.dissents)
        dissents.append(QJsonObject{{QStringLiteral("person"), setting.names.value(d.person)},
                                    {QStringLiteral("reasons"), d.reasons}});
    result.insert(QStringLiteral("dissents"), dissents);
    QJsonArray others;
    for (const MeetingRecord::OtherAttendee &other : replay.others)
        others.append(QJsonObject{{QStringLiteral("name"), other.name}, {QStringLiteral("role"), other.role}});
    result.insert(QStringLiteral("othersAttending"), others);
    return result;
}

} // namespace ItemOutcome
