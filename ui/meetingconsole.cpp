#include "meetingconsole.h"

#include "eventdialogs.h"
#include "labels.h"
#include "richtextedit.h"
#include "votingpanel.h"

#include "procedure/meetingsession.h"
#include "store/store.h"

#include <QAction>
#include <QCloseEvent>
#include <QComboBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QSplitter>
#include <QStatusBar>
#include <QTableWidget>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {

QJsonArray idArray(const QList<qint64> &ids)
{
    QJsonArray array;
    for (const qint64 id : ids)
        array.append(id);
    return array;
}

// A proposal's id in the record, from its proposer's surname: "virtanen",
// "virtanen-2" for their second.
QString proposalId(const QString &surname, const QList<ItemDecision::Proposal> &proposals)
{
    QString stem;
    for (const QChar c : surname.toLower()) {
        if (c.isLetterOrNumber())
            stem += c;
    }
    if (stem.isEmpty())
        stem = QStringLiteral("ehdotus");
    QString id = stem;
    for (int n = 2;; ++n) {
        const bool used = std::any_of(proposals.cbegin(), proposals.cend(),
                                      [&](const ItemDecision::Proposal &p) { return p.id == id; });
        if (!used)
            return id;
        id = QStringLiteral("%1-%2").arg(stem).arg(n);
    }
}

QString kindLabel(ProposalType type)
{
    switch (type) {
    case ProposalType::Base: return MeetingConsole::tr("base proposal");
    case ProposalType::Counter: return MeetingConsole::tr("counter-proposal");
    case ProposalType::Rejection: return MeetingConsole::tr("rejection");
    case ProposalType::Tabling: return MeetingConsole::tr("tabling");
    case ProposalType::Return: return MeetingConsole::tr("return for preparation");
    }
    return {};
}

QString outcomeName(ItemDecision::OutcomeKind kind)
{
    switch (kind) {
    case ItemDecision::OutcomeKind::AdoptedAsProposed: return MeetingConsole::tr("adopted as proposed");
    case ItemDecision::OutcomeKind::AdoptedAmended: return MeetingConsole::tr("adopted as amended");
    case ItemDecision::OutcomeKind::AdoptedCounter: return MeetingConsole::tr("adopted per a counter-proposal");
    case ItemDecision::OutcomeKind::Rejected: return MeetingConsole::tr("rejected");
    case ItemDecision::OutcomeKind::Tabled: return MeetingConsole::tr("tabled");
    case ItemDecision::OutcomeKind::Returned: return MeetingConsole::tr("returned for preparation");
    case ItemDecision::OutcomeKind::Noted: return MeetingConsole::tr("noted");
    }
    return {};
}

QPushButton *actionButton(const QString &text, const QString &description)
{
    auto *button = new QPushButton(text);
    button->setToolTip(description);
    button->setAccessibleDescription(description);
    return button;
}

} // namespace

MeetingConsole::MeetingConsole(Store &store, qint64 meetingId, QWidget *parent)
    : QMainWindow(parent)
    , m_store(store)
    , m_clock([] { return QTime::currentTime(); })
    , m_heading(new QLabel)
    , m_banner(new QLabel)
    , m_attendance(new QTreeWidget)
    , m_others(new QTableWidget(0, 2))
    , m_items(new QTreeWidget)
    , m_itemTitle(new QLabel)
    , m_quorum(new QLabel)
    , m_proposals(new QTreeWidget)
    , m_order(new QListWidget)
    , m_orderHint(new QLabel)
    , m_voting(new VotingPanel)
    , m_outcome(new QLabel)
    , m_decisionEdit(new RichTextEdit)
    , m_proceedingsEdit(new RichTextEdit)
    , m_textsState(new QLabel)
    , m_saveTimer(new QTimer(this))
    , m_proposeButton(actionButton(tr("&Proposal…"), tr("Record a counter-, rejection, tabling or return proposal")))
    , m_secondButton(actionButton(tr("&Second…"), tr("Record who seconded the selected proposal")))
    , m_baseButton(new QToolButton)
    , m_disqualifyButton(actionButton(tr("Dis&qualification…"), tr("Record that someone is disqualified for this item")))
    , m_dissentButton(actionButton(tr("Disse&nt…"), tr("Record a dissent from the decision")))
    , m_electionButton(actionButton(tr("&Election…"), tr("Record an election and compute who was elected")))
    , m_decisionButton(actionButton(tr("Record &Decision"),
                                    tr("Record the decision; the decision and proceedings are written into the item")))
{
    m_meeting.id = meetingId;
    setWindowTitle(tr("Meeting"));
    setAttribute(Qt::WA_DeleteOnClose);
    m_confirm = [this](const QString &question) {
        return QMessageBox::question(this, tr("Pykälä"), question) == QMessageBox::Yes;
    };
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
    m_banner->setStyleSheet(QStringLiteral("QLabel { background: #fbe3e3; color: #5c1010; padding: 6px; "
                                           "border: 1px solid #c98b8b; }"));
    m_banner->hide();

    buildActions();
    auto *splitter = new QSplitter(Qt::Horizontal);
    splitter->addWidget(buildAttendance());
    splitter->addWidget(buildItems());
    splitter->addWidget(buildItemPanel());
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 3);
    splitter->setStretchFactor(2, 5);
    splitter->setSizes({400, 330, 630});
    splitter->setChildrenCollapsible(false);

    auto *central = new QWidget;
    auto *layout = new QVBoxLayout(central);
    layout->addWidget(m_heading);
    layout->addWidget(m_banner);
    layout->addWidget(splitter, 1);
    setCentralWidget(central);
    resize(1360, 860);
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
                     [this] { setCurrentPosition(m_position - 1); });
    m_next = add(tr("Next Item"), tr("Handle the next item"), QKeySequence(Qt::CTRL | Qt::Key_PageDown),
                 [this] { setCurrentPosition(m_position + 1); });
    bar->addSeparator();
    m_checkers = add(tr("Minute-Checkers…"), tr("Record whom the body selected to check the minutes"), {},
                     [this] { chooseMinuteCheckers(); });
    m_close = add(tr("Close Meeting"), tr("Record the closing now"), QKeySequence(tr("Ctrl+Shift+E")),
                  [this] { closeMeeting(); });
    bar->addSeparator();
    QAction *closeWindow = add(tr("Close Window"), tr("Close this window; everything recorded is kept"),
                               QKeySequence::Close, [this] { close(); });
    closeWindow->setShortcutContext(Qt::WindowShortcut);
}

QWidget *MeetingConsole::buildAttendance()
{
    m_attendance->setColumnCount(3);
    m_attendance->setHeaderLabels({tr("Member"), tr("Personal deputy"), tr("In this item")});
    m_attendance->setRootIsDecorated(false);
    m_attendance->setAlternatingRowColors(true);
    m_attendance->setAccessibleName(tr("Attendance"));
    m_attendance->setAccessibleDescription(
        tr("Tick who is present. After the opening a tick records an arrival, and clearing it a departure, at this "
           "moment during the current item. Space ticks the focused name."));
    m_attendance->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    connect(m_attendance, &QTreeWidget::itemChanged, this, &MeetingConsole::attendanceChanged);

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
    baseMenu->addAction(tr("Presenter Amends…"), this, [this] { baseProposalEvent(QStringLiteral("amend")); });
    baseMenu->addAction(tr("Presenter Withdraws…"), this, [this] { baseProposalEvent(QStringLiteral("withdraw")); });
    baseMenu->addAction(tr("For Information Only"), this, [this] { baseProposalEvent(QStringLiteral("noting")); });
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
    layout->addWidget(proposals);
    layout->addWidget(vote);
    layout->addLayout(itemButtons);
    layout->addWidget(m_outcome);
    layout->addWidget(texts, 1);
    layout->addStretch(0);
    auto *scroll = new QScrollArea;
    scroll->setWidget(panel);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    return scroll;
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
    const auto language = MeetingSession::documentLanguage(m_store);
    const auto agenda = m_store.agendaItems(m_meeting.id);
    const auto replay = MeetingSession::current(m_store, meeting->value());
    for (const QString &problem : {reference.error(), setting.error(), language.error(), agenda.error(), replay.error()}) {
        if (!problem.isEmpty()) {
            *error = problem;
            return false;
        }
    }
    const bool first = m_reference.isEmpty();
    m_meeting = meeting->value();
    m_reference = *reference;
    m_setting = *setting;
    m_language = *language;
    m_agenda = *agenda;
    m_replay = *replay;
    const auto minutes = m_store.signedMinutes(m_meeting.id);
    m_frozen = minutes && minutes->has_value();
    setWindowTitle(tr("%1 – Meeting").arg(m_reference));
    if (first) {
        // Officials and those invited attend without a seat; the secretary
        // corrects the list before the opening.
        const QDate day = m_meeting.plannedStart.date();
        const bool swedish = m_language == Language::Swedish;
        if (const auto memberships = m_store.memberships(m_meeting.bodyId)) {
            for (const Membership &membership : *memberships) {
                if (!membership.isValidOn(day)
                    || (membership.role != MembershipRole::Presenter && membership.role != MembershipRole::Secretary))
                    continue;
                const auto person = m_store.person(membership.personId);
                if (!person || !person->has_value())
                    continue;
                const QString role = membership.role == MembershipRole::Presenter
                    ? (swedish ? QStringLiteral("föredragande") : QStringLiteral("esittelijä"))
                    : (swedish ? QStringLiteral("protokollförare") : QStringLiteral("pöytäkirjanpitäjä"));
                const int row = m_others->rowCount();
                m_others->insertRow(row);
                m_others->setItem(row, 0, new QTableWidgetItem(person->value().displayName()));
                m_others->setItem(row, 1, new QTableWidgetItem(role));
            }
        }
        if (const auto invitees = m_store.invitees(m_meeting.id)) {
            for (const Invitee &invitee : *invitees) {
                QString name = invitee.name;
                if (invitee.personId) {
                    if (const auto person = m_store.person(invitee.personId); person && person->has_value())
                        name = person->value().displayName();
                }
                const int row = m_others->rowCount();
                m_others->insertRow(row);
                m_others->setItem(row, 0, new QTableWidgetItem(name));
                m_others->setItem(row, 1, new QTableWidgetItem(invitee.role));
            }
        }
        // Before the opening everyone is ticked present; the secretary
        // clears those away (most members usually come).
        if (!m_replay.opened) {
            for (const Attendance::Seat &seat : std::as_const(m_setting.seats))
                m_ticked.insert(seat.member);
        }
        m_position = m_replay.opened ? 1 : 0;
        // Continue where the record left off: the first item not yet decided.
        for (const MeetingRecord::ItemRecord &item : std::as_const(m_replay.items)) {
            if (m_replay.opened && !item.decided) {
                m_position = item.position;
                break;
            }
        }
        if (m_position == 0 && !m_agenda.isEmpty())
            m_position = 1;
    }
    refresh();
    return true;
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

QString MeetingConsole::now() const
{
    return m_clock().toString(QStringLiteral("H:mm"));
}

QString MeetingConsole::personName(qint64 id) const
{
    return m_setting.names.value(id, tr("person %1").arg(id));
}

QString MeetingConsole::proposalLabel(const ItemDecision::Input &input, const QString &id) const
{
    if (id == u"continue")
        return tr("Continue with the matter");
    for (const ItemDecision::Proposal &proposal : input.proposals) {
        if (proposal.id != id)
            continue;
        const QString surname = m_setting.surnames.value(proposal.proposer);
        switch (proposal.type) {
        case ProposalType::Base:
            return input.baseWithdrawn ? tr("The chair's proposal") : tr("The base proposal");
        case ProposalType::Counter: return tr("%1's proposal").arg(surname);
        case ProposalType::Rejection: return tr("%1's proposal to reject").arg(surname);
        case ProposalType::Tabling: return tr("%1's proposal to table").arg(surname);
        case ProposalType::Return: return tr("%1's proposal to return").arg(surname);
        }
    }
    return id;
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

QString MeetingConsole::statusText(const MeetingRecord::ItemRecord &item) const
{
    if (item.electionResult)
        return item.decided ? tr("elected: %1").arg(item.electionResult->elected.join(QStringLiteral(", ")))
                            : tr("election recorded");
    if (item.decided && item.outcome)
        return tr("decided: %1").arg(outcomeName(item.outcome->kind));
    if (item.outcome && item.outcome->pending)
        return tr("vote pending");
    if (item.handled)
        return tr("in handling");
    return {};
}

const MeetingRecord::Replay &MeetingConsole::shown() const
{
    return m_replay.opened ? m_replay : m_preview;
}

QList<Voting::Proposal> MeetingConsole::substanceOf(const ItemDecision::Input &input)
{
    QList<Voting::Proposal> substance;
    for (const ItemDecision::Proposal &p : input.proposals) {
        if (p.type == ProposalType::Base)
            substance.append({p.id, Voting::ProposalKind::Base, 0});
        else if (!p.seconders.isEmpty() && p.type == ProposalType::Counter)
            substance.append({p.id, Voting::ProposalKind::Counter, p.divergence});
        else if (!p.seconders.isEmpty() && p.type == ProposalType::Rejection)
            substance.append({p.id, Voting::ProposalKind::Rejection, 0});
    }
    return substance;
}

int MeetingConsole::movePosition() const
{
    // After the current item's decision, a move happens before the next
    // undecided item, so that it cannot change a decision taken.
    const MeetingRecord::Replay &replay = shown();
    if (m_position < 1 || m_position > replay.items.size() || !replay.items.at(m_position - 1).decided)
        return qMax(1, m_position);
    for (int position = m_position + 1; position <= replay.items.size(); ++position) {
        if (!replay.items.at(position - 1).decided)
            return position;
    }
    return m_position;
}

const MeetingRecord::ItemRecord *MeetingConsole::currentRecord() const
{
    const MeetingRecord::Replay &replay = shown();
    if (m_position < 1 || m_position > replay.items.size())
        return nullptr;
    return &replay.items.at(m_position - 1);
}

QList<std::pair<qint64, QString>> MeetingConsole::entitled(const MeetingRecord::ItemRecord &item) const
{
    QList<std::pair<qint64, QString>> result;
    for (const qint64 id : item.presence.entitled)
        result.append({id, personName(id)});
    return result;
}

QSet<qint64> MeetingConsole::presentNow() const
{
    if (!m_replay.opened)
        return m_ticked;
    QSet<qint64> present = m_replay.attendance.presentAtOpening;
    for (const Attendance::Move &move : m_replay.attendance.moves) {
        if (move.movement == Attendance::Movement::Arrives)
            present.insert(move.person);
        else
            present.remove(move.person);
    }
    return present;
}

QJsonObject MeetingConsole::itemEvent(const QString &type) const
{
    return QJsonObject{{QStringLiteral("type"), type}, {QStringLiteral("item"), m_position}};
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
    saveTexts();
    QJsonArray array;
    for (const QJsonObject &event : events)
        array.append(event);
    const auto result = MeetingSession::record(m_store, m_meeting,
                                                 QJsonDocument(QJsonObject{{QStringLiteral("events"), array}}).toJson());
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
    if (position < 1 || position > m_agenda.size() || position == m_position)
        return;
    saveTexts();
    m_position = position;
    m_dragOrder.clear();
    refresh();
}

void MeetingConsole::refresh()
{
    m_refreshing = true;
    m_preview = {};
    m_previewError.clear();
    if (!m_replay.opened) {
        // What the ticked attendance would give, for the quorum before the opening.
        QJsonArray present;
        QJsonArray deputies;
        for (const Attendance::Seat &seat : std::as_const(m_setting.seats)) {
            if (m_ticked.contains(seat.member))
                present.append(seat.member);
            if (seat.deputy && m_ticked.contains(seat.deputy))
                deputies.append(QJsonObject{{QStringLiteral("person"), seat.deputy}, {QStringLiteral("for"), seat.member}});
        }
        const QList<QJsonObject> events{
            {{QStringLiteral("type"), QStringLiteral("open")}, {QStringLiteral("at"), QStringLiteral("0:00")}},
            {{QStringLiteral("type"), QStringLiteral("attendance")}, {QStringLiteral("present"), present},
             {QStringLiteral("deputies"), deputies}}};
        const auto preview = MeetingRecord::replay(m_setting, events);
        if (preview)
            m_preview = *preview;
        else
            m_previewError = preview.error();
    }
    QString state = Labels::meetingState(m_meeting.state);
    if (m_replay.opened)
        state = m_replay.closed ? tr("opened %1, closed %2").arg(m_replay.openedAt, m_replay.closedAt)
                                : tr("opened %1, in progress").arg(m_replay.openedAt);
    const QLocale locale;
    m_heading->setText(tr("%1 – %2 · %3 · %4")
                           .arg(m_reference, m_setting.body, locale.toString(m_meeting.plannedStart.date(), QLocale::ShortFormat),
                                state));
    m_open->setEnabled(!m_replay.opened && !m_agenda.isEmpty() && m_meeting.state != MeetingState::Cancelled && !m_frozen);
    m_close->setEnabled(running());
    m_checkers->setEnabled(running() && m_replay.minuteCheckers.isEmpty());
    m_previous->setEnabled(m_position > 1);
    m_next->setEnabled(m_position < m_agenda.size());
    refreshAttendance();
    refreshItems();
    refreshItemPanel();
    m_refreshing = false;
}

void MeetingConsole::refreshAttendance()
{
    const QSet<qint64> present = presentNow();
    const MeetingRecord::ItemRecord *item = currentRecord();
    const bool editable = !m_replay.closed && m_meeting.state != MeetingState::Cancelled;
    m_attendance->clear();
    auto checkable = [&](QTreeWidgetItem *row, int column, qint64 person) {
        row->setData(column, Qt::UserRole, person);
        row->setCheckState(column, present.contains(person) ? Qt::Checked : Qt::Unchecked);
        // Presence is said in words too, not only by the tick.
        row->setData(column, Qt::AccessibleTextRole,
                     tr("%1, %2").arg(personName(person), present.contains(person) ? tr("present") : tr("away")));
    };
    for (const Attendance::Seat &seat : std::as_const(m_setting.seats)) {
        QString member = personName(seat.member);
        if (seat.member == m_setting.chair)
            member = tr("%1 (chair)").arg(member);
        else if (seat.member == m_setting.viceChair)
            member = tr("%1 (vice chair)").arg(member);
        auto *row = new QTreeWidgetItem({member, seat.deputy ? personName(seat.deputy) : QString()});
        Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
        if (editable)
            flags |= Qt::ItemIsUserCheckable;
        row->setFlags(flags);
        checkable(row, MemberColumn, seat.member);
        if (seat.deputy)
            checkable(row, DeputyColumn, seat.deputy);
        QString inItem;
        if (item) {
            const Attendance::ItemPresence &presence = item->presence;
            if (presence.disqualified.contains(seat.member))
                inItem = tr("disqualified");
            if (presence.entitled.contains(seat.member))
                inItem = tr("votes");
            else if (seat.deputy && presence.entitled.contains(seat.deputy))
                inItem = inItem.isEmpty() ? tr("deputy votes") : tr("disqualified; deputy votes");
            else if (inItem.isEmpty())
                inItem = tr("seat empty");
        }
        row->setText(ItemColumn, inItem);
        m_attendance->addTopLevelItem(row);
    }
    // Others attending: typed before the opening, recorded with it.
    const bool othersEditable = !m_replay.opened && editable;
    if (m_replay.opened) {
        m_others->setRowCount(0);
        for (const MeetingRecord::OtherAttendee &other : std::as_const(m_replay.others)) {
            const int row = m_others->rowCount();
            m_others->insertRow(row);
            m_others->setItem(row, 0, new QTableWidgetItem(other.name));
            m_others->setItem(row, 1, new QTableWidgetItem(other.role));
        }
    }
    m_addOther->setEnabled(othersEditable);
    m_others->setEditTriggers(othersEditable ? QAbstractItemView::AllEditTriggers : QAbstractItemView::NoEditTriggers);
}

void MeetingConsole::refreshItems()
{
    m_items->clear();
    for (const AgendaItem &agendaItem : std::as_const(m_agenda)) {
        const QString number = agendaItem.sectionNumber ? tr("§ %1").arg(*agendaItem.sectionNumber)
                                                        : QString::number(agendaItem.position);
        QString state;
        if (agendaItem.position <= m_replay.items.size() && m_replay.opened)
            state = statusText(m_replay.items.at(agendaItem.position - 1));
        auto *row = new QTreeWidgetItem({number, agendaItem.title, state});
        row->setData(0, Qt::UserRole, agendaItem.position);
        row->setToolTip(1, agendaItem.title);
        m_items->addTopLevelItem(row);
        if (agendaItem.position == m_position)
            m_items->setCurrentItem(row);
    }
}

void MeetingConsole::refreshItemPanel()
{
    const MeetingRecord::ItemRecord *item = currentRecord();
    m_itemTitle->setText(m_agenda.isEmpty() ? tr("The agenda has no items.") : itemHeading(m_position));
    const bool live = running() && item;
    const bool open = live && !item->decided;
    // Quorum, in words.
    if (!m_previewError.isEmpty()) {
        m_quorum->setText(tr("Attendance: %1").arg(m_previewError));
    } else if (item) {
        const Quorum &quorum = item->presence.quorum;
        m_quorum->setText(quorum.reached()
                              ? tr("✔ Quorum: %1 of %2 seats taken, %3 needed. The body has a quorum.")
                                    .arg(quorum.present).arg(quorum.seats).arg(quorum.required)
                              : tr("✖ No quorum: %1 of %2 seats taken, %3 needed. The body cannot decide.")
                                    .arg(quorum.present).arg(quorum.seats).arg(quorum.required));
    } else {
        m_quorum->clear();
    }

    // Proposals.
    m_proposals->clear();
    std::optional<ItemDecision::Outcome> outcome;
    QString outcomeError;
    ItemDecision::Input input;
    if (item) {
        input = item->input;
        // A dragged order stays until the first vote, unless the proposals changed under it.
        if (!m_dragOrder.isEmpty() && (!input.votes.isEmpty() || !Voting::checkOrder(substanceOf(input), m_dragOrder)))
            m_dragOrder.clear();
        if (!m_dragOrder.isEmpty())
            input.votingOrder = m_dragOrder;
        if (!item->election) {
            const auto decided = ItemDecision::decide(input);
            if (decided)
                outcome = *decided;
            else
                outcomeError = decided.error();
        }
        for (const ItemDecision::Proposal &proposal : std::as_const(input.proposals)) {
            QStringList seconders;
            for (const qint64 id : proposal.seconders)
                seconders.append(personName(id));
            QString seconded = seconders.join(QStringLiteral(", "));
            if (proposal.type != ProposalType::Base && seconders.isEmpty())
                seconded = tr("not seconded");
            QString text = proposal.text;
            if (proposal.type == ProposalType::Base && text.isEmpty())
                text = input.baseAmended ? tr("as the agenda, amended: %1").arg(input.amendment) : tr("as the agenda");
            auto *row = new QTreeWidgetItem({proposalLabel(input, proposal.id), kindLabel(proposal.type),
                                             proposal.proposer ? personName(proposal.proposer) : QString(), seconded,
                                             text});
            row->setData(0, Qt::UserRole, proposal.id);
            row->setToolTip(4, text);
            m_proposals->addTopLevelItem(row);
        }
    }
    // Proposals come before the vote on the substance (discussion goes on
    // after a tabling or return proposal lost).
    const bool beforeVotes = open && input.votes.isEmpty() && !item->election;
    m_proposeButton->setEnabled(beforeVotes);
    m_baseButton->setEnabled(beforeVotes);
    refreshSecondButton();

    // The voting order: dragged until the first vote on the substance.
    m_order->clear();
    const bool orderShown = outcome && outcome->order.size() > 1;
    if (orderShown) {
        for (const QString &id : std::as_const(outcome->order)) {
            auto *entry = new QListWidgetItem(proposalLabel(input, id), m_order);
            entry->setData(Qt::UserRole, id);
        }
    }
    if (m_orderRow >= 0 && m_orderRow < m_order->count())
        m_order->setCurrentRow(m_orderRow);
    m_orderRow = -1;
    const bool reorderable = orderShown && open && input.votes.isEmpty();
    m_order->setDragDropMode(reorderable ? QAbstractItemView::InternalMove : QAbstractItemView::NoDragDrop);
    m_order->setEnabled(orderShown);
    m_orderHint->setText(!orderShown ? tr("No vote is needed while only the base proposal stands.")
                         : reorderable
                             ? (m_dragOrder.isEmpty()
                                    ? tr("The order the rules give. Drag to change it; the changed order is recorded with the first vote.")
                                    : tr("Changed by the chair; recorded with the first vote."))
                             : tr("The order voted in."));

    // The vote waiting, if any.
    const std::optional<ItemDecision::NextVote> next =
        outcome && open ? ItemDecision::nextVote(input, *outcome) : std::nullopt;
    if (next) {
        QStringList voters;
        for (const qint64 id : item->presence.entitled)
            voters.append(QString::number(id));
        const QString key = QStringLiteral("%1|%2|%3|%4|%5|%6|%7")
                                .arg(m_position)
                                .arg(next->on, next->yesProposal, next->noProposal)
                                .arg(next->round)
                                .arg(outcome->order.size())
                                .arg(voters.join(QLatin1Char(',')));
        if (key != m_voteKey) {
            m_voteKey = key;
            const int rounds = int(outcome->order.size()) - 1;
            const QString question = next->on.isEmpty()
                ? tr("Round %1 of %2: %3 against %4")
                      .arg(next->round).arg(rounds)
                      .arg(proposalLabel(input, next->yesProposal), proposalLabel(input, next->noProposal))
                : tr("Procedural vote: %1").arg(proposalLabel(input, next->on));
            Voting::MajorityRule rule;
            if (!input.majority.isSimple() && next->on.isEmpty()
                && (input.majority.proposal == next->yesProposal || input.majority.proposal == next->noProposal)) {
                rule = input.majority;
                rule.proposal = input.majority.proposal == next->yesProposal ? QStringLiteral("yes") : QStringLiteral("no");
            }
            m_voting->setVote(question, proposalLabel(input, next->yesProposal), proposalLabel(input, next->noProposal),
                              entitled(*item), input.chair, rule);
        }
    } else {
        m_voteKey.clear();
        m_voting->clearVote(!item                ? QString()
                            : !m_replay.opened   ? tr("Votes are taken once the meeting is opened.")
                            : item->election     ? tr("An election is recorded with its own votes.")
                            : item->decided      ? tr("The item is decided.")
                            : !outcomeError.isEmpty() ? outcomeError
                                                 : tr("No vote is waiting."));
    }

    m_disqualifyButton->setEnabled(open);
    m_dissentButton->setEnabled(open && !item->election);
    m_electionButton->setEnabled(beforeVotes && input.proceduralVotes.isEmpty() && input.proposals.size() == 1);
    const bool decidable = open && (item->electionResult || (outcome && !outcome->pending));
    m_decisionButton->setEnabled(decidable);

    // The outcome, as the rules compute it.
    QString outcomeText;
    if (item && m_replay.opened) {
        if (item->electionResult) {
            outcomeText = tr("Elected: %1.").arg(item->electionResult->elected.join(QStringLiteral(", ")));
            for (const ::Election::LotDraw &lot : item->electionResult->lots)
                outcomeText += QLatin1Char(' ') + tr("A lot between %1 put them in the order %2.")
                                                      .arg(lot.tied.join(QStringLiteral(", ")), lot.order.join(QStringLiteral(", ")));
        } else if (outcome && !outcome->pending) {
            outcomeText = outcome->adopted.isEmpty()
                ? tr("Outcome: %1.").arg(outcomeName(outcome->kind))
                : tr("Outcome: %1 – %2.").arg(outcomeName(outcome->kind), proposalLabel(input, outcome->adopted));
            if (!outcome->lapsed.isEmpty()) {
                QStringList lapsed;
                for (const QString &id : std::as_const(outcome->lapsed))
                    lapsed.append(proposalLabel(input, id));
                outcomeText += QLatin1Char(' ') + tr("Lapsed without seconding: %1.").arg(lapsed.join(QStringLiteral(", ")));
            }
        } else if (outcome) {
            outcomeText = tr("Votes to come.");
        }
        if (!item->dissents.isEmpty()) {
            QStringList dissenting;
            for (const MeetingRecord::Dissent &d : item->dissents)
                dissenting.append(personName(d.person));
            outcomeText += QLatin1Char(' ') + tr("Dissent: %1.").arg(dissenting.join(QStringLiteral(", ")));
        }
    }
    m_outcome->setText(outcomeText);
    if (item)
        refreshTexts(*item);
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
    const bool frozen = m_frozen;
    if (item.decided) {
        if (m_textItemId != stored->id || !m_textsEdited) {
            m_decisionEdit->setStoreHtml(stored->decision);
            m_proceedingsEdit->setStoreHtml(stored->proceedings);
            m_textItemId = stored->id;
            m_textsEdited = false;
            m_textsState->setText(frozen ? tr("The minutes are signed; the texts can no longer change.")
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
    QString decision;
    QString proceedings;
    if (m_replay.opened && (item.electionResult || (item.outcome && !item.outcome->pending))) {
        const ProceedingsText::Names names = MeetingSession::names(m_setting, m_language);
        if (const auto text = MeetingSession::decisionText(item, names, m_language))
            decision = *text;
        proceedings = MeetingSession::proceedingsText(item, names, m_language);
    }
    m_decisionEdit->setStoreHtml(decision.isEmpty() ? stored->decision : QStringLiteral("<p>%1</p>").arg(decision.toHtmlEscaped()));
    m_proceedingsEdit->setStoreHtml(proceedings.isEmpty()
                                        ? stored->proceedings
                                        : QStringLiteral("<p>%1</p>")
                                              .arg(proceedings.toHtmlEscaped().replace(QStringLiteral("\n\n"),
                                                                                       QStringLiteral("</p><p>"))));
    m_textsState->setText(m_replay.opened ? tr("A preview: recording the decision writes these texts into the item.")
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
    m_textsState->setText(tr("Saved %1.").arg(QLocale().toString(QTime::currentTime(), QLocale::ShortFormat)));
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
    QMainWindow::closeEvent(event);
}

void MeetingConsole::attendanceChanged(QTreeWidgetItem *row, int column)
{
    if (m_refreshing || (column != MemberColumn && column != DeputyColumn))
        return;
    const qint64 person = row->data(column, Qt::UserRole).toLongLong();
    if (!person)
        return;
    const bool present = row->checkState(column) == Qt::Checked;
    if (!m_replay.opened) {
        if (present)
            m_ticked.insert(person);
        else
            m_ticked.remove(person);
        // Refreshing here would delete the row under the view's hands.
        QTimer::singleShot(0, this, [this] { refresh(); });
        return;
    }
    QJsonObject move{{QStringLiteral("type"), present ? QStringLiteral("arrive") : QStringLiteral("leave")},
                     {QStringLiteral("person"), person},
                     {QStringLiteral("item"), movePosition()},
                     {QStringLiteral("at"), now()}};
    QTimer::singleShot(0, this, [this, move] { record({move}); });
}

void MeetingConsole::openMeeting()
{
    QJsonArray present;
    QJsonArray deputies;
    int seats = 0;
    for (const Attendance::Seat &seat : std::as_const(m_setting.seats)) {
        if (m_ticked.contains(seat.member)) {
            present.append(seat.member);
            ++seats;
        }
        if (seat.deputy && m_ticked.contains(seat.deputy)) {
            deputies.append(QJsonObject{{QStringLiteral("person"), seat.deputy}, {QStringLiteral("for"), seat.member}});
            ++seats;
        }
    }
    QJsonArray others;
    for (int row = 0; row < m_others->rowCount(); ++row) {
        const QString name = m_others->item(row, 0) ? m_others->item(row, 0)->text().trimmed() : QString();
        const QString role = m_others->item(row, 1) ? m_others->item(row, 1)->text().trimmed() : QString();
        if (name.isEmpty() && role.isEmpty())
            continue;
        if (name.isEmpty()) {
            showError(tr("Row %1 of the others attending has a role but no name; give the name or clear the row.").arg(row + 1));
            return;
        }
        others.append(QJsonObject{{QStringLiteral("name"), name}, {QStringLiteral("role"), role}});
    }
    const QString at = now();
    if (!m_confirm(tr("Open the meeting at %1 with %2 of %3 seats taken?").arg(at).arg(seats).arg(m_setting.seats.size())))
        return;
    if (record({{{QStringLiteral("type"), QStringLiteral("open")}, {QStringLiteral("at"), at}},
                {{QStringLiteral("type"), QStringLiteral("attendance")},
                 {QStringLiteral("present"), present},
                 {QStringLiteral("deputies"), deputies},
                 {QStringLiteral("others"), others}}})) {
        setCurrentPosition(1);
    }
}

void MeetingConsole::closeMeeting()
{
    QStringList open;
    for (const MeetingRecord::ItemRecord &item : std::as_const(m_replay.items)) {
        if (!item.decided)
            open.append(itemHeading(item.position));
    }
    QString question = tr("Close the meeting at %1? Nothing can be recorded after it.").arg(now());
    if (!open.isEmpty())
        question += QStringLiteral("\n\n") + tr("No decision is recorded for:\n%1").arg(open.join(QLatin1Char('\n')));
    if (m_replay.minuteCheckers.isEmpty())
        question += QStringLiteral("\n\n") + tr("The minute-checkers have not been recorded.");
    if (!m_confirm(question))
        return;
    record({{{QStringLiteral("type"), QStringLiteral("close")}, {QStringLiteral("at"), now()}}});
}

void MeetingConsole::chooseMinuteCheckers()
{
    QList<EventDialog::Person> attending;
    const QSet<qint64> present = presentNow();
    for (const Attendance::Seat &seat : std::as_const(m_setting.seats)) {
        for (const qint64 id : {seat.member, seat.deputy}) {
            if (id && present.contains(id))
                attending.append({id, personName(id)});
        }
    }
    auto *dialog = new EventDialog(tr("Minute-Checkers"), tr("Tick those the body selected to check the minutes, "
                                                             "usually two, in the order they were named."), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QListWidget *list = dialog->addChecklist(tr("&Selected:"), QStringLiteral("persons"), attending);
    dialog->setSubmit([this, list] {
        QList<qint64> chosen;
        for (int row = 0; row < list->count(); ++row) {
            if (list->item(row)->checkState() == Qt::Checked)
                chosen.append(list->item(row)->data(Qt::UserRole).toLongLong());
        }
        if (chosen.isEmpty())
            return tr("Tick the minute-checkers the body selected.");
        return recordOne({{QStringLiteral("type"), QStringLiteral("minute-checkers")},
                          {QStringLiteral("persons"), idArray(chosen)}});
    });
    dialog->open();
}

void MeetingConsole::propose()
{
    const MeetingRecord::ItemRecord *item = currentRecord();
    if (!item)
        return;
    auto *dialog = new EventDialog(tr("Proposal"), itemHeading(m_position), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QComboBox *kind = dialog->addChoice(tr("&Kind:"), QStringLiteral("kind"),
                                        {{Codes::code(ProposalType::Counter), tr("Counter-proposal")},
                                         {Codes::code(ProposalType::Rejection), tr("Reject the matter")},
                                         {Codes::code(ProposalType::Tabling), tr("Table the matter")},
                                         {Codes::code(ProposalType::Return), tr("Return it for preparation")}});
    QComboBox *by = dialog->addPersons(tr("Proposed &by:"), QStringLiteral("by"), entitled(*item));
    QPlainTextEdit *text = dialog->addText(tr("&Proposal:"), QStringLiteral("text"));
    QSpinBox *divergence = dialog->addNumber(tr("&Departs from the base proposal (0–9):"), QStringLiteral("divergence"), 0, 9, 1);
    divergence->setToolTip(tr("The chair's judgement of how far the proposal departs from the base proposal; "
                              "the most divergent is voted on first."));
    dialog->setSubmit([this, kind, by, text, divergence] {
        const MeetingRecord::ItemRecord *current = currentRecord();
        if (!current || by->currentIndex() < 0)
            return tr("Nobody present may make a proposal in this item.");
        const ProposalType type =
            Codes::parse<ProposalType>(kind->currentData().toString()).value_or(ProposalType::Counter);
        const QString words = text->toPlainText().trimmed();
        if (words.isEmpty() && (type == ProposalType::Counter || type == ProposalType::Rejection))
            return tr("Write the proposal as it was made; the minutes quote it.");
        const qint64 proposer = by->currentData().toLongLong();
        QJsonObject event = itemEvent(QStringLiteral("proposal"));
        event.insert(QStringLiteral("id"), proposalId(m_setting.surnames.value(proposer), current->input.proposals));
        event.insert(QStringLiteral("kind"), Codes::code(type));
        event.insert(QStringLiteral("by"), proposer);
        event.insert(QStringLiteral("text"), words);
        event.insert(QStringLiteral("divergence"), divergence->value());
        return recordOne(event);
    });
    dialog->open();
}

void MeetingConsole::second()
{
    const MeetingRecord::ItemRecord *item = currentRecord();
    if (!item)
        return;
    QString proposal;
    if (const QTreeWidgetItem *row = m_proposals->currentItem())
        proposal = row->data(0, Qt::UserRole).toString();
    if (proposal.isEmpty() || proposal == u"base") {
        // Without a selection, the latest proposal.
        proposal = item->input.proposals.size() > 1 ? item->input.proposals.last().id : QString();
    }
    if (proposal.isEmpty())
        return;
    qint64 proposer = 0;
    QList<qint64> seconders;
    for (const ItemDecision::Proposal &p : item->input.proposals) {
        if (p.id == proposal) {
            proposer = p.proposer;
            seconders = p.seconders;
        }
    }
    QList<EventDialog::Person> persons;
    for (const auto &person : entitled(*item)) {
        if (person.first != proposer && !seconders.contains(person.first))
            persons.append(person);
    }
    auto *dialog = new EventDialog(tr("Seconding"), tr("Seconding %1.").arg(proposalLabel(item->input, proposal)), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QComboBox *by = dialog->addPersons(tr("Seconded &by:"), QStringLiteral("by"), persons);
    dialog->setSubmit([this, by, proposal] {
        if (by->currentIndex() < 0)
            return tr("Nobody else present may second this proposal.");
        QJsonObject event = itemEvent(QStringLiteral("second"));
        event.insert(QStringLiteral("proposal"), proposal);
        event.insert(QStringLiteral("by"), by->currentData().toLongLong());
        return recordOne(event);
    });
    dialog->open();
}

void MeetingConsole::baseProposalEvent(const QString &type)
{
    if (type == u"noting") {
        if (m_confirm(tr("Record that %1 is for information only?").arg(itemHeading(m_position))))
            record({itemEvent(type)});
        return;
    }
    const bool amend = type == u"amend";
    auto *dialog = new EventDialog(amend ? tr("The Presenter Amends the Base Proposal")
                                         : tr("The Presenter Withdraws the Base Proposal"),
                                   amend ? tr("How the presenter amended the base proposal in the meeting.")
                                         : tr("The chair's proposal, which becomes the base proposal."),
                                   this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QPlainTextEdit *text = dialog->addText(amend ? tr("&Amendment:") : tr("&Chair's proposal:"), QStringLiteral("text"));
    dialog->setSubmit([this, text, type] {
        const QString words = text->toPlainText().trimmed();
        if (words.isEmpty())
            return tr("Write the text as it was presented; the minutes quote it.");
        QJsonObject event = itemEvent(type);
        event.insert(QStringLiteral("text"), words);
        return recordOne(event);
    });
    dialog->open();
}

void MeetingConsole::disqualify()
{
    const QSet<qint64> present = presentNow();
    QList<EventDialog::Person> persons;
    for (const Attendance::Seat &seat : std::as_const(m_setting.seats)) {
        for (const qint64 id : {seat.member, seat.deputy}) {
            if (id && present.contains(id))
                persons.append({id, personName(id)});
        }
    }
    auto *dialog = new EventDialog(tr("Disqualification"),
                                   tr("%1: the person is away for this item, and their deputy may take the seat.")
                                       .arg(itemHeading(m_position)),
                                   this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QComboBox *person = dialog->addPersons(tr("&Disqualified:"), QStringLiteral("person"), persons);
    QLineEdit *ground = dialog->addLine(tr("&Ground:"), QStringLiteral("ground"),
                                        tr("e.g. HL 28 § 1 mom. 1 k (asianosainen)"));
    dialog->setSubmit([this, person, ground] {
        if (person->currentIndex() < 0)
            return tr("Nobody present to disqualify.");
        if (ground->text().trimmed().isEmpty())
            return tr("Give the ground of the disqualification; the minutes state it.");
        QJsonObject event = itemEvent(QStringLiteral("disqualified"));
        event.insert(QStringLiteral("person"), person->currentData().toLongLong());
        event.insert(QStringLiteral("ground"), ground->text().trimmed());
        return recordOne(event);
    });
    dialog->open();
}

void MeetingConsole::dissent()
{
    const MeetingRecord::ItemRecord *item = currentRecord();
    if (!item)
        return;
    auto *dialog = new EventDialog(tr("Dissent"),
                                   tr("%1: a member who took part and did not vote for the decision may dissent, with "
                                      "or without reasons.").arg(itemHeading(m_position)),
                                   this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QComboBox *person = dialog->addPersons(tr("&Dissenting:"), QStringLiteral("person"), entitled(*item));
    QPlainTextEdit *reasons = dialog->addText(tr("&Reasons (optional):"), QStringLiteral("reasons"));
    dialog->setSubmit([this, person, reasons] {
        if (person->currentIndex() < 0)
            return tr("Nobody took part in this item.");
        QJsonObject event = itemEvent(QStringLiteral("dissent"));
        event.insert(QStringLiteral("person"), person->currentData().toLongLong());
        event.insert(QStringLiteral("reasons"), reasons->toPlainText().trimmed());
        return recordOne(event);
    });
    dialog->open();
}

void MeetingConsole::election()
{
    auto *dialog = new ElectionDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setSubmit([this](const QJsonObject &made) {
        QJsonObject event = made;
        event.insert(QStringLiteral("item"), m_position);
        return recordOne(event);
    });
    dialog->open();
}

void MeetingConsole::orderDragged()
{
    if (m_refreshing)
        return;
    QStringList order;
    for (int row = 0; row < m_order->count(); ++row)
        order.append(m_order->item(row)->data(Qt::UserRole).toString());
    const MeetingRecord::ItemRecord *item = currentRecord();
    if (!item)
        return;
    const Status valid = Voting::checkOrder(substanceOf(item->input), order);
    if (!valid) {
        showError(valid.error());
    } else {
        showError(QString());
        m_dragOrder = order;
    }
    QTimer::singleShot(0, this, [this] {
        m_refreshing = true;
        refreshItemPanel();
        m_refreshing = false;
    });
}

void MeetingConsole::recordVote()
{
    const MeetingRecord::ItemRecord *item = currentRecord();
    if (!item || !m_voting->complete())
        return;
    ItemDecision::Input input = item->input;
    if (!m_dragOrder.isEmpty())
        input.votingOrder = m_dragOrder;
    const auto outcome = ItemDecision::decide(input);
    if (!outcome)
        return showError(outcome.error());
    const auto next = ItemDecision::nextVote(input, *outcome);
    if (!next)
        return;
    QList<QJsonObject> events;
    if (!m_dragOrder.isEmpty() && next->on.isEmpty() && m_dragOrder != item->input.votingOrder) {
        QJsonObject order = itemEvent(QStringLiteral("order"));
        order.insert(QStringLiteral("order"), QJsonArray::fromStringList(m_dragOrder));
        events.append(order);
    }
    QJsonObject vote = itemEvent(QStringLiteral("vote"));
    if (!next->on.isEmpty())
        vote.insert(QStringLiteral("on"), next->on);
    QJsonObject ballots;
    const QMap<qint64, Voting::Ballot> given = m_voting->ballots();
    for (auto it = given.cbegin(); it != given.cend(); ++it)
        ballots.insert(QString::number(it.key()), MeetingRecord::ballotCode(it.value()));
    vote.insert(QStringLiteral("ballots"), ballots);
    events.append(vote);
    // A refused vote keeps the ballots given; a recorded one moves on.
    if (record(events))
        m_dragOrder.clear();
}

void MeetingConsole::recordDecision()
{
    record({itemEvent(QStringLiteral("decision"))});
}
