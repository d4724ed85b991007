#pragma once

#include "model/codes.h"

#include <QByteArray>
#include <QDateTime>
#include <QMap>
#include <QRectF>
#include <QString>
#include <QStringList>

// An official document of a meeting — agenda, minutes or an extract — as its
// content once: semantic HTML that the PDF/A writer, the printer and the web
// page all lay out, with what every page's header and the metadata say.
struct OfficialDocument
{
    enum class Kind { Agenda, Minutes, Extract };

    Kind kind = Kind::Minutes;
    Language language = Language::Finnish;

    // The header of every page: "Järvenrannan kunta / Kunnanhallitus",
    // "PÖYTÄKIRJA", "12/2026", "22.11.2026".
    QString organisation;
    QByteArray logo;                  // the organisation's coat of arms or logo (image bytes), or none
    QString body;
    QString kindLabel;
    QString number;
    QString date;

    // Metadata (PDF Info and XMP, HTML head).
    QString title;                    // "Kunnanhallitus, pöytäkirja 12/2026"
    QString subject;
    QStringList keywords;
    // Signed minutes only: the decision record's properties in the PDF's XMP
    // (PdfA::Metadata::recordProperties).
    QMap<QString, QString> recordProperties;
    QDateTime created;                // taken from the record, so that output is reproducible
    QString baseName;                 // a file name without extension: "KH-12-2026-poytakirja"

    // The content, the inside of <main>: h1 for the document, h2 for each
    // item (and each appeal instruction), h3 for the parts of an item.
    // Page numbers of the list of items are tokens (pageToken) that only the
    // paged renderers fill in; cells holding them carry class="page".
    QString html;
    int pageTokens = 0;

    // A member's copy: the mark naming its recipient and package
    // (Watermark::text), painted on every page; empty on all others.
    QString watermark;

    // Minutes end with a page for their electronic signatures: a heading and
    // a sentence naming the signing order; the signatures are placed on it in
    // the slots below, one after another. Empty: no signature page.
    QString signaturePageHeading;
    QString signaturePageText;
    // The role of each signature in turn, as the signatures name it: the
    // secretary, each minute-checker, each person who presided.
    QStringList signingRoles;
    // Who signs in each turn (person ids, as signingRoles): the body's
    // secretary on the meeting's day, each minute-checker the meeting
    // selected, each who presided; 0 where the store names no one.
    QList<qint64> signingPersons;

    // Where the n-th signature (from 0) stands on the signature page, as a
    // fraction of the page from its top left corner.
    static QRectF signatureSlot(int index)
    {
        constexpr double top = 0.26, height = 0.085, gap = 0.02;
        return QRectF(0.105, top + index * (height + gap), 0.55, height);
    }
    static constexpr int signatureSlots = 6;

    static QString pageToken(int index) { return QStringLiteral("@@PAGE:%1@@").arg(index); }
};
