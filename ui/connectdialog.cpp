#include "connectdialog.h"

#include "dialogsupport.h"

#include "store/store.h"

#include <QApplication>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QUrl>
#include <QVBoxLayout>

using DialogSupport::errorLabel;
using DialogSupport::showError;

namespace {

QString encoded(const QString &text)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(text));
}

} // namespace

ConnectDialog::ConnectDialog(QWidget *parent)
    : QDialog(parent)
    , m_host(new QLineEdit)
    , m_port(new QSpinBox)
    , m_database(new QLineEdit)
    , m_user(new QLineEdit)
    , m_password(new QLineEdit)
    , m_verify(new QCheckBox(tr("&Check the server's certificate (encrypted connection)")))
    , m_card(new QCheckBox(tr("Sign in with my identity &card")))
    , m_certificate(new QLineEdit)
    , m_cardKey(new QLineEdit)
    , m_passwordLabel(new QLabel(tr("Pass&word:")))
    , m_address(new QLineEdit)
    , m_error(errorLabel())
{
    setWindowTitle(tr("Connect to Server"));
    const QSettings settings;
    m_host->setText(settings.value(QStringLiteral("server/host")).toString());
    m_host->setPlaceholderText(tr("e.g. paatokset.kunta.fi"));
    m_host->setAccessibleName(tr("Server"));
    m_port->setRange(1, 65535);
    m_port->setValue(settings.value(QStringLiteral("server/port"), 5432).toInt());
    m_port->setAccessibleName(tr("Port"));
    m_database->setText(settings.value(QStringLiteral("server/database")).toString());
    m_database->setPlaceholderText(tr("e.g. kunta"));
    m_database->setAccessibleName(tr("Database"));
    m_user->setText(settings.value(QStringLiteral("server/user"), qEnvironmentVariable("USER")).toString());
    m_user->setAccessibleName(tr("User name"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("from ~/.pgpass when left empty"));
    m_password->setAccessibleName(tr("Password"));
    m_verify->setChecked(settings.value(QStringLiteral("server/verify"), true).toBool());
    // The card: its certificate as a file, its key by its PKCS#11 address;
    // the PIN goes in the password's field and is never kept.
    m_card->setChecked(settings.value(QStringLiteral("server/card"), false).toBool());
    m_certificate->setText(settings.value(QStringLiteral("server/cardCertificate")).toString());
    m_certificate->setPlaceholderText(tr("the card's authentication certificate, e.g. ~/kortti.crt"));
    m_certificate->setAccessibleName(tr("Card certificate"));
    m_cardKey->setText(settings.value(QStringLiteral("server/cardKey"), QStringLiteral("type=private")).toString());
    m_cardKey->setAccessibleName(tr("Key on the card"));
    m_cardKey->setToolTip(tr("The PKCS#11 address of the card's authentication key, e.g. "
                             "token=HENKILOKORTTI;object=todentaminen;type=private"));
    m_address->setReadOnly(true);
    m_address->setAccessibleName(tr("Address"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Server:"), m_host);
    form->addRow(tr("P&ort:"), m_port);
    form->addRow(tr("&Database:"), m_database);
    form->addRow(tr("&User name:"), m_user);
    form->addRow(QString(), m_card);
    auto *certificateRow = new QHBoxLayout;
    certificateRow->addWidget(m_certificate, 1);
    auto *browse = new QPushButton(tr("&Browse…"));
    browse->setAccessibleName(tr("Choose the card certificate"));
    certificateRow->addWidget(browse);
    auto *certificateLabel = new QLabel(tr("Card c&ertificate:"));
    certificateLabel->setBuddy(m_certificate);
    form->addRow(certificateLabel, certificateRow);
    form->addRow(tr("&Key on the card:"), m_cardKey);
    m_passwordLabel->setBuddy(m_password);
    form->addRow(m_passwordLabel, m_password);
    form->addRow(QString(), m_verify);
    form->addRow(tr("Address:"), m_address);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("C&onnect"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    auto *note = new QLabel(tr("A store shared on the municipality's PostgreSQL server. Ask its administrator for "
                               "the server, the database and your user name."));
    note->setWordWrap(true);
    layout->addWidget(note);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getOpenFileName(this, tr("Card Certificate"), m_certificate->text(),
                                                          tr("Certificates (*.crt *.pem *.cer);;All files (*)"));
        if (!file.isEmpty())
            m_certificate->setText(file);
    });
    for (QLineEdit *edit : {m_host, m_database, m_user, m_certificate, m_cardKey})
        connect(edit, &QLineEdit::textChanged, this, &ConnectDialog::updateAddress);
    connect(m_card, &QCheckBox::toggled, this, &ConnectDialog::updateAddress);
    connect(m_port, &QSpinBox::valueChanged, this, &ConnectDialog::updateAddress);
    connect(m_verify, &QCheckBox::toggled, this, &ConnectDialog::updateAddress);
    updateAddress();
    resize(qMax(sizeHint().width(), 480), sizeHint().height());
}

ConnectDialog::~ConnectDialog() = default;

QString ConnectDialog::uri(const Server &server)
{
    // A folder is this machine's socket: given as the host parameter, with
    // no TLS (nothing leaves the machine).
    const bool socket = server.host.startsWith(u'/');
    QString uri = QStringLiteral("postgresql://");
    const bool card = server.card && !socket;
    if (!server.user.isEmpty()) {
        uri += encoded(server.user);
        if (!server.password.isEmpty() && !card)
            uri += u':' + encoded(server.password);
        uri += u'@';
    }
    if (!socket)
        uri += server.host.contains(u':') ? u'[' + server.host + u']' : encoded(server.host);
    if (!socket && server.port != 5432)
        uri += u':' + QString::number(server.port);
    uri += u'/' + encoded(server.database);
    QStringList parameters;
    if (socket) {
        parameters << QStringLiteral("host=") + encoded(server.host);
        if (server.port != 5432)
            parameters << QStringLiteral("port=%1").arg(server.port);
    } else {
        // Unchecked, still encrypted: never a password in clear.
        parameters << QStringLiteral("sslmode=%1").arg(server.verifyCertificate ? QStringLiteral("verify-full")
                                                                                : QStringLiteral("require"));
        // The card's key through OpenSSL's pkcs11 engine, with its PIN.
        if (server.card) {
            QString key = QStringLiteral("pkcs11:") + server.cardKey;
            if (!server.password.isEmpty())
                key += QStringLiteral(";pin-value=") + server.password;
            parameters << QStringLiteral("sslcert=") + encoded(server.certificateFile)
                       << QStringLiteral("sslkey=") + encoded(QStringLiteral("pkcs11:") + key);
        }
    }
    return uri + u'?' + parameters.join(u'&');
}

ConnectDialog::Server ConnectDialog::server() const
{
    return {m_host->text().trimmed(), m_port->value(), m_database->text().trimmed(), m_user->text().trimmed(),
            m_password->text(), m_verify->isChecked(), m_card->isChecked(),
            QDir::fromNativeSeparators(m_certificate->text().trimmed()), m_cardKey->text().trimmed()};
}

void ConnectDialog::updateAddress()
{
    Server shown = server();
    shown.password.clear();
    m_verify->setEnabled(!shown.host.startsWith(u'/'));
    m_certificate->setEnabled(shown.card);
    m_cardKey->setEnabled(shown.card);
    m_passwordLabel->setText(shown.card ? tr("&PIN:") : tr("Pass&word:"));
    m_password->setAccessibleName(shown.card ? tr("PIN") : tr("Password"));
    m_password->setPlaceholderText(shown.card ? tr("the PIN of the card's authentication key")
                                              : tr("from ~/.pgpass when left empty"));
    m_address->setText(uri(shown));
    m_address->setCursorPosition(0);

}

QString ConnectDialog::error() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

std::unique_ptr<Store> ConnectDialog::takeStore()
{
    return std::move(m_store);
}

void ConnectDialog::accept()
{
    const Server given = server();
    if (given.host.isEmpty() || given.database.isEmpty())
        return showError(m_error, tr("Give the server and the database."));
    if (given.card && (given.certificateFile.isEmpty() || given.password.isEmpty()))
        return showError(m_error, tr("Signing in with a card needs its certificate file and its PIN."));
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto store = Store::open(uri(given));
    QApplication::restoreOverrideCursor();
    if (!store)
        return showError(m_error, store.error());
    QSettings settings;
    settings.setValue(QStringLiteral("server/host"), given.host);
    settings.setValue(QStringLiteral("server/port"), given.port);
    settings.setValue(QStringLiteral("server/database"), given.database);
    settings.setValue(QStringLiteral("server/user"), given.user);
    settings.setValue(QStringLiteral("server/verify"), given.verifyCertificate);
    settings.setValue(QStringLiteral("server/card"), given.card);
    settings.setValue(QStringLiteral("server/cardCertificate"), given.certificateFile);
    settings.setValue(QStringLiteral("server/cardKey"), given.cardKey);
    showError(m_error, {});
    m_store = std::move(store.value());
    QDialog::accept();
}
