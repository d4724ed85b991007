// What the two engines share: finding one, and reading its change counter.

#include "storeengine.h"

#include "statement.h"

const StoreEngine &sqliteEngine();
const StoreEngine &postgresqlEngine();

const StoreEngine &StoreEngine::of(Connection::Kind kind)
{
    return kind == Connection::Kind::Postgresql ? postgresqlEngine() : sqliteEngine();
}

Result<qint64> StoreEngine::changeCounter(const Connection &db) const
{
    Statement query(db, changeCounterQuery());
    if (!query.exec() || !query.next())
        return Result<qint64>::failure(query.errorMessage());
    return query.value(0).toLongLong();
}
