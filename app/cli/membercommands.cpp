// Imports from spreadsheets saved as CSV: members of bodies, the task classification.

#include "commands.h"
#include "commandsupport.h"

#include "exchange/membercsv.h"
#include "exchange/taskclasscsv.h"
#include "store/store.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTextStream>

namespace Cli {

namespace {

// The file's bytes, never more than one past what the import reads.
Result<QByteArray> readCsvFile(const QString &file, qint64 maxBytes, const QString &tooLarge)
{
    QFile input;
    if (file == u"-") {
        if (!input.open(stdin, QIODevice::ReadOnly))
            return Failure{tr("Cannot read standard input.")};
    } else {
        input.setFileName(file);
        if (!input.open(QIODevice::ReadOnly))
            return Failure{tr("Cannot read %1: %2").arg(file, input.errorString())};
        if (input.size() > maxBytes)
            return Failure{file + QStringLiteral(": ") + tooLarge};
    }
    QByteArray bytes = input.read(maxBytes + 1);
    if (input.error() != QFileDevice::NoError)
        return Failure{tr("Cannot read %1: %2").arg(file, input.errorString())};
    return bytes;
}

QJsonArray jsonList(const QStringList &names)
{
    QJsonArray array;
    for (const QString &name : names)
        array.append(name);
    return array;
}

void printNames(const Context &context, const QStringList &names)
{
    for (const QString &name : names)
        *context.out << "  " << name << '\n';
}

// Every problem of a file that was not imported: one line for one
// problem, a headline and a line each for several; JSON lists them.
int failWithProblems(const Context &context, const QString &file, const CsvTable::Problems &result)
{
    if (context.json) {
        QJsonArray problems;
        for (const CsvTable::Problem &problem : result.problems)
            problems.append(QJsonObject{{QStringLiteral("row"), problem.row},
                                        {QStringLiteral("columnNumber"), problem.columnNumber},
                                        {QStringLiteral("column"), problem.column},
                                        {QStringLiteral("message"), problem.message},
                                        {QStringLiteral("text"), problem.text()}});
        printJson(context, QJsonObject{{QStringLiteral("file"), file},
                                       {QStringLiteral("written"), false},
                                       {QStringLiteral("problems"), problems},
                                       {QStringLiteral("unlistedProblems"), result.unlistedProblems}});
    }
    const QStringList lines = result.message().split(u'\n');
    *context.err << "pykala-cli: " << file << ": " << lines.first() << '\n';
    for (qsizetype i = 1; i < lines.size(); ++i)
        *context.err << "  " << lines.at(i) << '\n';
    context.err->flush();
    return Failed;
}

} // namespace

int importMembers(const Context &context, const QString &file, bool dryRun)
{
    const auto bytes = readCsvFile(file, MemberCsv::maxFileBytes, MemberCsv::sizeProblem(MemberCsv::maxFileBytes + 1));
    if (!bytes)
        return fail(context, bytes.error());
    auto store = openStore(context);
    if (!store)
        return fail(context, store.error());
    MemberCsv::Options options;
    options.dryRun = dryRun;
    const auto result = MemberCsv::import(*store.value(), *bytes, options);

    if (!result.ok())
        return failWithProblems(context, file, result);

    const MemberCsv::Summary &summary = *result.value;
    if (context.json) {
        printJson(context, QJsonObject{{QStringLiteral("file"), file},
                                       {QStringLiteral("encoding"), summary.encoding},
                                       {QStringLiteral("separator"), QString(summary.separator)},
                                       {QStringLiteral("rows"), summary.rows},
                                       {QStringLiteral("personsAdded"), jsonList(summary.personsAdded)},
                                       {QStringLiteral("personsMatched"), jsonList(summary.personsMatched)},
                                       {QStringLiteral("membershipsAdded"), summary.membershipsAdded},
                                       {QStringLiteral("membershipsSkipped"), summary.membershipsSkipped},
                                       {QStringLiteral("written"), summary.written}});
        return Success;
    }
    QTextStream &out = *context.out;
    out << tr("%1: %n row(s) of members (%2, separated by \"%3\").", nullptr, summary.rows)
               .arg(file, summary.encoding, QString(summary.separator))
        << '\n';
    out << tr("%n new person(s)", nullptr, int(summary.personsAdded.size()))
        << (summary.personsAdded.isEmpty() ? '.' : ':') << '\n';
    printNames(context, summary.personsAdded);
    out << tr("%n person(s) already in the store", nullptr, int(summary.personsMatched.size()))
        << (summary.personsMatched.isEmpty() ? '.' : ':') << '\n';
    printNames(context, summary.personsMatched);
    out << tr("%n new membership(s);", nullptr, summary.membershipsAdded) << ' '
        << tr("%n already in the store, passed over.", nullptr, summary.membershipsSkipped) << '\n';
    out << (summary.written ? tr("Imported.") : tr("Dry run: nothing was written.")) << Qt::endl;
    return Success;
}

int importTaskClasses(const Context &context, const QString &file, bool dryRun)
{
    const auto bytes = readCsvFile(file, TaskClassCsv::maxFileBytes, TaskClassCsv::sizeProblem(TaskClassCsv::maxFileBytes + 1));
    if (!bytes)
        return fail(context, bytes.error());
    auto store = openStore(context);
    if (!store)
        return fail(context, store.error());
    const auto result = TaskClassCsv::import(*store.value(), *bytes, dryRun);
    if (!result.ok())
        return failWithProblems(context, file, result);

    const TaskClassCsv::Summary &summary = *result.value;
    if (context.json) {
        QJsonArray classes;
        for (const TaskClass &c : summary.classes)
            classes.append(c.code);
        printJson(context, QJsonObject{{QStringLiteral("file"), file},
                                       {QStringLiteral("encoding"), summary.encoding},
                                       {QStringLiteral("separator"), QString(summary.separator)},
                                       {QStringLiteral("classes"), classes},
                                       {QStringLiteral("added"), summary.added},
                                       {QStringLiteral("changed"), summary.changed},
                                       {QStringLiteral("unchanged"), summary.unchanged},
                                       {QStringLiteral("written"), summary.written}});
        return Success;
    }
    QTextStream &out = *context.out;
    out << tr("%1: %n task class(es) (%2, separated by \"%3\").", nullptr, int(summary.classes.size()))
               .arg(file, summary.encoding, QString(summary.separator))
        << '\n';
    out << tr("%n new", nullptr, summary.added) << ", " << tr("%n changed", nullptr, summary.changed) << ", "
        << tr("%n unchanged", nullptr, summary.unchanged) << ".\n";
    out << (summary.written ? tr("Imported.") : tr("Dry run: nothing was written.")) << '\n';
    return Success;
}

} // namespace Cli
