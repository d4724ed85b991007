#include "pdfviewer.h"
#include "watermarkoverlay.h"

#include "documents/watermark.h"

#include "labels.h"
#include "signingsetup.h"

#include <poppler-form.h>
#include <poppler-qt6.h>

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPainter>
#include <QPrinter>
#include <QScrollArea>
#include <QScrollBar>
#include <QSplitter>
#include <QTemporaryFile>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

// One page in the scroll: sized for the zoom, rendered when first painted
// (and again when the zoom changes), with the find matches drawn over it.
class PdfPage : public QWidget
{
public:
    PdfPage(std::unique_ptr<Poppler::Page> page, int number, QWidget *parent)
        : QWidget(parent)
        , m_page(std::move(page))
    {
        setAttribute(Qt::WA_OpaquePaintEvent);
        setAccessibleName(PdfViewer::tr("Page %1").arg(number + 1));
    }

    QSizeF pointSize() const { return m_page->pageSizeF(); }

    void setScale(double scale)
    {
        if (qFuzzyCompare(scale, m_scale))
            return;
        m_scale = scale;
        m_image = QImage();
        setFixedSize((pointSize() * scale).toSize());
    }

    double scale() const { return m_scale; }

    void setHighlights(const QList<QRectF> &rects, int current)
    {
        m_highlights = rects;
        m_current = current;
        update();
    }

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter painter(this);
        const qreal ratio = devicePixelRatioF();
        if (m_image.isNull()) {
            const double dpi = 72.0 * m_scale * ratio;
            m_image = m_page->renderToImage(dpi, dpi);
            m_image.setDevicePixelRatio(ratio);
        }
        painter.fillRect(rect(), Qt::white);
        painter.drawImage(QPointF(0, 0), m_image);
        for (int i = 0; i < m_highlights.size(); ++i) {
            const QRectF r(m_highlights.at(i).topLeft() * m_scale, m_highlights.at(i).size() * m_scale);
            // Matches are outlined as well as shaded: not by colour alone.
            painter.fillRect(r, i == m_current ? QColor(255, 140, 0, 110) : QColor(255, 220, 0, 90));
            painter.setPen(QPen(i == m_current ? QColor(200, 90, 0) : QColor(170, 140, 0), i == m_current ? 2 : 1));
            painter.drawRect(r);
        }
        painter.setPen(QColor(0, 0, 0, 60));
        painter.drawRect(rect().adjusted(0, 0, -1, -1));
    }

private:
    std::unique_ptr<Poppler::Page> m_page; // deleted before its document
    double m_scale = 0;
    QImage m_image;
    QList<QRectF> m_highlights;
    int m_current = -1;
};

PdfViewer::PdfViewer(QWidget *parent)
    : QWidget(parent)
    , m_banner(new QLabel)
    , m_findEdit(new QLineEdit)
    , m_zoomBox(new QComboBox)
    , m_pageLabel(new QLabel)
    , m_thumbnails(new QListWidget)
    , m_scroll(new QScrollArea)
    , m_pagesWidget(new QWidget)
    , m_pagesLayout(new QVBoxLayout(m_pagesWidget))
    , m_thumbnailTimer(new QTimer(this))
{
    auto *toolBar = new QToolBar(tr("Document"));
    toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_findEdit->setPlaceholderText(tr("Find in document"));
    m_findEdit->setAccessibleName(tr("Find in document"));
    m_findEdit->setClearButtonEnabled(true);
    m_findEdit->setMaximumWidth(280);
    toolBar->addWidget(m_findEdit);
    QAction *previous = toolBar->addAction(tr("Previous"), this, [this] { find(m_findEdit->text(), true); });
    previous->setShortcut(QKeySequence::FindPrevious);
    QAction *next = toolBar->addAction(tr("Next"), this, [this] { find(m_findEdit->text()); });
    next->setShortcut(QKeySequence::FindNext);
    connect(m_findEdit, &QLineEdit::returnPressed, this, [this] { find(m_findEdit->text()); });
    QAction *findAction = new QAction(this);
    findAction->setShortcut(QKeySequence::Find);
    connect(findAction, &QAction::triggered, this, [this] {
        m_findEdit->setFocus();
        m_findEdit->selectAll();
    });
    addAction(findAction);
    toolBar->addSeparator();
    m_zoomBox->setAccessibleName(tr("Zoom"));
    m_zoomBox->addItem(tr("Fit width"), 0.0);
    for (const int percent : {50, 75, 100, 125, 150, 200, 300})
        m_zoomBox->addItem(tr("%1 %").arg(percent), percent / 100.0);
    toolBar->addWidget(m_zoomBox);
    connect(m_zoomBox, &QComboBox::activated, this, [this] { setZoom(m_zoomBox->currentData().toDouble()); });
    QAction *zoomIn = toolBar->addAction(tr("Zoom In"), this, [this] { setZoom(std::min(4.0, zoom() * 1.25)); });
    zoomIn->setShortcut(QKeySequence::ZoomIn);
    QAction *zoomOut = toolBar->addAction(tr("Zoom Out"), this, [this] { setZoom(std::max(0.25, zoom() / 1.25)); });
    zoomOut->setShortcut(QKeySequence::ZoomOut);
    auto *spacer = new QWidget;
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    toolBar->addWidget(spacer);
    m_pageLabel->setAccessibleName(tr("Page"));
    toolBar->addWidget(m_pageLabel);

    m_banner->setWordWrap(true);
    m_banner->setMargin(8);
    m_banner->setTextFormat(Qt::RichText);
    m_banner->setAccessibleName(tr("Signatures"));
    m_banner->hide();

    m_thumbnails->setViewMode(QListView::IconMode);
    m_thumbnails->setFlow(QListView::TopToBottom);
    m_thumbnails->setWrapping(false);
    m_thumbnails->setMovement(QListView::Static);
    m_thumbnails->setIconSize(QSize(96, 136));
    m_thumbnails->setSpacing(6);
    // Each page's cell as big as its picture and number from the start:
    // laid out before the pictures are rendered, cells sized by an empty
    // icon would overlap once the pictures came.
    m_thumbnails->setUniformItemSizes(true);
    m_thumbnails->setGridSize(thumbnailSize() + QSize(8, 6));
    m_thumbnails->setAccessibleName(tr("Page thumbnails"));
    m_thumbnails->setMinimumWidth(140);
    m_thumbnails->setMaximumWidth(180);
    connect(m_thumbnails, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0 && row != currentPage())
            goToPage(row);
    });

    m_pagesLayout->setSpacing(12);
    m_pagesLayout->setContentsMargins(12, 12, 12, 12);
    m_pagesLayout->setAlignment(Qt::AlignHCenter);
    m_pagesWidget->setAutoFillBackground(true);
    QPalette palette = m_pagesWidget->palette();
    palette.setColor(QPalette::Window, QColor(0x6b, 0x6e, 0x73));
    m_pagesWidget->setPalette(palette);
    m_scroll->setWidget(m_pagesWidget);
    m_scroll->setWidgetResizable(true);
    m_scroll->setAccessibleName(tr("Pages"));
    m_scroll->viewport()->installEventFilter(this);
    connect(m_scroll->verticalScrollBar(), &QScrollBar::valueChanged, this, &PdfViewer::updateCurrentPage);

    auto *splitter = new QSplitter;
    splitter->addWidget(m_thumbnails);
    splitter->addWidget(m_scroll);
    splitter->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(toolBar);
    layout->addWidget(m_banner);
    layout->addWidget(splitter, 1);

    m_thumbnailTimer->setInterval(0);
    connect(m_thumbnailTimer, &QTimer::timeout, this, &PdfViewer::renderThumbnails);
}

PdfViewer::~PdfViewer()
{
    // The pages hold Poppler pages of the document: they go first.
    qDeleteAll(m_pages);
}

bool PdfViewer::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_scroll->viewport() && event->type() == QEvent::Resize && m_zoom <= 0)
        QTimer::singleShot(0, this, &PdfViewer::relayout);
    return QWidget::eventFilter(watched, event);
}

bool PdfViewer::setPdf(const QByteArray &pdf, QString *error)
{
    auto document = Poppler::Document::loadFromData(pdf);
    if (!document || document->isLocked()) {
        *error = document ? tr("The PDF is protected by a password.") : tr("The file is not a readable PDF.");
        return false;
    }
    for (int i = 0; i < document->numPages(); ++i) {
        if (!document->page(i)) {
            *error = tr("Page %1 of the PDF is damaged and cannot be shown.").arg(i + 1);
            return false;
        }
    }
    document->setRenderHint(Poppler::Document::Antialiasing);
    document->setRenderHint(Poppler::Document::TextAntialiasing);
    qDeleteAll(m_pages);
    m_pages.clear();
    m_thumbnails->clear();
    m_matches.clear();
    m_match = -1;
    m_pdf = pdf;
    m_document = std::move(document);
    for (int i = 0; i < m_document->numPages(); ++i) {
        auto *widget = new PdfPage(m_document->page(i), i, m_pagesWidget);
        m_pagesLayout->addWidget(widget, 0, Qt::AlignHCenter);
        m_pages.append(widget);
        auto *thumb = new QListWidgetItem(QString::number(i + 1));
        thumb->setTextAlignment(Qt::AlignHCenter);
        thumb->setSizeHint(thumbnailSize());
        m_thumbnails->addItem(thumb);
    }
    m_nextThumbnail = 0;
    m_thumbnailTimer->start();
    relayout();
    updateCurrentPage();
    verify();
    return true;
}

QSize PdfViewer::thumbnailSize() const
{
    const QSize icon = m_thumbnails->iconSize();
    return {icon.width() + 16, icon.height() + m_thumbnails->fontMetrics().height() + 8};
}

int PdfViewer::pageCount() const
{
    return int(m_pages.size());
}

double PdfViewer::zoom() const
{
    if (m_zoom > 0 || m_pages.isEmpty())
        return m_zoom > 0 ? m_zoom : 1.0;
    return m_pages.first()->scale();
}

void PdfViewer::setZoom(double zoom)
{
    m_zoom = zoom;
    const int index = m_zoomBox->findData(zoom);
    if (index >= 0)
        m_zoomBox->setCurrentIndex(index);
    else
        m_zoomBox->setCurrentText(tr("%1 %").arg(qRound(zoom * 100)));
    const int page = currentPage();
    relayout();
    goToPage(page);
}

void PdfViewer::relayout()
{
    if (m_pages.isEmpty())
        return;
    const double available = m_scroll->viewport()->width() - 24 - 2;
    for (PdfPage *page : std::as_const(m_pages)) {
        const double scale = m_zoom > 0 ? m_zoom : std::max(0.2, available / page->pointSize().width());
        page->setScale(scale);
    }
    m_pagesWidget->adjustSize();
}

void PdfViewer::renderThumbnails()
{
    // A few at a time, so that a long document opens at once.
    for (int done = 0; done < 4 && m_nextThumbnail < m_pages.size(); ++done, ++m_nextThumbnail) {
        const std::unique_ptr<Poppler::Page> page = m_document->page(m_nextThumbnail);
        const double dpi = 72.0 * m_thumbnails->iconSize().height() / page->pageSizeF().height() * devicePixelRatioF();
        QImage image = page->renderToImage(dpi, dpi);
        image.setDevicePixelRatio(devicePixelRatioF());
        m_thumbnails->item(m_nextThumbnail)->setIcon(QIcon(QPixmap::fromImage(image)));
    }
    if (m_nextThumbnail >= m_pages.size())
        m_thumbnailTimer->stop();
}

int PdfViewer::currentPage() const
{
    const int middle = m_scroll->verticalScrollBar()->value() + m_scroll->viewport()->height() / 3;
    for (int i = 0; i < m_pages.size(); ++i) {
        if (m_pages.at(i)->geometry().bottom() + m_pagesLayout->spacing() >= middle)
            return i;
    }
    return std::max(0, int(m_pages.size()) - 1);
}

void PdfViewer::goToPage(int page)
{
    if (page < 0 || page >= m_pages.size())
        return;
    m_pagesWidget->layout()->activate();
    m_scroll->verticalScrollBar()->setValue(m_pages.at(page)->geometry().top() - m_pagesLayout->spacing());
    updateCurrentPage();
}

void PdfViewer::updateCurrentPage()
{
    const int page = currentPage();
    m_pageLabel->setText(m_pages.isEmpty() ? QString() : tr("Page %1 / %2").arg(page + 1).arg(m_pages.size()));
    if (m_thumbnails->currentRow() != page) {
        const QSignalBlocker blocker(m_thumbnails);
        m_thumbnails->setCurrentRow(page);
    }
    emit currentPageChanged(page);
}

bool PdfViewer::find(const QString &text, bool backwards)
{
    if (!m_document || text.trimmed().isEmpty())
        return false;
    if (text != m_matchText) {
        m_matchText = text;
        m_matches.clear();
        for (int i = 0; i < m_pages.size(); ++i) {
            const std::unique_ptr<Poppler::Page> page = m_document->page(i);
            const QList<QRectF> rects = page->search(text, Poppler::Page::IgnoreCase | Poppler::Page::IgnoreDiacritics);
            for (const QRectF &rect : rects)
                m_matches.append({i, rect});
        }
        m_match = -1;
    }
    if (m_matches.isEmpty()) {
        for (PdfPage *page : std::as_const(m_pages))
            page->setHighlights({}, -1);
        m_pageLabel->setText(tr("Not found: %1").arg(text));
        return false;
    }
    const int count = int(m_matches.size());
    m_match = m_match < 0 ? (backwards ? count - 1 : 0) : (m_match + (backwards ? count - 1 : 1)) % count;
    showMatch();
    return true;
}

void PdfViewer::showMatch()
{
    for (int i = 0; i < m_pages.size(); ++i) {
        QList<QRectF> rects;
        int current = -1;
        for (int m = 0; m < m_matches.size(); ++m) {
            if (m_matches.at(m).page != i)
                continue;
            if (m == m_match)
                current = int(rects.size());
            rects << m_matches.at(m).rect;
        }
        m_pages.at(i)->setHighlights(rects, current);
    }
    const Match &match = m_matches.at(m_match);
    PdfPage *page = m_pages.at(match.page);
    m_pagesWidget->layout()->activate();
    const int y = page->geometry().top() + int(match.rect.top() * page->scale());
    m_scroll->ensureVisible(page->geometry().left() + int(match.rect.left() * page->scale()), y, 40,
                            m_scroll->viewport()->height() / 3);
    updateCurrentPage();
    m_pageLabel->setText(tr("Match %1 of %2 · page %3").arg(m_match + 1).arg(m_matches.size()).arg(match.page + 1));
}

void PdfViewer::verify()
{
    m_verification.reset();
    m_banner->hide();
    bool signedPdf = false;
    for (int i = 0; i < m_pages.size() && !signedPdf; ++i) {
        const auto fields = m_document->page(i)->formFields();
        for (const auto &field : fields)
            signedPdf = signedPdf || field->type() == Poppler::FormField::FormSignature;
    }
    if (!signedPdf)
        return;
    QString problem;
    if (!SigningSetup::ensureDatabase(&problem)) {
        m_banner->setText(tr("This PDF is signed, but its signatures cannot be verified here: %1").arg(problem.toHtmlEscaped()));
        m_banner->show();
        return;
    }
    // Verification reads a file, as an archivist's tool would.
    QTemporaryFile file(QDir::tempPath() + QStringLiteral("/pykala-verify-XXXXXX.pdf"));
    if (!file.open() || file.write(m_pdf) != m_pdf.size() || !file.flush()) {
        m_banner->setText(tr("The signatures could not be verified: %1").arg(file.errorString()));
        m_banner->show();
        return;
    }
    const auto report = Verification::verify(file.fileName());
    if (!report) {
        m_banner->setText(tr("The signatures could not be verified: %1").arg(report.error()));
        m_banner->show();
        return;
    }
    m_verification = *report;
    m_banner->setText(verificationText());
    m_banner->setStyleSheet(report->ok ? QStringLiteral("QLabel { background: #e6f4ea; color: #0d3b1e; }")
                                       : QStringLiteral("QLabel { background: #fdecea; color: #5f2120; }"));
    m_banner->show();
}

QString PdfViewer::verificationText() const
{
    if (!m_verification)
        return {};
    // The verdict in words first (not by colour alone), then each signature.
    QString html = QStringLiteral("<b>%1</b> %2")
                       .arg(m_verification->ok ? tr("✔ Signatures valid.") : tr("✘ Signatures NOT valid."),
                            m_verification->verdict.toHtmlEscaped());
    html += QStringLiteral("<ol style=\"margin:4px 0 0 0\">");
    for (const Verification::Signature &signature : m_verification->signatures) {
        html += QStringLiteral("<li>%1 — %2, %3: %4</li>")
                    .arg(signature.signer.toHtmlEscaped(), signature.role.toHtmlEscaped(),
                         Labels::moment(signature.time.toLocalTime()),
                         Verification::statusText(signature));
    }
    return html + QStringLiteral("</ol>");
}

bool PdfViewer::print(QPrinter *printer, QString *error) const
{
    if (!m_document) {
        *error = tr("There is no document to print.");
        return false;
    }
    QPainter painter;
    if (!painter.begin(printer)) {
        *error = tr("The printer could not be started.");
        return false;
    }
    const QRect target = painter.viewport();
    const int from = printer->fromPage() > 0 ? printer->fromPage() - 1 : 0;
    const int to = printer->toPage() > 0 ? std::min(printer->toPage(), pageCount()) - 1 : pageCount() - 1;
    for (int i = from; i <= to; ++i) {
        if (i > from)
            printer->newPage();
        const std::unique_ptr<Poppler::Page> page = m_document->page(i);
        const double dpi = std::min(300, printer->resolution());
        QImage image = page->renderToImage(dpi, dpi);
        // The mark drawn into the page's image: a printer (or a PDF) need
        // not keep transparency.
        if (!watermark().isEmpty()) {
            QPainter marking(&image);
            Watermark::paint(marking, image.rect(), watermark());
        }
        const QSize size = image.size().scaled(target.size(), Qt::KeepAspectRatio);
        painter.drawImage(QRect(QPoint(0, 0), size), image);
    }
    return painter.end();
}

void PdfViewer::setWatermark(const QString &text)
{
    if (!m_watermark)
        m_watermark = new WatermarkOverlay(m_scroll->viewport());
    m_watermark->setText(text);
}

QString PdfViewer::watermark() const
{
    return m_watermark ? m_watermark->text() : QString();
}
