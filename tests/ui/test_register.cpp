// The register in the desktop: the set-up assistant of a new store, the
// register window and its dialogs, and the member import, driven through
// their widgets.

#include <catch2/catch.hpp>

#include "testsupport.h"
#include "uitestsupport.h"
#include "waituntil.h"

#include "bodyform.h"
#include "demo/demodata.h"
#include "mainwindow.h"
#include "memberimportdialog.h"
#include "navigatormodel.h"
#include "registerdialogs.h"
#include "registerwindow.h"
#include "setupassistant.h"
#include "uilanguage.h"

#include <QAbstractButton>
#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QCryptographicHash>
#include <QDateEdit>
#include <QDir>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QProgressDialog>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QSpinBox>
#include <QTest>
#include <QTextBrowser>
#include <QTimeEdit>
#include <QTimer>
#include <QTreeWidget>

#include <functional>

// Failed comparisons of lists of texts show the texts (testsupport.h shows a text).
namespace Catch {
template<> struct StringMaker<QStringList>
{
    static std::string convert(const QStringList &texts) { return '[' + texts.join(QStringLiteral(" | ")).toStdString() + ']'; }
};
} // namespace Catch

namespace {

int rowOf(QListWidget *list, const QString &prefix)
{
    for (int row = 0; row < list->count(); ++row) {
        if (list->item(row)->text().startsWith(prefix))
            return row;
    }
    return -1;
}

QTreeWidgetItem *membershipItem(QTreeWidget *tree, const QString &name)
{
    for (QTreeWidgetItemIterator it(tree); *it; ++it) {
        if ((*it)->text(0) == name)
            return *it;
    }
    return nullptr;
}

// A store with its organisation and one committee, and the committee's id.
qint64 registerStore(Store &store)
{
    Organisation organisation;
    organisation.name = QStringLiteral("Järvenrannan kunta");
    REQUIRE(store.setOrganisation(organisation).ok());
    Body body{0, QStringLiteral("Tekninen lautakunta"), QStringLiteral("TEKLTK"), BodyKind::Committee,
              QuorumRule::MoreThanHalf};
    return required(store.addBody(body));
}

qint64 personNamed(Store &store, const QString &given, const QString &family)
{
    for (const Person &person : required(store.persons())) {
        if (person.givenName == given && person.familyName == family)
            return person.id;
    }
    return 0;
}

// Each membership of the body as "Family role [for Family] from–until", days as offsets from `base`.
QStringList memberships(Store &store, qint64 body, const QDate &base)
{
    QStringList lines;
    auto day = [&](const QDate &date) { return date.isValid() ? QString::number(base.daysTo(date)) : QString(); };
    for (const Membership &m : required(store.memberships(body))) {
        QString line = required(store.person(m.personId))->familyName + QLatin1Char(' ') + Codes::code(m.role);
        if (m.deputyForPersonId)
            line += QStringLiteral(" for ") + required(store.person(m.deputyForPersonId))->familyName;
        lines << line + QLatin1Char(' ') + day(m.validFrom) + QStringLiteral("..") + day(m.validUntil);
    }
    return lines;
}

QByteArray lines(std::initializer_list<const char *> rows)
{
    QByteArray bytes;
    for (const char *row : rows)
        bytes += QByteArray(row) + "\r\n";
    return bytes;
}

} // namespace

TEST_CASE("The set-up assistant makes the organisation and three bodies from templates, as edited", "[ui][register][setup]")
{
    TestDir dir;
    const QString path = dir.path(QStringLiteral("harjula.sqlite"));
    QImage logo(40, 20, QImage::Format_RGB32);
    logo.fill(Qt::darkGreen);
    REQUIRE(logo.save(dir.path(QStringLiteral("logo.png"))));
    writeFile(dir.path(QStringLiteral("logo.txt")), "not an image");

    SetupAssistant assistant(path);
    assistant.show();
    QAbstractButton *next = assistant.button(QWizard::NextButton);
    REQUIRE(assistant.currentId() == SetupAssistant::OrganisationPage);
    CHECK_FALSE(next->isEnabled()); // a name first
    QTest::keyClicks(assistant.nameEdit(), QStringLiteral("Harjulan kaupunki"));
    CHECK(next->isEnabled());
    assistant.swedishNameEdit()->setText(QStringLiteral("Harju stad"));
    assistant.businessIdEdit()->setText(QStringLiteral("0123456-7"));
    next->click();
    CHECK(assistant.currentId() == SetupAssistant::OrganisationPage);
    CHECK(assistant.error().contains(QStringLiteral("does not add up")));
    assistant.businessIdEdit()->setText(QStringLiteral("0123456-2"));
    CHECK_FALSE(assistant.setLogoFile(dir.path(QStringLiteral("logo.txt"))));
    CHECK(assistant.error().contains(QStringLiteral("not an image")));
    REQUIRE(assistant.setLogoFile(dir.path(QStringLiteral("logo.png"))));
    next->click();

    REQUIRE(assistant.currentId() == SetupAssistant::RegistryPage);
    assistant.addressEdit()->setPlainText(QStringLiteral("Harjulan kaupunki\nKirjaamo\n  Raatihuoneentori 2\n"));
    assistant.postalCodeEdit()->setText(QStringLiteral("1350"));
    assistant.localityEdit()->setText(QStringLiteral("Harjula"));
    assistant.emailEdit()->setText(QStringLiteral("kirjaamo@harjula.fi"));
    assistant.courtBox()->setCurrentIndex(assistant.courtBox()->findData(QStringLiteral("hameenlinna")));
    CHECK(assistant.courtBox()->currentText() == QStringLiteral("Hämeenlinna Administrative Court"));
    next->click();
    CHECK(assistant.error().contains(QStringLiteral("five digits")));
    assistant.postalCodeEdit()->setText(QStringLiteral("13500"));
    next->click();

    // The templates, named as a town names its bodies; the usual ones ticked.
    REQUIRE(assistant.currentId() == SetupAssistant::BodiesPage);
    QListWidget *list = assistant.bodyList();
    REQUIRE(list->count() == 9);
    CHECK(list->item(0)->text() == QStringLiteral("Kaupunginvaltuusto (KV)"));
    CHECK(list->item(1)->text() == QStringLiteral("Kaupunginhallitus (KH)"));
    QStringList ticked;
    for (int row = 0; row < list->count(); ++row) {
        if (list->item(row)->checkState() == Qt::Checked)
            ticked << list->item(row)->text();
    }
    CHECK(ticked == QStringList{QStringLiteral("Kaupunginvaltuusto (KV)"), QStringLiteral("Kaupunginhallitus (KH)"),
                                QStringLiteral("Sivistyslautakunta (SIVLTK)"),
                                QStringLiteral("Tekninen lautakunta (TEKLTK)"),
                                QStringLiteral("Tarkastuslautakunta (TARLTK)")});
    list->item(rowOf(list, QStringLiteral("Tekninen")))->setCheckState(Qt::Unchecked);
    list->item(rowOf(list, QStringLiteral("Tarkastus")))->setCheckState(Qt::Unchecked);
    BodyForm *form = assistant.bodyForm();
    // The council: meets elsewhere, signs electronically.
    list->setCurrentRow(0);
    CHECK(form->quorumBox()->currentData().toInt() == int(QuorumRule::TwoThirds));
    CHECK(form->swedishNameEdit()->text() == QStringLiteral("Stadsfullmäktige"));
    form->placeEdit()->setText(QStringLiteral("Harjula-sali"));
    form->electronicBox()->setChecked(true);
    // Its members' packages can be read for 60 days, not the 30 offered.
    CHECK(form->packageDaysBox()->value() == 30);
    form->packageDaysBox()->setValue(60);
    // The board: meets at 15.30.
    list->setCurrentRow(1);
    CHECK(form->nameEdit()->text() == QStringLiteral("Kaupunginhallitus"));
    form->startEdit()->setTime(QTime(15, 30));
    // The education committee, renamed and given the board's short name first.
    list->setCurrentRow(rowOf(list, QStringLiteral("Sivistys")));
    form->nameEdit()->setText(QStringLiteral("Sivistys- ja vapaa-aikalautakunta"));
    QTest::keyClicks(form->shortNameEdit(), QStringLiteral("X"));
    form->shortNameEdit()->setText(QStringLiteral("KH"));
    form->languageBox()->setCurrentIndex(form->languageBox()->findData(QStringLiteral("sv")));
    form->numberingBox()->setCurrentIndex(form->numberingBox()->findData(int(SectionNumbering::Continuous)));
    CHECK(list->currentItem()->text() == QStringLiteral("Sivistys- ja vapaa-aikalautakunta (KH)"));
    next->click();
    CHECK(assistant.error().contains(QStringLiteral("same short name KH")));
    form->shortNameEdit()->setText(QStringLiteral("SIVA"));
    next->click();

    REQUIRE(assistant.currentId() == SetupAssistant::SummaryPage);
    const QString summary = assistant.summaryView()->toPlainText();
    CHECK(summary.contains(QStringLiteral("Bodies (3)")));
    CHECK(summary.contains(QStringLiteral("Sivistys- ja vapaa-aikalautakunta")));
    CHECK(summary.contains(QStringLiteral("Hämeenlinna Administrative Court")));
    CHECK_FALSE(QFileInfo::exists(path)); // nothing written before Finish
    assistant.button(QWizard::FinishButton)->click();
    INFO(assistant.error().toStdString());
    REQUIRE(assistant.result() == QDialog::Accepted);

    const std::unique_ptr<Store> store = assistant.takeStore();
    REQUIRE(store);
    CHECK(store->path() == path);
    const Organisation organisation = required(store->organisation()).value();
    CHECK(organisation.name == QStringLiteral("Harjulan kaupunki"));
    CHECK(organisation.swedishName == QStringLiteral("Harju stad"));
    CHECK(organisation.businessId == QStringLiteral("0123456-2"));
    CHECK(organisation.defaultLanguage == Language::Finnish);
    CHECK(organisation.logoMediaType == QStringLiteral("image/png"));
    CHECK(organisation.logo == readFile(dir.path(QStringLiteral("logo.png"))));
    CHECK(organisation.registryAddress
          == QStringLiteral("Harjulan kaupunki\nKirjaamo\nRaatihuoneentori 2\n13500 Harjula"));
    CHECK(organisation.registryEmail == QStringLiteral("kirjaamo@harjula.fi"));
    CHECK(organisation.administrativeCourt == QStringLiteral("hameenlinna"));
    const QList<Body> bodies = required(store->bodies());
    REQUIRE(bodies.size() == 3);
    const Body council = required(store->bodyByShortName(QStringLiteral("KV"))).value();
    CHECK(council.name == QStringLiteral("Kaupunginvaltuusto"));
    CHECK(council.swedishName == QStringLiteral("Stadsfullmäktige"));
    CHECK(council.kind == BodyKind::Council);
    CHECK(council.quorumRule == QuorumRule::TwoThirds);
    CHECK(council.defaultPlace == QStringLiteral("Harjula-sali"));
    CHECK(council.defaultStart == QTime(18, 0));
    CHECK(council.signsElectronically);
    CHECK(council.packageExpiryDays == 60);
    const Body board = required(store->bodyByShortName(QStringLiteral("KH"))).value();
    CHECK(board.kind == BodyKind::Board);
    CHECK(board.quorumRule == QuorumRule::MoreThanHalf);
    CHECK(board.defaultStart == QTime(15, 30));
    CHECK(board.defaultPlace == QStringLiteral("Kaupungintalo, kaupunginhallituksen kokoushuone"));
    CHECK_FALSE(board.signsElectronically);
    CHECK(board.packageExpiryDays == 30);
    const Body education = required(store->bodyByShortName(QStringLiteral("SIVA"))).value();
    CHECK(education.name == QStringLiteral("Sivistys- ja vapaa-aikalautakunta"));
    CHECK(education.swedishName == QStringLiteral("Bildningsnämnden"));
    CHECK(education.documentLanguage == Language::Swedish);
    CHECK(education.sectionNumbering == SectionNumbering::Continuous);
    CHECK(education.signingOrder == Body::defaultSigningOrder());
    const CheckReport report = required(store->check());
    CHECK(report.ok());
    CHECK(report.auditEntries == 4); // the organisation and three bodies
}

TEST_CASE("Cancelling the set-up assistant, or a refusal at its end, leaves no store file", "[ui][register][setup]")
{
    TestDir dir;
    const QString path = dir.path(QStringLiteral("uusi.sqlite"));
    {
        SetupAssistant assistant(path);
        assistant.show();
        assistant.nameEdit()->setText(QStringLiteral("Järvenrannan kunta"));
        for (int page = 0; page < 3; ++page)
            assistant.next();
        REQUIRE(assistant.currentId() == SetupAssistant::SummaryPage);
        assistant.button(QWizard::CancelButton)->click();
        CHECK(assistant.result() == QDialog::Rejected);
        CHECK_FALSE(assistant.takeStore());
    }
    CHECK(QDir(dir.path(QString())).entryList(QDir::Files).isEmpty());

    // The store refuses a body at Finish: nothing stays, not even the file.
    SetupAssistant assistant(path);
    assistant.show();
    assistant.nameEdit()->setText(QStringLiteral("Järvenrannan kunta"));
    assistant.next();
    assistant.next();
    REQUIRE(assistant.currentId() == SetupAssistant::BodiesPage);
    CHECK(assistant.bodyList()->item(0)->text() == QStringLiteral("Kunnanvaltuusto (KV)"));
    assistant.bodyList()->setCurrentRow(1);
    assistant.bodyForm()->shortNameEdit()->setText(QStringLiteral("K H"));
    assistant.next();
    REQUIRE(assistant.currentId() == SetupAssistant::SummaryPage);
    assistant.button(QWizard::FinishButton)->click();
    CHECK(assistant.isVisible());
    CHECK(assistant.error().contains(QStringLiteral("Nothing was created")));
    CHECK(assistant.error().contains(QStringLiteral("must be one word")));
    CHECK(QDir(dir.path(QString())).entryList(QDir::Files).isEmpty());
    // Put right, it is made.
    assistant.back();
    assistant.bodyList()->setCurrentRow(1);
    assistant.bodyForm()->shortNameEdit()->setText(QStringLiteral("KH"));
    assistant.next();
    assistant.button(QWizard::FinishButton)->click();
    REQUIRE(assistant.result() == QDialog::Accepted);
    CHECK(required(assistant.takeStore()->bodies()).size() == 5);

    // A file that exists is never replaced.
    const QByteArray before = fileDigest(path);
    SetupAssistant again(path);
    again.show();
    again.nameEdit()->setText(QStringLiteral("Toinen kunta"));
    for (int page = 0; page < 3; ++page)
        again.next();
    again.button(QWizard::FinishButton)->click();
    CHECK(again.isVisible());
    CHECK(again.error().contains(QStringLiteral("exists already")));
    CHECK(fileDigest(path) == before);
}

TEST_CASE("The register: persons, a member with a personal deputy, an official, ending, a successor, the end of the term",
          "[ui][register]")
{
    TestDir dir;
    auto store = createStore(dir.path(QStringLiteral("r.sqlite")));
    const qint64 body = registerStore(*store);
    const QDate today = QDate::currentDate();
    const QDate from = today.addYears(-1), termEnd = today.addYears(3);
    RegisterWindow window(*store);
    window.show();
    QStringList questions;
    window.setConfirmation([&](const QString &question) {
        questions << question;
        return true;
    });
    int changes = 0;
    QObject::connect(&window, &RegisterWindow::registerChanged, [&] { ++changes; });
    REQUIRE(window.bodyList()->count() == 1);
    CHECK(window.currentBodyId() == body);
    CHECK(unnamedControls(&window).join(u',').toStdString() == "");

    // Persons: the first try with a broken e-mail address is refused.
    CHECK(answer<PersonDialog>([&] { window.addPerson(); }, [](PersonDialog *dialog) {
              dialog->givenNameEdit()->setText(QStringLiteral("Pekka"));
              dialog->familyNameEdit()->setText(QStringLiteral("Niemi"));
              dialog->emailEdit()->setText(QStringLiteral("pekka.niemi"));
              dialog->accept();
              CHECK(dialog->error().contains(QStringLiteral("is not an e-mail address")));
              dialog->emailEdit()->setText(QStringLiteral("pekka.niemi@example.fi"));
              dialog->titleEdit()->setText(QStringLiteral("maanviljelijä"));
          }) == QString());
    for (const auto &[given, family] : {std::pair{"Olli", "Lahti"}, std::pair{"Aino", "Mäkelä"},
                                        std::pair{"Sanni", "Salo"}, std::pair{"Kalle", "Koski"}}) {
        PersonDialog dialog(*store, Person{}, &window);
        dialog.givenNameEdit()->setText(QString::fromUtf8(given));
        dialog.familyNameEdit()->setText(QString::fromUtf8(family));
        dialog.accept();
        REQUIRE(dialog.result() == QDialog::Accepted);
    }
    window.reload();
    CHECK(window.personTable()->rowCount() == 5);
    const qint64 niemi = personNamed(*store, QStringLiteral("Pekka"), QStringLiteral("Niemi"));
    const qint64 lahti = personNamed(*store, QStringLiteral("Olli"), QStringLiteral("Lahti"));
    const qint64 makela = personNamed(*store, QStringLiteral("Aino"), QStringLiteral("Mäkelä"));
    const qint64 salo = personNamed(*store, QStringLiteral("Sanni"), QStringLiteral("Salo"));
    REQUIRE(required(store->person(niemi))->email == QStringLiteral("pekka.niemi@example.fi"));
    // Edited in the persons' table.
    REQUIRE(window.selectPerson(makela));
    CHECK(answer<PersonDialog>([&] { window.editPerson(); },
                               [](PersonDialog *dialog) { dialog->phoneEdit()->setText(QStringLiteral("040 123 4567")); })
          == QString());
    CHECK(required(store->person(makela))->phone == QStringLiteral("040 123 4567"));

    // A member with a personal deputy, in one go; the person found by typing.
    CHECK(answer<MembershipDialog>([&] { window.addMember(); }, [&](MembershipDialog *dialog) {
              CHECK(dialog->untilBox()->isChecked()); // elected: to the end of the term
              QTest::keyClicks(dialog->personPicker()->box()->lineEdit(), QStringLiteral("Pekka"));
              CHECK(dialog->personPicker()->personId() == niemi);
              CHECK(dialog->personalDeputyPicker()->isVisibleTo(dialog));
              CHECK_FALSE(dialog->deputyForBox()->isVisibleTo(dialog));
              dialog->personalDeputyPicker()->setPersonId(lahti);
              dialog->fromEdit()->setDate(from);
              dialog->untilEdit()->setDate(termEnd);
          }) == QString());
    CHECK(answer<MembershipDialog>([&] { window.addMember(); }, [&](MembershipDialog *dialog) {
              dialog->personPicker()->setPersonId(makela);
              dialog->roleBox()->setCurrentIndex(dialog->roleBox()->findData(int(MembershipRole::Chair)));
              dialog->fromEdit()->setDate(from);
              dialog->untilEdit()->setDate(termEnd);
          }) == QString());
    // A deputy must name the member they stand in for, who has a seat then.
    CHECK(answer<MembershipDialog>([&] { window.addMember(); }, [&](MembershipDialog *dialog) {
              dialog->personPicker()->setPersonId(salo);
              dialog->roleBox()->setCurrentIndex(dialog->roleBox()->findData(int(MembershipRole::Deputy)));
              CHECK(dialog->deputyForBox()->isVisibleTo(dialog));
              CHECK_FALSE(dialog->personalDeputyPicker()->isVisibleTo(dialog));
              dialog->fromEdit()->setDate(termEnd.addYears(1));
              dialog->untilBox()->setChecked(false);
          }).contains(QStringLiteral("Choose the member this deputy stands in for")));
    // An official, added as a new person on the spot.
    CHECK(answer<MembershipDialog>([&] { window.addOfficial(); }, [&](MembershipDialog *dialog) {
              CHECK_FALSE(dialog->untilBox()->isChecked()); // an office runs on
              CHECK(dialog->roleBox()->count() == 2);
              CHECK(answer<PersonDialog>([&] { dialog->personPicker()->newButton()->click(); },
                                         [](PersonDialog *person) {
                                             person->givenNameEdit()->setText(QStringLiteral("Liisa"));
                                             person->familyNameEdit()->setText(QStringLiteral("Laine"));
                                             person->titleEdit()->setText(QStringLiteral("tekninen johtaja"));
                                         })
                    == QString());
              CHECK(dialog->personPicker()->box()->currentText() == QStringLiteral("Liisa Laine, tekninen johtaja"));
              dialog->roleBox()->setCurrentIndex(dialog->roleBox()->findData(int(MembershipRole::Presenter)));
              dialog->fromEdit()->setDate(from);
          }) == QString());
    const qint64 laine = personNamed(*store, QStringLiteral("Liisa"), QStringLiteral("Laine"));
    REQUIRE(laine);
    CHECK(memberships(*store, body, today)
          == QStringList{QStringLiteral("Mäkelä chair -365..1096"), QStringLiteral("Niemi member -365..1096"),
                         QStringLiteral("Lahti deputy for Niemi -365..1096"), QStringLiteral("Laine presenter -365..")}
          .replaceInStrings(QStringLiteral("-365"), QString::number(today.daysTo(from)))
          .replaceInStrings(QStringLiteral("1096"), QString::number(today.daysTo(termEnd))));
    // The tree: each member with their personal deputy below them.
    QTreeWidgetItem *niemiItem = membershipItem(window.membershipView(), QStringLiteral("Pekka Niemi"));
    REQUIRE(niemiItem);
    REQUIRE(niemiItem->childCount() == 1);
    CHECK(niemiItem->child(0)->text(0) == QStringLiteral("Olli Lahti"));
    CHECK(niemiItem->child(0)->text(1) == QStringLiteral("personal deputy"));

    // Editing a membership's dates.
    auto membershipOf = [&](qint64 person, MembershipRole role) {
        for (const Membership &m : required(store->memberships(body)))
            if (m.personId == person && m.role == role)
                return m.id;
        return qint64(0);
    };
    REQUIRE(window.selectMembership(membershipOf(laine, MembershipRole::Presenter)));
    CHECK(answer<MembershipDialog>([&] { window.editMembership(); }, [&](MembershipDialog *dialog) {
              CHECK_FALSE(dialog->personPicker()->isEnabled());
              dialog->fromEdit()->setDate(from.addDays(14));
          }) == QString());
    CHECK(required(store->membership(membershipOf(laine, MembershipRole::Presenter)))->validFrom == from.addDays(14));

    // The chair's membership ends.
    REQUIRE(window.selectMembership(membershipOf(makela, MembershipRole::Chair)));
    CHECK(answer<EndMembershipDialog>([&] { window.endMembership(); },
                                      [&](EndMembershipDialog *dialog) { dialog->lastDayEdit()->setDate(today.addDays(30)); })
          == QString());
    CHECK(required(store->membership(membershipOf(makela, MembershipRole::Chair)))->validUntil == today.addDays(30));
    CHECK(window.status().contains(QStringLiteral("ends on")));

    // Niemi resigns; Salo takes the seat ten days ago, and Lahti stands in for Salo.
    const QDate firstDay = today.addDays(-10);
    REQUIRE(window.selectMembership(membershipOf(niemi, MembershipRole::Member)));
    CHECK(answer<SuccessionDialog>([&] { window.recordSuccession(); }, [&](SuccessionDialog *dialog) {
              dialog->successorPicker()->setPersonId(salo);
              dialog->firstDayEdit()->setDate(firstDay);
              CHECK(dialog->moveDeputyBox()->isVisibleTo(dialog));
              CHECK(dialog->moveDeputyBox()->text().contains(QStringLiteral("Olli Lahti")));
              CHECK(dialog->moveDeputyBox()->isChecked());
              CHECK(dialog->outcomeLabel()->text().contains(QStringLiteral("Sanni Salo is member from")));
          }) == QString());
    const QString lastDay = QString::number(today.daysTo(firstDay.addDays(-1)));
    const QString start = QString::number(today.daysTo(firstDay));
    const QString end = QString::number(today.daysTo(termEnd));
    const QString begun = QString::number(today.daysTo(from));
    QStringList afterSuccession = memberships(*store, body, today);
    CHECK(afterSuccession.contains(QStringLiteral("Niemi member %1..%2").arg(begun, lastDay)));
    CHECK(afterSuccession.contains(QStringLiteral("Salo member %1..%2").arg(start, end)));
    CHECK(afterSuccession.contains(QStringLiteral("Lahti deputy for Niemi %1..%2").arg(begun, lastDay)));
    CHECK(afterSuccession.contains(QStringLiteral("Lahti deputy for Salo %1..%2").arg(start, end)));
    // Ended memberships are shown only when asked for.
    CHECK_FALSE(membershipItem(window.membershipView(), QStringLiteral("Pekka Niemi")));
    QTreeWidgetItem *saloItem = membershipItem(window.membershipView(), QStringLiteral("Sanni Salo"));
    REQUIRE(saloItem);
    CHECK(saloItem->childCount() == 1);
    window.showEndedBox()->setChecked(true);
    CHECK(membershipItem(window.membershipView(), QStringLiteral("Pekka Niemi")));

    // A membership added by mistake is removed, after asking; one a held
    // meeting names is not.
    required(store->addMembership({0, body, personNamed(*store, QStringLiteral("Kalle"), QStringLiteral("Koski")),
                                   MembershipRole::Member, 0, today, {}}));
    window.reload();
    const qint64 mistaken = membershipOf(personNamed(*store, QStringLiteral("Kalle"), QStringLiteral("Koski")),
                                         MembershipRole::Member);
    REQUIRE(window.selectMembership(mistaken));
    window.removeMembership();
    CHECK(questions.size() == 1);
    CHECK_FALSE(required(store->membership(mistaken)).has_value());
    Meeting held;
    held.bodyId = body;
    held.number = 1;
    held.year = firstDay.year();
    held.plannedStart = QDateTime(firstDay, QTime(17, 0));
    held.plannedEnd = held.plannedStart.addSecs(7200);
    held.place = QStringLiteral("Kunnantalo");
    held.id = required(store->addMeeting(held));
    REQUIRE(store->openMeeting(held.id, held.plannedStart).ok());
    window.reload();
    REQUIRE(window.selectMembership(membershipOf(salo, MembershipRole::Member)));
    window.removeMembership();
    CHECK(window.error().contains(QStringLiteral("cannot be removed")));
    CHECK(required(store->membership(membershipOf(salo, MembershipRole::Member))).has_value());

    // The term ends: the elected memberships end on its last day, the officials' stay.
    const QDate termLast = today.addDays(60);
    const int changesBefore = changes;
    CHECK(answer<TermChangeDialog>([&] { window.changeTerm(); }, [&](TermChangeDialog *dialog) {
              dialog->lastDayEdit()->setDate(termLast);
              CHECK(dialog->endingList()->count() == 2); // Salo and Lahti; Mäkelä's ends before
              dialog->officialsBox()->setChecked(true);
              CHECK(dialog->endingList()->count() == 3);
              dialog->officialsBox()->setChecked(false);
          }) == QString());
    CHECK(changes == changesBefore + 1);
    const QString last = QString::number(today.daysTo(termLast));
    const QStringList afterTerm = memberships(*store, body, today);
    CHECK(afterTerm.contains(QStringLiteral("Salo member %1..%2").arg(start, last)));
    CHECK(afterTerm.contains(QStringLiteral("Lahti deputy for Salo %1..%2").arg(start, last)));
    CHECK(afterTerm.contains(QStringLiteral("Laine presenter %1..").arg(QString::number(today.daysTo(from.addDays(14))))));
    INFO(window.status().toStdString());
    CHECK(window.status().contains(QStringLiteral("2 membership(s) ended")));
    CHECK(required(store->check()).ok());
}

TEST_CASE("Bodies are added and edited in the register", "[ui][register]")
{
    TestDir dir;
    auto store = createStore(dir.path(QStringLiteral("b.sqlite")));
    const qint64 body = registerStore(*store);
    RegisterWindow window(*store);
    window.show();
    CHECK(answer<BodyDialog>([&] { window.addBody(); }, [](BodyDialog *dialog) {
              BodyForm *form = dialog->form();
              form->nameEdit()->setText(QStringLiteral("Rakennus- ja lupajaosto"));
              form->shortNameEdit()->setText(QStringLiteral("TEKLTK"));
              form->kindBox()->setCurrentIndex(form->kindBox()->findData(int(BodyKind::Section)));
              dialog->accept();
              CHECK(dialog->error().contains(QStringLiteral("already is a body with the short name")));
              form->shortNameEdit()->setText(QStringLiteral("LUPAJ"));
              form->swedishNameEdit()->setText(QStringLiteral("Bygg- och tillståndssektionen"));
          }) == QString());
    REQUIRE(window.bodyList()->count() == 2);
    const Body section = required(store->bodyByShortName(QStringLiteral("LUPAJ"))).value();
    CHECK(section.kind == BodyKind::Section);
    CHECK(window.currentBodyId() == section.id);
    REQUIRE(window.selectBody(body));
    CHECK(answer<BodyDialog>([&] { window.editBody(); }, [](BodyDialog *dialog) {
              BodyForm *form = dialog->form();
              CHECK(form->nameEdit()->text() == QStringLiteral("Tekninen lautakunta"));
              form->placeEdit()->setText(QStringLiteral("Teknisen viraston kokoushuone"));
              form->startBox()->setChecked(true);
              form->startEdit()->setTime(QTime(16, 30));
              form->signingOrderBox()->setCurrentIndex(form->signingOrderBox()->findData(
                  QStringList{QStringLiteral("chair"), QStringLiteral("secretary"), QStringLiteral("minute-checkers")}));
          }) == QString());
    const Body edited = required(store->body(body)).value();
    CHECK(edited.defaultPlace == QStringLiteral("Teknisen viraston kokoushuone"));
    CHECK(edited.defaultStart == QTime(16, 30));
    CHECK(edited.signingOrder
          == QStringList{QStringLiteral("chair"), QStringLiteral("secretary"), QStringLiteral("minute-checkers")});
    CHECK(window.bodyList()->currentItem()->text() == QStringLiteral("Tekninen lautakunta (TEKLTK)"));
}

TEST_CASE("Members from CSV: a bad file lists every problem and writes nothing, a good one imports",
          "[ui][register][import]")
{
    TestDir dir;
    const QString path = dir.path(QStringLiteral("i.sqlite"));
    auto store = createStore(path);
    registerStore(*store);
    required(store->addBody({0, QStringLiteral("Kunnanhallitus"), QStringLiteral("KH"), BodyKind::Board,
                             QuorumRule::MoreThanHalf}));
    required(store->addBody({0, QStringLiteral("Kunnanvaltuusto"), QStringLiteral("KV"), BodyKind::Council,
                             QuorumRule::TwoThirds}));
    const QString bad = dir.path(QStringLiteral("huono.csv"));
    writeFile(bad, lines({"Toimielin;Etunimi;Sukunimi;Rooli;Varajäsen kenelle;Alkaen;Päättyen",
                          "KH;Aino;Mäkelä;puheenjohtaja;;1.6.2025;31.5.2029",
                          "KX;Pekka;Niemi;jäsen;;1.6.2025;31.5.2029",
                          "KH;Olli;Lahti;varajäsen;Matti Meikäläinen;1.6.2025;31.5.2029",
                          "KH;Sanni;Salo;jäsen;;31.2.2025;"}));
    const QByteArray before = storeBytes(path);

    MemberImportDialog dialog(*store);
    dialog.show();
    dialog.fileEdit()->setText(QDir::toNativeSeparators(bad));
    dialog.checkButton()->click();
    CHECK_FALSE(dialog.importButton()->isEnabled());
    QTableWidget *problems = dialog.problemTable();
    REQUIRE(problems->isVisibleTo(&dialog));
    REQUIRE(problems->rowCount() == 3);
    CHECK(problems->item(0, 0)->text() == QStringLiteral("3"));
    CHECK(problems->item(0, 1)->text() == QStringLiteral("Toimielin"));
    CHECK(problems->item(0, 2)->text().contains(QStringLiteral("KX")));
    CHECK(problems->item(1, 0)->text() == QStringLiteral("4"));
    CHECK(problems->item(1, 1)->text() == QStringLiteral("Varajäsen kenelle"));
    CHECK(problems->item(2, 0)->text() == QStringLiteral("5"));
    CHECK(problems->item(2, 1)->text() == QStringLiteral("Alkaen"));
    INFO(dialog.summary().toStdString());
    CHECK(dialog.summary().contains(QStringLiteral("The file has 3 problem(s)")));
    // Copied whole, or the rows selected.
    const QString all = dialog.problemsText();
    CHECK(all.contains(QStringLiteral("Row 3")));
    CHECK(all.contains(QStringLiteral("Row 4")));
    CHECK(all.contains(QStringLiteral("Row 5")));
    for (QPushButton *button : dialog.findChildren<QPushButton *>()) {
        if (button->text().remove(u'&') == QStringLiteral("Copy Problems"))
            button->click();
    }
    CHECK(QApplication::clipboard()->text() == all);
    problems->selectRow(1);
    problems->setFocus();
    QTest::keyClick(problems, Qt::Key_C, Qt::ControlModifier);
    CHECK(QApplication::clipboard()->text().startsWith(QStringLiteral("Row 4, column \"Varajäsen kenelle\"")));
    CHECK(storeBytes(path) == before);
    CHECK(required(store->persons()).isEmpty());
    CHECK(unnamedControls(&dialog) == QStringList());

    // The example file: checked (nothing written), then imported.
    dialog.fileEdit()->setText(QStringLiteral(PYKALA_SOURCE_DIR "/docs/examples/jasenet.csv"));
    bool sawBusy = false;
    QTimer::singleShot(0, &dialog, [&] { sawBusy = dialog.busy(); }); // the window is served meanwhile
    REQUIRE(dialog.check());
    CHECK(sawBusy);
    CHECK(dialog.importButton()->isEnabled());
    CHECK(dialog.personList()->isVisibleTo(&dialog));
    INFO(dialog.summary().toStdString());
    CHECK(dialog.summary().contains(QStringLiteral("12 row(s) of members read (UTF-8, separated by \";\")")));
    CHECK(dialog.summary().contains(QStringLiteral("An import adds 10 new person(s) and 12 membership(s)")));
    CHECK(dialog.personList()->item(0)->text() == QStringLiteral("new: Aino Mäkelä"));
    CHECK(storeBytes(path) == before);
    dialog.importButton()->click();
    REQUIRE(dialog.imported());
    CHECK(dialog.summary().contains(QStringLiteral("Imported: 10 new person(s), 12 membership(s) added")));
    CHECK(required(store->persons()).size() == 10);
    const Body kh = required(store->bodyByShortName(QStringLiteral("KH"))).value();
    CHECK(required(store->memberships(kh.id)).size() == 10);
    CHECK_FALSE(dialog.importButton()->isEnabled());

    // Cancelled while it runs: nothing is written.
    writeFile(dir.path(QStringLiteral("lisaa.csv")),
              lines({"Toimielin;Etunimi;Sukunimi;Rooli;Alkaen", "TEKLTK;Ville;Vesa;jäsen;1.6.2025"}));
    const QByteArray imported = storeBytes(path);
    MemberImportDialog cancelled(*store);
    cancelled.show();
    cancelled.fileEdit()->setText(dir.path(QStringLiteral("lisaa.csv")));
    REQUIRE(cancelled.check());
    QTimer::singleShot(0, &cancelled, [&] {
        CHECK(cancelled.progressDialog());
        if (cancelled.progressDialog())
            cancelled.progressDialog()->cancel();
    });
    CHECK_FALSE(cancelled.import());
    CHECK(cancelled.summary().contains(QStringLiteral("cancelled")));
    CHECK(storeBytes(path) == imported);
}

TEST_CASE("The main window opens the register and the member import from its menus", "[ui][register]")
{
    TestDir dir;
    const QString path = dir.path(QStringLiteral("m.sqlite"));
    {
        auto store = createStore(path);
        registerStore(*store);
    }
    MainWindow window(openStore(path));
    window.setWatching(false);
    window.show();
    auto action = [&](const QString &text) -> QAction * {
        for (QAction *menu : window.menuBar()->actions())
            for (QAction *entry : menu->menu()->actions())
                if (entry->text() == text)
                    return entry;
        return nullptr;
    };
    QAction *registerAction = action(QStringLiteral("Re&gister of Bodies and Members…"));
    REQUIRE(registerAction);
    registerAction->trigger();
    auto *registerWindow = window.findChild<RegisterWindow *>();
    REQUIRE(registerWindow);
    CHECK(registerWindow->isVisible());
    CHECK(registerWindow->bodyList()->item(0)->text() == QStringLiteral("Tekninen lautakunta (TEKLTK)"));
    // A body added there shows in the navigator.
    CHECK(answer<BodyDialog>([&] { registerWindow->addBody(); }, [](BodyDialog *dialog) {
              dialog->form()->nameEdit()->setText(QStringLiteral("Ympäristölautakunta"));
              dialog->form()->shortNameEdit()->setText(QStringLiteral("YMPLTK"));
          }) == QString());
    CHECK(window.navigatorModel()->rowCount() == 2);
    registerWindow->close();

    QAction *importAction = action(QStringLiteral("Import &Members…"));
    REQUIRE(importAction);
    bool shown = false;
    QTimer::singleShot(0, &window, [&] {
        if (auto *dialog = qobject_cast<MemberImportDialog *>(QApplication::activeModalWidget())) {
            shown = true;
            dialog->reject();
        }
    });
    importAction->trigger();
    CHECK(shown);
}

TEST_CASE("The register's dialogs and the assistant's pages name every control", "[ui][register][accessibility]")
{
    TestDir dir;
    auto store = createStore(dir.path(QStringLiteral("a.sqlite")));
    const qint64 body = registerStore(*store);
    const qint64 person = required(store->addPerson({0, QStringLiteral("Pekka"), QStringLiteral("Niemi"), {}, {}, {}}));
    const qint64 membership = required(store->addMembership(
        {0, body, person, MembershipRole::Member, 0, QDate(2025, 6, 1), QDate(2029, 5, 31)}));
    const Membership m = required(store->membership(membership)).value();
    MembershipDialog add(*store, body, MembershipDialog::Kind::Seat);
    add.show();
    CHECK(unnamedControls(&add) == QStringList());
    SuccessionDialog succession(*store, m);
    succession.show();
    CHECK(unnamedControls(&succession) == QStringList());
    TermChangeDialog term(*store, required(store->body(body)).value());
    term.show();
    CHECK(unnamedControls(&term) == QStringList());
    EndMembershipDialog end(*store, m);
    end.show();
    CHECK(unnamedControls(&end) == QStringList());
    BodyDialog bodyDialog(*store, required(store->body(body)).value());
    bodyDialog.show();
    CHECK(unnamedControls(&bodyDialog) == QStringList());
    CertificatesDialog certificates(*store, person);
    certificates.show();
    CHECK(unnamedControls(&certificates) == QStringList());
    SetupAssistant assistant(dir.path(QStringLiteral("uusi.sqlite")));
    assistant.show();
    assistant.nameEdit()->setText(QStringLiteral("Järvenrannan kunta"));
    for (int page = 0; page < 4; ++page) {
        INFO("page " << page);
        CHECK(unnamedControls(&assistant) == QStringList());
        assistant.next();
    }
}

TEST_CASE("A person's certificates are registered in the register from their files, each once", "[ui][register][certificates]")
{
    TestDir dir;
    const QString pki = dir.path(QStringLiteral("pki"));
    QDir().mkpath(pki);
    makeTestCertificates(pki, {{QStringLiteral("Liisa Laine"), QStringLiteral("laine")},
                               {QStringLiteral("Pekka Niemi"), QStringLiteral("niemi")}});
    auto store = createStore(dir.path(QStringLiteral("a.sqlite")));
    registerStore(*store);
    const qint64 laine = required(store->addPerson({0, QStringLiteral("Liisa"), QStringLiteral("Laine"), {}, {}, {}}));
    const qint64 niemi = required(store->addPerson({0, QStringLiteral("Pekka"), QStringLiteral("Niemi"), {}, {}, {}}));

    RegisterWindow window(*store);
    window.show();
    CertificatesDialog dialog(*store, laine);
    CHECK(dialog.windowTitle() == QStringLiteral("Certificates of Liisa Laine"));
    CHECK(dialog.table()->rowCount() == 0);
    // Not a certificate: refused, nothing kept.
    writeFile(dir.path(QStringLiteral("roskaa.pem")), "-----BEGIN CERTIFICATE-----\nroskaa\n-----END CERTIFICATE-----\n");
    CHECK_FALSE(dialog.addFile(dir.path(QStringLiteral("roskaa.pem"))));
    CHECK_FALSE(dialog.error().isEmpty());
    CHECK_FALSE(dialog.addFile(dir.path(QStringLiteral("ei-ole.pem"))));
    CHECK(dialog.error().contains(QStringLiteral("could not be read")));
    CHECK(required(store->personCertificates(laine)).isEmpty());
    // Her own, for signing: listed with its holder and fingerprint.
    REQUIRE(dialog.addFile(pki + QStringLiteral("/laine.pem")));
    REQUIRE(dialog.table()->rowCount() == 1);
    CHECK(dialog.table()->item(0, 0)->text() == QStringLiteral("signing"));
    CHECK(dialog.table()->item(0, 1)->text() == QStringLiteral("Liisa Laine"));
    // The fingerprint as OpenSSL gives it.
    runTool(QStringLiteral("openssl"), {QStringLiteral("x509"), QStringLiteral("-in"), QStringLiteral("laine.pem"),
                                        QStringLiteral("-outform"), QStringLiteral("DER"), QStringLiteral("-out"),
                                        QStringLiteral("laine.der")},
            pki);
    const QByteArray der = readFile(pki + QStringLiteral("/laine.der"));
    const QString fingerprint = QString::fromLatin1(QCryptographicHash::hash(der, QCryptographicHash::Sha256).toHex());
    CHECK(dialog.table()->item(0, 4)->text() == fingerprint);
    // The same again for signing: refused; for encryption too it may be.
    CHECK_FALSE(dialog.addFile(pki + QStringLiteral("/laine.pem")));
    CHECK(dialog.table()->rowCount() == 1);
    dialog.useBox()->setCurrentIndex(1);
    REQUIRE(dialog.addFile(pki + QStringLiteral("/laine.pem")));
    CHECK(dialog.table()->item(1, 0)->text() == QStringLiteral("encryption"));
    // Another's certificate is another's: refused for her.
    {
        CertificatesDialog his(*store, niemi);
        REQUIRE(his.addFile(pki + QStringLiteral("/niemi.pem")));
    }
    dialog.useBox()->setCurrentIndex(0);
    CHECK_FALSE(dialog.addFile(pki + QStringLiteral("/niemi.pem")));
    CHECK(dialog.error().contains(QStringLiteral("already registered for another person")));
    const QList<PersonCertificate> kept = required(store->personCertificates(laine));
    REQUIRE(kept.size() == 2);
    CHECK(kept.at(0).sha256 == fingerprint);
    CHECK(required(store->check()).ok());
}

// The assistant, the register and a refused import in Finnish, as a
// secretary sees them: written into the build tree (tests/screenshots), and
// into docs/images with PYKALA_UPDATE_SCREENSHOTS.
TEST_CASE("Screenshots of the set-up assistant, the register and the member import", "[ui][register][screenshot]")
{
    TestDir dir;
    const QString path = dir.path(QStringLiteral("demo.sqlite"));
    {
        auto store = createStore(path);
        DemoData::Options options;
        options.asOf = QDate(2026, 11, 22);
        REQUIRE(DemoData::generate(*store, options).ok());
    }
    REQUIRE(UiLanguage::apply(QStringLiteral("fi"))); // Pykälä's texts and Qt's buttons
    auto save = [](QWidget *widget, const QString &name, bool docs) { saveScreenshot(widget, name, docs); };

    {
        SetupAssistant assistant(dir.path(QStringLiteral("uusi.sqlite")));
        assistant.show();
        assistant.nameEdit()->setText(QStringLiteral("Järvenrannan kunta"));
        assistant.swedishNameEdit()->setText(QStringLiteral("Järvenranta kommun"));
        assistant.businessIdEdit()->setText(QStringLiteral("0123456-2"));
        save(&assistant, QStringLiteral("setup-organisation.png"), false);
        assistant.next();
        assistant.addressEdit()->setPlainText(QStringLiteral("Järvenrannan kunta\nKirjaamo\nKunnantie 1"));
        assistant.postalCodeEdit()->setText(QStringLiteral("71800"));
        assistant.localityEdit()->setText(QStringLiteral("Järvenranta"));
        assistant.emailEdit()->setText(QStringLiteral("kirjaamo@jarvenranta.fi"));
        assistant.courtBox()->setCurrentIndex(assistant.courtBox()->findData(QStringLiteral("ita-suomi")));
        save(&assistant, QStringLiteral("setup-registry.png"), false);
        assistant.next();
        assistant.bodyList()->setCurrentRow(1);
        save(&assistant, QStringLiteral("setup-bodies.png"), true);
        assistant.next();
        save(&assistant, QStringLiteral("setup-summary.png"), false);
    }
    {
        auto store = openStore(path);
        RegisterWindow window(*store);
        window.show();
        const Body board = required(store->bodyByShortName(QStringLiteral("KH"))).value();
        REQUIRE(window.selectBody(board.id));
        window.membershipView()->setCurrentItem(window.membershipView()->topLevelItem(2));
        save(&window, QStringLiteral("register.png"), true);
        window.tabs()->setCurrentIndex(1);
        save(&window, QStringLiteral("register-persons.png"), false);

        // The secretary's signing certificate, registered from its file
        // (Persons › Certificates…), as the user's guide walks through it.
        qint64 secretary = 0;
        for (const Membership &m : required(store->memberships(board.id, QDate(2026, 11, 22))))
            if (m.role == MembershipRole::Secretary)
                secretary = m.personId;
        REQUIRE(secretary != 0);
        const Person secretaryPerson = required(store->person(secretary)).value();
        const QString pki = dir.path(QStringLiteral("pki"));
        QDir().mkpath(pki);
        makeTestCertificates(pki, {{secretaryPerson.displayName(), QStringLiteral("sihteeri")}});
        CertificatesDialog certificates(*store, secretary);
        certificates.resize(900, 360);
        certificates.show();
        REQUIRE(certificates.addFile(pki + QStringLiteral("/sihteeri.pem")));
        save(&certificates, QStringLiteral("register-certificates.png"), true);

        const Membership seat = required(store->membership(window.currentMembershipId())).value();
        SuccessionDialog succession(*store, seat);
        succession.show();
        succession.successorPicker()->setPersonId(required(store->persons()).last().id);
        succession.firstDayEdit()->setDate(QDate(2027, 1, 1));
        save(&succession, QStringLiteral("register-succession.png"), false);
        MembershipDialog add(*store, board.id, MembershipDialog::Kind::Seat);
        add.show();
        save(&add, QStringLiteral("register-add-member.png"), false);
        TermChangeDialog term(*store, board);
        term.show();
        save(&term, QStringLiteral("register-term.png"), false);

        const QString bad = dir.path(QStringLiteral("jasenet.csv"));
        writeFile(bad, lines({"Toimielin;Etunimi;Sukunimi;Rooli;Varajäsen kenelle;Alkaen;Päättyen",
                              "KH;Aino;Mäkelä;puheenjohtaja;;1.6.2025;31.5.2029",
                              "KHH;Pekka;Niemi;jäsen;;1.6.2025;31.5.2029",
                              "KH;Olli;Lahti;varajäsen;Matti Meikäläinen;1.6.2025;31.5.2029",
                              "KH;Sanni;Salo;jäsen;;31.2.2025;"}));
        MemberImportDialog import(*store);
        import.show();
        import.fileEdit()->setText(bad);
        import.check();
        import.fileEdit()->setText(QStringLiteral("/home/sihteeri/Asiakirjat/jasenet.csv")); // not the test's folder
        save(&import, QStringLiteral("import-members.png"), true);
    }
    UiLanguage::apply(QStringLiteral("en"));
    QLocale::setDefault(QLocale::c());
}
