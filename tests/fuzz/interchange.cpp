// Fuzz target: importing an interchange document (core/exchange/interchange.h)
// into a fresh, empty store.
//
// The input is a JSON document as `pykala-cli import` reads it. It is first
// imported into an empty store kept open, inside a transaction that is then
// rolled back, which leaves the store empty for the next input and costs far
// less than a new store; most inputs are refused there. One that imports is
// imported again as a first import into a copy of an empty store, made
// once. Besides not crashing: what was imported passes the store's check,
// and exports a document that imports into another empty store and exports
// to the same bytes (docs/interchange.md).

#include "fuzzsupport.h"

#include "exchange/interchange.h"
#include "store/store.h"

#include <QFile>

#include <memory>

namespace {

QString emptyStore; // made once, copied for every input that imports
Store *keptStore = nullptr; // empty, open for the life of the process

std::unique_ptr<Store> freshStore(const QString &name)
{
    const QString path = Fuzz::scratchPath(name);
    Fuzz::removeStore(path);
    if (!QFile::copy(emptyStore, path))
        Fuzz::fail(QStringLiteral("cannot copy the empty store to ") + path);
    auto store = Store::open(path);
    if (!store)
        Fuzz::fail(QStringLiteral("cannot open a copy of the empty store: ") + store.error());
    store.value()->setActor(QStringLiteral("fuzz"));
    return std::move(store.value());
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    Fuzz::start(argc, argv);
    emptyStore = Fuzz::scratchPath(QStringLiteral("empty.sqlite"));
    {
        const auto made = Store::open(emptyStore, Store::Mode::CreateNew);
        if (!made)
            Fuzz::fail(QStringLiteral("cannot create a store: ") + made.error());
    }
    keptStore = freshStore(QStringLiteral("kept.sqlite")).release();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray json = Fuzz::bytes(data, size);
    {
        Store::Transaction rolledBack(*keptStore);
        if (!rolledBack.ok())
            Fuzz::fail(QStringLiteral("cannot begin a transaction: ") + rolledBack.error());
        const auto imported = Interchange::importJson(*keptStore, json);
        if (!imported) {
            Fuzz::note(QStringLiteral("refused: ") + imported.error());
            return 0;
        }
    }
    const std::unique_ptr<Store> store = freshStore(QStringLiteral("import.sqlite"));
    const auto imported = Interchange::importJson(*store, json);
    if (!imported)
        Fuzz::fail(QStringLiteral("imports inside a transaction but not alone: ") + imported.error());
    const auto report = store->check();
    if (!report)
        Fuzz::fail(QStringLiteral("check fails after an import: ") + report.error());
    if (!report->ok())
        Fuzz::fail(QStringLiteral("check finds problems after an import: ")
                   + (report->integrityProblems + report->foreignKeyProblems + report->auditProblems)
                         .join(QStringLiteral("; ")));
    const auto exported = Interchange::exportJson(*store);
    if (!exported)
        Fuzz::fail(QStringLiteral("what was imported does not export: ") + exported.error());
    const std::unique_ptr<Store> second = freshStore(QStringLiteral("reimport.sqlite"));
    const auto reimported = Interchange::importJson(*second, *exported);
    if (!reimported)
        Fuzz::fail(QStringLiteral("an export does not import into an empty store: ") + reimported.error());
    const auto again = Interchange::exportJson(*second);
    if (!again)
        Fuzz::fail(QStringLiteral("a reimported export does not export: ") + again.error());
    if (*again != *exported)
        Fuzz::fail(QStringLiteral("export → import → export changes the document"));
    return 0;
}
