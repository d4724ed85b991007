// Review mode: a board member opens a meeting package (or a store,
// read-only), reads it, and keeps notes and highlights beside it.

#include <catch2/catch.hpp>

#include "testsupport.h"
#include "uitestsupport.h"
#include "waituntil.h"

#include "documentwindow.h"
#include "mainwindow.h"
#include "pdfviewer.h"
#include "reviewwindow.h"

#include "demo/demodata.h"
#include "documents/documentrenderer.h"
#include "documents/meetingdocuments.h"
#include "text/richtext.h"
#include "exchange/meetingpackage.h"
#include "exchange/reviewnotes.h"

#include <QAction>
#include <QApplication>
#include <QBuffer>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPainter>
#include <QPdfWriter>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStatusBar>
#include <QPointer>
#include <QSet>
#include <QTest>
#include <QTextBrowser>
#include <QTextDocument>
#include <QTranslator>

#include <poppler-qt6.h>

#include <memory>
#include <tuple>

namespace {

struct ReviewFixture
{
    QString store;
    QString memberPackage;
    QString publicPackage;
    RecordedMeeting recorded;
};

// A store with the recorded meeting (an attachment on § 3), and a member's
// and a public package of it.
ReviewFixture reviewFixture(const TestDir &dir)
{
    ReviewFixture fixture;
    fixture.store = dir.path(QStringLiteral("kunta.sqlite"));
    fixture.memberPackage = dir.path(QStringLiteral("KH 12-2026 Niemi.pykala-package"));
    fixture.publicPackage = dir.path(QStringLiteral("KH 12-2026.pykala-package"));
    auto store = createStore(fixture.store);
    fixture.recorded = recordMeeting(*store);
    Attachment plan;
    plan.itemId = fixture.recorded.items.at(2).id;
    plan.name = QStringLiteral("asemapiirros.txt");
    plan.mediaType = QStringLiteral("text/plain");
    plan.content = QByteArrayLiteral("Asemapiirros");
    required(store->addAttachment(plan));
    keepPackagesReadable(*store, fixture.recorded.meeting.bodyId);
    required(MeetingPackage::write(*store, fixture.recorded.meeting, fixture.memberPackage,
                                   memberPackage(*store, QStringLiteral("Eero Niemi"))));
    required(MeetingPackage::write(*store, fixture.recorded.meeting, fixture.publicPackage,
                                   {Audience::Public, QString()}));
    return fixture;
}

// The package's copy of an item, by its title.
AgendaItem packageItem(ReviewWindow &window, const QString &title)
{
    const Meeting meeting = required(window.store().findMeeting(QStringLiteral("KH 12/2026")));
    for (const AgendaItem &item : required(window.store().agendaItems(meeting.id))) {
        if (item.title == title)
            return item;
    }
    FAIL("no such item in the package");
    return {};
}

void select(ReviewWindow &window, const QString &words)
{
    const QTextCursor found = window.itemView()->document()->find(words);
    REQUIRE_FALSE(found.isNull());
    window.itemView()->setTextCursor(found);
}

} // namespace

TEST_CASE("A package opens in review mode, notes and highlights persist beside it and never enter it", "[ui][review]")
{
    TestDir dir;
    const ReviewFixture fixture = reviewFixture(dir);
    const QByteArray packageBefore = fileDigest(fixture.memberPackage);
    const QByteArray storeBefore = storeBytes(fixture.store);
    const QString notesPath = ReviewNotes::pathFor(fixture.memberPackage);
    const QString note = QStringLiteral("Kysy kustannusarviosta");

    QString error;
    QPointer<ReviewWindow> window = ReviewWindow::open(fixture.memberPackage, &error);
    INFO(error.toStdString());
    REQUIRE(window);
    window->show();
    CHECK(window->store().readOnly());
    CHECK(window->banner()->text().contains(QStringLiteral("Eero Niemi")));
    CHECK(window->banner()->text().contains(QFileInfo(notesPath).fileName()));
    CHECK(window->banner()->toolTip() == QDir::toNativeSeparators(notesPath));
    CHECK(window->windowTitle().contains(QStringLiteral("KH 12/2026")));
    // It opens on the meeting: its agenda.
    CHECK(window->itemView()->toPlainText().contains(QStringLiteral("Vahingonkorvausvaatimus")));
    CHECK(window->agendaAction()->isEnabled());

    // A member reads the confidential item.
    const AgendaItem secret = packageItem(*window, QStringLiteral("Vahingonkorvausvaatimus"));
    REQUIRE(window->selectItem(secret.meetingId, secret.id));
    CHECK(window->itemView()->toPlainText().contains(RecordedMeeting::secretCanary));

    const AgendaItem daycare = packageItem(*window, QStringLiteral("Päiväkodin rakentaminen"));
    REQUIRE(window->selectItem(daycare.meetingId, daycare.id));
    const QString text = window->itemView()->toPlainText();
    CHECK(text.contains(QStringLiteral("Päiväkodin kustannusarvio")));
    CHECK(text.contains(QStringLiteral("Liisa Laine")));
    REQUIRE(window->attachmentList()->count() == 1);
    CHECK(window->attachmentList()->item(0)->text().startsWith(QStringLiteral("asemapiirros.txt")));

    // A note, typed, is saved on its own.
    window->noteEdit()->setFocus();
    QTest::keyClicks(window->noteEdit(), QStringLiteral("Kysy kustannusarviosta"));
    REQUIRE(waitUntil(
        [&] {
            QFile file(notesPath);
            return file.open(QIODevice::ReadOnly) && file.readAll().contains(note.toUtf8());
        },
        3000));

    // A highlight of words in the background.
    CHECK_FALSE(window->highlightAction()->isEnabled());
    select(*window, QStringLiteral("kustannusarvio on 2,4 miljoonaa"));
    CHECK(window->highlightAction()->isEnabled());
    window->highlightAction()->trigger();
    REQUIRE(window->highlightList()->count() == 1);
    CHECK(window->highlightList()->item(0)->text().contains(QStringLiteral("2,4 miljoonaa")));
    CHECK(window->itemView()->extraSelections().size() == 1);
    // One across the title and the background is refused.
    QTextCursor across = window->itemView()->document()->find(QStringLiteral("rakentaminen"));
    across.setPosition(window->itemView()->document()->find(QStringLiteral("Aloitteen")).position(),
                       QTextCursor::KeepAnchor);
    window->itemView()->setTextCursor(across);
    CHECK_FALSE(window->highlightSelection(&error));
    CHECK(error.contains(QStringLiteral("one part")));
    CHECK(window->highlightList()->count() == 1);

    // Another item and back: the note stays with its item.
    REQUIRE(window->selectItem(secret.meetingId, secret.id));
    CHECK(window->noteEdit()->toPlainText().isEmpty());
    CHECK(window->highlightList()->count() == 0);
    REQUIRE(window->selectItem(daycare.meetingId, daycare.id));
    CHECK(window->noteEdit()->toPlainText() == note);
    window->close();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    CHECK(window.isNull());

    // Beside the package, in a file of its own.
    const QJsonObject saved = QJsonDocument::fromJson(readFile(notesPath)).object();
    REQUIRE(saved.value(u"items").toArray().size() == 1);
    const QJsonObject entry = saved.value(u"items").toArray().at(0).toObject();
    CHECK(entry.value(u"note").toString() == note);
    CHECK_FALSE(QFileInfo(notesPath).permissions().testFlag(QFileDevice::ReadOther));
    CHECK(entry.value(u"title").toString() == QStringLiteral("Päiväkodin rakentaminen"));
    REQUIRE(entry.value(u"highlights").toArray().size() == 1);
    CHECK(entry.value(u"highlights").toArray().at(0).toObject().value(u"text").toString()
          == QStringLiteral("kustannusarvio on 2,4 miljoonaa"));
    // Never in the package, nor in the store it came from.
    CHECK(fileDigest(fixture.memberPackage) == packageBefore);
    CHECK_FALSE(QFile::exists(fixture.memberPackage + QStringLiteral("-wal")));
    CHECK_FALSE(readFile(fixture.memberPackage).contains(note.toUtf8()));
    CHECK(storeBytes(fixture.store) == storeBefore);

    // Opened again, the notes are back, and a highlight can be removed.
    window = ReviewWindow::open(fixture.memberPackage, &error);
    REQUIRE(window);
    window->show();
    REQUIRE(window->selectItem(daycare.meetingId, daycare.id));
    CHECK(window->noteEdit()->toPlainText() == note);
    REQUIRE(window->highlightList()->count() == 1);
    CHECK(window->itemView()->extraSelections().size() == 1);
    window->activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(window));
    window->highlightList()->setCurrentRow(0);
    window->highlightList()->setFocus();
    CHECK(window->removeHighlightAction()->isEnabled());
    QTest::keyClick(window->highlightList(), Qt::Key_Delete);
    CHECK(window->highlightList()->count() == 0);
    CHECK(window->itemView()->extraSelections().isEmpty());
    CHECK(required(ReviewNotes::load(notesPath)).item(ReviewNotes::itemKey(QStringLiteral("KH 12/2026"), daycare))
              .highlights.isEmpty());
    window->close();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    CHECK(fileDigest(fixture.memberPackage) == packageBefore);
}

TEST_CASE("A public package shows confidential items by title, a store opens for review too", "[ui][review]")
{
    TestDir dir;
    const ReviewFixture fixture = reviewFixture(dir);
    QString error;

    {
        QPointer<ReviewWindow> window = ReviewWindow::open(fixture.publicPackage, &error);
        REQUIRE(window);
        const AgendaItem secret = packageItem(*window, QStringLiteral("Vahingonkorvausvaatimus"));
        REQUIRE(window->selectItem(secret.meetingId, secret.id));
        const QString text = window->itemView()->toPlainText();
        CHECK(text.contains(QStringLiteral("Vahingonkorvausvaatimus")));
        CHECK(text.contains(QStringLiteral("JulkL 24 § 1 mom. 25 k")));
        CHECK(text.contains(QStringLiteral("not in a public package")));
        CHECK_FALSE(text.contains(RecordedMeeting::secretCanary));
        delete window;
    }

    // Any store, read-only: its notes lie beside it.
    const QByteArray storeBefore = storeBytes(fixture.store);
    {
        QPointer<ReviewWindow> window = ReviewWindow::open(fixture.store, &error);
        REQUIRE(window);
        CHECK(window->store().readOnly());
        CHECK(window->banner()->text().contains(QStringLiteral("reading only")));
        REQUIRE(window->selectItem(fixture.recorded.meeting.id, fixture.recorded.items.at(2).id));
        // The store's own copy has the decision, which the view shows.
        CHECK(window->itemView()->toPlainText().contains(QStringLiteral("Decision")));
        window->noteEdit()->setPlainText(QStringLiteral("Muistiinpano"));
        REQUIRE(window->saveNotes(&error));
        delete window;
    }
    CHECK(readFile(ReviewNotes::pathFor(fixture.store)).contains("Muistiinpano"));
    CHECK(storeBytes(fixture.store) == storeBefore);

    // Notes on an item no longer in the package stay in sight.
    const QString notesPath = ReviewNotes::pathFor(fixture.publicPackage);
    {
        ReviewNotes notes = required(ReviewNotes::load(notesPath));
        AgendaItem renamed;
        renamed.title = QStringLiteral("Päiväkodin rakentaminen (vanha otsikko)");
        notes.setItem(ReviewNotes::itemKey(QStringLiteral("KH 12/2026"), renamed),
                      {QStringLiteral("KH 12/2026"), renamed.title, QStringLiteral("Vanha huomio"), {}});
        REQUIRE(notes.save().ok());
        QPointer<ReviewWindow> window = ReviewWindow::open(fixture.publicPackage, &error);
        REQUIRE(window);
        const QString text = window->itemView()->toPlainText();
        CHECK(text.contains(QStringLiteral("no longer on this agenda")));
        CHECK(text.contains(QStringLiteral("(vanha otsikko): Vanha huomio")));
        delete window;
    }

    // Damaged notes are kept as they are, and no notes are taken.
    writeFile(notesPath, QByteArrayLiteral("ei muistiinpanoja"));
    {
        QPointer<ReviewWindow> window = ReviewWindow::open(fixture.publicPackage, &error);
        REQUIRE(window);
        CHECK(window->notesError().contains(QStringLiteral("damaged")));
        CHECK(window->banner()->text().contains(QStringLiteral("damaged")));
        const AgendaItem item = packageItem(*window, QStringLiteral("Tontin myynti"));
        REQUIRE(window->selectItem(item.meetingId, item.id));
        CHECK(window->noteEdit()->isReadOnly());
        select(*window, QStringLiteral("Tontti"));
        CHECK_FALSE(window->highlightSelection(&error));
        CHECK(error.contains(QStringLiteral("damaged")));
        CHECK(window->close());
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    }
    CHECK(readFile(notesPath) == QByteArrayLiteral("ei muistiinpanoja"));

    // A file that is not a store is refused with the reason.
    const QString bogus = dir.path(QStringLiteral("muu.pykala-package"));
    writeFile(bogus, QByteArrayLiteral("ei paketti"));
    CHECK(ReviewWindow::open(bogus, &error) == nullptr);
    CHECK(error.contains(QStringLiteral("not a Pykälä store")));
}

TEST_CASE("The main window opens packages for review beside it", "[ui][review]")
{
    TestDir dir;
    const ReviewFixture fixture = reviewFixture(dir);
    MainWindow main(openStore(fixture.store));
    QPointer<ReviewWindow> window = main.openForReview(fixture.memberPackage);
    REQUIRE(window);
    CHECK(window->isVisible());
    CHECK(&window->store() != &main.store());
    window->close();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    CHECK(window.isNull());
}

// The review window in Finnish over the demo data, for the user's guide
// (docs/images/review.png with PYKALA_UPDATE_SCREENSHOTS).
TEST_CASE("Screenshot of review mode", "[ui][review][screenshot]")
{
    TestDir dir;
    const QString storePath = dir.path(QStringLiteral("demo.sqlite"));
    const QString packagePath = dir.path(QStringLiteral("KH 20-2026.pykala-package"));
    {
        auto store = createStore(storePath);
        DemoData::Options options;
        options.asOf = QDate(2026, 11, 22);
        REQUIRE(DemoData::generate(*store, options).ok());
        const Meeting meeting = required(store->findMeeting(QStringLiteral("KH 20/2026")));
        qint64 member = 0;
        for (const Membership &membership : required(store->memberships(meeting.bodyId))) {
            if (membership.role == MembershipRole::Member && membership.isValidOn(meeting.plannedStart.date())) {
                member = membership.personId;
                break;
            }
        }
        REQUIRE(member != 0);
        keepPackagesReadable(*store, meeting.bodyId);
        required(MeetingPackage::write(*store, meeting, packagePath, memberPackage(*store, QString::number(member))));
    }
    QTranslator translator;
    REQUIRE(translator.load(QStringLiteral(":/i18n/pykala_fi")));
    QCoreApplication::installTranslator(&translator);
    QLocale::setDefault(QLocale(QLocale::Finnish, QLocale::Finland));
    QString error;
    QPointer<ReviewWindow> window = ReviewWindow::open(packagePath, &error);
    REQUIRE(window);
    window->resize(1280, 800);
    window->show();
    // An item with a background and attachments to read.
    const Meeting meeting = required(window->store().findMeeting(QStringLiteral("KH 20/2026")));
    AgendaItem shown;
    for (const AgendaItem &item : required(window->store().agendaItems(meeting.id))) {
        if (RichText::toPlainText(item.background).size() > 200 && !required(window->store().attachments(item.id)).isEmpty()) {
            shown = item;
            break;
        }
    }
    REQUIRE(shown.id != 0);
    REQUIRE(window->selectItem(meeting.id, shown.id));
    window->noteEdit()->setPlainText(QStringLiteral("Kysy valmistelijalta, mihin arvio perustuu.\n\n"
                                                    "Onko vaihtoehtoja selvitetty?"));
    const QStringList words = RichText::toPlainText(shown.background).split(u' ');
    select(*window, words.mid(2, 6).join(u' '));
    REQUIRE(window->highlightSelection(&error));
    CHECK(sampledColours(saveScreenshot(window, QStringLiteral("review.png"), true)) > 20);
    delete window;
    QCoreApplication::removeTranslator(&translator);
    QLocale::setDefault(QLocale::c());
}

namespace {

// Every file under `folder` (its subfolders too) that holds `text`.
QStringList filesHolding(const QString &folder, const QByteArray &text)
{
    QStringList holding;
    QDirIterator files(folder, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        const QString path = files.next();
        QFile file(path);
        if (file.open(QIODevice::ReadOnly) && file.readAll().contains(text))
            holding << path;
    }
    return holding;
}

// The document windows open now.
QList<DocumentWindow *> documentWindows()
{
    QList<DocumentWindow *> windows;
    for (QWidget *widget : QApplication::topLevelWidgets()) {
        if (auto *window = qobject_cast<DocumentWindow *>(widget); window && window->isVisible())
            windows << window;
    }
    return windows;
}

QImage pageImage(const QByteArray &pdf, int page)
{
    std::unique_ptr<Poppler::Document> document = Poppler::Document::loadFromData(pdf);
    REQUIRE(document);
    return document->page(page)->renderToImage(40, 40);
}

} // namespace

TEST_CASE("A member's encrypted package is read from memory, with the watermark on confidential items, attachments and "
          "every page of the agenda",
          "[ui][review][encryption]")
{
    TestDir dir;
    const QString temporary = dir.path(QStringLiteral("tmp"));
    const QString folder = dir.path(QStringLiteral("paketit"));
    QDir().mkpath(temporary);
    QDir().mkpath(folder);
    packageKeys(); // kept for the process, outside this test's folder
    const QByteArray savedTemporary = qgetenv("TMPDIR");
    qputenv("TMPDIR", temporary.toUtf8());
    const QByteArray canary = RecordedMeeting::secretCanary.toUtf8();
    const QString path = folder + QStringLiteral("/KH 12-2026 Niemi.pykala-package");
    QString packageId;
    {
        auto store = createStore(dir.path(QStringLiteral("kunta.sqlite")));
        const RecordedMeeting recorded = recordMeeting(*store);
        const qint64 secretItem = recorded.items.at(3).id; // Vahingonkorvausvaatimus, confidential
        // Its attachments: a PDF and an image carrying the canary, and a
        // document of a kind that cannot be shown from memory.
        QByteArray pdf;
        {
            QBuffer buffer(&pdf);
            buffer.open(QIODevice::WriteOnly);
            QPdfWriter writer(&buffer);
            QPainter painter(&writer);
            painter.setFont(QFont(QStringLiteral("DejaVu Sans"), 24));
            painter.drawText(QPointF(500, 1000), RecordedMeeting::secretCanary);
        }
        QByteArray png;
        {
            QImage image(400, 200, QImage::Format_RGB32);
            image.fill(Qt::white);
            QBuffer buffer(&png);
            buffer.open(QIODevice::WriteOnly);
            image.save(&buffer, "PNG");
        }
        for (const auto &[name, type, content] :
             {std::tuple{QStringLiteral("selvitys.pdf"), QStringLiteral("application/pdf"), pdf},
              std::tuple{QStringLiteral("kartta.png"), QStringLiteral("image/png"), png + canary},
              std::tuple{QStringLiteral("sopimus.doc"), QStringLiteral("application/msword"), canary}}) {
            Attachment attachment;
            attachment.itemId = secretItem;
            attachment.name = name;
            attachment.mediaType = type;
            attachment.content = content;
            attachment.publicity = Publicity::Confidential;
            attachment.confidentialityBasis = LegalBasis::fromText(QStringLiteral("JulkL 24 § 1 mom. 25 k"));
            required(store->addAttachment(attachment));
        }
        keepPackagesReadable(*store, recorded.meeting.bodyId);
        packageId = required(MeetingPackage::write(*store, recorded.meeting, path,
                                                   memberPackage(*store, QStringLiteral("Eero Niemi"))))
                        .packageId;
    }
    CHECK(filesHolding(folder, canary).isEmpty());

    QString error;
    QPointer<ReviewWindow> window = ReviewWindow::open(path, &error);
    INFO(error.toStdString());
    REQUIRE(window);
    window->show();
    CHECK(window->banner()->text().contains(QStringLiteral("encrypted for your key and signed by Paula Laatija")));
    const QString mark = QStringLiteral("Eero Niemi · %1").arg(packageId);
    CHECK(window->packageWatermark() == mark);

    // The public item: no mark. The confidential one: the mark over it.
    const AgendaItem open = packageItem(*window, QStringLiteral("Kokouksen avaus, laillisuus ja päätösvaltaisuus"));
    REQUIRE(window->selectItem(open.meetingId, open.id));
    CHECK(window->watermark().isEmpty());
    const AgendaItem secret = packageItem(*window, QStringLiteral("Vahingonkorvausvaatimus"));
    REQUIRE(window->selectItem(secret.meetingId, secret.id));
    CHECK(window->itemView()->toPlainText().contains(RecordedMeeting::secretCanary));
    CHECK(window->watermark() == mark);
    auto *overlay = window->itemView()->viewport()->findChild<QWidget *>(QStringLiteral("watermark"));
    REQUIRE(overlay);
    CHECK(overlay->isVisible());
    CHECK(overlay->size() == window->itemView()->viewport()->size());
    saveScreenshot(window, QStringLiteral("review-watermark.png"));

    // Attachments from memory: the PDF and the image, marked and not to be
    // saved; the document of another kind is not shown.
    REQUIRE(window->attachmentList()->count() == 3);
    auto openAttachment = [&](int row) {
        window->attachmentList()->setCurrentRow(row);
        emit window->attachmentList()->itemActivated(window->attachmentList()->item(row));
    };
    for (int row : {0, 1}) {
        INFO("attachment " << row);
        openAttachment(row);
        const QList<DocumentWindow *> shown = documentWindows();
        REQUIRE(shown.size() == 1);
        CHECK(shown.first()->viewer()->watermark() == mark);
        CHECK_FALSE(shown.first()->savingAllowed());
        CHECK(shown.first()->viewer()->pageCount() == 1);
        shown.first()->close();
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    }
    openAttachment(2);
    CHECK(documentWindows().isEmpty());
    CHECK(window->statusBar()->currentMessage().contains(QStringLiteral("cannot be shown from memory")));

    // The agenda: the mark on every page, and not in its text.
    window->agendaAction()->trigger();
    const QList<DocumentWindow *> agendas = documentWindows();
    REQUIRE(agendas.size() == 1);
    const QByteArray marked = agendas.first()->viewer()->pdf();
    MeetingDocuments::Options options;
    options.audience = Audience::Member;
    const Meeting copy = required(window->store().findMeeting(QStringLiteral("KH 12/2026")));
    const QByteArray plain = required(DocumentRenderer::pdf(required(MeetingDocuments::agenda(window->store(), copy, options))));
    const std::unique_ptr<Poppler::Document> markedDocument = Poppler::Document::loadFromData(marked);
    const std::unique_ptr<Poppler::Document> plainDocument = Poppler::Document::loadFromData(plain);
    REQUIRE(markedDocument);
    REQUIRE(plainDocument);
    REQUIRE(markedDocument->numPages() == plainDocument->numPages());
    REQUIRE(markedDocument->numPages() >= 2);
    for (int page = 0; page < markedDocument->numPages(); ++page) {
        INFO("page " << page + 1);
        CHECK(pageImage(marked, page) != pageImage(plain, page));
        CHECK(markedDocument->page(page)->text(QRectF()) == plainDocument->page(page)->text(QRectF()));
    }
    agendas.first()->close();

    // Nothing of it reached the temporary folder or the package's, while
    // the window had it open.
    CHECK(filesHolding(temporary, canary).isEmpty());
    CHECK(filesHolding(folder, canary).isEmpty());
    delete window;
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    if (savedTemporary.isNull())
        qunsetenv("TMPDIR");
    else
        qputenv("TMPDIR", savedTemporary);
}

TEST_CASE("An expired package is refused, and deleted with its notes when the member agrees", "[ui][review][encryption]")
{
    TestDir dir;
    const QString path = dir.path(QStringLiteral("KH 12-2026 Niemi.pykala-package"));
    {
        auto store = createStore(dir.path(QStringLiteral("kunta.sqlite")));
        const RecordedMeeting recorded = recordMeeting(*store);
        // 11.5.2026 and the body's 30 days: expired since 11.6.2026.
        required(MeetingPackage::write(*store, recorded.meeting, path, memberPackage(*store, QStringLiteral("Eero Niemi"))));
    }
    const QString notes = ReviewNotes::pathFor(path);
    writeFile(notes, "{}");
    for (const QMessageBox::StandardButton button : {QMessageBox::No, QMessageBox::Yes}) {
        QString asked;
        QTimer timer;
        timer.setInterval(10);
        QObject::connect(&timer, &QTimer::timeout, [&] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!box)
                return;
            timer.stop();
            asked = box->text();
            box->button(button)->click();
        });
        timer.start();
        QString error;
        QPointer<ReviewWindow> window = ReviewWindow::open(path, &error);
        CHECK_FALSE(window);
        CHECK_THAT(asked.toStdString(), Catch::Contains("has expired") && Catch::Contains("Delete the package"));
        if (button == QMessageBox::No) {
            CHECK_THAT(error.toStdString(), Catch::Contains("could be read until 2026-06-10 and has expired"));
            CHECK(QFile::exists(path));
            CHECK(QFile::exists(notes));
        } else {
            CHECK_THAT(error.toStdString(), Catch::Contains("were deleted"));
            CHECK_FALSE(QFile::exists(path));
            CHECK_FALSE(QFile::exists(notes));
        }
    }
}
