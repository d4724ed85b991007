#include "backgroundwork.h"

#include "documents/documentrenderer.h"
#include "store/store.h"

#include <QCloseEvent>
#include <QEventLoop>
#include <QProgressDialog>
#include <QThread>

namespace BackgroundWork {

namespace {

// Stays open until the work is done: Stop, Escape and closing the window
// ask the work to stop, and the dialog says it will once the step under way
// is done. (QProgressDialog would hide itself and let the windows be used
// while the work still runs.)
class WorkDialog : public QProgressDialog
{
public:
    WorkDialog(const QString &label, bool stoppable, QWidget *parent)
        : QProgressDialog(label, stoppable ? Progress::tr("Stop") : QString(), 0, 0, parent)
        , m_stoppable(stoppable)
        , m_stopped(std::make_shared<std::atomic<bool>>(false))
    {
        disconnect(this, &QProgressDialog::canceled, this, &QProgressDialog::cancel);
        connect(this, &QProgressDialog::canceled, this, &WorkDialog::stop);
        if (!stoppable)
            setCancelButton(nullptr);
    }

    std::shared_ptr<std::atomic<bool>> stopped() const { return m_stopped; }

    void reject() override { stop(); }

protected:
    void closeEvent(QCloseEvent *event) override
    {
        event->ignore();
        stop();
    }

private:
    void stop()
    {
        if (!m_stoppable || *m_stopped)
            return;
        *m_stopped = true;
        setLabelText(Progress::tr("Stopping once the step under way is done…"));
    }

    bool m_stoppable;
    std::shared_ptr<std::atomic<bool>> m_stopped;
};

} // namespace

Progress::Progress(QProgressDialog *dialog, std::shared_ptr<std::atomic<bool>> stopped)
    : m_dialog(dialog)
    , m_stopped(std::move(stopped))
{
}

void Progress::step(int done, int total, const QString &text)
{
    // The dialog lives on the window's thread: the change is queued there.
    QMetaObject::invokeMethod(
        m_dialog.data(),
        [dialog = m_dialog, done, total, text] {
            if (!dialog)
                return;
            dialog->setMaximum(total);
            dialog->setValue(done);
            if (!text.isEmpty())
                dialog->setLabelText(text);
        },
        Qt::QueuedConnection);
}

bool Progress::stopped() const
{
    return *m_stopped;
}

Status run(QWidget *parent, const Store &store, const QString &label, bool stoppable, const Work &work)
{
    // The documents' font is registered here, once, before another thread
    // lays a document out.
    DocumentRenderer::fontFamily();
    const QString path = store.path();
    const QString actor = store.actor();
    return run(parent, label, stoppable, [&](Progress &progress) -> Status {
        auto opened = Store::open(path);
        if (!opened)
            return Failure{opened.error()};
        opened.value()->setActor(actor);
        return work(*opened.value(), progress);
    });
}

Status run(QWidget *parent, const QString &label, bool stoppable, const Task &task)
{
    WorkDialog dialog(label, stoppable, parent);
    dialog.setWindowTitle(Progress::tr("Pykälä"));
    dialog.setWindowModality(Qt::WindowModal);
    dialog.setAutoClose(false);
    dialog.setAutoReset(false);
    dialog.setMinimumDuration(300);
    dialog.setMinimumWidth(420);

    Status outcome = success();
    Progress progress(&dialog, dialog.stopped());
    std::unique_ptr<QThread> thread(QThread::create([&] { outcome = task(progress); }));
    QEventLoop loop;
    QObject::connect(thread.get(), &QThread::finished, &loop, &QEventLoop::quit);
    thread->start();
    loop.exec();
    thread->wait();
    return outcome;
}

} // namespace BackgroundWork
