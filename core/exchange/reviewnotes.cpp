#include "reviewnotes.h"

#include "model/agendaitem.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace {

const QString formatName = QStringLiteral("pykala-review-notes");
constexpr int formatVersion = 1;

QString tr(const char *text)
{
    return QCoreApplication::translate("ReviewNotes", text);
}

} // namespace

QString ReviewNotes::pathFor(const QString &reviewedFile)
{
    return reviewedFile + QStringLiteral(".notes.json");
}

QString ReviewNotes::itemKey(const QString &meetingReference, const AgendaItem &item)
{
    return QStringList{meetingReference, item.caseReference, item.title.simplified()}.join(u'\n');
}

Result<ReviewNotes> ReviewNotes::load(const QString &path)
{
    ReviewNotes notes;
    notes.m_path = path;
    QFile file(path);
    if (!file.exists())
        return notes;
    const QString shown = QDir::toNativeSeparators(path);
    if (!file.open(QIODevice::ReadOnly))
        return Failure{tr("Your notes in %1 cannot be read: %2.").arg(shown, file.errorString())};
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
    const QJsonObject root = document.object();
    if (error.error != QJsonParseError::NoError || root.value(u"format").toString() != formatName)
        return Failure{tr("%1 is not a file of review notes, or it is damaged; it was left as it is and no notes are "
                          "kept until it is moved away.").arg(shown)};
    if (root.value(u"version").toInt() > formatVersion)
        return Failure{tr("Your notes in %1 were written by a newer version of Pykälä; open them with that version.")
                           .arg(shown)};
    for (const QJsonValue &value : root.value(u"items").toArray()) {
        const QJsonObject object = value.toObject();
        ItemNotes item;
        item.meeting = object.value(u"meeting").toString();
        item.title = object.value(u"title").toString();
        item.note = object.value(u"note").toString();
        for (const QJsonValue &mark : object.value(u"highlights").toArray()) {
            const QJsonObject h = mark.toObject();
            Highlight highlight{h.value(u"part").toString(), h.value(u"start").toInt(), h.value(u"length").toInt(),
                                h.value(u"text").toString()};
            if (highlight.length > 0 && !highlight.part.isEmpty())
                item.highlights.append(highlight);
        }
        const QString key = object.value(u"key").toString();
        if (!key.isEmpty() && !item.isEmpty())
            notes.m_items.insert(key, item);
    }
    return notes;
}

Status ReviewNotes::save() const
{
    const QString shown = QDir::toNativeSeparators(m_path);
    if (m_items.isEmpty()) {
        if (QFile::exists(m_path) && !QFile::remove(m_path))
            return Status::failure(tr("%1 could not be removed.").arg(shown));
        return success();
    }
    QJsonArray items;
    for (auto it = m_items.cbegin(); it != m_items.cend(); ++it) {
        QJsonArray highlights;
        for (const Highlight &h : it->highlights)
            highlights.append(QJsonObject{{QStringLiteral("part"), h.part},
                                          {QStringLiteral("start"), h.start},
                                          {QStringLiteral("length"), h.length},
                                          {QStringLiteral("text"), h.text}});
        items.append(QJsonObject{{QStringLiteral("key"), it.key()},
                                 {QStringLiteral("meeting"), it->meeting},
                                 {QStringLiteral("title"), it->title},
                                 {QStringLiteral("note"), it->note},
                                 {QStringLiteral("highlights"), highlights}});
    }
    const QJsonObject root{{QStringLiteral("format"), formatName},
                           {QStringLiteral("version"), formatVersion},
                           {QStringLiteral("items"), items}};
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly))
        return Status::failure(tr("Your notes cannot be saved in %1: %2. Move the package to a folder you can "
                                  "write to.").arg(shown, file.errorString()));
    // They may quote confidential items: for their owner only.
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.write(QJsonDocument(root).toJson(QJsonDocument::Indented));
    if (!file.commit())
        return Status::failure(tr("Your notes could not be saved in %1: %2.").arg(shown, file.errorString()));
    return success();
}

void ReviewNotes::setItem(const QString &key, const ItemNotes &notes)
{
    if (notes.isEmpty())
        m_items.remove(key);
    else
        m_items.insert(key, notes);
}
