#pragma once

#include "codes.h"

#include <QString>
#include <QStringList>
#include <QTime>

#include <optional>

// A decision-making body: the council, the executive board, a committee or a section.
struct Body
{
    qint64 id = 0;
    QString name;                 // "Kunnanhallitus"
    QString shortName;            // "KH": unique within the store, names meetings
    BodyKind kind = BodyKind::Committee;
    QuorumRule quorumRule = QuorumRule::MoreThanHalf;
    QString swedishName;          // "Kommunstyrelsen", for Swedish documents; may be empty
    // Rules the domain leaves to each municipality [check], with the common
    // practice as default.
    SectionNumbering sectionNumbering = SectionNumbering::Yearly;
    VotingOrderModel votingOrder = VotingOrderModel::MostDivergentFirst;
    // The language of the body's agendas and minutes; none: the
    // organisation's default language.
    std::optional<Language> documentLanguage;
    // Who signs the minutes, in order: "secretary", "minute-checkers" and
    // "chair", each once.
    QStringList signingOrder = defaultSigningOrder();
    // What a new meeting of the body takes: its usual place and starting
    // time (none: the secretary gives them).
    QString defaultPlace;
    QTime defaultStart;
    // Whether the minutes are signed electronically (with certificates) or
    // on paper; electronically signed minutes are published only once every
    // signature is in.
    bool signsElectronically = false;
    // How many days after the meeting a member's package may be read
    // (MeetingPackage): review mode refuses it from the day after.
    int packageExpiryDays = 30;
    static constexpr int minimumPackageExpiryDays = 1;
    static constexpr int maximumPackageExpiryDays = 3650;

    static QStringList defaultSigningOrder()
    {
        return {QStringLiteral("secretary"), QStringLiteral("minute-checkers"), QStringLiteral("chair")};
    }
    static bool isSigningOrder(QStringList order)
    {
        QStringList expected = defaultSigningOrder();
        order.sort();
        expected.sort();
        return order == expected;
    }
};
