#include <catch2/catch.hpp>

#include "testsupport.h"

#include "procedure/itemoutcome.h"

namespace {

// A board of seven: members 1–7 (Mäkelä chairs), personal deputies 11–17.
MeetingRecord::Setting board()
{
    MeetingRecord::Setting setting;
    const char *members[][2] = {{"Aino", "Mäkelä"}, {"Ville", "Virtanen"}, {"Leena", "Laine"}, {"Outi", "Niemi"},
                                {"Åsa", "Åberg"},   {"Kari", "Korhonen"},  {"Sanna", "Salo"}};
    const char *deputies[][2] = {{"Anna", "Aho"},    {"Björn", "Berg"},      {"Camilla", "Carlsson"}, {"Dan", "Dahl"},
                                 {"Eva", "Eklund"}, {"Fredrik", "Forsman"}, {"Greta", "Grönroos"}};
    for (int i = 0; i < 7; ++i) {
        setting.seats.append({i + 1, i + 11});
        for (const auto &[id, name] : {std::pair{i + 1, members[i]}, std::pair{i + 11, deputies[i]}}) {
            setting.names.insert(id, QString::fromUtf8(name[0]) + u' ' + QString::fromUtf8(name[1]));
            setting.surnames.insert(id, QString::fromUtf8(name[1]));
        }
    }
    setting.body = QStringLiteral("Kunnanhallitus");
    setting.swedishBody = QStringLiteral("Kommunstyrelsen");
    setting.chair = 1;
    setting.items = 2;
    return setting;
}

} // namespace

TEST_CASE("An item's outcome as JSON: presence, proposals, rounds, result and dissents", "[record][outcome]")
{
    // Members 1–5 present, Forsman (16) in Korhonen's (6) seat; Salo (7) away.
    // Item 1: Åberg disqualified; Virtanen's counter-proposal seconded by
    // Laine, Niemi's rejection not seconded. Base (JAA) against Virtanen (EI):
    // JAA Mäkelä, Niemi; EI Virtanen, Laine; Forsman blank. 2–2, and the
    // chair (Mäkelä) voted JAA: the base proposal by the chair's vote.
    // Item 2: a majority election, Aho 4 votes, Berg 1.
    const MeetingRecord::Setting setting = board();
    const auto events = MeetingRecord::parseFile(QByteArrayLiteral(R"({"events": [
        {"type": "open", "at": "16:00"},
        {"type": "attendance", "present": [1, 2, 3, 4, 5], "deputies": [{"person": 16, "for": 6}],
         "others": [{"name": "Jorma Räsänen", "role": "kunnanjohtaja, esittelijä"}]},
        {"type": "disqualified", "person": 5, "item": 1, "ground": "HL 28 § 1 mom. 1 k"},
        {"type": "proposal", "item": 1, "id": "virtanen", "kind": "counter", "by": 2, "text": "hanke siirretään"},
        {"type": "second", "item": 1, "proposal": "virtanen", "by": 3},
        {"type": "proposal", "item": 1, "id": "niemi", "kind": "rejection", "by": 4},
        {"type": "vote", "item": 1, "ballots": {"1": "JAA", "2": "EI", "3": "EI", "4": "JAA", "16": "TYHJÄ"}},
        {"type": "dissent", "item": 1, "person": 2, "reasons": "Hanke on kiireellinen."},
        {"type": "election", "item": 2, "method": "majority", "seats": 1, "seed": 5,
         "candidates": [{"name": "Aho", "votes": 4}, {"name": "Berg", "votes": 1}]},
        {"type": "close", "at": "17:00"}]})"),
                                                 setting);
    INFO(events.error().toStdString());
    REQUIRE(events.ok());
    const auto replay = MeetingRecord::replay(setting, *events);
    INFO(replay.error().toStdString());
    REQUIRE(replay.ok());

    AgendaItem first;
    first.id = 41;
    first.title = QStringLiteral("Koulun peruskorjaus");
    first.position = 1;
    first.sectionNumber = 156;
    QJsonObject outcome = ItemOutcome::toJson(setting, *replay, first);
    // The proceedings are ProceedingsText's (tested on their own); here only that both languages are there.
    const QJsonObject proceedings = outcome.take(QStringLiteral("proceedings")).toObject();
    CHECK(proceedings.value(u"fi").toString().contains(QStringLiteral("Virtanen ehdotti Laineen kannattamana")));
    CHECK(proceedings.value(u"sv").toString().contains(QStringLiteral("Virtanen")));
    CHECK(compactJson(outcome) == compactJson(jsonObject(R"({
        "item": {"id": 41, "title": "Koulun peruskorjaus", "position": 1, "sectionNumber": 156},
        "presence": {"entitled": ["Aino Mäkelä", "Ville Virtanen", "Leena Laine", "Outi Niemi", "Fredrik Forsman"],
                     "absent": ["Åsa Åberg", "Sanna Salo"],
                     "deputies": [{"deputy": "Fredrik Forsman", "for": "Kari Korhonen"}],
                     "disqualified": [{"person": "Åsa Åberg", "ground": "HL 28 § 1 mom. 1 k"}],
                     "remote": [], "presiding": "Aino Mäkelä", "temporaryChair": false},
        "quorum": {"seats": 7, "present": 5, "required": 4, "reached": true},
        "proposals": [
            {"id": "base", "kind": "base", "by": null, "secondedBy": [], "text": "", "lapsed": false},
            {"id": "virtanen", "kind": "counter", "by": "Ville Virtanen", "secondedBy": ["Leena Laine"],
             "text": "hanke siirretään", "lapsed": false},
            {"id": "niemi", "kind": "rejection", "by": "Outi Niemi", "secondedBy": [], "text": "", "lapsed": true}],
        "proceduralVotes": [],
        "votingOrder": ["virtanen", "base"],
        "rounds": [{"yesProposal": "base", "noProposal": "virtanen", "yes": 2, "no": 2, "blank": 1, "absent": 0,
                    "winner": "base", "decidedBy": "chairs-vote",
                    "ballots": {"Aino Mäkelä": "JAA", "Ville Virtanen": "EI", "Leena Laine": "EI", "Outi Niemi": "JAA",
                                "Fredrik Forsman": "TYHJÄ"}}],
        "result": {"adopted": "base", "kind": "adopted-as-proposed"},
        "dissents": [{"person": "Ville Virtanen", "reasons": "Hanke on kiireellinen."}],
        "othersAttending": [{"name": "Jorma Räsänen", "role": "kunnanjohtaja, esittelijä"}]
    })")));

    // An election item has the election's result and no proposals. Six are
    // present (Åberg is back): ⌈6 / (1 + 1)⌉ = 3 could demand a proportional election.
    AgendaItem second;
    second.id = 42;
    second.title = QStringLiteral("Edustajan valinta");
    second.position = 2;
    CHECK(compactJson(ItemOutcome::toJson(setting, *replay, second)) == compactJson(jsonObject(R"({
        "item": {"id": 42, "title": "Edustajan valinta", "position": 2, "sectionNumber": null},
        "presence": {"entitled": ["Aino Mäkelä", "Ville Virtanen", "Leena Laine", "Outi Niemi", "Åsa Åberg",
                                  "Fredrik Forsman"],
                     "absent": ["Sanna Salo"],
                     "deputies": [{"deputy": "Fredrik Forsman", "for": "Kari Korhonen"}],
                     "disqualified": [], "remote": [], "presiding": "Aino Mäkelä", "temporaryChair": false},
        "quorum": {"seats": 7, "present": 6, "required": 4, "reached": true},
        "election": {"method": "majority", "elected": ["Aho"], "lots": [], "comparisonNumbers": [],
                     "demandThreshold": 3},
        "dissents": [],
        "othersAttending": [{"name": "Jorma Räsänen", "role": "kunnanjohtaja, esittelijä"}]
    })")));
}
