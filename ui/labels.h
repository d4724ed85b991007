#pragma once

#include "model/codes.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

// The client's names for the domain's closed vocabularies, in the user's
// language.
namespace Labels {

// Dates and times as the documents write them (DocumentTexts), in every
// language of the user interface: "14.12.2026", "16.00", and a moment
// "14.12.2026 klo 16.00" ("kl." in Swedish, "at" in English).
QString day(const QDate &date);
QString clock(const QTime &time);
QString moment(const QDateTime &dateTime);
// The same forms for date and time fields (QDateTimeEdit::setDisplayFormat).
QString dayFormat();
QString momentFormat();

QString publicity(Publicity value);
QString appealKind(AppealKind value);
QString meetingState(MeetingState value);
QString meetingMode(MeetingMode value);
// A login's role in a store on a server (StoreLogin::role's code).
QString storeRole(const QString &code);
// The register's vocabularies.
QString bodyKind(BodyKind value);
QString quorumRule(QuorumRule value);
QString sectionNumbering(SectionNumbering value);
QString membershipRole(MembershipRole value);
QString language(Language value);
// The case register's.
QString caseState(CaseState value);
QString sendMethod(SendMethod value);
QString partyKind(PartyKind value);
// "Secretary, minute-checkers, chair": a body's signing order in words.
QString signingOrder(const QStringList &order);
// The administrative court of a code of administrativeCourts()
// ("ita-suomi": Eastern Finland Administrative Court); the code itself
// when it is none of them.
QString administrativeCourt(const QString &code);

} // namespace Labels
