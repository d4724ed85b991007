// A body's templates of recurring agenda items.

#include "store.h"

#include "storesupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include "connection.h"

using namespace StoreSupport;

namespace {

QString compact(const QJsonArray &array)
{
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QJsonArray parsedArray(const QVariant &value)
{
    return QJsonDocument::fromJson(value.toString().toUtf8()).array();
}

QString preparersJson(const QList<Preparer> &preparers)
{
    QJsonArray array;
    for (const Preparer &preparer : preparers)
        array.append(QJsonObject{{QStringLiteral("name"), preparer.name.trimmed()},
                                 {QStringLiteral("title"), preparer.title.trimmed()},
                                 {QStringLiteral("contact"), preparer.contact.trimmed()}});
    return compact(array);
}

QList<Preparer> readPreparers(const QVariant &value)
{
    QList<Preparer> preparers;
    for (const QJsonValue &entry : parsedArray(value)) {
        const QJsonObject object = entry.toObject();
        preparers.append(Preparer{object.value(u"name").toString(), object.value(u"title").toString(),
                                  object.value(u"contact").toString()});
    }
    return preparers;
}

QString recipientsJson(const QList<ExtractRecipient> &recipients)
{
    QJsonArray array;
    for (const ExtractRecipient &recipient : recipients)
        array.append(QJsonObject{{QStringLiteral("name"), recipient.name.trimmed()},
                                 {QStringLiteral("address"), recipient.address.trimmed()},
                                 {QStringLiteral("delivery"), Codes::code(recipient.delivery)}});
    return compact(array);
}

QList<ExtractRecipient> readRecipients(const QVariant &value)
{
    QList<ExtractRecipient> recipients;
    for (const QJsonValue &entry : parsedArray(value)) {
        const QJsonObject object = entry.toObject();
        recipients.append(ExtractRecipient{
            object.value(u"name").toString(), object.value(u"address").toString(),
            Codes::parse<Delivery>(object.value(u"delivery").toString()).value_or(Delivery::Electronic)});
    }
    return recipients;
}

const Table<ItemTemplate> &templateTable()
{
    static const Table<ItemTemplate> table("item_template", {
        idColumn<ItemTemplate>(),
        {"body_id", [](auto &t) -> QVariant { return t.bodyId; },
         [](auto &t, auto &v) { t.bodyId = v.toLongLong(); }, Fixed},
        {"name", [](auto &t) -> QVariant { return t.name.trimmed(); },
         [](auto &t, auto &v) { t.name = v.toString(); }},
        {"title", [](auto &t) -> QVariant { return t.item.title.trimmed(); },
         [](auto &t, auto &v) { t.item.title = v.toString(); }},
        {"task_class", [](auto &t) -> QVariant { return t.item.taskClass.trimmed(); },
         [](auto &t, auto &v) { t.item.taskClass = v.toString(); }},
        {"presenter_person_id", [](auto &t) -> QVariant { return nullIfZero(t.item.presenterPersonId); },
         [](auto &t, auto &v) { t.item.presenterPersonId = v.toLongLong(); }},
        {"background", [](auto &t) -> QVariant { return t.item.background; },
         [](auto &t, auto &v) { t.item.background = v.toString(); }},
        {"proposal", [](auto &t) -> QVariant { return t.item.proposal; },
         [](auto &t, auto &v) { t.item.proposal = v.toString(); }},
        {"publicity", [](auto &t) -> QVariant { return Codes::code(t.item.publicity); },
         [](auto &t, auto &v) { t.item.publicity = parseCode(v, Publicity::Public); }},
        {"confidentiality_basis",
         [](auto &t) -> QVariant {
             return t.item.publicity == Publicity::Public ? QString() : t.item.confidentialityBasis.text.trimmed();
         },
         [](auto &t, auto &v) { t.item.confidentialityBasis = LegalBasis::fromText(v.toString()); }},
        {"appeal_kind", [](auto &t) -> QVariant { return Codes::code(t.item.appealKind); },
         [](auto &t, auto &v) { t.item.appealKind = parseCode(v, AppealKind::Rectification); }},
        {"language", [](auto &t) -> QVariant {
             return t.item.language ? QVariant(Codes::code(*t.item.language)) : QVariant();
         },
         [](auto &t, auto &v) { t.item.language = Codes::parse<Language>(v.toString()); }},
        {"preparers", [](auto &t) -> QVariant { return preparersJson(t.item.preparers); },
         [](auto &t, auto &v) { t.item.preparers = readPreparers(v); }},
        {"recipients", [](auto &t) -> QVariant { return recipientsJson(t.item.recipients); },
         [](auto &t, auto &v) { t.item.recipients = readRecipients(v); }},
    });
    return table;
}

// A template as the store keeps it: only what a template keeps, its rich
// text sanitised.
ItemTemplate kept(ItemTemplate itemTemplate)
{
    AgendaItem &item = itemTemplate.item;
    item.id = 0;
    item.meetingId = 0;
    item.position = 0;
    item.sectionNumber.reset();
    item.caseReference.clear();
    item.caseId = 0;
    item.decision.clear();
    item.proceedings.clear();
    item = sanitized(item);
    return itemTemplate;
}

// Why the template cannot be kept; empty when it can. The item's rules are
// an agenda item's; each preparer's and recipient's texts are held to the
// rules of theirs.
QString templateProblem(const ItemTemplate &itemTemplate)
{
    if (itemTemplate.name.trimmed().isEmpty())
        return Store::tr("An item template needs a name.");
    if (const QString problem = itemProblem(itemTemplate.item); !problem.isEmpty())
        return problem;
    for (const Preparer &preparer : itemTemplate.item.preparers) {
        for (const auto &[column, text] : {std::pair{QStringLiteral("name"), preparer.name},
                                           std::pair{QStringLiteral("title"), preparer.title},
                                           std::pair{QStringLiteral("contact"), preparer.contact}}) {
            if (QString problem = TextRules::problem(QStringLiteral("preparer"), column, text); !problem.isEmpty())
                return problem;
        }
    }
    for (const ExtractRecipient &recipient : itemTemplate.item.recipients) {
        for (const auto &[column, text] : {std::pair{QStringLiteral("name"), recipient.name},
                                           std::pair{QStringLiteral("address"), recipient.address}}) {
            if (QString problem = TextRules::problem(QStringLiteral("extract_recipient"), column, text);
                !problem.isEmpty())
                return problem;
        }
    }
    return {};
}

} // namespace

Result<QList<ItemTemplate>> Store::itemTemplates(qint64 bodyId) const
{
    static const KeptSql sql(templateTable().select(QStringLiteral("WHERE body_id = ? ORDER BY lower(name), id")));
    Statement query(database(), sql, {bodyId});
    return readAll(query, templateTable());
}

Result<std::optional<ItemTemplate>> Store::itemTemplate(qint64 id) const
{
    static const KeptSql sql(templateTable().select(QStringLiteral("WHERE id = ?")));
    Statement query(database(), sql, {id});
    return readOne(query, templateTable());
}

Result<qint64> Store::addItemTemplate(const ItemTemplate &itemTemplate)
{
    if (const QString problem = templateProblem(itemTemplate); !problem.isEmpty())
        return Failure{problem};
    Transaction transaction(*this);
    PYKALA_TRY(checkTemplateName(itemTemplate));
    const auto id = insertAudited(transaction, templateTable().name(), [&] {
        return templateTable().insert(database(), kept(itemTemplate), [&] {
            return tr("The template \"%1\" cannot be added: its body or presenter is not in the store.")
                .arg(itemTemplate.name.trimmed());
        });
    });
    if (!id)
        return id;
    PYKALA_TRY(transaction.commit());
    return id;
}

Status Store::updateItemTemplate(const ItemTemplate &itemTemplate)
{
    if (const QString problem = templateProblem(itemTemplate); !problem.isEmpty())
        return Failure{problem};
    return changeExisting(QStringLiteral("update"), templateTable().name(), itemTemplate.id,
                          tr("There is no item template with id %1.").arg(itemTemplate.id), [&]() -> Status {
                              // Its body stays: the template is the body's.
                              const auto stored = this->itemTemplate(itemTemplate.id);
                              if (!stored)
                                  return Failure{stored.error()};
                              ItemTemplate changed = itemTemplate;
                              changed.bodyId = stored->value().bodyId;
                              PYKALA_TRY(checkTemplateName(changed));
                              return templateTable().update(database(), kept(changed));
                          });
}

Status Store::checkTemplateName(const ItemTemplate &itemTemplate) const
{
    Statement taken(database(),
                    QStringLiteral("SELECT 1 FROM item_template WHERE body_id = ? AND name = ? AND id <> ?"),
                    {itemTemplate.bodyId, itemTemplate.name.trimmed(), itemTemplate.id});
    if (!taken.exec())
        return Failure{taken.errorMessage()};
    if (taken.next())
        return Failure{tr("The body already has a template named \"%1\". Choose another name, or replace that "
                          "template.").arg(itemTemplate.name.trimmed())};
    return success();
}

Status Store::removeItemTemplate(qint64 id)
{
    return changeExisting(QStringLiteral("delete"), templateTable().name(), id,
                          tr("There is no item template with id %1.").arg(id),
                          [&] { return execute(QStringLiteral("DELETE FROM item_template WHERE id = ?"), {id}); });
}
