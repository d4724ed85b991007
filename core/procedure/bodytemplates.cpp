#include "bodytemplates.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace BodyTemplates {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("BodyTemplates", text);
}

// A text of the file: one for both forms, or {"kunta": …, "kaupunki": …}.
QString text(const QJsonValue &value, Form form)
{
    if (value.isObject())
        return value.toObject().value(form == Form::Town ? u"kaupunki" : u"kunta").toString();
    return value.toString();
}

} // namespace

Form formOf(const QString &name, const QString &swedishName)
{
    static const QRegularExpression town(QStringLiteral("\\b(kaupunki|stad)\\b"),
                                         QRegularExpression::CaseInsensitiveOption
                                             | QRegularExpression::UseUnicodePropertiesOption);
    return town.match(name).hasMatch() || town.match(swedishName).hasMatch() ? Form::Town : Form::Municipality;
}

Result<QList<Template>> all(Form form)
{
    QFile file(QStringLiteral(":/pykala/templates/bodies.json"));
    if (!file.open(QIODevice::ReadOnly))
        return Failure{tr("The templates of the bodies are missing from this build.")};
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll());
    const QJsonArray specs = document.object().value(u"bodies").toArray();
    if (specs.isEmpty())
        return Failure{tr("The templates of the bodies are broken.")};
    QList<Template> templates;
    for (const QJsonValue &value : specs) {
        const QJsonObject spec = value.toObject();
        Template entry;
        entry.key = spec.value(u"key").toString();
        entry.usual = spec.value(u"usual").toBool();
        Body &body = entry.body;
        body.name = text(spec.value(u"name"), form);
        body.swedishName = text(spec.value(u"swedishName"), form);
        body.shortName = spec.value(u"shortName").toString();
        const auto kind = Codes::parse<BodyKind>(spec.value(u"kind").toString());
        if (!kind || body.name.isEmpty() || body.shortName.isEmpty())
            return Failure{tr("The templates of the bodies are broken.")};
        body.kind = *kind;
        body.quorumRule = Codes::parse<QuorumRule>(spec.value(u"quorumRule").toString())
                              .value_or(Codes::defaultQuorumRule(body.kind));
        body.defaultPlace = text(spec.value(u"place"), form);
        body.defaultStart = QTime::fromString(spec.value(u"start").toString(), QStringLiteral("HH:mm"));
        templates.append(entry);
    }
    return templates;
}

} // namespace BodyTemplates
