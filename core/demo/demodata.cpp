#include "demodata.h"
#include "demopdf.h"

#include "text/richtext.h"
#include "procedure/finnishcalendar.h"
#include "procedure/itemdecision.h"
#include "procedure/meetingevents.h"
#include "procedure/meetingrecord.h"
#include "procedure/meetingsession.h"
#include "procedure/proceedingstext.h"
#include "store/store.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSet>

#include <random>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("DemoData", text);
}

// The demo municipality is Finnish-speaking: its organisation's and bodies'
// document language, in which its item templates (resources/demo/demo.json)
// are written and its decisions are worded.
constexpr Language demoLanguage = Language::Finnish;

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

// "ä" → "a" and so on, for e-mail addresses.
QString asciiFolded(const QString &text)
{
    QString out;
    for (const QChar c : text.toLower()) {
        switch (c.unicode()) {
        case 0xE4: case 0xE5: out += u'a'; break;
        case 0xF6: out += u'o'; break;
        case 0xFC: out += u'u'; break;
        case 0xE9: out += u'e'; break;
        case u' ': out += u'-'; break;
        default:
            if (c.isLetterOrNumber() || c == u'-')
                out += c;
        }
    }
    return out;
}

// A business id (Y-tunnus) with a valid check digit.
QString businessId(std::mt19937 &rng)
{
    static const int weights[] = {7, 9, 10, 5, 8, 4, 2};
    for (;;) {
        QString digits = QString::number(100000 + rng() % 900000).rightJustified(7, u'0');
        digits.prepend(u'0');
        digits = digits.right(7);
        int sum = 0;
        for (int i = 0; i < 7; ++i)
            sum += digits[i].digitValue() * weights[i];
        const int remainder = sum % 11;
        if (remainder == 1)
            continue;
        return digits + QLatin1Char('-') + QString::number(remainder == 0 ? 0 : 11 - remainder);
    }
}

struct Term
{
    QDate from;
    QDate until;
};

// Council terms (kuntalaki 15 §): four years from June; the 2021 elections
// were postponed, so that term began on 1 August 2021.
QList<Term> termsCovering(int firstYear, int lastYear)
{
    QList<Term> terms;
    auto startOf = [](int year) { return year == 2021 ? QDate(2021, 8, 1) : QDate(year, 6, 1); };
    int start = 2025 - 4 * ((2025 - firstYear + 3) / 4 + 1);
    while (start <= lastYear) {
        const Term term{startOf(start), startOf(start + 4).addDays(-1)};
        if (term.until.year() >= firstYear)
            terms.append(term);
        start += 4;
    }
    return terms;
}

class Generator
{
public:
    Generator(Store &store, const DemoData::Options &options, QJsonObject data)
        : m_store(store)
        , m_options(options)
        , m_rng(options.seed)
        , m_data(std::move(data))
    {
    }

    Result<DemoData::Summary> run()
    {
        const QDate asOf = m_options.asOf.isValid() ? m_options.asOf : QDate::currentDate();
        m_asOf = asOf;
        m_lastYear = asOf.year();
        m_firstYear = m_lastYear - m_options.years + 1;

        Store::Transaction transaction(m_store);
        if (!transaction.ok())
            return Failure{transaction.error()};
        PYKALA_TRY(createOrganisation());
        PYKALA_TRY(createBodies());
        const int steps = 1 + m_options.years * int(m_bodies.size());
        int done = 0;
        auto stepDone = [&] {
            if (m_options.progress)
                m_options.progress(++done, steps);
        };
        for (const Term &term : termsCovering(m_firstYear, m_lastYear))
            PYKALA_TRY(createMemberships(term));
        stepDone();
        for (int year = m_firstYear; year <= m_lastYear; ++year) {
            for (BodyInfo &body : m_bodies) {
                PYKALA_TRY(createMeetings(body, year));
                stepDone();
            }
        }
        PYKALA_TRY(settleCases());
        PYKALA_TRY(transaction.commit());
        return m_summary;
    }

private:
    struct BodyInfo
    {
        qint64 id = 0;
        QJsonObject spec;
        qint64 presenter = 0;      // store ids of the officials
        qint64 secretary = 0;
        QList<qint64> preparers;
        // Members by term start, for items that name a member.
        QHash<QDate, QList<qint64>> members;
        QHash<QDate, QDate> termEnds;   // term start → last day
    };

    int between(int low, int high) { return low + int(m_rng() % quint32(high - low + 1)); }
    bool chance(int percent) { return between(1, 100) <= percent; }

    QString pick(const QJsonArray &array) { return array.at(between(0, int(array.size()) - 1)).toString(); }
    QString pick(const QString &list) { return pick(m_data.value(list).toArray()); }

    Result<qint64> addPerson(const QString &title, bool official)
    {
        Person person;
        person.givenName = pick(QStringLiteral("givenNames"));
        person.familyName = pick(QStringLiteral("familyNames"));
        person.title = title;
        if (official) {
            person.email = asciiFolded(person.givenName) + QLatin1Char('.') + asciiFolded(person.familyName)
                + QLatin1Char('@') + m_domain;
            person.phone = QStringLiteral("040 %1 %2").arg(between(100, 999)).arg(between(1000, 9999));
        } else if (chance(60)) {
            person.email = asciiFolded(person.givenName) + QLatin1Char('.') + asciiFolded(person.familyName)
                + QStringLiteral("@luottamus.") + m_domain;
        }
        const auto id = m_store.addPerson(person);
        if (id) {
            ++m_summary.persons;
            m_persons.insert(*id, person);
        }
        return id;
    }

    Status createOrganisation()
    {
        const QJsonArray municipalities = m_data.value(u"municipalities").toArray();
        m_municipality = municipalities.at(between(0, int(municipalities.size()) - 1)).toObject();
        m_domain = m_municipality.value(u"domain").toString();
        Organisation organisation;
        organisation.name = m_municipality.value(u"name").toString();
        organisation.businessId = businessId(m_rng);
        organisation.defaultLanguage = demoLanguage;
        organisation.administrativeCourt = m_municipality.value(u"administrativeCourt").toString();
        organisation.registryAddress = m_municipality.value(u"registryAddress").toString();
        organisation.registryEmail = m_municipality.value(u"registryEmail").toString();
        return m_store.setOrganisation(organisation);
    }

    Status createBodies()
    {
        const QJsonArray specs = m_data.value(u"bodies").toArray();
        QHash<QString, qint64> officials; // one person per office, shared by bodies
        for (int i = 0; i < m_options.bodies && i < specs.size(); ++i) {
            BodyInfo info;
            info.spec = specs.at(i).toObject();
            Body body;
            body.name = info.spec.value(u"name").toString();
            body.shortName = info.spec.value(u"shortName").toString();
            body.kind = *Codes::parse<BodyKind>(info.spec.value(u"kind").toString());
            body.quorumRule = Codes::defaultQuorumRule(body.kind);
            body.swedishName = info.spec.value(u"swedishName").toString();
            const auto id = m_store.addBody(body);
            if (!id)
                return Failure{id.error()};
            info.id = *id;
            ++m_summary.bodies;
            auto official = [&](const QString &title) -> Result<qint64> {
                if (title.isEmpty())
                    return qint64(0);
                if (officials.contains(title))
                    return officials.value(title);
                const auto person = addPerson(title, true);
                if (person)
                    officials.insert(title, *person);
                return person;
            };
            const auto presenter = official(info.spec.value(u"presenterTitle").toString());
            const auto secretary = official(info.spec.value(u"secretaryTitle").toString());
            if (!presenter || !secretary)
                return Failure{presenter ? secretary.error() : presenter.error()};
            info.presenter = *presenter;
            info.secretary = *secretary;
            const QJsonArray preparerTitles = info.spec.value(u"preparerTitles").toArray();
            for (const QJsonValue &title : preparerTitles) {
                const auto preparer = official(title.toString());
                if (!preparer)
                    return Failure{preparer.error()};
                info.preparers.append(*preparer);
            }
            m_bodies.append(info);
        }
        return success();
    }

    Status createMemberships(const Term &term)
    {
        // Councillors of the term; the board and committees draw on them and
        // on others, as municipalities do.
        QList<qint64> councillors;
        for (BodyInfo &body : m_bodies) {
            const int seats = body.spec.value(u"members").toInt();
            QList<qint64> members;
            for (int seat = 0; seat < seats; ++seat) {
                qint64 person = 0;
                if (body.spec.value(u"kind").toString() != u"council" && !councillors.isEmpty() && chance(50)) {
                    person = councillors.at(between(0, int(councillors.size()) - 1));
                    if (members.contains(person))
                        person = 0;
                }
                if (person == 0) {
                    const auto added = addPerson(pick(QStringLiteral("occupations")), false);
                    if (!added)
                        return Failure{added.error()};
                    person = *added;
                }
                members.append(person);
                if (body.spec.value(u"kind").toString() == u"council")
                    councillors.append(person);
                Membership membership;
                membership.bodyId = body.id;
                membership.personId = person;
                membership.role = seat == 0 ? MembershipRole::Chair
                    : seat == 1             ? MembershipRole::ViceChair
                                            : MembershipRole::Member;
                membership.validFrom = term.from;
                membership.validUntil = term.until;
                if (const auto id = m_store.addMembership(membership); !id)
                    return Failure{id.error()};
                const auto deputy = addPerson(pick(QStringLiteral("occupations")), false);
                if (!deputy)
                    return Failure{deputy.error()};
                membership.personId = *deputy;
                membership.role = MembershipRole::Deputy;
                membership.deputyForPersonId = person;
                if (const auto id = m_store.addMembership(membership); !id)
                    return Failure{id.error()};
            }
            body.members.insert(term.from, members);
            body.termEnds.insert(term.from, term.until);
            for (const auto &[person, role] : {std::pair{body.secretary, MembershipRole::Secretary},
                                               std::pair{body.presenter, MembershipRole::Presenter}}) {
                if (person == 0)
                    continue;
                Membership membership;
                membership.bodyId = body.id;
                membership.personId = person;
                membership.role = role;
                membership.validFrom = term.from;
                membership.validUntil = term.until;
                if (const auto id = m_store.addMembership(membership); !id)
                    return Failure{id.error()};
            }
        }
        return success();
    }

    // The members of the council term that `day` falls in.
    QList<qint64> membersOn(const BodyInfo &body, const QDate &day) const
    {
        for (auto it = body.termEnds.cbegin(); it != body.termEnds.cend(); ++it) {
            if (it.key() <= day && day <= it.value())
                return body.members.value(it.key());
        }
        return {};
    }

    // Meeting days spread over the year, leaving out the summer break and
    // the Christmas weeks.
    QList<QDateTime> meetingTimes(const QJsonObject &spec, int year, int count)
    {
        QList<QDate> weeks;
        for (QDate day(year, 1, 8); day.year() == year && day.month() <= 12; day = day.addDays(7)) {
            if (day.month() == 7 || (day.month() == 6 && day.day() > 20) || (day.month() == 12 && day.day() > 18))
                continue;
            weeks.append(day);
        }
        const int weekday = spec.value(u"weekday").toInt();
        const QTime time = QTime::fromString(spec.value(u"time").toString(), QStringLiteral("HH:mm"));
        QList<QDateTime> result;
        for (int i = 0; i < count; ++i) {
            const qsizetype index = qsizetype(i) * weeks.size() / count;
            QDate day = weeks.at(index);
            day = day.addDays(weekday - day.dayOfWeek());
            result.append(QDateTime(day, time));
        }
        return result;
    }

    Status createMeetings(BodyInfo &body, int year)
    {
        const int perYear = body.spec.value(u"meetingsPerYear").toInt();
        const int count = qMax(1, perYear + between(-2, 2));
        const QList<QDateTime> times = meetingTimes(body.spec, year, count);
        bool convenedNext = false;
        int number = 0;
        for (const QDateTime &start : times) {
            Meeting meeting;
            meeting.bodyId = body.id;
            meeting.year = year;
            meeting.number = ++number;
            meeting.plannedStart = start;
            meeting.plannedEnd = start.addSecs(60 * 60 * between(2, 3));
            const int modeRoll = between(1, 100);
            meeting.mode = modeRoll <= 75 ? MeetingMode::InPerson
                : modeRoll <= 95          ? MeetingMode::Hybrid
                                          : MeetingMode::Remote;
            meeting.place = meeting.mode == MeetingMode::Remote ? QStringLiteral("Sähköinen kokous (Teams)")
                                                                : body.spec.value(u"place").toString();
            const bool held = start.date() < m_asOf;
            if (held) {
                meeting.state = start.date().daysTo(m_asOf) <= 10 ? MeetingState::Closed
                                                                    : MeetingState::MinutesChecked;
                meeting.actualStart = start.addSecs(60 * between(0, 5));
                meeting.actualEnd = meeting.actualStart.addSecs(60 * between(45, 170));
                if (meeting.state == MeetingState::MinutesChecked) {
                    // Checked within a week and published the next working day.
                    meeting.minutesChecked = FinnishCalendar::workingDayOnOrAfter(start.date().addDays(between(1, 5)));
                    meeting.minutesPublished = FinnishCalendar::workingDayOnOrAfter(meeting.minutesChecked.addDays(1));
                }
            } else {
                meeting.state = convenedNext ? MeetingState::Planned : MeetingState::Convened;
                convenedNext = true;
            }
            const auto id = m_store.addMeeting(meeting);
            if (!id)
                return Failure{id.error()};
            meeting.id = *id;
            ++m_summary.meetings;
            PYKALA_TRY(createItems(body, meeting, held));
        }
        return success();
    }

    // Fills {placeholders} of a template text; values are HTML-escaped.
    QString fill(const QString &text, QHash<QString, QString> &values, const BodyInfo &body, const Meeting &meeting)
    {
        QString out;
        qsizetype i = 0;
        while (i < text.size()) {
            const qsizetype open = text.indexOf(u'{', i);
            if (open < 0) {
                out += text.mid(i);
                break;
            }
            const qsizetype close = text.indexOf(u'}', open);
            if (close < 0) {
                out += text.mid(i);
                break;
            }
            out += text.mid(i, open - i);
            const QString key = text.mid(open + 1, close - open - 1);
            if (!values.contains(key))
                values.insert(key, escaped(valueFor(key, body, meeting)));
            out += values.value(key);
            i = close + 1;
        }
        return out;
    }

    QString valueFor(const QString &key, const BodyInfo &body, const Meeting &meeting)
    {
        const QLocale finnish(QLocale::Finnish, QLocale::Finland);
        const int year = meeting.year;
        if (key == u"org")
            return m_municipality.value(u"genitive").toString();
        if (key == u"municipality")
            return m_municipality.value(u"name").toString();
        if (key == u"body")
            return body.spec.value(u"name").toString();
        if (key == u"bodyGenitive")
            return body.spec.value(u"genitive").toString();
        if (key == u"year")
            return QString::number(year);
        if (key == u"nextYear")
            return QString::number(year + 1);
        if (key == u"lastYear")
            return QString::number(year - 1);
        if (key == u"sum")
            return finnish.toString(between(2, 400) * 500) + QStringLiteral(" euroa");
        if (key == u"bigSum")
            return finnish.toString(between(20, 900) * 10000) + QStringLiteral(" euroa");
        if (key == u"percent")
            return finnish.toString(between(80, 1050) / 10.0, 'f', 1).replace(u'.', u',') + QStringLiteral(" %");
        if (key == u"number")
            return QString::number(between(2, 40));
        if (key == u"month") {
            // The month before the meeting: reports cover what has passed.
            static const char16_t *const months[] = {u"tammikuu", u"helmikuu", u"maaliskuu", u"huhtikuu",
                                                     u"toukokuu", u"kesäkuu",  u"heinäkuu",   u"elokuu",
                                                     u"syyskuu",  u"lokakuu",  u"marraskuu",  u"joulukuu"};
            return QString::fromUtf16(months[meeting.plannedStart.date().addMonths(-1).month() - 1]);
        }
        if (key == u"date")
            return meeting.plannedStart.date().addDays(-between(5, 60)).toString(QStringLiteral("d.M.yyyy"));
        if (key == u"deadline")
            return meeting.plannedStart.date().addDays(between(20, 60)).toString(QStringLiteral("d.M.yyyy"));
        if (key == u"name" || key == u"applicant" || key == u"otherName")
            return pick(QStringLiteral("givenNames")) + QLatin1Char(' ') + pick(QStringLiteral("familyNames"));
        if (key == u"quorum")
            return body.spec.value(u"kind").toString() == u"council"
                ? QStringLiteral("vähintään kaksi kolmasosaa valtuutetuista on saapuvilla")
                : QStringLiteral("enemmän kuin puolet jäsenistä on läsnä");
        if (key.startsWith(QStringLiteral("member"))) {
            const QList<qint64> members = membersOn(body, meeting.plannedStart.date());
            if (!members.isEmpty()) {
                const auto person = m_persons.constFind(members.at(between(0, int(members.size()) - 1)));
                if (person != m_persons.cend())
                    return person->displayName();
            }
            return pick(QStringLiteral("givenNames")) + QLatin1Char(' ') + pick(QStringLiteral("familyNames"));
        }
        if (key == u"address")
            return pick(m_data.value(u"lists").toObject().value(u"street").toArray()) + QLatin1Char(' ')
                + QString::number(between(1, 60));
        if (key == u"property")
            return QStringLiteral("%1-%2-%3-%4")
                .arg(m_municipality.value(u"code").toString())
                .arg(between(401, 430))
                .arg(between(1, 40))
                .arg(between(1, 200));
        // Word lists of the data file and of the municipality: {street}, {village}…
        const QJsonObject lists = m_data.value(u"lists").toObject();
        if (lists.contains(key))
            return pick(lists.value(key).toArray());
        const QJsonObject local = m_municipality.value(u"lists").toObject();
        if (local.contains(key))
            return pick(local.value(key).toArray());
        return key;
    }

    QString paragraphs(const QJsonValue &value, QHash<QString, QString> &values, const BodyInfo &body,
                       const Meeting &meeting)
    {
        QStringList texts;
        if (value.isArray()) {
            const QJsonArray array = value.toArray();
            for (const QJsonValue &paragraph : array)
                texts.append(paragraph.toString());
        } else if (!value.toString().isEmpty()) {
            texts.append(value.toString());
        }
        QString html;
        for (const QString &text : std::as_const(texts)) {
            const QString filled = fill(text, values, body, meeting);
            // A paragraph that starts with "- " lines is a list.
            if (filled.startsWith(QStringLiteral("- "))) {
                html += QStringLiteral("<ul>");
                const QStringList lines = filled.split(u'\n');
                for (const QString &line : lines)
                    html += QStringLiteral("<li>") + line.mid(2) + QStringLiteral("</li>");
                html += QStringLiteral("</ul>");
            } else {
                html += QStringLiteral("<p>") + filled + QStringLiteral("</p>");
            }
        }
        return html;
    }

    // The opening items as item templates of the demo: the Finnish texts of
    // resources/templates/opening-items.json, the minute-checkers drawn from
    // the members.
    QJsonArray openingSpecs() const
    {
        QFile file(QStringLiteral(":/pykala/templates/opening-items.json"));
        if (!file.open(QIODevice::ReadOnly))
            return {};
        QJsonArray specs;
        const QJsonArray items = QJsonDocument::fromJson(file.readAll()).object().value(u"items").toArray();
        for (const QJsonValue &value : items) {
            const QJsonObject item = value.toObject();
            auto finnish = [&](const char16_t *key) { return item.value(QStringView(key)).toObject().value(u"fi"); };
            specs.append(QJsonObject{
                {QStringLiteral("standard"), true},
                {QStringLiteral("appealKind"), item.value(u"appealKind")},
                {QStringLiteral("title"), finnish(u"title")},
                {QStringLiteral("background"), finnish(u"background")},
                {QStringLiteral("proposal"), finnish(u"proposal")},
                {QStringLiteral("decision"), finnish(u"decision")}});
        }
        return specs;
    }

    // What happened at a held meeting, as the events that record it.
    struct Plan
    {
        MeetingRecord::Setting setting;
        ProceedingsText::Names names;  // Finnish, as the demo's minutes are
        Attendance::Record attendance;
        QList<Attendance::ItemPresence> presence; // by agenda position - 1
        QList<QJsonObject> events;
        QString checkers;              // the minute-checkers' names, "Aino Aho ja Eero Berg"
    };

    // Attendance, arrivals, departures and disqualifications of a held meeting.
    Result<Plan> planMeeting(const Meeting &meeting, const QList<QJsonObject> &items)
    {
        Plan plan;
        // The body as the store has it on the day, as for any meeting.
        auto setting = MeetingSession::setting(m_store, meeting);
        if (!setting)
            return Failure{setting.error()};
        plan.setting = std::move(setting.value());
        plan.setting.items = int(items.size()); // the agenda is not stored yet
        plan.names = MeetingSession::names(plan.setting, demoLanguage);
        QList<qint64> present;
        QList<Attendance::Seat> deputyList;
        QList<qint64> away; // members away with no deputy in their seat
        for (const Attendance::Seat &seat : std::as_const(plan.setting.seats)) {
            if (seat.member == plan.setting.chair || chance(88)) {
                present.append(seat.member);
            } else if (chance(60)) {
                deputyList.append(seat);
                plan.attendance.presentAtOpening.insert(seat.deputy);
            } else {
                away.append(seat.member);
            }
        }
        for (const qint64 member : std::as_const(present))
            plan.attendance.presentAtOpening.insert(member);
        plan.attendance.seats = plan.setting.seats;
        plan.events.append(MeetingEvents::open(meeting.actualStart));
        // Everyone takes part by remote connection in a remote meeting, one
        // member in a hybrid one (without drawing from the generator, so
        // that the rest of the demo stays as it was).
        QList<qint64> remote;
        if (meeting.mode == MeetingMode::Remote)
            remote = QList<qint64>(plan.attendance.presentAtOpening.cbegin(), plan.attendance.presentAtOpening.cend());
        else if (meeting.mode == MeetingMode::Hybrid && present.size() > 2 && present.last() != plan.setting.chair)
            remote = {present.last()};
        std::sort(remote.begin(), remote.end());
        plan.attendance.remoteAtOpening = QSet<qint64>(remote.cbegin(), remote.cend());
        plan.events.append(MeetingEvents::attendance(present, deputyList, {}, remote));
        // Two members present, not the chair, check the minutes.
        QList<qint64> checkers;
        for (const qint64 member : std::as_const(present)) {
            if (member != plan.setting.chair && checkers.size() < 2)
                checkers.append(member);
        }
        if (checkers.size() == 2) {
            plan.events.append(MeetingEvents::minuteCheckers(checkers));
            plan.checkers = plan.setting.names.value(checkers.at(0)) + QStringLiteral(" ja ")
                + plan.setting.names.value(checkers.at(1));
        }
        const int n = int(items.size());
        // Someone late arrives during the second item; someone leaves early.
        if (!away.isEmpty() && n >= 4 && chance(25))
            plan.attendance.moves.append({away.first(), Attendance::Movement::Arrives, 2,
                                          meeting.actualStart.time().addSecs(60 * between(10, 25))});
        if (present.size() > 2 && n >= 6 && chance(25)) {
            const int position = between(n - 3, n - 1);
            plan.attendance.moves.append({present.last(), Attendance::Movement::Leaves, position,
                                          meeting.actualEnd.time().addSecs(-60 * between(10, 30))});
        }
        // A member disqualified in one topical item.
        if (present.size() > 2 && chance(20)) {
            const int position = between(4, qMax(4, n - 2));
            if (position <= n && !items.at(position - 1).value(u"standard").toBool()) {
                static const char16_t *const grounds[] = {u"HL 28 § 1 mom. 1 k (asianosaisjäävi)",
                                                          u"HL 28 § 1 mom. 3 k (intressijäävi)",
                                                          u"HL 28 § 1 mom. 5 k (yhteisöjäävi)",
                                                          u"HL 28 § 1 mom. 2 k (sukulaisjäävi)"};
                plan.attendance.disqualifications.append(
                    {present.at(1), position, QString::fromUtf16(grounds[between(0, 3)])});
            }
        }
        const auto presence = Attendance::evaluate(plan.attendance, plan.setting.rule, n);
        if (!presence)
            return Failure{presence.error()};
        plan.presence = *presence;
        return plan;
    }

    // Events of one item at a held meeting: its moves and disqualifications,
    // and now and then a contest: a counter-proposal and a roll call, a
    // tabling or return vote, or an election. Sets the item's decision from
    // the computed outcome.
    Status planItem(Plan &plan, const BodyInfo &body, int position, const QJsonObject &spec, AgendaItem &item,
                    const Meeting &meeting)
    {
        for (const Attendance::Move &move : std::as_const(plan.attendance.moves)) {
            if (move.itemPosition == position)
                plan.events.append(MeetingEvents::move(move));
        }
        for (const Attendance::Disqualification &d : std::as_const(plan.attendance.disqualifications)) {
            if (d.itemPosition == position)
                plan.events.append(MeetingEvents::disqualified(d));
        }
        const Attendance::ItemPresence &presence = plan.presence.at(position - 1);
        const QString bodyName = body.spec.value(u"name").toString();
        const bool official = !spec.value(u"standard").toBool();
        QList<qint64> voters = presence.entitled;
        voters.removeAll(plan.setting.chair);
        if (!official || voters.size() < 3)
            return success();

        // An election where the item names representatives.
        if (item.title.startsWith(QStringLiteral("Kunnan edustaja")) && chance(60)) {
            const int count = int(presence.entitled.size());
            const int first = count / 2 + between(-1, 1);
            const QString firstName = valueFor(QStringLiteral("name"), body, meeting);
            QString secondName = valueFor(QStringLiteral("name"), body, meeting);
            while (secondName == firstName) // two candidates of one name could not be told apart
                secondName = valueFor(QStringLiteral("name"), body, meeting);
            MeetingRecord::Election election;
            election.method = QStringLiteral("majority");
            election.seats = 1;
            election.candidates = {{firstName, first}, {secondName, count - first}};
            election.seed = quint32(m_rng());
            plan.events.append(MeetingEvents::election(position, election));
            const auto result = Election::majority(election.candidates, election.seats, election.seed);
            if (!result)
                return Failure{result.error()};
            item.decision = QStringLiteral("<p>%1 valitsi kunnan edustajaksi %2%3.</p>")
                                .arg(bodyName, result->elected.first().toHtmlEscaped(),
                                     result->lots.isEmpty() ? QString() : QStringLiteral(" arvalla"));
            return success();
        }

        QList<Attendance::Disqualification> disqualified;
        for (const Attendance::Disqualification &d : std::as_const(plan.attendance.disqualifications)) {
            if (d.itemPosition == position)
                disqualified.append(d);
        }
        const int roll = between(1, 100);
        if (roll > 16 && disqualified.isEmpty())
            return success();
        ItemDecision::Input input;
        input.presence = presence;
        input.chair = plan.setting.chair;
        input.proposals = {{QStringLiteral("base"), ProposalType::Base, 0, {}, QString(), 0}};
        if (roll > 16) {
            // Only a disqualification: the proceedings say so.
            const auto outcome = ItemDecision::decide(input);
            if (!outcome)
                return Failure{tr("The demo's proceedings are inconsistent: %1").arg(outcome.error())};
            ProceedingsText::Context context;
            context.disqualifications = disqualified;
            item.proceedings = RichText::fromPlainText(
                ProceedingsText::write(input, *outcome, plan.names, context, demoLanguage));
            return success();
        }
        const qint64 proposer = voters.at(between(0, int(voters.size()) - 1));
        QList<qint64> others = voters;
        others.removeAll(proposer);
        const qint64 seconder = others.at(between(0, int(others.size()) - 1));
        if (roll <= 3) {
            // Tabling, seconded and carried.
            const bool tabling = roll <= 2;
            const QString id = tabling ? QStringLiteral("pöydälle") : QStringLiteral("palautus");
            const ProposalType kind = tabling ? ProposalType::Tabling : ProposalType::Return;
            plan.events.append(MeetingEvents::proposal(position, id, kind, proposer));
            plan.events.append(MeetingEvents::second(position, id, seconder));
            const int count = int(presence.entitled.size());
            const int keep = between(0, (count - 1) / 2);
            ItemDecision::VoteRecord vote;
            vote.yes = keep;
            vote.no = count - keep;
            vote.on = id;
            plan.events.append(MeetingEvents::vote(position, vote));
            input.proposals.append({id, kind, proposer, {seconder}, QString(), 0});
            input.proceduralVotes = {vote};
        } else {
            // A counter-proposal; now and then nobody seconds it.
            static const char16_t *const counters[] = {
                u"asia palautetaan uudelleen valmisteltavaksi lisäselvityksiä varten",
                u"päätösehdotuksesta poistetaan viimeinen kappale",
                u"määrärahaa korotetaan 10 prosentilla",
                u"asia hylätään",
                u"hanke toteutetaan vasta ensi vuonna"};
            const QString text = QString::fromUtf16(counters[between(0, 4)]);
            const QString id = QStringLiteral("ehdotus-%1").arg(proposer);
            plan.events.append(MeetingEvents::proposal(position, id, ProposalType::Counter, proposer, text));
            const bool seconded = roll > 5;
            input.proposals.append({id, ProposalType::Counter, proposer,
                                    seconded ? QList<qint64>{seconder} : QList<qint64>{}, text, 0});
            if (seconded) {
                plan.events.append(MeetingEvents::second(position, id, seconder));
                // A roll call: the proposer and seconder vote EI, most others
                // JAA; once a year per body the vote ties and the chair decides.
                ItemDecision::VoteRecord vote;
                const QList<qint64> &entitled = presence.entitled;
                const bool tie = !m_tied.contains(qMakePair(body.id, meeting.year)) && entitled.size() % 2 == 0;
                if (tie)
                    m_tied.insert(qMakePair(body.id, meeting.year));
                int no = 0;
                for (const qint64 member : entitled) {
                    Voting::Ballot ballot = Voting::Ballot::Yes;
                    if (member == proposer || member == seconder)
                        ballot = Voting::Ballot::No;
                    else if (member == plan.setting.chair)
                        ballot = Voting::Ballot::Yes;
                    else if (tie)
                        ballot = no < int(entitled.size()) / 2 - 2 ? Voting::Ballot::No : Voting::Ballot::Yes;
                    else
                        ballot = chance(25) ? Voting::Ballot::No : chance(5) ? Voting::Ballot::Blank : Voting::Ballot::Yes;
                    if (tie && ballot == Voting::Ballot::No && member != proposer && member != seconder)
                        ++no;
                    vote.ballots.insert(member, ballot);
                }
                plan.events.append(MeetingEvents::vote(position, vote));
                input.votes = {vote};
            }
        }
        const auto outcome = ItemDecision::decide(input);
        if (!outcome)
            return Failure{tr("The demo's proceedings are inconsistent: %1").arg(outcome.error())};
        const bool baseWon = outcome->adopted == u"base";
        ProceedingsText::Context context;
        context.disqualifications = disqualified;
        context.rollCall = !input.votes.isEmpty();
        if (!outcome->rounds.isEmpty() && baseWon && chance(60)) {
            plan.events.append(MeetingEvents::dissent(position, proposer));
            context.dissents.append({proposer, QString()});
        }
        item.proceedings =
            RichText::fromPlainText(ProceedingsText::write(input, *outcome, plan.names, context, demoLanguage));
        const QString decision = ProceedingsText::decision(input, *outcome, plan.names, demoLanguage);
        item.decision = QStringLiteral("<p>%1</p>").arg(decision.toHtmlEscaped());
        return success();
    }

    Status createItems(const BodyInfo &body, const Meeting &meeting, bool held)
    {
        const QJsonArray standard = openingSpecs();
        const QJsonArray topical = m_data.value(u"items").toObject().value(body.spec.value(u"items").toString()).toArray();
        const QJsonArray closing = m_data.value(u"closingItems").toArray();
        QList<QJsonObject> chosen;
        for (const QJsonValue &item : standard)
            chosen.append(item.toObject());
        // Agendas of 8 to 30 items, or as the body's "agendaSize" says: a
        // permit section's can be long.
        const QJsonArray size = body.spec.value(u"agendaSize").toArray();
        const int total = size.size() == 2 ? between(size.at(0).toInt(), size.at(1).toInt()) : between(8, 30);
        const int topicalCount = qMax(1, total - int(standard.size()) - int(closing.size()));
        // Each template once before any repeats, as a real agenda rarely has
        // two items of the same kind.
        QList<int> order;
        for (int i = 0; i < topicalCount; ++i) {
            if (order.isEmpty()) {
                for (int t = 0; t < topical.size(); ++t)
                    order.append(t);
                for (int t = int(order.size()) - 1; t > 0; --t)
                    std::swap(order[t], order[between(0, t)]);
            }
            chosen.append(topical.at(order.takeLast()).toObject());
        }
        for (const QJsonValue &item : closing)
            chosen.append(item.toObject());
        // The board prepares what the council decides: each council case of
        // the weeks after this meeting comes first onto the board's agenda.
        if (body.spec.value(u"kind").toString() == u"board")
            chosen = withCouncilCases(chosen, int(standard.size()), topicalCount, meeting);

        std::optional<Plan> plan;
        if (held) {
            auto planned = planMeeting(meeting, chosen);
            if (!planned)
                return Failure{planned.error()};
            plan = std::move(planned.value());
        }

        int position = 0;
        for (const QJsonObject &spec : std::as_const(chosen)) {
            QHash<QString, QString> values;
            AgendaItem item;
            item.meetingId = meeting.id;
            item.position = ++position;
            item.title = fill(spec.value(u"title").toString(), values, body, meeting).replace(QStringLiteral("&amp;"),
                                                                                               QStringLiteral("&"));
            item.taskClass = spec.value(u"taskClass").toString();
            item.caseId = spec.value(u"caseId").toInteger();
            if (!item.taskClass.isEmpty() && item.caseId == 0) {
                int &running = m_caseNumbers[meeting.year];
                running += between(1, 3);
                const auto opened = openCase(running, item, spec, meeting);
                if (!opened)
                    return Failure{opened.error()};
                item.caseId = *opened;
                if (body.spec.value(u"kind").toString() == u"council")
                    m_councilCases.append({*opened, meeting.plannedStart.date(), item.title, spec});
            }
            item.background = paragraphs(spec.value(u"background"), values, body, meeting);
            item.proposal = paragraphs(spec.value(u"proposal"), values, body, meeting);
            const bool official = !spec.value(u"standard").toBool();
            if (official && !body.preparers.isEmpty()) {
                const auto preparer = m_persons.constFind(body.preparers.at(between(0, int(body.preparers.size()) - 1)));
                if (preparer != m_persons.cend()) {
                    const Person &person = *preparer;
                    item.preparers.append({person.displayName(), person.title,
                                           QStringLiteral("puh. %1, %2").arg(person.phone, person.email)});
                }
            }
            item.presenterPersonId = body.presenter;
            item.publicity = *Codes::parse<Publicity>(spec.value(u"publicity").toString(QStringLiteral("public")));
            item.confidentialityBasis = LegalBasis::fromText(spec.value(u"basis").toString());
            item.appealKind =
                *Codes::parse<AppealKind>(spec.value(u"appealKind").toString(QStringLiteral("rectification")));
            const QJsonArray recipients = spec.value(u"recipients").toArray();
            for (const QJsonValue &value : recipients) {
                const QJsonObject recipient = value.toObject();
                const QString name = QString(fill(recipient.value(u"name").toString(), values, body, meeting))
                                         .remove(QStringLiteral("<span class=\"personal-data\">"))
                                         .remove(QStringLiteral("</span>"));
                item.recipients.append({name, fill(recipient.value(u"address").toString(), values, body, meeting),
                                        *Codes::parse<Delivery>(recipient.value(u"delivery").toString())});
            }
            if (held) {
                const int roll = between(1, 100);
                if (roll <= 3 && official) {
                    item.decision = QStringLiteral("<p>%1 päätti yksimielisesti jättää asian pöydälle.</p>")
                                        .arg(body.spec.value(u"name").toString());
                } else if (roll <= 6 && official) {
                    item.decision = QStringLiteral("<p>%1 päätti palauttaa asian uudelleen valmisteltavaksi.</p>")
                                        .arg(body.spec.value(u"name").toString());
                } else {
                    const QString decision = QString(spec.value(u"decision").toString())
                                                 .replace(QStringLiteral("{checkers}"), plan->checkers);
                    item.decision = decision.isEmpty()
                        ? QStringLiteral("<p>Ehdotus hyväksyttiin yksimielisesti.</p>")
                        : paragraphs(decision, values, body, meeting);
                }
                item.sectionNumber = ++m_sectionNumbers[qMakePair(body.id, meeting.year)];
                PYKALA_TRY(planItem(*plan, body, position, spec, item, meeting));
            }
            const auto itemId = m_store.addAgendaItem(item);
            if (!itemId)
                return Failure{itemId.error()};
            ++m_summary.items;
            const QJsonObject attachment = spec.value(u"attachment").toObject();
            if (!attachment.isEmpty() && chance(attachment.value(u"chance").toInt(100)))
                PYKALA_TRY(createAttachment(*itemId, item, attachment, values, body, meeting));
        }
        if (plan) {
            plan->events.append(MeetingEvents::close(meeting.actualEnd));
            // The record must replay: the demo is held to the same rules as a meeting.
            if (const auto replayed = MeetingRecord::replay(plan->setting, plan->events); !replayed)
                return Failure{tr("The demo's proceedings are inconsistent: %1").arg(replayed.error())};
            PYKALA_TRY(m_store.appendMeetingEvents(meeting.id, plan->events));
        }
        return success();
    }

    // Each case as the registry keeps it: decided on the day of its last
    // handling, when that was held and neither tabled nor sent back; the
    // registry closes it two months later, once that day has passed.
    Status settleCases()
    {
        const auto cases = m_store.cases();
        if (!cases)
            return Failure{cases.error()};
        for (Case entry : *cases) {
            const auto handlings = m_store.caseHandlings(entry.id);
            if (!handlings)
                return Failure{handlings.error()};
            if (handlings->isEmpty())
                continue;
            const CaseHandling &last = handlings->constLast();
            const bool held = isHeld(last.meetingState);
            if (!held || last.decision.contains(QStringLiteral("pöydälle"))
                || last.decision.contains(QStringLiteral("uudelleen valmisteltavaksi")))
                continue;
            entry.state = CaseState::Decided;
            entry.decided = last.day;
            if (last.day.addDays(60) < m_asOf) {
                entry.state = CaseState::Closed;
                entry.closed = last.day.addDays(60);
            }
            PYKALA_TRY(m_store.updateCase(entry));
        }
        return success();
    }

    // A case of the register for the item: its number of the year's
    // sequence, opened three weeks before the meeting (within its year).
    Result<qint64> openCase(int number, const AgendaItem &item, const QJsonObject &spec, const Meeting &meeting)
    {
        Case entry;
        entry.diaryNumber = DiaryNumber{QString(), number, item.taskClass, meeting.year};
        entry.title = item.title;
        entry.publicity = *Codes::parse<Publicity>(spec.value(u"publicity").toString(QStringLiteral("public")));
        entry.confidentialityBasis = LegalBasis::fromText(spec.value(u"basis").toString());
        entry.state = CaseState::InPreparation;
        entry.initiated = qMax(QDate(meeting.year, 1, 1), meeting.plannedStart.date().addDays(-21));
        return m_store.openCase(entry);
    }

    // The agenda with the council's cases of the next eight weeks that the
    // board has not handled yet, in place of some of its own topical items
    // (the agenda keeps its length), after the opening items: the board
    // proposes, and cannot be appealed against for proposing.
    QList<QJsonObject> withCouncilCases(QList<QJsonObject> chosen, int after, int topical, const Meeting &meeting)
    {
        const QDate day = meeting.plannedStart.date();
        const int room = qMin(5, topical - 1);
        // Each taken case replaces the last topical item; one goes in and one
        // comes out before it, so the block's end stays where it is.
        const int lastTopical = after + topical - 1;
        int taken = 0;
        for (CouncilCase &pending : m_councilCases) {
            if (taken >= room)
                break;
            if (pending.prepared || pending.councilDay <= day.addDays(6) || pending.councilDay > day.addDays(56))
                continue;
            ++taken;
            chosen.removeAt(lastTopical);
            pending.prepared = true;
            QJsonObject spec = pending.spec;
            spec.insert(QStringLiteral("title"), pending.title);
            spec.insert(QStringLiteral("caseId"), pending.caseId);
            spec.insert(QStringLiteral("appealKind"), QStringLiteral("not-appealable"));
            spec.insert(QStringLiteral("recipients"), QJsonArray());
            if (spec.value(u"proposal").isString())
                spec.insert(QStringLiteral("proposal"),
                            QStringLiteral("Kunnanhallitus esittää valtuustolle seuraavaa: %1")
                                .arg(spec.value(u"proposal").toString()));
            spec.remove(QStringLiteral("attachment"));
            chosen.insert(after++, spec);
        }
        return chosen;
    }

    Status createAttachment(qint64 itemId, const AgendaItem &item, const QJsonObject &spec,
                            QHash<QString, QString> &values, const BodyInfo &body, const Meeting &meeting)
    {
        Attachment attachment;
        attachment.itemId = itemId;
        attachment.name = QString(fill(spec.value(u"name").toString(), values, body, meeting))
                              .replace(QStringLiteral("&amp;"), QStringLiteral("&"));
        attachment.publicity = item.publicity == Publicity::Public ? Publicity::Public : Publicity::Confidential;
        attachment.confidentialityBasis = item.confidentialityBasis;
        if (spec.value(u"type").toString() == u"csv") {
            attachment.mediaType = QStringLiteral("text/csv");
            QByteArray csv = "Tili;Talousarvio;Toteutuma;Toteutuma-%\n";
            const QJsonArray accounts = m_data.value(u"accounts").toArray();
            for (const QJsonValue &account : accounts) {
                const int budget = between(20, 900) * 1000;
                const int actual = budget * between(30, 110) / 100;
                csv += account.toString().toUtf8() + ';' + QByteArray::number(budget) + ';'
                    + QByteArray::number(actual) + ';' + QByteArray::number(actual * 100 / budget) + '\n';
            }
            attachment.content = csv;
        } else {
            attachment.mediaType = QStringLiteral("application/pdf");
            QStringList lines{m_municipality.value(u"name").toString(), item.title, item.caseReference,
                              QString()};
            const QJsonArray text = spec.value(u"lines").toArray();
            for (const QJsonValue &line : text)
                lines.append(QString(fill(line.toString(), values, body, meeting))
                                 .remove(QStringLiteral("<span class=\"personal-data\">"))
                                 .remove(QStringLiteral("</span>")));
            attachment.content = DemoPdf::page(attachment.name, lines);
        }
        const auto id = m_store.addAttachment(attachment);
        if (!id)
            return Failure{id.error()};
        ++m_summary.attachments;
        return success();
    }

    Store &m_store;
    DemoData::Options m_options;
    std::mt19937 m_rng;
    QJsonObject m_data;
    QJsonObject m_municipality;
    QString m_domain;
    QDate m_asOf;
    int m_firstYear = 0;
    int m_lastYear = 0;
    QList<BodyInfo> m_bodies;
    QHash<qint64, Person> m_persons; // everyone added, by store id
    QHash<int, int> m_caseNumbers;
    // The council's cases, for the board to prepare at an earlier meeting.
    struct CouncilCase
    {
        qint64 caseId = 0;
        QDate councilDay;
        QString title;
        QJsonObject spec;
        bool prepared = false;
    };
    QList<CouncilCase> m_councilCases;
    QHash<QPair<qint64, int>, int> m_sectionNumbers;
    QSet<QPair<qint64, int>> m_tied; // bodies and years that already had a tied vote
    DemoData::Summary m_summary;
};

} // namespace

namespace DemoData {

Result<Summary> generate(Store &store, const Options &options)
{
    if (options.bodies < 2 || options.bodies > maxBodies)
        return Failure{tr("The demo has from 2 to %1 bodies; %2 was asked for.").arg(maxBodies).arg(options.bodies)};
    if (options.years < 1 || options.years > maxYears)
        return Failure{tr("The demo covers from 1 to %1 years; %2 was asked for.").arg(maxYears).arg(options.years)};
    const auto bodies = store.bodies();
    if (!bodies)
        return Failure{bodies.error()};
    const auto persons = store.persons();
    if (!persons)
        return Failure{persons.error()};
    if (!bodies->isEmpty() || !persons->isEmpty())
        return Failure{tr("The store already holds data; demo data goes only into an empty store. Create one with "
                          "'pykala-cli init'.")};
    QFile file(QStringLiteral(":/pykala/demo/demo.json"));
    if (!file.open(QIODevice::ReadOnly))
        return Failure{tr("The demo data is missing from this build.")};
    QJsonParseError error;
    const QJsonDocument data = QJsonDocument::fromJson(file.readAll(), &error);
    if (error.error != QJsonParseError::NoError)
        return Failure{tr("The demo data of this build is broken: %1").arg(error.errorString())};
    Generator generator(store, options, data.object());
    return generator.run();
}

} // namespace DemoData
