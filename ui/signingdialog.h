#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTableWidget;
class Store;

// Signing a meeting's minutes into the decision record: the certificates
// of the database (those not valid today shown but not selectable), the
// password or PIN of the database or token, whose turn it is, and the
// status of each signature the minutes already carry. Each signature is
// verified before it is kept; a refusal says why and keeps nothing.
class SigningDialog : public QDialog
{
    Q_OBJECT

public:
    SigningDialog(Store &store, qint64 meetingId, QWidget *parent = nullptr);
    ~SigningDialog() override;

    QTableWidget *certificateTable() const { return m_certificates; }
    QLabel *turnLabel() const { return m_turn; }
    QLineEdit *passwordEdit() const { return m_password; }
    QListWidget *signatureList() const { return m_signatures; }
    QString message() const;
    // Lists the certificates, unlocking the database or card with the
    // password given; false when none could be read (the reason shown).
    bool listCertificates();
    // Signs with the selected certificate; false with the reason shown.
    bool sign();

signals:
    // The signed minutes as now stored, after each signature.
    void signedMinutesChanged(const QByteArray &pdf);

private:
    void reload();
    void usePasswordField();
    void showMessage(const QString &text, bool problem);

    Store &m_store;
    qint64 m_meetingId;
    QLabel *m_turn;
    QTableWidget *m_certificates;
    QLineEdit *m_password;
    QListWidget *m_signatures;
    QLabel *m_message;
    QPushButton *m_sign;
    qint64 m_turnPerson = 0; // who signs next (a person of the register)
};
