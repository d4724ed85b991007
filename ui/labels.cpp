#include "labels.h"

#include <QCoreApplication>

namespace Labels {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Labels", text);
}

} // namespace

QString publicity(Publicity value)
{
    switch (value) {
    case Publicity::Public: return tr("Public");
    case Publicity::Confidential: return tr("Confidential");
    case Publicity::PartlyConfidential: return tr("Partly confidential");
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

} // namespace Labels
