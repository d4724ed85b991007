// Who may read and change what in a store on a server: setting up its
// roles, and the logins given them. The SQL is the engine's
// (postgresqlaccess.cpp); what a login must name is decided here.

#include "store.h"

#include "connection.h"
#include "statement.h"
#include "storeengine.h"

#include "libpq.h"

#include <algorithm>

namespace {

const QStringList &roles()
{
    static const QStringList all{QStringLiteral("administrator"), QStringLiteral("registry"),
                                 QStringLiteral("secretary"),     QStringLiteral("presenter"),
                                 QStringLiteral("member"),        QStringLiteral("public")};
    return all;
}

} // namespace

Status Store::setUpAccess()
{
    if (!onServer())
        return Status::failure(tr("A store file has no roles: whoever may read the file reads the store. Roles are "
                                  "for a store on a server."));
    if (m_readOnly)
        return Status::failure(tr("The store %1 is open read-only.").arg(displayLocation()));
    Transaction transaction(*this);
    if (!transaction.ok())
        return Status::failure(transaction.error());
    const Connection &db = database();
    for (const QString &sql : db.engine().accessSetup()) {
        Statement statement(db, sql);
        if (!statement.exec())
            return Status::failure(tr("Setting up the store's roles failed: %1 The user needs to own the store "
                                      "and may create roles (CREATEROLE).")
                                       .arg(statement.errorMessage()));
    }
    return transaction.commit();
}

Status Store::renewAccess()
{
    const Connection &db = database();
    const QStringList setup = db.engine().accessSetup();
    if (setup.isEmpty())
        return success();
    Statement set(db, QStringLiteral("SELECT to_regclass('store_login') IS NOT NULL"));
    if (!set.exec() || !set.next())
        return Status::failure(set.errorMessage());
    if (!set.value(0).toBool())
        return success();
    set.finish();
    for (const QString &sql : setup) {
        Statement statement(db, sql);
        if (!statement.exec())
            return Status::failure(tr("Giving the store's roles its new tables failed: %1 Update the store as a user "
                                      "who owns it and may create roles (CREATEROLE).")
                                       .arg(statement.errorMessage()));
    }
    return success();
}

Status Store::grantLogin(const StoreLogin &login, const QString &password)
{
    if (!onServer())
        return Status::failure(tr("A store file has no logins: whoever may read the file reads the store."));
    if (m_readOnly)
        return Status::failure(tr("The store %1 is open read-only.").arg(displayLocation()));
    if (login.login.trimmed().isEmpty() || login.login.size() > 63)
        return Status::failure(tr("A login needs a name of 1 to 63 characters."));
    if (!roles().contains(login.role))
        return Status::failure(tr("There is no role \"%1\". The roles are %2.")
                                   .arg(login.role, roles().join(QStringLiteral(", "))));
    const bool personal = login.role != u"administrator" && login.role != u"public";
    if (personal) {
        const auto person = this->person(login.personId);
        if (!person)
            return Status::failure(person.error());
        if (!person->has_value())
            return Status::failure(tr("The login %1 needs the person it belongs to: a %2 signs in as a person of "
                                      "the store.")
                                       .arg(login.login, login.role));
    }
    const bool bodied = login.role == u"secretary" || login.role == u"presenter";
    if (bodied && login.bodies.isEmpty())
        return Status::failure(tr("A %1 works for given bodies: name at least one.").arg(login.role));
    if (!bodied && !login.bodies.isEmpty())
        return Status::failure(tr("Only a secretary or a presenter is given bodies; a member reads the bodies the "
                                  "person sits on."));
    // The password as SCRAM-SHA-256, hashed here: it never reaches the
    // server, or its log, as it is.
    QByteArray verifier;
    if (!password.isEmpty()) {
        char *encrypted = Pq::PQencryptPasswordConn(database().postgresql(), password.toUtf8().constData(),
                                                    login.login.toUtf8().constData(), "scram-sha-256");
        if (!encrypted)
            return Status::failure(tr("The password could not be hashed: %1")
                                       .arg(QString::fromUtf8(Pq::PQerrorMessage(database().postgresql())).trimmed()));
        verifier = encrypted;
        Pq::PQfreemem(encrypted);
    }
    Transaction transaction(*this);
    if (!transaction.ok())
        return Status::failure(transaction.error());
    StoreLogin given = login;
    if (!personal)
        given.personId = 0;
    PYKALA_TRY(database().engine().grantLogin(database(), given, verifier));
    return transaction.commit();
}

Status Store::revokeLogin(const QString &login)
{
    if (!onServer())
        return Status::failure(tr("A store file has no logins: whoever may read the file reads the store."));
    const auto all = logins();
    if (!all)
        return Status::failure(all.error());
    if (std::none_of(all->cbegin(), all->cend(), [&](const StoreLogin &known) { return known.login == login; }))
        return Status::failure(tr("The store has no login %1.").arg(login));
    Transaction transaction(*this);
    if (!transaction.ok())
        return Status::failure(transaction.error());
    PYKALA_TRY(database().engine().revokeLogin(database(), login));
    return transaction.commit();
}

Result<QList<StoreLogin>> Store::logins() const
{
    if (!onServer())
        return QList<StoreLogin>();
    Statement present(database(), QStringLiteral("SELECT to_regclass('store_login') IS NOT NULL"));
    if (!present.exec() || !present.next())
        return Failure{present.errorMessage()};
    if (!present.value(0).toBool())
        return QList<StoreLogin>(); // never set up
    present.finish();
    Statement rows(database(), QStringLiteral("SELECT l.login, l.role, coalesce(l.person_id, 0), b.body_id "
                                              "FROM store_login l LEFT JOIN store_login_body b ON b.login = l.login "
                                              "ORDER BY l.login, b.body_id"));
    if (!rows.exec())
        return Failure{rows.errorMessage()};
    QList<StoreLogin> all;
    while (rows.next()) {
        const QString name = rows.value(0).toString();
        if (all.isEmpty() || all.last().login != name)
            all.append({name, rows.value(1).toString(), rows.value(2).toLongLong(), {}});
        if (!rows.value(3).isNull())
            all.last().bodies.append(rows.value(3).toLongLong());
    }
    return all;
}

Result<std::optional<StoreLogin>> Store::currentLogin() const
{
    const auto all = logins();
    if (!all)
        return Failure{all.error()};
    for (const StoreLogin &login : *all) {
        if (login.login == m_actor)
            return std::optional<StoreLogin>(login);
    }
    return std::optional<StoreLogin>();
}

Result<QString> Store::changeRefusal(qint64 bodyId) const
{
    return database().engine().changeRefusal(database(), bodyId);
}
