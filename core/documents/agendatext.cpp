#include "agendatext.h"

#include "documenttexts.h"

#include "disclosure/publicview.h"
#include "model/documentlanguage.h"
#include "procedure/meetingsession.h"
#include "store/store.h"
#include "text/richtext.h"

#include <QHash>
#include <QLocale>

namespace {

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

Result<QString> render(const Store &store, const Meeting &meeting, Audience audience, std::optional<Language> requested)
{
    const auto owners = MeetingSession::owners(store, meeting);
    if (!owners)
        return Failure{owners.error()};
    const Organisation &org = owners->organisation;
    const Body &owner = owners->body;
    const Language language = DocumentLanguage::of(org, owner, requested);
    const DocumentTexts &labels = DocumentTexts::of(language);
    const PublicView view(audience, language);
    const QLocale locale = DocumentLanguage::locale(language);
    const auto reference = store.meetingReference(meeting);
    if (!reference)
        return Failure{reference.error()};
    const auto items = store.agendaItems(meeting.id);
    if (!items)
        return Failure{items.error()};

    QStringList out;
    if (!org.name.isEmpty())
        out << DocumentLanguage::organisationName(org, language);
    out << QStringLiteral("%1 – %2 %3").arg(DocumentLanguage::bodyName(owner, language), labels.agendaTitle, *reference);
    out << QString();
    out << QStringLiteral("%1: %2").arg(labels.time, labels.meetingTime(meeting, locale, QStringLiteral("ddd")));
    out << QStringLiteral("%1: %2").arg(labels.place, meeting.place);
    out << QStringLiteral("%1: %2").arg(labels.mode, labels.modes.value(meeting.mode));
    QString state = labels.states.value(meeting.state);
    if (meeting.state == MeetingState::Cancelled && !meeting.cancellationReason.isEmpty())
        state += QStringLiteral(" (%1)").arg(meeting.cancellationReason);
    out << QStringLiteral("%1: %2").arg(labels.state, state);
    if (items->isEmpty())
        out << QString() << labels.noItems;

    QHash<qint64, QString> presenters;
    for (const AgendaItem &stored : *items) {
        const AgendaItem item = view.item(stored);
        out << QString();
        const QString number = item.sectionNumber ? QStringLiteral("§ %1").arg(*item.sectionNumber)
                                                  : QStringLiteral("%1.").arg(item.position);
        out << QStringLiteral("%1  %2").arg(number, -6).arg(item.title);
        if (!item.caseReference.isEmpty())
            out << QStringLiteral("      %1 %2").arg(labels.caseReference, item.caseReference);
        if (const QString note = view.publicityNote(item.publicity, item.confidentialityBasis); !note.isEmpty())
            out << QStringLiteral("      ") + note;
        if (!view.showsContent(item.publicity)) {
            out << QString() << indented(view.withheldContent(), 6);
            continue;
        }
        for (const Preparer &preparer : item.preparers) {
            QStringList parts{preparer.name, preparer.title, preparer.contact};
            parts.removeAll(QString());
            out << QStringLiteral("      %1: %2").arg(labels.preparer, parts.join(QStringLiteral(", ")));
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
            out << QStringLiteral("      %1: %2").arg(labels.presenterLabel, presenters.value(item.presenterPersonId));
        }
        if (const QString background = RichText::toPlainText(item.background); !background.isEmpty())
            out << QString() << indented(background, 6);
        for (const auto &[label, html] : {std::pair{labels.proposal, item.proposal},
                                          std::pair{labels.proceedings, item.proceedings},
                                          std::pair{labels.decision, item.decision}}) {
            if (const QString text = RichText::toPlainText(html); !text.isEmpty())
                out << QString() << QStringLiteral("      %1:").arg(label) << indented(text, 6);
        }
        const auto files = store.attachments(item.id);
        if (!files)
            return Failure{files.error()};
        QStringList listed;
        for (const Attachment &attachment : view.attachments(item, *files)) {
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
