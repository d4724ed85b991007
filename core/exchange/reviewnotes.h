#pragma once

#include "model/result.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

struct AgendaItem;

// A reviewer's personal notes and highlights on a meeting package (or on a
// store opened for review), kept in a file of their own beside it and never
// in it: the package stays as it was made, and the notes stay on the
// reviewer's machine (docs/interchange.md, "Review notes").
//
// Notes belong to items by the meeting's reference, the item's case
// reference and its title, so that they follow the items into a newer
// package of the same meeting saved under the same name.
class ReviewNotes
{
public:
    // A highlighted passage of one part of an item ("title", "background",
    // "proposal" or "decision"): characters [start, start + length) of the
    // part's plain text, and the text itself, by which it is found again
    // should the part have changed.
    struct Highlight
    {
        QString part;
        int start = 0;
        int length = 0;
        QString text;
        bool operator==(const Highlight &other) const
        {
            return part == other.part && start == other.start && length == other.length && text == other.text;
        }
    };
    struct ItemNotes
    {
        QString meeting;          // "KH 12/2026"
        QString title;            // the item's, to show notes whose item is gone
        QString note;             // plain text
        QList<Highlight> highlights;
        bool isEmpty() const { return note.trimmed().isEmpty() && highlights.isEmpty(); }
    };

    // "<file>.notes.json"
    static QString pathFor(const QString &reviewedFile);
    static QString itemKey(const QString &meetingReference, const AgendaItem &item);

    // The notes kept at `path`; none yet when there is no file. A file that
    // cannot be read or is not a notes file is refused (and never written
    // over).
    static Result<ReviewNotes> load(const QString &path);
    // Writes the notes whole (the earlier file stays until the new one is
    // complete); an empty set of notes removes the file.
    Status save() const;

    QString path() const { return m_path; }
    ItemNotes item(const QString &key) const { return m_items.value(key); }
    // Replaces an item's notes; empty notes are dropped.
    void setItem(const QString &key, const ItemNotes &notes);
    QStringList keys() const { return m_items.keys(); }
    bool isEmpty() const { return m_items.isEmpty(); }

private:
    QString m_path;
    QMap<QString, ItemNotes> m_items;
};
