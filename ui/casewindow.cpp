#include "casewindow.h"

#include "casedialogs.h"
#include "dialogsupport.h"
#include "documentwindow.h"
#include "labels.h"

#include "documents/archivepackage.h"
#include "documents/documentrenderer.h"
#include "documents/meetingdocuments.h"
#include "procedure/caseview.h"
#include "store/store.h"
#include "text/richtext.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QTextBrowser>
#include <QUrl>
#include <QVBoxLayout>

namespace {

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

// A rich text's first words, plain.
QString excerpt(const QString &html)
{
    constexpr qsizetype shown = 240;
    QString text = RichText::toPlainText(html).simplified();
    if (text.size() > shown)
        text = text.left(shown).trimmed() + QChar(0x2026);
    return text;
}

QString row(const QStringList &cells)
{
    QString html = QStringLiteral("<tr>");
    for (const QString &cell : cells)
        html += QStringLiteral("<td>%1</td>").arg(cell);
    return html + QStringLiteral("</tr>");
}

QString header(const QStringList &cells)
{
    QString html = QStringLiteral("<tr>");
    for (const QString &cell : cells)
        html += QStringLiteral("<th align=\"left\">%1</th>").arg(escaped(cell));
    return html + QStringLiteral("</tr>");
}

QString table(const QString &rows)
{
    return QStringLiteral("<table cellspacing=\"0\" cellpadding=\"4\" border=\"0\" width=\"100%\">%1</table>").arg(rows);
}

} // namespace

CaseWindow::CaseWindow(Store &store, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_search(new QLineEdit)
    , m_state(new QComboBox)
    , m_cases(new QTableWidget)
    , m_view(new QTextBrowser)
    , m_status(new QLabel)
    , m_edit(new QPushButton(tr("&Edit…")))
    , m_party(new QPushButton(tr("Add &Party…")))
    , m_extract(new QPushButton(tr("Record E&xtract Sent…")))
    , m_destroy(new QPushButton(tr("&Destroy Records…")))
{
    setWindowTitle(tr("Case Register"));
    m_confirm = [this](const QString &question) {
        return QMessageBox::question(this, windowTitle(), question) == QMessageBox::Yes;
    };
    m_search->setPlaceholderText(tr("Find cases by number (12/2026), title or the text of their items"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Find cases"));
    m_state->addItem(tr("All states"), -1);
    for (const CaseState state : {CaseState::Initiated, CaseState::InPreparation, CaseState::Decided,
                                  CaseState::Implemented, CaseState::Closed})
        m_state->addItem(Labels::caseState(state), int(state));
    m_state->setAccessibleName(tr("State"));

    m_cases->setColumnCount(4);
    m_cases->setHorizontalHeaderLabels({tr("Diary number"), tr("Title"), tr("Task class"), tr("State")});
    m_cases->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_cases->setSelectionMode(QAbstractItemView::SingleSelection);
    m_cases->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_cases->verticalHeader()->hide();
    m_cases->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_cases->setAccessibleName(tr("Cases"));
    m_view->setOpenLinks(false);
    m_view->setAccessibleName(tr("The case"));
    connect(m_view, &QTextBrowser::anchorClicked, this, &CaseWindow::openLink);

    auto *open = new QPushButton(tr("&Open Case…"));
    auto *classification = new QPushButton(tr("&Task Classification…"));
    classification->setToolTip(tr("The task classes of the information management plan: retention and default "
                                  "publicity, edited or imported from a spreadsheet"));
    auto *archive = new QPushButton(tr("Export for &Archive…"));
    archive->setToolTip(tr("A year's closed cases with their signed minutes, extracts and attachments, and SÄHKE2 "
                           "metadata, into a new folder"));
    m_destroy->setToolTip(tr("Destroy the parties and extracts sent of a closed case whose retention period has "
                             "run; its register entry and its minutes are kept"));
    connect(open, &QPushButton::clicked, this, &CaseWindow::openCase);
    connect(m_edit, &QPushButton::clicked, this, &CaseWindow::editCase);
    connect(m_party, &QPushButton::clicked, this, &CaseWindow::addParty);
    connect(m_extract, &QPushButton::clicked, this, &CaseWindow::recordExtractSent);
    connect(m_destroy, &QPushButton::clicked, this, &CaseWindow::destroyRecords);
    connect(classification, &QPushButton::clicked, this, &CaseWindow::editTaskClassification);
    connect(archive, &QPushButton::clicked, this, [this] { exportForArchive(); });
    connect(m_search, &QLineEdit::textChanged, this, &CaseWindow::fillCases);
    connect(m_state, &QComboBox::currentIndexChanged, this, &CaseWindow::fillCases);
    connect(m_cases, &QTableWidget::itemSelectionChanged, this, &CaseWindow::showCase);

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_search, 1);
    filters->addWidget(m_state);
    auto *buttons = new QHBoxLayout;
    for (QPushButton *button : {open, m_edit, m_party, m_extract, m_destroy})
        buttons->addWidget(button);
    buttons->addStretch(1);
    buttons->addWidget(classification);
    buttons->addWidget(archive);
    auto *splitter = new QSplitter(Qt::Horizontal);
    splitter->addWidget(m_cases);
    splitter->addWidget(m_view);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setAccessibleName(tr("Status"));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_status);
    layout->addLayout(buttons);
    resize(1180, 720);
    fillCases();
}

QString CaseWindow::status() const
{
    return m_status->text();
}

QString CaseWindow::error() const
{
    return m_error;
}

void CaseWindow::setConfirmation(std::function<bool(const QString &)> confirm)
{
    m_confirm = std::move(confirm);
}

void CaseWindow::reload()
{
    fillCases(); // keeps the selection, and shows the case once
}

void CaseWindow::fillCases()
{
    const qint64 current = currentCaseId();
    const QString query = m_search->text().simplified();
    const auto found = query.isEmpty() ? m_store.cases() : m_store.searchCases(query, 200);
    if (!found)
        return fail(found.error());
    QHash<qint64, QString> classes;
    if (const auto all = m_store.taskClasses()) {
        for (const TaskClass &taskClass : *all) {
            if (taskClass.id)
                classes.insert(taskClass.id, taskClass.code + QLatin1Char(' ') + taskClass.name);
        }
    }
    const int wanted = m_state->currentData().toInt();
    const QSignalBlocker blocker(m_cases);
    m_cases->setRowCount(0);
    for (const Case &entry : *found) {
        if (wanted >= 0 && int(entry.state) != wanted)
            continue;
        const int r = m_cases->rowCount();
        m_cases->insertRow(r);
        auto *number = new QTableWidgetItem(entry.diaryNumber.toString());
        number->setData(Qt::UserRole, entry.id);
        m_cases->setItem(r, 0, number);
        m_cases->setItem(r, 1, new QTableWidgetItem(entry.title));
        m_cases->setItem(r, 2, new QTableWidgetItem(classes.value(entry.taskClassId)));
        m_cases->setItem(r, 3, new QTableWidgetItem(entry.destroyed.isValid() ? tr("Closed, records destroyed")
                                                                              : Labels::caseState(entry.state)));
    }
    m_cases->resizeColumnToContents(0);
    m_cases->resizeColumnToContents(3);
    if (!selectCase(current) && m_cases->rowCount() > 0)
        m_cases->selectRow(0);
    showCase();
}

bool CaseWindow::selectCase(qint64 caseId)
{
    for (int r = 0; r < m_cases->rowCount(); ++r) {
        if (m_cases->item(r, 0)->data(Qt::UserRole).toLongLong() == caseId) {
            m_cases->selectRow(r);
            return true;
        }
    }
    return false;
}

qint64 CaseWindow::currentCaseId() const
{
    const auto selected = m_cases->selectedItems();
    return selected.isEmpty() ? 0 : m_cases->item(selected.first()->row(), 0)->data(Qt::UserRole).toLongLong();
}

void CaseWindow::showCase()
{
    const qint64 id = currentCaseId();
    if (!id) {
        updateButtons(nullptr);
        const bool unfiltered = m_search->text().simplified().isEmpty() && m_state->currentIndex() == 0;
        m_view->setHtml(QStringLiteral("<p>%1</p>")
                            .arg(escaped(unfiltered && m_cases->rowCount() == 0
                                             ? tr("The register has no cases yet. Open Case… opens one.")
                                             : tr("No case is chosen."))));
        return;
    }
    const auto view = CaseView::load(m_store, id);
    if (!view) {
        updateButtons(nullptr);
        return fail(view.error());
    }
    const Case &entry = view->entry;
    updateButtons(&entry);
    QString html = QStringLiteral("<h2>%1 %2</h2>").arg(escaped(entry.diaryNumber.toString()), escaped(entry.title));
    QStringList facts;
    if (view->taskClass) {
        const TaskClass &cls = *view->taskClass;
        facts.append(tr("Task class: %1 %2, %3")
                         .arg(escaped(cls.code), escaped(cls.name),
                              cls.permanent() ? tr("kept permanently")
                                              : tr("kept %n year(s) after closing", nullptr, *cls.retentionYears)));
    }
    QString state = tr("State: %1; opened %2").arg(Labels::caseState(entry.state), Labels::day(entry.initiated));
    if (entry.decided.isValid())
        state += tr(", decided %1").arg(Labels::day(entry.decided));
    if (entry.implemented.isValid())
        state += tr(", implemented %1").arg(Labels::day(entry.implemented));
    if (entry.closed.isValid())
        state += tr(", closed %1").arg(Labels::day(entry.closed));
    facts.append(state);
    QString publicity = tr("Publicity: %1").arg(Labels::publicity(entry.publicity));
    if (entry.publicity != Publicity::Public)
        publicity += QStringLiteral(" (%1%2)").arg(escaped(entry.confidentialityBasis.text),
                                                  entry.secrecyYears ? tr(", %n year(s)", nullptr, *entry.secrecyYears)
                                                                     : QString());
    facts.append(publicity);
    if (!view->preparer.isEmpty())
        facts.append(tr("Preparer in charge: %1").arg(escaped(view->preparer)));
    if (entry.destroyed.isValid())
        facts.append(QStringLiteral("<b>%1</b>")
                         .arg(tr("Its records were destroyed on %1: its parties and extracts sent are gone; its "
                                 "register entry and its minutes are kept.")
                                  .arg(Labels::day(entry.destroyed))));
    html += QStringLiteral("<p>%1</p>").arg(facts.join(QStringLiteral("<br>")));

    html += QStringLiteral("<h3>%1</h3>").arg(escaped(tr("Handlings")));
    if (view->handlings.isEmpty()) {
        html += QStringLiteral("<p>%1</p>").arg(escaped(tr("No item of a meeting belongs to the case yet.")));
    } else {
        QString rows = header({tr("Body"), tr("Meeting"), tr("§"), tr("Item"), tr("Proposal"), tr("Decision")});
        for (const CaseHandling &h : view->handlings)
            rows += row({escaped(h.bodyName),
                         escaped(h.meetingReference) + QStringLiteral("<br>") + Labels::day(h.day),
                         h.sectionNumber ? QString::number(*h.sectionNumber) : QString(),
                         QStringLiteral("<a href=\"item:%1:%2\">%3</a>").arg(h.meetingId).arg(h.itemId).arg(escaped(h.title)),
                         escaped(excerpt(h.proposal)), escaped(excerpt(h.decision))});
        html += table(rows);
    }

    html += QStringLiteral("<h3>%1</h3>").arg(escaped(tr("Documents")));
    QStringList documents;
    for (const CaseView::Documents &of : view->documents) {
        if (of.decided)
            documents.append(QStringLiteral("<a href=\"extract:%1\">%2</a>")
                                 .arg(of.itemId)
                                 .arg(escaped(tr("Extract of %1").arg(of.handling))));
        for (const Attachment &attachment : of.attachments)
            documents.append(QStringLiteral("<a href=\"attachment:%1:%2\">%3</a> (%4, %5)")
                                 .arg(of.itemId)
                                 .arg(attachment.position)
                                 .arg(escaped(attachment.name), escaped(of.handling),
                                      Labels::publicity(attachment.publicity)));
    }
    html += documents.isEmpty() ? QStringLiteral("<p>%1</p>").arg(escaped(tr("No documents yet.")))
                                : QStringLiteral("<p>%1</p>").arg(documents.join(QStringLiteral("<br>")));

    html += QStringLiteral("<h3>%1</h3>").arg(escaped(tr("Extracts sent")));
    if (view->extractsSent.isEmpty()) {
        html += QStringLiteral("<p>%1</p>").arg(escaped(tr("No extract has been recorded as sent.")));
    } else {
        QString rows = header({tr("Recipient"), tr("Decision"), tr("Sent"), tr("Notified"), tr("Last day of appeal")});
        for (const CaseView::Sent &sent : view->extractsSent)
            rows += row({escaped(sent.extract.recipient), escaped(sent.handling),
                         tr("%1 by %2").arg(Labels::day(sent.extract.sent), Labels::sendMethod(sent.extract.method).toLower()),
                         Labels::day(sent.notified),
                         sent.lastDay ? QStringLiteral("<b>%1</b>").arg(Labels::day(*sent.lastDay)) : tr("not appealable")});
        html += table(rows);
    }

    html += QStringLiteral("<h3>%1</h3>").arg(escaped(tr("Parties")));
    if (entry.parties.isEmpty()) {
        html += QStringLiteral("<p>%1</p>").arg(escaped(tr("The case has no parties recorded.")));
    } else {
        QString rows = header({tr("Name"), tr("Kind"), tr("Role"), tr("Contact")});
        for (const CaseParty &party : entry.parties)
            rows += row({escaped(party.name), Labels::partyKind(party.kind), escaped(party.role), escaped(party.contact)});
        html += table(rows);
    }
    m_view->setHtml(html);
}

void CaseWindow::openLink(const QUrl &link)
{
    const QStringList parts = link.toString().split(u':');
    if (parts.size() == 3 && parts.at(0) == u"item") {
        emit itemRequested(parts.at(1).toLongLong(), parts.at(2).toLongLong());
        return;
    }
    if (parts.size() == 2 && parts.at(0) == u"extract") {
        const auto item = m_store.agendaItem(parts.at(1).toLongLong());
        if (!item || !item->has_value())
            return fail(item ? tr("The item is no longer in the store.") : item.error());
        const auto meeting = m_store.meeting(item->value().meetingId);
        if (!meeting || !meeting->has_value())
            return fail(meeting ? tr("The meeting is no longer in the store.") : meeting.error());
        const auto document = MeetingDocuments::extract(m_store, meeting->value(), item->value());
        if (!document)
            return fail(document.error());
        const auto pdf = DocumentRenderer::pdf(*document);
        if (!pdf)
            return fail(pdf.error());
        auto *window = new DocumentWindow(document->title, document->baseName + QStringLiteral(".pdf"), this);
        window->setAttribute(Qt::WA_DeleteOnClose);
        window->setOfficialDocument(*document);
        QString error;
        if (!window->setPdf(*pdf, &error)) {
            delete window;
            return fail(error);
        }
        window->show();
        return;
    }
    if (parts.size() == 3 && parts.at(0) == u"attachment") {
        const auto attachments = m_store.attachments(parts.at(1).toLongLong(), true);
        if (!attachments)
            return fail(attachments.error());
        for (const Attachment &attachment : *attachments) {
            if (attachment.position != parts.at(2).toInt())
                continue;
            QString error;
            if (!DocumentWindow::showAttachment(attachment.name, attachment.mediaType, attachment.content, this, &error))
                fail(error);
            return;
        }
        fail(tr("The attachment is no longer in the store."));
    }
}

void CaseWindow::updateButtons(const Case *shown)
{
    const bool kept = shown && !shown->destroyed.isValid();
    m_edit->setEnabled(kept);
    m_party->setEnabled(kept);
    m_extract->setEnabled(kept);
    m_destroy->setEnabled(kept && shown->state == CaseState::Closed);
}

void CaseWindow::report(const QString &message)
{
    m_error.clear();
    m_status->setText(message);
    reload();
    emit registerChanged();
}

void CaseWindow::fail(const QString &message)
{
    m_error = message;
    m_status->setText(QStringLiteral("<span style=\"color:#b00020\">%1</span>").arg(escaped(message)));
}

// ---------------------------------------------------------------------------
// Actions

void CaseWindow::openCase()
{
    OpenCaseDialog dialog(m_store, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const auto entry = m_store.caseFile(dialog.caseId());
    m_search->clear();
    report(tr("Opened case %1.").arg(entry && entry->has_value() ? entry->value().diaryNumber.toString() : QString()));
    selectCase(dialog.caseId());
}

void CaseWindow::editCase()
{
    const auto entry = m_store.caseFile(currentCaseId());
    if (!entry || !entry->has_value())
        return fail(entry ? tr("Choose a case first.") : entry.error());
    EditCaseDialog dialog(m_store, entry->value(), this);
    if (dialog.exec() == QDialog::Accepted)
        report(tr("Saved case %1.").arg(entry->value().diaryNumber.toString()));
}

void CaseWindow::addParty()
{
    const auto entry = m_store.caseFile(currentCaseId());
    if (!entry || !entry->has_value())
        return fail(entry ? tr("Choose a case first.") : entry.error());
    PartyDialog dialog(m_store, entry->value(), this);
    if (dialog.exec() == QDialog::Accepted)
        report(tr("Added a party to case %1.").arg(entry->value().diaryNumber.toString()));
}

void CaseWindow::recordExtractSent()
{
    const auto handlings = m_store.caseHandlings(currentCaseId());
    if (!handlings)
        return fail(handlings.error());
    ExtractSentDialog dialog(m_store, *handlings, this);
    if (dialog.exec() == QDialog::Accepted)
        report(tr("Recorded the extract sent to %1.").arg(dialog.recipientEdit()->text().trimmed()));
}

void CaseWindow::destroyRecords()
{
    const auto entry = m_store.caseFile(currentCaseId());
    if (!entry || !entry->has_value())
        return fail(entry ? tr("Choose a case first.") : entry.error());
    const QString number = entry->value().diaryNumber.toString();
    if (!m_confirm(tr("Destroy the records of case %1 for good: its parties and the extracts sent? Its register "
                      "entry and its minutes are kept.")
                       .arg(number)))
        return;
    const auto destroyed = m_store.destroyCaseRecords(entry->value().id, QDate::currentDate());
    if (!destroyed)
        return fail(destroyed.error());
    report(tr("Destroyed the records of case %1.").arg(number));
}

void CaseWindow::editTaskClassification()
{
    TaskClassificationDialog dialog(m_store, this);
    dialog.exec();
    reload();
    emit registerChanged();
}

void CaseWindow::exportForArchive(int year, const QString &directory)
{
    if (year <= 0) {
        bool ok = false;
        year = QInputDialog::getInt(this, tr("Export for Archive"), tr("The cases closed in the year:"),
                                    QDate::currentDate().year() - 1, 1900, 9999, 1, &ok);
        if (!ok)
            return;
    }
    QString target = directory;
    if (target.isEmpty()) {
        const QString parent = QFileDialog::getExistingDirectory(this, tr("Export for Archive: Where to Write"));
        if (parent.isEmpty())
            return;
        target = QDir(parent).filePath(QStringLiteral("arkisto-%1").arg(year));
    }
    QProgressDialog progress(tr("Exporting the cases of %1 for the archive…").arg(year), tr("Cancel"), 0, 0, this);
    progress.setWindowTitle(tr("Export for Archive"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    // Reaching the last case must not forget a cancel (autoReset would).
    progress.setAutoReset(false);
    progress.setAutoClose(false);
    ArchivePackage::Options options;
    options.year = year;
    options.progress = [&](int done, int total, const QString &number) {
        progress.setMaximum(total);
        progress.setValue(done);
        if (!number.isEmpty())
            progress.setLabelText(tr("Case %1 of %2: %3").arg(done + 1).arg(total).arg(number));
        QCoreApplication::processEvents();
        return !progress.wasCanceled();
    };
    const auto written = ArchivePackage::write(m_store, target, options);
    progress.reset();
    if (!written)
        return fail(written.error());
    QString message = tr("Wrote the archive package of %1 to %2: %3 case(s), %4 record(s).")
                          .arg(year)
                          .arg(QDir::toNativeSeparators(target))
                          .arg(written->cases)
                          .arg(written->records);
    for (const ArchivePackage::Skipped &skipped : written->skipped)
        message += QLatin1Char('\n') + tr("Not archived: %1: %2").arg(skipped.diaryNumber, skipped.reason);
    m_error.clear();
    m_status->setText(message);
}
