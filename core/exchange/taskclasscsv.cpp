#include "taskclasscsv.h"

#include "store/store.h"
#include "store/textrules.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>
#include <QRegularExpression>

namespace TaskClassCsv {

namespace {

using CsvTable::clean;
using CsvTable::folded;
using CsvTable::Problem;
using CsvTable::quoted;

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("TaskClassCsv", text, disambiguation, n);
}

QStringList names(std::initializer_list<const char16_t *> words)
{
    QStringList list;
    for (const char16_t *word : words)
        list.append(QString::fromUtf16(word));
    return list;
}

// (Layout unqualified, so that lupdate files the texts below under this
// file's context, as tr() here translates them.)
using Layout = CsvTable::Layout;

// Made at each import, in the language of the moment.
Layout layout()
{
    Layout layout;
    layout.columns = {
        {true, tr("the task class code"),
         names({u"tehtäväluokka", u"koodi", u"luokka", u"luokitustunnus", u"uppgiftsklass", u"kod", u"code",
                u"task class"})},
        {true, tr("the name of the class"),
         names({u"nimi", u"luokitusnimeke", u"nimeke", u"namn", u"name"})},
        {true, tr("the retention period"),
         names({u"säilytysaika", u"förvaringstid", u"retention", u"retention period"})},
        {false, tr("the default publicity"),
         names({u"julkisuus", u"julkisuusluokka", u"offentlighet", u"publicity"})},
        {false, tr("the legal basis of confidentiality"),
         names({u"salassapitoperuste", u"sekretessgrund", u"basis", u"legal basis"})},
        {false, tr("whether its cases hold personal data"),
         names({u"henkilötietoja", u"henkilötiedot", u"personuppgifter", u"personal data"})},
    };
    layout.maxFileBytes = maxFileBytes;
    layout.maxRows = maxRows;
    layout.texts.tooLarge = sizeProblem(maxFileBytes + 1);
    layout.texts.empty = tr("The file is empty: it has no header row and no task classes.");
    layout.texts.noRows = tr("The file has a header row but no task classes below it.");
    layout.texts.tooManyRows = tr("The file has more than %1 rows of task classes; at most %1 are read at once.");
    layout.texts.headerTooWide = tr("the header row has more than %1 columns; a task classification has at most "
                                    "%1. Is this the right file?");
    layout.texts.rowTooWide = tr("the row has more than %1 cells; a task classification has at most %1 columns. "
                                 "Is this the right file?");
    layout.texts.notHeader = tr("the first row is not a header row: none of its cells names a column of a task "
                                "classification (%1, or the same in Swedish or English). Add a header row above "
                                "the classes.");
    return layout;
}

// "pysyvä", "permanent", "-1"; "10", "10 v", "10 vuotta", "10 år", "10 years".
// Sets *permanent or returns the years; -1 when the text is neither.
int yearsOf(const QString &text, bool *permanent)
{
    static const QStringList kept = names({u"pysyvä", u"pysyvästi", u"p", u"varaktig", u"varaktigt",
                                           u"permanent", u"permanently", u"-1"});
    const QString key = folded(text);
    *permanent = kept.contains(key);
    if (*permanent)
        return 0;
    static const QRegularExpression years(
        QStringLiteral("^(\\d{1,4})\\s*(v|v\\.|vuotta|vuosi|år|years?|y)?$"));
    const auto match = years.match(key);
    return match.hasMatch() ? match.captured(1).toInt() : -1;
}

std::optional<Publicity> publicityOf(const QString &text)
{
    static const QHash<QString, Publicity> words = [] {
        QHash<QString, Publicity> table;
        const auto add = [&](Publicity publicity, std::initializer_list<const char16_t *> list) {
            for (const QString &word : names(list))
                table.insert(word, publicity);
            table.insert(Codes::code(publicity), publicity);
        };
        add(Publicity::Public, {u"julkinen", u"j", u"offentlig", u"public"});
        add(Publicity::Confidential, {u"salassa pidettävä", u"salassapidettävä", u"salainen", u"s",
                                      u"sekretessbelagd", u"sekretessbelagt", u"confidential"});
        add(Publicity::PartlyConfidential,
            {u"osittain salassa pidettävä", u"osittain salassapidettävä", u"osittain julkinen", u"os",
             u"delvis sekretessbelagd", u"delvis sekretessbelagt", u"partly confidential"});
        return table;
    }();
    const auto found = words.constFind(folded(text));
    if (found == words.cend())
        return std::nullopt;
    return *found;
}

std::optional<bool> yesOf(const QString &text)
{
    static const QStringList yes = names({u"kyllä", u"k", u"x", u"ja", u"yes", u"y", u"true", u"1"});
    static const QStringList no = names({u"ei", u"e", u"nej", u"no", u"n", u"false", u"0", u"-"});
    const QString key = folded(text);
    if (key.isEmpty() || no.contains(key))
        return false;
    if (yes.contains(key))
        return true;
    return std::nullopt;
}

bool sameClass(const TaskClass &a, const TaskClass &b)
{
    return a.code == b.code && a.name == b.name && a.retentionYears == b.retentionYears
           && a.publicity == b.publicity && a.confidentialityBasis == b.confidentialityBasis
           && a.personalData == b.personalData;
}

} // namespace

QString sizeProblem(qint64 bytes)
{
    if (bytes <= maxFileBytes)
        return {};
    return tr("The file is larger than %1 bytes, the most that is read; a task classification is far smaller. Is "
              "this the right file?")
        .arg(QLocale().toString(maxFileBytes));
}

QStringList columnNames(Column column)
{
    return layout().columns.at(int(column)).names;
}

CsvTable::Checked<Summary> import(Store &store, const QByteArray &bytes, bool dryRun)
{
    CsvTable::Checked<Summary> result;
    const CsvTable::Reading reading = CsvTable::read(bytes, layout());
    if (!reading.readable) {
        CsvTable::finish(result, reading.problems);
        return result;
    }
    const CsvTable::Sheet &sheet = reading.sheet;
    QList<Problem> problems = reading.problems;
    Summary summary;
    summary.encoding = sheet.encoding;
    summary.separator = sheet.separator;
    QHash<QString, int> rowOfCode;

    for (const CsvTable::Row &row : sheet.rows) {
        if (reading.shapeless.contains(row.number))
            continue;
        bool rowOk = true;
        const auto problem = [&](Column column, const QString &message) {
            const int index = sheet.columns.at(int(column));
            problems.append({row.number, index + 1, index >= 0 ? sheet.header.at(index) : QString(), message});
            rowOk = false;
        };
        const auto value = [&](Column column) { return row.values.at(int(column)); };
        // A cell refused as it was read has its problem listed from there.
        const auto refused = [&](Column column) {
            const int index = sheet.columns.at(int(column));
            if (index >= 0 && reading.refused(row.number, index)) {
                rowOk = false;
                return true;
            }
            return false;
        };

        TaskClass taskClass;
        taskClass.code = value(Column::Code);
        taskClass.name = value(Column::Name);
        if (!refused(Column::Code)) {
            if (taskClass.code.isEmpty())
                problem(Column::Code, tr("the code is empty."));
            else if (!DiaryNumber::isTaskClassCode(taskClass.code))
                problem(Column::Code, tr("%1 is not a task class code: a code has one to four two-digit parts "
                                         "separated by dots, e.g. 00.01.01.")
                                          .arg(quoted(taskClass.code)));
            else if (const auto first = rowOfCode.constFind(taskClass.code); first != rowOfCode.cend())
                problem(Column::Code, tr("the same class as row %1; give each class once.")
                                          .arg(QString::number(*first)));
            else
                rowOfCode.insert(taskClass.code, row.number);
        }
        if (!refused(Column::Name)) {
            if (taskClass.name.isEmpty())
                problem(Column::Name, tr("the name is empty."));
            else if (const QString text = TextRules::problem(QStringLiteral("task_class"), QStringLiteral("name"),
                                                             taskClass.name);
                     !text.isEmpty())
                problem(Column::Name, text);
        }
        if (!refused(Column::Retention)) {
            bool permanent = false;
            const int years = yearsOf(value(Column::Retention), &permanent);
            if (permanent)
                taskClass.retentionYears.reset();
            else if (years >= 1 && years <= 1000)
                taskClass.retentionYears = years;
            else if (value(Column::Retention).isEmpty())
                problem(Column::Retention, tr("the retention period is empty; write the years (\"10\") or "
                                              "\"pysyvä\" for a class kept permanently."));
            else
                problem(Column::Retention, tr("%1 is not a retention period; write the years from 1 to 1000 "
                                              "(\"10\") or \"pysyvä\" for a class kept permanently.")
                                               .arg(quoted(value(Column::Retention))));
        }
        if (sheet.has(int(Column::Publicity)) && !refused(Column::Publicity)
            && !value(Column::Publicity).isEmpty()) {
            if (const auto publicity = publicityOf(value(Column::Publicity)))
                taskClass.publicity = *publicity;
            else
                problem(Column::Publicity, tr("%1 is not a publicity; write \"julkinen\", \"osittain salassa "
                                              "pidettävä\" or \"salassa pidettävä\".")
                                               .arg(quoted(value(Column::Publicity))));
        }
        if (sheet.has(int(Column::Basis)) && !refused(Column::Basis)) {
            taskClass.confidentialityBasis = LegalBasis::fromText(value(Column::Basis));
            if (const QString text = TextRules::problem(QStringLiteral("task_class"),
                                                        QStringLiteral("confidentiality_basis"),
                                                        value(Column::Basis));
                !text.isEmpty())
                problem(Column::Basis, text);
        }
        if (rowOk && taskClass.publicity != Publicity::Public && taskClass.confidentialityBasis.isEmpty()) {
            const int index = sheet.columns.at(int(Column::Basis));
            problems.append({row.number, index + 1, index >= 0 ? sheet.header.at(index) : QString(),
                             tr("the class is not public by default: name the legal basis of its "
                                "confidentiality (e.g. \"JulkL 24 § 1 mom. 25 k\").")});
            rowOk = false;
        }
        if (sheet.has(int(Column::PersonalData)) && !refused(Column::PersonalData)) {
            if (const auto yes = yesOf(value(Column::PersonalData)))
                taskClass.personalData = *yes;
            else
                problem(Column::PersonalData, tr("%1 is neither yes nor no; write \"kyllä\" or \"ei\".")
                                                  .arg(quoted(value(Column::PersonalData))));
        }
        if (rowOk)
            summary.classes.append(taskClass);
    }
    if (!problems.isEmpty()) {
        CsvTable::finish(result, problems);
        return result;
    }

    // A class already stored keeps what the file has no column for.
    QList<TaskClass> write;
    for (TaskClass &taskClass : summary.classes) {
        const auto existing = store.taskClassByCode(taskClass.code);
        if (!existing) {
            CsvTable::finish(result, {{0, 0, {}, existing.error()}});
            return result;
        }
        if (!existing->has_value() || existing->value().id == 0) {
            ++summary.added;
            write.append(taskClass);
            continue;
        }
        const TaskClass &stored = existing->value();
        if (!sheet.has(int(Column::Publicity)))
            taskClass.publicity = stored.publicity;
        if (!sheet.has(int(Column::Basis)))
            taskClass.confidentialityBasis = stored.confidentialityBasis;
        if (!sheet.has(int(Column::PersonalData)))
            taskClass.personalData = stored.personalData;
        if (sameClass(stored, taskClass)) {
            ++summary.unchanged; // nothing to change: nothing audited
        } else {
            ++summary.changed;
            write.append(taskClass);
        }
    }
    if (!dryRun) {
        if (!write.isEmpty()) {
            const auto written = store.importTaskClasses(write);
            if (!written) {
                CsvTable::finish(result, {{0, 0, {}, written.error()}});
                return result;
            }
        }
        summary.written = true;
    }
    result.value = std::move(summary);
    return result;
}

} // namespace TaskClassCsv
