#include "textrules.h"

#include "text/characters.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

namespace TextRules {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("TextRules", text);
}

constexpr qsizetype lineLength = 1000;        // a title, a name, a place, an address
constexpr qsizetype richTextLength = 1000000;  // an item's section: some 300 pages
constexpr qsizetype fileNameLength = 255;      // as file systems allow
constexpr qsizetype listLength = 1000000;      // a template's preparers or recipients, as JSON
constexpr qsizetype eventTextLength = 100000;  // a proposal's text, a dissent's reasons
constexpr qsizetype eventLength = 1000000;
constexpr int eventDepth = 8;

// The tables whose texts people write, and the columns that hold more than a line.
const QHash<QString, QHash<QString, qsizetype>> &limits()
{
    static const QHash<QString, QHash<QString, qsizetype>> table{
        {QStringLiteral("organisation"), {}},
        {QStringLiteral("body"), {}},
        {QStringLiteral("person"), {}},
        {QStringLiteral("meeting"), {}},
        {QStringLiteral("invitee"), {}},
        {QStringLiteral("agenda_item"),
         {{QStringLiteral("background"), richTextLength}, {QStringLiteral("proposal"), richTextLength},
          {QStringLiteral("proceedings"), richTextLength}, {QStringLiteral("decision"), richTextLength}}},
        {QStringLiteral("preparer"), {}},
        {QStringLiteral("extract_recipient"), {}},
        {QStringLiteral("attachment"), {{QStringLiteral("name"), fileNameLength}}},
        {QStringLiteral("correction"), {{QStringLiteral("text"), eventTextLength}}},
        {QStringLiteral("disclosure"), {}},
        {QStringLiteral("item_template"),
         {{QStringLiteral("background"), richTextLength}, {QStringLiteral("proposal"), richTextLength},
          {QStringLiteral("preparers"), listLength}, {QStringLiteral("recipients"), listLength}}},
    };
    return table;
}

// "the title of an agenda item": the column as the store names it, the
// table in words.
QString fieldName(const QString &table, const QString &column)
{
    static const QHash<QString, const char *> tables{
        {QStringLiteral("organisation"), QT_TRANSLATE_NOOP("TextRules", "the organisation")},
        {QStringLiteral("body"), QT_TRANSLATE_NOOP("TextRules", "a body")},
        {QStringLiteral("person"), QT_TRANSLATE_NOOP("TextRules", "a person")},
        {QStringLiteral("meeting"), QT_TRANSLATE_NOOP("TextRules", "a meeting")},
        {QStringLiteral("invitee"), QT_TRANSLATE_NOOP("TextRules", "an invitee")},
        {QStringLiteral("agenda_item"), QT_TRANSLATE_NOOP("TextRules", "an agenda item")},
        {QStringLiteral("preparer"), QT_TRANSLATE_NOOP("TextRules", "a preparer")},
        {QStringLiteral("extract_recipient"), QT_TRANSLATE_NOOP("TextRules", "a recipient of an extract")},
        {QStringLiteral("attachment"), QT_TRANSLATE_NOOP("TextRules", "an attachment")},
        {QStringLiteral("correction"), QT_TRANSLATE_NOOP("TextRules", "a correction")},
        {QStringLiteral("disclosure"), QT_TRANSLATE_NOOP("TextRules", "a disclosure")},
        {QStringLiteral("item_template"), QT_TRANSLATE_NOOP("TextRules", "an item template")},
    };
    return tr("the %1 of %2").arg(QString(column).replace(u'_', u' '), tr(tables.value(table, "")));
}

QString characterProblem(const QString &field, const QString &text)
{
    const qsizetype at = Characters::firstNotKept(text);
    if (at < 0)
        return {};
    return tr("%1 holds a character that cannot be kept (U+%2 at character %3): control characters other than newline "
              "and tab, and characters lost on the way in, are refused. Remove it and try again.")
        .arg(field)
        .arg(text.at(at).unicode(), 4, 16, QLatin1Char('0'))
        .arg(at + 1);
}

QString lengthProblem(const QString &field, const QString &text, qsizetype limit)
{
    if (text.size() <= limit)
        return {};
    const QLocale locale;
    return tr("%1 is %2 characters long; at most %3 are kept. Shorten it and try again.")
        .arg(field, locale.toString(text.size()), locale.toString(limit));
}

QString valueProblem(const QJsonValue &value, const QString &path, int depth)
{
    if (depth > eventDepth)
        return tr("The event's %1 is nested deeper than %2 levels.").arg(path).arg(eventDepth);
    if (value.isString()) {
        const QString field = tr("the event's %1").arg(path);
        if (QString problem = lengthProblem(field, value.toString(), eventTextLength); !problem.isEmpty())
            return problem;
        return characterProblem(field, value.toString());
    }
    if (value.isArray()) {
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            if (QString problem = valueProblem(array.at(i), QStringLiteral("%1[%2]").arg(path).arg(i), depth + 1);
                !problem.isEmpty())
                return problem;
        }
    } else if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            const QString key = path.isEmpty() ? it.key() : path + QLatin1Char('.') + it.key();
            if (QString problem = characterProblem(tr("a field name of the event"), it.key()); !problem.isEmpty())
                return problem;
            if (QString problem = valueProblem(it.value(), key, depth + 1); !problem.isEmpty())
                return problem;
        }
    }
    return {};
}

// The most characters a column holds; 0 for the store's own columns, which
// no one types (digests, roles, dates).
qsizetype maxLength(const QString &table, const QString &column)
{
    const auto found = limits().constFind(table);
    if (found == limits().cend())
        return 0;
    return found->value(column, lineLength);
}

} // namespace


QString problem(const QString &table, const QString &column, const QString &text)
{
    const qsizetype limit = maxLength(table, column);
    if (limit == 0)
        return {};
    const QString field = fieldName(table, column);
    QString found = lengthProblem(field, text, limit);
    if (found.isEmpty())
        found = characterProblem(field, text);
    if (!found.isEmpty())
        found[0] = found.at(0).toUpper();
    return found;
}

QString eventProblem(const QJsonObject &event)
{
    const qsizetype size = QJsonDocument(event).toJson(QJsonDocument::Compact).size();
    if (size > eventLength)
        return tr("The event is %1 bytes long; at most %2 are kept.")
            .arg(QLocale().toString(size), QLocale().toString(eventLength));
    if (QString problem = valueProblem(event, QString(), 1); !problem.isEmpty()) {
        problem[0] = problem.at(0).toUpper();
        return problem;
    }
    return {};
}

} // namespace TextRules
