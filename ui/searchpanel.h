#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QStandardItemModel;
class QTreeView;
class Store;

// One search field over the whole store: results listed by meeting, each
// hit with its § and title and a passage where the matched words are
// highlighted; activating a hit opens its item. Below the field the
// results are kept to a body and a year, and ordered by relevance or newest
// first (the store filters and orders them).
class SearchPanel : public QWidget
{
    Q_OBJECT

public:
    static constexpr int resultLimit = 200;

    explicit SearchPanel(Store &store, QWidget *parent = nullptr);

    QLineEdit *field() const { return m_field; }
    QStandardItemModel *results() const { return m_results; }
    QTreeView *view() const { return m_view; }
    QComboBox *bodyFilter() const { return m_body; }
    QComboBox *yearFilter() const { return m_year; }
    QComboBox *orderChoice() const { return m_order; }
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
    // The bodies and years of the store, keeping the choices made.
    void fillFilters();

    Store *m_store;
    QLineEdit *m_field;
    QLabel *m_summary;
    QWidget *m_filters;
    QComboBox *m_body;
    QComboBox *m_year;
    QComboBox *m_order;
    QStandardItemModel *m_results;
    QTreeView *m_view;
};
