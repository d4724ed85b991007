// Who may read and change what in a store on PostgreSQL, enforced by the
// server: the database's group roles, the table privileges they carry, and
// row-level security. Part of the PostgreSQL engine (postgresqlengine.cpp
// holds the rest); a file's readers on SQLite are whoever may read the file.
//
// The group roles are named after the database, since roles belong to the
// whole cluster: kunta_administrator, kunta_registry, kunta_secretary,
// kunta_presenter, kunta_member, kunta_public. A login is one of them
// (store_login maps it to its person and role, store_login_body to the
// bodies a secretary or presenter works for). Administrators are members of
// the role that owns the store's tables, which row-level security does not
// bind. The others see and change rows as the policies below allow:
//
//   registry    reads everything; changes persons, their certificates,
//               memberships and the register of disclosures
//   secretary   reads everything public, and everything of its bodies;
//   presenter   changes its bodies' meetings, items and records
//   member      reads everything public, and everything of the bodies the
//               person sits on (memberships); changes nothing
//   public      reads the public items of meetings whose minutes are
//               published, and nothing about persons
//
// Everyone who signs in may read the audit log (ids, digests and authors,
// no content: the client follows others' changes by it), and an entry names
// the session's user or is refused.

#include "storeengine.h"

#include "statement.h"
#include "store.h"

#include <QCoreApplication>

namespace {

// A row's body, by the table's own columns.
QString bodyOf(const QString &table)
{
    if (table == u"meeting" || table == u"membership" || table == u"item_template")
        return QStringLiteral("body_id");
    if (table == u"agenda_item" || table == u"meeting_event" || table == u"signed_minutes" || table == u"correction"
        || table == u"invitee" || table == u"package" || table == u"disclosure")
        return QStringLiteral("(SELECT m.body_id FROM meeting m WHERE m.id = meeting_id)");
    const QString item = table == u"item_search" || table == u"item_case" ? table + QStringLiteral(".id")
                                                                           : QStringLiteral("item_id");
    return QStringLiteral("(SELECT m.body_id FROM agenda_item i JOIN meeting m ON m.id = i.meeting_id WHERE i.id = %1)")
        .arg(item);
}

// Whether the login reads the records of the body `body` (an SQL
// expression) whole: the bodies it reads are read once for the statement
// (an uncorrelated subquery), not once for each row, which on an archive's
// search is tens of thousands of rows.
QString readsBody(const QString &body)
{
    return QStringLiteral("coalesce((%1) = ANY (CAST((SELECT pykala_read_bodies()) AS bigint[])), false)").arg(body);
}

// Reading, writing: each policy's condition.
struct Policy
{
    QString table;
    QString read;  // empty: whoever may select the table reads every row
    QString write; // empty: no row is written by these roles
};

const QString staff = QStringLiteral("pykala_login_role() IN ('registry', 'secretary', 'presenter', 'member')");

QList<Policy> policies()
{
    QList<Policy> all{
        {QStringLiteral("meeting"),
         staff + QStringLiteral(" OR (pykala_login_role() = 'public' AND minutes_published IS NOT NULL)"),
         QStringLiteral("pykala_writes_body(body_id)")},
        // A public item of a meeting the user sees; any item of a body read.
        {QStringLiteral("agenda_item"),
         QStringLiteral("(publicity = 'public' AND EXISTS (SELECT 1 FROM meeting v WHERE v.id = meeting_id)) "
                        "OR %1")
             .arg(readsBody(bodyOf(QStringLiteral("agenda_item")))),
         QStringLiteral("pykala_writes_body(%1)").arg(bodyOf(QStringLiteral("agenda_item")))},
        {QStringLiteral("attachment"),
         QStringLiteral("(publicity = 'public' AND EXISTS (SELECT 1 FROM agenda_item v WHERE v.id = item_id)) "
                        "OR %1")
             .arg(readsBody(bodyOf(QStringLiteral("attachment")))),
         QStringLiteral("pykala_writes_body(%1)").arg(bodyOf(QStringLiteral("attachment")))},
        // An entry holds the names of all the item's attachments: a public
        // item with a confidential one is found only by those who read it.
        {QStringLiteral("item_search"),
         QStringLiteral("EXISTS (SELECT 1 FROM agenda_item v WHERE v.id = item_search.id) AND (%1 "
                        "OR pykala_attachments_public(item_search.id))")
             .arg(readsBody(bodyOf(QStringLiteral("item_search")))),
         QStringLiteral("pykala_writes_body(%1)").arg(bodyOf(QStringLiteral("item_search")))},
        // An entry's terms are read where the entry is, and written by the
        // index's own trigger alone.
        {QStringLiteral("item_search_term"),
         QStringLiteral("EXISTS (SELECT 1 FROM item_search v WHERE v.id = item_search_term.item_id)"),
         QStringLiteral("false")},
        // Its blocks are for the store's owner, whom no policy binds: a
        // block packs the entries of all bodies, which a login's search
        // reads as its terms' rows instead.
        {QStringLiteral("item_search_block"), QStringLiteral("false"), QStringLiteral("false")},
        {QStringLiteral("membership"), staff,
         QStringLiteral("pykala_login_role() = 'registry' OR pykala_writes_body(body_id)")},
        // A confidential template's text is its body's, as an item's is.
        {QStringLiteral("item_template"),
         QStringLiteral("(%1) AND (publicity = 'public' OR %2)").arg(staff, readsBody(QStringLiteral("body_id"))),
         QStringLiteral("pykala_writes_body(body_id)")},
        {QStringLiteral("person"), staff, QStringLiteral("pykala_login_role() IN ('registry', 'secretary')")},
        // The case register: the classification is everyone's to read and
        // the registry's to keep. A public case is read by the staff; one
        // that is not, by the registry, its preparer in charge and whoever
        // reads a body that handled it. The registry and secretaries open
        // and keep cases.
        {QStringLiteral("task_class"), QStringLiteral("true"), QStringLiteral("pykala_login_role() = 'registry'")},
        {QStringLiteral("case_file"),
         QStringLiteral("(%1) AND (publicity = 'public' OR pykala_login_role() = 'registry' OR preparer_person_id = "
                        "pykala_login_person() OR EXISTS (SELECT 1 FROM item_case c JOIN agenda_item i ON i.id = c.id "
                        "JOIN meeting m ON m.id = i.meeting_id WHERE c.case_id = case_file.id AND "
                        "%2))").arg(staff, readsBody(QStringLiteral("m.body_id"))),
         QStringLiteral("pykala_login_role() IN ('registry', 'secretary')")},
        // A title's words are read where the case is.
        {QStringLiteral("case_title_word"),
         QStringLiteral("EXISTS (SELECT 1 FROM case_file v WHERE v.id = case_title_word.case_id)"),
         QStringLiteral("pykala_login_role() IN ('registry', 'secretary')")},
        {QStringLiteral("item_case"), QStringLiteral("EXISTS (SELECT 1 FROM agenda_item v WHERE v.id = item_case.id)"),
         QStringLiteral("pykala_login_role() = 'registry' OR pykala_writes_body(%1)").arg(bodyOf(QStringLiteral("item_case")))},
        // Who was sent an extract, and where: personal data, read as the
        // item's confidential content is.
        {QStringLiteral("extract_sent"), readsBody(bodyOf(QStringLiteral("extract_sent"))),
         QStringLiteral("pykala_login_role() = 'registry' OR pykala_writes_body(%1)").arg(bodyOf(QStringLiteral("extract_sent")))},
        // Whose certificate signs as whom is the registry's alone.
        {QStringLiteral("person_certificate"), staff, QStringLiteral("pykala_login_role() = 'registry'")},
        {QStringLiteral("disclosure"), readsBody(bodyOf(QStringLiteral("disclosure"))),
         QStringLiteral("pykala_login_role() = 'registry' OR pykala_writes_body(%1)").arg(bodyOf(QStringLiteral("disclosure")))},
    };
    // Preparers are printed with the item; the recipients of its extracts
    // (parties, with their addresses) are not.
    all.append({QStringLiteral("preparer"), QStringLiteral("EXISTS (SELECT 1 FROM agenda_item v WHERE v.id = item_id)"),
                QStringLiteral("pykala_writes_body(%1)").arg(bodyOf(QStringLiteral("preparer")))});
    all.append({QStringLiteral("extract_recipient"),
                QStringLiteral("(%1) AND EXISTS (SELECT 1 FROM agenda_item v WHERE v.id = item_id)").arg(staff),
                QStringLiteral("pykala_writes_body(%1)").arg(bodyOf(QStringLiteral("extract_recipient")))});
    for (const char *table : {"meeting_event", "signed_minutes", "correction", "invitee", "package"}) {
        const QString name = QString::fromLatin1(table);
        all.append({name, readsBody(bodyOf(name)),
                    QStringLiteral("pykala_writes_body(%1)").arg(bodyOf(name))});
    }
    return all;
}

} // namespace

QStringList postgresqlAccessSetup()
{
    QStringList statements{
        // The store's schema, then the session's temporary tables last: a
        // function that names a table finds the store's, never a temporary
        // table a login made to stand in for it. The functions below keep
        // this search path (FROM CURRENT), and so do the schema's own.
        QStringLiteral("SELECT set_config('search_path', quote_ident(current_schema()) || ', pg_temp', true)"),
        // Who each login is: its person and role, and the bodies a
        // secretary or presenter works for. Only administrators write them.
        QStringLiteral(R"(CREATE TABLE IF NOT EXISTS store_login (
            login text COLLATE "C" PRIMARY KEY,
            person_id bigint REFERENCES person(id),
            role text COLLATE "C" NOT NULL
                CHECK (role IN ('administrator', 'registry', 'secretary', 'presenter', 'member', 'public')),
            CHECK (person_id IS NOT NULL OR role IN ('administrator', 'public'))
        ))"),
        QStringLiteral(R"(CREATE TABLE IF NOT EXISTS store_login_body (
            login text COLLATE "C" NOT NULL REFERENCES store_login(login) ON DELETE CASCADE,
            body_id bigint NOT NULL REFERENCES body(id),
            PRIMARY KEY (login, body_id)
        ))"),
        QStringLiteral(R"(CREATE OR REPLACE FUNCTION pykala_login_role() RETURNS text LANGUAGE sql STABLE SET search_path FROM CURRENT AS $$
    SELECT role FROM store_login WHERE login = session_user::text
$$)"),
        QStringLiteral(R"(CREATE OR REPLACE FUNCTION pykala_login_person() RETURNS bigint LANGUAGE sql STABLE SET search_path FROM CURRENT AS $$
    SELECT person_id FROM store_login WHERE login = session_user::text
$$)"),
        // The bodies whose records the login reads whole: read once for a
        // whole statement where a policy asks (readsBody), not for each row.
        QStringLiteral(R"(CREATE OR REPLACE FUNCTION pykala_read_bodies() RETURNS bigint[] LANGUAGE sql STABLE SET search_path FROM CURRENT AS $$
    SELECT coalesce(array_agg(b.id ORDER BY b.id), '{}') FROM body b WHERE CASE pykala_login_role()
        WHEN 'registry' THEN true
        WHEN 'secretary' THEN EXISTS (SELECT 1 FROM store_login_body l WHERE l.login = session_user::text AND l.body_id = b.id)
        WHEN 'presenter' THEN EXISTS (SELECT 1 FROM store_login_body l WHERE l.login = session_user::text AND l.body_id = b.id)
        WHEN 'member' THEN EXISTS (SELECT 1 FROM membership m WHERE m.person_id = pykala_login_person() AND m.body_id = b.id
            AND m.valid_from <= to_char(current_date, 'YYYY-MM-DD')
            AND (m.valid_until IS NULL OR m.valid_until >= to_char(current_date, 'YYYY-MM-DD')))
        ELSE false
    END
$$)"),
        QStringLiteral(R"(CREATE OR REPLACE FUNCTION pykala_writes_body(body bigint) RETURNS boolean LANGUAGE sql STABLE SET search_path FROM CURRENT AS $$
    SELECT coalesce(pykala_login_role() IN ('secretary', 'presenter'), false)
        AND EXISTS (SELECT 1 FROM store_login_body b WHERE b.login = session_user::text AND b.body_id = body)
$$)"),
        // Whether every attachment of an item is public, whoever asks
        // (row-level security would hide the others from those who ask).
        QStringLiteral(R"(CREATE OR REPLACE FUNCTION pykala_attachments_public(item bigint) RETURNS boolean LANGUAGE sql STABLE
    SECURITY DEFINER SET search_path FROM CURRENT AS $$
    SELECT NOT EXISTS (SELECT 1 FROM attachment a WHERE a.item_id = item AND a.publicity <> 'public')
$$)"),
        // The group roles, and what each may do with the tables. Made with
        // the database's name, which only dynamic SQL can put in a name.
        QStringLiteral(R"(DO $$
DECLARE
    prefix text := current_database() || '_';
    owner text := (SELECT tableowner FROM pg_tables WHERE schemaname = current_schema() AND tablename = 'pykala_store');
    role text;
    content text := 'meeting, agenda_item, preparer, extract_recipient, attachment, meeting_event, signed_minutes, '
        'correction, invitee, package, disclosure, item_template, membership, person, person_certificate, item_search, '
        'task_class, case_file, case_title_word, item_case, extract_sent';
BEGIN
    FOREACH role IN ARRAY ARRAY['administrator', 'registry', 'secretary', 'presenter', 'member', 'public'] LOOP
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = prefix || role) THEN
            EXECUTE format('CREATE ROLE %I NOLOGIN', prefix || role);
        END IF;
        EXECUTE format('GRANT CONNECT ON DATABASE %I TO %I', current_database(), prefix || role);
        EXECUTE format('GRANT USAGE ON SCHEMA %I TO %I', current_schema(), prefix || role);
    END LOOP;
    EXECUTE format('GRANT %I TO %I', owner, prefix || 'administrator');
    -- The schema's own functions (triggers, checks) find its tables only.
    FOR role IN SELECT p.oid::regprocedure::text FROM pg_proc p WHERE p.pronamespace = current_schema()::regnamespace LOOP
        EXECUTE format('ALTER FUNCTION %s SET search_path FROM CURRENT', role);
    END LOOP;
    -- No login makes temporary tables in the store's database.
    EXECUTE format('REVOKE TEMPORARY ON DATABASE %I FROM PUBLIC', current_database());
    FOREACH role IN ARRAY ARRAY['registry', 'secretary', 'presenter', 'member'] LOOP
        EXECUTE format('GRANT SELECT ON ALL TABLES IN SCHEMA %I TO %I', current_schema(), prefix || role);
    END LOOP;
    FOREACH role IN ARRAY ARRAY['registry', 'secretary', 'presenter'] LOOP
        EXECUTE format('GRANT INSERT, UPDATE, DELETE ON %s TO %I', content, prefix || role);
        EXECUTE format('GRANT INSERT ON audit_log TO %I', prefix || role);
        -- The id a row was given is read back (lastval).
        EXECUTE format('GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA %I TO %I', current_schema(), prefix || role);
        EXECUTE format('GRANT UPDATE ON audit_sequence, item_search_totals TO %I', prefix || role);
    END LOOP;
    EXECUTE format('GRANT SELECT ON pykala_store, organisation, body, meeting, agenda_item, attachment, item_search, item_search_term, '
                   'item_search_block, item_search_blocked, item_search_totals, audit_log, membership, package, preparer, extract_recipient, store_login, store_login_body, '
                   'task_class, case_file, case_title_word, item_case '
                   'TO %I', prefix || 'public');
END $$)"),
        // Each login reads its own row; everyone signed in reads the log,
        // and an entry names the session's user.
        QStringLiteral("ALTER TABLE store_login ENABLE ROW LEVEL SECURITY"),
        QStringLiteral("ALTER TABLE store_login_body ENABLE ROW LEVEL SECURITY"),
        QStringLiteral("DROP POLICY IF EXISTS pykala_read ON store_login"),
        QStringLiteral("CREATE POLICY pykala_read ON store_login FOR SELECT USING (login = session_user::text)"),
        QStringLiteral("DROP POLICY IF EXISTS pykala_read ON store_login_body"),
        QStringLiteral("CREATE POLICY pykala_read ON store_login_body FOR SELECT USING (login = session_user::text)"),
        QStringLiteral("ALTER TABLE audit_log ENABLE ROW LEVEL SECURITY"),
        QStringLiteral("DROP POLICY IF EXISTS pykala_read ON audit_log"),
        // The staff's: its authors are logins, of persons.
        QStringLiteral("CREATE POLICY pykala_read ON audit_log FOR SELECT USING (") + staff
            + QStringLiteral(" OR pykala_login_role() = 'administrator')"),
        QStringLiteral("DROP POLICY IF EXISTS pykala_insert ON audit_log"),
        // An entry in the login's own name, at the chain's head.
        QStringLiteral("CREATE POLICY pykala_insert ON audit_log FOR INSERT WITH CHECK "
                       "(pykala_login_role() IN ('registry', 'secretary', 'presenter') AND actor = session_user::text "
                       "AND id = (SELECT coalesce(max(a.id), 0) + 1 FROM audit_log a) "
                       "AND previous_hash = coalesce((SELECT a.hash FROM audit_log a ORDER BY a.id DESC LIMIT 1), "
                       "repeat('0', 64)))"),
    };
    for (const Policy &policy : policies()) {
        statements << QStringLiteral("ALTER TABLE %1 ENABLE ROW LEVEL SECURITY").arg(policy.table);
        for (const char *name : {"pykala_read", "pykala_insert", "pykala_update", "pykala_delete"})
            statements << QStringLiteral("DROP POLICY IF EXISTS %1 ON %2").arg(QLatin1String(name), policy.table);
        statements << QStringLiteral("CREATE POLICY pykala_read ON %1 FOR SELECT USING (%2)")
                          .arg(policy.table, policy.read);
        statements << QStringLiteral("CREATE POLICY pykala_insert ON %1 FOR INSERT WITH CHECK (%2)")
                          .arg(policy.table, policy.write)
                   << QStringLiteral("CREATE POLICY pykala_update ON %1 FOR UPDATE USING (%2) WITH CHECK (%2)")
                          .arg(policy.table, policy.write)
                   << QStringLiteral("CREATE POLICY pykala_delete ON %1 FOR DELETE USING (%2)").arg(policy.table, policy.write);
    }
    // What the policies asked of each row before pykala_read_bodies().
    statements << QStringLiteral("DROP FUNCTION IF EXISTS pykala_reads_body(bigint)");
    return statements;
}

namespace {

// A name from outside as a quoted identifier, as the server quotes it.
Result<QString> identifier(const Connection &db, const QString &name)
{
    Statement quoted(db, QStringLiteral("SELECT quote_ident(?)"), {name});
    if (!quoted.exec() || !quoted.next())
        return Failure{quoted.errorMessage()};
    return quoted.value(0).toString();
}

Status execute(const Connection &db, const QString &sql, const QVariantList &values = {})
{
    Statement statement(db, sql);
    for (const QVariant &value : values)
        statement.bind(value);
    return statement.exec() ? success() : Status::failure(statement.errorMessage());
}

// Takes the login out of the store's group roles it is in.
Status leaveGroups(const Connection &db, const QString &login, const QString &quotedLogin)
{
    Statement groups(db, QStringLiteral(
        "SELECT quote_ident(g.rolname) FROM pg_auth_members a JOIN pg_roles g ON g.oid = a.roleid "
        "JOIN pg_roles u ON u.oid = a.member WHERE u.rolname = ? AND g.rolname IN (SELECT current_database() || '_' "
        "|| r FROM unnest(ARRAY['administrator', 'registry', 'secretary', 'presenter', 'member', 'public']) r)"),
                     {login});
    if (!groups.exec())
        return Failure{groups.errorMessage()};
    QStringList all;
    while (groups.next())
        all.append(groups.value(0).toString());
    groups.finish();
    for (const QString &group : std::as_const(all))
        PYKALA_TRY(execute(db, QStringLiteral("REVOKE %1 FROM %2").arg(group, quotedLogin)));
    return success();
}

} // namespace

Status postgresqlGrantLogin(const Connection &db, const StoreLogin &login, const QByteArray &passwordVerifier)
{
    const auto name = identifier(db, login.login);
    if (!name)
        return Failure{name.error()};
    Statement exists(db, QStringLiteral(
        "SELECT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = ?1), "
        "EXISTS (SELECT 1 FROM pg_roles WHERE rolname = current_database() || '_member'), "
        "EXISTS (SELECT 1 FROM pg_roles r WHERE r.rolname = ?1 AND (r.rolsuper OR r.rolbypassrls OR r.rolname = "
        "(SELECT tableowner FROM pg_tables WHERE schemaname = current_schema() AND tablename = 'pykala_store')))"),
                     {login.login});
    if (!exists.exec() || !exists.next())
        return Failure{exists.errorMessage()};
    const bool roleExists = exists.value(0).toBool();
    if (!exists.value(1).toBool())
        return Status::failure(QCoreApplication::translate("Store", "The store's roles are not set up on the server: run 'pykala-cli access "
                                                        "setup' first."));
    // A role no policy binds (a superuser, the store's owner) cannot be
    // given a lesser one.
    if (exists.value(2).toBool())
        return Status::failure(QCoreApplication::translate("Store", "%1 owns the store or passes every row-level policy: "
                                                                    "a role would not bind it. Give the person a login "
                                                                    "of their own.")
                                   .arg(login.login));
    exists.finish();
    if (!roleExists)
        PYKALA_TRY(execute(db, QStringLiteral("CREATE ROLE %1 LOGIN").arg(*name)));
    if (!passwordVerifier.isEmpty()) {
        // The verifier libpq made, never the password: the server's log
        // may keep the statement.
        const auto literal = [&]() -> Result<QString> {
            Statement quoted(db, QStringLiteral("SELECT quote_literal(?)"), {QString::fromLatin1(passwordVerifier)});
            if (!quoted.exec() || !quoted.next())
                return Failure{quoted.errorMessage()};
            return quoted.value(0).toString();
        }();
        if (!literal)
            return Failure{literal.error()};
        PYKALA_TRY(execute(db, QStringLiteral("ALTER ROLE %1 PASSWORD %2").arg(*name, *literal)));
    }
    // One role at a time: the others are taken away.
    PYKALA_TRY(leaveGroups(db, login.login, *name));
    Statement mine(db, QStringLiteral("SELECT quote_ident(current_database() || '_' || ?)"), {login.role});
    if (!mine.exec() || !mine.next())
        return Failure{mine.errorMessage()};
    const QString role = mine.value(0).toString();
    mine.finish();
    PYKALA_TRY(execute(db, QStringLiteral("GRANT %1 TO %2").arg(role, *name)));
    PYKALA_TRY(execute(db, QStringLiteral("DELETE FROM store_login WHERE login = ?"), {login.login}));
    PYKALA_TRY(execute(db, QStringLiteral("INSERT INTO store_login (login, person_id, role) VALUES (?, ?, ?)"),
                       {login.login, login.personId ? QVariant(login.personId) : QVariant(), login.role}));
    for (const qint64 body : login.bodies)
        PYKALA_TRY(execute(db, QStringLiteral("INSERT INTO store_login_body (login, body_id) VALUES (?, ?)"),
                           {login.login, body}));
    return success();
}

Status postgresqlRevokeLogin(const Connection &db, const QString &login)
{
    const auto name = identifier(db, login);
    if (!name)
        return Failure{name.error()};
    PYKALA_TRY(leaveGroups(db, login, *name));
    return execute(db, QStringLiteral("DELETE FROM store_login WHERE login = ?"), {login});
}

Result<QString> postgresqlChangeRefusal(const Connection &db, qint64 bodyId)
{
    // The login's own row (row-level security shows it no other); none for
    // the store's owner and a store whose roles were never set up.
    Statement present(db, QStringLiteral("SELECT to_regclass('store_login') IS NOT NULL"));
    if (!present.exec() || !present.next())
        return Failure{present.errorMessage()};
    if (!present.value(0).toBool())
        return QString();
    present.finish();
    Statement login(db, QStringLiteral("SELECT l.role, EXISTS (SELECT 1 FROM store_login_body b WHERE b.login = l.login "
                                       "AND b.body_id = ?) FROM store_login l WHERE l.login = session_user::text"),
                    {bodyId});
    if (!login.exec())
        return Failure{login.errorMessage()};
    if (!login.next())
        return QString();
    const QString role = login.value(0).toString();
    if (role == u"administrator")
        return QString();
    if ((role == u"secretary" || role == u"presenter") && login.value(1).toBool())
        return QString();
    if (role == u"secretary" || role == u"presenter")
        return QCoreApplication::translate("Store", "You keep other bodies' records: this body's are changed by its own "
                                                    "secretary or presenter.");
    return QCoreApplication::translate("Store", "Your role in this store (%1) reads the records; it does not change "
                                                "them.")
        .arg(role);
}
