#pragma once

#include <QAbstractItemModel>

#include <memory>
#include <vector>

class QTreeView;
class Store;

// The navigator's tree: bodies → years (newest first) → meetings with
// their state → agenda items. A year's meetings are read when it is first
// expanded, and a meeting's items when it is, so that what the store holds
// at start is only its bodies and their years: an archive of eighty years
// opens as fast as one of five.
class NavigatorModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum class Kind { Body, Year, Meeting, Item };

    explicit NavigatorModel(Store &store, QObject *parent = nullptr);
    ~NavigatorModel() override;

    // Reads the bodies and meetings again; false with the store's message.
    bool reload(QString *error);
    // Reads the tree again and follows it row by row — rows inserted,
    // removed, moved and changed, never a reset — so that a view keeps what
    // is open, current and scrolled to. The meetings of years and the items
    // of meetings opened so far are read again, the others when they are
    // opened.
    bool refresh(QString *error);
    // Reads one meeting and its items again (after a change), keeping the
    // rest of the tree as it is.
    void refreshMeeting(qint64 meetingId);

    // The meeting's row, reading its year's meetings when needed.
    QModelIndex meetingIndex(qint64 meetingId);
    // The item's row, reading its meeting's items when needed.
    QModelIndex itemIndex(qint64 meetingId, qint64 itemId);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

private:
    struct Node;
    Node *nodeOf(const QModelIndex &index) const;
    QModelIndex indexOf(const Node *node) const;
    void readItems(Node *meeting, std::vector<std::unique_ptr<Node>> &into) const;
    void readMeetings(Node *year, std::vector<std::unique_ptr<Node>> &into) const;
    // A year's meetings or a meeting's items.
    void readChildren(Node *node, std::vector<std::unique_ptr<Node>> &into) const;
    // Reads a year's meetings or a meeting's items into `node`, not read yet.
    void fetch(Node *node);
    // The meeting's node among those read; null when its year is not read.
    Node *loadedMeeting(qint64 meetingId) const;
    // The bodies and their years as the store has them; null with the
    // store's message.
    std::unique_ptr<Node> readTree(QString *error) const;
    // Makes `node`'s children those of `fresh`, in its order, keeping the
    // nodes that are in both (and what they hold).
    void mergeChildren(Node *node, std::vector<std::unique_ptr<Node>> fresh);
    void mergeNode(Node *node, std::unique_ptr<Node> fresh);

    Store &m_store;
    std::unique_ptr<Node> m_root;
};

// Shows `index` in a view of the navigator: its ancestors expanded, it
// current and scrolled to.
void revealInNavigator(QTreeView *view, const QModelIndex &index);
