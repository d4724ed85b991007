#pragma once

#include "itemdecision.h"
#include "meetingrecord.h"

#include "model/codes.h"
#include "model/result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QDateTime>

#include <optional>
#include <utility>

class Store;
struct Meeting;

// A meeting as it is run, step by step: the record replayed, the attendance
// ticked before the opening, the item being handled, and the voting order
// the chair changes before the first vote. It says what can be recorded now,
// makes the events for it from what the secretary gives (checked first, so
// that a form can say what is missing), and puts what the record says into
// words. The meeting console asks it; it records nothing itself: the events
// go to MeetingSession::record, and the new record comes back through
// setRecord.
class MeetingProgress
{
    Q_DECLARE_TR_FUNCTIONS(MeetingProgress)

public:
    using Named = std::pair<qint64, QString>; // a person's id and full name

    // Where the item being handled stands, and what may be recorded in it now.
    struct ItemState
    {
        const MeetingRecord::ItemRecord *record = nullptr; // none while there is no item
        ItemDecision::Input input;                  // as recorded, in the order the chair dragged
        std::optional<ItemDecision::Outcome> outcome; // none for an election or a record that cannot be decided
        QString problem;                            // why the outcome cannot be computed
        std::optional<ItemDecision::NextVote> nextVote;
        bool open = false;          // the meeting runs and the item is not decided
        bool canPropose = false;    // proposals, secondings, the base proposal's changes: before the vote
        bool canReorder = false;    // the voting order, until its first vote
        bool canDisqualify = false;
        bool canDissent = false;
        bool canElect = false;
        bool canDecide = false;
    };

    // A proposal in words, as the console lists it.
    struct ProposalRow
    {
        QString id;
        QString label;     // "Virtasen ehdotus" in the user's language
        QString kind;
        QString proposer;
        QString seconders; // or "not seconded"
        QString text;
    };

    // The decision and proceedings as recording the decision writes them,
    // in the store's rich text.
    struct Texts
    {
        QString decision;
        QString proceedings;
    };

    // The body and the record as they stand now. The ticks before the
    // opening and the item being handled are kept; a dragged voting order is
    // dropped once its item is voted on or its proposals no longer fit it.
    void setRecord(const MeetingRecord::Setting &setting, const MeetingRecord::Replay &replay);
    // Continues where the record left off: before the opening every member
    // is ticked present (most members come); after it, the first item not
    // yet decided is the one handled.
    void resume();

    const MeetingRecord::Setting &setting() const { return m_setting; }
    const MeetingRecord::Replay &replay() const { return m_replay; }
    // The record shown: the recorded one, or before the opening what the
    // ticked attendance would give.
    const MeetingRecord::Replay &shown() const { return m_replay.opened ? m_replay : m_preview; }
    bool running() const { return m_replay.opened && !m_replay.closed; }

    // Attendance. Before the opening the ticks say who is present, and who
    // of them takes part by a remote connection (kuntalaki 99 §); clearing
    // someone's presence clears their remote connection too.
    void tick(qint64 person, bool present);
    void tickRemote(qint64 person, bool remote);
    QSet<qint64> presentNow() const;
    // Those present now who take part by a remote connection.
    QSet<qint64> remoteNow() const;
    // Who takes a seat now: its member when present, else its deputy when
    // present; 0 while the seat is empty.
    qint64 holder(const Attendance::Seat &seat) const;
    // Those with a seat, members and deputies, who are not present now and
    // may arrive.
    QList<Named> absentPersons() const;
    // Everyone present now, members and deputies, in the order of the seats.
    QList<qint64> presentPersons() const;
    int seatsTaken() const;

    // The item being handled, by agenda position (from 1; 0 while the agenda
    // is empty). Changing it drops a dragged voting order.
    int position() const { return m_position; }
    bool setPosition(int position);
    const MeetingRecord::ItemRecord *current() const;
    // The item an arrival or departure now happens during: after the current
    // item's decision, the next undecided one, so that a move cannot change
    // a decision taken.
    int movePosition() const;
    // The agenda positions without a recorded decision.
    QList<int> undecided() const;
    ItemState itemState() const;

    // Who presides over the current item: the chair, else the first vice
    // chair taking part, else the temporary chair recorded; 0 for no one.
    qint64 presiding() const;
    // Neither the chair nor a vice chair can preside over the current item,
    // which is open, and no temporary chair is recorded for it.
    bool needsTemporaryChair() const;
    // Who presides, in words, or that a temporary chair is to be chosen.
    QString presidingText() const;

    // The voting order as the chair drags it, checked against the proposals.
    Status dragOrder(const QStringList &order);
    bool orderDragged() const { return !m_dragOrder.isEmpty(); }
    // The vote was recorded (with the dragged order, when there was one).
    void voteRecorded() { m_dragOrder.clear(); }

    // The events of what happens now. Those that can be refused before they
    // are recorded say why, in words a form can show.
    Result<QList<QJsonObject>> opening(const QDateTime &at, const QList<MeetingRecord::OtherAttendee> &others) const;
    // A warning when the meeting would open `at` on another day than the
    // planned one, naming both days; empty on the planned day.
    QString openingDayWarning(const QDateTime &at) const;
    // An arrival (by a remote connection when `remote`) or a departure, at
    // movePosition().
    QJsonObject move(qint64 person, bool arrives, QTime at, bool remote = false) const;
    // Someone present changes to a remote connection or back to the meeting
    // room, at movePosition().
    Result<QJsonObject> participation(qint64 person, bool remote, QTime at) const;
    // The body chose `person`, who takes part in the current item, to
    // preside over it.
    Result<QJsonObject> temporaryChair(qint64 person) const;
    Result<QJsonObject> proposal(ProposalType kind, qint64 by, const QString &text, int divergence) const;
    // The proposal a seconding is for: the one selected, or the latest when
    // the base proposal or nothing is selected; empty when there is none.
    QString proposalToSecond(const QString &selected) const;
    // Who may second a proposal: those entitled, but not its proposer or
    // those who seconded it already.
    QList<Named> possibleSeconders(const QString &proposal) const;
    QJsonObject second(const QString &proposal, qint64 by) const;
    Result<QJsonObject> amend(const QString &text) const;
    Result<QJsonObject> withdraw(const QString &chairsProposal) const;
    QJsonObject noting() const;
    Result<QJsonObject> disqualification(qint64 person, const QString &ground) const;
    QJsonObject dissent(qint64 person, const QString &reasons) const;
    QJsonObject election(const MeetingRecord::Election &election) const;
    // The vote waiting, with every ballot: preceded by the order event when
    // the chair changed the order before the first vote on the substance.
    // Empty when no vote is waiting.
    Result<QList<QJsonObject>> vote(const QMap<qint64, Voting::Ballot> &ballots) const;
    QJsonObject decision() const;

    // What the record says, in words.
    QString personName(qint64 id) const;
    QList<Named> named(const QList<qint64> &ids) const;
    // A seat's member, with "(chair)" or "(vice chair)".
    QString memberLabel(const Attendance::Seat &seat) const;
    // How a seat takes part in the current item: "votes", "deputy votes",
    // "disqualified", "seat empty".
    QString seatStatus(const Attendance::Seat &seat) const;
    // The quorum of the current item, or why the ticked attendance is impossible.
    QString quorumText() const;
    QString proposalLabel(const ItemDecision::Input &input, const QString &id) const;
    QList<ProposalRow> proposalRows(const ItemState &state) const;
    // The state of an item on the agenda: "decided: tabled", "vote pending"…
    QString itemStatus(const MeetingRecord::ItemRecord &item) const;
    QString outcomeText(const ItemState &state) const;
    // The vote waiting: its question ("Round 1 of 2: …"), the qualified
    // majority as the side ("yes" or "no") that needs it, and why no vote
    // waits when none does.
    QString voteQuestion(const ItemState &state) const;
    Voting::MajorityRule voteRule(const ItemState &state) const;
    QString noVoteReason(const ItemState &state) const;
    // What recording the current item's decision would write, for a preview;
    // empty texts while there is nothing to decide.
    Texts preview(Language language) const;

    static QString kindName(ProposalType type);
    static QString outcomeName(ItemDecision::OutcomeKind kind);

    // Who attends without a seat as the meeting is convened: the body's
    // presenters and secretaries, and those invited, with their roles.
    static Result<QList<MeetingRecord::OtherAttendee>> expectedOthers(const Store &store, const Meeting &meeting,
                                                                      Language language);

private:
    QJsonObject attendance(const QList<MeetingRecord::OtherAttendee> &others) const;
    void updatePreview();
    void keepDraggedOrder();

    MeetingRecord::Setting m_setting;
    MeetingRecord::Replay m_replay;
    MeetingRecord::Replay m_preview;  // before the opening
    QString m_previewProblem;
    QSet<qint64> m_ticked;            // present, before the opening
    QSet<qint64> m_remoteTicked;      // of them, by a remote connection
    int m_position = 0;
    QStringList m_dragOrder;          // the order as dragged, before the first vote
};
