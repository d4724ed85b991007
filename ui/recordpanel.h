#pragma once

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QWidget>

#include <functional>

class QTreeWidget;

// The meeting's record as the meeting window lists it: every event in the
// order recorded, numbered as the record numbers them, in words; withdrawn
// events struck through with their withdrawal's reason. An event that can
// still be withdrawn offers Withdraw… in its context menu.
class RecordPanel : public QWidget
{
    Q_OBJECT

public:
    explicit RecordPanel(QWidget *parent = nullptr);

    // What the panel needs to say an event in words.
    struct Names
    {
        QHash<qint64, QString> persons;           // person id → name
        std::function<QString(int position)> item; // agenda position → "§ 5" or "item 5"
        // "5/berg" (item and proposal id) → who made the proposal; the
        // panel fills it from the record.
        QHash<QString, QString> proposers;
    };
    // Shows the events; `withdrawn` maps a withdrawn event's number to its
    // withdrawal's (MeetingRecord::Replay::withdrawn); `open` says whether
    // events may still be withdrawn (the meeting runs, the record is not
    // signed).
    void setRecord(const QList<QJsonObject> &events, const QHash<int, int> &withdrawn, const Names &names, bool open);

    // Whether event `number` (from 1) may be withdrawn: something that
    // happened during the meeting, not withdrawn yet, while it runs.
    bool canWithdraw(int number) const;
    // The last event that may be withdrawn; 0 when there is none.
    int lastWithdrawable() const;
    // The event in words, as listed.
    QString text(int number) const;

    QTreeWidget *view() const { return m_view; }

    // An event in words, in the user's language.
    static QString describe(const QJsonObject &event, const Names &names);

signals:
    // The user asked to withdraw event `number`.
    void withdrawRequested(int number);

private:
    void showMenu(const QPoint &at);

    QTreeWidget *m_view;
    QList<QJsonObject> m_events;
    QHash<int, int> m_withdrawn;
    bool m_open = false;
};
