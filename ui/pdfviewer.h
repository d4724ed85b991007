#pragma once

#include "signing/verification.h"

#include <QWidget>

#include <memory>
#include <optional>

namespace Poppler {
class Document;
}
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPrinter;
class QScrollArea;
class QTimer;
class QVBoxLayout;
class PdfPage;
class WatermarkOverlay;

// A PDF viewer on Poppler: pages one below the other in a continuous
// scroll, page thumbnails beside them, zoom (and fit to width), finding
// text with the matches highlighted, and — for a signed PDF — the
// verification of its signatures shown above the pages as it opens.
class PdfViewer : public QWidget
{
    Q_OBJECT

public:
    explicit PdfViewer(QWidget *parent = nullptr);
    ~PdfViewer() override;

    // Shows a PDF; false with the reason when it cannot be read.
    bool setPdf(const QByteArray &pdf, QString *error);
    QByteArray pdf() const { return m_pdf; }
    int pageCount() const;
    int currentPage() const;  // from 0
    void goToPage(int page);

    // 1.0 is 100 %; 0 fits the page width to the view.
    void setZoom(double zoom);
    double zoom() const;

    // Finds the next (or previous) match from the current one; false
    // when the text is nowhere in the document.
    bool find(const QString &text, bool backwards = false);
    int matchCount() const { return int(m_matches.size()); }

    // The verification of the document's signatures, when it has any.
    const std::optional<Verification::Report> &verification() const { return m_verification; }
    QString verificationText() const;

    // Paints every page on the printer, page by page at its resolution.
    bool print(QPrinter *printer, QString *error) const;

    QListWidget *thumbnails() const { return m_thumbnails; }
    // A member's confidential attachment: the mark naming its recipient
    // over the pages shown and printed (Watermark); empty for none.
    void setWatermark(const QString &text);
    QString watermark() const;

signals:
    void currentPageChanged(int page);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void relayout();
    // A page's thumbnail with its number: every cell of the list is this big.
    QSize thumbnailSize() const;
    void renderThumbnails();
    void updateCurrentPage();
    void verify();
    void showMatch();

    QByteArray m_pdf;
    std::unique_ptr<Poppler::Document> m_document;
    QLabel *m_banner;
    QLineEdit *m_findEdit;
    QComboBox *m_zoomBox;
    QLabel *m_pageLabel;
    QListWidget *m_thumbnails;
    QScrollArea *m_scroll;
    QWidget *m_pagesWidget;
    QVBoxLayout *m_pagesLayout;
    QList<PdfPage *> m_pages;
    QTimer *m_thumbnailTimer;
    WatermarkOverlay *m_watermark = nullptr;
    int m_nextThumbnail = 0;
    double m_zoom = 0;   // 0: fit width
    struct Match
    {
        int page;
        QRectF rect;     // in points
    };
    QList<Match> m_matches;
    QString m_matchText;
    int m_match = -1;
    std::optional<Verification::Report> m_verification;
};
