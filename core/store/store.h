#pragma once

#include "model/result.h"

#include "model/agendaitem.h"
#include "model/attachment.h"
#include "model/body.h"
#include "model/casefile.h"
#include "model/invitee.h"
#include "model/itemtemplate.h"
#include "model/meeting.h"
#include "model/membership.h"
#include "model/organisation.h"
#include "model/package.h"
#include "model/person.h"
#include "model/signedminutes.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QSet>
#include <QString>

#include <functional>
#include <initializer_list>
#include <memory>
#include <optional>
#include <utility>
#include <vector>

class QSocketNotifier;

class Connection;
class Statement;
class QVariant;

// Filter for Store::meetings(); empty fields match everything.
struct MeetingFilter
{
    qint64 bodyId = 0;
    int year = 0;
};

// A body's meetings of one year, as Store::meetingYears() counts them.
struct MeetingYear
{
    qint64 bodyId = 0;
    int year = 0;
    int meetings = 0;
};

// Which items Store::search looks in and how it orders what it finds;
// empty fields match everything.
struct SearchFilter
{
    enum class Order { Relevance, Newest };
    qint64 bodyId = 0;
    int year = 0;                 // the meeting's year
    Order order = Order::Relevance;
};

// One full-text search result.
struct SearchHit
{
    qint64 itemId = 0;
    qint64 meetingId = 0;
    QString meetingReference;     // "KH 12/2026"
    std::optional<int> sectionNumber;
    QString title;
    QString snippet;              // matching words marked with [ ]
    double rank = 0;              // lower is better (bm25)
};

// Filter for Store::cases(); empty fields match everything.
struct CaseFilter
{
    int year = 0;                 // of the diary number
    std::optional<CaseState> state;
};

// The outcome of Store::check().
struct CheckReport
{
    QStringList integrityProblems; // PRAGMA integrity_check
    QStringList foreignKeyProblems;
    QStringList auditProblems;     // broken chain, rows changed outside the store
    qint64 auditEntries = 0;
    bool ok() const
    {
        return integrityProblems.isEmpty() && foreignKeyProblems.isEmpty() && auditProblems.isEmpty();
    }
};

// A login of a store on a server: its role ("administrator", "registry",
// "secretary", "presenter", "member", "public"), its person (none for an
// administrator or the public reader), and the bodies a secretary or
// presenter works for.
struct StoreLogin
{
    QString login;
    QString role;
    qint64 personId = 0;
    QList<qint64> bodies;
};

// What Store::copyTo made and checked.
struct StoreCopySummary
{
    QString location;          // the new store's, for people to read
    qint64 rows = 0;           // copied, of every table
    qint64 auditEntries = 0;   // of the audit log, an unbroken chain in the copy
    qint64 records = 0;        // audited rows whose digests match the source's
};

// The case store: one SQLite file per organisation, or a PostgreSQL
// database shared by many (Connection, StoreEngine).
//
// Every change is one transaction and leaves an entry in the append-only,
// hash-chained audit log. Changes are durable once a function returns success
// (WAL with synchronous=FULL). A failed change leaves the store as it was.
// Reads that can fail (a damaged or locked store) return a Result as well.
class Store : public QObject
{
    Q_OBJECT

public:
    enum class Mode {
        OpenExisting, // the file must exist; an empty file becomes a new store
        CreateNew,    // the file must not exist
        ReadOnly,     // the file must exist; nothing is ever written to it
    };

    static constexpr int defaultBusyTimeoutMs = 5000;

    // Opens or creates a store, migrating its schema forward when it is older.
    // A file that is not a Pykälä store, is damaged, or was written by a newer
    // version is refused and left untouched. A meeting package always opens
    // read-only; so does any store with Mode::ReadOnly, which then cannot be
    // migrated (an older store is refused until it is opened normally once).
    //
    // `path` is an SQLite file, or a PostgreSQL database named by a libpq
    // connection URI (postgresql://…), whose password, when it is not in
    // the URI, comes from PGPASSWORD or ~/.pgpass as libpq reads them.
    static Result<std::unique_ptr<Store>> open(const QString &path, Mode mode = Mode::OpenExisting,
                                               int busyTimeoutMs = defaultBusyTimeoutMs);
    // A store that lives in memory only, never in a file: for a member's
    // package, whose confidential content must not reach a disk. With no
    // `image`, a new writable store (a package being made); with one, the
    // bytes of a meeting package (image()), opened read-only as a package
    // file would be. `name` is what messages say, and where review notes
    // go beside (the package file's path).
    static Result<std::unique_ptr<Store>> openInMemory(const QByteArray &image, const QString &name);
    // The bytes of a store in memory, as an SQLite file would hold them.
    Result<QByteArray> image() const;
    ~Store() override;
    Q_DISABLE_COPY_MOVE(Store)

    static int currentSchemaVersion();
    // Where a store lives when nobody says otherwise: the platform's data
    // location for Pykälä, e.g. ~/.local/share/pykala/pykala.sqlite.
    static QString defaultPath();
    QString path() const { return m_path; }
    // Whether `location` names a PostgreSQL database rather than a file.
    static bool isServerLocation(const QString &location);
    // The store's location for people to read: the path, or the URI
    // without its password.
    QString displayLocation() const;
    // `text` with any card PIN in it hidden (pin-value=…).
    static QString withoutPins(QString text);
    bool onServer() const;
    // The store as settings remember it: a file's absolute path, a
    // server's URI without its password.
    QString locationKey() const;
    // True for a package and a store opened with Mode::ReadOnly: every change
    // is refused with a message that says so.
    bool readOnly() const { return m_readOnly; }

    // Who the audit log names as the author of changes. On a server it is
    // the user the session signed in as, whatever is set here: a client
    // cannot sign another's name.
    void setActor(const QString &actor);
    QString actor() const { return m_actor; }

    // Groups several changes into one transaction: all of them or none.
    // Without commit(), the destructor rolls everything back.
    class Transaction
    {
    public:
        explicit Transaction(Store &store);
        ~Transaction();
        Q_DISABLE_COPY_MOVE(Transaction)
        bool ok() const { return m_error.isEmpty(); }
        const QString &error() const { return m_error; }
        Status commit();

    private:
        Store &m_store;
        QString m_error;
        bool m_active = false;
        int m_depth = 0;
    };

    // Organisation
    Result<std::optional<Organisation>> organisation() const;
    Status setOrganisation(const Organisation &organisation);

    // Bodies
    Result<QList<Body>> bodies() const;
    Result<std::optional<Body>> body(qint64 id) const;
    Result<std::optional<Body>> bodyByShortName(const QString &shortName) const;
    Result<qint64> addBody(const Body &body);
    Status updateBody(const Body &body);

    // Persons
    Result<QList<Person>> persons() const;
    Result<std::optional<Person>> person(qint64 id) const;
    // The persons of these ids, by id; ids not in the store are left out.
    Result<QHash<qint64, Person>> persons(const QList<qint64> &ids) const;
    Result<qint64> addPerson(const Person &person);
    Status updatePerson(const Person &person);

    // The certificates registered for a person, oldest first.
    Result<QList<PersonCertificate>> personCertificates(qint64 personId) const;
    // The registrations of the certificate of this SHA-256 fingerprint (hex):
    // whose it is, and for what.
    Result<QList<PersonCertificate>> certificateRegistrations(const QString &sha256) const;
    // Registers a certificate for its use; the store computes its SHA-256.
    // Refused when another person has it, or this person has it for that use.
    Result<qint64> addPersonCertificate(const PersonCertificate &certificate);

    // Templates of recurring agenda items, a body's by name. A template
    // keeps what ItemTemplate says; the rest of the item it is given is
    // dropped. Its name is unique within its body, which never changes.
    Result<QList<ItemTemplate>> itemTemplates(qint64 bodyId) const;
    Result<std::optional<ItemTemplate>> itemTemplate(qint64 id) const;
    Result<qint64> addItemTemplate(const ItemTemplate &itemTemplate);
    Status updateItemTemplate(const ItemTemplate &itemTemplate);
    Status removeItemTemplate(qint64 id);

    // Memberships; bodyId 0 lists every body's.
    Result<QList<Membership>> memberships(qint64 bodyId = 0) const;
    // The body's memberships in force on `day`, in the same order.
    Result<QList<Membership>> memberships(qint64 bodyId, const QDate &day) const;
    Result<std::optional<Membership>> membership(qint64 id) const;
    Result<qint64> addMembership(const Membership &membership);
    // A held meeting (opened, whatever came after) keeps in its record the
    // seats and personal deputies the memberships gave on its day, so no
    // change below may alter what a membership meant on such a day: a
    // membership that held meetings name is ended, never rewritten or
    // removed. Adding one is not checked, so that a register can be
    // filled in after the fact.
    //
    // Changes a membership's role, personal deputy's member and period (a
    // mistake put right, a term entered wrongly); its body and person stay.
    Status updateMembership(const Membership &membership);
    // Ends a membership on its last day (a resignation, the end of a term):
    // the history stays. Refused before it starts or after it already ends.
    Status endMembership(qint64 id, const QDate &lastDay);
    // Removes a membership added by mistake; refused once a held meeting
    // fell within it.
    Status removeMembership(qint64 id);

    // Meetings
    Result<QList<Meeting>> meetings(const MeetingFilter &filter = {}) const;
    // Each body's years that have meetings, with their number, by body id
    // and newest year first: what a list of the archive shows before any
    // meeting is read. Read from the meetings' index, not the meetings.
    Result<QList<MeetingYear>> meetingYears() const;
    Result<int> meetingCount() const;
    Result<std::optional<Meeting>> meeting(qint64 id) const;
    // Finds a meeting by "SHORT NUMBER/YEAR" (e.g. "KH 12/2026") or by id.
    Result<Meeting> findMeeting(const QString &reference) const;
    // "KH 12/2026"
    Result<QString> meetingReference(const Meeting &meeting) const;
    Result<qint64> addMeeting(const Meeting &meeting);
    Status updateMeeting(const Meeting &meeting);
    // Opens a planned or convened meeting: records its actual start, puts it
    // in progress and gives each agenda item without a § number the next
    // number of the body's calendar year, in agenda order. Numbers once given
    // stay; items added while the meeting is in progress take the next ones.
    Status openMeeting(qint64 meetingId, const QDateTime &actualStart);
    // The meeting's life cycle before it is held: convening it (the day its
    // invitation went out), moving it (its time, place and mode, within its
    // year), cancelling it with a reason that the record keeps. Each only
    // while it has not been opened or cancelled.
    Status conveneMeeting(qint64 meetingId, const QDate &day);
    Status rescheduleMeeting(qint64 meetingId, const QDateTime &start, const QDateTime &end, const QString &place,
                             MeetingMode mode);
    Status cancelMeeting(qint64 meetingId, const QString &reason);
    // The reason a cancelled meeting reads with when none was kept: it was
    // cancelled before the store kept reasons (schema 13), or came from an
    // interchange document written before them. Every cancelled meeting the
    // store gives has a reason.
    static QString unrecordedCancellationReason();
    // The days the minutes were checked and published, once the meeting is
    // closed: a checked day makes it minutes-checked, none makes it closed
    // again. A published day needs a checked day; neither may come before
    // the meeting, nor publication before checking. A null day clears it.
    Status setMinutesDays(qint64 meetingId, const QDate &checked, const QDate &published);
    // Closes a meeting in progress at its actual end.
    Status closeMeeting(qint64 meetingId, const QDateTime &actualEnd);
    // The next free § number of the meeting's body in the meeting's year.
    Result<int> nextSectionNumber(qint64 meetingId) const;

    // The invitation list: others invited besides the body's seats and
    // officials, in order.
    Result<QList<Invitee>> invitees(qint64 meetingId) const;
    Result<qint64> addInvitee(const Invitee &invitee);
    Status removeInvitee(qint64 id);

    // Agenda items, in agenda order. Rich text is sanitised on the way in.
    Result<QList<AgendaItem>> agendaItems(qint64 meetingId) const;
    // Number of agenda items of every meeting the filter keeps that has
    // any, by meeting id.
    Result<QHash<qint64, int>> agendaItemCounts(const MeetingFilter &filter = {}) const;
    // The highest position on the meeting's agenda; 0 when it is empty.
    Result<int> lastAgendaPosition(qint64 meetingId) const;
    Result<std::optional<AgendaItem>> agendaItem(qint64 id) const;
    // Adds an item to a meeting's agenda; refused for a cancelled meeting.
    Result<qint64> addAgendaItem(const AgendaItem &item);
    // Saves an item's contents. Its place and meeting stay: an item whose
    // position or meeting differ from the stored ones is refused (move it
    // with moveAgendaItem). A case reference written anew links the item to
    // the case it names (or to none); otherwise its caseId decides.
    Status updateAgendaItem(const AgendaItem &item);
    // Removes an item of a meeting not yet opened (its record names items
    // by their agenda positions); the items after it move up.
    Status removeAgendaItem(qint64 id);
    // Moves an item of a meeting not yet opened to another agenda position
    // (from 1), shifting the items between.
    Status moveAgendaItem(qint64 id, int position);

    // Attachments; size and SHA-256 are computed by the store.
    Result<QList<Attachment>> attachments(qint64 itemId, bool withContent = false) const;
    Result<qint64> addAttachment(const Attachment &attachment);
    Status removeAttachment(qint64 id);
    // Changes an attachment's name, publicity and legal basis; its content
    // stays.
    Status updateAttachment(const Attachment &attachment);

    // A meeting's recorded events, in order (see MeetingRecord).
    Result<QList<QJsonObject>> meetingEvents(qint64 meetingId) const;
    // Appends events after those recorded, in one transaction with any other
    // change the caller makes in the same Transaction.
    Status appendMeetingEvents(qint64 meetingId, const QList<QJsonObject> &events);

    // A meeting's signed minutes, if any have been signed (the PDF included).
    Result<std::optional<SignedMinutes>> signedMinutes(qint64 meetingId) const;
    // The meetings whose minutes are signed, without their PDFs.
    Result<QList<SignedMinutes>> allSignedMinutes() const;
    // Keeps the minutes as signed so far: the first time with the record's
    // digests, which freezes the meeting's record; later with one more
    // signature appended to the same file. The store computes the SHA-256.
    Status saveSignedMinutes(const SignedMinutes &minutes);
    // The audit chain's newest entry, which each signature of minutes commits
    // to: its id (0 for an empty log) and hash (then the genesis hash).
    Result<std::pair<qint64, QString>> auditHead() const;
    // The hash of audit log entry `id`; none when the log has no such entry.
    Result<std::optional<QString>> auditEntryHash(qint64 id) const;
    // Records a correction of signed minutes; refused for minutes not signed.
    Result<qint64> addCorrection(const Correction &correction);
    Result<QList<Correction>> corrections(qint64 meetingId) const;

    // What makes this store a meeting package; none for an ordinary store.
    Result<std::optional<PackageInfo>> packageInfo() const;
    // Makes this store a meeting package: records `info` (its meeting must
    // be here), turns write-ahead logging off so that the package is one
    // self-contained file, compacts it, and leaves the store read-only.
    Status sealAsPackage(const PackageInfo &info);
    // The disclosure register: the packages made of this store's meetings.
    Result<qint64> addDisclosure(const Disclosure &disclosure);
    // meetingId 0 lists every meeting's, oldest first.
    Result<QList<Disclosure>> disclosures(qint64 meetingId = 0) const;

    // ---------------------------------------------------------------------
    // The case register (cases.cpp)

    // The task classification of the information management plan, by code.
    Result<QList<TaskClass>> taskClasses() const;
    Result<std::optional<TaskClass>> taskClass(qint64 id) const;
    Result<std::optional<TaskClass>> taskClassByCode(const QString &code) const;
    // The built-in classification (the classes the demo uses) is there
    // without being stored: taskClasses() and taskClassByCode() give its
    // classes with id 0 until one is used, when taskClassId() stores it.
    // A new store holds no rows, and a copy can go into it.
    Result<qint64> taskClassId(const QString &code);
    // A class's code is given once; the rest may change. A case's
    // retention and default publicity follow its class's.
    Result<qint64> addTaskClass(const TaskClass &taskClass);
    Status updateTaskClass(const TaskClass &taskClass);
    // Adds the classes whose codes are new and changes those whose codes
    // are there, all or none: how many were added and changed.
    Result<std::pair<int, int>> importTaskClasses(const QList<TaskClass> &classes);
    static const QList<TaskClass> &builtInTaskClasses();

    // Cases, newest diary number first.
    Result<QList<Case>> cases(const CaseFilter &filter = {}) const;
    Result<std::optional<Case>> caseFile(qint64 id) const;
    // The case of a diary number ("KUNTA:12/00.01.00/2026"): its year's
    // number, with the same task class (and prefix, when one is given).
    Result<std::optional<Case>> caseByDiaryNumber(const QString &text) const;
    // By diary number or id; a message that says what was not found.
    Result<Case> findCase(const QString &reference) const;
    // Opens a case of its class (taskClassId, or with none the class its
    // diary number's code names). Without a number the register gives the
    // next of the year (the year of its opening day unless given) and its
    // class's code;
    // a number given must be free that year. Gives the new case's id.
    Result<qint64> openCase(const Case &entry);
    // Saves a case's title, class, publicity, parties, preparer, state and
    // dates; its diary number stays as it was given.
    Status updateCase(const Case &entry);
    // Every handling of the case, in the order of their meetings.
    Result<QList<CaseHandling>> caseHandlings(qint64 caseId) const;
    // The handlings of the item's case before it at meetings held (closed,
    // their § numbers given): what the item prints as its earlier handling.
    Result<QList<CaseHandling>> earlierHandlings(const AgendaItem &item) const;
    // Makes the item one of the case's handlings (caseId 0: of none). The
    // link is the register's, not the meeting's record: an item of signed
    // minutes may be linked too.
    Status linkItemToCase(qint64 itemId, qint64 caseId);
    // An item with a case reference that belongs to no case of the
    // register: its reference names none, or it was taken out of its case.
    struct UnlinkedItem
    {
        qint64 itemId = 0;
        QString meetingReference;
        std::optional<int> sectionNumber;
        QString title;
        QString caseReference;
    };
    Result<QList<UnlinkedItem>> unlinkedItems() const;
    // Records an extract of a decided item as sent; kept as recorded.
    Result<qint64> recordExtractSent(const ExtractSent &extract);
    Result<QList<ExtractSent>> extractsSent(qint64 itemId) const;
    Result<QList<ExtractSent>> caseExtractsSent(qint64 caseId) const;
    // The closed cases of classes kept for a time, with the day from which
    // their case records may be destroyed, soonest first. A case of a
    // permanent class never appears, and minutes and their items are
    // permanent whatever the class.
    Result<QList<RetentionEntry>> retention() const;
    // Destroys the records of a closed case whose retention period has run
    // by `today`: its extracts sent and its parties (the personal data the
    // case holds) are removed, audited, and the case is marked destroyed
    // on `today`; its register entry and its items stay (minutes are
    // permanent). Refused for a permanent class, a case not closed, one
    // whose period runs still, or one destroyed already.
    Result<CaseDestruction> destroyCaseRecords(qint64 caseId, const QDate &today);
    // Cases by diary number ("12/00.01.00/2026", "12/2026"), by the words
    // of their titles, and by the text of their items, at most `limit`.
    Result<QList<Case>> searchCases(const QString &query, int limit = 50) const;

    // Full-text search over titles, case references and all text sections:
    // the best `limit` matches, or with Order::Newest the newest, of the
    // body and year the filter names.
    Result<QList<SearchHit>> search(const QString &query, int limit = 20, const SearchFilter &filter = {}) const;

    // Integrity check, foreign key check and audit-chain verification.
    Result<CheckReport> check() const;
    // Copying a whole store, between engines or on one (storecopy.cpp).
    //
    // Copies this store into `target`, a store just made that holds
    // nothing yet: every table's rows with the ids they have — the
    // register, the meetings with their records, signed minutes,
    // corrections, the disclosure register, certificates, templates — and
    // the audit log as it is, with the largest id it ever gave; the search
    // index is made anew. Read in one snapshot of this store, written in
    // one transaction of the target: every audited row's digest and every
    // audit entry come out the same, on either engine. `progress` hears how
    // many rows are written of all there are (the tables' rows, then the
    // index's entries); when it returns false the copy stops. Stopped or
    // failed, the target is left as it was. A meeting package is not
    // copied. Gives the number of the tables' rows copied.
    using CopyProgress = std::function<bool(qint64 done, qint64 total)>;
    Result<qint64> copyInto(Store &target, const CopyProgress &progress = {}) const;
    // Makes a new store at `location` and copies this one into it
    // (copyInto): an SQLite file that does not exist yet, or an empty
    // PostgreSQL database (or one a stopped copy left with an empty store).
    // Then checks the copy: check() finds nothing, and every audited row's
    // digest and the audit log's newest entry are this store's. When
    // anything fails or the copy is stopped, a new file is removed again.
    // `progress` as copyInto's; once done reaches total, the copy is being
    // checked.
    Result<StoreCopySummary> copyTo(const QString &location, const CopyProgress &progress = {},
                                    int busyTimeoutMs = defaultBusyTimeoutMs) const;
    // The digest (AuditLog::entityDigest) of every audited row, by entity
    // and id ("agenda_item 12"), read in one snapshot: what a store and its
    // copy agree on.
    Result<QHash<QString, QString>> digests() const;

    // A number that changes when another connection to the file (another
    // process, or another Store) commits a change; this store's own commits
    // leave it as it is. A reader keeps the last value it saw and reads again
    // when it differs (SQLite's PRAGMA data_version, answered without reading
    // any table: cheap enough to ask every second).
    Result<qint64> dataVersion() const;

    // ---------------------------------------------------------------------
    // Who may read and change what on a server (access.cpp); refused for a
    // store file, whose readers are whoever may read the file.

    // Sets up (again) the store's roles on the server: group roles named
    // after the database (kunta_member…), their privileges, and row-level
    // security. Needs a user who owns the store and may create roles.
    Status setUpAccess();
    // Gives a login one role (making the login when it is not there, with
    // the password when one is given; libpq hashes it), or takes it away.
    Status grantLogin(const StoreLogin &login, const QString &password = {});
    Status revokeLogin(const QString &login);
    // Every login (for an administrator; a login sees only itself).
    Result<QList<StoreLogin>> logins() const;
    // The login this store signed in as, when it has a role here.
    Result<std::optional<StoreLogin>> currentLogin() const;
    // Why this store's user may not change a body's records, as its role
    // decides; empty when it may (always for a file, the store's owner and
    // an administrator). The server refuses such a change anyway.
    Result<QString> changeRefusal(qint64 bodyId) const;

    // ---------------------------------------------------------------------
    // Working at once (sharing.cpp)

    // From now on changedElsewhere() is emitted as soon as another
    // connection commits a change, in the thread that called this (which
    // needs an event loop): on PostgreSQL the server tells every listening
    // client. SQLite tells nothing; ask dataVersion() every second instead.
    Status watchForChanges();

    // The latest change of an audited row: who made it and when (its
    // audit entry's actor and time); none for a row never audited.
    struct Change
    {
        QString actor;
        QDateTime at;
    };
    Result<std::optional<Change>> lastChange(const QString &entity, qint64 id) const;
    // When each audited row of `entity` (one of AuditLog::entities()) was
    // written first and last, by its id: the times of its first and latest
    // audit entries, which the open data gives as created and modified.
    struct Lifetime
    {
        QDateTime created;
        QDateTime modified;
    };
    Result<QHash<qint64, Lifetime>> changeTimes(const QString &entity) const;

    // A meeting is run from one console at a time. holdMeeting takes the
    // meeting's hold for this store and gives an empty text, or names who
    // holds it ("aino on kone-12"), who may be another window of the same
    // program; the hold lasts until releaseMeeting, or until the store is
    // closed or its program ends in any way. meetingHolder names who else
    // holds it; empty when nobody or this store does.
    Result<QString> holdMeeting(qint64 meetingId);
    void releaseMeeting(qint64 meetingId);
    bool holdsMeeting(qint64 meetingId) const { return m_heldMeetings.contains(meetingId); }
    Result<QString> meetingHolder(qint64 meetingId) const;

signals:
    // Emitted after a change has been committed.
    void changed();
    // Another connection committed a change (after watchForChanges()).
    void changedElsewhere();

private:
    Store(const QString &path, const QString &connectionName);

    const Connection &database() const { return *m_connection; }
    Status openPostgresql(Mode mode, int busyTimeoutMs);
    Status checkHeader(const struct StoreEngineHeader &header, const QString &notPykala) const;
    // PostgreSQL's change counter counts this store's own commits too: it
    // is read as a change begins (others' changes seen), once the store has
    // looked, and as it commits (its own).
    bool looksAtOthersChanges() const;
    void noteCounter(qint64 counter, bool ownCommit) const;
    Status openDatabase(Mode mode, int busyTimeoutMs);
    // meeting(id), with `alongside` (another read) run in the same round trip.
    Result<std::optional<Meeting>> meeting(qint64 id, Statement &alongside) const;
    Status migrate(int fromVersion);
    Status audit(const QString &action, const QString &entity, qint64 id, const QString &oldDigest);
    Status execute(const QString &sql, std::initializer_list<QVariant> values);
    // The same, sent with the change's next round trip (Statement::execLater).
    Status executeLater(const QString &sql, std::initializer_list<QVariant> values);
    // One audited update or delete of an entity that must exist: `change`
    // does the SQL, inside a transaction with the audit entry.
    Status changeExisting(const QString &action, const QString &entity, qint64 id, const QString &missing,
                          const std::function<Status()> &change);
    // One audited insert: `insert` adds a row of the entity's table (and
    // what belongs to it) and gives its id, and the audit log records the
    // row; in a transaction of its own, or in the caller's `open` one (many
    // rows in one transaction, without a savepoint for each).
    Result<qint64> insertAudited(const QString &entity, const std::function<Result<qint64>()> &insert);
    Result<qint64> insertAudited(const Transaction &open, const QString &entity,
                                 const std::function<Result<qint64>()> &insert);
    // The item's search entry is written at the end of the outermost
    // transaction, once however often the item changed in it: FTS5 writes
    // its pending index at every savepoint, which would make each nested
    // change a segment of its own.
    // Where `ending` is given, the entries' inserts are left to it, for the
    // commit to send with its own statements.
    Status reindexItem(qint64 itemId);
    Status indexPendingItems(std::vector<std::unique_ptr<Statement>> *ending = nullptr);
    Status indexItem(qint64 itemId, std::vector<std::unique_ptr<Statement>> *ending = nullptr);
    Result<std::optional<struct SearchIndexEntry>> indexSource(qint64 itemId);
    // An agenda item's audit digest; for an item whose search entry waits
    // for the commit, what the entry is made of is read with it and kept
    // (m_readIndexSources).
    Result<QString> itemDigest(qint64 itemId);
    // Where the search index does not say what the items do (for check).
    Result<QStringList> searchIndexProblems() const;
    Status writeItemChildren(const AgendaItem &item, bool replace);
    // The item's case — its caseId, or for a new item (`byReference`) the
    // case its reference names — and the case's diary number and class
    // written on the item (cases.cpp). A saved item's caseId decides: an
    // item taken out of its case stays out, whatever its reference says.
    Status resolveCase(AgendaItem &item, bool byReference) const;
    // The case the item is linked to; 0 for none (cases.cpp).
    Result<qint64> linkedCase(qint64 itemId) const;
    // The case register (cases.cpp): the next free number of a year, and
    // migration 16's step that fills the register from what the store holds.
    Result<int> nextCaseNumber(int year) const;
    Status linkItemsToCases();
    // The words of a case's title, or of every case's, in case_title_word
    // (derived, not audited), for searchCases.
    Status indexCaseTitle(qint64 caseId, const QString &title);
    Status indexCaseTitles();
    // After a migration: the roles set up on a server (setUpAccess) are set
    // up again, for the new tables (access.cpp).
    Status renewAccess();
    // Refuses a template name its body already has (templates.cpp).
    Status checkTemplateName(const ItemTemplate &itemTemplate) const;
    // § numbers (sectionnumbers.cpp): a number the body has not used in its
    // run; the number a new item takes on its meeting (its own, the next
    // one while the meeting is in progress, else none yet); and the numbers
    // a meeting's items take, in agenda order, when it opens.
    Status checkSectionNumber(const AgendaItem &item) const;
    Result<std::optional<int>> sectionNumberForNewItem(const AgendaItem &item,
                                                      const std::optional<Meeting> &meeting) const;
    Status numberAgenda(qint64 meetingId);
    // The item, when its meeting's agenda may still be reordered.
    Result<AgendaItem> agendaItemToReorder(qint64 id) const;
    Result<QList<qint64>> agendaOrder(qint64 meetingId) const;
    // Gives the meeting's items the positions 1… in `order`.
    Status setAgendaPositions(qint64 meetingId, const QList<qint64> &order);

    QString m_path;
    QString m_connectionName;
    std::unique_ptr<Connection> m_connection;
    // PostgreSQL: the change counter as of this store's last look, and the
    // changes others made that it has seen (dataVersion).
    mutable qint64 m_seenCounter = -1;
    mutable qint64 m_othersChanges = 0;
    QString m_actor;
    QSet<qint64> m_heldMeetings;
    QSocketNotifier *m_commitNotifier = nullptr;
    int m_transactionDepth = 0;
    // Read snapshots held open around several reads (copyTo): a reader
    // inside one, or inside a change's transaction, begins none of its own.
    mutable int m_snapshotDepth = 0;
    bool readingOneSnapshot() const { return m_transactionDepth > 0 || m_snapshotDepth > 0; }
    bool m_readOnly = false;
    QString m_lastAuditHash; // chain head within the open transaction
    QList<qint64> m_unindexedItems; // changed in the open transaction
    // Of those, what the entries are made of, read as they were audited
    // (itemDigest), for the commit.
    QHash<qint64, std::shared_ptr<struct SearchIndexEntry>> m_readIndexSources;
};
