#pragma once

#include <QDialog>

#include <memory>

class QCheckBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class Store;

// File › Connect to Server…: a store shared on a PostgreSQL server. The
// server, its port, the database and the user name are remembered for the
// next time; the password never is (nor shown again: libpq also reads it
// from ~/.pgpass). The connection is checked against the server's
// certificate (TLS, verify-full) unless the server is a folder of this
// machine (its Unix socket). Accepting opens the store; a refusal is shown
// in the dialog, which stays open.
class ConnectDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ConnectDialog(QWidget *parent = nullptr);
    ~ConnectDialog() override;

    struct Server
    {
        QString host;     // a name or address, or a folder of this machine's socket
        int port = 5432;
        QString database;
        QString user;
        QString password; // empty: from ~/.pgpass or the environment; the card's PIN with a card
        bool verifyCertificate = true;
        // Signing in with an identity card: its authentication
        // certificate, as a file, and the PKCS#11 address of its key.
        bool card = false;
        QString certificateFile;
        QString cardKey;
    };
    // The libpq connection URI for these fields.
    static QString uri(const Server &server);

    Server server() const;
    QLineEdit *hostEdit() const { return m_host; }
    QSpinBox *portEdit() const { return m_port; }
    QLineEdit *databaseEdit() const { return m_database; }
    QLineEdit *userEdit() const { return m_user; }
    QLineEdit *passwordEdit() const { return m_password; }
    QCheckBox *verifyBox() const { return m_verify; }
    QCheckBox *cardBox() const { return m_card; }
    QLineEdit *addressEdit() const { return m_address; }
    QLineEdit *certificateEdit() const { return m_certificate; }
    QLineEdit *cardKeyEdit() const { return m_cardKey; }
    QString error() const;
    // The store opened by accept().
    std::unique_ptr<Store> takeStore();

    void accept() override;

private:
    void updateAddress();

    QLineEdit *m_host;
    QSpinBox *m_port;
    QLineEdit *m_database;
    QLineEdit *m_user;
    QLineEdit *m_password;
    QCheckBox *m_verify;
    QCheckBox *m_card;
    QLineEdit *m_certificate;
    QLineEdit *m_cardKey;
    QLabel *m_passwordLabel;
    QLineEdit *m_address; // read-only: long with a card, it scrolls
    QLabel *m_error;
    std::unique_ptr<Store> m_store;
};
