#pragma once

#include "model/codes.h"

#include <QString>

// The client's names for the domain's closed vocabularies, in the user's
// language.
namespace Labels {

QString publicity(Publicity value);
QString appealKind(AppealKind value);
QString meetingState(MeetingState value);
QString meetingMode(MeetingMode value);
// A role in a body, as written after a name: "Aino Mäkelä (chair)".
QString membershipRole(MembershipRole value);

} // namespace Labels
