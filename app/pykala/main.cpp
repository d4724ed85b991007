// pykala: the desktop client.

#include "demostore.h"
#include "mainwindow.h"
#include "reviewwindow.h"
#include "uilanguage.h"

#include "signing/packageenvelope.h"

#include "store/store.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QIcon>
#include <QMessageBox>
#include <QTimer>
#include <QTreeView>

#include <cstdio>
#include <ctime>

namespace {

// The start-up benchmark (tests/bench) sets PYKALA_STARTUP_PROBE to the
// CLOCK_MONOTONIC time in nanoseconds at which it started this process. When
// the navigator has painted its first list of meetings, the client prints how
// long that took and quits.
class StartupProbe : public QObject
{
public:
    StartupProbe(QWidget *viewport, qint64 startedNs)
        : QObject(viewport)
        , m_startedNs(startedNs)
    {
        viewport->installEventFilter(this);
    }

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint) {
            watched->removeEventFilter(this);
            // After this paint has been drawn and flushed to the screen.
            QTimer::singleShot(0, qApp, [started = m_startedNs] {
                timespec now{};
                clock_gettime(CLOCK_MONOTONIC, &now);
                const qint64 elapsed = qint64(now.tv_sec) * 1000000000 + now.tv_nsec - started;
                std::printf("first-paint-ms %.1f\n", double(elapsed) / 1e6);
                std::fflush(stdout);
                QCoreApplication::quit();
            });
        }
        return false;
    }

private:
    qint64 m_startedNs;
};

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("pykala"));
    QApplication::setApplicationName(QStringLiteral("pykala"));
    QApplication::setApplicationDisplayName(QStringLiteral("Pykälä"));
    QApplication::setApplicationVersion(QStringLiteral(PYKALA_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("fi.pykala.Pykala"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/pykala.svg")));

    // The language chosen in the preferences, else the system's.
    UiLanguage::apply(UiLanguage::configured());

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Pykälä desktop client."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("store"),
                                 QApplication::translate("main", "The store to open (default: $PYKALA_STORE, else the "
                                                                 "store used last, else %1).")
                                     .arg(Store::defaultPath()),
                                 QStringLiteral("[store]"));
    const QCommandLineOption reviewOption(
        QStringLiteral("review"),
        QApplication::translate("main", "Open the store read-only for review. A meeting package always opens so."));
    parser.addOption(reviewOption);
    parser.process(app);

    // Review mode: any store read-only. Nothing is created, remembered or
    // written.
    auto review = [&app](const QString &given) {
        QString error;
        ReviewWindow *reviewed = ReviewWindow::open(given, &error);
        if (!reviewed) {
            QMessageBox::critical(nullptr, QApplication::translate("main", "Pykälä"), error);
            return 1;
        }
        reviewed->show();
        return app.exec();
    };
    if (parser.isSet(reviewOption)) {
        const QString given = parser.positionalArguments().value(0);
        if (given.isEmpty()) {
            QMessageBox::critical(nullptr, QApplication::translate("main", "Pykälä"),
                                  QApplication::translate("main", "Name the package or store to review: pykala --review FILE."));
            return 2;
        }
        return review(given);
    }

    QString path = parser.positionalArguments().value(0);
    // A member's encrypted package opens for review, with their key.
    if (!path.isEmpty() && PackageEnvelope::isEnvelopeFile(path))
        return review(path);
    if (path.isEmpty())
        path = qEnvironmentVariable("PYKALA_STORE");
    // Else the store used last, when it is still there (a server's is
    // tried: should it not answer, the default store opens instead).
    bool lastOnServer = false;
    std::unique_ptr<Store> lastStore; // the server's, opened
    if (path.isEmpty() && !MainWindow::recentStores().isEmpty()) {
        const QString last = MainWindow::recentStores().constFirst();
        lastOnServer = Store::isServerLocation(last);
        if (lastOnServer || QFileInfo::exists(last))
            path = last;
    }
    if (lastOnServer) {
        auto last = Store::open(path);
        if (!last) {
            QMessageBox::warning(nullptr, QApplication::translate("main", "Pykälä"),
                                 QApplication::translate("main", "%1\n\nThe store on this computer opens instead.")
                                     .arg(last.error()));
            path.clear();
        } else {
            lastStore = std::move(last.value());
        }
    }
    const bool defaultStore = path.isEmpty() || path == Store::defaultPath();
    if (defaultStore)
        path = Store::defaultPath();

    // The default store is created, with demo data, on first start (and
    // filled again should that first start have been cut short).
    const bool create = defaultStore && !QFileInfo::exists(path);
    auto store = lastStore ? Result<std::unique_ptr<Store>>(std::move(lastStore))
                           : Store::open(path, create ? Store::Mode::CreateNew : Store::Mode::OpenExisting);
    if (store && defaultStore) {
        const auto bodies = store.value()->bodies();
        const auto persons = store.value()->persons();
        if (!bodies || !persons) {
            store = Failure{bodies ? persons.error() : bodies.error()};
        } else if (bodies->isEmpty() && persons->isEmpty()) {
            // On a thread of its own, with its progress shown: a slow disk
            // takes a while over the demo's thousands of items.
            const Status filled = DemoStore::fill(nullptr, *store.value());
            if (!filled)
                store = Failure{filled.error()};
        }
    }
    if (!store) {
        QMessageBox::critical(nullptr, QApplication::translate("main", "Pykälä"), store.error());
        return 1;
    }
    // A meeting package always opens read-only: for review.
    if (store.value()->readOnly()) {
        (new ReviewWindow(std::move(store.value())))->show();
        return app.exec();
    }
    MainWindow window(std::move(store.value()));
    if (const QByteArray probe = qgetenv("PYKALA_STARTUP_PROBE"); !probe.isEmpty()) {
        if (auto *navigator = window.findChild<QTreeView *>(QStringLiteral("navigator")))
            new StartupProbe(navigator->viewport(), probe.toLongLong());
    }
    window.show();
    return app.exec();
}
