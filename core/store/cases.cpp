// The case register: the task classification of the information management
// plan, cases with their diary numbers and parties, which items handle
// which case, the extracts sent, and what the retention rules allow.

#include "store.h"

#include "auditlog.h"
#include "connection.h"
#include "searchterms.h"
#include "storeengine.h"
#include "storesupport.h"
#include "text/richtext.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

using namespace StoreSupport;

namespace {

// ---------------------------------------------------------------------------
// The tables

QVariant years(const std::optional<int> &value)
{
    return value ? QVariant(*value) : QVariant();
}

std::optional<int> readYears(const QVariant &value)
{
    return value.isNull() ? std::nullopt : std::optional<int>(value.toInt());
}

const Table<TaskClass> &taskClassTable()
{
    static const Table<TaskClass> table("task_class", {
        idColumn<TaskClass>(),
        {"code", [](auto &c) -> QVariant { return c.code.trimmed(); },
         [](auto &c, auto &v) { c.code = v.toString(); }, Fixed},
        {"name", [](auto &c) -> QVariant { return c.name.trimmed(); },
         [](auto &c, auto &v) { c.name = v.toString(); }},
        {"retention_years", [](auto &c) -> QVariant { return years(c.retentionYears); },
         [](auto &c, auto &v) { c.retentionYears = readYears(v); }},
        publicityColumn<TaskClass>(),
        confidentialityBasisColumn<TaskClass>(),
        {"personal_data", [](auto &c) -> QVariant { return c.personalData ? 1 : 0; },
         [](auto &c, auto &v) { c.personalData = v.toInt() != 0; }},
    });
    return table;
}

QString partiesJson(const QList<CaseParty> &parties)
{
    QJsonArray array;
    for (const CaseParty &party : parties)
        array.append(party.toJson());
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QList<CaseParty> readParties(const QVariant &value)
{
    QList<CaseParty> parties;
    for (const QJsonValue &entry : QJsonDocument::fromJson(value.toString().toUtf8()).array())
        parties.append(CaseParty::fromJson(entry.toObject()));
    return parties;
}

const Table<Case> &caseTable()
{
    static const Table<Case> table("case_file", {
        idColumn<Case>(),
        // The diary number, given once.
        {"prefix", [](auto &c) -> QVariant { return c.diaryNumber.prefix; },
         [](auto &c, auto &v) { c.diaryNumber.prefix = v.toString(); }, Fixed},
        {"number", [](auto &c) -> QVariant { return c.diaryNumber.number; },
         [](auto &c, auto &v) { c.diaryNumber.number = v.toInt(); }, Fixed},
        {"class_code", [](auto &c) -> QVariant { return c.diaryNumber.taskClass; },
         [](auto &c, auto &v) { c.diaryNumber.taskClass = v.toString(); }, Fixed},
        {"year", [](auto &c) -> QVariant { return c.diaryNumber.year; },
         [](auto &c, auto &v) { c.diaryNumber.year = v.toInt(); }, Fixed},
        {"title", [](auto &c) -> QVariant { return c.title.trimmed(); },
         [](auto &c, auto &v) { c.title = v.toString(); }},
        {"task_class_id", [](auto &c) -> QVariant { return c.taskClassId; },
         [](auto &c, auto &v) { c.taskClassId = v.toLongLong(); }},
        publicityColumn<Case>(),
        confidentialityBasisColumn<Case>(),
        {"secrecy_years",
         [](auto &c) -> QVariant { return c.publicity == Publicity::Public ? QVariant() : years(c.secrecyYears); },
         [](auto &c, auto &v) { c.secrecyYears = readYears(v); }},
        {"parties", [](auto &c) -> QVariant { return partiesJson(c.parties); },
         [](auto &c, auto &v) { c.parties = readParties(v); }},
        {"preparer_person_id", [](auto &c) -> QVariant { return nullIfZero(c.preparerPersonId); },
         [](auto &c, auto &v) { c.preparerPersonId = v.toLongLong(); }},
        {"state", [](auto &c) -> QVariant { return Codes::code(c.state); },
         [](auto &c, auto &v) { c.state = parseCode(v, CaseState::Initiated); }},
        {"initiated", [](auto &c) -> QVariant { return isoDate(c.initiated); },
         [](auto &c, auto &v) { c.initiated = parseDate(v); }},
        {"decided", [](auto &c) -> QVariant { return isoDate(c.decided); },
         [](auto &c, auto &v) { c.decided = parseDate(v); }},
        {"implemented", [](auto &c) -> QVariant { return isoDate(c.implemented); },
         [](auto &c, auto &v) { c.implemented = parseDate(v); }},
        {"closed", [](auto &c) -> QVariant { return isoDate(c.closed); },
         [](auto &c, auto &v) { c.closed = parseDate(v); }},
        // Written only by destroyCaseRecords.
        {"destroyed", [](auto &c) -> QVariant { return isoDate(c.destroyed); },
         [](auto &c, auto &v) { c.destroyed = parseDate(v); }, Fixed},
    });
    return table;
}

const Table<ExtractSent> &extractSentTable()
{
    static const Table<ExtractSent> table("extract_sent", {
        idColumn<ExtractSent>(),
        {"item_id", [](auto &e) -> QVariant { return e.itemId; },
         [](auto &e, auto &v) { e.itemId = v.toLongLong(); }, Fixed},
        {"recipient", [](auto &e) -> QVariant { return e.recipient.trimmed(); },
         [](auto &e, auto &v) { e.recipient = v.toString(); }, Fixed},
        {"address", [](auto &e) -> QVariant { return e.address.trimmed(); },
         [](auto &e, auto &v) { e.address = v.toString(); }, Fixed},
        {"method", [](auto &e) -> QVariant { return Codes::code(e.method); },
         [](auto &e, auto &v) { e.method = parseCode(v, SendMethod::Letter); }, Fixed},
        {"sent", [](auto &e) -> QVariant { return isoDate(e.sent); },
         [](auto &e, auto &v) { e.sent = parseDate(v); }, Fixed},
        {"recorded_at", [](auto &e) -> QVariant { return isoDateTime(e.recordedAt); },
         [](auto &e, auto &v) { e.recordedAt = parseDateTime(v); }, Fixed},
    });
    return table;
}

QString tr(const char *text)
{
    return QCoreApplication::translate("Store", text);
}

// Why the class cannot be kept; empty when it can.
QString taskClassProblem(const TaskClass &taskClass)
{
    if (!DiaryNumber::isTaskClassCode(taskClass.code.trimmed()))
        return tr("\"%1\" is not a task class code: a code has one to four two-digit parts separated by dots, "
                  "e.g. 00.01.01.")
            .arg(taskClass.code.trimmed());
    if (taskClass.name.trimmed().isEmpty())
        return tr("Task class %1 needs a name.").arg(taskClass.code.trimmed());
    if (taskClass.retentionYears && (*taskClass.retentionYears < 1 || *taskClass.retentionYears > 1000))
        return tr("The retention period of task class %1 must be from 1 to 1000 years, or permanent.")
            .arg(taskClass.code.trimmed());
    if (taskClass.publicity != Publicity::Public && taskClass.confidentialityBasis.isEmpty())
        return tr("Task class %1 is not public by default: name the legal basis of its confidentiality.")
            .arg(taskClass.code.trimmed());
    return {};
}

// The words of a case's title as the case search finds them: composed,
// case-folded, split at everything that is not a letter or a digit.
QStringList caseTitleWords(const QString &title)
{
    QStringList words;
    QString word;
    for (const QChar c : title.normalized(QString::NormalizationForm_C).toCaseFolded() + QLatin1Char(' ')) {
        if (c.isLetterOrNumber() || c.isMark()) {
            word.append(c);
        } else if (!word.isEmpty()) {
            if (!words.contains(word))
                words.append(word);
            word.clear();
        }
    }
    return words;
}

// Why the case cannot be kept; empty when it can.
QString caseProblem(const Case &entry)
{
    if (entry.title.trimmed().isEmpty())
        return tr("A case needs a title.");
    if (entry.taskClassId <= 0 && entry.diaryNumber.taskClass.trimmed().isEmpty())
        return tr("Case \"%1\" needs a task class.").arg(entry.title.trimmed());
    if (entry.publicity != Publicity::Public && entry.confidentialityBasis.isEmpty())
        return tr("Case \"%1\" is not public: name the legal basis of its confidentiality.").arg(entry.title.trimmed());
    if (entry.secrecyYears && (*entry.secrecyYears < 1 || *entry.secrecyYears > 100))
        return tr("The secrecy period of case \"%1\" must be from 1 to 100 years.").arg(entry.title.trimmed());
    if (!entry.initiated.isValid())
        return tr("Case \"%1\" needs the day it was opened.").arg(entry.title.trimmed());
    const QList<std::pair<QDate, const char *>> later{
        {entry.decided, QT_TRANSLATE_NOOP("Store", "decided")},
        {entry.implemented, QT_TRANSLATE_NOOP("Store", "implemented")},
        {entry.closed, QT_TRANSLATE_NOOP("Store", "closed")}};
    for (const auto &[day, what] : later) {
        if (day.isValid() && day < entry.initiated)
            return tr("Case \"%1\" cannot be %2 before it was opened (%3).")
                .arg(entry.title.trimmed(), tr(what), entry.initiated.toString(Qt::ISODate));
    }
    if (entry.state == CaseState::Closed && !entry.closed.isValid())
        return tr("Case \"%1\" is closed: give the day it was closed.").arg(entry.title.trimmed());
    for (const CaseParty &party : entry.parties) {
        if (party.name.trimmed().isEmpty())
            return tr("Every party of case \"%1\" needs a name.").arg(entry.title.trimmed());
        for (const auto &[column, text] : {std::pair{QStringLiteral("name"), party.name},
                                           std::pair{QStringLiteral("role"), party.role},
                                           std::pair{QStringLiteral("contact"), party.contact}}) {
            if (QString problem = TextRules::problem(QStringLiteral("case_party"), column, text); !problem.isEmpty())
                return problem;
        }
    }
    return {};
}

// "KH 12/2026", from a row's short name, number and year.
QString referenceOf(const QString &shortName, int number, int year)
{
    return QStringLiteral("%1 %2/%3").arg(shortName).arg(number).arg(year);
}

} // namespace

// ---------------------------------------------------------------------------
// The task classification

const QList<TaskClass> &Store::builtInTaskClasses()
{
    // The classes of Kuntaliitto's common task classification that the demo
    // uses, with the retention and publicity a municipality's plan usually
    // gives them. A municipality imports its own plan over these.
    struct Entry
    {
        const char *code;
        const char *name;
        int years; // 0: permanent
        bool confidential;
        bool personalData;
    };
    static const Entry entries[] = {
        {"00.00.01", "Hallintosääntö ja toimintaohjeet", 0, false, false},
        {"00.01.00", "Toimielinten toiminta", 0, false, false},
        {"00.01.01", "Luottamushenkilöiden valinta ja erot", 0, false, true},
        {"00.01.02", "Valtuustoaloitteet", 0, false, false},
        {"00.01.03", "Sidonnaisuudet", 10, false, true},
        {"00.03.01", "Vaalien järjestäminen", 0, false, false},
        {"00.03.02", "Ehdokasasettelu", 0, false, true},
        {"00.04.02", "Vahingonkorvaukset", 10, true, true},
        {"01.00.00", "Henkilöstöhallinnon yleishallinto", 0, false, false},
        {"01.01.01", "Henkilöstösuunnittelu", 0, false, false},
        {"01.01.02", "Virka- ja työehtosopimukset", 0, false, false},
        {"01.01.03", "Työhyvinvointi", 10, false, false},
        {"01.01.04", "Virkasuhteen päättäminen", 50, true, true},
        {"01.01.05", "Palvelussuhteen päättyminen", 50, true, true},
        {"02.02.00", "Talousarvio ja -suunnitelma", 0, false, false},
        {"02.02.02", "Talousarviomuutokset", 0, false, false},
        {"02.02.03", "Talousarvion seuranta", 10, false, false},
        {"02.05.01", "Avustukset yhteisöille", 10, false, false},
        {"02.06.01", "Tilinpäätös", 0, false, false},
        {"02.06.02", "Arviointikertomus", 0, false, false},
        {"02.07.01", "Hankinnat ja urakat", 10, false, false},
        {"05.00.00", "Sosiaalipalvelujen yleishallinto", 0, false, false},
        {"05.01.01", "Toimeentulotuki", 10, true, true},
        {"05.01.02", "Lastensuojelu", 0, true, true},
        {"05.02.01", "Vammaispalvelut", 10, true, true},
        {"05.02.03", "Omaishoidon tuki", 10, false, false},
        {"05.03.00", "Vanhuspalvelut", 10, false, false},
        {"05.03.02", "Asumispalvelujen hankinta", 10, false, false},
        {"08.00.00", "Elinkeinopolitiikka", 0, false, false},
        {"08.01.00", "Yritysten tukeminen", 10, false, false},
        {"08.01.01", "Työllisyyden tukeminen", 10, false, false},
        {"08.02.00", "Matkailu", 10, false, false},
        {"10.00.02", "Maankäyttösopimukset", 0, false, false},
        {"10.00.03", "Kiinteistökaupat", 0, false, false},
        {"10.00.05", "Vuokrasopimukset", 10, false, false},
        {"10.02.00", "Kaavoituksen yleishallinto", 0, false, false},
        {"10.02.03", "Asemakaavoitus", 0, false, false},
        {"10.03.01", "Rakennusluvat", 0, false, false},
        {"10.03.02", "Poikkeamisluvat", 0, false, false},
        {"10.03.03", "Purkamisluvat", 0, false, false},
        {"10.04.00", "Kadut ja yleiset alueet", 0, false, false},
        {"10.04.01", "Katuvalaistus", 10, false, false},
        {"10.04.02", "Kunnossapito", 10, false, false},
        {"10.05.00", "Vesihuolto", 0, false, false},
        {"11.00.00", "Ympäristönsuojelun yleishallinto", 0, false, false},
        {"11.01.02", "Ympäristöluvat", 0, false, false},
        {"11.02.01", "Maa-ainesluvat", 0, false, false},
        {"12.01.00", "Varhaiskasvatuksen järjestäminen", 0, false, false},
        {"12.01.01", "Varhaiskasvatuksen asiakasmaksut", 10, false, false},
        {"12.02.00", "Perusopetuksen järjestäminen", 0, false, false},
        {"12.02.01", "Oppilaaksiotto", 10, false, false},
        {"12.02.02", "Koulukuljetukset", 10, true, true},
        {"12.02.03", "Oppilaan tuki", 0, true, true},
        {"12.04.00", "Kirjastopalvelut", 10, false, false},
        {"12.05.01", "Kulttuuri- ja liikunta-avustukset", 10, false, false},
    };
    static const QList<TaskClass> classes = [] {
    QList<TaskClass> classes;
    for (const Entry &entry : entries) {
        TaskClass taskClass;
        taskClass.code = QString::fromLatin1(entry.code);
        taskClass.name = QString::fromUtf8(entry.name);
        if (entry.years > 0)
            taskClass.retentionYears = entry.years;
        if (entry.confidential) {
            taskClass.publicity = Publicity::Confidential;
            taskClass.confidentialityBasis = LegalBasis::fromText(QStringLiteral("JulkL 24 § 1 mom. 25 k"));
        }
        taskClass.personalData = entry.personalData;
        classes.append(taskClass);
    }
    return classes;
    }();
    return classes;
}

Result<QList<TaskClass>> Store::taskClasses() const
{
    static const KeptSql sql(taskClassTable().select(QStringLiteral("ORDER BY code")));
    Statement query(database(), sql);
    const auto stored = readAll(query, taskClassTable());
    if (!stored)
        return stored;
    QList<TaskClass> all = *stored;
    QSet<QString> codes;
    for (const TaskClass &taskClass : all)
        codes.insert(taskClass.code);
    for (const TaskClass &builtIn : builtInTaskClasses()) {
        if (!codes.contains(builtIn.code))
            all.append(builtIn);
    }
    std::sort(all.begin(), all.end(), [](const TaskClass &a, const TaskClass &b) { return a.code < b.code; });
    return all;
}

Result<std::optional<TaskClass>> Store::taskClass(qint64 id) const
{
    static const KeptSql sql(taskClassTable().select(QStringLiteral("WHERE id = ?")));
    Statement query(database(), sql, {id});
    return readOne(query, taskClassTable());
}

Result<std::optional<TaskClass>> Store::taskClassByCode(const QString &code) const
{
    static const KeptSql sql(taskClassTable().select(QStringLiteral("WHERE code = ?")));
    Statement query(database(), sql, {code.trimmed()});
    const auto stored = readOne(query, taskClassTable());
    if (!stored || stored->has_value())
        return stored;
    for (const TaskClass &builtIn : builtInTaskClasses()) {
        if (builtIn.code == code.trimmed())
            return std::optional<TaskClass>(builtIn);
    }
    return std::optional<TaskClass>();
}

Result<qint64> Store::taskClassId(const QString &code)
{
    const auto found = taskClassByCode(code);
    if (!found)
        return Failure{found.error()};
    if (!found->has_value())
        return Failure{tr("There is no task class %1 in the information management plan. Add it to the "
                          "classification first (pykala-cli taskclass set CODE --name NAME).")
                           .arg(code.trimmed())};
    if (found->value().id != 0)
        return found->value().id;
    return addTaskClass(found->value());
}

Result<qint64> Store::addTaskClass(const TaskClass &taskClass)
{
    if (const QString problem = taskClassProblem(taskClass); !problem.isEmpty())
        return Failure{problem};
    return insertAudited(taskClassTable().name(), [&]() -> Result<qint64> {
        return taskClassTable().insert(database(), taskClass, [&] {
            return tr("Task class %1 is already in the classification; change that one instead.")
                .arg(taskClass.code.trimmed());
        });
    });
}

Status Store::updateTaskClass(const TaskClass &taskClass)
{
    if (const QString problem = taskClassProblem(taskClass); !problem.isEmpty())
        return Failure{problem};
    // A built-in class changed is stored as changed.
    if (taskClass.id == 0) {
        const auto added = addTaskClass(taskClass);
        return added ? success() : Status::failure(added.error());
    }
    return changeExisting(QStringLiteral("update"), taskClassTable().name(), taskClass.id,
                          tr("There is no task class with id %1.").arg(taskClass.id),
                          [&]() -> Status { return taskClassTable().update(database(), taskClass); });
}

Result<std::pair<int, int>> Store::importTaskClasses(const QList<TaskClass> &classes)
{
    QSet<QString> codes;
    for (const TaskClass &taskClass : classes) {
        if (const QString problem = taskClassProblem(taskClass); !problem.isEmpty())
            return Failure{problem};
        if (codes.contains(taskClass.code.trimmed()))
            return Failure{tr("Task class %1 is given twice; give each class once.").arg(taskClass.code.trimmed())};
        codes.insert(taskClass.code.trimmed());
    }
    Transaction transaction(*this);
    if (!transaction.ok())
        return Failure{transaction.error()};
    int added = 0;
    int changed = 0;
    for (const TaskClass &taskClass : classes) {
        const auto existing = taskClassByCode(taskClass.code);
        if (!existing)
            return Failure{existing.error()};
        if (existing->has_value() && existing->value().id != 0) {
            TaskClass update = taskClass;
            update.id = existing->value().id;
            PYKALA_TRY(updateTaskClass(update));
            ++changed;
        } else {
            PYKALA_TRY(addTaskClass(taskClass));
            ++added;
        }
    }
    PYKALA_TRY(transaction.commit());
    return std::pair(added, changed);
}

// ---------------------------------------------------------------------------
// Cases

Result<QList<Case>> Store::cases(const CaseFilter &filter) const
{
    static const FilteredSql sql({QStringLiteral("year = ?"), QStringLiteral("state = ?")}, [](const QString &where) {
        return caseTable().select(QStringLiteral("WHERE %1 ORDER BY year DESC, number DESC").arg(where));
    });
    Statement query(database(), sql((filter.year != 0 ? 1u : 0u) | (filter.state ? 2u : 0u)));
    if (filter.year != 0)
        query.bind(filter.year);
    if (filter.state)
        query.bind(Codes::code(*filter.state));
    return readAll(query, caseTable());
}

Result<std::optional<Case>> Store::caseFile(qint64 id) const
{
    static const KeptSql sql(caseTable().select(QStringLiteral("WHERE id = ?")));
    Statement query(database(), sql, {id});
    return readOne(query, caseTable());
}

Result<std::optional<Case>> Store::caseByDiaryNumber(const QString &text) const
{
    const auto number = DiaryNumber::parse(text);
    if (!number)
        return std::optional<Case>();
    static const KeptSql sql(caseTable().select(QStringLiteral("WHERE year = ? AND number = ?")));
    Statement query(database(), sql, {number->year, number->number});
    auto found = readOne(query, caseTable());
    // The year's number is the case's; its class and prefix must agree.
    if (found && found->has_value()
        && (found->value().diaryNumber.taskClass != number->taskClass
            || (!number->prefix.isEmpty() && found->value().diaryNumber.prefix != number->prefix)))
        return std::optional<Case>();
    return found;
}

Result<Case> Store::findCase(const QString &reference) const
{
    const QString text = reference.trimmed();
    std::optional<Case> found;
    if (DiaryNumber::parse(text)) {
        const auto byNumber = caseByDiaryNumber(text);
        if (!byNumber)
            return Failure{byNumber.error()};
        found = *byNumber;
    } else {
        bool isId = false;
        const qint64 id = text.toLongLong(&isId);
        if (isId) {
            const auto byId = caseFile(id);
            if (!byId)
                return Failure{byId.error()};
            found = *byId;
        } else {
            return Failure{tr("\"%1\" is neither a diary number (such as 12/00.01.00/2026) nor a case id.").arg(text)};
        }
    }
    if (!found)
        return Failure{tr("There is no case %1 in the case register.").arg(text)};
    return *found;
}

Result<int> Store::nextCaseNumber(int year) const
{
    Statement query(database(), QStringLiteral("SELECT coalesce(max(number), 0) + 1 FROM case_file WHERE year = ?"),
                    {year});
    if (!query.exec() || !query.next())
        return Failure{query.errorMessage()};
    return query.value(0).toInt();
}

Result<qint64> Store::openCase(const Case &entry)
{
    if (const QString problem = caseProblem(entry); !problem.isEmpty())
        return Failure{problem};
    if (entry.destroyed.isValid())
        return Failure{tr("Case \"%1\" is opened with its records; they are destroyed only when its retention "
                          "period has run.")
                           .arg(entry.title.trimmed())};
    // Numbered inside the write transaction: two registrars never draw the
    // same number.
    Transaction transaction(*this);
    if (!transaction.ok())
        return Failure{transaction.error()};
    Case stored = entry;
    if (stored.taskClassId == 0) {
        const auto id = taskClassId(stored.diaryNumber.taskClass);
        if (!id)
            return Failure{id.error()};
        stored.taskClassId = *id;
    }
    const auto taskClass = this->taskClass(stored.taskClassId);
    if (!taskClass)
        return Failure{taskClass.error()};
    if (!taskClass->has_value())
        return Failure{tr("Case \"%1\" names a task class that is not in the classification (id %2).")
                           .arg(entry.title.trimmed())
                           .arg(entry.taskClassId)};
    DiaryNumber &number = stored.diaryNumber;
    number.prefix = number.prefix.trimmed();
    if (number.year == 0)
        number.year = entry.initiated.year();
    if (number.taskClass.isEmpty())
        number.taskClass = taskClass->value().code;
    if (number.number == 0) {
        const auto next = nextCaseNumber(number.year);
        if (!next)
            return Failure{next.error()};
        number.number = *next;
    }
    if (!number.prefix.isEmpty() && !DiaryNumber::parse(number.toString()))
        return Failure{tr("\"%1\" is not a registry prefix: letters and digits ending in a colon, e.g. KUNTA:.")
                           .arg(number.prefix)};
    if (!number.isValid() || number.year < 1900 || number.year > 9999)
        return Failure{tr("\"%1\" is not a diary number: it reads number/task class/year, e.g. 12/00.01.00/2026.")
                           .arg(number.toString())};
    Statement used(database(), QStringLiteral("SELECT count(*) FROM case_file WHERE year = ? AND number = ?"),
                   {number.year, number.number});
    if (!used.exec() || !used.next())
        return Failure{used.errorMessage()};
    if (used.value(0).toInt() > 0)
        return Failure{tr("Diary number %1 is taken: number %2 of %3 is another case's. Each number is given once "
                          "a year; leave the number out to take the next free one.")
                           .arg(number.toString())
                           .arg(number.number)
                           .arg(number.year)};
    used.finish();
    const auto id = insertAudited(transaction, caseTable().name(), [&]() -> Result<qint64> {
        return caseTable().insert(database(), stored, [&] {
            return tr("Case \"%1\" cannot be opened: its task class or preparer is not in the store.")
                .arg(stored.title.trimmed());
        });
    });
    if (!id)
        return id;
    PYKALA_TRY(indexCaseTitle(*id, stored.title));
    PYKALA_TRY(transaction.commit());
    return id;
}

Status Store::updateCase(const Case &entry)
{
    if (const QString problem = caseProblem(entry); !problem.isEmpty())
        return Failure{problem};
    // Its class by id (taskClassId gives a class by its code).
    if (entry.taskClassId <= 0)
        return Failure{tr("Case \"%1\" needs a task class of the classification.").arg(entry.title.trimmed())};
    return changeExisting(QStringLiteral("update"), caseTable().name(), entry.id,
                          tr("There is no case with id %1.").arg(entry.id), [&]() -> Status {
                              // Read inside the write: a case destroyed meanwhile stays destroyed.
                              const auto stored = caseFile(entry.id);
                              if (!stored)
                                  return Failure{stored.error()};
                              if (stored->has_value() && stored->value().destroyed.isValid())
                                  return Failure{tr("The records of case %1 were destroyed on %2; its register entry "
                                                    "is kept as it is.")
                                                     .arg(stored->value().diaryNumber.toString(),
                                                          stored->value().destroyed.toString(QStringLiteral("d.M.yyyy")))};
                              PYKALA_TRY(caseTable().update(database(), entry));
                              return indexCaseTitle(entry.id, entry.title);
                          });
}

// ---------------------------------------------------------------------------
// The items of a case

namespace {

// A handling read from its row of the query below.
CaseHandling readHandling(const Statement &row)
{
    CaseHandling handling;
    handling.itemId = row.value(0).toLongLong();
    handling.meetingId = row.value(1).toLongLong();
    handling.bodyId = row.value(2).toLongLong();
    handling.bodyName = row.value(3).toString();
    handling.meetingReference = referenceOf(row.value(4).toString(), row.value(5).toInt(), row.value(6).toInt());
    handling.day = parseDateTime(row.value(7)).date();
    handling.meetingState = parseCode(row.value(8), MeetingState::Planned);
    handling.sectionNumber = row.value(9).isNull() ? std::nullopt : std::optional<int>(row.value(9).toInt());
    handling.title = row.value(10).toString();
    handling.proposal = row.value(11).toString();
    handling.decision = row.value(12).toString();
    handling.publicity = parseCode(row.value(13), Publicity::Public);
    handling.language = Codes::parse<Language>(row.value(14).toString());
    return handling;
}

} // namespace

Result<QList<CaseHandling>> Store::caseHandlings(qint64 caseId) const
{
    // In the order they were handled: the meeting's time, then the agenda.
    static const KeptSql sql(QStringLiteral(
        "SELECT i.id, m.id, b.id, b.name, b.short_name, m.number, m.year, coalesce(m.actual_start, m.planned_start), "
        "m.state, i.section_number, i.title, i.proposal, i.decision, i.publicity, i.language "
        "FROM item_case c JOIN agenda_item i ON i.id = c.id JOIN meeting m ON m.id = i.meeting_id "
        "JOIN body b ON b.id = m.body_id WHERE c.case_id = ? "
        "ORDER BY coalesce(m.actual_start, m.planned_start), m.id, i.position"));
    Statement query(database(), sql, {caseId});
    return readAll<CaseHandling>(query, readHandling);
}

Result<QList<CaseHandling>> Store::earlierHandlings(const AgendaItem &item) const
{
    if (item.caseId == 0)
        return QList<CaseHandling>();
    const auto all = caseHandlings(item.caseId);
    if (!all)
        return all;
    // Those held before this item's meeting, at meetings that were held:
    // what the minutes of each say was decided.
    QList<CaseHandling> earlier;
    const auto own = std::find_if(all->cbegin(), all->cend(), [&](const CaseHandling &h) { return h.itemId == item.id; });
    for (auto it = all->cbegin(); it != all->cend() && it != own; ++it) {
        if (it->meetingId == item.meetingId || !it->sectionNumber)
            continue;
        if (!isHeld(it->meetingState))
            continue;
        earlier.append(*it);
    }
    return earlier;
}

Result<qint64> Store::linkedCase(qint64 itemId) const
{
    static const KeptSql sql(QStringLiteral("SELECT case_id FROM item_case WHERE id = ?"));
    Statement current(database(), sql, {itemId});
    if (!current.exec())
        return Failure{current.errorMessage()};
    return current.next() ? current.value(0).toLongLong() : qint64(0);
}

Status Store::resolveCase(AgendaItem &item, bool byReference) const
{
    if (item.caseId == 0) {
        if (!byReference)
            return success();
        // A reference that names a case of the register makes the item
        // one of its handlings.
        const auto named = caseByDiaryNumber(item.caseReference);
        if (!named)
            return Failure{named.error()};
        if (!named->has_value())
            return success();
        item.caseId = named->value().id;
    }
    // The case's number, and the class it has now.
    static const KeptSql sql(QStringLiteral(
        "SELECT c.prefix, c.number, c.class_code, c.year, t.code FROM case_file c "
        "JOIN task_class t ON t.id = c.task_class_id WHERE c.id = ?"));
    Statement query(database(), sql, {item.caseId});
    if (!query.exec())
        return Failure{query.errorMessage()};
    if (!query.next())
        return Failure{tr("Item \"%1\" names a case that is not in the case register (id %2).")
                           .arg(item.title.trimmed())
                           .arg(item.caseId)};
    item.caseReference = DiaryNumber{query.value(0).toString(), query.value(1).toInt(), query.value(2).toString(),
                                     query.value(3).toInt()}
                             .toString();
    item.taskClass = query.value(4).toString();
    return success();
}

Status Store::linkItemToCase(qint64 itemId, qint64 caseId)
{
    // Within a change already (an item saved), a link that stays as it is
    // costs one read and no savepoint: saving an item is the store's most
    // frequent write.
    if (m_transactionDepth > 0) {
        const auto linked = linkedCase(itemId);
        if (!linked)
            return Failure{linked.error()};
        if (*linked == caseId)
            return success();
    }
    Transaction transaction(*this);
    if (!transaction.ok())
        return Failure{transaction.error()};
    const auto current = linkedCase(itemId);
    if (!current)
        return Failure{current.error()};
    const qint64 linked = *current;
    if (linked == caseId)
        return transaction.commit();
    if (caseId != 0) {
        const auto entry = caseFile(caseId);
        if (!entry)
            return Failure{entry.error()};
        if (!entry->has_value())
            return Failure{tr("There is no case with id %1 in the case register.").arg(caseId)};
        if (entry->value().destroyed.isValid())
            return Failure{tr("The records of case %1 were destroyed on %2: no item joins it any more.")
                               .arg(entry->value().diaryNumber.toString(),
                                    entry->value().destroyed.toString(QStringLiteral("d.M.yyyy")))};
    }
    if (linked != 0 && caseId != 0) {
        PYKALA_TRY(changeExisting(QStringLiteral("update"), QStringLiteral("item_case"), itemId, QString(), [&] {
            return execute(QStringLiteral("UPDATE item_case SET case_id = ? WHERE id = ?"), {caseId, itemId});
        }));
    } else if (linked != 0) {
        PYKALA_TRY(changeExisting(QStringLiteral("delete"), QStringLiteral("item_case"), itemId, QString(), [&] {
            return execute(QStringLiteral("DELETE FROM item_case WHERE id = ?"), {itemId});
        }));
    } else {
        const auto id = insertAudited(transaction, QStringLiteral("item_case"), [&]() -> Result<qint64> {
            Statement insert(database(), QStringLiteral("INSERT INTO item_case (id, case_id) VALUES (?, ?)"),
                             {itemId, caseId});
            if (!insert.exec())
                return Failure{insert.refusedByConstraint()
                                   ? tr("Item %1 cannot be linked to a case: it is not in the store.").arg(itemId)
                                   : insert.errorMessage()};
            return itemId;
        });
        if (!id)
            return Failure{id.error()};
    }
    return transaction.commit();
}

Result<QList<Store::UnlinkedItem>> Store::unlinkedItems() const
{
    static const KeptSql sql(QStringLiteral(
        "SELECT i.id, b.short_name, m.number, m.year, i.section_number, i.title, i.case_reference FROM agenda_item i "
        "JOIN meeting m ON m.id = i.meeting_id JOIN body b ON b.id = m.body_id WHERE i.case_reference <> '' "
        "AND NOT EXISTS (SELECT 1 FROM item_case c WHERE c.id = i.id) ORDER BY m.year, b.short_name, m.number, "
        "i.position"));
    Statement query(database(), sql);
    return readAll<UnlinkedItem>(query, [](const Statement &row) {
        return UnlinkedItem{row.value(0).toLongLong(),
                            referenceOf(row.value(1).toString(), row.value(2).toInt(), row.value(3).toInt()),
                            row.value(4).isNull() ? std::nullopt : std::optional<int>(row.value(4).toInt()),
                            row.value(5).toString(), row.value(6).toString()};
    });
}

Status Store::linkItemsToCases()
{
    // A case for each diary number the items name, in the order the items
    // were handled, of its class in the built-in classification or else a
    // class of its own.
    static const KeptSql items(QStringLiteral(
        "SELECT i.id, i.case_reference, i.title, i.publicity, i.confidentiality_basis, m.state, "
        "coalesce(m.actual_start, m.planned_start) FROM agenda_item i JOIN meeting m ON m.id = i.meeting_id "
        "WHERE i.case_reference <> '' ORDER BY coalesce(m.actual_start, m.planned_start), m.id, i.position"));
    struct Row
    {
        qint64 id;
        QString reference, title;
        Publicity publicity;
        QString basis;
        MeetingState state;
        QDate day;
    };
    Statement query(database(), items);
    const auto rows = readAll<Row>(query, [](const Statement &row) {
        return Row{row.value(0).toLongLong(), row.value(1).toString(), row.value(2).toString(),
                   parseCode(row.value(3), Publicity::Public), row.value(4).toString(),
                   parseCode(row.value(5), MeetingState::Planned), parseDateTime(row.value(6)).date()};
    });
    if (!rows)
        return Failure{rows.error()};
    QHash<QString, qint64> classIds; // by code
    QHash<QString, Case> opened;     // by year and number
    for (const Row &row : *rows) {
        const auto number = DiaryNumber::parse(row.reference);
        if (!number)
            continue;
        const QString key = QStringLiteral("%1/%2").arg(number->number).arg(number->year);
        auto found = opened.find(key);
        if (found == opened.end()) {
            if (!classIds.contains(number->taskClass)) {
                const auto known = taskClassByCode(number->taskClass);
                if (!known)
                    return Failure{known.error()};
                if (known->has_value()) {
                    const auto id = taskClassId(number->taskClass);
                    if (!id)
                        return Failure{id.error()};
                    classIds.insert(number->taskClass, *id);
                } else {
                    // Kept permanently until the plan says otherwise: nothing
                    // is destroyable by a guess.
                    TaskClass unnamed;
                    unnamed.code = number->taskClass;
                    unnamed.name = tr("Class %1, named by the items' case references").arg(number->taskClass);
                    const auto id = addTaskClass(unnamed);
                    if (!id)
                        return Failure{id.error()};
                    classIds.insert(number->taskClass, *id);
                }
            }
            Case entry;
            entry.diaryNumber = *number;
            entry.title = row.title;
            entry.taskClassId = classIds.value(number->taskClass);
            entry.publicity = row.publicity;
            entry.confidentialityBasis = LegalBasis::fromText(row.basis);
            entry.state = CaseState::InPreparation;
            entry.initiated = row.day.isValid() ? row.day : QDate(number->year, 1, 1);
            if (entry.initiated.year() < number->year)
                entry.initiated = QDate(number->year, 1, 1);
            const auto id = openCase(entry);
            if (!id)
                continue; // its number is another case's: listed as unlinked
            entry.id = *id;
            found = opened.insert(key, entry);
        } else if (found->diaryNumber.taskClass != number->taskClass || found->diaryNumber.prefix != number->prefix) {
            continue; // the same number with another class: unlinked
        }
        PYKALA_TRY(linkItemToCase(row.id, found->id));
        if (isHeld(row.state)) {
            found->state = CaseState::Decided;
            if (row.day >= found->initiated)
                found->decided = row.day;
        }
    }
    for (const Case &entry : std::as_const(opened)) {
        if (entry.state == CaseState::Decided)
            PYKALA_TRY(updateCase(entry));
    }
    return success();
}

// ---------------------------------------------------------------------------
// Extracts sent

Result<qint64> Store::recordExtractSent(const ExtractSent &extract)
{
    if (extract.recipient.trimmed().isEmpty())
        return Failure{tr("An extract sent needs its recipient.")};
    if (!extract.sent.isValid())
        return Failure{tr("An extract sent needs the day it was sent.")};
    Transaction transaction(*this);
    if (!transaction.ok())
        return Failure{transaction.error()};
    const auto item = agendaItem(extract.itemId);
    if (!item)
        return Failure{item.error()};
    if (!item->has_value())
        return Failure{tr("There is no agenda item with id %1.").arg(extract.itemId)};
    const auto owner = meeting(item->value().meetingId);
    if (!owner)
        return Failure{owner.error()};
    const Meeting &held = owner->value();
    if (!isHeld(held.state))
        return Failure{tr("An extract of \"%1\" cannot have been sent: its meeting has not been held and closed, so "
                          "there is no decision to send yet.")
                           .arg(item->value().title)};
    const QDate meetingDay = (held.actualStart.isValid() ? held.actualStart : held.plannedStart).date();
    if (extract.sent < meetingDay)
        return Failure{tr("An extract of \"%1\" cannot have been sent on %2, before its meeting on %3.")
                           .arg(item->value().title, extract.sent.toString(Qt::ISODate),
                                meetingDay.toString(Qt::ISODate))};
    // A case whose records were destroyed keeps no new ones.
    if (const auto caseId = linkedCase(extract.itemId); !caseId) {
        return Failure{caseId.error()};
    } else if (*caseId != 0) {
        const auto entry = caseFile(*caseId);
        if (!entry)
            return Failure{entry.error()};
        if (entry->has_value() && entry->value().destroyed.isValid())
            return Failure{tr("The records of case %1 were destroyed on %2: no extract sent is recorded for it any "
                              "more.")
                               .arg(entry->value().diaryNumber.toString(),
                                    entry->value().destroyed.toString(QStringLiteral("d.M.yyyy")))};
    }
    ExtractSent stored = extract;
    stored.recordedAt = QDateTime::currentDateTimeUtc();
    const auto id = insertAudited(transaction, extractSentTable().name(), [&]() -> Result<qint64> {
        return extractSentTable().insert(database(), stored);
    });
    if (!id)
        return id;
    PYKALA_TRY(transaction.commit());
    return id;
}

Result<QList<ExtractSent>> Store::extractsSent(qint64 itemId) const
{
    static const KeptSql sql(extractSentTable().select(QStringLiteral("WHERE item_id = ? ORDER BY sent, id")));
    Statement query(database(), sql, {itemId});
    return readAll(query, extractSentTable());
}

Result<QList<ExtractSent>> Store::caseExtractsSent(qint64 caseId) const
{
    static const KeptSql sql(extractSentTable().select(
        QStringLiteral("WHERE item_id IN (SELECT id FROM item_case WHERE case_id = ?) ORDER BY sent, id")));
    Statement query(database(), sql, {caseId});
    return readAll(query, extractSentTable());
}

// ---------------------------------------------------------------------------
// Retention

Result<QList<RetentionEntry>> Store::retention() const
{
    // Only closed cases of classes kept for a time; a permanent class's
    // cases never appear. The period runs from the end of the year the
    // case was closed (JHS 191: counted from the end of the case's
    // handling, by calendar year).
    static const KeptSql sql(QStringLiteral(
        "SELECT c.id, c.prefix, c.number, c.class_code, c.year, c.title, t.code, t.retention_years, c.closed "
        "FROM case_file c JOIN task_class t ON t.id = c.task_class_id WHERE c.state = 'closed' "
        "AND c.closed IS NOT NULL AND c.destroyed IS NULL AND t.retention_years IS NOT NULL "
        "ORDER BY c.closed, c.year, c.number"));
    Statement query(database(), sql);
    auto entries = readAll<RetentionEntry>(query, [](const Statement &row) {
        RetentionEntry entry;
        entry.caseId = row.value(0).toLongLong();
        entry.diaryNumber = DiaryNumber{row.value(1).toString(), row.value(2).toInt(), row.value(3).toString(),
                                        row.value(4).toInt()};
        entry.title = row.value(5).toString();
        entry.taskClass = row.value(6).toString();
        entry.retentionYears = row.value(7).toInt();
        entry.closed = parseDate(row.value(8));
        entry.destroyableFrom = RetentionEntry::destroyableFromDay(entry.closed, entry.retentionYears);
        return entry;
    });
    if (!entries)
        return entries;
    QList<RetentionEntry> sorted = *entries;
    std::stable_sort(sorted.begin(), sorted.end(), [](const RetentionEntry &a, const RetentionEntry &b) {
        return a.destroyableFrom < b.destroyableFrom;
    });
    return sorted;
}

Result<CaseDestruction> Store::destroyCaseRecords(qint64 caseId, const QDate &today)
{
    Transaction transaction(*this);
    if (!transaction.ok())
        return Failure{transaction.error()};
    const auto found = caseFile(caseId);
    if (!found)
        return Failure{found.error()};
    if (!found->has_value())
        return Failure{tr("There is no case with id %1 in the case register.").arg(caseId)};
    const Case &entry = found->value();
    const QString number = entry.diaryNumber.toString();
    if (entry.destroyed.isValid())
        return Failure{tr("The records of case %1 were destroyed on %2 already.")
                           .arg(number, entry.destroyed.toString(QStringLiteral("d.M.yyyy")))};
    const auto taskClass = this->taskClass(entry.taskClassId);
    if (!taskClass)
        return Failure{taskClass.error()};
    if (!taskClass->has_value() || taskClass->value().permanent())
        return Failure{tr("Case %1 is of task class %2, which is kept permanently: nothing of it may be destroyed.")
                           .arg(number, entry.diaryNumber.taskClass)};
    if (entry.state != CaseState::Closed || !entry.closed.isValid())
        return Failure{tr("Case %1 is not closed, so its retention period has not begun; nothing of it may be "
                          "destroyed.")
                           .arg(number)};
    const QDate from = RetentionEntry::destroyableFromDay(entry.closed, taskClass->value().retentionYears);
    if (!today.isValid() || today < from)
        return Failure{tr("The retention period of case %1 (%n year(s) from the end of %2) has not run: its records "
                          "may be destroyed from %3.",
                          nullptr, *taskClass->value().retentionYears)
                           .arg(number, QString::number(entry.closed.year()), from.toString(QStringLiteral("d.M.yyyy")))};

    CaseDestruction destruction;
    const auto extracts = caseExtractsSent(caseId);
    if (!extracts)
        return Failure{extracts.error()};
    // Marked destroyed first: the store lets only a destroyed case's
    // extracts sent go.
    destruction.parties = int(entry.parties.size());
    PYKALA_TRY(changeExisting(QStringLiteral("update"), caseTable().name(), caseId, QString(), [&] {
        return execute(QStringLiteral("UPDATE case_file SET parties = '[]', destroyed = ? WHERE id = ?"),
                       {isoDate(today), caseId});
    }));
    for (const ExtractSent &extract : *extracts) {
        PYKALA_TRY(changeExisting(QStringLiteral("delete"), extractSentTable().name(), extract.id, QString(), [&] {
            return execute(QStringLiteral("DELETE FROM extract_sent WHERE id = ?"), {extract.id});
        }));
        ++destruction.extractsSent;
    }
    PYKALA_TRY(transaction.commit());
    return destruction;
}

Status Store::indexCaseTitle(qint64 caseId, const QString &title)
{
    PYKALA_TRY(execute(QStringLiteral("DELETE FROM case_title_word WHERE case_id = ?"), {caseId}));
    static const KeptSql insert(QStringLiteral("INSERT INTO case_title_word (word, case_id) VALUES (?, ?)"));
    for (const QString &word : caseTitleWords(title)) {
        Statement statement(database(), insert, {word, caseId});
        if (!statement.exec())
            return Failure{statement.errorMessage()};
    }
    return success();
}

Status Store::indexCaseTitles()
{
    static const KeptSql all(QStringLiteral("SELECT id, title FROM case_file ORDER BY id"));
    Statement cases(database(), all);
    if (!cases.exec())
        return Failure{cases.errorMessage()};
    QList<std::pair<qint64, QString>> titles;
    while (cases.next())
        titles.append({cases.integer(0), cases.value(1).toString()});
    cases.finish();
    for (const auto &[id, title] : std::as_const(titles))
        PYKALA_TRY(indexCaseTitle(id, title));
    return success();
}

// ---------------------------------------------------------------------------
// Finding cases

Result<QList<Case>> Store::searchCases(const QString &query, int limit) const
{
    const QString text = query.simplified();
    if (text.isEmpty())
        return QList<Case>();
    QList<Case> found;
    QSet<qint64> seen;
    auto add = [&](const Case &entry) {
        if (found.size() < limit && !seen.contains(entry.id)) {
            seen.insert(entry.id);
            found.append(entry);
        }
    };
    // A diary number, or its number and year ("12/2026").
    static const QRegularExpression numberYear(QStringLiteral("^(?:[^:]*:)?0*([1-9][0-9]{0,8})/(?:[0-9.]+/)?([0-9]{4})$"));
    if (const auto match = numberYear.match(text); match.hasMatch()) {
        static const KeptSql byNumber(caseTable().select(QStringLiteral("WHERE year = ? AND number = ?")));
        Statement statement(database(), byNumber, {match.captured(2).toInt(), match.captured(1).toInt()});
        const auto cases = readAll(statement, caseTable());
        if (!cases)
            return cases;
        for (const Case &entry : *cases)
            add(entry);
        return found;
    }
    // Titles that hold a word beginning with each word of the query, newest
    // first, through the index of the titles' words (case_title_word).
    const QStringList words = caseTitleWords(text).mid(0, 8);
    if (!words.isEmpty()) {
        QString where;
        QList<QVariant> bounds;
        for (const QString &word : words) {
            // Every word that begins with it: from it up to the word whose
            // last letter is the next one.
            QString next = word;
            next[next.size() - 1] = QChar(char16_t(next.at(next.size() - 1).unicode() + 1));
            where += where.isEmpty() ? QStringLiteral(" WHERE ") : QStringLiteral(" AND ");
            where += QStringLiteral("id IN (SELECT case_id FROM case_title_word WHERE word >= ? AND word < ?)");
            bounds.append(word);
            bounds.append(next);
        }
        Statement titled(database(), caseTable().select(where + QStringLiteral(" ORDER BY year DESC, number DESC LIMIT ?")));
        for (const QVariant &bound : std::as_const(bounds))
            titled.bind(bound);
        titled.bind(limit);
        const auto cases = readAll(titled, caseTable());
        if (!cases)
            return cases;
        for (const Case &entry : *cases)
            add(entry);
        if (found.size() >= limit)
            return found;
    }
    // Then the cases of the items whose text matches, best first: the
    // index's ranking alone, without reading the items or their passages.
    const QList<QStringList> groups = SearchTerms::queryGroups(text);
    if (groups.isEmpty())
        return found;
    const auto ranked = database().engine().rankedMatches(database(), groups, {}, limit * 4);
    if (!ranked)
        return Failure{ranked.error()};
    QList<qint64> itemIds;
    for (const RankedMatch &match : *ranked)
        itemIds.append(match.itemId);
    static const KeptSql ofItems(QStringLiteral(
        "SELECT id, case_id FROM item_case WHERE id IN (SELECT value FROM json_each(?))"));
    Statement links(database(), ofItems, {jsonIds(itemIds)});
    if (!links.exec())
        return Failure{links.errorMessage()};
    QHash<qint64, qint64> caseOfItem;
    QList<qint64> caseIds;
    while (links.next()) {
        caseOfItem.insert(links.value(0).toLongLong(), links.value(1).toLongLong());
        caseIds.append(links.value(1).toLongLong());
    }
    links.finish();
    if (caseIds.isEmpty())
        return found;
    // The cases read together (one round trip to a server, not one a case),
    // then taken in the order of their items' ranks.
    static const KeptSql linked(caseTable().select(QStringLiteral("WHERE id IN (SELECT value FROM json_each(?))")));
    Statement read(database(), linked, {jsonIds(caseIds)});
    const auto cases = readAll(read, caseTable());
    if (!cases)
        return cases;
    QHash<qint64, const Case *> caseOf;
    for (const Case &entry : *cases)
        caseOf.insert(entry.id, &entry);
    for (const qint64 itemId : std::as_const(itemIds)) {
        if (found.size() >= limit)
            break;
        if (const Case *entry = caseOf.value(caseOfItem.value(itemId)))
            add(*entry);
    }
    return found;
}
