#include "meetingevents.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace MeetingEvents {

namespace {

QString clock(QTime at)
{
    return at.toString(QStringLiteral("H:mm"));
}

QString dateTime(const QDateTime &at)
{
    return at.toString(QStringLiteral("yyyy-MM-ddTHH:mm"));
}

QJsonArray ids(const QList<qint64> &persons)
{
    QJsonArray array;
    for (const qint64 id : persons)
        array.append(id);
    return array;
}

QJsonObject event(const QString &type)
{
    return QJsonObject{{QStringLiteral("type"), type}};
}

QJsonObject itemEvent(const QString &type, int item)
{
    return QJsonObject{{QStringLiteral("type"), type}, {QStringLiteral("item"), item}};
}

QJsonObject itemText(const QString &type, int item, const QString &text)
{
    QJsonObject result = itemEvent(type, item);
    if (!text.isEmpty())
        result.insert(QStringLiteral("text"), text);
    return result;
}

} // namespace

QJsonObject open(const QDateTime &at)
{
    QJsonObject result = event(QStringLiteral("open"));
    result.insert(QStringLiteral("at"), dateTime(at));
    return result;
}

QJsonObject close(const QDateTime &at)
{
    QJsonObject result = event(QStringLiteral("close"));
    result.insert(QStringLiteral("at"), dateTime(at));
    return result;
}

QJsonObject attendance(const QList<qint64> &present, const QList<Attendance::Seat> &deputies,
                       const QList<MeetingRecord::OtherAttendee> &others, const QList<qint64> &remote)
{
    QJsonObject result = event(QStringLiteral("attendance"));
    result.insert(QStringLiteral("present"), ids(present));
    QJsonArray seated;
    for (const Attendance::Seat &seat : deputies)
        seated.append(QJsonObject{{QStringLiteral("person"), seat.deputy}, {QStringLiteral("for"), seat.member}});
    result.insert(QStringLiteral("deputies"), seated);
    if (!others.isEmpty()) {
        QJsonArray attending;
        for (const MeetingRecord::OtherAttendee &other : others)
            attending.append(QJsonObject{{QStringLiteral("name"), other.name}, {QStringLiteral("role"), other.role}});
        result.insert(QStringLiteral("others"), attending);
    }
    if (!remote.isEmpty())
        result.insert(QStringLiteral("remote"), ids(remote));
    return result;
}

QJsonObject move(const Attendance::Move &move)
{
    const QString type = move.movement == Attendance::Movement::Arrives ? QStringLiteral("arrive")
        : move.movement == Attendance::Movement::Leaves                  ? QStringLiteral("leave")
                                                                          : QStringLiteral("participation");
    QJsonObject result = itemEvent(type, move.itemPosition);
    result.insert(QStringLiteral("person"), move.person);
    result.insert(QStringLiteral("at"), clock(move.at));
    if (move.movement == Attendance::Movement::Switches
        || (move.movement == Attendance::Movement::Arrives && move.remote))
        result.insert(QStringLiteral("remote"), move.remote);
    return result;
}

QJsonObject temporaryChair(int item, qint64 person)
{
    QJsonObject result = itemEvent(QStringLiteral("temporary-chair"), item);
    result.insert(QStringLiteral("person"), person);
    return result;
}

QJsonObject disqualified(const Attendance::Disqualification &disqualification)
{
    QJsonObject result = itemEvent(QStringLiteral("disqualified"), disqualification.itemPosition);
    result.insert(QStringLiteral("person"), disqualification.person);
    result.insert(QStringLiteral("ground"), disqualification.ground);
    return result;
}

QJsonObject proposal(int item, const QString &id, ProposalType kind, qint64 by, const QString &text,
                     std::optional<int> divergence)
{
    QJsonObject result = itemText(QStringLiteral("proposal"), item, text);
    result.insert(QStringLiteral("id"), id);
    result.insert(QStringLiteral("kind"), Codes::code(kind));
    result.insert(QStringLiteral("by"), by);
    if (divergence)
        result.insert(QStringLiteral("divergence"), *divergence);
    return result;
}

QJsonObject second(int item, const QString &proposal, qint64 by)
{
    QJsonObject result = itemEvent(QStringLiteral("second"), item);
    result.insert(QStringLiteral("proposal"), proposal);
    result.insert(QStringLiteral("by"), by);
    return result;
}

QJsonObject amend(int item, const QString &text)
{
    return itemText(QStringLiteral("amend"), item, text);
}

QJsonObject withdraw(int item, const QString &chairsProposal)
{
    return itemText(QStringLiteral("withdraw"), item, chairsProposal);
}

QJsonObject noting(int item)
{
    return itemEvent(QStringLiteral("noting"), item);
}

QJsonObject order(int item, const QStringList &order)
{
    QJsonObject result = itemEvent(QStringLiteral("order"), item);
    result.insert(QStringLiteral("order"), QJsonArray::fromStringList(order));
    return result;
}

QJsonObject majority(int item, const Voting::MajorityRule &rule)
{
    QJsonObject result = itemEvent(QStringLiteral("majority"), item);
    result.insert(QStringLiteral("numerator"), rule.numerator);
    result.insert(QStringLiteral("denominator"), rule.denominator);
    result.insert(QStringLiteral("proposal"), rule.proposal);
    return result;
}

QJsonObject vote(int item, const ItemDecision::VoteRecord &vote)
{
    QJsonObject result = itemEvent(QStringLiteral("vote"), item);
    if (!vote.on.isEmpty())
        result.insert(QStringLiteral("on"), vote.on);
    if (vote.rollCall()) {
        QJsonObject ballots;
        for (auto it = vote.ballots.cbegin(); it != vote.ballots.cend(); ++it)
            ballots.insert(QString::number(it.key()), MeetingRecord::ballotCode(it.value()));
        result.insert(QStringLiteral("ballots"), ballots);
        return result;
    }
    result.insert(QStringLiteral("yes"), vote.yes);
    result.insert(QStringLiteral("no"), vote.no);
    result.insert(QStringLiteral("blank"), vote.blank);
    if (vote.chairBallot)
        result.insert(QStringLiteral("chair"), MeetingRecord::ballotCode(*vote.chairBallot));
    return result;
}

QJsonObject election(int item, const MeetingRecord::Election &election)
{
    QJsonObject result = itemEvent(QStringLiteral("election"), item);
    result.insert(QStringLiteral("method"), election.method);
    result.insert(QStringLiteral("seats"), election.seats);
    if (election.method == u"proportional") {
        result.insert(QStringLiteral("demanded"), election.demanded);
        QJsonArray lists;
        for (const ::Election::CandidateList &list : election.lists)
            lists.append(QJsonObject{{QStringLiteral("name"), list.name},
                                     {QStringLiteral("candidates"), QJsonArray::fromStringList(list.candidates)},
                                     {QStringLiteral("votes"), list.votes}});
        result.insert(QStringLiteral("lists"), lists);
    } else {
        QJsonArray candidates;
        for (const ::Election::Candidate &candidate : election.candidates)
            candidates.append(QJsonObject{{QStringLiteral("name"), candidate.name},
                                          {QStringLiteral("votes"), candidate.votes}});
        result.insert(QStringLiteral("candidates"), candidates);
    }
    if (election.seed)
        result.insert(QStringLiteral("seed"), qint64(election.seed));
    return result;
}

QJsonObject dissent(int item, qint64 person, const QString &reasons)
{
    QJsonObject result = itemEvent(QStringLiteral("dissent"), item);
    result.insert(QStringLiteral("person"), person);
    if (!reasons.isEmpty())
        result.insert(QStringLiteral("reasons"), reasons);
    return result;
}

QJsonObject minuteCheckers(const QList<qint64> &persons)
{
    QJsonObject result = event(QStringLiteral("minute-checkers"));
    result.insert(QStringLiteral("persons"), ids(persons));
    return result;
}

QJsonObject decision(int item)
{
    return itemEvent(QStringLiteral("decision"), item);
}

QJsonObject retract(int event, const QString &reason)
{
    return {{QStringLiteral("type"), QStringLiteral("retract")},
            {QStringLiteral("event"), event},
            {QStringLiteral("reason"), reason.trimmed()}};
}

QByteArray file(const QList<QJsonObject> &events)
{
    QJsonArray array;
    for (const QJsonObject &event : events)
        array.append(event);
    return QJsonDocument(QJsonObject{{QStringLiteral("events"), array}}).toJson();
}

} // namespace MeetingEvents
