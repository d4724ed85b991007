#pragma once

#include "officialdocument.h"

// An official document as an accessible HTML5 page for the public web: the
// same content as its PDF, with semantic headings, the document's language
// on <html>, tables with header cells and captions, and a page header
// naming the organisation, body, document kind, number and date.
namespace HtmlPage {

// `footer` (HTML, e.g. a link to the site's accessibility statement) ends
// the page when given. Every table sits in a container that scrolls
// sideways on its own, named by its caption or the heading before it, so
// that the page itself never scrolls sideways on a narrow screen.
QString page(const OfficialDocument &document, const QString &footer = {});

// `html` with each table in such a container.
QString scrollableTables(const QString &html, Language language);

// The style sheet the pages share: readable on screen and when printed.
QString styleSheet();

} // namespace HtmlPage
