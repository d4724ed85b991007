#include "copystoredialog.h"

#include "backgroundwork.h"
#include "dialogsupport.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

#include <limits>

using namespace DialogSupport;

CopyStoreDialog::CopyStoreDialog(const Store &store, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_toFile(new QRadioButton(tr("A new &file:")))
    , m_toServer(new QRadioButton(tr("An empty &PostgreSQL database:")))
    , m_file(new QLineEdit)
    , m_server(new QLineEdit)
    , m_error(errorLabel())
{
    setWindowTitle(tr("Copy Store To"));
    auto *note = new QLabel(tr("The whole store — its register, meetings, signed minutes and audit log — is copied "
                               "into a new store, which is then checked against this one. This store is not "
                               "changed."));
    note->setWordWrap(true);
    m_file->setAccessibleName(tr("New store file"));
    m_server->setAccessibleName(tr("PostgreSQL database address"));
    m_server->setPlaceholderText(QStringLiteral("postgresql://server/database?user=name"));
    auto *choose = new QPushButton(tr("C&hoose…"));
    connect(choose, &QPushButton::clicked, this, &CopyStoreDialog::chooseFile);
    connect(m_toFile, &QRadioButton::toggled, this, &CopyStoreDialog::updateFields);
    m_toFile->setChecked(true);

    auto *targets = new QGridLayout;
    targets->addWidget(m_toFile, 0, 0);
    targets->addWidget(m_file, 0, 1);
    targets->addWidget(choose, 0, 2);
    targets->addWidget(m_toServer, 1, 0);
    targets->addWidget(m_server, 1, 1, 1, 2);
    targets->setColumnStretch(1, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Copy"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(note);
    layout->addLayout(targets);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    setMinimumWidth(560);
}

QString CopyStoreDialog::error() const
{
    return m_error->text();
}

void CopyStoreDialog::chooseFile()
{
    const QString folder = m_store.onServer() ? QDir::homePath() : QFileInfo(m_store.path()).absolutePath();
    QString path = QFileDialog::getSaveFileName(this, tr("Copy Store To"), folder, tr("Pykälä stores (*.sqlite)"),
                                                nullptr, QFileDialog::DontConfirmOverwrite);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".sqlite");
    m_file->setText(QDir::toNativeSeparators(path));
    m_toFile->setChecked(true);
}

void CopyStoreDialog::updateFields()
{
    m_file->setEnabled(m_toFile->isChecked());
    m_server->setEnabled(!m_toFile->isChecked());
}

void CopyStoreDialog::accept()
{
    const bool toFile = m_toFile->isChecked();
    const QString target = toFile ? QDir::fromNativeSeparators(m_file->text().trimmed()) : m_server->text().trimmed();
    if (target.isEmpty())
        return showError(m_error, toFile ? tr("Choose the file to copy the store into.")
                                         : tr("Give the address of the PostgreSQL database, e.g. "
                                              "postgresql://server/database?user=name."));
    if (toFile && Store::isServerLocation(target))
        return showError(m_error, tr("That is the address of a database: choose \"An empty PostgreSQL database\" "
                                     "for it."));
    if (!toFile && !Store::isServerLocation(target))
        return showError(m_error, tr("A PostgreSQL database's address begins with postgresql://, e.g. "
                                     "postgresql://server/database?user=name."));
    if (toFile && QFileInfo::exists(target))
        return showError(m_error, tr("%1 exists already, and a copy never replaces a file. Choose another name.")
                                      .arg(QDir::toNativeSeparators(target)));
    showError(m_error, QString());

    // The store copied is read on the work's own thread, over a connection
    // of its own that writes nothing.
    const QString source = m_store.path();
    const QLocale locale;
    std::optional<StoreCopySummary> summary;
    const Status copied = BackgroundWork::run(
        this, tr("Copying the store…"), true, [&](BackgroundWork::Progress &progress) -> Status {
            const auto opened = Store::open(source, Store::Mode::ReadOnly);
            if (!opened)
                return Failure{opened.error()};
            const auto made = opened.value()->copyTo(target, [&](qint64 done, qint64 total) {
                // The dialog counts in int: very large counts in thousands.
                const qint64 scale = total > std::numeric_limits<int>::max() ? 1000 : 1;
                progress.step(int(done / scale), int(total / scale),
                              done < total ? tr("Copying the store: %1 of %2 rows…")
                                                 .arg(locale.toString(done), locale.toString(total))
                                           : tr("Checking the copy…"));
                return !progress.stopped();
            });
            if (!made)
                return Failure{made.error()};
            summary = *made;
            return success();
        });
    if (!copied)
        return showError(m_error, copied.error());
    m_summary = summary;
    QDialog::accept();
}
