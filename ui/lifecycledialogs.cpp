#include "lifecycledialogs.h"

#include "dialogsupport.h"
#include "labels.h"

#include "store/store.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

using DialogSupport::buttons;
using DialogSupport::errorLabel;
using DialogSupport::showError;

namespace {

QString referenceOf(const Store &store, const Meeting &meeting)
{
    const auto reference = store.meetingReference(meeting);
    return reference ? *reference : QString();
}

QLabel *note(const QString &text)
{
    auto *label = new QLabel(text);
    label->setWordWrap(true);
    return label;
}

QDateEdit *dateEdit(const QDate &day, const QString &name)
{
    auto *edit = new QDateEdit(day);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(Labels::dayFormat());
    edit->setAccessibleName(name);
    return edit;
}

} // namespace

// ---------------------------------------------------------------------------

ConveneDialog::ConveneDialog(Store &store, const Meeting &meeting, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_meeting(meeting)
    // Today, unless the meeting was convened already; never after the
    // meeting, which the store would refuse.
    , m_day(dateEdit(meeting.convened.isValid() ? meeting.convened
                                                : std::min(QDate::currentDate(), meeting.plannedStart.date()),
                     tr("Invitation sent on")))
    , m_error(errorLabel())
{
    setWindowTitle(tr("Convene %1").arg(referenceOf(store, meeting)));
    auto *form = new QFormLayout;
    form->addRow(tr("&Invitation sent on:"), m_day);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(note(meeting.convened.isValid()
                               ? tr("The meeting was convened on %1. Correct the day the invitation went out if it "
                                    "was another.").arg(Labels::day(meeting.convened))
                               : tr("Record the day the invitation and the agenda went out to those invited: the "
                                    "meeting is then convened.")));
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addStretch();
    layout->addWidget(buttons(this, tr("Convene")));
    setMinimumWidth(440);
}

QString ConveneDialog::error() const
{
    return m_error->text();
}

void ConveneDialog::accept()
{
    if (const Status convened = m_store.conveneMeeting(m_meeting.id, m_day->date()); !convened)
        return showError(m_error, convened.error());
    QDialog::accept();
}

// ---------------------------------------------------------------------------

RescheduleDialog::RescheduleDialog(Store &store, const Meeting &meeting, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_meeting(meeting)
    , m_start(new QDateTimeEdit(meeting.plannedStart))
    , m_end(new QDateTimeEdit(meeting.plannedEnd.isValid() ? meeting.plannedEnd
                                                           : meeting.plannedStart.addSecs(2 * 3600)))
    , m_place(new QLineEdit(meeting.place))
    , m_mode(new QComboBox)
    , m_error(errorLabel())
{
    setWindowTitle(tr("Time and Place of %1").arg(referenceOf(store, meeting)));
    for (QDateTimeEdit *edit : {m_start, m_end}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(Labels::momentFormat());
    }
    m_start->setAccessibleName(tr("Start"));
    m_end->setAccessibleName(tr("Planned end"));
    m_place->setAccessibleName(tr("Place"));
    for (const MeetingMode mode : {MeetingMode::InPerson, MeetingMode::Hybrid, MeetingMode::Remote,
                                   MeetingMode::ElectronicProcedure})
        m_mode->addItem(Labels::meetingMode(mode), int(mode));
    m_mode->setCurrentIndex(m_mode->findData(int(meeting.mode)));
    m_mode->setAccessibleName(tr("Mode"));
    // The end follows a moved start, keeping the meeting's length.
    const qint64 length = std::max<qint64>(m_start->dateTime().secsTo(m_end->dateTime()), 0);
    connect(m_start, &QDateTimeEdit::dateTimeChanged, this,
            [this, length](const QDateTime &start) { m_end->setDateTime(start.addSecs(length)); });
    auto *form = new QFormLayout;
    form->addRow(tr("&Start:"), m_start);
    form->addRow(tr("Planned &end:"), m_end);
    form->addRow(tr("&Place:"), m_place);
    form->addRow(tr("&Mode:"), m_mode);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(note(meeting.state == MeetingState::Convened
                               ? tr("The meeting has been convened: tell those invited of the change, e.g. by sending "
                                    "the invitation again.")
                               : tr("The meeting keeps its number, so it stays within %1.").arg(meeting.year)));
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addStretch();
    layout->addWidget(buttons(this, tr("Save")));
    setMinimumWidth(480);
}

QString RescheduleDialog::error() const
{
    return m_error->text();
}

void RescheduleDialog::accept()
{
    const QString place = m_place->text().trimmed();
    if (place.isEmpty())
        return showError(m_error, tr("Give the meeting's place; the invitation and the minutes name it."));
    const Status moved = m_store.rescheduleMeeting(m_meeting.id, m_start->dateTime(), m_end->dateTime(), place,
                                                   MeetingMode(m_mode->currentData().toInt()));
    if (!moved)
        return showError(m_error, moved.error());
    QDialog::accept();
}

// ---------------------------------------------------------------------------

CancelMeetingDialog::CancelMeetingDialog(Store &store, const Meeting &meeting, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_meeting(meeting)
    , m_reason(new QPlainTextEdit)
    , m_error(errorLabel())
{
    const QString reference = referenceOf(store, meeting);
    setWindowTitle(tr("Cancel %1").arg(reference));
    m_reason->setTabChangesFocus(true);
    m_reason->setAccessibleName(tr("Reason for cancelling"));
    m_reason->setPlaceholderText(tr("e.g. No matters to decide"));
    m_reason->setFixedHeight(m_reason->fontMetrics().lineSpacing() * 4 + 12);
    auto *reasonLabel = new QLabel(tr("&Reason:"));
    reasonLabel->setBuddy(m_reason);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(note(tr("A cancelled meeting is not held, and it cannot be convened or moved again. Its agenda "
                              "and its record keep the reason.")));
    layout->addWidget(reasonLabel);
    layout->addWidget(m_reason);
    layout->addWidget(m_error);
    layout->addWidget(buttons(this, tr("Cancel Meeting"), tr("Keep Meeting")));
    setMinimumWidth(480);
}

QString CancelMeetingDialog::error() const
{
    return m_error->text();
}

void CancelMeetingDialog::accept()
{
    if (const Status cancelled = m_store.cancelMeeting(m_meeting.id, m_reason->toPlainText()); !cancelled)
        return showError(m_error, cancelled.error());
    QDialog::accept();
}

// ---------------------------------------------------------------------------

MinutesDaysDialog::MinutesDaysDialog(Store &store, const Meeting &meeting, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_meeting(meeting)
    , m_checked(new QCheckBox(tr("Minutes &checked on:")))
    , m_checkedDay(dateEdit(meeting.minutesChecked.isValid() ? meeting.minutesChecked : QDate::currentDate(),
                            tr("Day the minutes were checked")))
    , m_published(new QCheckBox(tr("Minutes &published on:")))
    , m_publishedDay(dateEdit(meeting.minutesPublished.isValid() ? meeting.minutesPublished : m_checkedDay->date(),
                              tr("Day the minutes were published")))
    , m_error(errorLabel())
{
    setWindowTitle(tr("Minutes of %1").arg(referenceOf(store, meeting)));
    m_checked->setChecked(meeting.minutesChecked.isValid());
    m_published->setChecked(meeting.minutesPublished.isValid());
    auto follow = [this] {
        m_checkedDay->setEnabled(m_checked->isChecked());
        // Published only once checked.
        m_published->setEnabled(m_checked->isChecked());
        m_publishedDay->setEnabled(m_checked->isChecked() && m_published->isChecked());
    };
    connect(m_checked, &QCheckBox::toggled, this, follow);
    connect(m_published, &QCheckBox::toggled, this, follow);
    follow();
    auto *form = new QFormLayout;
    form->addRow(m_checked, m_checkedDay);
    form->addRow(m_published, m_publishedDay);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(note(tr("The minute-checkers check the minutes after the meeting; the checked minutes are then "
                              "published in the public data network. The appeal periods run from publication.")));
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addStretch();
    layout->addWidget(buttons(this, tr("Save")));
    setMinimumWidth(480);
}

QString MinutesDaysDialog::error() const
{
    return m_error->text();
}

void MinutesDaysDialog::accept()
{
    const QDate checked = m_checked->isChecked() ? m_checkedDay->date() : QDate();
    const QDate published = m_checked->isChecked() && m_published->isChecked() ? m_publishedDay->date() : QDate();
    if (const Status saved = m_store.setMinutesDays(m_meeting.id, checked, published); !saved)
        return showError(m_error, saved.error());
    QDialog::accept();
}
