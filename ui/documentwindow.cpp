#include "documentwindow.h"

#include "documentprinting.h"
#include "pdfviewer.h"

#include <QDesktopServices>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QUrl>
#include <QFileDialog>
#include <QMenuBar>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QSaveFile>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>

DocumentWindow::DocumentWindow(const QString &title, const QString &fileName, QWidget *parent)
    : QMainWindow(parent)
    , m_viewer(new PdfViewer)
    , m_fileName(fileName)
{
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowTitle(title);
    resize(1000, 900);
    setCentralWidget(m_viewer);
    QMenu *file = menuBar()->addMenu(tr("&File"));
    m_saveAction = file->addAction(tr("&Save As…"), QKeySequence::SaveAs, this, &DocumentWindow::saveAs);
    file->addAction(tr("&Print…"), QKeySequence::Print, this, [this] { print(false); });
    file->addAction(tr("Print Pre&view…"), this, [this] { print(true); });
    file->addSeparator();
    file->addAction(tr("&Close"), QKeySequence::Close, this, &QWidget::close);
}

bool DocumentWindow::showAttachment(const QString &name, const QString &mediaType, const QByteArray &content,
                                    QWidget *parent, QString *error)
{
    if (mediaType == u"application/pdf") {
        auto *window = new DocumentWindow(name, name, parent);
        if (!window->setPdf(content, error)) {
            delete window;
            *error = tr("%1: %2").arg(name, *error);
            return false;
        }
        window->show();
        return true;
    }
    // A folder of this process's own (mode 0700, removed at exit): the
    // attachment may be confidential.
    static QTemporaryDir folder(QStandardPaths::writableLocation(QStandardPaths::TempLocation)
                                + QStringLiteral("/pykala-preview-XXXXXX"));
    if (!folder.isValid()) {
        *error = tr("%1 could not be written for viewing: %2").arg(name, folder.errorString());
        return false;
    }
    const QString path = folder.filePath(QFileInfo(name).fileName());
    QFile file(path);
    if (file.exists()) { // an earlier preview's copy, kept read-only
        file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        file.remove();
    }
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size()) {
        *error = tr("%1 could not be written for viewing: %2").arg(path, file.errorString());
        return false;
    }
    file.close();
    file.setPermissions(QFileDevice::ReadOwner);
    if (!QDesktopServices::openUrl(QUrl::fromLocalFile(path))) {
        *error = tr("No program is set up to show %1 (%2).").arg(name, mediaType);
        return false;
    }
    return true;
}

void DocumentWindow::protect(const QString &watermark)
{
    m_viewer->setWatermark(watermark);
    m_saveAction->setEnabled(false);
    m_saveAction->setToolTip(tr("A confidential attachment of your package is not saved as a file."));
}

bool DocumentWindow::savingAllowed() const
{
    return m_saveAction->isEnabled();
}

bool DocumentWindow::setPdf(const QByteArray &pdf, QString *error)
{
    if (!m_viewer->setPdf(pdf, error))
        return false;
    statusBar()->showMessage(tr("%n page(s)", nullptr, m_viewer->pageCount()));
    return true;
}

void DocumentWindow::saveAs()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(this, tr("Save As"), folder + QLatin1Char('/') + m_fileName,
                                                      tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return;
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly) || out.write(m_viewer->pdf()) != m_viewer->pdf().size() || !out.commit()) {
        QMessageBox::warning(this, tr("Save As"), tr("%1 could not be written: %2").arg(path, out.errorString()));
        return;
    }
    statusBar()->showMessage(tr("Saved %1").arg(path), 5000);
}

void DocumentWindow::print(bool preview)
{
    if (m_official) {
        if (preview)
            DocumentPrinting::preview(*m_official, this);
        else
            DocumentPrinting::printWithDialog(*m_official, this);
        return;
    }
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setFullPage(true);
    auto printPages = [this](QPrinter *target) {
        QString error;
        if (!m_viewer->print(target, &error))
            QMessageBox::warning(this, tr("Print"), error);
    };
    if (preview) {
        QPrintPreviewDialog dialog(&printer, this);
        connect(&dialog, &QPrintPreviewDialog::paintRequested, this, printPages);
        dialog.exec();
        return;
    }
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() == QDialog::Accepted)
        printPages(&printer);
}
