#include "appeal.h"

#include "finnishcalendar.h"

#include <QCoreApplication>

namespace Appeal {

namespace {

// A member of the municipality is deemed to have received notice of a
// decision seven days after the minutes were published (kuntalaki 140 §).
constexpr int daysToNotification = 7;

// A period of `days` from the day after `notified`, ending on a working day.
void setLastDay(Deadline &result, const QDate &notified, int days)
{
    result.notified = notified;
    result.periodDays = days;
    // The day of notification is not counted: a 14-day period notified on
    // the 1st ends on the 15th.
    const QDate end = notified.addDays(days);
    result.lastDay = FinnishCalendar::workingDayOnOrAfter(end);
    result.moved = result.lastDay != end;
}

QString notAppealable()
{
    return QCoreApplication::translate("Appeal", "A preparatory or enforcement decision cannot be appealed, so it has "
                                                 "no appeal period.");
}

} // namespace

int periodDays(AppealKind kind)
{
    switch (kind) {
    case AppealKind::Rectification:
    case AppealKind::Procurement:
        return 14;
    case AppealKind::MunicipalAppeal:
    case AppealKind::AdministrativeAppeal:
        return 30;
    case AppealKind::NotAppealable:
        return 0;
    }
    return 0;
}

Result<Deadline> deadline(AppealKind kind, const QDate &published)
{
    const int days = periodDays(kind);
    if (days == 0)
        return Failure{notAppealable()};
    // Only a party may seek hankintaoikaisu or appeal to the market court,
    // and its period starts when the decision is served on it.
    if (kind == AppealKind::Procurement)
        return Failure{QCoreApplication::translate("Appeal", "The %1-day period of a procurement decision runs from the "
                                                             "day a party is notified of the decision with its "
                                                             "instructions (hankintalaki 132 § and 147 §), not from "
                                                             "the publication of the minutes, so no last day follows "
                                                             "from a publication date.")
                           .arg(days)};
    if (!published.isValid())
        return Failure{QCoreApplication::translate("Appeal", "The publication date is not a valid date.")};
    Deadline result;
    result.published = published;
    setLastDay(result, published.addDays(daysToNotification), days);
    return result;
}

QDate notifiedOn(SendMethod method, const QDate &sent)
{
    return sent.addDays(method == SendMethod::Letter ? 7 : 3);
}

Result<Deadline> partyDeadline(AppealKind kind, SendMethod method, const QDate &sent)
{
    const int days = periodDays(kind);
    if (days == 0)
        return Failure{notAppealable()};
    if (!sent.isValid())
        return Failure{QCoreApplication::translate("Appeal", "The day the extract was sent is not a valid date.")};
    Deadline result;
    result.sent = sent;
    setLastDay(result, notifiedOn(method, sent), days);
    return result;
}

std::optional<AppealKind> parseKind(const QString &text)
{
    const QString key = text.trimmed().toLower();
    if (const auto kind = Codes::parse<AppealKind>(key))
        return kind;
    if (key == u"oikaisuvaatimus")
        return AppealKind::Rectification;
    if (key == u"kunnallisvalitus")
        return AppealKind::MunicipalAppeal;
    if (key == u"hallintovalitus")
        return AppealKind::AdministrativeAppeal;
    if (key == u"hankintaoikaisu")
        return AppealKind::Procurement;
    if (key == u"ei-muutoksenhakua" || key == u"none")
        return AppealKind::NotAppealable;
    return std::nullopt;
}

} // namespace Appeal
