#pragma once

#include <QJsonObject>
#include <QString>

// What a text the store keeps may hold (docs/data-model.md, "Limits of
// text"): at most a length no person would reach — so that no document,
// page or package built from it runs for minutes — and no character a
// document cannot show or a terminal would obey: control characters other
// than newline and tab, U+FFFD (a character lost on the way in), the
// noncharacters U+FFFE and U+FFFF and lone surrogates. Every path in —
// import, the record, the desktop, the CLI — writes through the store, which
// asks here.
namespace TextRules {

// The most characters a column holds; 0 for the store's own columns, which
// no one types (digests, roles, dates).
qsizetype maxLength(const QString &table, const QString &column);

// Why `text` cannot be kept in the column, naming it ("the title of an
// agenda item"); empty when it can.
QString problem(const QString &table, const QString &column, const QString &text);

// The same for a recorded meeting event: each of its texts, its depth (at
// most 8 levels of objects and lists) and its whole size.
QString eventProblem(const QJsonObject &event);

// The first character not allowed in a stored text, if any: its index, or -1.
qsizetype firstForbidden(const QString &text);

} // namespace TextRules
