#pragma once

#include "model/codes.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <optional>

class QTextStream;
class Store;
struct Meeting;

// The commands of pykala-cli. Each returns the process exit code: 0 success,
// 1 failure (one line on stderr), 2 usage error.
namespace Cli {

enum Exit { Success = 0, Failed = 1, Usage = 2 };

struct Context
{
    QString storePath;
    QString actor;
    bool actorGiven = false; // --user was given
    int busyTimeoutMs = 5000;
    bool json = false;
    QTextStream *out = nullptr;
    QTextStream *err = nullptr;
};

// The options given to a command, by name (those not given are absent).
using Options = QHash<QString, QString>;

struct InitOptions
{
    QString name;
    QString businessId;
    QString language;
};

struct DemoOptions
{
    int bodies = 5;
    int years = 2;
    quint32 seed = 1;
    QString asOf;
};

struct DocumentOptions
{
    QString output;               // -o FILE (.pdf or .html) or the directory to publish in
    Audience audience = Audience::Internal; // --public: what the public may see
    QString language;             // fi, sv or empty: the body's language
};

struct OrganisationOptions
{
    std::optional<QString> name, swedishName, businessId, language, court, address, email;
};

struct SigningOptions
{
    QString nssDatabase;          // --nssdb DIR; empty: the user's shared database
    QString passwordFile;         // --password-file F
};

struct SignOptions
{
    SigningOptions nss;
    QString certificate;          // --cert NICK
    QString role;                 // --role ROLE
    QString location;             // --location PLACE
};

int init(const Context &context, const InitOptions &options);
int demo(const Context &context, const DemoOptions &options);
int importFile(const Context &context, const QString &file);
// Members of bodies from a spreadsheet saved as CSV (MemberCsv); with
// dryRun everything is checked and nothing written. Every problem of the
// file is printed, a line each.
int importMembers(const Context &context, const QString &file, bool dryRun);
// taskclass import FILE.csv: the task classification from a spreadsheet.
int importTaskClasses(const Context &context, const QString &file, bool dryRun);
int exportFile(const Context &context, const QString &meeting, const QString &file);
int bodies(const Context &context);
int meetings(const Context &context, const QString &bodyShortName, int year);
int show(const Context &context, const QString &meeting, bool publicView);
// The body (short name) and year of "" and 0 match every one; newest
// orders by the meeting's day instead of relevance.
int search(const Context &context, const QString &query, int limit, const QString &bodyShortName = {}, int year = 0,
           bool newest = false);
int check(const Context &context, const QString &nssDatabase);
// Copies the whole store at `source` into a new store at `target` (an
// SQLite file that does not exist yet, or an empty PostgreSQL database)
// and checks the copy (migratecommand.cpp). On failure nothing is kept.
int migrate(const Context &context, const QString &source, const QString &target);
// The register and the meeting's life cycle (registercommands.cpp): each
// takes its action and target as `arguments` ("add", or "edit" and what).
int body(const Context &context, const QStringList &arguments, const Options &options);
int person(const Context &context, const QStringList &arguments, const Options &options);
int persons(const Context &context);
int membership(const Context &context, const QStringList &arguments, const Options &options);
int memberships(const Context &context, const Options &options);
int meeting(const Context &context, const QStringList &arguments, const Options &options);
int item(const Context &context, const QStringList &arguments, const Options &options);
int itemTemplate(const Context &context, const QStringList &arguments, const Options &options);
// The case register: case open|show|edit|party|link|unlink|unlinked, cases,
// send-to ITEM MEETING, extract-sent ITEM, taskclass list|set, retention.
int caseCommand(const Context &context, const QStringList &arguments, const Options &options);
int cases(const Context &context, const Options &options);
int sendTo(const Context &context, const QStringList &arguments);
int extractSent(const Context &context, const QStringList &arguments, const Options &options);
int taskClasses(const Context &context, const QStringList &arguments, const Options &options);
int retention(const Context &context, const QStringList &arguments);
// archive [--year YEAR] -o DIRECTORY: the archive package of a year's closed cases.
int archive(const Context &context, int year, const QString &directory);
// Roles on a server: access setup|grant LOGIN|revoke LOGIN|list.
int access(const Context &context, const QStringList &arguments, const Options &options);
// meeting invite (mailcommands.cpp): the invitation with the public agenda
// through an SMTP server, a message to each address; those without one are
// listed. Fails (1) when any message was not sent. `name` is the meeting's
// reference.
int invite(const Context &context, const Store &store, const Meeting &meeting, const QString &name,
           const Options &options);
int deadlines(const Context &context, const QString &published, const QString &kind);
int record(const Context &context, const QString &meeting, const QString &file);
int outcome(const Context &context, const QString &item);
// kind: agenda, minutes or extract; reference: a meeting, or an item for an extract.
// audience: member or public.
struct PackageOptions
{
    QString audience;             // --for member|public
    QString recipient;            // --recipient NAME
    QString certificate;          // --cert NICK: the maker's, which signs a member's package
    QString recipientCertificate; // --recipient-cert FILE
    SigningOptions nss;
};
int package(const Context &context, const QString &meeting, const QString &output, const PackageOptions &options);
// Opens a package as review mode would, and says what it is.
int packageInfo(const Context &context, const QString &file, const SigningOptions &options);
// The disclosure register, of one meeting or (empty) of all.
int disclosures(const Context &context, const QString &meeting);
int document(const Context &context, const QString &kind, const QString &reference, const DocumentOptions &options);
int publish(const Context &context, const QString &meeting, const DocumentOptions &options);
int publishSite(const Context &context, const QString &directory, const QString &baseUrl, const QString &asOf);
int organisation(const Context &context, const OrganisationOptions &options);
int publication(const Context &context, const QString &meeting, const QString &checked, const QString &published);
int verify(const Context &context, const QString &file, const SigningOptions &options);
int certificates(const Context &context, const SigningOptions &options);
int importCertificate(const Context &context, const QString &file, const SigningOptions &options,
                      const QString &p12PasswordFile);
int sign(const Context &context, const QString &file, const QString &output, const SignOptions &options);
int signedMinutes(const Context &context, const QString &meeting, const QString &output);
int correct(const Context &context, const QString &reference, const QString &text, const QString &decided);
int corrections(const Context &context, const QString &meeting);
int signMinutes(const Context &context, const QString &meeting, const QString &output, const SignOptions &options);

} // namespace Cli
