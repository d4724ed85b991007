#pragma once

#include <QString>
#include <QStringList>

#include <optional>

// The store's rich text: a restricted HTML subset of paragraphs, headings,
// lists, bold and italic, tables, line breaks and <span class="personal-data">,
// which marks personal data that must not be published beyond need.
//
// Everything else is removed on the way in: scripts and other active content
// with what they contain, elements hidden by attributes or styles (so no text a
// reader cannot see reaches a published document), images, links, styles and
// every attribute but table spans and the personal-data class. Unknown elements
// are unwrapped: their text is kept.
namespace RichText {

// Returns the sanitised form of any HTML fragment. Idempotent:
// sanitize(sanitize(x)) == sanitize(x).
QString sanitize(const QString &html);

// Turns plain text into rich text: each blank-line separated block becomes a
// paragraph, single newlines become line breaks.
QString fromPlainText(const QString &text);

// Readable plain text of rich text: paragraphs separated by blank lines, list
// items bulleted, table cells separated by " | ".
QString toPlainText(const QString &html);

// The texts marked as personal data, in document order.
QStringList personalData(const QString &html);

// The rich text without its personal-data marks: each marked passage (with
// everything nested in it) replaced by `replacement`, as a published
// document must; or, without a replacement, the marks removed and their text
// kept, as an internal document shows it.
QString withoutPersonalData(const QString &html, const std::optional<QString> &replacement);

} // namespace RichText
