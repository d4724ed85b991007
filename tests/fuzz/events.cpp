// Fuzz target: recording a meeting's events (docs/procedure.md, "Meeting
// events"): reading an events file with MeetingRecord::parseFile, the
// store's own check of every event (TextRules::eventProblem), and replaying
// the events through the procedure rules.
//
// The input is an events file as `pykala-cli record` reads it. The meeting
// is a board of seven with personal deputies and six items, as in
// tests/core/test_meetingrecord.cpp. Besides not crashing, the events that
// parseFile returns (the ones the store keeps) pass checkEvents unchanged,
// as they must when they are read back or imported.

#include "fuzzsupport.h"

#include "procedure/meetingrecord.h"
#include "store/textrules.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace {

MeetingRecord::Setting board()
{
    MeetingRecord::Setting setting;
    const char *members[] = {"Aino Mäkelä", "Ville Virtanen", "Leena Laine", "Outi Niemi",
                             "Åsa Åberg",   "Kari Korhonen",  "Sanna Salo"};
    const char *deputies[] = {"Anna Aho",   "Björn Berg",      "Camilla Carlsson", "Dan Dahl",
                              "Eva Eklund", "Fredrik Forsman", "Greta Grönroos"};
    for (int i = 0; i < 7; ++i) {
        setting.seats.append({i + 1, i + 11});
        setting.names.insert(i + 1, QString::fromUtf8(members[i]));
        setting.names.insert(i + 11, QString::fromUtf8(deputies[i]));
        const QString name = QString::fromUtf8(members[i]);
        setting.surnames.insert(i + 1, name.mid(name.indexOf(QLatin1Char(' ')) + 1));
    }
    setting.body = QStringLiteral("Kunnanhallitus");
    setting.swedishBody = QStringLiteral("Kommunstyrelsen");
    setting.organisation = QStringLiteral("Järvenrannan kunta");
    setting.chair = 1;
    setting.viceChairs = {2, 3};
    setting.items = 6;
    setting.day = QDate(2026, 12, 14);
    return setting;
}

const MeetingRecord::Setting &setting()
{
    static const MeetingRecord::Setting board = ::board();
    return board;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    Fuzz::start(argc, argv);
    setting();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray json = Fuzz::bytes(data, size);
    // The store's check sees any object, whatever parseFile would say of it.
    const QJsonDocument document = QJsonDocument::fromJson(json);
    const QJsonArray array = document.isArray() ? document.array() : document.object().value(u"events").toArray();
    for (const QJsonValue &value : array) {
        if (value.isObject())
            TextRules::eventProblem(value.toObject());
    }

    const auto events = MeetingRecord::parseFile(json, setting());
    if (!events) {
        Fuzz::note(QStringLiteral("refused: ") + events.error());
        return 0;
    }
    for (const QJsonObject &event : *events)
        TextRules::eventProblem(event);
    const auto checked = MeetingRecord::checkEvents(*events, setting(), QStringLiteral("$.events"));
    if (!checked)
        Fuzz::fail(QStringLiteral("parseFile's events fail checkEvents: ") + checked.error());
    if (*checked != *events)
        Fuzz::fail(QStringLiteral("checkEvents changes the events parseFile returned"));
    for (const QJsonObject &event : *events) {
        const auto mapped = MeetingRecord::mapPersons(event, [](qint64 id) { return std::optional<qint64>(id + 100); });
        if (!mapped)
            Fuzz::fail(QStringLiteral("mapPersons fails on a checked event: ") + mapped.error());
    }
    const auto replayed = MeetingRecord::replay(setting(), *events);
    if (replayed)
        MeetingRecord::presidencies(*replayed);
    else
        Fuzz::note(QStringLiteral("does not replay: ") + replayed.error());
    return 0;
}
