#include "signingdialog.h"

#include "labels.h"
#include "signingsetup.h"

#include "signing/decisionrecord.h"
#include "signing/nss.h"
#include "signing/verification.h"
#include "store/store.h"

#include <QApplication>
#include <QCryptographicHash>
#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryFile>
#include <QVBoxLayout>

SigningDialog::SigningDialog(Store &store, qint64 meetingId, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_meetingId(meetingId)
    , m_turn(new QLabel)
    , m_certificates(new QTableWidget(0, 4))
    , m_password(new QLineEdit)
    , m_signatures(new QListWidget)
    , m_message(new QLabel)
    , m_sign(new QPushButton(tr("&Sign")))
{
    const auto meeting = store.meeting(meetingId);
    const auto reference = meeting && meeting->has_value() ? store.meetingReference(meeting->value())
                                                            : Result<QString>(QString());
    setWindowTitle(tr("Sign the Minutes – %1").arg(reference ? *reference : QString()));
    resize(720, 560);
    m_turn->setWordWrap(true);
    m_certificates->setHorizontalHeaderLabels({tr("Certificate"), tr("Issuer"), tr("Valid until"), tr("Registered for")});
    m_certificates->setAccessibleName(tr("Certificates"));
    m_certificates->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_certificates->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_certificates->verticalHeader()->hide();
    m_certificates->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_certificates->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_certificates->setSelectionMode(QAbstractItemView::SingleSelection);
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setAccessibleName(tr("Password or PIN"));
    m_password->setPlaceholderText(tr("Of the certificate database or the card"));
    m_signatures->setAccessibleName(tr("Signatures"));
    m_message->setWordWrap(true);
    m_message->setAccessibleName(tr("Message"));
    m_message->hide();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_turn);
    auto *form = new QFormLayout;
    form->addRow(tr("&Password or PIN:"), m_password);
    layout->addLayout(form);
    auto *certificatesLabel = new QLabel(tr("&Certificate (database %1)").arg(SigningSetup::databasePath()));
    certificatesLabel->setBuddy(m_certificates);
    certificatesLabel->setWordWrap(true);
    layout->addWidget(certificatesLabel);
    layout->addWidget(m_certificates, 1);
    auto *signaturesLabel = new QLabel(tr("Si&gnatures on the minutes"));
    signaturesLabel->setBuddy(m_signatures);
    layout->addWidget(signaturesLabel);
    layout->addWidget(m_signatures, 1);
    layout->addWidget(m_message);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    buttons->addButton(m_sign, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::accept);
    connect(m_sign, &QPushButton::clicked, this, &SigningDialog::sign);
    connect(m_password, &QLineEdit::returnPressed, this, &SigningDialog::listCertificates);
    // Enter in the password field lists the certificates; it neither signs
    // nor closes the dialog.
    for (QAbstractButton *button : buttons->buttons()) {
        if (auto *push = qobject_cast<QPushButton *>(button)) {
            push->setAutoDefault(false);
            push->setDefault(false);
        }
    }
    layout->addWidget(buttons);

    // Whose turn it is first: the certificates list marks theirs.
    reload();
    QString error;
    if (!SigningSetup::ensureDatabase(&error)) {
        showMessage(error, true);
        m_sign->setEnabled(false);
    } else {
        listCertificates();
    }
}

void SigningDialog::usePasswordField()
{
    // The database (or card) asks for its password through the field; each
    // asks once per try, so a wrong password fails instead of asking again.
    Nss::setPasswordSource([this](const QString &) -> std::optional<QString> {
        if (m_password->text().isEmpty())
            return std::nullopt;
        return m_password->text();
    });
}

bool SigningDialog::listCertificates()
{
    usePasswordField();
    const QList<Nss::Certificate> certificates = Nss::certificates();
    m_certificates->setRowCount(int(certificates.size()));
    for (int row = 0; row < certificates.size(); ++row) {
        const Nss::Certificate &c = certificates.at(row);
        auto *name = new QTableWidgetItem(c.subject.isEmpty() ? c.nickname : c.subject);
        name->setData(Qt::UserRole, c.nickname);
        name->setToolTip(c.nickname);
        m_certificates->setItem(row, 0, name);
        m_certificates->setItem(row, 1, new QTableWidgetItem(c.issuer));
        const QString until = Labels::day(c.validUntil.toLocalTime().date());
        m_certificates->setItem(row, 2, new QTableWidgetItem(c.currentlyValid() ? until
                                                                               : tr("%1 (not valid now)").arg(until)));
        // Whose the certificate is, as the register has it: each signs with
        // their own (DecisionRecord::certificateProblem).
        QStringList holders;
        QVariantList holderIds;
        const QString fingerprint =
            QString::fromLatin1(QCryptographicHash::hash(c.der, QCryptographicHash::Sha256).toHex());
        if (const auto registrations = m_store.certificateRegistrations(fingerprint)) {
            for (const PersonCertificate &registered : *registrations) {
                if (registered.use != CertificateUse::Signing)
                    continue;
                holderIds << registered.personId;
                if (const auto person = m_store.person(registered.personId); person && person->has_value())
                    holders << person->value().displayName();
            }
        }
        auto *holder = new QTableWidgetItem(holders.isEmpty() ? tr("not registered") : holders.join(QStringLiteral(", ")));
        holder->setData(Qt::UserRole, holderIds);
        m_certificates->setItem(row, 3, holder);
        if (!c.currentlyValid()) {
            for (int column = 0; column < 4; ++column)
                m_certificates->item(row, column)->setFlags(Qt::ItemIsEnabled);
        }
    }
    // The certificate of the person whose turn it is, else the first usable.
    int chosen = -1;
    for (int row = 0; row < m_certificates->rowCount(); ++row) {
        if (!(m_certificates->item(row, 0)->flags() & Qt::ItemIsSelectable))
            continue;
        if (chosen < 0)
            chosen = row;
        if (m_turnPerson && m_certificates->item(row, 3)->data(Qt::UserRole).toList().contains(m_turnPerson)) {
            chosen = row;
            break;
        }
    }
    if (chosen >= 0)
        m_certificates->selectRow(chosen);
    if (!certificates.isEmpty()) {
        showMessage({}, false);
        return true;
    }
    showMessage(m_password->text().isEmpty()
                    ? tr("Give the password or PIN of your certificate database or card, and press Enter to see "
                         "your certificates.")
                    : tr("No certificate with a private key could be read: the password or PIN may be wrong, or the "
                         "database has none (import one with 'pykala-cli import-cert FILE.p12', or insert your card)."),
                !m_password->text().isEmpty());
    return false;
}

SigningDialog::~SigningDialog()
{
    // The password callback is the process's: it must not outlive the field.
    Nss::setPasswordSource([](const QString &) { return std::optional<QString>(); });
}

QString SigningDialog::message() const
{
    return m_message->text();
}

void SigningDialog::showMessage(const QString &text, bool problem)
{
    m_message->setText(text);
    m_message->setStyleSheet(problem ? QStringLiteral("QLabel { color: #8a1c1c; }") : QString());
    m_message->setVisible(!text.isEmpty());
}

void SigningDialog::reload()
{
    m_signatures->clear();
    const auto meeting = m_store.meeting(m_meetingId);
    const auto minutes = m_store.signedMinutes(m_meetingId);
    if (!meeting || !minutes || !meeting->has_value())
        return showMessage(meeting ? minutes.error() : meeting.error(), true);
    const bool closed = isHeld(meeting->value().state);
    // Who signs in each turn, by name.
    QList<DecisionRecord::Signatory> signing;
    if (closed) {
        if (const auto found = DecisionRecord::signatories(m_store, meeting->value()))
            signing = *found;
    }
    const int done = minutes->has_value() ? minutes->value().signatures : 0;
    const DecisionRecord::Signatory next = signing.value(done);
    m_turnPerson = next.person;
    const QString nextText = next.name.isEmpty() ? next.role : tr("%1 %2").arg(next.role, next.name);
    if (!minutes->has_value()) {
        m_turn->setText(closed ? tr("The minutes are not signed yet. The first signature makes them from the record "
                                    "and freezes it: nothing of this meeting can change afterwards. First to sign: %1.")
                                     .arg(nextText)
                               : tr("The meeting has not been closed: its minutes cannot be signed yet."));
        m_sign->setEnabled(closed && m_sign->isEnabled());
        return;
    }
    const SignedMinutes &signedMinutes = minutes->value();
    if (signedMinutes.complete()) {
        m_turn->setText(tr("All %n signature(s) are in: the minutes are complete.", nullptr,
                           signedMinutes.requiredSignatures()));
        m_sign->setEnabled(false);
    } else {
        m_turn->setText(tr("Signed %1 of %2. Next to sign: %3.")
                            .arg(signedMinutes.signatures)
                            .arg(signedMinutes.requiredSignatures())
                            .arg(next.role.isEmpty() ? signedMinutes.signingRoles.value(signedMinutes.signatures)
                                                     : nextText));
    }
    QTemporaryFile file(QDir::tempPath() + QStringLiteral("/pykala-minutes-XXXXXX.pdf"));
    if (!file.open() || file.write(signedMinutes.pdf) != signedMinutes.pdf.size() || !file.flush())
        return showMessage(tr("The signed minutes could not be verified: %1").arg(file.errorString()), true);
    const auto report = Verification::verify(file.fileName());
    if (!report)
        return showMessage(report.error(), true);
    for (int i = 0; i < signedMinutes.requiredSignatures(); ++i) {
        const QString role = signedMinutes.signingRoles.value(i);
        if (i < report->signatures.size()) {
            const Verification::Signature &s = report->signatures.at(i);
            m_signatures->addItem(tr("%1. %2 — %3, %4: %5")
                                      .arg(i + 1)
                                      .arg(role, s.signer, Labels::moment(s.time.toLocalTime()),
                                           Verification::statusText(s)));
        } else {
            const QString name = signing.value(i).name;
            m_signatures->addItem(tr("%1. %2 — not signed yet").arg(i + 1).arg(name.isEmpty() ? role
                                                                                               : tr("%1 %2").arg(role, name)));
        }
    }
}

bool SigningDialog::sign()
{
    const int row = m_certificates->currentRow();
    if (row < 0 || !m_certificates->item(row, 0) || !(m_certificates->item(row, 0)->flags() & Qt::ItemIsSelectable)) {
        showMessage(tr("Choose a certificate that is valid today."), true);
        return false;
    }
    const auto meeting = m_store.meeting(m_meetingId);
    if (!meeting || !meeting->has_value()) {
        showMessage(meeting ? tr("The meeting is no longer in the store.") : meeting.error(), true);
        return false;
    }
    Signer::Request request;
    request.certificate = m_certificates->item(row, 0)->data(Qt::UserRole).toString();
    if (!m_password->text().isEmpty())
        request.password = m_password->text();
    if (const auto organisation = m_store.organisation(); organisation && organisation->has_value())
        request.location = organisation->value().name;
    usePasswordField();
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const auto report = DecisionRecord::signMinutes(m_store, meeting->value(), request);
    QApplication::restoreOverrideCursor();
    if (!report) {
        showMessage(report.error(), true);
        return false;
    }
    reload();
    listCertificates(); // the next person's certificate chosen
    showMessage(tr("Signed and verified: %1").arg(report->verdict), false);
    if (const auto minutes = m_store.signedMinutes(m_meetingId); minutes && minutes->has_value())
        emit signedMinutesChanged(minutes->value().pdf);
    return true;
}
