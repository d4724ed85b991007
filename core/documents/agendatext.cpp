#include "agendatext.h"

#include "text/richtext.h"

#include "store/store.h"

#include <QHash>
#include <QLocale>

namespace {

// The fixed texts of the document in each language.
struct Labels
{
    QString agenda, time, place, mode, state, caseReference, preparer, presenter, confidential,
        partlyConfidential, proposal, proceedings, decision, attachments, noItems, personalDataRemoved, confidentialContent,
        clock;
    QHash<MeetingMode, QString> modes;
    QHash<MeetingState, QString> states;
};

const Labels &labelsFor(Language language)
{
    static const Labels finnish{
        QStringLiteral("Esityslista"), QStringLiteral("Aika"), QStringLiteral("Paikka"),
        QStringLiteral("Kokoustapa"), QStringLiteral("Tila"), QStringLiteral("Dnro"),
        QStringLiteral("Valmistelija"), QStringLiteral("Esittelijä"), QStringLiteral("Salassa pidettävä"),
        QStringLiteral("Osittain salassa pidettävä"), QStringLiteral("Päätösehdotus"), QStringLiteral("Käsittely"),
        QStringLiteral("Päätös"),
        QStringLiteral("Liitteet"), QStringLiteral("Esityslistalla ei ole asioita."),
        QStringLiteral("[henkilötieto poistettu]"),
        QStringLiteral("Asian sisältö on salassa pidettävä."), QStringLiteral("klo"),
        {{MeetingMode::InPerson, QStringLiteral("lähikokous")},
         {MeetingMode::Remote, QStringLiteral("sähköinen kokous")},
         {MeetingMode::Hybrid, QStringLiteral("hybridikokous")},
         {MeetingMode::ElectronicProcedure, QStringLiteral("sähköinen päätöksentekomenettely")}},
        {{MeetingState::Planned, QStringLiteral("suunniteltu")},
         {MeetingState::Convened, QStringLiteral("kutsuttu koolle")},
         {MeetingState::InProgress, QStringLiteral("käynnissä")},
         {MeetingState::Closed, QStringLiteral("päättynyt")},
         {MeetingState::MinutesChecked, QStringLiteral("pöytäkirja tarkastettu")},
         {MeetingState::Cancelled, QStringLiteral("peruttu")}}};
    static const Labels swedish{
        QStringLiteral("Föredragningslista"), QStringLiteral("Tid"), QStringLiteral("Plats"),
        QStringLiteral("Mötesform"), QStringLiteral("Status"), QStringLiteral("Dnr"),
        QStringLiteral("Beredare"), QStringLiteral("Föredragande"), QStringLiteral("Sekretessbelagd"),
        QStringLiteral("Delvis sekretessbelagd"), QStringLiteral("Beslutsförslag"), QStringLiteral("Behandling"),
        QStringLiteral("Beslut"),
        QStringLiteral("Bilagor"), QStringLiteral("Föredragningslistan har inga ärenden."),
        QStringLiteral("[personuppgift borttagen]"),
        QStringLiteral("Ärendets innehåll är sekretessbelagt."), QStringLiteral("kl."),
        {{MeetingMode::InPerson, QStringLiteral("fysiskt sammanträde")},
         {MeetingMode::Remote, QStringLiteral("elektroniskt sammanträde")},
         {MeetingMode::Hybrid, QStringLiteral("hybridsammanträde")},
         {MeetingMode::ElectronicProcedure, QStringLiteral("elektroniskt beslutsförfarande")}},
        {{MeetingState::Planned, QStringLiteral("planerat")},
         {MeetingState::Convened, QStringLiteral("sammankallat")},
         {MeetingState::InProgress, QStringLiteral("pågår")},
         {MeetingState::Closed, QStringLiteral("avslutat")},
         {MeetingState::MinutesChecked, QStringLiteral("protokollet justerat")},
         {MeetingState::Cancelled, QStringLiteral("inställt")}}};
    return language == Language::Swedish ? swedish : finnish;
}

// Indents text and wraps its lines at a width a terminal or a plain-text
// e-mail shows whole.
QString indented(const QString &text, int spaces)
{
    constexpr int width = 100;
    const QString pad(spaces, u' ');
    QStringList out;
    const QStringList lines = text.split(u'\n');
    for (const QString &line : lines) {
        if (line.isEmpty()) {
            out.append(QString());
            continue;
        }
        // Continuation lines of a list item align with its text.
        const QString hanging = line.startsWith(QStringLiteral("• ")) ? QStringLiteral("  ") : QString();
        QString current = pad;
        bool empty = true;
        const QStringList words = line.split(u' ', Qt::SkipEmptyParts);
        for (const QString &word : words) {
            if (!empty && current.size() + 1 + word.size() > width) {
                out.append(current);
                current = pad + hanging;
                empty = true;
            }
            if (!empty)
                current += u' ';
            current += word;
            empty = false;
        }
        out.append(current);
    }
    return out.join(u'\n');
}

QString fileSize(qint64 bytes, const QLocale &locale)
{
    return locale.formattedDataSize(bytes, 1, QLocale::DataSizeSIFormat);
}

} // namespace

namespace AgendaText {

Result<QString> render(const Store &store, const Meeting &meeting, Audience audience)
{
    const auto organisation = store.organisation();
    if (!organisation)
        return Failure{organisation.error()};
    const Language language = organisation->has_value() ? organisation->value().defaultLanguage : Language::Finnish;
    const Labels &labels = labelsFor(language);
    const QLocale locale(language == Language::Swedish ? QLocale::Swedish : QLocale::Finnish,
                         language == Language::Swedish ? QLocale::Sweden : QLocale::Finland);
    const auto body = store.body(meeting.bodyId);
    if (!body)
        return Failure{body.error()};
    const auto reference = store.meetingReference(meeting);
    if (!reference)
        return Failure{reference.error()};
    const auto items = store.agendaItems(meeting.id);
    if (!items)
        return Failure{items.error()};

    QStringList out;
    if (organisation->has_value())
        out << organisation->value().name;
    const QString bodyName = body->has_value() ? body->value().name : QString();
    out << QStringLiteral("%1 – %2 %3").arg(bodyName, labels.agenda, *reference);
    out << QString();
    const QDateTime start = meeting.actualStart.isValid() ? meeting.actualStart : meeting.plannedStart;
    const QDateTime end = meeting.actualEnd.isValid() ? meeting.actualEnd : meeting.plannedEnd;
    QString when = locale.toString(start.date(), QStringLiteral("ddd d.M.yyyy")) + QLatin1Char(' ') + labels.clock
        + QLatin1Char(' ') + start.time().toString(QStringLiteral("H.mm"));
    if (end.isValid())
        when += QStringLiteral("–") + end.time().toString(QStringLiteral("H.mm"));
    out << QStringLiteral("%1: %2").arg(labels.time, when);
    out << QStringLiteral("%1: %2").arg(labels.place, meeting.place);
    out << QStringLiteral("%1: %2").arg(labels.mode, labels.modes.value(meeting.mode));
    out << QStringLiteral("%1: %2").arg(labels.state, labels.states.value(meeting.state));
    if (items->isEmpty())
        out << QString() << labels.noItems;

    QHash<qint64, QString> presenters;
    for (const AgendaItem &item : *items) {
        out << QString();
        const QString number = item.sectionNumber ? QStringLiteral("§ %1").arg(*item.sectionNumber)
                                                  : QStringLiteral("%1.").arg(item.position);
        out << QStringLiteral("%1  %2").arg(number, -6).arg(item.title);
        if (!item.caseReference.isEmpty())
            out << QStringLiteral("      %1 %2").arg(labels.caseReference, item.caseReference);
        for (const Preparer &preparer : item.preparers) {
            QString line = QStringLiteral("      %1: %2, %3").arg(labels.preparer, preparer.name, preparer.title);
            if (!preparer.contact.isEmpty())
                line += QStringLiteral(", ") + preparer.contact;
            out << line;
        }
        if (item.presenterPersonId) {
            if (!presenters.contains(item.presenterPersonId)) {
                const auto person = store.person(item.presenterPersonId);
                if (!person)
                    return Failure{person.error()};
                presenters.insert(item.presenterPersonId,
                                  person->has_value() ? person->value().title + QLatin1Char(' ')
                                          + person->value().displayName()
                                                      : QString());
            }
            out << QStringLiteral("      %1: %2").arg(labels.presenter, presenters.value(item.presenterPersonId));
        }
        if (item.publicity != Publicity::Public) {
            out << QStringLiteral("      %1 (%2)")
                       .arg(item.publicity == Publicity::Confidential ? labels.confidential : labels.partlyConfidential,
                            item.confidentialityBasis.toString(language));
        }
        if (audience == Audience::Public && item.publicity == Publicity::Confidential) {
            out << QString() << indented(labels.confidentialContent, 6);
            continue;
        }
        auto text = [&](const QString &html) {
            const QString shown =
                audience == Audience::Public ? RichText::withoutPersonalData(html, labels.personalDataRemoved) : html;
            return RichText::toPlainText(shown);
        };
        if (const QString background = text(item.background); !background.isEmpty())
            out << QString() << indented(background, 6);
        if (const QString proposal = text(item.proposal); !proposal.isEmpty())
            out << QString() << QStringLiteral("      %1:").arg(labels.proposal) << indented(proposal, 6);
        if (const QString proceedings = text(item.proceedings); !proceedings.isEmpty())
            out << QString() << QStringLiteral("      %1:").arg(labels.proceedings) << indented(proceedings, 6);
        if (const QString decision = text(item.decision); !decision.isEmpty())
            out << QString() << QStringLiteral("      %1:").arg(labels.decision) << indented(decision, 6);
        const auto files = store.attachments(item.id);
        if (!files)
            return Failure{files.error()};
        QStringList listed;
        for (const Attachment &attachment : *files) {
            if (audience == Audience::Public && attachment.publicity != Publicity::Public)
                continue;
            listed << QStringLiteral("        %1. %2 (%3)")
                          .arg(attachment.position)
                          .arg(attachment.name, fileSize(attachment.size, locale));
        }
        if (!listed.isEmpty())
            out << QString() << QStringLiteral("      %1:").arg(labels.attachments) << listed;
    }
    return out.join(u'\n') + QLatin1Char('\n');
}

} // namespace AgendaText
