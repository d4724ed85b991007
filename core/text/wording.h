#pragma once

#include <QString>
#include <QStringList>

// How documents fit names and quoted texts into their sentences: the
// Finnish case forms the minutes and appeal instructions need, and a
// proposal's text as the clause after "että" / "att".
namespace Wording {

// The Finnish genitive of a surname, for "Virtasen ehdotus": -nen → -sen,
// -e → -een, other vowels +n, consonants +in, and the common old i-stems
// (Niemi → Niemen, Lahti → Lahden).
QString finnishGenitive(const QString &surname);

// The Finnish allative of a body's name, for "osoitetaan kunnanhallitukselle":
// the head noun (the last word) and the adjectives before it in -nen take the
// ending; genitive modifiers stay ("yksilöasioiden jaostolle", "tekniselle
// lautakunnalle"). -us → -ukselle, -nta → -nnalle, -nen → -selle, -elin →
// -elimelle, a double stop halves (päällikkö → päällikölle), a vowel +lle,
// another consonant +ille, an abbreviation :lle ("KH:lle").
QString finnishAllative(const QString &name);

// A proposal's text as the clause of "X ehdotti, että …" or "X föreslog att
// …": without a leading "että"/"att" of its own and without its closing full
// stops (the sentence adds one), and in lower case after the conjunction
// unless the first word is a proper noun or an abbreviation. A word counts
// as a proper noun when it is one of `properNouns` inflected ("Testilän" for
// "Testilä", "Virtaselle" for "Virtanen"; names of four letters or fewer
// only with an ending after the whole name), or when the text itself writes
// it with a capital inside a sentence; as an abbreviation when it has a
// second capital or a digit ("KH", "ELY-keskus", "HUS"), or is a letter
// before a hyphen ("A-luokan").
QString clause(const QString &text, const QStringList &properNouns = {});

} // namespace Wording
