// Store::search: ranked within the index, then the best hits read whole,
// each with a snippet of the text that matched.

#include "store.h"

#include "searchterms.h"
#include "storeengine.h"
#include "storesupport.h"
#include "text/richtext.h"

#include <QHash>
#include <QSet>
#include "connection.h"

#include <algorithm>

using namespace StoreSupport;

namespace {

// The query's words in every form the index knows them by, and the first
// three letters of each. Snowball takes off and changes only endings, so a
// word of the text that starts with none of them cannot match: it is passed
// over without stemming it.
struct QueryTerms
{
    QSet<QString> terms;
    QStringList beginnings;

    explicit QueryTerms(const QString &query)
    {
        const QStringList words = SearchTerms::words(query);
        for (const QString &word : words) {
            const QStringList forms = SearchTerms::termsOf(word);
            for (const QString &term : forms) {
                terms.insert(term);
                if (!beginnings.contains(term.left(3)))
                    beginnings.append(term.left(3));
            }
        }
    }

    // `word`: letters and digits, as SearchTerms::words splits them.
    bool matches(QStringView word) const
    {
        const bool possible = std::any_of(beginnings.cbegin(), beginnings.cend(), [&](const QString &beginning) {
            return word.startsWith(beginning, Qt::CaseInsensitive);
        });
        if (!possible)
            return false;
        const QStringList forms = SearchTerms::termsOf(word.toString().toLower());
        return std::any_of(forms.cbegin(), forms.cend(), [&](const QString &form) { return terms.contains(form); });
    }
};

// Whether a word as it stands in the text ("Päätöksen,") matches the query.
bool containsMatch(QStringView word, const QueryTerms &query)
{
    qsizetype start = 0;
    while (start < word.size()) {
        if (!word.at(start).isLetterOrNumber()) {
            ++start;
            continue;
        }
        qsizetype end = start;
        while (end < word.size() && word.at(end).isLetterOrNumber())
            ++end;
        if (query.matches(word.mid(start, end - start)))
            return true;
        start = end;
    }
    return false;
}

// A few words around the first word of `text` that matches the query.
QString snippetOf(const QString &text, const QueryTerms &query)
{
    // The text's words as they stand, split at white space.
    QList<QStringView> words;
    qsizetype start = -1;
    for (qsizetype i = 0; i <= text.size(); ++i) {
        const bool space = i == text.size() || text.at(i).isSpace();
        if (space && start >= 0) {
            words.append(QStringView(text).mid(start, i - start));
            start = -1;
        } else if (!space && start < 0) {
            start = i;
        }
    }
    for (qsizetype i = 0; i < words.size(); ++i) {
        if (!containsMatch(words.at(i), query))
            continue;
        const qsizetype from = qMax<qsizetype>(0, i - 6);
        const qsizetype to = qMin<qsizetype>(words.size(), i + 7);
        QStringList window;
        for (qsizetype w = from; w < to; ++w)
            window.append(w == i ? QLatin1Char('[') + words.at(w).toString() + QLatin1Char(']') : words.at(w).toString());
        return (from > 0 ? QStringLiteral("… ") : QString()) + window.join(u' ')
            + (to < words.size() ? QStringLiteral(" …") : QString());
    }
    return {};
}

} // namespace

Result<QList<SearchHit>> Store::search(const QString &query, int limit, const SearchFilter &filter) const
{
    using R = Result<QList<SearchHit>>;
    const Connection &db = database();
    const QList<QStringList> groups = SearchTerms::queryGroups(query);
    if (groups.isEmpty())
        return R::failure(tr("The search has no words to look for."));
    if (limit <= 0)
        return R::failure(tr("The number of results must be 1 or more."));
    // Ranked within the index alone, kept to the body and year; only the
    // best `limit` are then read whole (StoreEngine::rankedMatches).
    const auto ranked = db.engine().rankedMatches(db, groups, filter, limit);
    if (!ranked)
        return R::failure(ranked.error());
    QList<qint64> ids;
    QHash<qint64, int> placeOf; // in the order the ranking gave
    for (const RankedMatch &match : *ranked) {
        placeOf.insert(match.itemId, int(ids.size()));
        ids.append(match.itemId);
    }
    Statement matches(db, QStringLiteral("SELECT i.id, i.meeting_id, i.section_number, i.title, i.background, "
                                         "i.proposal, i.decision, m.number, m.year, b.short_name, i.proceedings "
                                         "FROM agenda_item i JOIN meeting m ON m.id = i.meeting_id "
                                         "JOIN body b ON b.id = m.body_id WHERE i.id IN (SELECT value FROM json_each(?))"),
                      {jsonIds(ids)});
    if (!matches.exec())
        return R::failure(matches.errorMessage());
    struct Found
    {
        SearchHit hit;
        QStringList texts; // background, proposal, decision, proceedings, title
    };
    QList<Found> found;
    while (matches.next()) {
        Found row;
        SearchHit &hit = row.hit;
        hit.itemId = matches.value(0).toLongLong();
        hit.rank = ranked->at(placeOf.value(hit.itemId)).rank;
        hit.meetingId = matches.value(1).toLongLong();
        if (!matches.value(2).isNull())
            hit.sectionNumber = matches.value(2).toInt();
        hit.title = matches.value(3).toString();
        hit.meetingReference = QStringLiteral("%1 %2/%3")
                                   .arg(matches.value(9).toString())
                                   .arg(matches.value(7).toInt())
                                   .arg(matches.value(8).toInt());
        row.texts = {matches.value(4).toString(), matches.value(5).toString(), matches.value(6).toString(),
                     matches.value(10).toString(), hit.title};
        found.append(std::move(row));
    }
    std::sort(found.begin(), found.end(), [&](const Found &a, const Found &b) {
        return placeOf.value(a.hit.itemId) < placeOf.value(b.hit.itemId);
    });
    const QueryTerms queryTerms(query);
    QList<SearchHit> hits;
    for (Found &row : found) {
        // The passage from the text that matched: background, proposal,
        // decision, proceedings, else the title itself.
        for (const QString &text : std::as_const(row.texts)) {
            row.hit.snippet = snippetOf(RichText::toPlainText(text), queryTerms);
            if (!row.hit.snippet.isEmpty())
                break;
        }
        hits.append(row.hit);
    }
    return hits;
}
