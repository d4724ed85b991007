#include "invitationmail.h"

#include "dialogsupport.h"
#include "labels.h"

#include "mail/invitation.h"
#include "procedure/invitationlist.h"
#include "store/store.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QSaveFile>
#include <QStandardPaths>
#include <QVBoxLayout>

using DialogSupport::errorLabel;
using DialogSupport::showError;

namespace InvitationMail {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("InvitationMail", text);
}

QString &chosenProgram()
{
    static QString program;
    return program;
}

// How long an agenda written for a message is kept for the mail program.
constexpr int keptDays = 30;

} // namespace

QString program()
{
    if (!chosenProgram().isEmpty())
        return chosenProgram();
    return QStandardPaths::findExecutable(QStringLiteral("xdg-email"));
}

void setProgram(const QString &program)
{
    chosenProgram() = program;
}

QString describe(const InvitationList::Entry &entry)
{
    const QString role = !entry.holdsSeat() ? entry.invitedAs
        : entry.role == MembershipRole::Deputy ? tr("personal deputy of %1").arg(entry.deputyFor)
                                               : Labels::membershipRole(*entry.role);
    return role.isEmpty() ? entry.name : tr("%1 (%2)").arg(entry.name, role);
}

QStringList arguments(const Message &message)
{
    QStringList arguments{QStringLiteral("--utf8"), QStringLiteral("--subject"), message.subject,
                          QStringLiteral("--body"), message.body};
    if (!message.attachment.isEmpty())
        arguments << QStringLiteral("--attach") << message.attachment;
    return arguments + message.addresses;
}

Result<QString> writeAgenda(const Store &store, const Meeting &meeting)
{
    const auto agenda = Invitation::publicAgenda(store, meeting);
    if (!agenda)
        return Failure{agenda.error()};
    const QDir folder(QStandardPaths::writableLocation(QStandardPaths::CacheLocation) + QStringLiteral("/invitations"));
    if (!folder.mkpath(QStringLiteral(".")))
        return Failure{tr("The folder %1 could not be made for the agenda to attach.")
                           .arg(QDir::toNativeSeparators(folder.absolutePath()))};
    // Agendas of messages sent long ago.
    const QDateTime old = QDateTime::currentDateTime().addDays(-keptDays);
    for (const QFileInfo &file : folder.entryInfoList({QStringLiteral("*.pdf")}, QDir::Files)) {
        if (file.lastModified() < old)
            QFile::remove(file.absoluteFilePath());
    }
    const QString path = folder.filePath(agenda->fileName);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(agenda->data) != agenda->data.size() || !file.commit())
        return Failure{tr("The agenda could not be written to %1 for attaching: %2")
                           .arg(QDir::toNativeSeparators(path), file.errorString())};
    return path;
}

void launch(const Message &message, QObject *context, const std::function<void(const QString &)> &failed)
{
    const QString executable = program();
    if (executable.isEmpty())
        return failed(tr("No program to open the mail program with was found (xdg-email, from the package "
                         "xdg-utils). Install it, or copy the addresses from the invitation list."));
    // Not the dialog's or the page's: it runs for as long as the mail
    // program it started may, and goes when it ends.
    auto *process = new QProcess(QCoreApplication::instance());
    QObject::connect(process, &QProcess::finished, process, &QObject::deleteLater);
    auto notStarted = [process, executable, failed](QProcess::ProcessError error) {
        if (error != QProcess::FailedToStart)
            return;
        failed(tr("The mail program could not be opened: %1 did not start (%2).")
                   .arg(QDir::toNativeSeparators(executable), process->errorString()));
        process->deleteLater();
    };
    QObject::connect(process, &QProcess::errorOccurred, context, notStarted);
    QObject::connect(process, &QProcess::finished, context, [process, failed](int code, QProcess::ExitStatus status) {
        if (status == QProcess::NormalExit && code == 0)
            return;
        const QString said = QString::fromLocal8Bit(process->readAllStandardError()).simplified().left(400);
        // xdg-email's exit codes.
        switch (status == QProcess::NormalExit ? code : -1) {
        case 3:
            return failed(tr("No mail program is set up on this desktop. Choose one in the desktop's settings (default "
                             "applications), or copy the addresses from the invitation list."));
        case 2:
        case 5:
            return failed(tr("The mail program could not read the agenda to attach. %1").arg(said));
        default:
            return failed(tr("The mail program could not be opened (xdg-email ended with code %1). %2")
                              .arg(status == QProcess::NormalExit ? QString::number(code) : tr("crash"), said));
        }
    });
    process->start(executable, arguments(message));
}

} // namespace InvitationMail

// ---------------------------------------------------------------------------

SendInvitationDialog::SendInvitationDialog(Store &store, const Meeting &meeting, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_meeting(meeting)
    , m_way(MailSettings::way())
    , m_recipients(new QListWidget)
    , m_withoutAddress(new QLabel)
    , m_subject(new QLineEdit)
    , m_body(new QPlainTextEdit)
    , m_error(errorLabel())
{
    const auto reference = store.meetingReference(meeting);
    setWindowTitle(tr("Send the Invitation of %1").arg(reference ? *reference : QString()));
    m_recipients->setAccessibleName(tr("Recipients"));
    m_subject->setAccessibleName(tr("Subject"));
    m_body->setAccessibleName(tr("Message"));
    m_withoutAddress->setWordWrap(true);
    m_withoutAddress->setTextFormat(Qt::PlainText);
    m_withoutAddress->setStyleSheet(QStringLiteral("QLabel { color: #8a1c1c; }"));

    const auto draft = Invitation::draft(store, meeting);
    if (!draft)
        showError(m_error, draft.error());
    else
        m_draft = *draft;
    for (const Invitation::Recipient &recipient : std::as_const(m_draft.recipients)) {
        for (const InvitationList::Entry &entry : recipient.invited)
            m_recipients->addItem(tr("%1 <%2>").arg(InvitationMail::describe(entry), recipient.address));
        m_addresses << recipient.address;
    }
    QStringList without;
    for (const InvitationList::Entry &entry : std::as_const(m_draft.withoutAddress))
        without << InvitationMail::describe(entry);
    QStringList notices;
    if (!without.isEmpty())
        notices << tr("No e-mail address, so not in the message: %1. Send them the invitation another way, or add "
                      "their address to the register.").arg(QLocale().createSeparatedList(without));
    for (const auto &[entry, why] : std::as_const(m_draft.unusableAddress))
        notices << tr("Not in the message: %1. %2").arg(InvitationMail::describe(entry), why);
    m_withoutAddress->setText(notices.join(u'\n'));
    m_withoutAddress->setVisible(!notices.isEmpty());
    m_subject->setText(m_draft.subject);
    m_body->setPlainText(m_draft.text);

    const bool server = m_way == MailSettings::Way::Smtp;
    auto *recipientsLabel = new QLabel(tr("&To (%n address(es)):", nullptr, int(m_addresses.size())));
    recipientsLabel->setBuddy(m_recipients);
    auto *form = new QFormLayout;
    form->addRow(tr("&Subject:"), m_subject);
    auto *bodyLabel = new QLabel(tr("&Message:"));
    bodyLabel->setBuddy(m_body);
    QString noteText;
    if (server) {
        const SmtpSettings smtp = MailSettings::smtp();
        noteText = tr("Each address receives a message of its own, with the public agenda attached, from %1 through "
                      "the mail server %2; nobody sees the others' addresses. Once it is sent, you can record the "
                      "day the meeting was convened.").arg(smtp.sender.toString(), smtp.host);
    } else {
        noteText = tr("Your mail program opens a new message with the public agenda attached; read it through and "
                      "send it from there, then record the day with Convene… on the meeting's page.");
    }
    auto *note = new QLabel(noteText);
    note->setWordWrap(true);
    note->setTextFormat(Qt::PlainText);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(server ? tr("Send") : tr("Open in Mail Program"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(recipientsLabel);
    layout->addWidget(m_recipients, 1);
    layout->addWidget(m_withoutAddress);
    layout->addLayout(form);
    layout->addWidget(bodyLabel);
    layout->addWidget(m_body, 2);
    layout->addWidget(note);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(720, 640);
}

QString SendInvitationDialog::withoutAddress() const
{
    return m_withoutAddress->isVisibleTo(this) ? m_withoutAddress->text() : QString();
}

QString SendInvitationDialog::error() const
{
    return m_error->text();
}

void SendInvitationDialog::accept()
{
    if (m_addresses.isEmpty())
        return showError(m_error, tr("Nobody invited has an e-mail address in the register, so there is no one to "
                                     "send the message to."));
    if (m_subject->text().trimmed().isEmpty())
        return showError(m_error, tr("Give the message a subject."));
    m_draft.subject = m_subject->text().trimmed();
    m_draft.text = m_body->toPlainText();
    if (m_way == MailSettings::Way::Smtp) {
        const auto agenda = Invitation::publicAgenda(m_store, m_meeting);
        if (!agenda)
            return showError(m_error, agenda.error());
        m_messages = Invitation::messages(m_draft, MailSettings::smtp().sender, *agenda);
        return QDialog::accept();
    }
    const auto attachment = InvitationMail::writeAgenda(m_store, m_meeting);
    if (!attachment)
        return showError(m_error, attachment.error());
    m_message.addresses = m_addresses;
    m_message.subject = m_draft.subject;
    m_message.body = m_draft.text;
    m_message.attachment = *attachment;
    QDialog::accept();
}
