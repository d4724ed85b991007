#pragma once

#include "exchange/csvtable.h"
#include "model/casefile.h"

#include <QByteArray>
#include <QList>
#include <QString>

class Store;

// The task classification of an information management plan
// (tiedonohjaussuunnitelma) from a spreadsheet saved as CSV
// (docs/interchange.md, "Task classification from a spreadsheet"), read as
// every CSV import reads (CsvTable): one row a class, with its code, name,
// retention period, default publicity, legal basis and whether its cases
// hold personal data.
//
// A file is checked whole and written only without problems, in one
// transaction: classes already in the store are changed, new ones added. A
// column the file does not have leaves a stored class's value as it is (a
// new class gets the default: public, no personal data); an empty cell in a
// column the file has is the default.
namespace TaskClassCsv {

enum class Column { Code, Name, Retention, Publicity, Basis, PersonalData };
constexpr int columnCount = 6;

// What a file may be at most: a classification is far smaller.
constexpr qsizetype maxFileBytes = 2 * 1024 * 1024;
constexpr int maxRows = 5000;
// Why a file of this many bytes is not read; empty when it may be.
QString sizeProblem(qint64 bytes);

QStringList columnNames(Column column);

// What an import did, or with dryRun would do.
struct Summary
{
    QString encoding;
    QChar separator;
    QList<TaskClass> classes;    // in the order of the file
    int added = 0;
    int changed = 0;
    int unchanged = 0;           // already in the store, exactly so
    bool written = false;        // false for a dry run
};

// Reads and checks the file; when no row has a problem (and not dryRun),
// writes the classes in one transaction.
CsvTable::Checked<Summary> import(Store &store, const QByteArray &bytes, bool dryRun = false);

} // namespace TaskClassCsv
