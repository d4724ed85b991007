#pragma once

#include "codes.h"
#include "legalbasis.h"

#include <QByteArray>
#include <QString>

// A file attached to an agenda item, kept inside the store.
struct Attachment
{
    qint64 id = 0;
    qint64 itemId = 0;
    int position = 0;
    QString name;                 // file name shown to people
    QString mediaType;            // e.g. "application/pdf"
    qint64 size = 0;              // computed by the store
    QString sha256;               // hex, computed by the store
    Publicity publicity = Publicity::Public;
    LegalBasis confidentialityBasis;
    QByteArray content;           // loaded only when asked for
};
