#include "recordpanel.h"

#include "labels.h"

#include "model/codes.h"

#include <QDateTime>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QMenu>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {

// "16.20", as the documents write a time.
QString clock(const QString &at)
{
    QDateTime moment = QDateTime::fromString(at, Qt::ISODate);
    const QTime time = moment.isValid() ? moment.time() : QTime::fromString(at, QStringLiteral("H:mm"));
    return time.isValid() ? Labels::clock(time) : at;
}

} // namespace

RecordPanel::RecordPanel(QWidget *parent)
    : QWidget(parent)
    , m_view(new QTreeWidget)
{
    m_view->setColumnCount(2);
    m_view->setHeaderLabels({tr("No."), tr("Recorded")});
    m_view->setRootIsDecorated(false);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(true);
    m_view->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_view->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_view->setAccessibleName(tr("Record"));
    m_view->setAccessibleDescription(tr("Every event recorded, in order. A withdrawn event is struck through. The "
                                        "context menu (or Shift+F10) withdraws the chosen event; Ctrl+Z withdraws "
                                        "the last."));
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_view, &QWidget::customContextMenuRequested, this, &RecordPanel::showMenu);
    auto *title = new QLabel(tr("&Record"));
    title->setBuddy(m_view);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(title);
    layout->addWidget(m_view);
}

void RecordPanel::setRecord(const QList<QJsonObject> &events, const QHash<int, int> &withdrawn, const Names &names,
                            bool open)
{
    m_events = events;
    m_withdrawn = withdrawn;
    m_open = open;
    const int current = m_view->currentItem() ? m_view->currentItem()->data(0, Qt::UserRole).toInt() : 0;
    m_view->clear();
    // A seconding names the proposal by who made it, not by its id.
    Names named = names;
    for (int number = 1; number <= events.size(); ++number) {
        const QJsonObject &event = events.at(number - 1);
        // A withdrawn proposal's id may be used again by another's.
        if (event.value(u"type").toString() == u"proposal" && !withdrawn.contains(number))
            named.proposers.insert(QStringLiteral("%1/%2").arg(event.value(u"item").toInt()).arg(event.value(u"id").toString()),
                                   names.persons.value(event.value(u"by").toInteger()));
    }
    for (int number = 1; number <= events.size(); ++number) {
        const QJsonObject &event = events.at(number - 1);
        auto *row = new QTreeWidgetItem(m_view, {QString::number(number), describe(event, named)});
        row->setData(0, Qt::UserRole, number);
        row->setTextAlignment(0, Qt::AlignRight | Qt::AlignTop);
        if (withdrawn.contains(number)) {
            const QJsonObject &withdrawal = events.value(withdrawn.value(number) - 1);
            QFont struck = row->font(1);
            struck.setStrikeOut(true);
            row->setFont(1, struck);
            row->setForeground(1, m_view->palette().brush(QPalette::Disabled, QPalette::Text));
            const QString why = tr("Withdrawn (event %1): %2")
                                    .arg(withdrawn.value(number))
                                    .arg(withdrawal.value(u"reason").toString());
            row->setToolTip(1, why);
            // Said in words too, for those who do not see the line.
            row->setData(1, Qt::AccessibleTextRole, tr("%1 — withdrawn").arg(row->text(1)));
        }
        if (number == current)
            m_view->setCurrentItem(row);
    }
    if (!m_view->currentItem() && m_view->topLevelItemCount() > 0)
        m_view->scrollToItem(m_view->topLevelItem(m_view->topLevelItemCount() - 1));
}

bool RecordPanel::canWithdraw(int number) const
{
    if (!m_open || number < 1 || number > m_events.size() || m_withdrawn.contains(number))
        return false;
    const QString type = m_events.at(number - 1).value(u"type").toString();
    return type != u"open" && type != u"close" && type != u"retract";
}

int RecordPanel::lastWithdrawable() const
{
    for (int number = int(m_events.size()); number >= 1; --number) {
        if (canWithdraw(number))
            return number;
    }
    return 0;
}

QString RecordPanel::text(int number) const
{
    const QTreeWidgetItem *row = m_view->topLevelItem(number - 1);
    return row ? row->text(1) : QString();
}

void RecordPanel::showMenu(const QPoint &at)
{
    const QTreeWidgetItem *row = m_view->itemAt(at);
    if (!row)
        row = m_view->currentItem();
    if (!row)
        return;
    const int number = row->data(0, Qt::UserRole).toInt();
    QMenu menu(this);
    QAction *withdraw = menu.addAction(tr("&Withdraw…"));
    withdraw->setEnabled(canWithdraw(number));
    withdraw->setToolTip(tr("Withdraw this event, recorded by mistake, with the reason; the record keeps both"));
    connect(withdraw, &QAction::triggered, this, [this, number] { emit withdrawRequested(number); });
    menu.exec(m_view->viewport()->mapToGlobal(at));
}

QString RecordPanel::describe(const QJsonObject &event, const Names &names)
{
    const QString type = event.value(u"type").toString();
    auto person = [&](const char *field) { return names.persons.value(event.value(QLatin1String(field)).toInteger()); };
    const QString item = names.item ? names.item(event.value(u"item").toInt()) : QString::number(event.value(u"item").toInt());
    const QString at = clock(event.value(u"at").toString());
    if (type == u"open")
        return tr("The meeting opened at %1").arg(at);
    if (type == u"close")
        return tr("The meeting closed at %1").arg(at);
    if (type == u"attendance") {
        const int present = int(event.value(u"present").toArray().size() + event.value(u"deputies").toArray().size());
        return tr("Attendance at the opening: %n present", nullptr, present);
    }
    if (type == u"arrive")
        return event.value(u"remote").toBool() ? tr("%1: %2 arrived by a remote connection at %3").arg(item, person("person"), at)
                                               : tr("%1: %2 arrived at %3").arg(item, person("person"), at);
    if (type == u"leave")
        return tr("%1: %2 left at %3").arg(item, person("person"), at);
    if (type == u"participation")
        return event.value(u"remote").toBool()
            ? tr("%1: %2 moved to a remote connection at %3").arg(item, person("person"), at)
            : tr("%1: %2 moved to the meeting room at %3").arg(item, person("person"), at);
    if (type == u"disqualified")
        return tr("%1: %2 disqualified (%3)").arg(item, person("person"), event.value(u"ground").toString());
    if (type == u"temporary-chair")
        return tr("%1: %2 chosen to preside").arg(item, person("person"));
    if (type == u"proposal") {
        const auto kind = Codes::parse<ProposalType>(event.value(u"kind").toString());
        QString what;
        switch (kind.value_or(ProposalType::Counter)) {
        case ProposalType::Rejection: what = tr("%1: %2 proposed rejecting the matter"); break;
        case ProposalType::Tabling: what = tr("%1: %2 proposed tabling the matter"); break;
        case ProposalType::Return: what = tr("%1: %2 proposed returning the matter for preparation"); break;
        default: what = tr("%1: %2 made a counter-proposal"); break;
        }
        what = what.arg(item, person("by"));
        const QString text = event.value(u"text").toString().simplified();
        return text.isEmpty() ? what : tr("%1: “%2”").arg(what, text);
    }
    if (type == u"second") {
        const QString proposer =
            names.proposers.value(QStringLiteral("%1/%2").arg(event.value(u"item").toInt()).arg(event.value(u"proposal").toString()));
        return proposer.isEmpty() ? tr("%1: %2 seconded the proposal %3").arg(item, person("by"), event.value(u"proposal").toString())
                                  : tr("%1: %2 seconded the proposal of %3").arg(item, person("by"), proposer);
    }
    if (type == u"amend")
        return tr("%1: the base proposal was amended").arg(item);
    if (type == u"withdraw")
        return tr("%1: the base proposal was withdrawn").arg(item);
    if (type == u"noting")
        return tr("%1: for information").arg(item);
    if (type == u"order")
        return tr("%1: the voting order was set").arg(item);
    if (type == u"majority")
        return tr("%1: a majority of %2/%3 is required").arg(item)
            .arg(event.value(u"numerator").toInt())
            .arg(event.value(u"denominator").toInt());
    if (type == u"vote") {
        int yes = event.value(u"yes").toInt(), no = event.value(u"no").toInt(), blank = event.value(u"blank").toInt();
        const bool rollCall = event.contains(u"ballots");
        if (rollCall) {
            yes = no = blank = 0;
            const QJsonObject ballots = event.value(u"ballots").toObject();
            for (auto it = ballots.begin(); it != ballots.end(); ++it) {
                const QString ballot = it.value().toString();
                yes += ballot == u"JAA";
                no += ballot == u"EI";
                blank += ballot == u"TYHJÄ";
            }
        }
        const QString on = event.value(u"on").toString();
        return on.isEmpty() ? tr("%1: a vote, %2 yes, %3 no, %4 blank").arg(item).arg(yes).arg(no).arg(blank)
                            : tr("%1: a vote on the proposal %5, %2 yes, %3 no, %4 blank")
                                  .arg(item)
                                  .arg(yes)
                                  .arg(no)
                                  .arg(blank)
                                  .arg(on);
    }
    if (type == u"election")
        return tr("%1: an election of %n seat(s)", nullptr, event.value(u"seats").toInt()).arg(item);
    if (type == u"dissent")
        return tr("%1: %2 dissented").arg(item, person("person"));
    if (type == u"minute-checkers") {
        QStringList checkers;
        const QJsonArray persons = event.value(u"persons").toArray();
        for (const QJsonValue &id : persons)
            checkers << names.persons.value(id.toInteger());
        return tr("Minute-checkers: %1").arg(checkers.join(QStringLiteral(", ")));
    }
    if (type == u"decision")
        return tr("%1: the decision was recorded").arg(item);
    if (type == u"retract")
        return tr("Event %1 withdrawn: %2").arg(event.value(u"event").toInt()).arg(event.value(u"reason").toString());
    return type;
}
