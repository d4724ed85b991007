#pragma once

#include "documents/officialdocument.h"

#include "model/result.h"

class QPrinter;
class QWidget;

// Printing and print preview of official documents, with the very layout of
// their PDF/A files (DocumentRenderer): the same pages, breaks and headers.
namespace DocumentPrinting {

// Prints on `printer` (A4, full page). Returns the number of pages.
Result<int> print(const OfficialDocument &document, QPrinter *printer);

// A print preview dialog of the document, printing from there.
void preview(const OfficialDocument &document, QWidget *parent);

// The print dialog, then printing; false when cancelled or failed (the
// failure shown to the user).
bool printWithDialog(const OfficialDocument &document, QWidget *parent);

} // namespace DocumentPrinting
