// The disclosure policy through every output: one meeting holding a
// confidential item, a partly confidential item, personal data marked in
// every text section and in a dissent's reasons, a non-public attachment,
// extract recipients and persons' contacts goes through the agenda, the
// minutes and extracts (PDF text, raw PDF bytes, HTML), the plain-text
// agenda, the publication, the meeting packages and the review window, for
// every audience. Each withheld text is a canary; breaking the policy in any
// one output lets one through and fails the test.

#include <catch2/catch.hpp>

#include "testsupport.h"

#include "reviewwindow.h"

#include "documents/agendatext.h"
#include "documents/documentrenderer.h"
#include "documents/htmlpage.h"
#include "documents/meetingdocuments.h"
#include "documents/publication.h"
#include "exchange/meetingpackage.h"
#include "procedure/meetingevents.h"
#include "procedure/meetingsession.h"

#include <poppler-qt6.h>

#include <QDirIterator>
#include <QListWidget>
#include <QPointer>
#include <QTextBrowser>

namespace {

// What the public may never see, each written once into the meeting.
namespace Canary {
// Personal data, marked, in each text section of a public item.
const QString background = QStringLiteral("KANARIA-TAUSTA-HENKILO");
const QString proposal = QStringLiteral("KANARIA-EHDOTUS-HENKILO");
const QString decision = QStringLiteral("KANARIA-PAATOS-HENKILO");
const QString proceedings = QStringLiteral("KANARIA-KASITTELY-HENKILO");
const QString dissent = QStringLiteral("KANARIA-ERIAVA-HENKILO");
// The confidential item's content, its preparer and its (public) attachment.
const QString secretBackground = QStringLiteral("KANARIA-SALAINEN-TAUSTA");
const QString secretProposal = QStringLiteral("KANARIA-SALAINEN-EHDOTUS");
const QString secretDecision = QStringLiteral("KANARIA-SALAINEN-PAATOS");
const QString secretProceedings = QStringLiteral("KANARIA-SALAINEN-KASITTELY");
const QString secretDissent = QStringLiteral("KANARIA-SALAINEN-ERIAVA");
const QString secretPreparer = QStringLiteral("KANARIA-SALAINEN-VALMISTELIJA");
const QString secretAttachment = QStringLiteral("KANARIA-SALAISEN-ASIAN-LIITE");
// The partly confidential item's marked passage and dissent.
const QString partlyPassage = QStringLiteral("KANARIA-OSITTAIN-KOHTA");
const QString partlyDissent = QStringLiteral("KANARIA-OSITTAIN-ERIAVA");
// A confidential attachment of the public item, by name and content.
const QString attachmentName = QStringLiteral("KANARIA-LIITE-NIMI");
const QString attachmentContent = QStringLiteral("KANARIA-LIITE-SISALTO");
// The recipient of an extract, and a person's contacts.
const QString recipient = QStringLiteral("KANARIA-VASTAANOTTAJA");
const QString email = QStringLiteral("kanaria.sahkoposti@example.fi");
const QString phone = QStringLiteral("040 555 1234 KANARIA");

// Content that members may see (in a package: the agenda's texts).
const QStringList memberAgenda{background, proposal, secretBackground, secretProposal, secretPreparer, partlyPassage};
// Never in a package, whoever it is for.
const QStringList neverInPackage{recipient, email, phone};
// Never in anything the public sees.
const QStringList all{background,       proposal,          decision,       proceedings,    dissent,
                      secretBackground, secretProposal,    secretDecision, secretProceedings,
                      secretDissent,    secretPreparer,    secretAttachment, partlyPassage, partlyDissent,
                      attachmentName,   attachmentContent, recipient,      email,          phone};
} // namespace Canary

QString marked(const QString &text)
{
    return QStringLiteral("<span class=\"personal-data\">%1</span>").arg(text);
}

// The bytes as a PDF may hold text: as they are, and as UTF-16BE, raw and
// in hex (upper and lower case), as PDF strings hold text outside Latin-1.
QList<QByteArray> encodings(const QString &text)
{
    QByteArray utf16;
    for (const QChar c : text) {
        utf16.append(char(c.unicode() >> 8));
        utf16.append(char(c.unicode() & 0xff));
    }
    return {text.toUtf8(), text.toLatin1(), utf16, utf16.toHex(), utf16.toHex().toUpper()};
}

// Fails naming the canary and where it leaked.
void requireNone(const QByteArray &bytes, const QStringList &canaries, const QString &where)
{
    for (const QString &canary : canaries) {
        for (const QByteArray &encoded : encodings(canary)) {
            INFO(where.toStdString() << " holds " << canary.toStdString());
            REQUIRE_FALSE(bytes.contains(encoded));
        }
    }
}

void requireNone(const QString &text, const QStringList &canaries, const QString &where)
{
    for (const QString &canary : canaries) {
        INFO(where.toStdString() << " holds " << canary.toStdString());
        REQUIRE_FALSE(text.contains(canary));
    }
}

void requireAll(const QString &text, const QStringList &wanted, const QString &where)
{
    for (const QString &canary : wanted) {
        INFO(where.toStdString() << " lacks " << canary.toStdString());
        REQUIRE(text.contains(canary));
    }
}

QString pdfText(const QByteArray &bytes)
{
    const std::unique_ptr<Poppler::Document> document = Poppler::Document::loadFromData(bytes);
    REQUIRE(document);
    QStringList pages;
    for (int i = 0; i < document->numPages(); ++i)
        pages << document->page(i)->text(QRectF());
    return pages.join(u'\n');
}

struct Rendered
{
    QString pdfText;
    QByteArray pdf;
    QString html;
};

Rendered rendered(const Result<OfficialDocument> &document)
{
    INFO(document.error().toStdString());
    REQUIRE(document.ok());
    const QByteArray pdf = required(DocumentRenderer::pdf(*document));
    return {pdfText(pdf), pdf, HtmlPage::page(*document)};
}

struct Fixture
{
    Meeting meeting;
    QList<AgendaItem> items; // public, confidential, partly confidential
};

// KH 13/2026 of the recorded board, held with the three items.
Fixture holdMeeting(Store &store)
{
    const RecordedMeeting recorded = recordMeeting(store);
    // Contacts of a member and of an invited guest.
    QList<Person> persons = required(store.persons());
    for (Person person : persons) {
        if (person.familyName == u"Virtanen") {
            person.email = Canary::email;
            person.phone = Canary::phone;
            REQUIRE(store.updatePerson(person).ok());
        }
    }
    const Meeting meeting = addUnheldMeeting(store, recorded.meeting);
    required(store.addInvitee({0, meeting.id, 0, 0, QStringLiteral("Vieras Asiantuntija"), QStringLiteral("asiantuntija"),
                               Canary::email}));
    const qint64 presenter = recorded.items.first().presenterPersonId;
    auto add = [&](const QString &title, Publicity publicity, const QString &background, const QString &proposal,
                   const QList<Preparer> &preparers) {
        AgendaItem item;
        item.meetingId = meeting.id;
        item.title = title;
        item.publicity = publicity;
        if (publicity != Publicity::Public)
            item.confidentialityBasis = LegalBasis::fromText(QStringLiteral("JulkL 24 § 1 mom. 25 k"));
        item.background = background;
        item.proposal = proposal;
        item.preparers = preparers;
        item.presenterPersonId = presenter;
        item.appealKind = AppealKind::Rectification;
        return required(store.addAgendaItem(item));
    };
    const Preparer laine{QStringLiteral("Liisa Laine"), QStringLiteral("hallintojohtaja"),
                         QStringLiteral("liisa.laine@testila.fi")};
    const qint64 openItem = add(QStringLiteral("Koulun peruskorjaus"), Publicity::Public,
                            QStringLiteral("<p>Aloitteen teki %1.</p>").arg(marked(Canary::background)),
                            QStringLiteral("<p>Koulu korjataan; yhteyshenkilö %1.</p>").arg(marked(Canary::proposal)),
                            {laine});
    const qint64 secretItem = add(QStringLiteral("Työntekijän irtisanominen"), Publicity::Confidential,
                              QStringLiteral("<p>%1</p>").arg(Canary::secretBackground),
                              QStringLiteral("<p>%1</p>").arg(Canary::secretProposal),
                              {{Canary::secretPreparer, QStringLiteral("henkilöstöpäällikkö"), QString()}});
    add(QStringLiteral("Avustushakemus"), Publicity::PartlyConfidential,
                              QStringLiteral("<p>Hakijan talous: %1. Avustus on 5 000 euroa.</p>")
                                  .arg(marked(Canary::partlyPassage)),
                              QStringLiteral("<p>Avustus myönnetään.</p>"), {laine});
    auto attach = [&](qint64 item, const QString &name, Publicity publicity, const QString &content) {
        Attachment attachment;
        attachment.itemId = item;
        attachment.name = name;
        attachment.mediaType = QStringLiteral("text/plain");
        attachment.publicity = publicity;
        if (publicity != Publicity::Public)
            attachment.confidentialityBasis = LegalBasis::fromText(QStringLiteral("JulkL 24 § 1 mom. 32 k"));
        attachment.content = content.toUtf8();
        required(store.addAttachment(attachment));
    };
    attach(openItem, QStringLiteral("piirustukset.txt"), Publicity::Public, QStringLiteral("Julkiset piirustukset"));
    attach(openItem, Canary::attachmentName + QStringLiteral(".txt"), Publicity::Confidential, Canary::attachmentContent);
    attach(secretItem, Canary::secretAttachment + QStringLiteral(".txt"), Publicity::Public, Canary::secretAttachment);

    QHash<QString, qint64> id; // by family name
    for (const Person &person : required(store.persons()))
        id.insert(person.familyName, person.id);
    using namespace MeetingEvents;
    const QByteArray events = file({
        open(QDateTime(meeting.plannedStart.date(), QTime(16, 0))),
        attendance({id.value(QStringLiteral("Mäkelä")), id.value(QStringLiteral("Åström")), id.value(QStringLiteral("Öhman")),
                    id.value(QStringLiteral("Virtanen")), id.value(QStringLiteral("Niemi"))},
                   {}),
        minuteCheckers({id.value(QStringLiteral("Åström")), id.value(QStringLiteral("Öhman"))}),
        dissent(1, id.value(QStringLiteral("Virtanen")),
                QStringLiteral("Korjaus ei riitä; %1 sanoi niin.").arg(marked(Canary::dissent))),
        decision(1),
        dissent(2, id.value(QStringLiteral("Virtanen")), Canary::secretDissent),
        decision(2),
        dissent(3, id.value(QStringLiteral("Öhman")), Canary::partlyDissent),
        decision(3),
        close(QDateTime(meeting.plannedStart.date(), QTime(17, 0))),
    });
    const auto recordedEvents = MeetingSession::record(store, meeting, events);
    INFO(recordedEvents.error().toStdString());
    REQUIRE(recordedEvents.ok());

    // The secretary completes the decisions and proceedings, and names the
    // extracts' recipients.
    Fixture fixture;
    fixture.meeting = required(store.meeting(meeting.id)).value();
    fixture.items = required(store.agendaItems(meeting.id));
    REQUIRE(fixture.items.size() == 3);
    AgendaItem &first = fixture.items[0];
    first.decision += QStringLiteral("<p>Tiedoksi %1.</p>").arg(marked(Canary::decision));
    first.proceedings += QStringLiteral("<p>Puheenvuoron käytti %1.</p>").arg(marked(Canary::proceedings));
    first.recipients = {{Canary::recipient, QStringLiteral("Kuja 1, 70100 Testilä"), Delivery::Letter}};
    AgendaItem &second = fixture.items[1];
    second.decision += QStringLiteral("<p>%1</p>").arg(Canary::secretDecision);
    second.proceedings += QStringLiteral("<p>%1</p>").arg(Canary::secretProceedings);
    second.recipients = {{Canary::recipient, QStringLiteral("Kuja 1, 70100 Testilä"), Delivery::Letter}};
    for (const AgendaItem &item : std::as_const(fixture.items))
        REQUIRE(store.updateAgendaItem(item).ok());
    return fixture;
}

} // namespace

TEST_CASE("Every output shows each audience what the disclosure policy allows, and nothing more", "[disclosure]")
{
    TestDir dir;
    const QString storePath = dir.path(QStringLiteral("kunta.sqlite"));
    auto store = createStore(storePath);
    const Fixture fixture = holdMeeting(*store);
    const Meeting &meeting = fixture.meeting;

    MeetingDocuments::Options internal;
    MeetingDocuments::Options forPublic;
    forPublic.audience = Audience::Public;

    SECTION("the working copy holds everything, so the canaries are really there")
    {
        const Rendered minutes = rendered(MeetingDocuments::minutes(*store, meeting, internal));
        requireAll(minutes.pdfText,
                   {Canary::background, Canary::proposal, Canary::decision, Canary::proceedings, Canary::dissent,
                    Canary::secretBackground, Canary::secretDecision, Canary::secretDissent, Canary::secretPreparer,
                    Canary::secretAttachment, Canary::partlyPassage, Canary::partlyDissent, Canary::attachmentName,
                    Canary::recipient},
                   QStringLiteral("internal minutes"));
        requireAll(minutes.html, {Canary::background, Canary::secretProceedings, Canary::recipient},
                   QStringLiteral("internal minutes as HTML"));
        requireAll(required(AgendaText::render(*store, meeting)),
                   {Canary::background, Canary::secretProposal, Canary::secretPreparer, Canary::partlyPassage},
                   QStringLiteral("internal plain-text agenda"));
        // A party of the confidential case gets its content in the extract.
        MeetingDocuments::Options party;
        party.audience = Audience::Party;
        const Rendered extract = rendered(MeetingDocuments::extract(*store, meeting, fixture.items.at(1), party));
        requireAll(extract.pdfText, {Canary::secretBackground, Canary::secretDecision, Canary::secretDissent},
                   QStringLiteral("the party's extract"));
        requireNone(extract.pdfText, {Canary::recipient}, QStringLiteral("the party's extract"));
    }

    SECTION("the public's agenda, minutes and extracts")
    {
        const QList<std::pair<QString, Result<OfficialDocument>>> documents{
            {QStringLiteral("public agenda"), MeetingDocuments::agenda(*store, meeting, forPublic)},
            {QStringLiteral("public minutes"), MeetingDocuments::minutes(*store, meeting, forPublic)},
            {QStringLiteral("public extract of the public item"),
             MeetingDocuments::extract(*store, meeting, fixture.items.at(0), forPublic)},
            {QStringLiteral("public extract of the confidential item"),
             MeetingDocuments::extract(*store, meeting, fixture.items.at(1), forPublic)},
            {QStringLiteral("public extract of the partly confidential item"),
             MeetingDocuments::extract(*store, meeting, fixture.items.at(2), forPublic)}};
        for (const auto &[name, document] : documents) {
            const Rendered out = rendered(document);
            requireNone(out.pdfText, Canary::all, name + QStringLiteral(" (PDF text)"));
            requireNone(out.pdf, Canary::all, name + QStringLiteral(" (PDF bytes)"));
            requireNone(out.html, Canary::all, name + QStringLiteral(" (HTML)"));
        }
        const Rendered minutes = rendered(MeetingDocuments::minutes(*store, meeting, forPublic));
        // What stands in for the withheld, in the public minutes.
        requireAll(minutes.pdfText,
                   {QStringLiteral("Työntekijän irtisanominen"), QStringLiteral("Asian sisältö on salassa pidettävä."),
                    QStringLiteral("[henkilötieto poistettu]"), QStringLiteral("[salassa pidettävä tieto poistettu]"),
                    QStringLiteral("Daniel Virtanen jätti eriävän mielipiteen: Korjaus ei riitä; [henkilötieto poistettu] "
                                   "sanoi niin."),
                    QStringLiteral("Cecilia Öhman jätti eriävän mielipiteen."), QStringLiteral("piirustukset.txt")},
                   QStringLiteral("public minutes"));
    }

    SECTION("the public plain-text agenda")
    {
        const QString text = required(AgendaText::render(*store, meeting, Audience::Public));
        requireNone(text, Canary::all, QStringLiteral("public plain-text agenda"));
        // A partly confidential passage is labelled as confidential, not as personal data.
        requireAll(text, {QStringLiteral("Hakijan talous: [salassa pidettävä tieto poistettu]"),
                          QStringLiteral("Aloitteen teki [henkilötieto poistettu]"),
                          QStringLiteral("Asian sisältö on salassa pidettävä.")},
                   QStringLiteral("public plain-text agenda"));
    }

    SECTION("the publication")
    {
        const QString web = dir.path(QStringLiteral("web"));
        // Held minutes are published once they are checked.
        Meeting checked = meeting;
        checked.minutesChecked = checked.actualStart.date().addDays(1);
        REQUIRE(store->updateMeeting(checked).ok());
        const auto published = Publication::publish(*store, checked, web);
        INFO(published.error().toStdString());
        REQUIRE(published.ok());
        int files = 0;
        for (QDirIterator it(web, QDir::Files, QDirIterator::Subdirectories); it.hasNext(); ++files) {
            const QString file = it.next();
            requireNone(readFile(file), Canary::all, file);
            if (file.endsWith(QStringLiteral(".pdf")))
                requireNone(pdfText(readFile(file)), Canary::all, file + QStringLiteral(" (PDF text)"));
        }
        REQUIRE(files == published->files.size());
        REQUIRE(published->files.contains(QStringLiteral("liitteet/1-1-piirustukset.txt")));
    }

    SECTION("the packages and the review window")
    {
        const QString member = dir.path(QStringLiteral("jasen.pykala-package"));
        const QString everyone = dir.path(QStringLiteral("julkinen.pykala-package"));
        keepPackagesReadable(*store, meeting.bodyId);
        required(MeetingPackage::write(*store, meeting, member, memberPackage(*store, QStringLiteral("Eero Niemi"))));
        required(MeetingPackage::write(*store, meeting, everyone, {Audience::Public, QString()}));
        requireNone(readFile(everyone), Canary::all, QStringLiteral("the public package"));
        // Encrypted, the file holds none; the store inside holds what members may see.
        requireNone(readFile(member), Canary::all, QStringLiteral("the member's encrypted package"));
        const QByteArray memberBytes = packageImage(member);
        requireNone(memberBytes, Canary::neverInPackage, QStringLiteral("the member's package"));
        for (const QString &canary : Canary::memberAgenda) {
            INFO("the member's package lacks " << canary.toStdString());
            REQUIRE(memberBytes.contains(canary.toUtf8()));
        }

        auto windowText = [](const QString &package) {
            QString error;
            QPointer<ReviewWindow> window = ReviewWindow::open(package, &error);
            INFO(error.toStdString());
            REQUIRE(window);
            const Meeting copy = required(window->store().findMeeting(QStringLiteral("KH 13/2026")));
            QString text;
            for (const AgendaItem &item : required(window->store().agendaItems(copy.id))) {
                REQUIRE(window->selectItem(copy.id, item.id));
                text += window->itemView()->toPlainText() + u'\n';
                for (int row = 0; row < window->attachmentList()->count(); ++row)
                    text += window->attachmentList()->item(row)->text() + u'\n';
            }
            delete window;
            return text;
        };
        const QString publicWindow = windowText(everyone);
        requireNone(publicWindow, Canary::all, QStringLiteral("the review window of the public package"));
        REQUIRE(publicWindow.contains(QStringLiteral("Työntekijän irtisanominen")));
        const QString memberWindow = windowText(member);
        requireAll(memberWindow, Canary::memberAgenda, QStringLiteral("the review window of the member's package"));
        requireNone(memberWindow, Canary::neverInPackage, QStringLiteral("the review window of the member's package"));
    }
}
