#include "meetingdocuments.h"

#include "appealinstructions.h"
#include "documenttexts.h"

#include "disclosure/publicview.h"
#include "text/richtext.h"

#include "model/documentlanguage.h"
#include "procedure/meetingsession.h"
#include "store/store.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>
#include <QRegularExpression>

namespace MeetingDocuments {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("MeetingDocuments", text);
}

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}


QString upperFirst(QString text)
{
    if (!text.isEmpty())
        text[0] = text[0].toUpper();
    return text;
}

QString lowerFirst(QString text)
{
    if (!text.isEmpty())
        text[0] = text[0].toLower();
    return text;
}

// One row of a two-column table of facts: "Aika | ma 23.11.2026 klo 16.00".
QString factRow(const QString &label, const QString &valueHtml)
{
    return QStringLiteral("<tr><th scope=\"row\" class=\"label\">%1</th><td>%2</td></tr>\n").arg(esc(label), valueHtml);
}

// Everything a document of one meeting needs, read once.
struct Data
{
    Organisation organisation;
    Body body;
    Meeting meeting;
    QString reference;              // "KH 12/2026"
    QList<AgendaItem> items;
    Language language = Language::Finnish;
    PublicView view{Audience::Internal, Language::Finnish};
    const DocumentTexts *t = nullptr;
    QLocale locale;
    QString organisationName;       // in the document's language
    QString bodyName;
    MeetingRecord::Setting setting;
    std::optional<MeetingRecord::Replay> replay;  // once the meeting has been opened
    ProceedingsText::Names names;
    QHash<qint64, QString> presenters;            // person id → "kunnanjohtaja Jorma Räsänen"
    bool extract = false;                         // one item, read on its own
    // Each item's earlier handlings in its case (Store::earlierHandlings),
    // and the bodies that handled them.
    QHash<qint64, QList<CaseHandling>> earlier;
    QHash<qint64, Body> handlingBodies;
};

Result<Data> load(const Store &store, const Meeting &meeting, const MeetingDocuments::Options &options)
{
    Data data;
    data.meeting = meeting;
    const auto owners = MeetingSession::owners(store, meeting);
    if (!owners)
        return Failure{owners.error()};
    if (owners->organisation.name.isEmpty())
        return Failure{tr("The store has no organisation; documents name it in every page header. Set it with "
                          "'pykala-cli organisation --name NAME'.")};
    data.organisation = owners->organisation;
    data.body = owners->body;
    const auto reference = store.meetingReference(meeting);
    if (!reference)
        return Failure{reference.error()};
    data.reference = *reference;
    const auto items = store.agendaItems(meeting.id);
    if (!items)
        return Failure{items.error()};
    data.items = *items;
    data.language = DocumentLanguage::of(data.organisation, data.body, options.language);
    data.view = PublicView(options.audience, data.language);
    data.t = &DocumentTexts::of(data.language);
    data.locale = DocumentLanguage::locale(data.language);
    data.organisationName = DocumentLanguage::organisationName(data.organisation, data.language);
    data.bodyName = DocumentLanguage::bodyName(data.body, data.language);
    auto setting = MeetingSession::setting(store, meeting);
    if (!setting)
        return Failure{setting.error()};
    data.setting = std::move(setting.value());
    data.names = MeetingSession::names(data.setting, data.language);
    const auto replay = MeetingSession::current(store, meeting);
    if (!replay)
        return Failure{replay.error()};
    if (replay->opened)
        data.replay = *replay;
    for (const AgendaItem &item : std::as_const(data.items)) {
        const auto earlier = store.earlierHandlings(item);
        if (!earlier)
            return Failure{earlier.error()};
        if (!earlier->isEmpty())
            data.earlier.insert(item.id, *earlier);
        for (const CaseHandling &handling : *earlier) {
            if (data.handlingBodies.contains(handling.bodyId))
                continue;
            const auto body = store.body(handling.bodyId);
            if (!body)
                return Failure{body.error()};
            if (body->has_value())
                data.handlingBodies.insert(handling.bodyId, body->value());
        }
    }
    for (const AgendaItem &item : std::as_const(data.items)) {
        if (!item.presenterPersonId || data.presenters.contains(item.presenterPersonId))
            continue;
        const auto person = store.person(item.presenterPersonId);
        if (!person)
            return Failure{person.error()};
        if (person->has_value())
            data.presenters.insert(item.presenterPersonId,
                                   (person->value().title + QLatin1Char(' ') + person->value().displayName()).trimmed());
    }
    return data;
}

// Where certifications are signed: the post office of the registry's
// address ("70100 Testilä" → "Testilä"), else the organisation's name.
QString locality(const Data &data)
{
    const Organisation &organisation = data.organisation;
    static const QRegularExpression postalLine(QStringLiteral("^\\s*\\d{5}\\s+(.+?)\\s*$"));
    const QStringList lines = organisation.registryAddress.split(u'\n');
    for (auto it = lines.crbegin(); it != lines.crend(); ++it) {
        const auto match = postalLine.match(*it);
        if (match.hasMatch())
            return match.captured(1);
    }
    return data.organisationName;
}

QDate heldOn(const Meeting &meeting)
{
    return meeting.actualStart.isValid() ? meeting.actualStart.date() : meeting.plannedStart.date();
}

QString itemNumber(const AgendaItem &item)
{
    return item.sectionNumber ? QStringLiteral("§ %1").arg(*item.sectionNumber) : QStringLiteral("%1.").arg(item.position);
}

// "maanantaina 23.11.2026 klo 16.03–18.02"
QString meetingTime(const Data &data)
{
    return data.t->meetingTime(data.meeting, data.locale, QStringLiteral("dddd"));
}

// A wall-clock time in Finland with its offset from UTC: +2, or +3 in summer
// time from the last Sunday of March 03.00 to the last Sunday of October
// 04.00. Computed here rather than from the system's zone data, so that
// every machine dates a document alike.
QDateTime finnishTime(const QDate &date, const QTime &time)
{
    auto lastSunday = [](int year, int month) {
        const QDate last(year, month, QDate(year, month, 1).daysInMonth());
        return last.addDays(-(last.dayOfWeek() % 7));
    };
    const QDateTime wallClock(date, time, Qt::UTC);
    const bool summer = wallClock >= QDateTime(lastSunday(date.year(), 3), QTime(3, 0), Qt::UTC)
        && wallClock < QDateTime(lastSunday(date.year(), 10), QTime(4, 0), Qt::UTC);
    return QDateTime(date, time, Qt::OffsetFromUTC, (summer ? 3 : 2) * 3600);
}

// The header, metadata and file name shared by the documents of a meeting.
OfficialDocument documentFor(const Data &data, OfficialDocument::Kind kind)
{
    OfficialDocument doc;
    doc.kind = kind;
    doc.language = data.language;
    doc.organisation = data.organisationName;
    doc.logo = data.organisation.logo;
    doc.body = data.bodyName;
    doc.number = QStringLiteral("%1/%2").arg(data.meeting.number).arg(data.meeting.year);
    doc.date = DocumentTexts::day(heldOn(data.meeting));
    const DocumentTexts &t = *data.t;
    // The texts that name the kind of document: header, title, subject, file, keyword.
    struct KindTexts
    {
        const QString &label, &title, &subject, &file, &keyword;
    };
    const KindTexts texts = kind == OfficialDocument::Kind::Agenda
        ? KindTexts{t.agendaKind, t.agendaTitle, t.subjectAgenda, t.agendaFile, t.keywordAgenda}
        : kind == OfficialDocument::Kind::Minutes
        ? KindTexts{t.minutesKind, t.minutesTitle, t.subjectMinutes, t.minutesFile, t.keywordMinutes}
        : KindTexts{t.extractKind, t.extractTitle, t.subjectExtract, t.extractFile, t.keywordExtract};
    doc.kindLabel = texts.label;
    doc.title = QStringLiteral("%1, %2 %3").arg(data.bodyName, lowerFirst(texts.title), doc.number);
    doc.subject = texts.subject;
    const QString &file = texts.file;
    doc.keywords = {texts.keyword, data.bodyName, data.reference, data.organisationName};
    // Dated from the record: the minutes when the meeting ended, the agenda
    // when it was to start; so the same record always gives the same file.
    const Meeting &m = data.meeting;
    QDateTime created = m.plannedStart;
    if (kind != OfficialDocument::Kind::Agenda)
        created = m.actualEnd.isValid() ? m.actualEnd : (m.actualStart.isValid() ? m.actualStart : m.plannedStart);
    doc.created = finnishTime(created.date(), created.time());
    doc.baseName = QStringLiteral("%1-%2-%3-%4")
                       .arg(data.body.shortName)
                       .arg(m.number)
                       .arg(m.year)
                       .arg(file)
                       .replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9_-]")), QStringLiteral("_"));
    return doc;
}

// An item's rich text, as the document's audience may see it (the item
// from Data::view), fitted into the document: its headings below the
// document's and marked with the item's language where that differs from
// the document's.
// Rich text as a document shows it, written in `written`.
QString shownIn(const Data &data, Language written, const QString &html)
{
    // A printed document shows personal data unmarked.
    const QString text = RichText::withoutPersonalData(html, std::nullopt);
    // The document's outline is h1 document, h2 item, h3 part: headings the
    // secretary wrote go below those, and header cells of their tables head
    // columns.
    static const QRegularExpression heading(QStringLiteral("<(/?)h([1-6])>"));
    int top = 7;
    for (auto it = heading.globalMatch(text); it.hasNext();)
        top = qMin(top, it.next().captured(2).toInt());
    const int shift = 3 - top; // the text's top level becomes h3
    QString out;
    qsizetype last = 0;
    for (auto it = heading.globalMatch(text); it.hasNext();) {
        const auto match = it.next();
        out += QStringView(text).mid(last, match.capturedStart() - last);
        out += QStringLiteral("<%1h%2>").arg(match.captured(1)).arg(qBound(3, match.captured(2).toInt() + shift, 6));
        last = match.capturedEnd();
    }
    out += QStringView(text).mid(last);
    static const QRegularExpression headerCell(QStringLiteral("<th(?=[ >])(?![^>]*scope=)"));
    out.replace(headerCell, QStringLiteral("<th scope=\"col\""));
    if (written == data.language)
        return out;
    return QStringLiteral("<div lang=\"%1\">%2</div>").arg(DocumentLanguage::tag(written), out);
}

QString shown(const Data &data, const AgendaItem &item, const QString &html)
{
    return shownIn(data, DocumentLanguage::ofItem(item, data.organisation, data.body), html);
}

// The handlings of the item's case before it, as minutes print them: the
// body, the day and the § of each, and what it decided, or for an audience
// that may not see a handling's content, that it is withheld.
QString earlierHandlingHtml(const Data &data, const AgendaItem &item)
{
    const QList<CaseHandling> handlings = data.earlier.value(item.id);
    if (handlings.isEmpty())
        return {};
    const DocumentTexts &t = *data.t;
    QString html = QStringLiteral("<h3>%1</h3>\n").arg(esc(t.earlierHandling));
    for (const CaseHandling &handling : handlings) {
        const Body body = data.handlingBodies.value(handling.bodyId);
        const QString name = body.id ? DocumentLanguage::bodyName(body, data.language) : handling.bodyName;
        html += QStringLiteral("<p class=\"handling\"><b>%1 %2 § %3</b></p>\n")
                    .arg(esc(name), esc(handling.day.toString(DocumentTexts::dayFormat())))
                    .arg(*handling.sectionNumber);
        if (!data.view.showsContent(handling.publicity)) {
            html += QStringLiteral("<p>%1</p>\n").arg(esc(data.view.withheldContent()));
            continue;
        }
        if (RichText::toPlainText(handling.decision).trimmed().isEmpty())
            continue;
        AgendaItem earlier;
        earlier.language = handling.language;
        const Language written = DocumentLanguage::ofItem(earlier, data.organisation, body.id ? body : data.body);
        html += shownIn(data, written, data.view.text(handling.publicity, handling.decision)) + QLatin1Char('\n');
    }
    return html;
}

// The item's title, marked with its language where that differs from the document's.
QString titleHtml(const Data &data, const AgendaItem &item)
{
    const Language written = DocumentLanguage::ofItem(item, data.organisation, data.body);
    if (written == data.language)
        return esc(item.title);
    return QStringLiteral("<span lang=\"%1\">%2</span>").arg(DocumentLanguage::tag(written), esc(item.title));
}

// "Aino Mäkelä"
QString personName(const Data &data, qint64 person)
{
    return data.setting.names.value(person, QString::number(person));
}

QString sectionOf(const Data &data, int position)
{
    if (position < 1 || position > data.items.size())
        return QString();
    return itemNumber(data.items.at(position - 1));
}

QString membersTable(const Data &data)
{
    const DocumentTexts &t = *data.t;
    QString html = QStringLiteral("<table class=\"grid\">\n<thead><tr><th scope=\"col\">%1</th><th scope=\"col\">%2</th>"
                                  "</tr></thead>\n<tbody>\n")
                       .arg(esc(t.memberColumn), esc(t.deputyColumn));
    for (const Attendance::Seat &seat : std::as_const(data.setting.seats)) {
        QString member = esc(personName(data, seat.member));
        if (seat.member == data.setting.chair)
            member += QStringLiteral(", ") + esc(t.chair);
        else if (data.setting.viceChairs.contains(seat.member))
            member += QStringLiteral(", ") + esc(t.viceChair);
        html += QStringLiteral("<tr><td>%1</td><td>%2</td></tr>\n")
                    .arg(member, seat.deputy ? esc(personName(data, seat.deputy)) : QString());
    }
    return html + QStringLiteral("</tbody>\n</table>\n");
}

// The persons holding an office of the body on the meeting's day.
Result<QList<qint64>> officialIds(const Store &store, const Data &data, MembershipRole role)
{
    const auto memberships = store.memberships(data.body.id);
    if (!memberships)
        return Failure{memberships.error()};
    QList<qint64> ids;
    for (const Membership &membership : *memberships) {
        if (membership.role == role && membership.isValidOn(heldOn(data.meeting)))
            ids << membership.personId;
    }
    return ids;
}

// Officials of the body on the day: the secretary and the presenters.
Result<QStringList> officials(const Store &store, const Data &data, MembershipRole role)
{
    const auto memberships = store.memberships(data.body.id);
    if (!memberships)
        return Failure{memberships.error()};
    QStringList names;
    for (const Membership &membership : *memberships) {
        if (membership.role != role || !membership.isValidOn(heldOn(data.meeting)))
            continue;
        const auto person = store.person(membership.personId);
        if (!person)
            return Failure{person.error()};
        if (person->has_value())
            names << person->value().displayName()
                    + (person->value().title.isEmpty() ? QString() : QStringLiteral(", ") + person->value().title);
    }
    return names;
}

QString contentsTable(const Data &data, OfficialDocument &doc, bool withAppeal)
{
    const DocumentTexts &t = *data.t;
    const bool numbered = std::any_of(data.items.cbegin(), data.items.cend(),
                                      [](const AgendaItem &item) { return item.sectionNumber.has_value(); });
    QString html = QStringLiteral("<h2 class=\"part\">%1</h2>\n<table class=\"contents\">\n<thead><tr><th scope=\"col\">%2</th>"
                                  "<th scope=\"col\">%3</th><th scope=\"col\" class=\"page\">%4</th></tr></thead>\n<tbody>\n")
                       .arg(esc(t.contents), esc(numbered ? t.section : t.number), esc(t.matter), esc(t.page));
    for (const AgendaItem &item : std::as_const(data.items)) {
        html += QStringLiteral("<tr><td>%1</td><td><a href=\"#item-%2\">%3</a></td><td class=\"page\">%4</td></tr>\n")
                    .arg(esc(itemNumber(item)))
                    .arg(item.position)
                    .arg(esc(item.title), OfficialDocument::pageToken(doc.pageTokens++));
    }
    if (withAppeal)
        html += QStringLiteral("<tr><td></td><td><a href=\"#appeal\">%1</a></td><td class=\"page\">%2</td></tr>\n")
                    .arg(esc(t.appealInstructions), OfficialDocument::pageToken(doc.pageTokens++));
    return html + QStringLiteral("</tbody>\n</table>\n");
}

QString ballotMark(Voting::Ballot ballot, Voting::Ballot column)
{
    return ballot == column ? QStringLiteral("x") : QString();
}

// A vote's table: each member's ballot in a roll call, else the counts.
QString votesTable(const Data &data, const MeetingRecord::ItemRecord &record, const ItemDecision::Round &round,
                   const QString &caption)
{
    const DocumentTexts &t = *data.t;
    const Voting::RoundResult &r = round.result;
    QString html = QStringLiteral("<table class=\"votes\">\n<caption>%1</caption>\n").arg(esc(caption));
    if (!round.ballots.isEmpty()) {
        html += QStringLiteral("<thead><tr><th scope=\"col\">%1</th><th scope=\"col\">%2</th><th scope=\"col\">%3</th>"
                               "<th scope=\"col\">%4</th><th scope=\"col\">%5</th></tr></thead>\n<tbody>\n")
                    .arg(esc(t.memberColumn), esc(t.yes), esc(t.no), esc(t.blank), esc(t.absentBallot));
        // In the order of the body's seats, as the roll is called.
        QList<qint64> order;
        for (const Attendance::Seat &seat : std::as_const(data.setting.seats)) {
            for (const qint64 person : {seat.member, seat.deputy}) {
                if (person && round.ballots.contains(person))
                    order.append(person);
            }
        }
        for (const qint64 person : std::as_const(order)) {
            const Voting::Ballot ballot = round.ballots.value(person);
            QString name = esc(personName(data, person));
            if (record.presence.deputyFor.contains(person))
                name += QStringLiteral(" (%1)").arg(esc(data.t->deputy));
            html += QStringLiteral("<tr><th scope=\"row\">%1</th><td>%2</td><td>%3</td><td>%4</td><td>%5</td></tr>\n")
                        .arg(name, ballotMark(ballot, Voting::Ballot::Yes), ballotMark(ballot, Voting::Ballot::No),
                             ballotMark(ballot, Voting::Ballot::Blank), ballotMark(ballot, Voting::Ballot::Absent));
        }
        html += QStringLiteral("</tbody>\n<tfoot><tr><th scope=\"row\">%1</th><td>%2</td><td>%3</td><td>%4</td>"
                               "<td>%5</td></tr></tfoot>\n")
                    .arg(esc(t.total))
                    .arg(r.yes)
                    .arg(r.no)
                    .arg(r.blank)
                    .arg(r.absent);
    } else {
        html += QStringLiteral("<thead><tr><th scope=\"col\">%1</th><th scope=\"col\">%2</th><th scope=\"col\">%3</th>"
                               "</tr></thead>\n<tbody><tr><td>%4</td><td>%5</td><td>%6</td></tr></tbody>\n")
                    .arg(esc(t.yes), esc(t.no), esc(t.blank))
                    .arg(r.yes)
                    .arg(r.no)
                    .arg(r.blank);
    }
    return html + QStringLiteral("</table>\n");
}

// One vote's table and its result. A procedural vote puts continuing with
// the matter (JAA) against tabling or returning it (EI).
QString roundHtml(const Data &data, const MeetingRecord::ItemRecord &record, const ItemDecision::Round &round,
                  bool procedural, int number)
{
    const DocumentTexts &t = *data.t;
    const Voting::RoundResult &r = round.result;
    auto name = [&](const QString &id) { return ProceedingsText::proposalName(record.input, id, data.names, data.language); };
    const auto proposal = std::find_if(record.input.proposals.cbegin(), record.input.proposals.cend(),
                                       [&](const ItemDecision::Proposal &p) { return p.id == r.noProposal; });
    const bool tabling = proposal != record.input.proposals.cend() && proposal->type == ProposalType::Tabling;
    const QString caption = procedural
        ? t.proceduralCaption.arg(t.continuing, (tabling ? t.onTabling : t.onReturn).arg(name(r.noProposal)))
        : t.voteCaption.arg(number).arg(name(r.yesProposal), name(r.noProposal));
    const bool yesWon = r.winner == r.yesProposal;
    QString result = procedural
        ? t.proceduralResult.arg(yesWon ? t.continues : tabling ? t.tabledResult : t.returnedResult)
        : t.result.arg(name(r.winner));
    result = result.arg(yesWon ? r.yes : r.no).arg(yesWon ? r.no : r.yes).arg(r.blank);
    if (r.decidedBy == Voting::DecidedBy::ChairsVote)
        result += t.chairsVote;
    else if (r.decidedBy == Voting::DecidedBy::QualifiedMajorityNotReached)
        result += t.qualifiedNotReached;
    return votesTable(data, record, round, caption) + QStringLiteral("<p>%1</p>\n").arg(esc(upperFirst(result)));
}

QString electionHtml(const Data &data, const MeetingRecord::ItemRecord &record)
{
    const DocumentTexts &t = *data.t;
    const MeetingRecord::Election &election = *record.election;
    const MeetingRecord::ElectionResult &result = *record.electionResult;
    QString html = QStringLiteral("<h3>%1</h3>\n").arg(esc(t.election));
    if (election.method == u"proportional") {
        html += QStringLiteral("<table class=\"votes\">\n<caption>%1</caption>\n").arg(esc(t.comparisonCaption));
        html += QStringLiteral("<thead><tr><th scope=\"col\">%1</th><th scope=\"col\">%2</th>"
                               "<th scope=\"col\">%3</th><th scope=\"col\">%4</th></tr></thead>\n<tbody>\n")
                    .arg(esc(t.candidate), esc(t.list), esc(t.comparison), esc(t.elected));
        for (const Election::ComparisonNumber &number : result.numbers) {
            html += QStringLiteral("<tr><th scope=\"row\">%1</th><td>%2</td><td>%3</td><td>%4</td></tr>\n")
                        .arg(esc(number.candidate), esc(number.list),
                             data.locale.toString(number.value(), 'f', 3),
                             result.elected.contains(number.candidate) ? esc(t.elected) : QString());
        }
    } else {
        html += QStringLiteral("<table class=\"votes\">\n<caption>%1</caption>\n").arg(esc(t.candidatesCaption));
        html += QStringLiteral("<thead><tr><th scope=\"col\">%1</th><th scope=\"col\">%2</th>"
                               "<th scope=\"col\">%3</th></tr></thead>\n<tbody>\n")
                    .arg(esc(t.candidate), esc(t.votes), esc(t.elected));
        QList<Election::Candidate> candidates = election.candidates;
        std::stable_sort(candidates.begin(), candidates.end(),
                         [](const Election::Candidate &a, const Election::Candidate &b) { return a.votes > b.votes; });
        for (const Election::Candidate &candidate : std::as_const(candidates)) {
            html += QStringLiteral("<tr><th scope=\"row\">%1</th><td>%2</td><td>%3</td></tr>\n")
                        .arg(esc(candidate.name))
                        .arg(candidate.votes)
                        .arg(result.elected.contains(candidate.name) ? esc(t.elected) : QString());
        }
    }
    html += QStringLiteral("</tbody>\n</table>\n");
    for (const Election::LotDraw &lot : result.lots)
        html += QStringLiteral("<p>%1</p>\n").arg(esc(t.lot.arg(lot.order.join(QStringLiteral(", ")))));
    return html;
}

enum class Part { Agenda, Minutes };

Result<QString> itemHtml(const Store &store, const Data &data, const AgendaItem &stored, Part part, bool newPage)
{
    const DocumentTexts &t = *data.t;
    const PublicView &view = data.view;
    const AgendaItem item = view.item(stored);
    QString html = QStringLiteral("<section class=\"item\" id=\"item-%1\">\n<h2 class=\"%2\">%3 %4</h2>\n")
                       .arg(item.position)
                       .arg(newPage ? QStringLiteral("item-title new-page") : QStringLiteral("item-title"))
                       .arg(esc(itemNumber(item)), titleHtml(data, item));
    QStringList facts;
    if (!item.caseReference.isEmpty())
        facts << QStringLiteral("%1 %2").arg(esc(t.caseReference), esc(item.caseReference));
    if (!facts.isEmpty())
        html += QStringLiteral("<p class=\"case\">%1</p>\n").arg(facts.join(QStringLiteral(" · ")));
    if (const QString label = view.publicityLabel(item.publicity); !label.isEmpty())
        html += QStringLiteral("<p class=\"confidential\"><b>%1</b> (%2)</p>\n")
                    .arg(esc(label), esc(item.confidentialityBasis.toString(data.language)));
    if (!view.showsContent(item.publicity)) {
        html += QStringLiteral("<p>%1</p>\n</section>\n").arg(esc(view.withheldContent()));
        return html;
    }
    html += earlierHandlingHtml(data, stored);
    for (const Preparer &preparer : item.preparers) {
        QStringList parts{preparer.name, preparer.title, preparer.contact};
        parts.removeAll(QString());
        html += QStringLiteral("<p class=\"preparer\"><b>%1:</b> %2</p>\n")
                    .arg(esc(t.preparer), esc(parts.join(QStringLiteral(", "))));
    }
    html += shown(data, item, item.background) + QLatin1Char('\n');
    if (item.presenterPersonId && data.presenters.contains(item.presenterPersonId))
        html += QStringLiteral("<p class=\"presenter\"><b>%1:</b> %2</p>\n")
                    .arg(esc(t.presenterLabel), esc(data.presenters.value(item.presenterPersonId)));
    if (!RichText::toPlainText(item.proposal).trimmed().isEmpty())
        html += QStringLiteral("<h3>%1</h3>\n%2\n").arg(esc(t.proposal), shown(data, item, item.proposal));

    if (part == Part::Minutes) {
        const MeetingRecord::ItemRecord *record =
            data.replay && item.position >= 1 && item.position <= data.replay->items.size()
            ? &data.replay->items.at(item.position - 1)
            : nullptr;
        if (record && record->presence.quorum.seats > 0 && !record->presence.quorum.reached())
            html += QStringLiteral("<p class=\"warning\">%1</p>\n")
                        .arg(esc(t.itemWithoutQuorum.arg(record->presence.quorum.present)
                                     .arg(record->presence.quorum.required)));
        if (record && !record->disqualifications.isEmpty()) {
            html += QStringLiteral("<h3>%1</h3>\n").arg(esc(t.disqualification));
            for (const Attendance::Disqualification &d : record->disqualifications)
                html += QStringLiteral("<p>%1</p>\n").arg(esc(t.disqualified.arg(personName(data, d.person), d.ground)));
        }
        const bool hasProceedings = !RichText::toPlainText(item.proceedings).trimmed().isEmpty();
        const bool hasVotes = record && record->outcome
            && (!record->outcome->rounds.isEmpty() || !record->outcome->procedural.isEmpty());
        // Who presided, where someone other than the chair did: the first
        // words of the proceedings. In minutes over which one person
        // presided throughout, the cover says it once instead.
        const bool otherPresiding = record && record->presiding && record->presiding != data.setting.chair
            && (data.extract || MeetingRecord::presidencies(*data.replay).size() > 1);
        if (hasProceedings || hasVotes || (record && record->electionResult) || otherPresiding) {
            html += QStringLiteral("<h3>%1</h3>\n").arg(esc(t.proceedings));
            if (otherPresiding)
                html += QStringLiteral("<p class=\"presiding\">%1</p>\n")
                            .arg(esc((record->temporaryChair ? t.presidedTemporary : t.presidedVice)
                                         .arg(personName(data, record->presiding))));
            if (hasProceedings)
                html += shown(data, item, item.proceedings) + QLatin1Char('\n');
        }
        if (hasVotes) {
            for (const ItemDecision::Round &round : record->outcome->procedural)
                html += roundHtml(data, *record, round, true, 0);
            for (qsizetype i = 0; i < record->outcome->rounds.size(); ++i)
                html += roundHtml(data, *record, record->outcome->rounds.at(i), false, int(i) + 1);
        }
        if (record && record->electionResult)
            html += electionHtml(data, *record);
        if (!RichText::toPlainText(item.decision).trimmed().isEmpty())
            html += QStringLiteral("<h3>%1</h3>\n%2\n").arg(esc(t.decision), shown(data, item, item.decision));
        if (record && !record->dissents.isEmpty()) {
            html += QStringLiteral("<h3>%1</h3>\n").arg(esc(t.dissent));
            for (const MeetingRecord::Dissent &d : record->dissents) {
                const QString reasons = view.dissentReasons(item.publicity, d.reasons);
                html += QStringLiteral("<p>%1</p>\n")
                            .arg(esc(reasons.isEmpty() ? t.dissentWithout.arg(personName(data, d.person))
                                                       : t.dissentWithReasons.arg(personName(data, d.person), reasons)));
            }
        }
    }

    const auto files = store.attachments(item.id);
    if (!files)
        return Failure{files.error()};
    QStringList listed;
    for (const Attachment &attachment : view.attachments(item, *files)) {
        QString line = esc(attachment.name);
        if (const QString label = view.publicityLabel(attachment.publicity); !label.isEmpty())
            line += QStringLiteral(" (%1, %2)").arg(esc(label), esc(attachment.confidentialityBasis.toString(data.language)));
        listed << QStringLiteral("<li>%1</li>").arg(line);
    }
    if (!listed.isEmpty())
        html += QStringLiteral("<h3>%1</h3>\n<ol>%2</ol>\n").arg(esc(t.attachments), listed.join(QString()));
    if (part == Part::Minutes && !item.recipients.isEmpty()) {
        QStringList names;
        for (const ExtractRecipient &recipient : item.recipients)
            names << esc(recipient.name);
        html += QStringLiteral("<p class=\"recipients\"><b>%1:</b> %2</p>\n").arg(esc(t.recipients), names.join(QStringLiteral(", ")));
    }
    return html + QStringLiteral("</section>\n");
}

// The appeal kind an item's decision carries: tabling and return are
// preparatory and cannot be appealed.
AppealKind appealKindOf(const Data &data, const AgendaItem &item)
{
    if (data.replay && item.position >= 1 && item.position <= data.replay->items.size()) {
        const auto &outcome = data.replay->items.at(item.position - 1).outcome;
        if (outcome && !outcome->pending
            && (outcome->kind == ItemDecision::OutcomeKind::Tabled || outcome->kind == ItemDecision::OutcomeKind::Returned))
            return AppealKind::NotAppealable;
    }
    return item.appealKind;
}

Result<QString> appealHtml(const Data &data, const QList<AgendaItem> &items)
{
    static const AppealKind order[] = {AppealKind::Rectification, AppealKind::MunicipalAppeal,
                                       AppealKind::AdministrativeAppeal, AppealKind::Procurement,
                                       AppealKind::NotAppealable};
    QList<AppealInstructions::Group> groups;
    for (const AppealKind kind : order) {
        AppealInstructions::Group group{kind, {}};
        for (const AgendaItem &item : items) {
            if (item.sectionNumber && appealKindOf(data, item) == kind)
                group.sections.append(*item.sectionNumber);
        }
        std::sort(group.sections.begin(), group.sections.end());
        if (!group.sections.isEmpty())
            groups.append(group);
    }
    if (groups.isEmpty())
        return QString();
    const auto html = AppealInstructions::html(groups, data.organisation,
                                               {lowerFirst(data.bodyName), data.meeting.minutesPublished}, data.language);
    if (!html)
        return Failure{html.error()};
    // The first instruction starts a new page, and the list of items links to it.
    QString out = *html;
    const QString first = QStringLiteral("<section class=\"appeal\">\n<h2 class=\"appeal-title\">");
    const qsizetype at = out.indexOf(first);
    if (at >= 0)
        out.replace(at, first.size(),
                    QStringLiteral("<section class=\"appeal\" id=\"appeal\">\n<h2 class=\"appeal-title new-page\">"));
    return out;
}

// Who presided (MeetingRecord::presidencies), each with the § numbers of
// the items they presided over; before any item, the chair or the first vice
// chair present at the opening.
struct Presiding
{
    qint64 person = 0;
    QString sections;              // "§ 1–4, 6–10"
};

QList<Presiding> presiding(const Data &data)
{
    QList<Presiding> result;
    const QList<MeetingRecord::Presidency> presidencies = MeetingRecord::presidencies(*data.replay);
    for (const MeetingRecord::Presidency &presidency : presidencies) {
        QList<int> sections;
        QStringList unnumbered; // items without a § number, by their running number
        for (const int position : presidency.positions) {
            if (position < 1 || position > data.items.size())
                continue;
            if (data.items.at(position - 1).sectionNumber)
                sections.append(*data.items.at(position - 1).sectionNumber);
            else
                unnumbered.append(itemNumber(data.items.at(position - 1)));
        }
        std::sort(sections.begin(), sections.end());
        QStringList labels{AppealInstructions::sectionList(sections)};
        labels.removeAll(QString());
        result.append({presidency.person, (labels + unnumbered).join(QStringLiteral(", "))});
    }
    if (result.isEmpty()) {
        const QList<qint64> presiders = data.setting.presiders();
        for (const qint64 person : presiders) {
            if (data.replay->attendance.presentAtOpening.contains(person))
                return {{person, QString()}};
        }
    }
    return result;
}

// The signature line's role of one who presided: "Puheenjohtaja", or with
// the § numbers when several presided.
QString chairRole(const Data &data, const Presiding &presiding, qsizetype presidingCount)
{
    const QString chair = upperFirst(data.t->chair);
    return presidingCount > 1 ? data.t->chairOfSections.arg(chair, presiding.sections) : chair;
}

QString signatureLine(const QString &role, const QString &name)
{
    return QStringLiteral("<td><p class=\"sign-role\">%1</p><p class=\"sign-line\">______________________________</p>"
                          "<p>%2</p></td>")
        .arg(esc(role), esc(name));
}

Result<QString> minutesCover(const Store &store, const Data &data)
{
    const DocumentTexts &t = *data.t;
    const MeetingRecord::Replay &replay = *data.replay;
    const Attendance::Record &attendance = replay.attendance;
    QString html;
    html += QStringLiteral("<table class=\"facts\">\n");
    html += factRow(t.time, esc(meetingTime(data)));
    html += factRow(t.place, esc(data.meeting.place));
    html += factRow(t.mode, esc(t.modes.value(data.meeting.mode)));
    html += QStringLiteral("</table>\n");

    // Who attended, with arrivals and departures.
    // How each took part: by remote connection from the opening, arrivals,
    // departures and changes between the meeting room and a remote connection.
    auto movesOf = [&](qint64 person) {
        QStringList notes;
        if (attendance.remoteAtOpening.contains(person))
            notes << t.remote;
        for (const Attendance::Move &move : attendance.moves) {
            if (move.person != person)
                continue;
            const QString &text = move.movement == Attendance::Movement::Leaves ? t.left
                : move.movement == Attendance::Movement::Switches ? (move.remote ? t.switchedRemote : t.switchedRoom)
                : move.remote                                      ? t.arrivedRemote
                                                                   : t.arrived;
            notes << text.arg(DocumentTexts::clockTime(move.at), sectionOf(data, move.itemPosition));
        }
        return notes.join(QStringLiteral("; "));
    };
    auto attended = [&](qint64 person) {
        return attendance.presentAtOpening.contains(person)
            || std::any_of(attendance.moves.cbegin(), attendance.moves.cend(), [&](const Attendance::Move &move) {
                   return move.person == person && move.movement == Attendance::Movement::Arrives;
               });
    };
    QString rows;
    QStringList absent;
    for (const Attendance::Seat &seat : std::as_const(data.setting.seats)) {
        const QString role = seat.member == data.setting.chair ? t.chair
            : data.setting.viceChairs.contains(seat.member)    ? t.viceChair
                                                               : t.member;
        if (attended(seat.member))
            rows += QStringLiteral("<tr><th scope=\"row\">%1</th><td>%2</td><td>%3</td></tr>\n")
                        .arg(esc(personName(data, seat.member)), esc(role), esc(movesOf(seat.member)));
        else
            absent << personName(data, seat.member);
        if (seat.deputy && attended(seat.deputy))
            rows += QStringLiteral("<tr><th scope=\"row\">%1</th><td>%2 (%3)</td><td>%4</td></tr>\n")
                        .arg(esc(personName(data, seat.deputy)), esc(t.deputy), esc(personName(data, seat.member)),
                             esc(movesOf(seat.deputy)));
    }
    html += QStringLiteral("<h2 class=\"part\">%1</h2>\n<table class=\"grid\">\n<thead><tr><th scope=\"col\">%2</th><th scope=\"col\">%3</th>"
                           "<th scope=\"col\">%4</th></tr></thead>\n<tbody>\n%5</tbody>\n</table>\n")
                .arg(esc(t.present), esc(t.name), esc(t.role), esc(t.notes), rows);
    if (!absent.isEmpty())
        html += QStringLiteral("<h2 class=\"part\">%1</h2>\n<p>%2</p>\n").arg(esc(t.absent), esc(absent.join(QStringLiteral(", "))));
    if (!replay.others.isEmpty()) {
        QString others;
        for (const MeetingRecord::OtherAttendee &other : replay.others)
            others += QStringLiteral("<tr><th scope=\"row\">%1</th><td>%2</td></tr>\n").arg(esc(other.name), esc(other.role));
        html += QStringLiteral("<h2 class=\"part\">%1</h2>\n<table class=\"grid\">\n<thead><tr><th scope=\"col\">%2</th><th scope=\"col\">%3</th>"
                               "</tr></thead>\n<tbody>\n%4</tbody>\n</table>\n")
                    .arg(esc(t.othersPresent), esc(t.name), esc(t.role), others);
    }
    if (!replay.items.isEmpty()) {
        const Quorum &quorum = replay.items.first().presence.quorum;
        html += QStringLiteral("<h2 class=\"part\">%1</h2>\n<p>%2</p>\n")
                    .arg(esc(t.legality),
                         esc(t.quorum.arg(quorum.present).arg(quorum.seats).arg(quorum.required)
                             + (quorum.reached() ? t.quorumReached : t.quorumNotReached)));
        // One person other than the chair presided throughout.
        const QList<MeetingRecord::Presidency> presidencies = MeetingRecord::presidencies(replay);
        if (presidencies.size() == 1 && presidencies.first().person != data.setting.chair) {
            const MeetingRecord::ItemRecord &first = replay.items.at(presidencies.first().positions.first() - 1);
            html += QStringLiteral("<p>%1</p>\n")
                        .arg(esc((first.temporaryChair ? t.presidedMeetingTemporary : t.presidedMeetingVice)
                                     .arg(personName(data, presidencies.first().person))));
        }
    }
    QList<int> sections;
    for (const AgendaItem &item : std::as_const(data.items)) {
        if (item.sectionNumber)
            sections.append(*item.sectionNumber);
    }
    std::sort(sections.begin(), sections.end());
    if (!sections.isEmpty())
        html += QStringLiteral("<h2 class=\"part\">%1</h2>\n<p>%2</p>\n").arg(esc(t.handled), esc(AppealInstructions::sectionList(sections)));

    // Signatures, the checking note and the note on publication.
    const auto secretaries = officials(store, data, MembershipRole::Secretary);
    if (!secretaries)
        return Failure{secretaries.error()};
    QString secretary = secretaries->isEmpty() ? QString() : secretaries->first().section(u',', 0, 0);
    if (secretary.isEmpty()) {
        for (const MeetingRecord::OtherAttendee &other : replay.others) {
            if (other.role.contains(t.secretary, Qt::CaseInsensitive))
                secretary = other.name;
        }
    }
    // Each who presided signs, with the § numbers they presided over; two
    // signatures to a row, so that each line has its room.
    QStringList cells;
    const QList<Presiding> presided = presiding(data);
    for (const Presiding &chair : presided)
        cells << signatureLine(chairRole(data, chair, presided.size()), personName(data, chair.person));
    if (presided.isEmpty())
        cells << signatureLine(upperFirst(t.chair), QString());
    cells << signatureLine(upperFirst(t.secretary), secretary);
    QString signatureRows;
    for (qsizetype i = 0; i < cells.size(); i += 2)
        signatureRows += QStringLiteral("<tr>%1</tr>").arg(cells.mid(i, 2).join(QString()));
    html += QStringLiteral("<h2 class=\"part\">%1</h2>\n<table class=\"signatures\">%2</table>\n")
                .arg(esc(t.signatures), signatureRows);
    html += QStringLiteral("<h2 class=\"part\">%1</h2>\n").arg(esc(t.checking));
    if (data.meeting.minutesChecked.isValid()) {
        QStringList names;
        for (const qint64 checker : replay.minuteCheckers)
            names << personName(data, checker);
        if (!names.isEmpty())
            html += QStringLiteral("<p><b>%1:</b> %2</p>\n").arg(esc(t.checkers), esc(names.join(QStringLiteral(", "))));
        html += QStringLiteral("<p>%1</p>\n").arg(esc(t.checkedOn.arg(DocumentTexts::day(data.meeting.minutesChecked))));
    } else {
        html += QStringLiteral("<p>%1</p>\n").arg(esc(t.notCheckedYet));
        if (!replay.minuteCheckers.isEmpty()) {
            QString cells;
            for (const qint64 checker : replay.minuteCheckers)
                cells += signatureLine(t.placeAndDate, personName(data, checker));
            html += QStringLiteral("<table class=\"signatures\"><tr>%1</tr></table>\n").arg(cells);
        }
    }
    html += QStringLiteral("<h2 class=\"part\">%1</h2>\n<p>%2</p>\n")
                .arg(esc(t.publication), esc(data.meeting.minutesPublished.isValid()
                                                 ? t.publishedOn.arg(DocumentTexts::day(data.meeting.minutesPublished))
                                                 : t.toBePublished));
    return html;
}

} // namespace

Result<OfficialDocument> agenda(const Store &store, const Meeting &meeting, const Options &options)
{
    const auto loaded = load(store, meeting, options);
    if (!loaded)
        return Failure{loaded.error()};
    const Data &data = *loaded;
    const DocumentTexts &t = *data.t;
    OfficialDocument doc = documentFor(data, OfficialDocument::Kind::Agenda);
    QString html = QStringLiteral("<h1>%1 %2</h1>\n").arg(esc(t.agendaTitle), esc(doc.number));
    if (data.view.isPublic())
        html += QStringLiteral("<p class=\"note\">%1</p>\n").arg(esc(t.publicNote));
    html += QStringLiteral("<table class=\"facts\">\n");
    html += factRow(t.time, esc(meetingTime(data)));
    html += factRow(t.place, esc(data.meeting.place));
    html += factRow(t.mode, esc(t.modes.value(data.meeting.mode)));
    html += QStringLiteral("</table>\n");
    if (data.meeting.state == MeetingState::Cancelled)
        html += QStringLiteral("<p class=\"note\">%1</p>\n").arg(esc(t.cancelled.arg(data.meeting.cancellationReason)));
    html += QStringLiteral("<h2 class=\"part\">%1</h2>\n").arg(esc(t.members)) + membersTable(data);
    QStringList invited;
    for (const auto &[role, label] : {std::pair{MembershipRole::Presenter, t.presenter},
                                      std::pair{MembershipRole::Secretary, t.secretary}}) {
        const auto names = officials(store, data, role);
        if (!names)
            return Failure{names.error()};
        for (const QString &name : *names)
            invited << QStringLiteral("<li>%1 (%2)</li>").arg(esc(name), esc(label));
    }
    const auto invitees = store.invitees(data.meeting.id);
    if (!invitees)
        return Failure{invitees.error()};
    for (const Invitee &invitee : *invitees) {
        QString name = invitee.name;
        if (invitee.personId) {
            const auto person = store.person(invitee.personId);
            if (!person)
                return Failure{person.error()};
            if (person->has_value())
                name = person->value().displayName();
        }
        invited << (invitee.role.isEmpty() ? QStringLiteral("<li>%1</li>").arg(esc(name))
                                           : QStringLiteral("<li>%1 (%2)</li>").arg(esc(name), esc(invitee.role)));
    }
    if (!invited.isEmpty())
        html += QStringLiteral("<h2 class=\"part\">%1</h2>\n<ul>%2</ul>\n").arg(esc(t.othersInvited), invited.join(QString()));
    html += contentsTable(data, doc, false);
    for (const AgendaItem &item : std::as_const(data.items)) {
        const auto itemText = itemHtml(store, data, item, Part::Agenda, true);
        if (!itemText)
            return Failure{itemText.error()};
        html += *itemText;
    }
    doc.html = html;
    return doc;
}

Result<OfficialDocument> minutes(const Store &store, const Meeting &meeting, const Options &options)
{
    const auto loaded = load(store, meeting, options);
    if (!loaded)
        return Failure{loaded.error()};
    const Data &data = *loaded;
    const DocumentTexts &t = *data.t;
    if (!data.replay)
        return Failure{tr("%1 has not been opened, so it has no minutes yet. Record its opening and attendance "
                          "with 'pykala-cli record'.").arg(data.reference)};
    OfficialDocument doc = documentFor(data, OfficialDocument::Kind::Minutes);
    QString html = QStringLiteral("<h1>%1 %2</h1>\n").arg(esc(t.minutesTitle), esc(doc.number));
    if (data.view.isPublic())
        html += QStringLiteral("<p class=\"note\">%1</p>\n").arg(esc(t.publicNote));
    const auto cover = minutesCover(store, data);
    if (!cover)
        return Failure{cover.error()};
    html += *cover;
    const auto appeal = appealHtml(data, data.items);
    if (!appeal)
        return Failure{appeal.error()};
    html += contentsTable(data, doc, !appeal->isEmpty());
    for (const AgendaItem &item : std::as_const(data.items)) {
        const auto itemText = itemHtml(store, data, item, Part::Minutes, true);
        if (!itemText)
            return Failure{itemText.error()};
        html += *itemText;
    }
    html += *appeal;
    doc.html = html;
    // Signed in the body's order: by default the secretary, the
    // minute-checkers and the chair — each who presided, named with the §
    // numbers when several did.
    QStringList signers;
    const QList<Presiding> presided = presiding(data);
    const auto secretaries = officialIds(store, data, MembershipRole::Secretary);
    if (!secretaries)
        return Failure{secretaries.error()};
    for (const QString &signer : std::as_const(data.body.signingOrder)) {
        if (signer == u"secretary") {
            signers << t.secretary;
            doc.signingRoles << t.secretary;
            doc.signingPersons << secretaries->value(0);
        } else if (signer == u"chair") {
            for (const Presiding &chair : presided) {
                signers << t.chair + QLatin1Char(' ') + personName(data, chair.person)
                        + (presided.size() > 1 ? QStringLiteral(" (%1)").arg(chair.sections) : QString());
                doc.signingRoles << lowerFirst(chairRole(data, chair, presided.size()));
                doc.signingPersons << chair.person;
            }
            if (presided.isEmpty()) {
                signers << t.chair;
                doc.signingRoles << t.chair;
                doc.signingPersons << 0;
            }
        } else {
            signers << t.checkersPlural;
            for (qsizetype i = 0; i < qMax(qsizetype(1), data.replay->minuteCheckers.size()); ++i) {
                doc.signingRoles << t.checker;
                doc.signingPersons << data.replay->minuteCheckers.value(i);
            }
        }
    }
    doc.signaturePageHeading = t.signaturesHeading;
    doc.signaturePageText = t.signaturesText.arg(signers.join(QStringLiteral(", ")));
    return doc;
}

Result<OfficialDocument> extract(const Store &store, const Meeting &meeting, const AgendaItem &item,
                                 const Options &options)
{
    auto loaded = load(store, meeting, options);
    if (!loaded)
        return Failure{loaded.error()};
    Data data = std::move(loaded).value();
    data.extract = true;
    const DocumentTexts &t = *data.t;
    if (!data.replay || !item.sectionNumber)
        return Failure{tr("%1 has not been handled in a meeting yet, so there are no minutes to extract from.")
                           .arg(data.reference + QLatin1Char(' ') + itemNumber(item))};
    OfficialDocument doc = documentFor(data, OfficialDocument::Kind::Extract);
    doc.number += QStringLiteral(" § %1").arg(*item.sectionNumber);
    doc.title += QStringLiteral(" § %1").arg(*item.sectionNumber);
    doc.baseName.replace(QStringLiteral("-%1").arg(t.extractFile),
                         QStringLiteral("-%1-%2").arg(*item.sectionNumber).arg(t.extractFile));
    QString html = QStringLiteral("<h1>%1</h1>\n").arg(esc(t.extractTitle));
    html += QStringLiteral("<table class=\"facts\">\n");
    html += factRow(t.time, esc(meetingTime(data)));
    html += factRow(t.place, esc(data.meeting.place));
    html += QStringLiteral("</table>\n");
    const auto itemText = itemHtml(store, data, item, Part::Minutes, false);
    if (!itemText)
        return Failure{itemText.error()};
    html += *itemText;

    // The certification of correctness, by the secretary.
    const auto secretaries = officials(store, data, MembershipRole::Secretary);
    if (!secretaries)
        return Failure{secretaries.error()};
    const QString certifiedOn = data.meeting.minutesChecked.isValid() ? DocumentTexts::day(data.meeting.minutesChecked) : QString();
    html += QStringLiteral("<h2 class=\"part\">%1</h2>\n<p>%2</p>\n<table class=\"signatures\"><tr>%3</tr></table>\n")
                .arg(esc(t.certification),
                     esc(certifiedOn.isEmpty() ? t.placeAndDate : locality(data) + QLatin1Char(' ') + certifiedOn),
                     signatureLine(QString(), secretaries->value(0)));
    const auto appeal = appealHtml(data, {item});
    if (!appeal)
        return Failure{appeal.error()};
    html += *appeal;
    doc.html = html;
    return doc;
}

Result<std::pair<Meeting, AgendaItem>> findItem(const Store &store, const QString &reference)
{
    static const QRegularExpression sectionPattern(QStringLiteral("^(.+?)\\s*§\\s*(\\d+)\\s*$"));
    const auto match = sectionPattern.match(reference);
    bool isId = false;
    const qint64 id = reference.trimmed().toLongLong(&isId);
    std::optional<AgendaItem> item;
    if (isId) {
        const auto found = store.agendaItem(id);
        if (!found)
            return Failure{found.error()};
        item = *found;
    } else if (match.hasMatch()) {
        const auto meeting = store.findMeeting(match.captured(1));
        if (!meeting)
            return Failure{meeting.error()};
        const auto items = store.agendaItems(meeting->id);
        if (!items)
            return Failure{items.error()};
        for (const AgendaItem &candidate : *items) {
            if (candidate.sectionNumber == match.captured(2).toInt())
                item = candidate;
        }
    } else {
        return Failure{tr("\"%1\" does not name an agenda item. Give its id or write it as \"KH 12/2026 § 156\".")
                           .arg(reference)};
    }
    if (!item)
        return Failure{tr("There is no agenda item %1.").arg(reference)};
    const auto meeting = store.meeting(item->meetingId);
    if (!meeting)
        return Failure{meeting.error()};
    if (!meeting->has_value())
        return Failure{tr("The item's meeting is missing.")};
    return std::pair{meeting->value(), *item};
}

} // namespace MeetingDocuments
