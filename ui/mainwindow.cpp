#include "mainwindow.h"

#include "documentprinting.h"
#include "documents/meetingdocuments.h"

#include "roles.h"

#include "documents/richtext.h"
#include "store/store.h"

#include <QApplication>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSplitter>
#include <QStandardItemModel>
#include <QStatusBar>
#include <QTextBrowser>
#include <QTreeView>

MainWindow::MainWindow(std::unique_ptr<Store> store, QWidget *parent)
    : QMainWindow(parent)
    , m_store(std::move(store))
    , m_meetings(new QStandardItemModel(this))
    , m_items(new QStandardItemModel(this))
{
    setWindowTitle(tr("Pykälä"));
    resize(1280, 800);

    m_meetingView = new QTreeView;
    m_meetingView->setModel(m_meetings);
    m_meetingView->setHeaderHidden(true);
    m_meetingView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_meetingView->setAccessibleName(tr("Bodies and meetings"));

    m_itemList = new QTreeView;
    m_itemList->setModel(m_items);
    m_itemList->setRootIsDecorated(false);
    m_itemList->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_itemList->setAccessibleName(tr("Agenda items"));

    m_itemView = new QTextBrowser;
    m_itemView->setOpenLinks(false);
    m_itemView->setAccessibleName(tr("Agenda item"));

    auto *right = new QSplitter(Qt::Vertical);
    right->addWidget(m_itemList);
    right->addWidget(m_itemView);
    right->setStretchFactor(1, 2);
    auto *main = new QSplitter(Qt::Horizontal);
    main->addWidget(m_meetingView);
    main->addWidget(right);
    main->setStretchFactor(1, 3);
    main->setSizes({380, 900});
    setCentralWidget(main);

    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&Open Store…"), QKeySequence::Open, this, &MainWindow::openStore);
    file->addSeparator();
    // The official documents of the selected meeting, printed as their
    // PDF/A files are laid out.
    auto documentAction = [this](QMenu *menu, const QString &text, bool minutes, bool preview,
                                 const QKeySequence &shortcut = {}) {
        QAction *action = menu->addAction(text, shortcut, this, [this, minutes, preview] {
            printDocument(minutes, preview);
        });
        action->setEnabled(false);
        m_documentActions.append(action);
    };
    documentAction(file, tr("Print &Agenda…"), false, false, QKeySequence::Print);
    documentAction(file, tr("Print &Minutes…"), true, false);
    documentAction(file, tr("Agenda Print Pre&view…"), false, true);
    documentAction(file, tr("Minutes Print Previe&w…"), true, true);
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, qApp, &QApplication::quit);
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Pykälä"), this, [this] {
        QMessageBox::about(this, tr("About Pykälä"),
                           tr("<p><b>Pykälä</b> %1</p><p>Council meetings and decision records for Finnish "
                              "municipalities.</p><p>Licensed under the GNU General Public License, version 3 or "
                              "later.</p>")
                               .arg(QApplication::applicationVersion()));
    });

    m_status = new QLabel;
    statusBar()->addWidget(m_status, 1);

    connect(m_meetingView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) {
                const QVariant id = current.data(Roles::MeetingId);
                if (id.isValid())
                    showMeeting(id.toLongLong());
            });
    connect(m_itemList->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) {
                const QVariant id = current.sibling(current.row(), 0).data(Roles::ItemId);
                if (id.isValid())
                    showItem(id.toLongLong());
            });
    reload();
}

MainWindow::~MainWindow() = default;

void MainWindow::openStore()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Store"), m_store->path(),
                                                      tr("Pykälä stores (*.sqlite *.db);;All files (*)"));
    if (path.isEmpty())
        return;
    auto store = Store::open(path);
    if (!store) {
        showError(store.error());
        return;
    }
    m_store = std::move(store.value());
    reload();
}

void MainWindow::showError(const QString &message)
{
    QMessageBox::critical(this, tr("Pykälä"), message);
}

void MainWindow::reload()
{
    m_meetings->clear();
    m_items->clear();
    m_itemView->clear();
    const auto organisation = m_store->organisation();
    const auto bodies = m_store->bodies();
    const auto meetings = m_store->meetings();
    const auto counts = m_store->agendaItemCounts();
    for (const QString *error : {&organisation.error(), &bodies.error(), &meetings.error(), &counts.error()}) {
        if (!error->isEmpty()) {
            showError(*error);
            return;
        }
    }
    const QString organisationName = organisation->has_value() ? organisation->value().name : QString();
    setWindowTitle(organisationName.isEmpty() ? tr("Pykälä") : tr("%1 – Pykälä").arg(organisationName));

    int meetingCount = 0;
    for (const Body &body : *bodies) {
        auto *bodyRow = new QStandardItem(QStringLiteral("%1 (%2)").arg(body.name, body.shortName));
        bodyRow->setData(body.id, Roles::BodyId);
        QMap<int, QStandardItem *> years;
        for (const Meeting &meeting : *meetings) {
            if (meeting.bodyId != body.id)
                continue;
            QStandardItem *&yearRow = years[meeting.year];
            if (!yearRow)
                yearRow = new QStandardItem(QString::number(meeting.year));
            auto *meetingRow = new QStandardItem(tr("%1 %2/%3 – %4 (%n item(s))", nullptr, counts->value(meeting.id))
                                                     .arg(body.shortName)
                                                     .arg(meeting.number)
                                                     .arg(meeting.year)
                                                     .arg(QLocale().toString(meeting.plannedStart.date(),
                                                                             QLocale::ShortFormat)));
            meetingRow->setData(meeting.id, Roles::MeetingId);
            yearRow->appendRow(meetingRow);
            ++meetingCount;
        }
        // Newest year first: that is where the work is.
        for (auto it = years.end(); it != years.begin();) {
            --it;
            bodyRow->appendRow(it.value());
        }
        m_meetings->appendRow(bodyRow);
    }
    m_status->setText(tr("%1 · %n meeting(s)", nullptr, meetingCount).arg(m_store->path()));
}

bool MainWindow::selectMeeting(qint64 meetingId)
{
    const QModelIndexList found = m_meetings->match(m_meetings->index(0, 0), Roles::MeetingId, meetingId, 1,
                                                    Qt::MatchExactly | Qt::MatchRecursive);
    if (found.isEmpty())
        return false;
    m_meetingView->expand(found.first().parent().parent());
    m_meetingView->expand(found.first().parent());
    m_meetingView->setCurrentIndex(found.first());
    return true;
}

void MainWindow::selectItem(int row)
{
    m_itemList->setCurrentIndex(m_items->index(row, 0));
}

void MainWindow::printDocument(bool minutes, bool preview)
{
    const auto meeting = m_store->meeting(m_currentMeeting);
    if (!meeting || !meeting->has_value()) {
        showError(meeting ? tr("Select a meeting first.") : meeting.error());
        return;
    }
    const auto document = minutes ? MeetingDocuments::minutes(*m_store, meeting->value())
                                  : MeetingDocuments::agenda(*m_store, meeting->value());
    if (!document) {
        showError(document.error());
        return;
    }
    if (preview)
        DocumentPrinting::preview(*document, this);
    else
        DocumentPrinting::printWithDialog(*document, this);
}

void MainWindow::showMeeting(qint64 meetingId)
{
    m_currentMeeting = meetingId;
    for (QAction *action : std::as_const(m_documentActions))
        action->setEnabled(true);
    m_items->clear();
    m_items->setHorizontalHeaderLabels({tr("§"), tr("Title"), tr("Publicity")});
    m_itemView->clear();
    const auto items = m_store->agendaItems(meetingId);
    if (!items) {
        showError(items.error());
        return;
    }
    for (const AgendaItem &item : *items) {
        auto *number = new QStandardItem(item.sectionNumber ? QString::number(*item.sectionNumber)
                                                            : QStringLiteral("(%1)").arg(item.position));
        number->setData(item.id, Roles::ItemId);
        auto *title = new QStandardItem(item.title);
        auto *publicity = new QStandardItem(item.publicity == Publicity::Public ? tr("Public")
                                            : item.publicity == Publicity::Confidential
                                                ? tr("Confidential")
                                                : tr("Partly confidential"));
        m_items->appendRow({number, title, publicity});
    }
    m_itemList->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_itemList->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_itemList->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
}

void MainWindow::showItem(qint64 itemId)
{
    const auto item = m_store->agendaItem(itemId);
    if (!item) {
        showError(item.error());
        return;
    }
    if (!item->has_value())
        return;
    m_itemView->setHtml(itemHtml(item->value()));
}

QString MainWindow::itemHtml(const AgendaItem &item) const
{
    QString html = QStringLiteral("<h2>%1</h2>").arg(item.title.toHtmlEscaped());
    QStringList facts;
    if (item.sectionNumber)
        facts << tr("§ %1").arg(*item.sectionNumber);
    if (!item.caseReference.isEmpty())
        facts << tr("Case %1").arg(item.caseReference.toHtmlEscaped());
    if (item.publicity != Publicity::Public)
        facts << QStringLiteral("<b>%1</b>").arg(tr("Confidential: %1").arg(item.confidentialityBasis.toHtmlEscaped()));
    for (const Preparer &preparer : item.preparers)
        facts << tr("Preparer: %1, %2").arg(preparer.name.toHtmlEscaped(), preparer.title.toHtmlEscaped());
    html += QStringLiteral("<p>%1</p>").arg(facts.join(QStringLiteral(" · ")));
    // The store's rich text is already sanitised; personal data is shaded so
    // that the secretary sees what publication will leave out.
    auto section = [](const QString &heading, const QString &text) {
        if (text.isEmpty())
            return QString();
        QString shaded = text;
        shaded.replace(QStringLiteral("<span class=\"personal-data\">"),
                       QStringLiteral("<span class=\"personal-data\" style=\"background-color:#fff3b0\">"));
        return QStringLiteral("<h3>%1</h3>%2").arg(heading, shaded);
    };
    html += section(tr("Background"), item.background);
    html += section(tr("Proposal"), item.proposal);
    html += section(tr("Proceedings"), item.proceedings);
    html += section(tr("Decision"), item.decision);
    const auto files = m_store->attachments(item.id);
    if (files && !files->isEmpty()) {
        html += QStringLiteral("<h3>%1</h3><ul>").arg(tr("Attachments"));
        for (const Attachment &attachment : *files)
            html += QStringLiteral("<li>%1 (%2)</li>")
                        .arg(attachment.name.toHtmlEscaped(), QLocale().formattedDataSize(attachment.size));
        html += QStringLiteral("</ul>");
    }
    return html;
}
