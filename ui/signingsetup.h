#pragma once

#include <QString>

// The certificate database the client signs and verifies with, set up
// once per process: $PYKALA_NSSDB, else the one chosen in the settings
// ("signing/nssdb"), else the user's shared database (~/.pki/nssdb).
namespace SigningSetup {

QString databasePath();
// Selects the database (once); false with the reason.
bool ensureDatabase(QString *error);

} // namespace SigningSetup
