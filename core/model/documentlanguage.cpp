#include "documentlanguage.h"

#include "agendaitem.h"
#include "body.h"
#include "organisation.h"

namespace DocumentLanguage {

Language of(const Organisation &organisation, const Body &body, std::optional<Language> requested)
{
    return requested.value_or(body.documentLanguage.value_or(organisation.defaultLanguage));
}

Language ofItem(const AgendaItem &item, const Organisation &organisation, const Body &body)
{
    return item.language.value_or(of(organisation, body));
}

QString name(const QString &finnish, const QString &swedish, Language language)
{
    return language == Language::Swedish && !swedish.trimmed().isEmpty() ? swedish : finnish;
}

QString organisationName(const Organisation &organisation, Language language)
{
    return name(organisation.name, organisation.swedishName, language);
}

QString bodyName(const Body &body, Language language)
{
    return name(body.name, body.swedishName, language);
}

QString tag(Language language)
{
    return Codes::code(language);
}

QLocale locale(Language language)
{
    return language == Language::Swedish ? QLocale(QLocale::Swedish, QLocale::Finland)
                                         : QLocale(QLocale::Finnish, QLocale::Finland);
}

} // namespace DocumentLanguage
