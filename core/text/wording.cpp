#include "wording.h"

#include <QHash>
#include <QRegularExpression>

namespace Wording {

namespace {

bool isVowel(QChar c)
{
    return QStringLiteral("aeiouyäöå").contains(c.toLower());
}

// One word of a body's name in the allative.
QString allativeWord(const QString &word)
{
    const QString lower = word.toLower();
    const QString lle = QStringLiteral("lle");
    // An abbreviation takes its ending after a colon: "KH:lle".
    if (word.size() > 1 && word == word.toUpper())
        return word + QStringLiteral(":lle");
    if (lower.endsWith(QStringLiteral("nen")))
        return word.chopped(3) + QStringLiteral("selle");
    // -in stems: elin → elimelle (toimielin, yhteistoimintaelin).
    if (lower.endsWith(QStringLiteral("elin")))
        return word.chopped(1) + QStringLiteral("melle");
    if (lower.endsWith(QStringLiteral("us")) || lower.endsWith(QStringLiteral("ys")) || lower.endsWith(QStringLiteral("os"))
        || lower.endsWith(QStringLiteral("ös")))
        return word.chopped(1) + QStringLiteral("kselle");
    // Consonant gradation: lautakunta → lautakunnalle, toimikunta → toimikunnalle.
    if (lower.endsWith(QStringLiteral("nta")) || lower.endsWith(QStringLiteral("ntä")))
        return word.chopped(2) + QStringLiteral("n") + word.back() + lle;
    // Consonant gradation of a double stop: päällikkö → päällikölle.
    static const QRegularExpression doubleStop(QStringLiteral("(kk|pp|tt)[aeiouyäö]$"));
    if (const auto match = doubleStop.match(lower); match.hasMatch())
        return word.left(match.capturedStart() + 1) + word.mid(match.capturedStart() + 2) + lle;
    if (!word.isEmpty() && isVowel(word.back()))
        return word + lle;
    return word + QStringLiteral("ille");
}

} // namespace

QString finnishGenitive(const QString &surname)
{
    if (surname.isEmpty())
        return surname;
    // Old i-stem names change their ending; Lahti and Lampi also show
    // consonant gradation.
    static const QHash<QString, QString> exceptions{
        {QStringLiteral("Niemi"), QStringLiteral("Niemen")},   {QStringLiteral("Järvi"), QStringLiteral("Järven")},
        {QStringLiteral("Salmi"), QStringLiteral("Salmen")},   {QStringLiteral("Lahti"), QStringLiteral("Lahden")},
        {QStringLiteral("Lampi"), QStringLiteral("Lammen")},   {QStringLiteral("Mäki"), QStringLiteral("Mäen")},
        {QStringLiteral("Saari"), QStringLiteral("Saaren")},   {QStringLiteral("Kivi"), QStringLiteral("Kiven")},
        {QStringLiteral("Koski"), QStringLiteral("Kosken")},   {QStringLiteral("Harju"), QStringLiteral("Harjun")},
        {QStringLiteral("Suomi"), QStringLiteral("Suomen")},   {QStringLiteral("Vuori"), QStringLiteral("Vuoren")},
    };
    if (const auto it = exceptions.constFind(surname); it != exceptions.cend())
        return *it;
    if (surname.endsWith(QStringLiteral("nen")))
        return surname.chopped(3) + QStringLiteral("sen");
    const QChar last = surname.back().toLower();
    if (last == u'e')
        return surname + QStringLiteral("en");
    if (isVowel(last))
        return surname + QLatin1Char('n');
    return surname + QStringLiteral("in");
}

QString finnishAllative(const QString &name)
{
    QStringList words = name.trimmed().split(u' ', Qt::SkipEmptyParts);
    if (words.isEmpty())
        return name;
    for (qsizetype i = 0; i + 1 < words.size(); ++i) {
        if (words.at(i).toLower().endsWith(QStringLiteral("nen")))
            words[i] = allativeWord(words.at(i));
    }
    words.last() = allativeWord(words.last());
    return words.join(u' ');
}

QString clause(const QString &text, const QStringList &properNouns)
{
    QString out = text.simplified();
    static const QRegularExpression conjunction(QStringLiteral("^(että|att)\\s+"),
                                                QRegularExpression::CaseInsensitiveOption);
    out.remove(conjunction);
    while (out.endsWith(u'.') || out.endsWith(u' '))
        out.chop(1);
    if (out.isEmpty() || !out.at(0).isUpper())
        return out;
    // The first word, up to a space or punctuation other than a hyphen.
    qsizetype end = 0;
    while (end < out.size() && (out.at(end).isLetterOrNumber() || out.at(end) == u'-' || out.at(end) == u':'))
        ++end;
    const QString word = out.left(end);
    const QString rest = word.mid(1);
    const bool abbreviation = std::any_of(rest.cbegin(), rest.cend(), [](QChar c) { return c.isUpper() || c.isDigit(); });
    // "A-luokan", "B-osa": a letter that names something keeps its capital.
    if (abbreviation || word.size() == 1 || rest.startsWith(u'-'))
        return out;
    for (const QString &noun : properNouns) {
        // A name inflected: its stem and an ending ("Virtaselle" for
        // Virtanen, "Niemelle" for Niemi, "Salon" for Salo); a short stem
        // would take common words for names ("Lautakunta" for Lauri).
        const QString stem = noun.size() >= 7 ? noun.left(noun.size() - 3)
            : noun.size() >= 5                ? noun.left(noun.size() - 1)
                                              : noun;
        if (!noun.isEmpty() && word.startsWith(stem))
            return out;
    }
    // The same word written with a capital after the text's first word and
    // not at the start of a sentence.
    static const QRegularExpression sentenceStart(QStringLiteral("[.!?:]\\s+$"));
    for (qsizetype at = out.indexOf(word, end); at > 0; at = out.indexOf(word, at + word.size())) {
        const bool wordStart = !out.at(at - 1).isLetterOrNumber();
        const bool wordEnd = at + word.size() >= out.size() || !out.at(at + word.size()).isLetterOrNumber();
        if (wordStart && wordEnd && !sentenceStart.match(out.left(at)).hasMatch())
            return out;
    }
    out[0] = out.at(0).toLower();
    return out;
}

} // namespace Wording
