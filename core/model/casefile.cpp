#include "casefile.h"

#include <QJsonObject>
#include <QRegularExpression>

bool DiaryNumber::isTaskClassCode(const QString &code)
{
    static const QRegularExpression pattern(QStringLiteral("^[0-9]{2}(\\.[0-9]{2}){0,3}$"));
    return pattern.match(code).hasMatch();
}

std::optional<DiaryNumber> DiaryNumber::parse(const QString &text)
{
    // The prefix: letters, digits and a few separators before a colon.
    static const QRegularExpression pattern(QStringLiteral(
        "^(?:([\\p{L}\\p{N}_.-]{1,40}):\\s*)?0*([1-9][0-9]{0,8})/([0-9]{2}(?:\\.[0-9]{2}){0,3})/([0-9]{4})$"));
    const auto match = pattern.match(text.trimmed());
    if (!match.hasMatch())
        return std::nullopt;
    DiaryNumber number;
    if (!match.captured(1).isEmpty())
        number.prefix = match.captured(1) + u':';
    number.number = match.captured(2).toInt();
    number.taskClass = match.captured(3);
    number.year = match.captured(4).toInt();
    if (number.year < 1900)
        return std::nullopt;
    return number;
}

QString DiaryNumber::toString() const
{
    return QStringLiteral("%1%2/%3/%4").arg(prefix).arg(number).arg(taskClass).arg(year);
}

QDate RetentionEntry::destroyableFromDay(const QDate &closed, std::optional<int> retentionYears)
{
    if (!closed.isValid() || !retentionYears)
        return {};
    return QDate(closed.year() + *retentionYears + 1, 1, 1);
}

QDate *Case::stateDay(CaseState reached)
{
    switch (reached) {
    case CaseState::Decided:
        return &decided;
    case CaseState::Implemented:
        return &implemented;
    case CaseState::Closed:
        return &closed;
    case CaseState::Initiated:
    case CaseState::InPreparation:
        return nullptr;
    }
    return nullptr;
}

QJsonObject CaseParty::toJson() const
{
    return QJsonObject{{QStringLiteral("name"), name.trimmed()},
                       {QStringLiteral("kind"), Codes::code(kind)},
                       {QStringLiteral("role"), role.trimmed()},
                       {QStringLiteral("contact"), contact.trimmed()}};
}

CaseParty CaseParty::fromJson(const QJsonObject &object)
{
    return {object.value(u"name").toString(),
            Codes::parse<PartyKind>(object.value(u"kind").toString()).value_or(PartyKind::Person),
            object.value(u"role").toString(), object.value(u"contact").toString()};
}
