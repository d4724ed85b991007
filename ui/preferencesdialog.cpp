#include "preferencesdialog.h"

#include "dialogsupport.h"
#include "labels.h"
#include "smtpsending.h"
#include "uilanguage.h"

#include "signing/nss.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

using DialogSupport::errorLabel;
using DialogSupport::showError;

PreferencesDialog::PreferencesDialog(QWidget *parent)
    : QDialog(parent)
    , m_language(new QComboBox)
    , m_database(new QLineEdit)
    , m_certificates(new QTableWidget(0, 4))
    , m_certificatesState(new QLabel)
    , m_way(new QComboBox)
    , m_host(new QLineEdit)
    , m_port(new QSpinBox)
    , m_security(new QComboBox)
    , m_allowUnencrypted(new QCheckBox(tr("Also to another computer, on a trusted network only")))
    , m_user(new QLineEdit)
    , m_senderName(new QLineEdit)
    , m_senderAddress(new QLineEdit)
    , m_timeout(new QSpinBox)
    , m_test(new QPushButton(tr("Send &Test Message")))
    , m_testResult(new QLabel)
    , m_error(errorLabel())
{
    setWindowTitle(tr("Preferences"));
    const QString current = UiLanguage::configured();
    for (const QString &code : UiLanguage::codes()) {
        m_language->addItem(UiLanguage::displayName(code), code);
        if (code == current)
            m_language->setCurrentIndex(m_language->count() - 1);
    }
    m_language->setAccessibleName(tr("Language"));
    m_language->setAccessibleDescription(tr("The language of menus, buttons and messages. Documents keep the "
                                            "organisation's document language."));
    m_database->setText(QDir::toNativeSeparators(QSettings().value(QStringLiteral("signing/nssdb")).toString()));
    m_database->setPlaceholderText(QDir::toNativeSeparators(Nss::defaultDatabase()));
    m_database->setAccessibleName(tr("Certificate database"));
    m_database->setAccessibleDescription(tr("The NSS database that holds your signing certificates; empty for the "
                                            "default."));
    auto *browse = new QPushButton(tr("&Browse…"));
    browse->setAccessibleDescription(tr("Choose the certificate database's folder"));
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString folder = QFileDialog::getExistingDirectory(this, tr("Certificate Database"), m_database->text());
        if (!folder.isEmpty())
            m_database->setText(QDir::toNativeSeparators(folder));
    });

    auto *form = new QFormLayout;
    auto *languageLabel = new QLabel(tr("&Language:"));
    languageLabel->setBuddy(m_language);
    form->addRow(languageLabel, m_language);
    auto *databaseRow = new QHBoxLayout;
    databaseRow->addWidget(m_database, 1);
    databaseRow->addWidget(browse);
    auto *databaseLabel = new QLabel(tr("&Certificate database:"));
    databaseLabel->setBuddy(m_database);
    form->addRow(databaseLabel, databaseRow);
    auto *note = new QLabel(tr("A changed certificate database is used from the next start of Pykälä."));
    note->setWordWrap(true);

    // The database's certificates, and importing one with its key.
    m_certificates->setHorizontalHeaderLabels({tr("Holder"), tr("Issuer"), tr("Valid until"), tr("Key")});
    m_certificates->setAccessibleName(tr("Certificates in the database"));
    m_certificates->verticalHeader()->hide();
    m_certificates->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_certificates->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_certificates->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_certificates->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_certificates->setMaximumHeight(140);
    m_certificatesState->setWordWrap(true);
    m_certificatesState->setAccessibleName(tr("Certificate database"));
    auto *import = new QPushButton(tr("&Import Certificate…"));
    import->setToolTip(tr("Import a certificate with its private key from a PKCS#12 file (.p12 or .pfx)"));
    connect(import, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getOpenFileName(this, tr("Import Certificate"), QString(),
                                                          tr("PKCS#12 files (*.p12 *.pfx);;All files (*)"));
        if (file.isEmpty())
            return;
        bool ok = false;
        const QString filePassword = QInputDialog::getText(this, tr("Import Certificate"),
                                                           tr("The password of %1:").arg(QFileInfo(file).fileName()),
                                                           QLineEdit::Password, {}, &ok);
        if (!ok)
            return;
        const QString databasePassword = QInputDialog::getText(
            this, tr("Import Certificate"),
            tr("The password of the certificate database (empty when it has none; a new database gets this one):"),
            QLineEdit::Password, {}, &ok);
        if (!ok)
            return;
        importCertificate(file, filePassword,
                          databasePassword.isEmpty() ? std::nullopt : std::optional<QString>(databasePassword));
    });
    auto *refresh = new QPushButton(tr("&Refresh"));
    refresh->setToolTip(tr("List the certificates of the database in the field above"));
    connect(refresh, &QPushButton::clicked, this, &PreferencesDialog::listCertificates);
    auto *certificateButtons = new QHBoxLayout;
    certificateButtons->addWidget(import);
    certificateButtons->addWidget(refresh);
    certificateButtons->addStretch(1);
    auto *certificatesBox = new QGroupBox(tr("Certificates"));
    auto *certificatesLayout = new QVBoxLayout(certificatesBox);
    certificatesLayout->addWidget(m_certificates);
    certificatesLayout->addWidget(m_certificatesState);
    certificatesLayout->addLayout(certificateButtons);

    // E-mail: how invitations go out.
    const SmtpSettings smtp = MailSettings::smtp();
    m_way->addItem(tr("Through my mail program (xdg-email)"), int(MailSettings::Way::MailProgram));
    m_way->addItem(tr("Through a mail server (SMTP)"), int(MailSettings::Way::Smtp));
    m_way->setCurrentIndex(MailSettings::way() == MailSettings::Way::Smtp ? 1 : 0);
    m_way->setAccessibleName(tr("Send invitations"));
    m_host->setText(smtp.host);
    m_host->setPlaceholderText(QStringLiteral("smtp.kunta.fi"));
    m_host->setAccessibleName(tr("Mail server"));
    m_port->setRange(1, 65535);
    m_port->setValue(smtp.port);
    m_port->setAccessibleName(tr("Port"));
    m_security->addItem(tr("TLS (usually port 465)"), int(SmtpSecurity::Tls));
    m_security->addItem(tr("STARTTLS (usually port 587)"), int(SmtpSecurity::StartTls));
    m_security->addItem(tr("None, unencrypted (a server on this computer)"), int(SmtpSecurity::None));
    m_security->setCurrentIndex(m_security->findData(int(smtp.security)));
    m_security->setAccessibleName(tr("Security"));
    m_allowUnencrypted->setChecked(smtp.allowUnencrypted);
    m_user->setText(smtp.user);
    m_user->setPlaceholderText(tr("empty when the server needs no login"));
    m_user->setAccessibleName(tr("User name"));
    m_senderName->setText(smtp.sender.name);
    m_senderName->setPlaceholderText(tr("Kunnanhallitus"));
    m_senderName->setAccessibleName(tr("Sender's name"));
    m_senderAddress->setText(smtp.sender.address);
    m_senderAddress->setPlaceholderText(QStringLiteral("kirjaamo@kunta.fi"));
    m_senderAddress->setAccessibleName(tr("Sender's address"));
    m_timeout->setRange(1, 600);
    m_timeout->setValue(std::clamp(smtp.timeoutSeconds, 1, 600));
    m_timeout->setSuffix(tr(" s"));
    m_timeout->setAccessibleName(tr("Time to wait for the server"));
    m_testResult->setWordWrap(true);
    m_testResult->setTextFormat(Qt::PlainText); // the server's words, never markup
    m_testResult->setAccessibleName(tr("Test message"));
    m_error->setTextFormat(Qt::PlainText);
    // A port left at the usual one follows the security chosen.
    int shownSecurity = m_security->currentData().toInt();
    connect(m_security, &QComboBox::currentIndexChanged, this, [this, shownSecurity]() mutable {
        const auto chosen = SmtpSecurity(m_security->currentData().toInt());
        if (m_port->value() == SmtpSettings::defaultPort(SmtpSecurity(shownSecurity)))
            m_port->setValue(SmtpSettings::defaultPort(chosen));
        shownSecurity = int(chosen);
        updateMailFields();
    });
    connect(m_way, &QComboBox::currentIndexChanged, this, &PreferencesDialog::updateMailFields);
    connect(m_test, &QPushButton::clicked, this, &PreferencesDialog::sendTestMessage);

    auto *mail = new QGroupBox(tr("E-mail"));
    auto *mailForm = new QFormLayout(mail);
    auto label = [](const QString &text, QWidget *buddy) {
        auto *label = new QLabel(text);
        label->setBuddy(buddy);
        return label;
    };
    mailForm->addRow(label(tr("Send &invitations:"), m_way), m_way);
    mailForm->addRow(label(tr("&Server:"), m_host), m_host);
    mailForm->addRow(label(tr("&Port:"), m_port), m_port);
    mailForm->addRow(label(tr("Securit&y:"), m_security), m_security);
    mailForm->addRow(QString(), m_allowUnencrypted);
    mailForm->addRow(label(tr("&User name:"), m_user), m_user);
    mailForm->addRow(label(tr("Sender's &name:"), m_senderName), m_senderName);
    mailForm->addRow(label(tr("Sender's &address:"), m_senderAddress), m_senderAddress);
    mailForm->addRow(label(tr("&Wait for the server:"), m_timeout), m_timeout);
    auto *passwordNote = new QLabel(tr("The password is asked for when a message is sent and kept only until "
                                       "Pykälä is closed, never on disk."));
    passwordNote->setWordWrap(true);
    auto *testRow = new QHBoxLayout;
    testRow->addWidget(m_test);
    testRow->addWidget(m_testResult, 1);
    mailForm->addRow(passwordNote);
    mailForm->addRow(testRow);
    m_serverFields = {m_host, m_port, m_security, m_allowUnencrypted, m_user, m_senderName, m_senderAddress, m_timeout,
                      m_test};
    updateMailFields();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(certificatesBox);
    layout->addWidget(mail);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    setMinimumWidth(600);
    listCertificates();
}

QString PreferencesDialog::language() const
{
    return m_language->currentData().toString();
}

MailSettings::Way PreferencesDialog::mailWay() const
{
    return MailSettings::Way(m_way->currentData().toInt());
}

SmtpSettings PreferencesDialog::smtpSettings() const
{
    SmtpSettings smtp;
    smtp.host = m_host->text().trimmed();
    smtp.port = m_port->value();
    smtp.security = SmtpSecurity(m_security->currentData().toInt());
    smtp.allowUnencrypted = m_allowUnencrypted->isChecked();
    smtp.user = m_user->text().trimmed();
    smtp.sender = {m_senderName->text().trimmed(), m_senderAddress->text().trimmed()};
    smtp.timeoutSeconds = m_timeout->value();
    return smtp;
}

QString PreferencesDialog::testResult() const
{
    return m_testResult->text();
}

QString PreferencesDialog::error() const
{
    return m_error->isVisibleTo(this) ? m_error->text() : QString();
}

void PreferencesDialog::updateMailFields()
{
    const bool server = mailWay() == MailSettings::Way::Smtp;
    for (QWidget *field : std::as_const(m_serverFields))
        field->setEnabled(server);
    m_allowUnencrypted->setEnabled(server && SmtpSecurity(m_security->currentData().toInt()) == SmtpSecurity::None);
}

void PreferencesDialog::sendTestMessage()
{
    SmtpSettings smtp = smtpSettings();
    if (const Status ready = smtp.check(); !ready) {
        m_testResult->setText(ready.error());
        return;
    }
    const auto password = SmtpSending::password(this, smtp);
    if (!password)
        return;
    smtp.password = *password;
    MailMessage message;
    message.from = smtp.sender;
    message.to = smtp.sender;
    message.subject = tr("Pykälä: test message");
    message.text = tr("Pykälä sent this message to try the mail server %1 (port %2, %3). If it arrived, "
                      "invitations can be sent through this server.")
                       .arg(smtp.host)
                       .arg(smtp.port)
                       .arg(m_security->currentText());
    const QList<SmtpClient::Delivery> sent = SmtpSending::send(this, smtp, {message});
    if (!sent.isEmpty() && sent.first().sent())
        m_testResult->setText(tr("A test message was sent to %1: check that it arrived.").arg(smtp.sender.address));
    else
        m_testResult->setText(sent.isEmpty() ? tr("The test message was not sent.") : sent.first().problem);
}

void PreferencesDialog::accept()
{
    const SmtpSettings smtp = smtpSettings();
    if (mailWay() == MailSettings::Way::Smtp) {
        if (const Status ready = smtp.check(); !ready)
            return showError(m_error, ready.error());
    }
    UiLanguage::setConfigured(language());
    QSettings().setValue(QStringLiteral("signing/nssdb"), QDir::fromNativeSeparators(m_database->text().trimmed()));
    MailSettings::save(mailWay(), smtp);
    showError(m_error, QString());
    QDialog::accept();
}

namespace {

QString databaseOf(const QLineEdit *field)
{
    const QString given = QDir::fromNativeSeparators(field->text().trimmed());
    return given.isEmpty() ? Nss::defaultDatabase() : given;
}

} // namespace

bool PreferencesDialog::listCertificates()
{
    m_certificates->setRowCount(0);
    const QString database = databaseOf(m_database);
    const auto listed = Nss::databaseCertificates(database);
    if (!listed) {
        m_certificatesState->setText(listed.error());
        return false;
    }
    m_certificates->setRowCount(int(listed->size()));
    for (int row = 0; row < listed->size(); ++row) {
        const Nss::Certificate &c = listed->at(row).certificate;
        const QString until = Labels::day(c.validUntil.toLocalTime().date());
        const QStringList cells{c.subject.isEmpty() ? c.nickname : c.subject, c.issuer.section(u',', 0, 0),
                                c.currentlyValid() ? until : tr("%1 (not valid now)").arg(until),
                                listed->at(row).hasKey ? tr("yours, with its key") : tr("no key")};
        for (int column = 0; column < cells.size(); ++column) {
            auto *cell = new QTableWidgetItem(cells.at(column));
            cell->setToolTip(column == 0 ? c.nickname : column == 1 ? c.issuer : cells.at(column));
            m_certificates->setItem(row, column, cell);
        }
    }
    m_certificatesState->setText(listed->isEmpty() ? tr("The database %1 holds no certificates yet.")
                                                         .arg(QDir::toNativeSeparators(database))
                                                   : tr("The database %1 holds %n certificate(s).", nullptr,
                                                        int(listed->size()))
                                                         .arg(QDir::toNativeSeparators(database)));
    return true;
}

bool PreferencesDialog::importCertificate(const QString &file, const QString &filePassword,
                                          const std::optional<QString> &databasePassword)
{
    const Status imported = Nss::importPkcs12(databaseOf(m_database), file, filePassword, databasePassword);
    listCertificates();
    if (!imported) {
        m_certificatesState->setText(imported.error());
        return false;
    }
    m_certificatesState->setText(tr("Imported %1. %2").arg(QFileInfo(file).fileName(), m_certificatesState->text()));
    return true;
}
