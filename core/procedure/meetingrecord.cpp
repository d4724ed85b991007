#include "meetingrecord.h"

#include "lot.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QTime>

namespace MeetingRecord {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("MeetingRecord", text);
}

const QStringList eventTypes{QStringLiteral("open"),     QStringLiteral("attendance"), QStringLiteral("arrive"),
                             QStringLiteral("leave"),    QStringLiteral("disqualified"), QStringLiteral("proposal"),
                             QStringLiteral("second"),   QStringLiteral("amend"),      QStringLiteral("withdraw"),
                             QStringLiteral("noting"),
                             QStringLiteral("order"),    QStringLiteral("majority"),   QStringLiteral("vote"),
                             QStringLiteral("election"), QStringLiteral("dissent"),    QStringLiteral("decision"),
                             QStringLiteral("minute-checkers"), QStringLiteral("close"),
                             QStringLiteral("participation"), QStringLiteral("temporary-chair"),
                             QStringLiteral("retract")};

// "2026-12-05T16:03" or "2026-12-05T16:03:20": a date and a clock time.
bool isDateTime(const QString &at)
{
    static const QRegularExpression form(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2})?$"));
    return form.match(at).hasMatch() && QDateTime::fromString(at, Qt::ISODate).isValid();
}

bool isClockTime(const QString &at)
{
    return QTime::fromString(at, QStringLiteral("H:mm")).isValid();
}

std::optional<Voting::Ballot> ballotOf(const QString &text)
{
    const QString key = text.trimmed().toUpper();
    if (key == u"JAA" || key == u"JA" || key == u"YES")
        return Voting::Ballot::Yes;
    if (key == u"EI" || key == u"NEJ" || key == u"NO")
        return Voting::Ballot::No;
    if (key == u"TYHJÄ" || key == u"BLANK")
        return Voting::Ballot::Blank;
    if (key == u"POISSA" || key == u"FRÅNVARANDE" || key == u"ABSENT")
        return Voting::Ballot::Absent;
    return std::nullopt;
}


// The fields each type of event needs.
const QHash<QString, QStringList> &requiredFields()
{
    static const QHash<QString, QStringList> required{
        {QStringLiteral("open"), {QStringLiteral("at")}},
        {QStringLiteral("close"), {QStringLiteral("at")}},
        {QStringLiteral("attendance"), {QStringLiteral("present")}},
        {QStringLiteral("arrive"), {QStringLiteral("person"), QStringLiteral("item"), QStringLiteral("at")}},
        {QStringLiteral("leave"), {QStringLiteral("person"), QStringLiteral("item"), QStringLiteral("at")}},
        {QStringLiteral("disqualified"), {QStringLiteral("person"), QStringLiteral("item"), QStringLiteral("ground")}},
        {QStringLiteral("proposal"), {QStringLiteral("item"), QStringLiteral("id"), QStringLiteral("kind"), QStringLiteral("by")}},
        {QStringLiteral("second"), {QStringLiteral("item"), QStringLiteral("proposal"), QStringLiteral("by")}},
        {QStringLiteral("amend"), {QStringLiteral("item")}},
        {QStringLiteral("withdraw"), {QStringLiteral("item"), QStringLiteral("text")}},
        {QStringLiteral("noting"), {QStringLiteral("item")}},
        {QStringLiteral("order"), {QStringLiteral("item"), QStringLiteral("order")}},
        {QStringLiteral("majority"), {QStringLiteral("item"), QStringLiteral("numerator"), QStringLiteral("denominator"), QStringLiteral("proposal")}},
        {QStringLiteral("vote"), {QStringLiteral("item")}},
        {QStringLiteral("election"), {QStringLiteral("item"), QStringLiteral("method"), QStringLiteral("seats")}},
        {QStringLiteral("dissent"), {QStringLiteral("item"), QStringLiteral("person")}},
        {QStringLiteral("decision"), {QStringLiteral("item")}},
        {QStringLiteral("minute-checkers"), {QStringLiteral("persons")}},
        {QStringLiteral("participation"), {QStringLiteral("person"), QStringLiteral("item"), QStringLiteral("at"), QStringLiteral("remote")}},
        {QStringLiteral("temporary-chair"), {QStringLiteral("item"), QStringLiteral("person")}},
        {QStringLiteral("retract"), {QStringLiteral("event"), QStringLiteral("reason")}},
    };
    return required;
}

// Reads and normalises one file's events.
class Parser
{
public:
    explicit Parser(const Setting &setting) : m_setting(setting) {}

    // The context translation tools give the strings of this class.
    static QString tr(const char *text) { return QCoreApplication::translate("MeetingRecord::Parser", text); }

    Result<QJsonObject> event(const QJsonObject &in, const QString &path)
    {
        QJsonObject out = in;
        const QString type = in.value(u"type").toString();
        if (!eventTypes.contains(type))
            return Failure{at(path + QStringLiteral(".type"),
                              tr("\"%1\" is not an event type; the types are %2.")
                                  .arg(type, eventTypes.join(QStringLiteral(", "))))};
        // Every field that names a person is turned into the person's id.
        for (const char *field : {"person", "by"}) {
            const QString key = QString::fromLatin1(field);
            if (!in.contains(key))
                continue;
            const auto id = person(in.value(key), path + QLatin1Char('.') + key);
            if (!id)
                return Failure{id.error()};
            out.insert(key, *id);
        }
        for (const QString &key : {QStringLiteral("present"), QStringLiteral("persons"), QStringLiteral("remote")}) {
            if (!in.contains(key) || (key == u"remote" && type != u"attendance"))
                continue;
            if (!in.value(key).isArray())
                return Failure{at(path + QLatin1Char('.') + key, tr("is a list of persons."))};
            QJsonArray ids;
            const QJsonArray given = in.value(key).toArray();
            for (qsizetype i = 0; i < given.size(); ++i) {
                const auto id = person(given.at(i), path + QStringLiteral(".%1[%2]").arg(key).arg(i));
                if (!id)
                    return Failure{id.error()};
                ids.append(*id);
            }
            out.insert(key, ids);
        }
        if (in.contains(u"ballots")) {
            QJsonObject ballots;
            const QJsonObject given = in.value(u"ballots").toObject();
            for (auto it = given.begin(); it != given.end(); ++it) {
                const QString ballotPath = path + QStringLiteral(".ballots.") + it.key();
                const auto id = person(QJsonValue(it.key()), ballotPath);
                if (!id)
                    return Failure{id.error()};
                if (ballots.contains(QString::number(*id)))
                    return Failure{at(ballotPath, tr("%1 has two ballots in this vote.").arg(m_setting.names.value(*id)))};
                if (!ballotOf(it.value().toString()))
                    return Failure{at(ballotPath, tr("\"%1\" is not a ballot; write JAA, EI, TYHJÄ or POISSA.")
                                                      .arg(it.value().toString()))};
                ballots.insert(QString::number(*id), ballotCode(*ballotOf(it.value().toString())));
            }
            out.insert(QStringLiteral("ballots"), ballots);
        }
        if (in.contains(u"item")) {
            const QJsonValue item = in.value(u"item");
            if (!item.isDouble() || item.toInt() < 1 || item.toInt() > m_setting.items)
                return Failure{at(path + QStringLiteral(".item"),
                                  tr("the meeting's agenda has items 1 to %1.").arg(m_setting.items))};
        }
        if (in.contains(u"at")) {
            const QString when = in.value(u"at").toString();
            if ((type == u"open" || type == u"close") && !isClockTime(when) && !isDateTime(when))
                return Failure{at(path + QStringLiteral(".at"),
                                  tr("\"%1\" is not a date and time such as 2026-12-14T16:05 (or a clock time such as "
                                     "16:05 on the planned day).").arg(when))};
            if (type != u"open" && type != u"close" && !isClockTime(when))
                return Failure{at(path + QStringLiteral(".at"),
                                  tr("\"%1\" is not a clock time such as 16:05.").arg(when))};
        }
        if (in.contains(u"remote") && type != u"attendance" && !in.value(u"remote").isBool())
            return Failure{at(path + QStringLiteral(".remote"),
                              tr("is true (by a remote connection) or false (in the meeting room)."))};
        if (in.contains(u"chair") && !ballotOf(in.value(u"chair").toString()))
            return Failure{at(path + QStringLiteral(".chair"), tr("\"%1\" is not a ballot; write JAA, EI or TYHJÄ.")
                                                                  .arg(in.value(u"chair").toString()))};
        // What each type needs.
        const QHash<QString, QStringList> &required = requiredFields();
        const QStringList fields = required.value(type);
        for (const QString &field : fields) {
            if (!in.contains(field))
                return Failure{at(path + QLatin1Char('.') + field, tr("is missing; a %1 event needs it.").arg(type))};
        }
        // Nothing the format does not name, at any depth: an event is kept
        // and signed as it is written.
        if (const QString unknown = unknownField(type, in, path); !unknown.isEmpty())
            return Failure{unknown};
        if (type == u"proposal") {
            // Every item has its base proposal; the events make the others.
            const auto kind = Codes::parse<ProposalType>(in.value(u"kind").toString());
            if (!kind || *kind == ProposalType::Base) {
                QStringList kinds = Codes::all<ProposalType>();
                kinds.removeOne(Codes::code(ProposalType::Base));
                return Failure{at(path + QStringLiteral(".kind"),
                                  tr("\"%1\" is not a kind of proposal; the kinds are %2.")
                                      .arg(in.value(u"kind").toString(), kinds.join(QStringLiteral(", "))))};
            }
        }
        if (type == u"attendance" && in.contains(u"deputies")) {
            QJsonArray deputies;
            const QJsonArray given = in.value(u"deputies").toArray();
            for (qsizetype i = 0; i < given.size(); ++i) {
                const QString dpath = path + QStringLiteral(".deputies[%1]").arg(i);
                const auto deputy = person(given.at(i)[u"person"], dpath + QStringLiteral(".person"));
                const auto member = person(given.at(i)[u"for"], dpath + QStringLiteral(".for"));
                if (!deputy || !member)
                    return Failure{deputy ? member.error() : deputy.error()};
                deputies.append(QJsonObject{{QStringLiteral("person"), *deputy}, {QStringLiteral("for"), *member}});
            }
            out.insert(QStringLiteral("deputies"), deputies);
        }
        if (type == u"retract") {
            const QJsonValue target = in.value(u"event");
            if (!target.isDouble() || target.toDouble() != double(target.toInteger()) || target.toInteger() < 1)
                return Failure{at(path + QStringLiteral(".event"),
                                  tr("is the number of the event withdrawn, counted from 1 in the meeting's record."))};
            if (!in.value(u"reason").isString() || in.value(u"reason").toString().trimmed().isEmpty())
                return Failure{at(path + QStringLiteral(".reason"), tr("says why the event is withdrawn."))};
        }
        if (type == u"vote" && !in.contains(u"ballots") && !in.contains(u"yes"))
            return Failure{at(path, tr("a vote needs either \"ballots\" (a roll call) or the counts \"yes\", \"no\" "
                                       "and \"blank\"."))};
        if (type == u"election") {
            const QString method = in.value(u"method").toString();
            if (method != u"majority" && method != u"proportional")
                return Failure{at(path + QStringLiteral(".method"), tr("an election is \"majority\" or \"proportional\"."))};
            // The lot's seed is drawn now and kept, so that the result can be redone.
            if (!in.contains(u"seed"))
                out.insert(QStringLiteral("seed"), qint64(Lot::newSeed()));
        }
        return out;
    }

private:
    static QString at(const QString &path, const QString &message) { return path + QStringLiteral(": ") + message; }

    // The first field of the event that its type does not have, or of an
    // object inside it (a deputy, another attendee, a candidate, a list),
    // as a message; empty when there is none.
    static QString unknownField(const QString &type, const QJsonObject &event, const QString &path)
    {
        static const QHash<QString, QStringList> optional{
            {QStringLiteral("attendance"), {QStringLiteral("deputies"), QStringLiteral("others"), QStringLiteral("remote")}},
            {QStringLiteral("arrive"), {QStringLiteral("remote")}},
            {QStringLiteral("proposal"), {QStringLiteral("text"), QStringLiteral("divergence")}},
            {QStringLiteral("amend"), {QStringLiteral("text")}},
            {QStringLiteral("vote"), {QStringLiteral("ballots"), QStringLiteral("yes"), QStringLiteral("no"),
                                      QStringLiteral("blank"), QStringLiteral("chair"), QStringLiteral("on")}},
            {QStringLiteral("election"), {QStringLiteral("demanded"), QStringLiteral("candidates"),
                                          QStringLiteral("lists"), QStringLiteral("seed")}},
            {QStringLiteral("dissent"), {QStringLiteral("reasons")}},
        };
        static const QHash<QString, QStringList> nested{
            {QStringLiteral("deputies"), {QStringLiteral("person"), QStringLiteral("for")}},
            {QStringLiteral("others"), {QStringLiteral("name"), QStringLiteral("role")}},
            {QStringLiteral("candidates"), {QStringLiteral("name"), QStringLiteral("votes")}},
            {QStringLiteral("lists"), {QStringLiteral("name"), QStringLiteral("candidates"), QStringLiteral("votes")}},
        };
        const QStringList known = QStringList{QStringLiteral("type")} + requiredFields().value(type)
            + optional.value(type);
        for (auto it = event.begin(); it != event.end(); ++it) {
            if (!known.contains(it.key()))
                return at(path + QLatin1Char('.') + it.key(),
                          tr("an event of type %1 has no such field; its fields are %2.").arg(type, known.join(QStringLiteral(", "))));
            // A list of objects whose fields are known (a list's own
            // candidates, inside `lists`, are names and not checked here).
            const QStringList inner = nested.value(it.key());
            if (inner.isEmpty())
                continue;
            const QJsonArray entries = it.value().toArray();
            for (qsizetype i = 0; i < entries.size(); ++i) {
                if (!entries.at(i).isObject())
                    return at(path + QStringLiteral(".%1[%2]").arg(it.key()).arg(i), tr("is an object."));
                const QJsonObject entry = entries.at(i).toObject();
                for (auto field = entry.begin(); field != entry.end(); ++field) {
                    if (!inner.contains(field.key()))
                        return at(path + QStringLiteral(".%1[%2].%3").arg(it.key()).arg(i).arg(field.key()),
                                  tr("has no such field; the fields are %1.").arg(inner.join(QStringLiteral(", "))));
                }
            }
        }
        return {};
    }

    Result<qint64> person(const QJsonValue &value, const QString &path) const
    {
        if (value.isDouble()) {
            const qint64 id = value.toInteger();
            if (!m_setting.names.contains(id))
                return Failure{at(path, tr("person %1 is not a member or deputy of the body.").arg(id))};
            return id;
        }
        const QString text = value.toString().trimmed();
        bool numeric = false;
        const qint64 id = text.toLongLong(&numeric);
        if (numeric)
            return person(QJsonValue(id), path);
        QList<qint64> matches;
        for (auto it = m_setting.names.cbegin(); it != m_setting.names.cend(); ++it) {
            if (it.value().compare(text, Qt::CaseInsensitive) == 0)
                matches.append(it.key());
        }
        if (matches.size() == 1)
            return matches.first();
        if (matches.isEmpty())
            return Failure{at(path, tr("no member or deputy of the body is called \"%1\".").arg(text))};
        return Failure{at(path, tr("\"%1\" names more than one person; give the person's id.").arg(text))};
    }

    const Setting &m_setting;
};

Result<ItemDecision::VoteRecord> voteOf(const QJsonObject &event)
{
    ItemDecision::VoteRecord vote;
    const QJsonObject ballots = event.value(u"ballots").toObject();
    for (auto it = ballots.begin(); it != ballots.end(); ++it) {
        const auto ballot = ballotOf(it.value().toString());
        if (!ballot)
            return Failure{tr("\"%1\" is not a ballot; write JAA, EI, TYHJÄ or POISSA.").arg(it.value().toString())};
        vote.ballots.insert(it.key().toLongLong(), *ballot);
    }
    vote.on = event.value(u"on").toString();
    vote.yes = event.value(u"yes").toInt();
    vote.no = event.value(u"no").toInt();
    vote.blank = event.value(u"blank").toInt();
    if (event.contains(u"chair"))
        vote.chairBallot = ballotOf(event.value(u"chair").toString());
    return vote;
}

QString itemLabel(int position)
{
    return tr("Item %1").arg(position);
}

} // namespace

QString ballotCode(Voting::Ballot ballot)
{
    switch (ballot) {
    case Voting::Ballot::Yes: return QStringLiteral("JAA");
    case Voting::Ballot::No: return QStringLiteral("EI");
    case Voting::Ballot::Blank: return QStringLiteral("TYHJÄ");
    case Voting::Ballot::Absent: return QStringLiteral("POISSA");
    }
    return {};
}

QDateTime momentOf(const QString &at, const QDate &day)
{
    if (isDateTime(at))
        return QDateTime::fromString(at, Qt::ISODate);
    const QTime time = QTime::fromString(at, QStringLiteral("H:mm"));
    if (!time.isValid() || !day.isValid())
        return QDateTime();
    return QDateTime(day, time);
}

QList<Presidency> presidencies(const Replay &replay)
{
    QList<Presidency> result;
    for (const ItemRecord &item : replay.items) {
        if (!item.presiding)
            continue;
        auto it = std::find_if(result.begin(), result.end(), [&](const Presidency &p) { return p.person == item.presiding; });
        if (it == result.end())
            result.append(Presidency{item.presiding, {item.position}});
        else
            it->positions.append(item.position);
    }
    return result;
}

Result<QJsonObject> mapPersons(const QJsonObject &event, const std::function<std::optional<qint64>(qint64)> &map)
{
    QJsonObject out = event;
    QString unknown;
    auto mapped = [&](const QJsonValue &value) -> QJsonValue {
        const auto id = map(value.toInteger());
        if (!id) {
            unknown = QString::number(value.toInteger());
            return value;
        }
        return *id;
    };
    for (const QString &key : {QStringLiteral("person"), QStringLiteral("by")}) {
        if (event.contains(key))
            out.insert(key, mapped(event.value(key)));
    }
    for (const QString &key : {QStringLiteral("present"), QStringLiteral("persons"), QStringLiteral("remote")}) {
        if (!event.value(key).isArray())
            continue;
        QJsonArray ids;
        const QJsonArray given = event.value(key).toArray();
        for (const QJsonValue &value : given)
            ids.append(mapped(value));
        out.insert(key, ids);
    }
    if (event.contains(u"deputies")) {
        QJsonArray deputies;
        const QJsonArray given = event.value(u"deputies").toArray();
        for (const QJsonValue &value : given)
            deputies.append(QJsonObject{{QStringLiteral("person"), mapped(value[u"person"])},
                                        {QStringLiteral("for"), mapped(value[u"for"])}});
        out.insert(QStringLiteral("deputies"), deputies);
    }
    if (event.contains(u"ballots")) {
        QJsonObject ballots;
        const QJsonObject given = event.value(u"ballots").toObject();
        for (auto it = given.begin(); it != given.end(); ++it)
            ballots.insert(QString::number(mapped(QJsonValue(it.key().toLongLong())).toInteger()), it.value());
        out.insert(QStringLiteral("ballots"), ballots);
    }
    if (!unknown.isEmpty())
        return Failure{tr("the event names person %1, who is not in the document.").arg(unknown)};
    return out;
}

Result<QList<QJsonObject>> checkEvents(const QList<QJsonObject> &events, const Setting &setting, const QString &path)
{
    Parser parser(setting);
    QList<QJsonObject> result;
    for (qsizetype i = 0; i < events.size(); ++i) {
        const auto event = parser.event(events.at(i), path + QStringLiteral("[%1]").arg(i));
        if (!event)
            return Failure{event.error()};
        result.append(*event);
    }
    return result;
}

Result<QList<QJsonObject>> parseFile(const QByteArray &json, const Setting &setting)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        return Failure{tr("The file is not valid JSON: %1 at character %2.").arg(error.errorString()).arg(error.offset)};
    const QJsonArray array = document.isArray() ? document.array() : document.object().value(u"events").toArray();
    if (array.isEmpty())
        return Failure{tr("$.events: the file has no events; write {\"events\": [ … ]}.")};
    QList<QJsonObject> events;
    for (qsizetype i = 0; i < array.size(); ++i) {
        if (!array.at(i).isObject())
            return Failure{QStringLiteral("$.events[%1]: ").arg(i) + tr("an event is a JSON object.")};
        events.append(array.at(i).toObject());
    }
    return checkEvents(events, setting, QStringLiteral("$.events"));
}

namespace {

// The events the record's retract events withdraw, by index, with `also`
// withdrawn besides; fails on a withdrawal the record cannot hold.
Result<QSet<qsizetype>> withdrawnEvents(const QList<QJsonObject> &events, const QSet<qsizetype> &also)
{
    QSet<qsizetype> withdrawn = also;
    for (qsizetype e = 0; e < events.size(); ++e) {
        const QJsonObject &event = events.at(e);
        if (event.value(u"type").toString() != u"retract")
            continue;
        const QString where = QStringLiteral("event %1 (retract)").arg(e + 1);
        const qsizetype target = event.value(u"event").toInteger() - 1;
        if (target < 0 || target >= e)
            return Failure{tr("%1 withdraws event %2, which is not an earlier event of the meeting's record.")
                               .arg(where)
                               .arg(target + 1)};
        const QString type = events.at(target).value(u"type").toString();
        if (type == u"retract" || type == u"open" || type == u"close")
            return Failure{tr("%1: event %2 (%3) cannot be withdrawn; only what happened during the meeting can.")
                               .arg(where)
                               .arg(target + 1)
                               .arg(type)};
        if (withdrawn.contains(target))
            return Failure{tr("%1: event %2 (%3) is withdrawn already.").arg(where).arg(target + 1).arg(type)};
        if (event.value(u"reason").toString().trimmed().isEmpty())
            return Failure{tr("%1 says no reason; a withdrawal says why.").arg(where)};
        withdrawn.insert(target);
    }
    return withdrawn;
}

Result<Replay> replayWithdrawing(const Setting &setting, const QList<QJsonObject> &events,
                                 const QSet<qsizetype> &also);

} // namespace

Result<Replay> replay(const Setting &setting, const QList<QJsonObject> &events)
{
    return replayWithdrawing(setting, events, {});
}

Result<QList<int>> dependents(const Setting &setting, const QList<QJsonObject> &events, int event)
{
    if (event < 1 || event > events.size())
        return Failure{tr("The record has no event %1; its events are 1 to %2.").arg(event).arg(events.size())};
    const auto already = withdrawnEvents(events, {});
    if (!already)
        return Failure{already.error()};
    if (already->contains(event - 1))
        return Failure{tr("Event %1 is withdrawn already.").arg(event)};
    // Every prefix of the record replayed as it was recorded; without the
    // event, the first later event that no longer replays depends on it,
    // and so, in turn, does each that needs that one.
    QSet<qsizetype> without{qsizetype(event) - 1};
    QList<int> found;
    for (qsizetype j = event; j < events.size(); ++j) {
        if (already->contains(j) || events.at(j).value(u"type").toString() == u"retract")
            continue;
        if (!replayWithdrawing(setting, events.mid(0, j + 1), without)) {
            without.insert(j);
            found.append(int(j) + 1);
        }
    }
    return found;
}

namespace {

Result<Replay> replayWithdrawing(const Setting &setting, const QList<QJsonObject> &events, const QSet<qsizetype> &also)
{
    const auto withdrawn = withdrawnEvents(events, also);
    if (!withdrawn)
        return Failure{withdrawn.error()};
    Replay replay;
    Attendance::Record attendance;
    attendance.seats = setting.seats;
    bool attendanceRecorded = false;
    replay.items.resize(setting.items);
    for (int i = 0; i < setting.items; ++i) {
        replay.items[i].position = i + 1;
        replay.items[i].input.orderModel = setting.votingOrder;
        replay.items[i].input.proposals = {{QStringLiteral("base"), ProposalType::Base, 0, {}, QString(), 0}};
    }
    QHash<int, QHash<QString, qsizetype>> proposalIndex; // item → proposal id → index in its proposals
    QHash<int, QList<qint64>> temporaryChairs;           // item → those the body chose to preside, in turn

    for (qsizetype e = 0; e < events.size(); ++e) {
        const QJsonObject &event = events.at(e);
        const QString type = event.value(u"type").toString();
        const QString where = QStringLiteral("event %1 (%2)").arg(e + 1).arg(type);
        if (replay.closed)
            return Failure{tr("The meeting was closed; %1 comes after it.").arg(where)};
        // A withdrawn event is left out; its withdrawal is kept beside it.
        if (type == u"retract") {
            replay.withdrawn.insert(int(event.value(u"event").toInteger()), int(e) + 1);
            continue;
        }
        if (withdrawn->contains(e))
            continue;
        if (type == u"open") {
            if (replay.opened)
                return Failure{tr("The meeting is opened twice (%1).").arg(where)};
            replay.opened = true;
            replay.openedAt = momentOf(event.value(u"at").toString(), setting.day);
            continue;
        }
        if (!replay.opened)
            return Failure{tr("Nothing can be recorded before the meeting is opened: %1 comes first.").arg(where)};
        if (type == u"close") {
            replay.closed = true;
            replay.closedAt = momentOf(event.value(u"at").toString(),
                                       replay.openedAt.isValid() ? replay.openedAt.date() : setting.day);
            if (replay.closedAt.isValid() && replay.openedAt.isValid() && replay.closedAt < replay.openedAt)
                return Failure{tr("The meeting closes %1, before it was opened %2 (%3); write the closing's date "
                                  "when it is not the day the meeting opened.")
                                   .arg(replay.closedAt.toString(QStringLiteral("d.M.yyyy H.mm")),
                                        replay.openedAt.toString(QStringLiteral("d.M.yyyy H.mm")), where)};
            continue;
        }
        if (type == u"attendance") {
            if (attendanceRecorded)
                return Failure{tr("Attendance at the opening is recorded twice (%1); record later changes as arrivals "
                                  "and departures.").arg(where)};
            attendanceRecorded = true;
            const QJsonArray present = event.value(u"present").toArray();
            for (const QJsonValue &person : present)
                attendance.presentAtOpening.insert(person.toInteger());
            const QJsonArray remote = event.value(u"remote").toArray();
            for (const QJsonValue &person : remote)
                attendance.remoteAtOpening.insert(person.toInteger());
            const QJsonArray others = event.value(u"others").toArray();
            for (const QJsonValue &other : others) {
                if (other[u"name"].toString().trimmed().isEmpty())
                    return Failure{tr("Everyone else attending needs a name (%1).").arg(where)};
                replay.others.append({other[u"name"].toString().trimmed(), other[u"role"].toString().trimmed()});
            }
            const QJsonArray deputies = event.value(u"deputies").toArray();
            for (const QJsonValue &deputy : deputies) {
                const qint64 person = deputy[u"person"].toInteger();
                const qint64 member = deputy[u"for"].toInteger();
                const bool personal = std::any_of(setting.seats.cbegin(), setting.seats.cend(), [&](const Attendance::Seat &s) {
                    return s.member == member && s.deputy == person;
                });
                if (!personal)
                    return Failure{tr("%1 is not the personal deputy of %2 (%3).")
                                       .arg(setting.names.value(person), setting.names.value(member), where)};
                if (attendance.presentAtOpening.contains(member))
                    return Failure{tr("%1 cannot sit for %2, who is present (%3).")
                                       .arg(setting.names.value(person), setting.names.value(member), where)};
                attendance.presentAtOpening.insert(person);
            }
            continue;
        }
        if (type == u"minute-checkers") {
            if (!replay.minuteCheckers.isEmpty())
                return Failure{tr("The minute-checkers are selected twice (%1).").arg(where)};
            const QJsonArray persons = event.value(u"persons").toArray();
            if (persons.isEmpty())
                return Failure{tr("%1 names no one; the body selects (usually two) minute-checkers.").arg(where)};
            for (const QJsonValue &value : persons) {
                const qint64 person = value.toInteger();
                if (replay.minuteCheckers.contains(person))
                    return Failure{tr("%1 names %2 twice.").arg(where, setting.names.value(person))};
                replay.minuteCheckers.append(person);
            }
            continue;
        }
        const int position = event.value(u"item").toInt();
        if (position < 1 || position > setting.items)
            return Failure{tr("%1 names item %2; the agenda has items 1 to %3.").arg(where).arg(position).arg(setting.items)};
        ItemRecord &item = replay.items[position - 1];
        item.handled = true;
        ItemDecision::Input &input = item.input;
        if (type == u"arrive" || type == u"leave" || type == u"participation") {
            const Attendance::Movement movement = type == u"arrive" ? Attendance::Movement::Arrives
                : type == u"leave"                                  ? Attendance::Movement::Leaves
                                                                    : Attendance::Movement::Switches;
            attendance.moves.append({event.value(u"person").toInteger(), movement, position,
                                     QTime::fromString(event.value(u"at").toString(), QStringLiteral("H:mm")),
                                     event.value(u"remote").toBool()});
        } else if (type == u"temporary-chair") {
            // Chosen when neither the chair nor a vice chair takes part in
            // the item as it stands now, among those who do; another only
            // when the one chosen before has left. Should the chair arrive
            // later in the item, the chair presides over its decision.
            const auto now = Attendance::evaluate(attendance, setting.rule, position);
            if (!now)
                return Failure{now.error()};
            const Attendance::ItemPresence &presence = now->at(position - 1);
            for (const qint64 earlier : temporaryChairs.value(position)) {
                if (presence.entitled.contains(earlier))
                    return Failure{tr("%1: %2 was chosen to preside over item %3 and still takes part in it.")
                                       .arg(where, setting.names.value(earlier))
                                       .arg(position)};
            }
            const QList<qint64> presiders = setting.presiders();
            for (const qint64 person : presiders) {
                if (person && presence.entitled.contains(person))
                    return Failure{tr("Item %1: %2 takes part in this item and presides over it; the body chooses a "
                                      "temporary chair only when the chair and every vice chair are away or "
                                      "disqualified.").arg(position).arg(setting.names.value(person))};
            }
            const qint64 chosen = event.value(u"person").toInteger();
            if (!presence.entitled.contains(chosen))
                return Failure{tr("Item %1: %2 is chosen to preside but is not present and entitled to take part in "
                                  "this item.").arg(position).arg(setting.names.value(chosen))};
            temporaryChairs[position].append(chosen);
        } else if (type == u"disqualified") {
            const Attendance::Disqualification d{event.value(u"person").toInteger(), position,
                                                 event.value(u"ground").toString()};
            attendance.disqualifications.append(d);
            item.disqualifications.append(d);
        } else if ((type == u"proposal" || type == u"second") && !input.votes.isEmpty()) {
            return Failure{tr("%1 comes after item %2 was voted on; proposals and secondings come before the vote.")
                               .arg(where)
                               .arg(position)};
        } else if (type == u"proposal") {
            const QString id = event.value(u"id").toString();
            if (id == u"base" || proposalIndex[position].contains(id))
                return Failure{tr("%1: proposal \"%2\" is made twice in item %3.").arg(where, id).arg(position)};
            proposalIndex[position].insert(id, input.proposals.size());
            const ProposalType kind =
                Codes::parse<ProposalType>(event.value(u"kind").toString()).value_or(ProposalType::Counter);
            input.proposals.append({id, kind, event.value(u"by").toInteger(), {}, event.value(u"text").toString(),
                                    event.value(u"divergence").toInt()});
        } else if (type == u"second") {
            const QString id = event.value(u"proposal").toString();
            if (!proposalIndex[position].contains(id))
                return Failure{tr("%1: item %2 has no proposal \"%3\" to second.").arg(where).arg(position).arg(id)};
            input.proposals[proposalIndex[position].value(id)].seconders.append(event.value(u"by").toInteger());
        } else if (type == u"amend") {
            input.baseAmended = true;
            input.amendment = event.value(u"text").toString();
        } else if (type == u"withdraw") {
            input.baseWithdrawn = true;
            input.chairsProposal = event.value(u"text").toString();
            input.proposals.first().text = input.chairsProposal;
        } else if (type == u"noting") {
            input.noting = true;
        } else if (type == u"order") {
            input.votingOrder.clear();
            const QJsonArray order = event.value(u"order").toArray();
            for (const QJsonValue &id : order)
                input.votingOrder.append(id.toString());
        } else if (type == u"majority") {
            input.majority = {event.value(u"numerator").toInt(), event.value(u"denominator").toInt(),
                              event.value(u"proposal").toString()};
            if (input.majority.numerator <= 0 || input.majority.denominator < input.majority.numerator)
                return Failure{tr("%1: a qualified majority is a fraction such as 2/3.").arg(where)};
        } else if (type == u"vote") {
            const QString on = event.value(u"on").toString();
            if (!on.isEmpty()) {
                const qsizetype index = proposalIndex[position].value(on, -1);
                if (index < 0 || (input.proposals.at(index).type != ProposalType::Tabling
                                  && input.proposals.at(index).type != ProposalType::Return))
                    return Failure{tr("%1: \"on\" names a tabling or return proposal of item %2, and \"%3\" is none.")
                                       .arg(where)
                                       .arg(position)
                                       .arg(on)};
                const auto vote = voteOf(event);
                if (!vote)
                    return Failure{where + QStringLiteral(": ") + vote.error()};
                input.proceduralVotes.append(*vote);
            } else {
                const auto vote = voteOf(event);
                if (!vote)
                    return Failure{where + QStringLiteral(": ") + vote.error()};
                input.votes.append(*vote);
            }
        } else if (type == u"election") {
            Election election;
            election.method = event.value(u"method").toString();
            election.seats = event.value(u"seats").toInt();
            election.demanded = event.value(u"demanded").toInt();
            election.seed = quint32(event.value(u"seed").toInteger());
            const QJsonArray candidates = event.value(u"candidates").toArray();
            for (const QJsonValue &c : candidates)
                election.candidates.append({c[u"name"].toString(), c[u"votes"].toInt()});
            const QJsonArray lists = event.value(u"lists").toArray();
            for (const QJsonValue &l : lists) {
                QStringList names;
                const QJsonArray listed = l[u"candidates"].toArray();
                for (const QJsonValue &n : listed)
                    names.append(n.toString());
                election.lists.append({l[u"name"].toString(), names, l[u"votes"].toInt()});
            }
            item.election = election;
        } else if (type == u"dissent") {
            const qint64 person = event.value(u"person").toInteger();
            if (std::any_of(item.dissents.cbegin(), item.dissents.cend(), [&](const Dissent &d) { return d.person == person; }))
                return Failure{tr("%1: %2 declares dissent twice in item %3.").arg(where, setting.names.value(person)).arg(position)};
            item.dissents.append({person, event.value(u"reasons").toString()});
        } else if (type == u"decision") {
            item.decided = true;
        }
    }

    if (!replay.opened)
        return replay;
    const auto presences = Attendance::evaluate(attendance, setting.rule, setting.items);
    if (!presences)
        return Failure{presences.error()};
    replay.attendance = attendance;
    for (const qint64 checker : std::as_const(replay.minuteCheckers)) {
        const bool attended = attendance.presentAtOpening.contains(checker)
            || std::any_of(attendance.moves.cbegin(), attendance.moves.cend(), [&](const Attendance::Move &move) {
                   return move.person == checker && move.movement == Attendance::Movement::Arrives;
               });
        if (!attended)
            return Failure{tr("%1 is selected as a minute-checker but did not attend the meeting.")
                               .arg(setting.names.value(checker))};
    }
    for (ItemRecord &item : replay.items) {
        item.presence = presences->at(item.position - 1);
        item.input.presence = item.presence;
        // The chair presides; when the chair is away or disqualified, the
        // first vice chair taking part; when all of them are, the temporary
        // chair the body chose. It is their vote that decides a tie.
        const QString label = itemLabel(item.position);
        const QList<qint64> presiders = setting.presiders();
        for (const qint64 person : presiders) {
            if (person && item.presence.entitled.contains(person)) {
                item.presiding = person;
                break;
            }
        }
        // The temporary chair chosen last who still takes part presides over
        // the decision, unless the chair or a vice chair has come since.
        const QList<qint64> chosen = temporaryChairs.value(item.position);
        for (auto it = chosen.crbegin(); !item.presiding && it != chosen.crend(); ++it) {
            if (item.presence.entitled.contains(*it)) {
                item.presiding = *it;
                item.temporaryChair = true;
            }
        }
        item.input.chair = item.presiding;
        // Until the meeting closes or the item's decision is recorded, votes
        // may still be coming.
        item.input.requireComplete = replay.closed || item.decided;
        for (const Dissent &dissent : std::as_const(item.dissents)) {
            if (!item.presence.entitled.contains(dissent.person))
                return Failure{tr("%1: %2 declares dissent but did not take part in the decision.")
                                   .arg(label, setting.names.value(dissent.person))};
        }
        if (item.election) {
            const Election &election = *item.election;
            if (item.input.proposals.size() > 1 || !item.input.votes.isEmpty() || !item.input.proceduralVotes.isEmpty())
                return Failure{tr("%1: an election item has candidates and votes of its own, not proposals or votes on "
                                  "proposals.").arg(label)};
            ElectionResult result;
            const int present = int(item.presence.entitled.size());
            if (election.demanded > present)
                return Failure{tr("%1: %2 members demanded a proportional election, but only %3 are present.")
                                   .arg(label).arg(election.demanded).arg(present)};
            result.demandThreshold = ::Election::proportionalDemandThreshold(present, election.seats);
            if (election.method == u"proportional") {
                if (election.demanded < result.demandThreshold)
                    return Failure{tr("%1: a proportional election needs the demand of %2 present members; %3 "
                                      "demanded it.").arg(label).arg(result.demandThreshold).arg(election.demanded)};
                int votes = 0;
                for (const auto &list : election.lists)
                    votes += list.votes;
                if (votes > present)
                    return Failure{tr("%1: the lists have %2 votes, but only %3 members are entitled to vote.")
                                       .arg(label).arg(votes).arg(present)};
                const auto computed = ::Election::proportional(election.lists, election.seats, election.seed);
                if (!computed)
                    return Failure{label + QStringLiteral(": ") + computed.error()};
                result.elected = computed->elected;
                result.lots = computed->lots;
                result.numbers = computed->numbers;
            } else {
                const auto computed = ::Election::majority(election.candidates, election.seats, election.seed);
                if (!computed)
                    return Failure{label + QStringLiteral(": ") + computed.error()};
                result.elected = computed->elected;
                result.lots = computed->lots;
            }
            item.electionResult = result;
            continue;
        }
        const auto outcome = ItemDecision::decide(item.input);
        if (!outcome)
            return Failure{label + QStringLiteral(": ") + outcome.error()};
        item.outcome = *outcome;
        // Dissent is for those who opposed the decision: not for a member
        // whose ballot in the deciding round was for the adopted proposal.
        if (!outcome->pending && !outcome->rounds.isEmpty()) {
            const ItemDecision::Round &last = outcome->rounds.last();
            const Voting::Ballot forWinner =
                last.result.winner == last.yesProposal ? Voting::Ballot::Yes : Voting::Ballot::No;
            for (const Dissent &dissent : std::as_const(item.dissents)) {
                if (last.ballots.value(dissent.person, Voting::Ballot::Absent) == forWinner)
                    return Failure{tr("%1: %2 voted for the decision and cannot dissent from it.")
                                       .arg(label, setting.names.value(dissent.person))};
            }
        }
    }
    return replay;
}

} // namespace

} // namespace MeetingRecord
