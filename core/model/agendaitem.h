#pragma once

#include "codes.h"
#include "legalbasis.h"

#include <QList>
#include <QString>
#include <optional>

// An official who prepared the item; not necessarily a person in the store.
struct Preparer
{
    QString name;
    QString title;
    QString contact;              // phone and e-mail as printed in the documents

};

// Who receives an extract of the item's minutes, and how (which sets the day
// the decision is deemed notified).
struct ExtractRecipient
{
    QString name;
    QString address;
    Delivery delivery = Delivery::Electronic;

};

// One item on a meeting's agenda. Background, proposal, proceedings and
// decision hold the store's sanitised rich text (see RichText).
struct AgendaItem
{
    qint64 id = 0;
    qint64 meetingId = 0;
    int position = 0;             // order on the agenda, from 1
    std::optional<int> sectionNumber; // § number, once assigned
    QString title;
    QString caseReference;        // diaarinumero, e.g. "198/00.01.01/2026"
    qint64 caseId = 0;            // the case of the case register it belongs to; 0: none
    QString taskClass;            // e.g. "00.01.01"
    QList<Preparer> preparers;
    qint64 presenterPersonId = 0; // 0 when the item has no presenter (council)
    QString background;
    QString proposal;
    QString decision;
    QString proceedings;          // käsittely: written from the record, edited by the secretary
    Publicity publicity = Publicity::Public;
    LegalBasis confidentialityBasis; // required unless public, e.g. "JulkL 24 § 1 mom. 25 k"
    AppealKind appealKind = AppealKind::Rectification;
    QList<ExtractRecipient> recipients;
    // The language the item's own texts are written in; none: its body's
    // document language (see DocumentLanguage). For bilingual municipalities.
    std::optional<Language> language;
};
