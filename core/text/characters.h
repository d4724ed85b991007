#pragma once

#include <QStringView>

// Which characters a stored text may hold, decided once for the sanitiser
// (which drops the others from rich text) and the store (which refuses plain
// texts holding them): not a control character other than newline and tab
// (C0, DEL and C1 — a terminal would obey them), not a reference to no
// character (0, beyond U+10FFFF, a surrogate on its own), and not U+FFFD
// (a character lost on the way in) or the noncharacters U+FFFE and U+FFFF,
// which no document can show.
namespace Characters {

bool isKept(char32_t c);

// The index of the first character of `text` that is not kept, a surrogate
// counting only when it is not half of a pair; -1 when every one is.
qsizetype firstNotKept(QStringView text);

} // namespace Characters
