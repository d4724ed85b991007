#include "libpq.h"

#include <QCoreApplication>
#include <QString>

#include <dlfcn.h>

namespace Pq {

#define PYKALA_LIBPQ_DEFINE(name) decltype(&::name) name = nullptr;
PYKALA_LIBPQ_FUNCTIONS(PYKALA_LIBPQ_DEFINE)
#undef PYKALA_LIBPQ_DEFINE

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Pq", text);
}

// The reason libpq could not be loaded; empty once it is.
QString loadOnce()
{
    // The library's soname, which Debian's libpq5 installs: version 5 is
    // the interface of every PostgreSQL since 8.2.
    void *library = dlopen("libpq.so.5", RTLD_NOW | RTLD_LOCAL);
    if (!library) {
        return tr("PostgreSQL's client library (libpq.so.5) could not be loaded: %1. Install Debian's package libpq5 "
                  "to open a store on a server.")
            .arg(QString::fromLocal8Bit(dlerror()));
    }
    QString missing;
#define PYKALA_LIBPQ_RESOLVE(symbol)                                                                                 \
    symbol = reinterpret_cast<decltype(&::symbol)>(dlsym(library, #symbol));                                         \
    if (!symbol && missing.isEmpty())                                                                                \
        missing = QStringLiteral(#symbol);
    PYKALA_LIBPQ_FUNCTIONS(PYKALA_LIBPQ_RESOLVE)
#undef PYKALA_LIBPQ_RESOLVE
    if (!missing.isEmpty()) {
        // Pipelines came with PostgreSQL 14's libpq.
        return tr("PostgreSQL's client library (libpq.so.5) is too old: it has no %1. Install libpq5 of PostgreSQL "
                  "14 or later to open a store on a server.")
            .arg(missing);
    }
    return {};
}

} // namespace

bool load(QString *error)
{
    static const QString failure = loadOnce(); // C++11: initialised once, thread-safe
    if (!failure.isEmpty() && error)
        *error = failure;
    return failure.isEmpty();
}

} // namespace Pq
