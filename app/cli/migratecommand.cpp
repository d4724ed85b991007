// pykala-cli migrate: a whole store copied into a new one, from one engine
// to the other (an SQLite file, a PostgreSQL database) or on one.

#include "commands.h"
#include "commandsupport.h"
#include "terminaloutput.h"

#include "store/store.h"

#include <QElapsedTimer>
#include <QLocale>
#include <QTextStream>

namespace {

// "about 2 min 10 s left", from how fast it has gone so far.
QString timeLeft(qint64 elapsedMs, qint64 done, qint64 total)
{
    if (done <= 0 || elapsedMs < 1000)
        return Cli::tr("estimating the time left");
    const qint64 seconds = qMax<qint64>(1, (elapsedMs * (total - done) / done + 999) / 1000);
    if (seconds < 60)
        return Cli::tr("about %1 s left").arg(seconds);
    return Cli::tr("about %1 min %2 s left").arg(seconds / 60).arg(seconds % 60);
}

} // namespace

namespace Cli {

int migrate(const Context &context, const QString &source, const QString &target)
{
    // Read only: a copy never changes what it copies.
    auto opened = Store::open(source, Store::Mode::ReadOnly, context.busyTimeoutMs);
    if (!opened)
        return fail(context, opened.error());
    const Store &store = *opened.value();
    const QLocale locale;
    const Interruption interruption;
    ProgressLine line(stderr);
    QElapsedTimer clock;
    clock.start();
    const auto copied = store.copyTo(
        target,
        [&](qint64 done, qint64 total) {
            if (interruption.interrupted())
                return false;
            if (done < total)
                line.update(tr("Copying: %1 of %2 rows, %3")
                                .arg(locale.toString(done), locale.toString(total),
                                     timeLeft(clock.elapsed(), done, total)));
            else // Copied and committed: an interruption now is heard too late to undo it.
                line.update(tr("Checking the copy…"), true);
            return true;
        },
        context.busyTimeoutMs);
    line.clear();
    if (!copied)
        return fail(context, copied.error());
    *context.out << tr("Copied %1 into %2 in %3 s: %4 rows, an audit log of %5 entries. The copy checks out, and its "
                       "%6 audited records match the store copied.")
                        .arg(store.displayLocation(), copied->location,
                             locale.toString(double(clock.elapsed()) / 1000, 'f', 1), locale.toString(copied->rows),
                             locale.toString(copied->auditEntries), locale.toString(copied->records))
                 << Qt::endl;
    return Success;
}

} // namespace Cli
