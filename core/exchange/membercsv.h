#pragma once

#include "exchange/csvtable.h"
#include "model/codes.h"

#include <QByteArray>
#include <QChar>
#include <QList>
#include <QString>
#include <QStringList>

#include <array>
#include <functional>
#include <optional>

class Store;

// The members of bodies from a spreadsheet saved as CSV (docs/interchange.md,
// "Members from a spreadsheet"): UTF-8 (with or without a byte order mark) or
// Windows-1252, separated by ';' or ',', quoted as RFC 4180 says, with a
// header row that names the columns in Finnish, Swedish or English.
//
// A file is read and checked whole — every problem of every row, named by
// its row as the spreadsheet numbers it (the header is row 1) and its column
// as the header names it — and only a file without problems is written, in
// one transaction: all of it or nothing.
namespace MemberCsv {

// What a file may be at most; beyond these it is refused with one message.
constexpr qsizetype maxFileBytes = 10 * 1024 * 1024; // 10 MiB: some 60,000 rows of a member list
constexpr int maxRows = 10000;                       // rows of members below the header
constexpr qsizetype maxFieldLength = 1000;           // characters in one cell: the store's line limit
constexpr int maxColumns = 50;                       // columns the header row may have

// Why a file of this many bytes is not read (beyond maxFileBytes); empty
// when it may be. A caller reading a file may ask before reading it all.
QString sizeProblem(qint64 bytes);

enum class Column { Body, GivenName, FamilyName, Role, DeputyFor, ValidFrom, ValidUntil, Email, Phone, Title };
constexpr int columnCount = 10;

// The header names a column is known by (lower case; the first is the
// Finnish one, which messages use for a column the file lacks).
QStringList columnNames(Column column);
bool isRequired(Column column);

// The role a word of the file names, in Finnish, Swedish or English, or the
// store's code ("varajäsen", "ersättare", "deputy"…); case does not matter.
std::optional<MembershipRole> roleOf(const QString &word);

using Problem = CsvTable::Problem;
using Problems = CsvTable::Problems;
template<typename T>
using Checked = CsvTable::Checked<T>;

// One row of members as the file has it, each cell trimmed, with runs of
// white space (line breaks in a cell too) made one space.
struct Row
{
    int number = 0; // as the spreadsheet shows it: the header is row 1
    std::array<QString, columnCount> values;

    const QString &operator[](Column column) const { return values[size_t(column)]; }
    QString &operator[](Column column) { return values[size_t(column)]; }
};

// A file as read: how it was written and its rows that hold anything.
struct Sheet
{
    QString encoding;                       // "UTF-8" or "Windows-1252"
    QChar separator;                        // ';' or ','
    QStringList header;                     // the column names as written
    std::array<int, columnCount> columns{}; // index into header, or -1
    QList<Row> rows;

    bool has(Column column) const { return columns[size_t(column)] >= 0; }
    // The column's name as the header writes it; for one the file lacks,
    // its Finnish name.
    QString columnName(Column column) const;
};

// What an import did, or with dryRun would do.
struct Summary
{
    QString encoding;
    QChar separator;
    int rows = 0;                 // rows of members read
    QStringList personsAdded;     // "Aino Mäkelä", in the order of the file
    QStringList personsMatched;   // persons already in the store the file names
    int membershipsAdded = 0;
    int membershipsSkipped = 0;   // already in the store, exactly so
    bool written = false;         // false for a dry run
};

// Where an import is, for a progress dialog: `done` of `total` rows.
enum class Stage { Checking, Writing };
// Return false to cancel: nothing is written then.
using Progress = std::function<bool(Stage stage, int done, int total)>;

struct Options
{
    bool dryRun = false;          // check everything against the store, write nothing
    Progress progress;
};

// Reads a file: its encoding, separator, quoting and header, and each row's
// cells (no store needed). Problems of the file as a whole (empty, too large,
// not text, an unterminated quote), of its header (unknown, repeated or
// missing columns) and of its rows' shape (more or fewer cells than the
// header, a cell too long, text after a closing quote) are reported here.
// The sheet is there whenever its rows could be read, beside the problems
// of single rows (ok() is false then): a dialog may show it.
Checked<Sheet> parse(const QByteArray &bytes);

// Reads the file, checks every row against the store — bodies, roles, dates,
// persons, personal deputies, memberships already stored — and, when no row
// has a problem (and not dryRun), adds the new persons and memberships in
// one transaction. Persons already in the store are matched by full name
// and e-mail address (docs/interchange.md says how); memberships already in
// the store are not added again.
Checked<Summary> import(Store &store, const QByteArray &bytes, const Options &options = {});

} // namespace MemberCsv
