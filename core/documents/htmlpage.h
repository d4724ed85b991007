#pragma once

#include "officialdocument.h"

// An official document as an accessible HTML5 page for the public web: the
// same content as its PDF, with semantic headings, the document's language
// on <html>, tables with header cells and captions, and a page header
// naming the organisation, body, document kind, number and date.
namespace HtmlPage {

QString page(const OfficialDocument &document);

// The style sheet the pages share: readable on screen and when printed.
QString styleSheet();

} // namespace HtmlPage
