#pragma once

// libpq, PostgreSQL's client library, loaded when the first store on a
// server is opened rather than when the program starts. A program on an
// SQLite store, which is most of them and every `pykala-cli` command run on
// a desktop, then loads none of it nor what it brings (Kerberos, LDAP, TLS):
// some twenty shared libraries, a tenth of the time a short command takes.
//
// The store calls libpq's functions through the pointers below, each named
// and typed as libpq-fe.h declares it: Pq::PQexec(…) for PQexec(…). The
// program is not linked with libpq, so a call that bypasses them fails to
// link.

#include <libpq-fe.h>

class QString;

namespace Pq {

// Loads libpq.so.5 and finds its functions, once; false, with a message
// saying what to install, when it cannot. Safe to call from any thread.
bool load(QString *error);

#define PYKALA_LIBPQ_FUNCTIONS(X)                                                                                    \
    X(PQbackendPID)                                                                                                  \
    X(PQclear)                                                                                                       \
    X(PQconnectdbParams)                                                                                             \
    X(PQconninfoFree)                                                                                                \
    X(PQconninfoParse)                                                                                               \
    X(PQconsumeInput)                                                                                                \
    X(PQencryptPasswordConn)                                                                                         \
    X(PQenterPipelineMode)                                                                                           \
    X(PQerrorMessage)                                                                                                \
    X(PQexec)                                                                                                        \
    X(PQexecPrepared)                                                                                                \
    X(PQexitPipelineMode)                                                                                            \
    X(PQfinish)                                                                                                      \
    X(PQfname)                                                                                                       \
    X(PQfreemem)                                                                                                     \
    X(PQftype)                                                                                                       \
    X(PQgetResult)                                                                                                   \
    X(PQgetisnull)                                                                                                   \
    X(PQgetlength)                                                                                                   \
    X(PQgetvalue)                                                                                                    \
    X(PQnfields)                                                                                                     \
    X(PQnotifies)                                                                                                    \
    X(PQntuples)                                                                                                     \
    X(PQpipelineSync)                                                                                                \
    X(PQprepare)                                                                                                     \
    X(PQresultErrorField)                                                                                            \
    X(PQresultStatus)                                                                                                \
    X(PQsendQueryParams)                                                                                             \
    X(PQsendQueryPrepared)                                                                                           \
    X(PQsocket)                                                                                                      \
    X(PQstatus)                                                                                                      \
    X(PQtransactionStatus)

#define PYKALA_LIBPQ_DECLARE(name) extern decltype(&::name) name;
PYKALA_LIBPQ_FUNCTIONS(PYKALA_LIBPQ_DECLARE)
#undef PYKALA_LIBPQ_DECLARE

} // namespace Pq
