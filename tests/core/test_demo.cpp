#include <catch2/catch.hpp>

#include "testsupport.h"

#include "demo/demodata.h"
#include "demo/demopdf.h"
#include "text/richtext.h"
#include "exchange/interchange.h"
#include "procedure/meetingsession.h"

#include <QRegularExpression>
#include <QSet>

namespace {

DemoData::Options options(quint32 seed, int bodies = 3, int years = 1)
{
    DemoData::Options result;
    result.seed = seed;
    result.bodies = bodies;
    result.years = years;
    result.asOf = QDate(2026, 9, 15);
    return result;
}

QByteArray demoExport(const QString &path, const DemoData::Options &demo)
{
    auto store = createStore(path);
    const auto summary = DemoData::generate(*store, demo);
    INFO(summary.error().toStdString());
    REQUIRE(summary.ok());
    return required(Interchange::exportJson(*store));
}

} // namespace

TEST_CASE("The same seed gives the same data, another seed other data", "[demo]")
{
    TestDir dir;
    const QByteArray a = demoExport(dir.path(QStringLiteral("a.sqlite")), options(7));
    const QByteArray b = demoExport(dir.path(QStringLiteral("b.sqlite")), options(7));
    const QByteArray c = demoExport(dir.path(QStringLiteral("c.sqlite")), options(8));
    CHECK(a == b);
    CHECK(a != c);
}

TEST_CASE("Demo data looks like a municipality's records", "[demo]")
{
    TestDir dir;
    auto store = createStore(dir.path(QStringLiteral("d.sqlite")));
    const auto summary = DemoData::generate(*store, options(1, 5, 2));
    REQUIRE(summary.ok());
    CHECK(summary->bodies == 5);

    const auto organisation = store->organisation().value();
    REQUIRE(organisation.has_value());
    CHECK(organisation->businessId.contains(QRegularExpression(QStringLiteral("^\\d{7}-\\d$"))));

    const auto bodies = store->bodies().value();
    REQUIRE(bodies.size() == 5);
    CHECK(bodies.at(0).kind == BodyKind::Council);
    CHECK(bodies.at(0).quorumRule == QuorumRule::TwoThirds);
    CHECK(bodies.at(1).kind == BodyKind::Board);
    CHECK(bodies.at(1).shortName == QStringLiteral("KH"));
    CHECK(bodies.at(1).quorumRule == QuorumRule::MoreThanHalf);

    // Every member has a personal deputy for the same period.
    for (const Body &body : bodies) {
        const auto memberships = store->memberships(body.id).value();
        int members = 0;
        for (const Membership &membership : memberships) {
            if (membership.role != MembershipRole::Member && membership.role != MembershipRole::Chair
                && membership.role != MembershipRole::ViceChair)
                continue;
            ++members;
            const bool hasDeputy = std::any_of(memberships.cbegin(), memberships.cend(), [&](const Membership &m) {
                return m.role == MembershipRole::Deputy && m.deputyForPersonId == membership.personId
                    && m.validFrom == membership.validFrom;
            });
            CHECK(hasDeputy);
        }
        CHECK(members > 0);
    }

    int confidential = 0;
    int personalData = 0;
    int attachments = 0;
    int held = 0;
    int planned = 0;
    for (const Body &body : bodies) {
        for (int year : {2025, 2026}) {
            MeetingFilter filter;
            filter.bodyId = body.id;
            filter.year = year;
            const auto meetings = store->meetings(filter).value();
            CHECK(meetings.size() >= 8);
            CHECK(meetings.size() <= 24);
            int expectedNumber = 0;
            int expectedSection = 0;
            for (const Meeting &meeting : meetings) {
                CHECK(meeting.number == ++expectedNumber);
                const auto items = store->agendaItems(meeting.id).value();
                CHECK(items.size() >= 8);
                CHECK(items.size() <= 30);
                const bool wasHeld = meeting.plannedStart.date() < QDate(2026, 9, 15);
                (wasHeld ? held : planned) += 1;
                CHECK((meeting.state == MeetingState::MinutesChecked || meeting.state == MeetingState::Closed)
                      == wasHeld);
                for (const AgendaItem &item : items) {
                    if (wasHeld) {
                        REQUIRE(item.sectionNumber.has_value());
                        CHECK(*item.sectionNumber == ++expectedSection);
                        CHECK_FALSE(item.decision.isEmpty());
                    } else {
                        CHECK_FALSE(item.sectionNumber.has_value());
                        CHECK(item.decision.isEmpty());
                    }
                    if (item.publicity != Publicity::Public) {
                        ++confidential;
                        CHECK(item.confidentialityBasis.text.startsWith(QStringLiteral("JulkL 24 §")));
                    }
                    personalData += int(RichText::personalData(item.background + item.proposal).size());
                    CHECK(RichText::sanitize(item.background) == item.background);
                    const auto files = store->attachments(item.id, true).value();
                    for (const Attachment &file : files) {
                        ++attachments;
                        if (file.mediaType == u"application/pdf") {
                            CHECK(file.content.startsWith("%PDF-1.4"));
                            CHECK(file.content.endsWith("%%EOF\n"));
                        }
                        CHECK((file.publicity == Publicity::Public) == (item.publicity == Publicity::Public));
                    }
                }
            }
        }
    }
    CHECK(confidential > 0);
    CHECK(personalData > 0);
    CHECK(attachments > 0);
    CHECK(held > 0);
    CHECK(planned > 0);
    CHECK(store->search(QStringLiteral("talousarvion"), 5)->size() > 0);
    CHECK(store->check()->ok());
}

TEST_CASE("Demo data goes only into an empty store, within its limits", "[demo][bad-input]")
{
    TestDir dir;
    const QString path = dir.path(QStringLiteral("d.sqlite"));
    auto store = createStore(path);
    addSample(*store);
    const auto full = DemoData::generate(*store, options(1));
    REQUIRE_FALSE(full.ok());
    CHECK(full.error().contains(QStringLiteral("already holds data")));
    CHECK(store->bodies()->size() == 1);

    auto empty = createStore(dir.path(QStringLiteral("e.sqlite")));
    CHECK(DemoData::generate(*empty, options(1, 1)).error().contains(QStringLiteral("from 2 to 12 bodies")));
    CHECK(DemoData::generate(*empty, options(1, 13)).error().contains(QStringLiteral("from 2 to 12 bodies")));
    CHECK(DemoData::generate(*empty, options(1, 3, 0)).error().contains(QStringLiteral("from 1 to 80 years")));
    CHECK(DemoData::generate(*empty, options(1, 3, 81)).error().contains(QStringLiteral("from 1 to 80 years")));
    CHECK(empty->bodies()->isEmpty());
}

TEST_CASE("Held demo meetings have proceedings that replay through the rules", "[demo][record]")
{
    TestDir dir;
    auto store = createStore(dir.path(QStringLiteral("p.sqlite")));
    REQUIRE(DemoData::generate(*store, options(1, 5, 2)).ok());
    int ties = 0, elections = 0, lots = 0, arrivals = 0, departures = 0, disqualifications = 0, dissents = 0,
        lapsed = 0, counterWins = 0, tabled = 0, rounds = 0;
    for (const Meeting &meeting : store->meetings().value()) {
        const auto replay = MeetingSession::current(*store, meeting);
        INFO(replay.error().toStdString());
        REQUIRE(replay.ok());
        const bool held = meeting.state == MeetingState::Closed || meeting.state == MeetingState::MinutesChecked;
        CHECK(replay->opened == held);
        CHECK(replay->closed == held);
        for (const QJsonObject &event : store->meetingEvents(meeting.id).value()) {
            const QString type = event.value(u"type").toString();
            arrivals += type == u"arrive";
            departures += type == u"leave";
        }
        for (const MeetingRecord::ItemRecord &item : replay->items) {
            disqualifications += int(item.disqualifications.size());
            dissents += int(item.dissents.size());
            if (item.electionResult) {
                ++elections;
                lots += int(item.electionResult->lots.size());
            }
            if (!item.outcome)
                continue;
            lapsed += int(item.outcome->lapsed.size());
            counterWins += item.outcome->kind == ItemDecision::OutcomeKind::AdoptedCounter;
            tabled += item.outcome->kind == ItemDecision::OutcomeKind::Tabled;
            for (const ItemDecision::Round &round : item.outcome->rounds) {
                ++rounds;
                ties += round.result.decidedBy == Voting::DecidedBy::ChairsVote;
            }
            // Items with a substance vote carry their proceedings, written from the record.
            if (!item.outcome->rounds.isEmpty()) {
                const auto items = store->agendaItems(meeting.id).value();
                CHECK(items.at(item.position - 1).proceedings.contains(QStringLiteral("joten asiasta on äänestettävä")));
            }
            // Every held item has quorum in the demo.
            if (held) {
                INFO(meeting.number << "/" << meeting.year << " item " << item.position);
                CHECK(item.presence.quorum.reached());
            }
        }
    }
    CHECK(rounds > 20);
    CHECK(ties > 0);
    CHECK(elections > 0);
    CHECK(arrivals > 0);
    CHECK(departures > 0);
    CHECK(disqualifications > 0);
    CHECK(dissents > 0);
    CHECK(lapsed > 0);
    CHECK(tabled > 0);
    CHECK(store->check()->ok());
    Q_UNUSED(lots)
    Q_UNUSED(counterWins)
}

TEST_CASE("The demo reaches twelve bodies, with a permit section's long agendas", "[demo]")
{
    TestDir dir;
    auto store = createStore(dir.path(QStringLiteral("d.sqlite")));
    const auto summary = DemoData::generate(*store, options(1, DemoData::maxBodies, 1));
    INFO(summary.error().toStdString());
    REQUIRE(summary.ok());
    CHECK(summary->bodies == 12);
    const auto permits = store->bodyByShortName(QStringLiteral("LUPAJ"));
    REQUIRE(permits.ok());
    REQUIRE(permits->has_value());
    const auto counts = store->agendaItemCounts().value();
    int longest = 0;
    for (const Meeting &meeting : store->meetings().value()) {
        if (meeting.bodyId == permits->value().id)
            longest = qMax(longest, counts.value(meeting.id));
    }
    CHECK(longest > 30);
    CHECK(longest <= 40);
    CHECK(store->check()->ok());
}

TEST_CASE("Each body's years of meetings and their items are counted as the meetings themselves show them",
          "[demo][navigator]")
{
    TestDir dir;
    auto store = createStore(dir.path(QStringLiteral("d.sqlite")));
    REQUIRE(DemoData::generate(*store, options(3, 3, 2)).ok());
    const QList<Meeting> meetings = store->meetings().value();
    const QHash<qint64, int> counts = store->agendaItemCounts().value();
    const QList<MeetingYear> years = store->meetingYears().value();
    CHECK(store->meetingCount().value() == meetings.size());
    int listed = 0;
    for (qsizetype i = 0; i < years.size(); ++i) {
        const MeetingYear &year = years.at(i);
        if (i > 0) {
            // By body, newest year first.
            const MeetingYear &before = years.at(i - 1);
            CHECK((before.bodyId < year.bodyId || (before.bodyId == year.bodyId && before.year > year.year)));
        }
        const QList<Meeting> ofYear = store->meetings({year.bodyId, year.year}).value();
        CHECK(ofYear.size() == year.meetings);
        listed += year.meetings;
        // The year's counts are those of all meetings, kept to the year.
        QHash<qint64, int> expected;
        for (const Meeting &meeting : ofYear) {
            CHECK(meeting.bodyId == year.bodyId);
            CHECK(meeting.year == year.year);
            if (counts.contains(meeting.id))
                expected.insert(meeting.id, counts.value(meeting.id));
        }
        CHECK(store->agendaItemCounts({year.bodyId, year.year}).value() == expected);
    }
    CHECK(listed == meetings.size());
    // A body or a year alone keeps to it too.
    const qint64 body = years.constFirst().bodyId;
    QHash<qint64, int> ofBody;
    for (const Meeting &meeting : meetings) {
        if (meeting.bodyId == body && counts.contains(meeting.id))
            ofBody.insert(meeting.id, counts.value(meeting.id));
    }
    CHECK(store->agendaItemCounts({body, 0}).value() == ofBody);
}

TEST_CASE("A body alone, a year alone, both or neither keep the meetings, their counts and the cases to what "
          "they name",
          "[demo][navigator]")
{
    TestDir dir;
    auto store = createStore(dir.path(QStringLiteral("d.sqlite")));
    REQUIRE(DemoData::generate(*store, options(5, 3, 2)).ok());
    const QList<Meeting> meetings = store->meetings().value();
    const QHash<qint64, int> counts = store->agendaItemCounts().value();
    REQUIRE(meetings.size() > 4);
    // The body of the first meeting and the year of the last: some
    // meetings have both, some one and some neither.
    const qint64 body = meetings.constFirst().bodyId;
    const int year = meetings.constLast().year;
    for (const MeetingFilter &filter : {MeetingFilter{body, 0}, MeetingFilter{0, year}, MeetingFilter{body, year},
                                        MeetingFilter{}}) {
        INFO("body " << filter.bodyId << ", year " << filter.year);
        QList<qint64> expected;
        QHash<qint64, int> expectedCounts;
        for (const Meeting &meeting : meetings) {
            if ((filter.bodyId == 0 || meeting.bodyId == filter.bodyId) && (filter.year == 0 || meeting.year == filter.year)) {
                expected.append(meeting.id);
                if (counts.contains(meeting.id))
                    expectedCounts.insert(meeting.id, counts.value(meeting.id));
            }
        }
        CHECK_FALSE(expected.isEmpty());
        QList<qint64> listed;
        for (const Meeting &meeting : store->meetings(filter).value())
            listed.append(meeting.id);
        CHECK(listed == expected);
        CHECK(store->agendaItemCounts(filter).value() == expectedCounts);
    }
    CHECK(store->meetings({body, 1990}).value().isEmpty());

    const QList<Case> cases = store->cases().value();
    REQUIRE(cases.size() > 2);
    const int caseYear = cases.constFirst().diaryNumber.year;
    const CaseState state = cases.constLast().state;
    CaseFilter byYear;
    byYear.year = caseYear;
    CaseFilter byState;
    byState.state = state;
    CaseFilter byBoth = byYear;
    byBoth.state = state;
    for (const CaseFilter &filter : {byYear, byState, byBoth, CaseFilter{}}) {
        INFO("year " << filter.year << ", state " << (filter.state ? Codes::code(*filter.state).toStdString() : ""));
        QList<qint64> expected;
        for (const Case &entry : cases) {
            if ((filter.year == 0 || entry.diaryNumber.year == filter.year) && (!filter.state || entry.state == *filter.state))
                expected.append(entry.id);
        }
        QList<qint64> listed;
        for (const Case &entry : store->cases(filter).value())
            listed.append(entry.id);
        CHECK(listed == expected);
    }
}

TEST_CASE("A demo attachment is a one-page PDF whose cross-reference table points at its objects", "[demo][pdf]")
{
    const QByteArray pdf = DemoPdf::page(QStringLiteral("Liite (1) – ehdotus"),
                                         {QStringLiteral("Määräraha 20 000 €"), QStringLiteral("Ωmega \\ loppu")});
    REQUIRE(pdf.startsWith("%PDF-1.4\n"));
    REQUIRE(pdf.endsWith("%%EOF\n"));
    // Latin-1 as it is, dashes as '-', anything else as '?'; the string delimiters escaped.
    CHECK(pdf.contains("(Liite \\(1\\) - ehdotus) Tj"));
    CHECK(pdf.contains(QByteArray("(M\xE4\xE4r\xE4raha 20 000 ?) Tj")));
    CHECK(pdf.contains("(?mega \\\\ loppu) Tj"));
    // startxref names the table; each of its five entries the offset of "N 0 obj".
    const qsizetype startxref = pdf.lastIndexOf("startxref\n");
    const qsizetype xref = pdf.mid(startxref + 10).split('\n').first().toLongLong();
    REQUIRE(pdf.mid(xref).startsWith("xref\n0 6\n0000000000 65535 f \n"));
    const QList<QByteArray> entries = pdf.mid(xref + 29, 5 * 20).split('\n');
    for (int object = 1; object <= 5; ++object) {
        const qsizetype offset = entries.at(object - 1).left(10).toLongLong();
        INFO("object " << object);
        CHECK(pdf.mid(offset).startsWith(QByteArray::number(object) + " 0 obj\n"));
    }
    // The content stream's length is what /Length says.
    const qsizetype length = pdf.mid(pdf.indexOf("/Length ") + 8).split(' ').first().toLongLong();
    const qsizetype stream = pdf.indexOf("stream\n") + 7;
    CHECK(pdf.mid(stream + length, 10) == "\nendstream");
}
