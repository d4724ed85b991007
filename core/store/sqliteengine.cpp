// The SQLite engine: what the store does in SQLite's own way. The schema's
// migrations are in schema.cpp.

#include "storeengine.h"

#include "schema.h"
#include "searchterms.h"
#include "statement.h"
#include "store.h"

#include "storesupport.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLockFile>
#include <QHash>
#include <QMap>
#include <QRegularExpression>

#include <sqlite3.h>

#include <algorithm>
#include <cmath>
#include <limits>
#include <memory>
#include <numeric>
#include <vector>

namespace {

// ---------------------------------------------------------------------------
// Search
//
// FTS5 finds the matches; the store ranks them as FTS5's bm25(item_search,
// 4.0, 1.0) would, to the last bit, but without its costs that grow with
// every match: bm25 reads each match's length from the index's table of
// lengths (a lookup per match), counts each phrase's entries by walking its
// whole list once more, and every match is a row of SQL. Here each phrase's
// entries are walked once, by FTS5 inside one call of pykala_terms (as bm25
// walks them to count them), with their positions where they can be
// matches (the query's rarest word walked first); the matches of the
// expression are found among them in memory, with each match's length from
// memory too. Equal ranks go newest meeting first, by the meetings' order
// held in memory: a standard item of every meeting costs no look-up of its
// meeting.

// One phrase's entries, in the order of their ids: each with the phrase's
// instances weighted as bm25(item_search, 4.0, 1.0) weights them (4 in the
// title, 1 in the body), and its length when the cache does not know it.
struct Posting
{
    qint64 id = 0;
    qint32 frequency = 0;
    qint32 length = -1;
};

// What ranking needs of every item besides its matches, read from the store
// once and again after any change: its index entry's length in words (as
// FTS5 counts them, from its table of lengths), and its meeting's place in
// the order of meetings, newest first (planned start, then id), with the
// meeting's body and year.
class SqliteSearchCache final : public SearchCache
{
public:
    struct Item
    {
        qint32 meeting = -1; // its meeting's place; -1: no such item
        qint32 words = -1;   // -1: no index entry
        qint64 position = 0;
    };
    struct Place
    {
        qint64 body = 0;
        int year = 0;
    };
    // By item id: in a vector while the ids are dense (as SQLite gives
    // them), else in a hash.
    bool dense = true;
    std::vector<Item> items;
    QHash<qint64, Item> sparseItems;
    std::vector<Place> meetings;
    // What the data was when read: others' commits, and this connection's
    // own changes.
    qint64 dataVersion = -1;
    sqlite3_int64 changes = -1;
    sqlite3 *registeredOn = nullptr; // the connection pykala_terms is known to
    // A search's working lists, kept from one search to the next so that
    // their memory is not asked of the system again each time.
    mutable std::vector<std::vector<Posting>> postings;
    mutable MatchCounts found;

    // The item, when it is one of a meeting.
    const Item *item(qint64 id) const
    {
        const Item *found = nullptr;
        if (dense && id >= 0 && id < qint64(items.size()))
            found = &items[size_t(id)];
        else if (const auto it = sparseItems.constFind(id); !dense && it != sparseItems.cend())
            found = &*it;
        return found && found->meeting >= 0 ? found : nullptr;
    }
    // Where the item's facts go while they are read.
    Item *slot(qint64 id)
    {
        if (!dense)
            return &sparseItems[id];
        return id >= 0 && id < qint64(items.size()) ? &items[size_t(id)] : nullptr;
    }
};

// What pykala_terms reads for a search: each phrase's entries, walked by
// FTS5 itself (xQueryPhrase, as bm25 walks them to count them), and the
// index's size.
struct MatchPass
{
    const SqliteSearchCache *cache = nullptr;
    std::vector<int> groups; // how many phrases each word's alternatives are, in order
    int phrases = 0;         // as the search's expression has them
    bool read = false;
    qint64 entries = 0;
    qint64 words = 0;
    std::vector<std::vector<Posting>> *postings = nullptr; // by phrase
    std::vector<qint64> holding;                           // each phrase's entries, all counted
    // The phrase being walked: where its entries go and what it counts.
    std::vector<Posting> *current = nullptr;
    qint64 *counted = nullptr;
    // The entries that can still be matches (those of the words walked so
    // far, in order), or none yet: another entry is only counted.
    const std::vector<qint64> *candidates = nullptr;
    size_t candidate = 0;
    // A sample of a phrase's first entries: how many, and the last id.
    int sampling = 0;
    int sampled = 0;
    qint64 sampledUpTo = 0;
};

thread_local MatchPass *currentPass = nullptr;

// How many of a phrase's first entries tell how common it is.
constexpr int sampleSize = 64;

// xQueryPhrase's callback: one entry of the phrase being walked.
int collectPosting(const Fts5ExtensionApi *api, Fts5Context *fts, void *)
{
    MatchPass *pass = currentPass;
    Posting posting;
    posting.id = api->xRowid(fts);
    if (pass->sampling > 0) {
        pass->sampledUpTo = posting.id;
        return ++pass->sampled < pass->sampling ? SQLITE_OK : SQLITE_DONE;
    }
    ++*pass->counted;
    if (pass->candidates) {
        const std::vector<qint64> &candidates = *pass->candidates;
        while (pass->candidate < candidates.size() && candidates[pass->candidate] < posting.id)
            ++pass->candidate;
        if (pass->candidate == candidates.size() || candidates[pass->candidate] != posting.id)
            return SQLITE_OK; // no match: counted alone
    }
    Fts5PhraseIter positions;
    int column = -1, offset = -1;
    int rc = api->xPhraseFirst(fts, 0, &positions, &column, &offset);
    for (; rc == SQLITE_OK && column >= 0; api->xPhraseNext(fts, &positions, &column, &offset))
        posting.frequency += column == 0 ? 4 : 1;
    const SqliteSearchCache::Item *item = pass->cache->item(posting.id);
    if (rc == SQLITE_OK && item && item->words < 0)
        rc = api->xColumnSize(fts, -1, &posting.length);
    if (rc == SQLITE_OK)
        pass->current->push_back(posting);
    return rc;
}

// About how many entries the phrase has (`estimate`), from where its first
// entries lie among the index's ids: entries are spread over the ids as
// they were written. It only orders the walk; the counts are walked.
int estimateEntries(const Fts5ExtensionApi *api, Fts5Context *fts, MatchPass *pass, int phrase, double *estimate)
{
    pass->sampling = sampleSize;
    pass->sampled = 0;
    pass->sampledUpTo = 0;
    const int rc = api->xQueryPhrase(fts, phrase, nullptr, collectPosting);
    pass->sampling = 0;
    if (pass->sampled < sampleSize)
        *estimate = double(pass->sampled); // all of them
    else
        *estimate = double(sampleSize) * double(std::max<qint64>(pass->entries, 1))
                    / double(std::max<qint64>(pass->sampledUpTo, 1));
    return rc;
}

// Walks the entries of the phrases of the word `group`, keeping those that
// are `candidates` (all when null); then the candidates become the entries
// held by the word.
int walkWord(const Fts5ExtensionApi *api, Fts5Context *fts, MatchPass *pass, size_t group, std::vector<qint64> &candidates,
             bool first, bool last)
{
    size_t phrase = 0;
    for (size_t g = 0; g < group; ++g)
        phrase += size_t(pass->groups[g]);
    const size_t end = phrase + size_t(pass->groups[group]);
    int rc = SQLITE_OK;
    for (size_t p = phrase; rc == SQLITE_OK && p < end; ++p) {
        pass->current = &(*pass->postings)[p];
        pass->current->clear();
        pass->counted = &pass->holding[p];
        pass->candidates = first ? nullptr : &candidates;
        pass->candidate = 0;
        rc = api->xQueryPhrase(fts, int(p), nullptr, collectPosting);
    }
    pass->current = nullptr;
    pass->counted = nullptr;
    pass->candidates = nullptr;
    if (rc != SQLITE_OK || last)
        return rc;
    // The entries holding the word, of those that could still match: its
    // phrases' entries, each in the order of ids, merged.
    std::vector<qint64> held;
    std::vector<qint64> merged;
    for (size_t p = phrase; p < end; ++p) {
        const std::vector<Posting> &list = (*pass->postings)[p];
        merged.clear();
        merged.reserve(held.size() + list.size());
        auto at = held.cbegin();
        for (const Posting &posting : list) {
            for (; at != held.cend() && *at < posting.id; ++at)
                merged.push_back(*at);
            if (at != held.cend() && *at == posting.id)
                ++at;
            merged.push_back(posting.id);
        }
        merged.insert(merged.end(), at, held.cend());
        std::swap(held, merged);
    }
    candidates = std::move(held);
    return SQLITE_OK;
}

// pykala_terms(item_search): an FTS5 function that, called on the search's
// first match, reads every phrase's entries into the current pass; its
// value is NULL. Every phrase's entries are counted, but their positions
// are read only where they can be matches: the words are walked rarest
// first (as a sample of each one's first entries tells), each keeping only
// the entries of the words before it.
void recordMatch(const Fts5ExtensionApi *api, Fts5Context *fts, sqlite3_context *context, int, sqlite3_value **)
{
    MatchPass *pass = currentPass;
    if (!pass) {
        sqlite3_result_error(context, "pykala_terms() is for the store's search only", -1);
        return;
    }
    if (pass->read) {
        sqlite3_result_null(context);
        return;
    }
    if (api->xPhraseCount(fts) != pass->phrases) {
        sqlite3_result_error(context, "the search's words and the index's phrases differ", -1);
        return;
    }
    sqlite3_int64 entries = 0;
    sqlite3_int64 words = 0;
    int rc = api->xRowCount(fts, &entries);
    if (rc == SQLITE_OK)
        rc = api->xColumnTotalSize(fts, -1, &words);
    pass->entries = entries;
    pass->words = words;
    if (pass->postings->size() < size_t(pass->phrases))
        pass->postings->resize(size_t(pass->phrases));
    pass->holding.assign(size_t(pass->phrases), 0);
    // The words, rarest first: each word's phrases sampled.
    std::vector<std::pair<double, size_t>> order;
    size_t phrase = 0;
    for (size_t g = 0; rc == SQLITE_OK && g < pass->groups.size(); ++g) {
        double estimate = 0;
        for (int p = 0; rc == SQLITE_OK && pass->groups.size() > 1 && p < pass->groups[g]; ++p) {
            double entriesOf = 0;
            rc = estimateEntries(api, fts, pass, int(phrase) + p, &entriesOf);
            estimate += entriesOf;
        }
        order.emplace_back(estimate, g);
        phrase += size_t(pass->groups[g]);
    }
    std::sort(order.begin(), order.end());
    std::vector<qint64> candidates;
    for (size_t i = 0; rc == SQLITE_OK && i < order.size(); ++i)
        rc = walkWord(api, fts, pass, order[i].second, candidates, i == 0, i + 1 == order.size());
    pass->read = rc == SQLITE_OK;
    if (rc != SQLITE_OK)
        sqlite3_result_error_code(context, rc);
    else
        sqlite3_result_null(context);
}

// The matches of the search's expression, (g1 OR ...) AND (h1 OR ...) AND
// ..., from its phrases' entries as walked (those of the word walked first,
// and of each other word those that could still match), kept to the
// filter's body and year, with each phrase's entries counted as bm25 counts
// them.
void mergeMatches(const MatchPass &pass, const SearchFilter &filter, MatchCounts &found)
{
    const std::vector<int> &groups = pass.groups;
    std::vector<std::vector<Posting>> &postings = *pass.postings;
    const size_t phrases = size_t(pass.phrases);
    found.ids.clear();
    found.lengths.clear();
    found.frequencies.clear();
    found.entries = pass.entries;
    found.words = pass.words;
    found.holding.assign(phrases, 0);
    // Each phrase's next entry; every list ends in an id above all others.
    const qint64 end = std::numeric_limits<qint64>::max();
    std::vector<const Posting *> at(phrases);
    std::vector<const Posting *> last(phrases);
    for (size_t p = 0; p < phrases; ++p) {
        found.holding[p] = pass.holding[p];
        postings[p].push_back({end, 0, -1});
        at[p] = postings[p].data();
        last[p] = at[p] + postings[p].size();
    }
    // Each word's alternatives: its phrases, in order.
    std::vector<std::vector<size_t>> phrasesOf(groups.size());
    size_t first = 0;
    for (size_t g = 0; g < groups.size(); ++g) {
        for (size_t p = first; p < first + size_t(groups[g]); ++p)
            phrasesOf[g].push_back(p);
        first += size_t(groups[g]);
    }
    SearchRanking::eachMatch(at, last, phrasesOf, [&](qint64 target) {
        const SqliteSearchCache::Item *item = pass.cache->item(target);
        const SqliteSearchCache::Place *place = item ? &pass.cache->meetings[size_t(item->meeting)] : nullptr;
        const bool kept = place && (filter.bodyId == 0 || place->body == filter.bodyId)
                          && (filter.year == 0 || place->year == filter.year);
        if (!kept)
            return;
        qint32 length = -1;
        for (size_t p = 0; p < phrases; ++p) {
            double frequency = 0.0;
            if (at[p]->id == target) {
                frequency = double(at[p]->frequency);
                length = at[p]->length;
            }
            found.frequencies.push_back(frequency);
        }
        found.ids.push_back(target);
        found.lengths.push_back(item->words >= 0 ? item->words : length);
    });
}

// SQLite's variable-length integer, as FTS5 writes the lengths of an entry's
// columns.
quint64 readVarint(const uchar *&at, const uchar *end)
{
    quint64 value = 0;
    for (int i = 0; i < 8 && at < end; ++i) {
        const uchar byte = *at++;
        value = (value << 7) | (byte & 0x7f);
        if (!(byte & 0x80))
            return value;
    }
    if (at < end)
        value = (value << 8) | *at++;
    return value;
}

// Makes pykala_terms known to the connection (FTS5's functions are added
// through its own interface, reached by a pointer SQLite hands out).
bool registerMatchFunction(sqlite3 *handle)
{
    fts5_api *api = nullptr;
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v2(handle, "SELECT fts5(?1)", -1, &statement, nullptr) == SQLITE_OK) {
        sqlite3_bind_pointer(statement, 1, static_cast<void *>(&api), "fts5_api_ptr", nullptr);
        sqlite3_step(statement);
    }
    sqlite3_finalize(statement);
    return api && api->xCreateFunction(api, "pykala_terms", nullptr, recordMatch, nullptr) == SQLITE_OK;
}

Result<qint64> dataVersionOf(const Connection &db)
{
    Statement version(db, QStringLiteral("PRAGMA data_version"));
    if (!version.exec() || !version.next())
        return Failure{version.errorMessage()};
    return version.value(0).toLongLong();
}

// The connection's cache, read again when the store changed since.
Result<const SqliteSearchCache *> searchCacheOf(const Connection &db)
{
    sqlite3 *handle = db.sqlite();
    if (!handle)
        return Failure{QCoreApplication::translate("Store", "The store is not open.")};
    auto &slot = db.searchCache();
    auto *cache = static_cast<SqliteSearchCache *>(slot.get());
    const auto version = dataVersionOf(db);
    if (!version)
        return Failure{version.error()};
    const sqlite3_int64 changes = sqlite3_total_changes64(handle);
    if (cache && cache->dataVersion == *version && cache->changes == changes)
        return static_cast<const SqliteSearchCache *>(cache);
    auto fresh = std::make_unique<SqliteSearchCache>();
    fresh->registeredOn = cache ? cache->registeredOn : nullptr;
    QHash<qint64, qint32> placeOf;
    Statement meetings(db, StoreSupport::meetingsNewestFirstSql());
    if (!meetings.exec())
        return Failure{meetings.errorMessage()};
    while (meetings.next()) {
        placeOf.insert(meetings.integer(0), qint32(fresh->meetings.size()));
        fresh->meetings.push_back({meetings.integer(1), int(meetings.integer(2))});
    }
    Statement last(db, QStringLiteral("SELECT coalesce(max(id), 0), count(*) FROM agenda_item"));
    if (!last.exec() || !last.next())
        return Failure{last.errorMessage()};
    fresh->dense = last.integer(0) <= 4 * last.integer(1) + 1024;
    if (fresh->dense)
        fresh->items.resize(size_t(last.integer(0)) + 1);
    last.finish();
    Statement items(db, StoreSupport::itemPlacesSql());
    if (!items.exec())
        return Failure{items.errorMessage()};
    while (items.next()) {
        if (SqliteSearchCache::Item *item = fresh->slot(items.integer(0))) {
            item->meeting = placeOf.value(items.integer(1), -1);
            item->position = items.integer(2);
        }
    }
    Statement lengths(db, QStringLiteral("SELECT id, sz FROM item_search_docsize"));
    if (!lengths.exec())
        return Failure{lengths.errorMessage()};
    while (lengths.next()) {
        const qint64 id = lengths.integer(0);
        SqliteSearchCache::Item *item = fresh->item(id) ? fresh->slot(id) : nullptr;
        if (!item)
            continue; // an entry of no item
        int type = 0;
        const QByteArrayView sizes = lengths.rawValue(1, &type);
        const uchar *at = reinterpret_cast<const uchar *>(sizes.data());
        const uchar *end = at + sizes.size();
        quint64 words = 0;
        while (at < end)
            words += readVarint(at, end);
        item->words = qint32(words);
    }
    if (fresh->registeredOn != handle) {
        if (!registerMatchFunction(handle))
            return Failure{QCoreApplication::translate("Store", "SQLite's full-text search (FTS5) is missing from the SQLite library in use.")};
        fresh->registeredOn = handle;
    }
    // Inside a transaction what was read may yet be rolled back: read again
    // next time.
    fresh->dataVersion = sqlite3_get_autocommit(handle) ? *version : -1;
    fresh->changes = changes;
    slot = std::move(fresh);
    return static_cast<const SqliteSearchCache *>(slot.get());
}

class SqliteEngine final : public StoreEngine
{
public:
    QString translated(const QString &sql, int *parameters) const override
    {
        *parameters = 0;
        return sql;
    }

    Result<Header> header(const Connection &db) const override
    {
        int values[3] = {0, 0, 0}; // application_id, user_version, number of schema objects
        const char *const reads[3] = {"PRAGMA application_id", "PRAGMA user_version",
                                      "SELECT count(*) FROM sqlite_master"};
        Header header;
        for (int i = 0; i < 3; ++i) {
            Statement statement(db, QString::fromLatin1(reads[i]));
            if (!statement.exec() || !statement.next()) {
                if (statement.sqliteCode() == 26) { // SQLITE_NOTADB
                    header.notDatabase = true;
                    return header;
                }
                return Failure{statement.errorMessage()};
            }
            values[i] = statement.value(0).toInt();
        }
        header.empty = values[0] == 0 && values[1] == 0 && values[2] == 0;
        header.pykala = values[0] == Schema::applicationId;
        header.version = values[1];
        if (header.pykala) {
            Statement marked(db, QStringLiteral("SELECT EXISTS (SELECT 1 FROM sqlite_master WHERE type = 'table' "
                                                "AND name = 'package')"));
            if (!marked.exec() || !marked.next())
                return Failure{marked.errorMessage()};
            if (marked.value(0).toBool()) {
                marked.finish();
                Statement rows(db, QStringLiteral("SELECT count(*) FROM package"));
                if (!rows.exec() || !rows.next())
                    return Failure{rows.errorMessage()};
                header.package = rows.value(0).toInt() > 0;
            }
        }
        return header;
    }

    std::optional<std::pair<int, QStringList>> baseline() const override { return std::nullopt; }

    QStringList migration(int version) const override { return Schema::migrations().value(version - 1); }

    Status setVersion(const Connection &db, int version) const override
    {
        for (const QString &pragma : {QStringLiteral("PRAGMA application_id = %1").arg(Schema::applicationId),
                                      QStringLiteral("PRAGMA user_version = %1").arg(version)}) {
            Statement statement(db, pragma);
            if (!statement.exec())
                return Status::failure(statement.errorMessage());
        }
        return success();
    }

    const QStringList &beginWrite() const override
    {
        static const QStringList begin{QStringLiteral("BEGIN IMMEDIATE")};
        return begin;
    }

    const QString &beginRead() const override
    {
        static const QString begin = QStringLiteral("BEGIN DEFERRED");
        return begin;
    }

    const QString &planOnce() const override
    {
        static const QString none;
        return none;
    }

    Status checkStructure(const Connection &db, CheckReport &report) const override
    {
        Statement integrity(db, QStringLiteral("PRAGMA integrity_check"));
        if (!integrity.exec())
            return Status::failure(integrity.errorMessage());
        while (integrity.next()) {
            const QString line = integrity.value(0).toString();
            if (line != u"ok")
                report.integrityProblems.append(line);
        }
        Statement foreignKeys(db, QStringLiteral("PRAGMA foreign_key_check"));
        if (!foreignKeys.exec())
            return Status::failure(foreignKeys.errorMessage());
        while (foreignKeys.next()) {
            report.foreignKeyProblems.append(QCoreApplication::translate("Store", "%1 row %2 refers to a missing %3 row.")
                                                 .arg(foreignKeys.value(0).toString(), foreignKeys.value(1).toString(),
                                                      foreignKeys.value(2).toString()));
        }
        // The store's own protections: every trigger its migrations made.
        QHash<QString, QString> triggers; // name → its SQL as stored
        Statement present(db, QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'trigger'"));
        if (!present.exec())
            return Status::failure(present.errorMessage());
        while (present.next())
            triggers.insert(present.value(0).toString(), present.value(1).toString().simplified());
        // Each trigger as the latest migration that makes it wrote it.
        static const QRegularExpression createTrigger(QStringLiteral("CREATE TRIGGER (\\w+)"));
        QMap<QString, QString> expected;
        for (const QStringList &migration : Schema::migrations()) {
            for (const QString &statement : migration) {
                const auto match = createTrigger.match(statement);
                if (match.hasMatch())
                    expected.insert(match.captured(1), statement.simplified());
            }
        }
        for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
            if (!triggers.contains(it.key()))
                report.integrityProblems.append(QCoreApplication::translate("Store", "The store's trigger %1 is missing: its protections were "
                                                   "removed outside Pykälä.")
                                                    .arg(it.key()));
            else if (triggers.value(it.key()) != it.value())
                report.integrityProblems.append(QCoreApplication::translate("Store", "The store's trigger %1 was changed outside Pykälä.").arg(it.key()));
        }
        return success();
    }

    const QString &changeCounterQuery() const override { return m_changeCounter; }

    bool countsOwnCommits() const override { return false; }

    const QString &listenForCommits() const override
    {
        static const QString none;
        return none; // the data version is asked every second instead
    }

    // A lock file beside the store for each meeting held: the system's lock
    // on it goes with the process, and its pid, host and owner say who.
    Result<QString> holdMeeting(const Connection &db, qint64 meetingId) const override
    {
        auto &locks = db.meetingLocks();
        if (locks.count(meetingId))
            return QString();
        auto lock = std::make_unique<QLockFile>(lockPath(db, meetingId));
        lock->setStaleLockTime(0); // never taken from a live holder, however long it runs
        if (lock->tryLock(0)) {
            locks.emplace(meetingId, std::move(lock));
            return QString();
        }
        if (lock->error() != QLockFile::LockFailedError)
            return Failure{QCoreApplication::translate("Store", "Cannot hold the meeting: the lock file %1 cannot be "
                                                                "written beside the store. Check the folder's "
                                                                "permissions.")
                               .arg(QDir::toNativeSeparators(lockPath(db, meetingId)))};
        return holderOf(db, meetingId);
    }

    void releaseMeeting(const Connection &db, qint64 meetingId) const override
    {
        db.meetingLocks().erase(meetingId); // the lock file goes with it
    }

    Result<QString> meetingHolder(const Connection &db, qint64 meetingId) const override
    {
        if (db.meetingLocks().count(meetingId))
            return QString();
        QLockFile lock(lockPath(db, meetingId));
        lock.setStaleLockTime(0);
        if (lock.tryLock(0)) {
            lock.unlock();
            return QString();
        }
        return holderOf(db, meetingId);
    }

    const QString &auditInsert() const override { return m_auditInsert; }
    const QString &auditSequence() const override { return m_auditSequence; }

    const QStringList &beforeCommit() const override
    {
        static const QStringList none;
        return none;
    }

    Status beginCopy(const Connection &) const override { return success(); }

    Status endCopy(const Connection &db, qint64 auditSequence) const override
    {
        // A rowid is always the largest one's + 1; AUTOINCREMENT keeps the
        // largest id it gave in a row that appears with the first entry.
        QList<std::pair<QString, QVariant>> statements{
            {QStringLiteral("DELETE FROM sqlite_sequence WHERE name = 'audit_log'"), QVariant()}};
        if (auditSequence > 0)
            statements.append({QStringLiteral("INSERT INTO sqlite_sequence (name, seq) VALUES ('audit_log', ?)"),
                               auditSequence});
        for (const auto &[sql, value] : std::as_const(statements)) {
            Statement statement(db, sql);
            if (value.isValid())
                statement.bind(value);
            if (!statement.exec())
                return Status::failure(statement.errorMessage());
        }
        return success();
    }

    // A file's readers are whoever may read the file (Store refuses first).
    QStringList accessSetup() const override { return {}; }
    Status grantLogin(const Connection &, const StoreLogin &, const QByteArray &) const override
    {
        return Status::failure(QCoreApplication::translate("Store", "A store file has no logins."));
    }
    Status revokeLogin(const Connection &, const QString &) const override
    {
        return Status::failure(QCoreApplication::translate("Store", "A store file has no logins."));
    }
    Result<QString> changeRefusal(const Connection &, qint64) const override { return QString(); }

    const QString &indexInsert() const override { return m_indexInsert; }
    const QString &indexDelete() const override { return m_indexDelete; }
    const QString &indexOrphans() const override { return m_indexOrphans; }
    const QString &indexEntries() const override { return m_indexEntries; }

    Result<QList<RankedMatch>> rankedMatches(const Connection &db, const QList<QStringList> &groups,
                                             const SearchFilter &filter, int limit) const override
    {
        const auto cache = searchCacheOf(db);
        if (!cache)
            return Failure{cache.error()};
        MatchPass pass;
        pass.cache = *cache;
        pass.postings = &pass.cache->postings;
        for (const QStringList &group : groups) {
            pass.groups.push_back(int(group.size()));
            pass.phrases += int(group.size());
        }
        {
            Statement matches(db, m_matches, {SearchTerms::matchExpression(groups)});
            currentPass = &pass;
            const bool ran = matches.exec();
            while (ran && matches.next()) {
            }
            currentPass = nullptr;
            if (!matches.errorMessage().isEmpty())
                return Failure{matches.errorMessage()};
        }
        if (!pass.read)
            return QList<RankedMatch>(); // not one match
        MatchCounts &found = pass.cache->found;
        mergeMatches(pass, filter, found);
        if (found.ids.empty())
            return QList<RankedMatch>();
        const std::vector<double> ranks = SearchRanking::bm25(found);
        const bool newest = filter.order == SearchFilter::Order::Newest;
        const std::vector<size_t> contenders = SearchRanking::contenders(ranks, newest, limit);
        // The meetings' order (planned start, newest first, then id), then
        // the item's place on the agenda, from memory.
        std::vector<qint64> places;
        places.reserve(contenders.size());
        for (const size_t r : contenders) {
            const SqliteSearchCache::Item *item = cache.value()->item(found.ids[r]);
            places.push_back(SearchRanking::place(item->meeting, item->position));
        }
        return SearchRanking::best(found, ranks, contenders, places, newest, limit);
    }

private:
    static QString lockPath(const Connection &db, qint64 meetingId)
    {
        return db.qt().databaseName() + QStringLiteral(".meeting-%1.lock").arg(meetingId);
    }

    static QString holderOf(const Connection &db, qint64 meetingId)
    {
        const QString path = lockPath(db, meetingId);
        QLockFile lock(path);
        qint64 pid = 0;
        QString host;
        QString application;
        if (!lock.getLockInfo(&pid, &host, &application))
            return QCoreApplication::translate("Store", "another program");
        const QString owner = QFileInfo(path).owner();
        return QCoreApplication::translate("Store", "%1 on %2").arg(owner.isEmpty() ? QString::number(pid) : owner, host);
    }

    // Kept for the life of the program, found by their address (KeptSql).
    const StoreSupport::KeptSql m_changeCounter{QStringLiteral("PRAGMA data_version")};
    // AUTOINCREMENT gives the next id, and remembers the largest ever used.
    const StoreSupport::KeptSql m_auditInsert{
        QStringLiteral("INSERT INTO audit_log (at, actor, action, entity, entity_id, old_digest, new_digest, "
                       "previous_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")};
    const StoreSupport::KeptSql m_auditSequence{
        QStringLiteral("SELECT seq FROM sqlite_sequence WHERE name = 'audit_log'")};
    const StoreSupport::KeptSql m_indexInsert{
        QStringLiteral("INSERT INTO item_search (rowid, title, body) VALUES (?, ?, ?)")};
    const StoreSupport::KeptSql m_indexDelete{QStringLiteral("DELETE FROM item_search WHERE rowid = ?")};
    const StoreSupport::KeptSql m_indexOrphans{
        QStringLiteral("SELECT rowid FROM item_search WHERE rowid NOT IN (SELECT id FROM agenda_item)")};
    const StoreSupport::KeptSql m_indexEntries{QStringLiteral(
        "SELECT a.id, s.title, s.body FROM agenda_item a LEFT JOIN item_search s ON s.rowid = a.id ORDER BY a.id")};
    // The matches of an expression, each recorded by pykala_terms.
    const StoreSupport::KeptSql m_matches{
        QStringLiteral("SELECT pykala_terms(item_search) FROM item_search WHERE item_search MATCH ? LIMIT 1")};
};

} // namespace

const StoreEngine &sqliteEngine()
{
    static const SqliteEngine engine;
    return engine;
}
