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

QString organisationName(const Organisation &organisation, Language language)
{
    return language == Language::Swedish && !organisation.swedishName.trimmed().isEmpty() ? organisation.swedishName
                                                                                         : organisation.name;
}

QString bodyName(const Body &body, Language language)
{
    return language == Language::Swedish && !body.swedishName.trimmed().isEmpty() ? body.swedishName : body.name;
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
