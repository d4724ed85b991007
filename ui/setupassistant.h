#pragma once

#include "model/organisation.h"
#include "procedure/bodytemplates.h"

#include <QWizard>

#include <memory>
#include <optional>

class BodyForm;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QListWidgetItem;
class QPlainTextEdit;
class QPushButton;
class QTextBrowser;
class Store;

// File › New Store: a new store set up step by step — the organisation,
// the registry and administrative court its appeal instructions name, and
// its bodies from templates (council, executive board, the usual
// committees, the audit committee), each ticked and edited. Nothing is
// written until Finish; then the store file is made and everything goes in
// one transaction. A refusal leaves no file behind and the assistant open
// with the reason.
class SetupAssistant : public QWizard
{
    Q_OBJECT

public:
    enum Page { OrganisationPage, RegistryPage, BodiesPage, SummaryPage };

    // `path`: the store file to make, which must not exist.
    explicit SetupAssistant(const QString &path, QWidget *parent = nullptr);
    ~SetupAssistant() override;

    QString path() const { return m_path; }

    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *swedishNameEdit() const { return m_swedishName; }
    QLineEdit *businessIdEdit() const { return m_businessId; }
    QComboBox *languageBox() const { return m_language; }
    QLineEdit *logoEdit() const { return m_logo; }
    QPlainTextEdit *addressEdit() const { return m_address; }
    QLineEdit *postalCodeEdit() const { return m_postalCode; }
    QLineEdit *localityEdit() const { return m_locality; }
    QLineEdit *emailEdit() const { return m_email; }
    QComboBox *courtBox() const { return m_court; }
    // The bodies offered, each with its check box; the current one is
    // edited in bodyForm().
    QListWidget *bodyList() const { return m_bodyList; }
    BodyForm *bodyForm() const { return m_bodyForm; }
    QPushButton *addBodyButton() const { return m_addBody; }
    QTextBrowser *summaryView() const { return m_summary; }
    // Why the page shown cannot be left, or why Finish failed.
    QString error() const;

    // The bodies ticked, as they will be added.
    QList<Body> chosenBodies() const;
    // The organisation as it will be stored.
    Organisation organisation() const;

    // Reads a logo image; false with the reason shown.
    bool setLogoFile(const QString &path);

    // The store made at Finish, for the main window to open.
    std::unique_ptr<Store> takeStore();

    bool validateCurrentPage() override;
    void initializePage(int id) override;

private:
    QWizardPage *organisationPage();
    QWizardPage *registryPage();
    QWizardPage *bodiesPage();
    QWizardPage *summaryPage();
    void fillTemplates();
    void showBody(QListWidgetItem *item);
    void storeBody();
    void showError(const QString &message);
    QString check(int page) const;
    bool create();

    QString m_path;
    std::unique_ptr<Store> m_store;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_swedishName = nullptr;
    QLineEdit *m_businessId = nullptr;
    QComboBox *m_language = nullptr;
    QLineEdit *m_logo = nullptr;
    QLabel *m_logoPreview = nullptr;
    QPlainTextEdit *m_address = nullptr;
    QLineEdit *m_postalCode = nullptr;
    QLineEdit *m_locality = nullptr;
    QLineEdit *m_email = nullptr;
    QComboBox *m_court = nullptr;
    QListWidget *m_bodyList = nullptr;
    BodyForm *m_bodyForm = nullptr;
    QPushButton *m_addBody = nullptr;
    QTextBrowser *m_summary = nullptr;
    QList<QLabel *> m_errors; // one per page
    QList<Body> m_bodies; // by row of the body list
    QListWidgetItem *m_shownBody = nullptr;
    std::optional<BodyTemplates::Form> m_templateForm; // the names the list was filled with
    QByteArray m_logoBytes;
    QString m_logoType;
};
