#pragma once

#include "store/store.h"

#include <QDialog>

#include <optional>

class QLabel;
class QLineEdit;
class QRadioButton;

// File › Copy Store To…: the whole store, its history included, copied
// into a new store — an SQLite file that does not exist yet, or an empty
// PostgreSQL database — and checked against this one (Store::copyTo). The
// copy runs under a progress dialog that can stop it; stopped or failed,
// nothing of it is kept, and the dialog stays open with what went wrong.
// The store copied is read over a connection of its own, never written.
class CopyStoreDialog : public QDialog
{
    Q_OBJECT

public:
    explicit CopyStoreDialog(const Store &store, QWidget *parent = nullptr);

    QRadioButton *fileButton() const { return m_toFile; }
    QRadioButton *serverButton() const { return m_toServer; }
    QLineEdit *fileEdit() const { return m_file; }
    QLineEdit *serverEdit() const { return m_server; }
    QString error() const;
    // What the copy made, once it succeeded.
    const std::optional<StoreCopySummary> &summary() const { return m_summary; }

    void accept() override;

private:
    void chooseFile();
    void updateFields();

    const Store &m_store;
    QRadioButton *m_toFile;
    QRadioButton *m_toServer;
    QLineEdit *m_file;
    QLineEdit *m_server;
    QLabel *m_error;
    std::optional<StoreCopySummary> m_summary;
};
