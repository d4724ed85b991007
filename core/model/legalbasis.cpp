#include "legalbasis.h"

#include <QRegularExpression>

#include <array>

namespace {

// Acts cited as bases of confidentiality, by their abbreviations in Finnish
// and Swedish.
struct Act
{
    const char16_t *finnish;
    const char16_t *swedish;
};
// JulkL / OffL: laki viranomaisten toiminnan julkisuudesta (621/1999),
// lagen om offentlighet i myndigheternas verksamhet.
constexpr std::array<Act, 1> acts{{{u"JulkL", u"OffL"}}};

const Act *actNamed(QStringView name)
{
    for (const Act &act : acts) {
        if (name.compare(QStringView(act.finnish), Qt::CaseInsensitive) == 0
            || name.compare(QStringView(act.swedish), Qt::CaseInsensitive) == 0)
            return &act;
    }
    return nullptr;
}

} // namespace

LegalBasis LegalBasis::fromText(const QString &written)
{
    LegalBasis basis;
    basis.text = written.trimmed();
    // "JulkL 24 § 1 mom. 32 k", "JulkL 24 § 1 mom 32 kohta", "OffL 24 § 1 mom. 32 p.", "JulkL 24 §"
    static const QRegularExpression form(QStringLiteral(
        "^(\\p{L}+)\\s+(\\d{1,3})\\s*§"
        "(?:\\s+(\\d{1,2})\\s*mom\\.?)?"
        "(?:\\s+(\\d{1,3})\\s*(?:k|kohta|p|punkt)\\.?)?$"));
    const auto match = form.match(basis.text);
    if (!match.hasMatch())
        return basis;
    const Act *act = actNamed(match.capturedView(1));
    if (!act)
        return basis;
    basis.act = QString::fromUtf16(act->finnish);
    basis.section = match.captured(2).toInt();
    basis.subsection = match.captured(3).toInt();
    basis.point = match.captured(4).toInt();
    return basis;
}

QString LegalBasis::toString(Language language) const
{
    const Act *known = isStructured() ? actNamed(act) : nullptr;
    if (!known)
        return text;
    const bool swedish = language == Language::Swedish;
    QString out = QStringLiteral("%1 %2 §").arg(QString::fromUtf16(swedish ? known->swedish : known->finnish)).arg(section);
    if (subsection > 0)
        out += QStringLiteral(" %1 mom.").arg(subsection);
    if (point > 0)
        out += swedish ? QStringLiteral(" %1 p.").arg(point) : QStringLiteral(" %1 k").arg(point);
    return out;
}

QList<LegalBasis::Common> LegalBasis::commonGrounds()
{
    // The points of JulkL 24 § 1 mom. that municipal bodies give most, as
    // the act words them (621/1999): 17 the public body's business secrets
    // and financial interest, 20 private business and trade secrets, 23 a
    // person's financial position, 25 social welfare clients and health, 29
    // psychological and aptitude tests and the assessment of applicants, 30
    // pupil welfare and pupils' assessment, 32 private life.
    struct Ground
    {
        int point;
        const char16_t *finnish;
        const char16_t *swedish;
        const char16_t *english;
    };
    static constexpr Ground grounds[] = {
        {17, u"julkisyhteisön liikesalaisuus tai taloudellinen etu", u"offentligt samfunds affärshemlighet eller ekonomiska intresse",
         u"the public body's business secret or financial interest"},
        {20, u"yksityinen liike- tai ammattisalaisuus", u"enskild affärs- eller yrkeshemlighet", u"a private business or trade secret"},
        {23, u"henkilön taloudellinen asema", u"en persons ekonomiska ställning", u"a person's financial position"},
        {25, u"sosiaalihuollon asiakas, terveydentila", u"klient inom socialvården, hälsotillstånd",
         u"a social welfare client, a person's health"},
        {29, u"soveltuvuuskokeet ja hakijoiden arviointi", u"lämplighetsprov och bedömning av sökande",
         u"aptitude tests and the assessment of applicants"},
        {30, u"oppilashuolto ja oppilaan arviointi", u"elevvård och bedömning av elever", u"pupil welfare and pupils' assessment"},
        {32, u"yksityiselämä, henkilökohtaiset olot", u"privatliv, personliga förhållanden", u"private life, personal circumstances"},
    };
    QList<Common> common;
    for (const Ground &ground : grounds) {
        common.append({fromText(QStringLiteral("JulkL 24 § 1 mom. %1 k").arg(ground.point)), QString::fromUtf16(ground.finnish),
                       QString::fromUtf16(ground.swedish), QString::fromUtf16(ground.english)});
    }
    return common;
}
