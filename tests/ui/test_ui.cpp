#include <catch2/catch.hpp>

#include "testsupport.h"
#include "uitestsupport.h"
#include "waituntil.h"

#include "agendamodel.h"
#include "copystoredialog.h"
#include "demo/demodata.h"
#include "documentprinting.h"
#include "documents/documentrenderer.h"
#include "documents/meetingdocuments.h"
#include "documentwindow.h"
#include "eventdialogs.h"
#include "itemeditmodel.h"
#include "invitationmail.h"
#include "invitationreport.h"
#include "itemeditor.h"
#include "lifecycledialogs.h"
#include "mainwindow.h"
#include "reviewwindow.h"
#include "meetingconsole.h"
#include "meetingdialogs.h"
#include "meetingpage.h"
#include "navigatormodel.h"
#include "pdfviewer.h"
#include "preferencesdialog.h"
#include "publishingdialogs.h"
#include "richtextedit.h"
#include "roles.h"
#include "searchpanel.h"
#include "signingdialog.h"
#include "uilanguage.h"

#include "procedure/agendapreparation.h"
#include "procedure/meetingevents.h"
#include "procedure/meetingsession.h"
#include "votingpanel.h"

#include <poppler-qt6.h>

#include <QAbstractItemModelTester>
#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QMenuBar>
#include <QPushButton>
#include <QRadioButton>
#include <QLineEdit>
#include <QListWidget>
#include <QMimeData>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QSettings>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QTableWidget>
#include <QLabel>
#include <QTest>
#include <QTextCursor>
#include <QTranslator>
#include <QTreeView>
#include <QTreeWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace {

AgendaItem storedItem(Store &store, qint64 id)
{
    return required(store.agendaItem(id)).value();
}

} // namespace

TEST_CASE("The navigator lists bodies, years, meetings with their state and, when opened, items", "[ui][navigator]")
{
    TestDir dir;
    const QString path = dir.path(QStringLiteral("ui.sqlite"));
    {
        auto store = createStore(path);
        const RecordedMeeting recorded = recordMeeting(*store);
        addUnheldMeeting(*store, recorded.meeting);
    }
    MainWindow window(openStore(path));
    QAbstractItemModelTester tester(window.navigatorModel(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    window.show();

    CHECK(window.windowTitle().contains(QStringLiteral("Testilän kunta")));
    NavigatorModel *model = window.navigatorModel();
    REQUIRE(model->rowCount() == 1);
    const QModelIndex body = model->index(0, 0);
    CHECK(body.data().toString() == QStringLiteral("Kunnanhallitus (KH)"));
    REQUIRE(model->rowCount(body) == 1);
    const QModelIndex year = model->index(0, 0, body);
    CHECK(year.data().toString() == QStringLiteral("2026"));
    REQUIRE(model->rowCount(year) == 2);
    // Newest first, each with its state.
    CHECK(model->index(0, 0, year).data().toString().startsWith(QStringLiteral("KH 13/2026")));
    CHECK(model->index(0, 0, year).data().toString().endsWith(QStringLiteral("convened")));
    const QModelIndex held = model->index(1, 0, year);
    CHECK(held.data().toString().endsWith(QStringLiteral("minutes checked")));
    REQUIRE(model->rowCount(held) == 6); // read for the tester
    CHECK(model->index(0, 0, held).data().toString().startsWith(QStringLiteral("§ ")));
    {
        // A year's meetings are read when the year is opened (or one of
        // them is asked for), items when the meeting is, not before.
        NavigatorModel lazy(window.store());
        QString error;
        REQUIRE(lazy.reload(&error));
        const QModelIndex lazyYear = lazy.index(0, 0, lazy.index(0, 0));
        CHECK(lazy.hasChildren(lazyYear));
        CHECK(lazy.rowCount(lazyYear) == 0);
        CHECK(lazy.canFetchMore(lazyYear));
        const QModelIndex meeting = lazy.meetingIndex(held.data(Roles::MeetingId).toLongLong());
        CHECK(lazy.hasChildren(meeting));
        CHECK(lazy.rowCount(meeting) == 0);
        REQUIRE(lazy.canFetchMore(meeting));
        lazy.fetchMore(meeting);
        CHECK(lazy.rowCount(meeting) == 6);
        CHECK_FALSE(lazy.canFetchMore(meeting));
        CHECK(lazy.rowCount(lazyYear) == 2);
        CHECK_FALSE(lazy.canFetchMore(lazyYear));
    }
    CHECK(model->index(0, 0, held).data().toString().startsWith(QStringLiteral("§ ")));
    CHECK_FALSE(model->hasChildren(model->index(0, 0, year))); // the unheld meeting has no items

    // A meeting shows its page; an item its editor.
    const qint64 meetingId = held.data(Roles::MeetingId).toLongLong();
    REQUIRE(window.selectMeeting(meetingId));
    CHECK(window.currentPage() == window.meetingPage());
    CHECK(window.meetingPage()->agendaModel()->rowCount() == 6);
    const qint64 itemId = model->index(2, 0, held).data(Roles::ItemId).toLongLong();
    REQUIRE(window.selectItem(meetingId, itemId));
    CHECK(window.currentPage() == window.itemEditor());
    CHECK(window.itemEditor()->titleEdit()->text() == window.store().agendaItem(itemId)->value().title);
    CHECK_FALSE(window.selectMeeting(9999));
}

TEST_CASE("The window's state and the recent stores are kept in the settings", "[ui][settings]")
{
    TestDir dir;
    const QString first = dir.path(QStringLiteral("a.sqlite"));
    const QString second = dir.path(QStringLiteral("b.sqlite"));
    writeSampleStore(first);
    writeSampleStore(second);
    {
        MainWindow window(openStore(first));
        window.resize(1111, 777);
        window.show();
        QString error;
        REQUIRE(window.setStore(openStore(second), &error));
        CHECK(window.store().path() == second);
        window.close();
    }
    const QStringList recent = MainWindow::recentStores();
    REQUIRE(recent.size() >= 2);
    CHECK(recent.at(0) == QFileInfo(second).absoluteFilePath());
    CHECK(recent.at(1) == QFileInfo(first).absoluteFilePath());
    MainWindow again(openStore(second));
    CHECK(again.size() == QSize(1111, 777));
}

TEST_CASE("The editor: typing, undo and redo across fields, and autosave to the store", "[ui][editor]")
{
    TestDir dir;
    const QString path = dir.path(QStringLiteral("s.sqlite"));
    const Sample sample = writeSampleStore(path);
    auto store = openStore(path);
    ItemEditor editor(*store);
    editor.resize(900, 1000);
    editor.show();
    QString error;
    REQUIRE(editor.load(sample.publicItem, &error));

    // Type into the title and the background.
    QLineEdit *title = editor.titleEdit();
    title->setFocus();
    title->end(false);
    QTest::keyClicks(title, QStringLiteral(" 2027"));
    RichTextEdit *background = editor.backgroundEdit();
    background->setFocus();
    background->moveCursor(QTextCursor::End);
    QTest::keyClicks(background, QStringLiteral(" Lisays."));
    CHECK(editor.model()->item().title.endsWith(QStringLiteral("edustajista 2027")));
    CHECK(editor.model()->item().background.contains(QStringLiteral("päätöksiä. Lisays.")));
    CHECK(editor.model()->saveState() == ItemEditModel::SaveState::Pending);

    // Autosave reaches the store within two seconds of typing stopping.
    REQUIRE(waitUntil([&] { return editor.model()->saveState() == ItemEditModel::SaveState::Saved; }, 2000));
    CHECK(storedItem(*store, sample.publicItem).title.endsWith(QStringLiteral("edustajista 2027")));
    // Saved means in the file: another connection reads it.
    {
        auto other = openStore(path);
        CHECK(storedItem(*other, sample.publicItem).background.contains(QStringLiteral("Lisays.")));
    }

    // Undo with the key, in the field that has focus: the background first,
    // then the title; the store follows.
    QTest::keyClick(background, Qt::Key_Z, Qt::ControlModifier);
    CHECK_FALSE(editor.model()->item().background.contains(QStringLiteral("Lisays.")));
    CHECK_FALSE(background->toPlainText().contains(QStringLiteral("Lisays.")));
    CHECK(editor.model()->item().title.endsWith(QStringLiteral("2027")));
    editor.undoAction()->trigger();
    CHECK(title->text() == QStringLiteral("Päätös digitalisaatiofoorumin edustajista"));
    REQUIRE(waitUntil([&] { return editor.model()->saveState() == ItemEditModel::SaveState::Saved; }, 2000));
    CHECK(storedItem(*store, sample.publicItem).title == QStringLiteral("Päätös digitalisaatiofoorumin edustajista"));
    CHECK_FALSE(storedItem(*store, sample.publicItem).background.contains(QStringLiteral("Lisays.")));
    // Redo brings both back.
    QTest::keyClick(title, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    editor.redoAction()->trigger();
    CHECK(title->text().endsWith(QStringLiteral("2027")));
    CHECK(background->toPlainText().contains(QStringLiteral("Lisays.")));
    REQUIRE(editor.save());
    CHECK(storedItem(*store, sample.publicItem).background.contains(QStringLiteral("Lisays.")));

    // Marking personal data: the selection becomes a personal-data span in the store.
    QTextCursor cursor = background->document()->find(QStringLiteral("Pohjois-Savon"));
    REQUIRE_FALSE(cursor.isNull());
    background->setFocus();
    background->setTextCursor(cursor);
    editor.personalDataAction()->trigger();
    REQUIRE(editor.save());
    CHECK(storedItem(*store, sample.publicItem).background.contains(
        QStringLiteral("<span class=\"personal-data\">Pohjois-Savon</span>")));
    // Bold through the toolbar's key.
    cursor = background->document()->find(QStringLiteral("tiedonhallintofoorumi"));
    background->setTextCursor(cursor);
    QTest::keyClick(background, Qt::Key_B, Qt::ControlModifier);
    REQUIRE(editor.save());
    CHECK(storedItem(*store, sample.publicItem).background.contains(QStringLiteral("<b>tiedonhallintofoorumi</b>")));
    // Undo takes the bold away again, and nothing else.
    editor.undoAction()->trigger();
    REQUIRE(editor.save());
    CHECK_FALSE(storedItem(*store, sample.publicItem).background.contains(QStringLiteral("<b>")));
    CHECK(storedItem(*store, sample.publicItem).background.contains(QStringLiteral("personal-data")));

    // A title emptied cannot be saved: said so, and nothing reaches the store.
    title->selectAll();
    QTest::keyClick(title, Qt::Key_Delete);
    CHECK_FALSE(editor.save());
    CHECK(editor.model()->saveState() == ItemEditModel::SaveState::Failed);
    CHECK(editor.model()->saveError().contains(QStringLiteral("needs a title")));
    CHECK_FALSE(storedItem(*store, sample.publicItem).title.isEmpty());
    QString refused;
    CHECK_FALSE(editor.load(sample.confidentialItem, &refused));
    CHECK(refused.contains(QStringLiteral("needs a title")));
    QTest::keyClicks(title, QStringLiteral("Uusi otsikko"));
    REQUIRE(waitUntil([&] { return editor.model()->saveState() == ItemEditModel::SaveState::Saved; }, 2000));
    CHECK(storedItem(*store, sample.publicItem).title == QStringLiteral("Uusi otsikko"));
    CHECK(store->check()->ok());
}

TEST_CASE("The editor's other fields, preparers and attachments go through the undo stack", "[ui][editor]")
{
    TestDir dir;
    auto store = createStore(dir.path(QStringLiteral("s.sqlite")));
    const Sample sample = addSample(*store);
    ItemEditor editor(*store);
    editor.show();
    QString error;
    REQUIRE(editor.load(sample.publicItem, &error));
    ItemEditModel *model = editor.model();

    // Publicity needs its legal basis: refused until given.
    model->edit(QStringLiteral("publicity"), [](AgendaItem &item) { item.publicity = Publicity::Confidential; });
    CHECK_FALSE(model->saveNow());
    CHECK(model->saveError().contains(QStringLiteral("legal basis")));
    model->edit(QStringLiteral("basis"), [](AgendaItem &item) { item.confidentialityBasis = LegalBasis::fromText(QStringLiteral("JulkL 24 § 1 mom. 25 k")); });
    REQUIRE(model->saveNow());
    CHECK(storedItem(*store, sample.publicItem).publicity == Publicity::Confidential);

    // Attachments: added, given another publicity, removed; each undone.
    const QString file = dir.path(QStringLiteral("Liite.txt"));
    writeFile(file, "liitteen sisältö");
    REQUIRE(model->addAttachment(file, &error));
    REQUIRE(store->attachments(sample.publicItem)->size() == 2);
    const qint64 added = store->attachments(sample.publicItem)->last().id;
    CHECK(store->attachments(sample.publicItem)->last().mediaType == QStringLiteral("text/plain"));
    CHECK_FALSE(model->setAttachmentPublicity(added, Publicity::Confidential, QString(), &error));
    CHECK(error.contains(QStringLiteral("legal basis")));
    REQUIRE(model->setAttachmentPublicity(added, Publicity::Confidential, QStringLiteral("JulkL 24 § 1 mom. 32 k"), &error));
    CHECK(store->attachments(sample.publicItem)->last().publicity == Publicity::Confidential);
    REQUIRE(model->removeAttachment(sample.attachment, &error));
    CHECK(store->attachments(sample.publicItem)->size() == 1);
    model->undoStack()->undo(); // the removal
    REQUIRE(store->attachments(sample.publicItem)->size() == 2);
    CHECK(store->attachments(sample.publicItem, true)->first().content == QByteArrayLiteral("%PDF-1.4 test"));
    model->undoStack()->undo(); // the publicity
    CHECK(store->attachments(sample.publicItem)->last().publicity == Publicity::Public);
    model->undoStack()->undo(); // the addition
    CHECK(store->attachments(sample.publicItem)->size() == 1);
    model->undoStack()->redo();
    CHECK(store->attachments(sample.publicItem)->size() == 2);

    // Preparers: one from the persons, one typed.
    model->edit(QStringLiteral("preparer"), [](AgendaItem &item) {
        item.preparers.append({QStringLiteral("Ville Vesi"), QStringLiteral("vesihuoltoinsinööri"), {}});
    });
    REQUIRE(model->saveNow());
    CHECK(storedItem(*store, sample.publicItem).preparers.size() == 2);
    model->undoStack()->undo();
    REQUIRE(model->saveNow());
    CHECK(storedItem(*store, sample.publicItem).preparers.size() == 1);

    // The language of the item's texts, chosen in its field, saved and undone.
    QComboBox *language = nullptr;
    for (QComboBox *box : editor.findChildren<QComboBox *>()) {
        if (box->accessibleName() == QStringLiteral("Language of the item's texts"))
            language = box;
    }
    REQUIRE(language);
    CHECK(language->currentIndex() == 0); // the body's
    language->setCurrentIndex(language->findData(int(Language::Swedish)));
    emit language->activated(language->currentIndex());
    REQUIRE(model->saveNow());
    CHECK(storedItem(*store, sample.publicItem).language == Language::Swedish);
    model->undoStack()->undo();
    REQUIRE(model->saveNow());
    CHECK_FALSE(storedItem(*store, sample.publicItem).language.has_value());
    CHECK(language->currentIndex() == 0);
    CHECK(store->check()->ok());
}

TEST_CASE("Undo follows an attachment restored under a new id, saving keeps what others wrote", "[ui][editor]")
{
    TestDir dir;
    auto store = createStore(dir.path(QStringLiteral("s.sqlite")));
    const Sample sample = addSample(*store);
    ItemEditModel model(*store);
    QString error;
    REQUIRE(model.load(sample.publicItem, &error));
    const QString a = dir.path(QStringLiteral("A.txt")), b = dir.path(QStringLiteral("B.txt"));
    writeFile(a, "a");
    writeFile(b, "b");
    REQUIRE(model.addAttachment(a, &error));
    const qint64 aId = store->attachments(sample.publicItem)->last().id;
    REQUIRE(model.addAttachment(b, &error));
    REQUIRE(model.setAttachmentPublicity(aId, Publicity::Confidential, QStringLiteral("JulkL 24 § 1 mom. 32 k"), &error));
    REQUIRE(model.removeAttachment(aId, &error));
    auto names = [&] {
        QStringList list;
        for (const Attachment &attachment : required(store->attachments(sample.publicItem)))
            list << attachment.name + (attachment.publicity == Publicity::Public ? QString() : QStringLiteral("*"));
        return list;
    };
    CHECK(names() == QStringList{QStringLiteral("Foorumin kokoonpano.pdf"), QStringLiteral("B.txt")});
    for (int i = 0; i < 4; ++i)
        model.undoStack()->undo(); // A back (new id), public again, B gone, A gone
    CHECK(names() == QStringList{QStringLiteral("Foorumin kokoonpano.pdf")});
    for (int i = 0; i < 4; ++i)
        model.undoStack()->redo();
    CHECK(names() == QStringList{QStringLiteral("Foorumin kokoonpano.pdf"), QStringLiteral("B.txt")});
    model.undoStack()->undo(); // A back in its place, confidential as it was
    CHECK(names() == QStringList{QStringLiteral("Foorumin kokoonpano.pdf"), QStringLiteral("A.txt*"), QStringLiteral("B.txt")});

    // The meeting's record writes the decision while the item is open: the
    // editor's next save keeps it.
    AgendaItem elsewhere = required(store->agendaItem(sample.publicItem)).value();
    elsewhere.proceedings = QStringLiteral("<p>Käsittely kokouksessa.</p>");
    REQUIRE(store->updateAgendaItem(elsewhere).ok());
    model.edit(QStringLiteral("title"), [](AgendaItem &item) { item.title = QStringLiteral("Uusi otsikko"); });
    REQUIRE(model.saveNow());
    const AgendaItem saved = required(store->agendaItem(sample.publicItem)).value();
    CHECK(saved.title == QStringLiteral("Uusi otsikko"));
    CHECK(saved.proceedings == QStringLiteral("<p>Käsittely kokouksessa.</p>"));
    CHECK(store->check()->ok());
}

TEST_CASE("An item of signed minutes opens read-only", "[ui][editor]")
{
    TestDir dir;
    auto store = createStore(dir.path(QStringLiteral("s.sqlite")));
    const RecordedMeeting recorded = recordMeeting(*store);
    // Signed minutes, as the decision record keeps them (the PDF need not be signed here).
    SignedMinutes minutes;
    minutes.meetingId = recorded.meeting.id;
    minutes.pdf = QByteArrayLiteral("%PDF-1.7 signed");
    minutes.recordDigest = QString(64, u'a');
    minutes.partDigests = QStringLiteral("{}");
    minutes.signatures = 1;
    minutes.signingRoles = {QStringLiteral("pöytäkirjanpitäjä"), QStringLiteral("puheenjohtaja")};
    minutes.frozenAt = QDateTime::currentDateTimeUtc();
    REQUIRE(store->saveSignedMinutes(minutes).ok());
    ItemEditor editor(*store);
    QString error;
    REQUIRE(editor.load(recorded.items.first().id, &error));
    CHECK_FALSE(editor.model()->readOnlyReason().isEmpty());
    CHECK(editor.titleEdit()->isReadOnly());
    CHECK(editor.backgroundEdit()->isReadOnly());
    editor.model()->edit(QStringLiteral("x"), [](AgendaItem &item) { item.title = QStringLiteral("Muutettu"); });
    CHECK(editor.model()->item().title == recorded.items.first().title);
    CHECK(editor.model()->undoStack()->count() == 0);
}

TEST_CASE("Rich text keeps to the store's subset both ways", "[ui][richtext]")
{
    RichTextEdit edit;
    const QString stored = QStringLiteral("<h3>Perustelut</h3><p>Hakija <span class=\"personal-data\">Matti "
                                          "Meikäläinen</span> vaatii <b>korvausta</b> ja <i>korkoa</i>.</p>"
                                          "<ul><li>yksi</li><li>kaksi</li></ul><ol><li>ensin</li></ol>");
    edit.setStoreHtml(stored);
    CHECK(edit.storeHtml() == stored);
    // Personal data is shown shaded and underlined with dots, not by colour alone.
    QTextCursor marked = edit.document()->find(QStringLiteral("Meikäläinen"));
    CHECK(marked.charFormat().underlineStyle() == QTextCharFormat::DotLine);
    CHECK(edit.document()->find(QStringLiteral("vaatii")).charFormat().underlineStyle() == QTextCharFormat::NoUnderline);
    // Unmarked, both go; marked again, both come back; the store sees only the mark.
    edit.setTextCursor(edit.document()->find(QStringLiteral("Hakija")));
    edit.togglePersonalData();
    CHECK(edit.document()->find(QStringLiteral("Hakija")).charFormat().underlineStyle() == QTextCharFormat::DotLine);
    CHECK(edit.storeHtml().contains(QStringLiteral("<span class=\"personal-data\">Hakija</span>")));
    edit.setTextCursor(edit.document()->find(QStringLiteral("Hakija")));
    edit.togglePersonalData();
    CHECK(edit.document()->find(QStringLiteral("Hakija")).charFormat().underlineStyle() == QTextCharFormat::NoUnderline);
    CHECK(edit.storeHtml() == stored);
    // Pasted HTML passes the sanitiser: no scripts, styles or images.
    QMimeData pasted;
    pasted.setHtml(QStringLiteral("<p style=\"color:red\">Liitetty <img src=\"x.png\"><script>alert(1)</script>"
                                  "<b>teksti</b></p>"));
    edit.moveCursor(QTextCursor::End);
    edit.insertFromMimeData(&pasted);
    const QString html = edit.storeHtml();
    CHECK(html.contains(QStringLiteral("Liitetty")));
    CHECK(html.contains(QStringLiteral("<b>teksti</b>")));
    CHECK_FALSE(html.contains(QStringLiteral("alert")));
    CHECK_FALSE(html.contains(QStringLiteral("style")));
    CHECK_FALSE(html.contains(QStringLiteral("img")));
    // Copying keeps the personal-data mark.
    edit.setTextCursor(edit.document()->find(QStringLiteral("Matti")));
    const std::unique_ptr<QMimeData> copied(edit.createMimeDataFromSelection());
    CHECK(copied->html() == QStringLiteral("<p><span class=\"personal-data\">Matti</span></p>"));
}

TEST_CASE("A new meeting takes its body's usual place and time, and the standard opening items", "[ui][meeting]")
{
    TestDir dir;
    const QString path = dir.path(QStringLiteral("s.sqlite"));
    const Sample sample = writeSampleStore(path);
    {
        auto store = openStore(path);
        Body body = required(store->body(sample.body)).value();
        body.defaultPlace = QStringLiteral("Kunnantalo, kokoushuone 2");
        body.defaultStart = QTime(17, 30);
        REQUIRE(store->updateBody(body).ok());
    }
    MainWindow window(openStore(path));
    window.show();
    NewMeetingDialog dialog(window.store(), sample.body, &window);
    CHECK(dialog.placeEdit()->text() == QStringLiteral("Kunnantalo, kokoushuone 2"));
    CHECK(dialog.startEdit()->time() == QTime(17, 30));
    CHECK(dialog.openingItemsBox()->isChecked());
    dialog.startEdit()->setDate(QDate(2026, 6, 8));
    dialog.accept();
    INFO(dialog.error().toStdString());
    REQUIRE(dialog.result() == QDialog::Accepted);
    const Meeting meeting = required(window.store().meeting(dialog.meetingId())).value();
    CHECK(meeting.place == QStringLiteral("Kunnantalo, kokoushuone 2"));
    CHECK(meeting.plannedStart == QDateTime(QDate(2026, 6, 8), QTime(17, 30)));
    CHECK(meeting.number == 13); // after KH 12/2026
    // The body writes in Finnish: the opening items as Finnish minutes have them.
    QStringList titles;
    for (const AgendaItem &item : required(window.store().agendaItems(meeting.id)))
        titles << QStringLiteral("%1 %2").arg(item.position).arg(item.title);
    CHECK(titles == QStringList{QStringLiteral("1 Kokouksen avaus, laillisuus ja päätösvaltaisuus"),
                                QStringLiteral("2 Pöytäkirjan tarkastajien valinta"),
                                QStringLiteral("3 Esityslistan hyväksyminen")});
}

TEST_CASE("A meeting with three items is created and ordered through the widgets", "[ui][meeting]")
{
    TestDir dir;
    const QString path = dir.path(QStringLiteral("s.sqlite"));
    const Sample sample = writeSampleStore(path);
    MainWindow window(openStore(path));
    window.show();
    Store &store = window.store();

    NewMeetingDialog dialog(store, sample.body, &window);
    CHECK(dialog.bodyBox()->currentData().toLongLong() == sample.body);
    dialog.startEdit()->setDateTime(QDateTime(QDate(2027, 1, 11), QTime(16, 0)));
    CHECK(dialog.numberBox()->value() == 1); // the first of its year
    dialog.startEdit()->setDateTime(QDateTime(QDate(2026, 5, 25), QTime(16, 0)));
    CHECK(dialog.numberBox()->value() == 13); // after KH 12/2026
    // No place: refused in the dialog, which stays open.
    dialog.accept();
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK(dialog.error().contains(QStringLiteral("place")));
    dialog.placeEdit()->setText(QStringLiteral("Kunnantalo, valtuustosali"));
    dialog.openingItemsBox()->setChecked(false); // an agenda of its own only
    dialog.accept();
    REQUIRE(dialog.result() == QDialog::Accepted);
    const qint64 meetingId = dialog.meetingId();
    REQUIRE(meetingId);
    CHECK(required(store.meeting(meetingId))->number == 13);

    QString error;
    NavigatorModel *navigator = window.navigatorModel();
    REQUIRE(navigator->reload(&error));
    REQUIRE(window.selectMeeting(meetingId));
    MeetingPage *page = window.meetingPage();
    QAbstractItemModelTester tester(page->agendaModel(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    for (const QString &title : {QStringLiteral("Talousarvion toteuma"), QStringLiteral("Kaavoituskatsaus"),
                                 QStringLiteral("Lausunto maakuntakaavasta")}) {
        page->newItemAction()->trigger(); // opens the new item in the editor
        REQUIRE(window.currentPage() == window.itemEditor());
        QLineEdit *titleEdit = window.itemEditor()->titleEdit();
        titleEdit->selectAll();
        QTest::keyClicks(titleEdit, title);
        REQUIRE(window.selectMeeting(meetingId)); // saves the item
    }
    auto titles = [&] {
        QStringList list;
        for (const AgendaItem &item : required(store.agendaItems(meetingId)))
            list << QStringLiteral("%1 %2").arg(item.position).arg(item.title);
        return list;
    };
    CHECK(titles() == QStringList{QStringLiteral("1 Talousarvion toteuma"), QStringLiteral("2 Kaavoituskatsaus"),
                                  QStringLiteral("3 Lausunto maakuntakaavasta")});
    // The navigator shows them under the meeting.
    const QModelIndex meetingIndex = navigator->meetingIndex(meetingId);
    REQUIRE(navigator->rowCount(meetingIndex) == 3);
    CHECK(navigator->index(1, 0, meetingIndex).data().toString() == QStringLiteral("2. Kaavoituskatsaus"));

    // Drag the last item first: the model's drop as the view makes it.
    AgendaModel *agenda = page->agendaModel();
    REQUIRE(agenda->reorderable());
    std::unique_ptr<QMimeData> dragged(agenda->mimeData({agenda->index(2, 0)}));
    REQUIRE(agenda->canDropMimeData(dragged.get(), Qt::MoveAction, 0, 0, {}));
    agenda->dropMimeData(dragged.get(), Qt::MoveAction, 0, 0, {});
    CHECK(titles() == QStringList{QStringLiteral("1 Lausunto maakuntakaavasta"), QStringLiteral("2 Talousarvion toteuma"),
                                  QStringLiteral("3 Kaavoituskatsaus")});
    CHECK(agenda->index(0, AgendaModel::Title).data().toString() == QStringLiteral("Lausunto maakuntakaavasta"));
    // Dropped on the last item: before it.
    dragged.reset(agenda->mimeData({agenda->index(0, 0)}));
    agenda->dropMimeData(dragged.get(), Qt::MoveAction, -1, 0, agenda->index(2, 0));
    CHECK(titles() == QStringList{QStringLiteral("1 Talousarvion toteuma"), QStringLiteral("2 Lausunto maakuntakaavasta"),
                                  QStringLiteral("3 Kaavoituskatsaus")});
    // With the keyboard.
    page->agendaView()->setCurrentIndex(agenda->index(2, 0));
    REQUIRE(page->moveSelectedItem(-2));
    CHECK(titles().first() == QStringLiteral("1 Kaavoituskatsaus"));

    // Removing asks first; declined, nothing happens.
    page->setConfirmation([](const QString &) { return false; });
    page->agendaView()->setCurrentIndex(agenda->index(1, 0));
    CHECK_FALSE(page->removeSelectedItem());
    CHECK(titles().size() == 3);
    page->setConfirmation([](const QString &) { return true; });
    REQUIRE(page->removeSelectedItem());
    CHECK(titles() == QStringList{QStringLiteral("1 Kaavoituskatsaus"), QStringLiteral("2 Lausunto maakuntakaavasta")});
    CHECK(navigator->rowCount(navigator->meetingIndex(meetingId)) == 2);
    CHECK(store.check()->ok());

    // Once the meeting is open, its agenda no longer moves.
    REQUIRE(store.openMeeting(meetingId, QDateTime(QDate(2026, 5, 25), QTime(16, 1))).ok());
    REQUIRE(page->setMeeting(meetingId, &error));
    CHECK_FALSE(agenda->reorderable());
    CHECK_FALSE(agenda->flags(agenda->index(0, 0)).testFlag(Qt::ItemIsDragEnabled));
    CHECK_FALSE(agenda->moveRows({}, 0, 1, {}, 2));
    CHECK(titles().first() == QStringLiteral("1 Kaavoituskatsaus"));
}

TEST_CASE("Bringing in a tabled item, and the invitation list", "[ui][meeting]")
{
    TestDir dir;
    auto store = createStore(dir.path(QStringLiteral("s.sqlite")));
    const RecordedMeeting first = recordMeeting(*store);
    const Meeting held = holdMeetingTablingItems(*store, first.meeting);
    const Meeting next = addUnheldMeeting(*store, held);

    BringInDialog bring(*store, next);
    REQUIRE(bring.table()->rowCount() == 2);
    CHECK(bring.table()->item(0, 1)->text() == QStringLiteral("Kirkonkylän kaavamuutos"));
    CHECK(bring.table()->item(0, 2)->text() == QStringLiteral("Tabled"));
    CHECK(bring.table()->item(1, 2)->text() == QStringLiteral("Returned for preparation"));
    bring.table()->selectRow(1);
    bring.accept();
    REQUIRE(bring.result() == QDialog::Accepted);
    CHECK(required(store->agendaItem(bring.broughtItemId()))->title == QStringLiteral("Koulukuljetusten periaatteet"));
    BringInDialog again(*store, next);
    CHECK(again.table()->rowCount() == 1);

    InvitationDialog invitations(*store, next);
    // The body's seats on the day, with personal deputies.
    QStringList seats;
    for (int i = 0; i < invitations.seatList()->count(); ++i)
        seats << invitations.seatList()->item(i)->text();
    CHECK(seats.join(u'\n').contains(QStringLiteral("Aino Mäkelä (chair)")));
    CHECK(seats.join(u'\n').contains(QStringLiteral("personal deputy Fanni Lahti")));
    REQUIRE(invitations.invite(QStringLiteral("Pekka Pöyhönen"), QStringLiteral("kunnanjohtaja"), QString()));
    REQUIRE(invitations.invite(QStringLiteral("Ville Vesi"), QStringLiteral("asiantuntija, § 2"),
                               QStringLiteral("ville.vesi@example.fi")));
    CHECK_FALSE(invitations.invite(QStringLiteral("  "), QString(), QString()));
    CHECK(invitations.error().contains(QStringLiteral("needs a name")));
    const auto invited = required(store->invitees(next.id));
    REQUIRE(invited.size() == 2);
    CHECK(invited.at(0).personId != 0); // a person of the store, picked by name
    CHECK(invited.at(1).name == QStringLiteral("Ville Vesi"));
    CHECK(invitations.emailAddresses().contains(QStringLiteral("ville.vesi@example.fi")));
    invitations.inviteeTable()->selectRow(0);
    REQUIRE(invitations.removeSelected());
    CHECK(required(store->invitees(next.id)).size() == 1);

    // The agenda names those invited.
    const auto agenda = MeetingDocuments::agenda(*store, next);
    REQUIRE(agenda.ok());
    CHECK(agenda->html.contains(QStringLiteral("Ville Vesi (asiantuntija, § 2)")));
    CHECK(store->check()->ok());
}

TEST_CASE("The PDF viewer shows pages, thumbnails, zoom and finds text", "[ui][pdf]")
{
    TestDir dir;
    auto store = createStore(dir.path(QStringLiteral("s.sqlite")));
    const RecordedMeeting recorded = recordMeeting(*store);
    const auto pdf = DocumentRenderer::pdf(required(MeetingDocuments::minutes(*store, recorded.meeting)));
    REQUIRE(pdf.ok());
    const auto document = Poppler::Document::loadFromData(*pdf);
    DocumentWindow window(QStringLiteral("Pöytäkirja"), QStringLiteral("p.pdf"));
    window.setAttribute(Qt::WA_DeleteOnClose, false);
    QString error;
    REQUIRE(window.setPdf(*pdf, &error));
    window.resize(1000, 800);
    window.show();
    PdfViewer *viewer = window.viewer();
    CHECK(viewer->pageCount() == document->numPages());
    CHECK(viewer->thumbnails()->count() == document->numPages());
    REQUIRE(waitUntil([&] { return !viewer->thumbnails()->item(viewer->pageCount() - 1)->icon().isNull(); }, 5000));
    CHECK_FALSE(viewer->verification().has_value()); // not signed

    viewer->setZoom(1.5);
    CHECK(viewer->zoom() == Approx(1.5));
    viewer->goToPage(viewer->pageCount() - 1);
    CHECK(viewer->currentPage() == viewer->pageCount() - 1);
    // Find: the appeal instructions are on a later page than the cover.
    REQUIRE(viewer->find(QStringLiteral("oikaisuvaatimus")));
    CHECK(viewer->matchCount() > 0);
    CHECK_FALSE(viewer->find(QStringLiteral("ei-esiintyvä-sana")));
    CHECK(viewer->matchCount() == 0);

    PdfViewer broken;
    CHECK_FALSE(broken.setPdf(QByteArrayLiteral("not a pdf"), &error));
    CHECK(error.contains(QStringLiteral("not a readable PDF")));
}

TEST_CASE("Search lists hits by meeting with the words highlighted, and opens the item", "[ui][search]")
{
    TestDir dir;
    const QString path = dir.path(QStringLiteral("s.sqlite"));
    {
        auto store = createStore(path);
        recordMeeting(*store);
    }
    MainWindow window(openStore(path));
    window.show();
    SearchPanel *search = window.searchPanel();
    QAbstractItemModelTester tester(search->results(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    search->field()->setFocus();
    search->field()->setText(QStringLiteral("päiväkoti"));
    QTest::keyClick(search->field(), Qt::Key_Return);
    emit search->field()->textEdited(search->field()->text());
    REQUIRE(search->results()->rowCount() > 0);
    CHECK_FALSE(window.navigatorView()->isVisible());
    QStandardItem *meeting = search->results()->item(0);
    CHECK(meeting->text().startsWith(QStringLiteral("KH ")));
    REQUIRE(meeting->rowCount() >= 1);
    QStandardItem *hit = meeting->child(0);
    INFO(hit->text().toStdString() << " / " << hit->data(Roles::Snippet).toString().toStdString());
    CHECK(hit->data(Roles::Snippet).toString().contains(QStringLiteral("<b>")));
    emit search->view()->activated(hit->index());
    CHECK(window.currentPage() == window.itemEditor());
    CHECK(window.itemEditor()->model()->item().id == hit->data(Roles::ItemId).toLongLong());

    search->search(QStringLiteral("eiosumia"));
    CHECK(search->results()->rowCount() == 0);
    search->field()->clear();
    search->search(QString());
    CHECK(window.navigatorView()->isVisible());
}

TEST_CASE("The signing dialog signs the minutes in turn, and a signed PDF opens verified", "[ui][signing]")
{
    TestDir dir;
    const QString certificates = dir.path(QStringLiteral("pki"));
    QDir().mkpath(certificates);
    makeTestCertificates(certificates, {{QStringLiteral("Liisa Laine"), QStringLiteral("laine")},
                                        {QStringLiteral("Bertil Astrom"), QStringLiteral("astrom")}});
    qputenv("PYKALA_NSSDB", (certificates + QStringLiteral("/nssdb")).toUtf8());
    auto store = createStore(dir.path(QStringLiteral("s.sqlite")));
    const RecordedMeeting recorded = recordMeeting(*store);
    registerTestCertificates(*store, certificates, {{QStringLiteral("Liisa Laine"), QStringLiteral("laine")},
                                                    {QStringLiteral("Bertil Åström"), QStringLiteral("astrom")}});

    SigningDialog dialog(*store, recorded.meeting.id);
    dialog.show();
    // Whose turn it is, by name.
    CHECK(dialog.turnLabel()->text().contains(QStringLiteral("First to sign: pöytäkirjanpitäjä Liisa Laine.")));
    // The database's keys need its password first.
    CHECK(dialog.certificateTable()->rowCount() == 0);
    CHECK(dialog.message().contains(QStringLiteral("password")));
    CHECK(dialog.signatureList()->count() == 0);
    // A wrong password: no certificates, said so; nothing kept.
    dialog.passwordEdit()->setText(QStringLiteral("wrong"));
    CHECK_FALSE(dialog.listCertificates());
    CHECK(dialog.message().contains(QStringLiteral("may be wrong")));
    CHECK_FALSE(dialog.sign());
    CHECK(dialog.message().contains(QStringLiteral("Choose a certificate that is valid today")));
    CHECK_FALSE(required(store->signedMinutes(recorded.meeting.id)).has_value());
    // Enter in the password field lists the certificates and keeps the dialog open.
    dialog.passwordEdit()->setText(QStringLiteral("tietokanta"));
    dialog.passwordEdit()->setFocus();
    QTest::keyClick(dialog.passwordEdit(), Qt::Key_Return);
    CHECK(dialog.isVisible());
    CHECK_FALSE(required(store->signedMinutes(recorded.meeting.id)).has_value());
    REQUIRE(dialog.certificateTable()->rowCount() == 2);
    // Each certificate with whom it is registered for; the turn's is chosen.
    int laine = -1, astrom = -1;
    for (int row = 0; row < 2; ++row) {
        (dialog.certificateTable()->item(row, 0)->text() == QStringLiteral("Liisa Laine") ? laine : astrom) = row;
    }
    CHECK(dialog.certificateTable()->item(astrom, 3)->text() == QStringLiteral("Bertil Åström"));
    CHECK(dialog.certificateTable()->currentRow() == laine);
    // Another's certificate in the secretary's turn: refused, nothing kept.
    dialog.certificateTable()->selectRow(astrom);
    CHECK_FALSE(dialog.sign());
    CHECK(dialog.message().contains(QStringLiteral("The certificate is Bertil Åström's, and it is Liisa Laine's turn")));
    CHECK_FALSE(required(store->signedMinutes(recorded.meeting.id)).has_value());
    dialog.certificateTable()->selectRow(laine);
    REQUIRE(dialog.sign());
    const auto minutes = required(store->signedMinutes(recorded.meeting.id));
    REQUIRE(minutes.has_value());
    CHECK(minutes->signatures == 1);
    REQUIRE(dialog.signatureList()->count() == minutes->requiredSignatures());
    CHECK(dialog.signatureList()->item(0)->text().contains(QStringLiteral("Liisa Laine")));
    CHECK(dialog.signatureList()->item(0)->text().contains(QStringLiteral("valid")));
    CHECK(dialog.signatureList()->item(1)->text().contains(QStringLiteral("not signed yet")));
    // Next, Åström's turn, and his certificate chosen for it; Laine's again is refused.
    CHECK(dialog.turnLabel()->text().contains(QStringLiteral("Next to sign: pöytäkirjantarkastaja Bertil Åström.")));
    CHECK(dialog.certificateTable()->currentRow() == astrom);
    dialog.certificateTable()->selectRow(laine);
    CHECK_FALSE(dialog.sign());
    CHECK(dialog.message().contains(QStringLiteral("it is Bertil Åström's turn")));
    CHECK(required(store->signedMinutes(recorded.meeting.id))->signatures == 1);

    // Opening the signed minutes shows their verification.
    PdfViewer viewer;
    QString error;
    REQUIRE(viewer.setPdf(minutes->pdf, &error));
    REQUIRE(viewer.verification().has_value());
    CHECK(viewer.verification()->signatures.size() == 1);
    CHECK(viewer.verification()->signatures.first().valid());
    CHECK(viewer.verificationText().contains(QStringLiteral("Liisa Laine")));
    // A changed byte inside the signed range: not valid, and said so in words.
    QByteArray tampered = minutes->pdf;
    const qsizetype at = tampered.indexOf("Kunnanhallitus");
    REQUIRE(at > 0);
    tampered[at] = 'k';
    PdfViewer tamperedViewer;
    REQUIRE(tamperedViewer.setPdf(tampered, &error));
    REQUIRE(tamperedViewer.verification().has_value());
    CHECK_FALSE(tamperedViewer.verification()->ok);
    CHECK(tamperedViewer.verificationText().contains(QStringLiteral("NOT valid: the document was changed after signing")));
    qunsetenv("PYKALA_NSSDB");
}

TEST_CASE("The preferences list the certificate database's certificates and import one with its key",
          "[ui][signing][preferences]")
{
    TestDir dir;
    const QString pki = dir.path(QStringLiteral("pki"));
    QDir().mkpath(pki);
    makeTestCertificates(pki, {{QStringLiteral("Liisa Laine"), QStringLiteral("laine")}});
    PreferencesDialog preferences;
    preferences.certificateDatabaseEdit()->setText(pki + QStringLiteral("/nssdb"));
    REQUIRE(preferences.listCertificates());
    QTableWidget *table = preferences.certificateTable();
    REQUIRE(table->rowCount() == 2); // the CA the database trusts, and Laine's own
    QHash<QString, QString> keys;
    for (int row = 0; row < table->rowCount(); ++row)
        keys.insert(table->item(row, 0)->text(), table->item(row, 3)->text());
    CHECK(keys.value(QStringLiteral("Liisa Laine")) == QStringLiteral("yours, with its key"));
    CHECK(keys.value(QStringLiteral("Testilan kunnan CA")) == QStringLiteral("no key"));

    // Into a database not made yet: a wrong password imports nothing and leaves nothing.
    const QString fresh = dir.path(QStringLiteral("uusi"));
    preferences.certificateDatabaseEdit()->setText(fresh);
    CHECK_FALSE(preferences.listCertificates());
    CHECK_FALSE(preferences.importCertificate(pki + QStringLiteral("/laine.p12"), QStringLiteral("väärä"), std::nullopt));
    CHECK_FALSE(QFileInfo::exists(fresh));
    // The right one: the database is made and lists the certificate with its key.
    REQUIRE(preferences.importCertificate(pki + QStringLiteral("/laine.p12"), QStringLiteral("siirto"), std::nullopt));
    REQUIRE(table->rowCount() == 1);
    CHECK(table->item(0, 0)->text() == QStringLiteral("Liisa Laine"));
    CHECK(table->item(0, 3)->text() == QStringLiteral("yours, with its key"));
    // certutil, which nobody here wrote, sees the key in the new database.
    const QString keysListed = runTool(QStringLiteral("certutil"), {QStringLiteral("-K"), QStringLiteral("-d"),
                                                                    QStringLiteral("sql:") + fresh},
                                       dir.path(QString()));
    CHECK(keysListed.contains(QStringLiteral("Liisa Laine")));
}

// Screenshots of the main views, in Finnish as a secretary sees them:
// written as test artifacts into the build tree (tests/screenshots), and
// into docs/images for the user's guide when PYKALA_UPDATE_SCREENSHOTS is set.
TEST_CASE("Screenshots of the main views", "[ui][screenshot]")
{
    TestDir dir;
    const QString path = dir.path(QStringLiteral("demo.sqlite"));
    {
        auto store = createStore(path);
        DemoData::Options options;
        options.asOf = QDate(2026, 11, 22);
        REQUIRE(DemoData::generate(*store, options).ok());
    }
    QTranslator translator;
    REQUIRE(translator.load(QStringLiteral(":/i18n/pykala_fi")));
    QCoreApplication::installTranslator(&translator);
    QLocale::setDefault(QLocale(QLocale::Finnish, QLocale::Finland));
    auto save = [](QWidget *widget, const QString &name) {
        // Not blank: a view that painted something.
        CHECK(sampledColours(saveScreenshot(widget, name, true)) > 20);
    };

    MainWindow window(openStore(path));
    window.resize(1280, 800);
    window.show();
    const auto meeting = window.store().findMeeting(QStringLiteral("KH 18/2026"));
    REQUIRE(meeting.ok());
    const Result<Meeting> planned = nextConvenedMeeting(window.store(), QStringLiteral("KH"));
    REQUIRE(window.selectMeeting(planned->id));
    save(&window, QStringLiteral("meeting-page.png"));

    const auto items = window.store().agendaItems(meeting->id).value();
    qint64 shown = items.first().id;
    for (const AgendaItem &item : items) {
        if (item.background.contains(QStringLiteral("personal-data"))) {
            shown = item.id;
            break;
        }
    }
    REQUIRE(window.selectItem(meeting->id, shown));
    save(&window, QStringLiteral("item-editor.png"));

    window.searchPanel()->search(QStringLiteral("päiväkoti"));
    window.navigatorView()->hide();
    save(&window, QStringLiteral("search.png"));
    window.searchPanel()->search(QString());

    const auto minutes = MeetingDocuments::minutes(window.store(), *meeting);
    REQUIRE(minutes.ok());
    DocumentWindow viewer(QStringLiteral("Pöytäkirja KH 18/2026"), QStringLiteral("p.pdf"));
    viewer.setAttribute(Qt::WA_DeleteOnClose, false);
    QString error;
    REQUIRE(viewer.setPdf(required(DocumentRenderer::pdf(*minutes)), &error));
    viewer.resize(1100, 800);
    viewer.show();
    waitUntil([&] { return !viewer.viewer()->thumbnails()->item(viewer.viewer()->pageCount() - 1)->icon().isNull(); }, 5000);
    viewer.viewer()->find(QStringLiteral("päätösvaltainen"));
    save(&viewer, QStringLiteral("pdf-viewer.png"));

    InvitationDialog invitations(window.store(), planned.ok() ? *planned : *meeting);
    invitations.show();
    save(&invitations, QStringLiteral("invitation-list.png"));

    // The meeting console in the middle of a roll call.
    REQUIRE(planned.ok());
    MeetingConsole *console = window.runMeeting(planned->id);
    REQUIRE(console);
    console->setClock([&planned] { return QDateTime(planned->plannedStart.date(), QTime(16, 4)); });
    console->setConfirmation([](const QString &) { return true; });
    // One member takes part by a remote connection.
    console->attendanceView()->topLevelItem(2)->setCheckState(MeetingConsole::RemoteColumn, Qt::Checked);
    QApplication::processEvents();
    console->openAction()->trigger();
    REQUIRE(console->lastError().isEmpty());
    REQUIRE(console->replay().attendance.remoteAtOpening.size() == 1);
    const MeetingRecord::Setting setting = required(MeetingSession::setting(window.store(), *planned));
    const qint64 proposer = setting.seats.at(3).member, seconder = setting.seats.at(4).member;
    const int position = qMin(4, int(setting.items));
    console->setCurrentPosition(position);
    REQUIRE(console->record({MeetingEvents::proposal(position, QStringLiteral("p"), ProposalType::Counter, proposer,
                                                     QStringLiteral("asia palautetaan valmisteluun hinnan vuoksi")),
                             MeetingEvents::second(position, QStringLiteral("p"), seconder)}));
    for (int i = 0; i < setting.seats.size() - 3; ++i)
        console->votingPanel()->setBallot(setting.seats.at(i).member, i % 3 ? Voting::Ballot::Yes : Voting::Ballot::No);
    console->showNormal(); // opens maximised the first time
    console->resize(1360, 900);
    save(console, QStringLiteral("meeting-console.png"));
    console->close();

    QCoreApplication::removeTranslator(&translator);
    QLocale::setDefault(QLocale::c());
}

TEST_CASE("Switching the language changes the visible texts, Qt's own included", "[ui][language]")
{
    TestDir dir;
    const QString path = dir.path(QStringLiteral("s.sqlite"));
    const Sample sample = writeSampleStore(path);
    MainWindow window(openStore(path));
    window.show();
    REQUIRE(window.selectMeeting(sample.meeting));
    auto menus = [&] {
        QStringList titles;
        for (const QAction *action : window.menuBar()->actions())
            titles << action->text();
        return titles;
    };
    auto cancelText = [] {
        QDialogButtonBox box(QDialogButtonBox::Cancel);
        return box.button(QDialogButtonBox::Cancel)->text();
    };
    REQUIRE(menus().first() == QStringLiteral("&File"));
    const QString english = window.meetingPage()->runMeetingAction()->text();
    CHECK(english == QStringLiteral("Run Meeting"));

    QString error;
    REQUIRE(window.setLanguage(QStringLiteral("fi"), &error));
    CHECK(menus().first() == QStringLiteral("&Tiedosto"));
    CHECK(window.meetingPage()->runMeetingAction()->text() != english);
    // The same meeting is shown again, in Finnish.
    CHECK(window.currentPage() == window.meetingPage());
    CHECK(window.meetingPage()->meetingId() == sample.meeting);
    CHECK(cancelText() == QStringLiteral("Peru"));
    CHECK(QLocale().language() == QLocale::Finnish);
    CHECK(QSettings().value(QStringLiteral("ui/language")).toString() == QStringLiteral("fi"));

    REQUIRE(window.setLanguage(QStringLiteral("sv"), &error));
    CHECK(menus().first() == QStringLiteral("&Arkiv"));
    CHECK(cancelText() == QStringLiteral("Avbryt"));

    // The preferences offer the system's language and the three; the choice is kept.
    PreferencesDialog preferences(&window);
    QComboBox *languages = preferences.languageBox();
    CHECK(languages->count() == 4);
    languages->setCurrentIndex(languages->findData(QStringLiteral("en")));
    preferences.accept();
    CHECK(UiLanguage::configured() == QStringLiteral("en"));
    REQUIRE(window.setLanguage(QStringLiteral("en"), &error));
    CHECK(menus().first() == QStringLiteral("&File"));
    CHECK(cancelText() == QStringLiteral("Cancel"));
    UiLanguage::setConfigured(QString());
    QLocale::setDefault(QLocale::c());
}

TEST_CASE("Every control a keyboard reaches has an accessible name", "[ui][accessibility]")
{
    TestDir dir;
    const QString path = dir.path(QStringLiteral("a.sqlite"));
    RecordedMeeting recorded;
    Meeting next;
    {
        auto store = createStore(path);
        recorded = recordMeeting(*store);
        next = addUnheldMeeting(*store, recorded.meeting);
        AgendaItem item;
        item.meetingId = next.id;
        item.title = QStringLiteral("Kokouksen avaus");
        required(store->addAgendaItem(item));
    }
    // The check finds a field nobody named.
    QWidget probe;
    auto *probeLayout = new QVBoxLayout(&probe);
    probeLayout->addWidget(new QLineEdit);
    probe.show();
    CHECK(unnamedControls(&probe).size() == 1);

    MainWindow window(openStore(path));
    window.show();
    REQUIRE(window.selectMeeting(recorded.meeting.id));
    CHECK(unnamedControls(&window) == QStringList());
    REQUIRE(window.selectItem(recorded.meeting.id, recorded.items.at(2).id));
    CHECK(unnamedControls(&window) == QStringList());
    MeetingConsole *console = window.runMeeting(next.id);
    REQUIRE(console);
    CHECK(unnamedControls(console) == QStringList());
    console->setConfirmation([](const QString &) { return true; });
    console->openAction()->trigger();
    REQUIRE(console->lastError().isEmpty());
    CHECK(unnamedControls(console) == QStringList());
    ElectionDialog election(console);
    election.show();
    CHECK(unnamedControls(&election) == QStringList());
    PreferencesDialog preferences(&window);
    preferences.show();
    CHECK(unnamedControls(&preferences) == QStringList());
    InvitationDialog invitations(window.store(), next);
    invitations.show();
    CHECK(unnamedControls(&invitations) == QStringList());
    // The meeting's life cycle.
    const Meeting held = required(window.store().meeting(recorded.meeting.id)).value();
    ConveneDialog convene(window.store(), next);
    RescheduleDialog reschedule(window.store(), next);
    CancelMeetingDialog cancel(window.store(), next);
    SendInvitationDialog send(window.store(), next);
    const Invitation::Draft draft = required(Invitation::draft(window.store(), next));
    InvitationReportDialog sent(window.store(), next, draft,
                                QList<SmtpClient::Delivery>(draft.recipients.size(), {SmtpClient::Delivery::State::Sent}));
    PackagesDialog packages(window.store(), next);
    MinutesDaysDialog days(window.store(), held);
    PublishDialog publish(window.store(), held);
    for (QDialog *dialog : std::initializer_list<QDialog *>{&convene, &reschedule, &cancel, &send, &sent, &packages,
                                                            &days, &publish}) {
        dialog->show();
        INFO(dialog->metaObject()->className());
        CHECK(unnamedControls(dialog) == QStringList());
    }
    console->close();
    // Review mode, over the same store read-only.
    QString error;
    ReviewWindow *review = ReviewWindow::open(path, &error);
    REQUIRE(review);
    review->show();
    REQUIRE(review->selectItem(recorded.meeting.id, recorded.items.at(2).id));
    CHECK(unnamedControls(review) == QStringList());
    delete review;
}

TEST_CASE("Printing lays the minutes out exactly as their PDF/A file", "[ui][print]")
{
    TestDir dir;
    auto store = createStore(dir.path(QStringLiteral("s.sqlite")));
    const RecordedMeeting recorded = recordMeeting(*store);
    const auto minutes = MeetingDocuments::minutes(*store, recorded.meeting);
    REQUIRE(minutes.ok());
    const auto pdf = DocumentRenderer::pdf(*minutes);
    REQUIRE(pdf.ok());

    // A printer writing to a file stands in for a real one.
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(dir.path(QStringLiteral("printed.pdf")));
    const auto printed = DocumentPrinting::print(*minutes, &printer);
    INFO(printed.error().toStdString());
    REQUIRE(printed.ok());
    REQUIRE(printer.pageLayout().pageSize().id() == QPageSize::A4);

    const auto expected = Poppler::Document::loadFromData(*pdf);
    const auto actual = Poppler::Document::load(dir.path(QStringLiteral("printed.pdf")));
    REQUIRE(expected);
    REQUIRE(actual);
    REQUIRE(actual->numPages() == *printed);
    REQUIRE(actual->numPages() == expected->numPages());
    for (int i = 0; i < expected->numPages(); ++i) {
        INFO("page " << i + 1);
        REQUIRE(actual->page(i)->text(QRectF()).toStdString() == expected->page(i)->text(QRectF()).toStdString());
    }
}

TEST_CASE("Copy Store To copies the store into a new file, checked, and says what it cannot use", "[ui][migrate]")
{
    TestDir dir;
    auto store = createStore(dir.path(QStringLiteral("kunta.sqlite")));
    addSample(*store);
    CopyStoreDialog dialog(*store);
    CHECK(unnamedControls(&dialog) == QStringList());
    saveScreenshot(&dialog, QStringLiteral("copy-store.png"));
    CHECK(dialog.fileButton()->isChecked());
    CHECK_FALSE(dialog.serverEdit()->isEnabled());

    // What cannot be a new store is said in the dialog, which stays open.
    const QString existing = dir.path(QStringLiteral("olemassa.sqlite"));
    writeFile(existing, QByteArrayLiteral("jotain muuta"));
    dialog.fileEdit()->setText(existing);
    dialog.accept();
    CHECK(dialog.error().contains(QStringLiteral("exists already")));
    CHECK(readFile(existing) == QByteArrayLiteral("jotain muuta"));
    dialog.serverButton()->setChecked(true);
    CHECK(dialog.serverEdit()->isEnabled());
    dialog.serverEdit()->setText(QStringLiteral("kunta"));
    dialog.accept();
    CHECK(dialog.error().contains(QStringLiteral("begins with postgresql://")));
    dialog.serverEdit()->setText(
        QStringLiteral("postgresql:///kunta?host=%1&user=pykala").arg(dir.path(QStringLiteral("ei-palvelinta"))));
    dialog.accept();
    CHECK(dialog.error().contains(QStringLiteral("Cannot connect to the store")));
    CHECK_FALSE(dialog.summary().has_value());

    // A new file: the copy, checked, holds what the store holds.
    const QString copy = dir.path(QStringLiteral("kopio.sqlite"));
    dialog.fileButton()->setChecked(true);
    dialog.fileEdit()->setText(copy);
    dialog.accept();
    INFO(dialog.error().toStdString());
    REQUIRE(dialog.summary().has_value());
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(dialog.summary()->rows > 10);
    auto copied = Store::open(copy, Store::Mode::ReadOnly);
    REQUIRE(copied.ok());
    CHECK(required(copied.value()->digests()) == required(store->digests()));

    // Where it is: in the File menu.
    MainWindow window(openStore(copy));
    window.setWatching(false);
    const QList<QAction *> menus = window.menuBar()->actions();
    REQUIRE_FALSE(menus.isEmpty());
    QStringList file;
    for (const QAction *action : menus.first()->menu()->actions())
        file.append(action->text());
    CHECK(file.contains(QStringLiteral("&Copy Store To…")));
}
