#include "csvtable.h"

#include <QCoreApplication>
#include <QLocale>
#include <QStringDecoder>

#include <algorithm>

namespace CsvTable {

namespace {

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("CsvTable", text, disambiguation, n);
}

QString number(qint64 value)
{
    return QLocale().toString(value);
}

qint64 cellKey(int row, int index)
{
    return qint64(row) << 32 | quint32(index);
}

// Windows-1252: Latin-1 but for 0x80–0x9F. The five bytes it leaves
// undefined stay the C1 controls Windows maps them to, which the checks
// of the cells then refuse.
QString windows1252(QByteArrayView bytes)
{
    static constexpr char16_t high[32] = {
        0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
        0x2039, 0x0152, 0x008D, 0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
        0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178};
    QString text(bytes.size(), Qt::Uninitialized);
    QChar *out = text.data();
    for (const char c : bytes) {
        const auto byte = uchar(c);
        *out++ = QChar(byte >= 0x80 && byte < 0xA0 ? high[byte - 0x80] : char16_t(byte));
    }
    return text;
}

struct Record
{
    int row = 0;
    QStringList cells;
    QList<int> textAfterQuote; // cells with text after their closing quote
};

// The separator is the one of ';' and ',' that the header row holds more
// often outside quotes; ';' (Finnish Excel's) on a tie.
QChar separatorOf(QStringView text)
{
    int semicolons = 0;
    int commas = 0;
    bool quoted = false;
    bool content = false;
    for (const QChar c : text) {
        if (c == u'"') {
            quoted = !quoted; // a doubled quote turns it back at once
        } else if (!quoted) {
            if (c == u'\n' || c == u'\r') {
                if (content)
                    break;
                continue;
            }
            if (c == u';')
                ++semicolons;
            else if (c == u',')
                ++commas;
            if (!c.isSpace())
                content = true;
        }
    }
    return commas > semicolons ? QLatin1Char(',') : QLatin1Char(';');
}

QString problemText(const Problem &problem)
{
    if (problem.row <= 0)
        return problem.message;
    if (!problem.column.isEmpty()) {
        QString column = quoted(problem.column); // cut short when long: a header cell may be anything
        column = column.mid(1, column.size() - 2);
        return tr("Row %1, column \"%2\": %3").arg(QString::number(problem.row), column, problem.message);
    }
    if (problem.columnNumber > 0)
        return tr("Row %1, column %2: %3")
            .arg(QString::number(problem.row), QString::number(problem.columnNumber), problem.message);
    return tr("Row %1: %2").arg(QString::number(problem.row), problem.message);
}

QString problemsText(const Problems &problems)
{
    const int total = int(problems.problems.size()) + problems.unlistedProblems;
    if (total == 0)
        return {};
    if (total == 1)
        return problemText(problems.problems.first()) + QLatin1Char(' ') + tr("Nothing was imported.");
    QStringList lines{tr("The file has %n problem(s); nothing was imported.", nullptr, total)};
    for (const Problem &problem : problems.problems)
        lines.append(problemText(problem));
    if (problems.unlistedProblems > 0)
        lines.append(tr("… and %n more problem(s), not listed.", nullptr, problems.unlistedProblems));
    return lines.join(QLatin1Char('\n'));
}

} // namespace

// A cell as the import reads it: composed (NFC), trimmed, each run of white
// space (a line break in a cell too) one space.
QString clean(const QString &text)
{
    return text.normalized(QString::NormalizationForm_C).simplified();
}

// For comparing: clean and case-folded.
QString folded(const QString &text)
{
    return clean(text).toCaseFolded();
}

// A value of the file within a message: quoted, and cut short when long.
QString quoted(const QString &text)
{
    constexpr qsizetype shown = 60;
    QString value = text;
    if (value.size() > shown) {
        qsizetype cut = shown;
        if (value.at(cut - 1).isHighSurrogate())
            --cut;
        value = value.left(cut) + QChar(0x2026);
    }
    return QLatin1Char('"') + value + QLatin1Char('"');
}

std::optional<int> Layout::columnNamed(const QString &name) const
{
    const QString key = folded(name);
    for (int c = 0; c < columns.size(); ++c) {
        if (columns.at(c).names.contains(key))
            return c;
    }
    return std::nullopt;
}

QString Layout::knownColumns() const
{
    QStringList names;
    for (const ColumnSpec &column : columns)
        names.append(column.names.first());
    return names.join(QStringLiteral(", "));
}

bool Reading::refused(int row, int headerIndex) const
{
    return refusedCells.contains(cellKey(row, headerIndex));
}

QString Problem::text() const
{
    return problemText(*this);
}

QString Problems::message() const
{
    return problemsText(*this);
}

void finish(Problems &out, QList<Problem> problems)
{
    std::stable_sort(problems.begin(), problems.end(), [](const Problem &a, const Problem &b) {
        return a.row != b.row ? a.row < b.row : a.columnNumber < b.columnNumber;
    });
    if (problems.size() > maxListedProblems) {
        out.unlistedProblems = int(problems.size()) - maxListedProblems;
        problems.resize(maxListedProblems);
    }
    out.problems = std::move(problems);
}

bool blank(const QStringList &cells)
{
    return std::all_of(cells.cbegin(), cells.cend(), [](const QString &cell) { return cell.trimmed().isEmpty(); });
}

Reading read(const QByteArray &bytes, const Layout &layout)
{
    Reading reading;
    Sheet &sheet = reading.sheet;
    sheet.columns = QList<int>(layout.columns.size(), -1);
    const auto fail = [&](const QString &message, int row = 0, int columnNumber = 0, const QString &column = {}) {
        reading.problems.append({row, columnNumber, column, message});
        return reading;
    };

    if (bytes.size() > layout.maxFileBytes)
        return fail(layout.texts.tooLarge);
    const QString saveAsCsv = tr("Save the sheet as CSV (in Excel \"CSV UTF-8\" or \"CSV (semicolon "
                                 "delimited)\", in LibreOffice \"Text CSV\") and import that file.");
    if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF"))
        return fail(tr("The file is UTF-16 text (Excel's \"Unicode text\"), not CSV.") + QLatin1Char(' ') + saveAsCsv);
    if (bytes.startsWith("PK\x03\x04"))
        return fail(tr("The file is a spreadsheet workbook (.xlsx or .ods), not CSV.") + QLatin1Char(' ') + saveAsCsv);
    if (bytes.startsWith("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1"))
        return fail(tr("The file is an Excel 97–2003 workbook (.xls), not CSV.") + QLatin1Char(' ') + saveAsCsv);
    if (const qsizetype zero = bytes.indexOf('\0'); zero >= 0)
        return fail(tr("The file is not text: it holds a zero byte (at byte %1), which no CSV file saved from a "
                       "spreadsheet does. Is this the right file?")
                        .arg(number(zero + 1)));

    // Valid UTF-8 is UTF-8; anything else is Windows-1252 (Excel's "CSV" on
    // a Finnish or Swedish Windows). A file that begins with UTF-8's byte
    // order mark is UTF-8 whatever follows: its broken cells are refused.
    QByteArrayView data(bytes);
    const bool byteOrderMark = data.startsWith("\xEF\xBB\xBF");
    if (byteOrderMark)
        data = data.sliced(3);
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = utf8.decode(data);
    sheet.encoding = QStringLiteral("UTF-8");
    if (utf8.hasError()) {
        if (byteOrderMark) {
            reading.invalidUtf8 = true;
        } else {
            text = windows1252(data);
            sheet.encoding = QStringLiteral("Windows-1252");
        }
    }
    if (text.trimmed().isEmpty())
        return fail(layout.texts.empty);

    const QChar separator = separatorOf(text);
    sheet.separator = separator;

    // RFC 4180: a cell in quotes may hold separators, line breaks and quotes
    // written twice. Lines end in CRLF, LF or CR. A row that holds nothing is
    // passed over wherever it is, but counts in the row numbers, as the
    // spreadsheet counts it.
    QList<Record> records;
    Record current{1, {}, {}};
    QString cell;
    enum class State { CellStart, Unquoted, Quoted, AfterQuote } state = State::CellStart;
    int quoteRow = 0;
    int quoteCell = 0;
    bool tooManyRows = false;
    bool tooManyCells = false; // a row wider than the layout allows, read no further
    const auto endCell = [&] {
        current.cells.append(cell);
        cell.clear();
        state = State::CellStart;
        if (current.cells.size() > layout.maxColumns)
            tooManyCells = true;
    };
    const auto endRecord = [&] {
        endCell();
        if (tooManyCells)
            return;
        if (!blank(current.cells)) {
            records.append(std::move(current));
            if (records.size() > layout.maxRows + 1)
                tooManyRows = true;
        }
        current = Record{current.row + 1, {}, {}};
    };
    const QChar *const end = text.constData() + text.size();
    for (const QChar *p = text.constData(); p < end && !tooManyRows && !tooManyCells; ++p) {
        const QChar c = *p;
        const bool lineEnd = c == u'\n' || c == u'\r';
        if (lineEnd && c == u'\r' && p + 1 < end && p[1] == u'\n' && state != State::Quoted)
            ++p; // CRLF is one line end
        switch (state) {
        case State::CellStart:
            if (c == u'"') {
                state = State::Quoted;
                quoteRow = current.row;
                quoteCell = int(current.cells.size());
                break;
            }
            state = State::Unquoted;
            [[fallthrough]];
        case State::Unquoted:
            if (c == separator)
                endCell();
            else if (lineEnd)
                endRecord();
            else
                cell.append(c);
            break;
        case State::Quoted:
            if (c == u'"') {
                if (p + 1 < end && p[1] == u'"') {
                    cell.append(c);
                    ++p;
                } else {
                    state = State::AfterQuote;
                }
            } else {
                cell.append(c);
            }
            break;
        case State::AfterQuote:
            if (c == separator) {
                endCell();
            } else if (lineEnd) {
                endRecord();
            } else if (c != u' ' && c != u'\t') {
                current.textAfterQuote.append(int(current.cells.size()));
                cell.append(c);
                state = State::Unquoted;
            }
            break;
        }
    }
    if (tooManyRows)
        return fail(layout.texts.tooManyRows.arg(number(layout.maxRows)));
    if (tooManyCells)
        return fail((records.isEmpty() ? layout.texts.headerTooWide : layout.texts.rowTooWide)
                        .arg(number(layout.maxColumns)),
                    current.row);
    if (state == State::Quoted) {
        const bool headerKnown = !records.isEmpty() && records.first().row < quoteRow;
        const QString column = headerKnown ? clean(records.first().cells.value(quoteCell)) : QString();
        return fail(tr("a quoted cell is never closed: its opening quote (\") has no closing quote, so the rest "
                       "of the file would be this one cell. Add the missing quote."),
                    quoteRow, quoteCell + 1, column);
    }
    if (state != State::CellStart || !current.cells.isEmpty())
        endRecord();

    if (records.isEmpty())
        return fail(layout.texts.empty);

    // The header row.
    const Record &head = records.first();
    const int headerRow = head.row;
    for (const QString &name : head.cells)
        sheet.header.append(clean(name));
    if (head.cells.size() == 1 && head.cells.first().contains(u'\t'))
        return fail(tr("The columns are separated by tabs, not by ';' or ','.") + QLatin1Char(' ') + saveAsCsv);
    const bool anyKnown = std::any_of(sheet.header.cbegin(), sheet.header.cend(),
                                      [&layout](const QString &name) { return layout.columnNamed(name).has_value(); });
    if (!anyKnown)
        return fail(layout.texts.notHeader.arg(layout.knownColumns()),
                    headerRow);
    int lastNamed = -1;
    for (int i = 0; i < sheet.header.size(); ++i) {
        const QString &name = sheet.header.at(i);
        if (name.isEmpty())
            continue;
        lastNamed = i;
        if (head.textAfterQuote.contains(i)) {
            reading.problems.append({headerRow, i + 1, name,
                                     tr("text follows the closing quote of a quoted cell; quote the whole cell, "
                                        "and write each quote inside it twice (\"\").")});
            continue;
        }
        const auto column = layout.columnNamed(name);
        if (!column) {
            reading.problems.append({headerRow, i + 1, name,
                                     tr("no such column; the columns are %1 (or the same in Swedish or English). "
                                        "Rename the column or remove it: its values would not be imported.")
                                         .arg(layout.knownColumns())});
        } else if (const int first = sheet.columns[*column]; first >= 0) {
            reading.problems.append({headerRow, i + 1, name,
                                     tr("the same column as column %1 (%2); keep one of them.")
                                         .arg(QString::number(first + 1), quoted(sheet.header.at(first)))});
        } else {
            sheet.columns[*column] = i;
        }
    }
    for (int c = 0; c < layout.columns.size(); ++c) {
        const ColumnSpec &candidate = layout.columns.at(c);
        if (candidate.required && !sheet.has(c))
            reading.problems.append({headerRow, 0, {},
                                     tr("the header row has no column for %1 (%2); it is required.")
                                         .arg(candidate.description, candidate.names.join(QStringLiteral(", ")))});
    }
    if (!reading.problems.isEmpty())
        return reading; // the rows cannot be read without their columns
    if (records.size() == 1)
        return fail(layout.texts.noRows);

    // The rows.
    const int width = int(sheet.header.size());
    for (qsizetype r = 1; r < records.size(); ++r) {
        const Record &record = records.at(r);
        Row row;
        row.number = record.row;
        const int cells = int(record.cells.size());
        const bool extraFilled = std::any_of(record.cells.cbegin() + std::min(cells, width), record.cells.cend(),
                                             [](const QString &cell) { return !cell.trimmed().isEmpty(); });
        if (extraFilled) {
            reading.problems.append({row.number, 0, {},
                                     tr("the row has %1 cells, but the header row has %2 columns: a separator too "
                                        "many, or a cell with a separator in it that is not in quotes, shifts the "
                                        "values into the wrong columns.")
                                         .arg(number(cells), number(width))});
            reading.shapeless.insert(row.number);
        } else if (cells < lastNamed + 1) {
            reading.problems.append({row.number, 0, {},
                                     tr("the row has %1 cells, but the header row has %2 columns: a separator too "
                                        "few shifts the values into the wrong columns.")
                                         .arg(number(cells), number(width))});
            reading.shapeless.insert(row.number);
        }
        for (int i = 0; i < std::min(cells, width); ++i) {
            const QString &raw = record.cells.at(i);
            const QString &name = sheet.header.at(i);
            if (reading.shapeless.contains(row.number))
                break;
            const auto refuse = [&](const QString &message) {
                reading.problems.append({row.number, i + 1, name, message});
                reading.refusedCells.insert(cellKey(row.number, i));
            };
            if (name.isEmpty()) {
                if (!raw.trimmed().isEmpty())
                    refuse(tr("a value in a column that the header row does not name; name the column or clear "
                              "the cell."));
                continue;
            }
            if (record.textAfterQuote.contains(i)) {
                refuse(tr("text follows the closing quote of a quoted cell; quote the whole cell, and write each "
                          "quote inside it twice (\"\")."));
                continue;
            }
            if (raw.size() > layout.maxFieldLength) {
                refuse(tr("the cell is %1 characters long; at most %2 are read.")
                           .arg(number(raw.size()), number(layout.maxFieldLength)));
                continue;
            }
            if (reading.invalidUtf8 && raw.contains(QChar::ReplacementCharacter)) {
                refuse(tr("the cell holds bytes that are not UTF-8, though the file begins as UTF-8 does (with a "
                          "byte order mark). Save the sheet again as CSV UTF-8."));
                continue;
            }
        }
        row.values = QStringList(layout.columns.size());
        for (int c = 0; c < layout.columns.size(); ++c) {
            const int index = sheet.columns.at(c);
            if (index >= 0 && index < cells && !reading.refused(row.number, index))
                row.values[c] = clean(record.cells.at(index));
        }
        sheet.rows.append(row);
    }
    reading.readable = true;
    return reading;
}

} // namespace CsvTable
