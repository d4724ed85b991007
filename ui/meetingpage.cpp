#include "meetingpage.h"

#include "agendamodel.h"
#include "documentprinting.h"
#include "documentwindow.h"
#include "invitationmail.h"
#include "invitationreport.h"
#include "labels.h"
#include "lifecycledialogs.h"
#include "mailsettings.h"
#include "meetingdialogs.h"
#include "pdfviewer.h"
#include "roles.h"
#include "signingdialog.h"
#include "smtpsending.h"
#include "templatedialogs.h"

#include "documents/documentrenderer.h"
#include "documents/htmlpage.h"
#include "documents/meetingdocuments.h"
#include "documents/publication.h"
#include "publishingdialogs.h"
#include "store/store.h"

#include <QAction>
#include <QFileDialog>
#include <QHideEvent>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QSaveFile>
#include <QScrollBar>
#include <QShowEvent>
#include <QStandardPaths>
#include <QToolBar>
#include <QTreeView>
#include <QVBoxLayout>

MeetingPage::MeetingPage(Store &store, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_heading(new QLabel)
    , m_facts(new QLabel)
    , m_lifecycle(new QLabel)
    , m_hint(new QLabel)
    , m_lifecycleBar(new QToolBar(tr("Meeting")))
    , m_toolBar(new QToolBar(tr("Agenda")))
    , m_documentBar(new QToolBar(tr("Documents")))
    , m_agenda(new AgendaModel(store, this))
    , m_view(new QTreeView)
{
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.5);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_heading->setAccessibleName(tr("Meeting"));
    m_facts->setAccessibleName(tr("Meeting details"));
    m_facts->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_hint->setWordWrap(true);
    m_hint->setAccessibleName(tr("Hint"));
    m_lifecycle->setWordWrap(true);
    m_lifecycle->setAccessibleName(tr("Meeting's life cycle"));
    m_lifecycle->setTextInteractionFlags(Qt::TextSelectableByMouse);

    for (QToolBar *toolBar : {m_lifecycleBar, m_toolBar, m_documentBar}) {
        toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
        toolBar->setAccessibleName(toolBar->windowTitle());
    }
    // Three rows: the meeting's life cycle, the agenda's preparation, then
    // its documents.
    QToolBar *bar = m_toolBar;
    auto add = [this, &bar](const QString &text, const QString &tip, auto slot, const QKeySequence &key = {}) {
        QAction *action = bar->addAction(text, this, slot);
        action->setToolTip(tip);
        if (!key.isEmpty()) {
            action->setShortcut(key);
            action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
            addAction(action);
        }
        return action;
    };
    m_newItem = add(tr("New Item"), tr("Add an item last on the agenda"), [this] {
        QString error;
        const qint64 id = addItem(tr("New agenda item"), &error);
        if (id)
            emit itemAdded(m_meeting.id, id);
        else
            emit errorOccurred(error);
    }); // its key, as Run Meeting's, is the Meeting menu's: it works wherever the focus is in the window

    m_bringIn = add(tr("Bring In…"), tr("Copy an earlier item here: one tabled or returned, or any found by its words"),
                    [this] { bringIn(); });
    m_fromTemplate = add(tr("From Template…"), tr("Add a recurring item from one of the body's item templates"),
                         [this] { addFromTemplate(); });
    m_remove = add(tr("Remove"), tr("Remove the selected item from the agenda"), [this] { removeSelectedItem(); },
                   QKeySequence::Delete);
    m_moveUp = add(tr("Move Up"), tr("Move the selected item up (or drag it)"), [this] { moveSelectedItem(-1); },
                   QKeySequence(tr("Ctrl+Up")));
    m_moveDown = add(tr("Move Down"), tr("Move the selected item down (or drag it)"), [this] { moveSelectedItem(1); },
                     QKeySequence(tr("Ctrl+Down")));
    m_toolBar->addSeparator();
    m_run = add(tr("Run Meeting"), tr("Attendance, proposals, votes and decisions as the meeting goes on"),
                [this] { emit runMeetingRequested(m_meeting.id); });
    add(tr("Invitation List…"), tr("Members, officials and others invited"), [this] { showInvitations(); });
    bar = m_documentBar;
    add(tr("Agenda"), tr("Show the agenda as it will be sent"), [this] { showDocument(false); });
    add(tr("Print Agenda…"), tr("Print the agenda"), [this] { printAgenda(); });
    add(tr("Export Agenda…"), tr("Save the agenda as PDF/A or as a web page"), [this] { exportAgenda(); });
    bar->addSeparator();
    m_minutes = add(tr("Minutes"), tr("Show the minutes made from the meeting's record"), [this] { showDocument(true); });
    m_sign = add(tr("Sign Minutes…"), tr("Sign the minutes with your certificate"), [this] { signMinutes(); });
    m_signed = add(tr("Signed Minutes"), tr("Show the signed minutes and their signatures"),
                   [this] { showSignedMinutes(); });
    bar = m_lifecycleBar;
    m_convene = add(tr("Convene…"), tr("Record the day the invitation went out"),
                    [this] { changeMeeting<ConveneDialog>(); });
    m_reschedule = add(tr("Time and Place…"), tr("Change the meeting's time, place or mode before it is held"),
                       [this] { changeMeeting<RescheduleDialog>(); });
    m_cancel = add(tr("Cancel Meeting…"), tr("Cancel the meeting, with the reason"),
                   [this] { changeMeeting<CancelMeetingDialog>(); });
    bar->addSeparator();
    m_sendInvitation = add(tr("Send Invitation…"),
                           tr("Open a message to those invited, with the public agenda, in your mail program"),
                           [this] { sendInvitation(); });
    m_packages = add(tr("Meeting Packages…"),
                     tr("Write a meeting package for each member, deputy and official, and the public package"),
                     [this] { writePackages(); });
    bar->addSeparator();
    m_minutesDays = add(tr("Checked and Published…"), tr("Record the days the minutes were checked and published"),
                        [this] { changeMeeting<MinutesDaysDialog>(); });
    m_publish = add(tr("Publish…"), tr("Write the public version into a folder for the web: the agenda, and the "
                                       "minutes once checked"),
                    [this] { publish(); });
    for (QAction *action : lifecycleActions())
        m_purpose.insert(action, action->toolTip());

    m_view->setModel(m_agenda);
    m_view->setRootIsDecorated(false);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setDragDropMode(QAbstractItemView::InternalMove);
    m_view->setDefaultDropAction(Qt::MoveAction);
    m_view->setDragEnabled(true);
    m_view->setAcceptDrops(true);
    m_view->setDropIndicatorShown(true);
    m_view->setAccessibleName(tr("Agenda"));
    m_view->setAccessibleDescription(tr("Items in agenda order. Enter opens an item; Ctrl+Up and Ctrl+Down move it."));
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(AgendaModel::Number, QHeaderView::ResizeToContents);
    m_view->header()->setSectionResizeMode(AgendaModel::Title, QHeaderView::Stretch);
    m_view->header()->setSectionResizeMode(AgendaModel::Preparers, QHeaderView::ResizeToContents);
    m_view->header()->setSectionResizeMode(AgendaModel::Publicity, QHeaderView::ResizeToContents);
    connect(m_view, &QTreeView::activated, this, [this](const QModelIndex &index) {
        emit itemActivated(m_meeting.id, m_agenda->itemId(index.row()));
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &MeetingPage::refreshActions);
    connect(m_agenda, &AgendaModel::moveFailed, this, &MeetingPage::errorOccurred);
    connect(m_agenda, &QAbstractItemModel::rowsMoved, this, [this] {
        refreshActions();
        emit agendaChanged(m_meeting.id);
    });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->addWidget(m_heading);
    layout->addWidget(m_facts);
    layout->addWidget(m_lifecycle);
    layout->addWidget(m_lifecycleBar);
    layout->addWidget(m_toolBar);
    layout->addWidget(m_documentBar);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_hint);

    m_confirm = [this](const QString &question) {
        return QMessageBox::question(this, tr("Pykälä"), question) == QMessageBox::Yes;
    };
}

bool MeetingPage::setMeeting(qint64 meetingId, QString *error)
{
    const auto meeting = m_store.meeting(meetingId);
    if (!meeting || !meeting->has_value()) {
        *error = meeting ? tr("There is no meeting with id %1.").arg(meetingId) : meeting.error();
        return false;
    }
    const auto reference = m_store.meetingReference(meeting->value());
    const auto body = m_store.body(meeting->value().bodyId);
    if (!reference || !body) {
        *error = reference ? body.error() : reference.error();
        return false;
    }
    if (!m_agenda->setMeeting(meetingId, error))
        return false;
    m_meeting = meeting->value();
    m_reference = *reference;
    m_heading->setText(body->has_value() ? tr("%1 – %2").arg(*reference, body->value().name) : *reference);
    // "Monday 14.12.2026 at 16.00–18.00": the weekday in the user's
    // language, the day and times as the documents write them.
    QString time = tr("%1 %2").arg(QLocale().dayName(m_meeting.plannedStart.date().dayOfWeek()),
                                   Labels::moment(m_meeting.plannedStart));
    if (m_meeting.plannedEnd.isValid())
        time += tr("–%1").arg(Labels::clock(m_meeting.plannedEnd.time()));
    m_facts->setText(tr("%1 · %2 · %3 · %4")
                         .arg(time, m_meeting.place, Labels::meetingMode(m_meeting.mode),
                              Labels::meetingState(m_meeting.state)));
    m_lifecycle->setText(lifecycleText());
    m_lifecycle->setVisible(!m_lifecycle->text().isEmpty());
    // A cancellation is what matters most about a meeting.
    m_lifecycle->setStyleSheet(m_meeting.state == MeetingState::Cancelled
                                   ? QStringLiteral("QLabel { color: #8a1c1c; font-weight: bold; }")
                                   : QString());
    refreshActions();
    return true;
}

QString MeetingPage::lifecycleText() const
{
    auto day = [](const QDate &date) { return Labels::day(date); };
    if (m_meeting.state == MeetingState::Cancelled)
        return tr("Cancelled: %1").arg(m_meeting.cancellationReason);
    QStringList parts;
    if (m_meeting.convened.isValid())
        parts << tr("Convened on %1.").arg(day(m_meeting.convened));
    if (m_meeting.minutesChecked.isValid())
        parts << (m_meeting.minutesPublished.isValid()
                      ? tr("Minutes checked on %1 and published on %2.")
                            .arg(day(m_meeting.minutesChecked), day(m_meeting.minutesPublished))
                      : tr("Minutes checked on %1, not yet published.").arg(day(m_meeting.minutesChecked)));
    else if (m_meeting.state == MeetingState::Closed)
        parts << tr("Minutes not yet checked.");
    return parts.join(u' ');
}

QList<QAction *> MeetingPage::lifecycleActions() const
{
    return {m_convene, m_reschedule, m_cancel, m_sendInvitation, m_packages, m_minutesDays, m_publish};
}

void MeetingPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    refreshLifecycle();
}

void MeetingPage::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    refreshLifecycle();
}

void MeetingPage::refreshLifecycle()
{
    const MeetingState state = m_meeting.state;
    const bool cancelled = state == MeetingState::Cancelled;
    const bool toBeHeld = state == MeetingState::Planned || state == MeetingState::Convened;
    const bool closed = isHeld(state);
    const bool shown = isVisible() && m_meeting.id != 0;
    // Enabled with what it does, or disabled with why not.
    auto offer = [this, shown](QAction *action, const QString &whyNot) {
        const QString reason = shown ? whyNot : tr("Select a meeting: this acts on the meeting whose page is shown.");
        action->setEnabled(reason.isEmpty());
        action->setToolTip(reason.isEmpty() ? m_purpose.value(action) : reason);
        action->setStatusTip(action->toolTip());
    };
    auto unlessToBeHeld = [&](const QString &ifCancelled, const QString &ifOpened) {
        return toBeHeld ? QString() : cancelled ? ifCancelled : ifOpened;
    };
    offer(m_convene, unlessToBeHeld(tr("A cancelled meeting cannot be convened."),
                                    tr("The meeting has already been opened.")));
    if (m_convene->isEnabled() && m_meeting.convened.isValid())
        m_convene->setToolTip(tr("Convened on %1: correct the day the invitation went out")
                                  .arg(Labels::day(m_meeting.convened)));
    offer(m_reschedule, unlessToBeHeld(tr("A cancelled meeting cannot be moved."),
                                       tr("The meeting has been opened: its time and place are in its record.")));
    offer(m_cancel,
          unlessToBeHeld(tr("The meeting is already cancelled."),
                         tr("The meeting has been opened: only a meeting still to be held can be cancelled.")));
    QString noMail = unlessToBeHeld(tr("The meeting is cancelled: no invitation goes out."),
                                    tr("The meeting has already been opened."));
    const bool server = MailSettings::way() == MailSettings::Way::Smtp;
    m_purpose.insert(m_sendInvitation,
                     server ? tr("Send each one invited a message with the public agenda through the mail server")
                            : tr("Open a message to those invited, with the public agenda, in your mail program"));
    if (noMail.isEmpty() && server) {
        if (const Status ready = MailSettings::smtp().check(); !ready)
            noMail = tr("The mail server is not set up: %1 Set it in Preferences, under E-mail.").arg(ready.error());
    } else if (noMail.isEmpty() && InvitationMail::program().isEmpty()) {
        noMail = tr("The mail program cannot be opened: xdg-email (package xdg-utils) is not installed. Copy the "
                    "addresses from the invitation list instead, or send through a mail server (Preferences, "
                    "E-mail).");
    }
    offer(m_sendInvitation, noMail);
    offer(m_packages, cancelled                     ? tr("The meeting is cancelled: there is no agenda to read.")
                      : m_agenda->rowCount() == 0 ? tr("The agenda has no items yet.")
                                                  : QString());
    offer(m_minutesDays, cancelled ? tr("A cancelled meeting has no minutes.")
                         : closed  ? QString()
                                   : tr("The minutes are checked and published after the meeting is closed."));
    QString notReady;
    if (shown) {
        const Status ready = Publication::readiness(m_store, m_meeting);
        notReady = ready ? QString() : ready.error();
    }
    offer(m_publish, notReady);
}

template<typename Dialog>
void MeetingPage::changeMeeting()
{
    Dialog dialog(m_store, m_meeting, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QString error;
    if (!refresh(&error))
        emit errorOccurred(error);
    emit meetingChanged(m_meeting.id);
}

void MeetingPage::sendInvitation()
{
    SendInvitationDialog dialog(m_store, m_meeting, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (dialog.way() == MailSettings::Way::MailProgram)
        return InvitationMail::launch(dialog.message(), this,
                                      [this](const QString &problem) { emit errorOccurred(problem); });
    // Composed here on the window's thread, sent on a thread of their own.
    SmtpSettings settings = MailSettings::smtp();
    const auto password = SmtpSending::password(this, settings);
    if (!password)
        return;
    settings.password = *password;
    const QList<SmtpClient::Delivery> deliveries = SmtpSending::send(this, settings, dialog.messages());
    InvitationReportDialog report(m_store, m_meeting, dialog.draft(), deliveries, this);
    report.exec();
    if (!report.convened())
        return;
    QString error;
    if (!refresh(&error))
        emit errorOccurred(error);
    emit meetingChanged(m_meeting.id);
}

void MeetingPage::writePackages()
{
    PackagesDialog dialog(m_store, m_meeting, this);
    dialog.exec();
}

void MeetingPage::publish()
{
    PublishDialog dialog(m_store, m_meeting, this);
    dialog.exec();
}

bool MeetingPage::refresh(QString *error)
{
    const qint64 selected = selectedItem();
    const int scrolled = m_view->verticalScrollBar()->value();
    if (!setMeeting(m_meeting.id, error))
        return false;
    if (const int row = selected ? m_agenda->rowOf(selected) : -1; row >= 0)
        m_view->setCurrentIndex(m_agenda->index(row, 0));
    m_view->verticalScrollBar()->setValue(scrolled);
    return true;
}

void MeetingPage::refreshActions()
{
    const bool reorderable = m_agenda->reorderable();
    const bool selected = selectedItem() != 0;
    const int row = m_view->currentIndex().row();
    const bool held = m_meeting.actualStart.isValid();
    const bool closed = isHeld(m_meeting.state);
    const bool cancelled = m_meeting.state == MeetingState::Cancelled;
    const auto minutes = m_store.signedMinutes(m_meeting.id);
    const bool signedMinutes = minutes && minutes->has_value();
    m_newItem->setEnabled(!closed && !cancelled);
    m_bringIn->setEnabled(!closed && !cancelled);
    m_fromTemplate->setEnabled(!closed && !cancelled);
    m_run->setEnabled(!cancelled && m_agenda->rowCount() > 0);
    m_remove->setEnabled(reorderable && selected);
    m_moveUp->setEnabled(reorderable && selected && row > 0);
    m_moveDown->setEnabled(reorderable && selected && row < m_agenda->rowCount() - 1);
    m_minutes->setEnabled(held);
    m_sign->setEnabled(closed && !(signedMinutes && minutes->value().complete()));
    m_signed->setEnabled(signedMinutes);
    m_hint->setText(reorderable ? tr("Drag items to reorder the agenda, or use Move Up and Move Down.")
                    : held      ? tr("The meeting has been opened: its agenda order is part of the record.")
                                : QString());
    refreshLifecycle();
}

qint64 MeetingPage::selectedItem() const
{
    const QModelIndex index = m_view->currentIndex();
    return index.isValid() ? m_agenda->itemId(index.row()) : 0;
}

qint64 MeetingPage::addItem(const QString &title, QString *error)
{
    AgendaItem item;
    item.meetingId = m_meeting.id;
    item.title = title;
    // The body's presenter presents, unless the secretary says otherwise.
    if (const auto memberships = m_store.memberships(m_meeting.bodyId)) {
        for (const Membership &membership : *memberships) {
            if (membership.role == MembershipRole::Presenter && membership.isValidOn(m_meeting.plannedStart.date())) {
                item.presenterPersonId = membership.personId;
                break;
            }
        }
    }
    const auto id = m_store.addAgendaItem(item);
    if (!id) {
        *error = id.error();
        return 0;
    }
    m_agenda->reload(error);
    m_view->setCurrentIndex(m_agenda->index(m_agenda->rowOf(*id), 0));
    emit agendaChanged(m_meeting.id);
    return *id;
}

bool MeetingPage::removeSelectedItem()
{
    const qint64 id = selectedItem();
    if (!id)
        return false;
    const int row = m_view->currentIndex().row();
    const QString title = m_agenda->index(row, AgendaModel::Title).data().toString();
    if (!m_confirm(tr("Remove “%1” from the agenda, with its attachments?").arg(title)))
        return false;
    if (const auto removed = m_store.removeAgendaItem(id); !removed) {
        emit errorOccurred(removed.error());
        return false;
    }
    QString error;
    m_agenda->reload(&error);
    m_view->setCurrentIndex(m_agenda->index(std::min(row, m_agenda->rowCount() - 1), 0));
    emit agendaChanged(m_meeting.id);
    return true;
}

bool MeetingPage::moveSelectedItem(int delta)
{
    const int row = m_view->currentIndex().row();
    if (row < 0)
        return false;
    const int target = row + delta;
    if (target < 0 || target >= m_agenda->rowCount())
        return false;
    const qint64 id = m_agenda->itemId(row);
    if (!m_agenda->moveRows({}, row, 1, {}, delta > 0 ? target + 1 : target))
        return false;
    m_view->setCurrentIndex(m_agenda->index(m_agenda->rowOf(id), 0));
    refreshActions();
    return true;
}

void MeetingPage::bringIn()
{
    BringInDialog dialog(m_store, m_meeting, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QString error;
    m_agenda->reload(&error);
    emit agendaChanged(m_meeting.id);
    emit itemActivated(m_meeting.id, dialog.broughtItemId());
}

void MeetingPage::addFromTemplate()
{
    ItemTemplatesDialog dialog(m_store, m_meeting, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QString error;
    m_agenda->reload(&error);
    emit agendaChanged(m_meeting.id);
    emit itemActivated(m_meeting.id, dialog.addedItemId());
}

void MeetingPage::showInvitations()
{
    InvitationDialog dialog(m_store, m_meeting, this);
    dialog.exec();
}

void MeetingPage::showDocument(bool minutes)
{
    const auto document = minutes ? MeetingDocuments::minutes(m_store, m_meeting)
                                  : MeetingDocuments::agenda(m_store, m_meeting);
    if (!document)
        return emit errorOccurred(document.error());
    const auto pdf = DocumentRenderer::pdf(*document);
    if (!pdf)
        return emit errorOccurred(pdf.error());
    const QString kind = minutes ? tr("Minutes") : tr("Agenda");
    auto *window = new DocumentWindow(tr("%1 %2").arg(kind, m_reference),
                                      tr("%1 %2.pdf").arg(kind, m_reference).replace(u'/', u'-'), this);
    window->setOfficialDocument(*document);
    QString error;
    if (!window->setPdf(*pdf, &error)) {
        delete window;
        return emit errorOccurred(error);
    }
    window->show();
}

void MeetingPage::printAgenda()
{
    const auto document = MeetingDocuments::agenda(m_store, m_meeting);
    if (!document)
        return emit errorOccurred(document.error());
    DocumentPrinting::printWithDialog(*document, this);
}

void MeetingPage::exportAgenda()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString selectedFilter;
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export Agenda"), folder + QLatin1Char('/') + tr("Agenda %1.pdf").arg(m_reference).replace(u'/', u'-'),
        tr("PDF/A documents (*.pdf);;Web pages (*.html);;Public web pages, without confidential items (*.html)"),
        &selectedFilter);
    if (path.isEmpty())
        return;
    MeetingDocuments::Options options;
    const bool forPublic = selectedFilter.contains(u'(') && selectedFilter.startsWith(tr("Public web pages"));
    options.audience = forPublic ? Audience::Public : Audience::Internal;
    const auto document = MeetingDocuments::agenda(m_store, m_meeting, options);
    if (!document)
        return emit errorOccurred(document.error());
    QByteArray bytes;
    if (path.endsWith(QStringLiteral(".html"), Qt::CaseInsensitive)) {
        bytes = HtmlPage::page(*document).toUtf8();
    } else {
        const auto pdf = DocumentRenderer::pdf(*document);
        if (!pdf)
            return emit errorOccurred(pdf.error());
        bytes = *pdf;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        emit errorOccurred(tr("%1 could not be written: %2").arg(path, file.errorString()));
}

void MeetingPage::signMinutes()
{
    SigningDialog dialog(m_store, m_meeting.id, this);
    dialog.exec();
    QString error;
    setMeeting(m_meeting.id, &error);
}

void MeetingPage::showSignedMinutes()
{
    const auto minutes = m_store.signedMinutes(m_meeting.id);
    if (!minutes || !minutes->has_value())
        return emit errorOccurred(minutes ? tr("The minutes are not signed.") : minutes.error());
    auto *window = new DocumentWindow(tr("Signed minutes %1").arg(m_reference),
                                      tr("Minutes %1 signed.pdf").arg(m_reference).replace(u'/', u'-'), this);
    QString error;
    if (!window->setPdf(minutes->value().pdf, &error)) {
        delete window;
        return emit errorOccurred(error);
    }
    window->show();
}
