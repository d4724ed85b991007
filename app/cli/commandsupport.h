#pragma once

#include "commands.h"

#include "model/result.h"
#include "store/store.h"

#include <QJsonValue>
#include <QString>

#include <memory>
#include <optional>

class QDateTime;

// What every command of pykala-cli shares: its messages' translation, the one
// line a failure prints, opening the store, printing JSON.
namespace Cli {

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1);
// Prints the message on one line of standard error; returns Failed.
int fail(const Context &context, const QString &message);
// A usage error: the message on standard error; returns Usage.
int usage(const Context &context, const QString &message);
Result<std::unique_ptr<Store>> openStore(const Context &context, Store::Mode mode = Store::Mode::OpenExisting);
// The store and one of its meetings, by reference ("KH 12/2026") or id, for
// the commands that work on a meeting.
struct OpenedMeeting
{
    std::unique_ptr<Store> store;
    Meeting meeting;
};
Result<OpenedMeeting> openMeeting(const Context &context, const QString &reference);
void printJson(const Context &context, const QJsonValue &value);
// The body of this short name ("KH"), or a message saying how to list them.
Result<Body> findBody(const Store &store, const QString &shortName);
// Chooses the NSS database and where its passwords come from: a file's
// first line, or none (a database without a password). The password found
// (to unlock a signing key), or none; false when the set-up failed (said).
bool setUpNss(const Context &context, const SigningOptions &options, std::optional<QString> *found = nullptr);
// "2026-05-11 16:02", or empty for an invalid time.
QString dateTimeText(const QDateTime &dateTime);

} // namespace Cli
