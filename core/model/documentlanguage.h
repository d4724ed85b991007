#pragma once

#include "codes.h"

#include <QLocale>
#include <QString>

#include <optional>

struct AgendaItem;
struct Body;
struct Organisation;

// The one rule for the language of a body's documents and of the texts in
// them. Every document, every sentence the record writes into an item and
// every published name asks here.
namespace DocumentLanguage {

// The language of the body's agendas, minutes and extracts: `requested` when
// a command asks for one (pykala-cli --lang), else the body's document
// language, else the organisation's.
Language of(const Organisation &organisation, const Body &body, std::optional<Language> requested = std::nullopt);

// The language an item's own texts are written in: the item's language when
// it has one (a bilingual municipality's item in the other language), else
// the body's document language.
Language ofItem(const AgendaItem &item, const Organisation &organisation, const Body &body);

// The organisation's and the body's names in `language`: the Swedish name
// when there is one, else the Finnish.
QString organisationName(const Organisation &organisation, Language language);
QString bodyName(const Body &body, Language language);
// A name that has a Finnish and an optional Swedish form, in `language`.
QString name(const QString &finnish, const QString &swedish, Language language);

// The BCP 47 tag ("fi", "sv") for lang attributes and metadata.
QString tag(Language language);
// Dates, weekdays and numbers as written in Finland in `language`.
QLocale locale(Language language);

} // namespace DocumentLanguage
