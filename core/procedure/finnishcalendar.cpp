#include "finnishcalendar.h"

namespace FinnishCalendar {

QDate easterSunday(int year)
{
    const int a = year % 19;
    const int b = year / 100;
    const int c = year % 100;
    const int d = b / 4;
    const int e = b % 4;
    const int f = (b + 8) / 25;
    const int g = (b - f + 1) / 3;
    const int h = (19 * a + b - d - g + 15) % 30;
    const int i = c / 4;
    const int k = c % 4;
    const int l = (32 + 2 * e + 2 * i - h - k) % 7;
    const int m = (a + 11 * h + 22 * l) / 451;
    const int month = (h + l - 7 * m + 114) / 31;
    const int dayOfMonth = (h + l - 7 * m + 114) % 31 + 1;
    return QDate(year, month, dayOfMonth);
}

namespace {

enum class Holiday {
    None, NewYear, Epiphany, GoodFriday, Easter, EasterMonday, MayDay, Ascension, Pentecost, MidsummerEve,
    Midsummer, AllSaints, Independence, ChristmasEve, Christmas, BoxingDay
};

Holiday holidayOn(const QDate &day)
{
    if (!day.isValid())
        return Holiday::None;
    const int month = day.month();
    const int dayOfMonth = day.day();
    const int weekday = day.dayOfWeek();
    switch (month * 100 + dayOfMonth) {
    case 101: return Holiday::NewYear;
    case 106: return Holiday::Epiphany;
    case 501: return Holiday::MayDay;
    case 1206: return Holiday::Independence;
    case 1224: return Holiday::ChristmasEve;
    case 1225: return Holiday::Christmas;
    case 1226: return Holiday::BoxingDay;
    default: break;
    }
    // Midsummer Eve is the Friday and Midsummer Day the Saturday between
    // 19 and 26 June; All Saints' Day the Saturday from 31 October to 6 November.
    if (month == 6 && weekday == 5 && dayOfMonth >= 19 && dayOfMonth <= 25)
        return Holiday::MidsummerEve;
    if (month == 6 && weekday == 6 && dayOfMonth >= 20 && dayOfMonth <= 26)
        return Holiday::Midsummer;
    if (weekday == 6 && ((month == 10 && dayOfMonth == 31) || (month == 11 && dayOfMonth <= 6)))
        return Holiday::AllSaints;
    switch (easterSunday(day.year()).daysTo(day)) {
    case -2: return Holiday::GoodFriday;
    case 0: return Holiday::Easter;
    case 1: return Holiday::EasterMonday;
    case 39: return Holiday::Ascension;
    case 49: return Holiday::Pentecost;
    default: return Holiday::None;
    }
}

} // namespace

QString holidayName(const QDate &day, Language language)
{
    struct Names
    {
        Holiday holiday;
        const char16_t *finnish;
        const char16_t *swedish;
    };
    static const Names names[] = {
        {Holiday::NewYear, u"uudenvuodenpäivä", u"nyårsdagen"},
        {Holiday::Epiphany, u"loppiainen", u"trettondagen"},
        {Holiday::GoodFriday, u"pitkäperjantai", u"långfredagen"},
        {Holiday::Easter, u"pääsiäispäivä", u"påskdagen"},
        {Holiday::EasterMonday, u"toinen pääsiäispäivä", u"annandag påsk"},
        {Holiday::MayDay, u"vappu", u"första maj"},
        {Holiday::Ascension, u"helatorstai", u"Kristi himmelsfärdsdag"},
        {Holiday::Pentecost, u"helluntaipäivä", u"pingstdagen"},
        {Holiday::MidsummerEve, u"juhannusaatto", u"midsommarafton"},
        {Holiday::Midsummer, u"juhannuspäivä", u"midsommardagen"},
        {Holiday::AllSaints, u"pyhäinpäivä", u"alla helgons dag"},
        {Holiday::Independence, u"itsenäisyyspäivä", u"självständighetsdagen"},
        {Holiday::ChristmasEve, u"jouluaatto", u"julafton"},
        {Holiday::Christmas, u"joulupäivä", u"juldagen"},
        {Holiday::BoxingDay, u"tapaninpäivä", u"annandag jul"},
    };
    const Holiday holiday = holidayOn(day);
    for (const Names &entry : names) {
        if (entry.holiday == holiday)
            return QString::fromUtf16(language == Language::Swedish ? entry.swedish : entry.finnish);
    }
    return {};
}

bool isNonWorkingDay(const QDate &day)
{
    return day.dayOfWeek() >= 6 || holidayOn(day) != Holiday::None;
}

QDate workingDayOnOrAfter(const QDate &day)
{
    QDate result = day;
    while (isNonWorkingDay(result))
        result = result.addDays(1);
    return result;
}

} // namespace FinnishCalendar
