#pragma once

#include <Qt>

// Custom item-data roles of the client's models, in one place.
namespace Roles {

enum : int {
    BodyId = Qt::UserRole + 1,
    MeetingId,
    ItemId,
    NodeKind,       // NavigatorModel::Kind
    Snippet,        // a search hit's text, matched words in <b>
};

} // namespace Roles
