// Fuzz target: opening a store file (core/store/store.h) that may be damaged,
// truncated, another program's database or no database at all.
//
// The input is the file's bytes; it is written to a file of its own and
// opened as `pykala-cli --store FILE` opens one. When the store opens, a few
// reads follow: what the navigator, the documents and `pykala-cli check`
// read. Whether each succeeds does not matter; none may crash.

#include "fuzzsupport.h"

#include "store/store.h"

#include <QFile>

#include <memory>

namespace {

QString storePath;

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    Fuzz::start(argc, argv);
    storePath = Fuzz::scratchPath(QStringLiteral("input.sqlite"));
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Fuzz::removeStore(storePath);
    {
        QFile file(storePath);
        if (!file.open(QIODevice::WriteOnly) || file.write(Fuzz::bytes(data, size)) != qint64(size))
            Fuzz::fail(QStringLiteral("cannot write ") + storePath);
    }
    auto opened = Store::open(storePath, Store::Mode::OpenExisting, 0);
    if (!opened) {
        Fuzz::note(QStringLiteral("refused: ") + opened.error());
        return 0;
    }
    const std::unique_ptr<Store> store = std::move(opened.value());
    store->setActor(QStringLiteral("fuzz"));
    store->organisation();
    store->bodies();
    store->persons();
    store->memberships();
    store->agendaItemCounts();
    if (const auto meetings = store->meetings()) {
        for (const Meeting &meeting : meetings->mid(0, 3)) {
            store->meetingReference(meeting);
            store->invitees(meeting.id);
            store->meetingEvents(meeting.id);
            store->signedMinutes(meeting.id);
            store->corrections(meeting.id);
            store->disclosures(meeting.id);
            if (const auto items = store->agendaItems(meeting.id)) {
                for (const AgendaItem &item : items->mid(0, 3))
                    store->attachments(item.id, true);
            }
        }
    }
    store->allSignedMinutes();
    store->packageInfo();
    store->search(QStringLiteral("talousarvio"));
    store->check();
    return 0;
}
