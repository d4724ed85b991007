#include "invitationreport.h"

#include "dialogsupport.h"
#include "invitationmail.h"
#include "labels.h"

#include "store/store.h"

#include <QDialogButtonBox>
#include <QHash>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

using DialogSupport::errorLabel;
using DialogSupport::showError;

InvitationReportDialog::InvitationReportDialog(Store &store, const Meeting &meeting, const Invitation::Draft &draft,
                                               const QList<SmtpClient::Delivery> &deliveries, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_meeting(meeting)
    , m_list(new QTreeWidget)
    , m_summary(new QLabel)
    , m_details(new QPlainTextEdit)
    , m_error(errorLabel())
    , m_convene(new QPushButton)
{
    const auto reference = store.meetingReference(meeting);
    setWindowTitle(tr("Invitation of %1 Sent").arg(reference ? *reference : QString()));
    m_list->setHeaderLabels({tr("Invited"), tr("Address"), tr("Message")});
    m_list->setRootIsDecorated(false);
    m_list->setAccessibleName(tr("What became of each message"));
    m_list->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    const QColor failed(0x8a, 0x1c, 0x1c);
    auto add = [this, failed](const QString &who, const QString &address, const QString &outcome, bool sent,
                              const QString &why) {
        auto *row = new QTreeWidgetItem(m_list, {who, address, outcome});
        if (!sent) {
            row->setForeground(2, failed);
            for (int column = 0; column < 3; ++column)
                row->setToolTip(column, why);
        }
    };
    // Each reason once, with the addresses it concerns, in their order.
    QStringList reasons;
    QHash<QString, QStringList> concerned;
    auto because = [&](const QString &reason, const QString &what) {
        if (!concerned.contains(reason))
            reasons << reason;
        concerned[reason] << what;
    };

    int sent = 0;
    int notSent = 0;
    QString firstProblem;
    for (int i = 0; i < draft.recipients.size(); ++i) {
        const Invitation::Recipient &recipient = draft.recipients.at(i);
        const SmtpClient::Delivery delivery = deliveries.value(i, {SmtpClient::Delivery::State::NotSent,
                                                                   tr("Not sent.")});
        if (delivery.sent()) {
            ++sent;
        } else {
            ++notSent;
            if (firstProblem.isEmpty())
                firstProblem = delivery.problem;
            because(delivery.problem, recipient.address);
        }
        for (const InvitationList::Entry &entry : recipient.invited)
            add(InvitationMail::describe(entry), recipient.address, delivery.sent() ? tr("Sent") : tr("Not sent"),
                delivery.sent(), delivery.problem);
    }
    for (const InvitationList::Entry &entry : draft.withoutAddress)
        add(InvitationMail::describe(entry), QString(), tr("No address"), false,
            tr("No e-mail address in the register"));
    for (const auto &[entry, why] : draft.unusableAddress) {
        add(InvitationMail::describe(entry), entry.email, tr("Address unusable"), false, why);
        because(why, entry.name);
    }
    QStringList details;
    for (const QString &reason : std::as_const(reasons))
        details << tr("%1: %2").arg(QLocale().createSeparatedList(concerned.value(reason)), reason);
    m_details->setPlainText(details.join(u'\n'));
    m_details->setReadOnly(true);
    m_details->setAccessibleName(tr("Why not sent"));
    m_details->setMaximumHeight(fontMetrics().lineSpacing() * 7);
    m_details->setVisible(!details.isEmpty());

    QStringList summary;
    const int total = int(draft.recipients.size());
    if (notSent == 0)
        summary << tr("The invitation was sent to every address, %n in all.", nullptr, total);
    else if (sent == 0)
        summary << tr("The invitation was sent to no one. %1").arg(firstProblem);
    else
        summary << tr("The invitation was sent to %1 of %2 addresses; %3 did not receive it (marked Not sent). Send "
                      "it to them again, or another way.").arg(sent).arg(total).arg(notSent);
    const int leftOut = int(draft.withoutAddress.size() + draft.unusableAddress.size());
    if (leftOut > 0)
        summary << tr("%n invited have no usable e-mail address and got no message: send them the invitation "
                      "another way.", nullptr, leftOut);
    m_summary->setText(summary.join(u' '));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setAccessibleName(tr("Summary"));
    m_error->setTextFormat(Qt::PlainText);

    const QDate today = QDate::currentDate();
    // As Convene… would: a meeting still to be held, on or before its day.
    const bool toBeHeld = meeting.state == MeetingState::Planned || meeting.state == MeetingState::Convened;
    m_convene->setText(tr("Record as Convened on %1").arg(Labels::day(today)));
    m_convene->setToolTip(tr("Record today as the day the invitation went out, as Convene… does"));
    connect(m_convene, &QPushButton::clicked, this, &InvitationReportDialog::convene);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    buttons->addButton(m_convene, QDialogButtonBox::ActionRole);
    // Only where no day is recorded yet: sending again to a few addresses
    // does not move the day the invitation went out.
    m_convene->setVisible(sent > 0 && toBeHeld && !meeting.convened.isValid() && today <= meeting.plannedStart.date());
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::accept);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_details);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(820, 460);
}

QString InvitationReportDialog::summary() const
{
    return m_summary->text();
}

QString InvitationReportDialog::details() const
{
    return m_details->toPlainText();
}

void InvitationReportDialog::convene()
{
    const QDate today = QDate::currentDate();
    if (const Status convened = m_store.conveneMeeting(m_meeting.id, today); !convened)
        return showError(m_error, convened.error());
    m_convened = true;
    m_convene->setEnabled(false);
    m_convene->setText(tr("Convened on %1").arg(Labels::day(today)));
}
