#include <catch2/catch.hpp>

#include "testsupport.h"

#include "store/searchterms.h"

namespace {

QStringList titles(const Store &store, const QString &query)
{
    const auto hits = store.search(query, 50);
    INFO(hits.error().toStdString());
    REQUIRE(hits.ok());
    QStringList result;
    for (const SearchHit &hit : *hits)
        result.append(hit.title);
    return result;
}

// The items the search shows, in its order.
QList<qint64> hitIds(const Store &store, const QString &query, int limit, const SearchFilter &filter = {})
{
    const auto hits = store.search(query, limit, filter);
    INFO(hits.error().toStdString());
    REQUIRE(hits.ok());
    QList<qint64> ids;
    for (const SearchHit &hit : *hits)
        ids.append(hit.itemId);
    return ids;
}

// A meeting of `body` at Kunnantalo, of the year it starts in.
qint64 addMeeting(Store &store, qint64 body, int number, const QDateTime &start)
{
    Meeting meeting;
    meeting.bodyId = body;
    meeting.year = start.date().year();
    meeting.number = number;
    meeting.plannedStart = start;
    meeting.place = QStringLiteral("Kunnantalo");
    const auto id = store.addMeeting(meeting);
    REQUIRE(id.ok());
    return *id;
}

// A second body beside the sample's board: the education committee.
qint64 addCommittee(Store &store)
{
    return required(store.addBody({0, QStringLiteral("Sivistyslautakunta"), QStringLiteral("SIVI"), BodyKind::Committee}));
}

qint64 addItem(Store &store, qint64 meeting, const QString &title, const QString &background)
{
    AgendaItem item;
    item.meetingId = meeting;
    item.title = title;
    item.background = background;
    const auto id = store.addAgendaItem(item);
    REQUIRE(id.ok());
    return *id;
}

} // namespace

TEST_CASE("Finnish inflected forms find each other", "[search]")
{
    TestDir dir;
    auto store = createStore(dir.path(QStringLiteral("s.sqlite")));
    const Sample sample = addSample(*store);
    addItem(*store, sample.meeting, QStringLiteral("Talousarvio 2027"),
            QStringLiteral("<p>Talousarvion toimintakate ja kunnanhallituksen esitys.</p>"));
    addItem(*store, sample.meeting, QStringLiteral("Koulukuljetus"),
            QStringLiteral("<p>Oppilaan koulumatka on pitkä. Kouluun kuljetetaan linja-autolla.</p>"));
    addItem(*store, sample.meeting, QStringLiteral("Sopimus vesihuollosta"),
            QStringLiteral("<p>Sopimuksen mukaan kunta vastaa vesijohdosta.</p>"));

    // Base form in the query, inflected in the text, and the other way round.
    CHECK(titles(*store, QStringLiteral("talousarvio")).contains(QStringLiteral("Talousarvio 2027")));
    CHECK(titles(*store, QStringLiteral("talousarvioon")).contains(QStringLiteral("Talousarvio 2027")));
    CHECK(titles(*store, QStringLiteral("kunnanhallitus")).contains(QStringLiteral("Talousarvio 2027")));
    CHECK(titles(*store, QStringLiteral("koulu")).contains(QStringLiteral("Koulukuljetus")));
    CHECK(titles(*store, QStringLiteral("sopimus")).contains(QStringLiteral("Sopimus vesihuollosta")));
    CHECK(titles(*store, QStringLiteral("sopimuksella")).contains(QStringLiteral("Sopimus vesihuollosta")));
    // päätös ~ päätöksiä ~ päätöksen (the -s/-kse- stem)
    CHECK(titles(*store, QStringLiteral("päätös")).contains(QStringLiteral("Päätös digitalisaatiofoorumin edustajista")));
    CHECK(titles(*store, QStringLiteral("päätöksen")).contains(QStringLiteral("Päätös digitalisaatiofoorumin edustajista")));
    // Every word must match.
    CHECK(titles(*store, QStringLiteral("talousarvio koulumatka")).isEmpty());
    CHECK(titles(*store, QStringLiteral("kouluun linja-autolla")) == QStringList{QStringLiteral("Koulukuljetus")});
}

TEST_CASE("ä and ö are letters of their own, matched in any case", "[search]")
{
    TestDir dir;
    auto store = createStore(dir.path(QStringLiteral("s.sqlite")));
    const Sample sample = addSample(*store);
    addItem(*store, sample.meeting, QStringLiteral("Säätö"), QStringLiteral("<p>Lämpötilan säätö.</p>"));
    addItem(*store, sample.meeting, QStringLiteral("Saato"), QStringLiteral("<p>Ei ääkkösiä.</p>"));
    CHECK(titles(*store, QStringLiteral("säätö")) == QStringList{QStringLiteral("Säätö")});
    CHECK(titles(*store, QStringLiteral("SÄÄTÖ")) == QStringList{QStringLiteral("Säätö")});
    CHECK(titles(*store, QStringLiteral("saato")) == QStringList{QStringLiteral("Saato")});
    CHECK(titles(*store, QStringLiteral("Åberg")).isEmpty()); // persons are not agenda text
    CHECK(titles(*store, QStringLiteral("lämpötilan")) == QStringList{QStringLiteral("Säätö")});
}

TEST_CASE("The index follows every change to items and attachments", "[search]")
{
    TestDir dir;
    auto store = createStore(dir.path(QStringLiteral("s.sqlite")));
    const Sample sample = addSample(*store);
    CHECK(titles(*store, QStringLiteral("tiedonhallintofoorumi")).size() == 1);
    CHECK(titles(*store, QStringLiteral("198/00.01.01/2026")).size() == 1); // case reference

    AgendaItem item = store->agendaItem(sample.publicItem)->value();
    item.background = QStringLiteral("<p>Uusi perustelu vesihuollosta.</p>");
    REQUIRE(store->updateAgendaItem(item).ok());
    CHECK(titles(*store, QStringLiteral("tiedonhallintofoorumi")).isEmpty());
    CHECK(titles(*store, QStringLiteral("perustelu")).size() == 1);

    CHECK(titles(*store, QStringLiteral("kokoonpano")).size() == 1); // attachment name
    REQUIRE(store->removeAttachment(sample.attachment).ok());
    CHECK(titles(*store, QStringLiteral("kokoonpano")).isEmpty());

    REQUIRE(store->removeAgendaItem(sample.publicItem).ok());
    CHECK(titles(*store, QStringLiteral("perustelu")).isEmpty());
}

TEST_CASE("Search input never reaches FTS5 syntax", "[search]")
{
    TestDir dir;
    auto store = createStore(dir.path(QStringLiteral("s.sqlite")));
    addSample(*store);
    for (const char *query : {"\"", "NEAR(", "päätös OR", "*", "title:x", "a\" OR \"b", "-koulu", "^x"}) {
        const auto hits = store->search(QString::fromUtf8(query), 10);
        INFO(query);
        CHECK((hits.ok() || hits.error().contains(QStringLiteral("no words"))));
    }
    const auto empty = store->search(QStringLiteral("  !? "), 10);
    REQUIRE_FALSE(empty.ok());
    CHECK(empty.error().contains(QStringLiteral("no words")));
    CHECK(SearchTerms::matchExpression(QStringLiteral("a\"b")) == QStringLiteral("(\"a\") AND (\"b\")"));
}

TEST_CASE("Hits carry the meeting, § number and a snippet", "[search]")
{
    TestDir dir;
    auto store = createStore(dir.path(QStringLiteral("s.sqlite")));
    const Sample sample = addSample(*store);
    AgendaItem item = store->agendaItem(sample.publicItem)->value();
    item.sectionNumber = 156;
    REQUIRE(store->updateAgendaItem(item).ok());
    const auto hits = store->search(QStringLiteral("Tiedonhallintofoorumin"), 5);
    REQUIRE(hits.ok());
    REQUIRE(hits->size() == 1);
    CHECK(hits->at(0).meetingReference == QStringLiteral("KH 12/2026"));
    CHECK(hits->at(0).sectionNumber == 156);
    CHECK(hits->at(0).snippet.contains(QStringLiteral("[tiedonhallintofoorumi]")));
    CHECK(store->search(QStringLiteral("kunta"), 0).error().contains(QStringLiteral("1 or more")));
}

TEST_CASE("A hit's passage comes from the text that matched: proceedings, or else the title", "[search]")
{
    TestDir dir;
    auto store = createStore(dir.path(QStringLiteral("s.sqlite")));
    const Sample sample = addSample(*store);
    AgendaItem item = store->agendaItem(sample.publicItem)->value();
    item.proceedings = QStringLiteral("<p>Keskustelun kuluessa tehtiin vastaehdotus kirjastoautosta.</p>");
    REQUIRE(store->updateAgendaItem(item).ok());
    const auto proceedings = store->search(QStringLiteral("kirjastoautosta"));
    REQUIRE(proceedings.ok());
    REQUIRE(proceedings->size() == 1);
    CHECK(proceedings->first().snippet.contains(QStringLiteral("[kirjastoautosta.]")));
    const auto title = store->search(QStringLiteral("digitalisaatiofoorumin"));
    REQUIRE(title.ok());
    REQUIRE(title->size() == 1);
    CHECK(title->first().snippet.contains(QStringLiteral("[digitalisaatiofoorumin]")));
}

TEST_CASE("Within one transaction the index takes each item's last state, a rolled-back one leaves none", "[search]")
{
    TestDir dir;
    auto store = createStore(dir.path(QStringLiteral("s.sqlite")));
    const Sample sample = addSample(*store);
    auto changeTwice = [&] {
        const qint64 kept = addItem(*store, sample.meeting, QStringLiteral("Kaukolämpöverkon laajennus"),
                                    QStringLiteral("<p>Verkkoa laajennetaan asuntoalueelle.</p>"));
        AgendaItem item = store->agendaItem(kept)->value();
        item.title = QStringLiteral("Kaukolämpöverkon saneeraus");
        REQUIRE(store->updateAgendaItem(item).ok());
        const qint64 gone = addItem(*store, sample.meeting, QStringLiteral("Uimahallin saunaosasto"),
                                    QStringLiteral("<p>Saunaosasto uusitaan.</p>"));
        REQUIRE(store->removeAgendaItem(gone).ok());
    };
    {
        Store::Transaction transaction(*store);
        REQUIRE(transaction.ok());
        changeTwice();
        // Not committed: rolled back here.
    }
    CHECK(titles(*store, QStringLiteral("kaukolämpöverkon")).isEmpty());
    CHECK(titles(*store, QStringLiteral("saunaosasto")).isEmpty());
    {
        Store::Transaction transaction(*store);
        REQUIRE(transaction.ok());
        changeTwice();
        REQUIRE(transaction.commit().ok());
    }
    CHECK(titles(*store, QStringLiteral("laajennus")).isEmpty());
    CHECK(titles(*store, QStringLiteral("kaukolämpöverkon")) == QStringList{QStringLiteral("Kaukolämpöverkon saneeraus")});
    CHECK(titles(*store, QStringLiteral("saunaosasto")).isEmpty());
    CHECK(store->check()->ok());
}

TEST_CASE("What an item's entry is made of, read as the item is saved, gives way to a later change or a part rolled "
          "back",
          "[search]")
{
    // The store reads an item's texts for its search entry as it saves the
    // item, and writes the entry as the transaction commits: whatever came
    // between must be in the entry, and nothing rolled back.
    TestDir dir;
    auto store = createStore(dir.path(QStringLiteral("s.sqlite")));
    const Sample sample = addSample(*store);
    const auto attach = [&](qint64 item, const QString &name) {
        Attachment attachment;
        attachment.itemId = item;
        attachment.name = name;
        attachment.mediaType = QStringLiteral("application/pdf");
        attachment.content = QByteArrayLiteral("%PDF-1.4 test");
        required(store->addAttachment(attachment));
    };
    qint64 heating = 0, lights = 0;
    {
        Store::Transaction transaction(*store);
        REQUIRE(transaction.ok());
        heating = addItem(*store, sample.meeting, QStringLiteral("Kaukolämpöverkon laajennus"),
                          QStringLiteral("<p>Verkkoa laajennetaan asuntoalueelle.</p>"));
        {
            // A part that saves the item anew, then is rolled back.
            Store::Transaction part(*store);
            REQUIRE(part.ok());
            AgendaItem item = store->agendaItem(heating)->value();
            item.title = QStringLiteral("Kaukolämpöverkon saneeraus");
            REQUIRE(store->updateAgendaItem(item).ok());
        }
        lights = addItem(*store, sample.meeting, QStringLiteral("Katuvalojen uusiminen"),
                         QStringLiteral("<p>Valaisimet vaihdetaan.</p>"));
        // An attachment's name belongs to its item's entry.
        attach(lights, QStringLiteral("Valaistussuunnitelma.pdf"));
        REQUIRE(transaction.commit().ok());
    }
    CHECK(titles(*store, QStringLiteral("laajennus")) == QStringList{QStringLiteral("Kaukolämpöverkon laajennus")});
    CHECK(titles(*store, QStringLiteral("saneeraus")).isEmpty());
    CHECK(titles(*store, QStringLiteral("valaistussuunnitelma")) == QStringList{QStringLiteral("Katuvalojen uusiminen")});
    CHECK(titles(*store, QStringLiteral("valaisimet")) == QStringList{QStringLiteral("Katuvalojen uusiminen")});
    CHECK(store->check()->ok());
}

TEST_CASE("A large transaction indexes every item, its texts made beside the writing", "[search]")
{
    TestDir dir;
    auto store = createStore(dir.path(QStringLiteral("s.sqlite")));
    const Sample sample = addSample(*store);
    constexpr int count = 700; // several batches of the indexing thread
    {
        Store::Transaction transaction(*store);
        REQUIRE(transaction.ok());
        for (int i = 1; i <= count; ++i) {
            addItem(*store, sample.meeting, QStringLiteral("Mittausasia %1").arg(i),
                    QStringLiteral("<p>Tunniste koe%1 ja päätöksen perustelut.</p>").arg(i));
        }
        REQUIRE(transaction.commit().ok());
    }
    for (const int i : {1, 2, count / 2, count - 1, count})
        CHECK(titles(*store, QStringLiteral("koe%1").arg(i)) == QStringList{QStringLiteral("Mittausasia %1").arg(i)});
    const auto all = store->search(QStringLiteral("mittausasia"), 1000);
    REQUIRE(all.ok());
    CHECK(all->size() == count);
    // Inflected forms are indexed in the thread's texts as in the store's own.
    const auto inflected = store->search(QStringLiteral("päätös"), 1000);
    REQUIRE(inflected.ok());
    CHECK(inflected->size() >= count);
}

TEST_CASE("Hits that rank alike come newest meeting first, in whatever order they were entered", "[search]")
{
    TestDir dir;
    auto store = createStore(dir.path(QStringLiteral("s.sqlite")));
    const Sample sample = addSample(*store);
    // An archive's years entered out of order (older years imported after
    // current use began): the same standard item in each, so that neither
    // the order of entry nor its reverse is the order of the meetings.
    QList<qint64> meetings;
    for (const int year : {2019, 2026, 2012}) {
        const qint64 id = addMeeting(*store, sample.body, 30, QDateTime(QDate(year, 3, 2), QTime(16, 0)));
        meetings.append(id);
        addItem(*store, id, QStringLiteral("Kokouksen avaus"), QStringLiteral("<p>Puheenjohtaja avaa kokouksen.</p>"));
    }
    const auto newest = store->search(QStringLiteral("kokouksen avaus"), 1);
    REQUIRE(newest.ok());
    REQUIRE(newest->size() == 1);
    CHECK(newest->first().meetingId == meetings.at(1));
    const auto all = store->search(QStringLiteral("kokouksen avaus"), 3);
    REQUIRE(all.ok());
    QList<qint64> order;
    for (const SearchHit &hit : *all)
        order.append(hit.meetingId);
    CHECK(order == QList<qint64>{meetings.at(1), meetings.at(0), meetings.at(2)});
}

TEST_CASE("Hits that rank alike follow the meetings as they are now, changed here or by another connection", "[search]")
{
    // Each connection keeps the meetings' order between searches; a change
    // made through it, or committed through another one (a second
    // secretary on a shared store), is in the next search's order.
    TestDir dir;
    const QString path = dir.path(QStringLiteral("s.sqlite"));
    auto here = createStore(path);
    const Sample sample = addSample(*here);
    const qint64 education = addCommittee(*here);
    const QString opening = QStringLiteral("Kokouksen avaus");
    const QString openingText = QStringLiteral("<p>Puheenjohtaja avaa kokouksen.</p>");
    QList<qint64> meetings;
    QList<qint64> openings;
    for (const int year : {2019, 2026, 2012}) {
        const qint64 id = addMeeting(*here, sample.body, 30, QDateTime(QDate(year, 3, 2), QTime(16, 0)));
        meetings.append(id);
        openings.append(addItem(*here, id, opening, openingText));
    }
    const auto shown = [&](const Store &store, const SearchFilter &filter = {}) {
        return hitIds(store, opening, 10, filter);
    };
    CHECK(shown(*here) == QList<qint64>{openings.at(1), openings.at(0), openings.at(2)});
    auto there = openStore(path);
    CHECK(shown(*there) == QList<qint64>{openings.at(1), openings.at(0), openings.at(2)});

    // The 2012 meeting moved to 2030, here: first in both.
    Meeting moved = required(here->meeting(meetings.at(2))).value();
    moved.year = 2030;
    moved.plannedStart = QDateTime(QDate(2030, 1, 15), QTime(16, 0));
    REQUIRE(here->updateMeeting(moved).ok());
    const QList<qint64> afterMove{openings.at(2), openings.at(1), openings.at(0)};
    CHECK(shown(*here) == afterMove);
    CHECK(shown(*there) == afterMove);
    SearchFilter of2030;
    of2030.year = 2030;
    CHECK(shown(*there, of2030) == QList<qint64>{openings.at(2)});
    SearchFilter of2012;
    of2012.year = 2012;
    CHECK(shown(*there, of2012).isEmpty());

    // A new meeting of the committee in 2031, with two openings (one
    // moved to the top of its agenda), there: first in both, in their
    // places on the agenda.
    const qint64 newest = addMeeting(*there, education, 1, QDateTime(QDate(2031, 2, 1), QTime(9, 0)));
    const qint64 second = addItem(*there, newest, opening, openingText);
    const qint64 first = addItem(*there, newest, opening, openingText);
    REQUIRE(there->moveAgendaItem(first, 1).ok());
    const QList<qint64> afterAdd = QList<qint64>{first, second} + afterMove;
    CHECK(shown(*here) == afterAdd);
    CHECK(shown(*there) == afterAdd);
    SearchFilter committee;
    committee.bodyId = education;
    CHECK(shown(*here, committee) == QList<qint64>{first, second});
    // Moved back, here: both follow, though both had read their places.
    REQUIRE(here->moveAgendaItem(second, 1).ok());
    const QList<qint64> afterMoveBack = QList<qint64>{second, first} + afterMove;
    CHECK(shown(*here) == afterMoveBack);
    CHECK(shown(*there) == afterMoveBack);

    // One of them removed, there: gone from both.
    REQUIRE(there->removeAgendaItem(second).ok());
    const QList<qint64> afterRemove = QList<qint64>{first} + afterMove;
    CHECK(shown(*here) == afterRemove);
    CHECK(shown(*there) == afterRemove);
}

TEST_CASE("After more changes than a connection follows one by one, its next search reads the places anew", "[search]")
{
    // 60 standard items of one meeting rank alike: their places on the
    // agenda order them. The last moved first 70 times over, another
    // connection's writes: 60 audited moves each, 4,200 in all, more than
    // a server connection follows entry by entry (SearchPlaces).
    TestDir dir;
    const QString path = dir.path(QStringLiteral("s.sqlite"));
    auto writer = createStore(path);
    const Sample sample = addSample(*writer);
    const qint64 meeting = addMeeting(*writer, sample.body, 40, QDateTime(QDate(2026, 5, 4), QTime(16, 0)));
    QList<qint64> items;
    for (int i = 0; i < 60; ++i)
        items.append(addItem(*writer, meeting, QStringLiteral("Vakioasia"), QStringLiteral("<p>Vakioteksti.</p>")));
    // And two of an older meeting, whose order changes last of all.
    const qint64 older = addMeeting(*writer, sample.body, 41, QDateTime(QDate(2025, 5, 5), QTime(16, 0)));
    const qint64 olderFirst = addItem(*writer, older, QStringLiteral("Vakioasia"), QStringLiteral("<p>Vakioteksti.</p>"));
    const qint64 olderSecond = addItem(*writer, older, QStringLiteral("Vakioasia"), QStringLiteral("<p>Vakioteksti.</p>"));
    auto reader = openStore(path);
    const auto shown = [&] { return hitIds(*reader, QStringLiteral("vakioasia"), 100); };
    CHECK(shown() == items + QList<qint64>{olderFirst, olderSecond});
    for (int k = 0; k < 70; ++k)
        REQUIRE(writer->moveAgendaItem(items.at((59 - k % 60 + 60) % 60), 1).ok());
    REQUIRE(writer->moveAgendaItem(olderSecond, 1).ok());
    // Each move put the last first: 70 moves turned the agenda by ten.
    const QList<qint64> turned = items.mid(50) + items.mid(0, 50);
    CHECK(shown() == turned + QList<qint64>{olderSecond, olderFirst});
}

TEST_CASE("Of many hits that rank alike only the newest meetings' are shown, kept to the body, also when all are old", "[search]")
{
    // A standard item in every meeting ties for the last place of the
    // results, thousands of times in a long archive. Each engine orders the
    // tied by the meetings' order it keeps in memory (SQLite's search
    // cache, PostgreSQL's SearchPlaces): the shown are the newest meetings'
    // (planned start, then the meeting added last), kept to the body and
    // year from the same memory.
    TestDir dir;
    auto store = createStore(dir.path(QStringLiteral("s.sqlite")));
    const Sample sample = addSample(*store);
    const qint64 education = addCommittee(*store);
    const QString opening = QStringLiteral("Kokouksen avaus");
    const QString openingText = QStringLiteral("<p>Puheenjohtaja avaa kokouksen.</p>");
    // 100 recent meetings of five items, k = 0…99 a month apart from
    // 10.1.2016, the two newest (98 and 99) at the same hour; even k the
    // board's, odd k the committee's. Added in a shuffled order (k = 37 i
    // mod 100), so that neither the ids nor their reverse follow the
    // meetings.
    QHash<int, qint64> recent; // k → meeting
    QHash<int, qint64> openingOf; // k → its "Kokouksen avaus"
    for (int i = 0; i < 100; ++i) {
        const int k = (37 * i) % 100;
        const QDate day = QDate(2016, 1, 10).addMonths(qMin(k, 98));
        const qint64 meeting = addMeeting(*store, k % 2 == 0 ? sample.body : education, k + 1, QDateTime(day, QTime(16, 0)));
        recent.insert(k, meeting);
        openingOf.insert(k, addItem(*store, meeting, opening, openingText));
        for (int n = 0; n < 4; ++n)
            addItem(*store, meeting, QStringLiteral("Asia %1").arg(4 * k + n), QStringLiteral("<p>Selostus %1.</p>").arg(4 * k + n));
    }
    // 20 old meetings of the board, j = 0…19, two a year 2001–2010 (in
    // February and September), each with the opening and the same old item
    // besides, added oldest first.
    QList<qint64> oldItems; // by j
    for (int j = 0; j < 20; ++j) {
        const qint64 meeting =
            addMeeting(*store, sample.body, 200 + j, QDateTime(QDate(2001 + j / 2, j % 2 == 0 ? 2 : 9, 3), QTime(16, 0)));
        addItem(*store, meeting, opening, openingText);
        oldItems.append(addItem(*store, meeting, QStringLiteral("Vanhan koulurakennuksen purkaminen"),
                                QStringLiteral("<p>Rakennus on tyhjillään.</p>")));
    }
    auto shown = [&](const QString &query, int limit, const SearchFilter &filter = {}) {
        return hitIds(*store, query, limit, filter);
    };
    // 98 and 99 start together: the one added last (its id the higher) first.
    const int first = recent.value(99) > recent.value(98) ? 99 : 98;
    const QList<qint64> newestOpenings{openingOf.value(first), openingOf.value(197 - first), openingOf.value(97),
                                       openingOf.value(96), openingOf.value(95)};
    CHECK(shown(opening, 5) == newestOpenings);
    SearchFilter newest;
    newest.order = SearchFilter::Order::Newest;
    CHECK(shown(opening, 5, newest) == newestOpenings);
    CHECK(shown(opening, 2) == newestOpenings.mid(0, 2));
    // The committee's: odd k.
    SearchFilter committee;
    committee.bodyId = education;
    CHECK(shown(opening, 3, committee) == QList<qint64>{openingOf.value(99), openingOf.value(97), openingOf.value(95)});
    // The board's in 2017: k = 12…23 fall in 2017 (10.1.2017 is k = 12), the
    // board's the even ones, the newest 22 and 20.
    SearchFilter board2017;
    board2017.bodyId = sample.body;
    board2017.year = 2017;
    CHECK(shown(opening, 2, board2017) == QList<qint64>{openingOf.value(22), openingOf.value(20)});
    // The old item: in the 20 oldest meetings only, newest (j = 19) first.
    const QString old = QStringLiteral("vanhan koulurakennuksen purkaminen");
    CHECK(shown(old, 1) == QList<qint64>{oldItems.at(19)});
    CHECK(shown(old, 3) == QList<qint64>{oldItems.at(19), oldItems.at(18), oldItems.at(17)});
    CHECK(shown(old, 2, newest) == QList<qint64>{oldItems.at(19), oldItems.at(18)});
    // Every one of them, when the results have room.
    CHECK(shown(opening, 200).size() == 120);
    CHECK(shown(old, 50).size() == 20);
}

TEST_CASE("Search keeps to a body and a year, and orders by relevance or newest first", "[search][filter]")
{
    TestDir dir;
    auto store = createStore(dir.path(QStringLiteral("s.sqlite")));
    const Sample sample = addSample(*store);
    const qint64 education = addCommittee(*store);
    auto addMeetingOn = [&](qint64 body, int number, const QDate &day) {
        return addMeeting(*store, body, number, QDateTime(day, QTime(16, 0)));
    };
    const qint64 board2025 = addMeetingOn(sample.body, 40, QDate(2025, 3, 2));
    const qint64 board2026 = addMeetingOn(sample.body, 41, QDate(2026, 3, 2));
    const qint64 education2026 = addMeetingOn(education, 1, QDate(2026, 4, 6));
    // The word in the title of the oldest (the title weighs four times the
    // texts: it ranks first), in the background of the other two.
    addItem(*store, board2025, QStringLiteral("Kirjaston laajennus"), QStringLiteral("<p>Tilat.</p>"));
    addItem(*store, board2026, QStringLiteral("Talousarvio"), QStringLiteral("<p>Kirjaston henkilöstö lisääntyy.</p>"));
    addItem(*store, education2026, QStringLiteral("Opetussuunnitelma"), QStringLiteral("<p>Kirjaston ja koulun yhteistyö.</p>"));

    auto found = [&](const SearchFilter &filter, int limit = 50) {
        const auto hits = store->search(QStringLiteral("kirjasto"), limit, filter);
        INFO(hits.error().toStdString());
        REQUIRE(hits.ok());
        QStringList result;
        for (const SearchHit &hit : *hits)
            result.append(hit.title);
        return result;
    };
    const QString extension = QStringLiteral("Kirjaston laajennus"), budget = QStringLiteral("Talousarvio"),
                  curriculum = QStringLiteral("Opetussuunnitelma");
    const QStringList all = found({});
    REQUIRE(all.size() == 3);
    CHECK(all.first() == extension);
    // Newest first: SIVI 6.4.2026, KH 2.3.2026, KH 2.3.2025.
    SearchFilter newest;
    newest.order = SearchFilter::Order::Newest;
    CHECK(found(newest) == QStringList{curriculum, budget, extension});
    CHECK(found(newest, 1) == QStringList{curriculum});

    SearchFilter board;
    board.bodyId = sample.body;
    const QStringList boards = found(board);
    CHECK(boards == QStringList{extension, budget});
    SearchFilter year;
    year.year = 2026;
    const QStringList thisYear = found(year);
    CHECK(QSet<QString>(thisYear.cbegin(), thisYear.cend()) == QSet<QString>{budget, curriculum});
    // The best of the year, not the best of all kept to the year afterwards.
    const QStringList bestOfYear = found(year, 1);
    REQUIRE(bestOfYear.size() == 1);
    CHECK(bestOfYear.first() != extension);
    SearchFilter both = board;
    both.year = 2026;
    CHECK(found(both) == QStringList{budget});
    both.order = SearchFilter::Order::Newest;
    CHECK(found(both) == QStringList{budget});
    SearchFilter none;
    none.bodyId = education;
    none.year = 2025;
    CHECK(found(none).isEmpty());
}

TEST_CASE("Ranks are bm25 as FTS5 computes it, to the last bit, for one word and several", "[search]")
{
    TestDir dir;
    const QString path = dir.path(QStringLiteral("s.sqlite"));
    auto store = createStore(path);
    const Sample sample = addSample(*store);
    // Lengths and counts that differ: the word in the title (four times the
    // weight), once or many times in texts short and long, in inflected
    // forms, and items of standard text that rank alike.
    const QString filler = QStringLiteral("Asia on valmisteltu hallintosäännön mukaisesti ja siitä on kuultu asianosaisia. ");
    addItem(*store, sample.meeting, QStringLiteral("Talousarvio 2027"), QStringLiteral("<p>Talousarvion toteutuminen.</p>"));
    addItem(*store, sample.meeting, QStringLiteral("Koulun peruskorjaus"),
            QStringLiteral("<p>%1Talousarviossa on varattu määräraha koulun peruskorjaukseen.</p>").arg(filler.repeated(6)));
    addItem(*store, sample.meeting, QStringLiteral("Osavuosikatsaus"),
            QStringLiteral("<p>Talousarvio, talousarvio ja talousarvion muutos. %1</p>").arg(filler));
    for (int i = 0; i < 3; ++i)
        addItem(*store, sample.meeting, QStringLiteral("Kokouksen avaus"), QStringLiteral("<p>Puheenjohtaja avaa kokouksen.</p>"));
    addItem(*store, sample.meeting, QStringLiteral("Päätös koulukuljetuksista"),
            QStringLiteral("<p>Päätöksen mukaan koulu järjestää kuljetuksen. Päätökset tehdään vuosittain.</p>"));
    // An entry removed and one changed: the index keeps their old words
    // until it merges them away, and no count may include them.
    const qint64 removed = addItem(*store, sample.meeting, QStringLiteral("Talousarvion muutos"),
                                   QStringLiteral("<p>Talousarvio, talousarvio ja koulu.</p>"));
    const qint64 edited = addItem(*store, sample.meeting, QStringLiteral("Koulun talousarvio"), QStringLiteral("<p>Koulu.</p>"));
    REQUIRE(store->removeAgendaItem(removed).ok());
    auto changed = store->agendaItem(edited);
    REQUIRE(changed.ok());
    REQUIRE(changed->has_value());
    AgendaItem item = **changed;
    item.title = QStringLiteral("Kirjaston aukioloajat");
    item.background = QStringLiteral("<p>Kirjasto on auki arkisin.</p>");
    REQUIRE(store->updateAgendaItem(item).ok());

    const QStringList queries{QStringLiteral("talousarvio"), QStringLiteral("talousarvion"), QStringLiteral("koulu"),
                              QStringLiteral("talousarvio koulu"), QStringLiteral("kokouksen avaus"),
                              QStringLiteral("päätös päätöksen"), QStringLiteral("asia kuultu"),
                              // Words of which only some entries match:
                              // the others still count for each word.
                              QStringLiteral("talousarvio asia"), QStringLiteral("koulu päätös"),
                              QStringLiteral("kokouksen avaus puheenjohtaja")};
    for (const QString &query : queries) {
        INFO(query.toStdString());
        const auto hits = store->search(query, 50);
        REQUIRE(hits.ok());
        REQUIRE_FALSE(hits->isEmpty());
        for (qsizetype i = 1; i < hits->size(); ++i)
            CHECK(hits->at(i - 1).rank <= hits->at(i).rank);
        if (testsOnServer())
            continue; // PostgreSQL has no bm25() of its own to compare with
        RawConnection raw(path);
        const QString expression = SearchTerms::matchExpression(query);
        CHECK(raw.value(QStringLiteral("SELECT count(*) FROM item_search WHERE item_search MATCH '%1'").arg(expression)).toInt()
              == hits->size());
        for (const SearchHit &hit : *hits) {
            const double bm25 = raw.value(QStringLiteral("SELECT bm25(item_search, 4.0, 1.0) FROM item_search "
                                                         "WHERE item_search MATCH '%1' AND rowid = %2")
                                              .arg(expression)
                                              .arg(hit.itemId))
                                    .toDouble();
            CHECK(hit.rank == bm25);
        }
    }
}
