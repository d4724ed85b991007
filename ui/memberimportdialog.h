#pragma once

#include "exchange/membercsv.h"

#include <QByteArray>
#include <QDialog>

class QLabel;
class QLineEdit;
class QListWidget;
class QProgressDialog;
class QPushButton;
class QStackedWidget;
class QTableWidget;
class Store;

// Members from a spreadsheet saved as CSV (MemberCsv): the file is checked
// against the store first, writing nothing — every problem listed by row
// and column, to read and copy, or what an import would add — and only then
// imported, all of it in one transaction. Both run on the thread that owns
// the store, under a progress dialog that keeps the window painted and can
// cancel (nothing is written then).
class MemberImportDialog : public QDialog
{
    Q_OBJECT

public:
    explicit MemberImportDialog(Store &store, QWidget *parent = nullptr);

    QLineEdit *fileEdit() const { return m_file; }
    QPushButton *checkButton() const { return m_check; }
    QPushButton *importButton() const { return m_import; }
    QTableWidget *problemTable() const { return m_problemTable; }
    QListWidget *personList() const { return m_persons; }
    QLabel *summaryLabel() const { return m_summary; }

    // Reads the file named in the file field and checks it, writing
    // nothing; true when it can be imported.
    bool check();
    // Imports what check() read (not the file as it is now); true when written.
    bool import();
    // Whether anything was imported, and what.
    bool imported() const { return m_imported; }
    QString summary() const;
    // Every problem of the last check, a headline and one line each, as
    // Copy Problems copies them.
    QString problemsText() const;
    // While a check or import runs (the progress dialog is up).
    bool busy() const { return m_busy; }
    QProgressDialog *progressDialog() const { return m_progress; }

    void reject() override;

private:
    MemberCsv::Checked<MemberCsv::Summary> run(bool dryRun);
    void showProblems(const MemberCsv::Problems &problems);
    void showSummary(const MemberCsv::Summary &summary);
    void copySelectedProblems();

    Store &m_store;
    QLineEdit *m_file;
    QPushButton *m_browse;
    QPushButton *m_check;
    QPushButton *m_import;
    QPushButton *m_copy;
    QPushButton *m_close;
    QLabel *m_summary;
    QStackedWidget *m_details;
    QTableWidget *m_problemTable;
    QListWidget *m_persons;
    QProgressDialog *m_progress = nullptr;
    QByteArray m_bytes;          // the file as checked
    MemberCsv::Problems m_problems;
    bool m_checked = false;      // m_bytes passed the check
    bool m_imported = false;
    bool m_busy = false;
};
