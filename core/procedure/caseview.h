#pragma once

#include "model/attachment.h"
#include "model/casefile.h"
#include "model/result.h"

#include <QList>
#include <QString>

#include <optional>

class Store;

// What one case is, as the desktop's case view and `pykala-cli case show`
// show it: the case with its class and preparer, all its handlings in
// order, the documents of each (its attachments; the extract is made from
// the item), and each extract sent with the day its recipient is notified
// and the last day of appeal that follows from the decision's appeal kind.
struct CaseView
{
    struct Sent
    {
        ExtractSent extract;
        QString handling;              // "KH 12/2026 § 5"
        QDate notified;
        std::optional<QDate> lastDay;  // none: the decision cannot be appealed
    };
    struct Documents
    {
        qint64 itemId = 0;
        QString handling;              // "KH 12/2026 § 5"
        bool decided = false;          // the meeting was held: there is an extract
        QList<Attachment> attachments; // without their content
    };

    Case entry;
    std::optional<TaskClass> taskClass;
    QString preparer;                  // the preparer in charge's name
    QList<CaseHandling> handlings;
    QList<Documents> documents;        // one for each handling, in the same order
    QList<Sent> extractsSent;

    static Result<CaseView> load(const Store &store, qint64 caseId);
    // "KH 12/2026 § 5", or "KH 12/2026" for an item not numbered yet.
    static QString handlingName(const CaseHandling &handling);
};
