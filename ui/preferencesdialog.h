#pragma once

#include <QDialog>

class QComboBox;
class QLineEdit;

// Preferences: the language of the user interface, and the certificate
// database used for signing. Accepting keeps them in the settings; the
// caller applies the language.
class PreferencesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PreferencesDialog(QWidget *parent = nullptr);

    QComboBox *languageBox() const { return m_language; }
    QLineEdit *certificateDatabaseEdit() const { return m_database; }
    // The language chosen ("" for the system's).
    QString language() const;

    void accept() override;

private:
    QComboBox *m_language;
    QLineEdit *m_database;
};
