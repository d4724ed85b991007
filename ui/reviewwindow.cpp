#include "reviewwindow.h"

#include "documentwindow.h"
#include "labels.h"
#include "navigatormodel.h"
#include "richtextedit.h"
#include "roles.h"

#include "signingsetup.h"
#include "watermarkoverlay.h"

#include "documents/documentrenderer.h"
#include "documents/meetingdocuments.h"
#include "documents/watermark.h"
#include "disclosure/publicview.h"
#include "exchange/meetingpackage.h"
#include "procedure/meetingsession.h"
#include "signing/nss.h"
#include "signing/packageenvelope.h"
#include "store/store.h"
#include "text/richtext.h"

#include <QCloseEvent>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QImage>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSet>
#include <QSplitter>
#include <QStatusBar>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextCursor>
#include <QTextDocument>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>
#include <climits>

namespace {

constexpr int saveDelayMs = 1000;

// One line of a highlight for the list: its words, shortened.
QString quoted(const QString &text)
{
    QString line = QString(text).replace(QChar::ParagraphSeparator, u' ').simplified();
    if (line.size() > 90)
        line = line.left(88) + QStringLiteral("…");
    return QStringLiteral("“%1”").arg(line);
}

QString meetingTime(const Meeting &meeting)
{
    return Labels::moment(meeting.plannedStart);
}

} // namespace

ReviewWindow *ReviewWindow::open(const QString &path, QString *error, QWidget *parent)
{
    if (PackageEnvelope::isEnvelopeFile(path)) {
        if (!SigningSetup::ensureDatabase(error))
            return nullptr;
        // The database or card asks for its password, once a try.
        Nss::setPasswordSource([parent = QPointer<QWidget>(parent)](const QString &token) -> std::optional<QString> {
            bool given = false;
            const QString password = QInputDialog::getText(
                parent.data(), tr("Open Package"),
                tr("The package is opened with your key. Password of %1 (your certificate database or card):").arg(token),
                QLineEdit::Password, QString(), &given);
            if (!given)
                return std::nullopt;
            return password;
        });
    }
    bool expired = false;
    auto opened = MeetingPackage::open(path, QDate::currentDate(), &expired);
    if (!opened) {
        *error = opened.error();
        if (expired) {
            const auto answer = QMessageBox::question(
                parent, tr("Expired Package"),
                tr("%1\n\nDelete the package and your notes on it from this computer now?").arg(opened.error()));
            if (answer == QMessageBox::Yes)
                *error = deleteExpired(path);
        }
        return nullptr;
    }
    return new ReviewWindow(std::move(opened.value()), parent);
}

QString ReviewWindow::deleteExpired(const QString &path)
{
    QStringList problems;
    for (const QString &file : {path, ReviewNotes::pathFor(path)}) {
        if (!QFileInfo::exists(file))
            continue;
        QFile::setPermissions(file, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        if (!QFile::remove(file))
            problems << QDir::toNativeSeparators(file);
    }
    return problems.isEmpty() ? tr("The expired package %1 and your notes on it were deleted.")
                                    .arg(QDir::toNativeSeparators(path))
                              : tr("%1 could not be deleted; delete it yourself.").arg(problems.join(QStringLiteral(", ")));
}

ReviewWindow::ReviewWindow(std::unique_ptr<Store> store, QWidget *parent)
    : ReviewWindow(
          [&] {
              MeetingPackage::Opened opened;
              opened.store = std::move(store);
              const auto info = opened.store->packageInfo();
              if (info)
                  opened.info = *info;
              return opened;
          }(),
          parent)
{
}

ReviewWindow::ReviewWindow(MeetingPackage::Opened opened, QWidget *parent)
    : QMainWindow(parent)
    , m_store(std::move(opened.store))
    , m_opened(std::move(opened))
{
    setAttribute(Qt::WA_DeleteOnClose);
    setObjectName(QStringLiteral("reviewWindow"));
    resize(1280, 860);

    const QString notesPath = ReviewNotes::pathFor(m_store->path());
    auto notes = ReviewNotes::load(notesPath);
    if (notes)
        m_notes = std::move(notes.value());
    else
        m_notesError = notes.error();

    m_banner = new QLabel;
    m_banner->setWordWrap(true);
    m_banner->setTextFormat(Qt::PlainText);
    m_banner->setFrameShape(QFrame::StyledPanel);
    m_banner->setMargin(6);
    m_banner->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_banner->setAccessibleName(tr("About this review"));
    const QString file = QFileInfo(m_store->path()).fileName();
    const QString notesFile = QFileInfo(notesPath).fileName();
    m_banner->setToolTip(QDir::toNativeSeparators(notesPath));
    QString about;
    if (m_opened.info && m_opened.info->audience == Audience::Member) {
        about = tr("Meeting package %1 for %2, made %3. It holds confidential items: keep it to yourself and do not "
                   "pass it on.")
                    .arg(m_opened.info->meetingReference, m_opened.info->recipient,
                         Labels::moment(m_opened.info->madeAt.toLocalTime()));
        setWindowTitle(tr("%1 for %2 — Review").arg(m_opened.info->meetingReference, m_opened.info->recipient));
        if (m_opened.encrypted) {
            about += QLatin1Char(' ')
                + tr("It was encrypted for your key and signed by %1 (certificate from %2%3); it is read from memory "
                     "and can be read until %4.")
                      .arg(m_opened.signer, m_opened.signerIssuer,
                           m_opened.signerTrusted ? QString() : tr(", which your certificate database does not trust"),
                           QLocale().toString(m_opened.info->expires, QLocale::ShortFormat));
        }
    } else if (m_opened.info) {
        about = tr("Public meeting package %1, made %2.")
                    .arg(m_opened.info->meetingReference,
                         Labels::moment(m_opened.info->madeAt.toLocalTime()));
        setWindowTitle(tr("%1 (public) — Review").arg(m_opened.info->meetingReference));
    } else {
        about = tr("The store %1, opened for reading only.").arg(file);
        setWindowTitle(tr("%1 — Review").arg(file));
    }
    about += QLatin1Char(' ')
        + (!m_notesError.isEmpty() ? m_notesError
           : m_opened.info             ? tr("Your notes and highlights are kept on this computer in %1, not in the package.")
                                         .arg(notesFile)
                                   : tr("Your notes and highlights are kept on this computer in %1, not in the store.")
                                         .arg(notesFile));
    m_banner->setText(about);

    m_navigator = new NavigatorModel(*m_store, this);
    m_navigatorView = new QTreeView;
    m_navigatorView->setModel(m_navigator);
    m_navigatorView->setHeaderHidden(true);
    m_navigatorView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_navigatorView->setAccessibleName(tr("Meetings and items"));
    m_navigatorView->setAccessibleDescription(tr("The meetings to review and their agenda items"));

    m_view = new QTextBrowser;
    m_view->setOpenLinks(false);
    m_view->setTextInteractionFlags(Qt::TextBrowserInteraction | Qt::TextSelectableByKeyboard);
    m_view->setAccessibleName(tr("Agenda text"));
    m_view->setAccessibleDescription(tr("The selected item as the agenda presents it; select words to highlight them"));
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_watermark = new WatermarkOverlay(m_view->viewport());

    m_attachments = new QListWidget;
    m_attachments->setAccessibleName(tr("Attachments"));
    m_attachments->setAccessibleDescription(tr("Press Enter to open the attachment"));
    m_attachments->setMaximumHeight(130);
    auto *attachmentsLabel = new QLabel(tr("A&ttachments"));
    attachmentsLabel->setBuddy(m_attachments);
    auto *openButton = new QPushButton(tr("&Open Attachment"));
    openButton->setAccessibleDescription(tr("Opens the selected attachment"));

    auto *middle = new QWidget;
    auto *middleLayout = new QVBoxLayout(middle);
    middleLayout->setContentsMargins(0, 0, 0, 0);
    middleLayout->addWidget(m_view, 1);
    auto *attachmentRow = new QHBoxLayout;
    attachmentRow->addWidget(attachmentsLabel);
    attachmentRow->addStretch();
    attachmentRow->addWidget(openButton);
    middleLayout->addLayout(attachmentRow);
    middleLayout->addWidget(m_attachments);

    m_note = new QPlainTextEdit;
    m_note->setAccessibleName(tr("My notes on this item"));
    m_note->setAccessibleDescription(tr("Kept on this computer only, saved as you type"));
    m_note->setTabChangesFocus(true);
    auto *noteLabel = new QLabel(tr("My &notes on this item"));
    noteLabel->setBuddy(m_note);
    m_noteState = new QLabel;
    m_noteState->setWordWrap(true);
    m_highlights = new QListWidget;
    m_highlights->setWordWrap(true);
    m_highlights->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_highlights->setAccessibleName(tr("My highlights"));
    m_highlights->setAccessibleDescription(tr("Press Enter to show the passage, Delete to remove the highlight"));
    auto *highlightsLabel = new QLabel(tr("My &highlights"));
    highlightsLabel->setBuddy(m_highlights);
    auto *highlightButton = new QPushButton(tr("Highlight &Selection"));
    auto *removeButton = new QPushButton(tr("&Remove Highlight"));

    auto *right = new QWidget;
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(noteLabel);
    rightLayout->addWidget(m_note, 2);
    rightLayout->addWidget(m_noteState);
    rightLayout->addWidget(highlightsLabel);
    rightLayout->addWidget(m_highlights, 1);
    auto *highlightRow = new QHBoxLayout;
    highlightRow->addWidget(highlightButton);
    highlightRow->addWidget(removeButton);
    rightLayout->addLayout(highlightRow);

    auto *splitter = new QSplitter;
    splitter->addWidget(m_navigatorView);
    splitter->addWidget(middle);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 3);
    splitter->setStretchFactor(2, 1);
    splitter->setSizes({280, 680, 320});

    auto *central = new QWidget;
    auto *layout = new QVBoxLayout(central);
    layout->addWidget(m_banner);
    layout->addWidget(splitter, 1);
    setCentralWidget(central);

    m_highlightAction = new QAction(tr("&Highlight Selection"), this);
    m_highlightAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H));
    connect(m_highlightAction, &QAction::triggered, this, [this] {
        QString error;
        if (!highlightSelection(&error))
            setStatus(error);
    });
    m_removeHighlightAction = new QAction(tr("&Remove Highlight"), this);
    m_removeHighlightAction->setShortcut(QKeySequence::Delete);
    m_removeHighlightAction->setShortcutContext(Qt::WidgetShortcut);
    m_highlights->addAction(m_removeHighlightAction);
    connect(m_removeHighlightAction, &QAction::triggered, this, &ReviewWindow::removeHighlight);
    m_view->addAction(m_highlightAction);
    connect(highlightButton, &QPushButton::clicked, m_highlightAction, &QAction::trigger);
    connect(removeButton, &QPushButton::clicked, m_removeHighlightAction, &QAction::trigger);
    connect(m_highlightAction, &QAction::changed, highlightButton,
            [this, highlightButton] { highlightButton->setEnabled(m_highlightAction->isEnabled()); });
    connect(m_removeHighlightAction, &QAction::changed, removeButton,
            [this, removeButton] { removeButton->setEnabled(m_removeHighlightAction->isEnabled()); });

    buildMenus();

    setTabOrder(m_navigatorView, m_view);
    setTabOrder(m_view, m_attachments);
    setTabOrder(m_attachments, openButton);
    setTabOrder(openButton, m_note);
    setTabOrder(m_note, m_highlights);
    setTabOrder(m_highlights, highlightButton);
    setTabOrder(highlightButton, removeButton);

    m_saveTimer.setSingleShot(true);
    m_saveTimer.setInterval(saveDelayMs);
    connect(&m_saveTimer, &QTimer::timeout, this, [this] {
        QString error;
        saveNotes(&error);
    });
    connect(m_note, &QPlainTextEdit::textChanged, this, &ReviewWindow::noteEdited);
    connect(m_view, &QTextEdit::selectionChanged, this, &ReviewWindow::updateActions);
    connect(m_highlights, &QListWidget::currentRowChanged, this, &ReviewWindow::updateActions);
    connect(m_highlights, &QListWidget::itemActivated, this, &ReviewWindow::showHighlight);
    connect(m_attachments, &QListWidget::itemActivated, this, &ReviewWindow::openAttachment);
    connect(openButton, &QPushButton::clicked, this, &ReviewWindow::openAttachment);
    connect(m_attachments, &QListWidget::currentRowChanged, openButton, [this, openButton] {
        openButton->setEnabled(m_attachments->currentRow() >= 0);
    });
    openButton->setEnabled(false);

    QString error;
    if (!m_navigator->reload(&error))
        setStatus(error);
    connect(m_navigatorView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &index) { showSelection(index); });
    showNothing();
    if (m_opened.info)
        selectMeeting(m_opened.info->meetingId);
    else if (m_navigator->rowCount() > 0)
        m_navigatorView->expand(m_navigator->index(0, 0));
}

ReviewWindow::~ReviewWindow()
{
    // Whatever was typed last, also when the window is deleted unclosed.
    takeNote();
    // The widgets and the navigator hold the store: they go first.
    delete takeCentralWidget();
    delete m_navigator;
}

void ReviewWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&Open for Review…"), QKeySequence::Open, this, &ReviewWindow::openOther);
    m_agendaAction = file->addAction(tr("&Agenda as PDF"), this, &ReviewWindow::openAgenda);
    file->addSeparator();
    file->addAction(tr("&Close"), QKeySequence::Close, this, &QWidget::close);
    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *copy = edit->addAction(tr("&Copy"), QKeySequence::Copy, m_view, &QTextEdit::copy);
    copy->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    edit->addAction(tr("Select &All"), QKeySequence::SelectAll, m_view, &QTextEdit::selectAll)
        ->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    edit->addSeparator();
    edit->addAction(m_highlightAction);
    edit->addAction(m_removeHighlightAction);
}

bool ReviewWindow::selectMeeting(qint64 meetingId)
{
    const QModelIndex index = m_navigator->meetingIndex(meetingId);
    if (!index.isValid())
        return false;
    m_navigatorView->expand(index); // its items
    revealInNavigator(m_navigatorView, index);
    return true;
}

bool ReviewWindow::selectItem(qint64 meetingId, qint64 itemId)
{
    const QModelIndex index = m_navigator->itemIndex(meetingId, itemId);
    if (!index.isValid())
        return false;
    revealInNavigator(m_navigatorView, index);
    return true;
}

void ReviewWindow::showSelection(const QModelIndex &index)
{
    takeNote();
    const auto kind = NavigatorModel::Kind(index.data(Roles::NodeKind).toInt());
    if (!index.isValid() || (kind != NavigatorModel::Kind::Item && kind != NavigatorModel::Kind::Meeting))
        return showNothing();
    const qint64 meetingId = index.data(Roles::MeetingId).toLongLong();
    if (kind == NavigatorModel::Kind::Meeting)
        return showMeeting(meetingId);
    const auto item = m_store->agendaItem(index.data(Roles::ItemId).toLongLong());
    const auto meeting = m_store->meeting(meetingId);
    if (!item || !item->has_value() || !meeting || !meeting->has_value()) {
        setStatus(!item ? item.error() : !meeting ? meeting.error() : tr("The item is no longer in the store."));
        return showNothing();
    }
    const auto reference = m_store->meetingReference(meeting->value());
    showItem(item->value(), reference ? *reference : QString());
}

void ReviewWindow::showNothing()
{
    m_showing = true;
    m_item.reset();
    m_itemKey.clear();
    m_parts.clear();
    m_view->clear();
    m_attachments->clear();
    m_note->clear();
    m_note->setEnabled(false);
    m_highlights->clear();
    m_watermark->setText(QString());
    m_showing = false;
    updateActions();
}

void ReviewWindow::showMeeting(qint64 meetingId)
{
    showNothing();
    m_meetingId = meetingId;
    const auto meeting = m_store->meeting(meetingId);
    if (!meeting || !meeting->has_value())
        return setStatus(meeting ? tr("The meeting is no longer in the store.") : meeting.error());
    const auto reference = m_store->meetingReference(meeting->value());
    const auto body = m_store->body(meeting->value().bodyId);
    const auto items = m_store->agendaItems(meetingId);
    if (!reference || !body || !items)
        return setStatus(!reference ? reference.error() : !body ? body.error() : items.error());
    m_meetingReference = *reference;
    const Meeting &m = meeting->value();
    QString html = QStringLiteral("<h2>%1 %2</h2>").arg((body->has_value() ? body->value().name : QString()).toHtmlEscaped(),
                                                         reference->toHtmlEscaped());
    html += QStringLiteral("<p>%1<br>%2<br>%3</p>")
                .arg(tr("Time: %1").arg(meetingTime(m)).toHtmlEscaped(), tr("Place: %1").arg(m.place).toHtmlEscaped(),
                     tr("State: %1").arg(Labels::meetingState(m.state)).toHtmlEscaped());
    html += QStringLiteral("<h3>%1</h3><ol>").arg(tr("Agenda").toHtmlEscaped());
    for (const AgendaItem &item : *items) {
        QString line = item.sectionNumber ? QStringLiteral("§ %1 %2").arg(*item.sectionNumber).arg(item.title) : item.title;
        if (item.publicity != Publicity::Public)
            line += QStringLiteral(" (%1)").arg(Labels::publicity(item.publicity));
        if (!m_notes.item(ReviewNotes::itemKey(*reference, item)).isEmpty())
            line += QStringLiteral(" — %1").arg(tr("my notes"));
        html += QStringLiteral("<li>%1</li>").arg(line.toHtmlEscaped());
    }
    html += QStringLiteral("</ol>");
    // Notes whose item is no longer on this agenda (renamed in a newer
    // package, say): shown, never dropped.
    QSet<QString> present;
    for (const AgendaItem &item : *items)
        present.insert(ReviewNotes::itemKey(*reference, item));
    QString orphans;
    for (const QString &key : m_notes.keys()) {
        const ReviewNotes::ItemNotes notes = m_notes.item(key);
        if (notes.meeting != *reference || present.contains(key))
            continue;
        QString line = notes.title.toHtmlEscaped();
        if (!notes.note.trimmed().isEmpty())
            line += QStringLiteral(": ") + notes.note.trimmed().toHtmlEscaped().replace(u'\n', QStringLiteral("<br>"));
        for (const ReviewNotes::Highlight &highlight : notes.highlights)
            line += QStringLiteral("<br>") + quoted(highlight.text).toHtmlEscaped();
        orphans += QStringLiteral("<li>%1</li>").arg(line);
    }
    if (!orphans.isEmpty())
        html += QStringLiteral("<h3>%1</h3><ul>%2</ul>")
                    .arg(tr("My notes on items no longer on this agenda").toHtmlEscaped(), orphans);
    m_view->setHtml(html);
    updateActions();
    setStatus(tr("Select an item to read it and to keep notes on it."));
}

Audience ReviewWindow::audience() const
{
    if (!m_opened.info)
        return Audience::Internal;
    return m_opened.info->audience;
}

PublicView ReviewWindow::publicView(const AgendaItem &item) const
{
    Language language = Language::Finnish;
    if (const auto meeting = m_store->meeting(item.meetingId); meeting && meeting->has_value()) {
        if (const auto found = MeetingSession::documentLanguage(*m_store, meeting->value()))
            language = *found;
    }
    return PublicView(audience(), language);
}

void ReviewWindow::showItem(const AgendaItem &item, const QString &meetingReference)
{
    showNothing();
    m_showing = true;
    m_item = item;
    m_meetingId = item.meetingId;
    m_meetingReference = meetingReference;
    m_itemKey = ReviewNotes::itemKey(meetingReference, item);

    QTextDocument *document = m_view->document();
    document->clear();
    QTextCursor cursor(document);
    const QFont base = m_view->font();
    auto heading = [&](const QString &text, int level, bool first = false) {
        QTextBlockFormat block;
        block.setHeadingLevel(level);
        block.setTopMargin(first ? 0 : 12);
        block.setBottomMargin(4);
        QTextCharFormat format;
        format.setFontWeight(QFont::Bold);
        format.setFontPointSize(base.pointSizeF() * (level == 2 ? 1.5 : 1.2));
        if (first) {
            cursor.setBlockFormat(block);
            cursor.setCharFormat(format);
        } else {
            cursor.insertBlock(block, format);
        }
        if (!text.isEmpty())
            cursor.insertText(text);
    };
    auto paragraph = [&](const QString &text, bool bold = false) {
        QTextCharFormat format;
        format.setFontPointSize(base.pointSizeF());
        if (bold)
            format.setFontWeight(QFont::Bold);
        cursor.insertBlock(QTextBlockFormat(), format);
        cursor.insertText(text);
    };
    auto part = [&](const QString &name, const QString &storeHtml) {
        QTextCharFormat format;
        format.setFontPointSize(base.pointSizeF());
        QTextBlockFormat block;
        block.setTopMargin(8);
        cursor.insertBlock(block, format);
        const int start = cursor.position();
        cursor.insertHtml(RichTextEdit::toEditorHtml(storeHtml));
        m_parts.insert(name, Part{start, cursor.position()});
    };

    heading(item.sectionNumber ? QStringLiteral("§ %1  ").arg(*item.sectionNumber) : QString(), 2, true);
    const int titleStart = cursor.position();
    cursor.insertText(item.title);
    m_parts.insert(QStringLiteral("title"), Part{titleStart, cursor.position()});
    QStringList facts;
    if (!item.caseReference.isEmpty())
        facts << tr("Case %1").arg(item.caseReference);
    if (!facts.isEmpty())
        paragraph(facts.join(QStringLiteral(" · ")));
    const PublicView view = publicView(item);
    const AgendaItem shown = view.item(item);
    if (item.publicity != Publicity::Public)
        paragraph(tr("%1 (%2)").arg(Labels::publicity(item.publicity), item.confidentialityBasis.toString(view.language())),
                  true);
    for (const Preparer &preparer : shown.preparers) {
        QStringList parts{preparer.name, preparer.title, preparer.contact};
        parts.removeAll(QString());
        paragraph(tr("Preparer: %1").arg(parts.join(QStringLiteral(", "))));
    }
    if (!view.showsContent(item.publicity)) {
        paragraph(tr("The item is confidential: its content is not in a public package."));
    } else {
        if (!RichText::toPlainText(shown.background).trimmed().isEmpty())
            part(QStringLiteral("background"), shown.background);
        if (item.presenterPersonId) {
            const auto presenter = m_store->person(item.presenterPersonId);
            if (presenter && presenter->has_value())
                paragraph(tr("Presenter: %1").arg(QStringList{presenter->value().title, presenter->value().displayName()}
                                                     .join(u' ')
                                                     .trimmed()));
        }
        if (!RichText::toPlainText(shown.proposal).trimmed().isEmpty()) {
            heading(tr("Proposal"), 3);
            part(QStringLiteral("proposal"), shown.proposal);
        }
        if (!RichText::toPlainText(shown.decision).trimmed().isEmpty()) {
            heading(tr("Decision"), 3);
            part(QStringLiteral("decision"), shown.decision);
        }
    }
    RichTextEdit::underlinePersonalData(document);
    m_view->moveCursor(QTextCursor::Start);

    const auto attachments = m_store->attachments(item.id);
    if (!attachments) {
        setStatus(attachments.error());
    } else {
        for (const Attachment &attachment : view.attachments(item, *attachments)) {
            QString text = QStringLiteral("%1 (%2)").arg(attachment.name, QLocale().formattedDataSize(attachment.size));
            if (attachment.publicity != Publicity::Public)
                text += QStringLiteral(" — %1").arg(Labels::publicity(attachment.publicity));
            auto *row = new QListWidgetItem(text, m_attachments);
            row->setData(Qt::UserRole, attachment.id);
        }
        if (attachments->isEmpty())
            new QListWidgetItem(tr("(no attachments)"), m_attachments);
        m_attachments->setEnabled(!attachments->isEmpty());
    }

    const ReviewNotes::ItemNotes notes = m_notes.item(m_itemKey);
    m_note->setPlainText(notes.note);
    m_note->setEnabled(m_notesError.isEmpty());
    m_note->setReadOnly(!m_notesError.isEmpty());
    m_noteState->setText(m_notesError.isEmpty() ? QString() : m_notesError);
    fillHighlights();
    // Whose copy this is, over every item members alone may read.
    m_watermark->setText(item.publicity != Publicity::Public ? packageWatermark() : QString());
    m_showing = false;
    updateActions();
    statusBar()->clearMessage();
}

QString ReviewWindow::packageWatermark() const
{
    if (!m_opened.info || m_opened.info->audience != Audience::Member)
        return QString();
    return Watermark::text(m_opened.info->recipient, m_opened.info->packageId);
}

QString ReviewWindow::watermark() const
{
    return m_watermark->text();
}

void ReviewWindow::fillHighlights()
{
    m_highlights->clear();
    const QList<ReviewNotes::Highlight> highlights = m_notes.item(m_itemKey).highlights;
    for (int i = 0; i < highlights.size(); ++i) {
        int start = 0, end = 0;
        const bool found = locate(highlights.at(i), &start, &end);
        auto *row = new QListWidgetItem(found ? quoted(highlights.at(i).text)
                                              : tr("%1 (no longer in the item)").arg(quoted(highlights.at(i).text)),
                                        m_highlights);
        row->setData(Qt::UserRole, i);
    }
    paintHighlights();
}

bool ReviewWindow::locate(const ReviewNotes::Highlight &highlight, int *start, int *end) const
{
    const auto part = m_parts.constFind(highlight.part);
    if (part == m_parts.cend() || highlight.text.isEmpty())
        return false;
    QTextCursor cursor(m_view->document());
    cursor.setPosition(part->start);
    cursor.setPosition(part->end, QTextCursor::KeepAnchor);
    const QString text = cursor.selectedText();
    // Where it was, else the nearest place the same words are.
    int best = -1;
    if (text.mid(highlight.start, highlight.length) == highlight.text) {
        best = highlight.start;
    } else {
        int distance = INT_MAX;
        for (int at = text.indexOf(highlight.text); at >= 0; at = text.indexOf(highlight.text, at + 1)) {
            if (std::abs(at - highlight.start) < distance) {
                distance = std::abs(at - highlight.start);
                best = at;
            }
        }
    }
    if (best < 0)
        return false;
    *start = part->start + best;
    *end = *start + int(highlight.text.size());
    return true;
}

void ReviewWindow::paintHighlights()
{
    QList<QTextEdit::ExtraSelection> selections;
    QTextCharFormat format;
    // Yellow like a marker pen, and underlined, so that a highlight does not
    // rest on colour alone.
    format.setBackground(QColor(255, 236, 110));
    format.setForeground(QColor(Qt::black));
    format.setUnderlineStyle(QTextCharFormat::SingleUnderline);
    for (const ReviewNotes::Highlight &highlight : m_notes.item(m_itemKey).highlights) {
        int start = 0, end = 0;
        if (!locate(highlight, &start, &end))
            continue;
        QTextEdit::ExtraSelection selection;
        selection.cursor = QTextCursor(m_view->document());
        selection.cursor.setPosition(start);
        selection.cursor.setPosition(end, QTextCursor::KeepAnchor);
        selection.format = format;
        selections.append(selection);
    }
    m_view->setExtraSelections(selections);
}

bool ReviewWindow::highlightSelection(QString *error)
{
    if (!m_notesError.isEmpty()) {
        *error = m_notesError;
        return false;
    }
    const QTextCursor cursor = m_view->textCursor();
    if (!m_item || !cursor.hasSelection()) {
        *error = tr("Select the words to highlight in an item's text first.");
        return false;
    }
    const int start = cursor.selectionStart();
    const int end = cursor.selectionEnd();
    for (auto part = m_parts.cbegin(); part != m_parts.cend(); ++part) {
        if (start < part->start || end > part->end)
            continue;
        ReviewNotes::Highlight highlight{part.key(), start - part->start, end - start, cursor.selectedText()};
        if (highlight.text.trimmed().isEmpty()) {
            *error = tr("Select some words to highlight, not only spaces.");
            return false;
        }
        ReviewNotes::ItemNotes notes = shownNotes();
        if (!notes.highlights.contains(highlight))
            notes.highlights.append(highlight);
        m_notes.setItem(m_itemKey, notes);
        fillHighlights();
        m_highlights->setCurrentRow(m_highlights->count() - 1);
        QTextCursor collapsed = cursor;
        collapsed.clearSelection();
        m_view->setTextCursor(collapsed);
        return saveNotes(error);
    }
    *error = tr("A highlight lies within one part of the item: its title, background, proposal or decision. "
                "Select less.");
    return false;
}

void ReviewWindow::removeHighlight()
{
    const QListWidgetItem *row = m_highlights->currentItem();
    if (!row || !m_item)
        return;
    const int index = row->data(Qt::UserRole).toInt();
    ReviewNotes::ItemNotes notes = shownNotes();
    if (index < 0 || index >= notes.highlights.size())
        return;
    notes.highlights.removeAt(index);
    m_notes.setItem(m_itemKey, notes);
    const int current = m_highlights->currentRow();
    fillHighlights();
    m_highlights->setCurrentRow(std::min(current, m_highlights->count() - 1));
    QString error;
    saveNotes(&error);
}

void ReviewWindow::showHighlight()
{
    const QListWidgetItem *row = m_highlights->currentItem();
    if (!row)
        return;
    const QList<ReviewNotes::Highlight> highlights = m_notes.item(m_itemKey).highlights;
    const int index = row->data(Qt::UserRole).toInt();
    int start = 0, end = 0;
    if (index < 0 || index >= highlights.size() || !locate(highlights.at(index), &start, &end))
        return setStatus(tr("That passage is no longer in the item."));
    QTextCursor cursor(m_view->document());
    cursor.setPosition(start);
    cursor.setPosition(end, QTextCursor::KeepAnchor);
    m_view->setTextCursor(cursor);
    m_view->ensureCursorVisible();
    m_view->setFocus();
}

void ReviewWindow::noteEdited()
{
    if (m_showing || !m_item)
        return;
    m_noteState->setText(tr("Not saved yet"));
    m_saveTimer.start();
}

ReviewNotes::ItemNotes ReviewWindow::shownNotes() const
{
    ReviewNotes::ItemNotes notes = m_notes.item(m_itemKey);
    notes.meeting = m_meetingReference;
    notes.title = m_item->title;
    notes.note = m_note->toPlainText();
    return notes;
}

void ReviewWindow::takeNote()
{
    if (!m_item || !m_notesError.isEmpty() || m_notes.item(m_itemKey).note == m_note->toPlainText())
        return;
    QString error;
    saveNotes(&error);
}

bool ReviewWindow::saveNotes(QString *error)
{
    m_saveTimer.stop();
    if (!m_notesError.isEmpty()) {
        *error = m_notesError;
        return false;
    }
    if (m_item)
        m_notes.setItem(m_itemKey, shownNotes());
    const Status saved = m_notes.save();
    if (!saved) {
        *error = saved.error();
        m_noteState->setText(saved.error());
        return false;
    }
    m_noteState->setText(m_item ? tr("Saved on this computer") : QString());
    return true;
}

void ReviewWindow::openAttachment()
{
    const QListWidgetItem *row = m_attachments->currentItem();
    if (!row || !m_item || !row->data(Qt::UserRole).isValid())
        return;
    const auto attachments = m_store->attachments(m_item->id, true);
    if (!attachments)
        return setStatus(attachments.error());
    for (const Attachment &attachment : *attachments) {
        if (attachment.id != row->data(Qt::UserRole).toLongLong())
            continue;
        QString error;
        if (!m_opened.encrypted) {
            if (!DocumentWindow::showAttachment(attachment.name, attachment.mediaType, attachment.content, this, &error))
                setStatus(error);
            return;
        }
        // From an encrypted package, from memory only: a PDF as it is, an
        // image as a page; confidential material with the watermark and
        // without saving.
        QByteArray pdf = attachment.content;
        if (attachment.mediaType != u"application/pdf") {
            QImage image;
            if (!attachment.mediaType.startsWith(u"image/") || !image.loadFromData(attachment.content))
                return setStatus(tr("%1 (%2) cannot be shown from memory, and a member's package never writes its "
                                    "content to the disk. Ask the secretary for it as PDF.")
                                     .arg(attachment.name, attachment.mediaType));
            pdf = DocumentRenderer::imagePdf(image, attachment.name);
        }
        auto *window = new DocumentWindow(attachment.name, attachment.name, this);
        if (!window->setPdf(pdf, &error)) {
            delete window;
            return setStatus(tr("%1: %2").arg(attachment.name, error));
        }
        if (m_item->publicity != Publicity::Public || attachment.publicity != Publicity::Public)
            window->protect(packageWatermark());
        window->show();
        return;
    }
}

void ReviewWindow::openAgenda()
{
    const auto meeting = m_store->meeting(m_meetingId);
    if (!meeting || !meeting->has_value())
        return setStatus(meeting ? tr("Select a meeting first.") : meeting.error());
    MeetingDocuments::Options options;
    options.audience = audience();
    const auto made = MeetingDocuments::agenda(*m_store, meeting->value(), options);
    if (!made)
        return setStatus(made.error());
    // A member's printed agenda names its recipient on every page.
    OfficialDocument agenda = *made;
    agenda.watermark = packageWatermark();
    const auto *document = &agenda;
    const auto pdf = DocumentRenderer::pdf(*document);
    if (!pdf)
        return setStatus(pdf.error());
    const QString name = tr("Agenda %1").arg(m_meetingReference);
    auto *window = new DocumentWindow(name, QString(name).replace(u'/', u'-') + QStringLiteral(".pdf"), this);
    window->setOfficialDocument(*document);
    QString error;
    if (!window->setPdf(*pdf, &error)) {
        delete window;
        return setStatus(error);
    }
    window->show();
}

void ReviewWindow::openOther()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open for Review"), QFileInfo(m_store->path()).absolutePath(),
        tr("Meeting packages (*.%1);;Pykälä stores (*.sqlite);;All files (*)").arg(MeetingPackage::suffix()));
    if (path.isEmpty())
        return;
    QString error;
    ReviewWindow *window = open(path, &error);
    if (!window)
        return setStatus(error);
    window->show();
}

void ReviewWindow::updateActions()
{
    const bool notesUsable = m_notesError.isEmpty() && m_item.has_value();
    m_highlightAction->setEnabled(notesUsable && m_view->textCursor().hasSelection());
    m_removeHighlightAction->setEnabled(notesUsable && m_highlights->currentRow() >= 0);
    if (m_agendaAction)
        m_agendaAction->setEnabled(m_meetingId != 0);
}

void ReviewWindow::setStatus(const QString &message)
{
    statusBar()->showMessage(message);
}

void ReviewWindow::closeEvent(QCloseEvent *event)
{
    QString error;
    if (m_notesError.isEmpty() && !saveNotes(&error)) {
        const auto answer = QMessageBox::question(
            this, tr("Review"), tr("Your notes could not be saved: %1\n\nClose anyway and lose the last change?").arg(error));
        if (answer != QMessageBox::Yes) {
            event->ignore();
            return;
        }
    }
    event->accept();
}
