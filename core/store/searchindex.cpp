// The search index: each item's entry in item_search, written when the
// outermost transaction commits.

#include "store.h"

#include "auditlog.h"
#include "searchterms.h"
#include "statement.h"
#include "storeengine.h"
#include "text/richtext.h"

#include "connection.h"

#include <algorithm>
#include <condition_variable>
#include <deque>
#include <memory>
#include <mutex>
#include <optional>
#include <system_error>
#include <thread>
#include <vector>

// ---------------------------------------------------------------------------
// Full-text search

Status Store::reindexItem(qint64 itemId)
{
    if (m_transactionDepth == 0)
        return indexItem(itemId);
    m_readIndexSources.remove(itemId); // changed again: read anew
    m_unindexedItems.append(itemId);
    return success();
}

// What the search index holds of an item: its title and case reference, and
// its texts, preparers and attachment names, as words with their stems.
struct SearchIndexEntry
{
    qint64 itemId = 0;
    QString title;
    QStringList texts;  // HTML sections first, then plain names
    int htmlTexts = 0;
    QString indexedTitle;
    QString indexedBody;
};

namespace {

using IndexEntry = SearchIndexEntry;

void makeIndexText(IndexEntry &entry)
{
    for (int i = 0; i < entry.htmlTexts; ++i)
        entry.texts[i] = RichText::toPlainText(entry.texts.at(i));
    entry.indexedTitle = SearchTerms::indexText(entry.title);
    entry.indexedBody = SearchTerms::indexText(entry.texts.join(u'\n'));
}

// Makes index texts on a thread of its own, batch after batch, while the
// store's thread reads the next batch and writes the last: reading HTML and
// stemming words is most of the work of indexing.
class IndexWorker
{
public:
    IndexWorker()
        : m_thread([this] { run(); })
    {
    }
    ~IndexWorker()
    {
        {
            const std::lock_guard lock(m_mutex);
            m_stop = true;
        }
        m_wake.notify_all();
        m_thread.join();
    }
    Q_DISABLE_COPY_MOVE(IndexWorker)

    void submit(std::vector<IndexEntry> *batch)
    {
        {
            const std::lock_guard lock(m_mutex);
            m_queue.push_back(batch);
        }
        m_wake.notify_all();
    }

    void waitFor(std::vector<IndexEntry> *batch)
    {
        std::unique_lock lock(m_mutex);
        m_finished.wait(lock, [&] { return std::find(m_done.cbegin(), m_done.cend(), batch) != m_done.cend(); });
        m_done.erase(std::find(m_done.cbegin(), m_done.cend(), batch));
    }

private:
    void run()
    {
        for (;;) {
            std::vector<IndexEntry> *batch = nullptr;
            {
                std::unique_lock lock(m_mutex);
                m_wake.wait(lock, [&] { return m_stop || !m_queue.empty(); });
                if (m_queue.empty())
                    return;
                batch = m_queue.front();
                m_queue.pop_front();
            }
            for (IndexEntry &entry : *batch)
                makeIndexText(entry);
            {
                const std::lock_guard lock(m_mutex);
                m_done.push_back(batch);
            }
            m_finished.notify_all();
        }
    }

    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::condition_variable m_finished;
    std::deque<std::vector<IndexEntry> *> m_queue;
    std::vector<std::vector<IndexEntry> *> m_done;
    bool m_stop = false;
    std::thread m_thread; // last: started when the rest is ready
};

} // namespace

Status Store::indexPendingItems(std::vector<std::unique_ptr<Statement>> *ending)
{
    // What was read early (itemDigest) serves this commit only.
    struct Forget
    {
        QHash<qint64, std::shared_ptr<SearchIndexEntry>> &sources;
        ~Forget() { sources.clear(); }
    } forget{m_readIndexSources};
    QList<qint64> items;
    items.swap(m_unindexedItems);
    std::sort(items.begin(), items.end());
    items.erase(std::unique(items.begin(), items.end()), items.end());
    auto write = [&](const std::vector<IndexEntry> &entries) -> Status {
        for (const IndexEntry &entry : entries) {
            Statement insert(database(), database().engine().indexInsert(),
                             {entry.itemId, entry.indexedTitle, entry.indexedBody});
            if (!insert.exec())
                return Status::failure(insert.errorMessage());
        }
        return success();
    };
    std::optional<IndexWorker> worker;
    if (items.size() >= 256 && std::thread::hardware_concurrency() >= 2) {
        try {
            worker.emplace();
        } catch (const std::system_error &) {
            // No thread to be had: the texts are made here.
        }
    }
    if (!worker) {
        for (const qint64 item : std::as_const(items))
            PYKALA_TRY(indexItem(item, ending));
        return success();
    }
    // Batch k is read while batch k - 1 is made, and written while k is made.
    constexpr qsizetype batchSize = 1024;
    std::deque<std::vector<IndexEntry>> batches;
    Status status = success();
    for (qsizetype first = 0; first < items.size() && status.ok(); first += batchSize) {
        batches.emplace_back();
        for (qsizetype i = first; i < qMin(items.size(), first + batchSize); ++i) {
            auto entry = indexSource(items.at(i));
            if (!entry) {
                status = Failure{entry.error()};
                break;
            }
            if (entry->has_value())
                batches.back().push_back(std::move(*entry.value()));
        }
        worker->submit(&batches.back());
        if (batches.size() == 2) {
            worker->waitFor(&batches.front());
            if (status.ok())
                status = write(batches.front());
            batches.pop_front();
        }
    }
    // The worker finishes what it was given before it is gone.
    for (std::vector<IndexEntry> &batch : batches) {
        worker->waitFor(&batch);
        if (status.ok())
            status = write(batch);
    }
    return status;
}

namespace {

// What the item's search entry is made of: its row, its preparers and its
// attachments' names, read by three statements run together (after
// `first`, when given: one round trip to a server).
struct IndexSourceQuery
{
    IndexSourceQuery(const Connection &db, qint64 itemId)
        : itemId(itemId)
        , item(db, QStringLiteral("SELECT title, case_reference, background, proposal, decision, proceedings "
                                  "FROM agenda_item WHERE id = ?"),
               {itemId})
        , preparers(db, QStringLiteral("SELECT name, title FROM preparer WHERE item_id = ? ORDER BY position"),
                    {itemId})
        , names(db, QStringLiteral("SELECT name FROM attachment WHERE item_id = ?"), {itemId})
    {
    }

    // None when the item is gone.
    Result<std::optional<SearchIndexEntry>> read(Statement *first = nullptr)
    {
        using R = Result<std::optional<IndexEntry>>;
        std::vector<Statement *> statements = reads();
        if (first)
            statements.insert(statements.begin(), first);
        if (const Statement *failed = Statement::execTogether(statements))
            return R::failure(failed->errorMessage());
        return entry();
    }

    std::vector<Statement *> reads() { return {&item, &preparers, &names}; }

    // The entry from the rows of reads(), run.
    std::optional<SearchIndexEntry> entry()
    {
        if (!item.next())
            return std::nullopt;
        IndexEntry entry;
        entry.itemId = itemId;
        entry.title = item.value(0).toString() + QLatin1Char(' ') + item.value(1).toString();
        entry.texts = {item.value(2).toString(), item.value(3).toString(), item.value(4).toString(),
                       item.value(5).toString()};
        entry.htmlTexts = int(entry.texts.size());
        while (preparers.next())
            entry.texts << preparers.value(0).toString() << preparers.value(1).toString();
        while (names.next())
            entry.texts << names.value(0).toString();
        return entry;
    }

    qint64 itemId;
    Statement item;
    Statement preparers;
    Statement names;
};

Result<std::optional<SearchIndexEntry>> readIndexSource(const Connection &db, qint64 itemId)
{
    return IndexSourceQuery(db, itemId).read();
}

} // namespace

// Removes the item's search entry and reads what its new one is made of;
// none when the item is gone.
Result<std::optional<SearchIndexEntry>> Store::indexSource(qint64 itemId)
{
    const Connection &db = database();
    Statement remove(db, db.engine().indexDelete(), {itemId});
    return IndexSourceQuery(db, itemId).read(&remove);
}

Result<QString> Store::itemDigest(qint64 itemId)
{
    const Connection &db = database();
    const QString entity = QStringLiteral("agenda_item");
    // An item whose entry waits for the commit has what the entry is made
    // of read with its digest, in the same round trip to a server, and
    // kept for the commit unless the item changes again (reindexItem).
    // The audit is the last step of each change. A few are kept, not the
    // many items of one import, which indexPendingItems reads in batches.
    constexpr qsizetype kept = 64;
    if (m_transactionDepth == 0 || m_readIndexSources.size() >= kept || !m_unindexedItems.contains(itemId))
        return AuditLog::entityDigest(db, entity, itemId);
    IndexSourceQuery source(db, itemId);
    const auto digest = AuditLog::entityDigest(db, entity, itemId, source.reads());
    if (!digest)
        return digest;
    if (auto entry = source.entry())
        m_readIndexSources.insert(itemId, std::make_shared<SearchIndexEntry>(std::move(*entry)));
    return digest;
}

Result<QStringList> Store::searchIndexProblems() const
{
    const Connection &db = database();
    QStringList problems;
    // Entries of items that are gone.
    Statement orphans(db, db.engine().indexOrphans());
    if (!orphans.exec())
        return Failure{orphans.errorMessage()};
    while (orphans.next())
        problems << tr("The search index has an entry for agenda item %1, which is not in the store.")
                        .arg(orphans.value(0).toLongLong());
    orphans.finish();
    // Each item's entry, made again from the item and compared.
    Statement ids(db, db.engine().indexEntries());
    if (!ids.exec())
        return Failure{ids.errorMessage()};
    QList<std::tuple<qint64, QVariant, QVariant>> stored;
    while (ids.next())
        stored.append({ids.value(0).toLongLong(), ids.value(1), ids.value(2)});
    ids.finish();
    for (const auto &[id, title, body] : std::as_const(stored)) {
        auto entry = readIndexSource(db, id);
        if (!entry)
            return Failure{entry.error()};
        if (!entry->has_value())
            continue;
        IndexEntry &made = *entry.value();
        makeIndexText(made);
        if (title.isNull())
            problems << tr("Agenda item %1 has no entry in the search index.").arg(id);
        else if (title.toString() != made.indexedTitle || body.toString() != made.indexedBody)
            problems << tr("The search index does not match agenda item %1: the item or its index was changed "
                           "outside Pykälä.").arg(id);
    }
    return problems;
}

// The item's search entry as it is stored now; none when it is gone.
Status Store::indexItem(qint64 itemId, std::vector<std::unique_ptr<Statement>> *ending)
{
    // What the entry is made of, read with the item's audit digest; its
    // old entry is then removed with the commit's statements.
    const std::shared_ptr<SearchIndexEntry> early = ending ? m_readIndexSources.take(itemId) : nullptr;
    if (early)
        ending->push_back(std::make_unique<Statement>(database(), database().engine().indexDelete(),
                                                      std::initializer_list<QVariant>{itemId}));
    auto entry = early ? Result<std::optional<SearchIndexEntry>>(std::move(*early)) : indexSource(itemId);
    if (!entry)
        return Failure{entry.error()};
    if (!entry->has_value())
        return success();
    SearchIndexEntry &made = *entry.value();
    makeIndexText(made);
    auto insert = std::make_unique<Statement>(database(), database().engine().indexInsert(),
                                              std::initializer_list<QVariant>{itemId, made.indexedTitle,
                                                                              made.indexedBody});
    if (ending) {
        ending->push_back(std::move(insert));
        return success();
    }
    return insert->exec() ? success() : Status::failure(insert->errorMessage());
}
