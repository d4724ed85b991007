#include "meetingprogress.h"

#include "meetingevents.h"
#include "meetingsession.h"

#include "store/store.h"
#include "text/richtext.h"

#include <QLocale>

namespace {

// A proposal's id in the record, from its proposer's surname: "virtanen",
// "virtanen-2" for their second.
QString proposalId(const QString &surname, const QList<ItemDecision::Proposal> &proposals)
{
    QString stem;
    for (const QChar c : surname.toLower()) {
        if (c.isLetterOrNumber())
            stem += c;
    }
    if (stem.isEmpty())
        stem = QStringLiteral("ehdotus");
    QString id = stem;
    for (int n = 2;; ++n) {
        const bool used = std::any_of(proposals.cbegin(), proposals.cend(),
                                      [&](const ItemDecision::Proposal &p) { return p.id == id; });
        if (!used)
            return id;
        id = QStringLiteral("%1-%2").arg(stem).arg(n);
    }
}

} // namespace

void MeetingProgress::setRecord(const MeetingRecord::Setting &setting, const MeetingRecord::Replay &replay)
{
    m_setting = setting;
    m_replay = replay;
    updatePreview();
    keepDraggedOrder();
}

void MeetingProgress::resume()
{
    if (!m_replay.opened) {
        for (const Attendance::Seat &seat : std::as_const(m_setting.seats))
            m_ticked.insert(seat.member);
        updatePreview();
    }
    m_position = m_replay.opened ? 1 : 0;
    for (const MeetingRecord::ItemRecord &item : std::as_const(m_replay.items)) {
        if (m_replay.opened && !item.decided) {
            m_position = item.position;
            break;
        }
    }
    if (m_position == 0 && m_setting.items > 0)
        m_position = 1;
}

void MeetingProgress::updatePreview()
{
    m_preview = {};
    m_previewProblem.clear();
    if (m_replay.opened)
        return;
    // What the ticked attendance would give, for the quorum before the opening.
    const auto preview = MeetingRecord::replay(m_setting, {MeetingEvents::open(QDateTime(m_setting.day, QTime(0, 0))), attendance({})});
    if (preview)
        m_preview = *preview;
    else
        m_previewProblem = preview.error();
}

void MeetingProgress::keepDraggedOrder()
{
    // A dragged order stays until the first vote, unless the proposals changed under it.
    const MeetingRecord::ItemRecord *item = current();
    if (!item || !item->input.votes.isEmpty()
        || !Voting::checkOrder(ItemDecision::substance(item->input), m_dragOrder))
        m_dragOrder.clear();
}

void MeetingProgress::tick(qint64 person, bool present)
{
    if (present) {
        m_ticked.insert(person);
    } else {
        m_ticked.remove(person);
        m_remoteTicked.remove(person);
    }
    updatePreview();
}

void MeetingProgress::tickRemote(qint64 person, bool remote)
{
    if (remote && m_ticked.contains(person))
        m_remoteTicked.insert(person);
    else
        m_remoteTicked.remove(person);
    updatePreview();
}

QSet<qint64> MeetingProgress::presentNow() const
{
    if (!m_replay.opened)
        return m_ticked;
    QSet<qint64> present = m_replay.attendance.presentAtOpening;
    for (const Attendance::Move &move : m_replay.attendance.moves) {
        if (move.movement == Attendance::Movement::Arrives)
            present.insert(move.person);
        else if (move.movement == Attendance::Movement::Leaves)
            present.remove(move.person);
    }
    return present;
}

QSet<qint64> MeetingProgress::remoteNow() const
{
    if (!m_replay.opened)
        return m_remoteTicked;
    // The last item's presence follows every move recorded (Attendance::evaluate).
    return m_replay.items.isEmpty() ? m_replay.attendance.remoteAtOpening : m_replay.items.last().presence.remote;
}

qint64 MeetingProgress::holder(const Attendance::Seat &seat) const
{
    const QSet<qint64> present = presentNow();
    if (present.contains(seat.member))
        return seat.member;
    return seat.deputy && present.contains(seat.deputy) ? seat.deputy : 0;
}

QList<MeetingProgress::Named> MeetingProgress::absentPersons() const
{
    const QSet<qint64> present = presentNow();
    QList<qint64> absent;
    for (const Attendance::Seat &seat : m_setting.seats) {
        for (const qint64 id : {seat.member, seat.deputy}) {
            if (id && !present.contains(id))
                absent.append(id);
        }
    }
    return named(absent);
}

QList<qint64> MeetingProgress::presentPersons() const
{
    const QSet<qint64> present = presentNow();
    QList<qint64> result;
    for (const Attendance::Seat &seat : m_setting.seats) {
        for (const qint64 id : {seat.member, seat.deputy}) {
            if (id && present.contains(id))
                result.append(id);
        }
    }
    return result;
}

int MeetingProgress::seatsTaken() const
{
    int seats = 0;
    for (const Attendance::Seat &seat : m_setting.seats) {
        if (m_ticked.contains(seat.member))
            ++seats;
        if (seat.deputy && m_ticked.contains(seat.deputy))
            ++seats;
    }
    return seats;
}

bool MeetingProgress::setPosition(int position)
{
    if (position < 1 || position > m_setting.items || position == m_position)
        return false;
    m_position = position;
    m_dragOrder.clear();
    return true;
}

const MeetingRecord::ItemRecord *MeetingProgress::current() const
{
    const MeetingRecord::Replay &replay = shown();
    if (m_position < 1 || m_position > replay.items.size())
        return nullptr;
    return &replay.items.at(m_position - 1);
}

int MeetingProgress::movePosition() const
{
    const MeetingRecord::Replay &replay = shown();
    if (m_position < 1 || m_position > replay.items.size() || !replay.items.at(m_position - 1).decided)
        return qMax(1, m_position);
    for (int position = m_position + 1; position <= replay.items.size(); ++position) {
        if (!replay.items.at(position - 1).decided)
            return position;
    }
    return m_position;
}

QList<int> MeetingProgress::undecided() const
{
    QList<int> positions;
    for (const MeetingRecord::ItemRecord &item : m_replay.items) {
        if (!item.decided)
            positions.append(item.position);
    }
    return positions;
}

MeetingProgress::ItemState MeetingProgress::itemState() const
{
    ItemState state;
    const MeetingRecord::ItemRecord *item = current();
    state.record = item;
    if (!item)
        return state;
    state.input = item->input;
    if (!m_dragOrder.isEmpty())
        state.input.votingOrder = m_dragOrder;
    if (!item->election) {
        const auto decided = ItemDecision::decide(state.input);
        if (decided)
            state.outcome = *decided;
        else
            state.problem = decided.error();
    }
    state.open = running() && !item->decided;
    // Proposals come before the vote on the substance (discussion goes on
    // after a tabling or return proposal lost).
    state.canPropose = state.open && state.input.votes.isEmpty() && !item->election;
    state.canReorder = state.outcome && state.outcome->order.size() > 1 && state.open && state.input.votes.isEmpty();
    if (state.outcome && state.open)
        state.nextVote = ItemDecision::nextVote(state.input, *state.outcome);
    state.canDisqualify = state.open;
    state.canDissent = state.open && !item->election;
    state.canElect = state.canPropose && state.input.proceduralVotes.isEmpty() && state.input.proposals.size() == 1;
    state.canDecide = state.open && (item->electionResult || (state.outcome && !state.outcome->pending));
    return state;
}

qint64 MeetingProgress::presiding() const
{
    const MeetingRecord::ItemRecord *item = current();
    return item ? item->presiding : 0;
}

bool MeetingProgress::needsTemporaryChair() const
{
    const MeetingRecord::ItemRecord *item = current();
    return running() && item && !item->decided && !item->presiding;
}

QString MeetingProgress::presidingText() const
{
    const MeetingRecord::ItemRecord *item = current();
    if (!item)
        return {};
    const qint64 person = item->presiding;
    if (person) {
        const QString name = personName(person);
        const QString who = item->temporaryChair            ? tr("%1 (temporary chair)").arg(name)
            : person == m_setting.chair                     ? tr("%1 (chair)").arg(name)
            : m_setting.viceChairs.contains(person)         ? tr("%1 (vice chair)").arg(name)
                                                            : name;
        return tr("Presiding: %1").arg(who);
    }
    if (!m_replay.opened)
        return tr("Neither the chair nor a vice chair is ticked present: once the meeting is opened, the body "
                  "chooses a temporary chair.");
    if (item->decided)
        return tr("No one presided over this item.");
    return tr("Neither the chair nor a vice chair can preside over this item: choose a temporary chair.");
}

Status MeetingProgress::dragOrder(const QStringList &order)
{
    const MeetingRecord::ItemRecord *item = current();
    if (!item)
        return success();
    PYKALA_TRY(Voting::checkOrder(ItemDecision::substance(item->input), order));
    m_dragOrder = order;
    return success();
}

QJsonObject MeetingProgress::attendance(const QList<MeetingRecord::OtherAttendee> &others) const
{
    QList<qint64> present;
    QList<Attendance::Seat> deputies;
    for (const Attendance::Seat &seat : m_setting.seats) {
        if (m_ticked.contains(seat.member))
            present.append(seat.member);
        if (seat.deputy && m_ticked.contains(seat.deputy))
            deputies.append(seat);
    }
    QList<qint64> remote;
    for (const Attendance::Seat &seat : m_setting.seats) {
        for (const qint64 id : {seat.member, seat.deputy}) {
            if (id && m_remoteTicked.contains(id))
                remote.append(id);
        }
    }
    return MeetingEvents::attendance(present, deputies, others, remote);
}

Result<QList<QJsonObject>> MeetingProgress::opening(const QDateTime &at, const QList<MeetingRecord::OtherAttendee> &others) const
{
    QList<MeetingRecord::OtherAttendee> attending;
    for (qsizetype row = 0; row < others.size(); ++row) {
        const MeetingRecord::OtherAttendee other{others.at(row).name.trimmed(), others.at(row).role.trimmed()};
        if (other.name.isEmpty() && other.role.isEmpty())
            continue;
        if (other.name.isEmpty())
            return Failure{tr("Row %1 of the others attending has a role but no name; give the name or clear the row.")
                               .arg(row + 1)};
        attending.append(other);
    }
    return QList<QJsonObject>{MeetingEvents::open(at), attendance(attending)};
}

QString MeetingProgress::openingDayWarning(const QDateTime &at) const
{
    if (!m_setting.day.isValid() || at.date() == m_setting.day)
        return {};
    const QLocale locale;
    return tr("This meeting was planned for %1, and today is %2. If you open it now, the minutes will give today as "
              "the meeting's date.")
        .arg(locale.toString(m_setting.day, QLocale::LongFormat), locale.toString(at.date(), QLocale::LongFormat));
}

QJsonObject MeetingProgress::move(qint64 person, bool arrives, QTime at, bool remote) const
{
    return MeetingEvents::move({person, arrives ? Attendance::Movement::Arrives : Attendance::Movement::Leaves,
                                movePosition(), at, arrives && remote});
}

Result<QJsonObject> MeetingProgress::participation(qint64 person, bool remote, QTime at) const
{
    if (!running())
        return Failure{tr("How someone takes part can change only while the meeting is running.")};
    if (!presentNow().contains(person))
        return Failure{tr("%1 is not present; record their arrival instead.").arg(personName(person))};
    if (remoteNow().contains(person) == remote)
        return Failure{remote ? tr("%1 already takes part by a remote connection.").arg(personName(person))
                              : tr("%1 is already in the meeting room.").arg(personName(person))};
    return MeetingEvents::move({person, Attendance::Movement::Switches, movePosition(), at, remote});
}

Result<QJsonObject> MeetingProgress::temporaryChair(qint64 person) const
{
    const MeetingRecord::ItemRecord *item = current();
    if (!running() || !item || item->decided)
        return Failure{tr("A temporary chair is chosen for an item being handled in the meeting.")};
    if (item->presiding)
        return Failure{tr("%1 presides over this item; the body chooses a temporary chair only when the chair and "
                          "every vice chair are away or disqualified.").arg(personName(item->presiding))};
    if (!item->presence.entitled.contains(person))
        return Failure{person ? tr("%1 does not take part in this item and cannot preside over it.").arg(personName(person))
                              : tr("Choose the temporary chair among those taking part in this item.")};
    return MeetingEvents::temporaryChair(m_position, person);
}

Result<QJsonObject> MeetingProgress::proposal(ProposalType kind, qint64 by, const QString &text, int divergence) const
{
    const MeetingRecord::ItemRecord *item = current();
    if (!item || !item->presence.entitled.contains(by))
        return Failure{tr("Nobody present may make a proposal in this item.")};
    const QString words = text.trimmed();
    if (words.isEmpty() && (kind == ProposalType::Counter || kind == ProposalType::Rejection))
        return Failure{tr("Write the proposal as it was made; the minutes quote it.")};
    return MeetingEvents::proposal(m_position, proposalId(m_setting.surnames.value(by), item->input.proposals), kind,
                                   by, words, divergence);
}

QString MeetingProgress::proposalToSecond(const QString &selected) const
{
    const MeetingRecord::ItemRecord *item = current();
    if (!item)
        return {};
    const QList<ItemDecision::Proposal> &proposals = item->input.proposals;
    const bool known = std::any_of(proposals.cbegin(), proposals.cend(), [&](const ItemDecision::Proposal &p) {
        return p.id == selected && p.type != ProposalType::Base;
    });
    if (known)
        return selected;
    return proposals.size() > 1 ? proposals.last().id : QString();
}

QList<MeetingProgress::Named> MeetingProgress::possibleSeconders(const QString &proposal) const
{
    const MeetingRecord::ItemRecord *item = current();
    if (!item)
        return {};
    qint64 proposer = 0;
    QList<qint64> seconders;
    for (const ItemDecision::Proposal &p : item->input.proposals) {
        if (p.id == proposal) {
            proposer = p.proposer;
            seconders = p.seconders;
        }
    }
    QList<qint64> persons;
    for (const qint64 id : item->presence.entitled) {
        if (id != proposer && !seconders.contains(id))
            persons.append(id);
    }
    return named(persons);
}

QJsonObject MeetingProgress::second(const QString &proposal, qint64 by) const
{
    return MeetingEvents::second(m_position, proposal, by);
}

Result<QJsonObject> MeetingProgress::amend(const QString &text) const
{
    if (text.trimmed().isEmpty())
        return Failure{tr("Write the text as it was presented; the minutes quote it.")};
    return MeetingEvents::amend(m_position, text.trimmed());
}

Result<QJsonObject> MeetingProgress::withdraw(const QString &chairsProposal) const
{
    if (chairsProposal.trimmed().isEmpty())
        return Failure{tr("Write the text as it was presented; the minutes quote it.")};
    return MeetingEvents::withdraw(m_position, chairsProposal.trimmed());
}

QJsonObject MeetingProgress::noting() const
{
    return MeetingEvents::noting(m_position);
}

Result<QJsonObject> MeetingProgress::disqualification(qint64 person, const QString &ground) const
{
    if (!presentNow().contains(person))
        return Failure{tr("Nobody present to disqualify.")};
    if (ground.trimmed().isEmpty())
        return Failure{tr("Give the ground of the disqualification; the minutes state it.")};
    return MeetingEvents::disqualified({person, m_position, ground.trimmed()});
}

QJsonObject MeetingProgress::dissent(qint64 person, const QString &reasons) const
{
    return MeetingEvents::dissent(m_position, person, reasons.trimmed());
}

QJsonObject MeetingProgress::election(const MeetingRecord::Election &election) const
{
    return MeetingEvents::election(m_position, election);
}

Result<QList<QJsonObject>> MeetingProgress::vote(const QMap<qint64, Voting::Ballot> &ballots) const
{
    const ItemState state = itemState();
    if (!state.record)
        return QList<QJsonObject>{};
    if (!state.problem.isEmpty())
        return Failure{state.problem};
    if (!state.nextVote)
        return QList<QJsonObject>{};
    QList<QJsonObject> events;
    if (!m_dragOrder.isEmpty() && state.nextVote->on.isEmpty() && m_dragOrder != state.record->input.votingOrder)
        events.append(MeetingEvents::order(m_position, m_dragOrder));
    ItemDecision::VoteRecord vote;
    vote.ballots = ballots;
    vote.on = state.nextVote->on;
    events.append(MeetingEvents::vote(m_position, vote));
    return events;
}

QJsonObject MeetingProgress::decision() const
{
    return MeetingEvents::decision(m_position);
}

QString MeetingProgress::personName(qint64 id) const
{
    return m_setting.names.value(id, tr("person %1").arg(id));
}

QList<MeetingProgress::Named> MeetingProgress::named(const QList<qint64> &ids) const
{
    QList<Named> result;
    for (const qint64 id : ids)
        result.append({id, personName(id)});
    return result;
}

QString MeetingProgress::memberLabel(const Attendance::Seat &seat) const
{
    if (seat.member == m_setting.chair)
        return tr("%1 (chair)").arg(personName(seat.member));
    if (m_setting.viceChairs.contains(seat.member))
        return tr("%1 (vice chair)").arg(personName(seat.member));
    return personName(seat.member);
}

QString MeetingProgress::seatStatus(const Attendance::Seat &seat) const
{
    const MeetingRecord::ItemRecord *item = current();
    if (!item)
        return {};
    const Attendance::ItemPresence &presence = item->presence;
    const bool disqualified = presence.disqualified.contains(seat.member);
    if (presence.entitled.contains(seat.member))
        return tr("votes");
    if (seat.deputy && presence.entitled.contains(seat.deputy))
        return disqualified ? tr("disqualified; deputy votes") : tr("deputy votes");
    return disqualified ? tr("disqualified") : tr("seat empty");
}

QString MeetingProgress::quorumText() const
{
    if (!m_previewProblem.isEmpty())
        return tr("Attendance: %1").arg(m_previewProblem);
    const MeetingRecord::ItemRecord *item = current();
    if (!item)
        return {};
    const Quorum &quorum = item->presence.quorum;
    return quorum.reached() ? tr("✔ Quorum: %1 of %2 seats taken, %3 needed. The body has a quorum.")
                                  .arg(quorum.present).arg(quorum.seats).arg(quorum.required)
                            : tr("✖ No quorum: %1 of %2 seats taken, %3 needed. The body cannot decide.")
                                  .arg(quorum.present).arg(quorum.seats).arg(quorum.required);
}

QString MeetingProgress::proposalLabel(const ItemDecision::Input &input, const QString &id) const
{
    if (id == u"continue")
        return tr("Continue with the matter");
    for (const ItemDecision::Proposal &proposal : input.proposals) {
        if (proposal.id != id)
            continue;
        const QString surname = m_setting.surnames.value(proposal.proposer);
        switch (proposal.type) {
        case ProposalType::Base:
            return input.baseWithdrawn ? tr("The chair's proposal") : tr("The base proposal");
        case ProposalType::Counter: return tr("%1's proposal").arg(surname);
        case ProposalType::Rejection: return tr("%1's proposal to reject").arg(surname);
        case ProposalType::Tabling: return tr("%1's proposal to table").arg(surname);
        case ProposalType::Return: return tr("%1's proposal to return").arg(surname);
        }
    }
    return id;
}

QList<MeetingProgress::ProposalRow> MeetingProgress::proposalRows(const ItemState &state) const
{
    QList<ProposalRow> rows;
    if (!state.record)
        return rows;
    for (const ItemDecision::Proposal &proposal : state.input.proposals) {
        QStringList seconders;
        for (const qint64 id : proposal.seconders)
            seconders.append(personName(id));
        const bool base = proposal.type == ProposalType::Base;
        QString text = proposal.text;
        if (base && text.isEmpty())
            text = state.input.baseAmended ? tr("as the agenda, amended: %1").arg(state.input.amendment)
                                           : tr("as the agenda");
        rows.append({proposal.id, proposalLabel(state.input, proposal.id), kindName(proposal.type),
                     proposal.proposer ? personName(proposal.proposer) : QString(),
                     !base && seconders.isEmpty() ? tr("not seconded") : seconders.join(QStringLiteral(", ")), text});
    }
    return rows;
}

QString MeetingProgress::itemStatus(const MeetingRecord::ItemRecord &item) const
{
    if (item.electionResult)
        return item.decided ? tr("elected: %1").arg(item.electionResult->elected.join(QStringLiteral(", ")))
                            : tr("election recorded");
    if (item.decided && item.outcome)
        return tr("decided: %1").arg(outcomeName(item.outcome->kind));
    if (item.outcome && item.outcome->pending)
        return tr("vote pending");
    if (item.handled)
        return tr("in handling");
    return {};
}

QString MeetingProgress::outcomeText(const ItemState &state) const
{
    const MeetingRecord::ItemRecord *item = state.record;
    if (!item || !m_replay.opened)
        return {};
    QString text;
    if (item->electionResult) {
        text = tr("Elected: %1.").arg(item->electionResult->elected.join(QStringLiteral(", ")));
        for (const ::Election::LotDraw &lot : item->electionResult->lots)
            text += QLatin1Char(' ') + tr("A lot between %1 put them in the order %2.")
                                           .arg(lot.tied.join(QStringLiteral(", ")), lot.order.join(QStringLiteral(", ")));
    } else if (state.outcome && !state.outcome->pending) {
        const ItemDecision::Outcome &outcome = *state.outcome;
        text = outcome.adopted.isEmpty()
            ? tr("Outcome: %1.").arg(outcomeName(outcome.kind))
            : tr("Outcome: %1 – %2.").arg(outcomeName(outcome.kind), proposalLabel(state.input, outcome.adopted));
        if (!outcome.lapsed.isEmpty()) {
            QStringList lapsed;
            for (const QString &id : outcome.lapsed)
                lapsed.append(proposalLabel(state.input, id));
            text += QLatin1Char(' ') + tr("Lapsed without seconding: %1.").arg(lapsed.join(QStringLiteral(", ")));
        }
    } else if (state.outcome) {
        text = tr("Votes to come.");
    }
    if (!item->dissents.isEmpty()) {
        QStringList dissenting;
        for (const MeetingRecord::Dissent &d : item->dissents)
            dissenting.append(personName(d.person));
        text += QLatin1Char(' ') + tr("Dissent: %1.").arg(dissenting.join(QStringLiteral(", ")));
    }
    return text;
}

QString MeetingProgress::voteQuestion(const ItemState &state) const
{
    if (!state.nextVote)
        return {};
    const ItemDecision::NextVote &next = *state.nextVote;
    if (!next.on.isEmpty())
        return tr("Procedural vote: %1").arg(proposalLabel(state.input, next.on));
    const int rounds = int(state.outcome->order.size()) - 1;
    return tr("Round %1 of %2: %3 against %4")
        .arg(next.round)
        .arg(rounds)
        .arg(proposalLabel(state.input, next.yesProposal), proposalLabel(state.input, next.noProposal));
}

Voting::MajorityRule MeetingProgress::voteRule(const ItemState &state) const
{
    const Voting::MajorityRule &majority = state.input.majority;
    if (!state.nextVote || majority.isSimple() || !state.nextVote->on.isEmpty()
        || (majority.proposal != state.nextVote->yesProposal && majority.proposal != state.nextVote->noProposal))
        return {};
    Voting::MajorityRule rule = majority;
    rule.proposal = majority.proposal == state.nextVote->yesProposal ? QStringLiteral("yes") : QStringLiteral("no");
    return rule;
}

QString MeetingProgress::noVoteReason(const ItemState &state) const
{
    const MeetingRecord::ItemRecord *item = state.record;
    if (!item)
        return {};
    if (!m_replay.opened)
        return tr("Votes are taken once the meeting is opened.");
    if (item->election)
        return tr("An election is recorded with its own votes.");
    if (item->decided)
        return tr("The item is decided.");
    return state.problem.isEmpty() ? tr("No vote is waiting.") : state.problem;
}

MeetingProgress::Texts MeetingProgress::preview(Language language) const
{
    const MeetingRecord::ItemRecord *item = current();
    if (!m_replay.opened || !item || item->decided
        || !(item->electionResult || (item->outcome && !item->outcome->pending)))
        return {};
    const ProceedingsText::Names names = MeetingSession::names(m_setting, language);
    Texts texts;
    if (const auto decision = MeetingSession::decisionText(*item, names, language))
        texts.decision = QStringLiteral("<p>%1</p>").arg(decision->toHtmlEscaped());
    if (const QString proceedings = MeetingSession::proceedingsText(*item, names, language); !proceedings.isEmpty())
        texts.proceedings = RichText::fromPlainText(proceedings);
    return texts;
}

QString MeetingProgress::kindName(ProposalType type)
{
    switch (type) {
    case ProposalType::Base: return tr("base proposal");
    case ProposalType::Counter: return tr("counter-proposal");
    case ProposalType::Rejection: return tr("rejection");
    case ProposalType::Tabling: return tr("tabling");
    case ProposalType::Return: return tr("return for preparation");
    }
    return {};
}

QString MeetingProgress::outcomeName(ItemDecision::OutcomeKind kind)
{
    switch (kind) {
    case ItemDecision::OutcomeKind::AdoptedAsProposed: return tr("adopted as proposed");
    case ItemDecision::OutcomeKind::AdoptedAmended: return tr("adopted as amended");
    case ItemDecision::OutcomeKind::AdoptedCounter: return tr("adopted per a counter-proposal");
    case ItemDecision::OutcomeKind::Rejected: return tr("rejected");
    case ItemDecision::OutcomeKind::Tabled: return tr("tabled");
    case ItemDecision::OutcomeKind::Returned: return tr("returned for preparation");
    case ItemDecision::OutcomeKind::Noted: return tr("noted");
    }
    return {};
}

Result<QList<MeetingRecord::OtherAttendee>> MeetingProgress::expectedOthers(const Store &store, const Meeting &meeting,
                                                                            Language language)
{
    const auto memberships = store.memberships(meeting.bodyId);
    if (!memberships)
        return Failure{memberships.error()};
    const auto invitees = store.invitees(meeting.id);
    if (!invitees)
        return Failure{invitees.error()};
    const QDate day = meeting.plannedStart.date();
    QList<Membership> officials;
    QList<qint64> ids;
    for (const Membership &membership : *memberships) {
        if (membership.isValidOn(day)
            && (membership.role == MembershipRole::Presenter || membership.role == MembershipRole::Secretary)) {
            officials.append(membership);
            ids.append(membership.personId);
        }
    }
    for (const Invitee &invitee : *invitees) {
        if (invitee.personId)
            ids.append(invitee.personId);
    }
    const auto persons = store.persons(ids);
    if (!persons)
        return Failure{persons.error()};
    auto nameOf = [&](qint64 id, const QString &otherwise) {
        const auto person = persons->constFind(id);
        return person == persons->cend() ? otherwise : person->displayName();
    };

    const bool swedish = language == Language::Swedish;
    QList<MeetingRecord::OtherAttendee> others;
    for (const Membership &official : std::as_const(officials)) {
        if (!persons->contains(official.personId))
            continue;
        const QString role = official.role == MembershipRole::Presenter
            ? (swedish ? QStringLiteral("föredragande") : QStringLiteral("esittelijä"))
            : (swedish ? QStringLiteral("protokollförare") : QStringLiteral("pöytäkirjanpitäjä"));
        others.append({nameOf(official.personId, QString()), role});
    }
    for (const Invitee &invitee : *invitees)
        others.append({nameOf(invitee.personId, invitee.name), invitee.role});
    return others;
}
