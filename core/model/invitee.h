#pragma once

#include <QString>

// Someone invited to a meeting besides the body's seats and its officials:
// the council's chair at the board, the municipal manager, an expert for an
// item. Either a person of the store, or a name typed in.
struct Invitee
{
    qint64 id = 0;
    qint64 meetingId = 0;
    int position = 0;             // order on the invitation list, from 1
    qint64 personId = 0;          // 0 when only the name is known
    QString name;                 // required without a person; overrides nothing otherwise
    QString role;                 // e.g. "valtuuston puheenjohtaja", "asiantuntija, § 5"
    QString email;                // where the invitation goes when there is no person
};
