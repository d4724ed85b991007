#pragma once

#include "model/result.h"

#include "model/body.h"

#include <QList>
#include <QString>

// The usual bodies of a Finnish municipality — the council, the executive
// board, the common committees, the audit committee — from which a new
// store's register is set up (resources/templates/bodies.json): their
// Finnish and Swedish names, short names, kinds, quorum rules and the usual
// place and time of their meetings.
namespace BodyTemplates {

// A municipality (kunta) names its council "kunnanvaltuusto", a town
// (kaupunki) "kaupunginvaltuusto".
enum class Form { Municipality, Town };

struct Template
{
    QString key;        // "council", "board", "education"…: stable, for code and tests
    Body body;          // without an id
    bool usual = false; // offered ticked: most municipalities have one
};

// Whether an organisation is a town by its names: "Harjulan kaupunki",
// "Närpes stad".
Form formOf(const QString &name, const QString &swedishName = {});

// The templates in the order offered, named as `form` names its bodies.
Result<QList<Template>> all(Form form);

} // namespace BodyTemplates
