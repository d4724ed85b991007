#include "helpwindow.h"

#include <QDesktopServices>
#include <QFile>
#include <QImage>
#include <QStatusBar>
#include <QTextBrowser>
#include <QToolBar>
#include <QUrl>

namespace {

// The guide's pictures are screenshots as wide as a window: shown no wider
// than the text, so that the page reads without scrolling sideways.
class GuideBrowser : public QTextBrowser
{
public:
    static constexpr int maxImageWidth = 860;

    QVariant loadResource(int type, const QUrl &name) override
    {
        const QVariant resource = QTextBrowser::loadResource(type, name);
        if (type != QTextDocument::ImageResource)
            return resource;
        QImage image;
        if (resource.canConvert<QByteArray>())
            image.loadFromData(resource.toByteArray());
        if (image.isNull())
            image = qvariant_cast<QImage>(resource);
        if (image.isNull() || image.width() <= maxImageWidth)
            return resource;
        return image.scaledToWidth(maxImageWidth, Qt::SmoothTransformation);
    }
};

} // namespace

HelpWindow::HelpWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_browser(new GuideBrowser)
{
    setWindowTitle(tr("Pykälä User's Guide"));
    m_browser->setAccessibleName(tr("User's guide"));
    m_browser->setOpenLinks(false);
    connect(m_browser, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        if (url.scheme() == u"http" || url.scheme() == u"https" || url.scheme() == u"mailto") {
            QDesktopServices::openUrl(url);
            return;
        }
        const QUrl target = m_browser->source().resolved(url);
        if (target.scheme() == u"qrc" && QFile::exists(QLatin1Char(':') + target.path()))
            m_browser->setSource(target);
        else if (!url.fragment().isEmpty())
            m_browser->scrollToAnchor(url.fragment());
        else
            statusBar()->showMessage(tr("%1 is not part of the user's guide.").arg(url.toString()), 5000);
    });
    QToolBar *bar = addToolBar(tr("Guide"));
    bar->setObjectName(QStringLiteral("guideToolBar"));
    bar->setMovable(false);
    bar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    QAction *back = bar->addAction(tr("Back"), m_browser, &QTextBrowser::backward);
    back->setShortcut(QKeySequence::Back);
    back->setEnabled(false);
    connect(m_browser, &QTextBrowser::backwardAvailable, back, &QAction::setEnabled);
    QAction *close = bar->addAction(tr("Close"), this, &QWidget::close);
    close->setShortcut(QKeySequence::Close);
    setCentralWidget(m_browser);
    resize(960, 820);
}

QUrl HelpWindow::guideFor(QLocale::Language language)
{
    const QString code = QLocale(language).name().section(QLatin1Char('_'), 0, 0);
    const QString translated = QStringLiteral(":/help/user-guide.%1.md").arg(code);
    if (language != QLocale::English && QFile::exists(translated))
        return QUrl(QStringLiteral("qrc") + translated);
    return QUrl(QStringLiteral("qrc:/help/user-guide.md"));
}

void HelpWindow::showGuide()
{
    const QUrl guide = guideFor(QLocale().language());
    if (m_browser->source() != guide) {
        m_browser->setSource(guide, QTextDocument::MarkdownResource);
        m_browser->clearHistory();
    }
}
