#pragma once

#include "codes.h"
#include "legalbasis.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>

class QJsonObject;

// A case's diary number (diaarinumero) as the case register gives it:
// "198/00.01.01/2026", the running number of the organisation's year, the
// task class and the year, with an optional registry prefix ("KUNTA:") that
// is kept as written. The number never changes once the case is opened,
// even when the case is later given another task class.
struct DiaryNumber
{
    QString prefix;               // "KUNTA:", or empty
    int number = 0;               // from 1, one sequence per year
    QString taskClass;            // "00.01.01"
    int year = 0;

    // Reads "[PREFIX:]N/TT.TT.TT/YYYY"; none when the text is not one. The
    // task class has one to four two-digit parts.
    static std::optional<DiaryNumber> parse(const QString &text);
    // Whether `code` is a task class code: one to four two-digit parts
    // separated by dots ("00", "00.01", "00.01.01", "00.01.01.02").
    static bool isTaskClassCode(const QString &code);
    QString toString() const;
    bool isValid() const { return number > 0 && year > 0 && isTaskClassCode(taskClass); }
    bool operator==(const DiaryNumber &other) const
    {
        return prefix == other.prefix && number == other.number && taskClass == other.taskClass && year == other.year;
    }
};

// A class of the task classification of the information management plan
// (tiedonohjaussuunnitelma, structured as JHS 191 says): what its records
// are, how long they are kept, whether they are public by default and
// whether they hold personal data.
struct TaskClass
{
    qint64 id = 0;
    QString code;                   // "00.01.01"; unique
    QString name;                   // "Kunnan strategia"
    std::optional<int> retentionYears; // none: kept permanently
    Publicity publicity = Publicity::Public; // the default of its cases
    LegalBasis confidentialityBasis; // required unless public
    bool personalData = false;

    bool permanent() const { return !retentionYears.has_value(); }
};

// A party of a case: a person or an organisation, with its role in the
// case ("hakija", "asianosainen") and how it is reached.
struct CaseParty
{
    QString name;
    PartyKind kind = PartyKind::Person;
    QString role;
    QString contact;              // postal address or e-mail, as letters use it

    // As the store, the interchange and pykala-cli's JSON write it: name,
    // kind ("person", "organisation"), role and contact, trimmed.
    QJsonObject toJson() const;
    static CaseParty fromJson(const QJsonObject &object);
};

// A case of the case register (asia, ärende): one matter from its opening to
// its closing, handled by one or more bodies at their meetings; each
// handling is an agenda item that belongs to the case.
struct Case
{
    qint64 id = 0;
    DiaryNumber diaryNumber;      // number 0: the register gives the next
    QString title;
    qint64 taskClassId = 0;
    Publicity publicity = Publicity::Public;
    LegalBasis confidentialityBasis; // required unless public
    std::optional<int> secrecyYears; // how long it stays secret, when not public
    QList<CaseParty> parties;
    qint64 preparerPersonId = 0;  // the preparer in charge; 0 when none
    CaseState state = CaseState::Initiated;
    QDate initiated;              // the day it was opened
    QDate decided;
    QDate implemented;
    QDate closed;
    // The day its records were destroyed when its retention period had run
    // (Store::destroyCaseRecords): its parties and extracts sent are gone,
    // its register entry and its items stay. Set only by destroying.
    QDate destroyed;

    // The day the case reached a state, for the states that have one
    // (decided, implemented, closed); null for the others.
    QDate *stateDay(CaseState reached);
};

// One handling of a case at a meeting: the agenda item, with where and when
// it was handled. What the case view lists, and what "earlier handling"
// prints in a later item.
struct CaseHandling
{
    qint64 itemId = 0;
    qint64 meetingId = 0;
    qint64 bodyId = 0;
    QString bodyName;
    QString meetingReference;     // "KH 12/2026"
    QDate day;                    // the meeting's day
    MeetingState meetingState = MeetingState::Planned;
    std::optional<int> sectionNumber;
    QString title;
    QString proposal;             // rich text, as the item holds it
    QString decision;
    Publicity publicity = Publicity::Public;
    std::optional<Language> language; // the item's own, if it has one
};

// An extract of a decision sent to a party or an authority: who it went to,
// how and on which day; when the recipient is deemed notified follows from
// these (Appeal::notifiedOn). Kept as recorded, never changed.
struct ExtractSent
{
    qint64 id = 0;
    qint64 itemId = 0;
    QString recipient;
    QString address;
    SendMethod method = SendMethod::Letter;
    QDate sent;
    QDateTime recordedAt;
};

// What the retention rules say of a case: when its records may be destroyed
// (never, when its class is permanent).
struct RetentionEntry
{
    qint64 caseId = 0;
    DiaryNumber diaryNumber;
    QString title;
    QString taskClass;            // code
    std::optional<int> retentionYears;
    QDate closed;
    QDate destroyableFrom;        // invalid when kept permanently

    // The retention rule (JHS 191): the period runs from the end of the year
    // the case was closed, so its records may be destroyed from 1 January
    // after it. Invalid for a permanent class or a case not closed.
    static QDate destroyableFromDay(const QDate &closed, std::optional<int> retentionYears);
};

// What destroying a case's records removed.
struct CaseDestruction
{
    int parties = 0;
    int extractsSent = 0;
};
