#pragma once

#include "codes.h"

#include <QList>
#include <QString>

// The legal basis of confidentiality, e.g. "JulkL 24 § 1 mom. 32 k": the act,
// its section, subsection and point. The same basis reads "OffL 24 § 1 mom.
// 32 p." in Swedish documents.
//
// The text as written is kept as it is (it is part of the record that
// signatures cover); a text that names a known act in the usual form is also
// read into its parts, so that documents can print it in their own language.
// Anything else ("Laki sosiaalihuollon asiakkaan asemasta 14 §") stays free
// text and prints as written in both languages.
struct LegalBasis
{
    QString text;                 // as written, trimmed; empty when there is none
    QString act;                  // the act's Finnish abbreviation ("JulkL"); empty when free text
    int section = 0;              // 24
    int subsection = 0;           // 1; 0 when the text names none
    int point = 0;                // 32; 0 when the text names none

    // Reads a basis as written; parts are filled when the text fits the form
    // "ACT SECTION § [SUBSECTION mom.] [POINT k/p.]" of a known act.
    static LegalBasis fromText(const QString &text);

    bool isEmpty() const { return text.trimmed().isEmpty(); }
    bool isStructured() const { return !act.isEmpty(); }
    // The basis as a document in `language` prints it.
    QString toString(Language language) const;

    // A ground often given in municipal minutes, offered as a pick list:
    // the basis and, in each language, what it protects.
    struct Common;
    // The usual grounds of JulkL 24 § 1 mom., in the order of their points.
    static QList<Common> commonGrounds();

    bool operator==(const LegalBasis &other) const { return text == other.text; }
    bool operator!=(const LegalBasis &other) const { return !(*this == other); }
};

struct LegalBasis::Common
{
    LegalBasis basis;
    QString finnish;
    QString swedish;
    QString english;
};
