#pragma once

#include <QDialog>

#include <functional>

struct Case;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;
class QTextBrowser;
class Store;

// The case register (Edit › Case Register…): the cases, newest first, found
// by number, title and the text of their items; the chosen case with all its
// handlings in order (body, meeting, §, proposal, decision), its documents
// (each handling's extract and attachments, opened from here), the extracts
// sent with each recipient's day of notification and last day of appeal,
// and its parties. A case is opened, edited, given parties, its extracts
// recorded, and its records destroyed when its retention has run; the task
// classification is kept, and a year's closed cases exported for the archive. Every change goes through
// the Store's API (audited), each in its own transaction.
class CaseWindow : public QDialog
{
    Q_OBJECT

public:
    explicit CaseWindow(Store &store, QWidget *parent = nullptr);

    QLineEdit *searchEdit() const { return m_search; }
    QComboBox *stateFilter() const { return m_state; }
    QTableWidget *caseTable() const { return m_cases; }
    QTextBrowser *caseView() const { return m_view; }
    // What the last change did, or why it was refused.
    QString status() const;
    QString error() const;

    bool selectCase(qint64 caseId);
    qint64 currentCaseId() const;

    // The register's actions, each through its (modal) dialog.
    void openCase();
    void editCase();
    void addParty();
    void recordExtractSent();
    void destroyRecords();
    // The task classification (TaskClassificationDialog, modal).
    void editTaskClassification();
    // The archive package of the cases closed in `year` into a new folder
    // `directory`, with a progress dialog that cancels; asks for both when
    // they are not given.
    void exportForArchive(int year = 0, const QString &directory = {});

    // Asks before destroying (a yes/no question by default); tests answer it.
    void setConfirmation(std::function<bool(const QString &question)> confirm);
    // Reads the register again, keeping the selection.
    void reload();

signals:
    // A case changed: the main window shows it.
    void registerChanged();
    // The user asked to open a handling's item in the main window.
    void itemRequested(qint64 meetingId, qint64 itemId);

private:
    void fillCases();
    void showCase();
    void openLink(const QUrl &link);
    // For the case shown, or none.
    void updateButtons(const Case *shown);
    void report(const QString &message);
    void fail(const QString &message);

    Store &m_store;
    std::function<bool(const QString &)> m_confirm;
    QLineEdit *m_search;
    QComboBox *m_state;
    QTableWidget *m_cases;
    QTextBrowser *m_view;
    QLabel *m_status;
    QPushButton *m_edit;
    QPushButton *m_party;
    QPushButton *m_extract;
    QPushButton *m_destroy;
    QString m_error;
};
