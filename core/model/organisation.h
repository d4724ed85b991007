#pragma once

#include "codes.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

// The municipality (or joint authority) that owns the store: one per store.
struct Organisation
{
    QString name;
    QString swedishName;          // for Swedish documents; may be empty
    QString businessId;           // Y-tunnus, e.g. "0123456-7"
    QByteArray logo;              // image bytes, empty when there is none
    QString logoMediaType;        // e.g. "image/png"
    Language defaultLanguage = Language::Finnish;
    // Where requests for rectification are sent: the registry's postal
    // address (lines separated by newlines) and e-mail, as the appeal
    // instructions print them.
    QString registryAddress;
    QString registryEmail;
    // The administrative court of the municipality's region, where appeals
    // go: a code of resources/templates/appeal-instructions.json ("ita-suomi").
    QString administrativeCourt;

};

// The codes of the administrative courts (hallinto-oikeudet) of mainland
// Finland, as Organisation::administrativeCourt holds them.
inline const QStringList &administrativeCourts()
{
    static const QStringList codes{QStringLiteral("helsinki"),      QStringLiteral("hameenlinna"),
                                   QStringLiteral("ita-suomi"),     QStringLiteral("pohjois-suomi"),
                                   QStringLiteral("turku"),         QStringLiteral("vaasa")};
    return codes;
}
