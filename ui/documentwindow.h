#pragma once

#include "documents/officialdocument.h"

#include <QMainWindow>

#include <optional>

class PdfViewer;

// A window showing one PDF — an agenda or minutes as made from the record,
// signed minutes, or an attachment — with saving, printing and print
// preview. An official document made here prints through its own layout
// (DocumentPrinting); any other PDF prints page by page as rendered.
class DocumentWindow : public QMainWindow
{
    Q_OBJECT

public:
    DocumentWindow(const QString &title, const QString &fileName, QWidget *parent = nullptr);

    // Shows an attachment: a PDF in a new document window, anything else in
    // the program the desktop has for it, from a private read-only copy.
    // False with the reason.
    static bool showAttachment(const QString &name, const QString &mediaType, const QByteArray &content,
                               QWidget *parent, QString *error);

    // Shows the PDF; false with the reason (the window then stays closed).
    bool setPdf(const QByteArray &pdf, QString *error);
    void setOfficialDocument(const OfficialDocument &document) { m_official = document; }
    PdfViewer *viewer() const { return m_viewer; }
    // A member's confidential attachment from an encrypted package: the
    // mark over its pages, shown and printed, and no saving of the file
    // itself, which would leave it unencrypted on the disk.
    void protect(const QString &watermark);
    bool savingAllowed() const;

private:
    void saveAs();
    void print(bool preview);

    PdfViewer *m_viewer;
    QString m_fileName;
    std::optional<OfficialDocument> m_official;
    QAction *m_saveAction = nullptr;
};
