#include "appealinstructions.h"

#include "documenttexts.h"

#include "model/documentlanguage.h"
#include "model/organisation.h"
#include "procedure/appeal.h"
#include "text/wording.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace AppealInstructions {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("AppealInstructions", text);
}

const QJsonObject &templates()
{
    static const QJsonObject root = [] {
        QFile file(QStringLiteral(":/pykala/templates/appeal-instructions.json"));
        if (!file.open(QIODevice::ReadOnly))
            return QJsonObject();
        return QJsonDocument::fromJson(file.readAll()).object();
    }();
    return root;
}

// A text in the document's language: a string, or its forms for one and
// for several § numbers ({"one": …, "other": …}) chosen by `count`.
QString text(const QJsonValue &value, Language language, qsizetype count = 1)
{
    const QJsonValue localised = value.toObject().value(DocumentLanguage::tag(language));
    if (localised.isObject())
        return localised.toObject().value(count == 1 ? u"one" : u"other").toString();
    return localised.toString();
}


} // namespace

QString sectionList(const QList<int> &sections)
{
    QStringList runs;
    for (qsizetype i = 0; i < sections.size();) {
        qsizetype j = i;
        while (j + 1 < sections.size() && sections.at(j + 1) == sections.at(j) + 1)
            ++j;
        runs << (j > i ? QStringLiteral("%1–%2").arg(sections.at(i)).arg(sections.at(j))
                       : QString::number(sections.at(i)));
        i = j + 1;
    }
    return runs.isEmpty() ? QString() : QStringLiteral("§ ") + runs.join(QStringLiteral(", "));
}

QString paragraphsHtml(const QString &text)
{
    QString out;
    const QStringList blocks = text.split(QStringLiteral("\n\n"), Qt::SkipEmptyParts);
    for (const QString &block : blocks) {
        QStringList lines;
        QStringList items;
        auto flushLines = [&] {
            if (!lines.isEmpty())
                out += QStringLiteral("<p>") + lines.join(QStringLiteral("<br>")) + QStringLiteral("</p>\n");
            lines.clear();
        };
        auto flushItems = [&] {
            if (!items.isEmpty())
                out += QStringLiteral("<ul>") + items.join(QString()) + QStringLiteral("</ul>\n");
            items.clear();
        };
        const QStringList blockLines = block.split(u'\n');
        for (const QString &line : blockLines) {
            if (line.startsWith(QStringLiteral("- "))) {
                flushLines();
                items << QStringLiteral("<li>") + line.mid(2).trimmed().toHtmlEscaped() + QStringLiteral("</li>");
            } else {
                flushItems();
                lines << line.trimmed().toHtmlEscaped();
            }
        }
        flushLines();
        flushItems();
    }
    return out;
}

Result<QString> html(const QList<Group> &groups, const Organisation &organisation, const Place &place,
                     Language language)
{
    const QJsonObject &root = templates();
    if (root.isEmpty())
        return Failure{tr("The appeal instruction texts are missing from the program.")};
    const QJsonObject courts = root.value(u"courts").toObject();
    const QJsonObject kinds = root.value(u"kinds").toObject();
    QString out;
    for (const Group &group : groups) {
        const QJsonObject kind = kinds.value(Codes::code(group.kind)).toObject();
        if (kind.isEmpty())
            return Failure{tr("There is no appeal instruction for %1.").arg(Codes::code(group.kind))};
        const qsizetype count = group.sections.size();
        QString all;
        const QJsonArray sections = kind.value(u"sections").toArray();
        for (const QJsonValue &section : sections)
            all += text(section[u"text"], language, count);
        const bool needsCourt = all.contains(QStringLiteral("{court}"));
        const bool needsRegistry = all.contains(QStringLiteral("{address}"));
        const QJsonObject court = courts.value(organisation.administrativeCourt).toObject();
        if (needsCourt && court.isEmpty())
            return Failure{tr("The appeal instructions name the administrative court, and the organisation has none "
                              "set. Set it with 'pykala-cli organisation --court CODE' (one of %1).")
                               .arg(administrativeCourts().join(QStringLiteral(", ")))};
        if (needsRegistry && (organisation.registryAddress.trimmed().isEmpty() || organisation.registryEmail.trimmed().isEmpty()))
            return Failure{tr("The appeal instructions give the address where requests are sent, and the organisation "
                              "has none set. Set it with 'pykala-cli organisation --address TEXT --email ADDRESS'.")};

        // Only the kinds whose period runs from the publication of the
        // minutes print a last day (not procurement: Appeal::deadline).
        QString deadline;
        if (all.contains(QStringLiteral("{deadline}"))) {
            deadline = text(root.value(u"deadlineUnknown"), language);
            if (place.published.isValid()) {
                if (const auto computed = Appeal::deadline(group.kind, place.published))
                    deadline = text(root.value(u"deadline"), language)
                                   .replace(QStringLiteral("{published}"), DocumentTexts::day(computed->published))
                                   .replace(QStringLiteral("{notified}"), DocumentTexts::day(computed->notified))
                                   .replace(QStringLiteral("{lastDay}"), DocumentTexts::day(computed->lastDay));
            }
        }
        const QJsonObject market = courts.value(u"market").toObject();
        // "osoitetaan kunnanhallitukselle": Finnish addresses a request to a
        // body in the allative; Swedish ("till kommunstyrelsen") has no case.
        const QString authorityAllative = language == Language::Finnish ? Wording::finnishAllative(place.authority)
                                                                         : place.authority;
        auto fill = [&](QString value) {
            return value.replace(QStringLiteral("{notification}"), text(root.value(u"notification"), language))
                .replace(QStringLiteral("{deadline}"), deadline)
                .replace(QStringLiteral("{authority}"), place.authority)
                .replace(QStringLiteral("{authorityAllative}"), authorityAllative)
                .replace(QStringLiteral("{organisation}"), DocumentLanguage::organisationName(organisation, language))
                .replace(QStringLiteral("{address}"), organisation.registryAddress.trimmed())
                .replace(QStringLiteral("{email}"), organisation.registryEmail.trimmed())
                .replace(QStringLiteral("{courtAddress}"), text(court.value(u"address"), language))
                .replace(QStringLiteral("{courtEmail}"), court.value(u"email").toString())
                .replace(QStringLiteral("{court}"), text(court, language))
                .replace(QStringLiteral("{marketCourtAddress}"), text(market.value(u"address"), language))
                .replace(QStringLiteral("{marketCourtEmail}"), market.value(u"email").toString())
                .replace(QStringLiteral("{marketCourt}"), text(market, language));
        };

        out += QStringLiteral("<section class=\"appeal\">\n<h2 class=\"appeal-title\">%1</h2>\n")
                   .arg(text(kind.value(u"title"), language).toHtmlEscaped());
        out += QStringLiteral("<p class=\"applies\"><b>%1:</b> %2</p>\n")
                   .arg(text(root.value(u"appliesTo"), language, count).toHtmlEscaped(),
                        sectionList(group.sections).toHtmlEscaped());
        for (const QJsonValue &section : sections) {
            out += QStringLiteral("<h3>%1</h3>\n").arg(text(section[u"heading"], language).toHtmlEscaped());
            out += paragraphsHtml(fill(text(section[u"text"], language, count)));
        }
        out += QStringLiteral("</section>\n");
    }
    return out;
}

} // namespace AppealInstructions
