#pragma once

#include <QMainWindow>

#include <QHash>
#include <QPointer>

#include <memory>

class CaseWindow;
class HelpWindow;
class ItemEditor;
class MeetingConsole;
class MeetingPage;
class NavigatorModel;
class RegisterWindow;
class ReviewWindow;
class QAction;
class QLabel;
class QMenu;
class QSplitter;
class QStackedWidget;
class QTimer;
class QTreeView;
class SearchPanel;
class ShortcutsDialog;
class Store;

// The desktop client's main window: the navigator (bodies → years →
// meetings → items) with the search field above it on the left, and on the
// right the selected meeting's page or the selected item's editor. It owns
// the store it shows; the store, the window's geometry and the recently
// opened stores are remembered in the settings.
//
// What another process (or another connection) changes in the store is
// shown without asking: while the application is idle the window asks the
// store every `watchIntervalMs` whether anyone else committed, and if so
// refreshes; F5 (View › Refresh) refreshes at once.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    static constexpr int maxRecentStores = 8;
    // Asking costs SQLite a look at its shared memory, no disk read: once a
    // second is as soon as a person glancing back expects, and nothing for
    // the machine.
    static constexpr int watchIntervalMs = 1000;

    explicit MainWindow(std::unique_ptr<Store> store, QWidget *parent = nullptr);
    ~MainWindow() override;

    Store &store() const { return *m_store; }
    NavigatorModel *navigatorModel() const { return m_navigator; }
    QTreeView *navigatorView() const { return m_navigatorView; }
    MeetingPage *meetingPage() const { return m_meetingPage; }
    ItemEditor *itemEditor() const { return m_editor; }
    SearchPanel *searchPanel() const { return m_search; }
    QWidget *currentPage() const;

    // Selects a meeting (its page shows); false when it is not listed.
    bool selectMeeting(qint64 meetingId);
    // Selects an item (its editor shows); false when it is not listed.
    bool selectItem(qint64 meetingId, qint64 itemId);
    // Replaces the store shown, after saving the item being edited.
    bool setStore(std::unique_ptr<Store> store, QString *error);
    // Switches the user interface to a language ("" for the system's, "fi",
    // "sv", "en"), keeps it in the settings and shows the same meeting or
    // item again in it.
    bool setLanguage(const QString &code, QString *error);
    void showPreferences();
    // Help: the user's guide in the language of the user interface, and the
    // keyboard shortcuts of every window, read from their actions.
    HelpWindow *showGuide();
    ShortcutsDialog *showShortcuts();
    // Opens a meeting package, or any store read-only, in a review window of
    // its own; null with the reason shown.
    ReviewWindow *openForReview(const QString &path);
    // Opens a PDF file in a document window.
    bool openPdf(const QString &path, QString *error);
    // Opens the meeting's console (or raises it when open); null with the
    // reason shown when the meeting cannot be run.
    MeetingConsole *runMeeting(qint64 meetingId);
    // Creates a meeting through the New Meeting dialog (modal).
    void newMeeting();
    // The register of bodies and members, window-modal; the main window
    // shows its changes.
    RegisterWindow *openRegister();
    // The case register, window-modal; a handling opened from it is shown
    // here.
    CaseWindow *openCaseRegister();
    // Members from a spreadsheet (modal).
    void importMembers();
    // File › Copy Store To…: the whole store into a new one (CopyStoreDialog).
    void copyStore();
    // Shows what the store holds now: the navigator row by row (what is
    // open, selected and scrolled to stays where it still exists), the
    // window's title and counts, the meeting page or the item editor shown,
    // and the search's results. Unsaved edits are never replaced (the
    // editor tells of changes made elsewhere); meeting windows are left to
    // their meeting.
    void refresh();
    QAction *refreshAction() const { return m_refreshAction; }
    // Whether the store is watched for changes made elsewhere (on unless
    // turned off; tests turn it off to refresh themselves).
    void setWatching(bool watching);
    bool isWatching() const;

    static QStringList recentStores();
    static void rememberStore(const Store &store);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildMenus();
    void buildCentral();
    void reload();
    // The window's title, the status line's count and the welcome text.
    void showSummary();
    // Called every watchIntervalMs: refreshes when another connection
    // committed, unless the user is in the middle of something.
    void watchStore();
    // Makes the navigator's current row the page's meeting or item.
    void showPageInNavigator();
    // Shows the meeting's page, or the welcome page when it is gone.
    void showMeetingPage(qint64 meetingId);
    void showSelection(const QModelIndex &index);
    void showError(const QString &message);
    void openStoreDialog();
    void connectToServer();
    QString browseFolder() const;
    void newStoreDialog();
    void openStorePath(const QString &path);
    void fillRecentMenu();
    void printDocument(bool minutes, bool preview);
    void previewAttachment(const QString &name, const QString &mediaType, const QByteArray &content);
    void storeChanged();
    // Closes the meeting consoles and saves the item being edited; false,
    // with nothing changed, when either cannot save.
    bool saveOpenWork(QString *error);
    // Builds the widgets and menus anew, over `store` when given.
    void rebuild(std::unique_ptr<Store> store);
    // Closes the meeting consoles (each saves its texts); false when one stays.
    bool closeConsoles();

    std::unique_ptr<Store> m_store;
    NavigatorModel *m_navigator = nullptr;
    QTreeView *m_navigatorView = nullptr;
    SearchPanel *m_search = nullptr;
    QStackedWidget *m_pages = nullptr;
    QLabel *m_welcome = nullptr;
    MeetingPage *m_meetingPage = nullptr;
    ItemEditor *m_editor = nullptr;
    QSplitter *m_splitter = nullptr;
    QLabel *m_status = nullptr;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_editMenu = nullptr;
    QAction *m_refreshAction = nullptr;
    QTimer *m_watch = nullptr;
    qint64 m_dataVersion = -1; // the store's data version at the last refresh
    QString m_signedIn;        // " · signed in as …" on a server, for the status line
    bool m_refreshing = false;
    QList<QAction *> m_meetingActions;
    QHash<qint64, QPointer<MeetingConsole>> m_consoles;
    QPointer<HelpWindow> m_help;
    qint64 m_currentMeeting = 0;
    bool m_refreshPending = false;
    bool m_selecting = false;
};
