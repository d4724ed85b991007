#pragma once

#include <QJsonObject>
#include <QString>

// What a text the store keeps may hold (docs/data-model.md, "Limits of
// text"): at most a length no person would reach — so that no document,
// page or package built from it runs for minutes — and no character that
// text/characters.h does not keep (control characters, U+FFFD, lone
// surrogates: what a terminal would obey or no document show) and, in a
// text of one line (every one but rich text, addresses, corrections and a
// cancellation's reason), no line break or tab. Every path in —
// import, the record, the desktop, the CLI — writes through the store, which
// asks here.
namespace TextRules {

// Why `text` cannot be kept in the column, naming it ("the title of an
// agenda item"); empty when it can.
QString problem(const QString &table, const QString &column, const QString &text);

// The same for a recorded meeting event: each of its texts, its depth (at
// most 8 levels of objects and lists) and its whole size.
QString eventProblem(const QJsonObject &event);

} // namespace TextRules
