#pragma once

// What differs between the store's two engines beyond the driver
// (Statement): the schema, how a store is recognised and versioned, how
// transactions begin, the checks each engine offers, and the search index.
// One implementation per engine (sqliteengine.cpp, postgresqlengine.cpp), so
// that the rest of the store reads alike on both.

#include "connection.h"

#include "model/result.h"

#include <QStringList>

#include <algorithm>
#include <limits>
#include <optional>
#include <vector>

struct CheckReport;
struct SearchFilter;

// What an engine keeps between one connection's searches
// (Connection::searchCache): SQLite's keeps the search index's lengths and
// the items' order in memory.
class SearchCache
{
public:
    virtual ~SearchCache() = default;
};

// One match of a search: the item and its rank (bm25, lower is better).
struct RankedMatch
{
    qint64 itemId = 0;
    double rank = 0;
};

// A query's matches as an engine found them, with what ranking them needs:
// the index's entries and their words, and for each phrase of the query
// (every form of every word, in order, repeats included) the entries of the
// whole index holding it; for each match kept to the filter, each phrase's
// occurrences (the title's four times, the text's once) and its words.
struct MatchCounts
{
    qint64 entries = 0;
    qint64 words = 0;
    std::vector<qint64> holding;
    std::vector<qint64> ids;
    std::vector<double> frequencies; // ids.size() × holding.size()
    std::vector<qint32> lengths;
};

// How both engines rank, in one place (storeengine.cpp): FTS5's
// bm25(item_search, 4.0, 1.0), computed operation for operation as FTS5's
// fts5_aux.c computes it, so that the two engines give the same ranks to the
// last bit; and the best of them taken, equal ranks in the meetings' order.
namespace SearchRanking {
// Each match's rank, lower is better.
std::vector<double> bm25(const MatchCounts &matches);
// The matches that can be among the best `limit`: those ranked at or above
// the limit-th best; all of them when the order is the newest first.
std::vector<size_t> contenders(const std::vector<double> &ranks, bool newest, int limit);
// A match's place for best(): its meeting's place in the order of meetings
// (0 the newest), then its own place on that meeting's agenda.
inline qint64 place(qint64 meetingPlace, qint64 position)
{
    return (meetingPlace << 32) | (position & 0xffffffff);
}
// The best `limit` of the contenders, by rank and then by `places` (each
// contender's place(), lower first), or by place alone when the order is
// the newest first.
QList<RankedMatch> best(const MatchCounts &matches, const std::vector<double> &ranks,
                        const std::vector<size_t> &contenders, const std::vector<qint64> &places, bool newest, int limit);

// What a match is, on both engines: an entry holding a form of every word
// of the query. Each form's entries are a list in the order of their ids
// (anything with an `id`), ending in an id above all others; `at` is each
// list's next entry and `last` its end, `listsOf` each word's lists. An id
// is a match when it is every word's least id not yet passed; else no id
// below the largest of those can be one, and every list skips to it. For
// each match, in the order of ids, `match(id)` reads the entries at `at`
// that have it; the lists then pass it.
template <typename Entry, typename Match>
void eachMatch(std::vector<const Entry *> &at, const std::vector<const Entry *> &last,
               const std::vector<std::vector<size_t>> &listsOf, Match &&match)
{
    constexpr qint64 end = std::numeric_limits<qint64>::max();
    for (;;) {
        qint64 target = 0;
        bool same = true;
        for (size_t word = 0; word < listsOf.size(); ++word) {
            qint64 least = end;
            for (const size_t list : listsOf[word])
                least = std::min(least, at[list]->id);
            same = same && (word == 0 || least == target);
            target = std::max(target, least);
        }
        if (target == end)
            return;
        if (same)
            match(target);
        for (size_t list = 0; list < at.size(); ++list) {
            if (same) {
                while (at[list]->id == target)
                    ++at[list];
            } else if (at[list]->id < target) {
                at[list] = std::lower_bound(at[list], last[list], target,
                                            [](const Entry &entry, qint64 id) { return entry.id < id; });
            }
        }
    }
}
} // namespace SearchRanking

// What is in a database: whether it is empty, a Pykälä store of which
// schema version, a meeting package; or not a database at all.
struct StoreEngineHeader
{
    bool empty = false;
    bool notDatabase = false; // a file that is not an SQLite database
    bool pykala = false;      // marked as a Pykälä store
    int version = 0;
    bool package = false;
};

class StoreEngine
{
public:
    virtual ~StoreEngine() = default;
    static const StoreEngine &of(Connection::Kind kind);

    // The SQL the store gives, as this engine runs it (PostgreSQL numbers
    // its parameters $1…; `parameters` gets their count).
    virtual QString translated(const QString &sql, int *parameters) const = 0;

    using Header = StoreEngineHeader;
    virtual Result<Header> header(const Connection &db) const = 0;
    // The schema a new store of this engine starts at: its version and the
    // statements that make it, when the engine does not start from
    // migration 1 (PostgreSQL stores begin at the schema of their release).
    virtual std::optional<std::pair<int, QStringList>> baseline() const = 0;
    // The statements of migration `version` (from version - 1).
    virtual QStringList migration(int version) const = 0;
    // Marks the store as Pykälä's, at this schema version (inside the
    // migration's transaction).
    virtual Status setVersion(const Connection &db, int version) const = 0;

    // The statements that begin the outermost transaction of a change:
    // writers one at a time, so that the audit chain and § numbers see every
    // earlier change. And the one that begins a read of one snapshot.
    virtual const QStringList &beginWrite() const = 0;
    virtual const QString &beginRead() const = 0;
    // The statement after which the statements of its transaction (or of
    // its round trip, Statement::Planning::Once) are planned once for
    // every value they run with; empty where the engine plans a statement
    // once anyway (SQLite, as it compiles it). A server's default plans one
    // anew at each of a session's first five runs, which made a session's
    // first agenda reads and saves markedly slower (docs/performance.md); a
    // write's statements and an agenda's reads are planned once, and the
    // others (searches, whose best plan depends on how common their words
    // are) for their values.
    virtual const QString &planOnce() const = 0;
    // What the outermost transaction of a change writes just before it
    // commits (PostgreSQL: the counters summed within it), sent with the
    // COMMIT.
    virtual const QStringList &beforeCommit() const = 0;

    // The engine's own checks of the database (its structure, foreign keys,
    // the store's triggers as the schema made them), into the report.
    virtual Status checkStructure(const Connection &db, CheckReport &report) const = 0;

    // A number that changes when a change is committed. With
    // countsOwnCommits() false, only others' commits change it.
    Result<qint64> changeCounter(const Connection &db) const;
    // The one-value query that reads it.
    virtual const QString &changeCounterQuery() const = 0;
    virtual bool countsOwnCommits() const = 0;
    // The statement after which the connection is told of others' commits
    // as they happen (Connection::othersCommitted); empty when the engine
    // tells nothing, and the change counter is asked instead.
    virtual const QString &listenForCommits() const = 0;

    // A meeting is run from one console at a time: its hold, taken and
    // given back by this connection (once each: Store keeps count).
    // holdMeeting gives an empty text when the connection now holds it,
    // else who does ("aino on kone-12"); meetingHolder who holds it, empty
    // when nobody else does. A hold ends with the connection, also when its
    // program is killed.
    virtual Result<QString> holdMeeting(const Connection &db, qint64 meetingId) const = 0;
    virtual void releaseMeeting(const Connection &db, qint64 meetingId) const = 0;
    virtual Result<QString> meetingHolder(const Connection &db, qint64 meetingId) const = 0;

    // The audit log: adding an entry (at, actor, action, entity, entity_id,
    // old_digest, new_digest, previous_hash, hash), its id the next after
    // the newest; and the largest id the log ever gave (no row before the
    // first), which finds entries cut off its end.
    virtual const QString &auditInsert() const = 0;
    virtual const QString &auditSequence() const = 0;

    // Around a copy (Store::copyInto), in its one transaction: rows written
    // with the ids they have in another store, many at once. Before them,
    // the engine may set aside what it would redo for every row; after
    // them it does that once, its ids go on after the copied ones, and the
    // largest id the audit log ever gave is `auditSequence` (0: none), as
    // the other store kept it, so that entries cut off its end still show.
    virtual Status beginCopy(const Connection &db) const = 0;
    virtual Status endCopy(const Connection &db, qint64 auditSequence) const = 0;

    // Who may read and change what: the statements that set up the store's
    // roles, privileges and row-level security anew (PostgreSQL,
    // postgresqlaccess.cpp); none where the engine has no users (SQLite: the
    // file's permissions decide). A login given one of the roles, with its
    // password's verifier when one is set; and taken away.
    virtual QStringList accessSetup() const = 0;
    virtual Status grantLogin(const Connection &db, const struct StoreLogin &login,
                              const QByteArray &passwordVerifier) const = 0;
    virtual Status revokeLogin(const Connection &db, const QString &login) const = 0;
    // Why the session's user may not change a body's records, as its role
    // decides; empty when it may (or the engine has no roles).
    virtual Result<QString> changeRefusal(const Connection &db, qint64 bodyId) const = 0;

    // The search index: an entry (id, title, body) per item, written as
    // SearchTerms::indexText makes the texts.
    virtual const QString &indexInsert() const = 0;       // (id, title, body)
    virtual const QString &indexDelete() const = 0;       // (id)
    virtual const QString &indexOrphans() const = 0;      // ids of entries without their item
    virtual const QString &indexEntries() const = 0;      // item id, title, body; NULLs without an entry
    // The `limit` best items holding some form of every word (`groups`),
    // kept to the filter's body and year, in its order: by relevance, as
    // FTS5's bm25(item_search, 4.0, 1.0) ranks them (the title weighing four
    // times the text), equal ranks newest meeting first; or newest meeting
    // first. Both engines give the same items in the same order with the
    // same ranks to the last bit.
    virtual Result<QList<RankedMatch>> rankedMatches(const Connection &db, const QList<QStringList> &groups,
                                                     const SearchFilter &filter, int limit) const = 0;
};
