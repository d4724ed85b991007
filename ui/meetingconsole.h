#pragma once

#include "model/agendaitem.h"
#include "model/meeting.h"
#include "procedure/meetingprogress.h"
#include "procedure/meetingrecord.h"

#include <QJsonObject>
#include <QMainWindow>
#include <QDateTime>

#include <functional>

class QAction;
class QLabel;
class QListWidget;
class QPushButton;
class QScrollArea;
class QTableWidget;
class QTimer;
class QToolButton;
class QTreeWidget;
class QTreeWidgetItem;
class RecordPanel;
class RichTextEdit;
class Store;
class VotingPanel;

// Running a meeting, for the secretary and the chair: attendance (ticked
// before the opening; afterwards each tick is an arrival or departure
// stamped with the clock and the current item), who takes part by a remote
// connection, the current item with its quorum, who presides over it (a
// temporary chair when neither the chair nor a vice chair can), proposals
// and secondings, the voting order the rules give (changed by dragging until
// the first vote), a roll call, elections, disqualifications, dissents, and
// the decision with the proceedings text the record writes, which the
// secretary then edits.
//
// Everything is recorded as it happens: each step is one event appended to
// the meeting's record in its own transaction (MeetingSession::record), so
// what the window shows as recorded survives a crash; the proceedings text
// is saved a second after typing stops and when leaving the item.
//
// The window opens maximised the first time, then as it was last closed
// (the settings keep its geometry).
class MeetingConsole : public QMainWindow
{
    Q_OBJECT

public:
    MeetingConsole(Store &store, qint64 meetingId, QWidget *parent = nullptr);
    ~MeetingConsole() override;

    // Reads the meeting and its record; false with the reason.
    bool load(QString *error);
    qint64 meetingId() const { return m_meeting.id; }
    const MeetingRecord::Replay &replay() const { return m_progress.replay(); }

    // The clock that stamps openings, moves and the closing (tests set it).
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }
    // How the window asks before opening or closing the meeting (and warns
    // before opening it on another day than the planned one).
    void setConfirmation(std::function<bool(const QString &question)> confirm) { m_confirm = std::move(confirm); }
    // How the window asks why an event is withdrawn; an empty answer
    // withdraws nothing.
    void setReasonPrompt(std::function<QString(const QString &question)> ask) { m_askReason = std::move(ask); }

    // The agenda position being handled (from 1); 0 before there is one.
    int currentPosition() const { return m_progress.position(); }
    void setCurrentPosition(int position);

    // Records events (persons by id) after those recorded, all or none; on
    // refusal the reason is shown and returned.
    bool record(const QList<QJsonObject> &events, QString *error = nullptr);
    // The last refusal shown, empty after a success.
    QString lastError() const { return m_lastError; }

    // Withdraws event `number` (from 1) of the record, recorded by mistake,
    // after asking why; false (with the reason shown) when it cannot be or
    // the user gives no reason.
    bool withdrawEvent(int number, QString *error = nullptr);

    // Saves the edited proceedings and decision of the current item now.
    bool saveTexts();

    // One console runs a meeting (Store::holdMeeting): the first to open it.
    // Others follow it read-only, reading it again whenever the store
    // changes (followStore), until it is free and they run it here.
    bool following() const { return !m_holder.isEmpty() || !m_roleRefusal.isEmpty(); }
    QString holder() const { return m_holder; }
    // Reads the meeting again when following it, and tells whether it is free.
    void followStore();
    // Takes the meeting over when nobody else runs it; false when someone does.
    bool runHere();
    // Gives the meeting back for another console to run (when closing).
    void releaseHold();
    QLabel *followLabel() const { return m_followText; }
    QPushButton *runHereButton() const { return m_runHere; }

    // The widgets, for tests and for accessibility checks.
    QLabel *headingLabel() const { return m_heading; }
    QLabel *itemTitleLabel() const { return m_itemTitle; }
    QScrollArea *itemPanelScroll() const { return m_panelScroll; }
    QTreeWidget *attendanceView() const { return m_attendance; }
    QPushButton *remoteArrivalButton() const { return m_remoteArrivalButton; }
    QTableWidget *othersTable() const { return m_others; }
    QTreeWidget *itemsView() const { return m_items; }
    QLabel *quorumLabel() const { return m_quorum; }
    QLabel *presidingLabel() const { return m_presiding; }
    QPushButton *temporaryChairButton() const { return m_temporaryChairButton; }
    QTreeWidget *proposalsView() const { return m_proposals; }
    QListWidget *orderView() const { return m_order; }
    VotingPanel *votingPanel() const { return m_voting; }
    RichTextEdit *decisionEdit() const { return m_decisionEdit; }
    RichTextEdit *proceedingsEdit() const { return m_proceedingsEdit; }
    QLabel *outcomeLabel() const { return m_outcome; }
    QAction *openAction() const { return m_open; }
    QAction *withdrawLastAction() const { return m_withdrawLast; }
    RecordPanel *recordPanel() const { return m_record; }
    QAction *closeAction() const { return m_close; }
    QAction *minuteCheckersAction() const { return m_checkers; }
    QPushButton *proposalButton() const { return m_proposeButton; }
    QPushButton *secondButton() const { return m_secondButton; }
    QPushButton *disqualifyButton() const { return m_disqualifyButton; }
    QPushButton *dissentButton() const { return m_dissentButton; }
    QPushButton *electionButton() const { return m_electionButton; }
    QPushButton *decisionButton() const { return m_decisionButton; }

    // The attendance rows' columns.
    // RemoteColumn ticks whether whoever takes the seat does so by a remote
    // connection.
    enum AttendanceColumn { MemberColumn, DeputyColumn, RemoteColumn, ItemColumn };

signals:
    // Something was recorded or saved (the main window's views follow).
    void recorded(qint64 meetingId);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildActions();
    QWidget *buildAttendance();
    QWidget *buildItems();
    QWidget *buildItemPanel();
    void refresh();
    void refreshAttendance();
    void refreshItems();
    void refreshItemPanel();
    void refreshTexts(const MeetingRecord::ItemRecord &item);
    // Nothing can be recorded or changed while following another console.
    void lockForFollowing();
    void showFollowing(const QString &holder, bool free);
    void showError(const QString &message);
    void attendanceChanged(QTreeWidgetItem *row, int column);
    void openMeeting();
    void closeMeeting();
    void chooseMinuteCheckers();
    void remoteArrival();
    void chooseTemporaryChair();
    void propose();
    void second();
    void changeBaseProposal(bool withdrawn);
    void recordNoting();
    void disqualify();
    void dissent();
    void election();
    void recordVote();
    void recordDecision();
    void orderDragged();

    QString now() const;
    void refreshSecondButton();
    void addOther(const MeetingRecord::OtherAttendee &other);
    // Records one event; the record's refusal, or nothing when kept.
    QString recordOne(const QJsonObject &event);
    // The same for an event that may have been refused before recording.
    QString recordOne(const Result<QJsonObject> &event);
    QString itemHeading(int position) const;

    Store &m_store;
    Meeting m_meeting;
    QString m_reference;
    QList<AgendaItem> m_agenda;
    MeetingProgress m_progress;        // the record, the item handled, what can be recorded now
    Language m_language = Language::Finnish;
    bool m_frozen = false;             // signed minutes freeze the record and the texts
    int m_orderRow = -1;               // the voting order's row to keep current
    QString m_voteKey;                 // which vote the voting panel shows
    qint64 m_textItemId = 0;           // whose proceedings the editors show
    bool m_textsEdited = false;
    bool m_refreshing = false;
    QString m_lastError;
    std::function<QDateTime()> m_clock;
    std::function<bool(const QString &)> m_confirm;
    std::function<QString(const QString &)> m_askReason;
    QList<QJsonObject> m_events;       // the record as stored, withdrawn events and withdrawals included

    QString m_holder;                  // who runs the meeting when this window follows it
    QString m_roleRefusal;             // why the user's role only follows meetings of this body
    QTimer *m_holderWatch = nullptr;   // while following: whether the meeting became free
    QLabel *m_heading;
    QLabel *m_banner;
    QWidget *m_followBar;
    QLabel *m_followText;
    QPushButton *m_runHere;
    QTreeWidget *m_attendance;
    QTableWidget *m_others;
    QPushButton *m_addOther = nullptr;
    QTreeWidget *m_items;
    QLabel *m_itemTitle;
    QScrollArea *m_panelScroll = nullptr;
    QLabel *m_quorum;
    QLabel *m_presiding;
    QTreeWidget *m_proposals;
    QListWidget *m_order;
    QLabel *m_orderHint;
    VotingPanel *m_voting;
    QLabel *m_outcome;
    RichTextEdit *m_decisionEdit;
    RichTextEdit *m_proceedingsEdit;
    QLabel *m_textsState;
    QTimer *m_saveTimer;
    QAction *m_open = nullptr;
    QAction *m_withdrawLast = nullptr;
    RecordPanel *m_record;
    QAction *m_close = nullptr;
    QAction *m_checkers = nullptr;
    QAction *m_previous = nullptr;
    QAction *m_next = nullptr;
    QPushButton *m_proposeButton;
    QPushButton *m_secondButton;
    QToolButton *m_baseButton;
    QPushButton *m_disqualifyButton;
    QPushButton *m_dissentButton;
    QPushButton *m_electionButton;
    QPushButton *m_decisionButton;
    QPushButton *m_remoteArrivalButton;
    QPushButton *m_temporaryChairButton;
};
