#pragma once

#include "model/result.h"

#include <QByteArray>

class Store;

// The versioned JSON interchange format (docs/interchange.md, schema in
// docs/interchange.schema.json). A document carries everything the store holds
// for its scope, so export → import into an empty store → export gives the
// same bytes.
namespace Interchange {

// 2: the case register (task classes, cases, items' cases, extracts sent);
// a document of version 1 imports as it always did.
constexpr int formatVersion = 2;

// The whole store, or with meetingId one meeting with its body, the
// memberships valid on its day and the persons they name.
Result<QByteArray> exportJson(const Store &store, qint64 meetingId = 0);

struct ImportSummary
{
    int persons = 0;       // added; identical persons already stored are reused
    int bodies = 0;        // added; a body with the same short name is reused
    int memberships = 0;
    int meetings = 0;
    int items = 0;
    int attachments = 0;
    int itemTemplates = 0; // added; a body's template of a name it has already stays the store's
    int taskClasses = 0;   // added; a class of a code the store has already stays the store's
    int cases = 0;         // added; a case whose diary number the register has already is that case
};

// Validates the document against the schema and its references, then adds it
// to the store in one transaction. Any error, named by its JSON path, leaves
// the store as it was.
Result<ImportSummary> importJson(Store &store, const QByteArray &json);

// The interchange schema, as compiled into the program.
QByteArray schemaJson();

} // namespace Interchange
