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

// The tables whose texts people write, and the columns that hold more than
// a line. Every other text of these tables is one line (multiLine()).
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
        {QStringLiteral("task_class"), {}},
        {QStringLiteral("case_file"), {{QStringLiteral("parties"), listLength}}},
        {QStringLiteral("case_party"), {}},
        {QStringLiteral("extract_sent"), {}},
        {QStringLiteral("item_template"),
         {{QStringLiteral("background"), richTextLength}, {QStringLiteral("proposal"), richTextLength},
          {QStringLiteral("preparers"), listLength}, {QStringLiteral("recipients"), listLength}}},
    };
    return table;
}

// The texts of more than one line: rich text, postal addresses (the appeal
// instructions print the registry's address line by line), a correction,
// and the reason a meeting was cancelled, which the desktop asks for as a
// paragraph. Every other text people write is one line — a name, a title, a
// place, an e-mail address — and holds no line break or tab: a list, a
// document's header or a terminal would be broken by one.
bool multiLine(const QString &table, const QString &column)
{
    static const QHash<QString, QStringList> columns{
        {QStringLiteral("organisation"), {QStringLiteral("registry_address")}},
        {QStringLiteral("meeting"), {QStringLiteral("cancellation_reason")}},
        {QStringLiteral("agenda_item"),
         {QStringLiteral("background"), QStringLiteral("proposal"), QStringLiteral("proceedings"),
          QStringLiteral("decision")}},
        {QStringLiteral("extract_recipient"), {QStringLiteral("address")}},
        {QStringLiteral("extract_sent"), {QStringLiteral("address")}},
        {QStringLiteral("case_party"), {QStringLiteral("contact")}},
        {QStringLiteral("correction"), {QStringLiteral("text")}},
    };
    return columns.value(table).contains(column);
}

// "the title of an agenda item": the field as people know it; a column not
// named here by its name in the store and the table in words.
QString fieldName(const QString &table, const QString &column)
{
    static const QHash<QString, const char *> fields{
        {QStringLiteral("organisation.name"), QT_TRANSLATE_NOOP("TextRules", "the name of the organisation")},
        {QStringLiteral("organisation.swedish_name"), QT_TRANSLATE_NOOP("TextRules", "the Swedish name of the organisation")},
        {QStringLiteral("organisation.business_id"), QT_TRANSLATE_NOOP("TextRules", "the business id of the organisation")},
        {QStringLiteral("organisation.registry_address"), QT_TRANSLATE_NOOP("TextRules", "the registry address of the organisation")},
        {QStringLiteral("organisation.registry_email"), QT_TRANSLATE_NOOP("TextRules", "the registry e-mail address of the organisation")},
        {QStringLiteral("body.name"), QT_TRANSLATE_NOOP("TextRules", "the name of a body")},
        {QStringLiteral("body.short_name"), QT_TRANSLATE_NOOP("TextRules", "the short name of a body")},
        {QStringLiteral("body.swedish_name"), QT_TRANSLATE_NOOP("TextRules", "the Swedish name of a body")},
        {QStringLiteral("body.default_place"), QT_TRANSLATE_NOOP("TextRules", "the usual meeting place of a body")},
        {QStringLiteral("person.given_name"), QT_TRANSLATE_NOOP("TextRules", "the given name of a person")},
        {QStringLiteral("person.family_name"), QT_TRANSLATE_NOOP("TextRules", "the family name of a person")},
        {QStringLiteral("person.title"), QT_TRANSLATE_NOOP("TextRules", "the title of a person")},
        {QStringLiteral("person.email"), QT_TRANSLATE_NOOP("TextRules", "the e-mail address of a person")},
        {QStringLiteral("person.phone"), QT_TRANSLATE_NOOP("TextRules", "the phone number of a person")},
        {QStringLiteral("meeting.place"), QT_TRANSLATE_NOOP("TextRules", "the place of a meeting")},
        {QStringLiteral("meeting.cancellation_reason"), QT_TRANSLATE_NOOP("TextRules", "the cancellation reason of a meeting")},
        {QStringLiteral("invitee.name"), QT_TRANSLATE_NOOP("TextRules", "the name of an invitee")},
        {QStringLiteral("invitee.role"), QT_TRANSLATE_NOOP("TextRules", "the role of an invitee")},
        {QStringLiteral("invitee.email"), QT_TRANSLATE_NOOP("TextRules", "the e-mail address of an invitee")},
        {QStringLiteral("agenda_item.title"), QT_TRANSLATE_NOOP("TextRules", "the title of an agenda item")},
        {QStringLiteral("agenda_item.case_reference"), QT_TRANSLATE_NOOP("TextRules", "the case reference of an agenda item")},
        {QStringLiteral("agenda_item.task_class"), QT_TRANSLATE_NOOP("TextRules", "the task class of an agenda item")},
        {QStringLiteral("agenda_item.confidentiality_basis"), QT_TRANSLATE_NOOP("TextRules", "the confidentiality basis of an agenda item")},
        {QStringLiteral("agenda_item.background"), QT_TRANSLATE_NOOP("TextRules", "the background of an agenda item")},
        {QStringLiteral("agenda_item.proposal"), QT_TRANSLATE_NOOP("TextRules", "the proposal of an agenda item")},
        {QStringLiteral("agenda_item.proceedings"), QT_TRANSLATE_NOOP("TextRules", "the proceedings of an agenda item")},
        {QStringLiteral("agenda_item.decision"), QT_TRANSLATE_NOOP("TextRules", "the decision of an agenda item")},
        {QStringLiteral("preparer.name"), QT_TRANSLATE_NOOP("TextRules", "the name of a preparer")},
        {QStringLiteral("preparer.title"), QT_TRANSLATE_NOOP("TextRules", "the title of a preparer")},
        {QStringLiteral("preparer.contact"), QT_TRANSLATE_NOOP("TextRules", "the contact details of a preparer")},
        {QStringLiteral("extract_recipient.name"), QT_TRANSLATE_NOOP("TextRules", "the name of a recipient of an extract")},
        {QStringLiteral("extract_recipient.address"), QT_TRANSLATE_NOOP("TextRules", "the address of a recipient of an extract")},
        {QStringLiteral("attachment.name"), QT_TRANSLATE_NOOP("TextRules", "the name of an attachment")},
        {QStringLiteral("attachment.confidentiality_basis"), QT_TRANSLATE_NOOP("TextRules", "the confidentiality basis of an attachment")},
        {QStringLiteral("correction.text"), QT_TRANSLATE_NOOP("TextRules", "the text of a correction")},
        {QStringLiteral("disclosure.recipient"), QT_TRANSLATE_NOOP("TextRules", "the recipient of a disclosure")},
        {QStringLiteral("task_class.code"), QT_TRANSLATE_NOOP("TextRules", "the code of a task class")},
        {QStringLiteral("task_class.name"), QT_TRANSLATE_NOOP("TextRules", "the name of a task class")},
        {QStringLiteral("task_class.confidentiality_basis"), QT_TRANSLATE_NOOP("TextRules", "the confidentiality basis of a task class")},
        {QStringLiteral("case_file.title"), QT_TRANSLATE_NOOP("TextRules", "the title of a case")},
        {QStringLiteral("case_file.prefix"), QT_TRANSLATE_NOOP("TextRules", "the registry prefix of a diary number")},
        {QStringLiteral("case_file.confidentiality_basis"), QT_TRANSLATE_NOOP("TextRules", "the confidentiality basis of a case")},
        {QStringLiteral("case_file.parties"), QT_TRANSLATE_NOOP("TextRules", "the parties of a case")},
        {QStringLiteral("case_party.name"), QT_TRANSLATE_NOOP("TextRules", "the name of a party of a case")},
        {QStringLiteral("case_party.role"), QT_TRANSLATE_NOOP("TextRules", "the role of a party of a case")},
        {QStringLiteral("case_party.contact"), QT_TRANSLATE_NOOP("TextRules", "the contact details of a party of a case")},
        {QStringLiteral("extract_sent.recipient"), QT_TRANSLATE_NOOP("TextRules", "the recipient of an extract")},
        {QStringLiteral("extract_sent.address"), QT_TRANSLATE_NOOP("TextRules", "the address an extract was sent to")},
    };
    if (const char *named = fields.value(table + QLatin1Char('.') + column))
        return tr(named);
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
        {QStringLiteral("task_class"), QT_TRANSLATE_NOOP("TextRules", "a task class")},
        {QStringLiteral("case_file"), QT_TRANSLATE_NOOP("TextRules", "a case")},
        {QStringLiteral("extract_sent"), QT_TRANSLATE_NOOP("TextRules", "an extract sent")},
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

// A line break or tab in a text of one line: where, and what to do.
QString lineProblem(const QString &field, const QString &text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text.at(i).unicode();
        if (c == u'\n' || c == u'\t' || c == 0x2028 || c == 0x2029)
            return tr("%1 must be on one line: a line break or a tab (U+%2 at character %3) cannot be kept in it. "
                      "Write it on one line and try again.")
                .arg(field)
                .arg(c, 4, 16, QLatin1Char('0'))
                .arg(i + 1);
    }
    return {};
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
    if (found.isEmpty() && !multiLine(table, column))
        found = lineProblem(field, text);
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
