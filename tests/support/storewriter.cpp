// Writes to a store, one change after another, and prints each change once
// the store has acknowledged it: "N KIND". The durability test kills this
// process at random moments and then checks that every acknowledged change
// is there, and that no change is there in part. Each round N makes every
// kind of write the store does:
//   person      an insert (a person)
//   item        an insert with a file (an agenda item, then its attachment of
//               96 KiB: two changes, each acknowledged)
//   update      an update that re-indexes for search (the item's texts)
//   remove      a delete (the attachment)
//   batch       one transaction of ten inserts (persons "N-0" … "N-9"):
//               all or nothing, acknowledged or not
//
// With "hold" for FIRST it holds the meeting instead (Store::holdMeeting),
// prints "held" (or who holds it) and waits to be killed.

#include "store/store.h"

#include <QCoreApplication>

#include <cstdio>

namespace {

void acknowledge(int round, const char *kind)
{
    std::printf("%d %s\n", round, kind);
    std::fflush(stdout);
}

int refused(const QString &error)
{
    std::fprintf(stderr, "%s\n", qPrintable(error));
    return 1;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() != 4) {
        std::fprintf(stderr, "usage: pykala-test-writer STORE MEETING-ID FIRST\n");
        return 2;
    }
    auto opened = Store::open(arguments.at(1));
    if (!opened)
        return refused(opened.error());
    Store &store = *opened.value();
    const qint64 meeting = arguments.at(2).toLongLong();
    if (arguments.at(3) == u"hold") {
        const auto holder = store.holdMeeting(meeting);
        if (!holder)
            return refused(holder.error());
        std::printf("%s\n", holder->isEmpty() ? "held" : qPrintable(*holder));
        std::fflush(stdout);
        return app.exec();
    }
    for (int round = arguments.at(3).toInt();; ++round) {
        const QString n = QString::number(round);
        Person person;
        person.givenName = n;
        person.familyName = QStringLiteral("Kirjoittaja");
        person.title = QString(200, u'x'); // enough bytes to fill pages and trigger checkpoints
        if (const auto id = store.addPerson(person); !id)
            return refused(id.error());
        acknowledge(round, "person");

        AgendaItem item;
        item.meetingId = meeting;
        item.title = QStringLiteral("Asia ") + n;
        const auto itemId = store.addAgendaItem(item);
        if (!itemId)
            return refused(itemId.error());
        Attachment attachment;
        attachment.itemId = *itemId;
        attachment.name = QStringLiteral("liite-%1.pdf").arg(round);
        attachment.mediaType = QStringLiteral("application/pdf");
        attachment.content = QByteArray("%PDF-1.4\n") + QByteArray(96 * 1024, char('a' + round % 26));
        const auto attachmentId = store.addAttachment(attachment);
        if (!attachmentId)
            return refused(attachmentId.error());
        acknowledge(round, "item");

        auto stored = store.agendaItem(*itemId);
        if (!stored || !stored->has_value())
            return refused(stored ? QStringLiteral("item gone") : stored.error());
        AgendaItem changed = stored->value();
        changed.background = QStringLiteral("<p>Muutos %1</p>").arg(round);
        if (const Status updated = store.updateAgendaItem(changed); !updated)
            return refused(updated.error());
        acknowledge(round, "update");

        if (const Status removed = store.removeAttachment(*attachmentId); !removed)
            return refused(removed.error());
        acknowledge(round, "remove");

        {
            Store::Transaction batch(store);
            if (!batch.ok())
                return refused(batch.error());
            for (int i = 0; i < 10; ++i) {
                Person member;
                member.givenName = QStringLiteral("%1-%2").arg(round).arg(i);
                member.familyName = QStringLiteral("Erä");
                if (const auto id = store.addPerson(member); !id)
                    return refused(id.error());
            }
            if (const Status committed = batch.commit(); !committed)
                return refused(committed.error());
        }
        acknowledge(round, "batch");
    }
}
