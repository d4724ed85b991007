#pragma once

#include "model/codes.h"
#include "model/organisation.h"
#include "model/result.h"

#include <QDate>
#include <QString>

// The public site's accessibility statement (saavutettavuusseloste, laki
// digitaalisten palvelujen tarjoamisesta 306/2019 15 §), in the
// organisation's language: which site it covers, how far it meets WCAG 2.1
// AA and what of it does not, how the statement was made, where to give
// feedback (the organisation's registry) and how to turn to the supervising
// authority. What the site does not yet meet is said here, in one place.
namespace AccessibilityStatement {

// "saavutettavuusseloste.html" or, in Swedish, "tillganglighetsutlatande.html".
QString fileName(Language language);
// The link's text: "Saavutettavuusseloste" / "Tillgänglighetsutlåtande".
QString title(Language language);

// The page; the organisation must have its registry's e-mail address or
// postal address, where feedback goes.
Result<QString> page(const Organisation &organisation, const QString &siteAddress, const QDate &updated);

} // namespace AccessibilityStatement
