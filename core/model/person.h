#pragma once

#include <QString>

// Anyone who appears in the records: members, deputies, officials.
struct Person
{
    qint64 id = 0;
    QString givenName;
    QString familyName;
    QString title;                // occupation or office, e.g. "kunnansihteeri"
    QString email;
    QString phone;

    QString displayName() const { return givenName + QLatin1Char(' ') + familyName; }
};
