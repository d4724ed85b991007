#pragma once

#include <QMainWindow>

#include <QHash>
#include <QPointer>

#include <memory>

class ItemEditor;
class MeetingConsole;
class MeetingPage;
class NavigatorModel;
class ReviewWindow;
class QAction;
class QLabel;
class QMenu;
class QSplitter;
class QStackedWidget;
class QTreeView;
class SearchPanel;
class Store;

// The desktop client's main window: the navigator (bodies → years →
// meetings → items) with the search field above it on the left, and on the
// right the selected meeting's page or the selected item's editor. It owns
// the store it shows; the store, the window's geometry and the recently
// opened stores are remembered in the settings.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    static constexpr int maxRecentStores = 8;

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

    static QStringList recentStores();
    static void rememberStore(const QString &path);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildMenus();
    void buildCentral();
    void reload();
    void showSelection(const QModelIndex &index);
    void showError(const QString &message);
    void openStoreDialog();
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
    QList<QAction *> m_meetingActions;
    QHash<qint64, QPointer<MeetingConsole>> m_consoles;
    qint64 m_currentMeeting = 0;
    bool m_refreshPending = false;
    bool m_selecting = false;
};
