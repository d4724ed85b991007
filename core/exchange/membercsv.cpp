#include "membercsv.h"

#include "store/store.h"
#include "store/textrules.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace MemberCsv {

namespace {

using CsvTable::clean;
using CsvTable::finish;
using CsvTable::folded;
using CsvTable::quoted;

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("MemberCsv", text, disambiguation, n);
}

QString number(qint64 value)
{
    return QLocale().toString(value);
}

// ---------------------------------------------------------------------------
// Columns and words

struct ColumnSpec
{
    Column column;
    bool required;
    const char *description; // "the body", for a column the header lacks
    QStringList names;       // lower case, the Finnish first
};

const std::array<ColumnSpec, columnCount> &columnSpecs()
{
    static const std::array<ColumnSpec, columnCount> specs{{
        {Column::Body, true, QT_TRANSLATE_NOOP("MemberCsv", "the body"),
         {QStringLiteral("toimielin"), QStringLiteral("organ"), QStringLiteral("body")}},
        {Column::GivenName, true, QT_TRANSLATE_NOOP("MemberCsv", "the given name"),
         {QStringLiteral("etunimi"), QStringLiteral("etunimet"), QStringLiteral("förnamn"),
          QStringLiteral("given name"), QStringLiteral("first name")}},
        {Column::FamilyName, true, QT_TRANSLATE_NOOP("MemberCsv", "the family name"),
         {QStringLiteral("sukunimi"), QStringLiteral("efternamn"), QStringLiteral("family name"),
          QStringLiteral("surname"), QStringLiteral("last name")}},
        {Column::Role, true, QT_TRANSLATE_NOOP("MemberCsv", "the role"),
         {QStringLiteral("rooli"), QStringLiteral("roll"), QStringLiteral("role")}},
        {Column::DeputyFor, false, QT_TRANSLATE_NOOP("MemberCsv", "the member a deputy stands in for"),
         {QStringLiteral("varajäsen kenelle"), QStringLiteral("kenen varajäsen"), QStringLiteral("ersättare för"),
          QStringLiteral("personlig ersättare för"), QStringLiteral("deputy for"),
          QStringLiteral("personal deputy for")}},
        {Column::ValidFrom, true, QT_TRANSLATE_NOOP("MemberCsv", "the day the membership starts"),
         {QStringLiteral("alkaen"), QStringLiteral("från"), QStringLiteral("from"), QStringLiteral("valid from")}},
        {Column::ValidUntil, false, QT_TRANSLATE_NOOP("MemberCsv", "the day the membership ends"),
         {QStringLiteral("päättyen"), QStringLiteral("till"), QStringLiteral("until"),
          QStringLiteral("valid until")}},
        {Column::Email, false, QT_TRANSLATE_NOOP("MemberCsv", "the e-mail address"),
         {QStringLiteral("sähköposti"), QStringLiteral("e-post"), QStringLiteral("epost"), QStringLiteral("email"),
          QStringLiteral("e-mail")}},
        {Column::Phone, false, QT_TRANSLATE_NOOP("MemberCsv", "the phone number"),
         {QStringLiteral("puhelin"), QStringLiteral("puhelinnumero"), QStringLiteral("telefon"),
          QStringLiteral("telefonnummer"), QStringLiteral("phone")}},
        {Column::Title, false, QT_TRANSLATE_NOOP("MemberCsv", "the title or occupation"),
         {QStringLiteral("arvo tai ammatti"), QStringLiteral("arvo/ammatti"), QStringLiteral("ammatti"),
          QStringLiteral("arvo"), QStringLiteral("titel"), QStringLiteral("yrke"), QStringLiteral("title"),
          QStringLiteral("occupation")}},
    }};
    return specs;
}

const ColumnSpec &spec(Column column)
{
    return columnSpecs()[size_t(column)];
}

QString dayText(const QDate &day)
{
    return day.toString(QStringLiteral("d.M.yyyy"));
}

bool isSeat(MembershipRole role)
{
    return role == MembershipRole::Chair || role == MembershipRole::ViceChair || role == MembershipRole::Member;
}

// ---------------------------------------------------------------------------
// Bytes to text

// ---------------------------------------------------------------------------
// Reading

// (Layout unqualified, so that lupdate files the texts below under this
// file's context, as tr() here translates them.)
using Layout = CsvTable::Layout;

// Made at each import, in the language of the moment.
Layout layout()
{
    Layout layout;
    for (const ColumnSpec &column : columnSpecs())
        layout.columns.append({column.required, tr(column.description), column.names});
    layout.maxFileBytes = maxFileBytes;
    layout.maxRows = maxRows;
    layout.maxColumns = maxColumns;
    layout.maxFieldLength = maxFieldLength;
    layout.texts.tooLarge = sizeProblem(maxFileBytes + 1);
    layout.texts.empty = tr("The file is empty: it has no header row and no members.");
    layout.texts.noRows = tr("The file has a header row but no members below it.");
    layout.texts.tooManyRows = tr("The file has more than %1 rows of members; at most %1 are read at once. "
                                  "Split it into several files, one for each body for example.");
    layout.texts.headerTooWide =
        tr("the header row has more than %1 columns; a list of members has at most %1. Is this the right file?");
    layout.texts.rowTooWide =
        tr("the row has more than %1 cells; a list of members has at most %1 columns. Is this the right file?");
    layout.texts.notHeader = tr("the first row is not a header row: none of its cells names a column of a list "
                                "of members (%1, or the same in Swedish or English). Add a header row above "
                                "the members.");
    return layout;
}

// A file read into rows of members, with what the checks of the rows must skip.
struct Reading
{
    Sheet sheet;
    CsvTable::Reading table;

    const QList<Problem> &problems() const { return table.problems; }
    bool readable() const { return table.readable; }
};

Reading read(const QByteArray &bytes)
{
    Reading reading{{}, CsvTable::read(bytes, layout())};
    const CsvTable::Sheet &table = reading.table.sheet;
    Sheet &sheet = reading.sheet;
    sheet.encoding = table.encoding;
    sheet.separator = table.separator;
    sheet.header = table.header;
    sheet.columns.fill(-1);
    for (int c = 0; c < columnCount && c < table.columns.size(); ++c)
        sheet.columns[size_t(c)] = table.columns.at(c);
    sheet.rows.reserve(table.rows.size());
    for (const CsvTable::Row &read : table.rows) {
        Row row;
        row.number = read.number;
        for (int c = 0; c < columnCount; ++c)
            row.values[size_t(c)] = read.values.value(c);
        sheet.rows.append(std::move(row));
    }
    return reading;
}

// ---------------------------------------------------------------------------
// Values of the cells

// "1.6.2025", "01.06.2025" or "2025-06-01"; an invalid date when it is not
// one, with why in `problem`.
QDate dayOf(const QString &text, QString *problem)
{
    static const QRegularExpression finnish(QStringLiteral("^(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})$"));
    static const QRegularExpression iso(QStringLiteral("^(\\d{4})-(\\d{2})-(\\d{2})$"));
    int year = 0;
    int month = 0;
    int day = 0;
    if (const auto match = finnish.match(text); match.hasMatch()) {
        day = match.captured(1).toInt();
        month = match.captured(2).toInt();
        year = match.captured(3).toInt();
    } else if (const auto match = iso.match(text); match.hasMatch()) {
        year = match.captured(1).toInt();
        month = match.captured(2).toInt();
        day = match.captured(3).toInt();
    } else {
        *problem = tr("%1 is not a date; write it as 1.6.2025 or 2025-06-01.").arg(quoted(text));
        return {};
    }
    const QDate date(year, month, day);
    if (!date.isValid()) {
        *problem = tr("%1 is not a day of the calendar.").arg(quoted(text));
        return {};
    }
    if (year < 1900 || year > 2999) {
        *problem = tr("%1 is not a year of a membership; check the date.").arg(QString::number(year));
        return {};
    }
    return date;
}

bool isEmailAddress(const QString &text)
{
    static const QRegularExpression address(QStringLiteral("^[^@\\s,;<>\"]+@[^@\\s,;<>\"]+\\.[^@\\s,;<>\"]+$"));
    return address.match(text).hasMatch();
}

QString lowerFirst(QString text)
{
    if (!text.isEmpty())
        text[0] = text.at(0).toLower();
    return text;
}

// ---------------------------------------------------------------------------
// Checking against the store and writing

// A person as the file names them: rows with the same full name, and the
// same e-mail address where the rows give one.
struct FilePerson
{
    QString givenName, familyName, email, title, phone; // as first written
    QString nameKey, emailKey;
    int titleRow = 0, phoneRow = 0;
    QList<int> rows;          // indexes of the rows that name this person
    qint64 storeId = 0;       // the person of the store it is, if any
    bool unresolved = false;  // ambiguous: its rows have a problem already
    QString displayName() const { return givenName + QLatin1Char(' ') + familyName; }
};

struct RowCheck
{
    const Row *row = nullptr;
    bool problems = false;
    std::optional<Body> body;
    std::optional<MembershipRole> role;
    QDate from, until;
    bool fromOk = false, untilOk = false, personOk = false;
    QString nameKey, emailKey;
    int person = -1;          // index into the file's persons
    qint64 deputyKey = 0;     // the person a deputy stands in for
};

// A person, in the file or the store: the store's id, or -(index + 1) for
// a person of the file that is new.
using PersonKey = qint64;

struct Seat
{
    PersonKey person = 0;
    QDate from, until;
    bool datesKnown = true; // false for a row whose dates have problems of their own
};

// A seat holder whose row has a problem of its own: a deputy naming them
// waits for that row to be put right.
constexpr PersonKey unknownPerson = 0;

class Checker
{
    Q_DECLARE_TR_FUNCTIONS(MemberCsv)

public:
    Checker(Store &store, const Reading &reading, const Options &options)
        : m_store(store), m_sheet(reading.sheet), m_reading(reading), m_options(options)
    {
    }

    Checked<Summary> run()
    {
        Checked<Summary> result;
        if (!load()) {
            finish(result, m_problems);
            return result;
        }
        m_checks.resize(m_sheet.rows.size());
        for (qsizetype i = 0; i < m_sheet.rows.size(); ++i) {
            if (!report(Stage::Checking, int(i), int(m_sheet.rows.size()))) {
                finish(result, {cancelled()});
                return result;
            }
            m_checks[i].row = &m_sheet.rows.at(i);
            checkCells(m_checks[i]);
        }
        findPersons();
        matchPersons();
        resolveDeputies();
        planMemberships();
        if (!report(Stage::Checking, int(m_sheet.rows.size()), int(m_sheet.rows.size()))) {
            finish(result, {cancelled()});
            return result;
        }
        // A row already refused when it was read (its cells do not line up,
        // or one cannot be read) has its problem listed from there.
        QList<Problem> problems = m_reading.problems() + m_problems;
        if (!problems.isEmpty()) {
            finish(result, problems);
            return result;
        }

        Summary summary;
        summary.encoding = m_sheet.encoding;
        summary.separator = m_sheet.separator;
        summary.rows = int(m_sheet.rows.size());
        for (const FilePerson &person : std::as_const(m_persons)) {
            if (person.storeId)
                summary.personsMatched.append(m_storePersons.value(person.storeId).displayName());
            else
                summary.personsAdded.append(person.displayName());
        }
        summary.membershipsAdded = int(m_plans.size());
        summary.membershipsSkipped = m_skipped;
        if (!m_options.dryRun) {
            if (!write()) {
                finish(result, m_problems);
                return result;
            }
            summary.written = true;
        }
        result.value = summary;
        return result;
    }

private:
    struct Plan
    {
        int check = 0;
        Membership membership; // with person keys for ids
    };

    bool report(Stage stage, int done, int total) const
    {
        return !m_options.progress || m_options.progress(stage, done, total);
    }

    static Problem cancelled() { return {0, 0, {}, tr("The import was cancelled.")}; }

    bool load()
    {
        const auto bodies = m_store.bodies();
        const auto persons = m_store.persons();
        const auto memberships = m_store.memberships();
        for (const QString *error : {&bodies.error(), &persons.error(), &memberships.error()}) {
            if (!error->isEmpty()) {
                m_problems.append({0, 0, {}, *error});
                return false;
            }
        }
        m_bodies = *bodies;
        for (const Person &person : *persons) {
            m_storePersons.insert(person.id, person);
            m_storeByName[folded(person.displayName())].append(person.id);
        }
        m_memberships = *memberships;
        return true;
    }

    void problem(RowCheck &check, Column column, const QString &message)
    {
        check.problems = true;
        const int index = m_sheet.columns[size_t(column)];
        if (index < 0)
            m_problems.append({check.row->number, 0, {}, message});
        else
            m_problems.append({check.row->number, index + 1, m_sheet.header.at(index), message});
    }

    void rowProblem(RowCheck &check, const QString &message)
    {
        check.problems = true;
        m_problems.append({check.row->number, 0, {}, message});
    }

    bool refused(const RowCheck &check, Column column) const
    {
        const int index = m_sheet.columns[size_t(column)];
        return index >= 0 && m_reading.table.refused(check.row->number, index);
    }

    // Text the store would refuse (a control character): the store's own words.
    void checkText(RowCheck &check, Column column, const char *field)
    {
        const QString problemText = TextRules::problem(QStringLiteral("person"), QString::fromLatin1(field),
                                                       (*check.row)[column]);
        if (!problemText.isEmpty())
            problem(check, column, lowerFirst(problemText));
    }

    void checkCells(RowCheck &check)
    {
        const Row &row = *check.row;
        if (m_reading.table.shapeless.contains(row.number)) {
            check.problems = true;
            return;
        }
        for (const ColumnSpec &candidate : columnSpecs()) {
            if (refused(check, candidate.column))
                check.problems = true;
        }

        if (!refused(check, Column::Body))
            check.body = bodyOf(check);

        bool names = true;
        for (const auto &[column, field] : {std::pair{Column::GivenName, "given_name"},
                                            std::pair{Column::FamilyName, "family_name"}}) {
            if (refused(check, column)) {
                names = false;
            } else if (row[column].isEmpty()) {
                problem(check, column, column == Column::GivenName ? tr("the given name is empty.")
                                                                    : tr("the family name is empty."));
                names = false;
            } else {
                const int before = int(m_problems.size());
                checkText(check, column, field);
                names = names && m_problems.size() == before;
            }
        }
        bool email = !refused(check, Column::Email);
        if (email && !row[Column::Email].isEmpty()) {
            if (!isEmailAddress(row[Column::Email])) {
                problem(check, Column::Email, tr("%1 is not an e-mail address.").arg(quoted(row[Column::Email])));
                email = false;
            }
        }
        check.personOk = names && email && TextRules::problem(QStringLiteral("person"), QStringLiteral("email"),
                                                              row[Column::Email]).isEmpty();
        if (check.personOk) {
            check.nameKey = folded(row[Column::GivenName] + QLatin1Char(' ') + row[Column::FamilyName]);
            check.emailKey = folded(row[Column::Email]);
        }
        if (email)
            checkText(check, Column::Email, "email");
        checkText(check, Column::Title, "title");
        checkText(check, Column::Phone, "phone");

        if (!refused(check, Column::Role)) {
            if (row[Column::Role].isEmpty()) {
                problem(check, Column::Role, tr("the role is empty; write jäsen, varajäsen, puheenjohtaja, "
                                                "varapuheenjohtaja, sihteeri or esittelijä."));
            } else {
                check.role = roleOf(row[Column::Role]);
                if (!check.role)
                    problem(check, Column::Role,
                            tr("%1 is not a role; the roles are puheenjohtaja, varapuheenjohtaja, jäsen, "
                               "varajäsen, sihteeri and esittelijä (or the same in Swedish or English).")
                                .arg(quoted(row[Column::Role])));
            }
        }

        if (!refused(check, Column::ValidFrom)) {
            if (row[Column::ValidFrom].isEmpty()) {
                problem(check, Column::ValidFrom,
                        tr("the day the membership starts is empty; write it as 1.6.2025 or 2025-06-01."));
            } else {
                QString why;
                check.from = dayOf(row[Column::ValidFrom], &why);
                check.fromOk = check.from.isValid();
                if (!check.fromOk)
                    problem(check, Column::ValidFrom, why);
            }
        }
        if (!refused(check, Column::ValidUntil)) {
            check.untilOk = true;
            if (!row[Column::ValidUntil].isEmpty()) {
                QString why;
                check.until = dayOf(row[Column::ValidUntil], &why);
                check.untilOk = check.until.isValid();
                if (!check.untilOk)
                    problem(check, Column::ValidUntil, why);
                else if (check.fromOk && check.until < check.from) {
                    check.untilOk = false;
                    problem(check, Column::ValidUntil,
                            tr("the membership would end (%1) before it starts (%2).")
                                .arg(dayText(check.until), dayText(check.from)));
                }
            }
        }

        // Only a personal deputy names the member they stand in for, and a
        // deputy always does.
        if (check.role && !refused(check, Column::DeputyFor)) {
            const bool deputy = *check.role == MembershipRole::Deputy;
            const QString &deputyFor = row[Column::DeputyFor];
            if (deputy && deputyFor.isEmpty()) {
                if (m_sheet.has(Column::DeputyFor))
                    problem(check, Column::DeputyFor,
                            tr("a deputy (%1) must name the member they stand in for.").arg(row[Column::Role]));
                else
                    problem(check, Column::Role,
                            tr("a deputy must name the member they stand in for, but the file has no column for it "
                               "(%1).")
                                .arg(spec(Column::DeputyFor).names.join(QStringLiteral(", "))));
            } else if (!deputy && !deputyFor.isEmpty()) {
                problem(check, Column::DeputyFor,
                        tr("only a deputy (varajäsen) names a member they stand in for; this row's role is %1.")
                            .arg(quoted(row[Column::Role])));
            }
        }
    }

    std::optional<Body> bodyOf(RowCheck &check)
    {
        const QString &value = (*check.row)[Column::Body];
        if (value.isEmpty()) {
            problem(check, Column::Body, tr("the body is empty; write its short name, such as KH, or its name."));
            return std::nullopt;
        }
        const QString key = folded(value);
        QList<Body> found;
        for (const Body &body : std::as_const(m_bodies)) {
            if (folded(body.shortName) == key)
                found.append(body);
        }
        if (found.isEmpty()) {
            for (const Body &body : std::as_const(m_bodies)) {
                if (folded(body.name) == key || (!body.swedishName.isEmpty() && folded(body.swedishName) == key))
                    found.append(body);
            }
        }
        if (found.size() == 1)
            return found.first();
        if (found.size() > 1) {
            QStringList names;
            for (const Body &body : std::as_const(found))
                names.append(body.shortName);
            problem(check, Column::Body, tr("%1 names %2 bodies (%3); write the short name of the one meant.")
                                             .arg(quoted(value), number(found.size()),
                                                  names.join(QStringLiteral(", "))));
            return std::nullopt;
        }
        if (m_bodies.isEmpty()) {
            problem(check, Column::Body, tr("there is no body %1: the store has no bodies yet. Add the body first.")
                                             .arg(quoted(value)));
            return std::nullopt;
        }
        QStringList names;
        for (const Body &body : std::as_const(m_bodies)) {
            if (names.size() == 20) {
                names.append(QStringLiteral("…"));
                break;
            }
            names.append(body.shortName + QStringLiteral(" (") + body.name + QLatin1Char(')'));
        }
        problem(check, Column::Body, tr("there is no body %1 in the store; the bodies are %2.")
                                         .arg(quoted(value), names.join(QStringLiteral(", "))));
        return std::nullopt;
    }

    // Rows with the same full name are one person, unless they give
    // different e-mail addresses; a row without an address is the one
    // person of that name who has one, or the only one of that name.
    void findPersons()
    {
        QStringList order;
        QHash<QString, QList<int>> byName;
        for (int i = 0; i < int(m_checks.size()); ++i) {
            if (!m_checks.at(i).personOk)
                continue;
            const QString &key = m_checks.at(i).nameKey;
            if (!byName.contains(key))
                order.append(key);
            byName[key].append(i);
        }
        for (const QString &key : std::as_const(order)) {
            const QList<int> rows = byName.value(key);
            QHash<QString, int> byEmail; // e-mail key → index into m_persons
            QStringList emails;
            for (const int i : rows) {
                const QString &email = m_checks.at(i).emailKey;
                if (email.isEmpty() || byEmail.contains(email))
                    continue;
                byEmail.insert(email, int(m_persons.size()));
                emails.append(QStringLiteral("%1 (%2)").arg(m_checks.at(i).row->values[size_t(Column::Email)],
                                                            tr("row %1").arg(m_checks.at(i).row->number)));
                m_persons.append(newPerson(i));
            }
            int withoutEmail = -1;
            if (byEmail.size() == 1)
                withoutEmail = byEmail.cbegin().value();
            for (const int i : rows) {
                RowCheck &check = m_checks[i];
                int index = -1;
                if (!check.emailKey.isEmpty()) {
                    index = byEmail.value(check.emailKey);
                } else if (byEmail.isEmpty()) {
                    if (withoutEmail < 0) {
                        withoutEmail = int(m_persons.size());
                        m_persons.append(newPerson(i));
                    }
                    index = withoutEmail;
                } else if (byEmail.size() == 1) {
                    index = withoutEmail;
                } else {
                    problem(check, Column::Email,
                            tr("the file names %1 persons called %2, with different e-mail addresses: %3. Give this "
                               "row's e-mail address to say which one is meant.")
                                .arg(number(byEmail.size()), personName(check), emails.join(QStringLiteral(", "))));
                    continue;
                }
                check.person = index;
                addDetails(check, m_persons[index]);
            }
        }
    }

    static QString personName(const RowCheck &check)
    {
        return (*check.row)[Column::GivenName] + QLatin1Char(' ') + (*check.row)[Column::FamilyName];
    }

    FilePerson newPerson(int i) const
    {
        const Row &row = *m_checks.at(i).row;
        FilePerson person;
        person.givenName = row[Column::GivenName];
        person.familyName = row[Column::FamilyName];
        person.email = row[Column::Email];
        person.nameKey = m_checks.at(i).nameKey;
        person.emailKey = m_checks.at(i).emailKey;
        return person;
    }

    // A person's title and phone are the same on each row that gives them.
    void addDetails(RowCheck &check, FilePerson &person)
    {
        const Row &row = *check.row;
        person.rows.append(int(&check - m_checks.data()));
        const auto same = [&](Column column, QString &kept, int &keptRow, bool compact) {
            const QString &value = row[column];
            if (value.isEmpty() || refused(check, column))
                return;
            if (kept.isEmpty()) {
                kept = value;
                keptRow = row.number;
                return;
            }
            QString a = folded(kept);
            QString b = folded(value);
            if (compact) {
                a.remove(u' ');
                b.remove(u' ');
            }
            if (a != b)
                problem(check, column,
                        tr("row %1 gives %2 for %3; a person has one title and one phone number: write the same on "
                           "each row, or leave the cell empty.")
                            .arg(QString::number(keptRow), quoted(kept), personName(check)));
        };
        same(Column::Title, person.title, person.titleRow, false);
        same(Column::Phone, person.phone, person.phoneRow, true);
    }

    // The store's person of the same full name with the same e-mail address;
    // failing that, with no e-mail address (or, for a row without one, the
    // only one of that name). Two or more such: the file must say which.
    void matchPersons()
    {
        QHash<qint64, int> claimed; // store id → the file person it became
        for (int p = 0; p < int(m_persons.size()); ++p) {
            FilePerson &person = m_persons[p];
            const QList<qint64> sameName = m_storeByName.value(person.nameKey);
            QList<qint64> candidates;
            if (person.emailKey.isEmpty()) {
                candidates = sameName;
            } else {
                for (const qint64 id : sameName) {
                    if (folded(m_storePersons.value(id).email) == person.emailKey)
                        candidates.append(id);
                }
                if (candidates.isEmpty()) {
                    for (const qint64 id : sameName) {
                        if (m_storePersons.value(id).email.trimmed().isEmpty())
                            candidates.append(id);
                    }
                }
            }
            if (candidates.size() > 1) {
                QStringList which;
                for (const qint64 id : std::as_const(candidates)) {
                    const QString email = m_storePersons.value(id).email.trimmed();
                    which.append(email.isEmpty() ? tr("no e-mail address") : email);
                }
                person.unresolved = true;
                for (const int i : std::as_const(person.rows))
                    problem(m_checks[i], Column::Email,
                            tr("the store has %1 persons called %2 (%3), and the row does not say which one is "
                               "meant; give the e-mail address the store has for them.")
                                .arg(number(candidates.size()), person.displayName(),
                                     which.join(QStringLiteral(", "))));
                continue;
            }
            if (candidates.size() == 1) {
                const qint64 id = candidates.first();
                if (const auto other = claimed.constFind(id); other != claimed.cend()) {
                    person.unresolved = true;
                    const FilePerson &first = m_persons.at(*other);
                    for (const int i : std::as_const(person.rows))
                        problem(m_checks[i], Column::Email,
                                tr("this %1 and the one on row %2 have different e-mail addresses, but both would "
                                   "be the store's %1, who has none; give the store's person an e-mail address "
                                   "first, or correct the file.")
                                    .arg(person.displayName(),
                                         QString::number(m_checks.at(first.rows.first()).row->number)));
                    continue;
                }
                claimed.insert(id, p);
                person.storeId = id;
                m_fileOfStore.insert(id, p);
            }
        }
    }

    PersonKey keyOf(int personIndex) const
    {
        if (personIndex < 0 || m_persons.at(personIndex).unresolved)
            return 0;
        const FilePerson &person = m_persons.at(personIndex);
        return person.storeId ? person.storeId : -PersonKey(personIndex + 1);
    }

    // The ways a deputy's row may name a person: "Aino Mäkelä", "Mäkelä
    // Aino", "Mäkelä, Aino" or an e-mail address.
    QSet<QString> namesOf(PersonKey key) const
    {
        QSet<QString> names;
        const auto add = [&](const QString &given, const QString &family, const QString &email) {
            names.insert(folded(given + QLatin1Char(' ') + family));
            names.insert(folded(family + QLatin1Char(' ') + given));
            names.insert(folded(family + QStringLiteral(", ") + given));
            if (!email.trimmed().isEmpty())
                names.insert(folded(email));
        };
        if (key > 0) {
            const Person person = m_storePersons.value(key);
            add(person.givenName, person.familyName, person.email);
        }
        const int index = key < 0 ? int(-key - 1) : m_fileOfStore.value(key, -1);
        if (index >= 0) {
            const FilePerson &person = m_persons.at(index);
            add(person.givenName, person.familyName, person.email);
        }
        return names;
    }

    void resolveDeputies()
    {
        QHash<qint64, QList<Seat>> seats; // by body
        for (const Membership &membership : std::as_const(m_memberships)) {
            if (isSeat(membership.role))
                seats[membership.bodyId].append({membership.personId, membership.validFrom, membership.validUntil});
        }
        // Each body's seat holders by every name they may be given.
        QHash<qint64, QHash<QString, QList<PersonKey>>> seatNames;
        for (const RowCheck &check : std::as_const(m_checks)) {
            if (!check.body || !check.role || !isSeat(*check.role))
                continue;
            if (const PersonKey key = keyOf(check.person)) {
                seats[check.body->id].append({key, check.from, check.until, check.fromOk && check.untilOk});
                continue;
            }
            const Row &row = *check.row;
            if (row[Column::GivenName].isEmpty() || row[Column::FamilyName].isEmpty())
                continue;
            QHash<QString, QList<PersonKey>> &byName = seatNames[check.body->id];
            for (const QString &name : {row[Column::GivenName] + QLatin1Char(' ') + row[Column::FamilyName],
                                        row[Column::FamilyName] + QLatin1Char(' ') + row[Column::GivenName],
                                        row[Column::FamilyName] + QStringLiteral(", ") + row[Column::GivenName],
                                        row[Column::Email]}) {
                if (!name.isEmpty() && !byName[folded(name)].contains(unknownPerson))
                    byName[folded(name)].append(unknownPerson);
            }
        }
        for (auto body = seats.cbegin(); body != seats.cend(); ++body) {
            QSet<PersonKey> indexed;
            QHash<QString, QList<PersonKey>> &byName = seatNames[body.key()];
            for (const Seat &seat : body.value()) {
                if (indexed.contains(seat.person))
                    continue;
                indexed.insert(seat.person);
                const QSet<QString> names = namesOf(seat.person);
                for (const QString &name : names)
                    byName[name].append(seat.person);
            }
        }

        for (RowCheck &check : m_checks) {
            if (!check.body || check.role != MembershipRole::Deputy || refused(check, Column::DeputyFor))
                continue;
            const QString &value = (*check.row)[Column::DeputyFor];
            if (value.isEmpty())
                continue;
            const QString wanted = folded(value);
            const QList<PersonKey> members = seatNames.value(check.body->id).value(wanted);
            if (members.contains(unknownPerson))
                continue;
            if (members.isEmpty()) {
                problem(check, Column::DeputyFor,
                        tr("%1 is not a member of %2 in this file or in the store; a personal deputy stands in for "
                           "a member, the chair or a vice chair of the same body.")
                            .arg(quoted(value), check.body->shortName));
                continue;
            }
            if (members.size() > 1) {
                problem(check, Column::DeputyFor,
                        tr("%1 names %2 members of %3; write the e-mail address of the one meant instead.")
                            .arg(quoted(value), number(members.size()), check.body->shortName));
                continue;
            }
            const PersonKey member = members.first();
            if (member == keyOf(check.person)) {
                problem(check, Column::DeputyFor, tr("a person cannot be their own deputy."));
                continue;
            }
            // The store's rule (Membership::seatsCover): the deputy's
            // membership lies within the member's seats, in the file and
            // the store. A seat whose row has date problems of its own
            // leaves the question to that row.
            if (check.fromOk && check.untilOk) {
                QList<Membership> memberSeats;
                bool datesKnown = true;
                for (const Seat &seat : std::as_const(seats[check.body->id])) {
                    if (seat.person != member)
                        continue;
                    datesKnown = datesKnown && seat.datesKnown;
                    Membership held;
                    held.role = MembershipRole::Member;
                    held.validFrom = seat.from;
                    held.validUntil = seat.until;
                    memberSeats.append(held);
                }
                if (datesKnown && !Membership::seatsCover(memberSeats, check.from, check.until)) {
                    const QString period = check.until.isNull()
                        ? tr("from %1").arg(dayText(check.from))
                        : QStringLiteral("%1–%2").arg(dayText(check.from), dayText(check.until));
                    problem(check, Column::DeputyFor,
                            tr("%1 does not hold a seat in %2 for the whole of this deputy's membership (%3), and a "
                               "personal deputy's membership lies within the member's; check the dates.")
                                .arg(quoted(value), check.body->shortName, period));
                    continue;
                }
            }
            check.deputyKey = member;
        }
    }

    // Each membership once: a row that repeats another is refused, one the
    // store has already is passed over, and one that differs from the
    // store's only in its end or its member is refused (an import changes
    // no membership).
    static QString membershipKey(qint64 body, PersonKey person, MembershipRole role, const QDate &from)
    {
        return QStringLiteral("%1|%2|%3|%4")
            .arg(QString::number(body), QString::number(person), Codes::code(role), from.toString(Qt::ISODate));
    }

    void planMemberships()
    {
        QHash<QString, Membership> stored;
        for (const Membership &membership : std::as_const(m_memberships)) {
            const QString key =
                membershipKey(membership.bodyId, membership.personId, membership.role, membership.validFrom);
            if (!stored.contains(key))
                stored.insert(key, membership);
        }
        QHash<QString, int> seen; // body, person, role, start → row number
        for (int i = 0; i < int(m_checks.size()); ++i) {
            RowCheck &check = m_checks[i];
            const PersonKey person = keyOf(check.person);
            const bool deputy = check.role == MembershipRole::Deputy;
            if (!check.body || !check.role || !check.fromOk || !check.untilOk || !person
                || (deputy && !check.deputyKey))
                continue;
            const QString key = membershipKey(check.body->id, person, *check.role, check.from);
            if (const auto first = seen.constFind(key); first != seen.cend()) {
                rowProblem(check, tr("repeats row %1: the same person, body, role and first day.")
                                      .arg(QString::number(*first)));
                continue;
            }
            seen.insert(key, check.row->number);
            if (const auto existing = stored.constFind(key); existing != stored.cend()) {
                const bool sameEnd = existing->validUntil == check.until;
                const bool sameMember = !deputy || existing->deputyForPersonId == check.deputyKey;
                if (sameEnd && sameMember) {
                    ++m_skipped;
                    continue;
                }
                const QString stores = !sameEnd
                    ? (existing->validUntil.isValid() ? tr("ending %1").arg(dayText(existing->validUntil))
                                                      : tr("with no end"))
                    : tr("standing in for %1").arg(m_storePersons.value(existing->deputyForPersonId).displayName());
                rowProblem(check, tr("the store already has this membership (from %1), %2. An import adds "
                                     "memberships but changes none: make the row say the same, or change the "
                                     "membership in Pykälä first.")
                                      .arg(dayText(check.from), stores));
                continue;
            }
            if (check.problems)
                continue;
            Membership membership;
            membership.bodyId = check.body->id;
            membership.personId = person;
            membership.role = *check.role;
            membership.deputyForPersonId = deputy ? check.deputyKey : 0;
            membership.validFrom = check.from;
            membership.validUntil = check.until;
            m_plans.append({i, membership});
        }
    }

    // Everything in one transaction: the new persons, then the memberships.
    bool write()
    {
        Store::Transaction transaction(m_store);
        if (!transaction.ok()) {
            m_problems.append({0, 0, {}, transaction.error()});
            return false;
        }
        QHash<PersonKey, qint64> ids;
        int newPersons = 0;
        for (const FilePerson &person : std::as_const(m_persons))
            newPersons += person.storeId ? 0 : 1;
        const int total = newPersons + int(m_plans.size());
        int done = 0;
        for (int p = 0; p < int(m_persons.size()); ++p) {
            const FilePerson &person = m_persons.at(p);
            if (person.storeId)
                continue;
            if (!report(Stage::Writing, done++, total)) {
                m_problems.append(cancelled());
                return false;
            }
            const auto id = m_store.addPerson(
                {0, person.givenName, person.familyName, person.title, person.email, person.phone});
            if (!id) {
                m_problems.append({m_checks.at(person.rows.first()).row->number, 0, {}, id.error()});
                return false;
            }
            ids.insert(-PersonKey(p + 1), *id);
        }
        const auto idOf = [&](PersonKey key) { return key > 0 ? key : ids.value(key); };
        // The seats before the personal deputies who stand in for them.
        QList<Plan> plans = m_plans;
        std::stable_sort(plans.begin(), plans.end(), [](const Plan &a, const Plan &b) {
            return (a.membership.role != MembershipRole::Deputy) && (b.membership.role == MembershipRole::Deputy);
        });
        for (const Plan &plan : std::as_const(plans)) {
            if (!report(Stage::Writing, done++, total)) {
                m_problems.append(cancelled());
                return false;
            }
            Membership membership = plan.membership;
            membership.personId = idOf(membership.personId);
            if (membership.deputyForPersonId)
                membership.deputyForPersonId = idOf(membership.deputyForPersonId);
            const auto id = m_store.addMembership(membership);
            if (!id) {
                m_problems.append({m_checks.at(plan.check).row->number, 0, {}, id.error()});
                return false;
            }
        }
        if (const Status committed = transaction.commit(); !committed) {
            m_problems.append({0, 0, {}, committed.error()});
            return false;
        }
        report(Stage::Writing, total, total);
        return true;
    }

    Store &m_store;
    const Sheet &m_sheet;
    const Reading &m_reading;
    const Options &m_options;
    QList<Body> m_bodies;
    QHash<qint64, Person> m_storePersons;
    QHash<QString, QList<qint64>> m_storeByName;
    QList<Membership> m_memberships;
    QList<RowCheck> m_checks;
    QList<FilePerson> m_persons;
    QList<Plan> m_plans;
    QList<Problem> m_problems;
    QHash<qint64, int> m_fileOfStore; // store id → index into m_persons
    int m_skipped = 0;
};

} // namespace

QString sizeProblem(qint64 bytes)
{
    if (bytes <= maxFileBytes)
        return {};
    return tr("The file is larger than %1 bytes, the most that is read; a list of members is far smaller. Is this "
              "the right file?")
        .arg(number(maxFileBytes));
}

QStringList columnNames(Column column)
{
    return spec(column).names;
}

bool isRequired(Column column)
{
    return spec(column).required;
}

std::optional<MembershipRole> roleOf(const QString &word)
{
    static const QHash<QString, MembershipRole> roles = [] {
        QHash<QString, MembershipRole> table;
        const auto add = [&](MembershipRole role, std::initializer_list<const char16_t *> words) {
            for (const char16_t *w : words)
                table.insert(QString::fromUtf16(w), role);
            table.insert(Codes::code(role), role);
        };
        add(MembershipRole::Chair, {u"puheenjohtaja", u"pj", u"ordförande", u"ordf", u"chair", u"chairperson"});
        add(MembershipRole::ViceChair,
            {u"varapuheenjohtaja", u"vpj", u"1. varapuheenjohtaja", u"2. varapuheenjohtaja", u"i varapuheenjohtaja",
             u"ii varapuheenjohtaja", u"vice ordförande", u"viceordförande", u"första vice ordförande",
             u"andra vice ordförande", u"vice chair", u"vice-chairperson", u"first vice-chair", u"second vice-chair"});
        add(MembershipRole::Member, {u"jäsen", u"varsinainen jäsen", u"ledamot", u"ordinarie ledamot", u"medlem",
                                     u"member"});
        add(MembershipRole::Deputy, {u"varajäsen", u"henkilökohtainen varajäsen", u"ersättare",
                                     u"personlig ersättare", u"personal deputy", u"deputy member"});
        add(MembershipRole::Secretary, {u"sihteeri", u"pöytäkirjanpitäjä", u"sekreterare", u"protokollförare",
                                        u"secretary"});
        add(MembershipRole::Presenter, {u"esittelijä", u"föredragande", u"presenter"});
        return table;
    }();
    QString key = folded(word);
    while (key.endsWith(u'.'))
        key.chop(1); // "pj.", "vpj."
    const auto found = roles.constFind(key);
    if (found == roles.cend())
        return std::nullopt;
    return *found;
}

QString Sheet::columnName(Column column) const
{
    const int index = columns[size_t(column)];
    return index >= 0 ? header.at(index) : spec(column).names.first();
}

Checked<Sheet> parse(const QByteArray &bytes)
{
    Reading reading = read(bytes);
    Checked<Sheet> result;
    if (reading.readable())
        result.value = std::move(reading.sheet);
    finish(result, reading.problems());
    return result;
}

Checked<Summary> import(Store &store, const QByteArray &bytes, const Options &options)
{
    const Reading reading = read(bytes);
    if (!reading.readable()) {
        Checked<Summary> result;
        finish(result, reading.problems());
        return result;
    }
    return Checker(store, reading, options).run();
}

} // namespace MemberCsv
