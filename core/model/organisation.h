#pragma once

#include "codes.h"

#include <QByteArray>
#include <QString>

// The municipality (or joint authority) that owns the store: one per store.
struct Organisation
{
    QString name;
    QString businessId;           // Y-tunnus, e.g. "0123456-7"
    QByteArray logo;              // image bytes, empty when there is none
    QString logoMediaType;        // e.g. "image/png"
    Language defaultLanguage = Language::Finnish;

};
