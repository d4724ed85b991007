#include "meetingconsole.h"

#include "eventdialogs.h"
#include "labels.h"
#include "recordpanel.h"
#include "richtextedit.h"
#include "votingpanel.h"

#include "procedure/meetingevents.h"
#include "procedure/meetingsession.h"
#include "store/store.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QSpinBox>
#include <QStyledItemDelegate>
#include <QSplitter>
#include <QStatusBar>
#include <QTableWidget>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {

QPushButton *actionButton(const QString &text, const QString &description)
{
    auto *button = new QPushButton(text);
    button->setToolTip(description);
    button->setAccessibleDescription(description);
    return button;
}

// When the meeting opened or closed, in the user's locale: the time alone
// on `day`, with the date on another.
QString moment(const QDateTime &at, const QDate &day)
{
    return at.date() == day ? Labels::clock(at.time()) : Labels::moment(at);
}

// Rows as tall as their text wrapped to the column: a long title is read
// whole, never cut short (QTreeView asks its rows' height without the
// column's width).
class WrappingDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        // A valid rectangle (any height) is what makes the style wrap.
        if (const auto *view = qobject_cast<const QTreeView *>(opt.widget))
            opt.rect = QRect(0, 0, view->header()->sectionSize(index.column()), 1 << 16);
        opt.features |= QStyleOptionViewItem::WrapText;
        const QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
        return style->sizeFromContents(QStyle::CT_ItemViewItem, &opt, QSize(), opt.widget);
    }
};

// Where the settings keep the window's geometry.
QString geometryKey()
{
    return QStringLiteral("meetingConsole/geometry");
}

// A problem the secretary has to act on, as the banner shows it.
QString problemStyle()
{
    return QStringLiteral("QLabel { background: #fbe3e3; color: #5c1010; padding: 6px; border: 1px solid #c98b8b; }");
}

} // namespace

MeetingConsole::MeetingConsole(Store &store, qint64 meetingId, QWidget *parent)
    : QMainWindow(parent, Qt::Window)
    , m_store(store)
    , m_clock([] { return QDateTime::currentDateTime(); })
    , m_heading(new QLabel)
    , m_banner(new QLabel)
    , m_followBar(new QWidget)
    , m_followText(new QLabel)
    , m_runHere(new QPushButton(tr("&Run It Here")))
    , m_attendance(new QTreeWidget)
    , m_others(new QTableWidget(0, 2))
    , m_items(new QTreeWidget)
    , m_itemTitle(new QLabel)
    , m_quorum(new QLabel)
    , m_presiding(new QLabel)
    , m_proposals(new QTreeWidget)
    , m_order(new QListWidget)
    , m_orderHint(new QLabel)
    , m_voting(new VotingPanel)
    , m_outcome(new QLabel)
    , m_decisionEdit(new RichTextEdit)
    , m_proceedingsEdit(new RichTextEdit)
    , m_textsState(new QLabel)
    , m_saveTimer(new QTimer(this))
    , m_record(new RecordPanel)
    , m_proposeButton(actionButton(tr("&Proposal…"), tr("Record a counter-, rejection, tabling or return proposal")))
    , m_secondButton(actionButton(tr("&Second…"), tr("Record who seconded the selected proposal")))
    , m_baseButton(new QToolButton)
    , m_disqualifyButton(actionButton(tr("Dis&qualification…"), tr("Record that someone is disqualified for this item")))
    , m_dissentButton(actionButton(tr("Disse&nt…"), tr("Record a dissent from the decision")))
    , m_electionButton(actionButton(tr("&Election…"), tr("Record an election and compute who was elected")))
    , m_decisionButton(actionButton(tr("Record &Decision"),
                                    tr("Record the decision; the decision and proceedings are written into the item")))
    , m_remoteArrivalButton(actionButton(tr("Re&mote Arrival…"),
                                         tr("Record that someone arrives by a remote connection at this moment during "
                                            "the current item")))
    , m_temporaryChairButton(actionButton(tr("Temporary &Chair…"), tr("Record whom the body chose to preside over this item")))
{
    m_meeting.id = meetingId;
    setWindowTitle(tr("Meeting"));
    setAttribute(Qt::WA_DeleteOnClose);
    m_confirm = [this](const QString &question) {
        return QMessageBox::question(this, tr("Pykälä"), question) == QMessageBox::Yes;
    };
    m_askReason = [this](const QString &question) {
        bool ok = false;
        const QString reason = QInputDialog::getText(this, tr("Withdraw Event"), question, QLineEdit::Normal, {}, &ok);
        return ok ? reason.trimmed() : QString();
    };
    connect(m_record, &RecordPanel::withdrawRequested, this, [this](int number) { withdrawEvent(number); });
    m_saveTimer->setSingleShot(true);
    m_saveTimer->setInterval(1000);
    connect(m_saveTimer, &QTimer::timeout, this, &MeetingConsole::saveTexts);

    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.4);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_heading->setAccessibleName(tr("Meeting"));
    m_banner->setWordWrap(true);
    m_banner->setAccessibleName(tr("Problem"));
    m_banner->setStyleSheet(problemStyle());
    m_banner->hide();
    // Following another console: who runs the meeting, and taking it over
    // once it is free.
    m_followText->setWordWrap(true);
    m_followText->setAccessibleName(tr("Followed"));
    m_followText->setTextFormat(Qt::PlainText);
    m_runHere->setToolTip(tr("Run the meeting from this window, now that nobody else does"));
    connect(m_runHere, &QPushButton::clicked, this, &MeetingConsole::runHere);
    auto *followLayout = new QHBoxLayout(m_followBar);
    followLayout->setContentsMargins(8, 6, 8, 6);
    // Set apart from the problems' banner: a state, not an error.
    m_followBar->setAutoFillBackground(true);
    QPalette followPalette = m_followBar->palette();
    followPalette.setColor(QPalette::Window, followPalette.color(QPalette::ToolTipBase));
    followPalette.setColor(QPalette::WindowText, followPalette.color(QPalette::ToolTipText));
    m_followBar->setPalette(followPalette);
    followLayout->addWidget(m_followText, 1);
    followLayout->addWidget(m_runHere);
    m_followBar->hide();

    buildActions();
    auto *splitter = new QSplitter(Qt::Horizontal);
    splitter->addWidget(buildAttendance());
    splitter->addWidget(buildItems());
    splitter->addWidget(buildItemPanel());
    // At 1366 pixels the attendance's four columns fit, and the agenda is
    // wide enough for its titles to wrap in two or three lines.
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 3);
    splitter->setStretchFactor(2, 5);
    splitter->setSizes({440, 340, 580});
    splitter->setChildrenCollapsible(false);

    // The record below the panes: what has been recorded, to withdraw from.
    auto *vertical = new QSplitter(Qt::Vertical);
    vertical->addWidget(splitter);
    vertical->addWidget(m_record);
    vertical->setStretchFactor(0, 5);
    vertical->setStretchFactor(1, 1);
    vertical->setChildrenCollapsible(false);

    auto *central = new QWidget;
    auto *layout = new QVBoxLayout(central);
    layout->addWidget(m_heading);
    layout->addWidget(m_banner);
    layout->addWidget(m_followBar);
    layout->addWidget(vertical, 1);
    setCentralWidget(central);
    // The size it has when it is no longer maximised.
    resize(1280, 760);
    // A meeting is run full screen; a secretary who made the window smaller
    // gets it back so.
    if (!restoreGeometry(QSettings().value(geometryKey()).toByteArray()))
        setWindowState(Qt::WindowMaximized);
}

MeetingConsole::~MeetingConsole() = default;

void MeetingConsole::buildActions()
{
    QToolBar *bar = addToolBar(tr("Meeting"));
    bar->setObjectName(QStringLiteral("meetingToolBar"));
    bar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    bar->setMovable(false);
    bar->setAccessibleName(tr("Meeting"));
    auto add = [&](const QString &text, const QString &tip, const QKeySequence &key, auto slot) {
        QAction *action = bar->addAction(text, this, slot);
        action->setToolTip(key.isEmpty() ? tip : tr("%1 (%2)").arg(tip, key.toString(QKeySequence::NativeText)));
        action->setShortcut(key);
        return action;
    };
    m_open = add(tr("Open Meeting"), tr("Record the opening now, with the attendance ticked"), QKeySequence(tr("Ctrl+Shift+O")),
                 [this] { openMeeting(); });
    m_previous = add(tr("Previous Item"), tr("Handle the previous item"), QKeySequence(Qt::CTRL | Qt::Key_PageUp),
                     [this] { setCurrentPosition(m_progress.position() - 1); });
    m_next = add(tr("Next Item"), tr("Handle the next item"), QKeySequence(Qt::CTRL | Qt::Key_PageDown),
                 [this] { setCurrentPosition(m_progress.position() + 1); });
    bar->addSeparator();
    m_checkers = add(tr("Minute-Checkers…"), tr("Record whom the body selected to check the minutes"), {},
                     [this] { chooseMinuteCheckers(); });
    m_close = add(tr("Close Meeting"), tr("Record the closing now"), QKeySequence(tr("Ctrl+Shift+E")),
                  [this] { closeMeeting(); });
    bar->addSeparator();
    // Ctrl+Z: the text editors keep their own undo while they have the focus.
    m_withdrawLast = add(tr("Withdraw Last…"), tr("Withdraw the last event recorded, recorded by mistake, with the reason"),
                         QKeySequence::Undo, [this] {
                             if (const int last = m_record->lastWithdrawable())
                                 withdrawEvent(last);
                         });
    bar->addSeparator();
    QAction *closeWindow = add(tr("Close Window"), tr("Close this window; everything recorded is kept"),
                               QKeySequence::Close, [this] { close(); });
    closeWindow->setShortcutContext(Qt::WindowShortcut);
}

QWidget *MeetingConsole::buildAttendance()
{
    m_attendance->setColumnCount(4);
    // Short heads, so that the four columns fit; the tooltips say them in full.
    m_attendance->setHeaderLabels({tr("Member"), tr("Deputy"), tr("Remote"), tr("In this item")});
    m_attendance->headerItem()->setToolTip(DeputyColumn, tr("Personal deputy"));
    m_attendance->headerItem()->setToolTip(RemoteColumn, tr("Whoever takes the seat does so by a remote connection"));
    m_attendance->setRootIsDecorated(false);
    m_attendance->setAlternatingRowColors(true);
    // Cells, not rows: Left and Right reach the deputy's and the Remote ticks.
    m_attendance->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_attendance->setAccessibleName(tr("Attendance"));
    m_attendance->setAccessibleDescription(
        tr("Tick who is present, and in the Remote column who of them takes part by a remote connection. After the "
           "opening a tick records an arrival, clearing it a departure, and a change in the Remote column a change "
           "between the meeting room and a remote connection, at this moment during the current item. Space ticks "
           "the focused cell; Left and Right move between the columns."));
    m_attendance->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    connect(m_attendance, &QTreeWidget::itemChanged, this, &MeetingConsole::attendanceChanged);
    connect(m_remoteArrivalButton, &QPushButton::clicked, this, &MeetingConsole::remoteArrival);

    m_others->setHorizontalHeaderLabels({tr("Name"), tr("Role")});
    m_others->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_others->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_others->verticalHeader()->hide();
    m_others->setTabKeyNavigation(false);
    m_others->setAccessibleName(tr("Others attending"));
    m_others->setAccessibleDescription(tr("Officials and experts attending without a seat; recorded at the opening."));
    auto *addOther = new QPushButton(tr("Add &Other"));
    addOther->setToolTip(tr("Add a row for someone else attending"));
    connect(addOther, &QPushButton::clicked, this, [this] {
        m_others->insertRow(m_others->rowCount());
        m_others->setCurrentCell(m_others->rowCount() - 1, 0);
        m_others->editItem(m_others->item(m_others->rowCount() - 1, 0));
    });
    m_addOther = addOther;

    auto *box = new QWidget;
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *title = new QLabel(tr("&Attendance"));
    title->setBuddy(m_attendance);
    layout->addWidget(title);
    layout->addWidget(m_attendance, 3);
    layout->addWidget(m_remoteArrivalButton, 0, Qt::AlignLeft);
    auto *othersTitle = new QLabel(tr("Others a&ttending"));
    othersTitle->setBuddy(m_others);
    layout->addWidget(othersTitle);
    layout->addWidget(m_others, 1);
    layout->addWidget(addOther, 0, Qt::AlignLeft);
    return box;
}

QWidget *MeetingConsole::buildItems()
{
    m_items->setColumnCount(3);
    m_items->setHeaderLabels({tr("§"), tr("Item"), tr("State")});
    m_items->setRootIsDecorated(false);
    m_items->setAccessibleName(tr("Agenda"));
    m_items->setAccessibleDescription(tr("The item selected here is the one being handled."));
    m_items->header()->setStretchLastSection(false);
    m_items->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_items->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_items->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_items->setWordWrap(true);
    m_items->setTextElideMode(Qt::ElideNone);
    m_items->setItemDelegateForColumn(1, new WrappingDelegate(m_items));
    // Long titles wrap to the column's width, which follows the window's.
    connect(m_items->header(), &QHeaderView::sectionResized, this, [this](int section) {
        if (section == 1)
            QTimer::singleShot(0, m_items, &QTreeView::doItemsLayout);
    });
    connect(m_items, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *current) {
        if (!m_refreshing && current)
            setCurrentPosition(current->data(0, Qt::UserRole).toInt());
    });
    auto *box = new QWidget;
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *title = new QLabel(tr("A&genda"));
    title->setBuddy(m_items);
    layout->addWidget(title);
    layout->addWidget(m_items);
    return box;
}

QWidget *MeetingConsole::buildItemPanel()
{
    QFont titleFont = m_itemTitle->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    titleFont.setBold(true);
    m_itemTitle->setFont(titleFont);
    m_itemTitle->setWordWrap(true);
    m_itemTitle->setAccessibleName(tr("Current item"));
    m_quorum->setWordWrap(true);
    m_quorum->setAccessibleName(tr("Quorum"));
    m_presiding->setWordWrap(true);
    m_presiding->setAccessibleName(tr("Presiding"));
    m_outcome->setWordWrap(true);
    m_outcome->setAccessibleName(tr("Outcome"));

    m_proposals->setColumnCount(5);
    m_proposals->setHeaderLabels({tr("Proposal"), tr("Kind"), tr("Proposed by"), tr("Seconded by"), tr("Text")});
    m_proposals->setRootIsDecorated(false);
    m_proposals->setAccessibleName(tr("Proposals"));
    m_proposals->setAccessibleDescription(tr("The proposals made in this item, with who made and seconded them."));
    m_proposals->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_proposals->header()->setStretchLastSection(true);
    m_proposals->setMinimumHeight(90);
    m_proposals->setMaximumHeight(150);
    connect(m_proposals, &QTreeWidget::currentItemChanged, this, &MeetingConsole::refreshSecondButton);

    auto *baseMenu = new QMenu(m_baseButton);
    baseMenu->addAction(tr("Presenter Amends…"), this, [this] { changeBaseProposal(false); });
    baseMenu->addAction(tr("Presenter Withdraws…"), this, [this] { changeBaseProposal(true); });
    baseMenu->addAction(tr("For Information Only"), this, &MeetingConsole::recordNoting);
    m_baseButton->setText(tr("&Base Proposal"));
    m_baseButton->setMenu(baseMenu);
    m_baseButton->setPopupMode(QToolButton::InstantPopup);
    m_baseButton->setToolTip(tr("The presenter amends or withdraws the base proposal, or the item is for information"));
    m_baseButton->setAccessibleDescription(m_baseButton->toolTip());

    connect(m_proposeButton, &QPushButton::clicked, this, &MeetingConsole::propose);
    connect(m_secondButton, &QPushButton::clicked, this, &MeetingConsole::second);
    connect(m_disqualifyButton, &QPushButton::clicked, this, &MeetingConsole::disqualify);
    connect(m_dissentButton, &QPushButton::clicked, this, &MeetingConsole::dissent);
    connect(m_electionButton, &QPushButton::clicked, this, &MeetingConsole::election);
    connect(m_decisionButton, &QPushButton::clicked, this, &MeetingConsole::recordDecision);
    connect(m_temporaryChairButton, &QPushButton::clicked, this, &MeetingConsole::chooseTemporaryChair);
    connect(m_voting, &VotingPanel::recordRequested, this, &MeetingConsole::recordVote);

    m_order->setDragDropMode(QAbstractItemView::InternalMove);
    m_order->setDefaultDropAction(Qt::MoveAction);
    m_order->setAccessibleName(tr("Voting order"));
    m_order->setAccessibleDescription(tr("The order the proposals enter the vote. Drag to change it before the first "
                                         "vote, or use Alt+Up and Alt+Down."));
    m_order->setMaximumHeight(80);
    m_orderHint->setWordWrap(true);
    connect(m_order->model(), &QAbstractItemModel::rowsMoved, this, &MeetingConsole::orderDragged);
    auto *orderUp = new QAction(m_order);
    orderUp->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Up));
    orderUp->setShortcutContext(Qt::WidgetShortcut);
    auto *orderDown = new QAction(m_order);
    orderDown->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Down));
    orderDown->setShortcutContext(Qt::WidgetShortcut);
    m_order->addAction(orderUp);
    m_order->addAction(orderDown);
    auto moveOrder = [this](int delta) {
        const int row = m_order->currentRow();
        if (row < 0 || row + delta < 0 || row + delta >= m_order->count() || m_order->dragDropMode() == QAbstractItemView::NoDragDrop)
            return;
        QListWidgetItem *taken = m_order->takeItem(row);
        m_order->insertItem(row + delta, taken);
        m_order->setCurrentRow(row + delta);
        m_orderRow = row + delta; // kept through the refresh, for the next Alt+Up or Alt+Down
        orderDragged();
    };
    connect(orderUp, &QAction::triggered, this, [moveOrder] { moveOrder(-1); });
    connect(orderDown, &QAction::triggered, this, [moveOrder] { moveOrder(1); });

    // Their own typing history: Ctrl+Z in them undoes typing, never
    // withdraws an event.
    m_decisionEdit->setUndoRedoEnabled(true);
    m_proceedingsEdit->setUndoRedoEnabled(true);
    m_decisionEdit->setAccessibleName(tr("Decision"));
    m_decisionEdit->setMinimumHeight(70);
    m_proceedingsEdit->setAccessibleName(tr("Proceedings"));
    m_proceedingsEdit->setAccessibleDescription(
        tr("Written from the record when the decision is recorded; edit it as the minutes should read."));
    m_proceedingsEdit->setMinimumHeight(160);
    m_textsState->setAccessibleName(tr("Saving"));
    for (RichTextEdit *edit : {m_decisionEdit, m_proceedingsEdit}) {
        edit->setTabChangesFocus(true);
        connect(edit, &RichTextEdit::edited, this, [this] {
            m_textsEdited = true;
            m_textsState->setText(tr("Not saved yet"));
            m_saveTimer->start();
        });
    }

    auto *proposalButtons = new QHBoxLayout;
    proposalButtons->addWidget(m_proposeButton);
    proposalButtons->addWidget(m_secondButton);
    proposalButtons->addWidget(m_baseButton);
    proposalButtons->addStretch(1);
    auto *itemButtons = new QHBoxLayout;
    itemButtons->addWidget(m_disqualifyButton);
    itemButtons->addWidget(m_dissentButton);
    itemButtons->addWidget(m_electionButton);
    itemButtons->addStretch(1);
    itemButtons->addWidget(m_decisionButton);

    auto group = [](const QString &title, QWidget *focus) {
        auto *box = new QGroupBox(title);
        box->setFocusProxy(focus);
        return box;
    };
    QGroupBox *proposals = group(tr("Proposals"), m_proposals);
    auto *proposalsLayout = new QVBoxLayout(proposals);
    proposalsLayout->addWidget(m_proposals);
    proposalsLayout->addLayout(proposalButtons);
    auto *orderLabel = new QLabel(tr("&Voting order:"));
    orderLabel->setBuddy(m_order);
    proposalsLayout->addWidget(orderLabel);
    proposalsLayout->addWidget(m_order);
    proposalsLayout->addWidget(m_orderHint);
    QGroupBox *vote = group(tr("Vote"), m_voting);
    auto *voteLayout = new QVBoxLayout(vote);
    voteLayout->addWidget(m_voting);
    QGroupBox *texts = group(tr("Decision and proceedings"), m_decisionEdit);
    auto *textsLayout = new QVBoxLayout(texts);
    auto *decisionLabel = new QLabel(tr("Decis&ion:"));
    decisionLabel->setBuddy(m_decisionEdit);
    auto *proceedingsLabel = new QLabel(tr("P&roceedings:"));
    proceedingsLabel->setBuddy(m_proceedingsEdit);
    textsLayout->addWidget(decisionLabel);
    textsLayout->addWidget(m_decisionEdit);
    textsLayout->addWidget(proceedingsLabel);
    textsLayout->addWidget(m_proceedingsEdit, 1);
    textsLayout->addWidget(m_textsState);

    auto *panel = new QWidget;
    auto *layout = new QVBoxLayout(panel);
    layout->addWidget(m_itemTitle);
    layout->addWidget(m_quorum);
    auto *presiding = new QHBoxLayout;
    presiding->addWidget(m_presiding, 1);
    presiding->addWidget(m_temporaryChairButton, 0, Qt::AlignTop);
    layout->addLayout(presiding);
    layout->addWidget(proposals);
    layout->addWidget(vote);
    layout->addLayout(itemButtons);
    layout->addWidget(m_outcome);
    layout->addWidget(texts, 1);
    layout->addStretch(0);
    m_panelScroll = new QScrollArea;
    m_panelScroll->setWidget(panel);
    m_panelScroll->setWidgetResizable(true);
    m_panelScroll->setFrameShape(QFrame::NoFrame);
    return m_panelScroll;
}

bool MeetingConsole::load(QString *error)
{
    const auto meeting = m_store.meeting(m_meeting.id);
    if (!meeting || !meeting->has_value()) {
        *error = meeting ? tr("There is no meeting with id %1.").arg(m_meeting.id) : meeting.error();
        return false;
    }
    const auto reference = m_store.meetingReference(meeting->value());
    const auto setting = MeetingSession::setting(m_store, meeting->value());
    const auto language = MeetingSession::documentLanguage(m_store, meeting->value());
    const auto agenda = m_store.agendaItems(m_meeting.id);
    const auto replay = MeetingSession::current(m_store, meeting->value());
    const auto events = m_store.meetingEvents(m_meeting.id);
    for (const QString &problem : {reference.error(), setting.error(), language.error(), agenda.error(), replay.error(),
                                   events.error()}) {
        if (!problem.isEmpty()) {
            *error = problem;
            return false;
        }
    }
    const bool first = m_reference.isEmpty();
    if (first) {
        // A role that may not change the body's records follows its
        // meetings and holds none.
        const auto refusal = m_store.changeRefusal(meeting->value().bodyId);
        if (!refusal) {
            *error = refusal.error();
            return false;
        }
        m_roleRefusal = *refusal;
        if (m_roleRefusal.isEmpty()) {
            const auto holder = m_store.holdMeeting(m_meeting.id);
            if (!holder) {
                *error = holder.error();
                return false;
            }
            m_holder = *holder;
        }
    }
    m_meeting = meeting->value();
    m_reference = *reference;
    m_language = *language;
    m_agenda = *agenda;
    m_events = *events;
    m_progress.setRecord(*setting, *replay);
    const auto minutes = m_store.signedMinutes(m_meeting.id);
    m_frozen = minutes && minutes->has_value();
    setWindowTitle(tr("%1 – Meeting").arg(m_reference));
    if (first) {
        // Officials and those invited attend without a seat; the secretary
        // corrects the list before the opening.
        if (const auto others = MeetingProgress::expectedOthers(m_store, m_meeting, m_language)) {
            for (const MeetingRecord::OtherAttendee &other : *others)
                addOther(other);
        }
        m_progress.resume();
    } else if (following()) {
        m_progress.resume(); // where the console running it is
    }
    if (first && following()) {
        showFollowing(m_holder, false);
        // A window closed or a program ended elsewhere commits nothing to
        // refresh by: whether the meeting is free is looked at by itself.
        if (m_roleRefusal.isEmpty()) {
            m_holderWatch = new QTimer(this);
            m_holderWatch->setInterval(2000);
            connect(m_holderWatch, &QTimer::timeout, this, [this] {
                if (!following() || !isVisible())
                    return;
                if (const auto holder = m_store.meetingHolder(m_meeting.id); holder && holder->isEmpty())
                    showFollowing(m_holder, true);
            });
            m_holderWatch->start();
        }
    }
    refresh();
    return true;
}

void MeetingConsole::showFollowing(const QString &holder, bool free)
{
    if (!m_roleRefusal.isEmpty()) {
        m_followText->setText(tr("%1 This window follows the meeting as it is recorded.").arg(m_roleRefusal));
        m_runHere->setVisible(false);
        m_followBar->setVisible(true);
        setWindowTitle(tr("%1 – Meeting (following)").arg(m_reference));
        return;
    }
    m_followText->setText(free ? tr("Nobody runs this meeting now. This window shows it as it was last recorded.")
                               : tr("%1 runs this meeting. This window follows it as it is recorded; nothing can be "
                                    "recorded here.")
                                     .arg(holder));
    m_runHere->setVisible(free);
    m_followBar->setVisible(true);
    setWindowTitle(tr("%1 – Meeting (following)").arg(m_reference));
}

void MeetingConsole::followStore()
{
    if (!following())
        return;
    QString error;
    if (!load(&error)) {
        showError(error);
        return;
    }
    if (!m_roleRefusal.isEmpty())
        return;
    const auto holder = m_store.meetingHolder(m_meeting.id);
    if (holder)
        showFollowing(holder->isEmpty() ? m_holder : *holder, holder->isEmpty());
}

bool MeetingConsole::runHere()
{
    if (!m_roleRefusal.isEmpty())
        return false;
    const auto holder = m_store.holdMeeting(m_meeting.id);
    if (!holder) {
        showError(holder.error());
        return false;
    }
    if (!holder->isEmpty()) {
        m_holder = *holder;
        showFollowing(m_holder, false);
        return false;
    }
    m_holder.clear();
    if (m_holderWatch)
        m_holderWatch->stop();
    m_voting->setEnabled(true);
    m_followBar->hide();
    showError(QString());
    QString error;
    if (!load(&error)) {
        showError(error);
        return false;
    }
    setWindowTitle(tr("%1 – Meeting").arg(m_reference));
    statusBar()->showMessage(tr("The meeting is now run from this window."), 5000);
    return true;
}

void MeetingConsole::releaseHold()
{
    if (!following())
        m_store.releaseMeeting(m_meeting.id);
}

void MeetingConsole::lockForFollowing()
{
    for (QAction *action : {m_open, m_close, m_checkers, m_withdrawLast})
        action->setEnabled(false);
    for (QPushButton *button : {m_proposeButton, m_secondButton, m_disqualifyButton, m_dissentButton,
                                m_electionButton, m_decisionButton, m_remoteArrivalButton, m_temporaryChairButton})
        button->setEnabled(false);
    if (m_addOther)
        m_addOther->setEnabled(false);
    m_baseButton->setEnabled(false);
    m_others->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_order->setDragDropMode(QAbstractItemView::NoDragDrop);
    m_voting->setEnabled(false);
    m_decisionEdit->setReadOnly(true);
    m_proceedingsEdit->setReadOnly(true);
    // The ticks show who is present; they cannot be changed here.
    m_refreshing = true;
    for (int i = 0; i < m_attendance->topLevelItemCount(); ++i) {
        QTreeWidgetItem *row = m_attendance->topLevelItem(i);
        row->setFlags(row->flags() & ~Qt::ItemIsUserCheckable);
    }
    m_refreshing = false;
}

void MeetingConsole::addOther(const MeetingRecord::OtherAttendee &other)
{
    const int row = m_others->rowCount();
    m_others->insertRow(row);
    m_others->setItem(row, 0, new QTableWidgetItem(other.name));
    m_others->setItem(row, 1, new QTableWidgetItem(other.role));
}

void MeetingConsole::refreshSecondButton()
{
    // Secondings come with proposals: the selected one, or the latest when
    // the base proposal or nothing is selected.
    const QTreeWidgetItem *selected = m_proposals->currentItem();
    m_secondButton->setEnabled(m_proposeButton->isEnabled() && m_proposals->topLevelItemCount() > 1
                               && (!selected || selected->data(0, Qt::UserRole).toString() != u"base"));
}

QString MeetingConsole::recordOne(const QJsonObject &event)
{
    QString error;
    record({event}, &error);
    return error;
}

QString MeetingConsole::recordOne(const Result<QJsonObject> &event)
{
    return event ? recordOne(*event) : event.error();
}

QString MeetingConsole::now() const
{
    return Labels::clock(m_clock().time());
}

QString MeetingConsole::itemHeading(int position) const
{
    for (const AgendaItem &item : m_agenda) {
        if (item.position == position)
            return item.sectionNumber ? tr("§ %1 %2").arg(*item.sectionNumber).arg(item.title)
                                      : tr("Item %1: %2").arg(position).arg(item.title);
    }
    return {};
}

void MeetingConsole::showError(const QString &message)
{
    m_lastError = message;
    m_banner->setText(message);
    m_banner->setVisible(!message.isEmpty());
    if (!message.isEmpty())
        statusBar()->showMessage(message, 10000);
}

bool MeetingConsole::record(const QList<QJsonObject> &events, QString *error)
{
    if (following()) {
        const QString message = !m_roleRefusal.isEmpty()
            ? m_roleRefusal
            : tr("%1 runs this meeting: nothing can be recorded in this window, which follows it.").arg(m_holder);
        showError(message);
        if (error)
            *error = message;
        return false;
    }
    saveTexts();
    const auto result = MeetingSession::record(m_store, m_meeting, MeetingEvents::file(events));
    if (!result) {
        // What the record refused is not kept; the view shows the record as it is.
        showError(result.error());
        if (error)
            *error = result.error();
        refresh();
        return false;
    }
    showError(QString());
    QString problem;
    if (!load(&problem)) {
        showError(problem);
        if (error)
            *error = problem;
        return false;
    }
    statusBar()->showMessage(tr("Recorded at %1.").arg(now()), 5000);
    emit recorded(m_meeting.id);
    return true;
}

void MeetingConsole::setCurrentPosition(int position)
{
    if (position < 1 || position > m_agenda.size() || position == m_progress.position())
        return;
    saveTexts();
    m_progress.setPosition(position);
    refresh();
    // The item chosen is read from its title, wherever the panel and the
    // agenda were scrolled.
    m_panelScroll->verticalScrollBar()->setValue(0);
    if (QTreeWidgetItem *current = m_items->currentItem())
        m_items->scrollToItem(current);
}

void MeetingConsole::refresh()
{
    m_refreshing = true;
    const MeetingRecord::Replay &replay = m_progress.replay();
    // The times alone on the planned day; a meeting opened on another day
    // says which day was planned and which it opened on.
    const QDate planned = m_meeting.plannedStart.date();
    QString day = Labels::day(planned);
    QString state = Labels::meetingState(m_meeting.state);
    if (replay.opened) {
        const QString opened = moment(replay.openedAt, planned);
        state = replay.closed ? tr("opened %1, closed %2").arg(opened, moment(replay.closedAt, replay.openedAt.date()))
                              : tr("opened %1, in progress").arg(opened);
        if (replay.openedAt.date() != planned)
            day = tr("planned for %1").arg(day);
    }
    m_heading->setText(tr("%1 – %2 · %3 · %4").arg(m_reference, m_progress.setting().body, day, state));
    m_open->setEnabled(!replay.opened && !m_agenda.isEmpty() && m_meeting.state != MeetingState::Cancelled && !m_frozen);
    m_close->setEnabled(m_progress.running());
    m_checkers->setEnabled(m_progress.running() && replay.minuteCheckers.isEmpty());
    m_previous->setEnabled(m_progress.position() > 1);
    m_next->setEnabled(m_progress.position() < m_agenda.size());
    refreshAttendance();
    refreshItems();
    refreshItemPanel();
    RecordPanel::Names names;
    names.persons = m_progress.setting().names;
    names.item = [this](int position) {
        for (const AgendaItem &item : std::as_const(m_agenda)) {
            if (item.position == position && item.sectionNumber)
                return tr("§ %1").arg(*item.sectionNumber);
        }
        return tr("Item %1").arg(position);
    };
    m_record->setRecord(m_events, replay.withdrawn, names, m_progress.running() && !m_frozen && !following());
    m_withdrawLast->setEnabled(m_record->lastWithdrawable() != 0);
    m_refreshing = false;
    if (following())
        lockForFollowing();
}

bool MeetingConsole::withdrawEvent(int number, QString *error)
{
    auto refuse = [&](const QString &message) {
        showError(message);
        if (error)
            *error = message;
        return false;
    };
    if (!m_record->canWithdraw(number))
        return refuse(tr("Event %1 cannot be withdrawn: only what was recorded during the meeting, while it runs, "
                         "and each event once.").arg(number));
    const QString reason = m_askReason(tr("Why is event %1 withdrawn?\n\n%2").arg(number).arg(m_record->text(number)));
    if (reason.trimmed().isEmpty())
        return false;
    return record({MeetingEvents::retract(number, reason)}, error);
}

void MeetingConsole::refreshAttendance()
{
    const QSet<qint64> present = m_progress.presentNow();
    const QSet<qint64> remote = m_progress.remoteNow();
    const MeetingRecord::Replay &replay = m_progress.replay();
    const bool editable = !replay.closed && m_meeting.state != MeetingState::Cancelled;
    m_attendance->clear();
    auto checkable = [&](QTreeWidgetItem *row, int column, qint64 person) {
        row->setData(column, Qt::UserRole, person);
        row->setCheckState(column, present.contains(person) ? Qt::Checked : Qt::Unchecked);
        // Presence is said in words too, not only by the tick.
        const QString presence = !present.contains(person) ? tr("away")
            : remote.contains(person)                      ? tr("present by a remote connection")
                                                           : tr("present");
        row->setData(column, Qt::AccessibleTextRole, tr("%1, %2").arg(m_progress.personName(person), presence));
    };
    for (const Attendance::Seat &seat : m_progress.setting().seats) {
        auto *row = new QTreeWidgetItem({m_progress.memberLabel(seat), seat.deputy ? m_progress.personName(seat.deputy) : QString(),
                                         QString(), m_progress.seatStatus(seat)});
        Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
        if (editable)
            flags |= Qt::ItemIsUserCheckable;
        row->setFlags(flags);
        checkable(row, MemberColumn, seat.member);
        if (seat.deputy)
            checkable(row, DeputyColumn, seat.deputy);
        // How whoever takes the seat takes part; an empty seat has no tick
        // (an arrival by a remote connection has its own button).
        if (const qint64 holder = m_progress.holder(seat)) {
            const bool byRemote = remote.contains(holder);
            const QString how = tr("%1, %2").arg(m_progress.personName(holder), byRemote ? tr("by a remote connection")
                                                                                        : tr("in the meeting room"));
            row->setData(RemoteColumn, Qt::UserRole, holder);
            row->setCheckState(RemoteColumn, byRemote ? Qt::Checked : Qt::Unchecked);
            row->setText(RemoteColumn, byRemote ? tr("remote", "takes part by a remote connection") : QString());
            row->setData(RemoteColumn, Qt::AccessibleTextRole, how);
            row->setToolTip(RemoteColumn, how);
        }
        m_attendance->addTopLevelItem(row);
    }
    m_remoteArrivalButton->setEnabled(m_progress.running() && !m_frozen && !m_progress.absentPersons().isEmpty());
    // Others attending: typed before the opening, recorded with it.
    const bool othersEditable = !replay.opened && editable;
    if (replay.opened) {
        m_others->setRowCount(0);
        for (const MeetingRecord::OtherAttendee &other : replay.others)
            addOther(other);
    }
    m_addOther->setEnabled(othersEditable);
    m_others->setEditTriggers(othersEditable ? QAbstractItemView::AllEditTriggers : QAbstractItemView::NoEditTriggers);
}

void MeetingConsole::refreshItems()
{
    const MeetingRecord::Replay &replay = m_progress.replay();
    m_items->clear();
    for (const AgendaItem &agendaItem : std::as_const(m_agenda)) {
        const QString number = agendaItem.sectionNumber ? tr("§ %1").arg(*agendaItem.sectionNumber)
                                                        : QString::number(agendaItem.position);
        QString state;
        if (agendaItem.position <= replay.items.size() && replay.opened)
            state = m_progress.itemStatus(replay.items.at(agendaItem.position - 1));
        auto *row = new QTreeWidgetItem({number, agendaItem.title, state});
        row->setData(0, Qt::UserRole, agendaItem.position);
        row->setToolTip(1, agendaItem.title);
        m_items->addTopLevelItem(row);
        if (agendaItem.position == m_progress.position())
            m_items->setCurrentItem(row);
    }
}

void MeetingConsole::refreshItemPanel()
{
    const MeetingProgress::ItemState state = m_progress.itemState();
    m_itemTitle->setText(m_agenda.isEmpty() ? tr("The agenda has no items.") : itemHeading(m_progress.position()));
    m_quorum->setText(m_progress.quorumText());
    m_presiding->setText(m_progress.presidingText());
    const bool chairNeeded = m_progress.needsTemporaryChair() && !m_frozen;
    m_presiding->setStyleSheet(chairNeeded ? problemStyle() : QString());
    m_temporaryChairButton->setVisible(chairNeeded);

    m_proposals->clear();
    const QList<MeetingProgress::ProposalRow> proposals = m_progress.proposalRows(state);
    for (const MeetingProgress::ProposalRow &proposal : proposals) {
        auto *row = new QTreeWidgetItem({proposal.label, proposal.kind, proposal.proposer, proposal.seconders, proposal.text});
        row->setData(0, Qt::UserRole, proposal.id);
        row->setToolTip(4, proposal.text);
        m_proposals->addTopLevelItem(row);
    }
    m_proposeButton->setEnabled(state.canPropose);
    m_baseButton->setEnabled(state.canPropose);
    refreshSecondButton();

    // The voting order: dragged until the first vote on the substance.
    m_order->clear();
    const bool orderShown = state.outcome && state.outcome->order.size() > 1;
    if (orderShown) {
        for (const QString &id : std::as_const(state.outcome->order)) {
            auto *entry = new QListWidgetItem(m_progress.proposalLabel(state.input, id), m_order);
            entry->setData(Qt::UserRole, id);
        }
    }
    if (m_orderRow >= 0 && m_orderRow < m_order->count())
        m_order->setCurrentRow(m_orderRow);
    m_orderRow = -1;
    m_order->setDragDropMode(state.canReorder ? QAbstractItemView::InternalMove : QAbstractItemView::NoDragDrop);
    m_order->setEnabled(orderShown);
    m_orderHint->setText(!orderShown ? tr("No vote is needed while only the base proposal stands.")
                         : state.canReorder
                             ? (m_progress.orderDragged()
                                    ? tr("Changed by the chair; recorded with the first vote.")
                                    : tr("The order the rules give. Drag to change it; the changed order is recorded with the first vote."))
                             : tr("The order voted in."));

    // The vote waiting, if any; the panel keeps its ballots while it is the same vote.
    if (state.nextVote) {
        const ItemDecision::NextVote &next = *state.nextVote;
        QStringList voters;
        for (const qint64 id : state.record->presence.entitled)
            voters.append(QString::number(id));
        // Whoever presides is in the key: their vote decides a tie.
        const QString key = QStringLiteral("%1|%2|%3|%4|%5|%6|%7|%8")
                                .arg(m_progress.position())
                                .arg(next.on, next.yesProposal, next.noProposal)
                                .arg(next.round)
                                .arg(state.outcome->order.size())
                                .arg(voters.join(QLatin1Char(',')))
                                .arg(state.input.chair);
        if (key != m_voteKey) {
            m_voteKey = key;
            m_voting->setVote(m_progress.voteQuestion(state), m_progress.proposalLabel(state.input, next.yesProposal),
                              m_progress.proposalLabel(state.input, next.noProposal),
                              m_progress.named(state.record->presence.entitled), state.input.chair,
                              m_progress.voteRule(state));
        }
    } else {
        m_voteKey.clear();
        m_voting->clearVote(m_progress.noVoteReason(state));
    }

    m_disqualifyButton->setEnabled(state.canDisqualify);
    m_dissentButton->setEnabled(state.canDissent);
    m_electionButton->setEnabled(state.canElect);
    m_decisionButton->setEnabled(state.canDecide);
    m_outcome->setText(m_progress.outcomeText(state));
    if (state.record)
        refreshTexts(*state.record);
}

void MeetingConsole::refreshTexts(const MeetingRecord::ItemRecord &item)
{
    const AgendaItem *stored = nullptr;
    for (const AgendaItem &agendaItem : std::as_const(m_agenda)) {
        if (agendaItem.position == item.position)
            stored = &agendaItem;
    }
    if (!stored)
        return;
    const bool frozen = m_frozen || following();
    if (item.decided) {
        if (m_textItemId != stored->id || !m_textsEdited) {
            m_decisionEdit->setStoreHtml(stored->decision);
            m_proceedingsEdit->setStoreHtml(stored->proceedings);
            m_textItemId = stored->id;
            m_textsEdited = false;
            m_textsState->setText(following() ? tr("The texts as the console running the meeting saved them.")
                                  : frozen ? tr("The minutes are signed; the texts can no longer change.")
                                         : tr("Edit the texts as the minutes should read; they are saved as you type."));
        }
        m_decisionEdit->setReadOnly(frozen);
        m_proceedingsEdit->setReadOnly(frozen);
        return;
    }
    // Not decided yet: what the record would write, as a preview.
    m_textItemId = 0;
    m_textsEdited = false;
    m_decisionEdit->setReadOnly(true);
    m_proceedingsEdit->setReadOnly(true);
    const MeetingProgress::Texts preview = m_progress.preview(m_language);
    m_decisionEdit->setStoreHtml(preview.decision.isEmpty() ? stored->decision : preview.decision);
    m_proceedingsEdit->setStoreHtml(preview.proceedings.isEmpty() ? stored->proceedings : preview.proceedings);
    m_textsState->setText(m_progress.replay().opened
                              ? tr("A preview: recording the decision writes these texts into the item.")
                              : QString());
}

bool MeetingConsole::saveTexts()
{
    m_saveTimer->stop();
    if (!m_textItemId || !m_textsEdited)
        return true;
    const auto stored = m_store.agendaItem(m_textItemId);
    if (!stored || !stored->has_value()) {
        m_textsState->setText(stored ? tr("The item is no longer in the store.") : stored.error());
        return false;
    }
    AgendaItem item = stored->value();
    item.decision = m_decisionEdit->storeHtml();
    item.proceedings = m_proceedingsEdit->storeHtml();
    const Status saved = m_store.updateAgendaItem(item);
    if (!saved) {
        m_textsState->setText(tr("Not saved: %1").arg(saved.error()));
        return false;
    }
    m_textsEdited = false;
    for (AgendaItem &agendaItem : m_agenda) {
        if (agendaItem.id == item.id)
            agendaItem = item;
    }
    m_textsState->setText(tr("Saved %1.").arg(Labels::clock(QTime::currentTime())));
    emit recorded(m_meeting.id);
    return true;
}

void MeetingConsole::closeEvent(QCloseEvent *event)
{
    if (!saveTexts()
        && !m_confirm(tr("The proceedings could not be saved: %1\nClose the window anyway?").arg(m_textsState->text()))) {
        event->ignore();
        return;
    }
    QSettings().setValue(geometryKey(), saveGeometry());
    releaseHold();
    QMainWindow::closeEvent(event);
}

void MeetingConsole::attendanceChanged(QTreeWidgetItem *row, int column)
{
    if (m_refreshing || column == ItemColumn)
        return;
    const qint64 person = row->data(column, Qt::UserRole).toLongLong();
    if (!person)
        return;
    const bool ticked = row->checkState(column) == Qt::Checked;
    if (column == RemoteColumn) {
        if (!m_progress.replay().opened) {
            m_progress.tickRemote(person, ticked);
            QTimer::singleShot(0, this, [this] { refresh(); });
            return;
        }
        const auto change = m_progress.participation(person, ticked, m_clock().time());
        if (!change) {
            showError(change.error());
            QTimer::singleShot(0, this, [this] { refresh(); });
            return;
        }
        const QJsonObject event = *change;
        QTimer::singleShot(0, this, [this, event] { record({event}); });
        return;
    }
    if (!m_progress.replay().opened) {
        m_progress.tick(person, ticked);
        // Refreshing here would delete the row under the view's hands.
        QTimer::singleShot(0, this, [this] { refresh(); });
        return;
    }
    const QJsonObject move = m_progress.move(person, ticked, m_clock().time());
    QTimer::singleShot(0, this, [this, move] { record({move}); });
}

void MeetingConsole::openMeeting()
{
    QList<MeetingRecord::OtherAttendee> others;
    for (int row = 0; row < m_others->rowCount(); ++row) {
        others.append({m_others->item(row, 0) ? m_others->item(row, 0)->text() : QString(),
                       m_others->item(row, 1) ? m_others->item(row, 1)->text() : QString()});
    }
    const QDateTime at = m_clock();
    const auto events = m_progress.opening(at, others);
    if (!events)
        return showError(events.error());
    QString question = tr("Open the meeting at %1 with %2 of %3 seats taken?")
                           .arg(Labels::clock(at.time()))
                           .arg(m_progress.seatsTaken())
                           .arg(m_progress.setting().seats.size());
    // Opening on another day is allowed (a meeting moved at short notice),
    // but never by mistake: the minutes give the day it opened.
    if (const QString warning = m_progress.openingDayWarning(at); !warning.isEmpty())
        question = warning + QStringLiteral("\n\n") + question;
    if (!m_confirm(question))
        return;
    if (record(*events))
        setCurrentPosition(1);
}

void MeetingConsole::closeMeeting()
{
    QStringList open;
    const QList<int> undecided = m_progress.undecided();
    for (const int position : undecided)
        open.append(itemHeading(position));
    QString question = tr("Close the meeting at %1? Nothing can be recorded after it.").arg(now());
    // Named, so that an item forgotten is noticed before it is too late.
    if (!open.isEmpty())
        question = tr("%1 have no decision recorded.", nullptr, int(open.size())).arg(QLocale().createSeparatedList(open))
            + QLatin1Char(' ') + question;
    if (m_progress.replay().minuteCheckers.isEmpty())
        question += QStringLiteral("\n\n") + tr("The minute-checkers have not been recorded.");
    if (!m_confirm(question))
        return;
    record({MeetingEvents::close(m_clock())});
}

void MeetingConsole::chooseMinuteCheckers()
{
    auto *dialog = new EventDialog(tr("Minute-Checkers"), tr("Tick those the body selected to check the minutes, "
                                                             "usually two, in the order they were named."), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QListWidget *list = dialog->addChecklist(tr("&Selected:"), QStringLiteral("persons"),
                                             m_progress.named(m_progress.presentPersons()));
    dialog->setSubmit([this, list] {
        QList<qint64> chosen;
        for (int row = 0; row < list->count(); ++row) {
            if (list->item(row)->checkState() == Qt::Checked)
                chosen.append(list->item(row)->data(Qt::UserRole).toLongLong());
        }
        if (chosen.isEmpty())
            return tr("Tick the minute-checkers the body selected.");
        return recordOne(MeetingEvents::minuteCheckers(chosen));
    });
    dialog->open();
}

void MeetingConsole::remoteArrival()
{
    auto *dialog = new EventDialog(tr("Remote Arrival"),
                                   tr("%1: someone arrives by a remote connection at this moment.")
                                       .arg(itemHeading(m_progress.movePosition())),
                                   this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QComboBox *person = dialog->addPersons(tr("&Arriving:"), QStringLiteral("person"), m_progress.absentPersons());
    dialog->setSubmit([this, person] {
        if (person->currentIndex() < 0)
            return tr("Everyone with a seat is present already.");
        return recordOne(m_progress.move(person->currentData().toLongLong(), true, m_clock().time(), true));
    });
    dialog->open();
}

void MeetingConsole::chooseTemporaryChair()
{
    const MeetingRecord::ItemRecord *item = m_progress.current();
    if (!item)
        return;
    auto *dialog = new EventDialog(tr("Temporary Chair"),
                                   tr("%1: neither the chair nor a vice chair can preside. Whom did the body choose "
                                      "to preside over this item?").arg(itemHeading(m_progress.position())),
                                   this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QComboBox *person = dialog->addPersons(tr("&Presiding:"), QStringLiteral("person"),
                                           m_progress.named(item->presence.entitled));
    dialog->setSubmit([this, person] {
        return recordOne(m_progress.temporaryChair(person->currentIndex() < 0 ? 0 : person->currentData().toLongLong()));
    });
    dialog->open();
}

void MeetingConsole::propose()
{
    const MeetingRecord::ItemRecord *item = m_progress.current();
    if (!item)
        return;
    auto *dialog = new EventDialog(tr("Proposal"), itemHeading(m_progress.position()), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QComboBox *kind = dialog->addChoice(tr("&Kind:"), QStringLiteral("kind"),
                                        {{Codes::code(ProposalType::Counter), tr("Counter-proposal")},
                                         {Codes::code(ProposalType::Rejection), tr("Reject the matter")},
                                         {Codes::code(ProposalType::Tabling), tr("Table the matter")},
                                         {Codes::code(ProposalType::Return), tr("Return it for preparation")}});
    QComboBox *by = dialog->addPersons(tr("Proposed &by:"), QStringLiteral("by"), m_progress.named(item->presence.entitled));
    QPlainTextEdit *text = dialog->addText(tr("&Proposal:"), QStringLiteral("text"));
    QSpinBox *divergence = dialog->addNumber(tr("&Departs from the base proposal (0–9):"), QStringLiteral("divergence"), 0, 9, 1);
    divergence->setToolTip(tr("The chair's judgement of how far the proposal departs from the base proposal; "
                              "the most divergent is voted on first."));
    dialog->setSubmit([this, kind, by, text, divergence] {
        const auto type = Codes::parse<ProposalType>(kind->currentData().toString());
        return recordOne(m_progress.proposal(type.value_or(ProposalType::Counter), by->currentData().toLongLong(),
                                             text->toPlainText(), divergence->value()));
    });
    dialog->open();
}

void MeetingConsole::second()
{
    const MeetingRecord::ItemRecord *item = m_progress.current();
    if (!item)
        return;
    const QTreeWidgetItem *row = m_proposals->currentItem();
    const QString proposal = m_progress.proposalToSecond(row ? row->data(0, Qt::UserRole).toString() : QString());
    if (proposal.isEmpty())
        return;
    auto *dialog = new EventDialog(tr("Seconding"),
                                   tr("Seconding %1.").arg(m_progress.proposalLabel(item->input, proposal)), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QComboBox *by = dialog->addPersons(tr("Seconded &by:"), QStringLiteral("by"), m_progress.possibleSeconders(proposal));
    dialog->setSubmit([this, by, proposal] {
        if (by->currentIndex() < 0)
            return tr("Nobody else present may second this proposal.");
        return recordOne(m_progress.second(proposal, by->currentData().toLongLong()));
    });
    dialog->open();
}

void MeetingConsole::recordNoting()
{
    if (m_confirm(tr("Record that %1 is for information only?").arg(itemHeading(m_progress.position()))))
        record({m_progress.noting()});
}

void MeetingConsole::changeBaseProposal(bool withdrawn)
{
    auto *dialog = new EventDialog(withdrawn ? tr("The Presenter Withdraws the Base Proposal")
                                             : tr("The Presenter Amends the Base Proposal"),
                                   withdrawn ? tr("The chair's proposal, which becomes the base proposal.")
                                             : tr("How the presenter amended the base proposal in the meeting."),
                                   this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QPlainTextEdit *text = dialog->addText(withdrawn ? tr("&Chair's proposal:") : tr("&Amendment:"), QStringLiteral("text"));
    dialog->setSubmit([this, text, withdrawn] {
        return recordOne(withdrawn ? m_progress.withdraw(text->toPlainText()) : m_progress.amend(text->toPlainText()));
    });
    dialog->open();
}

void MeetingConsole::disqualify()
{
    auto *dialog = new EventDialog(tr("Disqualification"),
                                   tr("%1: the person is away for this item, and their deputy may take the seat.")
                                       .arg(itemHeading(m_progress.position())),
                                   this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QComboBox *person = dialog->addPersons(tr("&Disqualified:"), QStringLiteral("person"),
                                           m_progress.named(m_progress.presentPersons()));
    QLineEdit *ground = dialog->addLine(tr("&Ground:"), QStringLiteral("ground"),
                                        tr("e.g. HL 28 § 1 mom. 1 k (asianosainen)"));
    dialog->setSubmit([this, person, ground] {
        return recordOne(m_progress.disqualification(person->currentData().toLongLong(), ground->text()));
    });
    dialog->open();
}

void MeetingConsole::dissent()
{
    const MeetingRecord::ItemRecord *item = m_progress.current();
    if (!item)
        return;
    auto *dialog = new EventDialog(tr("Dissent"),
                                   tr("%1: a member who took part and did not vote for the decision may dissent, with "
                                      "or without reasons.").arg(itemHeading(m_progress.position())),
                                   this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QComboBox *person = dialog->addPersons(tr("&Dissenting:"), QStringLiteral("person"),
                                           m_progress.named(item->presence.entitled));
    QPlainTextEdit *reasons = dialog->addText(tr("&Reasons (optional):"), QStringLiteral("reasons"));
    dialog->setSubmit([this, person, reasons] {
        if (person->currentIndex() < 0)
            return tr("Nobody took part in this item.");
        return recordOne(m_progress.dissent(person->currentData().toLongLong(), reasons->toPlainText()));
    });
    dialog->open();
}

void MeetingConsole::election()
{
    auto *dialog = new ElectionDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setSubmit([this](const MeetingRecord::Election &made) { return recordOne(m_progress.election(made)); });
    dialog->open();
}

void MeetingConsole::orderDragged()
{
    if (m_refreshing || !m_progress.current())
        return;
    QStringList order;
    for (int row = 0; row < m_order->count(); ++row)
        order.append(m_order->item(row)->data(Qt::UserRole).toString());
    const Status dragged = m_progress.dragOrder(order);
    showError(dragged ? QString() : dragged.error());
    QTimer::singleShot(0, this, [this] {
        m_refreshing = true;
        refreshItemPanel();
        m_refreshing = false;
    });
}

void MeetingConsole::recordVote()
{
    if (!m_voting->complete())
        return;
    const auto events = m_progress.vote(m_voting->ballots());
    if (!events)
        return showError(events.error());
    // A refused vote keeps the ballots given; a recorded one moves on.
    if (!events->isEmpty() && record(*events))
        m_progress.voteRecorded();
}

void MeetingConsole::recordDecision()
{
    record({m_progress.decision()});
}
