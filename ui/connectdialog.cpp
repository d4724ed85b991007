#include "connectdialog.h"

#include "dialogsupport.h"

#include "store/store.h"

#include <QApplication>
#include <QCheckBox>
#include <QDialogButtonBox>
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
    , m_address(new QLabel)
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
    m_address->setWordWrap(true);
    m_address->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *form = new QFormLayout;
    form->addRow(tr("&Server:"), m_host);
    form->addRow(tr("P&ort:"), m_port);
    form->addRow(tr("&Database:"), m_database);
    form->addRow(tr("&User name:"), m_user);
    form->addRow(tr("Pass&word:"), m_password);
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
    for (QLineEdit *edit : {m_host, m_database, m_user})
        connect(edit, &QLineEdit::textChanged, this, &ConnectDialog::updateAddress);
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
    if (!server.user.isEmpty()) {
        uri += encoded(server.user);
        if (!server.password.isEmpty())
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
    }
    return uri + u'?' + parameters.join(u'&');
}

ConnectDialog::Server ConnectDialog::server() const
{
    return {m_host->text().trimmed(), m_port->value(), m_database->text().trimmed(), m_user->text().trimmed(),
            m_password->text(), m_verify->isChecked()};
}

void ConnectDialog::updateAddress()
{
    Server shown = server();
    shown.password.clear();
    m_verify->setEnabled(!shown.host.startsWith(u'/'));
    m_address->setText(uri(shown));
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
    showError(m_error, {});
    m_store = std::move(store.value());
    QDialog::accept();
}
