#include <catch2/catch.hpp>

#include "testsupport.h"

#include "procedure/itemtemplates.h"
#include "text/richtext.h"

namespace {

// A recurring item on the board's next meeting, written out in full: what a
// template keeps, and what it does not (its case and decision).
AgendaItem recurringItem(const Meeting &meeting, qint64 presenter)
{
    AgendaItem item;
    item.meetingId = meeting.id;
    item.title = QStringLiteral("Viranhaltijapäätösten otto-oikeus");
    item.caseReference = QStringLiteral("12/00.01.01/2026");
    item.taskClass = QStringLiteral("00.01.01");
    item.preparers = {{QStringLiteral("Kaisa Koski"), QStringLiteral("hallintojohtaja"),
                       QStringLiteral("puh. 040 123 4567, kaisa.koski@jarvenranta.fi")}};
    item.presenterPersonId = presenter;
    item.background = RichText::fromPlainText(QStringLiteral("Kunnanhallitus voi ottaa käsiteltäväkseen "
                                                             "viranhaltijoiden päätökset (KuntaL 92 §)."));
    item.proposal = RichText::fromPlainText(QStringLiteral("Kunnanhallitus ei käytä otto-oikeuttaan."));
    item.decision = RichText::fromPlainText(QStringLiteral("Hyväksyttiin."));
    item.appealKind = AppealKind::NotAppealable;
    item.recipients = {{QStringLiteral("Hallintopalvelut"), QStringLiteral("kirjaamo@jarvenranta.fi"),
                        Delivery::Electronic}};
    return item;
}

qint64 auditEntries(Store &store)
{
    return required(store.auditHead()).first;
}

} // namespace

TEST_CASE("An item saved as a template keeps its texts, not its case or decision, and comes back as a new item",
          "[templates]")
{
    TestDir dir;
    auto store = createStore(dir.path(QStringLiteral("s.sqlite")));
    const RecordedMeeting recorded = recordMeeting(*store);
    const Meeting next = addUnheldMeeting(*store, recorded.meeting);
    const qint64 presenter = recorded.items.constLast().presenterPersonId;
    const AgendaItem written = recurringItem(next, presenter);
    const qint64 itemId = required(store->addAgendaItem(written));

    const qint64 before = auditEntries(*store);
    const qint64 templateId = required(ItemTemplates::saveItem(*store, itemId, QStringLiteral(" Otto-oikeus ")));
    CHECK(auditEntries(*store) == before + 1);

    const ItemTemplate kept = required(store->itemTemplate(templateId)).value();
    CHECK(kept.bodyId == next.bodyId);
    CHECK(kept.name == QStringLiteral("Otto-oikeus"));
    CHECK(kept.item.title == written.title);
    CHECK(kept.item.taskClass == QStringLiteral("00.01.01"));
    REQUIRE(kept.item.preparers.size() == 1);
    CHECK(kept.item.preparers.at(0).name == QStringLiteral("Kaisa Koski"));
    CHECK(kept.item.preparers.at(0).title == QStringLiteral("hallintojohtaja"));
    CHECK(kept.item.preparers.at(0).contact == QStringLiteral("puh. 040 123 4567, kaisa.koski@jarvenranta.fi"));
    CHECK(kept.item.presenterPersonId == presenter);
    CHECK(RichText::toPlainText(kept.item.background).contains(QStringLiteral("KuntaL 92 §")));
    CHECK(RichText::toPlainText(kept.item.proposal) == QStringLiteral("Kunnanhallitus ei käytä otto-oikeuttaan."));
    CHECK(kept.item.appealKind == AppealKind::NotAppealable);
    REQUIRE(kept.item.recipients.size() == 1);
    CHECK(kept.item.recipients.at(0).address == QStringLiteral("kirjaamo@jarvenranta.fi"));
    // A case and a decision are one meeting's, never a template's.
    CHECK(kept.item.caseReference.isEmpty());
    CHECK(kept.item.decision.isEmpty());

    // Put on the agenda again: a new item, last, without case or decision.
    const int itemsBefore = int(required(store->agendaItems(next.id)).size());
    const qint64 added = required(ItemTemplates::addToMeeting(*store, next.id, templateId));
    const QList<AgendaItem> agenda = required(store->agendaItems(next.id));
    REQUIRE(agenda.size() == itemsBefore + 1);
    const AgendaItem copy = agenda.constLast();
    CHECK(copy.id == added);
    CHECK(copy.id != itemId);
    CHECK(copy.title == written.title);
    CHECK(copy.caseReference.isEmpty());
    CHECK(copy.decision.isEmpty());
    CHECK(!copy.sectionNumber.has_value());
    CHECK(copy.preparers.size() == 1);
    CHECK(copy.recipients.size() == 1);
    CHECK(copy.presenterPersonId == presenter);
    CHECK(RichText::toPlainText(copy.proposal) == QStringLiteral("Kunnanhallitus ei käytä otto-oikeuttaan."));

    // Found by name or by id; another name is not there.
    CHECK(required(ItemTemplates::find(*store, next.bodyId, QStringLiteral("Otto-oikeus"))).id == templateId);
    CHECK(required(ItemTemplates::find(*store, next.bodyId, QString::number(templateId))).id == templateId);
    CHECK_THAT(refusal(ItemTemplates::find(*store, next.bodyId, QStringLiteral("Ilmoitusasiat"))),
               Catch::Contains("no item template \"Ilmoitusasiat\""));
    CHECK(required(store->check()).ok());
}

TEST_CASE("A template's name is the body's own: taken is refused unless replaced, other bodies' templates stay "
          "theirs", "[templates]")
{
    TestDir dir;
    auto store = createStore(dir.path(QStringLiteral("s.sqlite")));
    const RecordedMeeting recorded = recordMeeting(*store);
    const Meeting next = addUnheldMeeting(*store, recorded.meeting);
    AgendaItem item = recurringItem(next, 0);
    const qint64 first = required(store->addAgendaItem(item));
    item.title = QStringLiteral("Ilmoitusasiat");
    item.proposal = RichText::fromPlainText(QStringLiteral("Merkitään tiedoksi."));
    const qint64 second = required(store->addAgendaItem(item));

    const qint64 templateId = required(ItemTemplates::saveItem(*store, first, QStringLiteral("Vakioasia")));
    const qint64 head = auditEntries(*store);
    CHECK_THAT(refusal(ItemTemplates::saveItem(*store, second, QStringLiteral("Vakioasia"))),
               Catch::Contains("already has a template named \"Vakioasia\""));
    CHECK(auditEntries(*store) == head);
    CHECK(required(store->itemTemplate(templateId))->item.title == QStringLiteral("Viranhaltijapäätösten otto-oikeus"));

    // Replaced: the same template, now the other item's.
    CHECK(required(ItemTemplates::saveItem(*store, second, QStringLiteral("Vakioasia"), true)) == templateId);
    CHECK(required(store->itemTemplates(next.bodyId)).size() == 1);
    CHECK(required(store->itemTemplate(templateId))->item.title == QStringLiteral("Ilmoitusasiat"));

    // Renaming to a name taken is refused too.
    const qint64 other = required(ItemTemplates::saveItem(*store, first, QStringLiteral("Otto-oikeus")));
    ItemTemplate renamed = required(store->itemTemplate(other)).value();
    renamed.name = QStringLiteral("Vakioasia");
    CHECK_THAT(refusal(store->updateItemTemplate(renamed)), Catch::Contains("already has a template named"));
    // The listing is by name.
    const QList<ItemTemplate> listed = required(store->itemTemplates(next.bodyId));
    REQUIRE(listed.size() == 2);
    CHECK(listed.at(0).name == QStringLiteral("Otto-oikeus"));
    CHECK(listed.at(1).name == QStringLiteral("Vakioasia"));

    // Another body may use the same name; its meetings do not take the
    // board's templates, and a template's body never changes.
    Body committee;
    committee.name = QStringLiteral("Sivistyslautakunta");
    committee.shortName = QStringLiteral("SIV");
    const qint64 committeeId = required(store->addBody(committee));
    ItemTemplate theirs;
    theirs.bodyId = committeeId;
    theirs.name = QStringLiteral("Vakioasia");
    theirs.item.title = QStringLiteral("Kouluverkkoselvitys");
    const qint64 theirsId = required(store->addItemTemplate(theirs));
    CHECK_THAT(refusal(ItemTemplates::addToMeeting(*store, next.id, theirsId)),
               Catch::Contains("is of Sivistyslautakunta"));
    theirs.id = theirsId;
    theirs.bodyId = next.bodyId;
    theirs.name = QStringLiteral("Siirretty");
    REQUIRE(store->updateItemTemplate(theirs));
    CHECK(required(store->itemTemplate(theirsId))->bodyId == committeeId);

    // Removed: gone, logged; another's stays.
    REQUIRE(store->removeItemTemplate(templateId));
    CHECK(!required(store->itemTemplate(templateId)).has_value());
    CHECK_THAT(refusal(store->removeItemTemplate(templateId)), Catch::Contains("no item template with id"));
    CHECK(required(store->itemTemplates(next.bodyId)).size() == 1);
    CHECK(required(store->check()).ok());
}

TEST_CASE("A template that could not be kept is refused with what is wrong, and nothing is written", "[templates]")
{
    TestDir dir;
    auto store = createStore(dir.path(QStringLiteral("s.sqlite")));
    const Sample sample = addSample(*store);
    ItemTemplate bad;
    bad.bodyId = sample.body;
    bad.name = QStringLiteral("Salassa pidettävä");
    bad.item.title = QStringLiteral("Henkilöstöasia");
    const qint64 head = auditEntries(*store);

    auto refused = [&](const ItemTemplate &t) { return refusal(store->addItemTemplate(t)); };
    ItemTemplate unnamed = bad;
    unnamed.name = QStringLiteral("  ");
    CHECK_THAT(refused(unnamed), Catch::Contains("needs a name"));
    ItemTemplate untitled = bad;
    untitled.item.title.clear();
    CHECK_THAT(refused(untitled), Catch::Contains("needs a title"));
    ItemTemplate secret = bad;
    secret.item.publicity = Publicity::Confidential;
    CHECK_THAT(refused(secret), Catch::Contains("names no legal basis"));
    ItemTemplate bell = bad;
    bell.item.preparers = {{QStringLiteral("Kaisa\aKoski"), {}, {}}};
    CHECK_THAT(refused(bell), Catch::Contains("U+0007"));
    ItemTemplate longName = bad;
    longName.name = QString(1001, u'a');
    CHECK_THAT(refused(longName), Catch::Contains("at most 1"));
    ItemTemplate nobody = bad;
    nobody.bodyId = 999;
    CHECK_THAT(refused(nobody), Catch::Contains("not in the store"));
    CHECK(auditEntries(*store) == head);
    CHECK(required(store->itemTemplates(sample.body)).isEmpty());

    // A template changed behind the store's back shows in check.
    const qint64 id = required(store->addItemTemplate(bad));
    store.reset();
    {
        RawConnection raw(dir.path(QStringLiteral("s.sqlite")));
        REQUIRE(raw.exec(QStringLiteral("UPDATE item_template SET title = 'Muutettu' WHERE id = %1").arg(id)));
    }
    store = openStore(dir.path(QStringLiteral("s.sqlite")));
    const CheckReport report = required(store->check());
    CHECK_THAT(report.auditProblems.join(u' ').toStdString(), Catch::Contains("item_template"));
}
