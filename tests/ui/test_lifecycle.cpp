// The meeting's life cycle from its page, through the widgets: convening,
// moving and cancelling it, the minutes' checked and published days,
// publishing, the meeting packages and the invitation by e-mail, through
// the mail program or a real SMTP server (aiosmtpd) set in the
// preferences. Each
// action's dialog is answered as a person would (a timer finds it once it
// is open); what it did is checked in the store and on disk, and each
// refusal leaves the store as it was.

#include <catch2/catch.hpp>

#include "smtptestserver.h"
#include "testsupport.h"
#include "uitestsupport.h"
#include "waituntil.h"

#include "demostore.h"
#include "invitationmail.h"
#include "invitationreport.h"
#include "itemeditor.h"
#include "lifecycledialogs.h"
#include "mailsettings.h"
#include "mainwindow.h"
#include "meetingdialogs.h"
#include "meetingpage.h"
#include "navigatormodel.h"
#include "preferencesdialog.h"
#include "publishingdialogs.h"
#include "richtextedit.h"
#include "roles.h"
#include "smtpsending.h"
#include "templatedialogs.h"
#include "uilanguage.h"

#include "demo/demodata.h"
#include "exchange/meetingpackage.h"
#include "mail/invitation.h"
#include "procedure/invitationlist.h"
#include "text/richtext.h"

#include <poppler-qt6.h>

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QCryptographicHash>
#include <QDateEdit>
#include <QDateTimeEdit>
#include <QDir>
#include <QElapsedTimer>
#include <QGroupBox>
#include <QInputDialog>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QProgressDialog>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTableWidget>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

#include <functional>
#include <optional>

namespace {

// Answers the next dialog of type D that the code under test opens (with
// exec()): once it shows, `answer` fills it in and closes it. Catch's
// REQUIREs cannot run inside the event loop; `answer` records what it saw
// for the test to check after the dialog closed.
template<typename D>
void whenOpened(std::function<void(D *)> answer)
{
    auto *timer = new QTimer;
    timer->setInterval(10);
    auto waited = std::make_shared<int>(0);
    QObject::connect(timer, &QTimer::timeout, [timer, answer, waited] {
        for (QWidget *widget : QApplication::topLevelWidgets()) {
            if (auto *dialog = qobject_cast<D *>(widget); dialog && dialog->isVisible()) {
                timer->stop();
                timer->deleteLater();
                answer(dialog);
                return;
            }
        }
        if (++*waited > 1000) { // ten seconds: nothing opened
            timer->stop();
            timer->deleteLater();
        }
    });
    timer->start();
}

Meeting storedMeeting(Store &store, qint64 id)
{
    return required(store.meeting(id)).value();
}

// The navigator's row for the meeting, read afresh.
QModelIndex navigatorRow(MainWindow &window, qint64 meetingId)
{
    return window.navigatorModel()->meetingIndex(meetingId);
}

QString pdfText(const QByteArray &pdf)
{
    const auto document = Poppler::Document::loadFromData(pdf);
    if (!document)
        return {};
    QString text;
    for (int i = 0; i < document->numPages(); ++i)
        text += document->page(i)->text(QRectF());
    return text;
}

} // namespace

TEST_CASE("A meeting is convened, moved and cancelled from its page, and refusals change nothing", "[ui][lifecycle]")
{
    TestDir dir;
    const QString path = dir.path(QStringLiteral("s.sqlite"));
    const Sample sample = writeSampleStore(path); // KH 12/2026 on 11.5.2026, planned
    MainWindow window(openStore(path));
    window.setWatching(false);
    window.show();
    Store &store = window.store();
    REQUIRE(window.selectMeeting(sample.meeting));
    MeetingPage *page = window.meetingPage();

    // The Meeting menu offers the page's actions.
    QMenu *menu = nullptr;
    for (QAction *action : window.menuBar()->actions()) {
        if (action->text() == QStringLiteral("&Meeting"))
            menu = action->menu();
    }
    REQUIRE(menu);
    for (QAction *action : page->lifecycleActions())
        CHECK(menu->actions().contains(action));

    REQUIRE(page->conveneAction()->isEnabled());
    CHECK_FALSE(page->minutesDaysAction()->isEnabled());
    CHECK(page->minutesDaysAction()->toolTip().contains(QStringLiteral("after the meeting is closed")));

    // Convened on a day after the meeting: refused in the dialog, which stays
    // open; then on the day the invitation went out.
    QString refused;
    whenOpened<ConveneDialog>([&](ConveneDialog *dialog) {
        dialog->dayEdit()->setDate(QDate(2026, 5, 20));
        dialog->accept();
        refused = dialog->error();
        dialog->dayEdit()->setDate(QDate(2026, 5, 4));
        dialog->accept();
    });
    page->conveneAction()->trigger();
    CHECK_THAT(refused.toStdString(), Catch::Contains("after the meeting's day 11.5.2026"));
    CHECK(storedMeeting(store, sample.meeting).state == MeetingState::Convened);
    CHECK(storedMeeting(store, sample.meeting).convened == QDate(2026, 5, 4));
    CHECK(page->lifecycleText().contains(QStringLiteral("Convened on")));
    CHECK(navigatorRow(window, sample.meeting).data().toString().endsWith(QStringLiteral("convened")));

    // Moved within its year; into another year it is refused, nothing moved.
    whenOpened<RescheduleDialog>([&](RescheduleDialog *dialog) {
        dialog->startEdit()->setDateTime(QDateTime(QDate(2027, 1, 12), QTime(17, 0)));
        dialog->accept();
        refused = dialog->error();
        dialog->reject();
    });
    page->rescheduleAction()->trigger();
    CHECK_THAT(refused.toStdString(), Catch::Contains("cannot move to 2027"));
    CHECK(storedMeeting(store, sample.meeting).plannedStart == QDateTime(QDate(2026, 5, 11), QTime(16, 0)));
    whenOpened<RescheduleDialog>([&](RescheduleDialog *dialog) {
        dialog->startEdit()->setDateTime(QDateTime(QDate(2026, 5, 12), QTime(17, 0)));
        dialog->placeEdit()->setText(QStringLiteral("Kunnantalo, kokoushuone 2"));
        dialog->modeBox()->setCurrentIndex(dialog->modeBox()->findData(int(MeetingMode::Hybrid)));
        dialog->accept();
    });
    page->rescheduleAction()->trigger();
    Meeting moved = storedMeeting(store, sample.meeting);
    CHECK(moved.plannedStart == QDateTime(QDate(2026, 5, 12), QTime(17, 0)));
    CHECK(moved.plannedEnd == QDateTime(QDate(2026, 5, 12), QTime(19, 0))); // as long as before
    CHECK(moved.place == QStringLiteral("Kunnantalo, kokoushuone 2"));
    CHECK(moved.mode == MeetingMode::Hybrid);

    // Only the page shown is acted on: an item's editor leaves them disabled.
    REQUIRE(window.selectItem(sample.meeting, sample.publicItem));
    CHECK_FALSE(page->cancelAction()->isEnabled());
    CHECK(page->cancelAction()->toolTip().contains(QStringLiteral("Select a meeting")));
    REQUIRE(window.selectMeeting(sample.meeting));
    REQUIRE(page->cancelAction()->isEnabled());

    // Cancelled only with a reason, which the page and the navigator show.
    whenOpened<CancelMeetingDialog>([&](CancelMeetingDialog *dialog) {
        dialog->accept();
        refused = dialog->error();
        dialog->reasonEdit()->setFocus();
        QTest::keyClicks(dialog->reasonEdit(), QStringLiteral("Ei kokousasioita"));
        dialog->accept();
    });
    page->cancelAction()->trigger();
    CHECK_THAT(refused.toStdString(), Catch::Contains("Give the reason"));
    const Meeting cancelled = storedMeeting(store, sample.meeting);
    CHECK(cancelled.state == MeetingState::Cancelled);
    CHECK(cancelled.cancellationReason == QStringLiteral("Ei kokousasioita"));
    CHECK(page->lifecycleText() == QStringLiteral("Cancelled: Ei kokousasioita"));
    CHECK(navigatorRow(window, sample.meeting).data(Qt::ToolTipRole).toString()
          == QStringLiteral("Cancelled: Ei kokousasioita"));
    CHECK(navigatorRow(window, sample.meeting).data().toString().endsWith(QStringLiteral("cancelled")));

    // A cancelled meeting is not convened, moved, cancelled or invited again;
    // each says why.
    for (QAction *action : {page->conveneAction(), page->rescheduleAction(), page->cancelAction(),
                            page->sendInvitationAction(), page->packagesAction(), page->minutesDaysAction()}) {
        INFO(action->text().toStdString());
        CHECK_FALSE(action->isEnabled());
        CHECK(action->toolTip().contains(QStringLiteral("cancelled")));
    }
    CHECK(page->conveneAction()->toolTip() == QStringLiteral("A cancelled meeting cannot be convened."));
    CHECK(store.check()->ok());
}

TEST_CASE("The minutes' checked and published days are set on the meeting page, and publishing waits for them",
          "[ui][lifecycle]")
{
    TestDir dir;
    const QString path = dir.path(QStringLiteral("s.sqlite"));
    RecordedMeeting recorded;
    Meeting next;
    {
        auto store = createStore(path);
        recorded = recordMeeting(*store); // held 11.5.2026, checked 12.5., published 13.5.
        next = addUnheldMeeting(*store, recorded.meeting);
    }
    MainWindow window(openStore(path));
    window.setWatching(false);
    window.show();
    Store &store = window.store();
    const qint64 id = recorded.meeting.id;
    REQUIRE(window.selectMeeting(next.id));
    MeetingPage *page = window.meetingPage();
    CHECK_FALSE(page->minutesDaysAction()->isEnabled());
    REQUIRE(window.selectMeeting(id));
    REQUIRE(page->minutesDaysAction()->isEnabled());
    CHECK(page->lifecycleText().contains(QStringLiteral("and published on")));
    // Convening and moving end when the meeting opens.
    CHECK_FALSE(page->conveneAction()->isEnabled());
    CHECK(page->conveneAction()->toolTip() == QStringLiteral("The meeting has already been opened."));

    // The store's rules, shown in the dialog; nothing changes until they hold.
    QStringList refusals;
    whenOpened<MinutesDaysDialog>([&](MinutesDaysDialog *dialog) {
        dialog->checkedEdit()->setDate(QDate(2026, 5, 14));
        dialog->publishedEdit()->setDate(QDate(2026, 5, 13));
        dialog->accept();
        refusals << dialog->error();
        dialog->checkedEdit()->setDate(QDate(2026, 5, 10));
        dialog->publishedBox()->setChecked(false);
        dialog->accept();
        refusals << dialog->error();
        dialog->checkedEdit()->setDate(QDate(2026, 5, 14));
        dialog->accept();
    });
    page->minutesDaysAction()->trigger();
    REQUIRE(refusals.size() == 2);
    CHECK_THAT(refusals.at(0).toStdString(), Catch::Contains("published after they are checked"));
    CHECK_THAT(refusals.at(1).toStdString(), Catch::Contains("cannot be checked before the meeting"));
    Meeting meeting = storedMeeting(store, id);
    CHECK(meeting.minutesChecked == QDate(2026, 5, 14));
    CHECK_FALSE(meeting.minutesPublished.isValid());
    CHECK(meeting.state == MeetingState::MinutesChecked);
    CHECK(page->lifecycleText().contains(QStringLiteral("not yet published")));
    CHECK(page->publishAction()->isEnabled());

    // Not checked after all: the meeting is closed again, and publishing
    // waits, saying why.
    whenOpened<MinutesDaysDialog>([&](MinutesDaysDialog *dialog) {
        dialog->checkedBox()->setChecked(false);
        dialog->accept();
    });
    page->minutesDaysAction()->trigger();
    meeting = storedMeeting(store, id);
    CHECK_FALSE(meeting.minutesChecked.isValid());
    CHECK(meeting.state == MeetingState::Closed);
    CHECK(navigatorRow(window, id).data().toString().endsWith(QStringLiteral("closed")));
    CHECK_FALSE(page->publishAction()->isEnabled());
    CHECK_THAT(page->publishAction()->toolTip().toStdString(),
               Catch::Contains("The minutes of KH 12/2026 have not been checked"));
    // Before its meeting, the public agenda may be published.
    REQUIRE(window.selectMeeting(next.id));
    CHECK(page->publishAction()->isEnabled());
    CHECK(store.check()->ok());
}

TEST_CASE("Publishing from the meeting page writes the public version into the folder remembered for the store",
          "[ui][lifecycle][publish]")
{
    TestDir dir;
    const QString path = dir.path(QStringLiteral("s.sqlite"));
    RecordedMeeting recorded;
    {
        auto store = createStore(path);
        recorded = recordMeeting(*store);
    }
    const QString web = dir.path(QStringLiteral("verkko"));
    REQUIRE(QDir().mkpath(web));
    MainWindow window(openStore(path));
    window.setWatching(false);
    window.show();
    REQUIRE(window.selectMeeting(recorded.meeting.id));
    MeetingPage *page = window.meetingPage();
    REQUIRE(page->publishAction()->isEnabled());

    // A folder holding something else is refused and left as it was.
    REQUIRE(QDir().mkpath(web + QStringLiteral("/muuta")));
    writeFile(web + QStringLiteral("/muuta/oma.txt"), "oma tiedosto");
    QString refused, outcome, name;
    bool published = false;
    whenOpened<PublishDialog>([&](PublishDialog *dialog) {
        dialog->folderEdit()->setText(web);
        name = dialog->nameEdit()->text();
        dialog->nameEdit()->setText(QStringLiteral("muuta"));
        dialog->publishButton()->click();
        refused = dialog->error();
        dialog->nameEdit()->setText(name);
        published = dialog->publish();
        outcome = dialog->outcome();
        dialog->reject();
    });
    page->publishAction()->trigger();
    CHECK(name == QStringLiteral("kh-12-2026"));
    CHECK_THAT(refused.toStdString(), Catch::Contains("already holds files that are not an earlier publication"));
    CHECK(readFile(web + QStringLiteral("/muuta/oma.txt")) == "oma tiedosto");
    CHECK(QDir(web + QStringLiteral("/muuta")).entryList(QDir::NoDotAndDotDot | QDir::AllEntries | QDir::Hidden)
          == QStringList{QStringLiteral("oma.txt")});
    REQUIRE(published);
    CHECK_THAT(outcome.toStdString(), Catch::Contains("Published 5 file") && Catch::Contains("kh-12-2026"));

    const QDir target(web + QStringLiteral("/kh-12-2026"));
    const QStringList files = target.entryList(QDir::Files);
    CHECK(files.contains(QStringLiteral("index.html")));
    CHECK(files.contains(QStringLiteral("KH-12-2026-poytakirja.pdf")));
    CHECK(files.contains(QStringLiteral("KH-12-2026-esityslista.html")));
    const QString minutes = QString::fromUtf8(readFile(target.filePath(QStringLiteral("KH-12-2026-poytakirja.html"))));
    CHECK(minutes.contains(QStringLiteral("Päiväkodin rakentaminen")));
    CHECK_FALSE(minutes.contains(RecordedMeeting::secretCanary));
    CHECK_FALSE(minutes.contains(RecordedMeeting::personalCanary));
    CHECK_FALSE(pdfText(readFile(target.filePath(QStringLiteral("KH-12-2026-poytakirja.pdf")))).contains(RecordedMeeting::secretCanary));

    // The folder is remembered for this store, and offered next time.
    PublishDialog again(window.store(), recorded.meeting, &window);
    CHECK(QDir(again.folderEdit()->text()) == QDir(web));
    CHECK(QSettings().value(QStringLiteral("folders/publication")).toMap().contains(QFileInfo(path).absoluteFilePath()));
}

TEST_CASE("The whole site is published from the File menu, its address checked and remembered", "[ui][lifecycle][publish]")
{
    TestDir dir;
    const QString path = dir.path(QStringLiteral("s.sqlite"));
    {
        auto store = createStore(path);
        recordMeeting(*store);
    }
    MainWindow window(openStore(path));
    window.setWatching(false);
    window.show();
    QAction *publishSite = nullptr;
    for (QAction *action : window.menuBar()->actions().constFirst()->menu()->actions()) {
        if (action->text() == QStringLiteral("Publish the &Site…"))
            publishSite = action;
    }
    REQUIRE(publishSite);

    const QString site = dir.path(QStringLiteral("sivusto"));
    QString noFolder, badAddress, outcome;
    bool published = false;
    whenOpened<SiteDialog>([&](SiteDialog *dialog) {
        dialog->publishButton()->click();
        noFolder = dialog->error();
        dialog->folderEdit()->setText(site);
        dialog->addressEdit()->setText(QStringLiteral("www.testila.fi/paatokset"));
        dialog->publishButton()->click();
        badAddress = dialog->error();
        dialog->addressEdit()->setText(QStringLiteral("https://www.testila.fi/paatokset"));
        published = dialog->publish();
        outcome = dialog->outcome();
        dialog->reject();
    });
    publishSite->trigger();
    CHECK_THAT(noFolder.toStdString(), Catch::Contains("Choose the site's folder"));
    CHECK_THAT(badAddress.toStdString(), Catch::Contains("--base-url") || Catch::Contains("web address"));
    REQUIRE(published);
    CHECK_THAT(outcome.toStdString(), Catch::Contains("Published 1 meeting") && Catch::Contains("1 laid out anew"));
    const QJsonObject system = QJsonDocument::fromJson(readFile(site + QStringLiteral("/oparl/system.json"))).object();
    CHECK(system.value(u"id").toString() == QStringLiteral("https://www.testila.fi/paatokset/oparl/system.json"));
    CHECK(QFile::exists(site + QStringLiteral("/KH/2026-12/KH-12-2026-poytakirja.pdf")));
    CHECK(QFile::exists(site + QStringLiteral("/feed.atom")));

    // The folder and the address are offered again for this store.
    SiteDialog again(window.store(), &window);
    CHECK(QDir(again.folderEdit()->text()) == QDir(site));
    CHECK(again.addressEdit()->text() == QStringLiteral("https://www.testila.fi/paatokset/"));
    again.show();
    CHECK(unnamedControls(&again) == QStringList());
    saveScreenshot(&again, QStringLiteral("site-dialog.png"));
}

TEST_CASE("Member packages for everyone with a seat or office, each registered, one failure named and the rest written",
          "[ui][lifecycle][packages]")
{
    TestDir dir;
    const QString path = dir.path(QStringLiteral("s.sqlite"));
    Meeting next;
    {
        auto store = createStore(path);
        const RecordedMeeting recorded = recordMeeting(*store);
        next = addUnheldMeeting(*store, recorded.meeting);
        AgendaItem item;
        item.meetingId = next.id;
        item.title = QStringLiteral("Salainen sopimus");
        item.publicity = Publicity::Confidential;
        item.confidentialityBasis = LegalBasis::fromText(QStringLiteral("JulkL 24 § 1 mom. 20 k"));
        item.background = QStringLiteral("<p>%1</p>").arg(RecordedMeeting::secretCanary);
        required(store->addAgendaItem(item));
        required(store->addInvitee({0, next.id, 0, 0, QStringLiteral("Ville Vesi"), QStringLiteral("asiantuntija"),
                                    QStringLiteral("ville.vesi@example.fi")}));
        // Every encryption certificate registered but Virtanen's.
        for (const char *name : {"Aino Mäkelä", "Bertil Åström", "Cecilia Öhman", "Eero Niemi", "Fanni Lahti",
                                 "Pekka Pöyhönen", "Liisa Laine"})
            memberPackage(*store, QString::fromUtf8(name));
    }
    const QString folder = dir.path(QStringLiteral("paketit"));
    REQUIRE(QDir().mkpath(folder));
    // Something else already has the name of Öhman's package.
    const QString taken = folder + QStringLiteral("/KH 13-2026 Cecilia Öhman.pykala-package");
    writeFile(taken, "ei paketti");

    MainWindow window(openStore(path));
    window.setWatching(false);
    window.show();
    Store &store = window.store();
    REQUIRE(window.selectMeeting(next.id));
    MeetingPage *page = window.meetingPage();
    REQUIRE(page->packagesAction()->isEnabled());

    QStringList recipients, outcomes;
    QString notEntitled, outcome;
    bool allWritten = true;
    int ticks = 0;
    bool virtanenTicked = true;
    whenOpened<PackagesDialog>([&](PackagesDialog *dialog) {
        QTreeWidget *list = dialog->recipientList();
        virtanenTicked = list->topLevelItem(3)->checkState(PackagesDialog::RecipientColumn) == Qt::Checked;
        for (int row = 0; row < list->topLevelItemCount(); ++row)
            recipients << QStringLiteral("%1|%2|%3").arg(list->topLevelItem(row)->text(PackagesDialog::RecipientColumn),
                                                         list->topLevelItem(row)->text(PackagesDialog::RoleColumn),
                                                         list->topLevelItem(row)->text(PackagesDialog::FileColumn));
        notEntitled = dialog->notEntitled();
        dialog->folderEdit()->setText(folder);
        // The maker's certificate of the database in use signs.
        REQUIRE(dialog->signerBox()->findData(packageKeys().maker) >= 0);
        dialog->signerBox()->setCurrentIndex(dialog->signerBox()->findData(packageKeys().maker));
        // The window's events go on while the packages are written.
        QTimer ticking;
        QObject::connect(&ticking, &QTimer::timeout, [&ticks] { ++ticks; });
        ticking.start(1);
        allWritten = dialog->writePackages();
        ticking.stop();
        for (int row = 0; row < list->topLevelItemCount(); ++row)
            outcomes << list->topLevelItem(row)->text(PackagesDialog::OutcomeColumn);
        outcome = dialog->outcome();
        dialog->reject();
    });
    page->packagesAction()->trigger();

    CHECK(ticks > 0);
    // Everyone with a seat or office on the meeting's day, and the public.
    CHECK(recipients == QStringList{
              QStringLiteral("Aino Mäkelä|chair|KH 13-2026 Aino Mäkelä.pykala-package"),
              QStringLiteral("Bertil Åström|vice chair|KH 13-2026 Bertil Åström.pykala-package"),
              QStringLiteral("Cecilia Öhman|member|KH 13-2026 Cecilia Öhman.pykala-package"),
              QStringLiteral("Daniel Virtanen|member|KH 13-2026 Daniel Virtanen.pykala-package"),
              QStringLiteral("Eero Niemi|member|KH 13-2026 Eero Niemi.pykala-package"),
              QStringLiteral("Fanni Lahti|personal deputy of Eero Niemi|KH 13-2026 Fanni Lahti.pykala-package"),
              QStringLiteral("Pekka Pöyhönen|presenter|KH 13-2026 Pekka Pöyhönen.pykala-package"),
              QStringLiteral("Liisa Laine|secretary|KH 13-2026 Liisa Laine.pykala-package"),
              QStringLiteral("Public package|anyone: the public version|KH 13-2026 public.pykala-package")});
    // Those invited without a seat are named, not left out silently.
    CHECK_THAT(notEntitled.toStdString(), Catch::Contains("No member's package for Ville Vesi (asiantuntija)"));

    // Virtanen, without an encryption certificate, was unticked from the
    // start and says why; Öhman's failed, by name; the others were written.
    CHECK_FALSE(virtanenTicked);
    CHECK_FALSE(allWritten);
    REQUIRE(outcomes.size() == 9);
    CHECK_THAT(outcomes.at(2).toStdString(), Catch::Contains("Not written") && Catch::Contains("is not a meeting package"));
    CHECK_THAT(outcomes.at(3).toStdString(),
               Catch::Contains("No package") && Catch::Contains("Daniel Virtanen has no encryption certificate"));
    for (int row : {0, 1, 4, 5, 6, 7, 8})
        CHECK(outcomes.at(row) == QStringLiteral("Written"));
    CHECK_THAT(outcome.toStdString(), Catch::Contains("7 package") && Catch::Contains("Not written for Cecilia Öhman"));
    CHECK(readFile(taken) == "ei paketti");

    // On disk: each package whole, for its recipient; nothing half-written.
    QStringList registered;
    for (const Disclosure &disclosure : required(store.disclosures(next.id)))
        registered << QStringLiteral("%1|%2").arg(Codes::code(disclosure.audience), disclosure.recipient);
    CHECK(registered == QStringList{QStringLiteral("member|Aino Mäkelä"), QStringLiteral("member|Bertil Åström"),
                                    QStringLiteral("member|Eero Niemi"),
                                    QStringLiteral("member|Fanni Lahti"), QStringLiteral("member|Pekka Pöyhönen"),
                                    QStringLiteral("member|Liisa Laine"), QStringLiteral("public|")});
    const QStringList onDisk = QDir(folder).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
    CHECK(onDisk.size() == 8); // seven packages and the file that was there
    for (const QString &file : onDisk)
        CHECK_FALSE(file.endsWith(QStringLiteral(".part")));
    {
        // Encrypted for her: opened with her key, which the database holds.
        auto opened = MeetingPackage::open(folder + QStringLiteral("/KH 13-2026 Fanni Lahti.pykala-package"),
                                           next.plannedStart.date());
        REQUIRE(opened.ok());
        CHECK(opened->encrypted);
        Store *package = opened->store.get();
        const auto info = required(package->packageInfo());
        REQUIRE(info.has_value());
        CHECK(info->recipient == QStringLiteral("Fanni Lahti"));
        CHECK(info->audience == Audience::Member);
        const Meeting copy = required(package->findMeeting(QStringLiteral("KH 13/2026")));
        CHECK(required(package->agendaItems(copy.id)).last().background.contains(RecordedMeeting::secretCanary));
    }
    {
        auto package = openStore(folder + QStringLiteral("/KH 13-2026 public.pykala-package"));
        const Meeting copy = required(package->findMeeting(QStringLiteral("KH 13/2026")));
        CHECK_FALSE(required(package->agendaItems(copy.id)).last().background.contains(RecordedMeeting::secretCanary));
    }
    CHECK(QSettings().value(QStringLiteral("folders/packages")).toMap().contains(QFileInfo(path).absoluteFilePath()));
    CHECK(store.check()->ok());
}

TEST_CASE("The invitation goes to the mail program with the addresses, the subject and the public agenda",
          "[ui][lifecycle][mail]")
{
    TestDir dir;
    const QString path = dir.path(QStringLiteral("s.sqlite"));
    Sample sample;
    {
        auto store = createStore(path);
        sample = addSample(*store); // only the deputy, Pöyhönen, has an address
        required(store->addInvitee({0, sample.meeting, 0, 0, QStringLiteral("Ville Vesi"), QStringLiteral("asiantuntija"),
                                    QStringLiteral("ville.vesi@example.fi")}));
    }
    // xdg-email stands in: a script that writes down its arguments.
    const QString arguments = dir.path(QStringLiteral("arguments"));
    const QString script = dir.path(QStringLiteral("xdg-email"));
    writeFile(script, QStringLiteral("#!/bin/sh\nprintf '%s\\0' \"$@\" > '%1'\nexit \"${FAKE_EXIT:-0}\"\n")
                          .arg(arguments).toUtf8());
    QFile::setPermissions(script, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    InvitationMail::setProgram(script);

    MainWindow window(openStore(path));
    window.setWatching(false);
    window.show();
    REQUIRE(window.selectMeeting(sample.meeting));
    MeetingPage *page = window.meetingPage();
    QStringList errors;
    QObject::connect(page, &MeetingPage::errorOccurred, [&errors](const QString &message) { errors << message; });
    REQUIRE(page->sendInvitationAction()->isEnabled());

    QString without, subject;
    int listed = 0;
    whenOpened<SendInvitationDialog>([&](SendInvitationDialog *dialog) {
        without = dialog->withoutAddress();
        listed = dialog->recipientList()->count();
        subject = dialog->subjectEdit()->text();
        dialog->accept();
    });
    page->sendInvitationAction()->trigger();
    // Nobody is left out unawares.
    CHECK_THAT(without.toStdString(), Catch::Contains("Aino Mäkelä (chair)") && Catch::Contains("Östen Åberg (member)"));
    CHECK(listed == 2);
    CHECK(subject.toStdString()
          == QStringLiteral("Invitation: Kunnanhallitus KH 12/2026 on %1")
                 .arg(QLocale().toString(QDate(2026, 5, 11), QLocale::ShortFormat))
                 .toStdString());

    REQUIRE(waitUntil([&] { return QFileInfo(arguments).size() > 0; }, 5000));
    QStringList given = QString::fromUtf8(readFile(arguments)).split(QChar(0));
    given.removeLast(); // after the last separator
    REQUIRE(given.size() == 9);
    CHECK(given.mid(0, 3) == QStringList{QStringLiteral("--utf8"), QStringLiteral("--subject"), subject});
    CHECK(given.at(3) == QStringLiteral("--body"));
    CHECK(given.at(4).contains(QStringLiteral("Place: Kunnantalo")));
    CHECK(given.at(4).contains(QStringLiteral("2. Vahingonkorvausvaatimus")));
    CHECK(given.at(5) == QStringLiteral("--attach"));
    CHECK(given.mid(7) == QStringList{QStringLiteral("pekka@testila.fi"), QStringLiteral("ville.vesi@example.fi")});
    // The public agenda: the confidential item by its title only.
    const QString attached = given.at(6);
    CHECK(QFileInfo(attached).fileName() == QStringLiteral("KH-12-2026-esityslista.pdf"));
    const QString agenda = pdfText(readFile(attached));
    CHECK(agenda.contains(QStringLiteral("Vahingonkorvausvaatimus")));
    CHECK(agenda.contains(QStringLiteral("digitalisaatiofoorumin")));
    CHECK_FALSE(agenda.contains(QStringLiteral("vaatii korvausta")));
    CHECK_FALSE(agenda.contains(QStringLiteral("Meikäläinen")));
    CHECK(errors.isEmpty());

    // A desktop without a mail program: one message saying what to do.
    qputenv("FAKE_EXIT", "3");
    whenOpened<SendInvitationDialog>([](SendInvitationDialog *dialog) { dialog->accept(); });
    page->sendInvitationAction()->trigger();
    REQUIRE(waitUntil([&] { return !errors.isEmpty(); }, 5000));
    CHECK_THAT(errors.first().toStdString(), Catch::Contains("No mail program is set up"));
    qunsetenv("FAKE_EXIT");
    // A program that is not there at all.
    errors.clear();
    InvitationMail::setProgram(dir.path(QStringLiteral("missing/xdg-email")));
    whenOpened<SendInvitationDialog>([](SendInvitationDialog *dialog) { dialog->accept(); });
    page->sendInvitationAction()->trigger();
    REQUIRE(waitUntil([&] { return !errors.isEmpty(); }, 5000));
    CHECK_THAT(errors.first().toStdString(), Catch::Contains("did not start"));
    InvitationMail::setProgram(QString());

    // Nothing to send once the meeting has been opened.
    REQUIRE(window.store().openMeeting(sample.meeting, QDateTime(QDate(2026, 5, 11), QTime(16, 0))).ok());
    window.refresh();
    CHECK_FALSE(page->sendInvitationAction()->isEnabled());
}

namespace {

// The mail server's settings for a test, kept as the preferences keep
// them; forgotten again, with the session's passwords, when it goes.
class SmtpPreferences
{
public:
    explicit SmtpPreferences(int port, const QString &user = QString())
    {
        SmtpSettings smtp;
        smtp.host = QStringLiteral("127.0.0.1");
        smtp.port = port;
        smtp.security = SmtpSecurity::None;
        smtp.user = user;
        smtp.sender = {QStringLiteral("Kunnanhallitus"), QStringLiteral("kirjaamo@testila.fi")};
        smtp.timeoutSeconds = 20;
        MailSettings::save(MailSettings::Way::Smtp, smtp);
    }
    ~SmtpPreferences()
    {
        QSettings().remove(QStringLiteral("mail"));
        SmtpSending::forgetPasswords();
    }
    Q_DISABLE_COPY_MOVE(SmtpPreferences)
};

// What the report said, read while it was open.
struct Report
{
    QString summary;
    QMap<QString, QString> outcome; // "Name (role)" → its message column
    QString details;                // why those not sent were not
    bool convenable = false;
};

// Answers each dialog of type D that shows while it lives (whenOpened
// answers one, and may outlive the test that armed it).
template<typename D>
class Answering
{
public:
    explicit Answering(std::function<void(D *)> answer)
    {
        m_timer.setInterval(10);
        QObject::connect(&m_timer, &QTimer::timeout, [answer] {
            for (QWidget *widget : QApplication::topLevelWidgets()) {
                if (auto *dialog = qobject_cast<D *>(widget); dialog && dialog->isVisible())
                    answer(dialog);
            }
        });
        m_timer.start();
    }

private:
    QTimer m_timer;
};

// Sends the invitation as the secretary would: accepts the message, gives
// `password` when asked (cancels without one), and reads the report,
// recording the convening day when `convene`.
Report sendThroughServer(MeetingPage *page, const std::optional<QString> &password, bool convene,
                         bool *asked = nullptr)
{
    Report report;
    bool prompted = false;
    Answering<SendInvitationDialog> compose([](SendInvitationDialog *dialog) { dialog->accept(); });
    Answering<QInputDialog> passwordPrompt([&](QInputDialog *dialog) {
        prompted = true;
        if (!password)
            return dialog->reject();
        dialog->setTextValue(*password);
        dialog->accept();
    });
    Answering<InvitationReportDialog> read([&](InvitationReportDialog *dialog) {
        report.summary = dialog->summary();
        report.details = dialog->details();
        for (int i = 0; i < dialog->deliveryList()->topLevelItemCount(); ++i) {
            const QTreeWidgetItem *row = dialog->deliveryList()->topLevelItem(i);
            report.outcome.insert(row->text(0), row->text(2));
        }
        report.convenable = dialog->conveneButton()->isVisible() && dialog->conveneButton()->isEnabled();
        if (convene && report.convenable)
            dialog->conveneButton()->click();
        dialog->accept();
    });
    page->sendInvitationAction()->trigger();
    if (asked)
        *asked = prompted;
    return report;
}

// A meeting of the sample's board a week from today, with the sample's
// items (one confidential), so that it can still be convened.
Meeting nextWeeksMeeting(Store &store, const Sample &sample)
{
    const QDate day = QDate::currentDate().addDays(7);
    Meeting meeting;
    meeting.bodyId = sample.body;
    meeting.number = 40;
    meeting.year = day.year();
    meeting.plannedStart = QDateTime(day, QTime(16, 0));
    meeting.place = QStringLiteral("Kunnantalo");
    meeting.id = required(store.addMeeting(meeting));
    for (AgendaItem item : required(store.agendaItems(sample.meeting))) {
        item.id = 0;
        item.meetingId = meeting.id;
        required(store.addAgendaItem(item));
    }
    return meeting;
}

} // namespace

TEST_CASE("The invitation goes through the mail server: a message for each address, the public agenda, and who "
          "did not get it and why",
          "[ui][lifecycle][mail][smtp]")
{
    TestDir dir;
    const QString path = dir.path(QStringLiteral("s.sqlite"));
    Meeting meeting;
    {
        auto store = createStore(path);
        meeting = nextWeeksMeeting(*store, addSample(*store)); // only the deputy, Pöyhönen, has an address
        required(store->addInvitee({0, meeting.id, 0, 0, QStringLiteral("Ville Vesi"), QStringLiteral("asiantuntija"),
                                    QStringLiteral("ville.vesi@example.fi")}));
        required(store->addInvitee({0, meeting.id, 0, 0, QStringLiteral("Hilkka Hylätty"),
                                    QStringLiteral("tarkastaja"), QStringLiteral("hilkka@example.fi")}));
    }
    SmtpTestServer::Options options;
    options.refused = {QStringLiteral("hilkka@example.fi")};
    options.user = QStringLiteral("kirjaamo");
    options.password = QStringLiteral("salainen");
    SmtpTestServer server(options);
    SmtpPreferences preferences(server.port(), QStringLiteral("kirjaamo"));

    MainWindow window(openStore(path));
    window.setWatching(false);
    window.show();
    REQUIRE(window.selectMeeting(meeting.id));
    MeetingPage *page = window.meetingPage();
    REQUIRE(page->sendInvitationAction()->isEnabled());
    CHECK(page->sendInvitationAction()->toolTip().contains(QStringLiteral("through the mail server")));

    bool asked = false;
    const Report report = sendThroughServer(page, QStringLiteral("salainen"), true, &asked);
    CHECK(asked);
    INFO(report.summary.toStdString());
    // Never "all sent" when one was not.
    CHECK(report.summary.contains(QStringLiteral("sent to 2 of 3 addresses")));
    CHECK(report.summary.contains(QStringLiteral("2 invited have no usable e-mail address")));
    CHECK(report.outcome.value(QStringLiteral("Pekka Pöyhönen (personal deputy of Östen Åberg)")) == u"Sent");
    CHECK(report.outcome.value(QStringLiteral("Ville Vesi (asiantuntija)")) == u"Sent");
    CHECK(report.outcome.value(QStringLiteral("Hilkka Hylätty (tarkastaja)")) == u"Not sent");
    CHECK(report.details.startsWith(QStringLiteral("hilkka@example.fi: The mail server refused the address "
                                                   "hilkka@example.fi: “550 5.1.1")));
    CHECK(report.outcome.value(QStringLiteral("Aino Mäkelä (chair)")) == u"No address");
    CHECK(report.outcome.value(QStringLiteral("Östen Åberg (member)")) == u"No address");
    CHECK(report.convenable);

    // What arrived: one message to each, the public agenda byte for byte.
    const QList<QJsonObject> received = server.messages();
    REQUIRE(received.size() == 2);
    const QByteArray agenda = required(Invitation::publicAgenda(window.store(), storedMeeting(window.store(), meeting.id))).data;
    const QString digest = QString::fromLatin1(QCryptographicHash::hash(agenda, QCryptographicHash::Sha256).toHex());
    const QStringList addresses{QStringLiteral("pekka@testila.fi"), QStringLiteral("ville.vesi@example.fi")};
    for (int i = 0; i < 2; ++i) {
        const QJsonObject got = received.at(i);
        CHECK(got.value(QStringLiteral("rcpt_tos")).toArray() == QJsonArray{addresses.at(i)});
        CHECK(got.value(QStringLiteral("login")).toString() == u"kirjaamo");
        CHECK(got.value(QStringLiteral("headers")).toObject().value(QStringLiteral("Subject")).toString().startsWith(
            QStringLiteral("Invitation: Kunnanhallitus KH 40/%1 on ").arg(meeting.year)));
        const QJsonArray attachments = got.value(QStringLiteral("attachments")).toArray();
        REQUIRE(attachments.size() == 1);
        CHECK(attachments.first().toObject().value(QStringLiteral("sha256")).toString() == digest);
        CHECK_FALSE(server.rawMessage(i).contains("korvausta"));
    }
    CHECK(pdfText(agenda).contains(QStringLiteral("Vahingonkorvausvaatimus")));
    CHECK_FALSE(pdfText(agenda).contains(QStringLiteral("Meikäläinen")));

    // Recorded as convened today, as Convene… would.
    CHECK(storedMeeting(window.store(), meeting.id).convened == QDate::currentDate());
    CHECK(page->lifecycleText().contains(QStringLiteral("Convened on")));

    // The password is kept for the session: not asked again.
    const Report again = sendThroughServer(page, std::nullopt, false, &asked);
    CHECK_FALSE(asked);
    CHECK(again.summary.contains(QStringLiteral("sent to 2 of 3 addresses")));
    CHECK_FALSE(again.convenable); // convened today already
    CHECK(server.messages().size() == 4);
}

TEST_CASE("Through the mail server, a refused login or an unreachable server sends nothing and says so",
          "[ui][lifecycle][mail][smtp]")
{
    TestDir dir;
    const QString path = dir.path(QStringLiteral("s.sqlite"));
    Sample sample;
    {
        auto store = createStore(path);
        sample = addSample(*store);
        required(store->addInvitee({0, sample.meeting, 0, 0, QStringLiteral("Ville Vesi"), QStringLiteral("asiantuntija"),
                                    QStringLiteral("ville.vesi@example.fi")}));
    }
    SmtpTestServer::Options options;
    options.user = QStringLiteral("kirjaamo");
    options.password = QStringLiteral("salainen");
    SmtpTestServer server(options);
    auto preferences = std::make_unique<SmtpPreferences>(server.port(), QStringLiteral("kirjaamo"));

    MainWindow window(openStore(path));
    window.setWatching(false);
    window.show();
    REQUIRE(window.selectMeeting(sample.meeting));
    MeetingPage *page = window.meetingPage();

    bool asked = false;
    Report report = sendThroughServer(page, QStringLiteral("väärä"), true, &asked);
    CHECK(asked);
    CHECK(report.summary.contains(QStringLiteral("sent to no one")));
    CHECK(report.summary.contains(QStringLiteral("refused the login as kirjaamo")));
    CHECK(report.outcome.value(QStringLiteral("Ville Vesi (asiantuntija)")) == u"Not sent");
    // The one reason once, for both addresses.
    CHECK(report.details.count(QStringLiteral("refused the login as kirjaamo")) == 1);
    CHECK(report.details.startsWith(QStringLiteral("pekka@testila.fi")));
    CHECK(report.details.contains(QStringLiteral("ville.vesi@example.fi: The mail server 127.0.0.1 refused the login")));
    CHECK_FALSE(report.convenable);
    CHECK(server.messages().isEmpty());
    CHECK_FALSE(storedMeeting(window.store(), sample.meeting).convened.isValid());
    // The refused password is forgotten: asked for again, and this time right.
    report = sendThroughServer(page, QStringLiteral("salainen"), false, &asked);
    CHECK(asked);
    CHECK(report.summary.contains(QStringLiteral("sent to every address, 2 in all")));
    CHECK(server.messages().size() == 2);

    // Cancelling the password sends nothing and shows no report.
    SmtpSending::forgetPasswords();
    report = sendThroughServer(page, std::nullopt, false, &asked);
    CHECK(asked);
    CHECK(report.summary.isEmpty());
    CHECK(server.messages().size() == 2);

    // No server listening there any more.
    server.stop();
    report = sendThroughServer(page, QStringLiteral("salainen"), false);
    CHECK(report.summary.contains(QStringLiteral("sent to no one")));
    CHECK(report.summary.contains(QStringLiteral("could not be reached on port %1").arg(server.port())));

    // The mail server chosen but not set up: the action says what to set.
    preferences.reset();
    MailSettings::save(MailSettings::Way::Smtp, SmtpSettings());
    page->refreshLifecycle();
    CHECK_FALSE(page->sendInvitationAction()->isEnabled());
    CHECK(page->sendInvitationAction()->toolTip().contains(QStringLiteral("Give the mail server")));
    QSettings().remove(QStringLiteral("mail"));
    page->refreshLifecycle();
    CHECK(page->sendInvitationAction()->toolTip().contains(QStringLiteral("mail program")));
}

TEST_CASE("The preferences keep the mail server without its password, refuse an unsafe choice and send a test message",
          "[ui][mail][smtp][preferences]")
{
    SmtpTestServer server;
    {
        PreferencesDialog preferences;
        CHECK(preferences.mailWay() == MailSettings::Way::MailProgram);
        CHECK_FALSE(preferences.smtpHostEdit()->isEnabled());
        preferences.mailWayBox()->setCurrentIndex(preferences.mailWayBox()->findData(int(MailSettings::Way::Smtp)));
        CHECK(preferences.smtpHostEdit()->isEnabled());
        // The usual port follows the security while it has not been changed.
        CHECK(preferences.smtpPortBox()->value() == 587);
        preferences.smtpSecurityBox()->setCurrentIndex(preferences.smtpSecurityBox()->findData(int(SmtpSecurity::Tls)));
        CHECK(preferences.smtpPortBox()->value() == 465);
        preferences.smtpSecurityBox()->setCurrentIndex(preferences.smtpSecurityBox()->findData(int(SmtpSecurity::None)));
        CHECK(preferences.allowUnencryptedBox()->isEnabled());
        QTest::keyClicks(preferences.smtpHostEdit(), QStringLiteral("smtp.testila.fi"));
        QTest::keyClicks(preferences.senderAddressEdit(), QStringLiteral("kirjaamo@testila.fi"));
        preferences.senderNameEdit()->setText(QStringLiteral("Testilän kunnanhallitus"));
        QTest::keyClicks(preferences.smtpUserEdit(), QStringLiteral("kirjaamo"));
        // Unencrypted to another computer: refused unless allowed explicitly.
        preferences.accept();
        CHECK(preferences.error().contains(QStringLiteral("without encryption")));
        CHECK(MailSettings::way() == MailSettings::Way::MailProgram);
        preferences.allowUnencryptedBox()->setChecked(true);
        preferences.accept();
        CHECK(preferences.error().isEmpty());
    }
    CHECK(MailSettings::way() == MailSettings::Way::Smtp);
    const SmtpSettings kept = MailSettings::smtp();
    CHECK(kept.host == u"smtp.testila.fi");
    CHECK(kept.security == SmtpSecurity::None);
    CHECK(kept.allowUnencrypted);
    CHECK(kept.user == u"kirjaamo");
    CHECK(kept.sender.toString() == u"Testilän kunnanhallitus <kirjaamo@testila.fi>");
    // No password anywhere in the settings.
    for (const QString &key : QSettings().allKeys())
        CHECK_FALSE(key.contains(QStringLiteral("password"), Qt::CaseInsensitive));

    // A test message to the sender, through the server set up in the dialog.
    {
        PreferencesDialog preferences;
        CHECK(preferences.smtpHostEdit()->text() == u"smtp.testila.fi");
        preferences.smtpHostEdit()->setText(QStringLiteral("127.0.0.1"));
        preferences.smtpPortBox()->setValue(server.port());
        preferences.smtpUserEdit()->clear();
        preferences.sendTestMessage();
        INFO(preferences.testResult().toStdString());
        CHECK(preferences.testResult().contains(QStringLiteral("A test message was sent to kirjaamo@testila.fi")));
        const QList<QJsonObject> received = server.messages();
        REQUIRE(received.size() == 1);
        CHECK(received.first().value(QStringLiteral("rcpt_tos")).toArray()
              == QJsonArray{QStringLiteral("kirjaamo@testila.fi")});
        CHECK(received.first().value(QStringLiteral("headers")).toObject().value(QStringLiteral("Subject")).toString()
              == u"Pykälä: test message");
        // And a server that is not there: the reason below the button.
        server.stop();
        preferences.sendTestMessage();
        CHECK(preferences.testResult().contains(QStringLiteral("could not be reached")));
        preferences.reject();
    }
    // Cancelled: nothing kept of what was tried.
    CHECK(MailSettings::smtp().host == u"smtp.testila.fi");
    QSettings().remove(QStringLiteral("mail"));
}

// What a secretary sees, in Finnish: the meeting page with its life cycle
// actions and each dialog, written into the build tree (tests/screenshots)
// and, with PYKALA_UPDATE_SCREENSHOTS, into docs/images for the guide.
TEST_CASE("Screenshots of the meeting's life cycle", "[ui][lifecycle][screenshot]")
{
    packageKeys(); // the certificate database, before anything else sets one up
    TestDir dir;
    const QString path = dir.path(QStringLiteral("demo.sqlite"));
    {
        auto store = createStore(path);
        DemoData::Options options;
        options.asOf = QDate(2026, 11, 22);
        REQUIRE(DemoData::generate(*store, options).ok());
    }
    // Pykälä's translation and Qt's own (the dialogs' standard buttons).
    REQUIRE(UiLanguage::apply(QStringLiteral("fi")));
    const QStringList forDocs{QStringLiteral("lifecycle-cancelled.png"), QStringLiteral("lifecycle-packages.png"),
                              QStringLiteral("preferences-email.png"), QStringLiteral("lifecycle-invitation-report.png")};
    auto save = [&](QWidget *widget, const QString &name) { saveScreenshot(widget, name, forDocs.contains(name)); };
    const QString script = dir.path(QStringLiteral("xdg-email"));
    writeFile(script, "#!/bin/sh\nexit 0\n");
    QFile::setPermissions(script, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    InvitationMail::setProgram(script);

    MainWindow window(openStore(path));
    window.setWatching(false);
    window.resize(1280, 800);
    window.show();
    Store &store = window.store();
    const Meeting planned = nextConvenedMeeting(store, QStringLiteral("KH"));
    const Meeting held = required(store.findMeeting(QStringLiteral("KH 18/2026")));
    REQUIRE(window.selectMeeting(planned.id));
    MeetingPage *page = window.meetingPage();
    save(&window, QStringLiteral("lifecycle-page.png"));

    ConveneDialog convene(store, planned, &window);
    convene.show();
    save(&convene, QStringLiteral("lifecycle-convene.png"));
    RescheduleDialog reschedule(store, planned, &window);
    reschedule.show();
    save(&reschedule, QStringLiteral("lifecycle-reschedule.png"));
    CancelMeetingDialog cancel(store, planned, &window);
    cancel.show();
    cancel.accept(); // without a reason: refused, the dialog says so
    save(&cancel, QStringLiteral("lifecycle-cancel.png"));
    cancel.reject();
    SendInvitationDialog send(store, planned, &window);
    send.show();
    save(&send, QStringLiteral("lifecycle-invitation.png"));
    // Through the mail server: the preferences, and the report of one
    // refused address.
    {
        SmtpSettings smtp;
        smtp.host = QStringLiteral("smtp.koivulahti.fi");
        smtp.user = QStringLiteral("kirjaamo");
        smtp.sender = {QStringLiteral("Koivulahden kunnanhallitus"), QStringLiteral("kirjaamo@koivulahti.fi")};
        MailSettings::save(MailSettings::Way::Smtp, smtp);
        PreferencesDialog preferences(&window);
        preferences.show();
        // The E-mail section alone.
        auto *section = preferences.findChild<QGroupBox *>();
        REQUIRE(section);
        save(section, QStringLiteral("preferences-email.png"));
        const Invitation::Draft draft = required(Invitation::draft(store, planned));
        QList<SmtpClient::Delivery> deliveries(draft.recipients.size(), {SmtpClient::Delivery::State::Sent});
        REQUIRE(deliveries.size() > 2);
        deliveries[2] = {SmtpClient::Delivery::State::Refused,
                         QStringLiteral("Sähköpostipalvelin hylkäsi osoitteen %1: ”550 5.1.1 User unknown”.")
                             .arg(draft.recipients.at(2).address)};
        InvitationReportDialog report(store, planned, draft, deliveries, &window);
        report.show();
        save(&report, QStringLiteral("lifecycle-invitation-report.png"));
        QSettings().remove(QStringLiteral("mail"));
    }
    // Everyone's encryption certificate registered, so that every package
    // is written.
    for (const InvitationList::Entry &entry : required(InvitationList::of(store, planned))) {
        if (entry.holdsSeat())
            memberPackage(store, QString::number(entry.personId));
    }
    PackagesDialog packages(store, planned, &window);
    REQUIRE(packages.signerBox()->findData(packageKeys().maker) >= 0);
    packages.signerBox()->setCurrentIndex(packages.signerBox()->findData(packageKeys().maker));
    const QString folder = dir.path(QStringLiteral("kokouspaketit"));
    REQUIRE(QDir().mkpath(folder));
    packages.folderEdit()->setText(folder);
    packages.show();
    packages.writePackages();
    save(&packages, QStringLiteral("lifecycle-packages.png"));

    BringInDialog bringIn(store, planned, &window);
    bringIn.show();
    bringIn.search(QStringLiteral("päiväkoti"));
    save(&bringIn, QStringLiteral("lifecycle-bring-in.png"));

    REQUIRE(window.selectMeeting(held.id));
    save(&window, QStringLiteral("lifecycle-held.png"));
    MinutesDaysDialog days(store, held, &window);
    days.show();
    save(&days, QStringLiteral("lifecycle-minutes-days.png"));
    PublishDialog publish(store, held, &window);
    publish.folderEdit()->setText(dir.path(QStringLiteral("verkko")));
    REQUIRE(QDir().mkpath(dir.path(QStringLiteral("verkko"))));
    publish.show();
    REQUIRE(publish.publish());
    save(&publish, QStringLiteral("lifecycle-publish.png"));

    // A cancelled meeting, with its reason.
    REQUIRE(store.cancelMeeting(planned.id, QStringLiteral("Käsiteltävät asiat siirtyvät seuraavaan kokoukseen.")).ok());
    window.refresh();
    REQUIRE(window.selectMeeting(planned.id));
    save(&window, QStringLiteral("lifecycle-cancelled.png"));
    CHECK_FALSE(page->conveneAction()->isEnabled());

    InvitationMail::setProgram(QString());
    UiLanguage::apply(QStringLiteral("en"));
    QLocale::setDefault(QLocale::c());
}

TEST_CASE("Bring In finds any earlier item by its words and copies it with its texts, preparers and attachments",
          "[ui][meeting][bringin]")
{
    TestDir dir;
    auto store = createStore(dir.path(QStringLiteral("s.sqlite")));
    const RecordedMeeting first = recordMeeting(*store);
    const Meeting next = addUnheldMeeting(*store, first.meeting);
    // Decided, not tabled: not offered until searched for.
    const AgendaItem decided = first.items.at(2); // § 3 Päiväkodin rakentaminen
    Attachment plan;
    plan.itemId = decided.id;
    plan.name = QStringLiteral("Asemapiirros.pdf");
    plan.mediaType = QStringLiteral("application/pdf");
    plan.content = QByteArrayLiteral("%PDF-1.4 piirros");
    required(store->addAttachment(plan));
    // The next meeting's own item matches too, and is not offered.
    AgendaItem own;
    own.meetingId = next.id;
    own.title = QStringLiteral("Päiväkodin kalustaminen");
    required(store->addAgendaItem(own));

    BringInDialog dialog(*store, next);
    dialog.show();
    for (int row = 0; row < dialog.table()->rowCount(); ++row)
        CHECK(dialog.table()->item(row, 1)->text() != decided.title);
    // Typed: found a moment later.
    dialog.searchField()->setFocus();
    QTest::keyClicks(dialog.searchField(), QStringLiteral("rakentaminen"));
    REQUIRE(waitUntil([&] { return dialog.table()->rowCount() == 1; }, 3000));
    CHECK(dialog.table()->item(0, 0)->text() == QStringLiteral("KH 12/2026 § 3"));
    CHECK(dialog.table()->item(0, 1)->text() == decided.title);
    dialog.search(QStringLiteral("päiväkodin"));
    REQUIRE(dialog.table()->rowCount() == 1); // not this meeting's own item
    dialog.search(QStringLiteral("sanaa ei ole"));
    CHECK(dialog.table()->rowCount() == 0);
    CHECK_THAT(dialog.error().toStdString(), Catch::Contains("No earlier item has the words"));
    dialog.search(QStringLiteral("päiväkodin"));
    dialog.table()->selectRow(0);
    dialog.accept();
    REQUIRE(dialog.result() == QDialog::Accepted);

    const AgendaItem copy = required(store->agendaItem(dialog.broughtItemId())).value();
    CHECK(copy.meetingId == next.id);
    CHECK(copy.title == decided.title);
    CHECK(copy.background == decided.background); // the personal-data marks too
    CHECK(copy.proposal == decided.proposal);
    CHECK(copy.preparers.size() == decided.preparers.size());
    CHECK_FALSE(copy.sectionNumber.has_value());
    CHECK(copy.decision.isEmpty());
    CHECK(copy.proceedings.isEmpty());
    const auto attachments = required(store->attachments(copy.id, true));
    REQUIRE(attachments.size() == 1);
    CHECK(attachments.first().content == plan.content);
    // Cleared, the tabled and returned items again.
    dialog.search(QString());
    CHECK(dialog.table()->horizontalHeaderItem(2)->text() == QStringLiteral("Outcome"));
    CHECK(store->check()->ok());
}

TEST_CASE("An item is saved as a template from its editor and put on the next agenda from the meeting page",
          "[ui][meeting][templates]")
{
    TestDir dir;
    const QString path = dir.path(QStringLiteral("s.sqlite"));
    Meeting next;
    qint64 itemId = 0;
    {
        auto store = createStore(path);
        const RecordedMeeting first = recordMeeting(*store);
        next = addUnheldMeeting(*store, first.meeting);
        AgendaItem item;
        item.meetingId = next.id;
        item.title = QStringLiteral("Viranhaltijapäätökset");
        item.caseReference = QStringLiteral("3/00.01/2026");
        item.proposal = RichText::fromPlainText(QStringLiteral("Kunnanhallitus ei käytä otto-oikeuttaan."));
        itemId = required(store->addAgendaItem(item));
    }
    MainWindow window(openStore(path));
    window.setWatching(false);
    window.show();
    Store &store = window.store();
    REQUIRE(window.selectItem(next.id, itemId));
    ItemEditor *editor = window.itemEditor();
    REQUIRE(editor->saveAsTemplateAction()->isEnabled());

    // What is typed and not yet saved goes into the template too.
    editor->proposalEdit()->setFocus();
    editor->proposalEdit()->moveCursor(QTextCursor::End);
    QTest::keyClicks(editor->proposalEdit(), QStringLiteral(" Tiedoksi."));
    QString offeredName;
    bool replaceOffered = true;
    whenOpened<SaveTemplateDialog>([&](SaveTemplateDialog *dialog) {
        offeredName = dialog->nameEdit()->text();
        replaceOffered = dialog->replaceBox()->isEnabled();
        dialog->nameEdit()->setText(QStringLiteral("Otto-oikeus"));
        dialog->accept();
    });
    editor->saveAsTemplateAction()->trigger();
    CHECK(offeredName == QStringLiteral("Viranhaltijapäätökset"));
    CHECK_FALSE(replaceOffered);
    const QList<ItemTemplate> saved = required(store.itemTemplates(next.bodyId));
    REQUIRE(saved.size() == 1);
    CHECK(saved.first().name == QStringLiteral("Otto-oikeus"));
    CHECK(RichText::toPlainText(saved.first().item.proposal)
          == QStringLiteral("Kunnanhallitus ei käytä otto-oikeuttaan. Tiedoksi."));
    CHECK(saved.first().item.caseReference.isEmpty());
    CHECK_THAT(editor->changedNoticeText()->text().toStdString(), Catch::Contains("Otto-oikeus"));

    // The same name again: refused until replacing is ticked.
    QString refusal;
    bool replaced = false;
    whenOpened<SaveTemplateDialog>([&](SaveTemplateDialog *dialog) {
        dialog->nameEdit()->setText(QStringLiteral("Otto-oikeus"));
        dialog->accept();
        refusal = dialog->error();
        if (dialog->replaceBox()->isEnabled()) {
            dialog->replaceBox()->setChecked(true);
            dialog->accept();
            replaced = dialog->result() == QDialog::Accepted;
        }
        if (dialog->isVisible())
            dialog->reject();
    });
    editor->saveAsTemplateAction()->trigger();
    CHECK_THAT(refusal.toStdString(), Catch::Contains("already has a template named \"Otto-oikeus\""));
    CHECK(replaced);
    CHECK(required(store.itemTemplates(next.bodyId)).size() == 1);

    // From Template… on the meeting page: a new item, opened in the editor.
    REQUIRE(window.selectMeeting(next.id));
    MeetingPage *page = window.meetingPage();
    REQUIRE(page->fromTemplateAction()->isEnabled());
    const int itemsBefore = int(required(store.agendaItems(next.id)).size());
    QString preview;
    whenOpened<ItemTemplatesDialog>([&](ItemTemplatesDialog *dialog) {
        preview = dialog->preview()->toPlainText();
        dialog->accept();
    });
    page->fromTemplateAction()->trigger();
    CHECK_THAT(preview.toStdString(), Catch::Contains("otto-oikeuttaan. Tiedoksi."));
    const QList<AgendaItem> agenda = required(store.agendaItems(next.id));
    REQUIRE(agenda.size() == itemsBefore + 1);
    CHECK(agenda.constLast().title == QStringLiteral("Viranhaltijapäätökset"));
    CHECK(agenda.constLast().caseReference.isEmpty());
    CHECK(window.currentPage() == editor);
    CHECK(editor->titleEdit()->text() == QStringLiteral("Viranhaltijapäätökset"));

    // Renamed and removed in the dialog; a taken name is refused there.
    {
        ItemTemplatesDialog dialog(store, next);
        REQUIRE(dialog.list()->count() == 1);
        CHECK(dialog.rename(QStringLiteral("Viranhaltijoiden päätökset")));
        CHECK(required(store.itemTemplates(next.bodyId)).first().name == QStringLiteral("Viranhaltijoiden päätökset"));
        CHECK_FALSE(dialog.rename(QStringLiteral("  ")));
        CHECK_THAT(dialog.error().toStdString(), Catch::Contains("needs a name"));
        CHECK_FALSE(dialog.remove(false));
        CHECK(dialog.remove(true));
        CHECK(dialog.list()->count() == 0);
        CHECK_FALSE(dialog.removeButton()->isEnabled());
        CHECK_THAT(dialog.error().toStdString(), Catch::Contains("no item templates yet"));
    }
    CHECK(required(store.itemTemplates(next.bodyId)).isEmpty());
    // A cancelled meeting takes no new items.
    REQUIRE(store.cancelMeeting(next.id, QStringLiteral("Ei käsiteltäviä asioita.")));
    window.refresh();
    REQUIRE(window.selectMeeting(next.id));
    CHECK_FALSE(page->fromTemplateAction()->isEnabled());
    CHECK(required(store.check()).ok());
}

TEST_CASE("The demo data fills a new store with its progress shown while the window keeps working",
          "[ui][demo][progress]")
{
    TestDir dir;
    const QString path = dir.path(QStringLiteral("demo.sqlite"));
    auto store = createStore(path);
    QWidget window;
    window.show();
    // Twelve years of a dozen bodies: long enough for the dialog to show.
    DemoData::Options options;
    options.bodies = DemoData::maxBodies;
    options.years = 12;
    options.asOf = QDate(2026, 12, 1);
    int ticks = 0;
    QTimer clock;
    QObject::connect(&clock, &QTimer::timeout, [&] { ++ticks; });
    clock.start(20);
    QStringList labels;
    int maximum = 0;
    QTimer watch;
    QObject::connect(&watch, &QTimer::timeout, [&] {
        for (QWidget *widget : QApplication::topLevelWidgets()) {
            if (auto *dialog = qobject_cast<QProgressDialog *>(widget); dialog && dialog->isVisible()) {
                if (!labels.contains(dialog->labelText()))
                    labels << dialog->labelText();
                maximum = dialog->maximum();
            }
        }
    });
    watch.start(10);
    QElapsedTimer took;
    took.start();
    const Status filled = DemoStore::fill(&window, *store, options);
    const qint64 elapsed = took.elapsed();
    REQUIRE(filled.ok());
    // The window's own timer kept running: the event loop was not held up.
    INFO("took " << elapsed << " ms, " << ticks << " ticks");
    CHECK(ticks >= elapsed / 20 / 3);
    // The steps were shown: the register, then each body's year.
    REQUIRE_FALSE(labels.isEmpty());
    CHECK(maximum == 1 + 12 * DemoData::maxBodies);
    CHECK(labels.constLast().contains(QStringLiteral("(%1 of %1)").arg(1 + 12 * DemoData::maxBodies)));
    // What the worker's connection wrote is in the store.
    CHECK(required(store->bodies()).size() == DemoData::maxBodies);
    CHECK(required(store->check()).ok());
    // A store that is not empty is refused, with the reason, and kept.
    const qint64 entries = required(store->auditHead()).first;
    const Status again = DemoStore::fill(&window, *store, options);
    CHECK_THAT(again.error().toStdString(), Catch::Contains("already holds data"));
    CHECK(required(store->auditHead()).first == entries);
}
