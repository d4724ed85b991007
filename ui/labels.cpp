#include "labels.h"

#include "documents/documenttexts.h"

#include <QCoreApplication>

namespace Labels {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Labels", text);
}

} // namespace

QString day(const QDate &date)
{
    return DocumentTexts::day(date);
}

QString clock(const QTime &time)
{
    return DocumentTexts::clockTime(time);
}

QString moment(const QDateTime &dateTime)
{
    return tr("%1 at %2").arg(day(dateTime.date()), clock(dateTime.time()));
}

QString dayFormat()
{
    return DocumentTexts::dayFormat();
}

QString momentFormat()
{
    return DocumentTexts::dayFormat() + QLatin1Char(' ') + DocumentTexts::clockFormat();
}

QString publicity(Publicity value)
{
    switch (value) {
    case Publicity::Public: return tr("Public");
    case Publicity::Confidential: return tr("Confidential");
    case Publicity::PartlyConfidential: return tr("Partly confidential");
    }
    return {};
}

QString caseState(CaseState value)
{
    switch (value) {
    case CaseState::Initiated: return tr("Initiated");
    case CaseState::InPreparation: return tr("In preparation");
    case CaseState::Decided: return tr("Decided");
    case CaseState::Implemented: return tr("Implemented");
    case CaseState::Closed: return tr("Closed");
    }
    return {};
}

QString sendMethod(SendMethod value)
{
    switch (value) {
    case SendMethod::Letter: return tr("Letter");
    case SendMethod::Email: return tr("E-mail");
    case SendMethod::ElectronicService: return tr("Electronic service");
    }
    return {};
}

QString partyKind(PartyKind value)
{
    switch (value) {
    case PartyKind::Person: return tr("Person");
    case PartyKind::Organisation: return tr("Organisation");
    }
    return {};
}

QString appealKind(AppealKind value)
{
    switch (value) {
    case AppealKind::Rectification: return tr("Request for rectification");
    case AppealKind::MunicipalAppeal: return tr("Municipal appeal");
    case AppealKind::AdministrativeAppeal: return tr("Administrative appeal");
    case AppealKind::Procurement: return tr("Procurement rectification and appeal");
    case AppealKind::NotAppealable: return tr("Not appealable");
    }
    return {};
}

QString meetingState(MeetingState value)
{
    switch (value) {
    case MeetingState::Planned: return tr("planned");
    case MeetingState::Convened: return tr("convened");
    case MeetingState::InProgress: return tr("in progress");
    case MeetingState::Closed: return tr("closed");
    case MeetingState::MinutesChecked: return tr("minutes checked");
    case MeetingState::Cancelled: return tr("cancelled");
    }
    return {};
}

QString storeRole(const QString &code)
{
    if (code == u"administrator")
        return tr("administrator");
    if (code == u"registry")
        return tr("registry");
    if (code == u"secretary")
        return tr("secretary");
    if (code == u"presenter")
        return tr("presenter");
    if (code == u"member")
        return tr("member");
    if (code == u"public")
        return tr("public reader");
    return code;
}

QString meetingMode(MeetingMode value)
{
    switch (value) {
    case MeetingMode::InPerson: return tr("In person");
    case MeetingMode::Remote: return tr("Electronic meeting");
    case MeetingMode::Hybrid: return tr("Hybrid meeting");
    case MeetingMode::ElectronicProcedure: return tr("Electronic decision procedure");
    }
    return {};
}

QString bodyKind(BodyKind value)
{
    switch (value) {
    case BodyKind::Council: return tr("Council");
    case BodyKind::Board: return tr("Executive board");
    case BodyKind::Committee: return tr("Committee");
    case BodyKind::Section: return tr("Section");
    }
    return {};
}

QString quorumRule(QuorumRule value)
{
    switch (value) {
    case QuorumRule::TwoThirds: return tr("Two thirds of the members present");
    case QuorumRule::MoreThanHalf: return tr("More than half of the members present");
    }
    return {};
}

QString sectionNumbering(SectionNumbering value)
{
    switch (value) {
    case SectionNumbering::Yearly: return tr("From 1 each year");
    case SectionNumbering::Continuous: return tr("Running on from year to year");
    }
    return {};
}

QString membershipRole(MembershipRole value)
{
    switch (value) {
    case MembershipRole::Chair: return tr("chair");
    case MembershipRole::ViceChair: return tr("vice chair");
    case MembershipRole::Member: return tr("member");
    case MembershipRole::Deputy: return tr("deputy");
    case MembershipRole::Secretary: return tr("secretary");
    case MembershipRole::Presenter: return tr("presenter");
    }
    return {};
}

QString language(Language value)
{
    switch (value) {
    case Language::Finnish: return tr("Finnish");
    case Language::Swedish: return tr("Swedish");
    }
    return {};
}

QString signingOrder(const QStringList &order)
{
    QStringList words;
    for (const QString &signer : order) {
        if (signer == u"secretary")
            words << tr("secretary");
        else if (signer == u"minute-checkers")
            words << tr("minute-checkers");
        else if (signer == u"chair")
            words << tr("chair");
        else
            words << signer;
    }
    QString text = words.join(QStringLiteral(", "));
    if (!text.isEmpty())
        text[0] = text.at(0).toUpper();
    return text;
}

QString administrativeCourt(const QString &code)
{
    if (code == u"helsinki")
        return tr("Helsinki Administrative Court");
    if (code == u"hameenlinna")
        return tr("Hämeenlinna Administrative Court");
    if (code == u"ita-suomi")
        return tr("Eastern Finland Administrative Court");
    if (code == u"pohjois-suomi")
        return tr("Northern Finland Administrative Court");
    if (code == u"turku")
        return tr("Turku Administrative Court");
    if (code == u"vaasa")
        return tr("Vaasa Administrative Court");
    return code;
}

} // namespace Labels
