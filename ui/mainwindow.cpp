#include "mainwindow.h"

#include "connectdialog.h"
#include "copystoredialog.h"
#include "documentprinting.h"
#include "documentwindow.h"
#include "helpwindow.h"
#include "itemeditmodel.h"
#include "itemeditor.h"
#include "labels.h"
#include "meetingdialogs.h"
#include "meetingconsole.h"
#include "preferencesdialog.h"
#include "uilanguage.h"
#include "meetingpage.h"
#include "memberimportdialog.h"
#include "casewindow.h"
#include "registerwindow.h"
#include "reviewwindow.h"
#include "setupassistant.h"
#include "navigatormodel.h"
#include "roles.h"
#include "pdfviewer.h"
#include "publishingdialogs.h"
#include "searchpanel.h"
#include "shortcutsdialog.h"

#include "documents/meetingdocuments.h"
#include "exchange/meetingpackage.h"
#include "signing/packageenvelope.h"
#include "store/store.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDesktopServices>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QMenu>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>
#include <QTreeView>
#include <QUrl>
#include <QVBoxLayout>

#include <functional>

MainWindow::MainWindow(std::unique_ptr<Store> store, QWidget *parent)
    : QMainWindow(parent)
    , m_store(std::move(store))
{
    setWindowTitle(tr("Pykälä"));
    resize(1280, 800);
    m_status = new QLabel;
    statusBar()->addWidget(m_status, 1);
    buildCentral();
    buildMenus();
    reload();
    m_watch = new QTimer(this);
    m_watch->setInterval(watchIntervalMs);
    connect(m_watch, &QTimer::timeout, this, &MainWindow::watchStore);
    m_watch->start();
    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    m_splitter->restoreState(settings.value(QStringLiteral("window/splitter")).toByteArray());
    rememberStore(*m_store);
}

MainWindow::~MainWindow()
{
    // The widgets and the consoles hold the store: they go first, the
    // consoles giving back the meetings they run.
    for (const QPointer<MeetingConsole> &console : std::as_const(m_consoles)) {
        if (console) {
            console->releaseHold();
            delete console;
        }
    }
    delete takeCentralWidget();
}

QWidget *MainWindow::currentPage() const
{
    return m_pages->currentWidget();
}

void MainWindow::buildCentral()
{
    m_navigator = new NavigatorModel(*m_store, this);
    m_navigatorView = new QTreeView;
    m_navigatorView->setObjectName(QStringLiteral("navigator"));
    m_navigatorView->setModel(m_navigator);
    m_navigatorView->setHeaderHidden(true);
    m_navigatorView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_navigatorView->setAccessibleName(tr("Bodies, meetings and items"));
    m_navigatorView->setAccessibleDescription(tr("Bodies, then years, meetings and their agenda items"));
    m_search = new SearchPanel(*m_store);

    auto *left = new QWidget;
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(6, 6, 0, 6);
    leftLayout->addWidget(m_search);
    leftLayout->addWidget(m_navigatorView, 1);
    connect(m_search, &SearchPanel::cleared, this, [this] { m_navigatorView->show(); });
    connect(m_search->field(), &QLineEdit::textEdited, this, [this](const QString &text) {
        m_navigatorView->setVisible(text.trimmed().isEmpty());
    });
    connect(m_search, &SearchPanel::itemActivated, this, [this](qint64 meeting, qint64 item) { selectItem(meeting, item); });

    m_welcome = new QLabel;
    m_welcome->setAlignment(Qt::AlignCenter);
    m_welcome->setWordWrap(true);
    m_welcome->setMargin(24);
    m_meetingPage = new MeetingPage(*m_store);
    m_editor = new ItemEditor(*m_store);
    m_pages = new QStackedWidget;
    m_pages->addWidget(m_welcome);
    m_pages->addWidget(m_meetingPage);
    m_pages->addWidget(m_editor);

    m_splitter = new QSplitter(Qt::Horizontal);
    m_splitter->addWidget(left);
    m_splitter->addWidget(m_pages);
    m_splitter->setStretchFactor(1, 3);
    m_splitter->setSizes({360, 920});
    setCentralWidget(m_splitter);
    m_navigator->setParent(m_splitter); // goes with the widgets when the store is replaced

    connect(m_navigatorView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) {
                if (!m_selecting)
                    showSelection(current);
            });
    connect(m_meetingPage, &MeetingPage::itemActivated, this,
            [this](qint64 meeting, qint64 item) { selectItem(meeting, item); });
    connect(m_meetingPage, &MeetingPage::itemAdded, this, [this](qint64 meeting, qint64 item) {
        // A new item is named first: its title is selected for typing over.
        if (selectItem(meeting, item))
            m_editor->focusTitle();
    });
    connect(m_meetingPage, &MeetingPage::agendaChanged, this, [this](qint64 meeting) {
        m_navigator->refreshMeeting(meeting);
        // The meeting's window shows the agenda as it is now.
        if (const QPointer<MeetingConsole> console = m_consoles.value(meeting)) {
            QString error;
            if (!console->load(&error))
                showError(error);
        }
    });
    connect(m_meetingPage, &MeetingPage::meetingChanged, this, &MainWindow::refresh);
    connect(m_meetingPage, &MeetingPage::errorOccurred, this, &MainWindow::showError);
    connect(m_meetingPage, &MeetingPage::runMeetingRequested, this, &MainWindow::runMeeting);
    connect(m_editor, &ItemEditor::attachmentPreviewRequested, this, &MainWindow::previewAttachment);
    connect(m_editor, &ItemEditor::itemPrepared, this, [this](qint64 meeting, qint64 item) {
        m_navigator->refreshMeeting(meeting);
        selectItem(meeting, item);
    });
    connect(m_editor, &ItemEditor::closeRequested, this, [this] {
        showMeetingPage(m_currentMeeting);
        showPageInNavigator();
    });
    connect(m_store.get(), &Store::changed, this, &MainWindow::storeChanged);
    // Others' changes as soon as the server tells of them; the watch looks
    // every second besides (and alone, for a file).
    if (const Status watching = m_store->watchForChanges(); !watching)
        statusBar()->showMessage(watching.error(), 10000);
    connect(m_store.get(), &Store::changedElsewhere, this, &MainWindow::watchStore, Qt::UniqueConnection);
}

void MainWindow::buildMenus()
{
    menuBar()->clear();
    m_meetingActions.clear();
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&New Store…"), QKeySequence::New, this, &MainWindow::newStoreDialog);
    file->addAction(tr("&Open Store…"), QKeySequence::Open, this, &MainWindow::openStoreDialog);
    file->addAction(tr("Connect to &Server…"), this, &MainWindow::connectToServer);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::fillRecentMenu);
    file->addAction(tr("Open for Re&view…"), this, [this] {
        const QString path = QFileDialog::getOpenFileName(
            this, tr("Open for Review"), browseFolder(),
            tr("Meeting packages (*.%1);;Pykälä stores (*.sqlite);;All files (*)").arg(MeetingPackage::suffix()));
        if (!path.isEmpty())
            openForReview(path);
    });
    file->addAction(tr("Open &PDF…"), this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Open PDF"), QString(), tr("PDF documents (*.pdf)"));
        QString error;
        if (!path.isEmpty() && !openPdf(path, &error))
            showError(error);
    });
    file->addAction(tr("Import &Members…"), this, &MainWindow::importMembers);
    file->addAction(tr("&Copy Store To…"), this, &MainWindow::copyStore);
    file->addAction(tr("Publish the &Site…"), this, [this] {
        // The site is made of what the store holds: the item being edited first.
        if (!m_editor->save())
            showError(tr("The item being edited could not be saved: %1").arg(m_editor->model()->saveError()));
        SiteDialog dialog(*m_store, this);
        dialog.exec();
    });
    file->addSeparator();
    // The official documents of the selected meeting, printed as their
    // PDF/A files are laid out.
    auto documentAction = [this](QMenu *menu, const QString &text, bool minutes, bool preview,
                                 const QKeySequence &shortcut = {}) {
        QAction *action = menu->addAction(text, shortcut, this, [this, minutes, preview] {
            printDocument(minutes, preview);
        });
        m_meetingActions.append(action);
    };
    documentAction(file, tr("Print &Agenda…"), false, false, QKeySequence::Print);
    documentAction(file, tr("Print &Minutes…"), true, false);
    documentAction(file, tr("Agenda Print Pre&view…"), false, true);
    documentAction(file, tr("Minutes Print Previe&w…"), true, true);
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);

    m_editMenu = menuBar()->addMenu(tr("&Edit"));
    m_editMenu->addAction(m_editor->undoAction());
    m_editMenu->addAction(m_editor->redoAction());
    m_editMenu->addSeparator();
    m_editMenu->addAction(tr("&Find…"), QKeySequence::Find, this, [this] {
        m_search->field()->setFocus();
        m_search->field()->selectAll();
    });
    m_editMenu->addSeparator();
    m_editMenu->addAction(tr("Re&gister of Bodies and Members…"), this, &MainWindow::openRegister);
    m_editMenu->addAction(tr("&Case Register…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R), this,
                          &MainWindow::openCaseRegister);
    m_editMenu->addAction(tr("&Preferences…"), QKeySequence::Preferences, this, &MainWindow::showPreferences);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    m_refreshAction = view->addAction(tr("&Refresh"), this, &MainWindow::refresh);
    // F5 wherever the platform's refresh key is another.
    QList<QKeySequence> refreshKeys = QKeySequence::keyBindings(QKeySequence::Refresh);
    if (!refreshKeys.contains(QKeySequence(Qt::Key_F5)))
        refreshKeys.prepend(QKeySequence(Qt::Key_F5));
    m_refreshAction->setShortcuts(refreshKeys);
    m_refreshAction->setStatusTip(tr("Show what the store holds now, with the changes made elsewhere"));

    QMenu *meeting = menuBar()->addMenu(tr("&Meeting"));
    meeting->addAction(tr("New &Meeting…"), this, &MainWindow::newMeeting);
    // Window-wide keys, so that they work from the item editor too.
    QAction *newItem = meeting->addAction(tr("New &Item"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N), this, [this] {
        // Into the meeting whose item or page is shown.
        QString error;
        if (m_meetingPage->meetingId() != m_currentMeeting && !m_meetingPage->setMeeting(m_currentMeeting, &error))
            return showError(error);
        m_meetingPage->newItemAction()->trigger();
    });
    m_meetingActions.append(newItem);
    QAction *run = meeting->addAction(tr("&Run Meeting"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M), this,
                                      [this] { runMeeting(m_currentMeeting); });
    m_meetingActions.append(run);
    // The meeting's life cycle, as on its page (which enables them).
    meeting->addSeparator();
    meeting->addActions(m_meetingPage->lifecycleActions());
    meeting->setToolTipsVisible(true);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&User's Guide"), QKeySequence::HelpContents, this, &MainWindow::showGuide);
    help->addAction(tr("&Keyboard Shortcuts"), this, &MainWindow::showShortcuts);
    help->addSeparator();
    help->addAction(tr("&About Pykälä"), this, [this] {
        QMessageBox::about(this, tr("About Pykälä"),
                           tr("<p><b>Pykälä</b> %1</p><p>Council meetings and decision records for Finnish "
                              "municipalities.</p><p>Licensed under the GNU General Public License, version 3 or "
                              "later.</p>")
                               .arg(QApplication::applicationVersion()));
    });
    for (QAction *action : std::as_const(m_meetingActions))
        action->setEnabled(m_currentMeeting != 0);
}

void MainWindow::reload()
{
    if (const auto version = m_store->dataVersion())
        m_dataVersion = *version;
    // On a server: who signed in, in which role (read once per store).
    m_signedIn.clear();
    if (const auto login = m_store->currentLogin(); login && login->has_value())
        m_signedIn = tr(" · signed in as %1 (%2)").arg((*login)->login, Labels::storeRole((*login)->role));
    QString error;
    const bool listed = m_navigator->reload(&error);
    showSummary();
    if (!listed)
        return showError(error);
    m_pages->setCurrentWidget(m_welcome);
    // The first body opens on its newest year, its meetings read now.
    if (m_navigator->rowCount() > 0) {
        const QModelIndex body = m_navigator->index(0, 0);
        m_navigatorView->expand(body);
        if (m_navigator->rowCount(body) > 0) {
            const QModelIndex year = m_navigator->index(0, 0, body);
            if (m_navigator->canFetchMore(year))
                m_navigator->fetchMore(year);
            m_navigatorView->expand(year);
        }
    }
}

void MainWindow::showSummary()
{
    const auto organisation = m_store->organisation();
    const QString organisationName = organisation && organisation->has_value() ? organisation->value().name : QString();
    setWindowTitle(organisationName.isEmpty() ? tr("Pykälä") : tr("%1 – Pykälä").arg(organisationName));
    const auto meetings = m_store->meetingCount();
    const int count = meetings ? *meetings : 0;
    m_status->setText(tr("%1 · %n meeting(s)", nullptr, count).arg(m_store->displayLocation()) + m_signedIn);
    m_welcome->setText(m_navigator->rowCount() == 0
                           ? tr("<h2>%1</h2><p>The store has no bodies yet. Add them with <tt>pykala-cli body</tt>, or "
                                "import a store with <tt>pykala-cli import</tt>.</p>")
                                 .arg(organisationName.toHtmlEscaped())
                           : tr("<h2>%1</h2><p>Choose a meeting on the left, or search all minutes and agendas.</p>")
                                 .arg(organisationName.toHtmlEscaped()));
}

void MainWindow::refresh()
{
    if (m_refreshing)
        return;
    m_refreshing = true;
    // Read first: a change made while refreshing is seen at the next look.
    if (const auto version = m_store->dataVersion())
        m_dataVersion = *version;
    QString error;
    // Rows removed move the view's current row; the page does not follow
    // that, it follows what it shows (below).
    m_selecting = true;
    const bool listed = m_navigator->refresh(&error);
    m_selecting = false;
    showSummary();
    if (m_pages->currentWidget() == m_editor) {
        // The editor keeps what is unsaved and tells of the rest.
        if (m_editor->followStore() == ItemEditModel::Elsewhere::Removed
            && !m_editor->model()->hasUnsavedChanges()) {
            m_editor->model()->clear();
            showMeetingPage(m_currentMeeting);
        }
    } else if (m_pages->currentWidget() == m_meetingPage) {
        QString gone;
        if (!m_meetingPage->refresh(&gone))
            showMeetingPage(0);
    }
    m_search->refresh();
    showPageInNavigator();
    // Consoles that follow a meeting another runs show what it recorded.
    for (const QPointer<MeetingConsole> &console : std::as_const(m_consoles)) {
        if (console)
            console->followStore();
    }
    m_refreshing = false;
    if (!listed)
        statusBar()->showMessage(error, 10000);
}

void MainWindow::watchStore()
{
    // Not while the user is in the middle of something — a dialog, a menu,
    // a drag — nor for a window nobody sees: the next look catches up.
    if (m_refreshing || !isVisible() || QApplication::activeModalWidget() || QApplication::activePopupWidget()
        || QApplication::mouseButtons() != Qt::NoButton)
        return;
    const auto version = m_store->dataVersion();
    if (version && *version != m_dataVersion)
        refresh();
}

void MainWindow::setWatching(bool watching)
{
    if (watching)
        m_watch->start();
    else
        m_watch->stop();
}

bool MainWindow::isWatching() const
{
    return m_watch->isActive();
}

void MainWindow::showMeetingPage(qint64 meetingId)
{
    QString error;
    if (meetingId && m_meetingPage->setMeeting(meetingId, &error)) {
        m_currentMeeting = meetingId;
        m_pages->setCurrentWidget(m_meetingPage);
    } else {
        m_currentMeeting = 0;
        m_pages->setCurrentWidget(m_welcome);
    }
    for (QAction *action : std::as_const(m_meetingActions))
        action->setEnabled(m_currentMeeting != 0);
}

void MainWindow::showPageInNavigator()
{
    QModelIndex shown;
    if (m_pages->currentWidget() == m_editor && m_editor->model()->isLoaded())
        shown = m_navigator->itemIndex(m_currentMeeting, m_editor->model()->item().id);
    else if (m_pages->currentWidget() == m_meetingPage)
        shown = m_navigator->meetingIndex(m_currentMeeting);
    else
        return;
    if (shown == m_navigatorView->currentIndex())
        return;
    // Not scrolled to: the navigator stays where the user left it. A page
    // whose row is gone leaves no row current, so that any row can be chosen.
    m_selecting = true;
    m_navigatorView->setCurrentIndex(shown);
    m_selecting = false;
}

void MainWindow::showSelection(const QModelIndex &index)
{
    const auto kind = NavigatorModel::Kind(index.data(Roles::NodeKind).toInt());
    QString error;
    const qint64 meeting = index.data(Roles::MeetingId).toLongLong();
    if (index.isValid() && kind == NavigatorModel::Kind::Item) {
        if (!m_editor->load(index.data(Roles::ItemId).toLongLong(), &error)) {
            // Stay on the item that could not be saved.
            const QModelIndex previous = m_navigator->itemIndex(m_currentMeeting, m_editor->model()->item().id);
            m_selecting = true;
            if (previous.isValid())
                m_navigatorView->setCurrentIndex(previous);
            m_selecting = false;
            return showError(error);
        }
        m_currentMeeting = meeting;
        m_pages->setCurrentWidget(m_editor);
    } else if (index.isValid() && kind == NavigatorModel::Kind::Meeting) {
        if (!m_editor->save())
            return showError(tr("The item being edited could not be saved: %1").arg(m_editor->model()->saveError()));
        m_editor->model()->clear();
        if (!m_meetingPage->setMeeting(meeting, &error))
            return showError(error);
        m_currentMeeting = meeting;
        m_pages->setCurrentWidget(m_meetingPage);
    } else {
        m_currentMeeting = 0;
        m_pages->setCurrentWidget(m_welcome);
    }
    for (QAction *action : std::as_const(m_meetingActions))
        action->setEnabled(m_currentMeeting != 0);
}

bool MainWindow::selectMeeting(qint64 meetingId)
{
    const QModelIndex index = m_navigator->meetingIndex(meetingId);
    if (!index.isValid())
        return false;
    revealInNavigator(m_navigatorView, index);
    return m_currentMeeting == meetingId && m_pages->currentWidget() == m_meetingPage;
}

bool MainWindow::selectItem(qint64 meetingId, qint64 itemId)
{
    if (!m_editor->save()) {
        showError(tr("The item being edited could not be saved: %1").arg(m_editor->model()->saveError()));
        return false;
    }
    m_navigator->refreshMeeting(meetingId);
    const QModelIndex index = m_navigator->itemIndex(meetingId, itemId);
    if (!index.isValid())
        return false;
    revealInNavigator(m_navigatorView, index);
    return m_editor->model()->item().id == itemId && m_pages->currentWidget() == m_editor;
}

void MainWindow::showPreferences()
{
    auto *dialog = new PreferencesDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QString before = UiLanguage::configured();
    connect(dialog, &QDialog::accepted, this, [this, dialog, before] {
        // How invitations are sent may have changed.
        if (m_meetingPage)
            m_meetingPage->refreshLifecycle();
        if (dialog->language() == before)
            return;
        QString error;
        if (!setLanguage(dialog->language(), &error)) {
            UiLanguage::setConfigured(before);
            showError(error);
        }
    });
    dialog->open();
}

HelpWindow *MainWindow::showGuide()
{
    if (!m_help) {
        m_help = new HelpWindow(this);
        m_help->setWindowFlag(Qt::Window);
        m_help->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_help->showGuide();
    m_help->show();
    m_help->raise();
    m_help->activateWindow();
    return m_help;
}

ShortcutsDialog *MainWindow::showShortcuts()
{
    // Read from the actions themselves: the menus', the pages', and those of
    // a meeting window and a document window made for the purpose.
    auto withKeys = [](const QList<QAction *> &actions) {
        QList<QAction *> keyed;
        for (QAction *action : actions) {
            if (!action->shortcut().isEmpty() && !action->text().isEmpty())
                keyed.append(action);
        }
        return keyed;
    };
    auto toolBarActions = [](const QWidget *widget) {
        QList<QAction *> actions = widget->actions();
        const QList<QToolBar *> bars = widget->findChildren<QToolBar *>();
        for (const QToolBar *bar : bars)
            actions += bar->actions();
        return actions;
    };
    QList<QAction *> menus;
    std::function<void(const QList<QAction *> &)> walk = [&](const QList<QAction *> &actions) {
        for (QAction *action : actions) {
            if (action->menu())
                walk(action->menu()->actions());
            else
                menus.append(action);
        }
    };
    walk(menuBar()->actions());
    MeetingConsole console(*m_store, 0);
    PdfViewer viewer;
    auto *dialog = new ShortcutsDialog({{tr("Menus, anywhere in the main window"), withKeys(menus)},
                            {tr("Meeting page"), withKeys(toolBarActions(m_meetingPage))},
                            {tr("Item editor"), withKeys(toolBarActions(m_editor))},
                            {tr("Meeting window"), withKeys(toolBarActions(&console))},
                            {tr("Document window"), withKeys(toolBarActions(&viewer))}},
                                       this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

MeetingConsole *MainWindow::runMeeting(qint64 meetingId)
{
    // A console closed a moment ago is on its way out: a new one opens.
    if (QPointer<MeetingConsole> open = m_consoles.value(meetingId); open && open->isVisible()) {
        open->raise();
        open->activateWindow();
        return open;
    }
    auto *console = new MeetingConsole(*m_store, meetingId, this); // a window of its own
    QString error;
    if (!console->load(&error)) {
        delete console;
        showError(error);
        return nullptr;
    }
    connect(console, &MeetingConsole::recorded, this, [this](qint64 meeting) {
        m_navigator->refreshMeeting(meeting);
        // The editor shows the item as the record wrote it (its decision).
        if (m_pages->currentWidget() == m_editor && m_editor->model()->item().meetingId == meeting) {
            QString problem;
            if (!m_editor->load(m_editor->model()->item().id, &problem))
                showError(problem);
        }
        if (m_currentMeeting == meeting && m_pages->currentWidget() == m_meetingPage) {
            QString problem;
            m_meetingPage->setMeeting(meeting, &problem);
        }
    });
    m_consoles.insert(meetingId, console);
    console->show();
    return console;
}

void MainWindow::storeChanged()
{
    // Many changes can come at once (an item saved, an attachment added):
    // the navigator follows once they are in.
    if (m_refreshPending)
        return;
    m_refreshPending = true;
    QTimer::singleShot(0, this, [this] {
        m_refreshPending = false;
        if (m_currentMeeting) {
            m_selecting = true;
            m_navigator->refreshMeeting(m_currentMeeting);
            m_selecting = false;
        }
    });
}

void MainWindow::showError(const QString &message)
{
    // Not modal: nothing waits for it.
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Pykälä"), message, QMessageBox::Ok, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
    statusBar()->showMessage(message, 10000);
}

QStringList MainWindow::recentStores()
{
    return QSettings().value(QStringLiteral("recentStores")).toStringList();
}

void MainWindow::rememberStore(const Store &store)
{
    QSettings settings;
    QStringList recent = settings.value(QStringLiteral("recentStores")).toStringList();
    // A server's store by its address without the password.
    const QString absolute = store.locationKey();
    recent.removeAll(absolute);
    recent.prepend(absolute);
    while (recent.size() > maxRecentStores)
        recent.removeLast();
    settings.setValue(QStringLiteral("recentStores"), recent);
}

void MainWindow::fillRecentMenu()
{
    m_recentMenu->clear();
    for (const QString &path : recentStores()) {
        const bool server = Store::isServerLocation(path);
        QAction *action = m_recentMenu->addAction(server ? path : QDir::toNativeSeparators(path), this,
                                                  [this, path] { openStorePath(path); });
        action->setEnabled(server || QFileInfo::exists(path));
    }
    if (m_recentMenu->isEmpty())
        m_recentMenu->addAction(tr("(none)"))->setEnabled(false);
}

bool MainWindow::closeConsoles()
{
    for (const QPointer<MeetingConsole> &console : std::as_const(m_consoles)) {
        if (console && !console->close())
            return false;
    }
    m_consoles.clear();
    return true;
}

bool MainWindow::setStore(std::unique_ptr<Store> store, QString *error)
{
    if (!saveOpenWork(error))
        return false;
    rebuild(std::move(store));
    rememberStore(*m_store);
    return true;
}

bool MainWindow::setLanguage(const QString &code, QString *error)
{
    const qint64 meeting = m_currentMeeting;
    const qint64 item = m_pages->currentWidget() == m_editor ? m_editor->model()->item().id : 0;
    const bool meetingShown = m_pages->currentWidget() == m_meetingPage;
    if (!saveOpenWork(error))
        return false;
    UiLanguage::setConfigured(code);
    UiLanguage::apply(code);
    // Every text is made anew in the language: the widgets are rebuilt
    // over the same store, and the selection is shown again.
    rebuild(nullptr);
    if (item)
        selectItem(meeting, item);
    else if (meetingShown)
        selectMeeting(meeting);
    return true;
}

bool MainWindow::saveOpenWork(QString *error)
{
    if (!closeConsoles()) {
        *error = tr("The meeting window could not save its texts; nothing was changed.");
        return false;
    }
    if (!m_editor->save()) {
        *error = tr("The item being edited could not be saved: %1").arg(m_editor->model()->saveError());
        return false;
    }
    return true;
}

void MainWindow::rebuild(std::unique_ptr<Store> store)
{
    QSettings().setValue(QStringLiteral("window/splitter"), m_splitter->saveState());
    delete takeCentralWidget();
    m_currentMeeting = 0;
    if (store)
        m_store = std::move(store);
    buildCentral();
    m_splitter->restoreState(QSettings().value(QStringLiteral("window/splitter")).toByteArray());
    buildMenus();
    reload();
}

void MainWindow::openStorePath(const QString &path)
{
    // A member's encrypted package: for review, with the member's key.
    if (PackageEnvelope::isEnvelopeFile(path)) {
        openForReview(path);
        return;
    }
    auto store = Store::open(path);
    if (!store)
        return showError(store.error());
    if (store.value()->readOnly()) { // a meeting package: for review, beside this window
        (new ReviewWindow(std::move(store.value())))->show();
        return;
    }
    QString error;
    if (!setStore(std::move(store.value()), &error))
        showError(error);
}

void MainWindow::openStoreDialog()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Store"), browseFolder(),
                                                      tr("Pykälä stores (*.sqlite *.db);;All files (*)"));
    if (!path.isEmpty())
        openStorePath(path);
}

QString MainWindow::browseFolder() const
{
    // A store's own folder; for a server's store, the documents folder.
    return m_store->onServer() ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
                               : QFileInfo(m_store->path()).absolutePath();
}

void MainWindow::connectToServer()
{
    ConnectDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QString error;
    if (!setStore(dialog.takeStore(), &error))
        showError(error);
}

void MainWindow::newStoreDialog()
{
    QString path = QFileDialog::getSaveFileName(this, tr("New Store"), browseFolder(),
                                                tr("Pykälä stores (*.sqlite)"), nullptr,
                                                QFileDialog::DontConfirmOverwrite);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".sqlite");
    if (QFileInfo::exists(path))
        return showError(tr("%1 exists already, and a new store never replaces a file. Choose another name.")
                             .arg(QDir::toNativeSeparators(path)));
    SetupAssistant assistant(path, this);
    if (assistant.exec() != QDialog::Accepted)
        return;
    QString error;
    if (!setStore(assistant.takeStore(), &error))
        showError(error);
}

RegisterWindow *MainWindow::openRegister()
{
    if (!m_editor->save())
        showError(tr("The item being edited could not be saved: %1").arg(m_editor->model()->saveError()));
    auto *window = new RegisterWindow(*m_store, this);
    window->setAttribute(Qt::WA_DeleteOnClose);
    connect(window, &RegisterWindow::registerChanged, this, &MainWindow::refresh);
    window->open();
    return window;
}

CaseWindow *MainWindow::openCaseRegister()
{
    if (!m_editor->save())
        showError(tr("The item being edited could not be saved: %1").arg(m_editor->model()->saveError()));
    auto *window = new CaseWindow(*m_store, this);
    window->setAttribute(Qt::WA_DeleteOnClose);
    connect(window, &CaseWindow::registerChanged, this, &MainWindow::refresh);
    connect(window, &CaseWindow::itemRequested, this, [this, window](qint64 meeting, qint64 item) {
        if (selectItem(meeting, item))
            window->close();
    });
    window->open();
    return window;
}

void MainWindow::importMembers()
{
    if (!m_editor->save())
        showError(tr("The item being edited could not be saved: %1").arg(m_editor->model()->saveError()));
    MemberImportDialog dialog(*m_store, this);
    dialog.exec();
    if (dialog.imported())
        refresh();
}

void MainWindow::copyStore()
{
    // The copy is of what the store holds: the item being edited first.
    if (!m_editor->save())
        showError(tr("The item being edited could not be saved: %1").arg(m_editor->model()->saveError()));
    CopyStoreDialog dialog(*m_store, this);
    if (dialog.exec() != QDialog::Accepted || !dialog.summary())
        return;
    const StoreCopySummary &summary = *dialog.summary();
    const QLocale locale;
    QMessageBox::information(this, tr("Copy Store To"),
                             tr("The store was copied into %1: %2 rows, and an audit log of %3 entries. The copy "
                                "checks out, and its %4 audited records match this store's.")
                                 .arg(summary.location, locale.toString(summary.rows),
                                      locale.toString(summary.auditEntries), locale.toString(summary.records)));
}

ReviewWindow *MainWindow::openForReview(const QString &path)
{
    QString error;
    ReviewWindow *window = ReviewWindow::open(path, &error);
    if (!window) {
        showError(error);
        return nullptr;
    }
    window->show();
    return window;
}

bool MainWindow::openPdf(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("%1 cannot be read: %2").arg(path, file.errorString());
        return false;
    }
    auto *window = new DocumentWindow(QFileInfo(path).fileName(), QFileInfo(path).fileName(), this);
    if (!window->setPdf(file.readAll(), error)) {
        delete window;
        *error = tr("%1: %2").arg(QFileInfo(path).fileName(), *error);
        return false;
    }
    window->show();
    return true;
}

void MainWindow::previewAttachment(const QString &name, const QString &mediaType, const QByteArray &content)
{
    QString error;
    if (!DocumentWindow::showAttachment(name, mediaType, content, this, &error))
        showError(error);
}

void MainWindow::newMeeting()
{
    const QModelIndex current = m_navigatorView->currentIndex();
    NewMeetingDialog dialog(*m_store, current.data(Roles::BodyId).toLongLong(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    refresh();
    selectMeeting(dialog.meetingId());
}

void MainWindow::printDocument(bool minutes, bool preview)
{
    const auto meeting = m_store->meeting(m_currentMeeting);
    if (!meeting || !meeting->has_value())
        return showError(meeting ? tr("Select a meeting first.") : meeting.error());
    const auto document = minutes ? MeetingDocuments::minutes(*m_store, meeting->value())
                                  : MeetingDocuments::agenda(*m_store, meeting->value());
    if (!document)
        return showError(document.error());
    if (preview)
        DocumentPrinting::preview(*document, this);
    else
        DocumentPrinting::printWithDialog(*document, this);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    // The editor first: answering "no" to losing its change leaves the
    // meeting windows open as they were.
    if (!m_editor->save()) {
        const auto answer = QMessageBox::question(
            this, tr("Pykälä"),
            tr("The item being edited could not be saved: %1\n\nClose anyway and lose the last change?")
                .arg(m_editor->model()->saveError()));
        if (answer != QMessageBox::Yes) {
            event->ignore();
            return;
        }
    }
    if (!closeConsoles()) {
        event->ignore();
        return;
    }
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    settings.setValue(QStringLiteral("window/splitter"), m_splitter->saveState());
    event->accept();
}
