#pragma once

#include "model/result.h"

#include <QJsonObject>
#include <QJsonValue>

// A validator for the subset of JSON Schema (draft 2020-12) that our
// interchange schema uses: type, const, enum, properties, required,
// additionalProperties, items, minLength, maxLength, pattern, minimum,
// maximum, format (date, date-time), oneOf and local $ref. Keeping the schema
// itself the source of truth means docs/ and the importer cannot drift apart.
class JsonSchema
{
public:
    static Result<JsonSchema> fromJson(const QByteArray &json);

    // The first violation as "$.path.to[3].value: what is wrong", or empty.
    QString validate(const QJsonValue &value) const;

private:
    explicit JsonSchema(QJsonObject root) : m_root(std::move(root)) {}

    QString check(const QJsonValue &value, const QJsonObject &schema, const QString &path, int depth) const;
    QJsonObject resolve(const QJsonObject &schema) const;

    QJsonObject m_root;
};
