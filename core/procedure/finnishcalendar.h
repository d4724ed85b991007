#pragma once

#include <QDate>
#include <QString>

#include "model/codes.h"

// Finnish public holidays and the days on which a time limit cannot end
// (laki säädettyjen määräaikain laskemisesta 150/1930, 5 §).
namespace FinnishCalendar {

// Easter Sunday of a Gregorian year (the anonymous Gregorian algorithm).
QDate easterSunday(int year);

// The name of the public holiday on that day, or empty. The
// holidays are New Year's Day, Epiphany, Good Friday, Easter Sunday and
// Monday, May Day, Ascension Day, Pentecost, Midsummer Eve and Day, All
// Saints' Day, Independence Day, Christmas Eve, Christmas Day and Boxing Day.
QString holidayName(const QDate &day, Language language = Language::Finnish);

// Whether a time limit ending on this day moves to the next working day:
// Saturdays, Sundays and the holidays above.
bool isNonWorkingDay(const QDate &day);

// The day itself when it is a working day, else the next working day.
QDate workingDayOnOrAfter(const QDate &day);

} // namespace FinnishCalendar
