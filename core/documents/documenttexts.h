#pragma once

#include "model/codes.h"

#include <QHash>
#include <QString>

class QDate;
class QLocale;
class QTime;
struct Meeting;

// The fixed texts of a meeting's documents — agenda, minutes, extract and the
// plain-text agenda — in Finnish and Swedish, as municipal documents word
// them. What stands in for withheld content is the disclosure policy's
// (PublicView); the appeal instructions are in
// resources/templates/appeal-instructions.json.
struct DocumentTexts
{
    QString agendaKind, minutesKind, extractKind;      // the page header, upper case
    QString agendaTitle, minutesTitle, extractTitle;
    QString agendaFile, minutesFile, extractFile;      // ASCII, for file names
    QString publicNote;
    QString time, place, mode, clock;
    QHash<MeetingMode, QString> modes;
    QString members, memberColumn, deputyColumn, othersInvited;
    QString chair, viceChair, member, deputy, secretary, presenter;
    QString present, absent, othersPresent, name, role, notes, arrived, left;
    QString legality, quorum, quorumReached, quorumNotReached, itemWithoutQuorum;
    QString handled, signatures, checking, checkers, checkedOn, notCheckedYet, placeAndDate;
    QString publication, publishedOn, toBePublished;
    QString contents, section, number, matter, page, appealInstructions;
    QString caseReference, preparer, presenterLabel, proposal, proceedings, decision;
    QString disqualification, disqualified, vote, voteCaption, proceduralCaption, total, result, chairsVote;
    QString qualifiedNotReached, election, candidate, votes, list, comparison, elected, lot;
    QString candidatesCaption, comparisonCaption;
    QString dissent, dissentWithReasons, dissentWithout, attachments, recipients;
    QString certification, yes, no, blank, absentBallot, notHeld;
    QString subjectAgenda, subjectMinutes, subjectExtract, keywordAgenda, keywordMinutes, keywordExtract;
    QString signaturesHeading, signaturesText, checkersPlural, checker;
    // The plain-text agenda (AgendaText).
    QString state, noItems;
    QHash<MeetingState, QString> states;
    // A vote on tabling or return: JAA continues, EI is the proposal.
    QString continuing, onTabling, onReturn, proceduralResult, continues, tabledResult, returnedResult;
    // Who presided over an item other than the meeting's chair, and the
    // chair's signature with the § numbers they presided over.
    QString presidedVice, presidedTemporary, chairOfSections;
    // How members take part: by remote connection or in the meeting room.
    QString remote, arrivedRemote, switchedRemote, switchedRoom;
    // One other than the chair presided over the whole meeting.
    QString presidedMeetingVice, presidedMeetingTemporary;
    // A cancelled meeting: "Kokous on peruttu: %1" with the reason.
    QString cancelled;
    // The handlings of the item's case before it: "Aikaisempi käsittely".
    QString earlierHandling;

    // The texts in `language`.
    static const DocumentTexts &of(Language language);

    // A membership's role as the documents name it: "puheenjohtaja", "varajäsen".
    QString roleName(MembershipRole role) const;

    // When the meeting is, or was, held: the real start and end once it has
    // been opened, else the planned ones. "maanantaina 23.11.2026 klo
    // 16.03–18.02" (a weekday `weekday` as QLocale formats it, "dddd" or
    // "ddd"); a meeting past midnight names the day it ended: "… klo 23.30 –
    // 15.12.2026 klo 0.20".
    QString meetingTime(const Meeting &meeting, const QLocale &locale, const QString &weekday) const;

    // A day and a clock time as the documents write them, in either
    // language: "5.12.2026", "16.03".
    static QString day(const QDate &date);
    static QString clockTime(const QTime &time);
    // Their forms, for QDate::toString and date fields: "d.M.yyyy", "H.mm".
    static QString dayFormat();
    static QString clockFormat();
};
