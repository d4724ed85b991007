#pragma once

#include <QString>
#include <QStringList>

// The language of the user interface: Finnish, Swedish or English, or the
// system's. It is kept in the settings; applying it installs Pykälä's
// translations and Qt's own (for the standard dialogs) and sets the
// default locale for dates and numbers.
namespace UiLanguage {

// "" follows the system; else "fi", "sv" or "en".
QStringList codes();
QString configured();
void setConfigured(const QString &code);
// The language's own name ("suomi", "svenska", "English"), or for "" the
// system's in the current language.
QString displayName(const QString &code);
// Installs the translators of `code` (replacing those installed before)
// and sets the default locale; false when Pykälä has no translation for
// it (English needs none).
bool apply(const QString &code);

} // namespace UiLanguage
