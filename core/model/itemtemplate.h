#pragma once

#include "agendaitem.h"

#include <QString>

// A body's template of a recurring agenda item ("Viranhaltijapäätösten
// otto-oikeus", "Ilmoitusasiat"), kept in the store under a name of its own.
// What of an item a template keeps is decided in one place (the store's
// `kept`, core/store/templates.cpp): its title, task class, preparers, presenter,
// background, proposal, publicity, appeal kind, extract recipients and
// language; not its case, decision, proceedings, § number or attachments,
// which belong to one case and one meeting.
struct ItemTemplate
{
    qint64 id = 0;
    qint64 bodyId = 0;
    QString name;                 // as the secretary chooses it from a list; unique within the body
    AgendaItem item;              // id, meetingId, position and sectionNumber unused
};
