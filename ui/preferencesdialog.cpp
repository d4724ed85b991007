#include "preferencesdialog.h"

#include "signing/nss.h"
#include "uilanguage.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

PreferencesDialog::PreferencesDialog(QWidget *parent)
    : QDialog(parent)
    , m_language(new QComboBox)
    , m_database(new QLineEdit)
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
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(buttons);
    setMinimumWidth(520);
}

QString PreferencesDialog::language() const
{
    return m_language->currentData().toString();
}

void PreferencesDialog::accept()
{
    UiLanguage::setConfigured(language());
    QSettings().setValue(QStringLiteral("signing/nssdb"), QDir::fromNativeSeparators(m_database->text().trimmed()));
    QDialog::accept();
}
