#pragma once

#include <QByteArray>
#include <QChar>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

// A table from a spreadsheet saved as CSV, the reading every import of one
// shares (members, task classes): UTF-8 (with or without a byte order mark)
// or Windows-1252, separated by ';' or ',', quoted as RFC 4180 says, with a
// header row that names the columns in Finnish, Swedish or English.
//
// Problems are named by their row as the spreadsheet numbers it (the header
// is row 1) and their column as the header names it; an import lists every
// problem of a file and writes only a file without any.
namespace CsvTable {

// One problem of a file. Row 0 is the file as a whole, row 1 the header.
// columnNumber counts from 1 (0: the row as a whole); column is the
// header's name for it as the file writes it, empty for a column the
// header does not name.
struct Problem
{
    int row = 0;
    int columnNumber = 0;
    QString column;
    QString message;

    // "Row 5, column "sukunimi": the family name is empty."
    QString text() const;
};

constexpr int maxListedProblems = 1000; // problems listed; the rest are counted

// Every problem found in a file: the first maxListedProblems of them in row
// order, and how many more there were.
struct Problems
{
    QList<Problem> problems;
    int unlistedProblems = 0;

    bool hasProblems() const { return !problems.isEmpty(); }
    // A headline ("The file has 3 problems; nothing was imported.") and
    // one line per problem.
    QString message() const;
};

// A value, or the problems that stand in its way.
template<typename T>
struct Checked : Problems
{
    std::optional<T> value;

    bool ok() const { return value.has_value() && problems.isEmpty(); }
};

// Sorts problems by row and column and keeps the first maxListedProblems.
void finish(Problems &out, QList<Problem> problems);

// A column a file may have.
struct ColumnSpec
{
    bool required = false;
    QString description; // "the body", for a message about a column the header lacks
    QStringList names;   // lower case, the Finnish first
};

// The messages that name what a file holds ("members", "task classes").
struct Texts
{
    QString tooLarge;      // a file beyond maxFileBytes
    QString empty;         // no header row and no rows
    QString noRows;        // a header row and nothing below it
    QString tooManyRows;   // %1: maxRows
    QString headerTooWide; // %1: maxColumns
    QString rowTooWide;    // %1: maxColumns
    QString notHeader;     // %1: the known columns
};

// What a kind of file holds and what it may be at most.
struct Layout
{
    QList<ColumnSpec> columns;
    Texts texts;
    qsizetype maxFileBytes = 10 * 1024 * 1024;
    int maxRows = 10000;                 // rows below the header
    int maxColumns = 50;                 // columns the header row may have
    qsizetype maxFieldLength = 1000;     // characters in one cell: the store's line limit

    std::optional<int> columnNamed(const QString &name) const;
    // The Finnish names of the columns, for a message.
    QString knownColumns() const;
};

// One row as the file has it: a value for each column of the layout, each
// cell cleaned (see clean()); empty for a column the file lacks.
struct Row
{
    int number = 0; // as the spreadsheet shows it: the header is row 1
    QStringList values;
};

// A file as read: how it was written and its rows that hold anything.
struct Sheet
{
    QString encoding;     // "UTF-8" or "Windows-1252"
    QChar separator;      // ';' or ','
    QStringList header;   // the column names as written
    QList<int> columns;   // for each column of the layout: an index into header, or -1
    QList<Row> rows;

    bool has(int column) const { return columns.value(column, -1) >= 0; }
};

// A file read into rows, with what the checks of the rows must skip.
struct Reading
{
    Sheet sheet;
    QList<Problem> problems;
    bool readable = false;    // rows were read (no problem of the file or its header)
    QSet<int> shapeless;      // rows whose cells do not line up with the header
    QSet<qint64> refusedCells;
    bool invalidUtf8 = false;

    // Whether a cell (a row's number, an index into the header) was refused
    // as it was read, so that its value is not checked again.
    bool refused(int row, int headerIndex) const;
};

// Reads a file: its encoding, separator, quoting and header, and each row's
// cells. Problems of the file as a whole (empty, too large, not text, an
// unterminated quote), of its header (unknown, repeated or missing columns)
// and of its rows' shape (more or fewer cells than the header, a cell too
// long, text after a closing quote) are reported here.
Reading read(const QByteArray &bytes, const Layout &layout);

// A cell as an import reads it: composed (NFC), trimmed, each run of white
// space (a line break in a cell too) one space.
QString clean(const QString &text);
// For comparing: clean and case-folded.
QString folded(const QString &text);
// A value of the file within a message: quoted, and cut short when long.
QString quoted(const QString &text);

} // namespace CsvTable
