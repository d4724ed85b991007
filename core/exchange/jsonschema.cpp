#include "jsonschema.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

#include <cmath>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("JsonSchema", text);
}

QString typeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null: return QStringLiteral("null");
    case QJsonValue::Bool: return QStringLiteral("boolean");
    case QJsonValue::Double: return QStringLiteral("number");
    case QJsonValue::String: return QStringLiteral("string");
    case QJsonValue::Array: return QStringLiteral("array");
    case QJsonValue::Object: return QStringLiteral("object");
    default: return QStringLiteral("undefined");
    }
}

bool hasType(const QJsonValue &value, const QString &type)
{
    if (type == u"integer")
        return value.isDouble() && std::floor(value.toDouble()) == value.toDouble()
            && std::abs(value.toDouble()) < 9.007199254740992e15;
    return typeName(value) == type;
}

QString shown(const QJsonValue &value)
{
    if (value.isString())
        return QLatin1Char('"') + value.toString().left(60) + QLatin1Char('"');
    if (value.isDouble())
        return QString::number(value.toDouble(), 'g', 17);
    if (value.isBool())
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    return typeName(value);
}

// JSON Schema patterns are ECMA-262 expressions, where "$" matches only at
// the very end; in PCRE it also matches before a final newline, so a
// trailing "$" becomes "\z".
const QRegularExpression &cachedPattern(const QString &pattern)
{
    static QHash<QString, QRegularExpression> cache;
    auto it = cache.find(pattern);
    if (it == cache.end()) {
        QString translated = pattern;
        if (translated.endsWith(u'$') && !translated.endsWith(QStringLiteral("\\$")))
            translated = translated.chopped(1) + QStringLiteral("\\z");
        it = cache.insert(pattern, QRegularExpression(translated));
    }
    return *it;
}

} // namespace

Result<JsonSchema> JsonSchema::fromJson(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return Failure{tr("The interchange schema is not valid JSON: %1").arg(error.errorString())};
    return JsonSchema(document.object());
}

QString JsonSchema::validate(const QJsonValue &value) const
{
    return check(value, m_root, QStringLiteral("$"), 0);
}

QJsonObject JsonSchema::resolve(const QJsonObject &schema) const
{
    QJsonObject current = schema;
    for (int guard = 0; guard < 16 && current.contains(u"$ref"); ++guard) {
        const QString ref = current.value(u"$ref").toString();
        const QStringList parts = ref.mid(2).split(u'/');
        if (!ref.startsWith(QStringLiteral("#/")))
            return {};
        QJsonValue target = m_root;
        for (const QString &part : parts)
            target = target.toObject().value(part);
        current = target.toObject();
    }
    return current;
}

QString JsonSchema::check(const QJsonValue &value, const QJsonObject &unresolved, const QString &path,
                          int depth) const
{
    if (depth > 64)
        return path + QStringLiteral(": ") + tr("is nested too deeply.");
    const QJsonObject schema = resolve(unresolved);
    const QString at = path + QStringLiteral(": ");

    if (schema.contains(u"oneOf")) {
        const QJsonArray branches = schema.value(u"oneOf").toArray();
        QString best;
        int matches = 0;
        for (const QJsonValue &branch : branches) {
            const QString error = check(value, branch.toObject(), path, depth + 1);
            if (error.isEmpty())
                ++matches;
            else if (best.isEmpty() || error.section(u':', 0, 0).size() >= best.section(u':', 0, 0).size())
                best = error;
        }
        if (matches == 0)
            return best;
        if (matches > 1)
            return at + tr("matches more than one of the allowed forms.");
    }
    if (schema.contains(u"const") && value != schema.value(u"const"))
        return at + tr("must be %1.").arg(shown(schema.value(u"const")));
    if (schema.contains(u"enum")) {
        const QJsonArray allowed = schema.value(u"enum").toArray();
        if (!allowed.contains(value)) {
            QStringList names;
            for (const QJsonValue &option : allowed)
                names.append(option.toString());
            return at + tr("%1 is not one of: %2.").arg(shown(value), names.join(QStringLiteral(", ")));
        }
    }
    if (schema.contains(u"type")) {
        const QString type = schema.value(u"type").toString();
        if (!hasType(value, type))
            return at + tr("must be of type %1, not %2.").arg(type, type == u"integer" && value.isDouble()
                                                                        ? QStringLiteral("a fraction")
                                                                        : typeName(value));
    }
    if (value.isString()) {
        const QString text = value.toString();
        if (schema.contains(u"minLength") && text.size() < schema.value(u"minLength").toInt())
            return at + tr("must not be empty.");
        if (schema.contains(u"maxLength") && text.size() > schema.value(u"maxLength").toDouble())
            return at + tr("is longer than %1 characters.").arg(schema.value(u"maxLength").toInt());
        if (schema.contains(u"pattern")
            && !cachedPattern(schema.value(u"pattern").toString()).match(text).hasMatch())
            return at + tr("%1 is not of the expected form (%2).").arg(shown(value), schema.value(u"pattern").toString());
        const QString format = schema.value(u"format").toString();
        if (format == u"date" && !QDate::fromString(text, Qt::ISODate).isValid())
            return at + tr("%1 is not a date of the form 2026-05-31.").arg(shown(value));
        if (format == u"date-time" && !QDateTime::fromString(text, Qt::ISODate).isValid())
            return at + tr("%1 is not a date and time of the form 2026-05-31T18:00:00.").arg(shown(value));
    }
    if (value.isDouble()) {
        if (schema.contains(u"minimum") && value.toDouble() < schema.value(u"minimum").toDouble())
            return at + tr("must be at least %1.").arg(schema.value(u"minimum").toDouble());
        if (schema.contains(u"maximum") && value.toDouble() > schema.value(u"maximum").toDouble())
            return at + tr("must be at most %1.").arg(schema.value(u"maximum").toDouble());
    }
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        const QJsonObject properties = schema.value(u"properties").toObject();
        const QJsonArray required = schema.value(u"required").toArray();
        for (const QJsonValue &name : required) {
            if (!object.contains(name.toString()))
                return path + QLatin1Char('.') + name.toString() + QStringLiteral(": ") + tr("is missing.");
        }
        for (auto it = object.begin(); it != object.end(); ++it) {
            const QString childPath = path + QLatin1Char('.') + it.key();
            if (properties.contains(it.key())) {
                const QString error = check(it.value(), properties.value(it.key()).toObject(), childPath, depth + 1);
                if (!error.isEmpty())
                    return error;
            } else if (schema.value(u"additionalProperties") == QJsonValue(false)) {
                return childPath + QStringLiteral(": ") + tr("is not a known field.");
            }
        }
    }
    if (value.isArray() && schema.contains(u"items")) {
        const QJsonArray array = value.toArray();
        const QJsonObject items = schema.value(u"items").toObject();
        for (qsizetype i = 0; i < array.size(); ++i) {
            const QString error = check(array.at(i), items, path + QStringLiteral("[%1]").arg(i), depth + 1);
            if (!error.isEmpty())
                return error;
        }
    }
    return {};
}
