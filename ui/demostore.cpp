#include "demostore.h"

#include "backgroundwork.h"

#include <QCoreApplication>

namespace DemoStore {

Status fill(QWidget *parent, const Store &store, DemoData::Options options)
{
    return BackgroundWork::run(
        parent, store, QCoreApplication::translate("DemoStore", "Creating the demo municipality…"), false,
        [options](Store &work, BackgroundWork::Progress &progress) mutable -> Status {
            options.progress = [&progress](int done, int total) {
                progress.step(done, total,
                              QCoreApplication::translate("DemoStore", "Creating the demo municipality: the register, "
                                                                       "then the meetings (%1 of %2)…")
                                  .arg(done)
                                  .arg(total));
            };
            const auto demo = DemoData::generate(work, options);
            return demo ? success() : Status(Failure{demo.error()});
        });
}

} // namespace DemoStore
