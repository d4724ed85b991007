#pragma once

#include "mail/smtpclient.h"
#include "mailsettings.h"

#include <QDialog>

#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;

// Preferences: the language of the user interface, the certificate
// database used for signing, and how invitations are sent by e-mail —
// through the desktop's mail program or an SMTP server (its address,
// port, security, user name and the sender), which Send Test Message
// tries. Accepting keeps them in the settings (the SMTP password never:
// it is asked for when sending); the caller applies the language.
class PreferencesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PreferencesDialog(QWidget *parent = nullptr);

    QComboBox *languageBox() const { return m_language; }
    QLineEdit *certificateDatabaseEdit() const { return m_database; }
    // The certificates of the database shown: holder, issuer, validity,
    // whether it holds the key.
    QTableWidget *certificateTable() const { return m_certificates; }
    // Lists the certificates of the database in the field (or the default);
    // false with the reason shown.
    bool listCertificates();
    // Imports a PKCS#12 file into that database (made when there is none);
    // false with the reason shown. The button asks for the file and the
    // passwords.
    bool importCertificate(const QString &file, const QString &filePassword,
                           const std::optional<QString> &databasePassword);
    // The language chosen ("" for the system's).
    QString language() const;

    QComboBox *mailWayBox() const { return m_way; }
    QLineEdit *smtpHostEdit() const { return m_host; }
    QSpinBox *smtpPortBox() const { return m_port; }
    QComboBox *smtpSecurityBox() const { return m_security; }
    QCheckBox *allowUnencryptedBox() const { return m_allowUnencrypted; }
    QLineEdit *smtpUserEdit() const { return m_user; }
    QLineEdit *senderNameEdit() const { return m_senderName; }
    QLineEdit *senderAddressEdit() const { return m_senderAddress; }
    QSpinBox *smtpTimeoutBox() const { return m_timeout; }
    QPushButton *testMessageButton() const { return m_test; }
    MailSettings::Way mailWay() const;
    // The mail server's settings as the dialog shows them (no password).
    SmtpSettings smtpSettings() const;
    // What Send Test Message said last.
    QString testResult() const;
    QString error() const;

    // Sends a message to the sender's own address with the settings shown,
    // asking for the password (SmtpSending); says how it went below the
    // button.
    void sendTestMessage();
    void accept() override;

private:
    void updateMailFields();

    QComboBox *m_language;
    QLineEdit *m_database;
    QTableWidget *m_certificates;
    QLabel *m_certificatesState;
    QComboBox *m_way;
    QLineEdit *m_host;
    QSpinBox *m_port;
    QComboBox *m_security;
    QCheckBox *m_allowUnencrypted;
    QLineEdit *m_user;
    QLineEdit *m_senderName;
    QLineEdit *m_senderAddress;
    QSpinBox *m_timeout;
    QPushButton *m_test;
    QLabel *m_testResult;
    QLabel *m_error;
    QList<QWidget *> m_serverFields;
};
