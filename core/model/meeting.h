#pragma once

#include "codes.h"

#include <QDateTime>
#include <QString>

// One meeting of a body. Meetings are numbered per body per year: "KH 12/2026".
struct Meeting
{
    qint64 id = 0;
    qint64 bodyId = 0;
    int year = 0;
    int number = 0;
    QDateTime plannedStart;       // local wall-clock time of the municipality
    QDateTime plannedEnd;         // may be null
    QDateTime actualStart;        // null until the meeting is opened
    QDateTime actualEnd;
    QString place;
    MeetingMode mode = MeetingMode::InPerson;
    MeetingState state = MeetingState::Planned;
    QDate minutesChecked;         // the day the minute-checkers checked the minutes
    QDate minutesPublished;       // the day the minutes go to the public data network
    QDate convened;               // the day the invitation went out; null until convened
    QString cancellationReason;   // why it was cancelled; set exactly when cancelled
};
