#pragma once

#include "model/meeting.h"

#include <QHash>
#include <QWidget>

#include <functional>

class AgendaModel;
class QAction;
class QLabel;
class QTreeView;
class QToolBar;
class Store;

// Preparing a meeting: its facts, its agenda (items added, brought in from
// earlier meetings, removed, and moved by dragging or with the keyboard
// before the meeting opens), the invitation list, the agenda's preview,
// printing and export, and — once it is closed — its minutes and their
// signing.
//
// Its life cycle too: convening, moving and cancelling it before it is held,
// sending the invitation by e-mail, the members' packages, the days the
// minutes were checked and published, and the public version. Each of these
// actions is enabled only when the meeting's state allows it and, when not,
// its tooltip says why; they are enabled only while the page is shown, so
// that the Meeting menu never acts on a meeting nobody sees.
class MeetingPage : public QWidget
{
    Q_OBJECT

public:
    explicit MeetingPage(Store &store, QWidget *parent = nullptr);

    bool setMeeting(qint64 meetingId, QString *error);
    // Reads the meeting shown again, keeping the selected item and the
    // scroll position; false when it is no longer in the store.
    bool refresh(QString *error);
    qint64 meetingId() const { return m_meeting.id; }
    AgendaModel *agendaModel() const { return m_agenda; }
    QTreeView *agendaView() const { return m_view; }

    // Adds an item titled `title` last on the agenda; 0 with the reason.
    qint64 addItem(const QString &title, QString *error);
    // Removes the selected item, after asking (see setConfirmation).
    bool removeSelectedItem();
    bool moveSelectedItem(int delta);
    // How the page asks before removing; tests answer for the user.
    void setConfirmation(std::function<bool(const QString &question)> confirm) { m_confirm = std::move(confirm); }

    QAction *newItemAction() const { return m_newItem; }
    QAction *fromTemplateAction() const { return m_fromTemplate; }
    QAction *runMeetingAction() const { return m_run; }
    QAction *conveneAction() const { return m_convene; }
    QAction *rescheduleAction() const { return m_reschedule; }
    QAction *cancelAction() const { return m_cancel; }
    QAction *sendInvitationAction() const { return m_sendInvitation; }
    QAction *packagesAction() const { return m_packages; }
    QAction *minutesDaysAction() const { return m_minutesDays; }
    QAction *publishAction() const { return m_publish; }
    // The life cycle's actions, in the order of the page's toolbar, for the
    // Meeting menu.
    QList<QAction *> lifecycleActions() const;
    // What the page says of the meeting's life cycle: when it was convened,
    // why it was cancelled, when its minutes were checked and published.
    QString lifecycleText() const;
    // Enables each life cycle action as the meeting's state and the
    // preferences (how invitations are sent) allow, or says why not.
    void refreshLifecycle();

signals:
    void itemActivated(qint64 meetingId, qint64 itemId);
    // New Item added an item, to be opened with its title to type.
    void itemAdded(qint64 meetingId, qint64 itemId);
    // The secretary wants to run the meeting (or see how it ran).
    void runMeetingRequested(qint64 meetingId);
    // The agenda changed (items added, removed or moved).
    void agendaChanged(qint64 meetingId);
    // The meeting itself changed: convened, moved, cancelled, its minutes'
    // days recorded.
    void meetingChanged(qint64 meetingId);
    void errorOccurred(const QString &message);

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void refreshActions();
    // Opens one of the life cycle's dialogs; when it is accepted, shows the
    // meeting as the store now has it.
    template<typename Dialog>
    void changeMeeting();
    void sendInvitation();
    void writePackages();
    void publish();
    void bringIn();
    void addFromTemplate();
    void showInvitations();
    void showDocument(bool minutes);
    void printAgenda();
    void exportAgenda();
    void signMinutes();
    void showSignedMinutes();
    qint64 selectedItem() const;

    Store &m_store;
    Meeting m_meeting;
    QString m_reference;
    QLabel *m_heading;
    QLabel *m_facts;
    QLabel *m_lifecycle;
    QLabel *m_hint;
    QToolBar *m_lifecycleBar;
    QToolBar *m_toolBar;
    QToolBar *m_documentBar;
    AgendaModel *m_agenda;
    QTreeView *m_view;
    QAction *m_newItem = nullptr;
    QAction *m_run = nullptr;
    QAction *m_bringIn = nullptr;
    QAction *m_fromTemplate = nullptr;
    QAction *m_remove = nullptr;
    QAction *m_moveUp = nullptr;
    QAction *m_moveDown = nullptr;
    QAction *m_minutes = nullptr;
    QAction *m_sign = nullptr;
    QAction *m_signed = nullptr;
    QAction *m_convene = nullptr;
    QAction *m_reschedule = nullptr;
    QAction *m_cancel = nullptr;
    QAction *m_sendInvitation = nullptr;
    QAction *m_packages = nullptr;
    QAction *m_minutesDays = nullptr;
    QAction *m_publish = nullptr;
    // Each life cycle action's tooltip when it is enabled.
    QHash<QAction *, QString> m_purpose;
    std::function<bool(const QString &)> m_confirm;
};
