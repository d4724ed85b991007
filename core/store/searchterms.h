#pragma once

#include <QString>
#include <QStringList>

// Search terms for full-text search. Finnish and Swedish are inflected
// languages: "päätöksen" and "päätöksellä" are forms of "päätös". The store
// indexes each word together with its Snowball stems, and a query matches any
// form whose stem it shares. Letters keep their diacritics: ä is not a.
namespace SearchTerms {

// The words of a text, lower-cased, split at anything but letters and digits.
QStringList words(const QString &text);

// A word and its Finnish and Swedish stems, without repeats.
QStringList termsOf(const QString &word);

// The text to store in the full-text index for a plain text.
QString indexText(const QString &plainText);

// The query's words, each as the forms it may take (termsOf), without
// repeats: an item matches when it holds some form of every word.
QList<QStringList> queryGroups(const QString &query);

// SQLite's FTS5 MATCH expression for the words (each a group of the forms
// it may take, any of which matches): every word in some form, each form a
// quoted string; empty when there are none. User text never reaches FTS5
// syntax. And the same for a query's words (queryGroups).
QString matchExpression(const QList<QStringList> &groups);
QString matchExpression(const QString &query);

} // namespace SearchTerms
