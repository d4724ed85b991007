#include "publicview.h"

#include "text/richtext.h"

PublicView::PublicView(Audience audience, Language language)
    : m_audience(audience)
    , m_language(language)
{
}

bool PublicView::showsContent(Publicity item) const
{
    return !isPublic() || item != Publicity::Confidential;
}

QString PublicView::publicityLabel(Publicity publicity) const
{
    const bool swedish = m_language == Language::Swedish;
    switch (publicity) {
    case Publicity::Public:
        return QString();
    case Publicity::Confidential:
        return swedish ? QStringLiteral("Sekretessbelagd") : QStringLiteral("Salassa pidettävä");
    case Publicity::PartlyConfidential:
        return swedish ? QStringLiteral("Delvis sekretessbelagd") : QStringLiteral("Osittain salassa pidettävä");
    }
    return QString();
}

QString PublicView::publicityNote(Publicity publicity, const LegalBasis &basis) const
{
    const QString label = publicityLabel(publicity);
    if (label.isEmpty() || basis.isEmpty())
        return label;
    return QStringLiteral("%1 (%2)").arg(label, basis.toString(m_language));
}

QString PublicView::withheldContent() const
{
    return m_language == Language::Swedish ? QStringLiteral("Ärendets innehåll är sekretessbelagt.")
                                           : QStringLiteral("Asian sisältö on salassa pidettävä.");
}

QString PublicView::withheldPassage(Publicity item) const
{
    const bool swedish = m_language == Language::Swedish;
    if (item == Publicity::Public)
        return swedish ? QStringLiteral("[personuppgift borttagen]") : QStringLiteral("[henkilötieto poistettu]");
    return swedish ? QStringLiteral("[sekretessbelagd uppgift borttagen]")
                   : QStringLiteral("[salassa pidettävä tieto poistettu]");
}

QString PublicView::text(Publicity item, const QString &html) const
{
    if (!showsContent(item))
        return QString();
    if (!isPublic())
        return html;
    return RichText::withoutPersonalData(html, withheldPassage(item));
}

QString PublicView::dissentReasons(Publicity item, const QString &reasons) const
{
    if (isPublic() && item != Publicity::Public)
        return QString();
    return RichText::toPlainText(text(item, RichText::sanitize(reasons))).trimmed();
}

QString PublicView::reasonsToRecord(Publicity item, const QString &reasons)
{
    if (item == Publicity::Public || reasons.trimmed().isEmpty())
        return reasons;
    return QStringLiteral("<span class=\"personal-data\">%1</span>").arg(RichText::withoutPersonalData(reasons, std::nullopt));
}

bool PublicView::showsAttachment(Publicity item, Publicity attachment) const
{
    return showsContent(item) && (!isPublic() || attachment == Publicity::Public);
}

AgendaItem PublicView::item(const AgendaItem &item) const
{
    AgendaItem shown = item;
    for (QString *html : {&shown.background, &shown.proposal, &shown.decision, &shown.proceedings})
        *html = text(item.publicity, *html);
    if (!showsPreparers(item.publicity))
        shown.preparers.clear();
    if (!showsRecipients())
        shown.recipients.clear();
    return shown;
}

QList<Attachment> PublicView::attachments(const AgendaItem &item, const QList<Attachment> &all) const
{
    QList<Attachment> shown;
    for (const Attachment &attachment : all) {
        if (showsAttachment(item.publicity, attachment.publicity))
            shown.append(attachment);
    }
    return shown;
}
