#include "openingitems.h"
#include "meetingsession.h"

#include "model/documentlanguage.h"

#include "store/store.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace OpeningItems {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("OpeningItems", text);
}

Result<QJsonObject> templates()
{
    QFile file(QStringLiteral(":/pykala/templates/opening-items.json"));
    if (!file.open(QIODevice::ReadOnly))
        return Failure{tr("The templates of the opening items are missing from this build.")};
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll());
    if (!document.isObject())
        return Failure{tr("The templates of the opening items are broken.")};
    return document.object();
}

} // namespace

Result<QList<AgendaItem>> make(const Body &body, Language language, const QStringList &checkers)
{
    const auto data = templates();
    if (!data)
        return Failure{data.error()};
    const QString lang = Codes::code(language);
    const QString quorum =
        data->value(u"quorum").toObject().value(Codes::code(body.quorumRule)).toObject().value(lang).toString();
    const QString checkerNames = checkers.join(language == Language::Swedish ? QStringLiteral(" och ") : QStringLiteral(" ja "));
    auto fill = [&](QString text) {
        return text.replace(QStringLiteral("{quorum}"), quorum).replace(QStringLiteral("{checkers}"), checkerNames);
    };
    auto paragraph = [&](const QString &text) {
        return QStringLiteral("<p>") + fill(text).toHtmlEscaped() + QStringLiteral("</p>");
    };
    QList<AgendaItem> items;
    const QJsonArray specs = data->value(u"items").toArray();
    for (const QJsonValue &value : specs) {
        const QJsonObject spec = value.toObject();
        AgendaItem item;
        item.title = spec.value(u"title").toObject().value(lang).toString();
        const QJsonArray background = spec.value(u"background").toObject().value(lang).toArray();
        for (const QJsonValue &text : background)
            item.background += paragraph(text.toString());
        item.proposal = paragraph(spec.value(u"proposal").toObject().value(lang).toString());
        // Decisions are written only when the minute-checkers are known,
        // that is, for the minutes of a held meeting.
        if (!checkers.isEmpty())
            item.decision = paragraph(spec.value(u"decision").toObject().value(lang).toString());
        item.appealKind = *Codes::parse<AppealKind>(spec.value(u"appealKind").toString());
        items.append(item);
    }
    return items;
}

Status addTo(Store &store, qint64 meetingId)
{
    const auto meeting = store.meeting(meetingId);
    if (!meeting)
        return Failure{meeting.error()};
    if (!meeting->has_value())
        return Failure{tr("There is no meeting with id %1.").arg(meetingId)};
    const auto owners = MeetingSession::owners(store, meeting->value());
    if (!owners)
        return Failure{owners.error()};
    const auto opening = make(owners->body, DocumentLanguage::of(owners->organisation, owners->body));
    if (!opening)
        return Failure{opening.error()};
    Store::Transaction transaction(store);
    if (!transaction.ok())
        return Failure{transaction.error()};
    // Each is added last and moved to its place, which moves the rest down:
    // only moving changes an item's place on the agenda.
    int position = 0;
    for (AgendaItem item : *opening) {
        item.meetingId = meetingId;
        const auto added = store.addAgendaItem(item);
        if (!added)
            return Failure{added.error()};
        PYKALA_TRY(store.moveAgendaItem(*added, ++position));
    }
    return transaction.commit();
}

} // namespace OpeningItems
