// Members of bodies from a spreadsheet saved as CSV.

#include "commands.h"
#include "commandsupport.h"

#include "exchange/membercsv.h"
#include "store/store.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTextStream>

namespace Cli {

namespace {

// The file's bytes, never more than one past what the import reads.
Result<QByteArray> readMemberFile(const QString &file)
{
    QFile input;
    if (file == u"-") {
        if (!input.open(stdin, QIODevice::ReadOnly))
            return Failure{tr("Cannot read standard input.")};
    } else {
        input.setFileName(file);
        if (!input.open(QIODevice::ReadOnly))
            return Failure{tr("Cannot read %1: %2").arg(file, input.errorString())};
        if (const QString tooLarge = MemberCsv::sizeProblem(input.size()); !tooLarge.isEmpty())
            return Failure{file + QStringLiteral(": ") + tooLarge};
    }
    QByteArray bytes = input.read(MemberCsv::maxFileBytes + 1);
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

} // namespace

int importMembers(const Context &context, const QString &file, bool dryRun)
{
    const auto bytes = readMemberFile(file);
    if (!bytes)
        return fail(context, bytes.error());
    auto store = openStore(context);
    if (!store)
        return fail(context, store.error());
    MemberCsv::Options options;
    options.dryRun = dryRun;
    const auto result = MemberCsv::import(*store.value(), *bytes, options);

    if (!result.ok()) {
        if (context.json) {
            QJsonArray problems;
            for (const MemberCsv::Problem &problem : result.problems)
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
        // One problem is one line; several are a headline and a line each.
        const QStringList lines = result.message().split(u'\n');
        *context.err << "pykala-cli: " << file << ": " << lines.first() << '\n';
        for (qsizetype i = 1; i < lines.size(); ++i)
            *context.err << "  " << lines.at(i) << '\n';
        context.err->flush();
        return Failed;
    }

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

} // namespace Cli
