#include "searchterms.h"

#include <QHash>
#include <QSet>

#include <libstemmer.h>

#include <memory>

namespace {

struct StemmerDeleter
{
    void operator()(sb_stemmer *stemmer) const { sb_stemmer_delete(stemmer); }
};
using Stemmer = std::unique_ptr<sb_stemmer, StemmerDeleter>;

QString stem(sb_stemmer *stemmer, const QString &word)
{
    if (!stemmer)
        return word;
    const QByteArray utf8 = word.toUtf8();
    const sb_symbol *stemmed = sb_stemmer_stem(stemmer, reinterpret_cast<const sb_symbol *>(utf8.constData()),
                                               int(utf8.size()));
    if (!stemmed)
        return word;
    return QString::fromUtf8(reinterpret_cast<const char *>(stemmed), sb_stemmer_length(stemmer));
}

// Snowball leaves the -s/-kse- alternation of Finnish nouns apart
// ("päätös" → "päätös", "päätöksen" → "päätöks"); join them.
QString finnishStem(const QString &word)
{
    // Stemmers are not thread-safe; each thread gets its own.
    thread_local Stemmer stemmer(sb_stemmer_new("finnish", "UTF_8"));
    QString result = stem(stemmer.get(), word);
    if (result.size() > 4 && result.endsWith(QStringLiteral("ks")))
        result.remove(result.size() - 2, 1);
    return result;
}

QString swedishStem(const QString &word)
{
    thread_local Stemmer stemmer(sb_stemmer_new("swedish", "UTF_8"));
    return stem(stemmer.get(), word);
}


} // namespace

namespace SearchTerms {

QStringList words(const QString &text)
{
    QStringList result;
    QString current;
    for (const QChar c : text) {
        if (c.isLetterOrNumber()) {
            current += c;
        } else if (!current.isEmpty()) {
            result.append(current.toLower());
            current.clear();
        }
    }
    if (!current.isEmpty())
        result.append(current.toLower());
    return result;
}

QStringList termsOf(const QString &word)
{
    // Minutes repeat their words: each thread remembers the terms of the
    // words it has stemmed, up to a bound (a few megabytes), and starts
    // again past it.
    thread_local QHash<QString, QStringList> known;
    if (const auto it = known.constFind(word); it != known.cend())
        return *it;
    QStringList terms{word};
    for (const QString &stemmed : {finnishStem(word), swedishStem(word)}) {
        if (!stemmed.isEmpty() && !terms.contains(stemmed))
            terms.append(stemmed);
    }
    if (known.size() >= 20000)
        known.clear();
    known.insert(word, terms);
    return terms;
}

QString indexText(const QString &plainText)
{
    QStringList out;
    const QStringList all = words(plainText);
    out.reserve(all.size() * 2);
    for (const QString &word : all)
        out += termsOf(word);
    return out.join(u' ');
}

QList<QStringList> queryGroups(const QString &query)
{
    QList<QStringList> groups;
    QSet<QString> seen;
    const QStringList all = words(query);
    for (const QString &word : all) {
        if (seen.contains(word))
            continue;
        seen.insert(word);
        groups.append(termsOf(word));
    }
    return groups;
}

QString matchExpression(const QList<QStringList> &groups)
{
    QStringList all;
    for (const QStringList &group : groups) {
        QStringList alternatives;
        for (const QString &term : group)
            alternatives.append(QLatin1Char('"') + QString(term).replace(u'"', QStringLiteral("\"\""))
                                + QLatin1Char('"'));
        all.append(QLatin1Char('(') + alternatives.join(QStringLiteral(" OR ")) + QLatin1Char(')'));
    }
    return all.join(QStringLiteral(" AND "));
}

QString matchExpression(const QString &query)
{
    return matchExpression(queryGroups(query));
}

} // namespace SearchTerms
