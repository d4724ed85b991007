#include "documentprinting.h"

#include "documents/documentrenderer.h"

#include <QCoreApplication>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>

namespace DocumentPrinting {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("DocumentPrinting", text);
}

} // namespace

Result<int> print(const OfficialDocument &document, QPrinter *printer)
{
    printer->setFullPage(true); // the layout has its own margins
    printer->setDocName(document.title);
    printer->setCreator(QStringLiteral("Pykälä"));
    return DocumentRenderer::paint(document, printer);
}

void preview(const OfficialDocument &document, QWidget *parent)
{
    QPrinter printer(QPrinter::HighResolution);
    QPrintPreviewDialog dialog(&printer, parent);
    dialog.setWindowTitle(tr("Print Preview – %1").arg(document.title));
    QObject::connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog, [&](QPrinter *target) {
        if (const auto printed = print(document, target); !printed)
            QMessageBox::critical(&dialog, tr("Pykälä"), printed.error());
    });
    dialog.exec();
}

bool printWithDialog(const OfficialDocument &document, QWidget *parent)
{
    QPrinter printer(QPrinter::HighResolution);
    QPrintDialog dialog(&printer, parent);
    dialog.setWindowTitle(tr("Print %1").arg(document.title));
    if (dialog.exec() != QDialog::Accepted)
        return false;
    const auto printed = print(document, &printer);
    if (!printed)
        QMessageBox::critical(parent, tr("Pykälä"), printed.error());
    return printed.ok();
}

} // namespace DocumentPrinting
