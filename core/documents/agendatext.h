#pragma once

#include "model/result.h"

#include "model/codes.h"

class Store;
struct Meeting;

// A meeting's agenda as plain text, in the organisation's document language
// (Finnish or Swedish): the header, then each item with its § number, case
// reference, preparers, presenter, publicity, texts and attachments.
namespace AgendaText {

enum class Audience {
    Internal, // everything, confidential items marked
    Public,   // confidential content and personal data left out (kuntalaki 140 §)
};

Result<QString> render(const Store &store, const Meeting &meeting, Audience audience = Audience::Internal);

} // namespace AgendaText
