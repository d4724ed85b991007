#include "memberimportdialog.h"

#include "store/store.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressDialog>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

MemberImportDialog::MemberImportDialog(Store &store, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_file(new QLineEdit)
    , m_browse(new QPushButton(tr("&Browse…")))
    , m_check(new QPushButton(tr("&Check")))
    , m_import(new QPushButton(tr("&Import")))
    , m_copy(new QPushButton(tr("C&opy Problems")))
    , m_close(new QPushButton(tr("Close")))
    , m_summary(new QLabel)
    , m_details(new QStackedWidget)
    , m_problemTable(new QTableWidget(0, 3))
    , m_persons(new QListWidget)
{
    setWindowTitle(tr("Import Members"));
    auto *intro = new QLabel(tr("Members of bodies from a spreadsheet saved as CSV, one row per membership. The "
                                "header row names the columns, e.g. Toimielin; Etunimi; Sukunimi; Rooli; Varajäsen "
                                "kenelle; Alkaen; Päättyen; Sähköposti (Swedish and English names work too). The "
                                "file is checked first and nothing is written until you press Import; then all of "
                                "it is imported, or nothing."));
    intro->setWordWrap(true);
    m_file->setPlaceholderText(tr("the CSV file, e.g. jasenet.csv"));
    m_browse->setToolTip(tr("Choose the CSV file; it is checked at once"));
    m_check->setToolTip(tr("Reads the file again and checks every row against the store, writing nothing"));
    m_import->setToolTip(tr("Adds the persons and memberships checked, in one transaction"));
    m_import->setEnabled(false);
    m_copy->setToolTip(tr("Copies every problem, a line each, to paste into an e-mail or a note"));
    m_copy->hide();
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->setAccessibleName(tr("Result of the check"));
    m_problemTable->setHorizontalHeaderLabels({tr("Row"), tr("Column"), tr("Problem")});
    m_problemTable->setAccessibleName(tr("Problems of the file"));
    m_problemTable->verticalHeader()->hide();
    m_problemTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_problemTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_problemTable->setWordWrap(true);
    m_problemTable->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_problemTable->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_problemTable->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    auto *copySelected = new QAction(tr("Copy"), m_problemTable);
    copySelected->setShortcut(QKeySequence::Copy);
    copySelected->setShortcutContext(Qt::WidgetShortcut);
    m_problemTable->addAction(copySelected);
    m_persons->setAccessibleName(tr("Persons in the file"));
    m_details->addWidget(m_persons);
    m_details->addWidget(m_problemTable);

    auto *fileLabel = new QLabel(tr("&File:"));
    fileLabel->setBuddy(m_file);
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(fileLabel);
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(m_browse);
    fileRow->addWidget(m_check);
    auto *buttons = new QDialogButtonBox;
    buttons->addButton(m_copy, QDialogButtonBox::ActionRole);
    buttons->addButton(m_import, QDialogButtonBox::AcceptRole);
    buttons->addButton(m_close, QDialogButtonBox::RejectRole);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(fileRow);
    layout->addWidget(m_summary);
    layout->addWidget(m_details, 1);
    layout->addWidget(buttons);
    resize(820, 560);

    connect(m_browse, &QPushButton::clicked, this, [this] {
        const QString start = m_file->text().isEmpty() ? QDir::homePath() : QFileInfo(m_file->text()).absolutePath();
        const QString path = QFileDialog::getOpenFileName(this, tr("Import Members"), start,
                                                          tr("CSV files (*.csv *.txt);;All files (*)"));
        if (path.isEmpty())
            return;
        m_file->setText(QDir::toNativeSeparators(path));
        check();
    });
    connect(m_check, &QPushButton::clicked, this, &MemberImportDialog::check);
    connect(m_file, &QLineEdit::returnPressed, this, &MemberImportDialog::check);
    connect(m_file, &QLineEdit::textEdited, this, [this] {
        m_checked = false;
        m_import->setEnabled(false);
    });
    connect(m_import, &QPushButton::clicked, this, &MemberImportDialog::import);
    connect(m_close, &QPushButton::clicked, this, &MemberImportDialog::reject);
    connect(m_copy, &QPushButton::clicked, this, [this] { QApplication::clipboard()->setText(problemsText()); });
    connect(copySelected, &QAction::triggered, this, &MemberImportDialog::copySelectedProblems);
}

void MemberImportDialog::reject()
{
    if (!m_busy) // the progress dialog's Cancel stops a check or import
        QDialog::reject();
}

QString MemberImportDialog::summary() const
{
    return m_summary->text();
}

QString MemberImportDialog::problemsText() const
{
    return m_problems.message();
}

bool MemberImportDialog::check()
{
    m_checked = false;
    m_import->setEnabled(false);
    const QString path = QDir::fromNativeSeparators(m_file->text().trimmed());
    auto refuse = [this](const QString &message) {
        MemberCsv::Problems problems;
        problems.problems.append({0, 0, {}, message});
        showProblems(problems);
        return false;
    };
    if (path.isEmpty())
        return refuse(tr("Choose the CSV file first."));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return refuse(tr("%1 cannot be read: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    if (const QString problem = MemberCsv::sizeProblem(file.size()); !problem.isEmpty())
        return refuse(problem);
    m_bytes = file.readAll();
    const auto result = run(true);
    if (!result.ok()) {
        showProblems(result);
        return false;
    }
    showSummary(*result.value);
    m_checked = true;
    m_import->setEnabled(result.value->membershipsAdded > 0 || !result.value->personsAdded.isEmpty());
    m_import->setDefault(true);
    return true;
}

bool MemberImportDialog::import()
{
    if (!m_checked || m_imported)
        return false;
    const auto result = run(false);
    m_import->setEnabled(false);
    if (!result.ok()) {
        m_checked = false;
        showProblems(result);
        return false;
    }
    m_imported = true;
    showSummary(*result.value);
    m_close->setDefault(true);
    return true;
}

MemberCsv::Checked<MemberCsv::Summary> MemberImportDialog::run(bool dryRun)
{
    m_busy = true;
    for (QPushButton *button : {m_browse, m_check, m_import, m_close})
        button->setEnabled(false);
    QProgressDialog progress(dryRun ? tr("Checking the file…") : tr("Importing the members…"), tr("Cancel"), 0, 1, this);
    progress.setWindowTitle(windowTitle());
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(400);
    progress.setAutoReset(false);
    progress.setAutoClose(false);
    m_progress = &progress;
    // The check and the writing run here, on the store's own thread; the
    // window is painted and Cancel is heard between rows, at most every
    // few hundredths of a second so that a long file is not slowed.
    QElapsedTimer sinceEvents;
    sinceEvents.start();
    MemberCsv::Options options;
    options.dryRun = dryRun;
    options.progress = [&](MemberCsv::Stage stage, int done, int total) {
        if (sinceEvents.elapsed() >= 30 || done >= total) {
            progress.setLabelText(stage == MemberCsv::Stage::Checking ? tr("Checking row %1 of %2…").arg(done).arg(total)
                                                                      : tr("Writing %1 of %2…").arg(done).arg(total));
            progress.setMaximum(std::max(total, 1));
            progress.setValue(std::min(done, std::max(total, 1)));
            QCoreApplication::processEvents();
            sinceEvents.restart();
        }
        return !progress.wasCanceled();
    };
    auto result = MemberCsv::import(m_store, m_bytes, options);
    m_progress = nullptr;
    m_busy = false;
    for (QPushButton *button : {m_browse, m_check, m_close})
        button->setEnabled(true);
    return result;
}

void MemberImportDialog::showProblems(const MemberCsv::Problems &problems)
{
    m_problems = problems;
    const QString headline = problems.message().section(u'\n', 0, 0);
    m_summary->setText(headline + QLatin1Char(' ')
                       + tr("Put them right in the spreadsheet, save it as CSV again and check it again."));
    m_problemTable->setRowCount(0);
    m_problemTable->setRowCount(int(problems.problems.size()) + (problems.unlistedProblems ? 1 : 0));
    for (int row = 0; row < problems.problems.size(); ++row) {
        const MemberCsv::Problem &problem = problems.problems.at(row);
        const QString where = problem.row == 0 ? tr("file") : problem.row == 1 ? tr("header") : QString::number(problem.row);
        const QString column = !problem.column.isEmpty() ? problem.column
            : problem.columnNumber ? QString::number(problem.columnNumber) : QString();
        m_problemTable->setItem(row, 0, new QTableWidgetItem(where));
        m_problemTable->setItem(row, 1, new QTableWidgetItem(column));
        m_problemTable->setItem(row, 2, new QTableWidgetItem(problem.message));
    }
    if (problems.unlistedProblems)
        m_problemTable->setItem(int(problems.problems.size()), 2,
                                new QTableWidgetItem(tr("… and %n more problem(s)", nullptr, problems.unlistedProblems)));
    m_problemTable->resizeRowsToContents();
    m_details->setCurrentWidget(m_problemTable);
    m_copy->show();
}

void MemberImportDialog::showSummary(const MemberCsv::Summary &summary)
{
    m_problems = {};
    m_copy->hide();
    QStringList lines;
    lines << tr("%n row(s) of members read (%1, separated by \"%2\").", nullptr, summary.rows)
                 .arg(summary.encoding, QString(summary.separator));
    if (summary.written) {
        lines << tr("Imported: %n new person(s),", nullptr, int(summary.personsAdded.size()))
              << tr("%n membership(s) added;", nullptr, summary.membershipsAdded);
    } else {
        lines << tr("An import adds %n new person(s)", nullptr, int(summary.personsAdded.size()))
              << tr("and %n membership(s);", nullptr, summary.membershipsAdded);
    }
    lines << tr("%n person(s) of the file are already in the store,", nullptr, int(summary.personsMatched.size()))
          << tr("%n membership(s) already there are passed over.", nullptr, summary.membershipsSkipped);
    lines << (summary.written ? tr("All of it was written in one transaction.")
                              : tr("Nothing has been written yet: press Import to add them."));
    m_summary->setText(lines.join(u' '));
    m_persons->clear();
    for (const QString &name : summary.personsAdded)
        m_persons->addItem(summary.written ? tr("added: %1").arg(name) : tr("new: %1").arg(name));
    for (const QString &name : summary.personsMatched)
        m_persons->addItem(tr("already in the store: %1").arg(name));
    m_details->setCurrentWidget(m_persons);
}

void MemberImportDialog::copySelectedProblems()
{
    QList<int> rows;
    for (const QModelIndex &index : m_problemTable->selectionModel()->selectedRows())
        rows << index.row();
    std::sort(rows.begin(), rows.end());
    QStringList lines;
    for (const int row : std::as_const(rows)) {
        if (row < m_problems.problems.size())
            lines << m_problems.problems.at(row).text();
    }
    QApplication::clipboard()->setText(lines.join(u'\n'));
}
