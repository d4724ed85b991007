#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QStandardItemModel;
class QTreeView;
class Store;

// One search field over the whole store: results listed by meeting, each
// hit with its § and title and a passage where the matched words are
// highlighted; activating a hit opens its item.
class SearchPanel : public QWidget
{
    Q_OBJECT

public:
    static constexpr int resultLimit = 200;

    explicit SearchPanel(Store &store, QWidget *parent = nullptr);

    QLineEdit *field() const { return m_field; }
    QStandardItemModel *results() const { return m_results; }
    QTreeView *view() const { return m_view; }
    // Runs a search at once (typing runs it after a short pause).
    void search(const QString &query);
    // The store was replaced or changed.
    void setStore(Store &store);
    // Runs the search shown again, keeping the hit selected and the scroll
    // position where they still are.
    void refresh();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

signals:
    void itemActivated(qint64 meetingId, qint64 itemId);
    // The search field emptied: back to the navigator.
    void cleared();

private:
    Store *m_store;
    QLineEdit *m_field;
    QLabel *m_summary;
    QStandardItemModel *m_results;
    QTreeView *m_view;
};
