#pragma once

#include <QMainWindow>

#include <memory>

class QAction;
class QLabel;
class QStandardItemModel;
class QTextBrowser;
class QTreeView;
class Store;
struct AgendaItem;

// The desktop client's main window: bodies and their meetings on the left,
// the selected meeting's agenda items beside them, and the selected item's
// full text below. It owns the store it shows.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(std::unique_ptr<Store> store, QWidget *parent = nullptr);
    ~MainWindow() override;

    Store &store() const { return *m_store; }
    QStandardItemModel *meetingModel() const { return m_meetings; }
    QStandardItemModel *itemModel() const { return m_items; }
    QTextBrowser *itemView() const { return m_itemView; }

    // Selects a meeting by id; false when it is not listed.
    bool selectMeeting(qint64 meetingId);
    // Selects an agenda item of the current meeting by row.
    void selectItem(int row);

private:
    void openStore();
    void reload();
    void showMeeting(qint64 meetingId);
    void showItem(qint64 itemId);
    void showError(const QString &message);
    void printDocument(bool minutes, bool preview);
    QString itemHtml(const AgendaItem &item) const;

    std::unique_ptr<Store> m_store;
    QStandardItemModel *m_meetings = nullptr;
    QStandardItemModel *m_items = nullptr;
    QTreeView *m_meetingView = nullptr;
    QTreeView *m_itemList = nullptr;
    QTextBrowser *m_itemView = nullptr;
    QLabel *m_status = nullptr;
    qint64 m_currentMeeting = 0;
    QList<QAction *> m_documentActions;
};
