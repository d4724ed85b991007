#include "schema.h"

#include <QHash>

namespace Schema {

namespace {

// The statements of migration 7: the signed minutes, and triggers that keep
// a meeting's record (the meeting, its items with their preparers,
// recipients and attachments, and its events) as it was signed.
QStringList signedMinutesMigration()
{
    QStringList statements{
        QStringLiteral(R"(CREATE TABLE signed_minutes (
            id INTEGER PRIMARY KEY,
            meeting_id INTEGER NOT NULL UNIQUE REFERENCES meeting(id),
            pdf BLOB NOT NULL,
            sha256 TEXT NOT NULL CHECK (length(sha256) = 64),
            record_digest TEXT NOT NULL CHECK (length(record_digest) = 64),
            part_digests TEXT NOT NULL CHECK (json_valid(part_digests)),
            signatures INTEGER NOT NULL CHECK (signatures > 0),
            signing_roles TEXT NOT NULL CHECK (json_valid(signing_roles) AND json_array_length(signing_roles) > 0),
            frozen_at TEXT NOT NULL,
            CHECK (signatures <= json_array_length(signing_roles))
        ))"),
        // INSERT OR REPLACE would delete a row without its delete trigger:
        // an insert may not meet an existing row of signed minutes.
        QStringLiteral(R"(CREATE TRIGGER signed_minutes_insert_once BEFORE INSERT ON signed_minutes
            WHEN EXISTS (SELECT 1 FROM signed_minutes WHERE id = NEW.id OR meeting_id = NEW.meeting_id)
            BEGIN SELECT RAISE(ABORT, 'a meeting has one signed minutes'); END)"),
        QStringLiteral(R"(CREATE TRIGGER signed_minutes_kept BEFORE DELETE ON signed_minutes
            BEGIN SELECT RAISE(ABORT, 'signed minutes are never removed'); END)"),
        QStringLiteral(R"(CREATE TRIGGER signed_minutes_only_gain_signatures BEFORE UPDATE ON signed_minutes
            WHEN NEW.id IS NOT OLD.id OR NEW.meeting_id IS NOT OLD.meeting_id
              OR NEW.record_digest IS NOT OLD.record_digest OR NEW.part_digests IS NOT OLD.part_digests
              OR NEW.frozen_at IS NOT OLD.frozen_at OR NEW.signing_roles IS NOT OLD.signing_roles
              OR NEW.signatures <= OLD.signatures
              OR substr(NEW.pdf, 1, length(OLD.pdf)) IS NOT OLD.pdf
            BEGIN SELECT RAISE(ABORT, 'signed minutes only gain signatures, appended to the signed file'); END)"),
    };
    const QString refuse = QStringLiteral(
        "BEGIN SELECT RAISE(ABORT, 'the meeting''s minutes are signed: its record can no longer change'); END");
    auto signedMeeting = [](const QString &meeting) {
        return QStringLiteral("EXISTS (SELECT 1 FROM signed_minutes WHERE meeting_id = %1)").arg(meeting);
    };
    // The meeting itself: what it records, not the days of checking and
    // publication, which follow the signatures; its state stays closed or
    // checked.
    statements << QStringLiteral("CREATE TRIGGER meeting_signed_update BEFORE UPDATE ON meeting WHEN %1 AND ("
                                 "NEW.id IS NOT OLD.id OR NEW.body_id IS NOT OLD.body_id OR NEW.year IS NOT OLD.year "
                                 "OR NEW.number IS NOT OLD.number OR NEW.planned_start IS NOT OLD.planned_start "
                                 "OR NEW.planned_end IS NOT OLD.planned_end OR NEW.actual_start IS NOT OLD.actual_start "
                                 "OR NEW.actual_end IS NOT OLD.actual_end OR NEW.place IS NOT OLD.place "
                                 "OR NEW.mode IS NOT OLD.mode OR NEW.state NOT IN ('closed', 'minutes-checked')) %2")
                      .arg(signedMeeting(QStringLiteral("OLD.id")), refuse)
               << QStringLiteral("CREATE TRIGGER meeting_signed_delete BEFORE DELETE ON meeting WHEN %1 %2")
                      .arg(signedMeeting(QStringLiteral("OLD.id")), refuse)
               << QStringLiteral("CREATE TRIGGER meeting_signed_replace BEFORE INSERT ON meeting WHEN EXISTS ("
                                 "SELECT 1 FROM meeting m WHERE (m.id = NEW.id OR (m.body_id = NEW.body_id AND "
                                 "m.year = NEW.year AND m.number = NEW.number)) AND %1) %2")
                      .arg(signedMeeting(QStringLiteral("m.id")), refuse);
    // Rows that belong to a meeting directly, and rows of its items.
    const QList<std::pair<QString, QString>> tables{
        {QStringLiteral("agenda_item"), QStringLiteral("%1.meeting_id")},
        {QStringLiteral("meeting_event"), QStringLiteral("%1.meeting_id")},
        {QStringLiteral("preparer"), QStringLiteral("(SELECT meeting_id FROM agenda_item WHERE id = %1.item_id)")},
        {QStringLiteral("extract_recipient"), QStringLiteral("(SELECT meeting_id FROM agenda_item WHERE id = %1.item_id)")},
        {QStringLiteral("attachment"), QStringLiteral("(SELECT meeting_id FROM agenda_item WHERE id = %1.item_id)")},
    };
    for (const auto &[table, meeting] : tables) {
        // Also an insert that would replace a row of a signed meeting: by its
        // id (preparers and recipients have none; their key is the item's).
        const bool hasId = table != u"preparer" && table != u"extract_recipient";
        const QString replaced = hasId ? QStringLiteral(" OR EXISTS (SELECT 1 FROM %1 o WHERE o.id = NEW.id AND %2)")
                                             .arg(table, signedMeeting(meeting.arg(QStringLiteral("o"))))
                                       : QString();
        statements << QStringLiteral("CREATE TRIGGER %1_signed_insert BEFORE INSERT ON %1 WHEN %2%3 %4")
                          .arg(table, signedMeeting(meeting.arg(QStringLiteral("NEW"))), replaced, refuse)
                   << QStringLiteral("CREATE TRIGGER %1_signed_update BEFORE UPDATE ON %1 WHEN %2 OR %3 %4")
                          .arg(table, signedMeeting(meeting.arg(QStringLiteral("OLD"))),
                               signedMeeting(meeting.arg(QStringLiteral("NEW"))), refuse)
                   << QStringLiteral("CREATE TRIGGER %1_signed_delete BEFORE DELETE ON %1 WHEN %2 %3")
                          .arg(table, signedMeeting(meeting.arg(QStringLiteral("OLD"))), refuse);
    }
    return statements;
}

QString taskClassCodeCheck(const QString &column)
{
    return QStringLiteral("(%1 GLOB '[0-9][0-9]' OR %1 GLOB '[0-9][0-9].[0-9][0-9]' OR %1 GLOB "
                          "'[0-9][0-9].[0-9][0-9].[0-9][0-9]' OR %1 GLOB '[0-9][0-9].[0-9][0-9].[0-9][0-9].[0-9][0-9]')")
        .arg(column);
}

// The statements of migration 16 (see migrations()).
QStringList caseRegisterMigration()
{
    const QString publicity = QStringLiteral("publicity TEXT NOT NULL CHECK (publicity IN ('public', 'confidential', "
                                             "'partly-confidential'))");
    const QString date = QStringLiteral("%1 TEXT CHECK (%1 IS NULL OR date(%1) IS %1)");
    return {
        QStringLiteral(R"(CREATE TABLE task_class (
            id INTEGER PRIMARY KEY,
            code TEXT NOT NULL UNIQUE CHECK %1,
            name TEXT NOT NULL CHECK (length(trim(name)) > 0),
            retention_years INTEGER CHECK (retention_years IS NULL OR retention_years BETWEEN 1 AND 1000),
            %2,
            confidentiality_basis TEXT NOT NULL DEFAULT '',
            personal_data INTEGER NOT NULL DEFAULT 0 CHECK (personal_data IN (0, 1)),
            CHECK (publicity = 'public' OR length(trim(confidentiality_basis)) > 0)
        ))").arg(taskClassCodeCheck(QStringLiteral("code")), publicity),
        QStringLiteral(R"(CREATE TABLE case_file (
            id INTEGER PRIMARY KEY,
            prefix TEXT NOT NULL DEFAULT '',
            number INTEGER NOT NULL CHECK (number > 0),
            class_code TEXT NOT NULL CHECK %1,
            year INTEGER NOT NULL CHECK (year BETWEEN 1900 AND 9999),
            title TEXT NOT NULL CHECK (length(trim(title)) > 0),
            task_class_id INTEGER NOT NULL REFERENCES task_class(id),
            %2,
            confidentiality_basis TEXT NOT NULL DEFAULT '',
            secrecy_years INTEGER CHECK (secrecy_years IS NULL OR secrecy_years BETWEEN 1 AND 100),
            parties TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(parties) AND json_type(parties) = 'array'),
            preparer_person_id INTEGER REFERENCES person(id),
            state TEXT NOT NULL CHECK (state IN ('initiated', 'in-preparation', 'decided', 'implemented', 'closed')),
            initiated TEXT NOT NULL CHECK (date(initiated) IS initiated),
            %3,
            %4,
            %5,
            UNIQUE (year, number),
            CHECK (publicity = 'public' OR length(trim(confidentiality_basis)) > 0)
        ))").arg(taskClassCodeCheck(QStringLiteral("class_code")), publicity, date.arg(QStringLiteral("decided")),
                  date.arg(QStringLiteral("implemented")), date.arg(QStringLiteral("closed"))),
        QStringLiteral("CREATE INDEX case_file_class ON case_file(task_class_id)"),
        QStringLiteral("CREATE INDEX case_file_preparer ON case_file(preparer_person_id)"),
        QStringLiteral(R"(CREATE TABLE item_case (
            id INTEGER PRIMARY KEY REFERENCES agenda_item(id),
            case_id INTEGER NOT NULL REFERENCES case_file(id)
        ))"),
        QStringLiteral("CREATE INDEX item_case_case ON item_case(case_id)"),
        QStringLiteral(R"(CREATE TABLE extract_sent (
            id INTEGER PRIMARY KEY,
            item_id INTEGER NOT NULL REFERENCES agenda_item(id),
            recipient TEXT NOT NULL CHECK (length(trim(recipient)) > 0),
            address TEXT NOT NULL DEFAULT '',
            method TEXT NOT NULL CHECK (method IN ('letter', 'email', 'electronic-service')),
            sent TEXT NOT NULL CHECK (date(sent) IS sent),
            recorded_at TEXT NOT NULL
        ))"),
        QStringLiteral("CREATE INDEX extract_sent_item ON extract_sent(item_id)"),
        QStringLiteral(R"(CREATE TRIGGER extract_sent_kept_update BEFORE UPDATE ON extract_sent
            BEGIN SELECT RAISE(ABORT, 'an extract sent is kept as recorded'); END)"),
        QStringLiteral(R"(CREATE TRIGGER extract_sent_kept_delete BEFORE DELETE ON extract_sent
            BEGIN SELECT RAISE(ABORT, 'an extract sent is kept as recorded'); END)"),
    };
}

// The statements of migration 17 (see migrations()).
QStringList caseDestructionMigration()
{
    return {
        QStringLiteral("ALTER TABLE case_file ADD COLUMN destroyed TEXT "
                       "CHECK (destroyed IS NULL OR date(destroyed) IS destroyed)"),
        QStringLiteral("DROP TRIGGER extract_sent_kept_delete"),
        QStringLiteral(R"(CREATE TRIGGER extract_sent_kept_delete BEFORE DELETE ON extract_sent
            WHEN NOT EXISTS (SELECT 1 FROM item_case ic JOIN case_file c ON c.id = ic.case_id
                             WHERE ic.id = OLD.item_id AND c.destroyed IS NOT NULL)
            BEGIN SELECT RAISE(ABORT, 'an extract sent is kept as recorded'); END)"),
        // A case's records are destroyed only when its retention has run,
        // and its register entry does not change after.
        QStringLiteral(R"(CREATE TRIGGER case_file_destroyed BEFORE UPDATE ON case_file
            WHEN OLD.destroyed IS NOT NULL
            BEGIN SELECT RAISE(ABORT, 'the register entry of a destroyed case does not change'); END)"),
        QStringLiteral(R"(CREATE TRIGGER case_file_destroying BEFORE UPDATE OF destroyed ON case_file
            WHEN NEW.destroyed IS NOT NULL AND NOT (NEW.state = 'closed' AND NEW.closed IS NOT NULL AND NEW.parties = '[]'
                AND EXISTS (SELECT 1 FROM task_class t WHERE t.id = NEW.task_class_id AND t.retention_years IS NOT NULL
                    AND NEW.destroyed >= printf('%04d-01-01', CAST(substr(NEW.closed, 1, 4) AS INTEGER) + t.retention_years + 1)))
            BEGIN SELECT RAISE(ABORT, 'a case''s records are destroyed only when its retention period has run'); END)"),
        // The words of the cases' titles, case-folded by the store
        // (Store::indexCaseTitle), for the case search: derived, not audited.
        QStringLiteral(R"(CREATE TABLE case_title_word (
            word TEXT NOT NULL,
            case_id INTEGER NOT NULL REFERENCES case_file(id),
            PRIMARY KEY (word, case_id)
        ) WITHOUT ROWID)"),
        QStringLiteral("CREATE INDEX case_title_word_case ON case_title_word(case_id)"),
    };
}

} // namespace

const QList<QStringList> &migrations()
{
    static const QList<QStringList> all{
        // 1: the foundation.
        {
            QStringLiteral(R"(CREATE TABLE organisation (
                id INTEGER PRIMARY KEY CHECK (id = 1),
                name TEXT NOT NULL CHECK (length(trim(name)) > 0),
                business_id TEXT NOT NULL DEFAULT '',
                logo BLOB,
                logo_media_type TEXT NOT NULL DEFAULT '',
                default_language TEXT NOT NULL DEFAULT 'fi' CHECK (default_language IN ('fi', 'sv'))
            ))"),
            QStringLiteral(R"(CREATE TABLE body (
                id INTEGER PRIMARY KEY,
                name TEXT NOT NULL CHECK (length(trim(name)) > 0),
                short_name TEXT NOT NULL COLLATE NOCASE UNIQUE CHECK (length(trim(short_name)) > 0),
                kind TEXT NOT NULL CHECK (kind IN ('council', 'board', 'committee', 'section')),
                quorum_rule TEXT NOT NULL CHECK (quorum_rule IN ('two-thirds', 'more-than-half'))
            ))"),
            QStringLiteral(R"(CREATE TABLE person (
                id INTEGER PRIMARY KEY,
                given_name TEXT NOT NULL DEFAULT '',
                family_name TEXT NOT NULL CHECK (length(trim(family_name)) > 0),
                title TEXT NOT NULL DEFAULT '',
                email TEXT NOT NULL DEFAULT '',
                phone TEXT NOT NULL DEFAULT ''
            ))"),
            QStringLiteral(R"(CREATE TABLE membership (
                id INTEGER PRIMARY KEY,
                body_id INTEGER NOT NULL REFERENCES body(id),
                person_id INTEGER NOT NULL REFERENCES person(id),
                role TEXT NOT NULL CHECK (role IN ('chair', 'vice-chair', 'member', 'deputy', 'secretary', 'presenter')),
                deputy_for_person_id INTEGER REFERENCES person(id),
                valid_from TEXT NOT NULL CHECK (date(valid_from) IS valid_from),
                valid_until TEXT CHECK (valid_until IS NULL OR (date(valid_until) IS valid_until AND valid_until >= valid_from)),
                CHECK ((role = 'deputy') = (deputy_for_person_id IS NOT NULL)),
                CHECK (deputy_for_person_id IS NULL OR deputy_for_person_id <> person_id)
            ))"),
            QStringLiteral("CREATE INDEX membership_body ON membership(body_id)"),
            QStringLiteral("CREATE INDEX membership_person ON membership(person_id)"),
            QStringLiteral(R"(CREATE TABLE meeting (
                id INTEGER PRIMARY KEY,
                body_id INTEGER NOT NULL REFERENCES body(id),
                year INTEGER NOT NULL CHECK (year BETWEEN 1900 AND 9999),
                number INTEGER NOT NULL CHECK (number > 0),
                planned_start TEXT NOT NULL CHECK (CAST(substr(planned_start, 1, 4) AS INTEGER) = year),
                planned_end TEXT,
                actual_start TEXT,
                actual_end TEXT,
                place TEXT NOT NULL DEFAULT '',
                mode TEXT NOT NULL CHECK (mode IN ('in-person', 'remote', 'hybrid', 'electronic-procedure')),
                state TEXT NOT NULL CHECK (state IN ('planned', 'convened', 'in-progress', 'closed', 'minutes-checked', 'cancelled')),
                UNIQUE (body_id, year, number)
            ))"),
            QStringLiteral(R"(CREATE TABLE agenda_item (
                id INTEGER PRIMARY KEY,
                meeting_id INTEGER NOT NULL REFERENCES meeting(id),
                position INTEGER NOT NULL CHECK (position > 0),
                section_number INTEGER CHECK (section_number IS NULL OR section_number > 0),
                title TEXT NOT NULL CHECK (length(trim(title)) > 0),
                case_reference TEXT NOT NULL DEFAULT '',
                task_class TEXT NOT NULL DEFAULT '',
                presenter_person_id INTEGER REFERENCES person(id),
                background TEXT NOT NULL DEFAULT '',
                proposal TEXT NOT NULL DEFAULT '',
                decision TEXT NOT NULL DEFAULT '',
                publicity TEXT NOT NULL CHECK (publicity IN ('public', 'confidential', 'partly-confidential')),
                confidentiality_basis TEXT NOT NULL DEFAULT '',
                appeal_kind TEXT NOT NULL CHECK (appeal_kind IN ('rectification', 'municipal-appeal', 'administrative-appeal', 'procurement', 'not-appealable')),
                UNIQUE (meeting_id, position),
                CHECK (publicity = 'public' OR length(trim(confidentiality_basis)) > 0)
            ))"),
            QStringLiteral("CREATE INDEX agenda_item_presenter ON agenda_item(presenter_person_id)"),
            QStringLiteral(R"(CREATE TABLE preparer (
                item_id INTEGER NOT NULL REFERENCES agenda_item(id) ON DELETE CASCADE,
                position INTEGER NOT NULL,
                name TEXT NOT NULL CHECK (length(trim(name)) > 0),
                title TEXT NOT NULL DEFAULT '',
                contact TEXT NOT NULL DEFAULT '',
                PRIMARY KEY (item_id, position)
            ) WITHOUT ROWID)"),
            QStringLiteral(R"(CREATE TABLE extract_recipient (
                item_id INTEGER NOT NULL REFERENCES agenda_item(id) ON DELETE CASCADE,
                position INTEGER NOT NULL,
                name TEXT NOT NULL CHECK (length(trim(name)) > 0),
                address TEXT NOT NULL DEFAULT '',
                delivery TEXT NOT NULL CHECK (delivery IN ('electronic', 'letter')),
                PRIMARY KEY (item_id, position)
            ) WITHOUT ROWID)"),
            QStringLiteral(R"(CREATE TABLE attachment (
                id INTEGER PRIMARY KEY,
                item_id INTEGER NOT NULL REFERENCES agenda_item(id),
                position INTEGER NOT NULL CHECK (position > 0),
                name TEXT NOT NULL CHECK (length(trim(name)) > 0),
                media_type TEXT NOT NULL CHECK (length(media_type) > 0),
                size INTEGER NOT NULL,
                sha256 TEXT NOT NULL CHECK (length(sha256) = 64),
                publicity TEXT NOT NULL CHECK (publicity IN ('public', 'confidential', 'partly-confidential')),
                confidentiality_basis TEXT NOT NULL DEFAULT '',
                content BLOB NOT NULL,
                UNIQUE (item_id, position),
                CHECK (size = length(content)),
                CHECK (publicity = 'public' OR length(trim(confidentiality_basis)) > 0)
            ))"),
            // Derived from agenda_item by the store; not audited.
            QStringLiteral("CREATE VIRTUAL TABLE item_search USING fts5(title, body, "
                           "tokenize = 'unicode61 remove_diacritics 0')"),
            QStringLiteral(R"(CREATE TABLE audit_log (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                at TEXT NOT NULL,
                actor TEXT NOT NULL,
                action TEXT NOT NULL CHECK (action IN ('insert', 'update', 'delete')),
                entity TEXT NOT NULL,
                entity_id INTEGER NOT NULL,
                old_digest TEXT NOT NULL,
                new_digest TEXT NOT NULL,
                previous_hash TEXT NOT NULL,
                hash TEXT NOT NULL
            ))"),
            QStringLiteral("CREATE INDEX audit_log_entity ON audit_log(entity, entity_id)"),
            QStringLiteral("CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log "
                           "BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END"),
            QStringLiteral("CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log "
                           "BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END"),
        },
        // 2: § numbers run per body per calendar year and are never given twice.
        {
            QStringLiteral("CREATE INDEX agenda_item_section ON agenda_item(section_number) "
                           "WHERE section_number IS NOT NULL"),
            QStringLiteral(R"(CREATE TRIGGER agenda_item_section_unique_insert
                BEFORE INSERT ON agenda_item WHEN NEW.section_number IS NOT NULL
                BEGIN
                    SELECT RAISE(ABORT, 'section number already used by the body this year')
                    FROM agenda_item i JOIN meeting m ON m.id = i.meeting_id
                    JOIN meeting n ON n.id = NEW.meeting_id
                    WHERE i.section_number = NEW.section_number AND m.body_id = n.body_id AND m.year = n.year;
                END)"),
            QStringLiteral(R"(CREATE TRIGGER agenda_item_section_unique_update
                BEFORE UPDATE OF section_number, meeting_id ON agenda_item WHEN NEW.section_number IS NOT NULL
                BEGIN
                    SELECT RAISE(ABORT, 'section number already used by the body this year')
                    FROM agenda_item i JOIN meeting m ON m.id = i.meeting_id
                    JOIN meeting n ON n.id = NEW.meeting_id
                    WHERE i.section_number = NEW.section_number AND m.body_id = n.body_id AND m.year = n.year
                      AND i.id <> NEW.id;
                END)"),
        },
        // 3: the events of a meeting, the record from which presence, votes
        // and outcomes are computed (docs/procedure.md).
        {
            QStringLiteral(R"(CREATE TABLE meeting_event (
                id INTEGER PRIMARY KEY,
                meeting_id INTEGER NOT NULL REFERENCES meeting(id),
                seq INTEGER NOT NULL CHECK (seq > 0),
                event TEXT NOT NULL CHECK (json_valid(event) AND json_type(event, '$.type') = 'text'),
                UNIQUE (meeting_id, seq)
            ))"),
        },
        // 4: per-body settings of the rules that vary, and the Swedish name.
        {
            QStringLiteral("ALTER TABLE body ADD COLUMN swedish_name TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("ALTER TABLE body ADD COLUMN section_numbering TEXT NOT NULL DEFAULT 'yearly' "
                           "CHECK (section_numbering IN ('yearly', 'continuous'))"),
            QStringLiteral("ALTER TABLE body ADD COLUMN voting_order TEXT NOT NULL DEFAULT 'most-divergent-first' "
                           "CHECK (voting_order IN ('most-divergent-first', 'as-presented'))"),
        },
        // 5: the proceedings of an item, as written from the record and
        // edited by the secretary.
        {
            QStringLiteral("ALTER TABLE agenda_item ADD COLUMN proceedings TEXT NOT NULL DEFAULT ''"),
        },
        // 6: what the documents need: each body's document language, where
        // requests for rectification and appeals go, and the days the
        // minutes were checked and published.
        {
            QStringLiteral("ALTER TABLE body ADD COLUMN document_language TEXT NOT NULL DEFAULT '' "
                           "CHECK (document_language IN ('', 'fi', 'sv'))"),
            QStringLiteral("ALTER TABLE organisation ADD COLUMN registry_address TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("ALTER TABLE organisation ADD COLUMN registry_email TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("ALTER TABLE organisation ADD COLUMN administrative_court TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("ALTER TABLE meeting ADD COLUMN minutes_checked TEXT "
                           "CHECK (minutes_checked IS NULL OR date(minutes_checked) IS minutes_checked)"),
            QStringLiteral("ALTER TABLE meeting ADD COLUMN minutes_published TEXT "
                           "CHECK (minutes_published IS NULL OR date(minutes_published) IS minutes_published)"),
        },
        // 7: the decision record. The signed minutes of a meeting, kept
        // with the digest of the record they were made from; from the first
        // signature on, the meeting's record can no longer change.
        signedMinutesMigration(),
        // 8: each body's signing order of the minutes, and corrections
        // (oikaisu) of signed minutes, recorded beside them.
        {
            QStringLiteral(R"(CREATE TABLE correction (
                id INTEGER PRIMARY KEY,
                meeting_id INTEGER NOT NULL REFERENCES meeting(id),
                item_id INTEGER REFERENCES agenda_item(id),
                text TEXT NOT NULL CHECK (length(trim(text)) > 0),
                decided TEXT NOT NULL CHECK (date(decided) IS decided),
                corrects_sha256 TEXT NOT NULL CHECK (length(corrects_sha256) = 64),
                recorded_at TEXT NOT NULL
            ))"),
            QStringLiteral(R"(CREATE TRIGGER correction_of_signed_minutes BEFORE INSERT ON correction
                WHEN EXISTS (SELECT 1 FROM correction WHERE id = NEW.id)
                  OR NOT EXISTS (SELECT 1 FROM signed_minutes WHERE meeting_id = NEW.meeting_id
                                 AND signatures = json_array_length(signing_roles))
                  OR (NEW.item_id IS NOT NULL
                      AND NOT EXISTS (SELECT 1 FROM agenda_item WHERE id = NEW.item_id AND meeting_id = NEW.meeting_id))
                BEGIN SELECT RAISE(ABORT, 'a correction corrects complete signed minutes, and an item of that meeting'); END)"),
            QStringLiteral(R"(CREATE TRIGGER correction_kept_update BEFORE UPDATE ON correction
                BEGIN SELECT RAISE(ABORT, 'a correction is never changed; record another'); END)"),
            QStringLiteral(R"(CREATE TRIGGER correction_kept_delete BEFORE DELETE ON correction
                BEGIN SELECT RAISE(ABORT, 'a correction is never removed'); END)"),
            QStringLiteral("ALTER TABLE body ADD COLUMN signing_order TEXT NOT NULL "
                           "DEFAULT 'secretary,minute-checkers,chair' CHECK (signing_order IN ("
                           "'secretary,minute-checkers,chair', 'secretary,chair,minute-checkers', "
                           "'minute-checkers,secretary,chair', 'minute-checkers,chair,secretary', "
                           "'chair,secretary,minute-checkers', 'chair,minute-checkers,secretary'))"),
        },
        // 9: the invitation list: others invited to a meeting besides the
        // body's seats and officials (the council's chair, an expert for an
        // item), each a person of the store or a name with a role.
        {
            QStringLiteral(R"(CREATE TABLE invitee (
                id INTEGER PRIMARY KEY,
                meeting_id INTEGER NOT NULL REFERENCES meeting(id),
                position INTEGER NOT NULL CHECK (position > 0),
                person_id INTEGER REFERENCES person(id),
                name TEXT NOT NULL DEFAULT '',
                role TEXT NOT NULL DEFAULT '',
                email TEXT NOT NULL DEFAULT '',
                UNIQUE (meeting_id, position),
                CHECK (person_id IS NOT NULL OR length(trim(name)) > 0)
            ))"),
            QStringLiteral("CREATE INDEX invitee_person ON invitee(person_id)"),
        },
        // 10: meeting packages. A package is a store holding one meeting as
        // one recipient may see it, marked by its single package row; the
        // store it was made from registers each package handed out
        // (tiedonhallintalaki: disclosures are logged), never changed.
        {
            QStringLiteral(R"(CREATE TABLE package (
                id INTEGER PRIMARY KEY CHECK (id = 1),
                package_id TEXT NOT NULL CHECK (length(package_id) > 0),
                audience TEXT NOT NULL CHECK (audience IN ('member', 'public')),
                recipient TEXT NOT NULL DEFAULT '',
                meeting_id INTEGER NOT NULL REFERENCES meeting(id),
                meeting_reference TEXT NOT NULL,
                organisation TEXT NOT NULL DEFAULT '',
                made_at TEXT NOT NULL,
                made_by TEXT NOT NULL,
                CHECK (audience = 'public' OR length(trim(recipient)) > 0)
            ))"),
            QStringLiteral(R"(CREATE TABLE disclosure (
                id INTEGER PRIMARY KEY,
                meeting_id INTEGER NOT NULL REFERENCES meeting(id),
                package_id TEXT NOT NULL UNIQUE CHECK (length(package_id) > 0),
                audience TEXT NOT NULL CHECK (audience IN ('member', 'public')),
                recipient TEXT NOT NULL DEFAULT '',
                sha256 TEXT NOT NULL CHECK (length(sha256) = 64),
                size INTEGER NOT NULL CHECK (size > 0),
                made_at TEXT NOT NULL,
                made_by TEXT NOT NULL,
                CHECK (audience = 'public' OR length(trim(recipient)) > 0)
            ))"),
            QStringLiteral("CREATE INDEX disclosure_meeting ON disclosure(meeting_id)"),
            QStringLiteral(R"(CREATE TRIGGER disclosure_kept_update BEFORE UPDATE ON disclosure
                BEGIN SELECT RAISE(ABORT, 'the disclosure register is append-only'); END)"),
            QStringLiteral(R"(CREATE TRIGGER disclosure_kept_delete BEFORE DELETE ON disclosure
                BEGIN SELECT RAISE(ABORT, 'the disclosure register is append-only'); END)"),
        },
        // 11: § numbers are looked up through the body's meetings of the year.
        // Indexed by the number alone, each check read every item of every
        // body and year with that number: adding an item grew slower as the
        // archive grew.
        {
            QStringLiteral("DROP INDEX agenda_item_section"),
            QStringLiteral("CREATE INDEX agenda_item_section ON agenda_item(meeting_id, section_number) "
                           "WHERE section_number IS NOT NULL"),
        },
        // 12: for bilingual municipalities, the organisation's Swedish name
        // and the language of an item's own texts (NULL: its body's document
        // language).
        {
            QStringLiteral("ALTER TABLE organisation ADD COLUMN swedish_name TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("ALTER TABLE agenda_item ADD COLUMN language TEXT "
                           "CHECK (language IS NULL OR language IN ('fi', 'sv'))"),
        },
        // 13: the meeting's life cycle: a body's usual place and starting
        // time for new meetings and whether it signs its minutes
        // electronically; the day a meeting was convened and why it was
        // cancelled. Once a meeting's minutes are signed these stay as they
        // are too (the trigger below), though the record's digest leaves
        // them out: they are about the meeting before it was held.
        {
            QStringLiteral("ALTER TABLE body ADD COLUMN default_place TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("ALTER TABLE body ADD COLUMN default_start TEXT NOT NULL DEFAULT '' "
                           "CHECK (default_start = '' OR (default_start GLOB '[0-2][0-9]:[0-5][0-9]' "
                           "AND default_start < '24:00'))"),
            QStringLiteral("ALTER TABLE body ADD COLUMN signs_electronically INTEGER NOT NULL DEFAULT 0 "
                           "CHECK (signs_electronically IN (0, 1))"),
            QStringLiteral("ALTER TABLE meeting ADD COLUMN convened TEXT "
                           "CHECK (convened IS NULL OR date(convened) = convened)"),
            QStringLiteral("ALTER TABLE meeting ADD COLUMN cancellation_reason TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("DROP TRIGGER meeting_signed_update"),
            QStringLiteral("CREATE TRIGGER meeting_signed_update BEFORE UPDATE ON meeting WHEN EXISTS (SELECT 1 "
                           "FROM signed_minutes WHERE meeting_id = OLD.id) AND (NEW.id IS NOT OLD.id OR NEW.body_id "
                           "IS NOT OLD.body_id OR NEW.year IS NOT OLD.year OR NEW.number IS NOT OLD.number OR "
                           "NEW.planned_start IS NOT OLD.planned_start OR NEW.planned_end IS NOT OLD.planned_end OR "
                           "NEW.actual_start IS NOT OLD.actual_start OR NEW.actual_end IS NOT OLD.actual_end OR "
                           "NEW.place IS NOT OLD.place OR NEW.mode IS NOT OLD.mode OR NEW.convened IS NOT "
                           "OLD.convened OR NEW.cancellation_reason IS NOT OLD.cancellation_reason OR NEW.state NOT "
                           "IN ('closed', 'minutes-checked')) BEGIN SELECT RAISE(ABORT, 'the meeting''s minutes are "
                           "signed: its record can no longer change'); END"),
        },
        // 14: the certificates registered for persons, each with what it is
        // for; a certificate belongs to one person. Kept, never changed: a
        // signature made with one stays checkable against it.
        {
            QStringLiteral(R"(CREATE TABLE person_certificate (
                id INTEGER PRIMARY KEY,
                person_id INTEGER NOT NULL REFERENCES person(id),
                use TEXT NOT NULL CHECK (use IN ('signing', 'encryption')),
                subject TEXT NOT NULL CHECK (length(subject) > 0),
                common_name TEXT NOT NULL DEFAULT '',
                issuer TEXT NOT NULL DEFAULT '',
                serial_number TEXT NOT NULL DEFAULT '',
                valid_from TEXT NOT NULL,
                valid_until TEXT NOT NULL,
                sha256 TEXT NOT NULL CHECK (length(sha256) = 64),
                der BLOB NOT NULL,
                UNIQUE (sha256, use)
            ))"),
            QStringLiteral("CREATE INDEX person_certificate_person ON person_certificate(person_id)"),
            QStringLiteral("CREATE TRIGGER person_certificate_kept BEFORE UPDATE ON person_certificate "
                           "BEGIN SELECT RAISE(ABORT, 'a registered certificate is kept as it was'); END"),
        },
        // 15: a body's templates of recurring agenda items, each under a
        // name of its own; the preparers and extract recipients as JSON
        // lists (a template is read and written whole). Not part of any
        // meeting's record: a template changes and goes, audited.
        {
            QStringLiteral(R"(CREATE TABLE item_template (
                id INTEGER PRIMARY KEY,
                body_id INTEGER NOT NULL REFERENCES body(id),
                name TEXT NOT NULL CHECK (length(trim(name)) > 0),
                title TEXT NOT NULL CHECK (length(trim(title)) > 0),
                task_class TEXT NOT NULL DEFAULT '',
                presenter_person_id INTEGER REFERENCES person(id),
                background TEXT NOT NULL DEFAULT '',
                proposal TEXT NOT NULL DEFAULT '',
                publicity TEXT NOT NULL CHECK (publicity IN ('public', 'confidential', 'partly-confidential')),
                confidentiality_basis TEXT NOT NULL DEFAULT '',
                appeal_kind TEXT NOT NULL CHECK (appeal_kind IN ('rectification', 'municipal-appeal', 'administrative-appeal', 'procurement', 'not-appealable')),
                language TEXT CHECK (language IS NULL OR language IN ('fi', 'sv')),
                preparers TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(preparers) AND json_type(preparers) = 'array'),
                recipients TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(recipients) AND json_type(recipients) = 'array'),
                UNIQUE (body_id, name),
                CHECK (publicity = 'public' OR length(trim(confidentiality_basis)) > 0)
            ))"),
            QStringLiteral("CREATE INDEX item_template_presenter ON item_template(presenter_person_id)"),
        },
        // 16: the case register. The task classification of the
        // information management plan; cases with their diary numbers
        // (one running number per year), parties and state; which case
        // each agenda item handles (a table of its own: linking an item of
        // signed minutes leaves their record as it was); and the extracts
        // sent, kept as recorded. The store then adds the built-in
        // classification and links the items whose case references parse
        // (Store::linkItemsToCases).
        caseRegisterMigration(),
        // 17: destroying a case's records when its retention period has
        // run: the day they were destroyed, and the extracts sent of a
        // destroyed case may go (nothing else of the record may); the words
        // of the cases' titles, for finding them.
        caseDestructionMigration(),
        // 18: members' packages expire: each body's days after the meeting
        // (30 unless set), and the last day a package may be read, in the
        // package.
        {
            QStringLiteral("ALTER TABLE body ADD COLUMN package_expiry_days INTEGER NOT NULL DEFAULT 30 "
                           "CHECK (package_expiry_days BETWEEN 1 AND 3650)"),
            QStringLiteral("ALTER TABLE package ADD COLUMN expires TEXT NOT NULL DEFAULT '' "
                           "CHECK (expires = '' OR date(expires) IS expires)"),
        },
        // 19: on PostgreSQL, each term's entries in the search index with
        // their counts (postgresqlengine.cpp). FTS5 keeps them already:
        // nothing changes here but the version, which both engines share.
        {QStringLiteral("SELECT 1")},
        // 20: on PostgreSQL, the older entries of each term packed in
        // blocks (postgresqlengine.cpp), as FTS5 keeps its own: the version
        // alone here too.
        {QStringLiteral("SELECT 1")},
        // 21: on PostgreSQL, indexes of the meetings' order and of the
        // cases' title words by case, for the searches
        // (postgresqlengine.cpp); SQLite's search holds the meetings' order
        // in memory (SqliteSearchCache): the version alone.
        {QStringLiteral("SELECT 1")},
    };
    return all;
}

const QStringList &changedEntities(int version)
{
    // The audited tables whose rows a migration changes (a new column is a
    // new field of the row's digest).
    static const QHash<int, QStringList> changed{
        {4, {QStringLiteral("body")}},
        {5, {QStringLiteral("agenda_item")}},
        {6, {QStringLiteral("body"), QStringLiteral("organisation"), QStringLiteral("meeting")}},
        {8, {QStringLiteral("body")}},
        {12, {QStringLiteral("organisation"), QStringLiteral("agenda_item")}},
        {13, {QStringLiteral("body"), QStringLiteral("meeting")}},
        {17, {QStringLiteral("case_file")}},
        {18, {QStringLiteral("body"), QStringLiteral("package")}},
    };
    static const QStringList none;
    const auto it = changed.constFind(version);
    return it == changed.cend() ? none : *it;
}

} // namespace Schema
