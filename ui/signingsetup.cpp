#include "signingsetup.h"

#include "signing/nss.h"

#include <QSettings>

namespace SigningSetup {

QString databasePath()
{
    const QString fromEnvironment = qEnvironmentVariable("PYKALA_NSSDB");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    const QString chosen = QSettings().value(QStringLiteral("signing/nssdb")).toString();
    return chosen.isEmpty() ? Nss::defaultDatabase() : chosen;
}

bool ensureDatabase(QString *error)
{
    static QString chosen;
    if (!chosen.isEmpty())
        return true;
    const QString path = databasePath();
    if (const auto used = Nss::useDatabase(path); !used) {
        *error = used.error();
        return false;
    }
    chosen = path;
    return true;
}

} // namespace SigningSetup
