#pragma once

#include "model/codes.h"
#include "model/result.h"

#include <optional>

class Store;
struct Meeting;

// A meeting's agenda as plain text, in the body's document language (or the
// one asked for): the header, then each item with its § number, case
// reference, preparers, presenter, publicity, texts and attachments, as
// `audience` may see them (PublicView).
namespace AgendaText {

Result<QString> render(const Store &store, const Meeting &meeting, Audience audience = Audience::Internal,
                       std::optional<Language> language = std::nullopt);

} // namespace AgendaText
