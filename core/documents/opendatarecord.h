#pragma once

#include "opendata.h"

#include "model/body.h"
#include "model/casefile.h"
#include "model/membership.h"
#include "model/organisation.h"
#include "model/person.h"
#include "store/store.h"

#include <QHash>
#include <QList>
#include <QString>

// What the open data of a site is made of (OpenData::files), read from the store once and already as the public may see it:
// items through the disclosure policy (PublicView), persons without their
// contacts, cases without their parties. Internal to the documents library.
namespace OpenData {

struct Record
{
    Organisation organisation;
    QHash<qint64, Body> bodies;                   // those with published meetings
    QList<qint64> bodyOrder;
    QHash<qint64, Person> persons;                // the members and officials of those bodies
    QList<Membership> memberships;                // in those bodies, by id
    QHash<qint64, QList<AgendaItem>> items;       // by meeting, as the public sees them
    // How each item of published minutes was decided, where the public sees
    // its content: ItemOutcome's result kind ("adopted-as-proposed", "tabled", …).
    QHash<qint64, QString> results;
    QHash<qint64, Case> cases;                    // of the published items
    QHash<qint64, QList<CaseHandling>> handlings; // by case: at the published meetings only
    QHash<qint64, TaskClass> taskClasses;         // of those cases
    QHash<QString, QHash<qint64, Store::Lifetime>> times; // by entity, by id
    Store::Lifetime organisationTimes;

    Store::Lifetime timesOf(const char *entity, qint64 id) const;
    // A person's memberships, by id.
    QList<Membership> membershipsOf(qint64 person) const;
};

Result<Record> readRecord(const Store &store, const QList<PublishedMeeting> &meetings);

// The three parts of OpenData::files, from the record read once.
Files oparl(const Record &record, const QList<PublishedMeeting> &meetings, const QString &baseUrl);
Files paatosApi(const Record &record, const QList<PublishedMeeting> &meetings, const QString &baseUrl);
QByteArray atomFeed(const Record &record, const QList<PublishedMeeting> &meetings, const QString &baseUrl);

// A meeting's name in the open data: "Kunnanhallitus 12/2026".
QString meetingName(const Body &body, const Meeting &meeting, Language language);
// An item's number: "§ 156", or "5." before § numbers are given.
QString itemNumber(const AgendaItem &item);
// RFC 3339: UTC, or a local wall-clock time with its offset.
QString dateTime(const QDateTime &at);

} // namespace OpenData
