#pragma once

#include "model/result.h"

#include <QCoreApplication>
#include <QPointer>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>

class QProgressDialog;
class QWidget;
class Store;

// Work that takes long — documents laid out, packages written, messages
// sent — done on a thread of its own while a progress dialog shows how far
// it is: the windows keep painting and the dialog's Stop is heard. Work on
// the store runs over a second connection to the same store file, which
// writes like any other writer (its own transactions, the audit log); the
// window sees its changes as it sees other programs' (Store::dataVersion).
namespace BackgroundWork {

// What the work tells the dialog. Called on the work's thread.
class Progress
{
    Q_DECLARE_TR_FUNCTIONS(BackgroundWork)

public:
    Progress(QProgressDialog *dialog, std::shared_ptr<std::atomic<bool>> stopped);
    // Step `done` of `total` (0 while it is not known), with what is done now.
    void step(int done, int total, const QString &text);
    // Whether the user pressed Stop: the work stops at its next step.
    bool stopped() const;

private:
    QPointer<QProgressDialog> m_dialog;
    std::shared_ptr<std::atomic<bool>> m_stopped;
};

using Work = std::function<Status(Store &store, Progress &progress)>;
using Task = std::function<Status(Progress &progress)>;

// Runs `work` over a new connection to `store`'s file (with its actor) on a
// thread of its own and returns its outcome once it is done; meanwhile a
// window-modal progress dialog over `parent` shows `label` and the steps
// the work reports, with a Stop button when `stoppable`.
Status run(QWidget *parent, const Store &store, const QString &label, bool stoppable, const Work &work);

// Runs `task`, which needs no store, on a thread of its own under the same
// progress dialog.
Status run(QWidget *parent, const QString &label, bool stoppable, const Task &task);

} // namespace BackgroundWork
