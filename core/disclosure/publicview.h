#pragma once

#include "model/agendaitem.h"
#include "model/attachment.h"
#include "model/codes.h"

#include <QList>
#include <QString>

// The disclosure policy: for one audience and one document language, what of
// an item, its attachments, preparers, dissent reasons, proceedings, extract
// recipients and persons' contacts may be shown, and what stands in for what
// is withheld.
//
// Personal data and, in a partly confidential item, the passages not to be
// published are marked in the rich text (<span class="personal-data">).
// Shown to the public, a marked passage is replaced by "[henkilötieto
// poistettu]" or, in a partly confidential item, "[salassa pidettävä tieto
// poistettu]" (Swedish: "[personuppgift borttagen]", "[sekretessbelagd
// uppgift borttagen]"); anyone else sees the passage, still marked (a
// printed document drops the mark, review mode underlines it).
// A confidential item shows the public its title, its publicity and legal
// basis and one sentence saying its content is confidential.
class PublicView
{
public:
    PublicView(Audience audience, Language language);

    Audience audience() const { return m_audience; }
    Language language() const { return m_language; }
    // The public sees less than the body's own.
    bool isPublic() const { return m_audience == Audience::Public; }

    // Whether the item's content (texts, preparers, proceedings, decision,
    // votes, dissents, attachments) may be shown; otherwise only its title,
    // number, case reference, publicity and legal basis, and withheldContent().
    bool showsContent(Publicity item) const;
    // One of the item's rich texts as this audience may see it; empty when
    // the content is withheld. The public gets no marked passage; others get
    // the text with its marks.
    QString text(Publicity item, const QString &html) const;
    // A dissent's reasons, written as plain or rich text, as plain text this
    // audience may see: the marked passages handled as in text(). The public
    // sees the reasons of a dissent in a public item only: in a confidential
    // or partly confidential item they may reveal what is withheld.
    QString dissentReasons(Publicity item, const QString &reasons) const;
    bool showsAttachment(Publicity item, Publicity attachment) const;
    // Preparers' names, titles and official contacts go with the content.
    bool showsPreparers(Publicity item) const { return showsContent(item); }
    // The recipients of extracts (parties and their addresses): the body's
    // own working copy only.
    bool showsRecipients() const { return m_audience == Audience::Internal; }
    // Persons' e-mail addresses and phone numbers: the working copy only.
    bool showsContacts() const { return m_audience == Audience::Internal; }

    // The item as this audience may see it: withheld texts, preparers,
    // recipients and attachments emptied, marked passages handled.
    AgendaItem item(const AgendaItem &item) const;
    // The attachments of `item` this audience may see, in order.
    QList<Attachment> attachments(const AgendaItem &item, const QList<Attachment> &all) const;

    // A dissent's reasons (rich text inside a paragraph) as the record
    // writes them into an item's proceedings: in an item that is not public
    // marked as a whole, as the public is not shown them (dissentReasons).
    static QString reasonsToRecord(Publicity item, const QString &reasons);

    // How a document marks an item or attachment that is not public:
    // "Salassa pidettävä", "Osittain salassa pidettävä" (Swedish:
    // "Sekretessbelagd", "Delvis sekretessbelagd"); empty for a public one.
    QString publicityLabel(Publicity publicity) const;
    // "Salassa pidettävä (JulkL 24 § 1 mom. 25 k)"; empty for a public one.
    QString publicityNote(Publicity publicity, const LegalBasis &basis) const;

    // "Asian sisältö on salassa pidettävä." / "Ärendets innehåll är sekretessbelagt."
    QString withheldContent() const;
    // What stands in for a marked passage of an item of this publicity.
    QString withheldPassage(Publicity item) const;

private:
    Audience m_audience;
    Language m_language;
};
