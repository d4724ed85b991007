#include "commandsupport.h"

#include "signing/packageenvelope.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace Cli {

QString tr(const char *text, const char *disambiguation, int n)
{
    return QCoreApplication::translate("Cli", text, disambiguation, n);
}

int fail(const Context &context, const QString &message)
{
    // One line: messages from deeper layers may carry newlines.
    *context.err << "pykala-cli: " << QString(message).replace(u'\n', u' ') << Qt::endl;
    return Failed;
}

int usage(const Context &context, const QString &message)
{
    *context.err << "pykala-cli: " << message << Qt::endl;
    return Usage;
}

Result<std::unique_ptr<Store>> openStore(const Context &context, Store::Mode mode)
{
    auto store = Store::open(context.storePath, mode, context.busyTimeoutMs);
    if (!store) {
        // A member's encrypted package is no store until its key opens it.
        if (!Store::isServerLocation(context.storePath) && PackageEnvelope::isEnvelopeFile(context.storePath))
            return Failure{QCoreApplication::translate("Cli", "%1 is a member's encrypted meeting package: it is read "
                                                              "with the member's key in review mode (pykala FILE), and "
                                                              "'pykala-cli package-info FILE' says what it is.")
                               .arg(QDir::toNativeSeparators(context.storePath))};
        return store;
    }
    // A server's log names whoever signed in; nobody signs another's name.
    if (context.actorGiven && store.value()->onServer() && context.actor != store.value()->actor())
        return Failure{QCoreApplication::translate("Cli", "--user names who the audit log of a store file names; a "
                                                          "server's log names the user you signed in as (%1). Leave "
                                                          "--user out, or sign in as %2.")
                           .arg(store.value()->actor(), context.actor)};
    store.value()->setActor(context.actor);
    return store;
}

Result<OpenedMeeting> openMeeting(const Context &context, const QString &reference)
{
    auto store = openStore(context);
    if (!store)
        return Failure{store.error()};
    auto meeting = store.value()->findMeeting(reference);
    if (!meeting)
        return Failure{meeting.error()};
    return OpenedMeeting{std::move(store).value(), std::move(meeting).value()};
}

Result<Body> findBody(const Store &store, const QString &shortName)
{
    const auto found = store.bodyByShortName(shortName);
    if (!found)
        return Failure{found.error()};
    if (!found->has_value())
        return Failure{tr("There is no body with the short name %1. 'pykala-cli bodies' lists them.").arg(shortName)};
    return found->value();
}

void printJson(const Context &context, const QJsonValue &value)
{
    const QJsonDocument document = value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    *context.out << QString::fromUtf8(document.toJson(QJsonDocument::Indented));
    context.out->flush();
}

QString dateTimeText(const QDateTime &dateTime)
{
    return dateTime.isValid() ? dateTime.toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QString();
}

} // namespace Cli
